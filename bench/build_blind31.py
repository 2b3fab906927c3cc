"""Build bench/sets/detect31-*.jsonl: a held-out, hand-written detection set ("detect31").

Twenty-two English pages that contain Chinese on purpose, one of each kind: a blog post about a
year of learning Mandarin whose every paragraph quotes one sentence with its translation inline, a
bilingual library press release (English paragraph, then the same paragraph in Chinese,
alternating), a podcast transcript with timestamps where the host says food idioms and explains
them, a Markdown FAQ for a weekend Chinese school giving each term in bold with its English, a
lantern-festival guide whose headings are `English title / 中文标题`, a poetry magazine page with
Wang Wei's "Deer Enclosure" in Chinese, an English version and a translator's note quoting single
characters, a cookbook index listing dishes as `English (中文, pinyin)`, a family-history page with
a headstone inscription and its reading, a set of exhibition labels for ceramics (name, Chinese
name, dynasty, reign mark), a bilingual preschool song with actions, a Chinese-English legal
glossary as a Markdown table, a tea merchant's catalogue, a bilingual wedding invitation, a
Peking-opera synopsis naming the role types (生, 旦, 净, 丑) and the arias in characters, a fan
page of a made-up kung fu film series quoting lines with their subtitles, an ESL teacher's page
of Chinglish signs with the Chinese original and a corrected English, a grammar-reference page on
the 把 construction with numbered examples and glosses, a travel blog quoting menu items and signs
with explanations, a set of bilingual business cards, a book review of a (made-up) translated
novel quoting its original title and two original sentences with the published translation, a
museum donor wall with names in English and Chinese, and a bilingual university syllabus
heading block.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a city news page whose first sentence stays Chinese and names the party secretary and his
"important instructions", an enterprise home page with its slogan left untranslated under the
English name (the Chinese company name in the logo line is deliberate), a university news page
with Chinese breadcrumbs and a `【打印】【关闭】` row, an article followed by an untranslated
editor line and "related reading" list, a product list where two product names stay Chinese, a
hotel page whose facility table keeps Chinese labels, a hospital department page whose Chinese
introduction paragraph says other things than the English one above it, a scenic-area page with
untranslated ticket notes, a news list with dates and two Chinese headlines, a school notice with
Chinese attachment names (附件1：…), a press release whose chairman's quote stays Chinese, a page
with injected Chinese gambling spam in its footer, a forum post with an untranslated signature, a
job advertisement with untranslated salary and benefits lines, a product page with untranslated
"温馨提示" notes, an online-shop listing with untranslated shipping notes, a research institute
page with untranslated project names in an English list, a government notice with untranslated
contact-person and telephone labels, a museum page with an untranslated audio-guide paragraph, a
football report where the coach's quote stays Chinese, a cultural page where an English paragraph
on a craft is followed by a Chinese paragraph on the same craft that adds other facts, and a
WeChat article mirror with untranslated "阅读原文" / "点赞" / "在看" buttons and a Chinese author
line. Deliberate Chinese on those pages (a `中文` language link, an ICP number, a logo line) is
marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
only quoted classical text is Wang Wei's quatrain and a few public-domain proverbs, translated
here. The set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other
bench sets or their builders (only bench/blind_set.py, the first 60 and last 30 lines of
build_blind25.py as a model of the file format, and `marked()` in build_detection_sets.py were
read), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind31.py` from the repository root; it rewrites
bench/sets/detect31-deliberate.jsonl (ids d31d-NN) and bench/sets/detect31-leftovers.jsonl
(ids d31l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect31", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("learner-blog-inline-quotes", """
My Year of Mandarin: Seven Sentences That Stuck
Posted by Hannah Okafor · November 28, 2026 · Language Learning · 6 comments

When I started evening classes last January, my teacher asked us to keep a notebook with one sentence a week. These are the ones I still catch myself saying out loud in the kitchen.

The very first sentence I memorised was {D:我是从尼日利亚来的。} ("I come from Nigeria."), and I was ridiculously proud when the man at the corner shop understood it on the first try.

In February I learned how to apologise like a grown-up: {D:不好意思，我没听懂。} means "Sorry, I didn't catch that," and it carried me through most of the spring.

My teacher loves proverbs, so in March she gave us {D:熟能生巧}, literally "familiarity gives birth to skill", which is her way of saying practice makes perfect.

By the summer I could order dinner. {D:少放点辣椒，谢谢。} ("Go easy on the chilli, please") has rescued my stomach more than once.

Measure words nearly broke me. My tutor made me chant {D:一张桌子，两把椅子，三本书} ("one table, two chairs, three books") until the classifiers stopped feeling random.

The sentence I am proudest of came in October, when I told my language partner {D:虽然很难，但是我不想放弃。} "It's hard, but I don't want to give up."

If you are thinking of starting, here is what my teacher wrote on the board on day one: {D:慢慢来，比较快。} "Go slowly; it ends up faster."

Tags: Mandarin, study diary, beginners
← Previous post: Choosing a first textbook | Next post: Tones for tired brains →
""")

dd("press-release-alternating-paragraphs", """
PRESS RELEASE | {D:新闻稿}
For immediate release – December 2, 2026

Harbourview Library Opens Bilingual Reading Room
{D:海景图书馆双语阅览室正式开放}

HARBOURVIEW, December 2 – The Harbourview Public Library today opened a new reading room holding more than 8,000 books in English and Chinese, paid for by a city council grant and donations from local families.
{D:海景讯（12月2日）海景公共图书馆今天开放了一间新的阅览室，收藏中英文图书八千余册，经费来自市议会拨款和本地家庭的捐赠。}

The room has a children's corner, six study desks and a small shelf of newspapers from Hong Kong, Taipei and Singapore. Staff who speak both languages will be on duty every afternoon.
{D:阅览室设有儿童角和六张自习桌，并收藏少量来自香港、台北和新加坡的报纸。每天下午都有会说两种语言的工作人员值班。}

"We want every family in the neighbourhood to feel that this library belongs to them," said head librarian Grace Lam.
{D:馆长林慧恩说：“我们希望社区里的每一个家庭都觉得这座图书馆属于他们。”}

Opening hours are 10 a.m. to 7 p.m., Tuesday to Sunday. Library cards are free for residents.
{D:开放时间为周二至周日上午十点至晚上七点。本市居民可免费办理借书证。}

Media contact / {D:媒体联系}: Daniel Cho, communications@harbourview-library.org, (604) 555-0142
###
""")

dd("podcast-transcript-timestamps", """
Episode 47 – "Eating Your Words": Food Idioms in Mandarin
The Long Way Round Podcast · Transcript · Runtime 28:14

[00:00] MAYA: Welcome back to The Long Way Round, where we take the scenic route through Chinese. I'm Maya, and today it's all about food.

[00:21] MAYA: Let's start with one you'll hear in every office: {D:吃醋}, chī cù. Literally "to eat vinegar", but it means to be jealous, usually in a romantic way.

[01:05] TOM: So if my girlfriend sees me chatting with someone at a party...

[01:08] MAYA: Exactly, she might {D:吃醋}. Next: {D:炒鱿鱼}, chǎo yóuyú, "to stir-fry squid". It means to sack someone. People say squid curls up in the wok like the rolled-up bedding a dismissed worker carried home.

[02:40] TOM: That's grim. Give me a happier one.

[02:43] MAYA: How about {D:吃香}? "To eat fragrant." If a skill is {D:很吃香}, it's in demand. Right now data skills are {D:很吃香}.

[03:30] MAYA: One more before the break: {D:画饼充饥}, "drawing a cake to stave off hunger". It's what you call comforting yourself, or someone else, with empty promises.

[04:12] TOM: Like my landlord promising to fix the heater every winter.

[04:15] MAYA: [laughs] That is textbook {D:画饼充饥}. After the break: idioms about tea.

[04:20] [AD BREAK]

Transcripts are made by volunteers. Spotted a mistake? Email transcripts@longwayround.fm
""")

dd("faq-markdown-bold-terms", """
# Frequently Asked Questions – Maple Grove Weekend Chinese School

[Home](/) · [Classes](/classes) · [Calendar](/calendar) · **FAQ** · [Contact](/contact)

## What levels do you offer?
Four levels, from the **{D:启蒙班}** (qǐméng bān, *foundation class*) for ages 4–6 up to the **{D:高级班}** (gāojí bān, *advanced class*) for teenagers preparing for exams.

## Do you teach simplified or traditional characters?
Most classes use **{D:简体字}** (*simplified characters*). One Saturday class uses **{D:繁体字}** (*traditional characters*) for families who read them at home.

## Will my child learn pinyin?
Yes. **{D:拼音}** (*pinyin*, the romanisation system) is introduced in the second term, after children can recognise about fifty characters.

## How much homework is there?
Expect about twenty minutes of **{D:作业}** (*homework*) a week, usually a page of writing practice and a short reading.

## What should my child bring?
The class **{D:课本}** (*textbook*), a **{D:练习本}** (*exercise book* with grid squares), and a pencil. We provide brushes for **{D:书法}** (*calligraphy*) lessons.

## Are there parent meetings?
We hold a **{D:家长会}** (*parents' meeting*) at the end of each term. Teachers speak English and Mandarin.

## How are fees paid?
**{D:学费}** (*tuition*) is paid per term by bank transfer. Sibling discounts apply.

*Last updated 1 December 2026.*
""")

dd("festival-guide-bilingual-headings", """
# Riverside Lantern Festival 2027 – Visitor Guide

Saturday 20 February, 4 p.m. – 10 p.m. · Riverside Park, East Gate entrance · Free entry

## Lantern Walk / {D:赏灯}
More than three hundred lanterns line the path from the East Gate to the boathouse. This year's centrepiece is a six-metre horse, made by volunteers over two months.

## Riddle Corner / {D:猜灯谜}
Riddles hang on slips of red paper under the willow trees. Solve one, take the slip to the yellow tent and collect a small prize. Riddles are in both English and Chinese.

## Food Street / {D:美食街}
Twenty stalls sell sweet rice dumplings, grilled skewers, scallion pancakes and hot soy milk. Bring cash; some stalls cannot take cards.

## Lion Dance / {D:舞狮}
Performances at 5 p.m. and 8 p.m. on the main lawn, led by the Riverside Youth Dragon and Lion Club.

## Children's Craft Tent / {D:儿童手工}
Make a paper lantern to carry on the walk. Sessions every half hour, no booking needed.

## Getting Here / {D:交通指南}
Buses 14 and 22 stop at the East Gate. Parking is very limited, so please walk, cycle or take the bus.

## Accessibility / {D:无障碍服务}
The lantern path is step-free. Wheelchairs can be borrowed at the information desk.
""")

dd("poetry-magazine-translation-note", """
The Lantern Review · Issue 19 · Winter 2026
Home · Current Issue · Translation Corner · Archive · Submit

TRANSLATION CORNER
Deer Enclosure, by Wang Wei (701–761)
Translated by Ruth Ellery

{D:鹿柴}
{D:空山不见人，}
{D:但闻人语响。}
{D:返景入深林，}
{D:复照青苔上。}

Deer Enclosure
On the empty hill I see nobody,
yet somewhere voices carry.
Late sunlight slips back into the deep wood
and falls once more across the green moss.

Translator's note
The title already resists English. {D:柴} usually means firewood, but here it is read zhài, a fence or pen, so the place is a fenced ground for deer. In the third line, {D:景} is an old way of writing light or shadow rather than "view", and {D:返} means to return: the evening sun comes back in under the trees after the forest has gone dark. I kept "once more" for {D:复} because the whole poem turns on that small return. Wang Wei never tells us who is speaking on the hill; I tried not to tell you either.

Ruth Ellery teaches at a sixth-form college in Leeds. Her versions of Tang quatrains appeared in Issues 12 and 15.
""")

dd("cookbook-index-en-zh-pinyin", """
A Sichuan Kitchen at Home – Index of Recipes

COLD DISHES
Mouth-watering chicken ({D:口水鸡}, kǒushuǐ jī) .......... 34
Smashed cucumber salad ({D:拍黄瓜}, pāi huánggua) .......... 37
Husband-and-wife beef slices ({D:夫妻肺片}, fūqī fèipiàn) .......... 40

MEAT AND POULTRY
Gong Bao chicken ({D:宫保鸡丁}, gōngbǎo jīdīng) .......... 52
Twice-cooked pork ({D:回锅肉}, huíguō ròu) .......... 56
Fish-fragrant shredded pork ({D:鱼香肉丝}, yúxiāng ròusī) .......... 59
Water-boiled beef ({D:水煮牛肉}, shuǐzhǔ niúròu) .......... 63

TOFU AND VEGETABLES
Mapo tofu ({D:麻婆豆腐}, mápó dòufu) .......... 78
Dry-fried green beans ({D:干煸四季豆}, gānbiān sìjìdòu) .......... 82
Hot-and-sour shredded potato ({D:酸辣土豆丝}, suānlà tǔdòusī) .......... 85

NOODLES AND SNACKS
Dan dan noodles ({D:担担面}, dàndàn miàn) .......... 101
Zhong dumplings in red oil ({D:钟水饺}, zhōng shuǐjiǎo) .......... 105
Glutinous rice balls ({D:汤圆}, tāngyuán) .......... 110

SAUCES AND BASICS
Chilli oil ({D:红油}, hóngyóu) .......... 12
Sichuan pepper salt ({D:椒盐}, jiāoyán) .......... 15

Page numbers refer to the 2026 paperback edition.
""")

dd("family-history-tombstone", """
The Chen Family of Taishan and Sacramento
Family History Pages › Ancestors › Chen Yick-Ming (1868–1931)

Chen Yick-Ming left his village in Taishan county, Guangdong, in 1887 and worked for eleven years on the levees of the Sacramento delta before opening a dry-goods store on I Street. He married Wong Sau-Lin in 1899; they had five children, three of whom survived him.

The headstone
His stone stands in the old Chinese section of the city cemetery. It was carved in three vertical columns, read from right to left:

Right column: {D:广东台山县}
Centre column: {D:显考陈公讳益明府君之墓}
Left column: {D:民国二十年孝男国华立}

Our reading
Right: "Taishan county, Guangdong" – his home district, so that his spirit would know the way back.
Centre: "Tomb of our honoured late father, Mr Chen, whose name was Yick-Ming." {D:显考} is the formal way a child refers to a dead father, and {D:讳} introduces the personal name, which was not spoken aloud.
Left: "Erected in the twentieth year of the Republic by his filial son Kwok-Wah." The twentieth year of the Republic is 1931.

Cousin Alice, who photographed the stone in 2024, notes that the paint in the characters was renewed at some point, probably by Kwok-Wah's children.

Sources: cemetery register; 1900 and 1910 census; letters held by the Wong branch of the family.
← Chen Kwok-Wah (1902–1979) | Back to family tree | Wong Sau-Lin (1878–1950) →
""")

dd("ceramics-exhibition-labels", """
Gallery 4 · Fire and Glaze: Chinese Ceramics from the Whitcombe Bequest

1
Meiping vase with lotus scroll
{D:青花缠枝莲纹梅瓶}
Ming dynasty ({D:明}), Yongle reign, 1403–1424
Porcelain with underglaze cobalt blue
No reign mark, as is usual for Yongle blue-and-white
Whitcombe Bequest, 1958.12

2
Small cup with chickens
{D:斗彩鸡缸杯}
Ming dynasty ({D:明}), mark of the Chenghua reign, probably 18th-century copy
Inscription on the base: {D:大明成化年制} "Made in the Chenghua reign of the Great Ming"
Whitcombe Bequest, 1958.31

3
Bowl with purple splashes
{D:钧窑紫斑碗}
Northern Song to Jin dynasty ({D:宋}–{D:金}), 12th century
Stoneware with opalescent blue glaze
Whitcombe Bequest, 1958.7

4
Famille-rose dish with peaches
{D:粉彩蟠桃纹盘}
Qing dynasty ({D:清}), Yongzheng reign, 1723–1735
Inscription on the base: {D:大清雍正年制} "Made in the Yongzheng reign of the Great Qing"
Nine peaches are painted on the dish; peaches stand for long life.
Whitcombe Bequest, 1958.44
""")

dd("childrens-song-actions", """
Little Frog, Hop! / {D:小青蛙，跳一跳}
Circle Time Songs · Sunflower Bilingual Preschool · Ages 2–5

Sing each Chinese line, then the English line. Do the action on both.

Verse 1
{D:小青蛙，呱呱呱，}
Little frog says croak, croak, croak – open and close your hands by your mouth
{D:跳到东来跳到西，}
Hops to the east and hops to the west – hop to the left, then to the right
{D:荷叶上面睡午觉。}
Takes a nap on a lily pad – rest your head on your hands

Verse 2
{D:小青蛙，醒来啦，}
Little frog, time to wake up – stretch your arms up high
{D:看见小虫飞过来，}
Sees a little bug fly by – follow the bug with one finger
{D:伸出舌头啊呜吃！}
Sticks out its tongue and gulp! – clap once, loudly

Last time through
Sing it slowly, then fast. Finish with everyone saying {D:再见，小青蛙！} "Bye-bye, little frog!" and waving.

Teacher tip: let children choose another animal for verse 1 ({D:小鸭子} little duck, {D:小兔子} little rabbit) and invent its sound.
Words and actions by the Sunflower teaching team, free to use in classrooms.
""")

dd("legal-glossary-table", """
# Chinese–English Glossary of Contract Terms

Prepared for the Commercial Law Clinic · Revised edition, November 2026 · For teaching use only; not legal advice.

| Chinese | Pinyin | English | Note |
|---|---|---|---|
| {D:合同} | hétong | contract | |
| {D:甲方} / {D:乙方} | jiǎfāng / yǐfāng | Party A / Party B | Order follows the contract, not importance |
| {D:法定代表人} | fǎdìng dàibiǎorén | legal representative | The one person registered to act for a company |
| {D:违约} | wéiyuē | breach of contract | |
| {D:违约金} | wéiyuējīn | liquidated damages | Not a "penalty" in the common-law sense |
| {D:不可抗力} | bùkě kànglì | force majeure | |
| {D:仲裁} | zhòngcái | arbitration | |
| {D:诉讼时效} | sùsòng shíxiào | limitation period | Generally three years |
| {D:原告} / {D:被告} | yuángào / bèigào | plaintiff / defendant | |
| {D:管辖} | guǎnxiá | jurisdiction | |
| {D:生效} | shēngxiào | to take effect | |
| {D:盖章} | gàizhāng | to affix the company seal | Often required in addition to a signature |

Suggest an addition: email the clinic coordinator, Dr. Priya Raman.
""")

dd("tea-merchant-catalogue", """
Lanting Tea Company – Winter Catalogue 2026
Shop · Green · Oolong · Black · Pu-erh · Teaware · About us

GREEN TEA
West Lake Longjing {D:西湖龙井} – pre-Qingming spring picking, flat jade leaves, chestnut aroma. 50 g £14.50
Biluochun {D:碧螺春} – tiny curled leaves from the Dongting hills, fruity and bright. 50 g £12.00

WHITE TEA
Silver Needle {D:白毫银针} – buds only, Fuding, Fujian. Honey and hay. 50 g £16.00

OOLONG
Tieguanyin {D:铁观音} – Anxi, lightly roasted, orchid notes. 100 g £15.00
Da Hong Pao {D:大红袍} – Wuyi rock tea, deep roast, mineral finish. 50 g £18.50
Dong Ding {D:冻顶乌龙} – Taiwan, balled leaves, creamy. 100 g £13.00

BLACK TEA
Keemun {D:祁门红茶} – Anhui, the classic smoky-sweet breakfast tea. 100 g £9.50
Golden Yunnan {D:滇红} – malty, golden tips. 100 g £10.00

PU-ERH
2015 Menghai ripe cake {D:熟普洱饼} – 357 g £32.00

Each packet label carries the tea's Chinese name, origin and harvest year.
Free UK delivery on orders over £40 · Dispatch within two working days
""")

dd("wedding-invitation-bilingual", """
{D:囍}

Together with their families
Emily Zhou & Marcus Bell
request the pleasure of your company at their wedding

{D:周家与贝家}
{D:谨定于二〇二七年五月八日（星期六）}
{D:为周艾米小姐与贝马克先生举行婚礼}
{D:敬备喜宴，恭请光临}

Saturday, the eighth of May, 2027
Ceremony at three o'clock in the afternoon
Rose Garden Pavilion, Lakeside Botanical Gardens

Banquet to follow at six o'clock
Golden Phoenix Restaurant, 88 Harbour Road
{D:晚宴：金凤凰酒家（海港路88号）}

Kindly reply by the first of April
{D:敬请于四月一日前回复}
RSVP online: emilyandmarcus.wedding · or call Mrs. Zhou, 0412 555 019

Dress: garden formal. The tea ceremony for family will take place at noon at the bride's parents' home.
In lieu of gifts, the couple welcome contributions to their honeymoon fund; red envelopes are of course gratefully received.
""")

dd("opera-synopsis-roles", """
Lakeside Chinese Opera Society presents
The Tale of the White Snake {D:《白蛇传》} – Synopsis
Sung in Mandarin with English surtitles · Running time about 2 hours 20 minutes with one interval

Roles
Bai Suzhen {D:白素贞}, a white snake spirit in human form – {D:旦} (dàn, female role), sung by Liu Yan
Xiaoqing {D:小青}, her loyal companion – {D:旦}, sung by Ada Huang
Xu Xian {D:许仙}, a young pharmacist – {D:生} (shēng, male role), sung by Kevin Lau
Abbot Fahai {D:法海}, a stern monk – {D:净} (jìng, painted-face role), sung by Zhao Ming
The Boatman {D:艄公} – {D:丑} (chǒu, clown role), played by Sam Wong

Act One – {D:游湖} "Boating on the Lake"
Caught in a spring shower on West Lake, Bai Suzhen and Xiaoqing share a boat with Xu Xian, who lends them his umbrella. The Boatman's teasing song about the rain opens the act. Bai Suzhen's aria {D:「雨打湖心」} tells of her first meeting with the young man.

Act Two – {D:水漫金山} "Flooding Gold Mountain"
Fahai lures Xu Xian to his temple. To free him, Bai Suzhen and Xiaoqing call up the waters of the river in a battle of flags and somersaults.

Act Three – {D:断桥} "The Broken Bridge"
Exhausted and expecting a child, Bai Suzhen meets Xu Xian again at the bridge. Her aria {D:「桥上雪未消」} is the emotional heart of the evening.

Programme notes by the Society; translations of the surtitles by our volunteers.
""")

dd("kungfu-fan-page-quotes", """
IRON LANTERN FANS – The Unofficial Home of the "Iron Lantern" Trilogy
Home | The Films | Characters | Best Lines | Filming Locations | Forum

BEST LINES (original dialogue and the English subtitles from the 2025 restored release)

1. Master Gu to his student, Iron Lantern (1983)
{D:“拳头再硬，也硬不过一颗安静的心。”}
Subtitle: "However hard your fist is, a quiet heart is harder."
Fans voted this the best line of the trilogy three years in a row.

2. The innkeeper, before the teahouse fight, Iron Lantern (1983)
{D:“打架可以，桌子要赔。”}
Subtitle: "Fight if you must – but you're paying for the tables."

3. Lin Shu, Iron Lantern II: The River Gate (1986)
{D:“我不是来报仇的，我是来讨个公道。”}
Subtitle: "I didn't come for revenge. I came for justice."
The old VHS subtitle said "I came for a fair price", which fans still quote as a joke.

4. The blind swordsman, Iron Lantern III (1990)
{D:“你看得见我，我听得见你。”}
Subtitle: "You can see me. I can hear you."

Missing a favourite? Post it in the forum thread "Lines we love" with the scene and timestamp.
All stills and quotes are used for fan discussion. This site is not connected with the studio.
""")

dd("chinglish-signs-esl", """
Ms. Carter's ESL Corner – Unit 9: Fixing Sign Language
Class blog · Grade 11 Business English · Shanghai International School

This week we looked at public signs whose English went wrong. For each one, write the original Chinese, the English that was actually printed, and a better version. Here are my model answers.

1. {D:小心地滑}
Printed: "Carefully slide"
Better: "Caution: Wet Floor"
Why: {D:地滑} means "the floor is slippery"; the translator read {D:滑} as a verb of action.

2. {D:小草也有生命，请勿践踏}
Printed: "The little grass has life, please do not step on it"
Better: "Please Keep Off the Grass"
Why: English signs usually drop the friendly reason and keep the instruction short.

3. {D:残疾人专用}
Printed: "Deformed man only"
Better: "Accessible Toilet" or "Reserved for Disabled Visitors"

4. {D:请勿在此吸烟}
Printed: "Please do not smoke here inside"
Better: "No Smoking"

5. {D:出口}
Printed: "Export"
Better: "Exit"
Why: {D:出口} means both "exit" and "export"; the machine chose the trade meaning.

Homework: photograph one sign in your neighbourhood and post it in the comments with your correction.
""")

dd("grammar-reference-numbered-examples", """
A Reference Grammar of Modern Mandarin – Chapter 14: The {D:把} Construction
‹ 14.2 Word order · Contents · 14.4 Restrictions ›

14.3 Basic pattern
In a {D:把} sentence the object is moved in front of the verb and marked with {D:把}. The verb must be followed by something that shows a result, a direction or a change of place.

(1) {D:我把门关上了。}
wǒ bǎ mén guān-shàng le
I BA door close-up PFV
"I closed the door."

(2) {D:他把书放在桌子上。}
tā bǎ shū fàng zài zhuōzi shang
he BA book put at table top
"He put the book on the table."

(3) {D:请把这句话翻译成英文。}
qǐng bǎ zhè jù huà fānyì chéng Yīngwén
please BA this CL sentence translate into English
"Please translate this sentence into English."

(4) *{D:我把饭吃。}
wǒ bǎ fàn chī
I BA rice eat
Intended: "I ate the rice." Ungrammatical: the bare verb shows no result.

Compare (4) with {D:我把饭吃完了} "I finished the rice", which is fine. Abbreviations: BA = the marker {D:把}; PFV = perfective {D:了}; CL = classifier.
""")

dd("travel-blog-menus-signs", """
Two Weeks in Chengdu: What the Menus and Signs Actually Say
By Leo Marsh · Travel · Published 25 November 2026 · 9 min read

I arrived with a phrasebook and a translation app and left with a notebook full of photographs of menus and signs. Here are my favourites, with what they mean.

On the noodle-shop wall: {D:小面 二两 8元}. "Small noodles, two liang, 8 yuan." A liang is fifty grams of dry noodles, so two liang is a normal bowl. You can also ask for three.

At the hotpot restaurant the menu asked me to choose {D:微辣}, {D:中辣} or {D:特辣}: mild, medium or extra hot. My advice: mild is not mild.

The dish I ordered every day was {D:钟水饺}, "Zhong's boiled dumplings", pork dumplings in sweet chilli oil named after the shop that made them famous.

A hand-written sign at a teahouse in People's Park said {D:续水免费}, "refills of hot water are free". The man with the long copper kettle will keep topping up your cup.

On the metro: {D:请勿倚靠车门}, "do not lean on the doors". In the lift of my guesthouse: {D:超载请勿进入}, "if overloaded, do not enter", which I read every morning with the weight of my breakfast in mind.

Next post: the Leshan day trip, and what {D:大佛} (the Great Buddha) looks like from the river.
Comments (14) · Share · Subscribe to the newsletter
""")

dd("business-card-set", """
Business Card Designs – Approved Proofs, Order #4471
Client: Brightwater Engineering Consultants · Print run: 200 per person · Double-sided

CARD 1 – FRONT (English)
Michael Turner
Managing Director
Brightwater Engineering Consultants Ltd.
+44 20 7946 0311 · m.turner@brightwater-eng.co.uk

CARD 1 – BACK (Chinese)
{D:迈克尔·特纳}
{D:董事总经理}
{D:明水工程顾问有限公司}
+44 20 7946 0311 · m.turner@brightwater-eng.co.uk

CARD 2 – FRONT (English)
Dr. Xu Jing
Senior Structural Engineer
Brightwater Engineering Consultants Ltd.
+86 21 5555 0188 · x.jing@brightwater-eng.co.uk

CARD 2 – BACK (Chinese)
{D:许静 博士}
{D:高级结构工程师}
{D:明水工程顾问有限公司 上海代表处}
+86 21 5555 0188 · x.jing@brightwater-eng.co.uk

Notes from the client: logo in navy on both sides; Chinese side set in a Song typeface; please check that the full-width dot in {D:迈克尔·特纳} prints correctly.
""")

dd("book-review-translated-novel", """
Books · Fiction in Translation
The Salt Road, by Fang Qiu, translated by Helen Ashdown
Reviewed by Tom Okonkwo · 30 November 2026 · ★★★★☆

Fang Qiu's third novel, published in China in 2022 as {D:《盐路》}, follows three generations of a family who haul salt by mule over the mountains between Yunnan and Tibet. It is a slow book, and a generous one.

The story is told by Ama, the youngest daughter, who is ten when the road is closed for good. The opening sentence sets the tone. In the original: {D:那一年，盐比雪先到了村子。} Ashdown gives it as "That year, the salt reached the village before the snow." She keeps the odd order of arrival, which a looser translation might have smoothed away.

Later, when Ama's grandfather refuses to sell the last mule, he says: {D:路没了，可脚还记得。} Ashdown renders this as "The road is gone, but the feet still remember." It is a plain line in both languages, and the better for it.

Not every choice works. Dialect words are sometimes left in italics without explanation, and the middle section drags. But the final chapter, set in a city apartment with the sound of traffic replacing mule bells, is as good as anything I have read this year.

Published by Kestrel Press, 312 pages, £16.99.
Related: Our guide to new Chinese fiction in English · Interview with Helen Ashdown
""")

dd("museum-donor-wall", """
Eastgate Museum of Asian Art
With Gratitude / {D:鸣谢}

The renovation of the Jade Gallery was made possible by the generosity of the following donors.
{D:玉器馆翻新工程承蒙以下人士及机构慷慨捐助，谨此致谢。}

FOUNDING BENEFACTORS – $250,000 and above
The Lam Family Foundation {D:林氏家族基金会}
Dr. Patrick and Mrs. Susan Ho {D:何柏德博士 何苏珊夫人}

GOLD PATRONS – $100,000 and above
Wing Fung Trading Company {D:永丰贸易公司}
Mr. Henry Leung {D:梁亨利先生}
The Estate of Margaret Yee {D:余玛格丽特女士遗产}

PATRONS – $25,000 and above
Alice and Raymond Chan {D:陈爱丽 陈瑞文}
Golden Harvest Rotary Club {D:金禾扶轮社}
Ms. Jennifer Kwok {D:郭珍妮女士}
Anonymous (2) {D:无名氏（二位）}

FRIENDS OF THE GALLERY
More than 400 members of the public gave through the "Buy a Brick" campaign.
{D:另有四百余位市民通过“认捐一砖”活动慷慨解囊。}

Dedicated 12 October 2026
""")

dd("syllabus-heading-block", """
CHIN 2150 · Introduction to Modern Chinese Literature
{D:中国现代文学导论}
Spring Semester 2027 · 3 credits · Department of East Asian Languages and Cultures
{D:东亚语言文化系 · 二〇二七年春季学期}

Instructor / {D:授课教师}: Professor Lin Xiaoyun {D:林晓云教授}
Office / {D:办公室}: Whitman Hall 314 · Office hours: Tuesdays 2–4 p.m. and by appointment
Email: x.lin@northfield.edu
Teaching assistant / {D:助教}: Daniel Park
Class meetings / {D:上课时间}: Mondays and Wednesdays, 10:30–11:50, Carver 120
Language of instruction / {D:授课语言}: English; all readings available in translation, originals for students who read Chinese

Course description
This course follows Chinese fiction, poetry and essays from the 1910s to the 1980s: the May Fourth movement, the rise of the short story, writing in wartime, and the new literature after 1976. We read in English, compare translations, and look closely at short passages in the original.

Prerequisites: none. CHIN 2010 (Intermediate Mandarin) is helpful but not required.
Required text: course reader, available at the campus bookshop from January 10.
Assessment: weekly responses 30%, midterm essay 30%, final project 40%.
""")


# ---------------------------------------------------------------- leftovers

ll("city-news-first-sentence-zh", """
Qingshan Municipal People's Government Portal
Home > News Center > Government Affairs Dynamics
Release date: 2026-12-02  Source: Municipal Government Office  Font: Large Medium Small

Our City Deploys Winter Production Safety Work

{L:近日，市委书记张建国对我市冬季安全生产工作作出重要指示，强调要压紧压实各方责任，坚决遏制重特大事故发生。}

Secretary Zhang Jianguo's important instructions pointed out that winter is a period of high incidence of fires, gas poisoning and traffic accidents, and all districts and departments must firmly establish the concept of safety development and put the safety of the people's lives and property in the first place.

On December 1, the city held a video conference on winter production safety work. Vice Mayor Liu Hong attended the meeting and made arrangements. The meeting required that the investigation of hidden dangers in key industries such as hazardous chemicals, construction and road transportation should be carried out carefully, and that problems found should be rectified within a time limit.

The meeting emphasized that it is necessary to strengthen duty and emergency preparedness, ensure that leading cadres are on duty 24 hours a day during holidays, and report major situations in a timely manner without concealment or delay.

Responsible persons of all district governments, the Municipal Emergency Management Bureau, the Municipal Housing and Urban-Rural Development Bureau and other departments attended the meeting.

[Print this page] [Close window]
Sponsored by: Qingshan Municipal People's Government Office  {D:鲁ICP备12034567号}
""")

ll("enterprise-slogan-under-name", """
{D:恒达精密机械有限公司}
Hengda Precision Machinery Co., Ltd.
{L:精工细作 诚信为本 追求卓越}

Home | About Us | Products | Technical Strength | News | Contact Us | {D:中文} | English

Company Profile
Hengda Precision Machinery Co., Ltd. was founded in 1998 and is located in the Economic and Technological Development Zone of Changzhou City, Jiangsu Province. The company covers an area of 46,000 square meters and has more than 380 employees, including 65 engineering and technical personnel.

The company mainly produces CNC lathes, machining centers, precision gearboxes and non-standard automation equipment. Products are sold in more than 20 provinces and cities across the country and exported to Southeast Asia, the Middle East and South America.

Adhering to the business philosophy of quality first and customer first, the company has passed ISO9001 quality management system certification and has been rated as a "High-tech Enterprise" and "Specialized, Refined, Special and New Enterprise" of Jiangsu Province.

Hot Products
· CK6150 CNC lathe
· VMC850 vertical machining center
· HD-series precision reducer

Address: No. 18 Tongjiang Road, Xinbei District, Changzhou  Tel: 0519-8512-3366
Copyright © 2026 Hengda Precision Machinery Co., Ltd.  {D:苏ICP备10098765号-1}
""")

ll("university-breadcrumbs-print-close", """
Donghai University of Science and Technology · School of Marine Sciences
Home | School Overview | Faculty | Teaching | Scientific Research | Party Building | {D:中文}

{L:首页} > {L:学院新闻} > {L:正文}

School of Marine Sciences Holds 2026 Graduate Academic Forum

Release time: 2026-11-30  Author: Wang Qian  Views: 326

On November 28, the 2026 Graduate Academic Forum of the School of Marine Sciences was held in Room 305 of the Haiyun Building. More than 120 teachers and students attended the forum.

Vice Dean Professor Sun Wei delivered a speech at the opening ceremony. He pointed out that the academic forum is an important platform to show the scientific research results of graduate students and to promote academic exchanges, and he hoped that students will dare to question and be good at innovation.

Fourteen graduate students reported on topics including coastal wetland carbon storage, marine microplastic monitoring and fishery resource assessment. The judges from the school's academic committee made comments on each report.

After fierce competition, 3 first prizes, 5 second prizes and 6 third prizes were selected.

{L:【打印】【关闭】}

Previous: School holds safety education lecture for new students
Next: Delegation from Ocean University visits our school

Address: No. 1 Haida Road, Zhoushan  Postcode: 316022  {D:浙ICP备05012345号}
""")

ll("article-editor-related-reading", """
Wetland Park Welcomes First Flocks of Migratory Birds

2026-11-27 09:14  Source: Lakeside Evening News

With the arrival of early winter, thousands of migratory birds have flown to the Xiyang Lake National Wetland Park to spend the winter. Staff said that this year the first flocks of swan geese arrived about a week earlier than last year.

According to the park's monitoring station, more than 40 species of waterbirds have been recorded so far, including the black stork and the oriental white stork, which are national first-class protected animals. The number of birds is expected to peak in mid-January.

In order to reduce disturbance to the birds, the park has closed part of the viewing boardwalk in the core area and set up two new observation huts on the east shore. Visitors are asked not to feed the birds or fly drones in the park.

"The water quality of the lake has improved continuously in recent years, and there are more small fish and shrimp, so the birds are willing to come," said Zhou Min, a ranger at the park.

The park is open daily from 8:00 to 17:00. Admission is free.

{L:（责任编辑：李晓梅）}

{L:相关阅读}
· {L:西阳湖湿地公园获评国家级示范湿地}
· Volunteers clean up plastic waste along the lake shore
· {L:冬季观鸟注意事项，请收好}
· City releases 2026 biodiversity report
""")

ll("product-list-two-names-zh", """
Jinhua Kitchen Appliance Co., Ltd. – Product Center
Home > Products > Household Appliances

All Products (8)   Sort by: Newest | Popularity | Price

1. Smart Rice Cooker JH-R40
4L capacity, 12 cooking modes, 24-hour reservation. Reference price: 399 yuan
[View details]

2. {L:多功能破壁料理机}
JH-B15, 1.75L glass cup, 8 blades, heating function. Reference price: 699 yuan
[View details]

3. Electric Pressure Cooker JH-P60
6L, double-bile design, one-key exhaust. Reference price: 459 yuan
[View details]

4. Induction Cooker JH-C22
2200W, touch control, timing function. Reference price: 259 yuan
[View details]

5. {L:家用智能空气炸锅}
JH-A35, 3.5L visual window, 360° hot air circulation. Reference price: 329 yuan
[View details]

6. Electric Kettle JH-K17
1.7L, 304 stainless steel, automatic power-off. Reference price: 129 yuan
[View details]

Previous page  1  2  Next page
Customer service hotline: 400-800-1234 (9:00–21:00)
""")

ll("hotel-facility-table-labels", """
Jade Garden Hotel Hangzhou · Hotel Facilities
Home | Rooms | Dining | Meetings | Facilities | Offers | Contact

The Jade Garden Hotel is located next to the West Lake scenic area, only 10 minutes walk from Hubin business district. The hotel has 218 guest rooms and suites, and all rooms are equipped with free high-speed Wi-Fi.

| Facility | Location | Opening hours | Remarks |
|---|---|---|---|
| All-day restaurant | 1F | 06:30–22:00 | Breakfast buffet until 10:00 |
| {L:中餐厅} | 2F | 11:00–14:00, 17:00–21:30 | Hangzhou cuisine, 8 private rooms |
| Lobby bar | 1F | 10:00–24:00 | |
| {L:健身房} | 3F | 24 hours | Room card required |
| Indoor swimming pool | 3F | 07:00–22:00 | {L:儿童须有成人陪同} |
| {L:商务中心} | 1F | 08:00–20:00 | Printing and copying |
| Parking lot | B1–B2 | 24 hours | Free for hotel guests |

Check-in time: after 14:00. Check-out time: before 12:00.
Airport shuttle service is available on request; please contact the front desk one day in advance.
Reservation hotline: +86 571 8799 6600 · booking@jadegardenhotel.cn
""")

ll("hospital-department-intro-zh", """
Third People's Hospital of Nanshan District
Home > Departments > Internal Medicine > Department of Cardiology

Department of Cardiology

The Department of Cardiology is a key clinical specialty of the district. It has 56 beds, a cardiac care unit (CCU) and a cardiac catheterization laboratory. The department is good at the diagnosis and treatment of coronary heart disease, hypertension, arrhythmia and heart failure, and carries out more than 800 interventional operations every year.

{L:心血管内科成立于1987年，现有医护人员42名，其中主任医师5名、副主任医师9名，博士及硕士研究生导师3名。科室于2019年获批胸痛中心，是本院首批开展远程心电监测的科室。每周二、周四下午开设高血压专病门诊。}

Outpatient hours
Monday to Friday 8:00–12:00, 14:00–17:30; Saturday morning 8:00–12:00

Expert introduction
Chen Jianhua, chief physician, director of the department. Specialized in coronary intervention.
Zhao Li, chief physician. Specialized in the treatment of complex arrhythmias.

Appointment: WeChat official account "Nanshan Third Hospital", or call 0755-2660-1200.
Address: 89 Guangqiao Road, Nanshan District, Shenzhen
""")

ll("tourism-ticket-notes", """
Yunwu Mountain Scenic Area – Official Website
Home | Scenic Spots | Tickets | Transportation | Accommodation | Travel Guide

Ticket Information

Peak season (March 1 – November 30): 120 yuan per person
Off season (December 1 – end of February): 90 yuan per person
Cable car: 80 yuan one way, 140 yuan round trip
Sightseeing bus: 30 yuan per person, unlimited rides on the day

Preferential policies
Children under 1.2 meters and seniors over 70 are free of charge with valid documents. Full-time students and seniors aged 60 to 69 enjoy half price.

{L:购票须知：}
{L:1. 门票当日有效，一经售出概不退换。}
{L:2. 优惠票须出示本人有效证件原件，否则按全价补票。}
{L:3. 景区每日限流8000人，节假日请提前一天在线预约。}
{L:4. 雨雪天气索道可能暂停运行，请以现场公告为准。}

Opening hours: 7:30–17:30 (ticket sales stop at 16:00)
Consultation hotline: 0571-6345-8888
Online booking: official WeChat account or mini program
""")

ll("news-list-two-headlines", """
Jiangbei District People's Government
Home > Information Disclosure > Work Trends

Work Trends                                          More >>

· District holds special meeting on rural revitalization work              2026-12-03
· {L:区领导带队检查冬季消防安全工作}                                            2026-12-02
· Jiangbei District launches "Warm Winter" assistance activities           2026-12-02
· New community health service center put into use in Hexi Street          2026-11-30
· District Market Supervision Bureau carries out food safety inspection    2026-11-29
· {L:我区2026年度高校毕业生就业招聘会圆满举办}                                    2026-11-28
· Key project construction site observation meeting held                   2026-11-27
· District education system holds teacher skills competition               2026-11-26
· Jiangbei completes the renovation of 12 old residential communities      2026-11-25
· District CPPCC organizes members to inspect ecological protection work   2026-11-24

Total 286 records  Page 1/29   First  Previous  Next  Last

Sponsored by: Office of the People's Government of Jiangbei District
Technical support: Municipal Big Data Center  {D:渝ICP备09023456号}
""")

ll("school-notice-attachments", """
Notice on the Arrangements for the 2026–2027 Winter Vacation

Source: Office of Academic Affairs  Published: 2026-12-01

To all departments, teachers and students:

According to the school calendar and with the approval of the principal's office meeting, the arrangements for the winter vacation are hereby notified as follows:

1. Students will have their winter vacation from January 17 to February 22, 2027. They will register on February 23 and classes will start on February 24.
2. Teachers will have their vacation from January 24 to February 20, 2027.
3. Before leaving school, all departments should carry out a safety inspection, turn off the power and water supply, and lock doors and windows.
4. Students who stay at school during the vacation should submit an application to their department before January 10, and obey the unified management of the student affairs office.
5. During the vacation, leaders on duty must keep their phones open 24 hours a day.

{L:附件1：2027年寒假值班安排表}
{L:附件2：寒假留校学生申请表}
{L:附件3：假期安全告家长书}

Office of Academic Affairs
December 1, 2026
""")

ll("press-release-chairman-quote", """
Press Release
Huaxin New Energy Technology Co., Ltd. Signs Strategic Cooperation Agreement with Three Provincial Grid Companies

Shenzhen, December 3, 2026 – Huaxin New Energy Technology Co., Ltd. (hereinafter referred to as "Huaxin New Energy") today signed strategic cooperation agreements with the grid companies of three provinces in southwest China. The two sides will cooperate in energy storage power station construction, virtual power plants and smart charging networks.

Under the agreements, Huaxin New Energy will build energy storage projects with a total capacity of 1.2 GWh in the next three years, and the grid companies will provide access and dispatching support.

At the signing ceremony, Chairman Huang Zhiyuan said: {L:“储能是新型电力系统的关键一环。我们将把最好的技术和产品带到西南，为当地能源转型贡献华信力量。”}

Representatives of the grid companies said that the cooperation will help improve the peak-shaving capacity of the regional grid and promote the consumption of renewable energy.

About Huaxin New Energy
Founded in 2011, Huaxin New Energy is a national high-tech enterprise focusing on lithium battery energy storage systems. Its products have been applied in more than 30 countries and regions.

Media contact: Ms. Xu, pr@huaxin-energy.com, +86 755 8866 2200
""")

ll("footer-gambling-spam", """
Linhai County Agricultural Technology Extension Station
Home | About Us | Technical Guidance | Policies | Notices | Contact

Technical Guidance on Winter Protection of Citrus Orchards

Release date: 2026-11-26

Recently, the temperature in our county has dropped significantly. In order to reduce freezing damage to citrus trees, the station reminds growers to take the following measures in time:

1. Irrigate before the cold wave arrives to raise soil temperature and humidity.
2. Cover the tree trunks with straw or wrap them with film; small trees can be covered as a whole.
3. Fruits that are ripe should be picked as soon as possible and stored in a ventilated place.
4. After freezing, do not prune immediately; wait until spring to cut off the dead branches.

Growers who encounter problems can call the technical service hotline 0576-8531-0022.

Copyright: Linhai County Agricultural Technology Extension Station
{L:澳门新葡京娱乐场 真人百家乐 官方网站 注册送38元}
{L:皇冠体育投注 足球比分 彩票开奖 在线客服}
""")

ll("forum-post-signature", """
Camera Fans Forum › Lenses & Accessories › Is the 35mm f/1.8 worth it for street photography?

Posted by lightchaser_88 · 2026-11-29 22:41 · #1

I have been using the kit zoom for two years and want to buy my first prime lens for street photography. The 35mm f/1.8 is on sale this week for about 1,600 yuan. Is it sharp enough at full aperture? How is the autofocus speed in low light? I mostly shoot at night in the old town, so focus speed matters more to me than sharpness.

Sample photos from a friend's copy are attached below. They look a bit soft at the corners, but maybe that is normal.

Thanks in advance to all the experts!

--------------------
{L:人生就像一张底片，你不冲洗，永远不知道结果。}
{L:器材：某品牌微单 + 18-55套头 | 坐标：成都}

Reply #2 · old_shutter · 2026-11-29 23:05
I have this lens. Wide open it is fine for street work, and focus is quick unless it is very dark. Buy it.

Reply #3 · lightchaser_88 · 2026-11-30 08:12
Thanks, ordered!
""")

ll("recruitment-salary-benefits", """
Recruitment Announcement: Sales Engineer (2 persons)

Company: Hongyuan Automation Equipment Co., Ltd.
Work location: Suzhou Industrial Park
Release date: 2026-12-01   Valid until: 2027-01-31

Job responsibilities:
1. Develop new customers in the field of industrial automation and maintain existing customer relationships.
2. Understand customer needs and cooperate with technical staff to prepare solutions and quotations.
3. Complete the sales targets assigned by the company and collect payments in time.

Job requirements:
1. Bachelor degree or above in mechanical, electrical or automation related majors.
2. More than 2 years of sales experience in PLC, servo or robot products is preferred.
3. Good communication skills, able to adapt to business trips.
4. Driver's license required.

{L:薪资待遇：底薪6000-9000元/月 + 提成，年薪15-30万}
{L:福利：五险一金、带薪年假、年终奖、节日福利、免费班车、员工宿舍}

How to apply: please send your resume to hr@hongyuan-auto.com with the subject "Sales Engineer + name". Only suitable candidates will be contacted for an interview.
""")

ll("product-warm-tips", """
Home > Kitchen > Cookware > Cast Iron Pots

Zhenwei Enamel Cast Iron Casserole 24cm

Price: ¥488.00   Sales this month: 1,326   Reviews: 2,050 (98% positive)

Color: Cherry Red / Ivory White / Deep Blue
Quantity: – 1 +
[Add to Cart]  [Buy Now]

Product details
Material: cast iron with enamel coating
Capacity: 3.8L
Weight: 4.6 kg
Suitable for: gas stove, induction cooker, oven (up to 250°C)

The thick cast iron body stores heat well and distributes it evenly, so stews stay tender and sauces do not burn. The heavy lid locks in moisture, and the self-basting dots on the underside return steam to the food.

{L:温馨提示：}
{L:1. 首次使用前请用温水清洗，擦干后再使用。}
{L:2. 请勿干烧，使用时请用中小火。}
{L:3. 锅体和锅盖较重，请小心轻放，避免磕碰导致搪瓷脱落。}
{L:4. 因显示器不同，图片颜色可能与实物略有差异，请以实物为准。}

Warranty: 2 years for the pot body. Enamel damage caused by improper use is not covered.
""")

ll("ecommerce-shipping-notes", """
Handmade Bamboo Storage Basket with Lid, Set of 3 (S/M/L)

★★★★★ 4.8 (612 reviews) | 3,400+ sold

Price: ¥89.00  (Original price ¥129.00)
Shipping from: Anji, Zhejiang  |  Shipping fee: free

Specifications
Small: 20 × 15 × 12 cm
Medium: 25 × 18 × 15 cm
Large: 30 × 22 × 18 cm
Material: natural moso bamboo, cotton lining

Each basket is woven by hand by craftsmen in Anji. Slight differences in size and color are normal and show that the product is handmade. Suitable for storing toys, clothes, snacks and sundries.

{L:发货说明：}
{L:下单后48小时内发货，默认中通快递，不支持指定快递。}
{L:新疆、西藏、青海等偏远地区需补邮费15元。}
{L:签收时请当面检查，如有破损请拒收并联系客服。}

Store: Zhuxiang Handicraft Store | Customer service online 9:00–23:00
7-day no-reason return (buyer pays return shipping)
""")

ll("institute-project-names", """
Institute of Environmental Engineering, Provincial Academy of Sciences
Home | About | Research | Achievements | Talent | Cooperation | {D:中文}

Research > Ongoing Projects

The Institute currently undertakes more than 40 research projects at national and provincial level, with a total funding of about 86 million yuan. Major projects include:

1. National Key R&D Program: Key technologies for the remediation of heavy-metal contaminated farmland soil (2024–2027)
2. {L:国家自然科学基金面上项目：微塑料在河口沉积物中的迁移转化机制研究} (2025–2028)
3. Provincial Major Science and Technology Project: Low-carbon treatment technology for rural domestic sewage (2024–2026)
4. {L:省重点研发计划：工业园区VOCs排放智能监测与溯源平台} (2026–2028)
5. International cooperation project: Joint monitoring of air quality in the Yellow Sea region, with Korean partners (2025–2027)
6. Enterprise commissioned project: Resource utilization of steel slag in road construction (2026–2027)

For project cooperation, please contact the Department of Science and Technology Management.
Tel: 0531-8260-5511  Email: kyc@ieesd.ac.cn
Copyright © Institute of Environmental Engineering  {D:鲁ICP备08012345号}
""")

ll("government-notice-contact-labels", """
Notice of the Municipal Bureau of Commerce on Organizing Enterprises to Participate in the 2027 Spring Canton Fair

To the commerce departments of all districts and counties and relevant enterprises:

The 141st China Import and Export Fair (Canton Fair) will be held in Guangzhou from April 15 to May 5, 2027. In order to help our city's enterprises expand international markets, the Municipal Bureau of Commerce will organize enterprises to participate in the exhibition. The relevant matters are notified as follows:

1. Eligible enterprises: foreign trade enterprises registered in our city with an export volume of more than 1 million US dollars in 2026.
2. Support policy: booth fees will be subsidized at 50%, up to a maximum of 30,000 yuan per enterprise.
3. Application: enterprises should submit the application form and business license copy to the district commerce department before January 15, 2027.

{L:联系人}：Zhang Hui, Wang Lei
{L:联系电话}：0574-8718-6620
{L:传真}：0574-8718-6621
{L:电子邮箱}：wmc@nbcom.gov.cn

Municipal Bureau of Commerce
December 2, 2026
""")

ll("museum-audio-guide-paragraph", """
Jinling City Museum · Visit · Exhibitions · Collections · Education · {D:中文}

Permanent Exhibition: "A Thousand Years of the City Wall"

Hall 2, second floor · Free admission, reservation required · Closed on Mondays

This exhibition tells the story of the city wall from its first earth ramparts to the brick wall of the early Ming dynasty, which is still standing today. More than 300 objects are on display, including inscribed wall bricks, weapons, maps and a large model of the Jubao Gate.

Highlights
· Wall bricks bearing the names of the makers and officials responsible for them
· A bronze cannon cast in 1377
· A digital map showing how the wall changed over six centuries

Audio guide
{L:本展厅提供中英文语音导览，游客可扫描展柜旁的二维码收听讲解，也可在一楼服务台免费租用导览器，租用时需押身份证件。讲解全长约四十分钟，共二十三个讲解点。}

Group visits of more than 20 people should be booked three days in advance.
Museum hours: Tuesday–Sunday 9:00–17:00 (last entry 16:00)
""")

ll("sports-coach-quote", """
Sports > Football > Super League

Harbour City FC Beat Riverside 2–1 to Stay in Title Race

2026-12-01 22:48  Evening Sports Daily  Reporter: Liang Chen

In the 29th round of the Super League last night, Harbour City FC came from behind to beat Riverside 2–1 at home, keeping their hopes of winning the title alive with one round to go.

Riverside took the lead in the 23rd minute through a header from a corner. After the break Harbour City increased the pressure. Substitute striker Ma Tianyu equalised in the 61st minute, and captain Gao Feng scored the winner from a free kick in the 84th minute.

Speaking at the post-match press conference, head coach Robert Haas praised his players' spirit. {L:“上半场我们踢得太保守了，中场休息时我告诉队员们，要相信自己，把压力还给对手。最后一轮我们还要全力以赴。”}

Riverside coach Dong Qiang admitted that his team failed to hold on. "We defended well for an hour, but we lost concentration at the end," he said.

Harbour City are now one point behind the leaders. The final round will be played on December 7.

Related: Super League standings | Round 30 fixtures
""")

ll("cultural-paragraph-zh-adds-facts", """
Provincial Intangible Cultural Heritage Network | Home | Heritage Items | Inheritors | Events | {D:中文}
Intangible Cultural Heritage > Traditional Crafts > Longquan Celadon

Longquan Celadon Firing Technique
Category: Traditional skills  Level: National  Updated: 2026-11-20

Longquan celadon is a traditional porcelain produced in Longquan, Zhejiang Province. Its glaze is thick and smooth like jade, and the two most famous colors are "powder blue" and "plum green". The technique includes more than twenty steps, such as clay preparation, throwing, trimming, glazing and firing in a dragon kiln. The firing technique was listed on the UNESCO Representative List of the Intangible Cultural Heritage of Humanity in 2009.

{L:龙泉青瓷始于三国两晋，兴盛于南宋。宋代龙泉窑分为“哥窑”和“弟窑”两种风格，哥窑以釉面开片著称，弟窑则以釉色纯净见长。目前龙泉市共有青瓷企业和作坊两千余家，从业人员约两万人，其中国家级工艺美术大师十余人。}

Today, visitors can see master potters at work in the Longquan Celadon Museum and the Dayao ancient kiln site, and try throwing clay in the experience workshops.

Related: Jingdezhen porcelain · Dehua white porcelain · Yixing purple clay

Source: Provincial Intangible Cultural Heritage Protection Center
""")

ll("wechat-mirror-buttons", """
Autumn in the Old Town: Five Quiet Lanes Worth a Walk

{L:原创} {L:小城慢生活} 2026-11-24 19:30 {L:发表于浙江}

{L:作者：林一禾  编辑：陈小北}

When the tourists leave in late November, the old town finally belongs to its residents again. The ginkgo trees turn gold, the tea houses open their windows, and the lanes are quiet enough to hear birds.

1. Qiaoxi Lane. A 300-meter lane along the canal, lined with white walls and black tiles. Go early in the morning when residents wash vegetables on the stone steps.

2. Bamboo Hat Lane. Home to the last bamboo weaver in town, Mr. Xu, who is happy to chat if you buy a small basket.

3. Well Lane. Named after a Song dynasty well that is still in use. The neighbors keep a bucket on the rope for visitors.

4. Old Post Office Lane. The 1930s post office is now a café; postcards can still be sent from the green mailbox outside.

5. Drum Tower Lane. Ends at the drum tower, where you can climb for a view over the roofs at sunset.

Photos: the author. Please contact us for permission to reprint.

{L:阅读原文}
{L:点赞} 128   {L:在看} 46   {L:分享}
{L:写留言}
""")

if __name__ == "__main__":
    SET.build()
