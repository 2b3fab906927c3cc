"""Build bench/sets/detect19-*.jsonl: a held-out, hand-written detection set ("detect19").

English pages that contain Chinese on purpose (hospital and bank signage guides for expats,
apartment-listing glossaries, Chinese cooking blogs with ingredient names, tea / martial-arts /
calligraphy club pages, international-student office pages, museum and temple guides with
plaques and inscriptions, karaoke lyric pages, language-exchange forum posts, taxi-card travel
itineraries, export product pages with model names, genealogy pages, New Year and wedding
etiquette, bilingual subtitles, annual-report excerpts and government notices in alternating
paragraphs, bibliographies citing Chinese sources), and half-translated pages (MT mirrors of
hospital, bank, airport, tourism, real-estate, e-commerce, government and school sites with
untranslated clauses glued in with `,`, whole untranslated sentences and paragraphs, table
cells, headings, menu items, footers, CMS labels, image captions, reviews, FAQ answers, specs,
leftover sentences on the same topic as their English neighbours that say something else,
short and long leftovers), several of which also carry deliberate Chinese (a gloss, an ICP
number, a language link, a bilingual heading) marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). The style imitates ../shared/corpus/real, but every sentence
was written for this set. The set was written BLIND on 2026-12-02: without reading mtmend's
code, its tests, the other bench sets or their builders (only `marked()`/`Doc` from
build_detection_sets.py and the docstring and helper functions of build_blind18.py were looked
at, as a model of the format), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind19.py` from the repository root; it rewrites
bench/sets/detect19-deliberate.jsonl (ids d19d-NN) and bench/sets/detect19-leftovers.jsonl
(ids d19l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect19", chars=(600, 2500), lines=(8, 30))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("signage", """
Finding your way in a Chinese hospital: the signs you will actually see

Most large hospitals in Shanghai and Beijing have some English on their signs, but the small print, the queue screens and the pharmacy windows are often Chinese only. Here are the signs our readers asked about most, with what they mean.

{D:挂号} (guàhào) – Registration. This is where you start. You pay a small fee and get a slip with your department and queue number.
{D:收费} (shōufèi) – Cashier. Tests and medicine are paid here before they are done or handed over.
{D:急诊} (jízhěn) – Emergency. Usually has its own entrance, often round the side of the building.
{D:门诊} (ménzhěn) – Outpatients. The main building for ordinary appointments.
{D:取药} (qǔyào) – Collect medicine. Show your paid receipt at the window.
{D:化验} (huàyàn) – Laboratory tests, mostly blood and urine.
{D:住院部} (zhùyuànbù) – Inpatient department, the wards.

A tip from a reader in Chengdu: the queue screen shows your number next to the doctor's room, and the word {D:请} before your number means "please come in". If you see {D:过号}, you missed your turn and need to go back to the nurse's desk.

Take a photo of this page before you go. The staff are usually happy to point if you show them the characters.
""")

dd("listing", """
Reading a rental listing in Beijing: a glossary for newcomers

Apartment apps such as Lianjia and Ziroom are mostly in Chinese. You do not need to read everything, but a handful of terms decide whether a flat is right for you.

Size and layout
- {D:两室一厅} – two bedrooms and one living room. The pattern is always rooms + halls (+ bathrooms, {D:卫}).
- {D:建筑面积} – gross floor area, including a share of the stairwell. Expect the usable area ({D:使用面积}) to be 20–30% smaller.
- {D:朝南} – facing south. This is the most wanted orientation in northern China and costs more.

Money
- {D:押一付三} – one month's deposit, three months' rent paid in advance. This is the standard deal.
- {D:中介费} – agency fee, usually one month's rent, sometimes split.
- {D:物业费} – property management fee. Ask who pays it.

Building
- {D:电梯房} – building with a lift. Older six-storey blocks often have none.
- {D:精装修} – fully fitted and furnished, ready to move in.
- {D:近地铁} – close to the metro. Check the map; "close" can mean twenty minutes.

When you visit, ask the agent for the {D:房产证} (property certificate) of the landlord, so you know you are dealing with the real owner.
""")

dd("recipe", """
Mapo tofu the way my aunt makes it

Serves 2 as a main, 4 with rice and other dishes. Prep 10 minutes, cook 15.

I grew up eating this in Chengdu, and I still think most restaurant versions abroad are too sweet. The secret is in two ingredients you will need to find at an Asian grocery, so I have put the Chinese names here – show them to the shop assistant.

Ingredients
400 g soft tofu ({D:嫩豆腐})
100 g minced beef
2 tbsp Pixian chilli bean paste ({D:郫县豆瓣酱}) – look for a jar that says {D:郫县} on the label; other brands are not the same
1 tsp ground Sichuan pepper ({D:花椒粉})
1 tbsp fermented black beans ({D:豆豉})
2 spring onions, 1 tsp cornflour, 200 ml stock

Method
1. Cut the tofu into 2 cm cubes and simmer in salted water for two minutes. This firms it up so it does not fall apart.
2. Fry the beef in a little oil until crisp. Add the bean paste and fry until the oil turns red.
3. Add the black beans and the stock, then slide in the tofu. Simmer for five minutes without stirring too much.
4. Thicken with the cornflour mixed with water, scatter the Sichuan pepper and spring onions on top.

My aunt says a good mapo tofu should be {D:麻辣烫香酥嫩鲜}: numbing, hot, hot in temperature, fragrant, crisp, tender and fresh. I usually manage five out of seven.
""")

dd("club", """
Riverside Tea Society – Monthly Tasting Notes, March

Thank you to everyone who came to the March tasting at the community hall. We had twenty-two people, our biggest group since we started.

This month's teas
1. Longjing ({D:龙井}), spring 2025, from a farm near Meijiawu. Flat, jade-green leaves, a chestnut smell. Brewed in a glass at 80°C.
2. Tieguanyin ({D:铁观音}), traditional roast. Darker than the modern green style. Several of you said it tasted of stone fruit.
3. Lapsang souchong ({D:正山小种}), the unsmoked version. This surprised people who only knew the smoky export kind.
4. A ripe pu'er cake ({D:熟普洱}), pressed in 2016. We did six short infusions in the gaiwan ({D:盖碗}).

Vocabulary corner
Our member Mei explained the phrase {D:回甘} (huígān), the sweet aftertaste that comes back in your throat a minute after you swallow. She says it is the first thing her grandfather looks for in a good oolong.

Next meeting
Saturday 12 April, 2–4 pm. Theme: white teas from Fujian. Please bring your own cup if you can. The fee is £5, which covers the tea and biscuits.
""")

dd("university", """
International Student Office – Who to Ask

New students often get sent from one office to another. This page lists the offices you are most likely to need, with their Chinese names as written on the doors, so you can find them on campus.

International Student Office ({D:国际学生办公室})
Building 3, Room 105. Visas, residence permits, registration, accommodation. Open Monday to Friday, 8:30–11:30 and 14:00–17:00.

Academic Affairs Office ({D:教务处})
Main Building, 2nd floor. Course selection, transcripts, exam timetables.

Finance Office ({D:财务处})
Main Building, ground floor. Tuition payment and receipts. Bring your passport.

Campus Hospital ({D:校医院})
Behind the North Canteen. Health check for the residence permit, general illness.

Library Service Desk ({D:图书馆服务台})
Library entrance hall. Student card activation, study-room booking.

Security Office ({D:保卫处})
Near the East Gate. Lost and found, bicycle registration.

On your student card the Chinese name field ({D:中文名}) is optional. If you would like a Chinese name, your language teacher can help you choose one in the first week.
""")

dd("museum", """
Audio Guide Stop 14: The Bronze Ding of Duke Mao

You are now standing in front of one of the most important bronzes in the collection. It is a ding, a three-legged cooking vessel used in ancestral rites, and this one dates to the late Western Zhou, around 800 BC.

Look inside the bowl. The long inscription has nearly five hundred characters, cast in the bronze rather than carved. It records a king's instructions to a minister and ends with the standard wish that the vessel be treasured by descendants for ten thousand years: {D:子子孙孙永宝用}.

The label on the case gives the object's name in Chinese as {D:毛公鼎}. The first character, {D:毛}, is the family name of the duke; the last, {D:鼎}, is the vessel type.

If you walk round to the right side of the case, you can see a rubbing of the full inscription on the wall. Scholars have counted 497 characters, though a few are still disputed.

Object facts
Date: late Western Zhou, c. 800 BC
Height: 53.8 cm
Material: cast bronze
Found: Qishan, Shaanxi, 1843
Plaque above the case: {D:国之重器} ("a weighty vessel of the nation")

When you are ready, continue to Stop 15, the jade room, through the doorway on your left.
""")

dd("lyrics", """
Karaoke Night Song Sheet: "The Moon Represents My Heart"

Our Friday karaoke group always ends with this one. For the newer members who do not read Chinese, here are the first two verses with pinyin and a rough translation. Sing along – nobody minds if your tones are wrong.

{D:你问我爱你有多深}
nǐ wèn wǒ ài nǐ yǒu duō shēn
You ask me how deeply I love you

{D:我爱你有几分}
wǒ ài nǐ yǒu jǐ fēn
How much I love you

{D:我的情也真}
wǒ de qíng yě zhēn
My feelings are true

{D:我的爱也真}
wǒ de ài yě zhēn
My love is true

{D:月亮代表我的心}
yuè liang dài biǎo wǒ de xīn
The moon represents my heart

The song was made famous by Teresa Teng in 1977. Next week Anna has promised to bring the words to a Cantonese song, so practise your tones.
""")

dd("forum", """
Re: Difference between {D:觉得} and {D:认为}?

Posted by linguaLee » Tue Mar 04

Good question, this one confused me for ages too. Both can be translated "think", but the feeling is different.

{D:觉得} (juéde) is about how you feel or your impression. It is soft and personal. For example:
{D:我觉得有点冷。} – I feel a bit cold.
{D:我觉得这部电影不错。} – I think this film is pretty good.

{D:认为} (rènwéi) is more like "hold the opinion" or "consider". It sounds more formal and is common in writing and in news:
{D:专家认为经济会好转。} – Experts believe the economy will improve.

A quick test my teacher gave me: if you could say "feel" in English, use {D:觉得}. If it sounds like a position you would defend in an argument, {D:认为} is usually better.

Also note you can't say {D:我认为冷} for "I feel cold" – that sounds very strange.

Hope that helps! Post your example sentences and I'll check them.
""")

dd("itinerary", """
Day-by-day plan: 5 days in Guilin and Yangshuo (with taxi cards)

Taxi drivers outside the big cities rarely read English, so under each stop I've put the name in characters. Just show your phone.

Day 1 – Arrive Guilin
Airport to hotel, about 40 minutes. Evening walk around the Two Rivers and Four Lakes.
Hotel: Sheraton Guilin – {D:桂林喜来登饭店}
Night market: Zhengyang Pedestrian Street – {D:正阳步行街}

Day 2 – Li River cruise
Boat from Mopan Hill pier – {D:磨盘山码头}. The four-hour cruise ends in Yangshuo.
Yangshuo West Street – {D:阳朔西街}

Day 3 – Cycling in the countryside
Rent bikes and ride along the Yulong River to Dragon Bridge – {D:遇龙桥}. Flat and easy, about 10 km each way.

Day 4 – Xianggong Hill at sunrise
Leave at 5 am. Xianggong Hill – {D:相公山}. Bring a torch for the steps.

Day 5 – Back to Guilin
Reed Flute Cave – {D:芦笛岩}, then the airport: Guilin Liangjiang International Airport – {D:桂林两江国际机场}.

Useful phrase for the driver: {D:请打表} (please use the meter).
""")

dd("product", """
HYDRA-X Series Cordless Pressure Washer – Export Model

Model: HX-300 ({D:悍卫300})
Brand: Jiangnan Tools Co., Ltd.

Key features
- 40 V brushless motor, maximum pressure 3.5 MPa
- 5 interchangeable nozzles, quick-release connector
- Self-priming: draws water from a bucket, no tap needed
- IPX5 waterproof battery housing

Specifications
Rated voltage: 40 V DC
Flow: 300 L/h
Battery: 4.0 Ah Li-ion, charging time 90 min
Net weight: 3.2 kg
Hose length: 6 m

In the box
Main unit, spray gun, 6 m hose, 5 nozzles, foam bottle, battery, charger, user manual (English/Spanish/French).

About the name
Our domestic range is sold under the name {D:悍卫}, which combines "fierce" and "guard". For export we use HYDRA-X, but the Chinese name still appears on the motor housing and on the rating plate, together with the factory code.

Warranty: 24 months on the motor, 12 months on the battery. For after-sales service outside China, contact your local distributor.
""")

dd("genealogy", """
The Wong family of Taishan: what we found in the village records

This page collects what my cousins and I have pieced together about my great-great-grandfather, who left Guangdong for San Francisco in 1881. Please email me if you think we are related.

Our ancestor's name appears in American records as "Wong Ah Sing", but in the clan book (the {D:族谱}) he is {D:黄亚胜}. The "Ah" is a familiar prefix ({D:亚}/{D:阿}), not part of his formal name.

His generation name was {D:德}, and his formal name in the clan book is {D:黄德胜}. Every man of that generation in the branch had {D:德} as the first character of his given name, which helped us match him to his brothers.

The village is {D:冲蒌镇} in Taishan county. The ancestral hall there still has a plaque reading {D:江夏堂}, the hall name used by many Wong families, after their claimed origin in Jiangxia.

What we still do not know
- His wife's name. The clan book only records her as {D:李氏}, "Madam Li".
- Whether he returned to China. A tombstone in the village has the right name but no dates.

If you have papers from the 1880s or 1890s that mention the Wongs of Chonglou, we would love to see a scan.
""")

dd("etiquette", """
Chinese New Year etiquette for first-time visitors

Invited to spend the Spring Festival with a Chinese family? Here is what our readers wished they had known.

Greetings
The standard greeting is {D:新年快乐} (xīnnián kuàilè, Happy New Year). With older relatives, {D:身体健康} (good health) goes down well. Younger people and business contacts often say {D:恭喜发财} (gōngxǐ fācái), "wishing you prosperity".

Red envelopes
Red envelopes ({D:红包}) are given by married adults to children and unmarried younger relatives. Use new notes, and avoid amounts with a 4 in them, since {D:四} sounds like {D:死} (death). Amounts with 8 ({D:八}) are popular because it sounds like "getting rich".

Things to avoid
- Do not sweep the floor on the first day; it is said to sweep away good luck.
- Do not give clocks as presents. {D:送钟} (give a clock) sounds the same as {D:送终} (attend someone's death).
- Try not to break anything. If you do, say {D:岁岁平安} – it turns the accident into a wish for peace every year.

Food
Dumplings in the north, rice cakes ({D:年糕}) in the south. Fish ({D:鱼}) is served whole, and you should leave some: {D:年年有余}, "may there be surplus every year".
""")

dd("subtitles", """
[Bilingual subtitles] Episode 3 – "The Night Market" (from our Learn Chinese with Dramas series)

These are the bilingual subtitles for the first scene. Chinese line first, our English translation below. Download the .srt file at the end of the post.

1
00:00:02,100 --> 00:00:04,300
{D:老板,这个怎么卖?}
Boss, how much is this?

2
00:00:04,500 --> 00:00:06,800
{D:十五块一串,二十块两串。}
Fifteen a skewer, twenty for two.

3
00:00:07,000 --> 00:00:09,200
{D:能便宜一点吗?}
Can you make it a bit cheaper?

4
00:00:09,400 --> 00:00:12,000
{D:已经很便宜了,小姑娘。}
It's already cheap, young lady.

Notes: {D:老板} literally means "boss" but is the normal way to address any stallholder. {D:块} is the spoken word for yuan.
""")

dd("report", """
Annual Report 2024 – Chairman's Statement (excerpt)

{D:2024年,面对复杂多变的外部环境,本集团坚持稳中求进,全年实现营业收入186.4亿元,同比增长7.2%。}
In 2024, facing a complex and changing external environment, the Group pursued steady progress and achieved operating revenue of RMB18.64 billion for the year, an increase of 7.2% year on year.

{D:新能源业务成为增长最快的板块,收入占比首次超过三成。}
The new energy business became the fastest-growing segment, and its share of revenue exceeded 30% for the first time.

{D:我们在东南亚新建两座工厂,海外收入同比增长15.8%。}
We built two new plants in Southeast Asia, and overseas revenue rose by 15.8% year on year.

{D:董事会建议派发末期股息每股0.32元。}
The Board recommends a final dividend of RMB0.32 per share.

{D:展望2025年,我们将继续加大研发投入,推进数字化转型。}
Looking ahead to 2025, we will continue to increase investment in research and development and push forward our digital transformation.

Chairman
Zhou Jianguo
28 March 2025
""")

dd("notice", """
Notice on Temporary Traffic Control During the City Marathon

{D:为保障2025城市马拉松赛顺利举行,3月16日6:00至14:00,对滨江大道等路段实施临时交通管制。}
To ensure the smooth running of the 2025 City Marathon, temporary traffic control will be in force on Binjiang Avenue and other roads from 6:00 to 14:00 on 16 March.

{D:管制期间,除赛事保障车辆外,其他车辆禁止通行。}
During this period, no vehicles other than those supporting the race will be allowed through.

{D:地铁2号线、4号线将提前一小时开始运营。}
Metro Lines 2 and 4 will start service one hour earlier than usual.

{D:请广大市民提前规划出行路线,给您带来的不便敬请谅解。}
Residents are asked to plan their journeys in advance. We apologise for any inconvenience.

{D:市公安局交通管理局}
Traffic Management Bureau, Municipal Public Security Bureau
{D:2025年3月10日}
10 March 2025
""")

dd("bibliography", """
References

Primary sources are cited by the standard editions; Chinese titles are given in characters, followed by a translation in brackets.

Chen, Lai {D:陈来}. 1996. Gudai zongjiao yu lunli {D:古代宗教与伦理} [Ancient religion and ethics]. Beijing: Sanlian shudian.

Ge, Zhaoguang {D:葛兆光}. 2001. Zhongguo sixiang shi {D:中国思想史} [An intellectual history of China]. Shanghai: Fudan daxue chubanshe.

Li, Ling {D:李零}. 2007. Sangjia gou: Wo du Lunyu {D:丧家狗:我读《论语》} [A homeless dog: My reading of the Analects]. Taiyuan: Shanxi renmin chubanshe.

Li, Xueqin {D:李学勤}. 1999. Zouchu yigu shidai {D:走出疑古时代} [Leaving the era of doubting antiquity]. Shenyang: Liaoning daxue chubanshe.

Loewe, Michael, ed. 1993. Early Chinese Texts: A Bibliographical Guide. Berkeley: Society for the Study of Early China.

Puett, Michael. 2002. To Become a God: Cosmology, Sacrifice, and Self-Divinization in Early China. Cambridge, MA: Harvard University Asia Center.

Qiu, Xigui {D:裘锡圭}. 1988. Wenzixue gaiyao {D:文字学概要} [An outline of Chinese philology]. Beijing: Shangwu yinshuguan.

Yu, Yingshi {D:余英时}. 2014. Lun tian ren zhi ji {D:论天人之际} [On the boundary between heaven and humanity]. Beijing: Zhonghua shuju.
""")

dd("signage", """
Banking in China: a sign-by-sign guide to your first branch visit

Opening an account is usually the first bureaucratic job for new arrivals. Branches look alike across the big four banks, and the signs are mostly the same. Here is what to look for.

At the entrance
{D:营业时间} – Business hours. Many branches close at 17:00 and open only half a day on Saturday.
{D:自助银行} – Self-service banking. ATMs and deposit machines, often open 24 hours in a separate room.

Inside
{D:取号机} – Ticket machine. Choose {D:个人业务} (personal business) and not {D:对公业务} (corporate).
{D:大堂经理} – Lobby manager. The person in the waistcoat who checks your documents first.
{D:现金业务} / {D:非现金业务} – Cash / non-cash counters. Opening an account is non-cash.
{D:外币兑换} – Foreign currency exchange. Not every branch does it; look for this sign before you queue.

On the forms
{D:姓名} – Name (write it exactly as in your passport)
{D:证件号码} – ID number (your passport number)
{D:签名} – Signature

Bring your passport, residence permit and a Chinese phone number. The whole process takes about an hour if the branch is quiet.
""")

dd("club", """
Golden Crane Kung Fu Academy – Class Terminology

Every class at the academy starts and ends in Chinese. Don't worry, nobody expects you to speak it, but these words will help you follow along in your first weeks.

Commands
{D:立正} (lìzhèng) – Attention. Feet together, hands at your sides.
{D:敬礼} (jìnglǐ) – Salute. Right fist into left palm at chest height.
{D:开始} (kāishǐ) – Begin.
{D:停} (tíng) – Stop.

Stances
{D:马步} (mǎbù) – Horse stance. You will hold it for a long time. Sorry.
{D:弓步} (gōngbù) – Bow stance, front knee bent.
{D:虚步} (xūbù) – Empty stance, weight on the back leg.

People
{D:师父} (shīfu) – Master, our head coach, Sifu Leung.
{D:师兄} / {D:师姐} – Senior classmate (male / female). Ask them if you are lost.

Our motto, painted on the wall above the mirror, is {D:习武先习德}: "before you learn martial arts, learn virtue".

Classes: Tuesday and Thursday 7–9 pm, Saturday 10 am–12 pm. First lesson free.
""")

dd("club", """
Ink & Brush Calligraphy Circle – Beginners' Page

Welcome! This page is for people who have just joined our Wednesday evening group.

The four treasures of the study
Every calligrapher needs four things, traditionally called the Four Treasures of the Study ({D:文房四宝}):
- Brush ({D:笔}) – we lend goat-hair brushes for the first month
- Ink ({D:墨}) – bottled ink is fine for practice
- Paper ({D:纸}) – we use cheap practice paper, not real xuan paper ({D:宣纸})
- Inkstone ({D:砚})

Your first character
We always start with {D:永} (yǒng, "eternal"), because it contains the eight basic strokes. This is known as the Eight Principles of Yong ({D:永字八法}).

Scripts we practise
Regular script ({D:楷书}) for the first year, then clerical script ({D:隶书}) for those who want it. Our teacher Mr. Ho also teaches running script ({D:行书}) to advanced members.

At the end of term we hang our work in the library. Last year's theme was the couplet {D:海纳百川,有容乃大}, "the sea takes in a hundred rivers; tolerance makes greatness".

Fee: £40 per term, materials included.
""")

dd("museum", """
Visiting the Temple of Confucius: a plaque-by-plaque walk

The temple's courtyards are full of horizontal boards hung above doorways. Most visitors walk straight past them, but they are worth a look. Here are the ones on the central axis, from south to north.

Lingxing Gate
The stone gate at the entrance carries the name {D:棂星门}. Lingxing is a star that was believed to govern scholarship.

Dacheng Gate
The board above reads {D:大成门}, "Gate of Great Achievement", from Mencius's description of Confucius as the one who brought everything to completion.

Hall of Great Achievement
The main hall, {D:大成殿}, has several boards written by emperors. The most famous, hung by the Kangxi emperor, says {D:万世师表}: "teacher and model for ten thousand generations".

Apricot Platform
The small pavilion in front of the hall is called {D:杏坛}, after the place where Confucius was said to teach under apricot trees.

Stele pavilions
The stones on the east and west record imperial visits. The inscriptions are in Chinese and, on some Qing steles, also in Manchu.

Opening hours: 8:30–17:00 daily. The audio guide is available in English at the ticket office.
""")

dd("university", """
Application Form for Change of Accommodation / {D:留学生住宿调整申请表}

Please fill in this form in English or Chinese and hand it in to the Accommodation Office, International Student Building, Room 112. Each field is given in both languages.

Name / {D:姓名}: ______________________
Passport No. / {D:护照号码}: ______________________
Student ID / {D:学号}: ______________________
Nationality / {D:国籍}: ______________________
Current room / {D:现住房间}: Building ____ Room ____
Requested room type / {D:申请房型}:
[ ] Single room / {D:单人间}
[ ] Double room / {D:双人间}
Reason for change / {D:调整原因}: ______________________
Phone / {D:联系电话}: ______________________
Signature / {D:签名}: ______________ Date / {D:日期}: ______________

Notes
1. Requests are handled in the order received. Changes are made only in the first two weeks of each semester.
2. If you move to a more expensive room, you must pay the difference before collecting the new key.
3. Rooms must be left clean. A cleaning fee may be charged.

For office use only / {D:以下由办公室填写}
Approved by / {D:审批人}: ______________
""")

dd("itinerary", """
Chengdu food crawl: the addresses, written for your taxi

We spent four days eating our way round Chengdu and wanted to share the list. None of these places has an English menu, so I've added the shop names as they appear on the signs, plus the dish to order.

1. Chen Mapo Tofu, the original branch – {D:陈麻婆豆腐}
Order: mapo tofu, obviously. Also the twice-cooked pork ({D:回锅肉}).

2. Longchaoshou – {D:龙抄手}
Order: the sampler set with wontons, dan dan noodles and sweet rice balls.

3. A hotpot place near our hotel – {D:小龙坎火锅}
Order: the split pot ({D:鸳鸯锅}) if you don't like too much heat. Tripe and duck intestines are the classics.

4. Breakfast: Zhong dumplings – {D:钟水饺}
Sweet, spicy chilli oil over pork dumplings.

5. Street stall near Kuanzhai Alley – {D:宽窄巷子}
Rabbit heads ({D:兔头}). Yes, really. Ask for {D:微辣} (mildly spicy) unless you are brave.

Tip: download the Dianping app and save each place, then tap "navigate" and show the driver the map.
""")

dd("product", """
TIANYUE T9 Smart Rice Cooker – Product Page (International Edition)

Model: TY-T9-40 | Chinese market name: {D:天悦IH电饭煲}

Cook rice the way it is made in Chinese homes. The T9 uses induction heating (IH) to heat the whole pot evenly, giving fluffier grains and a light golden crust at the bottom if you want it.

Programmes
- Fine rice / Brown rice / Porridge / Claypot rice / Steam / Keep warm
- 24-hour delay timer

Control panel
The international edition has English buttons. Units bought in mainland China have Chinese buttons; the most used are {D:精煮} (fine cook), {D:快煮} (quick cook) and {D:保温} (keep warm). We have printed a sticker sheet with English labels – ask your retailer.

Specifications
Capacity: 4.0 L (for 2–8 people)
Power: 1200 W, 220–240 V, 50/60 Hz
Inner pot: 2.5 mm alloy with ceramic coating
Dimensions: 29 × 27 × 25 cm

What's in the box: cooker, inner pot, steaming basket, rice spoon, measuring cup, manual.

Manufactured by Guangdong Tianyue Electric Appliance Co., Ltd. ({D:广东天悦电器有限公司}).
""")

dd("etiquette", """
Attending a Chinese wedding: a short guide for foreign guests

You've received a red invitation card, probably printed with the double-happiness character {D:囍}. Congratulations – here is what to expect.

Before the day
Reply to the couple directly, often by WeChat. The invitation will give the banquet hall and time. The banquet usually starts late, so don't worry about arriving exactly on time.

The gift
Cash in a red envelope ({D:红包}) is standard. Write your name on the back so the couple know who gave it. Amounts are usually even numbers; 600, 800 and 1,000 yuan are common depending on how close you are. On the front you can write {D:百年好合}, "a happy union for a hundred years", or simply {D:新婚快乐}, "happy wedding".

At the door
There is a table where the couple's relatives collect the envelopes and write your name in a register ({D:礼簿}).

During the banquet
The couple will come round to every table to toast ({D:敬酒}). Stand up, raise your glass, and say {D:早生贵子} only if you know the couple well – it means "have a child soon".

What to wear
Avoid all white and all black. Red is for the bride, so don't wear it either.
""")

dd("recipe", """
Weeknight Cantonese steamed fish ({D:清蒸鱼} without the stress)

I know, steaming a whole fish sounds like restaurant stuff. It isn't. It's ten minutes of cooking and most of the work is slicing ginger.

You'll need
- 1 whole sea bass or snapper, about 600 g, cleaned
- a thumb of ginger, cut into fine strips
- 3 spring onions, white and green parts separated
- 3 tbsp seasoned soy sauce for seafood – the bottle usually says {D:蒸鱼豉油}; Lee Kum Kee is the easy one to find
- 2 tbsp neutral oil
- coriander, to finish

Steps
1. Score the fish twice on each side and stuff some ginger and the spring onion whites inside.
2. Steam over high heat for 8–10 minutes. The eye turns white and the flesh at the thickest part flakes.
3. Pour away the liquid in the plate (it tastes fishy), remove the cooked ginger and onion.
4. Top with fresh ginger and green onion strips. Pour over the soy sauce.
5. Heat the oil until it just smokes and pour it over the fish. It should sizzle loudly.

At my grandmother's table the fish always comes last and is never turned over – flipping it is said to mean a boat capsizing. She calls that rule {D:不翻鱼}.

Leftovers? Shred the fish into congee the next morning.
""")

dd("forum", """
Language Exchange Board › Mandarin for English speakers › What does {D:加油} really mean?

Original post by tomk_88:
My Chinese colleagues shout "jiayou" at me before every presentation. Google says {D:加油} means "add oil". Am I being told I'm slow?

Reply from xiaoyu_london:
Haha no, it's encouragement! It's like "go for it" or "you can do it". Literally yes, {D:加} is add and {D:油} is oil/fuel, like refuelling a car so it goes faster.

You can say it to someone before an exam, a match, a job interview. You can also double it: {D:加油加油!}

Reply from tomk_88:
Oh that's nice. What should I say back?

Reply from xiaoyu_london:
Just {D:谢谢} (thanks) or {D:我会的} (I will). If you want to sound more native, {D:好嘞} is very casual, like "right-o".

Reply from p_zhang:
One more: if someone is sick, {D:加油} is a bit odd. Say {D:早日康复}, "get well soon".

Reply from tomk_88:
Great, thanks both. Adding these to my flashcards.
""")

dd("subtitles", """
Transcript with subtitles: Interview with a tea farmer, Anxi county (English / {D:中文})

We recorded this interview during the autumn harvest. The farmer spoke in Mandarin; the subtitles on the video are bilingual and we reproduce them here.

[00:00:05] {D:我们家种茶已经四代了。}
[00:00:05] Our family has grown tea for four generations.

[00:00:11] {D:秋茶香气最好,所以价格也最高。}
[00:00:11] Autumn tea has the best aroma, so it also fetches the highest price.

[00:00:18] {D:采摘以后要晒青、摇青,再炒青。}
[00:00:18] After picking, the leaves are withered in the sun, tossed, and then pan-fired.

[00:00:26] {D:摇青最重要,决定了茶的香味。}
[00:00:26] The tossing is the most important step; it decides the fragrance.

[00:00:33] {D:年轻人现在都去城里工作了。}
[00:00:33] Young people now all go to work in the cities.

[00:00:39] {D:我希望我的孙子以后能回来。}
[00:00:39] I hope my grandson will come back one day.

Video: 4 min 12 s. Filmed and subtitled by the Tea Roads project.
""")

dd("report", """
Environmental, Social and Governance Report 2024 – Highlights / {D:环境、社会及管治报告摘要}

Emissions
{D:本年度集团温室气体排放总量为12.6万吨二氧化碳当量,较上年下降9.1%。}
Total greenhouse gas emissions of the Group this year were 126,000 tonnes of CO2 equivalent, 9.1% lower than last year.

Energy
{D:光伏发电装机容量达到48兆瓦,可满足约三分之一的生产用电。}
Installed solar capacity reached 48 MW, enough to meet about a third of production electricity use.

People
{D:全年员工培训总时长超过32万小时,人均培训时长41小时。}
Employees received more than 320,000 hours of training in the year, an average of 41 hours per person.

Safety
{D:本年度未发生重大安全生产事故。}
No major work safety accident occurred during the year.

Community
{D:集团向乡村学校捐赠图书和设备,价值人民币560万元。}
The Group donated books and equipment worth RMB5.6 million to rural schools.

The full report is available in English and Chinese on the investor relations page.
""")

dd("notice", """
Public Notice: Water Supply Interruption in Tai Po / {D:大埔区暂停供水通告}

{D:水务署将于2025年5月8日(星期四)晚上11时至翌日上午6时,在大埔区进行水管接驳工程。}
The Water Supplies Department will carry out water mains connection works in Tai Po from 11 pm on Thursday 8 May 2025 to 6 am the following day.

{D:届时下列地区将暂停食水供应:}
Fresh water supply to the following areas will be suspended:

{D:大埔墟、太和及汀角路一带}
Tai Po Market, Tai Wo and the area along Ting Kok Road

{D:市民请预先储水,并在工程期间关上水龙头。}
Residents should store water beforehand and keep taps turned off during the works.

{D:如工程提早完成,供水将尽快恢复。}
If the works are completed early, the water supply will be restored as soon as possible.

{D:查询热线}: 2824 5000
Enquiry hotline: 2824 5000

{D:水务署}
Water Supplies Department
""")

dd("genealogy", """
Family tree notes: the descendants of Lim Boon Keng's cousin in Penang (work in progress)

Several branches of our family used different romanisations, which makes searching the records hard. Below I list each person with the name in characters, as written on the family altar tablets, so other researchers can match them.

Generation 1
Lim Chong Hee – {D:林中熙} (b. 1842, Haicheng, Fujian; d. 1901, Penang)
Wife: Tan Swee Neo – {D:陈瑞娘}

Generation 2
Lim Kheng Hock – {D:林庆福} (1868–1930), rice merchant
Lim Kheng Tiong – {D:林庆忠} (1871–1919)

Generation 3
Lim Eng Seng – {D:林荣盛} (1899–1962), emigrated to Singapore
Lim Geok Lian – {D:林玉莲} (1903–1988), married into the Khoo clan

The tablets at our family house are inscribed with the hall name {D:西河堂}, which is shared by many Lim families. The characters {D:庆} and {D:荣} were generation names; other branches used them too, which has caused a few false matches in online trees.

If you descend from any of the above, please leave a message below.
""")

dd("museum", """
Gallery 7: Chinese Export Porcelain – Label Texts

Case 1. Dish with the arms of an English family
Jingdezhen, about 1735. Porcelain painted in enamels. Such pieces were ordered through agents in Canton and took about two years to arrive. The base carries a fake reign mark, {D:大明成化年制} ("made in the Chenghua reign of the great Ming"), added to make the piece look older.

Case 2. Punch bowl with a hunting scene
About 1770. The painter copied a European print but gave the riders Chinese faces.

Case 3. Blue-and-white plate from the Nanking Cargo
About 1750, recovered from a shipwreck in 1985. The shop mark painted on the rim reads {D:玉}, jade, a common sign of quality.

Case 4. Armorial tea caddy
About 1760. The lid is inscribed with the shop name {D:广彩}, the style of enamel decoration done in Canton.

Case 5. Hong merchant's seal
Bronze seal of the firm of Howqua, with the firm's name {D:怡和行} in seal script.

Images of all objects are available in the online collection.
""")

dd("lyrics", """
Lyrics page: "Jasmine Flower" (Mo Li Hua) – for the school choir

This folk song is in our spring concert programme. The choir will sing it in Mandarin. Below are the words in characters, the pinyin to sing from, and the English meaning so you know what you are singing about.

Verse 1
{D:好一朵美丽的茉莉花}
hǎo yì duǒ měi lì de mò lì huā
What a beautiful jasmine flower

{D:芬芳美丽满枝桠}
fēn fāng měi lì mǎn zhī yā
Fragrant and lovely, covering the branches

{D:又香又白人人夸}
yòu xiāng yòu bái rén rén kuā
Sweet-scented and white, everyone praises it

{D:让我来将你摘下}
ràng wǒ lái jiāng nǐ zhāi xià
Let me pick you

{D:送给别人家}
sòng gěi bié rén jiā
And give you to someone

Pronunciation notes: "zh" is like the j in "jam" with the tongue curled back. Practise the last line slowly at home.
""")

dd("bibliography", """
Sources and further reading for "Rural credit co-operatives in Republican China, 1928–1937"

Archival sources
Second Historical Archives of China ({D:中国第二历史档案馆}), Nanjing. Records of the Ministry of Industry, file 422.
Jiangsu Provincial Archives ({D:江苏省档案馆}), Records of the Jiangsu Farmers' Bank.

Periodicals
Nongcun hezuo yuekan {D:农村合作月刊} [Rural Co-operation Monthly], 1935–1937.
Dongfang zazhi {D:东方杂志} [The Eastern Miscellany], various issues.

Secondary works
Buck, John Lossing. 1937. Land Utilization in China. Nanking: University of Nanking.
Pan, Guoqi {D:潘国旗}. 2010. "Minguo shiqi de nongcun jinrong" {D:民国时期的农村金融} [Rural finance in the Republican period]. Jindaishi yanjiu {D:近代史研究} 3: 45–62.
Zhang, Chenggong {D:张承功}. 1998. Jiangnan nongcun hezuo yundong yanjiu {D:江南农村合作运动研究} [A study of the rural co-operative movement in Jiangnan]. Shanghai: Shanghai shehui kexueyuan chubanshe.
Rawski, Thomas G. 1989. Economic Growth in Prewar China. Berkeley: University of California Press.

Note on romanisation: names and titles are given in pinyin followed by characters; Wade-Giles is kept for authors who published in English under that form.
""")

dd("signage", """
What the signs on the Shanghai metro actually say

The metro is fully bilingual, so you'll rarely be stuck. Still, some notices at stations and on trains are only in Chinese, and a few words come up again and again. Here they are.

{D:出口} – Exit. Followed by a number, e.g. {D:3号口} (Exit 3).
{D:换乘} – Transfer. Follow this to change lines.
{D:往} – Towards. {D:往虹桥火车站} means "towards Hongqiao Railway Station".
{D:末班车} – Last train. Usually around 22:30–23:00; check the board at each station.
{D:首班车} – First train.
{D:安检} – Security check. Bags go through the scanner.
{D:爱心专座} – Priority seat.
{D:小心站台间隙} – Mind the gap. You hear this a lot.
{D:请勿倚靠} – Do not lean on the doors.
{D:女性车厢} – You won't see this one in Shanghai, though some Guangzhou and Shenzhen lines have women-only carriages at rush hour.

On the platform screens the word {D:拥挤} (crowded) shows which carriages are fullest, so walk along to a carriage marked {D:舒适} (comfortable) instead.

Tickets: use Alipay or WeChat QR codes at the gates, or buy a single-journey card from the machines.
""")

dd("listing", """
Short-term rental listings explained: a cheat sheet for Hong Kong flat hunters

Most listings in Hong Kong are bilingual, but agents' shorthand is often only in Chinese. Here's what those tags mean.

{D:實用} – saleable area. Always compare this, not the gross figure ({D:建築}).
{D:開放式} – studio flat, no separate bedroom.
{D:兩房} – two-bedroom.
{D:有匙} – "have keys": the agent can show you the flat today.
{D:免佣} – no commission.
{D:包管理費} – rent includes the management fee.
{D:唐樓} – tenement building without lift, usually pre-1970s.
{D:高層} / {D:中層} / {D:低層} – high / middle / low floor. The exact floor is rarely given.
{D:海景} – sea view. Sometimes very partial.
{D:近港鐵} – near MTR.

Standard terms are two months' deposit plus one month's rent in advance. Leases are usually two years with a one-year break clause ({D:生約} and {D:死約} – the "live" and "dead" halves of the lease).

If something says {D:劏房}, it is a subdivided flat: a small room cut out of a larger flat. Check fire safety and the electricity arrangement carefully.
""")

dd("club", """
Weiqi (Go) Club – Tuesday Night Study Session

This week we went over a professional game from the 1990s and looked at the names of the standard opening patterns. Since several members asked for a written list, here are the terms with their Chinese names.

Opening points
- 4-4 point, star point: {D:星位}
- 3-4 point: {D:小目}
- 3-3 point: {D:三三}
- Tengen, the centre point: {D:天元}

Common ideas
- Approach move: {D:挂角}
- Enclosure: {D:守角}
- Ladder: {D:征子}
- Net: {D:枷}
- Ko: {D:劫}. Remember the rule: you cannot retake at once.

We also discussed the proverb {D:金角银边草肚皮}: "corners are gold, sides are silver, the centre is grass". It explains why most games start in the corners.

Next week
Bring a game you lost recently. We will review them together and look for the turning point.

Venue: Room 4, Community Centre, 7–9:30 pm. Boards and stones provided. New players welcome, we have a teaching table for beginners.
""")

dd("university", """
Graduation Certificate Translation – Sample for International Graduates

Employers and universities abroad sometimes ask for a translation of your Chinese diploma. The Registrar's Office can certify translations that follow the layout below. The Chinese wording is copied from the certificate so that the reader can match each line.

{D:毕业证书}
Certificate of Graduation

{D:学生 Maria Gonzalez,性别女,一九九八年三月十二日生,于二〇二〇年九月至二〇二四年六月在本校国际经济与贸易专业四年制本科学习,修完教学计划规定的全部课程,成绩合格,准予毕业。}
Maria Gonzalez, female, born on 12 March 1998, studied in the four-year undergraduate programme in International Economics and Trade at this university from September 2020 to June 2024, completed all courses required by the teaching plan with satisfactory results, and is hereby permitted to graduate.

{D:校长}: Liu Jianhua
President: Liu Jianhua

{D:证书编号}: 10284 1202 4050 1234
Certificate No.: 10284 1202 4050 1234

Bring the original certificate, a copy, and your typed translation to the Registrar's Office, Room 210. The certified translation is ready in three working days. Fee: 50 yuan.
""")

dd("product", """
Dragon Boat brand Chinkiang Vinegar – export product sheet

Product: Chinkiang Black Rice Vinegar, aged 3 years
Chinese name on label: {D:镇江香醋}
Brand: Dragon Boat ({D:龙舟牌})
Origin: Zhenjiang, Jiangsu Province, China

Description
Made from glutinous rice, wheat bran and rice husk by solid-state fermentation, then aged in earthenware jars. Rich, mellow and slightly sweet, with a deep brown colour.

Uses
Dip for xiaolongbao and dumplings, sweet and sour dishes, cold salads, braised pork.

Packing
500 ml glass bottle, 12 bottles per carton
Carton size: 34 × 26 × 30 cm
Gross weight: 11.5 kg per carton

Shelf life: 36 months

Label information
The front label keeps the original Chinese name and the Protected Geographical Indication mark ({D:地理标志保护产品}). The English back label lists ingredients: water, glutinous rice, wheat bran, salt, sugar.

Certifications: ISO 22000, HACCP, FDA registered facility.

For wholesale enquiries, please contact our export department.
""")

dd("forum", """
r/ChineseLanguage · Why do Chinese people say "eat" for everything?

u/breadnotrice:
My partner's family uses {D:吃} in ways that make no sense to me. {D:吃醋} "eat vinegar" for jealous, {D:吃苦} "eat bitterness" for suffering... is there a pattern?

u/hanzi_nerd:
There sort of is! {D:吃} can mean "take in, endure". So {D:吃苦} is enduring hardship, {D:吃亏} is "suffer a loss", and {D:吃力} is "take effort", strenuous.

{D:吃醋} has a folk story behind it: an emperor ordered a minister's jealous wife to drink "poison" or accept a concubine, she drank it, and it was vinegar.

u/breadnotrice:
Lol. What about {D:吃香}? My partner said her job is {D:吃香}.

u/hanzi_nerd:
That means "popular, in demand". Like, her skills are sought after.

u/mandarin_mum:
And don't forget the greeting {D:吃了吗?} "have you eaten?", which is just hello. You don't need to answer about food.

u/breadnotrice:
This is great, thank you. Going to impress them at dinner on Sunday.
""")

dd("museum", """
Temple guide: the Hall of Heavenly Kings and what to look for

At the entrance of most Chinese Buddhist temples you walk through the Hall of Heavenly Kings ({D:天王殿}). It is usually the first hall after the gate, and it has the same layout almost everywhere.

Facing you: the laughing Buddha, Maitreya ({D:弥勒佛}), with his big belly. The couplet on the pillars beside him often says something like {D:大肚能容容天下难容之事}: "a big belly holds what the world finds hard to hold".

Behind him, facing the inner courtyard: Weituo ({D:韦驮}), the guardian in armour.

Along the side walls: the Four Heavenly Kings ({D:四大天王}), one for each direction.
- East, holding a pipa lute – {D:持国天王}
- South, holding a sword – {D:增长天王}
- West, holding a snake or dragon – {D:广目天王}
- North, holding an umbrella – {D:多闻天王}

People sometimes read their objects as a wish for good weather: the sword for wind, the lute for tuning, the umbrella for rain and the snake for harmony, together "favourable weather".

Please do not photograph the statues inside the hall, and leave your hat off while inside.
""")

# ---------------------------------------------------------------- leftovers

ll("hospital", """
Home > Patient Services > {L:就诊指南}

Outpatient Guide

Our hospital outpatient department opens at 7:30 every working day,{L:周六、周日上午开放部分专家门诊},Please arrive 30 minutes before your appointment.

1. Appointment
Patients can book through the official WeChat account, the hospital app or by phone 0571-8800 0000.{L:预约成功后请按时就诊,爽约三次将被限制预约30天。}

2. Registration and payment
Bring your ID card or social security card to the self-service machines on the first floor,{L:也可在诊间直接扫码支付}.

3. Examination
After seeing the doctor, go to the laboratory or imaging department according to the instructions on the form. Blood tests require fasting for 8 hours.

4. Collecting results
{L:检验报告一般在两小时后可在自助机打印},Imaging reports are available the next working day.

{L:温馨提示}:Masks are recommended in all clinical areas. Please keep your voice down in the waiting area.

{L:发布日期}:2025-04-18 {L:阅读}:3216

{L:版权所有} © City First People's Hospital | {L:技术支持}:Hangzhou Medical IT Co., Ltd.
""")

ll("bank", """
Personal Banking | Corporate Banking | {L:信用卡} | Wealth Management | About Us

Notice on Adjusting the Fee Standards for Some Personal Account Services

Dear customer:

In order to further reduce fees and benefit the people,Our bank will adjust some personal account service charges from 1 June 2025. The details are as follows:

1. Small-amount account management fee for Class I accounts will be waived.
2. Cross-bank transfers through mobile banking and online banking are free of charge.
3. {L:柜面跨行转账手续费按转账金额的0.5%收取,最低2元,最高50元。}
4. The replacement fee for lost debit cards will be reduced from 10 yuan to 5 yuan.

{L:如有疑问,请致电客服热线95500或咨询各营业网点。}

Thank you for your long-term support for our bank!

{L:特此公告。}

Agricultural Commercial Bank of Jiangnan
May 20, 2025

{L:联系我们} | {L:网站地图} | Privacy Policy
{D:苏ICP备05001234号}
""")

ll("airport", """
Flight Information | Parking | Transport | {L:贵宾服务} | Shopping & Dining

Passengers' Guide to Security Check

To ensure flight safety, all passengers and their carry-on baggage must go through security check before boarding.

Items not allowed in hand baggage
- Liquids over 100 ml per container
- Knives, scissors with blades longer than 6 cm
- {L:充电宝额定能量超过160Wh的}
- Lighters and matches

{L:旅客携带充电宝乘机时,须随身携带,不得托运,飞行过程中禁止使用充电宝为电子设备充电。}

Checked baggage
Each passenger in economy class may check in one piece of baggage up to 23 kg on international flights. On domestic flights the free allowance is 20 kg.

Special passengers
Pregnant women, passengers with disabilities and unaccompanied minors may use the green channel at Counter F. {L:老年旅客可在值机柜台申请轮椅服务,请至少提前24小时向航空公司提出申请。}

Lost and found: Terminal 2, Arrivals Hall, near Exit 5.

{L:服务热线}:96777 | {L:投诉建议}
""")

ll("tourism", """
Wuyuan Rape Flower Season Travel Guide

Every spring, the rape flowers in Wuyuan bloom across the hills, surrounding the white walls and black tiles of Huizhou-style villages. It is called "the most beautiful countryside in China".

Best time: mid-March to early April.

Recommended route
Day 1: Jiangling – Huangling – Likeng
Jiangling is the best place to see terraced rape fields.{L:每年三月中旬梯田油菜花盛开,层层叠叠,十分壮观},Sunrise and sunset are the best times to take photos.

Day 2: Sixi – Yancun – Wangkou
{L:思溪延村是清代商人宅院最集中的古村落之一,保存有明清古建筑五十多栋。}

Tickets
Wuyuan one-ticket pass: 210 yuan, valid for 5 days, covers 14 scenic spots.{L:学生凭学生证半价}。

Transport
High-speed trains from Shanghai to Wuyuan take about 3 hours. There are tourist buses from the station to the main villages.

{L:图为江岭梯田油菜花。摄影:王建平}

Tips: The roads into the villages are very crowded at weekends,{L:建议错峰出行}.
""")

ll("realestate", """
[New Listing] Riverside Garden Phase III – 3 Bedrooms, South-Facing, Near Metro

Price: 3.28 million yuan (unit price 28,500 yuan/m²)
Area: 115 m²
Layout: 3 bedrooms, 2 living rooms, 2 bathrooms
Floor: 12/28
Orientation: {L:南北通透}
Decoration: Fine decoration
Year built: 2016

Property description
The house is well maintained, the owner lived in it for only three years,{L:家具家电可全部赠送},Move in with your bags. The living room has a large balcony with a view of the river.

Community
Riverside Garden is a large community with more than 2,000 households. {L:小区内有幼儿园和健身会所,步行五分钟到地铁3号线滨江站。}

Transaction
{L:满五唯一},Low taxes. The owner needs to sell quickly because of a job transfer, and the price can be negotiated.

{L:小区绿化率高,物业管理好}.

Agent: Mr. Chen 138 0000 5678
{L:免责声明:房源信息由经纪人发布,仅供参考。}
""")

ll("ecommerce", """
Smart Air Fryer 6L Large Capacity Visible Window Home Multifunctional Oil-Free Fryer

Price: ¥399 {L:券后价}¥349
Sales: 12,000+ | Reviews: 8,632

Color: White / Mint Green
Capacity: 6 L
Power: 1500 W
Timer: 0–60 min
Temperature: 80–200°C
{L:产地}:{L:广东佛山}

Product features
- Visible window, watch the food without opening the drawer
- {L:一键智能菜单,薯条、鸡翅、牛排轻松搞定}
- Non-stick basket, dishwasher safe

Buyer reviews
★★★★★ Very good, the fries are crispy and the window is really useful.
★★★★★ {L:包装很好,物流很快,第二天就到了,给妈妈买的,她很喜欢。}
★★★☆☆ The capacity is big but it is a bit noisy. {L:声音有点大,其他都还可以。}

After-sales: 7-day no-reason return, 1-year warranty.{L:人为损坏不在保修范围内}.

{L:首页} | {L:购物车} | {L:我的订单}
""")

ll("government", """
Municipal Bureau of Human Resources and Social Security

Notice on the Application for Flexible Employment Social Insurance Subsidies in 2025

{L:各有关单位、个人}:

In order to support flexible employment and stabilize employment,According to the relevant provisions of the province,The application for 2025 social insurance subsidies is now open. The relevant matters are notified as follows:

I. Eligible persons
Persons with employment difficulties who have registered unemployment and are engaged in flexible employment,{L:且已按灵活就业人员身份缴纳社会保险费的}.

II. Subsidy standard
The subsidy shall not exceed two-thirds of the actual social insurance contributions paid, and the subsidy period shall not exceed 3 years.{L:距法定退休年龄不足5年的人员,可延长至退休}。

III. Application time
From 1 July to 31 August 2025.

IV. Materials required
1. ID card;
2. {L:就业困难人员认定证明};
3. Social insurance payment records.

{L:咨询电话}:0731-8500 0000

{L:附件}:{L:灵活就业社会保险补贴申请表.docx}

{L:发布时间}:2025-06-20 {L:来源}:{L:市人社局}
""")

ll("school", """
No. 2 Experimental Middle School News

Our school held the 2025 Science and Technology Festival

On May 16, the 2025 Science and Technology Festival of our school opened in the gymnasium. More than 1,500 teachers and students took part.

At the opening ceremony, Principal Wang Lin delivered a speech,{L:勉励同学们敢于质疑、勇于探索,在动手实践中培养创新精神}。

The festival lasted three days and included robot competitions, model rockets, science quizzes and a maker fair. Students from Grade 8 won the first prize in the bridge-building contest, with a paper bridge that held 12 kg.

{L:本届科技节共收到学生作品326件,其中42件作品将推荐参加区级比赛。}

Teacher Zhang of the physics group said that the festival gives students a chance to apply what they have learned in class.{L:她表示,明年将增设人工智能编程项目,并邀请高校专家担任评委。}

{L:图为学生展示自制的水火箭}

{L:撰稿}:Li Na {L:审核}:Wang Lin
{L:上一篇}:Our school holds a parents' meeting for Grade 9
{L:下一篇}:{L:我校召开2025年春季运动会}
""")

ll("tourism", """
{D:中文} | English | {D:日本語}

Xitang Ancient Town – Visitor Information

Xitang is a water town of the Ming and Qing dynasties, about 90 km from Shanghai. Its most famous feature is the covered corridor ({D:廊棚}) that runs for nearly a kilometre along the river, so visitors can walk in the rain without an umbrella.

Opening hours
Scenic area: all day. Indoor attractions: 8:00–17:00.{L:夜间游览不需购买门票,但景点不开放}。

Tickets
Adults: 100 yuan (includes 11 attractions)
{L:1.2米以下儿童免票}
Seniors over 70: free with ID

Getting there
From Shanghai South Long-distance Bus Station, buses leave every hour. The journey takes about 90 minutes.{L:自驾游客可将车辆停放在景区北门停车场},Parking costs 20 yuan per day.

Things to do
Take a boat along the canal, visit the Zhang Zhengen Root Carving Museum, and try the local rice wine.{L:西塘的八珍糕和芡实糕也是很多游客必买的特产}。

{L:景区咨询电话}:0573-8456 0000
{L:上一条}:{L:乌镇西栅夜景攻略} {L:下一条}:Nanxun Ancient Town Guide
""")

ll("hospital", """
Department of Cardiology

The Department of Cardiology was founded in 1978 and is a key clinical specialty of the province. It has 120 beds, a coronary care unit with 16 beds and two catheter laboratories.

{L:科室简介}

The department has 45 doctors, including 12 chief physicians and 15 associate chief physicians,{L:其中博士研究生导师3名、硕士研究生导师8名}。It performs more than 4,000 interventional procedures every year.

Specialties
- Coronary heart disease and interventional treatment
- Arrhythmia and catheter ablation
- {L:心力衰竭的规范化诊疗}
- Hypertension and cardiac rehabilitation

{L:专家门诊时间}
| Doctor | Title | Clinic time |
| Prof. Zhao Ming | Chief physician | Monday morning |
| Dr. Sun Li | {L:副主任医师} | Wednesday afternoon |
| Dr. Xu Hao | Associate chief physician | {L:周五全天} |

In 2024 the department opened a chest pain centre, which provides round-the-clock emergency treatment for heart attack patients. {L:胸痛中心成立后,患者从入院到开通血管的平均时间缩短至62分钟,低于国家标准。}

{L:科室电话}:0591-8700 0000
""")

ll("bank", """
Frequently Asked Questions – Mobile Banking

Q: How do I register for mobile banking?
A: Download our app from the app store, tap "Register" and enter your bank card number and the mobile phone number reserved at the bank. You will receive a verification code by SMS.

Q: I forgot my login password. What should I do?
A: {L:在登录页面点击"忘记密码",通过身份证号码和短信验证码即可重置。}

Q: What is the daily transfer limit?
A: The default limit is 50,000 yuan per day,{L:使用U盾的客户最高可调整至100万元}。

Q: Why did my transfer fail?
A: Please check that the payee's name and account number are correct. {L:如果对方账户为二类户,单日转入金额不得超过一万元。}

Q: Is mobile banking safe?
A: Yes. We use encrypted connections and two-factor verification. Never tell anyone your verification code,{L:银行工作人员不会以任何理由向您索要验证码}。

Q: {L:如何注销手机银行?}
A: You can cancel it in the app under "Settings" or at any branch counter.

{L:以上内容是否对您有帮助?} Yes | No
""")

ll("ecommerce", """
Handmade Yixing Purple Clay Teapot – Zhu Ni Xishi Pot 180ml

Price: US$ 86.00
Free shipping worldwide | Ships in 3 days

This Xishi teapot ({D:西施壶}) is hand-made by a craftsman in Dingshu town, Yixing, the home of purple clay ({D:紫砂}). The name comes from Xi Shi, one of the four beauties of ancient China, because the round body is said to look like her.

Details
Clay: Zhu ni (red clay)
Capacity: 180 ml
Maker's seal on the base: {D:王氏制壶}
{L:工艺}:{L:全手工}
Holes in the spout: 9 (ball-shaped strainer)

How to use
Before the first use, boil the teapot in clean water for 15 minutes.{L:建议一壶只泡一种茶,以免串味}。

Customer reviews
★★★★★ Beautiful pot, pours very well. The box was a bit damaged but the pot was fine.
★★★★☆ {L:壶很漂亮,就是比图片上颜色稍微深一点。}
★★★★★ {L:第三次回购了,老板人很好}.

{L:温馨提示}:Due to the handmade process, each pot may differ slightly in colour and size.
""")

ll("government", """
Home > Government Information Disclosure > {L:通知公告}

Announcement of the Results of the Evaluation of Civilized Units in 2024

In accordance with the spirit of the relevant documents,After recommendation by each unit, preliminary review and public announcement,{L:经区精神文明建设委员会研究决定},The following 25 units are named district-level civilized units for 2024:

District Taxation Bureau
District People's Hospital
{L:区实验小学}
Xinhua Street Community Health Service Center
{L:城东派出所}
District Library
...

{L:希望受表彰的单位珍惜荣誉,再接再厉,充分发挥示范引领作用。}Other units should learn from the advanced, strengthen their own construction, and make new contributions to the development of the district.

{L:区精神文明建设委员会}
January 15, 2025

{L:【打印本页】} {L:【关闭窗口】}

Sponsored by: District People's Government Office {L:主办单位}
{D:浙ICP备12045678号-1}
""")

ll("school", """
Admissions | Academics | Campus Life | {L:招生简章} | Contact

2025 International Summer Camp

Our school will hold the 2025 International Summer Camp from July 14 to July 25. The camp is open to students aged 10 to 16 from all over the world.

Programme
- Mandarin lessons every morning (beginner and intermediate)
- Calligraphy, paper cutting and kung fu in the afternoon
- Weekend trips to the Great Wall and the Summer Palace
- {L:结营仪式及汇报演出}

Accommodation
Students live in the school dormitory, four to a room, with air conditioning and a private bathroom.{L:每个宿舍楼层均配有生活老师24小时值班}。

Fees
The camp fee is 12,800 yuan, including tuition, accommodation, meals, trips and insurance.{L:不含往返国际机票}.

How to apply
Send the application form and a copy of the passport to summer@school.example before May 31.{L:名额有限,额满为止}。

{L:报名咨询}:+86 10 6200 0000 (Ms. Liu)

{L:地址:北京市海淀区学院路100号} | {L:邮编}:100083
""")

ll("airport", """
Baiyun Airport Express Bus Timetable

The airport express bus connects Guangzhou Baiyun International Airport with the city centre and nearby cities. Buses depart from the bus station on the first floor of Terminal 1 and Terminal 2.

Route 1: Airport – Guangzhou Railway Station
Departure: every 20 minutes, 7:00–23:00
Fare: 20 yuan
{L:途经站点}:{L:广园客运站}、Sanyuanli

Route 2: Airport – Tianhe
Departure: every 30 minutes, 6:30–24:00
Fare: 20 yuan

Route 5: Airport – Foshan
Departure: every hour
Fare: 45 yuan
{L:末班车时间根据航班情况适当延后}。

Ticket purchase
Tickets can be bought at the counter or by scanning the QR code on the bus.{L:持有当日登机牌的旅客可享受九折优惠}.

{L:特别提醒:春运期间部分线路班次将加密,具体以现场公告为准。}

For lost property on the bus, please call 020-3606 0000.
""")

ll("realestate", """
Property Management Notice

Dear owners and residents:

In order to improve the living environment of the community,The property management company will carry out a water tank cleaning and disinfection from 9:00 to 17:00 on March 22 (Saturday).{L:届时小区1-8栋将暂停供水}。

Please store water in advance and turn off the taps at home,{L:以免恢复供水时造成水浸}.

After cleaning, the water may be slightly yellow for a short time. Please run the tap for a few minutes before use.

{L:另外,近期小区发现有外来人员冒充物业工作人员上门推销净水器,请各位业主提高警惕,切勿开门。}

We apologize for the inconvenience and thank you for your understanding and support.

{L:物业服务中心}
Service hotline: 0755-2600 0000 (24 hours)
March 18, 2025

{L:温馨提示}:The community's garbage sorting time has been changed to 7:00–9:00 and 18:00–21:00.
""")

ll("hospital", """
Health Check-up Centre – Package Prices

{L:体检套餐} / Check-up packages

| Package | Items | Price |
| Basic | Blood routine, urine routine, liver function, chest X-ray, ECG | 380 yuan |
| Standard | Basic + abdominal ultrasound, thyroid function, {L:肿瘤标志物四项} | 860 yuan |
| Women's | Standard + {L:乳腺彩超、妇科检查、宫颈TCT} | 1,280 yuan |
| Senior | Standard + bone density, carotid ultrasound, {L:头颅CT} | 1,560 yuan |

Before the check-up
- Do not eat or drink after 10 pm the night before.
- {L:体检前三天请清淡饮食,不要饮酒,避免剧烈运动}.
- Bring your ID card and previous reports if you have any.

On the day
Check-up hours are 7:30–10:30 Monday to Saturday. Blood is taken first, then you may have breakfast in the centre.{L:女性经期不宜做尿检和妇科检查,请另约时间}。

Reports
Reports are ready after 5 working days and can be viewed in the app. {L:如检查结果有异常,我们的医生会电话通知您复查。}

Booking: 0512-6500 0000 | {L:微信公众号预约}
""")

ll("bank", """
Credit Card Annual Fee Waiver Rules

Our standard credit cards have an annual fee of 100 yuan for the main card and 50 yuan for supplementary cards. The annual fee can be waived if you meet the following conditions:

1. Use the card 6 times within the card year, with no minimum amount.
2. {L:金卡及以上等级卡片需累计消费满5万元方可减免年费。}
3. The first year's fee is waived for all new cards.

{L:注意事项}

Cash withdrawals, balance transfers and annual fee payments themselves are not counted as transactions.{L:通过第三方支付平台的部分交易也可能不计入次数},please refer to your statement.

If the annual fee has already been charged, you can apply for a refund by calling the customer service hotline within 60 days after meeting the conditions. {L:逾期申请的,年费将不予退还。}

Platinum card holders
The platinum card annual fee is 3,600 yuan,{L:可使用积分兑换抵扣},and includes airport lounge access and travel insurance.

{L:本规则最终解释权归本行所有。}

{L:信用卡中心} 2025-01-01
""")

ll("tourism", """
Mount Emei One-Day Tour Itinerary

07:00 Pick up at your hotel in Leshan city by tour bus
08:30 Arrive at Baoguo Temple, the starting point of Mount Emei
09:00 Take the tourist bus to Leidongping ({L:车程约2小时,山路弯道较多,晕车的游客请提前服药})
11:00 Walk to Jieyin Hall and take the cable car to the Golden Summit
11:30 Golden Summit: visit the golden Buddha statue of Samantabhadra, 48 metres tall
13:00 Lunch (self-paid)
14:30 {L:下山途中游览万年寺},Wannian Temple was founded in the Jin dynasty
17:00 Return to Baoguo Temple
18:30 Back at hotel

Price includes
Round-trip bus, guide, entrance ticket (160 yuan)

Price does not include
Cable car (65 yuan up, 55 yuan down), {L:观光车费用90元/人}, lunch.

Notes
The temperature at the summit is 10–15°C lower than at the foot of the mountain. Please bring warm clothes.{L:山上猴子较多,请勿投喂,注意保管好随身物品}。

{L:温馨提示:旺季金顶索道排队时间较长,请耐心等候。}
""")

ll("ecommerce", """
Shopping Cart (3)

Wireless Bluetooth Earbuds Pro – Noise Cancelling
Colour: Black | Quantity: 1
¥259.00

{L:夏季冰丝防晒衣女款长袖轻薄透气}
Colour: Light blue | Size: M | Quantity: 2
¥89.00 × 2

Stainless Steel Vacuum Flask 500ml
Colour: {L:樱花粉} | Quantity: 1
¥69.00

Subtotal: ¥506.00
Shop discount: -¥30.00
{L:满300减30已生效}
Shipping: Free
Total: ¥476.00

Delivery address
Zhang Wei, 139 **** 5621
{L:上海市浦东新区张江路88号3号楼1201室}

Payment method: Alipay / WeChat Pay / Credit card

Invoice: Personal ({L:电子发票})
Estimated delivery: 2–3 days after payment. {L:偏远地区可能会延迟一到两天送达,敬请谅解。}
Coupons: 1 available, will expire in 2 days

[Submit order]

{L:您还可以凑单再享优惠} >
{L:猜你喜欢}
""")

ll("government", """
Guide to Applying for a Residence Permit for Foreigners

Applicants
Foreigners who need to stay in the city for more than 180 days for work, study, family reunion or other reasons.

Materials
1. Valid passport and visa;
2. Completed application form with one recent photo;
3. Registration form of temporary residence issued by the local police station;
4. {L:工作类需提交外国人工作许可证及单位出具的函件};
5. For study: admission notice and a letter from the school.

Procedure
Submit the materials at the Exit-Entry Administration Service Hall → Fingerprinting and photo → Pay the fee → {L:领取回执} → Collect the permit.

Processing time
{L:自受理之日起7个工作日内办结。}

Fees
400 yuan for a permit valid for less than one year; 800 yuan for one to three years;{L:三年以上五年以下的收费1000元}。

Service hall
Address: 2nd floor, 188 Jinzhou Road
Office hours: Monday to Friday, 9:00–12:00, 13:30–17:00 ({L:法定节假日除外})

{L:本页面内容仅供参考,以窗口实际要求为准。}
""")

ll("school", """
Kindergarten Weekly Menu (March 10 – March 14)

Our kitchen prepares three meals and two snacks every day according to the nutritional needs of children aged 3 to 6.

Monday
Breakfast: Milk, steamed bun with red bean paste, boiled egg
Lunch: Rice, braised chicken with potatoes, stir-fried broccoli, {L:紫菜蛋花汤}
Snack: Apple slices

Tuesday
Breakfast: Millet porridge, {L:小笼包}, cucumber
Lunch: Rice, sweet and sour pork ribs, tomato and egg, winter melon soup

Wednesday
Breakfast: Soy milk, pancake, quail eggs
Lunch: {L:扬州炒饭、清炒菠菜、冬瓜排骨汤}

Thursday
Breakfast: Milk, egg tart, banana
Lunch: Noodles with minced meat, steamed fish, {L:蒜蓉生菜}

Friday
Breakfast: Pumpkin porridge, steamed dumplings
Lunch: Rice, beef with carrots, fried cabbage, seaweed soup

{L:如幼儿有食物过敏,请家长及时告知班主任。}
{L:本周食谱由营养师审核}。
""")

ll("airport", """
Transit Without Visa – 144-hour Visa-free Transit

Passengers from 54 countries can stay in the Beijing–Tianjin–Hebei region for up to 144 hours without a visa when transiting to a third country or region.

Requirements
- A valid passport of one of the eligible countries
- A confirmed onward ticket to a third country or region with a date and seat within 144 hours
- {L:过境期间不得离开规定的停留区域}

How to apply
On arrival, go to the counter marked "144-hour Visa-free Transit" in the immigration hall. {L:边检民警会在您的护照上加盖停留证件印章,停留时间从入境次日零时起算。}

Important
Transit via Hong Kong, Macao or Taiwan counts as a third region.{L:但从美国入境后再返回美国的不符合条件}.

Frequently asked
Q: Can I change my onward flight?
A: Yes, as long as the new flight leaves within the 144 hours.
Q: {L:可以在北京住酒店吗?}
A: {L:可以,入住后需在24小时内办理住宿登记,酒店会帮您办理。}

Hotline: 12367 (National Immigration Administration)
""")

ll("realestate", """
Beijing Chaoyang | Sanlitun SOHO | Office for Rent

{D:三里屯SOHO} (Sanlitun SOHO), Tower B, 18th floor

Rent: 9.5 yuan/m²/day
Area: 260 m²
Decoration: {L:精装修带家具}
Property fee: 32 yuan/m²/month
Minimum lease: 2 years
Available: immediately

Description
This office is on a high floor with a good view of the Workers' Stadium,{L:格局方正,得房率高},Suitable for internet companies, design studios and consulting firms. The building has 24-hour air conditioning and security.

{L:业主直租,免佣金}。

Transport
Walk 5 minutes to Tuanjiehu Station on Line 10. {L:周边有太古里购物中心、多家五星级酒店,商务配套完善。}

Viewing
Please book a viewing at least one day in advance.{L:看房时间为工作日9:00—18:00}。

Contact: Ms. Huang | 186 0000 3388
{L:发布于3天前} | {L:浏览量}:1,284
""")

ll("hospital", """
Visiting Hours and Rules for Inpatient Wards / {D:住院病区探视制度}

To ensure patients can rest and to reduce the risk of infection, our hospital has the following rules for visitors.

1. Visiting hours are 15:00–19:00 on weekdays and 10:00–19:00 at weekends.
2. Each patient may have no more than two visitors at a time.{L:每位患者限留陪护一人,陪护人员须办理陪护证}。
3. Children under 12 are not allowed to enter the wards.
4. {L:重症监护室实行无陪护管理,家属可通过视频探视系统每天与患者视频通话一次,每次不超过十五分钟。}
5. Visitors with fever, cough or other symptoms should not visit.

{L:为了患者的安全,请不要给患者带来鲜花和外卖食品,病区内严禁吸烟,不得大声喧哗。医院实行门禁管理,陪护人员凭陪护证进出病区,请妥善保管,遗失请及时到护士站补办。}

Parking
Visitors may park in the underground car park. The first 30 minutes are free, then 5 yuan per hour.

Thank you for your cooperation.

{L:护理部}
{L:二〇二五年一月}
""")

ll("bank", """
About Us > News > {L:行内动态}

Our Bank Signs Strategic Cooperation Agreement with Provincial Tourism Group

On April 22, our bank and the Provincial Tourism Investment Group signed a strategic cooperation agreement in Kunming. Under the agreement, the bank will provide 5 billion yuan of intended credit over the next five years to support the development of tourism in the province.

At the signing ceremony, the president of our bank said that tourism is a pillar industry of the province,{L:下一步将围绕景区建设、文旅融合、乡村旅游等重点领域,加大信贷投放力度}。

The two parties will also cooperate in settlement, scenic area payment, and supply chain finance. {L:双方还将共同发行"七彩云南"联名信用卡,持卡人在省内合作景区可享受门票八折优惠。}

The chairman of the Tourism Group thanked the bank for its long-term support. He said that the group had received more than 30 million visitors in 2024,{L:其中入境游客同比增长了1.3倍}。

{L:图为签约仪式现场。}

{L:编辑}:Yang Fan {L:责任编辑}:Li Jun

{L:分享到}: WeChat | Weibo
""")

ll("tourism", """
Lijiang Old Town Maintenance Fee – What You Need to Know

Since 2001, visitors to Lijiang Old Town have been asked to pay an ancient town maintenance fee ({D:古城维护费}) of 50 yuan. The money is used for protecting the buildings, the water system and the Naxi culture of the town.

Who must pay
All visitors staying in the Old Town, or visiting the paid attractions such as Mu's Mansion and the Black Dragon Pool. {L:本地居民及持本地身份证的游客免收}。

Where to pay
At the ticket offices at the main entrances, or online through the official app.{L:缴费后可获得一张电子凭证,有效期七天},Please keep it with you.

Do I need to pay to walk in the streets?
In practice, there is no check at the street entrances. {L:但是购买景点门票、入住古城内客栈时,工作人员会查验缴费凭证。}

Exemptions
Children under 1.2 m, seniors over 70, active military and people with disabilities.{L:现役军人凭有效证件免票}.

{L:以上政策自2024年5月1日起执行,此前已购凭证继续有效。}

{D:丽江古城} (Lijiang Old Town) is a UNESCO World Heritage Site.
""")

ll("ecommerce", """
Frequently Asked Questions – Returns and Refunds

Q: How long do I have to return an item?
A: You can return most items within 7 days of receipt without giving a reason,{L:但商品需保持原包装完好、不影响二次销售}.

Q: Who pays the return shipping?
A: If the item is faulty or wrong, we pay. {L:如果是个人原因退货,运费由买家承担,已开通运费险的订单除外。}

Q: How long does the refund take?
A: {L:商家确认收货后1-3个工作日内原路退回。}

Q: Which items cannot be returned?
A: Custom-made products, fresh food, underwear, and {L:已拆封的数码产品}.

Q: My item arrived damaged. What should I do?
A: Please take photos of the package and the item and contact customer service within 48 hours. {L:签收前请当着快递员的面开箱验货,如有破损可直接拒收。}

Q: Can I exchange the size instead?
A: Yes, choose "Exchange" in your order page. We will send the new size after receiving the original item.

{L:联系客服} | {L:在线咨询}(9:00–22:00)
""")

ll("government", """
{L:政务公开} | {L:办事服务} | {L:互动交流} | English

The city's air quality continued to improve in 2024

According to the Municipal Ecology and Environment Bureau, the city recorded 312 days of good or excellent air quality in 2024, 11 days more than the previous year. The average concentration of PM2.5 was 29 micrograms per cubic metre,{L:同比下降6.5%},the best level since monitoring began.

The bureau said that the improvement was mainly due to the replacement of coal boilers, stricter control of dust from construction sites, and the promotion of new energy vehicles. {L:全市新能源汽车保有量已突破45万辆,公交车全部实现电动化。}

However, ozone pollution remains a problem in summer. {L:市生态环境局表示,今年夏季将对全市1200家涉挥发性有机物排放的企业开展专项检查,违法企业将被依法处罚并向社会公开。}

Residents can check real-time air quality on the bureau's website and app.

{L:相关链接}:{L:2024年全市生态环境状况公报}

{L:字号}: Large Medium Small | Print | Close
""")

ll("school", """
University News | Research

Our university team publishes paper on drought-resistant rice in Nature Plants

A research team led by Professor Huang Wei of the College of Agriculture has discovered a gene that helps rice plants survive long periods of drought. The findings were published in Nature Plants on June 3.

The team found that plants with a more active form of the gene closed their leaf pores faster when the soil became dry,{L:从而减少了水分蒸发,在干旱条件下产量比普通品种提高了20%以上}。

"This gene was found in an old local variety from Yunnan," Huang said. {L:黄伟教授说,团队接下来将与种子企业合作,计划三年内培育出可以大面积推广的新品种。}

{L:该研究得到了国家自然科学基金和省重点研发计划的资助。}The first author of the paper is PhD student Chen Yu.

{L:论文链接}: https://doi.org/10.1038/s41477-025-00000-0

{L:文/图}:College of Agriculture
{L:编辑}:Zhou Min

{L:相关新闻}
- Our university holds 2025 Science and Technology Work Conference
- {L:我校三项成果获省科学技术奖一等奖}
""")

ll("airport", """
Airport Services > Special Assistance > {L:无障碍服务}

Special Assistance Services

Our airport provides free special assistance for passengers with reduced mobility, elderly passengers, pregnant women and passengers travelling with infants.

Wheelchair service
Passengers who need a wheelchair should request it when booking the ticket or at least 48 hours before departure. {L:机场在各航站楼值机区设有轮椅租借点,旅客可凭登机牌和身份证免费借用。}

Priority check-in
Counter A01 in Terminal 3 is a priority counter for passengers needing help.{L:同时还提供爱心通道快速安检}。

Mother and baby rooms
There are 26 mother and baby rooms in the terminals,{L:配有婴儿护理台、温奶器和沙发},Follow the pink signs.

Guide dogs
Guide dogs are welcome in the terminal with proper documents.

{L:如需帮助,请拨打服务热线或联系身边穿红色马甲的志愿者。}

Service hotline: 028-85200000
{L:最后更新}:2025-02-14
""")

ll("realestate", """
Why buy in the Nansha New Area? Five things buyers ask

1. Is Nansha too far from the centre of Guangzhou?
Metro Line 18 now connects Nansha with Tianhe in about 35 minutes.{L:预计2026年开通的22号线将进一步缩短到白云机场的时间}。

2. What are the purchase restrictions?
Since 2024, buyers with a local household registration face no restrictions. {L:非户籍家庭需在广州连续缴纳社保满6个月方可购买一套住房。}

3. Are there good schools?
{L:南沙区近年来引进了多所名校分校,包括华南师范大学附属中学南沙分校和广州外国语学校。}

4. What is the price level?
New homes average about 25,000 yuan per square metre, well below the central districts.{L:但二手房价格近两年有所下跌},Buyers should compare carefully.

5. What about the sea view?
Some projects near the Pearl River estuary have river or sea views, {L:这类户型价格通常高出10%到15%}.

Book a free consultation with our agents today.

{L:免责声明}:The above information is for reference only.
{L:网站首页} | {L:关于我们} | {L:加入我们}
""")

ll("ecommerce", """
Portable Power Station 1000W – Outdoor Camping Emergency Power Supply

Specifications
Battery capacity: 1024 Wh
Battery type: LiFePO4
Cycle life: 3,000 cycles to 80%
AC output: 1000 W (peak 2000 W), pure sine wave
{L:输出接口}: 4 × AC, 2 × USB-C 100 W, 2 × USB-A, car charger port
Charging: AC 2 hours to full / solar 3.5 hours / {L:车充约10小时}
Weight: 11.8 kg
Operating temperature: -10℃ to 45℃ ({L:低温环境下充电速度会变慢})

Why choose us
- {L:国家电网级电芯,安全可靠}
- Ultra-quiet fan, below 30 dB
- App control via Bluetooth and Wi-Fi

{L:适用场景}: camping, RV trips, outdoor photography, home backup during power cuts.

Q&A from buyers
Q: Can it run a small fridge?
A: Yes, a 100 W fridge can run for about 9 hours.
Q: {L:可以带上飞机吗?}
A: No. {L:锂电池容量超过160Wh,不允许随身携带或托运上飞机。}

Warranty: 5 years
""")

ll("tourism", """
Huangshan Travel Notes – Day 2 at the Summit

We woke at 4:30 to see the sunrise from Bright Summit. It was very cold, maybe 3 degrees, and hundreds of people were already waiting with their phones.

{L:太阳出来的那一刻,云海被染成金色,所有人都欢呼起来。}

After breakfast at the hotel we walked the West Sea Grand Canyon loop. It is the most beautiful part of the mountain,{L:但是台阶非常陡,有些地方几乎是垂直的},I would not recommend it for people who are afraid of heights.

Lunch at the Paiyun Pavilion was expensive: 68 yuan for a bowl of noodles,{L:山上的东西都是挑夫一担一担挑上来的,贵一点也可以理解}。

In the afternoon the fog came in, and we could not see anything from Lotus Peak. {L:听说莲花峰只在部分月份开放,我们运气还算不错,正好赶上开放。}

Tips
- Book the summit hotel at least two weeks in advance
- {L:带一件羽绒服}
- Buy water at the bottom

{L:评论}(23) {L:点赞}(156)
""")

ll("government", """
Notice of the Municipal Market Supervision Administration on Food Safety Sampling Results (No. 12, 2025)

Recently, our bureau organized food safety sampling inspections of 18 categories of food, including grain products, edible oils, meat products and beverages. A total of 620 batches of samples were tested,{L:其中合格样品608批次,不合格样品12批次}。

The main problems found in the unqualified products were excessive pesticide residues in vegetables, microbial contamination in cooked meat products, and excessive use of food additives.

{L:对抽检中发现的不合格食品,市场监管部门已责令相关经营者立即下架,并依法进行调查处理。}

The sampling results are listed in the attachment. {L:消费者如发现食品安全问题,可拨打12315投诉举报。}

Unqualified products (excerpt)
| Product | Producer | Problem |
| Chives | {L:城南农贸市场张某摊位} | Excessive pesticide residue |
| Braised beef | Fuxing Cooked Food Shop | {L:菌落总数超标} |
| {L:手工米粉} | Lijia Rice Noodle Factory | Excessive use of preservative |

{L:附件}: Food safety sampling results (No. 12, 2025).xlsx

{L:来源}:{L:市场监督管理局} {L:发布时间}:2025-07-09
""")

ll("school", """
{D:学院简介} / About the School

The School of Foreign Languages was founded in 1952 and is one of the oldest schools of the university. It now offers undergraduate programmes in English, Japanese, French, German and Translation,{L:拥有外国语言文学一级学科硕士学位授权点}。

The school has 126 teachers, including 18 professors and 40 associate professors. {L:近五年来,学院教师主持国家社科基金项目11项,出版专著和译著40余部。}

International cooperation
The school has exchange agreements with more than 30 universities in 15 countries,{L:每年选派约200名学生赴海外交流学习}。

Student life
Students take part in the annual translation competition, the English drama festival and volunteer work at international events such as the Canton Fair.

{L:学院坚持"明德、博学、笃行"的院训,培养具有国际视野的复合型外语人才。}

{D:联系我们} / Contact Us
Address: Building 6, 230 Waihuan West Road, Guangzhou
Tel: 020-3936 0000
{D:粤ICP备05008888号}
""")

ll("bank", """
Branch Locator – Shenzhen

Futian Branch
Address: 1 Fuhua Road, Futian District
Business hours: Monday–Friday 9:00–17:00, {L:周六9:00—12:00}
Services: Personal, corporate, foreign exchange, safe deposit boxes

Luohu Sub-branch
Address: {L:罗湖区人民南路3002号}
Business hours: Monday–Sunday 9:00–17:00
Services: Personal, foreign exchange

Nanshan Science Park Sub-branch
Address: 8 Keji South Road, Nanshan District
Business hours: Monday–Friday 9:00–17:00
Services: {L:个人业务、对公业务、跨境人民币业务}

Bao'an Airport Sub-branch
Address: Departure Hall, Terminal 3, Shenzhen Bao'an International Airport
Business hours: 7:00–22:00 daily
Services: Currency exchange only{L:(仅限现钞兑换,不办理电汇)}

{L:网点营业时间如有调整,以网点现场公告为准。}

ATMs are available 24 hours at all branches.
""")

ll("hospital", """
Patient Stories: "I can walk again"

Mr. Li, 68, had suffered from knee pain for ten years. Last winter he could hardly walk to the market near his home.

In March he came to our Department of Orthopaedics. After examination, Dr. Wang Qiang found that the cartilage of both knees was seriously worn,{L:建议进行双膝关节置换手术}。

"At first I was afraid," Mr. Li said. "I thought I was too old for an operation." {L:王强医生和护士们多次到病房给他讲解手术过程,还请了一位做过同样手术的老病友来和他聊天。}

The operation took two and a half hours. Thanks to the enhanced recovery programme, Mr. Li stood up with a walker the next day and went home after six days.{L:出院后,康复科的治疗师每周通过视频指导他做康复训练}。

Three months later, he came back to the hospital with a bag of oranges from his garden. "Now I walk to the park every morning," he said.

{L:据了解,骨科今年已完成关节置换手术600余例,年龄最大的患者92岁。}

{L:通讯员}:Liu Yan {L:摄影}:Zhang Tao
""")

ll("airport", """
{D:中文版} | English

Shopping & Dining at Terminal 2

Terminal 2 has more than 80 shops and restaurants before and after security. Here are some highlights.

Landside (before security)
- Starbucks, Level 3 Departures
- {L:真功夫中式快餐}, Level 1 Arrivals
- Convenience store, open 24 hours

Airside (after security)
- Duty Free, near Gates A10–A20: cosmetics, alcohol, tobacco and local specialities
- Noodle bar serving Lanzhou beef noodles, near Gate B5
- {L:茶饮店}, Gate C3

Local speciality shop
Buy Cantonese snacks such as wife cakes and almond cookies.{L:店内还出售广州特色的陈皮和凉茶},A good gift to take home.

{L:免税店营业时间与首末班航班时间同步,部分商品仅限国际出发旅客购买。}

Lost your boarding pass? Go to your airline's service counter.

{L:友情链接} | {L:机场集团} | Sitemap
""")

ll("realestate", """
Tenancy Agreement Checklist – Before You Sign

Renting through an agency? Check these points before signing the contract.

1. Landlord's identity
Ask to see the landlord's ID card and the property ownership certificate ({D:不动产权证书}). The names must match.{L:如果是二房东转租,还需要查看原房东同意转租的书面证明}。

2. Deposit and rent
Write the amount of the deposit and the payment method in the contract. {L:押金一般为一个月租金,退租时扣除水电燃气费用后无息退还。}

3. Repairs
Who pays for repairs? Usually the landlord is responsible for major appliances and structural problems,{L:人为损坏由租客承担}.

4. Early termination
{L:提前退租一般需要提前一个月通知对方,否则可能要赔偿一个月租金作为违约金。}

5. Meter readings
Record the water, electricity and gas meter readings on the day you move in and take photos.

{L:温馨提示:签约前请仔细阅读合同条款,如有疑问可咨询住建部门。}

{L:相关阅读}: How to register your rental contract online
""")


if __name__ == "__main__":
    SET.build()
