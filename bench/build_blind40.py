"""Build bench/sets/detect40-*.jsonl: a held-out, hand-written detection set ("detect40").

Theme: transcripts, interviews, podcasts, subtitles and speeches.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a Chinese-learning
podcast transcript with each Chinese line followed by its English in quotes, podcast show notes
with a word list (word, pinyin, meaning) and a glossed "sentence of the week", a bilingual potter
interview with every question and answer in Chinese first and then English, a student-newspaper
interview with English first and Chinese after, a film-festival Q&A where the whole Chinese answer
is followed by the interpreter's whole English answer, a documentary SubRip file with a Chinese
and an English line in every cue, a chamber-of-commerce dinner speech quoting four proverbs with
their meanings (one with pinyin, one explained a paragraph later), a press conference with the
interpreter's English after each Chinese remark, a bilingual oral-history excerpt with numbered
notes on two words, a book-podcast episode page naming authors as `Liu Cixin (…)` and listing the
books with their English titles, a subtitler's blog explaining five untranslatable wuxia words, a
lecture transcript that uses architectural terms inline and glosses them in a glossary at the end,
a street-interview video transcript with `[subtitle]` lines, a Cantonese radio phrase segment in
traditional characters with Jyutping-like readings, a library talk reading a Tang quatrain line by
line, a museum audio-guide script (with a `中文` language link), a WebVTT vlog caption file with
English first and Chinese below, a commencement speech explaining a carved four-part motto, a
pharmacy dialogue as a Speaker | Chinese | Pinyin | English table, a heritage panel transcript with
panellists' names in characters and two explained phrases, an audiobook page with the original
title and bilingual chapter list, and a eulogy quoting a grandmother's sayings whose meanings are
sometimes given several paragraphs later.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a county media interview with 主持人/嘉宾 speaker labels and one whole answer left in Chinese, a
campus Q&A whose answers end in Chinese clauses glued after English ones, a bilingual subtitle
draft where three cues lost their English line, an English cooking-show SRT with a Chinese cue, two
Chinese terms inside English cues and a Chinese sponsor caption, a tourism press conference where
one reporter's question stayed Chinese, a podcast episode page whose description, music credits,
one chapter and one older episode title are Chinese, a sister-city speech whose closing paragraph
stayed Chinese (after a glossed saying), a 答记者问 policy Q&A with 记者/负责人 labels and one
Chinese sentence, a webinar transcript whose chat-box questions were left in Chinese, a lecture
video page with Chinese chapters, tags, a play-count label and comments, a podcast transcript whose
sponsor read and two remarks stayed Chinese, an oral history quoting a mother's and a master's words
untranslated next to a glossed ration-coupon term, a paper-cut artist interview with Chinese photo
captions, a school opening speech with one glossed Analects line and an unglossed proverb and plea,
a magazine interview whose profile box labels and one dish stayed Chinese, a livestream replay with
Chinese host lines and viewer comments, a public-hearing table with Chinese cells, a podcast
transcript with Chinese fillers and asides, a documentary page with Chinese credit labels, a
business news interview with an untranslated quotation, a speech page with Chinese download/print/
back-to-top/previous/next links, and an earnings-call transcript with the operator's lines and an
analyst's follow-up in Chinese. Deliberate Chinese on those pages (a `中文` link, ICP numbers, a
company or programme name given with its English, a glossed saying or term) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set (the
Tang quatrain and the Analects line are public domain, with new translations). The set was
written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or
their builders (only bench/blind_set.py, `marked()` in bench/build_detection_sets.py, and the
first 70 and last 30 lines of bench/build_blind25.py as a model of the file format were read),
and mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind40.py` from the repository root; it rewrites
bench/sets/detect40-deliberate.jsonl (ids d40d-NN) and bench/sets/detect40-leftovers.jsonl
(ids d40l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect40", chars=(1200, 4500), lines=(10, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("podcast-line-pairs", """
Slow Chinese Café — Episode 48: Ordering Breakfast
Home | Episodes | Transcripts | Word Lists | Support the Show

Transcript (level: upper beginner)

Megan: Hi everyone, welcome back to Slow Chinese Café. I'm Megan, and as always my co-host Lao Zhou is here with me. Today we're at a breakfast stall, so I hope you're hungry. Each Chinese line is read slowly first, then we give you the English.

Lao Zhou: {D:老板，来两根油条，一碗豆浆。}
"Boss, two youtiao and a bowl of soy milk, please."

Megan: Notice that he calls the stall owner "boss". That's normal, and polite, at any food stall.

Stall owner: {D:豆浆要甜的还是咸的？}
"Do you want the soy milk sweet or savoury?"

Lao Zhou: {D:甜的，少放点糖。}
"Sweet, but go easy on the sugar."

Megan: Savoury soy milk surprises a lot of visitors. It comes with vinegar, chili oil and little bits of fried dough, so it's closer to a soup than a drink.

Stall owner: {D:在这儿吃还是带走？}
"Eating here or taking it away?"

Lao Zhou: {D:带走，麻烦帮我装个袋子。}
"Taking it away. Could you put it in a bag for me?"

Stall owner: {D:一共八块，扫这个码就行。}
"Eight yuan altogether. Just scan this code."

Megan: And that's the whole transaction. Almost nobody carries cash for breakfast any more; you scan the QR code on the counter with your phone.

Lao Zhou: {D:谢谢，明天见！}
"Thanks, see you tomorrow!"

Megan: He says "see you tomorrow" because he really does go there every single morning. Okay, let's listen to the whole dialogue once more at normal speed, and this time try not to read along.

Next episode: Taking a taxi without getting lost.
Transcripts are free for everyone. The audio drills and flashcards are for members.
© 2026 Slow Chinese Café · Privacy · Contact
""")

dd("show-notes-word-list", """
The Mandarin Commute · Show notes for episode 112: "Rainy Season"
Listen on: Apple Podcasts · Spotify · RSS · YouTube

In this episode Jia and Tom talk about the plum rain season in the Yangtze delta, why your laundry never dries in June, and the one complaint every Shanghai resident makes at least ten times a day in early summer. Runtime 23 minutes.

Words from this episode
- {D:梅雨} (méiyǔ) – plum rain, the early-summer rainy season
- {D:潮湿} (cháoshī) – damp, humid
- {D:发霉} (fāméi) – to go mouldy
- {D:晾衣服} (liàng yīfu) – to hang clothes out to dry
- {D:除湿机} (chúshījī) – dehumidifier
- {D:闷热} (mēnrè) – hot and stuffy, muggy
- {D:雨伞} (yǔsǎn) – umbrella
- {D:下个不停} (xià ge bù tíng) – to keep on raining

Sentence of the week
{D:这几天雨下个不停，衣服晾了三天还是湿的。}
It hasn't stopped raining for days; I hung my clothes out three days ago and they're still wet.

Timestamps
00:00 Intro and listener mail
03:40 What is plum rain, and where does the name come from?
09:15 Jia's mouldy shoes story
14:30 Grammar corner: the verb + {D:个不停} pattern
19:50 Quiz: five sentences, can you catch the weather words?
22:10 Outro

Tom mentions the folk explanation that the season is named after the plums that ripen at the same time. Jia points out a second, less charming explanation that sounds exactly the same: {D:霉雨}, "mould rain". You will see both on signs around town, but the plum one is the standard spelling.

Support the show: members get the full transcript, flashcards and a slowed-down audio track.
Got a question for listener mail? Write to us at mail@mandarincommute.example
Previous: Episode 111 "Haggling at the Flower Market" | Next: Episode 113 "Dragon Boat Weekend"
""")

dd("interview-zh-first-pairs", """
Bilingual Interviews · Makers
"I let the clay decide": a conversation with potter Xu Lan
Interview by Hannah Pike · Translated by the interviewee and the editor · 9 min read

Xu Lan ({D:许岚}) has run a small wood-fired kiln in Jingdezhen for twelve years. The interview was held in Chinese; we print each question and answer in Chinese first, followed by the English.

Q: {D:你是怎么开始做陶瓷的？}
Q: How did you start making ceramics?

A: {D:我小时候住在窑厂旁边，每天放学都去看工人拉坯。那时候觉得泥巴在转盘上慢慢长高，就像变魔术一样。}
A: I grew up next to a kiln factory, and every day after school I went to watch the workers throwing pots. Back then, seeing the clay slowly rise on the wheel felt like a magic trick.

Q: {D:你的作品很多都有裂纹，这是故意的吗？}
Q: Many of your pieces have cracks in the glaze. Is that deliberate?

A: {D:一半是故意的，一半是窑火决定的。我可以控制釉的厚薄，但最后开出什么样的纹，谁也说不准。}
A: Half deliberate, half decided by the fire. I can control how thick the glaze is, but nobody can say exactly what kind of crackle will open up in the end.

Q: {D:年轻人还愿意学这门手艺吗？}
Q: Are young people still willing to learn this craft?

A: {D:比十年前多了。很多人在城市里上班累了，想回来用手做点东西。不过能坚持三年以上的不多。}
A: More than ten years ago. Lots of people get tired of office jobs in the city and want to come back and make something with their hands. But not many stick with it for more than three years.

Q: {D:最后，你想对刚入门的人说什么？}
Q: Finally, what would you say to someone who is just starting out?

A: {D:别急着做好看的东西，先让手记住泥的脾气。}
A: Don't rush to make beautiful things. First let your hands learn the temper of the clay.

Xu Lan's studio is open to visitors on weekends by appointment. Her exhibition "Open Crackle" runs at the Riverside Craft Gallery until 28 February.

More bilingual interviews: The bamboo weaver · The last sign painter on Fuxing Road · Tea farmers of Wuyi
Share · Print · Subscribe to the Makers newsletter
""")

dd("interview-en-first-pairs", """
The Northfield Courier · Campus Voices
Ten minutes with Dr. Liang Yuqing, our new lecturer in Chinese
Posted 14 October 2026 · Faculty & Staff · 6 comments

Dr. Liang Yuqing ({D:梁雨晴}) joined the Department of Modern Languages this semester from a teaching post in Kunming. Because her first-year students asked for it, we ran this interview in both languages: each question and answer appears in English first, then in Chinese.

What surprised you most about Northfield?
{D:诺斯菲尔德最让你意外的是什么？}
How quiet it is at night. In Kunming my street had a night market until two in the morning. Here I can hear the wind in the trees.
{D:晚上太安静了。在昆明，我家那条街上的夜市一直开到凌晨两点。在这里，我能听见风吹树叶的声音。}

What's the hardest thing for English speakers learning Chinese?
{D:对说英语的人来说，学中文最难的是什么？}
Most people say the tones, but I think it's the patience to learn characters. You can't guess how to write a word from its sound, so you have to build up your memory slowly, like saving money.
{D:大多数人会说是声调，但我觉得是学汉字的耐心。你没办法从读音猜出一个字怎么写，只能像存钱一样，一点一点地积累。}

Do you have a favourite character?
{D:你有最喜欢的汉字吗？}
The character for "person", {D:人}. Two strokes leaning on each other. I tell my students that's what a class should look like.
{D:“人”字。两笔互相撑着。我常跟学生说，一个班就应该是这个样子。}

What do you do when you're not teaching?
{D:不上课的时候你做什么？}
I'm learning to bake bread, badly. My colleagues are very kind about it.
{D:我在学烤面包，烤得不太好。同事们都很包容。}

Any advice for students thinking about taking Chinese 101?
{D:对正在考虑选修中文入门课的同学，你有什么建议？}
Come to the first class. If you can say "hello" in Chinese by the end of it, you'll want to come back.
{D:先来上第一节课。如果下课时你能用中文说一句“你好”，你就会想再来的。}

Chinese 101 meets Mondays, Wednesdays and Fridays at 10 a.m. in Harlan Hall 204. Dr. Liang's office hours are Tuesdays from 2 to 4 p.m.

Comments (6) · Share · More from Campus Voices
The Northfield Courier is the student newspaper of Northfield College. Independent since 1962.
""")

dd("qa-whole-answer-then-interpreter", """
Festival Journal · Day 4 · Post-screening Q&A
"The Salt Road" — director Han Song in conversation
Moderated by Clare Oduya. Mr Han answered in Mandarin; after each answer the festival interpreter, Wen Li, gave the English. We print both in full.

Clare Oduya: The film spends almost forty minutes with the caravan before anyone says a word. Why hold back the dialogue for so long?

Han Song:
{D:因为真正走盐道的人，路上几乎不说话。海拔太高，说话浪费力气。我跟着一支马帮走了十一天，到第三天我才发现，他们是靠铃铛声和咳嗽声交流的。我想让观众先学会听这些声音，再听人说话。}

Interpreter:
Because the people who actually walk the salt road hardly talk on the way. At that altitude, speaking wastes your strength. I travelled with a mule caravan for eleven days, and only on the third day did I realise that they communicate through the sound of the bells and through coughing. I wanted the audience to learn to listen to those sounds first, before they listen to people talk.

Clare Oduya: Were the muleteers in the film professional actors?

Han Song:
{D:只有一个是演员，就是演老赶马人的那位。其他人都是真正的赶马人，其中有两个是父子。拍到最后，那位演员跟他们学会了绑货，绑得比我们的道具师还好。}

Interpreter:
Only one of them is an actor, the one who plays the old muleteer. The rest are real muleteers, and two of them are father and son. By the end of the shoot the actor had learned from them how to tie the loads, and he did it better than our props master.

Audience member: What happened to the caravan after filming?

Han Song:
{D:他们还在走，不过现在一年只走两趟了。公路修通以后，盐都用卡车运，马帮主要驮茶叶和药材。我答应过他们，电影在县城放映的时候，第一排留给他们。}

Interpreter:
They're still going, but only twice a year now. Since the road was finished, the salt goes by truck, and the caravan mostly carries tea and medicinal herbs. I promised them that when the film is screened in the county town, the front row will be kept for them.

"The Salt Road" screens again on Saturday at 18:30 in Cinema 2. Tickets at the festival box office.
Festival Journal · Daily coverage · Photo gallery · Schedule
""")

dd("srt-documentary-zh-en", """
Subtitle file: paper_and_wind_ep03_bilingual.srt
Documentary series "Paper and Wind", episode 3: The Kite Makers — bilingual subtitles (Chinese line on top, English line below)
Uploaded by: folkcraft_archive · Format: SubRip · Encoding: UTF-8

1
00:00:03,100 --> 00:00:06,800
{D:潍坊人做风筝，已经做了好几百年了。}
People in Weifang have been making kites for several hundred years.

2
00:00:07,200 --> 00:00:11,000
{D:我爷爷那一辈，家家户户冬天都在扎风筝。}
In my grandfather's generation, every household built kites in the winter.

3
00:00:11,500 --> 00:00:15,300
{D:竹子要先用火烤，烤软了才能弯。}
The bamboo has to be heated over a flame first. Only when it's soft can you bend it.

4
00:00:15,700 --> 00:00:19,200
{D:这个角度差一点都不行，飞起来就歪了。}
This angle can't be even slightly off, or it flies crooked.

5
00:00:19,600 --> 00:00:22,900
{D:糊纸用的浆糊是我们自己熬的。}
The paste for the paper is one we boil up ourselves.

6
00:00:23,300 --> 00:00:28,000
{D:画的时候先画眼睛。眼睛画好了，风筝就有精神了。}
When we paint, we do the eyes first. Once the eyes are right, the kite comes alive.

7
00:00:28,400 --> 00:00:31,600
{D:这只龙头蜈蚣风筝一共有一百零八节。}
This dragon-headed centipede kite has a hundred and eight sections.

8
00:00:32,000 --> 00:00:34,500
{D:放起来需要五个人。}
It takes five people to fly it.

9
00:00:35,000 --> 00:00:38,200
{D:现在愿意学的年轻人不多了。}
These days, not many young people want to learn.

10
00:00:38,600 --> 00:00:41,400
{D:不过我孙女说，她想试试。}
But my granddaughter says she'd like to try.

11
00:00:42,000 --> 00:00:44,000
{D:风来了！放！}
The wind's here! Let go!
""")

dd("speech-proverbs-glossed", """
Twin Cities Chinese-American Chamber of Commerce · News · Speeches
Remarks by Diane Whitcombe, Chair, at the Chamber's Annual Dinner
Delivered 9 November 2026 · Transcript as delivered

Good evening, friends, members and guests.

When I joined this chamber eleven years ago, my first mentor, Mr. Chen, gave me a small scroll with four characters on it: {D:饮水思源}. He told me it means "when you drink water, remember its source." I hung it above my desk, and I have looked at it almost every day since. Tonight is a good night to remember our source: the families who opened laundries, groceries and restaurants on University Avenue long before anyone called it a business district.

This year was not an easy one. Rents went up, two of our members closed their doors, and the road works on Snelling Avenue lasted nine months instead of four. But I keep thinking of another saying Mr. Chen liked: {D:千里之行，始于足下}, qiān lǐ zhī xíng, shǐ yú zú xià. Literally, a journey of a thousand li starts beneath your feet. We started small this year: a shared delivery service, three language workshops, one very crowded job fair. Each of them was one step.

I also want to share a proverb I learned only this spring, from one of our youngest members, who runs a bubble-tea shop with her brother. When I asked how the two of them divide the work, she laughed and said, {D:兄弟齐心，其利断金}. I had to ask her to say it twice.

She explained it to me afterwards: when brothers are of one heart, their strength can cut through metal. Then she added, "Sisters too," and I think she's right.

Finally, to our volunteers. There is a phrase, {D:众人拾柴火焰高}: when everyone gathers firewood, the flames burn high. Our dinner tonight was built by forty-two volunteers, and every one of them brought a stick.

Thank you, and please enjoy your dinner. {D:谢谢大家}, thank you all.

[Applause]

Posted by the Chamber communications office. Photos from the dinner will be online next week.
Members' area · Events · Join the Chamber · Contact
""")

dd("press-conference-interpreter", """
Official Transcript
Press Conference on the 2027 Lakeside International Marathon
Date: 2 December 2026 · Venue: Media Centre, Lakeside Sports Park
Speaker: Ms. Zhou Ying, Deputy Director of the Organising Committee
Consecutive interpretation was provided; the interpreter's English follows each of Ms. Zhou's remarks.

ZHOU YING: {D:各位媒体朋友，上午好。欢迎参加2027湖滨国际马拉松新闻发布会。}
INTERPRETER: Good morning, friends from the media. Welcome to the press conference for the 2027 Lakeside International Marathon.

ZHOU YING: {D:明年的比赛将于三月二十一日上午七点半鸣枪，设全程、半程和五公里健康跑三个项目，总规模三万人。}
INTERPRETER: Next year's race will start at 7:30 a.m. on 21 March. There will be three events, the full marathon, the half marathon and a five-kilometre fun run, with thirty thousand participants in total.

ZHOU YING: {D:今年我们对赛道做了调整，取消了原来的折返段，选手将沿湖跑完整的一圈。}
INTERPRETER: This year we have adjusted the course. The old out-and-back section has been removed, and runners will complete a full loop around the lake.

REPORTER (Lakeside Evening News): How will the lottery for places work this year?

ZHOU YING: {D:报名从十二月十日开始，为期十天。如果报名人数超过名额，我们会公开抽签，结果在一月五日公布。本地跑者保留百分之二十的名额。}
INTERPRETER: Registration opens on 10 December and runs for ten days. If applications exceed the places available, we will hold a public draw, and the results will be announced on 5 January. Twenty percent of places are reserved for local runners.

REPORTER (RunWorld Asia): Will there be pacers for the half marathon?

ZHOU YING: {D:会的。半程设六个配速区间，从一小时三十分到两小时三十分；全程设八个。}
INTERPRETER: Yes. The half marathon will have six pace groups, from one hour thirty to two hours thirty; the full marathon will have eight.

ZHOU YING: {D:最后提醒大家，比赛当天湖滨路全天封闭，请市民提前安排出行。谢谢大家。}
INTERPRETER: Finally, a reminder that Lakeside Road will be closed all day on race day, so residents should plan their journeys in advance. Thank you all.

[End of transcript]
Media enquiries: press@lakesidemarathon.example · Download the course map (PDF) · Photo downloads
""")

dd("oral-history-bilingual-notes", """
Riverside Mill Memories — An Oral History Project
Interview 07: Mrs. Gu Xiuzhen, spinning-room worker, 1958–1994
Recorded in her flat, March 2026. Mrs. Gu spoke Mandarin with a Wuxi accent. The transcript gives her words in Chinese, followed by our English translation; two words she used are explained in the notes.

{D:我十六岁进厂，那时候个子小，站在纺车前面要踮着脚。第一个月的工资是十八块五，我全部交给我妈，她给了我五毛钱买雪花膏。}

I went into the mill at sixteen. I was small then, and I had to stand on tiptoe in front of the spinning frame. My first month's wage was eighteen yuan fifty. I gave all of it to my mother, and she gave me fifty fen back to buy vanishing cream [1].

{D:车间里很吵，大家说话都靠喊，后来回到家里也改不过来。我老头子到现在还说我嗓门大。}

The workshop was very loud. Everybody had to shout to talk, and later we couldn't stop doing it at home either. My old man still says I have a loud voice.

{D:最苦的是夜班。凌晨三点最困，我们就唱锡剧，一个人起头，整排人跟着唱。}

The hardest thing was the night shift. Three in the morning was when you were sleepiest, so we sang Xiju opera [2]: one person would start, and the whole row would join in.

{D:厂子关门那天，我把工作服带回了家，到现在还压在箱子底下。}

On the day the mill closed, I took my work overalls home. They're still at the bottom of my trunk.

Notes
[1] Vanishing cream: {D:雪花膏}, literally "snowflake cream", a cheap face cream that every young woman wanted in the 1950s and 60s.
[2] Xiju: {D:锡剧}, the local opera of Wuxi and Changzhou.

Next interview: 08 — Mr. Pan Jianguo, loom mechanic · Back to the list of interviews
This project is supported by the Riverside Heritage Trust. Please ask before reusing the recordings.
""")

dd("podcast-episode-names-pinyin", """
Paper Dragons — a podcast about books from China
Home · Episodes · Book Club · About
Episode 31: Science fiction beyond the trilogy
Published 20 November 2026 · 54 min · Hosts: Priya Nair and Sam Oakes

Episode description
Everyone has heard of Liu Cixin ({D:刘慈欣}) by now, but what should you read after you've finished the trilogy that begins with {D:三体} (Sān Tǐ), The Three-Body Problem? This week Priya and Sam go through the writers who made them fall in love with Chinese science fiction all over again.

We start with Hao Jingfang ({D:郝景芳}) and her Hugo-winning novelette "Folding Beijing", {D:北京折叠}, in which the city folds itself up every night and three classes of residents take turns to live in it. Priya reads a short passage in Chinese and then in Ken Liu's English.

Next, Chen Qiufan ({D:陈楸帆}) and his novel Waste Tide, {D:荒潮} in Chinese, set on an island where the world's electronic waste ends up. Sam explains why the word for "tide" in the title matters so much by the last chapter.

Then we answer listener mail: "Is there any Chinese sci-fi that's actually funny?" Yes! We recommend a few short stories, and argue for ten minutes about whether the Wandering Earth films count as adaptations at all.

Books mentioned
- The Three-Body Problem / {D:三体} — Liu Cixin
- Folding Beijing / {D:北京折叠} — Hao Jingfang
- Waste Tide / {D:荒潮} — Chen Qiufan
- The Wandering Earth / {D:流浪地球} (Liúlàng Dìqiú) — Liu Cixin

Chapters
00:00 Hello again
02:15 After the trilogy
11:40 Folding Beijing
24:05 Waste Tide
38:30 Listener mail
51:10 Next month's book club pick

Listen: Apple Podcasts · Spotify · Pocket Casts · RSS
Support Paper Dragons on Patreon · Transcripts are available for supporters
""")

dd("subtitler-blog-terms", """
Notes from the Subtitle Booth
Blog · About · Glossary · Hire me

Translating a wuxia series: five words I refuse to translate the same way twice
Posted by Marta Lindqvist · 3 December 2026 · 7 comments

I've just finished the English subtitles for a forty-episode martial arts drama, and the question friends keep asking is: "What do you do with all the words that have no English equivalent?" Here are the five that gave me the most trouble.

1. {D:江湖}
Literally "rivers and lakes". In the show it means the whole world of wandering swordsmen, sects and feuds that exists alongside ordinary society. I used "the jianghu" in the first episode with a short on-screen note, then simply "the martial world" when a character is speaking quickly.

2. {D:师父}
The teacher who is also something like a father. "Master" sounds like a butler, and "teacher" sounds like a school. In the end I kept "Shifu" for direct address and "my master" in narration.

3. {D:大侠}
A great hero of the martial world, usually one who protects the weak. Villagers shout it when the hero arrives. My first draft said "Great Hero!", which made my editor laugh for five minutes. Where the context allowed, I changed it to "It's him!"

4. {D:内力}
Inner strength: the energy fighters build up through years of breathing exercises. I went with "inner power", which is what most fans already use.

5. {D:走火入魔}
What happens when a fighter trains the wrong way and the energy turns against them, so that they lose control of mind and body. "Qi deviation" is the fan term; I wrote "his training has turned on him" so that casual viewers could follow.

What I learned: a subtitle has about two seconds to do its job. A footnote never fits, so the line itself has to carry the meaning.

Tags: subtitling, wuxia, translation
Previous post: Timing cues for fast talkers · Next post: Why I hate italics
""")

dd("lecture-glossary-at-end", """
Open Lecture Series — Transcript
Lecture 5: "Rooms Around a Courtyard: Reading a Traditional Chinese House"
Speaker: Professor Ruth Alder, School of Architecture · Recorded 12 October 2026
[Transcript lightly edited for reading. Chinese terms appear as the speaker wrote them on the board; see the glossary at the end.]

Good afternoon. Last week we looked at temples, which are easy to admire because they're so big. Today I want to look at something ordinary: a family house in north China, the {D:四合院}, or siheyuan.

Imagine you're walking down a {D:胡同}. You come to a gate, and the first thing you see when you step through is not the courtyard but a wall. That's the {D:影壁}. Visitors often think the builders made a mistake. They didn't. The wall is there to block the view from the street, and also, people used to say, to stop bad spirits, which can only travel in straight lines.

Walk around the {D:影壁}, and now you're in the courtyard. The main hall on the north side faces south, toward the sun, and that's where the senior generation lived. The {D:厢房} on either side went to the sons and their families.

[Slide 14]

Now look up at the eaves. Between the top of the column and the roof there's a cluster of interlocking wooden blocks, the {D:斗拱}. They spread the weight of the roof, and in an earthquake they can shift a little without breaking. In a humble house they're small and plain; in a palace they become a kind of display.

In the south it's different. The courtyard shrinks into a tall, narrow {D:天井}, which lets the rain fall into the middle of the house and lets the hot air escape upward. Southern families liked to say that the rain collected there meant wealth flowing in.

Next week: gardens. Please read chapter six before you come.

Glossary
{D:四合院} siheyuan — courtyard house enclosed on four sides
{D:胡同} hutong — narrow lane of a north Chinese city
{D:影壁} yingbi — screen wall just inside the gate
{D:厢房} xiangfang — side rooms on the east and west of the courtyard
{D:斗拱} dougong — bracket sets between column and roof
{D:天井} tianjing — "sky well", the small open court of southern houses

Lecture recordings · Slides (PDF) · Next lecture
""")

dd("street-interview-video-transcript", """
VIDEO · Street Voices · 8:42
"What did you have for breakfast?" — asking strangers in Chengdu
Channel: Ben Walks China · 186K views · Uploaded 5 days ago
Transcript

0:00 Ben: Morning! I'm outside a metro station in Chengdu, and I'm going to ask people one simple question.
0:09 Ben: {D:你好！请问你今天早上吃了什么？}
0:12 [subtitle] Hi! Can I ask what you had for breakfast this morning?
0:14 Woman with scooter: {D:一碗牛肉面，加了很多辣椒。}
0:17 [subtitle] A bowl of beef noodles, with lots of chili.
0:19 Ben: Of course. It's Chengdu. Chili at eight in the morning.
0:31 Student: {D:什么都没吃，我快迟到了！}
0:33 [subtitle] Nothing at all, I'm about to be late!
0:35 Ben: He's running. Good luck!
0:52 Older man: {D:我每天都吃包子和稀饭，吃了三十年了。}
0:56 [subtitle] I have steamed buns and rice porridge every day. Thirty years now.
0:59 Ben: Thirty years of the same breakfast. Let's ask if he's bored.
1:01 Ben: {D:不会吃腻吗？}
1:03 [subtitle] Don't you get sick of it?
1:04 Older man: {D:吃腻了就换个馅儿。}
1:06 [subtitle] When I get sick of it, I switch to a different filling.
1:09 Ben: That's the best answer so far.
1:25 Office worker: {D:一杯美式。我知道，很无聊。}
1:28 [subtitle] An Americano. I know, it's boring.
1:31 Ben: Not boring, just efficient.
1:48 Grandmother with child: {D:我吃的是孙子剩下的鸡蛋饼。}
1:52 [subtitle] I ate the egg pancake my grandson didn't finish.
1:55 Ben: That is the most grandmother answer I have ever heard.
8:20 Ben: So, the final score: noodles won, buns came second, coffee a surprising third. See you next week in Xi'an.

Comments · 1,204
@lena_eats: the uncle with the buns is my new role model
@wuxin88: As a Chengdu person I approve of the beef noodle lady
@mark_t: the grandma answer got me
""")

dd("radio-cantonese-phrases", """
Harbour Radio 3 · Programme transcripts
"Speak Like a Local" — Episode 19: Five phrases for your first week in Hong Kong
Broadcast Saturday 7:30 a.m. · Presenter: Janet Ho

JANET: Good morning and welcome to Speak Like a Local. Every week we take five everyday Cantonese phrases, and this week I'm joined by a listener who arrived from Manchester just a month ago. Oliver, welcome.

OLIVER: Morning, Janet. I've learned one word so far and I use it for everything.

JANET: Let me guess. {D:唔該}.

OLIVER: Yes! M goi.

JANET: It means "thank you" when someone does something for you, like handing you your change, but it's also "excuse me" when you need to get off a packed minibus. The other "thank you", {D:多謝}, do je, is for gifts and compliments.

OLIVER: So if a friend gives me a present, I say do je.

JANET: Exactly. Phrase number three, and you'll hear it around lunchtime: {D:食咗飯未呀？} Sik jo faan mei a? Literally, "Have you eaten rice yet?" But nobody really wants to know about your lunch. It's simply how friends and neighbours say hello.

OLIVER: My landlady says that every day. I thought she was worried about me.

JANET: She probably is, a little. Number four: {D:埋單}, maai daan, "the bill, please". Raise your hand and call it across the room; that's completely normal in a cha chaan teng.

OLIVER: And number five?

JANET: {D:搞掂}, gaau dim. Done, sorted, finished. When your colleague asks whether the report is ready, you say gaau dim and go home.

OLIVER: I like that one best.

JANET: Next week: how to order at a cha chaan teng without pointing at other people's food. Thank you, Oliver, and thank you all for listening.

Transcript prepared by the programme team. Our romanisation follows the spelling most Hong Kong people use in text messages rather than a formal system.
Listen again · Programme schedule · Write to the programme
""")

dd("talk-quatrain-line-by-line", """
Central Library · Evening Talks · Transcripts
"Climbing Higher: One Tang Poem, Four Lines" — a talk by Dr. Colin Marsh
Recorded 18 September 2026 in the Reading Room

[Transcript begins after the introduction]

Thank you. I'm going to spend the next twenty minutes on a poem so short it would fit on a bus ticket. It was written in the eighth century by Wang Zhihuan, and it's called {D:登鹳雀楼}, "Climbing Stork Tower". The tower stood by the Yellow River in what is now Shanxi.

Here is the first line: {D:白日依山尽}. The white sun leans on the mountains and is gone. Notice that the poet doesn't say "sets"; the sun simply runs out against the mountain.

The second line: {D:黄河入海流}. The Yellow River flows into the sea. Now, from that tower you cannot see the sea. It's hundreds of miles away. So already the poet is looking beyond what his eyes can reach.

And that's what the last two lines are about. {D:欲穷千里目，更上一层楼。} If you want to see to the end of a thousand li, climb one more storey. Every Chinese schoolchild knows these lines, and they get quoted in speeches all the time, usually to mean "keep improving yourself".

[Slide: the four lines with pinyin]

But I want you to read them more slowly than a speech does. Read them as a man standing on a wooden floor, out of breath, at sunset, deciding whether there is time to climb one more flight before dark.

Let me read the whole poem once more in Chinese, and then I'll take your questions.

{D:白日依山尽，黄河入海流。欲穷千里目，更上一层楼。}

[Applause. Questions from the audience followed; they were not recorded.]

Next talk: 16 October, "How to read a haiku aloud". Free, no booking needed.
Central Library · Opening hours · Accessibility · Contact the Events team
""")

dd("audio-guide-script", """
Audio Guide Script — Gallery 3: Ceramics of the Song Dynasty
Museum of East Asian Art · Adult tour · English narration
Stop numbers match the keypad on your audio player. Press the green button to play.

STOP 301 · Introduction
Welcome to Gallery 3. The pieces around you were made between about 960 and 1279, in the Song dynasty. Notice how few of them are decorated. Song potters believed that a good glaze needs nothing added.

STOP 302 · Ru ware bowl
In the central case is a small bowl the colour of the sky after rain. It is a piece of Ru ware, in Chinese {D:汝窑}, made for the imperial court for only about twenty years. Fewer than a hundred pieces survive worldwide. Lean in and look at the base: you'll see three tiny marks where it rested on spurs in the kiln.

STOP 303 · Pillow with a line of verse
Yes, this is a pillow. Ceramic pillows stayed cool in the summer heat. The potter has brushed a line across its face: {D:风吹杨柳一枝斜}. A friend of the museum translated it as "The wind blows through the willows, and one branch leans aside."

STOP 304 · Jar with a mark on the base
Imagine turning the jar over, gently, in your mind please, not with your hands. On the base is a four-character mark: {D:内府公用}. It tells us the jar belonged to the palace stores, "for common use in the inner household". In other words, this wasn't treasure. It held wine or oil.

STOP 305 · The tea bowls
Finally, the dark bowls along the wall. Their glaze is called hare's fur, {D:兔毫}, because of the fine brown streaks that run down the sides like the hairs of a rabbit. Monks used these bowls for whisked tea, and the dark colour made the white froth easier to judge.

This is the end of the tour of Gallery 3. Please return your player to the desk in the main hall.
Audio guide available in: English · {D:中文} · Français · Deutsch
Script © Museum of East Asian Art. Please do not take the players out of the building.
""")

dd("webvtt-en-then-zh", """
WEBVTT
Kind: captions
Language: en, zh-Hans

NOTE Bilingual captions for "I rented a 200-year-old house in Yunnan" by Laura Kemp. English line first, Chinese line below it.

00:00:01.000 --> 00:00:04.500
So this is it. My home for the next three months.
{D:就是这里了。接下来三个月，这就是我的家。}

00:00:04.800 --> 00:00:08.900
The landlord says the house is more than two hundred years old.
{D:房东说，这栋房子已经有两百多年了。}

00:00:09.200 --> 00:00:13.000
The walls are made of earth, and they stay cool all afternoon.
{D:墙是土做的，整个下午都很凉快。}

00:00:13.400 --> 00:00:17.600
This is the kitchen. There's no oven, just a wood stove.
{D:这是厨房。没有烤箱，只有一个烧柴的灶。}

00:00:18.000 --> 00:00:21.300
My neighbour, Auntie Yang, has promised to teach me how to light it.
{D:我的邻居杨阿姨答应教我怎么生火。}

00:00:21.700 --> 00:00:25.200
Upstairs is my bedroom, and the view is ridiculous.
{D:楼上是我的卧室，风景美得不像话。}

00:00:25.600 --> 00:00:29.800
Those are rice terraces, and in the morning they're full of mist.
{D:那些是梯田，早上的时候全是雾。}

00:00:30.200 --> 00:00:34.000
The only problem is the stairs. They're very steep and very old.
{D:唯一的问题是楼梯，又陡又旧。}

00:00:34.400 --> 00:00:38.000
I've already hit my head twice today.
{D:我今天已经撞了两次头。}

00:00:38.300 --> 00:00:42.000
Auntie Yang just laughed and gave me a bowl of rice noodles.
{D:杨阿姨只是笑了笑，给了我一碗米线。}

00:00:42.300 --> 00:00:46.500
If you want to see whether I learn to cook on that stove, subscribe.
{D:想看我能不能学会用那个灶做饭，就订阅吧。}
""")

dd("commencement-motto", """
Office of the President · Speeches
Commencement Address to the Class of 2026
President Margaret Osei · Hollins Bay University · 30 May 2026

Graduates, families, faculty and friends: good morning.

Four years ago, many of you walked past the stone at the east gate without noticing it. Some of you, I know, sat on it to eat lunch. It was a gift from our partner university in Suzhou, and it carries that university's motto, carved in four pairs of characters: {D:厚德、笃行、求真、致远}.

I'd like to spend a few minutes on those eight characters, because I think they are a better summary of your education than anything I could write.

{D:厚德}: deep virtue. Not perfect virtue; deep. A character with weight, so that a strong wind does not knock it over.

{D:笃行}: to act with steadiness. You have spent four years learning to think. The next forty will ask you to act on what you think, patiently and repeatedly, even when nobody is watching.

{D:求真}: to seek the truth. You will find that this costs more than it did in the library. It may cost a job, or a friendship, or an easy promotion. Pay it anyway.

{D:致远}: to reach far. The professor who explained these words to me said the last pair is the reason for the first three. You build virtue, practise steadiness and seek truth so that you can travel a long way, and so that you can carry others with you.

So when you come back for your tenth reunion, and I hope you will, sit on that stone again. Read the eight characters. Ask yourself how far you have come, and whom you brought with you.

Congratulations, Class of 2026.

[Video of the ceremony · Download the text as PDF · Speeches archive]
Hollins Bay University · Office of the President · 1 College Road
""")

dd("dialogue-four-column-table", """
Mandarin Bites Podcast · Lesson transcript
Lesson 27: At the Pharmacy (intermediate)
Audio 14:20 · PDF version · Flashcards

In this lesson Xiao Lin has a sore throat and asks a pharmacist for advice. The table gives each line in Chinese, pinyin and English. Listen once without the table, then follow along.

| Speaker | Chinese | Pinyin | English |
|---|---|---|---|
| Xiao Lin | {D:你好，我嗓子疼了两天了。} | Nǐ hǎo, wǒ sǎngzi téng le liǎng tiān le. | Hello, my throat has been sore for two days. |
| Pharmacist | {D:发烧吗？} | Fāshāo ma? | Do you have a fever? |
| Xiao Lin | {D:不发烧，就是有点儿咳嗽。} | Bù fāshāo, jiùshì yǒudiǎnr késou. | No fever, just a bit of a cough. |
| Pharmacist | {D:那你试试这个润喉片，一天四次，每次一片。} | Nà nǐ shìshi zhège rùnhóupiàn, yì tiān sì cì, měi cì yí piàn. | Then try these throat lozenges, four times a day, one each time. |
| Xiao Lin | {D:饭前吃还是饭后吃？} | Fàn qián chī háishi fàn hòu chī? | Before or after meals? |
| Pharmacist | {D:都可以。多喝热水，别吃辣的。} | Dōu kěyǐ. Duō hē rè shuǐ, bié chī là de. | Either is fine. Drink plenty of hot water and avoid spicy food. |
| Xiao Lin | {D:要是三天还不好呢？} | Yàoshi sān tiān hái bù hǎo ne? | What if it's not better in three days? |
| Pharmacist | {D:那就得去医院看看了。} | Nà jiù děi qù yīyuàn kànkan le. | Then you'd better see a doctor at the hospital. |

Culture note: "Drink plenty of hot water" is probably the most famous piece of Chinese health advice. People say it for colds, stomach aches, tiredness and even heartbreak, and it has become something of a joke online.

Grammar point: the pattern verb + {D:了} + time + {D:了} shows that something started in the past and is still going on. {D:疼了两天了} means "has been sore for two days (and still is)".

Previous lesson: Renting a Flat · Next lesson: Sending a Parcel
Mandarin Bites · Learn a little every day
""")

dd("panel-names-in-characters", """
Heritage Cities Forum 2026 · Session transcripts
Panel 3: "Who Lives in the Old Town?"
Moderator: Daniel Frost · Panellists: Zhang Min ({D:张敏}), conservation architect; Ho Ka-wai ({D:何嘉慧}), community organiser; Peter Lindgren, city planner

Transcript (edited for length)

FROST: Let's begin with the question in our title. Zhang Min, your team has worked in the old town of Xichuan for eight years. Who actually lives there now?

ZHANG: Fewer people than when we started, and older. Many young families have moved to the new district across the river. Those who remain are retirees, some renters who work in tourism, and a lot of empty houses.

FROST: There's a phrase I've heard you use in Chinese, {D:见人见物见生活}. Could you explain it for the audience?

ZHANG: It's a principle for conservation: you should see the people, see the objects, and see the everyday life. A restored street with perfect roof tiles and no laundry hanging out is not a living street. It's a film set.

FROST: Ka-wai, in Hong Kong you've worked on the opposite problem: too many people.

HO: Yes. In Sham Shui Po the question isn't whether people live there but whether they can afford to stay. We ran a project recording the shop signs, the {D:招牌}, neon and painted signboards, because every time a family business closes, a sign comes down, and a piece of the street's memory goes with it.

LINDGREN: If I can add something from the planning side: we often protect the buildings very well and the tenants not at all. A listed facade with a chain store behind it is not what any of us wanted.

FROST: Last question for all three of you: one word for the old town in twenty years.

ZHANG: {D:有人}. It simply means "there are people". That's enough for me.

HO: Noisy.

LINDGREN: Shaded. We need far more trees.

[End of session. Audience questions were taken in the following session.]
Forum home · Programme · Speakers · Videos
""")

dd("audiobook-bilingual-chapters", """
Audiobooks › Literature in Translation
The Ferry at Willow Bend
By Shen Mo · Translated from the Chinese by Alice Grant · Narrated by David Chen
Length: 9 hrs 41 min · Unabridged · Release date: 12 November 2026
Original title: {D:柳湾渡口} (Liǔwān Dùkǒu)

Play sample (4:58) · Add to library · Gift this title

Publisher's summary
On a bend of the Han River, a ferryman and his daughter carry villagers, pigs, bicycles and the occasional coffin across the water. When a bridge is planned upstream, twelve-year-old Xiaowan begins writing down the stories of every passenger, certain that someone should remember the crossing before it disappears. Shen Mo's quiet, funny novel was a bestseller at home and has now been translated into nine languages.

About the narration
At the translator's request, David Chen reads each chapter title in Chinese before the English, and pronounces the characters' names as they are said in the Hubei countryside.

Chapters
1. {D:摆渡人的女儿} — The Ferryman's Daughter
2. {D:涨水} — High Water
3. {D:一封从武汉来的信} — A Letter from Wuhan
4. {D:过年} — New Year
5. {D:桥的消息} — News of the Bridge
6. {D:最后一趟} — The Last Crossing

Sample transcript (chapter 1, opening)
"Chapter One. {D:摆渡人的女儿}. The Ferryman's Daughter.
Every morning, before the mist had lifted off the river, my father rang the bell on the bow three times. Once for the people on the far bank, once for the fish, and once, he said, for the river itself, so that it would know we were coming."

Listeners also enjoyed
The Tea Merchant's Ledger · Rain on the Salt Road · Nine Bridges
Rating: 4.7 out of 5 (1,312 ratings) · Reviews
""")

dd("eulogy-sayings-explained-later", """
In Memory of Lin Shufen (1931–2026)
Eulogy delivered by her grandson, Michael Tan, at the funeral service on 22 November 2026
Shared here at the family's request. Comments are closed.

Thank you all for coming. Grandma would have counted you, and then worried whether there was enough food.

Most of you knew her as Mrs. Tan, or Ah-ma, or the lady at the third table in the community centre who always won at mahjong. I knew her as the person who had a saying for everything.

When I complained about homework, she said {D:吃得苦中苦，方为人上人}. I didn't understand it for years. I thought it was about food, because everything with her was about food. It is really about bitterness: only if you can swallow the bitterest of hardships will you rise above others. She didn't care about rising above anyone. She meant: do the hard thing now.

When I wanted to quit piano, she said {D:三天打鱼，两天晒网}, and made a little fishing motion with her hands. I'll come back to that one.

When my mother got sick, Grandma moved into our house for a whole year. She didn't say much then. She cooked, she cleaned, she sat up at night. Once, when I thanked her, she only said, {D:一家人不说两家话}.

I have thought about those words a lot this week. One family doesn't speak like two families. You don't thank each other as if you were strangers; you just show up.

And the fishing one? Fishing for three days and drying the nets for two: working in fits and starts, never sticking with anything. She said it every time I gave up too soon. I did quit piano. But I never quit anything else she cared about, and I think that was her plan all along.

Ah-ma, {D:我们会想你的}. We will miss you.

Order of service · Photos · Donations in her memory to the Eastside Seniors' Kitchen
""")


# ---------------------------------------------------------------- half-translated

ll("media-interview-zh-labels", """
Qingshan County Convergence Media Center | Home | News | Interviews | Video | {D:中文}
Interview | "Let the mountain tea go out of the mountains": a dialogue with tea cooperative head Luo Jianping
Source: County Radio and Television Station   Release time: 2026-11-28 09:12

Editor's note: In recent years, the Cloud Peak Tea Cooperative has driven more than 300 households in the surrounding villages to increase their income. Our station's "Face to Face" column invited cooperative head Luo Jianping to talk about the development road of the cooperative.

{L:主持人}: Director Luo, hello. First of all, please introduce the basic situation of the cooperative.

{L:嘉宾}: Hello, host. Our cooperative was established in 2015. At the beginning there were only 11 households, and now there are 326 households, with tea gardens of more than 4,200 mu. Last year the sales amount reached 18 million yuan.

{L:主持人}: What was the biggest difficulty at the beginning?

{L:嘉宾}: {L:最大的困难是没人相信我们。那时候茶叶都卖给上门收购的贩子，价格压得很低，农户也习惯了。我挨家挨户去讲统一标准、统一品牌的好处，很多人当面答应，转身又把鲜叶卖给了贩子。第一年我们连收购的钱都差点没凑齐。}

{L:主持人}: How did you later win the trust of the farmers?

{L:嘉宾}: We signed a protection price with every household. When the market price is lower than the protection price, the cooperative buys at the protection price; when it is higher, it buys at the market price. In the second year the price of spring tea dropped sharply, and we kept our promise. After that, nobody doubted us again.

{L:主持人}: What are the plans for next year?

{L:嘉宾}: We are going to build a tea-processing demonstration line and open a live-streaming room, so that young people in the village can sell tea online. The mountain tea should not only go out of the mountains, but also have its own name.

{L:主持人}: Thank you for accepting our interview.

(Reporter: Wang Xiaodong   Editor: Chen Jing)
Copyright © Qingshan County Convergence Media Center   {D:赣ICP备2023004512号-1}
""")

ll("qa-answers-zh-tails", """
News Center > Campus Figures
Dialogue with Professor Tang Wei: Teachers will not be replaced, but teaching will change
2026-11-15   Views: 2381

Q: Many people worry that artificial intelligence will replace teachers. What do you think?
A: I don't think so. AI can answer questions and correct homework, {L:但是它没办法判断一个孩子今天为什么不开心}. Education is first of all a relationship between people.

Q: What changes have you seen in your own classroom?
A: This semester I allowed students to use large models in their course papers, but they must submit the conversation records. I found that good students ask better questions, {L:而基础差的学生往往直接复制答案}. So the gap has not narrowed; in some ways it has widened.

Q: Against the background of the "double reduction" policy ({D:双减}), that is, reducing homework and off-campus tutoring for primary and secondary school students, how should schools use these tools?
A: The key is to use them to reduce repetitive work, not to add new tasks. For example, a tool can generate different practice questions for each student, {L:老师只需要把好关}. But if every new tool comes with a new form to fill in, teachers will only become more tired.

Q: What advice would you give to young teachers?
A: Learn the tools, but don't hand over your judgment. {L:技术会过时，但对学生的了解不会。}

Q: Last question: what is your next research plan?
A: Together with three primary schools in the district, we will carry out a two-year tracking study on how students' reading habits change after they start using AI assistants. The first report is expected next autumn.

Text: Student Reporter Li Mengyao   Photo: Zhao Yu   Editor: Publicity Department
Previous: Our school holds the 2026 Autumn Sports Games
Next: Library extends its opening hours during examination week
""")

ll("srt-bilingual-missing-en", """
Subtitle draft · "The Mountain School" (documentary), episode 1
File: mountain_school_ep01_zh-en.srt · auto-aligned by the translation tool · status: NOT CHECKED
Please review every cue before uploading. Chinese line on top, English line below.

1
00:00:02,000 --> 00:00:05,400
{D:天还没亮，孩子们就出发了。}
It's still dark when the children set off.

2
00:00:05,800 --> 00:00:09,100
{D:从家到学校，要走两个半小时的山路。}
From home to school is two and a half hours along mountain paths.

3
00:00:09,600 --> 00:00:12,000
{L:阿木的鞋又破了一个洞。}

4
00:00:12,400 --> 00:00:15,900
{D:他说，过年的时候爸爸会从广东带新鞋回来。}
He says his father will bring new shoes back from Guangdong at New Year.

5
00:00:16,300 --> 00:00:19,000
{D:学校只有一位老师，姓吴。}
The school has only one teacher. Her name is Wu.

6
00:00:19,400 --> 00:00:23,200
{D:吴老师在这里教了十九年书。}
Ms. Wu has taught here for nineteen years.

7
00:00:23,600 --> 00:00:26,800
{L:一到下雨天，教室后面的墙就往下掉土。}

8
00:00:27,200 --> 00:00:30,500
{D:今天的第一节课是语文。}
The first lesson today is Chinese.

9
00:00:30,900 --> 00:00:34,000
{L:老师，我能不能早点回家？我奶奶病了。}

10
00:00:34,400 --> 00:00:37,600
{D:吴老师摸了摸她的头，说：“去吧，路上小心。”}
Ms. Wu strokes her hair and says, "Go on, be careful on the way."

11
00:00:38,000 --> 00:00:41,500
{D:放学以后，吴老师还要去三户人家家访。}
After school, Ms. Wu still has three home visits to make.
""")

ll("srt-english-track-zh-cues", """
[Uploaded subtitles] Home Kitchen with Auntie Fang — Episode 12: Red-braised pork
Language: English (machine translated from Chinese) · 14 cues · Last edited by uploader

1
00:00:01,200 --> 00:00:04,000
Hello everyone, welcome back to my kitchen.

2
00:00:04,300 --> 00:00:08,100
Today we make red-braised pork, the dish my mother made every Spring Festival.

3
00:00:08,500 --> 00:00:11,700
First choose pork belly with five layers, fat and lean alternating.

4
00:00:12,000 --> 00:00:15,400
{L:肉切成两厘米见方的块，不要切太小，炖的时候会缩。}

5
00:00:15,800 --> 00:00:19,200
Put the pieces in cold water with ginger and scallion, bring to a boil, then rinse them clean.

6
00:00:19,600 --> 00:00:23,000
Now the most important step: frying the sugar colour.

7
00:00:23,300 --> 00:00:27,500
Use rock sugar and low heat, and stir until it turns {L:枣红色}.

8
00:00:27,900 --> 00:00:31,000
Add the pork and stir quickly so that every piece is coated.

9
00:00:31,300 --> 00:00:35,200
Then add a spoonful of {L:老抽}, a little Shaoxing wine, and hot water to cover the meat.

10
00:00:35,600 --> 00:00:39,000
Star anise, cinnamon bark, two bay leaves. Don't use too many spices.

11
00:00:39,400 --> 00:00:43,100
Cover and simmer for one hour. {L:中间翻一次就行。}

12
00:00:43,500 --> 00:00:47,000
Finally open the lid and reduce the sauce on high heat until it is thick and shiny.

13
00:00:47,400 --> 00:00:50,800
{L:【字幕】本期节目食材由绿源生鲜提供}

14
00:00:51,200 --> 00:00:54,000
If you like this video, please like and subscribe. See you next week.
""")

ll("press-conference-question-zh", """
Municipal Culture and Tourism Bureau | Press Releases | Transcripts
Transcript of the Press Conference on the 2026–2027 Winter Tourism Season
Time: 26 November 2026, 10:00 · Place: Press Hall, Municipal Government Information Office
Release: Bureau Office · Font size: Large Medium Small · Print

Host (Ms. Fang Li, Deputy Director of the Information Office): Friends from the media, good morning. Today we have invited Mr. Zhao Guoqiang, Director of the Municipal Culture and Tourism Bureau, to introduce the arrangements for this winter's tourism season. First, Director Zhao.

Zhao Guoqiang: Thank you. This winter the city will launch four themed routes: ice and snow, hot springs, intangible cultural heritage, and "the flavour of the New Year". From 15 December to 15 March, 62 scenic spots will offer discounted tickets, and every Wednesday, entry for people over 60 will be free.

Host: Now the floor is open to questions. Please state your media organisation before asking.

Reporter, City Daily: Last winter some visitors complained about long queues at the ice sculpture park. What improvements will be made this year?

Zhao Guoqiang: We will implement time-slot reservations. Each time slot is one hour, and entries will be controlled at 4,000 per hour. In addition, two new entrances will be opened on the east side.

Reporter, Provincial Radio and Television: {L:请问今年冬季有没有针对外地游客的交通优惠？比如从机场到滑雪场的专线大巴，票价是多少，什么时候开通？}

Zhao Guoqiang: Yes. From 20 December six shuttle lines will run, and each ticket costs 20 yuan. Holders of a ticket to any of the four ski resorts can ride free on the same day.

Reporter, Travel Weekly: Will there be activities for foreign tourists?

Zhao Guoqiang: We will set up multilingual service stations at the railway station and the airport, and publish an English version of the winter guide. The international ice and snow photography competition also welcomes entries from abroad.

Host: Due to time constraints, that is all for today's press conference. Thank you all.

Related: Winter Tourism Guide (PDF) · List of discounted scenic spots · Shuttle bus timetable
Sponsor: Municipal People's Government Information Office   {D:津ICP备10005123号}
""")

ll("podcast-page-half-zh-description", """
Night Owl Radio · {D:夜猫子电台}
Home · All Episodes · Hosts · Contact
A late-night talk show about city life, work and growing up, recorded in Shenzhen. New episodes every Friday.

EP 87 | The year I quit my job to open a bookshop
2026-11-27 · 62 min · Play · Download

Episode description
This week's guest is Su Qing, who left a product manager job at a big tech company three years ago and opened a small second-hand bookshop in an old residential compound. We talk about how she chose the location, how much money she lost in the first year, and why she still refuses to sell coffee.

{L:她说，开书店最难的不是赚钱，而是每天坚持开门。最冷清的那年冬天，店里整整一个月没有一位客人，她就每天坐在门口看书，把一整套《追忆似水年华》都看完了。节目最后，她给想开小店的听众提了三条建议，一定要听到最后。}

Guest: Su Qing, founder of Turning Page Books
Hosts: A-Kai, Mumu
{L:本期音乐}: "Moon River" (piano cover), {L:城市夜晚}

Timeline
00:00 Opening chat
04:30 Why leave a well-paid job?
15:20 Finding a shop in an old compound
28:45 {L:第一年到底亏了多少钱}
41:10 Why no coffee
52:00 Three suggestions for opening a small shop

Previous episodes
EP 86 | Living with my parents again at thirty
EP 85 | {L:那些年我们追过的网络小说}
EP 84 | Night shift workers tell their stories

Subscribe: Apple Podcasts · Xiaoyuzhou · Spotify · RSS
© 2026 Night Owl Radio. All rights reserved.
""")

ll("speech-closing-paragraph-zh", """
Foreign Affairs Office of Jiangbei Municipal People's Government
Home > Leaders' Activities > Speeches
Speech by Mayor Liu Hong at the Ceremony Marking the 20th Anniversary of Sister-City Relations between Jiangbei and Fairhaven
Published: 2026-10-19   Source: Foreign Affairs Office

Honorable Mayor Ellen Brooks, distinguished guests, ladies and gentlemen, friends:

Good afternoon! On this beautiful autumn day, we gather here to celebrate the 20th anniversary of the establishment of sister-city relations between Jiangbei and Fairhaven. On behalf of the Jiangbei Municipal People's Government and its 4.2 million citizens, I extend a warm welcome to the delegation from Fairhaven.

Twenty years ago, our two cities signed the agreement in this very hall. At that time, few people in Jiangbei knew where Fairhaven was. Today, more than 1,500 students have taken part in exchange programs, and the Fairhaven Maple Garden in our Riverside Park has become a favorite place for wedding photos.

Over the past two decades, our cooperation has extended from education and culture to port logistics, clean energy and medical care. Last year, trade between enterprises of the two cities exceeded 300 million US dollars.

Friendship between cities is ultimately friendship between people. As an old Chinese saying goes, {D:国之交在于民相亲} — the key to relations between states lies in the affinity between their peoples. I have seen this affinity in the Fairhaven teacher who has taught English at our No. 3 Middle School for eleven years, and in the Jiangbei chef whose dumpling restaurant now has a queue every evening on Fairhaven's Harbor Street.

{L:展望未来，我们愿与费尔黑文市一道，在新的起点上深化友好合作，推动两市交流合作结出更多硕果。最后，祝两市友谊地久天长！祝各位来宾身体健康、工作顺利！谢谢大家！}

(Applause)

Related articles: Fairhaven delegation visits Jiangbei Port · Sister-city youth orchestra concert held
Jiangbei Municipal People's Government Foreign Affairs Office · Address: 18 Civic Avenue
""")

ll("policy-qa-reporter-labels", """
Provincial Department of Human Resources and Social Security
Home > Policy Interpretation > Q&A
{L:发布时间}: 2026-11-30   {L:来源}: Employment Promotion Division

Responsible Person of the Provincial Department of Human Resources and Social Security Answers Reporters' Questions on the New Social Insurance Subsidy for Flexible Employment

{L:记者}: Recently, the province issued the "Measures for Social Insurance Subsidies for Flexibly Employed Persons". What is the background of this policy?

{L:负责人}: In recent years, the number of people in flexible employment, such as food delivery riders, ride-hailing drivers and freelance designers, has grown rapidly and has reached about 2.8 million in our province. Many of them have not joined the pension and medical insurance schemes, mainly because the contribution burden is heavy. The Measures are intended to reduce that burden.

{L:记者}: Who can apply for the subsidy?

{L:负责人}: Persons aged from 16 to the statutory retirement age who have been registered as flexibly employed in the province for more than six months and who pay basic pension insurance as individuals. Graduates within two years of leaving school and people who have been unemployed for more than a year are given priority.

{L:记者}: What is the subsidy standard?

{L:负责人}: The subsidy is two-thirds of the actual contribution, up to 500 yuan per month, and it can be received for up to three years. {L:对距法定退休年龄不足五年的人员，可延长至退休。}

{L:记者}: How can eligible persons apply?

{L:负责人}: Applications can be submitted through the provincial government service app, or at the service window of the local employment service centre. The first batch of applications will be accepted from 1 January 2027.

({L:完})

{L:相关链接}: Measures for Social Insurance Subsidies for Flexibly Employed Persons (full text)
Print this page · Close window
""")

ll("webinar-chat-questions-zh", """
Event Recap & Transcript
Webinar: "Selling on Cross-Border Platforms: Lessons from Small Factories"
Hosted by Harbour Trade Association · 19 November 2026 · 1 h 12 min
Speakers: Karen Yip (moderator), Feng Dawei (founder, Dawei Lighting)
Note: This transcript was produced by automatic speech recognition and machine translation. Questions submitted in the chat box are reproduced as received.

[00:02:10] Karen Yip: Welcome, everyone. We have almost four hundred people online, so let's get straight into it. Dawei, your factory makes desk lamps. When did you start selling directly to overseas customers?

[00:02:35] Feng Dawei: In 2019. Before that, we only did OEM orders for foreign brands, and our profit margin was about five percent. Then two big clients cancelled their orders in the same week, and I realized we could not depend on other people's brands forever.

[00:05:50] Karen Yip: What was the hardest part of the first year?

[00:06:05] Feng Dawei: Product photos and after-sales service. We knew how to make a lamp, but we didn't know how to describe it. Our first listing said "high brightness lamp, good quality", and nobody bought anything.

[00:18:40] Karen Yip: Let's take some questions from the chat.

[Chat] Linda_Ho: {L:请问你们的售后是自己做还是外包给第三方？}

[00:19:02] Feng Dawei: At first we did everything ourselves, with two staff working night shifts because of the time difference. Now we use a partner in Germany for Europe, but we still answer the emails from the US ourselves.

[Chat] Mr. Gao (Ningbo): How much should a small factory budget for advertising in the first year?

[00:21:15] Feng Dawei: I would say not more than fifteen percent of expected sales. And don't spend it all in the first month.

[Chat] xiaoyu_88: {L:平台收的费用大概占销售额的多少？退货率高不高？}

[00:23:30] Karen Yip: Sorry, we have a lot of questions and only a few minutes left. Dawei, one last piece of advice?

[00:23:40] Feng Dawei: Learn to talk to your customers. The product is half the work. The other half is the words.

Download slides (PDF) · Watch the recording · Register for the next webinar
Harbour Trade Association · Members · Events · Contact
""")

ll("lecture-video-page-zh-chapters", """
Video · Education · 38:21
"Why Do Chinese Buildings Have Curved Roofs?" — Lecture by Prof. Wen Jie at the City Library
{L:播放量} 42,517 · Uploaded 2026-11-02 · Likes 1,830

Description
A public lecture recorded at the City Library's Saturday Forum. Professor Wen Jie of the School of Architecture explains the history of the curved roof from the Han dynasty to the Qing, and why the famous upturned eaves are not only for beauty. {L:讲座现场还展示了多件古建筑模型，欢迎大家在评论区留言交流。}

Chapters
00:00 Opening
02:14 Three theories about the curved roof
09:40 {L:斗拱的作用}
17:05 Tiles, rain and snow
24:30 {L:南北方屋顶有什么不同}
31:50 Audience questions
37:10 Closing remarks

About the speaker
Wen Jie, professor at the School of Architecture, has studied timber-frame buildings in Shanxi for more than twenty years. He is the author of "Under the Eaves" and "Wooden Bones of Old Temples".

Tags: architecture · history · lecture · {L:古建筑} · {L:传统文化}

Related videos
Temple restoration in Pingyao: a ten-year diary · 21:08
{L:手把手教你画斗拱} · 12:45
How the Forbidden City has survived centuries of earthquakes · 16:30

Comments (214) · Sort by: Top | Newest
{L:讲得真好，通俗易懂！}
Does anyone know where the wooden models are displayed now?
{L:我就在现场，老师人特别好，散场后还一个个回答问题。}
Subtitles please for the second half!
""")

ll("podcast-sponsor-read-zh", """
The Overseas Desk · Episode 142 transcript
"Renting in a new country: deposits, agents and landlords"
Hosts: Lily Chan and Marcus Yeo · Auto-generated transcript, machine-translated and lightly edited

[00:00] Lily: Hello and welcome to The Overseas Desk, the show for anyone who has packed their whole life into two suitcases. I'm Lily.
[00:06] Marcus: And I'm Marcus. Today: renting. Specifically, how not to lose your deposit.
[00:12] Lily: Before we start, a word from this week's sponsor.
[00:15] {L:本期节目由留学易汇款赞助。首次汇款免手续费，输入优惠码DESK142还可以领取五十元红包，详情请点击节目简介里的链接。}
[00:31] Marcus: Okay. So, Lily, you've rented in three countries now.
[00:35] Lily: Four, if you count the six weeks in Lisbon. And in every country the deposit rules were different.
[00:41] Marcus: In the UK, your deposit has to go into a government-approved protection scheme.
[00:48] Lily: Right, and a lot of students don't know that. If the landlord doesn't protect it, you can actually claim compensation.
[01:02] Marcus: What's the first thing you do when you get the keys?
[01:05] Lily: Photos. Every wall, every stain on the carpet, the inside of the oven. With the date. {L:这个真的太重要了，我上次就是因为没拍照被扣了三百镑。}
[01:20] Marcus: Ouch.
[01:22] Lily: Yeah. Lesson learned.
[01:25] Marcus: And agents. Should you use an agent or go directly to a landlord?
[01:30] Lily: Agents charge fees, but they also have rules they must follow. With a private landlord, read the contract twice and ask a friend to read it too.
[01:41] Marcus: And never pay a deposit before you've seen the flat, in person or at least on a live video call.
[24:40] Marcus: That's all for today. If you have a renting horror story, send it to us, and we might read it on the show.
[24:47] Lily: {L:我们下期再见，拜拜！}

Show notes · Links mentioned in this episode · Sponsor: Liuxueyi Remit
""")

ll("oral-history-quoted-words-zh", """
Voices of the Railway Town — Oral History Archive
Collection B: Families of railway workers · Item B-14
Narrator: Mr. Qiao Shanlin, born 1949 · Interviewed 2025 · Transcript translated from Chinese

My father was a locomotive driver on the Baotou line. We lived in the railway compound, in a row of brick houses near the water tower. Every family there was a railway family, so when a whistle blew at night, the children could all tell whose father was coming home.

In those years everything was rationed. We had grain coupons, {D:粮票}, and without them you could not buy even a steamed bun. My mother kept them in a tin box under the bed, wrapped in a handkerchief, and counted them every Sunday.

When I was twelve, I lost two jin of coupons on the way to the grain shop. I walked the same road three times looking for them. When I came home, my mother did not hit me. She only sat down on the edge of the bed and said, {L:“算了，这个月咱们少吃一顿就是了，别告诉你爸。”} I remember that more clearly than any beating.

In 1968 I started work at the depot as an apprentice fitter. My master was an old man from Shandong named Sun. He taught me to listen to an engine before touching it. {L:他常说，机器跟人一样，哪儿不舒服，它自己会告诉你。}

The steam engines were retired in the eighties. On the day the last one left the depot, all the old drivers stood along the track. My father was already retired, but he came too, in his old uniform.

[Recording paused]

Interviewer's note: Mr. Qiao asked that his father's name not be published. The photographs mentioned in this interview are kept in Box 14 of the collection.

Previous item: B-13 · Next item: B-15 · Browse the collection · How to cite this item
""")

ll("feature-photo-captions-zh", """
Home > Culture > People
Interview with Paper-Cutting Artist Ma Xiulan: "Scissors are my pen"
2026-11-21 10:35   Source: Northwest Culture Daily   Author: Reporter Yang Fan

[Photo] {L:图为马秀兰在工作室创作剪纸作品。记者 杨帆 摄}

In a small courtyard on the edge of the county town, 67-year-old Ma Xiulan sits by the window with a pair of old scissors in her hand. Within ten minutes, a sheet of red paper becomes a pair of magpies on a plum branch.

"I learned from my grandmother when I was seven," Ma Xiulan told the reporter. "At that time every family cut window flowers for the New Year. Now few young people know how to do it."

Ma Xiulan's works have been exhibited in more than twenty countries. Her best-known piece, a twelve-metre scroll showing a village temple fair, took her two years to finish.

[Photo] {L:剪纸长卷局部，画面中的人物多达三百余个。}

Asked about the future of paper-cutting, she said she is not pessimistic. Since 2022 she has taught a free class every weekend at the county cultural centre, and more than 400 students have taken part, the youngest only five years old.

"Paper-cutting is not an old thing that should be put in a museum," she said. "If people still put it on their windows, it is still alive."

[Photo] {L:周末公益课上，孩子们跟着马秀兰学剪窗花。}

Editor: Li Na   Reviewer: Zhou Ming
Share to: WeChat · Weibo · QQ Zone
""")

ll("school-speech-unglossed-proverb", """
Jinhe No. 2 Middle School · School News · Principal's Speeches
Speech by Principal He Jun at the Opening Ceremony of the 2026–2027 Academic Year
2026-09-01   Publicity Office

Dear teachers, dear students, dear parents:

Good morning! Today, under the bright autumn sun, we welcome 860 new students to Jinhe No. 2 Middle School. On behalf of all the teachers and staff, I extend a warm welcome to you.

There is a line from the Analects that our school has carved on the wall of the library: {D:学而不思则罔，思而不学则殆}. Learning without thinking leads to confusion; thinking without learning leads to danger. I hope every one of you will read it on your way to class, and not only read it.

To the students of Grade 7: you are entering a new stage of life. The subjects will be harder, the homework will be more, and you will meet new friends and new difficulties. As the ancients said, {L:少壮不努力，老大徒伤悲}. The three years of junior high school will pass much faster than you imagine.

To the students of Grade 9: this is the year of the senior high school entrance examination. Please take care of your health, keep a regular schedule, and trust your teachers.

To our teachers: thank you for your hard work over the summer in preparing the new semester. Let us continue to care for every student and never give up on any of them.

To our parents: education is the joint work of the school and the family. {L:请家长们多一些陪伴，少一些焦虑，多听听孩子的心里话。}

Finally, I wish all students progress in their studies and good health, and I wish all teachers success in their work. Thank you!

Previous: Notice on the Arrangements for Military Training of New Students · Next: Our School Wins the District Choir Competition
""")

ll("magazine-profile-box-zh-labels", """
City Weekly · Issue 46 · People
Chef Ding Hao: "A good broth needs no explanation"
Text: Xu Ran · Photos: Ke Lei

[Profile]
Ding Hao
{L:出生}: 1979, Yangzhou
{L:现任}: Executive chef, Willow Pavilion restaurant
{L:代表菜品}: Clear-broth lion's head meatballs; {L:大煮干丝}
Awards: Gold medal, National Huaiyang Cuisine Competition (2018)

City Weekly: You started as a dishwasher. How did you end up running the kitchen?
Ding Hao: I was seventeen and had failed the college entrance exam. My uncle knew the head chef of a hotel in Yangzhou, so I went there to wash dishes. Every night after work I stayed to watch the cooks cut tofu. After a year, the head chef let me try.

City Weekly: Huaiyang cuisine is famous for knife skills. How long does it take to learn?
Ding Hao: To learn, three years. To be good, ten years. A block of dried tofu has to be sliced into more than twenty layers, then cut into threads as thin as a needle. If the thread breaks in the soup, everyone at the table can see it.

City Weekly: Many young chefs now prefer fusion dishes. What do you think?
Ding Hao: I'm not against it. But you have to know the original taste first. If you don't know what the dish was, how do you know what you changed?

City Weekly: What is your favourite dish to cook at home?
Ding Hao: Egg fried rice for my daughter. She says mine is worse than her mother's.

(This article was first published in City Weekly, issue 46. {L:转载请注明出处。})
Related: Ten restaurants for a winter hot pot · The last tofu workshop on South Street
""")

ll("livestream-replay-comments-zh", """
Live Replay · Rural Goods Festival · Day 2
Host: Xiaomei · Guest: orchard owner Old Tian · Replay length 1:48:20
Auto-translated captions and selected comments are shown below.

[0:12:05] Xiaomei: Good evening, family members! Tonight we are in Old Tian's orchard, and these are this year's first navel oranges.
[0:12:20] Old Tian: These trees are fifteen years old. We don't use ripening agents; every orange ripens on the tree.
[Comment] orangefan_22: how sweet are they?
[0:12:41] Xiaomei: Someone asks how sweet they are. Old Tian, let's test one.
[0:12:50] Old Tian: The sugar content is about fourteen degrees. You can taste it yourself.
[0:13:02] Xiaomei: Wow, really sweet, and so juicy. {L:家人们，这个真的不用我多说了，直接上链接！}
[Comment] {L:已下单，坐等发货}
[Comment] Lisa W: Do you ship to Hainan?
[0:13:40] Xiaomei: Yes, we ship nationwide except Xinjiang and Tibet, and delivery takes three to five days.
[Comment] {L:去年买过，酸得不行，今年能保证吗？}
[0:14:10] Old Tian: This year the weather was good and there was enough sunshine. If any box is not sweet, we give a refund.
[0:14:35] Xiaomei: A ten-jin box is 49.9 yuan with free shipping. Only 2,000 boxes tonight.
[Comment] Grandpa Lu: bought 3 boxes for the family
[0:15:02] Xiaomei: Thank you, Grandpa Lu! {L:还剩最后三百单，手慢无！}
[Comment] {L:主播能不能剥一个给我们看看里面？}
[0:15:20] Old Tian: Look at this, the flesh is bright and there are no seeds.
[0:15:41] Xiaomei: Sold out! Thank you, everyone. Next we have Old Tian's dried persimmons.

Replay data: peak viewers 12,400 · orders 3,217 · sales ¥160,500
Related replays: Day 1 Hand-pulled noodles · Day 3 Mountain honey
""")

ll("hearing-table-zh-cells", """
Municipal Development and Reform Commission · Public Notices
Public Hearing on the Adjustment of Residential Water Prices — Summary of Statements
Hearing held 18 November 2026 · Published 25 November 2026

The table below summarizes the statements of each participant in the order in which they spoke. The full minutes are available on request.

| No. | Participant | Category | Main points |
|---|---|---|---|
| 1 | Mr. Huang Wei | Consumer representative | Supports tiered pricing, but the first tier (up to 180 m³ per year) should not increase. |
| 2 | Ms. Liu Fang | Consumer representative | {L:建议对低保户和特困人员继续实行免费用水额度。} |
| 3 | Mr. Cao Jun | Operator representative | The water company lost 41 million yuan last year; pipe renovation costs have doubled since 2019. |
| 4 | Prof. Shen Ning | Expert | Recommends publishing the cost audit report before the price is decided. |
| 5 | Mr. Tan Li | {L:人大代表} | Asked the company to reduce the pipe leakage rate from 14% to below 10% within three years. |
| 6 | Ms. Wu Yan | Consumer representative | Opposes the increase; {L:认为物价上涨已经给退休职工带来不小的压力。} |
| 7 | Mr. Bai Tao | Enterprise representative | Suggests a lower price for water used by small restaurants. |

Participants: 25 in total, including 11 consumer representatives, 3 operator representatives, 4 experts, 4 deputies and committee members, and 3 representatives of government departments.

Next steps: The Commission will study the opinions, revise the plan and submit it to the municipal government for approval. The final price will be announced to the public at least 30 days before it takes effect.

{L:联系电话}: 0371-6660-1234
Municipal Development and Reform Commission · Price Division · {D:豫ICP备05012345号}
""")

ll("podcast-transcript-zh-asides", """
Two Cities Podcast — Episode 58 transcript
"Moving back home after ten years abroad"
Host: Zoe Lam · Guest: Ethan Guo · Transcript auto-generated and machine-translated from Mandarin; errors may remain.

00:00:04 Zoe: Welcome to Two Cities. Today I have my old classmate Ethan, who just moved back to Chengdu after ten years in Toronto.
00:00:12 Ethan: Hi everyone. Yes, exactly ten years. {L:说长不长，说短也不短吧。}
00:00:18 Zoe: What's the first thing you noticed when you came back?
00:00:22 Ethan: The speed. Everything is fast: delivery, payment, the subway. In Toronto I waited two weeks for the internet to be installed. Here, they came the same afternoon.
00:00:35 Zoe: {L:对对对}, I had exactly the same feeling.
00:00:38 Ethan: But I also noticed people are more tired. My friends work until nine or ten every night, {L:周末还经常加班}.
00:00:47 Zoe: Did you have reverse culture shock?
00:00:50 Ethan: Some. I kept saying "sorry" and "thank you" to the delivery riders, and they looked at me strangely.
00:00:58 Zoe: Ha. What about your parents?
00:01:02 Ethan: They're happy. My mom cooks for me every day, which is nice, but she also asks every day when I'm getting married. {L:你懂的。}
00:01:12 Zoe: I understand too well.
00:01:15 Ethan: The hardest part is friends. Most of my friends here have kids now, so their time belongs to the kids, and my friends in Toronto are in a different time zone. {L:有时候会觉得自己两边都不太属于。}
00:01:30 Zoe: Do you regret coming back?
00:01:33 Ethan: No. I think I needed to leave to see home clearly, and I needed to come back to see Toronto clearly.
00:01:42 Zoe: That's a good line. We'll take a short break and come back with listener questions.

The transcript ends here for free listeners. Subscribe to read the rest.
Two Cities Podcast · Episodes · About · Subscribe
""")

ll("documentary-page-zh-credit-labels", """
Documentaries · Nature & People · 2026 · 92 min
The Last Salt Fields
Chinese title: {D:最后的盐田}
Rating: 8.4 · Language: Mandarin, Minnan · Subtitles: English, Chinese

Synopsis
On a stretch of coast where salt has been made by sun and wind for four hundred years, only three families still work the fields. Over four seasons, the film follows seventy-year-old Uncle Chen and his daughter-in-law as they rake, dry and carry the salt by hand, while a new port rises on the other side of the bay. There is no narration; the tides and the weather tell the story.

Credits
{L:导演}: Lin Qiao
{L:摄影}: Zhou Bin, Lin Qiao
{L:剪辑}: Ma Ruoxi
Sound: Ye Chen
{L:出品}: Haixi Documentary Studio

Festivals and awards
Best Documentary, Coastal Film Week 2026
Official selection, Asian Documentary Forum 2026

Director's statement
I grew up two kilometres from these salt fields, but I had never walked on them. When I heard that the last families would stop in two years, I borrowed a camera and went back. I wanted to film the work itself, not the nostalgia around it. The families asked only one thing of me: that I show how heavy a basket of wet salt is. I hope the film does.

{L:本片获得市文化产业发展专项资金扶持。}

Watch now · Add to watchlist · Share
Related: The Oyster Farmers · Fishing Village in Winter · Bridges over the Jiulong River
""")

ll("news-interview-quote-zh", """
Business | Interviews
Electric bus maker eyes Southeast Asia after record year
Staff reporter · 24 November 2026 · 6 min read

Tianlu Motors ({D:天路汽车}), one of the country's largest makers of electric buses, delivered more than 9,000 vehicles in the first ten months of this year, a record for the company. In an interview at its headquarters, chairman Guo Ming said the next stage of growth would come from overseas.

"Five years ago, overseas orders were less than five percent of our sales. This year they will be close to thirty percent," Guo said. The company has delivered buses to Thailand, Malaysia and Chile, and plans to open an assembly plant in Indonesia in 2027.

Asked whether competition from other Chinese manufacturers would force prices down, Guo was blunt. "{L:我们不打价格战，我们要打的是服务战。}" He added that the company now keeps technicians in every city where its buses run, and that the average repair time has fallen to under eight hours.

Analysts are less optimistic. A transport industry researcher in Shanghai said that margins in the bus business are thin, and that overseas governments increasingly require local production and local parts.

Guo said the company has already prepared for this. "In Indonesia, more than half the parts will be bought locally. {L:这不是负担，这是机会。}"

The company will also launch a hydrogen fuel-cell bus next spring, initially for routes in northern cities where batteries lose range in winter.

Related: Battery prices fall for the third year · City to replace all diesel buses by 2028
Most read · Newsletter · Contact the newsroom
""")

ll("speech-page-zh-nav-links", """
Graduate School of Marine Sciences | Home | About | News | Speeches | Admissions | {D:中文}
Home > Speeches
Opening Remarks at the 2026 International Symposium on Coastal Wetland Restoration
Dean Prof. Lu Haiyan · 8 November 2026 · Views: 1,046

Distinguished guests, dear colleagues, ladies and gentlemen,

Good morning. On behalf of the Graduate School of Marine Sciences, I warmly welcome more than 200 scholars from 14 countries and regions to this symposium.

Coastal wetlands are among the most productive ecosystems on Earth. They protect our shores from storms, filter pollutants and provide habitat for migratory birds. Yet over the past half century, more than half of the coastal wetlands in our region have been lost to reclamation, aquaculture and urban expansion.

In the last ten years, our school has worked with local governments on the restoration of 3,600 hectares of salt marsh and mangrove. We have learned that restoration is not simply planting. It requires restoring the tides, the sediments and the connections between land and sea.

This symposium brings together ecologists, engineers, economists and policy makers. I hope that during these three days we will not only share data but also build long-term partnerships.

I wish the symposium a complete success. Thank you.

{L:下载文字稿} (PDF, 186 KB) · {L:打印本页} · {L:返回顶部}
{L:上一篇}: Speech at the 2026 Graduation Ceremony
{L:下一篇}: Remarks at the Signing of the Mangrove Research Station Agreement
Address: 1 Haida Road · Tel: 0532-8590-0000 · {D:鲁ICP备05011234号}
""")

ll("earnings-call-operator-zh", """
Investor Relations · Events & Presentations
Huaxin Home Appliances Co., Ltd. ({D:华信家电股份有限公司}) Q3 2026 Earnings Conference Call — Transcript
Date: 30 October 2026 · Stock code: 002581
This transcript was machine-translated from the Chinese original. In case of any discrepancy, the Chinese version prevails.

Operator: {L:各位投资者大家好，欢迎参加华信家电2026年第三季度业绩说明会。目前所有参会者均处于静音状态，稍后将进入问答环节。}

Zhang Li, Board Secretary: Good afternoon, everyone. With me today are our Chairman, Mr. Chen Guodong, and our CFO, Ms. Liao Min. Before we start, please note that today's discussion may contain forward-looking statements.

Liao Min, CFO: In the third quarter, the company achieved operating revenue of 6.84 billion yuan, up 12.3% year on year. Net profit attributable to shareholders was 512 million yuan, up 18.6%. Overseas revenue accounted for 41% of the total, compared with 35% a year ago. Gross margin improved by 1.2 percentage points to 27.9%, mainly due to lower raw material costs and a higher share of premium products.

Chen Guodong, Chairman: Our strategy remains unchanged: focus on kitchen appliances, expand in Southeast Asia and the Middle East, and invest in our own brand rather than OEM. The new factory in Thailand will start trial production in December.

Operator: We will now begin the question-and-answer session.

Analyst, Eastbay Securities: Thank you for taking my question. Could you talk about the demand trend in Europe in the fourth quarter? {L:另外再追问一下，海外渠道的库存现在大概是几个月的水平？}

Liao Min, CFO: European demand is stable, but promotions around Black Friday are more intense than last year. We expect fourth-quarter overseas growth of around 10%.

Analyst, Northgate Capital: What is the expected capacity of the Thailand factory?

Chen Guodong, Chairman: Phase one has a capacity of 1.5 million units per year, mainly range hoods and gas stoves for export. {L:二期计划在2028年投产。}

Operator: {L:由于时间关系，本次业绩说明会到此结束，感谢各位的参与。}

Download: Q3 2026 Report (PDF) · Presentation slides · Audio replay
""")

if __name__ == "__main__":
    SET.build()
