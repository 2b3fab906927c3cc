"""Build bench/sets/detect23-*.jsonl: a held-out, hand-written detection set ("detect23").

The hard middle ground, as real pages have it. English pages that contain Chinese on purpose,
written by people who DISCUSS Chinese text without always glossing every piece: expat and
traveller blogs describing receipts, signs, WeChat messages, app screens and tickets (some
glossed, some only quoted), language-learner Q&A about particles and measure words, grammar
notes with example sentences, character-etymology posts, name-choosing and tattoo advice,
a food review describing a menu, bilingual press releases and notices (English paragraph, then
the same paragraph in full Chinese), a bilingual conference programme, poems and lyrics with the
original, speeches quoting the original sentence, news quoting a slogan or a trending hashtag,
book and film reviews naming the original title and characters, course descriptions listing
Chinese texts, museum labels, chengyu dictionaries, names in brackets, a Chinese title line above
an English one, ICP footers and `中文` language links; and half-translated pages (MT mirrors of
hotels, schools, hospitals, county governments, tourism bureaus, companies, news portals and
NGOs) whose leftover Chinese sits next to material that LOOKS bilingual: a Chinese paragraph on
the same subject as the English before it that adds new facts instead of translating it, real
bilingual headings with one untranslated body paragraph, clauses glued on with `,` or `，`,
lists and tables partly left in Chinese, a single leftover sentence, CMS labels, image
captions, leaders' names followed by untranslated speech, and 2-6 character leftovers inside
English sentences; deliberate Chinese on those pages (logos, `中文` links, ICP numbers, true
bilingual headings) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). The style imitates ../shared/corpus/real, but
every sentence was written for this set. The set was written BLIND on 2026-12-02: without
reading mtmend's code, its tests, the other bench sets or their builders (only bench/blind_set.py,
`marked()`/`Doc` from build_detection_sets.py and the first lines of build_blind21.py were looked
at, as a model of the format; looking for them, its writer also saw lines 15-60 and 100-140 of
build_detection_sets.py, six of its written example pairs among them, and used none of them),
and mtmend was never run on these pages.

Rebuild: `python bench/build_blind23.py` from the repository root; it rewrites
bench/sets/detect23-deliberate.jsonl (ids d23d-NN) and bench/sets/detect23-leftovers.jsonl
(ids d23l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect23", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("expat-blog-receipt", """
Reading a Shanghai supermarket receipt, line by line

My mother-in-law keeps every receipt, so after three months in Shanghai I have a shoebox full of them. Last night I finally sat down with a dictionary app and worked out what the thermal paper actually says.

The top line is always the shop name. Mine said {D:联华超市} and then the branch, {D:古北店}. Under that comes the till number and the cashier's ID, which I ignored.

The items are the fun part. Some I could guess from the price: {D:鸡蛋} at 12.80 had to be the tray of eggs. Others took longer. {D:散装} turns out to mean "loose", as in sold by weight, which is why it appears in front of {D:大米} and {D:花生}. One line just said {D:酸奶 x4}, and I still have no idea why the yoghurt cost more than the rice.

Near the bottom there are three lines I now look for every time:

- {D:合计} – the total before discounts
- {D:优惠} – what the membership card saved me (usually about two yuan, so not much)
- {D:实付} – what actually left my account

Finally, a line that says {D:支付宝} or {D:微信支付}, depending on which phone wallet I used. I pay with WeChat almost always, because the Alipay one keeps asking me to verify my face.

If you're new here, my advice is to photograph one receipt and go through it slowly. It's the cheapest vocabulary lesson in the city.
""")

dd("forum-de-or-de", """
Re: is it {D:的} or {D:得} here? (HSK 3 homework)

Original post by maple_learner:
My textbook sentence is "{D:他跑得很快}" but my tutor wrote "{D:他跑的很快}" on the whiteboard yesterday. Are they both OK? I thought {D:的} was for possession, like {D:我的书}.

Reply from xiaoyu_teacher:
Your textbook is right and your tutor was probably writing fast. After a verb, when you describe how well or how fast the action happens, standard Mandarin uses {D:得}. So {D:跑得很快}, {D:说得很好}, {D:写得不清楚}.

{D:的} goes before a noun: {D:红色的车}, {D:昨天买的衣服}. There is also a third one, {D:地}, which goes before a verb: {D:慢慢地走}.

All three are pronounced "de" in fast speech, which is exactly why native speakers mix them up online. You will see {D:的} used for everything on social media. Don't copy it in an exam.

Reply from maple_learner:
Thanks! So in "{D:她唱歌唱得好听}" the second {D:唱} is repeated because there's an object?

Reply from xiaoyu_teacher:
Exactly. When the verb has an object you say the verb twice: {D:她唱歌唱得很好听}. Or you move the object to the front: {D:她歌唱得很好听}. Both are natural.

Reply from old_hand_dave:
A trick that helped me: if you could put "-ly" after the English word, think {D:地}; if you're answering "how well?", think {D:得}. Not perfect, but it gets you through HSK 3.
""")

dd("forum-le-twice", """
Why does {D:了} appear twice in this sentence?

Posted in Grammar Help · 14 replies

I'm reading a graded reader and hit this: "{D:我学了三年了}". The translation at the back says "I have been studying for three years". But why two {D:了}? Wouldn't one be enough?

Top answer (upvoted 41 times):

The two are doing different jobs. The first one, straight after the verb {D:学}, marks the action as completed or as having happened for that stretch of time. The second one, at the end of the sentence, says the situation is current and still relevant now.

Compare:

{D:我学了三年。} – I studied for three years (and maybe stopped).
{D:我学了三年了。} – I've been studying for three years (and I still am).

That final particle is what gives you the English present perfect continuous. Drop it and a listener may assume you've given up.

Second answer:

Same thing with {D:我等了你半个小时了} – "I've been waiting for you for half an hour", usually said with some annoyance. Without the last {D:了} it sounds like you're reporting a fact from the past rather than complaining right now.

Follow-up from the original poster:

So in "{D:他结婚了}" there's only one because there is no time phrase?

Answer:

Yes. With no duration, the verb-{D:了} and the sentence-{D:了} collapse into one at the end. Don't worry about it too much; you'll start hearing the difference after a few months of listening.
""")

dd("grammar-note-ba", """
Grammar note 12: the {D:把} construction

Use {D:把} when you want to say what someone did TO a definite object and what happened to it as a result. The pattern is:

Subject + {D:把} + object + verb + result / complement

Examples

1. {D:我把作业写完了。}
   I finished my homework. (Literally: I took the homework and wrote it to completion.)

2. {D:请把门关上。}
   Please close the door.

3. {D:他把我的咖啡喝了！}
   He drank my coffee!

4. {D:妈妈把衣服洗干净了。}
   Mum washed the clothes clean.

Common mistakes

The verb cannot stand alone. {D:我把书看} is wrong; you need something after it, such as {D:我把书看完了} or {D:我把书放在桌子上}.

The object must be something both speakers can identify. You would not normally say {D:我把一本书买了}, because "a book" is indefinite.

Verbs of feeling or perception, such as {D:喜欢} or {D:知道}, don't go with {D:把} at all.

Practice: rewrite these without {D:把}, then with it.
a) I put the keys on the table.
b) She sold her old bicycle.
c) Don't lose the ticket.
""")

dd("etymology-post", """
Characters with pictures inside: {D:休}, {D:明} and {D:森}

I started writing these posts because my students remember a character much better once they see the story in it. Three favourites this week.

{D:休} – rest

On the left is the "person" component {D:亻}, a squashed form of {D:人}. On the right is {D:木}, a tree. A person leaning against a tree: resting. You'll meet it in {D:休息} (to rest) and on every shop door that is closed for the holidays.

{D:明} – bright

Sun {D:日} plus moon {D:月}. Put the two brightest things in the sky side by side and you get "bright" or "clear". It also means "next", as in {D:明天}, tomorrow. Some scholars argue the left side was originally a window rather than the sun, but the sun-and-moon story is the one every Chinese child learns first.

{D:森} – forest

One tree is {D:木}, two trees make {D:林} (a wood or grove), and three trees make {D:森}. Together, {D:森林} is the everyday word for a forest.

A warning, though: most characters are NOT pictures like this. The large majority combine a meaning part with a sound part. {D:妈} (mother) has {D:女} for "woman" and {D:马} purely because it sounds like "ma". Keep that in mind before you invent a story for every character you see.
""")

dd("name-choosing-advice", """
How to choose a Chinese name (and what to avoid)

Every term a few new colleagues ask me to "translate" their name into Chinese. Here is what I tell them.

1. Don't just transliterate syllable by syllable. "Christopher" becomes {D:克里斯托弗}, which is accurate and sounds like a foreign footballer. Fine on a visa, odd on a business card.

2. Pick a real surname. The common ones are {D:王}, {D:李}, {D:张}, {D:刘} and {D:陈}. A good trick is to choose one that echoes your own surname: a Mr Lee becomes {D:李}, a Ms Wang stays {D:王}, a Mr Martin might become {D:马}.

3. Keep the given name to one or two characters, and check the meaning of each. Popular safe choices include {D:明} (bright), {D:安} (peace), {D:文} (culture, writing) and {D:华} (splendid).

4. Say the whole thing out loud to a native speaker. My colleague wanted {D:史} as a surname for "Smith", which is a real surname, but paired with his chosen given name it sounded like a rude word. We changed it in five minutes.

5. Avoid characters that are too grand. Calling yourself {D:龙} (dragon) or {D:帝} (emperor) will make people smile for the wrong reason.

A couple of names I helped with this year: Sarah Mitchell became {D:米莎拉}, and Tom Gardner became {D:高唐}. Both kept a sound from the original and both look like names a Chinese parent could have picked.
""")

dd("tattoo-advice", """
Before you get that Chinese character tattoo, read this

I run a small calligraphy studio and at least once a month someone shows me a tattoo design on their phone and asks whether it "really means strength". Sometimes it does. Often it doesn't.

The ones people get right

{D:力} (strength), {D:爱} (love), {D:和} (harmony) and {D:忍} (endurance) are common requests, and they're hard to get badly wrong because they are single characters with clear meanings.

The ones people get wrong

- Mirrored or upside-down characters. If the artist copies from a screen, check the orientation. {D:永} flipped horizontally is not {D:永}.
- Words split in half. Someone asked for "peace of mind" and had only {D:安} tattooed, then later wanted {D:心} added on the other arm.
- Machine-translated phrases. I once saw {D:勇气的狼} on a shoulder, meant as "wolf of courage". It is grammatical, just not something anyone would say.
- Simplified versus traditional mixed in one word. {D:龍} is traditional, {D:龙} is simplified; pick one style for the whole piece.

My advice

Bring the design to two different native speakers, ideally one from the mainland and one from Taiwan or Hong Kong. Ask them to read it aloud without telling them what you think it says. If both read the same thing, you're probably safe.

And consider hand-brushed lettering rather than a computer font. {D:福} written by a brush looks alive; typed in a default font it looks like a label on a rice bag.
""")

dd("food-review-menu", """
Review: Little Chongqing, Stockport Road

Rating: 4 out of 5

The menu at Little Chongqing comes in two halves. The laminated English menu has the crowd-pleasers: sweet and sour chicken, crispy beef, egg fried rice. The real menu is a sheet taped to the counter, handwritten in Chinese, and that is where you should order from.

I asked the owner to talk me through it. At the top were {D:辣子鸡} (chicken fried with a terrifying pile of dried chillies), {D:水煮鱼} (fish poached in chilli oil) and {D:毛血旺}, which she described as "everything in one pot, including blood tofu". I was brave enough for the first two.

The {D:辣子鸡} arrived as a red mountain. The trick is to hunt out the nuggets of chicken and leave the chillies; they are there for fragrance, not for eating. It was crunchy, salty and numbing from the Sichuan pepper.

The {D:水煮鱼} was gentler than I expected, silky slices of fish on a bed of beansprouts. We also had a plate of {D:干煸四季豆}, green beans fried until blistered with minced pork, which was the best thing on the table.

Lower down the sheet were items she said most customers never order: {D:凉拌折耳根}, {D:肥肠粉} and {D:冰粉}. I'm going back for the last one, a sweet jelly dessert with brown sugar syrup, because on a hot evening after all that chilli it sounds perfect.

Two people, four dishes, rice and beer: about forty-five pounds.
""")

dd("bilingual-press-release", """
PRESS RELEASE / {D:新闻稿}

Riverside Institute of Technology and Hangzhou Lakeside University sign joint research agreement

{D:滨河理工学院与杭州湖滨大学签署联合研究协议}

Manchester, 14 March – Riverside Institute of Technology and Hangzhou Lakeside University today signed a five-year agreement to carry out joint research on low-carbon building materials. Under the agreement, the two universities will set up a shared laboratory, exchange up to twenty doctoral students each year and publish their results in open-access journals.

{D:曼彻斯特，3月14日——滨河理工学院与杭州湖滨大学今天签署了一项为期五年的协议，在低碳建筑材料领域开展联合研究。根据协议，两校将建立一个共享实验室，每年互派最多二十名博士研究生，并在开放获取期刊上发表研究成果。}

"Cities in both our countries are building at a scale that the planet cannot afford unless the materials change," said Professor Helen Carter, Vice-Chancellor of Riverside. "This partnership puts our engineers and theirs in the same room."

{D:滨河理工学院校长海伦·卡特教授表示：“我们两国的城市都在以地球无法承受的规模进行建设，除非建筑材料发生改变。这一合作让我们双方的工程师走进了同一个房间。”}

The first projects will study concrete made with recycled glass and timber panels treated without chemical preservatives.

{D:首批项目将研究以回收玻璃制成的混凝土，以及不使用化学防腐剂处理的木质板材。}

Media contact: press@riverside-tech.example
{D:媒体联系}：press@riverside-tech.example
""")

dd("bilingual-conference-programme", """
International Symposium on Coastal Ecology 2026
{D:2026滨海生态国际研讨会}

Programme · {D:会议日程}

Day 1, Thursday 8 October · {D:第一天，10月8日（星期四）}

08:30 Registration · {D:注册签到}
09:00 Opening ceremony · {D:开幕式}
   Welcome address by the Mayor of Xiamen · {D:厦门市市长致欢迎辞}
09:40 Keynote: Mangroves as carbon stores · {D:主旨报告：红树林的碳储存功能}
   Prof. Zhou Lin, Xiamen University · {D:周琳教授，厦门大学}
10:30 Tea break · {D:茶歇}
11:00 Session A: Tidal flats and migratory birds · {D:分会场A：潮间带与迁徙鸟类}
12:30 Lunch · {D:午餐}
14:00 Session B: Fisheries management · {D:分会场B：渔业管理}
16:00 Poster session · {D:墙报展示}
18:30 Welcome dinner · {D:欢迎晚宴}

Day 2, Friday 9 October · {D:第二天，10月9日（星期五）}

09:00 Field trip to the Jiulong River estuary · {D:九龙江口实地考察}
   Buses leave from the hotel lobby. Please wear shoes you don't mind getting muddy.
   {D:大巴从酒店大堂出发，请穿不怕弄脏的鞋子。}
15:00 Closing session and awards · {D:闭幕式及颁奖}

Simultaneous interpretation in English and Chinese is provided in the main hall.
{D:主会场提供中英文同声传译。}
""")

dd("poem-original-wangwei", """
Poem of the week: Wang Wei, "Deer Park"

This one is only twenty characters long, and translators have been arguing about it for a century. Here is the original, then pinyin, then my own rough version.

{D:鹿柴}
{D:空山不见人，}
{D:但闻人语响。}
{D:返景入深林，}
{D:复照青苔上。}

Lù zhài
Kōng shān bù jiàn rén,
dàn wén rén yǔ xiǎng.
Fǎn jǐng rù shēn lín,
fù zhào qīng tái shàng.

Empty hills, no one in sight,
only the sound of someone talking.
Late light comes back into the deep wood
and shines again on the green moss.

A few notes. The first character of the title, {D:鹿}, is "deer"; the second is read "zhài" here, meaning an enclosure, although most modern readers see it and say "chái". Line three is the hard one: {D:返景} is the returning light of the evening sun, reflected back into the forest after it has already set behind the trees.

What I love is that nothing happens. There is no person, only a voice; no sunset, only its reflection on moss. Octavio Paz and Eliot Weinberger wrote a whole book comparing nineteen translations of these four lines, and it's worth finding if you enjoy this kind of thing.
""")

dd("lyrics-original", """
Singing "Jasmine Flower" with the choir – lyrics and notes

Our community choir is learning "Mo Li Hua" for the spring concert, and several of you asked for the words with pinyin. Here is the first verse as we'll sing it.

{D:好一朵美丽的茉莉花，}
hǎo yì duǒ měilì de mòlìhuā
What a beautiful jasmine flower

{D:芬芳美丽满枝桠，}
fēnfāng měilì mǎn zhīyā
fragrant and lovely, filling the branches

{D:又香又白人人夸。}
yòu xiāng yòu bái rénrén kuā
so sweet, so white, everyone praises it

{D:让我来将你摘下，}
ràng wǒ lái jiāng nǐ zhāi xià
let me pick you

{D:送给别人家。}
sòng gěi biérén jiā
and give you to someone

Pronunciation tips from Mei, our coach: the "ü" sound doesn't appear in this verse, which is a relief. Watch {D:朵}, which is "duǒ" not "dòu". And {D:枝桠} is sometimes printed as {D:枝丫}; they're the same word, so don't panic if your sheet music looks different.

Rehearsals are on Tuesdays at 7pm in the church hall. Please bring a pencil.
""")

dd("speech-quote-ambassador", """
Ambassador's farewell speech draws on Tang poetry

By our diplomatic correspondent · 21 June

Outgoing ambassador Margaret Hollis ended her farewell address at the Beijing residence on Friday evening with a line most of her Chinese guests knew by heart.

"After four years, I leave with many friends," she said, before switching to Mandarin: "{D:海内存知己，天涯若比邻。}" The couplet, by the Tang poet Wang Bo, is usually rendered as "If you have a true friend within the four seas, the ends of the earth are like next door."

The room applauded before the interpreter could finish.

Friends of the ambassador said she had practised the line for a week.

Hollis, who studied Chinese at university in the 1990s, used the language several times during the speech. Thanking her local staff, she said "{D:辛苦了}", a phrase that acknowledges someone's hard work and has no neat English equivalent. She also apologised, to laughter, for her tones: "{D:我的声调还是不太好。}"

The deputy foreign minister, replying, quoted another line: "{D:相知无远近，万里尚为邻。}" – friends who understand each other are never far apart, even ten thousand miles away.

Hollis returns to London next month. Her successor has not yet been named.
""")

dd("news-slogan-hashtag", """
Village tourism boom puts "green mountains" slogan to the test

Rural development · 6 May 2026 · 5 min read

ANJI, Zhejiang – On the road into Yucun village, a billboard repeats the slogan that has become one of the most quoted lines in Chinese environmental policy: {D:绿水青山就是金山银山} – "Lucid waters and lush mountains are invaluable assets."

The phrase was first used here in 2005, when the village closed its limestone quarries. Today the same hillsides are lined with guesthouses, bamboo cycling trails and coffee shops aimed at visitors from Shanghai, three hours away.

Not everyone is convinced the model can be copied.

"Anji is close to rich cities," said a researcher at a Hangzhou university. "A village in Gansu can put up the same billboard and still have no tourists."

Online, the debate has its own hashtag. Posts tagged {D:#乡村旅游该怎么做#} ("How should rural tourism be done?") were viewed more than 200 million times on Weibo last week, after a video showed a new homestay in Guizhou standing empty over the May Day holiday.

One widely shared comment read simply: "{D:有山有水，也要有路。}" Mountains and rivers are fine, but you also need a road.

Local officials say they are now focusing on {D:共同富裕}, or "common prosperity", by sharing tourism income with households that do not run businesses themselves.
""")

dd("book-review-original-title", """
Book review: To Live by Yu Hua

Original title: {D:活着} (Huózhe)
First published: 1993

Yu Hua's short novel is told by an old farmer, Fugui ({D:福贵}), to a young man collecting folk songs in the countryside. It begins as the story of a spoiled landlord's son who gambles away his family's land, and it turns into something much harder to read.

The people around Fugui are the book's real weight. His wife Jiazhen ({D:家珍}) stays with him through the loss of the house and everything after. Their son Youqing ({D:有庆}) runs everywhere, barefoot, to save his shoes. Their daughter Fengxia ({D:凤霞}) loses her hearing after an illness. I will not say what happens to each of them, but the title is not ironic in the way you might expect.

The prose is flat and plain on purpose. Michael Berry's translation keeps that plainness, which some readers find cold. I found it made the worst moments land harder.

Yu Hua's preface to the Chinese edition contains a line often quoted by fans: "{D:人是为活着本身而活着的，而不是为了活着之外的任何事物所活着。}" People live for the sake of living itself, not for anything beyond it.

If you've only seen Zhang Yimou's 1994 film, read the book anyway. The endings are different.
""")

dd("course-description-university", """
CHIN 3120: Readings in Classical Chinese Literature

Credits: 3 · Prerequisite: CHIN 2220 or equivalent

This course introduces students to classical Chinese ({D:文言文}) through close reading of short texts in the original. Each week we read one passage with a glossary, discuss its grammar and historical context, and compare two published translations.

Texts studied

Week 1–2: Selections from the Analects, {D:《论语》}, including {D:学而} and {D:为政}
Week 3: Mencius, {D:《孟子》}, on human nature
Week 4: Zhuangzi, {D:《庄子》}, "The Happy Fish" ({D:濠梁之辩})
Week 5–6: Historical narrative from Sima Qian's {D:《史记》}, the biography of Jing Ke
Week 7: Tao Yuanming, {D:《桃花源记》} (Peach Blossom Spring)
Week 8: Reading week
Week 9–10: Tang prose: Han Yu's {D:《师说》} and Liu Zongyuan's landscape essays
Week 11: Su Shi, {D:《前赤壁赋》}
Week 12: Review and translation workshop

Assessment

Weekly translation exercises (30%), a mid-term reading test (20%), an annotated translation of a passage of your choice (35%), and participation (15%).

Students should bring a printed copy of the week's text to class. Electronic dictionaries are allowed; machine translation is not, and you will find it is not much help anyway.
""")

dd("k12-course-description", """
Year 5 Mandarin – Term 2 overview for parents

This term the class will continue with the textbook {D:《快乐汉语》}, units 7 to 10. Each unit has a short dialogue, a song or rhyme, and about twelve new characters.

Unit 7: My family – {D:爸爸、妈妈、哥哥、妹妹}
Unit 8: At school – {D:老师、同学、教室}
Unit 9: Food I like – {D:米饭、面条、水果}
Unit 10: Weather and seasons – {D:春夏秋冬}

We will also learn the children's rhyme {D:《小星星》}, which uses the same tune as "Twinkle, Twinkle, Little Star", and the poem {D:《咏鹅》} by Luo Binwang, which Chinese children traditionally learn at about age four. Don't worry: we only expect your child to recite the first line, {D:鹅，鹅，鹅}, and to know that it is about a goose.

How you can help at home

Ask your child to teach you one word each week. Children love correcting their parents' tones. The flashcards in the green folder can be cut out and stuck on the fridge.

Please note that we write simplified characters in class. If you have family members who write traditional characters, that's wonderful; your child may enjoy comparing {D:学} and {D:學}.

Ms Okafor, Languages Department
""")

dd("museum-labels", """
Gallery 33: Chinese Ceramics – selected labels

Meiping vase with dragon among clouds
{D:青花云龙纹梅瓶}
Jingdezhen, Jiangxi province, Ming dynasty, Xuande period (1426–1435)
Porcelain painted in underglaze cobalt blue
The six-character reign mark on the shoulder reads {D:大明宣德年制}, "Made in the Xuande reign of the Great Ming".

Bowl with "hare's fur" glaze
{D:建窑兔毫盏}
Jian kilns, Fujian province, Song dynasty, 12th century
Stoneware with iron-rich glaze
Tea drinkers of the Song prized these dark bowls because white whisked tea showed up well against them.

Pillow in the shape of a sleeping child
{D:白釉孩儿枕}
Ding kilns, Hebei province, Northern Song dynasty
Porcelain with ivory-white glaze

Jar with inscription
Cizhou-type ware, Jin dynasty, 13th century
The inscription around the belly, {D:清风明月}, means "clear breeze, bright moon", a phrase associated with a carefree life.

Gift of the Harrington family, 1962. Please do not touch the display cases.
""")

dd("chengyu-dictionary", """
Chengyu a day: ten four-character idioms for intermediate learners

{D:画蛇添足} huà shé tiān zú
Literally: draw a snake and add feet. Meaning: to ruin something by overdoing it.

{D:守株待兔} shǒu zhū dài tù
Literally: guard a tree stump and wait for a hare. Meaning: to wait for luck instead of working.

{D:对牛弹琴} duì niú tán qín
Literally: play the lute to a cow. Meaning: to waste words on an audience that can't appreciate them.

{D:半途而废} bàn tú ér fèi
Meaning: to give up halfway.

{D:一举两得} yì jǔ liǎng dé
Meaning: to kill two birds with one stone (but without the birds).

{D:马马虎虎} mǎmǎhūhū
Literally: horse horse tiger tiger. Meaning: so-so, careless. Not strictly a classical chengyu, but you'll hear it daily.

{D:入乡随俗} rù xiāng suí sú
Meaning: when in Rome, do as the Romans do.

{D:亡羊补牢} wáng yáng bǔ láo
Literally: mend the pen after losing a sheep. Meaning: better late than never.

{D:井底之蛙} jǐng dǐ zhī wā
Literally: a frog at the bottom of a well. Meaning: someone with a narrow view of the world.

{D:塞翁失马} sài wēng shī mǎ
Meaning: a loss may turn out to be a blessing. The full saying continues {D:焉知非福}, "how do you know it isn't good fortune?"

Tip: try using one in conversation each week. People will be delighted, and occasionally confused.
""")

dd("names-in-brackets-business", """
Battery makers expand in Hungary as EV demand shifts east

Business · Autos · Updated 09:40 GMT

Three Chinese battery suppliers have confirmed new investments in central Europe this year, joining Contemporary Amperex Technology ({D:宁德时代}), which is already building a plant near Debrecen.

Sunwoda Electronic ({D:欣旺达}) said it would open a cell factory in northern Hungary, while EVE Energy ({D:亿纬锂能}) confirmed it would supply cylindrical cells to BMW from a site near the same city. A third company, Gotion High-Tech ({D:国轩高科}), which is partly owned by Volkswagen, is expanding in Slovakia.

Analysts say the moves reflect pressure from carmakers to shorten supply chains. "European buyers want the cells made where the cars are made," said Zhang Wei ({D:张巍}), a battery analyst at a Shenzhen research firm.

The investments have not been universally welcome.

Residents of Debrecen have protested about water use, and opposition politicians in Budapest have asked for the environmental permits to be published.

At a conference in Shanghai last week, Zeng Yuqun ({D:曾毓群}), founder of CATL, said the company would "follow its customers wherever they go". He also mentioned plans for a recycling facility in Spain with Stellantis, but gave no dates.

Separately, BYD ({D:比亚迪}) confirmed that its car plant in Szeged would begin production later this year.
""")
dd("blog-title-line-zh-above-en", """
{D:在成都学做川菜的一周}
A week learning to cook Sichuan food in Chengdu

Posted 3 May · Food, Travel · 6 comments

I signed up for a five-day cooking course in a converted courtyard house near Kuanzhai Alley, mostly because I was tired of ordering dishes I couldn't pronounce.

Our teacher, Chef Luo, started every morning at the market. He taught us to look for the word {D:郫县} on jars of chilli bean paste, because the paste from Pixian is what gives mapo tofu its deep red colour. He also made us taste three kinds of Sichuan pepper, which I now realise was his way of testing who would complain.

Day one was {D:麻婆豆腐}. Day two was {D:鱼香肉丝}, which contains no fish at all; the name refers to a sauce used for cooking fish. Day three was dumplings, and my folding was so bad that Chef Luo laughed for a full minute.

The phrase I heard most that week was "{D:火候}". It means something like "control of the heat", but Chef Luo used it to mean timing, judgement and experience all at once. "You have no {D:火候} yet," he told me on day four, kindly.

The course cost about 2,400 yuan including lunches. I'd recommend it to anyone who can stand up for six hours and doesn't mind being teased.

Next post: the tea house where an old man taught me to play mahjong and took all my small change.
""")

dd("footer-icp-language-switch", """
Harbour Light Design Studio

Home · Projects · Team · Contact · {D:中文}

We are a small architecture and interior practice with offices in Shanghai and Rotterdam. Since 2014 we have designed restaurants, boutique hotels, libraries and private homes in eleven cities.

Recent projects

Canal-side bookshop, Suzhou
A former silk warehouse turned into a three-storey bookshop and café. We kept the original timber roof and added a glazed reading room above the water.

Riverside primary school, Ningbo
A low-energy school building for 600 pupils, with a rooftop garden that the children look after themselves.

Apartment renovation, Amsterdam
A narrow canal house reorganised around a new spiral staircase.

Working with us

Most of our clients come to us through recommendations. We usually start with a site visit and a conversation about budget before any drawings are made. Our Shanghai team works in Mandarin and English; our Rotterdam team in Dutch and English.

Contact: studio@harbourlight.example · +86 21 5555 0182

© 2026 Harbour Light Design Studio. All rights reserved.
Privacy policy · Cookie settings
{D:沪ICP备18032761号-2}
""")

dd("wechat-messages-traveller", """
Renting a flat in Hangzhou: the WeChat saga

If you rent privately in China, your landlord will communicate exclusively by WeChat, often with voice messages sent at 11pm. Here are some of the texts I got from Mr Shen in my first month, with what I eventually worked out they meant.

Day 1: "{D:钥匙在门口地毯下面}" – the key is under the doormat. Fine.

Day 3: "{D:明天上午有人来修热水器}" – someone is coming tomorrow morning to fix the water heater. He did not say what time. They came at 7:40.

Day 9: "{D:房租记得转给我}" followed by a thumbs-up sticker. A reminder to transfer the rent. The thumbs-up is not approval; it's closer to "I'm waiting".

Day 15: "{D:楼下说你家漏水了}". The downstairs neighbour said my flat was leaking. It wasn't. It was the flat above mine.

Day 22: a single "？" in reply to my long explanation of the leak. I still don't know what that meant.

Day 30: "{D:下个月物业费涨了}" – the building management fee is going up next month. No figure given.

My tips: turn on the translate button under each message (long-press and choose "Translate"), but don't trust it for anything involving money. And send a photo with every complaint. Mr Shen responded to pictures about ten times faster than to words.
""")

dd("app-screens-traveller", """
Using Didi and Meituan as a foreigner: what the screens say

Both apps now have English modes, but some screens still stay in Chinese, especially pop-ups and order statuses. Here is what I met on a two-week trip.

Didi (ride hailing)

After booking, the status line changes from {D:正在为您寻找司机} (looking for a driver) to {D:司机正在赶来} (driver on the way). When the car arrives you'll get {D:司机已到达}. If you see a red banner with {D:订单已取消}, the driver cancelled and you need to book again.

The button {D:联系司机} opens a call or chat with the driver. The chat has canned phrases; the most useful one for me was {D:我在路边等你}, "I'm waiting by the road".

Meituan (food delivery)

The order tracker shows {D:商家已接单} once the restaurant accepts, then {D:骑手正在取餐} while the rider collects it, then {D:骑手正在送餐}. The last step, {D:已送达}, sometimes appears before the food does. Go and look in the lobby; riders often leave orders on a shelf by the door.

You'll also see {D:满减} on many restaurants. It means a discount when you spend over a certain amount, e.g. {D:满50减10}, ten yuan off orders over fifty.

Neither app accepted my foreign card at first. Linking Alipay fixed it.
""")

dd("ticket-description", """
How to read a Chinese train ticket (the paper souvenir version)

Since 2020 most journeys use your passport as the ticket, but you can still ask for a printed receipt at the station, and many travellers keep them. Here's what mine from Guilin to Yangshuo says.

Top left: {D:桂林北站}, the departure station, with the pinyin "Guilinbei" beneath it.
Top right: {D:阳朔站}, the arrival station.
In the middle: the train number, G2911, and an arrow pointing right.

Below that:

{D:2026年04月18日 09:12开} – the date and departure time. The character {D:开} means the train leaves at that time, so be at the gate before it.
{D:05车12F号} – carriage 5, seat 12F. F is a window seat on most high-speed trains.
{D:￥25.5元} – the fare.
{D:二等座} – second class.

At the bottom, printed smaller, your passport number (partly hidden with asterisks) and your name in capitals.

Two lines that confused me at first: {D:限乘当日当次车} means "valid only for this train on this date", and {D:仅供报销使用} means the printout is for expense claims only and won't get you through the gate. Your passport does that.
""")

dd("street-signs-unglossed", """
Photo essay: the old streets of Quanzhou

I spent a slow afternoon walking from the Kaiyuan Temple down towards the river, photographing whatever shop signs caught my eye. I haven't translated them all; some are here just because I liked the calligraphy.

Photo 1. A tiny noodle shop with a hand-painted board: {D:面线糊}. The owner was asleep on a stool.

Photo 2. A tailor's doorway: {D:裁缝 改衣 换拉链}. A sewing machine and three cats.

Photo 3. The carved stone above an old pharmacy, {D:回春堂}. Now a phone repair stall.

Photo 4. A red paper notice taped to a shutter: {D:东家有事 暂停营业}. Judging by the dust, the owner's business has been going on for a while.

Photo 5. A neon sign, half the tubes dead, so it only read {D:旅 社}.

Photo 6. A temple lantern with {D:风调雨顺} in gold.

Photo 7. The menu board at the place where I finally ate, {D:姜母鸭}, with prices chalked beside each portion size.

Photo 8. A hand-written note on a bicycle: {D:不要停这里！！！}

What struck me was how many signs still use traditional characters here, like the {D:藥} on another pharmacy sign further down, even though the whole of the mainland officially switched to simplified decades ago.
""")

dd("forum-measure-word", """
{D:个} vs {D:位} vs {D:名} – when do I use which for people?

Thread in: Chinese Language › Beginners

Question from tomasz_k:
My teacher corrected "{D:三个老师}" to "{D:三位老师}". But my colleague says {D:个} works for everything. Who's right?

Answer from linlin_gz:
Both, in a way. {D:个} is the all-purpose measure word and {D:三个老师} is perfectly understandable. But {D:位} is polite, so when you talk about teachers, guests or customers, {D:位} shows respect. Waiters always ask "{D:几位？}" – how many people in your party?

{D:名} is more formal and is used for counting people in a role or a list: {D:三名学生}, {D:一名医生}. You'll see it in news and official notices more than in speech.

Answer from tomasz_k:
So I can't say {D:一位小偷}?

Answer from linlin_gz:
Ha, you can, but it sounds sarcastic – a "respected" thief. Use {D:个} or {D:名}: {D:一名小偷}.

Answer from grammar_geek:
One more: {D:口} is used for counting people in a household, as in {D:我家有四口人}. You won't use it anywhere else for people.

Summary from the thread starter:
- {D:个}: default, always understandable
- {D:位}: polite, respectful
- {D:名}: formal, roles and counts
- {D:口}: family members only
""")

dd("tone-sandhi-note", """
Pronunciation note: how {D:一} and {D:不} change their tone

Two of the most common characters in Mandarin don't keep their dictionary tone. If you learn only one pronunciation rule this month, learn this one.

{D:不} (bù)

{D:不} is fourth tone, except before another fourth tone, where it becomes second tone.

{D:不好} bù hǎo – not good
{D:不来} bù lái – not coming
{D:不对} bú duì – not right (the second syllable is fourth tone, so {D:不} rises)
{D:不是} bú shì – isn't

{D:一} (yī)

{D:一} is first tone when it stands alone, when counting, and at the end of a word: {D:一}, {D:十一}, {D:第一}.

Before a fourth tone it becomes second tone: {D:一个} yí ge, {D:一样} yíyàng.

Before first, second or third tones it becomes fourth tone: {D:一天} yì tiān, {D:一年} yì nián, {D:一起} yìqǐ.

Most textbooks print the changed tone in the pinyin; some dictionaries don't, which is why learners get confused.

Practice

Read these aloud and mark the tones you actually say: {D:一点儿}, {D:不用}, {D:一共}, {D:不会}, {D:一直}.
""")

dd("classical-quote-essay", """
What a 2,500-year-old book says about managing a software team

I've been re-reading the Daodejing ({D:道德经}) in the evenings, and I keep finding lines that describe good engineering managers better than most leadership books.

Chapter 17 describes the best kind of ruler:

"{D:太上，不知有之。}"

The highest kind of leader is one whose people barely know he exists. The chapter goes on to rank the others: the ones people love and praise, the ones they fear, and the ones they despise. It ends with a line I've stuck on my monitor:

"{D:功成事遂，百姓皆谓我自然。}"

When the work is done, the people all say: "We did it ourselves."

That is exactly what a good retrospective feels like. Nobody thanks the manager, because the team solved the problem and knows it.

Chapter 64 has the famous "{D:千里之行，始于足下}" – a journey of a thousand li begins beneath your feet. Usually quoted as encouragement. In context it's closer to a warning: problems are easy to handle while they are small, and the big ones always started as small ones you ignored.

I don't want to overdo this. Laozi was not writing about sprint planning. But "do less, interfere less, let the structure work" is advice I wish I'd heard in my first year as a lead.
""")

dd("calligraphy-class", """
Beginner calligraphy, week 3: the eight strokes of {D:永}

Our teacher, Mr Gu, says every beginner should spend a month on one character: {D:永}, which means "eternal". It contains all eight basic strokes of regular script, so if you can write it well, you can in principle write anything. This method is called {D:永字八法}.

The eight strokes, in the order Mr Gu taught them:

1. {D:点} – the dot at the top
2. {D:横} – the short horizontal
3. {D:竖} – the vertical
4. {D:钩} – the hook at the bottom of the vertical
5. {D:提} – the rising stroke on the left
6. {D:撇} – the short left-falling stroke
7. {D:啄} – the quick "peck"
8. {D:捺} – the long right-falling stroke that finishes the character

What I learnt this week: the dot is not a dot. It's a small stroke with a beginning, a press and a lift, and mine looked like ink blots. Mr Gu made me write it forty times before I was allowed to go on to the horizontal.

Materials: we use cheap practice paper called {D:毛边纸} and bottled ink. Mr Gu says expensive paper makes beginners nervous. He also says I hold the brush like a toothbrush.

Next week: {D:大}, {D:天} and {D:木}, which he promises are "easier than they look".
""")

dd("spring-couplets", """
Reading the couplets on our neighbours' doors

Every Lunar New Year the doors in our lane in Tianjin turn red. Each door gets a pair of vertical strips, one on each side, plus a horizontal one across the top. These are {D:春联}, spring couplets, and after four years here I've started reading them properly.

Our neighbour Auntie Zhao chose this pair:

Right: {D:春回大地千山秀}
Left: {D:日照神州万木荣}
Top: {D:万象更新}

Roughly: "Spring returns to the land and a thousand hills are beautiful / the sun shines on China and ten thousand trees flourish / everything is renewed". The two vertical lines match character for character: {D:春} with {D:日}, {D:千山} with {D:万木}. That's the rule of a couplet – each word has a partner of the same kind on the other side.

The right-hand line is read first, which surprised me. Auntie Zhao says many people stick them on the wrong sides, and she has told several neighbours so.

Many doors also have a single {D:福} stuck upside down. "Upside down" is {D:倒}, which sounds like {D:到}, "arrived", so an upside-down {D:福} means good fortune has arrived. Don't turn the couplets upside down, though. That's just wrong.

We put up a shop-bought pair this year. Auntie Zhao inspected it and approved.
""")

dd("tea-product-review", """
Tasting notes: three oolongs from the Wuyi mountains

A friend brought back three small tins from a tea market in Fujian, each labelled only in Chinese. With some help from the internet, here's what I drank.

Tin 1: {D:大红袍} (Da Hong Pao, "Big Red Robe")

The most famous rock oolong. Dark, twisted leaves, roasted smell like toasted bread. The first steep was a bit harsh; the second and third were sweet, with a mineral finish that people call {D:岩韵}, "rock rhyme". I didn't really know what that meant until I tasted it.

Tin 2: {D:肉桂} (Rou Gui, "cinnamon")

No cinnamon in it, but a definite spicy note. Stronger than the Da Hong Pao, and it kept going for six steeps.

Tin 3: {D:水仙} (Shui Xian, "narcissus")

The gentlest of the three, with a slightly woody, orchid-like taste. The tin also said {D:老丛}, which my friend says means the bushes are very old. The price tag suggested the same.

How I brewed them: about 7 grams in a small gaiwan, water just off the boil, a quick rinse first, then short steeps starting at 10 seconds.

The labels also carried the words {D:武夷岩茶} (Wuyi rock tea) and a production date. None said where exactly the tea grew, which apparently is normal unless you pay a lot more.
""")

dd("film-review-characters", """
Film review: "The Wandering Earth II"

Chinese title: {D:流浪地球2}
Director: Frant Gwo ({D:郭帆})
Running time: 173 minutes

Frant Gwo's prequel is huge, loud and sometimes moving, and about forty minutes too long. It's set before the first film, during the years when humanity builds the engines that will push the Earth out of orbit.

Wu Jing returns as astronaut Liu Peiqiang ({D:刘培强}), this time younger and still training. The heart of the film, though, belongs to Andy Lau as Tu Hengyu ({D:图恒宇}), a computer scientist who cannot accept his daughter's death and tries to keep her alive as a digital copy. Their two stories barely touch, and the film is stronger when it stays with Tu.

There is a recurring line from the first film, {D:道路千万条，安全第一条}, a parody of a traffic safety slogan, which Chinese audiences laughed at every time in the cinema I went to. The subtitles translate it plainly as "Safety first", and the joke disappears.

The effects are excellent. The plot is hard to follow, partly because the film assumes you know the first one and partly because it tries to be three films at once.

Three stars. Watch it on the biggest screen you can find.
""")

dd("surname-genealogy", """
The Huang family of Xinhui: notes from a genealogy trip

My great-grandfather left Xinhui in Guangdong in 1908 and opened a laundry in Liverpool. Last spring my father and I went back to find the village and, if possible, the family register, the {D:族谱}.

The surname was written on his papers as "Wong", the Cantonese spelling. In Mandarin it's Huang, and the character is {D:黄}, yellow. That took us a while to work out.

The village elder who met us unlocked the ancestral hall, the {D:黄氏宗祠}, and brought out a thick, hand-bound book. Each generation in the register shares one character in their given names, chosen from a poem written by an ancestor. This is the generation poem, the {D:字辈}. Ours begins:

{D:文章华国 诗礼传家}

My great-grandfather was in the {D:诗} generation, which is why his name, {D:黄诗荣}, appears on his ship's passenger list as Wong See Wing. My grandfather's generation was {D:礼}, but he was born in England and no one gave him a Chinese name.

We found great-grandfather's entry on the fourteenth page. Next to it, someone had written, in newer ink, {D:往英国}: "went to England".

My father was quiet for a long time after that.
""")

dd("translation-critique", """
Three translations of one line of Li Bai

Li Bai's "Drinking Alone by Moonlight" has one of the most translated lines in Chinese poetry:

{D:举杯邀明月，对影成三人。}

Word by word: raise – cup – invite – bright – moon, / facing – shadow – become – three – people.

Arthur Waley (1919):
"I raised my cup to invite the moon; / He saw his shadow and we became three."

Waley turns {D:明月} into a "he" and gives the moon the shadow, which isn't in the Chinese.

Witter Bynner (1929):
"I raise my cup to invite the moon, / And with my shadow we are three."

Closer, and it scans. But "with my shadow" flattens {D:对影}, which is literally "facing the shadow".

A plainer modern version:
"Raising my cup, I invite the bright moon; / with my shadow, we make three."

Notice that none of the three can reproduce the number at the end. In Chinese, {D:三人} lands as the final beat, a joke and a sadness at the same time: the poet is alone, and he has counted the moon and his shadow as company.

This is why I think every translation of Li Bai should be printed next to the original, even for readers who can't read characters. You can at least see that the lines have five syllables each, and that ours have nine.
""")

dd("lesson-dialogue", """
Lesson 6 · At the doctor's

Dialogue

A: {D:你哪儿不舒服？}
What's the matter? (Literally: where are you uncomfortable?)

B: {D:我头疼，还有点儿发烧。}
I have a headache, and a bit of a fever.

A: {D:从什么时候开始的？}
When did it start?

B: {D:昨天晚上。}
Last night.

A: {D:我看看。张开嘴，说“啊”。}
Let me have a look. Open your mouth and say "ah".

B: {D:啊——}

A: {D:嗓子有点儿红，可能是感冒。我给你开点儿药，一天三次，饭后吃。}
Your throat is a bit red, it's probably a cold. I'll give you some medicine, three times a day, after meals.

B: {D:谢谢医生。}
Thank you, doctor.

New words

{D:舒服} shūfu – comfortable
{D:发烧} fāshāo – to have a fever
{D:嗓子} sǎngzi – throat
{D:感冒} gǎnmào – a cold
{D:开药} kāi yào – to prescribe medicine

Note: {D:有点儿} goes before adjectives that describe something unwelcome. {D:有点儿红} is natural; {D:有点儿好} is not.
""")

dd("bilingual-university-notice", """
Notice: Library closure during the National Day holiday
{D:关于国庆节假期图书馆闭馆的通知}

Dear students and staff,

The main library will be closed from 1 October to 5 October for the National Day holiday. The reading room on the ground floor of the Science Building will remain open from 9:00 to 17:00 during this period. Books due during the closure may be returned on 6 October without a fine.

{D:各位同学、老师：}

{D:国庆节假期期间，总图书馆将于10月1日至10月5日闭馆。在此期间，理科楼一楼阅览室照常开放，开放时间为9:00至17:00。闭馆期间到期的图书可于10月6日归还，不收取逾期费用。}

Electronic resources, including databases and e-journals, can be accessed off campus through the university VPN as usual.

{D:数据库、电子期刊等电子资源可照常通过学校VPN在校外访问。}

We wish you a pleasant holiday.

{D:祝大家节日愉快！}

University Library
{D:学校图书馆}
28 September 2026
""")

dd("social-media-roundup", """
What China was talking about this week: five trending topics

Our weekly look at the top searches on Weibo and Douyin, with the original hashtags so you can find the posts yourself.

1. {D:#高考作文题#}
The essay questions from this year's national university entrance exam, released on the first morning. One prompt asked students to write about artificial intelligence and "whether the questions we ask will become fewer". Teachers argued all week about what it meant.

2. {D:#淄博烧烤#}
Yes, again. The barbecue town in Shandong is having another summer rush, and hotels are said to be fully booked every weekend.

3. {D:#打工人的午饭#}
"Lunch of the working people": office workers posting photos of their cheapest lunches. The winning entry so far is a single steamed bun and a boiled egg for 3.5 yuan.

4. {D:#暴雨预警#}
Heavy rain warnings across the south. Several cities suspended classes on Thursday.

5. {D:#原来这就是松弛感#}
Roughly "so this is what feeling relaxed looks like". Videos of people doing calm, unhurried things, often an older person fishing while chaos happens around them. The word {D:松弛感} itself has become one of the buzzwords of the year.

As always, view counts on these platforms are hard to verify, so treat the numbers you see with caution.
""")

dd("itinerary-place-names", """
Seven days in Yunnan: our itinerary

Day 1 – Kunming ({D:昆明})
Arrive in the afternoon. Walk around Green Lake ({D:翠湖}) and eat crossing-the-bridge noodles ({D:过桥米线}) for dinner.

Day 2 – Kunming to Dali ({D:大理})
Morning train, about two hours. Check in near the South Gate ({D:南门}) of the old town. Evening walk along Foreigners' Street ({D:洋人街}), which is mostly Chinese tourists now.

Day 3 – Erhai Lake ({D:洱海})
Hire e-bikes and ride the west shore to Xizhou ({D:喜洲}). Try the local flatbread, {D:喜洲粑粑}, which comes sweet or savoury.

Day 4 – Dali to Lijiang ({D:丽江})
Bus or train. Afternoon in the old town of Dayan ({D:大研古城}); climb up to Lion Hill ({D:狮子山}) for the view.

Day 5 – Jade Dragon Snow Mountain ({D:玉龙雪山})
Book the cable car tickets online at least two days ahead. Bring a warm coat; it's over 4,500 metres at the top.

Day 6 – Shuhe ({D:束河})
A quieter old town. We spent the day doing nothing, which was the best day of the trip.

Day 7 – Fly home from Lijiang Sanyi Airport ({D:丽江三义机场})

Budget for two people, excluding flights: about 6,500 yuan.
""")

dd("forum-sign-mistranslation", """
What does this sign actually say? (photo from a Guangzhou mall)

Posted by kiwi_in_gz:
Found this by the escalator. The English reads "Carefully slide". I assume it's a warning and not an invitation? The Chinese is {D:小心地滑}.

Reply from shu_reads:
It's a warning: "Caution, slippery floor". The problem is that {D:地} can be read two ways. Here it's {D:地} as in "ground" or "floor", so it's {D:小心} (be careful) + {D:地滑} (the floor is slippery). Whoever translated it read {D:地} as the adverb marker, which turns {D:小心地} into "carefully", and then {D:滑} as "slide".

Reply from kiwi_in_gz:
So the same characters can mean both?

Reply from shu_reads:
Yes, which is why it's such a famous mistake. You'll see similar ones: {D:小心碰头} ("mind your head") on low doorways has been translated as "carefully bump your head".

Reply from tunnel_rat:
My favourite was the toilet sign {D:残疾人厕所}, which should be "accessible toilet" but came out as "deformed man toilet", because a dictionary gave "deformed" for {D:残疾}. That one has mostly disappeared now.

Reply from kiwi_in_gz:
Brilliant, thanks. I'm going to start a photo collection.
""")


# ---------------------------------------------------------------- leftovers

ll("same-subject-paragraph-hotel", """
Jinjiang Lakeview Hotel - About Us

Home > About Us > Hotel Introduction

Jinjiang Lakeview Hotel is located on the east bank of Xuanwu Lake, only 10 minutes walk from Xuanwumen subway station. The hotel has 268 guest rooms and suites, all rooms have lake view or garden view, equipped with free Wi-Fi, smart TV and independent bathroom. Guests can enjoy the beautiful scenery of the lake and the Purple Mountain from the window.

{L:酒店于2019年完成全面升级改造，新增行政酒廊及室内恒温泳池。三楼设有可容纳500人的无柱宴会厅，配备LED大屏及同声传译系统，是举办婚宴、年会和商务会议的理想场所。}

Dining

The hotel Chinese restaurant "Jinling Pavilion" mainly provides Huaiyang cuisine and Nanjing local dishes, the chef team has more than 20 years experience. The all-day dining restaurant on the first floor provides buffet breakfast from 6:30 to 10:00.

{L:大堂吧每日14:00至17:00供应下午茶，住店客人凭房卡可享受八折优惠。}

Transportation

Nanjing South Railway Station: about 25 minutes by car
Nanjing Lukou International Airport: about 50 minutes by car
The hotel provides airport shuttle service, please make reservation 24 hours in advance.

Reservation hotline: 025-8888-6601
Address: No. 18 Xuanwu Lake East Road, Xuanwu District, Nanjing
""")

ll("bilingual-headings-one-body-school", """
Hongxing Experimental Primary School

{D:学校概况} School Profile

Hongxing Experimental Primary School was founded in 1956, is a provincial-level demonstration school. The school now has 42 classes, more than 1,900 students and 126 teaching staff. The campus covers an area of 35,000 square meters, with a standard 300-meter track, an indoor gymnasium and a library with 80,000 books.

{D:办学理念} Educational Philosophy

The school adheres to the concept of "Let every child shine", pays attention to the all-round development of students, and carries out characteristic courses such as calligraphy, Go chess, robot programming and campus football.

{D:师资队伍} Teaching Staff

{L:学校现有特级教师3名，市级学科带头人8名，区级骨干教师25名。近三年来，教师在各级各类教学比赛中获奖120余人次，发表论文200余篇。学校重视青年教师培养，实行“师徒结对”制度，每位新教师入职后由一名经验丰富的老教师带教两年。}

{D:荣誉成果} Honors

National Campus Football Characteristic School (2017)
Provincial Civilized Campus (2019)
Municipal Excellent School for Labor Education (2022)

Address: No. 66 Xinhua Road, Hongxing District
Tel: 0571-8612-3345
""")

ll("clause-glued-county-news", """
Lishui County held the 2026 spring tree planting volunteer activity

Release time: 2026-03-13  Source: County Forestry Bureau

On the morning of March 12, Lishui County organized more than 600 cadres, workers and volunteers to the Qingshan Ecological Park to carry out voluntary tree planting activity,{L:共栽植香樟、桂花、银杏等苗木3000余株。}

At the planting site, everyone divided the work and cooperated, some dug pits, some carried saplings, some watered,{L:现场干劲十足、热火朝天。}The county leaders also participated in the labor and planted trees with the volunteers.

The person in charge of the County Forestry Bureau introduced that in recent years Lishui County has continuously promoted the greening action of the whole county,{L:森林覆盖率已达到68.5%，}and the urban green space rate exceeded 40%. This year the county plans to complete afforestation of 12,000 mu,{L:新建村庄绿化示范点20个。}

Students of Lishui No. 2 Middle School also took part in the event,{L:同学们表示，通过亲手种下一棵树，更加懂得了保护环境的意义。}

The activity lasted more than three hours,{L:活动取得圆满成功。}

Editor: Zhang Hui
""")

ll("list-partial-hospital", """
Departments - Shengli People's Hospital

Home > Medical Services > Clinical Departments

Our hospital has 38 clinical departments and 12 medical technology departments. Outpatient services are open from Monday to Sunday, 8:00-12:00 and 14:00-17:30.
Internal Medicine
- Cardiology
- Respiratory and Critical Care Medicine
- Gastroenterology
- {L:肾内科}
- Endocrinology
- {L:神经内科}

Surgery
- General Surgery
- Orthopedics
- {L:泌尿外科}
- Neurosurgery
- {L:烧伤整形科}

Other Clinical Departments
- Obstetrics and Gynecology
- Pediatrics
- Ophthalmology
- {L:耳鼻咽喉头颈外科}
- Dermatology
- {L:中医科}
- Rehabilitation Medicine

Medical Technology
- Clinical Laboratory
- Radiology
- {L:超声医学科}
- Pharmacy

Appointment: please register through the hospital WeChat official account or call 0536-2288-120.
""")

ll("table-cells-tourism", """
Tickets and Opening Hours - Yunmeng Mountain Scenic Area

Opening hours: 8:00-17:30 (ticket sales stop at 16:30)

| Ticket type | Price (yuan) | Notes |
| --- | --- | --- |
| Adult ticket | 120 | Including scenic area bus |
| Student ticket | 60 | {L:凭有效学生证} |
| Senior ticket (60-69) | 60 | Valid ID required |
| {L:70周岁以上老人} | Free | {L:凭身份证免票入园} |
| Children under 1.2m | Free | Must be accompanied by adults |
| Cable car (one way) | 80 | {L:不含门票} |
| Cable car (round trip) | 140 | |
| {L:现役军人、残疾人} | Free | With valid certificate |

Preferential policies

1. On March 8 Women's Day, female visitors enjoy half price ticket.
2. Groups of more than 20 people can enjoy 20% discount, please book 3 days in advance.
3. {L:景区内禁止吸烟，禁止携带火种进山。}

Transportation: Take tourist bus No. 5 from the city bus station, about 40 minutes.

Consultation hotline: 0310-6677-5500
""")

ll("single-sentence-company", """
About Huaxin Precision Machinery Co., Ltd.

Huaxin Precision Machinery Co., Ltd. was established in 2003 and is located in Kunshan Economic and Technological Development Zone. The company is a high-tech enterprise specializing in the research, development and production of CNC machine tools, precision molds and automation equipment.

The company covers an area of 45,000 square meters and has more than 560 employees, including more than 90 engineers and technicians. We have imported advanced processing equipment from Germany, Japan and Switzerland, and established a complete quality management system certified by ISO 9001 and IATF 16949.

Our products are widely used in automobile parts, electronic communications, medical equipment and new energy industries, and are exported to more than 30 countries and regions including Germany, the United States, Japan and South Korea.

{L:公司始终坚持“质量第一、客户至上”的经营理念，竭诚为国内外客户提供优质的产品和服务。}

Looking to the future, Huaxin will continue to increase investment in research and development, and strive to become a world-class supplier of precision manufacturing solutions.

Contact Us
Tel: +86-512-5766-8800
Email: sales@huaxin-precision.example
Address: No. 168 Qianjin East Road, Kunshan, Jiangsu
""")

ll("cms-labels-news-portal", """
Our city's first smart parking system officially put into operation

{L:来源：}Municipal Transportation Bureau  {L:作者：}Wang Lei  {L:发布时间：}2026-05-20  {L:点击量：}1386

On May 19, the first batch of smart parking facilities in the main urban area were officially put into operation. The system covers 46 roads and 5,200 parking spaces, citizens can check the vacant parking spaces in real time through the mobile phone APP and pay parking fees online.

According to the relevant person in charge, the system uses geomagnetic sensors and high-level video to identify vehicles, which can effectively solve the problems of difficult parking and disorderly parking in the old city. The first 15 minutes of parking are free, and after that it is charged 2 yuan per hour.

The second phase of the project is expected to be completed by the end of this year, and will extend to hospitals, schools and commercial areas.

{L:【打印本页】【关闭窗口】}

{L:上一篇：}The city held a work meeting on road traffic safety
{L:下一篇：}Notice on adjustment of bus line 23

{L:责任编辑：}Liu Fang
""")

ll("image-captions-ngo", """
Green Hope Foundation - Rural Library Project 2025 Annual Report

Since 2015, the Green Hope Foundation has built 214 rural libraries in 9 provinces, benefiting more than 80,000 children. In 2025, with the support of 37 corporate partners and more than 3,000 individual donors, we completed 28 new libraries in Guizhou, Yunnan and Gansu.

[Photo] {L:志愿者在黔东南州雷山县某小学整理新到的图书}

Each library is equipped with about 2,000 books, bookshelves, reading tables and chairs. We also train one teacher from each school as the library administrator, and organize reading activities every semester.

[Photo] Children reading in the new library of Hongshan Primary School, Dingxi City, Gansu Province

In September 2025, 45 volunteers from Shanghai and Shenzhen went to Yunnan to hold a week-long summer reading camp, the content included storytelling, drama and drawing.

[Photo] {L:夏令营结营仪式上，孩子们展示自己制作的绘本}

Financial summary: total income 6.42 million yuan, of which 91% was used directly for project expenditure.

[Photo] {L:基金会理事长与捐赠企业代表合影}

How to donate: bank transfer, Alipay or WeChat Pay. All donations can receive an official receipt.
""")

ll("leader-speech-university", """
The university held the 2026 work conference on teaching

On the afternoon of February 27, the 2026 undergraduate teaching work conference was held in the academic lecture hall of the library. University leaders, heads of all colleges and departments and teacher representatives more than 300 people attended the meeting.

At the meeting, Vice President Chen Guoqiang summarized the teaching work of the past year and made arrangements for the key tasks of this year. He said that the university added 4 national first-class undergraduate majors last year, and the employment rate of graduates reached 95.3%.

Secretary of the Party Committee Li Ming pointed out,{L:要坚持立德树人根本任务，把人才培养质量作为衡量办学水平的根本标准，}We should deepen the reform of education and teaching, and strengthen the construction of teaching staff.

Li Ming stressed,{L:各学院要切实落实主体责任，主要负责同志要亲自抓、负总责，}Ensure that all work is implemented.

President Zhao Wenhua emphasized,{L:要以本科教学审核评估为契机，推动学校教育教学质量再上新台阶。}

Representatives of the School of Mechanical Engineering and the School of Foreign Languages made exchange speeches at the meeting, and shared their experience in curriculum reform and practical teaching.

(Photo: Propaganda Department  Text: Academic Affairs Office)
""")

ll("short-inline-leftovers-expo", """
The 8th China-ASEAN Tea Culture Expo opened in Nanning

Time: 2026-10-15 18:20  Source: Nanning Daily

On the morning of October 15, the 8th China-ASEAN Tea Culture Expo opened at the Nanning International Convention and Exhibition Center. The {L:开幕式} was held in the main hall, attended by guests from 10 ASEAN countries and more than 2,000 exhibitors and buyers.

The expo has an exhibition area of 30,000 square meters, with 1,200 standard booths. The exhibition is divided into the Guangxi tea area, the ASEAN area, the tea set and {L:茶文化创意} area and the e-commerce live broadcast area.

At the opening ceremony, the organizer released the "Guangxi Tea Brand List" and signed 26 {L:合作项目} with a total amount of 3.8 billion yuan. Representatives of tea enterprises from Vietnam, Laos and Myanmar introduced their products to Chinese buyers.

During the expo, there will also be {L:斗茶大赛}, tea art performances, a forum on tea industry development, and {L:非遗展示} of traditional tea-making skills. Visitors can taste Liubao tea, jasmine tea and Thai milk tea for free in the tasting zone.

The expo will last until October 18.

Admission is free with online {L:实名预约}.

Editor: Huang Li
""")

ll("room-types-partial-hotel", """
Rooms & Suites - Xishuangbanna Rainforest Resort

All rooms are equipped with air conditioning, free Wi-Fi, 55-inch TV, minibar, safe, hair dryer and 24-hour hot water.

Superior Garden Room
Area: 38 m² | Bed: King bed or twin beds | Max: 2 adults
Overlooking the tropical garden, with private balcony.

Deluxe River View Room
Area: 45 m² | Bed: King bed | Max: 2 adults and 1 child
{L:房间可直接欣赏澜沧江景色，配备独立浴缸。}

{L:雨林家庭套房}
Area: 72 m² | Bed: 1 king bed + 2 single beds | Max: 4 persons
One bedroom and one living room, suitable for family travel, children's toys provided.

Pool Villa
Area: 120 m² | Bed: King bed | Max: 2 adults
Private swimming pool and outdoor shower, {L:含双人早餐及欢迎水果}.

Remarks
- Check-in time is after 14:00, check-out time is before 12:00.
- {L:加床费用为每晚200元（含早餐）。}
- Pets are not allowed.
- Free shuttle bus to Gaozhuang night market every evening at 19:00.

Booking: +86-691-2156-7788 | reservation@banna-resort.example
""")

ll("same-subject-paragraph-admissions", """
2026 International Student Admissions - Donghai Normal University

About the program

Donghai Normal University welcomes international students to apply for bachelor's, master's and doctoral degree programs. Programs taught in English include Business Administration, Computer Science, Chinese Language Education and International Trade. Applicants for Chinese-taught programs are required to have HSK level 4 or above.

{L:学校为国际学生提供多种奖学金，包括中国政府奖学金、省政府奖学金和校长奖学金。校长奖学金一等奖可全额免除学费和住宿费，并每月发放2500元生活补助。申请人须在线提交申请材料，并参加学院组织的线上面试。}

Application period

For the fall semester: January 10 to May 31.
For the spring semester: September 1 to November 30.

Application materials
1. Online application form
2. Copy of passport
3. Highest degree certificate and transcripts
4. Two letters of recommendation (for graduate applicants)
5. {L:外国人体格检查记录}

Accommodation

International students live in the International Student Apartment on the east campus. Each room is for two persons, with private bathroom and air conditioning. The fee is 6,000 yuan per academic year.

Contact: International Students Office, Room 203, Administration Building
Email: admission@dhnu.example
""")

ll("visiting-hours-glued-hospital", """
Notice on adjusting the visiting hours of inpatient wards

In order to provide a quiet and comfortable treatment environment for patients and to reduce the risk of cross infection, the hospital has decided to adjust the visiting hours of inpatient wards from June 1, 2026. The relevant matters are notified as follows:

1. Visiting hours: 15:00-17:00 and 19:00-20:00 every day,{L:其余时间谢绝探视。}

2. Each patient can be visited by no more than 2 persons at the same time,{L:探视人员须在护士站登记并佩戴探视卡。}

3. The intensive care unit, neonatal ward and infectious disease ward do not accept on-site visits,{L:家属可通过视频探视系统与患者沟通，}the specific time will be arranged by the ward.

4. Visitors with fever, cough and other symptoms should not enter the ward,{L:儿童不宜进入病区。}

5. Please do not bring fresh flowers, pets or hot food into the ward.

We thank patients and their families for your understanding and cooperation,{L:如有疑问请咨询各病区护士站。}

Medical Affairs Department
Jiangbei Central Hospital
May 25, 2026
""")

ll("logo-and-leftovers-scenic", """
{D:千岛湖} Qiandao Lake | Official Tourism Website

Home | Attractions | Tickets | Hotels | News | {D:中文}

Welcome to Qiandao Lake

Qiandao Lake is located in Chun'an County, Hangzhou, with a water area of 573 square kilometers and 1,078 islands. The water quality of the lake is excellent, it is known as "the first water under heaven".

Central Lake Area Tour

Tourists take a cruise ship from the pier to visit Meifeng Island, Moon Island and Tianchi Island. {L:梅峰岛是观赏千岛湖群岛景观的最佳地点，登上观景台可以看到三百多座岛屿。}The whole tour takes about 5 hours.

Cycling Around the Lake

The lakeside greenway is 140 kilometers long, divided into several sections, suitable for cycling and hiking. {L:沿途设有自行车租赁点和休息驿站，}bicycles can be returned at any station.

Local Food

Qiandao Lake organic fish head is the most famous dish. {L:此外还有千岛湖鱼干、淳安笋干等特产，深受游客喜爱。}

Tourist service hotline: 0571-6481-2345
{D:浙ICP备12045678号}
""")

ll("product-spec-company", """
Product Details - HX-2200 Industrial Air Compressor

Model: HX-2200
Type: Oil-injected screw air compressor
Motor power: 22 kW
Free air delivery: 3.6 m³/min at 0.8 MPa
Maximum working pressure: 1.0 MPa
Cooling method: Air cooling
{L:噪音}: ≤68 dB(A)
Drive mode: Direct drive
{L:排气温度}: ≤ ambient temperature + 15°C
Dimensions (L×W×H): 1350 × 900 × 1200 mm
Weight: 580 kg
{L:防护等级}: IP54

Product features

1. The high-efficiency main engine adopts advanced rotor profile, energy saving more than 10% compared with ordinary models.
2. Intelligent microcomputer controller, real-time display of operating parameters, {L:具有故障报警和自动停机保护功能}.
3. Low noise design, suitable for installation in the workshop.
4. {L:整机出厂前经过严格测试，确保运行稳定可靠。}

Applications: machinery manufacturing, textile, food packaging, electronics, pharmaceutical and other industries.

Warranty: main engine 2 years, whole machine 1 year.

Inquiry: Please fill in the form below and our sales engineer will contact you within 24 hours.
""")

ll("icp-and-cms-news", """
Xinjiang Cotton Harvest Exceeds Expectations This Year

2026-10-22 09:15  {L:来源：}Tianshan Net  {L:字号：大 中 小}

This year, the cotton planting area in the region reached 36 million mu, and the mechanical picking rate exceeded 85%. According to the statistics of the agricultural department, the average yield per mu increased by 6% compared with last year.

In the cotton fields of Shawan City, large cotton pickers are operating, one machine can pick more than 200 mu of cotton a day. A local farmer said that in the past it needed dozens of workers to pick cotton by hand, now it only needs two or three people.

Experts said that the good harvest benefited from suitable weather and the promotion of high-yield varieties and drip irrigation technology. {L:下一步，自治区将继续推进棉花产业高质量发展，提升品牌影响力。}

{L:相关新闻：}
- New cotton purchase price announced
- Cotton processing enterprises start production

{L:分享到：}WeChat  Weibo  QQ

About Us | Contact Us | Advertising | Site Map
Copyright © 2026 Tianshan Net All Rights Reserved
{D:新ICP备05001234号-1}
""")

ll("table-cells-ngo-project", """
2025 Project Implementation Summary - Sunshine Elderly Care Association

The following table shows the main projects carried out by the association in 2025:

| Project | Beneficiaries | Budget (yuan) | Status |
| --- | --- | --- | --- |
| Home care for lonely elderly | 320 people | 480,000 | Completed |
| {L:老年食堂助餐服务} | 1,150 people | 620,000 | Completed |
| Health lectures in communities | 2,400 person-times | 45,000 | {L:已完成} |
| {L:智能手机使用培训} | 560 people | 30,000 | Completed |
| Volunteer visits during festivals | 800 households | 60,000 | Completed |
| Dementia screening | 410 people | 95,000 | {L:进行中} |

In 2025, the association had 1,280 registered volunteers, with a total service time of 36,000 hours. We cooperated with 14 community health service centers and 3 nursing homes.

Plans for 2026
1. Expand the meal assistance service to 5 more communities.
2. {L:建立失能老人家庭照护者支持小组。}
3. Train 200 new volunteers.

Donation account: Sunshine Elderly Care Association, Bank of China Wuhan Branch
""")

ll("language-link-county-notice", """
Yongping County People's Government | English | {D:中文}

Notice on the implementation of the 2026 rural road maintenance project

To all townships, relevant departments:

In order to improve the traffic conditions of rural roads and facilitate the travel of the masses, the county government has decided to implement the rural road maintenance project in 2026. The relevant matters are notified as follows:

1. Scope: A total of 126 kilometers of rural roads in 11 townships, including road surface repair, drainage ditch cleaning and installation of safety protection facilities.

2. Time: From April 1 to October 31, 2026.

3. Requirements: {L:各乡镇要高度重视，成立工作专班，明确责任人，确保工程质量和施工安全。}During the construction period, the construction unit shall set up warning signs and arrange personnel to guide traffic.

4. Funds: The project is funded by the county finance and the provincial transportation special fund, with a total investment of 38 million yuan. {L:资金实行专款专用，严禁挤占挪用。}

5. Supervision: {L:县交通运输局负责项目的监督检查，}and will report the progress monthly.

Yongping County People's Government Office
March 18, 2026
""")

ll("single-sentence-hotel-faq", """
Frequently Asked Questions - Binhai Seaview Hotel

Q: What time is check-in and check-out?
A: Check-in is from 14:00, check-out is before 12:00 noon. Late check-out until 14:00 can be arranged depending on room availability.

Q: Does the hotel provide parking?
A: Yes, the hotel has an underground parking lot with 150 spaces, free of charge for hotel guests.

Q: Is breakfast included in the room price?
A: It depends on the rate you booked. Breakfast is served in the Seaview Restaurant on the 2nd floor from 6:30 to 10:00.

Q: Can I bring my pet?
A: {L:很抱歉，酒店暂不接受宠物入住，导盲犬除外。}

Q: Is there a shuttle to the airport?
A: The hotel provides a paid airport shuttle service, 150 yuan per car one way. Please contact the front desk at least 12 hours in advance.

Q: Does the hotel have a swimming pool?
A: Yes, the outdoor infinity pool is open from May to October, 7:00-21:00.

Q: How can I get an invoice?
A: Please provide your company name and tax number at the front desk when you check out.
""")

ll("menu-items-partial-restaurant", """
Lao Chang'an Restaurant - Menu

Cold Dishes
Cucumber with garlic sauce ............ 18
Shaanxi cold noodles (liangpi) ........ 16
{L:凉拌木耳} ........................... 22
Spiced beef ........................... 48

Hot Dishes
Biangbiang noodles with oil-splashed chili ... 28
Braised pork belly with steamed bun ...... 38
{L:葫芦鸡} ............................. 88
Stir-fried lamb with cumin .............. 58
{L:酸汤水饺（12个）} ..................... 26
Mapo tofu ............................. 28

Soups
Mutton soup with crumbled flatbread (paomo) ... 45
{L:胡辣汤} ............................. 15

Drinks
Osmanthus rice wine ................... 20
{L:冰峰汽水} ........................... 6
Soft drinks ........................... 8

Prices in RMB. {L:本店不收取服务费。}Please inform our staff if you have any food allergies.
Opening hours: 10:30-14:30, 17:00-22:00
""")
ll("museum-exhibit-partial", """
Special Exhibition: Treasures of the Silk Road

Exhibition period: June 1 - September 30, 2026
Venue: Exhibition Hall 3, Gansu Provincial Museum

This exhibition brings together 186 pieces (sets) of cultural relics from 12 museums along the Silk Road, showing the exchanges of culture, religion and trade between East and West from the Han dynasty to the Tang dynasty.

Part One: The Opening of the Road
Displays bamboo slips, bronze horses and coins of the Han dynasty. {L:其中，出土于武威雷台汉墓的铜奔马是本次展览的重点展品之一。}

Part Two: {L:商旅往来}
Camel figurines, glassware and silver vessels from Persia and Central Asia show the prosperity of trade along the road.

Part Three: Faith and Art
Buddhist statues and copies of Dunhuang murals. {L:展厅内设有莫高窟第45窟的等比例复制洞窟，观众可进入参观。}

Part Four: The Road Today
Photographs and multimedia show the modern Belt and Road development.

Visitor information
- Free admission, reservation required through the museum WeChat account.
- {L:每周一闭馆（法定节假日除外）。}
- Guided tours in English at 10:00 and 15:00 on Saturdays.
""")

ll("breadcrumb-and-heading-leftovers", """
{L:当前位置：首页 > 新闻中心 > 公司动态}

Company held the 2026 safety production month launching ceremony

On June 3, the company held the launching ceremony of the "Safety Production Month" activity in the square of the production base. More than 500 employees from all workshops participated.

The general manager Sun Hongwei delivered a mobilization speech, he required all departments to take this activity as an opportunity to investigate hidden dangers and strengthen safety training. During the month, the company will carry out fire drills, emergency rescue drills, safety knowledge contests and other activities.

{L:活动安排}

June 5: Fire emergency evacuation drill
June 12: Special inspection of hazardous chemicals warehouse
June 18: {L:全员安全知识竞赛}
June 25: Summary and commendation meeting

After the ceremony, employees signed their names on the banner of "Safety First, Prevention Foremost", expressing their determination to do a good job in safety production.

{L:打印} | {L:关闭}
Views: 245
""")

ll("job-postings-partial", """
Careers - Zhongke Bio-Pharmaceutical Co., Ltd.

Join us and grow together! We offer competitive salary, five social insurances and one housing fund, annual physical examination, paid annual leave and staff dormitory.

Position 1: QC Analyst
Number: 3
Location: Taizhou
Requirements:
1. Bachelor degree or above in pharmacy, chemistry or related majors;
2. Familiar with HPLC, GC and other analytical instruments;
3. {L:有GMP工作经验者优先；}
4. Good communication skills and team spirit.

Position 2: {L:销售代表}
Number: 10
Location: Shanghai, Nanjing, Hangzhou
Requirements:
1. College degree or above, major in medicine preferred;
2. {L:能适应经常出差，有驾照者优先；}
3. Salary: basic salary + commission.

Position 3: Production Operator
Number: 15
Requirements: High school education or above, able to work in shifts. {L:公司提供免费工作餐和班车。}

How to apply: Please send your resume to hr@zhongke-bio.example, indicating the position in the subject line. {L:简历请注明期望薪资。}
""")

ll("tender-notice-glued", """
Procurement Announcement: Campus Security Monitoring System Upgrade Project

Project No.: JXCG-2026-0412

1. Project overview
The project purchases and installs a campus security monitoring system for Jiangxi Vocational College of Technology, including 320 high-definition cameras, storage servers and a monitoring center platform,{L:预算金额为人民币186万元。}

2. Qualification requirements for bidders
(1) Have independent legal person qualification,{L:具有良好的商业信誉和健全的财务会计制度；}
(2) Have the ability to perform the contract;
(3) No major illegal records in business activities in the past three years;
(4) {L:本项目不接受联合体投标。}

3. Obtaining bidding documents
Time: April 15, 2026 to April 22, 2026, 9:00-17:00 (excluding holidays),{L:供应商须在江西省公共资源交易网注册后下载招标文件。}

4. Bid submission deadline and opening time
Deadline: May 8, 2026 at 9:30 (Beijing time). Location: Room 5, Bid Opening Hall, Public Resources Trading Center.

5. Contact information
Purchaser: Jiangxi Vocational College of Technology
Contact person: Mr. Huang  Tel: 0791-8832-1100
""")

ll("city-traffic-notice-short", """
Notice on temporary traffic control during the 2026 city marathon

The 2026 Riverside City Marathon will be held on Sunday, November 8. In order to ensure the smooth progress of the race, the traffic police department will implement temporary traffic control on relevant roads. The details are as follows:

Control time: 6:00-14:00 on November 8

Control sections: Binjiang Avenue (from {L:市民广场} to Nanhu Bridge), Zhongshan Road, Century Avenue and Olympic Center Road. During the control period, vehicles are prohibited from passing, {L:行人}should follow the instructions of the staff.

Bus lines: 12 bus lines including Line 3, Line 15 and {L:旅游专线} will be temporarily detoured or suspended. Metro Line 1 and Line 2 will start operation one hour earlier at 5:30.

Citizens are advised to arrange their travel reasonably and choose public transport. Vehicles parked on the control sections must be moved before 22:00 on November 7, otherwise they will be towed by the {L:交警部门}.

We apologize for the inconvenience and thank you for your understanding and support.

City Public Security Bureau Traffic Police Detachment
""")

ll("bilingual-banner-conference-news", """
Forum on Digital Economy and Regional Cooperation held in Chongqing

{D:数字经济与区域合作论坛} Forum on Digital Economy and Regional Cooperation

On September 21, the Forum on Digital Economy and Regional Cooperation was held in Chongqing. More than 400 representatives of government departments, universities, research institutes and enterprises from China and abroad attended the forum.

The forum set up one main forum and four sub-forums, focusing on the topics of industrial internet, cross-border data flow, smart cities and digital trade. Experts from Singapore, Malaysia and Germany made keynote speeches.

{L:论坛期间，共有32个项目现场签约，总投资额超过260亿元，涉及智能制造、大数据中心、跨境电商等领域。}

In his speech, the deputy mayor said that Chongqing would further open its digital market and welcome enterprises from all over the world to invest. He also introduced the construction of the western land-sea new corridor.

{L:本届论坛由重庆市人民政府主办，市经济和信息化委员会、市商务委员会承办。}

The next forum will be held in Chengdu in 2027.
""")

ll("ecommerce-reviews-partial", """
Customer Reviews - Handmade Ceramic Tea Set (1 teapot + 6 cups)

Rating: 4.8 / 5 (1,262 reviews)

★★★★★ Buyer 138****2217
The tea set is very beautiful, the glaze is smooth and the color is exactly like the picture. Packaging is very careful, nothing broken. Will buy again.

★★★★★ Buyer lily_tea
{L:质量很好，泡茶不烫手，送给长辈非常有面子。}

★★★★☆ Buyer Mr.Zhou
The teapot pours well, but one cup has a small bubble on the bottom. Customer service replied fast and sent a new cup.

★★★★★ Buyer 186****0935
Bought as a gift for my father's birthday, he likes it very much. {L:物流也很快，两天就到了。}

★★★☆☆ Buyer anonymous
The color is a bit darker than the picture. {L:总体还可以吧。}

★★★★★ Buyer green_leaf
Second time to buy. The gift box is elegant and suitable for giving to clients.

Seller reply: Thank you for your support! {L:如有任何问题请随时联系在线客服，我们将竭诚为您服务。}

{L:查看更多评价}
""")

ll("doctor-profiles-partial", """
Expert Introduction - Department of Cardiology

Dr. Wang Jianguo
Title: Chief Physician, Professor, Doctoral Supervisor
Specialty: Coronary heart disease interventional therapy, complex arrhythmia
Outpatient time: Monday morning, Thursday afternoon
Introduction: Graduated from Peking Union Medical College, engaged in cardiovascular clinical work for more than 30 years. {L:现任省医学会心血管病学分会副主任委员，主持国家自然科学基金项目3项。}

Dr. Liu Xiaohong
Title: Chief Physician
Specialty: Hypertension, heart failure
Outpatient time: Tuesday all day
Introduction: She has rich experience in the diagnosis and treatment of refractory hypertension and has published more than 40 academic papers.

Dr. Zhao Peng
Title: {L:副主任医师}
Specialty: {L:心脏起搏器植入、射频消融术}
Outpatient time: Wednesday morning, Friday morning
Introduction: Visiting scholar at the Cleveland Clinic in 2018. Good at the treatment of atrial fibrillation.

Dr. Sun Li
Title: Attending Physician
Specialty: Echocardiography
Outpatient time: Saturday morning

Registration fee: chief physician 50 yuan, associate chief physician 30 yuan.
""")

ll("canteen-menu-table-school", """
Weekly Menu of Student Canteen (May 11 - May 15)

Dear parents, the following is the lunch menu of the school canteen this week. All ingredients are purchased from certified suppliers and samples are kept for 48 hours.

| Day | Main dish | Side dish | Vegetable | Soup |
| --- | --- | --- | --- | --- |
| Monday | Braised chicken wings | Scrambled eggs with tomato | Stir-fried bok choy | Seaweed egg soup |
| Tuesday | {L:红烧狮子头} | Shredded potato | Garlic broccoli | {L:冬瓜排骨汤} |
| Wednesday | Sweet and sour pork | Tofu with minced meat | Stir-fried cabbage | Corn soup |
| Thursday | Braised beef with potato | {L:西葫芦炒蛋} | Lettuce | Mushroom soup |
| Friday | Steamed fish fillet | Braised eggplant | {L:清炒菠菜} | Pumpkin millet porridge |

Staple food: rice every day, steamed buns on Wednesday.
Fruit: apple, banana, watermelon in rotation.

{L:如学生有食物过敏，请家长及时告知班主任。}

Canteen Management Committee
""")

ll("festival-schedule-tourism", """
2026 Lotus Festival of Weishan Lake - Event Schedule

The 12th Weishan Lake Lotus Festival will be held from July 10 to August 20. Visitors can enjoy 100,000 mu of lotus flowers, take a boat trip through the lotus ponds and taste local lake food.

Main events

July 10, 9:00 - Opening ceremony and folk art performance, Lotus Square
July 10-20 - Lotus photography exhibition, Visitor Center Exhibition Hall
July 15 - {L:渔家婚俗表演}, Weishan Island Pier
July 18-19 - Lotus root digging experience for families, Lotus Pond No. 3
July 25 - {L:湖上龙舟邀请赛}
August 1-10 - Night lantern show on the lake, 19:30-22:00
August 15 - Lakeside music night
August 20 - Closing ceremony and award ceremony of the photography contest

Tips
1. Boat tickets: 60 yuan per person, {L:一米二以下儿童免费}.
2. It is hot in summer, please take measures to prevent sunstroke.
3. {L:游船须穿救生衣，禁止在船上嬉戏打闹。}

Consultation: Weishan Lake Tourism Service Center 0537-7011-8899
""")

ll("company-timeline-partial", """
Development History - Jinlong Textile Group

1988 - The predecessor of the company, Jinlong Township Textile Factory, was established with 46 workers and 20 looms.

1995 - Completed restructuring and renamed Jinlong Textile Co., Ltd.

2001 - {L:引进意大利全自动剑杆织机200台，产能扩大三倍。}

2006 - Obtained self-operated import and export rights, products entered the European market.

2010 - Established the provincial enterprise technology center.

2014 - {L:公司在深圳证券交易所中小板上市。}

2018 - Built the intelligent dyeing and finishing factory, reduced water consumption by 35%.

2021 - Established an overseas production base in Vietnam.

2024 - {L:荣获“国家级绿色工厂”称号。}

2026 - Annual sales exceed 5 billion yuan, employing more than 4,200 people.

Looking forward, the group will continue to focus on green, intelligent and international development, and build a century-old textile enterprise.
""")

ll("news-caption-editor", """
The first batch of Yangshan Bay shuttle ferries start operation

On the morning of August 1, the first batch of new energy shuttle ferries in Yangshan Bay officially started operation. The 4 electric ferries will run between Xiaoyangshan Pier and Luchao Port, with a one-way journey of about 35 minutes.

[Image] {L:8月1日上午，首航乘客在小洋山码头排队登船。}

Each ferry can carry 180 passengers, equipped with air conditioning, free Wi-Fi and barrier-free facilities. The ferries use lithium battery power, zero emissions during navigation, and can be fully charged in 40 minutes at the pier.

According to the ferry company, there will be 16 round trips per day in the initial stage, from 6:30 to 20:00. Passengers can buy tickets through the mobile app or at the ticket window. The fare is 25 yuan for adults and 12 yuan for children.

[Image] {L:新能源渡轮驶离码头。}

Local residents said that in the past they had to take a bus for more than an hour, now it is much more convenient.

{L:（记者 陈晓 通讯员 吴建平）}
{L:责任编辑：}Zhou Min  {L:审核：}Li Qiang
""")

ll("policy-qa-partial", """
Policy Q&A: Subsidies for Home Purchases by Talents

Q1: Who can apply for the home purchase subsidy?
A: Full-time undergraduates, masters and doctors who have been employed in our city since January 1, 2025, and have paid social insurance for 6 consecutive months.

Q2: What is the subsidy standard?
A: {L:博士每人补贴20万元，硕士每人补贴10万元，本科每人补贴5万元，分三年发放。}

Q3: Can I apply if I have already bought a house before?
A: Applicants must purchase their first home in the city after starting work here. Those who already own a house in the city are not eligible.

Q4: What materials are required?
A: ID card, diploma, labor contract, social insurance payment certificate and the house purchase contract. {L:材料须提供原件及复印件。}

Q5: Where should I apply?
A: Apply online through the "Talent Service" section of the city government service platform, or go to the Talent Service Center on the 2nd floor of the Citizen Center.

Q6: How long will the review take?
A: {L:自受理之日起20个工作日内完成审核，}the result will be notified by text message.

Consultation hotline: 12345
""")

ll("volunteer-recruitment-ngo", """
Volunteer Recruitment: Riverbank Cleanup Action 2026

Organizer: Blue River Environmental Protection Volunteer Association

The Blue River Association sincerely invites citizens who love nature to join our riverbank cleanup action. Since 2019, our volunteers have collected more than 36 tons of garbage along the Minjiang River.

Time: Every Saturday in April, 8:30-11:30
Gathering place: Riverside Park east gate
Number of volunteers: 80 people each time

Who can join
- Citizens aged 16 and above in good health
- Minors need to be accompanied by parents
- {L:企业、学校可以团队形式报名}

What we provide
Gloves, garbage tongs, garbage bags, reflective vests and drinking water. {L:每位志愿者可获得志愿服务时长证明。}

What you need to bring
Sun hat, comfortable shoes, and your own water cup to reduce plastic waste.

How to sign up: Scan the QR code below, or send your name and phone number to our WeChat account. {L:报名截止时间为每周四晚上八点。}

{L:扫码报名}
""")

ll("travel-agency-itinerary", """
Guilin and Yangshuo 4 Days Tour

Tour code: GL-4D-07 | Price from 1,980 yuan per person

Day 1: Arrival in Guilin
Pick up at Guilin Liangjiang Airport or railway station, transfer to the hotel. Free time in the evening, you can visit the East and West Lanes and Zhengyang Pedestrian Street.
Accommodation: Guilin 4-star hotel

Day 2: Li River cruise
After breakfast, take the Li River cruise from Mopanshan Pier to Yangshuo, about 4 hours, enjoy the scenery of the Nine Horse Fresco Hill and the 20 yuan RMB background. {L:船上提供自助午餐。}Arrive in Yangshuo in the afternoon, free time on West Street.
Accommodation: Yangshuo boutique hotel

Day 3: Yangshuo countryside
Bamboo rafting on the Yulong River, cycling in the countryside. {L:晚上可自费观看大型山水实景演出《印象·刘三姐》，票价约240元起。}

Day 4: Return
Visit Reed Flute Cave, then transfer to the airport.

Price includes: accommodation, meals as listed, air-conditioned vehicle, {L:景点首道门票}, English-speaking guide.
Price excludes: air tickets, personal expenses, {L:单房差}.
""")

ll("hotel-reviews-partial", """
Guest Reviews - Chengdu Jinli Boutique Inn

Overall score 9.1 / 10 · 842 verified reviews

Cleanliness 9.3 · Location 9.6 · Service 9.2 · Value 8.7

"Perfect location" - Anna, Germany, stayed April 2026
Only two minutes' walk to Jinli Ancient Street. The room is decorated in traditional style, very quiet at night. Staff helped us book a hot pot restaurant.

"{L:性价比很高}" - Mr. Chen, Shanghai, stayed March 2026
{L:房间干净整洁，前台小姐姐服务热情，下次来成都还住这里。}

"Good but small room" - David, UK, stayed March 2026
The standard room is a bit small for two big suitcases. Breakfast is simple but fresh.

"Excellent service" - Yuki, Japan, stayed February 2026
The manager gave us a map and marked all the good places to eat. Thank you!

"{L:早餐种类少}" - guest, stayed February 2026
Location is good, {L:但早餐可以再丰富一些。}

Hotel response: Thank you for your valuable comments. {L:我们会不断改进，期待您再次光临！}
""")

ll("party-building-news-leader", """
The Municipal Bureau of Commerce held a special study meeting

Release date: 2026-04-10  Views: 512

On the afternoon of April 9, the Party Group of the Municipal Bureau of Commerce held a theoretical study center group meeting to study the spirit of the recent important meetings. Director Huang Zhiyong presided over the meeting and delivered a speech.

At the meeting, the participants studied the relevant documents and exchanged views on how to promote the high-quality development of the commercial economy.

Huang Zhiyong pointed out,{L:要深刻领会会议精神，切实把思想和行动统一到上级决策部署上来，}Combined with the actual work of commerce,Focus on expanding domestic demand and promoting consumption,{L:加快建设国际消费中心城市。}

Huang Zhiyong required,{L:全局党员干部要发扬实干精神，}We will improve our work style and efficiency,Serve enterprises and serve the masses wholeheartedly,{L:以优异成绩完成全年目标任务。}

Deputy Director Xu Li made a speech on the optimization of the business environment.

He said that in the first quarter, the city's total retail sales of consumer goods increased by 6.8% year on year.

{L:局领导班子成员、各处室主要负责人参加会议。}
""")

ll("library-hours-single-sentence", """
Opening Hours and Services - Pudong Community Library

Opening hours
Tuesday to Sunday: 9:00 - 20:30
Monday: Closed for internal maintenance
Public holidays: 9:00 - 17:00

Borrowing rules
1. Residents can apply for a free library card with their ID card or residence permit.
2. Each card can borrow up to 10 books at a time, the loan period is 30 days, and can be renewed once online.
3. Overdue books are charged 0.1 yuan per book per day.

Services
- Children's reading room with 12,000 picture books
- Free Wi-Fi and 20 public computers
- Self-service printing and copying
- Weekend storytelling for children aged 3-8, every Saturday at 10:00
- Monthly lecture on history and culture

{L:馆内请保持安静，请勿饮食，手机请调至静音状态。}

Address: 2nd floor, No. 456 Zhangyang Road, Pudong New Area
Tel: 021-5882-7700
WeChat: Pudong Community Library
""")

ll("sports-results-short-leftovers", """
Provincial Youth Swimming Championships end in Jinan

The 2026 Provincial Youth Swimming Championships ended on July 28 at the Jinan Olympic Sports Center natatorium. More than 650 athletes from 16 cities competed in 98 events over four days.

Qingdao team topped the {L:金牌榜} with 27 gold medals, followed by Jinan with 21 and Yantai with 14. Two provincial youth records were broken during the competition.

In the boys' 200m butterfly (age group 15-16), Qingdao swimmer Li Haoran won in 2 minutes 1.35 seconds, breaking the {L:省青少年纪录} set in 2019. In the girls' 100m freestyle, Jinan's Wang Yutong won in 56.02 seconds.

Other results
- Girls' 400m individual medley: Zhang Xin (Weifang), 4:52.18
- Boys' 100m breaststroke: {L:刘宇航}(Yantai), 1:03.47
- Mixed 4x100m medley relay: Qingdao, 4:01.66

The competition is also a selection event for the national youth championships in August. {L:比赛期间，}the organizing committee also held a training course for coaches.

The {L:闭幕式} was held after the last race, and the sports delegation of Linyi won the sportsmanship award.
""")

ll("same-subject-paragraph-county-tourism", """
Enjoy the Autumn Colors in Yimeng Mountain Area

Every October, the maple leaves and ginkgo trees in the Yimeng Mountain area turn red and gold, attracting a large number of tourists and photographers. The best viewing period is from late October to mid-November.

{L:今年，县文旅局新开通了三条红叶观赏线路，分别经过大洼村、云蒙湖和老寨山。县里还在沿途增设了8处观景平台和5个停车场，并推出“赏红叶、品农家饭、住民宿”一日游套餐，游客可在游客中心预订。}

Recommended Attractions

Yunmeng Lake: the largest reservoir in the county, the lake surface reflects the colorful mountains, very suitable for photography.

Old Stockade Mountain: the hiking trail is about 6 kilometers, with a height difference of 400 meters, taking about 3 hours round trip.

Dawa Village: a traditional stone house village with more than 300 years of history.

{L:大洼村的柿子也在这个季节成熟，村民们会在院子里晾晒柿饼。}

Traffic tips: On weekends, the roads to the scenic spots are crowded. Please travel by tourist bus from the county bus station.

Tourism consultation: 0539-3366-1234
""")

if __name__ == "__main__":
    SET.build()
