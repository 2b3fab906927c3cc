"""Build bench/sets/detect38-*.jsonl: a held-out, hand-written detection set ("detect38").

Theme: the English websites of Chinese institutions (universities, city governments, hospitals,
museums, companies and trade fairs). Every page is a whole page as a reader meets it, with its
navigation, headings, body, sidebars and footer where that kind of site has them.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a university "About"
page giving its Chinese name and motto with pinyin and a translation, a company leadership page
naming each leader in characters, a bilingual campus map legend, a city portal's museum page with
a "Chinese name" field in its fact box, a museum blog explaining a carved inscription in a photo
(the translation comes several paragraphs after the characters), a city portal whose only Chinese
is a `中文` switch and the ICP and police record numbers, a food expo's bilingual slogan banner and
mascot name, a hospital visitor guide explaining the Chinese signs, a residents' guide with a
table of district names, an online collection record whose Chinese title is translated far below
it, a hardware fair's hall directory, a list of a university's schools with their official Chinese
names in a later numbered list, a company's story of its name with a line of Li Bai, a university
anthem (Chinese stanzas, then a prose translation), a mayor's welcome signed with his characters,
a hospital of traditional Chinese medicine listing its departments, a visitor registration FAQ
explaining the Chinese form fields, a press release with its original Chinese headline, a
scholarship table with a Chinese-name column, taxi cards for a trade fair, a tower museum's audio
guide reading a Tang quatrain, and a company values page on the four characters in its lobby.

Twenty-two half-translated pages (machine-translated from the Chinese site, some Chinese left by
mistake): a city news page with a Chinese breadcrumb, date, source and view counter, a county
meeting report whose leaders' words after "pointed out" and "stressed" stay Chinese, a university
news story with a Chinese writer/photographer/editor/reviewer line, a hospital story with Chinese
"related news" and "hot topics" sidebars beside a translated department name, a company product
page whose footer (copyright, technical support, address, phone) stayed Chinese, an expo closing
report with clauses glued on by Chinese commas, a museum exhibition table with Chinese headers, a
museum visit page with injected gambling links in its footer, a university page with half its
menu in Chinese, a doctor's profile with Chinese field values, a product page with Chinese
specification labels, a museum booking notice with one Chinese paragraph on the same subject, a
faculty recruitment notice with Chinese section headings and duties, a trade-fair exhibitor list
(bilingual company names, one description left in Chinese), a policy Q&A with one answer in
Chinese, a health article with Chinese photo captions, a forum agenda with Chinese items and host
names, a tender announcement with Chinese fields, an alumni story quoting an untranslated Chinese
sentence next to a translated motto, a collection record with an added Chinese paragraph on the
excavation, a company news post with a translated slogan, a leftover sentence and WeChat buttons,
and a water-supply notice whose affected areas and reminder stayed Chinese. Deliberate Chinese on
those pages (a `中文` link, an ICP number, a company or department name given with its English, a
translated slogan) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set (the
classical lines by Li Bai, Wang Zhihuan and from the Analects and the medical classics are public
domain; their translations are new). The set was written BLIND on 2026-12-04: without reading
mtmend's code, its tests, the other bench sets or their builders (only bench/blind_set.py,
`marked()` in bench/build_detection_sets.py, and the first 70 and last 30 lines of
bench/build_blind25.py as a model of the file format were read), and mtmend was never run on
these pages.

Rebuild: `python3 bench/build_blind38.py` from the repository root; it rewrites
bench/sets/detect38-deliberate.jsonl (ids d38d-NN) and bench/sets/detect38-leftovers.jsonl
(ids d38l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect38", chars=(1200, 4500), lines=(10, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("univ-name-motto", """
HUAIYUAN UNIVERSITY
Home | About | Academics | Admissions | Research | Global Engagement | Alumni | {D:中文}

About > Name, Motto and Emblem

Our Name
Huaiyuan University was founded in 1952 as Huaiyuan Teachers College and took its present name in 1998, after merging with the provincial institutes of agriculture and engineering. In Chinese the university is written {D:淮远大学} (Huáiyuǎn Dàxué). The first character, huai, stands for the Huai River, on whose southern bank the city has stood for more than two thousand years. The second, yuan, means "far" or "distant"; the founding president chose it to express the hope that our graduates would carry what they learned far beyond the river plain.

Our Motto
{D:博学笃志，明德致远}
Bóxué dǔzhì, míngdé zhìyuǎn

The eight characters of the motto are usually rendered in English as "Learn widely and hold fast to your purpose; let virtue shine and reach far." The first half borrows a phrase from the Analects that every student of classical Chinese will recognise. The second half repeats the yuan of our name, tying the motto to the university itself. It was adopted by the University Council in 1982 and is carved on the stone screen that faces the South Gate.

Our Emblem
The round emblem shows three lines of water beneath an open book. The outer ring carries the Chinese name at the top and HUAIYUAN UNIVERSITY at the bottom, with the founding year between two small stars. The characters of the Chinese name were taken from a scroll written for the tenth anniversary by the calligrapher and alumnus Xu Boquan ({D:徐伯泉}), and they appear in the same hand on the main gate and on every degree certificate.

Using the name and emblem
Staff and students may download the emblem in colour and single-colour versions from the Brand Centre. Please do not redraw the characters, set the Chinese name in a computer font beside the emblem, or shorten the English name to "HU" in public materials.

Quick links: Facts and Figures | History | Leadership | Campus Map | Brand Centre
Huaiyuan University · 88 Changhuai Road, Huaiyuan, Anhui 233000 · +86 552 301 8800
Copyright © 2026 Huaiyuan University. All rights reserved.
""")

dd("company-leadership", """
HENGTAI PRECISION
Products   Solutions   Service   About Us   Investors   Careers   Contact

About Us / Leadership

Hengtai Precision Machinery Co., Ltd. is led by a management team with, on average, more than twenty years of experience in machine tools and industrial automation. Names are given below in Latin letters and in Chinese characters, as they appear on business cards, contracts and filings with the stock exchange.

Board of Directors

Zhou Jianguo  {D:周建国}
Chairman of the Board
Mr. Zhou founded Hengtai in 1996 with a workshop of eleven people on the outskirts of Taizhou. He holds a master's degree in mechanical engineering and serves as vice-chairman of the provincial machine tool association.

Wen Lihua  {D:文丽华}
Vice Chair and Chief Financial Officer
Ms. Wen joined Hengtai in 2003 from an international accounting firm. She led the company's listing in 2011 and oversees finance, investor relations and internal audit.

Executive Management

Gao Zhiyuan  {D:高志远}
President and Chief Executive Officer
Mr. Gao has run Hengtai's day-to-day operations since 2015. Before that he built the company's five-axis machining center line from a prototype into its best-selling product family.

Dr. Ruan Qing  {D:阮清}
Chief Technology Officer
Dr. Ruan earned her doctorate in control engineering and spent eight years at a research institute in Germany. She heads Hengtai's R&D center, with 420 engineers in Taizhou and Suzhou.

Lars Henriksen
Managing Director, Hengtai Europe GmbH
Mr. Henriksen has led our European subsidiary in Stuttgart since it opened in 2019.

A note on names
Chinese names are written family name first. When writing to our CEO, the correct greeting is "Dear Mr. Gao", not "Dear Mr. Zhiyuan". Dr. Ruan's family name is pronounced roughly like "rwan".

© 2026 Hengtai Precision Machinery Co., Ltd.  |  Privacy  |  Terms of Use  |  Sitemap
""")

dd("campus-map-legend", """
Nanling University of Technology
Visitors > Campus Maps > Main Campus (Xianlin)

Download the printable map (PDF, 2.4 MB)  ·  Accessible routes  ·  Parking and shuttle buses

How to use this map
Signs on campus show the Chinese name of each building first and the English name second, but some older door plates and the electronic boards at the gates are in Chinese only. The numbered legend below matches the numbers on the map with the Chinese you will see on the signs.

Legend
1   {D:南大门}   South Gate (main entrance, visitor registration)
2   {D:行政楼}   Administration Building
3   {D:图书馆}   Library
4   {D:第一教学楼}   Teaching Building No. 1
5   {D:第二教学楼}   Teaching Building No. 2
6   {D:国际交流中心}   International Exchange Center (Office of International Students)
7   {D:学生活动中心}   Student Activity Center
8   {D:体育馆}   Gymnasium
9   {D:校医院}   Campus Clinic
10  {D:第一食堂}   Dining Hall No. 1 (halal counter on the ground floor)
11  {D:留学生公寓}   International Student Residence
12  {D:北门}   North Gate (closed 23:00–06:00)

Map symbols
P   Visitor parking (free for the first two hours)
i   Information point
+   First aid point
B   Campus shuttle stop

Getting here
Take Metro Line 2 to Xianlin Center, leave by Exit 3 and walk about ten minutes north to the South Gate. Visitors arriving by car must register their licence plate with their host department one day in advance.

Campus Security (24 hours): +86 25 8968 0110
Visitor Center: +86 25 8968 0001, Monday to Friday 8:30–17:00
© 2026 Nanling University of Technology
""")

dd("city-museum-factbox", """
Visit Linchuan  |  Explore  |  Eat  |  Stay  |  Events  |  Practical Info

Culture > Museums > Linchuan Museum

Linchuan Museum

Quick facts
Chinese name: {D:临川博物馆}
Pinyin: Línchuān Bówùguǎn
Type: Municipal museum of history and art
Founded: 1958 (new building opened 2015)
Collection: about 46,000 objects
Admission: Free; bring your passport to collect a ticket
Hours: 9:00–17:00 (last entry 16:00), closed on Mondays
Address: 1 Wenchang Road, Linchuan District
Metro: Line 1, Wenchang Road Station, Exit B

Linchuan Museum tells the story of the city from the first farming villages on the banks of the Fu River to the kilns and printing houses that made it famous in the Ming dynasty. The new building is arranged around a sunken courtyard planted with camphor trees and holds four permanent galleries and two halls for temporary exhibitions.

Highlights
- A set of nine bronze chime bells excavated in 1977, still tuned closely enough to play.
- Carved pear-wood printing blocks from the old printing street, with prints made from them.
- The Hall of Local Worthies, on scholars and officials born in the city, including the Song dynasty statesman Wang Anshi.

Tips for visitors
Audio guides in English can be borrowed at the service desk for a deposit of 100 yuan. Large bags must be left in the free lockers. The museum café on the third floor looks out over the old town and is open until 16:30.

When asking for directions, show the Chinese name in the fact box above; most residents know the museum simply as "the Bowuguan".

Related places: Linchuan Old Town · Wenchang Bridge · Municipal Library
Foreign Affairs Office of Linchuan Municipal People's Government · © 2026
""")

dd("inscription-photo-blog", """
Yuxi Museum of Local History
Exhibitions   Collections   Learn   Visit   Blog   Support Us

Blog › Objects Up Close › The Paper-Burning Pagoda
Posted 14 November 2026 by the Education Team

[Photo: a small six-sided stone tower in the museum courtyard, with a carved plaque above its arched opening]

Visitors crossing our courtyard often stop at the little stone tower beside the well and ask what it is. It is not a shrine, and it never held relics. It is a paper-burning pagoda, and the four characters carved on the plaque above its opening explain why it was built.

The plaque, read from right to left as old horizontal inscriptions are, says:
{D:敬惜字纸}

Before we translate it, look closely at the photograph. The characters are in regular script and cut deep, so they still read clearly after almost two centuries of rain. At the left edge, in much smaller characters, is a date, {D:道光二十年}, the twentieth year of the Daoguang emperor, or 1840. Below it is the name of the group that paid for the tower: {D:惜字会}.

Now the translation. In modern pinyin the plaque reads jìng xī zì zhǐ: jing is "to respect", xi "to cherish", zi "written characters" and zhi "paper". Together: "Respect and cherish paper that bears writing."

In the Qing dynasty many towns had a Society for Cherishing Characters, the xizi hui named on the side of our plaque. Its members collected scraps of written paper from streets, shops and schools and burned them in towers like this one, so that writing would not be trodden underfoot or used to wrap food. Once a year the ashes were carried in procession to the river.

Our pagoda stood in front of the county school until 1958 and was moved here stone by stone when the museum opened. You can find it in the east courtyard, next to the well.

Comments (3)   ·   Share   ·   Print
Yuxi Museum of Local History · 26 Nieer Road, Yuxi · Open Tuesday–Sunday, 9:00–17:00
""")

dd("gov-portal-footer-icp", """
SHAOXI, CHINA · Official English Portal of Shaoxi Municipal People's Government
Home | News | Government | Invest | Live | Visit | Services | Contact        Language: English | {D:中文} | Español

Top Stories
Shaoxi Opens Its Third Metro Line, Linking the High-Speed Railway Station with the Old City (2026-12-02)
International Textile Procurement Week Attracts Buyers from 47 Countries (2026-11-29)
Ancient Canal Towns Named Among Province's Top Winter Destinations (2026-11-27)
City Issues New Guidelines on Work Permits for Foreign Professionals (2026-11-25)

Government
Mayor's Office · Municipal Departments · Districts and Counties · Policy Documents · Statistics

For Investors
Shaoxi Keqiao Economic Development Zone · Binhai New Area · Incentive Policies · One-Stop Service Center for Foreign Enterprises

Living in Shaoxi
Residence Permits · Hospitals with International Services · International Schools · Driving Licence Conversion · Emergency Numbers (Police 110, Fire 119, Ambulance 120)

Visiting Shaoxi
Things to See · Food and Yellow Wine · Festivals · Getting Here · Tourist Information Centers

Hotline for Foreigners: 12345 (press 7 for English), 8:00–22:00 daily

About This Site | Site Map | Privacy Statement | Accessibility | Contact the Webmaster
Sponsored by the General Office of Shaoxi Municipal People's Government | Maintained by Shaoxi Big Data Development Center
Address: 9 Fuqian Street, Yuecheng District, Shaoxi, Zhejiang 312000 | Email: english@shaoxi.gov.cn
{D:浙ICP备05018876号-1} | {D:浙公网安备 33060202000145号} | Website ID: 3306000031
Copyright © 2026 Shaoxi Municipal People's Government. Best viewed at 1366×768 or higher.
""")

dd("expo-slogan-banner", """
The 18th China (Chengdu) International Food & Beverage Expo
March 24–27, 2027 · Century City New International Convention & Exhibition Center

Home   About   Exhibit   Visit   Forums   Media Center   Travel & Hotels

Welcome

[Banner photo: a red banner across the West Gate, with gold characters and English below]
{D:开放共享 味美天下}
"Open and Shared: Good Taste for the World"

This year's theme, shown on the banner at the West Gate and on every hall entrance, has two halves of four characters each. The first half, kaifang gongxiang, means "open and shared"; it speaks of an expo open to exhibitors from every province and from abroad. The second, wei mei tian xia, is harder to put into English. Literally it is "flavour, delicious, all under heaven", and it plays on the old saying that Sichuan food is loved everywhere. Our translators chose "Good Taste for the World" so that the English, like the Chinese, has a double meaning.

Meet Lala
Our mascot is a red panda cub in a chef's hat called Lala, written {D:辣辣} in Chinese. La is the word for "spicy", and doubling a syllable is how Chinese makes a friendly nickname, so her name means something like "Little Spicy". Look for her at the information desks, where she hands out maps and free tasting vouchers.

Expo at a glance
Exhibition area: 200,000 square meters in 12 halls
Exhibitors: more than 4,000 from 30 countries and regions
Sectors: liquor and wine, tea, condiments, snacks, frozen food, food machinery and packaging
Trade days: March 24–26 · Public day: March 27

Register as a trade visitor before March 10 to receive your badge by email and skip the queue at the gate.

Organizer: Sichuan Expo Bureau | Contact: +86 28 8507 6666 | info@cdfoodexpo.com
© 2026 Organizing Committee of the China (Chengdu) International Food & Beverage Expo
""")

dd("hospital-signs-guide", """
Xiangjiang Provincial People's Hospital
International Patient Services

Home > International Patients > Your First Visit

Your First Visit: Reading the Signs

Most signs in our outpatient building are bilingual, but the electronic boards, the self-service machines and some older door plates show Chinese only. This page lists the words you are most likely to need. Print it, or save it on your phone before you come.

Step 1: Register
Look for {D:挂号} (guàhào), which means "registration". Registration windows and self-service machines are in the hall on the ground floor. Overseas patients may register at the International Clinic desk on the first floor instead, where staff speak English.

Step 2: Find your department
Your registration slip shows the department in Chinese. The most common are:
{D:内科}  nèikē  Internal Medicine
{D:外科}  wàikē  Surgery
{D:儿科}  érkē  Paediatrics
{D:妇产科}  fùchǎnkē  Obstetrics and Gynaecology
{D:眼科}  yǎnkē  Ophthalmology

Step 3: Wait for your number
A screen outside each clinic calls patients by number. When it shows {D:请3号到5诊室就诊}, it means "Number 3, please go to Consulting Room 5". The same message is read aloud, in Chinese only.

Step 4: Pay, have tests, collect medicine
{D:收费}  shōufèi  Payment (you can also pay at any self-service machine)
{D:检验科}  jiǎnyànkē  Laboratory, for blood and urine tests
{D:取药}  qǔyào  Pharmacy window, where you collect your medicine

In an emergency
Go straight to {D:急诊} (jízhěn), the Emergency Department. Its entrance is on Furong Road and it is open 24 hours a day. Do not queue at the outpatient registration windows.

International Patient Services: +86 731 8888 6120 · Monday–Saturday, 8:00–17:30
61 Jiefang West Road, Changsha · © 2026 Xiangjiang Provincial People's Hospital
""")

dd("district-names-table", """
Living in Xinhai: A Guide for International Residents
Home › Living › Getting Around › District Names

Why this page?
Taxi drivers, couriers and delivery apps in Xinhai work with the Chinese names of districts, and the way a name is pronounced matters much more than the way it is spelt. The table below gives each district's Chinese name, its pinyin with tone marks and a short description. If a driver does not understand you, point to the Chinese.

District | Chinese | Pinyin | What you'll find there
Gangcheng | {D:港城区} | Gǎngchéng Qū | The old port, the Bund-style waterfront, city government offices
Binhai New Area | {D:滨海新区} | Bīnhǎi Xīnqū | Free trade zone, international schools, the airport
Dongshan | {D:东山区} | Dōngshān Qū | Hillside parks, the university town, quiet residential streets
Xiyuan | {D:西苑区} | Xīyuàn Qū | Shopping malls, the high-speed railway station
Taoshan | {D:桃山区} | Táoshān Qū | Orchards, hot springs, weekend villas
Jinsha | {D:金沙区} | Jīnshā Qū | Beaches, seafood markets, ferry terminal to the islands

Tips
Qu means "district" and xinqu "new area"; in speech most people drop them and just say "Gangcheng" or "Binhai".
Street addresses in Chinese go from large to small: city, district, road, number, then building and flat. Ask your landlord or employer to write your full address in Chinese for you and keep it in your phone.
Ride-hailing apps accept pinyin for district names, but search results are more reliable if you paste the Chinese.

Related pages: Public Transport Cards · Taxis and Ride-Hailing · Driving in Xinhai · Cycling
Xinhai Foreign Affairs Office · Service Center for Foreigners, 1F, 18 Renmin Road · Tel. 0532-6609 1818
""")

dd("collection-record-title", """
Jiangxi Provincial Museum · Collections Online
Search the collection   |   Ceramics   |   Bronzes   |   Paintings & Calligraphy   |   Textiles

Ceramics › Song dynasty › Record 1986.03.117

{D:青白釉刻花莲瓣纹盖罐}

Period: Southern Song dynasty (1127–1279)
Place of production: Jingdezhen kilns, Jiangxi
Dimensions: height 14.2 cm; mouth diameter 8.6 cm; base diameter 7.1 cm
Provenance: excavated in 1986 from a tomb at Huangtian, Gaoping County
Accession number: 1986.03.117
On view: Gallery 4, case 12

Description
A small jar with rounded shoulders and a domed lid topped by a bud-shaped knob. The lower half of the body is carved with two overlapping rows of lotus petals, each outlined by a single confident stroke of the knife; where the glaze pools in the carved lines it turns a deeper blue. The lid repeats the petals in a smaller row. The base is unglazed and has burnt to a pale orange in the kiln, a common feature of Jingdezhen wares of this date.

Jars of this shape are often found in pairs in Song tombs of the region and are thought to have held grain or oil offerings for the dead.

About the title
The Chinese title at the top of this record follows the order used by Chinese museums: glaze, technique, decoration, shape. Read in that order it says "qingbai-glazed covered jar with carved lotus-petal decoration". Qingbai, literally "bluish white", is the name for the pale, watery glaze of Jingdezhen porcelain before the age of blue-and-white.

Inscription
Inside the foot ring are two characters in brush and ink, {D:吉用}, "for auspicious use", a phrase also seen on bronzes and mirrors.

Cite this record · Request an image · Report an error
© 2026 Jiangxi Provincial Museum. Images may be used for non-commercial research.
""")

dd("fair-hall-directory", """
Pearl River International Hardware Fair 2027 · Guangzhou
Home | Exhibitors | Visitors | Hall Directory | Events | Travel | Press

Hall Directory: Phase 1 (April 8–11)

Each hall entrance has a large overhead sign with the hall number and the product sector in Chinese and English. Inside the halls, however, the aisle banners and many booth boards show the Chinese sector name only. Use this list to find your way.

Hall 1.1   {D:五金工具}   Hardware and Hand Tools
Hall 1.2   {D:电动工具}   Power Tools
Hall 2.1   {D:建筑五金}   Builders' Hardware: locks, hinges, handles
Hall 2.2   {D:卫浴设备}   Bathroom and Sanitary Fittings
Hall 3.1   {D:厨房用品}   Kitchenware
Hall 3.2   {D:照明灯具}   Lighting
Hall 4.1   {D:安防产品}   Security and Safety Products
Hall 4.2   {D:园林工具}   Garden Tools and Outdoor Equipment
Hall 5.1   {D:国际馆}   International Pavilion: exhibitors from outside mainland China

Services in the halls
Buyer Service Center: Concourse of Hall 1, for badges, business matching and interpreters (book an interpreter at least two days ahead).
Prayer room: second floor of Hall 5.
Free shuttle: from Pazhou Metro Station (Line 8), every ten minutes from 8:30 to 18:30.
Lost and found: Information desks at the North and South Entrances.

Finding an exhibitor
Search the online exhibitor list by company name, product or booth number. Booth numbers start with the hall number, so booth 3.2 C18 is in the Lighting hall, aisle C.

Download the floor plans (PDF) · Download the app
Organizer: Guangdong Hardware Trade Association · Tel. +86 20 8913 8800 · © 2026
""")

dd("univ-schools-originals", """
Donghu Normal University
Home · About · Schools · Admissions · Research · International · Library · Contact

Schools and Colleges

Teaching and research at Donghu Normal University are organized in twelve schools. Each school admits undergraduates and offers master's programs; the schools marked with an asterisk also award doctorates.

1. School of Mathematics and Statistics*
2. School of Physics and Electronic Engineering*
3. School of Chemistry and Materials Science
4. School of Life Sciences*
5. School of Literature and Journalism*
6. School of Foreign Languages
7. School of History and Culture
8. School of Education*
9. School of Psychology
10. School of Fine Arts and Design
11. School of Physical Education
12. College of International Education (Chinese language programs for international students)

Official Chinese names
Transcripts, degree certificates and letters of recommendation issued by the university use the Chinese names of our schools. If you have to give the name of a school in an application to a Chinese institution or employer, please use the forms below. They are numbered as in the list above.

1. {D:数学与统计学院}
2. {D:物理与电子工程学院}
3. {D:化学与材料科学学院}
4. {D:生命科学学院}
5. {D:文学与新闻传播学院}
6. {D:外国语学院}
7. {D:历史文化学院}
8. {D:教育学院}
9. {D:心理学院}
10. {D:美术与设计学院}
11. {D:体育学院}
12. {D:国际教育学院}

Looking for a department or research institute? See the full A–Z directory.
Office of Academic Affairs · Room 208, Administration Building · +86 27 6786 1002
© 2026 Donghu Normal University
""")

dd("company-name-story", """
YUNFAN TECHNOLOGY
Products   Cloud Services   Customers   About   Careers   Contact   Sign in

About > Our Story

Why "Yunfan"?

People often ask where our name comes from. In Chinese the company is called {D:云帆科技}, Yunfan Keji: yun means "cloud", fan means "sail" and keji is simply "technology". When our four founders registered the company in a rented flat in Hangzhou in 2009, they were building one of the first cloud storage services for small businesses in China, and a sail carried by the clouds seemed the right picture for it.

But the name has an older source. It comes from the last lines of "Hard Is the Road" ({D:行路难}), a poem by the Tang dynasty poet Li Bai:

{D:长风破浪会有时，直挂云帆济沧海。}

The day will come to ride the long wind and break the waves;
then I will hoist my cloud-high sail and cross the boundless sea.

Li Bai wrote the poem when his career at court had failed and every road seemed closed to him. The poem is full of doubt, but it ends in confidence. Our founders had been turned down by eleven investors when they chose the name, and they liked a poem that ended like that.

Today
Yunfan Technology now serves more than 300,000 business customers in 40 countries. Our full registered name is {D:杭州云帆信息科技有限公司}, Hangzhou Yunfan Information Technology Co., Ltd., and you will find the poem's line painted on the wall of the first floor of our headquarters in Binjiang.

Milestones
2009  Founded in Hangzhou
2014  Launch of Yunfan Drive for Business
2019  First overseas data center, Singapore
2025  Listed on the Hong Kong Stock Exchange

© 2026 Hangzhou Yunfan Information Technology Co., Ltd.  ·  Privacy  ·  Legal
""")

dd("univ-anthem-stanzas", """
Jiangnan Institute of Technology
About Us › Traditions › University Anthem

The University Anthem
Words by Professor Lu Wenqing, music by Shao Ming (1956; revised 1986)

The anthem is sung at the opening ceremony of every academic year, at graduation and at the anniversary assembly each October. International students are welcome to sing along in Chinese; a prose translation is given below the two stanzas, and a recording with pinyin subtitles can be found in the media library.

First stanza
{D:青山苍苍，江水泱泱，}
{D:百年学府，屹立江旁。}
{D:求真务实，自强不息，}
{D:书声琅琅，桃李芬芳。}

Second stanza
{D:四海英才，汇聚一堂，}
{D:风雨同舟，志在远方。}
{D:今朝少年，明日栋梁，}
{D:母校之名，永记心上。}

English translation (not for singing)
The green hills stretch away, the river's waters run wide; here by the river stands our college of a hundred years. We seek the truth and do honest work, we strive and never rest; the sound of reading fills the air, and our students flourish like peach and plum trees in bloom.

Talent gathers here from the four seas, one company in one hall; through wind and rain we share one boat, our sights set on distant goals. The young people of today are the pillars of tomorrow; the name of our alma mater we will keep in our hearts for ever.

A note on the words
"Peach and plum trees" is an old image for the students a teacher has raised. The line "we strive and never rest" quotes the university motto, which comes from the Book of Changes.

Download: score (PDF) · recording (MP3) · karaoke video with pinyin
© 2026 Jiangnan Institute of Technology · Office of Publicity
""")

dd("mayor-welcome-signed", """
Qingxi Municipal People's Government · English
Home | About Qingxi | Government | Business | Living | Tourism | Contact

A Message from the Mayor

Dear friends,

Welcome to Qingxi, and welcome to our English website.

Our city takes its name from the clear mountain stream that still runs through the old town. Written {D:清溪}, the two characters mean exactly that: "clear stream". For more than a thousand years Qingxi has been a market town where the tea and bamboo of the hills were traded for the salt and cloth of the coast, and that habit of trade and welcome has stayed with us.

Today Qingxi is home to 2.3 million people and more than 600 foreign-invested companies. Our new high-tech park, our rail link to Hangzhou in under forty minutes and our universities make the city a good place to invest, to study and to raise a family. Visitors love our stone bridges. There are more than a hundred of them, which is why Chinese travel writers call Qingxi {D:百桥之城}, the "City of a Hundred Bridges".

On this website you will find information on doing business here, on residence and work permits, on schools and hospitals with services in English, and on the festivals and walks that make Qingxi special. If something you need is missing, please write to us. Every message sent through the contact form is read by my office.

{D:欢迎您}! Huanying nin, you are welcome here.

Liang Qiming
Mayor of Qingxi

[Signature and seal of Mayor Liang, showing his name in characters: {D:梁启明}]

Related: Government Leaders · Work Report 2026 · Sister Cities · Investment Guide
General Office of Qingxi Municipal People's Government · 1 Xianfu Road · © 2026
""")

dd("tcm-hospital-departments", """
Jiangdong Hospital of Traditional Chinese Medicine
International Medical Center

Home > International Medical Center > Departments

Our Departments

The International Medical Center offers the main specialties of traditional Chinese medicine (TCM) with English-speaking doctors, alongside modern diagnostic services in the main hospital. Department names are given here in English, Chinese and pinyin, as they appear on your appointment slip.

{D:针灸科}  Zhēnjiǔ Kē
Acupuncture and Moxibustion. Treatment of back and neck pain, migraine, insomnia and the after-effects of stroke. A first session lasts about 45 minutes.

{D:推拿科}  Tuīná Kē
Tuina, or Chinese therapeutic massage. Recommended for sports injuries, frozen shoulder and chronic muscle tension.

{D:治未病中心}  Zhì Wèibìng Zhōngxīn
Preventive Health Center. The Chinese name means, literally, "center for treating illness that has not yet arisen". It refers to a saying from the medical classics, {D:上工治未病}: "the best physician treats illness before it arises". The center offers constitution assessments, diet and exercise plans and seasonal herbal teas.

{D:膏方门诊}  Gāofāng Ménzhěn
Herbal Paste Clinic. Open from November to February, when many patients take a personalised herbal paste as a winter tonic.

{D:中药房}  Zhōngyào Fáng
Herbal Pharmacy. Your prescription can be dispensed as raw herbs, as granules, or decocted for you and delivered in sealed pouches.

Appointments
Book by phone (+86 21 6385 0912) or through the hospital app, where you can switch the language to English. Please bring your passport and any recent test results.

Building C, 3rd floor · Monday–Saturday 8:00–17:00 · © 2026 Jiangdong Hospital of TCM
""")

dd("expo-registration-faq", """
China International Industry Expo · Shanghai, September 2027
Home  |  Exhibit  |  Visit  |  Conferences  |  News  |  FAQ

Visitor Registration: Frequently Asked Questions

Q: The registration form in the mini-program is in Chinese. Which fields do I fill in?
A: The English version of the form is still being tested, so for now the mini-program shows Chinese labels only. Fill in the fields as follows:
{D:姓名}: Name. Enter it exactly as it appears in your passport.
{D:证件类型}: Type of ID. Choose {D:护照}, which means passport.
{D:证件号码}: ID number, that is your passport number.
{D:单位名称}: Company or organization.
{D:职务}: Job title.
{D:手机号}: Mobile number. Foreign numbers are accepted; choose your country code first.
When you have finished, tap the red button, {D:提交}, to submit.

Q: The form asks me to choose between two visitor types. Which is mine?
A: Choose {D:境外观众}, "overseas visitor", if you live outside mainland China. The other option is for visitors from the mainland.

Q: My e-badge says {D:专业观众}. What does that mean?
A: It means "trade visitor". Trade visitor badges are valid on all five days of the expo. Students under 18 are not admitted on trade days.

Q: Do I need to print my badge?
A: No. Show the QR code on your phone at the turnstiles, together with your passport the first time you enter.

Q: I made a mistake in my passport number. Can I change it?
A: Yes, until 48 hours before the expo opens. After that, please go to the Overseas Visitor Desk at the East Entrance.

Still need help? Email visitors@ciie-industry.com.cn or call +86 21 6700 8899 (English service 9:00–18:00).
© 2026 China International Industry Expo Organizing Committee
""")

dd("press-release-zh-headline", """
HUAYANG PHARMACEUTICAL GROUP
Home   About Us   Products   R&D   Responsibility   Newsroom   Investors

Newsroom > Press Releases > 2026

Huayang Pharmaceutical Begins Production at New Vaccine Plant in Suzhou
Original Chinese headline: {D:华阳药业苏州疫苗生产基地正式投产}
Suzhou, December 1, 2026

Huayang Pharmaceutical Group today began commercial production at its new vaccine plant in Suzhou Industrial Park, the company's largest single investment to date.

The plant covers 86,000 square meters and has an annual capacity of 120 million doses. It will first produce the company's quadrivalent influenza vaccine and its recombinant shingles vaccine, which was approved by the National Medical Products Administration in June. The plant was built to the good manufacturing practice standards of China, the European Union and the World Health Organization, which the company hopes will allow it to supply international markets from 2028.

"Suzhou gives us talent, a complete supply chain and easy access to the world," said Chen Weidong, chairman of Huayang Pharmaceutical. "This plant is a promise that we will make high-quality vaccines available to more people at a fair price."

The plant employs 750 people, more than a third of whom hold a master's degree or doctorate.

About Huayang Pharmaceutical
Huayang Pharmaceutical Group Co., Ltd. ({D:华阳药业集团股份有限公司}) was founded in 1993 and is listed on the Shanghai Stock Exchange. It develops and manufactures vaccines, biological medicines and chemical drugs and has 8,200 employees.

Media contact: Ms. Tang Yu, Corporate Communications · +86 512 6288 1100 · press@huayangpharma.com

This release has been translated from the Chinese original. In case of any discrepancy, the Chinese version prevails.
© 2026 Huayang Pharmaceutical Group Co., Ltd.
""")

dd("scholarship-table", """
Xi'an Jiaotong Polytechnic University · International Students
Home › Admissions › Scholarships 2027–2028

Scholarships for International Students

International students at XJPU can apply for five scholarships. In the online application system and in the admission letters, the scholarships appear under their Chinese names, so both names are listed in the table below.

Scholarship | Chinese name | What it covers | Who can apply
Chinese Government Scholarship | {D:中国政府奖学金} | Tuition, housing, insurance and a monthly stipend of 3,000–3,500 yuan | Master's and doctoral applicants, through a Chinese embassy or directly to the university
Shaanxi Provincial Scholarship | {D:陕西省政府来华留学奖学金} | Full or half tuition for one year, renewable | Undergraduates and master's students
President's Scholarship | {D:校长奖学金} | Full tuition and housing | Outstanding doctoral applicants in engineering and science
Silk Road Scholarship | {D:丝路奖学金} | 10,000 yuan per year | Students from countries along the Belt and Road
Outstanding Freshman Award | {D:优秀新生奖} | One-off award of 5,000 yuan | First-year undergraduates with top entrance results

How to apply
1. Create an account in the online application system and choose your program.
2. On the "Scholarship" page, tick the box with the Chinese name of the scholarship you are applying for. You may choose up to two.
3. Upload a study plan (at least 800 words) and two letters of recommendation.
4. Applications close on March 31, 2027. Results are announced in June.

Questions? Email scholarship@xjpu.edu.cn. Please write your application number in the subject line.
International Admissions Office · Room 105, Siyuan Building · © 2026 XJPU
""")

dd("fair-taxi-cards", """
China International Import Expo · Exhibitor Services
Home > Travel & Accommodation > Taxi Cards

Taxi Cards
Most taxi drivers in Shanghai do not speak English, and ride-hailing apps work best with Chinese addresses. Save these cards on your phone or print them, and show the Chinese to your driver. Each card is followed by its English.

Card 1: To the exhibition center
{D:请带我去：国家会展中心（上海）北入口}
Please take me to: National Exhibition and Convention Center (Shanghai), North Entrance
{D:上海市青浦区崧泽大道333号}
333 Songze Avenue, Qingpu District, Shanghai

Card 2: To the official hotels
{D:请带我去：虹桥枫林酒店}
Please take me to: Hongqiao Maple Hotel
{D:上海市闵行区申长路688号}
688 Shenchang Road, Minhang District

{D:请带我去：青浦会展假日酒店}
Please take me to: Qingpu Expo Holiday Hotel
{D:上海市青浦区诸光路1588号}
1588 Zhuguang Road, Qingpu District

Card 3: To the airports and railway station
{D:请带我去：虹桥火车站}
Please take me to: Hongqiao Railway Station
{D:请带我去：浦东国际机场}
Please take me to: Pudong International Airport

Useful phrases
{D:请打表}: Please use the meter.
{D:我要发票}: I need a receipt.

Shuttle buses also run between the official hotels and the North Entrance every 20 minutes from 7:30 to 19:00 during the exhibition.
Tip: the taxi fare from Hongqiao Railway Station to the North Entrance is about 40 yuan; from Pudong International Airport it is about 230 yuan and takes an hour or more.
Exhibitor Service Hotline: +86 21 968888 · © 2026 CIIE Bureau
""")

dd("audio-guide-quatrain", """
Stork Tower Scenic Area · Yongji, Shanxi
Visit | History | Audio Guide | Tickets | Getting Here

Audio Guide › Tower, Sixth Floor › Stop 14

Stop 14: The Poem on the Wall (transcript)

[Narrator] You are now standing on the sixth floor of the tower, the highest floor open to visitors. Look out of the west windows: on a clear day you can see the Yellow River, about three kilometers away, and the hills of Shaanxi on the far bank.

[Narrator] On the wall behind you hangs the most famous poem ever written about this place, "On Stork Tower" by the Tang dynasty poet Wang Zhihuan. Its Chinese title is {D:登鹳雀楼}, literally "climbing Stork Tower". Listen first to the poem read in Chinese.

[Reader, in Chinese]
{D:白日依山尽，}
{D:黄河入海流。}
{D:欲穷千里目，}
{D:更上一层楼。}

[Narrator] And in English:
The white sun sinks behind the hills,
the Yellow River flows into the sea.
If you would see a thousand miles,
climb one more storey of the tower.

[Narrator] The poem has only twenty characters, and every Chinese schoolchild learns it by heart. The last line is used today as a saying of its own: when a student passes one examination, teachers will tell them to "climb one more storey". The calligraphy on the wall was written in 2002, when the rebuilt tower opened; the original tower was destroyed in the thirteenth century.

[Narrator] To continue, take the stairs down to the fifth floor and press 15.

Audio guides in English, Japanese and Korean can be hired at the ticket office. © 2026 Stork Tower Scenic Area
""")

dd("company-values-lobby", """
JINPENG NEW ENERGY
Home | Products | Projects | Sustainability | About | Careers | Contact

Careers > Life at Jinpeng > Our Values

Our Values

Anyone who walks into our headquarters in Hefei sees four large characters carved into the oak wall behind the reception desk. They are our company values, chosen by the founders in 2006 and voted on again by all employees in 2021. Here is what they mean, in the words of the people who work here.

{D:诚}  chéng  Integrity
"Cheng means being honest and keeping your word. If a battery pack fails a test, we say so, even when the customer would never have found out." (Xu Lan, Quality Engineer, Hefei)

{D:勤}  qín  Diligence
"Qin is hard work, but not only long hours. It's doing the small checks properly every single time." (Ahmed Karimov, Site Manager, Tashkent)

{D:新}  xīn  Renewal
"Xin is the 'new' in 'new energy'. It also means renewing yourself: every engineer here spends a tenth of their time on learning." (Zhao Ning, R&D, Shanghai)

{D:和}  hé  Harmony
"He is about working together, with colleagues, with suppliers and with the communities where we build our power stations." (Maria Santos, HR Business Partner, São Paulo)

Why single characters?
Each value is one character because in Chinese a single character can carry a whole idea, and because four characters are easy to remember. New employees learn to write all four on their first day.

Join us
We are hiring engineers, project managers and technicians in 14 countries. See open positions.

© 2026 Jinpeng New Energy Technology Co., Ltd. · Privacy · Cookie Settings
""")


# ---------------------------------------------------------------- half-translated

ll("gov-news-breadcrumb", """
Pingjiang Municipal People's Government
{L:首页} | News Center | Government Information Disclosure | Online Services | Government-Citizen Interaction | {L:走进平江}

{L:当前位置}：{L:首页} > {L:新闻中心} > {L:政务要闻}

Executive Meeting of the Municipal Government Studies Heating and Gas Supply This Winter
{L:发布时间}：2026-11-28 09:32　{L:来源}：{L:市政府办公室}　{L:浏览次数}：1846　{L:【字体：大 中 小】}

On November 27, Mayor Xu Haiyang presided over the 58th executive meeting of the municipal government to study and deploy the work of guaranteeing heating and natural gas supply this winter and next spring.

The meeting heard the report of the Municipal Development and Reform Commission on the current situation of natural gas reserves. As of November 25, the city's gas storage facilities held 21 million cubic meters, which can meet about nine days of peak demand. {L:会议强调，各地各部门要坚决守住民生用气底线，确保群众温暖过冬。}

The meeting pointed out that heating enterprises should complete the inspection and maintenance of pipe networks and boilers before December 5, and set up emergency repair teams on 24-hour duty. Residents who encounter heating problems can call the 12345 government service hotline, and relevant departments must respond within two hours.

The meeting also studied the implementation plan for the renovation of old residential communities in 2027, the draft regulations on the protection of the ancient city walls, and other matters.

{L:【打印本页】}　{L:【关闭窗口】}

{L:上一篇}：Xu Haiyang Inspects Flood Control Projects at Qingshui Reservoir
{L:下一篇}：{L:我市召开2026年度安全生产工作推进会}

Sponsor: General Office of Pingjiang Municipal People's Government　Undertaker: Pingjiang Big Data Center
{D:赣ICP备05004321号}　Website identification code: 3607000002
""")

ll("county-leader-quotes", """
Hengshan County People's Government
Home > News Center > County News

County Holds Promotion Conference on Rural Revitalization and Winter Agricultural Production
Release date: 2026-12-01　Source: County Agriculture and Rural Affairs Bureau　Views: 417

On the morning of November 30, our county held a promotion conference on comprehensively promoting rural revitalization and winter agricultural production. Liu Jianhua, secretary of the county party committee, attended the meeting and delivered a speech. County magistrate Tang Min presided over the meeting.

At the meeting, the main responsible comrades of Baishui Town, Longtan Town and the County Water Resources Bureau made exchange speeches on their work in the past year.

Liu Jianhua pointed out: {L:今年以来，全县粮食生产再获丰收，特色产业不断壮大，农民收入稳步增长，成绩来之不易。}

Liu Jianhua stressed that {L:要紧盯目标任务，压实各级责任，以更大力度推动乡村全面振兴}. He requested all towns to seize the favorable season to complete the planting of 86,000 mu of rapeseed and the winter irrigation of 120,000 mu of farmland, and to strengthen the management of wheat seedlings.

Regarding the next stage of work, Tang Min demanded: first, {L:要抓好冬季农田水利建设}; second, we should do a good job in preventing freezing damage in citrus orchards and the safe overwintering of livestock; third, {L:要切实做好农民工工资支付保障工作，确保农民工按时足额拿到工资}.

Tang Min said that the leading cadres at all levels must go deep into the front line and help the masses solve practical difficulties, {L:以实干实绩迎接新年的到来}.

County leaders Chen Guoqiang, Peng Li and Zhu Wenbin attended the meeting. The principal responsible comrades of all towns and relevant county departments attended the meeting.

Editor: {L:周小燕}　Reviewer: {L:谭志军}
Sponsored by Hengshan County People's Government Office
""")

ll("univ-news-credits", """
Southwest University of Science and Engineering
Home | School Overview | Departments | Research | Admissions | News | English

Home > News > Campus News

Key Laboratory of Intelligent Agricultural Equipment of Our University Passed the Provincial Acceptance
Time: 2026-11-26　Clicks: 632

On November 24, the Provincial Department of Science and Technology organized an expert group to carry out the acceptance of the Key Laboratory of Intelligent Agricultural Equipment of Hilly and Mountainous Areas built by our university. Vice President Luo Ping, heads of the Science and Technology Department and the School of Mechanical Engineering attended the meeting.

The expert group listened to the construction report made by Professor He Songlin, director of the laboratory, inspected the test field and the research platform, and reviewed the relevant materials. The experts agreed that the laboratory has achieved all the construction goals in the past five years, {L:在丘陵山区农机装备领域形成了鲜明的特色和优势}, and unanimously agreed that it passed the acceptance.

During the construction period, the laboratory undertook 37 national and provincial projects, obtained 58 authorized invention patents, and its small tea-picking machine and orchard transport vehicle have been promoted in 11 provinces. {L:实验室现有固定研究人员46人，其中教授15人，博士学位获得者占比87%。}

Luo Ping said that the university will continue to support the development of the laboratory and hopes that it will take the acceptance as a new starting point and make new contributions to serving the development of agriculture in mountainous areas.

{L:撰稿：石晓峰　摄影：龚雪　编辑：杨帆　审核：陈立新}

Previous: Our University Wins Three Gold Medals at the Provincial Internet Plus Competition
Next: Notice on the Arrangement of the 2027 New Year's Day Holiday

Copyright © Southwest University of Science and Engineering　Address: 59 Qinglong Avenue, Mianyang
""")

ll("hospital-news-sidebar", """
Binhai Central Hospital
Home | About Us | Departments | Find a Doctor | Patient Guide | News | {L:党建工作} | Contact Us

News > Hospital News

Cardiology Team Completes the City's First Leadless Pacemaker Implantation
Posted: 2026-11-20　Department: Department of Cardiovascular Medicine ({D:心血管内科})

Recently, the team of the Department of Cardiovascular Medicine of our hospital successfully implanted a leadless pacemaker for an 82-year-old patient with bradycardia. This was the first operation of its kind in the city.

The patient, Mr. Wang, had suffered from dizziness and fainting for half a year. Examination showed a heart rate as low as 32 beats per minute. Considering his age and poor skin condition, the team decided to use a leadless pacemaker, which is only the size of a capsule and is delivered into the heart through a vein in the thigh without opening the chest.

The operation took 40 minutes. Mr. Wang was able to get out of bed the next day and was discharged three days later.

"Compared with traditional pacemakers, leadless pacemakers have no pocket and no leads, which greatly reduces the risk of infection," said Director Fang Jun. The department will continue to introduce new technologies to benefit patients.

Share to: WeChat　Weibo　QQ

{L:相关新闻}
· {L:我院心血管内科获评省级临床重点专科}
· Our Hospital Holds Free Clinic on World Heart Day
· {L:胸痛中心顺利通过国家标准版再认证}
· Cardiology Nurses Win First Prize in Provincial Skills Competition

{L:热点推荐}
· Notice on the Adjustment of Outpatient Hours During New Year's Day
· {L:我院开展“无陪护病房”试点工作}
· Online Appointment Now Available for All Specialist Clinics

Binhai Central Hospital · 1 Haibin Road · Emergency: 0543-3211 120
""")

ll("company-footer-zh", """
HAICHUAN ELECTRIC
Home | Products | Solutions | About Us | News | Contact Us

Products > Heating Appliances > HC-2000 Fan Heater

HC-2000 Ceramic Fan Heater

Warm your room in seconds. The HC-2000 uses a PTC ceramic heating element that heats up quickly and automatically limits its own temperature, making it safer than traditional wire heaters.

Features
- Two heat settings (1000 W / 2000 W) and a fan-only mode for summer
- Adjustable thermostat from 5 °C to 35 °C, with frost protection
- 70° automatic oscillation for even heat distribution
- Tip-over switch and overheat protection
- 12-hour timer and remote control
- Quiet operation, below 45 dB on the low setting

Suitable for bedrooms, offices and bathrooms up to 25 square meters. Available in white and dark grey. OEM and ODM services are available; the minimum order quantity is 1,000 units per color.

Certifications: CE, GS, RoHS, CB
Packing: 1 set per color box, 4 sets per carton, 1,120 sets per 40-foot container

Inquire now　|　Download catalogue　|　Add to favorites

Ningbo Haichuan Electric Appliance Co., Ltd.　{D:宁波海川电器有限公司}
{L:版权所有} © 2008-2026 Haichuan Electric　{L:技术支持}：{L:宁波网联信息技术有限公司}
{L:地址}：{L:浙江省宁波市北仑区大港工业城黄山西路218号}
{L:电话}：0574-8688 1234　{L:传真}：0574-8688 1235　{L:邮箱}：sales@haichuan-electric.com
{D:浙ICP备10023456号}
""")

ll("expo-glued-clauses", """
Western China International Equipment Manufacturing Expo
Home | About | Exhibitors | Visitors | News | Contact

News > Expo News

The 12th Western China International Equipment Manufacturing Expo Closed Successfully
2026-11-18　Organizing Committee

On November 17, the 12th Western China International Equipment Manufacturing Expo closed at the Xi'an International Exhibition Center after four days.

With the theme "Intelligent Manufacturing Leads the Future", this year's expo covered an exhibition area of 120,000 square meters, {L:共设置智能制造、新能源汽车、航空航天等8个专业展区}，attracting 1,380 exhibitors from 41 countries and regions. Germany was the guest country of honor, and 62 German companies exhibited in the international pavilion.

During the four days, the expo received a total of 186,000 visits, {L:其中专业观众占比达到62%}，and more than 3,200 procurement negotiations were held. At the signing ceremony on the 16th, 73 projects were signed with a total investment of 96.4 billion yuan, {L:同比增长12.6%}。

The expo held 26 forums and matchmaking meetings during the same period. At the main forum on industrial robots, experts from home and abroad discussed the application of artificial intelligence in the factory, {L:并发布了《西部地区智能制造发展报告（2026）》}。

Exhibitors said the expo had become an important platform for entering the market of western China. A spokesman for a Shenzhen robot company said they had received more than 400 inquiries, {L:比去年多了一倍}。

The 13th expo will be held in November 2027. Exhibitor registration will open in March.

Related: Photo Gallery | Video Highlights | Press Release Download
Organizer: Shaanxi Provincial Department of Commerce　Tel: 029-8632 5577
""")

ll("museum-table-zh-headers", """
Hubei Provincial Museum of Art and History
Home | Visit | Exhibitions | Collections | Education | Research | Shop

Exhibitions > Temporary Exhibitions

Temporary Exhibitions 2026–2027

Admission to all temporary exhibitions is free, but timed tickets are required for exhibitions in Halls 3 and 5. Tickets are released seven days in advance at 10:00.

{L:展览名称} | {L:展期} | {L:地点} | {L:备注}
Gold and Silver of the Tang Dynasty: Treasures from the Tombs of Xi'an | 2026.10.15 – 2027.02.28 | Hall 3, 2nd floor | Timed tickets required
Ink and Water: Landscape Painting of the Ming and Qing Dynasties | 2026.11.08 – 2027.01.20 | Hall 5, 3rd floor | {L:需提前在微信公众号预约}
The Ancient Kingdom of Chu: New Excavations 2020–2025 | 2026.12.01 – 2027.05.31 | Hall 2, 1st floor | Photography allowed
Children's Museum: The Life of a Silkworm | 2026.07.01 – 2027.06.30 | Learning Center | Suitable for ages 4 to 10
{L:馆藏近现代书画精品展} | 2027.01.15 – 2027.04.15 | Hall 6, 3rd floor | {L:闭馆日不开放}

Lectures
Every Saturday at 14:30 in the lecture hall, a curator introduces one of the exhibitions. Lectures are in Chinese; an English transcript is posted here the following week.

Opening hours: Tuesday to Sunday, 9:00–17:00 (last entry 16:00). Closed on Mondays except public holidays.

Address: 160 East Lake Road, Wuchang District, Wuhan　Consultation: 027-8679 4127
""")

ll("museum-footer-spam", """
Nanyue Museum of Ceramics
Home  About  Visit  Exhibitions  Collections  Education  News  {D:中文}

Visit > Plan Your Visit

Opening Hours
Tuesday to Sunday, 9:00–17:00. Last admission at 16:15. The museum is closed on Mondays (except national holidays) and on New Year's Eve.

Admission
General admission is free. Please reserve online at least one day in advance and bring the identity document you used for the reservation. Foreign visitors can collect a ticket at the service desk with their passport.

Getting Here
Metro: Line 3 to Taoyuan Road Station, Exit C, then walk 300 meters east.
Bus: Routes 12, 56 and 203 to Museum Stop.
Parking: limited parking is available in the underground garage, 5 yuan per hour.

Services
Free lockers, wheelchairs and baby strollers are available at the service desk. Guided tours in English are offered at 10:30 on Saturdays; no booking is required.

Rules for Visitors
Please do not touch the exhibits, use flash photography or bring food and drink into the galleries.

Links: National Cultural Heritage Administration | Provincial Department of Culture and Tourism | {L:澳门威尼斯人官网} | {L:皇冠体育在线投注} | {L:真人百家乐} | {L:北京赛车pk10计划}
{L:澳门葡京赌场}　{L:最新网上赌博网站排名}　{L:注册送彩金}

Copyright © 2026 Nanyue Museum of Ceramics　Address: 88 Taoyuan Road, Foshan, Guangdong　Tel: +86 757 8223 6011
""")

ll("univ-menu-half-zh", """
Zhongyuan University of Finance and Economics ({D:中原财经大学})
Home | {L:学校概况} | Academics | {L:师资队伍} | Research | {L:招生就业} | International | {L:信息公开}

International Cooperation and Exchange Office

Welcome
The International Cooperation and Exchange Office is responsible for the university's foreign affairs, cooperation with universities abroad, international student affairs, and the recruitment of foreign experts. We currently have partnership agreements with 96 universities in 32 countries and regions.

What We Do
Student exchange: each year more than 300 of our students study abroad for a semester or a year, and we receive about 450 exchange students.
Joint programs: we run joint bachelor's programs in accounting and finance with universities in the United Kingdom, Australia and Canada.
Foreign experts: we employ about 60 long-term foreign teachers and invite more than 100 visiting scholars every year.

News
2026-11-30　Delegation from University of Aberdeen Visits Our University
2026-11-21　{L:我校举办第十届国际文化节}
2026-11-09　Information Session on 2027 Summer Programs in Japan and Korea

Contact Us
Office hours: Monday to Friday, 8:30–12:00, 14:30–17:30
Address: Room 301, International Exchange Center, 80 Wenhua Road, Zhengzhou
Tel: +86 371 6351 2200　Email: ico@zyufe.edu.cn

{L:友情链接}：Ministry of Education | China Scholarship Council | Study in China
Copyright © Zhongyuan University of Finance and Economics　{D:豫ICP备05001122号}
""")

ll("doctor-profile-fields", """
Qianjiang Women and Children's Hospital
Home > Find a Doctor > Pediatrics

Dr. Sun Yufang ({D:孙玉芳})

Title: Chief Physician, Professor, Doctoral Supervisor
Department: Pediatric Respiratory Medicine
Languages: Chinese, English
{L:擅长}：{L:儿童哮喘、慢性咳嗽、反复呼吸道感染及过敏性疾病的诊治}
{L:出诊时间}：{L:周二上午（专家门诊），周四全天（特需门诊）}
Registration fee: 50 yuan (expert clinic), 300 yuan (special needs clinic)

Profile
Dr. Sun graduated from the Medical College of Zhejiang University in 1995 and received her doctorate in pediatrics in 2004. From 2009 to 2010 she was a visiting scholar at a children's hospital in Melbourne, Australia. She has been engaged in the clinical work, teaching and research of pediatric respiratory diseases for more than 30 years.

She is currently vice chairman of the Pediatric Respiratory Group of the Provincial Medical Association. {L:主持国家自然科学基金项目2项，发表SCI论文30余篇。}

Patients Say
"Dr. Sun explained my daughter's asthma plan very clearly, in English, and the treatment has worked well." (a parent, October 2026)
"She listened patiently and did not prescribe antibiotics we did not need." (a parent, August 2026)

Other doctors in this department
Dr. Hu Jian, Associate Chief Physician: pediatric bronchoscopy, pneumonia
Dr. Ye Min, Attending Physician: allergy testing, allergic rhinitis in children

Book an appointment: Hospital app / WeChat service account / Phone 0571-8712 0000
Note: The doctor's schedule may change; please check the latest information before your visit.
""")

ll("product-spec-labels", """
Lianda Robotics
Home | Products | Industries | Service | About | Contact

Products > Collaborative Robots > LD-C10

LD-C10 Collaborative Robot

The LD-C10 is a six-axis collaborative robot for machine tending, assembly, screw driving and packaging. It can work safely alongside people without a fence, and can be programmed by dragging the arm by hand or on a tablet.

Specifications
Payload: 10 kg
Reach: 1,300 mm
Repeatability: ±0.03 mm
{L:自由度}：6
{L:最大关节速度}：180°/s
Tool speed: 2 m/s
{L:防护等级}：IP54
Weight: 38 kg
Power supply: 100–240 V AC, 50–60 Hz
{L:典型功耗}：350 W
Communication: TCP/IP, Modbus, Profinet, EtherCAT
{L:安装方式}：{L:地装、吊装、侧装}
Operating temperature: 0–45 °C

Safety
Collision detection with 10 adjustable levels of sensitivity, speed and separation monitoring, and safety functions certified to ISO 10218-1 and ISO/TS 15066.

Typical Applications
CNC machine loading, palletizing of cartons up to 8 kg, gluing, polishing and quality inspection with a camera.

What's in the Box
Robot arm, control box, teach pendant (10-inch tablet), 5 m cable, emergency stop button, mounting bolts and a quick start guide in English and Chinese.

Service
Two-year warranty on the arm and control box. Our engineers in Suzhou, Shenzhen and Chongqing provide on-site installation and training within 48 hours.

Request a quote | Download datasheet (PDF) | Book a demo
Lianda Robotics Co., Ltd.　Suzhou Industrial Park　Tel: +86 512 6530 8800
""")

ll("museum-booking-notice", """
Heluo Museum
Home | About | Visit | Exhibitions | Collections | Education | Notices

Home > Notices

Notice on Reservation Arrangements During the 2027 Winter Holiday and Spring Festival
Release time: 2026-12-02　Views: 2315

In order to provide visitors with a better visiting experience and ensure the safety of visitors and cultural relics, the museum will implement the following reservation arrangements from January 10 to February 28, 2027:

1. Reservation channels. Individual visitors can make reservations through the museum's WeChat official account or official website, starting seven days in advance. Each ID document can be used for one reservation per day, and each account can reserve for up to five people.

2. Time periods. Each day is divided into a morning period (9:00–12:00) and an afternoon period (12:00–17:00). The maximum number of visitors per period is 6,000. Please enter within your reserved period.

3. Group visitors. {L:团体观众（10人以上）须提前3天通过官方网站提交团队预约申请，每个团队不超过30人，讲解服务需另行预约。}

4. Special groups. Elderly people over 65, active servicemen and people with disabilities may enter through the green channel with valid documents without a reservation. Children under 1.2 meters must be accompanied by an adult.

5. Spring Festival opening. The museum will be closed on New Year's Eve (February 5) and open as usual from the first day of the new year, {L:正月初一至初七每日延长开放至19:00}。

{L:如遇突发情况需调整开放安排，本馆将另行通知。敬请广大观众理解和支持。}

{L:特此公告。}

Heluo Museum
December 2, 2026

Consultation telephone: 0379-6393 0001 (9:00–17:00)
""")

ll("faculty-recruitment", """
Hainan Ocean University · Human Resources Department
Home > Recruitment > Faculty Positions

2027 Recruitment of High-Level Talents for the School of Marine Science
Release date: 2026-11-15　Deadline: open until filled　Views: 1,204

The School of Marine Science of Hainan Ocean University was established in 2003. It has three undergraduate majors, one first-level discipline doctoral program and a provincial key laboratory of tropical marine ecology. In order to strengthen the construction of the teaching staff, the school now recruits high-level talents at home and abroad.

I. {L:招聘岗位}
Professors and associate professors in marine ecology, physical oceanography, marine biotechnology and marine remote sensing; postdoctoral researchers in coral reef restoration.

II. {L:岗位职责}
1. Undertake undergraduate and postgraduate teaching tasks, and teach at least one course in English.
2. Apply for and carry out national and provincial scientific research projects.
3. {L:指导研究生，协助学院开展学科建设和团队建设}。
4. Participate in the university's international cooperation and scientific survey voyages in the South China Sea.

III. {L:任职要求}
1. A doctoral degree from a well-known university or research institute at home or abroad, generally not older than 45 years (professors may be relaxed to 50).
2. {L:具有良好的学术道德和团队合作精神，身体健康}。
3. Candidates for professor should have presided over national-level research projects and published high-level papers as first or corresponding author.

IV. Salary and Benefits
1. An annual salary of 400,000 to 800,000 yuan, negotiable for outstanding talents.
2. A housing subsidy of up to 1.5 million yuan and a transitional apartment on campus.
3. {L:提供科研启动经费50万元至300万元}。
4. Assistance with spouse employment and children's schooling.

V. Application
Please send your CV, a list of publications and a research plan to hr-marine@hnou.edu.cn, with the subject line "Name + Position + Discipline".

Contact: Ms. Li　Tel: +86 898 6618 3021
""")

ll("exhibitor-list-bilingual", """
China Yiwu International Commodities Fair 2027
Home | Exhibitors | Buyers | Online Fair | News | Contact

Exhibitor Directory › Search results for "kitchen" (5 exhibitors)

Zhejiang Hongda Household Products Co., Ltd. ({D:浙江宏达日用品有限公司})
Booth: C2-105　Products: silicone kitchen utensils, food storage boxes, lunch boxes
Founded in 2004, the company has 300 employees and two production bases. Its products are exported to more than 60 countries and have passed LFGB and FDA tests.

Yiwu Meijia Kitchenware Factory ({D:义乌美佳厨具厂})
Booth: C2-118　Products: stainless steel cookware, knives, kitchen gadgets
{L:公司专业生产不锈钢锅具、刀具及厨房小工具，拥有自营进出口权，产品远销欧美、中东等地区，欢迎新老客户来电洽谈。}

Jinhua Lvsen Bamboo Products Co., Ltd. ({D:金华绿森竹制品有限公司})
Booth: C3-021　Products: bamboo cutting boards, serving trays, chopsticks
We use FSC-certified bamboo from Anji and offer custom laser engraving with your logo. Sample delivery within 7 days.

Taizhou Ruifeng Plastic Co., Ltd.
Booth: C3-040　Products: plastic containers, spice racks, drain baskets
Our factory has 120 injection molding machines and can accept small orders of mixed colors.

Yongkang Tianli Hardware Co., Ltd. ({D:永康天力五金有限公司})
Booth: C3-066　Products: pressure cookers, frying pans, kettles
The company was established in 1998 and specializes in aluminum and stainless steel cookware, {L:年产各类锅具300万只}，with BSCI and ISO 9001 certification.

Showing 1–5 of 5 · Add to my list · Request a meeting
Organizer: Yiwu China Commodity City Exhibition Co., Ltd.　Hotline: 0579-8541 5888
""")

ll("policy-qa-one-answer", """
Jiangcheng Municipal Human Resources and Social Security Bureau
Home | Institutional Overview | Policies and Regulations | {L:政策解读} | Online Services | Public Notices

{L:当前位置}：Home > {L:政策解读}

Questions and Answers on the "Measures for Housing Subsidies for Newly Introduced Talents in Jiangcheng"
Release date: 2026-11-22　Source: Talent Development Division

Recently, the municipal government issued the Measures for Housing Subsidies for Newly Introduced Talents in Jiangcheng, which will come into force on January 1, 2027. In order to help applicants understand the policy, we have sorted out the main questions and answers as follows.

Q1: Who can apply for the housing subsidy?
A: Full-time graduates with a bachelor's degree or above who are under 35 years old (under 40 for doctors), who signed a labor contract of more than one year with an employer in the city after January 1, 2026, and who have no housing of their own in the city.

Q2: What are the subsidy standards?
A: Doctors receive 3,000 yuan per month, masters 2,000 yuan and bachelors 1,200 yuan, for a maximum of 36 months. Those who buy their first home in the city can instead receive a one-time purchase subsidy of up to 200,000 yuan.

Q3: How do I apply?
A: {L:符合条件的人才可登录“江城人才”微信小程序，在线填写申请表并上传学历证书、劳动合同、社保缴纳证明等材料，经用人单位审核后提交至所在区人社部门。}

Q4: When will the subsidy be paid?
A: Subsidies are paid quarterly, in the first month of each quarter, directly to the applicant's bank card. Those who leave the city or stop paying social insurance will no longer receive the subsidy from the following month.

Related documents: Original text of the Measures | {L:一图读懂} | Application Form Download

Consultation telephone: 0717-12333
""")

ll("health-article-captions", """
Donggang People's Hospital
Home | Hospital Overview | Medical Guide | Departments | Health Education | News | Contact

Health Education > Winter Health

Five Tips for Older Adults to Prevent Falls in Winter
2026-12-03　Department of Rehabilitation Medicine

In winter, roads are slippery, clothes are heavy and daylight hours are short, and falls among older adults increase significantly. Falls are the leading cause of injury-related death among people over 65 in China. Experts from our rehabilitation department remind older adults and their families to pay attention to the following points.

1. Keep active. Moderate exercise such as walking, tai chi and simple strength training improves muscle strength and balance.

[Image] {L:图为我院康复医学科治疗师指导老人进行平衡训练}

2. Make the home safe. Keep floors dry, install grab bars in the bathroom and a night light on the way to the toilet, and remove loose rugs and clutter from walkways.

3. Wear the right shoes. Choose shoes with non-slip soles that fit well. Avoid walking in slippers or socks.

4. Check your medicines. Some sleeping pills, blood pressure drugs and sedatives can cause dizziness. Ask your doctor to review your medicines regularly.

[Image] Nurses check the blood pressure of residents at a community health fair.

5. Get up slowly. After waking up, lie in bed for half a minute, sit for half a minute and stand for half a minute before walking.

[Image] {L:图为护理部在社区开展防跌倒健康讲座现场}

If an older adult falls, do not help them up in a hurry. First check whether they are conscious and whether they have pain, then call 120 if necessary.

Author: Department of Rehabilitation Medicine　Reviewer: Nursing Department
""")

ll("forum-agenda-items", """
2026 China–Central Asia Agricultural Cooperation Forum
Home | About the Forum | Agenda | Speakers | Registration | Venue | Contact

Agenda · Tuesday, December 8, 2026 · Xinjiang International Convention and Exhibition Center

Opening Ceremony (Hall A)
Moderator: {L:王建新}, Deputy Secretary-General of the Regional People's Government
09:00–09:30　Registration and seating
09:30–09:50　Opening speeches by leaders of the ministries of agriculture of China and the five Central Asian countries
09:50–10:30　Keynote speech: "Water-Saving Agriculture and Food Security in Arid Regions"
10:30–10:45　{L:茶歇及合影}
10:45–11:30　Signing ceremony for cooperation projects
11:30–12:00　Release of the Report on China–Central Asia Agricultural Trade (2026)
12:00–13:30　{L:午餐（会展中心二楼自助餐厅）}

Parallel Sessions (afternoon)
Session 1 (Room B1): Cotton and Textile Industry Chain. Moderator: Professor Aziz Rahimov, Tashkent State Agrarian University
Session 2 (Room B2): Fruit and Vegetable Trade and Cold Chain Logistics. Moderator: {L:李红梅}
Session 3 (Room B3): Agricultural Science and Technology Parks and Training

14:00–15:30　Parallel sessions, first part
15:30–15:45　Tea break
15:45–17:00　Parallel sessions, second part
17:00–17:30　Closing session and summary of the sessions (Hall A)
17:30　{L:会议结束，统一乘车返回酒店}

Simultaneous interpretation in Chinese, Russian and English will be provided in Hall A and Room B1.
Forum Secretariat: +86 991 8500 2266　forum@ca-agri2026.org.cn
""")

ll("tender-announcement", """
Jiangxi Public Resources Trading Network
Home | Trading Information | Government Procurement | Engineering Construction | Policy | Service Guide

Government Procurement > Tender Announcements

Open Tender Announcement for the Medical Imaging Equipment Procurement Project of the First People's Hospital
Release time: 2026-12-01 16:20　Views: 389

{L:项目编号}：JXCG-2026-1187
Project name: Procurement of One 1.5T Magnetic Resonance Imaging System and One 64-Slice CT Scanner
{L:采购人：南昌市第一人民医院}
{L:采购代理机构：江西华信招标咨询有限公司}
Budget amount: 18.6 million yuan (the maximum price is the same as the budget)
Procurement method: open tender
Whether to accept consortium bids: no

1. Qualification requirements for bidders
(1) Meet the conditions of Article 22 of the Government Procurement Law;
(2) Hold a valid Medical Device Business License;
(3) {L:未被列入“信用中国”网站失信被执行人、重大税收违法案件当事人名单}。

2. Obtaining the tender documents
Time: December 2, 2026 to December 9, 2026, 9:00–17:00 every day (except holidays)
Method: download from this website after registration; the documents are free of charge.

3. Bid submission and opening
{L:投标截止时间}：December 25, 2026, 9:30 (Beijing time)
Location: Bid Opening Room 3, 5th Floor, Public Resources Trading Center, 1669 Fenghe Middle Avenue

4. Contact information
{L:联系人：刘工　联系电话}：0791-8612 3345
Supervision department: Nanchang Municipal Finance Bureau　Tel: 0791-8339 0012
""")

ll("alumni-quote-beside-motto", """
Tongji Southern University · Alumni Association
Home | News | Alumni Stories | Chapters | Give | Events

Alumni Stories

From the Lab to the Delta: Zhang Rui (Class of 2008) Builds Clean Water for Half a Million People
2026-11-25　Alumni Association

When Zhang Rui arrived on campus in 2004 as a freshman in environmental engineering, she had never seen a water treatment plant. Eighteen years later, the plants she designed supply drinking water to more than half a million people in the Pearl River Delta.

After graduation she joined a design institute in Guangzhou, where she led the upgrading of six rural water plants and developed a low-cost membrane system for small towns. In 2020 she founded her own company, which now has 140 employees.

Zhang Rui often speaks of the university motto carved on the stone by the library, {D:厚德博学，求是创新}: "great virtue and broad learning, seeking truth and creating the new". "In the lab I learned the second half of the motto," she says. "In the villages I learned the first."

In September she returned to campus to speak at the opening ceremony for the class of 2030. She told the freshmen about the night in 2016 when a flood knocked out a plant she had built and she worked for 40 hours to restore supply. She ended her speech with a sentence that many students later posted online: {L:做工程的人，心里要装着用水的老百姓。}

The hall broke into long applause.

Zhang Rui has set up a scholarship for students from rural areas in the School of Environmental Science and Engineering, {L:每年资助10名家庭经济困难的学生}。

Share your story with us: alumni@tjsu.edu.cn
Tongji Southern University Alumni Association · © 2026
""")

ll("collection-extra-paragraph", """
Xianyang City Museum
Home | Visit | Exhibitions | Collection | Learning | About

Collection > Bronzes > Mirrors

Bronze Mirror with Auspicious Beasts and Grapes ({D:瑞兽葡萄纹铜镜})
Tang dynasty, late 7th to early 8th century
Diameter 16.8 cm, rim thickness 1.5 cm, weight 1,210 g
Grade: first-class cultural relic
On display: Gallery 3, "Splendour of the Tang"

This heavy, round mirror is one of the finest Tang bronzes in our collection. At its center a crouching beast forms the knob. Around it, six lion-like beasts play among twisting grape vines in high relief, and a raised ridge separates them from the outer zone, where birds, butterflies and bees fly among more grapes. The rim is decorated with a band of small clouds.

Grapes were introduced to China from Central Asia, and mirrors with grape decoration became fashionable in the reign of Empress Wu Zetian. They show how the Tang capital, not far from where this mirror was found, welcomed foreign goods and designs.

{L:该镜于1983年出土于城东郊一座唐代砖室墓中，出土时置于墓主头部右侧，镜面仍存光泽。同墓还出土了三彩陶罐和开元通宝钱币。}

The silver-white color of the mirror comes from the high proportion of tin in the bronze, which made the surface hard and easy to polish.

Related objects
Sancai Glazed Pottery Horse · Gilt Bronze Hairpin · Silver Cup with Hunting Scenes

Image rights · Cite this object · Share
Xianyang City Museum · 53 Zhongshan Street, Xianyang · Tel: 029-3321 3015
""")

ll("news-wechat-buttons", """
JIAHE DAIRY
Home | Products | Pastures | Quality | News | Contact

News > Company News

Jiahe Dairy Launches "Green Pasture" Low-Carbon Action
2026-11-28　Jiahe Dairy

On November 26, Jiahe Dairy held the launch ceremony of its "Green Pasture" low-carbon action at its pasture in Horqin, Inner Mongolia. The company announced that it will achieve carbon neutrality in all its own pastures by 2035.

The action includes three parts: converting cow manure into biogas and organic fertilizer, installing photovoltaic panels on the roofs of barns, and planting 20,000 mu of alfalfa and oats to improve the grassland. {L:据悉，该项目总投资2.6亿元，预计2028年全面建成。}

At the ceremony, the company also released its new brand slogan, "{D:每一滴奶，都来自绿色牧场}" ("Every drop of milk comes from a green pasture"), which will appear on all its packaging from next spring.

Jiahe's general manager Meng Qing said that a healthy pasture is the basis of good milk, {L:企业要在绿色发展上走在行业前列}。

The company now has 11 pastures and more than 60,000 dairy cows, and its products are sold in 28 provinces. Representatives of the local government, the Inner Mongolia Dairy Association and several university research teams attended the ceremony and visited the new biogas plant.

{L:阅读原文}　{L:在看} 128　{L:分享}　{L:点赞}

{L:上一篇}：Jiahe Yogurt Wins Gold Award at the World Dairy Innovation Awards
{L:下一篇}：{L:嘉禾乳业2026年校园招聘正式启动}

Copyright © 2026 Jiahe Dairy Co., Ltd.　Service hotline: 400-880-6677
""")

ll("water-outage-areas", """
Pingshan Water Supply Group Co., Ltd.
Home | About Us | Water Service | Notices | Water Quality | Contact

Notices > Water Outage Notices

Notice on the Temporary Suspension of Water Supply in Parts of Xicheng District
Release date: 2026-12-04　Views: 5,862

Dear customers,

Due to the connection of the new DN800 water main on Jianshe Road, our company will suspend water supply in some areas of Xicheng District from 22:00 on December 10 to 8:00 on December 11, 2026. The details are as follows:

Areas with suspended water supply:
1. {L:滨江路以东、解放路以南、建设路以西的区域}
2. Qinghe Garden, Jinxiu Huacheng, Yuehu Community and Xicheng No. 2 Middle School
3. {L:市人民医院（西院区）及周边沿街商铺}

Areas with reduced water pressure:
Residential communities along Heping Road and Xinhua Road, including the high floors of Xinhua Building.

{L:温馨提示}：{L:请受影响的用户提前做好储水准备，停水期间请关闭水龙头，以免恢复供水时造成浪费或损失。}

If the construction goes smoothly, water supply may be restored in advance. When the supply resumes, the water may be slightly turbid for a short time; please let the tap run for a few minutes before use.

Customers who use water for medical, production or other special purposes should contact our service center in advance so that temporary water supply by tanker can be arranged.

We apologize for the inconvenience and thank you for your understanding and support.

Service hotline: 96166 (24 hours)

Pingshan Water Supply Group Co., Ltd.
December 4, 2026
""")

if __name__ == "__main__":
    SET.build()
