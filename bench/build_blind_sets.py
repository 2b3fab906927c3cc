"""Build held-out detection sets, bench/sets/detect6-*, detect10-*, detect11-*, detect12-* and detect13-*.

detect6: written by the lead at the start of session 5, before the branch that changed detection
started, and kept away from it: the figures it gives after that branch are a blind estimate.
detect10: the same at the start of session 6, for captions and headlines above loosely related
English, thin dictionary evidence, classical quotations, quoted greetings, lists continued in
Chinese, and as many deliberate look-alikes. Its leftover side stayed blind to the session-6
detection branch; its deliberate side showed terms paired with English phrases inside sentences,
which the lead then built evidence for (leftovers.PHRASE), so that side is no longer blind.
detect11: written by the lead after that evidence was added, and scored once before any further
change (BENCHMARKS.md gives both figures).
detect12: written in session 7 after a held-out WMT20 mixed set was scored, before any change to
detection, and scored once: inline pairs in both orders, originals listed after translations,
Chinese titles above English ones, captions, poems and songs, learner pages with Pinyin and name
fields; leftovers beside CMS labels, bylines, source and credit fields, captions above English
that does not translate them, and paragraphs on the same subject. Marks as in
build_detection_sets.py: `{D:…}` deliberate Chinese, `{L:…}` a leftover.
`python bench/build_blind_sets.py` rewrites the set.
"""
from __future__ import annotations

from build_written_sets import write

DETECT6_DELIBERATE = [
    ("inline-pairs-paragraph",
     "Our school motto is short. Study hard and help others. {D:努力学习，帮助别人。} We repeat it every "
     "Monday morning. {D:我们每个星期一早上都会重复它。} Parents are welcome to join us. {D:欢迎家长参加。}\n"),
    ("inline-pairs-zh-first",
     "{D:今天天气很好。} The weather is very good today. {D:我们去公园散步吧。} Let's go for a walk in the park. "
     "{D:别忘了带水。} Don't forget to bring water.\n"),
    ("poem-couplets",
     "Quiet Night Thoughts, Li Bai\n\n{D:床前明月光，疑是地上霜。}\nBefore my bed the moonlight is bright; "
     "I take it for frost on the ground.\n{D:举头望明月，低头思故乡。}\nI raise my head to look at the moon, "
     "and lower it to think of home.\n"),
    ("lyric-pairs-dash",
     "The chorus, line by line:\n\n{D:月亮代表我的心} — the moon stands for my heart\n"
     "{D:你问我爱你有多深} — you ask me how deep my love is\n{D:我爱你有几分} — how much I love you\n"),
    ("film-credits",
     "The film was directed by Zhang Yimou ({D:张艺谋}) and stars Gong Li ({D:巩俐}). Its Chinese title, "
     "{D:红高粱}, means Red Sorghum.\n"),
    ("novel-chapter-names",
     "In Dream of the Red Chamber ({D:红楼梦}), the heroine Lin Daiyu ({D:林黛玉}) arrives at the Jia "
     "household in chapter three.\n"),
    ("name-field",
     "Wu Zetian\n\nChinese: {D:武则天}\nPinyin: Wǔ Zétiān\nBorn: 624\nDied: 705\n\nShe was the only woman to rule "
     "China as emperor in her own name.\n"),
    ("learner-phrasebook",
     "| English | Chinese | Pinyin |\n|---|---|---|\n| Thank you | {D:谢谢} | xièxie |\n| Sorry | {D:对不起} | duìbuqǐ |\n"
     "| Goodbye | {D:再见} | zàijiàn |\n| How much is it? | {D:多少钱？} | duōshao qián? |\n"),
    ("idiom-pinyin-gloss",
     "Idiom of the week: {D:画蛇添足} (huà shé tiān zú), to draw a snake and add feet, that is, to spoil "
     "something by doing too much.\n"),
    ("lesson-dialogue",
     "Lesson 4: At the station\n\nA: {D:请问，去上海的火车几点开？}\nA: Excuse me, when does the train to "
     "Shanghai leave?\nB: {D:八点半。}\nB: At half past eight.\n"),
    ("podcast-paragraphs",
     "Episode 12 notes\n\nToday we talk about tea. Green tea is the most popular kind in China.\n\n"
     "{D:今天我们聊聊茶。绿茶是中国最受欢迎的茶。}\n\nMany families drink it after every meal.\n\n"
     "{D:很多家庭每顿饭后都喝茶。}\n"),
    ("originals-after",
     "Three sayings we discussed:\n\n1. A journey of a thousand miles begins with one step.\n2. Practice makes "
     "perfect.\n3. Time is money.\n\nOriginals:\n\n1. {D:千里之行，始于足下。}\n2. {D:熟能生巧。}\n"
     "3. {D:一寸光阴一寸金。}\n"),
    ("title-above-english",
     "{D:我的北京之旅}\nMy trip to Beijing\n\nLast spring I spent a week in Beijing and visited the Forbidden "
     "City twice.\n"),
    ("original-title-field",
     "Book review: The Three-Body Problem\n\nOriginal title: {D:三体}\nAuthor: Liu Cixin\n\nThe novel begins "
     "during the Cultural Revolution.\n"),
    ("greeting-quoted",
     "When the guests arrived she said \"{D:欢迎光临！}\" and showed them to their table.\n"),
    ("caption-bilingual",
     "Photo: The Great Wall at sunset / {D:日落时的长城}\n\nWe took the picture from the Mutianyu section.\n"),
    ("footer-icp",
     "Thanks for reading our travel blog.\n\n© 2025 Wandering Panda · {D:京ICP备12345678号}\n"),
    ("quotation-original",
     "Confucius said, \"Is it not a pleasure to learn and practise what you have learned?\" "
     "({D:学而时习之，不亦说乎？})\n"),
    ("cantonese-names",
     "Hong Kong cinema gave us Maggie Cheung ({D:张曼玉}) and Chow Yun-fat ({D:周润发}), both famous far beyond Asia.\n"),
    ("dish-menu",
     "Menu\n\n- Mapo tofu {D:麻婆豆腐} 38\n- Kung pao chicken {D:宫保鸡丁} 42\n- Fried rice {D:炒饭} 20\n"),
    ("word-list-dash",
     "Colours\n\n{D:红色} hóngsè — red\n{D:蓝色} lánsè — blue\n{D:绿色} lǜsè — green\n{D:黄色} huángsè — yellow\n"),
    ("alternating-lines-news",
     "The city opened a new subway line on Sunday.\n{D:该市周日开通了一条新地铁线路。}\nIt links the airport with "
     "the city centre.\n{D:它连接机场和市中心。}\n"),
    ("calligraphy-term",
     "The brush strokes follow the order of the character {D:永} (yǒng, \"forever\"), which contains all eight "
     "basic strokes.\n"),
    ("song-list-originals",
     "Songs on the album:\n\n- The Moon Represents My Heart\n- Sweet Honey\n- Small Town Story\n\n"
     "Chinese titles:\n\n- {D:月亮代表我的心}\n- {D:甜蜜蜜}\n- {D:小城故事}\n"),
    ("place-names-inline",
     "From Hangzhou ({D:杭州}) we drove to Suzhou ({D:苏州}), famous for its gardens.\n"),
]

DETECT6_LEFTOVERS = [
    ("cms-labels",
     "{L:当前位置：首页 > 学校新闻}\n\nThe university held its sports day on Friday.\n\n{L:发布时间：}2025-10-10"
     "  {L:浏览次数：}356\n"),
    ("untranslated-sentence-inline",
     "The delegation visited the laboratory. {L:随后，代表团与学院师生进行了座谈交流。} They left in the afternoon.\n"),
    ("leader-sentence",
     "Zhang Wei, secretary of the party committee, pointed out that{L:学校要坚持立德树人根本任务，全面提高人才培养质量。}\n"),
    ("untranslated-paragraph-between-pairs",
     "Welcome to our class page.\n{D:欢迎来到我们的班级主页。}\n\n{L:本学期我们将组织三次社会实践活动，请同学们提前做好准备。}\n\n"
     "See you next week.\n"),
    ("lone-paragraph-unrelated",
     "The museum is closed on Mondays. Tickets cost 20 yuan.\n\n{L:近日，我市举办了第五届文化旅游节，吸引了大量游客。}\n"),
    ("byline-source",
     "The new bridge will open in May.\n\n{L:来源：市交通局  作者：李明  责任编辑：王芳}\n"),
    ("spam-injected",
     "Our hospital offers free health checks for older residents.\n\n{L:澳门葡京赌场官方网站，注册即送彩金}\n"),
    ("glued-clause",
     "The company said its sales rose,{L:同比增长百分之十二},and it plans to hire more staff.\n"),
    ("caption-untranslated",
     "{L:图为学校领导为获奖学生颁奖}\n\nThe school gave awards to forty students this year.\n"),
    ("related-links",
     "Read more:\n\n{L:上一篇：我校举行新生开学典礼}\n{L:下一篇：学院召开教学工作会议}\n"),
    ("headline-untranslated",
     "{L:市政府召开全市安全生产工作会议}\n\nThe city government held a meeting on work safety on Tuesday.\n"),
    ("wrong-pair",
     "The library opens at eight.\n{D:图书馆八点开门。}\nStudents need their card to enter.\n"
     "{L:周末图书馆开放时间调整为上午九点至下午五点。}\n"),
    ("list-continued",
     "Requirements:\n\n1. A bachelor's degree\n2. Two years of experience\n3. {L:具有良好的沟通能力}\n"
     "4. {L:能够适应出差}\n"),
    ("contact-footer",
     "Contact us for more information.\n\n{L:地址：江苏省南京市玄武区中山路88号  邮编：}210000\n"),
    ("hospital-notice",
     "Visiting hours have changed.\n\n{L:各位患者及家属：因门诊楼改造，自下周一起门诊挂号处临时迁至二楼。}\n"),
    ("novel-chapter-left",
     "Chapter 12: The Storm\n\nThe wind rose as Lin reached the gate. {L:他抬头看了看天，心里暗暗叫苦。} "
     "He knew the road would be flooded.\n"),
    ("company-news",
     "The firm reported strong results. {L:公司董事长在会上表示，将继续加大研发投入。}\n"),
    ("wechat-qr",
     "Follow us for updates.\n\n{L:长按识别二维码，关注官方微信}\n"),
    ("print-close",
     "The forum will be held again next year.\n\n{L:【打印本页】【关闭窗口】}\n"),
    ("quote-untranslated",
     "The mayor said: \"{L:我们一定要把这件好事办好。}\"\n"),
]


DETECT10_DELIBERATE = [
    ("caption-pair-below",
     "The new science hall opened in March.\n\nPhoto: students in the new chemistry laboratory.\n"
     "{D:图：学生们在新化学实验室里。}\n\nThe hall has twelve laboratories and a lecture theatre.\n"),
    ("caption-pair-above",
     "{D:图为修复后的古桥。}\nThe restored old bridge.\n\nWork on the bridge took two years and cost "
     "four million yuan.\n"),
    ("headline-subtitle-pair",
     "{D:春季运动会圆满落幕}\nSpring sports meeting comes to a successful close\n\nMore than 800 students "
     "took part in 26 events over two days.\n"),
    ("headline-english-first",
     "River clean-up draws 300 volunteers\n{D:三百名志愿者参加河道清理}\n\nVolunteers collected rubbish "
     "along five kilometres of the river bank on Saturday.\n"),
    ("museum-label",
     "Bronze wine vessel\n{D:青铜酒器}\nShang dynasty, about 1200 BC\n\nThe vessel was found near Anyang "
     "in 1976.\n"),
    ("museum-label-dimensions",
     "Blue and white porcelain vase {D:青花瓷瓶}\nMing dynasty\nHeight 45 cm\n\nDonated by a private "
     "collector in 1998.\n"),
    ("sign-photo-text",
     "The sign at the entrance says {D:请勿触摸展品} (\"Please do not touch the exhibits\").\n"),
    ("notice-bilingual-photos",
     "Visitor rules\n\nPhotography is allowed, but please do not use flash.\n"
     "{D:允许拍照，但请不要使用闪光灯。}\nFood and drink are not allowed in the galleries.\n"
     "{D:展厅内禁止饮食。}\n"),
    ("classical-quote-with-translation",
     "Confucius said, \"{D:学而时习之，不亦说乎？}\" (Is it not a pleasure to learn and to practise what "
     "you have learned?)\n"),
    ("classical-quote-after",
     "The essay opens with a famous line: \"Heaven will not change, and neither will the Way.\" In the "
     "original: {D:天不变，道亦不变。}\n"),
    ("greeting-quoted-glossed",
     "At the door the children shouted \"{D:新年快乐}\", Happy New Year, and ran inside.\n"),
    ("greeting-pinyin",
     "Say {D:早上好} (zǎoshang hǎo) in the morning and {D:晚上好} (wǎnshang hǎo) in the evening.\n"),
    ("menu-list",
     "Today's specials\n\n- Kung Pao chicken {D:宫保鸡丁}\n- Mapo tofu {D:麻婆豆腐}\n"
     "- Hot and sour soup {D:酸辣汤}\n"),
    ("list-originals-below",
     "Books on the reading list:\n\n1. Fortress Besieged\n2. Rickshaw Boy\n3. Family\n\nChinese titles: "
     "1. {D:围城} 2. {D:骆驼祥子} 3. {D:家}\n"),
    ("recipe-ingredients-table",
     "| Ingredient | Chinese | Amount |\n|---|---|---|\n| Ginger | {D:姜} | 10 g |\n| Spring onion "
     "| {D:葱} | 2 stalks |\n| Soy sauce | {D:酱油} | 1 tbsp |\n"),
    ("film-poster-title",
     "The poster shows the title {D:霸王别姬} in red brush strokes above the English title, Farewell My "
     "Concubine.\n"),
    ("sports-name-field",
     "Player profile\n\nName: Li Na\nChinese name: {D:李娜}\nBorn: 1982, Wuhan\nTitles: 2 Grand Slams\n"),
    ("travel-station-board",
     "On the board you will see the station names in both scripts: {D:北京南站} Beijing South, "
     "{D:天津站} Tianjin, {D:济南西站} Jinan West.\n"),
    ("hospital-department-sign",
     "Follow the signs: {D:急诊} Emergency, {D:门诊} Outpatients, {D:住院部} Inpatients.\n"),
    ("company-name-field",
     "About the company\n\nEnglish name: Golden River Foods Ltd\nChinese name: {D:金河食品有限公司}\n"
     "Founded: 2003\n"),
    ("poem-title-and-lines",
     "{D:春晓} Spring Morning, by Meng Haoran\n\n{D:春眠不觉晓，处处闻啼鸟。}\nIn spring I sleep and miss "
     "the dawn; everywhere I hear birds singing.\n"),
    ("university-motto",
     "The university's motto, {D:厚德载物}, means to carry all things with great virtue.\n"),
    ("inline-pair-caption-en-zh",
     "Figure 2. Rainfall in July, by district. {D:图2：七月各区降雨量。}\n\nThe northern districts had "
     "the most rain.\n"),
    ("slogan-banner",
     "A red banner over the gate read {D:欢迎新同学} — Welcome, new students.\n"),
    ("lyrics-parallel",
     "Chorus\n\n{D:让我们荡起双桨}\nLet us row the twin oars\n{D:小船儿推开波浪}\nThe little boat "
     "pushes the waves aside\n"),
]

DETECT10_LEFTOVERS = [
    ("caption-left-above-story",
     "{L:图为学生在实验室进行化学实验。}\nThe new science hall opened in March with twelve laboratories "
     "and a lecture theatre for 300 students.\n"),
    ("caption-left-below-photo",
     "The restored bridge reopened to walkers on Sunday.\n\n{L:修复后的古桥吸引了大批市民前来参观拍照。}\n\n"
     "Work on the bridge took two years.\n"),
    ("headline-left-above-lede",
     "{L:我校举行2026年春季田径运动会}\n\nMore than 800 students took part in the spring sports "
     "meeting, which ended on Friday.\n"),
    ("headline-left-subject-only",
     "{L:市领导调研河道综合治理工作}\n\nVolunteers collected rubbish along the river bank on Saturday "
     "morning.\n"),
    ("photo-rule-left",
     "Visitor rules\n\nFood and drink are not allowed in the galleries.\n{L:可以拍照，但不要打扰其他参观者。}\n"),
    ("thin-gloss-museum",
     "The bronze vessel was found near Anyang in 1976. {L:该器物造型精美，纹饰繁复，是商代青铜器中的精品。}\n"),
    ("classical-quote-left",
     "The speaker closed with a line from the Analects: \"{L:三人行，必有我师焉。}\"\n"),
    ("classical-quote-left-attrib",
     "As an old poem puts it, {L:海内存知己，天涯若比邻}, and the guests raised their glasses.\n"),
    ("greeting-left-unpunctuated",
     "The principal began her speech with \"{L:亲爱的同学们大家好}\" and then welcomed the new "
     "teachers.\n"),
    ("greeting-left-end",
     "Thank you for reading our newsletter. {L:祝大家节日快乐，阖家幸福}\n"),
    ("list-left-continued",
     "Opening hours:\n\n- Monday to Friday: 9:00 to 17:00\n- Saturday: 10:00 to 16:00\n"
     "- {L:周日及法定节假日闭馆}\n"),
    ("list-left-requirements",
     "Applicants should have:\n\n1. A master's degree in engineering\n2. {L:三年以上相关工作经验}\n"
     "3. {L:良好的英语听说读写能力}\n"),
    ("menu-left-description",
     "Today's specials\n\n- Kung Pao chicken\n- {L:特色川味，微辣，配米饭}\n- Mapo tofu\n"),
    ("sports-caption-left",
     "Li Na won her first Grand Slam title in Paris in 2011.\n\n{L:李娜在比赛中奋力回球。}\n"),
    ("film-left-synopsis",
     "Farewell My Concubine (1993) follows two opera performers over fifty years. "
     "{L:影片以京剧为线索，展现了半个世纪的社会变迁。}\n"),
    ("hospital-left-notice",
     "Emergency department\n\n{L:急诊科24小时开放，请患者按照分诊顺序就诊。}\n\nOutpatient clinics open "
     "at 8:00.\n"),
    ("company-left-profile",
     "Golden River Foods Ltd was founded in 2003. {L:公司主要生产速冻食品和调味品，产品远销东南亚。}\n"),
    ("travel-left-tip",
     "Trains to Tianjin leave Beijing South every 20 minutes. {L:建议提前半小时到站取票。}\n"),
    ("headline-left-number-match",
     "{L:2026年全市接待游客突破5000万人次}\n\nThe city's hotels were full for most of the year, and "
     "5 new museums opened.\n"),
    ("caption-left-name-match",
     "Professor Zhang Wei gave the opening lecture.\n\n{L:张伟教授在开幕式上致辞并与师生合影留念。}\n"),
    ("poem-left-no-translation",
     "Meng Haoran wrote many poems about the countryside.\n\n{L:故人具鸡黍，邀我至田家。}\n\nHe lived near "
     "Xiangyang for most of his life.\n"),
    ("slogan-left",
     "The campaign's posters went up across the city last week. {L:文明城市，人人共建}\n"),
]


DETECT11_DELIBERATE = [
    ("terms-comma-list",
     "The three floors are marked in both languages: {D:一楼} First floor, {D:二楼} Second floor, "
     "{D:三楼} Third floor.\n"),
    ("terms-semicolon-list",
     "Useful words at the market: {D:苹果} apples; {D:香蕉} bananas; {D:西瓜} watermelon.\n"),
    ("greeting-comma-gloss",
     "Each morning the teacher says \"{D:同学们好}\", Good morning, class, before the lesson starts.\n"),
    ("farewell-dash-gloss",
     "The shopkeeper waved and called \"{D:慢走}\" – take care – as we left.\n"),
    ("quote-bracket-translation",
     "The poem ends: \"{D:海上生明月，天涯共此时。}\" (Over the sea the bright moon rises; far apart, we share "
     "this moment.)\n"),
    ("saying-bracket-translation",
     "My grandmother liked to say \"{D:活到老，学到老。}\" (Live to old age, learn to old age.)\n"),
    ("english-then-term",
     "Signs you will see: Exit, {D:出口}; Entrance, {D:入口}; Toilets, {D:厕所}.\n"),
    ("dish-list-inline",
     "We ordered {D:北京烤鸭} Peking duck, {D:红烧肉} braised pork and rice.\n"),
    ("department-list",
     "The faculty has three schools: {D:文学院} School of Liberal Arts, {D:理学院} School of Science, "
     "{D:工学院} School of Engineering.\n"),
    ("weather-words",
     "Weather words for the lesson: {D:晴天} sunny day, {D:下雨} raining, {D:刮风} windy.\n"),
    ("festival-gloss",
     "In autumn families celebrate \"{D:中秋节}\", the Mid-Autumn Festival, with mooncakes.\n"),
    ("bracket-translation-line",
     "{D:欢迎来到我们的学校！} (Welcome to our school!)\n\nThe school was founded in 1952.\n"),
]
DETECT11_LEFTOVERS = [
    ("clause-inside-sentence",
     "The museum said the exhibition {L:将持续到明年三月} and entry is free.\n"),
    ("clause-after-comma",
     "The mayor visited the site, {L:详细了解了工程进展情况}, and met the workers.\n"),
    ("quoted-leftover-unrelated-bracket",
     "The chairman said \"{L:我们将继续扩大生产规模。}\" (see page 4 for the full report)\n"),
    ("name-glossed-in-chinese-sentence",
     "{L:李华教授（Professor Li Hua）在会上介绍了研究成果，引起了热烈讨论。}\n\nThe meeting ended at noon.\n"),
    ("list-item-left",
     "Our services: translation, {L:会议口译}, editing and printing.\n"),
    ("greeting-left-comma",
     "At the start of the meeting he said \"{L:各位来宾，大家上午好}\", and then read the report.\n"),
    ("term-wrong-english",
     "Follow the signs: {L:停车场} Ticket office, then turn left.\n"),
    ("phrase-partial",
     "The menu lists {L:水煮鱼片配时令蔬菜} Fish, and several soups.\n"),
    ("leftover-before-english-clause",
     "{L:据悉，该项目总投资约3亿元}, the company said in a statement on Monday.\n"),
    ("leftover-quote-with-attrib",
     "\"{L:这是一个非常重要的时刻}\", said the coach after the match.\n"),
    ("bracket-unrelated-after-sentence",
     "{L:本次活动得到了社会各界的大力支持。} (Photo: Wang Lei)\n"),
    ("two-clauses-english-between",
     "The report {L:指出} that exports grew, {L:但进口有所下降}.\n"),
]

# detect13: written by the lead at the start of session 7, before any session-7 branch changed
# detection, and scored once on main before merging them (BENCHMARKS.md gives that figure).
DETECT13_DELIBERATE = [
    ("library-hours-inline-en-first",
     "The reading room opens at nine every morning. {D:阅览室每天早上九点开放。} Bags must be left in the "
     "lockers by the door. {D:包请存放在门口的储物柜里。} Quiet, please. {D:请保持安静。}\n"),
    ("recipe-inline-zh-first",
     "{D:先把鸡蛋打散，加一点盐。} First beat the eggs and add a little salt. {D:锅里放油，油热后倒入蛋液。} "
     "Heat oil in the pan and pour in the eggs. {D:最后放入切好的番茄。} Finally add the chopped tomatoes.\n"),
    ("speech-alternating-paragraphs",
     "Opening remarks by the head teacher\n\nDear parents, welcome to our open day.\n\n"
     "{D:亲爱的家长们，欢迎参加我们的开放日。}\n\nThis year our pupils built a weather station on the roof.\n\n"
     "{D:今年，我们的学生在屋顶上建了一个气象站。}\n\nPlease visit the science rooms on the second floor.\n\n"
     "{D:请到二楼的科学教室参观。}\n"),
    ("menu-table",
     "| Dish | Chinese | Price |\n|---|---|---|\n| Mapo tofu | {D:麻婆豆腐} | 38 |\n"
     "| Kung pao chicken | {D:宫保鸡丁} | 46 |\n| Hot and sour soup | {D:酸辣汤} | 22 |\n"
     "| Steamed rice | {D:米饭} | 3 |\n"),
    ("title-zh-subtitle-en",
     "{D:长江边的小城}\nA small town on the Yangtze\n\nThe ferry still runs twice a day, and most visitors "
     "arrive on it.\n"),
    ("photo-caption-pair",
     "{D:图为游客在西湖边观赏荷花。}\nVisitors enjoy the lotus flowers by West Lake.\n\nThe lotus season lasts "
     "from June to August.\n"),
    ("quotation-original-bracketed",
     "Confucius said that one should not impose on others what one does not want oneself "
     "({D:己所不欲，勿施于人}). The line is often quoted in debates on ethics.\n"),
    ("poem-translation-then-original",
     "Spring Dawn, by Meng Haoran\n\nIn spring I sleep and miss the dawn; everywhere I hear birds singing.\n"
     "Last night came the sound of wind and rain; who knows how many flowers fell.\n\n"
     "{D:春眠不觉晓，处处闻啼鸟。}\n{D:夜来风雨声，花落知多少。}\n"),
    ("lyrics-interleaved",
     "Chorus\n\n{D:我和我的祖国}\nMy motherland and I\n{D:一刻也不能分割}\ncannot be parted for a moment\n"),
    ("vocab-list-pinyin",
     "Words for the weather:\n\n- {D:下雨} (xià yǔ): to rain\n- {D:下雪} (xià xuě): to snow\n"
     "- {D:刮风} (guā fēng): to be windy\n- {D:晴天} (qíngtiān): a sunny day\n"),
    ("native-name-field",
     "Bruce Lee\n\nNative name: {D:李小龙}\nBorn: 27 November 1940, San Francisco\nOccupation: actor, martial "
     "artist\n\nLee is known for his films made in Hong Kong in the early 1970s.\n"),
    ("book-list-originals-later",
     "Books on this term's reading list:\n\n1. Camel Xiangzi, by Lao She\n2. Fortress Besieged, by Qian "
     "Zhongshu\n3. Family, by Ba Jin\n\nThe Chinese titles, for the library catalogue:\n\n1. {D:骆驼祥子}\n"
     "2. {D:围城}\n3. {D:家}\n"),
    ("footer-icp",
     "Contact us: info@example.edu.cn\n\nCopyright 2025 Example University. {D:京ICP备10023456号-2}\n"),
    ("film-title-gloss",
     "Ang Lee's {D:卧虎藏龙} (Crouching Tiger, Hidden Dragon) won four Academy Awards in 2001.\n"),
    ("greeting-card-quoted",
     "On the card she wrote \"{D:恭喜发财}\", wishing the family a prosperous new year.\n"),
    ("sign-reads",
     "A sign at the gate reads \"{D:禁止吸烟}\" (No smoking), and guards enforce it strictly.\n"),
    ("bilingual-notice-same-line",
     "Gallery notices\n\n{D:请勿触摸展品} Please do not touch the exhibits\n{D:请勿使用闪光灯} Please do not use "
     "flash photography\n"),
    ("dialogue-speaker-pairs",
     "Lesson 9: Ordering tea\n\nWaiter: {D:您想喝点什么？}\nWaiter: What would you like to drink?\n"
     "Guest: {D:一壶龙井，谢谢。}\nGuest: A pot of Longjing, thank you.\n"),
    ("idiom-literally",
     "Trying to explain it to him was like the idiom {D:对牛弹琴}, literally playing the lute to a cow.\n"),
    ("scientist-name-apposition",
     "The respiratory expert Zhong Nanshan ({D:钟南山}) advised the public to stay at home in January 2020.\n"),
]

DETECT13_LEFTOVERS = [
    ("breadcrumb-position",
     "{L:当前位置：首页} > News > Campus\n\nThe university opened a new sports centre on Monday.\n"),
    ("source-editor-fields",
     "Students plant trees on Arbor Day\n\nSource: {L:新华网}  Editor: {L:王明}\n\nAbout 200 students planted "
     "trees along the river on Saturday.\n"),
    ("post-meta-line",
     "Library extends opening hours\n\n{L:发布时间}: 2025-05-12  {L:浏览次数}: 1,234\n\nThe library will stay "
     "open until midnight during the exam weeks.\n"),
    ("same-topic-paragraph-not-translation",
     "The city's first metro line opened in 2010 and now carries 400,000 passengers a day.\n\n"
     "{L:地铁二号线预计将于明年年底建成，届时将连接火车站和机场。}\n"),
    ("caption-above-unrelated-text",
     "{L:图为学校领导与获奖学生合影。}\nThe awards ceremony was held in the main hall and lasted two hours.\n"),
    ("clause-left-after-leader",
     "The minister pointed out,{L:要坚持以人民为中心的发展思想，}and called for more support for rural "
     "schools.\n"),
    ("spam-injected",
     "The museum is free for children under twelve. {L:点击这里免费领取红包，限时优惠！} Adults pay 30 yuan.\n"),
    ("headline-zh-body-en",
     "{L:我市举办首届国际风筝节}\n\nHeavy rain forced organisers to move the opening concert indoors on "
     "Friday evening.\n"),
    ("numbers-shared-not-translation",
     "Exports rose 12 percent in 2024 to reach a record high. {L:2024年，全市新增就业岗位12万个。}\n"),
    ("list-item-left",
     "Our services:\n\n- Airport transfers\n- City tours\n- {L:酒店预订}\n- Train tickets\n"),
    ("table-cell-left",
     "| Course | Teacher | Room |\n|---|---|---|\n| Mathematics | Mr. Li | 201 |\n| Physics | {L:张老师} | 305 |\n"
     "| Chemistry | Ms. Wang | 310 |\n"),
    ("vendor-credit",
     "Copyright 2025 Riverside Hospital. All rights reserved.\n{L:技术支持：星辰网络科技有限公司}\n"),
    ("shared-names-different-content",
     "Professor Zhang Wei gave a lecture on quantum computing. {L:张伟教授还担任了本次大会的评委。}\n"),
    ("copyright-footer-zh",
     "Address: 5 South Street, Haidian District, Beijing\n{L:版权所有 © 2025 北京某某大学}\n"),
    ("related-articles-zh",
     "Related articles\n\n- New dormitories open for first-year students\n- {L:我校学生在全国数学竞赛中获奖}\n"
     "- {L:图书馆开展读书月活动}\n"),
    ("event-fields-zh-values",
     "Lecture: Climate and cities\n\nTime: 14:00, 20 May\nPlace: {L:图书馆三楼报告厅}\nSpeaker: "
     "{L:李华教授}\n"),
    ("subtitle-zh-not-translation",
     "Campus News\n{L:学院召开年度工作总结大会}\n\nThe choir gave its spring concert on Thursday.\n"),
    ("leftover-after-a-pair",
     "Welcome to our school. {D:欢迎来到我们学校。} {L:学校始建于1952年，现有学生三千余人。}\n"),
    ("loose-summary-paragraph",
     "The flood season started early this year, and rivers in the south rose quickly.\n\n"
     "{L:防汛指挥部要求各地加强值班值守，做好人员转移准备。}\n"),
    ("closing-wish-left",
     "That is all for this week's newsletter. {L:感谢大家的支持，我们下周再见！}\n"),
]


DETECT12_DELIBERATE = [
    ("inline-pairs-en-zh",
     "Our community garden opens every Saturday. {D:我们的社区花园每周六开放。} Anyone can come and help. "
     "{D:任何人都可以来帮忙。} We grow tomatoes, beans and herbs. {D:我们种植西红柿、豆子和香草。}\n"),
    ("inline-pairs-zh-en",
     "{D:这家面馆已经开了三十年。} This noodle shop has been open for thirty years. {D:老板每天早上五点开始和面。} "
     "The owner starts making dough at five every morning. {D:最受欢迎的是牛肉面。} The most popular dish is beef "
     "noodles.\n"),
    ("inline-pairs-news",
     "Heavy snow closed the mountain road on Tuesday. {D:周二，大雪封闭了山路。} Workers cleared it by the evening. "
     "{D:工人们在傍晚前清理完毕。}\n"),
    ("sayings-originals-after",
     "Sayings from the talk:\n\n1. Knowledge is power.\n2. Where there is a will, there is a way.\n"
     "3. Seeing once is better than hearing a hundred times.\n\nIn Chinese:\n\n1. {D:知识就是力量。}\n"
     "2. {D:有志者事竟成。}\n3. {D:百闻不如一见。}\n"),
    ("book-originals-after-notes",
     "Novels we read this term:\n\n- Border Town, by Shen Congwen\n- Teahouse, by Lao She\n"
     "- Spring Silkworms, by Mao Dun\n\nOriginal titles:\n\n- {D:边城} (1934)\n- {D:茶馆} (1957)\n- {D:春蚕} (1932)\n"),
    ("blog-title-above",
     "{D:在云南的七天}\nSeven Days in Yunnan\n\nWe flew to Kunming in April and took the slow train to Dali.\n"),
    ("news-title-above",
     "{D:新图书馆下月开放}\nNew library opens next month\n\nThe building has four floors and room for 200,000 books.\n"),
    ("original-title-field",
     "Film notes\n\nTitle: In the Heat of the Sun\nOriginal title: {D:阳光灿烂的日子}\nYear: 1994\nDirector: "
     "Jiang Wen\n"),
    ("caption-below-english",
     "Photo: A farmer dries red peppers in the sun.\n{D:图：一位农民在阳光下晾晒红辣椒。}\n\nThe village sells "
     "most of its peppers at the autumn market.\n"),
    ("caption-above-english",
     "{D:图为雨后的西湖。}\nWest Lake after the rain.\n\nBoats return to the lake in the afternoon.\n"),
    ("poem-line-pairs",
     "Deer Park, by Wang Wei\n\n{D:空山不见人，}\nEmpty mountains, no one to be seen,\n{D:但闻人语响。}\n"
     "yet the sound of voices is heard.\n"),
    ("poem-couplet-pairs",
     "Climbing Stork Tower, by Wang Zhihuan\n\n{D:白日依山尽，黄河入海流。}\nThe white sun sets behind the "
     "mountains; the Yellow River flows into the sea.\n{D:欲穷千里目，更上一层楼。}\nTo see a thousand miles "
     "further, climb one more floor.\n"),
    ("folk-song-lines",
     "Jasmine Flower (folk song)\n\n{D:好一朵美丽的茉莉花}\nWhat a beautiful jasmine flower\n"
     "{D:芬芳美丽满枝桠}\nSweet and lovely on every branch\n"),
    ("learner-word-list",
     "Family words\n\n{D:爸爸} bàba — father\n{D:妈妈} māma — mother\n{D:哥哥} gēge — older brother\n"
     "{D:妹妹} mèimei — younger sister\n"),
    ("learner-dialogue-pinyin",
     "Dialogue 2\n\n{D:你叫什么名字？}\nNǐ jiào shénme míngzi?\nWhat is your name?\n{D:我叫李明。}\n"
     "Wǒ jiào Lǐ Míng.\nMy name is Li Ming.\n"),
    ("learner-term-inline",
     "The word {D:加油} (jiāyóu) literally means to add oil; people shout it to cheer a team on.\n"),
    ("infobox-name-fields",
     "Su Shi\n\nChinese: {D:苏轼}\nCourtesy name: Zizhan ({D:子瞻})\nBorn: 1037, Meishan\nDied: 1101\n\n"
     "Su Shi was a poet, painter and official of the Song dynasty.\n"),
    ("cast-list-names",
     "Cast\n\nJiang Wen ({D:姜文}) as Ma Xiaojun\nNing Jing ({D:宁静}) as Mi Lan\nXia Yu ({D:夏雨}) as the young "
     "Ma Xiaojun\n"),
    ("organisation-name-field",
     "Organisation: Shanghai Museum\nChinese name: {D:上海博物馆}\nAddress: 201 People's Avenue, Shanghai\n"),
    ("signs-table",
     "| English | Chinese |\n|---|---|\n| Library | {D:图书馆} |\n| Canteen | {D:食堂} |\n| Gym | {D:体育馆} |\n"),
    ("quotation-bracketed-original",
     "Confucius said, \"When three people walk together, one of them can be my teacher.\" ({D:三人行，必有我师。})\n"),
    ("podcast-alternating",
     "Episode 7: Night markets\n\nNight markets open after sunset and close after midnight.\n\n"
     "{D:夜市在日落后开张，午夜后才关门。}\n\nMost stalls sell snacks and cheap clothes.\n\n{D:大多数摊位卖小吃和便宜的衣服。}\n"),
    ("greeting-dash-gloss",
     "The banner over the station exit said {D:一路平安} — have a safe journey.\n"),
    ("footer-icp",
     "© 2026 Blue Hill Tea Co. · {D:苏ICP备20231234号-3}\n"),
]

DETECT12_LEFTOVERS = [
    ("cms-breadcrumb",
     "{L:您现在的位置：首页 > 通知公告}\n\nThe school will be closed on Friday for the holiday.\n"),
    ("cms-labels-values",
     "Library opening hours change\n\n{L:作者：}admin  {L:点击数：}245  {L:更新时间：}2026-05-12\n\nFrom Monday the "
     "library opens at 8:00.\n"),
    ("byline-photo",
     "{L:本报记者 刘洋 摄影 陈晨}\n\nThe new high-speed line cut travel time to the coast to two hours.\n"),
    ("source-field",
     "The museum received 20,000 visitors during the holiday week.\n\n{L:来源：文化和旅游局}\n"),
    ("credits-footer",
     "Design: Studio Nine\n{L:技术支持：}Bluefish Web\n{L:版权所有：某某市第一中学}\n"),
    ("editor-field",
     "The bridge repairs will finish in June.\n\n{L:责任编辑：赵敏  审核：孙强}\n"),
    ("paragraph-same-topic",
     "The city will plant 5,000 trees along the river this spring.\n\n"
     "{L:今年春天，市园林局还将在河两岸修建三个小公园，并增设休息座椅。}\n"),
    ("paragraph-same-topic-number",
     "The festival drew 30,000 visitors over three days.\n\n{L:活动期间，共有30家企业参展，现场签约金额达2亿元。}\n"),
    ("caption-above-unrelated",
     "{L:图为志愿者在社区为老人测量血压。}\nThe health centre opened its new clinic on Monday with eight doctors.\n"),
    ("caption-above-name-shared",
     "{L:王芳老师在课堂上指导学生绘画。}\nWang Fang has taught art at the school for twelve years.\n"),
    ("caption-below-related",
     "Harvest began early this year because of the warm summer.\n\n{L:村民们在田间收割成熟的水稻。}\n\n"
     "Prices are expected to stay low.\n"),
    ("inline-sentence-same-topic",
     "The new ferry carries 300 passengers. {L:渡轮每天往返两岛之间六次。} Tickets can be bought online.\n"),
    ("paragraph-after-pairs",
     "Welcome to the reading club.\n{D:欢迎来到读书会。}\n\nWe meet on the first Sunday of each month.\n"
     "{D:我们每月第一个星期日聚会。}\n\n{L:本月推荐书目将在群内公布，请大家留意。}\n"),
    ("breadcrumb-pipes",
     "Home | News | {L:学院动态}\n\nThe engineering faculty won two national awards this year.\n"),
    ("prev-next-links",
     "Share this story\n\n{L:上一条：关于举办春季招聘会的通知}\n{L:下一条：图书馆开展读书月活动}\n"),
    ("font-size-tool",
     "{L:【字体：大 中 小】}\n\nThe water supply will stop on Thursday from 9:00 to 15:00.\n"),
    ("note-after-english-list",
     "Our teas:\n\n1. Green tea\n2. Black tea\n3. Oolong tea\n\n{L:以上产品均可在线订购，满200元包邮。}\n"),
    ("title-above-other-title",
     "{L:学校召开新学期教职工大会}\nSpring term timetable\n\nClasses begin on 2 March and end on 26 June.\n"),
    ("song-remark-untranslated",
     "The song was written in 1978 and became a hit across Asia.\n\n{L:这首歌曲调优美，歌词朴实，深受听众喜爱。}\n"),
    ("speaker-profile-field",
     "Speaker: Professor Chen Jie\n{L:简介：陈杰教授长期从事海洋生物研究，发表论文百余篇。}\n"),
    ("address-footer",
     "Contact\n\nTel: 0571-8888 6666\n{L:地址：杭州市西湖区文三路100号}\n"),
    ("notice-apology",
     "Notice\n\nThe pool is closed for cleaning.\n{L:给您带来的不便，敬请谅解。}\n"),
    ("spam-footer",
     "Thanks for visiting our bakery.\n\n{L:最新网上赌场 注册送88元}\n"),
    ("learner-instruction-left",
     "Lesson 8: Colours\n\n{D:红色} hóngsè — red\n{D:蓝色} lánsè — blue\n\n{L:请用这些词语各造一个句子，下节课检查。}\n"),
]


def main() -> None:
    write("detect6", DETECT6_DELIBERATE, DETECT6_LEFTOVERS)
    write("detect10", DETECT10_DELIBERATE, DETECT10_LEFTOVERS)
    write("detect11", DETECT11_DELIBERATE, DETECT11_LEFTOVERS)
    write("detect12", DETECT12_DELIBERATE, DETECT12_LEFTOVERS)
    write("detect13", DETECT13_DELIBERATE, DETECT13_LEFTOVERS)
    print(*(len(docs) for docs in (DETECT6_DELIBERATE, DETECT6_LEFTOVERS, DETECT10_DELIBERATE, DETECT10_LEFTOVERS,
                                   DETECT11_DELIBERATE, DETECT11_LEFTOVERS, DETECT12_DELIBERATE, DETECT12_LEFTOVERS,
                                   DETECT13_DELIBERATE, DETECT13_LEFTOVERS)))


if __name__ == "__main__":
    main()
