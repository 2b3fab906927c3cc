"""Build bench/sets/detect35-*.jsonl: a held-out, hand-written detection set ("detect35").

Theme: material written in English for learners of Chinese, and machine-translated pages of the
schools and universities that teach them.

Twenty-two English pages that contain Chinese on purpose, one of each kind: an HSK vocabulary
table in Markdown (character, pinyin, meaning) with usage notes, an idiom-of-the-week archive
(chengyu, pinyin, literal and figurative meaning), a taxi phrasebook (English — Chinese
(pinyin)), a lesson dialogue in three-line blocks (Chinese, pinyin, English), a class role-play
transcript with Chinese and English on one line, a grammar note on the two uses of 了 with
example sentences, a tab-separated flashcard export, a measure-word list, character etymology
notes, HSK 3 exam tips quoting the Chinese instructions, a tutor's corrections of a student's
sentences (✗ / ✓ and a reason), a radicals reference table, a worksheet answer key, a reading
passage whose translation comes only at the bottom after questions and a word list, a Tang
quatrain in traditional characters with pinyin and word notes, a guide to the Chinese names a
tutor gave students (the name's pinyin in the English), a social-media slang glossary, metro
sign photos explained, a tone-sandhi note on 一 and 不, podcast show notes with timestamps, a
forum answer on 还是 / 或者, and a learner's blog whose Chinese words are explained only in
numbered footnotes at the end.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a language school's course table with Chinese cells and a Chinese note, an undergraduate
admissions brochure for international students with Chinese requirement clauses, a city
scholarship notice, a textbook exercise page whose instructions stayed Chinese beside a correctly
bilingual word list and example sentences, a notice of a training course for teachers of Chinese,
a school FAQ with answers half in Chinese, a student-apartment page, an HSK test-centre
registration notice, a summer-camp itinerary, teacher profiles with Chinese clauses glued to the
English, a tuition payment page, student testimonials in traditional characters with untranslated
quotes, course descriptions with an untranslated textbook title, a college news article with a
Chinese breadcrumb, credits and prev/next links, instructions for an online classroom whose button
labels stayed Chinese, a visa and residence-permit guide, a placement-test page, an academic
calendar table with Chinese events, a speech-contest call, a class homework post with a Chinese
reply in its comments, a MOOC lecture page whose key point and transcript line stayed Chinese, and
an "About us" page with a Chinese address line. Deliberate Chinese on those pages (a `中文` link,
an ICP number, a school name given with its English, bilingual vocabulary and example sentences,
key phrases with pinyin and meaning) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set (the Li
Bai quatrain is public domain; its translation was written for this set). The set was written
BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their
builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the first 70 and
last 30 lines of build_blind25.py as a model of the file format were read), and mtmend was never
run on these pages.

Rebuild: `python3 bench/build_blind35.py` from the repository root; it rewrites
bench/sets/detect35-deliberate.jsonl (ids d35d-NN) and bench/sets/detect35-leftovers.jsonl
(ids d35l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect35", chars=(600, 2600), lines=(8, 32)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("vocab-table-md", """
# HSK 2 · Unit 7 Vocabulary: At the Doctor's

Print this list before class. The tone marks matter, so say each word aloud three times.

| Character | Pinyin | Meaning |
|---|---|---|
| {D:医院} | yīyuàn | hospital |
| {D:生病} | shēngbìng | to fall ill |
| {D:身体} | shēntǐ | body; health |
| {D:药} | yào | medicine |
| {D:休息} | xiūxi | to rest |
| {D:眼睛} | yǎnjing | eye |
| {D:发烧} | fāshāo | to have a fever |
| {D:觉得} | juéde | to feel; to think |
| {D:已经} | yǐjīng | already |
| {D:别} | bié | don't (in commands) |

Notes
- {D:药} is normally paired with the verb {D:吃} "to eat": you eat medicine in Chinese, so "take your medicine" is {D:吃药} chī yào.
- {D:眼睛} ends in a neutral tone; most textbooks print it as yǎnjing, with no mark on the second syllable.
- {D:别} + verb is a softer "don't": {D:别担心} bié dānxīn, "don't worry."

Next week: Unit 8, "Asking for Directions". Bring your workbook and a pencil case.
""")

dd("chengyu-archive", """
Idiom of the Week — Archive (Weeks 31–36)

Each week our newsletter introduces one four-character idiom, a chengyu. Here are the last six, with the story behind them where there is one.

Week 31: {D:画蛇添足} huà shé tiān zú
Literal: draw a snake and add feet
Figurative: to spoil something by overdoing it
Story: several servants raced to draw a snake for a jug of wine. The fastest finished first, decided to add feet, and lost the prize, because snakes have no feet.

Week 32: {D:对牛弹琴} duì niú tán qín
Literal: play the zither to a cow
Figurative: to waste your words on an audience that cannot appreciate them

Week 33: {D:一石二鸟} yì shí èr niǎo
Literal: one stone, two birds
Figurative: exactly what it sounds like. It came into Chinese as a borrowing, so purists prefer {D:一箭双雕} yí jiàn shuāng diāo, "one arrow, two eagles."

Week 34: {D:半途而废} bàn tú ér fèi
Literal: give up halfway along the road
Figurative: to abandon a task before it is finished. A useful one for HSK 4 essays.

Week 35: {D:入乡随俗} rù xiāng suí sú
Literal: on entering a village, follow its customs
Figurative: when in Rome, do as the Romans do

Week 36: {D:马马虎虎} mǎmǎhūhū
Literal: horse horse tiger tiger
Figurative: so-so; careless. Not strictly a chengyu, but readers kept asking about it.
""")

dd("phrasebook-dash-pinyin", """
Pocket Phrasebook: Taking a Taxi and Paying

Most taxi drivers will not speak English, so if your tones fail you, just point at the characters. Write your hotel's address out in Chinese before you leave.

AT THE KERB
Please take me to this address. — {D:请带我去这个地址。} (Qǐng dài wǒ qù zhège dìzhǐ.)
How long will it take? — {D:要多长时间？} (Yào duō cháng shíjiān?)
Please use the meter. — {D:请打表。} (Qǐng dǎ biǎo.)

ON THE WAY
Turn left here. — {D:这里左转。} (Zhèlǐ zuǒ zhuǎn.)
Go straight on. — {D:一直走。} (Yìzhí zǒu.)
Please stop here. — {D:请在这里停车。} (Qǐng zài zhèlǐ tíngchē.)

PAYING
Can I pay with WeChat? — {D:可以用微信付吗？} (Kěyǐ yòng Wēixìn fù ma?)
I'd like a receipt. — {D:我要发票。} (Wǒ yào fāpiào.)
Keep the change. — {D:不用找了。} (Bú yòng zhǎo le.)

Tip: a {D:发票} fāpiào is an official receipt. Taxis print a small one from the meter, and it is worth keeping: if you leave your phone in the car, the receipt shows the car's number.
""")

dd("dialogue-three-line", """
Lesson 4 Dialogue: Meeting a Classmate

Listen to the audio first, then read along. Speaker A is Anna, an exchange student; speaker B is Wang Lei.

A: {D:你好！我叫安娜。你叫什么名字？}
Nǐ hǎo! Wǒ jiào Ānnà. Nǐ jiào shénme míngzi?
Hello! I'm Anna. What's your name?

B: {D:你好，我叫王磊。你是哪国人？}
Nǐ hǎo, wǒ jiào Wáng Lěi. Nǐ shì nǎ guó rén?
Hi, I'm Wang Lei. Which country are you from?

A: {D:我是德国人。你呢？}
Wǒ shì Déguó rén. Nǐ ne?
I'm German. And you?

B: {D:我是上海人，在这儿学习经济。}
Wǒ shì Shànghǎi rén, zài zhèr xuéxí jīngjì.
I'm from Shanghai, and I study economics here.

A: {D:认识你很高兴！}
Rènshi nǐ hěn gāoxìng!
Nice to meet you!

B: {D:我也很高兴认识你。}
Wǒ yě hěn gāoxìng rènshi nǐ.
Nice to meet you too.

Practice: swap roles with your partner and replace the names, countries and subjects with your own.
""")

dd("roleplay-one-line", """
Transcript — Tuesday evening group, role-play "Ordering Food" (recorded with the class's permission)

Teacher Liu played the waiter and the students took turns as customers. Each line is given as it was spoken, followed by our English.

Liu: {D:欢迎光临！几位？} Welcome! How many of you?
Mark: {D:两位。} Two.
Liu: {D:这边请。这是菜单。} This way, please. Here's the menu.
Mark: {D:你们有什么推荐的菜？} What dishes would you recommend?
Liu: {D:我们的宫保鸡丁很有名，不过有一点儿辣。} Our kung pao chicken is famous, but it's a little spicy.
Mark: {D:没关系，我喜欢吃辣的。再要一个西红柿炒鸡蛋。} That's fine, I like spicy food. And a tomato and egg stir-fry as well.
Liu: {D:喝点儿什么？} Anything to drink?
Sofia: {D:两瓶啤酒，谢谢。} Two bottles of beer, thanks.
Liu: {D:好的，请稍等。} Sure, one moment please.

(Twenty minutes later)
Sofia: {D:服务员，买单！} Waiter, the bill please!
Liu: {D:一共八十六块。} That's eighty-six yuan altogether.

Teacher's comment afterwards: Mark's tones on {D:推荐} tuījiàn were excellent. Sofia, remember that {D:买单} is casual; in a more formal place you can say {D:结账} jiézhàng, "settle the account".
""")

dd("grammar-note-le", """
Grammar Note 12 — Two Kinds of {D:了} (le)

Beginners are often told that {D:了} marks the past tense. It doesn't, quite. There are two separate uses, and they can appear in the same sentence.

1. Verb + {D:了}: the action is completed
{D:我买了三本书。} Wǒ mǎile sān běn shū. — I bought three books.
{D:他喝了一杯咖啡就走了。} Tā hēle yì bēi kāfēi jiù zǒu le. — He drank a cup of coffee and then left.

2. Sentence-final {D:了}: a new situation, a change
{D:下雨了。} Xià yǔ le. — It's raining now (it wasn't before).
{D:我二十岁了。} Wǒ èrshí suì le. — I'm twenty now.
{D:我不饿了。} Wǒ bú è le. — I'm not hungry any more.

3. Both at once
{D:我学了两年中文了。} Wǒ xuéle liǎng nián Zhōngwén le. — I have been studying Chinese for two years (and I still am).
Compare: {D:我学了两年中文。} — I studied Chinese for two years (and then stopped).

Common mistake: adding {D:了} after a negated verb. To say "I didn't go", use {D:没} méi and drop {D:了}: {D:我没去。}, not *{D:我没去了。}
""")

dd("flashcards-tsv", """
#separator:tab
#html:false
#notetype:Chinese (Basic)
#deck:Mandarin::Food & Kitchen
#columns:Hanzi	Pinyin	English	Tags
{D:米饭}	mǐfàn	cooked rice	food hsk1
{D:面条}	miàntiáo	noodles	food hsk2
{D:饺子}	jiǎozi	dumplings	food
{D:包子}	bāozi	steamed bun with filling	food
{D:筷子}	kuàizi	chopsticks	kitchen
{D:勺子}	sháozi	spoon	kitchen
{D:碗}	wǎn	bowl; measure word for bowls of food	kitchen mw
{D:盘子}	pánzi	plate, dish	kitchen
{D:盐}	yán	salt	food
{D:糖}	táng	sugar; sweets	food
{D:酱油}	jiàngyóu	soy sauce	food
{D:醋}	cù	vinegar; (fig.) jealousy	food idiom
{D:炒}	chǎo	to stir-fry	verb cooking
{D:煮}	zhǔ	to boil	verb cooking
{D:蒸}	zhēng	to steam	verb cooking
{D:烤}	kǎo	to roast, to bake	verb cooking
{D:锅}	guō	wok; pot	kitchen
{D:冰箱}	bīngxiāng	refrigerator	kitchen hsk3
{D:好吃}	hǎochī	tasty	adj hsk1
{D:饿}	è	hungry	adj hsk3
{D:渴}	kě	thirsty	adj hsk3
{D:甜}	tián	sweet	adj taste
{D:咸}	xián	salty	adj taste
""")

dd("measure-word-list", """
Measure Words You Actually Need: the Top 15

In Chinese a number, or {D:这} "this" / {D:那} "that", cannot go straight before a noun: a measure word has to sit in between. Learn these fifteen with an example each and you will cover most everyday speech.

{D:个} gè — the general one; people, and anything when you forget the right word: {D:三个人} three people
{D:本} běn — books and magazines: {D:一本小说} a novel
{D:张} zhāng — flat things such as tickets, tables and photos: {D:两张票} two tickets
{D:条} tiáo — long, flexible things such as rivers, fish and trousers: {D:一条河} a river
{D:只} zhī — many animals, and one of a pair: {D:一只猫} a cat
{D:件} jiàn — upper-body clothing, and matters: {D:一件衬衫} a shirt
{D:杯} bēi — cups and glasses: {D:一杯茶} a cup of tea
{D:辆} liàng — vehicles: {D:一辆自行车} a bicycle
{D:双} shuāng — pairs: {D:一双鞋} a pair of shoes
{D:家} jiā — businesses: {D:一家餐厅} a restaurant
{D:位} wèi — people, politely: {D:三位老师} three teachers
{D:块} kuài — lumps and pieces, and yuan in speech: {D:一块蛋糕} a piece of cake
{D:封} fēng — letters: {D:一封信} a letter
{D:把} bǎ — things with a handle: {D:一把伞} an umbrella
{D:座} zuò — mountains, bridges and large buildings: {D:一座山} a mountain

Remember: before a measure word, "two" is {D:两} liǎng, never {D:二} èr. So it is {D:两本书}, two books.
""")

dd("etymology-notes", """
Character Stories, Part 3: Why These Characters Look the Way They Do

The explanations below are the ones most teachers use in class. Some are certain, some are folk etymology; we say which.

{D:休} xiū, "to rest"
A person ({D:亻}, the squeezed side form of {D:人} rén) leaning against a tree ({D:木} mù). The picture has hardly changed since the bronze inscriptions, and the explanation is generally accepted.

{D:明} míng, "bright"
The sun ({D:日}) beside the moon ({D:月}). Some scholars argue that the left part was first a window, not the sun: moonlight through a window at night. Either way the meaning is brightness, and by extension "clear" and "tomorrow" ({D:明天} míngtiān).

{D:好} hǎo, "good"
A woman ({D:女}) and a child ({D:子}). "A mother with her child is good" is a charming reading, but the early forms do not prove it.

{D:森} sēn, "forest"
Three trees. Two trees, {D:林} lín, is a grove or a wood; the everyday word for forest is {D:森林} sēnlín.

{D:家} jiā, "home"
A roof ({D:宀}) over a pig ({D:豕}). Early households kept pigs under or beside the house, so a pig under a roof meant a settled home. Students always remember this one.
""")

dd("hsk-instruction-tips", """
HSK 3 Exam Tips: Understanding the Instructions

On the day, the instructions in your booklet are printed in Chinese only. HSK 1 and 2 papers add pinyin; HSK 3 does not. Learn to recognise these lines now so you don't lose time.

Listening, Part 1
{D:第一部分：第1-10题}
"Part One: Questions 1 to 10."
{D:听对话，选择与对话内容一致的图片。}
Listen to each dialogue and choose the picture that matches it.

Reading, Part 2
{D:选词填空。}
Choose a word to fill each gap. The word bank is at the top, labelled A to F, and one gap is already filled in and marked {D:例如}, "for example". Cross that word off first.

Writing, Part 1
{D:完成句子。}
"Complete the sentences": you get jumbled words and must write the whole sentence on the answer sheet.

Writing, Part 2
{D:看拼音写汉字。}
Look at the pinyin and write the character.

Other words you will see
{D:答题卡} dátíkǎ — answer sheet
{D:请在答题卡上作答。} Please write your answers on the answer sheet.
{D:考试结束} kǎoshì jiéshù — the exam is over
{D:注意} zhùyì — attention, note

General tip: in Writing Part 1 the final punctuation is part of the answer. If one of the words is {D:吗}, your sentence needs a question mark.
""")

dd("tutor-corrections", """
Feedback on your homework — Week 9 (for Daniel)

Hi Daniel, good effort this week. I've marked six sentences: ✗ is what you wrote, ✓ is my correction, and then a short reason.

1. ✗ {D:我昨天去了商店买东西了很多。}
   ✓ {D:我昨天去商店买了很多东西。}
   "Yesterday I went to the shop and bought lots of things." The amount goes before the noun ({D:很多东西}), and one {D:了}, after {D:买}, is enough.

2. ✗ {D:我很喜欢看书在晚上。}
   ✓ {D:我晚上很喜欢看书。}
   "I love reading in the evening." Time words go before the verb, never at the end.

3. ✗ {D:他比我很高。}
   ✓ {D:他比我高多了。} or {D:他比我高很多。}
   "He is much taller than me." You can't use {D:很} in a {D:比} comparison.

4. ✗ {D:我们见面了他在咖啡馆。}
   ✓ {D:我在咖啡馆跟他见面了。}
   "I met him at the café." {D:见面} already has its object (literally "see face"), so the person comes before it with {D:跟} "with".

5. ✗ {D:这个电影很有意思，我看过两遍了它。}
   ✓ {D:这个电影很有意思，我已经看过两遍了。}
   "This film is really interesting; I've already seen it twice." Drop {D:它} "it": Chinese leaves out the object when it is clear.

6. ✓ {D:周末我打算和朋友一起去爬山。} Perfect! "At the weekend I'm planning to go hiking with friends."

For next week, try eight sentences with the {D:把} (bǎ) construction.
""")

dd("radicals-table", """
Common Radicals — Reference Sheet 1

A radical is the part of a character that usually hints at its meaning. Knowing about twenty of them makes dictionaries much easier to use and new characters easier to guess.

Radical | Name / pinyin | Meaning | Example characters
{D:氵} | sān diǎn shuǐ ("three drops of water") | water | {D:河} river, {D:洗} wash, {D:海} sea
{D:扌} | tí shǒu páng ("raised hand") | hand, action | {D:打} hit, {D:推} push, {D:找} look for
{D:口} | kǒu | mouth | {D:吃} eat, {D:喝} drink, {D:叫} call
{D:讠} | yán zì páng ("speech side") | speech | {D:说} speak, {D:话} words, {D:请} invite
{D:忄} | shù xīn páng ("standing heart") | heart, feelings | {D:快} happy; fast, {D:怕} fear, {D:忙} busy
{D:木} | mù | tree, wood | {D:树} tree, {D:桌} table, {D:林} grove
{D:钅} | jīn zì páng ("metal side") | metal | {D:钱} money, {D:铁} iron, {D:银} silver
{D:艹} | cǎo zì tóu ("grass on top") | plants | {D:花} flower, {D:草} grass, {D:茶} tea
{D:纟} | jiǎo sī páng ("twisted silk") | silk, thread | {D:红} red, {D:绿} green, {D:线} thread
{D:宀} | bǎo gài tóu ("roof") | roof, house | {D:家} home, {D:室} room, {D:安} peace
{D:辶} | zǒu zhī páng ("walking") | movement | {D:进} enter, {D:远} far, {D:送} send
{D:女} | nǚ | woman | {D:妈} mum, {D:姐} elder sister, {D:好} good

Sheet 2 covers radicals that change shape at the bottom of a character, such as {D:心} "heart" and {D:火} "fire".
""")

dd("worksheet-answer-key", """
Answer Key — Worksheet 6B: Making Appointments (teacher's copy)

A. Fill in the blanks with {D:的}, {D:得} or {D:地} (all three are pronounced de)
1. {D:得} — {D:他跑得很快。} He runs fast.
2. {D:的} — {D:这是我朋友的电脑。} This is my friend's computer.
3. {D:地} — {D:她高兴地说：“好啊！”} She said happily, "Great!"
4. {D:的} — {D:我喜欢红色的那件。} I like the red one.
5. {D:得} — {D:你说得对。} You're right.

B. Translate into Chinese (accept reasonable variants)
1. Are you free tomorrow afternoon? — {D:你明天下午有空吗？} / {D:你明天下午有时间吗？}
2. Let's meet at the school gate at three. — {D:我们三点在学校门口见吧。}
3. Sorry, I have a class then. — {D:对不起，那个时候我有课。}
4. What about Thursday? — {D:星期四怎么样？}

C. Reading comprehension (passage on p. 42)
1. B   2. C   3. A: "because he has to pick his mother up at the airport", {D:因为他要去机场接妈妈}, in paragraph 2
4. True   5. False (he phones on Friday, not Thursday)

Marking: one point per blank in A, two points per sentence in B. Deduct half a point for a wrong character that has the right sound, e.g. {D:在} written for {D:再}.
""")

dd("reading-passage-translation-last", """
Reading Practice 15 — "The Lost Umbrella" (HSK 3 level, about 170 characters)

Read the passage twice without a dictionary. Questions, vocabulary and a translation follow; try not to look at the translation until you have answered the questions.

{D:上个星期五下午，天突然下起了大雨。小林从图书馆出来，发现自己的伞不见了。他在门口等了半个小时，雨还是很大。这时候，一位老奶奶走过来，把她的伞借给了他。小林问她住在哪儿，老奶奶笑着说：“不用还了，我家就在旁边。”第二天，小林买了一把新伞，又在门口等那位老奶奶。}

Questions
1. Why couldn't Xiao Lin go home?
2. What did the old woman say when he asked where she lived?
3. What did Xiao Lin do the next day, and why do you think he did it?

Vocabulary
{D:突然} tūrán — suddenly
{D:发现} fāxiàn — to discover, to notice
{D:借} jiè — to lend; to borrow
{D:还} huán — to give back (here it is not hái!)
{D:旁边} pángbiān — next to, beside

Translation
Last Friday afternoon it suddenly began to pour. Xiao Lin came out of the library and found that his umbrella had gone. He waited at the entrance for half an hour, but the rain was still heavy. Just then an old lady came over and lent him her umbrella. Xiao Lin asked where she lived, and she smiled and said, "No need to give it back, my home is just next door." The next day Xiao Lin bought a new umbrella and waited at the entrance again for the old lady.
""")

dd("poem-traditional-study", """
Poetry Corner for Learners: Li Bai, "Quiet Night Thoughts"

Almost every Chinese child can recite this poem, and it makes a good first classical text because every character in it is common. We print it in traditional characters, as in our Taipei partner school's reader.

{D:靜夜思} Jìng Yè Sī — "Thoughts on a Quiet Night"
{D:李白} Lǐ Bái (701–762)

{D:床前明月光，}
chuáng qián míng yuè guāng
Before my bed, the bright moonlight;

{D:疑是地上霜。}
yí shì dì shàng shuāng
I wondered if it was frost upon the ground.

{D:舉頭望明月，}
jǔ tóu wàng míng yuè
I raise my head and gaze at the bright moon,

{D:低頭思故鄉。}
dī tóu sī gù xiāng
I lower my head and think of home.

Word notes
{D:疑} yí — to suspect, to wonder whether (modern Chinese: {D:懷疑} huáiyí)
{D:舉頭} jǔ tóu — to lift the head; {D:舉} survives in {D:舉手} jǔ shǒu, "to raise your hand" in class
{D:故鄉} gùxiāng — hometown, native place; more literary than {D:老家} lǎojiā
""")

dd("chinese-name-guide", """
How Your Tutor Chose Your Chinese Name

Many of you asked why you got the names you did. A good Chinese name is not a transliteration of every syllable. It should sound like a real name, with a proper surname first and a given name of one or two characters.

Surnames we use most
Students whose surnames start with "Mac" or "Mc" often get Mǎ ({D:马}); "Lee" and "Leigh" become Lǐ ({D:李}); "White" is translated by meaning as Bái ({D:白}); and "Kowalski" became Kē ({D:柯}), from the first syllable.

This term's names
- Sarah Whitfield — {D:白莎拉} Bái Shālā. The surname comes from "white"; Shala imitates Sarah.
- Thomas McKenzie — {D:马思远} Mǎ Sīyuǎn, "thinking far ahead", because Thomas wants to be an architect.
- Julia Kowalski — {D:柯佳丽} Kē Jiālì, "fine and beautiful", which sounds a little like Julia.
- Ben Lee — {D:李文博} Lǐ Wénbó, "learned in letters". He insisted on something scholarly.
- Priya Nair — {D:倪雅} Ní Yǎ. Nair gives Ní, and Yǎ means "elegant".

What we avoid
We never use characters with unlucky sounds, such as sǐ, "death" ({D:死}), and we avoid three-syllable transliterations such as Tāngmǔsī ({D:汤姆斯}) for Thomas, which sound like a brand name and mark you as a foreigner at once.
""")

dd("slang-glossary", """
Chat Like a Local: 12 Expressions from Chinese Social Media

Textbooks won't teach you these, but your language partners will use them in every other message. Here is what they mean and when to use them.

{D:哈哈哈} hāhāhā — the standard laugh; the more characters, the funnier.
666 (liù liù liù) — "awesome, so skilful". Gamer slang: the sound resembles {D:溜} liù, "smooth".
{D:牛} niú — literally "cow", meaning "impressive": {D:你太牛了！} You're amazing!
yyds — short for {D:永远的神} yǒngyuǎn de shén, "eternal god", i.e. the greatest of all time.
{D:躺平} tǎngpíng — "lie flat": to opt out of the rat race.
{D:内卷} nèijuǎn — "involution": exhausting competition that gets nobody ahead.
{D:打卡} dǎkǎ — "clock in"; online it means visiting a famous spot and posting a photo.
{D:种草} zhòngcǎo — "plant grass": to make someone want to buy something. The opposite, {D:拔草} bácǎo, "pull up the grass", means either finally buying it or losing interest.
{D:吃瓜} chīguā — "eat melon": to watch gossip from the sidelines. Bystanders are {D:吃瓜群众}, "the melon-eating masses".
{D:破防} pòfáng — "defences broken": to be emotionally overwhelmed.
{D:绝绝子} juéjuézi — "absolutely the best" (or, sarcastically, the worst).
{D:凡尔赛} Fán'ěrsài — "Versailles": humble-bragging.

Use them with friends. In emails to your teacher, stick to standard Chinese.
""")

dd("metro-sign-photos", """
Reading Real Signs: Photos from the Metro (Lesson 11 supplement)

Below are descriptions of the ten photos we looked at in class. For each one: the characters on the sign, the reading, and what it tells you.

Photo 1 — green sign above the doors: {D:出口} chūkǒu, "exit". Its partner {D:入口} rùkǒu, "entrance", is blue on the older lines.
Photo 2 — painted on the platform floor: {D:请勿倚靠} qǐng wù yǐkào. {D:勿} is a formal "do not", so "please do not lean". You will find {D:请勿} on almost every rule sign.
Photo 3 — yellow seat stickers: {D:爱心专座}, "priority seat", literally "loving-heart reserved seat".
Photo 4 — above the ticket machines: {D:自动售票} zìdòng shòupiào, self-service tickets.
Photo 5 — by the stairs: {D:换乘} huànchéng, "transfer", usually followed by a line number, as in {D:换乘2号线}, "transfer to Line 2".
Photo 6 — a temporary notice: {D:小心地滑} xiǎoxīn dì huá, "caution, slippery floor" (famous for being mistranslated as "carefully slide").
Photo 7 — next to the escalator: {D:紧急停止}, "emergency stop".
Photo 8 — station name board: {D:人民广场} Rénmín Guǎngchǎng, People's Square, and the next station in smaller type after {D:下一站} xià yí zhàn, "next stop".
Photo 9 — {D:末班车} mòbānchē, "last train", with the time underneath.
Photo 10 — {D:禁止吸烟}, "no smoking". {D:禁止} jìnzhǐ is the stronger, official "it is forbidden".

Homework: photograph three signs near where you live and write the same three things for each.
""")

dd("tone-sandhi-note", """
Pronunciation Note: When {D:一} (one) and {D:不} (not) Change Their Tone

Both words have a dictionary tone, {D:一} yī (first tone) and {D:不} bù (fourth tone), but in speech they change with the next syllable. Most textbooks print the changed tone, though not all do, so learn the rule.

{D:不} bù
- Before a fourth tone it becomes second tone: {D:不是} bú shì "is not", {D:不对} bú duì "not right", {D:不要} bú yào "don't want".
- Everywhere else it stays fourth: {D:不好} bù hǎo "not good", {D:不来} bù lái "not coming", {D:不吃} bù chī "not eating".

{D:一} yī
- Before a fourth tone it becomes second: {D:一定} yídìng "certainly", {D:一样} yíyàng "the same".
- Before first, second or third tones it becomes fourth: {D:一天} yìtiān "one day", {D:一年} yìnián "one year", {D:一起} yìqǐ "together".
- It keeps first tone when counting, in ordinals and in dates: {D:第一} dì yī "first", {D:十一} shíyī "eleven", {D:一月一号} Yīyuè yī hào "January 1st".

Third tone + third tone
Not about {D:一} or {D:不}, but related: two third tones in a row are said as second + third, so {D:你好} "hello" comes out as ní hǎo, and {D:很好} "very good" as hén hǎo.

Drill: read these aloud, then check with the recording: {D:一杯} "a cup", {D:不够} "not enough", {D:一个人} "one person; alone", {D:不忙} "not busy".
""")

dd("podcast-show-notes", """
Episode 88 — "Renting a Flat in Beijing" | Show Notes

In this intermediate episode Lily and Chen talk about flat-hunting: agents, deposits, and what on earth {D:押一付三} means. The full transcript is available to members.

00:00 Intro
01:45 Why everyone uses an agent ({D:中介} zhōngjiè)
05:10 {D:押一付三} yā yī fù sān — "one month's deposit, three months' rent up front"
09:30 Reading a listing: {D:两室一厅} liǎng shì yì tīng, "two bedrooms and a living room"
14:20 Chen's story about a landlord ({D:房东} fángdōng) who kept his deposit
19:00 Sentence of the day
22:40 Outro and homework

Key vocabulary
{D:租房} zūfáng — to rent a place
{D:房租} fángzū — the rent (notice the word order flips!)
{D:押金} yājīn — deposit
{D:合同} hétong — contract
{D:朝南} cháo nán — south-facing, a big selling point
{D:水电费} shuǐdiànfèi — water and electricity bills

Sentence of the day
{D:房租包不包括水电费？}
Fángzū bāo bu bāokuò shuǐdiànfèi?
Does the rent include utilities?

Homework: describe the place you live in now, using at least four of the words above. Post it in the comments and Chen will correct it.
""")

dd("forum-answer-haishi", """
Forum › Grammar Questions › "{D:还是}" vs "{D:或者}": don't both mean "or"?

Posted by tealeaf_mel · 3 replies

My textbook translates both {D:还是} and {D:或者} as "or", but my teacher crossed out my sentence {D:你喝茶或者咖啡？} and wrote {D:还是} above it. What's the rule?

Reply from kuaile_laoshi (Tutor) ✔ Best answer
Short version: {D:还是} is for questions, {D:或者} is for statements.

When you ask someone to choose, use {D:还是}:
{D:你喝茶还是咖啡？} Would you like tea or coffee?
{D:我们今天去还是明天去？} Shall we go today or tomorrow?

When you are just listing options, with no question, use {D:或者}:
{D:周末我看书或者看电影。} At weekends I read or watch films.
{D:你可以坐地铁或者打车。} You can take the metro or a taxi.

One exception: after verbs like {D:不知道} "don't know" or {D:决定} "decide", {D:还是} can appear in a statement, because there is a hidden question inside it: {D:我不知道他去还是不去。} I don't know whether he's going or not.

Reply from tealeaf_mel
That makes so much sense now, thank you!

Reply from dumpling_dave
Worth adding that {D:还是} can also mean "still" or "had better", as in {D:你还是别去了} "you'd better not go", so don't be surprised when it turns up with no choice in sight.
""")

dd("blog-footnotes-later", """
My First Month in Chengdu (with footnotes for readers still at HSK 1)

I arrived on a Sunday, and the first word I learned was {D:辣}[1], which tells you everything about the food here. My host mother, {D:张阿姨}[2], cooks every evening and asks the same question at the end of every meal: {D:吃饱了吗？}[3] I always say yes, because if I say no, another dish appears.

At school our teacher warned us that the local dialect is quite different from standard Mandarin. People say {D:巴适}[4] when something is comfortable or just right, and I now use it about everything, which makes the shopkeepers laugh.

At weekends I go to a teahouse in the park where old men play mahjong. The waiter pours hot water from a copper kettle with a spout almost a metre long, and people call him {D:掺茶师傅}[5]. I still can't follow the conversations, but I can order: {D:一杯茉莉花茶}[6].

Next month I'm going to try the hotpot restaurant my classmates keep talking about, the one whose name is simply {D:老地方}[7].

Footnotes
[1] là — spicy
[2] Zhāng āyí — "Auntie Zhang"; {D:阿姨} is how you address a woman of your parents' generation
[3] chī bǎo le ma — "Have you eaten your fill?"
[4] bāshì — Sichuanese for "comfortable, great"
[5] chān chá shīfu — "tea-pouring master"
[6] yì bēi mòlìhuā chá — a cup of jasmine tea
[7] lǎo dìfang — "the usual place"
""")


# ---------------------------------------------------------------- half-translated

ll("course-table-cells", """
Home > Courses > Spring 2027 Chinese Language Courses

Golden Bridge Chinese Language Training Center

Our center provides standard Chinese courses for foreign students of all levels. Small class, experienced teachers, flexible time. The spring semester will start on March 1, 2027.

| Course | Level | Class hours | Time | Tuition (RMB) |
|---|---|---|---|---|
| Comprehensive Chinese I | Beginner (HSK 1-2) | 20 hours/week | Mon-Fri 9:00-12:00 | 7,800 |
| Comprehensive Chinese II | Elementary (HSK 3) | 20 hours/week | Mon-Fri 9:00-12:00 | 7,800 |
| Business Chinese | Intermediate (HSK 4 and above) | 8 hours/week | Tue, Thu 14:00-17:00 | 4,500 |
| HSK Intensive | All levels | 6 hours/week | {L:周六全天} | 3,600 |
| One-to-one | Customized | {L:按需安排} | {L:与老师协商} | 260/hour |
| Chinese Calligraphy | No requirement | 2 hours/week | Wed 15:00-17:00 | {L:免费（限本中心学员）} |

Note: The above tuition includes the textbook fee. {L:报名人数不足五人的班级将推迟开班或与其他班级合并。}

How to register: fill in the online form, or come to the front desk with your passport. A placement test will be arranged before class begins.

Tel: +86 755 8866 1024   Email: admissions@goldenbridge-chinese.example
{D:金桥汉语培训中心} Golden Bridge Chinese Language Training Center · {D:中文} | English
""")

ll("admissions-brochure-clauses", """
International Students Admission Brochure 2027 (Undergraduate Programs)
School of International Education, Eastern Coast University

I. Application Requirements
1. Non-Chinese citizens holding a valid foreign passport, in good health, friendly to China, and willing to abide by Chinese laws and the regulations of the university.
2. Aged between 18 and 30 (as of September 1, 2027).
3. Having a senior high school diploma or above, {L:学习成绩优良，无不良记录}.
4. Language requirements: programs taught in Chinese require HSK Level 4 with a score of 180 or above; programs taught in English require IELTS 6.0 or TOEFL 80.
5. {L:持中国香港、澳门、台湾地区身份证件者以及移民外国的中国公民，须符合教育部的相关规定。}

II. Application Materials
(1) Online application form (printed and signed);
(2) Copy of the passport information page;
(3) Highest diploma and transcripts (notarized copies in Chinese or English);
(4) HSK certificate or English proficiency certificate;
(5) {L:无犯罪记录证明};
(6) Foreigner Physical Examination Form.

III. Application Period
From January 10 to May 31, 2027. {L:逾期不予受理。}

IV. Tuition and Fees
Tuition: 24,000 RMB/year for liberal arts, 28,000 RMB/year for science and engineering. Application fee: 600 RMB (non-refundable). Accommodation: 6,000-9,000 RMB/year.

Contact: School of International Education, Room 305, International Exchange Building
Tel: +86 574 8722 0000   Email: iso@ecu.example
""")

ll("scholarship-notice", """
Notice on the 2027 Municipal Government Scholarship for International Students
Release time: 2026-11-20   Source: International Students Office   Views: 1283

In order to attract excellent international students to study in our city, the municipal government has set up a scholarship for international students. The relevant application matters are hereby notified as follows:

1. Scholarship categories
Category A: full scholarship, covering tuition, accommodation and a living allowance of 2,500 RMB per month;
Category B: tuition waiver only;
Category C: one-time award of 5,000 RMB.

2. Eligibility
Applicants must be registered full-time degree students or long-term language students (one academic year or more). Language students should have passed HSK Level 3 or above. {L:已获得中国政府奖学金或其他全额奖学金者不得重复申请。}

3. Procedure
Students submit the application form to their college; each college recommends candidates to the International Students Office before December 15; {L:学校评审委员会根据申请人的学业成绩、出勤情况及综合表现进行评审}, and the results will be published on this website for five working days.

4. Others
Scholarship holders who violate school rules or whose attendance rate is below 80% will have the scholarship cancelled.

Contact person: Ms. Zhao   Tel: 0571-8620-3345

{L:相关附件：奖学金申请表}.doc
International Students Office
November 20, 2026
""")

ll("exercise-instructions-beside-words", """
Lesson 9  Shopping at the Market — Exercises

New words
{D:斤} jīn  half a kilogram
{D:便宜} piányi  cheap
{D:贵} guì  expensive
{D:苹果} píngguǒ  apple
{D:一共} yígòng  altogether
{D:找钱} zhǎo qián  to give change

Exercise 1  {L:根据课文内容判断正误。}
(1) {D:苹果五块钱一斤。} Apples are five yuan a jin. (  )
(2) {D:大卫买了三斤香蕉。} David bought three jin of bananas. (  )
(3) {D:老板找了大卫两块钱。} The shopkeeper gave David two yuan change. (  )

Exercise 2  Fill in the blanks with the new words.
(1) {D:这件衣服太___了，能不能___一点儿？} This piece of clothing is too ___, can it be a little ___?
(2) {D:我买了两斤苹果、一斤香蕉，___多少钱？} I bought two jin of apples and one jin of bananas, how much is it ___?

Exercise 3  {L:看图说话，每幅图至少说两句。}
Picture A: a fruit stall    Picture B: a customer paying with a mobile phone

Exercise 4  Role play
Student A is the seller, Student B is the buyer. {L:要用上本课的生词和“太……了”“……一点儿”等句式。}

{L:提示：练习一的答案可以在课文第二段找到。}
""")

ll("teacher-training-notice", """
Notice on Holding the 2027 Winter Training Course for International Chinese Language Teachers

Issuing department: Teacher Development Office   Date: 2026-12-01

To all teachers and relevant institutions:

In order to further improve the teaching ability of international Chinese teachers, our college will hold a winter training course from January 18 to January 22, 2027. The relevant matters are notified as follows:

1. Participants
Full-time and part-time teachers of Chinese as a foreign language, volunteer teachers who are about to go abroad, {L:以及有志于从事国际中文教育的在读研究生}.

2. Training content
(1) Teaching Chinese pronunciation and characters to beginners;
(2) Classroom management and task-based teaching methods;
(3) Cross-cultural communication;
(4) {L:《国际中文教育中文水平等级标准》解读};
(5) Mock teaching and evaluation.

3. Training fee
1,800 RMB per person, including materials and lunch. {L:住宿自理，可协助预订校内宾馆。}

4. Certificate
Participants who complete all courses and pass the mock teaching assessment will receive a training certificate issued by the college.

5. Registration
Please scan the QR code below to register before January 8. {L:名额有限，额满即止。}

Contact: Teacher Li, 010-6275-1190
{L:联系邮箱}: training@ice-college.example

College of International Chinese Education
""")

ll("school-faq-answers", """
FAQ | Panda Mandarin School

Q: Do I need to know any Chinese before I start?
A: No. We open classes for complete beginners every month. Before your first class, you will take a short online test so that we can put you in the right group.

Q: How many students are there in a class?
A: Usually 4 to 8 students. If fewer than 3 students sign up, {L:我们会将课程改为小组课或者退还学费。}

Q: Can I get a student visa through your school?
A: {L:本校目前只能为报读半年以上课程的学员办理X1签证所需的JW202表。} Short-term students normally come on a tourist or business visa.

Q: Which textbook do you use?
A: For beginners we use our own series, "Easy Steps", which has pinyin on every page. Intermediate students move on to newspaper articles and TV clips.

Q: Do you offer a free trial lesson?
A: Yes, every new student can book one 45-minute trial lesson for free. {L:试听课需提前两天预约}, please contact us on WeChat: pandamandarin_sh.

Q: What is your refund policy?
A: Within 7 days after the course starts, you can get a full refund. After that, {L:按剩余课时的百分之八十退款}.

Address: 3F, No. 88 Wulumuqi Road, Xuhui District, Shanghai
{D:熊猫汉语学校} Panda Mandarin School  |  {D:沪ICP备2026012345号-1}
""")

ll("student-apartment-page", """
Accommodation for International Students

The International Student Apartment is located in the east of the campus, about 5 minutes' walk from the teaching building. It has 320 rooms in total, including single rooms and double rooms.

Room types and prices
Single room (private bathroom): 50 RMB/day, 1,500 RMB/month
Double room (shared bathroom): 30 RMB/day per bed, 900 RMB/month per bed
{L:套间（含厨房）}: 120 RMB/day, 3,600 RMB/month

Facilities: air conditioner, desk, wardrobe, wireless network and 24-hour hot water. There is a shared kitchen and a laundry room on every floor; {L:洗衣机需使用校园卡支付}.

Check-in
1. Students should check in at the front desk on the first floor with the admission notice, passport and visa.
2. A deposit of 1,000 RMB is required. It will be returned when you check out if nothing is damaged.
3. {L:入住后二十四小时内须到辖区派出所办理境外人员临时住宿登记，逾期将被处以罚款。}

Apartment rules
- Visitors must register at the front desk and leave before 22:00.
- Cooking in the rooms is not allowed.
- {L:禁止在宿舍内饲养宠物。}
- Please save water and electricity.

Front desk (24 hours): 027-8765-4400
{L:留学生公寓管理办公室}
""")

ll("hsk-center-registration", """
2027 HSK Test Registration Notice (March Session)

Our test center will hold the HSK (Levels 1-6) and HSKK (Elementary, Intermediate and Advanced) paper-based and internet-based tests on March 20, 2027.

Registration
Registration time: January 5 to February 20, 2027.
Candidates register on the official HSK website. When registering, please choose our test center: {L:滨海大学国际教育学院考点}.

Fees
HSK Level 1: 150 RMB   HSK Level 2: 250 RMB   HSK Level 3: 350 RMB
HSK Level 4: 450 RMB   HSK Level 5: 550 RMB   HSK Level 6: 650 RMB
HSKK: 350-450 RMB

On the test day
1. Please arrive at the test center 30 minutes before the test. {L:开考后迟到者不得入场。}
2. Candidates must bring the admission ticket and the same valid ID document used for registration.
3. Bring 2B pencils and an eraser for the paper-based test.
4. {L:除考试用品外，手机、智能手表等电子设备须关机并放在指定位置。}

Score results
Scores can be checked online one month after the test. {L:纸质成绩报告将由考点统一领取后通知考生。}

Test center address: Room 102, Building 6, Binhai University
Tel: 0532-8590-6611
""")

ll("summer-camp-itinerary", """
2027 "Discover China" Summer Camp for Teenagers

Dates: July 5 - July 25, 2027   Age: 12-17   Place: Hangzhou

The camp combines Chinese language classes in the morning with cultural activities and sightseeing in the afternoon. Campers live in the campus dormitory together with Chinese student volunteers.

Week 1: Hello, Hangzhou
Mon  Opening ceremony, placement test, campus tour
Tue-Fri  Chinese classes (3 hours per day); afternoons: tai chi, paper cutting, tea picking in Longjing Village
Sat  {L:西湖游船及雷峰塔参观}
Sun  Free day with host family

Week 2: Living in Chinese
Mon-Fri  Chinese classes; afternoons: making dumplings, visiting a local middle school, calligraphy workshop
Sat  Day trip to Wuzhen water town
Sun  {L:自由活动（营员不得单独离开营地）}

Week 3: Show What You Know
Mon-Wed  Chinese classes and rehearsals for the final performance
Thu  Final test and talent show
Fri  Closing ceremony and certificates; {L:晚上举行告别晚会}

Fee: 16,800 RMB, including tuition, accommodation, meals, local transport, entrance tickets and insurance. {L:不含往返国际机票及签证费用。}

Key phrases we'll learn in the first week:
{D:你好} nǐ hǎo — hello
{D:谢谢} xièxie — thank you
{D:多少钱？} duōshao qián? — how much is it?
{D:我听不懂。} Wǒ tīng bu dǒng. — I don't understand.
""")

ll("teacher-profiles-glued", """
Our Teachers

All of our teachers hold the Certificate for Teachers of Chinese to Speakers of Other Languages and have at least three years of teaching experience.

Wang Fang — Academic Director
Master of Teaching Chinese to Speakers of Other Languages, Beijing Normal University. She has taught Chinese in Thailand and Spain for six years, {L:擅长综合课和汉字教学，深受学生喜爱}. Her classes are lively and well organized.

Zhou Jian — HSK Course Leader
Graduated from Nanjing University, majoring in Chinese language and literature. He has helped more than 300 students pass HSK 5 and HSK 6. {L:曾获全市对外汉语教学比赛一等奖。}

Lin Xiaoyu — Business Chinese Teacher
Ms. Lin worked in an international trade company for five years before becoming a teacher, so she knows the language used in real business situations. She teaches Business Chinese and one-to-one courses. {L:教学风格：耐心细致，注重实用。}

Chen Hao — Kids' Class Teacher
Mr. Chen is good at games and songs and makes young learners fall in love with Chinese. Students call him {D:陈老师}, "Teacher Chen"; the little ones call him {D:浩浩哥哥}, "big brother Haohao".

{L:更多老师介绍请关注我们的公众号。}
""")

ll("tuition-payment-page", """
How to Pay Your Tuition

Tuition must be paid before the registration day. Students can choose one of the following payment methods.

Method 1: Bank transfer (recommended for payment from abroad)
Beneficiary: Southern Lake University
Beneficiary name in Chinese: {D:南湖大学}
Bank: Bank of China, Wuhan Hongshan Sub-branch
Account No.: 5712 6600 0018 2046
SWIFT code: BKCHCNBJ600
Remarks: please write "passport name + student ID + tuition". {L:汇款手续费由汇款人承担。}

Method 2: Online payment
Log in to the payment platform with your student ID, choose "International Student Fees", and pay by Visa, Mastercard, Alipay or WeChat Pay. {L:支付成功后请截图保存，以备查询。}

Method 3: On-site payment
Bring your passport to the Finance Office (Room 118, Administration Building) {L:工作日上午8:30-11:30，下午2:30-5:00}. Cash is not accepted.

Receipt
An official receipt will be issued within 10 working days after payment. {L:如需以公司名称开具发票，请在付款前告知。}

Refund
Students who withdraw before the semester begins can get a refund of 80% of the tuition. There is no refund after the fourth week of the semester.

Questions? Please contact the Finance Office: 027-8716-5520
""")

ll("testimonials-traditional", """
Student Stories — What Our Graduates Say

"I came to Taiwan knowing only 'nǐ hǎo'. After one year at the center I passed TOCFL Band B, and now I work for a logistics company in Taichung." — Maria, Brazil

"The teachers are very patient. They corrected my tones again and again until I could speak clearly. The best part was the weekend trips with our language partners." — Kenji, Japan

"At first I was afraid of characters, especially traditional ones. My teacher told me a story for every radical, and now I know about 1,500 characters. {L:漢字沒有我想像的那麼難，只要每天堅持寫就可以。}" — Aisha, Kenya

"{L:在這裡學習的兩年是我人生中最難忘的時光。老師們像家人一樣關心我們。}" — Nguyen Van Minh, Vietnam

"My favourite Chinese word is {D:加油} jiāyóu. Literally it means 'add oil', but we say it to encourage each other before exams. My classmates shouted it for me before my speaking test." — Tom, UK

"I recommend this center to anyone who wants to learn Chinese seriously. {L:課程安排很合理}, and the dormitory is clean and quiet." — Olga, Russia

{L:歡迎更多校友投稿分享你的故事！} Send your story to alumni@zhixing-center.example.
""")

ll("course-descriptions", """
Course Descriptions — Chinese Language Program (Non-degree)

CHN101 Elementary Comprehensive Chinese
Credits: 6   Hours: 96
This course trains listening, speaking, reading and writing for beginners. Students learn Pinyin, about 500 common words and basic grammar. Textbook: Developing Chinese: Elementary Comprehensive Course ({D:发展汉语·初级综合}).

CHN102 Elementary Spoken Chinese
Credits: 4   Hours: 64
The course focuses on daily communication such as greeting, shopping, asking the way and seeing a doctor. {L:课堂以情景对话和角色扮演为主，要求学生积极参与。}

CHN201 Intermediate Reading
Credits: 4   Hours: 64
Students read short articles about Chinese society and culture and learn reading skills, such as guessing the meaning of a word from its context. {L:每周须完成一篇阅读报告}.

CHN202 Chinese Characters
Credits: 2   Hours: 32
This course introduces the structure, strokes and radicals of Chinese characters. Students will write 300 characters by hand. Textbook: {L:《汉字入门》（校内自编教材）}

CHN301 Newspaper Reading
Credits: 2   Hours: 32
Prerequisite: HSK 4. Students read news from Chinese newspapers and websites and discuss current events in class.

Assessment: attendance 10%, homework 20%, midterm exam 30%, final exam 40%. {L:缺勤超过总课时三分之一者不得参加期末考试。}
""")

ll("college-news-breadcrumb", """
{L:首页} > {L:学院新闻} > News

Our College Holds Opening Ceremony for Spring 2027 International Students

Published: 2027-03-03   {L:浏览次数}: 562

On the morning of March 2, the opening ceremony for international students of the 2027 spring semester was held in the lecture hall of the library. More than 260 new students from 41 countries attended the ceremony.

Dean Liu Ming of the College of International Education delivered a speech. He welcomed the new students and hoped that they would study hard, understand China and make friends. {L:他强调，留学生要遵守中国法律和学校纪律，注意人身和财产安全。}

Teacher representative Professor Sun Li introduced the curriculum and the HSK preparation courses of this semester. Student representative Ahmed from Egypt gave a speech in fluent Chinese, {L:赢得了全场热烈的掌声}.

After the ceremony, the new students visited the campus with their Chinese buddies and took the placement test in the afternoon.

{L:（供稿：留学生办公室  摄影：王涛  审核：刘明）}

{L:上一篇}: College Holds Winter Cultural Experience Activities
{L:下一篇}: Notice on the Spring Semester HSK Mock Test
""")

ll("online-class-buttons", """
How to Join Your Online Chinese Class

All online classes of our school are held on the VClass platform. Please follow the steps below before your first lesson.

Step 1. Download and install the VClass app on your computer or tablet. Mobile phones are not recommended because the screen is too small for the courseware.

Step 2. Open the app and register with your mobile phone number or email. {L:注册时请填写真实姓名，便于老师点名。}

Step 3. After logging in, click {L:“我的课程”} and you will see the classes your teacher has added you to.

Step 4. 10 minutes before class, click the class and then {L:“进入教室”}. Please test your microphone and camera in advance.

Step 5. During class, raise your hand by clicking the hand icon. Use the "Chat" box to type pinyin or characters when the teacher asks you to.

Classroom rules
1. Please keep your camera on during class.
2. Mute your microphone when you are not speaking.
3. {L:课程回放保留七天，仅供本班学员复习使用，禁止下载或转发。}

Technical problems? Contact the IT helpdesk on WeChat (ID: vclass_help) or by email: help@vclass-school.example. {L:工作时间：周一至周五}9:00-18:00
""")

ll("visa-permit-guide", """
Visa and Residence Permit Guide for New Students

Students who come to study for more than 180 days should apply for an X1 visa; students who study for 180 days or less should apply for an X2 visa.

Before arrival
1. Receive the Admission Notice and the JW202 form from the university by post or express delivery.
2. Apply for the visa at the Chinese embassy or consulate in your country with the following documents: passport, Admission Notice, JW202 form, {L:外国人体格检查记录（X1签证适用）}, and a recent photo.
3. Enter China before the date shown on your visa.

After arrival (X1 visa holders)
Step 1: Complete the accommodation registration at the local police station within 24 hours.
Step 2: Take a health check at the International Travel Health Care Center. {L:如已在本国体检，需携带体检报告原件进行验证。}
Step 3: Submit your residence permit application to the Exit-Entry Administration Bureau within 30 days of entry.
Step 4: {L:十五个工作日后凭受理回执领取护照。}

Notes
- Do not travel abroad while your passport is being processed.
- {L:居留许可到期前一个月须申请延期，逾期居留将被罚款。}
- Students who change their address must register again within 24 hours.

International Students Office, Visa Desk
Room 210, International Exchange Center | Tel: 020-8411-7325
{L:办公时间：周一至周五} 8:30-17:00
""")

ll("placement-test-page", """
Online Placement Test — Instructions

This test helps us put you in the right class. It takes about 40 minutes. Please do not use a dictionary or translation software.

Part 1: Vocabulary (20 questions)
Choose the English meaning of each word. Example:
{D:学校} xuéxiào — A. hospital  B. school  C. bank  D. restaurant
Answer: B

Part 2: Grammar (20 questions)
Choose the correct position for the word in brackets. Example:
{D:我A明天B去C北京D。（要）}
Answer: B → {D:我明天要去北京。} "I am going to Beijing tomorrow."

Part 3: Reading (10 questions)
Read the short passages and answer the questions. {L:阅读部分的题目没有拼音，请根据汉字作答。}

Part 4 (optional): Writing
{L:如果你学过两年以上的中文，请用一百字左右介绍一下你自己。}

After the test
Your result will be sent to your email within two working days. {L:如对分班结果有异议，可在开课后第一周内申请调班。}

Level guide
0-20 points: Beginner 1   21-40: Beginner 2   41-60: Elementary   61-80: Intermediate   81-100: Advanced

[Start the test]      {D:中文} | English
""")

ll("academic-calendar-table", """
Academic Calendar 2026-2027 (International Students)

Autumn Semester
| Date | Event |
|---|---|
| Sept 1-3 | Registration and check-in for new students |
| Sept 4 | Placement test |
| Sept 7 | Classes begin |
| Oct 1-7 | National Day holiday (no classes) |
| Nov 2-6 | Midterm exams |
| Nov 20 | {L:秋季文化考察（自愿报名）} |
| Dec 12 | HSK test (paper-based) |
| Jan 4-8 | Final exams |
| Jan 9 | Winter vacation begins |

Spring Semester
| Date | Event |
|---|---|
| Feb 22-23 | Registration |
| Feb 24 | Classes begin |
| Apr 4-6 | Qingming Festival holiday |
| May 1-5 | Labour Day holiday |
| May 28 | {L:“汉语桥”校内选拔赛} |
| Jun 14-18 | Final exams |
| Jun 19 | {L:结业典礼暨证书颁发} |

{L:注：具体日期以学院通知为准。} Make-up classes for public holidays will be announced separately.
""")

ll("speech-contest-call", """
Call for Participants: The 9th "Voices of Chinese" Speech Contest for International Students

Organizer: School of Chinese Studies
Date of the final: April 23, 2027

In order to encourage international students to learn Chinese and show their talents, our school will hold the 9th Chinese speech contest. All registered international students are welcome to take part.

Topic
This year's topic is "My Story with China" ({D:我与中国的故事}). Contestants may choose their own title within the topic.

Rules
1. Each speech should last 3-5 minutes. {L:超时30秒以上扣1分。}
2. Contestants must speak in Mandarin; reading from paper is not allowed.
3. {L:选手可使用PPT或道具辅助演讲，但不得播放录音。}

Scoring (100 points)
Content and ideas: 40 points
Pronunciation and fluency: 30 points
{L:仪态与台风}: 20 points
Time control: 10 points

Awards
First prize (1): 2,000 RMB and a certificate; second prize (2): 1,000 RMB; third prize (3): 500 RMB; {L:优秀奖若干名，颁发证书及纪念品}.

Registration: send your name, nationality, class and speech title to contest@scs.example before March 31.
""")

ll("homework-post-comments", """
Class 3B · Homework for Week 12 (due Friday)

Teacher: Ms. Huang   Posted: 2026-11-30

1. Review the vocabulary of Lesson 12:
{D:天气} tiānqì weather | {D:下雪} xià xuě to snow | {D:冷} lěng cold | {D:暖和} nuǎnhuo warm | {D:预报} yùbào forecast

2. Copy each new word five times in your character book. {L:注意笔顺，不要漏写笔画。}

3. Make a sentence with each pair of words. Example: {D:冷} + {D:比} "than": {D:今天比昨天冷。} "Today is colder than yesterday."
a) {D:下雪} + {D:可能} "maybe"   b) {D:暖和} + {D:一些} "a bit"   c) {D:预报} + {D:说} "say"

4. Listen to the recording "Weather Report" (track 12-3) and answer the questions on page 58 of the workbook. {L:录音可以在班级群里下载。}

5. {L:预习第十三课，把不认识的词语标出来。}

Submission: take a photo of your character book and the workbook page and upload it here before Friday 20:00. {L:迟交的作业按八折计分。}

Comments (2)
Liam: Teacher, is question 4 in the workbook also homework?
Ms. Huang: {L:是的，第四题也要做。}
""")

ll("mooc-lecture-page", """
MOOC · Chinese for Beginners (Part 2) › Unit 5 › Lecture 5.3 Telling the Time

Video length: 12:35   Lecturer: Associate Professor Xu Ning

In this lecture you will learn how to ask and tell the time in Chinese, and how to talk about your daily schedule.

Key points of this lecture
1. {D:点} diǎn (o'clock), {D:分} fēn (minute), {D:半} bàn (half), {D:刻} kè (quarter)
2. Asking the time: {D:现在几点？} Xiànzài jǐ diǎn? — What time is it now?
3. Time words go before the verb: {D:我七点起床。} I get up at seven.
4. {L:“两点”不能说成“二点”。}

Video transcript (excerpt)
[00:45] Hello everyone, welcome back. Last time we learned numbers. Today we will use them to tell the time.
[01:20] {L:大家先看这个钟，现在是八点。} Now look at the next one: it is half past eight, {D:八点半}.
[02:05] A quarter past nine is {D:九点一刻}, or you can simply say {D:九点十五分}, nine fifteen.

Quiz (3 questions, 10 points)   {L:截止日期}: 2027-03-20
Discussion: What time do you usually get up at weekends? Please answer in Chinese. {L:已有128人参与讨论}

Download: Lecture slides (PDF) | Vocabulary list (PDF)
""")

ll("about-us-address-line", """
About Us — Lotus Language Institute

Founded in 2009, Lotus Language Institute is a Chinese language school approved by the Kunming Municipal Education Bureau. We have taught more than 8,000 students from 60 countries, including university students, business people, diplomats and retirees.

Why learn Chinese in Kunming?
Kunming is known as the "City of Eternal Spring" ({D:春城} Chūnchéng) because of its mild climate all year round. The cost of living is lower than in Beijing or Shanghai, and local people speak standard Mandarin with a gentle accent.

Our mission
We believe a language is best learned through life. {L:因此我们的课程把课堂学习和社会实践结合起来}, and every week students go out to markets, villages and tea houses with their teachers.

Cooperation
We are an HSK test center and cooperate with universities in Thailand, Korea, Germany and the United States. {L:同时承接企业汉语培训和政府代表团短期项目。}

Honours
2019 Excellent Language Training Institution of Yunnan Province
2023 {L:昆明市诚信办学示范单位}

---
Lotus Language Institute {D:莲花语言学院}
{L:地址：云南省昆明市五华区翠湖南路66号}
Tel: +86 871 6533 0908 | Email: info@lotus-lang.example
{D:中文} | English | {D:日本語}
{D:滇ICP备2021004567号}   {D:滇公网安备53010202000123号}
""")

if __name__ == "__main__":
    SET.build()
