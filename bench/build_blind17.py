"""Build bench/sets/detect17-*.jsonl: a held-out, hand-written detection set ("detect17").

40 English pages that contain Chinese on purpose (poems and lyrics with their originals, learner
word lists, idiom pages, phrasebook tables and lesson dialogues, film/drama/novel pages naming
people and titles, podcast notes with paragraph translations, infobox fields, quoted signs and
greetings, bilingual paragraphs in both orders, title lists with originals further down, blog
title lines, `Original title:` fields, ICP/licence footers, language-switch links, single
characters discussed in writing articles, app and brand names, menus, calligraphy and seal
captions) and 40 half-translated pages (MT mirrors of university, government and company news
with glued untranslated clauses, CMS labels and breadcrumbs, bylines and editor credits, whole
untranslated paragraphs, spam lines, Chinese image captions, one untranslated table cell, short
leftover menu labels) whose untranslated Chinese is marked as leftovers; several of those also
hold deliberate Chinese (a gloss, an ICP footer, a `中文` link), marked as such, sometimes next to
an untranslated sentence on the same subject that is not a translation of its English neighbour.

The pages imitate the style of ../shared/corpus/real (ASCII punctuation around Chinese, `。` in
English, commas with no space, `,Capitalized` clause fragments, navigation junk) but every
sentence was written here. The set was written BLIND: without reading mtmend's code, its tests,
the other bench sets or their builders (only `marked()`/`Doc` from build_detection_sets.py and
the helpers of build_blind16.py were used as a model of the format), and before any scoring.

Marks: `{D:…}` deliberate Chinese, `{L:…}` a leftover; every Han character is inside exactly one
mark (checked by blind_set.BlindSet). Rebuild (deterministic): `python bench/build_blind17.py` from the repo
root writes bench/sets/detect17-deliberate.jsonl (ids d17d-01…) and
bench/sets/detect17-leftovers.jsonl (ids d17l-01…).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect17", chars=(500, 2000), lines=(5, 25))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate Chinese
dd("poem-lines", """
Poetry Corner > Tang Dynasty > Wang Wei

Deer Park, by Wang Wei

Wang Wei wrote this short poem at his country estate on the Wang River. It is one of twenty small poems about the places on that estate, and it is often set as the first poem students memorise in middle school.

{D:空山不见人,}
On the empty hill I see no one,
{D:但闻人语响。}
I only hear the echo of voices.
{D:返景入深林,}
The evening light comes back into the deep wood
{D:复照青苔上。}
and shines again upon the green moss.

Translator's note: the word "returning" in the third line is about sunlight coming back through the trees late in the day, not about a person. Several published versions miss this.

Share this poem | Print | Next: Farewell to Yuan Er
""")

dd("lyrics-whole-after", """
Song of the Week: "Platform Nine" — The Lanterns (Kunming indie band)

Posted by Marta in Lyrics & Translations · 14 comments

This little song about a night train out of Kunming has been stuck in my head since their show in March. Below is my own translation of the chorus first, then the Chinese original as printed in the album booklet, so you can sing along.

My translation (chorus):
The train is late again tonight,
I count the lamps along platform nine.
If you are still waiting at the other end,
keep one window lit for me.

Original chorus:
{D:今晚的火车又晚点了}
{D:我数着九号站台的灯}
{D:如果你还在那头等我}
{D:请为我留一扇亮着的窗}

Corrections welcome in the comments — I am still learning, and my teacher says line two is too free.

Tags: Chinese indie, Yunnan, trains
""")

dd("learner-wordlist", """
HSK 2 Vocabulary — Unit 7: Weather and Seasons

Learn these twelve words before the next lesson. Tones are marked on the pinyin. Click any word to hear it.

{D:天气} (tiānqì) — weather
{D:下雨} (xià yǔ) — to rain
{D:下雪} (xià xuě) — to snow
{D:晴天} (qíngtiān) — sunny day
{D:阴天} (yīntiān) — overcast day
{D:刮风} (guā fēng) — to be windy
{D:冷} (lěng) — cold
{D:热} (rè) — hot
{D:春天} (chūntiān) — spring
{D:夏天} (xiàtiān) — summer
{D:秋天} (qiūtiān) — autumn
{D:冬天} (dōngtiān) — winter

Example: {D:今天下雨,很冷。} (Jīntiān xià yǔ, hěn lěng.) It is raining today and it is cold.

Quiz yourself: cover the English column and say each word aloud.
""")

dd("idioms-pinyin", """
5 Chinese Idioms About Time Every Learner Should Know

Chengyu are four-character set phrases, most of them drawn from old stories. You will hear these in news reports and in everyday speech from older people.

1. {D:一寸光阴一寸金} (yí cùn guāngyīn yí cùn jīn)
Meaning: an inch of time is an inch of gold. Time is precious.

2. {D:光阴似箭} (guāngyīn sì jiàn)
Meaning: time flies like an arrow.

3. {D:日新月异} (rì xīn yuè yì)
Meaning: changing every day and every month; said of fast progress, often about cities.

4. {D:争分夺秒} (zhēng fēn duó miǎo)
Meaning: fighting for every minute and second; racing against the clock.

5. {D:来日方长} (lái rì fāng cháng)
Meaning: there are many days ahead. Said to comfort someone: there will be other chances.

Which one is your favourite? Tell us in the comments, and download the printable flashcards below.
""")

dd("phrasebook-table", """
# Taxi phrases for Beijing and Shanghai

Most drivers do not speak English, so show them the Chinese column on your phone. Keep your hotel's address written in Chinese as well.

| English | Chinese | Pinyin |
|---|---|---|
| Please take me to this address. | {D:请带我去这个地址。} | Qǐng dài wǒ qù zhège dìzhǐ. |
| How long will it take? | {D:要多长时间?} | Yào duō cháng shíjiān? |
| Please stop here. | {D:请在这里停车。} | Qǐng zài zhèlǐ tíngchē. |
| Turn left / turn right | {D:左转 / 右转} | Zuǒ zhuǎn / yòu zhuǎn |
| Can I pay with WeChat? | {D:可以用微信付吗?} | Kěyǐ yòng Wēixìn fù ma? |
| Please give me a receipt. | {D:请给我发票。} | Qǐng gěi wǒ fāpiào. |

Tip: ride-hailing apps show the fare before you book, which avoids any argument at the end.

Last updated: March 2025 · Travel Phrasebooks · Print this page
""")

dd("lesson-dialogue", """
Lesson 12: Ordering at a Noodle Shop — Dialogue Transcript

Listen to the audio twice before reading. A is the customer, B is the waiter.

A: {D:你好,我要一碗牛肉面。}
Hello, I would like a bowl of beef noodles.
B: {D:大碗还是小碗?}
Large bowl or small bowl?
A: {D:大碗。不要香菜,谢谢。}
Large. No coriander, thanks.
B: {D:要不要辣?}
Do you want it spicy?
A: {D:一点点辣就可以。}
Just a little spicy is fine.
B: {D:好的,一共二十八块。}
OK, that is twenty-eight yuan altogether.

Grammar point: {D:还是} is used in questions offering a choice, while {D:或者} is used in statements. Compare the two in exercise 3.

Next lesson: Asking for directions
""")

dd("film-credits", """
Film Review: "Still Life" (2006)

Director: Jia Zhangke ({D:贾樟柯})
Original title: {D:三峡好人}
Starring: Zhao Tao ({D:赵涛}), Han Sanming ({D:韩三明})
Running time: 111 minutes
Language: Mandarin, Fengjie dialect

Jia shot the film in the town of Fengjie as it was being torn down for the Three Gorges Dam. Two people arrive from Shanxi, each looking for a spouse they have not seen in years, and the film never quite lets their stories meet.

The Chinese title means roughly "the good people of the Three Gorges", a nod to Brecht that the English title drops. The film won the Golden Lion at Venice that year, which surprised many critics who had not seen it.

Our rating: 4.5 / 5
""")

dd("novel-page", """
Book Club Notes: "Wolf Totem" by Jiang Rong

Author: Jiang Rong ({D:姜戎}), pen name of Lü Jiamin ({D:吕嘉民})
Original title: {D:狼图腾}
First published: 2004, Changjiang Literature and Art Publishing House
English translation: Howard Goldblatt, 2008

The novel follows Chen Zhen, a student from Beijing sent to the grasslands of Inner Mongolia during the Cultural Revolution. He becomes fascinated by the wolves that the herders both fear and honour, and he raises a cub of his own.

Questions for our meeting on the 18th:
- Is Chen Zhen's admiration for the wolves convincing, or does the book argue too hard?
- How does the old herder Bilgee change the way Chen sees the grassland?
- The Chinese title uses the word {D:图腾} (totem). Does "Wolf Totem" work as well in English?

Bring snacks. The library room is booked from 7 to 9 pm.
""")

dd("drama-cast", """
Drama Guide: "Nirvana in Fire" (2015)

Chinese title: {D:琅琊榜}
Episodes: 54
Network: Beijing TV, Dragon TV
Based on: the web novel by Hai Yan ({D:海宴})

Main cast
Hu Ge ({D:胡歌}) as Mei Changsu
Wang Kai ({D:王凯}) as Prince Jing
Liu Tao ({D:刘涛}) as Princess Nihuang

Why watch it: a former general returns to the capital under a new name, sick and disguised as a scholar, to clear his family's name twelve years after their deaths. The plotting is slow at first and then impossible to stop watching.

Where to stream: available with English subtitles on several platforms; check your region.

Related: "The Disguiser", "Joy of Life"
""")

dd("podcast-paragraphs", """
Episode 43 — Grandma's Kitchen in Chengdu

Show notes. In this episode, Lin talks with her grandmother about cooking during the 1970s. We give each paragraph of the conversation in English first and then in the original Sichuanese-flavoured Mandarin.

When I was young there was no oil to spare. We cooked vegetables in a little water and counted every drop of oil as if it were money.
{D:我年轻的时候,油是不够用的。我们用一点水炒菜,每一滴油都像钱一样算着用。}

On New Year's Eve the whole street smelled of cured pork. Every family hung it under the eaves in December.
{D:过年的时候,整条街都是腊肉的香味。每家每户腊月就把腊肉挂在屋檐下。}

Now the young people order food on their phones. I do not blame them; they work too hard to cook.
{D:现在的年轻人都用手机点外卖。我不怪他们,他们工作太辛苦了,没时间做饭。}

Music: "Morning Market" by Ten Tones. Subscribe wherever you get your podcasts.
""")
dd("infobox", """
Great Wall of China

From the free encyclopedia

Chinese: {D:长城}
Traditional Chinese: {D:長城}
Literal meaning: "the long wall"
Pinyin: Chángchéng
Alternative name: {D:万里长城} (Wànlǐ Chángchéng), "the ten-thousand-li long wall"

The Great Wall is a series of fortifications built across the northern borders of ancient Chinese states over roughly two thousand years. Most of the sections that visitors walk today, such as Badaling and Mutianyu, were rebuilt under the Ming dynasty in brick and stone.

A 2012 survey by the State Administration of Cultural Heritage measured all branches together at about 21,196 kilometres. Earlier figures were much shorter because they counted only the Ming wall.

See also: Shanhai Pass, Jiayu Pass, Ming tombs
""")

dd("infobox-person", """
Lu Xun

Lu Xun (1881–1936) was a writer, essayist and critic, widely seen as the founder of modern Chinese literature.

Native name: {D:鲁迅}
Birth name: Zhou Shuren ({D:周树人})
Traditional Chinese: {D:魯迅}
Born: 25 September 1881, Shaoxing, Zhejiang
Died: 19 October 1936, Shanghai
Notable works: "A Madman's Diary" ({D:狂人日记}), "The True Story of Ah Q" ({D:阿Q正传}), "Call to Arms" ({D:呐喊})

Early life
Lu Xun went to Japan in 1902 to study medicine at Sendai. He later wrote that a lantern slide of a public execution convinced him that China needed writers more than doctors, and he left the course.

Legacy
His house in Shaoxing and the Lu Xun Museum in Beijing are both open to the public.
""")

dd("quoted-sign", """
Signs You'll See on the Shanghai Metro (and What They Mean)

The metro has English on most signs, but some of the small notices are only in Chinese. Here are the ones I photographed last week.

On the platform doors: {D:"小心站台间隙"} — "Mind the gap between the train and the platform."

Above the priority seats: {D:"老弱病残孕专座"} — seats reserved for the elderly, the sick, the disabled and pregnant women.

On the escalators: {D:"请站稳扶好"} — "Please stand firmly and hold the handrail."

On a bin near Line 2: {D:"可回收物"} — recyclables. The grey bin next to it, {D:"其他垃圾"}, is for everything else.

At the exits: {D:"出口"} — exit. Easy, and worth memorising, because the English letter codes for exits are tiny.

Next week: signs in hospitals.
""")

dd("greeting-quote", """
How to Say Happy New Year at the Office

Spring Festival is close, and my team in Shenzhen asked me to write up the greetings they use so that new colleagues from overseas can join in.

The most common one is {D:"新年快乐!"} (xīnnián kuàilè), simply "Happy New Year!". You can say it to anyone.

For colleagues and clients people say {D:"恭喜发财!"} (gōngxǐ fācái), "Wishing you prosperity!". In Cantonese it is gung hei fat choy, and in Shenzhen you will hear both.

To a manager, a slightly formal line goes down well: {D:"祝您新的一年身体健康,万事如意。"} "Wishing you good health and that everything goes as you wish in the new year."

Children will answer {D:"红包拿来!"} — "hand over the red envelope!" — which is a joke, mostly.

Tell us your favourite greeting below.
""")

dd("bilingual-inline-en-zh", """
Welcome Speech — Summer School Opening Ceremony

Good morning, dear students and teachers. {D:亲爱的同学们、老师们,早上好。} It is a great pleasure to welcome you to our campus for the fifth International Summer School. {D:非常高兴欢迎大家来到我们学校参加第五届国际暑期学校。} This year we have ninety-two students from twenty-three countries. {D:今年我们有来自二十三个国家的九十二名学生。} For the next four weeks you will study language in the mornings and visit museums and factories in the afternoons. {D:在接下来的四周里,大家上午学习语言,下午参观博物馆和工厂。}

Please do not be shy about making mistakes. {D:请不要害怕犯错。} Every teacher here learned a foreign language once, and every one of us still makes mistakes. {D:这里的每一位老师都学过外语,我们每个人现在也还会犯错。}

Thank you, and enjoy your summer. {D:谢谢大家,祝大家暑期愉快。}

Speech by the Dean of the School of International Education, 1 July.
""")

dd("bilingual-inline-zh-en", """
Museum Audio Guide — Room 4: Song Dynasty Ceramics

Transcript of stop 14. The guide is recorded in Chinese followed by English.

{D:这件青瓷碗出自浙江龙泉窑,距今大约八百年。} This celadon bowl comes from the Longquan kilns in Zhejiang and is about eight hundred years old. {D:请注意釉色,它像春天的湖水一样。} Look at the glaze: it has the colour of a lake in spring. {D:碗底没有釉,可以看到红褐色的胎。} The foot is unglazed, so you can see the reddish-brown clay body. {D:这样的碗当时通过海路出口到日本和东南亚。} Bowls like this were shipped by sea to Japan and Southeast Asia at the time.

{D:请继续前往第十五站。} Please continue to stop 15.

Audio guide available in 8 languages at the front desk. Deposit: 100 yuan.
""")

dd("titles-list-originals", """
Our Top 8 Chinese Sci-Fi Short Stories for Beginners

We asked readers which stories they would hand to a friend new to Chinese science fiction. Here are the results, in English titles first.

1. The Wandering Earth — Liu Cixin
2. Folding Beijing — Hao Jingfang
3. The Flower of Shazui — Chen Qiufan
4. Invisible Planets — Hao Jingfang
5. Taking Care of God — Liu Cixin
6. The Fish of Lijiang — Chen Qiufan
7. Moonlight — Liu Cixin
8. The City of Silence — Ma Boyong

Most of these were first published in the magazine Science Fiction World, and several appear in Ken Liu's anthologies.

Original Chinese titles, for searching in bookshops:
1. {D:流浪地球}
2. {D:北京折叠}
3. {D:沙嘴之花}
4. {D:看不见的星球}
5. {D:赡养上帝}
6. {D:丽江的鱼儿们}
7. {D:月夜}
8. {D:寂静之城}
""")

dd("blog-title-line", """
{D:在大理的三十天}
Thirty Days in Dali

Posted on 12 October by Jun · Travel, Yunnan

I went to Dali for a week and stayed a month. That happens to a lot of people, the owner of my guesthouse told me on the first night, while she poured tea on the roof and pointed out Cangshan behind the old town.

The first week I did everything in the guidebook: the Three Pagodas, the boat on Erhai Lake, the Friday market in Xizhou. The second week I rented a bicycle and rode around the lake, which took two days because I kept stopping to eat.

By the third week I had a favourite noodle stall and the man there knew my order. By the fourth I was looking at rooms to rent. I did not rent one. But I think about it.

Next post: what a month in Dali actually cost.
""")

dd("icp-footer", """
Hangzhou West Lake Tea Company — Our Story

Our family has grown Longjing tea on the hills above Meijiawu village since 1962. Today we farm eleven hectares by hand, and every spring we pick the first leaves before the Qingming festival, when they are smallest and sweetest.

We sell only what we grow. Each tin carries the date of picking and the name of the plot, so you know exactly where your tea comes from.

Visit us: tours run from April to October, Tuesday to Sunday. Book at least two days ahead.

Home | Our Teas | Visit | Wholesale | Contact
Copyright © 2025 Hangzhou West Lake Tea Co., Ltd. All rights reserved.
{D:浙ICP备19032741号-1}  {D:浙公网安备 33010602011234号}
""")

dd("language-switch", """
{D:中文} | English | {D:日本語}

Nanjing Museum — Visitor Information

Opening hours: Tuesday to Sunday, 9:00–17:00 (last entry 16:00). Closed on Mondays except public holidays.

Admission: free for the permanent exhibitions. Bring your passport or ID card; tickets are booked online up to seven days in advance.

Getting here: Metro Line 2 to Minggugong station, exit 5, then walk 400 metres east along Zhongshan East Road.

Highlights: the jade burial suit from the Eastern Han, the Republic of China street in the basement, and the digital hall on the second floor.

Audio guides and wheelchairs are available at the service desk in the main hall.

Follow us on WeChat | Weibo
""")
dd("character-article", """
Why Every Door in China Has an Upside-Down Character at New Year

If you walk through any residential building in late January, you will see red squares of paper on the doors with one character on them: {D:福}. The character {D:福} means fortune or blessing, and it is the most popular thing to paste up at Spring Festival.

Many families hang it upside down. The reason is a pun. "Upside down" is {D:倒} (dào), which sounds the same as {D:到} (dào), "to arrive". So an upside-down {D:福} says that fortune has arrived.

The left half of the character, {D:礻}, is a form of {D:示}, which in old script showed an altar. Many characters about gods and rituals carry it, such as {D:神} (god) and {D:祖} (ancestor).

Some people think the front door should carry the character the right way up, since it welcomes guests, and only inner doors get the pun. Ask three grandmothers and you will get three answers.
""")

dd("character-writing", """
Writing Practice: Stroke Order for Beginners

Stroke order matters because it makes your handwriting faster and easier to read, and it is how dictionaries and handwriting input on phones expect you to write.

Take the character {D:永} (yǒng, "forever"). Calligraphy teachers have used it for centuries because it contains the eight basic strokes: dot, horizontal, vertical, hook, rising, left-falling, short left-falling and right-falling.

Rule 1: top before bottom. In {D:三} (three), write the top stroke first.
Rule 2: left before right. In {D:川} (river), write the left stroke first.
Rule 3: horizontal before vertical when they cross. In {D:十} (ten), the horizontal comes first.
Rule 4: outside before inside, but close the box last. In {D:国} (country), the frame goes first, then {D:玉}, then the bottom stroke.

Download the practice grid (PDF, 2 pages) and write each character ten times.
""")

dd("app-brand-names", """
The Apps You Need Before Moving to China (2025 Edition)

Before you land, install these. Many of them need a Chinese phone number, so expect to finish setup after you arrive.

WeChat ({D:微信}) — messaging, payments, and mini-programs for almost everything from metro tickets to hospital bookings.
Alipay ({D:支付宝}) — the other big payment app; its tourist mode now accepts foreign cards.
Amap ({D:高德地图}) — maps and public transport. It works better than foreign map apps in most cities.
Meituan ({D:美团}) — food delivery, restaurant reviews and shared bikes.
the app {D:小红书} (Xiaohongshu, often called RED) — reviews and tips; search here before visiting any café.
Didi ({D:滴滴出行}) — ride hailing, with an English interface.
12306 — the official railway booking app. The name is simply the phone hotline number.

Missing something? Send us your list.
""")

dd("menu-bilingual", """
Golden Dragon Noodle House — Menu

Cold Dishes
{D:拍黄瓜} Smashed Cucumber with Garlic ........ $7.50
{D:夫妻肺片} Sliced Beef and Tripe in Chili Oil ........ $11.00
{D:口水鸡} Sichuan "Mouthwatering" Chicken ........ $10.50

Noodles
{D:担担面} Dan Dan Noodles ........ $12.00
{D:兰州牛肉拉面} Lanzhou Hand-Pulled Beef Noodle Soup ........ $13.50
{D:炸酱面} Noodles with Fermented Soybean Sauce ........ $12.00

Dumplings (12 pcs)
{D:猪肉白菜水饺} Pork and Napa Cabbage Dumplings ........ $11.00
{D:韭菜鸡蛋水饺} Chive and Egg Dumplings (V) ........ $10.00

Spice levels can be adjusted. Please tell your server about any allergies.
Open daily 11:30–22:00 · 214 Main Street · Cash and card accepted
""")

dd("calligraphy-caption", """
Exhibition: "Ink and Stone" — Gallery 3

Plate 7. Couplet in running script, Qing dynasty, ink on paper. Gift of the Weng family, 1987.
Right scroll: {D:海纳百川有容乃大}
Left scroll: {D:壁立千仞无欲则刚}
"The sea takes in a hundred rivers; its greatness comes from tolerance. The cliff stands a thousand fathoms high; its strength comes from having no desires."

Plate 8. Seal of the scholar Chen Hongshou, carved soapstone. The seal reads {D:老莲} (Old Lotus), one of his studio names. Red impression shown at right.

Plate 9. Fan leaf with a single character, {D:静} (stillness), written in cursive script by an unknown hand, late nineteenth century.

The gallery is kept dim to protect the paper. Flash photography is not allowed.
""")

dd("original-title-field", """
Festival Programme — New Chinese Cinema Week

Friday 19:00 | "An Elephant Sitting Still"
Original title: {D:大象席地而坐}
Director: Hu Bo ({D:胡波})
2018 · 234 min · Mandarin with English subtitles
A single day in a grey northern town, following four people who each decide to leave. The director's only feature; screened in memory of him.

Saturday 16:30 | "So Long, My Son"
Original title: {D:地久天长}
Director: Wang Xiaoshuai ({D:王小帅})
2019 · 185 min · Mandarin with English subtitles
Two families across thirty years of the one-child policy.

Sunday 14:00 | "Dying to Survive"
Original title: {D:我不是药神}
Director: Wen Muye ({D:文牧野})
2018 · 117 min

Tickets £9 / £7 concessions. Box office opens one hour before each screening.
""")

dd("poem-whole-after", """
Reading Group: Su Shi on the Mid-Autumn Moon

Our text this week is Su Shi's "Prelude to Water Melody", written in 1076 while he was far from his brother. Read the English version first, then the original, and mark any line where you think the translation loses something.

English version (our group's draft):
When did the bright moon first appear? I raise my cup and ask the blue sky.
I do not know, in the palaces of heaven, what year it is tonight.
...
I only wish that we may live long,
and though a thousand miles apart, share the beauty of the moon.

Original (opening and closing lines):
{D:明月几时有?把酒问青天。}
{D:不知天上宫阙,今夕是何年。}
……
{D:但愿人长久,千里共婵娟。}

Note: {D:婵娟} is an old poetic word for the moon, literally "graceful one". Our draft just says "the moon", and some of us think that is too flat.
""")

dd("proverb-learner", """
Word of the Day: {D:加油}

Pinyin: jiāyóu
Literally: "add oil"
Used as: "Come on!", "You can do it!", "Keep going!"

You will hear {D:加油} at every sports match, before every exam and in every message to a friend who is having a hard week. It began, as far as anyone can tell, as a cheer at motor races in Hong Kong, and it spread from Cantonese into Mandarin.

"Add oil" has even entered the Oxford English Dictionary as a Hong Kong English expression.

Example sentences:
{D:明天考试,加油!} Good luck with the exam tomorrow!
{D:中国队,加油!} Go, China!

Related words: {D:努力} (nǔlì, to work hard), {D:坚持} (jiānchí, to persist)

Come back tomorrow for a new word.
""")

dd("licence-footer", """
Shenzhen Bright Path Pharmacy — Online Store

Free delivery inside Shenzhen for orders over 99 yuan. Prescription medicines require an upload of a valid prescription, which our pharmacist checks within two hours during opening times.

Opening times: Monday to Saturday, 8:00–22:00; Sunday 9:00–18:00.

Customer service: 400-812-3456 (Mandarin, Cantonese, English)

About us | Delivery | Returns | Privacy | Pharmacist on duty
{D:互联网药品信息服务资格证书编号:(粤)-经营性-2023-0187}
{D:粤ICP备20045512号}
© 2025 Shenzhen Bright Path Pharmacy Co., Ltd.
""")

dd("seal-caption", """
How to Read a Chinese Painting: Seals and Inscriptions

Most Chinese paintings carry red seals, and many carry more seals than the painter put there, because collectors stamped them too. Here is how to tell them apart on our example, a landscape by Wen Zhengming.

1. Artist's seal, lower left: {D:文徵明印} — "seal of Wen Zhengming", in white characters on red.
2. Artist's studio name, just below: {D:停云} — "Lingering Clouds", a name he used for his studio.
3. Collector's seal, upper right: {D:乾隆御览之宝} — "treasure viewed by the Qianlong emperor". The emperor loved stamping paintings and added seals almost everywhere.
4. Inscription at the top: a poem by the painter, dated to 1531.

Seals in red characters on white are called "zhuwen"; seals in white characters on red, "baiwen".

Next article: how collectors' seals help date a painting.
""")
dd("idiom-story", """
The Story Behind the Idiom: {D:画蛇添足}

Pinyin: huà shé tiān zú
Literal meaning: to draw a snake and add feet
Used for: spoiling something by doing too much

An old story from the "Strategies of the Warring States" tells of servants given one jug of wine to share. They agreed that whoever first drew a snake on the ground would drink it. One man finished quickly and, holding the jug, said he had time to add feet. While he was drawing the feet, another man finished his snake, took the jug and said that snakes have no feet, so the first drawing was not a snake at all.

In modern use: if your essay is finished and you add a paragraph that weakens it, your teacher may write {D:画蛇添足} in the margin.

Similar idioms: {D:多此一举} (duō cǐ yì jǔ), "an unnecessary move".
Opposite: {D:画龙点睛} (huà lóng diǎn jīng), "adding the eyes to a painted dragon" — the finishing touch that brings a work to life.
""")

dd("song-lyrics-lines", """
Children's Songs in Mandarin: "Two Tigers"

This is the first song most children in mainland China learn, sung to the tune of "Frère Jacques". We give each line in Chinese and then in English, with pinyin for the first verse.

{D:两只老虎,两只老虎,}
Liǎng zhī lǎohǔ, liǎng zhī lǎohǔ,
Two tigers, two tigers,
{D:跑得快,跑得快。}
Pǎo de kuài, pǎo de kuài.
running fast, running fast.
{D:一只没有耳朵,一只没有尾巴,}
Yì zhī méiyǒu ěrduo, yì zhī méiyǒu wěiba,
one has no ears, one has no tail,
{D:真奇怪,真奇怪。}
Zhēn qíguài, zhēn qíguài.
how strange, how strange!

Teaching tip: sing it as a round in two groups, and let the children act out the missing ears and tail.
""")

dd("restaurant-review", """
Review: Old Chang's Kitchen, Flushing — ★★★★☆

Visited on a rainy Tuesday with four friends. The room is small and loud, and the menu on the wall is in Chinese only, but the staff will hand you an English menu if you ask.

We ordered the {D:水煮鱼} (shuizhu yu, fish poached in chili oil), which arrived in a bowl the size of a hubcap, glowing red and covered in dried chilies. The fish was soft and the numbing Sichuan pepper came on slowly.

The {D:干煸四季豆} (dry-fried green beans) were the best I have had in New York: blistered, salty, with bits of pork and preserved vegetable.

Skip the {D:宫保鸡丁} (kung pao chicken); it was sweet and tired, the only miss of the night.

Bill for five with beers: $128 before tip. Cash gets you 5% off.
""")

dd("chinese-name-article", """
Choosing a Chinese Name: Advice from Our Teachers

Many students ask us for a Chinese name in the first week. A good name sounds a little like your own, uses characters with a pleasant meaning, and does not sound like a joke when read aloud.

Some examples our teachers have helped with:
Michael Brown became {D:白明克} (Bái Míngkè): {D:白} is a common surname, and {D:明} means bright.
Sarah Lee became {D:李思雅} (Lǐ Sīyǎ): {D:思} means thought, {D:雅} means elegant.
David Klein became {D:柯大卫} (Kē Dàwèi), keeping the usual transliteration of David.

Avoid characters that look good in a dictionary but are rare in names; people will struggle to write them. Also check the name with a native speaker, because sounds that seem harmless can form an unfortunate pun.

Book a free name consultation at the front desk.
""")

dd("company-about-bilingual", """
About Us

Changsha Greenfield Seeds was founded in 1998 by three agronomists from Hunan Agricultural University. We breed and sell hybrid rice and vegetable seed to farms in twelve provinces and in Southeast Asia.

Our motto, painted on the wall of our first greenhouse, is {D:"一粒种子,改变世界"} — "one seed can change the world". It is a line our founders heard from the rice scientist Yuan Longping ({D:袁隆平}) during a lecture in the 1990s.

Today we employ 430 people and run test fields in Hunan, Hainan and Yunnan.

Certifications: ISO 9001:2015; Seed Production and Operation Licence {D:A(湘)农种许字(2019)第0012号}

Contact: sales@greenfieldseeds.example · +86 731 8800 1234
""")

dd("tv-show-episode", """
Episode Guide: "A Bite of China" Season 1

Chinese title: {D:舌尖上的中国}
Broadcaster: CCTV, 2012
Director: Chen Xiaoqing ({D:陈晓卿})
Narrator (Chinese version): Li Lihong ({D:李立宏})

Episode 1: "Gifts of Nature" ({D:自然的馈赠})
Farmers dig winter bamboo shoots in Zhejiang and collect matsutake mushrooms in the forests of Shangri-La.

Episode 2: "The Story of Staple Food" ({D:主食的故事})
From the noodles of Shaanxi to the rice cakes of Jiangnan.

Episode 3: "Inspiration of Transformation" ({D:转化的灵感})
Tofu, cheese and the art of fermentation.

The series was a surprise hit and caused online orders for the featured foods to jump the week after each episode.
""")

dd("bilingual-paragraph-zh-first", """
Letter from the Head of School

{D:各位家长:新学期即将开始,感谢大家一直以来的支持。} Dear parents: the new term is about to begin, and we thank you for your continued support. {D:今年九月,学校新图书馆将正式开放。} This September our new library will officially open. {D:图书馆共有三层,藏书两万余册。} It has three floors and more than twenty thousand books.

{D:开学第一周,我们欢迎家长来校参观。} In the first week of term, parents are welcome to visit the school. {D:请提前在班级群里预约时间。} Please book a time in your class group chat in advance.

With best wishes for the year ahead,
Ms. Helen Zhou, Head of School
Riverside Bilingual School, Suzhou
""")

dd("phrasebook-hospital", """
# At the Doctor's: Useful Phrases

| English | Chinese | Pinyin |
|---|---|---|
| I don't feel well. | {D:我不舒服。} | Wǒ bù shūfu. |
| I have a fever. | {D:我发烧了。} | Wǒ fāshāo le. |
| My stomach hurts. | {D:我肚子疼。} | Wǒ dùzi téng. |
| I am allergic to penicillin. | {D:我对青霉素过敏。} | Wǒ duì qīngméisù guòmǐn. |
| Where is the pharmacy? | {D:药房在哪儿?} | Yàofáng zài nǎr? |
| Registration desk | {D:挂号处} | guàhào chù |

In most Chinese hospitals you register first at the {D:挂号处}, pay a small fee, and then wait for your number to be called outside the right department. Large hospitals in Beijing and Shanghai have international clinics with English-speaking staff, but they cost much more.

Save this page for offline use.
""")

dd("festival-names", """
A Calendar of Chinese Festivals for International Students

Spring Festival ({D:春节}) — late January or February. Most of campus closes for about two weeks. The dormitory canteen stays open.

Lantern Festival ({D:元宵节}) — the fifteenth day of the first lunar month. Eat sweet rice balls and look for the lantern riddles in the main square.

Qingming Festival ({D:清明节}) — early April. A public holiday for visiting family graves.

Dragon Boat Festival ({D:端午节}) — the fifth day of the fifth lunar month. The university rowing club races on the lake.

Mid-Autumn Festival ({D:中秋节}) — September or October. The international office hands out mooncakes.

National Day ({D:国庆节}) — 1 October, with a week off. Trains are very crowded; book early.

Dates for this year are in the academic calendar on the student portal.
""")

dd("learner-measure-words", """
Grammar Notes: Common Measure Words

In Chinese you cannot say "three book"; you need a measure word between the number and the noun, just as English says "three slices of bread". Here are the ones you will use most.

{D:个} (gè) — the general one, used with people and many objects: {D:三个人} three people
{D:本} (běn) — books and notebooks: {D:两本书} two books
{D:张} (zhāng) — flat things like paper, tables, tickets: {D:一张票} one ticket
{D:杯} (bēi) — cups and glasses: {D:一杯咖啡} a cup of coffee
{D:只} (zhī) — many animals: {D:四只猫} four cats
{D:辆} (liàng) — vehicles: {D:一辆车} one car

If you forget the right one, {D:个} usually works and people will understand you, but your teacher will notice.

Exercise: fill in the measure words in worksheet 9.
""")


# ---------------------------------------------------------------- half-translated pages
ll("univ-news-glued", """
Our school held a promotion meeting for the construction of "double first-class" disciplines

{L:当前位置:首页 > 学校要闻 > 正文}

On the afternoon of May 14,The school held a promotion meeting for the construction of "double first-class" disciplines in the lecture hall of the administration building,Party Secretary Zhang Hongwei attended the meeting and delivered a speech,President Li Ming presided over the meeting。

Zhang Hongwei pointed out,{L:要坚持以学科建设为龙头,持续优化学科布局,集中力量打造一批具有鲜明特色的优势学科},Firmly grasp the key link of talent team construction,We will further deepen the reform of the evaluation system。

Li Ming stressed,All colleges should take the initiative,Formulate detailed work plans,{L:确保各项任务按时保质完成}。

Heads of all functional departments and deans of all colleges attended the meeting。

{L:撰稿:刘洋 审核:陈静}
{L:发布时间:2024-05-15  浏览次数:}1362

{L:上一篇:}Our school won the first prize in the provincial teaching competition
{L:下一篇:}Notice on the 2024 summer vacation arrangement
""")

ll("gov-notice-paragraph", """
Home > Government Information > Notices

Notice of the Municipal Bureau of Ecology and Environment on carrying out the 2024 "Clean Water" special action

Date: 2024-06-03 Source: Municipal Bureau of Ecology and Environment

All districts and counties, relevant departments:

In order to further improve the water quality of rivers and lakes in our city, the Bureau has decided to carry out a special action from June to October. The relevant matters are hereby notified as follows.

1. Key tasks. Each district shall check all sewage outlets along the main rivers, and shall establish a list of problems before June 30.

{L:二、工作要求。各地要高度重视,明确责任分工,加强部门协作,对发现的问题要立行立改,不能立即整改的要制定整改方案,明确整改时限。市局将适时组织督导检查,对工作不力的单位予以通报。}

3. Contact person: Wang Li, Tel: 0571-8765 4321.

{L:附件:}Summary table of sewage outlets (download)

{L:【打印本页】【关闭窗口】}
""")

ll("company-news-byline", """
News Center > Company News

The group signed a strategic cooperation agreement with the Provincial Energy Investment Group

{L:来源:集团办公室  作者:李晓东  发布时间:2024-09-12}

On September 10,The group and the Provincial Energy Investment Group signed a strategic cooperation agreement in Nanjing,The two sides will carry out in-depth cooperation in the fields of photovoltaic power generation, energy storage and hydrogen energy。

Chairman Zhou Jian said,{L:此次合作是双方深化合作的新起点},The group will give full play to its advantages in equipment manufacturing,Joint efforts to build a clean energy demonstration project。

According to the agreement,The two sides will jointly invest 2.6 billion yuan in the next three years,{L:在苏北地区建设总装机容量500兆瓦的光伏电站}。

{L:图为签约现场}

Leaders of relevant departments of both parties attended the signing ceremony.

{L:责任编辑:王敏}
""")

ll("cms-breadcrumb-short", """
{L:首页} | About Us | Products | {L:新闻中心} | Contact

Location: Home > News > Industry News

China's excavator sales rose 12% in the first half of the year

According to the latest figures from the China Construction Machinery Industry Association, domestic excavator sales in the first half of 2024 reached 101,000 units, an increase of 12 percent over the same period last year. Exports fell slightly, to 48,000 units.

Analysts said the recovery was driven mainly by small excavators used in rural construction and water conservancy projects. Large excavators for mining remained weak.

The association expects demand to stabilise in the second half as more special bonds are issued to local governments.

{L:分享到:}  WeChat  Weibo

{L:相关新闻}
- Our company exhibited at Bauma China 2024
- New 20-tonne model passes type testing
""")

ll("tourism-spam", """
Top 10 Things to Do in Guilin

1. Take a cruise on the Li River from Guilin to Yangshuo. The boat takes about four hours and passes the famous hill shown on the 20-yuan note.

2. Cycle through the countryside around Yangshuo, along the Yulong River, and stop for lunch in a farmhouse.

3. Visit the Longji rice terraces in Longsheng. The best time is late May, when the terraces are full of water, or October, when the rice turns gold.

4. Watch the evening light show on the lake at Elephant Trunk Hill.

{L:澳门葡京娱乐官网注册就送88元彩金,在线真人百家乐}

5. Explore Reed Flute Cave, lit with coloured lights. It is touristy but the rock formations are impressive.

6. Try Guilin rice noodles for breakfast. A bowl costs less than ten yuan.

Read more: How to get from Guilin airport to Yangshuo
""")

ll("univ-news-caption", """
College of Life Sciences held the 2024 graduation ceremony

On June 21, the College of Life Sciences held its 2024 graduation ceremony in the university gymnasium. A total of 312 undergraduates, 186 master's students and 41 doctoral students graduated this year.

{L:图为毕业典礼现场}

Dean Sun Hui delivered a speech, and she encouraged graduates to keep their curiosity and to serve the needs of the country with what they have learned.

Graduate representative Chen Yu recalled four years of study in the laboratory, and thanked her supervisor for his patience.

{L:图为院长孙慧为毕业生拨穗}

After the ceremony, graduates took photos with their teachers in front of the library.

{L:文/张婷 图/李强 编辑/赵磊}
{L:审核:王建国}
""")

ll("half-translated-table", """
2024 Autumn Semester Course Timetable — Class 3, Grade 2

Please check the room before the first class. Changes will be posted on the noticeboard and in the class group.

| Time | Monday | Tuesday | Wednesday | Thursday | Friday |
|---|---|---|---|---|---|
| 8:00–9:40 | Advanced Mathematics | College English | Advanced Mathematics | {L:大学物理} | College English |
| 10:00–11:40 | Linear Algebra | Physical Education | {L:思想道德与法治} | Linear Algebra | Programming in C |
| 14:00–15:40 | Programming in C | Self-study | University Physics | {L:形势与政策} | Free |
| 16:00–17:40 | Lab (Room 402) | Free | Lab (Room 402) | Free | Free |

Head teacher: Ms. Li, office 305, Science Building.

Note: University Physics lab sessions start in week 3.
""")

ll("leftover-beside-gloss", """
Visiting the Forbidden City: What You Need to Know

The palace is called {D:故宫} (Gùgōng), "the former palace", in Chinese, and that is the word to show a taxi driver. It is open from 8:30 to 17:00 in summer and closes on Mondays.

Tickets cost 60 yuan from April to October and 40 yuan in winter, and they must be booked online with a passport up to seven days ahead. Daily entries are limited to 40,000.

{L:故宫每天限流4万人,旺季门票常常提前一周就售罄,建议游客尽早预约,并携带身份证件原件入园。}

Enter through the Meridian Gate in the south and leave by the Gate of Divine Prowess in the north. From there, climb Jingshan Park for the view over the golden roofs.

Allow at least half a day. The Treasure Gallery and the Clock Gallery need separate tickets of 10 yuan each.
""")

ll("gov-glued-chinese-stop", """
District holds meeting on safety production in the flood season

On July 2,The district held a meeting on safety production during the flood season,Deputy District Mayor Gao Feng attended the meeting and made arrangements。

The meeting pointed out,{L:当前已进入主汛期,防汛形势严峻复杂},All departments should resolutely overcome paralysis,{L:压紧压实各级防汛责任},Strengthen the investigation of hidden dangers in key areas such as reservoirs, river embankments and construction sites。

The meeting required,{L:要严格执行24小时值班和领导带班制度},Ensure that information is transmitted smoothly,Once a dangerous situation is found, it should be reported immediately and handled properly。

Responsible comrades from the district emergency management bureau, water affairs bureau, housing and construction bureau and all streets attended the meeting。

{L:来源:区应急管理局}
""")

ll("leftover-whole-paragraph", """
Farmers in Anhui turn to lotus root as rice prices stay low

Bozhou, Anhui — In the villages around Lixin county, more and more fields that grew rice three years ago are now flooded ponds full of lotus.

Zhang Guoqiang, 54, switched twenty mu of his land to lotus root in 2022. He says a mu of lotus can earn him about 6,000 yuan a year, against 1,200 for rice, although the work of digging the roots out of the mud in winter is hard.

{L:据了解,目前全县莲藕种植面积已达3.2万亩,带动农户增收1.5亿元。县农业农村局还组织技术人员深入田间地头,为种植户提供免费的技术指导和病虫害防治服务。}

Local officials hope to build a processing plant so that the roots can be sold as vacuum-packed snacks and reach supermarkets in Shanghai and Hangzhou.

Not everyone is convinced. Some older farmers worry that if too many villages plant lotus, prices will fall as rice prices did.
""")
ll("icp-footer-plus-leftover", """
Suzhou Lakeside Hotel — Rooms & Rates

Our 168 rooms look out over Jinji Lake or the gardens. All rooms have free Wi-Fi, a rain shower and blackout curtains.

Deluxe King Room — 38 m², lake view — from 680 yuan per night
Executive Twin Room — 42 m², club lounge access — from 860 yuan per night
Lakeside Suite — 75 m², separate living room — from 1,580 yuan per night

{L:入住时间为14:00以后,退房时间为12:00以前。如需延迟退房,请提前联系前台,视房态而定。}

Breakfast is served from 6:30 to 10:00 in the Garden Restaurant on the first floor.

Book now | Special offers | Meetings | Weddings | Contact
{L:预订热线}: 0512-6288 8888
Copyright © 2025 Suzhou Lakeside Hotel Management Co., Ltd.
{D:苏ICP备18061234号-3}
""")

ll("web-novel-chapter", """
Chapter 217: The Sword Returns to Its Sheath

Lin Feng stood on the edge of the cliff, and the wind from the valley lifted the hem of his robe. Behind him, the three elders of the Azure Cloud Sect waited in silence.

"You have until the moon rises," the First Elder said at last. "After that, the formation will close, and no one will leave the mountain."

Lin Feng did not turn around. He raised the broken sword, and for a moment the blade seemed to glow.

{L:他深吸一口气,体内的真气如同江河一般奔涌而出,瞬间冲破了第七重境界的壁垒。}

The elders stepped back. Even the First Elder's face changed.

"Impossible," someone whispered. {L:"他才十九岁啊!"}

{L:求月票!求推荐票!}
{L:本章完}

Previous chapter | Table of contents | Next chapter
""")

ll("hospital-news-cms", """
{L:当前位置:}Home > {L:医院动态}

Our hospital successfully performed the first robot-assisted knee replacement in the province

{L:发布者:宣传科  发布时间:2024-11-08  点击量:}2087

Recently, the Department of Orthopaedics of our hospital successfully completed a robot-assisted total knee replacement for a 68-year-old patient. This is the first operation of this kind in the province.

The patient, Ms. Wu, has suffered from knee osteoarthritis for more than ten years, and in the past year she could not walk more than 200 metres without pain.

{L:据骨科主任陈永刚介绍,与传统手术相比,机器人辅助手术定位更加精准,创伤更小,患者术后恢复更快。}Ms. Wu was able to walk with a frame on the second day after the operation.

The department plans to carry out 100 such operations next year.

{L:【字体:大 中 小】【打印】【关闭】}
""")

ll("product-page-leftovers", """
Model HX-300 Portable Power Station

Capacity: 1,200 Wh lithium iron phosphate battery
Output: 1,800 W continuous, 3,600 W surge
Outlets: 4 × AC, 2 × USB-C (100 W), 2 × USB-A, 1 × car socket
Charging: 0–80% in 60 minutes from the wall; solar input up to 800 W
Weight: 13.5 kg
{L:产品尺寸}: 380 × 260 × 280 mm
{L:质保期}: 5 years

The HX-300 can run a fridge for about 15 hours or charge a laptop more than 20 times. Its battery keeps 80 percent of its capacity after 3,500 cycles.

{L:本产品已通过CE、FCC、UL等多项国际认证,广泛适用于户外露营、应急备用电源等场景。}

Add to cart | Ask a question | Download manual (PDF)
""")

ll("leftover-beside-bilingual-pair", """
Green Campus Week — Student Union Notice

Reduce, reuse, recycle. {D:减少、再利用、再循环。}

From 18 to 22 March the student union will hold Green Campus Week. There will be a second-hand book market on the main lawn every afternoon from 2 to 5 pm.

{D:三月十八日至二十二日,学生会将举办绿色校园周活动。}

{L:本次活动共设置回收点12个,预计回收旧书3000余册,所得收入将全部捐给山区小学。}

Bring your old books, clothes and electronics to any of the collection points. Volunteers will be at the canteen entrance every day from 11 am to 1 pm.

Questions? Email green@su.example.edu.cn or find us on WeChat.
""")

ll("short-name-leftovers", """
Provincial Youth Football League: Round 9 Results

Jinan Taishan Youth 3–1 Qingdao Hainiu U19
Goals: Li Hao 12', Zhao Yu 55', 78'; {L:刘子豪} 64'

Weifang United 0–0 Yantai Port
A tight match in the rain, with both goalkeepers outstanding.

Zibo Cuju 2–2 Linyi Stars
Goals: Wang Peng 30', {L:孙晓}90+2'; Chen Lei 41', Zhang Bo 70'

Top of the table after nine rounds: Jinan Taishan Youth 23 points, Yantai Port 19, Weifang United 17.

Player of the round: {L:刘子豪}, who scored and set up the winner in his first start.

Round 10 is on Saturday 21 September. Tickets for all matches cost 10 yuan at the gate.
""")

ll("gov-service-guide", """
Guide to Applying for a Residence Permit

Applicable to: foreign nationals working or studying in the city for more than 180 days.

Where to apply: Exit-Entry Administration Service Center, 2nd floor, 1088 Renmin Road.
Office hours: Monday to Friday 9:00–12:00, 13:30–17:00.

Materials required:
1. Valid passport and a copy of the photo page
2. One recent two-inch colour photo with a white background
3. Registration Form of Temporary Residence,{L:由居住地派出所出具}
4. Work permit or letter of admission from your school
5. {L:体检证明(外国人体检证明须经出入境检验检疫机构验证)}

Processing time: 7 working days.
Fee: 400 yuan for a one-year permit.

{L:温馨提示:请申请人提前在网上预约,现场不设当日号。}

Consultation hotline: 12345
""")

ll("school-news-editor", """
Our school's students won gold in the National Robotics Competition

{L:作者:} Admissions Office   {L:来源:} Academic Affairs Office

From August 3 to 6, the 2024 National Youth Robotics Competition was held in Chengdu. Our school sent four teams, which won two gold medals and one silver medal.

In the senior high school group, the team of Zhou Yifan, Xu Ming and Tang Lu designed a robot that sorts rubbish by type using a camera and a small neural network. It finished first among 87 teams.

{L:据悉,本届大赛共有来自全国31个省区市的1200余支队伍参赛,是历年来规模最大的一届。}

Principal He Jun congratulated the students and thanked their coach, teacher Feng Xia, who has led the robotics club since 2016.

{L:责任编辑:张磊}
{L:终审:李文华}
""")

ll("leftover-next-to-quote-pair", """
Speech by the Mayor at the Opening of the Yangtze River Bridge

"Today a river that divided us for centuries becomes a road that joins us." {D:"今天,这条分隔我们几百年的大江,变成了连接我们的大道。"}

The new bridge is 1,600 metres long and carries six lanes of traffic and two railway tracks. It took four years to build and cost 9.8 billion yuan.

{L:大桥通车后,两岸之间的通行时间将由原来的一个半小时缩短至十五分钟,每天可通行车辆约八万辆次。}

The mayor thanked the 3,000 workers who built the bridge, several of whom were on stage with him, and the residents who were moved to make room for the approach roads.

Traffic opens to the public at 8 am tomorrow. Tolls will not be charged for the first month.
""")

ll("company-recruit", """
Join Us — Campus Recruitment 2025

Hangzhou Cloudstep Technology is a software company of 600 people, building logistics systems for e-commerce companies in China and Southeast Asia.

Positions:
- Backend Engineer (Java/Go) — 20 openings — Hangzhou
- Algorithm Engineer (routing and scheduling) — 8 openings — Hangzhou, Singapore
- {L:产品经理} — 5 openings — Hangzhou
- Test Engineer — 6 openings — Chengdu

Requirements: bachelor's degree or above in computer science or a related field, graduating between September 2024 and August 2025.

{L:福利待遇:五险一金、带薪年假、免费三餐、年度体检、节日福利、股票期权。}

How to apply: send your CV to campus@cloudstep.example with the position in the subject line. Interviews start on 15 October.

{L:联系人:杨女士}  Tel: 0571-8123 4567
""")
ll("univ-academic-lecture", """
Academic Lecture: Advances in Perovskite Solar Cells

{L:报告题目:}Advances in Perovskite Solar Cells and Their Stability
{L:报告人:}Prof. Huang Jinsong, University of North Carolina
{L:报告时间:}2024-10-16 (Wednesday) 14:30
{L:报告地点:}Room 201, Academic Exchange Center
{L:主办单位:}School of Materials Science and Engineering

Abstract: Perovskite solar cells have reached power conversion efficiencies above 26 percent in the laboratory, but their stability under heat, light and moisture remains the main barrier to commercial use. This talk will review recent progress in understanding how the materials degrade.

{L:报告人简介:黄劲松,北卡罗来纳大学教授,长期从事新型光电材料与器件研究,在Science、Nature等期刊发表论文200余篇。}

All teachers and students are welcome to attend.

{L:欢迎广大师生参加!}
""")

ll("gov-glued-long", """
City holds symposium on optimizing the business environment

On the morning of March 28,The city held a symposium on optimizing the business environment,Mayor Liu Zhiqiang attended and spoke,More than 30 representatives of private enterprises attended the meeting。

At the symposium,Entrepreneur representatives spoke freely,Suggestions were made on financing, land use, talent introduction and approval efficiency。

Liu Zhiqiang said,{L:民营经济是推动高质量发展的重要力量},We should listen carefully to the voices of enterprises,{L:对企业反映的问题要建立台账、逐项销号},Make every effort to solve the difficulties and problems encountered by enterprises in their development。

He emphasized,{L:各级各部门要树牢"店小二"意识,做到有求必应、无事不扰},We will continue to create a market-oriented, law-based and international first-class business environment。

{L:市政府秘书长陈刚主持会议。}

{L:(记者 黄晓燕)}
""")

ll("news-spam-injected", """
How to Keep Tomato Plants Healthy in a Hot Summer

Water deeply in the early morning, two or three times a week, rather than a little every evening. Wet leaves at night invite fungus.

Mulch the soil around each plant with straw or dry grass. This keeps the roots cool and stops the soil drying out between waterings.

{L:代开各类发票 联系微信 fp8888 诚信经营 保证真票}

In very hot spells, above 35 degrees, tomato flowers often drop without setting fruit. This is normal, and fruit will set again once nights are cooler.

Feed with a potassium-rich fertiliser once the first fruit appear, and stop adding nitrogen, or you will grow leaves instead of tomatoes.

{L:网赌被黑不给出款怎么办?专业出黑团队帮你追回}

Questions? Leave them in the comments and our gardener will answer on Friday.
""")

ll("museum-caption-leftover", """
Exhibition: Silk Road Treasures from Dunhuang

Gallery 1: The Caves

The Mogao Caves near Dunhuang contain more than 700 caves cut into a cliff along the Daquan River, with murals and painted statues made between the fourth and fourteenth centuries.

{L:莫高窟第45窟 彩塑 盛唐}
Painted clay figures from Cave 45, High Tang period. A replica made for this exhibition.

{L:飞天壁画局部,莫高窟第320窟}

The flying apsaras, or "feitian", are the most famous image of Dunhuang. They have no wings; their scarves and ribbons carry them through the air.

Gallery 2: The Library Cave

In 1900 a Daoist monk found a sealed room holding some 50,000 manuscripts, paintings and printed texts, including the Diamond Sutra of 868, the oldest dated printed book.

{L:展览时间:2024年6月1日至9月30日}
""")

ll("ecommerce-review-page", """
Customer Reviews — Wireless Earbuds X5

Reviews from all our stores, translated into English automatically.

★★★★★ Sound is great for the price and the case charges fast. Fits well during running. — Mark T.

★★★★☆ Good battery, about 6 hours per charge. The touch controls are a bit too sensitive. — Ayesha

★★★☆☆ {L:音质还可以,但是连接有时候会断,客服态度很好,给了换货。} — {L:用户138****6621}

★★★★★ Bought a second pair for my wife. Noise cancelling works well on the subway. — Li W.

★★☆☆☆ Left earbud stopped charging after two months. Waiting for the replacement. — Jordan

{L:追评:}The replacement works fine so far.

Write a review | Sort by: Most recent | With photos (23)
""")

ll("county-news-caption-byline", """
Spring ploughing begins in Yongfeng County

{L:永丰县融媒体中心讯(记者 罗小军 通讯员 邹平)}As temperatures rise, farmers across Yongfeng County have begun spring ploughing and sowing, and the fields are busy with tractors and people.

In Tengtian town, large grain grower Liu Wenbin has contracted 800 mu of land this year. He has bought two new rice transplanters with the help of a state subsidy.

{L:图为农民在田间插秧。罗小军 摄}

The county agricultural bureau has sent 60 technicians to villages to teach seedling raising and pest control, and has arranged 2,300 tonnes of fertiliser at stable prices.

{L:今年,全县计划种植早稻18万亩,比去年增加0.5万亩。}

{L:编辑:刘芳  校对:陈霞  审核:曾文}
""")

ll("tech-blog-mt-mix", """
Deploying a Go Service with Docker: A Step-by-Step Guide

In this tutorial we package a small Go web service into a Docker image, keep the image small with a multi-stage build, and run it behind Nginx.

Step 1: Write the Dockerfile

The first stage uses the official golang image to build the binary. The second stage copies only the binary into a minimal Alpine image.

{L:注意:如果使用了CGO,需要在Alpine中安装对应的C库,否则程序无法启动。}

Step 2: Build and run

Run docker build -t myservice . and then docker run -p 8080:8080 myservice. Open localhost:8080 in your browser to check it works.

Step 3: Configure Nginx

{L:在nginx.conf中添加一个server块,把80端口的请求转发到8080端口即可。}After reloading Nginx, the service is reachable on port 80.

{L:原创文章,转载请注明出处。}
Tags: Go, Docker, Nginx
""")

ll("tourism-mixed-gloss-leftover", """
Hiking Huangshan: Routes, Tickets and Tips

Huangshan, or {D:黄山} ("Yellow Mountain"), is in southern Anhui province and is famous for granite peaks, twisted pines and seas of cloud.

Tickets: 190 yuan from March to November, 150 yuan in winter. The cable cars cost extra, about 90 yuan each way.

Routes: most people take the Yungu cable car up from the east, walk across the summit area for a day, spend a night at one of the summit hotels, watch the sunrise, and walk down the western steps to the Jade Screen cable car.

{L:西海大峡谷是黄山最险峻的线路,全程约需4小时,台阶陡峭,不建议老人和儿童前往。}

Hotels on the summit are expensive and basic, from 800 yuan for a double room at weekends, but watching the sunrise from Brightness Summit is worth it.

Bring warm clothes: it can be ten degrees colder at the top than in the valley.
""")

ll("firm-press-release", """
Press Release

Shenzhen, 8 January 2025 — Hengtai Electronics announced today that its new factory in Huizhou has started production. The factory covers 120,000 square metres and will make circuit boards for electric vehicles.

"This is the largest single investment in our company's history," said chief executive Ma Lijun. {L:"我们将继续加大研发投入,力争在三年内成为全球领先的汽车电子供应商。"}

The factory will employ 2,000 people when fully running at the end of 2025, and is expected to add 3.5 billion yuan to annual revenue.

{L:关于恒泰电子}
Hengtai Electronics was founded in 2003 and is listed on the Shenzhen Stock Exchange (stock code 002xxx). It has factories in Shenzhen, Huizhou and Penang, Malaysia.

Media contact: Ms. Chen, pr@hengtai.example, +86 755 2666 0000
""")

ll("forum-thread", """
Forum > Study in China > Scholarship questions

Topic: CSC scholarship interview — what did they ask you?
(This thread was translated automatically from the Chinese board. Show original)

Posted by tomas_k: I have an interview with the university next week for the Chinese Government Scholarship. Does anyone know what kind of questions they ask? Is it in English?

Reply from mei_lin: Mine was in English, about 15 minutes, three teachers. They asked about my research plan and why I chose this university.

Reply from liuxue_helper: {L:面试一般包括自我介绍、研究计划和专业问题,建议提前准备好中英文两个版本。}

Reply from tomas_k: Thanks! Did anyone have to speak Chinese?

Reply from arjun99: They asked me to introduce myself in Chinese, just a few sentences. I said my name and my major and they smiled.

{L:回复}  {L:引用}  Report
""")
ll("univ-party-glued", """
The school held a special study session of the theory study center group of the Party Committee

On the afternoon of April 9,The Party Committee of the school held a special study session of the theory study center group,Party Secretary Wu Guoping presided over the meeting and delivered a speech。

The meeting studied and conveyed the spirit of the relevant meetings,{L:并围绕加强新时代高校思想政治工作进行了交流研讨}。

Wu Guoping stressed,{L:要把思想政治工作贯穿教育教学全过程},Insist on the combination of theory and practice,Strengthen the construction of the counselor team,{L:切实提高育人成效}。

Members of the theory study center group made exchange speeches in turn,{L:结合分管工作谈了学习体会和下一步打算}。

{L:党委办公室、宣传部负责人列席会议。}

{L:(党委宣传部)}

{L:分享到:} {L:微信} {L:微博} QQ
""")

ll("menu-label-leftovers", """
{L:网站首页} | {L:学院概况} | Teaching | Research | Students | {L:招生就业} | Contact

School of Foreign Languages

Welcome to the School of Foreign Languages. The school was founded in 1978 and now has six departments: English, Japanese, Russian, French, German and Translation Studies.

We have 86 full-time teachers, of whom 24 are professors, and about 1,900 undergraduate and graduate students. Each year around 150 of our students spend a semester abroad at one of our 40 partner universities.

Our translation programme trains interpreters for the annual Silk Road Expo, and our students have interpreted for delegations from more than thirty countries.

Quick links: Course catalogue | Exchange programmes | {L:教学日历} | Library

{L:版权所有}© 2024 School of Foreign Languages  {L:地址:}No. 99 University Road
""")

ll("news-source-end", """
Beijing to add 600 km of cycle lanes by 2026

Beijing will build or upgrade about 600 kilometres of cycle lanes over the next two years, the municipal transport commission said on Tuesday, as the city tries to get more people out of cars for short trips.

The plan includes a 12-kilometre elevated cycleway linking the Shangdi tech district with residential areas to the north, similar to the one opened in 2019 between Huilongguan and Shangdi. That route now carries more than 5,000 cyclists on a typical weekday.

Shared bicycles remain popular. About 1.9 million trips a day were made on shared bikes in the city last year, according to the commission.

{L:市交通委相关负责人表示,下一步将重点解决自行车道被机动车占用、路口通行不畅等问题,切实改善市民骑行体验。}

{L:来源:北京日报客户端}
{L:记者:孙颖}
{L:编辑:刘畅}
""")

ll("invoice-table-cell", """
Quotation No. QT-2025-0318

To: Bright Harbour Trading Ltd., Singapore
From: Ningbo Everlight Lighting Co., Ltd.
Date: 18 March 2025

| Item | Description | Qty | Unit price (USD) | Amount (USD) |
|---|---|---|---|---|
| 1 | LED panel light 600×600, 40 W | 2,000 | 8.20 | 16,400.00 |
| 2 | LED downlight 12 W, warm white | 5,000 | 2.35 | 11,750.00 |
| 3 | {L:应急灯 双头 带电池} | 800 | 6.90 | 5,520.00 |
| 4 | Driver spare parts | 200 | 1.10 | 220.00 |
| | Total | | | 33,890.00 |

Payment: 30% deposit by T/T, balance before shipment.
Delivery: FOB Ningbo, 35 days after deposit.
{L:备注:}Prices valid for 30 days.
""")

ll("glued-fragment-company", """
Company successfully held the 2024 annual commendation conference

On January 20,The company held the 2024 annual work summary and commendation conference in the conference center,General Manager Xu Hai made a work report,Summarize the work of the past year,Arrange key tasks for 2025。

Xu Hai pointed out,In 2024,The company achieved operating income of 4.12 billion yuan,year-on-year growth of 9.6%,{L:实现利润总额3.1亿元,圆满完成了年度各项目标任务}。

He requested,{L:全体干部职工要进一步坚定信心、真抓实干},Focus on market development, cost control and safety production,Strive to achieve a good start in 2025。

The meeting commended 10 advanced collectives and 58 advanced individuals,{L:与会领导为获奖代表颁奖}。

{L:图为表彰现场}

{L:供稿:党群工作部}
""")

ll("recipe-blog-leftover", """
How to Make Hong Shao Rou (Red-Braised Pork Belly)

This is the dish my grandmother made every Sunday in Changsha. Chairman Mao is said to have loved it, which is why some restaurants call it "Mao's braised pork".

Ingredients (serves 4):
500 g pork belly, skin on
2 tbsp rock sugar
2 tbsp Shaoxing wine
1 tbsp light soy sauce, 1 tsp dark soy sauce
3 slices ginger, 2 spring onions, 1 star anise

Method:
1. Cut the pork into 3 cm cubes and blanch in boiling water for 3 minutes. Drain.
2. Melt the rock sugar in a wok over low heat until it turns amber, then add the pork and stir until every piece is coated.
3. {L:加入料酒、生抽、老抽和姜葱,倒入没过肉的热水,大火烧开后转小火炖一个小时。}
4. Turn up the heat at the end to reduce the sauce until it is thick and glossy.

{L:小贴士:}Do not add cold water during braising, or the meat will toughen.
""")

ll("county-gov-leaders", """
{L:您现在的位置:}Home > Government Affairs > {L:领导信息}

County Magistrate: Zhang Weidong

Zhang Weidong, male, Han nationality, born in March 1975, native of Xiangtan, Hunan, postgraduate education, joined the Communist Party of China in 1996.

Responsibilities: in charge of the overall work of the county government. Responsible for finance, auditing and organisation of the government's institutions.

{L:分管单位:县财政局、县审计局、县机构编制委员会办公室。}

Deputy County Magistrate: {L:李红梅}
Responsible for education, health and civil affairs.

Deputy County Magistrate: Luo Jun
Responsible for agriculture, water conservancy and rural revitalisation.

{L:更新时间:}2024-08-01
""")

ll("mt-subtitle-page", """
Transcript: "Inside a Chongqing Hotpot Factory" (video, 12 min)

[00:00] Every morning at five, the first trucks arrive with beef fat from Inner Mongolia.
[00:08] The fat is melted in steel pots, each holding about two tonnes.
[00:15] Factory manager Tan Yong has worked here for twenty-two years.
[00:21] {L:我们的底料配方有四十多种香料,具体比例是不能说的。}
[00:28] The chilies come from Guizhou, and the Sichuan pepper from Hanyuan.
[00:35] After frying for six hours, the paste is cooled and cut into blocks.
[00:42] {L:每天大概能生产三十吨,春节前要翻一倍。}
[00:49] Most of it goes to restaurants in Chongqing and Chengdu, but more is now exported.

Subtitles: auto-generated, edited by our team. Report an error.
""")

ll("spam-in-footer", """
Dalian Bluewave Diving Club — Open Water Courses

Our PADI Open Water course takes four days: two days of theory and pool training and two days of open-water dives at Bangchui Island. The course costs 3,800 yuan including equipment, boat and certification.

The best season for diving in Dalian is from June to October, when the water reaches 20 to 24 degrees. Visibility is usually 5 to 8 metres.

Minimum age: 10 years. You need to be able to swim 200 metres and float for 10 minutes.

Next course dates: 6 July, 20 July, 3 August.

About | Courses | Trips | Gallery | Contact
{L:友情链接:} {L:澳门新葡京} | {L:皇冠体育} | {L:大连潜水论坛}
Copyright © 2024 Dalian Bluewave Diving Club
""")

ll("univ-notice-mixed", """
Notice on the arrangements for the 2025 Spring Festival holiday

{L:各学院、各部门:}

According to the school calendar and the national holiday arrangements, the arrangements for the 2025 winter vacation and Spring Festival holiday are hereby notified as follows:

1. Students' winter vacation is from January 13 to February 23, 2025. Students will return to school on February 22 and 23.

2. Faculty and staff will be on holiday from January 25 to February 9.

{L:三、各单位要在放假前开展一次安全大检查,重点检查实验室、学生宿舍和食堂,及时消除安全隐患。}

4. During the holiday, the library will open from 9:00 to 17:00 on weekdays, except from January 27 to February 4.

{L:特此通知。}

{L:校长办公室}
January 6, 2025
""")


if __name__ == "__main__":
    SET.build()
