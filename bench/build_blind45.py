"""Build bench/sets/detect45-*.jsonl: a held-out, hand-written detection set ("detect45").

Theme: government documents and public notices.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a police sub-bureau's
accommodation-registration reminder with every paragraph in Chinese and then in English, a tax
bureau notice for foreign employees with each English paragraph followed by its Chinese, a visa
FAQ glossing permit types and counter words inline, a health centre's vaccination notice as a
two-language table, a guide to the boxes of a Chinese-only application form, a law-firm briefing
whose body names laws in English and whose notes give their Chinese titles, a scenic area's guide
to trail signs, a tourism bureau's place-name guide where most names are explained only by
pinyin, a consulate page with taxi addresses and office names in both languages, a printable
bilingual emergency card, an explainer on the parts of an official notice (document number,
addressees, 特此通知, 附件, 抄送 and the publicity note, each explained), a waste-sorting poster,
a weather-warning glossary with a sample alert, an embassy's holiday table with Chinese names and
pinyin, an article on the fields of the permanent resident card, a page decoding exit-entry text
messages, a service-hall floor guide, a government portal home page whose only Chinese is the
logo, a `中文` link and ICP/public-security record numbers, a driving-licence guide with a later
"for the counter" list of Chinese document names, an enrolment notice with English and Chinese
lines alternating, a forestry bureau's Tree Planting Day call quoting Guanzi with a translation,
and a marriage-registration checklist.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
regulations whose chapter headings, article numbers 第一条… and final article stay Chinese, a
notice whose attachment list has two untranslated items, a wage notice ending with the issuing
office, date and 抄送 line in Chinese, a commitment-letter template with Chinese signature and date
lines and a publicity note, a job-fair notice with Chinese contact lines, a registration fee table
with Chinese cells, implementation rules with one untranslated section, a heating notice with
Chinese clauses glued on by a comma, a policy explainer with a Chinese footnote, a gas-safety
notice closing with 特此通知, a call for public comments whose submission notes and deadline stay
Chinese, a subsidy guide with two untranslated steps and a Chinese footer credit, a portal article
with a Chinese toolbar, view counter and QR caption, a tender announcement with Chinese field
values, a water-outage notice listing two affected areas in Chinese, a policy Q&A with 问/答 labels
and one Chinese answer, a penalty decision with a Chinese document number and remedies paragraph,
a press-conference transcript with one untranslated answer passage, a recruitment position table
with Chinese cells, an HPV vaccination notice with an untranslated reminder box, a general office
notice whose document number and addressee line stay Chinese, and an award publicity list with two
Chinese unit names and an untranslated objection rule. Deliberate Chinese on those pages (a `中文`
link, an ICP number, a company or law name given with its English, a clinic sign translated in
place) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the
first 70 and last 30 lines of build_blind25.py as a model of the file format were read), and
mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind45.py` from the repository root; it rewrites
bench/sets/detect45-deliberate.jsonl (ids d45d-NN) and bench/sets/detect45-leftovers.jsonl
(ids d45l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect45", chars=(900, 4500), lines=(8, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("residence-registration-zh-en", """
Xihu District Sub-bureau, Hangzhou Public Security Bureau | Home | Services | Notices | {D:中文}

{D:关于境外人员办理住宿登记的温馨提示}
A Reminder on Accommodation Registration for Foreign Nationals

{D:各位在杭外籍朋友：}
Dear foreign friends living in Hangzhou,

{D:根据《中华人民共和国出境入境管理法》第三十九条的规定，外国人在旅馆以外的其他住所居住或者住宿的，应当在入住后二十四小时内，由本人或者留宿人向居住地的公安机关办理登记。}
Under Article 39 of the Exit and Entry Administration Law of the People's Republic of China, a foreign national who lives or stays anywhere other than a hotel must be registered with the local public security authority within 24 hours of moving in. The registration may be made by the foreign national or by the person providing the accommodation.

{D:办理时请携带本人护照、有效签证或居留许可，以及房屋租赁合同或房主的身份证明。}
Please bring your passport, your valid visa or residence permit, and either your tenancy agreement or the landlord's proof of identity.

{D:您也可以通过“境外人员住宿登记”微信小程序在线申报，无需前往派出所。}
You may also register online through the "Accommodation Registration for Foreigners" WeChat mini-program, without going to the police station.

{D:搬家、延长居留期限或者更换护照后，请重新办理登记。}
If you move house, extend your stay or get a new passport, please register again.

{D:未按规定办理住宿登记的，将依法给予警告，可以并处二千元以下罚款。}
Failure to register as required may lead to a warning and a fine of up to 2,000 yuan.

{D:咨询电话：0571-87280110（工作日8:30—17:00）}
Enquiries: 0571-8728 0110 (working days, 8:30 a.m. to 5:00 p.m.)

{D:杭州市公安局西湖区分局出入境管理大队}
Exit-Entry Administration Brigade, Xihu District Sub-bureau, Hangzhou Public Security Bureau
{D:2026年11月}
November 2026
""")

dd("tax-notice-en-then-zh", """
Shenzhen Tax Service, State Taxation Administration | International Taxpayers
Home > Taxpayer Services > Foreign Individuals > Notices          {D:中文版}

2026 Annual Individual Income Tax Reconciliation: What Foreign Employees Need to Know

Foreign individuals who were resident taxpayers in 2026, and whose tax prepaid during the year differs from the tax actually payable, should complete the annual reconciliation between March 1 and June 30, 2027.
{D:2026年度为居民个人的外籍人员，年度内已预缴税额与年度应纳税额不一致的，应当于2027年3月1日至6月30日办理年度汇算。}

You are a resident individual if you have a domicile in China, or if you have no domicile but stayed in China for a total of 183 days or more in the tax year.
{D:在中国境内有住所，或者无住所而一个纳税年度内在中国境内居住累计满一百八十三天的个人，为居民个人。}

You do not need to pay the difference if your comprehensive income for the year is no more than 120,000 yuan, or if the extra tax due is no more than 400 yuan. If you have overpaid, you may still claim a refund.
{D:年度综合所得收入不超过12万元，或者年度汇算需补税金额不超过400元的，无需补税；已预缴税额大于应纳税额的，可以申请退税。}

Foreign individuals may choose either the tax-exempt treatment of housing, language training and children's education allowances, or the special additional deductions. Once made, the choice cannot be changed within the same tax year.
{D:外籍个人可以选择享受住房补贴、语言训练费、子女教育费等津补贴免税优惠政策，也可以选择享受专项附加扣除，一经选择，在一个纳税年度内不得变更。}

You may file through the Individual Income Tax app, which has an English interface, or at any tax service hall. Please bring your passport and your work permit.
{D:纳税人可以通过个人所得税App（提供英文界面）办理，也可以到任一办税服务厅办理，请携带护照和工作许可证件。}

Tax service hotline: 12366 (English service available on request)
{D:纳税服务热线：12366（可提供英语服务）}

Shenzhen Tax Service, State Taxation Administration | Privacy | Accessibility | Site Map
""")

dd("visa-faq-inline-terms", """
Shanghai Exit-Entry Administration Bureau | English Service
Home | Visas and Permits | FAQ | Contact

Frequently Asked Questions: Extending Your Stay in Shanghai

Q1. My visa expires next week. Can I extend it here?
Yes. Apply for a visa extension ({D:签证延期}, qianzheng yanqi) at an exit-entry reception hall no later than seven days before your permitted stay ends. You will need to give a reason, such as medical treatment, a family emergency or unfinished business, and the extension is normally no longer than the stay first granted.

Q2. What is the difference between a visa and a residence permit?
A visa is issued abroad and lets you enter China. A residence permit ({D:居留许可}) is issued in China and lets you live here for a longer period. Residence permits come in five types: work ({D:工作类}), study ({D:学习类}), family reunion ({D:团聚类}), private affairs ({D:私人事务类}) and journalism ({D:记者类}).

Q3. Where is the main reception hall?
At 1500 Minsheng Road, Pudong New Area. For a taxi, show the driver this line: {D:浦东新区民生路1500号}. The sign above the entrance reads {D:出入境接待大厅}, "Exit-Entry Reception Hall".

Q4. How long does it take?
Usually seven working days. Your passport stays with us and you receive an acceptance receipt ({D:受理回执}). Carry the receipt with you: while your application is being processed it serves as proof of your identity and legal stay.

Q5. What is a photo receipt?
When an approved photo studio takes your picture, it uploads the image and gives you a digital photo receipt ({D:数码照片回执}) with a code. The officer at the counter enters this code instead of taking paper photos.

Q6. I stayed one day too long. What happens?
Staying after your permit has expired is illegal stay ({D:非法居留}). The fine is 500 yuan for each day, up to a total of 10,000 yuan, and serious cases may lead to detention. Come to a reception hall as soon as possible and explain your situation.

National Immigration Administration service hotline: 12367 (English available)
Shanghai Exit-Entry Administration Bureau | Terms of Use | Privacy
""")

dd("vaccination-bilingual-table", """
Jinqiao Community Health Service Centre, Pudong | Public Health Notices

{D:免费接种流感疫苗的通知}
Free Influenza Vaccination for Residents Aged 60 and Over

Foreign residents who live in the Jinqiao area are welcome. The details below are given in both languages so that you can show this page at the registration desk.

| {D:项目} Item | {D:内容} Details |
|---|---|
| {D:接种对象} Who | {D:本社区60周岁及以上常住居民，含持有居留许可的外籍人士} Residents of this community aged 60 or over, including foreign nationals holding a residence permit |
| {D:接种时间} When | {D:2026年10月8日至12月31日，周一至周五上午8:00—11:30} October 8 to December 31, 2026, Monday to Friday, 8:00-11:30 a.m. |
| {D:接种地点} Where | {D:中心二楼预防接种门诊} Vaccination clinic, second floor of the centre |
| {D:费用} Cost | {D:免费} Free of charge |
| {D:携带证件} What to bring | {D:身份证或护照、医保卡} Identity card or passport; medical insurance card |
| {D:注意事项} Please note | {D:发热或患急性疾病期间请暂缓接种} If you have a fever or an acute illness, please wait until you have recovered |

After the injection, please stay for 30 minutes in the observation area, marked {D:留观区} on the wall, so that our nurses can watch for any reaction. If you feel unwell after you get home, call the centre or dial 120.

Address: 1288 Jinqiao Road, Pudong New Area, Shanghai
{D:地址：上海市浦东新区金桥路1288号}
Telephone: 021-5899 0000

Jinqiao Community Health Service Centre | Updated September 28, 2026
""")

dd("form-field-guide", """
Qingdao International Talent Service Centre
Guides > Forms > Visa and Residence Permit Application Form

How to Fill In the Visa and Residence Permit Application Form
{D:外国人签证证件申请表}

The printed form has labels in Chinese only. Match each box on your copy with the numbered notes below. Write in block capitals or in Chinese, in black ink, and leave any box that does not apply to you empty.

1. {D:英文姓} - surname, exactly as it appears in the machine-readable zone of your passport.
2. {D:英文名} - given names, in the same order as in your passport.
3. {D:中文姓名} - your Chinese name, only if you have one that appears on a previous Chinese visa or permit.
4. {D:性别} - sex: tick {D:男} for male or {D:女} for female.
5. {D:出生日期} - date of birth, written year, month, day, e.g. 1990-07-15.
6. {D:国籍} - nationality, as shown in your passport.
7. {D:护照号码} - passport number. If you hold two passports, use the one you entered China with.
8. {D:在华住址} - your current address in China, including the room number. It must match your accommodation registration.
9. {D:工作单位或学习单位} - the full name of your employer or school.
10. {D:申请事由} - the purpose of the application, for instance a work permit renewal or a change of employer.
11. {D:申请人签名} - your signature. Sign inside the box; a signature that touches the border may be rejected.
12. {D:填表日期} - the date on which you sign the form.

The boxes under the heading {D:以下由受理机关填写} ("to be completed by the receiving authority") are for the officer. Do not write in them.

Questions? Call our service desk at 0532-8099 1234 (weekdays, 9:00-17:00).
Qingdao International Talent Service Centre | Contact | Privacy
""")

dd("law-titles-footnotes", """
Harbour & Lin LLP | Client Briefing | China Practice
December 2026

Moving Personal Data Out of China: A Short Guide for Foreign-Invested Companies

Since 2021 the rules on personal information in China have been set mainly by the Personal Information Protection Law [1], read together with the Data Security Law [2] and the older Cybersecurity Law [3]. Companies set up under the Foreign Investment Law [4] are subject to these laws in the same way as domestic companies; there is no separate regime for foreign investors.

When is a security assessment needed?
A company must apply to the Cyberspace Administration for a security assessment before sending personal data abroad if it processes the personal information of a very large number of people, or if the data includes important data. The thresholds are set out in the Measures for the Security Assessment of Outbound Data Transfers [5] and have been relaxed by later provisions. Smaller transfers can usually rely on a standard contract filed with the provincial authority, or on certification.

What about employees' data?
Where a transfer is necessary for human-resources management under an employment contract, the later provisions exempt it from the assessment. The employment relationship itself is governed by the Labour Contract Law [6], and general questions of consent and privacy fall under the Civil Code [7].

Our advice
Map what data you send abroad, keep records of consent, and review your intra-group agreements once a year. Regulators have become more active, and fines under the Personal Information Protection Law can reach 50 million yuan or five per cent of the previous year's turnover.

Notes
[1] {D:《中华人民共和国个人信息保护法》}, adopted 20 August 2021, in force 1 November 2021.
[2] {D:《中华人民共和国数据安全法》}, adopted 10 June 2021, in force 1 September 2021.
[3] {D:《中华人民共和国网络安全法》}, adopted 7 November 2016, in force 1 June 2017.
[4] {D:《中华人民共和国外商投资法》}, adopted 15 March 2019, in force 1 January 2020.
[5] {D:《数据出境安全评估办法》}, issued by the Cyberspace Administration of China, in force 1 September 2022.
[6] {D:《中华人民共和国劳动合同法》}, adopted 29 June 2007, in force 1 January 2008.
[7] {D:《中华人民共和国民法典》}, adopted 28 May 2020, in force 1 January 2021.

This briefing is general information and not legal advice. Harbour & Lin LLP, 2026.
""")

dd("scenic-area-signs", """
Huangshan Tourism Bureau | Visit Huangshan | Plan Your Trip | Safety | Contact

Reading the Signs on the Mountain

Most signs in the Huangshan Scenic Area carry English, but many smaller ones, especially on the quieter western trails, are in Chinese only. Here are the ones visitors ask us about most often.

{D:游客中心}
Visitor Centre. There is one at each main gate and at the top of each cableway, with maps, left-luggage lockers and first aid.

{D:索道}
Cableway. You will see it on the signs for the Yungu, Yuping and Taiping cableways. In winter a notice reading {D:停运} next to the name means the line is closed for the day.

{D:观景台}
Viewing platform. Please do not climb over the railings, however tempting the photo.

{D:当心落石}
"Beware of falling rocks." Do not stop in these sections, particularly after rain.

{D:此路不通}
"No through road." The path beyond is closed or does not lead anywhere safe.

{D:请勿投喂}
"Please do not feed the animals." This usually refers to the macaques seen on some of the lower trails.

{D:下山方向}
"Way down the mountain." Follow these arrows if you lose your way at dusk.

{D:严禁烟火}
"Smoking and open flames strictly prohibited." The whole forest is a fire protection zone, and the fine is not small.

At most junctions the brown signposts give distances in kilometres, so even if you cannot read the names, the numbers will tell you how far the next shelter is.

Mountain rescue: 0559-556 1111 | Tourist complaints: 12345
Huangshan Tourism Bureau
""")

dd("place-names-pinyin", """
Xi'an Municipal Culture and Tourism Bureau | Visitor Guide
Explore | Getting Around | Place Names | Events

What the Names Mean: A Short Guide to Xi'an Place Names

Many street signs and metro stations in Xi'an show pinyin under the characters, but pinyin alone does not tell you much. Knowing a few common elements will help you read a map.

Common elements
{D:路} lu, road; {D:街} jie, street; {D:巷} xiang, lane or alley; {D:门} men, gate; {D:塔} ta, pagoda; {D:寺} si, Buddhist temple.

Around the centre
{D:钟楼} Zhonglou: the Bell Tower, at the crossroads in the middle of the walled city.
{D:鼓楼} Gulou: the Drum Tower, a few minutes' walk to the west.
{D:回民街} Huimin Jie: literally "Hui People's Street", the Muslim Quarter behind the Drum Tower, famous for its food stalls.
{D:永宁门} Yongning Men: the South Gate of the city wall. Its name means "Gate of Lasting Peace".
{D:碑林} Beilin: the Forest of Stone Steles, a museum of carved stone tablets just inside the wall.

Further out
{D:大雁塔} Dayan Ta: the Big Wild Goose Pagoda, in the Qujiang district to the south.
{D:小雁塔} Xiaoyan Ta: the Small Wild Goose Pagoda, quieter and set in a shady park.
{D:兵马俑} Bingmayong: the Terracotta Army, about 40 km east of the city in Lintong.
{D:华清宫} Huaqing Gong: the Huaqing Palace hot springs, close to the Terracotta Army.

Tip: metro announcements give station names in Mandarin first and then in English, so listen for the pinyin you have learned here.

Xi'an Municipal Culture and Tourism Bureau | Tourist hotline 12345
""")

dd("consulate-taxi-addresses", """
Consulate General in Chengdu | About Us | Consular Services | Visas | News

Getting Here, and Other Useful Addresses

Many taxi drivers in Chengdu do not read English addresses. Each address below is given in English and in Chinese; show the Chinese line to the driver or paste it into a ride-hailing app.

Consulate General (Consular and Visa Section)
31st Floor, Tower 2, Times Plaza, 18 North Section of Tianfu Avenue, High-tech Zone, Chengdu
{D:成都市高新区天府大道北段18号时代广场2号楼31层}
Say to the driver: {D:请送我到天府大道北段18号时代广场。} (Please take me to Times Plaza, 18 North Section of Tianfu Avenue.)
Opening hours: Monday to Friday, 9:00-12:00, by appointment only.

Exit-Entry Administration Bureau of the Chengdu Public Security Bureau (visa extensions, residence permits)
{D:成都市公安局出入境管理局}
Address: 2 Wenwu Road, Qingyang District
{D:青羊区文武路2号}

Foreign Affairs Office of the Sichuan Provincial People's Government (legalisation of documents)
{D:四川省人民政府外事办公室}
Address: 88 Dongfeng Road, Jinjiang District
{D:锦江区东风路88号}

West China Hospital of Sichuan University (24-hour emergency department)
{D:四川大学华西医院急诊科}
Address: 37 Guoxue Alley, Wuhou District
{D:武侯区国学巷37号}

Chengdu Tianfu International Airport, Terminal 1 departures
{D:天府国际机场T1航站楼出发层}

If you are arrested or detained, ask the police to inform the consulate. You can write this sentence for them: {D:请通知我国驻成都总领事馆。} ("Please notify my country's Consulate General in Chengdu.")

Emergency line for citizens (24 hours): +86 28 6510 0000
""")

dd("emergency-card-bilingual", """
Foreign Affairs Office of Kunming Municipal People's Government
Services for Foreigners > Safety > Bilingual Emergency Card

Print this card, fold it in half and keep it in your wallet. In an emergency, point to the Chinese next to what you need.

EMERGENCY NUMBERS | {D:紧急电话}
Police | {D:报警} 110
Fire | {D:火警} 119
Ambulance | {D:急救} 120
Traffic accident | {D:交通事故} 122

WHAT I NEED | {D:我需要}
Please help me. | {D:请帮帮我。}
I don't speak Chinese. | {D:我不会说中文。}
Please call an ambulance for me. | {D:请帮我叫救护车。}
Please call the police for me. | {D:请帮我报警。}
Please take me to the nearest hospital. | {D:请送我去最近的医院。}
I have lost my passport. | {D:我的护照丢了。}
I am allergic to penicillin. | {D:我对青霉素过敏。}
Please call my emergency contact. | {D:请联系我的紧急联系人。}

ABOUT ME | {D:我的信息}
Name | {D:姓名}: ______________
Nationality | {D:国籍}: ______________
Blood type | {D:血型}: ______________
Address in Kunming | {D:在昆明的住址}: ______________
Emergency contact and phone | {D:紧急联系人及电话}: ______________

When you call 110, 119 or 120, stay calm and say "English" clearly; the operator can bring in an interpreter for many languages. Our 24-hour helpline for foreigners is 0871-6316 0000.

Foreign Affairs Office of Kunming Municipal People's Government | Last reviewed October 2026
""")

dd("official-document-anatomy", """
Suzhou Industrial Park International Services | Blog
Living & Working | Business | Blog | Contact

How to Read a Chinese Government Notice, Line by Line

Sooner or later your company will receive a notice from a government department. They all follow the same national standard for official documents, so once you know the parts, you can find the important information quickly, even before a translation arrives.

1. The red header
At the top, in large red characters, is the name of the issuing authority followed by the word for "document", for example {D:苏州市人民政府文件}, "Document of the Suzhou Municipal People's Government". This is why such papers are popularly called {D:红头文件}, "red-header documents".

2. The document number
Under the header, a line such as {D:苏府〔2026〕58号} gives the issuing authority's abbreviation, the year in hexagonal brackets and the serial number: Su Fu [2026] No. 58.

3. The title
Titles almost always take the form {D:关于……的通知}, "Notice on ...", or {D:关于……的意见}, "Opinions on ...". The subject sits between the two fixed parts.

4. The addressees
The first line of the text lists who the notice is addressed to and ends with a full-width colon, for example {D:各市、区人民政府，市各委办局：}, "To the people's governments of all county-level cities and districts, and to all municipal departments:".

5. The closing formula
Many notices end with a fixed sentence: {D:特此通知。} means "This notice is hereby issued." In public announcements you will see {D:特此公告。} instead.

6. Attachments, date and seal
Attachments are listed after the text under {D:附件：} ("Attachments:"). The date is written out in full, such as {D:2026年12月1日}, and the red seal of the issuing authority is stamped over it.

7. Distribution notes
At the bottom, {D:抄送：} means "copied to:", and {D:（此件公开发布）} means "(This document is released to the public.)". Documents marked {D:（此件不予公开）} are not for publication.

If you are unsure whether a notice applies to you, send it to our service desk and we will summarise it for you in English within two working days.

SIP International Services, 2026
""")

dd("waste-sorting-poster", """
{D:虹桥街道古北居民区} | Gubei Residential Area, Hongqiao Subdistrict
Residents' Committee Notice Board

{D:生活垃圾分类投放指南}
How to Sort Your Household Waste

Shanghai's rules require every household to sort its rubbish into four kinds. The bins in our compound are colour-coded and labelled in Chinese; this guide tells you which is which.

BLUE: {D:可回收物}
Recyclables: paper and cardboard, plastic bottles, glass, metal cans, old clothes. Please flatten boxes and rinse bottles.

RED: {D:有害垃圾}
Hazardous waste: batteries, fluorescent tubes, expired medicines, paint tins, mercury thermometers.

BROWN: {D:湿垃圾}
Wet waste, that is, food waste: leftovers, fruit peel, vegetable scraps, tea leaves, eggshells. Tip the food out and put the empty bag in the black bin.

BLACK: {D:干垃圾}
Dry waste, meaning everything else: used tissues, nappies, cigarette ends, broken ceramics, dust.

{D:定时定点投放}
Put your rubbish out at the set times and places: the sorting station next to Building 12 is open from 7:00 to 9:00 and from 18:00 to 20:00 every day. Large items such as furniture must be booked in advance with the property office.

Volunteers at the station are happy to help, and if you cannot remember a word, just hold up the item. Individuals who repeatedly refuse to sort can be fined up to 200 yuan.

{D:古北居民区居民委员会}: Gubei Residents' Committee | Tel. 021-6270 0000
""")

dd("weather-warning-glossary", """
Shenzhen Meteorological Bureau | Public Weather Service
Forecasts | Warnings | Typhoon Track | For Foreign Residents

Understanding Weather Warning Signals

Warnings in Shenzhen are graded by colour, from the least to the most serious: {D:蓝色} blue, {D:黄色} yellow, {D:橙色} orange and {D:红色} red. A warning always names the hazard first and the colour second. These are the hazards you are most likely to see:

Hazard on the alert | In English | What to do
{D:台风} | Typhoon | Secure windows and balcony items; at orange or red, stay indoors.
{D:暴雨} | Rainstorm | Avoid underpasses and basements; do not drive through flooded roads.
{D:高温} | Heat | Drink water often and avoid outdoor work between noon and 3 p.m.
{D:大雾} | Fog | Drive slowly with fog lights on; ferries may be suspended.
{D:雷电} | Thunderstorm and lightning | Stay away from open ground, tall trees and water.
{D:寒冷} | Cold | Check on elderly neighbours and keep heaters well ventilated.

An example
A typical text message reads:
{D:深圳市气象台发布暴雨橙色预警信号，请注意防御。}
In English: "The Shenzhen Meteorological Observatory has issued an orange rainstorm warning signal. Please take precautions."

When the warning is lifted, the message will contain the word {D:解除}, which means "cancelled". Schools and many employers follow the official rules on suspending classes and work while a red rainstorm or typhoon signal is in force.

Sign up for English warnings in the "Shenzhen Weather" app, or follow our official account on WeChat.
Shenzhen Meteorological Bureau | Disclaimer | Contact
""")

dd("holiday-closures-table", """
Embassy in Beijing | Consular Section
Home | Services for Citizens | Visas | Notices

Public Holidays and Consular Closures in 2027

The consular section follows Chinese public holidays as well as our own national holidays. The State Council announces the exact dates for each year, usually in the autumn, including the working weekends that make up for extended breaks. Appointments falling on closure days will be moved automatically and you will receive an email.

| Holiday | Chinese name | Pinyin | Closure |
|---|---|---|---|
| New Year's Day | {D:元旦} | Yuandan | 1 day |
| Spring Festival (Lunar New Year) | {D:春节} | Chunjie | 4 working days |
| Tomb-Sweeping Day | {D:清明节} | Qingming Jie | 1 day |
| Labour Day | {D:劳动节} | Laodong Jie | 2 working days |
| Dragon Boat Festival | {D:端午节} | Duanwu Jie | 1 day |
| Mid-Autumn Festival | {D:中秋节} | Zhongqiu Jie | 1 day |
| National Day | {D:国庆节} | Guoqing Jie | 3 working days |

About make-up working days
Chinese holidays are often lengthened by moving working days to a weekend. This practice is called {D:调休} (tiaoxiu). Our consular section does not open on these make-up Saturdays or Sundays, but Chinese government offices, banks and the exit-entry bureau do, so check before you go.

Emergency assistance for citizens is available 24 hours a day, including on all holidays, on +86 10 8532 0000.

Last updated: 30 November 2026
""")

dd("permanent-residence-card-explainer", """
Beijing Foreign Talent Portal | News | Policies | Services | Q&A

What Is Printed on the New Permanent Resident Card

Since December 2023, foreigners granted permanent residence in China have received a redesigned card. Its official name is {D:中华人民共和国外国人永久居留身份证}, the Foreign Permanent Resident ID Card of the People's Republic of China, but almost everyone calls it the {D:五星卡}, wuxing ka, or "five-star card", after the large star pattern on the front.

The front of the card
Each field has a short Chinese label printed before the English one. From top to bottom you will find {D:姓名} (name, in English, and in Chinese if you have a Chinese name), {D:性别} (sex), {D:出生日期} (date of birth), {D:国籍} (nationality, as a three-letter code) and {D:有效期限} (period of validity).

Numbers and issuer
The card also carries the {D:证件号码}, the card number, which has 18 characters and begins with 9, and the {D:签发机关}, the issuing authority, which is always {D:国家移民管理局}, the National Immigration Administration.

Why the number matters
The new number has the same structure as the numbers on Chinese citizens' identity cards. This means it can be entered in online systems for train tickets, hotel check-in and banking that used to reject foreign documents.

Validity
Cards issued to adults are valid for ten years; cards for those under 18 are valid for five years. Your permanent residence status does not end when the card expires, but you should renew the card in good time.

Source: compiled from public information released by the National Immigration Administration.
Beijing Foreign Talent Portal | About | Contact
""")

dd("sms-messages-explained", """
Beijing Municipal Foreign Affairs Office | Living in Beijing
Home > Residence and Visas > Text Messages from the Exit-Entry Bureau

Text Messages You May Receive, and What They Mean

Once you have applied for a residence permit, the exit-entry bureau may contact you by SMS, in Chinese only. Real messages always start with the sender's name in square brackets and never ask you to click a link or pay money.

Message 1: your permit is about to expire
{D:【北京出入境】尊敬的申请人，您的居留许可将于2027年1月15日到期，请于到期前30日内申请延期。}
Meaning: "[Beijing Exit-Entry] Dear applicant, your residence permit will expire on January 15, 2027. Please apply for an extension within the 30 days before it expires."

Message 2: your document is ready
{D:【北京出入境】您的证件已制作完成，请携带受理回执到原受理窗口领取。}
Meaning: "[Beijing Exit-Entry] Your document is ready. Please bring your acceptance receipt and collect it at the counter where you applied."

Message 3: more material is needed
{D:【北京出入境】您的申请材料需补充，请于5个工作日内携带相关材料到受理窗口。}
Meaning: "[Beijing Exit-Entry] Your application needs more material. Please bring the relevant documents to the counter within 5 working days."

A scam to watch for
Fraudsters send messages like {D:您的签证存在异常，请点击链接处理} ("There is a problem with your visa, click the link to deal with it"). The bureau never sends links. Delete such messages and, if you have lost money, call 110.

Beijing Municipal Foreign Affairs Office | Service hotline 12345, English service available
""")

dd("service-hall-floor-guide", """
Guangzhou Government Service Centre | Foreign Investors' Guide
Home | Start a Business | Permits | Floor Guide | Appointments

Floor Guide: Tianhe Service Hall

The windows in the hall are labelled in Chinese. Use this guide to find the right one; the window codes are printed in large letters above each counter.

Ground floor
{D:咨询台}: information desk, just inside the entrance. Staff here speak basic English and will help you take a queue ticket.
{D:取号机}: ticket machines, on the left of the entrance. Choose the service, scan your passport, take the ticket.
{D:自助服务区}: self-service area, with terminals for printing business licences and tax certificates.

First floor
A01-A08 {D:企业开办}: business start-up, covering company registration, seals, invoices and social security registration in one visit.
A09-A12 {D:外资企业服务}: services for foreign-invested enterprises, including investment information reports.
B01-B06 {D:工程建设项目审批}: approval of construction projects.
B07 {D:综合窗口}: general window, for anything not listed elsewhere.

Second floor
C01-C04 {D:外国人来华工作许可}: work permits for foreigners.
C05 {D:人才服务}: talent services, including talent cards and housing subsidies.
C06 {D:邮政寄递}: postal delivery; have your licence or permit posted to you instead of coming back to collect it.

Bring the original and a copy of each document. Most windows close at 12:00 for lunch and reopen at 13:30; the self-service area is open 24 hours a day.

Guangzhou Government Service Centre | Hotline 12345 | Updated November 2026
""")

dd("portal-home-footer", """
{D:中文} | English | 한국어 | Русский          Search | Sitemap | Accessibility

{D:宁波市人民政府}
Ningbo Municipal People's Government

Home | About Ningbo | Government | Invest | Live | Visit | News

Top News
- Ningbo-Zhoushan Port passes last year's container throughput with a month to spare
- New metro line to Fenghua opens for trial operation
- International students invited to the Ningbo Winter Culture Week
- City releases 2027 plan for elderly-friendly housing renovation
More news

Services for Foreigners
Work permits | Residence permits | Driving licences | Schools | Hospitals | 12345 hotline

Investment Guide
Ningbo is one of the manufacturing centres of the Yangtze River Delta. Foreign investors can use the one-stop service at the Ningbo Investment Promotion Centre, where English-speaking staff are on duty every working day.

Living in Ningbo
Find out how to register your address, open a bank account, enrol your children in school and see a doctor, with step-by-step guides updated every month.

Contact Us
Email: english@ningbo.example.gov.cn | Tel. +86 574 8918 0000

Sponsored by the General Office of Ningbo Municipal People's Government
Maintained by the Ningbo Big Data Development Administration
{D:浙ICP备05012345号}   {D:浙公网安备33020302000101号}
Site ID: 3302000001
Copyright 2026 Ningbo Municipal People's Government. All rights reserved.
""")

dd("driving-licence-list-after", """
Xiamen Public Security Bureau Traffic Police | Services in English
Vehicles | Driving Licences | Traffic Violations | Contact

Converting a Foreign Driving Licence

If you hold a valid foreign driving licence and a residence permit valid for more than three months, you can obtain a Chinese licence by passing the theory test; most applicants do not need to take a road test.

What to bring
1. Your passport and a copy of the photo page
2. Your residence permit
3. Your foreign driving licence and an official Chinese translation of it
4. A certificate of physical condition from a designated hospital
5. Three one-inch colour photos on a white background
6. The completed application form

Steps
Book an appointment on the Traffic Management 12123 app, bring the documents above to the vehicle administration office, take the eyesight test on site, and sit the computer theory test, which is available in English. If you pass, the licence is issued the same day.

For the counter
Counter staff will ask for the documents by their Chinese names. The numbers match the list above.
1. {D:护照及照片页复印件}
2. {D:居留许可}
3. {D:境外机动车驾驶证及中文翻译件}
4. {D:机动车驾驶人身体条件证明}
5. {D:一寸白底彩色照片三张}
6. {D:机动车驾驶证申请表}

Vehicle Administration Office: 88 Xianyue Road, Huli District, Xiamen
{D:厦门市湖里区仙岳路88号}
Hotline: 122   Opening hours: Monday to Saturday, 8:30-12:00 and 14:00-17:30

Xiamen Public Security Bureau Traffic Police Detachment
""")

dd("school-enrolment-lines", """
Dalian Education Bureau | Information for International Families
Home | Schools | Enrolment | Notices

Primary School Enrolment for Foreign Children, Autumn Term 2027
{D:2027年秋季外籍适龄儿童小学入学工作安排}

Children born between September 1, 2020 and August 31, 2021 may apply for Grade 1.
{D:2020年9月1日至2021年8月31日出生的儿童可申请就读一年级。}
At least one parent must hold a valid residence permit issued in Dalian.
{D:父母至少一方须持有大连市签发的有效居留许可。}
Registration is online, from April 10 to April 30, 2027.
{D:网上报名时间为2027年4月10日至4月30日。}
Please upload the child's passport, the parents' residence permits and proof of address.
{D:请上传儿童护照、父母居留许可及住址证明。}
Schools will contact families by the end of May to arrange a short meeting.
{D:学校将于5月底前与家长联系，安排面谈。}
Places are allocated by address; families may also apply to a school with an international department.
{D:学位按住址分配，家长也可申请设有国际部的学校。}
Results will be published on this website in early July.
{D:录取结果将于7月上旬在本网站公布。}
Children who do not speak Chinese may join free Mandarin classes in the summer.
{D:不会说中文的儿童可参加暑期免费汉语课程。}

Enquiries: Enrolment Office, Dalian Education Bureau, 0411-8376 0000
{D:咨询电话：大连市教育局招生办公室，0411-83760000}

Dalian Education Bureau | Accessibility | Contact
""")

dd("arbor-day-classical-quote", """
Jinan Landscaping and Forestry Bureau | News | Parks | Volunteer | Contact

Join Us for Tree Planting Day 2027

{D:一年之计，莫如树谷；十年之计，莫如树木；终身之计，莫如树人。}
{D:《管子·权修》}

These lines come from the ancient book Guanzi, in the chapter on "Building Up Power", and they are quoted every spring in China. Our translation: "If you plan for one year, nothing is better than planting grain; if you plan for ten years, nothing is better than planting trees; if you plan for a lifetime, nothing is better than cultivating people." Because of the last phrase, schools like to borrow the lines too.

March 12 is China's Tree Planting Day, {D:植树节} (Zhishu Jie). This year the bureau invites residents, including foreign residents and their families, to help plant 3,000 saplings on the southern slope of Longdong ({D:龙洞}) Hill, south-east of the city centre.

When: Saturday, March 13, 2027, 8:30 a.m. to 11:30 a.m.
Meeting point: the north gate of the Longdong Scenic Area; shuttle buses leave Quancheng Square at 7:45
We provide: tools, gloves, drinking water and a certificate for each volunteer
Please bring: sturdy shoes, a hat and sunscreen

Each family may name the tree it plants. A small wooden tag will be placed beside it, and you are welcome to write your message in any language.

Register by March 5 through the bureau's WeChat account or by email: volunteer@jnforest.example.gov.cn
Jinan Landscaping and Forestry Bureau | Tel. 0531-8690 0000
""")

dd("marriage-registration-checklist", """
Shanghai Civil Affairs Bureau | Marriage Registration for Foreign-Related Marriages
Home | Marriage | Adoption | Appointments | FAQ

Checklist: Registering a Marriage Between a Chinese Citizen and a Foreign National

Both partners must come in person to a designated registration office. Print this checklist and tick each item as you pack; the Chinese name of each document is given so that you can show it to the registrar.

The Chinese partner
[ ] {D:居民户口簿}: household register (hukou bu), the original booklet
[ ] {D:居民身份证}: resident identity card
[ ] {D:双方近期半身免冠合影照片}: three recent two-inch photos of the two of you together, head and shoulders, without hats

The foreign partner
[ ] {D:护照} (huzhao): valid passport
[ ] {D:无婚姻状况证明}: a certificate of no impediment, or a statement of unmarried status, issued or certified by your embassy or consulate
[ ] {D:中文译文}: an official Chinese translation of that certificate, if it is not in Chinese
[ ] If you were married before, the divorce decree, or the death certificate of your late spouse

Both partners
[ ] {D:申请结婚登记声明书}: the declaration for marriage registration. You will sign it in front of the registrar, so do not sign it at home.

On the day
You will make a short declaration together and receive two red marriage certificates, {D:结婚证} (jiehun zheng), one for each of you. Registration is free of charge. Many couples choose a date with lucky numbers, so book early if you want a popular day such as May 20.

Appointments: Shanghai Civil Affairs Bureau online booking system | Tel. 021-12345
""")


# ---------------------------------------------------------------- leftovers

ll("regulation-article-numbering", """
Weifang Municipal People's Government | Government Information Disclosure
Home > Policies and Documents > Government Regulations

Measures of Weifang City for the Safety Management of Elevators in Residential Buildings

{L:第一章　总则}

{L:第一条} In order to strengthen the safety management of elevators in residential buildings, prevent and reduce elevator accidents, and protect the safety of people's lives and property, these Measures are formulated in accordance with the Special Equipment Safety Law of the People's Republic of China ({D:《中华人民共和国特种设备安全法》}) and other laws and regulations, combined with the actual situation of this city.

{L:第二条} These Measures shall apply to the use, maintenance, inspection and supervision of elevators in residential buildings within the administrative area of this city.

{L:第三条} The municipal market supervision and administration department shall be responsible for the supervision and administration of elevator safety in the whole city. The housing and urban-rural development, emergency management and other departments shall do a good job in related work according to their respective duties.

{L:第二章　使用管理}

{L:第四条} The owner of an elevator is the person responsible for its safe use. Where an elevator is jointly owned by the owners of a building, the owners may entrust a property service enterprise to act as the user unit.

{L:第五条} The user unit shall keep the emergency call device of the elevator effective 24 hours a day{L:，并在轿厢内显著位置张贴使用标志和应急救援电话。}

{L:第六条} Passengers shall not bring electric bicycles or their batteries into the elevator, shall not jump in the car, and shall not force the doors open.

{L:第三章　维护保养}

{L:第七条} The maintenance unit shall carry out maintenance at least once every 15 days, and shall arrive at the scene within 30 minutes after receiving an alarm that passengers are trapped.

{L:第八条} Where an elevator has been in use for more than 15 years, the user unit shall entrust an inspection institution to carry out a safety assessment.

{L:第四章　附则}

{L:第九条　本办法自2027年3月1日起施行，有效期五年。}
""")

ll("attachment-list-partial", """
Nanning Civil Affairs Bureau | Home | Government Affairs | Notices and Announcements | Services

Notice on Carrying Out the 2027 Application for Living Subsidies for Elderly People with Financial Difficulties

Release date: 2026-12-02    Source: Elderly Care Services Division

All county (district) civil affairs bureaus:

In order to implement the city's policy of caring for elderly people with financial difficulties, the application for living subsidies for 2027 will now be carried out. The relevant matters are notified as follows:

1. Subsidy objects. Elderly people aged 60 and above with registered permanent residence in this city whose per capita family income is lower than 1.5 times the local minimum living standard.

2. Subsidy standards. 150 yuan per person per month for those aged 60 to 79, and 300 yuan per person per month for those aged 80 and above.

3. Application procedures. The applicant or his or her family members shall submit an application to the sub-district office or township government where the household registration is located, fill in the application form (Attachment 1), and submit the materials listed in Attachments 2 and 4. The sub-district office shall complete the review within 15 working days and publicize the results in the community for 7 days.

4. Time arrangement. Applications are accepted from January 4 to February 26, 2027. Subsidies will be paid monthly to the applicant's social security card from April 2027.

5. Work requirements. All counties (districts) shall strengthen publicity, simplify procedures, and ensure that all eligible elderly people are covered.

Attachments:
1. Application Form for Living Subsidies for Elderly People with Financial Difficulties (2027 Edition)
2. {L:家庭经济状况核对授权书}
3. List of Acceptance Points and Consultation Telephone Numbers of Sub-district Offices (Townships)
4. {L:申请材料清单（一次性告知单）}

Nanning Civil Affairs Bureau
December 1, 2026
""")

ll("issuing-office-date-block", """
Home > Information Disclosure > Notices
Release time: 2026-11-21 10:32   Font size: Large Medium Small   Print

Notice on Adjusting the Minimum Wage Standards of Our City

All districts, all relevant units and employers:

In accordance with the Provisions on Minimum Wages and the relevant provisions of the province, and with the approval of the municipal people's government, it has been decided to adjust the minimum wage standards of our city. The relevant matters are hereby notified as follows:

1. From March 1, 2027, the monthly minimum wage in our city will be adjusted from 2,500 yuan to 2,650 yuan, and the hourly minimum wage for part-time employees will be adjusted from 23.7 yuan to 25.2 yuan.

2. The minimum wage does not include overtime pay; allowances for working on middle shifts or night shifts, or in high-temperature, low-temperature, underground, toxic and harmful environments; or the social insurance premiums and housing provident fund paid by the employer according to law.

3. Employers shall not lower the wages of employees on the grounds of the adjustment of the minimum wage. Where an employer pays wages lower than the minimum wage standard, the human resources and social security administrative department shall order it to pay the difference within a time limit.

4. Employees may report violations by calling the 12333 hotline.

{L:广州市人力资源和社会保障局}
{L:2026年11月20日}

{L:抄送：市总工会，市工商联，市企业联合会。}
""")

ll("seal-line-commitment-letter", """
Changzhou Science and Technology Bureau > Notices > Attachment Download

Attachment 3

Letter of Commitment on the Authenticity of Declaration Materials

Our unit voluntarily applies for the 2027 Changzhou Science and Technology Support Program, and hereby makes the following commitments:

1. All the materials submitted are true, accurate and complete, and there is no fabrication, falsification or plagiarism.
2. The project has not received financial support from other municipal special funds for the same content.
3. The funds obtained will be used exclusively for the project, and will not be misappropriated or used for other purposes.
4. We will cooperate with the supervision, inspection and performance evaluation organized by the competent departments.
5. If there is any breach of the above commitments, we are willing to accept handling measures such as the cancellation of the project, the recovery of the funds and the recording of the breach in the credit file, and to bear the corresponding legal responsibility.

Applicant unit (seal):
{L:法定代表人（签字）：}
Project leader (signature):
Date:
{L:年　　月　　日}

Note: This letter shall be signed by the legal representative in person{L:，复印件无效。}

{L:（此件公开发布）}
""")

ll("contact-line-zh", """
Jinan Municipal Human Resources and Social Security Bureau
Home | Employment | Social Security | Talent | Notices

Notice on Holding the 2027 Spring Special Job Fair for College Graduates

In order to promote the employment of college graduates and help employers recruit the talent they need, our bureau will hold the 2027 Spring Special Job Fair for College Graduates. The relevant matters are notified as follows:

I. Time and place
February 27, 2027 (Saturday), 9:00-15:00, Hall 3, Jinan International Convention and Exhibition Center.

II. Participants
Enterprises and institutions in the city with recruitment needs; 2027 graduates of colleges and universities, and graduates within two years of leaving school who have not yet found employment.

III. Registration
Employers shall register through the "Quancheng Employment" platform before February 15 and upload their business license and position information. Booths are provided free of charge and are allocated in order of registration. Graduates do not need to register and may enter with their student ID or graduation certificate.

IV. Other matters
1. Employers shall not set discriminatory conditions on gender, ethnicity or place of origin in recruitment.
2. Please arrange your travel in advance, as parking at the venue is limited.

Contact information:
Employer registration: {L:联系人：刘女士，联系电话：0531-86123456}
Policy consultation: {L:市公共就业和人才服务中心政策咨询科}, 0531-86123400
Email: jobfair2027@jnhrss.example.cn

Jinan Municipal Human Resources and Social Security Bureau
January 20, 2027
""")

ll("fee-table-zh-cells", """
Shenyang Natural Resources Bureau | Real Estate Registration Center
Home > Service Guide > Charging Standards

Charging Standards for Real Estate Registration

| No. | Item | Unit | Standard (yuan) | Remarks |
|---|---|---|---|---|
| 1 | Registration of residential property | per piece | 80 | {L:含第一本证书工本费} |
| 2 | Registration of non-residential property | per piece | 550 | - |
| 3 | {L:车库、车位、储藏室单独申请登记} | per piece | 80 | - |
| 4 | Each additional certificate | per book | 10 | - |
| 5 | Mortgage registration | per piece | 80 | {L:小微企业申请的免收} |
| 6 | Correction registration, objection registration | per piece | {L:不收费} | - |
| 7 | Inquiry of registration information | per time | 0 | Free of charge for the right holder |

Notes:
1. The registration of the transfer of residential property by inheritance, gift or sale is charged according to item 1, and the fee is borne by the registration applicant.
2. The registration of land contracting and management rights on rural land, and of homestead use rights and the houses on them, is exempt from registration fees.
3. Where the registration applicant is a household receiving the minimum living guarantee, the registration fee shall be exempted upon presentation of the relevant certificate.
4. Payment can be made at the window by bank card, WeChat or Alipay.

Consultation telephone: 024-2271 0000
""")

ll("implementation-rules-paragraph", """
Hefei Market Supervision Administration | Policies | Interpretation | Notices

Implementation Rules of Hefei City for Rewards for Reporting Food Safety Violations

I. Purpose
These Rules are formulated in order to encourage the public to report food safety violations, strengthen social supervision, and effectively prevent and control food safety risks.

II. Scope of rewards
Reports on the following acts may be rewarded: producing or selling food made with non-food raw materials; adding drugs to food; producing or selling meat that has not passed quarantine; using recycled cooking oil; and other illegal acts that seriously endanger food safety.

III. Reward standards
Rewards are divided into three levels according to the importance of the clues and the amount of the fine or the confiscated illegal income. First-level rewards are 4% to 6% of the amount involved, with a minimum of 2,000 yuan; second-level rewards are 2% to 4%, with a minimum of 1,000 yuan; third-level rewards are 1% to 2%, with a minimum of 200 yuan. The reward for a single case shall not exceed 300,000 yuan.

IV. Procedures
{L:举报奖励由立案查处的市场监管部门负责发放。举报人应当自收到领奖通知之日起六十日内，凭本人有效身份证件和举报受理回执领取奖励；委托他人代领的，受托人还须提供授权委托书和本人身份证件。逾期未领取的，视为自动放弃。}

V. Confidentiality
The market supervision department shall keep the reporter's information strictly confidential, and shall not disclose the name, work unit, address or other information of the reporter.

VI. These Rules shall come into force on January 1, 2027.

Reporting hotline: 12315
""")

ll("heating-notice-glued-clauses", """
Harbin Municipal Heating Office | Notices
Home | Heating Policy | Fees | Complaints | Notices

Notice on Doing a Good Job in Urban Heating for the 2026-2027 Heating Season

All heating enterprises:

The heating season in our city runs from October 20, 2026 to April 20, 2027. In order to ensure that the masses pass the winter warmly and safely, the relevant requirements are hereby notified as follows:

1. Heating enterprises shall complete the pressure testing and water filling of the pipe networks before October 15{L:，对老旧小区管网进行重点排查，发现隐患立即整改。}

2. During the heating period, the indoor temperature of residential buildings shall not be lower than 18 degrees Celsius. Where the indoor temperature fails to meet the standard, residents may call the heating hotline or the 12345 citizen hotline{L:，供热企业应当在24小时内上门测温。}

3. Heating enterprises shall not stop or restrict heating on the grounds that some residents in the same building have not paid the fees.

4. Heating enterprises shall set up 24-hour emergency repair teams{L:，储备足够的抢修物资和备用热源}, and publish their repair telephone numbers in residential communities.

5. Where heating is interrupted due to equipment failure, the enterprise shall notify the affected residents in advance or in time and restore heating as soon as possible. Where the interruption exceeds 24 hours, the heating fee shall be reduced according to the actual number of days.

Heating complaint hotline: 0451-8456 0000
Harbin Municipal Heating Office
September 30, 2026
""")

ll("policy-explainer-footnote", """
Wuxi Municipal Development and Reform Commission
Home > Policy Interpretation

Interpretation of the Several Measures on Supporting the High-Quality Development of the Digital Economy

On November 18, 2026, the municipal government issued the Several Measures on Supporting the High-Quality Development of the Digital Economy ({D:《关于支持数字经济高质量发展的若干措施》}, hereinafter referred to as the "Measures"). The main contents are interpreted as follows.

1. Background
In 2025, the added value of the core industries of the digital economy in our city reached 215 billion yuan, accounting for 13.1% of GDP[1]. However, there are still shortcomings such as a shortage of leading enterprises and weak original innovation capability. The Measures are intended to address these problems.

2. Main contents
The Measures put forward 20 support policies in five aspects: cultivating leading enterprises, supporting the digital transformation of manufacturing, building computing power infrastructure, opening up public data, and introducing digital talent. For example, an enterprise recognized as a national specialized and sophisticated "little giant" will receive a one-time reward of 500,000 yuan[2].

3. Scope of application
The Measures apply to enterprises registered and paying taxes in Wuxi, and the funds will be paid from the municipal special fund for industrial development[3].

4. Effective date
The Measures shall come into force on January 1, 2027 and remain valid until December 31, 2029.

Notes:
[1] {L:数据来源：无锡市统计局《2025年无锡市国民经济和社会发展统计公报》。}
[2] Enterprises that have already received rewards of the same type at the provincial level will be given the difference.
[3] For the specific application procedures, see the implementation guidelines to be issued separately by the competent departments.

Policy consultation: Digital Economy Division, 0510-8122 0000
""")

ll("hereby-notified-closing", """
Chongqing Yuzhong District Urban Management Bureau
Home | About Us | Notices | Public Services | Interaction

Notice on Further Strengthening the Safety Management of Gas Use in Catering Establishments

All sub-district offices, relevant departments and catering business units:

Recently, several gas explosion accidents have occurred in catering establishments in other parts of the country, causing heavy casualties and property losses. In order to learn the lessons of these accidents and effectively prevent similar accidents in our district, the relevant matters are notified as follows:

1. Catering establishments using bottled liquefied petroleum gas shall purchase gas only from licensed gas enterprises, and shall not keep more than two cylinders in the kitchen at the same time.

2. Connecting hoses shall be metal corrugated hoses, and rubber hoses that have been used for more than two years shall be replaced.

3. Catering establishments shall install combustible gas alarms {L:并与紧急切断阀联动}, and test them at least once a month.

4. Catering establishments shall not use gas in basements or semi-basements.

5. Sub-district offices shall organize a comprehensive inspection of the catering establishments in their jurisdictions before December 31, 2026, and report the results to our bureau.

Units that refuse to rectify hidden dangers will be dealt with in accordance with the law, and the relevant information will be included in their credit records.

{L:特此通知。}

Yuzhong District Urban Management Bureau
December 3, 2026
""")

ll("comment-solicitation-channels", """
Guiyang Forestry Bureau | Public Participation
Home > Interaction > Opinion Solicitation

Announcement on Publicly Soliciting Opinions on the Regulations of Guiyang City on the Protection of Ancient and Famous Trees (Draft for Comments)

In order to make legislation more scientific and democratic, the Regulations of Guiyang City on the Protection of Ancient and Famous Trees (Draft for Comments) are now published to solicit opinions from the public. Relevant units and people from all walks of life may put forward their opinions and suggestions in the following ways:

1. By email: send your opinions to gsmm2027@gyforest.example.gov.cn {L:（邮件主题请注明“古树名木条例意见”）}.

2. By letter: mail your opinions to the Policy and Regulations Division, Guiyang Forestry Bureau, 1 Qianling Road, Yunyan District, postal code 550001{L:，信封上请注明“征求意见”字样。}

3. Online: log in to the "Government Affairs Interaction" column of the Guiyang government portal and leave a message.

The deadline for feedback is {L:2027年1月10日}.

Attachments:
1. Regulations of Guiyang City on the Protection of Ancient and Famous Trees (Draft for Comments)
2. Explanation on the Drafting of the Regulations

When submitting opinions, please give your name and contact information so that we can contact you if necessary. Your personal information will be kept confidential.

Guiyang Forestry Bureau
December 10, 2026
""")

ll("subsidy-steps-partial", """
Changsha Housing Security Service Center | {D:中文} | English
Home | Public Rental Housing | Subsidies | Guides | Contact

Service Guide: Rental Subsidies for Newly Employed College Graduates

Who can apply: graduates with a bachelor's degree or above who graduated within the last three years, work in Changsha and pay social insurance here, and do not own a house in the city.

Subsidy standards: 1,000 yuan per month for doctoral graduates, 800 yuan for master's graduates and 500 yuan for bachelor's graduates, for a maximum of 36 months.

Application steps:
Step 1: Log in to the "Changsha Talent" app with your real-name account.
Step 2: Select "Rental Subsidy" and fill in your personal, education and employment information.
Step 3: {L:上传学历学位证书、劳动合同及房屋租赁合同备案证明。}
Step 4: Your employer confirms your employment online within 5 working days.
Step 5: {L:区人社部门会同住房保障部门进行审核，审核结果在“长沙人才”App内公示五个工作日。}
Step 6: After approval, the subsidy is paid quarterly to your bank card.

Notes:
1. The subsidy will be stopped if you buy a house in Changsha, leave your job in the city or stop paying social insurance here.
2. Applicants who obtain subsidies by fraud will be required to return the funds and will be recorded in the personal credit system.

Consultation hotline: 0731-8866 5500 (working days, 9:00-17:00)

{L:技术支持：湖南星城信息技术有限公司}  {D:湘ICP备09001234号}
""")

ll("portal-article-toolbar", """
{D:中文} | English     Official Website of Nanjing Municipal People's Government
Home | News | Government | Business | Living | Travel

Home > News > Notices

Nanjing to Extend Opening Hours of 12 Public Libraries During the Winter Holidays

Source: Nanjing Municipal Bureau of Culture and Tourism    Release date: 2026-12-01
{L:【字体：大 中 小】【打印本页】【关闭窗口】}

From January 20 to February 28, 2027, 12 public libraries in the city will extend their opening hours to 21:00 on weekdays, to meet the reading needs of students and citizens during the winter holidays.

The libraries include Jinling Library, Nanjing Children's Library and ten district libraries. During this period the libraries will also hold more than 200 activities, including reading clubs, intangible cultural heritage workshops and science lectures. Some activities are open to foreign residents and are conducted in English.

Readers can reserve seats through the libraries' mini program. Children under 12 must be accompanied by an adult after 18:00.

{L:浏览次数：}3,482
{L:扫一扫在手机打开当前页}

Related links: Jinling Library | Nanjing Children's Library | Nanjing Culture and Tourism

Copyright Nanjing Municipal People's Government  {D:苏ICP备05004321号}
""")

ll("procurement-notice-fields", """
Jiangsu Government Procurement Network | Procurement Announcements
Home > Procurement Announcements > Public Tender

Public Tender Announcement for the Classroom Lighting Renovation Project of Primary and Secondary Schools in Gusu District

Project overview
Potential bidders interested in this project shall obtain the bidding documents through the electronic bidding system, and submit their bids before 9:30 a.m. on December 28, 2026 (Beijing time).

I. Basic information of the project
Project number: JSZC-320508-2026-0417
Project name: Classroom Lighting Renovation Project of Primary and Secondary Schools in Gusu District
Procurement method: {L:公开招标}
Budget amount: 3,860,000 yuan
Maximum price: 3,820,000 yuan
Procurement needs: replacement of classroom and blackboard lamps in 46 schools, including supply, installation and after-sales service
Contract performance period: {L:合同签订后60日历日内完成}
Whether consortium bidding is accepted: {L:否}

II. Qualifications of bidders
1. Meet the requirements of Article 22 of the Government Procurement Law;
2. This project is reserved for small and medium-sized enterprises;
3. Not included in the list of dishonest persons subject to enforcement or in the record of serious illegal and dishonest acts in government procurement.

III. Contact information
Purchaser: Gusu District Education and Sports Bureau, Mr. Shen, 0512-6521 0000
Procurement agency: Suzhou Hengxin Project Management Co., Ltd. ({D:苏州恒信项目管理有限公司}), Ms. Gu, 0512-6888 0000
""")

ll("water-outage-area-list", """
Zhengzhou Water Supply Investment Holding Co., Ltd. | Customer Service
Home | Water Outage Notices | Payment | Service Outlets

Notice on Planned Water Suspension in Parts of Jinshui District

Dear customers:

Due to the connection of a new DN800 water main on Nongye Road, water supply will be suspended in some areas. The details are as follows:

Suspension time: from 22:00 on December 9, 2026 to 8:00 on December 10, 2026 (10 hours)

Affected areas:
1. Both sides of Nongye Road between Huayuan Road and Jingsan Road;
2. {L:丰产路以北、经五路以东的幸福里小区、东风家园及周边商户；}
3. The hospital campus on Weiwu Road, which will be supplied by water tankers during the suspension;
4. {L:金水区第二实验小学及优胜南路沿线部分单位。}

Water pressure may be low in the surrounding areas during the suspension, and the water may be slightly yellow for a short time after supply is restored. Please let the tap run for a few minutes before use.

We suggest that customers store water in advance and turn off their taps to avoid flooding when the water returns. We apologize for the inconvenience.

24-hour service hotline: 0371-6797 0000
Zhengzhou Water Supply Investment Holding Co., Ltd.
December 6, 2026
""")

ll("policy-qa-labels", """
Hangzhou Municipal Health Commission | Policy Interpretation
Home > Policy Interpretation > Questions and Answers

Questions and Answers on the Implementation Measures for Childcare Subsidies

Recently, the city issued the Implementation Measures for Childcare Subsidies ({D:《育儿补贴实施办法》}). In response to the concerns of the public, the main questions are answered as follows.

{L:问一：}Who can receive the childcare subsidy?
{L:答：}Children under the age of three who were born in accordance with laws and regulations, and whose household registration is in this city, or one of whose parents has paid social insurance in this city for a year or more.

{L:问二：}What is the subsidy standard?
{L:答：}The subsidy is 3,600 yuan per child per year until the child reaches the age of three. Children born before January 1, 2025 who are still under three are eligible for the remaining months, calculated monthly.

{L:问三：}How do I apply?
{L:答：}Parents can apply through the "Zheliban" app or at the community service center where the household registration is located. Approved subsidies are paid into a parent's bank account within 20 working days.

{L:问四：}Will the subsidy affect other benefits?
{L:答：育儿补贴不计入家庭或个人收入，不影响最低生活保障、特困人员救助供养等社会救助待遇的认定。}

{L:问五：}Where can I get more information?
{L:答：}Call 12345 or 12356, or consult the health department of your district.

Hangzhou Municipal Health Commission
November 2026
""")

ll("penalty-decision-remedies", """
Qingdao Market Supervision Administration | Administrative Penalty Information Disclosure

Administrative Penalty Decision
{L:青市监罚〔2026〕217号}

Party: Qingdao Xinhai Trading Co., Ltd. ({D:青岛鑫海商贸有限公司})
Unified social credit code: 91370202MA3C000000
Legal representative: Wang Haibo
Address: Room 1203, No. 66 Hong Kong Middle Road, Shinan District, Qingdao

On August 14, 2026, our bureau received a report that the party had sold imported frozen food without proof of origin. After investigation, it was found that from May to August 2026 the party purchased 3.2 tons of frozen beef and sold 2.6 tons of it, without being able to provide inspection and quarantine certificates or the traceability codes required by the province. The illegal income was 58,400 yuan.

The above facts are supported by evidence including on-site inspection records, purchase and sales ledgers, and the record of the inquiry of the party.

The above acts of the party violated Article 53 of the Food Safety Law of the People's Republic of China. In accordance with Article 126 of the same law, our bureau has decided to impose the following administrative penalties on the party: 1. confiscation of the illegal income of 58,400 yuan; 2. a fine of 50,000 yuan.

The party shall pay the fine to the designated bank within 15 days from the date of receiving this decision. If the fine is not paid on time, an additional fine of 3% of the fine amount will be imposed for each day of delay.

{L:当事人如对本处罚决定不服，可以在收到本决定书之日起六十日内向青岛市人民政府申请行政复议，也可以在六个月内依法向青岛市市南区人民法院提起行政诉讼。}

Qingdao Market Supervision Administration
October 22, 2026
""")

ll("press-conference-transcript", """
Information Office of Xiamen Municipal People's Government | Press Releases
Home > Press Conferences > Transcripts

Transcript of the Press Conference on Optimizing the Business Environment
Time: November 26, 2026, 10:00   Venue: Press Conference Hall, Xiamen Municipal Government

Host (Lin Yan, Deputy Director of the Municipal Information Office): Good morning, friends from the media. Today we have invited Chen Hong, Deputy Director of the Municipal Development and Reform Commission, to introduce the new measures for optimizing the business environment. Now please ask your questions.

Reporter from Xiamen Daily: This year the city has proposed that enterprises should be able to "get things done without meeting officials". What progress has been made?

Chen Hong: Thank you for your question. At present, 96% of business licensing matters in our city can be handled online, and 312 matters can be handled with "at most one trip". {L:下一步，我们将在全市推行“免证办”，企业和群众办事时，凡是能够通过电子证照调取的材料，一律不再要求提供纸质材料。}

Reporter from Haixi Morning Post: What support will there be for small and micro enterprises?

Chen Hong: We will continue to implement the policy of renewing loans without first repaying the principal, and the municipal financing guarantee fund will reduce the guarantee rate for small and micro enterprises to below 1%. In addition, we will set up a one-stop window for enterprise appeals in each district.

Host: Due to time constraints, that is all for today's press conference. Thank you all.
""")

ll("recruitment-positions-table", """
Linyi County Human Resources and Social Security Bureau
Home > Personnel Examination > Recruitment Announcements

Position Table for the 2027 Open Recruitment of Staff of Public Institutions in Linyi County (Attachment 1)

| Code | Recruiting unit | Position | Number | Education | Major | Other requirements |
|---|---|---|---|---|---|---|
| 01 | County People's Hospital | Clinical doctor | 4 | Bachelor's degree or above | Clinical medicine | Holding a practicing physician certificate |
| 02 | County People's Hospital | Nurse | 6 | {L:大专及以上} | Nursing | {L:取得护士执业资格} |
| 03 | County Traditional Chinese Medicine Hospital | Pharmacist | 2 | Bachelor's degree or above | Pharmacy, Chinese pharmacy | Unlimited |
| 04 | {L:县疾病预防控制中心} | Laboratory testing | 2 | Master's degree or above | Public health and preventive medicine | Under 35 years old |
| 05 | County No. 1 Middle School | High school mathematics teacher | 3 | Bachelor's degree or above | Mathematics | {L:具有高中及以上教师资格证} |
| 06 | County Agricultural Technology Extension Center | Agricultural technician | 2 | Bachelor's degree or above | Agronomy, plant protection | {L:最低服务年限五年} |
| 07 | Township comprehensive cultural station | Cultural worker | 3 | Bachelor's degree or above | Unlimited | Limited to household registration in this county |

Notes:
1. "Unlimited" in the table means that there is no requirement on the item.
2. Age requirement: generally 18 to 35 years old (born between January 1992 and January 2009); for those with a master's degree, the limit may be relaxed to 40 years old.
3. The majors are based on the professional catalogue of the Shandong Provincial Civil Service Examination.

Consultation telephone: 0534-422 0000
""")

ll("vaccination-notice-tips", """
Foshan Nanhai District Health Bureau | Notices | Health Education | Services

Notice on Free HPV Vaccination for Girls in Grade 7 of Our District

In order to reduce the incidence of cervical cancer and protect the health of women, our district will provide free bivalent HPV vaccination for girls in the seventh grade of junior high schools in the 2026-2027 school year. The relevant matters are notified as follows:

1. Target: Female students in Grade 7 of junior high schools in the district, including students with household registration outside the district and foreign students who study in schools in our district.

2. Schedule: Two doses, six months apart. The first dose will be given from December 1 to December 25, 2026, and the second dose from June 1 to June 25, 2027.

3. Place: Vaccinations are given at the vaccination clinics of the community health service centres. The clinics are marked with the sign {D:预防接种门诊} (Vaccination Clinic) at the entrance.

4. Procedure: Schools will distribute informed consent forms to parents. A parent or guardian must sign the form and accompany the student on the day of vaccination.

{L:温馨提示：接种当天请穿宽松的衣服，不要空腹接种；接种后在留观区观察30分钟，24小时内接种部位不要沾水。}

Consultation telephone: Disease Prevention and Control Section, 0757-8633 0000
Nanhai District Health Bureau
November 18, 2026
""")

ll("document-number-header", """
Tianjin Municipal People's Government | Policy Documents
Home > Government Information Disclosure > Documents of the General Office

{L:津政办发〔2026〕31号}

{L:各区人民政府，市政府各委、局，各直属单位：}

Notice of the General Office of Tianjin Municipal People's Government on Issuing the Work Plan for Improving the Quality of Elderly Care Services (2027-2029)

The Work Plan for Improving the Quality of Elderly Care Services (2027-2029) has been approved by the municipal people's government and is hereby issued to you. Please implement it conscientiously in light of your actual situation.

Work Plan for Improving the Quality of Elderly Care Services (2027-2029)

In order to implement the national strategy of actively responding to population aging and to meet the growing and diversified needs of the elderly, this plan is formulated.

I. Main objectives
By 2029, every sub-district in the city will have at least one comprehensive elderly care service center, and community canteens for the elderly will cover all urban communities. Nursing beds will account for more than 70% of the beds in elderly care institutions.

II. Key tasks
(1) Develop home-based elderly care services. Support professional institutions in providing services such as meal assistance, bathing assistance and cleaning for elderly people living at home.
(2) Improve the quality of institutional care. Carry out a star rating of the quality of elderly care institutions every year, and publish the results.
(3) Strengthen the training of caregivers. Train no fewer than 10,000 elderly care workers every year.

III. Safeguard measures
All districts shall include elderly care services in their economic and social development plans and guarantee the necessary funds.

General Office of Tianjin Municipal People's Government
December 2, 2026
""")

ll("award-publicity-list", """
Wuhan Association for Science and Technology | Notices
Home > Notices and Announcements > Publicity

Publicity of the List of Proposed Recipients of the 2026 Wuhan Youth Science and Technology Award

In accordance with the Measures for the Wuhan Youth Science and Technology Award, after recommendation by units, formal review, evaluation by the expert committee and approval by the award committee, 10 people are proposed as recipients of the 2026 Wuhan Youth Science and Technology Award. The list is now publicized as follows (in order of the number of strokes in the surname):

| No. | Name | Unit | Field |
|---|---|---|---|
| 1 | Wang Lu | Wuhan University | Remote sensing |
| 2 | Fang Zhiyuan | Huazhong University of Science and Technology | Optoelectronics |
| 3 | Liu Qian | {L:武汉市农业科学院蔬菜研究所} | Vegetable breeding |
| 4 | Li Hao | China Information and Communication Technologies Group | Optical communication |
| 5 | Yang Xue | Tongji Medical College | Oncology |
| 6 | Zhang Yiming | Wuhan Institute of Virology, CAS | Virology |
| 7 | Chen Jing | {L:中铁大桥勘测设计院集团有限公司} | Bridge engineering |
| 8 | Zhou Bin | Wuhan University of Technology | Materials science |
| 9 | Zhao Yan | Central China Normal University | Educational technology |
| 10 | Xu Kai | Dongfeng Motor Corporation Technical Center | New energy vehicles |

The publicity period is from December 1 to December 7, 2026. Any unit or individual with objections to the above candidates may submit them in writing to the office of the award committee during the publicity period.

{L:单位提出异议的，须加盖本单位公章；个人提出异议的，须签署真实姓名并注明联系方式。匿名异议不予受理。}

Contact: Office of the Award Committee, Wuhan Association for Science and Technology, 027-8578 0000
""")

if __name__ == "__main__":
    SET.build()
