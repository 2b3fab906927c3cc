"""Build bench/sets/detect42-*.jsonl: a held-out, hand-written detection set ("detect42"), news sites.

Twenty-two English news pages that contain Chinese on purpose, each a different site and layout:
a bilingual portal story in English/Chinese paragraph pairs under a Chinese headline, a learners'
news reader with Chinese + English sentence pairs inside each paragraph, a world-news story with a
key-vocabulary box (characters, pinyin, meaning) at the end, a wire story with the Chinese headline
under the English one and the reporter named in characters, an anti-scam banner slogan explained
several paragraphs after it is quoted, a photo essay quoting protest placards and a painted boat
vow, a viral Weibo post quoted in full with its translation, a Hong Kong obituary in traditional
characters (name, workshop, a phoenix crown, a saying), a correspondent's letter quoting Sichuanese
teahouse talk, a buzzword explainer on "dazi" compounds, a graded reader (Chinese line, pinyin line,
English line), a press review table of front-page headlines with translations, a feature whose
quotations are given in English first and in Chinese in a later "originals" list, a slow-news
podcast transcript, an editorial glossing idioms in a few words, a commencement report quoting
classical lines, a football report with fans' chants and nickname, a typhoon story quoting the
emergency text message, a chef profile where only the pinyin gives the names, a company press
release naming the firm once in characters (with a Chinese-language link and ICP number), a fact
check whose rumour is translated in a later section, and a news-vocabulary quiz with the answers
at the end.

Twenty-two half-translated pages (machine-translated from Chinese portal news, some Chinese left by
mistake): a dateline with the reporter and stringer names plus a proofreader line, notes in
brackets inside the body, photo credits with 摄, a related-news list with two Chinese headlines, a
share bar, a "hot list" and QR prompt, a leader's words after a colon beside a translated banner, a
statistics sentence inside an English paragraph, clauses glued on with a Chinese comma, an editor's
note box, a last paragraph of advice left in Chinese beside a translated folk rhyme, an embedded
Weibo card whose post and counters stay Chinese while another post is translated, a marathon live
blog with some entries untranslated, a wholesale-price table with Chinese cells and a data-source
note, a breadcrumb, tags and previous/next links, gallery captions whose Chinese lines add facts the
English captions do not give, a tea-village feature with one villager quote untranslated, a policy
notice with half its numbered headings in Chinese, a comment thread with untranslated comments and
buttons, a footer disclaimer next to a legitimate ICP number, a press-conference transcript with a
question and an answer's last sentence left, a video news page with player labels and credits, and a
news-in-brief ticker with Chinese time labels and one brief left. Chinese that belongs on those
pages (a `中文` link, an ICP number, a name given with its English, a translated slogan) is marked
deliberate.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside exactly
one mark (checked by blind_set.BlindSet). Every sentence was written for this set (classical lines
quoted are public domain, with our own translations). The set was written BLIND on 2026-12-04:
without reading mtmend's code, its tests, the other bench sets or their builders (only
bench/blind_set.py, `marked()` in build_detection_sets.py, and the first 70 and last 30 lines of
build_blind25.py as a model of the file format were read), and mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind42.py` from the repository root; it rewrites
bench/sets/detect42-deliberate.jsonl (ids d42d-NN) and bench/sets/detect42-leftovers.jsonl
(ids d42l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect42", chars=(900, 4500), lines=(8, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("portal-paragraph-pairs", """
Harbour Bilingual News
Home | Local | Business | Culture | Bilingual Reading | Podcasts | {D:中文版}

Bilingual Reading › Local
Riverside night market reopens after eight-month renovation
{D:江滨夜市改造八个月后重新开业}
Published 28 Nov 2026, 21:40 · Level: intermediate · Read the English paragraph first, then the Chinese one.

The Jiangbin night market reopened on Friday evening after an eight-month renovation, drawing thousands of visitors despite a cold drizzle.
{D:经过八个月的改造，江滨夜市于周五晚间重新开业。尽管下着冰冷的小雨，仍吸引了数千名游客。}

The market now has 236 stalls, about forty fewer than before, but each stall is larger and has running water and a grease trap.
{D:夜市目前有236个摊位，比改造前少了大约四十个，但每个摊位面积更大，并接通了自来水和隔油池。}

Stallholders who had worked at the old market were given first choice of places, by lottery, and rents are frozen for two years.
{D:原夜市的摊主可以优先选位，采取抽签的方式，租金两年内不上涨。}

"My grandmother sold rice noodles here, and now I do," said 31-year-old Huang Lili, ladling broth into paper bowls. "The stove is new, but the recipe is not."
{D:“我外婆以前就在这里卖米粉，现在轮到我了，”31岁的黄丽丽一边往纸碗里舀汤一边说，“灶是新的，配方可没变。”}

Some regulars complained that the new lighting is too bright, and that the smell of charcoal, once part of the market's character, is gone because open flames are now banned.
{D:一些老顾客抱怨新的灯光太亮，而且由于禁止使用明火，曾经是夜市特色之一的炭火味也没有了。}

The district government says it will review the lighting after a month and add more seating near the river steps.
{D:区政府表示，一个月后将对照明情况进行评估，并在江边台阶附近增设座椅。}

Vocabulary note: {D:摊主} (tānzhǔ) means "stallholder"; {D:抽签} (chōuqiān) means "to draw lots".

Share · Print · Report an error
More bilingual reading: Ferry timetable changes for winter | Students build a weather station on their school roof
© 2026 Harbour Bilingual News. The English text is the original; the Chinese versions are written by our desk editors.
""")

dd("learner-sentence-pairs", """
MandarinMorning · News in Two Languages
Lessons | News Reader | Grammar | Flashcards | Log in

News Reader · HSK 4–5 · 26 November 2026
New mountain railway cuts travel time to the county town

How to use this page: each Chinese sentence is followed by its English meaning. Tap a sentence to hear it read aloud.

{D:一条新的山区铁路本周正式通车。} A new mountain railway officially opened this week. {D:这条铁路全长一百二十八公里，共有十一座车站。} The line is 128 kilometres long and has eleven stations. {D:以前从县城到省会坐大巴要五个多小时，现在只需要一个半小时。} In the past, the coach from the county town to the provincial capital took more than five hours; now it takes only an hour and a half.

{D:铁路穿过二十多条隧道。} The railway passes through more than twenty tunnels. {D:最长的隧道有九公里，工人们花了三年才打通。} The longest tunnel is nine kilometres long, and it took the workers three years to break through. {D:一位老工程师说，这是他工作以来最难的一段。} An old engineer said it was the hardest section of his whole career.

{D:通车第一天，很多村民专门来坐火车。} On the first day, many villagers came just to ride the train. {D:一位七十岁的老奶奶说，她这辈子第一次坐火车。} A seventy-year-old grandmother said it was the first time in her life she had been on a train. {D:她带了自己种的橘子，分给车上的人吃。} She brought oranges she had grown herself and shared them with the other passengers.

{D:当地政府希望铁路能带来更多游客。} The local government hopes the railway will bring more tourists. {D:不过也有人担心，年轻人会更快地离开家乡。} But some people worry that young people will now leave their hometowns even faster.

Grammar point: {D:只需要} means "only need(s)". In the third sentence it contrasts with {D:要五个多小时} earlier in the same sentence.
Discussion question: Would a new railway make you more likely to stay in your hometown, or to leave it?

Next story: Students design a recycling board game (HSK 3) | Previous: Winter swimming club turns forty (HSK 5)
MandarinMorning © 2026 · Privacy · Terms
""")

dd("vocab-box-after-story", """
The Valley Courier — World
World | Asia | Business | Science | Opinion | Newsletters

Library bus brings books, and Wi-Fi, to hill villages
By our correspondent in Guizhou · 2 December 2026 · 5 min read

Every second Tuesday, a green bus with shelves instead of seats climbs the switchback road to Shangba village. The children know the sound of its engine before it comes round the last bend.

The mobile library is run by the county library with money from a provincial rural revitalisation fund. It carries about 3,000 books, a box of reading glasses for older borrowers, and a satellite router that gives the village square an hour of fast internet while the bus is parked.

Librarian Yang Fen, 46, has driven the route for six years. She says the most requested titles are not picture books but manuals: fruit-tree pruning, mobile phone repair, and guides to the civil service exam.

"People think villagers don't read," she said. "They read what is useful. And the grandparents borrow storybooks so they can read to the kids whose parents work in the cities."

Those children, known in China as left-behind children, make up nearly half of the pupils at Shangba's primary school. Teachers say the fortnightly visit has become a small festival, with pupils queuing to return their books on time so they can take out new ones. Borrowers need a library card, which the bus issues on the spot.

The county plans to add a second bus next spring, but funding after 2027 has not been confirmed.

KEY VOCABULARY
{D:流动图书馆} liúdòng túshūguǎn — mobile library
{D:乡村振兴} xiāngcūn zhènxīng — rural revitalisation
{D:留守儿童} liúshǒu értóng — left-behind children (children who stay in the village while their parents work elsewhere)
{D:借书证} jièshūzhèng — library card
{D:公务员考试} gōngwùyuán kǎoshì — civil service exam

Related: Rural schools trial AI tutors · Why China's county towns are growing
© 2026 The Valley Courier. All rights reserved.
""")

dd("wire-zh-headline-under-en", """
EastLink Wire | English Service
Top Stories | Provinces | Economy | Environment | Photos | Contact the desk

ENVIRONMENT
Coastal city bans thin plastic bags at all wet markets from January
{D:沿海城市明年1月起全面禁止农贸市场使用超薄塑料袋}
Dec 01, 2026 | Source: municipal market supervision bureau | Reporter: Fang Yuqing ({D:方雨晴})

LANHAI, Dec. 1 — Stallholders at all 142 wet markets in this coastal city must stop handing out plastic bags thinner than 0.025 mm from January 1, the municipal market supervision bureau said on Tuesday. Vendors who break the rule will first receive a warning, then fines of up to 2,000 yuan.

The city will sell each market a three-month supply of compostable bags at half price, and several markets will set up "bag libraries" where shoppers can borrow a cloth bag and return it on their next visit.

A fish seller at Dongmen market said customers usually ask for two bags for wet produce. "Water leaks through the paper ones," he said. "If the new bags are strong enough, fine. If not, we'll lose customers to the supermarket."

Environmental groups welcomed the rule but said enforcement in small street markets would be the real test. A survey by a local university last year found that an average household brought home nine plastic bags a day from food shopping.

The ban follows a national plan to cut single-use plastics, under which ultra-thin bags are already banned in supermarkets and shopping malls.

Photo: Shoppers at Dongmen market on Monday. (Photo by Fang Yuqing)
Editor: Liu Kai | Keywords: plastic, wet markets, Lanhai
The Chinese headline above is the one used by our Chinese-language service.
Share: Email | X | LinkedIn
© EastLink Wire. Reproduction requires written permission.
""")

dd("banner-slogan-explained-later", """
THE MORNING LEDGER
World | China | Business | Tech | Opinion | Puzzles | Subscribe

CHINA
"Pies don't fall from the sky": villages hang banners against phone scams
By Hannah Ortiz in Jinjiang, Fujian · 30 November 2026 · 6 min read

At the entrance to Xiaxi village, a red banner strung between two lamp posts reads {D:“天上不会掉馅饼，陌生来电要警惕”}. Almost every village in the county has a similar one, part of a campaign against telephone fraud that local police say cost residents more than 40 million yuan last year.

Few visitors would guess that the slogan contains a small piece of folk wisdom. More on that below; first, the scams.

The most common trick, police say, is a call from someone posing as a courier or a bank, followed by a request to move money into a "safe account". Older residents whose children work abroad are frequent targets. In September a retired teacher in a neighbouring town lost her entire savings, 380,000 yuan, in one afternoon.

The banner's first half is a proverb: literally "pies do not fall from the sky", the Chinese cousin of "there is no such thing as a free lunch". The second half is plainer: "be on guard against calls from strangers". Rhymed lines of this kind are a staple of Chinese public messaging, because they are easy to remember and fit neatly on a strip of red cloth.

Other slogans are blunter. On the wall of the village committee office, painted in yellow, is {D:“不听、不信、不转账”}. Officers call these the "three noes": don't listen, don't believe, don't transfer.

Twice a week a small electric cart with a loudspeaker tours the lanes, repeating a recorded message: {D:“公检法机关不会通过电话办案。”} Police, prosecutors and courts, it reminds listeners, never handle a case over the phone.

Does it work? The county says reported losses fell by about a third in the first ten months of this year. But Chen Meiling, who runs a grocery shop opposite the banner, is not sure the slogans deserve the credit.

"The old people read it every day and still pick up the phone," she said. "What stops them is a grandchild saying, 'Grandma, give that to me.'"

More from China: The county towns betting on pickleball · A ferry captain's last crossing
© 2026 The Morning Ledger
""")

dd("photo-essay-placards", """
Riverwatch · Photo Desk
Photo essay | Fishermen protest sand dredging on a Min River tributary
Photographs and text by Daniel Koh · 22 November 2026

Sand dredgers have worked the lower reaches of the Gutian stream for three years. Fishing families in Gangtou say the water has turned muddy and their catch has collapsed. On Sunday about two hundred of them gathered on the bank.

1 / 6
A fisherman holds up a cardboard placard that reads {D:还我鱼虾}, "Give us back our fish and shrimp", as a dredger passes behind him.

2 / 6
Women from the village sit on upturned buckets along the path. Several had written the same four characters on strips of cloth pinned to their jackets.

3 / 6
A long banner hangs from two bamboo poles: {D:非法采砂 毁我家园}, "Illegal sand dredging destroys our homes". Organisers said the dredging company's permit covers a stretch several kilometres further downstream.

4 / 6
Boat owner Lin Asheng, 67, painted {D:船在人在} on the side of his wooden boat. Literally "while the boat is here, the man is here", it is a vow: he will not sell the boat or leave the water.

5 / 6
Police put up a temporary sign by the road reading {D:禁止聚集}, "no gatherings", but made no arrests. The crowd dispersed by late afternoon.

6 / 6
Evening at Gangtou pier. The county environment bureau said on Monday it would send a team to measure water quality and check the dredgers' permits.

About this series: Riverwatch documents life along the rivers of southern China.
Previous essay: The last salt-pan workers of Xiamen Bay
© 2026 Riverwatch. No photograph may be reproduced without permission.
""")

dd("weibo-post-translated", """
TechPulse Asia
News | Gadgets | Platforms | Society | Newsletter

SOCIETY · PLATFORMS
A bus driver's post about a forgotten schoolbag became the most-shared story on Weibo this week
By Grace Lim · 3 December 2026

On Sunday night a bus driver in Hefei wrote a short post on Weibo, China's Twitter-like platform, about a schoolbag he had found on his last run. By Tuesday it had been shared more than 600,000 times.

The driver, who posts under the name {D:夜班老周} ("Old Zhou on the Night Shift"), wrote:

> {D:今天末班车上有个小朋友落下了书包，里面有作业本和一个没吃完的苹果。孩子，明天早上六点半我还开这条线，在终点站等你。}

In English: "A kid left a schoolbag on the last bus tonight. Inside there's an exercise book and a half-eaten apple. Kid, I'm driving this route again at 6:30 tomorrow morning. I'll wait for you at the terminus."

Users added the hashtag #{D:公交司机等你拿书包}#, roughly "the bus driver is waiting for you to fetch your bag", and within hours it was on the platform's trending list.

The next morning, a woman who said she was the child's mother replied under the post: {D:“谢谢周师傅！孩子昨晚急哭了。”} That is: "Thank you, Master Zhou! My kid was in tears with worry last night." A photo she posted later shows a boy in a red school tracksuit taking the bag from the driver at the terminus.

Why did it spread? Media scholars say stories of small kindness do well on Chinese social media, especially at the end of a year of gloomy economic headlines. Others simply liked the apple.

The city's bus company said Mr Zhou, 52, has driven night routes for eleven years. It has given him a certificate and, according to his own follow-up post, a box of apples.

Related: How Chinese platforms decide what trends · The rise of "small kindness" videos
TechPulse Asia © 2026 · About · Advertise · Privacy
""")

dd("obituary-traditional-name", """
THE HARBOURSIDE CHRONICLE
News | Hong Kong | Culture | Obituaries | Opinion

OBITUARIES
Tam Shuk-yee, who dressed Cantonese opera's stars for seven decades, dies at 95

Tam Shuk-yee ({D:譚淑儀})
Born: Guangzhou, 14 March 1931
Died: Hong Kong, 26 November 2026

For seventy years, almost every phoenix crown seen on a Cantonese opera stage in Hong Kong passed through the hands of Tam Shuk-yee, who died last week in Yau Ma Tei at the age of 95.

Tam arrived in Hong Kong in 1949 with a sewing kit and an aunt's address. She found work in a costume workshop in Sham Shui Po, and in 1962 opened her own, which she named Kam Wah Opera Costumes, {D:錦華戲服}, after the brocade her father had once sold in Guangzhou.

She was best known for the {D:鳳冠} (fung gun), the phoenix crown worn by leading ladies in imperial roles, covered in pearls, kingfisher-blue pompoms and tiny trembling springs. A single crown could take her two months.

Her apprentices remember one sentence above all, which she repeated whenever a seam went crooked: {D:「針腳要密，心要靜。」} "Keep the stitches close and the heart still."

In later years Tam trained more than thirty apprentices and gave about two hundred costumes to the city's heritage museum. She refused to retire, and was at her workbench until October.

She is survived by a daughter, two grandsons and the workshop, which her apprentice of forty years, Ho Kit-ling, will continue to run.

A memorial will be held at the Ko Shan Theatre on 12 December.

Share · Print · Comments (14)
© 2026 The Harbourside Chronicle
""")

dd("correspondent-street-talk", """
DISPATCHES · Letter from Chengdu
Overheard over jasmine tea
By Marcus Bell, China correspondent · 1 December 2026

The teahouse in People's Park opens at seven, and by eight every bamboo chair is taken. This is where I go when I want to know what Chengdu is thinking, which usually turns out to be: not very much, and slowly.

A retired bus conductor at the next table asked how I was finding the city. Before I could answer, he answered for me: {D:“巴适得很！”} It is the Sichuanese verdict on anything good, a meal, a bed, an afternoon, and it means more or less "Couldn't be better."

His friend was trying to finish a hand of cards before the ear-cleaner reached him. When I said I was in a hurry to file a story, he waved me back into my chair: {D:“慢慢耍嘛，急啥子？”} Take it easy, what's the rush? The verb he used, {D:耍} (shuǎ), means "to play", and in Chengdu almost anything can be done in the spirit of play, including journalism.

I asked about house prices, which have been falling here as in most of China. A woman in a quilted vest shrugged. {D:“房价嘛，涨也好，跌也好，茶总是要喝的。”} House prices? Up or down, you still have to drink your tea.

Not everyone is so serene. A young man selling phone cases from a folding table told me business had halved since the summer. But when I asked whether he was worried, he gave the city's other favourite answer: {D:“莫得事。”} No problem; literally, "there's nothing the matter."

I have heard the national economy described in many ways this year. The teahouse version was the only one that made me feel better.

Next week: a night with the keepers at the panda base.
More dispatches · Subscribe to the correspondents' newsletter
""")

dd("buzzword-explainer-qa", """
The Explainer — Asia Edition
Latest | Explainers | Charts | Podcasts

EXPLAINER
Why young Chinese are looking for a "dazi", and what the word means
4 December 2026 · By Priya Raman

What is the word?
It is {D:搭子} (dāzi). The nearest English is "buddy" or "partner", but a dazi is a partner for one activity only. You might eat lunch with your dazi every day and never learn where they live.

Where does it come from?
The word is often traced to card and mahjong tables in the Shanghai region, where a dazi was simply the person you played with. Over the past few years it has spread on social media to describe almost any arrangement of convenient company.

What kinds are there?
A few common compounds:
- {D:饭搭子} (fàn dāzi): a meal buddy, usually a colleague, so you don't eat alone and can share a bigger order
- {D:健身搭子} (jiànshēn dāzi): a gym partner who makes sure you keep turning up
- {D:旅游搭子} (lǚyóu dāzi): a travel companion, often found through a post online
- {D:学习搭子} (xuéxí dāzi): a study partner, common among students preparing for exams

Why now?
Sociologists point to long working hours, young people living far from home, and a reluctance to commit to friendships that demand time and emotional energy. A dazi offers company without obligation: when the activity ends, so does the arrangement.

Is it a good thing?
Some commentators worry that it reflects loneliness. Others say it is simply practical, and that plenty of lasting friendships began as a lunch arrangement. Posts tagged {D:找搭子} ("looking for a dazi") number in the millions on the lifestyle app Xiaohongshu.

Read next: What "lying flat" meant in 2021, and what it means now
© 2026 The Explainer
""")

dd("graded-reader-pinyin-lines", """
PandaPath Graded News · Level 2
Stories | Levels 1–6 | Audio | Teachers

Level 2 · Animals · 29 November 2026
A birthday cake for a panda
Read the Chinese line, check the pinyin, then the English.

{D:动物园给大熊猫“圆圆”过十岁生日。}
Dòngwùyuán gěi dàxióngmāo "Yuányuan" guò shí suì shēngrì.
The zoo held a tenth birthday party for the giant panda Yuanyuan.

{D:饲养员用冰块做了一个大蛋糕。}
Sìyǎngyuán yòng bīngkuài zuòle yí ge dà dàngāo.
The keepers made a big cake out of ice.

{D:蛋糕里面有苹果、胡萝卜和竹笋。}
Dàngāo lǐmiàn yǒu píngguǒ, húluóbo hé zhúsǔn.
Inside the cake there were apples, carrots and bamboo shoots.

{D:圆圆先吃了胡萝卜，然后坐在蛋糕上。}
Yuányuan xiān chīle húluóbo, ránhòu zuò zài dàngāo shang.
Yuanyuan ate the carrots first, and then sat on the cake.

{D:很多游客一大早就来排队。}
Hěn duō yóukè yí dà zǎo jiù lái páiduì.
Many visitors came to queue early in the morning.

{D:一个小女孩说：“我也想要这样的蛋糕！”}
Yí ge xiǎo nǚhái shuō: "Wǒ yě xiǎng yào zhèyàng de dàngāo!"
A little girl said, "I want a cake like that too!"

New words: {D:饲养员} keeper · {D:冰块} ice cube · {D:排队} to queue
Quiz: What did Yuanyuan eat first? (Answer: the carrots)
Next Level 2 story: The bus that runs on sunshine
© PandaPath 2026
""")

dd("press-review-headline-table", """
Morning Briefing | What the Papers Say: China
Thursday 3 December 2026 · Compiled by the Asia desk · 4 min read

Local papers across the east of the country led with transport, winter bills and a warm start to the season. Here are this morning's front pages, with our translations.

| Paper | Front-page headline | Our translation |
|---|---|---|
| Lanjiang Evening News ({D:澜江晚报}) | {D:地铁五号线年底前试运营} | Metro Line 5 to start trial runs before the end of the year |
| Dongzhou Daily ({D:东州日报}) | {D:全市首批“口袋公园”向市民开放} | City opens its first batch of "pocket parks" to residents |
| Western Commerce Times ({D:西部商报}) | {D:冬季取暖费标准维持不变} | Winter heating charges to stay unchanged |
| Northbridge Youth Post ({D:北桥青年报}) | {D:三名大学生发明防走失手环} | Three university students invent an anti-wandering wristband |
| Coastal Metropolis Daily ({D:滨海都市报}) | {D:暖冬来袭 羽绒服销量下滑} | Warm winter arrives; down jacket sales slide |

Our take: The Lanjiang metro story has been on front pages since the summer, when the line's opening was first delayed. The "pocket parks", small green spaces squeezed into leftover plots between buildings, are part of a national push that many cities have adopted.

The wristband in the Northbridge Youth Post is designed for older people with dementia; it sends a location alert to family members when the wearer leaves a set area.

The Coastal Metropolis Daily quotes retailers who say November sales of down jackets were about a fifth lower than last year. Temperatures in the region were two to three degrees above the seasonal average.

Tomorrow: the business pages.
Sign up for Morning Briefing · Archive · Contact the Asia desk
""")

dd("quotes-then-originals-list", """
The Long Read
Features | Interviews | Photo stories | Audio

Under the banyan tree: the village elders who still settle quarrels
In a Fujian village, a council of retirees hears disputes over walls, chickens and inheritances before anyone thinks of a lawyer.
Words by Eleanor Shaw · 27 November 2026

The banyan in the centre of Houpu is said to be four hundred years old. Under it, on Thursday afternoons, four elders sit on plastic stools with a flask of tea and hear whatever complaint is brought to them.

This week it was a wall. One family had extended its kitchen by half a metre; the neighbours said the new wall now blocked the morning sun from their courtyard. Both sides spoke for a quarter of an hour. The elders mostly listened.

"We don't judge who is right," said Chen Wenguang, 78, the council's longest-serving member. "We judge what can be lived with." [1]

He has seen what happens when such quarrels are left to fester. "A wall between neighbours is built in a day and takes three generations to knock down," he said. [2]

The council has no legal power, but its agreements are written down and signed, and the village committee keeps a copy. Local judges say such bodies keep many small disputes out of court. Chen puts it more simply: "The court gives you a piece of paper. We give you back your neighbour." [3]

The council's youngest member is 66. When asked who will replace them, Chen laughed. "My son says we could do all this on WeChat. I tell him you can't pour tea through a phone." [4]

By the end of the afternoon the kitchen family had agreed to lower the new wall by a row of bricks, and the neighbours agreed to help pay for it.

The original words
Mr Chen spoke in Mandarin; his words as he said them:
[1] {D:我们不评谁对谁错，只评日子能不能过下去。}
[2] {D:邻居之间的墙，一天就砌好了，三代人都拆不掉。}
[3] {D:法院给你一张纸，我们还你一个邻居。}
[4] {D:我儿子说这些事用微信就能办。我跟他说，手机里倒不出茶来。}

More long reads: The last ferry of the Pearl River · A year on a fish farm
""")

dd("news-podcast-transcript", """
Slow Chinese News · Episode 214
Podcast | Transcripts | Word lists | Support the show

Episode 214 transcript: "Robots in the rice fields" (4 December 2026)

[00:00] HOST: Welcome back to Slow Chinese News. Today's story is about farming. I'll read each sentence slowly in Chinese, and then tell you what it means in English.

[00:18] {D:今年秋天，湖南一些地方的稻田里出现了收割机器人。}
[00:27] HOST: This autumn, harvesting robots appeared in rice fields in parts of Hunan.

[00:35] {D:这些机器人可以自己认路，晚上也能工作。}
[00:43] HOST: These robots can find their own way, and they can also work at night.

[00:51] {D:一台机器人一天能收割大约三十亩稻子。}
[00:59] HOST: One robot can harvest about thirty mu of rice a day. A mu, by the way, is a Chinese unit of land, about one fifteenth of a hectare.

[01:14] {D:农民说，过去收稻子要请很多人帮忙，现在一个人就够了。}
[01:24] HOST: Farmers say that in the past they had to hire lots of people to help with the harvest; now one person is enough.

[01:33] {D:不过，机器人的价格还比较高，很多农民只能租用。}
[01:42] HOST: However, the robots are still fairly expensive, so many farmers can only rent them.

[01:50] HOST: One word to remember from today: {D:收割} (shōugē), "to harvest". You heard it in the first and third sentences.

[02:04] HOST: That's all for this episode. Next week we'll read a story about a library inside an old train station. Bye for now!

Transcript prepared by volunteers. Spotted a mistake? Email transcripts@slowchinesenews.example
""")

dd("editorial-idiom-glosses", """
The Riverside Review · Opinion
News | Opinion | Letters | Columnists

OPINION
Flood defences: the city must stop mending the pen after the sheep have gone
By Thomas Wen, columnist · 28 November 2026

Every summer since 2020, the low-lying districts east of the river have flooded at least once. Every autumn, the city announces a review. And every spring, the review is quietly forgotten.

There is an old Chinese phrase for what happens next: {D:亡羊补牢}, repairing the pen after losing the sheep. It is usually said with some sympathy, since late repair is better than none. But our city has lost its sheep five years running and has not yet bought the nails.

The budget approved this week sets aside 30 million yuan for drainage upgrades. That sounds generous until one reads the engineers' own estimate: 420 million to separate the old combined sewers in the three worst districts. Thirty million against that is {D:杯水车薪}, a cup of water thrown at a burning cart of firewood.

The council argues that it cannot fund everything at once. Fair enough. But it could at least start with the cheap things: clearing the storm drains before the rainy season rather than after it, publishing the flood maps it has already paid for, and giving shopkeepers in the east districts flood barriers at cost.

Our grandparents had another saying for that approach: {D:未雨绸缪}, mending the windows before it rains. It does not require 420 million yuan. It requires a calendar.

The rains will come again in May. The council has six months to decide which of these two idioms it would like to be remembered by.

Thomas Wen writes on city affairs every Friday. Letters in response: letters@riversidereview.example
© 2026 The Riverside Review
""")

dd("commencement-classical-lines", """
Campus News · Southbay University
Home | News | Events | Research | Alumni | Media contacts

Commencement 2026: "Ride the long wind," president tells graduates
Office of Communications · 30 June 2026

More than 4,200 undergraduates and postgraduates received their degrees on Tuesday at the university's 71st commencement, held for the first time in the new riverside stadium.

In her address, President Liang Ruoxi closed with two lines by the Tang poet Li Bai, which she recited first in Chinese:

{D:长风破浪会有时，直挂云帆济沧海。}

"A time will come to ride the long wind and break the waves," she translated for the international students in the audience. "Then I'll hoist my cloud-high sail and cross the blue sea." The lines come from Li Bai's "Hard Is the Road", a poem that begins in frustration and ends in hope, which she said was "the right order for a graduation."

Earlier, she reminded graduates that ambition alone is not enough, quoting the Daodejing: {D:千里之行，始于足下。} A journey of a thousand miles begins beneath one's feet.

Speaking for the graduating class, chemistry student Omar Haddad, who came to Southbay from Jordan four years ago, said the first Chinese sentence he learned by heart was from the Analects, written on the wall of his first-year classroom: {D:学而不思则罔，思而不学则殆。} "Learning without thinking leaves you lost; thinking without learning leaves you in danger." He admitted that he had mostly practised the second half during exam week.

The ceremony ended with the traditional throwing of caps, and a sudden downpour that sent families running for the stands.

Photo gallery · Watch the ceremony · Download the programme (PDF)
Southbay University Office of Communications · media@southbay.example
""")

dd("football-chant-report", """
MATCHDAY ASIA
Scores | Fixtures | Tables | Transfers | Video

CHINESE SUPER LEAGUE
Mountain City Lions come from two down to stun the champions
Yuzhou Lions 3–2 Eastport Harbour · Att: 38,610 · 1 December 2026

When Eastport went two goals up inside twenty minutes, a few hundred home fans headed for the exits. By full time they were trying to get back in.

The Lions, nicknamed after {D:山城} (Shānchéng), "the Mountain City", as Yuzhou calls itself, had not beaten Eastport in six years. Their comeback began a minute before half-time, when winger Ma Tianyu cut inside and bent a shot into the far corner.

Behind the goal, the south stand unfurled its famous banner, eighty metres long, reading {D:永不言弃}: Never give up. It has been carried to every home match since the club's relegation season in 2014.

From there, the stadium rang with the local chant {D:“雄起！”} (xióngqǐ). There is no neat English equivalent: it is a Sichuan and Chongqing cry meaning "rise up!" or "stand tall!", shouted at players, at friends before an exam, at anyone who needs courage.

Substitute Deng Hao equalised on 68 minutes with a header from a corner. Then, with two minutes of added time played, captain Olu Adeyemi, the Nigerian centre-back in his fourth season with the club, stabbed in a loose ball from six yards.

"I don't speak much Chinese," Adeyemi said afterwards, "but I know what they were shouting. It works."

The win lifts the Lions to fifth, three points off the continental places with two rounds to play.

Player ratings · Match highlights (3:45) · League table
© 2026 Matchday Asia
""")

dd("typhoon-sms-quoted", """
Pacific Coast Times · Weather & Climate
Live weather | Forecasts | Climate | Maps

Typhoon Haiou makes landfall south of Ningbo; 300,000 moved to shelters
By Ruth Adler and staff · 24 September 2026, 23:10 local time

Typhoon Haiou came ashore south of Ningbo shortly after 9pm on Thursday, with gusts of up to 160 km/h, after authorities in coastal Zhejiang moved about 300,000 people into shelters.

Residents' phones buzzed throughout the afternoon with an official text message. One version, received by our reporter in Xiangshan county, read:

{D:【县气象台】台风“海鸥”预计今晚在我县沿海登陆，请减少外出，远离海边，注意安全。}

In translation: "[County Meteorological Observatory] Typhoon 'Haiou' is expected to make landfall on our county's coast tonight. Please limit going out, keep away from the sea, and stay safe." The storm's name, Haiou, means "seagull".

By early evening the seafront road was closed. Temporary signs on underpasses read {D:积水危险 禁止通行}, "Danger, flooding: no entry", and police cars with loudspeakers drove through fishing villages urging the last holdouts to leave.

Fishing boats, more than 12,000 of them across the province, had been ordered back to port on Wednesday. In Shipu harbour, hulls were lashed together ten deep.

There were no immediate reports of deaths. Power was cut to parts of three counties as a precaution. The storm is forecast to weaken as it moves north-west overnight, bringing heavy rain to inland areas on Friday.

Live updates · Typhoon tracker map · How to read China's colour-coded weather warnings
© 2026 Pacific Coast Times
""")

dd("chef-profile-pinyin-only", """
Plate & Province
Restaurants | Recipes | Chefs | Travel | Newsletter

CHEF PROFILE
Lu Xiaoman and the kitchen named after a season
Interview by Sam Okafor · 2 December 2026

AT A GLANCE
Name: Lu Xiaoman · {D:卢晓曼}
Born: 1991, Yanji, Jilin province
Restaurant: Xiaoman Kitchen · {D:小满厨房}, Shanghai (Xuhui district)
Trained under: Master He · {D:何师傅}, Yanji

Lu Xiaoman did not plan to name her restaurant after herself. "My parents named me after a solar term," she says, "the one in late May when the grain begins to fill but is not yet ripe. That felt like a good name for a kitchen that is never finished."

The Xiaoman solar term falls after the beginning of summer in the traditional farming calendar. Lu's menu follows the same calendar, changing every two weeks.

She grew up in Yanji, close to the North Korean border, where her mother ran a noodle shop. At sixteen she was apprenticed to a local cook she still calls only Master He, who made her slice radishes for a year before she was allowed near a wok.

Her cooking mixes the cold noodles and pickles of the north-east with Shanghai's sweeter, slower braises. The dish most regulars order is a plate of smoked mackerel with buckwheat noodles and a sauce of pear and chilli.

Xiaoman Kitchen seats twenty-two. Booking opens on the first of each month and is usually full by lunchtime.

"People ask when I will open a second one," Lu says. "I tell them: when the grain is ripe. Which is never."

Xiaoman Kitchen, 188 Wukang Road, Shanghai. Dinner Tue–Sun. Set menu 680 yuan.
© 2026 Plate & Province
""")

dd("press-release-company-name", """
Qingshan Robotics
Products | Solutions | Investors | Newsroom | Careers | English | {D:简体中文}

NEWSROOM › Press releases

Qingshan Robotics unveils Qinglang, a warehouse robot that climbs shelves
SHENZHEN, China, 2 December 2026 — Qingshan Robotics Co., Ltd. ({D:青山机器人有限公司}), a maker of logistics automation systems, today launched Qinglang ({D:青朗}), a compact robot that climbs warehouse shelving to pick and place boxes at heights of up to 12 metres.

The robot weighs 160 kg and runs for nine hours on one charge. Because it climbs the racking itself, warehouses can store goods in narrower aisles than those needed for forklifts, increasing storage density by up to 40 percent.

"Most warehouses in China were built for forklifts and people," said Chief Executive Officer Zhou Hanlin. "Qinglang lets them use the air above their heads without rebuilding."

Pilot deployments have run since March at two e-commerce distribution centres in Dongguan and Suzhou. Qingshan says the robots have handled more than 3.1 million picks with an error rate below 0.02 percent.

Qinglang will be available to customers in mainland China from the first quarter of 2027, with export versions for Southeast Asia and Europe to follow.

About Qingshan Robotics
Founded in 2016 and headquartered in Shenzhen, Qingshan Robotics designs and manufactures mobile robots and software for warehouses, factories and hospitals. The company employs 1,400 people and serves customers in 23 countries.

Media contact: press@qingshanrobotics.example · +86 755 0000 1234

© 2026 Qingshan Robotics Co., Ltd. · Privacy · Cookie settings
{D:粤ICP备16088123号-1}
""")

dd("fact-check-rumour", """
CheckPoint Asia · Fact Check
Latest checks | Methodology | Submit a claim | About

FACT CHECK
No, Lanhai's tap water has not been "mixed with sewage"
Verdict: FALSE · Published 3 December 2026 · By Aisha Noor

The claim
A message forwarded widely in WeChat groups in Lanhai since Monday morning. We transcribed one screenshot exactly:

{D:紧急通知！自来水厂管道破裂，污水混进了自来水，今明两天千万不要喝自来水，转发给家人！}

Why we checked it
Several readers sent us the same screenshot, and shops in two districts reported runs on bottled water on Monday afternoon.

What the message says
Translated, the message reads: "Urgent notice! A pipe at the waterworks has burst and sewage has got into the tap water. Do not drink tap water today or tomorrow under any circumstances. Forward this to your family!" It gives no source, no location and no date.

What we found
The city water group told us that no main had burst in the past month. It published test results for Monday and Tuesday from all four treatment plants, under the heading {D:水质检测全部合格}, "all water quality tests passed". We compared the figures with the national drinking water standard and found them within limits.

The same wording, with a different city's name, circulated in at least three other provinces in 2023 and 2024, according to earlier checks by other fact-checking groups.

There was a real burst pipe last week in a neighbouring county, which may have helped the rumour spread. Repairs there were completed on Saturday.

Our verdict
False. There is no evidence of contamination of Lanhai's tap water.

Found a claim you want checked? Use the form above. Corrections policy · Funding
""")

dd("news-vocab-quiz", """
NewsWords · Weekly Quiz
Home | Quiz archive | Word of the week | For teachers

Quiz #148 · This week's news in five Chinese words
Published 4 December 2026 · Answers at the bottom of the page

1. In our story about the winter electricity shortage, factories in several provinces were asked to practise {D:错峰用电}. This means:
a) using power only in the daytime  b) shifting electricity use away from peak hours  c) switching to solar panels

2. Online retailers reported record sales again on {D:双十一}. What is it?
a) a national holiday in October  b) the shopping festival on 11 November  c) the eleventh day of the lunar year

3. A survey found that fewer white-collar workers expect a {D:年终奖} this year. What is it?
a) a year-end bonus  b) a pay cut  c) a company New Year party

4. Railway officials say the {D:春运} next year will begin on 14 January. What is it?
a) the spring sports meet  b) the Spring Festival travel rush  c) a new high-speed line

5. The weather service issued an orange alert for a {D:寒潮} sweeping south this weekend. What is it?
a) a cold wave  b) a sandstorm  c) a heavy fog

ANSWERS
1. b — shifting electricity use away from peak hours (literally "staggered-peak electricity use")
2. b — "Double Eleven", the shopping festival held on 11 November
3. a — a year-end bonus
4. b — the Spring Festival travel rush, when hundreds of millions of people travel home
5. a — a cold wave (literally "cold tide")

How did you do? Share your score · Next week's quiz opens on Friday
NewsWords © 2026
""")


# ---------------------------------------------------------------- half-translated

ll("dateline-reporter-proofreader", """
Lanjiang Net · English
Home | Lanjiang News | Domestic | International | Economy | Culture | Photos | {D:中文}

Lanjiang News
City launches "15-minute elderly care circles" in six districts
2026-11-30 08:15 Source: Lanjiang Daily Font size: Large Medium Small

{L:本报讯（记者 王海燕 通讯员 刘畅）}On November 29, the city held a promotion meeting on the construction of "15-minute elderly care service circles", announcing that the first batch of 48 community elderly care service stations in six districts will be put into use before the end of the year.

According to the plan, elderly residents will be able to reach a service station within a 15-minute walk of their homes, where they can obtain meal assistance, bathing assistance, day care, health consultation and other services. For elderly people over 80 who live alone, the stations will provide regular home visits.

The municipal civil affairs bureau stated that the service stations will be operated by professional social organisations selected through public bidding, and the government will give subsidies according to the number of people served and the quality of service. At the same time, the city will encourage restaurants around communities to join the "elderly canteen" network and provide discounted meals for the elderly.

It is reported that the city currently has more than 1.26 million permanent residents aged 60 and above, accounting for 23.4% of the total population. By 2028, the "15-minute elderly care service circle" will cover all urban communities in the city.

Editor in charge: Chen Jing
{L:校对：李娜　审核：郑国平}

[Print] [Close window] [Back to top]
Sponsored by: Lanjiang Daily Press Group | Operated by: Lanjiang Net
{D:浙ICP备05012345号}
""")

ll("bracketed-notes-in-body", """
Jinhe Online
Home > News > Traffic

Jinhe Bridge to close for 90 days of maintenance from December 10
Released: 2026-12-03 Views: 2,318

In order to eliminate potential safety hazards and extend the service life of the bridge, the Jinhe Bridge will be fully closed to traffic from 0:00 on December 10, 2026 for the repair of its deck and expansion joints. The construction period is expected to be 90 days ({L:如遇雨雪等恶劣天气，工期相应顺延}).

During the closure, traffic will be organised as follows:
1. Cars can detour via the Xinhe Bridge or the Binjiang Tunnel.
2. Trucks over 10 tonnes must take the Second Ring Expressway ({L:具体绕行路线以现场交通标志为准}).
3. Bus routes 3, 17 and 42 will be temporarily adjusted; see the bus company's announcement for details.
4. Pedestrians and bicycles may use the temporary pontoon walkway on the east side of the bridge, open from 6:00 to 22:00.

The traffic police remind drivers to plan their trips in advance, slow down near the construction area and obey the instructions of on-site staff. [{L:注：施工期间夜间可能产生噪音，敬请周边居民谅解。}]

Built in 1998, the Jinhe Bridge is 1,246 metres long and carries about 56,000 vehicles a day. Its last major repair was completed in 2015.

(Source: {L:金河发布})

Related: Xinhe Bridge ramp widening completed | Winter road safety tips
Jinhe Online © 2026 | Contact us | Site map
""")

ll("photo-credits-she", """
Xiyuan News · Photo Channel
Home | News | Photos | Video | Special topics

Photos: Thousands of volunteers clean up the Xiyuan wetland
2026-11-29 16:42 | Source: Xiyuan Daily

On the morning of November 28, more than 3,000 volunteers from government departments, schools and enterprises took part in the "Protect the Wetland, Clean the Riverbank" public welfare activity in the Xiyuan National Wetland Park, collecting more than 6 tonnes of waste.

[Photo 1] Volunteers pick up plastic bottles along the reed beds at the eastern entrance of the park. {L:（记者 张晓东 摄）}

[Photo 2] Students from Xiyuan No. 2 Middle School sort the collected waste into recyclable and non-recyclable categories. {L:（通讯员 何佳怡 摄）}

[Photo 3] A volunteer in waders drags a discarded fishing net out of the shallow water. {L:（记者 罗斌 摄）}

[Photo 4] {L:志愿者在湿地公园内放飞救助后康复的白鹭。（记者 张晓东 摄）}

[Photo 5] Staff of the park management office explain the wetland's migratory bird species to children. {L:（记者 罗斌 摄）}

According to the park management office, the wetland covers 12.6 square kilometres and is an important stopover for migratory birds on the East Asian–Australasian flyway. More than 180 bird species have been recorded here.

Editor: Wu Yuting
Previous gallery: First snow on Mount Cuiping | Next gallery: Night view of the renovated old street
""")

ll("related-news-two-zh", """
Nanshan News Network
Home | Nanshan | Culture | Education | Tourism | Video

Nanshan City Museum's new building opens to the public
2026-12-01 10:02 Source: Nanshan Evening News Author: Xu Mengyao

On December 1, the new building of the Nanshan City Museum officially opened to the public. The new building has a floor area of 38,000 square metres and six permanent exhibition halls, displaying more than 5,000 cultural relics from the Neolithic period to modern times.

Among the highlights is a bronze ding unearthed at the Shuangqiao site in 2019, shown to the public for the first time since its restoration. The vessel is 86 centimetres tall, and the inscription of 42 characters on its inner wall records a royal gift of land.

The museum has also set up a children's discovery hall, where young visitors can try rubbing inscriptions, piece together replica pottery and watch a restorer at work through a glass wall.

Admission is free. Visitors can make reservations through the museum's official account with their ID card; each ID can book for up to five people per day. The museum is open from 9:00 to 17:00 (last entry at 16:00) and is closed on Mondays except public holidays.

Related News
· Shuangqiao site listed among the province's top ten archaeological discoveries of the year
· {L:南山图书馆新馆预计明年五一开放}
· Museum recruits volunteers: 200 places available
· {L:我市三家单位入选省级研学实践教育基地}
· Weekend guide: five exhibitions worth seeing in December

[Share] [Print] [Close]
Nanshan News Network | Copyright © 2026
""")

ll("share-bar-hot-list", """
Qinghe News
Home | Local | Education | Health | Business | Opinion

Education
Surprise inspections of 126 school canteens find problems at 19
2026-12-02 09:30 | Qinghe Daily

From November 18 to 28, the municipal market supervision bureau and the education bureau jointly carried out unannounced inspections of 126 primary and secondary school canteens in the city.

The inspectors focused on food purchase records, the storage of raw materials, sample retention, staff health certificates and the cleaning of tableware. Problems were found at 19 canteens, mainly incomplete purchase records, expired seasonings and inadequate separation of raw and cooked food. All 19 schools were ordered to make corrections within a time limit, and two catering contractors were fined.

The bureau said it would publish the inspection results on its website and install a "bright kitchen" live-stream system in all school canteens by the end of next year, so that parents can watch food being prepared on their phones.

{L:分享到：}WeChat Weibo {L:QQ空间}

{L:扫一扫，用手机看新闻}

{L:热点排行}
1. City to add 3,000 public charging points next year
2. {L:这些路段明起限行，请绕行}
3. Qinghe No. 1 Hospital opens night clinic for children
4. {L:冬季流感高发，专家教你如何预防}
5. Property market: new home prices fall for fourth month

About us | Contact | Advertising | Report illegal content
Qinghe News © 2026
""")

ll("leader-words-after-colon", """
Huaiyang News Net
Home | Politics | Economy | Society | Specials

Zhao Guoqiang inspects winter water conservancy projects
2026-12-03 18:20 | Source: Huaiyang Daily

On December 2, Zhao Guoqiang, secretary of the municipal Party committee, went to Liuhe county and Xinan district to inspect the construction of winter water conservancy projects and the reinforcement of river embankments.

At the reinforcement site of the Liuhe embankment, a banner reading {D:“防汛无小事”}, "nothing in flood prevention is a small matter", hung over the work sheds. Zhao Guoqiang walked along the dike, asked in detail about the progress of the project and the quality of the earthwork, and talked with workers about their wages and living conditions.

Zhao Guoqiang stressed: {L:“要坚持人民至上、生命至上，抓住冬春有利时机，把各项工程质量和安全措施落实到每一个环节。”}

At the Xinan district pumping station, he listened to a report on the station's upgrade. The upgraded station will raise drainage capacity from 40 to 65 cubic metres per second and is planned to be completed before the flood season next May.

Zhao Guoqiang pointed out that all departments should strengthen coordination, promptly solve difficulties in land acquisition and funding, and ensure that the projects are completed on schedule. {L:要加强汛前隐患排查，确保安全度汛。}

{L:市领导李建华、孙伟参加调研。}

Editor: Gao Yan
[Print] [Close]
""")

ll("statistic-sentence-mid-paragraph", """
Dongjiang Economic News
Home | Macro | Industry | Finance | Property | Data

Dongjiang's GDP grows 5.6% in the first three quarters
2026-10-28 15:00 | Source: Municipal Bureau of Statistics

According to the unified accounting results of the provincial statistics bureau, the city's gross domestic product in the first three quarters of 2026 was 512.3 billion yuan, an increase of 5.6% year on year at comparable prices. {L:其中，第一产业增加值186.4亿元，同比增长3.1%；第二产业增加值2103.5亿元，同比增长6.2%。}The added value of the tertiary industry was 283.31 billion yuan, up 5.4%.

Industrial production grew steadily. The added value of industrial enterprises above designated size increased by 6.8% year on year. Output of new energy vehicles, industrial robots and integrated circuits grew by 31.5%, 18.2% and 12.7% respectively.

Consumption recovered. Total retail sales of consumer goods reached 198.6 billion yuan, up 4.9%. {L:限额以上单位通过公共网络实现的商品零售额增长11.3%。}Catering revenue increased by 7.2%.

The investment structure continued to improve. Fixed asset investment increased by 3.8%, of which investment in high-tech manufacturing rose by 15.6% and infrastructure investment by 6.1%. Real estate development investment fell by 8.9%.

Prices remained stable. The consumer price index rose by 0.4% year on year.

Note: The growth rates of GDP and added value are calculated at comparable prices.

Related data: Monthly industrial output | Consumer price index, September
Dongjiang Economic News © 2026
""")

ll("comma-glued-clauses", """
Haicheng Business Daily · English Edition
Home | Trade | Investment | Enterprises | Events

The 12th Haicheng Marine Economy Expo closes
2026-11-26 | Reporter: Pan Jiayi

The three-day 12th China (Haicheng) Marine Economy Expo closed on November 25. More than 300 enterprises from 18 countries and regions took part in the exhibition，{L:现场签约项目47个，签约金额达126亿元。}

The exhibition covered an area of 60,000 square metres and was divided into five zones: marine equipment, aquaculture, offshore wind power, marine biomedicine and coastal tourism. A model of a 15-megawatt offshore wind turbine made by a local company attracted many visitors，{L:成为本届展会的“网红”展品。}

During the expo, the organisers held 12 forums and matchmaking meetings，{L:吸引了来自高校、科研院所和金融机构的1200余名嘉宾参加。}Experts discussed deep-sea aquaculture, the protection of marine ecosystems and green shipping.

According to statistics, the expo received a total of 86,000 visits, with professional buyers accounting for 35%. Online live broadcasts of the event were watched more than 3 million times.

The organising committee said the next expo will be held in November 2027 and will add an international pavilion for partner countries.

Editor: Zhang Ming
Share | Print | Close
""")

ll("editors-note-box", """
Jiangcheng Culture Net
Home | Culture | Heritage | Reading | People

{L:【编者按】非遗是活着的历史。即日起，本网推出“寻访非遗传承人”系列报道，带您走近身边的手艺人，感受传统技艺的温度。}

Seeking Heritage Inheritors | Wang Shulan: forty years of paper-cutting
2026-12-02 | Reporter: Liu Qian

In a small courtyard in the old town, 68-year-old Wang Shulan holds a pair of scissors no longer than her palm. A sheet of red paper turns in her hands, and within ten minutes a pair of magpies on a plum branch appears.

Wang Shulan is a municipal-level representative inheritor of Jiangcheng paper-cutting. She learned the craft from her grandmother at the age of nine, cutting window flowers for the Spring Festival by the light of an oil lamp.

In 2018 she opened a free paper-cutting class in her community. More than 600 students have studied with her so far, the youngest only six years old.

"Paper-cutting is not difficult to learn, but it is difficult to keep doing," she said. "You have to cut every day, or your hands forget."

This year her works were exhibited at the provincial intangible cultural heritage expo, and a set of twelve zodiac paper-cuts was collected by the provincial museum.

Next in the series: the last bamboo-weaving master of Shiqiao village
Jiangcheng Culture Net © 2026 | Submit a story | Contact
""")

ll("untranslated-last-paragraph", """
Yunling Health News
Home | Health | Food Safety | Disease Control | Ask the Doctor

Three hospitalised after eating wild mushrooms; CDC warns against picking
2026-07-15 11:20 | Source: Yunling Evening News

On July 13, three members of a family in Shuanghe township were sent to hospital with vomiting, dizziness and hallucinations after eating wild mushrooms they had picked on a hillside behind their house. After treatment, two of them have been discharged and one is still under observation.

Since June, the city's hospitals have treated 47 patients for wild mushroom poisoning, more than in the same period last year. Most cases involved elderly people who believed they could tell edible mushrooms from poisonous ones by experience.

A short rhyme about poisonous mushrooms has become popular online in Yunnan: {D:“红伞伞，白杆杆，吃完一起躺板板。”} It means "red cap, white stem, eat it and we all lie on planks together", the planks being coffin boards. Doctors say the rhyme is memorable but dangerous if taken as a rule, because many deadly species are plain white or brown.

Experts from the city CDC said there is no reliable folk method, such as boiling mushrooms with garlic or silver, for identifying toxic species.

{L:疾控专家提醒：不采摘、不购买、不加工、不食用不认识的野生菌。一旦出现恶心、呕吐、腹泻等症状，应立即到正规医院就诊，并尽量保留剩余的野生菌样品，以便医生判断病情。}

Editor: Yang Fan
Related: Which wild mushrooms may be sold at markets? | Summer food safety tips
""")

ll("weibo-card-untranslated", """
Southwest Today · English
News | Travel | Society | Business | Video

Hot spring resort apologises after guests are turned away on holiday weekend
2026-10-06 20:14 | By Tang Wei

Yunling Hot Spring Resort issued an apology on its official Weibo account on Monday evening after dozens of guests who had booked rooms for the National Day holiday were told on arrival that none were available.

One guest, who posts as {D:背包客小林} ("Backpacker Xiaolin"), wrote on Sunday: {D:“提前一个月订的房，到了前台说没房了，带着两个孩子在大堂坐到半夜。”} That translates as: "Booked the room a month ahead, got to the front desk and they said there were no rooms. Sat in the lobby until midnight with two kids."

Below is the resort's post:

Yunling Hot Spring Resort {D:云岭温泉度假村} ✔
{L:10月5日 21:36 来自 微博网页版}
{L:关于国庆期间部分客人无法入住的情况说明：由于系统故障导致房间超售，给各位客人带来不便，我们深表歉意。所有受影响的客人将获得全额退款，并赠送一晚免费住宿。}
{L:转发 3256 · 评论 1.1万 · 赞 892}

The county culture and tourism bureau said it had asked the resort to submit a written report and would investigate whether it had broken consumer protection rules.

Online travel platforms said they had suspended sales of the resort's rooms for the rest of the holiday.

Related: Holiday travel hits record high | Tips for booking during peak season
© 2026 Southwest Today
""")

ll("marathon-live-blog", """
Binhai Live · Sports
LIVE: 2026 Binhai International Marathon
Updated 11:48 · Auto-refresh: ON

11:48
The women's race has been won by Kenya's Faith Chebet in 2:24:16, a new course record. Local runner Sun Yuqi finished fourth, the best result by a Chinese woman in the race's history.

11:32
{L:男子组前三名已经产生，埃塞俄比亚选手包揽冠亚军。}

11:15
The weather is holding: 14°C, light wind off the sea. Organisers say 312 runners have been treated at medical stations, mostly for cramp.

10:58
At the 35 km mark, a group of spectators holds up a sign reading {D:“跑不动就想想终点的烤串”}: "If you can't run any more, think of the kebabs at the finish."

10:40
{L:半程马拉松男子组冠军诞生，成绩1小时03分21秒。}The winner, a university student from Hangzhou, said he had only started training seriously two years ago.

10:12
{L:温馨提示：沿海大道部分路段将于13:00前陆续恢复通车。}

09:30
The leading pack passes Lighthouse Bridge at 15 km, running at about 3 minutes per kilometre.

07:30
The race has started! 30,000 runners set off from the Binhai Olympic Centre in three waves.

← Earlier posts | Share this live blog
Binhai Live © 2026
""")

ll("price-table-cells", """
Shuangcheng Market Watch
Home | Prices | Agriculture | Consumer | Data

Wholesale vegetable prices fall slightly this week
2026-11-27 | Shuangcheng Evening News

Monitoring at the city's two main wholesale markets shows that the average wholesale price of 15 main vegetables this week was 3.86 yuan per kilogram, down 2.3% from last week. With the arrival of vegetables from the south, prices of leafy vegetables fell noticeably.

| Item | Price (yuan/kg) | Change from last week |
|---|---|---|
| Chinese cabbage | 1.20 | -7.7% |
| Spinach | 4.60 | -9.8% |
| {L:油麦菜} | 4.10 | -6.8% |
| Tomato | 5.30 | +3.9% |
| Cucumber | 4.80 | +2.1% |
| Potato | 2.40 | {L:持平} |
| Green pepper | 5.90 | -1.7% |
| {L:蒜薹} | 8.60 | +4.9% |

{L:数据来源：市发改委价格监测中心}

Analysts expect vegetable prices to stay stable or fall slightly over the next two weeks, but prices of some greenhouse vegetables may rise if a cold wave arrives as forecast.

Previous week: Pork prices rise for the third week in a row
Shuangcheng Market Watch © 2026 · Data may be reproduced with attribution
""")

ll("breadcrumb-tags-prev-next", """
Beiling News Net
Home | Beiling | China | World | Livelihood | Video | Services

{L:当前位置}: Home > Livelihood > {L:供暖专题}

Heating season begins for 1.2 million households
2026-11-15 07:50 | Source: Beiling Morning Post | Reporter: Tian Lei

At 0:00 on November 15, the city's central heating officially began, two days earlier than last year because of the early arrival of cold air. The heating period will last until March 15 next year, covering about 1.2 million households.

This year the city completed the renovation of 320 kilometres of ageing heating pipes and upgraded heating facilities in 86 old residential compounds, benefiting more than 41,000 households.

Heating companies have set up 24-hour service hotlines. Residents whose indoor temperature is below 18°C can report it through the 12345 government hotline, and repair staff will arrive within four hours.

Low-income families and households of people with severe disabilities can apply to their neighbourhood committee for a heating subsidy of 600 to 1,200 yuan.

Tags: heating, pipelines | {L:相关专题：2026年民生实事项目进展}

{L:上一篇：}Snow removal plan released for the coming winter
{L:下一篇：}New bus lines connect three industrial parks

Beiling News Net | Hosted by Beiling Daily Group | {D:冀ICP备10020304号}
""")

ll("captions-add-facts", """
Guxiang Tourism News
Home | Destinations | Festivals | Food | Photos

Lion dancers prepare for the Lantern Festival in Shangyuan village
2026-02-10 | Text and photos: Ye Chen

With two weeks to go before the Lantern Festival, the village square of Shangyuan rings every evening with drums and gongs.

Photo 1: Performers rehearse the lion dance in the village square.
{L:该舞狮队成立于1987年，现有队员32人，大多是本村的农民和返乡青年。}

Photo 2: A craftsman paints the eyes of a new lion head.
{L:一个狮头从扎骨架到上色，需要二十多天。今年村里新做了四个狮头。}

Photo 3: Children try on a lion costume under the guidance of the team's coach.

Photo 4: The lion team practises on a row of wooden poles.
{L:高桩舞狮难度大，最高的桩有3米。}

The performance on the night of the Lantern Festival will start at 19:00 in the square, followed by a lantern parade through the old streets. Visitors are advised to take the shuttle bus from the county town, as parking in the village is limited.

Share: WeChat | Weibo
Guxiang Tourism News · Tourism Office of Guxiang County
""")

ll("villager-quote-left", """
Wuyi Today · Features
Home | News | Features | Tea | Travel

Tea village goes online: how livestreaming changed Xiamei's harvest
2026-05-08 | Reporter: Huang Siyu

Every April, the hills around Xiamei village turn a bright green, and from dawn the terraces are full of pickers with bamboo baskets on their backs.

Wu Laifu, 72, has picked tea for sixty years. Standing between the rows, he pointed at the terraces and repeated a saying every villager knows: {D:“茶是三分种，七分管。”} "Tea is thirty percent planting and seventy percent tending."

Three years ago his granddaughter Wu Jing came back from Xiamen and began livestreaming from the tea garden. At first only a few dozen people watched. Now her evening broadcasts, in which she shows her grandfather roasting leaves in an iron pan, regularly draw more than ten thousand viewers.

Last year the family sold more than 4,000 kilograms of tea online, about three times what they used to sell to dealers.

"{L:以前采茶靠人，炒茶靠火，现在连卖茶都靠手机了。}" Wu Laifu said with a laugh.

Not everyone has benefited equally. Older farmers without smartphones still rely on the village cooperative, which collects their leaves and sells them under a shared brand. The cooperative says it paid members 12% more per kilogram this year than last.

The village plans to build a tea-processing centre and twenty homestay rooms by 2028, so that viewers can come and pick the tea they have watched online.

Editor: Lin Hui | Share | Print
""")

ll("policy-numbered-headings", """
Hexi Municipal People's Government
Home | Government Information | Policies | Services | Interaction | {D:中文版}

Several Measures of Hexi City to Support the Development of Small and Micro Enterprises
Document No.: Hexi Zhengfa [2026] No. 21 | Date issued: 2026-11-20

In order to implement the decisions of the provincial government on stabilising growth and protecting employment, and to further help small and micro enterprises reduce costs and overcome difficulties, the following measures are formulated.

1. Reduce tax and fee burdens
(1) Small-scale taxpayers whose monthly sales are below 100,000 yuan shall be exempt from value-added tax.
(2) Enterprises that do not lay off staff, or lay off fewer than 5% of them, shall receive a refund of 50% of the unemployment insurance premiums they paid in the previous year.

{L:二、加大金融支持力度}
(3) A loan risk compensation fund of 500 million yuan shall be established to share losses with banks on loans to small and micro enterprises.
(4) Banks are encouraged to expand first-time loans and renewals without repayment, and the guarantee fee for policy guarantee institutions shall not exceed 1%.

3. Optimise government services
(5) Business registration shall be completed within one working day.
(6) Government departments and state-owned enterprises shall pay small and micro enterprises within 30 days of receiving goods or services.

{L:四、强化组织保障}
(7) All districts and departments shall formulate implementation rules within one month and report their progress to the municipal government every quarter.
(8) These measures shall come into effect on January 1, 2027 and remain valid for three years. {L:此前相关政策与本措施不一致的，以本措施为准。}

Hexi Municipal People's Government
November 20, 2026
""")

ll("comment-thread-untranslated", """
Linhai News
Home | Local | Transport | Education | Comments

New bus line 88 to link the high-speed rail station with the university town
2026-12-02 08:00 | Linhai Evening News

From December 8, the new bus line 88 will run between the Linhai South high-speed rail station and the university town, with 14 stops along the way. Buses will run every 12 minutes from 6:00 to 21:30, and the fare is 2 yuan.

Comments (46) | Hottest · Latest

mountain_runner · 2026-12-02 10:14
Finally! I used to spend forty minutes changing buses with my suitcase.
{L:回复} · {L:点赞} 128

xiaoyu_2003 · 2026-12-02 10:31
{L:希望晚上能开到十一点，晚自习下课根本没车。}
{L:回复} · {L:点赞} 96

Linhai_Dad · 2026-12-02 11:05
Will it stop at the new hospital? The route map doesn't show it.
{L:回复} · {L:点赞} 41

chenxi.w · 2026-12-02 12:20
{L:十二分钟一班还是太少了，高峰期肯定挤不上去。建议增加大站快车。}
{L:回复} · {L:点赞} 37

oldbus_fan · 2026-12-02 13:48
Electric buses, I hope. The old diesel ones on line 12 are so loud.
{L:回复} · {L:点赞} 12

{L:查看更多评论}
Comments are the views of users and do not represent this site.
""")

ll("footer-disclaimer-icp", """
Pinghu Daily Online · English
Home | Pinghu | Business | Culture | Sport | {D:中文}

Culture
Autumn lantern fair draws 200,000 visitors to the old canal town
2026-10-08 | Source: Pinghu Daily | Reporter: Shen Xiaowen

The week-long autumn lantern fair on the old canal in Pinghu ended on Tuesday night, drawing about 200,000 visitors over the National Day holiday, according to the town's tourism office.

More than 1,200 lanterns lined the two banks of the canal, including a 30-metre dragon made of silk and bamboo by craftsmen from the town's lantern workshop. Boats decorated with watermelon lanterns, a local tradition dating back to the Ming dynasty, carried visitors along a two-kilometre route.

The organisers introduced timed entry this year to avoid overcrowding on the narrow bridges. Visitors booked slots online, and the number of people on the main stone bridge was limited to 300 at a time.

Local businesses reported strong sales. A rice-cake shop near the main bridge said it sold out every evening by nine o'clock.

The town plans to turn the lantern workshop into a small museum next year, where visitors will be able to watch craftsmen at work and make their own lanterns.

Share | Print | Close
{L:免责声明：本网注明“来源：XXX”的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。}
{L:违法和不良信息举报电话：0573-85123456}
Copyright © 2026 Pinghu Daily Online. All rights reserved.
{D:浙ICP备08765432号} | {D:浙公网安备33048202000123号}
""")

ll("press-conference-qa", """
Information Office of Hanjiang Municipal People's Government
Home | Press Conferences | Policy Interpretation | Video

Press Conference on Winter Air Pollution Control (Transcript)
2026-12-01 | Press Office

Host: Good morning, friends from the media, and welcome to today's press conference. We have invited Ms Xu Lan ({D:徐岚}), deputy director of the municipal ecology and environment bureau, to introduce the city's measures for air pollution control this winter and answer your questions.

Xu Lan: Thank you. This winter, the city will focus on three areas: controlling dust from construction sites, reducing emissions from heavy diesel vehicles, and phasing out scattered coal burning in rural areas. By the end of this year, about 38,000 rural households will have switched from coal to electricity or gas for heating.

Reporter from Hanjiang TV: How will the city deal with heavy trucks that exceed emission standards?
Xu Lan: We have installed remote sensing monitoring equipment at 26 main entrances to the city, which can identify vehicles with excessive emissions automatically. Vehicles found to exceed the standard will be fined and required to be repaired. {L:下一步，我们将会同公安、交通等部门，进一步加大对重型柴油车的执法检查力度。}

{L:江南晨报记者：今年冬天是否会启动重污染天气应急响应？启动的标准是什么？}
Xu Lan: When the forecast shows that heavy pollution will last for more than 48 hours, the city will issue an orange or red alert. Industrial enterprises will reduce production according to their emission performance, and construction sites will suspend earthwork.

Host: Due to time constraints, that is all for today's press conference. Thank you, everyone.

Source: Information Office of Hanjiang Municipal People's Government
""")

ll("video-player-labels", """
Lanjiang TV Online · Video
Home | Live TV | Video | News | Programmes

[Video] Old street reopens after restoration: Qing-dynasty shop fronts back in business
{L:播放} 02:35 | {L:高清} | {L:全屏}
2026-11-29 | Lanjiang TV News

Video transcript:

(Narrator) After two years of restoration, the 600-metre-long old street on the east bank of the canal reopened to the public on November 28. The stone plaque at its entrance, {D:水街}, "Water Street", was re-carved from a rubbing of the original.

(Narrator) The restoration kept the original layout of the street and repaired 73 historic buildings, most of them shops with living quarters upstairs. Electric wires were moved underground, and a new drainage system was installed under the stone slabs.

(Interview) Shop owner Mr He: {L:“我家这个铺子是爷爷那辈传下来的，修好以后，生意比以前好多了。”}

(Narrator) At present, 52 shops have opened on the street, selling tea, silk umbrellas, bamboo crafts and local snacks. The street is open from 8:00 to 22:00 every day, and admission is free.

{L:视频制作：陈一鸣　李想}
{L:本期编辑：赵倩}

Related videos: Night cruise on the canal (01:48) | How the old bridge was repaired (03:12)
Lanjiang TV Online © 2026
""")

ll("ticker-time-labels", """
Jinzhou Rolling News
Home | Rolling | Local | China | World | Sports | Weather

Rolling news · Updated continuously

{L:刚刚}
Jinzhou Metro Line 3 to run until 1 a.m. on New Year's Eve, with trains every eight minutes after 22:00

{L:15分钟前}
City's first snow expected on Saturday night; temperatures to drop by 8°C over two days

{L:1小时前}
{L:我市公布第二批市级非物质文化遗产代表性项目名录，共28项入选}

{L:2小时前}
Provincial education department: winter holiday for primary and secondary schools to begin on January 23，{L:比去年推迟两天}

{L:3小时前}
Police crack down on illegally modified electric bikes; 260 vehicles seized in one week

{L:4小时前}
Jinzhou Zoo's two red pandas move into a new enclosure with heated shelters

Yesterday 21:40
Rural roads: 140 kilometres of village roads resurfaced this year, says transport bureau

Yesterday 18:05
Consumer association warns of prepaid gym cards after three fitness clubs close

{L:加载更多}

Jinzhou News Group | News tip-off hotline: 0416-1234567
""")

if __name__ == "__main__":
    SET.build()
