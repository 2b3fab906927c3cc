"""Build bench/sets/detect14-{deliberate,leftovers}.jsonl: a held-out, labelled detection set.

72 hand-written documents in the style of real web-page excerpts (navigation, menus, dates,
footers, cut-off endings, typos, ASCII punctuation inside Chinese as in stored excerpts):
36 English pages carrying deliberate Chinese (bilingual paragraphs both orders, alternating
paragraphs, poems and lyrics with originals, learner word lists and phrasebooks, lesson
transcripts, film/novel infoboxes, name fields, glossed terms, captions, menus, signage,
language-switch links, ICP footers, keyword blocks) and 36 half-translated pages whose
leftovers (CMS labels, bylines, source fields, untranslated clauses and paragraphs, captions,
spam lines, list items, table cells) often sit next to bilingual-looking material; a few of those
also hold genuine deliberate Chinese, marked as such.

Written blind: composed without reading mtmend's code or any other bench set or set builder,
and before being scored. Every Han character sits inside exactly one `{D:…}` (deliberate) or
`{L:…}` (leftover) mark; labels are the character spans `marked()` from build_detection_sets.py
produces. Deterministic: `python bench/build_blind14.py` from the repo root rewrites the sets.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_detection_sets import marked  # noqa: E402

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
MARK = re.compile(r"\{([DL]):([^}]*)\}")

DELIBERATE = [
("inline-en-zh", """Home | Destinations | Eat & Drink | {D:中文} | English

Walking the Old Town of Lijiang: a half-day route

Posted 14 May 2023 by Harriet Lowe · 6 min read

Start at the Big Water Wheel just inside the north gate. A sign beside it reads "Welcome to the ancient town." {D:欢迎来到古城。} Most visitors photograph the wheel and move on, but the lanes behind it are the quietest in the morning.

Follow the stream south to Sifang Street. The stall owners there like to greet you with "Have you eaten?" {D:吃了吗?} It is a greeting, not an invitation, so a smile and a nod is enough.

Around ten the tour groups arrive. Duck into the Mu Family Mansion, whose gate carries the motto "Loyalty and filial piety pass down the family." {D:忠孝传家。} The ticket is 60 yuan and includes the garden.

Practical notes
- Entry to the town itself needs the maintenance fee receipt (keep it on your phone).
- Cash is rarely needed; most stalls take QR payments.
- The steps near Wangu Tower are steep and slippery after rain.

Related: Tiger Leaping Gorge in two days · Where to stay in Shuhe

Share: Facebook · Twitter · Email
© 2023 Slow Roads Travel. All rights reserved."""),

("inline-zh-en", """Recipe Box > Chinese > Dumplings

Pork and chive dumplings, the way my grandmother folded them

{D:饺子要趁热吃。} Dumplings must be eaten hot. That was the first rule in my grandmother's kitchen, and she said it every winter Sunday as she dropped the first batch into the pot.

Ingredients (about 40 dumplings)
500 g minced pork, not too lean
1 bunch Chinese chives, finely chopped
2 tbsp light soy sauce, 1 tbsp Shaoxing wine
1 tsp sesame oil, a pinch of white pepper
40 wrappers (or make your own dough, see below)

{D:馅要顺着一个方向搅。} Stir the filling in one direction only. It sounds like superstition, but it really does make the filling bind and turn sticky.

{D:三开三点水。} Boil three times, add cold water three times. When the water comes back to the boil, add half a cup of cold water; do this three times and the dumplings are done.

Notes: you can freeze them uncooked on a floured tray, then bag them. Cook from frozen, adding one extra minute.

★★★★★ 212 ratings | Print | Save

Comments (38)
Mei L. — Made these for New Year, perfect!
Tom — Can I use beef? / Reply: yes, add a bit more oil."""),

("lines-en-zh", """Poetry Corner · Tang Dynasty · Li Bai

Quiet Night Thoughts

Before my bed the moonlight gleams,
{D:床前明月光,}
I wonder if it's frost upon the ground.
{D:疑是地上霜。}
I raise my head to gaze at the bright moon,
{D:举头望明月,}
I lower it and think of home.
{D:低头思故乡。}

About the poem
This is probably the best known poem in the Chinese language; children in China learn it before they can write most of its characters. The title, {D:静夜思}, is literally "quiet night thought". Scholars argue about whether {D:床} means a bed, a well railing or a folding stool, which changes the picture considerably.

Translator's note: I kept the rhyme loose and the lines short. Other versions use "couch" or "well-rail" for the first line.

Tags: Li Bai, moon, homesickness, five-character quatrain

< Previous: Spring Dawn | Next: Climbing Stork Tower >

Comments are closed for this post.
Site by a retired teacher in Leeds. Translations are my own; please ask before reuse."""),

("lines-zh-en", """Lyrics & translation | Teresa Teng | The Moon Represents My Heart

Posted in: Classic Mandopop / Translations
Last updated: 2022-11-08

{D:你问我爱你有多深,}
You ask me how deeply I love you,
{D:我爱你有几分。}
how much of me is yours.
{D:我的情也真,我的爱也真,}
My feelings are true, my love is true,
{D:月亮代表我的心。}
the moon stands for my heart.

Song info
Title: {D:月亮代表我的心}
Singer: Teresa Teng ({D:邓丽君})
Lyrics: Sun Yi, music: Weng Ching-hsi
Released: 1977

A few words on the lyrics: the line "how much of me is yours" is freer than the original, which says roughly "how many parts I love you". I preferred something that can be sung to the melody.

If you are learning Chinese, this is a great first song, the tempo is slow and the words are clear.

12 comments · Share · Report a lyric error

Back to top"""),

("paragraphs", """Bilingual reading | Level B1 | Story 17

The Fox Who Borrowed the Tiger's Power

One day a tiger caught a fox in the forest. The fox said, "You can't eat me. Heaven has made me king of all the animals. If you don't believe me, walk behind me and see how they run."

{D:有一天,一只老虎在森林里抓到了一只狐狸。狐狸说:"你不能吃我。天帝派我来做百兽之王。你要是不信,就跟在我后面,看看动物们见了我跑不跑。"}

The tiger followed the fox. Every animal that saw them fled. The tiger did not realise that the animals were afraid of him, not of the fox.

{D:老虎跟在狐狸后面走。动物们看见了,都吓得逃跑了。老虎不知道动物们怕的是自己,而不是狐狸。}

Idiom: {D:狐假虎威} (hú jiǎ hǔ wēi), to borrow someone else's power to frighten people.

Vocabulary
{D:森林} sēnlín - forest
{D:相信} xiāngxìn - to believe
{D:逃跑} táopǎo - to run away

Audio: ▶ play (2:14)   Download PDF
Next story: Waiting for Rabbits by the Tree Stump →"""),

("list-after", """The Wandering Earth II (2023) — Reviews — Quotes

Memorable lines from the film

1. "Our journey begins, but the end is not in sight."
2. "No matter what, humanity will be united."
3. "Keep the lights on. Someone is still down there."
4. "Backup is the most important thing."

The originals:

1. {D:我们的旅途开始了,但终点还看不到。}
2. {D:无论最终结果将人类历史导向何处,我们决定,选择希望!}
3. {D:灯一直亮着,下面还有人。}
4. {D:备份是最重要的。}

Note: line 2 is shortened in the English subtitles; the original says roughly "wherever the result leads human history, we decide to choose hope". Line 4 is a running joke among the engineers.

Director: Frant Gwo ({D:郭帆})
Cast: Wu Jing ({D:吴京}), Andy Lau ({D:刘德华}), Li Xuejian ({D:李雪健})
Runtime: 173 min | Rating: PG-13

User score 8.2/10 · 4,318 votes
See also: The Wandering Earth (2019) · Full credits · Trivia"""),

("infobox", """Crouching Tiger, Hidden Dragon
From FilmPedia, the free film encyclopedia

Crouching Tiger, Hidden Dragon
Chinese: {D:卧虎藏龙}
Pinyin: Wò hǔ cáng lóng
Directed by: Ang Lee
Based on: Crane Iron Pentalogy by Wang Dulu ({D:王度庐})
Starring: Chow Yun-fat, Michelle Yeoh, Zhang Ziyi ({D:章子怡}), Chang Chen
Music by: Tan Dun
Release date: 2000
Running time: 120 minutes
Language: Mandarin
Box office: $213.5 million

Crouching Tiger, Hidden Dragon is a 2000 wuxia film directed by Ang Lee. It follows two master warriors whose quiet lives are disturbed when a legendary sword, the Green Destiny ({D:青冥剑}), is stolen. The title comes from a Chinese idiom describing a place or situation full of unnoticed talent.

Plot
Li Mu Bai, a Wudang swordsman, decides to give up his sword and asks his friend Yu Shu Lien to deliver it to Sir Te in Beijing. That night a masked thief steals the sword...

Reception
The film won four Academy Awards, including Best Foreign Language Film, and remains the highest-grossing foreign-language film in the United

[edit] Contents: 1 Plot 2 Cast 3 Production 4 Reception 5 References"""),

("name-fields", """Su Shi
Poet, essayist, painter, statesman of the Song dynasty

Born: 8 January 1037, Meishan, Sichuan
Died: 24 August 1101 (aged 64), Changzhou
Traditional Chinese: {D:蘇軾}
Simplified Chinese: {D:苏轼}
Pinyin: Sū Shì
Courtesy name: Zizhan ({D:子瞻})
Art name: Dongpo Jushi ({D:東坡居士})

Su Shi, better known as Su Dongpo, was one of the major writers of the Song dynasty. He passed the imperial examination in 1057 together with his younger brother Su Zhe and rose through the civil service before being exiled several times for criticising the reforms of Wang Anshi.

Dongpo pork ({D:東坡肉}), a braised pork belly dish from Hangzhou, is traditionally named after him, as is the Su Causeway across West Lake, which he had built while governor of the city in 1089.

Works
His lyric "Prelude to Water Melody" ({D:水调歌头}), written for the Mid-Autumn Festival of 1076, is still sung today in a setting made famous by Faye Wong.

See also: Eight Masters of the Tang and Song · Red Cliff Odes
Categories: 1037 births | 1101 deaths | Song dynasty poets"""),

("phrasebook", """Survival Mandarin for the Airport — free printable

Menu: Lessons · Phrasebooks · Grammar · Shop · Log in

Print this table or save it to your phone. Tones are marked on the pinyin.

| English | Chinese | Pinyin |
|---|---|---|
| Where is the check-in counter? | {D:值机柜台在哪里?} | Zhíjī guìtái zài nǎlǐ? |
| I have one suitcase. | {D:我有一个行李箱。} | Wǒ yǒu yí ge xínglixiāng. |
| Window seat, please. | {D:请给我靠窗的座位。} | Qǐng gěi wǒ kào chuāng de zuòwèi. |
| My flight is delayed. | {D:我的航班延误了。} | Wǒ de hángbān yánwù le. |
| Where can I get a taxi? | {D:在哪里坐出租车?} | Zài nǎlǐ zuò chūzūchē? |

Signs you will see
{D:出发} chūfā — Departures
{D:到达} dàodá — Arrivals
{D:安检} ānjiǎn — Security check

Tip: staff at big airports usually speak some English, but showing the written sentence is often faster than speaking it.

Download PDF (120 KB) | Next: At the hotel →
© MandarinMinutes 2021"""),

("transcript", """Podcast: Coffee Break Chinese, Season 2, Episode 9 — Ordering tea

[Transcript]

Teacher: Welcome back! Today we are in a teahouse. Let's start with the most useful sentence. Listen: {D:我要一杯绿茶。}
Student: {D:我要一杯绿茶。}
Teacher: Very good. That's "I'd like a cup of green tea." Now, the waiter will probably ask you: {D:要热的还是冰的?}
Student: Hot or iced?
Teacher: Exactly. And you can answer {D:热的} or {D:冰的}. What would you say?
Student: {D:热的,谢谢。}
Teacher: Perfect, "hot, thanks". Notice that {D:谢谢} has a neutral tone on the second syllable.
Student: Can I ask for less sugar?
Teacher: Yes: {D:少糖}. Or no sugar at all, {D:不要糖}.

Review words: {D:绿茶} lǜchá green tea · {D:杯} bēi cup · {D:糖} táng sugar

Episode length 18:42 · Show notes · Download MP3
Subscribe on Apple Podcasts / Spotify
Next episode: Asking for the bill"""),

("caption", """Shanghai Museum — Bronze Gallery — Highlights

Photo gallery (12 images)

[Image 3 of 12]
{D:西周 大克鼎}
Da Ke ding, Western Zhou dynasty
The caption panel next to the case gives the Chinese name first, then the English. The vessel stands 93 cm high and carries an inscription of 290 characters about the official Ke and the gifts he received from the king.

[Image 4 of 12]
{D:商 鸟纹爵}
Jue wine vessel with bird pattern, Shang dynasty
Smaller pieces like this one are displayed in a long wall case; the lighting makes it hard to photograph without reflections.

Visiting the museum
Opening hours: 9:00–17:00, last entry 16:00, closed Mondays
Admission: free, reservation required through the official WeChat account
Address: 201 Renmin Avenue, Huangpu District

Our verdict: the bronze gallery alone is worth the trip. Allow two hours and come early, the queue on weekends can be long.

Tags: museums, Shanghai, ancient China | 5 comments
Previous post: The Yu Garden at night"""),

("signage", """Lost in Translation? Signs I photographed in Chengdu

Blog · Photos · About me

Every trip I keep a folder of signs. Here are this year's favourites, with what they actually say.

1. At a park lawn: "Please do not step on the grass, it is smiling at you." The sign reads {D:小草微微笑,请您绕道走}. The English version on the sign said "Little grass is smiling, please walk around", which is honestly close.

2. In a noodle shop: {D:本店无味精} — "no MSG in this shop". Below it someone had handwritten "but lots of chilli".

3. On a bus: {D:老弱病残孕专座}, seats reserved for the elderly, sick, disabled and pregnant. The English line underneath just said "Courtesy seat".

4. At the panda base exit: {D:请勿投喂}, do not feed. There were no pandas in sight, only peacocks.

I'll post the Chongqing folder next week, including the famous lift sign.

Posted 3 October 2024 · 14 comments · Filed under Sichuan, Signs, Language
Subscribe by email · RSS"""),

("menu", """Golden Lotus Restaurant — Dinner Menu

Starters
{D:凉拌黄瓜} Smashed cucumber with garlic .......... 7.50
{D:口水鸡} Mouth-watering chicken (spicy) .......... 11.00
{D:皮蛋豆腐} Century egg with silken tofu .......... 8.50

Mains
{D:宫保鸡丁} Kung pao chicken .......... 15.80
{D:麻婆豆腐} Mapo tofu (can be made vegetarian) .......... 13.50
{D:鱼香茄子} Fish-fragrant aubergine .......... 13.00
{D:回锅肉} Twice-cooked pork .......... 16.20

Rice & noodles
{D:扬州炒饭} Yangzhou fried rice .......... 9.00
{D:担担面} Dan dan noodles .......... 10.50

Please tell our staff about any allergies. A 10% service charge is added to tables of six or more.

Opening times: Tue–Sun 17:30–22:30, closed Monday
Book a table: 020 7946 0321 | 14 Gerrard Place, London
Find us on Instagram @goldenlotuslondon"""),

("glossed-term", """Workplace Culture Series, Part 4: Saving face in a Chinese office

By Daniel Okafor | Careers | 12 min read

If you have worked with Chinese colleagues for more than a week, someone has probably told you about the concept of {D:面子} (mianzi, "face"). Face is social standing, and it can be given, lost or saved.

Giving face means praising someone in front of others or letting a senior colleague present the good news. Losing face happens when a mistake is pointed out publicly. A manager I worked with in Shenzhen put it simply: criticise in private, praise in public.

The second idea is {D:关系} (guanxi), the network of relationships and mutual obligations. Guanxi is not corruption, though it can become that; for most people it is simply trust built over dinners, favours and time.

Finally there is {D:客气} (keqi), politeness to the point of refusing. If you offer a gift and it is refused twice, offer a third time.

Key takeaways
• Disagree in one-to-one meetings, not in front of the team.
• Build relationships before you need them.
• Accept that "maybe" often means no.

Read next: Part 5, Banquets and toasting | Part 3, Hierarchy and titles
Was this article helpful? Yes / No"""),

("title-line", """{D:城南旧事}
My Memories of Old Beijing

by Lin Haiyin, translated by Nancy Ing and Chi Pang-yuan

Book details
Original title: {D:城南旧事}
Publisher: Chinese University Press
Pages: 208 | ISBN 978-962-201-000-0 (paperback)
First published: 1960

About the book
Five linked stories told by Yingzi, a little girl growing up in the southern quarter of Beijing in the 1920s. Through her eyes we meet a madwoman waiting for her lost child, a thief hiding in the grass, and a nanny who has left her own children behind to look after Yingzi.

The book was filmed in 1983 by Wu Yigong; the film's theme song, "Farewell" ({D:送别}), with words by Li Shutong, became much better known than the novel outside China.

Reader reviews
★★★★☆ "Gentle and sad. The last chapter, about the father's death, is beautifully done." — bookworm_88
★★★★★ "Read it in Chinese at school, the translation holds up." — Kai

Add to basket £11.99 | Free UK delivery over £20
Customers also bought: Rickshaw Boy · Border Town"""),

("footer-icp", """Zhongshan Qiyue Furniture Co., Ltd.

Home | Products | Factory Tour | Certificates | Contact

About us
Founded in 2006, Qiyue makes solid wood dining sets and hotel furniture for export. Our 30,000 square metre factory in Dongsheng Town employs 240 workers and ships around 400 containers a year to Europe, Australia and the Middle East.

Why choose us
- FSC-certified oak and ash
- In-house design team, OEM and ODM welcome
- 30-day sample lead time, 45 days for bulk orders
- Third-party inspection accepted (SGS, BV)

Featured products
QY-2031 Extendable oak table, 160–220 cm
QY-1108 Upholstered chair, stackable, 6 colours
QY-3300 Hotel wardrobe, melamine finish

Send us your enquiry: sales@qiyue-furniture.example · WhatsApp +86 138 0000 1234

Language: English | {D:简体中文} | Español

Copyright © 2006-2024 Zhongshan Qiyue Furniture Co., Ltd. All Rights Reserved.
{D:粤ICP备18052233号-1} | {D:粤公网安备 44200002000123号}"""),

("keywords", """Tea Gifts Online › Oolong › Tieguanyin Premium Gift Box 250g

Tieguanyin Premium Gift Box, Anxi, Spring 2024 harvest
£24.90  In stock · Ships in 2 days

Description
A light-roast Tieguanyin from Anxi county in Fujian, picked in late April. The dry leaves are tightly rolled, dark green, and unfold to a floral, orchid-like aroma. Each box holds ten vacuum-sealed 25 g packets.

Brewing guide
Water: 95°C · Leaf: 7 g per 110 ml gaiwan · First infusion 45 seconds, add 10 seconds each time. Good for 6–8 infusions.

On the box
The gold lettering on the lid reads {D:安溪铁观音}, "Anxi Tieguanyin", and the red seal says {D:春茶} (spring tea).

Product tags: oolong, Fujian, gift, Iron Goddess
Search keywords: tieguanyin, {D:铁观音}, {D:乌龙茶}, iron goddess of mercy, anxi oolong

Customer reviews (27)
"Lovely tea, beautiful box, my dad was delighted." — Sarah, 5 stars
"A bit more roasted than I expected, still good." — J.W., 4 stars

Delivery & returns | Ask a question"""),

("alternating", """Speech by the Ambassador at the Spring Festival Reception
(bilingual text as delivered)

Distinguished guests, dear friends, good evening.

{D:尊敬的各位来宾,亲爱的朋友们,晚上好!}

On behalf of the embassy, I wish you all a happy and healthy Year of the Dragon. Over the past year, our two countries have welcomed more than two hundred thousand students and tourists in each direction.

{D:我谨代表使馆,祝大家龙年快乐、身体健康。过去一年,我们两国之间双向往来的学生和游客超过二十万人次。}

Tonight's performers come from the Hangzhou Youth Orchestra. Please enjoy the music, and the dumplings.

{D:今晚的演出由杭州青年乐团带来。请大家欣赏音乐,也请品尝饺子。}

Thank you.
{D:谢谢大家!}

Released by the Press Office, 9 February 2024
Related: Photos of the reception · Consular services during the holiday
Print | Email | Back to news"""),
]
DELIBERATE += [
("inline-zh-en", """Forum › Language Exchange › Proverbs you actually use

Thread: which chengyu do you hear most at work?

posted by linguist_kat » Tue Jun 04, 2024 9:12 pm
Starting a list. {D:马马虎虎。} So-so, careless (literally "horse horse tiger tiger"). My colleagues say it about everything from lunch to quarterly results.

reply by dongbei_dave » Tue Jun 04, 2024 10:40 pm
{D:一石二鸟}, kill two birds with one stone. Same image as English, which always surprises students.

reply by meimei » Wed Jun 05, 2024 7:03 am
{D:入乡随俗}, when in Rome do as the Romans do. Literally "enter a village, follow its customs". My manager said it when I complained about the 9pm dinners lol

reply by linguist_kat » Wed Jun 05, 2024 8:15 am
ha, good one. Also {D:加油!} which isn't a chengyu but I hear it twenty times a day. "Add oil", i.e. keep going.

reply by tonyw » Wed Jun 05, 2024 12:30 pm
{D:画蛇添足} — to draw legs on a snake, to ruin something by adding too much. Our designer says it about my slides.

Page 1 of 3 · Next ›
Board index · Delete cookies · All times are UTC+8"""),

("lines-en-zh", """Gallery label texts — "Ink and Water" exhibition, Room 3

(panels are bilingual; the English line is printed above the Chinese)

Panel 3.1
Landscapes in this room were painted between 1650 and 1720.
{D:本展厅的山水画创作于1650年至1720年之间。}

Panel 3.2
Look for the tiny figures: a fisherman, a scholar crossing a bridge, a servant carrying a qin.
{D:请留意画中的小人物:渔夫、过桥的文人、抱琴的书童。}

Panel 3.3
The red seals were added by later collectors, sometimes dozens on one scroll.
{D:红色印章多为后世收藏者所加,有时一幅画上多达数十方。}

Panel 3.4
Please do not use flash photography.
{D:请勿使用闪光灯拍照。}

Audio guide stop 14 · Large-print versions available at the desk
Exhibition open until 30 March 2025 · Members free
Next room: Calligraphy and the brush →"""),

("song-list-after", """National Anthems Explained #12: China

"March of the Volunteers" was written in 1935 by the poet Tian Han with music by Nie Er, as the theme song of the film Children of Troubled Times. It became the provisional anthem in 1949.

Translation (first lines)
Arise, you who refuse to be slaves!
With our flesh and blood, let us build a new Great Wall!

Original text
{D:起来!不愿做奴隶的人们!}
{D:把我们的血肉,筑成我们新的长城!}

Notes
- The title in Chinese is {D:义勇军进行曲}.
- Tian Han ({D:田汉}) was imprisoned during the Cultural Revolution and the lyrics were briefly replaced; the original words were restored in 1982.
- Nie Er ({D:聂耳}) drowned in Japan in 1935, aged 23, months after composing it.

Coming up in #13: "Kimigayo" and the shortest lyrics of any anthem

Support this blog on Patreon · Comments (9)"""),

("caption-alternating", """Photo essay: The last ferrymen of the Yellow River

Text and photos: Ines Moreau | 22 Aug 2023

The crossing at Qikou takes about fifteen minutes when the river is low. Old Gao has rowed it since 1979.

[Photo] {D:老高和他的渡船,碛口,2023年7月。}
Old Gao and his ferry, Qikou, July 2023.

His son works in a car factory in Xi'an and does not want the boat. "The river is for old men now," Gao said.

[Photo] {D:黄河岸边晾晒的红枣。}
Red dates drying on the bank of the Yellow River.

In autumn the whole village dries jujubes on the flat roofs and along the embankment. The smell is sweet and a little smoky.

[Photo] {D:渡口的价目牌:单程五元。}
The price board at the ferry landing: five yuan one way.

This essay was supported by a grant from the Asia Visual Fund. Captions in Chinese were written with the help of the photographer's interpreter.

More essays · Print edition · Licensing"""),

("learner-word-list", """HSK 3 Vocabulary — Unit 6: Weather

Study mode | Flashcards | Quiz | Print

{D:天气} tiānqì — weather
{D:晴} qíng — sunny, clear
{D:阴} yīn — overcast
{D:下雨} xià yǔ — to rain
{D:刮风} guā fēng — to be windy
{D:雪} xuě — snow
{D:温度} wēndù — temperature
{D:度} dù — degree (°)
{D:冷} lěng — cold
{D:热} rè — hot

Example sentences
{D:今天天气怎么样?} Jīntiān tiānqì zěnmeyàng? — What's the weather like today?
{D:明天可能会下雨。} Míngtiān kěnéng huì xià yǔ. — It may rain tomorrow.
{D:北京冬天很冷,常常刮风。} Běijīng dōngtiān hěn lěng, chángcháng guā fēng. — Winters in Beijing are cold and often windy.

Grammar point: {D:可能} (kěnéng) comes before the verb, and can be strengthened with {D:会}.

Progress: 34 / 600 words learned
< Unit 5: Shopping | Unit 7: Health >"""),

("tv-infobox", """Nirvana in Fire
Television series · 2015

Also known as: {D:琅琊榜} (Láng Yá Bǎng)
Genre: historical, political drama, wuxia
Based on: the novel by Hai Yan ({D:海宴})
Directed by: Kong Sheng, Li Xue
Starring: Hu Ge ({D:胡歌}), Liu Tao ({D:刘涛}), Wang Kai ({D:王凯})
Episodes: 54
Original network: Beijing TV, Dragon TV

Synopsis
Twelve years after his army was destroyed by a false charge of treason, the sole survivor, Lin Shu, returns to the capital under a new name, Mei Changsu, as a sickly strategist. He has one aim: to clear his father's name and put an honest prince on the throne.

Reception
The series was one of the most watched dramas of 2015 and is often praised for its costumes and its restraint. A sequel, Nirvana in Fire 2: The Wind Blows in Chang Lin, followed in 2017 with a different cast.

Where to watch: streaming with English subtitles on several platforms
User reviews (1,203) | Add to watchlist | Trivia | Goofs"""),

("inline-en-zh", """Notice to Residents — Harbour View Estate Management Office

Date: 18 March 2024

Dear residents, {D:各位住户:}

Water supply to Blocks A to D will be suspended on Tuesday 26 March from 9:00 to 15:00 for pipe repairs. {D:3月26日(星期二)上午9时至下午3时,A至D座将暂停供水,以进行水管维修。}

Please store enough water beforehand and keep taps closed during the suspension. {D:请提前储水,停水期间请关好水龙头。}

We apologise for any inconvenience caused. {D:不便之处,敬请原谅。}

For enquiries please call the management office at 2345 6789 (Monday to Saturday, 8:30 to 18:00).

Harbour View Estate Management Office
{D:海景苑管理处}

Attachments: Water suspension map (PDF, 220 KB)
Posted on the notice board and the residents' app"""),

("paragraphs", """Letters from the Grasslands — Chapter 3 (bilingual edition, sample pages)

The wind came from the north that morning and carried the smell of snow, though it was only September. My host, Batu, looked at the sky and said we would move the herd before noon.

{D:那天早晨风从北边吹来,带着雪的气味,虽然才九月。我的房东巴图看了看天,说我们中午以前得把羊群赶走。}

We packed the felt in silence. His daughter tied the stove pipe to the cart while the dogs ran circles around the sheep. By eleven the ger was gone and only a pale ring of grass showed where it had stood.

{D:我们默默地收起毡子。他的女儿把炉筒绑在车上,狗围着羊群转圈。到了十一点,蒙古包已经不见了,只剩下一圈发白的草地,标出它曾经站立的地方。}

— end of sample —

Bilingual edition, English text on the left page, Chinese on the right. Suitable for intermediate readers (HSK 5 and above).
Paperback, 186 pages, £14.00 | Kindle £6.99
Read more samples · Teacher's guide"""),

("quoted-slogan", """Case study: How a noodle chain took its slogan abroad

Marketing Weekly · Brands · by Priya Nair · 11 July 2024

When Haidilao-style hotpot chains open in London or Sydney, one of the hardest decisions is what to do with the slogan. Take the fictional chain we'll call Red Pot. At home its slogan is {D:"一碗面,一家人"} — "one bowl of noodles, one family". The English team tested three versions: "One bowl, one family", "Noodles that bring you home" and simply keeping the Chinese with a small gloss.

Surprisingly, diners in the focus groups preferred the third option. The characters on the shop sign signalled authenticity, they said, while the small English line underneath explained it. The brand now prints {D:一碗面,一家人} in red on the window and "one bowl, one family" beneath it.

A similar choice was made for the greeting staff shout when customers walk in: {D:欢迎光临!} ("welcome!"). It stayed in Chinese in every branch.

Key lessons
1. Test the original, not only translations.
2. A gloss can carry meaning without replacing the script.

Subscribe for the weekly newsletter · Related: Bubble tea branding in Europe"""),

("language-switch", """{D:简体} | {D:繁體} | English | {D:日本語}

Suzhou Silk Museum

Visit · Collections · Exhibitions · Education · About

Permanent exhibition: From Cocoon to Cloth
The museum tells the five-thousand-year story of silk in the Taihu region, from the earliest silk fragments found at Qianshanyang to the brocade looms of the Qing court. On the ground floor visitors can watch weavers working a traditional Song brocade loom, which needs two people, one sitting above the machine to lift the pattern threads.

Mulberry garden
Behind the main hall is a small garden of mulberry trees and a silkworm room that is open from April to October. School groups can book a cocoon-reeling workshop.

Opening hours
Tuesday to Sunday, 9:00–17:00. Free admission; guided tours 20 yuan per person.

Address: 2001 Renmin Road, Gusu District, Suzhou
Tel: +86 512 0000 0000

© Suzhou Silk Museum {D:苏州丝绸博物馆} | {D:苏ICP备05012345号}
Privacy · Accessibility · Site map"""),

("original-title", """Reading list: Chinese science fiction in translation

Updated Jan 2025 · 9 titles · compiled by the Riverside Library SF group

The Three-Body Problem — Liu Cixin, trans. Ken Liu (2014)
Original title: {D:三体}
The one everyone has heard of. Start here.

Vagabonds — Hao Jingfang, trans. Ken Liu (2020)
Original title: {D:流浪苍穹}
Slower, more political; a girl returns from Mars to an Earth she no longer understands.

Waste Tide — Chen Qiufan, trans. Ken Liu (2019)
Original title: {D:荒潮}
E-waste, cyborg workers and a very muddy coastline.

The Redemption of Time — Baoshu, trans. Ken Liu (2019)
Original title: {D:三体X:观想之宙}
Fan-written sequel later published officially; for completists.

Folding Beijing (short story) — Hao Jingfang
Original title: {D:北京折叠}
Hugo winner 2016, in the anthology Invisible Planets.

Next meeting: Thursday 6 Feb, 7pm, Room 2. We're discussing Waste Tide
Borrow these titles via the online catalogue"""),

("poem-list-after", """Autumn thoughts: three short poems for the Double Ninth

Selected and translated by the Wednesday Poetry Circle

1. Far from home, a stranger in a strange land, on every feast day I miss my family twice as much. (Wang Wei)
2. The setting sun is infinitely beautiful, only it is near the dusk. (Li Shangyin)
3. Withered vine, old tree, crows at dusk; a small bridge, flowing water, houses. (Ma Zhiyuan)

The originals:
1. {D:独在异乡为异客,每逢佳节倍思亲。}
2. {D:夕阳无限好,只是近黄昏。}
3. {D:枯藤老树昏鸦,小桥流水人家。}

Short notes
Wang Wei wrote poem 1 at seventeen, living in the capital. The Double Ninth ({D:重阳节}) falls on the ninth day of the ninth lunar month; families climb hills and wear dogwood.
Poem 3 is a {D:小令} (short song lyric) with no verb in the first two lines, which we tried to keep.

Next meeting: 29 October, Library Room B. Bring a poem about rain.
Contact us · Past selections"""),

("name-fields", """Wuhan
Sub-provincial city, capital of Hubei

Chinese: {D:武汉}
Hanyu Pinyin: Wǔhàn
Postal: Hankow
Literal meaning: "military Han"
Nicknames: "River City" ({D:江城}), "Thoroughfare of Nine Provinces" ({D:九省通衢})

Wuhan lies at the meeting of the Yangtze and Han rivers and grew from three separate towns, Wuchang, Hankou and Hanyang, which were merged in 1927. With over 13 million inhabitants it is the largest city in central China.

Landmarks
The Yellow Crane Tower ({D:黄鹤楼}), rebuilt in 1985, stands on Snake Hill above the Yangtze and is the subject of Cui Hao's famous Tang poem. East Lake, six times larger than Hangzhou's West Lake, has a 100 km greenway around it.

Food
Hot dry noodles ({D:热干面}) are the usual breakfast, tossed with sesame paste and pickled radish.

Population (2020): 12,326,518
Area code: 027 | Licence plate prefix: {D:鄂A}
Website: wuhan.gov.cn"""),

("greeting-gloss", """Chinese New Year greetings: what to say and when

Culture Guides · Updated 20 Jan 2025

The easiest greeting of all is {D:新年快乐} (xīnnián kuàilè), "happy new year". You can use it with anyone, from your boss to the taxi driver.

With friends and family, people love a wish for wealth: {D:恭喜发财} (gōngxǐ fācái), "congratulations and be prosperous". In Cantonese it is "kung hei fat choi", and children often add {D:红包拿来}, "hand over the red envelope", as a joke.

For older relatives, wish them health: {D:身体健康} (shēntǐ jiànkāng). For students, {D:学业进步}, "progress in your studies".

Things to avoid
Don't sweep the floor on the first day, you may sweep away good luck. Avoid the number four in gifts, because {D:四} sounds like {D:死}, death.

Printable card with all twelve greetings (PDF)
Share on WhatsApp · Comments (56)
Related: The animals of the zodiac · How to fold a red envelope"""),

("transcript", """Lesson 12 — Asking for directions (video transcript)

00:00
Teacher (Ms Zhao): Hello everyone! Today we practise asking the way. First sentence: {D:请问,地铁站怎么走?}
Student (Ben): {D:请问,地铁站怎么走?}
Ms Zhao: Great. "Excuse me, how do I get to the subway station?" Remember, {D:请问} is the polite way to start.

01:45
Ms Zhao: Now the answer. {D:一直往前走,然后左转。}
Ben: Go straight, then turn left?
Ms Zhao: Yes! And right is {D:右转}.
Ben: {D:右转}. Got it.

03:10
Ms Zhao: Last one. If it's far, people may say {D:有点儿远,坐出租车吧。}
Ben: "It's a bit far, take a taxi."
Ms Zhao: Perfect pronunciation on {D:出租车}.

Homework: record yourself asking the way to the hospital, bank and museum.
Video 14:20 · Worksheet PDF · Lesson 11 / Lesson 13"""),

("caption", """Exhibit of the month: A Cultural Revolution propaganda poster

Museum of Political Art · Collection blog · March 2024

This poster, printed in Shanghai in 1971, shows a young woman in a tractor cab waving a red book. The slogan at the bottom reads {D:农业学大寨} — "In agriculture, learn from Dazhai" — referring to a model village in Shanxi whose terraced fields were promoted nationwide.

Posters like this were made in print runs of hundreds of thousands. Ours came from a collector in Hong Kong and is in unusually good condition, with only a small tear at the lower left.

Object details
Title (as printed): {D:农业学大寨}
Date: 1971
Printer: Shanghai People's Fine Arts Publishing House
Dimensions: 77 x 53 cm
Accession no. 2019.44.3

The poster will be on display in Gallery 2 until June, next to a print from the same series titled {D:工业学大庆} ("In industry, learn from Daqing").

Share · Cite this object · Image licensing"""),

("bilingual-contract-note", """Renting in Shanghai: reading your lease

Expat Life Forum › Housing › Guides

Most leases are in Chinese only, and the Chinese text is the one that counts. Here are the clauses people ask about most, with the wording you will see.

Deposit: usually two months' rent, written as {D:押二付三} in the ads, "two months deposit, three months paid up front". Some landlords accept {D:押一付三}.

Break clause: look for {D:提前退租}, early termination. Often you lose the deposit unless the contract says otherwise.

Repairs: the phrase {D:由乙方承担} means "to be borne by Party B", and Party B ({D:乙方}) is you, the tenant. Party A ({D:甲方}) is the landlord.

Agency fee: one month's rent is normal, sometimes split between tenant and landlord.

Last tip: register at the local police station within 24 hours of moving in. Bring your passport and the lease.

Was this useful? 214 people found this helpful
Reply · Quote · Report"""),
]
DELIBERATE += [
("tracklist", """Album review: Jay Chou — "Greatest Works of Art" (2022)

Music · Reviews · by Sam Whitfield · 4/5

Six years after his last album, Jay Chou returns with ten songs that look back more than forward. The title track mixes a piano loop with references to Magritte and Dalí, and the video was shot in a Paris gallery.

Tracklist
1. Greatest Works of Art ({D:最伟大的作品})
2. Still Wandering ({D:还在流浪})
3. Mojito (same title on the Chinese sleeve)
4. Pink Ocean ({D:粉色海洋})
5. Frost-pale Beauty ({D:红颜如霜})
6. Reflection ({D:倒影})

Standout lyric, from track 5, printed on the inner sleeve:
{D:红颜如霜,凝结了过往}
"a fair face like frost, freezing the past"

The production is clean and a little safe. Fans of the 2000s sound will be happy; newcomers might start with "Fantasy" instead.

Released 15 July 2022 · JVR Music · Mandarin
Rate this album · Share · More reviews"""),
]
LEFTOVERS = [
("cms-breadcrumb", """{L:当前位置}: Home > News > Campus News > {L:正文}

Tianhe Vocational College holds 2024 Skills Competition

{L:发布时间:2024-03-02}   {L:来源:教务处}   {L:浏览次数:}1386

On February 28, the 2024 Student Vocational Skills Competition opened in the college's training centre. More than 620 students from 11 departments took part in 34 events, including industrial robot programming, e-commerce live streaming, cold chain logistics and traditional pastry making.

Vice President Liu Hongmei attended the opening ceremony and delivered a speech. She encouraged the contestants to "compete with skill, learn from each other and show the spirit of craftsmen".

The competition lasted three days. In the end, 52 students won first prizes and will be recommended to the provincial competition in May.

{L:(编辑:陈晓 审核:王磊)}

{L:上一篇}: College signs cooperation agreement with Guangzhou Metro
{L:下一篇}: Notice on the arrangements for the Qingming Festival holiday

Address: No. 8 Xueyuan Road, Tianhe District | Postcode 510000
Copyright © Tianhe Vocational College"""),

("byline-source", """Provincial tourism revenue rises 18% in first quarter

{L:作者:李娜} | {L:来源:省文化和旅游厅} | 2024-04-15 10:32

In the first quarter of 2024, the province received 86.4 million domestic tourist visits, an increase of 18.2% year on year, and tourism revenue reached 97.1 billion yuan.

The ancient town scenic areas were the most popular, followed by hot springs and ski resorts. During the Spring Festival holiday alone, the number of visitors to the provincial museum exceeded 210,000, {L:创历史同期新高}.

{L:厅党组书记、厅长张建国表示,要持续推进"文旅+"融合发展,打造一批精品旅游线路。}Officials also said that the province will launch 30 new self-driving routes this summer and improve signage in English, Korean and Japanese at major sites.

Inbound tourism also recovered, with 1.2 million overseas visitors, mainly from South Korea, Malaysia and Thailand.

{L:责任编辑:赵文}

Share to: WeChat Weibo QQ
Related news: Summer tourism promotion week launched in Xi'an"""),

("untranslated-paragraph", """Company News | Press Releases | Investor Relations

Huaxin Battery opens new plant in Hungary

Debrecen, 12 September 2024 — Huaxin New Energy Technology today held the opening ceremony of its first European production base. The plant covers 220,000 square metres and has a planned annual capacity of 20 GWh of lithium-ion cells for electric vehicles.

The company's chairman, Mr. Zhou Ming, thanked the Hungarian government and local partners for their support. "Europe is our most important overseas market," he said.

{L:据介绍,该项目总投资约7.3亿欧元,一期工程已于今年6月完成设备调试,预计年底前实现量产,将为当地创造约1500个就业岗位。公司表示,将坚持"本地生产、本地供应"的原则,与欧洲客户建立长期合作关系。}

The plant uses 100% renewable electricity and a closed-loop water system. Huaxin will also set up a research and development centre in Budapest next year.

Media contact: press@huaxin-energy.example
About Huaxin: founded in 2011 in Ningde, Fujian, Huaxin supplies batteries to more than 40 car brands worldwide.

Download: Photos (ZIP, 18 MB) | Fact sheet (PDF)"""),

("caption-mismatch", """Photo News

{L:图为学生在实验室进行科研训练。}

The university's 2024 spring job fair was held on March 9 at the East Campus gymnasium. A total of 386 employers attended, offering more than 9,000 positions in fields including electronic information, new materials, biomedicine and finance.

Students queued at the booths of several well-known companies. Many employers said they were especially interested in graduates with internship experience and foreign language skills.

{L:摄影:刘洋}

According to the career centre, a further 40 online recruitment sessions will be organised before June, and a special fair for doctoral graduates will take place in April.

{L:图为招聘会现场。}
Students visiting the booths at the job fair.

Career centre hotline: 0571-8800 0000
Back to top | Print | Close window"""),

("inline-leftover-sentence", """Minister meets delegation from Kenya on agricultural cooperation

On June 3, Minister of Agriculture and Rural Affairs Tang Renjian met with a delegation led by the Cabinet Secretary for Agriculture of Kenya. The two sides exchanged views on food security, irrigation and the training of agricultural technicians.

Tang Renjian said that China is willing to share its experience in hybrid rice and drip irrigation. {L:双方一致同意,进一步深化在农业科技、农产品贸易和人才培训等领域的务实合作。}The Kenyan side expressed thanks for the support of Chinese experts at the demonstration centre near Nairobi, where yields of maize have increased by more than 30 percent.

After the meeting, the two ministries signed a memorandum of understanding on {L:农业技术示范中心}phase II.

Officials from the Department of International Cooperation attended the meeting.

Source: Ministry website | Date: 2024-06-04
[Print] [Close]"""),

("spam-injection", """Best hiking trails near Hangzhou — a local's guide

Posted by hikerjun | 2 March 2024 | Outdoors

1. Nine Creeks and Eighteen Gullies. An easy 6 km walk through tea plantations, flat, shaded, and crowded at weekends. Start at the Nine Creeks bus stop and follow the stream up to Longjing village.

2. Baoshi Hill to Qixia Ridge. Short but steep, with great views of West Lake. Take water, there are no shops on the ridge.

{L:澳门新葡京娱乐场 官方网址 注册送88元}

3. The Tianmu Mountain trail. A full day trip, 2.5 hours by bus. The old cedars near the summit are over a thousand years old.

4. Wuyun Mountain loop. My favourite for autumn, the maples turn red in mid-November.

Gear tips: good shoes, insect spray from May, and a rain jacket all year.

{L:太阳城集团 真人百家乐 天天返水}

Comments (4)
lily_z: Thanks, did route 2 yesterday, loved it!
Reply · Like"""),

("list-items", """Visitor Information — Nanjing City Wall Museum

Opening hours: 8:30–17:00 (last admission 16:30)

Visitor rules
1. Please show your ticket or reservation code at the entrance.
2. Smoking is not allowed anywhere in the museum.
3. {L:请勿攀爬城墙,注意安全。}
4. Pets are not allowed, except guide dogs.
5. {L:禁止在城砖上刻画、涂写。}
6. Drones may not be flown above the wall without permission.

Ticket prices
Adults: 50 yuan
Students and seniors over 60: 25 yuan
{L:1.2米以下儿童免票}

Getting here
Metro Line 1 to Xuanwumen, exit 2, then walk 300 m south. Buses 3, 16 and 304 stop at Jiefangmen. There is no visitor car park; use the public car park on Beijing East Road.

Accessibility
A lift at Jiefangmen gate takes wheelchair users up to the wall walk. Wheelchairs can be borrowed free of charge at the ticket office.

Service hotline: 025-0000 0000
{L:技术支持:南京某某网络科技有限公司}"""),

("table-cells", """Notice on the Schedule of Final Examinations, Spring Semester 2024

The examination schedule for undergraduate courses is as follows. Students should arrive 15 minutes early with their student ID.

| Date | Time | Course | Venue |
|---|---|---|---|
| June 24 | 8:30-10:30 | Advanced Mathematics II | Teaching Building A, 101 |
| June 24 | 14:00-16:00 | {L:大学英语(二)} | Teaching Building B, 203 |
| June 25 | 8:30-10:30 | Linear Algebra | {L:综合楼305} |
| June 26 | 9:00-11:00 | {L:中国近现代史纲要} | Teaching Building A, 210 |
| June 27 | 14:00-16:00 | Physics Experiment | Lab Centre, 4th floor |

Students who need to postpone an examination for medical reasons must apply to their college before June 20.

Academic Affairs Office
June 5, 2024

{L:附件:2024年春季学期期末考试安排表.xlsx}"""),

("leftover-beside-bilingual", """Museum Newsletter · Issue 41 · Autumn 2024

New acquisition: a Ming dynasty blue-and-white jar

The museum has acquired a blue-and-white jar decorated with dragons among clouds. Its base carries the six-character mark {D:大明宣德年制}, "made in the Xuande reign of the Great Ming", painted in two columns.

{L:该罐是我馆今年征集的第三件明代瓷器,经专家鉴定为宣德官窑真品,由一位海外收藏家无偿捐赠。}

The jar is 28 cm tall. Its dragons have five claws, which was reserved for imperial use, and the cobalt shows the dark "heaped and piled" spots typical of the period.

It will go on display in the Ceramics Gallery from 1 November, alongside the export porcelain from the Nanhai wreck.

Upcoming events
• 15 Oct — Lecture: Cobalt and the Silk Road
• 2 Nov — Family day: paint your own plate

Become a member · Unsubscribe
{L:主办单位:市文物局}"""),

("clause-leftovers", """Shenzhen Futian District launches "15-minute service circle" pilot

To implement the spirit of {L:区委六届五次全会}, Futian District has started a pilot programme that aims to put schools, clinics, sports grounds and elderly care stations within a 15-minute walk of every household.

The first batch covers 10 communities in Xiangmihu and Lianhua streets. Each community will open a service centre offering day care for the elderly, {L:四点半课堂} and legal advice.

District head Huang Wei said that the pilot will be evaluated by residents themselves through an online survey. {L:他强调,要坚持以人民为中心,把好事办好、实事办实。}

By the end of 2025, the district plans to extend the programme to all 92 communities.

Keywords: Futian, livelihood, community services
{L:【打印本页】【关闭窗口】}"""),

("cooking-leftover", """Home > Recipes > Soups > Winter melon and pork rib soup

Winter melon and pork rib soup (serves 4)

Prep 15 min · Cook 1 h 30 min · Difficulty: easy

This clear Cantonese soup is what my family drinks all summer. Winter melon is said to cool the body, and the ribs make a sweet, light broth.

Ingredients
500 g pork ribs, cut into pieces
600 g winter melon, skin on
3 slices ginger
{L:干贝5粒(可选)}
Salt to taste

Method
1. Blanch the ribs in boiling water for 3 minutes, rinse and drain.
2. {L:冬瓜洗净切大块,不要去皮,这样煮出来不容易烂。}
3. Put the ribs, ginger and scallops in a pot with 2 litres of water, bring to the boil and simmer for 1 hour.
4. Add the melon and cook for another 30 minutes. Season with salt.

Tip: a handful of dried barley makes it even more cooling.

{L:小贴士:汤煲好后再放盐,肉质更鲜嫩。}

Rate this recipe ★★★★☆ · 61 reviews · Save · Print"""),

("podcast-leftover", """Episode 47: The music of the Silk Road, with Dr. Aylin Kaya

Show notes

In this episode we talk to ethnomusicologist Aylin Kaya about the instruments that travelled between Persia and China: the pipa, the yangqin and the ancestor of the erhu.

00:00 Intro
03:12 How the lute became the pipa
14:40 {L:敦煌壁画中的乐器}
27:05 The hammered dulcimer and the yangqin
41:30 Listener questions

Links mentioned
- Dunhuang Academy digital caves
- Recording: "Ambush from Ten Sides" ({D:十面埋伏}) performed by Liu Fang
- {L:推荐阅读:《丝绸之路音乐史》}

Music in this episode is used with permission.

{L:本期节目由喜马拉雅平台独家播出,未经授权禁止转载。}

Listen on: Apple Podcasts · Spotify · RSS
Support the show · Transcript (auto-generated)"""),
]
LEFTOVERS += [
("language-link-leftover", """{D:中文} | English

Qingdao Beer Museum

Home · Visit · History · Shop · Contact

The museum is housed in the original brewery buildings built by German settlers in 1903. Visitors can walk through the old brewing hall, see the century-old equipment, and taste fresh draught beer at the end of the tour.

{L:博物馆分为百年历史文化陈列区、生产工艺区和多功能互动区三部分,游客可以品尝原浆啤酒和纯生啤酒,并在纪念品商店选购特色礼品。}

Tickets
Adults: 60 yuan (includes two glasses of beer)
Under 18: 30 yuan (includes soft drink)

Opening hours
July–September 8:00–18:00
October–June 8:30–17:00

{L:温馨提示:未满十八周岁禁止饮酒。}

Address: 56 Dengzhou Road, Shibei District, Qingdao
Tel: 0532-0000 0000
© Qingdao Beer Museum {D:鲁ICP备09000123号}"""),

("forum-mixed", """Forum › Study in China › Scholarships

Re: CSC scholarship 2025 — interview experience?

Posted by k_mensah on 2025-03-11 22:04
Just had my interview at the embassy. They asked why I chose the university, about my research plan, and whether I had started learning Chinese. I said a little and they asked me to introduce myself, so I said {D:我叫科菲,我来自加纳} and they laughed (in a nice way I think).

Posted by anna_pl on 2025-03-12 08:30
Mine was online. Three professors. {L:面试时间大约十五分钟,主要问了研究计划和未来的职业规划。}Honestly it was less scary than I expected.

Posted by admin on 2025-03-12 09:02
Reminder: please do not post your passport number or application ID.
{L:本帖最后由 admin 于 2025-3-12 09:05 编辑}

Posted by rahul.s on 2025-03-12 11:47
Does anyone know when the results come out? Last year it was around July.

{L:回复} | Quote | Report
Page 2 of 5 < 1 2 3 4 5 >"""),

("untranslated-title-list", """Latest Announcements

• Notice on the 2024 Summer Vacation Arrangements — 2024-07-01
• {L:关于开展2024年度职称评审工作的通知} — 2024-06-27
• Call for papers: International Conference on Marine Engineering — 2024-06-20
• {L:关于做好安全生产月活动的通知} — 2024-06-12
• Results of the graduate student scholarship selection — 2024-06-05
• Library opening hours during the examination period — 2024-06-01

{L:更多>>}

Quick links
Academic calendar | Campus map | Email | Library | {L:信息公开}

Contact: Office of Administration, Building 1, Room 204
Tel: 0532-6678 0000 | Fax: 0532-6678 0001
Copyright © 2024 Ocean Polytechnic. All rights reserved.
{L:地址:青岛市黄岛区长江西路66号}"""),

("same-number-different", """Shaanxi History Museum expands daily visitor quota

From July 1, the Shaanxi History Museum will raise its daily visitor quota to 12,000 people during the summer holiday, up from 8,000 last year. Reservations open seven days in advance through the official mini program.

{L:今年上半年,该馆累计接待观众12000余人次的境外团体,同比增长近三倍。}

The museum's Tang dynasty murals gallery, which requires a separate ticket, will keep its limit of 1,500 visitors per day to protect the paintings.

A new night opening on Fridays and Saturdays, until 21:00, will start on July 5. Director Hou Ning said the museum also plans to add English and Korean audio guides at 40 key exhibits.

{L:陕西历史博物馆馆长侯宁在接受采访时表示,暑期将推出"夜游唐宫"系列社教活动。}

Related: Terracotta Army museum ticket price unchanged
Source: Xi'an Daily | 2024-06-25"""),

("product-page", """Xiaoma Smart Rice Cooker 3L — Model XM-R30

Price: $79.99 | Free shipping | 2-year warranty

Features
- 12 cooking programs: white rice, brown rice, congee, soup, cake, steam...
- Ceramic-coated inner pot, 2.5 mm thick
- 24-hour delay timer and keep-warm function
- {L:智能预约,米饭软硬可调}
- App control via Wi-Fi (2.4 GHz only)

Specifications
Capacity: 3 L (up to 6 cups uncooked rice)
Power: 650 W | Voltage: 110–120 V
Dimensions: 28 x 24 x 22 cm
Weight: {L:约3.2公斤}

In the box: cooker, inner pot, steam basket, measuring cup, rice paddle, manual

{L:注意:请勿将内胆直接放在明火上加热。}

Customer questions
Q: Does the app work outside China? A: Yes, with the global version of the app.

Add to cart · Add to wish list
{L:客服热线:400-000-0000}"""),

("government-notice", """Notice of the Municipal Market Supervision Bureau on Spot Checks of Food Safety in School Canteens

To ensure the food safety of students in the new semester, the bureau will carry out spot checks of school canteens and off-campus catering suppliers from September 1 to September 30, 2024.

I. Scope
All primary and secondary schools and kindergartens in the city, and the companies that supply meals to them.

II. Key points
(1) Whether the canteen holds a valid food business licence;
{L:(二)食品原料采购查验和索证索票制度落实情况;}
(3) Whether staff hold health certificates;
{L:(四)餐具清洗消毒和食品留样情况。}

III. Requirements
Problems found shall be corrected within a time limit. Serious violations will be made public.

{L:联系人:王科长,联系电话:0000-12345678}

Municipal Market Supervision Bureau
August 20, 2024"""),

("sport-report", """Basketball: Guangdong beat Liaoning 102–95 to level the final series

Sport | CBA | 2024-04-18 23:10

Guangdong Southern Tigers beat Liaoning Flying Leopards 102–95 in Game 2 of the CBA final on Thursday night, levelling the best-of-seven series at 1–1.

Hu Mingxuan scored 27 points, including five three-pointers, and Zhou Peng added 18 points and 9 rebounds. {L:辽宁队方面,郭艾伦拿下全场最高的31分,但球队在最后三分钟连续失误。}

Guangdong coach Du Feng said after the game that his team "played with more patience in the fourth quarter".

{L:赛后,杜锋在新闻发布会上被问及伤病情况时表示,徐杰的脚踝问题不大,下一场可以出战。}

Game 3 will be played in Shenyang on Saturday.

{L:记者:孙鹏} {L:编辑:马超}

More: Fixtures | Standings | Player stats"""),

("learner-blog-leftover", """Week 14 of learning Mandarin: tones are still killing me

My Mandarin Diary · 18 November 2023

This week my tutor made me drill third tones for twenty minutes. When two third tones come together, the first one changes to a rising tone, so {D:你好} is really "ní hǎo". I knew the rule, I just can't do it fast.

New words this week:
{D:麻烦} máfan — trouble, to bother
{D:方便} fāngbiàn — convenient
{D:差不多} chàbuduō — almost, about the same

I also watched an episode of a cooking show with Chinese subtitles. I understood maybe a third.

{L:下周老师要我准备一个三分钟的自我介绍,题目是我的家乡。}

Goals for next week: finish HSK 2 chapter 8, write 50 characters a day, and stop avoiding the speaking exercises.

{L:相关文章:}
Week 13: Measure words are weird · Week 15: My first conversation with a taxi driver
Comments (7)"""),

("film-news-leftover", """Box office: "Full River Red" tops Spring Festival season

Film · 2023-01-29

Zhang Yimou's suspense comedy "Full River Red" ({D:满江红}) led the Spring Festival box office with 2.1 billion yuan in its first week, ahead of the science fiction sequel "The Wandering Earth II".

The film stars Shen Teng ({D:沈腾}) and Jackson Yee ({D:易烊千玺}) and is set during the Southern Song dynasty. Its title comes from the lyric poem attributed to the general Yue Fei, which is recited in the final scene.

{L:据猫眼专业版数据,截至1月29日17时,2023年春节档总票房已突破67亿元,观影人次超过1.29亿。}

Industry analysts said the strong start shows audiences returning to cinemas after three years of closures.

{L:影片出品方表示,将于2月在北美、澳大利亚等地同步上映。}

Read more: Review — "Full River Red" | Spring Festival films ranked
{L:网络编辑:周婷}"""),

("company-about", """About Us — Jiangnan Precision Machinery

Company profile
Jiangnan Precision Machinery was established in 1998 in Wuxi, Jiangsu. We specialise in CNC lathes, machining centres and customised automation lines for the automotive and aerospace industries.

{L:公司占地面积12万平方米,现有员工800余人,其中工程技术人员200余人,是国家级高新技术企业和江苏省专精特新"小巨人"企业。}

Our values
Quality first, customer first, innovation always.

Honours
2019 — National High-Tech Enterprise
2021 — {L:江苏省智能制造示范车间}
2023 — ISO 9001 and IATF 16949 certified

Contact
Tel: +86 510 0000 0000 | Email: info@jnpm.example
{L:地址:江苏省无锡市新吴区} Xinwu District, Wuxi

{L:版权所有}© Jiangnan Precision Machinery Co., Ltd. {D:苏ICP备10012345号-2}"""),

("novel-page-leftover", """Web novel · Xianxia · "Ten Thousand Swords Return to the Sect"

Chapter 212: The Old Man at the Gate

Lin Feng stopped at the foot of the stone stairs. The mist had cleared, and for the first time he could see the gate of the Azure Cloud Sect, nine hundred steps above him.

"Turn back," said an old man sweeping leaves. "Outer disciples are not admitted today."

"I'm not a disciple," Lin Feng said. "I'm here to return a sword."

{L:老人停下手中的扫帚,抬头看了他一眼,目光落在他背上那柄用黑布裹着的长剑上,脸色微微一变。}

The old man said nothing for a long time. Then he put down the broom and began to climb.

{L:(本章完)}

{L:求月票!求推荐票!}

Translator: Lazyfox | Editor: Mia
< Previous chapter | Table of contents | Next chapter >
Report error · Bookmark"""),

("hotel-listing", """Riverside Boutique Hotel, Yangshuo ★★★★

Rooms · Facilities · Reviews (428) · Location · Book now

Overview
Set on the bank of the Li River, a 10-minute walk from West Street, the hotel has 36 rooms with balconies looking towards the karst peaks. Bicycles are free for guests.

Facilities
Free Wi-Fi · Outdoor pool · Rooftop bar · Airport shuttle (charged)
{L:免费停车} · Laundry service · 24-hour front desk

House rules
Check-in from 14:00, check-out until 12:00
{L:不接待宠物}
Children of all ages are welcome

Guest review — 9.4 "Superb"
"The view from the balcony at sunrise was unreal. Staff arranged a bamboo raft for us." — Sophie, France
{L:"房间干净,早餐丰富,前台小姐姐很热情!"} — {L:匿名用户}

Price from ¥680 per night, breakfast included
Check availability"""),
]
LEFTOVERS += [
("single-words", """Beijing to host international robot conference in August

The 2024 World Robot Conference will be held from August 21 to 25 at the Etrong International Exhibition Centre in Beijing {L:亦庄}. More than 160 companies will show humanoid robots, industrial arms and medical robots.

Organisers said the forum will focus on embodied intelligence and {L:新质生产力}, and that about 300 experts from 20 countries will give talks.

Tickets can be bought on the official website; students receive a 50% discount with a valid {L:学生证}.

Last year's conference attracted 250,000 visitors. For the first time, this year's event will include a "robot marathon" through the {L:经开区} streets.

Related
- Beijing E-Town releases humanoid robot action plan
- {L:北京市科委}: robot industry output exceeds 100 billion yuan

{L:分享到:}"""),

("paragraph-same-topic", """Yunnan's coffee farmers turn to speciality beans

Pu'er, Yunnan — On a slope outside the city, Li Wenhua walks between rows of coffee trees shaded by macadamia. Ten years ago she sold green beans to big traders at whatever price they offered. Today she processes her own honey and natural lots and sells them directly to cafés in Shanghai.

Yunnan produces more than 95 percent of China's coffee, most of it Catimor grown between 1,000 and 1,600 metres.

{L:近年来,普洱市出台了咖啡产业高质量发展三年行动计划,对精品咖啡庄园建设给予每亩最高500元的补贴,并与多所高校合作培养咖啡加工技术人才。}

Li says the biggest change has been education. Farmers now know how to measure sugar content before picking, and cup their own coffee.

"The price for a good lot can be three times the commodity price," she said.

{L:图文:云南日报记者 杨丽}

More from this series: Tea towns of Xishuangbanna · The Nujiang valley in spring"""),

("mixed-bilingual-leftover", """Shanghai Metro — Service Notice

Line 2 weekend closure between Longyang Road and Pudong International Airport

{D:2号线龙阳路站至浦东国际机场站周末停运}
Line 2 will not run between Longyang Road and Pudong International Airport on 9–10 and 16–17 November, for signalling upgrades.

{D:请乘客提前规划出行路线。}
Passengers are advised to plan their journeys in advance.

Free shuttle buses will run between the affected stations every 10 minutes, from the first train until the last. Allow at least 40 extra minutes if you are travelling to the airport. Alternatively, take the Maglev from Longyang Road; metro day tickets are not valid on the Maglev.

{L:届时,磁浮线将延长运营时间至23:00,并加开班次,最小行车间隔缩短至10分钟。}

Service hotline: 021-64370000
{L:上海申通地铁集团有限公司 2024年11月1日}

Share · Print · Back to notices"""),

("comments-leftover", """Review: "Black Myth: Wukong" — a gorgeous, punishing journey west

Games · 4 min read · Score: 8.5/10

Game Science's action RPG finally arrived, and it is beautiful. Playing as the Destined One, a monkey warrior, you fight through six chapters loosely based on Journey to the West ({D:西游记}).

Combat is built around stances and a stamina bar. The bosses are the highlight; the Yellow Wind Sage took me two hours.

Verdict: hard but fair, with a few cheap deaths and invisible walls.

Comments (213)
> gamer_tom: Chapter 3 is the best thing I've played this year.
> {D:小明同学}: {L:终于等到了!国产单机之光!}
> rin: Is the PC version well optimised? 
> {L:游客8823}: {L:二郎神那段太燃了}
> editor: please keep comments in English, thanks

Load more comments"""),

("policy-clause", """City launches trade-in subsidies for home appliances

The Commerce Bureau announced on Monday that residents who replace old appliances with energy-efficient models will receive subsidies of up to 2,000 yuan per item from August 15.

The scheme covers eight categories, including refrigerators, washing machines, televisions, air conditioners and computers. {L:个人消费者购买2级能效或水效标准的产品,给予产品最终销售价格15%的补贴;购买1级能效产品,补贴20%。}

The subsidies can be claimed through the city's official app or at participating shops. Each person may claim one item per category.

Officials said the programme, which has a budget of 300 million yuan, is part of efforts to {L:扩大内需、促进消费}.

Enquiries: 12345 government hotline
{L:【字体:大 中 小】} {L:【我要纠错】}"""),

("poem-with-leftover", """Poetry event report: "Moonlight over the River" evening at the Central Library

On Saturday evening about 120 people gathered in the library courtyard for a reading of classical poems about the moon. Students from the foreign language school read translations, followed by the originals read by members of the Kunqu society.

The highlight was Zhang Ruoxu's "Spring River in the Moonlit Night". The opening lines were projected on the wall in both languages:
{D:春江潮水连海平,海上明月共潮生。}
The spring river's tide reaches the level of the sea; over the sea the bright moon rises with the tide.

{L:活动由市图书馆与市诗词学会联合主办,是"书香满城"全民阅读月系列活动之一。}

The evening closed with tea and mooncakes. The next reading, on winter poems, is planned for December.

{L:(供稿:图书馆读者服务部)}

Photos from the event (24) · Subscribe to library news"""),

("table-leftover-prices", """Price list — Spring Garden Spa, Sanya

Massage & treatments

| Treatment | Duration | Price (CNY) |
|---|---|---|
| Traditional Chinese massage | 60 min | 298 |
| Foot reflexology | 45 min | 168 |
| {L:精油开背} | 60 min | 328 |
| Hot stone therapy | 90 min | 488 |
| {L:拔罐刮痧} | 30 min | 128 |

Packages
Couple's retreat (2 people, 2 hours): 1,288
{L:会员储值满3000送500}

All treatments include a herbal foot soak and tea. Please arrive 15 minutes early. Treatments not cancelled 4 hours in advance are charged in full. Pregnant guests, and guests with high blood pressure, should tell the therapist before the treatment starts.

Opening hours: 10:00–24:00 daily
Booking: +86 898 0000 0000 or WhatsApp
{L:本店最终解释权归店方所有}"""),

("alumni-news", """Alumni Stories: From Chemistry lab to Olympic pool

School of Chemical Engineering | 2024-08-09

When Wang Shun won gold in Tokyo, few people knew that his teammate on the relay team, Li Kexin, had studied polymer chemistry at our university. Li graduated in 2019 and now works on swimsuit fabric for a sportswear company in Xiamen.

"I still use what I learned in Professor Chen's materials course every week," Li said in a video message for this year's graduation.

{L:据悉,学院将于今年10月举办建院六十周年校友返校日活动,届时将邀请李可欣等优秀校友回校作报告。}

Li's advice to students: try a sport, even badly, and keep your lab notebooks.

{L:文字:宣传部 图片:受访者提供}
{L:审核:张静}

Submit your alumni story · Alumni association · Give to the school"""),

("travel-forum", """TripTalk › Asia › China › Zhangjiajie in three days — itinerary check

Posted by backpack_ellie, 6 May 2024

Plan:
Day 1: Arrive by high-speed train from Changsha, Tianmen Mountain cable car, glass skywalk
Day 2: Wulingyuan — Yuanjiajie (Avatar mountains), Bailong elevator, Tianzi Mountain
Day 3: {L:金鞭溪徒步}, then Grand Canyon glass bridge, train back

Is this too much? Also, do I need to book tickets in advance?

Reply from hunan_local
Day 2 is fine if you start at 7am. Book the Tianmen cable car online, the queue can be two hours. {L:门票可以在官方公众号上提前预约,学生证半价。}

Reply from backpack_ellie
Thanks! Does the park accept foreign cards?

Reply from hunan_local
Mostly Alipay / WeChat, both work with foreign cards now.

{L:楼主}: thanks again, will report back!
{L:回复 | 点赞(12)}"""),

("caption-left-above", """Gallery: Harvest season in the Hani rice terraces

{L:元阳梯田秋收时节,哈尼族村民在田间收割稻谷。}

Villagers in Duoyishu carry bundles of red rice up a steep path at dawn. The terraces have been farmed by the Hani people for more than 1,300 years and were listed as a World Heritage Site in 2013.

{L:游客在观景台拍摄日出。}

Water from the forests above the villages runs through every level of fields before reaching the river. Fish and ducks are raised in the paddies.

{L:摄影:段永春}

The best time to see the terraces filled with water is from December to March, when the flooded fields reflect the sky. Bada and Laohuzui viewpoints are best at sunset; arrive early to get a place at the railing.

Image 1 of 9 · Next ›
Photo licensing · Travel guide: Yunnan"""),

("glossary-leftover", """Understanding Chinese tea grades: a buyer's guide

By the Leaf & Cup team | Guides

Grades on Chinese tea packaging can be confusing. Green teas from Hangzhou, for instance, are often labelled with a pre-Qingming ({D:明前}) grade, meaning picked before the Qingming festival in early April, which is the most prized. Tea picked before Guyu ({D:雨前}), around 20 April, comes next.

Other terms you may see:
- {D:特级} tèjí — special grade, the highest
- {D:一级} yījí — first grade
- {L:包装规格:250克/罐}
- {D:手工} shǒugōng — hand-made

{L:产地:浙江省杭州市西湖区龙井村}

In practice the grade depends on the seller; ask for the picking date instead.

{L:保质期:18个月}
Next in this series: Reading a pu-erh wrapper"""),

("conference-cut-off", """International Symposium on Wetland Conservation concludes in Dongying

The three-day International Symposium on Wetland Conservation and the Yellow River Delta closed on October 18 in Dongying, Shandong. Nearly 400 participants from 23 countries attended, including officials of the Ramsar Convention secretariat.

Participants visited the Yellow River Delta National Nature Reserve, where the number of bird species recorded has risen from 187 in 1990 to 373 today.

{L:会议期间,与会代表围绕湿地生态修复、候鸟迁徙通道保护、蓝碳等议题进行了深入交流,并发布了《黄河口湿地保护倡议》。}

The reserve's director, Mr. Lü Juanzhang, said that the restored tidal flats now host up to six million migrating birds each year, {L:其中东方白鹳繁殖数量占全球的}

{L:上一篇}:Dongying Marathon registration opens
{L:下一篇}:"""),
]


def check(text: str) -> None:
    """Every Han character sits inside exactly one mark; marks are not empty or nested."""
    outside = MARK.sub(lambda m: "", text)
    stray = HAN.findall(outside)
    assert not stray, f"unmarked Han: {''.join(stray)[:40]}"
    assert "{D:" not in outside and "{L:" not in outside, "broken mark"
    for m in MARK.finditer(text):
        assert HAN.search(m.group(2)), f"mark without Han: {m.group(0)}"


def build(docs: list[tuple[str, str]], prefix: str) -> list[str]:
    lines = []
    for k, (layout, text) in enumerate(docs):
        check(text)
        doc, layout = marked(layout, text)
        size = len("".join(doc.parts))
        assert 600 <= size <= 2000, f"{prefix}-{k + 1:02d}: {size} chars"
        lines.append(doc.json(f"{prefix}-{k + 1:02d}", layout))
    return lines


def main() -> None:
    assert len(DELIBERATE) == 36 and len(LEFTOVERS) == 36, (len(DELIBERATE), len(LEFTOVERS))
    assert all(t.count("{L:") == 0 for _, t in DELIBERATE), "a deliberate doc holds a leftover"
    assert all(t.count("{L:") > 0 for _, t in LEFTOVERS), "a half-translated doc holds no leftover"
    sets = HERE / "sets"
    sets.mkdir(exist_ok=True)
    for name, docs, prefix in (("detect14-deliberate.jsonl", DELIBERATE, "d14d"),
                               ("detect14-leftovers.jsonl", LEFTOVERS, "d14l")):
        (sets / name).write_text("\n".join(build(docs, prefix)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
