"""Build bench/sets/detect26-*.jsonl: a held-out, hand-written detection set ("detect26").

Twenty-two English pages that contain Chinese on purpose, one of each kind: podcast show notes
with every English paragraph followed by its Chinese translation paragraph, an encyclopedia
infobox and lead for a Ming traveller (`Chinese: …; pinyin: …`), a film page naming the director
and cast in characters after their names, a web-novel fan page with `Original title:` fields and
chapter titles in both languages, New Year greetings quoted inside English sentences, a list of
idioms with pinyin and meaning, a phrasebook as a Markdown table (English | Chinese | Pinyin), a
beginners' lesson transcript with speaker labels in both languages, a language-exchange note whose
one paragraph alternates an English sentence and its Chinese translation, a folk-song concert
programme with the English titles first and the Chinese originals with notes later, a blog post
with its Chinese title line above the English title, a Tang quatrain in a two-column table
(original | translation), a calligraphy scroll caption quoting the text and the seals, a museum
label giving the object's Chinese name, a cookbook page naming dishes in characters with glosses,
a tea house menu, a letter of recommendation quoting a school motto from the Analects with its
translation, a company page whose footer has a `中文` link and ICP and public-security filing
numbers, a linguistics note on 的/地/得 inside English prose, numbered subtitle cues (Chinese line,
then English line), a bilingual Mid-Autumn event poster, and a family genealogy page with names
and a generation poem in characters.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a university news page whose CMS labels and breadcrumb stay Chinese (当前位置, 正文, 发布时间,
浏览次数, 来源, 作者, 责任编辑), a county work report whose leader's speech after "pointed out:"
stays Chinese, a hospital page with one Chinese paragraph on the same subject as its English
neighbour that adds other facts, a photo gallery whose Chinese captions say something other than
the English captions above them, a product page with some spec rows untranslated, a news list
with two Chinese headlines, a footer with injected gambling spam links, vendor credits
(技术支持：…), a press release whose last paragraph stays Chinese, a school notice whose table
header row is Chinese, English sentences with Chinese clauses glued on after a comma, a forum
thread with one untranslated reply, a thesis-defence notice whose attachment file names are
Chinese, a recruitment notice with Chinese contact lines, a tourism page whose Chinese heading
sits above an English paragraph that is not its translation, a WeChat article mirror with its
buttons (阅读原文, 在看, 分享), a court announcement half in Chinese, shop reviews partly
untranslated, a conference agenda with some session titles left Chinese, a city profile with one
Chinese bullet in an English list, a village report whose sentence naming the country's leader
stays Chinese, and a library notice with Chinese page-navigation links (上一篇, 下一篇, 打印本页,
关闭窗口). Deliberate Chinese on those pages (a `中文` link, an ICP number, a logo line) is
marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
only older texts are a Tang quatrain, a line of the Analects and a few common idioms and
greetings, all in the public domain and translated here afresh. The set was written BLIND on
2026-12-04: without reading mtmend's code, its tests, the other bench sets or their builders
(only bench/blind_set.py, the first 60 and last 30 lines of build_blind25.py as a model of the
file format, and `marked()` in build_detection_sets.py were read), and mtmend was never run on
these pages.

Rebuild: `python bench/build_blind26.py` from the repository root; it rewrites
bench/sets/detect26-deliberate.jsonl (ids d26d-NN) and bench/sets/detect26-leftovers.jsonl
(ids d26l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect26", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("podcast-notes-en-para-then-zh-para", """
Episode 48 – The Night Market Shift
Show notes | Runtime 41:12 | Hosted by Mara Quinlan and Deng Hao

This week we spend an evening at a night market in Tainan with a vendor who has fried scallion pancakes on the same corner for twenty-two years. She explains why she still kneads the dough by hand.
{D:本期节目，我们在台南的一个夜市待了一个晚上，和一位在同一个街角炸葱油饼二十二年的摊主聊天。她解释了自己为什么至今仍坚持手工揉面。}

We also talk about rent, rainy nights, and what happens to a stall when the owner's children move away to the big cities.
{D:我们还聊到了租金、下雨的夜晚，以及摊主的孩子搬去大城市以后，一个摊位会面临什么样的将来。}

In the second half, Deng Hao shares his grandmother's trick for keeping a pot of oil clean through a long night of frying.
{D:节目的后半段，邓浩分享了他外婆的小窍门：怎样让一锅油炸了一整晚还保持清澈。}

Timestamps
00:00 Welcome
03:40 Arriving at the market
17:05 Rent and rain
29:30 Grandmother's oil trick
38:50 Listener mail

We publish every episode's notes in both English and Chinese so that our listeners can share them with their parents.
{D:每期节目的简介都以中英双语发布，方便听众转给自己的父母看。}

Subscribe wherever you get your podcasts, and send us your own market stories at the address on our website.
""")

dd("encyclopedia-infobox-and-lead", """
Xu Xiake
From OpenAtlas, the free encyclopedia of explorers

Xu Xiake
Native name: {D:徐霞客}
Born: 5 January 1587, Jiangyin, Southern Zhili, Ming dynasty
Died: 8 March 1641 (aged 54)
Occupation: traveller, geographer, diarist
Courtesy name: Zhenzhi ({D:振之})
Known for: The Travel Diaries of Xu Xiake

Xu Hongzu (Chinese: {D:徐弘祖}; pinyin: Xú Hóngzǔ; 1587–1641), better known by his art name Xu Xiake (Chinese: {D:徐霞客}; pinyin: Xú Xiákè), was a traveller and geographer of the late Ming dynasty. Over roughly three decades he walked through much of what is now eastern, southern and south-western China, recording mountains, caves, rivers and the people he met along the way.

His notes, collected after his death as The Travel Diaries of Xu Xiake (Chinese: {D:徐霞客游记}; pinyin: Xú Xiákè Yóujì), are read both as literature and as some of the earliest careful descriptions of karst country. He argued that the Jinsha River ({D:金沙江}) should be treated as the upper course of the Yangtze.

Contents
1 Early life
2 Journeys
3 The diaries
4 Legacy

Legacy
The date of his first surviving diary entry, 19 May, has been marked in China as National Tourism Day since 2011.
""")

dd("film-page-cast-in-characters", """
The Last Ferry to Qingshui (2025)
Drama | 118 min | Mandarin and Hakka with English subtitles

Synopsis
When a new bridge opens upstream, an old ferryman has one summer left on the river. His daughter, back from Shenzhen for the first time in years, wants him to sell the boat; his oldest passenger wants one last crossing before the water is empty.

Original title: {D:清水最后的渡船}
Director: Han Qiuyue ({D:韩秋月})
Screenplay: Han Qiuyue and Geng Shaobo ({D:耿少波})
Cinematography: Mo Tianci ({D:莫天赐})

Cast
Qu Fenglin ({D:瞿逢林}) as Old Fang, the ferryman
Xue Ningyan ({D:薛宁妍}) as Fang Xiaowen, his daughter
Lan Shouyi ({D:蓝守义}) as Uncle Ah-Bing, the oldest passenger
Tao Yiran ({D:陶怡然}) as the bridge engineer

Festival screenings
Golden Rooster Film Week – Official Selection
Pacific Rim Independent Film Festival – Best Cinematography

Critics' notes
Reviewers singled out the long single take of the final crossing, shot at dawn over nine minutes, and Qu Fenglin's near-silent performance. Several noted that the Hakka songs sung on the boat are left untranslated in the subtitles at the director's request.
""")

dd("novel-fan-page-original-titles", """
Ten Thousand Lanterns over Luoyang – Fan Wiki

Original title: {D:洛阳万盏灯}
Author: Su Qingshan ({D:苏青山})
Genre: historical mystery, slow romance
Status: completed, 96 chapters (English fan translation up to chapter 41)

Premise
A lantern-maker's apprentice in Tang-dynasty Luoyang discovers that every lantern ordered by a certain official hides a folded map. She teams up with a disgraced night-watchman to find out what the maps lead to before the Lantern Festival.

Chapter list (Volume One)
Chapter 1 – The Apprentice Who Could Not Sleep / {D:第一章　不眠的学徒}
Chapter 2 – Paper, Glue and Bamboo / {D:第二章　纸、胶与竹}
Chapter 3 – The Night-Watchman's Drum / {D:第三章　更夫的鼓}
Chapter 4 – A Map Inside the Red Lantern / {D:第四章　红灯笼里的地图}
Chapter 5 – The Official Who Never Smiled / {D:第五章　从不笑的官员}

Related works
Side story: Snow on the Bridge (Original title: {D:桥上雪})
Prequel: The Watchman's First Winter (Original title: {D:更夫的第一个冬天})

Translator's note
Names follow pinyin without tone marks. Where a chapter title contains a pun, the Chinese is kept next to the English so readers can see the wordplay.
""")

dd("new-year-greetings-in-sentences", """
What to Say at Chinese New Year: A Short Guide for Newcomers

If you are invited to a friend's family for the Spring Festival, a few greetings go a long way. Nobody expects perfect tones, and trying at all is usually met with delight.

The safest all-purpose line is {D:新年快乐} (xīnnián kuàilè), which simply means "Happy New Year." You can say it to anyone, from the grandmother to the taxi driver.

Among business contacts and shopkeepers you will often hear {D:恭喜发财} (gōngxǐ fācái), "wishing you prosperity." Children say it cheerfully to adults in the hope of receiving a red envelope.

For older relatives, many people prefer {D:身体健康} (shēntǐ jiànkāng), "good health," because it sounds more caring than a wish for money.

A greeting that suits almost any card is {D:万事如意} (wànshì rúyì), "may everything go as you wish." People often pair it with the previous one: {D:身体健康，万事如意}.

If someone drops a bowl during the holiday, a quick-thinking guest may say {D:岁岁平安} (suìsuì píng'ān), "peace year after year," because the word for "year" sounds like the word for "broken."

Finally, at the dinner table you may notice that a whole fish is served but not finished. The phrase {D:年年有余} (niánnián yǒu yú) means "a surplus every year," and the word for "surplus" sounds just like the word for "fish."

Practise these out loud a few times before you go, and remember that a smile matters more than perfect pronunciation.
""")

dd("idioms-pinyin-meaning", """
Six Four-Character Idioms Every Intermediate Learner Should Know

Chengyu are compact sayings, most of them four characters long, that usually point back to an old story. Here are six that come up constantly in newspapers and conversation.

1. {D:画蛇添足} – huà shé tiān zú
Literally: draw a snake and add feet. Meaning: to spoil something by overdoing it.

2. {D:守株待兔} – shǒu zhū dài tù
Literally: guard a tree stump waiting for a hare. Meaning: to wait passively for a lucky break instead of working for it.

3. {D:亡羊补牢} – wáng yáng bǔ láo
Literally: mend the pen after losing a sheep. Meaning: it is not too late to fix a problem once it appears.

4. {D:对牛弹琴} – duì niú tán qín
Literally: play the zither to a cow. Meaning: to speak to an audience that cannot appreciate what you say.

5. {D:半途而废} – bàn tú ér fèi
Literally: give up halfway along the road. Meaning: to abandon a task before it is finished.

6. {D:井底之蛙} – jǐng dǐ zhī wā
Literally: a frog at the bottom of a well. Meaning: a person with a very narrow view of the world.

Tip: learn the story behind each idiom first. Once you can retell the story, the meaning tends to stick on its own.
""")

dd("phrasebook-markdown-table", """
# Pocket Phrasebook: At the Train Station

Print this page or save it to your phone before you travel. Tone marks are given in the pinyin column; if in doubt, point at the Chinese.

| English | Chinese | Pinyin |
|---|---|---|
| Where is the ticket office? | {D:售票处在哪里？} | Shòupiàochù zài nǎlǐ? |
| One ticket to Hangzhou, please. | {D:一张去杭州的票，谢谢。} | Yì zhāng qù Hángzhōu de piào, xièxie. |
| Which platform? | {D:几号站台？} | Jǐ hào zhàntái? |
| When does the train leave? | {D:火车几点出发？} | Huǒchē jǐ diǎn chūfā? |
| Is this seat taken? | {D:这个座位有人吗？} | Zhège zuòwèi yǒu rén ma? |
| I missed my train. | {D:我错过了火车。} | Wǒ cuòguò le huǒchē. |
| Where can I store my luggage? | {D:行李寄存在哪里？} | Xíngli jìcún zài nǎlǐ? |
| Exit | {D:出口} | Chūkǒu |
| Waiting room | {D:候车室} | Hòuchēshì |

## Notes

- Station staff will usually ask to see your passport together with your ticket.
- Announcements are made in Mandarin and English on most high-speed lines.
- The word for "high-speed rail" is {D:高铁} (gāotiě); you will see it on every departure board.
""")

dd("lesson-transcript-bilingual-speakers", """
Lesson 12 Transcript – Ordering at a Noodle Shop
Level: Beginner 2 | Audio length: 6 minutes

Teacher {D:老师}: Welcome back. Today we practise ordering food. First, just listen to the dialogue.
Waiter {D:服务员}: {D:您好，几位？}
Customer {D:顾客}: {D:就我一个人。}
Waiter {D:服务员}: {D:这边请。您想吃点什么？}
Customer {D:顾客}: {D:一碗牛肉面，不要香菜。}
Waiter {D:服务员}: {D:好的，要辣吗？}
Customer {D:顾客}: {D:微辣就行，谢谢。}
Teacher {D:老师}: Let's break that down. "Jǐ wèi" is a polite way of asking "how many people?" The answer "jiù wǒ yí ge rén" means "just me."
Teacher {D:老师}: "Bú yào xiāngcài" means "no coriander." This is probably the most useful sentence in the whole lesson.
Student {D:学生}: What if I want it very spicy?
Teacher {D:老师}: Then you say {D:特别辣}, tèbié là. But be careful what you wish for!
Student {D:学生}: {D:特别辣！}
Teacher {D:老师}: Good tones. Now try the whole order from the beginning, and I'll play the waiter.

Homework: record yourself ordering two dishes and a drink, and upload the file before Thursday.
""")

dd("paragraph-alternating-en-zh-sentences", """
Tandem Club Newsletter – November

Each month one of our members writes a short piece in both languages, sentence by sentence, so that partners can read it together. This month's piece comes from Ilse, who has been learning Mandarin for two years.

My first winter in Harbin. I arrived in Harbin at the end of November, when the river had already frozen. {D:我十一月底到了哈尔滨，那时江面已经结冰了。} My landlady met me at the station with a scarf she had knitted herself. {D:房东阿姨在车站接我，还送给我一条她亲手织的围巾。} I had never seen people swimming in ice water before, but every morning there were old men doing exactly that. {D:我以前从没见过有人在冰水里游泳，可是每天早上都有老大爷在那儿游。} The cold was hard, yet the city felt warm. {D:天气很冷，但这座城市让我觉得很温暖。}

Discussion questions for your next meeting:
1. What surprised you most about your first winter somewhere new?
2. Which sentence above would you translate differently, and why?
3. Try writing four sentences of your own in the same style.

Next meeting: Thursday 7 pm, second floor of the public library. New members are always welcome; bring a partner or we will find one for you.
""")

dd("concert-programme-titles-then-originals", """
Autumn Concert Programme – Riverside Community Choir
Saturday 15 November, 7:30 pm, St Aidan's Hall

Part One: Songs from China
1. Jasmine Flower
2. Little River Flowing
3. Kangding Love Song
4. In That Faraway Place
5. Embroidering a Purse

Interval (15 minutes) – tea and mooncakes in the foyer

Part Two: Songs from the British Isles
6. The Water Is Wide
7. Loch Lomond
8. Scarborough Fair

About the Chinese songs
Our singers learned the first half in the original language. For those who would like to follow along, here are the original titles:
1. {D:茉莉花} – a folk tune from the lower Yangtze, known around the world in many versions.
2. {D:小河淌水} – a Yunnan song about moonlight on a mountain stream.
3. {D:康定情歌} – a courting song from the town of Kangding in western Sichuan.
4. {D:在那遥远的地方} – a song from the north-west written down in the twentieth century.
5. {D:绣荷包} – a cheerful song about a young woman embroidering a gift.

Tickets £8, children free. All proceeds go to the hall's roof fund.
""")

dd("blog-zh-title-above-en-title", """
{D:在异乡学做饺子}
Learning to Make Dumplings Far from Home
Posted 2 February 2026 by Ruth | Filed under: Food, Family

My neighbour, Mrs Gao, has lived in our building for thirty years, and last week she finally agreed to teach me how to fold dumplings. I brought flour; she brought everything else, including a great deal of patience.

The first lesson was about the dough. She made me add the water a spoonful at a time and said I would know it was ready when it stopped sticking to my fingers. It took me three tries.

The filling was pork, cabbage and a little ginger. She squeezed the cabbage in a cloth until almost no water came out, explaining that wet filling makes the dumplings burst in the pot.

Then came the folding. My first dozen looked like small crumpled envelopes. By the end of the afternoon, a few of them had begun to look like her neat little crescents, and she announced that they were "good enough for family."

We boiled half and froze the rest. When we sat down to eat, she told me that in her home town every family makes dumplings on New Year's Eve, and that the shape is supposed to resemble old silver ingots.

Next week: she has promised to show me how to make the dipping sauce, which she says is the real secret.

Comments (14) | Share
""")

dd("poem-two-column-table", """
Poem of the Week: "Spring Dawn" by Meng Haoran

Meng Haoran (689–740) was a Tang-dynasty poet famous for his quiet poems about the countryside. This four-line poem is one of the first that Chinese children learn by heart. Below, the original sits on the left and our own line-by-line translation on the right.

| Original | Translation |
|---|---|
| {D:春晓} | Spring Dawn |
| {D:孟浩然} | Meng Haoran |
| {D:春眠不觉晓，} | Sleeping in spring, I do not notice the dawn; |
| {D:处处闻啼鸟。} | everywhere I hear the calling of birds. |
| {D:夜来风雨声，} | In the night there came the sound of wind and rain – |
| {D:花落知多少。} | how many blossoms fell, I wonder? |

Reading notes
The poem moves from the drowsy comfort of the bed to the wider world outside and then to a small, gentle regret. The last line is a question without an answer: the speaker does not get up to look.

Translators disagree about the final line. Some read it as a real question, others as an exclamation ("so many blossoms must have fallen!"). We chose the question because it keeps the speaker lying still.

Try reading the original aloud. Each line has five syllables, and the second and fourth lines rhyme.
""")

dd("calligraphy-scroll-caption", """
Hanging Scroll in Running Script
Exhibition: Brush and Silence – Calligraphy from Private Collections, Room 3

Text: {D:宁静致远}
Pinyin: níng jìng zhì yuǎn
Translation: "Through calm one reaches far."

Artist: unidentified scholar, signing himself "Old Man of the Pine Studio"
Date: probably late nineteenth century
Ink on paper, mounted as a hanging scroll, 132 × 46 cm

Inscription at the left, in smaller characters: {D:丙申秋日书于听松斋} – "Written on an autumn day in the bingshen year at the Studio for Listening to the Pines."

Seals
Upper right (leisure seal, red characters): {D:清风}, "clear breeze"
Lower left (name seal, white characters): {D:松斋主人}, "Master of the Pine Studio"
Lower left (second seal, red characters): {D:听松}, "listening to the pines"

The four-character phrase was a favourite motto of scholars and appears in many studies and reading rooms. The writer's brush moves quickly, linking strokes within each character, yet the spacing between the four characters is remarkably even. The bingshen year in the sixty-year cycle most likely corresponds to 1896.

Lent by a private collector, Edinburgh.
""")

dd("museum-label-object-name", """
Gallery 7 – Porcelain for the Imperial Court

Meiping Vase with Plum Blossoms and Moon
Chinese name: {D:青花月梅纹梅瓶}
Jingdezhen, Jiangxi province
Ming dynasty, Xuande period (1426–1435)
Porcelain painted in underglaze cobalt blue
Height 38.5 cm

The meiping ({D:梅瓶}, "plum vase") shape, with its small mouth, broad shoulders and narrow base, was designed to hold a single branch of flowering plum. Here the painter has turned the vase itself into a winter night: a crescent moon rises over a twisted branch whose blossoms are left white against the blue.

Under the mouth, a six-character reign mark reads {D:大明宣德年制}, "made in the Xuande reign of the Great Ming." Marks like this first became standard on imperial wares during this period.

Cobalt imported from western Asia gave Xuande blue its characteristic dark spots where the pigment pooled. Later potters deliberately imitated these spots by dabbing on extra colour.

Gift of the Harcourt family, 1962
Accession number 1962.44.7

Look closely at the base of the vase in the mirror below the case: you can see the unglazed ring where it stood in the kiln.
""")

dd("cookbook-dish-names-glossed", """
Chapter 4 – Everyday Home Cooking

These are the dishes my mother cooked on weeknights, when there was no time for anything elaborate. Each one takes under forty minutes and uses ingredients you can find in an ordinary supermarket, with one or two trips to an Asian grocer.

Tomato and egg stir-fry – {D:西红柿炒鸡蛋}
The first dish most Chinese children learn to cook. Soft scrambled eggs, tomatoes cooked down into a sauce, a pinch of sugar. Serve over rice.

Red-braised pork belly – {D:红烧肉}
Pork belly simmered slowly with soy sauce, rock sugar and Shaoxing wine until glossy. The only weekend dish in this chapter, but it reheats beautifully.

Mapo tofu – {D:麻婆豆腐}
Silken tofu in a spicy sauce of fermented bean paste and minced beef, finished with ground Sichuan pepper. The name refers to the old woman who supposedly invented it.

Scallion oil noodles – {D:葱油拌面}
Spring onions fried slowly in oil until dark and crisp, tossed with noodles and soy sauce. Cheap, fast and very hard to stop eating.

Sweet and sour ribs – {D:糖醋排骨}
Short pieces of pork rib fried and glazed in vinegar and sugar. My mother always made a double batch because half would vanish before dinner.

Cabbage with vinegar – {D:醋溜白菜}
Napa cabbage stir-fried quickly over high heat with dark vinegar and dried chillies.

A note on seasoning: Chinese home cooks rarely measure. Taste as you go and adjust.
""")

dd("tea-house-menu", """
THE QUIET CUP – Tea House & Reading Room
Menu · served by the pot for one or two · refills of hot water are free

GREEN TEAS
Dragon Well {D:龙井} – Hangzhou, pan-roasted, chestnut aroma · £5.50
Green Snail Spring {D:碧螺春} – Lake Tai, tightly curled leaves, fruity · £6.00

OOLONG TEAS
Iron Goddess {D:铁观音} – Anxi, Fujian, floral and creamy · £5.50
Big Red Robe {D:大红袍} – Wuyi Mountains, roasted, mineral finish · £7.50
Oriental Beauty {D:东方美人} – Taiwan, honeyed, naturally sweet · £7.00

WHITE & DARK TEAS
Silver Needle {D:白毫银针} – Fuding, only the downy buds · £8.00
Ripe Pu'er {D:熟普洱} – Yunnan, earthy, aged five years · £6.50

SCENTED TEAS
Jasmine Pearls {D:茉莉龙珠} – hand-rolled green tea scented with fresh jasmine · £5.00

SNACKS
Sesame balls, almond cookies, pumpkin cake · £3.00 each

All teas are brewed gongfu style at the table on request. Ask our staff about the tea of the month, written on the chalkboard by the door.
""")

dd("recommendation-letter-motto", """
Office of the Principal
Hillcrest International School, Suzhou

3 December 2026

To the Admissions Committee:

It is my pleasure to recommend Ms Lena Hartmann for admission to your undergraduate programme in East Asian Studies. I have known Lena for four years, first as her history teacher and later as the head of our school.

Our school motto, painted above the entrance hall, is a line from the Analects: {D:博学而笃志，切问而近思} – "learn widely and hold firmly to your purpose; ask earnestly and reflect on what is close at hand." I can think of no student who has lived up to it more fully.

Lena arrived with no Chinese at all. By her final year she was reading short essays in the original, tutoring younger students, and had organised an exchange with a local middle school that now runs every term.

Her extended essay, on the rebuilding of Suzhou's canal bridges after 1949, drew on interviews she conducted herself with elderly residents. The examiners awarded it the highest grade.

She is thoughtful, curious and unfailingly kind to her classmates. I recommend her without reservation.

Yours faithfully,

Dr Alan Pryce
Principal
""")

dd("company-footer-icp-police-zhongwen", """
Home | Products | Case Studies | About Us | Contact
English | {D:中文}

About Lakeview Instruments
Lakeview Instruments designs and manufactures water-quality sensors for municipal utilities, fish farms and research laboratories. Our dissolved-oxygen probes are used at more than four hundred treatment plants across Asia and Europe.

Founded in 2009 by two hydrologists, the company now employs 260 people at its headquarters and factory in Wuxi. Every probe is calibrated by hand before it leaves the building.

Our commitment
We believe that clean water depends on good measurement. That is why we publish our calibration methods openly and offer free training to the operators who use our equipment.

Certifications: ISO 9001, ISO 14001, CE

Contact
Sales: sales@lakeview-instruments.example
Service hotline: +86 510 8800 1234
Address: No. 18 Xinhua Road, Binhu District, Wuxi, Jiangsu, China

Copyright © 2026 Lakeview Instruments Co., Ltd. All rights reserved.
{D:苏ICP备10023456号-1} | {D:苏公网安备 32021102000123号}
Privacy Policy | Terms of Use | Sitemap
""")

dd("linguistics-note-de-particles", """
Three Ways to Say "de": A Note on {D:的}, {D:地} and {D:得}

Learners are often told that Mandarin has three particles all pronounced "de" in the neutral tone, and that they are written {D:的}, {D:地} and {D:得}. In speech they sound identical, so the difference is purely one of writing, and native speakers mix them up too.

The first, {D:的}, links a modifier to a noun. In {D:我的书} "my book" or {D:红色的花} "red flowers," whatever comes before {D:的} describes the noun that follows.

The second, {D:地}, turns what comes before it into an adverb describing a verb. In {D:慢慢地走} "walk slowly," the doubled adjective tells us how the walking is done. In this use the character is read "de," not "dì" as in {D:地方} "place."

The third, {D:得}, comes after a verb and introduces a comment on how well, how much or with what result the action happened. Compare {D:他跑得很快} "he runs fast" with the previous example: here the judgement follows the verb instead of preceding it.

A simple rule of thumb used in Chinese classrooms: a noun after it means {D:的}, a verb after it means {D:地}, and a verb before it means {D:得}.

Strict usage of {D:地} has softened in informal writing, and many online writers use {D:的} for both of the first two. Editors of printed books, however, still correct it.

Further reading: chapter 6 of our grammar handbook, "Modifiers and complements."
""")

dd("subtitle-cues-zh-then-en", """
the_last_ferry_2025.bilingual.srt (excerpt, cues 41–47)

41
00:32:10,200 --> 00:32:12,900
{D:你真的要把船卖掉吗？}
Are you really going to sell the boat?

42
00:32:13,400 --> 00:32:16,050
{D:桥都修好了，谁还坐船？}
The bridge is finished. Who still takes a boat?

43
00:32:17,300 --> 00:32:19,800
{D:阿兵叔还坐。}
Uncle Ah-Bing still does.

44
00:32:20,500 --> 00:32:23,700
{D:他九十岁了，一个月才过一次河。}
He's ninety. He crosses once a month.

45
00:32:29,800 --> 00:32:33,200
{D:你小时候，每天都坐这条船去上学。}
When you were little, you took this boat to school every day.

46
00:32:34,000 --> 00:32:36,400
{D:我记得。我怎么会忘呢？}
I remember. How could I forget?

47
00:32:38,900 --> 00:32:41,500
{D:那就再陪我划一个夏天。}
Then row with me for one more summer.
""")

dd("bilingual-event-poster", """
{D:中秋灯会}
MID-AUTUMN LANTERN EVENING

{D:月圆人团圆}
Full moon, families together

Saturday 3 October 2026 · 5 pm – 10 pm
Harbourside Park, North Lawn
Free entry · everyone welcome

{D:活动内容}
What's on
– Lantern-making workshop for children (5 pm – 7 pm) {D:儿童灯笼手工坊}
– Lion dance by the Harbour Dragon Troupe (7 pm) {D:舞狮表演}
– Guzheng and erhu performance on the lakeside stage (8 pm) {D:古筝与二胡演奏}
– Lantern riddle trail with small prizes {D:猜灯谜}
– Mooncake tasting from six local bakeries {D:月饼品尝}

{D:请自带野餐垫，共赏明月。}
Bring a picnic blanket and enjoy the moon with us.

Organised by the Harbourside Chinese Community Association with support from the City Council Arts Fund.
In case of heavy rain the event moves indoors to the Community Hall next to the park.
""")

dd("genealogy-page-names-in-characters", """
The Chen Family of Meixi Village – Family Tree Project

This page collects what we know about the descendants of Chen Shoulin, who left Meixi village in Guangdong in 1898 and settled in Penang. It was put together by his great-great-granddaughter from the family register, letters and gravestones.

Generation poem
Like many southern Chinese families, the Chens chose given names according to a generation poem, with one character from the poem shared by everyone of the same generation: {D:守德传家远，诗书继世长}. Roughly: "Keep virtue and the family will go far; with poetry and books it will last for generations."

First generation
Chen Shoulin ({D:陈守林}, 1871–1939), shopkeeper in George Town. Married Lim Ah Mui ({D:林亚梅}, 1876–1950).

Second generation
Chen Dehua ({D:陈德华}, 1899–1968), teacher.
Chen Deming ({D:陈德明}, 1902–1981), moved to Singapore in 1930.
Chen Deyu ({D:陈德玉}, 1905–1990), the only daughter whose name follows the poem; her sisters were given other names.

Third generation
Chen Chuanfu ({D:陈传福}, 1925–2009), son of Dehua, accountant in Kuala Lumpur.
Chen Chuanlan ({D:陈传兰}, 1928–2017), daughter of Deming.

Missing information
We have not yet found where Chen Shoulin's parents are buried. If you have any letters or photographs from Meixi, please get in touch through the contact form.
""")


# ---------------------------------------------------------------- leftovers

ll("university-news-cms-labels", """
{D:华东理工学院} East China Institute of Technology
Home | About | Schools | Research | News | English | {D:中文}

{L:当前位置}：Home > {L:学院新闻} > {L:正文}

School of Materials Science Holds Its Annual Graduate Research Forum

{L:发布时间}：2026-11-28 {L:浏览次数}：1204 {L:来源}：School of Materials Science {L:作者}：Wang Jing

On November 26, the School of Materials Science held its annual graduate research forum in the lecture hall of the Science Building. More than two hundred master's and doctoral students attended, and forty-one of them presented their work in oral or poster sessions.

The forum covered four themes: battery materials, functional coatings, polymer recycling and computational materials design. Each session was chaired by a faculty member and judged by a panel of three professors.

In his opening speech, the dean of the school encouraged students to "choose problems that matter to industry and stay with them long enough to solve them." He also announced that the school will double the number of travel grants for conference presentations next year.

After a day of presentations, twelve students received outstanding paper awards and eight received best poster awards. The winners will represent the school at the university-level academic festival in spring.

{L:责任编辑}：Li Nan

{L:上一篇}：School Signs Cooperation Agreement with Provincial Battery Research Centre
{L:下一篇}：Notice on the 2027 Graduate Admissions Interview Schedule
""")

ll("county-report-speech-after-pointed-out", """
County Holds Work Conference on Winter Heating and Production Safety

On the morning of December 2, the county held a work conference on winter heating supply and production safety. Members of the county leadership team, the heads of all township governments and the principal officials of relevant county departments attended the meeting.

At the meeting, the county emergency management bureau reported on the safety inspections carried out since October. A total of 318 enterprises were inspected, 92 hidden dangers were identified, and 87 have already been rectified. The county housing and urban–rural development bureau reported on the preparation of the heating network, noting that all three boiler stations had passed their pre-season tests.

County Magistrate Zhao Lixin pointed out: {L:今年冬季供暖工作时间紧、任务重，各乡镇、各部门要把群众冷暖放在心上，确保每一户居民都能温暖过冬。要加强对老旧小区供热管网的巡查，发现问题第一时间处理，决不允许出现大面积停暖的情况。}

He stressed that production safety must be treated as a red line that cannot be crossed. All departments should carry out their supervisory responsibilities in earnest, and enterprises must implement their main responsibility for safety.

County Party Secretary Liu Weiguo emphasized: {L:安全生产没有旁观者，人人都是责任人。各级领导干部要深入一线，对重点行业、重点领域开展拉网式排查，坚决遏制重特大事故发生。}

The meeting also arranged the work of snow removal and road clearing during heavy snowfall, and required the transport bureau to keep emergency teams on duty twenty-four hours a day.

Source: County Media Centre
""")

ll("hospital-paragraph-adds-facts", """
Department of Cardiology

The Department of Cardiology is a provincial key clinical specialty and one of the earliest cardiovascular departments established in the region. It has two inpatient wards with a total of 96 beds, a cardiac care unit with 12 beds, and a catheterization laboratory equipped with two digital angiography systems.

The department has 38 physicians, including 9 chief physicians and 14 associate chief physicians. Its main areas of work include the interventional treatment of coronary heart disease, the diagnosis and treatment of arrhythmia, the management of heart failure, and the prevention and control of hypertension.

{L:科室于2015年成立胸痛中心，2018年通过国家级胸痛中心认证，急性心肌梗死患者从入院到血管开通的平均时间已缩短至60分钟以内。科室每年完成冠脉介入手术2000余例、射频消融手术500余例，并与多家基层医院建立了远程心电会诊网络。}

The department places great emphasis on teaching and research. It undertakes the clinical teaching of the medical college's undergraduate and postgraduate students, and in the past five years has led eleven provincial research projects and published more than sixty papers.

Outpatient hours
Monday to Friday: 8:00–12:00, 14:00–17:30
Saturday: 8:00–12:00 (specialist clinic for hypertension)

Appointments can be made through the hospital's official app or at the self-service machines in the outpatient hall.

Address: 3rd floor, Building B, Inpatient Complex
Department telephone: 0371-6655-2018
""")

ll("photo-captions-zh-differ", """
Photo Gallery: Autumn in Jiuxi Valley

Autumn is the best season to visit Jiuxi Valley. From late October to mid-November the maple and ginkgo trees along the stream turn red and gold, and the morning mist lingers over the terraced tea gardens. The photos below were taken by members of the county photographers' association.

[Photo 1]
The stone bridge at the entrance of the valley, framed by red maples.
{L:摄影：陈建国　拍摄于清晨六点，当天气温只有三摄氏度。}

[Photo 2]
Tea farmers picking the last leaves of the season on the terraces.
{L:九溪村共有茶园一千二百亩，村民人均年收入比十年前翻了两番。}

[Photo 3]
A ginkgo tree said to be more than six hundred years old, next to the ancestral hall.
{L:这棵银杏树曾在一九八六年被雷击中，经过抢救后恢复生长。}

[Photo 4]
Visitors resting at the teahouse by the waterfall.
{L:茶馆营业时间为每天上午九点至下午五点，周一休息。}

[Photo 5]
Mist over the valley seen from the Guanyun Pavilion.

Travel tips: the valley is about forty minutes by bus from the county bus station. Wear shoes with a good grip, as the stone paths can be slippery after rain.
""")

ll("product-spec-rows-untranslated", """
HX-3200 Cordless Impact Drill – Product Details

The HX-3200 is a compact brushless impact drill designed for professional installers. Its two-speed gearbox and 21-stage torque adjustment make it suitable for drilling into wood, metal and masonry, as well as for driving screws.

Specifications
Rated voltage: 20 V
No-load speed: 0–450 / 0–1,800 rpm
Maximum torque: 65 N·m
Chuck capacity: 1.5–13 mm
{L:冲击频率}：0–27,000 bpm
{L:最大钻孔直径}：{L:木材}35 mm / {L:钢材}13 mm / {L:混凝土}13 mm
Battery: 4.0 Ah lithium-ion, quick-charge in 45 minutes
Weight (with battery): 1.6 kg
{L:包装清单}：{L:主机×1，电池×2，充电器×1，工具箱×1}
Warranty: 2 years

Features
- Brushless motor for longer runtime and lower maintenance
- LED work light with a 20-second delayed switch-off
- Belt clip can be fitted on either side
- Battery level indicator with three lights

Compatible with all batteries in the HX 20 V series.

Add to Cart | Request a Quote | Download Manual (PDF)
""")

ll("news-list-two-zh-headlines", """
News & Events

Latest News
Provincial Delegation Visits the Industrial Park to Study Green Manufacturing    2026-12-03
Industrial Park Launches Online Service Platform for Enterprises    2026-12-01
{L:园区召开2026年度安全生产工作总结会}    2026-11-29
Three Park Enterprises Selected as Provincial "Specialized and Innovative" Companies    2026-11-27
Park Holds Job Fair for College Graduates, Offering More Than 1,500 Positions    2026-11-24
{L:关于开展冬季消防安全大检查的通知}    2026-11-20
New Logistics Centre Starts Operation in the Eastern Zone    2026-11-18
Park Management Committee Meets with Visiting German Business Association    2026-11-15

Notices
Notice on the Adjustment of Working Hours for the Government Service Hall in Winter    2026-11-30
Public Announcement of the Results of the 2026 Enterprise Credit Evaluation    2026-11-21

Page 1 of 37 | Next | Last

Contact the Park Management Committee
Address: No. 1 Science Avenue, Eastern Zone
Tel: 0512-6300-1000
""")

ll("footer-injected-spam-links", """
Welcome to Sunrise Kindergarten

Sunrise Kindergarten was founded in 2003 and is a first-class kindergarten of the province. The kindergarten has 15 classes, about 450 children and 62 teachers and staff. Our campus covers 8,000 square metres and includes a vegetable garden, a sand play area and an indoor gym.

We believe that children learn best through play. Our daily routine balances outdoor activity, free play, group projects and quiet reading time. Every month the children take part in a theme project chosen together with their teachers.

Enrolment for the 2027 autumn term
Applications open on March 1. Children born between September 1, 2023 and August 31, 2024 are eligible. Parents may submit applications online or at the kindergarten office.

Open day
Parents of prospective children are invited to visit on the second Saturday of every month, from 9:00 to 11:00.

Links: Municipal Education Bureau | Provincial Preschool Education Network | Child Health Care Centre
{L:真人百家乐在线}　{L:体育投注官网}　{L:快三计划}　{L:网上赌场注册送彩金}

Address: No. 26 Chunhua Road | Tel: 0731-8422-6600
Copyright © 2026 Sunrise Kindergarten
""")

ll("vendor-credits-tech-support", """
Anping Valve Manufacturing Co., Ltd.

Company Profile
Anping Valve Manufacturing Co., Ltd. was established in 1998 and is located in the Anping Economic Development Zone. The company specializes in the research, development and production of gate valves, ball valves, butterfly valves and check valves for the water supply, petrochemical and power industries.

The company covers an area of 60,000 square metres and has more than 300 employees, including 45 engineers and technicians. It owns a complete set of casting, machining, assembly and testing equipment, with an annual production capacity of 120,000 valves.

Our products are sold to more than thirty provinces across China and exported to Southeast Asia, the Middle East and Africa. The company has passed ISO 9001 quality management certification and API 6D certification.

Quality is our life, and customer satisfaction is our goal. We sincerely welcome friends from all walks of life to visit and cooperate with us.

Contact Us
Tel: 0318-7521-0088
Fax: 0318-7521-0089
E-mail: export@anping-valve.example
Address: No. 9 Industrial Road, Anping Economic Development Zone

Copyright © 2026 Anping Valve Manufacturing Co., Ltd. All Rights Reserved.
{L:技术支持：恒信网络科技} | {L:网站建设}：hengxin-web.example
{D:冀ICP备18004521号-1}
""")

ll("press-release-last-paragraph-zh", """
Press Release

Blue Harbour Biotech Completes Series C Financing of 800 Million Yuan

December 2, 2026 – Blue Harbour Biotech, a developer of marine-derived medical materials, announced today that it has completed a Series C financing round of 800 million yuan. The round was led by a provincial industrial investment fund, with participation from several existing shareholders.

The funds will be used mainly to build a new production base for absorbable haemostatic materials, expand clinical trials of its wound-healing dressing, and strengthen its research team.

Founded in 2017, Blue Harbour Biotech extracts chitosan and collagen from the by-products of the seafood processing industry and turns them into medical-grade materials. Its first product, a haemostatic sponge for surgical use, received registration approval in 2022 and is now used in more than 600 hospitals.

"This financing shows that investors recognize the value of turning ocean resources into high-end medical products," said the company's chairman. "We will use the funds to bring more domestically developed materials to patients."

The new production base, located in the city's marine economy zone, is expected to begin trial production in the second half of 2027.

{L:关于蓝港生物：蓝港生物成立于2017年，是一家专注于海洋源医用材料研发与生产的国家高新技术企业，拥有授权发明专利48项，产品覆盖止血、创面修复和组织工程三大领域。}

Media contact: press@blueharbour-bio.example
""")

ll("school-notice-zh-table-header", """
Notice on the Schedule of the Final Examinations for the Autumn Semester of 2026

To all students and teachers:

The final examinations for the autumn semester will be held from January 12 to January 16, 2027. The arrangements for the public courses are as follows. Examinations for specialized courses will be arranged by each school and announced separately.

{L:考试科目} | {L:考试日期} | {L:考试时间} | {L:考试地点}
College English III | January 12 | 9:00–11:00 | Teaching Building A
Advanced Mathematics I | January 12 | 14:30–16:30 | Teaching Building B
Linear Algebra | January 13 | 9:00–11:00 | Teaching Building A
University Physics | January 14 | 9:00–11:00 | Teaching Building C
Introduction to Chinese Modern History | January 15 | 14:30–16:30 | Teaching Building B

Requirements
1. Students must bring their student ID cards and arrive at the examination room 15 minutes before the start.
2. Mobile phones and other electronic devices must be switched off and placed at the front of the room.
3. Any student found cheating will be dealt with strictly in accordance with the university's regulations.
4. Students who need to postpone an examination for medical reasons must apply to their school's teaching office before January 9.

Office of Academic Affairs
December 4, 2026
""")

ll("comma-glued-zh-clauses", """
Provincial Forum on Rural Tourism Held in Longquan

The 2026 Provincial Forum on Rural Tourism was held in Longquan on December 1 and 2. More than three hundred representatives from government departments, tourism enterprises, universities and villages attended the forum.

The forum opened with a keynote speech by the deputy director of the provincial culture and tourism department,{L:他表示全省乡村旅游接待人次已恢复到历史最好水平}. He called on all localities to develop tourism products that reflect local culture rather than copying each other.

During the two days, participants visited four demonstration villages in the mountains around Longquan,{L:实地考察了民宿改造、农产品直播带货和非遗工坊等项目}. In one village, a former primary school has been turned into a guesthouse run by a cooperative of thirty households.

Experts at the forum discussed the challenges facing rural tourism, including seasonal fluctuations, a shortage of trained staff and weak transport links. Several speakers suggested that neighbouring villages should form alliances to share marketing costs,{L:并建议政府加大对乡村道路和停车场建设的支持力度}.

At the closing ceremony, ten villages were awarded the title of "Provincial Rural Tourism Key Village," and the organizers announced that next year's forum will be held in the northern part of the province.

The meeting was organized by the provincial culture and tourism department,{L:龙泉市人民政府承办}.

Reporter: Chen Lu | Editor: Xu Fang
Source: Provincial Department of Culture and Tourism
""")

ll("forum-thread-one-reply-untranslated", """
Topic: Best way to get from the airport to the old town late at night?

Posted by backpack_ollie · 2 days ago
My flight lands at 23:40 and I'm staying near the old town. Is there still a shuttle bus at that hour, or should I just take a taxi? Any idea what a taxi would cost?

Reply #1 · river_stone · 2 days ago
The airport shuttle line 2 runs until the last flight arrives, so you should be fine. It costs 20 yuan and stops at the east gate of the old town. From there it's a ten-minute walk to most guesthouses.

Reply #2 · {L:老城区土著} · 2 days ago
{L:机场大巴二号线确实有，但是晚上车次很少，有时候要等四十分钟。建议直接打车，走机场高速大概六七十块，到古城东门下车就行。}

Reply #3 · mei_travels · 1 day ago
I did this last month. The shuttle was waiting when I came out, but the driver left only when the bus was full. A taxi took about 35 minutes and cost me 68 yuan with the toll. Use the official taxi queue, not the drivers who approach you inside.

Reply #4 · backpack_ollie · 1 day ago
Thanks everyone, very helpful! I'll try the shuttle first and take a taxi if it's not there.

Reply to this topic | Report | Back to Travel Advice board
""")

ll("thesis-defence-attachment-names", """
Announcement of the Doctoral Dissertation Defence of Zhang Yifan

According to the regulations of the university on the awarding of doctoral degrees, the dissertation defence of Zhang Yifan, a doctoral candidate in Environmental Engineering, will be held as follows. Faculty and students interested in the topic are welcome to attend.

Title of the dissertation: Mechanisms of Microplastic Removal in Constructed Wetlands under Low-Temperature Conditions
Supervisor: Professor Huang Wei
Time: 9:00 a.m., December 18, 2026
Venue: Room 402, Environmental Science Building

Defence committee
Chair: Professor Sun Jianmin, Tongji University
Members: Professor Li Hua, Professor Qian Rong, Associate Professor Ma Lin, Associate Professor Wu Tao
Secretary: Dr. Cao Jing

The dissertation has passed the double-blind review of three external experts. Anyone with objections to the academic content of the dissertation may submit them in writing to the Graduate School before December 15.

Attachments:
1. {L:张一帆博士学位论文摘要}.pdf
2. {L:答辩委员会名单}.docx
3. {L:学位论文评阅意见汇总表}.xlsx

Graduate School, School of Environment
December 4, 2026
""")

ll("recruitment-contact-lines-zh", """
Recruitment Notice for Postdoctoral Researchers, Institute of Marine Ecology

The Institute of Marine Ecology is recruiting 3 to 5 postdoctoral researchers in 2027. The positions are open to domestic and international applicants.

Research directions
1. Coral reef ecology and restoration
2. Ocean acidification and its biological effects
3. Marine microbial diversity and biogeochemical cycles

Requirements
Applicants should have obtained a doctoral degree within the last three years, or be expected to graduate before July 2027. They should have published at least two first-author papers in peer-reviewed journals in a related field and be in good health.

Benefits
The annual salary is not less than 300,000 yuan before tax. The institute provides a one-time research start-up fund and on-campus apartments for postdoctoral researchers. Outstanding researchers may apply for faculty positions at the end of their term.

How to apply
Please send a CV, a list of publications, two representative papers and two letters of recommendation by e-mail. Applications are accepted until the positions are filled.

{L:联系人：林老师}
{L:联系电话}：0898-6628-3301
{L:电子邮箱}：postdoc@ime.example
{L:地址：海南省海口市美兰区海洋路88号海洋生态研究所人事处}
""")

ll("tourism-zh-heading-unrelated-paragraph", """
Discover Wuyuan

{L:江岭油菜花海}
Wuyuan County lies in the north-east of Jiangxi Province, on the border with Anhui and Zhejiang. It is known for its well-preserved Huizhou-style villages, with white walls, black tiles and horse-head gables reflected in the rivers. Many families here have lived in the same houses for more than ten generations.

{L:篁岭晒秋}
The county has a subtropical monsoon climate, with four distinct seasons and plenty of rain. The average annual temperature is about 17 degrees Celsius. The best time to visit is from March to May and from October to November, when the weather is mild and the countryside is at its most colourful.

{L:李坑古村}
Getting there: high-speed trains from Shanghai reach Wuyuan Station in about three hours, and there are regular buses from the station to the main scenic areas. Visitors can also buy a combined ticket that covers fourteen scenic spots and is valid for five days.

Where to stay
Guesthouses in restored old houses are available in most villages. Prices range from 200 to 800 yuan per night, and it is advisable to book early during the spring holidays.

Local products
Wuyuan green tea, lotus-root starch and inkstones carved from local stone are popular souvenirs.

Tourism hotline: 0793-7366-1234
""")

ll("wechat-mirror-buttons", """
Ten Minutes a Day: How Our Community Library Got 2,000 Children Reading

Original | Jiangbei Community Service Centre | 2026-11-30 18:05

Two years ago, the reading room on the second floor of our community centre was almost always empty. Today, on any weekday afternoon, you will find more than thirty children sitting on the floor with books in their hands.

The change started with a simple idea from a retired teacher, Ms. He: ask every child to read for just ten minutes a day and record it on a paper card. Every full card could be exchanged for a bookmark designed by local artists.

Volunteers from the neighbourhood took turns reading stories aloud on Saturday mornings. Parents began to stay and listen, and some of them became volunteers themselves.

So far, more than 2,000 children have taken part, and the library has received over 6,000 donated books. Next year, the centre plans to open a second reading corner in the new residential area to the north.

If you would like to donate books or volunteer, please leave a message below.

{L:阅读原文}
{L:阅读} 3,482　{L:在看} 126　{L:赞} 311
{L:分享}　{L:收藏}　{L:写留言}
{L:微信扫一扫关注该公众号}
""")

ll("court-notice-half-zh", """
Announcement

People's Court of Xinhe District

(2026) Case No. 1108, Civil First Instance

To Defendant Zhou Haibo:

The plaintiff, Chengxin Finance Leasing Co., Ltd., has filed a lawsuit against you with this court over a dispute concerning a finance lease contract. As your whereabouts are unknown, this court hereby serves on you by public announcement the copy of the complaint, the notice of response to the lawsuit, the notice of burden of proof, the notice of the members of the collegial panel and the summons to appear in court.

{L:自本公告发出之日起经过三十日，即视为送达。提出答辩状的期限和举证的期限分别为公告期满后的十五日内。本案定于2027年3月10日上午9时在本院第三审判庭公开开庭审理，逾期将依法缺席判决。}

The plaintiff requests the court to order you to pay the outstanding rent of 286,400 yuan and the liquidated damages, and to bear the litigation costs of this case.

{L:特此公告。}

People's Court of Xinhe District
{L:二〇二六年十二月四日}

Contact judge: Wang Min, tel. 0532-8876-5102
""")

ll("shop-reviews-partly-untranslated", """
Customer Reviews – Ceramic Hand-Drip Coffee Set (Gift Box)

Overall rating: 4.7 out of 5 (1,286 reviews)

★★★★★ by L***n · 2026-11-30
The glaze is beautiful and the colour is exactly as in the pictures. The dripper fits my usual filter papers perfectly. Packed very carefully, nothing broken.

★★★★★ by {L:小鹿爱喝咖啡} · 2026-11-28
{L:买来送男朋友的，他很喜欢。杯子比想象中厚实，手感很好，就是快递慢了两天。}

★★★★☆ by coffee_dad · 2026-11-25
Good quality for the price. The handle of the server gets a little hot, so I take off one star. The gift box is nice enough to give without extra wrapping.

★★★☆☆ by m***7 · 2026-11-22
{L:颜色和图片有一点色差，偏灰一些。客服态度不错，说可以退换，但是我懒得寄回去了。}

★★★★★ by Annie W. · 2026-11-19
Bought two sets, one for myself and one for my mother. Customer service answered all my questions about whether the cups can go in the dishwasher (they can).

Show more reviews | Sort by: Most recent | With photos (214)
""")

ll("conference-agenda-zh-sessions", """
2026 International Symposium on Intelligent Transportation Systems
December 12–13, 2026 · Grand Lakeview Hotel, Hefei

Day 1 – Saturday, December 12
08:30–09:00 Registration
09:00–09:30 Opening ceremony and welcome remarks
09:30–10:30 Keynote: Cooperative Vehicle–Infrastructure Systems in Dense Urban Areas
10:30–10:50 Coffee break
10:50–12:00 {L:分论坛一：城市交通大数据与信号优化}
12:00–13:30 Lunch (Lakeview Restaurant, 1st floor)
13:30–15:00 Session 2: Safety Testing of Autonomous Vehicles
15:00–15:20 Coffee break
15:20–17:00 {L:分论坛三：低空经济与无人机物流}
18:00–20:00 Welcome dinner

Day 2 – Sunday, December 13
09:00–10:00 Keynote: Charging Networks for Electric Freight
10:00–11:30 Session 4: Public Transport Planning and Passenger Behaviour
11:30–12:00 {L:青年学者论坛颁奖}
12:00–13:00 Lunch
13:30–15:30 Technical visit to the city's traffic command centre (pre-registration required)
15:30 Closing

Simultaneous interpretation (Chinese–English) is provided in the main hall for keynotes only.
Contact the secretariat: its2026@conf.example
""")

ll("city-profile-zh-bullet", """
About Yuhang

Yuhang is a district in the north-west of the city, covering an area of 942 square kilometres with a permanent population of about 1.4 million. It is one of the fastest-growing districts in the province and home to a large number of technology companies.

Quick facts
- Location: on the northern bank of the Qiantang River basin, about 20 km from the city centre
- Climate: subtropical monsoon, with an average annual temperature of 17.5 °C
- Economy: digital economy, high-end equipment manufacturing and modern agriculture
- {L:境内有国家级湿地公园一处，森林覆盖率达到百分之四十五}
- Transport: three metro lines and two high-speed railway stations
- Education: twelve universities and colleges have campuses in the district

History
The area has a history of more than five thousand years. The remains of an ancient walled city found here are among the most important archaeological sites of the late Neolithic period in East Asia and were inscribed on the World Heritage List in 2019.

Living here
New residential areas have been built around the metro stations, each with schools, clinics and parks within a fifteen-minute walk. The district government operates a one-stop service centre where residents can handle most administrative matters in a single visit.

District government portal | Investment guide | Contact
""")

ll("village-report-leader-sentence", """
Dongshan Village Holds Meeting to Review Rural Revitalization Work in 2026

On December 3, Dongshan Village held a villagers' representative meeting to review its rural revitalization work this year and discuss the plan for next year. The village Party branch secretary, members of the village committee and forty-two villagers' representatives attended the meeting.

The meeting reported that this year the village completed the renovation of 3.2 kilometres of village roads, installed 120 solar street lights and built a new cold-storage warehouse for the cooperative's kiwi fruit. The collective income of the village reached 860,000 yuan, an increase of 18 percent over last year.

{L:会议要求，要深入学习贯彻习近平总书记关于“三农”工作的重要论述，把乡村振兴各项任务落到实处。}

The representatives then discussed the draft plan for 2027. The plan proposes expanding the kiwi orchards by 200 mu, opening a village canteen for elderly residents living alone, and training twenty young villagers in e-commerce.

Several representatives suggested that the village should pay more attention to the maintenance of the irrigation channels, which were damaged during the summer floods. The village committee promised to include the repairs in next spring's work.

At the end of the meeting, the representatives voted unanimously to approve the plan.

Source: Dongshan Village Committee
""")

ll("library-notice-nav-links-zh", """
Notice on Adjusted Opening Hours During the Winter Vacation

To all readers:

In order to make reasonable arrangements for the work of the library during the winter vacation, the opening hours from January 18 to February 22, 2027 will be adjusted as follows.

1. The main reading rooms on the second and third floors will open from 9:00 to 17:00 on weekdays and will be closed on weekends.
2. The self-study area on the first floor will remain open from 8:00 to 22:00 every day, except from February 5 to February 12, when the whole building will be closed for the Spring Festival.
3. Book borrowing and returning services will be available at the circulation desk from 9:00 to 16:30 on weekdays. The self-service return machine at the south entrance will operate as usual.
4. Electronic resources can be accessed off campus through the VPN system throughout the vacation.

Books borrowed after December 20 will automatically have their due dates extended to February 28, 2027.

We apologize for any inconvenience and thank readers for their understanding.

University Library
December 4, 2026

{L:上一篇}：Library Holds Training Session on Academic Database Searching
{L:下一篇}：Results of the 2026 Reading Month Essay Competition
【{L:打印本页}】【{L:关闭窗口}】【{L:返回顶部}】
""")

if __name__ == "__main__":
    SET.build()
