"""Build bench/sets/detect30-*.jsonl: a held-out, hand-written detection set ("detect30").

Twenty-two English pages that contain Chinese on purpose, one of each kind: a Reddit-style thread
where a learner posts office slang and others explain each phrase, a Chinese film week programme
with Chinese titles after the English ones and directors named as `Gao Mingyuan (高明远)`, an
encyclopedia article on Xiamen with a "Names" section (simplified, traditional, pinyin, Hokkien,
postal romanization, nicknames), a lullaby printed as a three-column Markdown table (Chinese,
pinyin, English), a beginners' textbook unit with a vocabulary box and example sentences each
followed by its translation in square brackets, a restaurant menu in `中文名 English name .....
price` lines, a language app's lesson summary with "New words" and "Sentence patterns", a
biography of a marine chemist with her name and her institute in characters in brackets, a
newspaper's "Chinese word of the week" column, a taxi card with addresses to show the driver, a
list of animal idioms with literal and figurative meanings, a calligraphy practice sheet's product
description, a gallery wall text quoting the artist's statement in Chinese and then English, game
localization notes comparing Chinese UI strings with the English ones, classical couplets with
translations, the story of 刻舟求剑 retold for a school class with the original lines quoted, a
list of Spring Festival blessings, a clinic's glossary of Chinese medicine terms, a university
department's bilingual staff list, a bilingual safety sign catalogue, a translator's portfolio
with source, machine draft and revised samples, and an airport signage guide.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a university news page whose image alt-text lines and source line stay Chinese, a company news
page with Chinese sub-headings under English headings that they do not translate, a county tourism
page with one leftover sentence on a county leader's inspection visit, a hospital news page whose
list of doctors keeps their names and titles in Chinese, a school home page whose navigation bar
mixes English and Chinese items, a product page whose warranty paragraph stays Chinese, an events
calendar with two Chinese event names among English ones, a government notice with a Chinese
"related links" list, a news article whose photo caption stays Chinese, a student union page with
a Chinese QR code instruction, a museum visit page with Chinese opening hours, a shop page with
untranslated size chart labels, a research group page with Chinese publication titles, a
conference page with its organizers left in Chinese, an HR notice with an untranslated list of
required documents, a scenic spot page with a Chinese safety warning, a news page with an
untranslated editor's note, a forum thread with Chinese tags, a football club's match report with
one Chinese paragraph, a recipe whose later steps stay Chinese, an online course page with some
chapter titles untranslated, and a tender notice with Chinese qualification requirements.
Deliberate Chinese on those pages (a `中文` language link, an ICP number, a logo line) is marked
as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
classical lines quoted (a Ming academy couplet, proverbs, a passage of the Lüshi Chunqiu) are in
the public domain and their translations were written for this set. The set was written BLIND on
2026-12-04: without reading mtmend's code, its tests, the other bench sets or their builders
(only bench/blind_set.py, the first 60 and last 30 lines of build_blind25.py as a model of the
file format, and `marked()` in build_detection_sets.py were read), and mtmend was never run on
these pages.

Rebuild: `python bench/build_blind30.py` from the repository root; it rewrites
bench/sets/detect30-deliberate.jsonl (ids d30d-NN) and bench/sets/detect30-leftovers.jsonl
(ids d30l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect30", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("forum-thread-phrases-explained", """
r/ChineseLanguage · Posted by u/slow_tones_learner · 6h
Office phrases my coworkers use that my textbook never taught me
I started at a design studio in Chengdu two months ago and half of what I hear at lunch is not in my HSK books. Can someone explain these?
1. {D:摸鱼} (something about fish?)
2. {D:躺平}
3. {D:靠谱} (my manager said I am this, I hope it's good)
4. {D:辛苦了} (people say it to me when I leave at six)
▲ 412 ▼ · 87 comments · Share · Save

u/mapo_and_more · 5h
{D:摸鱼} is literally "to grope for fish", but at work it means slacking off while looking busy. Scrolling your phone under the desk during a meeting is textbook {D:摸鱼}.

u/tingbudong_99 · 5h
{D:靠谱} is a compliment, relax. It means reliable, someone who does what they say. The opposite, {D:不靠谱}, is what you say about a plan that will obviously fall apart by Friday.

u/slow_tones_learner (OP) · 4h
Phew. Thank you!

u/laoshi_in_exile · 4h
{D:辛苦了} is not really "you worked hard". It acknowledges the effort someone put in, a bit like "thanks for all your work today". A modest reply is {D:不辛苦} or {D:还好}, or just a smile.

u/chongqing_noodle · 3h
{D:躺平} means "lying flat": doing the minimum and refusing to join the endless competition for overtime and promotions. Careful with it at work, because depending on who hears it, it can sound like a complaint about your boss.

u/mapo_and_more · 2h
Also learn {D:下班}, "to get off work". The most important word in any language.
""")

dd("film-festival-programme", """
NORTHERN LIGHTS CHINESE FILM WEEK 2027 · Programme
All screenings at the Regent Cinema, Screen 2. Films are in Mandarin or Cantonese with English subtitles unless noted.

FRIDAY 12 MARCH
18:30 · The Salt Road / {D:盐道}
Dir. Gao Mingyuan ({D:高明远}) · 2026 · 112 min · Mandarin
A mule driver carries salt over the mountains of western Yunnan one last time before the new highway opens.

21:00 · Typhoon Season / {D:台风季}
Dir. Leung Ka-yan ({D:梁嘉欣}) · 2025 · 98 min · Cantonese
Three sisters sit out a storm in their late father's noodle shop and argue about whether to sell it.

SATURDAY 13 MARCH
14:00 · Paper Cranes / {D:纸鹤}
Dir. Zhou Wenjing ({D:周文静}) · 2026 · 87 min · Mandarin
A retired schoolteacher in Harbin folds one paper crane for every former pupil who still writes to her.

16:30 · The Last Ferry / {D:末班渡轮}
Dir. Chen Haoran ({D:陈浩然}) · 2024 · 104 min · Mandarin and Hokkien
A ferry pilot's final night shift between the island and the city, told in real time.

19:30 · Closing Night · Ten Thousand Li / {D:万里}
Dir. Ma Xiaolei ({D:马小蕾}) · 2026 · 131 min · Mandarin
Two brothers drive a lorry of apples from Xinjiang to Shanghai. Followed by a Q&A with the director.

Tickets £9, concessions £7. Festival pass £38. Wheelchair spaces can be booked at the box office.
""")

dd("encyclopedia-city-names-section", """
Xiamen
From the free encyclopedia
This article is about the city in Fujian. For the island on which its centre stands, see Xiamen Island.

Xiamen is a sub-provincial city on the south-eastern coast of Fujian province, facing the Taiwan Strait. Its old centre occupies an island linked to the mainland by bridges, a causeway and a tunnel, and the car-free islet of Gulangyu lies a short ferry ride to the west.

Names
Simplified Chinese: {D:厦门}
Traditional Chinese: {D:廈門}
Hanyu Pinyin: Xiàmén
Hokkien (Pe̍h-ōe-jī): Ē-mn̂g
Postal romanization: Amoy

The name is usually explained as "gate of the great house", after the fortress built on the island in the early Ming dynasty. In the Song dynasty the island was known as {D:嘉禾屿}, "Island of Fine Grain", a name that survives in the Jiahe Road of today's city. The older European name Amoy comes from the Zhangzhou pronunciation of the characters and was used in treaties, maps and stamps until the mid-twentieth century.

Nicknames
The city is often called {D:鹭岛} (Lùdǎo, "Egret Island"), from the egrets that once nested along its shores; the egret appears on the city emblem. Gulangyu is written {D:鼓浪屿} in simplified and {D:鼓浪嶼} in traditional characters, "drum wave islet", after a reef that booms when the tide strikes it.

See also: List of cities in Fujian · Hokkien language · Treaty ports
""")

dd("song-three-column-table", """
Song of the Month: "Little Moon Boat" ({D:小小月亮船})
Saturday Chinese School · Kindergarten and Year 1 classes
Words and melody by our teacher, Ms Lin. We sing it slowly, like a lullaby, with a gentle sway on every line.

| Chinese | Pinyin | English |
|---|---|---|
| {D:小小月亮船} | xiǎo xiǎo yuè liang chuán | little moon boat |
| {D:摇到小河边} | yáo dào xiǎo hé biān | rocking its way to the riverside |
| {D:星星眨眼睛} | xīng xing zhǎ yǎn jing | the stars are blinking their eyes |
| {D:风儿轻轻吹} | fēng ér qīng qīng chuī | the little wind blows softly |
| {D:妈妈唱着歌} | mā ma chàng zhe gē | Mummy is singing a song |
| {D:宝宝快睡觉} | bǎo bao kuài shuì jiào | time for baby to go to sleep |
| {D:明天太阳升} | míng tiān tài yáng shēng | tomorrow when the sun comes up |
| {D:我们去划船} | wǒ men qù huá chuán | we will go out rowing |

Notes for parents
The last syllables of {D:月亮}, {D:星星} and {D:眼睛} are in the neutral tone, so they are short and light. Please don't let the children shout them!
{D:儿} in {D:风儿} makes the word sound small and affectionate; in this song it is sung as a separate note.
Practise the hand movements at home: rock your arms for the boat, open and close your fingers for the stars.
""")

dd("textbook-unit-vocabulary-box", """
Unit 6 · Asking the Way ({D:问路})
Everyday Chinese for Beginners, Book 1
In this unit you will learn to ask for directions, to understand short answers, and to use the words for left, right and straight ahead.

VOCABULARY BOX
{D:请问} qǐngwèn · excuse me, may I ask
{D:在哪儿} zài nǎr · where is
{D:左边} zuǒbian · the left side
{D:右边} yòubian · the right side
{D:一直走} yìzhí zǒu · go straight on
{D:路口} lùkǒu · crossing, junction
{D:远} yuǎn · far; {D:近} jìn · near

EXAMPLE SENTENCES
1. {D:请问，地铁站在哪儿？} [Excuse me, where is the underground station?]
2. {D:一直走，到第二个路口往左拐。} [Go straight on and turn left at the second junction.]
3. {D:银行在邮局的右边。} [The bank is on the right of the post office.]
4. {D:离这儿远不远？} [Is it far from here?]
5. {D:不远，走五分钟就到了。} [Not far, you'll be there in five minutes on foot.]

GRAMMAR POINT
Questions like sentence 4 are made by putting the positive and the negative form of an adjective side by side. Compare {D:好不好} (is it good?) and {D:贵不贵} (is it expensive?).

PAIR WORK
Look at the map on page 58. One of you is at the hotel and asks the way to the museum; the other gives directions using at least three words from the box. Then swap roles.
""")

dd("restaurant-menu-lines", """
GOLDEN LOTUS · Sichuan & Cantonese Kitchen
Lunch and dinner menu · all prices in pounds and include VAT

STARTERS
{D:口水鸡} Mouth-watering chicken in chilli oil ..... 8.50
{D:夫妻肺片} Sliced beef and tripe in spicy sauce ..... 9.20
{D:拍黄瓜} Smashed cucumber with garlic ..... 5.80
{D:虾饺} Crystal prawn dumplings (4 pieces) ..... 6.90

MAINS
{D:麻婆豆腐} Mapo tofu with minced pork ..... 11.50
{D:宫保鸡丁} Kung pao chicken with peanuts ..... 12.80
{D:水煮鱼} Sichuan poached fish in chilli broth ..... 18.50
{D:干炒牛河} Dry-fried beef ho fun ..... 13.20
{D:鱼香茄子} Aubergine in garlic sauce (V) ..... 10.90
{D:清蒸鲈鱼} Steamed sea bass, ginger and spring onion ..... 21.00

RICE & NOODLES
{D:扬州炒饭} Yangzhou fried rice ..... 7.50
{D:担担面} Dan dan noodles ..... 9.80
{D:白米饭} Steamed jasmine rice ..... 2.50

DESSERTS
{D:芒果布丁} Mango pudding ..... 5.50
{D:芝麻汤圆} Black sesame rice balls in ginger syrup ..... 6.20

Dishes marked (V) are vegetarian. Chilli levels can be adjusted on request.
Please tell our staff about any allergies. A discretionary 10% service charge is added for tables of six or more.
""")

dd("app-lesson-summary", """
Lesson 14 complete!
Topic: Ordering bubble tea
XP earned: 45 · Streak: 23 days · Accuracy: 90%

NEW WORDS
{D:奶茶} nǎichá · milk tea
{D:珍珠} zhēnzhū · tapioca pearls (literally "pearls")
{D:少冰} shǎo bīng · less ice
{D:去冰} qù bīng · no ice
{D:半糖} bàn táng · half sugar
{D:大杯} dà bēi · large cup
{D:打包} dǎbāo · to take away

SENTENCE PATTERNS
{D:我要一杯……} Wǒ yào yì bēi … · I'd like a cup of …
{D:……可以吗？} … kěyǐ ma? · Is … all right? / Can I …?
{D:一共多少钱？} Yígòng duōshao qián? · How much is it altogether?

TIP
Sweetness usually comes in five levels: {D:全糖} (full), {D:七分糖} (70%), {D:半糖} (half), {D:三分糖} (30%) and {D:无糖} (none). If you just say {D:少糖}, most shops will give you the 70% level.

YOUR MISTAKE
You wrote {D:小冰} for "less ice". {D:小} means small in size; for "a smaller amount" use {D:少}.

Next lesson: Paying with your phone · Review due: 3 words
""")

dd("scientist-biography-brackets", """
Shen Yuhan
Shen Yuhan ({D:沈雨涵}; born 1979) is a Chinese marine chemist known for her work on how microplastic particles carry heavy metals through river estuaries. She is a research professor at the Institute of Coastal Ecology ({D:海岸带生态研究所}) in Qingdao and leads its laboratory of estuarine chemistry.

Early life and education
Shen was born in Ningbo, Zhejiang, where her parents ran a small shop near the harbour. She studied chemistry at Xiamen University ({D:厦门大学}) and earned a master's degree at the Ocean University of China ({D:中国海洋大学}) before completing a doctorate on trace metal chemistry at a German marine research centre in 2008.

Career
After two years of postdoctoral work in Europe, Shen returned to China in 2010. Her group developed a low-cost sampling buoy that collects particles at several depths at once, which has since been used in surveys of the Yangtze and Pearl River estuaries. Her 2019 paper showing that weathered plastic fragments take up far more cadmium than fresh ones is among the most cited in the field.

Recognition
She received the national Outstanding Young Scientist award in 2017 and was elected a fellow of a leading international society of geochemists in 2023. In interviews she often credits her undergraduate supervisor, Professor Lin Zhiqiang ({D:林志强}), with teaching her to "trust the boat, not the model".

Personal life
Shen lives in Qingdao with her husband, a secondary-school physics teacher, and their daughter. She is a keen long-distance swimmer.
""")

dd("newspaper-word-of-the-week", """
THE WEEKEND HERALD · Culture · Saturday 5 December 2026
Chinese word of the week: {D:凡尔赛} (fán'ěrsài)
By our language columnist

Yes, you read that right. {D:凡尔赛} is simply the Chinese name of Versailles, the French palace, and for most of the last century it meant nothing more than that. Then, a few years ago, it became one of the busiest words on Chinese social media.

The new meaning is the humblebrag: a boast dressed up as a complaint. The term is said to come from fans of a Japanese comic set at the French court, who used it for posts that showed off a glamorous life while pretending to be bored by it. A whole genre soon had a name, {D:凡尔赛文学}, "Versailles literature".

A typical example, invented for this column: "My husband bought me another sports car for our anniversary. Honestly, I have no idea where I'm supposed to park them all."

You can also use it as a verb or adjective. If a friend sighs that she was "only" offered two jobs this week, you may reply {D:别凡尔赛了}, "stop being so Versailles".

Why has it stuck? Partly because it is funny, and partly because it gives people a gentle way to tease a show-off without starting a fight.

Next week: {D:社恐}, the social-anxiety word that everyone seems to claim for themselves.
""")

dd("taxi-card-destinations", """
TAXI CARD · Please show this card to your driver
Hangzhou Westlake Shore Hotel · Front desk (24 h): 0571-8765-4300

TAKE ME BACK TO MY HOTEL
{D:请送我到：杭州西湖畔酒店}
{D:西湖区北山街88号}
(Hangzhou Westlake Shore Hotel, 88 Beishan Street, Xihu District)

OTHER DESTINATIONS · point to the one you need
Hangzhou East Railway Station · {D:杭州东站}
Xiaoshan International Airport, Terminal 4 · {D:萧山国际机场T4航站楼}
Lingyin Temple · {D:灵隐寺}
Hefang Street · {D:河坊街}
Zhejiang Provincial Museum (Gushan branch) · {D:浙江省博物馆孤山馆区}
Longjing tea village · {D:龙井村}

USEFUL SENTENCES
{D:请打表。} Please use the meter.
{D:请在这里停车。} Please stop here.
{D:我需要发票。} I need a receipt.
{D:请开慢一点。} Please drive a little more slowly.

If the driver seems unsure, hand him the phone and call the front desk; our staff will give directions in Chinese. Most taxis accept payment by mobile app, and many do not carry change for large notes.
""")

dd("idioms-literal-figurative", """
Eight Chinese Idioms with Animals in Them
Four-character idioms are called {D:成语} (chéngyǔ). Many come from ancient fables, and most are easier to remember once you know the picture behind them.

{D:对牛弹琴} duì niú tán qín
Literal: playing the zither to a cow. Figurative: addressing people who cannot or will not understand you.

{D:画蛇添足} huà shé tiān zú
Literal: drawing a snake and adding feet. Figurative: spoiling something by doing more than is needed.

{D:亡羊补牢} wáng yáng bǔ láo
Literal: mending the pen after a sheep has been lost. Figurative: fixing a problem after the first damage, before it grows worse.

{D:井底之蛙} jǐng dǐ zhī wā
Literal: a frog at the bottom of a well. Figurative: someone with a narrow view of the world.

{D:狐假虎威} hú jiǎ hǔ wēi
Literal: the fox borrows the tiger's fearsomeness. Figurative: bullying others by leaning on someone else's power.

{D:鹤立鸡群} hè lì jī qún
Literal: a crane standing among chickens. Figurative: someone who clearly stands out from the crowd.

{D:马到成功} mǎ dào chéng gōng
Literal: success as soon as the horse arrives. Figurative: instant success; often said as a wish before an exam or a new venture.

{D:一箭双雕} yí jiàn shuāng diāo
Literal: one arrow, two eagles. Figurative: achieving two aims with one action.
""")

dd("calligraphy-practice-sheet", """
Practice Sheet 3: Mountains and Water · printable PDF, A4, 6 pages
Price: free for members · Level: beginner · Script: regular script ({D:楷书})

What's on the sheet
Each page is a grid of {D:米字格} squares, the "rice-character grid", whose diagonal and centre guide lines help you place every stroke. The first square of each row shows the model character in red, the next four show it in pale grey for tracing, and the rest of the row is left empty for free copying.

Characters included
{D:山} shān, mountain · 3 strokes
{D:水} shuǐ, water · 4 strokes
{D:日} rì, sun · 4 strokes
{D:月} yuè, moon · 4 strokes
{D:木} mù, tree · 4 strokes
{D:林} lín, grove · 8 strokes
{D:森} sēn, forest · 12 strokes
{D:雨} yǔ, rain · 8 strokes

The order is deliberate: after {D:木} you meet {D:林} and {D:森}, so you can see how a component shrinks and shifts when it is repeated.

How to use it
Print on thick paper if you use a brush, or ordinary paper for a pen. Trace slowly and say the stroke order out loud. Stroke-order arrows are printed small beside the model character. A version with the plainer {D:田字格} grid, without diagonals, is included at the end for learners who find the diagonals distracting.

The header of every page reads {D:楷书练习} ("regular script practice") with a space for your name and the date.
""")

dd("gallery-wall-text-statement", """
ROOM 4
Lu Jiahe ({D:陆嘉禾})
Born 1968, Suzhou; lives and works in Shanghai

Tide Line ({D:潮线}), 2025
Ink and mineral pigment on xuan paper, six hanging scrolls, each 180 × 48 cm
Collection of the artist

Artist's statement
{D:我在江边长大。每天涨潮、退潮，都会在泥滩上留下一条线。第二天，那条线就不见了，可我一直记得它。这六幅画，是我想留住的六条线。}
I grew up by the river. Every day the tide came in and went out and left a line on the mud flats. By the next day the line was gone, yet I have always remembered it. These six paintings are six lines I wanted to keep.

Lu trained in traditional landscape painting but has spent the past decade removing almost everything from it: mountains, boats and figures have gone, leaving only the horizontal band where water has touched paper. She soaks each sheet in diluted ink and lets it dry upright, so gravity, not the brush, makes the edge.

Look closely at the lower right of the fourth scroll. The small red seal reads {D:嘉禾}, the artist's given name, and it is the only mark in the series made by hand.

Please do not touch the works. Photography without flash is permitted.
""")

dd("game-localization-notes", """
Localization notes · "Lanterns of Qinghe" v1.3 (build 2207)
Owner: EN loc team · Status: in review · Last edited 2 Dec 2026

This page compares the Chinese source strings with the current English strings for the main menu, the inventory and the first quest, and records why we departed from a literal rendering.

| String ID | Chinese (source) | English (current) | Notes |
|---|---|---|---|
| menu.start | {D:开始游戏} | Start | "Start Game" overflowed the button at 1280×720 |
| menu.continue | {D:继续游戏} | Continue | |
| menu.settings | {D:设置} | Settings | |
| menu.quit | {D:退出游戏} | Quit | |
| inv.title | {D:背包} | Bag | literally "backpack"; playtesters preferred "Bag" |
| inv.sort | {D:一键整理} | Auto-sort | literal "one-tap tidy" sounded odd |
| inv.discard | {D:丢弃} | Drop | |
| item.rare | {D:稀有} | Rare | |
| item.legend | {D:传说} | Legendary | |
| toast.full | {D:背包已满，请整理后再拾取。} | Your bag is full. Make some room first. | |
| npc.greet | {D:少侠，请留步！} | Wait a moment, young hero! | see open issue 1 |

Open issues
1. {D:少侠} is the standard wuxia way of addressing a young swordsman. "Young hero" is serviceable but flat; the writers are considering "young master" for the innkeeper and keeping "young hero" elsewhere.
2. The Chinese build shows rarity with the colour of the item name alone. English players in the beta missed this, so we now add the word.
3. Item descriptions average 30% longer in English. The tooltip box needs to grow by two lines.
""")

dd("classical-couplets-translated", """
Couplets Worth Knowing
A couplet, {D:对联} (duìlián), is a pair of lines of equal length whose words match one another in grammar and meaning while contrasting in tone. On a doorway the first line, {D:上联}, hangs on the right and the second, {D:下联}, on the left, often with a short horizontal line, {D:横批}, above them.

1. From the Donglin Academy in Wuxi (Ming dynasty)
{D:风声雨声读书声，声声入耳}
{D:家事国事天下事，事事关心}
Wind, rain, and voices reading: every sound reaches the ear.
The family, the state, the whole world: every affair touches the heart.

2. Attributed to the official Lin Zexu
{D:海纳百川，有容乃大}
{D:壁立千仞，无欲则刚}
The sea takes in a hundred rivers; it is great because it can hold them.
The cliff rises ten thousand feet; it stands firm because it wants nothing.

3. A scholar's study couplet
{D:书山有路勤为径}
{D:学海无涯苦作舟}
The mountain of books has a way up, and diligence is the path.
The sea of learning has no shore, and hard work is the boat.

4. A common New Year couplet
{D:一年四季行好运}
{D:八方财宝进家门}
Horizontal line: {D:家和万事兴}
Good luck in all four seasons of the year; wealth from eight directions through the door.
Above: when the family is in harmony, everything prospers.

Try it yourself: in the first couplet, notice how each line repeats its last noun, {D:声} and {D:事}, to make the rhythm.
""")

dd("chengyu-story-retold", """
Story Time: Marking the Boat to Find the Sword ({D:刻舟求剑})
Retold for Year 5 Chinese · Mrs Huang's class blog

Long, long ago, in the state of Chu, a man was crossing a wide river on a ferry. He was very proud of his sword and kept it at his side the whole time. Halfway across, the boat lurched, and splash! The sword slipped out of its scabbard and sank into the water.

The other passengers gasped, but the man stayed calm. He took out a little knife and carved a notch in the side of the boat, right where the sword had gone over. "{D:是吾剑之所从坠。}" he said. "This is where my sword fell from."

When the ferry reached the far bank and stopped, the man rolled up his sleeves, climbed over the side beside his notch and dived in to look for the sword. He searched and searched, but of course it was not there.

The old book that tells this story, the Lüshi Chunqiu, ends it with a question:
{D:舟已行矣，而剑不行，求剑若此，不亦惑乎？}
"The boat had moved, but the sword had not. Is it not foolish to look for a sword like this?"

Today we use {D:刻舟求剑} for someone who sticks to an old method even though the situation has changed.

Talk about it at home
1. What should the man have done instead?
2. Can you think of a time when you kept doing something the old way when things had changed?
3. Write the four characters {D:刻}, {D:舟}, {D:求}, {D:剑} in your exercise book and draw the boat with its notch.
""")

dd("spring-festival-blessings-list", """
Spring Festival Blessings for Cards and Messages · Year of the Goat 2027
Sending a greeting is the easiest part of the New Year to get right. Here are our favourites, with pinyin and what they really mean.

{D:新年快乐} xīnnián kuàilè · Happy New Year
{D:春节快乐} chūnjié kuàilè · Happy Spring Festival
{D:恭喜发财} gōngxǐ fācái · wishing you prosperity (the classic one)
{D:万事如意} wànshì rúyì · may everything go as you wish
{D:身体健康} shēntǐ jiànkāng · good health (perfect for grandparents)
{D:年年有余} niánnián yǒu yú · may you have plenty to spare every year
{D:岁岁平安} suìsuì píng'ān · peace and safety year after year
{D:心想事成} xīn xiǎng shì chéng · may your wishes come true
{D:步步高升} bùbù gāoshēng · rising step by step (for colleagues)
{D:学业进步} xuéyè jìnbù · progress in your studies (for students)
{D:阖家幸福} héjiā xìngfú · happiness to the whole family
{D:三羊开泰} sān yáng kāi tài · a goat-year pun on an old phrase about spring returning, so it means good fortune is on its way

Good to know
{D:年年有余} sounds like "fish every year", because {D:余} and {D:鱼} are pronounced the same. That is why a whole fish is served on New Year's Eve.
You will see {D:福} (good fortune) stuck on doors upside down. "Upside down" and "arrived" sound alike, so the sign says good fortune has arrived.
""")

dd("medicine-glossary-clinic", """
Willow Tree Clinic · Patient information leaflet
A short glossary of Traditional Chinese Medicine terms

Our practitioners sometimes use Chinese terms during your consultation. This list explains the ones you are most likely to hear.

{D:气} qì · often translated as "vital energy"; the activity that keeps the body working.
{D:阴阳} yīn yáng · two complementary qualities, such as cool and warm or rest and activity, whose balance is assessed in diagnosis.
{D:经络} jīngluò · the channels, often called meridians, along which acupuncture points lie.
{D:穴位} xuéwèi · acupuncture points.
{D:针灸} zhēnjiǔ · acupuncture and moxibustion together.
{D:艾灸} àijiǔ · moxibustion: warming points with smouldering mugwort.
{D:拔罐} báguàn · cupping: glass or silicone cups held on the skin by suction.
{D:推拿} tuīná · therapeutic massage.
{D:刮痧} guāshā · scraping the skin with a smooth tool.
{D:中药} zhōngyào · Chinese herbal medicine.
{D:脉诊} màizhěn · pulse diagnosis, usually at both wrists.
{D:舌诊} shézhěn · tongue diagnosis; please avoid brushing your tongue before an appointment.
{D:上火} shànghuǒ · "internal heat", a popular term for symptoms such as a sore throat or mouth ulcers.

This leaflet explains vocabulary only and is not medical advice. Please tell us about any medicines you take, and continue any treatment prescribed by your GP.
""")

dd("department-staff-list", """
School of Foreign Languages · Department of English
Faculty and Staff (updated November 2026)

Name | Chinese name | Title | Research interests
Prof. Wang Lihua | {D:王丽华} | Professor, Head of Department | corpus linguistics, academic writing
Prof. Zhao Guoping | {D:赵国平} | Professor | Victorian fiction, translation history
Dr. Sun Mei | {D:孙梅} | Associate Professor, Deputy Head | second language acquisition
Dr. He Jun | {D:何军} | Associate Professor | phonetics, English teaching methods
Dr. Thomas Reid | {D:瑞涛} | Associate Professor | Irish poetry, creative writing
Dr. Xu Yanan | {D:徐亚男} | Lecturer | discourse analysis
Dr. Gu Pengfei | {D:顾鹏飞} | Lecturer | interpreting studies
Ms. Fang Jing | {D:方静} | Lecturer | business English
Ms. Maria López | {D:罗玛丽} | Foreign Expert | Spanish and English
Mr. Ye Chen | {D:叶晨} | Academic Secretary | undergraduate affairs

Office: Room 412, Humanities Building · Tel. 0571-8820-1145
Prospective research students should contact the supervisor directly by email before applying. Staff email addresses use the pattern surname.givenname followed by the university domain.
""")

dd("safety-sign-catalogue", """
SafeMark Signs · Bilingual Safety Signs Catalogue 2027 (Chinese / English)
Every sign carries the Chinese text above the English text in a sans-serif face, as required on many sites in mainland China. Standard size 300 × 400 mm; prices are per sign, excluding shipping.

Code | Sign text | Category | Material | Price
W-101 | {D:当心滑倒} / Caution: Slippery Floor | Warning | aluminium | $6.50
W-102 | {D:当心触电} / Danger: Electric Shock | Warning | aluminium | $6.50
W-103 | {D:当心落物} / Beware of Falling Objects | Warning | aluminium | $6.50
P-201 | {D:禁止吸烟} / No Smoking | Prohibition | PVC | $4.20
P-202 | {D:禁止烟火} / No Open Flames | Prohibition | PVC | $4.20
P-203 | {D:非工作人员禁止入内} / Staff Only | Prohibition | PVC | $4.80
M-301 | {D:必须戴安全帽} / Hard Hat Required | Mandatory | aluminium | $6.50
M-302 | {D:必须系安全带} / Wear Safety Harness | Mandatory | aluminium | $6.50
E-401 | {D:安全出口} / Emergency Exit | Emergency | photoluminescent | $9.90
E-402 | {D:紧急集合点} / Assembly Point | Emergency | reflective | $12.00
F-501 | {D:灭火器} / Fire Extinguisher | Fire | photoluminescent | $9.90

Custom text: we will set any text you send us. Our translators check every English line, so you won't end up with the famous "Carefully slide" for {D:小心地滑}.
Bulk orders of 50 signs or more receive 15% off.
""")

dd("translator-portfolio-samples", """
Anna Kovač · Chinese to English translation
Portfolio: before and after

Clients often send me a machine draft and ask me to "just polish it". These samples show the source, the draft I received, and the version I delivered. All are shared with the clients' permission.

Sample 1 · Hotel room notice
Source: {D:请勿将贵重物品遗留在房间内，如有遗失，本酒店概不负责。}
Draft: "Please do not leave valuables left in the room, if lost, this hotel is not responsible for all."
Delivered: "Please do not leave valuables in your room. The hotel cannot accept responsibility for any loss."

Sample 2 · Museum label
Source: {D:此瓶为清代康熙年间景德镇窑烧制，器形端庄，釉色莹润，是宫廷陈设瓷的代表作品。}
Draft: "This bottle is Qing dynasty Kangxi years Jingdezhen kiln fired, the shape is dignified, the glaze colour is crystal moist, is the representative work of palace furnishing porcelain."
Delivered: "Made at the Jingdezhen kilns in the Kangxi reign of the Qing dynasty, this vase, with its poised shape and lustrous glaze, is a fine example of porcelain made to furnish the imperial palace."

Sample 3 · Tea brand slogan
Source: {D:一杯好茶，慢慢生活。}
Draft: "A cup of good tea, slowly life."
Delivered: "Good tea. Slow living."

Rates: from 0.12 euro per source character; post-editing from 0.07. Typical turnaround is 2,000 characters a day.
""")

dd("airport-signage-guide", """
Finding Your Way: A Guide to Signs at Chinese Airports
Most airport signs in China are bilingual, but the Chinese is printed larger and a few small signs, especially on temporary boards, are in Chinese only. These are the words worth recognising.

{D:出发} Departures · {D:到达} Arrivals
{D:国际} International · {D:国内} Domestic
{D:值机} Check-in
{D:安检} Security check
{D:边防检查} Immigration (border control)
{D:海关} Customs
{D:登机口} Gate
{D:行李提取} Baggage reclaim
{D:中转} Transfers
{D:问询} Information
{D:洗手间} Toilets
{D:出租车} Taxis

On the departure boards
The status column changes as your flight approaches. {D:正在登机} means boarding has begun, {D:催促登机} is the final call, {D:延误} means delayed and {D:取消} means cancelled. {D:登机口变更} tells you the gate has changed, so look again at the gate column.

A tip for transfers
If you are flying on within China after an international arrival, follow the signs for {D:国际转国内}, "international to domestic", rather than the main exit; you will collect your bags and clear customs on the way.
""")


# ---------------------------------------------------------------- leftovers

ll("university-news-alt-text-source", """
{D:中文} | English
Home > News > Campus News

School of Materials Science and Engineering Holds 2026 Graduate Academic Forum
Release time: 2026-11-28  Views: 1284

On the afternoon of November 26, the 2026 Graduate Academic Forum of the School of Materials Science and Engineering was held in the lecture hall on the first floor of the Science and Technology Building. More than 200 teachers and students attended the forum.

[Image: {L:论坛现场}]

Dean Zhang Jianguo delivered an opening speech. He pointed out that the forum is an important platform for graduate students to exchange research results and broaden their academic horizons, and encouraged students to dare to question and be brave in innovation.

[Image: {L:张建国院长致辞}]

Twelve graduate students reported on their research in the fields of battery materials, functional ceramics and metal additive manufacturing. The expert judging panel conducted on-site comments on each report and selected three first prizes and five second prizes.

[Image: {L:研究生作学术报告}]
[Image: {L:获奖学生与评委合影}]

The forum has been held for eight consecutive sessions and has become a brand academic activity of the school.

Text: Li Na  Photos: Wang Peng  Editor: Zhao Min
{L:来源：材料科学与工程学院}
""")

ll("company-news-subheading-zh", """
Home / News Center / Company News

Ruixin Technology Signs Strategic Cooperation Agreement with Provincial Power Grid Company
{L:携手共建智慧能源新生态　助力区域绿色低碳发展}
2026-11-20  Source: Party and Mass Work Department

On November 18, Ruixin Technology Co., Ltd. and the Provincial Power Grid Company signed a strategic cooperation agreement in Hefei. Chairman Liu Haibo and the general manager of the grid company attended the signing ceremony and held talks.

According to the agreement, the two parties will give full play to their respective advantages and carry out in-depth cooperation in energy storage, charging networks and digital operation and maintenance, so as to jointly serve the high-quality development of the regional economy.

Three key areas of cooperation
{L:以项目为抓手，推动合作落地见效}

First, the two sides will jointly build ten user-side energy storage demonstration stations in industrial parks by the end of 2027. Second, they will expand the public charging network along expressways and in county towns. Third, they will share operation data to improve fault warning and repair efficiency.

Liu Haibo said that the cooperation is an important measure for the company to implement its development strategy, and the company will organize a special team to ensure that each task is implemented.

Previous: Company Wins Provincial Science and Technology Progress Award
Next: Ruixin Technology Holds 2026 Safety Production Month Mobilization Meeting
""")

ll("county-tourism-inspection-sentence", """
Longtan County Culture and Tourism Bureau · Scenic Spots

Lanxi Valley Scenic Area

Lanxi Valley Scenic Area is located in the north-west of Longtan County, 35 kilometers from the county seat. The valley is about 12 kilometers long, with steep peaks on both sides, clear streams at the bottom, and forest coverage of more than 90%. It is known as a "natural oxygen bar" by tourists.

The scenic area has three main sections: Green Dragon Pool, Hundred Step Waterfall and Old Tea Village. Visitors can walk along the 6-kilometer wooden plank road beside the stream, taste local white tea in the ancient village, and watch the sea of clouds from the viewing platform at dawn.

In recent years, the county has invested 80 million yuan to upgrade the roads, parking lots, tourist toilets and visitor center of the scenic area. {L:2026年10月，县委书记王志强一行到兰溪谷景区调研旅游项目建设情况，对景区提质升级工作给予充分肯定。} The scenic area was rated as a national 4A-level tourist attraction in 2025.

Opening hours: 8:00-17:30 (last entry 16:00)
Tickets: 60 yuan for adults, half price for students and seniors over 60
Transport: Tourist buses depart from the county bus station every hour from 7:30

Consultation hotline: 0597-5321-8800
""")

ll("hospital-news-doctor-list", """
Municipal First People's Hospital > Hospital News

Our Hospital's Expert Team Goes to Meishan Township to Carry Out Free Clinic Activities

On November 23, an expert team of our hospital went to the health center of Meishan Township to carry out a free clinic and health education activity themed "Sending Health to the Countryside". Villagers lined up early in the morning to wait for the experts.

The experts participating in the activity were:
Cardiology: {L:刘建华 主任医师}
Orthopedics: {L:陈晓峰 副主任医师}
Endocrinology: {L:杨丽 主任医师}
Ophthalmology: {L:黄志明 主治医师}
Pediatrics: {L:吴婷 副主任医师}
Nursing Department: {L:徐红 主任护师}

During the activity, the experts received more than 360 villagers, measured blood pressure and blood sugar for free, and gave detailed answers to questions about chronic diseases such as hypertension and diabetes. For patients who need further treatment, the experts issued referral cards, and they can enjoy green channel services when they come to our hospital.

The medical team also distributed more than 500 health education brochures and held a lecture on the prevention of falls in the elderly.

This year, our hospital has organized 14 free clinics in the countryside, benefiting more than 4,000 people. In the next step, our hospital will continue to promote the sinking of high-quality medical resources.

(Medical Affairs Department)
""")

ll("school-nav-bar-mixed", """
Hangzhou Xiqiao Experimental Primary School
{D:杭州市西桥实验小学}
Home | About Us | {L:学校概况} | News | {L:教育教学} | {L:德育天地} | Admissions | {L:党建工作} | Contact Us | {D:中文}

Welcome Message from the Principal

Dear parents and friends, welcome to Xiqiao Experimental Primary School. Founded in 1952, our school now has 36 classes and more than 1,500 students. We adhere to the school motto of "Be Kind, Be Curious, Be Brave" and are committed to letting every child find his or her own light.

Our school pays attention to reading, sports and art. Every morning begins with twenty minutes of reading aloud, every student learns to swim before graduation, and our children's choir has won prizes at the provincial level many times.

Latest News
· Our school held the 2026 Autumn Sports Meeting
· Grade 4 students visited the city science museum
· Notice on the winter vacation schedule

Address: No. 18 Xiqiao Road, Gongshu District, Hangzhou
Tel: 0571-8613-2470
Copyright © 2026 Xiqiao Experimental Primary School  {D:浙ICP备16023871号-1}
""")

ll("product-warranty-paragraph-zh", """
Xiaomu Smart Air Purifier AP-300

Price: ¥1,299  Color: Pearl White / Space Gray
Suitable area: 25-45 ㎡

Product highlights
Three-layer filtration: primary filter, H13 HEPA filter and activated carbon layer, removing 99.97% of particles as small as 0.3 microns.
Real-time air quality display: the ring light changes from blue to red according to PM2.5 concentration.
Quiet sleep mode: noise as low as 28 dB, suitable for bedrooms and children's rooms.
App control: set schedules, check filter life and receive reminders on your mobile phone.

Specifications
Rated power: 45 W  CADR (particles): 400 m³/h  Weight: 6.8 kg  Dimensions: 260 × 260 × 580 mm

Warranty
{L:本产品自购买之日起享受一年免费保修服务，保修期内在正常使用情况下出现的质量问题，凭购买凭证可享受免费维修或更换。因人为损坏、私自拆机或不可抗力造成的故障不在保修范围内。滤网属于耗材，不在保修范围内。}

In the box
Purifier ×1, filter ×1 (pre-installed), user manual ×1, warranty card ×1

Customer service: 400-880-6677 (9:00-21:00 daily)
""")

ll("events-calendar-two-zh", """
City Cultural Center · December 2026 Events Calendar

Date | Event | Venue | Tickets
Dec 3 (Thu) 19:30 | Chamber Music Evening: Winter Strings | Concert Hall | 80 yuan
Dec 5 (Sat) 10:00 | Children's Picture Book Reading Club | Library, 2nd Floor | Free, booking required
Dec 6 (Sun) 14:00 | {L:非遗剪纸体验课} | Activity Room 2 | Free, 30 places
Dec 10 (Thu) 19:00 | Film Screening: Classic Chinese Animation | Small Theater | 20 yuan
Dec 12 (Sat) 15:00 | Lecture: The History of the Grand Canal | Lecture Hall | Free
Dec 17 (Thu) 19:30 | Peking Opera Highlights Performance | Grand Theater | 60-180 yuan
Dec 20 (Sun) 9:30 | {L:"冬至"亲子包饺子活动} | Activity Room 1 | 50 yuan per family
Dec 26 (Sat) 19:30 | New Year Concert by the Municipal Symphony Orchestra | Grand Theater | 100-380 yuan
Dec 31 (Thu) 22:00 | New Year's Eve Countdown Party | Cultural Square | Free

Notes:
1. Free events require online booking through the center's official account; places are allocated on a first-come, first-served basis.
2. Children under 1.2 meters are not admitted to evening performances.
3. The schedule may be adjusted; please refer to the announcement on the day.
""")

ll("government-related-links-zh", """
Municipal Human Resources and Social Security Bureau
Home > Policies and Regulations > Policy Interpretation

Notice on Adjusting the Minimum Wage Standard of Our City
Publication date: 2026-11-15  Source: Labor Relations Division  Font size: Large Medium Small

In order to safeguard the legitimate rights and interests of workers and according to the approval of the provincial government, the minimum wage standard of our city will be adjusted from January 1, 2027. The relevant matters are notified as follows:

1. The monthly minimum wage standard for full-time workers is adjusted to 2,490 yuan in the urban districts and 2,260 yuan in the counties.
2. The hourly minimum wage standard for part-time workers is adjusted to 24 yuan and 22 yuan respectively.
3. The minimum wage does not include overtime pay, night shift allowance, or allowances for special working environments.
4. Employers shall not reduce the welfare benefits of workers on the grounds of adjusting the minimum wage.

Related links:
{L:关于调整全市最低工资标准的通知（2024年）}
{L:《最低工资规定》政策解读}
{L:劳动保障监察投诉指南}

[Print] [Close]
Sponsor: Municipal Human Resources and Social Security Bureau  ICP record: {D:苏ICP备05009876号}
""")

ll("news-photo-caption-zh", """
City Evening News · Local

Riverside Road Night Market Reopens After Renovation
2026-12-01 08:15  Reporter: Zhou Yang

After four months of renovation, the Riverside Road Night Market reopened on the evening of November 30. The lively scene of shopping, eating and strolling has returned to the banks of the river.

{L:11月30日晚，市民在改造后的滨河路夜市选购小吃。记者 周洋 摄}

The renovated night market is about 600 meters long and has 180 stalls, including snacks, handicrafts and cultural and creative products. The stalls use uniform canopies and signs, and each has an independent water and drainage connection, which solves the problem of sewage discharge that residents complained about in the past.

"The environment is much cleaner than before, and the cars are not allowed in, so it is safe to bring children," said Ms. Chen, a resident who came with her family.

According to the district urban management bureau, the night market will be open from 17:00 to 23:00 every day. Stall owners have signed food safety commitments, and law enforcement officers will patrol the area every evening.

Responsible editor: Lin Xiao
""")

ll("student-union-qr-instruction", """
Student Union of the School of Economics and Management

Join the Volunteer Service Team!

Do you want to use your spare time to help others and meet new friends? The Volunteer Service Department of the Student Union is now recruiting new members for the 2026-2027 academic year.

What we do
· Campus guide services during the new student registration week
· Weekly tutoring for children of migrant workers in the Xinhe community
· Volunteer services for city marathons and cultural festivals
· Environmental clean-up activities along the river every month

Requirements
Full-time undergraduate or graduate students of the school, enthusiastic about public welfare, able to participate in at least two activities per month. Volunteer hours will be recorded and can be used for the comprehensive evaluation.

How to apply
[QR code]
{L:扫描上方二维码，关注学生会公众号，回复"志愿者"即可在线报名。}

Registration deadline: December 15, 2026
Interviews will be arranged in the week after registration closes, and the results will be announced on the official account.

Contact: Volunteer Service Department, Room 106, Student Activity Center
""")

ll("museum-opening-hours-zh", """
Provincial Museum of Natural History · Visit

Plan Your Visit

Opening hours
{L:开放时间：周二至周日 9:00—17:00（16:00停止入馆）}
{L:每周一闭馆（法定节假日除外）}

Admission
Admission is free. Visitors need to make a reservation through the official website or WeChat mini program one to seven days in advance and enter with their ID card. Group visits of more than 20 people should be booked at least three days in advance.

The special exhibition "Dinosaurs of the Jurassic Forest" on the third floor requires a separate ticket: 40 yuan for adults and 20 yuan for students.

Getting here
Metro: Line 2, Museum Station, Exit B, walk 300 meters.
Bus: No. 8, 15, 27 or 103, get off at the Provincial Museum stop.
Parking: the underground car park has 260 spaces and charges 5 yuan per hour.

Visitor services
Free lockers, wheelchairs and baby strollers are available at the service desk in the main hall. Audio guides in Chinese and English can be rented for 20 yuan.

Please do not bring food, drinks or pets into the exhibition halls.
""")

ll("shop-size-chart-labels", """
Men's Casual Cotton Shirt, Long Sleeve, Slim Fit
¥159.00  ¥259.00  Sold: 2,318

Color: White / Light Blue / Khaki / Navy
Material: 100% cotton, soft and breathable, not easy to wrinkle

Size chart (unit: cm)
| {L:尺码} | {L:衣长} | {L:胸围} | {L:肩宽} | {L:袖长} | {L:建议体重} |
| M | 70 | 104 | 44 | 60 | 55-62 kg |
| L | 72 | 108 | 45.5 | 61 | 62-70 kg |
| XL | 74 | 112 | 47 | 62 | 70-78 kg |
| XXL | 76 | 116 | 48.5 | 63 | 78-86 kg |
| 3XL | 78 | 120 | 50 | 64 | 86-95 kg |

{L:平铺手工测量，误差1-3cm属正常范围。}

Size advice: if you are between two sizes or prefer a looser fit, choose one size larger.
Washing: machine wash at or below 30 °C, do not bleach, hang to dry in the shade.

Shipping: ships within 48 hours after payment; free shipping on orders over 99 yuan.
Returns: 7-day no-reason returns are supported if the tags are intact.
""")

ll("research-group-publications-zh", """
Intelligent Remote Sensing Laboratory
School of Geography and Information Engineering

Research directions
The laboratory focuses on high-resolution remote sensing image interpretation, land use change monitoring and disaster assessment. It currently has 3 professors, 2 associate professors and more than 30 doctoral and master's students.

Principal investigator: Professor Zhang Wei

Recent publications
1. Zhang Wei, Liu Yang, Chen Hao. {L:基于深度学习的高分辨率遥感影像建筑物提取方法}. National Remote Sensing Bulletin, 2025, 29(4): 812-825.
2. Liu Yang, Zhang Wei. {L:面向滑坡识别的多源遥感数据融合研究}. Geomatics and Information Science of Wuhan University, 2025, 50(2): 233-244.
3. Chen Hao, Wang Xue, Zhang Wei. Lightweight change detection network for bitemporal satellite images. Remote Sensing, 2024, 16(9): 1571.
4. Wang Xue, Zhang Wei. {L:城市扩张对耕地变化的影响：以长江中游城市群为例}. Journal of Geo-information Science, 2024, 26(7): 1620-1634.

Join us
We welcome students with backgrounds in surveying, geography, computer science or mathematics. Please send your CV and transcripts to the principal investigator.
""")

ll("conference-organizers-zh", """
The 9th International Symposium on Water Resources and Environmental Protection (ISWREP 2027)
May 14-16, 2027 · Nanjing, China

Home | Call for Papers | Important Dates | Registration | Venue | {D:中文}

Welcome
The symposium aims to provide a platform for researchers, engineers and managers to exchange the latest achievements in water resources management, water environment governance and hydraulic engineering. Previous sessions have attracted more than 2,000 participants from 30 countries and regions.

Organizers
Sponsored by: {L:中国水利学会}
Organized by: {L:河海大学水文水资源学院}; {L:江苏省水利科学研究院}
Co-organized by: {L:南京水利科学研究院}; {L:长江水利委员会水文局}
Supported by: International Association for Hydro-Environment Engineering and Research

Important dates
Full paper submission deadline: February 28, 2027
Notification of acceptance: March 31, 2027
Early registration deadline: April 15, 2027

Publication
All accepted papers will be published in the conference proceedings after peer review, and selected papers will be recommended to special issues of partner journals.

Contact: Conference Secretariat, iswrep2027 at the conference mailbox · Tel: +86-25-8378-6000
""")

ll("hr-notice-required-documents-zh", """
Announcement on the Qualification Review for the 2026 Open Recruitment of Staff by Public Institutions in the District

According to the arrangements of the open recruitment work, the qualification review for candidates who have entered the interview is now arranged as follows:

1. Time and place
December 10-11, 2026 (9:00-11:30, 14:00-17:00), Room 305, District Human Resources and Social Security Bureau.

2. Materials to be submitted
Candidates shall bring the following materials in person:
(1) {L:本人有效居民身份证原件及复印件；}
(2) {L:毕业证、学位证原件及复印件；}
(3) {L:近期免冠一寸彩色照片3张；}
(4) {L:《报名登记表》一份（须本人签字）；}
(5) {L:应届毕业生须提供学校出具的就业推荐表；}
(6) {L:在职人员须提供单位同意报考证明。}

3. Other matters
Candidates who fail to attend the review at the specified time or whose materials do not meet the requirements will be regarded as giving up automatically, and the vacancy will be filled in order of written examination scores.

Contact: Mr. Xu, 0551-6287-3305

District Human Resources and Social Security Bureau
December 2, 2026
""")

ll("scenic-spot-safety-warning-zh", """
Jiulong Waterfall Scenic Area · Official Website

Scenic Overview

Jiulong Waterfall Scenic Area is famous for its nine-level waterfall group, with a total drop of more than 300 meters. The largest waterfall, Dragon King Falls, is 76 meters high and 40 meters wide. In the rainy season, the roar of the water can be heard from several kilometers away.

The main tour route starts from the south gate, passes the Nine Dragon Pools and the Rainbow Bridge, and ends at the cable car station on the top of the mountain. The whole journey takes about 3.5 hours on foot. Tourists who do not want to climb can take the cable car down.

Safety Notice
{L:雨天路滑，请勿翻越护栏，请勿在瀑布下方戏水、攀爬岩石，老人和儿童须在家人陪同下游览。}
During heavy rain or thunderstorms, some sections of the trail will be temporarily closed. Please follow the instructions of the staff.

Tickets and opening hours
Tickets: 90 yuan (cable car 60 yuan one way)
Opening hours: 7:30-17:30 from April to October; 8:00-17:00 from November to March

Emergency rescue telephone: 0578-6612-0110
""")

ll("news-editors-note-zh", """
Daily News · Rural Revitalization · Series: Voices of Returning Youth (1)

{L:编者按：乡村振兴，人才是关键。近年来，我市一批返乡青年扎根农村、创新创业，为乡村发展注入了新活力。即日起，本报推出"返乡青年说"系列报道，敬请关注。}

From Shanghai Office Worker to Mushroom Farmer: Chen Lei's Second Start

Four years ago, Chen Lei was a product manager at an internet company in Shanghai. Today, he manages 40 greenhouses of shiitake and oyster mushrooms in Shuangxi Village, his hometown.

"At first, my parents could not understand why I came back," Chen Lei said with a smile. "They thought that going out was the only way to have a future."

In 2022, Chen Lei returned to the village with his savings and set up a cooperative. He learned cultivation technology from agricultural experts, introduced temperature and humidity sensors into the greenhouses, and opened an online store to sell dried mushrooms directly to consumers.

Last year, the cooperative's sales exceeded 6 million yuan, and it employed 28 villagers, most of them middle-aged women. "Working near home, I can earn money and take care of my grandchildren," said villager Wang Guilan.

Chen Lei's next plan is to build a drying workshop so that the village can process mushrooms itself instead of selling them fresh at low prices.

Reporter: He Jing  Correspondent: Lu Fang
""")

ll("forum-thread-tags-zh", """
Photography Forum > Equipment Discussion

Beginner help: Should I buy a full-frame camera or an APS-C camera for my first camera?
Tags: {L:摄影} · {L:新手求助} · {L:器材推荐}
Views 3,406 | Replies 27

#1 Floor · Original poster: little_lens · 2026-11-29 21:14
I have a budget of about 10,000 yuan and mainly want to take travel landscapes and portraits of my children. Sales staff recommended a full-frame body, but many people online say APS-C is enough for beginners. Which should I choose?

#2 Floor · old_film_fan · 2026-11-29 21:40
For beginners, the lens is more important than the body. With this budget, an APS-C body plus a good standard zoom and a cheap fixed-focus lens will give you better pictures than a full-frame body with the kit lens.

#3 Floor · mountain_walker · 2026-11-29 22:05
Travel means walking all day. Weight matters. I changed from full-frame to APS-C last year and now I take the camera out much more often.

#4 Floor · little_lens · 2026-11-30 08:30
Thank you all, I will go to the store this weekend to try holding both.

Related posts: How to choose your first lens | Recommended camera bags under 300 yuan
""")

ll("football-match-report-zh-paragraph", """
Jiangcheng FC Official Website · First Team · Match Report

Jiangcheng FC 2-1 Haibin United: Late Winner Keeps Promotion Hopes Alive
Round 28 of the League One · November 29, 2026 · Jiangcheng Olympic Sports Center · Attendance: 18,640

Jiangcheng FC came from behind to beat Haibin United 2-1 at home on Sunday afternoon, moving up to third place in the table with two rounds remaining.

The visitors took the lead in the 23rd minute. After a corner kick, Haibin's central defender rose highest and headed the ball into the bottom corner. Jiangcheng were slow to respond in the first half and had only one shot on target before the break.

{L:下半场第67分钟，替补登场的刘宇航禁区外一脚远射，皮球击中横梁下沿弹入球门，帮助球队扳平比分。此后江城队持续施压，多次制造威胁。}

In the 89th minute, captain Ma Tao received a through ball from the right and calmly beat the goalkeeper with a low shot, sending the home fans into ecstasy.

After the match, head coach Sun Jian said: "The players showed great character today. We changed our formation at half-time, and the substitutes made the difference."

Next match: Jiangcheng FC will travel to face Dongshan Athletic on December 6.

Starting lineup: Zhou Peng; Li Hang, Guo Rui, Zhang Bin, Lu Chao; Ma Tao (C), Wei Dong, He Lin; Yang Fan, Qian Wen, Deng Kai
""")

ll("recipe-untranslated-steps", """
Home Cooking Recipes > Meat Dishes

Braised Pork Belly (Hongshao Rou)
Difficulty: medium  Time: 90 minutes  Serves: 3-4
Collected 12.6k times  Rating 4.8

This is a classic home-style dish. The pork belly is glossy red, fat but not greasy, and melts in the mouth. The key is to fry the sugar color slowly over low heat.

Ingredients
500 g pork belly (with skin), 3 slices of ginger, 2 scallions, 2 star anise, 1 small piece of cinnamon, 30 g rock sugar, 2 tablespoons light soy sauce, 1 tablespoon dark soy sauce, 3 tablespoons Shaoxing wine, hot water as needed

Steps
1. Cut the pork belly into 3 cm cubes, put them in cold water with ginger slices and cooking wine, bring to a boil and skim off the foam. Remove and drain.
2. Heat a little oil in the wok, add the pork cubes and fry over medium heat until the surface is slightly golden and some fat comes out.
3. {L:将猪肉盛出，锅中留少许底油，放入冰糖小火慢炒，炒至冰糖融化变成琥珀色并冒小泡。}
4. {L:迅速倒入五花肉翻炒，让每块肉都均匀裹上糖色。}
5. {L:加入葱段、八角、桂皮，烹入料酒、生抽和老抽，翻炒均匀。}
6. {L:倒入没过肉的热水，大火烧开后转小火，盖上锅盖炖60分钟。}
7. {L:最后开大火收汁，汤汁浓稠即可出锅。}

Tips
Always add hot water, not cold water, or the meat will become tough. If you like it sweeter, you can add a little more rock sugar.
""")

ll("online-course-chapter-titles", """
Online Learning Platform > Computer Science > Data Analysis

Python Data Analysis from Zero to Practice
Instructor: Associate Professor Zhou Min · 48 lessons · 12 hours · 36,512 learners · Rating 4.9

Course introduction
This course is designed for students and office workers without programming experience. Starting from installing the environment, it explains step by step how to use Python to clean, analyze and visualize data, and ends with three complete practical projects.

Course catalog
Chapter 1 Getting Started with Python (5 lessons)
Chapter 2 Basic Syntax: Variables, Conditions and Loops (6 lessons)
Chapter 3 {L:函数与模块} (4 lessons)
Chapter 4 NumPy {L:数组计算基础} (5 lessons)
Chapter 5 Data Processing with Pandas (7 lessons)
Chapter 6 {L:数据清洗与缺失值处理} (5 lessons)
Chapter 7 Data Visualization with Matplotlib (6 lessons)
Chapter 8 Practical Project: E-commerce Sales Analysis (4 lessons)
Chapter 9 {L:实战项目：城市空气质量分析} (3 lessons)
Chapter 10 Practical Project: Student Performance Report (3 lessons)

What you will get
After completing all lessons and passing the final test, you will receive an electronic certificate of completion. Course materials and code can be downloaded from the resources section.

Enroll now · Free preview of the first 3 lessons
""")

ll("tender-qualification-requirements-zh", """
Tender Announcement for the Campus Security Monitoring System Upgrade Project of Donghu Vocational College

Project number: DHZY-2026-GK-031
Budget amount: 3.86 million yuan
Procurement method: Open tender

1. Project overview
The project includes the replacement of 420 high-definition cameras, the construction of a new monitoring center, and the upgrade of the video storage and management platform. The construction period is 90 calendar days.

2. Qualification requirements for bidders
{L:（1）具有独立承担民事责任的能力；}
{L:（2）具有良好的商业信誉和健全的财务会计制度；}
{L:（3）具备电子与智能化工程专业承包二级及以上资质；}
{L:（4）拟派项目经理须具备机电工程专业二级及以上注册建造师资格；}
{L:（5）本项目不接受联合体投标。}

3. Obtaining tender documents
Time: December 4 to December 11, 2026 (excluding public holidays)
Method: Download from the municipal public resources trading platform after registration.

4. Deadline for submission and bid opening
Bids shall be submitted before 9:30 on December 25, 2026. Bids submitted late will be rejected.

Purchaser: Donghu Vocational College  Contact: Ms. Han, 027-8765-1029
Agency: Hubei Zhongcheng Tendering Co., Ltd.  Contact: Mr. Fu, 027-8691-4432
""")

if __name__ == "__main__":
    SET.build()
