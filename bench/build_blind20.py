"""Build bench/sets/detect20-*.jsonl: a held-out, hand-written detection set ("detect20").

English pages that contain Chinese on purpose (Chinese-studies course catalogues and syllabi,
translation-studies blog posts about how a phrase or a single character was rendered, contracts
with bilingual clause headings, patent and paper abstracts with Chinese titles in their
references, film-festival programmes, esports hero and skill pages, herb lists, Go / xiangqi /
mahjong glossaries, podcast show notes with sentence-then-translation pairs in both orders,
song-lyric translations line by line and in stanza blocks, bilingual picture books, calligraphy
couplets, annual-report extracts in alternating paragraphs, app-store listings with localized
names, infoboxes, Markdown tables with Chinese columns, FAQ pages, visa-form field names, names
in brackets, footers with ICP numbers, and Chinese that is not glossed at all: a name in
characters only, a quoted phrase discussed in English), and half-translated pages (MT mirrors
of university, law-firm, game-company, pharmaceutical, court, museum, tourism-bureau, trade-fair,
publisher and research-institute sites with untranslated clauses glued in with `,` or `，`,
whole untranslated sentences and paragraphs, table cells, headings, menu items, breadcrumbs,
CMS labels, captions, list items left in Chinese among translated ones, and leftovers sitting
next to bilingual-looking material that say something other than their English neighbours,
short and long), several of which also carry deliberate Chinese (a logo with its translation,
a language switcher, an ICP number) marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). The style imitates ../shared/corpus/real, but
every sentence was written for this set. The set was written BLIND on 2026-12-02: without
reading mtmend's code, its tests, the other bench sets or their builders (only blind_set.py,
`marked()`/`Doc` from build_detection_sets.py and the opening of build_blind19.py were looked
at, as a model of the format), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind20.py` from the repository root; it rewrites
bench/sets/detect20-deliberate.jsonl (ids d20d-NN) and bench/sets/detect20-leftovers.jsonl
(ids d20l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect20", chars=(600, 2500), lines=(8, 30))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("syllabus", """
CHIN 3120: Readings in Classical Chinese Prose
Department of East Asian Languages and Cultures, Spring semester
Instructor: Dr. Helen Marsh, office hours Tuesday 2-4 pm, Room 418

Course description
This course introduces students who have completed two years of modern Mandarin to the grammar of the literary language. We read short, complete texts in the original, and every week each student prepares a written translation that we compare in class.

Weekly readings
Week 1: Particles and sentence endings, with a focus on {D:也}, {D:矣} and {D:焉}.
Week 2: Selections from {D:论语} (the Analects), book one.
Week 3: {D:孟子} (Mencius), the passage on the child at the well.
Week 4: {D:庄子} (Zhuangzi), "The Butterfly Dream" and the cook who carved an ox.
Week 5: Midterm translation exercise, unseen passage.
Week 6: {D:史记} (Records of the Grand Historian), the biography of Jing Ke.
Week 7: Tang prose: Han Yu's {D:师说} ("On Teachers").
Week 8: Review and final translation portfolio.

Required text
Please buy the course reader from the campus copy centre. A good paper dictionary is strongly recommended; online tools often give modern meanings that will mislead you in these texts.

Assessment: weekly translations 40%, midterm 20%, portfolio 30%, participation 10%.
""")

dd("translation-blog", """
How do you translate jianghu? Notes from a reading group
Posted by the Translation Studies Circle
Tags: wuxia, terminology, reading group

Last month our reading group spent an entire evening on a single word: {D:江湖}. Literally it is "rivers and lakes", and in martial-arts fiction it names the whole world of wandering swordsmen, inns, feuds and sworn brothers that exists alongside, and mostly outside, the world of officials.

We compared four published English versions of the same novel. One translator kept the pinyin throughout and added a note on first use. Another wrote "the martial world", which is tidy but loses the water. A third tried "the rivers and lakes" every time, and by chapter three it sounded like a geography lesson. The fourth varied it: "the underworld" in one scene, "the brotherhood" in another.

Nobody in the group liked the last approach. When a character sighs {D:人在江湖，身不由己}, the point is that the word carries a whole way of life, and swapping it for a different English word in every scene hides that the author keeps returning to it.

Our tentative conclusion: keep "jianghu" in italics, explain it once, and trust the reader. English readers learned "samurai" and "kung fu" the same way.

Next month: the word {D:侠}, usually rendered as "knight-errant", and whether that phrase drags in too much of medieval Europe.
""")

dd("contract-headings", """
DISTRIBUTION AGREEMENT (extract)
This Agreement is made in English and Chinese. Clause headings are given in both languages for convenience only and do not affect interpretation.

Article 1 Definitions {D:第一条 定义}
1.1 "Products" means the goods listed in Schedule A, as amended from time to time by written notice.
1.2 "Territory" means the mainland of the People's Republic of China, excluding Hong Kong, Macao and Taiwan.

Article 2 Appointment {D:第二条 委任}
2.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory for the Term.

Article 3 Confidentiality {D:第三条 保密}
3.1 Each party shall keep confidential all technical and commercial information received from the other party and shall not disclose it to any third party without prior written consent.

Article 4 Governing Law and Disputes {D:第四条 适用法律与争议解决}
4.1 This Agreement is governed by the laws of the People's Republic of China.
4.2 Any dispute shall be submitted to arbitration in Shanghai under the rules in force at the time of filing.

Article 5 Language {D:第五条 语言}
5.1 In the event of any conflict between the two versions, the Chinese version shall prevail.
""")

dd("patent-abstract", """
Patent abstract summary

Publication number: CN 11XXXXXXX A
Title (original): {D:一种用于锂电池极片的激光清洗装置}
Title (English, machine-assisted): A laser cleaning device for lithium battery electrode sheets
Applicant: a battery equipment manufacturer in Jiangsu Province
Filing date: 14 March 2024

Abstract
The invention discloses a laser cleaning device for removing coating residue from the edges of lithium battery electrode sheets. The device comprises a conveying unit, a pulsed laser head mounted on a two-axis gantry, a dust extraction hood and a vision module that detects the boundary of the coating. The laser power is adjusted in real time according to the detected thickness of the residue, which the applicant claims reduces damage to the copper foil compared with mechanical scraping.

Claims of note
Claim 1 describes the combination of the vision module and the power control. Claim 4 adds a nitrogen curtain to limit oxidation of the foil.

Our comment
The examiner's search report cites two earlier Chinese utility models, one titled {D:极片边缘清理机构}, which covers a brush-based mechanism. The novelty argument therefore rests almost entirely on the closed-loop laser control.
""")

dd("paper-references", """
Abstract
This paper examines how rural primary schools in two provinces adopted tablet-based reading programmes between 2018 and 2022. Drawing on classroom observations and interviews with 46 teachers, we find that the devices were used mostly for drill exercises rather than extended reading, and that teachers' workload rose during the first year of adoption. We argue that procurement schedules, rather than pedagogical goals, shaped how the programmes were rolled out.

Keywords: rural education, educational technology, reading, teacher workload

References
Chen, L. (2019). {D:乡村小学数字化教学的现状与问题} [The state and problems of digital teaching in rural primary schools]. Journal of Educational Research, 40(6), 45-53.
Li, M., & Zhou, Y. (2021). {D:平板电脑进课堂：一项民族志研究} [Tablets in the classroom: An ethnographic study]. Peking University Education Review, 19(2), 88-104.
Smith, J. (2017). Screens and schools: Reading in the digital age. Oxford University Press.
Wang, H. (2020). {D:教师工作负担的测量与分析} [Measuring and analysing teacher workload]. Beijing: Education Science Press.
Zhang, Q. (2022). Procurement and pedagogy in China's school technology policy. Comparative Education Review, 66(3), 410-432.
""")

dd("film-programme", """
Northern Lights Film Festival: Sinophone Cinema Strand

All films are screened in the original language with English subtitles. Tickets are available at the box office or online.

Friday 7 pm, Screen 2
{D:海边的那一年}
The Year by the Sea
Dir. Lin Jiahui, 2023, 104 min
A retired ferry captain and his granddaughter spend one summer repairing a boat neither of them will sail. Quiet, funny and very patient.

Saturday 4 pm, Screen 1
{D:夜市}
Night Market
Dir. Huang Kai, 2024, 92 min
Six stalls, one night, one missing cash box. A comedy shot almost entirely after dark in a single street.

Saturday 8:30 pm, Screen 1
{D:雪落无声}
Snow Falls Without a Sound
Dir. Zhao Min, 2022, 131 min
A slow, cold thriller set in a logging town in the far north. Not recommended for viewers who dislike long takes.

Sunday 2 pm, Screen 3
Short film programme: five student films from Taipei and Hong Kong, followed by a Q&A with two of the directors.
""")

dd("esports-heroes", """
Hero guide: Support picks for the new season

Patch 6.2 shook up the support pool. Here are the three heroes our coaching staff recommend for ranked play right now, with their names as they appear in the Chinese client, since many of you watch the Chinese league streams.

Lian Yue ({D:莲月})
Role: healer, backline
Skill 1 – Lotus Rain ({D:莲雨}): heals allies in a circle over three seconds.
Skill 2 – Still Water ({D:止水}): a short shield that also slows nearby enemies.
Ultimate – Moon over the Pond ({D:池上月}): revives one fallen ally with half health. Long cooldown, so do not waste it on a lost fight.

Tie Shan ({D:铁山})
Role: tank, engage
Skill 1 – Mountain Step ({D:山步}): a charge that knocks back the first enemy hit.
Ultimate – Iron Wall ({D:铁壁}): blocks all projectiles for four seconds in front of him.

Feng Ling ({D:风铃})
Role: utility
Skill 1 – Wind Chime ({D:铃声}): reveals invisible enemies in a cone.

Casters on the Chinese streams often shout the ultimate names, so learning them helps you follow the big team fights.
""")

dd("herb-list", """
Common herbs in a traditional Chinese pharmacy: a reference list

This list is for readers who want to understand labels in shops and on imported packages. It is not medical advice, and several of these herbs interact with prescription drugs. Speak to a qualified practitioner before taking anything.

{D:当归} (dang gui) – Angelica sinensis root. Often sold in thin dried slices with a strong, sweet smell.
{D:黄芪} (huang qi) – Astragalus root. Pale yellow strips, frequently added to soups.
{D:枸杞} (gou qi) – Goji berries. Small red dried fruit, the most familiar item on this list.
{D:甘草} (gan cao) – Liquorice root. Appears in a very large number of traditional formulas.
{D:菊花} (ju hua) – Chrysanthemum flowers, usually steeped as a drink.
{D:人参} (ren shen) – Ginseng. Price varies enormously with age and origin.
{D:川芎} (chuan xiong) – Ligusticum rhizome, knobbly and brown.
{D:茯苓} (fu ling) – Poria, a fungus sold as white cubes or slices.

On packaging
Imported packages usually print the Latin pharmaceutical name in small type. If the characters and the Latin do not match the list above, ask the seller before buying.
""")

dd("go-terms", """
A beginner's glossary of Go terms, with the Chinese words

Most English Go books use Japanese terms, but if you play on Chinese servers or watch Chinese commentary you will hear different words for the same ideas. Here is a short comparison table.

| English / Japanese | Chinese | Pinyin | Meaning |
|---|---|---|---|
| Go | {D:围棋} | wéiqí | the game itself, "surrounding chess" |
| atari | {D:打吃} | dǎchī | a threat to capture |
| ko | {D:劫} | jié | a repeating capture that needs a threat elsewhere |
| joseki | {D:定式} | dìngshì | a standard corner sequence |
| sente | {D:先手} | xiānshǒu | a move that demands an answer |
| gote | {D:后手} | hòushǒu | a move that loses the initiative |
| eye | {D:眼} | yǎn | an empty point inside a group |
| komi | {D:贴目} | tiēmù | points given to White for moving second |

Commentators also love the word {D:妙手}, a brilliant move, and the less friendly {D:臭棋}, a bad one.

Print this table and keep it next to the board for your first few online games.
""")

dd("xiangqi-pieces", """
Learning xiangqi: reading the pieces

Xiangqi pieces are flat discs with a single character on each side, red for one player and black for the other. Several pieces use different characters depending on the colour, which confuses newcomers more than the rules do.

The general: red {D:帅}, black {D:将}. It never leaves the palace.
The advisor: red {D:仕}, black {D:士}. Moves one point diagonally inside the palace.
The elephant: red {D:相}, black {D:象}. Moves two points diagonally and cannot cross the river.
The horse: {D:马} for both sides, although some sets use {D:傌} for red.
The chariot: {D:车}, the strongest piece on the board.
The cannon: red {D:炮}, black {D:砲}. Jumps over exactly one piece to capture.
The soldier: red {D:兵}, black {D:卒}. Gains a sideways move after crossing the river.

The river in the middle of the board often carries the words {D:楚河汉界}, a reference to the border between two rival states more than two thousand years ago.

If your set uses Western symbols instead, you are playing with a beginner set. That is fine, but switch to the real pieces once the moves feel natural.
""")

dd("mahjong-tiles", """
Mahjong tile names for the club's new players

Our Thursday table plays a simplified Hong Kong style. Below are the tile names you will hear called out, because our older members call everything in Cantonese or Mandarin and we do not want anyone to feel lost.

Suits
Characters: the tiles marked with {D:万}, from one to nine.
Bamboo: the stick tiles, called {D:条} or {D:索}.
Dots: the circle tiles, called {D:筒} or {D:饼}.

Honours
Winds: {D:东} east, {D:南} south, {D:西} west, {D:北} north.
Dragons: {D:中} red, {D:发} green, and the blank white tile, often called {D:白板}.

Calls at the table
{D:碰} – take a discard to make three of a kind.
{D:吃} – take a discard to complete a run (only from the player on your left).
{D:杠} – four of a kind.
{D:和} – the winning call. Say it clearly!

Sessions start at 7 pm in the community hall. Tiles and tea are provided; bring a small notebook if you like keeping score.
""")

dd("podcast-en-zh", """
Episode 58 show notes: Ordering coffee without panicking
Hosts: Mei and Tom
Length: 24 minutes

This week Mei and Tom visit a café in Hangzhou and practise the phrases you need at the counter. As always, every useful sentence from the episode is written out below, English first and then the Chinese as Mei said it.

We start at the door. Can I sit anywhere? {D:可以随便坐吗？} The waiter says yes, and Tom immediately forgets the word for menu. Could I see the menu, please? {D:请给我看一下菜单。}

Then the ordering. I'd like a latte with oat milk. {D:我要一杯燕麦拿铁。} Mei explains that many cafés now list the milk options on a separate card. Less sugar, please. {D:少糖，谢谢。}

Paying is the part that trips up visitors. Can I pay by card? {D:可以刷卡吗？} Tom learns that the honest answer in most small places is "only by phone". Mei's tip: say it anyway, because staff will usually help you find another way.

Listen for the bonus at the end, where Mei teaches the phrase {D:打包} for taking food or drink away.

Transcript and flashcards are available to supporters on our membership page.
""")

dd("podcast-zh-en", """
Slow Mandarin Stories – Episode 23: The Lost Umbrella
Level: upper beginner
Length: 11 minutes

Today's story is told in slow Mandarin. Below is the text as read, with each Chinese sentence followed by an English translation, so you can read along.

{D:那天下午突然下起了大雨。} That afternoon it suddenly began to pour. {D:小林在公交车站等了半个小时。} Xiao Lin waited at the bus stop for half an hour. {D:车来的时候，他太高兴了，忘了拿伞。} When the bus arrived he was so happy that he forgot his umbrella.

{D:第二天，他又去了那个车站。} The next day he went back to the same stop. {D:伞已经不见了。} The umbrella was gone. {D:可是长椅上有一张纸条。} But there was a note on the bench.

{D:纸条上写着：“伞在旁边的书店。”} The note said: "The umbrella is at the bookshop next door."

Vocabulary from this episode: sudden, to pour, bus stop, bench, note. Try retelling the story in your own words before the next episode, and send us a recording if you want feedback.

Music by a friend of the show. Recorded in our kitchen, so apologies for the kettle.
""")

dd("lyrics-lines", """
Translating a folk song line by line

This is a short, anonymous work song from the south-west that a listener asked us about. We give each line in Chinese, then a literal translation, then a freer version that could be sung to the tune.

{D:太阳出来照山坡}
Literal: The sun comes out and shines on the hillside
Sung: The sun climbs up and lights the slope

{D:阿妹挑水过小河}
Literal: Little sister carries water across the small river
Sung: My girl with her buckets crosses the stream

{D:河水清清凉心窝}
Literal: The river water is clear and cools the heart
Sung: The water runs clear and cools my heart

{D:唱支山歌给你听}
Literal: I sing a mountain song for you to hear
Sung: So here is a song from the hills for you

Notes: {D:阿妹} is an affectionate term that can mean a younger sister or a sweetheart; we chose "my girl" because the song is clearly a courting song. The rhyme in the original falls on the first, second and third lines; our sung version gives up on rhyme to keep the rhythm.
""")

dd("lyrics-stanzas", """
Song of the Week: "Moon Harbour" – lyrics and translation

The original lyrics are printed first as a complete verse, followed by our English version. Thanks to the band for permission to reproduce them.

Verse 1
{D:港口的灯一盏一盏亮起
你说明天就要出海去
我把围巾塞进你的行李
别回头 风会替我送你}

The harbour lights come on one by one
You said tomorrow you'd be out to sea
I tucked my scarf into your bag
Don't look back, the wind will see you off for me

Chorus
{D:月亮港 月亮港
潮水来了又走
月亮港 月亮港
我在这里等候}

Moon Harbour, Moon Harbour
The tide comes in and goes
Moon Harbour, Moon Harbour
I'm waiting here, you know

The phrase {D:替我送你} is hard to carry across: it means something like "see you off on my behalf", which sounds stiff in English, so we bent it.
""")

dd("picture-book", """
The Little Dumpling Who Rolled Away
A bilingual picture book for ages 3-6

Page 1
{D:奶奶包了一个小饺子。}
Grandma made a little dumpling.

Page 2
{D:小饺子从桌子上滚了下来。}
The little dumpling rolled off the table.

Page 3
{D:它滚过了小猫。小猫说：“等等我！”}
It rolled past the kitten. The kitten said, "Wait for me!"

Page 4
{D:它滚过了小狗。小狗说：“等等我！”}
It rolled past the puppy. The puppy said, "Wait for me!"

Page 5
{D:最后，它滚进了奶奶的手里。}
In the end, it rolled right into Grandma's hand.

Note for parents
Read the Chinese line first and let your child guess the English from the pictures, or the other way round. The repeated phrase {D:等等我} is a good one for children to shout along.
""")

dd("couplet", """
A Spring Festival couplet, explained

A reader sent us a photo of the couplet on her grandparents' front door and asked what it says. Spring couplets are pasted on either side of the door, with a horizontal scroll across the top.

Right-hand scroll (read first):
{D:春回大地千山秀}
Spring returns to the land and a thousand hills grow lovely

Left-hand scroll:
{D:福满人间万户欢}
Fortune fills the world and ten thousand households rejoice

Horizontal scroll:
{D:万象更新}
Everything is renewed

Why it works
The two long lines match word for word: "spring" answers "fortune", "land" answers "world", "thousand hills" answers "ten thousand households". The tones also alternate in a strict pattern that translation cannot show. The calligraphy on this pair is in a regular script with heavy, rounded strokes, which is the most common style for printed couplets sold at markets.

The upside-down {D:福} on the middle of the door, by the way, is a pun: "upside down" sounds like "arrived".
""")

dd("annual-report", """
2024 Annual Report – Chairman's Statement (extract)

The Group achieved revenue of RMB 8.2 billion in 2024, an increase of 6.4% over the previous year. Growth came mainly from our overseas business, which now accounts for almost a third of total revenue.

{D:2024年，本集团实现营业收入82亿元，同比增长6.4%。增长主要来自海外业务，海外收入目前已占总收入的近三分之一。}

Gross margin narrowed slightly because of higher raw material prices in the first half. The Board believes this pressure eased in the second half and will continue to monitor costs closely.

{D:受上半年原材料价格上涨影响，毛利率略有下降。董事会认为，下半年成本压力已有所缓解，并将继续密切关注成本变化。}

The Board recommends a final dividend of RMB 0.18 per share, subject to approval at the annual general meeting.

{D:董事会建议派发末期股息每股人民币0.18元，须经股东周年大会批准。}

In case of any inconsistency between the English and Chinese versions of this report, the Chinese version shall prevail.
""")

dd("app-store", """
Pocket Radicals – Learn Chinese characters through their parts
4.7 stars · Education · Free with in-app purchases

Localized name in China: {D:部首口袋}

What it does
Pocket Radicals breaks every character into its building blocks and shows you how they fit together. Instead of memorising {D:好} as a single picture, you see {D:女} and {D:子} side by side and learn the story that connects them.

Features
• 214 traditional radicals with animations of their stroke order
• Daily review deck that adapts to your mistakes
• Handwriting practice with feedback on stroke direction
• Works offline after the first download
• Traditional and simplified forms, switchable at any time

What's new in version 3.2
• Fixed a crash when rotating the screen during a quiz
• Added 40 new example words for the radical {D:水}
• Faster loading on older phones

Privacy: the developer states that no personal data is collected apart from anonymous crash reports.
""")

dd("infobox", """
Wang Wei (poet)

Born: c. 699, Qi County, Shanxi
Died: 759, Chang'an
Occupation: poet, painter, official
Chinese: {D:王维}
Pinyin: Wáng Wéi
Courtesy name: {D:摩诘} (Mójié)
Known for: nature poetry, landscape painting

Wang Wei was a poet, musician, painter and statesman of the Tang dynasty. He is best remembered for short poems about mountains, rivers and quiet retreats, many of them written at his country estate in the hills south of the capital.

Later critics praised his work with the phrase {D:诗中有画，画中有诗}: there are paintings in his poems and poems in his paintings. His four-line poem {D:鹿柴} ("Deer Enclosure") is among the most translated poems in the language, and at least one book-length study compares nineteen English versions of its twenty characters.

Wang Wei was a devout Buddhist, and his courtesy name is taken from the name of a lay disciple in a well-known Buddhist scripture.
""")

dd("markdown-table", """
Measure words you will meet in your first semester

Chinese nouns need a measure word between the number and the noun. The table below lists the ones our first-year students find most useful, with an example phrase for each. Learn the example, not just the word.

| Measure word | Pinyin | Used for | Example | Meaning |
|---|---|---|---|---|
| {D:个} | gè | people, general objects | {D:三个人} | three people |
| {D:本} | běn | books, magazines | {D:两本书} | two books |
| {D:张} | zhāng | flat things: tables, tickets, paper | {D:一张票} | one ticket |
| {D:条} | tiáo | long, thin things: roads, fish, trousers | {D:一条河} | a river |
| {D:杯} | bēi | cups and glasses of drink | {D:一杯茶} | a cup of tea |
| {D:只} | zhī | many animals, one of a pair | {D:一只猫} | a cat |
| {D:辆} | liàng | vehicles | {D:五辆车} | five cars |

When in doubt, {D:个} is understood almost everywhere, although teachers will still correct you.

Quiz on measure words: Friday of week 4, in the usual classroom.
""")

dd("faq", """
Summer Intensive Mandarin Programme – Frequently Asked Questions

Do I need any Chinese before I apply?
No. We run a complete beginners' stream as well as intermediate and advanced groups. You take a short placement test on the first morning.

Will I get a Chinese name?
If you want one. Your first-week tutor will suggest a name based on the sound and meaning of your own, and you are free to choose something else. Last year one student insisted on {D:大熊}, "big bear", and kept it all summer.

Are classes taught only in Chinese?
Beginners' classes use some English during the first two weeks. From week three, and in all other groups, teaching is in Chinese only.

What does the language pledge mean?
Students sign a pledge to use only Chinese in class, in the dining hall and on excursions. The poster in the common room says {D:说中文}, and tutors will point at it when they hear English.

Is accommodation included?
Yes, shared rooms in the university guest house are included in the fee. Single rooms cost extra and are limited.

Can I earn credit at my home university?
Many students do. We provide a transcript with contact hours and grades; check with your own department before you apply.
""")

dd("visa-form", """
Completing the visa application form: field by field

The online form shows field labels in Chinese with English underneath, but the printed confirmation page is in Chinese only. Use this guide to check the printout before you sign it.

{D:姓} – Surname, exactly as in your passport
{D:名} – Given names
{D:性别} – Sex
{D:出生日期} – Date of birth (year, month, day)
{D:国籍} – Nationality
{D:护照号码} – Passport number
{D:签发日期} – Date of issue
{D:入境日期} – Intended date of entry
{D:在华地址} – Address in China (hotel or host)
{D:邀请单位} – Inviting organisation, if any
{D:申请人签名} – Applicant's signature

Common mistakes
Do not write your name in Chinese characters unless it appears that way in your passport. The surname and given-name boxes must follow the passport exactly, including the order. If the printout shows a date in the wrong order, correct the online form and print it again; handwritten corrections are not accepted at the counter.

Bring the signed printout, your passport and one photo to your appointment.
""")

dd("unglossed-name", """
In memory of our bookshop's founder
Posted on the shop noticeboard

Many of you knew her simply as "Mrs Chen from the corner". She opened this shop in 1989 with two shelves of secondhand paperbacks and a box of comics for the children who came in after school.

She signed every staff birthday card the same way, with her full name in small, careful characters: {D:陈秀兰}. Several of you have asked whether the card she wrote for the shop's thirtieth birthday is still on the wall. It is, behind the till, and it will stay there.

She liked to say that a bookshop is a place where strangers are allowed to stand still. We have never found a better description.

The shop will be closed on Saturday for the funeral. We reopen on Monday at the usual time.

If you would like to leave a note, there is a book by the door. Her daughter has asked that, instead of flowers, customers buy a book for a child they know.

With love from everyone at the shop.
""")

dd("quoted-phrase", """
Why "add oil" made it into the dictionary
A column on words that travel
Filed under: borrowing, English, slogans
Reading time: three minutes

When a major English dictionary added "add oil" a few years ago, some readers assumed it was a joke. It is not. The phrase is a word-for-word rendering of {D:加油}, shouted at sports matches, exam halls and marathons across the Chinese-speaking world to mean "keep going" or "you can do it".

What makes the phrase interesting for translators is that the literal version has become the natural one, at least in Hong Kong English. A student writing to a friend before an exam is far more likely to type "add oil!" than "good luck", and nobody there finds it strange.

The image behind {D:加油} is usually said to be putting fuel in an engine, although some people trace it to adding oil to a lamp so it burns longer. Either way, English speakers outside Asia now meet it on social media with no explanation at all.

Compare "long time no see", which entered English much earlier by a similar route and now sounds perfectly native. Languages borrow more freely than style guides like to admit.

Next week: why "kowtow" changed its meaning on the way into English.
""")

dd("captions", """
Gallery: the calligraphy exhibition at the student union
Photos by the society's publicity team

Photo 1. The opening scroll, written by the society's president in running script: {D:学而不厌} ("to study without tiring"). The ink was ground by hand on the morning of the opening.

Photo 2. A first-year student's version of {D:永}, the character traditionally used to practise all eight basic strokes. She wrote it forty times before choosing this one.

Photo 3. Visitors trying the brush at the demonstration table. Most people's first stroke goes the wrong way, which is half the fun.

Photo 4. A pair of small hanging scrolls in seal script lent by a local collector. The characters read {D:清风} and {D:明月}, "clear breeze" and "bright moon".

Photo 5. The society's seal, carved by a member from a soapstone block. It reads {D:墨缘}, which the members translate as "bound by ink".

The exhibition runs until the end of the month, weekdays from noon to six. Entry is free, and the society meets every Wednesday evening for anyone who wants to learn.
""")

dd("quotation-original", """
Lecture notes: Confucius on learning

Today's lecture began with one of the best-known lines of the Analects. In the original:

{D:学而时习之，不亦说乎？}

James Legge translated it in 1861 as "Is it not pleasant to learn with a constant perseverance and application?" Arthur Waley, writing much later, gave "To learn and at due times to repeat what one has learnt, is that not after all a pleasure?"

Notice how differently they treat {D:习}. Legge hears "perseverance"; Waley hears "repeat". The character shows a bird's wings over something white, and older commentators read it as a young bird practising flight again and again. Both translators are right, but each has chosen half of the picture.

A second line we discussed:

{D:温故而知新，可以为师矣。}

"Whoever revisits the old and learns something new from it may become a teacher."

For next week: choose one line from book two and compare at least three published translations. Bring the original with you.
""")

dd("icp-footer", """
Harbour Line Ceramics – Export Catalogue

Our workshop in Jingdezhen has made porcelain for export since 2006. We supply hotels, restaurants and design shops in more than twenty countries.

Product ranges
Blue and white tableware, hand painted
Celadon tea sets
Plain white hotel ware, dishwasher safe
Custom logos and glaze colours on request, minimum order 300 pieces

Ordering
Samples are sent within ten working days. Production usually takes six to eight weeks, depending on the glaze. We ship by sea from Shanghai or Ningbo and can arrange air freight for urgent orders.

Quality
Every piece is inspected twice before packing. Lead and cadmium test reports are available for each batch.

Contact: sales team, Monday to Friday, 9:00-17:30 China time

Home | Products | Factory | Contact | English | {D:中文}
© 2025 Harbour Line Ceramics Co., Ltd. {D:赣ICP备2021004417号-2}
""")

dd("names-in-brackets", """
Conference programme: Translating Chinese Poetry Today
Day one, Main Hall

9:30 Welcome from the organisers
Professor Anna Fielding and Professor Liu Haiyan ({D:刘海燕})

10:00 Keynote: "Forty versions of a quatrain"
Professor Sun Mingde ({D:孙明德}), who has collected English translations of a single Tang poem for twenty years

11:15 Panel: Translating women poets of the Song dynasty
Chair: Dr. Ruth Okafor
Speakers: Dr. Xu Qing ({D:徐青}), Dr. Peter Lam ({D:林伯德}), Ms. Ho Wing-yan ({D:何咏欣})

12:30 Lunch in the foyer

14:00 Workshop: Rhyme or no rhyme?
Led by the poet Jiang Yun ({D:江云}), who writes in both Chinese and English

16:00 Readings by student translators

Please note that Chinese names are printed here in the order used by each speaker. Some put the surname first, others have adopted the English order.
""")

dd("single-character", """
Character of the month: {D:家}

This month we look at a character every learner meets in the first week: {D:家}, "home" or "family".

The top part is a roof. Underneath the roof is {D:豕}, an old character for a pig. So the picture is a pig under a roof, which tells you quite a lot about what a household meant in the countryside three thousand years ago: a family was a place where animals were kept.

Words built with it
{D:家人} – family members
{D:回家} – to go home
{D:大家} – everybody (literally "the big family")
{D:国家} – country, nation
{D:作家} – writer

The last one surprises students. The {D:家} at the end of a word can mark a person who is an expert in something, as in {D:画家}, painter, and {D:科学家}, scientist.

Homework: find three more words that end in {D:家} and bring them to class. Extra credit if one of them is funny.
""")

dd("book-review", """
Border Town
Reviewed for the quarterly books page
A review of a new translation of Shen Congwen's novella {D:边城}

Shen Congwen published {D:边城} in 1934, and it has been translated into English several times since. The new version is the first to keep the rhythm of the original's long, unhurried sentences rather than cutting them into short English ones.

The story is simple. An old ferryman and his granddaughter, Cuicui, live beside a river in western Hunan. Two brothers fall in love with her. Nothing dramatic happens for a long time, and then everything happens at once.

The translator's greatest difficulty is the dialogue, which is full of local expressions. Her solution is to keep it plain and slightly old-fashioned, never slangy, and it works. She keeps the girl's name as Cuicui instead of translating it as "Jade Green", which an earlier version did.

The afterword is a pleasure in itself: eight pages on the single line that ends the book, which says that the young man may never come back, or he may come back tomorrow.

Recommended for anyone who thinks they do not like slow books.
""")

dd("chengyu-entry", """
Idiom of the week: {D:画蛇添足}
Pinyin: huà shé tiān zú
Literal meaning: to draw a snake and add feet

The story
Several servants were given a single jug of wine. They agreed that whoever finished drawing a snake on the ground first would drink it. One man finished quickly and, seeing the others still at work, began adding feet to his snake. Another servant finished, took the jug and said that snakes have no feet, so the first man's drawing was not a snake at all.

Meaning
To spoil something by doing more than is needed.

In use
A teacher might write it next to an essay whose last paragraph repeats everything already said. A designer might say it about a logo with one colour too many.

Similar English expressions
"To gild the lily" is close, although it is more about ornament than about ruining the result.

Related idioms
{D:多此一举} – an unnecessary action
{D:适可而止} – to stop while things are still good
""")

dd("alternating-announcement", """
Announcement: New exchange agreement with Riverside University

The School of International Studies is pleased to announce a new student exchange agreement with Riverside University, beginning in the autumn semester.

{D:国际研究学院欣然宣布，自秋季学期起，将与河畔大学开展新的学生交换项目。}

Up to eight undergraduate students from each university will spend one semester at the partner institution. Tuition is paid at the home university.

{D:每年双方各选派不超过八名本科生赴对方学校学习一个学期，学费在本校缴纳。}

Applicants should have completed at least two semesters and have a strong academic record. An information session will be held in Lecture Room 2 on 15 October.

{D:申请者须已完成至少两个学期的学习，且成绩优良。宣讲会将于10月15日在第二报告厅举行。}

For questions, please write to the exchange office.
""")

dd("ui-glossary", """
Localization style guide: standard UI strings (Simplified Chinese)

Translators working on our desktop app must use the following approved translations for buttons and menu items. Do not invent alternatives, even if they sound better to you; consistency matters more than style in the interface.

| English string | Approved Chinese | Notes |
|---|---|---|
| OK | {D:确定} | never {D:好的} |
| Cancel | {D:取消} | |
| Settings | {D:设置} | the noun, for the menu item |
| Save | {D:保存} | |
| Save as… | {D:另存为…} | keep the ellipsis |
| Delete | {D:删除} | |
| Undo | {D:撤销} | |
| Search | {D:搜索} | |
| Sign in | {D:登录} | not {D:登陆}, a common typo |
| Help | {D:帮助} | |

Punctuation
Use full-width punctuation inside Chinese strings, but keep half-width characters for file paths, version numbers and keyboard shortcuts.

Send any proposed change to the localization lead before the string freeze.
""")

dd("legal-glossary", """
Court interpreting: a glossary of civil procedure terms

This list was prepared for interpreters working at the small-claims court. It covers the words that come up in almost every hearing. Always check the judge's preferred wording before the session begins.

Plaintiff – {D:原告}
Defendant – {D:被告}
Third party – {D:第三人}
Statement of claim – {D:起诉状}
Defence – {D:答辩状}
Evidence – {D:证据}
Witness – {D:证人}
Hearing – {D:开庭}
Mediation – {D:调解}
Judgment – {D:判决}
Ruling – {D:裁定}
Appeal – {D:上诉}
Enforcement – {D:执行}

A note on judgment and ruling
The two words are easy to confuse. A judgment decides the substance of the case, while a ruling usually deals with procedure, such as whether the court has jurisdiction. Interpreters should never use them interchangeably, even when the speaker does.

Updated by the interpreting unit, March edition.
""")

dd("patch-notes", """
Patch notes – version 2.8 "Lantern Tide"

New hero
Su Wan ({D:苏婉}), the lantern-maker, joins the roster as a ranged controller. Her passive, Paper Light ({D:纸灯}), marks enemies she hits so that allies deal extra damage to them.

Balance changes
Tie Shan ({D:铁山}): Iron Wall duration reduced from 4 to 3.5 seconds.
Lian Yue ({D:莲月}): Lotus Rain healing increased by 8% at all levels.
Bai Ye ({D:白夜}): fixed a bug where the ultimate could be cast while stunned.

Events
Lantern Festival event starts on the 12th. Complete daily quests to collect lantern tokens and exchange them for the skin "Riverlight" ({D:河灯}).

Known issues
Some players report that the Chinese voice pack plays during matches even when English is selected. We are working on a fix. In the meantime, reselect the language in settings after each update.

Thank you for playing, and see you on the battlefield.
""")

dd("tone-practice", """
Pronunciation lab: the four tones with one syllable

The classic drill for learners uses the syllable "ma". Say each one slowly, then quickly, and record yourself.

First tone, high and level: {D:妈} mā, mother
Second tone, rising: {D:麻} má, hemp; also numb
Third tone, low and dipping: {D:马} mǎ, horse
Fourth tone, falling: {D:骂} mà, to scold
Neutral tone, light and short: {D:吗} ma, the question particle

Put them together and you get the famous practice sentence {D:妈妈骂马吗？} "Does Mum scold the horse?" It makes no sense, but it is excellent exercise.

Second drill: "shi"
{D:诗} shī, poem; {D:十} shí, ten; {D:使} shǐ, to cause; {D:是} shì, to be.

Tips
Exaggerate the tones at first. Most learners make the third tone too short and the fourth tone too weak. Your tutor would rather hear an overdone tone than a flat one.
""")

dd("reading-list", """
Seminar reading list: Modern Chinese Fiction in Translation

Please read each work in English. Students with advanced Chinese are encouraged to read the original alongside; original titles are given in brackets.

Week 2 – Lu Xun, "A Madman's Diary" ({D:狂人日记}), 1918
Week 3 – Lu Xun, "The True Story of Ah Q" ({D:阿Q正传}), 1921
Week 4 – Ding Ling, "Miss Sophia's Diary" ({D:莎菲女士的日记}), 1928
Week 5 – Lao She, Rickshaw Boy ({D:骆驼祥子}), 1937
Week 6 – Eileen Chang, "Love in a Fallen City" ({D:倾城之恋}), 1943
Week 7 – Reading week, no seminar
Week 8 – Yu Hua, To Live ({D:活着}), 1993
Week 9 – Wang Anyi, selected stories
Week 10 – Student presentations

Essay
A 3,000-word essay comparing the treatment of the city and the countryside in any two of these works. Essays that discuss translation choices are welcome, but you must quote the English edition we use in class.
""")

dd("typography", """
A short guide to Chinese typefaces for designers
Part of our bilingual layout series

If you are laying out a bilingual brochure, the Chinese fonts on your computer fall into a few families that do roughly the jobs serif and sans serif do in English.

Song / Ming ({D:宋体}): thin horizontals and thick verticals, with small triangles at the ends of strokes. The standard for book text and long reading. Pair it with a serif typeface.

Hei ({D:黑体}): even stroke weight, no decoration. Used for headings, signs and screens. Pair it with a sans serif.

Kai ({D:楷体}): based on brush handwriting. Good for quotations, children's books and anything that should feel personal. Use sparingly in body text.

Fangsong ({D:仿宋}): a lighter, slanted cousin of Song, often required in government documents.

A few practical points: Chinese characters sit in a square, so set the line height more generously than you would for English. Do not fake bold or italics; choose a real weight. And check a long sample like {D:中华人民共和国} at small sizes, because dense characters blur first.
""")

dd("tattoo-advice", """
Before you get that Chinese tattoo: a checklist from a translator

Every month someone sends me a photo of a fresh tattoo and asks what it says. Usually it is fine. Sometimes it is not. Here is what I tell people before they book.

1. Ask a native speaker, not an app. Apps will happily give you {D:勇气} for "courage", which is correct, but they will also give you word salad for a full sentence.

2. Check the order. One client had {D:和平} ("peace") with the two characters swapped, which reads as nonsense.

3. Simplified or traditional? {D:爱} and {D:愛} are both "love", but mixing forms in one design looks like a spelling mistake to readers.

4. Think about single characters. A lone {D:龙} is "dragon" and works well. A lone {D:忍} means "endure", and some readers will find it grim.

5. Look at the calligraphy, not only the meaning. A printed computer font on skin rarely looks good. Find an artist who can work from a brush sample.

6. Avoid idioms you would not say in English. A proverb about fish and water may sound wise in translation and odd in the original.

If in doubt, send me a message before the appointment, not after.
""")


# ---------------------------------------------------------------- leftovers

ll("school-news", """
School of Foreign Languages held the 2025 Translation Competition Award Ceremony

Publish time: 2025-06-12  Source: School of Foreign Languages  {L:浏览次数}: 1286

On the afternoon of June 10, the award ceremony of the 2025 "Bridge Cup" Translation Competition was held in the lecture hall of the library.{L:学院党委书记王建国、副院长李红出席颁奖仪式。}More than 200 teachers and students attended the ceremony。

This year's competition attracted 612 entries from 31 universities, covering English-Chinese, Chinese-English and Japanese-Chinese translation,{L:参赛人数创历年新高}。The judging panel was composed of 15 experts from universities and translation companies.

Vice Dean Li Hong pointed out that translation competitions are an important platform for cultivating practical ability,{L:希望同学们以赛促学，不断提升专业素养}。She thanked the judges for their careful work.

{L:图为颁奖现场}

Finally, the winners took a group photo with the leaders and judges. The school will continue to hold the competition every year.

Editor: Zhang Min  Reviewer: Liu Yang
""")

ll("law-firm-practice", """
Home > About Us > Practice Areas

Practice Areas

Our firm was founded in 2003 and has offices in Beijing, Shanghai and Shenzhen. We provide full-range legal services to domestic and foreign clients.

• Corporate and M&A
• Foreign Direct Investment
• Intellectual Property
• {L:劳动与社会保障}
• Dispute Resolution and Arbitration
• Banking and Finance
• {L:破产重整}
• Real Estate and Construction

Our lawyers are admitted in the PRC, and several partners also hold qualifications in New York and England and Wales. In the field of intellectual property, the firm has represented clients in more than 300 patent and trademark cases.{L:本所连续五年被评为“十佳涉外律师事务所”。}

The firm adheres to the concept of "professional, diligent and honest", and is committed to providing clients with efficient and practical solutions.

Contact us: +86 10 8888 0000 | info@example-law.cn
""")

ll("game-news", """
Official News | "Cloud Sea Legend" new version "Star River" will be launched on July 1

Dear players:

The new version "Star River" of "Cloud Sea Legend" will be officially launched on July 1. The servers will be closed for maintenance from 6:00 to 10:00 on that day. Please arrange your game time reasonably.

Version content
1. New map "Silver Sand Shore" is opened, players above level 60 can enter.
2. New sect "Star Pavilion" is added,{L:星阁弟子擅长远程法术，可在战斗中召唤星辰护盾}。
3. The pet system is optimized, and the upper limit of pet slots is increased from 6 to 8.
4. {L:修复了部分场景中角色模型穿模的问题。}

Maintenance compensation
After the maintenance, all players can receive 200 gold coins and 1 "Star Chest" through the mail.

{L:维护期间如遇问题，请联系在线客服，我们将第一时间为您处理。给您带来的不便，敬请谅解。}

"Cloud Sea Legend" Operation Team
June 25, 2025
""")

ll("pharma-specs", """
Product Information: Compound Glycyrrhizin Tablets

Home | Products | R&D | {L:投资者关系} | Contact

| Item | Content |
|---|---|
| Generic name | Compound Glycyrrhizin Tablets |
| Specification | 25 mg glycyrrhizin per tablet |
| Package | 21 tablets per box |
| {L:贮藏} | Sealed, stored in a cool and dry place |
| Validity | 24 months |
| Approval number | National Medicine Permit H2005XXXX |
| {L:执行标准} | {L:国家药品监督管理局标准} |

Indications
Used for the treatment of chronic liver disease and improvement of abnormal liver function. It can also be used for eczema, dermatitis and alopecia areata.

Usage and dosage
Adults: 2-3 tablets each time, 3 times a day, taken after meals.{L:儿童用量请遵医嘱。}

Adverse reactions
Occasionally, edema, hypokalemia and elevated blood pressure may occur. Please stop taking the medicine and consult a doctor in time.
""")

ll("court-notice", """
{L:法院公告}

Announcement on the Adjustment of Litigation Service Center Working Hours

Release time: 2025-03-01 09:30  {L:来源：本院办公室}  Views: 532

In order to further facilitate the people's litigation, according to the work arrangement of the court, the working hours of the Litigation Service Center will be adjusted from March 10, 2025. The specific matters are announced as follows:

1. Working days: Monday to Friday, 8:30-12:00, 14:00-17:30.
2. On statutory holidays, the center will be closed, and online filing is available 24 hours a day.
3. {L:当事人可通过“人民法院在线服务”小程序预约立案、查询案件进度。}

The parties who have already made an appointment before March 10 can handle the business according to the original appointment time.{L:特此公告。}

People's Court of Xinhe District
February 28, 2025

{L:打印本页} | {L:关闭窗口}
""")

ll("tourism-scenic", """
Green Mountain Scenic Area

Green Mountain is located 40 kilometers east of the city and is a national 4A scenic area. The highest peak is 1,236 meters above sea level. The scenic area is famous for its waterfalls, ancient trees and cloud sea.

{L:景区内共有大小瀑布十二处，其中最大的“白龙瀑”落差达八十余米，是拍摄日出的最佳地点。}

Visitors can take the cable car to the middle of the mountain, and then walk about two hours to the summit along the stone steps. The round trip takes about five hours.

Opening hours: 7:30-17:30 (ticket sales stop at 16:00)
Ticket price: 90 yuan; cable car single trip 60 yuan
{L:优惠政策}: children under 1.2 meters and seniors over 65 are free.

Tips
In rainy weather, the stone steps are slippery, please pay attention to safety.{L:景区内禁止吸烟和使用明火，违者将依法处理。}

Tel: 0571-8888XXXX
""")

ll("trade-fair-menu", """
{L:首页} > Exhibitors > Exhibitor List

The 18th International Textile Machinery Exhibition
Dates: September 16-19, 2025  Venue: National Exhibition and Convention Center, Hall 4-8

Exhibitor search
Company name | Booth number | {L:展品类别} | Country/Region

Exhibitor highlights
Hall 4: Spinning machinery and accessories, more than 120 exhibitors
Hall 5: Weaving machinery, including air-jet and rapier looms
Hall 6: {L:印染及后整理设备}
Hall 7: Knitting and hosiery machinery
Hall 8: Digital printing and smart factory solutions

Notice for exhibitors
All exhibitors must complete booth construction before 18:00 on September 15. Heavy machinery must enter the hall through the east gate.{L:展期内每天闭馆后禁止搬出展品，撤展时间为9月19日15:00以后。}

Download: Exhibitor Manual (PDF) | Floor Plan | {L:交通指南}
""")

ll("admissions-list", """
Undergraduate Admissions: Required Documents for International Applicants

Applicants must submit the following documents through the online application system before May 31:

1. Completed application form
2. Copy of passport information page (valid for at least one year)
3. High school diploma or certificate of expected graduation
4. High school transcripts with official seal
5. {L:汉语水平考试（HSK）四级及以上成绩报告}
6. Two recommendation letters from teachers
7. Personal statement in Chinese or English (no less than 800 words)
8. Foreigner physical examination form

Applicants for art and music majors must also submit a portfolio or performance video.

{L:所有非中文或英文材料须附经公证的中文或英文翻译件。} Documents submitted will not be returned.

Application fee: 600 yuan, non-refundable.

Admission results will be announced in July. Successful applicants will receive the admission notice and visa application form by express mail.
""")

ll("institute-caption", """
Institute of Marine Biology Won Provincial Science and Technology Progress Award

Recently, the 2024 Provincial Science and Technology Award Conference was held. The project "Key technologies for the restoration of coastal seagrass beds" led by our institute won the first prize of the Science and Technology Progress Award.

The project team has worked in the coastal waters of the province for more than ten years,{L:突破了海草种子规模化采集与育苗技术难题，累计修复海草床面积超过三百公顷}。The results have been applied in four cities.

{L:图1 项目团队在滩涂开展海草移植}

Photo 2: Researchers monitoring seagrass growth under water

Director Zhou said that the award is a recognition of the long-term efforts of the team. The institute will continue to focus on marine ecological protection and serve the construction of ecological civilization.

{L:图3 颁奖现场}

Related links: Research Groups | Publications | Recruitment
""")

ll("pharma-results", """
Press Release: Company Announces 2024 Annual Results

The Company today announced its audited results for the year ended December 31, 2024. Operating revenue reached 5.63 billion yuan, up 11.2% year on year,{L:归属于上市公司股东的净利润为7.8亿元，同比增长9.5%}.

R&D investment was 720 million yuan, accounting for 12.8% of revenue. During the year, three new drugs were approved for marketing, including an oral anticoagulant and two generic injections.

In the international market, the Company's products passed the inspection of the European regulatory authority,{L:海外销售收入首次突破十亿元}.

The Chairman said that in 2025 the Company will continue to increase investment in innovative drugs and promote the clinical trials of five products in the pipeline.

{L:本新闻稿包含前瞻性陈述，实际结果可能与预期存在重大差异。}

About the Company
Founded in 1998 and headquartered in Hangzhou, the Company is a pharmaceutical enterprise integrating R&D, production and sales.
""")

ll("law-article", """
{D:明正律师事务所} MINGZHENG LAW FIRM
{D:中文} | English

Legal Insights | How to Draft an Effective Liquidated Damages Clause

In commercial contracts, liquidated damages clauses are widely used to reduce the burden of proof after a breach. However, if the agreed amount is excessively higher than the actual loss, the court may reduce it at the request of the party.

According to judicial practice, an amount exceeding 30% of the actual loss is generally considered "excessively high".{L:但法院在认定时还会综合考虑合同履行情况、当事人过错程度以及预期利益等因素，不能机械适用。}

Practical suggestions
1. Specify the calculation method instead of a fixed sum.
2. Keep evidence of losses during the performance of the contract.
3. {L:避免在同一合同中对同一违约行为同时约定违约金和定金。}

{L:需要注意的是，对于格式合同中的违约金条款，提供格式条款的一方应当履行提示说明义务，否则该条款可能不成为合同的内容。在消费者合同中，法院对此审查更为严格。}

Author: Partner Chen Lei
{D:京ICP备19007721号}
""")

ll("game-character", """
Characters > Guardians > Mo Yun

Mo Yun
Faction: Northern Sect
Weapon: Long sword
Voice actor: Li Na

Background story
Mo Yun was born in a snowy village at the foot of the northern mountains. At the age of twelve she was accepted as a disciple of the sect master, and she is known for her cold personality and excellent swordsmanship.{L:她一直在寻找多年前失踪的哥哥，传言他已加入了敌对的南方势力。}

Skills
Frost Edge: deals physical damage to a single enemy and reduces its movement speed by 30%.
Snow Shadow Step: dashes forward and becomes immune to control effects for 1 second.
{L:寒月斩}：{L:对前方扇形区域内的所有敌人造成大量冰霜伤害，并有几率使其冻结两秒。}

Recommended equipment
Ice Crystal Blade, Wolf Fur Cloak, {L:疾风之靴}

{L:角色语音}
"The snow never forgets who walked on it."
""")

ll("court-case", """
Typical Case: A Technology Company v. a Software Company, Trade Secret Infringement Dispute

Basic facts
The plaintiff is a technology company engaged in industrial control software. Two former employees of the plaintiff joined the defendant after resignation and took away part of the source code. The defendant later released a product with highly similar functions.

Court's view
The court held that the source code in question constituted a trade secret, as it was not known to the public, had commercial value, and the plaintiff had taken reasonable confidentiality measures.

{L:被告辩称其产品系独立研发，但未能提供相应的开发记录，且其代码中存在与原告代码相同的注释和错误，法院对其抗辩不予采纳。}

Judgment result
The defendant was ordered to stop the infringement and compensate the plaintiff for economic losses of 3.2 million yuan and reasonable expenses of 150,000 yuan.

Typical significance
This case clarifies the standard for identifying reasonable confidentiality measures.{L:对于规范软件行业人才流动、保护企业核心技术具有示范意义。}

{L:责任编辑}: Wang Fang
""")

ll("tourism-faq", """
Travel FAQ | Ancient Town Tourism Bureau

Q: Is there an entrance fee for the ancient town?
A: Entering the town is free. Some attractions inside, such as the Old Residence and the Silk Museum, charge separate tickets, or you can buy a combined ticket for 120 yuan.

Q: How do I get there from the high-speed railway station?
A: Take tourist bus line 1 from the east square of the station. The journey takes about 35 minutes.

Q: Can I take a boat on the canal?
A: {L:可以。游船码头位于古镇北门，每半小时一班，单程约四十分钟，成人票八十元。}

Q: Is the town suitable for visitors with wheelchairs?
A: The main streets are paved with stone, and some bridges have steps. Wheelchairs can be borrowed free of charge at the visitor center.

Q: {L:古镇晚上几点关门？}
A: The town is open all night, but most shops close at 21:00 and the light show on the canal ends at 22:00.

Tourist hotline: 0573-1234XXXX
""")

ll("fair-schedule", """
Conference Schedule | 2025 China International Medical Device Fair

| Time | Event | Venue |
|---|---|---|
| Apr 8, 09:30 | Opening Ceremony | Hall A Forum Area |
| Apr 8, 14:00 | Forum on Medical Imaging and AI | Meeting Room 301 |
| Apr 9, 09:00 | {L:体外诊断产业发展论坛} | Meeting Room 302 |
| Apr 9, 14:00 | International Procurement Matchmaking | Hall C |
| Apr 10, 10:00 | Rehabilitation Equipment Launch Event | {L:B馆新品发布区} |
| Apr 10, 15:00 | {L:闭幕式暨优秀展品颁奖} | Hall A Forum Area |

Registration
Professional visitors can register online for free before March 31. After that date, on-site registration costs 50 yuan.

Note: The schedule may be adjusted. Please refer to the on-site notice.{L:主办方保留最终解释权。}

Organizer: China Medical Equipment Association
Tel: 010-6666XXXX  Email: expo@example.org.cn
""")

ll("library-hours", """
University Library Opening Hours (Autumn Semester)

Main Library
Monday to Sunday: 7:30-22:30
Self-study rooms on the 1st floor: open 24 hours during the exam weeks

Law and Humanities Branch
Monday to Friday: 8:00-21:00
Saturday and Sunday: 9:00-17:00

Special Collections Reading Room
Monday to Friday: 8:30-11:30, 14:00-17:00
{L:古籍阅览须提前一个工作日预约，并凭本人校园卡入室。}

Holiday arrangements
During the National Day holiday, the main library will open from 9:00 to 17:00. All branch libraries will be closed.

Borrowing rules
Undergraduates may borrow up to 15 books for 30 days. Graduate students may borrow up to 25 books for 60 days. Books can be renewed once online.

{L:逾期未还的图书每册每天收取滞纳金0.1元，累计超过十元将暂停借阅权限。}

Inquiry: Library Service Desk, ext. 6021
""")

ll("patent-agency", """
{D:华信知识产权} Huaxin Intellectual Property Agency

Services
Patent application: invention patents, utility models and designs, both domestic and PCT international applications.
Trademark registration: search, application, opposition and renewal.
Copyright registration for software and artworks.
{L:知识产权贯标咨询}
Patent invalidation and litigation support.

Why choose us
Our team includes more than 60 patent attorneys with backgrounds in electronics, chemistry, mechanical engineering and biomedicine. Since 2008 we have handled more than 20,000 applications.{L:其中发明专利授权率连续多年高于行业平均水平。}

Process
1. Free consultation and preliminary search
2. Signing of the agency contract
3. Drafting the application documents
4. {L:提交申请并跟踪审查进度}
5. Responding to office actions until grant

Contact: Room 1208, Science Park Tower, Hefei
{D:皖ICP备20003318号-1}
""")

ll("herb-instructions", """
Instructions: Banlangen Granules

[Ingredients] Isatis root.
[Properties] Light yellow to brown granules; taste sweet and slightly bitter.
[Functions and indications] Clearing heat and removing toxicity, cooling the blood and relieving sore throat. Used for sore throat and dry mouth caused by heat.
[Usage and dosage] Take with boiling water, 1-2 bags each time, 3-4 times a day.
[Adverse reactions] {L:尚不明确。}
[Contraindications] Not yet clear.

{L:【注意事项】}
1. Avoid tobacco, alcohol, spicy and greasy food during the medication.
2. {L:不宜在服药期间同时服用滋补性中药。}
3. Patients with diabetes should use it under the guidance of a doctor.
4. {L:服药三天症状无缓解，应去医院就诊。}
5. Keep out of reach of children.

[Storage] Sealed.
[Package] Composite film bag, 10 g per bag, 20 bags per box.
[Manufacturer] A pharmaceutical company in Guangzhou
""")

ll("esports-roster", """
Team Roster | Thunder Wolves Esports Club

Main roster 2025
Top lane: Lin "Shadow" Hao
Jungle: Chen "Blaze" Yifan
Mid lane: Zhou "Echo" Rui
Bot lane: Wang "Arrow" Jie
Support: {L:刘子涵（替补转正）}

Coaching staff
Head coach: Kim "Bishop" Min-su
{L:数据分析师}: Zhao Tian

Recent results
Spring Split: 3rd place, 12 wins and 6 losses
Mid-Season Cup: quarter-finals

Team news
Zhou "Echo" Rui was selected as the MVP of week 7 for his performance on the mage heroes.{L:而打野选手陈一帆因手腕伤病，将缺席接下来的两场比赛，由青训队员顶替。}

The club thanks all fans for their support and looks forward to seeing you at the home arena.

Follow us: Weibo | Bilibili | Douyin
""")

ll("concert-programme", """
Conservatory Symphony Orchestra – New Year Concert

Date: December 30, 2025, 19:30
Venue: Concert Hall of the Conservatory
Conductor: Professor Yang Lin

Programme
Johann Strauss II: Overture to Die Fledermaus
Folk song arrangement: Jasmine Flower
{L:二胡协奏曲《长城随想》第一乐章}
Soloist: Ma Xiaoyu (erhu)
Tchaikovsky: Waltz of the Flowers from The Nutcracker
Dvořák: Symphony No. 9 "From the New World", 4th movement

{L:中场休息十五分钟}

Johann Strauss I: Radetzky March

Tickets: 80 / 120 / 180 yuan, available at the box office.{L:学生凭学生证可购买半价票，每人限购两张。}

Please arrive 15 minutes before the performance. Latecomers will be admitted during the interval.
""")

ll("film-press", """
Press Release | "The Last Ferry" Selected for International Film Festival Competition

Beijing, May 20 – The feature film "The Last Ferry", produced by our studio, has been selected for the main competition section of this year's international film festival. It is the only Chinese-language film in the section.

The film tells the story of an old ferryman on the Yangtze River who faces the closure of his route after a new bridge is completed.
{L:影片改编自作家林舟的同名中篇小说，于去年冬天在重庆和宜昌两地拍摄。}{L:导演表示，拍摄期间剧组在江边生活了四个月，大部分镜头使用自然光完成。}

Director Xu Wen said that the film is a tribute to the ordinary people who have witnessed great changes in the country.

Main cast: Zhang Guoqiang, Liu Yiyi, He Ming
{L:出品方：远山影业有限公司}
Running time: 118 minutes

The film is expected to be released nationwide in the autumn.

Media contact: press office of the studio
""")

ll("tech-park-policy", """
Investment Policy | Hi-Tech Industrial Park

Preferential policies for settled enterprises

1. Rent subsidy: For enterprises renting office space in the park, rent will be exempted in the first year and halved in the second and third years.
2. Talent support: Enterprises introducing doctoral talents can apply for a one-time settlement subsidy of 100,000 yuan per person.
3. R&D reward: {L:对年度研发投入超过五百万元的企业，按研发投入的百分之十给予奖励，最高不超过二百万元。}
4. Listing support: Enterprises that are successfully listed will receive a reward of up to 5 million yuan.

{L:申报条件}
Enterprises must be registered in the park, have independent legal person status and have no serious illegal records in the past three years.

Application materials should be submitted to the Investment Promotion Bureau before the end of each quarter.{L:逾期申报的，顺延至下一季度受理。}

Investment hotline: 0512-6000XXXX
""")

ll("chamber-event", """
{D:中国商会} China Chamber of Commerce in Melbourne

News | Members' Spring Networking Evening Successfully Held

On the evening of March 22, the Chamber held its annual spring networking evening at a hotel in the city centre. Nearly 150 members and guests attended, including representatives of local councils and banks.

President Huang Wei delivered a speech reviewing the Chamber's work over the past year. He said that members' trade with China had recovered strongly,{L:商会将继续为会员搭建交流合作平台，推动中澳两国企业互利共赢}。

During the event, five new member companies were introduced, and a lucky draw was held.{L:本次活动得到了多家会员企业的大力支持，在此一并致谢。}

Upcoming events
April 18: Seminar on export compliance
May 10: {L:会员高尔夫联谊赛}

Membership enquiries: secretariat of the Chamber
English | {D:简体中文}
""")

ll("publisher-catalogue", """
New Books | Spring 2025 Catalogue

A History of the Silk Road in Twenty Objects
Author: Professor Gao Yuan
ISBN 978-7-XXXX-1234-5 | 368 pages | Hardcover | 98 yuan
Through twenty objects unearthed along the ancient trade routes, the author tells the story of exchanges between East and West over two thousand years.

The Mathematics of Paper Folding
Author: Dr. Sun Li
ISBN 978-7-XXXX-2345-6 | 212 pages | Paperback | 56 yuan
{L:本书以折纸为切入点，深入浅出地介绍了几何、数论与算法中的基本概念，适合中学生及数学爱好者阅读。}

{L:城市的记忆：老照片里的上海}
Editor: Shanghai Photography Archive
ISBN 978-7-XXXX-3456-7 | 260 pages | Paperback | 128 yuan
More than 400 historical photographs from the archive are published for the first time.

Ordering: bookshops nationwide and the publisher's online store.
{L:团购优惠请致电发行部。}
""")

ll("job-posting", """
Recruitment Notice: Lecturer in Translation Studies

The School of Foreign Studies is now recruiting one full-time lecturer in translation and interpreting. The position is open to both Chinese and international applicants.

Requirements
1. Doctoral degree in translation studies, linguistics or a related field.
2. Native or near-native proficiency in English and Chinese.
3. {L:具有三年以上高校教学经历或同声传译实践经验者优先。}
4. Publications in peer-reviewed journals in the past five years.
5. {L:年龄一般不超过四十周岁。}

Salary and benefits
Salary is negotiable according to qualifications. The university provides a settlement allowance, research start-up funds and accommodation for the first three years.

Application
Please send your CV, copies of degree certificates and three representative publications to the school's personnel office.{L:邮件主题请注明“应聘+姓名+岗位”。}

Deadline: June 30, 2025.
""")

ll("game-store", """
Mountain Spirits: Journey West

Release date: November 2025
Developer: Qingyun Games
Genre: Action RPG, open world

About this game
Explore a vast world inspired by ancient Chinese mythology. Fight monsters, collect spirit companions and uncover the secret of the broken mountain.

Features
• More than 50 hours of main story content
• Dynamic weather and day-night cycle
• {L:支持多人联机合作，最多四名玩家同时冒险}
• Full voice acting in Chinese and English

System requirements
OS: Windows 10 64-bit
Processor: Intel Core i5-8400 or equivalent
{L:内存}: 16 GB RAM
Graphics: NVIDIA GTX 1660 or equivalent
Storage: 80 GB available space
{L:备注：建议使用固态硬盘以获得更好的加载速度。}

Languages: English, Simplified Chinese, Traditional Chinese, Japanese
""")

ll("court-mediation", """
Guide to the Online Mediation Service

What is online mediation?
Online mediation allows the parties of a civil dispute to resolve their conflict with the help of a mediator through video, without going to court in person.

Which cases are suitable?
Disputes over contracts, neighbourhood relations, small loans, property management fees and traffic accidents.

Steps
Step 1: Register an account on the platform with your real name.
Step 2: Submit the mediation application and upload the evidence.
Step 3: {L:系统将在三个工作日内为您分配调解员，并通过短信通知调解时间。}
Step 4: Attend the video mediation at the appointed time.
Step 5: If an agreement is reached, the parties sign the mediation agreement electronically.

Is it free?
Yes. Online mediation is free of charge for the parties.

{L:调解不成的，当事人可以依法向人民法院提起诉讼。调解过程中当事人陈述的内容，一般不作为诉讼中的不利证据。}
""")

ll("festival-event", """
Lantern Festival Celebration at the Old Town Square

Time: February 12, 2025, 18:00-22:00
Place: Old Town Square and Riverside Walk

Programme
18:00 Lighting ceremony of the main lantern
18:30 Dragon and lion dance performance
19:30 Lantern riddle guessing, prizes for correct answers
20:00 {L:非遗技艺展示：剪纸、糖画、面塑}
21:00 Fireworks over the river (weather permitting)

Transport
Traffic control will be implemented on Riverside Road from 16:00. Visitors are advised to take the metro Line 2 to Old Town Station.

The square is expected to be crowded.{L:请广大市民文明观灯，照看好随行老人和儿童。}

{L:咨询电话：0731-8222XXXX（市文化和旅游局）}

Organizer: City Bureau of Culture and Tourism
""")

ll("clinical-trial", """
Clinical Trial Recruitment: Phase II Study of a New Drug for Knee Osteoarthritis

The hospital is conducting a clinical trial of a new oral drug for knee osteoarthritis and is now recruiting volunteers.

Inclusion criteria
• Aged 40-75 years, male or female
• Diagnosed with knee osteoarthritis for at least 6 months
• {L:膝关节疼痛评分不低于4分}
• Willing to sign the informed consent form

Exclusion criteria
• Knee surgery within the past 12 months
• Severe heart, liver or kidney disease
• Pregnant or breastfeeding women

Benefits for participants
Free study drug and related examinations during the trial, and a transportation subsidy for each visit.

{L:本研究已通过医院伦理委员会审查。受试者可随时无条件退出，不会影响其今后的治疗。}

Contact: Clinical Research Center, Building 3, Room 205
""")

ll("lawyer-profile", """
Our Team > Partners > Zhao Ming

Zhao Ming, Senior Partner

Practice areas: Cross-border M&A, Antitrust, Foreign Investment

Education
2001-2005 Bachelor of Laws, China University of Political Science and Law
2005-2008 {L:北京大学法学院 法学硕士}
2010-2011 LL.M., University of Michigan Law School

Professional experience
Mr. Zhao joined the firm in 2012 and became a partner in 2016. Before that, he worked for an international law firm in Hong Kong.{L:他曾代表多家世界五百强企业完成在华并购项目，交易总金额超过三百亿元人民币。}

Languages: Chinese, English

Honors
Recognized as a leading lawyer in corporate M&A by several international legal directories.
{L:2023年度“全国优秀律师”}

Email: zhaoming@example-law.cn
""")

ll("visitor-registration", """
Visitor Pre-registration | 2025 International Food Ingredients Expo

Please fill in the form below. Fields marked * are required.

* Name:
* Company:
* Job title:
* Mobile phone:
* Email:
{L:* 所属行业}:
Country/Region:
{L:参观目的（可多选）}: purchasing / market research / technical exchange / other

After successful registration, you will receive a confirmation email with a QR code. Please show the QR code at the entrance to collect your badge.

{L:同一手机号只能登记一次，证件仅限本人使用，不得转借。}

Privacy statement
Your information will only be used for the management of this exhibition and will not be provided to third parties.

Submit | Reset
""")

ll("thesis-defense", """
Notice of Doctoral Dissertation Defense

Title: Research on the Translation of Classical Chinese Poetry in the English-speaking World (1950-2020)
Candidate: Liu Fang
Supervisor: Professor Wang Jun
Time: May 28, 2025, 14:30
Venue: Conference Room 406, Foreign Languages Building

{L:答辩委员会}
Chair: Professor Huang Lei, a university in Shanghai
Members: Professor Zhang Hua, Professor Li Qiang, Associate Professor Zhou Min, Professor Wang Jun
Secretary: Dr. Chen Yu

Abstract
This dissertation examines more than 300 English translations of classical Chinese poems published over seventy years. It argues that the choice between rhymed and free verse is shaped less by individual taste than by publishers' expectations.{L:论文还考察了海外汉学家与中国本土译者在选材上的差异。}

{L:欢迎感兴趣的师生旁听。}
""")

ll("exhibition-caption", """
Exhibition | Ink and Clay: Ceramics of the Song Dynasty

Gallery 3, Second Floor, until October 8

Celadon vase with lotus petals
{D:青釉莲瓣纹瓶}
Southern Song dynasty, Longquan kiln
{L:此瓶釉色青翠，曾于上世纪八十年代出土于浙江一处窖藏，同批出土的还有三件碗和一件香炉。}

Black-glazed tea bowl with "hare's fur" streaks
{D:黑釉兔毫盏}
Song dynasty, Jian kiln
Bowls like this were prized for tea competitions, in which the white foam of whisked tea stood out against the dark glaze.

White porcelain pillow
Northern Song dynasty, Ding kiln
{L:瓷枕}
This pillow was used in summer for its coolness. Its surface is decorated with a boy chasing a duck, carved before glazing.

Audio guide: press 31 for the celadon gallery.

Photography without flash is permitted.
""")

ll("marathon-rules", """
Race Rules | 2025 City Marathon

1. The race starts at 7:30 on November 16. The cut-off time for the full marathon is 6 hours, and for the half marathon 3 hours.
2. Runners must wear their own bib on the front of the body. The bib must not be folded or transferred.
3. Drinking stations are set every 5 km, and energy supply stations are set from 20 km.
4. {L:参赛选手须在关门时间内通过各检查点，未能按时通过者须停止比赛，乘坐收容车返回。}
5. Runners who feel unwell should stop immediately and seek help from the medical staff along the route.
6. {L:严禁替跑、蹭跑}.

Bib collection
Time: November 13-15, 10:00-20:00
Place: International Exhibition Center, Hall 1
{L:领取时须出示本人身份证件原件及参赛确认函。}

Race hotline: 400-800-XXXX
""")

ll("logistics-tracking", """
Shipment Tracking

Tracking number: SF12345678XXXX
Status: In transit

2025-04-02 18:21  The shipment has been picked up by the courier, Nanshan Business Office, Shenzhen
2025-04-02 22:47  Arrived at Shenzhen Transit Center
2025-04-03 03:15  {L:快件已发往杭州转运中心}
2025-04-03 14:02  Arrived at Hangzhou Transit Center
2025-04-03 20:30  The shipment is being delivered by courier Wang, tel 138XXXX1234
2025-04-03 20:31  {L:派送中，请保持电话畅通}

Estimated delivery: April 3, before 21:00

Notes
{L:如包裹外包装破损，请当场拒收并联系客服。} Claims must be submitted within 7 days of receipt.

Customer service: 95338
Online service hours: 8:00-22:00 every day, including public holidays.
You can also change the delivery address or time in the app before the courier sets out.
""")

ll("agri-variety", """
New Rice Variety "Jinhe 18" Passed National Approval

Recently, the rice variety "Jinhe 18" bred by our academy passed the national crop variety approval.

The variety is a mid-season indica rice suitable for planting in the middle and lower reaches of the Yangtze River. In the regional trials of the past two years, its average yield was 9.6 tons per hectare, 7.3% higher than the control variety.

{L:该品种米质达到国标二级优质米标准，食味评分较高，抗稻瘟病能力强，但对褐飞虱抗性一般。}

Planting advice
Sowing from late May to early June is recommended.{L:栽插密度以每亩一万五千穴左右为宜，注意后期控水防倒伏。}

The academy will carry out demonstration planting in five counties this year.

{L:发布日期：2025-04-18} | Source: Crop Research Institute
""")

ll("translation-company", """
{D:译通翻译} YiTong Translation Services

Professional translation in 60 languages since 2006

Our services
Document translation: legal, financial, medical and technical documents
Interpreting: conference, business negotiation and escort interpreting
Localization: websites, software and games
{L:字幕听译与配音}

Quality assurance
Every project goes through translation, editing and proofreading by three different linguists. Terminology is managed with a dedicated database for each client.

What our clients say
"The team delivered our 200-page contract in five days with excellent accuracy." – Legal director of a manufacturing company
{L:“合作三年，译员专业、响应及时，是我们值得信赖的合作伙伴。”——某医疗器械企业市场部}

Get a free quote: upload your file and receive a price within one hour.
{D:沪ICP备18022107号}
""")

ll("lecture-series", """
City Library Public Lecture Series | Autumn 2025

All lectures are free and held in the Lecture Hall on the 3rd floor. Seats are limited; please book through the library's official account.

September 13, 14:30
The Story of Chinese Characters
Speaker: Professor Li Wen, School of Liberal Arts
{L:从甲骨文到简化字，讲述汉字三千年的演变历程。}

September 27, 14:30
{L:宋词里的四季}
Speaker: Dr. Chen Jing, Institute of Literature
An introduction to how poets of the Song dynasty wrote about spring, summer, autumn and winter.

October 11, 14:30
Urban Birds: Who Lives in Our Parks?
Speaker: Mr. Zhang Bo, City Birdwatching Society

{L:讲座开始前三十分钟开放入场，迟到十五分钟以上将不再保留座位。}
""")

ll("standard-announcement", """
Announcement on the Release of the National Standard "Technical Specification for Electric Bicycle Charging Facilities"

Recently, the national standard "Technical Specification for Electric Bicycle Charging Facilities" was officially released and will be implemented from January 1, 2026.

The standard specifies the general requirements, electrical safety, fire protection and installation requirements of charging facilities for electric bicycles in residential areas.

Main contents
1. Charging facilities shall have the functions of timing, overload protection and automatic power-off when fully charged.
2. {L:集中充电场所应设置在室外或独立建筑内，不得设置在建筑物的疏散通道、楼梯间内。}
3. Monitoring cameras and fire extinguishers shall be installed at charging sites.

The standard was drafted by 12 units, including research institutes, manufacturers and fire rescue departments.{L:标准文本可在国家标准全文公开系统免费查阅。}

{L:相关附件}: Standard text (PDF)
""")

ll("university-intro", """
About the University

{D:东海大学} Donghai University
English | {D:中文}

Donghai University was founded in 1952 and is a comprehensive university directly under the provincial government. The university has three campuses with a total area of 3,200 mu.

There are 24 schools offering 86 undergraduate programs, 35 master's programs and 12 doctoral programs. The university currently has more than 28,000 full-time students, including 1,200 international students from 80 countries.

{L:学校现有专任教师一千八百余人，其中教授四百余人，两院院士三人。}

The university attaches great importance to international cooperation and has established partnerships with more than 150 universities around the world. Every year, about 500 students study abroad for exchange programs.
{L:学校坚持“厚德、博学、求是、创新”的校训，致力于建设特色鲜明的高水平大学。}

Quick links: Admissions | Research | {L:校园地图} | Alumni
""")


if __name__ == "__main__":
    SET.build()
