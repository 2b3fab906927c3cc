"""Build bench/sets/detect33-*.jsonl: a held-out, hand-written detection set ("detect33").

The set is about pages where deliberate Chinese and leftover Chinese look alike on the surface:
both sit in bilingual-looking places (after an English paragraph, in a table cell, in a numbered
cue, under a headline). Deliberate Chinese comes with its evidence somewhere on the page (a
translation inline or on the next line, a later list, brackets, a table column, a pinyin reading,
an explanation); leftovers sit in the same places with no translation anywhere.

Twenty-two English pages that contain Chinese on purpose, one of each kind: bilingual local news
with every English paragraph followed by its Chinese translation, a bilingual school notice
(Chinese paragraph first, then the English one), a graded-reader short story told in inline
sentence pairs (Chinese sentence, then English sentence) in every paragraph, SRT-like numbered
subtitle cues with an English and a Chinese line each, a Markdown table of proverbs with their
English meanings, a book-club list of English titles followed later by "Original titles" in
Chinese with the authors, a Tang quatrain with the Chinese title above the English title and the
Chinese lines before the English lines, a food blog whose Chinese headline sits above the English
headline and whose body is English only, a company "About" page naming the company in characters
once and a bilingual slogan line, a museum floor guide with each room as `English / Chinese`,
song lyrics with each English line followed by its Chinese line, a family recipe whose
ingredients are in characters with English in brackets, a kung fu club page whose motto in
characters has its translation on the next line, a university profile with the Chinese name and
motto in an infobox, a learners' dialogue (Chinese line, pinyin line, English line), a tourist
sign guide (`Sign:` in Chinese, then `Means:` in English), a Weibo post translated paragraph by
paragraph, a bilingual certificate template, a graduation speech quoting Chinese followed by
`(translation: …)`, a travel blog quoting a menu board as a list with English after a dash, a
bilingual kettle manual (Chinese warning, English warning below) and a language-school Q&A with
the questions in Chinese and their English in italics.

Twenty-two half-translated pages, each a different layout, where the leftovers sit in the same
kinds of places without a translation: bilingual news where one Chinese paragraph has no English
counterpart and adds new facts, a residents' notice whose English translates only the first half
of the Chinese paragraph above it (the translated half is marked deliberate, the rest leftover),
inline sentence pairs where one Chinese sentence has no English and the next English sentence is
about something else, cooking-show subtitle cues where one cue has only its Chinese line, an idiom
table with one empty English cell, a publisher's list where one original title has no English
title anywhere, a Chinese headline above an English headline that says something different, a
company page with an untranslated slogan line, a hospital floor guide where two room names are
only in Chinese, lyrics whose last verse is Chinese only, a recipe with two steps left in Chinese,
a tai chi club page with an untranslated notice paragraph, a school infobox with untranslated
地址 / 电话 labels and address value, a pharmacy dialogue where the English line for one of the
pharmacist's lines is missing, a metro sign guide where one sign has no `Means:` line, a Weibo
post whose last paragraph is not translated, a training certificate with an untranslated issuer
line, a prize-day speech with one quotation left without translation, a dim sum menu board where
three items have no English, a heater manual where one warning is Chinese only, a hostel Q&A where
one question has no translation, and a machine-translated company news page whose footer keeps
地址 / 电话 / 邮编 lines in Chinese. Deliberate Chinese on those pages (the translated pairs around
the leftovers, a `中文` link, an ICP number, a company or school name given with its English) is
marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
only borrowed texts are a public-domain Tang quatrain (Wang Zhihuan) and classical sayings from
the Analects, the Chu Ci and Xunzi, all with new translations. The set was written BLIND on
2026-12-04: without reading mtmend's code, its tests, the other bench sets or their builders (only
bench/blind_set.py, the first 60 and last 30 lines of build_blind25.py as a model of the file
format, and `marked()` in build_detection_sets.py were read), and mtmend was never run on these
pages.

Rebuild: `python bench/build_blind33.py` from the repository root; it rewrites
bench/sets/detect33-deliberate.jsonl (ids d33d-NN) and bench/sets/detect33-leftovers.jsonl
(ids d33l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect33", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("news-en-para-then-zh-para", """
Riverside Library Opens a Night Reading Room
Bilingual edition: each English paragraph is followed by its Chinese translation.
Published December 4, 2026 | Reporter: Chen Lu ({D:记者：陈璐})

The Riverside District Library will keep its third-floor reading room open until 11 p.m. from December 15, the district culture office announced on Thursday.

{D:区文化办公室周四宣布，自12月15日起，滨江区图书馆三楼阅览室将开放至晚上11点。}

Librarians said the change answers a survey in which more than 1,200 students and shift workers asked for a quiet place to sit after evening classes and late shifts.

{D:图书馆员表示，这一调整回应了一项调查：超过1200名学生和倒班工人希望在夜课和晚班之后有一个安静的地方。}

Two staff members and a security guard will be on duty each night. Borrowing and returning books will still end at 9 p.m., but readers may stay on and use the desks, power sockets and free Wi-Fi.

{D:每晚将有两名工作人员和一名保安值班。借还书服务仍于晚上9点结束，但读者可以继续使用书桌、电源插座和免费无线网络。}

The trial will last three months. If the room is used by at least 80 people a night on average, the library plans to keep the late hours for good.

{D:试运行为期三个月。如果阅览室平均每晚使用人数不少于80人，图书馆计划将延长开放时间固定下来。}

Share this story | Print | Back to Local News
""")

dd("school-notice-zh-para-then-en-para", """
Hillcrest International School | Parent Portal | Notices

{D:关于更换冬季校服的通知}
Notice on Changing to Winter Uniform

{D:各位家长：根据天气预报，下周气温将明显下降。自12月9日（星期一）起，全体学生须穿冬季校服到校。请为孩子准备好校服外套和深色长裤，并在每件衣物上写好姓名和班级。}

Dear parents: According to the weather forecast, temperatures will drop sharply next week. From Monday, December 9, all students must come to school in winter uniform. Please have the uniform coat and dark trousers ready for your child, and write their name and class on every item.

{D:校服可在学校小卖部购买，营业时间为每天上午7:30至8:15及下午3:30至4:30。如有尺码问题，请联系班主任。}

Uniforms can be bought at the school shop, which is open every day from 7:30 to 8:15 a.m. and from 3:30 to 4:30 p.m. If you have any problem with sizes, please contact your child's class teacher.

{D:感谢您的理解与配合！}

Thank you for your understanding and cooperation!

{D:学生事务处}
Student Affairs Office
December 2, 2026
""")

dd("story-inline-zh-en-sentence-pairs", """
{D:老猫和灯笼} / The Old Cat and the Lantern
Graded reader, HSK 3 · Reading time: 4 minutes
Read each Chinese sentence first, then check yourself with the English sentence that follows it.

{D:从前，有一只老猫住在一家灯笼店里。} Once upon a time, an old cat lived in a lantern shop. {D:它每天晚上都坐在窗边，看着街上的行人。} Every evening it sat by the window and watched the people in the street.

{D:有一天，店主做了一只特别大的红灯笼。} One day, the shopkeeper made an especially large red lantern. {D:老猫觉得那只灯笼像一个月亮。} The old cat thought the lantern looked like a moon.

{D:晚上，风把灯笼吹得摇来摇去。} At night, the wind blew the lantern back and forth. {D:老猫跳上柜台，想把“月亮”抓住。} The old cat jumped onto the counter and tried to catch the "moon".

{D:灯笼没有掉下来，可是老猫掉进了一篮毛线里。} The lantern did not fall, but the old cat fell into a basket of wool. {D:店主笑了，把它抱起来，放回了窗边。} The shopkeeper laughed, picked it up and put it back by the window.

{D:从那以后，老猫只看月亮，再也不抓月亮了。} From then on, the old cat only looked at the moon and never tried to catch it again.

Word to remember: {D:灯笼} (dēnglong) – lantern
Next story: The Fox Who Counted Stars →
""")

dd("srt-cues-en-line-then-zh-line", """
The Last Train – Episode 3 (English dialogue, Chinese subtitles)
File: last_train_e03_bilingual.srt · UTF-8 · uploaded by the NightOwl subtitle team

1
00:01:02,300 --> 00:01:04,900
Are you sure this is the right station?
{D:你确定是这个车站吗？}

2
00:01:05,100 --> 00:01:08,000
The map says the last train leaves at midnight.
{D:地图上说末班车午夜发车。}

3
00:01:08,400 --> 00:01:10,200
Then we still have twenty minutes.
{D:那我们还有二十分钟。}

4
00:01:10,600 --> 00:01:12,800
Twenty minutes, and no umbrella.
{D:二十分钟，而且没有伞。}

5
00:01:13,300 --> 00:01:15,900
You could have checked the weather.
{D:你本来可以先看看天气预报的。}

6
00:01:16,200 --> 00:01:18,100
I did. It said sunny.
{D:我看了，上面说是晴天。}

7
00:01:19,500 --> 00:01:21,700
Look, the lights are coming. Get your ticket ready.
{D:看，灯光过来了。把票准备好。}
""")

dd("proverb-table-two-columns", """
# Ten Chinese Proverbs Every Learner Should Know

Proverbs come up in conversation, in films and in exam essays. Learn the Chinese on the left and the meaning on the right; the notes in brackets explain the picture behind each saying.

| Chinese | English meaning |
|---|---|
| {D:千里之行，始于足下} | A journey of a thousand miles begins under your feet. |
| {D:熟能生巧} | Practice turns into skill. |
| {D:入乡随俗} | When you enter a village, follow its customs. |
| {D:水滴石穿} | Dripping water wears through stone (patience wins). |
| {D:一寸光阴一寸金} | An inch of time is worth an inch of gold. |
| {D:亡羊补牢} | Mend the pen after a sheep is lost (it is not too late to fix things). |
| {D:画蛇添足} | Drawing feet on a snake (spoiling something by adding too much). |
| {D:对牛弹琴} | Playing the lute to a cow (talking to the wrong audience). |
| {D:塞翁失马} | The old man at the frontier lost his horse (a loss may turn out to be a blessing). |
| {D:百闻不如一见} | Hearing a hundred times is not as good as seeing once. |

Tip: pick one proverb a week and use it in your conversation class. Next week: ten proverbs about food.
""")

dd("book-list-originals-section-later", """
Winter Reading List: Five Novels in Translation
Eastgate Book Club · January to March 2027

All five are available in English at the city library and at Marlow's Books on Station Road. We meet on the last Thursday of each month at 7 p.m.

1. The Salt Road by Meng Qiao – a family of traders crosses the western deserts in the 1920s.
2. Rain on the Tin Roof by Lin Xia – three sisters share one small flat in a southern port city.
3. The Ferryman's Daughter by Zhou Yuan – a girl takes over her father's boat when the new bridge is being built.
4. A City Without Clocks by Tang Yiming – a strange comedy about a town that stops measuring time.
5. Letters from the Tea Hills by Su Wan – a novel told entirely in letters between two old school friends.

Original titles (for members who read Chinese):

1. {D:《盐路》} – {D:孟桥}
2. {D:《铁皮屋顶上的雨》} – {D:林夏}
3. {D:《摆渡人的女儿》} – {D:周远}
4. {D:《没有钟的城市》} – {D:唐一鸣}
5. {D:《茶山来信》} – {D:苏晚}

Questions? Write to the club secretary, Helen Marsh, at the library desk.
""")

dd("poem-zh-title-above-en-title", """
Poem of the Week

{D:登鹳雀楼}
On the Stork Tower
{D:王之涣} · Wang Zhihuan (688–742)

{D:白日依山尽，}
{D:黄河入海流。}
{D:欲穷千里目，}
{D:更上一层楼。}

The pale sun sinks where the mountains end,
the Yellow River runs on into the sea.
If you would see a thousand miles further,
climb one more storey of the tower.

Translation by the editor. Wang Zhihuan wrote this quatrain on a tower above the Yellow River in what is now Shanxi. The first two lines look down and out at a wide landscape; the last two turn it into advice that people still quote today: if you want to see more, you have to go higher. Notice how the Chinese lines pair up: sun with river, mountains with sea.

Next week: a spring poem by Meng Haoran.
""")

dd("blog-zh-headline-above-en-headline", """
{D:我在成都学做麻婆豆腐的一周}
My Week Learning to Cook Mapo Tofu in Chengdu
Posted by Sam Whitaker · November 28, 2026 · Food, Travel

I arrived in Chengdu with one goal: to stop making mapo tofu that tastes like tomato soup. A friend had booked me into a small cooking school above a vegetable market, five mornings in a row.

On day one our teacher made us smell everything before we were allowed to touch a wok. The chilli bean paste was deep red and salty, the ground Sichuan pepper made my lips tingle even before I tasted it.

Day two was all about the tofu. Soft tofu, she said, has to be simmered in salted water first so it does not fall apart later. Mine fell apart anyway.

By Thursday I could make a sauce that was glossy instead of oily. The trick was adding the starch in three small pours, not one big one.

On the last morning she tasted my dish, nodded once and handed me a little bag of pepper to take home. I am counting that as a diploma.

Recipe and shopping list coming in the next post. Comments are open below.
""")

dd("company-about-name-once-bilingual-slogan", """
About Us | Jinhe Precision Instruments

Jinhe Precision Instruments Co., Ltd. ({D:金禾精密仪器有限公司}) was founded in 2009 in Suzhou by three engineers who had worked together on laboratory balances.

Today we employ 420 people and make electronic balances, moisture analysers and calibration weights for laboratories, pharmacies and jewellers in more than forty countries.

Every instrument is calibrated twice: once on the production line and once in a separate quality room by a technician who did not build it. We keep the calibration record of each serial number for fifteen years.

Our slogan / {D:我们的口号}:
{D:精于毫厘，信于千里} — Precise to a hair's breadth, trusted a thousand miles away.

Our research centre in Hangzhou works with two universities on sensors for small-volume weighing. In 2025 we opened a service office in Rotterdam so that European customers can have instruments repaired without shipping them back to China.

Contact sales: sales@jinhe-instruments.example
Careers | News | Downloads | Privacy
""")

dd("museum-floor-guide-en-slash-zh", """
Lakeside City Museum — Floor Guide
Room names are given in English / Chinese. Lifts are next to the cloakroom on every floor.

Ground Floor
G1 Entrance Hall / {D:入口大厅}
G2 Tickets and Cloakroom / {D:售票处及衣帽间}
G3 Museum Shop / {D:博物馆商店}

First Floor
101 Neolithic Pottery / {D:新石器时代陶器}
102 Bronzes of the Shang and Zhou / {D:商周青铜器}
103 Jade Carving / {D:玉器雕刻}

Second Floor
201 Calligraphy and Painting / {D:书法与绘画}
202 Song Dynasty Ceramics / {D:宋代瓷器}
203 Temporary Exhibitions / {D:临时展览}

Third Floor
301 Children's Discovery Room / {D:儿童探索室}
302 Lecture Hall / {D:报告厅}
303 Rooftop Café / {D:屋顶咖啡厅}

Photography without flash is allowed in all rooms except 203. Audio guides in six languages are available at G2.
""")

dd("lyrics-en-line-then-zh-line", """
"Paper Boats" — bilingual lyrics
Words and music by the Greenway Youth Choir songwriting class, 2026. Each English line is followed by the Chinese line we sing to the same tune.

We folded boats from yesterday's news
{D:我们用昨天的报纸折成小船}
And set them down where the gutters run
{D:放在雨水流过的街边}
Each one was carrying a wish of ours
{D:每一只都载着我们的心愿}
Sailing away toward the setting sun
{D:向着落日慢慢漂远}

Float away, float away
{D:漂走吧，漂走吧}
Past the corner, past the school
{D:漂过街角，漂过学校}
If the rain keeps falling
{D:如果雨一直下}
You will reach the sea one day
{D:总有一天你会到达大海}

Now the street is dry and wide
{D:如今街道干燥又宽阔}
And we don't fold boats anymore
{D:我们也不再折纸船}
But when it rains I stand outside
{D:可是下雨的时候我站在门外}
And watch the water find the shore
{D:看着雨水流向岸边}
""")

dd("recipe-ingredients-zh-with-en-brackets", """
Grandma Liu's Red-Braised Pork
Family recipe · serves 4 · 1 hour 40 minutes

My grandmother wrote her shopping lists in Chinese, so I have kept her names for the ingredients and added the English in brackets for my cousins.

Ingredients
- 500 g {D:五花肉} (pork belly, skin on)
- 30 g {D:冰糖} (rock sugar)
- 2 tbsp {D:生抽} (light soy sauce)
- 1 tbsp {D:老抽} (dark soy sauce)
- 3 tbsp {D:料酒} (Shaoxing cooking wine)
- 4 slices {D:生姜} (fresh ginger)
- 2 {D:八角} (star anise)
- 3 {D:小葱} (spring onions), tied in a knot

Method
1. Cut the pork into 3 cm cubes, blanch for three minutes and rinse.
2. Melt the rock sugar in a little oil over low heat until it turns amber, then add the pork and stir until every piece is coated.
3. Add the ginger, star anise, spring onions, wine and both soy sauces, then pour in hot water until the pork is just covered.
4. Simmer with the lid on for one hour, stirring now and then.
5. Take off the lid and boil hard until the sauce is thick and shiny. Serve with plain rice.
""")

dd("kungfu-club-motto-then-translation-line", """
Golden Crane Kung Fu Club
Traditional Southern kung fu in Leeds since 1998

Our motto, painted above the door of the training hall:
{D:习武先习德}
"Before you train the body, train your character."

Head instructor Master Leung Wai-kit began training in Foshan at the age of nine. He teaches every class himself, helped by four senior students.

Classes
- Children (7–12): Tuesday and Thursday, 5:00–6:00 p.m.
- Adults, beginners: Monday and Wednesday, 7:00–8:30 p.m.
- Adults, advanced: Friday 7:00–9:00 p.m., by invitation
- Lion dance team: Saturday 10:00 a.m.–12:00 noon

Your first lesson is free. Wear loose clothes and bring water; shoes are not worn on the mats.

Gradings are held twice a year, in April and October. We do not enter students for competitions unless they ask to take part.

Address: Unit 4, Kirkstall Mill, Leeds · Tel. 0113 496 0123
""")

dd("university-infobox-native-name-motto", """
Jiangbei University of Science and Technology

| Jiangbei University of Science and Technology | |
|---|---|
| Native name | {D:江北科技大学} |
| Pinyin | Jiāngběi Kējì Dàxué |
| Motto | {D:厚德博学，求是创新} |
| Motto in English | "Great virtue and wide learning; seek truth and create anew" |
| Type | Public |
| Established | 1952 |
| President | Gao Wenbin |
| Students | 31,400 |
| Campus | Urban, 210 hectares |

Jiangbei University of Science and Technology (JUST) is a public research university. It began as a technical school for railway engineers and became a university in 1984.

The university has nineteen schools, the largest being civil engineering, materials science and computer science. About 2,100 international students from 80 countries are enrolled, most of them in taught master's programmes.

The main library holds 3.8 million volumes, including a collection of railway maps from the 1920s onwards.
""")

dd("learner-dialogue-zh-pinyin-en-lines", """
Lesson 12: Asking the Way
Listen to the audio, then read each line three times: Chinese, pinyin, English.

A: {D:请问，地铁站怎么走？}
Qǐngwèn, dìtiězhàn zěnme zǒu?
Excuse me, how do I get to the subway station?
B: {D:一直往前走，到第二个路口往左拐。}
Yìzhí wǎng qián zǒu, dào dì-èr gè lùkǒu wǎng zuǒ guǎi.
Go straight ahead and turn left at the second crossing.
A: {D:远不远？}
Yuǎn bu yuǎn?
Is it far?
B: {D:不远，走路大概五分钟。}
Bù yuǎn, zǒulù dàgài wǔ fēnzhōng.
Not far, about five minutes on foot.
A: {D:附近有没有便利店？}
Fùjìn yǒu méiyǒu biànlìdiàn?
Is there a convenience store nearby?
B: {D:有，就在地铁站对面。}
Yǒu, jiù zài dìtiězhàn duìmiàn.
Yes, right across from the subway station.
A: {D:太好了，谢谢你！}
Tài hǎo le, xièxie nǐ!
Great, thank you!
B: {D:不客气，慢走。}
Bú kèqi, màn zǒu.
You're welcome. Take care.
""")

dd("sign-guide-sign-then-means-line", """
Reading the Signs: A First-Timer's Guide
Part of our series "China Without a Phrasebook"

You will not need to read many characters to get around, but these eight signs turn up everywhere: in stations, parks, museums and shopping centres.

Sign: {D:小心地滑}
Means: Caution, slippery floor. Usually yellow, often next to a mop.
Sign: {D:禁止吸烟}
Means: No smoking. The fine is printed underneath in some cities.
Sign: {D:出口}
Means: Exit. In stations it is often followed by a letter, such as Exit B.
Sign: {D:请勿触摸}
Means: Please do not touch. Common in museums and temples.
Sign: {D:游客止步}
Means: No visitors beyond this point (staff only).
Sign: {D:售票处}
Means: Ticket office.
Sign: {D:当心落水}
Means: Beware of falling into the water. Seen beside lakes and canals.
Sign: {D:请排队}
Means: Please queue.

Next in the series: how to read a bus stop timetable.
""")

dd("weibo-post-zh-para-then-en-para", """
Weibo Watch: posts people are sharing this week
Translated by our team, paragraph by paragraph. Original author: @{D:爱喝茶的老周} ("Old Zhou Who Loves Tea")

{D:今天是巷子口那家老茶馆营业的最后一天。我在那里喝了十五年的茶，从上大学一直喝到现在。}
EN: Today is the last day of business for the old teahouse at the mouth of our alley. I have been drinking tea there for fifteen years, ever since university.

{D:老板说房租涨得太快，他年纪也大了，不想再换地方。}
EN: The owner says the rent has gone up too fast, and he is getting old and does not want to move somewhere else.

{D:最后一壶茶他没收钱，只让我们在墙上写一句话，留作纪念。}
EN: He did not charge us for the last pot of tea. He only asked each of us to write one sentence on the wall as a keepsake.

{D:我写的是：“谢谢你，让这条巷子有了味道。”}
EN: I wrote: "Thank you for giving this alley its flavour."

3,482 reposts · 1,109 comments · 12,056 likes
Why it went viral: many readers replied with photos of teahouses and noodle shops that had closed in their own neighbourhoods.
""")

dd("certificate-bilingual-template", """
Template 07 — Bilingual Certificate of Honour (A4, landscape)
Print on cream card. Fill in the blanks by hand in black ink; the school seal goes over the date.

{D:荣誉证书}
CERTIFICATE OF HONOUR

{D:兹授予} ____________ {D:同学}
This certificate is presented to ____________

{D:在2026年全市中学生英语演讲比赛中荣获} ________ {D:等奖。}
for winning ________ Prize in the 2026 City Secondary School English Speaking Contest.

{D:特发此证，以资鼓励。}
In recognition of this achievement.

{D:市教育局}
City Education Bureau

{D:二〇二六年十二月}
December 2026

{D:证书编号}: ____________ / Certificate No.: ____________

Notes for office staff: keep a copy of every filled certificate in the competition folder. Do not use correction fluid; print a new sheet if you make a mistake.
""")

dd("speech-zh-quotes-with-translation-parens", """
Address to the Graduating Class of 2026
Maple Grove Chinese Language School · delivered by Dr. Ruth Okafor, Head of Studies

Good afternoon, graduates, families and teachers.

When you started here, most of you could not write your own name in characters. Today some of you can read a newspaper, and a few of you can argue with me about grammar, which I take as a compliment.

On your first day I wrote a line from the Analects on the board: {D:学而不思则罔，思而不学则殆。} (translation: "Learning without thinking leaves you lost; thinking without learning leaves you in danger.") I hope you have done both.

Later we read another line that I think about whenever a student pretends to understand: {D:知之为知之，不知为不知，是知也。} (translation: "To say you know when you know, and to say you do not know when you do not: that is knowing.") Please keep asking questions. It is the most useful habit you have learned.

And finally, for those of you going on to university, a line from the poet Qu Yuan: {D:路漫漫其修远兮，吾将上下而求索。} (translation: "The road ahead is long and far; I will search for the way high and low.")

Congratulations to every one of you. Thank you.
""")

dd("travel-blog-menu-board-list-en-after-dash", """
Breakfast in Xi'an's Old Quarter
Travel diary, day 3 · by Priya & Tom

We found a tiny stall with a handwritten menu board and six stools. The owner let us photograph the board, so here it is, copied out, with what each dish turned out to be:

- {D:肉夹馍} — stewed pork chopped into a crisp flatbread, 12 yuan
- {D:凉皮} — cold wheat noodles with chilli oil, vinegar and cucumber, 10 yuan
- {D:羊肉泡馍} — mutton soup poured over bread you tear up yourself, 28 yuan
- {D:胡辣汤} — thick, peppery soup with beef balls and vegetables, 6 yuan
- {D:甑糕} — steamed sticky rice cake with red dates, 8 yuan
- {D:酸梅汤} — iced sour plum drink, 5 yuan

Tom tore his bread for the mutton soup far too big, and the owner's daughter came over to show him how small the pieces should be: about the size of a soybean.

The whole breakfast for two came to 57 yuan. We went back the next morning and the owner already knew our order.

Tomorrow: the city wall by bicycle.
""")

dd("manual-zh-warning-then-en-warning", """
Model KT-17 Electric Kettle — User Manual, Section 2
{D:安全注意事项} / Safety Precautions

Read this section before using the kettle for the first time. Each warning is printed in Chinese first and in English below it.

{D:警告：请勿在浴室或其他潮湿的地方使用本产品。}
WARNING: Do not use this product in a bathroom or any other damp place.

{D:注意：加水时不得超过最高水位线。}
CAUTION: Do not fill the kettle above the MAX line.

{D:警告：烧水时及刚烧完时请勿触摸壶身，以免烫伤。}
WARNING: Do not touch the body of the kettle while the water is boiling or just after, to avoid burns.

{D:注意：清洁前请先拔下电源插头，并等待水壶完全冷却。}
CAUTION: Unplug the kettle and let it cool down completely before cleaning.

{D:警告：儿童必须在成人监护下使用本产品。}
WARNING: Children may use this product only under adult supervision.

{D:注意：请勿将底座浸入水中。}
CAUTION: Never put the base in water.

Section 3: First use and descaling →
""")

dd("qa-zh-question-en-italic", """
Frequently Asked Questions — Bridgeway Mandarin Centre
Many of our enquiries arrive in Chinese from parents, so each question is shown as it was asked, with the English in italics.

**Q1. {D:你们的课程适合零基础的学生吗？}**
*Are your courses suitable for complete beginners?*
A: Yes. Our Starter course assumes no Chinese at all and begins with pinyin and tones.

**Q2. {D:一个班有多少个学生？}**
*How many students are there in a class?*
A: No more than eight in group classes, so everyone speaks in every lesson.

**Q3. {D:可以先试听一节课吗？}**
*Can I attend a trial lesson first?*
A: Of course. Trial lessons are free and last 45 minutes; book one on the Contact page.

**Q4. {D:如果我缺课了怎么办？}**
*What happens if I miss a class?*
A: You can join another group at the same level that week, or watch the recording of your own class.

**Q5. {D:学费可以分期付吗？}**
*Can the fees be paid in instalments?*
A: Yes, in three payments per term at no extra cost.
""")


# ---------------------------------------------------------------- leftovers

ll("news-bilingual-one-zh-para-without-en", """
Xiaohe Bridge Reopens After Eight Months of Repairs
Bilingual edition · December 3, 2026

The Xiaohe Bridge reopened to traffic on Monday after eight months of repairs, the city transport bureau said.

{D:市交通局表示，经过八个月的维修，小河大桥于周一恢复通车。}

Engineers replaced the road surface of the bridge and strengthened two piers that were damaged in last year's floods.

{D:工程人员更换了桥面，并加固了去年洪水中受损的两座桥墩。}

{L:据悉，大桥夜间将实行每小时四十公里的限速，货车须绕行南环路，违者将被处以两百元罚款。}

Buses on routes 5 and 12 will return to their usual stops from Wednesday.

{D:5路和12路公交车将从周三起恢复原有站点。}

The bureau thanked residents for their patience during the works and said a footpath on the east side would open by the end of the month.

{D:市交通局感谢市民在施工期间的耐心，并表示大桥东侧的人行道将于月底前开放。}

Related: Winter road safety checks begin next week | Ring road roadworks map
""")

ll("notice-zh-para-en-translates-first-half", """
Greenfield Garden Residential Community
Property Management Office · Notice No. 2026-31

{D:各位业主、住户：因市政供水管道检修，本小区将于12月10日上午8点至下午6点停水。请大家提前储水，并关好家中水龙头。}{L:另外，地下车库将于12月12日起封闭三天进行清洗，请车主在11日晚上10点前将车辆移至地面停车场，逾期未移走的车辆将由物业拖离，费用自理。}

Dear owners and residents: Because of maintenance on the municipal water pipes, the water supply in our community will be cut off from 8 a.m. to 6 p.m. on December 10. Please store water in advance and make sure all taps at home are turned off.

{D:停水期间，物业将在东门和西门各放置一台临时供水车，供居民取用。}

During the interruption, the management office will place a temporary water truck at both the east gate and the west gate for residents' use.

{D:给您带来的不便，敬请谅解。}

We apologise for any inconvenience.

{D:物业服务中心}
Property Service Centre
Tel. 0571-8620-3344 (24 hours)
December 5, 2026
""")

ll("inline-pairs-one-zh-sentence-no-en", """
My Chinese Diary — Week 14
I write the Chinese sentence first and my English right after it, so my tutor can check both.

{D:上周五下了一整天的大雨。} Last Friday it rained heavily all day. {D:我在公交车上看到一把黑色的雨伞。} On the bus I saw a black umbrella lying on a seat.

{D:没有人说那是他们的。} Nobody said it was theirs. {D:我把雨伞交给了司机。} I gave the umbrella to the driver. {L:司机告诉我，失物要送到总站的办公室，那里只有每周一和周四下午才开门。} A woman at the back of the bus was singing quietly to her baby. {D:车上的人都安静下来听她唱。} Everyone on the bus went quiet to listen to her.

{D:第二天，我在车站又看见了那把伞。} The next day I saw the umbrella again at the bus stop. {D:一位老人拿着它，对我笑了笑。} An old man was holding it, and he smiled at me.

{D:我不知道他是怎么找回来的。} I don't know how he got it back. {D:但是我很高兴。} But I was very happy.

Tutor's comment: Very good! Watch the word order in your time phrases.
New words this week: umbrella, driver, to smile
""")

ll("srt-cues-one-cue-zh-only", """
Home Kitchen with Auntie Fang – Episode 21: Scallion Pancakes
Subtitles: Chinese line, then English line · fan translation

1
00:00:03,000 --> 00:00:05,400
{D:欢迎回到我们的厨房。}
Welcome back to our kitchen.

2
00:00:05,800 --> 00:00:08,200
{D:今天我们来做葱油饼。}
Today we're making scallion pancakes.

3
00:00:09,000 --> 00:00:12,100
{D:先把面粉和温水混合，揉成光滑的面团。}
First, mix the flour with warm water and knead it into a smooth dough.

4
00:00:12,600 --> 00:00:15,000
{D:面团要醒二十分钟。}
The dough needs to rest for twenty minutes.

5
00:00:15,500 --> 00:00:19,800
{L:如果家里没有猪油，也可以用花生油代替，不过香味会淡一点。}

6
00:00:20,300 --> 00:00:23,000
{D:然后撒上葱花，卷起来，再压扁。}
Then sprinkle on the scallions, roll it up and press it flat.

7
00:00:23,500 --> 00:00:26,900
{D:小火慢慢煎到两面金黄。}
Fry slowly over low heat until both sides are golden.
""")

ll("idiom-table-one-empty-en-cell", """
# Idiom Flashcards: Set 4 (Animals)

Cover the right-hand column and try to give the meaning of each four-character idiom. Answers are in the second column.

| Idiom | Meaning |
|---|---|
| {D:一石二鸟} | One stone, two birds (to get two results with one action). |
| {D:守株待兔} | To wait by a tree stump for a hare (to wait for luck instead of working). |
| {D:井底之蛙} | A frog at the bottom of a well (someone with a very narrow view). |
| {L:杯弓蛇影} | |
| {D:狐假虎威} | The fox borrows the tiger's fierceness (to bully others with someone else's power). |
| {D:马到成功} | Success the moment the horse arrives (instant success). |
| {D:对牛弹琴} | To play the lute to a cow (to talk to people who cannot understand). |
| {D:画龙点睛} | To dot the eyes of a painted dragon (the finishing touch that brings a work to life). |

Download this set as printable cards (PDF, 2 pages) · Next set: numbers
""")

ll("title-list-extra-original-without-en", """
Spring 2027 Translations — Harbourlight Press

This season we publish four new translations from Chinese. Advance copies are available to reviewers and booksellers on request.

1. The Lamp-Maker's Apprentice by Gu Chen, translated by Nora Ellis — a boy in a river town learns a dying craft.
2. Eleven Winters by He Jia, translated by Daniel Park — a quiet novel about a weather station in the far north.
3. The Night Market Detective by Fang Rui, translated by Claire Dunn — a food stall owner solves crimes between customers.
4. Small Mountains by Wen Shu, translated by Lucy Hart — linked stories about a village school.

Original titles:

1. {D:《做灯人的学徒》} – {D:顾辰}
2. {D:《十一个冬天》} – {D:何佳}
3. {D:《夜市侦探》} – {D:方锐}
4. {D:《小山》} – {D:温舒}
5. {L:《河流尽头的小镇》} – {L:许青}

Rights enquiries: rights@harbourlight.example · Catalogue (PDF)
""")

ll("zh-headline-above-different-en-headline", """
{L:滨河市场周末摊位申请下周一截止，逾期不再受理}
Riverside Market Adds Weekend Stalls for Local Farmers
Community News · December 4, 2026

Riverside Market will open an extra row of stalls on Saturdays and Sundays from January, giving local farmers a place to sell directly to shoppers.

The market committee said the twenty new stalls will be set aside for growers from the three villages north of the river. Each stall will be covered and will have access to electricity and running water.

"Farmers have told us for years that the weekday market is too busy with traders from outside the city," said committee chair Liu Min. "This gives them a day of their own."

Stall holders will pay a reduced rent for the first six months. The market will also add a small car park on the old bus depot site so that farmers can unload close to their stalls.

Shoppers can expect seasonal vegetables, eggs, honey and rice, as well as a few stands selling cooked food.

More Community News | Subscribe to the weekly newsletter
""")

ll("company-page-untranslated-slogan-line", """
About Hengyuan | Hengyuan Packaging Materials

Hengyuan Packaging Materials Co., Ltd. ({D:恒远包装材料有限公司}) was established in 2004 in Dongguan. We produce corrugated cartons, paper honeycomb boards and moulded pulp trays.

Our two factories cover 56,000 square metres and run eleven production lines. In 2025 we shipped more than 90 million cartons to customers in electronics, furniture and food.

{L:绿色包装，服务全球，与客户共同成长}

Since 2020, all our cartons have been made from at least 70% recycled fibre. Our moulded pulp trays replace plastic foam for several well-known appliance brands.

We hold ISO 9001 and ISO 14001 certificates, and our laboratory tests every batch for compression strength and moisture.

Customers can visit our showroom in Dongguan from Monday to Saturday. Please book two days in advance.

Products | Sustainability | Contact us | {D:中文}
""")

ll("hospital-floor-guide-two-rooms-zh-only", """
Ninth People's Hospital — Outpatient Building Floor Guide
Department names are shown in English / Chinese. Please take a queue ticket at the registration desk first.

1F
Registration and Payment / {D:挂号收费处}
Pharmacy / {D:药房}
Emergency / {D:急诊科}

2F
Internal Medicine / {D:内科}
Paediatrics / {D:儿科}
{L:输液室}

3F
Surgery / {D:外科}
Radiology / {D:放射科}
{L:体检中心}

4F
Ophthalmology / {D:眼科}
Ear, Nose and Throat / {D:耳鼻喉科}
Dentistry / {D:口腔科}

Lifts are on the left of the main entrance. Wheelchairs can be borrowed at the information desk on 1F free of charge.
Outpatient hours: Monday to Saturday, 8:00 a.m. to 12:00 noon and 1:30 to 5:00 p.m. The emergency department is open 24 hours a day, every day of the year.
""")

ll("lyrics-last-verse-zh-only", """
"Night Bus" — lyrics with translation
From the album Small Hours (2026). English lines with the Chinese version sung on the bilingual single.

The night bus hums along the bridge
{D:夜班车沿着大桥轻轻地响}
The driver knows my stop by heart
{D:司机早已记住我下车的地方}
I lean my head against the glass
{D:我把头靠在玻璃窗上}
And watch the city lights drift apart
{D:看着城市的灯光慢慢散开}

A girl is sleeping on her bag
{D:一个女孩枕着背包睡着了}
A man is counting coins again
{D:一个男人又在数着硬币}
We never speak, we never wave
{D:我们从不说话，也从不挥手}
But we are almost something like friends
{D:但我们几乎算是朋友}

{L:终点站到了，灯一盏一盏熄灭}
{L:我走下车，听见自己的脚步}
{L:明天晚上还是这班车}
{L:还是这条回家的路}

The band wrote the song after a winter of late shifts at a bakery, riding the same night bus home every evening. Vote for it in the listeners' chart before Sunday.
""")

ll("recipe-two-steps-left-zh", """
Tomato and Egg Stir-Fry (Home Style)
Prep 10 min · Cook 8 min · Serves 2

This is the first dish many Chinese children learn to cook. It takes less than twenty minutes and goes well with rice or noodles.

Ingredients
- 3 ripe tomatoes ({D:西红柿})
- 4 eggs
- 2 spring onions, chopped
- 1 tsp sugar
- 1/2 tsp salt
- 2 tbsp cooking oil

Steps
1. Cut the tomatoes into wedges and beat the eggs with a pinch of salt.
2. {L:锅里倒油烧热，倒入蛋液，炒到刚刚凝固就盛出来。}
3. Add a little more oil and stir-fry the tomatoes over medium heat until they soften and give off their juice.
4. {L:加一小勺糖和半小勺盐，如果太干可以加两勺清水。}
5. Return the eggs to the wok, stir for thirty seconds, sprinkle with the spring onion and serve at once.

Tip: very ripe tomatoes give the best sauce. In winter, a spoonful of tomato paste helps.
""")

ll("taichi-club-untranslated-notice-paragraph", """
Willow Park Tai Chi Association
Yang-style tai chi for all ages · founded 2011

Our motto:
{D:以柔克刚}
"Softness overcomes hardness."

We practise in the open air in Willow Park every morning, and indoors at the Eastside Sports Hall on weekday evenings. Beginners are always welcome; you do not need to book.

Notice
{L:通知：由于体育馆维修，十二月份周三晚上的课程改到社区活动中心二楼，时间不变。请大家互相转告，并带好自己的水杯。}

Timetable
- Daily, 7:00–8:00 a.m.: Willow Park, by the lake pavilion
- Monday and Wednesday, 7:30–9:00 p.m.: Eastside Sports Hall
- Saturday, 9:30–11:00 a.m.: sword form (intermediate)

Membership is 40 pounds a year and covers all sessions. Please wear flat, soft shoes.

Contact: Mrs. Cheung, 07700 900 456
""")

ll("school-infobox-untranslated-address-phone", """
Meilin Experimental Middle School

| Meilin Experimental Middle School | |
|---|---|
| Native name | {D:梅林实验中学} |
| Type | Public secondary school |
| Established | 1958 |
| Principal | Zhou Hong |
| Students | about 2,400 |
| Grades | 7–12 |
| {L:地址} | {L:江苏省南京市西岭区梅林路118号} |
| {L:电话} | 025-5288-1234 |
| Website | mlsy.example.cn |

Meilin Experimental Middle School is a public secondary school. It was founded in 1958 as a school for the children of railway workers and became an "experimental school" in 1993, when it began trial programmes in science teaching.

The school is known for its student orchestra and its robotics club, which has taken part in national competitions since 2012.

Students board from Monday to Friday. The campus has two dormitory buildings, a library and an indoor swimming pool opened in 2019.
""")

ll("pharmacy-dialogue-one-en-line-missing", """
Survival Chinese, Unit 7: At the Pharmacy
Each Chinese line is followed by its English. Practise with a partner, then swap roles.

Customer: {D:你好，我有点儿感冒，嗓子很疼。}
Hello, I have a bit of a cold and my throat really hurts.
Pharmacist: {D:发烧吗？}
Do you have a fever?
Customer: {D:不发烧，就是咳嗽。}
No fever, just a cough.
Pharmacist: {D:这种药一天吃三次，每次两片，饭后吃。}
Take this medicine three times a day, two tablets each time, after meals.
Customer: {D:需要吃几天？}
How many days do I need to take it?
Pharmacist: {L:先吃三天，如果还不好，最好去医院看看。这几天别喝酒，也别吃辣的。}
Customer: {D:好的，一共多少钱？}
OK, how much is it altogether?
Pharmacist: {D:二十八块五。}
Twenty-eight yuan fifty.

Exercise: Change the symptoms (headache, stomach ache) and act the dialogue again.
""")

ll("metro-sign-guide-one-sign-without-means", """
Metro Signs Explained
A quick guide for visitors using the city metro for the first time.

Most stations have English on the main signs, but smaller notices are often in Chinese only. Here are the ones we were asked about most.

Sign: {D:进站}
Means: Way in to the platforms, through the ticket gates.
Sign: {D:出站}
Means: Way out. Look for the exit letter underneath.
Sign: {D:换乘}
Means: Transfer to another line.
Sign: {L:末班车已过，请乘坐夜间公交}
Sign: {D:无障碍电梯}
Means: Lift for wheelchairs and pushchairs.
Sign: {D:安检}
Means: Security check. Bags go through the X-ray machine.
Sign: {D:充值}
Means: Top up your travel card.

Remember that the metro closes shortly before midnight on most lines.
""")

ll("weibo-post-last-para-not-translated", """
Weibo Watch: the marathon post everyone is cheering for
Translated paragraph by paragraph (English in italics). Author: @{D:慢跑的小林} ("Xiao Lin the Slow Runner")

{D:第一次跑完全程马拉松！四小时五十二分，虽然很慢，但是我做到了。}
*My first full marathon, finished! Four hours and fifty-two minutes. It was slow, but I did it.*

{D:三十公里以后腿特别疼，是路边一位阿姨递给我的一块橘子让我坚持了下来。}
*After 30 km my legs hurt terribly. A slice of orange that an auntie handed me by the roadside kept me going.*

{D:到终点的时候，我妈妈在栏杆外面哭得比我还厉害。}
*When I reached the finish, my mum was crying behind the barrier even harder than I was.*

{L:明年我打算报名参加山地越野赛，有没有一起训练的朋友？每周六早上六点在江边集合，风雨无阻。}

5,210 reposts · 2,877 comments · 46,300 likes
""")

ll("certificate-untranslated-issuer-line", """
Certificate of Completion — Community First Responder Course
Sample of the certificate given to every participant who passes the final assessment.

{D:结业证书}
CERTIFICATE OF COMPLETION

{D:兹证明} ____________ {D:参加了“社区急救员”培训课程，共计四十学时，考核合格，准予结业。}
This is to certify that ____________ has completed the 40-hour Community First Responder training course and passed the final assessment.

{D:培训内容：心肺复苏、自动体外除颤器使用、创伤包扎、窒息急救。}
Course content: CPR, use of an AED, wound dressing, first aid for choking.

{L:颁发单位：东城区红十字会培训中心（盖章）}

{D:日期：2026年12月}
Date: December 2026

{D:证书编号}: DC-2026-____ / Certificate No.: DC-2026-____

The certificate is valid for two years. Holders should take a four-hour refresher course before it expires.
""")

ll("speech-one-quote-without-translation", """
Prize Day Speech, Northfield Academy
Delivered by the Principal, Mr. David Chen, December 2026

Good evening, students, parents and guests.

This year our theme has been the essay "Encouragement to Learn" by the philosopher Xunzi, which our senior class read in the original.

Xunzi begins with a picture I love: {D:青，取之于蓝，而青于蓝。} (translation: "Blue dye is taken from the indigo plant, yet it is bluer than the plant.") Teachers hope, every year, that their students will turn out bluer than they are.

He also says: {D:锲而不舍，金石可镂。} (translation: "Keep carving without stopping, and even metal and stone can be engraved.") Several of tonight's prize winners did exactly that, working on one project for the whole year.

And one more line that our debating team chose as their motto this term: {L:不积跬步，无以至千里。}

Tonight we also thank Mrs. Patel, who retires after thirty-one years of teaching chemistry here. Her laboratory will be named after her from January.

Congratulations to all our prize winners, and thank you to the parents who came to support them.
""")

ll("menu-board-three-items-no-en", """
Dim Sum in Guangzhou: Our Favourite Teahouse
Travel diary, day 6 · by Priya & Tom

The morning rush starts at seven. We shared a table with two retired teachers who helped us order from the menu board on the wall. Here is the board as far as we could translate it:

- {D:虾饺} — shrimp dumplings in a see-through wrapper, 22 yuan
- {D:烧卖} — open pork and mushroom dumplings, 18 yuan
- {L:豉汁蒸凤爪}, 16 yuan
- {D:叉烧包} — fluffy buns filled with barbecue pork, 15 yuan
- {L:鲜竹卷}, 20 yuan
- {D:肠粉} — rice noodle rolls with sweet soy sauce, 14 yuan
- {L:流沙包}, 15 yuan
- {D:马拉糕} — soft steamed sponge cake, 12 yuan

Tea is charged per person, 8 yuan, and the waiter refills the pot if you leave the lid tilted.

Our new friends ordered far too much and insisted we finish it. We did not need lunch that day.

Tomorrow: a ferry along the Pearl River.
""")

ll("manual-one-warning-zh-only", """
Model NH-200 Oil-Filled Radiator Heater — Safety Information
{D:安全须知} / Safety Notes

Please read all the warnings below. Each is printed in Chinese with the English version underneath.

{D:警告：请勿在加热器上覆盖衣物或毛巾。}
WARNING: Do not cover the heater with clothes or towels.

{D:警告：使用时与窗帘、家具等易燃物品保持至少一米的距离。}
WARNING: Keep the heater at least one metre from curtains, furniture and other flammable objects.

{L:警告：本产品不得与其他大功率电器共用一个插座，请勿使用延长线。}

{D:注意：移动加热器前请关闭电源并等待其冷却。}
CAUTION: Switch off the heater and let it cool before moving it.

{D:注意：长期不用时，请拔下电源插头。}
CAUTION: Unplug the heater if it will not be used for a long time.

For servicing, contact an authorised repair centre. Do not open the casing: it contains sealed oil.
""")

ll("hostel-qa-one-question-untranslated", """
Guest FAQ — Old Town Courtyard Hostel
Most of our guests write to us in Chinese, so we show each question as it was asked with the English in italics underneath.

**{D:入住时间是几点？}**
*What time is check-in?*
Check-in is from 2 p.m. If you arrive earlier, you can leave your bags and explore the old town.

**{D:可以寄存行李吗？}**
*Can I store my luggage?*
Yes, free of charge for up to seven days in our locked storeroom.

**{L:房间里有没有吹风机和拖鞋？如果没有，前台可以借吗？}**
Please ask the front desk. Some items need a small deposit.

**{D:附近有地铁站吗？}**
*Is there a subway station nearby?*
Yes, Gulou station (Line 2) is a six-minute walk from the hostel.

**{D:可以提前退房吗？}**
*Can I check out early?*
Yes, but nights already paid for cannot be refunded.

Still have questions? Message us on WeChat or email stay@courtyard.example.
""")

ll("mt-company-news-footer-address-phone-postcode", """
Home > News Center > Company News

Haitong Valve Holds Winter Safety Training for All Employees

On December 2, Ningbo Haitong Valve Co., Ltd. organised a winter safety training session for all employees in the company's second-floor conference room. More than 160 people from the production, warehouse and logistics departments took part.

The training was given by instructors from the district fire brigade. They explained the main causes of fires in factories in winter, demonstrated the use of fire extinguishers and fire hoses, and led an evacuation drill.

The general manager stressed that safety is the foundation of the company's development and asked every department to check its equipment and escape routes once a week during the winter.

Previous: Company wins municipal quality award | Next: Notice on New Year holiday arrangements

{D:中文} | English
Copyright © 2026 Ningbo Haitong Valve Co., Ltd. All rights reserved.
{L:地址：浙江省宁波市鄞州区天童南路588号}
{L:电话}：0574-8765-4321
{L:邮编}：315100
{D:浙ICP备18023456号-1}
""")

if __name__ == "__main__":
    SET.build()
