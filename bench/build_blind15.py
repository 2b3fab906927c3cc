"""detect15: a held-out, labelled detection set written blind.

Eighty hand-written documents in the style of real web-page excerpts (navigation, dates, share
buttons, footers, cut-off endings): forty English pages that hold deliberate Chinese (bilingual
paragraphs, alternating lines, poems and classical text with originals, learner tables, cast
lists, glosses, signs, ICP footers, tags) and forty half-translated pages whose untranslated
Chinese ("leftovers") often sits next to bilingual-looking material or shares names and numbers
with the English around it. `{D:…}` marks deliberate Chinese, `{L:…}` a leftover; every Han
character lies inside exactly one mark.

It was written blind: without reading mtmend's code, the other bench sets or their builders
(only `marked()` and `Doc` of build_detection_sets.py were looked at), and before being scored.
All text is original writing; subjects avoid the obvious news pages.

Rebuild from the repository root with `python bench/build_blind15.py`; it writes
bench/sets/detect15-deliberate.jsonl (ids d15d-01…) and bench/sets/detect15-leftovers.jsonl
(ids d15l-01…).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_detection_sets import marked  # noqa: E402

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")

# (layout, marked text)
DELIBERATE: list[tuple[str, str]] = [
("calligraphy-inline-en-zh", """Home | Courses | Gallery | Shop | Contact

Brush Basics, Lesson 4: The Eight Principles of Yong
Posted by Master Lin · March 14, 2023 · 12 comments

Almost every beginner starts with one character: {D:永}, which means "eternal". It is chosen because its few strokes contain the eight basic movements of the brush. {D:初学书法的人几乎都从一个字开始练起:“永”字。} Teachers call this method the Eight Principles of Yong, {D:永字八法}, and it has been used for more than a thousand years.

The first stroke is the dot, called {D:点} (diǎn), which should look like a falling stone rather than a flat spot. The second is the horizontal, {D:横} (héng). Keep your wrist loose and do not push with your fingers. {D:手腕要放松,不要用手指发力。} Press down at the start, lift slightly in the middle, and press again at the end.

A student once asked why we practise the same character for weeks. My answer: the brush does not lie. {D:笔是不会骗人的。} If your mind is hurried, the stroke will be thin and shaky.

Materials for this lesson
- Brush: medium wolf-hair ({D:狼毫})
- Paper: practice rice paper ({D:毛边纸}), not the expensive {D:宣纸}
- Ink: bottled ink is fine for now

Next lesson: the hook stroke {D:钩} and why it trips everyone up.

Share: Facebook · WeChat · Email
← Lesson 3: Holding the brush | Lesson 5: Hooks and turns →
© 2023 Inkstone Studio Calligraphy School"""),
("tea-paragraphs-loose", """Leaf & Kettle Tea House — Our Teas — Oolong — Da Hong Pao

Big Red Robe (Da Hong Pao)
{D:大红袍}
Origin: Wuyi Mountains, Fujian | Roast: medium-heavy | Harvest: spring 2022

Legend says the tea got its name when a scholar, cured by the leaves, draped his red robe over the bushes to thank them. Whatever the truth, the mother bushes on the cliff are now protected and no longer picked.

{D:相传古时有一位赶考的书生途中病倒,喝了寺中僧人用这里的茶叶泡的茶后病就好了。他高中状元之后回来答谢,把身上的大红袍披在茶树上,这茶从此就有了名字。如今岩壁上的几棵母树已经停采,受到保护。}

How we brew it: 5 g of leaves in a 100 ml gaiwan ({D:盖碗}), water just off the boil. Rinse once, then steep for 10 seconds, adding 5 seconds each time. Good leaves give seven infusions or more.

{D:冲泡建议:用盖碗,投茶量五克左右,沸水冲泡。第一泡洗茶,之后每泡十秒起,逐次延长。好茶可以泡七次以上,岩韵悠长。}

Tasting notes: roasted stone fruit, a mineral finish the locals call "rock rhyme" ({D:岩韵}), and a sweetness that returns in the throat ({D:回甘}).

★★★★☆ 4.6 (38 reviews)   50 g tin — $24.00   [Add to cart]

Customers also bought: Tieguanyin {D:铁观音} · Lapsang Souchong {D:正山小种} · Phoenix Dancong {D:凤凰单丛}

Free shipping on orders over $60 | Returns | Privacy
"""),
("wenyan-list-after", """Classical Chinese Reader · Unit 6 · Text 2
Home > Reading Room > Pre-Qin prose > "The Frog in the Well"

Translation

A frog living in a shallow well said to a great turtle from the Eastern Sea: "How happy I am! I hop up onto the rim of the well, and then go back in and rest in a gap between broken bricks. When I swim, the water holds up my armpits and chin; when I walk in the mud, it covers my feet. Why don't you come in and see for yourself?"

Before the turtle of the Eastern Sea had even got its left foot in, its right knee was already stuck. So it backed out and told the frog about the sea.

Original text

{D:埳井之鼃谓东海之鳖曰:“吾乐与!出跳梁乎井干之上,入休乎缺甃之崖;赴水则接腋持颐,蹶泥则没足灭跗。……夫子奚不时来入观乎?”}

{D:东海之鳖左足未入,而右膝已絷矣。于是逡巡而却,告之海。}

Notes
1. {D:埳井}: a shallow, broken well. {D:埳} is read kǎn.
2. {D:鼃}: an old form of {D:蛙}, frog.
3. {D:井干}: the wooden rail around the mouth of a well.
4. {D:甃} (zhòu): the brick lining of a well.
5. {D:逡巡}: to hesitate and draw back.

The source is the chapter "Autumn Floods" ({D:《秋水》}) of the Zhuangzi {D:《庄子》}. The idiom {D:井底之蛙}, "a frog at the bottom of a well", for someone with a narrow view, comes from stories like this one.

Discussion questions (3) | Print this page | Next text: "Marking the boat to find the sword" →"""),
("kpop-fanpage-cast", """ZHOU SHEN GLOBAL FANBASE ♡ Translations · Schedule · Fan Projects · Forum

[TRANS] Weibo post, 2023.08.19

Zhou Shen {D:周深} posted a short video from rehearsal with the caption:

{D:“今天的风有点大,但大家的声音更大。谢谢你们等我。”}
"The wind is a bit strong today, but your voices are even stronger. Thank you for waiting for me."

Fans immediately picked up the word {D:等} ("to wait") because it is also in the title of his 2021 song. Our translator's note: in Chinese, saying {D:谢谢你们等我} can sound casual and warm at the same time, like thanking friends who stayed late.

Quick profile
Name: Zhou Shen
Chinese name: {D:周深}
Fandom name: "Shenqian" {D:深浅}
Hometown: Guizhou {D:贵州}
Debut: 2014 on The Voice of China {D:中国好声音}

Tags: #{D:周深} #ZhouShen #{D:深浅} #translation

Comments (214)
shenlight_99: he really said {D:你们的声音更大} 😭 the way he phrased it
  ↳ mod: please add translations when you quote, thanks!
mooncake_girl: translation is perfect, thank you admins

Reposting? Credit @ZSGlobal and link back. Do not edit our translations.
« Older post | Newer post »"""),
("drama-infobox", """DramaWiki > 2022 Dramas > Love Between Fairy and Devil

Love Between Fairy and Devil
{D:苍兰诀}
Pinyin: Cāng Lán Jué
Genre: Xianxia, romance, fantasy
Episodes: 36
Broadcast network: iQIYI {D:爱奇艺}
Air date: 2022-Aug-07 to 2022-Aug-25
Original novel: {D:《苍兰诀》} by Jiu Lu Fei Xiang {D:九鹭非香}

Synopsis
A low-ranking orchid fairy accidentally revives a demon lord who has been sealed for thirty thousand years. A curse ties their lives together, and he is forced to protect her...

Cast
Main
- Yu Shuxin {D:虞书欣} as Xiao Lanhua {D:小兰花}
- Wang Hedi {D:王鹤棣} as Dongfang Qingcang {D:东方青苍}
Supporting
- Zhang Linghe {D:张凌赫} as Chang Heng {D:长珩}
- Xu Haiqiao {D:徐海乔} as Rong Chang {D:容昶}

Theme songs
See the soundtrack page for the opening and ending songs. [edit]

Trivia
- The title word {D:诀} means a secret formula or a farewell; fans argue about which is meant.

Categories: Xianxia | iQIYI | Novel adaptations
This page was last edited on 3 May 2023, at 09:12."""),
("martial-arts-glossary", """Taiji Quan Club Bristol — Resources — Terminology

A short glossary for new members

We use the Chinese names in class, so here they are with pinyin and a rough meaning. Don't worry about the tones at first; our teacher will correct you kindly (mostly).

| Chinese | Pinyin | Meaning |
|---|---|---|
| {D:太极拳} | tàijíquán | "supreme ultimate fist" |
| {D:推手} | tuīshǒu | push hands |
| {D:站桩} | zhànzhuāng | standing post |
| {D:松} | sōng | relaxed, loosened |
| {D:沉肩坠肘} | chén jiān zhuì zhòu | sink the shoulders, drop the elbows |
| {D:虚领顶劲} | xū lǐng dǐng jìn | lift the crown lightly |
| {D:师父} | shīfu | teacher (as in a family) |

The word {D:松} is probably the one you will hear most. It does not mean floppy. Think of a rope that is held without being pulled tight.

Form names
1. Commencement — {D:起势}
2. Part the Wild Horse's Mane — {D:野马分鬃}
3. White Crane Spreads Its Wings — {D:白鹤亮翅}
4. Brush Knee — {D:搂膝拗步}
... the full 24-step list is on the handout.

At the end of class we bow and say {D:谢谢师父} ("thank you, teacher").

Class times: Tue 19:00, Sat 10:00 · St Werburgh's Hall · First lesson free
Contact us | Join the mailing list | Facebook"""),
("gardening-plantcard", """GreenThumb Forum › Asian Vegetables › Growing Chinese chives in pots

OP: allotment_dave · 9 replies · last post 2 days ago

I bought seeds labelled {D:韭菜} at the Chinese supermarket. The packet says {D:韭菜籽 播种期:3-5月} which my neighbour translated as "chive seeds, sowing March to May". Anyone grown these?

Reply from MeiGardens:
Yes! {D:韭菜} (jiǔcài) are garlic chives. You can cut them three or four times a season. My grandmother's rule: {D:“头刀韭,二刀葱”} — the first cut of chives is the best, like the second cut of spring onions. Don't let them flower in the first year.

Also look for {D:韭黄}, yellow chives. Same plant, grown in the dark. Expensive in shops but easy: put an upturned pot over a clump for ten days.

Reply from allotment_dave:
Brilliant, thank you. What about the other packet, {D:空心菜}?

Reply from MeiGardens:
That's water spinach, also sold as kangkong. It loves heat. In the UK you need a greenhouse or it sulks.

Plant card (from the packet)
{D:品种:大叶韭菜}  Variety: broad-leaf garlic chive
{D:发芽温度:15-20℃}  Germination: 15–20 °C
{D:株距:10厘米}  Spacing: 10 cm

Quote · Like (4) · Report
Page 1 of 1 | Back to Asian Vegetables"""),
("bible-parallel", """Bilingual Bible Online  |  Books  |  Search  |  Audio  |  {D:中文} / English

John 1:1–5 (Chinese Union Version / World English Bible)

1 In the beginning was the Word, and the Word was with God, and the Word was God.
{D:太初有道,道与神同在,道就是神。}
2 The same was in the beginning with God.
{D:这道太初与神同在。}
3 All things were made through him. Without him, nothing was made that has been made.
{D:万物是藉着他造的;凡被造的,没有一样不是藉着他造的。}
4 In him was life, and the life was the light of men.
{D:生命在他里头,这生命就是人的光。}
5 The light shines in the darkness, and the darkness hasn't overcome it.
{D:光照在黑暗里,黑暗却不接受光。}

Translator's note: the Union Version renders "Word" (logos) as {D:道}, the same character used for the Way in Daoist texts. This choice has been discussed for over a century.

Font size: A A A   |   Show: both · English only · Chinese only
◄ Previous chapter   Next chapter ►"""),
("sutra-lines-zh-en", """Dharma Texts Library — Heart Sutra — Bilingual reading

{D:观自在菩萨,行深般若波罗蜜多时,照见五蕴皆空,度一切苦厄。}
When Avalokiteshvara Bodhisattva was practising the deep prajnaparamita, he saw clearly that the five aggregates are all empty, and passed beyond all suffering.

{D:舍利子,色不异空,空不异色,色即是空,空即是色,受想行识,亦复如是。}
Shariputra, form is not different from emptiness, emptiness is not different from form. Form is emptiness, emptiness is form. The same is true of feeling, perception, formation and consciousness.

{D:舍利子,是诸法空相,不生不灭,不垢不净,不增不减。}
Shariputra, all dharmas are marked by emptiness: they neither arise nor cease, are neither defiled nor pure, neither increase nor decrease.

Key terms
{D:般若} bōrě — wisdom (Sanskrit prajñā)
{D:五蕴} wǔyùn — the five aggregates
{D:色} sè — form, matter (not "colour" here)
{D:空} kōng — emptiness

This reading follows Xuanzang's translation {D:玄奘译本} of 649 CE. Chanting audio is available for members.

Download PDF · Print · Share
Dharma Texts Library is a non-profit project. Donations welcome."""),
("phone-review", """TechPulse › Reviews › Phones › Xiaomi 13 Ultra review: the camera phone

By Ben Carter | Updated 22 June 2023 | 💬 87

The Xiaomi 13 Ultra ({D:小米13 Ultra}) is, for now, sold only in China, so our unit runs the Chinese ROM. That means some menus are in Chinese; we've translated the important bits below.

Out of the box the camera app has four lenses labelled 0.6x, 1x, 3.2x and 5x. The mode strip reads {D:人像 · 拍照 · 录像 · 更多}, i.e. Portrait · Photo · Video · More. The Leica styles are called {D:徕卡经典} (Leica Authentic) and {D:徕卡鲜艳} (Leica Vibrant).

Specs at a glance
Model: 2304FPN6DC
Chipset: Snapdragon 8 Gen 2
Battery: 5000 mAh, 90 W wired
Weight: 227 g
Price: ¥5,999 (12+256 GB)

One annoyance: a pop-up saying {D:“检测到您的设备未登录小米账号”} ("we detected your device is not signed in to a Xiaomi account") appears every time you open the gallery until you sign in or disable cloud sync.

Verdict: 4.5/5 — if you can live with importing it.

Pros: superb 1-inch main sensor · bright screen
Cons: China ROM quirks · heavy

Related: Vivo X90 Pro+ vs Xiaomi 13 Ultra | How to install Google Play on Chinese phones
Advertisement"""),
("university-admission", """International Admissions | Zhejiang University
{D:浙江大学国际学生招生}

Home > Degree Programs > Undergraduate > 2024 Application Guide

Language switch: English | {D:简体中文}

1. Programs taught in English
Applicants may choose from 24 undergraduate programs taught in English, including Clinical Medicine (MBBS) {D:临床医学}, Computer Science {D:计算机科学与技术} and International Business {D:国际经济与贸易}.

2. Chinese-taught programs
Applicants to Chinese-taught programs must hold HSK Level 5 ({D:汉语水平考试五级}) with a score of 180 or above.

3. Application period
November 1, 2023 – March 31, 2024 (Beijing time)

4. Documents
- Passport copy
- High-school diploma and transcripts (notarized)
- Physical examination record for foreigners ({D:外国人体格检查记录})

Note: the names of degrees on diplomas are printed in Chinese; the English names above are for reference.

Contact: Office of International Admissions, Zijingang Campus
Tel: +86-571-88981234
{D:浙ICP备05074421号}
Copyright © Zhejiang University"""),
("measure-words", """Learn Mandarin with Lily — Blog — Grammar — 10 measure words you'll use every day

Chinese nouns need a measure word (classifier) between the number and the noun. You can't say "three book"; you say {D:三本书} sān běn shū.

1. {D:个} gè — the all-purpose one. {D:一个人} one person
2. {D:本} běn — books, magazines. {D:两本杂志} two magazines
3. {D:张} zhāng — flat things. {D:一张纸} a sheet of paper, {D:三张票} three tickets
4. {D:只} zhī — many animals. {D:一只猫} a cat
5. {D:条} tiáo — long, thin things. {D:一条鱼} a fish, {D:一条裤子} a pair of trousers
6. {D:杯} bēi — cups of something. {D:一杯茶} a cup of tea
7. {D:辆} liàng — vehicles. {D:一辆自行车} a bicycle
8. {D:件} jiàn — clothes on the top, matters. {D:一件衬衫} a shirt
9. {D:双} shuāng — pairs. {D:一双筷子} a pair of chopsticks
10. {D:位} wèi — polite for people. {D:三位老师} three teachers

Tip: when in doubt, {D:个} is rarely wrong in speech, even if a teacher might wince.

Quiz: fill in the blank → {D:我买了两___苹果。} (I bought two apples.) Answer in the comments!

43 comments · Like · Pin it
Lily Mandarin © 2021 · Terms · Cookie settings"""),
("poem-lines", """Poems in Translation ◆ Tang Dynasty ◆ Wang Wei

Deer Park
{D:鹿柴}
Wang Wei {D:王维}

{D:空山不见人,}
Empty mountain, no one to be seen,
{D:但闻人语响。}
yet voices can be heard.
{D:返景入深林,}
Returning light enters the deep wood
{D:复照青苔上。}
and shines again on the green moss.

Comment
The title {D:鹿柴} is usually read Lù Zhài, not Lù Chái: {D:柴} here is an old way of writing {D:寨}, a fence or enclosure. Wang Wei had a country estate at Wangchuan {D:辋川} and wrote twenty short poems about its sights.

Other translations
• "Deer Fence", tr. Burton Watson
• "The Deer Park", tr. Gary Snyder

← Previous: Farewell to Yuan Er {D:送元二使安西}    Next: Bird Singing Stream {D:鸟鸣涧} →

Tags: {D:唐诗} Tang poetry, {D:五言绝句}, nature
Post a comment"""),
("lyrics-alternating", """LyricsBridge » Jay Chou » "Blue and White Porcelain" ({D:青花瓷}) lyrics + English translation

Artist: Jay Chou {D:周杰伦}
Lyrics: Vincent Fang {D:方文山}
Album: On the Run! {D:我很忙} (2007)

{D:素胚勾勒出青花笔锋浓转淡}
On the plain clay body, blue strokes are traced, thick turning to pale
{D:瓶身描绘的牡丹一如你初妆}
the peony painted on the vase is like you in your first make-up
{D:冉冉檀香透过窗心事我了然}
sandalwood smoke drifts through the window, I know what's on your mind
{D:宣纸上走笔至此搁一半}
on the rice paper, my brush stops here, half done

[Chorus]
{D:天青色等烟雨 而我在等你}
The sky-blue glaze waits for misty rain, and I am waiting for you

Translator's notes: {D:天青色} is a famous glaze colour that, according to potters' lore, can only be fired on a rainy day — which is why the sky "waits for rain". 

⚠ Translation by user porcelain_moon. Corrections welcome.
Rate this translation: ★★★★★ (1,204 votes)
Share: Twitter | Weibo | Copy link"""),
("museum-caption", """Asian Art Collection — Online Catalogue — Object 1987.214

Wine vessel (zun) in the shape of an owl
{D:鸮尊}
Shang dynasty, 13th–11th century BCE
Bronze, H. 22.3 cm
Gift of the Harriet Cole Foundation

Label text (gallery 12, bilingual)
This owl-shaped vessel was used to offer wine in ancestral rites. Its two feet and tail form a stable tripod. Inside the lid is a two-character inscription naming the owner's clan.
{D:此器作鸮形,用于祭祀时盛酒。双足与尾部构成三点支撑,十分稳固。盖内铸有两字铭文,标明器主的族氏。}

Inscription: {D:妇好}  (Fu Hao)
The name is that of a queen and military leader of the late Shang. Whether this vessel came from her tomb is uncertain.

Provenance: Said to have been excavated in Anyang, Henan {D:河南安阳}; with C. T. Loo, Paris, by 1938; acquired 1987.

Related objects: Ritual food vessel (ding) {D:鼎} 1987.215 · Ritual axe (yue) {D:钺} 1990.03

Image use: CC0 · Download high resolution · Cite this object
Last updated 2021-11-02"""),
("pet-names", """PawPost › Community › Naming your pet › 50 cute Chinese names for cats (with meanings)

Looking for a name with a story? Here are our readers' favourites. Tones matter: {D:妈} mā (mum) and {D:马} mǎ (horse) are not the same word!

Food names (the most popular by far)
• Tangyuan {D:汤圆} — sweet rice dumpling. Perfect for a round white cat.
• Huajuan {D:花卷} — steamed flower roll, for a curly tabby.
• Doudou {D:豆豆} — "little bean".
• Mantou {D:馒头} — plain steamed bun. Humble and chubby.

Nature names
• Xiaoyu {D:小雨} — light rain
• Yueliang {D:月亮} — the moon
• Xue {D:雪} — snow

Character names
• Fu {D:福} — luck. The character {D:福} is often hung upside down at New Year because "upside down" ({D:倒}, dào) sounds like "arrived" ({D:到}, dào).

Reader photo: "This is Mantou, he is 3 and weighs 7 kg" — submitted by Kelly W.
Caption on the bowl in the photo: {D:馒头的饭碗} ("Mantou's rice bowl")

Leave your cat's name below ↓  (312 comments)
Newsletter · About PawPost · Advertise"""),
("food-stall-menu", """Night Market Eats — Stall 17 — Auntie Wang's Jianbing

Menu (prices in SGD)
{D:煎饼果子} Jianbing guozi (classic) ........ 5.50
{D:加蛋} extra egg ........................... +1.00
{D:加薄脆} extra crispy cracker ............. +0.80
{D:肉松} pork floss .......................... +1.50
{D:不要香菜} no coriander — just tell us!

Sign on the cart (photo by @hungrylion):
{D:天津风味 现做现卖}
"Tianjin style · made to order"

Review by hungrylion ★★★★★ · 3 weeks ago
Queue was ten people at 9 pm. Auntie asked me {D:“辣不辣?”} (spicy or not?) and I said yes. Mistake. Worth it.

Review by ashleyt ★★★☆☆ · 2 months ago
Tasty but the cracker went soggy by the time I got home. Eat it on the spot.

Opening hours: Thu–Sun 6 pm till late
Location: Bugis Night Market, row C
Payment: cash, PayNow, Alipay {D:支付宝}

Report an error · Add photos · See more stalls nearby"""),
("cycling-route", """RideChina.net › Routes › Yunnan › Erhai Lake loop (128 km)

Difficulty: moderate · Elevation gain: 640 m · Best season: Oct–Apr
Last ridden by the author: 12 Jan 2024

The loop around Erhai Lake {D:洱海} starts and ends in Dali Old Town {D:大理古城}. Ride anticlockwise to keep the lake on your right side — the cycle lane ({D:生态廊道}, "ecological corridor") is on that side for most of the east shore.

Waypoints
km 0   Dali Old Town, South Gate {D:南门}
km 18  Xizhou {D:喜洲} — stop for a baba flatbread ({D:喜洲粑粑})
km 41  Shuanglang {D:双廊}
km 76  Wase {D:挖色}
km 128 back at South Gate

Road signs you will see
{D:非机动车道} — non-motor vehicle lane
{D:禁止通行} — no entry
{D:前方施工 请绕行} — roadworks ahead, please detour

Bike rental: about ¥80/day for a decent hybrid near Renmin Road {D:人民路}.

GPX download (1.2 MB) · Print route card · 18 reviews
See also: Cangshan climb, Shaxi day trip"""),
("real-estate-listing", """PropertyAsia ▸ Hong Kong ▸ Kowloon ▸ Mong Kok ▸ Apartment for rent

Bright 2-bedroom in Grand Century Place area
HK$ 18,500 / month · 452 sq ft (saleable) · Floor: middle · Agent ref: MK-3321

Building: Sincere House {D:先施大厦}
Address: 83 Argyle Street, Mong Kok {D:旺角亚皆老街83号}

Features
- Two bedrooms, one bathroom
- Newly renovated kitchen
- Walk to Mong Kok East MTR {D:旺角东站} (5 min)

Listing in Chinese (as submitted by the agent):
{D:旺角核心地段两房单位,实用面积452呎,新装修,近港铁站,即租即住。}
Prime Mong Kok two-bedroom, 452 sq ft saleable, renovated, near MTR, move in now.

Agent: Karen Leung {D:梁嘉欣}
Licence No.: S-089123
Agency: Centaline Property {D:中原地产}

Mortgage calculator | Schedule a viewing | Save
Similar listings: Yau Ma Tei 1-bed HK$ 12,800 · Prince Edward 2-bed HK$ 17,000
Listing updated 2 days ago. Information provided by the agent and not verified."""),
("app-store", """App Store Preview

Dianping — Food & Local Deals
{D:大众点评-发现品质生活}
Shanghai Hantao Information Consulting Co., Ltd.
#3 in Food & Drink · 4.8 • 1.2M Ratings · Free · Offers In-App Purchases

Screenshots (iPhone)
[Screenshot 1 caption: {D:吃喝玩乐 一搜就有} — Eat, drink, play: just search]
[Screenshot 2 caption: {D:真实点评 放心选择} — Real reviews you can trust]

Description
Find restaurants, spas, cinemas and more near you. The app is mainly in Chinese; search works with pinyin too. ...more

What's New  Version 11.12.5
{D:修复了一些已知问题,提升了稳定性。}
Fixed some known issues and improved stability.

Ratings and Reviews
"Useful but only in Chinese" — tomexpat, 4 stars
Great for finding food in Shanghai. I use screenshots and a translator app.

Information
Size 412.6 MB · Category Food & Drink · Languages English, Simplified Chinese
Age rating 12+
Copyright © 2024 Dianping
Privacy Policy · License Agreement"""),
("scholarship", """Chinese Government Scholarship — Application Guide 2024
{D:中国政府奖学金}

Home » Scholarships » CSC » Type A

The Chinese Government Scholarship (CGS) is administered by the China Scholarship Council (CSC, {D:国家留学基金管理委员会}). Type A applicants apply through the Chinese embassy in their home country; Type B applicants apply directly to a designated university.

Coverage
- Tuition waiver
- Free university housing
- Monthly stipend: undergraduate CNY 2,500; master's CNY 3,000; doctoral CNY 3,500
- Comprehensive medical insurance

Agency numbers
Each university has an agency number ({D:院校代码}), e.g. 10001 for Peking University {D:北京大学}. You need it in the online form at the CSC portal.

Fields on the Chinese form and what to enter
{D:姓名(护照)} — Name as in passport
{D:国籍} — Nationality
{D:拟申请专业} — Intended major
{D:授课语言} — Language of instruction

Deadlines vary (usually between January and April). Check the embassy website.

Download: Application form (PDF) | Foreigner Physical Examination Form (PDF)
Was this page helpful? Yes / No"""),
("visa-notice", """Embassy of the People's Republic of China in the Republic of Ireland
{D:中华人民共和国驻爱尔兰大使馆}

Home | About the Embassy | Consular Services | Education | {D:中文}

Notice on Visa-Free Entry for Irish Citizens (Updated)
2024/03/14

From 14 March 2024 to 30 November 2025, holders of ordinary Irish passports may enter China visa-free for business, tourism, visiting relatives and friends, and transit, for stays of up to 15 days.
{D:自2024年3月14日至2025年11月30日,持爱尔兰普通护照人员来华经商、旅游观光、探亲访友和过境不超过15天,可免办签证入境。}

Those who do not meet the above conditions must still apply for a visa before travelling.
{D:不符合上述免签条件的人员,仍需在行前办妥来华签证。}

Consular hotline: +353 (0)1 2196 651
Address: 40 Ailesbury Road, Ballsbridge, Dublin 4

Print  |  Close window

Copyright © Embassy of the P.R. China in Ireland"""),
("train-ticket", """Travel China Guide › Trains › How to read a Chinese train ticket

Chinese railway tickets are printed mainly in Chinese. Here is a sample ticket with each field explained.

[Image: sample ticket]
{D:北京南站  G15  上海虹桥站}
{D:2024年05月01日 09:00开  05车12F号}
{D:¥626.0元  网  二等座}
{D:限乘当日当次车}

Line 1 — departure station, train number, arrival station: Beijing South, G15, Shanghai Hongqiao. The "G" means a high-speed train ({D:高铁}).
Line 2 — date and time (9:00, 1 May 2024), coach 5, seat 12F.
Line 3 — fare ¥626, bought online ({D:网}), second class ({D:二等座}).
Line 4 — "valid only for this train on this day".

Seat classes
{D:商务座} Business class
{D:一等座} First class
{D:二等座} Second class
{D:硬卧} Hard sleeper
{D:无座} Standing ticket

Since 2020 most trains use e-tickets and you just scan your passport at the gate, but you can still print a reimbursement receipt ({D:报销凭证}).

Book train tickets → | FAQ | 214 comments"""),
("weather-bilingual-notice", """Hong Kong Observatory — Warnings & Signals — Current warnings

Typhoon Signal No. 8 (Northeast Gale or Storm Signal)
{D:八号东北烈风或暴风信号}
Issued at 09:40 HKT 01 Sep 2023

Super Typhoon Saola {D:苏拉} is expected to be closest to Hong Kong this evening. Winds will strengthen further.
{D:超强台风苏拉预料今晚最接近香港,风势会进一步增强。}

Members of the public should stay indoors and away from exposed windows and doors.
{D:市民应留在室内,远离窗门。}

Signals in force
⚠ No. 8 NE · Amber Rain · Landslip Warning (not in force)

Next update: 10:40 HKT

Related: Tropical cyclone track | Storm surge | {D:繁} {D:简} English
Important Notices | Privacy Policy | © 2023 HKO"""),
("factory-catalogue", """Ningbo Hengda Hardware Co., Ltd. | Products | Door Hinges | HD-2205 Series

HD-2205 Stainless Steel Ball-Bearing Hinge
Brand: HENGDA {D:恒达}
Model No.: HD-2205-4×3
Material: SUS304 stainless steel
Finish: satin / brushed
Size: 4" × 3" × 3 mm
Load capacity: 80 kg per pair

Packaging
Each pair in a poly bag, 20 pairs per inner box, 100 pairs per carton.
Carton mark (printed in Chinese for our warehouse): {D:恒达五金 HD-2205 100付/箱}

Certifications: CE, SGS, ISO 9001:2015

MOQ: 500 pairs · Lead time: 25–30 days · Port: Ningbo

Company profile
Founded in 2006 in Cixi, Ningbo {D:宁波慈溪}. 12,000 m² factory, 180 employees.

Keywords: {D:不锈钢合页} stainless hinge, {D:轴承合页} bearing hinge, door hinge OEM

Send inquiry | Download catalogue (PDF 8 MB) | WhatsApp +86 138 0000 0000
Copyright © 2010–2024 Ningbo Hengda Hardware Co., Ltd. All rights reserved. {D:浙ICP备12045678号-1}"""),
("textbook-dialogue", """New Practical Chinese Reader — Lesson 3 — Text (Dialogue)
Level: HSK 1 · Audio: ▶ 1:12

Scene: At the café. Lin Na meets Ma Dawei.

{D:林娜}: {D:你好!你是学生吗?}
Lin Na: Hello! Are you a student?
{D:马大为}: {D:是,我是学生。你呢?}
Ma Dawei: Yes, I'm a student. And you?
{D:林娜}: {D:我也是。我学习汉语。}
Lin Na: Me too. I'm studying Chinese.
{D:马大为}: {D:你的老师是谁?}
Ma Dawei: Who is your teacher?
{D:林娜}: {D:我的老师是陈老师。}
Lin Na: My teacher is Teacher Chen.

New words
{D:学生} xuésheng n. student
{D:也} yě adv. also, too
{D:学习} xuéxí v. to study
{D:谁} shéi pron. who

Grammar point: {D:吗} turns a statement into a yes/no question: {D:你是学生。} (You are a student.) → {D:你是学生吗?} (Are you a student?)

Exercises · Workbook p. 21 · Teacher's notes (login required)"""),
("idiom-game", """Idiom Chain Challenge {D:成语接龙} — Daily Puzzle #412

Rules: each idiom must begin with the character that ended the previous one. Four-character idioms ({D:成语}) only. Homophones allowed on Easy mode.

Today's chain (solved by 3,118 players)
1. {D:一心一意} — with one heart and one mind
2. {D:意气风发} — full of high spirits
3. {D:发扬光大} — to develop and spread
4. {D:大公无私} — selfless
5. {D:私心杂念} — selfish thoughts
6. ? — starts with {D:念} ...

Hint for #6: it means "missing old friends and old times". Answer: {D:念念不忘}? Not quite — that means "to keep thinking about". Try again!

Leaderboard
1. mandarin_maniac — 42 links
2. dragon_tea — 37 links
3. you — 6 links

Your streak: 4 days 🔥
Share your result: 🟩🟩🟩🟩🟩⬜ #IdiomChain
[Play again] [Archive] [How to play]"""),
("chess-xiangqi", """Xiangqi for Beginners — Chapter 1: The Board and the Pieces

Chinese chess (xiangqi, {D:象棋}) is played on a board of 9 × 10 lines. The middle row is the "river" ({D:楚河汉界}, literally "the Chu river and Han border").

The pieces (Red / Black)
| Red | Black | English | Moves |
|---|---|---|---|
| {D:帅} | {D:将} | General | one point, inside the palace |
| {D:仕} | {D:士} | Advisor | one point diagonally, palace only |
| {D:相} | {D:象} | Elephant | two points diagonally, cannot cross the river |
| {D:馬} | {D:马} | Horse | like a knight, but can be blocked |
| {D:車} | {D:车} | Chariot | any distance in a line |
| {D:炮} | {D:砲} | Cannon | jumps one piece to capture |
| {D:兵} | {D:卒} | Soldier | forward; sideways after crossing the river |

Note that the Red and Black pieces often use different characters for the same role, or the same character in Traditional vs Simplified form on some sets.

Opening proverb: {D:当头炮,马来跳} — "Cannon to the centre, then bring out the horse."

Next chapter: Basic checkmates → | Diagram viewer | Forum"""),
("wedding-customs", """Two Hearts Wedding Planning — Blog — Chinese tea ceremony guide

Planning a Chinese-Western wedding? The tea ceremony ({D:敬茶}) is often the most moving part of the day. Here is what to expect.

The double happiness sign
You will see the character {D:囍} everywhere: on doors, red envelopes, cake toppers. It is two copies of {D:喜} ("joy") side by side and is used only for weddings.

What the couple says
When serving tea, the bride says to her new parents-in-law: {D:“爸爸,请喝茶。妈妈,请喝茶。”} — "Dad, please have some tea. Mum, please have some tea." It is the first time she calls them Dad and Mum.

Red envelopes
After drinking, the elders give red envelopes ({D:红包}, hóngbāo) and often jewellery. Amounts with 8 are lucky; avoid 4 ({D:四}, which sounds like {D:死}, death).

Our checklist
☐ Tea set with double-happiness design
☐ Red dates and lotus seeds ({D:红枣莲子}, wishing for early children)
☐ Kneeling cushions

Photo caption: Bride and groom kneel before grandparents. {D:新人向长辈敬茶}

💬 24 comments · Save to Pinterest
← Choosing a lucky date | Door games explained →"""),
("tcm-herb", """Herbal Medicine Database · Monographs · Astragalus root

Astragalus root
Pinyin: huáng qí
Chinese: {D:黄芪}
Pharmaceutical name: Radix Astragali
Family: Fabaceae

Properties (TCM)
Nature: slightly warm ({D:微温})
Taste: sweet ({D:甘})
Channels entered: Spleen, Lung ({D:归脾、肺经})

Actions
Tonifies qi ({D:补气}) and raises yang; consolidates the exterior and stops sweating ({D:固表止汗}).

Classical reference
The Shennong Bencao Jing lists it as a superior herb:
{D:“黄芪,味甘微温。主痈疽久败疮,排脓止痛……补虚。”}
"Astragalus is sweet and slightly warm. It treats chronic abscesses and sores, expels pus, stops pain ... and tonifies deficiency."

Typical dosage: 9–30 g in decoction.
Cautions: not for excess heat patterns. Consult a qualified practitioner.

Disclaimer: for information only; not medical advice.
See also: Ginseng {D:人参} · Codonopsis {D:党参} · Angelica {D:当归}"""),
("film-subtitles", """SubHub › Movies › Crouching Tiger, Hidden Dragon (2000) › Bilingual subtitles (SRT)

Original title: {D:卧虎藏龙}
Director: Ang Lee {D:李安}
Language: Mandarin · Subtitles: Chinese + English (two-line)
Uploaded by: subfox · Downloads: 18,442 · Rating 9.1

Preview

12
00:03:41,200 --> 00:03:44,900
{D:江湖里卧虎藏龙,人心里何尝不是?}
The world is full of hidden tigers and dragons — and so is the human heart.

13
00:03:45,100 --> 00:03:47,600
{D:我已经离开武当山了。}
I have already left Wudang Mountain.

14
00:03:48,000 --> 00:03:50,300
{D:青冥剑你拿去吧。}
Take the Green Destiny sword.

Notes from uploader: synced for the 1080p Blu-ray release (120 min). Chinese lines are Traditional converted to Simplified.

[Download .srt] [Report bad sync] [Request another language]"""),
("funeral-etiquette", """Etiquette Matters › Life events › Attending a Chinese funeral: what to know

Colours: wear black, white or dark grey. Red is for happy events and should be avoided.

Condolence money
Guests usually give a white envelope ({D:白包}, or {D:帛金} in Cantonese) rather than a red one. Odd amounts are customary, e.g. 101 or 301.

What to write
A simple phrase on the envelope or wreath ribbon is enough:
• {D:沉痛悼念} — "in deep mourning"
• {D:节哀顺变} — "restrain your grief and accept the change" (said to the family)
• {D:音容宛在} — "the voice and face seem still here"

At the wake you may see a banner reading {D:奠} in large letters; this single character means "to offer libations to the dead".

Photo: Wreaths outside a funeral parlour in Kuala Lumpur. Ribbon text: {D:陈府李老夫人千古} — "To the late Madam Lee of the Chen family, may her memory last forever."

Related reading: Qingming festival customs · Ancestor tablets
Comments are closed for this article."""),
("pharmacy-leaflet", """Package Leaflet: Information for the user
Isatis Root Granules {D:板蓝根颗粒}
10 g × 20 sachets

Read all of this leaflet carefully before you start taking this medicine. The Chinese text is the approved original; the English is provided for reference.

[Ingredients] Isatis root (Radix Isatidis).
{D:【成份】板蓝根。}

[Indications] Clears heat and removes toxins, cools the blood and soothes the throat. Used for sore throat and dry mouth due to heat in the lungs and stomach.
{D:【功能主治】清热解毒,凉血利咽。用于肺胃热盛所致的咽喉肿痛、口咽干燥。}

[Dosage] Dissolve in hot water. 1–2 sachets each time, 3–4 times a day.
{D:【用法用量】开水冲服。一次5~10克,一日3~4次。}

[Adverse reactions] Not yet clear.
{D:【不良反应】尚不明确。}

[Storage] Seal tightly and keep in a dry place.

Approval No.: {D:国药准字}Z11020357
Manufacturer: Beijing Tongrentang Pharmaceutical Co. {D:北京同仁堂}
Revised: 2020-12-01"""),
("recipe-zh-first-paragraphs", """Grandma Su's Kitchen ✿ Recipes ✿ Soups ✿ Tomato and egg soup ({D:西红柿鸡蛋汤})

Prep 5 min · Cook 10 min · Serves 2 · ★ 4.9 (57)

{D:这是我奶奶最常做的汤。小时候每次感冒,她都会煮一碗给我,说喝了出一身汗就好了。}
My grandmother made this soup more than any other. Whenever I had a cold as a child she'd cook a bowl and tell me that a good sweat would fix it.

{D:做法很简单:番茄切块,先用一点油炒出汁,再加水烧开。鸡蛋打散,沿着锅边慢慢倒进去,不要马上搅动。}
It's very easy. Cut the tomatoes up and fry them in a little oil until they go soft and juicy, then add water and bring to the boil. Beat the eggs and pour them slowly around the edge of the pot — and don't stir straight away.

Ingredients
- 2 ripe tomatoes {D:番茄}
- 2 eggs {D:鸡蛋}
- 1 spring onion {D:葱}
- salt, a few drops of sesame oil {D:香油}

Tip: the soft egg ribbons are called {D:蛋花}, "egg flowers".

Print recipe · Pin · Jump to comments (19)
You might also like: Stir-fried tomato and egg · Seaweed soup"""),
("variety-show", """VarietyWatch › China › Running Man China / Keep Running

Keep Running (Season 11)
Chinese title: {D:奔跑吧 第十一季}
Broadcaster: Zhejiang TV {D:浙江卫视}
Premiere: 2023-04-21 · Fridays 21:20

Regular members
Li Chen {D:李晨}
Zheng Kai {D:郑恺}
Sha Yi {D:沙溢}
Bai Lu {D:白鹿}
Zhou Shen {D:周深}
Fan Chengcheng {D:范丞丞}

Episode 3 recap
The team played a water-balloon mission in Hangzhou. The captions on screen ({D:花字}, "flower text") kept calling Sha Yi {D:“沙师弟”} — a joke on the Journey to the West character {D:沙僧}. Our subtitle team translated it as "Brother Sand".

Ratings: 1.32% (CSM national)

Watch with English subs: Episode 1 · 2 · 3 · 4
Discuss on the forum (1,024 posts)
Schedules are subject to change by the broadcaster."""),
("dictionary-entry", """MDBG-style Dictionary · Search results for "butterfly"

{D:蝴蝶}
Traditional: {D:蝴蝶}
Simplified: {D:蝴蝶}
Pinyin: hú dié
English: butterfly; CL: {D:只}, {D:对}

Example sentences
{D:花园里有很多蝴蝶。} — There are many butterflies in the garden.
{D:庄周梦蝶} — Zhuangzi dreams he is a butterfly (idiom: to be unsure whether one is dreaming)

Words containing {D:蝶}
{D:蝶泳} dié yǒng — butterfly stroke (swimming)
{D:蝴蝶结} hú dié jié — bow (ribbon)
{D:蝴蝶效应} hú dié xiào yìng — the butterfly effect

Character decomposition
{D:蝴} = {D:虫} (insect) + {D:胡}
{D:蝶} = {D:虫} (insect) + {D:枼}

Usage note
In classical texts the word is sometimes written {D:胡蝶}, without the insect radical on the first character. Both are read the same way.

Add to flashcards · Stroke order animation · Report an error
Results 1–1 of 1 · Search again: English → Chinese | Chinese → English"""),
("grammar-ba", """ChineseGrammarNotes ▸ Intermediate ▸ The {D:把} construction

The {D:把} (bǎ) construction moves the object in front of the verb. It is used when something is done *to* the object and the object is affected or moved.

Structure: Subject + {D:把} + Object + Verb + Complement

Examples
• {D:我把书放在桌子上了。} ("I put the book on the table.")
• {D:请把门关上。} ("Please close the door.")
• {D:他把我的名字写错了。} ("He wrote my name wrong.")

A common mistake is to use {D:把} with a bare verb. {D:我把饭吃} is wrong; you need something after the verb, as in {D:我把饭吃完了} [I finished eating the rice].

When you can't use it
Verbs of perception or feeling don't take {D:把}: you can't say *{D:我把他看见了}; just say {D:我看见他了} (I saw him).

Practice: rewrite with {D:把}
1. {D:我喝了那杯咖啡。} (I drank that coffee.)
2. {D:妈妈洗干净了衣服。} (Mum washed the clothes clean.)

Answers are in the PDF. 👍 326  💬 41
Previous: Result complements | Next: The {D:被} passive"""),
("classical-essay-loose", """Reading Chinese Classics Together · Week 9 · Liu Yuxi, "An Inscription for My Humble Room"

A mountain need not be high: if an immortal lives there, it is famous. Water need not be deep: if a dragon lives in it, it has power. Mine is a humble room, but my virtue gives it its fragrance.

Moss climbs green up the steps, and the grass colours the blinds. The people who come to talk and laugh are scholars; no one uncouth comes in or out. Here I can play a plain zither and read the Diamond Sutra, with no noise of music to trouble my ears and no official papers to tire my body.

(Our version is free rather than literal; it follows the sense of each sentence, not its word order.)

Original
{D:山不在高,有仙则名。水不在深,有龙则灵。斯是陋室,惟吾德馨。}
{D:苔痕上阶绿,草色入帘青。谈笑有鸿儒,往来无白丁。可以调素琴,阅金经。无丝竹之乱耳,无案牍之劳形。}

Notes
{D:馨} (xīn): fragrance that carries far; here the good name of the owner.
{D:鸿儒}: great scholars. {D:白丁}: commoners without learning.
{D:金经}: the Diamond Sutra, or Buddhist scripture in general.
{D:案牍}: official documents.

Title in Chinese: {D:陋室铭} Lòu Shì Míng

Join the discussion on Thursday · 16 replies · Subscribe"""),
("bilingual-signs", """Funny & Useful: Bilingual Signs We Spotted in Chengdu (photo essay)
Posted on 2 October 2019 by wanderlostkate · Travel, China · 31 Comments

1. At the panda base:
{D:请勿投喂}
Please Do Not Feed
Exactly right. The pandas did look hungry though.

2. In a park:
{D:小草微微笑 请您绕一绕}
"The little grass is smiling, please walk around it"
The English is a word-for-word version of a rhyming Chinese slogan, and honestly I love it.

3. In the metro:
{D:先下后上 文明乘车}
Let passengers off first · Ride in a civilised way

4. On a restaurant door:
{D:营业时间 10:00-22:00}
Opening hours 10:00–22:00

5. A hotel bathroom:
{D:小心地滑}
Caution! Slippery floor
(Older versions famously said "Carefully slide".)

Words on signs worth learning: {D:出口} exit, {D:入口} entrance, {D:厕所} toilet, {D:禁止吸烟} no smoking.

Next post: Hot pot survival guide → 
Share this: Twitter · Facebook · Pinterest"""),
("novel-page-tags", """{D:全职高手}
The King's Avatar

WebNovel Library › Sports & E-sports › The King's Avatar (complete)

Author: Hu Dielan {D:蝴蝶蓝}
Original publisher: Qidian {D:起点中文网}
Status: Completed · 1,728 chapters · Translator: Nomyummi team
Rating: 4.7 ★ (96,312)

Summary
Ye Xiu, a top player of the online game Glory ({D:荣耀}), is forced to retire from his professional team. He takes a job at an internet café and starts again from level one...

Chapter 1 preview
"Sorry, Captain Ye. The club has decided..." 
Ye Xiu lit a cigarette and said nothing.

Alternative titles: Quanzhi Gaoshou; {D:全職高手} (Traditional)

Tags / Keywords
{D:网游} online games · {D:电竞} e-sports · {D:热血} hot-blooded · {D:全职高手}

Add to library · Start reading · Comments (5,402)
Report · Privacy · Terms"""),
]

LEFTOVERS: list[tuple[str, str]] = [
("cms-news-calligraphy", """{L:当前位置}: {L:首页} > {L:新闻中心} > {L:正文}

Provincial Calligraphy Exhibition Opens at the Municipal Art Museum

{L:发布时间}: 2023-10-12 09:31  {L:来源}: Culture and Tourism Bureau  {L:点击数}: 1,268

On October 11, the 8th Provincial Calligraphy and Seal-Carving Exhibition opened at the Municipal Art Museum. More than 320 works selected from 4,100 submissions are on show, covering regular script, running script, cursive and seal script.

{L:本次展览由省书法家协会主办,市美术馆承办,展期至11月30日。} Admission is free with an ID card.

At the opening ceremony, Zhang Jianguo, chairman of the provincial association, said that calligraphy "must take root in tradition and face the times". He also presented certificates to the 20 {L:优秀作品} winners.

Visitors can also watch live demonstrations every Saturday afternoon in the east hall, where {L:青年书法家} will write spring couplets on request.

{L:责任编辑}: {L:李晓梅}

[ {L:打印} ] [ {L:关闭} ]

{L:上一条}: Seal-carving workshop for teenagers held in Xinhua District
{L:下一条}: {L:市文化馆举办非遗剪纸公益培训班}

Copyright © Municipal Culture and Tourism Bureau   {D:苏ICP备10023456号}"""),
("tea-product-gap", """Yunnan Ancient Tree Pu'er — 2019 Raw Cake 357 g
{D:云南古树普洱 2019 生饼}

Price: $58.00 · In stock · SKU PE-2019-357

Product description

This raw (sheng) pu'er is pressed from spring leaves picked in Bulang Mountain, Xishuangbanna. The trees are between 100 and 300 years old.
{D:本品选用西双版纳布朗山春季古树鲜叶压制,树龄一百至三百年。}

{L:茶汤金黄透亮,入口苦味明显但化得很快,回甘生津持久,适合长期存放。}

Storage: keep away from light and strong smells, at 20–30 °C and 60–70% humidity.
{D:存放:避光、防异味,温度20–30℃,湿度60–70%。}

Brewing: 7 g per 100 ml, boiling water, 5–10 seconds for the first five steeps.

{L:产地}: Menghai County, Yunnan
{L:净含量}: 357 g
{L:保质期}: long-term storage suitable

Customer reviews (12)
"Strong and bitter at first, then very sweet. Great value." — J.R.

{L:相关推荐}: 2015 Ripe Brick · Jasmine Silver Needle · {L:老班章古树茶}

Add to cart · Wishlist · Share"""),
("drama-recap-clauses", """Drama Recaps › The Long Ballad Ep. 12 recap: the princess escapes

Posted by jadepavilion · July 30, 2021 · 14 comments

Original title: {D:长歌行}

Ep. 12 opens with Li Changge {D:李长歌} hiding in the camp of the Eastern Turks. She overhears Ashile Sun's plan and decides to {L:连夜逃出营地,去找皓都报信}, but Leyan stops her at the gate.

Their argument is the best scene so far. Leyan says she doesn't understand the grasslands, and Changge answers that {L:她从来不需要别人来告诉她该怎么做}. Then the soldiers arrive.

Meanwhile in Chang'an, the emperor receives a letter that {L:说明了秦王一家的真正死因}, and the episode ends on his face going pale.

Quick notes
- Dilraba Dilmurat {D:迪丽热巴} is great in the fight scenes.
- Wu Lei {D:吴磊} only appears for five minutes this week.
- {L:本集片尾曲}: "Changge Xing" by Ye Xuanqing

My rating: 8/10

{L:未经允许禁止转载}

← Ep. 11 recap | Ep. 13 recap →
Tags: Long Ballad, recap, {L:古装剧}"""),
("gardening-forum-caption", """Bonsai Talk › Juniper › Repotting my Chinese juniper (photos)

Posted by ken_s · 5 April 2022

[Photo 1] {L:去年秋天刚买回来的样子,根部已经盘满了盆。}
Here it is after I removed the old soil. You can see the roots are healthy and white.

[Photo 2] {L:新盆是宜兴紫砂盆,长28厘米。}
The new pot — I went for a shallower oval shape to show the trunk movement.

[Photo 3]
Wiring the first branch. I used 2 mm aluminium wire.

I bought the pot at the Yixing shop on Market Street. The label says {D:宜兴紫砂} which my wife tells me means Yixing purple clay, so at least I know it's genuine (probably).

Questions for the experts:
1. Should I fertilise now or wait a month?
2. {L:浇水要浇透吗,还是少量多次?}

Replies (6)
moss_and_stone: Wait four weeks, then use weak liquid feed.
pine_nut: Beautiful tree! Water thoroughly, let it dry slightly between.

Reply · Quote · Report"""),
("museum-visit-untranslated-paragraph", """Visit | The Suzhou Museum
{D:苏州博物馆}

Opening hours: Tue–Sun 9:00–17:00 (last entry 16:00). Closed Mondays except public holidays.

Tickets: free, but reservation is required through the official WeChat account. Each ID or passport can book up to 5 people per day.

{L:参观须知:请勿携带易燃易爆物品、管制刀具入馆;馆内禁止使用闪光灯和三脚架拍照;请保持安静,不要触摸展品。未满十四周岁的未成年人须由成人陪同参观。}

The main building was designed by I. M. Pei {D:贝聿铭} and opened in 2006. Its white walls and grey roofs echo the old gardens of the city.

Highlights
• Pearl Pagoda relic casket (Northern Song)
• Secret-colour celadon lotus bowl {D:秘色瓷莲花碗}
• {L:文徵明手植紫藤}

Getting here: Metro Line 4, Beisi Pagoda station, exit 5.

{L:咨询电话}: 0512-67575666
Accessibility · Lost & found · Volunteer
© Suzhou Museum  {D:苏ICP备05008001号}"""),
("phone-spec-table", """GizmoHub › Phones › Huawei › Mate 60 Pro full specifications

Huawei Mate 60 Pro ({D:华为 Mate 60 Pro})
Announced: 2023, August 29 · Status: Available

| Spec | Value |
|---|---|
| Display | 6.82" OLED, 120 Hz |
| Chipset | Kirin 9000S |
| Main camera | 50 MP, f/1.4–4.0 variable |
| Battery | 5000 mAh |
| Charging | 88 W wired, 50 W wireless |
| Satellite | {L:支持天通卫星通话} |
| Colours | Yadan Black, Nanshan Purple, {L:白沙银}, {L:雅川青} |
| Weight | 225 g |

Our short take
The Mate 60 Pro is the first phone that lets you make satellite calls without extra hardware. {L:不过这个功能目前只在中国大陆可用。} The Kunlun Glass 2 {D:昆仑玻璃} front is claimed to be very drop-resistant.

Prices
12+256 GB: ¥6,499 · 12+512 GB: ¥6,999 · 12+1TB: {L:暂无报价}

Compare · Price alerts · User opinions (2,311)
Disclaimer: we can not guarantee the information is 100% correct."""),
("visa-partial-translation", """Visa Application Service Center — Frequently Asked Questions

Q: How long does processing take?
A: Regular service takes 4 working days. {L:加急服务需3个工作日,特急服务需2个工作日,}express service costs an additional fee.

Q: Can I apply on behalf of my family?
A: Yes. {L:申请人本人无需到场,但须提供亲属关系证明原件及复印件,}and the person submitting must bring their own ID.

Q: What photo is required?
A: One recent colour photo, 48 mm × 33 mm, white background, no glasses. {L:照片须为近6个月内拍摄。}

Q: Where do I collect my passport?
A: At the same window where you applied, between 13:30 and 15:00.

{L:温馨提示}: Appointments must be made online. Walk-ins are not accepted.

Service fee table
| Visa | Fee |
|---|---|
| Single entry (L) | £151 |
| Double entry | {L:同上} |
| Multiple 6 months | £151 |

{L:返回顶部} | Contact | Privacy Notice"""),
("train-station-notice", """Railway Announcement | Guangzhou South Station

Notice on temporary changes to trains due to heavy rain
{L:发布日期}: 2024-06-17

Due to heavy rainfall along the Guangzhou–Meizhou–Shantou line, some trains will be suspended or run on adjusted schedules from 17 to 19 June.

Suspended trains: D7501, D7502, D7505, {L:D7506次}
{L:以上车次停运期间,已购票旅客可在车站办理全额退票,不收取退票费。}

Passengers holding tickets for these trains can get a full refund at any station window or on the 12306 app within 30 days.

Adjusted trains
G6341 — departs 14:20 instead of 13:05
G6343 — {L:晚点约40分钟}

Please follow station announcements. Consultation hotline: 12306.

{L:广州南站}
June 17, 2024

Share: Weibo | WeChat | QQ Zone"""),
("school-admission-list", """Foreign Language School · Admissions · 2024 Grade 7 Admission Results

Published 2024-07-05 10:00 | Admissions Office

The following applicants have been admitted to the International Class of Grade 7. Please complete enrollment procedures on July 10–11.

| No. | Applicant ID | Class | Note |
|---|---|---|---|
| 1 | 2024070118 | International 1 | |
| 2 | 2024070233 | International 1 | {L:已放弃} |
| 3 | 2024070345 | International 2 | |
| 4 | 2024070402 | International 2 | {L:递补录取} |

Documents to bring
1. Admission notice (printed)
2. {L:户口本原件及复印件}
3. Two passport photos
4. {L:小学毕业证书}

{L:学校地址:江苏省南京市鼓楼区北京西路30号}
Enquiries: 025-8321-0000 (working days 8:30–17:00)

[Attachment] {L:2024年初一国际班录取名单.xlsx}

{L:关闭窗口}"""),
("kungfu-school-names", """Shaolin Kung Fu Academy Dengfeng — About Us — Our Masters

Grandmaster {L:释德建} has trained students from more than 40 countries. He began learning at the age of seven under {L:释素喜} and later became a leading teacher of Chan medicine.

Head coach Master Li teaches traditional Shaolin forms such as Small Hong Fist {D:小洪拳} (Xiao Hong Quan) and Plum Blossom Pole, and is known for his strict but patient style.

Our coaches
• Coach Wang Lei — sanda, conditioning
• Coach {L:赵永刚} — qigong, Baduanjin {D:八段锦}
• Coach Chen — weapons, {L:九节鞭}

Daily schedule
05:30 Wake up, morning run
06:00 Qigong
08:00 Breakfast
09:00–11:30 {L:基本功训练}
14:30–17:00 Forms and applications

Program fees (per month, including room and board): $1,100

Testimonial
"Five months here changed my life. The masters treat you like family." — Tom, Australia

{L:联系我们}: +86 371 6274 0000 · shaolin-academy@example.cn
{L:地址}: Dengfeng, Henan, China"""),
("pet-adoption-spam", """Happy Tails Rescue Shanghai — Adopt — Dogs

Meet Biscuit!
Age: about 2 years · Sex: male, neutered · Size: medium (14 kg)
Vaccinated: yes · Good with cats: {L:未测试}

Biscuit was found near a construction site in Minhang in March. He was thin and scared but is now a happy, cuddly boy who loves car rides. {L:他性格温顺,喜欢和人亲近,但对陌生的大狗有点紧张。}

Biscuit needs a home without small children. He walks well on a lead and knows "sit" and "paw".

Adoption fee: ¥800 (covers vaccines, desexing and microchip)

How to adopt
1. Fill in the application form
2. Home visit by a volunteer
3. {L:签订领养协议,领养后需定期反馈狗狗近况}

{L:澳门新葡京娱乐场官网 注册即送88元 www.xpj-88.com}

Share Biscuit's profile: WeChat · Facebook · Instagram
Volunteer with us | Donate | Lost & found pets"""),
("food-blog-unrelated-zh", """The Dumpling Diaries — Street food — Xi'an Muslim Quarter food crawl

We spent one long evening on Huimin Street and ate far too much. Here's the route.

Stop 1: Roujiamo
The "Chinese hamburger" — chopped stewed beef in a crispy flatbread. 12 yuan. The bread should be crunchy outside and soft inside. We went to the stall with the longest queue near the Drum Tower.

{L:肉夹馍是西安最有名的小吃之一,据说已经有两千多年的历史。“肉夹馍”其实是古汉语“肉夹于馍”的省略说法。}

Stop 2: Yangrou paomo {D:羊肉泡馍}
You break the bread into tiny pieces yourself, and the cook adds mutton broth. The smaller the pieces, the more respect you show the chef (so they say).

Stop 3: Persimmon cakes
Fried, filled with sweet osmanthus paste. Hot!

{L:回民街营业时间一般到晚上十一点左右,周末人特别多,建议工作日去。}

Total spent: 96 yuan for two people.

💬 Comments (7) · Pin · Tweet
← Chengdu hot pot guide | Lanzhou noodles: a love letter →"""),
("cycling-race-results", """CYCLING ASIA › Races › Tour of Qinghai Lake 2023 › Stage 5 results

Stage 5: Xining → Menyuan, 178 km
Date: 2023-07-16 · Weather: sunny, 24 °C

Colombian rider Sebastián Molano won the sprint in Menyuan after a fast final 10 km. {L:中国车手吕先景在冲刺中排名第七,创造了本届比赛中国选手的最好成绩。}

| Pos | Rider | Team | Time |
|---|---|---|---|
| 1 | S. Molano | UAE Team Emirates Gen Z | 4:12:08 |
| 2 | M. Pasqualon | Bingoal WB | s.t. |
| 3 | {L:王美银} | Hengxiang Cycling | s.t. |
| 4 | T. Gibbons | Saint Piran | +0:02 |

The general classification leader is still {L:哈萨克斯坦阿斯塔纳队}'s rider after he finished safely in the bunch.

Next stage: Menyuan → Zhangye, the queen stage with the climb to {L:俄博岭} at 3,685 m.

{L:摄影}: Xinhua / Zhang Long
Photo gallery (32) · Full GC · Points · Mountains"""),
("realestate-newhomes", """HomeFinder China · New Homes · Hangzhou · Binjiang District

Riverside Garden Phase II
{D:滨江江畔花园二期}

Average price: ¥52,000/m² · Units: 3–4 bedrooms, 98–143 m² · Delivery: Q4 2025

Developer: Greentown China
Property management: Greentown Service
{L:容积率}: 2.5 · {L:绿化率}: 35% · Parking ratio 1:1.2

Project overview
Riverside Garden Phase II sits on the south bank of the Qiantang River, 800 m from Metro Line 6. {L:项目周边配套成熟,步行可达星光大道商业区,学区为滨江区第一小学。}

Floor plans
Type A — 98 m², 3 bed 2 bath
Type B — 120 m², {L:四室两厅两卫}
Type C — 143 m², 4 bed 2 bath, south-facing

{L:以上信息仅供参考,最终以政府备案为准。}

Sales office hotline: 400-800-1234 ext 5678
Book a visit · Calculate mortgage · Compare projects"""),
("app-description-half", """Google Play · Apps · Education

HelloChinese - Learn Chinese
Trusted by 15M+ learners · 4.7★ · Everyone

About this app
Learn Mandarin with fun games, speech recognition and handwriting practice. Lessons are short — five minutes a day is enough to make progress.

Features
• Speech recognition to check your pronunciation
• Handwriting: trace characters like {D:你}, {D:好} and {D:谢}
• {L:针对HSK考试的专项练习}
• Offline mode for premium users
• {L:每日打卡,坚持学习领奖励}

What's new
{L:1. 修复了部分安卓设备闪退的问题}
2. New lesson: ordering food ({D:点菜})
3. Improved audio quality

Data safety
No data shared with third parties.

Ratings and reviews
★★★★★ "Best app to start Chinese. The grammar tips are gold." — Maria P.
★★☆☆☆ "{L:会员太贵了}" — Wen L.
  Developer response: Thank you for your feedback! We offer discounts for students.

Install · Add to wishlist"""),
("scholarship-notice-zh-mixed", """School of Foreign Studies · Notices · Scholarship

Notice on the 2023–2024 Academic Year International Student Scholarship Evaluation

{L:各位留学生}:

According to the university's scholarship regulations, the evaluation of the 2023–2024 scholarship will begin soon. Details are as follows:

1. Eligibility
Full-time international degree students who have completed at least one academic year. {L:学年内无违纪记录,课程无不及格。}

2. Award levels
First class: 10,000 yuan (10%)
Second class: 6,000 yuan (20%)
{L:三等奖学金:3000元(30%)}

3. Procedure
Submit the application form and transcript to the international office by 15 October. {L:逾期不予受理。}

4. Contact
Ms. {L:王老师}, Room 305, International Building, tel. 0571-8888-0000

{L:国际学院}
{L:2023年9月28日}

Attachment: Application form.docx"""),
("weather-warning-partial", """Shenzhen Meteorological Bureau — Weather Warnings

Rainstorm Warning (Orange)
{L:深圳市气象台2024年04月20日16时30分发布暴雨橙色预警信号}

The Shenzhen Meteorological Observatory upgraded the rainstorm warning to orange for Bao'an and Guangming districts at 16:30. {L:预计未来3小时上述区域仍有50毫米以上的降水,}please take precautions.

Advice
1. Schools should keep students on campus until the rain stops.
2. {L:停止户外作业,注意防范城市内涝。}
3. Drivers should avoid low-lying roads and tunnels.

Forecast for tonight: thunderstorms, 21–25 °C, southerly wind force 3–4.
{L:明天白天}: cloudy with showers, 22–28 °C

Warning signals in effect: Orange Rainstorm (Bao'an, Guangming) · Yellow Rainstorm (other districts) · Thunderstorm

Share · Subscribe to SMS alerts
{D:粤ICP备05028916号}"""),
("factory-catalogue-cells", """Foshan Lianxing Ceramics Co., Ltd. · Products · Porcelain Floor Tiles

Series: Marble Look Polished Glazed Tiles
Brand: LIANXING {D:联兴陶瓷}

| Model | Size (mm) | Thickness | Surface | Stock |
|---|---|---|---|---|
| LX-6601 | 600×600 | 9.5 mm | Polished | In stock |
| LX-8802 | 800×800 | 11 mm | {L:柔光} | In stock |
| LX-1201 | 600×1200 | 10 mm | Polished | {L:需预订} |
| LX-7503 | 750×1500 | 10.5 mm | {L:哑光} | In stock |

Technical data
Water absorption: ≤0.5%
Breaking strength: ≥1300 N
{L:防滑等级}: R9

Packing: 4 pcs/box (600×600), 1.44 m²/box; {L:每托32箱}

Application: living rooms, hotel lobbies, shopping malls.

{L:本公司产品远销东南亚、中东、非洲等六十多个国家和地区,欢迎来电咨询。}

Contact: Mr. Huang · +86 757 8000 0000 · WhatsApp
{L:版权所有} © Foshan Lianxing Ceramics"""),
("textbook-exercise-instructions", """Chinese for Beginners · Unit 5 · Workbook

Part A. Read the dialogue.
{D:A: 你今天几点下课?}
A: What time do you finish class today?
{D:B: 我四点下课。你呢?}
B: I finish at four. And you?
{D:A: 我三点半。}
A: Half past three.

Part B. {L:根据对话内容判断正误。}
1. B finishes class at 3:30.  ( T / F )
2. A finishes class before B.  ( T / F )

Part C. {L:用所给词语完成句子}: {D:下课}、{D:几点}、{D:半}
1. ________________? (What time is it now?)
2. {D:我们十二点____。}

Part D. Write five sentences about your day. Use at least three time words.

{L:本练习答案见教师用书第45页。}

Vocabulary review
{D:下课} xià kè — to finish class
{D:几点} jǐ diǎn — what time
{D:半} bàn — half

Page 37 · © Beijing Language and Culture University Press"""),
("bible-footnotes-leftover", """Holy Bible — Psalms 23 (bilingual: CUV / KJV)

1 The LORD is my shepherd; I shall not want.
{D:耶和华是我的牧者,我必不致缺乏。}
2 He maketh me to lie down in green pastures: he leadeth me beside the still waters.
{D:他使我躺卧在青草地上,领我在可安歇的水边。}
3 He restoreth my soul: he leadeth me in the paths of righteousness for his name's sake.
{D:他使我的灵魂苏醒,为自己的名引导我走义路。}

Footnotes
a. "still waters": {L:或译作“安静的水”。}
b. v. 3 {L:“义路”原文也可以理解为“正确的道路”。}

Study notes
This psalm is attributed to David. The image of God as shepherd appears often in the Old Testament. {L:诗篇第二十三篇是基督徒最熟悉的经文之一,常在葬礼上诵读。}

Cross references: John 10:11; Isaiah 40:11

{L:上一章} | Psalm 24 ►
Audio: Play · Font size: A+ A-"""),
("sutra-commentary-leftover", """Buddhist Text Translation Study · Diamond Sutra · Verse 32

{D:一切有为法,如梦幻泡影,如露亦如电,应作如是观。}
All conditioned things are like a dream, an illusion, a bubble, a shadow, like dew or like lightning. Thus should they be contemplated.

Commentary
This four-line verse (gatha) is the most quoted passage of the sutra. The six similes — dream, illusion, bubble, shadow, dew and lightning — are sometimes called the "six likenesses" ({D:六如}).

{L:古德解释说,梦、幻、泡、影四者比喻有为法虚妄不实,露与电则比喻其生灭迅速、刹那无常。}

The translator Kumarajiva {D:鸠摩罗什} used only nine similes in the whole sutra; later versions by Xuanzang list more.

Dharma talk audio: 34 min · {L:主讲}: Venerable {L:明空法师}
Transcribed by volunteers. {L:如有错漏,敬请指正。}

← Verse 31 | Back to contents"""),
("poem-commentary-leftover", """Chinese Poetry in English · Li Bai · Quiet Night Thoughts

{D:静夜思}
{D:床前明月光,疑是地上霜。}
{D:举头望明月,低头思故乡。}

Before my bed, the bright moonlight —
I wonder if it is frost on the ground.
I raise my head and look at the bright moon,
lower my head and think of home.

About the poem
Every Chinese child learns this poem at school. The word {D:床} is usually read as "bed", but some scholars argue it means the railing around a well.

{L:也有学者认为,“床”指的是胡床,即一种可以折叠的坐具,诗人是坐在院子里看月亮的。这种说法虽然有趣,但并没有得到普遍认可。}

Other versions of line 1 read {D:床前看月光}. The version above is the one in modern textbooks.

{L:作者简介}: Li Bai (701–762), {L:字太白,号青莲居士}, the most celebrated poet of the Tang dynasty.

Related: Drinking Alone by Moonlight · Farewell to Meng Haoran
Like 👍 1.1k · Share"""),
("subtitles-missing-line", """OpenSubs › Series › Nirvana in Fire (2015) › S01E01 › Chinese-English (.srt)

Original title: {D:琅琊榜}
Uploaded by: meilingsu · Sync: WEB-DL 1080p · Downloads: 3,904

101
00:12:10,500 --> 00:12:13,000
{D:江左梅郎,麒麟之才,得之可得天下。}
Mei Changsu of Jiangzuo, a talent like the qilin: whoever wins him wins the empire.

102
00:12:13,400 --> 00:12:15,800
{D:这话你也信?}
And you believe that?

103
00:12:16,100 --> 00:12:19,200
{L:我信不信不要紧,要紧的是太子和誉王都信了。}

104
00:12:19,600 --> 00:12:21,000
{D:苏先生到了。}
Mr. Su has arrived.

105
00:12:21,300 --> 00:12:24,700
Please, come in. {L:外面风大。}

Comments
iris_w: line 103 is missing the English, can someone fix?
meilingsu: will update tonight, thanks

[Download] [Report] [Other episodes]"""),
("tcm-clinic-page", """Harmony TCM Clinic · Services · Acupuncture

Acupuncture ({D:针灸})

Our clinic offers traditional acupuncture for back pain, insomnia, migraine and stress. Each session lasts 45–60 minutes and begins with pulse and tongue diagnosis.

{L:针灸治疗前请勿空腹或过饱,治疗后四小时内不要洗澡。}

What to expect
1. Consultation with Dr. {L:刘建华} (registered TCM practitioner, 25 years of experience)
2. Fine, single-use needles are inserted at selected points, such as Zusanli {D:足三里} (ST36) and Hegu {D:合谷} (LI4)
3. Needles remain for 20–30 minutes; moxibustion ({D:艾灸}) may be added

Fees
Initial consultation + treatment: £65
Follow-up: £50
{L:拔罐}: £30

Opening hours
Mon–Fri 10:00–19:00 · Sat 10:00–16:00 · {L:周日休息}

Book online · Call 020 7946 0000
Harmony TCM Clinic is a member of the ATCM."""),
("pharmacy-leaflet-half", """Patient Information Leaflet
Compound Licorice Tablets ({D:复方甘草片})
100 tablets / bottle

[Composition] Each tablet contains licorice extract powder 112.5 mg, {L:阿片粉或罂粟果提取物粉180mg,}camphor 2 mg, anise oil 2 mg and sodium benzoate 2 mg.

[Indications] For cough with phlegm. {L:用于镇咳祛痰。}

[Dosage] Adults: 3–4 tablets, 3 times a day, chewed or dissolved in the mouth.

[Precautions]
1. {L:本品不宜长期服用,如服用3~7日症状未缓解,请及时咨询医师。}
2. Pregnant and breast-feeding women should use with caution.
3. {L:运动员慎用。}

[Storage] Keep in a sealed container.

[Package] Plastic bottle, 100 tablets.
[Shelf life] {L:24个月}

Manufacturer: {L:某某制药有限公司}
Approval No.: {L:国药准字}H00000000"""),
("recipe-steps-leftover", """Wok & Roll · Recipes · Mapo Tofu ({D:麻婆豆腐})

★★★★★ 4.8 from 213 ratings · Prep 10 min · Cook 15 min · Serves 3

The secret of good mapo tofu is doubanjiang (chilli bean paste, {D:豆瓣酱}) from Pixian and real Sichuan pepper. The dish should be {D:麻、辣、烫、香、酥、嫩、鲜}: numbing, spicy, hot, fragrant, crisp, tender and fresh.

Ingredients
- 400 g soft tofu
- 100 g minced beef
- 2 tbsp Pixian doubanjiang
- 1 tsp ground Sichuan pepper
- {L:豆豉一小勺}
- 2 spring onions

Method
1. Cut the tofu into 2 cm cubes and blanch in salted water for 1 minute.
2. {L:锅中放油,把牛肉末炒至酥香,盛出备用。}
3. Fry the doubanjiang in the same oil until the oil turns red, then add the fermented black beans.
4. Add stock, the beef and the tofu. {L:小火煮五分钟,让豆腐入味。}
5. Thicken with cornstarch water in three additions. Sprinkle with pepper and spring onion.

Notes: {L:豆腐不要用铲子翻,轻轻推动锅就可以了。}

Print · Save · 38 comments"""),
("wedding-vendor", """Golden Phoenix Banquet Hall · Weddings · Packages

Golden Phoenix is one of the most popular Chinese wedding venues in Richmond, with seating for up to 480 guests ({L:可容纳四十八桌}).

Package "Double Happiness" {D:双喜临门}
$1,088 per table of 10 (min. 20 tables)
- 10-course banquet menu
- {L:免费提供迎宾牌和签到台}
- Free tea ceremony set and red backdrop with {D:囍}
- Complimentary bridal suite for the night

Sample menu
1. Roast suckling pig platter {D:鸿运乳猪全体}
2. Lobster with ginger and scallion
3. Braised fish maw soup
4. {L:清蒸东星斑}
5. Abalone with sea cucumber
6. Fried rice · Noodles
7. {L:红豆沙汤圆}

Terms: 30% deposit on booking; {L:婚宴日期一经确认不予退还定金}.

Call our coordinator Ms. Chan · 604-000-8888
Gallery · Reviews (88) · Book a tasting"""),
("funeral-service-notice", """Obituaries · Evergreen Memorial Services

In loving memory of
Mr. Lim Ah Kow
{D:林亚九}
1938 – 2024

Beloved husband of Tan Siew Lan, father of four and grandfather of nine, passed away peacefully at home on 11 March 2024, aged 86.

{L:林公亚九老先生于2024年3月11日安详辞世,享寿八十六岁。兹定于3月14日上午十时在本殡仪馆出殡。}

Wake: Block 123 Bedok North, void deck, 11–13 March
Funeral cortège: 14 March, 10 am, to Mandai Crematorium

{L:孝男}: Lim Kok Wah, Lim Kok Seng
{L:孝女}: Lim Mei Ling, Lim Mei Hua

The family thanks relatives and friends for their condolences. In lieu of wreaths, donations may be made to the Singapore Cancer Society.

{D:沉痛哀悼} (with deep sorrow)

Leave a condolence message · Send flowers · Share"""),
("chess-club-news", """Xiangqi Club of Vancouver · News · Spring Open 2024 results

The Spring Open was held on April 6–7 at the Chinese Cultural Centre. 46 players took part in the open section and 18 in the junior section.

Champion: Henry Zhou (7/7)
Runner-up: {L:梁伟明} (5.5/7)
Third: Andy Ng (5/7)

Henry won the final round with a classic Central Cannon opening ({D:中炮}) against Screen Horses ({D:屏风马}) defence. {L:第二十五回合他弃车杀士,一举取胜。}

Junior section
1. Emily Tran
2. {L:陈子轩}
3. Jason Wu

{L:本次比赛得到了温哥华中华文化中心的大力支持,特此感谢。}

Photos from the prize-giving are on our Facebook page. Next event: Summer Blitz, June 15.

{L:比赛规则}: Asian Xiangqi Federation rules · Time control 30 min + 10 s

Membership · Calendar · Contact"""),
("university-news-clauses", """Tsinghua University News · Research · 2024-05-20

Team develops low-cost sodium battery for grid storage

Researchers from the Department of Chemical Engineering have developed a sodium-ion battery that costs about 40% less than lithium-ion cells. {L:相关研究成果发表在《自然·能源》上。}

The team, led by Professor {L:王志强}, used a hard-carbon anode made from bamboo waste. In tests, the cells kept 90% of their capacity after 3,000 cycles {L:,远高于同类产品的平均水平}.

"Sodium is everywhere. We hope this can help bring cheap storage to rural areas," Wang said.

{L:据悉,该技术已与国内两家企业签订转化协议,预计2026年实现量产。}

Editor: Liu Yang
{L:审核}: Zhang Hui

Tags: energy, batteries, chemical engineering
← Previous · Next →
{D:清华大学} Tsinghua University · {D:京ICP备15006448号}"""),
("kpop-fan-notice", """HUA CHENYU INTERNATIONAL ✦ News ✦ Concert ✦ Fan projects

[NOTICE] 2024 Mars Concert — ticketing info for overseas fans

Hua Chenyu {D:华晨宇} will hold his Mars Concert {D:火星演唱会} in Haikou on 27–28 July. Here is what you need to know.

Ticketing platform: Damai {D:大麦}
Sale time: 2024.07.05 12:18 (Beijing time)
{L:实名制购票,一个证件限购两张,入场时需人证票一致。}

Prices: ¥480 / ¥880 / ¥1280 / ¥1680 / {L:内场VIP 2080元}

Our fan project: we will hand out light sticks and banners reading {D:“火星见”} ("see you on Mars") at gate 3. {L:应援物领取时间为演出当天下午三点至五点。}

Reminder from the official fan club:
{L:请大家理性追星,不要购买黄牛票,不要在场馆周边聚集。}

Questions? DM us. Please credit HCYINTL if you repost.
#{D:华晨宇} #HuaChenyu #MarsConcert2024
♡ 2,340  ↻ 981  💬 127"""),
("variety-recap-captions", """Variety Addict · Recaps · Go Fighting! Ep. 6

Go Fighting! {D:极限挑战} returned this week with a city-wide scavenger hunt in Chongqing.

The first mission sent Huang Bo {D:黄渤} and Sun Honglei {D:孙红雷} up the Hongya Cave stairs with hot pot on their backs. The on-screen caption read {D:“两个中年人的倔强”} — "the stubbornness of two middle-aged men" — which pretty much sums it up.

[Screenshot] {L:黄渤在解放碑寻找线索时被粉丝认出}
Luo Zhixiang gets lost on the light rail. 

In the second half, the team had to {L:在一小时内用十块钱买到六样指定物品}, and of course everyone cheated.

Best moment: Huang Lei {D:黄磊} cooking noodles for the crew at 2 a.m.

{L:本期节目收视率}: 1.5% · Next week: Xiamen

Recap by dumplingfan · Comments (62)
{L:本文由网友投稿,不代表本站观点。}"""),
("crossword-hints-leftover", """Daily Chengyu Crossword · Puzzle 88 · Medium

Fill the grid with four-character idioms. Each idiom shares one character with the idiom it crosses.

Across
1. Drawing a snake and adding feet (overdoing it) — {D:画蛇添足}
3. {L:形容做事十分认真,一点也不马虎}
5. Killing two birds with one stone — {D:一举两得}

Down
2. {L:比喻事物发展到了极点}
4. To play the lute to a cow — {D:对牛弹琴}
6. Sitting at the bottom of a well and looking at the sky — {D:坐井观天}

Hints used: 2/3
{L:提示}: clue 3 contains the character {D:一} twice.

How to play
Type the idiom into the squares, one character per square. You can switch between Simplified and Traditional characters in the settings. Wrong characters turn red; a correct idiom turns green and shows its meaning in English.

Yesterday's answers: {D:守株待兔}, {D:亡羊补牢}, {D:井底之蛙}

Your time: 04:12 · Best: 03:40
[Check] [Reveal letter] [Reset]
{L:每日更新,欢迎分享给朋友}"""),
("weather-city-table", """China Weather Network — 7-day forecast — Kunming

Today Sat 15 June: showers, 17–24 °C, SW wind level 2
{L:紫外线强度}: moderate · Humidity: 78%

| Day | Weather | Temp | Wind |
|---|---|---|---|
| Sun 16 | Thundershowers | 16–23 °C | SW 2 |
| Mon 17 | {L:中雨} | 15–21 °C | S 2 |
| Tue 18 | Cloudy | 16–25 °C | {L:微风} |
| Wed 19 | {L:多云转晴} | 17–26 °C | W 3 |

Life index
Dressing: light jacket recommended
Car wash: not suitable
{L:感冒指数}: {L:较易发,昼夜温差较大,注意适当增减衣服。}

Rainy season in Kunming usually starts in late May. The city is called the "Spring City" ({D:春城}) because of its mild climate all year.

Other cities: Dali · Lijiang · Jinghong
{D:京ICP证010385号} · Data: China Meteorological Administration"""),
("calligraphy-shop", """Four Treasures Studio · Shop · Brushes

Set of 3 Wolf-hair Brushes "Lanting"
{D:兰亭 狼毫毛笔三支装}
$36.50 · Free shipping over $50

Hand-made in Huzhou {D:湖州}, the home of the famous Hu brush {D:湖笔}. Suitable for regular and running script.

Specifications
Large: tip 2.8 cm, handle 22 cm
Medium: tip 2.2 cm
Small: {L:出锋1.6厘米,适合写小楷}

{L:新笔使用前请用温水泡开,切勿用开水烫,以免笔毛脱落。}

Care: wash the brush after use and hang it tip-down to dry.

Customers who bought this also bought
• Inkstone "Duan" {D:端砚} · $89
• {L:一得阁墨汁 500克} · $12
• Felt mat 50×70 cm · $9

Reviews (24) ★★★★½
"Lovely springy brushes, arrived well packed." — Sandra M.
"{L:笔锋很好,就是小号有点掉毛。}" — {L:王先生}

Add to cart · Questions? Chat with us"""),
("train-booking-help", """12306 Help Centre (English) · Ticket changes and refunds

{L:首页} > {L:帮助中心} > Refunds

How do I change my ticket?
You can change your ticket once, up to 30 minutes before departure, at a station window or online. {L:改签后的车票不能再次改签,}but it can still be refunded.

Refund fees
| Time before departure | Fee |
|---|---|
| More than 8 days | free |
| 48 hours – 8 days | 5% |
| 24–48 hours | 10% |
| {L:不足24小时} | 20% |

Seat classes on the ticket: {D:二等座} (second class), {D:一等座} (first class), {D:商务座} (business class).

{L:温馨提示:开车前8天以上退票的,不收取退票费;但改签或变更到站后的车票,乘车日期在春运期间的,退票时一律按开车时间前48小时以内的标准计收退票费。}

Was this answer helpful? 👍 👎
{L:客服电话}: 12306 · {D:京ICP备05020493号}"""),
("museum-object-leftovers", """Collections Online · Ceramics · Object no. C.1124-1910

Vase with peach design
{D:粉彩桃纹天球瓶}
China, Qing dynasty, Yongzheng period (1723–1735)
Porcelain painted in overglaze enamels
H. 51 cm

Description
A globular vase painted with nine peaches and branches of blossom, symbols of long life. The six-character reign mark on the base reads {D:大清雍正年制} ("made in the Yongzheng reign of the Great Qing").

{L:清宫旧藏同类器物现存北京故宫博物院,数量极少,为雍正粉彩瓷中的精品。}

[Image caption] {L:瓶底款识}
Detail of the peach branch on the shoulder.

Provenance
Bequeathed by Mrs. E. Harding, 1910. {L:原为英国某私人藏家旧藏,1890年购于广州。}

Exhibitions: "Imperial Porcelain", 2005.
{L:参考文献}: Kerr 1986, no. 72.

Not on display · Request image · Cite"""),
("cycling-club-report", """Pedal Pals Shenzhen · Ride reports · Sunday 28 Jan: Dameisha coast ride

Distance: 64 km · Avg speed 24.3 km/h · Climbing 520 m
Riders: 17 · Ride leader: Marco

We met at 7:30 at Window of the World {D:世界之窗} metro station, exit J. The weather was perfect, 16 °C and sunny.

[Photo] {L:大家在盐田港观景台合影}
Coffee stop at Xiaomeisha — fourth from left is our new member Lisa!

Route: Shennan Road → Luohu → Yantian → Dameisha → Xiaomeisha and back. The climb at Yantian tunnel {L:比想象中要长,坡度大约百分之六}, but everybody made it.

{L:骑行注意事项:请佩戴头盔,遵守交通规则,不要并排骑行。}

Next ride: Feb 4, Shekou to Nanshan loop (easy, 40 km)
Join our WeChat group: scan the QR code below
[QR code]

Strava segment · 12 comments · Like"""),
("phone-review-comments", """MobileBench · Review · OnePlus 12: the flagship killer grows up

Rating 4.5/5 · By Priya Raman · 30 January 2024

The OnePlus 12 ({D:一加12}) launched in China in December, and the global model arrived this week. We tested both.

Hasselblad camera: the main 50 MP sensor is excellent at night. The 3x periscope tends to over-sharpen. {L:不过在国内版上,这个问题通过系统更新已经得到了改善。}

Software: the global model runs OxygenOS; the China model runs ColorOS 14, with lots of pre-installed apps such as {L:抖音} and {L:拼多多}.

Battery: 5,400 mAh, easily two days.

Verdict
+ Fast charging (80 W)
+ Bright 2K screen
− No telephoto macro

Comments (58)
ryu_tech: Great review. Is the China ROM usable in English?
  ↳ Priya Raman: Yes, you can switch the language, though some apps stay in Chinese.
lin_88: {L:国行版价格便宜一千多,性价比更高。}
  ↳ mod: Please post in English so everyone can join the discussion.

Load more comments"""),
("admissions-faq-langswitch", """Fudan University International Students Office
English | {D:中文}

Home › Admission › FAQ

Q1. Can I apply for more than one program?
No. Each applicant may apply for only one program in one application season. {L:如发现重复申请,将取消其申请资格。}

Q2. Is an interview required?
Some programs require an online interview. {L:面试时间另行通知,请留意申请系统中的消息。}

Q3. What is the tuition for undergraduate programs?
Humanities: 23,000 CNY/year; Sciences: 26,000 CNY/year; {L:临床医学(英文授课)每年75000元}.

Q4. How do I pay the application fee?
The application fee of 800 CNY is paid online by credit card. {L:报名费一经缴纳,概不退还。}

{L:复旦大学留学生办公室}
Address: Room 201, Guanghua Building, 220 Handan Road, Shanghai
Tel: +86-21-6564-0000
{D:沪ICP备042465号}"""),
]


def check(kind: str, layout: str, text: str) -> None:
    """Every Han character inside exactly one mark; no stray braces; a sane length."""
    outside = re.sub(r"\{[DL]:[^}]*\}", "", text)
    assert "{" not in outside and "}" not in outside, (kind, layout, "stray brace")
    stray = HAN.findall(outside)
    assert not stray, (kind, layout, "unmarked Han", "".join(stray)[:40])
    for m in re.finditer(r"\{([DL]):([^}]*)\}", text):
        assert HAN.search(m.group(2)), (kind, layout, "mark without Han", m.group(2))
    if kind == "leftovers":
        assert "{L:" in text, (layout, "no leftover")
    else:
        assert "{L:" not in text, (layout, "leftover in a deliberate doc")
    n = len(re.sub(r"\{[DL]:([^}]*)\}", r"\1", text))
    assert 600 <= n <= 1800, (kind, layout, n)


def main() -> None:
    root = Path(__file__).resolve().parent / "sets"
    root.mkdir(exist_ok=True)
    for kind, prefix, docs in (("deliberate", "d15d", DELIBERATE), ("leftovers", "d15l", LEFTOVERS)):
        assert len(docs) == 40, (kind, len(docs))
        lines, han = [], {"deliberate": 0, "leftovers": 0}
        for i, (layout, text) in enumerate(docs, 1):
            check(kind, layout, text)
            d, lay = marked(layout, text)
            line = d.json(f"{prefix}-{i:02d}", lay)
            rec = json.loads(line)
            for side in ("deliberate", "leftovers"):
                han[side] += sum(len(HAN.findall(rec["text"][a:b])) for a, b in rec[side])
            assert sum(han.values()) and len(HAN.findall(rec["text"])) == sum(
                len(HAN.findall(rec["text"][a:b])) for s in ("deliberate", "leftovers") for a, b in rec[s])
            lines.append(line)
        path = root / f"detect15-{kind}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(lines)} docs, Han deliberate {han['deliberate']}, leftovers {han['leftovers']}")


if __name__ == "__main__":
    main()
