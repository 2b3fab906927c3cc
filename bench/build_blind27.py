"""Build bench/sets/detect27-*.jsonl: a held-out, hand-written detection set ("detect27").

Twenty-two English pages that contain Chinese on purpose, one of each kind: a recipe blog whose
shopping list names every ingredient in characters for the Asian supermarket, an academic CV
listing publications with the Chinese titles in brackets after the English ones, a game wiki page
with skill names in a Markdown table, a travel itinerary with hotel, sight and station names in
characters for taxi drivers, a learners' forum thread about measure words quoted inside English
sentences, a social-media roundup quoting Weibo posts with translations, a song anthology with
each Chinese lyric line followed by its English line, a kung fu school page with its motto in
traditional characters, the 24 tai chi forms as `English name: Chinese name`, a real-estate
glossary, an auction catalogue entry quoting a poem inscription, a date line and seals, a tattoo
studio's warning page about wrong characters, a bilingual picture book (English sentence, then
Chinese sentence, line by line), a language school timetable as a Markdown table with Chinese and
English course names, a temple visit guide with couplets and plaques translated, a wedding
programme with bilingual vows, a bilingual business card template, a university course page
listing classical texts in 《》 title marks, a translation blog comparing two versions of a Wang
Wei couplet, a learners' dialogue with pinyin under each Chinese line and English after it, a
name-meaning page explaining a given name character by character, and an app's bilingual release
notes (English section, then a Chinese section).

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a city government notice with a Chinese print-page/close-window row, a school admissions fee table
with rows and notes untranslated, a hospital department page with doctors' titles and specialties
left in Chinese, a factory "About us" whose Chinese paragraph says other things than the English
ones, shop reviews half untranslated, a tourism gallery whose Chinese captions describe other
scenes than the English captions, one untranslated sentence in the middle of a sports report's
paragraph, a news page with `来源：` and `编辑：` lines, a forum mirror with Chinese signatures, a
humidifier manual whose safety warnings are partly Chinese, a smart-home expo with exhibitor
categories in Chinese, a water-supply notice with Chinese contact lines, an alumni profile quoting
an unexplained Chinese sentence, a baking blog with Chinese gambling spam injected between
paragraphs, a WeChat mirror with 点击上方蓝字关注我们 and 长按识别二维码, a forum report whose
Chinese headline stands above an English lead that does not translate it, a standing-committee
report whose clauses after commas stay Chinese, a tender announcement with a Chinese table header
and cells, a library's Chinese opening-hours lines, a police anti-fraud notice half in Chinese, a
museum's partly untranslated visitor rules, and a recruitment notice with Chinese job
requirements. Deliberate Chinese on those pages (a `中文` link, an ICP number) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
only quoted texts are public-domain classical poems (Zheng Xie, Wang Wei), with new translations.
The set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, the first 60 and last 30 lines of
build_blind25.py as a model of the file format, and `marked()` in build_detection_sets.py were
read), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind27.py` from the repository root; it rewrites
bench/sets/detect27-deliberate.jsonl (ids d27d-NN) and bench/sets/detect27-leftovers.jsonl
(ids d27l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect27", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("recipe-shopping-list-zh", """
Home-Style Red-Braised Pork Belly | The Tuesday Wok
Posted by Maggie · 14 comments

My mother-in-law made this every Sunday, and it took me three winters to get the sauce glossy instead of burnt. If you shop at an Asian supermarket, the staff may not know the English names, so I have put the Chinese next to everything you need to find. Screenshot the list or show it on your phone.

Shopping list (serves 4)
- 600 g skin-on pork belly – ask the butcher for {D:五花肉}, cut into 3 cm cubes
- 30 g rock sugar – the yellow lumps sold as {D:冰糖}; white sugar works but looks duller
- 2 tbsp light soy sauce – {D:生抽}
- 1 tbsp dark soy sauce – {D:老抽}, which is mostly there for colour
- 3 tbsp Shaoxing rice wine – look for {D:绍兴黄酒}, or the cheaper cooking version labelled {D:料酒}
- 2 star anise – {D:八角}
- 1 small piece of cassia bark – {D:桂皮}
- 2 bay leaves – {D:香叶}
- a thumb of ginger ({D:姜}) and 3 spring onions ({D:葱})

Method
1. Put the pork in cold water, bring it to the boil, skim off the grey foam, then drain and pat dry.
2. Melt the rock sugar in a tablespoon of oil over low heat until it turns the colour of strong tea. Do not walk away; it goes from amber to bitter in seconds.
3. Add the pork and stir until every piece is coated, then add the ginger, spring onion and spices.
4. Pour in the wine and both soy sauces, add hot water to just cover, and simmer with the lid on for an hour.
5. Take the lid off and boil hard for the last ten minutes, turning the cubes, until the sauce clings.

Tip from the comments: a reader in Leeds says her shop labels dark soy as "superior" soy. If in doubt, check that the bottle says {D:老抽} and not {D:生抽}.
""")

dd("cv-publications-zh-titles-in-brackets", """
Dr. Hannah Okafor-Liu — Curriculum Vitae
Department of Geography, University of Northbridge · Updated November 2026

Research interests
Groundwater recharge, soil erosion on the Loess Plateau, rural water governance.

Education
PhD in Physical Geography, Beijing Normal University, 2018
MSc in Hydrology, University of Northbridge, 2013

Selected publications (articles in Chinese are listed with the original title in brackets)
1. Okafor-Liu, H., Zhang, Q. (2025). Check dams and deep soil moisture on the Loess Plateau [{D:淤地坝对黄土高原深层土壤水分的影响}]. Acta Geographica Sinica ({D:地理学报}), 80(4), 911–926.
2. Okafor-Liu, H. (2023). Who looks after the village well? Evidence from Gansu [{D:谁来管理村里的水井？来自甘肃的证据}]. Rural Economy ({D:农村经济}), 12, 45–53.
3. Wang, L., Okafor-Liu, H. (2022). Rainfall thresholds for gully erosion in small catchments. Catena, 214, 106–118.
4. Okafor-Liu, H., Chen, Y., Ma, J. (2020). Tracing groundwater recharge with stable isotopes in a small catchment [{D:利用稳定同位素示踪小流域地下水补给}]. Journal of Hydraulic Engineering ({D:水利学报}), 51(7), 802–813.
5. Okafor-Liu, H. (2019). Terracing programmes and their hydrological effects: a review. Land Degradation & Development, 30, 1520–1533.

Grants
Early Career Fellowship (2021–2024): "Small dams, long memories", £248,000

Teaching
GEOG 2104 Hydrology in the Field; GEOG 3320 Environmental Change in East Asia

Invited talks
"Why farmers stopped repairing the terraces", Institute of Soil and Water Conservation, Yangling, May 2025
"Counting drops: isotopes and the politics of water data", Water Futures seminar, London, February 2024

Service
Associate editor, Hydrology Research (2023–); reviewer for Water Resources Research, Catena and {D:地理研究} (Geographical Research)

Languages
English (native), Mandarin Chinese (professional working proficiency), Yoruba (conversational)
""")

dd("game-wiki-skill-table", """
Lan Qiu – Skills | Jade Mountain Chronicles Wiki
Edit · History · Talk

Lan Qiu is a swordswoman of the Azure Peak sect and one of the four starting characters. The international release gave her skills English names, but many players on the global servers still call them by their original names, so both are listed below. The game itself uses the simplified characters shown here.

Passive
Cold Blade Heart ({D:寒锋心}) – every critical hit shortens the cooldown of her next skill by 0.5 s.

Active skills
| Slot | English name | Original name | Effect |
|---|---|---|---|
| 1 | Azure Edge Strike | {D:青锋斩} | A forward slash dealing 120% attack damage. |
| 2 | Traceless Snow Step | {D:踏雪无痕} | Dash 6 m; the next attack within 3 s cannot be dodged. |
| 3 | Falling Plum Blossoms | {D:落梅式} | Three quick thrusts, each applying one stack of Chill. |
| 4 | Heart of the Still Lake | {D:止水心法} | Channel for 2 s to heal 15% of maximum health. |
| Ultimate | Ten Thousand Swords Return | {D:万剑归宗} | Summons a ring of blades that strikes every enemy within 8 m. |

Trivia
- {D:踏雪无痕} literally means "treading on snow without leaving a trace", a stock phrase in martial-arts novels for very light footwork.
- In patch 2.3 the ultimate was briefly renamed "Sword Rain" in English. Players complained and the old name came back a week later.
- Her idle voice line, {D:剑在人在}, is rendered in the English dub as "While I live, so does my sword."

See also: Azure Peak sect · Chill (status effect) · Character tier list
""")

dd("itinerary-taxi-names", """
Sichuan in Six Days – Itinerary for the Marsh family
Prepared by Lotus Path Travel, 2 April 2027

Please show the Chinese names below to taxi drivers. Most of them will not recognise the English names of hotels and stations, and many cannot read pinyin either.

Day 1 – Arrive in Chengdu
Your flight lands at Tianfu International Airport ({D:天府国际机场}) at 15:40. Your guide, Ms Tang, will meet you at Exit 4.
Hotel: Jinlong Garden Hotel – {D:金龙花园酒店，成都市青羊区少城路18号}

Day 2 – Pandas and tea
Morning at the Giant Panda Breeding Research Base ({D:成都大熊猫繁育研究基地}); go early, the pandas sleep after 11.
Afternoon tea in People's Park ({D:人民公园}), then free time.

Day 3 – Train to Leshan
Depart from Chengdu East Station ({D:成都东站}), arrive at Leshan Station ({D:乐山站}) about an hour later. Visit the Leshan Giant Buddha ({D:乐山大佛}).
Hotel: Jiazhou Riverview Inn – {D:嘉州江景宾馆}

Day 4 – Mount Emei
Drive to Mount Emei ({D:峨眉山}) and Baoguo Temple ({D:报国寺}). Overnight at Cloud Rest Guesthouse – {D:云栖山居客栈}.

Day 5 – Back to Chengdu
Evening stroll in the Wide and Narrow Alleys ({D:宽窄巷子}). Same hotel as Day 1.

Day 6 – Departure
Taxi to the airport at 09:00. If you get lost at any point, show this sentence: {D:请带我去这个地址。} ("Please take me to this address.")
Emergency contact: Ms Tang, +86 138 0000 5521
""")

dd("forum-measure-words-thread", """
Learners' Forum » Grammar Corner » Why is a table "zhang" but a chair "ba"?

maple_syrup_88 wrote:
I've been learning Mandarin for eight months and measure words are driving me mad. My textbook says {D:一张桌子} for "a table" but {D:一把椅子} for "a chair". They're both furniture! Is there any logic, or do I just memorise?

laoshi_Ren (tutor) wrote:
There is more logic than it looks. {D:张} goes with things that have a flat surface spread out: {D:一张纸}, {D:一张床}, {D:一张照片}. A table counts because of its top. {D:把} began as "a handful", so it goes with things you take hold of by a handle: {D:一把刀}, {D:一把伞}, and yes, a chair, which you pull by its back.

maple_syrup_88 wrote:
Oh, that actually helps. So is it {D:一把钥匙} because you hold a key between your fingers?

laoshi_Ren (tutor) wrote:
Exactly. And for long, bendy things use {D:条}: {D:一条河}, {D:一条鱼}, even {D:一条裤子} for a pair of trousers.

bao_bun wrote:
Honest advice: when you're stuck mid-conversation, {D:个} is the universal fallback. People will understand {D:一个椅子} even though it sounds a bit childish. Fix the details later.

laoshi_Ren (tutor) wrote:
Agreed, but avoid {D:个} for people you want to be polite about. For guests, say {D:三位客人} rather than {D:三个客人}.

42 members marked this thread as helpful.
""")

dd("weibo-roundup-translated-quotes", """
What China's social media is talking about: a subway guitarist, a wandering goose and the first snow
Digital culture desk · 4 December 2026

Every Friday we pick a few trending posts from Weibo and translate them. Usernames are left out to protect ordinary users.

1. The guitarist on Line 2
A short video of a young man playing guitar in a crowded Wuhan metro carriage was viewed more than 30 million times. The post that started it read:
"{D:今天地铁上有个小伙子弹吉他，整节车厢都安静了，没有一个人在看手机。}"
("A young guy played the guitar on the subway today. The whole carriage went quiet, and not one person was looking at their phone.")

2. A goose on the expressway
Traffic police in Jiangsu shared photos of officers steering a lost goose off a motorway. The most-liked comment:
"{D:这只鹅走出了六亲不认的步伐。}"
("This goose walks like someone who has disowned all their relatives.") The phrase is an old internet joke about a proud, swaggering walk.

3. First snow in Beijing
"{D:北京一下雪，故宫就变回了紫禁城。}"
("Whenever it snows in Beijing, the Palace Museum turns back into the Forbidden City.") Some version of this line goes viral every winter. The hashtag #{D:北京初雪}# (#BeijingFirstSnow#) passed 400 million views by Thursday evening.

4. Exam season
"{D:考研的朋友们，最后二十天，冲！}" ("Friends sitting the postgraduate entrance exam: twenty days to go, charge!")

Next week: reactions to the yearly north–south argument about what to eat on the winter solstice.
""")

dd("song-anthology-zh-line-then-en", """
Songs from the River Towns, no. 3: "The Ferryman's Evening"
Words and melody by the compilers (2026), in the manner of the boat songs of the lower Yangtze. Each line is given in Chinese and then in English, so that singers who read either language can follow.

{D:太阳落在西山后，}
The sun has dropped behind the western hill,
{D:小船摇到石桥头。}
my little boat has rowed up to the old stone bridge.
{D:桥上阿妹提灯笼，}
Up on the bridge a girl is holding a lantern,
{D:问我今天几时休。}
asking me when my work will be done today.

{D:船家一生不靠岸，}
A boatman spends his whole life off the shore,
{D:只凭一根竹篙走。}
he travels with nothing but a bamboo pole.
{D:等到月亮爬上柳，}
Wait until the moon has climbed above the willows,
{D:再陪阿妹喝杯酒。}
and then I'll sit with you and share a cup of wine.

Performance note: sing the second verse more slowly; the whole group repeats the last line of each verse once.
""")

dd("kungfu-school-motto-traditional", """
Green Pine Kung Fu Academy – About the School
Green Pine Kung Fu Academy ({D:青松武館}) · 212 Harbour Road, Unit 3 · Classes for ages 6 and up

Our motto
Painted above the door of the training hall are eight characters:
{D:以武會友，以德服人}
"Make friends through martial arts; win people over through virtue." Our founder, Sifu Daniel Kwok, chose the line because he believes that a student who wins a fight but loses a friend has learned nothing. Every class ends with the students reciting it together.

History
Sifu Kwok trained for twelve years in Foshan before moving to Canada in 1998. He opened the academy in a church basement with nine students; today we have three instructors and around 140 members.

Programmes
- Little Dragons (ages 6–9): balance, coordination and basic stances
- Junior Southern Fist (ages 10–15)
- Adult Hung Gar and lion dance
- Tai chi for seniors, Tuesday and Thursday mornings

Etiquette
Students give the fist-and-palm salute ({D:抱拳禮}) when entering and leaving the hall. Instructors are addressed as Sifu ({D:師傅}); senior students are called Si-hing ({D:師兄}) or Si-je ({D:師姐}).

Free trial lesson every Saturday at 10:00. No experience needed, just comfortable clothes and clean indoor shoes.
""")

dd("taichi-forms-en-colon-zh", """
Simplified 24-Form Tai Chi – Names of the Movements
Riverside Tai Chi Club handout. Please learn the names in both languages: Master Gao calls them out in Mandarin during practice.
1. Commencing Form: {D:起势}
2. Part the Wild Horse's Mane: {D:野马分鬃}
3. White Crane Spreads Its Wings: {D:白鹤亮翅}
4. Brush Knee and Twist Step: {D:搂膝拗步}
5. Play the Lute: {D:手挥琵琶}
6. Repulse the Monkey: {D:倒卷肱}
7. Grasp the Bird's Tail, Left: {D:左揽雀尾}
8. Grasp the Bird's Tail, Right: {D:右揽雀尾}
9. Single Whip: {D:单鞭}
10. Cloud Hands: {D:云手}
11. Single Whip (again): {D:单鞭}
12. High Pat on Horse: {D:高探马}
13. Kick with Right Heel: {D:右蹬脚}
14. Strike the Ears with Both Fists: {D:双峰贯耳}
15. Turn and Kick with Left Heel: {D:转身左蹬脚}
16. Snake Creeps Down, Golden Rooster Stands on Left Leg: {D:左下势独立}
17. Snake Creeps Down, Golden Rooster Stands on Right Leg: {D:右下势独立}
18. Fair Lady Works the Shuttles: {D:左右穿梭}
19. Needle at the Bottom of the Sea: {D:海底针}
20. Flash the Arm: {D:闪通臂}
21. Turn, Deflect, Parry and Punch: {D:转身搬拦捶}
22. Apparent Close-Up: {D:如封似闭}
23. Cross Hands: {D:十字手}
24. Closing Form: {D:收势}
Tip: say the name silently as you begin each movement; after a month the sequence will carry you along.
""")

dd("real-estate-glossary", """
Renting or Buying in Shanghai: A Glossary of Property Terms
From the relocation handbook of Harbourview Expat Services. Listings, contracts and agents use these words constantly, and knowing them will spare you some unpleasant surprises.

Property ownership certificate – {D:房产证}: the official proof of ownership. Always ask to see the original before you pay a deposit.
Gross floor area – {D:建筑面积}: the figure quoted in most listings. It includes a share of the corridors, lifts and stairwells.
Shared area – {D:公摊面积}: that share. In tall blocks it can be 20 to 30 per cent of the gross area.
Usable floor area – {D:套内面积}: the space you actually live in. Compare prices using this number.
Property management fee – {D:物业费}: charged monthly per square metre and usually paid by the tenant.
Agency fee – {D:中介费}: commonly one month's rent, sometimes split between landlord and tenant.
"One month's deposit, three months' rent" – {D:押一付三}: the usual way rent is paid at the start of a lease.
Fully fitted – {D:精装修}: finished floors, kitchen and bathroom, often furnished as well.
Shell flat – {D:毛坯房}: bare concrete with no finishing at all, common for new builds.
School-district flat – {D:学区房}: a home that gives children a place at a sought-after school, priced to match.
South-facing – {D:朝南}: a major selling point because of winter sunlight.

Terms used in Hong Kong and Taiwan differ; ask our team for the sheet that fits your move.
""")

dd("auction-lot-inscription-seals", """
Lot 218
Wu Tingsong (1912–1987)
Bamboo and Rock
Hanging scroll, ink on paper, 98 × 45 cm
Estimate: GBP 6,000 – 8,000

Inscription
Along the right edge the artist has written out, in running script, a quatrain by the Qing painter-poet Zheng Xie (1693–1765):
{D:咬定青山不放松，立根原在破岩中。千磨万击还坚劲，任尔东西南北风。}
Our translation: "It bites into the green mountain and will not let go; its roots were set from the start in a crack of the rock. Ground a thousand times, struck ten thousand, it stands firm still – let the wind come from east or west, from south or north."
It is followed by a date line and signature, {D:丙寅秋日写于沪上，廷松}: "Painted in Shanghai on an autumn day of the bingyin year, Tingsong", that is, 1986.

Seals
Two seals of the artist: {D:吴廷松印} (in intaglio) and {D:墨竹山房} (in relief), "Ink Bamboo Studio".
A collector's seal at lower left, only partly legible: {D:曾藏}…

Provenance
Given by the artist to a British engineer working in Shanghai, 1986; thence by descent.

Condition
Light foxing along the upper margin; a small repaired tear below the rock. Remounted in the 1990s.

Catalogue note
Wu painted bamboo almost every day of his last decade, and he returned to this poem again and again. The dense, dry strokes of the rock and the wet, quick leaves are typical of his late manner.
""")

dd("tattoo-wrong-characters-warning", """
Ink & Needle Studio – Read This Before Your Chinese Character Tattoo

We love lettering work and we tattoo a lot of Chinese characters. We also cover up a lot of bad ones. Please read this page before you send us a design you found online.

Things we were asked to fix this year
- A client wanted "strength". Her design said {D:力量}, which is correct, but the image had been mirrored, so the first character was backwards. A flipped character is not a stylish variant; it is simply wrong.
- "Peace and harmony" from a free website turned out to be {D:鸡汤}, which means chicken soup.
- A forearm piece meant to read "family" said {D:家伙} instead of {D:家}. The first one is slang for "guy" or, worse, "tool".
- A shoulder design for "warrior" had a stroke missing from {D:武}, leaving a character that does not exist.

Our rules
1. We will not tattoo characters until a fluent reader has checked them. Our consultant, Mei, reads both simplified and traditional script and checks every design for free.
2. Tell us whether you want simplified ({D:爱}) or traditional ({D:愛}). Both mean "love" but they are drawn differently.
3. Vertical text reads top to bottom, horizontal text left to right. Do not ask us to stack a horizontal phrase vertically without checking first.
4. Single characters are safer than phrases. Popular ones we know read well: {D:勇} (courage), {D:静} (calm), {D:福} (good fortune).

Book a free lettering consultation: text 555-0143 or drop in Tuesday to Saturday.
""")

dd("picture-book-en-zh-alternating", """
The Little Red Kite / {D:小红风筝}
A bilingual picture book for ages 3 to 6. Read the English line, then the Chinese line.

Mia had a little red kite.
{D:米娅有一只红色的小风筝。}
Every morning she asked the wind, "Can we fly today?"
{D:每天早上，她都问风："我们今天能飞吗？"}
But the wind was asleep, so the kite stayed on the shelf.
{D:可是风在睡觉，风筝只好待在架子上。}
One blustery afternoon, the trees began to dance.
{D:一个刮大风的下午，树开始跳舞了。}
Mia ran up the hill with Grandpa.
{D:米娅和爷爷一起跑上了山坡。}
Up, up, up went the little red kite!
{D:小红风筝飞呀，飞呀，飞上了天！}
It waved to the birds and the clouds.
{D:它向小鸟和白云挥挥手。}
When the sun went down, the kite came home to rest.
{D:太阳下山了，风筝回家休息了。}
"Thank you, wind," whispered Mia. "See you tomorrow."
{D:米娅小声说："谢谢你，风，明天见。"}

The End · {D:完}
""")

dd("timetable-markdown-zh-en-courses", """
Bamboo Bridge Language School – Spring Term 2027 Timetable
Term runs from 11 January to 26 March. Course names appear in both languages because many of our parents book in Chinese.

| Day | Time | Course | Chinese name | Teacher | Level |
|---|---|---|---|---|---|
| Monday | 16:00–17:00 | Pinyin and Tones | {D:拼音与声调} | Ms Zhou | Beginner |
| Monday | 17:15–18:15 | Everyday Conversation | {D:日常会话} | Mr Lam | HSK 2 |
| Tuesday | 16:00–17:00 | Writing Characters | {D:汉字书写} | Ms Zhou | Beginner |
| Tuesday | 18:30–20:00 | Business Chinese | {D:商务汉语} | Dr Feng | HSK 4 |
| Wednesday | 16:00–17:30 | Story Time for Children | {D:儿童故事会} | Ms Ho | Ages 5–8 |
| Thursday | 17:00–18:30 | Reading the Newspaper | {D:报刊阅读} | Dr Feng | HSK 5 |
| Thursday | 19:00–20:00 | Calligraphy | {D:书法} | Mr Lam | All levels |
| Saturday | 10:00–11:30 | HSK 3 Exam Preparation | {D:HSK三级备考} | Ms Ho | HSK 3 |
| Saturday | 13:00–14:30 | Cantonese for Beginners | {D:粤语入门} | Mr Lam | Beginner |

Fees: £120 per course per term, with 10% off for siblings.
Half-term break: 15–19 February, no classes.
Calligraphy meets in Room 5; ink is provided, please bring old newspapers.
""")

dd("temple-guide-couplets", """
Visiting Qingyun Temple: A Short Guide for English-Speaking Visitors
Qingyun Temple Visitor Centre · Open daily 7:30–17:00. Please dress modestly and ask before photographing the monks.

1. Mountain Gate ({D:山门})
The couplet on the two pillars reads:
{D:一径松风迎远客}
{D:半山云影伴清钟}
"A path of pine-wind welcomes guests from afar; cloud shadows halfway up the mountain keep the clear bell company." Read the right-hand pillar first; that is the traditional order.

2. Hall of the Heavenly Kings ({D:天王殿})
The four guardian kings stand two on each side. The plaque above the door says {D:护法安民}, "Guard the Dharma, bring peace to the people".

3. Main Hall ({D:大雄宝殿})
The couplet beside the entrance:
{D:佛光普照千家福}
{D:法雨均沾万物春}
"The Buddha's light shines on all and blesses a thousand homes; the rain of the Dharma falls evenly and brings spring to every living thing."
Incense may only be lit in the large bronze burner in the courtyard, three sticks per person.

4. Sutra Library ({D:藏经楼})
Open on the first and fifteenth days of each lunar month.

Vegetarian lunch is served in the dining hall from 11:30; a donation of 20 yuan is suggested.
""")

dd("wedding-programme-bilingual-vows", """
The Wedding of Eleanor Grant & Chen Haoran
Saturday 15 May 2027 · The Orangery

Order of ceremony
2:00 pm – Guests are seated
2:15 pm – Procession ("Jasmine Flower", arranged for string quartet)
2:25 pm – Welcome by the celebrant
2:30 pm – A reading by Haoran's cousin Xiaoyu, in Mandarin and in English
2:40 pm – Vows and exchange of rings
2:50 pm – Tea ceremony for both families ({D:敬茶})
3:10 pm – Signing of the register

Our vows
Eleanor: Haoran, I choose you today and on every ordinary day after it. I promise to laugh with you, to listen to you, and to learn your language one stubborn word at a time.
{D:浩然，我今天选择你，以后平凡的每一天也都选择你。我会和你一起笑，认真听你说话，一个字一个字地学你的语言。}
Haoran: {D:埃莉诺，遇见你是我这辈子最幸运的事。无论顺境还是逆境，我都会牵着你的手。}
Eleanor, meeting you is the luckiest thing that has happened to me. In good times and in hard times, I will hold your hand.

A note for our guests
The red paper-cut on your table is the double happiness character, {D:囍}, a traditional wedding symbol. Please take it home with you.
""")

dd("business-card-template-two-sided", """
Bilingual Business Card Template – "Classic Two-Sided"
Template BC-114 · Standard 90 × 54 mm · Print-ready PDF and editable file

Many of our customers trade with partners in mainland China and hand out cards with English on the front and Chinese on the back. Replace the sample details with your own.

Front (English)
Michael Brennan
Regional Sales Manager
Northstar Valves Ltd.
14 Dock Street, Glasgow, United Kingdom
+44 141 555 0198 · m.brennan@northstar.example

Back (Chinese)
{D:迈克尔·布伦南}
{D:区域销售经理}
{D:北星阀门有限公司}
{D:英国格拉斯哥码头街14号}
+44 141 555 0198 · m.brennan@northstar.example

Tips
- Have your name and title translated by a professional. A literal rendering of "Regional Sales Manager" may not match the titles your counterparts use.
- Mainland China uses simplified characters; choose traditional for Hong Kong and Taiwan.
- Offer and receive cards with both hands, and take a moment to read the card you are given.

Download: PDF (1.2 MB) · AI (3.4 MB) · DOCX (0.8 MB)
""")

dd("course-page-classical-title-marks", """
CHIN 342 – Masters and Disciples: Early Chinese Thought in Translation
Spring 2027 · Tuesdays and Thursdays 13:30–14:45 · Humanities Building 210
Instructor: Prof. Ruth Abernathy · Office hours Wednesdays 10:00–12:00

Course description
We read the founding texts of Chinese philosophy in English translation and ask what each one thinks a good life and a good state look like. No knowledge of Chinese is required. The Chinese titles are given so that students who read the language can find the originals in the East Asian collection.

Reading schedule
Weeks 1–2: The Analects of Confucius, {D:《论语》}, books 1, 2, 4 and 7
Weeks 3–4: The Mencius, {D:《孟子》}, the debates on human nature
Week 5: The Classic of the Way and Its Power, {D:《道德经》}, chapters 1–37
Weeks 6–7: The Zhuangzi, {D:《庄子》}, the Inner Chapters
Week 8: The Mozi, {D:《墨子》}, "Universal Love" and "Against Offensive War"
Week 9: The Xunzi, {D:《荀子》}, "Human Nature Is Bad"
Week 10: The Han Feizi, {D:《韩非子》}, selected chapters on law and the ruler
Week 11: Sunzi's Art of War, {D:《孙子兵法》}, read against the Mozi
Week 12: Records of the Grand Historian, {D:《史记》}, the biographies of the thinkers

Assessment
Weekly response papers (30%), a midterm essay comparing two thinkers (30%), and a final project (40%).

All readings are on the course website; paper copies of the set translations are held on two-hour loan in the library.
""")

dd("translation-blog-two-versions", """
Two Ways Up an Empty Mountain
Notes from a Translator's Desk · 4 December 2026

Wang Wei's quatrain "Deer Enclosure" begins with two lines that every translator of Chinese poetry tries sooner or later:
{D:空山不见人，但闻人语响。}
Word for word: empty / mountain / not / see / person; only / hear / person / speech / sound.

I asked two students in my workshop to translate the couplet without looking at anyone else's version. Here is what they wrote.

Version A (Priya):
"On the empty mountain no one can be seen,
yet somewhere voices echo."

Version B (Tom):
"Empty hills. Nobody.
Only someone talking."

Priya writes complete English sentences and adds "somewhere", which is not in the Chinese but tells us the voices come from out of sight. Tom keeps the clipped rhythm: five characters to a line, and his lines are nearly as short. But he loses {D:响}, the sense of a sound carrying and coming back, which I think is the heart of the couplet.

Both render {D:空} as "empty", and both are right and wrong. The word also carries the Buddhist idea of emptiness, which Wang Wei, a devout Buddhist, surely meant. No English word holds both at once.

The poem continues:
{D:返景入深林，复照青苔上。}
"The returning light enters the deep wood and shines again upon the green moss." We'll take those lines next week.
""")

dd("learner-dialogue-pinyin-english", """
Lesson 7 Dialogue: At the Fruit Stall
Listen to the audio first, then read along. Each Chinese line is followed by pinyin and an English translation.

Customer:
{D:老板，苹果怎么卖？}
Lǎobǎn, píngguǒ zěnme mài?
Excuse me, how much are the apples?
Stall owner:
{D:五块钱一斤。很甜的，你尝尝。}
Wǔ kuài qián yì jīn. Hěn tián de, nǐ chángchang.
Five yuan a jin. They're very sweet, try one.
Customer:
{D:嗯，真甜。给我来两斤吧。}
Ǹg, zhēn tián. Gěi wǒ lái liǎng jīn ba.
Mm, really sweet. I'll take two jin, then.
Stall owner:
{D:好的。还要别的吗？}
Hǎo de. Hái yào bié de ma?
Sure. Anything else?
Customer:
{D:不要了，谢谢。可以用手机付吗？}
Bú yào le, xièxie. Kěyǐ yòng shǒujī fù ma?
No, thanks. Can I pay by phone?
Stall owner:
{D:可以，扫这个码就行。}
Kěyǐ, sǎo zhège mǎ jiù xíng.
Yes, just scan this code.

Note: a jin is half a kilogram. Calling a stallholder "boss" is friendly and normal, not sarcastic.
""")

dd("name-meaning-character-by-character", """
What's in a Name? Lin Siyuan ({D:林思远})
Baby Names Around the World · Chinese given names, part 12

The name
Full name: {D:林思远} (Lín Sīyuǎn). The surname is Lin and the given name is Siyuan; in Chinese the surname always comes first.

Character by character
{D:林} (lín) – "forest". It is simply two trees ({D:木}) standing side by side. As a surname it is among the most common in southern China and Taiwan.
{D:思} (sī) – "to think, to miss someone". The top part, now written like a field ({D:田}), was once a picture of the head, and below it sits the heart ({D:心}): thinking with both head and heart.
{D:远} (yuǎn) – "far, distant". The stroke that runs along the left and bottom, {D:辶}, appears in many characters about walking and travel.

Together
{D:思远} can be read as "thinking far ahead" or "a mind that reaches far", a wish that the child will grow up thoughtful and farsighted. Some parents also like the echo of the idiom {D:深谋远虑}, "planning deeply and considering the distant future".

How to say it
Lin is said with a rising tone. Si sounds like a soft "s" followed by a short buzzing vowel, not like "see". Yuan rhymes roughly with "you-en" said quickly, with a dipping tone.

Nicknames
Family members might call him {D:远远} (Yuanyuan) or {D:小远} (Xiao Yuan).
""")

dd("app-release-notes-bilingual", """
PocketLedger – Release Notes / {D:更新说明}
Version 4.6.0 · 3 December 2026 · iOS and Android

What's new
- Split a bill with friends: add up to 12 people and let the app work out who owes whom.
- Dark mode now follows your system setting automatically.
- Monthly reports can be exported as CSV as well as PDF.

Fixes
- Fixed a crash when opening the budget screen with more than 500 entries.
- Recurring payments no longer appear twice after a time-zone change.

{D:新功能}
- {D:和朋友分摊账单：最多可添加12人，应用会自动算出谁欠谁多少钱。}
- {D:深色模式现在会自动跟随系统设置。}
- {D:月度报表除了PDF以外，现在也可以导出为CSV格式。}

{D:问题修复}
- {D:修复了记录超过500条时打开预算页面会闪退的问题。}
- {D:更改时区后，定期付款不再重复显示。}

Feedback: support@pocketledger.example · {D:意见和建议请发送至同一邮箱。}
""")


# ---------------------------------------------------------------- leftovers

ll("gov-notice-print-close-row", """
Qingzhou Municipal People's Government | English | {D:中文版}
Current location: Home > Government Information > Notices and Announcements

Notice on Adjusting the Urban Heating Period for the 2026–2027 Winter
Release time: 2026-11-28  Source: Municipal Housing and Urban-Rural Development Bureau  Views: 1,247

In view of the continuing cold weather forecast by the meteorological department, and in order to ensure that the masses spend the winter warmly and safely, after research by the municipal government, the relevant matters concerning the heating period in the urban area are hereby notified as follows:

1. The heating period is brought forward to November 12, 2026 and extended to March 31, 2027.
2. Heating enterprises shall ensure that indoor temperatures in residential buildings are not lower than 18°C.
3. Residents who find that their rooms are not warm may call the heating service hotline. Enterprises must arrive on site within 24 hours.
4. The heating fee standard remains unchanged this year.

Heating service hotline: 0536-321-5566; Municipal government hotline: 12345.

Qingzhou Municipal Housing and Urban-Rural Development Bureau
November 28, 2026

【{L:打印本页}】 【{L:关闭窗口}】

Sponsored by: Qingzhou Municipal People's Government Office  {D:鲁ICP备05012345号}
""")

ll("admissions-fee-table-rows-zh", """
2027 Admissions Guide for International Students – Hillside Foreign Languages School

Hillside Foreign Languages School is a full-time boarding school approved by the provincial education department to enrol foreign students. We accept students from Grade 1 to Grade 12.

Application period: January 5 – April 30, 2027
Required materials: passport copy, transcripts for the last two years, two recommendation letters, health certificate.
Entrance test: English, mathematics and an interview (online interviews are available for overseas applicants).

Fee schedule (per academic year)
| Item | Amount (RMB) | Remarks |
|---|---|---|
| Tuition | 68,000 | Paid in two instalments |
| Application fee | 500 | Non-refundable |
| {L:住宿费} | 12,000 | {L:四人间，含空调和独立卫生间} |
| Textbooks and materials | 3,500 | Estimated |
| {L:校服费} | 1,200 | {L:冬夏各两套} |
| Meals | 9,800 | Lunch and dinner on school days |
| {L:校车费} | 6,000 | {L:按线路收取，自愿选择} |
| Insurance | 800 | Compulsory |

Scholarships: students with outstanding entrance test results may apply for a reduction of up to 30% of tuition.
Admissions Office: +86 571 8800 2211 · admissions@hillside.example
""")

ll("hospital-doctor-titles-specialties", """
Department of Cardiology – Municipal First People's Hospital
Home > Departments > Internal Medicine > Cardiology

Department profile
The Department of Cardiology was founded in 1978 and is a key clinical specialty of the province. It has 86 beds, a coronary care unit with 12 beds and two catheterisation laboratories, completing more than 3,000 interventional procedures every year.

Expert team
Zhang Jianguo, {L:主任医师}, Director of the Department. Specialties: {L:冠心病介入治疗、复杂心律失常的诊断与治疗}.
Liu Min, Chief Physician, Deputy Director. Specialties: heart failure and refractory hypertension.
Wang Haitao, {L:副主任医师}. Specialties: {L:心脏起搏器植入}, cardiac rehabilitation.
Chen Jing, Associate Chief Physician. Specialties: {L:高血压、血脂异常}.
Zhou Lei, {L:主治医师}, Doctor of Medicine. Specialties: echocardiography.

Clinic schedule
Expert clinic: Monday to Friday mornings, Outpatient Building, 3rd floor, Area B.
Chest pain centre: open 24 hours a day; use the emergency entrance on Jiefang Road.

Appointments can be made through the hospital's official WeChat account or at the self-service machines in the outpatient hall.
""")

ll("factory-about-us-extra-zh-paragraph", """
About Us – Ningbo Haoda Precision Bearing Co., Ltd.
Home | Products | About Us | Quality | Contact | {D:中文}

Company profile
Ningbo Haoda Precision Bearing Co., Ltd. was founded in 2003 and is located in the Beilun Economic Development Zone, close to Ningbo-Zhoushan Port. We specialise in deep-groove ball bearings, tapered roller bearings and custom bearings for electric motors. The factory covers 45,000 square metres and has more than 380 employees, including 46 engineers.

{L:公司先后通过了ISO9001质量管理体系认证和IATF16949汽车行业质量管理体系认证，产品远销德国、意大利、巴西、越南等四十多个国家和地区。公司拥有省级企业技术中心一个，已获授权发明专利十二项，并与浙江大学建立了长期的产学研合作关系。}

Our philosophy
Quality is our life, innovation is our soul, and customer satisfaction is our eternal pursuit. We sincerely welcome friends from all over the world to visit our factory and negotiate business.

Tel: +86 574 8688 1234 | Email: sales@haoda.example
Copyright © 2026 Ningbo Haoda Precision Bearing Co., Ltd. | {D:浙ICP备10023456号-1}
""")

ll("shop-reviews-half-zh", """
Portable Foldable Electric Kettle 0.6 L – Travel Edition
Price: ¥129.00  Monthly sales: 3,218  Ships from: Foshan, Guangdong
Colour: Mint green / Cream white / Dusty pink
Specifications: 600 W, 220 V, food-grade silicone body, boils 0.5 L of water in about 5 minutes.

Customer reviews (4.8 out of 5, 1,946 reviews)
★★★★★ j***8: Very light and fits into my suitcase easily. Boiled water in the hotel without any smell.
★★★★★ x***o: {L:颜色很好看，折叠起来很小，出差带着很方便。}
★★★★☆ m***n: The cable is a bit short, otherwise good.
★★★☆☆ z***f: {L:第一次用有点塑料味，烧了三次水以后就没有了。}
★★★★★ 2***1: Fast delivery, well packaged, and customer service answered quickly.
★★★★★ a***l: {L:给妈妈买的，她说比原来那个好用多了，下次还来。}
★★☆☆☆ t***y: The lid does not close tightly and water leaked when I poured.

Seller's reply: Dear customer, we are very sorry for the bad experience. Please contact our online customer service and we will send you a new lid free of charge.
""")

ll("tourism-captions-zh-other-scenes", """
Discover Huangling Ancient Village
Wuyuan County, Jiangxi Province · Best seasons: March–April and October–November

Huangling is built on a steep hillside, and flat ground has always been scarce. For centuries the villagers have dried their harvest on round bamboo trays laid out on wooden racks outside their windows. In late autumn the whole slope turns red and gold with chillies, chrysanthemums and corn, a scene that photographers travel from all over the country to see.

Photo gallery
Photo 1: Rooftops covered with trays of drying chillies in late autumn.
{L:图为春季油菜花盛开时的篁岭梯田。}
Photo 2: The cable car climbing towards the village at sunrise.
{L:古村内保存完好的徽派民居，白墙黛瓦，错落有致。}
Photo 3: An elderly villager carrying chrysanthemums down a stone lane.
{L:游客在天街品尝当地特色小吃。}

Tickets and transport
Admission including the cable car: 130 yuan. Shuttle buses run from Wuyuan bus station every 30 minutes from 7:30.
Tourist service hotline: 0793-7777-888
""")

ll("sports-report-one-zh-sentence", """
Harbour City FC edge Riverside 2–1 with late header
Sports Desk · December 3, 2026

Harbour City moved up to third place in the league table on Tuesday night after a hard-fought 2–1 win over Riverside at the Olympic Sports Centre in front of 31,000 spectators.

The home side took the lead in the 23rd minute when captain Zhou Peng curled a free kick over the wall and into the top corner. Riverside hit the post twice before the break and deservedly equalised just after the hour, when their Brazilian forward Tiago finished a quick counterattack.

In the 87th minute, substitute Li Hao rose above two defenders to meet a corner from Zhou Peng and head home the winner. {L:这是李浩本赛季的第五个进球，也是他替补登场后打进的第三球。} The home fans, who had fallen silent after the equaliser, sang until the final whistle.

"We never stopped believing," head coach Ma Jun said after the match. "The players showed great character tonight, and I am very satisfied with their attitude."

Scorers: Zhou Peng 23', Tiago 61', Li Hao 87'
Yellow cards: Wang Yi (Harbour City); Marcos, Deng Chao (Riverside)
Attendance: 31,046

Harbour City travel to Northern Lions on Saturday, while Riverside host the league leaders on Sunday afternoon.
""")

ll("news-source-editor-lines", """
Old Town Opens City's First Night Market of Intangible Cultural Heritage
2026-12-02 09:15  {L:来源：市融媒体中心}  Font: Large Medium Small

On the evening of December 1, the city's first night market of intangible cultural heritage opened on Xijie Street in the Old Town. More than 60 stalls brought together inheritors of traditional crafts such as paper cutting, sugar painting, dough figurines and bamboo weaving, attracting tens of thousands of citizens and tourists.

At the stalls, craftsmen demonstrated their skills on the spot, and visitors could try their hand under guidance. "I never thought I could make a paper-cut myself," said Ms. Li, a visitor from the neighbouring province. "My daughter wants to come again tomorrow."

According to the Municipal Bureau of Culture and Tourism, the night market will open every Friday to Sunday from 18:00 to 22:00 until the end of February next year. Admission is free.

{L:编辑：王静}  {L:审核：刘洋}

Related news
City's winter tourism season launches with 30 special activities
Five old streets included in provincial list of historic blocks
""")

ll("forum-mirror-zh-signatures", """
Re: Best budget tripod for night photography? – Photography Forum (archived mirror)

#1 skywatcher_lee · 2026-11-20 22:14
I am planning to photograph the Milky Way in Inner Mongolia next summer. My budget is about 800 yuan. Should I buy aluminium or carbon fibre? I carry everything on foot, so weight matters.
--------
{L:光影是我唯一的语言。}

#2 old_fisherman · 2026-11-20 22:41
Carbon fibre is much lighter and does not get so cold in your hands at night. At your budget, look at second-hand ones from the big brands.
--------
{L:摄影十年，器材党一枚，欢迎交流。}

#3 nightowl_77 · 2026-11-21 08:03
Don't forget a remote shutter release and a head that can lock firmly. A cheap ball head will slowly droop during a 30-second exposure.
--------
{L:人生就像一张底片，需要时间慢慢冲洗。}

#4 skywatcher_lee · 2026-11-21 09:30
Thanks everyone, I will go with a used carbon fibre tripod and spend the rest on a better head.
""")

ll("manual-warnings-partly-zh", """
Model HX-2200 Ultrasonic Humidifier – User Manual

Safety warnings
⚠ Read all instructions before use and keep this manual for future reference.
⚠ Use only with the rated voltage of 220 V ~ 50 Hz.
⚠ {L:请勿在水箱无水时开机，以免损坏雾化片。}
⚠ Do not add essential oils, perfume or tap water with high mineral content to the water tank.
⚠ {L:儿童须在成人监护下使用，请将本机放置在儿童接触不到的地方。}
⚠ Unplug the appliance before cleaning. Never immerse the base in water.
⚠ {L:请勿用手触摸工作中的雾化片。}

Operation
1. Remove the water tank, fill it with clean water and screw the cap on tightly.
2. Place the tank back on the base and plug in the power cord.
3. Turn the knob clockwise to switch on and adjust the mist volume.

Cleaning
Clean the tank and the base once a week with a soft cloth. Remove scale with diluted white vinegar.

Troubleshooting
No mist: check that there is water in the tank and that the knob is not at the minimum position.
""")

ll("expo-exhibitor-categories-zh", """
2027 China (Shenzhen) International Smart Home Expo – Exhibitor List
Dates: March 18–20, 2027 · Shenzhen World Exhibition & Convention Center, Halls 7–9

Exhibitor categories
Hall 7: Smart lighting | Smart locks and security | {L:智能窗帘与遮阳系统}
Hall 8: {L:全屋智能解决方案} | Voice assistants | {L:家庭能源管理}
Hall 9: Kitchen appliances | {L:适老化智能产品} | Components and modules

Selected exhibitors
| Booth | Company | Category |
|---|---|---|
| 7A12 | Guangming Lighting Technology Co., Ltd. | Smart lighting |
| 7C03 | Anjia Security Systems Co., Ltd. | {L:智能门锁} |
| 8B21 | Zhijia Home Solutions Co., Ltd. | {L:全屋智能解决方案} |
| 8D08 | Xiaoyu Voice Technology | Voice assistants |
| 9A15 | Hengwen Kitchen Appliances | {L:厨房电器} |
| 9C30 | Lianxin Modules Co., Ltd. | Components and modules |

Visitor registration is free before March 10; on-site registration costs 50 yuan.
""")

ll("notice-contact-lines-zh", """
Notice on the Temporary Suspension of Water Supply in Parts of Xinhua District

Dear residents:

Because of the replacement of main water pipes on Zhongshan Road, water supply will be suspended in the following areas from 22:00 on December 8 to 06:00 on December 9, 2026:

1. Residential compounds on both sides of Zhongshan Road between Heping Road and Jianshe Street;
2. Xinhua Garden, Lvyuan Community and the staff dormitories of the Municipal No. 3 Middle School;
3. Shops along the east section of Yuhua Road.

Please store water in advance and turn off your taps during the suspension. We apologise for the inconvenience.

{L:联系人：张工}
{L:联系电话}：0311-8765-4321
{L:监督电话}：12345
{L:地址：新华区中山路128号供水服务大厅}

Municipal Water Supply Company
December 4, 2026
""")

ll("alumni-profile-unexplained-zh-quote", """
Alumni Spotlight | School of Environmental Science | English | {D:中文}

Chen Yuting, Class of 2011: Bringing a Lost River Back to Life

When Chen Yuting graduated with a degree in environmental engineering in 2011, the small river that ran past her home village had been black and smelly for as long as she could remember. Fifteen years later, children swim in it again.

After graduation she joined the county environmental protection bureau, and in 2016 she led a team that traced the pollution to three illegal dye works and a broken sewage pipe. Over the next six years the team rebuilt the riverbanks with reeds and stones instead of concrete, and persuaded villagers to stop dumping rubbish.

Asked what kept her going, she said, "{L:每一条河都记得它原来的样子。}" She laughs when reminded that she nearly failed hydrology in her second year.

Today Chen is deputy director of the municipal river management centre. She returns to the school every spring to talk to first-year students.

Degree: B.Eng. in Environmental Engineering, 2011
Current position: Deputy Director, Municipal River Management Centre
Awards: Provincial Model Worker (2022)
Photo: Chen Yuting on the restored riverbank, October 2026

Edited by: Alumni Affairs Office  Published: 2026-11-30
""")

ll("blog-injected-zh-gambling-spam", """
Keeping Your Sourdough Starter Alive Through Winter
The Crumb Diaries · December 1, 2026

Every December I get the same message from readers: "My starter has stopped bubbling!" Usually the starter is fine. It is just cold. Yeast and bacteria slow right down below about 20°C, and many kitchens are colder than that in winter.

Here is what I do from November to March:
1. Keep the jar near, not on, a warm spot. The top of the fridge or a shelf above the radiator works well.
2. Feed with slightly warm water, around 28°C, and a spoonful of rye flour.
3. Be patient. A feed that doubles in six hours in summer may take ten or twelve now.

{L:澳门在线娱乐城 | 真人百家乐 | 足球投注免费送彩金 | 体育彩票官方网站 | 注册即送88元}

If your starter smells of nail-polish remover, it is hungry, not dead. Discard most of it and feed twice a day for a few days.

Next week: a simple rye loaf that forgives a sluggish starter.
""")

ll("wechat-mirror-follow-qr", """
{L:点击上方蓝字关注我们}

Five Things to Know Before Your First Winter Swim
Original  Healthy Jinan  2026-12-01 07:30

As temperatures drop, more and more citizens are taking part in winter swimming. Experts remind that winter swimming is not suitable for everyone, and beginners should pay attention to the following points.

1. Start in autumn. Swimming regularly from September lets the body adapt gradually to falling water temperatures.
2. Warm up fully. Jogging or stretching for 10 to 15 minutes before entering the water can reduce the risk of cramps.
3. Stay in the water briefly. As a rule, the number of minutes should not exceed the water temperature in degrees.
4. Never swim alone. Choose designated swimming areas with rescuers on duty.
5. People with high blood pressure, heart disease or asthma should not take part.

{L:长按识别二维码}
{L:关注我们，获取更多健康资讯}
Share  Like  Wow
""")

ll("forum-zh-headline-unrelated-lead", """
{L:第五届长三角数字经济高峰论坛在杭州隆重开幕}

On the morning of November 26, more than 600 guests from government departments, universities, research institutes and enterprises gathered at the Hangzhou International Expo Center to discuss how data can become a new factor of production and drive high-quality development.

In his keynote speech, the vice-governor pointed out that the digital economy has become the most active field of economic growth in the region. He called on the three provinces and one city to break down data barriers, build a unified computing power network and jointly cultivate a batch of leading digital enterprises.

During the forum, 18 cooperation projects were signed on site with a total investment of 21.6 billion yuan, covering artificial intelligence, industrial internet and smart logistics. The "Regional Public Data Sharing Initiative" was also released.

The forum will last two days and include six parallel sub-forums:
- Data elements and market-based allocation
- Computing power networks and green data centres
- Artificial intelligence and manufacturing
- Digital trade and cross-border e-commerce
- Smart cities and digital government
- Talent cultivation in the digital age

Source: Organising Committee of the Forum  2026-11-26 14:20
Photo: The opening ceremony of the forum. Photo by Sun Wei
""")

ll("meeting-report-clauses-after-commas", """
Municipal Standing Committee Holds Meeting to Study Winter Work Safety
2026-12-02  Municipal Party Committee Office

On December 1, the Standing Committee of the Municipal Party Committee held a meeting, {L:传达学习全省安全生产电视电话会议精神}, and studied and deployed the city's work safety during winter and spring. Secretary Zhao Ming presided over the meeting and delivered a speech.

The meeting pointed out that winter is a period of frequent accidents, {L:各级各部门要时刻绷紧安全生产这根弦}, and must never be paralysed or careless. It is necessary to carry out a thorough investigation of hidden dangers in key industries such as gas, hazardous chemicals, construction and road traffic, {L:做到排查不留死角、整改不留后患}.

The meeting stressed that all departments should strengthen emergency duty during New Year's Day and the Spring Festival, {L:确保信息畅通、反应迅速、处置有力}, and safeguard the safety of people's lives and property.

The meeting requested that the main responsibility of enterprises be fully implemented. Enterprise leaders should personally inspect production sites, {L:对发现的问题要立行立改}, and those that fail to meet safety conditions must stop production for rectification. Supervision departments should combine open inspections with unannounced visits, and cases of serious violations must be exposed publicly.

The meeting emphasised that fire prevention in crowded places, rural self-built houses and old residential communities must be strengthened during the heating season, {L:加强对独居老人、留守儿童等特殊群体的走访慰问}, and the use of coal stoves must be guided to prevent carbon monoxide poisoning.

The meeting demanded that leading cadres at all levels take the lead in going to the front line, {L:层层压实责任}, and resolutely curb the occurrence of major accidents, so as to create a safe and stable environment for the city's economic and social development.

The meeting also studied other matters.

Members of the Standing Committee attended the meeting; responsible comrades of relevant departments attended as non-voting participants.
Source: Municipal Party Committee Office  Editor: Municipal Convergence Media Center
""")

ll("tender-announcement-zh-table", """
Tender Announcement for the Renovation of the Municipal Library Reading Rooms
Project No.: ZB-2026-1187  Published: December 4, 2026

1. Project overview
The Municipal Library intends to renovate the second-floor reading rooms and purchase equipment for the electronic reading room. The project is divided into two lots, and bidders may bid for one or both lots.

| {L:标段} | {L:项目名称} | {L:预算金额（万元）} | {L:工期} |
|---|---|---|---|
| Lot 1 | Reading room renovation | 186.5 | {L:90日历天} |
| Lot 2 | {L:电子阅览室设备采购} | 74.2 | 45 calendar days |

2. Bidder qualifications
Bidders for Lot 1 must hold a Grade II or higher qualification in building decoration engineering. Bidders for Lot 2 must be independent legal entities with good commercial reputation. Consortium bids are not accepted.

3. Obtaining tender documents
Tender documents can be downloaded free of charge from the municipal public resource trading platform from December 5 to December 11, 2026.

4. Bid deadline and opening
Bids must be submitted before 9:30 on December 26, 2026. Late bids will be rejected.

Purchaser: Municipal Library  Agency: Huacheng Tendering Consulting Co., Ltd.  Tel: 0755-2233-6789
""")

ll("library-opening-hours-zh-lines", """
Opening Hours | Haicang District Library
Home > Visitor Services > Opening Hours

Main building
Monday: closed (open on public holidays)
Tuesday to Sunday: 9:00–21:00
{L:少儿阅览室：周二至周五 14:00—18:00，周末 9:00—17:00}
Periodicals reading room: Tuesday to Sunday 9:00–17:30
{L:自助图书馆：24小时开放}

Branch libraries
Xinyang Branch: Tuesday to Sunday 9:00–17:00
Dongyu Branch: Wednesday to Sunday 13:00–20:00

Holiday arrangements
{L:春节期间（除夕至正月初三）闭馆，具体安排另行通知。}
During the National Day holiday the main building is open as usual.

Readers may borrow up to 10 books at a time for 30 days. Renewals can be made once online.
Returned books can be dropped in the return box at the main entrance at any time.
Tel: 0592-6543-210
""")

ll("police-antifraud-notice-half-zh", """
Notice of the Municipal Public Security Bureau on Preventing Telecom and Online Fraud

Recently, telecom and online fraud cases in our city have shown a rising trend. Criminals often pretend to be customer service staff, police officers or acquaintances to defraud the public. In order to protect the property of the public, the following reminders are hereby issued:

1. The police will never ask you to transfer money to a so-called "safe account" by phone.
{L:二、凡是要求您下载陌生软件、开启屏幕共享的，都是诈骗。}
3. Do not trust high-return investment or part-time "order brushing" jobs promoted online.
{L:四、接到自称“领导”“熟人”要求借钱的信息，务必当面或电话核实。}
5. Do not lend or sell your bank cards, phone cards or payment accounts to others.

{L:如发现可疑情况或已被骗，请立即拨打110报警，或拨打96110反诈专线咨询。}

Please download the National Anti-Fraud Center app and turn on the warning function.

Municipal Public Security Bureau
December 3, 2026
""")

ll("museum-visitor-rules-partly-zh", """
Visitor Information – Provincial Museum
Home > Visit > Visitor Information

Opening hours: 9:00–17:00 (last entry 16:00), closed on Mondays except public holidays.
Admission: free. Please make a reservation in advance on the museum's official website or mini program.

Visitor rules
1. Please present your ID card or reservation QR code at the entrance and go through the security check.
2. {L:馆内禁止吸烟，禁止携带易燃易爆物品及管制刀具。}
3. {L:请勿使用闪光灯拍照，禁止使用自拍杆和三脚架。}
4. Do not touch the exhibits or lean on the display cases.
5. {L:请保持安静，不要大声喧哗。}
6. Pets are not allowed, except guide dogs.
7. {L:未成年人须在监护人陪同下参观。}

Guided tours: free guided tours in Chinese at 10:00 and 14:30 daily; English audio guides can be rented at the service desk for 20 yuan.
""")

ll("recruitment-requirements-zh", """
Recruitment Notice: Foreign Trade Sales Specialist (3 positions)
Zhejiang Hengtai Household Products Co., Ltd. · Yiwu, Zhejiang · Posted December 2, 2026

About us
Hengtai was founded in 2009 and produces storage boxes, kitchen tools and cleaning products. Our products are exported to more than 60 countries, and our main markets are Europe, the Middle East and South America.

Responsibilities
1. Develop new overseas customers through trade shows, B2B platforms and email;
2. Follow up orders, coordinate production and shipping schedules with the factory;
3. Maintain relationships with existing customers and handle after-sales problems.

Job requirements
1. {L:本科及以上学历，国际贸易、英语等相关专业优先；}
2. {L:英语六级以上，能熟练使用英语进行口语和书面沟通；}
3. At least two years of experience in B2B export sales;
4. {L:能适应短期出差，有驾照者优先。}

Salary and benefits
Basic salary 6,000–8,000 yuan plus commission; five social insurances and one housing fund; free dormitory; 10 days of annual leave.

Please send your CV to hr@hengtai.example, with "Foreign Trade Sales + Name" in the subject line.
""")

if __name__ == "__main__":
    SET.build()
