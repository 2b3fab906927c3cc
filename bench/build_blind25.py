"""Build bench/sets/detect25-*.jsonl: a held-out, hand-written detection set ("detect25").

Twenty-two English pages that contain Chinese on purpose, one of each kind: karaoke lyrics with
every English line followed by its Chinese line, a Tang quatrain interleaved line by line with
pinyin and a translation, a bilingual bedtime story (English paragraph, then Chinese paragraph),
a language-exchange diary with Chinese sentence + English sentence pairs inside one paragraph, a
book-club list with the English titles first and an "Original titles" section later, a TV drama
recap naming characters as `Li Wei (李伟)`, an encyclopedia biography lead (`Chinese: …; pinyin:
…`), an HSK word list as a Markdown table, a restaurant review glossing dish names, a wedding
invitation with the double-happiness character and a translated door couplet, a calligraphy
lesson on the strokes of 永, New Year greetings with `= meaning`, a paper abstract with the
original Chinese title under the English one, an auction lot quoting inscription and seals, a
travel blog quoting street signs and explaining them, numbered subtitle cues (Chinese line, then
English line), a bilingual museum floor plan, a surname guide, a company "About us" naming the
company in characters once, a learners' podcast transcript, a university page whose footer has a
`中文` link and ICP/police record numbers, and a poem with its Chinese title above the English.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a municipal news page with a Chinese breadcrumb and date label, a county meeting report whose
leaders' words after the colon stay Chinese, a school fees table partly in Chinese, shop reviews
half untranslated, a hotel amenity list with two Chinese items, a factory "About us" with one
Chinese paragraph on the same subject that adds facts, a tourism gallery whose Chinese captions say
something other than the English captions above them, editor/reviewer credits, a notice's contact
lines, one untranslated sentence in a sports report, Chinese clauses glued after English ones with
a comma, a forum thread with untranslated signatures and one untranslated post, a news list with
`更多>>` and two Chinese headlines, a manual whose safety warnings are partly Chinese, event photo
descriptions, a medical article's last paragraph, injected casino/SEO spam in a footer, WeChat
mirror buttons (阅读原文, 在看, 分享), trade-fair exhibitor categories, an alumni story quoting an
unexplained Chinese sentence, a traffic notice with a Chinese table header row, and a list of
attachment file names. Deliberate Chinese on those pages (a `中文` link, an ICP number, a logo
line) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-03: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, the first 60 and last 30 lines of
build_blind23.py as a model of the file format, and `marked()` in build_detection_sets.py were
read), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind25.py` from the repository root; it rewrites
bench/sets/detect25-deliberate.jsonl (ids d25d-NN) and bench/sets/detect25-leftovers.jsonl
(ids d25l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect25", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("lyrics-en-then-zh", """
KTV Lyrics – "Harbour Lights" (bilingual version)
Written for our community choir's Lunar New Year concert. Sing each English line, then the Chinese line to the same melody.

[Verse 1]
The last ferry leaves at midnight, its horn is soft and low
{D:末班渡轮午夜开，汽笛声声轻又低}
I count the lamps along the pier and watch them come and go
{D:我数着码头的灯，看它们亮了又熄}
You said you'd wait beside the gate where the old banyan grows
{D:你说会在老榕树下的门口等我}
But the wind has carried every word, and only the tide knows
{D:可是风带走了每一句话，只有潮水知道}

[Chorus]
Harbour lights, harbour lights, carry me home tonight
{D:港口的灯，港口的灯，今夜带我回家}
Harbour lights, harbour lights, keep my heart in sight
{D:港口的灯，港口的灯，别让我的心迷路}

[Verse 2]
The tea shop by the market has pulled its shutters down
{D:市场边的茶铺已经拉下了铁门}
The radio still plays our song across the sleeping town
{D:收音机还在沉睡的小城里唱着我们的歌}

[Chorus] x2

Karaoke tip: the Chinese lines have fewer syllables, so stretch the last character of each line over two beats.
""")

dd("tang-poem-pinyin-interleaved", """
Wang Wei, "Deer Enclosure"
{D:鹿柴} · {D:王维}
Lù Zhài · Wáng Wéi

This quatrain belongs to the Wangchuan collection, twenty short poems Wang Wei wrote about places on his country estate. Below, each line of the original is followed by its pinyin and by my own plain translation.

{D:空山不见人，}
kōng shān bú jiàn rén,
On the empty mountain no one can be seen,

{D:但闻人语响。}
dàn wén rén yǔ xiǎng.
and yet the sound of voices carries from somewhere.

{D:返景入深林，}
fǎn yǐng rù shēn lín,
The late sunlight slants back into the deep wood

{D:复照青苔上。}
fù zhào qīng tái shàng.
and shines once more upon the green moss.

Notes
{D:柴} in the title is read zhài and means a fenced enclosure, not chái, "firewood".
{D:景} in the third line is an old form of {D:影}, "light", so textbooks gloss it as yǐng: the light of the sun going down.
The poem never says who hears the voices. I have left the people unseen, which seems to be the point.
""")

dd("kids-story-en-then-zh", """
Bedtime Story: Little Mei and the Paper Kite
{D:睡前故事：小美和纸风筝}

Little Mei lived at the foot of a green hill with her grandfather. Every spring he made her a kite out of bamboo sticks and red paper.
{D:小美和爷爷住在一座绿色的小山脚下。每年春天，爷爷都会用竹条和红纸给她做一只风筝。}

One windy morning the kite pulled so hard that the string slipped out of her hands. Up and up it went, over the pond and over the pine trees.
{D:一个刮风的早上，风筝拉得太用力，线从她手里滑走了。它飞呀飞，飞过了池塘，飞过了松树。}

Mei ran after it all the way to the top of the hill. There she found a boy called Ah Fu holding her kite. "It landed on my goat," he said.
{D:小美一直追到山顶。她在那里看见一个叫阿福的男孩拿着她的风筝。“它落在我的山羊身上了。”他说。}

The two children laughed and flew the kite together until the sun went down.
{D:两个孩子笑了起来，一起放风筝，直到太阳落山。}

The End
{D:完}

For parents: read the English paragraph first, then let your child find the characters they already know in the Chinese one, such as {D:山} (hill), {D:风} (wind) and {D:红} (red).
""")

dd("exchange-inline-pairs", """
My First Month of Language Exchange in Chengdu
Posted by Hannah R. · Learning diary · Tags: Mandarin, language exchange

Every Thursday I meet Xiaoyu at a cafe near Sichuan University. She wants to practise English, I want to practise Mandarin, so we split the hour in half. I keep a notebook of the sentences we actually used, and this week I'm sharing some of them, Chinese first and then my English version, the way I wrote them down.

We started with the weather, as always. {D:今天好热啊，你带伞了吗？} It's so hot today, did you bring an umbrella? She laughed, because I meant for the sun, not for rain. Then she taught me a very Sichuan phrase. {D:巴适得板！} It's really great! She says it about hot pot, about naps, about everything.

When I complained about my tones, she was kind. {D:你的声调比上个月好多了。} Your tones are much better than last month. I'm choosing to believe her. Then I tried to explain my job and got stuck halfway. {D:我在一家……那个……做软件的公司工作。} I work at a... um... a software company. Apparently {D:那个} is the filler everyone uses, so at least I sounded natural while failing.

At the end she asked me something I'm still thinking about. {D:你觉得中文最难的是什么？} What do you think is the hardest thing about Chinese? I said the characters. She said that for her, English spelling is worse. We agreed to disagree.

Next week: ordering food without pointing at the pictures.

Comments (3) | Share | Back to the learning diary
""")

dd("bookclub-original-titles-later", """
Riverside Library Book Club: Modern Chinese Fiction in Translation

This season we are reading five novels, one a month, all in English translation. Copies can be borrowed from the front desk, and the large-print editions are on the shelf by the window.

Reading list
1. To Live, by Yu Hua, translated by Michael Berry (September)
2. Rickshaw Boy, by Lao She, translated by Howard Goldblatt (October)
3. Border Town, by Shen Congwen, translated by Jeffrey C. Kinkley (November)
4. Red Sorghum, by Mo Yan, translated by Howard Goldblatt (December)
5. The Three-Body Problem, by Liu Cixin, translated by Ken Liu (January)

Meetings are on the last Wednesday of each month at 7 pm in Room B. Tea and biscuits provided; bring your own mug if you can.

Discussion questions for each book will be posted here a week before the meeting. For To Live, start thinking about why the narrator keeps talking to his ox.

Original titles
For members who read Chinese, or who want to look the books up in the original, here are the titles and authors in the same order:
1. {D:活着} – {D:余华}
2. {D:骆驼祥子} – {D:老舍}
3. {D:边城} – {D:沈从文}
4. {D:红高粱家族} – {D:莫言}
5. {D:三体} – {D:刘慈欣}
The English title of Rickshaw Boy drops the camel: the Chinese title names the hero, Xiangzi, after his nickname "Camel". And Red Sorghum is shortened too; the original means something like "The Red Sorghum Clan".
""")

dd("drama-recap-names-in-brackets", """
Recap: "The Tea Road Home", Episode 14 – The Auction

Spoilers ahead for episodes 1–14.

Quick refresher on the main characters, since the show has a big cast:
- Li Wei ({D:李伟}) – the eldest son, back from Shanghai to save the family tea garden
- Li Na ({D:李娜}) – his younger sister, who has quietly been running the garden for three years
- Zhou Guoqiang ({D:周国强}) – the factory owner who wants to buy the land
- Grandma Chen ({D:陈奶奶}) – the neighbour who knows everyone's secrets
- Xu Ming ({D:许明}) – Li Na's old classmate, now a county official

This episode finally gives us the auction the whole season has been building toward. Li Wei arrives late, still on the phone with the bank, and Zhou has already raised the bid twice. The scene where Li Na stands up and announces that she has signed a contract with a cooperative of twelve families is the best moment of the series so far. Zhou's face says everything.

Meanwhile Grandma Chen tells Xu Ming that the old land certificate was never lost, only hidden in the ancestral hall. I didn't see that coming, though in hindsight the camera lingered on that wooden box in episode 3 for a reason.

The weak spot is, again, Li Wei's romance subplot, which takes up fifteen minutes and goes nowhere. I would happily trade it for more scenes of Li Na arguing with the tea buyers.

Rating: 8/10. Episode 15 airs on Thursday.
""")

dd("wiki-bio-lead", """
Wang Xiaobo
From the free encyclopedia

Wang Xiaobo (Chinese: {D:王小波}; pinyin: Wáng Xiǎobō; 13 May 1952 – 11 April 1997) was a Chinese novelist and essayist. He is best known for the novella The Golden Age ({D:黄金时代}) and for the essays collected in The Silent Majority ({D:沉默的大多数}), which mix dry humour with sharp criticism of conformity. Largely ignored by the literary establishment in his lifetime, he gained a wide following among young readers after his sudden death.

Born in Beijing, Wang was sent to Yunnan during the Cultural Revolution as one of the "sent-down youth", and later worked in Shandong and Beijing. After studying at Renmin University of China, he went to the United States in 1984 and earned a master's degree at the University of Pittsburgh. He returned to China in 1988, taught for a few years at Peking University and Renmin University, and in 1992 gave up teaching to write full time.

He was married to the sociologist Li Yinhe ({D:李银河}). He died of a heart attack in Beijing at the age of 44.

Born: 13 May 1952, Beijing
Died: 11 April 1997 (aged 44), Beijing
Occupation: Novelist, essayist
Notable works: The Golden Age; The Silver Age ({D:白银时代}); The Bronze Age ({D:青铜时代}); The Silent Majority
Spouse: Li Yinhe
""")

dd("hsk-markdown-table", """
# HSK 1 Word List: Family, Numbers and Time

Twenty words from the HSK level 1 list, grouped by topic. Cover the two right-hand columns and test yourself.

| Characters | Pinyin | Meaning |
|---|---|---|
| {D:爸爸} | bàba | dad, father |
| {D:妈妈} | māma | mum, mother |
| {D:儿子} | érzi | son |
| {D:女儿} | nǚ'ér | daughter |
| {D:家} | jiā | home, family |
| {D:朋友} | péngyou | friend |
| {D:一} | yī | one |
| {D:二} | èr | two |
| {D:三} | sān | three |
| {D:十} | shí | ten |
| {D:几} | jǐ | how many (small numbers) |
| {D:岁} | suì | years of age |
| {D:今天} | jīntiān | today |
| {D:明天} | míngtiān | tomorrow |
| {D:昨天} | zuótiān | yesterday |
| {D:年} | nián | year |
| {D:月} | yuè | month; moon |
| {D:号} | hào | day of the month |
| {D:点} | diǎn | o'clock |
| {D:现在} | xiànzài | now |

## Tips
- {D:二} and {D:两} both mean "two", but in front of a measure word you normally say {D:两}, which you will meet in HSK 2.
- {D:号} is what you say for the date; in writing you will often see {D:日} instead.
""")

dd("restaurant-dish-glosses", """
Review: Lao Zhang's Noodle House, Flushing
Four stars · Visited November 2026 · Price: $$

Lao Zhang's is a narrow room with eight tables, a wall of handwritten menu cards and a kitchen you can see straight into. The cards are only in Chinese, but the staff will translate if you ask, and I'm listing what we ordered so you don't have to.

We started with {D:夫妻肺片} (fūqī fèipiàn), which the waiter cheerfully translated as "husband and wife lung slices". There is no lung in it these days: it is thin slices of beef and tripe in chili oil with crushed peanuts and coriander. Cold, numbing, excellent.

Next came the chicken everyone at the next table was eating. It is poached, served cold under a pool of red oil and sesame, and the name on the card, {D:口水鸡}, literally means "saliva chicken", as in so good it makes your mouth water. It sounds better in Sichuan than in English.

The reason to come, though, is the {D:红烧牛肉面}, braised beef noodle soup. The broth is dark with soy and star anise, the beef shank falls apart, and the noodles are pulled to order. A bowl is $14 and could feed two.

If you want it less fiery, ask for {D:微辣} ("mildly spicy"). Our table went for {D:中辣}, medium, and I was sweating by the end. For dessert there is only one choice, {D:红糖糍粑}: fried glutinous rice cakes with brown sugar syrup. Order them anyway.

Verdict: come hungry, bring cash, and show this review to the waiter if the menu cards defeat you.
""")

dd("wedding-double-happiness-couplet", """
{D:囍}
Chen Jing & Daniel Hughes
Wedding Celebration · Saturday, 15 May 2027

Together with their families, Jing and Daniel invite you to share their wedding day.

Tea ceremony: 10:30 am at the Chen family home (family only)
Banquet: 6:00 pm, Jade Garden Restaurant, 88 Riverside Road, Suzhou
Dress code: Smart. Red and gold are welcome; please avoid all-white or all-black outfits.

The couplet at the door
When you arrive at the restaurant you will see red scrolls on either side of the entrance. Jing's grandfather wrote them himself:
Right scroll: {D:喜结良缘心相印} – "A happy marriage is made; two hearts beat as one"
Left scroll: {D:情投意合爱绵长} – "Of one mind and one spirit, their love runs long"
Across the top: {D:百年好合} – "A harmonious union for a hundred years"

About the red character
The symbol at the top of this page is {D:囍}, "double happiness": the character {D:喜}, "joy", written twice side by side. It is used only for weddings, on everything from invitations to the windows of the bridal room.

Please reply by 1 April 2027 so we can plan the seating. Gifts are not expected; your company is the best gift.
RSVP: jing.and.dan@example.com
""")

dd("calligraphy-yong-strokes", """
Beginners' Calligraphy, Week 3: The Eight Principles of {D:永}

Welcome back! This week we stop practising strokes on their own and put them together in one character: {D:永} (yǒng), "eternal" or "forever". Teachers have used it for more than a thousand years because its five pen movements contain all eight basic kinds of stroke. The method is called {D:永字八法}, "the eight principles of the character yong".

Here are the eight strokes in writing order, each with its classical name and its everyday name:

1. The dot at the top – classical {D:侧} ("tilting"), everyday {D:点} (diǎn)
2. The short horizontal – {D:勒} ("reining in"), everyday {D:横} (héng)
3. The vertical – {D:努} ("straining"), everyday {D:竖} (shù)
4. The hook at the foot of the vertical – {D:趯} ("leaping"), everyday {D:钩} (gōu)
5. The short rising stroke on the left – {D:策} ("whipping"), everyday {D:提} (tí)
6. The long left-falling stroke – {D:掠} ("sweeping"), everyday {D:撇} (piě)
7. The short left-falling stroke on the right – {D:啄} ("pecking"), also a kind of {D:撇}
8. The right-falling stroke – {D:磔} ("splitting"), everyday {D:捺} (nà)

Homework: fill one sheet of grid paper with {D:永}, then one row each of {D:水} (water) and {D:小} (small), which reuse the hook and the falling strokes. Keep the brush upright and press down at the start of every stroke.

Bring your ink stone next Saturday; we will start on characters built around a box, such as {D:口} (mouth) and {D:日} (sun).
""")

dd("new-year-greetings-list", """
Chinese New Year Greetings: What to Say and When

Lunar New Year 2027 falls on Saturday, 6 February, the start of the Year of the Goat ({D:羊年}). Whether you're visiting a friend's family, writing a card to colleagues or messaging your Chinese teacher, here are the phrases people actually use, each with pinyin and meaning.

Everyday greetings
- {D:新年快乐} (xīnnián kuàilè) = Happy New Year. Safe with everyone.
- {D:春节快乐} (Chūnjié kuàilè) = Happy Spring Festival.
- {D:过年好} (guònián hǎo) = a casual "Happy New Year!", very common in the north.

Wishes for success and money
- {D:恭喜发财} (gōngxǐ fācái) = Wishing you prosperity. In Cantonese: gung hei fat choy.
- {D:生意兴隆} (shēngyì xīnglóng) = May your business flourish. Good for shop owners.
- {D:步步高升} (bùbù gāoshēng) = May you rise step by step, i.e. get promoted.

Wishes for health and peace
- {D:身体健康} (shēntǐ jiànkāng) = Good health. The one to say to grandparents.
- {D:万事如意} (wànshì rúyì) = May everything go as you wish.
- {D:岁岁平安} (suìsuì píng'ān) = Peace year after year. People also say it when a bowl gets broken, because {D:碎} "shatter" sounds like {D:岁} "year".

For this year only
- {D:羊年大吉} (yáng nián dàjí) = Good fortune in the Year of the Goat.

Etiquette tip: children often answer {D:恭喜发财} with a cheeky {D:红包拿来}, "hand over the red envelope". Adults should not try this.
""")

dd("abstract-zh-title-below", """
Southwest Economic Review (English Edition), Vol. 18, No. 4, 2026, pp. 33–52

Rural E-commerce and Household Income: Evidence from 1,200 Villages in Guizhou Province
{D:农村电子商务与家庭收入：来自贵州省1200个村庄的证据}

Zhao Lin, Wu Haitao, Sarah K. Morgan

Abstract
Since 2015, China's "e-commerce into villages" program has built county logistics centers and village service points across the country. This paper uses survey data on 1,200 villages and 9,600 households in Guizhou Province, collected in 2019 and 2024, to estimate how the opening of a village service point affects household income. Using a difference-in-differences design, we find that a service point raises average household income by 6.8 percent after three years. The effect is larger for households that grow fruit or tea and for households with a member under 40. We find no significant effect for households that rely mainly on wage labor. The results suggest that logistics alone are not enough: training and access to credit decide who benefits.

Keywords: rural e-commerce; household income; difference-in-differences; Guizhou
JEL classification: O13, Q12, R11

This article is an authorized translation of a paper first published in Chinese in the Southwest Economic Review ({D:《西南经济评论》}) in 2025. The original title is given under the English one for reference.

Download PDF | Cite | Share
""")

dd("auction-seal-inscription", """
Lot 218
Anonymous, Qing dynasty, 19th century
Orchid and Rock
Hanging scroll, ink on paper. Image: 86.5 x 34 cm
Estimate: HK$40,000 – 60,000

Inscription
Upper right, three columns in running script:
{D:幽兰生空谷，不以无人而不芳。癸卯春日写于听雨轩。}
Translation: "The secluded orchid grows in an empty valley; it is no less fragrant for having no one to smell it. Painted on a spring day in the guimao year, at the Listening to Rain Studio."

Seals
- After the inscription, one square seal in relief: {D:听雨轩} ("Listening to Rain Studio"), matching the studio named in the inscription
- Lower left, one square seal in intaglio: {D:墨缘} ("Bound by Ink")
- Lower right, one collector's seal: {D:吴氏珍藏} ("Treasured by the Wu family")

Note
The guimao year of the inscription most likely corresponds to 1843. The painter has not been identified, but the orchid leaves, each drawn in a single long stroke that thins toward the tip, follow the manner of Zheng Xie ({D:郑燮}, 1693–1765), better known as Zheng Banqiao. The owner of the collector's seal has not been traced.

Condition: light foxing and a small repaired tear at the lower edge; remounted.
Provenance: private collection, Hong Kong, acquired in the 1970s.
""")

dd("street-signs-travel-blog", """
Reading the Signs: Two Days Walking Around Xi'an

I promised my sister I'd write up the signs I photographed, since she starts Chinese classes next month. Here they are, quoted exactly, with what they turned out to mean.

{D:小心地滑}
This yellow sign stands on every wet floor in the city. It means "Caution, slippery floor", though character by character it is "careful", "ground", "slippery", which is how the famous bad translation "carefully slide" came about.

{D:禁止吸烟}
No smoking. {D:禁止} ("prohibited") turns up on a lot of signs, so it's worth learning first.

{D:出口} / {D:入口}
Exit and entrance. I mixed them up in the metro twice before I noticed that {D:出} means "out" and {D:入} means "in".

{D:钟楼}
Not a shop sign but a brown tourist sign: the Bell Tower, right in the middle of the old city. A few minutes away you'll see {D:鼓楼}, the Drum Tower.

{D:回民街}
The Muslim Quarter, the food street behind the Drum Tower. The sign names the Hui people ({D:回民}) rather than using a word for "Muslim".

{D:请勿触摸}
Please do not touch. This one was on a glass case in the Shaanxi History Museum, so I obeyed.

{D:此路不通}
"This road does not go through", i.e. dead end. Found, of course, at the end of a very long alley.
""")

dd("subtitle-cues-zh-then-en", """
Transcript – "Grandma's Dumplings" (short documentary, 6 min)
Original Mandarin dialogue with the English subtitles, cue by cue

1
00:00:03,500 --> 00:00:06,900
{D:我们家包饺子，一定要三代人一起。}
In our family, dumplings are always made by three generations together.

2
00:00:07,200 --> 00:00:10,400
{D:我负责和面，儿媳妇调馅儿。}
I make the dough, and my daughter-in-law mixes the filling.

3
00:00:10,800 --> 00:00:13,600
{D:孙子呢？孙子负责吃。}
And my grandson? His job is eating.

4
00:00:14,100 --> 00:00:18,000
{D:馅儿里放韭菜和鸡蛋，这是我妈妈教我的。}
We put chives and egg in the filling. My mother taught me that.

5
00:00:18,500 --> 00:00:21,700
{D:边要捏紧，不然一煮就破了。}
Pinch the edges tight, or they'll burst as soon as they boil.

6
00:00:22,000 --> 00:00:25,300
{D:过年的时候，我们会在一个饺子里包一枚硬币。}
At New Year, we hide a coin inside one of the dumplings.
""")

dd("museum-floor-plan-bilingual", """
Visitor Guide – Floor Plan
Hall names are given in English and Chinese, as on the signs inside the building.

Ground Floor
- Entrance Hall {D:序厅}
- Ticket Office and Cloakroom {D:售票处及寄存处}
- Hall 1: Prehistoric Cultures {D:史前文化厅}
- Hall 2: Bronzes of the Shang and Zhou {D:商周青铜器厅}

First Floor
- Hall 3: Ceramics Through the Ages {D:历代陶瓷厅}
- Hall 4: Calligraphy and Painting {D:书画厅}
- Hall 5: Jade {D:玉器厅}
- Temporary Exhibition Gallery {D:临时展厅}

Second Floor
- Hall 6: Treasures of the Silk Road {D:丝绸之路珍宝厅}
- Hall 7: Folk Customs {D:民俗厅}
- Children's Discovery Room {D:儿童探索室}
- Museum Café {D:咖啡厅}

Facilities
Lifts are next to the Entrance Hall and at the west end of each floor. Toilets are on every floor beside the stairs. Wheelchairs and strollers can be borrowed free of charge at the cloakroom.
Opening hours: Tuesday–Sunday, 9:00–17:00 (last entry 16:00). Closed on Mondays except public holidays.
""")

dd("surname-guide", """
A Short Guide to Common Chinese Surnames

In Chinese names the surname comes first, so in Wang Fang, Wang is the family name. Most surnames are a single character, and a handful of them are shared by a very large part of the population. Here are ten of the most common, with pinyin and the basic meaning of the character.

1. {D:王} – Wáng – "king". Often ranked the most common surname in mainland China.
2. {D:李} – Lǐ – "plum". The surname of the Tang dynasty's ruling family.
3. {D:张} – Zhāng – "to stretch" or "to open", originally linked to drawing a bow.
4. {D:刘} – Liú – an old word for a kind of axe; the surname of the Han emperors.
5. {D:陈} – Chén – "to display" or "to arrange"; very common in Guangdong and Fujian.
6. {D:杨} – Yáng – "poplar tree".
7. {D:黄} – Huáng – "yellow". In Cantonese it is usually spelled Wong.
8. {D:赵} – Zhào – the name of an ancient state, and first in the traditional rhyme of the Hundred Family Surnames ({D:百家姓}).
9. {D:吴} – Wú – also the name of an ancient state, in the lower Yangtze region.
10. {D:周} – Zhōu – "circuit" or "complete", and the name of the Zhou dynasty.

Two-character surnames exist but are rare. The best known are {D:欧阳} (Ōuyáng) and {D:司马} (Sīmǎ), as in the historian Sima Qian.

A note on spelling: the same surname can be romanized differently in Hong Kong, Taiwan, Singapore and overseas communities, so Chen, Chan and Tan may all be {D:陈}.
""")

dd("about-us-zh-name-once", """
About Us

Harbor Bridge Logistics Co., Ltd. ({D:海桥物流有限公司}) is a freight forwarding and warehousing company headquartered in Ningbo, Zhejiang. Since our founding in 2009 we have grown from a team of six into a company of more than 400 people, with offices in Ningbo, Shanghai, Shenzhen and Rotterdam.

What we do
- Sea freight: full container (FCL) and less-than-container (LCL) shipping from all major Chinese ports
- Air freight: express and consolidated cargo through Shanghai Pudong and Shenzhen Bao'an
- Warehousing: 60,000 square meters of bonded and general warehouse space near Beilun port
- Customs clearance and documentation for import and export

Our approach
We believe logistics should be predictable. Every shipment has one named coordinator who answers the phone, and every customer can track cargo online in real time. Our on-time delivery rate in 2025 was 97.4 percent.

Sustainability
Since 2022 we have replaced our Ningbo truck fleet with electric and LNG vehicles, and the roof of our newest warehouse carries a 2.1 MW solar installation.

Work with us
Whether you ship one pallet a month or a hundred containers a week, our team can design a solution for you. Contact our sales team at sales@harborbridge.example or call +86 574 8765 4321.
""")

dd("podcast-transcript-learners", """
Mandarin Slow Lane – Episode 42: Buying a Train Ticket
Full transcript for learners (HSK 3 level)

Host: Hi everyone, and welcome back to Mandarin Slow Lane. Today's dialogue takes place at a ticket window in Nanjing. As always, each Chinese line is followed by the English.

A: {D:你好，我想买一张去杭州的票。}
A: Hello, I'd like to buy a ticket to Hangzhou.
B: {D:今天的还是明天的？}
B: For today or for tomorrow?
A: {D:今天下午的，有吗？}
A: This afternoon, if there is one.
B: {D:三点十分有一趟高铁，只剩二等座了。}
B: There's a high-speed train at 3:10. Only second-class seats are left.
A: {D:没问题。多少钱？}
A: No problem. How much is it?
B: {D:一百一十七块。请给我您的护照。}
B: 117 yuan. Your passport, please.
A: {D:给你。在几号检票口？}
A: Here you are. Which gate is it?
B: {D:十二号。提前二十分钟检票。}
B: Gate 12. Boarding starts twenty minutes before departure.

Host: Two words to review. {D:二等座}, "second-class seat", and {D:检票口}, literally "ticket-checking mouth", the gate where your ticket is checked. See you next week!
""")

dd("university-footer-icp", """
Xiling University of Science and Technology
Home | About | Admissions | Research | International | Library | English | {D:中文}

News

XUST team wins gold at national undergraduate robotics contest
2026-11-30
A team of five undergraduates from the School of Mechanical Engineering won first prize in the autonomous navigation category of the national undergraduate robotics contest, held in Hefei from November 25 to 28. Their robot completed the warehouse course in 3 minutes 12 seconds, the fastest of 86 teams.

International summer school applications open
2026-11-26
Applications are now open for the 2027 International Summer School on Sustainable Cities, a three-week program of lectures, field trips and group projects taught in English. Students from partner universities may apply for a tuition waiver.

Campus map | Contact us | Jobs | Alumni | Privacy policy

Address: 1 Xueyuan Road, Chengdu, Sichuan 610000, China
Tel: +86 28 6543 0000   Email: intl@xust.example.cn
Copyright © 2026 Xiling University of Science and Technology. All rights reserved.
{D:蜀ICP备05012345号-1}   {D:川公网安备51010602000123号}
""")

dd("poem-zh-title-above-en", """
{D:雨后的晾衣绳}
The Clothesline After Rain

by Lin Qiuyu
translated from the Chinese by Ellen Ward

The rain has stopped, but the line still holds it:
one bead of water under every peg,
a row of small clear lamps
that nobody switched on.

My father's shirt hangs with its arms down
as if it has just heard bad news.
My daughter's socks, one red, one yellow,
have not noticed anything at all.

A sparrow lands, and the whole line trembles.
Forty beads let go at once.
For a moment the yard is full of
a second, smaller rain.

Translator's note: the Chinese title is plain, almost a label on a drawer, and I have kept it that way. Lin Qiuyu wrote the poem in 2019 in a rented flat in Kunming; it appeared in her second collection, whose title I would render as "Small Weather".
""")


# ---------------------------------------------------------------- half-translated

ll("municipal-breadcrumb-date-label", """
{D:中文} | English | Accessibility
Qingshan Municipal People's Government
{L:首页} > {L:新闻中心} > {L:正文}

City Opens Three New Community Canteens for the Elderly

{L:发布时间}：2026-11-28 10:15   Source: Municipal Civil Affairs Bureau   Font size: Large Medium Small

On November 27, three new community canteens for elderly residents opened in Dongcheng, Riverside and Longtan streets. Each canteen can serve about 200 meals a day, and residents aged 70 and over pay 8 yuan for a lunch of two dishes and one soup.

The canteens are run by social organizations selected through public bidding. The municipal government provides a subsidy of 3 yuan per meal, and the street offices provide the premises free of charge.

"The lunch is hot and not too salty," said Mrs. Zhou, 76, who lives alone near the Riverside canteen. "And I can chat with my neighbors."

By the end of next year, the city plans to have at least one elderly canteen in every street and township.

Print this page | Close window
""")

ll("county-leader-colon-speech", """
Fengyang County Holds Winter Fire Safety Work Meeting
Source: County Emergency Management Bureau   Date: 2026-11-26

On the afternoon of November 25, the county held a work meeting on winter and spring fire safety. Leaders of the county emergency management bureau, the fire rescue brigade and all towns attended.

The meeting reported on the fire situation in the county since the beginning of the year and arranged the key tasks for the coming months, including inspections of markets, schools, nursing homes and self-built rental houses.

County Magistrate Zhao Mingliang said: {L:冬春季节天干物燥，用火用电用气增多，是火灾易发多发期，各部门必须克服麻痹思想，切实把安全责任落实到人。}

Deputy County Magistrate Guo Lan pointed out: {L:要聚焦重点场所开展拉网式排查，发现隐患立即整改，不能整改的要果断停用。}

The meeting required that the special inspection be completed before December 31 and that the results be reported to the office of the county safety committee.

Related news: County carries out fire drills in nursing homes
""")

ll("school-fees-table-partly-zh", """
Admissions 2027: International Department, Haicheng No. 2 Senior High School

The International Department admits about 120 Grade 10 students each year. Applicants must have completed junior high school and take our entrance test in English and mathematics.

Key dates
- Online registration: January 5 – March 20, 2027
- Entrance test: April 11, 2027
- {L:录取结果公布}: late April, on the school website

Fees (per academic year)

| Item | Amount (RMB) | Notes |
|---|---|---|
| Tuition | 68,000 | Paid in two installments |
| Boarding | 6,000 | Four students per room, with air conditioning |
| {L:教材费} | 2,500 | {L:多退少补} |
| {L:校服费} | {L:按实际收取} | Summer and winter uniforms |
| Insurance | 300 | Compulsory |
| {L:考试报名费} | 1,200 | {L:仅限报考AP课程的学生} |

Scholarships: students who rank in the top 10 in the entrance test receive a 30% tuition reduction in the first year.

Admissions Office: Room 105, Administration Building. Tel: 0571-8812-3456
""")

ll("shop-reviews-half-zh", """
Stainless Steel Electric Kettle 1.7L, Fast Boil, Auto Shut-off
Price: $24.99   Rating: 4.6 (318 reviews)

Product details
- Capacity: 1.7 liters
- Power: 1500 W
- Material: 304 food-grade stainless steel
- Boil-dry protection and automatic shut-off

Customer reviews

5 stars – Linda M.: "Boils a full kettle in about four minutes. The handle stays cool and the lid opens with one button."

5 stars – {L:匿名用户}: "{L:物流很快，第二天就到了，包装很结实，烧水声音也不大，给好评！}"

4 stars – Mark T.: "Works well, but the blue light is very bright at night."

3 stars – Sunny: "The kettle itself is fine, {L:但是底座的线太短了，放在桌子上够不到插座。}"

5 stars – Chen: "Bought a second one for my parents. {L:第一次用有点塑料味，烧了三次就没有了。}"

2 stars – J. Ortiz: "Started leaking after two months. Customer service replaced it quickly, though."

Was this review helpful? Yes | No
""")

ll("hotel-amenities-two-zh", """
Lakeview Garden Hotel, Dali
Rooms & Facilities

Set on the western shore of Erhai Lake, the hotel has 86 rooms, most of them with a balcony facing the water and the Cangshan Mountains behind.

Hotel amenities
- Free Wi-Fi throughout the hotel
- 24-hour front desk and luggage storage
- Rooftop restaurant serving Yunnan and Western dishes
- {L:免费接送机服务（需提前一天预约）}
- Bicycle rental
- Laundry service
- {L:儿童游乐区}
- Free parking for guests

Room amenities
- Air conditioning and floor heating
- Rain shower, hairdryer and toiletries
- Electric kettle, Pu'er tea and bottled water
- In-room safe

Check-in from 14:00, check-out until 12:00. Breakfast is served from 7:30 to 10:00 and costs 68 yuan per person for guests without a breakfast package.
Book now | Call +86 872 123 4567
""")

ll("factory-about-zh-paragraph", """
About Us

Company Profile | Honors | Factory Tour

Zhejiang Hongda Valve Co., Ltd. was founded in 1998 in Wenzhou, the center of China's valve industry. We specialize in the design and production of ball valves, gate valves and check valves for water supply, oil and gas pipelines and chemical plants.

Our factory covers an area of 45,000 square meters and has more than 320 employees, including 46 engineers and technicians. We are equipped with CNC machining centers, automatic welding lines and a full set of pressure testing equipment.

{L:公司先后通过了ISO9001质量管理体系认证和API 6D认证，产品出口到东南亚、中东和南美等30多个国家和地区。2023年，公司投资8000万元建成了新的智能化生产车间，年产能提高到50万台。}

Quality is the life of the enterprise. Every valve is tested for pressure and leakage before it leaves the factory, and we keep the test records for ten years.

We sincerely welcome customers at home and abroad to visit our factory and establish long-term cooperation with us.

Home | Products | Contact us | {D:中文版}
""")

ll("tourism-captions-differ", """
{D:婺源旅游} Wuyuan Tourism
Gallery: Spring in Wuyuan

Wuyuan in Jiangxi Province is famous for its whitewashed Huizhou-style villages and the rapeseed fields that turn the valleys yellow every March.

Photo 1: Rapeseed flowers on the Jiangling terraces
{L:每年3月中旬至4月初为最佳观赏期，景区门票60元。}

Photo 2: Morning mist over Likeng village
{L:李坑村口的小桥流水是摄影爱好者最喜欢的机位。}

Photo 3: An old residence in Sixi village
{L:思溪延村的老宅大多建于清代，部分房屋仍有村民居住，参观时请保持安静。}

Photo 4: Local green tea
{L:婺源绿茶在清明前采摘的品质最好。}

How to get there: take a high-speed train to Wuyuan Station, then a tourist bus to the villages. A combined ticket for the main villages is valid for five days.
More photos | Travel tips | Hotels
""")

ll("news-editor-reviewer-credits", """
Provincial Library Opens 24-hour Self-service Reading Room
2026-11-30 08:42   Source: Provincial Daily

The Provincial Library opened its first 24-hour self-service reading room on Sunday. Located on the ground floor of the east building, the room has 60 seats, 12,000 books and two self-service borrowing machines.

Readers can enter by scanning their library card or ID card at the door. The room is monitored by cameras and has an emergency call button connected to the security office.

"Many young people work late, and until now there was no quiet public place to read after 9 pm," said the library's deputy director, Huang Yue.

In its first weekend, more than 1,500 people used the room. Most visits were between 8 pm and midnight.

The library plans to open two more self-service rooms in community service centers next year.

{L:责任编辑：刘晓敏}
{L:审核}：{L:陈建华}
Share to: WeChat | Weibo | QQ
""")

ll("notice-contact-lines", """
Notice on Registration for the 2027 Spring Vocational Skills Training

To help unemployed residents and migrant workers improve their skills, the District Human Resources and Social Security Bureau will organize free vocational training in spring 2027. The relevant matters are notified as follows:

1. Courses
Electrician, elderly care worker, e-commerce customer service, Chinese pastry making and forklift driving. Each course lasts 15 to 30 days.

2. Who can apply
Registered unemployed people, rural migrant workers, and graduates who have not found a job within two years of graduation, aged 16 to 60.

3. How to apply
Bring your ID card and one photo to the employment service window of your street or township before January 15, 2027. Places are limited and will be allocated in order of registration.

4. Subsidies
Trainees who attend at least 90% of classes and pass the skills assessment will receive a certificate and a living allowance of 30 yuan per day.

{L:联系人：周老师}
{L:联系电话}：0551-6543-2100
Address: Employment Service Center, 3rd floor, 88 Heping Road

District Human Resources and Social Security Bureau
December 1, 2026
""")

ll("sports-report-mid-sentence", """
Harbour City FC Beat Northern Steel 2-1 to Stay Top

Harbour City FC came from behind to beat Northern Steel 2-1 on Saturday night in front of 28,000 fans, keeping a three-point lead at the top of the league with two rounds to play.

The visitors took the lead in the 17th minute when their striker headed in a corner at the near post. Harbour City had most of the possession in the first half but created few clear chances.

{L:下半场开始后，主队加强了边路进攻，第56分钟，替补上场的小将李浩然接队友传中头球扳平比分。}

The winner came in the 81st minute. Midfielder Gao Peng picked up a loose ball 25 meters out and curled a shot into the top corner, his seventh goal of the season.

Northern Steel had a man sent off five minutes later for a second yellow card, and Harbour City saw out the game without much trouble.

"We were too slow in the first half, but the players showed character," head coach Marco Ruiz said after the match.

Harbour City play away at Riverside United next Sunday.
""")

ll("notice-glued-zh-clauses", """
Announcement on the Temporary Closure of the City Library for a System Upgrade

Dear readers,

The City Library will upgrade its borrowing management system from December 15 to December 18, 2026, {L:届时全馆暂停对外开放，自助借还机同步停用。}

Books due during the closure will be renewed automatically until December 25, {L:期间产生的逾期费用一律免除。}

The digital library and the e-book platform will remain available online. Readers who need help can leave a message on the library's official account, and staff will reply within one working day.

After the upgrade, readers can use the new mobile app to reserve books, renew loans and check their borrowing history, {L:新版系统还支持刷脸入馆}. We apologize for any inconvenience caused and thank you for your understanding and support.

Qingshan City Library
December 2, 2026
""")

ll("forum-signatures-and-post", """
Forum » Photography » Lenses
Thread: Is the 35mm f/1.8 worth it for street photography?

#1  lens_wanderer  (Posts: 412)
I shoot mostly at night in the old town and my kit zoom is too slow. Is the 35mm f/1.8 sharp enough wide open, or should I save for the f/1.4?
--
{L:一张好照片，胜过千言万语。}

#2  Kuro_Fox  (Posts: 1,203)
I have both. The f/1.8 is a little soft in the corners wide open but perfectly fine in the center. For street, I'd take the smaller, lighter one every time.
--
{L:器材党，正在戒除中……}

#3  wang_photo  (Posts: 87)
{L:我用了两年1.8，夜景完全够用，对焦速度也快。1.4那支太重了，而且价格贵了一倍，不值得。}

#4  lens_wanderer
Thanks both, ordering the f/1.8 tonight.
--
{L:一张好照片，胜过千言万语。}

Reply | Quote | Report
""")

ll("news-list-more-link", """
Tongan District News Portal
Home | Government | Services | Investment | Contact

Latest News  {L:更多>>}
- District launches winter volunteer service month  2026-12-02
- New bus route 312 links the high-speed rail station with the industrial park  2026-12-01
- {L:区领导带队检查安全生产工作}  2026-11-30
- Tongan wins provincial award for garbage sorting  2026-11-29
- {L:我区召开第四季度经济运行分析会}  2026-11-28
- Free health checks for residents over 65 begin next week  2026-11-27

Notices  {L:更多>>}
- Public consultation on the draft plan for Xinglin Bay Park  2026-11-26
- Water supply interruption in Dongfu Town on December 5  2026-11-25
- Results of the 2026 recruitment examination for community workers  2026-11-20

Policy Interpretation
- Questions and answers on the new housing provident fund rules  2026-11-24
- What changes for small businesses under the new tax relief measures  2026-11-18
""")

ll("manual-safety-warnings-partly-zh", """
User Manual – Model HX-200 Handheld Garment Steamer

Thank you for choosing our product. Please read this manual carefully before use and keep it for future reference.

Safety warnings
1. Use only with an alternating current of 220–240 V.
2. Do not point the steam nozzle at people or animals. Steam can cause burns.
3. {L:使用过程中请勿倾斜超过45度，以免热水从喷嘴溅出。}
4. Never add water while the appliance is plugged in.
5. {L:本产品不适合儿童及行动不便者使用。}
6. Unplug the steamer and let it cool for at least 30 minutes before cleaning or storing it.
7. {L:如发现电源线损坏，必须由制造商或专业人员更换，}to avoid danger.

Using the steamer
Fill the water tank to the MAX line with clean tap water. Plug in and press the power button; the indicator light turns red. After about 25 seconds the light turns green and the steamer is ready.

Hang the garment vertically and move the nozzle slowly from top to bottom. For thick fabrics, hold the nozzle 2–3 cm from the fabric.

Cleaning
Empty the tank after each use. Once a month, fill the tank with a mixture of water and white vinegar (1:1), run steam for two minutes, then rinse.
""")

ll("event-photo-descriptions", """
Photo Gallery: 2026 Autumn Sports Day

Our school held its annual Autumn Sports Day on October 24 at the East Campus stadium. More than 1,800 students and 200 teachers took part in 26 events. Click on any photo to view it at full size.

IMG_0421.jpg
{L:开幕式上，各班级方阵依次入场，高二（3）班的舞龙表演赢得了全场掌声。}

IMG_0437.jpg
{L:女子800米决赛，初三选手王雨桐以2分31秒的成绩打破校纪录。}

IMG_0455.jpg
{L:教职工拔河比赛，数学组最终夺冠。}

IMG_0472.jpg
{L:家长志愿者在终点为运动员送水。}

IMG_0490.jpg
{L:闭幕式上，校长为获得团体总分第一名的班级颁奖。}

This year, for the first time, the sports day also included a parent-child relay and a fun run open to students' families, and the results of every event are posted on the school notice board outside the gym.

Photos by the Student Media Club. Download all (ZIP, 86 MB) | Back to News
""")

ll("medical-last-paragraph-zh", """
Winter Is Flu Season: How to Protect Yourself and Your Family

Influenza is an acute respiratory infection caused by influenza viruses. In the northern hemisphere, flu activity usually rises in December and peaks between January and February.

Symptoms
Typical symptoms include sudden high fever, headache, muscle aches, fatigue, sore throat and a dry cough. Unlike a common cold, flu often makes people feel very ill within a few hours.

Who is at higher risk
Children under five, adults over 65, pregnant women and people with chronic diseases such as diabetes, asthma or heart disease are more likely to develop complications, including pneumonia.

Prevention
Annual vaccination is the most effective way to prevent influenza. The best time to be vaccinated is before the end of October, but it is still worthwhile later in the season. Wash your hands often, cover your mouth when coughing, and keep rooms well ventilated.

When to see a doctor
Seek medical care promptly if you have difficulty breathing, chest pain, a fever lasting more than three days, or confusion.

{L:需要提醒的是，抗病毒药物奥司他韦在发病48小时内使用效果最好，但必须在医生指导下服用，不要自行购买使用。另外，抗生素对流感病毒无效，只有合并细菌感染时才需要使用。}

Department of Infectious Diseases, City Central Hospital
""")

ll("footer-casino-seo-spam", """
Greenfield Kindergarten
Home | About | Classes | Parents | Contact

Welcome to Greenfield Kindergarten
We are a bilingual kindergarten for children aged 2 to 6, with small classes of no more than 18 children and two teachers in every classroom. Our day includes outdoor play, music, picture books and simple science activities.

Open Day
Families are invited to visit on Saturday, December 12, from 9:30 to 11:30. Children can join a short music class while parents meet the teachers.

Enrolment for 2027
Applications for the September 2027 intake open on January 4. Please contact the office to book a visit.

Address: 16 Maple Road, Pudong, Shanghai
Tel: 021-5888-1234
{D:沪ICP备16012345号-1}
{L:澳门赌场官网} | {L:真人百家乐} | {L:在线体育投注平台} | {L:注册就送88元彩金} | {L:老虎机免费试玩}
Copyright © 2026 Greenfield Kindergarten. All rights reserved.
""")

ll("wechat-mirror-buttons", """
Ten Minutes a Day: Simple Stretches for Office Workers
Original · Health Today · 2026-11-29 07:30

Sitting for long hours is hard on your neck, shoulders and lower back. Physical therapist Dr. Xu Min shares five stretches you can do at your desk.

1. Neck tilt: sit upright and slowly tilt your head toward your right shoulder. Hold for 15 seconds, then switch sides.
2. Shoulder rolls: roll your shoulders backward ten times, then forward ten times.
3. Chest opener: clasp your hands behind your back, straighten your arms and lift them gently.
4. Seated twist: turn your upper body to the right, holding the back of the chair. Hold for 20 seconds on each side.
5. Hip flexor stretch: stand up, step one foot forward and bend the front knee until you feel a stretch at the front of the back hip.

Dr. Xu recommends doing the routine twice a day and stopping if any movement causes pain.

Scan the QR code to follow us for more health tips.
{L:阅读原文}
{L:阅读 10万+}   {L:在看} 326   {L:分享}
{L:写留言}
Long press to identify the QR code
""")

ll("expo-categories-half-zh", """
2027 Guangzhou International Home Furnishing Expo – Exhibitor Categories

Dates: March 18–21, 2027
Venue: China Import and Export Fair Complex, Guangzhou
Expected exhibitors: 2,400 | Exhibition area: 380,000 m²

Hall A – Furniture
- Living room and bedroom furniture
- Office furniture
- {L:户外家具及休闲用品}
- Children's furniture

Hall B – Home Decor
- Lighting
- {L:墙纸墙布}
- Curtains and carpets
- {L:软装饰品及工艺礼品}

Hall C – Materials and Machinery
- Wood panels and veneers
- {L:五金配件}
- Woodworking machinery
- {L:智能家居系统}

Visitor registration is free until March 1. Trade visitors must bring a business card and photo ID to collect their badge.
Exhibitor enquiries: expo@example.com
""")

ll("alumni-quote-unexplained", """
Alumni Stories: From Our Chemistry Lab to a Vaccine Plant

When Zhang Lei graduated from the School of Chemical Engineering in 2008, he did not expect to spend the next fifteen years building factories. Today he is the production director of a vaccine company in Suzhou that employs more than 900 people.

"In my second year I failed organic chemistry," he said with a laugh when he came back to campus for alumni day in October. "Professor Wu called me to her office. She did not criticize me. She just said one sentence: '{L:实验台不会骗人，你做了多少，它就还你多少。}' I still remember it."

After that, Zhang spent most evenings in the teaching lab. He graduated in the top five of his class and joined a pharmaceutical company as a process engineer.

In 2015 he moved to Suzhou to help set up a new vaccine plant. The hardest part, he said, was passing the GMP inspection for the first time. The team worked for eleven months and rewrote more than 300 operating procedures.

At alumni day he donated 500,000 yuan to set up a scholarship for students who work in the teaching labs as assistants.

Zhang also spoke to first-year students about careers in pharmaceutical manufacturing and invited ten of them to visit the plant next summer.

His advice to current students? "{L:多动手，少抱怨。}"
""")

ll("traffic-notice-zh-header-row", """
Traffic Control Notice: Heavy Snow Expected on December 4–5

The Municipal Meteorological Observatory has issued a yellow warning for heavy snow. From the night of December 4 to December 5, 8 to 15 mm of snow is expected, with temperatures dropping to minus 9 °C. Roads and bridges may freeze.

To ensure traffic safety, the traffic police detachment will take the following control measures:

| {L:路段} | {L:方向} | {L:管制时间} | {L:管制措施} |
|---|---|---|---|
| Ring Expressway, Xishan Interchange to Nanhu Bridge | Both directions | Dec 4, 20:00 – Dec 5, 12:00 | Trucks over 10 tonnes prohibited |
| Yanjiang Elevated Road | Both directions | Dec 4, 22:00 – Dec 5, 10:00 | Closed if ice forms |
| National Highway 205, Km 88 – Km 102 | Northbound | Dec 5, 00:00 – 14:00 | Speed limit 40 km/h, snow chains required |
| Airport Expressway | Both directions | Depending on the weather | Speed limit 60 km/h |

Drivers are advised to avoid unnecessary trips, check their tire pressure and carry warm clothing. Buses on routes 6, 18 and 41 may be delayed.

For real-time road information, call 12122 or follow the traffic police official account.

Municipal Public Security Bureau Traffic Police Detachment
December 3, 2026
""")

ll("attachment-file-names-zh", """
Notice on Applying for the 2027 Municipal Science and Technology Innovation Projects

To all relevant units:

In accordance with the city's plan for science and technology development, the Municipal Science and Technology Bureau is now accepting applications for the 2027 innovation projects. The relevant matters are as follows.

1. Funding areas: new materials, biomedicine, the digital economy, and energy saving and environmental protection.
2. Eligibility: enterprises, universities and research institutes registered in the city with sound financial management.
3. Funding: up to 500,000 yuan per project; the applicant must provide matching funds of at least the same amount.
4. Deadline: all materials must be submitted through the online system before 17:00 on January 20, 2027. Late applications will not be accepted.

Consultation: Office of Science and Technology Planning, tel. 0532-8591-2233.

{L:附件}：
1. {L:2027年度市科技创新项目申报指南}.docx
2. {L:项目申报书（模板）}.docx
3. {L:单位承诺书}.pdf
4. {L:经费预算表}.xlsx

Municipal Science and Technology Bureau
December 1, 2026
""")

if __name__ == "__main__":
    SET.build()
