"""Build bench/sets/detect18-*.jsonl: a held-out, hand-written detection set ("detect18").

40 English pages that contain Chinese on purpose (Wikipedia-style biographies with `Chinese:` /
`Pinyin:` fields and birth names in the lead, film/drama/novel pages naming cast, characters and
titles, museum labels, podcast and video notes with paragraph translations in both orders,
bilingual speeches and press releases alternating sentence by sentence, poems and lyrics with
line-by-line or trailing originals, HSK lists, grammar points, Markdown measure-word tables,
dialogues with speaker labels, proverbs and idioms, menus, quoted shop signs and notices,
calligraphy and seal inscriptions, brand and app names in tech reviews, street and station
names in travel guides, single characters discussed on name/tattoo pages, bibliographies with
Chinese titles after English ones, ICP filing numbers and `中文 | English` footers), two or three
kinds mixed on most pages, and 40 half-translated pages (MT mirrors of government, university,
hospital and company news with untranslated clauses glued in with `,`, `。` in English,
`,Capitalized` fragments, whole untranslated paragraphs, CMS labels and breadcrumbs, bylines,
editor and photographer credits, Chinese image captions, untranslated table cells, slogans and
headings, injected gambling/loan spam, comment sections, leftover sentences on the same subject
as their English neighbours that say something different, short and long leftovers), several of
which also carry deliberate Chinese (a gloss, an ICP footer, a `中文` link) marked as such.

The style imitates ../shared/corpus/real, but every sentence was written for this set. The set
was written BLIND on 2026-12-02: without reading mtmend's code, its tests, the other bench sets
or their builders (only `marked()`/`Doc` from build_detection_sets.py and the docstring and
helper functions of build_blind17.py were looked at, as a model of the format), and mtmend was
never run on these pages.

Marks: `{D:…}` deliberate Chinese, `{L:…}` a leftover; every Han character is inside exactly one
mark (checked by blind_set.BlindSet). Each page has 8-30 non-empty lines and 600-2500 characters. Rebuild
(deterministic): `python bench/build_blind18.py` from the repo root writes
bench/sets/detect18-deliberate.jsonl (ids d18d-01…) and bench/sets/detect18-leftovers.jsonl
(ids d18l-01…).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect18", chars=(600, 2500), lines=(8, 30))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate
dd("wiki-bio-infobox", """
Lu Xun

From the free encyclopedia

Lu Xun ({D:鲁迅}; 25 September 1881 – 19 October 1936), born {D:周樟寿} Zhou Zhangshou and later known by the courtesy name {D:豫才} Yucai, was a Chinese writer, essayist, translator and literary critic. He is widely regarded as the most important figure of modern Chinese literature.

Native name: {D:鲁迅}
Pinyin: Lǔ Xùn
Born: Zhou Zhangshou ({D:周樟寿}), Shaoxing, Zhejiang, Qing China
Died: Shanghai, Republic of China
Notable works: "A Madman's Diary" ({D:狂人日记}), "The True Story of Ah Q" ({D:阿Q正传})
Spouse: Zhu An ({D:朱安}); partner Xu Guangping ({D:许广平})

Early life

Zhou was born into a gentry family in Shaoxing that lost much of its wealth after his grandfather was jailed for a bribery case in 1893. He later studied medicine in Sendai, Japan, but left the course in 1906, deciding that the mind of his country needed healing more than its body.

Writing career

His first story in the vernacular, "A Madman's Diary", appeared in the magazine New Youth in 1918 under the pen name he would keep for the rest of his life. The collections Call to Arms ({D:呐喊}) and Wandering ({D:彷徨}) followed in 1923 and 1926.

Later years

After 1927 Lu Xun lived in Shanghai, where he stopped writing fiction almost entirely and turned to the short, sharp essays known as zawen ({D:杂文}). He used more than a hundred pen names to get past the censors. In 1930 he became a leading figure of the League of Left-Wing Writers, although he quarrelled with many of its members.

He also translated widely, mostly from Japanese and German, including Gogol's Dead Souls, and argued for translation that stayed close to the original even when it read awkwardly, a position he called "hard translation" ({D:硬译}).

He died of tuberculosis in Shanghai in October 1936. His funeral was attended by thousands, and his coffin was covered with a banner reading {D:民族魂}, "soul of the nation".

Legacy

Lu Xun's works have been part of the Chinese school curriculum for decades, and phrases from his stories are part of everyday speech. The name of his character Ah Q is still used for someone who turns every defeat into an imagined "spiritual victory" ({D:精神胜利法}). His former homes in Shaoxing, Beijing and Shanghai are museums.

See also: Zhou Zuoren ({D:周作人}), his younger brother and an essayist in his own right.
""")

dd("wiki-bio-infobox", """
Deng Lijun

Teresa Teng (Chinese: {D:邓丽君}; Pinyin: Dèng Lìjūn; 29 January 1953 – 8 May 1995) was a Taiwanese singer whose recordings in Mandarin, Cantonese, Japanese and Taiwanese Hokkien made her one of the best-known voices in East Asia.

Infobox
Traditional Chinese: {D:鄧麗君}
Simplified Chinese: {D:邓丽君}
Hokkien POJ: Tēng Lē-kun
Origin: Yunlin County, Taiwan
Genres: Mandopop, enka
Years active: 1967–1995

Teng began singing on stage as a child and won a radio contest at the age of eleven. During the 1970s she built a large following in Japan, and by the end of the decade her songs were circulating on smuggled cassettes in mainland China, where people joked that "Old Deng rules by day, Little Deng rules by night."

Her signature songs include "The Moon Represents My Heart" ({D:月亮代表我的心}), "Sweet as Honey" ({D:甜蜜蜜}) and "When Will You Return?" ({D:何日君再来}).

She died of a severe asthma attack while on holiday in Chiang Mai, Thailand, at the age of 42. Her grave at Chin Pao San cemetery in New Taipei is visited by fans every year on her birthday.
""")

dd("film-page-cast", """
Farewell My Concubine (1993 film)

Farewell My Concubine ({D:霸王别姬}) is a 1993 Chinese historical drama directed by Chen Kaige ({D:陈凯歌}), adapted from the novel by Lilian Lee ({D:李碧华}). It remains the only Chinese-language film to have won the Palme d'Or.

Cast
- Leslie Cheung ({D:张国荣}) as Cheng Dieyi ({D:程蝶衣}), the boy who grows up playing the concubine Yu Ji
- Zhang Fengyi ({D:张丰毅}) as Duan Xiaolou ({D:段小楼}), who plays the King of Chu
- Gong Li ({D:巩俐}) as Juxian ({D:菊仙}), a courtesan who marries Xiaolou
- Ge You ({D:葛优}) as Yuan Shiqing ({D:袁世卿}), an opera patron

Plot
Two boys meet at a harsh Peking opera school in the 1920s and grow into stars of the stage, bound together by the opera that gives the film its title. Their friendship survives the Japanese occupation and the civil war, but breaks under the pressure of the Cultural Revolution.

Reception
The film was banned for a short time in mainland China after its release and then shown in a cut version. Critics outside China praised Cheung's performance in particular; it is now ranked among the best Chinese films ever made.

Original title: {D:霸王別姬}
Running time: 171 minutes
""")

dd("museum-labels", """
Gallery 7: Song and Yuan ceramics

Case 3

Meiping vase with peony scrolls
{D:磁州窑白地黑花牡丹纹梅瓶}
Cizhou ware, Hebei province, Northern Song dynasty, 12th century
Stoneware with painted black slip under a clear glaze
The name meiping ({D:梅瓶}), literally "plum vase", refers to the single branch of plum blossom such narrow-necked vessels are said to have held. This one was more likely a wine container.

Case 4

Bowl with "hare's fur" glaze
{D:建窑兔毫盏}
Jian ware, Fujian province, Southern Song dynasty
Tea bowls like this were prized by monks and scholars who whisked powdered tea. In Japan they became known as tenmoku.
Gift of the Hartley family, 1962

Case 5

Celadon jar with lid
{D:龙泉窑青瓷盖罐}
Longquan ware, Zhejiang province, Yuan dynasty, 14th century
The green glaze was built up in several layers. Pieces of this kind were exported as far as East Africa and the Persian Gulf.

Please do not touch the display cases. Photography without flash is allowed.
""")

dd("podcast-notes-zh-first", """
Episode 112: Moving back to Chengdu

Show notes and transcript highlights. This week Lin talks about returning home after eight years in Melbourne. As always, each Mandarin paragraph is followed by our English version, so you can read along while you listen.

[02:10]
{D:我在墨尔本住了八年,回成都的时候,最不习惯的居然是天气。这里的冬天没有暖气,屋子里比外面还冷。}
I lived in Melbourne for eight years, and when I came back to Chengdu, what I found hardest to get used to was, of all things, the weather. There is no central heating here in winter, and it is colder inside than out.

[05:45]
{D:不过,吃的方面完全没有问题。第一天晚上我就去楼下吃了一碗担担面,辣得我眼泪都出来了。}
Food, on the other hand, was no problem at all. On my first night I went downstairs for a bowl of dan dan noodles, and it was so spicy it made me cry.

[09:30]
{D:我妈问我还走不走,我说暂时不走了。}
My mum asked whether I was leaving again, and I said not for now.

Vocabulary from this episode: {D:暖气} nuǎnqì (central heating), {D:担担面} dàndàn miàn (dan dan noodles), {D:暂时} zànshí (for the time being).

Support the show on our website. New episodes every Thursday.
""")

dd("bilingual-speech-alternating", """
Remarks by the Consul General at the Mid-Autumn Reception

September 14, 2024

Good evening, distinguished guests, ladies and gentlemen. {D:各位来宾,女士们,先生们,晚上好。} It is a great pleasure to welcome you to our residence on this beautiful evening. {D:很高兴在这个美好的夜晚欢迎大家来到官邸。}

The Mid-Autumn Festival is a time for families to gather and look at the full moon together. {D:中秋节是家人团聚、共同赏月的日子。} For many of you who live far from home, I hope tonight can feel a little like a family gathering. {D:对于远离家乡的朋友们,希望今晚能让大家感受到家的温暖。}

This year, more than three thousand students from our two countries have taken part in exchange programmes. {D:今年,两国有三千多名学生参加了交流项目。} They are the best ambassadors we have. {D:他们是我们最好的使者。}

Programme for the evening
7:00 pm – Welcome remarks
7:20 pm – Guzheng performance by students of the Conservatory
8:00 pm – Mooncake tasting and lantern riddles

Please enjoy the mooncakes, the music and the company. {D:请大家品尝月饼,欣赏音乐,尽情交流。} Happy Mid-Autumn Festival! {D:中秋快乐!}

Thank you.
""")

dd("poem-line-by-line", """
Quiet Night Thought, by Li Bai

One of the best-known poems in the Chinese language, learned by nearly every schoolchild in China. Below is the original with my own fairly literal translation, one line at a time.

{D:床前明月光,}
Before my bed, the bright moonlight;
{D:疑是地上霜。}
I wonder if it is frost upon the ground.
{D:举头望明月,}
I raise my head and gaze at the bright moon;
{D:低头思故乡。}
I lower my head and think of home.

Notes

The title is {D:静夜思} (Jìng Yè Sī). The word {D:床} in the first line usually means "bed", but some scholars argue that in Li Bai's time it could also mean the railing around a well, which would put the poet outdoors.

The poem has four lines of five characters each, a form called a wujue ({D:五绝}). Its language is so plain that almost nothing is lost in translation except the rhythm and the rhyme between {D:光}, {D:霜} and {D:乡}.

Li Bai ({D:李白}, 701–762) wrote more than a thousand poems, many of them about wine and the moon.
""")

dd("hsk-word-list", """
HSK 2 Vocabulary: Time and Weather (Part 3)

Here are 12 words from the HSK 2 list that come up when talking about time and weather. Learn the tones with the characters, not afterwards.

1. {D:已经} yǐjīng – already
2. {D:时间} shíjiān – time
3. {D:晴} qíng – sunny, clear
4. {D:阴} yīn – cloudy, overcast
5. {D:雪} xuě – snow
6. {D:冷} lěng – cold
7. {D:热} rè – hot
8. {D:早上} zǎoshang – early morning
9. {D:晚上} wǎnshang – evening
10. {D:旁边} pángbiān – beside, next to
11. {D:正在} zhèngzài – in the middle of (doing)
12. {D:可能} kěnéng – maybe, possible

Example sentences

{D:今天是晴天,不太冷。} Jīntiān shì qíngtiān, bú tài lěng. – It's sunny today, not very cold.
{D:明天可能会下雪。} Míngtiān kěnéng huì xià xuě. – It might snow tomorrow.
{D:我已经吃早饭了。} Wǒ yǐjīng chī zǎofàn le. – I've already had breakfast.

Tip: {D:晴} and {D:请} look similar. The sun radical {D:日} on the left tells you which one is about weather.

Next lesson: HSK 2 verbs of motion.
""")

dd("grammar-point", """
Chinese Grammar: Using {D:把} (bǎ) to move the object

Level: intermediate (HSK 3–4)

The {D:把} construction lets you put the object before the verb, so you can say what happens to it. The pattern is:

Subject + {D:把} + Object + Verb + something else

The "something else" is important. A bare verb after the object usually sounds wrong, so you need a result, a direction, a {D:了}, or some other complement.

Examples

{D:我把门关上了。}
I closed the door.

{D:请把书放在桌子上。}
Please put the book on the table.

{D:他把我的名字写错了。}
He wrote my name wrong.

Common mistakes

× {D:我把苹果吃。}
✓ {D:我把苹果吃了。} I ate the apple.

Verbs of feeling and perception such as {D:喜欢} (like) and {D:看见} (see) are not normally used with {D:把}, because they do not "do" anything to the object.

Practice: rewrite {D:我打开了窗户} (I opened the window) with {D:把}.
""")

dd("measure-word-table", """
Chinese measure words you will actually use

In Chinese you cannot say "three books" without a measure word between the number and the noun. The general one is {D:个} (gè), but using the right one sounds much more natural. Here are the ones I hear every day.

| Measure word | Pinyin | Used for | Example |
|---|---|---|---|
| {D:个} | gè | people, general objects | {D:三个人} three people |
| {D:本} | běn | books, magazines | {D:两本书} two books |
| {D:张} | zhāng | flat things: paper, tables, tickets | {D:一张票} one ticket |
| {D:条} | tiáo | long thin things: roads, fish, trousers | {D:一条鱼} a fish |
| {D:杯} | bēi | cups and glasses of drink | {D:一杯茶} a cup of tea |
| {D:件} | jiàn | clothes on the upper body, matters | {D:一件衣服} a piece of clothing |
| {D:辆} | liàng | vehicles | {D:一辆车} a car |
| {D:只} | zhī | many animals, one of a pair | {D:一只猫} a cat |

Note that with the number two you normally use {D:两} (liǎng) rather than {D:二} (èr) before a measure word.

If you forget the right one, {D:个} is usually understood, even if it sounds a little childish.
""")

dd("dialogue-lesson", """
Lesson 9: At the train station

Listen to the dialogue first, then read it with the English below each line.

A: {D:你好,我想买一张去杭州的票。}
A: Hello, I'd like to buy a ticket to Hangzhou.
B: {D:几点的?}
B: For what time?
A: {D:最早的那一班。}
A: The earliest one.
B: {D:九点二十的高铁,二等座还有。}
B: There are still second-class seats on the 9:20 high-speed train.
A: {D:多少钱?}
A: How much is it?
B: {D:七十三块。请出示您的身份证或者护照。}
B: Seventy-three yuan. Please show your ID card or passport.
A: {D:给你。}
A: Here you are.

Key words
{D:高铁} gāotiě – high-speed rail
{D:二等座} èrděngzuò – second-class seat
{D:出示} chūshì – to show (a document)

Culture note: at large stations such as Shanghai Hongqiao ({D:上海虹桥站}) you can buy tickets at machines, but foreign passport holders often still have to queue at the counter marked {D:人工售票}, "staffed ticket sales".
""")

dd("idiom-explainer", """
5 Chinese idioms about time that English speakers will understand

Chengyu ({D:成语}) are fixed four-character expressions, most of them drawn from old stories. Here are five that have close English relatives.

1. {D:一寸光阴一寸金} (yí cùn guāngyīn yí cùn jīn)
Literally "an inch of time is an inch of gold". In other words, time is money. Strictly this is a saying rather than a chengyu, because it has seven characters.

2. {D:亡羊补牢} (wáng yáng bǔ láo)
"Mend the pen after the sheep are lost." Unlike the English "closing the stable door after the horse has bolted", the Chinese version is hopeful: it is never too late to fix things.

3. {D:守株待兔} (shǒu zhū dài tù)
"Guard the tree stump and wait for rabbits." A farmer once saw a rabbit run into a stump and die, so he stopped working and waited for another one. Used for people who rely on luck.

4. {D:三天打鱼,两天晒网} (sān tiān dǎ yú, liǎng tiān shài wǎng)
"Fish for three days, dry the nets for two." Said of someone who cannot stick to anything, such as a student who studies only now and then.

5. {D:光阴似箭} (guāngyīn sì jiàn)
"Time flies like an arrow" – almost word for word the same as the English.

Which one would you use to describe your language learning? Tell us in the comments.
""")

dd("restaurant-menu", """
Golden Lotus Kitchen – Dinner Menu

Starters
Smacked cucumber salad {D:拍黄瓜} – garlic, black vinegar, chilli oil – $7.50
Pork and chive dumplings {D:韭菜猪肉饺子} (12 pcs) – $11.00
Scallion pancake {D:葱油饼} – $6.50

Noodles and rice
Dan dan noodles {D:担担面} – minced pork, preserved vegetables, peanuts – $13.50
Beef noodle soup {D:红烧牛肉面} – $15.00
Yangzhou fried rice {D:扬州炒饭} – $12.00

Mains
Mapo tofu {D:麻婆豆腐} – medium or hot – $14.00
Kung Pao chicken {D:宫保鸡丁} – $16.50
Fish-fragrant aubergine {D:鱼香茄子} (v) – $13.00
Twice-cooked pork {D:回锅肉} – $16.00

Drinks
Chrysanthemum tea {D:菊花茶} – $3.50 per pot
Tsingtao beer {D:青岛啤酒} – $6.00

(v) vegetarian. Please tell our staff about any allergies. A 10% service charge applies to tables of eight or more. Open Tuesday to Sunday, 5pm–10pm.
""")

dd("travel-guide-stations", """
Getting around Shanghai by metro: a first-timer's guide

The Shanghai Metro is huge, cheap and well signed in English, but it helps to recognise a few station names in characters, because some exits and bus stops only show Chinese.

Stations worth knowing

People's Square {D:人民广场} – the interchange for Lines 1, 2 and 8. Follow signs for Exit 1 to reach the Shanghai Museum.
East Nanjing Road {D:南京东路} – for the shopping street and a ten-minute walk to the Bund ({D:外滩}).
Lujiazui {D:陆家嘴} – the Pudong side of the river, with the Oriental Pearl Tower.
Hongqiao Railway Station {D:虹桥火车站} – Line 2 or 10 for the high-speed trains.
Pudong International Airport {D:浦东国际机场} – the end of Line 2, although the Maglev is faster.

Useful words on signs

{D:出口} chūkǒu – exit
{D:换乘} huànchéng – transfer
{D:往} wǎng – towards (as in {D:往浦东机场方向}, "towards Pudong Airport")

A single ride costs 3 to 10 yuan. Most visitors now pay by scanning a QR code in the Metro Daduhui ({D:大都会}) app or in Alipay, but ticket machines still take cash.

Last trains leave the centre at around 10:30pm on most lines, so check before a late dinner.
""")

dd("name-tattoo-characters", """
Thinking of getting a Chinese character tattoo? Read this first

Every week someone sends us a photo of a tattoo and asks what it really says. Usually it's fine. Sometimes it isn't.

Here are the characters people ask about most, and what they actually mean.

The character {D:爱} (ài) means love. It is one of the most popular choices and a safe one. The old traditional form {D:愛} has the component {D:心}, "heart", in the middle, which many people prefer for that reason.

{D:福} (fú) means good fortune. You will see it upside down on doors at Chinese New Year, because "upside down" ({D:倒}) sounds like "arrived" ({D:到}). On skin, though, keep it the right way up.

{D:勇} (yǒng) means courage. It is often confused with {D:男} (nán), "man", which also has {D:田} on top.

{D:和} (hé) means harmony or peace, but on its own it is also the everyday word for "and", so some Chinese speakers will read your tattoo as "and".

Quick reference
Love – {D:爱}
Fortune – {D:福}
Courage – {D:勇}
Harmony – {D:和}

Before you go to the studio, ask a native speaker to check the characters and the stroke order, and make sure the artist does not flip or mirror the design.
""")

dd("calligraphy-seal-caption", """
Calligraphy and seals: what the inscriptions say

Items from the Wen collection, on loan for the spring exhibition

Hanging scroll, ink on paper, by Qi Gong ({D:启功}, 1912–2005)
Text: {D:宁静致远}
Translation: "Tranquillity carries you far." The phrase comes from a letter attributed to Zhuge Liang and is a favourite of calligraphers.
Seal at lower left: {D:启功之印}, "seal of Qi Gong", in red relief.

Couplet in running script, anonymous, late Qing dynasty
Right scroll: {D:海纳百川}
Left scroll: {D:有容乃大}
"The sea takes in a hundred rivers; great is the one who can accept." Couplets like this are read from right to left.

Seal stone, Shoushan soapstone, 20th century
Inscription: {D:闲云野鹤}, "idle clouds and wild cranes", meaning a life free of worldly cares. The artist's side inscription is too worn to read.

About the seals
A seal with white characters on red ground is called {D:白文} (intaglio); red characters on white ground are {D:朱文} (relief). Collectors often added their own seals to a work, which is why some old paintings carry a dozen or more.
""")

dd("tech-review-app-names", """
Review: the Redmi Note 14 Pro after one month

I bought the global version of Xiaomi's mid-range phone to see how it handles daily use outside China. Short answer: the hardware is excellent for the price, the software needs cleaning up.

Screen and battery
The 6.67-inch OLED panel is bright enough to read in direct sun, and the 5,110 mAh battery lasted a day and a half with normal use. Charging from 10% to full took about 45 minutes.

Software
The phone runs HyperOS ({D:澎湃OS}), Xiaomi's replacement for MIUI. On the Chinese version you will find apps like Xiaomi Video ({D:小米视频}) and the app store ({D:应用商店}) with no Google services at all; the global version ships with the Play Store, but a few settings pages still show untranslated strings. On my unit the weather widget said {D:晴} instead of "Sunny" until I changed the region twice.

If you import the Chinese version, expect to install WeChat ({D:微信}), Alipay ({D:支付宝}) and Amap ({D:高德地图}) first, because that is what the phone is designed around.

Camera
The 200 MP main camera takes sharp daytime photos. Night shots are noisy and the ultra-wide is weak, as usual at this price.

Verdict: 4 out of 5. A great phone if you are willing to spend an hour removing bloatware.
""")

dd("bibliography-with-originals", """
Further reading on the history of Chinese printing

Books in English

Carter, Thomas F. The Invention of Printing in China and Its Spread Westward. New York: Columbia University Press, 1925.
Tsien, Tsuen-hsuin. Paper and Printing. Science and Civilisation in China, vol. 5, part 1. Cambridge: Cambridge University Press, 1985.
Brokaw, Cynthia J. Commerce in Culture: The Sibao Book Trade in the Qing and Republican Periods. Cambridge, MA: Harvard University Asia Center, 2007.

Books in Chinese

Zhang Xiumin. A History of Chinese Printing. {D:张秀民《中国印刷史》}. Shanghai: Shanghai People's Publishing House, 1989.
Pan Jixing. The Invention and Development of Printing. {D:潘吉星《中国金属活字印刷技术史》}. Shenyang: Liaoning Science and Technology Press, 2001.
Xiao Dongfa. Chinese Book Editions. {D:肖东发《中国编辑出版史》}. Shenyang: Liaoning Education Press, 1996.

Primary sources

Shen Kuo. Dream Pool Essays ({D:梦溪笔谈}), c. 1088. Book 18 contains the famous account of Bi Sheng ({D:毕昇}) and his movable type made of baked clay.
Wang Zhen. Treatise on Agriculture ({D:农书}), 1313. Its appendix describes wooden movable type and a revolving type table.

A note on titles: Chinese book titles are traditionally written between the marks 《 and 》, which we have kept in the Chinese entries.
""")

dd("company-footer-icp", """
About Us

Hangzhou Brightway Textiles Co., Ltd. was founded in 2006 and is now one of the leading exporters of silk scarves and home textiles in Zhejiang province. Our factory in Xiaoshan covers 28,000 square metres and employs about 450 people.

We supply retailers in more than 30 countries and hold OEKO-TEX Standard 100 and BSCI certification. Our design team of 20 people creates more than 600 new patterns every year, and we can deliver samples within seven days.

Why choose us
- Our own dyeing and printing lines, so we control colour and quality from yarn to finished product
- Minimum order from 300 pieces per design
- English-speaking sales team, reachable on WhatsApp and WeChat

Contact
Address: No. 88 Jianshe 3rd Road, Xiaoshan District, Hangzhou, Zhejiang, China
Tel: +86 571 8265 0000
Email: sales@brightway-textile.example

Home | Products | Factory Tour | Certificates | Contact

Copyright © 2024 Hangzhou Brightway Textiles Co., Ltd. All rights reserved.
{D:浙ICP备12034567号-1} | {D:浙公网安备 33010902001234号}
{D:中文} | English
""")

dd("novel-page-characters", """
Dream of the Red Chamber

Dream of the Red Chamber ({D:红楼梦}, Hónglóu Mèng), also called The Story of the Stone ({D:石头记}), is an 18th-century novel by Cao Xueqin ({D:曹雪芹}). It is counted among the Four Great Classical Novels of Chinese literature and is known for its enormous cast: more than four hundred named characters appear.

Main characters

Jia Baoyu ({D:贾宝玉}) – the sensitive heir of the Jia family, born with a piece of jade in his mouth.
Lin Daiyu ({D:林黛玉}) – Baoyu's cousin, a gifted poet who is often ill. Her name means "black jade".
Xue Baochai ({D:薛宝钗}) – another cousin, practical and well-liked, whom the family chooses as Baoyu's bride.
Wang Xifeng ({D:王熙凤}) – the capable and ruthless manager of the household.
Grandmother Jia ({D:贾母}) – the head of the family, who dotes on Baoyu.

Plot summary

The novel follows the decline of the wealthy Jia clan through the lives of its young people in the Grand View Garden ({D:大观园}), a pleasure garden built for the visit of an imperial concubine. The love between Baoyu and Daiyu runs through the book and ends in tragedy when Baoyu is tricked into marrying Baochai.

Authorship

Cao Xueqin is believed to have written the first 80 chapters. The last 40 chapters of the standard 120-chapter version are usually credited to Gao E ({D:高鹗}) and Cheng Weiyuan ({D:程伟元}), who published the complete novel in 1791, though how much they wrote themselves is still debated.

Study of the novel is so extensive that it has its own name, Redology ({D:红学}).

Translations
David Hawkes and John Minford, The Story of the Stone (Penguin, 5 vols., 1973–1986)
Yang Xianyi and Gladys Yang, A Dream of Red Mansions (Foreign Languages Press, 1978)
""")

dd("drama-page-cast", """
Nirvana in Fire

Nirvana in Fire ({D:琅琊榜}) is a 2015 Chinese historical television drama based on the online novel by Hai Yan ({D:海宴}). It aired on Beijing TV and Dragon TV and ran for 54 episodes.

Cast

Main
Hu Ge ({D:胡歌}) as Mei Changsu ({D:梅长苏}) / Lin Shu ({D:林殊})
Liu Tao ({D:刘涛}) as Princess Nihuang ({D:霓凰郡主})
Wang Kai ({D:王凯}) as Prince Jing, Xiao Jingyan ({D:萧景琰})

Supporting
Huang Weide ({D:黄维德}) as Yan Yujin ({D:言豫津})
Wu Lei ({D:吴磊}) as Fei Liu ({D:飞流}), Mei Changsu's young bodyguard
Chen Long ({D:陈龙}) as Prince Yu, Xiao Jinghuan ({D:萧景桓})

Synopsis

Twelve years after his father's army is destroyed by a false charge of treason, the sole survivor returns to the capital under a new name and a changed face. As the strategist Mei Changsu he helps the overlooked Prince Jing to rise, while quietly working to clear the names of the dead.

Reception

The series was one of the most-watched dramas of 2015 and holds a rating of 9.4 on Douban ({D:豆瓣}). A sequel set decades later, Nirvana in Fire 2: The Wind Blows in Chang Lin ({D:琅琊榜之风起长林}), followed in 2017 with a different cast.
""")

dd("lyrics-original-after", """
"The Moon Represents My Heart" – lyrics and translation

This song was made famous by Teresa Teng in 1977 and has been covered by hundreds of singers since. Here is my English translation first, for those who want the meaning, and the original Chinese lyrics after it for those who want to sing along.

English translation

You ask me how deep my love for you is,
how much I really love you.
My feelings are true, my love is true:
the moon represents my heart.

A gentle kiss has moved my heart;
a deep love makes me think of you until now.
You ask me how deep my love for you is:
the moon represents my heart.

Original lyrics ({D:月亮代表我的心})

{D:你问我爱你有多深}
{D:我爱你有几分}
{D:我的情也真 我的爱也真}
{D:月亮代表我的心}

{D:轻轻的一个吻 已经打动我的心}
{D:深深的一段情 教我思念到如今}
{D:你问我爱你有多深}
{D:月亮代表我的心}

Lyrics by Sun Yi ({D:孙仪}), music by Weng Ching-hsi ({D:翁清溪}).
""")

dd("shop-signs-quoted", """
Reading the signs: 10 Chinese notices every visitor should recognise

You can get by in big Chinese cities with English, but small shops and old neighbourhoods are a different story. These are the signs I photographed most often on my last trip, with what they mean.

{D:营业中} – Open. Often a hanging board; turn it over and it says {D:休息中}, "closed / resting".
{D:推} and {D:拉} – Push and pull, on doors. Easy to mix up, and everyone does.
{D:禁止吸烟} – No smoking.
{D:小心地滑} – Caution, slippery floor. Famously mistranslated on one sign as "Carefully slide".
{D:收银台} – Cashier.
{D:洗手间} or {D:卫生间} – Toilet. {D:男} is men, {D:女} is women.
{D:免费WiFi} – Free WiFi. The password is usually written underneath, or ask for {D:密码}.
{D:现金} – Cash. A sign reading {D:不收现金} means card or phone payment only, though this is technically not allowed.
{D:外卖} – Takeaway or delivery.
{D:排队} – Queue here.

My favourite was outside a noodle shop in Xi'an: {D:今日面条卖完}, "today's noodles are sold out". It was 11 in the morning.
""")

dd("wiki-bio-infobox", """
Tu Youyou

Tu Youyou (Chinese: {D:屠呦呦}; Pinyin: Tú Yōuyōu; born 30 December 1930) is a Chinese pharmaceutical chemist and malariologist. She discovered artemisinin and dihydroartemisinin, drugs that have saved millions of lives, and in 2015 became the first Chinese woman to receive a Nobel Prize in a science category.

Born: 30 December 1930, Ningbo, Zhejiang
Alma mater: Peking University Medical School
Known for: artemisinin ({D:青蒿素}, qīnghāosù)
Awards: Lasker Award (2011), Nobel Prize in Physiology or Medicine (2015), Medal of the Republic (2019)

Name
Her given name comes from a line in the Classic of Poetry: {D:呦呦鹿鸣,食野之苹} ("The deer call to one another, eating the wild wormwood"). By a remarkable coincidence, the plant named in the poem is related to the sweet wormwood, {D:青蒿}, from which she later extracted her drug.

Research
In 1969 Tu was appointed head of Project 523 at the Academy of Traditional Chinese Medicine, a secret military programme to find a cure for malaria. Her team screened more than 2,000 traditional recipes. A 4th-century text by Ge Hong ({D:葛洪}) suggested soaking the herb in cold water instead of boiling it, which led her to a low-temperature extraction method that preserved the active compound.

Tu has no postgraduate degree, no overseas training and was never elected to the Chinese Academy of Sciences, which earned her the nickname of the "three-no" scientist ({D:三无科学家}).
""")

dd("video-notes-en-first", """
Video notes: Making zongzi with my grandmother (Dragon Boat Festival special)

Here is the full narration from today's video. I've written the English first and the Mandarin I actually said on camera underneath, because several of you asked for both.

We start by soaking the bamboo leaves overnight so they become soft and don't crack when you fold them.
{D:我们先把粽叶泡一个晚上,这样叶子会变软,包的时候不会裂开。}

My grandmother uses glutinous rice that has been soaked for four hours, mixed with a little soy sauce.
{D:奶奶用的是泡了四个小时的糯米,拌一点酱油。}

Inside goes a piece of pork belly and a salted egg yolk. This is the southern style; in the north people prefer sweet fillings like red dates.
{D:里面放一块五花肉和一个咸蛋黄。这是南方的做法,北方人更喜欢甜的,比如红枣。}

Then you wrap it into a pyramid and tie it tightly with string. It took me about twenty tries.
{D:然后包成三角形,用绳子扎紧。我试了大概二十次才学会。}

Boil them for three hours and they're ready.
{D:煮三个小时就好了。}

Thanks for watching, and happy Duanwu! If you make your own, tag me.
Music: "Morning in Jiangnan" by a free library artist.
""")

dd("press-release-bilingual", """
PRESS RELEASE | For immediate release

Riverside Library opens Chinese-language collection

The Riverside Public Library will open a new Chinese-language collection on Saturday 12 October. {D:河滨公共图书馆将于10月12日星期六开放新的中文馆藏。} The collection includes more than 4,000 books, magazines and films for adults and children. {D:馆藏包括四千多册供成人和儿童阅读的图书、杂志和电影。}

About 9% of Riverside residents speak Chinese at home, according to the latest census. {D:根据最新人口普查,河滨约百分之九的居民在家中说中文。} "We want every family to find something to read in their own language," said library director Karen Osei. {D:图书馆馆长卡伦·奥塞说:"我们希望每个家庭都能找到用自己语言写的读物。"}

The opening day will include a storytime in Mandarin and Cantonese at 11 am and a calligraphy demonstration at 2 pm. {D:开放当天上午11点将举办普通话和粤语故事会,下午2点有书法表演。} All events are free. {D:所有活动均免费。}

Opening hours of the new collection
Monday to Thursday: 9 am – 8 pm
Friday and Saturday: 9 am – 5 pm
Sunday: closed

About Riverside Public Library
The library serves about 120,000 residents from three branches and a mobile library van.

Media contact: Daniel Kwan, Communications Officer, 555-0142
""")

dd("proverbs-list", """
Chinese proverbs about learning, with their meanings

These sayings are often quoted to students in China, by teachers and, more often, by parents.

{D:活到老,学到老。}
"Live until old, learn until old." You are never too old to learn.

{D:三人行,必有我师。}
"When three people walk together, one of them can be my teacher." From Confucius: you can learn something from everyone.

{D:熟能生巧。}
"Familiarity gives rise to skill." Practice makes perfect.

{D:书山有路勤为径,学海无涯苦作舟。}
"On the mountain of books, diligence is the path; on the endless sea of learning, hard work is the boat." Often written on classroom walls.

{D:不怕慢,就怕站。}
"Don't fear going slowly, fear only standing still." My favourite, and good advice for anyone learning Chinese.

{D:师傅领进门,修行在个人。}
"The master leads you to the door; the practice is up to you." A teacher can only do so much.

Do you know a proverb we missed? Leave it below with your own translation.
""")

dd("travel-guide-streets", """
A walking day in Beijing's hutongs

This route takes about five hours at an easy pace, including lunch. Street signs in the old city are bilingual, but taxi drivers often only know the Chinese names, so I have added them.

Start: Drum Tower ({D:鼓楼})
Get off at Shichahai station on Line 8 and walk south to the Drum and Bell Towers. The drum performances run every hour until 4:30pm.

Yandai Xiejie ({D:烟袋斜街})
This diagonal lane, whose name means "tobacco pouch slanting street", leads from the towers to the lakes. It is touristy but pretty.

Houhai Lake ({D:后海})
Walk round the north shore past the Silver Ingot Bridge ({D:银锭桥}). In winter the lake freezes and people skate on it.

Lunch: try a bowl of zhajiangmian ({D:炸酱面}) at one of the small places on Luoguxiang.

Nanluoguxiang ({D:南锣鼓巷})
Crowded on weekends; the side lanes to the east such as Mao'er Hutong ({D:帽儿胡同}) are much quieter and full of old courtyard houses.

End: Prince Gong's Mansion ({D:恭王府})
Allow two hours. Tickets are 40 yuan and must be booked online the day before.

Tip: if you get lost, show a local the characters {D:地铁站} ("metro station") and they will point you in the right direction.
""")

dd("footer-language-switch", """
Visit Xi'an – Official Tourism Portal

Home > Plan Your Trip > Getting Here

By air
Xi'an Xianyang International Airport is 40 km northwest of the city centre. There are direct flights from Paris, Moscow, Bangkok, Singapore and more than 140 domestic cities. Airport shuttle buses leave every 20 to 30 minutes and take about an hour to the Bell Tower.

By train
Xi'an North Railway Station handles most high-speed trains; the journey from Beijing takes about 4.5 hours and from Shanghai about 6 hours. The older Xi'an Railway Station, just outside the city wall, serves slower trains and the airport-style security queues can be long at holidays.

Metro
Line 2 connects Xi'an North Station with the Bell Tower and the city centre. Line 9 goes to Lintong, for the Terracotta Warriors.

Visa-free transit
Travellers from many countries can stay in Shaanxi for up to 144 hours without a visa when in transit to a third country.

Was this page helpful? Yes / No

About Us | Contact | Privacy | Sitemap
Language: English | {D:简体中文} | {D:繁體中文} | {D:日本語} | 한국어
{D:陕ICP备05001234号}
""")

dd("blog-long-article-mixed", """
What I learned from a year of reading Chinese novels in the original

When I started, I could barely get through a page of a children's book without a dictionary. Twelve months and nineteen books later, I can read most modern fiction with only the occasional look-up. Here is what worked, and what didn't.

Start with something you already know

My first real book was the Chinese translation of Harry Potter, {D:哈利·波特与魔法石}. Knowing the plot meant I could guess words from context instead of stopping every line. It also taught me that translated names can be strange: Hermione becomes {D:赫敏} (Hèmǐn) and Hogwarts becomes {D:霍格沃茨} (Huògéwòcí).

Then move to short modern novels

Yu Hua's To Live ({D:活着}) is short, uses simple everyday language and is so moving that you keep reading even when it's hard. After that I read Eileen Chang ({D:张爱玲}), whose Love in a Fallen City ({D:倾城之恋}) is much more literary, and I needed the dictionary again.

Don't be afraid of genre fiction

Liu Cixin's The Three-Body Problem ({D:三体}) was full of technical vocabulary, but the science words are usually logical compounds. {D:引力} (yǐnlì) is literally "pulling force", gravity. Once you see that, {D:电磁力} (electromagnetic force) is not so scary.

Keep a word list, but not too long

I wrote down only words I met three times. By the end my list had about 1,400 entries. The most useful single word turned out to be {D:居然} (jūrán), "unexpectedly", which novelists seem to love.

Read aloud sometimes

Chinese fiction is full of four-character phrases like {D:一模一样} (exactly alike) and {D:不知不觉} (without realising). Reading them aloud made them stick.

What I'd do differently

I would have started with graded readers sooner and spent less time on news articles, which use a formal written style that novels mostly avoid.

My reading list for next year: Mo Yan's Red Sorghum ({D:红高粱家族}), Lao She's Rickshaw Boy ({D:骆驼祥子}) and, if I'm brave, Journey to the West ({D:西游记}) in an abridged edition.

If you're starting out, pick one book you're excited about and just begin. You'll understand more than you think.
""")

dd("museum-labels", """
Room 33: Early Chinese bronzes

Ritual food vessel (ding)
{D:兽面纹鼎}
Shang dynasty, c. 1300–1050 BC
Bronze
Ding cauldrons were used to cook meat offered to ancestors. The large face on the side, called taotie ({D:饕餮}), is a pattern whose meaning is still debated; the name was given to it much later.

Wine vessel (zun) in the shape of an owl
{D:鸮尊}
Late Shang dynasty
Owls appear often on Shang bronzes and may have been linked with night, war or the spirit world.

Bell (bo) with inscription
{D:秦公镈}
State of Qin, Spring and Autumn period, c. 700 BC
The inscription on the body records the achievements of the rulers of Qin. Its opening words are {D:秦公曰}, "The Duke of Qin says".

Bronze mirror with the Four Spirits
{D:四神规矩镜}
Eastern Han dynasty, 1st–2nd century AD
The back shows the Azure Dragon ({D:青龙}), White Tiger ({D:白虎}), Vermilion Bird ({D:朱雀}) and Black Tortoise ({D:玄武}), the guardians of the four directions.

Audio guide: press 33 on your handset.
""")

dd("recipe-blog-glossed", """
Red-braised pork (hong shao rou) the Hunan way

Red-braised pork, {D:红烧肉} in Chinese, is the dish I make when friends come over. This version is the one said to be Mao Zedong's favourite, so in Hunan it is sometimes called {D:毛氏红烧肉}, "Mao family red-braised pork". It uses no soy sauce; the colour comes from caramelised sugar.

Ingredients (serves 4)
- 600 g pork belly, skin on
- 30 g rock sugar ({D:冰糖})
- 2 tbsp Shaoxing wine ({D:绍兴酒})
- 3 slices of ginger
- 2 star anise ({D:八角})
- 1 small piece of cassia bark
- 2–3 dried chillies
- salt to taste

Method
1. Cut the pork into 3 cm cubes and blanch in boiling water for 3 minutes. Drain.
2. Melt the rock sugar in a little oil over low heat until it turns amber. Be patient; if it burns it turns bitter.
3. Add the pork and stir until every piece is coated and glossy.
4. Add the wine, spices and enough hot water to just cover. Simmer, covered, for 60–75 minutes.
5. Uncover and boil to reduce the sauce until it clings to the meat.

Serve with plain rice and something green, like stir-fried bok choy.
""")

dd("hsk-word-list", """
HSK 4 vocabulary: feelings and emotions

These adjectives and verbs all appear in the HSK 4 exam. I have grouped them so that the near-synonyms are next to each other, because that is where learners get confused.

Happy
{D:高兴} gāoxìng – happy, glad (general, everyday)
{D:愉快} yúkuài – pleasant, cheerful (a bit more formal: {D:祝你周末愉快}, "have a pleasant weekend")
{D:开心} kāixīn – happy, having fun

Angry and upset
{D:生气} shēngqì – angry
{D:烦恼} fánnǎo – worried, vexed
{D:难过} nánguò – sad, upset
{D:失望} shīwàng – disappointed

Surprised and moved
{D:吃惊} chījīng – surprised, startled
{D:感动} gǎndòng – moved, touched
{D:激动} jīdòng – excited, worked up

Shy and proud
{D:害羞} hàixiū – shy
{D:骄傲} jiāo'ào – proud; also arrogant, depending on context

Quiz
How would you say "I was very moved by the film"?
Answer: {D:这部电影让我很感动。}

Download the flashcards for this list as a PDF below.
""")

dd("wiki-bio-infobox", """
Qi Baishi

Qi Baishi ({D:齐白石}; 1 January 1864 – 16 September 1957), born Qi Chunzhi ({D:齐纯芝}), was a Chinese painter known for the playful, often humorous style of his works. His paintings of shrimp, crabs, insects and flowers are among the most recognisable images of 20th-century Chinese art.

Chinese name
Traditional Chinese: {D:齊白石}
Simplified Chinese: {D:齐白石}
Hanyu Pinyin: Qí Báishí
Courtesy name: Weiqing ({D:渭清})
Art names: Baishi ({D:白石}), "White Stone"; Jiping ({D:寄萍}), "Drifting Duckweed"

Life
Qi was born into a poor farming family in Xiangtan, Hunan. He worked as a carpenter before teaching himself to paint from a printed manual, the Mustard Seed Garden Manual of Painting ({D:芥子园画谱}). He moved to Beijing in 1917 and spent most of the rest of his life there.

He was also a fine seal carver and calligrapher, and liked to say that his seal carving was first, his poetry second, his calligraphy third and his painting fourth.

Legacy
In 2017 his set of twelve landscape screens sold in Beijing for more than 930 million yuan, at the time a record for a Chinese artwork.
""")

dd("podcast-notes-zh-first", """
The Tea Break – Episode 47: Why do Chinese people say "Have you eaten?"

In this episode Mei and Tom talk about greetings. Mei's Mandarin lines are printed first, with Tom's translation below, so you can practise your listening.

{D:在中国,很多人见面的时候会问"吃了吗?",其实他们并不是真的想知道你吃了什么。}
In China many people ask "Have you eaten?" when they meet, but they don't really want to know what you ate.

{D:这跟英语里的"How are you?"差不多,只是一种打招呼的方式。}
It's much like "How are you?" in English, just a way of saying hello.

{D:你可以回答"吃了",也可以说"还没呢",对方一般不会请你吃饭。}
You can answer "I have" or "Not yet", and the other person usually won't invite you for a meal.

{D:年轻人现在更常说"你好"或者"嗨"。}
Young people now more often say "Nǐ hǎo" or just "Hi".

Word of the week: {D:打招呼} dǎ zhāohu – to greet someone.

Next week: how to refuse politely, in three levels of directness.
""")

dd("name-translation-page", """
Your English name in Chinese: how it works

When people ask us to "translate" their name into Chinese, there are two quite different things they might mean. Here is a short explanation, with examples from names our readers have sent in.

1. Sound-based names
Most foreign names are written with characters chosen for their sound. The official Xinhua guidelines give standard characters for common names, so "David" is {D:大卫} (Dàwèi) and "Sarah" is {D:萨拉} (Sàlā). These look obviously foreign to Chinese readers, a bit like "Zhang" looks foreign in English.

2. Real Chinese names
If you will live or work in China, you may want a name that sounds Chinese: a one-character surname and a one- or two-character given name. The surname is often chosen to match the first sound of your family name. Ms Thompson might become {D:唐} (Táng), a common and elegant surname.

Choosing the given name
Pick characters with good meanings, and check them with a native speaker. For example:
{D:明} (míng) – bright
{D:安} (ān) – peaceful
{D:文} (wén) – cultured, literary
{D:华} (huá) – splendid; also means China

So our reader Emily Thompson now signs her emails {D:唐明安} (Táng Míng'ān). Avoid characters that sound like unlucky words; {D:四} (four) sounds like {D:死} (death), for example.
""")

dd("restaurant-menu-dimsum", """
Lucky Garden Dim Sum – Weekend Brunch (10am–3pm)

Tick the boxes on your order sheet and hand it to our staff. Small $5.80, Medium $6.80, Large $7.80, Special $8.80.

Steamed
S [ ] Har gow – shrimp dumplings {D:虾饺}
S [ ] Siu mai – pork and shrimp dumplings {D:烧卖}
M [ ] Char siu bao – BBQ pork buns {D:叉烧包}
M [ ] Chicken feet in black bean sauce {D:豉汁凤爪}
L [ ] Rice noodle roll with beef {D:牛肉肠粉}
L [ ] Sticky rice in lotus leaf {D:糯米鸡}

Fried and baked
M [ ] Spring rolls {D:春卷}
M [ ] Taro dumplings {D:芋角}
L [ ] Turnip cake {D:萝卜糕}

Sweet
S [ ] Egg tarts {D:蛋挞}
M [ ] Mango pudding {D:芒果布丁}
SP [ ] Deep-fried custard buns {D:流沙包}

Tea is charged at $2.50 per person. Our house tea is pu'er ({D:普洱}); jasmine ({D:茉莉花茶}) and chrysanthemum are also available on request.

Please note that dishes come out of the kitchen as they are ready, not in the order listed.
""")

dd("poem-original-after", """
Spring View by Du Fu (757 AD)

Du Fu wrote this poem in the spring of 757, when he was a prisoner in the occupied capital Chang'an during the An Lushan Rebellion. The city lay in ruins, and he had no news of his family.

My translation

The state is broken; the mountains and rivers remain.
Spring comes to the city; grass and trees grow thick.
Moved by the times, the flowers shed tears;
grieving at parting, the birds startle the heart.
The beacon fires have burned for three months;
a letter from home is worth ten thousand in gold.
I scratch my white hair and it grows thinner,
so thin it can hardly hold a hairpin.

The original, {D:春望}

{D:国破山河在,城春草木深。}
{D:感时花溅泪,恨别鸟惊心。}
{D:烽火连三月,家书抵万金。}
{D:白头搔更短,浑欲不胜簪。}

The second couplet can also be read the other way round: it is the poet who weeps at the flowers and is startled by the birds. Chinese grammar allows both, and translators have argued about it for centuries.
""")

dd("app-review-brand-names", """
The best apps for living in China as a foreigner (2025 update)

I've lived in Shenzhen for six years. These are the apps on my home screen, with the Chinese names so you can find them in the app store.

WeChat ({D:微信})
Messages, payments, mini programs for everything from hospitals to parking. You cannot live without it.

Alipay ({D:支付宝})
Now accepts foreign Visa and Mastercard cards. The built-in translation tool is useful in restaurants.

Meituan ({D:美团})
Food delivery, hotel booking and shared bikes. The English is limited, so learn the button {D:去结算} ("go to checkout").

Didi ({D:滴滴出行})
Ride hailing. The international version of the app has an English interface and lets you message drivers with auto-translation.

Amap ({D:高德地图})
Far more accurate than Google Maps in China. Search in pinyin or characters.

Taobao ({D:淘宝})
Online shopping. Delivery to most cities takes one to three days.

Pleco
Not a Chinese app, but the best Chinese–English dictionary there is. Its handwriting input saves me daily.

Bonus: 12306 ({D:铁路12306}), the official railway booking app, now has an English mode that works well with a passport.
""")

dd("grammar-point", """
{D:了} (le) after verbs vs. at the end of a sentence

Title note: this page is about the particle {D:了}, one of the hardest small words in Chinese.

1. Verb + {D:了}: the action is completed

{D:我买了三本书。}
I bought three books.

{D:他喝了一杯咖啡就走了。}
He drank a cup of coffee and then left.

Here {D:了} follows the verb and usually needs a quantity or some other detail after it. {D:我买了书} on its own sounds unfinished, as if you were about to say more.

2. Sentence + {D:了}: a change of situation

{D:下雨了。}
It's raining (now – it wasn't before).

{D:我不想去了。}
I don't want to go any more.

3. Both together

{D:我学了两年中文了。}
I have been studying Chinese for two years (and still am).

Compare {D:我学了两年中文}, "I studied Chinese for two years", which suggests you have stopped.

Practice
Translate: "She has already arrived." Answer: {D:她已经到了。}
""")


# ---------------------------------------------------------------- leftovers

ll("gov-news-glued-clauses", """
{L:当前位置}:{L:首页} > News > Work Updates

The municipal government held an executive meeting to study the work of flood prevention

{L:发布时间}:2024-06-03 {L:来源}:Municipal Government Office {L:浏览次数}:1263

On the morning of June 3,Mayor Wang Jianguo presided over the 37th executive meeting of the municipal government,Study and deploy the city's flood prevention and disaster reduction work during the main flood season。

The meeting stressed,{L:要切实增强防汛工作的责任感和紧迫感,坚决克服麻痹思想和侥幸心理},Continuously improve the level of monitoring, early warning and emergency response,Make every effort to protect the safety of people's lives and property。

The meeting pointed out that this year the city's rainfall is expected to be 20% higher than normal,{L:各区县要对辖区内的河道、水库、地质灾害隐患点开展拉网式排查},All hidden dangers found must be rectified before June 15。

The meeting also studied other matters。

{L:打印本页} {L:关闭窗口}

{L:上一篇}:The city held a special meeting on safe production in the first half of the year
{L:下一篇}:{L:我市召开优化营商环境工作推进会}
""")

ll("univ-news-byline-credits", """
School of Materials holds 2024 graduate academic forum

{L:作者}:Li Na {L:摄影}:Zhao Peng {L:来源}:School of Materials Science and Engineering {L:日期}:2024-11-20

On November 18,The 2024 Graduate Academic Forum of the School of Materials Science and Engineering was held in the lecture hall of the new laboratory building。More than 200 teachers and students attended the forum。

Professor Chen Hui, dean of the college, delivered a speech,He encouraged graduate students to focus on major national needs, be brave in exploring the unknown, and write papers on the land of the motherland。

{L:图为论坛开幕式现场}

In the academic report session,Six doctoral students shared their research results on high-entropy alloys, perovskite solar cells, solid-state batteries and other directions,{L:与会专家逐一进行了点评,并就实验设计和论文写作提出了具体建议}。

After evaluation by the expert group,A total of 3 first prizes, 6 second prizes and 10 third prizes were selected。

{L:图为获奖研究生与评委合影}

The forum has been held for 12 consecutive years,It has become an important platform for academic exchanges among graduate students in the college。

{L:责任编辑}:Wang Xue {L:审核}:Liu Bin
""")

ll("hospital-news-whole-paragraph", """
Our hospital successfully carried out the first robot-assisted knee replacement surgery in the province

Release time: 2024-09-12 Source: Department of Orthopedics

Recently,The Department of Orthopedics of our hospital successfully completed the first robot-assisted total knee replacement operation in the province,The patient is a 68-year-old woman who has suffered from knee osteoarthritis for more than 10 years。

{L:患者张阿姨十年前开始出现右膝关节疼痛,近两年疼痛加重,行走不足一百米就需要休息,上下楼梯十分困难,严重影响日常生活。在多家医院就诊后,她慕名来到我院骨科。经过详细检查和多学科讨论,骨科团队决定为其实施机器人辅助全膝关节置换术。}

With the help of the robot system,The surgeon can plan the position of the prosthesis in three dimensions before the operation,During the operation, the robotic arm limits the range of bone cutting to within 1 millimeter。Compared with traditional surgery,The trauma is smaller, the bleeding is less and the recovery is faster。

The operation lasted about 90 minutes,The patient was able to walk with the help of a walker on the second day after surgery。

{L:骨科主任李建华表示,下一步科室将把机器人技术逐步推广到髋关节置换和脊柱手术中,让更多患者受益。}

{L:相关新闻}
Our hospital held a free clinic on osteoporosis prevention
{L:我院骨科获批省级临床重点专科}
""")

ll("company-news-spam-injected", """
Greenfield Machinery signs cooperation agreement with German partner

2024-05-21 | Company News

On May 20,Greenfield Machinery Co., Ltd. and Hoffmann Antriebstechnik GmbH signed a strategic cooperation agreement in Changzhou,The two sides will jointly develop high-precision reducers for industrial robots。

General manager Xu Ming said,This cooperation is an important step in the company's internationalization strategy,It will help the company enter the high-end market in Europe。

According to the agreement,The two parties will set up a joint research center in Changzhou,Investment of 50 million yuan in the first phase,It is expected to be put into operation in the second half of 2025。

{L:澳门威尼斯人线上娱乐城,注册即送88元,真人百家乐24小时在线,点击进入}

Greenfield Machinery was founded in 1998,Mainly engaged in the design and manufacture of gearboxes, reducers and transmission components,Products are exported to more than 40 countries and regions。

{L:急用钱?无抵押贷款,当天放款,最高50万,微信同号}

Previous: Greenfield Machinery passed the ISO 14001 environmental management system recertification
Next: The company held a staff skills competition

Copyright © Greenfield Machinery Co., Ltd. {D:苏ICP备10087654号}
""")

ll("gov-notice-table-cell", """
Notice on the publication of the list of 2024 municipal science and technology projects

In accordance with the relevant provisions,After project application, formal review, expert evaluation and other procedures,The list of municipal science and technology projects in 2024 is hereby publicized as follows:

| No. | Project name | Undertaking unit | Funding (10,000 yuan) |
|---|---|---|---|
| 1 | Research on intelligent monitoring of urban water supply network | Municipal Water Group | 80 |
| 2 | {L:新型农作物病虫害绿色防控技术示范} | Municipal Academy of Agricultural Sciences | 60 |
| 3 | Development of low-cost sodium-ion battery cathode materials | Huaxin New Energy Co., Ltd. | 100 |
| 4 | Clinical application of AI-assisted diagnosis of lung nodules | {L:市第一人民医院} | 50 |
| 5 | Key technologies for recycling construction waste | {L:市建筑科学研究院有限公司} | 45 |

The publicity period is from July 1 to July 7, 2024。During the publicity period,If you have any objection, please report it in writing to the Municipal Science and Technology Bureau,{L:以单位名义提出异议的,应当加盖公章;以个人名义提出异议的,应当签署真实姓名并提供联系方式}。

Contact number: 0512-6825 0000

Municipal Science and Technology Bureau
June 30, 2024
""")

ll("univ-news-same-subject-caption", """
University holds 2024 autumn sports meeting

{L:发布者}:Publicity Department {L:发布时间}:2024-10-26 {L:点击}:2108

On October 24 and 25,The 62nd Autumn Sports Meeting of our university was held in the East Campus stadium。More than 1,800 athletes from 23 colleges took part in 36 events。

{L:图为开幕式上各学院代表队依次入场,机械工程学院代表队以整齐的步伐获得最佳方阵奖}

At the opening ceremony,Vice President Zhou Li announced the opening of the sports meeting。

In the competition,Two school records were broken: the men's 1,500 meters and the women's long jump。Zhang Yue from the School of Foreign Languages jumped 5.92 meters,Breaking the record set in 2009。

{L:张悦赛后表示,她从初中开始练习跳远,这次破纪录离不开教练的帮助,明年还想挑战六米。}

After two days of fierce competition,The School of Physical Education won the first place in the group total score,The School of Civil Engineering and the School of Computer Science ranked second and third。

{L:图为校领导为获奖学院颁奖}

{L:责任编辑}:Sun Ying
""")

ll("company-product-page-headings", """
{L:产品中心}

Home > Products > LED Panel Lights

{L:产品特点}

Ultra-thin design, only 9 mm thick,Easy to install on ceilings and walls
Uniform light, no glare, no flicker,Protect your eyes
High luminous efficiency up to 120 lm/W,Save more than 60% energy compared with traditional fluorescent lamps
Service life of more than 50,000 hours

{L:技术参数}

Power: 36W / 48W
Colour temperature: 3000K / 4000K / 6500K
Size: 600 × 600 mm, 300 × 1200 mm
Input voltage: AC 100–277V
{L:防护等级}: IP40
Warranty: 5 years

{L:应用场所}:Offices, schools, hospitals, shopping malls, subway stations

{L:品质第一,客户至上}

Contact us for free samples and a quotation within 24 hours.
{L:在线留言} | {L:联系我们}
""")

ll("news-comments-section", """
New subway line 6 to open at the end of the year, 12 stations in the first phase

City News | 2024-08-15 09:32

The Metro Group announced on Wednesday that the first phase of Line 6 will open for operation before December 31,The line is 21.4 kilometers long,Set 12 stations,Connect the high-speed railway station with the new development zone in the east。

According to the person in charge,All stations have completed civil construction,Track laying is about 90% complete,The system will begin trial running in October。

After the opening,It takes only 28 minutes from the high-speed railway station to the Science and Technology Park,Currently it takes more than an hour by bus。

Comments (4)

Netizen 138****2201: {L:终于要通了!我每天上班坐公交要一个半小时。}
Netizen from Eastern District: {L:希望站点附近能多建几个停车场,不然还是不方便。}
Li Xiaolong: Will the fare be the same as other lines?
Netizen 159****8873: {L:年底能通吗?去年也是这么说的。}

{L:我要评论}

{L:热点新闻}
The city's GDP grew by 5.6% in the first half of the year
{L:暑期游泳安全提示}
""")

ll("gov-speech-full-stop-slogans", """
The county held a mobilization meeting for the creation of a national civilized city

On the afternoon of March 8,The county held a mobilization meeting for the creation of a national civilized county town。County Party Secretary Liu Zhiqiang attended and delivered a speech。

Liu Zhiqiang pointed out,Creating a civilized city is a livelihood project that benefits the people。{L:全县上下要统一思想、提高认识,以更高标准、更严要求、更实举措推进创建工作}。

He demanded,First, we should focus on improving the urban environment,Intensify the rectification of garbage, illegal parking and street stalls。Second, we should strengthen the construction of volunteer service teams。{L:三是要压实责任,建立健全督查考核机制,对工作不力的单位和个人严肃问责。}

At the meeting,The county civilization office arranged the creation tasks for this year,{L:各乡镇、各部门负责人签订了目标责任书}。

{L:人人参与创建 人人共享文明}

{L:创建全国文明城市 建设美好幸福家园}

Source: County Convergence Media Center
""")

ll("hospital-notice-cms", """
{L:您现在的位置}:{L:首页} > {L:通知公告}

Notice on the adjustment of outpatient hours during the National Day holiday

In order to ensure the medical needs of the masses during the National Day holiday,In accordance with the relevant requirements of the higher authorities,The outpatient service arrangements of our hospital during the holiday are hereby notified as follows:

1. October 1 to October 3: The emergency department is open 24 hours a day,General outpatient clinics are closed,{L:专家门诊暂停}。

2. October 4 to October 7: Outpatient services of internal medicine, surgery, pediatrics, obstetrics and gynecology are open in the morning (8:00–12:00)。

3. {L:10月8日起恢复正常门诊。}

4. Inpatient services, emergency services and the fever clinic will operate as usual during the holiday。

{L:节假日期间如有急诊需要,请拨打急诊电话:0731-8888 0120}

We apologize for any inconvenience caused。

Hospital Office
September 25, 2024

{L:分享到}: WeChat Weibo QQ
""")

ll("travel-mirror-gloss-and-leftover", """
Palace Museum to extend opening hours for summer

Beijing, June 28 – The Palace Museum, also known as the Forbidden City ({D:故宫}), will extend its opening hours from July 1 to August 31,Visitors can enter until 17:00 and the museum will close at 18:00。

The daily limit of visitors remains at 40,000,All tickets must be booked online in advance with a valid ID or passport。{L:故宫博物院提醒游客,暑期客流量大,请提前七天预约,现场不售票}。

During the summer,An exhibition of Qing dynasty court clocks will be shown in the Hall of Ancestral Worship ({D:奉先殿}),More than 150 clocks from the museum's collection will be on display,Some of them have never been shown to the public before。

{L:展览期间,奉先殿钟表馆每天上午十点和下午三点将进行钟表演示,每次限额五十人。}

Visitors are reminded to bring water and sun protection,{L:并注意文明参观,不要攀爬栏杆}。

Ticket prices: 60 yuan (April–October), 40 yuan (November–March),Students with a valid card pay half price。

Editor: Han Lu
{L:【打印】} {L:【关闭】}
""")

ll("univ-news-long-mixed", """
Our university signed a strategic cooperation agreement with the Provincial Energy Group

{L:发布时间}:2024-04-17 {L:作者}:Office of Science and Technology {L:审核}:Zhang Lei {L:浏览量}:3411

On April 16,Our university and Provincial Energy Group Co., Ltd. signed a strategic cooperation agreement in the main building。Party Secretary Li Wenbin, President Zhao Qiang, Chairman of the Group Ma Zhenhua and General Manager Qian Yong attended the signing ceremony。

Li Wenbin welcomed Ma Zhenhua and his delegation,He said,The university has always attached great importance to serving local economic and social development,{L:近年来学校在新能源、储能、智能电网等领域取得了一批重要成果,与集团的发展方向高度契合},We hope that both sides will take this signing as an opportunity,Deepen cooperation in scientific research, talent training and achievement transformation。

Ma Zhenhua said,The group is in a critical period of transformation from traditional energy to clean energy,Urgently needs the support of high-level talents and advanced technologies。{L:集团将每年设立不少于两千万元的联合研发基金,重点支持海上风电、氢能和新型储能技术攻关。}

According to the agreement,The two sides will jointly build a research institute for new energy,Jointly carry out postgraduate training,Set up internship bases for undergraduate students。

{L:签约仪式上,双方还为"新能源联合研究院"揭牌,并签署了首批六个合作项目协议,合同金额共计三千八百万元。}

Before the signing ceremony,Ma Zhenhua and his party visited the State Key Laboratory of Power Transmission Equipment and the Energy Storage Engineering Center,{L:详细了解了学校在固态电池和压缩空气储能方面的研究进展}。

In recent years,The cooperation between the two sides has achieved fruitful results。Since 2019,The university has undertaken 27 scientific research projects entrusted by the group,With a total contract value of 96 million yuan,{L:其中"大型燃煤机组灵活性改造关键技术"项目获得省科技进步一等奖}。More than 300 graduates of the university have joined the group,Many of them have become technical backbones。

At the symposium after the signing,Representatives of both sides discussed specific plans for the joint training of engineering master's students,{L:双方商定今年秋季首批招收三十名联合培养研究生,实行校企双导师制}。

Heads of relevant functional departments and colleges of the university,{L:集团相关部门和下属企业负责人参加签约仪式}。

{L:图为签约现场}

{L:图为揭牌仪式}

{L:相关阅读}
Our university won 3 provincial science and technology progress awards
{L:学校召开2024年科技工作会议}
Our university held a symposium on school-enterprise cooperation

{L:上一篇}:{L:学校举行第十四届教职工代表大会}
{L:下一篇}:President Zhao Qiang went to the Eastern Campus to inspect the construction progress
""")

ll("gov-site-zh-link-leftover", """
{D:中文} | English

Provincial Department of Commerce

Home > News Release > Foreign Trade

Foreign trade of the province in the first quarter of 2024

According to statistics from the customs,In the first quarter,The total import and export value of the province was 312.6 billion yuan,An increase of 8.4% year-on-year,Higher than the national average by 3.4 percentage points。

Among them,Exports reached 205.1 billion yuan, up 10.2%;Imports were 107.5 billion yuan, up 5.1%。

{L:从贸易方式看,一般贸易进出口占比提升至百分之六十五点三,加工贸易占比继续下降。}

Exports of electric vehicles, lithium batteries and solar cells, the "new three items",Increased by 36.7%,{L:成为拉动出口增长的主要力量}。

The province's trade with ASEAN grew by 15.6%,ASEAN remains the province's largest trading partner。{L:与欧盟贸易下降百分之二点一,与美国贸易基本持平。}

Next step,The department will continue to help enterprises explore diversified markets,{L:稳住外贸基本盘}。

{L:来源}:Foreign Trade Division {L:字号}:{L:大} {L:中} {L:小}
""")

ll("company-about-leftover-para", """
About Dongsheng Precision

Company Profile

Dongsheng Precision Technology Co., Ltd. is a national high-tech enterprise specializing in the research, development and production of precision stamping dies and metal parts. The company was established in 2003 and is located in Dongguan, Guangdong Province.

{L:公司占地面积三万平方米,现有员工六百余人,其中工程技术人员一百二十人。拥有日本AIDA、德国Schuler等高速精密冲床八十余台,年产各类精密零件超过五亿件。}

Our products are widely used in automotive electronics, new energy batteries, communication equipment and household appliances,Main customers include BYD, Huawei, Bosch and other well-known enterprises at home and abroad。

{L:企业文化}

Mission: {L:让中国制造更精密}
Vision: To become a world-class supplier of precision components
Values: Integrity, innovation, quality, win-win

Honors
National Specialized and Innovative "Little Giant" Enterprise
{L:广东省工程技术研究中心}
IATF 16949 Automotive Quality Management System Certification

Copyright © 2024 Dongsheng Precision {D:粤ICP备15023456号-2}
""")

ll("hospital-doctor-profile-table", """
Expert Introduction

Department of Cardiology

| Name | Title | Specialty | Outpatient time |
|---|---|---|---|
| Wang Hong | Chief physician, professor | Coronary heart disease, interventional therapy | Monday morning, Thursday morning |
| Liu Jie | Chief physician | Arrhythmia, radiofrequency ablation | {L:周二全天} |
| Chen Xiaomei | Associate chief physician | Hypertension, heart failure | Wednesday afternoon |
| Zhao Gang | {L:副主任医师} | Structural heart disease | Friday morning |

Wang Hong,Director of the Department of Cardiology,Doctoral supervisor,{L:中华医学会心血管病学分会委员,省医学会心血管病学专业委员会副主任委员}。He has been engaged in clinical work in cardiology for more than 30 years,Has completed more than 8,000 coronary interventional operations。

Liu Jie,Graduated from Peking Union Medical College with a doctorate,Studied at the Cleveland Clinic in the United States from 2015 to 2016,{L:擅长各种复杂心律失常的诊断和导管消融治疗}。

{L:预约挂号}:Please make an appointment through the hospital's WeChat official account or call 0371-6655 1234。

{L:温馨提示}:{L:专家门诊时间如有变动,以当日挂号信息为准。}
""")

ll("school-news-short-leftovers", """
Primary school students visit the science museum

{L:来源}:Experimental Primary School {L:时间}:2024-05-10

On May 9,More than 300 fourth-grade students of our school went to the Municipal Science and Technology Museum for a study tour。

In the space exhibition hall,The students watched a model of the Tiangong space station and listened to the lecturer explain how astronauts live in space。{L:同学们纷纷举手提问}。

In the robot area,Students tried to control a robot arm to pick up small balls,{L:现场气氛热烈}。

This activity is part of the school's "Science Week",It aims to stimulate students' interest in science。Student Li Haoran said,I want to become an astronaut in the future。

{L:图为学生在展馆内参观}

{L:图为学生体验机器人}

Text: Teacher Huang
{L:编辑}:Xu Fang
""")

ll("gov-meeting-long-glued", """
The Provincial Government Held a Video and Telephone Conference on Work Safety

{L:信息来源}:Provincial Emergency Management Department {L:发布日期}:2024-01-12

On January 11,The provincial government held a video and telephone conference on work safety,Summarize the work safety in 2023,Analyze the current situation,Deploy key tasks for 2024 and the Spring Festival period。Vice Governor Sun Weidong attended and spoke。

The meeting pointed out,In 2023,The province's production safety accidents and deaths both decreased,There were no particularly serious accidents throughout the year,{L:全省安全生产形势总体平稳向好}。

The meeting emphasized,{L:岁末年初是各类事故易发多发期,春节前后人流物流高度集中,安全风险明显增加},All regions and departments must resolutely overcome the mentality of paralysis,{L:坚持人民至上、生命至上},We will do everything possible to prevent and resolve major security risks。

The meeting demanded,We should focus on key industries such as mining, hazardous chemicals, road traffic, construction and gas,{L:深入开展隐患排查整治},We will crack down on illegal activities。{L:要加强值班值守,严格执行领导带班和24小时值班制度,确保信息畅通、反应迅速、处置有力。}

Sun Weidong also went to a gas station and a shopping mall in the city center for an unannounced inspection。

{L:各市州、县市区政府和省安委会成员单位负责同志在各分会场参加会议。}
""")

ll("blog-mirror-comments-spam", """
10 things to do in Hangzhou in two days

Posted by Xiaomi Travel Notes · March 2024 · 14 comments · Translated from our Chinese edition

Hangzhou is only an hour from Shanghai by high-speed train, and West Lake ({D:西湖}) alone is worth the trip. Here is how I spent a long weekend there.

Day 1
Walk the Su Causeway in the early morning before the tour groups arrive. Rent a bike at the north end and ride to Lingyin Temple ({D:灵隐寺}) in the afternoon. In the evening, watch the music fountain show on the lake at 7pm and 8pm.

Day 2
Take a bus to the Longjing tea villages, where farmers will invite you in to taste the new spring tea. Buy from someone who lets you try it first. Finish with dinner on Hefang Street.

Comments

Netizen 2231: Great list! How much was the bike rental?
Author: About 15 yuan an hour, and you need a phone number to unlock it.
{L:杭州本地人:推荐大家去茅家埠,人少景美,拍照特别好看。}
{L:正规代开发票,各类增值税发票,联系电话一三九八八八八六六六六}
Netizen Lucy Wang: Saving this for my trip in May!
{L:网友8812:龙井村的茶很多是外地运来的,大家小心别被骗。}
""")

ll("gov-policy-qa-leftover", """
Policy Interpretation: Questions and Answers on the New Housing Provident Fund Loan Policy

Q1: What are the main changes in the new policy?
A: From March 1, 2024,The maximum loan amount for families buying their first home will be raised from 600,000 yuan to 800,000 yuan,{L:多子女家庭在此基础上可再上浮二十万元}。

Q2: Who can apply?
A: Employees who have paid the housing provident fund continuously for more than 6 months,And have no unpaid provident fund loans。

Q3: Does the new policy apply to second homes?
A: {L:购买第二套住房的,首付比例不低于百分之三十,贷款利率按现行政策执行。}

Q4: How do I apply?
A: You can apply online through the "Provident Fund" mini program,Or go to any service hall with your ID card, purchase contract and income certificate。{L:线上申请一般五个工作日内完成审批}。

Q5: What should I do if I have more questions?
A: Please call the service hotline 12329。

{L:扫一扫在手机打开当前页}
{L:政策解读} | {L:相关文件}
""")

ll("univ-admission-mixed", """
2025 International Student Admission Guide

{L:招生简章}

I. Introduction
Founded in 1952,The university is a key university under the "Double First-Class" initiative,There are 26 colleges and more than 40,000 full-time students,Including about 1,500 international students from 90 countries。

II. Programs
Undergraduate programs taught in Chinese: Clinical Medicine, Civil Engineering, International Trade, Chinese Language
Master's programs taught in English: Mechanical Engineering, Computer Science, Public Health
{L:博士研究生项目详见各学院招生目录}

III. Application requirements
1. Non-Chinese citizens in good health, aged 18–35 for undergraduates
2. HSK Level 4 (180 points or above) for programs taught in Chinese
3. IELTS 6.0 or TOEFL 80 for programs taught in English

IV. Fees
Application fee: 600 yuan
Tuition: 22,000–40,000 yuan per academic year
{L:住宿费:双人间每人每年六千元,单人间每年一万元}

V. Scholarships
Chinese Government Scholarship, Provincial Government Scholarship and University Scholarship。{L:奖学金申请截止日期为2025年3月31日}。

Contact: International Student Office, Tel +86 27 8765 0000
""")

ll("company-press-same-subject", """
Sunrise Dairy releases 2023 annual report: revenue exceeds 10 billion yuan for the first time

2024-04-02 Investor Relations

On March 30,Sunrise Dairy Co., Ltd. released its 2023 annual report。During the reporting period,The company achieved operating revenue of 10.36 billion yuan,A year-on-year increase of 12.8%;Net profit attributable to shareholders was 740 million yuan,An increase of 9.1%。

{L:2023年公司营业收入首次突破百亿元,其中低温奶业务收入同比增长百分之二十三,增速位居行业前列。}

The company's milk source base continued to expand,By the end of the year,It has 18 modern pastures,The number of dairy cows exceeded 65,000。{L:全年新建牧场两座,奶牛单产达到每年十一点五吨,比上年提高零点六吨}。

In 2024,The company plans to invest 1.2 billion yuan in capacity expansion and digital transformation,{L:力争全年营业收入增长百分之十以上}。

Chairman Zhou Dawei said,{L:我们将坚持"好奶源、好产品"的战略,不断提升品牌影响力,为股东创造更大价值。}

{L:投资者热线}:400-800-1234
""")

ll("gov-visit-photo-captions", """
Provincial leaders inspect rural revitalization work in the southern mountain area

On July 16 and 17,Zhang Qingsong, member of the Standing Committee of the Provincial Party Committee and executive vice governor, went to Lishui and Jinyun County to investigate the work of rural revitalization。

{L:图为张庆松在丽水市莲都区考察高山蔬菜基地}

In Xiayuan Village,Zhang Qingsong walked into the village's cooperative and homestays,Learn in detail about the development of rural tourism and the increase in villagers' income。The village received more than 200,000 tourists last year,{L:村集体经营性收入达到一百八十万元}。

{L:图为张庆松与村民亲切交谈,询问今年茶叶收成和销售价格}

Zhang Qingsong stressed,We must make good use of the advantages of ecological resources in mountainous areas,{L:把绿水青山转化为金山银山},Promote the integrated development of primary, secondary and tertiary industries。

Source: Provincial Government Network
{L:【字体:大 中 小】} {L:【打印】}
""")

ll("news-site-nav-junk", """
{L:首页} | {L:新闻} | {L:体育} | {L:财经} | {L:娱乐} | {L:科技} | {L:汽车}

Typhoon "Gaemi" makes landfall in Fujian, more than 200,000 people evacuated

2024-07-25 21:18:06 Source: Xinhua Net

Typhoon Gaemi, the third typhoon of this year,Made landfall in Xiuyu District, Putian City, Fujian Province at around 19:50 on July 25,The maximum wind force near the center is level 12 (33 meters per second)。

Before the landfall,Fujian has relocated more than 200,000 people from dangerous areas,{L:全省沿海渔船全部回港避风},All ferries have been suspended。

The meteorological department predicts that from the 25th to the 27th,There will be heavy rain or rainstorm in most parts of Fujian, Zhejiang and Jiangxi,{L:局部地区累计雨量可达二百五十毫米以上}。

{L:分享到}: {L:微博} {L:微信} QQ

{L:相关新闻}:
Fujian launched a level I emergency response to typhoon
{L:台风"格美"过境台湾,已造成多人伤亡}
Railway: some trains from Fujian to Zhejiang suspended on July 26

{L:热门推荐}
{L:这种水果夏天千万别多吃}
""")

ll("univ-lecture-notice-fields", """
Academic Lecture Notice

{L:讲座题目}:Machine Learning Methods for Climate Prediction
{L:主讲人}:Professor Michael Ross, University of Reading
{L:时间}:November 12, 2024 (Tuesday) 14:30–16:30
{L:地点}:Room 301, Meteorology Building
{L:主办单位}:School of Atmospheric Sciences

About the speaker:
Michael Ross is a professor of meteorology at the University of Reading,His main research interests are seasonal forecasting, climate modeling and machine learning。He has published more than 120 papers in Nature, Journal of Climate and other journals,{L:现任英国皇家气象学会会士}。

Abstract:
In recent years,Machine learning models have shown great potential in weather and climate prediction,This report will introduce the latest progress in data-driven seasonal forecasting,And discuss how physical constraints can improve the reliability of these models。

{L:欢迎广大师生参加!}

School of Atmospheric Sciences
November 8, 2024
""")

ll("hospital-health-article-long", """
Don't ignore these early signs of stroke

Health Science | Department of Neurology | 2024-10-29

October 29 is World Stroke Day。Stroke is one of the leading causes of death and disability in China,Every year there are about 3.9 million new cases。Experts remind,Stroke can be treated effectively if the patient reaches the hospital in time,{L:但很多患者因为没有及时识别早期症状而错过了最佳治疗时间}。

How to recognize a stroke?

Doctors recommend remembering "BE FAST":
B (Balance): Sudden loss of balance or dizziness
E (Eyes): Sudden blurred vision or loss of vision
F (Face): Face drooping on one side,{L:微笑时嘴角歪斜}
A (Arms): Weakness or numbness in one arm
S (Speech): Slurred speech or difficulty understanding
T (Time): Call 120 immediately

{L:"中风120"是我国的另一种识别方法:"1"是看一张脸是否不对称,"2"是查两只手臂是否有一侧无力,"0"是聆听说话是否清晰。}

Why is time so important?

After a stroke,About 1.9 million brain cells die every minute。Intravenous thrombolysis is most effective within 4.5 hours of onset,{L:机械取栓的时间窗可延长至二十四小时,但越早效果越好}。

Who is at high risk?

People with high blood pressure, diabetes, high blood lipids, smokers, heavy drinkers and people over 60 years old。{L:这些人群应定期体检,控制血压血糖,戒烟限酒,保持适量运动。}

Director Liu Fang of the Department of Neurology reminded,{L:我院卒中中心24小时开通绿色通道,从患者入院到溶栓平均时间已缩短至三十八分钟},Patients and family members should call 120 as soon as symptoms appear,Do not wait to see if symptoms go away。

How can stroke be prevented?

Experts say that about 90% of strokes are related to risk factors that can be controlled。Measure your blood pressure regularly,The target for most adults is below 140/90 mmHg,{L:合并糖尿病或肾病的患者应控制在130/80毫米汞柱以下}。Eat less salt,No more than 5 grams per day。Exercise at least 150 minutes a week,For example brisk walking, swimming or cycling。

{L:很多人认为年轻人不会中风,但近年来我院收治的四十五岁以下卒中患者比例已经上升到百分之十二,其中不少人有熬夜、长期吸烟和肥胖等问题。}

{L:本文作者}:Liu Fang, Chief Physician, Department of Neurology
{L:审核}:Medical Department
{L:声明}:{L:本文仅供健康科普参考,不能代替医生的诊断和治疗。}
""")

ll("company-job-posting", """
Join Us

{L:招聘岗位}:Overseas Sales Manager (2 positions)
{L:工作地点}:Ningbo, Zhejiang
{L:薪资待遇}:15,000–25,000 yuan per month + commission

Job responsibilities:
1. Develop new customers in Europe and South America through exhibitions, online platforms and visits
2. Follow up orders from inquiry to shipment,{L:及时处理客户投诉}
3. Maintain relationships with existing distributors

Requirements:
1. Bachelor's degree or above, major in English, international trade or marketing
2. More than 3 years of experience in the export of mechanical or electrical products
3. {L:能适应出差,每年出国参展不少于四次}
4. Fluent English; Spanish or Portuguese is a plus

{L:福利待遇}:Five social insurances and one housing fund,Annual travel,{L:节日福利,免费工作餐},Paid annual leave

Please send your resume to hr@example-ningbo.com,{L:邮件标题请注明"应聘岗位+姓名"}。
""")

ll("gov-announcement-short-cms", """
Announcement on the temporary closure of the Municipal Sports Center swimming pool

Due to the annual maintenance of the water treatment equipment,The swimming pool of the Municipal Sports Center will be closed from November 4 to November 17, 2024,And will reopen on November 18。

During the closure,Members' cards will be automatically extended by 14 days,No need to apply。The gymnasium, badminton hall and table tennis hall will remain open as usual,Opening hours are 8:30–21:30 every day。

{L:维修期间如需办理退卡或转卡业务,请携带会员卡和身份证到一楼服务台办理。}

{L:给您带来的不便,敬请谅解!}

Municipal Sports Center
October 30, 2024

{L:附件}:{L:无}

{L:【我要纠错】} {L:【打印】} {L:【关闭】}

{L:网站地图} | {L:联系我们} | {L:无障碍浏览}
Sponsored by: Municipal Sports Bureau
{D:鲁ICP备05002468号}
""")

ll("univ-alumni-news-same-subject", """
Alumnus Chen Guohua donates 10 million yuan to set up a scholarship

On December 6,The donation ceremony of the "Guohua Scholarship" was held in the university's conference center。Chen Guohua, a 1985 graduate of the Department of Chemical Engineering and chairman of Huatai Chemical Group,Donated 10 million yuan to his alma mater。

{L:陈国华1981年考入我校化工系,毕业后到一家国有化肥厂当技术员,1996年辞职创业。}

The scholarship will be awarded to 100 undergraduate students every year,Each student will receive 8,000 yuan,Priority will be given to students from poor families in rural areas。

At the ceremony,Chen Guohua recalled his college life,He said,When I was in school, I also received a scholarship,It was 30 yuan a month,I have never forgotten it。{L:"三十块钱在当时能解决我一个月的伙食,这份恩情我一直记在心里。"}

{L:校长为陈国华颁发了捐赠证书和纪念牌。}

The university's education foundation has received more than 600 million yuan in donations since it was established in 2008。

{L:图/文}:Alumni Office
""")

ll("product-review-mirror-table", """
Comparison of three popular robot vacuum cleaners in 2024

We tested three robot vacuums for one month in a 90-square-meter apartment,The following are the results。

| | Roborock S8 | Ecovacs X2 | Dreame L20 |
|---|---|---|---|
| Suction power | 6,000 Pa | 8,000 Pa | 7,000 Pa |
| Battery life | 180 minutes | {L:约二百一十分钟} | 210 minutes |
| Mop lifting | Yes | Yes | Yes |
| Self-emptying station | Yes | Yes | {L:有,自动集尘} |
| Price (JD.com) | 3,999 yuan | 4,599 yuan | 4,299 yuan |
| Our score | 9.0 | 8.6 | {L:八点八分} |

Conclusion:
If you have a lot of carpets,We recommend the Ecovacs X2,Its suction is the strongest。{L:如果家里有宠物,追觅L20的防缠绕滚刷表现最好。}

For most families,The Roborock S8 offers the best balance of cleaning, app and price。

{L:本文不含任何广告,产品均为自费购买。}

{L:点赞} 1.2k {L:收藏} 836
""")

ll("gov-poverty-alleviation-long", """
County's photovoltaic poverty alleviation project benefits more than 3,000 households

{L:来源}:County Development and Reform Bureau {L:时间}:2024-08-20 {L:阅读}:905

In recent years,The county has made full use of its abundant sunshine resources,Vigorously develop photovoltaic projects for increasing income in villages。By the end of July,A total of 126 village-level photovoltaic power stations have been built in the county,With a total installed capacity of 32 megawatts,Benefiting 3,260 households that have been lifted out of poverty。

Each village-level power station generates an average annual income of about 150,000 yuan,{L:收益的百分之八十用于设置公益岗位和奖励补助,百分之二十用于村级公益事业}。

In Shangping Village,A 300-kilowatt power station was built on the roof of the village primary school and cultural center。Party Secretary Yang Jun said,The station earned 420,000 yuan last year,{L:村里用这笔钱修了两公里的产业路,还给六十岁以上的老人发放了生活补贴}。

{L:上坪村光伏电站2019年建成并网,是全县第一批村级电站之一,当年发电收入就超过了三十万元。}

Next step,The county will promote the "photovoltaic + agriculture" model,{L:在光伏板下种植中药材和食用菌},Further improve the efficiency of land use。

{L:扫码关注"县发改"微信公众号}
""")

ll("museum-mirror-gloss-leftover", """
Provincial Museum launches special exhibition of Tang dynasty gold and silver ware

{L:当前位置}:Home > Exhibitions > Temporary Exhibitions

The special exhibition "Splendid Tang: Gold and Silver of the Tang Dynasty" opened on September 28 in Exhibition Hall 3 of the Provincial Museum,More than 180 pieces (sets) of cultural relics from 12 museums across the country are on display。

The highlight of the exhibition is the gilded silver pot with a dancing horse holding a cup in its mouth ({D:鎏金舞马衔杯纹银壶}),It was unearthed at Hejiacun in Xi'an in 1970,{L:是国家首批禁止出国展览的文物之一}。

The exhibition is divided into three parts,"Palace Treasures", "Silk Road Exchanges" and "Daily Life"。{L:第二部分集中展示了带有粟特和波斯风格的金银器,反映了唐代中外文化交流的繁荣景象。}

Exhibition period: September 28, 2024 – January 5, 2025
Opening hours: 9:00–17:00 (closed on Mondays)
{L:门票}:Free,Reservation required

{L:讲解服务}:Free guided tours at 10:00 and 14:30 every day,{L:每场限三十人,请提前在服务台登记}。

{L:上一条}:Provincial Museum held a lecture on bronze restoration
{L:下一条}:{L:"国际博物馆日"系列活动圆满结束}
""")

ll("weather-forecast-mirror", """
Weather Forecast for the Next Three Days

Issued by the Municipal Meteorological Observatory at 17:00 on December 2

Tonight: Cloudy turning to overcast,{L:北风三到四级},Lowest temperature 2℃。
Tomorrow (December 3): {L:阴有小雨},Temperature 3–8℃,North wind level 3–4。
December 4: Light rain turning to cloudy,Temperature 1–7℃。
December 5: {L:多云转晴},Temperature -1–9℃。

Tips:
Affected by strong cold air,The temperature will drop by 6–8℃ in the next two days,{L:请市民及时添加衣物,注意防寒保暖}。Roads may be slippery in the morning,Drivers should slow down。

{L:空气质量}:Good
{L:紫外线指数}:Weak
{L:穿衣指数}:{L:冷,建议穿棉衣、羽绒服等冬季服装}

{L:预报员}:Li Ming
Next update: 06:00 on December 3。For the latest warnings, follow the official account of the observatory。
""")

ll("police-notice-long-leftover", """
Public Security Bureau issues warning on new types of telecom fraud

Recently,The city has seen a number of cases of telecom fraud in which criminals pretend to be customer service staff of e-commerce platforms,The total loss exceeds 3 million yuan。The police remind the public to be vigilant。

Common tricks:
1. Pretending to be e-commerce customer service,Saying that the goods you bought have quality problems and offering "double compensation"
2. Asking you to turn on screen sharing in a video conference app
3. {L:以"注销校园贷"为由,声称不注销会影响个人征信,诱骗受害人贷款转账}
4. Pretending to be police officers or prosecutors,Saying that your bank account is involved in money laundering

{L:案例:11月20日,市民王女士接到自称某购物平台客服的电话,称其购买的儿童玩具含有致癌物质,可以退款三倍。王女士按对方要求下载了一款会议软件并开启了屏幕共享,结果银行卡内的四万六千元被全部转走。}

The police remind:
Any request to share your screen or transfer money to a "safe account" is fraud,{L:接到可疑电话请立即挂断,并拨打96110咨询}。

Please download the "National Anti-Fraud Center" app,{L:它可以自动识别诈骗电话和短信}。
""")

ll("ecommerce-product-page", """
Stainless Steel Vacuum Insulated Water Bottle 750 ml

Price: ¥89.00 {L:包邮}
{L:月销} 2,300+

Product highlights
- Double-wall 316 stainless steel,Keeps drinks hot for 12 hours and cold for 24 hours
- Leak-proof lid with one-hand opening
- {L:食品级硅胶密封圈,无异味}
- Available in 6 colours

Specifications
Capacity: 750 ml
Weight: 380 g
{L:产地}:Yongkang, Zhejiang
Material: 316 stainless steel, PP, silicone

Customer reviews (1,284)
★★★★★ Keeps water cold all day even in my car,Very satisfied
★★★★☆ {L:颜色和图片有点差别,不过质量不错。}
★★★★★ Bought it for my son's school,He likes it

{L:加入购物车} {L:立即购买}

Shipping: Delivered within 48 hours after payment,{L:偏远地区除外}。Returns are accepted within 7 days without reason。
""")

ll("forum-thread-mirror", """
Help: How do I renew my residence permit in Shenzhen?

Posted by Tomasz_PL in Expat Life › Visas and Permits
This thread is shown in English by automatic translation. Show original

My residence permit for work expires next month. Does anyone know how long the renewal takes and what documents I need? My company HR is not very helpful.

Reply #1 – by Ana_Shenzhen
You need your passport, the work permit, the health certificate and the housing registration form from the police station. The Exit-Entry Bureau on Hongli Road took seven working days for me.

Reply #2 – by LaoWang_SZ
{L:记得提前三十天去办,不然可能要罚款。另外现在可以在"i深圳"小程序上预约,不用排队。}

Reply #3 – by Tomasz_PL
Thanks both. The registration form is the one called "temporary residence" form, right?

Reply #4 – by Ana_Shenzhen
Yes, the Registration Form of Temporary Residence ({D:境外人员临时住宿登记表}). Your landlord or hotel should have it.

{L:回复} | {L:举报} | {L:收藏本帖}
""")

ll("univ-party-news-glued-long", """
The university held a special meeting to study and implement the spirit of the Third Plenary Session

{L:发布时间}:2024-07-23 {L:来源}:Party Committee Office

On the morning of July 22,The Standing Committee of the Party Committee of the university held an enlarged meeting,Communicate and study the spirit of the Third Plenary Session of the 20th Central Committee of the Party,Research and deploy the university's learning, publicity and implementation work。Party Secretary Huang Zhiyuan presided over the meeting。

The meeting pointed out,{L:党的二十届三中全会是在以中国式现代化全面推进强国建设、民族复兴伟业的关键时期召开的一次十分重要的会议},It is of great significance for further deepening reform in an all-round way。

The meeting required,Study and implement the spirit of the plenary session as a major political task,{L:迅速掀起学习宣传贯彻热潮},Make good use of the party committee theoretical study center group, the "three meetings and one lesson" and other platforms,{L:推动全会精神进教材、进课堂、进头脑}。

The meeting emphasized,We should combine the study of the spirit of the plenary session with the university's "15th Five-Year Plan",{L:深化教育评价改革、人事制度改革和科研管理体制改革},Continuously improve the quality of talent training and scientific and technological innovation。

{L:校领导、党委常委出席会议,各二级党组织书记、机关各部门主要负责人列席会议。}

{L:责任编辑}:Ma Li {L:一审}:Zhang Wen {L:二审}:Wu Hao {L:三审}:Huang Zhiyuan
""")

ll("hotel-page-mirror", """
Lakeview Garden Hotel

{L:酒店简介}

Lakeview Garden Hotel is located on the north shore of Taihu Lake,Only 20 minutes' drive from Wuxi East Railway Station。The hotel has 218 rooms and suites,Most of them have a balcony facing the lake。

Facilities
- Chinese restaurant "Taihu Flavour",Serving local Wuxi cuisine,{L:招牌菜:太湖三白、酱排骨}
- Indoor heated swimming pool and gym
- 5 meeting rooms,The largest can accommodate 400 people
- {L:免费停车场}

Check-in time: after 14:00
Check-out time: before 12:00
{L:宠物}:Not allowed

{L:特惠活动}:{L:连住两晚,第二晚半价,含双早}

Address: No. 18 Binhu Road, Binhu District, Wuxi
Telephone: +86 510 8588 0000
Transport: Free shuttle bus to Wuxi East Railway Station every hour from 8:00 to 20:00

{L:在线预订} | {L:会员中心}
""")

ll("court-news-mirror", """
Intermediate People's Court concludes a case of infringement of trademark rights

On November 14,The Intermediate People's Court concluded the second instance of a case of infringement of a registered trademark,Upheld the first-instance judgment,The defendant company was ordered to stop infringement and compensate the plaintiff 1.5 million yuan。

The plaintiff, a well-known tea company,Owns the registered trademark "Yunwu" for tea products。{L:被告在其销售的茶叶包装上使用了"云雾山"字样,字体和颜色与原告商标高度近似。}

The court held,{L:被告的行为容易导致相关公众对商品来源产生混淆},Constituted trademark infringement。Considering the popularity of the trademark, the period of infringement and the profits of the defendant,The compensation of 1.5 million yuan determined by the court of first instance was appropriate。

{L:法官说法}

{L:近年来,部分企业通过"傍名牌"的方式搭便车,不仅损害了权利人的合法权益,也扰乱了市场秩序。人民法院将依法加大对知识产权侵权行为的惩处力度。}

The judgment is now legally effective。

{L:来源}:Publicity Office of the Intermediate People's Court
{L:编辑}:Qin Yue
""")

ll("app-changelog-leftover", """
Version history

Version 5.12.0 (2024-10-08)
- Added dark mode for the reading page
- Added support for Android 15
- {L:修复部分机型闪退的问题}
- Improved the speed of loading pictures

Version 5.11.2 (2024-09-15)
- Fixed a bug where notifications were not received
- {L:优化了登录流程,支持一键登录}

Version 5.11.0 (2024-08-30)
- New: bookshelf groups,You can now sort your books into folders
- New: listen to books with AI voice,{L:支持调节语速}
- {L:其他已知问题修复和体验优化}

Version 5.10.0 (2024-07-20)
- Redesigned the home page,Recommended books are now shown according to your reading history
- Reading time statistics,See how long you read each day and each week
- {L:新增每日签到领书币活动}

{L:用户协议} | {L:隐私政策} | Contact us
""")

ll("conference-program-mirror", """
2024 International Symposium on Smart Agriculture – Conference Program

Date: October 17–18, 2024
Venue: International Conference Center, Yangling

October 17 (Thursday)

08:30–09:00 Opening ceremony
Chair: Prof. Wang Lei, Vice President of Northwest A&F University
{L:致辞嘉宾}:Provincial Department of Agriculture and Rural Affairs,FAO Representative Office in China

09:00–09:40 Keynote speech 1: Digital agriculture in Africa – opportunities and challenges
Speaker: Dr. Grace Mutua, Kenya Agricultural Research Institute

09:40–10:20 Keynote speech 2: {L:基于卫星遥感的小麦产量预测方法研究}
Speaker: Prof. Liu Hongbo, China Agricultural University

10:20–10:40 {L:茶歇}

10:40–12:00 Parallel sessions
Session A: Agricultural robots (Room 201)
Session B: {L:智慧灌溉与水肥一体化} (Room 202)

12:00–13:30 Lunch (Ground floor restaurant)

October 18 (Friday)
Field visit to the Yangling Agricultural High-tech Demonstration Zone,{L:请参会代表于早上八点在酒店大堂集合}。

{L:会务联系人}:Ms. Zhao, Tel 029-8708 0000
""")


if __name__ == "__main__":
    SET.build()
