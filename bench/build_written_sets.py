"""Build bench/sets/detect2..detect5, detect7..detect9-*.jsonl: hand-written held-out sets for bench/detection.py.

Every document here was written by hand for these sets, in the layouts issue 10 describes for the
owners' held-out pages, without running mtmend while writing. detect2 was written and scored
before any change it prompted; detect3 was written after those changes and scored once; detect4
was written and scored before the changes of the next round, and detect5 after them, scored once;
detect8 (captions, headlines, thin notices, quotations, continued lists, and their deliberate
look-alikes) was written and scored before session 6's changes, detect9 (the same kinds, other subjects)
after them, scored once. Marks as
in build_detection_sets.py: `{D:…}` deliberate Chinese, `{L:…}` a leftover.
`python bench/build_written_sets.py` rewrites the sets.
"""
from __future__ import annotations

from pathlib import Path

from build_detection_sets import marked

HERE = Path(__file__).resolve().parent

DETECT2_DELIBERATE = [
    ("poem-alternating",
     "Spring View, by Du Fu\n\n{D:国破山河在，}\nThe state is broken, but hills and rivers remain;\n"
     "{D:城春草木深。}\nin the city in spring the grass and trees grow deep.\n"
     "{D:感时花溅泪，}\nMoved by the times, the flowers shed tears;\n"
     "{D:恨别鸟惊心。}\nhating separation, the birds startle the heart.\n\nDu Fu wrote this in 757, in the occupied capital.\n"),
    ("poem-blocks-zh-first",
     "## Spring Dawn (Meng Haoran)\n\n{D:春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。}\n\n"
     "Sleeping in spring, I miss the dawn;\neverywhere I hear the birds sing.\nAt night came the sound of wind and rain;\n"
     "who knows how many flowers fell?\n\nThe poem is one of the first that children learn at school.\n"),
    ("poem-blocks-en-first",
     "Translation:\n\nThe white sun sets behind the mountains,\nthe Yellow River flows into the sea.\n"
     "To see a thousand miles further,\nclimb one more floor of the tower.\n\nOriginal:\n\n"
     "{D:白日依山尽，}\n{D:黄河入海流。}\n{D:欲穷千里目，}\n{D:更上一层楼。}\n\n— Wang Zhihuan, On the Stork Tower\n"),
    ("lyrics-slash",
     "Here are the first lines of the chorus with my own translation:\n\n"
     "{D:甜蜜蜜，你笑得甜蜜蜜} / Sweet as honey, your smile is sweet as honey\n"
     "{D:好像花儿开在春风里} / like flowers opening in the spring wind\n"
     "{D:开在春风里} / opening in the spring wind\n\nTeresa Teng recorded the song in 1979.\n"),
    ("lyrics-pinyin-under",
     "Learn a song: Jasmine Flower\n\n{D:好一朵美丽的茉莉花}\nhǎo yì duǒ měilì de mòlìhuā\nWhat a beautiful jasmine flower\n\n"
     "{D:芬芳美丽满枝桠}\nfēnfāng měilì mǎn zhīyā\nSweet and lovely, it fills the branches\n\n"
     "Sing each line twice before moving on.\n"),
    ("word-list-numbered",
     "Fruit vocabulary (HSK 1-2)\n\n1. {D:苹果} píngguǒ – apple\n2. {D:香蕉} xiāngjiāo – banana\n"
     "3. {D:西瓜} xīguā – watermelon\n4. {D:葡萄} pútao – grape\n5. {D:橙子} chéngzi – orange\n\n"
     "Tip: say each word aloud while pointing at the fruit.\n"),
    ("idioms-pinyin",
     "Five idioms every learner should know\n\n"
     "**{D:画蛇添足}** (huà shé tiān zú): to draw a snake and add feet. To spoil something by doing too much.\n\n"
     "**{D:对牛弹琴}** (duì niú tán qín): to play the lute to a cow. To talk to people who cannot understand.\n\n"
     "**{D:守株待兔}** (shǒu zhū dài tù): to guard a tree stump waiting for rabbits. To wait for luck instead of working.\n\n"
     "**{D:马马虎虎}** (mǎmǎhǔhǔ): horse horse tiger tiger. So-so, careless.\n"),
    ("phrasebook-table",
     "| English | Chinese | Pinyin |\n| --- | --- | --- |\n| Where is the toilet? | {D:洗手间在哪儿？} | Xǐshǒujiān zài nǎr? |\n"
     "| How much is it? | {D:多少钱？} | Duōshao qián? |\n| I don't understand. | {D:我听不懂。} | Wǒ tīng bù dǒng. |\n"
     "| The bill, please. | {D:请结账。} | Qǐng jiézhàng. |\n"),
    ("phrasebook-tabs",
     "Useful phrases at the hotel\n\nI have a reservation.\t{D:我有预订。}\nWhat time is breakfast?\t{D:早餐几点？}\n"
     "Can I check out late?\t{D:可以晚点退房吗？}\nPlease call a taxi for me.\t{D:请帮我叫一辆出租车。}\n"),
    ("lesson-transcript-parens",
     "Lesson 12 transcript\n\nTeacher: {D:你叫什么名字？} (What is your name?)\nAnna: {D:我叫安娜。} (My name is Anna.)\n"
     "Teacher: {D:你是哪国人？} (Which country are you from?)\nAnna: {D:我是德国人。} (I am German.)\n\n"
     "Listen again and repeat after Anna.\n"),
    ("lesson-transcript-lines",
     "Dialogue 3: Asking the way\n\nA: {D:请问，火车站怎么走？}\nA: Excuse me, how do I get to the train station?\n"
     "B: {D:一直往前走，然后左转。}\nB: Go straight ahead, then turn left.\nA: {D:远吗？}\nA: Is it far?\n"
     "B: {D:不远，走路十分钟。}\nB: Not far, ten minutes on foot.\n"),
    ("film-infobox",
     "Farewell My Concubine (Chinese: {D:霸王别姬}; pinyin: Bàwáng Bié Jī) is a 1993 Chinese drama film directed by "
     "Chen Kaige ({D:陈凯歌}). It stars Leslie Cheung ({D:张国荣}), Zhang Fengyi ({D:张丰毅}) and Gong Li ({D:巩俐}).\n\n"
     "The film won the Palme d'Or at Cannes.\n"),
    ("novel-characters",
     "Dream of the Red Chamber ({D:红楼梦}) was written by Cao Xueqin ({D:曹雪芹}) in the eighteenth century.\n\n"
     "Main characters\n- Jia Baoyu ({D:贾宝玉}), the heir of the family\n- Lin Daiyu ({D:林黛玉}), his cousin\n"
     "- Xue Baochai ({D:薛宝钗}), another cousin\n"),
    ("film-cast-list",
     "In the Mood for Love (2000)\n\nCast\n* Tony Leung Chiu-wai {D:梁朝伟} as Chow Mo-wan\n"
     "* Maggie Cheung {D:张曼玉} as Su Li-zhen\n* Rebecca Pan {D:潘迪华} as Mrs. Suen\n\nDirected by Wong Kar-wai {D:王家卫}.\n"),
    ("name-fields",
     "Li Bai\n\nChinese: {D:李白}\nPinyin: Lǐ Bái\nCourtesy name: Taibai ({D:太白})\nBorn: 701\nDied: 762\n\n"
     "Li Bai was a poet of the Tang dynasty, admired for his poems about wine and the moon.\n"),
    ("wikipedia-lead",
     "Hangzhou (Chinese: {D:杭州}; pinyin: Hángzhōu) is the capital of Zhejiang province. West Lake "
     "({D:西湖}) lies to the west of the old city, and the Lingyin Temple ({D:灵隐寺}) stands in the hills beyond it.\n"),
    ("podcast-paragraphs-en-zh",
     "Episode 41: Moving to Chengdu\n\nThis week I talk about my first month in Chengdu. The food is spicy, the people "
     "are relaxed, and the tea houses are full all day.\n\n{D:这周我聊聊我在成都的第一个月。这里的菜很辣，人们很悠闲，茶馆一整天都坐满了人。}\n\n"
     "I also found a small flat near a park. The rent is cheaper than in Shanghai.\n\n"
     "{D:我还在一个公园附近找到了一套小公寓。房租比上海便宜。}\n"),
    ("podcast-paragraphs-zh-en",
     "Show notes\n\n{D:今天我们请来了一位厨师，她在北京开了一家饺子馆。}\n\nToday our guest is a cook who runs a dumpling "
     "shop in Beijing.\n\n{D:她告诉我们，好的饺子皮一定要手擀。}\n\nShe tells us that good dumpling wrappers must be rolled by hand.\n"),
    ("inline-alternating-en-zh",
     "Our town has a small museum. {D:我们镇上有一个小博物馆。} It opens every day except Monday. "
     "{D:除了星期一，每天都开放。} Entry is free for children. {D:儿童免费入场。} The café on the top floor has a view "
     "of the river. {D:顶楼的咖啡馆可以看到河景。}\n"),
    ("inline-alternating-zh-en",
     "{D:欢迎参加今年的读书节。} Welcome to this year's book festival. {D:活动将持续三天。} The events will last three days. "
     "{D:所有讲座都在图书馆二楼举行。} All talks are held on the second floor of the library.\n"),
    ("originals-after-translations",
     "Books mentioned in this review\n\n1. The Three-Body Problem\n2. Wolf Totem\n3. Brothers\n4. To Live\n\n"
     "Original titles\n\n1. {D:三体} – Liu Cixin, 2008\n2. {D:狼图腾} – Jiang Rong, 2004\n3. {D:兄弟} – Yu Hua, 2005\n"
     "4. {D:活着} – Yu Hua, 1993\n"),
    ("quotes-originals-after",
     "Sayings from the Analects\n\n- Learning without thought is labour lost.\n- When three walk together, one can be my teacher.\n"
     "- Do not do to others what you do not want done to you.\n\nIn Chinese:\n\n- {D:学而不思则罔。} (2.15)\n"
     "- {D:三人行，必有我师焉。} (7.22)\n- {D:己所不欲，勿施于人。} (15.24)\n"),
    ("zh-title-above-en",
     "{D:我的北京之旅}\nMy Trip to Beijing\n\nLast summer I spent two weeks in Beijing. I walked on the Great Wall, "
     "ate roast duck and got lost in the hutongs more than once.\n"),
    ("original-title-field",
     "Title: The Wandering Earth\nOriginal title: {D:流浪地球}\nAuthor: Liu Cixin\nTranslator: Ken Liu\nPages: 452\n\n"
     "A collection of ten stories, from a sun about to explode to a war fought with dust.\n"),
    ("quoted-greetings",
     "When we arrived, the host greeted us with \"{D:你好！}\" and a cup of tea. At New Year people say \"{D:新年快乐}\" "
     "(Happy New Year) to everyone they meet, and shopkeepers call out \"{D:欢迎光临}\" whenever a customer walks in.\n"),
    ("calligraphy-caption",
     "The scroll in the hall reads {D:宁静致远} – \"calm brings you far\". It was written by my grandfather in 1962.\n"),
    ("menu",
     "Dinner menu\n\nMapo tofu {D:麻婆豆腐} ........ 12\nKung Pao chicken {D:宫保鸡丁} ........ 15\n"
     "Hot and sour soup {D:酸辣汤} ........ 8\nSteamed rice {D:米饭} ........ 2\n"),
    ("travel-stations",
     "Take Line 2 and get off at People's Square ({D:人民广场}). Walk north along Nanjing Road ({D:南京路}) "
     "until you reach the Bund ({D:外滩}).\n"),
    ("museum-labels",
     "Room 4: Bronzes\n\nRitual food vessel ({D:鼎}), Western Zhou, about 900 BC.\n"
     "Wine vessel in the shape of an owl ({D:鸮尊}), Shang dynasty.\nBell ({D:编钟}), Warring States period.\n"),
    ("bilingual-notice",
     "Notice {D:通知}\n\nThe office will be closed on Monday for the public holiday. {D:办公室因公共假日周一关闭。}\n"
     "Urgent requests can be sent by email. {D:紧急事务可通过电子邮件发送。}\n"),
    ("character-etymology",
     "The character {D:人} (rén, person) shows a walking figure. Add a line across it and you get {D:大} (dà, big), "
     "a person with arms spread wide. Put a line above that and it becomes {D:天} (tiān, sky).\n"),
    ("measure-words",
     "Measure words\n\n{D:一本书} yì běn shū – one book\n{D:两只猫} liǎng zhī māo – two cats\n"
     "{D:三张纸} sān zhāng zhǐ – three sheets of paper\n{D:四杯茶} sì bēi chá – four cups of tea\n"),
    ("tea-article",
     "Longjing ({D:龙井}, \"Dragon Well\") is a green tea from the hills around West Lake. Biluochun ({D:碧螺春}) "
     "comes from Suzhou, and Tieguanyin ({D:铁观音}) is an oolong from Fujian.\n"),
    ("festival-page",
     "The Mid-Autumn Festival ({D:中秋节}, Zhōngqiū Jié) falls on the fifteenth day of the eighth lunar month. "
     "Families eat mooncakes ({D:月饼}) and look at the full moon together.\n"),
    ("film-scene-transcript",
     "Scene 5\n\n00:12:03  {D:我等你。}  I'll wait for you.\n00:12:06  {D:等多久？}  For how long?\n"
     "00:12:09  {D:等到你回来。}  Until you come back.\n"),
    ("company-footer",
     "About Us\n\nBright Lamp Lighting was founded in Ningbo in 2006 and makes LED lamps for shops and offices.\n\n"
     "Chinese name: {D:宁波明灯照明有限公司}\nCopyright 2025 Bright Lamp Lighting. {D:浙ICP备19087654号-1}\n"),
    ("letter-signoff",
     "Dear Tom,\n\nThank you for your kind letter and the photographs from the wedding.\n\nBest wishes,\n{D:王芳} (Wang Fang)\n"),
    ("episode-vocab",
     "In this episode we ride the subway across town.\n\nWords in this episode: {D:地铁} dìtiě, subway; "
     "{D:换乘} huànchéng, to change lines; {D:出口} chūkǒu, exit; {D:车票} chēpiào, ticket.\n"),
    ("blockquote-original",
     "The novel opens with the author's famous lament:\n\n> Pages full of absurd words,\n> a handful of bitter tears.\n\n"
     "> {D:满纸荒唐言，}\n> {D:一把辛酸泪。}\n\nReaders have argued for two centuries about what he meant.\n"),
    ("recipe-zh-title",
     "{D:红烧肉}\nRed-braised pork\n\nIngredients: 500 g pork belly, 2 tbsp rock sugar, 3 tbsp light soy sauce, "
     "1 tbsp dark soy sauce, ginger, star anise.\n"),
    ("parenthetical-translations",
     "Three phrases for your first date: {D:我喜欢你} (I like you), {D:你很漂亮} (you are beautiful) and "
     "{D:我们再见面吧} (let's meet again).\n"),
    ("poem-title-line",
     "Spring Dawn {D:春晓} — Meng Haoran {D:孟浩然}\nQuiet Night Thought {D:静夜思} — Li Bai {D:李白}\n"
     "Climbing Stork Tower {D:登鹳雀楼} — Wang Zhihuan {D:王之涣}\n"),
    ("heading-bilingual-markdown",
     "# Opening hours {D:开放时间}\n\nMonday to Friday, 9 am to 5 pm.\n\n# Tickets {D:门票}\n\n"
     "Adults 40 yuan, students 20 yuan.\n"),
]

DETECT2_LEFTOVERS = [
    ("breadcrumb",
     "{L:当前位置：首页 > 新闻动态 > 正文}\n\nThe provincial library reopened on Saturday after two years of repairs.\n"
     "It now has a reading room for children and a café.\n"),
    ("publish-time-views",
     "Wetland park opens to visitors\n{L:发布时间：2025-06-01 10:32  浏览次数：}356\n\n"
     "The new wetland park on the east bank covers 120 hectares and has six kilometres of boardwalk.\n"),
    ("source-field",
     "Exports of electric cars rose by a third in the first half of the year, customs data showed.\n\n{L:来源：人民网}\n"),
    ("byline-editor",
     "{L:作者：张伟  编辑：刘洋}\n\nThe high-speed line between the two cities will open in December, "
     "cutting the journey to forty minutes.\n"),
    ("responsible-editor",
     "The festival drew more than 30,000 visitors over three days.\n\nOrganisers plan to hold it again next spring.\n\n"
     "{L:责任编辑：王磊}\n"),
    ("vendor-credit",
     "Home | About | Products | Contact\n\nWe make hand-painted porcelain in Jingdezhen.\n\n"
     "{L:技术支持：北京云网科技有限公司}  {D:京ICP备12345678号}\n"),
    ("sponsor-footer",
     "Copyright 2024 City Government.\n{L:主办单位：某市人民政府办公室  承办单位：市大数据中心}\n"),
    ("untranslated-paragraph-bilingual",
     "The school garden grows vegetables for the canteen.\n\n{D:学校菜园为食堂种植蔬菜。}\n\n"
     "Pupils water the plants every morning before class.\n\n{L:今年秋天，学校还将组织家长参观菜园，并举办丰收节。}\n"),
    ("untranslated-sentence-in-pairs",
     "The bridge opened in 1999. {D:这座桥于1999年通车。} {L:桥上每天有五万辆汽车通过，交通十分拥堵。} "
     "It is painted red. {D:桥身被漆成红色。}\n"),
    ("spam-inline",
     "Our hotel is ten minutes from the airport. {L:澳门新葡京官方网站注册即送88元} Rooms have free Wi-Fi and breakfast.\n"),
    ("spam-hot-searches",
     "Thanks for reading our guide to hiking in the Alps.\n\n{L:热门搜索：北京赛车 | 在线棋牌 | 六合彩开奖结果}\n"),
    ("last-paragraph-chinese",
     "The company opened its first overseas factory in Hungary in March.\n\nIt will employ about 800 workers.\n\n"
     "{L:该公司表示，未来三年将继续加大在欧洲的投资力度，并计划在西班牙建设第二座工厂。}\n"),
    ("clause-in-english",
     "The plan will {L:进一步加强基础设施建设} over the next five years, the mayor said.\n"),
    ("prev-next-links",
     "The museum will stay open until 9 pm on Fridays during the summer.\n\n{L:上一篇：我市举办夏季音乐节}\n"
     "{L:下一篇：图书馆延长开放时间}\n"),
    ("share-print-close",
     "Farmers in the north began harvesting wheat this week.\n\n{L:分享到：微信 微博 QQ空间}\n{L:【打印本页】【关闭窗口】}\n"),
    ("font-size-label",
     "{L:字号：大 中 小}\n\nThe city will plant 10,000 trees along its main roads this autumn.\n"),
    ("lone-paragraph-unrelated",
     "Our hotel offers rooms with sea views and a pool on the roof.\n\n"
     "{L:我们公司成立于1998年，主要生产汽车零部件，产品远销欧美。}\n\nBook early for the summer season.\n"),
    ("zh-headline-untranslated",
     "{L:关于加强城市垃圾分类管理工作的通知}\n\nAll districts must set up sorting points for household waste by the end "
     "of the year and report their progress every month to the city office.\n"),
    ("caption-untranslated",
     "Workers assemble engines at the new plant, which opened in May.\n\n{L:图为工人在车间内作业。}\n"),
    ("table-cells",
     "| Item | 2023 | 2024 |\n| --- | --- | --- |\n| Revenue | 120 | 135 |\n| {L:营业利润} | 18 | 22 |\n"
     "| {L:净利润} | 12 | 15 |\n"),
    ("form-labels",
     "Contact us\n\nFill in the form and we will reply within one day.\n\n{L:姓名：}\n{L:电话：}\n{L:留言内容：}\n{L:提交}\n"),
    ("footer-nav",
     "We have sold garden tools online since 2010.\n\n{L:联系我们 | 网站地图 | 隐私政策}\n"),
    ("half-list",
     "What to bring on the tour:\n\n1. Comfortable shoes\n2. A water bottle\n3. Sun cream\n"
     "4. {L:雨伞或雨衣}\n5. {L:身份证件}\n"),
    ("untranslated-quote",
     "The minister visited the flooded villages on Tuesday. He said: \"{L:我们会尽一切努力帮助受灾群众重建家园。}\"\n"),
    ("comment-spam",
     "Comments (2)\n\nAnna: Great photos, thank you!\n\nguest: {L:加微信 abc12345 代开各类发票 正规可查}\n"),
    ("keywords-field",
     "Rice prices held steady in May as the harvest came in.\n\n{L:关键词：大米 价格 丰收}\n"),
    ("click-count",
     "Night market returns to the old town\n{L:点击：}2041{L:  日期：}2025-07-12\n\nStalls sell noodles, "
     "skewers and fruit from 6 pm until midnight.\n"),
    ("dateline-zh",
     "{L:2024年5月3日 星期五}\n\nThe new bus routes start on Monday and link the three university campuses.\n"),
    ("photo-credit",
     "Volunteers clean the beach on Sunday morning. {L:（记者 李娜 摄）}\n\nMore than 200 people took part.\n"),
    ("paragraph-wrong-neighbour",
     "The village is known for its tea.\n{D:这个村子以茶叶闻名。}\n\nEvery spring, pickers climb the terraces at dawn.\n"
     "{L:村里的小学去年翻新了教学楼，还新建了一个操场。}\n"),
    ("glued-clause-commas",
     "According to the report,{L:今年一季度全市地区生产总值同比增长5.2%},exceeding expectations.\n"),
    ("mixed-header-block",
     "{L:网站首页 | 机构概况 | 政务公开 | 办事服务}\n\nThe district office has moved to 18 River Road. "
     "Opening hours are unchanged.\n"),
]

# Written after the changes that detect2 prompted, without running mtmend while writing; scored once.
DETECT3_DELIBERATE = [
    ("lyrics-alternating",
     "A folk song from the south\n\n{D:小河弯弯向东流，}\nThe little river winds to the east,\n"
     "{D:流过我家门前的老桥。}\nflowing past the old bridge by my door.\n{D:妈妈在河边洗衣裳，}\n"
     "Mother washes clothes by the river,\n{D:我在桥上唱着歌。}\nand I sing on the bridge.\n"),
    ("idiom-of-the-day",
     "Today's idiom is {D:一石二鸟} (yì shí èr niǎo), literally \"one stone, two birds\". It means the same as "
     "the English saying about killing two birds with one stone.\n"),
    ("word-list-colon",
     "Weather words\n\n{D:下雨} xiàyǔ: to rain\n{D:下雪} xiàxuě: to snow\n{D:刮风} guāfēng: to be windy\n"
     "{D:晴天} qíngtiān: a sunny day\n"),
    ("vocab-table-zh-first",
     "| Character | Pinyin | Meaning |\n|:-:|:-:|---|\n| {D:猫} | māo | cat |\n| {D:狗} | gǒu | dog |\n"
     "| {D:鱼} | yú | fish |\n| {D:鸟} | niǎo | bird |\n"),
    ("novel-names",
     "Journey to the West ({D:西游记}) follows the monk Xuanzang ({D:玄奘}) on his way to India. He is guarded by "
     "the Monkey King, Sun Wukong ({D:孙悟空}), and by Zhu Bajie ({D:猪八戒}).\n"),
    ("film-fields",
     "Crouching Tiger, Hidden Dragon\n\nTraditional Chinese: {D:臥虎藏龍}\nSimplified Chinese: {D:卧虎藏龙}\n"
     "Hanyu Pinyin: Wò Hǔ Cáng Lóng\nDirected by: Ang Lee\nRelease date: 2000\n"),
    ("podcast-zh-first",
     "Episode 7 notes\n\n{D:这一集我们去了云南的一个小村庄，那里的人们种茶已经有几百年了。}\n\n"
     "In this episode we visit a small village in Yunnan, where people have grown tea for hundreds of years.\n\n"
     "{D:村长带我们参观了最老的茶树。}\n\nThe village head showed us the oldest tea tree.\n"),
    ("inline-news-pairs",
     "The new train line will open in October. {D:新的铁路线将于十月开通。} Trains will run every twenty minutes. "
     "{D:列车每二十分钟一班。} Tickets will cost the same as the bus. {D:票价将与公交车相同。}\n"),
    ("zh-blog-title",
     "{D:春节回家}\nGoing Home for Spring Festival\n\nEvery year millions of people travel home for the new year. "
     "This year I took the night train to my grandmother's village.\n"),
    ("song-originals-bullets",
     "Tracks on the record\n\n• Moonlight over the Lotus Pond\n• The Little Apple\n• Blue and White Porcelain\n\n"
     "Chinese titles\n\n• {D:荷塘月色}\n• {D:小苹果}\n• {D:青花瓷}\n"),
    ("quoted-with-meaning",
     "When someone gives you a present, say \"{D:谢谢}\" (thank you). If they thank you, answer \"{D:不客气}\" "
     "(you're welcome).\n"),
    ("dialogue-pinyin-translation",
     "Dialogue: buying fruit\n\n{D:这些橘子怎么卖？}\nZhèxiē júzi zěnme mài?\nHow much are these oranges?\n\n"
     "{D:十块钱一斤。}\nShí kuài qián yì jīn.\nTen yuan for half a kilo.\n"),
    ("wikipedia-lead-city",
     "Chengdu (Chinese: {D:成都}; pinyin: Chéngdū) is the capital of Sichuan ({D:四川}). The Du Fu Thatched "
     "Cottage ({D:杜甫草堂}) is one of its best-known sights.\n"),
    ("menu-zh-first",
     "Lunch specials\n\n{D:扬州炒饭} Yangzhou fried rice – 9\n{D:牛肉面} beef noodle soup – 11\n"
     "{D:小笼包} soup dumplings – 8\n"),
    ("shop-sign",
     "The sign above the door says {D:老字号} (an old, trusted brand). The shop has sold soy sauce here since 1890.\n"),
    ("bilingual-notice-lines",
     "Library notice\n\nThe library will close at 6 pm on Friday.\n{D:图书馆周五下午六点闭馆。}\n"
     "Books can be returned at the front desk.\n{D:图书可在前台归还。}\nThank you for your understanding.\n"
     "{D:感谢您的理解。}\n"),
    ("quote-original-after",
     "Laozi wrote: \"Those who know do not speak; those who speak do not know.\"\n\n{D:知者不言，言者不知。}\n"),
    ("tv-characters",
     "Characters\n\n- Zhen Huan ({D:甄嬛}), played by Sun Li ({D:孙俪})\n- the Emperor ({D:皇帝}), played by "
     "Chen Jianbin ({D:陈建斌})\n"),
    ("poem-zh-block-en-block",
     "{D:静夜思}\nThoughts on a Quiet Night\n\n{D:床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。}\n\n"
     "Before my bed the moon is bright,\nI think that it is frost on the ground.\nI lift my head and see the moon,\n"
     "I lower it and think of home.\n"),
    ("footer-security-filing",
     "Terms | Privacy | Jobs\n\nCopyright 2023 Blue Sky Travel.\n{D:沪公网安备 31010402000123号}\n"),
    ("company-chinese-name",
     "About\n\nWe are a trading company based in Shenzhen.\nChinese name: {D:深圳蓝海贸易有限公司}\n"),
    ("inline-zh-first-pairs",
     "{D:本店营业时间为上午十点至晚上十点。} The shop is open from 10 am to 10 pm. {D:周日休息。} "
     "We are closed on Sundays.\n"),
    ("subtitles-dash",
     "[00:01:15] {D:你在哪儿？} — Where are you?\n[00:01:18] {D:我在车站。} — I'm at the station.\n"
     "[00:01:21] {D:我马上就到。} — I'll be there soon.\n"),
]

DETECT3_LEFTOVERS = [
    ("breadcrumb-guillemets",
     "{L:首页 » 国际新闻 » 正文}\n\nThe summit ended on Thursday with a joint statement on trade and climate.\n"),
    ("source-author-brackets",
     "Shipping rates fell for a third month as demand from Europe slowed. {L:【来源：中国日报】【作者：陈静】}\n"),
    ("views-comments",
     "Old factory becomes an art centre\n{L:阅读量：}1,024{L:  |  评论：}12\n\nThe brick halls now hold studios and a cinema.\n"),
    ("editor-reviewer",
     "The orchestra will tour six cities in the spring.\n\n{L:编辑：孙悦  审核：周强}\n"),
    ("untranslated-middle-paragraph",
     "News {D:新闻}\n\nThe council approved a plan to widen the coast road.\n\n"
     "{L:该工程预计耗资三亿元，将于明年春季开工，工期约两年。}\n\nResidents can comment on the plan until May.\n"),
    ("essay-spam",
     "Tips for learning to swim as an adult. {L:代写论文 包过 联系QQ} 123456 Start in shallow water and practise floating.\n"),
    ("sentence-after-english",
     "The plant will open next year. {L:预计将带动当地就业两千余人。}\n"),
    ("bullets-continued",
     "Before you go:\n\n- Check the weather\n- Charge your phone\n- {L:带好雨具}\n- {L:告诉家人你的路线}\n"),
    ("photo-credit-agency",
     "Firefighters put out the blaze at the warehouse. {L:（新华社记者 王刚 摄）}\n"),
    ("related-reading",
     "The zoo welcomed two panda cubs this summer.\n\n{L:相关阅读：}\n{L:动物园新增夜间开放}\n{L:大熊猫馆完成改造}\n"),
    ("headline-untranslated",
     "{L:我省今年粮食产量再创新高}\n\nFarmers across the province brought in a record grain harvest this year, "
     "helped by good weather and new seed varieties.\n"),
    ("clause-in-sentence",
     "Officials said the project {L:已于去年底全面完工} and is now in use.\n"),
    ("copyright-address",
     "Thank you for visiting the university website.\n\n{L:版权所有：某某大学  地址：北京市海淀区学院路}1{L:号}\n"),
    ("wechat-follow",
     "The exhibition runs until the end of August.\n\n{L:扫一扫，关注我们的微信公众号}\n"),
    ("disclaimer",
     "The author has worked in the shipping industry for twenty years.\n\n{L:免责声明：本文仅代表作者个人观点，与本网站无关。}\n"),
    ("alternating-wrong-line",
     "The park opens at seven.\n{D:公园七点开门。}\nDogs must be kept on a lead.\n"
     "{L:门票可在网上提前购买，也可以在现场购买。}\n"),
    ("bilingual-list-other-content",
     "- Tickets\n- Maps\n- {L:食物和水}\n- {L:急救包}\n"),
]


# Written before any change of the fourth round (issue 10), without running mtmend while writing; scored
# before the changes it prompted.
DETECT4_DELIBERATE = [
    ("poem-lines-interleaved",
     "Leaving Baidi at Dawn (Li Bai)\n\n{D:朝辞白帝彩云间，}\nAt dawn I left Baidi among the coloured clouds,\n"
     "{D:千里江陵一日还。}\na thousand li to Jiangling and back in a single day.\n"
     "{D:两岸猿声啼不住，}\nThe apes on both banks would not stop crying\n"
     "{D:轻舟已过万重山。}\nas my light boat passed ten thousand mountains.\n"),
    ("lyrics-zh-then-en-pairs",
     "Song of the week: The Moon Represents My Heart\n\n{D:你问我爱你有多深}\nYou ask me how deep my love for you is\n\n"
     "{D:我爱你有几分}\nhow much I love you\n\n{D:我的情也真，我的爱也真}\nMy feelings are true, my love is true\n\n"
     "{D:月亮代表我的心}\nThe moon represents my heart\n"),
    ("vocab-table-three-columns",
     "| Hanzi | Pinyin | English |\n| --- | --- | --- |\n| {D:老师} | lǎoshī | teacher |\n| {D:学生} | xuésheng | student |\n"
     "| {D:同学} | tóngxué | classmate |\n| {D:学校} | xuéxiào | school |\n| {D:教室} | jiàoshì | classroom |\n"),
    ("idioms-dash",
     "Idioms about effort\n\n{D:一举两得} yì jǔ liǎng dé — to gain two things with one action\n"
     "{D:半途而废} bàn tú ér fèi — to give up halfway\n{D:井底之蛙} jǐng dǐ zhī wā — a frog at the bottom of a well; "
     "someone who knows little of the world\n"),
    ("phrasebook-en-dash-zh",
     "Phrases for the first day\n\nGood morning — {D:早上好}\nThank you very much — {D:非常感谢}\n"
     "Sorry, I am late — {D:对不起，我迟到了}\nSee you tomorrow — {D:明天见}\n"),
    ("lesson-italic-translation",
     "Lesson 4: In the classroom\n\n{D:李老师：同学们好！}\n*Teacher Li: Hello, everyone!*\n\n{D:学生们：老师好！}\n"
     "*Students: Hello, teacher!*\n\n{D:李老师：今天我们学习数字。}\n*Teacher Li: Today we will learn numbers.*\n"),
    ("film-cast-cantonese",
     "Hero ({D:英雄}) is a 2002 film directed by Zhang Yimou ({D:张艺谋}). It stars Jet Li ({D:李连杰}), "
     "Tony Leung ({D:梁朝伟}), Maggie Cheung ({D:张曼玉}) and Zhang Ziyi ({D:章子怡}).\n"),
    ("novel-author-characters",
     "Fortress Besieged ({D:围城}) is a comic novel by Qian Zhongshu ({D:钱钟书}), first published in 1947. "
     "Its hero, Fang Hongjian ({D:方鸿渐}), returns from Europe with a fake degree.\n"),
    ("podcast-en-zh-paragraphs",
     "Episode 18: The night market\n\nTonight we walk through the Muslim Quarter in Xi'an. The smell of grilled lamb "
     "is everywhere, and the queues for dumplings are long.\n\n"
     "{D:今晚我们走过西安的回民街。到处都是烤羊肉的香味，排队买饺子的人很多。}\n\n"
     "My favourite stall sells cold noodles with chili oil. It has been there for thirty years.\n\n"
     "{D:我最喜欢的小摊卖辣油凉皮。它已经在那里三十年了。}\n"),
    ("name-fields-traditional",
     "Zhuge Liang\n\nTraditional Chinese: {D:諸葛亮}\nSimplified Chinese: {D:诸葛亮}\nPinyin: Zhūgě Liàng\n"
     "Courtesy name: Kongming ({D:孔明})\nBorn: 181\nDied: 234\n\nZhuge Liang served as chancellor of Shu Han.\n"),
    ("greetings-quoted",
     "Every morning the guard at our gate calls out \"{D:早上好！}\" and waves. When I go home in the evening "
     "I answer \"{D:再见！}\", and he laughs at my accent.\n"),
    ("inline-en-zh-bakery",
     "The bakery opens at six. {D:面包店六点开门。} Bread comes out of the oven at seven. "
     "{D:面包七点出炉。} On Sundays there are also cakes. {D:星期天还有蛋糕。}\n"),
    ("inline-zh-en-notice",
     "{D:下周一学校放假。} School is closed next Monday. {D:星期二照常上课。} Classes start again as usual on Tuesday. "
     "{D:请家长注意。} Parents, please take note.\n"),
    ("film-originals-after",
     "Three films by Zhang Yimou\n\n1. Red Sorghum\n2. Raise the Red Lantern\n3. The Road Home\n\n"
     "In Chinese\n\n1. {D:红高粱} (1987)\n2. {D:大红灯笼高高挂} (1991)\n3. {D:我的父亲母亲} (1999)\n"),
    ("zh-title-line-blog",
     "{D:上海的秋天}\nAutumn in Shanghai\n\nThe plane trees on the old French streets turn yellow in November, "
     "and the evenings are cool enough for a walk by the river.\n"),
    ("original-title-film",
     "English title: To Live\nOriginal title: {D:活着}\nYear: 1994\nDirector: Zhang Yimou\nRunning time: 133 minutes\n\n"
     "The film follows one family through four decades of change.\n"),
    ("poem-block-then-translation",
     "{D:相思}\nLovesick\n\n{D:红豆生南国，\n春来发几枝。\n愿君多采撷，\n此物最相思。}\n\n"
     "Red beans grow in the southern land;\nin spring, how many branches come out?\nI hope you pick a great many,\n"
     "for these best stand for longing.\n"),
    ("photo-caption-place",
     "Photo: the north gate of the Forbidden City ({D:故宫}) after the first snow. The moat ({D:护城河}) was frozen.\n"),
    ("recipe-dish-names",
     "Dan dan noodles ({D:担担面}) come from Sichuan. Serve them with a bowl of smashed cucumber ({D:拍黄瓜}) "
     "and a pot of jasmine tea ({D:茉莉花茶}).\n"),
    ("sentence-pinyin-english",
     "Practice sentences\n\n{D:我喜欢喝茶。}\nWǒ xǐhuan hē chá.\nI like drinking tea.\n\n{D:他住在北京。}\n"
     "Tā zhù zài Běijīng.\nHe lives in Beijing.\n\n{D:今天很冷。}\nJīntiān hěn lěng.\nIt is very cold today.\n"),
    ("heading-zh-en",
     "## {D:交通} Getting there\n\nThe hotel is a short walk from the metro.\n\n## {D:餐饮} Food and drink\n\n"
     "Breakfast is served from 7 to 10.\n"),
    ("museum-sign-lines",
     "Please do not touch the exhibits.\n{D:请勿触摸展品。}\nPhotography without flash is allowed.\n"
     "{D:可以拍照，但请勿使用闪光灯。}\n"),
    ("business-card-fields",
     "Contact\n\nName: {D:陈立} (Chen Li)\nPosition: Export Manager\nCompany: {D:温州远航鞋业有限公司}\n"
     "Phone: +86 577 1234 5678\n"),
    ("footer-icp-guangdong",
     "Privacy | Terms | Sitemap\n\nCopyright 2022 Pearl River Foods. All rights reserved.\n{D:粤ICP备2021012345号}\n"),
    ("contents-bilingual",
     "Contents\n\nChapter 1: The Old House {D:第一章：老房子}\nChapter 2: The Well {D:第二章：水井}\n"
     "Chapter 3: Leaving Home {D:第三章：离开家乡}\n"),
    ("proverb-dash-meaning",
     "A proverb my grandmother liked: {D:塞翁失马，焉知非福} – when the old man lost his horse, who could know it was "
     "not good luck?\n"),
    ("srt-bilingual",
     "1\n00:00:01,000 --> 00:00:03,000\n{D:你饿了吗？}\nAre you hungry?\n\n2\n00:00:03,500 --> 00:00:05,000\n"
     "{D:有一点儿。}\nA little.\n\n3\n00:00:05,500 --> 00:00:07,000\n{D:我们去吃面吧。}\nLet's go and eat noodles.\n"),
    ("menu-table-zh-en",
     "| Dish | English | Price |\n| --- | --- | --- |\n| {D:北京烤鸭} | Peking duck | 98 |\n"
     "| {D:鱼香肉丝} | fish-fragrant pork | 32 |\n| {D:蛋炒饭} | egg fried rice | 18 |\n"),
    ("playlist-song-singer",
     "Now playing\n\n- Later ({D:后来}) – Rene Liu ({D:刘若英})\n- Tomorrow Will Be Better ({D:明天会更好}) – various singers\n"
     "- Friends ({D:朋友}) – Emil Chau ({D:周华健})\n"),
    ("hong-kong-ferry",
     "Take the Star Ferry from Central ({D:中环}) to Tsim Sha Tsui ({D:尖沙咀}). From the pier, walk to the "
     "clock tower and along the Avenue of Stars.\n"),
    ("inline-board-sentence",
     "The teacher wrote two sentences on the board: Practise a little every day. {D:每天练习一点。} "
     "Do not be afraid of mistakes. {D:不要怕犯错误。}\n"),
    ("character-radicals",
     "Many characters about water share a radical: {D:河} (hé, river), {D:海} (hǎi, sea) and {D:湖} (hú, lake) "
     "all start with the three dots of {D:氵}.\n"),
]

DETECT4_LEFTOVERS = [
    ("body-label",
     "Hospital opens new children's ward\n\n{L:正文}\n\nThe ward has forty beds and a playroom, and parents can stay "
     "overnight.\n"),
    ("breadcrumb-current",
     "{L:您现在的位置：首页 > 通知公告}\n\nThe sports centre will be closed for cleaning from 4 to 6 August.\n"),
    ("date-and-source",
     "New cycle lanes on the ring road\n{L:发布日期：}2025-03-14{L:  来源：市交通局}\n\n"
     "The city has painted 12 kilometres of cycle lanes along the inner ring road.\n"),
    ("reporter-byline",
     "{L:本报记者 刘明}\n\nSnow closed three mountain passes on Monday and cut power to several villages.\n"),
    ("site-builder-credit",
     "We have grown tea on these hills for four generations.\n\n{L:网站建设：星辰网络科技}\n"),
    ("untranslated-among-paragraphs",
     "The river festival begins on Friday with a boat race.\n\n"
     "{L:今年共有来自十二个国家的六十支队伍报名参加比赛，比去年增加了一倍。}\n\n"
     "Food stalls will line both banks until late in the evening.\n"),
    ("gambling-spam-inline",
     "Our guesthouse has six rooms and a garden. {L:皇冠体育在线投注} Breakfast is made with eggs from our own hens.\n"),
    ("lone-zh-not-translating",
     "The museum shop sells postcards, books and copies of the bronzes.\n\n"
     "{L:本馆将于下月举办青铜器修复技术讲座，欢迎市民报名。}\n"),
    ("pairs-then-untranslated",
     "The lake is frozen in January. {D:一月湖面结冰。} People skate on it at weekends. {D:周末人们在上面滑冰。} "
     "{L:为了安全，管理处每天都会检测冰层厚度。}\n"),
    ("views-count",
     "Spring planting begins in the valley\n{L:浏览次数：}873\n\nFarmers are sowing rice a week earlier than usual.\n"),
    ("zh-headline-over-other-story",
     "{L:市政府召开安全生产工作会议}\n\nThe city's football team won its third match in a row on Saturday night.\n"),
    ("table-row-labels",
     "| Region | Q1 | Q2 |\n| --- | --- | --- |\n| North | 44 | 51 |\n| {L:华南地区} | 38 | 40 |\n| {L:西部地区} | 17 | 21 |\n"),
    ("back-to-top",
     "That is all for this week. Thanks for reading.\n\n{L:返回顶部}\n"),
    ("print-close",
     "Registration for the winter courses opens on 1 November.\n\n{L:【打印】 【关闭】}\n"),
    ("form-buttons",
     "Leave a message\n\nYour email:\nYour message:\n\n{L:提交}  {L:重置}\n"),
    ("caption-zh",
     "A worker checks the solar panels on the roof of the station.\n\n{L:图为工作人员正在检查光伏板。}\n\n"
     "The panels supply a third of the station's power.\n"),
    ("checklist-half",
     "Packing list\n\n- Passport\n- Charger\n- {L:换洗衣服}\n- {L:常用药品}\n"),
    ("quote-untranslated",
     "Speaking to reporters, the coach said: \"{L:队员们今天发挥得很好，我为他们感到骄傲。}\"\n"),
    ("glued-clause",
     "The company said its profit {L:比去年同期下降了百分之十二}, mainly because of higher costs.\n"),
    ("paragraph-after-pairs",
     "The garden opens at eight.\n{D:花园八点开放。}\n\nThe tea house closes at five.\n{D:茶室五点关门。}\n\n"
     "{L:园内正在进行道路维修，部分区域暂不开放，给您带来不便敬请谅解。}\n"),
    ("prev-next",
     "The city choir gave its first concert in the new hall.\n\n{L:上一条：}Choir auditions open\n"
     "{L:下一条：}Hall opening hours\n"),
    ("related-news",
     "Water prices will stay the same next year, the utility said.\n\n{L:相关新闻}\n- Rainfall below average in June\n"),
    ("url-spam",
     "Read more hiking tips on our blog. {L:澳门赌场官网} www.example-bet.com {L:注册送彩金}\n"),
    ("statement-footer",
     "The views in this column are the writer's own.\n\n{L:特别声明：本文转载自其他媒体，转载目的在于传递更多信息。}\n"),
    ("wrong-neighbour-inline",
     "The station has two exits. {L:这里的咖啡很好喝，价格也便宜。} Use the east exit for the bus.\n"),
    ("author-in-brackets",
     "Heavy rain is expected in the south over the weekend. {L:（作者：王晓燕）}\n"),
]


# Written after the fourth round's changes, without running mtmend while writing; scored once.
DETECT5_DELIBERATE = [
    ("poem-couplets-en-first",
     "Farewell at the ferry\n\nThe willows by the river are green again;\n{D:河边的柳树又绿了，}\n"
     "my friend's boat is already far away.\n{D:朋友的船已经走远了。}\nI stand on the bank until the sail is gone.\n"
     "{D:我站在岸上，直到看不见帆。}\n"),
    ("lyrics-slash-pairs",
     "Chorus, with a rough translation:\n\n{D:我们一起走过春夏秋冬} / together we walked through spring, summer, autumn and winter\n"
     "{D:我们一起看过山和海} / together we saw the mountains and the sea\n"),
    ("hsk-word-table",
     "| Word | Pinyin | Meaning |\n| --- | --- | --- |\n| {D:医院} | yīyuàn | hospital |\n| {D:医生} | yīshēng | doctor |\n"
     "| {D:药} | yào | medicine |\n| {D:感冒} | gǎnmào | to catch a cold |\n"),
    ("idioms-bold-colon",
     "**{D:刻舟求剑}** (kè zhōu qiú jiàn): to carve the boat to find a lost sword; to hold on to old ways.\n\n"
     "**{D:亡羊补牢}** (wáng yáng bǔ láo): to mend the pen after the sheep are lost.\n"),
    ("phrasebook-bullets",
     "At the restaurant\n\n- A table for two, please. {D:请给我们一张两人桌。}\n- Not too spicy. {D:不要太辣。}\n"
     "- Can we have the menu? {D:可以看一下菜单吗？}\n"),
    ("lesson-dialogue-alternating",
     "Dialogue 6: At the bank\n\nA: {D:我想换钱。}\nA: I would like to change money.\nB: {D:您换多少？}\n"
     "B: How much would you like to change?\nA: {D:三百美元。}\nA: Three hundred dollars.\n"),
    ("film-page-names",
     "Still Life ({D:三峡好人}) is a 2006 film by Jia Zhangke ({D:贾樟柯}), set in a town that the Three Gorges Dam "
     "is about to flood. Zhao Tao ({D:赵涛}) plays a nurse looking for her husband.\n"),
    ("hk-cast-apposition",
     "Cast\n\n- Stephen Chow {D:周星驰} as Sing\n- Ng Man-tat {D:吴孟达} as the uncle\n- Karen Mok {D:莫文蔚} as the girl\n"),
    ("podcast-zh-en-paragraphs",
     "Episode 22\n\n{D:这一集我们聊聊怎么在北京租房。很多年轻人和朋友一起合租。}\n\n"
     "In this episode we talk about renting a flat in Beijing. Many young people share a flat with friends.\n\n"
     "{D:房租通常每三个月付一次。}\n\nRent is usually paid every three months.\n"),
    ("name-infobox",
     "Su Shi\n\nChinese: {D:苏轼}\nCourtesy name: Zizhan ({D:子瞻})\nArt name: Dongpo ({D:东坡})\nBorn: 1037\n\n"
     "Su Shi was a poet, painter and official of the Song dynasty.\n"),
    ("quoted-question",
     "The waiter always greets regulars with \"{D:老样子？}\" and starts making their tea before they sit down.\n"),
    ("inline-pairs-en-zh",
     "The pool is open all year. {D:游泳池全年开放。} Swimming caps are required. {D:必须戴泳帽。} "
     "Lessons for children start at four. {D:儿童课程四点开始。}\n"),
    ("original-titles-list",
     "Novels on our reading list\n\n1. Red Sorghum Clan\n2. The Garlic Ballads\n\nOriginals\n\n1. {D:红高粱家族} – Mo Yan\n"
     "2. {D:天堂蒜薹之歌} – Mo Yan\n"),
    ("zh-title-en-title",
     "{D:在杭州的一天}\nA Day in Hangzhou\n\nWe took a boat across West Lake in the morning and drank tea in the hills "
     "in the afternoon.\n"),
    ("original-title-book",
     "Book: Ball Lightning\nOriginal title: {D:球状闪电}\nAuthor: Liu Cixin\nPublished: 2004\n"),
    ("menu-bilingual-lines",
     "Cold dishes\n\n{D:凉拌木耳} Wood ear salad  22\n{D:口水鸡} Mouth-watering chicken  36\n{D:皮蛋豆腐} Tofu with century egg  18\n"),
    ("caption-with-original",
     "The banner over the stage read {D:欢迎回家} (welcome home), painted by the pupils.\n"),
    ("footer-filing",
     "About | Jobs | Help\n\nCopyright 2024 Green Valley Farms.\n{D:苏ICP备2020123456号-2}\n"),
    ("subtitles-two-lines",
     "00:03:10 --> 00:03:12\n{D:你确定吗？}\nAre you sure?\n\n00:03:13 --> 00:03:15\n{D:我非常确定。}\nI am very sure.\n"),
    ("sentence-reading-meaning",
     "Sentence of the day\n\n{D:我每天早上跑步。}\nWǒ měitiān zǎoshang pǎobù.\nI go running every morning.\n"),
    ("travel-place-glosses",
     "From Lhasa ({D:拉萨}) the road climbs to Namtso ({D:纳木错}), a salt lake more than 4,700 metres high.\n"),
    ("quote-then-original",
     "Confucius said: \"Is it not a pleasure to learn and to practise what you have learned?\"\n\n{D:学而时习之，不亦说乎？}\n"),
]

DETECT5_LEFTOVERS = [
    ("breadcrumb-arrows",
     "{L:首页 → 政务公开 → 通知公告}\n\nThe swimming pool on Park Road will reopen on 1 June after repairs.\n"),
    ("source-editor-line",
     "Grain stores in the north are full after a good harvest.\n\n{L:来源：新华网  编辑：赵敏}\n"),
    ("publish-time-cms",
     "City opens three new libraries\n{L:时间：}2025-04-02{L:  作者：}admin\n\nThe libraries are in the eastern districts.\n"),
    ("untranslated-paragraph-news",
     "The airport will add a second runway by 2028.\n\n{L:新跑道建成后，机场每年可接待旅客四千万人次，比现在多出一半。}\n\n"
     "Work on the terminal will begin next spring.\n"),
    ("lone-paragraph-other-topic",
     "Our bakery uses flour from local mills and bakes every morning.\n\n"
     "{L:公司近日召开年度总结大会，表彰了一批优秀员工。}\n"),
    ("spam-inline-lottery",
     "The beach is a short walk from the station. {L:时时彩平台招代理日结} Parking is free after 6 pm.\n"),
    ("pairs-with-extra-sentence",
     "The museum opens at nine. {D:博物馆九点开门。} {L:周一闭馆，节假日除外。} Tickets are free. {D:门票免费。}\n"),
    ("wrong-line-alternating",
     "The trail starts behind the temple.\n{D:步道从寺庙后面开始。}\nIt takes about two hours.\n"
     "{L:山顶有一家小卖部，出售饮料和方便面。}\n"),
    ("headline-without-english",
     "{L:我区举行防汛应急演练}\n\nRescue teams practised moving people from low-lying streets on Tuesday.\n"),
    ("byline-photo",
     "Children fly kites in the square on Sunday. {L:（通讯员 陈晨 摄）}\n"),
    ("table-untranslated-cells",
     "| Product | Price |\n| --- | --- |\n| Green tea | 30 |\n| {L:红茶} | 35 |\n| {L:乌龙茶} | 40 |\n"),
    ("nav-footer-chinese",
     "We have built wooden boats since 1985.\n\n{L:关于我们 | 联系方式 | 友情链接}\n"),
    ("glued-clause-en",
     "The factory {L:将于明年全面投产}, creating about 500 jobs.\n"),
    ("list-continued-zh",
     "Things to check before a trip:\n\n1. Tyres\n2. Brakes\n3. {L:车灯}\n4. {L:机油}\n"),
    ("quote-long-untranslated",
     "The head teacher said: \"{L:今年我们学校有三名学生考上了北京大学。}\"\n"),
    ("vendor-support",
     "Handmade leather bags since 1990.\n\n{L:技术支持：华网科技}\n"),
]


# Fifth round, written before its changes and scored at their start: leftovers beside English that
# shares a word with them (labels with names, speaker and host lines, chapter headings, headings
# above other text, captions, figures glued to the Chinese), and short labels and headings that
# truly are translated beside them.
DETECT7_DELIBERATE = [
    ("speaker-label-pair",
     "{D:报告人：吴强教授}\nSpeaker: Professor Wu Qiang\n\nThe talk is about the history of stone bridges.\n"),
    ("chapter-heading-pair",
     "## {D:第三章 归来} Chapter 3: The Return\n\nShe reached the harbour on the last day of winter.\n"),
    ("host-label-slash",
     "Evening programme\n\n{D:主持人：林芳} / Host: Lin Fang\n\nThe evening begins with a folk song.\n"),
    ("notice-heading",
     "{D:通知}\nNotice\n\nThe office will be closed on Monday for cleaning.\n"),
    ("station-signs",
     "Signs in the station\n\n{D:禁止吸烟} No smoking\n{D:出口} Exit\n{D:售票处} Ticket office\n"),
    ("caption-pair",
     "Photo: the old city wall in autumn.\n{D:图：秋天的老城墙。}\n\nThe wall was rebuilt in the fifteenth century.\n"),
    ("opening-hours-pair",
     "Visitor information\n\n{D:开放时间：9:00-17:00}\nOpening hours: 9:00-17:00\n"),
    ("address-pair",
     "{D:地址：北京市朝阳区建国路88号}\nAddress: 88 Jianguo Road, Chaoyang District, Beijing\n"),
    ("zoo-sign",
     "Please do not feed the animals.\n{D:请勿投喂动物。}\n\nKeepers feed them twice a day.\n"),
    ("author-label-pair",
     "Author: Zhang Wei\n{D:作者：张伟}\n\nZhang Wei has written about rivers for many years.\n"),
    ("company-profile-heading",
     "{D:公司简介}\nCompany profile\n\nWe have made garden tools in Ningbo since 1998.\n"),
    ("contact-heading-inline",
     "{D:联系我们} Contact us\n\nWrite to info@example.com or call us on weekdays.\n"),
    ("novel-chapter-lines",
     "{D:第一章 雨夜}\nChapter 1: A Rainy Night\n\nIt had rained since noon, and the streets were empty.\n"),
    ("date-label-pair",
     "{D:日期：2025年5月3日}\nDate: 3 May 2025\n\nThe meeting starts at ten in the main hall.\n"),
    ("guest-speaker-inline",
     "{D:演讲嘉宾：陈小红女士} Guest speaker: Ms Chen Xiaohong\n\nMs Chen runs a small publishing house.\n"),
    ("venue-pair",
     "Venue: City Culture Centre, second floor\n{D:地点：市文化中心二楼}\n\nThe talk is free and open to all.\n"),
    ("door-sign-gloss",
     "The sign on the door says \"{D:欢迎光临}\" (welcome) in red letters.\n"),
    ("exhibition-title-pair",
     "{D:丝绸之路上的瓷器}\nPorcelain on the Silk Road\n\nThe exhibition shows two hundred pieces from six museums.\n"),
]

DETECT7_LEFTOVERS = [
    ("lecture-label-name",
     "Lecture notice\n\n{L:报告人：吴强教授}\n\nThe lecture will be held in Room 204 on Friday afternoon.\n"),
    ("seminar-speaker",
     "Seminar announcement\n\n{L:主讲人：李明博士}\n\nThe seminar covers soil bacteria and starts on Thursday at 3 pm.\n"),
    ("concert-host",
     "Spring concert\n\n{L:主持人：王芳}\n\nThe concert opens with a piano piece played by a local student.\n"),
    ("author-source-under-headline",
     "New bridge opens to traffic\n{L:作者：张伟  来源：本报}\n\nThe bridge links the two halves of the old town.\n"),
    ("chapter-number-english-title",
     "{L:第三十七章} The Return\n\nHe came back to the village after twenty years.\n"),
    ("chapter-heading-other-title",
     "{L:第十二章} The Long Road\n\nThe rain had not stopped for three days when they left the inn.\n"),
    ("markdown-hui-heading",
     "## {L:第五回} A Guest at Night\n\nA stranger knocked at the gate after the lamps were out.\n"),
    ("school-news-heading",
     "{L:学校新闻}\n\nThe school choir won second prize at the city festival on Saturday.\n"),
    ("weather-heading",
     "{L:天气预报}\n\nThe weather turned cold overnight and the first snow fell in the hills.\n"),
    ("caption-park",
     "Photo: {L:市民在公园里赏花。}\n\nThe park's cherry trees flowered a week early this year.\n"),
    ("caption-train",
     "The new train at the station.\n{L:图为工作人员在车站检查新列车的车门。}\n\nIt enters service in May.\n"),
    ("glued-figure-after",
     "Sales rose in {L:今年前四个月，同比增长4.2%}, the firm said.\n"),
    ("glued-figure-gdp",
     "GDP grew {L:同比增长5.2%} in the first quarter, officials said.\n"),
    ("cms-publisher-time",
     "{L:发布人：刘洋}  {L:发布时间：}2025-03-11\n\nThe library will close for two weeks in April while new shelves are fitted.\n"),
    ("editor-line-shares-word",
     "Editor's note\n\n{L:责任编辑：陈静}\n\nThe editor thanks readers for their letters about the bus routes.\n"),
    ("talk-title-untranslated",
     "Speaker: Professor Zhou Min\n{L:报告题目：城市交通与空气质量}\n\nProfessor Zhou has worked on air pollution for twenty years.\n"),
    ("company-heading",
     "{L:公司简介}\n\nThe company was founded in 1998 and makes garden tools.\n"),
    ("contact-heading",
     "{L:联系我们}\n\nWrite to us at info@example.com or call us on weekdays.\n"),
    ("open-day-venue",
     "Open day\n\n{L:活动地点：学校图书馆}\n\nParents can visit the classrooms and meet the teachers of the school.\n"),
    ("breadcrumb-news",
     "{L:当前位置：首页 > 新闻中心}\n\nNews\n\nThe centre reopened on Monday after repairs.\n"),
    ("lecture-hall-title",
     "{L:讲座：中国古代建筑}\n\nThe lecture hall holds two hundred people; please arrive early.\n"),
    ("venue-line-culture-centre",
     "Time: Friday 7 pm\n{L:地点：市文化中心二楼}\n\nThe talk is free; the culture centre opens its doors at 6.30 pm.\n"),
    ("reporter-photo-caption",
     "Volunteers plant trees by the river on Sunday. {L:（记者 刘伟 摄）}\n\nThe river park will get 500 new trees.\n"),
    ("heading-above-other-news",
     "{L:我市举行马拉松比赛}\n\nThe city will close three roads on Sunday for the marathon.\n"),
]

DETECT8_DELIBERATE = [
    ("museum-caption-pair",
     "## Bronze Age gallery\n\n{D:图为游客在展厅观看青铜鼎。}\nVisitors look at a bronze ding in the gallery.\n\n"
     "The gallery holds more than 300 bronze vessels, most of them found near Anyang.\n"),
    ("university-headline-pair",
     "{D:我校举办春季招聘会}\nUniversity holds spring job fair\n\n"
     "More than 200 employers came to the campus on 12 March to meet students.\n"),
    ("company-caption-below",
     "Our new plant\n\n{D:苏州工厂的生产车间}\nThe production floor of the Suzhou plant\n\n"
     "The plant started production in June and will employ 600 people.\n"),
    ("hospital-visiting-notice",
     "{D:探视时间：每天下午三点至晚上八点}\nVisiting hours: 3 pm to 8 pm every day\n\n"
     "Please keep the ward quiet for the patients.\n"),
    ("museum-photo-notice",
     "Please note\n\n{D:可以拍照，但请勿使用三脚架。}\nPhotos are allowed, but please do not use a tripod.\n"),
    ("fire-lane-sign-inline",
     "Signs in the car park\n\n{D:请勿在消防通道停车} Do not park in the fire lane\n{D:出口} Exit\n"),
    ("volleyball-caption-pair",
     "{D:中国队在决赛中以3比1战胜日本队。}\nChina beat Japan 3-1 in the final.\n\n"
     "The final in Tianjin drew 12,000 fans.\n"),
    ("recipe-steps-bilingual",
     "Red-braised pork, step by step\n\n{D:把五花肉切成小块。}\nCut the pork belly into small pieces.\n\n"
     "{D:出锅前加少许盐。}\nAdd a little salt before you take the pan off the heat.\n"),
    ("boat-notice-inline",
     "Boat trips leave the east pier every hour.\n\n{D:儿童须由成人陪同乘船。} Children must be accompanied by an adult on the boat.\n"),
    ("film-title-subtitle",
     "{D:远山}\nThe Distant Hills\n\n{D:一部关于家乡的电影}\nA film about home\n\n"
     "It was shot over two winters in the mountains of western Sichuan.\n"),
    ("poem-couplet-translated",
     "Quiet Night Thoughts, by Li Bai\n\n{D:举头望明月，低头思故乡。}\n"
     "I raise my head to look at the bright moon, and lower it to think of home.\n"),
    ("classical-quote-in-brackets",
     "Confucius said, \"Learning without thought is labour lost; thought without learning is perilous.\" "
     "({D:学而不思则罔，思而不学则殆。})\n\nThe saying is carved above the library door.\n"),
    ("greeting-glossed",
     "Staff greet every guest with \"{D:欢迎光临}\" (welcome) at the door of the tea house.\n"),
    ("departments-list-originals",
     "Departments\n\n1. Cardiology\n2. Paediatrics\n3. Ophthalmology\n4. Dermatology\n\n"
     "1. {D:心内科}\n2. {D:儿科}\n3. {D:眼科}\n4. {D:皮肤科}\n"),
    ("packing-list-glossed",
     "Words for your trip\n\n- {D:雨伞} umbrella\n- {D:水杯} water bottle\n- {D:身份证} identity card\n"),
    ("bus-headline-subtitle",
     "{D:市区新增三条公交线路}\nThree new bus routes in the city\n\n"
     "From Monday the buses run to the airport, the university and the eastern industrial park.\n"),
    ("award-caption-name",
     "{D:林华教授在颁奖典礼上发言。}\nProfessor Lin Hua speaks at the award ceremony.\n\n"
     "The prize is given every two years for work on crop genetics.\n"),
    ("hospital-headline-pair",
     "{D:我院完成首例机器人辅助心脏手术}\nHospital performs its first robot-assisted heart operation\n\n"
     "The operation took four hours and the patient is recovering well.\n"),
    ("sales-figure-pair",
     "Annual report\n\n{D:2024年销售额增长了百分之十二。}\nIn 2024 sales grew by twelve per cent.\n"),
    ("festival-headline-pair",
     "{D:第十届城市电影节今晚开幕}\nThe tenth city film festival opens tonight\n\n"
     "Films from eight countries will be shown this year.\n"),
    ("travel-caption-pair",
     "The old town of Lijiang at night.\n{D:丽江古城的夜景。}\n\n"
     "Lijiang's old town has been a World Heritage Site since 1997.\n"),
    ("marathon-notice-pair",
     "{D:马拉松比赛明天早上七点开始。}\nThe marathon starts at seven tomorrow morning.\n\n"
     "Runners can collect their numbers at the stadium.\n"),
    ("library-notice-pair",
     "Library rules\n\nPlease switch your phone to silent in the reading room.\n{D:阅览室内请将手机调至静音。}\n"),
    ("poem-lines-alternating",
     "Two lines by Wang Wei\n\n{D:空山不见人，}\nIn the empty mountains no one is seen,\n"
     "{D:但闻人语响。}\nbut the sound of voices is heard.\n"),
    ("map-gloss-inline",
     "The hall also shows a Song dynasty map ({D:宋代地图}) that was found in Hangzhou in 1950.\n"),
    ("dish-name-heading",
     "{D:红烧肉}\nRed-braised pork\n\nThis dish is best served with plain rice and a green vegetable.\n"),
]

DETECT8_LEFTOVERS = [
    ("museum-caption-long-english",
     "## Bronze Age gallery\n\n{L:图为游客在展厅观看青铜鼎。}\n"
     "The gallery holds more than 300 bronze vessels, most of them found near Anyang in the 1930s, and a rebuilt tomb.\n"),
    ("university-headline-over-body",
     "{L:我校举办2025年春季招聘会}\n"
     "More than 200 employers came to the campus on 12 March to meet students from every faculty.\n"),
    ("company-caption-under-body",
     "Our new plant\n\nThe Suzhou plant started production in June and will employ 600 people by the end of next year.\n"
     "{L:苏州工厂生产车间一角}\n"),
    ("hospital-hours-beside-rule",
     "Visiting the ward\n\nVisitors may bring flowers, but please keep the ward quiet after 8 pm.\n"
     "{L:探视时间为每天下午三点至晚上八点。}\n"),
    ("museum-tripod-beside-photos",
     "Photography\n\nYou are welcome to take photos of the gardens and the main hall.\n{L:馆内禁止使用三脚架和自拍杆。}\n"),
    ("bus-headline-over-body",
     "{L:市区新增三条公交线路}\n"
     "From Monday the city bus company runs new routes to the airport, the university and the eastern industrial park.\n"),
    ("volleyball-caption-over-report",
     "{L:中国队在决赛中以3比1战胜日本队。}\n\n"
     "The women's volleyball final in Tianjin drew 12,000 fans, and the home team won the gold medal for the third time.\n"),
    ("recipe-salt-beside-step",
     "Step 4\n\nFry the pork with the spring onions and ginger for two minutes over a high heat.\n{L:出锅前加少许盐即可。}\n"),
    ("boat-children-beside-times",
     "Boat trips\n\nBoats leave the east pier every hour from 9 am; tickets are sold on board.\n{L:儿童须由成人陪同乘船。}\n"),
    ("film-still-caption",
     "Still from the film\n\n{L:电影《远山》剧照：女主角站在雪山前。}\n"
     "The Distant Hills was shot over two winters in the mountains of western Sichuan.\n"),
    ("classical-line-inline",
     "Many visitors to the lake quote Li Bai: {L:天生我材必有用，千金散尽还复来。} "
     "The poem was written after he left the court.\n"),
    ("classical-after-loose-english",
     "Confucius said that learning should be a joy.\n{L:学而不思则罔，思而不学则殆。}\n\nThe hall is open to readers every day.\n"),
    ("quoted-sign-unpunctuated",
     "At the gate a banner reads \"{L:欢迎各位家长参加开放日活动}\" and teachers hand out maps of the school.\n"),
    ("quoted-announcement-unpunctuated",
     "A recorded voice says \"{L:请各位乘客坐好扶稳}\" as the bus pulls away from the stop.\n"),
    ("bullets-continued-packing",
     "What to bring\n\n- A warm coat\n- Walking shoes\n- {L:雨伞和水杯}\n- {L:身份证件}\n"),
    ("bullets-continued-hours",
     "Opening hours\n\n- Monday to Friday: 9 am to 5 pm\n- Saturday: 10 am to 4 pm\n- {L:周日及法定节假日闭馆}\n"),
    ("numbered-list-continued",
     "Our departments\n\n1. Cardiology\n2. Paediatrics\n3. {L:眼科}\n4. {L:皮肤科}\n"),
    ("award-caption-under-headline",
     "Professor Lin Hua receives the award\n\n{L:林华教授在颁奖典礼上发表获奖感言。}\n\n"
     "The prize is given every two years for work on crop genetics.\n"),
    ("hospital-headline-over-body",
     "{L:我院成功完成首例机器人辅助心脏手术}\n"
     "Surgeons at the hospital have used a robot for knee operations since 2021 and now do about 40 a month.\n"),
    ("sales-figure-shared-numbers",
     "{L:公司2024年销售额达到12亿元。}\nIn 2024 the company opened 12 new shops in Shanghai and Hangzhou.\n"),
    ("fire-lane-beside-parking",
     "Parking\n\nThe car park under the square is open day and night.\n{L:请勿在消防通道停车。}\n"),
    ("marathon-headline-over-body",
     "{L:马拉松比赛明天早上七点开跑}\nRunners can collect their numbers at the stadium until 6 pm on Saturday.\n"),
    ("travel-caption-short",
     "Lijiang's old town has been a World Heritage Site since 1997.\n{L:丽江古城的夜景。}\n"),
    ("festival-headline-over-body",
     "{L:第十届城市电影节今晚开幕}\nTwelve films from eight countries will be shown at the festival this year.\n"),
    ("poem-after-commentary",
     "The poet often wrote about the moon and home.\n\n{L:举头望明月，低头思故乡。}\n\n"
     "He wrote these lines in Yangzhou when he was twenty-six.\n"),
    ("library-silent-beside-cafe",
     "Library rules\n\nYou may use your phone in the café on the ground floor.\n{L:阅览室内请将手机调至静音。}\n"),
    ("photo-rule-beside-photos",
     "Taking pictures\n\nPhotos of the paintings may be used for private study only.\n{L:可以拍照，但请勿触摸展品。}\n"),
]

DETECT9_DELIBERATE = [
    ("aquarium-caption-pair",
     "## Shark tunnel\n\n{D:图为潜水员在水族馆喂鲨鱼。}\nA diver feeds the sharks in the aquarium.\n\nThe tunnel is 80 metres long.\n"),
    ("science-centre-headline-pair",
     "{D:科技馆推出机器人展览}\nScience centre opens robot exhibition\n\nThe exhibition runs until the end of August.\n"),
    ("bakery-notice-pair",
     "{D:本店面包每天早上新鲜出炉。}\nOur bread is freshly baked every morning.\n\nWe close at six on weekdays.\n"),
    ("pool-signs-inline",
     "Pool rules\n\n{D:游泳前请先淋浴} Please shower before swimming\n{D:禁止跳水} No diving\n"),
    ("airport-gate-notice",
     "{D:登机口将在起飞前二十分钟关闭。}\nThe gate closes twenty minutes before departure.\n"),
    ("football-caption-pair",
     "{D:上海队球员庆祝进球。}\nShanghai players celebrate a goal.\n\nThe match ended 2-0.\n"),
    ("theatre-title-subtitle",
     "{D:茶馆}\nTeahouse\n\n{D:老舍的三幕话剧}\nA play in three acts by Lao She\n\n"
     "Tonight's performance begins at half past seven.\n"),
    ("poem-lines-alternating",
     "Qingming, by Du Mu\n\n{D:清明时节雨纷纷，}\nRain falls and falls at the Qingming festival,\n"
     "{D:路上行人欲断魂。}\ntravellers on the road are close to despair.\n"),
    ("classical-quote-in-brackets",
     "Mencius said, \"When heaven is about to give a great task to someone, it first tests their resolve.\" "
     "({D:天将降大任于是人也，必先苦其心志。})\n\nThe words hang above the school gate.\n"),
    ("greeting-glossed",
     "The waiters shout \"{D:里边请}\" (this way, please) as guests come in.\n"),
    ("clinic-list-originals",
     "Ground floor\n\n1. Emergency\n2. Pharmacy\n3. Radiology\n\n1. {D:急诊}\n2. {D:药房}\n3. {D:放射科}\n"),
    ("kitchen-list-glossed",
     "Kitchen words\n\n- {D:菜刀} kitchen knife\n- {D:砧板} chopping board\n- {D:锅铲} spatula\n"),
    ("hotel-headline-pair",
     "{D:酒店新开屋顶餐厅}\nHotel opens rooftop restaurant\n\nThe restaurant seats sixty guests.\n"),
    ("curator-caption-name",
     "{D:王建国馆长向来宾介绍新展品。}\nCurator Wang Jianguo shows the new pieces to guests.\n"),
    ("revenue-figure-pair",
     "{D:今年一季度营业收入增长百分之八。}\nRevenue grew by eight per cent in the first quarter of this year.\n"),
    ("library-hours-pair",
     "{D:开馆时间：周一至周五上午九点至晚上九点}\nOpening hours: Monday to Friday, 9 am to 9 pm\n"),
    ("zoo-caption-below-english",
     "Two pandas eat bamboo in the morning.\n{D:两只大熊猫在早上吃竹子。}\n\nThe zoo has had pandas since 1985.\n"),
    ("bridge-caption-pair",
     "{D:夜幕下的南浦大桥}\nThe Nanpu Bridge at night\n\nThe bridge crosses the Huangpu River.\n"),
    ("ski-notice-inline",
     "{D:初学者请在绿色雪道练习。} Beginners should practise on the green slopes.\n"),
    ("documentary-festival-heading",
     "{D:第二十届国际纪录片节闭幕}\nThe twentieth international documentary festival closes\n\n"
     "The prize for best film went to a Kenyan director.\n"),
    ("opera-words-explained",
     "The aria opens with the words {D:我好比}, \"I am like\", sung very slowly.\n"),
    ("scroll-bracket-gloss",
     "The scroll in the hall reads \"Calm water runs deep\" ({D:静水流深}).\n"),
]

DETECT9_LEFTOVERS = [
    ("aquarium-caption-over-body",
     "## Shark tunnel\n\n{L:图为潜水员在水族馆喂鲨鱼。}\n"
     "The tunnel is 80 metres long and holds more than forty kinds of fish from the South China Sea.\n"),
    ("science-headline-over-body",
     "{L:科技馆推出机器人展览}\n"
     "Children can build and program their own small machines in the workshop on the ground floor every weekend.\n"),
    ("bakery-notice-beside-times",
     "Opening times\n\nWe open at seven and close at six on weekdays.\n{L:本店面包每天早上新鲜出炉。}\n"),
    ("pool-notice-beside-length",
     "Pool rules\n\nThe pool is 50 metres long and open to members only.\n{L:游泳前请先淋浴。}\n"),
    ("airport-notice-beside-boarding",
     "Boarding\n\nPassengers with small children may board first.\n{L:登机口将在起飞前二十分钟关闭。}\n"),
    ("football-caption-over-report",
     "{L:上海队球员庆祝进球。}\n\n"
     "Shanghai scored twice in the second half and moved up to third place in the league.\n"),
    ("theatre-subtitle-over-times",
     "{L:老舍的三幕话剧}\nTonight's performance begins at half past seven and lasts about two hours.\n"),
    ("poem-after-commentary",
     "Du Mu wrote about rain and travellers at the spring festival.\n\n{L:清明时节雨纷纷，路上行人欲断魂。}\n\n"
     "The poem is read aloud in schools every April.\n"),
    ("classical-line-inline",
     "Teachers often quote Mencius here: {L:天将降大任于是人也，必先苦其心志。} The hall was built in 1920.\n"),
    ("quoted-shout-unpunctuated",
     "The waiters shout \"{L:欢迎光临里边请坐}\" every time the door opens.\n"),
    ("quoted-announcement-unpunctuated",
     "Before the doors close a voice says \"{L:列车即将关门请注意安全}\" and a bell rings.\n"),
    ("numbered-list-continued",
     "Clinics\n\n1. Emergency\n2. Pharmacy\n3. {L:放射科}\n4. {L:检验科}\n"),
    ("bullets-continued",
     "Kitchen tools\n\n- A sharp knife\n- A chopping board\n- {L:锅铲和漏勺}\n"),
    ("hotel-headline-over-history",
     "{L:酒店新开屋顶餐厅}\nThe hotel was built in 1931 and has 120 rooms facing the river.\n"),
    ("curator-caption-under-name",
     "Curator Wang Jianguo\n\n{L:王建国馆长向来宾介绍新展品。}\n\nHe has led the museum since 2015.\n"),
    ("revenue-beside-shared-number",
     "{L:今年一季度营业收入增长百分之八。}\nThe company has eight factories and employs 3,000 people this year.\n"),
    ("library-weekend-hours-thin",
     "Library\n\nThe reading room on the third floor is quiet from nine in the morning.\n"
     "{L:周六和周日开放时间为上午十点至下午五点。}\n"),
    ("zoo-caption-short",
     "The zoo has had pandas since 1985 and now keeps six of them in a new house.\n{L:两只大熊猫在吃竹子。}\n"),
    ("bridge-caption-short",
     "The Nanpu Bridge opened in 1991 and was the first bridge across the Huangpu River in the city centre.\n"
     "{L:南浦大桥夜景}\n"),
    ("ski-notice-thin",
     "Slopes\n\nThe green slopes are near the hotel and are lit until ten at night.\n{L:请勿在雪道上停留。}\n"),
    ("documentary-headline-over-body",
     "{L:第二十届国际纪录片节闭幕}\nTwenty-four films from twelve countries were shown over the festival's five days.\n"),
    ("gallery-notice-thin",
     "Gallery rules\n\nPhotos may be shared online if you name the artist.\n{L:请勿用手触摸画作。}\n"),
]


def write(name: str, deliberate, leftovers) -> None:
    for label, docs in (("deliberate", deliberate), ("leftovers", leftovers)):
        with open(HERE / "sets" / f"{name}-{label}.jsonl", "w", encoding="utf-8") as f:
            for i, doc in enumerate(docs):
                d, layout = marked(*doc)
                f.write(d.json(f"{name}-{label}-{i:03d}", layout) + "\n")


def main() -> None:
    write("detect2", DETECT2_DELIBERATE, DETECT2_LEFTOVERS)
    write("detect3", DETECT3_DELIBERATE, DETECT3_LEFTOVERS)
    write("detect4", DETECT4_DELIBERATE, DETECT4_LEFTOVERS)
    write("detect5", DETECT5_DELIBERATE, DETECT5_LEFTOVERS)
    write("detect7", DETECT7_DELIBERATE, DETECT7_LEFTOVERS)
    write("detect8", DETECT8_DELIBERATE, DETECT8_LEFTOVERS)
    write("detect9", DETECT9_DELIBERATE, DETECT9_LEFTOVERS)
    print(len(DETECT2_DELIBERATE), len(DETECT2_LEFTOVERS), len(DETECT3_DELIBERATE), len(DETECT3_LEFTOVERS),
          len(DETECT4_DELIBERATE), len(DETECT4_LEFTOVERS), len(DETECT5_DELIBERATE), len(DETECT5_LEFTOVERS),
          len(DETECT7_DELIBERATE), len(DETECT7_LEFTOVERS), len(DETECT8_DELIBERATE), len(DETECT8_LEFTOVERS),
          len(DETECT9_DELIBERATE), len(DETECT9_LEFTOVERS))


if __name__ == "__main__":
    main()
