"""Build bench/sets/detect32-*.jsonl: a held-out, hand-written detection set ("detect32").

Twenty-two English pages that contain Chinese on purpose, one of each kind: a sinology blog post
on the etymology of 家 (quoting the Shuowen entry with a translation), an obituary naming a
botanist in characters with her native place and the Chinese legend of her grave marker, an
oral-history transcript whose interviewee answers in Chinese with the transcriber's English in
brackets after each answer, a numismatics page reading cash-coin inscriptions (半兩 … 乾隆通寶), a
Chinese-chess opening guide in traditional move notation (炮二平五) with a board proverb, a
Cantonese phrase page with Jyutping, a Taiwanese bubble-tea menu in traditional characters with
sweetness and ice levels, a Singapore hawker-centre guide naming the stalls by their signboards, a
lyrics-translation forum where a user posts a verse and others propose renderings, a shop page of
New Year couplet sets (upper line, lower line, banner, translation), an epigraphy article quoting
a Western Zhou bronze inscription, a newspaper explainer on the slogan 新质生产力 with pinyin and
translation, a museum's children's activity sheet, a bilingual conference programme as a Markdown
table with a Chinese session column, HSK sample questions with English instructions, a
translator's two-column legal glossary with usage notes, a dim sum menu with photo captions, an
art-history page on a scroll's inscription (a Wang Wei quatrain) and its seals, a lineage's
generation-name verse, the twelve zodiac animals with their earthly branches, a blog post on
Chinese internet slang with literal meanings and an example sentence, and a bilingual hospital sign
guide for foreign patients.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a university homepage whose "Quick Links" column mixes Chinese and English links, a news article
with a Chinese dateline and reporter line, a company page whose "Contact us" lines are half Chinese
(address, fax label, contact person, hours), a travel itinerary with untranslated notes in 【】
brackets, a property notice with an untranslated reminder paragraph, a government news item with
leaders' titles and names left in characters inside English sentences, a kettle spec sheet with
Chinese units and labels, a scholarship announcement whose eligibility bullets alternate English
and Chinese, a parents' forum thread whose first post is half Chinese, a symposium report with an
untranslated closing sentence about visits and the group photo, a shop listing with Chinese
promotion badges (包邮, 限时特惠 …), an online class schedule with untranslated teacher names and
room labels, a doctor profile with an untranslated specialty list, a museum exhibit page with an
untranslated caption of a different object between English captions, a news page with Chinese
"share to" buttons, a recruitment notice with an untranslated application-materials list, a law
firm team page with untranslated lawyer titles, a marathon results table with untranslated rows, a
school canteen menu with untranslated dishes among translated ones, a weather page with an
untranslated cold-wave warning, a bank notice with untranslated fee-table notes, and a scenic area
ticket page with untranslated discount rules. Deliberate Chinese on those pages (a `中文` link,
ICP/police record numbers, a logo line) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
classical texts quoted (the Shuowen entry for 家, a Wang Wei quatrain, traditional couplets and a
board proverb) are in the public domain and their translations are our own. The set was written
BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their
builders (only bench/blind_set.py, the first 60 and last 30 lines of build_blind25.py as a model
of the file format, and `marked()` in build_detection_sets.py were read), and mtmend was never run
on these pages.

Rebuild: `python bench/build_blind32.py` from the repository root; it rewrites
bench/sets/detect32-deliberate.jsonl (ids d32d-NN) and bench/sets/detect32-leftovers.jsonl
(ids d32l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect32", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("etymology-blog-one-character", """
Radicals & Roots: a blog about where Chinese characters come from
Post #41: A pig under a roof? The long argument over {D:家}

Few characters start more arguments in my seminar than {D:家} (jiā), the everyday word for "home" and "family". Its top part is the roof component {D:宀}, which almost everyone agrees shows the side view of a house with a ridge pole. The trouble is underneath: the lower part is {D:豕}, an old word for "pig".

The earliest forms, scratched on oracle bones more than three thousand years ago, really do show a heavy-bodied animal with a short tail inside the outline of a building. Some scholars read this literally: a household was a place where pigs were kept, and a family that owned pigs was settled and well off.

The Han-dynasty dictionary compiled by Xu Shen gives a different account. Its entry reads:

{D:家，居也。从宀，豭省聲。}

My translation: "Home means a dwelling. It is built from the roof component, with a shortened form of {D:豭} (a boar) giving the sound." On this reading the pig is there for pronunciation rather than meaning, a clipped sound-hint and not a picture of a farmyard.

A third camp points out that some oracle-bone examples look more like a sacrificial animal, and suggests that {D:家} first meant an ancestral hall where offerings were made, and only later any house at all.

I lean towards the sacrificial reading, mostly because the earliest contexts are ritual ones, but I would not fight anyone over it. What I tell my students is simpler: when you write {D:家}, you are drawing a roof and an animal, and people have been disagreeing about that animal for two thousand years.

Related posts: {D:安} (a woman under a roof) · {D:牢} (an ox in a pen) · {D:寶} (treasure kept indoors)

Comments (12) · Tags: etymology, oracle bones, radicals
""")

dd("obituary-name-native-place", """
Obituaries

Chen Shumei, botanist who catalogued mountain ferns, dies at 95

Chen Shumei ({D:陳淑梅}), a botanist whose field notebooks on the ferns of southern China are still used by researchers, died on November 27 at her home in Vancouver. She was 95.

She was born in 1931 in Shaoxing, Zhejiang province ({D:浙江紹興}), a canal town she described in later interviews as "a place where everything was damp, which is exactly what a fern likes." Her father kept a small pharmacy and taught her to press leaves between the pages of his ledger books.

After studying biology in Nanjing, she spent almost two decades walking the hill country of Fujian and Jiangxi, often alone, collecting specimens that now fill eleven cabinets at a university herbarium. Her two-volume survey, published in 1979, described more than forty species previously unknown to science. One of them carries her name.

She moved to Canada in 1988 to join her son, and kept answering letters from students until last year, writing in a neat hand on squared paper. Friends remember her insisting on a pot of tea before any conversation about work.

At her request, her grave marker will bear her native place and her name in the manner of her family's older generation:

{D:浙江紹興 陳淑梅之墓}

"Tomb of Chen Shumei of Shaoxing, Zhejiang."

She is survived by her son, Lin Hao, two grandchildren and a great-grandson. Her husband, the engineer Lin Guoqiang ({D:林國強}), died in 2009.

A memorial gathering will be held at the botanical garden visitor centre on December 12 at 2 p.m. The family asks that, in place of flowers, donations be made to a seed-bank charity.
""")

dd("oral-history-answer-then-english", """
Harbour Memories Oral History Project
Transcript 2026-017 · Interviewee: Mrs. Ho (born 1938) · Interviewer: D. Park · Recorded 14 October 2026
Transcriber's note: Mrs. Ho answered in Mandarin. Her words are given as spoken, followed by my English rendering in square brackets.

PARK: Can you tell me where your family lived when you first arrived?
HO: {D:我们住在码头旁边的一条小街上，楼下是卖咸鱼的铺子，整条街都是鱼的味道。}
[We lived on a little street beside the pier. Downstairs was a shop selling salted fish, and the whole street smelled of fish.]

PARK: What work did your parents do?
HO: {D:我爸爸在船上搬货，我妈妈在家里给工厂钉纽扣，一件衣服才给几分钱。}
[My father carried cargo on the ships. My mother sewed buttons at home for a factory; they paid only a few cents a garment.]

PARK: Did you go to school?
HO: {D:读到小学四年级就不读了。家里要人帮忙，我是老大。}
[I stopped after the fourth year of primary school. The family needed help, and I was the eldest.]

PARK: Is there a sound or a smell that takes you back to that time?
HO: {D:有啊，早上的汽笛声。一响，我爸爸就拿着饭盒出门了。}
[Yes, the ships' horns in the morning. As soon as one sounded, my father picked up his lunch tin and went out.]

PARK: Thank you. Is there anything you would like young people to know?
HO: {D:不要怕吃苦，可是也不要忘了笑。}
[Don't be afraid of hardship, but don't forget to laugh either.]

[End of recording, 47 minutes. Audio file HM-2026-017.wav is held in the project archive.]
""")

dd("coin-inscriptions-numismatics", """
The Collector's Tray: Notes on Chinese cash coins, part 3, reading the inscriptions

Round coins with a square hole were cast in China for more than two thousand years, and most carry a short inscription on the obverse. Reading it is the first step in attributing a coin. Below are the types that new members bring to our club table most often.

Ban Liang: {D:半兩}
Two characters, right and left of the hole, meaning "half an ounce". Cast from the Qin into the early Han. The weight in the name was often not the weight in your hand.

Wu Zhu: {D:五銖}
"Five grains", again read across the hole. Issued in huge numbers over seven centuries; the shape of the {D:五} is one of the best clues for dating a piece.

Kaiyuan Tongbao: {D:開元通寶}
Introduced in 621 and read top, bottom, right, left: "circulating treasure of the inaugural era". Crescent marks on the reverse are common and much discussed.

Chongning Tongbao: {D:崇寧通寶}
Early twelfth century, prized for its calligraphy: the legend is in the thin, wiry "slender gold" style linked with Emperor Huizong.

Qianlong Tongbao: {D:乾隆通寶}
The most common Qing coin you will meet. The reverse gives the mint in Manchu script; the Board of Revenue mint, for example, is the one collectors call Boo Ciowan.

Tip: legends read either crosswise (top, bottom, right, left) or around the hole (top, right, bottom, left). If one reading makes no sense, try the other before deciding a coin is a fantasy piece.

Next meeting: bring your Song-dynasty "matched coins", pairs with the same legend in two different scripts.
""")

dd("xiangqi-opening-notation", """
Xiangqi Openings for Beginners: Central Cannon against Screen Horses

The most popular opening in Chinese chess begins with Red moving a cannon to the centre file, aiming straight at Black's central soldier. Its Chinese name is {D:中炮}, "central cannon". Black's most respected reply is to bring out both horses to guard the centre, a setup called {D:屏風馬}, "screen horses", because the two horses stand side by side like the panels of a folding screen.

Notation: Red counts files from its own right using Chinese numerals; Black uses Arabic numerals. A move names the piece, its file, the direction and a number. Each move is given in the traditional form, then in English.

1. {D:炮二平五}: Red's cannon on file 2 moves across to file 5.
   {D:馬8進7}: Black's horse on file 8 advances to file 7.
2. {D:馬二進三}: Red's horse on file 2 advances to file 3.
   {D:馬2進3}: Black's other horse comes out to file 3.
3. {D:車一平二}: Red's chariot on file 1 moves to file 2, opening its line.
   {D:車9平8}: Black mirrors with its chariot.
4. {D:兵七進一}: Red's seventh-file soldier steps forward, freeing the horse.
   {D:卒7進1}: Black does the same on its side.

After these four moves both sides have developed quickly, and the real fight is about who controls the river. Beginners are often told a little rhyme at the board:

{D:當頭炮，馬來跳。}
"When the cannon takes the head, the horse jumps out."

In other words, answer a central cannon by developing your horses, not by attacking early.

Next lesson: the Same Direction Cannons, and why it is riskier than it looks.
""")

dd("cantonese-phrases-jyutping", """
Survival Cantonese for Hong Kong Visitors

Cantonese is written with traditional characters, and many everyday words differ from Mandarin. Each phrase below is given in characters, then in Jyutping romanisation (the numbers mark the six tones), then in English. Don't worry about perfect tones: shopkeepers are used to visitors and will usually smile.

Greetings
{D:早晨} · zou2 san4 · Good morning
{D:你好} · nei5 hou2 · Hello
{D:拜拜} · baai1 baai3 · Bye

Please and thank you
{D:唔該} · m4 goi1 · Thank you (for a service) / Excuse me
{D:多謝} · do1 ze6 · Thank you (for a gift or a compliment)
{D:唔使客氣} · m4 sai2 haak3 hei3 · You're welcome

Shopping and eating
{D:幾多錢？} · gei2 do1 cin2 · How much is it?
{D:好食！} · hou2 sik6 · Delicious!
{D:唔該埋單} · m4 goi1 maai4 daan1 · The bill, please
{D:走冰} · zau2 bing1 · No ice

Getting around
{D:喺邊度？} · hai2 bin1 dou6 · Where is it?
{D:我唔明} · ngo5 m4 ming4 · I don't understand

A note on the two thank-yous: use m4 goi1 when someone does something for you, such as holding a door or bringing a dish, and do1 ze6 when someone gives you something. Mixing them up will not cause offence, but getting it right always earns a grin.
""")

dd("bubble-tea-menu-traditional", """
Formosa Leaf Tea House: Menu
Taipei-style hand-shaken tea · All drinks 700 ml · Prices in NT$

CLASSICS
{D:珍珠奶茶} Pearl Milk Tea ........ 65
{D:黑糖珍珠鮮奶} Brown Sugar Pearl Fresh Milk ........ 80
{D:阿薩姆紅茶} Assam Black Tea ........ 35
{D:四季春青茶} Four Seasons Oolong ........ 35

FRUIT
{D:冬瓜檸檬} Winter Melon Lemonade ........ 50
{D:百香綠茶} Passion Fruit Green Tea ........ 55
{D:金桔檸檬} Kumquat Lemon ........ 50

SPECIALS
{D:芋頭鮮奶} Taro Fresh Milk (real taro, mashed every morning) ........ 75
{D:烏龍奶蓋} Oolong with Salted Cream Cap ........ 70

TOPPINGS (+10)
{D:珍珠} pearls · {D:椰果} coconut jelly · {D:仙草} grass jelly · {D:布丁} pudding

CHOOSE YOUR SWEETNESS
{D:全糖} full · {D:少糖} less · {D:半糖} half · {D:微糖} light · {D:無糖} none

CHOOSE YOUR ICE
{D:正常冰} regular · {D:少冰} less · {D:微冰} light · {D:去冰} no ice · {D:熱} hot

Order at the counter by name or number. The Chinese name is printed on your cup sticker, so you can check your drink before you leave.
""")

dd("hawker-centre-stall-guide", """
Eating Through Tanjong Kukuh Hawker Centre: a stall-by-stall guide

This neighbourhood food centre has about sixty stalls, and many of the signboards are only in Chinese. Here is our shortlist, with the name as it appears on the signboard so you can spot each one, and the unit number.

#01-12  {D:阿福海南鸡饭}  (Ah Hock Hainanese Chicken Rice)
Poached chicken, fragrant rice cooked in stock and a sharp chilli sauce. Queue before 11:30 or expect to wait.

#01-27  {D:明记肉脞面}  (Ming Kee Minced Meat Noodles)
Ask for the dry version with extra vinegar. The owner's mother still rolls the meatballs by hand.

#01-33  {D:老陈炒粿条}  (Old Chen's Fried Kway Teow)
Smoky flat noodles with cockles and Chinese sausage. Closed on Mondays.

#01-41  {D:兴隆福州鱼丸}  (Heng Long Foochow Fishballs)
Each fishball hides a little minced pork filling. Soup or dry, both good.

#02-05  {D:甜心糖水}  (Sweetheart Dessert)
Cold cheng tng, hot red bean soup and a durian pengat that divides the table.

#02-18  {D:友记咖啡}  (Yew Kee Coffee)
Kopi, teh and kaya toast. Order "kopi siew dai" if you want less sugar.

Practical tips: reserve a seat by leaving a packet of tissues on it (locals call this "choping"), return your tray to the tray-return point, and bring cash, because a few stalls still do not take cards.
""")

dd("lyrics-forum-proposed-translations", """
TranslateTogether Forums › Song Lyrics › Chinese to English

Thread: Help with one verse from "Old Eaves" by a local indie band

posted by willow_and_ink:
My friend's band wrote this song and asked me to make English subtitles for their video. I get the gist, but it sounds flat when I translate it. Here is the verse:
{D:月亮挂在老屋檐，}
{D:风吹灯影照门前。}
{D:你说明年桂花开，}
{D:我等一年又一年。}
My literal try: "The moon hangs on the old house eaves / wind blows the lamp shadow in front of the door / you said next year the osmanthus flowers open / I wait one year and another year."

reply from slow_boat:
The last line is the heart of it. {D:一年又一年} is more like "year after year". I'd go: "You said you'd come when the osmanthus blooms / and I've waited year after year."

reply from jadecat_88:
Careful, the Chinese never says "you'd come". It only says the flowers will open. I'd keep that vagueness: "You said: next year, when the osmanthus blooms... / so I have waited, year on year."

reply from willow_and_ink:
Oh, I like keeping it open. What about {D:灯影} in line two? "Lamp shadow" sounds odd in English.

reply from slow_boat:
"Lamplight" works better. "The wind sets the lamplight swaying at the door."

reply from jadecat_88:
+1 for lamplight. And the rhyme scheme is AABA, so if you want it singable, try to rhyme lines 1, 2 and 4 in English too.
""")

dd("new-year-couplets-shop", """
Red Door Crafts: Spring Festival Couplets

Hand-brushed on gold-flecked red paper. Each set includes two vertical scrolls (upper and lower lines), a horizontal banner and a square "fortune" diamond. Scrolls are 1.6 m long. Ships within 3 days.

1. "Longevity" set, $24.00
Upper: {D:天增歲月人增壽}
Lower: {D:春滿乾坤福滿門}
Banner: {D:四季平安}
Translation: Heaven adds months and years, and people add long life; spring fills the world and good fortune fills the house. Banner: "Peace through all four seasons."

2. "Prosperous Business" set, $26.00
Upper: {D:生意興隆通四海}
Lower: {D:財源茂盛達三江}
Banner: {D:招財進寶}
Translation: May trade flourish across the four seas, and wealth flow in as far as the three rivers. Banner: "Bring in wealth and treasure." Popular with shop owners.

3. "Family Harmony" set, $24.00
Upper: {D:家和萬事興}
Lower: {D:人勤百業旺}
Banner: {D:吉星高照}
Translation: When the family is in harmony, all things prosper; when people work hard, every trade thrives. Banner: "Lucky stars shine high."

4. Single fortune diamond {D:福}, $6.00
Hang it upside down if you like: "fortune upside down" sounds like "fortune has arrived" in Chinese.

How to hang: standing outside and facing your door, the upper line goes on the right and the lower line on the left.
""")

dd("bronze-inscription-epigraphy", """
Reading Bronze: A Short Dedicatory Inscription on a Western Zhou Food Vessel

The vessel discussed here is a gui, a round food container with two handles, now in a private collection and known to most scholars only from rubbings published in the 1930s. The inscription, cast inside the base, has twenty-one graphs in three columns; with its ditto marks written out it becomes twenty-three characters. Transcribed into standard characters it reads:

{D:唯王五月初吉丁亥，伯姬作寶簋，其萬年子子孫孫永寶用。}

A working translation: "It was the king's fifth month, the first auspicious phase, on the day dinghai. Lady Ji, the eldest, made this treasured gui. For ten thousand years may her sons' sons and grandsons' grandsons forever treasure and use it."

Three features deserve comment.

First, the date formula. {D:初吉} is one of the four lunar phase terms found on Zhou bronzes, and scholars still disagree whether it names a fixed span of days or simply "an auspicious early day". Combined with the cyclical day {D:丁亥}, it cannot be tied to a calendar date without knowing which king is meant.

Second, the donor. {D:伯姬} joins a seniority term to a clan surname, so it identifies a woman by birth order and natal lineage rather than by a personal name. Vessels commissioned by women are not rare, but they are easily overlooked in catalogues.

Third, the closing blessing. {D:子子孫孫永寶用} is the most common formula in the whole corpus. In the rubbing, each repeated character is written once with a small double stroke beside it, a ditto mark that transcriptions silently expand.

A drawing of the rubbing and a full bibliography are given on the next page.
""")

dd("slogan-explainer-newspaper", """
EXPLAINER | What does "new quality productive forces" mean?

By our China correspondent

The phrase has appeared in almost every major economic speech in Beijing over the past three years, on billboards outside industrial parks and in the titles of countless provincial reports. Here is what you need to know.

What is the slogan?
In Chinese it is {D:新质生产力}, pronounced xīn zhì shēngchǎnlì. Word for word it is "new / quality (or nature) / productive forces". Official English settled on "new quality productive forces", which sounds odd to many native speakers.

Where does it come from?
"Productive forces" ({D:生产力}) is a Marxist term for the combination of workers, tools and technology in an economy. Adding "new quality" signals that growth should come from innovation, such as chips, batteries, biotech and artificial intelligence, rather than from more factories of the old kind.

How is it used?
Local governments now label investment plans, subsidies and even job fairs with the phrase. A companion slogan, {D:高质量发展} (gāo zhìliàng fāzhǎn, "high-quality development"), often appears alongside it.

Why does it matter?
Slogans in China work as signals. When a phrase like this spreads from national speeches to township notice boards, officials and companies know where money and approvals are likely to go.

What do critics say?
Some economists argue that the phrase is broad enough to cover almost anything, and that many provinces are crowding into the same sectors with look-alike projects at the same time.

The bottom line
If you see it on a banner, read "innovation-led growth", and then look at what is actually being built.
""")

dd("museum-kids-activity-sheet", """
Gallery Explorer Sheet · Ages 6 to 10
The Asian Art Galleries, Level 2

Hello, explorer! Take this sheet and a pencil around the gallery. When you finish, show it at the front desk for a sticker.

1. FIND THE DRAGON
Look at the big blue-and-white jar in Case 4. Somewhere on it is a dragon with five claws. The Chinese character for dragon is {D:龍}. Can you copy it in the box?
[            ]

2. PICTURE CHARACTERS
Long ago, some Chinese characters started as little drawings. Draw a line from each character to the picture it came from.
{D:山}  •        • a sun
{D:日}  •        • three mountain peaks
{D:木}  •        • a tree with roots
{D:水}  •        • flowing water

3. SEAL DETECTIVE
The paintings in Case 7 have small red stamps called seals. Count them on the long scroll with the horses. How many did you find? ____

4. YOUR LUCKY WORD
This character means "good fortune": {D:福}. People hang it on their doors at New Year. What would you wish for? Write or draw it here.

5. ASK A GUIDE
Ask a gallery guide how to say "hello" in Chinese ({D:你好}, nǐ hǎo). Then say it back!

Grown-ups: the answers are on the back of the sheet. Please do not lean on the glass cases.
""")

dd("conference-programme-bilingual-table", """
The 9th International Symposium on Coastal Wetland Restoration
{D:第九届滨海湿地修复国际研讨会}
Day 1 Programme · 15 May 2027 · Main Hall / {D:主会场}

| Time | Session | {D:议程} |
|---|---|---|
| 08:30–09:00 | Registration and coffee | {D:签到} |
| 09:00–09:20 | Opening remarks | {D:开幕致辞} |
| 09:20–10:10 | Keynote: Mangrove recovery after storms | {D:主旨报告：风暴后的红树林恢复} |
| 10:10–10:30 | Group photo and tea break | {D:合影及茶歇} |
| 10:30–12:00 | Session A: Tidal flat monitoring with drones | {D:分会场A：无人机潮滩监测} |
| 12:00–13:30 | Lunch | {D:午餐} |
| 13:30–15:00 | Session B: Migratory birds and restored fish ponds | {D:分会场B：迁徙鸟类与修复鱼塘} |
| 15:00–15:20 | Tea break | {D:茶歇} |
| 15:20–16:50 | Panel: Working with fishing communities | {D:圆桌论坛：与渔业社区合作} |
| 16:50–17:00 | Close of Day 1 | {D:首日闭幕} |

Simultaneous interpretation (English and Chinese) is available in the Main Hall; collect a headset at the registration desk by showing your badge.
Speakers: please send final slides to the programme desk by 18:00 on the evening before your session.
""")

dd("hsk-sample-questions", """
HSK Level 2: Sample Reading Questions

Instructions for Part 2: Read each sentence and choose the word that best fills the blank. In the real test you will have about 22 minutes for the reading section, and dictionaries are not allowed. Answers are at the bottom of the page.

Question 1
{D:我每天早上七点＿＿。}
A. {D:起床}   B. {D:睡觉}   C. {D:下雨}

Question 2
{D:这件衣服太贵了，我不想＿＿。}
A. {D:买}   B. {D:卖}   C. {D:洗}

Question 3
{D:外面下雪了，你多穿一点儿，别＿＿了。}
A. {D:热}   B. {D:感冒}   C. {D:累}

Instructions for Part 3: Read the first sentence. Then decide whether the sentence marked with a star is true (✓) or false (✗) according to it.

Question 4
{D:小王今天没来上班，因为他生病了。}
★ {D:小王今天身体不好。}   ✓ / ✗

Question 5
{D:商店九点开门，现在八点半。}
★ {D:商店现在开着门。}   ✓ / ✗

Answers: 1 A · 2 A · 3 B · 4 ✓ · 5 ✗

Tip: the blanks in Part 2 often test a verb that goes with a time of day or a reason. Read the whole sentence before you look at the options.
""")

dd("legal-glossary-two-columns", """
Working Glossary: Contract and Litigation Terms (English to Simplified Chinese)
Compiled by a freelance legal translator for her own use and shared with colleagues. Terms follow mainland usage unless noted. Last updated December 2026.

ENGLISH                              CHINESE
contract                             {D:合同}
Party A / Party B                    {D:甲方 / 乙方}
breach of contract                   {D:违约}
liquidated damages                   {D:违约金}
force majeure                        {D:不可抗力}
governing law                        {D:适用法律}
dispute resolution                   {D:争议解决}
arbitration                          {D:仲裁}
plaintiff                            {D:原告}
defendant                            {D:被告}
limitation period                    {D:诉讼时效}
power of attorney                    {D:授权委托书}
notarisation                         {D:公证}
legal representative (of a company)  {D:法定代表人}
company seal / chop                  {D:公章}
joint and several liability          {D:连带责任}

Notes
1. {D:合同} is the standard mainland term; documents from Taiwan and Hong Kong often use {D:契約} or {D:合約} instead.
2. Be careful with {D:法定代表人} in litigation papers: it is the person registered as the company's official head, not a lawyer acting for it. Add a translator's note the first time it appears.
3. Courts differ on whether {D:违约金} works as a penalty or as a genuine estimate of loss; keep "liquidated damages", but flag the point for the client.
""")

dd("dim-sum-menu-photo-captions", """
Golden Lotus Tea Room: Dim Sum Menu (served 10:00 to 15:00)
Tick your choices on the order card and hand it to any server. S = small ¥18, M = medium ¥24, L = large ¥30.

[Photo: four translucent dumplings with pink shrimp showing through, in a bamboo steamer]
{D:蝦餃} Har Gow: Crystal Shrimp Dumplings (M)

[Photo: open-topped pork and shrimp dumplings crowned with orange roe]
{D:燒賣} Siu Mai: Pork and Shrimp Dumplings (M)

[Photo: three fluffy white buns split open at the top, red filling peeking out]
{D:叉燒包} Char Siu Bao: Barbecue Pork Buns (S)

[Photo: a long rolled rice sheet drizzled with sweet soy sauce]
{D:鮮蝦腸粉} Cheung Fun: Rice Noodle Rolls with Shrimp (L)

[Photo: a small dish of glossy, dark braised chicken feet]
{D:豉汁鳳爪} Phoenix Claws: Chicken Feet in Black Bean Sauce (S)

[Photo: golden pan-fried slices flecked with sausage]
{D:蘿蔔糕} Lo Bak Go: Pan-fried Turnip Cake (S)

[Photo: a pair of shiny custard tarts in flaky pastry]
{D:蛋撻} Dan Tat: Egg Custard Tarts (S)

Tea charge ¥8 per person. Chrysanthemum, pu'er and jasmine are available; leave the teapot lid ajar when you would like a refill.
""")

dd("painting-inscription-seals", """
Object Study: "Empty Mountain after Rain", hanging scroll, ink and light colour on paper, 18th century

This modest landscape repays close looking, not for the brushwork of the hills, which is conventional, but for the writing and the red seals around it. Together they tell us who made it, what he had in mind, and who owned it afterwards.

The inscription
At the upper right, the painter copied a famous quatrain by the Tang poet Wang Wei in small running script:

{D:空山不見人，但聞人語響。返景入深林，復照青苔上。}

Our translation: "On the empty mountain no one is seen, yet the sound of voices carries. Late sunlight slips into the deep wood and shines again on the green moss."

Below the poem he added a short signature, {D:雲樵寫}, "painted by Yunqiao", the art name of an otherwise little-known provincial painter.

The seals
Directly under the signature are two of the artist's own seals: a square seal with white characters on red reading {D:周霖之印} ("seal of Zhou Lin"), and a smaller one with red characters reading {D:雲樵}.

At the lower left is a collector's seal, {D:松石齋藏}, "in the collection of the Pine and Stone Studio", which belonged to a nineteenth-century merchant family. A half-seal cut through by the mounting silk at the edge has not been identified.

Why it matters
The choice of poem mirrors the picture: the painting has no figures at all, only a path vanishing into trees. The viewer is left, like the poet, hearing voices that cannot be seen.

Accession no. 2019.44.2 · Gift of the Morrow family
""")

dd("generation-names-poem", """
The Lin Family of Putian: Generation Names

Like many Chinese lineages, our family names each generation with a shared character, taken in order from a verse fixed by the ancestors. Everyone in the same generation, however distant, carries that character in their given name, so a glance at a name tells you who is an "uncle" and who is a "cousin", even between branches that have not met for a century.

Our verse was written into the genealogy when it was revised in 1892. It has twenty characters in four lines:

{D:世德傳家遠，}
{D:詩書啟後昌。}
{D:忠誠承祖訓，}
{D:仁厚振宗光。}

A loose translation: "Ancestral virtue carries the family far; poetry and books bring prosperity to those who follow. With loyalty we receive the ancestors' teaching; with kindness we make the lineage shine."

Which character is mine?
Counting from the founding ancestor who settled in Putian, the eleventh generation took {D:世}, the twelfth {D:德}, and so on. Most living members belong to these generations:

{D:傳}: 13th generation (born roughly 1920s to 1950s), for example Lin Chuanfu
{D:家}: 14th generation (roughly 1950s to 1980s), for example Lin Jiahui
{D:遠}: 15th generation (roughly 1980s to 2010s), for example Lin Yuanqing
{D:詩}: 16th generation (children being born now)

Overseas branches in Malaysia and the United States often romanise the generation character differently (Chuan, Tsuen, Chuen), which is why cousins with "different" names may share the same character.

If you are expecting a child and want to follow the verse, contact the genealogy committee; we keep a register so that no two cousins are given identical names by accident.
""")

dd("zodiac-animals-list", """
The Twelve Animals of the Chinese Zodiac

Each lunar year is linked to one of twelve animals, in a fixed cycle that repeats every twelve years. Each animal is also paired with one of the twelve "earthly branches", an older counting system used for years, months and the hours of the day. The years below are those whose lunar year belongs to that animal (remember that the lunar year begins in late January or February).

1. Rat: {D:鼠} (shǔ) · branch {D:子} · 2020, 2032
2. Ox: {D:牛} (niú) · branch {D:丑} · 2021, 2033
3. Tiger: {D:虎} (hǔ) · branch {D:寅} · 2022, 2034
4. Rabbit: {D:兔} (tù) · branch {D:卯} · 2023, 2035
5. Dragon: {D:龍} (lóng) · branch {D:辰} · 2024, 2036
6. Snake: {D:蛇} (shé) · branch {D:巳} · 2025, 2037
7. Horse: {D:馬} (mǎ) · branch {D:午} · 2026, 2038
8. Goat: {D:羊} (yáng) · branch {D:未} · 2027, 2039
9. Monkey: {D:猴} (hóu) · branch {D:申} · 2028, 2040
10. Rooster: {D:雞} (jī) · branch {D:酉} · 2029, 2041
11. Dog: {D:狗} (gǒu) · branch {D:戌} · 2030, 2042
12. Pig: {D:豬} (zhū) · branch {D:亥} · 2031, 2043

Why is the rat first? A well-known folk tale says the animals raced across a river, and the clever rat rode on the ox's back before leaping ashore just ahead of it.

Goat or sheep? The character {D:羊} covers both animals, so you will see "Year of the Goat", "Sheep" and even "Ram" for the same year.

The year of your own animal is called your {D:本命年}, and some people wear something red all through it for luck.
""")

dd("internet-slang-blog", """
Lost in the Comments: 8 Chinese Internet Slang Terms, Explained

If you have scrolled through Chinese social media lately, you have probably met words that no textbook teaches. Here are the eight I am asked about most, with the literal meaning first and then what people actually mean.

{D:躺平} (tǎng píng)
Literally "lie flat". Meaning: opting out of the rat race, doing the minimum and refusing to chase promotions or big purchases.
Example: {D:这周加班太多，周末我要躺平。} "Too much overtime this week; I'm lying flat all weekend."

{D:内卷} (nèi juǎn)
Literally "inward curl", borrowed from an academic term for involution. Meaning: pointless, ever-escalating competition in which everyone works harder and nobody gains.

{D:摸鱼} (mō yú)
Literally "touch fish". Meaning: slacking off at work while looking busy.

{D:打工人} (dǎgōng rén)
Literally "work-doing person". Meaning: an ordinary wage earner, usually said with self-mocking pride.

{D:吃瓜} (chī guā)
Literally "eat melon". Meaning: watching drama or gossip unfold from the sidelines, like a spectator with a snack.

{D:凡尔赛} (fán'ěrsài)
Literally "Versailles". Meaning: a humblebrag, showing off while pretending to complain.

{D:破防} (pò fáng)
Literally "broken defence", from video games. Meaning: being emotionally overwhelmed, moved or upset by something.

{D:社恐} (shè kǒng)
Literally short for "social fear". Meaning: socially anxious, often said jokingly about oneself.

Know a term I missed? Leave it in the comments and I'll add it to part two.
""")

dd("hospital-signs-bilingual-guide", """
A Guide to Hospital Signs for International Patients

Most public hospitals in mainland China have some English signage, but it is not always complete, especially in older buildings and on printed forms. This guide lists the signs you are most likely to need, so you can match them by shape even if you cannot read Chinese. Keep it on your phone.

Arriving
{D:门诊}: Outpatient department
{D:急诊}: Emergency (open 24 hours; often a separate entrance)
{D:挂号}: Registration; you must register and pay a fee before seeing a doctor
{D:自助机}: Self-service machine (for registration, payment and printing results)

Paying and collecting medicine
{D:收费处}: Cashier
{D:西药房}: Pharmacy (Western medicines)
{D:中药房}: Pharmacy (traditional Chinese medicines)

Tests and departments
{D:检验科}: Laboratory (blood and urine tests)
{D:放射科}: Radiology (X-ray, CT)
{D:内科}: Internal medicine
{D:外科}: Surgery
{D:儿科}: Paediatrics
{D:住院部}: Inpatient building

Around the building
{D:卫生间}: Toilets
{D:电梯}: Lift / elevator
{D:出口}: Exit
{D:禁止吸烟}: No smoking

Tip: many large hospitals now have an international clinic ({D:国际医疗部}) with English-speaking staff. It usually costs more, but the waiting times are shorter.
""")


# ---------------------------------------------------------------- leftovers

ll("university-quick-links-zh", """
Eastern Coast University of Science and Technology
English | {D:中文}

Home | About ECUST | Schools & Departments | Admissions | Research | International | Alumni

News
- ECUST team wins gold medal at the national undergraduate robotics competition
- School of Marine Engineering signs cooperation agreements with two shipyards
- Arrangements for the 2027 winter vacation announced
- Professor Liang's group publishes new findings on corrosion of offshore wind turbines

Notices
- Registration for the spring CET-4 and CET-6 examinations opens on December 10
- Library opening hours during the final examination period
- Campus network maintenance on Saturday night, 23:00 to 02:00

Quick Links
Library
{L:教务系统}
Campus Email
{L:财务查询}
Academic Calendar
{L:校园一卡通}
{L:信息公开}
Job Opportunities

Address: No. 88 Haibin Road, Zhoushan, Zhejiang · Postcode 316022 · Tel. 0580-2261-8800
Copyright © 2026 Eastern Coast University of Science and Technology. All rights reserved.
{D:浙ICP备05012345号-2}   {D:浙公网安备 33090202000451号}
""")

ll("news-dateline-reporter-zh", """
City's First Community Canteen for Elderly Residents Opens in Old Town District

{L:本报杭州12月3日讯}
{L:记者 周雨桐  通讯员 郑凯}

On the morning of December 3, the first "neighbourhood dining hall" for elderly residents in the Old Town District officially opened on Qingshi Lane. Residents over 60 can now enjoy a lunch of two dishes and a soup for 12 yuan, and those over 80 receive an additional subsidy of 3 yuan per meal.

The canteen is located on the ground floor of the former street office building and covers about 300 square metres. It seats 80 people and serves breakfast and lunch every day of the week. For residents with limited mobility, community volunteers will deliver meals to their homes within a radius of one kilometre.

"In the past I cooked for myself, and most days it was just noodles," said Mrs. Xu, 76, who was among the first diners. "Here there is fish, there are vegetables, and there are people to talk to."

According to the district civil affairs bureau, the canteen is run by a social enterprise selected through public tender, and its menus were reviewed by nutritionists from the district hospital. Diners can pay with the senior citizen card or by scanning a code.

The district plans to open five more canteens of this kind by the end of 2027, covering all twelve communities in the old town.

Editor: Lin Xiaoyu   Proofreader: Shen Jie
""")

ll("company-contact-half-zh", """
[logo] {D:恒远精密} HENGYUAN PRECISION

Home | Products | Solutions | Quality | News | Contact Us

About Hengyuan
Suzhou Hengyuan Precision Machinery Co., Ltd. was founded in 2006 and specialises in the design and manufacture of high-precision linear guides, ball screws and automation modules. Our products are widely used in CNC machine tools, semiconductor equipment, medical devices and logistics systems.

The company has a modern production base of 35,000 square metres and more than 420 employees, including 60 engineers. We have passed ISO 9001 and IATF 16949 certification and export to more than 30 countries and regions.

Contact Us
Address: {L:江苏省苏州市吴中经济开发区} No. 18 Yinzhong South Road
Sales hotline: +86 512-6586-3300
{L:传真}: +86 512-6586-3301
E-mail: sales@hengyuan-precision.example
Contact person: {L:王经理} (Overseas Sales)
Working hours: {L:周一至周五} 8:30–17:30 (Beijing time)
{L:售后服务热线}: 400-820-6606

Please leave your name, company and requirements in the message box below. Our sales staff will reply within one working day.

Copyright © 2006–2026 Suzhou Hengyuan Precision Machinery Co., Ltd.
""")

ll("itinerary-bracket-notes-zh", """
Yunnan Classic 6-Day Tour: Kunming, Stone Forest, Dali, Lijiang

Departures every Tuesday and Saturday · Small groups of up to 16 · From 3,980 yuan per person

Day 1 Arrival in Kunming
Our guide meets you at Changshui International Airport and transfers you to the hotel. Free time in the evening to stroll around Green Lake. 【{L:温馨提示：昆明海拔约1900米，请注意休息，避免剧烈运动}】

Day 2 Kunming – Stone Forest – Dali
After breakfast, drive about 1.5 hours to the Stone Forest to see the karst pillars. Lunch features local Yi dishes. In the afternoon, take the high-speed train to Dali. 【{L:景区电瓶车25元/人，费用自理}】

Day 3 Dali
Visit the Three Pagodas of Chongsheng Temple, then take a boat on Erhai Lake. In the evening, walk through Dali Ancient Town. 【{L:游船为赠送项目，如因天气原因取消，费用不退}】

Day 4 Dali – Lijiang
Cycle along the Erhai shoreline in the morning, then drive to Lijiang. Check in and explore Lijiang Old Town at your own pace.

Day 5 Jade Dragon Snow Mountain
Take the cable car up to the glacier park (weather permitting). Afternoon visit to Blue Moon Valley. 【{L:请自备防寒衣物，可在山下租用氧气瓶}】

Day 6 Departure
Free time until your transfer to Lijiang Sanyi Airport.

The price includes: hotels (twin sharing), daily breakfast, five lunches, transport as listed, entrance tickets and an English-speaking guide.
The price does not include: flights to Kunming and from Lijiang, personal expenses and travel insurance.
""")

ll("property-notice-reminder-zh", """
Notice on Winter Fire Safety and Heating Pipe Inspections

Dear Residents of Jinxiu Garden,

As the weather turns colder, the use of heaters and electrical appliances increases, and so does the risk of fire. To ensure the safety of all residents, the property management office will carry out a door-to-door inspection of heating pipes and fire-fighting equipment from December 8 to December 20, 2026.

Inspection arrangements:
1. Buildings 1–6: December 8–12
2. Buildings 7–12: December 14–17
3. Buildings 13–18 and shops: December 18–20

Inspectors will wear uniforms and staff cards and will not charge any fees. If you are not at home at the scheduled time, please contact the service centre to book another time.

{L:温馨提示：冬季气温较低，请各位业主出门前关好门窗，检查水管及水表的保温情况，防止冻裂漏水。楼道内严禁堆放杂物，电动车请勿进楼入户充电，一经发现将予以清理。如有疑问，请拨打物业服务中心电话，我们将竭诚为您服务。}

Thank you for your understanding and cooperation.

Service centre: Room 102, Building 3 · Tel. 0531-8877-6021 (24 hours)

Jinxiu Garden Property Management Office
December 4, 2026
""")

ll("government-leaders-names-zh", """
Home > News Center > Government Affairs

City Holds Work Conference on Rural Road Construction and Maintenance
Source: Municipal Transport Bureau   Date: 2026-12-02   Views: 1,284

On December 1, the city held a work conference on the construction and maintenance of rural roads. The meeting was chaired by {L:市委副书记、市长刘振华}, and {L:副市长陈思敏} reported on the progress of this year's projects.

The meeting pointed out that since the beginning of the year, the city has completed the upgrading of 412 kilometres of rural roads and the reinforcement of 37 bridges, and that all administrative villages are now connected by hard-surfaced roads with regular bus services.

{L:市委书记王建平} attended the meeting and delivered a speech. He stressed that rural roads are a "road to happiness" for farmers, and that all counties must strengthen daily maintenance, make responsibilities clear at every level, and prevent roads from being built but not managed.

The meeting also commended twelve "model rural roads" and their maintenance teams. Heads of the transport bureaus of all counties and districts, as well as responsible comrades of the relevant municipal departments, attended the meeting.

[Print]  [Close]
""")

ll("spec-sheet-units-labels-zh", """
Model KT-5200 Electric Kettle: Technical Specifications

Product overview: a 1.7-litre stainless steel kettle with six preset temperatures, a keep-warm function and a 360° rotating base. Suitable for home and office use.

Specifications
Model: KT-5200
{L:额定电压}: 220V~ 50Hz
Rated power: 1800{L:瓦}
Capacity: 1.7{L:升}
Material: 304 stainless steel inner tank, PP outer shell
Temperature presets: 40 / 50 / 70 / 80 / 90 / 100 °C
Keep-warm time: up to 2 {L:小时}
Cord length: 0.75 m
{L:净重}: 1.2 kg
Gross weight: 1.6 {L:公斤}
Product size: 22 × 16 × 25 cm
{L:包装尺寸}: 26 × 20 × 29 cm
Certification: CCC, CB
Warranty: 1 year

Package contents: kettle ×1, power base ×1, user manual ×1, {L:保修卡} ×1

Safety notes: do not fill above the MAX line; do not switch the kettle on when it is empty; unplug the base before cleaning.
""")

ll("scholarship-mixed-bullets-zh", """
Announcement on Applications for the 2026–2027 Huaxia Scholarship

To all colleges and students:

In order to encourage students to study hard and develop in an all-round way, the Huaxia Education Foundation has again set up the Huaxia Scholarship at our university. The scholarship is 8,000 yuan per person, with 40 places. The relevant matters are announced as follows.

I. Eligibility
Applicants must meet the following conditions:
• Full-time undergraduate students in the second year or above;
• {L:热爱祖国，遵守宪法和法律，遵守学校各项规章制度；}
• Ranked in the top 15% of their major in the comprehensive assessment of the previous academic year;
• {L:上一学年无不及格课程，且未受过任何纪律处分；}
• Students from families with financial difficulties will be given priority under equal conditions;
• {L:积极参加社会实践和志愿服务活动者优先。}

II. Application procedure
1. Students submit the application form and supporting materials to their college before December 15.
2. Each college reviews the applications and recommends candidates to the Student Affairs Office before December 22.
3. The list of proposed recipients will be publicly displayed for five working days.

III. Contact
Student Financial Aid Centre, Room 205, Administration Building. Tel. 027-8765-4321.

Student Affairs Office
December 4, 2026
""")

ll("forum-first-post-half-zh", """
Riverside Parents Forum › Education › Primary school

Thread: Which after-school programme is better, the robotics club or the calligraphy class?

#1  posted by Mum_of_twins  2026-12-03 21:14
My son is in Grade 3 and the school has just sent out the list of after-school programmes for next term. We can only choose one because the times clash. {L:机器人社团每周两次，要交一千二的材料费，老师说可以参加区里的比赛。书法课每周一次，免费，但是听说老师换人了，不知道新老师怎么样。} My husband thinks robotics is more useful for the future, but my son's handwriting is really messy. {L:有没有家长上过这两个班的，能不能说说感受？谢谢大家！}

#2  posted by LaoZhang2015  2026-12-03 21:40
We did robotics last year. The kids enjoyed it, but honestly most of the building was done by the teacher before the competition. If handwriting is the problem, I would choose calligraphy.

#3  posted by Sunflower_Mama  2026-12-03 22:05
The new calligraphy teacher is Mr. He, who used to teach at the Children's Palace. He is strict but very patient. My daughter's characters improved a lot in one term.

#4  posted by Mum_of_twins  2026-12-03 22:31
Thank you both! That is very helpful. I will talk with my son tomorrow and let him decide.

Reply  |  Back to list  |  Page 1 of 1
""")

ll("conference-news-closing-sentence-zh", """
Provincial Symposium on Digital Agriculture Held in Our City
Release time: 2026-12-03 10:25   Source: Municipal Bureau of Agriculture and Rural Affairs

On December 2, the 2026 Provincial Symposium on Digital Agriculture and Smart Farming opened at the International Convention Centre. More than 300 experts, entrepreneurs and representatives of agricultural cooperatives from across the province attended.

The symposium, co-hosted by the Provincial Department of Agriculture and Rural Affairs and the Provincial Academy of Agricultural Sciences, focused on satellite-based crop monitoring, drone spraying, smart irrigation and rural e-commerce.

In his keynote report, Professor Huang of the Academy presented the results of a three-year field trial in which soil moisture sensors and automated irrigation reduced water use in rice paddies by 23% without lowering yields. Representatives of two local cooperatives shared their experience of selling tea and citrus through livestreaming platforms.

During the symposium, eight cooperation agreements were signed between research institutions and enterprises, with a total value of 160 million yuan. An exhibition of agricultural machinery and digital farming equipment with 46 exhibitors was held at the same time.

{L:会议期间，与会代表还参观了市数字农业示范基地。会后，全体与会人员合影留念。}

Editor: Wu Ting
[Print this page]  [Close window]
""")

ll("shop-promo-badges-zh", """
HomeGoods Mall › Kitchen › Cookware

Sort by: Popularity | Newest | Price ↑ | Price ↓        Showing 1–6 of 214 items

[{L:包邮}] [{L:限时特惠}] Cast Iron Enamel Casserole, 24 cm, 4.5 L, suitable for induction hobs
¥269.00 (was ¥399.00) · 3,215 sold · ★★★★★ 4.9

[{L:新品}] Non-stick Frying Pan with Glass Lid, 28 cm, PFOA-free coating
¥129.00 · 862 sold · ★★★★☆ 4.7

[{L:包邮}] 304 Stainless Steel Stockpot, 26 cm, triple-layer base
¥188.00 · 1,540 sold · ★★★★★ 4.8

[{L:限时特惠}] [{L:买一送一}] Wooden Cooking Utensil Set, 6 pieces, beech wood
¥59.90 (was ¥89.00) · 5,902 sold · ★★★★☆ 4.6

[{L:热销}] Ceramic Rice Cooker Inner Pot, 5 L, fits most 220V rice cookers
¥99.00 · 2,077 sold · ★★★★☆ 4.5

[{L:包邮}] [{L:七天无理由退换}] Electric Wok, 32 cm, 1500 W, adjustable temperature
¥239.00 · 708 sold · ★★★★☆ 4.6

Free shipping on orders over ¥99 to mainland addresses. The promotion ends on December 12 at 23:59.
Customer service online 9:00–22:00 · Add to cart · Compare
""")

ll("class-schedule-teachers-rooms-zh", """
Winter Online Course Schedule: Grade 8 (December 7–11, 2026)

All classes are held on the school's live-streaming platform. Students should log in five minutes before class with their student ID. Cameras must be on during class.

Monday, December 7
08:00–08:45  Chinese Language · Teacher: {L:李秀英} · Room: {L:直播间1}
09:00–09:45  Mathematics · Teacher: Wang Lei · Room: Live Room 2
10:00–10:45  English · Teacher: {L:陈老师} · Room: Live Room 3

Tuesday, December 8
08:00–08:45  Physics · Teacher: Zhao Ming · Room: Live Room 4
09:00–09:45  History · Teacher: {L:孙建国} · Room: {L:直播间2}
10:00–10:45  Physical Education (home exercises) · Teacher: Liu Yang · Room: Live Room 5

Wednesday, December 9
08:00–08:45  Mathematics · Teacher: Wang Lei · Room: Live Room 2
09:00–09:45  Biology · Teacher: {L:周老师} · Room: {L:腾讯会议 835-226-119}
10:00–10:45  Class meeting · Teacher: head teacher of each class · Room: class meeting room

Thursday and Friday follow the same pattern as Monday and Tuesday.

Notes:
1. Homework must be uploaded to the platform by 20:00 on the day it is set.
2. If you have network problems, contact your head teacher immediately.
3. Recordings of each lesson are available for three days after the class.
""")

ll("doctor-profile-specialties-zh", """
Doctor Profile

Name: Dr. Zhang Liqun
Department: Cardiology
Title: Chief Physician, Professor, Doctoral Supervisor
Outpatient hours: Monday morning (Expert Clinic), Thursday afternoon (Special Needs Clinic)

Introduction
Dr. Zhang graduated from medical school in 1994 and received her doctorate in cardiovascular medicine in 2003. She completed a two-year fellowship in interventional cardiology in Germany and has worked in the hospital's Department of Cardiology since 2006.

She is a member of the Cardiovascular Society of the Provincial Medical Association and a reviewer for several academic journals. She has led four provincial research projects and published more than 50 papers.

Specialties
{L:擅长冠心病、高血压、心律失常的诊断与治疗，尤其擅长：}
{L:1. 冠状动脉介入治疗（支架植入术）；}
{L:2. 心房颤动的射频消融治疗；}
{L:3. 难治性高血压的规范化管理；}
{L:4. 心力衰竭的综合治疗与康复。}

Awards
Provincial Science and Technology Progress Award (second prize), 2019
"Excellent Doctor" of the city, 2022

Appointments can be made through the hospital's official WeChat account or by calling 0571-8700-1200.
""")

ll("museum-caption-other-object-zh", """
Special Exhibition: Mirrors and Jades of the Han Dynasty
Gallery 3 · 1 November 2026 – 28 February 2027

Exhibit 12
Bronze mirror with TLV pattern and four deities
Eastern Han dynasty (25–220 AD), diameter 18.6 cm
Excavated in 1983 from a tomb in the eastern suburbs of the city. The back of the mirror is decorated with a square frame, T-, L- and V-shaped marks, and the four deities of the directions: the Green Dragon, White Tiger, Vermilion Bird and Black Tortoise. An inscription band around the edge wishes the owner long life and many descendants.

{L:玉璧，西汉，直径21.3厘米。青玉，局部有褐色沁。两面纹饰相同，内区饰谷纹，外区饰双身龙纹。此璧出土于墓主胸前，应为丧葬用玉。}

Exhibit 13
Gilt bronze belt hook in the form of a dragon
Western Han dynasty (206 BC – 8 AD), length 14.2 cm
The hook is cast in one piece, with the dragon's head forming the hook and a round button on the back. Traces of gilding survive on the body.

Audio guide: press 12 or 13 on your device.
Photography without flash is permitted in this gallery.
""")

ll("news-share-buttons-zh", """
Home > Local News

Night Market Returns to Riverside Park for the Winter Season
2026-12-04 08:42   Source: City Evening News   Font size: Large Medium Small

The riverside night market, which had been closed for renovation since the summer, reopened on Thursday evening with more than 120 stalls selling snacks, handicrafts and winter clothing.

The market now occupies a new pedestrian zone along the east bank, with heated seating areas, better lighting and a designated area for street performers. Stall rents have been cut by 20% for the first three months to encourage local vendors to return.

"We sold out of roasted sweet potatoes in two hours," said one stall owner. "People missed this place."

The market will open from 17:00 to 23:00 every day until the end of February. Visitors are advised to take the metro, as parking nearby is limited.

{L:分享到}: {L:微信} | {L:微博} | {L:QQ空间} | {L:复制链接}

Related news
- Metro Line 3 extends service hours during the holiday season
- City launches winter cultural festival with 60 events

Responsible editor: Gao Min
""")

ll("recruitment-materials-list-zh", """
Recruitment Announcement: Municipal Institute of Urban Planning, 2027 Open Recruitment

The Municipal Institute of Urban Planning is a public institution under the Municipal Bureau of Natural Resources. In accordance with the relevant regulations, the Institute is now openly recruiting 6 staff members. The relevant matters are as follows.

Positions
1. Urban planning (2 posts): master's degree or above in urban and rural planning.
2. Transport planning (1 post): master's degree or above in transportation engineering.
3. GIS and data analysis (2 posts): master's degree or above in geographic information science or surveying.
4. Administrative secretary (1 post): bachelor's degree or above, with strong writing skills.

Requirements
Applicants should be under 35 years of age (born after December 1, 1991), in good health, and have no record of disciplinary action.

Application materials
{L:1. 报名登记表（附近期免冠彩色照片）；}
{L:2. 身份证、户口本复印件；}
{L:3. 学历、学位证书复印件及学信网认证报告；}
{L:4. 应届毕业生须提供就业推荐表；}
{L:5. 其他能证明本人能力的材料。}

Please send all materials as a single PDF to the Institute's recruitment e-mail address before December 25, 2026, with the subject line "Position + Name". Shortlisted applicants will be notified by telephone.

Municipal Institute of Urban Planning
December 4, 2026
""")

ll("law-firm-lawyer-titles-zh", """
Our Team: Jinghua Law Firm

Jinghua Law Firm was established in 2001 and is one of the first partnership law firms in the province. The firm has more than 90 lawyers and offices in three cities, and provides legal services in corporate law, dispute resolution, intellectual property and foreign investment.

Zhou Wenbin
{L:创始合伙人、主任律师、一级律师}
Mr. Zhou has more than 25 years of experience in commercial litigation and arbitration. He serves as an arbitrator on two arbitration commissions and is a member of the Civil and Commercial Committee of the Provincial Lawyers Association.

Li Na
{L:高级合伙人、知识产权部主任}
Ms. Li focuses on patent and trademark disputes and has represented several well-known domestic and foreign companies in infringement cases. She holds a master's degree in law.

Huang Tao
Partner, Head of the Foreign Investment Department
Mr. Huang advises foreign companies on market entry, joint ventures and compliance. He is fluent in English and German.

Xu Mengyao
{L:专职律师、法学硕士}
Ms. Xu handles labour and employment matters and regularly gives training sessions to human resources departments.

Contact: 18th Floor, Jinghua Tower, No. 66 Zhongshan Road · Tel. 0551-6288-9900
English | {D:中文}
""")

ll("marathon-results-rows-zh", """
2026 City Marathon: Official Results (Men's Full Marathon)

The 2026 City Marathon was held on December 1 under clear skies, with 25,000 runners taking part in the full marathon, the half marathon and the 5 km fun run. The men's full marathon was won by Peter Kiprono of Kenya in a new course record.

| Rank | Name | Country/Team | Time |
|---|---|---|---|
| 1 | Peter Kiprono | Kenya | 2:07:41 |
| 2 | Abebe Tesfaye | Ethiopia | 2:08:15 |
| 3 | Daniel Kiptoo | Kenya | 2:09:02 |
| 4 | {L:杨志强} | {L:云南省田径队} | 2:11:37 |
| 5 | Wu Xiangdong | Shanghai | 2:12:20 |
| 6 | {L:邓海川} | {L:四川省体育局} | 2:13:05 |
| 7 | Samuel Ruto | Kenya | 2:13:48 |
| 8 | {L:马永福} | {L:青海省田径队} | 2:14:30 |

Results are subject to final confirmation by the organising committee. Runners can download their finisher certificates from the official app from December 3.
Women's results and half marathon results are published on separate pages.
""")

ll("canteen-menu-dishes-zh", """
Weekly Menu: Experimental Primary School Canteen
Week of December 7–11, 2026 · Lunch for students and staff

Monday
Braised chicken with potatoes | Stir-fried bok choy with garlic | {L:西红柿炒鸡蛋} | Seaweed and egg drop soup | Steamed rice

Tuesday
{L:红烧狮子头} | Stir-fried cabbage | Tofu with minced pork | {L:冬瓜排骨汤} | Steamed rice and corn

Wednesday
Sweet and sour fish fillet | {L:清炒西兰花} | Shredded potatoes with vinegar | Tomato and egg soup | Fried rice with vegetables

Thursday
Beef stew with carrots | {L:蒜蓉生菜} | Corn and pork rib soup | Steamed buns

Friday
Pork and cabbage dumplings | Cucumber salad | Apples or oranges

All dishes are cooked with non-genetically modified oil and iodised salt, and the menu is checked by the school nurse every week. Students with food allergies should inform their head teacher, and parents may visit the kitchen on the first Wednesday of each month.
""")

ll("weather-warning-text-zh", """
City Weather · Updated 06:30, Friday 4 December 2026

Today: Cloudy turning to light rain, north wind force 4–5, gusts up to force 7
Temperature: 3°C to 9°C · Humidity 78% · Air quality: Good (AQI 46)

Weather warning in effect
{L:市气象台2026年12月4日06时发布寒潮蓝色预警信号：受强冷空气影响，预计今天夜里到6日，我市气温将下降8～10℃，最低气温可降至-3℃，并伴有5～6级偏北风，阵风7～8级。请注意防寒保暖，做好农作物和水管防冻工作。}

7-day forecast
Sat 5 Dec: Light rain turning overcast, 0°C to 5°C
Sun 6 Dec: Sunny, -3°C to 4°C
Mon 7 Dec: Sunny, -2°C to 6°C
Tue 8 Dec: Cloudy, 1°C to 8°C
Wed 9 Dec: Cloudy, 2°C to 10°C
Thu 10 Dec: Overcast, 3°C to 9°C

Life index
Clothing: wear a down jacket or a thick coat
Cold risk: high; elderly people and children should reduce outdoor activities
Car washing: not suitable

Data source: Municipal Meteorological Observatory. Forecasts are for reference only.
""")

ll("bank-fee-table-notes-zh", """
Notice on the Adjustment of Certain Personal Banking Service Fees

Dear Customers,

To further improve our services, and in accordance with the relevant regulations of the regulatory authorities, our bank will adjust some personal banking service fees from January 1, 2027. The details are as follows:

| Service | Current fee | New fee |
|---|---|---|
| Small account management fee | 3 yuan per quarter | Waived |
| Debit card annual fee | 10 yuan per year | Waived |
| Cross-bank transfer via mobile banking | 0.05% of the amount | Free |
| Cross-city transfer at the counter | 0.5% of the amount, max 50 yuan | 0.5% of the amount, max 25 yuan |
| Paper statement by post | 5 yuan per copy | 5 yuan per copy |
| Replacement of a lost debit card | 10 yuan per card | 5 yuan per card |

{L:注：1. 以上收费标准均为人民币；}
{L:2. 跨行转账手续费不含对方银行可能收取的费用；}
{L:3. 年满60周岁的客户及持残疾证客户办理柜面业务可享受手续费五折优惠。}

If you have any questions, please call our 24-hour customer service hotline or visit any of our branches. Thank you for your continued support.

Personal Banking Department
December 4, 2026
""")

ll("scenic-ticket-discount-rules-zh", """
Tickets and Opening Hours: Cloud Valley Scenic Area

Opening hours
Peak season (April 1 to October 31): 07:30–18:00, last entry 16:30
Off season (November 1 to March 31): 08:00–17:00, last entry 15:30

Ticket prices
Standard ticket: 120 yuan
Sightseeing bus (round trip): 40 yuan
Cable car (one way / round trip): 80 / 140 yuan
Combined ticket (entry, bus and round-trip cable car): 280 yuan

Discount policy
Children under 1.2 m tall enter free when accompanied by an adult.
{L:6周岁（含）至18周岁（含）未成年人、全日制本科及以下学历在校学生凭有效证件购买半价票；}
{L:60周岁（含）以上老年人、现役军人、残疾人凭有效证件免门票，乘坐观光车及索道需另行购票；}
{L:优惠票仅限在景区售票窗口购买，网上购票不享受以上优惠。}

Notes
1. Tickets are valid on the day of purchase only and allow one entry.
2. The cable car may be suspended in strong wind or thunderstorms; unused cable car tickets can be refunded at the ticket office.
3. Please keep to the marked trails. Feeding the monkeys is prohibited.

Ticket office: 0719-8855-1234 · Online booking: official WeChat account
""")

if __name__ == "__main__":
    SET.build()
