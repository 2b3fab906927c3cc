"""Build bench/sets/detect28-*.jsonl: a held-out, hand-written detection set ("detect28").

Twenty-two English pages that contain Chinese on purpose, one of each kind: a foreign newspaper
report from a factory town quoting the slogans on a banner and a canteen notice with their
translations, a paper's reference list giving Chinese titles followed by English translations in
square brackets, a Hong Kong supply contract whose numbered clauses each have an English line and
then a Chinese line, a district exit-entry notice alternating English and Chinese paragraphs, a
transcript of a neighbours' WeChat group with translations in brackets, every line of a biscuit
box copied with translations after a dash, a learners' Q&A thread on the difference between 以为
and 认为, a company email template with a Chinese greeting and closing, a dictionary entry
(headword, pinyin, senses, examples with translations, usage note), a scanlation team's notes on
sound effects and signs, a museum audio-guide transcript quoting a bridge stele, a page explaining
a Ningxia wine's back label line by line, a xiangqi lesson naming the red and black pieces, a
gongfu tea handout naming its eight steps, a calligraphy exhibition list of works with Chinese and
English titles, a documentary subtitle review sheet (timecode | speaker | Chinese | English), a
collection of New Year card messages by recipient, a poetry blog with pinyin under each line of a
Tang quatrain and then a translation, a restaurant allergen table with bilingual headers and dish
names, a tandem diary alternating Chinese and English sentences line by line, a magazine
contributor's bio giving pen name and birth name in characters and book titles, and a playgroup
song with actions under each line.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a listed company's annual report summary with untranslated rows in its key-figures table, a
second-hand flat listing with some highlights untranslated, a course catalogue where two course
descriptions stay Chinese, a scenic area ticket table with Chinese ticket types next to English
prices, a licence service guide whose materials and steps are half Chinese, a bus route whose stop
list mixes English and Chinese stop names, a tender announcement with Chinese qualification
clauses and deadline, a hospital appointment page with Chinese departments and notes, a news page
with Chinese reader comments, a shop FAQ with two answers untranslated, a press conference
transcript where one answer stays Chinese, a wetland park report whose English paragraphs end with
a Chinese sentence adding new facts, a school honours list with Chinese award names, a six-day tour
with one day in Chinese, a job advert with a Chinese benefits list, a registration form with
Chinese field labels, a cold-wave warning with Chinese defence guidelines, a product comparison
table with a Chinese header cell and a few Chinese cells, a hotel page whose Chinese cancellation
paragraph contradicts the English one above it, a campus map list with Chinese building names (no
pinyin, no gloss), a press release ending with a Chinese "about the company" boilerplate, and a
product page whose copyright/address/phone/postcode footer stays Chinese. Deliberate Chinese on
those pages (a `中文` link, an ICP number, a logo line) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
poem is Wang Zhihuan's Tang quatrain (public domain) with a new translation, and the stele text,
song and slogans are invented. The set was written BLIND on 2026-12-04: without reading mtmend's
code, its tests, the other bench sets or their builders (only bench/blind_set.py, the first 60 and
last 30 lines of build_blind25.py as a model of the file format, and `marked()` in
build_detection_sets.py were read), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind28.py` from the repository root; it rewrites
bench/sets/detect28-deliberate.jsonl (ids d28d-NN) and bench/sets/detect28-leftovers.jsonl
(ids d28l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect28", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("newspaper-banner-slogan", """
THE NORTHERN COURIER · World · Friday 4 December 2026

Robots move in as a factory town runs short of young hands
By Helen Marsh in Dongguan

Above the gate of a plastics moulding plant on the edge of town hangs a red banner, its edges bleached pink by two summers of sun. The eight white characters on it read {D:机器换人，提质增效} – roughly, "replace people with machines, raise quality and efficiency". Workers streaming out at the end of the day shift do not glance up at it.

The slogan is a local echo of a provincial push, now more than ten years old, to automate the workshops that once drew millions of migrants from inland villages. Here, at least, it has worked. The plant's manager, who asked not to be named, says a line that needed forty people in 2015 now runs with nine, most of them technicians watching screens.

Those nine are not easy to find. "The young ones want to deliver food or sell things online," says a shift supervisor in her fifties. "Nobody grows up dreaming of a moulding machine."

A smaller notice by the canteen door carries an older message: {D:安全生产，人人有责}, "safe production is everyone's responsibility". Beneath it someone has taped a hand-written sign, {D:今天有红烧肉}, announcing that braised pork is on the menu – by some distance the most-read text on the site.

Economists say the town's experience is typical of the Pearl River Delta, where wages have risen faster than output for most of the past decade. Machines are cheaper to borrow for than they were, and the local government pays part of the cost.

What the banner does not mention is what happens to the people the machines replace. Of the thirty-one workers who left the moulding line, the manager says, four now maintain the robots. He does not know where the others went.
""")

dd("reference-list-zh-titles", """
Notes and references

Chinese-language sources are cited with the original title first, followed by an English translation in square brackets, as the journal's style sheet requires. Author names are romanised in pinyin.

Chen, Y. (2018). {D:乡村振兴背景下的传统村落保护路径} [Pathways for protecting traditional villages in the context of rural revitalisation]. {D:中国农村观察} [China Rural Survey], 39(2), 44–58.

Gao, M., & Liu, S. (2021). {D:县域医共体建设的成效与困境——基于三省的调查} [Achievements and dilemmas of county medical alliances: Evidence from a survey of three provinces]. {D:公共管理学报} [Journal of Public Management], 18(3), 101–115.

Harvey, D. (2012). Rebel cities: From the right to the city to the urban revolution. Verso.

Li, H. (2016). {D:差序格局与基层治理} [The differential mode of association and grassroots governance]. Beijing: {D:社会科学文献出版社} [Social Sciences Academic Press].

Ostrom, E. (1990). Governing the commons: The evolution of institutions for collective action. Cambridge University Press.

Wang, J., Zhou, P., & Xu, T. (2023). {D:数字平台如何重塑农民的市场参与？} [How do digital platforms reshape farmers' market participation?]. {D:管理世界} [Journal of Management World], 39(7), 88–103.

Zhang, R. (2020). {D:“熟人社会”的消解与重建} [The dissolution and reconstruction of the "society of acquaintances"] (Unpublished doctoral dissertation). {D:南京大学} [Nanjing University].

Zhao, L. (2019, May 12). {D:一个村庄的二十年} [Twenty years of one village]. {D:南方周末} [Southern Weekly], p. 9.
""")

dd("bilingual-contract-clauses", """
SCHEDULE 2 – GENERAL TERMS OF SUPPLY
{D:附表二 — 一般供貨條款}

1. Delivery. The Supplier shall deliver the Goods to the Buyer's warehouse in Kwai Chung within thirty (30) days after receiving each purchase order.
{D:一、交貨。供應商須於收到每份採購訂單後三十（30）日內，將貨物交付至買方位於葵涌之倉庫。}

2. Inspection. The Buyer may inspect the Goods within seven (7) working days of delivery and shall notify the Supplier in writing of any defect found.
{D:二、檢驗。買方可於貨物交付後七（7）個工作日內進行檢驗，如發現任何瑕疵，須以書面通知供應商。}

3. Payment. The Buyer shall pay each undisputed invoice within forty-five (45) days of its date by bank transfer in Hong Kong dollars.
{D:三、付款。買方須於發票日期起四十五（45）日內，以港元銀行轉帳方式支付每張無爭議之發票。}

4. Warranty. The Supplier warrants that the Goods will be free from defects in material and workmanship for twelve (12) months from delivery.
{D:四、保證。供應商保證貨物自交付起十二（12）個月內不存在材料及工藝上之瑕疵。}

5. Force majeure. Neither party shall be liable for any delay caused by typhoon, flood, fire, epidemic or government action beyond its reasonable control.
{D:五、不可抗力。任何一方對於因颱風、水災、火災、疫症或其合理控制範圍以外之政府行為所引致之延誤，概不負責。}

6. Governing law. This Agreement is governed by the laws of the Hong Kong Special Administrative Region.
{D:六、管轄法律。本協議受香港特別行政區法律管轄。}

7. Language. This Agreement is made in English and Chinese. If the two versions differ, the English version shall prevail.
{D:七、語言。本協議以中英文訂立。如兩個版本有任何歧異，概以英文版本為準。}

Initials of the parties: ______ (Supplier)   ______ (Buyer)
""")

dd("gov-notice-alternating-paragraphs", """
Jinhai District Exit-Entry Service Centre
Notice on Winter Opening Hours and Online Appointments
{D:金海区出入境服务中心关于冬季办公时间及网上预约的通告}

From 1 January to 28 February 2027, the service centre at 18 Harbour Road will open from 9:00 to 17:00 on weekdays. It will be closed on Saturdays, Sundays and public holidays.
{D:自2027年1月1日至2月28日，位于海港路18号的服务中心工作日办公时间为9:00至17:00，周六、周日及法定节假日不对外办公。}

Foreign nationals applying for a residence permit, or for its extension, must book an appointment on the "Jinhai Government Services" mini-program at least two working days in advance. Walk-in applications will be accepted only in urgent cases.
{D:外国人申请居留许可或办理延期的，须至少提前两个工作日通过“金海政务”小程序预约。除紧急情况外，不受理现场临时申请。}

Please bring your passport, a recent colour photo with a white background, and the registration form of temporary residence issued by your local police station.
{D:请携带本人护照、近期白底彩色照片以及辖区派出所出具的临时住宿登记表。}

Interpreting in English, Korean and Russian is available on Tuesday and Thursday mornings.
{D:每周二、周四上午提供英语、韩语、俄语翻译服务。}

Enquiries: 0571-8802-6130
{D:咨询电话：0571-8802-6130}

Jinhai District Exit-Entry Service Centre / {D:金海区出入境服务中心}
2 December 2026
""")

dd("wechat-chat-transcript", """
Translated screenshot: our building's WeChat group
My flatmate Tom has just moved in and can't read Chinese yet, so I've typed out this morning's messages from the "Building 7 Neighbours" group. My translations are in square brackets.

Auntie Zhang (Unit 302) 08:47
{D:各位邻居，明天上午八点到十二点停水，大家提前接点水哈} [Dear neighbours, the water will be off tomorrow from 8 to 12, so store some water in advance]

Mr Liu (Unit 501) 08:49
{D:收到，谢谢张阿姨} [Got it, thanks Auntie Zhang]

Xiaomei (Unit 204) 08:52
{D:电梯也要检修吗？} [Is the lift being serviced too?]

Auntie Zhang (Unit 302) 08:55
{D:电梯周五检修，到时候再通知} [The lift will be serviced on Friday, I'll let everyone know then]

Mr Liu (Unit 501) 09:03
[sticker: a cartoon cat bowing, with the caption {D:辛苦了}, "thanks for your hard work"]

Property Management Office 09:20
{D:温馨提示：楼道内请勿堆放杂物和电动车} [Friendly reminder: do not leave belongings or e-bikes in the stairwell]

Xiaomei (Unit 204) 09:21
{D:好的好的} [OK, OK]

Tom, that last reminder is about your bike.
""")

dd("packaging-translation", """
What does the box say? Grandma Lu's Sesame Crisps

Several of you asked about the biscuits in my Xiamen haul video, so here is every line printed on the box, copied exactly, with my translations after the dash. Corrections welcome!

Front of the box
{D:鲁阿婆芝麻酥} – Grandma Lu's Sesame Crisps
{D:传统手工 · 香酥不腻} – Traditionally handmade · fragrant, crisp and not greasy
{D:独立小包装} – Individually wrapped

Back of the box
{D:配料：小麦粉、白砂糖、黑芝麻、植物油、麦芽糖、食用盐} – Ingredients: wheat flour, white sugar, black sesame, vegetable oil, maltose, salt
{D:致敏物质提示：含有麸质谷物、芝麻} – Allergen notice: contains cereals with gluten and sesame
{D:净含量：260克} – Net weight: 260 g
{D:保质期：9个月} – Shelf life: 9 months
{D:贮存条件：请置于阴凉干燥处，避免阳光直射} – Storage: keep in a cool, dry place out of direct sunlight
{D:生产日期：见封口处} – Date of manufacture: see the seal
{D:开封后请尽快食用} – Eat soon after opening

Side panel
{D:营养成分表} – Nutrition facts (per 100 g: energy 2,150 kJ, fat 28 g, carbohydrate 58 g)

Verdict: they taste exactly as the front promises. The bag was empty in two days.
""")

dd("qa-word-difference", """
Ask a Native › Chinese (Simplified) › Question #48213

What is the difference between {D:以为} and {D:认为}?
Asked by maple_learner · Beginner in Chinese · 3 answers

My textbook translates both as "to think". Are they interchangeable? For example, can I say {D:我以为他是老师} and {D:我认为他是老师} and mean the same thing?

Answer from Xu_Jing (native speaker) · 12 upvotes
Not quite! {D:以为} usually means you thought something that later turned out to be wrong. {D:我以为他是老师} suggests "I thought he was a teacher (but he isn't)".
{D:认为} is a neutral statement of your opinion or judgement: {D:我认为这个办法不错} – "I think this is a good method."

Answer from Daniel_K (learning for 6 years) · 5 upvotes
A trick my tutor gave me: if you could add "…but I was wrong" in English, use {D:以为}. If you could add "…in my opinion", use {D:认为}. Also, {D:认为} sounds a bit more formal, so you see it a lot in essays.

Answer from chenchen_88 (native speaker) · 2 upvotes
One more point: {D:以为} is very common in happy exclamations when someone surprises you, for example {D:我还以为你不来了呢！} – "And here I thought you weren't coming!" said when a friend finally turns up.

maple_learner: Thank you all, this makes sense now!
""")

dd("email-template-greeting", """
Sales Team Handbook › Email templates › Template 6
Year-end greeting to suppliers in mainland China

When to use: the last two weeks of December or before Spring Festival. Replace the words in capitals. Keep the Chinese greeting and closing exactly as they are; our partners tell us they appreciate the gesture, and a mistake in a short line looks worse than no Chinese at all.

Subject: Season's greetings from Harwell Instruments / {D:新年问候}

{D:尊敬的SURNAME总：}
{D:您好！}

Dear Mr/Ms SURNAME,

On behalf of everyone at Harwell Instruments, thank you for another year of reliable cooperation. Your team's flexibility during the autumn shortages helped us keep our promises to our own customers.

Please note that our office will be closed from 24 December to 2 January. Purchase orders sent during this period will be confirmed on 3 January.

We look forward to continuing our work together in 2027 and would be glad to welcome you to Leeds if you visit Europe in the spring.

{D:顺祝商祺！}
With best wishes for your business,

NAME
Purchasing Manager, Harwell Instruments

Notes: {D:总} (zǒng) is the polite title for a general manager; for anyone else use {D:先生} (Mr) or {D:女士} (Ms) after the surname. Do not add English translations under the Chinese lines; the English letter already says the same thing.
""")

dd("dictionary-entry", """
Learner's Chinese–English Dictionary › Words starting with D › {D:打算}

{D:打算}  dǎsuan
HSK 3 · Traditional form: {D:打算} (unchanged) · Frequency: very common

1. verb – to plan, to intend, to be going to
   {D:你寒假打算做什么？}
   What are you planning to do over the winter holidays?
   {D:我打算明年去云南旅行。}
   I'm going to travel to Yunnan next year.
2. noun – plan, intention (often with {D:个} as the measure word)
   {D:这只是我的初步打算，还没跟家里人商量。}
   This is only my initial plan; I haven't discussed it with my family yet.
3. verb, dated – to think carefully on someone's behalf
   {D:他处处为别人打算。}
   He always thinks about what is best for others.

Usage note: {D:打算} is more casual than {D:计划} (jìhuà, "to plan; a plan"), which suggests something detailed or official. In speech the second syllable of {D:打算} is usually in the neutral tone.

Common mistake: learners sometimes write {D:我打算了去}. {D:打算} is followed directly by the verb, without {D:了}: {D:我打算去}.

See also: {D:准备} zhǔnbèi, to prepare, to get ready to · {D:想} xiǎng, to want to, to feel like · {D:精打细算} jīng dǎ xì suàn, to budget carefully
""")

dd("scanlation-notes", """
Translator's notes – "Lanterns over Qingshui", Chapter 37
Posted by the Paper Crane scanlation team

As usual we've kept the hand-drawn sound effects and signs in the art and added small English text beside them. Here's what we changed and why.

p. 2, panel 1 – {D:咚咚咚} (dōng dōng dōng): knocking on a wooden door. We added "KNOCK KNOCK" in the gutter.
p. 3, panel 4 – The shop sign reads {D:老陈面馆}, "Old Chen's Noodle House". Old Chen is the grandfather from chapter 12.
p. 5, panel 2 – {D:哗啦} (huālā): the sound of heavy rain, but also of things spilling. Here it's both, because the bucket falls over.
p. 7, panel 3 – The note on the fridge says {D:记得买酱油！} "Remember to buy soy sauce!" This matters later, trust us.
p. 9, panel 1 – {D:嘿嘿} (hēihēi): a sly little laugh, not "hey hey". We went with "heh heh".
p. 11, panel 5 – {D:嗖} (sōu): a whoosh, as Xiaoyu throws the umbrella.
p. 14, panel 2 – Banner over the school gate: {D:热烈欢迎新同学}, "A Warm Welcome to Our New Students".
p. 18, last panel – Xiaoyu's phone shows a message from "Mum": {D:早点回家}, "Come home early". We left it untranslated in the art because the whole page is silent.

Next chapter in about two weeks. If you spot a typo, tell us in the comments!
""")

dd("audio-guide-stele", """
Riverside County Museum – Audio Guide, English Track
Stop 14: The Yongji Bridge Stele (Gallery 3)

[Transcript of the recording. Press 14 on your handset to listen.]

You are now standing in front of the tallest object in this gallery: a limestone stele almost three metres high, resting on the back of a carved tortoise. It was set up beside the old Yongji Bridge in 1773, after local families paid for the bridge to be rebuilt following a flood.

Look at the top of the stone. The large seal-script characters there give its title, {D:重修永济桥记}, "A Record of the Rebuilding of the Yongji Bridge".

The main text is in neat regular script. About halfway down, the writer describes the day the bridge was finished: {D:桥成之日，父老携幼来观，皆曰：自今以往，行者无涉水之苦矣。} "On the day the bridge was completed, the elders brought the young ones to see it, and all said: from now on, travellers will no longer suffer the hardship of wading through the water."

In the lower section you can see rows of smaller characters. These are the names of the donors and the sums they gave. The first line, {D:首事}, means "leading organisers"; the ten men listed after it collected the money and hired the masons.

Finally, in the bottom left corner, the date: {D:乾隆三十八年岁次癸巳秋月}, "an autumn month of the thirty-eighth year of Qianlong, a guisi year".

The bridge itself was replaced by a concrete one in 1962, and the stele was brought here in 1985.

Press 15 to continue to the next stop, the ferryman's lantern.
""")

dd("wine-label-explainer", """
Reading a Chinese wine label: a worked example

Wines from Ningxia are turning up on more European lists, but the back labels are often printed only in Chinese. Below is the back label of a 2021 red from a small estate, line by line, with what each line means.

{D:云岭酒庄} – the estate name, "Cloud Ridge Winery".
{D:贺兰山东麓} – "Eastern Foothills of the Helan Mountains", the protected wine region on the edge of the desert.
{D:赤霞珠干红葡萄酒} – "Cabernet Sauvignon dry red wine". The first three characters are the grape; {D:干红} simply means dry red.
{D:原料与辅料：葡萄汁、二氧化硫} – ingredients: grape juice and sulphur dioxide. Chinese rules require this line.
{D:酒精度：13.5%vol} – alcohol by volume.
{D:葡萄采摘年份：2021年} – vintage, literally "year the grapes were picked".
{D:橡木桶陈酿十二个月} – aged twelve months in oak barrels.
{D:净含量：750毫升} – net volume, 750 ml.
{D:贮藏条件：避光、恒温、卧放} – storage: away from light, at a steady temperature, lying down.
{D:过量饮酒，有害健康} – "Excessive drinking is harmful to health", a standard warning found on every bottle.

Tip: the front label may show only pinyin or an English name, so the back label is often the only place where the grape variety is spelled out.
""")

dd("xiangqi-pieces", """
Xiangqi (Chinese Chess) for Beginners – Part 1: The Pieces

Xiangqi is played on the points of a board nine lines wide and ten lines long. Across the middle runs the river, usually labelled {D:楚河} on one side and {D:漢界} on the other, "Chu River" and "Han Border", after the two states that fought for China after the fall of the Qin. Each side has a palace of nine points, marked with a diagonal cross.

In many sets the red and black pieces use slightly different characters for the same piece:

General: red {D:帥}, black {D:將}. Moves one point orthogonally and may not leave the palace.
Advisor: red {D:仕}, black {D:士}. Moves one point diagonally, also inside the palace only.
Elephant: red {D:相}, black {D:象}. Moves exactly two points diagonally and cannot cross the river.
Horse: red {D:傌}, black {D:馬}. Moves one point straight and then one diagonally, and can be blocked.
Chariot: red {D:俥}, black {D:車}. Moves any distance along a line, like a rook.
Cannon: red {D:炮}, black {D:砲}. Moves like a chariot but captures by jumping over exactly one piece.
Soldier: red {D:兵}, black {D:卒}. Moves one point forward; after crossing the river it may also move sideways.

Special rule: the two generals may never face each other on the same file with no piece between them. This "flying general" rule often decides the endgame.

Many sets sold abroad use simplified characters ({D:帅}, {D:将}, {D:马}, {D:车}), so do not be surprised if your pieces look a little different from the ones above.

Next lesson: opening moves, starting with the central cannon.
""")

dd("tea-ceremony-steps", """
Gongfu Tea at Home: the Eight Steps and Their Names
Workshop handout · Silver Needle Tea Room, Bristol

In Chaozhou-style gongfu tea, each step of the brewing has a poetic four-character name. You do not need to remember them to make good tea, but our guests often ask, so here they are.

1. {D:孟臣沐霖} – "Mengchen bathes in the rain". Pour hot water over the small clay teapot to warm it. Mengchen was a famous potter, and his name came to stand for the pot itself.
2. {D:乌龙入宫} – "The black dragon enters the palace". Put the oolong leaves into the pot, filling it about a third.
3. {D:悬壶高冲} – "Pour from a raised kettle". Lift the kettle high and pour so the leaves tumble.
4. {D:春风拂面} – "A spring breeze brushes the face". Skim the foam off the surface with the lid.
5. {D:重洗仙颜} – "Wash the immortal's face again". Pour hot water over the closed pot once more.
6. {D:关公巡城} – "Lord Guan patrols the city". Move the pot in a circle over the cups so each gets an even share.
7. {D:韩信点兵} – "Han Xin counts his troops". Shake the last, strongest drops into each cup one by one.
8. {D:鉴赏汤色} – "Admire the colour of the tea". Look, smell, and then sip.

In our workshop we skip step 5 to save time. Bring a notebook: the second session covers water temperature and how many infusions each tea can take.
""")

dd("calligraphy-catalogue", """
INK AND BREATH: Contemporary Calligraphy from Taiwan
Exhibition catalogue – List of works
Gallery Vermeer, Antwerp · 15 January – 28 March 2027

Titles are given in the original Chinese followed by the artists' own English titles. All works are ink on paper unless stated otherwise. Dimensions are height × width.

1. {D:寧靜致遠} / Calm Goes Far. Lin Pei-shan, 2024. Regular script, 136 × 68 cm.
2. {D:山高水長} / High Mountains, Long Rivers. Lin Pei-shan, 2025. Clerical script, 68 × 136 cm.
3. {D:聽雨} / Listening to Rain. Chen Wei-ting, 2023. Cursive script on hand-made bamboo paper, 45 × 45 cm.
4. {D:無} / Nothing. Chen Wei-ting, 2025. A single character in dry-brush cursive, 180 × 97 cm.
5. {D:上善若水} / The Highest Good Is Like Water. Huang Mei-ling, 2022. Running script, 35 × 138 cm.
6. {D:風} / Wind (triptych). Huang Mei-ling, 2026. Ink and acrylic on canvas, three panels, each 120 × 80 cm.
7. {D:日日是好日} / Every Day Is a Good Day. Kuo Chia-hao, 2024. Running script on a fan leaf, 24 × 52 cm.
8. {D:一期一會} / Once in a Lifetime. Kuo Chia-hao, 2025. Seal script, 68 × 68 cm.

Works 4 and 6 are shown courtesy of private collectors. All other works are for sale; please ask at the front desk for the price list.
""")

dd("documentary-subtitles-table", """
"The Last Salt Fields" (2026) – Subtitle review sheet, reel 2
Translator: A. Brennan · Reviewer: Zhou Y. · Status: second draft

Timecode | Speaker | Original | English subtitle
01:12:04 | Mr Cai | {D:我十四岁就跟着我爸晒盐了。} | I started making salt with my father at fourteen.
01:12:09 | Mr Cai | {D:那时候这一片全是盐田，一眼望不到头。} | Back then this whole area was salt pans, as far as you could see.
01:12:16 | Narrator (English only) | – | Today only three families still work the fields by hand.
01:12:23 | Mrs Cai | {D:太阳好的时候，三天就能收一次。} | When the sun is strong, we can rake it in every three days.
01:12:29 | Mrs Cai | {D:下雨就全白费了。} | If it rains, it's all wasted.
01:12:35 | Mr Cai | {D:年轻人嫌苦，都去城里了。} | Young people find it too hard. They've all gone to the city.
01:12:42 | Mr Cai | {D:我儿子在深圳修手机。} | My son repairs phones in Shenzhen.
01:12:48 | Mrs Cai | {D:他说等我们干不动了，就把盐田租出去。} | He says that when we can't work any more, he'll rent the fields out.
01:12:55 | (sign on shed) | {D:晒盐场 闲人免进} | SALT DRYING YARD – NO ENTRY

Reviewer's notes: 01:12:23 – {D:收} literally means "to harvest"; "rake it in" fits the image better. 01:12:55 – show the sign translation as a caption at the top of the frame, not as a subtitle.
""")

dd("new-year-card-messages", """
What to Write in a Chinese New Year Card (Year of the Goat, 2027)

Spring Festival 2027 falls on 6 February, the start of the Year of the Goat. If you want to write a line or two in Chinese in your cards, here are the messages our readers liked best, sorted by who the card is for. Copy them carefully, character by character; the English is there so you know what you are signing.

For grandparents and older relatives
{D:祝您身体健康，福如东海，寿比南山！}
Wishing you good health, fortune as vast as the Eastern Sea and a life as long as the Southern Mountains!

For friends
{D:羊年快乐！新的一年，天天开心，心想事成。}
Happy Year of the Goat! In the new year, may every day be a happy one and may all your wishes come true.

For colleagues and business contacts
{D:恭贺新禧，祝事业蒸蒸日上！}
Happy New Year, and may your business go from strength to strength!

For a teacher
{D:感谢您一年来的耐心教导，祝您新春愉快！}
Thank you for your patient teaching this year, and a happy Spring Festival to you!

A pun for the Year of the Goat
{D:三羊开泰}
"Three goats bring in prosperity." This plays on the old saying {D:三阳开泰}, in which {D:阳} (sun, yang) sounds the same as {D:羊} (goat).

Sign off with {D:新春快乐} (Happy Spring Festival) and your name, and you are done.
""")

dd("poem-pinyin-under-lines", """
Slow Poems · Entry 31
"Climbing Stork Tower" by Wang Zhihuan

This week's poem is only twenty characters long, and many Chinese children can recite it before they start school. Wang Zhihuan (688–742) wrote it at a tower above the Yellow River in what is now Shanxi. I've put the pinyin under each line so you can read it aloud.

{D:登鹳雀楼}
Dēng Guànquè Lóu
{D:王之涣}
Wáng Zhīhuàn

{D:白日依山尽，}
bái rì yī shān jìn,
{D:黄河入海流。}
huáng hé rù hǎi liú.
{D:欲穷千里目，}
yù qióng qiān lǐ mù,
{D:更上一层楼。}
gèng shàng yì céng lóu.

My translation:
The white sun sinks behind the hills,
the Yellow River runs on to the sea.
If you would see a thousand miles further,
climb one more storey of the tower.

The last line became a proverb. People still say {D:更上一层楼} to encourage someone who is already doing well to reach a little higher.
""")

dd("allergen-table", """
Jade Garden Kitchen · Allergen Information / {D:过敏原信息}
Updated 1 December 2026. Please tell your server about any allergy before ordering.

Dish | {D:菜名} | Gluten {D:麸质} | Peanut {D:花生} | Soy {D:大豆} | Shellfish {D:贝类} | Sesame {D:芝麻} | Egg {D:鸡蛋}
Kung pao chicken | {D:宫保鸡丁} | ✓ | ✓ | ✓ | – | – | –
Mapo tofu | {D:麻婆豆腐} | ✓ | – | ✓ | – | – | –
Prawn dumplings | {D:虾饺} | ✓ | – | – | ✓ | – | –
Sesame cold noodles | {D:麻酱凉面} | ✓ | ✓ | ✓ | – | ✓ | –
Tomato and egg stir-fry | {D:番茄炒蛋} | – | – | – | – | – | ✓
Steamed sea bass | {D:清蒸鲈鱼} | ✓ | – | ✓ | – | – | –
Egg fried rice | {D:蛋炒饭} | – | – | – | – | ✓ | ✓
Stir-fried greens with garlic | {D:蒜蓉炒时蔬} | – | – | – | – | – | –

✓ = contains / {D:含有}   – = not used in the recipe / {D:不含}
All dishes are cooked in a kitchen that handles every allergen above, so we cannot rule out traces. Our soy sauce contains wheat; gluten-free tamari is available on request.
{D:本店所有菜品均在同一厨房制作，无法完全排除交叉污染。}
""")

dd("exchange-diary-alternating", """
Tandem diary – week 6
Emma (learning Chinese) and Wenjie (learning English) take turns writing one sentence each. Wenjie corrects Emma's Chinese and Emma corrects Wenjie's English; corrections are at the bottom.

Monday
Emma: {D:今天早上我坐错了公交车。}
Wenjie: So you were late for class?
Emma: {D:对，我迟到了二十分钟，可是老师什么也没说。}
Wenjie: My teacher would be angry if I came twenty minutes late.

Wednesday
Wenjie: Yesterday I cooked spaghetti for my roommates for the first time.
Emma: {D:好吃吗？你放了什么酱？}
Wenjie: Tomato sauce with a lot of garlic, maybe too many garlic.
Emma: {D:大蒜对身体很好，多放一点没关系！}

Friday
Emma: {D:这个周末我想去看电影，你有空吗？}
Wenjie: Yes, I am free on Saturday afternoon, but not on Sunday.
Emma: {D:那我们星期六下午三点在电影院门口见吧。}

Corrections
Wenjie: Emma, "{D:坐错了公交车}" is perfect! Very natural.
Emma: "too many garlic" → "too much garlic", because garlic is uncountable here.
""")

dd("author-bio-pen-name", """
Contributors – Spring 2027 issue

YE QIU is the pen name of Zhou Lanying (pen name in Chinese {D:叶秋}, birth name {D:周兰英}), a novelist and essayist born in 1971 in a mining town in Guizhou. She worked as a railway ticket clerk for eleven years before publishing her first story in a provincial magazine in 1998. She chose the name {D:叶秋}, "autumn leaf", because, she says, she started writing late, "when the leaves were already turning".

Selected books:
{D:煤城往事} (Stories of a Coal Town), novel, 2006
{D:南下的火车} (The Train Going South), novel, 2013
{D:纸上的河} (A River on Paper), essays, 2017
{D:雾中的县城} (A County Town in Fog), novel, 2021 – winner of a regional fiction prize, translated into French and Korean

She lives in Guiyang with her husband, a retired schoolteacher, and two cats.

The story in this issue, "The Night Shift", is taken from her forthcoming collection {D:小站} (Small Stations). It appears here in English for the first time.

MARK O'DONNELL, who translated it, lives in Dublin. He first came across Ye Qiu's work in a second-hand bookshop in Chengdu in 2009 and wrote to her publisher the following week.
""")

dd("kids-song-actions", """
Circle Time Songs · Song 9: "Little Frog, Jump!" ({D:小青蛙，跳一跳})
For ages 2–5 · Mandarin playgroup, Saturday mornings

We wrote this little song for our playgroup. Sing it slowly the first few times and do the actions with the children. The English line under each Chinese line gives the meaning; it is not a singing version.

{D:小青蛙，呱呱呱，}
Little frog goes "gua gua gua",
(Action: open and close your hands by your mouth like a frog's mouth.)
{D:蹲下来，跳一跳，}
Crouch down low, jump, jump!
(Action: squat, then jump up with both feet.)
{D:跳到荷叶上，}
Jump onto the lotus leaf,
(Action: jump forward onto the green mat.)
{D:看看小鱼游一游。}
Watch the little fish swim along.
(Action: put your palms together and wiggle them like a fish.)
{D:太阳下山啦，}
The sun goes down,
(Action: lower your arms slowly in a big circle.)
{D:小青蛙，睡觉啦！}
Little frog, time for bed!
(Action: rest your head on your hands and close your eyes.)

Parents' tip: {D:呱呱} (guā guā) is how frogs croak in Chinese, just as English frogs say "ribbit". The children love it when the grown-ups croak loudest.
""")


# ---------------------------------------------------------------- leftovers

ll("annual-report-table-rows", """
Huaxin Precision Machinery Co., Ltd.
2025 Annual Report Summary
Stock code: 605872   Stock abbreviation: Huaxin Precision   Announcement No.: 2026-015

I. Important Notes
1. This summary is derived from the full annual report. To fully understand the company's operating results, financial position and future development plans, investors should read the full report on the media designated by the China Securities Regulatory Commission.
2. The board of directors, the board of supervisors and the directors, supervisors and senior management guarantee that the contents of the annual report are true, accurate and complete.
3. Profit distribution plan: a cash dividend of 2.50 yuan (tax included) for every 10 shares will be paid to all shareholders.

II. Key Accounting Data and Financial Indicators
Unit: yuan   Currency: RMB
Item | 2025 | 2024 | Year-on-year change (%)
Total assets | 9,862,415,338.27 | 8,914,206,771.40 | 10.64
Operating revenue | 4,308,552,190.61 | 3,902,117,456.08 | 10.42
Net profit attributable to shareholders of the listed company | 421,906,883.15 | 377,540,219.92 | 11.75
{L:归属于上市公司股东的扣除非经常性损益的净利润} | 398,271,064.30 | 350,118,623.47 | 13.75
Net cash flow from operating activities | 512,633,907.84 | 446,085,312.59 | 14.92
{L:加权平均净资产收益率（%）} | 9.86 | 9.21 | {L:增加0.65个百分点}
Basic earnings per share (yuan/share) | 0.58 | 0.52 | 11.54
{L:稀释每股收益（元／股）} | 0.58 | 0.52 | 11.54

III. Shareholders
As of the end of the reporting period, the total number of ordinary shareholders was 28,417.
""")

ll("real-estate-features", """
{D:安居地产} ANJU REALTY | Home > Second-hand Homes > Binjiang District > Listing No. 3308417

Riverside Garden, 3 bedrooms 2 living rooms, 128 m², south-facing, owner selling urgently
Total price: 4.38 million yuan   Unit price: 34,219 yuan/m²   Down payment from 1.53 million yuan

Basic information
Layout: 3 bedrooms, 2 living rooms, 1 kitchen, 2 bathrooms
Floor: middle floor (of 18 floors)
Orientation: south and north
Decoration: fine decoration
Year built: 2014
Elevator: 2 elevators for 4 households
Property rights: 70 years, commercial housing

Listing highlights
{L:满五唯一}, low transaction taxes
{L:南北通透}, good lighting and ventilation
Five minutes' walk to Riverside Park Station on Metro Line 4
{L:学区房，对口滨江实验小学}
The community has a high green rate and separates pedestrians from vehicles
{L:业主诚心出售，看房请提前预约}

Agent: Wang Lei   Tel: 138-0571-6624
Anju Realty reminds you: the listing information is for reference only; please verify before signing.
{D:浙ICP备15023671号-2}
""")

ll("course-catalogue-two-zh", """
School of Environmental Science and Engineering – Undergraduate Course Catalogue 2026–2027
English | {D:中文}

ENV2011 Environmental Chemistry (3 credits, 48 hours)
This course introduces the chemical processes that control the composition of air, water and soil, including acid–base equilibria, redox reactions and the behaviour of heavy metals. Prerequisite: General Chemistry.

ENV2023 Fluid Mechanics (3 credits, 48 hours)
Topics include fluid statics, the continuity and energy equations, flow in pipes and open channels, and an introduction to pollutant dispersion. Prerequisite: Advanced Mathematics II.

ENV3015 Water Pollution Control Engineering (4 credits, 64 hours)
{L:本课程系统讲授城市污水和工业废水的物理、化学及生物处理方法，重点介绍活性污泥法、生物膜法和污泥处理与处置，并安排一次污水处理厂现场参观。先修课程：环境微生物学。}

ENV3027 Air Pollution Control (3 credits, 48 hours)
Students learn how particulate matter, sulphur oxides and nitrogen oxides form, and the design principles of dust collectors, desulphurisation and denitrification systems.

ENV3042 Solid Waste Treatment and Resource Recovery (2 credits, 32 hours)
{L:课程内容包括生活垃圾的收集与运输、焚烧、填埋和堆肥技术，以及废旧电子产品的回收利用。课程考核采用课程论文与闭卷考试相结合的方式。}

ENV4001 Graduation Internship (4 credits, 8 weeks)
Students complete an internship at an environmental protection agency, design institute or enterprise and submit an internship report.

Note: Course hours and credits are subject to the final timetable issued by the Academic Affairs Office.
""")

ll("ticket-types-zh", """
Cuiping Mountain Scenic Area – Ticket Information
Home | Tickets | Transportation | Notices | English | {D:中文}

Opening hours: 7:30–17:30 (ticket sales stop at 16:30)
Tickets can be bought at the south gate ticket office or online through the official mini-program. Please bring the ID card or passport used for booking.

Ticket type | Price | Remarks
Adult ticket | 90 yuan | –
{L:学生票} | 45 yuan | {L:凭全日制本科及以下学历学生证}
{L:老年人优待票} | 45 yuan | Aged 60–64
Seniors 65 and over | Free | Valid ID required
Children under 1.2 m | Free | Must be accompanied by an adult
{L:景区观光车（往返）} | 30 yuan | –
Cable car (one way) | 60 yuan | Suspended in strong winds
{L:索道+观光车联票} | 80 yuan | {L:限当日有效}

Notes
1. Active military personnel, people with disabilities and firefighters enjoy free admission with valid documents.
2. Tickets are valid for one entry on the date of purchase only.
3. During the National Day holiday, visitor numbers are limited to 20,000 per day. Please book in advance.
4. {L:景区内禁止吸烟，请勿携带火种进山。}

Service hotline: 0577-6512-0808
""")

ll("gov-service-guide-half", """
Service Guide: Application for a Food Business License (New)
Municipal Administration for Market Regulation · Item code: 330100-SC-0047

Applicable subjects: enterprises, individual businesses and farmers' professional cooperatives that intend to engage in food sales or catering services within the city.

Legal basis: Food Safety Law of the People's Republic of China; Measures for the Administration of Food Business Licensing.

Materials required
1. Application form for food business license (original, 1 copy)
2. Copy of the business license (1 copy, stamped with the official seal)
3. {L:与食品经营相适应的主要设备设施布局、操作流程等文件}
4. {L:食品安全自查、从业人员健康管理、进货查验记录等保证食品安全的规章制度}
5. Identity document of the legal representative (copy, 1 copy)
6. If an agent handles the application, a power of attorney and the agent's ID card

Process
Step 1: Online application. Submit materials through the provincial government service network or at window 12 of the Citizen Service Center.
Step 2: {L:受理审查。窗口工作人员对申请材料进行审查，材料齐全、符合法定形式的，当场予以受理。}
Step 3: {L:现场核查。必要时，市场监管部门在10个工作日内组织现场核查。}
Step 4: Decision and issuance. The license is issued within 10 working days of acceptance and can be collected at the window or delivered by post free of charge.

Time limit: 10 working days (statutory time limit: 20 working days)
Fee: free of charge
Consultation telephone: 12345
""")

ll("bus-route-stops-zh", """
Route 56 (Railway Station – Xishan Industrial Park)
Home > Public Transport > Bus Routes > Route 56

Operating hours: first bus 6:00, last bus 21:30 (from Railway Station); first bus 6:30, last bus 22:00 (from Xishan Industrial Park)
Fare: 2 yuan, air-conditioned bus; transit card and mobile QR code payment accepted
Interval: 8–12 minutes at peak times, 15–20 minutes at other times

Stops (outbound, 18 stops)
1. Railway Station (North Square)
2. Jiefang Road
3. People's Hospital
4. {L:文化宫}
5. Central Square
6. Municipal Government
7. {L:建设路口}
8. Sports Centre
9. Library
10. {L:东风桥}
11. Technical College
12. Wanda Plaza
13. {L:新村北}
14. Huangshan Road
15. Xishan Primary School
16. {L:工业园区管委会}
17. Xishan Park
18. Xishan Industrial Park (Terminus)

Notice: Due to road works on Jiefang Road, from 10 December outbound buses will skip stop 2 and go directly to People's Hospital.
""")

ll("procurement-notice-zh-clauses", """
Public Tender Announcement for the Procurement of Classroom Interactive Displays for Primary and Secondary Schools in Qinghe County
Project No.: QHCG-2026-118   Release date: 2 December 2026

1. Basic Information of the Project
Purchaser: Qinghe County Education Bureau
Procurement agency: Qinghe County Public Resource Trading Center
Budget amount: 3,860,000 yuan (maximum price: 3,860,000 yuan)
Procurement requirements: 220 sets of 86-inch interactive flat panel displays, including installation, training and three years of on-site warranty.
Contract performance period: delivery and installation within 45 days after the contract is signed.

2. Qualification Requirements for Suppliers
(1) Meet the requirements of Article 22 of the Government Procurement Law;
(2) {L:落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；}
(3) {L:本项目不接受联合体投标，不允许分包。}

3. Obtaining the Tender Documents
Time: 3 December 2026 to 10 December 2026, 9:00–17:00 daily (Beijing time, except public holidays)
Method: download free of charge from the county public resource trading platform after registration.

4. Submission Deadline and Bid Opening
{L:提交投标文件截止时间、开标时间：2026年12月24日9点30分（北京时间）}
Place: Bid Opening Room 2, 3rd Floor, Qinghe County Public Resource Trading Center

5. Contact Information
Purchaser contact: Mr. Zhao, 0318-5520-417
Agency contact: Ms. Sun, 0318-5521-096
""")

ll("hospital-appointment", """
Jiangnan Provincial People's Hospital – Online Appointment
English | {D:中文}

Appointments can be made from 7 days in advance until 17:00 on the day before the visit. Each patient may book no more than 3 appointments per day and no more than 1 appointment in the same department.

Step 1: Select a campus
Main Campus (Zhongshan Road)   East Campus (Xinhua Avenue)

Step 2: Select a department
Internal Medicine: Cardiology | Respiratory Medicine | Gastroenterology | {L:内分泌科} | Nephrology
Surgery: General Surgery | Orthopaedics | {L:神经外科} | Urology
Other: Paediatrics | Obstetrics and Gynaecology | Ophthalmology | {L:耳鼻咽喉头颈外科} | Dermatology | Traditional Chinese Medicine

Step 3: Choose a doctor and time slot
Dr. Chen Hao, Chief Physician, Cardiology – Tuesday morning, registration fee 50 yuan
Dr. Lin Xue, Associate Chief Physician, Cardiology – Thursday afternoon, registration fee 30 yuan

Important notes
1. Please arrive 30 minutes before your appointment time and check in at the self-service machine with your ID card or medical insurance card.
2. {L:如需取消预约，请于就诊前一日16:00前操作，累计爽约3次将被暂停预约资格90天。}
3. Patients with fever must first go to the fever clinic.
4. {L:国际医疗部可提供英语导诊服务，需提前一天电话预约。}

Appointment hotline: 0512-6836-2000 (8:00–17:00)
""")

ll("news-reader-comments-zh", """
Xinhe Daily > Local News
City's First Intangible Cultural Heritage Night Market Opens on Riverside Walk
2026-12-03 08:15   Source: Xinhe Daily   Author: Reporter Liu Fang

On the evening of December 2, the city's first intangible cultural heritage night market opened on the Riverside Walk. More than 60 stalls showed traditional crafts such as paper cutting, sugar painting, bamboo weaving and dough figurines, and attracted about 30,000 visitors on the first night.

"I only saw sugar painting when I was a child. Today I brought my daughter to try it," said Ms. Zhou, a resident of Nanhu District.

According to the Municipal Bureau of Culture and Tourism, the night market will open every Friday to Sunday from 18:00 to 22:00 until the end of February next year.

Editor: Wang Min

Comments (4)
Reader 13xxxx2817: The atmosphere is great, I hope it can continue after February.
Reader "Little Fish": {L:人太多了，停车根本找不到位置，建议多开几班公交。}
Reader 15xxxx0346: {L:捏面人的老师傅手艺真好，给孩子捏了一个孙悟空，才十五块钱。}
Reader "Old Street Boy": {L:希望不要变成卖烤肠奶茶的普通夜市。}
Reply | Like | Report
""")

ll("ecommerce-faq-two-zh", """
Help Center > Frequently Asked Questions > Orders and Delivery

Q1: How long does it take for my order to ship?
A: Orders paid before 16:00 are usually shipped on the same day. Orders paid after 16:00 are shipped the next day. During big promotions, shipping may take up to 72 hours.

Q2: Which courier companies do you use?
A: We mainly use SF Express and ZTO Express. You cannot choose a specific courier when placing the order.

Q3: Can I change my delivery address after paying?
A: {L:订单未发货前，您可以在“我的订单”中自行修改一次收货地址；订单已发货的，请联系快递员协商改派，可能产生额外费用。}

Q4: Do you ship to Hong Kong, Macao and Taiwan?
A: Currently we only ship within mainland China. Orders with other addresses will be cancelled automatically and refunded.

Q5: What should I do if the package arrives damaged?
A: {L:请在签收时当面检查外包装，如有破损可拒收；已签收的请在48小时内拍照并联系在线客服，我们将为您补发或退款。}

Q6: How do I apply for an invoice?
A: After confirming receipt, go to "My Orders" > "Invoice" and fill in the invoice title and tax number. Electronic invoices are sent to your email within 3 working days.

Still have questions? Contact online customer service (9:00–24:00).
""")

ll("press-conference-one-answer-zh", """
Transcript of the Regular Press Conference of the Provincial Department of Commerce (December 2026)

Host: Good morning, friends from the media. Welcome to today's press conference. We have invited Mr. He Jianguo, Deputy Director of the Provincial Department of Commerce, to introduce the province's foreign trade from January to November and answer your questions.

He Jianguo: From January to November, the province's total import and export value reached 1.28 trillion yuan, an increase of 6.3% year on year. Exports were 812 billion yuan, up 7.9%, and imports were 468 billion yuan, up 3.6%. Exports of electric vehicles, lithium batteries and solar products grew by 21.4%.

Provincial Daily reporter: What measures will the department take to help small and medium-sized foreign trade enterprises cope with rising shipping costs?

He Jianguo: {L:下一步，我们将联合港口和航运企业设立中小外贸企业舱位保障机制，同时将出口信用保险保费补贴比例由50%提高到70%，预计全年可为企业减少成本约3亿元。}

Economic Observer reporter: How is cross-border e-commerce developing in the province this year?

He Jianguo: Cross-border e-commerce imports and exports reached 96 billion yuan in the first eleven months, up 18.2%. Enterprises of the province now operate 42 overseas warehouses covering 23 countries and regions.

Host: Due to time constraints, today's press conference ends here. Thank you all.
""")

ll("paragraph-ends-zh-sentence", """
Dongtan Wetland Park Welcomes Its First Flocks of Winter Migrants
Release date: 2026-12-02   Views: 1,284

As temperatures drop, Dongtan Wetland Park has entered its peak season for migratory birds. Since mid-November, monitoring staff have recorded more than 40 species and over 12,000 birds, including swan geese, common cranes and several kinds of ducks. {L:其中，国家一级保护动物东方白鹳首次在园区内被观测到，共有7只，这是该物种近二十年来在本地区的最大记录。}

To reduce disturbance to the birds, the park has closed the boardwalk in the core area and set up three bird-watching hides along the outer dike. Visitors are asked to keep their voices down, not to fly drones and not to feed the birds.

The park's science education centre is holding a free photo exhibition of wetland birds until January 15. Guided bird-watching walks for families are held every Saturday at 9:00; each walk is limited to 20 people. {L:报名须通过“东滩湿地”公众号进行，每个账号最多可为4人报名，活动当天需携带身份证原件。}

Opening hours: 8:00–17:00, closed on Mondays. Admission is free.

Source: Dongtan Wetland Park Administration
Editor: Xu Jing
""")

ll("honours-list-award-names", """
Good News! Our Students Win Honours in the 2026 Municipal Competitions
Hongxing Experimental Middle School · Campus News · 2026-11-28

In the autumn term, our students achieved excellent results in municipal competitions in science, arts and sports. The school congratulates the following students and their instructors.

Science and technology
Zhang Yuting (Class 3, Grade 8) – First Prize, Municipal Youth Science and Technology Innovation Competition; instructor: Ms. Li Na
Wu Haoran (Class 1, Grade 9) – {L:市青少年机器人竞赛初中组二等奖}; instructor: Mr. Zhou Jun
Chen Xinyi and Huang Zihan (Class 5, Grade 7) – {L:“小小科学家”科普实践活动优秀奖}

Arts
The school choir – Gold Award, Municipal Primary and Secondary School Choral Festival; conductor: Ms. Gao Ling
Liu Mengqi (Class 2, Grade 8) – {L:市中小学生书法比赛软笔组一等奖}
Sun Yue (Class 4, Grade 9) – Second Prize, Municipal English Speech Contest

Sports
Boys' basketball team – Third Place, Municipal Middle School Basketball League
Ma Tianyu (Class 6, Grade 8) – {L:市田径运动会男子甲组800米冠军}

Honorary titles
Zhang Yuting – {L:市级三好学生}
Class 3, Grade 8 – {L:市级先进班集体}

We hope all students will learn from these examples and keep working hard in study and sport.
""")

ll("tour-route-day-line-zh", """
Classic West Yunnan 6-Day Tour: Kunming – Dali – Lijiang – Shangri-La
Route code: YN-06A | Departures every Tuesday and Saturday | From 3,680 yuan per person

Day 1 Kunming: Pick-up at Kunming Changshui International Airport and transfer to the hotel. Free time in the evening; try crossing-the-bridge rice noodles near Nanping Street. Accommodation: Kunming.
Day 2 Kunming – Dali: Take the high-speed train to Dali (about 2 hours). Visit the Three Pagodas of Chongsheng Temple and stroll through Dali Ancient Town. Accommodation: Dali.
Day 3 Dali: {L:上午乘船游洱海，登南诏风情岛；下午前往双廊古镇，自由活动，晚餐品尝白族三道茶。住宿：大理。}
Day 4 Dali – Lijiang: Drive to Lijiang (about 3 hours). Visit Black Dragon Pool and Lijiang Old Town. Optional evening show at own expense. Accommodation: Lijiang.
Day 5 Lijiang – Shangri-La: Pass Tiger Leaping Gorge on the way and arrive in Shangri-La in the afternoon. Visit Songzanlin Monastery. Accommodation: Shangri-La.
Day 6 Shangri-La: Morning visit to Potatso National Park, then transfer to Shangri-La Airport for your onward flight. End of tour.

Price includes: accommodation in 4-star hotels (twin share), 5 breakfasts and 6 lunches, air-conditioned coach, English-speaking guide, first entrance tickets to listed attractions.
Price excludes: flights to Kunming and from Shangri-La, single room supplement (980 yuan), personal expenses.
{L:温馨提示：香格里拉海拔约3300米，有心脏病、高血压的游客请谨慎报名。}
Booking hotline: 0871-6353-8800
""")

ll("recruitment-benefits-zh", """
Join Us | Hangzhou Lanxin Technology Co., Ltd.
Position: Front-end Development Engineer (Vue)   Location: Binjiang District, Hangzhou   Posted: 2026-12-01

Responsibilities
1. Develop and maintain the company's SaaS management platform and mini-programs.
2. Work with product managers and designers to turn designs into high-quality pages.
3. Optimise page performance and improve user experience.

Requirements
1. Bachelor's degree or above in computer science or a related major, with at least 3 years of front-end experience.
2. Proficient in Vue 3, TypeScript and common build tools.
3. Good communication skills and a strong sense of responsibility.

Salary: 18,000–28,000 yuan/month, 14 months' salary per year

Benefits
{L:五险一金，按实际工资全额缴纳}
{L:双休，弹性上班时间}
{L:每年一次免费体检}
Annual paid leave starting from 10 days
{L:节日福利、生日礼金、团建旅游}
Free lunch in the company canteen

How to apply: send your CV to hr@lanxin-tech.example.com with the subject "Front-end + Name".
""")

ll("registration-form-labels-zh", """
Registration Form – 2026 International Forum on Smart Manufacturing
Date: 18–19 December 2026 | Venue: Suzhou International Expo Center, Hall B

Please complete the form below. Fields marked * are required. Registration closes on 12 December 2026.

Personal information
* Full name: ____________
* {L:性别}: ○ Male ○ Female
* Organization: ____________
{L:职务}: ____________
* Mobile phone: ____________
* {L:电子邮箱}: ____________
{L:证件类型}: ○ ID card ○ Passport ○ Other
* ID number: ____________

Participation
* Sessions you will attend: □ Opening ceremony □ Main forum □ Sub-forum A: Industrial Internet □ Sub-forum B: Robotics
{L:是否需要安排住宿}: ○ Yes ○ No
Dietary requirements: ○ None ○ Vegetarian ○ Halal ○ Other

Invoice
{L:发票抬头}: ____________
{L:纳税人识别号}: ____________

□ I agree that the organizer may use my information for the purposes of this event only.
[Submit]   [Reset]
""")

ll("weather-warning-instructions-zh", """
Lingshan Municipal Meteorological Observatory – Warning Signal
Orange Warning for Cold Wave · Issued 16:00, 3 December 2026

The Lingshan Municipal Meteorological Observatory upgraded the blue cold wave warning to orange at 16:00 on December 3. Affected by strong cold air, from the night of December 4 to December 6 the temperature in the city will drop by 10–14°C, with northerly winds of force 6–7 and gusts of force 9. The lowest temperature on the morning of December 6 will be −6°C to −8°C in the north of the city.

Areas affected: all districts and counties of the city

Defence guidelines
1. The government and relevant departments should take measures against the cold wave and strong wind according to their duties.
2. {L:注意添衣保暖，特别是老弱病幼人群；}
3. {L:对农作物、畜禽和水产养殖采取防寒防冻措施；}
4. {L:做好防风工作，高空、水上作业人员停止作业，加固或拆除室外广告牌等搭建物。}
5. Drivers should slow down and watch out for icy roads, especially on bridges and in mountain areas.

Meteorological service hotline: 12121
Follow the official WeChat account "Lingshan Weather" for updates.
""")

ll("comparison-table-zh-header", """
Compare Models: Airflow Series Air Purifiers
Home > Air Purifiers > Compare

{L:型号} | AF-200 | AF-350 | AF-500 Pro
Recommended room size | 15–25 m² | 25–42 m² | 40–70 m²
CADR (particulate) | 220 m³/h | 360 m³/h | 520 m³/h
Filter type | Three-layer HEPA | {L:HEPA+活性炭复合滤网} | HEPA + activated carbon + photocatalyst
Noise (sleep mode) | 26 dB | 24 dB | 22 dB
Air quality sensor | PM2.5 | PM2.5 + TVOC | PM2.5 + TVOC + formaldehyde
App control | – | Yes | Yes
{L:滤网更换周期} | 6 months | 6–9 months | 9–12 months
Rated power | 28 W | 45 W | 62 W
Weight | 4.2 kg | 6.8 kg | 9.5 kg
Warranty | 1 year | 2 years | {L:整机三年，电机五年}
Price | 699 yuan | 1,199 yuan | 2,299 yuan

Add to cart:  AF-200 | AF-350 | AF-500 Pro
* CADR values were measured by the manufacturer's laboratory under national standard conditions. Actual results may vary with room conditions.
""")

ll("hotel-cancellation-contradicts", """
Lakeview Garden Hotel Hangzhou – Deluxe King Room
Room size 38 m² | King bed 1.8 m | Lake view | Non-smoking | Free Wi-Fi

Price per night: 868 yuan (breakfast for 2 included)

Room facilities
Floor-to-ceiling windows, bathtub, rain shower, coffee machine, minibar, 55-inch smart TV, safe, hair dryer.

Check-in and check-out
Check-in from 14:00; check-out before 12:00. Guests must present a valid ID card or passport at check-in.

Cancellation policy
Free cancellation until 18:00 on the day before arrival. If you cancel after this time or do not show up, the first night will be charged.
{L:本房型预订后不可取消、不可修改。如未入住，酒店将扣除全部房费。春节、国庆等节假日期间，须提前7天取消方可免费。}

Children and extra beds
Children under 6 stay free when using existing bedding. Extra beds are not available for this room type.

Pets
Pets are not allowed.

Payment
The hotel accepts UnionPay, Visa, Mastercard, Alipay and WeChat Pay.
""")

ll("campus-map-building-names-zh", """
Campus Map – Xiyuan Campus
Home > About > Campus Map   English | {D:中文}

Click a building on the map to see its location. Buildings are listed by number.

Teaching and research
1. Main Teaching Building
2. {L:逸夫楼}
3. Science Building A
4. Science Building B
5. {L:明德楼}
6. Engineering Training Center
7. Library

Student life
8. Student Activity Center
9. {L:桃李园}
10. Student Dormitories 1–6
11. {L:荟萃苑}
12. Campus Hospital

Sports
13. Gymnasium
14. {L:东区田径场}
15. Swimming Pool

Administration
16. Administration Building
17. International Exchange Center

Main gate: 88 Xueyuan Road. Visitors must register at the gate with an ID card. Campus shuttle buses run every 15 minutes from 7:00 to 21:00 and stop at buildings 1, 7, 8, 13 and 16.
""")

ll("press-release-about-zh", """
PRESS RELEASE
Qingyun Robotics Launches Q7 Autonomous Floor-Cleaning Robot for Shopping Malls and Airports

Shenzhen, December 3, 2026 – Qingyun Robotics today released the Q7, a commercial floor-cleaning robot designed for large public spaces such as shopping malls, airports and railway stations.

The Q7 combines scrubbing, sweeping and dust mopping in one machine and can clean up to 1,800 square meters per hour. Using laser radar and visual sensors, it maps the site on its first run and then plans its own routes, avoiding pedestrians and obstacles. When its battery runs low, it returns to the charging station, drains the dirty water and refills with clean water without human help.

"Cleaning staff in large venues are getting older, and it is becoming harder to recruit," said Fang Lei, CEO of Qingyun Robotics. "The Q7 takes over repetitive night-time work so that people can focus on the tasks that need human judgement."

The Q7 has completed trials at three airports and twelve shopping centres in Guangdong. It will be available in China from January 2027, with export versions for Southeast Asia and the Middle East to follow in the second quarter.

Media contact
Zhou Ting, Brand Department, press@qingyun-robotics.example.com

{L:关于青云机器人}
{L:深圳市青云机器人科技有限公司成立于2016年，是一家专注于商用服务机器人研发、生产和销售的国家高新技术企业，总部位于深圳南山区，在上海、成都设有研发中心。公司产品已进入全球30多个国家和地区，累计服务客户超过2000家。}
""")

ll("copyright-contact-footer-zh", """
Ningbo Hengchuan Valve Co., Ltd.
Home | About Us | Products | Quality | News | Contact | English | {D:中文}

Products > Ball Valves > Fully Welded Ball Valve

Fully Welded Ball Valve (Q367F)
Nominal diameter: DN50–DN1200
Nominal pressure: PN16–PN100 / Class 150–Class 600
Body material: carbon steel, stainless steel, low-temperature steel
Connection: butt welding, flange
Operation: manual, worm gear, pneumatic, electric
Applications: urban heating networks, natural gas pipelines, petrochemical plants

Features
The one-piece welded body has no external leakage points and can be buried directly underground. The ball is precision machined and polished, giving low operating torque and a long service life. Every valve is pressure-tested before leaving the factory.

[Download catalogue]  [Send inquiry]

{L:版权所有 © 2008-2026 宁波恒川阀门有限公司}
{L:地址：浙江省宁波市北仑区大港工业城黄山西路126号}
{L:电话：0574-8678-5501　传真：0574-8678-5502}
{L:邮编：315800}
{D:浙ICP备09012345号}
""")

if __name__ == "__main__":
    SET.build()
