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
mark (checked in main). Rebuild (deterministic): `python bench/build_blind17.py` from the repo
root writes bench/sets/detect17-deliberate.jsonl (ids d17d-01…) and
bench/sets/detect17-leftovers.jsonl (ids d17l-01…).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_detection_sets import marked  # noqa: E402

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")

DELIBERATE: list[tuple[str, str]] = []
LEFTOVERS: list[tuple[str, str]] = []


def dd(layout: str, text: str) -> None:
    DELIBERATE.append((layout, text.strip("\n")))


def ll(layout: str, text: str) -> None:
    LEFTOVERS.append((layout, text.strip("\n")))


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


def check(layout: str, text: str) -> None:
    outside = HAN.findall(re.sub(r"\{[DL]:[^}]*\}", "", text))
    assert not outside, (layout, text[:60], outside)
    assert "{" not in re.sub(r"\{[DL]:[^}]*\}", "", text), (layout, text[:60])
    for m in re.finditer(r"\{[DL]:([^}]*)\}", text):
        assert HAN.search(m.group(1)), (layout, m.group(0))
    lines = [x for x in text.splitlines() if x.strip()]
    assert 5 <= len(lines) <= 25, (layout, text[:60], len(lines))


def main() -> None:
    sets = HERE / "sets"
    sets.mkdir(exist_ok=True)
    for name, prefix, docs in (("deliberate", "d17d", DELIBERATE), ("leftovers", "d17l", LEFTOVERS)):
        han, bad, layouts = 0, [], {}
        with open(sets / f"detect17-{name}.jsonl", "w", encoding="utf-8") as f:
            for i, (layout, text) in enumerate(docs, 1):
                check(layout, text)
                d, lay = marked(layout, text)
                body = "".join(d.parts)
                if not 500 <= len(body) <= 2000:
                    bad.append((prefix, i, len(body)))
                if name == "leftovers":
                    assert d.leftovers, (prefix, i)
                else:
                    assert d.deliberate and not d.leftovers, (prefix, i)
                han += len(HAN.findall(body))
                layouts[lay] = layouts.get(lay, 0) + 1
                f.write(d.json(f"{prefix}-{i:02d}", lay) + "\n")
        print(name, len(docs), "docs", han, "han")
        for lay, n in sorted(layouts.items()):
            print(f"  {lay}: {n}")
        assert not bad, bad


if __name__ == "__main__":
    main()
