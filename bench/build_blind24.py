"""Build bench/sets/detect24-*.jsonl: a held-out, hand-written detection set ("detect24").

English pages that contain Chinese on purpose: a song's lyrics with the Chinese line above each
English line, a classical quatrain with the original block before the translation block, podcast
show notes with each Chinese paragraph followed by its English one, a graded reader that puts the
Chinese translation straight after each English sentence inside one paragraph and a diary that
does the reverse (Chinese, then English), a playlist of English titles with the Chinese originals
listed further down, a blog post with a Chinese title line above its English title, a film review
with an `Original title:` field and names in brackets, a Wikipedia-style city infobox (Chinese
name, Pinyin, Traditional), a vocabulary list with pinyin, a Markdown phrasebook table, a lesson
transcript with translated lines, a chengyu page, a novel review naming characters once in
characters, holiday greetings quoted with their meaning, a bilingual notice (English paragraph,
then the full Chinese paragraph), a product page with a Chinese brand name, a restaurant menu, a
museum caption with an inscription and its translation, a university page footer with ICP
numbers and a `中文` link, tattoo advice discussing characters, and a travel blog glossing metro
signs. And half-translated pages (machine-translated mirrors of news portals, schools, companies,
governments, hospitals, tourism bureaus, shops, forums and estate agents) whose leftover Chinese
is CMS furniture and breadcrumbs, a same-subject paragraph that adds new facts, vendor credits
and copyright lines, one numbered item, one doctor's specialty, photo captions, injected gambling
spam, a forum reply, specification cells, a leader's speech after "pointed out,", a body paragraph
under true bilingual headings, 2-6 character terms inside English sentences, a recipe's last
step, an event description, a requirements list, an FAQ answer, listing field values, a session
title, a scenic-area paragraph that says different things from the English before it, two
headlines, a byline and source line, and untranslated comments; deliberate Chinese on those
pages (logos, `中文` links, ICP numbers, bilingual headings) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-03: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, the first 60 and last 30 lines of
build_blind23.py and the `marked` helper in build_detection_sets.py were looked at, as a model
of the format), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind24.py` from the repository root; it rewrites
bench/sets/detect24-deliberate.jsonl (ids d24d-NN) and bench/sets/detect24-leftovers.jsonl
(ids d24l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect24", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("lyrics-zh-above-en", """
Lantern by the River – lyrics and translation

Singer: Lin Xiaoyu · Album: Night Ferry (2025) · Track 4

I keep the original line on top and my translation underneath, so you can sing along in either language.

{D:河边的灯还亮着}
The lantern by the river is still burning
{D:像你走的那一晚}
just like the night you went away
{D:风把小船吹得很远}
The wind has pushed the little boat far out
{D:我把名字写在水上}
and I wrote your name across the water

Chorus
{D:等一等，别回头}
Wait a moment, don't turn around
{D:月亮会替我说}
the moon will say it for me
{D:天再黑也有路}
however dark the sky, there's still a road
{D:灯在，我就在}
as long as the lantern's here, so am I

Translator's note: the last line is literally "lamp is here, I am here". I smoothed it a little, but kept the two short halves, because that is how she sings it, with a breath in the middle.
""")

dd("poem-original-block-then-translation", """
# Wang Zhihuan: Climbing Stork Tower

Wang Zhihuan (688–742) left only six poems behind, and this quatrain is the one that nearly every Chinese schoolchild can recite. The tower stood near today's Yongji in Shanxi, looking down on the Yellow River.

## Original

{D:登鹳雀楼}
{D:王之涣}
{D:白日依山尽，}
{D:黄河入海流。}
{D:欲穷千里目，}
{D:更上一层楼。}

## Translation

Climbing Stork Tower
Wang Zhihuan
The pale sun sinks away behind the hills,
the Yellow River runs on to the sea.
If you would see a thousand miles further,
climb one more storey of the tower.

## Notes

Every line has five syllables, and the second couplet is a strict parallel, verb against verb and number against number. English cannot keep that shape without sounding wooden, so I let my lines run to different lengths. The final line has become an everyday saying for pushing yourself one step further, and you will hear it in graduation speeches.
""")

dd("podcast-zh-para-then-en", """
Episode 47 – Night markets are back

Slow Mandarin Podcast · 24 minutes · Level: intermediate

In each episode Teacher Wen reads a short passage slowly. We print it here with an English version under each paragraph, so you can check what you heard.

{D:很多城市的夜市这几年又热闹起来了。晚上七点以后，路边摆满了小摊，有卖烤串的，有卖水果的，也有卖手机壳的。}

In many cities the night markets have come back to life over the last few years. After seven in the evening the roadside fills with stalls: some sell grilled skewers, some sell fruit, and some sell phone cases.

{D:年轻人喜欢在夜市拍视频，分享到网上。有的小摊因为一个视频突然出名，门口排起了长队。}

Young people like to film videos at the market and post them online. Some stalls became famous overnight because of a single video, and long queues formed in front of them.

{D:不过，也有老摊主说，生意好了，房租也涨了，赚的钱不一定比以前多。}

Still, some stall owners who have been there for years say that when business picked up, the rent went up too, so they don't necessarily earn more than before.

Words to listen for: {D:夜市} yèshì night market, {D:小摊} xiǎotān stall, {D:排队} páiduì to queue, {D:摊主} tānzhǔ stall owner.

The transcript and audio are free; the printable worksheet is for supporters.
""")

dd("inline-en-then-zh-reader", """
Bilingual Reader: The Library on Wheels

Level 2 · Read each English sentence first, then check the Chinese that follows it.

Every Tuesday a small blue bus drives into our village. {D:每个星期二，一辆蓝色的小巴士开进我们村。} It is not an ordinary bus; it is a library. {D:它不是普通的巴士，而是一座图书馆。} Inside there are four shelves of books and a little table by the window. {D:车里有四个书架，窗边还有一张小桌子。}

The driver's name is Mr. Zhou. {D:司机姓周。} He chooses the books himself, so he knows what every child likes. {D:书是他自己挑的，所以他知道每个孩子喜欢什么。} My brother only reads about dinosaurs. {D:我弟弟只看关于恐龙的书。} I prefer stories about the sea. {D:我更喜欢关于大海的故事。}

Last week it rained so hard that the bus was late. {D:上个星期雨下得很大，巴士来晚了。} We waited under the shop roof for an hour. {D:我们在商店的屋檐下等了一个小时。} When it finally arrived, Mr. Zhou poured everyone a cup of hot tea. {D:车终于到了，周先生给每个人倒了一杯热茶。}

Questions
1. On which day does the bus come?
2. What does the narrator like to read?
3. Why was the bus late last week?
""")

dd("inline-zh-then-en-diary", """
Sunday Dumplings – a bilingual diary entry

Our weekend school asks every student to write a short diary in Chinese and then translate it sentence by sentence. This one is by Maya, Year 5, printed with her permission.

{D:星期天早上，奶奶叫我起床包饺子。}On Sunday morning Grandma woke me up to make dumplings. {D:她已经把面和好了，放在一个大碗里。}She had already made the dough and left it in a big bowl. {D:我负责擀皮，爸爸负责放馅。}I was in charge of rolling out the wrappers and Dad was in charge of the filling.

{D:我的饺子皮总是不圆，有的像月亮，有的像鞋子。}My wrappers are never round; some look like the moon and some look like shoes. {D:奶奶笑着说没关系，煮熟了都一样好吃。}Grandma laughed and said it didn't matter, because once they're cooked they all taste just as good.

{D:饺子下锅以后，我一直站在旁边数，怕它们粘在一起。}After the dumplings went into the pot, I stood next to it counting them the whole time, in case they stuck together. {D:奶奶说要加三次冷水，饺子浮起来就熟了。}Grandma said you have to add cold water three times, and when the dumplings float they are done.

{D:中午我们一共吃了八十个饺子。}At lunch we ate eighty dumplings altogether. {D:我吃了十二个，这是我的新纪录！}I ate twelve, which is my new record!

Teacher's comment: Lovely writing, Maya, and good use of {D:一共} ("altogether").
Next time, try to tell us what was in the filling.
Marked by Ms Chen, 30 November.
""")

dd("titles-list-then-originals", """
Ten Mandopop songs for my evening class

I made this playlist for the Thursday beginners. The titles below are the usual English renderings; scroll down for the original titles and why I picked each song.

1. Sunny Day
2. The Ordinary Road
3. A Little Happiness
4. Ten Years
5. The Moon Represents My Heart
6. Blue and White Porcelain
7. Later
8. Fairy Tale

Play them in this order if you can: the first four are slow and clear, the last four are harder.

Original titles and notes

1. {D:晴天} (Jay Chou) – a gentle tempo and lots of repeated words, good for practising tones.
2. {D:平凡之路} (Pu Shu) – the chorus is almost all everyday vocabulary.
3. {D:小幸运} (Hebe Tien) – from a film soundtrack; listen for the word "luck".
4. {D:十年} (Eason Chan) – great for time expressions.
5. {D:月亮代表我的心} (Teresa Teng) – the classic; your teacher's parents will know it.
6. {D:青花瓷} (Jay Chou) – full of literary words, so don't worry if you get lost.
7. {D:后来} (Rene Liu) – long lines sung quickly; try it with the lyrics open.
8. {D:童话} (Michael Wong) – a karaoke favourite, and a good one to finish the term.
""")

dd("blog-zh-title-above-en", """
{D:在成都学做川菜的第一个月}
My First Month Learning Sichuan Cooking in Chengdu

Posted 14 November 2026 by Hannah Price · 6 min read

I arrived in Chengdu with one suitcase, a very basic phrasebook and a vague plan to "learn to cook properly". Four weeks later I can make mapo tofu that my teacher calls acceptable, which from her is high praise.

The school is on the third floor of an office block near the river. There are eight of us in the morning class: two Australians, a Korean couple, a retired engineer from Lyon and three Chinese students who want to open restaurants back home in Guangdong.

The first week was entirely knife work. We spent a whole morning on potatoes, cutting them into matchsticks thin enough to see through. My teacher would pick up a strand, hold it to the light, and drop it back into the bowl without a word if it wasn't good enough.

The second week introduced the wok. The most important step, she says, is frying the chilli bean paste slowly in oil until the oil turns red; the class calls this "red oil time" and we all stand very still while it happens.

Next month: dumplings, noodles and, I'm told, a field trip to a pepper market.
""")

dd("film-review-original-title", """
Review: The Ferryman's Daughter (2026)

Original title: {D:摆渡人的女儿}
Director: Chen Mo ({D:陈默})
Running time: 118 minutes
Language: Mandarin and Hunanese, with English subtitles
Rating: 4 out of 5

Chen Mo's second feature follows a year in the life of a river crossing that is about to be replaced by a bridge. The ferryman, Old Tang, is played by Gao Shan ({D:高山}) with a stubborn, quiet dignity; he barely raises his voice in two hours, yet you always know what he is thinking.

His daughter Xiaolan, who has come back from a factory job in Shenzhen, is played by newcomer Lu Yiran ({D:陆一然}). She is the film's real discovery. The scenes in which she tries to persuade her father to take the compensation money and move to town are painful precisely because neither of them is wrong.

Tang Mei ({D:唐梅}) has a smaller part as the village official in charge of the bridge project, and she makes what could have been a villain into a tired woman doing an impossible job.

The photography is beautiful without being pretty: grey water, low mist, a single orange life jacket hanging on a nail. If the final act drifts a little, the last shot of the empty boat makes up for it.

Showing at the Rialto from 12 December.
""")

dd("infobox-city", """
Guangzhou

{D:广州}
Provincial capital of Guangdong, China

Chinese name
Simplified Chinese: {D:广州}
Traditional Chinese: {D:廣州}
Hanyu Pinyin: Guǎngzhōu
Cantonese Jyutping: gwong2 zau1
Literal meaning: "broad prefecture"

Nicknames: City of Rams ({D:羊城}), Flower City ({D:花城})
Country: China
Province: Guangdong
Population (2020 census): about 18.7 million
Area code: 020
Website: gz.gov.cn

Guangzhou is the capital and largest city of Guangdong province in southern China. It lies on the Pearl River about 120 km north-west of Hong Kong and has been a major port for more than two thousand years. In English it was long known as Canton, a name that survives in "Cantonese", the language most of its older residents speak at home.

The nickname "City of Rams" comes from a local legend about five immortals who arrived riding rams and left grain for the people; a statue of the five rams stands in Yuexiu Park.
""")

dd("vocab-list-pinyin", """
HSK 3 Vocabulary: Seeing a Doctor

Print this list and cover the right-hand column to test yourself.

- {D:医院} yīyuàn – hospital
- {D:医生} yīshēng – doctor
- {D:护士} hùshi – nurse
- {D:感冒} gǎnmào – to catch a cold; a cold
- {D:发烧} fāshāo – to have a fever
- {D:咳嗽} késou – to cough
- {D:头疼} tóuténg – to have a headache
- {D:药} yào – medicine
- {D:挂号} guàhào – to register (at a hospital)
- {D:打针} dǎzhēn – to have an injection
- {D:休息} xiūxi – to rest
- {D:舒服} shūfu – comfortable; feeling well

Example sentences

{D:我有点儿发烧，想去医院看看。}
Wǒ yǒudiǎnr fāshāo, xiǎng qù yīyuàn kànkan.
I have a slight fever and want to get it checked at the hospital.

{D:医生说我需要多休息。}
Yīshēng shuō wǒ xūyào duō xiūxi.
The doctor says I need to rest more.

Tip: in most Chinese hospitals you {D:挂号} at a counter or in an app before you see anyone, so learn that word first.
""")

dd("phrasebook-table-greetings", """
# Greetings and Small Talk – Pocket Phrasebook

Tones are marked on the pinyin. If people don't understand you, just point at the characters.

| English | Chinese | Pinyin |
|---|---|---|
| Hello | {D:你好} | nǐ hǎo |
| Hello (polite) | {D:您好} | nín hǎo |
| Good morning | {D:早上好} | zǎoshang hǎo |
| Good evening | {D:晚上好} | wǎnshang hǎo |
| How are you? | {D:你好吗？} | nǐ hǎo ma? |
| I'm fine, thanks | {D:我很好，谢谢} | wǒ hěn hǎo, xièxie |
| What's your name? | {D:你叫什么名字？} | nǐ jiào shénme míngzi? |
| My name is ... | {D:我叫……} | wǒ jiào ... |
| Nice to meet you | {D:很高兴认识你} | hěn gāoxìng rènshi nǐ |
| Goodbye | {D:再见} | zàijiàn |
| See you tomorrow | {D:明天见} | míngtiān jiàn |

## Good to know

Friends and neighbours often skip "hello" and ask "Have you eaten?" ({D:吃了吗？}) instead. It isn't an invitation to lunch; just answer "I have" ({D:吃了}) and carry on chatting.

Older people appreciate {D:您} instead of {D:你}, especially the first time you meet.
""")

dd("lesson-transcript-dialogue", """
Lesson 8 transcript: Buying a train ticket

Audio: 3 min 40 s. T = teacher, S = student. The English in brackets is our translation and is not on the recording.

T: {D:今天我们练习买火车票。你想去哪儿？}
(Today we're practising buying a train ticket. Where do you want to go?)
S: {D:我想去杭州。}
(I want to go to Hangzhou.)
T: {D:好。你想什么时候走？}
(OK. When do you want to leave?)
S: {D:明天上午，越早越好。}
(Tomorrow morning, the earlier the better.)
T: {D:有八点十分的高铁，二等座一百二十块。}
(There's a high-speed train at ten past eight; second class is 120 yuan.)
S: {D:可以，我要一张。能用手机付钱吗？}
(That's fine, I'll take one. Can I pay by phone?)
T: {D:当然可以。请给我看一下您的护照。}
(Of course. Please show me your passport.)
S: {D:给您。}
(Here you are.)

Notes
The pattern {D:越……越……} means "the more ..., the more ..."; {D:越早越好} is a fixed phrase, "the sooner the better".
In the second half the teacher is playing the ticket clerk, which is why both speakers switch to the polite {D:您}.
""")

dd("chengyu-idioms-pinyin", """
Five chengyu about time and patience

Chengyu are four-character idioms, most of them drawn from old stories. Here are five that I hear all the time at work.

### {D:一日千里}
Pinyin: yī rì qiān lǐ
Literally: a thousand li in one day
Meaning: making astonishingly fast progress.

### {D:守株待兔}
Pinyin: shǒu zhū dài tù
Literally: guard the stump and wait for a hare
Meaning: waiting for luck instead of working. It comes from the story of a farmer who saw a hare run into a tree stump and break its neck, then gave up ploughing to wait for the next one.

### {D:半途而废}
Pinyin: bàn tú ér fèi
Literally: give up halfway along the road
Meaning: to quit before the job is finished.

### {D:水滴石穿}
Pinyin: shuǐ dī shí chuān
Literally: dripping water wears through stone
Meaning: steady effort wins in the end.

### {D:亡羊补牢}
Pinyin: wáng yáng bǔ láo
Literally: mend the pen after losing a sheep
Meaning: it is not too late to fix things after something has gone wrong. Unlike "shutting the stable door after the horse has bolted", the Chinese saying is hopeful rather than scornful.
""")

dd("novel-review-character-names", """
Book club notes: To Live, by Yu Hua

Our November book was Yu Hua's short novel To Live (first published in 1993 as {D:活着}), in Michael Berry's English translation. Eleven of us came, and for once nobody had skipped the ending.

The frame is simple. A young man collecting folk songs in the countryside meets an old farmer, Fugui ({D:福贵}), ploughing with an ox he has also named Fugui, and the old man tells him his life story over several afternoons.

As a young landlord's son, Fugui gambles away the family's house and land. His wife Jiazhen ({D:家珍}) stays with him anyway, and the rest of the book is a long list of the things that are taken from him: by war, by famine, by accident and by plain bad luck. His daughter Fengxia ({D:凤霞}) loses her hearing and speech after a fever; his son Youqing ({D:有庆}) is a fast runner who dies at a hospital giving blood. Later we meet Fengxia's kind husband Erxi ({D:二喜}) and their son Kugen ({D:苦根}).

Several of us found the first half almost unbearable. Janet said she had to put it down after the chapter about Youqing and read something light for a week.

What kept us reading, we agreed, is Fugui's voice. He never asks for pity, and he is often funny. By the last page the title reads less like a description and more like an instruction.

Group rating: 4.5 out of 5 (two people gave it 5, nobody gave it less than 4).

December's book: Wolf Totem. Bring snacks.
""")

dd("holiday-greetings-quoted", """
Happy Lunar New Year from Harbour Dental!

Dear patients and friends,

The Year of the Goat begins on 6 February 2027, and our whole team would like to send you our warmest wishes. Many of you have taught us a greeting or two over the years, so this time we thought we would pass them on.

"{D:新年快乐}" (xīnnián kuàilè) is the simplest one: Happy New Year.

"{D:恭喜发财}" (gōngxǐ fācái) wishes you prosperity in the year ahead. Children often answer it by holding out their hands for a red envelope!

"{D:万事如意}" (wànshì rúyì) means "may everything go as you wish".

"{D:身体健康}" (shēntǐ jiànkāng), good health, is of course our favourite, and we would add healthy teeth to it.

And for this particular year, "{D:羊年大吉}" (yángnián dàjí): great luck in the Year of the Goat.

Please note our holiday opening hours. The clinic will be closed from 5 to 8 February and will reopen on Tuesday 9 February at 8.30 am. For dental emergencies during the closure, call the on-call number on our answering machine.

With best wishes,
Dr Amy Leung and the Harbour Dental team
""")

dd("bilingual-notice-en-then-zh", """
Riverside Community Library – Notice of Temporary Closure
{D:河滨社区图书馆临时闭馆通知}

The library will be closed from Monday 12 January to Sunday 25 January 2027 while the heating system is replaced. During this time the book drop by the main entrance will remain open, and no late fees will be charged on items due during the closure.

{D:因更换供暖系统，本馆将于2027年1月12日（星期一）至1月25日（星期日）闭馆。闭馆期间，正门旁的还书箱照常开放，在此期间到期的图书不收取逾期费。}

Our Saturday story time and the Chinese-language conversation club will move to the community hall at 14 Mill Street for these two weeks. Times stay the same.

{D:周六儿童故事会和中文交流会将在这两周内移至磨坊街14号社区会堂举行，时间不变。}

If you have questions, please email the library team or leave a message on 020 7946 0321. We apologise for the inconvenience and look forward to welcoming you back to a warmer building.

{D:如有疑问，请发送电子邮件给图书馆工作人员，或致电020 7946 0321留言。给您带来不便，敬请谅解，期待在更温暖的馆舍里再次见到您。}

Riverside Community Library, 2 Quay Road
{D:河滨社区图书馆，码头路2号}
""")

dd("product-page-chinese-brand", """
Huamei ({D:华美}) MF-30 Micro-Pressure Rice Cooker, 3 L

£89.00 · In stock · Free UK delivery over £40

Cook rice the way it's done in kitchens across Guangdong. The MF-30 uses a gentle micro-pressure cycle and a 2 mm thick inner pot to cook every grain evenly, from fragrant jasmine to sticky glutinous rice.

Key features
- 12 programmes, including white rice, brown rice, congee, claypot rice and cake
- Keep-warm for up to 24 hours, with a 12-hour delay timer
- Non-stick ceramic-coated inner pot, dishwasher safe
- Removable steam vent and lid plate for easy cleaning
- UK plug, English control panel and English instruction booklet

In the box: cooker, inner pot, steaming basket, measuring cup, rice paddle, manual.

About the brand
Huamei was founded in Foshan in 1998 and is sold in more than 30 countries. The Chinese name {D:华美} means "splendid and beautiful"; you'll see it in red on the front of the cooker, with the English name underneath.

Customer reviews (4.6 out of 5)
"Finally a cooker that does congee properly. My mum approves." – Kelly, Manchester
"The English manual is clear, and the Chinese characters on the lid are just the logo, so don't worry if you can't read them." – Tom, Bristol
""")

dd("menu-dishes-zh-en", """
Golden Lotus Kitchen – Dinner Menu
Sichuan and Hunan home cooking · Open Tue–Sun 5–10 pm

COLD DISHES
{D:拍黄瓜} Smashed cucumber with garlic and black vinegar – 6.50
{D:口水鸡} "Mouth-watering" chicken in chilli oil – 9.80
{D:凉拌木耳} Wood ear mushroom salad – 7.20

HOT DISHES
{D:麻婆豆腐} Mapo tofu with minced beef – 11.50
{D:宫保鸡丁} Kung pao chicken with peanuts – 13.80
{D:鱼香茄子} "Fish-fragrant" aubergine (no fish!) – 11.20
{D:干煸四季豆} Dry-fried green beans with pork – 10.90
{D:剁椒鱼头} Steamed fish head with chopped chillies, Hunan style – 22.00
{D:小炒黄牛肉} Stir-fried beef with fresh chillies – 16.50

RICE AND NOODLES
{D:担担面} Dandan noodles – 9.50
{D:蛋炒饭} Egg fried rice – 6.80
{D:白米饭} Steamed rice – 2.50

Spice levels can be adjusted; just ask your server for mild ({D:微辣}), medium ({D:中辣}) or hot ({D:特辣}).
Please tell us about any allergies before ordering. A 10% service charge is added to tables of six or more.
""")

dd("museum-inscription-caption", """
Gallery 3: Temples and Households

Case 12 · Carved wooden plaque
Qing dynasty, 19th century · Fujian province · Lacquered camphor wood, gilded characters

This plaque once hung over the main hall of a small lineage temple in a village near Quanzhou. Plaques like this were commissioned by families to honour their ancestors or to celebrate a successful son in the imperial examinations.

Inscription (read from right to left): {D:德被乡里}
Translation: "Virtue that shelters the whole village"

The smaller characters down the left edge give the date and the donor's name. They read {D:光绪十二年} ("the twelfth year of the Guangxu reign", that is 1886) and {D:林氏子孙敬立} ("respectfully set up by the descendants of the Lin family").

Case 13 · Pair of door couplets
Printed paper, 20th century

Couplets are pasted on either side of a front door at New Year. This pair reads {D:春回大地} on the right, "spring returns to the earth", and {D:福满人间} on the left, "good fortune fills the world". The red paper has faded to pink after years on display.

Gift of the Chen family, 1974.
""")

dd("university-footer-icp-lang-link", """
{D:中文} | English
Eastlake University · School of International Education
Home | About | Programmes | Admissions | Campus Life | Contact

Chinese Language Programme for International Students, Spring 2027

Applications are now open for our one-semester and one-year Chinese language programmes. Courses run at eight levels, from complete beginner to advanced, with 20 class hours a week in small groups of no more than 15 students.

Who can apply
Non-Chinese citizens aged 18 to 60 with a high school diploma or above. No previous Chinese is required for the beginner level.

Key dates
Online application deadline: 15 December 2026
Admission letters sent: by 10 January 2027
Registration and placement test: 24–25 February 2027
Classes begin: 1 March 2027

Fees
Tuition: 9,800 yuan per semester. Application fee: 400 yuan (non-refundable). On-campus accommodation is available from 40 yuan per night in a shared room.

Scholarships are available for students with an HSK 4 certificate or above. See the Scholarships page for details.

Contact: +86 27 8765 4321 · admissions@eastlake.example.edu.cn
Address: 88 Xueyuan Road, Hongshan District, Wuhan, Hubei 430074, China

Copyright © 2026 Eastlake University. All rights reserved.
{D:鄂ICP备05012345号-1} | {D:鄂公网安备42011102000123号}
""")

dd("tattoo-character-advice", """
Thinking about a Chinese character tattoo? Read this first

I run a small calligraphy studio, and about once a week someone emails me a photo of a tattoo design and asks, "Does this actually say what I think it says?" Here is what I usually tell them.

1. Check every stroke, not just the overall shape.
A missing dot changes the character. {D:太} (tài, "too, very") and {D:大} (dà, "big") differ by a single dot, and I have seen both on the same forearm in the same week.

2. Decide between simplified and traditional.
"Love" is {D:爱} in simplified script and {D:愛} in traditional. Both are correct, but mixing the two systems in one phrase looks odd to native readers, a bit like spelling "colour" and "color" in one sentence.

3. Beware of single characters with more than one meaning.
People love {D:忍} (rěn, "endurance"), but its everyday sense is closer to "putting up with it". It's a fine choice if you know that; some people want something more heroic.

4. Phrases are safer than single words.
A four-character saying such as {D:自强不息}, "strive constantly to improve yourself", carries a clear meaning and is hard to misread.

5. Have it written by hand.
Fonts from a word processor look flat on skin. A calligrapher can write the characters in a brush style that suits you, and will also make sure the stroke order makes sense.

6. Mind the direction.
Chinese can be written vertically, but never flip or mirror the characters to make them "fit" a body part.

If in doubt, send me the design. I check them for free.
""")

dd("travel-blog-metro-signs", """
How I got around the Beijing subway without reading Chinese

Before my trip I was worried about the subway, but it turned out to be the easiest part of the week. Station names are announced in English, and every sign has English under the Chinese. Still, it helps to recognise a few characters, because the big ones are the Chinese and the English is small.

The three I used most:
- {D:出口} (chūkǒu) means exit. Exits are lettered, A, B, C and so on, and the letter matters: at large stations two exits can be a ten-minute walk apart.
- {D:换乘} (huànchéng) means transfer. Follow it, together with the colour of the line you want.
- {D:进站} (jìnzhàn), "enter the station", is printed over the gates where you tap in; the gates for leaving say {D:出站}.

You will also see {D:安检} (ānjiǎn), the security check, at every entrance. Bags go through an X-ray machine, and it is quicker if you take your water bottle out first.

For tickets I used a transport app linked to my bank card and simply scanned a QR code at the gate. A single journey cost between 3 and 6 yuan, depending on distance.

My one mistake: at Xizhimen I followed a sign for {D:13号线} (Line 13) when I wanted Line 2. The number is the same in any language, so look at it twice.

Next post: the airport express and how to get to Daxing airport.
""")


# ---------------------------------------------------------------- half-translated

ll("cms-breadcrumbs-labels", """
{D:中文版} | English
{L:当前位置：}Home > News Center > {L:部门动态}

The Municipal Market Supervision Bureau Carried Out Special Inspection of Food Safety in Campus Canteens

{L:发布时间：}2026-09-08 16:32   {L:来源：}Municipal Market Supervision Bureau   {L:作者：}Wang Lei   {L:浏览次数：}847
{L:【字体：大 中 小】}

In order to ensure the food safety of teachers and students in the new semester, from September 1 to 5, the Municipal Market Supervision Bureau organized law enforcement personnel to carry out a special inspection of school canteens and the surrounding food shops in the whole city.

The inspection focused on the raw material purchase records, the storage of food, the health certificates of employees, the disinfection of tableware and the implementation of the "bright kitchen" system.

A total of 126 school canteens and 318 surrounding shops were inspected, 23 problems were found, and the rectification was ordered on the spot. Two shops selling expired food were filed for investigation.

In the next step, the bureau will continue to strengthen daily supervision and will carry out random sampling tests of food in canteens every month.

{L:责任编辑：}Zhang Min
{L:上一篇：}Our City Launched the Quality Month Activity
{L:下一篇：}{L:关于2026年第三季度食品安全抽检情况的通告}
""")

ll("school-news-same-subject-extra-facts", """
Our School Held the 2026 Autumn Sports Meeting

On October 16 and 17, the 2026 Autumn Track and Field Sports Meeting of Hongxing Middle School was grandly held on the school playground. More than 1,600 students from 36 classes participated in the competition.

At the opening ceremony, Principal Liu delivered a speech, encouraging the students to carry forward the Olympic spirit, compete in friendship and show the good style of Hongxing students. Then the representatives of athletes and referees took the oath.

{L:本届运动会共设田径项目22个，有3人打破校纪录，其中初二（5）班李明同学以11秒92的成绩打破了保持十年的男子100米纪录。初一年级还首次增设了趣味接力项目，全体班主任都参加了比赛。}

During the two days, the athletes fought hard on the field, and the students in the stands cheered loudly for them. The volunteers of the Student Union served in the sun, delivering water and helping the injured students.

The meeting ended with the teachers' tug-of-war competition, and the mathematics group won the championship. Finally, Grade 8 Class 5 and Grade 7 Class 2 won the overall group first prize.

Photo: The opening ceremony of the sports meeting
Photo: The boys' 1500 meters race

Hongxing Middle School Office
October 18, 2026
""")

ll("company-vendor-credit-copyright", """
{D:恒达精密} HENGDA PRECISION
Home | About Us | Products | Equipment | News | Contact Us | {D:中文}

About Us

Zhejiang Hengda Precision Machinery Co., Ltd. was founded in 2004 and is located in the Economic Development Zone of Yuyao City, Zhejiang Province. The company covers an area of 28,000 square meters and has more than 260 employees, including 45 engineers and technicians.

We are specialized in the production of CNC turning parts, precision castings and hydraulic valve bodies, and our products are widely used in automobiles, construction machinery and household appliances. 70% of the products are exported to Europe, North America and Southeast Asia.

The company has passed ISO 9001 and IATF 16949 quality system certification, and is equipped with more than 120 sets of advanced processing and testing equipment imported from Japan and Germany.

Adhering to the business philosophy of "quality first, customer supreme", Hengda sincerely welcomes friends at home and abroad to visit and negotiate business.

Contact Us
Address: No. 18 Xingye Road, Yuyao Economic Development Zone, Zhejiang, China
Tel: +86-574-6288-1234   Fax: +86-574-6288-1235
E-mail: sales@hengda-precision.example.com

{L:版权所有 © 2026 浙江恒达精密机械有限公司 保留所有权利}
{L:技术支持：宁波天宇网络科技有限公司}  {D:浙ICP备16034567号-2}
""")

ll("gov-notice-numbered-item", """
Notice on Doing a Good Job in Winter Heating Safety in 2026

Issued by: Jinshui District Housing and Urban-Rural Development Bureau   Date: November 3, 2026

To all subdistrict offices, heating enterprises and property service companies:

The heating season of this year will start on November 15. In order to ensure that the residents spend a warm winter safely, the relevant matters are hereby notified as follows:

1. Strengthen organizational leadership. All units should establish a working group headed by the main responsible person and clarify the responsibilities of each post.

2. Carry out the investigation of hidden dangers. Before November 10, the heating enterprises shall complete the inspection of boilers, heat exchange stations and pipe networks, and establish a list of problems.

3. {L:各供热企业要设立24小时服务热线，对群众反映的室温不达标问题，须在接到报修后4小时内上门处理，并在3日内反馈处理结果。}

4. Do a good job in emergency preparation. Sufficient emergency repair materials shall be reserved, and emergency drills shall be organized at least once before the heating season.

5. Strengthen publicity and guidance. Guide the residents to use heating safely and not to change the heating facilities without permission.

Heating complaint hotline: 0371-6555-8123

Jinshui District Housing and Urban-Rural Development Bureau
""")

ll("hospital-doctor-specialty", """
Department of Cardiology

The Department of Cardiology of the Second People's Hospital of Xinyang City was established in 1985. It is a key clinical specialty of Henan Province. The department has 96 beds, a cardiac care unit (CCU) with 12 beds, and a catheterization laboratory.

The department carries out more than 2,000 coronary interventional operations every year, and the 24-hour chest pain center provides green channel service for patients with acute myocardial infarction.

Expert Team

Zhang Jianguo, chief physician, professor, director of the department. Specialty: interventional treatment of coronary heart disease, complex coronary lesions.

Liu Fang, chief physician, master's supervisor. Specialty: diagnosis and treatment of hypertension, heart failure and cardiomyopathy.

Chen Hao, associate chief physician. {L:擅长：心律失常的射频消融治疗及心脏起搏器植入。}

Wu Yan, attending physician. Specialty: echocardiography and the rehabilitation of cardiac patients.

Outpatient Schedule

Expert clinic: Monday to Saturday morning, Outpatient Building, 3rd floor, Room 306.
General clinic: every day, 8:00–12:00 and 14:30–17:30.

Appointment hotline: 0376-662-8120
""")

ll("tourism-photo-captions", """
Discover Wuyuan: The Most Beautiful Countryside in China

Wuyuan County is located in the northeast of Jiangxi Province, bordering Anhui and Zhejiang. It is famous for its white walls and black tiles of Hui-style buildings, and the sea of rapeseed flowers in spring.

Every year from mid-March to early April, more than 100,000 mu of rapeseed flowers are in full bloom, and the villages are surrounded by the golden fields.

Photo: Rapeseed flowers around Jiangling in March

The ancient villages of Wuyuan keep a large number of ancestral halls, official residences and stone bridges of the Ming and Qing dynasties. Walking along the flagstone lanes, visitors can feel the quiet and simple life of the countryside.

Photo: {L:李坑村的小桥流水人家}

In autumn, the villagers in Huangling dry chili peppers, corn and chrysanthemums on the bamboo sieves on their roofs, which has become a famous folk scene.

Photo: {L:篁岭晒秋，村民在屋顶晾晒辣椒和玉米}

Photo: Morning mist over the Rainbow Bridge

Travel tips
Best time: March–April for flowers, October–November for autumn colors.
Getting there: Wuyuan High-speed Railway Station is about 2 hours from Hangzhou.
A five-day combination ticket covers 14 scenic spots and costs 210 yuan.
""")

ll("injected-gambling-spam", """
Growing Tomatoes on a Balcony: A Beginner's Guide

You don't need a garden to grow tomatoes. A sunny balcony and a few large pots are enough to give you fresh fruit from July to October.

Choose the right variety
Cherry tomatoes and bush varieties are the best choice for containers. They stay compact and start fruiting early. Large beefsteak types need more space and a longer season.

{L:皇冠体育在线投注，首充送100%，提款秒到账，点击立即注册}

Pots and soil
Use a pot of at least 20 litres for each plant, with drainage holes in the bottom. Fill it with a good peat-free compost mixed with a handful of slow-release fertiliser.

Watering
Tomatoes are thirsty. In hot weather water every morning, and try to keep the soil evenly moist. Irregular watering causes split fruit and blossom end rot.

{L:六合彩开奖结果查询，最准特码免费看，香港马会资料大全}

Support and feeding
Push a cane into the pot when you plant, and tie the stem to it as it grows. Once the first flowers open, feed weekly with a tomato fertiliser high in potassium.

Harvest
Pick the fruit when it is fully coloured and slightly soft. Any green tomatoes left at the end of the season will ripen on a sunny windowsill.

{L:百家乐真人视讯，信誉平台，日赚千元不是梦}
""")

ll("forum-thread-untranslated-reply", """
Forum > Photography > Lenses and Accessories

Topic: Which telephoto lens for bird photography on a budget?

greenfinch88 · posted 2026-11-21 09:14
Hello everyone, I have been shooting with a Canon 90D for one year and now want to try bird photography. My budget is about 4,000 yuan. Should I buy a new 100-400 from a third-party brand or a second-hand original lens? Thank you for your advice!

#1 oldzhang_photo · 2026-11-21 10:02
For birds, focal length is the most important thing. 400mm is the minimum; if you can, go to 600mm. The second-hand market has many good lenses, but you must check the mould and the focusing carefully.

#2 river_kingfisher · 2026-11-21 11:47
{L:我用的是腾龙150-600第一代，二手两千多块买的，白天光线好的时候完全够用，就是有点重，手持拍一上午胳膊会酸。建议配个独脚架。}

#3 greenfinch88 · 2026-11-21 12:30
Thank you both! Is the weight really a big problem? I usually walk in the wetland park for three or four hours.

#4 oldzhang_photo · 2026-11-21 13:05
It depends on your physical strength. You can rent one for a weekend first and try it, many camera shops in the city offer this service.

Reply | Quote | Report
""")

ll("product-spec-table-cells", """
KX-2200 Stainless Steel Electric Kettle 1.7L

Fast boiling in 4 minutes, automatic power-off when the water boils, and boil-dry protection make the KX-2200 a safe and convenient choice for home, office and hotel use.

Product Features
- Food grade inner tank, no plastic in contact with water
- 360° rotating base with hidden cord storage
- Blue LED indicator light
- Double-wall anti-scald body

Specifications

| Item | Parameter |
|---|---|
| Model | KX-2200 |
| Material | {L:304不锈钢内胆，PP外壳} |
| Rated power | 2200W |
| Rated voltage | 220–240V / 50Hz |
| Capacity | 1.7L |
| Color | {L:珍珠白 / 曜石黑} |
| Net weight | 1.15 kg |
| Product size | 22 × 15 × 25 cm |
| Packing | {L:彩盒包装，每箱12台} |
| Certification | CE, CB, RoHS |
| Warranty | One year |

MOQ: 500 pieces. OEM logo and color box design are available.
Delivery time: 25–30 days after receiving the deposit.

Send Inquiry | Add to Favorites
""")

ll("leader-visit-speech-after-pointed-out", """
Provincial Leader Investigated Rural Revitalization Work in Our County

On the afternoon of November 26, Wang Jianping, Vice Governor of the province, led a team to our county to investigate the work of rural revitalization and the development of characteristic industries. County Party Secretary Zhao Ming and County Magistrate Sun Li accompanied the investigation.

Wang Jianping and his party first came to the tea plantation base of Shangping Village. Walking among the tea gardens, he asked in detail about the planting area, output and sales of tea, as well as the income of the villagers. It is reported that the village has developed 3,200 mu of tea gardens, driving more than 400 households to increase their income.

Then, at the county e-commerce industrial park, Wang Jianping watched live-streaming sales of local agricultural products and talked with young entrepreneurs who returned to their hometown.

At the symposium, after listening to the work report of the county, Wang Jianping fully affirmed the achievements of the county in recent years.

He pointed out, {L:要坚持把发展特色产业作为乡村振兴的重要抓手，因地制宜、久久为功，做强茶叶、电商等优势产业，让更多群众在家门口就业增收。}

He stressed that all levels should strengthen the organizational guarantee and consolidate and expand the achievements of poverty alleviation.

Responsible persons of relevant provincial departments attended the symposium.
""")

ll("bilingual-headings-one-body-untranslated", """
{D:学院简介} About the College

The School of Environmental Science and Engineering was founded in 1993. It now has three departments: Environmental Engineering, Environmental Science and Ecology, with 1,200 undergraduate students and 480 graduate students.

{D:师资队伍} Faculty

The school has 128 faculty members, including 36 professors and 52 associate professors. More than 85% of the teachers hold doctoral degrees, and 30 of them have studied or worked abroad for more than one year.

{D:科学研究} Research

{L:近五年来，学院承担国家重点研发计划、国家自然科学基金等各类科研项目210余项，科研经费累计超过3.5亿元，发表SCI论文900余篇，获省部级以上科技奖励18项。学院建有流域水污染控制国家工程实验室和2个省级重点实验室。}

{D:国际交流} International Exchange

The school has established cooperative relations with more than 20 universities in the United States, Germany, Japan, Australia and other countries, and every year sends about 60 students to study abroad through joint training programs.

{D:联系我们} Contact Us

Tel: +86-25-8359-2000
E-mail: ese@university.example.edu.cn
""")

ll("short-terms-inside-sentences", """
Our City Made New Progress in River Protection in 2026

This year, our city has continued to deepen the {L:河长制}, and the water quality of the main rivers has been steadily improved. By the end of October, the proportion of sections with good water quality reached 92.3%, an increase of 4.1 percentage points over the same period last year.

The city has set up 1,356 river chiefs at city, county, township and village levels. Each river chief patrols the river regularly, and problems found are handed over to the {L:网格员} of the community for handling.

In the treatment of rural sewage, the city has completed the renovation of 86 villages, and the {L:黑臭水体} in the urban area has been basically eliminated.

At the same time, the city has deepened the reform of "{L:放管服}", and the approval time of water-related projects has been shortened from 45 working days to 20 working days.

The Municipal Water Resources Bureau said that in the next step, it will focus on the construction of "{L:幸福河湖}", build 12 new ecological embankments, and open more riverside greenways to the public.

Citizens who find illegal discharges can report them through the "{L:随手拍}" function of the city service app, and a reward will be given if the report is verified.

Source: Municipal Water Resources Bureau
""")

ll("recipe-last-step-chinese", """
Braised Pork Belly (Hong Shao Rou)

Serves 4 · Preparation 20 minutes · Cooking 1 hour 30 minutes

Ingredients
- 600 g pork belly with skin
- 30 g rock sugar
- 2 tablespoons light soy sauce
- 1 tablespoon dark soy sauce
- 2 tablespoons Shaoxing wine
- 3 slices of ginger, 2 spring onions, 2 star anise
- About 500 ml hot water

Method
1. Cut the pork belly into 3 cm cubes. Put them in a pot of cold water with one slice of ginger, bring to the boil and blanch for 3 minutes. Remove and rinse.
2. Heat a little oil in a wok over low heat, add the rock sugar and stir until it melts and turns amber.
3. Add the pork and stir-fry quickly so that every piece is coated with the caramel.
4. Add the ginger, spring onions and star anise, then pour in the Shaoxing wine and both soy sauces. Stir for one minute.
5. Pour in the hot water until it just covers the meat. Bring to the boil, cover and simmer over low heat for about 1 hour.
6. {L:最后开大火收汁，不停翻炒，直到汤汁浓稠、均匀裹在肉上即可出锅，撒上葱花。}

Tips
Do not add cold water during cooking, or the meat will become tough. If you like, add hard-boiled eggs in step 5.
""")

ll("events-calendar-one-description", """
What's On in December – Riverside Cultural Center

Sat 5 Dec · 19:30 · Grand Theatre
Winter Concert of the City Symphony Orchestra
The orchestra will play Tchaikovsky's Nutcracker Suite and Dvořák's Symphony No. 9. Tickets 80–380 yuan.

Sun 6 Dec · 10:00 · Children's Library
Picture Book Reading: The Snowman
Story time for children aged 3 to 6 with their parents. Free, registration required.

Wed 9 Dec · 14:00 · Exhibition Hall 2
Intangible Cultural Heritage Paper-Cutting Exhibition
{L:本次展览汇集了我市12位非遗传承人的150余件剪纸作品，展期至12月31日，每周六下午还将举办剪纸体验课，名额有限，请提前在公众号预约。}

Sat 12 Dec · 15:00 · Lecture Room
Lecture: The History of the Grand Canal in Our City
Professor Huang Wei from the Normal University will introduce the canal's 1,400 years of history. Free admission.

Fri 18 Dec · 19:00 · Small Theatre
Peking Opera Evening: The Drunken Concubine
Performed by the Municipal Peking Opera Troupe. Tickets 60–180 yuan.

Thu 24 Dec · 18:30 · Square
Christmas Eve Light Show and Market
Food stalls, handicrafts and live music.

Box office: 0512-6878-3000 · Open 9:00–20:00
""")

ll("job-ad-requirements-chinese", """
Recruitment: Overseas Sales Engineer (2 positions)

Company: Suzhou Ruitai Automation Equipment Co., Ltd.
Location: Suzhou Industrial Park, Jiangsu
Salary: 12,000–20,000 yuan per month + commission
Posted: 2026-11-28 · Deadline: 2026-12-31

Job Responsibilities
1. Develop overseas customers for the company's packaging machines, mainly in Southeast Asia and the Middle East.
2. Participate in international exhibitions and maintain relationships with distributors.
3. Prepare quotations and contracts, and follow up on orders, delivery and payment.
4. Cooperate with the technical department to provide installation and after-sales support abroad.

Job Requirements
{L:1. 本科及以上学历，机械、自动化或国际贸易相关专业；}
{L:2. 英语六级以上，能熟练进行商务谈判，会阿拉伯语或泰语者优先；}
{L:3. 三年以上机械设备外贸销售经验；}
{L:4. 能适应长期出差，每年出国时间约4个月；}
{L:5. 持有C1驾照。}

Benefits
Five social insurances and one housing fund, annual paid leave, year-end bonus, free shuttle bus and staff canteen.

How to Apply
Please send your resume in English and Chinese to hr@ruitai.example.com, with the title "Overseas Sales Engineer + Name".
""")

ll("faq-one-answer-untranslated", """
Frequently Asked Questions – Visiting the Provincial Museum

Q: Is admission free?
A: Yes. Admission to the permanent exhibitions is free, but visitors need to reserve a time slot online one to seven days in advance. Some special exhibitions charge a separate fee.

Q: What are the opening hours?
A: 9:00–17:00 from Tuesday to Sunday, with last entry at 16:00. The museum is closed on Mondays, except on public holidays.

Q: Can I bring a bag into the museum?
A: Small bags are allowed after security check. Large luggage, umbrellas and drinks must be left at the free cloakroom at the east entrance.

Q: Is there an English audio guide?
A: {L:讲解器租赁处位于一楼大厅服务台，提供中、英、日、韩四种语言，每台押金200元、租金20元；也可以扫描展品旁的二维码免费收听。}

Q: Can I take photos?
A: Photography without flash is allowed in most galleries. Tripods and selfie sticks are not permitted.

Q: Are there facilities for disabled visitors?
A: Wheelchairs and baby strollers can be borrowed free of charge at the service desk. All floors are accessible by lift.

Q: How do I get there?
A: Take Metro Line 2 to Museum Station, Exit B, and walk about 300 meters north.

Still have questions? Call the visitor hotline 0731-8451-4630.
""")

ll("real-estate-listing-field-values", """
For Sale: 3-Bedroom Apartment in Binjiang Garden, Riverside View

Total price: 3.28 million yuan   Unit price: 27,800 yuan/m²
Listing ID: BJ2026110587

Basic Information
Layout: 3 bedrooms, 2 living rooms, 2 bathrooms
Floor area: 118 m²
Floor: {L:中楼层} (18 floors in total)
Orientation: {L:南北通透}
Decoration: {L:精装修}
Elevator: Yes, 2 elevators for 4 households
Year built: 2015
Property type: {L:商品房}
Ownership: {L:满五唯一}
Parking: One underground parking space (sold separately)

Description
This apartment is located in the core area of Binjiang New Town, 500 meters from Metro Line 4. The living room faces the river and has a large balcony, with plenty of sunlight. The owner has lived here for seven years and the house is well maintained. Kindergarten, primary school and a large shopping mall are within walking distance.

The owner is sincere in selling because of changing jobs to another city, and viewing can be arranged at any time.

Agent: Chen Xiaoyu · Tel: 138-0000-5621
""")

ll("conference-agenda-one-session", """
2026 China International Forum on Smart Agriculture – Agenda

Venue: Hefei Binhu International Convention Center, Hall B
Date: December 10, 2026

08:30–09:00  Registration and sign-in

09:00–09:30  Opening Ceremony
Speeches by leaders of the Provincial Department of Agriculture and Rural Affairs and the organizer

09:30–10:15  Keynote Report: Digital Agriculture and Food Security
Prof. Zhao Guoqiang, Chinese Academy of Agricultural Sciences

10:15–10:30  Tea break

10:30–11:15  Keynote Report: {L:无人农场关键技术研究与示范应用}
Dr. Liu Chen, South China Agricultural University

11:15–12:00  Application of Satellite Remote Sensing in Crop Yield Estimation
Ms. Anna Weber, European Space Agency

12:00–13:30  Lunch (Hotel Restaurant, 2nd floor)

13:30–15:00  Parallel Session A: Intelligent Agricultural Machinery
Parallel Session B: Agricultural Big Data and Platforms

15:00–16:30  Round-table Discussion: Cooperation Between Enterprises and Universities

16:30–17:00  Signing Ceremony of Cooperation Projects and Closing

Simultaneous interpretation (Chinese–English) is provided in the main hall.
Contact: Forum Secretariat, +86-551-6299-0000
""")

ll("scenic-area-paragraph-says-other-things", """
Tianmu Lake Scenic Area

Tianmu Lake is located in Liyang City, Jiangsu Province, about one hour's drive from Nanjing. The scenic area consists of two reservoirs, Shahe and Daxi, surrounded by green hills and bamboo forests, and is a national 5A-level tourist attraction.

Visitors can take a cruise ship on the lake to enjoy the scenery of the islands, climb the mountains along the forest trails, or experience tea picking in the tea gardens of the hills in spring.

{L:天目湖的砂锅鱼头是当地最有名的菜，选用湖里自然生长的鳙鱼，用砂锅慢炖两个小时以上，汤色奶白。景区内的山水园还建有一座温泉度假酒店，冬季游客可以在露天温泉中观赏湖景。}

Opening Hours
8:00–17:00 (April to October), 8:30–16:30 (November to March)

Tickets
Shanshui Garden: 130 yuan
Nanshan Bamboo Sea: 110 yuan
Combined ticket: 210 yuan
Children under 1.2 meters and seniors over 70 are free of charge.

Transportation
Take a high-speed train to Liyang Station, then take Tourist Bus Line 1 directly to the scenic area.

Service hotline: 0519-8739-9999
""")

ll("headlines-list-two-chinese", """
News Center

Latest News

· The City Held the 2026 Investment Promotion Conference, Signing 36 Projects Worth 48 Billion Yuan  (2026-11-30)
· New Metro Line 6 Will Start Trial Operation at the End of December  (2026-11-29)
· {L:我市新增3所公办幼儿园 明年秋季起招生}  (2026-11-28)
· Municipal Government Executive Meeting Studied Winter Epidemic Prevention and Heating Work  (2026-11-27)
· The Third "Lakeside Marathon" Attracted 20,000 Runners  (2026-11-26)
· Our City Was Awarded the Title of "National Civilized City" Again  (2026-11-25)
· {L:市人社局发布2026年度企业工资指导线}  (2026-11-24)
· Two Old Residential Areas Completed Renovation and Installed 18 Elevators  (2026-11-23)
· The Agricultural Products Fair Opens at the International Expo Center  (2026-11-22)
· Free Health Checkups for Residents Over 65 Extended to the End of the Year  (2026-11-21)

Notices and Announcements

· Notice on Temporary Traffic Control on Zhongshan Road During Pipeline Construction  (2026-11-30)
· Public Solicitation of Opinions on the Draft Regulations on Urban Greening  (2026-11-27)
· Announcement of the 2026 Civil Servant Recruitment Examination Results  (2026-11-20)

More >>
""")

ll("press-release-byline-source", """
Provincial Power Grid Completed the Largest Ultra-High Voltage Substation in the Region

{L:本报记者 周海涛 通讯员 李晓芸}

{L:来源：省电力公司新闻中心}   2026-12-01

On November 30, the 1000 kV Huaxi ultra-high voltage substation was officially put into operation after 72 hours of trial operation. It is the largest ultra-high voltage substation in the region so far, with a total investment of 4.6 billion yuan.

The substation covers an area of 230,000 square meters and has a transformation capacity of 6 million kVA. After it is put into operation, it can deliver more than 30 billion kWh of clean electricity from the west every year, which is equivalent to reducing coal consumption by 9 million tons and carbon dioxide emissions by 24 million tons.

During construction, the project team overcame difficulties such as high temperature and heavy rain, and applied a number of new technologies, including prefabricated buildings and intelligent inspection robots, which shortened the construction period by two months.

"The completion of this project will greatly improve the power supply capacity of the central and southern parts of the province and provide a strong guarantee for winter peak electricity demand," said the person in charge of the provincial power company.

Next, the company will speed up the construction of the supporting 500 kV transmission lines, which are expected to be completed in June next year.
""")

ll("comment-section-mixed", """
Comments (7)

Liang_Wei · 3 hours ago
The new bike lanes on Jiefang Road are very good, I ride to work every day and now feel much safer. Thanks to the city!
Like 24 · Reply

summer_rain · 3 hours ago
{L:路是修好了，可是晚上的路灯太暗了，骑到桥下那段根本看不清，希望有关部门尽快解决。}
Like 31 · Reply

David from Shenzhen · 2 hours ago
Is there any plan to extend the lanes to the university area? Many students ride there too.
Like 9 · Reply

  Reply from City Traffic Bureau · 1 hour ago
  Thank you for your suggestion. The second phase, including Xueyuan Road, will start construction next spring.

old_hu · 1 hour ago
{L:电动车乱停乱放的问题也该管一管了，人行道都被占满了。}
Like 17 · Reply

MingMing · 45 minutes ago
Agree with the comment above about the street lights. Also the bridge section is very narrow.
Like 5 · Reply

{L:匿名用户} · 20 minutes ago
Good job, but please also think about the pedestrians.
Like 2 · Reply

Log in to post a comment. Please comply with relevant laws and regulations.
""")

if __name__ == "__main__":
    SET.build()
