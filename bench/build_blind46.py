"""Build bench/sets/detect46-*.jsonl: a held-out, hand-written detection set ("detect46").

Theme: religion, philosophy, martial arts, traditional medicine, tea and calligraphy.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a temple visitor
guide explaining the characters on its hall plaques, a couplet explainer whose translations come
a paragraph after the lines, a tai chi school's form list as a table (Chinese, pinyin, English), a
TCM herb monograph with Chinese, pinyin and Latin names, a tea-ceremony class handout, a
calligraphy teacher's notes on a model text, a Daodejing study page giving each line and then its
translation, a kung fu lineage page naming masters in characters with pinyin, a Chan koan blog
post whose gloss sits several lines below, a qigong glossary with English first and the originals
listed afterwards, an acupoint chart, tea-tasting notes naming teas by pinyin, a seal-carving
catalogue reading each seal, an Analects reading-group sheet, wushu competition event names, a
chant sheet with pinyin and translation, a formula lecture, a bilingual teahouse menu, a Zhuangzi
translation with originals in its footnotes, an incense-ritual FAQ, a wing chun podcast transcript
and a museum label for a hanging scroll.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a temple page whose opening hours stayed Chinese beside bilingual hall names, a TCM hospital
department page with untranslated sentences, a prescription slip whose usage lines stayed Chinese,
a tea product page with Chinese spec fields, a martial-arts association meeting report with the
chairman's words untranslated, a temple notice board, a grading table with Chinese cells, tea-shop
reviews, a doctor profile with Chinese clauses glued to English ones, a class timetable, a donation
page with Chinese buttons, a tea company "About us" with a Chinese paragraph adding facts, a
hospital news list with `更多` and Chinese headlines, tournament photo captions, a tea shop's
checkout notes, a temple festival programme, a herbal product label's warnings, a tai chi
association's registration form labels, a calligraphy exhibition whose Chinese captions differ
from the English ones, an appointment FAQ with one answer in Chinese, a temple WeChat article with
the abbot's quoted words and mirror buttons, and a tea-garden tour itinerary. Deliberate Chinese
on those pages (a `中文` link, an ICP number, a name given with its English, translated plaques) is
marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set
(classical lines are public domain, their translations written here). The set was written BLIND
on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their builders
(only bench/blind_set.py, `marked()` in build_detection_sets.py, and the first 70 and last 30
lines of build_blind25.py as a model of the file format were read), and mtmend was never run on
these pages.

Rebuild: `python3 bench/build_blind46.py` from the repository root; it rewrites
bench/sets/detect46-deliberate.jsonl (ids d46d-NN) and bench/sets/detect46-leftovers.jsonl
(ids d46l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect46", chars=(700, 4000), lines=(8, 50)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("temple-plaque-guide", """
Home | Visit | History | Events | Contact

Visitor Guide: Reading the Plaques of Lingyun Temple

Most visitors walk under the plaques without looking up. Take a moment: each board tells you what the building is for. Below is a short guide, from the gate to the back hall.

Mountain Gate
The board over the gate reads {D:灵云寺} (Língyún Sì), "Temple of the Spirit Cloud". The characters were written in 1786 by a local magistrate and recarved after a fire in 1931.

Hall of the Heavenly Kings
Plaque: {D:天王殿}. Inside stand the four guardian kings, two on each side. Look for the smaller board above the inner door: {D:护法安僧}, "protect the Dharma, give peace to the monks".

Main Hall
The great board says {D:大雄宝殿}, literally "Precious Hall of the Great Hero", the Great Hero being the Buddha himself. The gilded characters are almost a metre tall.

Hall of Guanyin
{D:圆通宝殿} – "Precious Hall of Perfect Penetration". "Perfect penetration" is a title of Guanyin, the bodhisattva of compassion, who is said to hear every cry in the world.

Sutra Library
The last building carries the plainest board: {D:藏经楼}, "Tower for Storing Scriptures". It is closed to the public, but the plaque can be seen from the courtyard.

Tips
- Photography is allowed outside the halls but not inside.
- Please walk around the incense burner clockwise.
- Guided tours in English leave from the gate at 10:00 on Saturdays.

Lingyun Temple Visitor Office · 12 Cloud Ridge Road · Open daily 7:00–17:00
""")

dd("couplet-explainer-delayed", """
Couplets on the Pillars – Notes for Our Study Tour
Friends of Chinese Architecture Society · Newsletter No. 38

On our spring tour we stopped at three temples, and several members asked what the long vertical boards on the front pillars said. These are couplets, pairs of lines written to match each other character for character. I copied the three I found most interesting.

Couplet A (Water Moon Temple, front pillars)
{D:大肚能容，容天下难容之事}
{D:开口便笑，笑世间可笑之人}

Couplet B (Water Moon Temple, bell tower)
{D:暮鼓晨钟，惊醒世间名利客}
{D:经声佛号，唤回苦海梦迷人}

Couplet C (Pine Peak Daoist Temple, gate)
{D:道法自然}

Translations

A hangs in front of the laughing Maitreya with his round belly. It says: "The big belly can hold what the world finds hard to hold; the open mouth laughs, laughing at the laughable people of this world." It is found in many temples with small variations.

B reads: "Evening drum and morning bell wake the travellers of this world who chase fame and profit; the sound of sutras and the Buddha's name call back the dreamers lost in the sea of suffering."

C is not really a couplet but a single board, a line from the Daodejing: "The Way follows what is so of itself." The temple's abbot told us it is the most common inscription in Daoist buildings.

Next tour: October, the gardens of the south. Sign-up sheet at the October meeting.
""")

dd("taichi-form-table", """
Still River Tai Chi School
Classes · Instructors · The Form · Seminars · Contact

The Form: Opening Sequence (Yang style, 24 movements)

Students often ask for the names of the movements in Chinese. Our teacher calls them out in Mandarin during class, so here they are with pinyin and an English rendering.

| No. | Chinese | Pinyin | English |
|---|---|---|---|
| 1 | {D:起势} | qǐ shì | Commencing Form |
| 2 | {D:左右野马分鬃} | zuǒ yòu yěmǎ fēn zōng | Parting the Wild Horse's Mane, Left and Right |
| 3 | {D:白鹤亮翅} | bái hè liàng chì | White Crane Spreads Its Wings |
| 4 | {D:左右搂膝拗步} | zuǒ yòu lōu xī ào bù | Brush Knee and Twist Step |
| 5 | {D:手挥琵琶} | shǒu huī pípá | Playing the Lute |
| 6 | {D:左右倒卷肱} | zuǒ yòu dào juǎn gōng | Repulse the Monkey |
| 7 | {D:左揽雀尾} | zuǒ lǎn què wěi | Grasp the Bird's Tail, Left |
| 8 | {D:单鞭} | dān biān | Single Whip |

A note on "Repulse the Monkey": the Chinese actually means "step back and roll the forearms". The monkey name comes from an old pun and is what most English books use.

Beginners learn movements 1–8 in the first term. Wear flat shoes and loose trousers; no sign-up is needed for the trial class on Tuesday evenings.

© Still River Tai Chi School · Hall B, Community Centre · stillrivertaichi.example
""")

dd("tcm-herb-monograph", """
Materia Medica Online › Tonifying Herbs › Astragalus

Astragalus Root

Chinese name: {D:黄芪} (huángqí), literally "yellow leader"
Latin pharmaceutical name: Radix Astragali
Botanical source: Astragalus membranaceus (Fisch.) Bunge, and A. membranaceus var. mongholicus
Family: Fabaceae

Description
The dried root is long and cylindrical, pale yellow-brown outside and yellowish white inside, with a slightly sweet taste that students often compare to beans. Good-quality pieces are thick, firm and fibrous.

Properties in traditional Chinese medicine
Nature and flavour: slightly warm, sweet.
Channels entered: Spleen, Lung.
Traditional actions: tonifies qi and raises yang, strengthens the exterior, promotes the discharge of pus and the healing of sores.

Related entries
The honey-fried form is called {D:炙黄芪} (zhì huángqí, "honey-prepared astragalus") and is considered better for tonifying the middle. Astragalus is frequently paired with Chinese angelica, {D:当归} (dāngguī, Radix Angelicae Sinensis), for example in the short formula known as Angelica Decoction to Tonify the Blood, {D:当归补血汤}.

Caution
This entry is for study only. Herbs can interact with prescription drugs; consult a licensed practitioner before use.

Sources: standard pharmacopoeia monographs; class notes, Herbology I.
Last reviewed: 3 November 2026 · Report an error · Back to Tonifying Herbs
""")

dd("tea-ceremony-handout", """
GONGFU TEA – WORKSHOP HANDOUT (Session 2)
Teacher: Lin Mei-hua · Maple Street Tea Studio

Today we brew an oolong in the small-pot method. Keep this sheet; we will use the same words next week.

The tools
- Teapot: {D:茶壶} (cháhú). Ours are small Yixing clay pots, about 120 ml.
- Fairness pitcher: {D:公道杯} (gōngdào bēi). The tea is poured into it first so that every guest gets the same strength – hence "fairness".
- Tasting cup and aroma cup: {D:品茗杯} and {D:闻香杯}. The tall aroma cup is only for smelling.
- Tea tray: {D:茶盘}, the slatted tray that catches spilled water.

The steps we practised
1. Warm the pot and cups with boiling water.
2. Put the leaves in and "wake" them with a quick rinse; pour the rinse away.
3. Brew for about 20 seconds, then pour everything into the fairness pitcher.
4. Serve with both hands.

Phrases you will hear
When Ms Lin pours for you she may say {D:请用茶}, "please have some tea". To thank her without interrupting, tap two fingers on the table. This gesture is called {D:叩指礼}, the "finger-knock salute"; the story goes that an emperor travelling in disguise poured tea for his servant, who could not kneel in public and bowed with his fingers instead.

Homework: brew at home three times and note how the taste changes from the first to the third infusion.
""")

dd("calligraphy-model-notes", """
Brush & Ink Evening Class – Teacher's Notes, Week 7
Model text: the Preface to the Orchid Pavilion (Lanting Xu)

This month we copy the opening of Wang Xizhi's preface, written in the year 353. Our copybook is a Tang dynasty tracing copy, the so-called Shenlong version. Please bring the copybook and the 32 cm practice paper.

The first line of the text is:
{D:永和九年，岁在癸丑}
"In the ninth year of Yonghe, the year being guichou..."

Points to watch
1. {D:永} – the very first character. It contains the eight basic strokes, which is why teachers love it. In Wang's hand the dot is small and sharp; do not make it round.
2. {D:和} – the left part leans slightly; keep the square mouth on the right small and high.
3. {D:九} – a single quick movement. The hook should spring out, not drag.
4. {D:年} – the long vertical stroke ends with a needle tip. Lift the brush while still moving.

About the twenty "zhi"
The character {D:之} (zhī, a grammatical particle) appears about twenty times in the preface, and Wang never wrote it the same way twice. For homework, find three different forms of it in the copybook and copy each five times.

Reminder: grind your own ink for at least ten minutes before writing – it is part of the practice.

Next week: lines two and three. Class room 4B, Thursday 19:00.
""")

dd("daodejing-line-study", """
Slow Reading the Daodejing · Chapter 8
A study page of the Quiet Valley reading circle

Each week we read one chapter. We give each line in Chinese, then our own plain translation. Comments are welcome at the bottom of the page.

{D:上善若水。}
The highest good is like water.

{D:水善利万物而不争，}
Water is good at benefiting the ten thousand things and does not compete;

{D:处众人之所恶，故几于道。}
it dwells in the places that people dislike, and so it is close to the Way.

{D:居善地，心善渊，与善仁，}
In dwelling, it is good at choosing the ground; in the heart, good at depth; in giving, good at kindness;

{D:言善信，正善治，事善能，动善时。}
in speech, good at trust; in governing, good at order; in work, good at ability; in moving, good at timing.

{D:夫唯不争，故无尤。}
Only because it does not compete is it free from blame.

Discussion
Several members noted that "the places people dislike" means low places: water always flows down. One person compared it to a good host who takes the worst seat. Another pointed out that the word we rendered "compete", {D:争} (zhēng), can also mean "to fight over" or "to argue".

Next week: Chapter 11, the empty hub of the wheel.

Comments (4) · Subscribe · Archive of chapters
""")

dd("kungfu-lineage-tree", """
Golden Crane Kung Fu Academy
Home | Our Lineage | Classes | Instructors | Gallery

Our Lineage

Golden Crane style traces its roots to the coastal villages of southern Fujian. The names below are given in characters as they appear on the ancestor tablet in our training hall, followed by their Mandarin pinyin.

First generation
{D:方七娘} – Fang Qiniang, the woman said to have created the style after watching a crane fend off a cat. Her story is told in many White Crane schools.

Second generation
{D:曾四} – Zeng Si, Fang's husband and first student, who taught the style in Yongchun county.

Fifth generation
{D:林德顺} – Lin Deshun (1860s–1930s), who moved to Fuzhou and opened a public hall.

Sixth generation
{D:谢宗祥} – Xie Zongxiang, a student of Lin Deshun, famous for his "shaking power".

Seventh generation
{D:陈国华} – Chen Guohua, who brought the style to our city in 1979 and founded this academy.

Eighth generation
Our head instructor, Sifu Daniel Chen ({D:陈大年}, Chen Danian), son and student of Chen Guohua.

Dates for the early generations come from oral tradition and should not be read as historical record.

The ancestor tablet also carries the academy motto, {D:以德服人} – "win people over by virtue". New students bow to the tablet at the start and end of each class.

© Golden Crane Kung Fu Academy · Privacy · Find us
""")

dd("chan-koan-blog", """
Sitting with Questions – a Zen practice blog
Posted 14 October 2026 · Tags: koans, Zhaozhou, practice notes

Our teacher gave me a new koan at last week's retreat. I have written it out here the way she wrote it on the small card she handed me:

{D:僧问赵州：“狗子还有佛性也无？”}
{D:州云：“无。”}

I put the card on my bedside table and looked at it every morning before sitting. I did not look up a translation at first, because she asked us not to. But some of you have written to ask, so here it is, in my own words.

A monk asked Zhaozhou: "Does a dog have Buddha-nature or not?"
Zhaozhou said: "No." – or rather, in the one-syllable original, "Wu".

Zhaozhou (778–897) was a Chan master of the Tang dynasty; his name in characters is {D:赵州}, which is really the name of the town where he taught. The single word of his answer, {D:无}, means "not have" or "nothing", and in Japanese it is read "mu". That is why this koan is often just called "Mu".

What I noticed this week: the harder I tried to "solve" it, the tighter my shoulders got. On Thursday I simply breathed the word out with each exhalation. Nothing dramatic happened. But my shoulders were lower.

Comments are open. Please be kind; this is a practice diary, not a debate.

← Older post · Newer post → · About this blog
""")

dd("qigong-glossary-list-after", """
Eight Pieces of Brocade – Glossary for Beginners
Riverside Health Qigong Club

The Eight Pieces of Brocade is one of the oldest and simplest qigong sets. Here are the names of the eight movements in English, as our instructor announces them in class.

1. Holding up the heavens with both hands to regulate the triple burner
2. Drawing the bow to shoot the hawk, left and right
3. Separating heaven and earth to regulate the spleen and stomach
4. The wise owl gazes backwards
5. Swaying the head and swinging the tail to calm the heart fire
6. Touching the toes with both hands to strengthen the kidneys and waist
7. Clenching the fists with angry eyes to increase strength
8. Bouncing on the toes seven times to dispel illness

The original names, in the same order:

1. {D:两手托天理三焦}
2. {D:左右开弓似射雕}
3. {D:调理脾胃须单举}
4. {D:五劳七伤往后瞧}
5. {D:摇头摆尾去心火}
6. {D:两手攀足固肾腰}
7. {D:攒拳怒目增气力}
8. {D:背后七颠百病消}

Note: the Chinese names are rhyming lines of seven characters, which makes them easy to memorise. Our English is freer than the Chinese: number 4, for example, literally names the "five strains and seven injuries" that looking backwards is said to relieve.

The set itself is called {D:八段锦} (bāduànjǐn). Sessions: Mondays and Fridays, 8:00, in the park pavilion.
""")

dd("acupoint-chart", """
ACUPUNCTURE POINT REFERENCE – LARGE INTESTINE CHANNEL (selected points)
College of Oriental Medicine · Clinical Skills Year 2 · For student use only

Point codes follow the WHO standard nomenclature. The Chinese name is given with pinyin and a literal English translation, because the names often tell you where the point is or what it does.

LI 1 – {D:商阳} Shāngyáng, "Metal Yang". On the index finger, beside the corner of the nail.
LI 4 – {D:合谷} Hégǔ, "Joining Valley". On the back of the hand, between the first and second metacarpal bones. Contraindicated in pregnancy.
LI 5 – {D:阳溪} Yángxī, "Yang Stream". In the hollow at the wrist, the so-called anatomical snuffbox.
LI 10 – {D:手三里} Shǒusānlǐ, "Arm Three Miles". Two cun below LI 11.
LI 11 – {D:曲池} Qūchí, "Pool at the Bend". At the outer end of the elbow crease with the elbow bent.
LI 15 – {D:肩髃} Jiānyú, "Shoulder Bone". In the depression in front of the shoulder when the arm is raised.
LI 20 – {D:迎香} Yíngxiāng, "Welcome Fragrance". Beside the nostril, in the nasolabial groove. Used for a blocked nose – hence the name.

Exam tip: you must be able to write the pinyin and the WHO code for all points; the characters are optional but will earn a bonus mark.

Practical session: Week 9, Room C12. Bring your point-location atlas and skin marker.
""")

dd("tea-tasting-notes-pinyin", """
Leaf & Kettle – Tasting Notes from Our November Club Night

Six teas, twelve members, two kettles. Here is what we drank, in order, with the names on the packets.

1. Longjing ({D:龙井}), "Dragon Well" – a flat, pan-fired green tea from Hangzhou. Chestnut and fresh beans. Most people's favourite of the greens.

2. Bi Luo Chun – the packet said {D:碧螺春}, which our host translated as "green snail spring", after the tight spiral shape of the leaves. Fruity and a little furry on the tongue.

3. Tieguanyin ({D:铁观音}). The name means "Iron Goddess of Mercy". A rolled oolong, floral, very long finish; we got seven infusions from one pot.

4. Da Hong Pao. The characters are {D:大红袍}, "Big Red Robe", named after a legend about a scholar who draped his red robe over the tea bushes. Roasted, mineral, almost chocolate.

5. Shou Pu'er – a ripe dark tea from Yunnan. Earthy. A divisive one: three members refused a second cup.

6. Bai Mu Dan. Our only white tea, {D:白牡丹}, "White Peony". Honey and hay. A gentle end to the evening.

Next month: Japanese teas, hosted by Keiko. Bring your own cup, as always.

Leaf & Kettle Tea Club · meets first Friday of the month · email the secretary to join
""")

dd("seal-carving-catalog", """
Spring Sale 2027 – Lot 112
Catalogue of Chinese Scholar's Objects · Harlow & Pike Auctioneers

A set of three carved soapstone seals, late Qing dynasty

Dimensions: 5.2 cm, 4.8 cm and 3.9 cm high
Condition: minor chips to one finial; seal faces crisp

Description
Each seal is topped with a small carved lion. The seal faces, read from right to left and top to bottom as is customary, are as follows:

Seal 1 (square, relief, red characters): {D:云山草堂}, "Thatched Hall of Cloudy Mountains", probably the name of the owner's studio.

Seal 2 (square, intaglio, white characters): {D:周氏} – "of the Zhou family". A simple surname seal.

Seal 3 (oval, relief): {D:清心}, meaning "a clear heart". This kind of phrase seal was often stamped at the start of a scroll.

The side of the tallest seal bears a short incised inscription: {D:丙戌秋刻于吴门}, "carved in autumn of the bingxu year at Wumen" (the old name for Suzhou). The bingxu year here is most likely 1886.

Provenance: from the collection of a private scholar in Edinburgh, acquired in Hong Kong in the 1960s.

Estimate: £800–1,200

Viewing: 2–4 March, 10:00–17:00 · Condition reports on request · Register to bid online
""")

dd("analects-reading-sheet", """
Evening Philosophy Circle – Handout for 9 December
Topic: Learning and friendship in the Analects, Book 1

We will read the famous opening of the Analects. Please read it aloud once in English before we meet.

Passage 1.1
{D:子曰：学而时习之，不亦说乎？}
{D:有朋自远方来，不亦乐乎？}
{D:人不知而不愠，不亦君子乎？}

Our working translation:
The Master said: "To learn and at times to practise what one has learned – is that not a pleasure? To have friends come from far away – is that not a joy? To be unrecognised by others and yet feel no resentment – is that not the mark of a gentleman?"

Questions for discussion
1. The word translated "pleasure" in the first line is written {D:说}, which today usually means "to speak". In classical texts it is read yuè and stands for "delight". Why might the editors have kept the older form?
2. The "gentleman", {D:君子} (jūnzǐ), originally meant "son of a lord". How does Confucius change the meaning of the term?
3. Is there a link between the three sentences, or are they three separate sayings?

Optional reading: Chapter 2 of our course reader, pages 14–22.

Refreshments provided. Room 3, Friends' Meeting House.
""")

dd("wushu-event-names", """
Invitational Wushu Championship 2027 – Competition Events
Organising Committee · Information for Overseas Teams

The following events are open to all categories. Event names appear on the scoreboard in Chinese and English. To help coaches and athletes check their entries, we list both below.

Barehand routines
- Long Fist ({D:长拳}, Changquan)
- Southern Fist ({D:南拳}, Nanquan)
- Taijiquan ({D:太极拳})

Short weapons
- Broadsword – {D:刀术} (daoshu)
- Straight sword – {D:剑术} (jianshu)
- Southern broadsword – {D:南刀}

Long weapons
- Staff: {D:棍术}
- Spear: {D:枪术}
- Southern staff: {D:南棍}

Taiji weapons
- Taiji sword – {D:太极剑}

Please note that "shu" in the weapon names simply means "technique" or "art". On the scoreboard the shorter names are used: for example, {D:剑} alone for straight sword.

Entry deadline: 31 January. Each athlete may enter a maximum of three individual events. Results will be posted at the venue and on the championship website.

Contact the technical office for questions about routines and time limits.
""")

dd("chant-sheet-pinyin", """
Evening Service – Chant Sheet
Blue Lotus Buddhist Centre · English-speaking group

We chant the opening of the Heart Sutra in Chinese, following the temple tradition. Each line is given in characters, then in pinyin for chanting, then in English for understanding. Do not worry about getting the tones right; follow the wooden fish.

{D:观自在菩萨，}
Guān Zìzài Púsà,
The Bodhisattva Avalokiteshvara,

{D:行深般若波罗蜜多时，}
xíng shēn bōrě bōluómìduō shí,
while deeply practising the perfection of wisdom,

{D:照见五蕴皆空，}
zhào jiàn wǔ yùn jiē kōng,
saw clearly that the five aggregates are all empty,

{D:度一切苦厄。}
dù yíqiè kǔ'è.
and passed beyond all suffering and distress.

After the chant we sit in silence for twenty minutes. The service ends with three bows. Newcomers are welcome; cushions and chairs are provided.

Blue Lotus Buddhist Centre · Sundays 18:30 · Donations support the centre's running costs
""")

dd("formula-lecture-notes", """
Lecture 14: The Four Gentlemen Decoction
Chinese Herbal Formulas II · Lecture notes (posted for registered students)

Today's formula is the foundation of all qi-tonifying prescriptions. Its name is {D:四君子汤} (Sì Jūnzǐ Tāng). The "four gentlemen" are its four ingredients, which are mild and balanced, like well-behaved scholars.

Composition
- Ginseng, {D:人参} (rénshēn) – chief herb
- White atractylodes, {D:白术} (báizhú) – deputy
- Poria, {D:茯苓} (fúlíng) – assistant
- Honey-fried liquorice, {D:炙甘草} (zhì gāncǎo) – envoy

Many modern clinics substitute codonopsis, {D:党参} (dǎngshēn), for ginseng because it is cheaper and milder.

Indications
Spleen and stomach qi deficiency: pale face, low voice, poor appetite, loose stools, a pale tongue and a weak pulse.

Modifications you must know for the exam
Add tangerine peel ({D:陈皮}, chénpí) and you get the Five-Ingredient Powder with Tangerine Peel, {D:异功散}. Add tangerine peel and pinellia, and the formula becomes the Six Gentlemen Decoction, {D:六君子汤}.

Reading: textbook chapter 8, pages 231–240. The quiz next week covers Lectures 12–14.
""")

dd("teahouse-menu-bilingual", """
THE PAVILION TEAHOUSE
Menu · Reservations · Gift Shop · Find Us

TEA MENU / {D:茶单}

Green teas
{D:西湖龙井} West Lake Dragon Well ........ 48
{D:黄山毛峰} Yellow Mountain Fur Peak ...... 42
{D:安吉白茶} Anji White Tea ................ 45

Oolong teas
{D:凤凰单丛} Phoenix Single Bush ........... 58
{D:冻顶乌龙} Frozen Summit Oolong .......... 52

Black and dark teas
{D:正山小种} Lapsang Souchong ............... 40
{D:六堡茶} Liubao Dark Tea .................. 46

Snacks / {D:茶点}
{D:绿豆糕} Mung bean cake .................. 18
{D:桂花糕} Osmanthus jelly .................. 18
{D:瓜子} Roasted sunflower seeds ........... 10

Prices are per pot and include hot water refills for two hours. All teas are served in the gongfu style unless you ask for a glass.

Ask our staff about the tea of the month.

Open 11:00–22:00 daily · Private rooms for groups of six or more · No outside food, please.
""")

dd("zhuangzi-footnotes", """
The Butterfly Dream – a new translation with notes
From the Zhuangzi, chapter 2 ("On the Equality of Things")

Once Zhuang Zhou dreamed he was a butterfly, a butterfly fluttering happily about, pleased with himself and doing as he liked.[1] He did not know he was Zhou. Suddenly he woke up, and there he was, solid and unmistakably Zhou.[2] But he did not know whether he was Zhou who had dreamed of being a butterfly, or a butterfly dreaming that it was Zhou.[3] Between Zhou and a butterfly there must be some distinction. This is called the transformation of things.[4]

Notes

[1] {D:昔者庄周梦为胡蝶，栩栩然胡蝶也，自喻适志与！} The doubled word {D:栩栩} describes lively, fluttering movement; we translate it "fluttering happily".

[2] {D:俄然觉，则蘧蘧然周也。} The word {D:蘧蘧} is rare; commentators take it to mean "solid, surprised".

[3] {D:不知周之梦为胡蝶与，胡蝶之梦为周与？}

[4] {D:周与胡蝶，则必有分矣。此之谓物化。} "Transformation of things" renders {D:物化} (wùhuà).

Translator's note: Zhuangzi's name in characters is {D:庄子}, "Master Zhuang"; inside the story he calls himself by his personal name, Zhou.

Part of the series "Short Classics". Licensed for classroom use.
""")

dd("incense-ritual-faq", """
Frequently Asked Questions – Visiting the Temple of the Eastern Peak

How many incense sticks should I offer?
Three is the usual number. Many visitors hold them with both hands and bow three times. You may see the sign {D:文明敬香} at the incense burner: it asks visitors to "offer incense in a civilised way", that is, not to burn huge bundles.

What do the characters on the red bags near the gate say?
They say {D:平安} (píng'ān), "peace and safety". They are amulets that you can take home for a small donation.

Why is there a sign saying {D:请勿拍照}?
That sign means "please do not take photos". It is displayed in front of the main altar only. Photography in the courtyards is fine.

What is the tall stone with one large character?
That is the {D:寿} (shòu) stone, "longevity". Touching it is said to bring a long life, which is why the character is polished smooth.

Can I draw a fortune stick?
Yes. Shake the bamboo cylinder until one stick falls out, then take the number to the fortune desk. The slips are written in verse; staff will give you a printed English summary.

Still have questions? Ask at the visitor centre beside the car park, open 8:00–16:30.
""")

dd("wing-chun-podcast-transcript", """
The Open Hand Podcast – Episode 57 transcript
"Wing Chun Vocabulary with Sifu Alice Wong"

HOST: Welcome back. Today Sifu Alice Wong is here to explain some of the words that Wing Chun students hear in class. Sifu, where do we start?

ALICE: With the forms. The first form is Siu Nim Tao, which in Cantonese is {D:小念头}. It means "little idea".

HOST: And in Mandarin?

ALICE: Xiǎo niàntou. But in Wing Chun we mostly use Cantonese, because the style developed in Foshan and Hong Kong.

HOST: What about chi sau? Everyone talks about chi sau.

ALICE: {D:黐手}. "Sticking hands." The first character is a Cantonese word for sticky – you won't find it much in Mandarin texts.

HOST: And the wooden dummy?

ALICE: {D:木人桩}, muk yan jong, the "wooden man post". And the title Sifu itself, {D:师父}, is "teacher-father". My students call me that, though I'm younger than some of them!

HOST: Last one. The style's name.

ALICE: {D:咏春}, Wing Chun. "Singing spring", or "praising spring". There are stories about a woman called Yim Wing Chun, but nobody can prove she existed.

HOST: Sifu Alice Wong, thank you.

[Transcript edited for length. Full audio on all podcast platforms.]
""")

dd("museum-scroll-label", """
Gallery 9 · Chinese Painting and Calligraphy

Hanging scroll: "Pine Wind"
Attributed to Dong Qichang (1555–1636)
Ink on paper, 132 × 48 cm
Gift of Mrs Eleanor Hart, 1958

The scroll carries only four large characters: {D:松风水月}, "pine wind, water moon". The phrase appears in Buddhist writing as a picture of a pure mind: as clear as wind in pines, as still as the moon on water.

To the left, in smaller running script, the artist signed {D:玄宰}, one of Dong Qichang's courtesy names. Below the signature are two seals, one reading {D:董其昌印}, "seal of Dong Qichang", and another with his studio name {D:画禅室}, "Painting Chan Room".

Whether Dong himself wrote this scroll is debated. The brushwork is close to his, but the paper is later than expected, and some experts think it is the work of a skilled follower.

Look closely at the last stroke of the second character: the ink runs dry, leaving white streaks. This effect, called "flying white", was prized as a sign of speed and energy.

Audio guide stop 41 · Please do not use flash · Gallery 10 continues with Qing dynasty fan paintings →
""")


# ---------------------------------------------------------------- leftovers

ll("temple-hours-zh", """
Guangji Temple Official Website
Home · Temple Introduction · Dharma Activities · Visit Guide · Contact Us · {D:中文}

Visit Guide

Guangji Temple was founded in the Tang Dynasty and is one of the important Buddhist temples in the region. The temple covers an area of 36 mu and has a complete layout of halls along the central axis.

Main halls
Mountain Gate {D:山门} – the entrance to the temple
Hall of Heavenly Kings {D:天王殿}
Mahavira Hall {D:大雄宝殿}
Hall of the Medicine Buddha {D:药师殿}

Opening hours
{L:夏季（4月至10月）：7:00—17:30}
{L:冬季（11月至次年3月）：7:30—17:00}
Admission is free. Visitors are requested to dress neatly and keep quiet in the halls.

Transportation
Take bus No. 18 or No. 42 and get off at Guangji Temple Station. {L:自驾车辆请停放在寺前公共停车场，}the temple does not provide parking.

Notes
1. Please do not bring your own incense; three free incense sticks are provided at the gate.
2. {L:殿内禁止拍照、摄像。}
3. Pets are not allowed into the temple.

Copyright © Guangji Temple. All rights reserved. {D:粤ICP备12045678号}
""")

ll("tcm-hospital-department", """
Municipal Hospital of Traditional Chinese Medicine
Home > Departments > Department of Acupuncture and Moxibustion

Department of Acupuncture and Moxibustion

The Department of Acupuncture and Moxibustion was established in 1958 and is a key specialty of the provincial administration of traditional Chinese medicine. The department has 45 beds and 28 medical staff, including 6 chief physicians and 9 associate chief physicians.

The department uses acupuncture, moxibustion, cupping, electroacupuncture and other methods to treat stroke sequelae, facial paralysis, cervical spondylosis, lumbar disc herniation, insomnia and other diseases. {L:科室特色疗法有“温针灸”“火龙灸”和“穴位埋线”，年门诊量达八万余人次。}

In recent years, the department has undertaken 12 research projects at provincial level and above and published more than 60 papers.

{L:三伏贴、三九贴每年定期开展，具体时间请关注医院公众号通知。}

Outpatient hours: Monday to Sunday, 8:00–12:00, 14:00–17:30
Location: 3rd floor, Outpatient Building 2

Expert outpatient schedule
Monday morning: Director Zhang Hua
Wednesday afternoon: {L:李明副主任医师}
Friday all day: Dr. Wang Fang

Address: 88 Renmin Road · Appointment hotline: 0571-8765-4321
""")

ll("prescription-slip", """
Herbal Prescription – Outpatient Copy
Tongren TCM Clinic · Internal Medicine

Patient: Chen ** · Sex: F · Age: 46
Visit date: 2026-11-28 · Card No.: 0045871

Diagnosis (Western medicine): Insomnia
Diagnosis (TCM): Sleeplessness, heart and spleen deficiency pattern

Prescription:
Sour jujube seed 15 g · Poria 12 g · Longan flesh 10 g
Astragalus 15 g · Chinese angelica 10 g · Polygala root 6 g
Processed licorice 6 g · Costus root 6 g (added later)

Quantity: 7 doses

Usage:
{L:每日一剂，水煎两次，早晚饭后温服。}
{L:木香后下，煎煮最后五分钟再放入。}

Doctor's advice:
Avoid strong tea and coffee in the afternoon. {L:睡前用温水泡脚二十分钟，}keep regular sleep hours and return for a follow-up visit after one week.

Physician: Dr. Liu (signature)
Dispensing pharmacist: Zhou (signature)
Checked by: ______

Decoction service available at Window 5. {L:代煎药品请于次日下午三点后凭此单领取。}

This prescription is valid for 3 days. Please keep it properly.
""")

ll("tea-product-fields", """
Mingshan Tea Official Store
Home | All Products | Green Tea | Oolong | Black Tea | Gift Boxes | About Us

2026 Spring Pre-Qingming West Lake Longjing, Premium Grade, 250 g Gift Tin

Price: ¥ 688.00    Sales this month: 1,204

Product parameters
Brand: Mingshan
Tea type: green tea
Origin: Hangzhou, Zhejiang
Picking time: before Qingming
{L:净含量}：250 g
{L:保质期}：18 months
Storage: {L:密封、避光、冷藏保存，}avoid strong odours
{L:生产许可证编号}：SC11433010601234
Packaging: tin can in gift box

Product description
Our Longjing comes from the first-grade protected area around Meijiawu village. The leaves are flat, smooth and straight, with a bright green colour. The liquor is clear and the aroma resembles roasted chestnuts.

Brewing suggestion: 3 g of tea, 150 ml of water at 80–85 °C, wait 2 minutes. {L:建议使用玻璃杯冲泡，便于观赏茶叶舒展。}

After-sales: 7 days no-reason return for unopened products.

{L:温馨提示：新茶上市期间订单较多，发货时间可能延迟一至两天，敬请谅解。}

Customer service 9:00–22:00 · Mingshan Tea Co., Ltd. · {D:浙ICP备19087654号-1}
""")

ll("association-chairman-speech", """
City Wushu Association Holds 2026 Annual Work Conference

Source: City Wushu Association    Date: 2026-11-20    Views: 312

On November 18, the City Wushu Association held its 2026 annual work conference at the Municipal Sports Centre. More than 120 representatives from member clubs, schools and communities attended the meeting.

Secretary-General Zhao Jun reported on the association's work in 2026. Over the past year the association organised 14 competitions and training courses and trained 260 new referees and coaches. The city's team won 9 gold medals at the provincial games.

Chairman Wang Guoqiang delivered a speech. He pointed out: {L:武术是中华优秀传统文化的重要组成部分，我们要坚持“以武育人、以武强身”的理念，推动武术进校园、进社区，让更多群众参与到武术运动中来。}

He also stressed that in the coming year the association will strengthen the management of member clubs, {L:严格规范段位考评工作，}and promote the establishment of a city-level traditional martial arts archive.

At the meeting, ten "Outstanding Member Units" and twenty "Outstanding Coaches" were commended. The Taijiquan demonstration team of Dongcheng Community performed {D:二十四式太极拳} (24-form Taijiquan) for the guests.

{L:责任编辑：刘洋}

Previous: Youth Sanda Training Camp Successfully Concluded
Next: Notice on the 2027 Duan Examination
""")

ll("temple-notice-board", """
Tianning Temple · Announcements

Notice on the Arrangement of Dharma Assemblies During the Lunar New Year

All devotees:
The Spring Festival of 2027 is approaching. In order to let devotees welcome the New Year in a peaceful and auspicious atmosphere, the temple will hold a series of Dharma assemblies. The arrangements are as follows:

1. New Year's Eve bell striking: on the night of February 5, 2027, the temple will strike the bell 108 times at midnight. {L:撞钟活动需提前登记，每人限撞一次，名额有限，额满为止。}

2. Prayer assembly for blessings: from the first to the third day of the first lunar month, every day from 9:00 to 11:00 in the Mahavira Hall.

3. Lantern offering: {L:供灯随喜，可至客堂登记，每盏灯供奉七天。}

Safety reminders
During the festival the number of visitors will be large. Please follow the guidance of staff and volunteers, and look after your belongings.
{L:寺内严禁燃放烟花爆竹，请勿携带高香入寺。}

Contact: Reception Hall (Ketang), tel. 0519-8812-3456

Tianning Temple Management Committee
January 10, 2027

{D:南无阿弥陀佛} (Namo Amitabha)
""")

ll("grading-table-cells", """
Chinese Wushu Duan Examination – Results Announcement (Third Batch 2026)

According to the Chinese Wushu Duan System management measures, the examination committee has reviewed the results of the third batch of duan examinations held on October 26, 2026. The list of candidates who passed is now announced as follows:

| No. | Name | Club | Event | Duan applied | Result |
|---|---|---|---|---|---|
| 1 | Zhang Wei | Xingyi Club | Xingyiquan | 3rd Duan | Passed |
| 2 | Li Na | City No. 5 Middle School | Long Fist | 2nd Duan | Passed |
| 3 | Wang Hao | Qingshan Taiji Club | Chen-style Taijiquan | 4th Duan | {L:补考} |
| 4 | Zhao Min | Qingshan Taiji Club | 24-form Taijiquan | 1st Duan | Passed |
| 5 | Sun Lei | Dragon Martial Arts School | Southern Fist | 3rd Duan | {L:理论未通过} |
| 6 | Zhou Jie | Xingyi Club | Baguazhang | 2nd Duan | Passed |
| 7 | Wu Ting | City No. 5 Middle School | Sword | 1st Duan | {L:缺考} |

The announcement period is from November 1 to November 7, 2026. If you have any objection to the results, please contact the examination committee office in writing during the announcement period.

{L:证书及段位服将于公示结束后统一发放，请各单位派专人领取。}

Examination Committee, City Wushu Association
October 31, 2026
""")

ll("tea-shop-reviews", """
Customer Reviews (2,318)    Positive rate 98%

All | With pictures (412) | Repeat buyers (356) | Negative (21)

★★★★★ t***3   2026-11-02
Bought for my father. The packaging is very high-end and the tea tastes fresh. Will buy again for the Spring Festival.

★★★★★ x***u   2026-10-30
{L:第三次回购了，香气很足，耐泡，性价比高。}
Purchased: Tieguanyin Strong Aroma 500 g

★★★★☆ m***e   2026-10-28
The tea is good but the delivery took five days. {L:客服态度还可以，}hope the logistics can be faster.

★★★★★ l***n   2026-10-25
Colleagues in the office all said it was delicious. The "Iron Goddess" {D:铁观音} name was also printed on the box in English, so my foreign colleagues could understand it.

★★☆☆☆ w***8   2026-10-20
{L:收到的和图片不一样，茶叶碎末太多，不推荐。}

Shop reply: Dear customer, we are very sorry for the bad experience. Please contact our customer service and we will arrange a replacement for you.

★★★★★ a***a   2026-10-18
Good. Smells like orchids.

Load more reviews
""")

ll("doctor-profile-glued", """
Expert Introduction

Professor Huang Jianguo
Chief Physician · Doctoral Supervisor · Department of Gastroenterology

Professor Huang graduated from Guangzhou University of Chinese Medicine in 1986 and has been engaged in clinical, teaching and research work of traditional Chinese medicine for more than 40 years. He studied under the famous TCM master Deng Tietao, {L:深得其学术思想真传，}and is a national-level inheritor of academic experience of senior TCM experts.

Specialties
He is good at using TCM to treat chronic gastritis, peptic ulcers, irritable bowel syndrome and functional dyspepsia, {L:尤其擅长运用经方治疗脾胃疑难杂症。}

Academic positions
Vice chairman of the Spleen and Stomach Disease Branch of the Provincial Association of Chinese Medicine; {L:省中医药学会脾胃病专业委员会常务委员；}member of the editorial board of the Journal of Integrated Traditional and Western Medicine.

Achievements
He has presided over 8 national and provincial research projects, published more than 90 papers and edited 5 monographs. {L:获省科技进步二等奖两项。}

Clinic hours
Tuesday morning, Thursday morning (Special Needs Clinic)
Registration fee: 100 yuan

Online appointment · WeChat appointment · Telephone appointment: 020-3456-7890

Home · Find a Doctor · Departments · Patient Guide · {D:中文版}
""")

ll("martial-school-timetable", """
Songshan Shaolin Martial Arts Culture Center – International Training Course Timetable

Welcome to the Songshan Shaolin Martial Arts Culture Center. The following is the daily timetable for the winter training course (December 2026 – February 2027). All students must follow the schedule strictly.

Daily schedule
05:30  Wake up
06:00–07:00  Morning run and basic skills
07:00–07:30  Breakfast
08:30–11:00  Shaolin routines (Xiao Hong Quan {D:小洪拳}, Da Hong Quan {D:大洪拳})
11:30–12:00  Lunch
{L:12:00—14:00  午休}
14:30–16:30  Weapons training (staff, broadsword)
16:30–17:30  {L:散打对练及体能训练}
18:00  Dinner
19:00–20:00  Meditation / Chan class
{L:21:30  熄灯就寝}

Sunday is a rest day. Students may leave the center with permission, but must return before 18:00.

Rules
1. Respect the masters and fellow students.
2. {L:训练期间不得擅自离开训练场地。}
3. Alcohol and smoking are not allowed on the premises.

Course fee includes accommodation, three meals a day and training uniform.

Contact the admissions office: +86 371 6274 0000 · WhatsApp available
""")

ll("temple-donation-buttons", """
Online Merit Donation

Baolin Chan Temple welcomes devotees from all over the world to participate in the construction of the temple and support the practice of the Dharma. All donations will be used for the restoration of the halls, the daily expenses of the monks and charitable work.

Donation items
○ Light a lamp for blessings – 50 yuan
○ Offering to the Sangha – 100 yuan
○ Sponsor a roof tile – 200 yuan (the donor's name will be written on the tile)
○ Any amount

Name of the person to be blessed: ______
Wishes (optional): ______

{L:随喜功德}    {L:立即支付}

Payment methods: WeChat Pay, Alipay, UnionPay
{L:支付完成后可在“我的功德”中查看记录。}

About the temple
Baolin Chan Temple ({D:宝林禅寺}) is located at the foot of Lotus Mountain and was built in the Southern Song dynasty. The present Abbot is Venerable Shi Huiming.

Reminder: The temple has never authorised any individual to raise funds in its name. Please donate only through the official website or the merit office in the temple.

{L:功德无量 · 吉祥如意}

Home | News | Dharma Teachings | Donation | Contact
""")

ll("tea-company-about-extra", """
About Us

Company Profile

Yunling Tea Industry Co., Ltd. ({D:云岭茶业有限公司}) was founded in 2003 and is located in Pu'er City, Yunnan Province. It is a modern tea enterprise integrating tea planting, processing, research and sales. The company owns 12,000 mu of ecological tea gardens and three standardised processing plants.

The company's main products include Pu'er raw tea, Pu'er ripe tea, Dianhong black tea and white tea. Our products are sold in more than 20 provinces in China and exported to Malaysia, Korea, France and other countries.

{L:公司先后荣获“农业产业化国家重点龙头企业”“云南省著名商标”等称号，旗下古树茶园位于海拔一千八百米以上的哀牢山区，树龄多在三百年以上。}

Adhering to the concept of "ecology first, quality foremost", we insist on organic cultivation without chemical fertilisers or pesticides. Every batch of tea can be traced back to its garden.

Development history
2003 – Company founded
2010 – Obtained organic certification
2018 – Opened a tea culture experience centre
2024 – {L:启动年产两千吨精制茶生产线建设项目}

Corporate culture
Mission: to let the world taste good Yunnan tea.
Vision: to become a century-old tea brand.

Contact us: +86 879 212 3456 · Add: No. 6 Tea Garden Road, Simao District, Pu'er
""")

ll("hospital-news-list-more", """
Provincial Hospital of Integrated Chinese and Western Medicine

Hospital News                                            {L:更多}>>

· Our hospital held a free clinic on the theme "TCM Benefits the People"      11-29
· Experts from our hospital invited to give lectures at the national TCM forum      11-26
· {L:我院举行2026年新职工入职培训}      11-22
· Department of Orthopaedics completes the first robot-assisted knee replacement      11-18
· {L:关于调整冬至膏方门诊时间的通知}      11-15
· Hospital Party Committee holds theoretical study meeting      11-10

Health Science

· How to nourish the body in winter according to TCM      11-28
· Five tips for protecting your stomach this season      11-21
· Is moxibustion suitable for everyone? Experts answer      11-14

Notices

· Recruitment announcement for 2027 standardised residency training      11-25
· {L:冬季膏方节报名开始啦！}      11-19

Quick links: Online Appointment | Report Inquiry | Hospitalisation Guide | Medical Insurance Policy

Address: 9 Jiefang Road, Wuhan · Emergency: 027-8888-1200
{D:鄂ICP备05012345号}    {D:鄂公网安备42010602000123号}
""")

ll("tournament-photo-captions", """
Photo Report | The 5th "Dragon Cup" Traditional Martial Arts Tournament Concludes

From November 14 to 16, the 5th "Dragon Cup" Traditional Martial Arts Tournament was held in the Olympic Sports Centre Gymnasium. More than 900 athletes from 86 teams competed in 160 events, including Shaolin boxing, Wudang boxing, Taijiquan, Baguazhang and traditional weapons.

[Photo] Opening ceremony: the flag team enters the venue.

[Photo] {L:六岁的小选手表演少林童子功，赢得全场掌声。}

[Photo] An athlete from the Xingyi team performs a spear routine.

[Photo] Referees score the Taiji push-hands competition.
{L:推手比赛现场，双方选手你来我往，难分高下。}

[Photo] Winners of the team event pose with the trophy. The trophy is engraved with the words {D:武德} – "martial virtue".

[Photo] {L:闭幕式上，组委会为获奖代表队颁奖。}

The tournament was hosted by the Provincial Wushu Association and undertaken by the City Sports Bureau. The next tournament will be held in autumn 2027.

Text: Chen Xiao    Photos: Lin Feng, {L:马小东}
Editor: Zhou Li

Share to: WeChat · Weibo · QQ
""")

ll("tea-checkout-notes", """
Shopping Cart (3)

Product                                               Qty    Subtotal
Dianhong Golden Buds Black Tea 200 g                   1      ¥158.00
Old Tree White Tea Cake 357 g                          1      ¥268.00
Travel Tea Set (1 pot 3 cups), celadon                 1      ¥129.00

Coupon: –¥30.00 (full 500 minus 30)
Shipping: free
Total: ¥525.00

Shipping address
Receiver: ______    Mobile: ______
Detailed address: ______
{L:请填写详细地址，精确到门牌号}

Invoice
○ No invoice  ○ Personal  ○ Company
{L:电子发票将在确认收货后七个工作日内发送至您的邮箱。}

Delivery notes
1. Orders placed before 16:00 are shipped the same day.
2. Remote areas such as Xinjiang and Tibet may require additional shipping fees.
3. {L:易碎品（茶具）已加固包装，签收时请当面验货，如有破损请拒收。}

Leave a message to the seller: ______

[Submit Order]

By submitting the order you agree to the Terms of Sale and Privacy Policy.
{L:如有疑问请联系在线客服}
""")

ll("temple-festival-programme", """
2026 Wudang Mountain Taoist Culture Festival – Programme

Theme: Harmony between Heaven and Humanity, Inheriting the Tao
Dates: December 18–20, 2026
Venue: Zixiao Palace ({D:紫霄宫}, Purple Cloud Palace) and Taiji Lake Square

December 18 (Friday)
09:00  Opening ceremony and blessing ritual
10:30  Wudang Taiji performance by 1,000 practitioners
14:00  {L:道教音乐专场演出（武当道乐团）}
19:30  Lantern-lighting prayer for world peace

December 19 (Saturday)
09:00  Academic forum: Taoist thought and ecological civilisation
14:00  {L:非遗展示：武当道教医药、武当榔梅传统制作技艺}
16:00  Calligraphy and painting exhibition by Taoist priests

December 20 (Sunday)
09:00  Wudang martial arts exchange competition
15:00  Closing ceremony

Notes
· All events are free of charge, but some venues require advance booking.
· {L:部分活动场地位于山顶，请游客注意保暖，量力而行。}
· Shuttle buses run every 20 minutes from the Tourist Centre.

Organisers: Wudang Mountain Tourism and Economic Special Zone Administration; Wudang Mountain Taoist Association
{L:本活动最终解释权归主办方所有。}
""")

ll("herbal-label-warnings", """
PRODUCT INFORMATION

Product name: Jujube and Goji Herbal Drink Granules
Specification: 10 g × 20 sachets

Ingredients: jujube, goji berry, longan, Chinese yam, white sugar.

Traditional use: according to traditional Chinese medicine, this product nourishes the blood and calms the mind, and is suitable for people who are often tired.

Directions: dissolve one sachet in 200 ml of hot water. Take 1–2 sachets a day.

Warnings
1. Diabetic patients should use with caution. {L:孕妇、哺乳期妇女及儿童应在医师指导下服用。}
2. {L:感冒发热病人不宜服用。}
3. Do not exceed the recommended dose.
4. {L:本品不能代替药物。}

Storage: keep in a cool, dry place, away from direct sunlight.
Shelf life: 24 months
Date of production: see the back of the box
{L:生产批号：见包装盒底部}

Manufacturer: Tongxin Pharmaceutical Co., Ltd.
Address: 21 Kangle Road, Bozhou, Anhui
Production licence: SC10634160012345

Consumer hotline: 400-800-1234
{L:本品经检验合格}
""")

ll("taichi-registration-form", """
Online Registration – 2027 International Taijiquan Exchange Conference

Welcome to register for the 2027 International Taijiquan Exchange Conference, to be held in Jiaozuo, Henan, the birthplace of Chen-style Taijiquan, from April 8 to 12, 2027. Please fill in the form carefully; items marked * are required.

Personal information
* Full name (as in passport): ______
* Gender: ○ Male ○ Female
* Date of birth: ______
* Nationality: ______
{L:证件类型}： ○ Passport ○ ID card
* Passport number: ______
{L:所属单位或拳馆}： ______

Competition events (maximum two)
□ Chen-style Taijiquan {D:陈式太极拳}
□ Yang-style Taijiquan {D:杨式太极拳}
□ Taiji sword
□ {L:太极推手（定步）}
□ {L:太极推手（活步）}

Accommodation
○ Official hotel (twin room)  ○ Self-arranged
{L:是否需要接机}： ○ Yes ○ No

Registration fee: USD 120 per person (including meals during the conference).

{L:报名截止日期：2027年2月28日}

[Submit]   [Reset]

For enquiries, please email the organising committee office.
""")

ll("calligraphy-exhibition-captions", """
Ink and Heart – Exhibition of Works by Members of the City Calligraphers Association

Exhibition dates: December 1–15, 2026
Venue: Exhibition Hall 2, City Art Museum
Free admission, closed on Mondays

Foreword
This exhibition presents 86 works by 62 members of the City Calligraphers Association, covering seal script, clerical script, regular script, running script and cursive script. The works show the creative achievements of our city's calligraphers in recent years.

Selected works

Work 1: Running script, a poem by Li Bai, by Zhang Heping
{L:作者现为中国书法家协会会员，作品曾入选全国第十二届书法篆刻展。}

Work 2: Clerical script couplet, by Xu Lan
Couplet text: {D:海纳百川} / {D:有容乃大} – "The sea takes in a hundred rivers; tolerance makes it great."

Work 3: Seal script, the Heart Sutra, by Wang Zhiyuan
{L:此作历时三个月完成，全篇二百六十字，一气呵成。}

Work 4: Cursive script, "Ode to the Red Cliff", by Liu Qing
{L:本次展览中年龄最小的作者，年仅十七岁。}

Organisers: City Federation of Literary and Art Circles; City Calligraphers Association
Curator: Feng Yu

Share · Visitor guide · Back to exhibitions
""")

ll("appointment-faq-answer", """
Patient Services › Frequently Asked Questions

Q: How can I make an appointment?
A: You can make an appointment through the hospital's official WeChat account, the online appointment platform, the self-service machines in the outpatient hall, or by calling 12320.

Q: How long in advance can I book?
A: Appointments can be booked 7 days in advance. Appointments for expert clinics open at 8:00 every morning.

Q: What should I do if I cannot attend my appointment?
A: {L:请在就诊前一天下午五点前取消预约，一个月内爽约三次将暂停预约资格三个月。}

Q: Can I decoct herbal medicine at the hospital?
A: Yes. The hospital provides a decoction service. Medicines are usually ready the next afternoon and can be collected at the decoction room on the first floor.

Q: Does the hospital accept medical insurance cards from other provinces?
A: Yes, patients who have completed the filing procedures for cross-provincial medical treatment can settle directly. {L:未备案的患者需先自费，}and then reimburse according to local regulations.

Q: Is there parking at the hospital?
A: There is an underground car park with 400 spaces. {L:停车收费标准：首小时免费，之后每小时三元。}

Did not find your answer? Call the patient service centre: 0731-8456-0000 (8:00–17:30)
""")

ll("temple-wechat-abbot-quote", """
Abbot Visits Elderly Care Home Before the Winter Solstice

Lingyin Dharma Hall  2026-12-02

On November 30, the Venerable Abbot Master Guangxin led more than twenty monks and volunteers to the Sunshine Elderly Care Home in Xihu District to send winter blessings to the elderly. They brought cotton quilts, rice, cooking oil and Laba porridge ingredients.

During the visit, Master Guangxin chatted with the elderly one by one and asked about their health. He said to the staff of the care home: "{L:照顾老人就是修行，你们每天做的事情，就是最好的功德。}"

The abbot also gave each elderly person a red string bracelet blessed in the Mahavira Hall, with the words {D:福寿安康} (blessing, longevity, peace and health) printed on the card attached to it.

Since 2015, the temple has visited the care home every winter. {L:寺院表示，今后将继续把这项慈善活动坚持下去。}

Text / Photos: Volunteer Team
Editor: Jingyuan

{L:阅读原文}    {L:点赞}    {L:在看}    {L:分享}

Scan the QR code to follow Lingyin Dharma Hall
""")

ll("tea-garden-itinerary", """
Wuyi Mountain Rock Tea Study Tour – 3 Days / 2 Nights

Wuyi Mountain is the home of Da Hong Pao ({D:大红袍}, Big Red Robe) and one of the birthplaces of oolong and black tea. This tour takes you into the rock tea gardens and lets you experience traditional tea making with a master.

Day 1: Arrival – Tea Culture Museum
· Pick-up at Wuyishan Airport or railway station
· Afternoon visit to the Wuyi Tea Culture Museum
· {L:晚上入住茶园民宿，品尝武夷山特色农家菜}

Day 2: Rock tea gardens – tea-making workshop
· Morning hike through the "three pits and two streams" core production area
· Visit the six mother trees of Da Hong Pao on the cliff
· {L:下午跟随制茶师傅学习摇青、炒青工艺，亲手制作一泡岩茶带回家}
· Evening tea tasting: Rougui ({D:肉桂}, Cassia) and Shuixian ({D:水仙}, Narcissus)

Day 3: Bamboo rafting – departure
· Bamboo raft down the Nine-Bend Stream (about 1.5 hours)
· {L:午餐后送机或送站，结束愉快的行程}

Price includes: accommodation, meals as listed, entrance tickets, local guide.
Price does not include: personal expenses, travel insurance.
{L:注：因天气原因竹筏停航时，改为游览天游峰，费用不退。}

Group size: 6–12 people · Book at least 14 days in advance
""")

if __name__ == "__main__":
    SET.build()
