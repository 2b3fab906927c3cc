"""Build bench/sets/detect21-*.jsonl: a held-out, hand-written detection set ("detect21").

English pages that contain Chinese on purpose (travel blogs and itineraries with station
names, dishes ordered and signs photographed, expat forum threads where someone quotes a text
message or a sign and the replies explain it, Chinese-language lessons with grammar points,
measure-word tables, HSK lists, tone drills, stroke-order notes and chengyu stories, classical
poems with original, pinyin and translation, novel excerpts and author bios, surname and
genealogy pages, martial-arts and qigong lineages, Buddhist and Taoist temple and sutra pages,
festival couplets and blessings, restaurant menus, baijiu / tea / wine product pages, C-drama
and C-pop fan pages, company "about us" pages, news stories quoting a slogan or a hashtag),
in inline pairs of both orders, alternating paragraphs, lists, Markdown tables, captions,
poems line by line and in stanza blocks, names in brackets, ICP footers and Chinese left
unglossed on purpose; and half-translated pages (MT mirrors of travel agencies, hotels,
scenic spots, restaurants, language schools, publishers, temples, e-commerce shops, local
government and city portals, with untranslated clauses glued in with `,` or `，`, whole
untranslated sentences and paragraphs, table cells, headings, menu items, breadcrumbs, CMS
labels, specs, reviews, captions, leftovers next to bilingual-looking material that do not
translate it, short and long leftovers), several of which also carry deliberate Chinese (a
logo with its translation, a `中文` language link, an ICP number) marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). The style imitates ../shared/corpus/real, but
every sentence was written for this set. The set was written BLIND on 2026-12-02: without
reading mtmend's code, its tests, the other bench sets or their builders (only bench/blind_set.py,
`marked()`/`Doc` from build_detection_sets.py and the first lines of build_blind19.py were looked
at, as a model of the format), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind21.py` from the repository root; it rewrites
bench/sets/detect21-deliberate.jsonl (ids d21d-NN) and bench/sets/detect21-leftovers.jsonl
(ids d21l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect21", chars=(600, 2500), lines=(8, 30))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("travel-stations", """
Day 4: Xi'an to Chengdu on the fast train

We left the hostel at half past six because the taxi driver warned us the ring road jams early. Xi'an North station is enormous, so give yourself forty minutes just to walk from the entrance to the gate.

The board lists trains by number and destination, and the destination is in characters first. Ours said {D:成都东} in big red letters with "Chengdu East" underneath in a much smaller font. If your ticket says {D:西安北}, that is Xi'an North, not the old city-centre station {D:西安站}, which only has slow trains.

Things I photographed so you don't have to guess:

- {D:检票口} (jiǎnpiào kǒu) – ticket gate, followed by a number like 12A
- {D:候车室} – waiting hall
- {D:正在检票} – boarding now, so run
- {D:停止检票} – gate closed, you are too late

The ride took just over three hours through the Qinling mountains, mostly tunnels. The trolley lady sold us two boxes of rice with braised pork and a bottle of {D:冰红茶}, the sweet iced black tea everyone seems to drink on trains.

At Chengdu East we followed signs for {D:地铁} (metro) and were at our guesthouse in Kuanzhai Alley by lunchtime. Tomorrow: pandas, and far too much chilli.
""")

dd("travel-dishes", """
What we ate in Guilin (and how to order it)

My partner does not eat pork, which made ordering in small noodle shops a real adventure. After a week I had a tiny phrasebook of dishes in my phone notes, so here it is.

Guilin rice noodles, {D:桂林米粉}, are the reason to come. You pay at the counter, get a bowl of plain noodles and a little ladle of broth, then load up from the self-service toppings: pickled beans, peanuts, spring onion and fiery chilli.

If you want beef instead of the default pork, ask for {D:牛肉粉}. We also loved {D:啤酒鱼}, beer fish from Yangshuo, which is a whole river fish cooked in local beer with tomato and peppers. It is sold by weight, so check the price per {D:斤} (half a kilo) before they kill it.

Other things worth trying:
1. Taro loaf with pork belly – skip if, like us, you avoid pork
2. Stuffed snails from the Li River, {D:田螺酿}
3. Osmanthus cake, soft and only faintly sweet

A handy sentence for the waiter: {D:不要猪肉} (bú yào zhūròu), "no pork". Most places were very patient with us, and one aunt even drew a pig on a napkin and crossed it out to check she had understood.
""")

dd("forum-text-message", """
Re: Landlord sent me this, is it bad?

Posted by wellington_kiwi

My landlord just sent me this on WeChat and the translate button gives me nonsense. Is he kicking me out?

"{D:小王，下周三物业要来查水表，家里有人吗？}"

Reply from laowai_in_hz

Relax, it is nothing scary. He is asking whether someone will be home next Wednesday because the property management ({D:物业}) is coming to check the water meter. {D:小王} is just him calling you "young Wang", it is friendly.

Reply from wellington_kiwi

Ha, my surname isn't Wang though. Is that a mistake?

Reply from suzhou_sarah

Probably your Chinese name on the contract starts with {D:王}, or he has mixed you up with the last tenant. Either way, you can answer {D:有人} ("someone will be in") or {D:没人，我把钥匙放门口} if you want to leave the key by the door. I would not leave the key outside though.

Reply from laowai_in_hz

Also, "check the water meter" is sometimes a joke here, a polite way of saying the police are knocking. In this case it really is the meter. Don't worry.
""")

dd("forum-sign", """
Thread: What does this sign on my gym locker mean?

Original post by dutchie_in_shenzhen

Every locker at my new gym has a yellow sticker saying {D:贵重物品请勿存放} and then a tiny line at the bottom. Photo attached. Can anyone read it? I am wondering whether I am allowed to leave my phone in there.

Reply by MaxFromMunich

The big line means "please do not store valuables". The small line is {D:遗失概不负责}, which is the usual disclaimer, "we take no responsibility for losses". So yes you can leave your phone, but if it disappears the gym will point at the sticker.

Reply by dutchie_in_shenzhen

Great, thanks. There is also a sign on the sauna door that just says {D:限时十五分钟}.

Reply by MaxFromMunich

Fifteen minutes maximum. The character {D:限} means limit, you will see it everywhere, like {D:限速} on roads for speed limit.

Reply by ann_in_gz

Small addition: at my gym the front desk keeps a box for phones and wallets, ask for {D:寄存}, it means left-luggage or safekeeping. Free and much safer than the lockers.
""")

dd("lesson-grammar", """
Grammar point: the {D:把} construction, part 1

In everyday Chinese, the {D:把} structure moves the object in front of the verb so you can say what happened to it. The pattern is subject + {D:把} + object + verb + something extra. You cannot just end with a bare verb.

Example 1. {D:我把门关上了。} I closed the door.
Example 2. {D:请把手机关掉。} Please switch off your phone.
Example 3. {D:他把我的咖啡喝完了！} He finished my coffee!

Notice that each verb is followed by a result: {D:上} (shut), {D:掉} (off, away), {D:完} (finished). Learners often write {D:我把书看}, which sounds unfinished to a native speaker, rather like saying "I the book read" in English.

When not to use it: verbs of feeling or knowing, such as {D:喜欢} and {D:知道}, do not take this structure. You would never say "I {D:把} him like".

Practice: turn these into the {D:把} pattern.
a) I put the keys on the table.
b) She sent the letter.
c) Please write your name clearly.

Answers are at the bottom of part 2, next week.
""")

dd("lesson-measure-words", """
Measure words you will need in your first month

Chinese nouns need a measure word between a number and the noun. English does this too with "a loaf of bread" or "a pair of shoes", but Chinese does it with almost everything. Here is a starter table.

| Measure word | Pinyin | Used for | Example |
|---|---|---|---|
| {D:个} | gè | people, general objects | {D:三个人} three people |
| {D:本} | běn | books, magazines | {D:两本书} two books |
| {D:张} | zhāng | flat things: paper, tickets, tables | {D:一张票} one ticket |
| {D:条} | tiáo | long thin things: fish, roads, trousers | {D:一条鱼} one fish |
| {D:杯} | bēi | cups and glasses of drink | {D:一杯茶} a cup of tea |
| {D:辆} | liàng | vehicles | {D:一辆车} a car |

If you forget the correct one, {D:个} is a safe fallback and people will understand you, though it sounds a little childish with things like books.

Remember that "two" before a measure word is {D:两}, not {D:二}. So it is {D:两个}, never {D:二个}.

Homework: describe your desk using at least four measure words from the table.
""")

dd("lesson-hsk-list", """
HSK 2 vocabulary: weather and seasons (12 words)

These come up in the listening section nearly every year, usually in a short dialogue about whether to take an umbrella. Learn them in pairs.

{D:天气} tiānqì – weather
{D:晴} qíng – sunny, clear
{D:阴} yīn – overcast
{D:下雨} xià yǔ – to rain
{D:下雪} xià xuě – to snow
{D:冷} lěng – cold
{D:热} rè – hot
{D:春天} chūntiān – spring
{D:夏天} xiàtiān – summer
{D:秋天} qiūtiān – autumn
{D:冬天} dōngtiān – winter
{D:季节} jìjié – season

Memory tip: {D:晴} contains the sun radical on the left, while {D:阴} has a radical that once meant a hill, the shady side of it.

Example dialogue for practice:
A: {D:明天天气怎么样？} What will the weather be like tomorrow?
B: {D:听说会下雨，你带伞吧。} I heard it will rain, take an umbrella.

Next list: transport and directions.
""")

dd("lesson-tones", """
Tone drill 6: second tone followed by third tone

This week we practise the combination that my students find hardest, a rising tone followed by a low dipping tone. Say each word slowly three times, then at normal speed. Record yourself and compare with the audio.

1. {D:没有} méiyǒu – not have
2. {D:啤酒} píjiǔ – beer
3. {D:苹果} píngguǒ – apple
4. {D:词典} cídiǎn – dictionary
5. {D:游泳} yóuyǒng – to swim
6. {D:牛奶} niúnǎi – milk

The trap is letting the second syllable rise back up at the end. In connected speech the third tone usually stays low and does not climb again, so {D:苹果} sounds more like "ping-guo" with the second half flat at the bottom of your voice.

Minimal pairs to test your ear. Which one do you hear?

{D:买} mǎi (buy) / {D:卖} mài (sell)
{D:汤} tāng (soup) / {D:糖} táng (sugar)

A classic shop joke: if you mix up these two, you tell the shopkeeper you want to sell something when you meant to buy. Half my class did it last term.
""")

dd("lesson-stroke-order", """
Stroke order notes: the character for "eternal"

Calligraphy teachers love {D:永} (yǒng, eternal, forever) because its five strokes contain nearly every basic stroke type. The old teaching method called the "eight principles of yong", {D:永字八法}, uses this single character to train the hand.

Stroke by stroke:

1. The dot at the top, pressed down and lifted.
2. A horizontal that turns down into a vertical hook.
3. A short rising stroke to the left.
4. A left-falling sweep.
5. A long right-falling stroke with a heavy end.

Beginners often write the left side before the top dot. The rule of thumb is top before bottom, left before right, and the outside before the inside, but dots that sit on top of a character come first.

Practise it on grid paper with a square divided into nine boxes, {D:九宫格}, so you can see where each stroke should start. After {D:永}, move on to {D:水} (water), which looks similar but has a different order in the middle.

Next week: characters with an enclosure, like {D:国} and {D:回}, where the frame is closed last.
""")

dd("lesson-chengyu", """
Chengyu of the week: waiting by a tree stump for a rabbit

{D:守株待兔} (shǒu zhū dài tù)

The story comes from the philosopher Han Feizi. A farmer in the state of Song was working in his field when a rabbit ran headlong into a tree stump, broke its neck and died. The farmer took it home and enjoyed a free dinner.

From that day on he put down his hoe and sat beside the stump, waiting for another rabbit. None came, his fields went to weeds, and the whole state laughed at him.

Today the idiom describes someone who waits passively for luck instead of working, or who clings to one lucky experience as if it were a rule.

How it is used:
{D:找工作不能守株待兔，要主动投简历。} You can't just sit and wait when job-hunting, you have to send out your CV.

Related idioms:
- {D:刻舟求剑} – marking the boat to find the sword, applying an old method to a changed situation
- {D:拔苗助长} – pulling up seedlings to help them grow, spoiling things through impatience

Quiz: which of the three would you use for a parent who pushes a toddler to read too early?
""")

dd("poem-line-by-line", """
Quiet Night Thought, by Li Bai

This is perhaps the first poem every Chinese child learns by heart, usually before they can read all its characters. Here it is line by line with pinyin and a plain translation.

{D:静夜思}
Jìng yè sī – Thoughts on a quiet night

{D:床前明月光，}
Chuáng qián míng yuè guāng,
Before my bed, the bright moonlight,

{D:疑是地上霜。}
yí shì dì shàng shuāng.
I wondered if it was frost on the ground.

{D:举头望明月，}
Jǔ tóu wàng míng yuè,
I raise my head and gaze at the bright moon,

{D:低头思故乡。}
dī tóu sī gù xiāng.
I lower my head and think of home.

A note on the first word: scholars still argue about {D:床}. In modern Chinese it means bed, but some argue that in the Tang dynasty it could mean the frame around a well, so the poet may have been outside in a courtyard. Either way the feeling is the same.
""")

dd("poem-stanza-block", """
Spring Dawn – Meng Haoran (689–740)

Meng Haoran spent most of his life as a recluse near Xiangyang and is remembered for short, gentle nature poems. This one is only twenty characters long.

Original:

{D:春眠不觉晓，
处处闻啼鸟。
夜来风雨声，
花落知多少。}

Translation:

Sleeping in spring, I did not notice the dawn,
everywhere I hear birds singing.
Last night there was the sound of wind and rain,
how many blossoms must have fallen?

What makes the poem work is the change in the last line. The first three lines are lazy and comfortable, and then the poet suddenly wonders what the storm cost the garden while he slept. Readers have long seen a quiet sadness there about time passing.

The title {D:春晓} is often translated as "Spring Morning", but "dawn" keeps the idea of the moment light arrives.
""")

dd("novel-excerpt", """
Reading group notes: Lu Xun, "Kong Yiji"

This month we read Lu Xun's short story about a failed scholar who drinks at the Prosperity Tavern in Luzhen. The story is narrated by a boy who worked behind the counter, looking back twenty years later.

The original title is simply the character's name, {D:孔乙己}, which is itself a joke: the three characters come from the first line of a children's copybook, so he is named after something meaningless.

The most quoted moment is when Kong Yiji is mocked for stealing books and insists that taking books is not theft:

"{D:窃书不能算偷……窃书！……读书人的事，能算偷么？}"

"Stealing books can't count as stealing... Taking books! The business of a scholar, how can that be called stealing?"

Several of us noted how the old-fashioned word {D:窃} lets him pretend he is above the ordinary {D:偷} that the other drinkers use. He hides behind literary language even as he is beaten.

The final line, that he has "probably, indeed, died", is a famous puzzle for translators, because the Chinese places "probably" and "indeed" side by side.

Next month: "My Old Home".
""")

dd("author-bio", """
About the author: Xiao Hong (1911–1942)

Xiao Hong ({D:萧红}), born Zhang Naiying ({D:张乃莹}) in Hulan county, Heilongjiang, is one of the most admired prose writers of the Republican period. She ran away from an arranged marriage, lived in poverty in Harbin, and was helped into print by Lu Xun in Shanghai.

Her major works:

- The Field of Life and Death ({D:生死场}), 1935, about peasants in the north-east before and during the Japanese occupation
- Tales of Hulan River ({D:呼兰河传}), 1940, a lyrical memoir-novel of her childhood town
- Ma Bole ({D:马伯乐}), an unfinished satirical novel

She died in Hong Kong at the age of thirty, during the Japanese occupation, after a botched operation. Her life was the subject of the 2014 film The Golden Era ({D:黄金时代}), directed by Ann Hui and starring Tang Wei.

Translator Howard Goldblatt did more than anyone to bring her into English, and his versions of both major novels are still in print.

Suggested starting point: the opening chapter of Tales of Hulan River, about a huge mud pit in the middle of the main street that nobody ever fills in.
""")

dd("surname-page", """
Surname profile: Chen

Chen ({D:陈}) is among the five most common surnames in China and is especially widespread in Fujian, Guangdong and Taiwan, where it often ranks first. In Cantonese it is pronounced Chan, in Hokkien Tan, which is why families of the same origin can have very different spellings in the West.

Origins.
Tradition traces the name to the ancient state of Chen, in today's Huaiyang in Henan, whose rulers claimed descent from the sage king Shun. When the state was conquered in 479 BC, many of its people took the state's name as a surname.

The ancestral hall name. Many Chen families display the hall name {D:颍川堂} (Yingchuan Hall) on their doors and gravestones, after the commandery where a famous branch of the clan lived in the Han dynasty.

Generation poems. Lineages often fix the middle character of each generation's given names by a poem. One Fujian branch, for example, uses a line beginning {D:宗德传家远}, so brothers of one generation all share {D:宗}, their sons share {D:德}, and so on.

Spellings you may meet in old records: Chen, Chan, Tan, Tran (the Vietnamese form), Chin and Ting.

Researching a Chen ancestor?

Start with the village name, not the surname, since almost every county has several unrelated Chen lineages.
""")

dd("genealogy-record", """
Transcribing my great-grandfather's grave tablet

After two years of emails we finally got a photo of the tablet from a cousin in Taishan. For anyone else trying to read one, here is how ours breaks down, top to bottom and right to left.

Centre column: {D:显考黄公讳瑞昌府君之墓}

- {D:显考} – "illustrious late father", the standard way sons refer to a dead father
- {D:黄公} – Mr Huang, our surname (Wong in Cantonese)
- {D:讳瑞昌} – his personal name, Ruichang, introduced by a word meaning "taboo name"
- {D:府君之墓} – the tomb of the honoured gentleman

Right column: the date, given in the old reign-year style, {D:民国二十六年}, the 26th year of the Republic, which is 1937.

Left column: the names of the sons who erected the tablet. My grandfather is the second one, {D:黄国栋}, which finally confirmed the link we had been guessing at from shipping lists.

Tip: the {D:讳} character is often carved very small or off to one side. Don't skip it, because the name comes right after.
""")

dd("martial-lineage", """
Our lineage

Riverside Tai Chi teaches Chen-style taijiquan ({D:陈式太极拳}) in the line of Grandmaster Feng Zhiqiang ({D:冯志强}), who studied under Chen Fake in Beijing.

Lineage chart:

Chen Changxing ({D:陈长兴}), 1771–1853
Chen Gengyun ({D:陈耕耘})
Chen Yanxi ({D:陈延熙})
Chen Fake ({D:陈发科}), 1887–1957
Feng Zhiqiang, 1928–2012
Master Li Wei, our head teacher since 2004

In 1993 Master Feng founded his own system and called it Hunyuan, {D:混元太极}, meaning "primordial unity". It keeps the Chen forms but adds a set of standing and silk-reeling exercises for health.

The calligraphy above our training hall was written by Master Li's own teacher and reads {D:以心行气}, "use the mind to move the qi", a phrase from the old taiji classics.

Classes are on Tuesday and Thursday evenings and Saturday mornings. Beginners start with the 24 basic exercises, not the long form, so do not worry if you have never practised before.
""")

dd("qigong-page", """
Eight Brocades: a ten-minute morning routine

The Eight Pieces of Brocade, {D:八段锦} (bā duàn jǐn), is a qigong set at least eight hundred years old. Each movement has a short rhyming name in Chinese that tells you what it is for, which is why we teach the names alongside the moves.

1. {D:两手托天理三焦} – Hold up the sky with both hands to regulate the body
2. {D:左右开弓似射雕} – Draw the bow to the left and right, like shooting an eagle
3. {D:调理脾胃须单举} – Raise one arm at a time to settle the stomach
4. {D:五劳七伤往后瞧} – Look back to ease fatigue and strain
5. {D:摇头摆尾去心火} – Sway the head and tail to calm the heart fire
6. {D:两手攀足固肾腰} – Reach down to the feet to strengthen the back
7. {D:攒拳怒目增气力} – Clench the fists and glare to build strength
8. {D:背后七颠百病消} – Bounce on the heels seven times

Do each movement eight times, breathing slowly through the nose. The whole set takes about ten minutes, and you can do it in a small room in pyjamas.

If you have knee problems, keep the horse stance in movements 2 and 7 high and short.
""")

dd("temple-sutra", """
Visiting Lingyin Temple: what the halls and texts are called

Lingyin Temple, {D:灵隐寺}, sits in the hills west of Hangzhou's West Lake and dates back to the year 328. Tickets for the Feilai Feng park and the temple itself are sold separately, so keep both stubs.

The first hall is the Hall of the Heavenly Kings, {D:天王殿}, with a plaque reading {D:云林禅寺} written by the Kangxi emperor. He renamed the temple on a visit, but nobody ever stopped calling it Lingyin.

Behind it is the Great Hall, {D:大雄宝殿}, with a gilded Buddha nearly twenty metres tall carved from camphor wood.

In the afternoon you can often hear the monks chanting the Heart Sutra, {D:般若波罗蜜多心经}, one of the shortest sutras. Its final mantra is written in characters that only record the Sanskrit sounds:

{D:揭谛揭谛，波罗揭谛，波罗僧揭谛，菩提萨婆诃。}
gate gate pāragate pārasaṃgate bodhi svāhā

Visitors often copy the sutra by hand in the temple's tea room for a small donation. The ink and paper are provided.
""")

dd("taoist-text", """
The opening of the Daodejing

Few books have been translated into English more often than the Daodejing, {D:道德经}, traditionally credited to Laozi. Its first chapter sets the tone for all eighty-one.

{D:道可道，非常道。} The way that can be spoken of is not the constant way.
{D:名可名，非常名。} The name that can be named is not the constant name.
{D:无名天地之始，} The nameless is the beginning of heaven and earth,
{D:有名万物之母。} the named is the mother of the ten thousand things.

The puzzle starts in the very first line. The character {D:道} is used three times: as a noun, "the way", as a verb, "to speak", and then again as a noun. English cannot reproduce the pun, so translators either add a footnote or give up.

Most versions read {D:常} as "constant" or "eternal". The silk manuscripts found at Mawangdui in 1973 have a different character, {D:恒}, which may have been changed later to avoid the personal name of a Han emperor.

We read one chapter each week in our Thursday group. Bring any translation you like, comparing them is half the fun.
""")

dd("festival-couplets", """
Spring Festival couplets: how to read and hang them

Around the New Year, front doors across China get a fresh pair of red paper strips, one on each side, plus a short horizontal banner across the top. Together they are called {D:春联}.

The two vertical lines must match in length, grammar and tone pattern. A popular pair this year:

Right side: {D:春回大地千山秀}
Left side: {D:福满人间万户兴}
Top banner: {D:万象更新}

Roughly: "Spring returns to the land and a thousand hills grow lovely; blessings fill the world and ten thousand households prosper. Everything is renewed."

Which side is which? The line ending in a falling tone (here {D:秀}, xiù) goes on the right as you face the door, and the line ending in a level tone ({D:兴}, xīng) on the left. Many shops now print them with small arrows to save the argument.

You will also see a single square {D:福}, "good fortune", pasted upside down. The word for upside down sounds like the word for "arrived", so an upside-down fortune means fortune has come.
""")

dd("festival-blessings", """
Ten New Year blessings to send your colleagues

Messages on WeChat start flying a week before the holiday. Here are ten safe greetings, from very formal to cheerful, with a note on when to use each.

{D:新年快乐} – Happy New Year. Fine for anyone.
{D:春节快乐} – Happy Spring Festival.
{D:恭喜发财} – Wishing you prosperity. Cheerful and very common, the classic line when asking for a red envelope.
{D:万事如意} – May everything go as you wish.
{D:身体健康} – Good health. Good for older relatives.
{D:工作顺利} – May your work go smoothly. Ideal for colleagues.
{D:心想事成} – May your wishes come true.
{D:年年有余} – Surplus every year, a pun on the word for fish.
{D:阖家幸福} – Happiness to your whole family. Quite formal.
{D:龙年大吉} – Great luck in the Year of the Dragon.

You can combine two of them with a comma. Send them on New Year's Eve rather than on the day itself, when everyone's phone is overloaded.
""")

dd("menu-bilingual", """
Golden Lotus Kitchen – Dinner menu

All dishes are cooked to order. Please tell us about allergies. Spice level can be adjusted.

Starters
{D:夫妻肺片} Sliced beef and tripe in chilli oil – 48
{D:拍黄瓜} Smashed cucumber with garlic – 22
{D:口水鸡} "Mouth-watering" poached chicken – 45

Mains
{D:宫保鸡丁} Kung Pao chicken with peanuts – 58
{D:麻婆豆腐} Mapo tofu with minced beef – 42
{D:水煮鱼} Fish slices poached in chilli broth – 98
{D:干煸四季豆} Dry-fried green beans – 38

Rice and noodles
{D:担担面} Dan dan noodles – 28
{D:蛋炒饭} Egg fried rice – 20

Dessert
{D:红糖糍粑} Fried rice cakes with brown sugar syrup – 26

Prices in RMB. A 10% service charge applies to tables of eight or more.
""")

dd("baijiu-product", """
Kweichow Moutai Prince Liquor, 500 ml

Product name: {D:茅台王子酒}
Style: sauce aroma ({D:酱香型})
Alcohol: 53% vol
Origin: Maotai town, Renhuai, Guizhou

The Prince range is the accessible face of the Moutai group. It is made with the same red sorghum and spring water as the famous flagship bottle, but aged for a shorter time.

Tasting notes: soy sauce and roasted grain on the nose, then dried fruit, a little smoke and a very long finish. It is strong, so pour a thimble-sized cup and sip.

Serving: traditionally drunk neat at room temperature during a banquet. The host will raise a glass and say {D:干杯}, literally "dry the cup", and everyone is expected to finish theirs.

What the label says: the red seal at the top reads {D:贵州茅台酒股份有限公司}, Kweichow Moutai Co., Ltd., the producer. The small line near the bottom is the production licence number.

Ships within 3 working days. Over-18s only.
""")

dd("tea-product", """
Tieguanyin oolong, spring harvest 2026 (100 g)

Tieguanyin, {D:铁观音}, or Iron Goddess of Mercy, is the best known oolong from Anxi county in southern Fujian. The leaves are rolled into tight green pellets that open slowly in the pot.

Grade: {D:特级} (special grade)
Roast: light, fresh "fragrant" style ({D:清香型})
Harvest: April 2026

Brewing guide:
- Water at 95 °C
- 7 g of leaf in a 100 ml gaiwan
- Rinse once, then steep for 20 seconds, adding 10 seconds each round
- Good for six or seven infusions

The legend behind the name: a poor farmer cleaned a ruined temple of Guanyin, the goddess of mercy, and was shown in a dream a tea bush behind it. The tea was later named after the iron statue in the temple.

Store in the fridge in a sealed bag and drink within a year to keep the floral aroma.
""")

dd("wine-product", """
Château Changyu Moser XV – Cabernet Sauvignon 2021

Producer: Changyu Moser XV ({D:张裕摩塞尔十五世酒庄})
Region: Ningxia, Helan Mountain East
Grapes: 100% Cabernet Sauvignon
Oak: 18 months in French barrels

The Ningxia region on the eastern foothills of the Helan Mountains, {D:贺兰山东麓}, has become China's best-known wine area in the last fifteen years. Dry air, big day-night temperature swings and sandy soil suit red grapes, though vines have to be buried in winter to survive the frost.

This wine shows blackcurrant, cedar and a touch of dried herbs, with firm tannins that soften after an hour in a decanter. Pair it with lamb skewers, Ningxia's own speciality.

The back label lists the importer's details in Chinese and English. The line reading {D:干红葡萄酒} simply means "dry red wine".

Cellar potential: five to eight years. Free UK delivery on cases of six.
""")

dd("cdrama-fan", """
Fan guide: Nirvana in Fire (2015)

If you only watch one historical C-drama, make it this one. Nirvana in Fire, {D:琅琊榜}, follows a sickly strategist who returns to the capital under a false name to clear his family and avenge an army that was betrayed twelve years earlier.

Main cast:
- Hu Ge ({D:胡歌}) as Mei Changsu
- Liu Tao ({D:刘涛}) as Princess Nihuang
- Wang Kai ({D:王凯}) as Prince Jing
- Huang Weide ({D:黄维德}) as Prince Yu

The title refers to the "Langya list", a ranking of the finest people in the land published by the mysterious Langya Hall. The English title was chosen by the distributor and has nothing to do with fire at all, which confused many of us at first.

Where to watch: the full 54 episodes are on YouTube with official English subtitles.

The sequel, The Wind Blows from Longxi? No, that is a different show. The true sequel is {D:琅琊榜之风起长林}, set fifty years later with a new cast. Opinions in our forum are very divided.
""")

dd("cpop-lyrics", """
Lyrics: "Tian Mi Mi" – Teresa Teng (1979)

Teresa Teng's {D:甜蜜蜜} ("Sweet as honey") is built on an Indonesian folk melody and became one of the best-loved Mandarin songs ever recorded. It later gave its name to Peter Chan's 1996 film starring Maggie Cheung and Leon Lai.

First verse with translation:

{D:甜蜜蜜，你笑得甜蜜蜜，}
Sweet, your smile is so sweet,
{D:好像花儿开在春风里，}
like a flower opening in the spring breeze,
{D:开在春风里。}
opening in the spring breeze.

{D:在哪里，在哪里见过你，}
Where, where have I seen you before,
{D:你的笑容这样熟悉，}
your smile is so familiar,
{D:我一时想不起。}
for a moment I cannot remember.

Singing tip for karaoke: the repeated {D:甜蜜蜜} is sung very lightly, almost whispered. Don't belt it.
""")

dd("company-about", """
About us

Greenleaf Lighting Technology Co., Ltd. ({D:绿叶照明科技有限公司}) was founded in Zhongshan, Guangdong in 2009. Zhongshan's Guzhen town is often called the lighting capital of China, and our first workshop stood three streets from the main lighting market.

Today we employ 420 people and export LED panels, downlights and outdoor floodlights to more than 40 countries. All our factories are ISO 9001 and ISO 14001 certified.

Our name. The founder, Mr Lin, chose the characters {D:绿叶} because a green leaf turns light into energy without waste, which is what we want our products to do in reverse.

Our motto, written in the founder's calligraphy in the entrance hall, is {D:诚信为本，品质第一}: "Integrity as the foundation, quality first."

Contact
Address: 18 Xinghui Road, Guzhen, Zhongshan, Guangdong, China
Phone: +86 760 2233 4455
Email: sales@greenleaf-led.example

Copyright © 2026 Greenleaf Lighting. {D:粤ICP备13058827号}
""")

dd("news-hashtag", """
Beijing's "city walk" craze spreads to smaller towns

Young people across China are trading crowded tourist sites for slow wanders through old neighbourhoods, and the trend now has its own tag on the lifestyle app Xiaohongshu.

Reporting by our Beijing desk

Posts labelled {D:#城市漫步#} (city walk) have been viewed more than four billion times, according to the platform. Users share maps of lanes, hole-in-the-wall snack shops and hand-painted shop signs, and the most popular routes run through the hutongs around Beijing's Drum Tower.

City governments have noticed. Tourism officials in Quanzhou, Jingdezhen and Zibo have printed their own walking maps, and Quanzhou's slogan for the summer, {D:来泉州，慢慢走}, "Come to Quanzhou, take it slowly", appears on banners at the railway station.

Not everyone is pleased.
Residents of one popular lane in Shanghai put up a handwritten notice asking visitors to keep their voices down, reading simply {D:居民区，请安静}.

Analysts say the trend reflects tighter budgets as much as taste, since a walk costs nothing. 
Still, local cafés along the routes report a busy season.
""")

dd("travel-signs-unglossed", """
Photo diary: the signs of Pingyao

Pingyao is one of the few Chinese cities that kept its entire Ming-dynasty wall, and walking it takes about two hours. 
I spent most of my time looking up.

The most photographed sign in town hangs over the old bank on West Street, with three huge gilt characters: {D:日昇昌}. 
It was the first of the Shanxi remittance banks, founded around 1823, and at its peak it moved silver for merchants from Beijing to Chongqing.

Further on there is a shop whose name, {D:长升源}, I never worked out. It sells Pingyao beef, salty and almost purple, vacuum-packed for travellers.

My favourite, though, was a hand-written board outside a guesthouse on a side lane: just two characters, {D:客满}, and a little smiley face. 
I had to ask the owner. It means "full", no rooms left, and she said the face was to make people less disappointed.

Practical notes: the combined ticket covers the wall and about twenty sights, and is valid for three days. Electric carts wait at the gates if your feet give out.
""")

dd("lesson-alternating", """
Dialogue 7: At the train ticket office

Read the Chinese line first, cover the English, and see how much you can understand.

{D:你好，我想买一张去杭州的票。}

Hello, I'd like to buy a ticket to Hangzhou.

{D:几点的？今天还是明天？}

What time? Today or tomorrow?

{D:明天上午，越早越好。}

Tomorrow morning, the earlier the better.

{D:七点十分的有二等座，可以吗？}

There's a second-class seat at ten past seven, is that all right?

{D:可以。多少钱？}

Yes. How much?

{D:七十三块。请给我看一下你的护照。}

Seventy-three yuan. Please show me your passport.

Grammar note: {D:越早越好} uses the pattern "{D:越}... {D:越}...", the more... the more.... You can build many phrases with it, such as {D:越快越好}, the faster the better.
""")

dd("itinerary-table", """
Yunnan in ten days – our route

We did this trip in March with two kids (9 and 12) using trains and one hired driver. Place names are given as they appear on road signs and train tickets, which helped a lot.

| Day | Place | Chinese | Stay |
|---|---|---|---|
| 1–2 | Kunming | {D:昆明} | Near Green Lake |
| 3 | Stone Forest | {D:石林} | Day trip |
| 4–5 | Dali | {D:大理} | Old town guesthouse |
| 6–7 | Lijiang | {D:丽江} | Shuhe village |
| 8 | Tiger Leaping Gorge | {D:虎跳峡} | Tina's guesthouse |
| 9–10 | Shangri-La | {D:香格里拉} | Dukezong old town |

The train from Kunming to Dali takes two hours and the one onwards to Lijiang just over one. Book them on the railway app as soon as sales open, since March is busy.

At Tiger Leaping Gorge, look for the yellow arrows and the painted words {D:中虎跳} for Middle Rapids. The walk down to the river is steep and the kids loved the wobbly ladder.

Shangri-La sits at over 3,000 metres, so we took it very slowly on the first day.
""")

dd("forum-qa-tattoo", """
Q: Does my tattoo actually say "strength"?

Asked by jess_r

I got this done in Bali ten years ago and a Chinese coworker smiled when she saw it. The artist told me it means "strength and courage". The characters are {D:力勇}. Be honest.

Answer by linguist_lee

Good news, nothing embarrassing. {D:力} is strength and {D:勇} is courage, so each character on its own is fine. The order is a bit odd though. A native speaker would expect {D:勇气} for courage, or a set phrase like {D:力量与勇气}. Two single characters side by side read a bit like "strength brave".

Answer by mei_in_toronto

Your coworker was probably just surprised to see Chinese on you. I have seen far worse. A friend has {D:鸡汤} on his ankle, which he was told meant "soul" but actually means chicken soup.

Reply from jess_r

OK, I can live with "strength brave". Poor chicken soup guy.

Answer by linguist_lee

To be fair, chicken soup for the soul. He is halfway there.
""")

dd("museum-free-caption", """
Exhibition: Letters from the Gold Mountain

Between 1850 and 1950 tens of thousands of men left the Pearl River Delta for California, Australia and Canada, a land their families called {D:金山}, Gold Mountain. This room shows letters they sent home.

Case 1. A remittance envelope, 1921
Sent from Victoria, British Columbia to Kaiping. The red panel in the centre gives the village address, {D:开平县赤坎镇}, and the sender's name, {D:关锦泉}. Inside was a draft for 50 dollars and a short note asking about the harvest.

Case 2. A family photograph
The back is inscribed {D:民国十年摄于域多利}, "photographed in Victoria, 10th year of the Republic", using the Cantonese name for the city.

Case 3. Watchtower postcard
Many families used remittances to build fortified towers called {D:碉楼}. About 1,800 still stand in Kaiping, and they were listed as a World Heritage site in 2007.

Audio guide in English and Cantonese at the entrance.
""")

dd("poem-quotation-english-first", """
Du Fu and the spring view

In the spring of 757 the poet Du Fu was trapped in Chang'an, which rebels had captured and burned. 
He wrote a short poem there that every Chinese student still memorises.

The country is broken, yet mountains and rivers remain; {D:国破山河在}. In the city it is spring, and grass and trees grow thick; {D:城春草木深}.

Feeling the times, even the flowers shed tears; {D:感时花溅泪}. Hating separation, even the birds startle the heart; {D:恨别鸟惊心}.

The beacon fires have burned for three months on end; {D:烽火连三月}. A letter from home would be worth ten thousand in gold; {D:家书抵万金}.

My white hair, scratched, grows ever thinner; {D:白头搔更短}. Soon it will be too short to hold a hairpin; {D:浑欲不胜簪}.

The title is {D:春望}, "Spring View". 
Its opening line was quoted so often in the twentieth century, during war after war, that it became a kind of proverb for national disaster.
""")

dd("hsk-sentence-pairs", """
HSK 3 writing practice: put the words in order

In part one of the HSK 3 writing test you are given scrambled words and must build a correct sentence. Here are six I set my class last week, each followed by the answer and a translation.

{D:我 / 已经 / 作业 / 完 / 写 / 了}
{D:我已经写完作业了。} I have already finished my homework.

{D:比 / 今天 / 昨天 / 冷 / 多了}
{D:今天比昨天冷多了。} Today is much colder than yesterday.

{D:被 / 自行车 / 我的 / 借走了 / 哥哥}
{D:我的自行车被哥哥借走了。} My bike was borrowed by my older brother.

{D:一边 / 他 / 一边 / 吃饭 / 看电视}
{D:他一边吃饭一边看电视。} He watches TV while eating.

Common mistake: putting time words at the end, as in English. In Chinese, "already" and "yesterday" come before the verb.

Set B, with harder patterns such as {D:除了……以外}, will be posted on Friday.
""")

dd("wedding-characters", """
Why the double happiness sign is everywhere at Chinese weddings

If you are invited to a Chinese wedding, you will see one character more than any other: {D:囍}, "double happiness". It is two copies of {D:喜} (happiness) written side by side, and it does not exist in ordinary writing at all. It is only used for weddings.

Where you will find it:
- cut out of red paper and stuck on the bride's door
- printed on the red envelopes guests bring, called {D:红包}
- on the lids of the sweets handed out at the banquet
- sometimes baked into the top of the cake

The folk story says a young scholar on his way to the imperial exams wrote half a couplet for a girl he met, passed the exam, and then married her, so he had two pieces of happiness at once and wrote the character twice.

Guest etiquette: give money in even amounts, avoid anything with a four in it, and write your name on the envelope so the couple's family can record it. Saying {D:百年好合}, "a hundred years of harmony", when you hand it over is always welcome.
""")

dd("drama-ost", """
OST roundup: Love Between Fairy and Devil

The 2022 fantasy drama Love Between Fairy and Devil ({D:苍兰诀}) had one of the strongest soundtracks of the year. Here is what is on the official album, with the original titles so you can find them on streaming apps.

1. "Blue Orchid" – {D:苍兰诀} theme, sung by Zhou Shen ({D:周深})
2. "Unforgettable" – {D:不负}
3. "Moonlight on the River" – {D:月下}
4. "Waiting for the Wind" – ending theme
5. Instrumental suite

Zhou Shen's theme is the one everyone hums. His very high, clear voice suits the fairy side of the story, while the orchestra gets darker whenever the demon lord appears.

Leads Yu Shuxin ({D:虞书欣}) and Wang Hedi ({D:王鹤棣}) do not sing on the album, despite fan petitions.

Track 4 has no Chinese title on some platforms because it was released late as a bonus. Let us know in the comments if you find it.
""")

dd("forum-menu-photo", """
Thread: Help me read this handwritten menu board (Kunming)

Posted by backpacker_bea

There is a tiny noodle place next to my hostel with a chalkboard outside and no English at all. The aunt is lovely but we have no common language. Photo attached, here is what I can make out:

{D:过桥米线} 15
{D:小锅米线} 12
{D:饵块} 8
{D:豆花米线} 12

Reply by yunnan_yves

The first one is crossing-the-bridge noodles, the famous one: a bowl of boiling broth with raw meat, quail egg and vegetables that you slide in yourself. The second is rice noodles cooked in a small copper pot, spicier and more homely.

{D:饵块} is a flat rice cake, grilled or stir-fried, and {D:豆花米线} is rice noodles with soft tofu and a meat sauce on top.

Reply by backpacker_bea

Amazing, thank you. How do I ask for it less spicy?

Reply by yunnan_yves

Say {D:少辣} (shǎo là), "less spicy". If you want none at all, {D:不要辣}. And do not drink the broth of the first one straight away, it is hotter than it looks.
""")


# ---------------------------------------------------------------- leftovers

ll("hotel-glued", """
West Lake Garden Hotel – Rooms

Home > Rooms > {L:豪华湖景房}

Deluxe Lake View Room

The room is located on the 5th to 8th floor,{L:推窗即可欣赏西湖美景},The area is 45 square meters,Equipped with king size bed or two single beds,{L:房间内配有智能马桶和胶囊咖啡机}。

Room facilities:
- Free Wi-Fi
- 55-inch smart TV
- {L:24小时热水}
- Minibar (charged)
- Bathrobe and slippers

Breakfast time: 6:30-10:00,Located in the first floor restaurant,{L:儿童身高1.2米以下免费}。

Check-in time: after 14:00 Check-out time: before 12:00

{L:温馨提示：节假日房价上浮，请以实际预订为准。}

Hotel location: 12 Beishan Street, Xihu District, Hangzhou. About 20 minutes by taxi from Hangzhou East Railway Station,{L:距离断桥步行约十分钟}。

Book now | {D:中文} | English
""")

ll("scenic-spot-heading", """
Huangshan Scenic Area Official Website

{L:景区概况}

Mount Huangshan is located in the south of Anhui Province and is one of the top ten famous mountains in China. It is known for its four wonders: strange pines, strange rocks, sea of clouds and hot springs.

{L:门票价格}

Peak season (March 1 - November 30): 190 yuan per person
Off season (December 1 - end of February): 150 yuan per person
{L:60周岁以上老人凭身份证享受半价优惠}

Cable car

The Yungu cableway, Taiping cableway and Yuping cableway are open daily. Operating hours 7:30-16:30,{L:遇大风天气暂停运行}。

Safety tips

Please walk on the designated paths. Do not feed the monkeys. When taking photos on the cliff, pay attention to your safety.

{L:景区内禁止吸烟，违者罚款200元。}

Copyright: Huangshan Scenic Area Management Committee {D:皖ICP备05001234号}
""")

ll("restaurant-menu-one-missed", """
Old Chengdu Hot Pot – Menu

Authentic Sichuan flavour, beef tallow base fried by hand every morning. Scan the QR code on the table to order, or call the waiter.

Soup base
Spicy butter soup base 58
Mushroom soup base 48
Mandarin duck pot (half spicy, half clear) 68

Meat
Fresh beef slices 48
Lamb rolls 42
Hairy tripe 58
{L:鸭肠} 32
Luncheon meat 22

Vegetables
Potato slices 12
Lotus root slices 14
{L:豆花} 18
Winter melon 12
Enoki mushrooms 16

Drinks
Herbal tea (can) 8
Soy milk (jug) 28

The above prices are in RMB. {L:锅底一经售出概不退换}，Please inform the waiter of any allergies.

Opening hours 11:00 to 2:00 the next day. Free parking for two hours in the underground car park of the mall, {L:凭消费小票到前台盖章}.
""")

ll("language-school-paragraph", """
Beijing Mandarin House – Course Introduction

Our one-on-one courses are designed for foreigners working in China. Classes can be scheduled in the morning, afternoon or evening, online or offline.

Course features

Professional teachers with more than 5 years of teaching experience. Each student receives a personalized learning plan. After each class, students will receive a written summary and homework.

{L:我们的教师全部持有国际汉语教师资格证书，并定期参加培训。学员在报名前可以免费试听一节课，满意后再付款。如果学员对老师不满意，可以随时申请更换，不收取任何额外费用。}

Price

20 class hours package: 4800 yuan
40 class hours package: 9200 yuan
{L:80课时套餐：17600元（赠送HSK模拟考试一次）}

Contact us

WeChat: mandarinhouse_bj
Address: Room 1203, Building A, Sanlitun SOHO, Chaoyang District, Beijing
""")

ll("temple-cms", """
Jade Buddha Temple News

The Temple Held the Bathing Buddha Ceremony

Publish time: 2026-05-24 {L:浏览次数：1832} Source: {L:本寺办公室}

On the eighth day of the fourth lunar month, the temple held a solemn bathing Buddha ceremony to commemorate the birth of Shakyamuni Buddha. More than three thousand believers participated.

At 9 a.m., the abbot led the monks into the Mahavira Hall,{L:上香、礼佛、诵经},Then the believers lined up in turn to pour fragrant water on the statue of the prince Buddha.

{L:浴佛节当天，寺院免费向信众结缘素面和平安粥，共计发放五千余份。}

After the ceremony, volunteers distributed free calendars and incense to the elderly.

Editor: {L:释妙慧} Review: Temple Affairs Office

Previous: Temple summer retreat registration notice
Next: {L:关于暂停开放藏经楼的通知}
""")

ll("ecommerce-specs", """
Handmade Yixing Purple Clay Teapot, 200ml

Price: ¥368 Sales: 1.2k {L:包邮}

Product parameters
Brand: Zisha Workshop
Material: {L:原矿紫泥}
Capacity: 200ml
Craft: fully handmade
Origin: Dingshu Town, Yixing, Jiangsu
{L:出水方式：单孔}

Description

This teapot is made by a national level craftsman. The clay is mined from Huanglong Mountain,Fine texture,Good breathability,{L:越泡越亮，适合冲泡乌龙茶和普洱茶}。

After-sales
Seven days without reason to return,{L:人为损坏不在退换范围内}。

Buyer reviews

★★★★★ The pot is very beautiful, the packaging is very careful.
★★★★☆ {L:出水很顺，就是盖子有点松。}
★★★★★ Second purchase, recommend.
★★★☆☆ Logistics is slow, took five days to arrive in Beijing.
""")

ll("city-portal-breadcrumb", """
Suzhou Municipal People's Government

{L:首页} > Government Information > Notices

Notice on the Adjustment of Opening Hours of Some Classical Gardens During the National Day Holiday

In order to ensure the safety and comfort of visitors during the National Day holiday, the opening hours of the Humble Administrator's Garden, Lingering Garden and Master of the Nets Garden will be adjusted as follows:

1. From October 1 to October 7, opening hours will be extended to 7:00-18:30.
2. The Master of the Nets Garden night tour will be held from 19:30 to 21:30,{L:需提前一天在官方小程序预约}。
3. {L:每日限流5万人次，约满即止}。

Visitors are requested to travel at off-peak times and take public transport.

{L:苏州市园林和绿化管理局}
September 25, 2026

Related links: Suzhou Tourism | Suzhou Metro | {L:12345热线}
""")

ll("travel-agency-itinerary", """
Classic Silk Road 8 Days Tour

Day 1 Arrive in Xi'an
Pick up at the airport and transfer to the hotel. Free activities in the evening,{L:可自行前往回民街品尝小吃}。

Day 2 Xi'an
Visit the Terracotta Warriors and the ancient city wall. Lunch: Shaanxi noodles.

Day 3 Xi'an - Lanzhou
Take the high-speed train to Lanzhou. Visit the Yellow River Iron Bridge and Waterwheel Garden.

Day 4 Lanzhou - Zhangye
{L:早餐后乘车前往张掖，途经乌鞘岭，抵达后游览七彩丹霞地貌，欣赏日落。}

Day 5 Zhangye - Jiayuguan - Dunhuang
Visit the Jiayuguan Pass, the western end of the Ming Great Wall. Drive to Dunhuang.

Day 6 Dunhuang
Mogao Caves and Crescent Spring. {L:莫高窟门票需提前一个月预约，旺季一票难求。}

Day 7 Dunhuang free day

Day 8 Departure

Price includes: hotel, train tickets, entrance fees, English guide.
Price excludes: {L:个人消费及单房差}
""")

ll("publisher-book-page", """
New Release: A History of Chinese Porcelain

Author: Wang Jianhua
Publisher: Jiangxi Fine Arts Publishing House
Publication date: 2026-03
ISBN: 978-7-5480-0000-0
{L:开本：16开} Pages: 412 Price: 168 yuan

Introduction

This book systematically describes the development of Chinese porcelain from the Shang and Zhou dynasties to the Qing dynasty, with more than 600 color pictures.

{L:作者简介}

Wang Jianhua, researcher of Jingdezhen Ceramic Institute,{L:长期从事古陶瓷研究，出版专著十余部，曾获全国优秀图书奖}。

Table of contents
Chapter 1 The origin of porcelain
Chapter 2 Celadon of the Han and Tang dynasties
Chapter 3 {L:宋代五大名窑}
Chapter 4 Blue and white porcelain of the Yuan and Ming dynasties
Chapter 5 Qing dynasty enamel and famille rose

{L:本书已入选国家出版基金资助项目。}
""")

ll("hotel-reviews", """
Guest Reviews – Lijiang Old Town Inn

Overall rating 4.7 / 5 (326 reviews)

Cleanliness 4.8 Location 4.9 Service 4.7 Value 4.5

Emily, UK, stayed in April
The courtyard is beautiful and the owner is very kind. We could see the Jade Dragon Snow Mountain from the roof terrace. Highly recommended!

{L:张先生，上海，5月入住}
{L:位置很好，走路五分钟到四方街，就是晚上酒吧街有点吵，建议订后院的房间。}

Thomas, Germany, stayed in May
Good breakfast, friendly staff. The room was a bit small,{L:但是干净整洁}.

Hotel reply: Thank you for your stay,{L:期待您的再次光临}!

{L:李女士，成都，6月入住}
Very comfortable bed, the owner helped us book the Tiger Leaping Gorge car. Will come again.

Write a review | Load more
""")

ll("scenic-caption-extra", """
Photo Gallery – Zhangjiajie National Forest Park

The park covers 4,810 hectares and is famous for its quartz sandstone pillars, which inspired the floating mountains in a well-known Hollywood film.

[Photo 1] Avatar Hallelujah Mountain in the morning mist {L:（摄影：刘晓峰，2019年摄于袁家界，该照片获全省旅游摄影大赛一等奖）}

[Photo 2] The Bailong Elevator, the highest outdoor elevator in the world, 326 meters

[Photo 3] Golden Whip Stream in autumn {L:金鞭溪全长7.5公里，沿途平坦，适合老人和儿童徒步}

[Photo 4] The Glass Bridge over the Grand Canyon

[Photo 5] Tianzi Mountain sea of clouds

Visitors can take the shuttle bus inside the park for free. The ticket is valid for four days.

{L:相关推荐：张家界三日游精品线路}
""")

ll("gov-notice-glued-comma", """
Announcement of Hangzhou Culture and Tourism Bureau on the 2026 Summer Night Tour Activities

In order to enrich the cultural life of citizens and tourists in summer,Promote night economy,{L:经研究决定},From July 1 to August 31, a series of night tour activities will be held in West Lake, Grand Canal and Xiaohe Street areas.

1. Activity content
West Lake music fountain performance,Grand Canal night cruise,{L:小河直街非遗市集},Light show of the Broken Bridge.

2. Activity time
Every Friday to Sunday 19:00-22:00.

3. Matters needing attention
Please take care of your belongings,{L:听从现场工作人员指挥},Do not climb the railings.

{L:特此公告。}

Hangzhou Culture, Radio, Television and Tourism Bureau
June 20, 2026
""")

ll("restaurant-about", """
About Dragon Well Manor

Dragon Well Manor is located in the tea gardens of Longjing village, surrounded by green hills. Our chef has cooked Hangzhou cuisine for thirty years.

Signature dishes

Longjing shrimp: Fresh river shrimp stir-fried with Longjing tea leaves picked before Qingming.
Dongpo pork: Slow-braised pork belly named after the Song dynasty poet Su Dongpo.
West Lake fish in vinegar sauce: {L:选用西湖草鱼，饿养两天去除土腥味，现杀现做}。
Beggar's chicken: Wrapped in lotus leaves and clay, baked for six hours.

{L:本店所有茶叶均来自自家茶园，欢迎选购。}

Opening hours: 11:00-14:00, 17:00-21:00
Reservation: 0571-8888 0000
{L:停车场位于农庄东侧，可停放30辆车}

Logo: {D:龙井山庄} Dragon Well Manor
""")

ll("language-school-faq", """
FAQ – Shanghai Chinese Language Center

Q: Do I need any Chinese before joining?
A: No. We have classes for absolute beginners starting every Monday.

Q: How many students are in a group class?
A: {L:每班不超过6人，保证每位学员都有充足的开口练习机会。}

Q: Can you help with visas?
A: Yes. Students who enroll in a full-time program of at least 20 hours per week can apply for a student visa through our school.

Q: What textbooks do you use?
A: We mainly use "Experiencing Chinese" and our own materials,{L:高级班使用报刊阅读教材}。

Q: {L:可以退费吗？}
A: Tuition can be refunded within 7 days of the start of the course, minus a 500 yuan administration fee.

Q: Where are you located?
A: Near Jing'an Temple station, Exit 3, a 5-minute walk.

{D:中文} | English | {D:日本語}
""")

ll("ecommerce-next-to-bilingual", """
Premium Sichuan Peppercorn 250g

Product name: Hanyuan red peppercorn {D:汉源红花椒}
Origin: Hanyuan County, Ya'an, Sichuan
Shelf life: 18 months
Storage: cool and dry place

Hanyuan peppercorns have been a tribute to the imperial court since the Tang dynasty. The grains are large and red, with a strong numbing aroma.

{L:本品为当季新货，颗粒饱满，开口率高，无黑籽无枝梗，麻味持久，是做火锅和川菜的首选。}

How to use: fry in oil at low heat to release the aroma, or grind into powder for dipping sauces.

Customer question: Is it very spicy?
Answer: Peppercorn is numbing rather than spicy,{L:怕麻的朋友可以少放一点}。

Shipping: within 48 hours after payment. {L:偏远地区不包邮}

Store | {L:收藏店铺} | Contact seller
""")

ll("temple-visiting-info", """
Shaolin Temple – Visitor Information

Opening hours
Summer (March to November): 7:30-18:00
Winter (December to February): 8:00-17:30

Tickets
Full price: 80 yuan. The ticket includes Shaolin Temple, Pagoda Forest, and the martial arts performance.
{L:学生凭学生证半价，1.2米以下儿童免票}

Martial arts performance
Daily at 9:30, 10:30, 14:00, 15:00 and 16:00 in the Performance Hall. The performance lasts about 30 minutes.

Dress code
Please dress modestly inside the temple. {L:进入殿内请勿拍照，不要大声喧哗，不要触摸佛像。}

Transport
From Zhengzhou, take the bus from the Central Bus Station,About 1.5 hours,{L:票价27元}。

Parking: large car park at the scenic area entrance, 10 yuan per vehicle.

{L:少林寺常住院保留对本须知的最终解释权。}
""")

ll("short-leftover-menu-nav", """
Guilin Travel Service

Home | Tours | Hotels | {L:签证} | About Us | Contact

Li River Cruise 4-Star Boat

Cruise from Guilin Mopanshan Pier to Yangshuo, about 4.5 hours, through the most beautiful section of the Li River. You will see the scenery printed on the back of the 20-yuan note.

Price: 480 yuan per adult, 320 yuan per child
Includes: cruise ticket, lunch buffet on board, English commentary, hotel transfer in Guilin
Excludes: return from Yangshuo to Guilin

Departure time: 8:30 from the hotel lobby

Notes:
1. Please bring your passport.
2. The boat schedule may change due to water level.
3. {L:请勿在船上抽烟}.

Reviews (128) | {L:分享} | Book now
""")

ll("city-portal-long-paragraph", """
Welcome to Chongqing

Chongqing is a mountain city located in southwestern China, at the confluence of the Yangtze River and the Jialing River. It is famous for hot pot, night views and its unique 8D terrain.

Must-see attractions

Hongyadong: A stilted building complex built along the cliff, beautiful at night.
Liziba Station: Watch the light rail pass through a residential building.
Ciqikou Ancient Town: Old streets with snacks and teahouses.

{L:重庆地形复杂，导航经常失灵，很多外地游客在解放碑附近迷路。建议游客多使用地铁和轻轨出行，避开早晚高峰。另外，重庆夏季气温可达40摄氏度以上，出行请做好防暑准备，随身携带饮用水和防晒用品。}

Local food

Chongqing hot pot, Chongqing noodles, spicy chicken, and {L:酸辣粉}.

Chongqing Municipal Culture and Tourism Development Committee
""")

ll("hotel-facilities-table", """
Harbin Ice City Hotel – Facilities

| Facility | Location | Hours |
|---|---|---|
| Restaurant | 2F | 6:30-22:00 |
| Indoor pool | 5F | 7:00-21:00 |
| Gym | 5F | 24 hours |
| {L:棋牌室} | 3F | 10:00-24:00 |
| Business center | 1F | 8:00-20:00 |
| Sauna | B1 | {L:暂停开放} |

Shuttle bus

The hotel provides a free shuttle to the Ice and Snow World every evening at 18:00 and 19:00. {L:返程末班车21:30，过时不候。}

Winter tips

Temperatures in January can drop below minus 30 degrees. We provide free hand warmers at the front desk. Please be careful of slippery roads,{L:老人和儿童外出时请有人陪同}。

Reservation hotline: 0451-8765 4321. Central Street is a 10-minute walk from the hotel.
""")

ll("edu-news-cms", """
Xi'an Jiaotong University International Education School

News

Summer Chinese Culture Camp 2026 Successfully Concluded

{L:发布时间：2026-08-03} Views: 562

On July 31, the closing ceremony of the 2026 Summer Chinese Culture Camp was held in the school auditorium. A total of 86 students from 14 countries participated in the four-week program.

During the camp, students studied Chinese in the morning and took part in cultural activities in the afternoon, including calligraphy, paper cutting, tai chi and dumpling making. {L:学员们还赴延安、华山等地开展了社会实践。}

At the ceremony, students performed a crosstalk show and sang Chinese songs. The dean of the school delivered a speech and presented certificates.

{L:供稿：国际教育学院} {L:编辑：王丽} Review: Zhang Wei

Share to: WeChat | Weibo
""")

ll("next-to-bilingual-paragraph", """
Pingyao Ancient City – Introduction

Pingyao Ancient City is located in the center of Shanxi Province and has a history of more than 2,700 years. It is one of the best-preserved ancient county towns in China and was listed as a World Cultural Heritage site in 1997.

{L:平遥古城是中国现存最完整的明清时期古县城之一。每年九月，这里都会举办平遥国际摄影大展，吸引来自世界各地的摄影爱好者，届时古城内酒店价格会大幅上涨，请游客提前预订。}

The city wall is 6.4 kilometers long and has six gates. The wall is 12 meters high, with 72 watchtowers and 3,000 battlements, said to represent the 72 disciples and 3,000 students of Confucius.

{L:城墙景点开放时间为8:00至18:00，登城墙需购买古城联票。}

Rishengchang Exchange Shop, founded in 1823, is known as the first bank in China.

Ticket: 125 yuan, valid for 3 days.

{L:景区投诉电话：0354-5600000}
""")

ll("translation-not-matching", """
Dunhuang Yard Hostel

Our hostel is a traditional courtyard just 800 meters from the Shazhou Night Market. We offer dormitory beds and private rooms.

All rooms have air conditioning and private bathrooms. {L:冬季不提供空调暖风，房间内使用电热毯。}

We can arrange car rental to the Mogao Caves, Yadan National Geopark and Crescent Moon Spring. {L:包车价格：莫高窟往返150元，雅丹一日游600元，需提前一天预约。}

The courtyard has a roof terrace where guests can watch the stars at night. {L:露台晚上十一点后关闭，请勿在露台饮酒喧哗。}

Check-in: 14:00 Check-out: 12:00

Breakfast: 25 yuan per person, served 7:00-9:30.

Airport pickup available on request.

Booking: WeChat dunhuangyard or phone 138 0937 0000
""")

ll("ecommerce-reviews-mixed", """
Jinjunmei Black Tea Gift Box 250g

Price: ¥299 Monthly sales: 860

Origin: Tongmu village, Wuyishan, Fujian
Grade: First grade
Picking time: Spring 2026
{L:净含量：250克（50克×5罐）}

Product description
Jinjunmei is made from the tender buds of the wild tea bushes in Tongmu,Each 500g requires about 60,000 buds,{L:汤色金黄，有明显的花果蜜香}。

Reviews

Good tea, beautiful box, gave it to my boss as a gift.
{L:第三次回购了，味道稳定，包装也很好，物流很快，第二天就到了。}
The taste is a bit light, maybe I put too little.
{L:客服态度很好，推荐！}

Seller reply: Thank you for your support. Suggested brewing: 5 g per 150 ml,{L:水温90度左右}.

Shipping from Wuyishan by SF Express, usually arriving within two days in most cities.

{L:店铺首页} | All products | Customer service
""")

ll("gov-policy-long", """
Shenzhen Municipal Human Resources and Social Security Bureau

Guide to Work Permits for Foreigners

Applicants must have a bachelor's degree or above and more than two years of relevant work experience. High-level talents are not subject to these restrictions.

Required materials:
1. Application form
2. Passport copy
3. Degree certificate (authenticated)
4. Criminal record certificate
5. {L:体检证明}
6. Employment contract

{L:申请人应通过外国人来华工作管理服务系统在线提交申请，审批部门在10个工作日内作出决定。对材料不全的，一次性告知需要补正的全部内容。对获准的，发放外国人工作许可证。}

Processing time: 10 working days.

Fee: free of charge.

Consultation: 0755-12333 {L:（工作日9:00-12:00，14:00-18:00）}

Last updated: 2026-09-01
""")

ll("scenic-ticket-table", """
Jiuzhaigou Valley – Ticket Information

| Ticket type | Peak season | Off season |
|---|---|---|
| Adult | 190 yuan | 80 yuan |
| Student | 95 yuan | 40 yuan |
| {L:观光车票} | 90 yuan | 80 yuan |
| Children under 1.2 m | Free | Free |

Peak season: April 1 to November 15. Off season: November 16 to March 31.

Daily visitor limit: 41,000 people. {L:门票实行实名制分时段预约，请至少提前三天在官网购票。}

The best time to visit is October, when the leaves turn red and gold and the lakes are at their clearest.

{L:景区内海拔较高，最高处超过3000米，有高原反应病史的游客请谨慎前往。}

Getting there: fly to Jiuhuang Airport, then a 1.5-hour bus ride. Buses from Chengdu Xinnanmen station take about nine hours.
""")

ll("restaurant-reviews-caption", """
Grandma's Kitchen (Hangzhou West Lake Branch)

Rating 4.6 | Per capita 78 yuan | Zhejiang cuisine

Address: 3 Hubin Road, Shangcheng District
Business hours: 10:30-21:30 {L:节假日需排队1-2小时}

Recommended dishes
1. Grandma's braised pork
2. Green tea roast chicken
3. {L:面包诱惑}
4. Longjing shrimp
5. Steamed fish head with chopped chili

Photo: Grandma's braised pork served in a clay pot {L:（图为网友实拍，肉块偏大，一份约八块）}

Featured review
"The queue was very long but worth it. The braised pork is sweet and soft,{L:米饭可以免费续}. The Longjing shrimp was a bit bland."

Parking is available in the underground car park of the shopping centre next door.

{L:收起全部评论}
""")

ll("travel-blog-mt", """
Three Days in Xiamen: A Complete Guide

Xiamen is a coastal city in Fujian, known for its sea views, island of Gulangyu and delicious seafood. Here is my three-day itinerary for first-time visitors.

Day 1: Gulangyu
Take the ferry from Dongdu International Terminal. {L:船票需要提前在厦门轮渡微信公众号购买，旺季经常售罄。} On the island, visit Sunlight Rock, the Piano Museum and Shuzhuang Garden.

Day 2: Xiamen University and Nanputuo Temple
Xiamen University is considered one of the most beautiful universities in China. {L:进入校园需要预约，节假日不对外开放。} Next door, Nanputuo Temple offers free vegetarian lunch.

Day 3: Zengcuo'an and Huandao Road
Zengcuo'an is a small fishing village full of cafés and snacks. Rent a bike and ride along Huandao Road by the sea.

Food to try: oyster omelette, sand worm jelly, {L:沙茶面}, peanut soup.

{L:作者：小鱼的旅行日记}
""")

ll("school-course-table", """
Confucius Institute – Autumn 2026 Timetable

All classes start in the week of September 14 and run for 12 weeks. Classes are held in Room 204 unless otherwise stated.

| Course | Level | Time | Teacher |
|---|---|---|---|
| Chinese for Beginners | HSK 1 | Mon 18:00-19:30 | Ms Liu |
| Elementary Chinese | HSK 2 | Tue 18:00-19:30 | Mr Zhao |
| Intermediate Chinese | HSK 3-4 | Wed 18:00-19:30 | Ms Liu |
| {L:商务汉语} | HSK 4+ | Thu 18:30-20:00 | Mr Chen |
| Calligraphy | All | Sat 10:00-12:00 | {L:待定} |

Fees: £180 per course, £150 for students and over-60s.

{L:报名截止日期为9月7日，名额有限，先到先得。}

Textbooks can be bought at the first class.
""")

ll("temple-history-mixed", """
Baima Temple (White Horse Temple)

Baima Temple is located 12 kilometers east of Luoyang, Henan Province. Built in 68 AD during the Eastern Han dynasty, it is known as the first Buddhist temple in China.

History

According to legend, Emperor Ming of Han dreamed of a golden figure flying over the palace. He sent envoys west to seek the Buddha's teachings. The envoys returned with two Indian monks and scriptures carried on a white horse,{L:于是汉明帝下令在洛阳城西雍门外修建寺院，并以白马命名}。

Architecture

The temple's main halls are arranged along a central axis: the Hall of Heavenly Kings, the Hall of the Great Buddha, the Hall of Mahavira, {L:接引殿} and the Pilu Pavilion.

International Buddhist halls

In recent years, Indian, Thai and Myanmar style Buddha halls have been built on the west side of the temple. {L:印度佛殿于2010年落成，由印度政府出资修建。}

Ticket: 35 yuan
""")

ll("product-specs-table", """
Eight Immortals Porcelain Tea Set – Jingdezhen

Price: ¥1,280 (was ¥1,680)

| Item | Specification |
|---|---|
| Material | High-temperature white porcelain |
| Firing temperature | 1,300 °C |
| Set contents | 1 teapot, 6 cups, 1 fair cup |
| Teapot capacity | 180 ml |
| Cup capacity | 50 ml |
| {L:包装} | {L:礼盒装，附赠证书} |
| Dishwasher safe | No |

Hand-painted by artisans in Jingdezhen. Each piece shows one of the Eight Immortals of Chinese folklore,{L:画工精细，每套都略有不同}.

Delivery: shipped in a wooden box with foam protection. {L:如运输途中破损，请拍照联系客服补发。}

Rated 4.9 by 214 buyers. Certificate of origin from the Jingdezhen Ceramic Association included.
""")

ll("festival-event-mt", """
2026 Qinhuai Lantern Festival

Time: February 10 - March 5, 2026
Location: Confucius Temple area, Qinhuai District, Nanjing

The Qinhuai Lantern Festival has a history of more than 1,700 years and is known as the "best lantern festival in the world". This year's theme is "The Year of the Horse".

Highlights
- The giant horse lantern group at Zhanyuan Garden
- Lantern boats on the Qinhuai River
- {L:非遗花灯制作体验}
- Intangible heritage snack street

{L:元宵节当天（3月3日）将实行交通管制，夫子庙周边道路禁止机动车通行，请市民游客乘坐地铁3号线前往。}

Tickets: free for the street area; the Zhanyuan Garden lantern exhibition costs 30 yuan.

Organizer: Qinhuai District People's Government
{L:承办单位：秦淮区文化和旅游局}
""")

ll("hotel-policy-glued", """
Policies – Mountain View Resort, Moganshan

Check-in and check-out
Check-in from 15:00,Check out before 12:00,{L:延迟退房需加收半天房费}。

Children and extra beds
Children under 6 years old stay free when using existing beds. Extra bed: 200 yuan per night,{L:含一份早餐}。

Pets
{L:本酒店不接受携带宠物入住，导盲犬除外。}

Cancellation
Free cancellation up to 3 days before arrival,{L:之后取消将收取首晚房费}。

Payment
We accept Alipay, WeChat Pay, Visa and Mastercard. A deposit of 500 yuan is collected at check-in and refunded at check-out after the room is inspected.

Transport
The resort is 60 km from Hangzhou. Free shuttle from Deqing station twice a day.

{D:莫干山景酒店} Mountain View Resort | {D:浙ICP备18012345号-2}
""")

ll("city-heading-leftovers", """
Chengdu Tourism Portal

{L:吃在成都}

Chengdu was named a UNESCO City of Gastronomy in 2010. Do not miss hot pot, mapo tofu, dan dan noodles and rabbit head.

{L:住在成都}

Most visitors stay near Chunxi Road or Kuanzhai Alley, which are well connected by metro.

{L:玩在成都}

The Giant Panda Breeding Research Base is best visited early in the morning, when the pandas are most active. Other highlights include Wuhou Shrine, Jinli Street and the Sichuan opera face-changing show.

{L:行在成都}

Chengdu has two airports, Shuangliu and Tianfu. The metro line 18 connects Tianfu airport to the city center in about 40 minutes.

Tourist hotline: 028-96927
""")

ll("edu-admission-mt", """
Admission Guide for International Students 2026

Yunnan University welcomes international students to apply for undergraduate, master's and doctoral programs.

Application requirements
1. Non-Chinese citizens holding a valid foreign passport, in good health.
2. Applicants for undergraduate programs taught in Chinese should have HSK 4 certificate,{L:医学类专业要求HSK5级以上}。
3. Age 18-30 for undergraduate programs.

Application period
{L:春季入学：每年10月1日至12月31日；秋季入学：每年3月1日至6月30日。}

Tuition
Undergraduate: 20,000 yuan per year
Master's: 26,000 yuan per year
Doctoral: {L:32000元/学年}

Scholarships
Chinese Government Scholarship, Yunnan Provincial Government Scholarship, and {L:云南大学校长奖学金}.

Contact: International Students Office, Room 106, Huize Building
""")

ll("scenic-short-leftovers", """
Leshan Giant Buddha

The Leshan Giant Buddha is 71 meters tall and was carved into a cliff face at the confluence of three rivers between 713 and 803 AD. It is the largest stone Buddha in the world.

Visiting routes
There are two ways to see the Buddha: walk down the Nine-Turn Plank Road beside the statue, {L:需排队}, or take a boat on the river to see the whole statue from the front.

Tickets
Scenic area: 80 yuan
Boat tour: 70 yuan
{L:联票}: 140 yuan

Tips
The Plank Road is narrow and steep. On weekends the queue can take more than two hours,{L:建议早上8点前到达}.

Nearby
Mount Emei is only 40 kilometers away. Many visitors combine the two in one trip.

{L:乐山大佛景区管理委员会}
""")

ll("forum-mt-qa", """
Travel Q&A – Beijing

Question: Is it necessary to book the Forbidden City tickets in advance?

Answer by Traveler Wang:
Yes, the Forbidden City only sells tickets online, and there are no tickets at the gate. {L:每天限流4万人，周一闭馆。} You need a passport to book.

Answer by Sunny:
I went last summer. Tickets for weekends were sold out a week before,{L:工作日相对好一些}. Remember to bring your passport, they check it at the entrance.

Answer by Lao Li:
{L:建议从午门进，神武门出，出来以后可以直接去景山公园看故宫全景，门票只要两块钱。}

Question: How long does it take to visit?

Answer by Sunny:
At least half a day. If you want to see the Treasure Gallery and the Clock Exhibition Hall, you need a whole day.

{L:相关问题：八达岭长城怎么去？}
""")

ll("menu-mixed-sections", """
Lanzhou Beef Noodle House

Our noodles are hand-pulled to order. Choose the thickness you like.

Noodle shapes
Thin (Erxi) | Medium (Sanxi) | Wide (Kuan) | {L:韭叶} | Triangle (Qiaomai)

Noodles
Classic beef noodle soup 18
Extra beef noodle soup 26
{L:牛肉炒面} 22
Cold noodles with sesame sauce 16

Side dishes
Marinated beef 25
Boiled egg 3
{L:凉拌土豆丝} 10

Drinks
Eight treasures tea 12
Apricot juice 8
Yoghurt in a clay jar 10

Open daily 6:00-21:00. Breakfast noodles are served from six in the morning. Takeaway boxes cost one yuan each.

Note: One noodle, two whites, three reds, four greens, five yellows,{L:即汤清、萝卜白、辣油红、香菜蒜苗绿、面条黄亮}.
""")

ll("company-about-mt", """
About Us – Huayi Travel Group

Huayi Travel Group was founded in 1998 and is headquartered in Guangzhou. It is one of the leading travel service companies in South China, with more than 60 branches and 2,000 employees.

{L:集团业务涵盖出境游、国内游、商务会展、签证服务和在线旅游平台，年接待游客超过300万人次。}

Our mission: to make every journey safe, comfortable and memorable.

Honors
- National 5A travel agency
- {L:广东省诚信旅行社}
- Best Outbound Tour Operator 2024

Corporate culture
Customer first, integrity-based, innovative and win-win. {L:我们坚持"游客至上"的服务理念，先后荣获各类奖项一百余项。}

Address: 28/F, Huayi Tower, Tianhe Road, Guangzhou
Tel: 020-3888 8888

{D:华逸旅游集团} Huayi Travel Group | {D:中文} | English
""")

ll("bookstore-catalogue", """
Zhonghua Book Company – Classics in English and Chinese

This bilingual series presents the most important works of classical Chinese literature with the original text on the left page and an English translation on the right.

New titles this season:

1. The Analects ({D:论语}), translated by Arthur Waley, 198 yuan
2. The Art of War ({D:孙子兵法}), translated by Lionel Giles, 128 yuan
3. Selected Tang Poems ({D:唐诗选}), 168 yuan
4. {L:聊斋志异选}, 188 yuan

Each volume includes an introduction and notes. {L:本系列图书适合中外读者阅读，也可作为高校翻译专业的参考教材。}

Series editor: Professor Xu Yuanchong

Order information
Free shipping on orders over 99 yuan. {L:团购请联系发行部：010-63458000}

Customer service: 9:00-17:00 Monday to Friday
""")

ll("winery-page-mt", """
Helan Qingxue Winery – Visit Us

Located at the eastern foot of the Helan Mountains in Ningxia, our winery produces award-winning red wines from Cabernet Sauvignon, Merlot and Cabernet Gernischt.

Winery tour
The tour takes about 90 minutes and includes the vineyard, the underground barrel cellar and a tasting of three wines. {L:讲解为中文，外国游客可提前申请英文讲解。}

Tour times: 10:00, 14:00, 16:00 daily
Price: 180 yuan per person, {L:含品鉴三款酒}

Our flagship wine, Jiabeilan Cabernet 2009, won the International Trophy at Decanter World Wine Awards in 2011, the first for a Chinese wine.

{L:酒庄距离银川市区约40公里，自驾约50分钟，周末提供接驳车服务。}

Reservations: 0951-5010000
{D:贺兰晴雪酒庄} Helan Qingxue Vineyard
""")


if __name__ == "__main__":
    SET.build()
