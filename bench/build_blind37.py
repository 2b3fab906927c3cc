"""Build bench/sets/detect37-*.jsonl: a held-out, hand-written detection set ("detect37").

Theme: commerce, travel, technology and everyday bilingual pages.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a vacuum-flask product
page naming the maker's brand in characters and translating the slogan on the box, a restaurant
dinner menu with every dish under its Chinese name and an English description, a hotel's taxi card
whose translation comes a paragraph after the Chinese lines, a Hong Kong street-sign walk in
traditional characters, a field-by-field guide to a police registration form, a help-centre page
on addressing a parcel to China, an app's localisation string table (key, English, zh-CN), a
Markdown README with an English section and a `中文说明` section, an antiques-forum thread where
replies translate the engraving on a tea caddy, a name-translation / tattoo-checking service, a
tea shop catalogue with tea names and pinyin readings, a high-speed-rail ticket explained line by
line, a washing-machine panel whose button list is translated later by number, a supermarket
receipt decoded below it, a metro line's station list (characters, then English or pinyin), a
Windows pinyin input tutorial, a finance policy table on Chinese VAT invoices, print-and-point
allergy cards, a WeChat Pay walkthrough with few-word glosses of the buttons, a typeface
specimen page, a parcel-tracking status glossary, and a renter's glossary of lease terms.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
an e-commerce kettle listing whose spec table keeps Chinese row labels and cells, a hotel news page
with 当前位置 / 发布时间 / 浏览次数 and an untranslated clause and sentence, a scenic-area page whose
untranslated lines sit beside a translated cliff inscription, a pump maker's product page with a
技术支持 vendor credit, a tech news article with source/author fields, font-size and print-page
buttons and one untranslated sentence, a download centre with untranslated file names, a camera
FAQ with one whole answer and two tail sentences left in Chinese, a shop's shipping policy with an
untranslated sentence in the middle of a paragraph, product reviews partly in Chinese, a camping
shop's footer with customer-service hours, an API parameter table with Chinese description cells,
software release notes, a hotel room-rate table, a tour itinerary, a hot-pot menu with some dishes
untranslated next to glossed ones, an app-store listing, a printer driver guide quoting
untranslated dialog prompts, a company news list with Chinese headlines and pagination, a dealer
application form, an e-bike warranty policy with glued clauses, an LED product detail page with
tags and previous/next links, and a hotel booking confirmation e-mail. Deliberate Chinese on those
pages (a `中文` link, an ICP number, a company name given with its English, a translated address or
inscription) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set (the
classical lines quoted are public domain, with translations written here). The set was written
BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their
builders (only bench/blind_set.py, the first 70 and last 30 lines of build_blind25.py as a model
of the file format, and `marked()` in build_detection_sets.py were read), and mtmend was never
run on these pages.

Rebuild: `python3 bench/build_blind37.py` from the repository root; it rewrites
bench/sets/detect37-deliberate.jsonl (ids d37d-NN) and bench/sets/detect37-leftovers.jsonl
(ids d37l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect37", chars=(600, 2600), lines=(8, 32)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("flask-brand-product", """
Lanshan 500 ml Vacuum Flask – Matte Pine Green
Home / Drinkware / Flasks & Tumblers

$34.00 · Free shipping on orders over $50 · In stock, ships in 1–2 days

Keeps drinks hot for 12 hours and cold for 24. Double-walled 316 stainless steel, a leak-proof lid with a removable tea strainer, and a powder-coated finish that won't slip out of a gloved hand.

Why are there characters on the lid?
Our flasks are made in Yongkang, Zhejiang, a town that has been turning out metal cookware for generations, by a family workshop that trades as {D:岚山保温器具} (Lanshan Thermal Ware). We kept their mark on the lid instead of replacing it with a Western logo. The two characters, {D:岚山}, are read lán shān and mean "misty mountain".

On the gift box you will also find the workshop's old slogan, {D:一杯热水，一天好心情}. Our translator's version is "a cup of hot water, a good mood all day" – it's what the founder's grandmother said every morning as she filled his flask for school.

Specifications
- Capacity: 500 ml
- Height: 23 cm, diameter 7 cm
- Weight: 340 g
- Lid: BPA-free PP with a food-grade silicone seal
- Care: hand wash only; not for the microwave or dishwasher

Customer questions
Q: Is the lettering printed or engraved?
A: Laser engraved, so it won't wash off or fade.
Q: Can I get it without the characters?
A: Not at the moment – the engraving is part of the maker's agreement with us.
""")

dd("restaurant-dinner-menu", """
Golden Lotus Kitchen — Dinner Menu
Sichuan and Cantonese cooking · 214 Harbour Road · Open daily 5 pm – 10 pm

Every dish is listed under its Chinese name, so you can order by pointing, whichever language your server speaks best.

{D:冷菜} · Cold Starters
{D:夫妻肺片} — "husband and wife" sliced beef and tripe in chilli oil · $11
{D:口水鸡} — "mouth-watering chicken", poached, chilled, with Sichuan pepper · $12
{D:拍黄瓜} — smashed cucumber with garlic and black vinegar · $7

{D:热菜} · Hot Dishes
{D:宫保鸡丁} — Gong Bao chicken with peanuts and dried chillies · $17
{D:鱼香茄子} — aubergine in "fish-fragrant" garlic and pickled chilli sauce (there is no fish in it) · $15
{D:麻婆豆腐} — Mapo tofu with minced beef · $14
{D:干炒牛河} — dry-fried beef ho fun with bean sprouts · $18
{D:白切鸡} — Cantonese white-cut chicken with a ginger and spring onion dip · half $19

{D:汤} · Soup
{D:酸辣汤} — hot and sour soup · $8 per bowl
{D:老火汤} — slow-boiled soup of the day; please ask your server

{D:主食} · Rice and Noodles
{D:扬州炒饭} — Yangzhou fried rice with prawns and barbecued pork · $12
{D:担担面} — dan dan noodles with chilli oil and ground pork · $12

Chilli levels: {D:微辣} mild, {D:中辣} medium, {D:特辣} very hot — just tell us which.
Please tell us about any allergies; many of our sauces contain peanuts, sesame or wheat.
""")

dd("hotel-taxi-card", """
Plum Courtyard Boutique Hotel, Chengdu — Getting Here

Taxi card
Most taxi drivers in Chengdu do not read English, and our English name means nothing to a navigation app. Save this page on your phone or print it, and show the driver the three lines below.

{D:梅院精品酒店}
{D:四川省成都市锦江区东大街下东大街段166号}
{D:请送我到这里，谢谢！}

For your own reference: the first line is the hotel's Chinese name, Mei Yuan ("plum courtyard") Boutique Hotel. The second is our address, No. 166 Xia Dongdajie Section, Dongdajie, Jinjiang District, Chengdu, Sichuan. The last line simply says "Please take me here, thank you!"

When you leave
The front desk will gladly write your next destination in Chinese for you. If you are going to the airport, check which one your flight uses: the card will read {D:天府国际机场} for Tianfu International or {D:双流国际机场} for Shuangliu.

Fares
A ride from Chengdu East Railway Station costs about 35–45 yuan and takes 25 minutes. From Tianfu Airport expect around 120 yuan and an hour. Ask for the meter; every licensed taxi has one.

Ride-hailing
If you use DiDi, type the Chinese name from the first line into the destination box; a search for the English name will not find us.

Questions? Call the front desk on +86 28 8666 0166, day or night.
""")

dd("hk-street-signs-trad", """
Reading Hong Kong: Ten Signs You'll See in Sham Shui Po
Posted by Marta · Travel notes · 14 photos · 23 comments

I've been learning traditional characters for a year, and nothing tests that like a slow walk down Apliu Street. Here are the signs I photographed, with what they actually say.

1. {D:押} — the huge single character hanging outside a pawnshop, usually on a bat-shaped board. It means "pawn" or "pledge".
2. {D:茶餐廳} — a cha chaan teng, the Hong Kong "tea restaurant" where you get milk tea and a pineapple bun.
3. {D:營業中} — "open for business". When the shop shuts, the same board is flipped over to {D:休息中}, "resting".
4. {D:小心地滑} — "caution, slippery floor", at every wet-market entrance.
5. {D:請勿吸煙} — "please do not smoke".
6. {D:全場八折} — "everything 20% off". Discounts are written as the fraction you pay, so {D:八折} means you pay 80% of the price, not that you save 80%!
7. {D:旺舖招租} — "prime shop to let". Sadly there are more of these every year.
8. {D:找換} — currency exchange. The small booths with this sign beat the banks' rates.
9. {D:涼茶} — herbal tea. The darkest and most bitter one is {D:廿四味}, literally "twenty-four flavours".
10. {D:港鐵站} — MTR station, usually with an arrow pointing you there.

Bonus: above the driver of a red minibus I saw {D:乘客請扣好安全帶}, which my teacher translated as "passengers, please fasten your seat belts". Nobody did.

Next week: the neon signs of Yau Ma Tei, before the last of them come down.
""")

dd("police-form-field-guide", """
Registering Your Address with the Local Police: A Field-by-Field Guide
International Student Office · updated September 2026

Within 24 hours of moving into off-campus housing you must register at the police station nearest your flat. The form there is the {D:境外人员临时住宿登记表}, the Temporary Accommodation Registration Form for Overseas Persons. It has no English, so here is what each box asks for.

{D:姓名} — your name, exactly as in your passport, surname first, in capitals.
{D:性别} — sex: tick {D:男} for male or {D:女} for female.
{D:出生日期} — date of birth, written year–month–day.
{D:国籍} — nationality.
{D:证件种类} — type of document; tick {D:护照}, passport.
{D:证件号码} — passport number.
{D:签证种类} — visa type, for example X1 for degree students.
{D:停留有效期至} — "permitted to stay until": the expiry date on your visa or residence permit.
{D:住宿地址} — the address where you are living. Ask your landlord to write it in Chinese.
{D:房主姓名} and {D:联系电话} — the landlord's name and phone number.
{D:入住日期} — the date you moved in.

Bring your passport, your lease and a copy of your landlord's ID card. The officer will stamp and return a registration slip. Keep it safe: you will need it when you apply for or renew your residence permit, and again if you move.

If the station is busy, you can also register through the city police WeChat account; the Student Office runs a walk-through every Tuesday at 2 pm in Room 104.
""")

dd("parcel-label-to-china", """
How to Address a Parcel to China (and Make Sure It Arrives)
Help Centre › Sending Abroad › Asia-Pacific

Chinese postal staff sort mail by the Chinese address. A parcel addressed only in English will usually get there in the end, but it can lose a week at the sorting centre while someone works out where it is going. We recommend writing both.

Example label

TO: Ms Zhou Lingyun
Room 1203, Building 5, Jiahe Garden
88 Zhongshan Road, Gulou District
Nanjing, Jiangsu 210008, CHINA
{D:收件人：周凌云}
{D:江苏省南京市鼓楼区中山路88号嘉禾花园5栋1203室}
Mobile: +86 139 0000 1234

Notes
- The Chinese address runs from large to small — province, city, district, street, estate, building, flat — the reverse of the English order above it. Both lines say the same thing.
- {D:收件人} means "recipient". Put the person's name after it in characters if you know them; otherwise pinyin is fine.
- Always include a mobile number. Couriers in China phone or text before they deliver.
- Write CHINA in capitals on the last line of the English address, even when the Chinese address is present, so that our own sorting machines route it correctly.

Customs declaration
Describe the contents in English ("children's books, used", "wool scarf, new"). A Chinese description is not required but can speed up clearance; for example, {D:儿童图书} for children's books or {D:羊毛围巾} for a wool scarf.
""")

dd("app-strings-table", """
# Localisation strings – Pocket Budget (Android) – zh-CN

Reviewer: please check the Simplified Chinese column against the English before the 3.2 release. Keys match strings.xml. Placeholders are %s and %d and must survive in the translation.

| key | English | zh-CN |
|---|---|---|
| app_name | Pocket Budget | {D:口袋记账} |
| tab_overview | Overview | {D:概览} |
| tab_accounts | Accounts | {D:账户} |
| tab_reports | Reports | {D:报表} |
| btn_add_expense | Add expense | {D:记一笔支出} |
| btn_save | Save | {D:保存} |
| btn_cancel | Cancel | {D:取消} |
| label_category | Category | {D:分类} |
| label_note | Note (optional) | {D:备注（选填）} |
| msg_budget_left | %s left this month | {D:本月还剩} %s |
| msg_over_budget | You are %s over budget | {D:您已超出预算} %s |
| msg_sync_done | Synced %d transactions | {D:已同步} %d {D:笔交易} |
| dlg_delete_title | Delete this entry? | {D:删除这条记录？} |
| dlg_delete_body | This cannot be undone. | {D:此操作无法撤销。} |
| err_no_network | No connection. Changes will sync later. | {D:网络未连接，更改将在稍后同步。} |

Translator's notes
- "Add expense" is rendered {D:记一笔支出}, literally "record one expense", which sounds more natural in a bookkeeping app than the word-for-word {D:添加支出}.
- The app name {D:口袋记账} means "pocket bookkeeping"; marketing approved it in August.
- In msg_sync_done the measure word {D:笔} is needed before {D:交易}; please keep the spaces around %d.
""")

dd("readme-en-zh-sections", """
# subshift

Shift, stretch and re-time SRT subtitle files from the command line.

[English](#english) · [{D:中文说明}](#{D:中文说明})

## English

subshift fixes subtitles that drift out of sync with the video. It can move every cue by a fixed offset, or stretch the timing between two reference points when the frame rate differs.

### Install

    pip install subshift

### Usage

    subshift movie.srt --offset -2.5
    subshift movie.srt --sync 00:01:10,500=00:01:12,000 01:40:00,000=01:40:05,300

Files are read and written as UTF-8. Add --encoding gbk for older Chinese subtitle files.

## {D:中文说明}

subshift {D:是一个命令行工具，用于对} SRT {D:字幕文件进行整体平移、拉伸和重新定时。}

{D:当字幕与视频逐渐不同步时，它可以把所有字幕按固定的偏移量前后移动；如果帧率不同，也可以根据两个参考时间点拉伸时间轴。}

### {D:安装}

    pip install subshift

### {D:用法}

{D:命令示例见上方英文部分。默认按} UTF-8 {D:读写文件，较旧的中文字幕文件请加上} --encoding gbk {D:参数。}

## License

MIT. Contributions welcome, in English or Chinese.
""")

dd("forum-what-does-it-say", """
Antiques & Collectibles Forum › Asian Art › What does the writing on this tea caddy say?

greyheron_47 wrote:
I picked up a small pewter tea caddy at an estate sale. There are characters engraved on the lid, a line down one side and a short mark on the base. I've typed them in as best I can with a handwriting app:
Lid: {D:清风明月}
Side: {D:一片冰心在玉壶}
Base: {D:宣统年制}
Any idea what they mean, and is it old?

lotus_and_lacquer wrote:
The lid is a stock phrase, "clear breeze, bright moon" – it stands for a simple, carefree life and turns up on all sorts of scholar's objects.
The side is the famous last line of a Tang poem by Wang Changling, seeing a friend off: "a heart like a piece of ice in a jade pot". He's telling his family he has stayed pure and honest, whatever they hear.

MingMarkMike wrote:
The base is a reign mark: "made in the Xuantong reign", i.e. 1909–1911, the last Qing emperor. But these marks were copied endlessly, so it proves nothing by itself. Also, on a piece that age the lid would most likely be engraved in traditional characters, {D:清風明月} – your app gives you the simplified form. Same words, same meaning.

greyheron_47 wrote:
Thank you both! The lid does have the more complicated version of the second character, now that I look closely. I'll take it to the valuation day next month and report back.
""")

dd("name-translation-tattoo", """
Your Name in Chinese — Checked by a Native Translator
NameInk Studio · Order a translation · Tattoo safety · FAQ

Every year we see tattoos that say something the wearer never meant. We translate names by sound, choose characters with pleasant meanings, and send you the result with its pinyin and a character-by-character explanation before anything touches your skin.

Sample translations
Emily → {D:艾米莉} (Ài mǐ lì): {D:艾} is a fragrant herb, {D:米} is rice, {D:莉} is jasmine.
Daniel → {D:丹尼尔} (Dān ní ěr): the standard form used in Chinese news and Bible translations.
Sophie → {D:苏菲} (Sū fēi): {D:菲} suggests fragrant flowers and is popular for girls' names.
Marcus → {D:马可} (Mǎ kě): shortened at the customer's request; the full form would have four characters.

Words people ask for
Courage — {D:勇气} (yǒngqì). Peace and safety — {D:平安} (píng'ān). Home or family — {D:家} (jiā).

What goes wrong
Many online generators pick characters by sound alone. We have covered up tattoos that read {D:鸡}, "chicken", where the customer wanted {D:吉}, "lucky": both are pronounced jī. Another customer's "strength" came out as {D:力气大}, which is closer to "strong as an ox" than to inner strength; {D:坚强} was what she meant.

Before you book the artist
Print our PDF at 100% and bring it along. Ask the artist not to redraw the characters freehand — a missing stroke can turn one character into another.

Price: $25 per name, including two revisions. Delivery within 48 hours.
""")

dd("tea-shop-readings", """
Cloud Terrace Tea Co. — Loose-Leaf Catalogue, Autumn 2026

Each tea is listed by its Chinese name and its pinyin reading, so you can find it again on any tea shop's shelf. Prices are per 50 g.

Green teas
{D:西湖龙井} Xīhú Lóngjǐng — "West Lake Dragon Well". Flat, pan-fired leaves with a chestnut sweetness. $18
{D:碧螺春} Bìluóchūn — a tightly curled spring tea from Lake Tai; fruity and floral. $16

Oolongs
{D:铁观音} Tiěguānyīn — named after Guanyin, goddess of mercy; the "iron" is said to describe the heavy rolled leaves. $14
{D:大红袍} Dàhóngpáo — "Big Red Robe", a roasted rock tea from the Wuyi Mountains. $24

White and black teas
{D:白毫银针} Báiháo Yínzhēn — Silver Needle, made only from unopened buds. $22
{D:正山小种} Zhèngshān Xiǎozhǒng — the original Lapsang Souchong, dried over pine smoke. $12

Pu'er
{D:熟普洱} Shú Pǔ'ěr — ripe pu'er, earthy and smooth, pressed into 100 g cakes. $15

On the tin
Every tin carries our shop name, {D:云台茶舍}, and a line from Lu Tong's Tang-dynasty "Song of Seven Bowls": {D:两碗破孤闷}. We read it as "the second bowl breaks my loneliness" — fitting, we think, for the second steeping.

Brewing guide: 80–85 °C for greens and white tea, 95 °C for oolongs and pu'er. Rinse pu'er once and pour the rinse away.
""")

dd("train-ticket-explained", """
Understanding a Chinese High-Speed Rail Ticket
Most trips now use e-tickets tied to your passport, but if you print a reimbursement voucher at the station it looks like the one in our photo. Here is each line in order.

Line 1: {D:北京南站}  G101  {D:上海虹桥站}
Your boarding station (Beijing South) is on the left and your destination (Shanghai Hongqiao) on the right. G101 is the train number; G trains are the fastest.

Line 2: {D:2026年12月20日06:36开}  {D:05车11F号}
The train departs at 06:36 on 20 December 2026. You are in car 5, seat 11F.

Line 3: {D:¥553.0元}  {D:二等座}
The fare, and the class: second class. First class is {D:一等座}, business class {D:商务座}.

Line 4: {D:限乘当日当次车}
"Valid only for this train on this date." Miss it and you need to rebook at the counter.

Line 5: your passport number, partly hidden, and your name in capitals.

Line 6: {D:仅供报销使用}
"For reimbursement only" — this paper is a receipt, not your ticket. You board with your passport.

Bottom line: {D:买票请到12306 发货请到95306}
A slogan on every ticket: "Buy tickets at 12306, ship freight at 95306", the railway's booking and freight websites.

Tip: at the station, follow signs for {D:检票口} (ticket gates) and check the screen for your train number and gate.
""")

dd("washer-panel-later-list", """
Expat Home Tips › Appliances
Decoding a Chinese washing machine panel

Our flat came with a top-loading washer whose panel is entirely in Chinese. After a week of guessing, I sat down with a dictionary and my neighbour, Mrs Gao. Here is the panel from left to right.

Programme dial
1. {D:标准}   2. {D:快洗}   3. {D:大件}   4. {D:羊毛}   5. {D:童装}   6. {D:单脱水}   7. {D:桶自洁}

Buttons
A. {D:水位}   B. {D:预约}   C. {D:童锁}   D. {D:启动/暂停}

While it runs, the display lights up {D:洗涤}, then {D:漂洗}, then {D:脱水}.

What they all mean
1. Standard – everyday cotton loads.
2. Quick wash – about 15 minutes, for lightly worn clothes.
3. Bulky items – duvets, blankets, curtains.
4. Wool – gentle, cold water.
5. Children's clothes – an extra rinse.
6. Spin only.
7. Drum self-clean – run it once a month with the machine empty.
A. Water level.
B. Delay timer, literally "appointment": set how many hours from now the wash should finish.
C. Child lock – hold for three seconds.
D. Start / pause.
The display stages are wash, rinse and spin.

Error codes appear as E1, E2 and so on. E1 almost always means the water is not draining: check the filter behind the little flap at the bottom.
""")

dd("supermarket-receipt-decoded", """
What's on My Chinese Supermarket Receipt?
Living in Shanghai · Everyday life · 9 comments

A reader asked what all the lines on a supermarket receipt mean. Here is mine from last Saturday, typed out exactly:

{D:联华超市 延安西路店}
{D:收银员}: 0231   {D:机号}: 05
{D:商品名称}   {D:数量}   {D:金额}
{D:光明纯牛奶} 250ml×12   1   42.00
{D:金龙鱼大米} 5kg   1   39.90
{D:本地青菜}   0.62kg   3.10
{D:购物袋}   1   0.30
{D:合计}: 85.30
{D:会员折扣}: -2.00
{D:实收}: 83.30
{D:微信支付}: 83.30
{D:找零}: 0.00
{D:谢谢惠顾，欢迎再次光临}

And in English, line by line: the store is Lianhua Supermarket, West Yan'an Road branch. Then the cashier's number and the till number. The column headings are item, quantity and amount. My items were Bright Dairy pure milk (a pack of twelve), a 5 kg bag of Arawana rice, local greens sold by weight, and a plastic bag – bags cost 30 fen here, so bring your own.

The bottom block is the total, my member's discount, the amount received, the payment method (WeChat Pay) and the change. The last line is the usual "Thank you for your custom, please come again."

If you need an official receipt for work, ask at the service desk for a fapiao; the till slip won't do.
""")

dd("metro-station-list", """
Shanghai Metro Line 2 — Station Guide for Visitors

Line 2 (light green) crosses the city from Hongqiao in the west to Pudong Airport in the east. Platform signs show the Chinese name with English or pinyin underneath, and announcements are made in Mandarin and English. The stops most visitors need:

{D:虹桥火车站} — Hongqiao Railway Station
{D:虹桥2号航站楼} — Hongqiao Airport Terminal 2
{D:中山公园} — Zhongshan Park
{D:静安寺} — Jing'an Temple, for the temple itself and West Nanjing Road shopping
{D:南京西路} — West Nanjing Road
{D:人民广场} — People's Square; change here for Lines 1 and 8
{D:南京东路} — East Nanjing Road; walk ten minutes east to the Bund
{D:陆家嘴} — Lujiazui, for the Oriental Pearl Tower and the Shanghai Tower
{D:世纪大道} — Century Avenue
{D:龙阳路} — Longyang Road; change here for the Maglev to Pudong Airport
{D:浦东国际机场} — Pudong International Airport

Two words worth learning: when you hear {D:下一站} (xià yí zhàn, "next station") followed by a name, get ready to move towards the doors. {D:换乘} (huànchéng) means interchange, and signs marked with it lead to other lines.

Trains run from about 5:30 am to 11 pm; the airport end closes earlier. A single ride costs 3–9 yuan.
""")

dd("ime-typing-tutorial", """
Typing Chinese on Windows 11 with Microsoft Pinyin
Tech Help Desk · Article 4471 · Applies to Windows 10 and 11

1. Open Settings › Time & language › Language & region and choose Add a language. Search for "Chinese" and pick the entry shown as {D:中文(简体，中国)}, which is Chinese (Simplified, China). Microsoft Pinyin is installed with it.
2. Switch keyboards with Windows key + Space. In the taskbar the input indicator shows {D:中} when you are typing Chinese and {D:英} in English mode; press Shift to toggle between them quickly.
3. Type the pinyin without tones. For example, type nihao and the candidate window offers {D:你好} ("hello") as choice 1. Press Space or 1 to accept it.
4. Homophones: typing shi gives a long list, beginning with {D:是} (to be), {D:事} (matter), {D:时} (time) and {D:十} (ten). Use the number keys to choose, or keep typing — shijian narrows it down to {D:时间}, "time".
5. Punctuation: in Chinese mode the comma and full stop keys produce the full-width forms ，and 。. Press Ctrl + . to switch to ASCII punctuation.

Troubleshooting
- The candidate window doesn't appear: check that the indicator shows {D:中}, not {D:英}.
- Traditional characters: open the input settings and change the character set to Traditional Chinese.

Still stuck? Raise a ticket and mention article 4471.
""")

dd("fapiao-expense-policy", """
Finance Policy FIN-07: Claiming Expenses with a Chinese VAT Invoice (Fapiao)
Applies to: all staff travelling to mainland China · Owner: Finance Operations · Rev. 4

A card slip or a handwritten {D:收据} (receipt) is not enough for a claim. You need a {D:发票}, the official tax invoice. Most hotels and restaurants now issue electronic ones; ask for one when you pay and give them the buyer details below.

| Field on the invoice | Meaning | What to check |
|---|---|---|
| {D:发票号码} | Invoice number | 20 digits on an e-invoice |
| {D:开票日期} | Date of issue | Must fall within your trip |
| {D:购买方名称} | Buyer's name | Must be our China entity (see below) |
| {D:纳税人识别号} | Taxpayer ID | Must be 91310000MA1H8R2K5P |
| {D:项目名称} | Goods or service | "Accommodation" or "catering", not "office supplies" |
| {D:价税合计} | Total including tax | Must match your card statement |
| {D:销售方名称} | Seller's name | The hotel or restaurant you actually used |

Buyer details to give the seller
Company: {D:北极星咨询（上海）有限公司} — this is Polaris Consulting (Shanghai) Co., Ltd., our China entity
Taxpayer ID: 91310000MA1H8R2K5P

Invoice types
Hotels will ask whether you want a {D:专票} (special VAT invoice) or a {D:普票} (ordinary invoice). Ask for the special one for accommodation; an ordinary one is fine for meals.

Upload the PDF to the expense system within 30 days of returning. Questions: finance-ops@polaris.example.
""")

dd("allergy-point-cards", """
Print-and-Point Cards for Travellers with Food Allergies
Cut along the dotted lines and keep the cards in your wallet. Each card has the Chinese sentence in large type for the waiter, and the English underneath for you.

Card 1
{D:我对花生严重过敏，请不要在我的菜里放花生、花生油或花生酱。}
I am severely allergic to peanuts. Please do not put peanuts, peanut oil or peanut butter in my food.

Card 2
{D:我不吃肉，也不吃鱼和海鲜，但是可以吃鸡蛋。}
I don't eat meat, fish or seafood, but I can eat eggs.

Card 3
{D:请问这道菜里有没有虾？}
Is there any shrimp in this dish?

Card 4
{D:如果不确定，请帮我推荐一道安全的菜。谢谢！}
If you are not sure, please recommend a dish that is safe for me. Thank you!

Card 5 (emergency)
{D:我过敏了，请帮我叫救护车。急救电话：120}
I am having an allergic reaction. Please call an ambulance for me. Emergency number: 120.

Every sentence was checked by two native speakers from our volunteer network. Print the page at 100% on card stock; the Chinese is set at 20 pt so that it can be read across a table. If you have a different allergy, use our free card builder.
""")

dd("wechat-pay-walkthrough", """
Setting Up WeChat Pay with a Foreign Card — a 2026 Walkthrough

If your phone is set to English, WeChat itself shows English menus. But many mini-programs, merchant pages and pop-ups stay in Chinese, so here is what to look for at each step.

1. Open WeChat and tap {D:我} (Me) in the bottom-right corner.
2. Tap {D:服务} (Services), then {D:钱包} (Wallet).
3. Choose {D:银行卡}, bank cards, and tap {D:添加银行卡} to add one.
4. Enter your card number, name and expiry date. A six-digit {D:验证码} (verification code) arrives by SMS; type it in.
5. Set a six-digit payment PIN. You will be asked to enter it twice.

Paying in a shop
Either show your code — tap {D:收付款} (Money) on the Services page — or scan the shop's code with {D:扫一扫} (Scan). Enter the amount, confirm, and wait for {D:支付成功}, "payment successful". Shopkeepers usually want to see that screen.

If something goes wrong
{D:余额不足} means insufficient funds; with a foreign card it usually means your bank blocked the charge. {D:交易失败}, "transaction failed", often goes away if you try again a minute later.

Fees
Payments of 200 yuan or less carry no fee; above that, a 3% fee applies to foreign cards. Check the current limits in the app, as they change often.
""")

dd("typeface-specimen", """
Xin Song Pro — A Contemporary Song Typeface for Simplified Chinese
Northlight Type · Light, Regular, Medium, Bold · 28,000+ glyphs (GB 18030)

Xin Song Pro, called {D:新宋} ("New Song") in Chinese, reworks the Song style of Ming-era woodblock printing for modern screens: slightly larger counters, calmer horizontal strokes and a Latin companion drawn to match.

Display sample, Bold 48 pt
{D:天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。}

These are the first lines of the Thousand Character Classic, a sixth-century primer in which no character is used twice. Our translation: "Heaven is dark and earth is yellow; the universe is vast and wild. The sun and moon wax and wane; the stars are spread out in their lodges."

Text sample, Regular 10 pt
{D:字体是文字的衣裳。好的正文字体不会吸引读者的注意，只会让阅读变得轻松。}
"A typeface is the clothing of words. A good text face does not draw the reader's attention; it simply makes reading easy."

Features
- Proportional and full-width punctuation, with vertical alternates for vertical setting
- Tabular and proportional figures in the Latin companion
- Hinted for Windows at 12–16 px

Licences
Desktop (up to 5 users) $390 · Web (up to 100k monthly views) $250 per year · App embedding on request.
""")

dd("parcel-tracking-glossary", """
Tracking a Parcel from a Chinese Marketplace: Status Glossary

For the first week after your order ships, tracking updates come straight from the Chinese courier's system and are often shown untranslated. This table explains the statuses you are likely to see, roughly in order.

| Status | What it means | What to do |
|---|---|---|
| {D:已下单} | Order placed, label created | Nothing yet |
| {D:已揽收} | Picked up by the courier | Nothing yet |
| {D:运输中} | In transit inside China | Nothing yet |
| {D:到达转运中心} | Arrived at a sorting hub | Normal; may repeat several times |
| {D:出口清关中} | Export customs clearance in progress | Can take 2–5 days |
| {D:航班已起飞} | The flight carrying it has departed | Expect a local tracking number soon |
| {D:派送中} | Out for delivery | Keep your phone on |
| {D:已签收} | Delivered and signed for | Check your porch or mailroom |
| {D:退回中} | Being returned to the sender | Contact the seller at once |

A typical event line looks like this:
2026-11-28 14:05 {D:【深圳市】快件已到达深圳转运中心}
which means "[Shenzhen] The parcel has arrived at the Shenzhen sorting centre".

If the status hasn't changed for ten days after {D:航班已起飞}, open a dispute through the marketplace; don't wait for the seller.
""")

dd("lease-terms-glossary", """
Renting in Shenzhen: Twelve Words on Your Lease
Newcomers' Guide · Housing · Reading time 4 min

Most leases are standard printed contracts with blanks filled in by hand. These are the words that matter.

{D:房东} fángdōng — landlord; on the contract the landlord is {D:甲方}, party A.
{D:租客} zūkè — tenant; you are {D:乙方}, party B.
{D:押一付三} yā yī fù sān — "deposit one, pay three": one month's deposit plus three months' rent up front. Also common: {D:押二付一}, two months' deposit and one month's rent at a time.
{D:押金} — deposit. {D:中介费} — agent's fee, usually half to one month's rent.
{D:物业费} — property management fee, charged per square metre.
{D:水电燃气} — water, electricity and gas, billed separately from rent.
{D:拎包入住} — literally "just bring your bag": fully furnished.
{D:朝南} — south-facing, the most sought-after orientation.
{D:违约金} — the penalty for breaking the lease.

A clause you will almost certainly see:
{D:租期内乙方提前退租的，押金不予退还。}
It says that if the tenant leaves before the lease ends, the deposit will not be returned. Negotiate this before signing if you think you might move early.

Photograph the meter readings on the day you move in, and ask the landlord to sign the inventory list.
""")


# ---------------------------------------------------------------- leftovers

ll("kettle-listing-spec-cells", """
Home > Kitchen Appliances > Electric Kettles
Meiyu 1.7L Stainless Steel Electric Kettle Household Fast Boiling Automatic Power Off Anti-dry Burning

US $21.80   US $29.90   -27%
Sold 1,284  |  4.8 (312 reviews)  |  Free shipping

Color: Pearl White / Mint Green / Matte Black
Quantity: 1   (560 pieces available)

Product parameters
| Brand | Meiyu |
| Model | MY-K1708 |
| Capacity | 1.7L |
| Rated power | 1800W |
| Rated voltage | 220V~50Hz |
| Inner material | 304 stainless steel |
| {L:适用人数} | {L:3-5人} |
| Function | Automatic power off, dry burning protection, {L:底座360度旋转} |
| {L:产地} | {L:广东中山} |
| Package | Kettle ×1, base ×1, {L:说明书}×1 |
| Warranty | One year warranty, {L:七天无理由退换货} |

Product details
Food grade 304 stainless steel inner tank, seamless integrated forming, no rust and no peculiar smell. Boil a full pot of water in 5 minutes, save your precious time. Imported steam sensing thermostat, automatically power off after boiling. {L:双层防烫外壳，倒水不烫手。}

Kind tips: This product is for 220V. Please confirm the voltage of your country before buying; a plug adapter is required in some regions.
""")

ll("hotel-news-cms-labels", """
Jinling Riverside Hotel
Home | About Us | Rooms | Dining | Meetings | News | Contact | {D:中文}

{L:当前位置}：Home > News > Hotel News

Jinling Riverside Hotel Held 2026 Fire Safety Drill
{L:发布时间}：2026-11-18 10:32   {L:浏览次数}：416   Source: General Manager's Office

In order to further strengthen the fire safety awareness of all staff and improve the ability to respond to emergencies, on the afternoon of November 16 our hotel organized a fire evacuation drill together with the Gulou District Fire Rescue Brigade. More than 120 employees from the front office, housekeeping, catering and engineering departments participated.

The drill simulated a fire in the kitchen of the third-floor Chinese restaurant. After the alarm sounded, the duty manager immediately started the emergency plan, and the employees guided the "guests" to evacuate through the safety passages to the square in front of the hotel in an orderly manner，{L:整个疏散过程用时4分30秒}。

Afterwards, the firefighters explained how to use fire extinguishers and fire hoses, and the employees practised putting out an oil pan fire on the spot. {L:消防大队李教导员对本次演练进行了点评，并对酒店下一步的消防工作提出了具体要求。}

General Manager Chen Hua said that safety is the lifeline of the hotel. The hotel will take this drill as an opportunity to carry out safety inspections regularly and create a safe and comfortable environment for guests.

{L:上一篇}：Jinling Riverside Hotel Won the Title of "Green Hotel"
{L:下一篇}：{L:关于元旦期间餐厅营业时间调整的通知}

Copyright © 2026 Jinling Riverside Hotel  {D:苏ICP备19023456号-1}
""")

ll("scenic-area-beside-inscription", """
Jade Stream Gorge Scenic Area · National AAAA Tourist Attraction
Home > Scenic Spots > Jade Stream Gorge

Jade Stream Gorge is located 38 kilometres northwest of the county seat, with a total length of 6.8 kilometres. The gorge is deep and secluded and the stream is clear; there are 18 waterfalls of different sizes along the way, and it is known as the "Little Jiuzhai of Southern Anhui".

Main attractions
Welcome Pool: the plank road begins here. On the cliff above the pool are four large characters, {D:碧水丹崖}, "green water and red cliffs", written by a county magistrate of the Qing Dynasty.
Nine-Fold Waterfall: the water falls down nine stone steps, and its sound can be heard half a kilometre away. {L:雨季水量最大，是拍照的最佳时节。}
Immortal Bridge: a natural stone arch spanning the stream, about 12 metres high. Legend says an immortal crossed here on his way to the mountain.
{L:情人谷}：{L:谷内遍植杜鹃，每年四月花开满山，游人如织。}

[Photo] Nine-Fold Waterfall in summer
[Photo] {L:栈道秋色}

Ticket information
Adult ticket 80 yuan; children 1.2–1.5 m and students with a student ID half price，{L:70周岁以上老人凭身份证免票}。
Opening hours: 8:00–17:30 (April–October), 8:30–17:00 (November–March)，{L:最晚入园时间为闭园前一小时}。
Sightseeing car: 20 yuan per person one way.

Transportation
Take the tourist bus from the county bus station; there is one bus every 40 minutes and the journey takes about 50 minutes. Self-driving: leave the G3 expressway at the Jingde exit and follow the brown signs.

Consultation hotline: 0559-652 8899
""")

ll("pump-product-vendor-credit", """
{D:中文} | English
Taizhou Hengli Pump Co., Ltd. ({D:台州恒力泵业有限公司})
Home   Products   About Us   Quality Control   News   Contact Us

QDX Series Small Submersible Pump
Home > Products > Submersible Pumps > QDX Series

Model: QDX1.5-17-0.37   Power: 370W   Max head: 17m   Max flow: 1.5m³/h   Outlet: 1 inch

Features:
1. Pure copper wire motor, thermal protector built in, effectively prevents motor burning.
2. Stainless steel shaft, mechanical seal with double oil chamber, long service life.
3. Aluminum alloy housing, light weight and good heat dissipation.
4. Float switch optional, the pump starts and stops automatically with water level.

Application: garden irrigation, fountains, fish ponds, basement drainage，{L:农田灌溉及工地排水}。

Packing: one piece per carton, with 10m cable. Carton size: 28×20×35cm.
MOQ: 100 pieces. Delivery time: 15–25 days after deposit.

Contact: Tel +86-576-8688-1234   E-mail: sales@hengli-pump.example
Add: No. 18 Industrial Road, Wenling City, Zhejiang Province, China

Copyright © 2008-2026 Taizhou Hengli Pump Co., Ltd. All rights reserved.   {D:浙ICP备10012345号}
{L:技术支持：台州网博科技}
""")

ll("tech-news-source-fields", """
Industry News › Semiconductors

Domestic 28nm Automotive-Grade MCU Passes AEC-Q100 Certification
{L:来源：电子产业观察}   {L:作者：林一帆}   2026-11-30 09:15
[ {L:字体：大 中 小} ]

Recently, a Shanghai chip design company announced that its first 28-nanometer automotive-grade microcontroller has passed AEC-Q100 Grade 1 reliability certification, and can work stably in the temperature range of -40°C to 125°C.

It is reported that the chip integrates a dual-core lockstep processor, 4MB embedded flash memory and a hardware security module, and is mainly used in body control, battery management systems and domain controllers. The company said that samples have been delivered to a number of car makers for testing, and mass production is expected in the second half of next year.

Industry analysts believe that with the rapid growth of new energy vehicles, demand for domestic automotive chips will continue to rise. {L:不过，也有业内人士指出，车规芯片从通过认证到真正上车，通常还需要两到三年的验证周期。}

Editor: Zhang Min   {L:审核：刘洋}

[ {L:打印正文} ]   [ {L:关闭窗口} ]   [ Back to top ]

Related reading
· Chip Industry Association Releases 2026 Annual Report
· New Standard for Automotive Power Semiconductors Open for Comments
""")

ll("download-center-file-names", """
Shenzhen Lianxun Technology Co., Ltd. — Download Center
Home > Service & Support > Download Center

Please select the product series and download the corresponding manuals, drivers and certificates. PDF files can be opened with Adobe Reader or any browser.

Product series: [ LX-G200 Industrial Gateway ▼ ]   [ Search ]

| File name | Type | Size | Update date | |
| LX-G200 Gateway User Manual (English) | PDF | 3.2 MB | 2026-10-12 | Download |
| LX-G200 {L:网关快速安装指南} | PDF | 1.1 MB | 2026-10-12 | {L:下载} |
| LX-G200 Firmware V2.4.1 | BIN | 14.6 MB | 2026-11-05 | Download |
| {L:固件升级说明} V2.4.1 | TXT | 4 KB | 2026-11-05 | Download |
| CE Certificate | PDF | 860 KB | 2026-03-20 | Download |
| {L:产品质量检测报告} | PDF | 2.4 MB | 2026-03-20 | Download |
| Modbus Protocol Document | DOC | 420 KB | 2025-12-01 | Download |

Total 7 records   {L:第1页/共1页}

Note: the firmware must be upgraded through the web management page. Do not cut off the power during the upgrade. {L:如需其他资料，请联系对应区域的销售工程师。}

Technical support hotline: 0755-2698 4411 (Monday to Friday 9:00–18:00)
""")

ll("camera-faq-untranslated-answer", """
Frequently Asked Questions — SmartEye C3 Home Camera

Q1: How do I connect the camera to Wi-Fi?
A: Download the SmartEye app, tap "+" in the upper right corner, and follow the prompts to let the camera scan the QR code shown on your phone screen. Only 2.4GHz Wi-Fi is supported.

Q2: Why is the camera offline?
A: Please check whether the router is working normally and whether the Wi-Fi password has been changed. If the problem persists, press and hold the reset button for 5 seconds and add the device again.

Q3: Does the camera support memory cards?
A: Yes, it supports Micro SD cards up to 256GB (Class 10 or above). {L:插卡前请先断电，否则可能导致存储卡损坏。}

Q4: How long is cloud video kept?
A: {L:云存储分为7天循环和30天循环两种套餐，新用户可免费试用一个月。套餐到期后如未续费，已录制的视频将在到期七天后自动删除。}

Q5: Can several family members watch at the same time?
A: Yes. In the app, go to Settings > Share Device and enter your family member's account. Up to 5 people can watch at once.

Q6: What do the indicator lights mean?
A: Red light flashing slowly: waiting for network configuration. Blue light on: connected normally. {L:红蓝灯交替闪烁：正在升级固件，请勿断电。}

Still have questions? Contact our after-sales team through the app: Me > Help & Feedback.
""")

ll("shipping-policy-midparagraph", """
Shipping & Returns — Huaxin Home Textile Official Store

Shipping
All orders are shipped from our warehouse in Nantong, Jiangsu within 48 hours after payment, except pre-sale items. We use SF Express and YTO Express by default; if you need a designated courier, please leave a message when placing the order. {L:新疆、西藏、青海、内蒙古等偏远地区不包邮，需补运费差价，具体金额请咨询客服。} Orders usually arrive within 2–4 days in most areas, and the tracking number will be sent to you by SMS.

Returns and exchanges
We support 7-day no-reason returns and exchanges. The product must be unwashed and unused, with the tags and original packaging intact. Please contact customer service before sending anything back and write your order number on a note in the parcel. For quality problems we bear the return shipping; for non-quality problems the return shipping is paid by the buyer，{L:到付件一律拒收}。

Color difference
Because of different monitors and lighting, there may be a slight color difference between the pictures and the actual product. This is not a quality problem.

Refunds
Refunds are issued to the original payment account within 3 working days after we receive and check the returned goods.

Invoice
Electronic invoices can be issued on request. Please fill in the company name and taxpayer ID in the order note.
""")

ll("product-reviews-partly-zh", """
Customer Reviews (2,316)   Positive 98%   With photos (421)   {L:追评} (86)

★★★★★  l***9   2026-11-21   Color: Grey   Size: 200×230cm
Received very fast and the packaging is good. The fabric is soft and skin-friendly, no smell after washing. Will buy again.

★★★★★  Ms. W***   2026-11-19   Color: Milk Tea   Size: 150×200cm
{L:质量很好，摸起来很舒服，就是颜色比图片深一点。客服态度也很耐心，给五星！}

★★★★☆  sunny_day   2026-11-17   Color: Grey   Size: 200×230cm
It's warm, but there is some static in winter.
{L:追加评论：洗了两次，没有起球，还不错。}
Seller reply: {L:亲，静电问题可以在洗涤时加入柔顺剂哦～}

★★★★★  Anonymous user   2026-11-15   Color: Dusty Blue   Size: 180×220cm
Bought it for my parents and they said it's very comfortable. The thickness is just right for this season.

★★★☆☆  k***n   2026-11-12   Color: Grey   Size: 150×200cm
The size is a bit smaller than described, about 3 cm shorter. Otherwise OK.
Seller reply: Dear, the size is measured by hand and there may be an error of 1–3 cm. Thank you for your understanding!

Was this helpful?   Yes (32)   No (2)
""")

ll("camping-shop-footer-hours", """
Yunqi Outdoor — Tents & Camping
Home / Camping / Tents
Showing 1–6 of 24 products   Sort by: Popularity ▼

Ultralight 2-Person Backpacking Tent, 1.6 kg — $129.00
Family Cabin Tent for 4–6 People, Waterproof PU3000 — $219.00
Instant Pop-Up Beach Shelter with UPF50+ — $59.00
Hexagon Canopy Tarp 4×4 m, Silver Coated — $45.00
Tent Footprint Ground Sheet, 210×150 cm — $18.00
Aluminium Tent Pegs, Set of 12 — $15.00

Free shipping on orders over $99 · 30-day returns · 2-year warranty on all tents

Customer Service
Hotline: 400-820-6688
{L:客服时间：周一至周日} 9:00-21:00{L:（法定节假日除外）}
Email: service@yunqi-outdoor.example
After-sales address: 3F, Building B, No. 55 Xingye Road, Yuhang District, Hangzhou
{L:关注我们}：WeChat | Weibo | Douyin

About Us | Privacy Policy | Terms of Service | Sitemap
© 2026 Yunqi Outdoor. {D:杭州云栖户外用品有限公司} (Hangzhou Yunqi Outdoor Products Co., Ltd.)   {D:浙ICP备2022001234号-2}
""")

ll("api-param-table-cells", """
Payment Gateway API v3 — Create Order

POST /v3/orders
Content-Type: application/json

Request parameters
| Parameter | Type | Required | Description |
| merchant_id | string | Yes | Merchant ID assigned by the platform |
| out_trade_no | string | Yes | Merchant order number, unique within the merchant, 6–32 characters |
| amount | int | Yes | Order amount in fen (1 yuan = 100 fen) |
| currency | string | No | Currency code, default CNY |
| notify_url | string | Yes | {L:异步通知地址，必须为外网可访问的} https {L:地址} |
| expire_time | string | No | {L:订单失效时间}, format yyyy-MM-ddTHH:mm:ss+08:00 |
| attach | string | No | {L:附加数据，在查询和回调通知中原样返回} |

Response fields
| Field | Type | Description |
| code | string | Return code, SUCCESS means success |
| order_id | string | Platform order number |
| pay_url | string | Cashier page address, valid for 2 hours |

Notes
1. All requests must be signed. See "Signature Algorithm" for details.
2. {L:同一商户订单号重复提交时，若金额不一致将返回错误码} ORDER_AMOUNT_MISMATCH。
3. If expire_time is not passed, the order expires 2 hours after creation.

Error codes
| Code | Meaning |
| PARAM_ERROR | Parameter error |
| SIGN_ERROR | {L:签名验证失败} |
| ORDER_PAID | The order has already been paid |
""")

ll("release-notes-mixed", """
Release Notes — QuickNote for Windows

Version 5.3.0 (2026-11-27)

New features
- Added Markdown table editing; rows and columns can be inserted from the toolbar.
- Notes can now be exported to PDF with a table of contents.
- {L:新增深色模式下的代码高亮主题。}

Improvements
- Optimized startup speed; cold start time is reduced by about 30%.
- Search results now highlight matching keywords，{L:并支持按修改时间排序}。
- The sidebar remembers its width after restart.

Bug fixes
- Fixed the problem that pictures could not be pasted from some browsers.
- {L:修复了同步冲突时偶尔丢失附件的问题。}
- Fixed a crash when opening a notebook with more than 10,000 notes.

Version 5.2.4 (2026-10-15)
- {L:优化了} OneDrive {L:同步的稳定性。}
- Fixed incorrect line spacing when printing.

Known issues
- On Windows 10 1809 and earlier, the emoji picker may not open. Please upgrade your system.

Download: QuickNote_5.3.0_x64.exe (86 MB)   |   {L:历史版本}
""")

ll("hotel-room-rate-table", """
Room Types & Rates — Lakeview Garden Hotel, Hangzhou
Home > Rooms & Suites

Address: No. 12 Beishan Road, Xihu District, Hangzhou ({D:杭州市西湖区北山路12号})

| Room type | Area | Bed | Rate (CNY/night) | Notes |
| Superior Double Room | 28 m² | 1.8 m double bed | 468 | Breakfast for two included |
| Superior Twin Room | 28 m² | Two 1.2 m beds | 468 | {L:含双早} |
| Deluxe Lake View Room | 35 m² | 2 m king bed | 688 | Lake view, balcony |
| Business Suite | 56 m² | 2 m king bed | 988 | Separate living room，{L:可免费使用行政酒廊} |
| Family Room | 42 m² | 1.8 m + 1.2 m beds | 768 | {L:赠送儿童乐园门票两张} |
| Economy Room | 18 m² | 1.5 m bed | 298 | {L:无窗}, no breakfast |

Room facilities: free Wi-Fi, 55-inch smart TV, Nespresso machine, bathtub (Deluxe and above), 24-hour hot water.

Check-in after 14:00, check-out before 12:00. {L:延迟退房至18:00收取半天房费，18:00以后按全天房费计算。}
Extra bed: 150 yuan per night, including breakfast.
Children under 1.2 m stay free when using existing bedding.

Booking hotline: 0571-8796 5566   E-mail: booking@lakeviewgarden.example
""")

ll("tour-itinerary-days", """
6-Day Guilin & Yangshuo Classic Tour — Itinerary
Tour code GL-06A · Small group, max 16 people · Departs every Saturday

Day 1  Arrive in Guilin
Pick-up at Guilin Liangjiang International Airport and transfer to the hotel. Free time in the evening to visit Zhengyang Pedestrian Street.
Meals: none   Accommodation: Guilin Riverside Hotel or similar

Day 2  Li River cruise to Yangshuo
Board a four-star cruise boat at Mopanshan Pier and sail 4 hours to Yangshuo, passing the scenery printed on the 20-yuan note.
Meals: breakfast, lunch on board   Accommodation: hotel in the West Street area

Day 3  Yulong River bamboo rafting
In the morning, drift down the Yulong River ({D:遇龙河}, "meeting the dragon") on a bamboo raft for about 90 minutes, past Dragon Bridge, built in the Ming Dynasty. {L:下午自由活动，可自费参加骑行或攀岩项目。}
Meals: breakfast, {L:农家菜午餐}   Accommodation: {L:同上}

Day 4  Longji Rice Terraces
Drive about 3 hours to Longsheng and walk through the terraces of Ping'an Village, home of the Zhuang people. Overnight in a village inn with terrace views.
Meals: breakfast, lunch, dinner   Accommodation: Ping'an village inn

Day 5  Reed Flute Cave and Elephant Trunk Hill
Return to Guilin to visit the karst cave and the city's landmark hill.
Meals: breakfast, lunch   Accommodation: Guilin Riverside Hotel or similar

Day 6  Departure
Transfer to the airport or railway station. End of service.

Price includes: hotels as listed, meals as listed, {L:景区首道大门票}, English-speaking guide, air-conditioned coach.
Price excludes: single room supplement, personal expenses, {L:景区内小交通}。
""")

ll("hotpot-menu-half-glossed", """
Chongqing Family Hot Pot — Menu
No. 23 Jiefang Road · Open 11:00–02:00 · Reservation: 023-6378 5521

Soup base
- Original spicy beef tallow soup base  58 yuan
- Wild mushroom soup base  48 yuan
- Mandarin duck pot, half spicy and half clear  68 yuan
- {L:番茄锅底}  48 yuan

Meat
- Fresh beef tripe ({D:毛肚}, mao du), our signature; dip it "seven up, eight down", about 15 seconds  48 yuan
- Duck intestines  32 yuan
- {L:嫩牛肉}  38 yuan
- Luncheon meat  22 yuan
- {L:现炸酥肉}  28 yuan
- Shrimp paste, hand-made  36 yuan

Vegetables
- Potato slices, lotus root slices, winter melon  12 yuan each
- {L:豆皮、海带结}  12 yuan each
- Mixed mushroom platter  26 yuan

Drinks
- Wanglaoji herbal tea ({D:王老吉})  8 yuan
- Iced sour plum juice, one jug  15 yuan
- Local draught beer  10 yuan

{L:以上价格均含服务费。锅底每桌限点一份，自助小料台每位5元。}
Spicy level can be adjusted: mild, medium or extra spicy. Please tell the waiter when ordering.
""")

ll("app-store-listing", """
Lingxi Translator — Voice & Photo Translation
Lingxi Tech Ltd. · Productivity · 4.7 ★ (18.2K ratings) · Free, offers in-app purchases

Lingxi Translator is a smart translation assistant for travel, study and work. It supports translation between 108 languages and is trusted by more than 30 million users.

Main functions:
● Voice translation: speak and translate in real time, with a face-to-face conversation mode for two people
● Photo translation: take a picture of menus, signs and documents and translate the whole page in one second
● {L:离线翻译：下载语言包后无网络也能使用}
● Document translation: supports Word, PDF and PPT, keeping the original layout
● Vocabulary book: collect new words and review them with spaced repetition

VIP membership: $4.99 per month or $29.99 per year. The subscription renews automatically unless cancelled at least 24 hours before the end of the current period.

What's New   Version 6.8.2
- Fixed some known issues and improved stability
- {L:拍照翻译新增手写体识别}
- Conversation mode now supports Thai and Vietnamese

Ratings and Reviews   See all
"Very useful on my trip, the photo translation of menus is amazing." — Jenny K.

{L:隐私政策} | Terms of Use | Support: support@lingxi.example
""")

ll("printer-driver-dialog-prompts", """
ZX-Print Driver Installation Guide (Windows)
Applicable models: ZX-5800, ZX-5800W, ZX-8100   Driver version: 3.6.2

Before installation, please make sure the printer is powered on and has paper loaded. Do not connect the USB cable until the program asks you to.

Step 1: Download the driver package from the official website and unzip it to any folder.
Step 2: Right-click Setup.exe and select "Run as administrator".
Step 3: Select the installation language and click Next. If the prompt "{L:检测到旧版本驱动，是否先卸载？}" appears, click "Yes" and restart the computer after the uninstallation is complete.
Step 4: Select the connection method, USB or network. For USB, connect the printer only when the program prompts "{L:请连接打印机}"，{L:否则系统可能无法正确识别设备}。
Step 5: For network connection, the program will search the printer automatically. If it is not found, enter the printer's IP address manually (print a configuration page by pressing the FEED key for 3 seconds).
Step 6: Click Finish and print a test page.

Common problems
1. Windows shows "Driver is unavailable": uninstall the driver in Devices and Printers, then reinstall it as administrator.
2. {L:安装过程中被杀毒软件拦截}: please allow the installation program, or temporarily close the antivirus software.
3. The test page prints garbled characters: check that the selected model matches your printer.

Technical support: support@zx-print.example   Tel: 400-900-5800
""")

ll("company-news-list-pagination", """
{D:中文} | EN
Wuxi Daming Bearing Co., Ltd.
Home   About Us   Products   Quality   News   Contact

Product Center
· Deep groove ball bearings   · Tapered roller bearings   · {L:圆柱滚子轴承}   · Needle roller bearings

Home > News Center > Company News

· Daming Bearing attends Hannover Messe 2026                          2026-04-25
· Company passes IATF 16949 recertification audit                     2026-03-18
· {L:公司召开2026年度安全生产工作会议}                                  2026-02-20
· New precision grinding line put into production                     2026-01-09
· Daming Bearing rated a "Specialized and Sophisticated" SME          2025-12-15
· {L:喜报：我公司荣获市级企业技术中心认定}                               2025-11-30
· Annual staff sports meeting held successfully                       2025-10-22

{L:共28条} {L:首页} {L:上一页} 1 2 3 4 {L:下一页} {L:尾页}

Contact us
Tel: +86-510-8521-3366   Fax: +86-510-8521-3367
Add: No. 9 Xinhua Road, Xinwu District, Wuxi, Jiangsu, China

Copyright © Wuxi Daming Bearing Co., Ltd. ({D:无锡大明轴承有限公司})   {D:苏ICP备08012345号}
""")

ll("dealer-application-form", """
Join Us — Become a Lvyuan Water Purifier Dealer
Home > Investment Cooperation > Join Us

Lvyuan has focused on household water purification for 15 years, with more than 2,000 stores and service outlets nationwide. We sincerely invite partners from all over the country to join us.

Support policy
1. Regional protection: only one dealer in each county.
2. Store decoration subsidy of up to 30,000 yuan.
3. {L:免费提供店员培训及开业物料}。
4. Headquarters online traffic is distributed to local dealers.

Conditions: legal business license, a store of no less than 30 square meters in a main street, and recognition of the Lvyuan brand concept.

Online application
Name: __________
{L:联系电话}: __________
Company name: __________
{L:所在地区}: [ {L:请选择省份} ▼ ]  [ {L:请选择城市} ▼ ]
Intended cooperation: ( ) County agent   ( ) City agent   ( ) {L:专卖店}
Message: __________
[ {L:提交} ]   [ Reset ]

We will contact you within 3 working days after receiving your application.
Investment hotline: 400-611-8899
""")

ll("ebike-warranty-glued-clauses", """
Warranty Policy — Feiyu Electric Bicycles
Feiyu ({D:飞羽}, "flying feather") has made electric bicycles in Tianjin since 2009. This policy applies to all models sold after January 1, 2026.

1. Warranty period: frame 3 years, motor and controller 2 years, battery 1 year or 300 charge cycles, whichever comes first，{L:轮胎、刹车片、灯具等易损件不在保修范围内}。
2. The warranty period starts from the purchase date on the invoice. Please keep the invoice and the warranty card properly; without them the warranty is calculated from the date of manufacture.
3. The following situations are not covered by the free warranty: damage caused by improper use or accidents，{L:包括但不限于进水、摔落、私自拆修或改装}；products without a valid proof of purchase; normal wear and fading.
4. Battery: the capacity will decrease with use, which is a normal phenomenon. {L:电池鼓包、漏液属于质量问题的，可免费更换。}
5. During the warranty period, please go to an authorized service outlet for repair. Repairs at other shops will void the warranty.
6. Parts replaced under warranty belong to the company.

To find your nearest service outlet, use "Service Network" on our website or call 400-022-7799.

{L:本政策最终解释权归飞羽电动车所有。}
""")

ll("led-product-tags-prevnext", """
Product Detail — 100W LED High Bay Light, UFO Type, IP65
Home > Products > Industrial Lighting > High Bay Light

Model: HB-UFO-100
Luminous efficacy: 150 lm/W
CCT: 3000K / 4000K / 5700K
CRI: Ra>80
Beam angle: 60° / 90° / 120°
IP rating: IP65
Certificates: CE, RoHS, {L:节能认证}
Warranty: 5 years

Description
Die-cast aluminum housing with fins for efficient heat dissipation; the driver is separated from the light source, so the lamp keeps working stably even in high temperature workshops. Hanging ring and bracket mounting are both available.
Applications: warehouses, factories, gymnasiums, {L:加油站}、supermarkets and exhibition halls.

Tags: LED high bay, UFO light, {L:工矿灯}, industrial lighting

{L:上一篇}：80W LED Flood Light
{L:下一篇}：150W LED {L:线性高棚灯}

Related products
200W LED High Bay Light · Explosion-proof LED Light · Solar Street Light

[ Inquiry Now ]   [ {L:在线留言} ]
""")

ll("booking-confirmation-email", """
Subject: Booking Confirmed — Order No. 2026120418832

Dear Mr. Peter Lawson,

Thank you for booking with TripJoy. Your hotel reservation has been confirmed by the hotel.

Hotel: Xi'an Bell Tower Garden Hotel ({D:西安钟楼花园酒店})
Address: No. 16 Beidajie, Lianhu District, Xi'an / {D:西安市莲湖区北大街16号}
Check-in: 2026-12-20 (Sun), after 14:00
Check-out: 2026-12-23 (Wed), before 12:00
Room: Deluxe King Room × 1, 3 nights, breakfast for one person
Total paid: CNY 1,356
{L:取消政策：入住前一天18:00前可免费取消，逾期将扣除首晚房费。}

Important notes
- Please present the passport of each guest at check-in.
- The hotel charges a deposit of 300 yuan at check-in, refundable at check-out.
- {L:酒店停车场车位有限，需提前致电酒店预留。}
- {L:温馨提示}：For a taxi, show the Chinese address above to the driver.

Need help? Our customer service team is available 24 hours a day: +86 21 6010 8888, or reply to this e-mail.

TripJoy — Travel made easy
""")

if __name__ == "__main__":
    SET.build()
