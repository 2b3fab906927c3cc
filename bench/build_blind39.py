"""Build bench/sets/detect39-*.jsonl: a held-out, hand-written detection set ("detect39").

Theme: personal blogs and long-form posts, and machine-translated reposts of Chinese blog posts
and WeChat articles about everyday life in China.

Twenty-two English pages that contain Chinese on purpose, one of each kind: an expat's post on
shop and metro signs, each sign explained in the next sentence; a Xi'an menu board transcribed
with the English after a dash; a family-terms cheat sheet (奶奶, 外婆, cousins with 堂 and 表);
a mother-in-law's kitchen sayings, each translated later in its paragraph; a neighbour's New
Year card transcribed line by line with the translation below it; a calligraphy practice log with
`character — meaning` entries; a wedding-morning diary glossing 接亲, 红包, 改口 and 囍; a
moving-house post with bracketed translations; a parent decoding the class WeChat group; a travel
diary whose place names appear as pinyin with the characters in brackets; a Mid-Autumn post quoting
Su Shi with the translation several paragraphs later; a tea-farm essay with numbered footnotes
translating the quotes; a courtyard diary with English quotes first and the originals listed
after; a market post whose price cards are explained in captions and in the comment replies; a
kindergarten song interleaved with pinyin and English; a recipe with a Markdown ingredient table
(English, Chinese, pinyin); a granddaughter's Chongqing dialect words explained by a cousin many
lines later; choosing the characters for a name seal; a Qingming village visit; a newcomers'
newsletter with a word of the week; a grandfather's letter in traditional characters with its
translation below; and home-made door couplets explained in the paragraph after them.

Twenty-two half-translated pages (machine-translated reposts; some Chinese left by mistake): a
WeChat recipe with a tip label, a glued clause, the author's sign-off and the 点赞/在看/阅读原文
buttons; a travel account with a Chinese day heading, sentence and photo caption; a parenting
essay whose child's words stay Chinese; an unboxing with Chinese list items and spec lines; a
baking post ending in Chinese topic hashtags; a Harbin travel note with the taxi driver's words, a
tips heading and a sign-off (and a `中文` link); a hotpot-base recipe with Chinese clauses glued
after English ones; a budget-trip cost table with Chinese cells; a noodle memoir whose comments
keep Chinese nicknames and posts (and a `中文` link); a wedding video transcript with untranslated
lines including a toast; a moving checklist with Chinese items; an education essay with Chinese
source, author, editor and abridgement lines; Dragon Boat customs with one Chinese list item
beside correctly glossed names; a photo story whose Chinese captions say more than the English
ones; a dumpling recipe with Chinese amounts and picture notes; a Shaxi walk that mixes translated
signs with untranslated sentences; a recipe whose notice, related link and copyright line stay
Chinese above an ICP number; an interview with half-translated answers; an essay on visiting a
grandmother whose quoted words stay Chinese; tea-tasting labels; an exhibition visit quoting
untranslated classical text and a father's words; and a children's reading list with Chinese book
titles. Deliberate Chinese on those pages (a `中文` link, an ICP number, a glossed festival or
personal name, a sign quoted with its English) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set
(classical lines by Su Shi, Du Mu, Zhuge Liang and Wang Xizhi are public domain, with translations
written here). The set was written BLIND on 2026-12-04: without reading mtmend's code, its tests,
the other bench sets or their builders (only bench/blind_set.py, `marked()` in
build_detection_sets.py, and the first 70 and last 30 lines of build_blind25.py as a model of the
file format were read), and mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind39.py` from the repository root; it rewrites
bench/sets/detect39-deliberate.jsonl (ids d39d-NN) and bench/sets/detect39-leftovers.jsonl
(ids d39l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect39", chars=(1200, 4500), lines=(10, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("signs-next-sentence", """
Small Lessons From Chengdu | A Year on the Jinjiang
Home · About · Archive · Photos · Contact

Reading the Signs, One Month In
Posted 14 March · 9 comments

When I landed I could read exactly two characters: the ones for "man" and "woman" on toilet doors, which I had memorised on the plane out of pure anxiety. A month later my list is longer, mostly thanks to signs I walk past every day and photograph when nobody is looking.

The first one is taped to the glass door of the bakery downstairs: {D:推}. It means push. The matching sign on the inside says {D:拉}, pull, and I have now pulled the push side so many times that the owner laughs before I reach the handle.

On the metro, the sign I see most is {D:出口}. It simply means exit, and once you know it you start spotting it everywhere, usually with a letter after it: Exit A, Exit B, and so on. The trick my colleague taught me is that the first character looks like two mountains stacked on top of each other.

Then there is the one that made me stop in the lobby of our compound: {D:小心地滑}. My phone translated it as "carefully slide", which sounded like an invitation. What it actually says is "Caution, slippery floor". The cleaner mops the lobby at seven every morning, and the little yellow stand is there every morning too.

My favourite is painted on a wall near the vegetable market: {D:禁止停车}. The first two characters mean forbidden, the last two mean parking a vehicle. Nobody obeys it. There are usually three scooters and a tricycle parked directly underneath.

Finally, the one I should have learned first. On the door of a small clinic I saw {D:营业中}, which means the place is open for business. The opposite, {D:休息}, literally "rest", is what you see at lunchtime when the shutters are half down.

Next month I want to tackle restaurant menus, which will be a lot harder. Suggestions welcome in the comments.

Tags: Chengdu, learning Chinese, daily life
← Previous: Finding a flat without an agent   Next: The hotpot question →

© 2026 A Year on the Jinjiang · Powered by a very old laptop
""")

dd("menu-board-transcribed", """
The Noodle Ledger — eating my way through Xi'an
Menu | Map of everything I've eaten | About me

Day 6: The Muslim Quarter menu, transcribed

I promised a few of you that I would transcribe the menu board from the tiny place behind the Drum Tower, because the photo I posted on Sunday was too blurry to read. Here it is, line by line, with my English beside each dish and the price in yuan. The translations are mine, checked with the owner's teenage son, who was very patient.

{D:肉夹馍} — roujiamo, shredded braised meat in a flatbread — 15
{D:羊肉泡馍} — lamb soup with torn flatbread — 32
{D:凉皮} — cold "skin" noodles with chili oil and vinegar — 12
{D:油泼面} — wide noodles with hot oil poured over chili flakes — 18
{D:胡辣汤} — a thick peppery soup, usually a breakfast dish — 10
{D:酸梅汤} — sour plum drink, served ice cold — 6
{D:加蛋} — add an egg — 3

A few notes. The lamb soup is the star, and the ritual is that you tear the bread yourself into pieces the size of a fingernail before the kitchen adds the broth. I tore mine far too big. The son looked at my bowl and said, very politely, that it was "fine for a first time".

The roujiamo here is not the pork version you find in the rest of the city. The quarter is largely Hui Muslim, so it is beef or lamb, stewed with cumin. It was the best thing I ate this week, and at fifteen yuan it was also one of the cheapest.

The little line at the bottom of the board, {D:本店不收现金}, surprised me: the shop does not take cash, only phone payments. If you are visiting and have not set up a payment app, bring a friend who has.

Next stop: the dumpling banquet near the Bell Tower, which my hostel keeps telling me is "for tourists". We'll see.

Posted in Xi'an, Street food · Leave a comment
Older posts | Newer posts
""")

dd("family-terms-cheatsheet", """
Two Countries, One Kitchen Table
a blog about raising bilingual kids between Ohio and Hunan

Summer at Grandma's: Who Is Everybody?

Every summer we fly to Changsha so the kids can spend six weeks with my husband's family, and every summer I have to re-learn the family tree. English is lazy here. We have one word, grandmother; Chinese has a different one for each side of the family, and getting it wrong at the dinner table is a small but real embarrassment.

So here is the cheat sheet I wrote for myself, and now for you.

- {D:奶奶} (nǎinai): your father's mother. For my kids, that is my mother-in-law, who runs the house.
- {D:爷爷} (yéye): your father's father. He mostly runs the television remote.
- {D:外婆} (wàipó): your mother's mother. My own mum in Columbus is {D:外婆} to the kids, which she finds hilarious.
- {D:姑姑} (gūgu): your father's sister. My husband has one, and she spoils everyone.
- {D:叔叔} (shūshu): your father's younger brother, and also what children call any friendly man about their parents' age.
- {D:阿姨} (āyí): literally "aunt", but used for women in general, from neighbours to the lady who cleans the stairwell.

The one that tripped me up this year was cousins. My daughter kept introducing a boy as her brother, and I assumed she was confused. She wasn't. Cousins are called by the same words as brothers and sisters, with a character in front when you need to be precise. Through your father's brothers it is {D:堂}, so {D:堂哥} is an older boy cousin on that side. Through your mother, or your father's sisters, it becomes {D:表}, so {D:表姐} is an older girl cousin on that side. I had to draw this on a napkin twice.

What I love is watching my son, who is five, switch without thinking. In the morning he shouts for Nainai to find his sandals. At night, on the video call home, he tells Waipo about the frogs in the rice field.

Next week: the great dumpling-folding competition, and why I lost.

Filed under: family, language, summer
12 comments · Share
""")

dd("mother-in-law-sayings", """
Red-Braised and Other Lessons
Recipes | Stories | About

What My Mother-in-Law Says While She Cooks
Posted on a Sunday, after a very long lunch

My mother-in-law does not use measurements. She uses sentences. I have been standing beside her at the stove for three years, and if I have learned anything, it is that the sentences are the recipe.

The first one I ever wrote down was {D:油要热，锅要干}. She said it before every stir-fry, tapping the wok with her spatula, and it was months before my husband bothered to explain that it means "the oil must be hot and the wok must be dry". Water in the wok is the enemy. She is right, and my splattered forearms are proof.

For red-braised pork she has a whole speech, but the line she repeats is {D:小火慢慢炖，别着急}. I finally asked her to say it slowly so I could type it into my phone. Her son translated it later in the car, laughing: "low heat, slow simmer, don't be in a hurry." The last part, he said, was not really about pork.

When I over-salted the greens one evening she tasted them, put down her chopsticks and said only {D:咸了}. Two characters. I thought it was a compliment until my husband, very kindly, told me it meant "too salty".

Her highest praise, which I have received exactly twice, is {D:还可以}. Literally it is "it's still acceptable", roughly "not bad". From her, it is a standing ovation.

And when the food is on the table and everyone is hovering, she waves us all down with {D:快吃，快吃，凉了就不好吃了}: eat, eat, it won't taste good once it's cold. That one I understood without help by the second week.

I am writing these down because she turns seventy next year and I want my children to hear her voice in them, even if they only ever read them in English.

The recipe for the red-braised pork is in the next post, with grams, because I am not her.

← Back to all stories
Comments (23)
""")

dd("card-translated-below", """
Postcards from Suzhou
Blog · Gallery · Newsletter · About

The Card on Our Fridge

Our neighbour Mrs Gu slipped a red envelope and a card under our door on New Year's Eve. The envelope held chocolate coins for the boys (she knows us well). The card, which is now on the fridge, took me an evening and a dictionary to read, so I am putting it here with my translation in case it helps anyone else working through their own pile of cards this week.

The card, as written:

{D:亲爱的马克一家：}
{D:新春快乐！}
{D:谢谢你们这一年的照顾，尤其是我住院的时候，你们每天帮我喂猫。}
{D:祝你们身体健康，万事如意，孩子们学习进步！}
{D:楼下的顾阿姨}
{D:二〇二七年除夕}

My translation:

Dear Mark and family,
Happy Spring Festival!
Thank you for looking after me this year, especially when I was in hospital and you fed my cat every day.
Wishing you good health, may everything go as you wish, and may the children make progress in their studies!
Auntie Gu, from downstairs
New Year's Eve, 2027

A few notes on the language. "May everything go as you wish" is one of those four-character greetings that everybody writes, like "best wishes" in English; it is on half the cards in the stationery shop. The line about the children's studies is also very standard, and I am told no card to a family with kids is complete without it. She signed herself Auntie, which is what everyone in the building calls her, and the date is written with Chinese numerals rather than digits.

The part that is not standard at all is the cat. She was in hospital for nine days in October and we really did go down every evening. I didn't think she had noticed it was us.

We wrote her a card back in our shaky Chinese. It said, more or less, "Happy New Year, the cat is welcome anytime." I hope the characters were the right way round.

Posted in Neighbours, Festivals
""")

dd("calligraphy-practice-log", """
Ink and Patience — a beginner's calligraphy log
Log · Materials · Teachers · About

Week 31: Four characters and a lot of crumpled paper

My Saturday class at the community centre moved on from single strokes to whole characters this month. Teacher Lin picks four a week, and we copy each one fifty times before she looks at it. This week's set, with what they mean and what went wrong:

{D:山} — mountain. Three upright strokes and a base. Deceptively hard: my middle stroke kept leaning left, which Teacher Lin said made the mountain look "tired".

{D:水} — water. The hook in the centre has to be firm, and the side strokes should look like splashes, not like a spider. I managed two good ones out of fifty.

{D:风} — wind. I like this one; the enclosing stroke sweeps out to the right like a gust. Mine kept closing too tightly.

{D:静} — calm, quiet. Fourteen strokes, and the irony of losing my temper while writing "calm" was not lost on anyone at the table.

At the end of the class she wrote a line for each of us to take home. Mine was {D:宁静致远}, which she translated as "tranquillity reaches far": only with a calm mind can you go a long way. She says it is from a letter Zhuge Liang wrote to his son, and that people often hang it in a study. I suspect she chose it for me after watching the fourteen-stroke episode.

Materials this week: the same cheap bamboo brush, student rice paper from the shop by the North Gate, and bottled ink, because grinding my own is still beyond me.

Next week, she says, we start on running script. I have been warned that it is like learning to write all over again.

Comments are open. If you practise too, tell me what you are working on.
Ink and Patience · 2026
""")

dd("wedding-door-games", """
Lanterns & Luggage
Our wedding in Fujian, part 2 of 3

The Door Games

If you have never been to a Chinese wedding, the morning is nothing like the ceremony you are imagining. Part 1 was about planning the banquet; this part is about the hours before it, which nobody warned me about.

It starts with {D:接亲} (jiēqīn, "fetching the bride"). Chen and his groomsmen drove over to my aunt's flat at half past seven, where I was staying, and were met at the door by my bridesmaids, who had a list of challenges and absolutely no mercy.

First they had to pass {D:红包} (hóngbāo, red envelopes with money) under the door. The bridesmaids counted every one and sent half back for not being thick enough. Then came the games: Chen had to do twenty push-ups, sing a love song in Minnan dialect, and eat a slice of lemon without making a face. He failed the lemon.

My cousin Lily, who organised all of this, had hidden one of my red shoes somewhere in the flat. Finding the shoe is the final test, and the groom cannot take the bride away until he does. It was in the rice cooker. It took them twenty minutes.

Then the tea ceremony, {D:敬茶} — serving tea to the elders. We knelt and offered cups to my parents first, then to his. When his mother took her cup she gave me a red envelope and I had to say {D:妈} — "Mum" — to her for the first time. This moment has a name, {D:改口}, literally "changing the mouth": from that day you call your in-laws Mum and Dad. My voice cracked. Everybody clapped.

Above the door of our new flat, my father-in-law had pasted a big red {D:囍}, the double happiness character, which is two copies of the character for joy side by side. It is still there a year later. Apparently you do not take it down.

Part 3 next week: the banquet, eleven courses, and the uncle who gave a forty-minute toast.

Share · Pin · Email
← Part 1: Planning a banquet from overseas
""")

dd("moving-house-brackets", """
The Long Way Round — notes from a family that moves too much
Posts | Our moves | About us

Moving House, Shanghai Edition

We have moved six times in eleven years, but this is the first time we moved with my wife's parents in charge, and I learned that in China, moving house ({D:搬家}) comes with its own set of rules.

Rule one: the date. My father-in-law consulted the almanac and announced that the 18th was a good day and the 17th was "very bad". The movers were booked for the 17th. We rebooked.

Rule two: what goes in first. Before a single box came through the door, my mother-in-law carried in a bag of rice, a new broom, and a bucket of water. Rice so that we never go hungry, the broom to sweep out old bad luck, and water because in Cantonese slang water means money, which she does not speak, but she likes to cover her bases.

Rule three: the stove. She insisted we boil a pot of water on the first evening, even though we ate takeaway noodles on the floor. Lighting the stove, she said, is {D:开火} ("opening the fire"), and a home is not a home until the kitchen has been used.

Then the housewarming. The Chinese term is {D:暖房} (literally "warming the house"), and it is just as much about noise as about food. Friends came, aunts came, the upstairs neighbour came because he could hear us. Someone brought a pineapple, because its name in Hokkien sounds like "prosperity arrives"; someone else brought a potted money tree.

The neighbour brought a framed piece of calligraphy that now hangs in the hall: {D:家和万事兴} (when the family is in harmony, everything prospers). It is a bit solemn for a hallway with a shoe rack under it, but I have grown fond of it.

We are not planning to move again. My wife says I have said that before.

Next post: how to explain to a removals company that the fish tank is not a box.
Comments (5) · Subscribe by email
""")

dd("class-chat-phrases", """
Lunchbox Diplomacy
Parenting abroad, one school year at a time

Decoding the Class Group Chat

Our daughter started Year 2 at a local primary school in Hangzhou in September, and with it came the class parents' group on WeChat: forty-one parents, one teacher, and roughly two hundred messages a day. Here are the phrases I now see in my sleep, and what they actually mean.

"{D:收到}" — "received". This is what every parent types after the teacher posts anything at all. If you don't, you are the one parent who hasn't, and the teacher will notice. I have a shortcut on my phone for it.

"{D:请家长签字}" — please have a parent sign. This shows up under a photo of a worksheet, and it means the homework is not done until your signature is on it.

"{D:明天穿校服}" — wear the school uniform tomorrow. Because the kids wear tracksuits most days, this message means there is a flag ceremony or an inspection.

"{D:今天的作业}", followed by a numbered list — today's homework. Usually copying characters, a page of sums, and reading aloud for fifteen minutes, which the parent must film.

The one that frightened me the first time was "{D:请以下同学的家长留意}", followed by five names including ours. It means "would the parents of the following students please take note". I panicked. It turned out she had forgotten her water bottle.

What I have learned in three months: reply quickly, do not post your own questions after nine at night, and never, ever use the smiling emoji, which some of the older parents read as sarcastic.

Coming up: the school lunch menu, and why my daughter now refuses sandwiches.

Posted by Hannah · 6 December · Parenting, School
""")

dd("place-names-pinyin", """
Slow Train Notes
travel diary · route map · gear · about

Days 4–6: Pingyao to Datong

Day 4. We left Pingyao ({D:平遥}) on the 8:12 slow train, the one with hard seats and a man selling sunflower seeds from a bucket. Three days in the old walled town were exactly right. I'd go back tomorrow for the bowl of oat noodles we had in the courtyard inn on our last night.

Day 5. Datong ({D:大同}) is not pretty at first sight. It is a coal city with wide roads and a rebuilt city wall that looks very new. But an hour's bus ride west gets you to the Yungang Grottoes ({D:云冈石窟}), and that changes everything. Some of the Buddhas are carved straight out of the cliff, fifteen metres high, with faces worn smooth by fifteen hundred years of wind. We stayed until the guards started whistling.

Our guesthouse owner, Mr Zhao ({D:赵先生} on the card he gave us), drew us a map to a vinegar shop, because Shanxi people are serious about vinegar. He was right to be. We bought two bottles and the bus smelled of it all the way back.

Day 6. The Hanging Temple, Xuankong Si ({D:悬空寺}), is exactly what it sounds like: a wooden monastery pinned to a cliff face, fifty metres above the ground, on beams that look far too thin. I'm not good with heights. Mei went up; I watched from the car park and held the vinegar.

On the way back the driver played a cassette of old revolutionary songs and sang along to every one. That evening we ate knife-cut noodles, daoxiaomian ({D:刀削面}), in a shop where the cook shaves the dough straight into the boiling pot with a curved blade. Mei filmed it for her mother.

Tomorrow, a sleeper train to Beijing, and a proper shower.

Total spent, days 4–6: ¥1,840 for two, including vinegar.
← Days 1–3: Taiyuan and Pingyao | Days 7–9: Beijing →
""")

dd("poem-translation-later", """
Mooncakes and Miles
a long-distance family blog

Mid-Autumn, Apart

This is the third Mid-Autumn Festival our family has spent split between Dalian and Leeds, and the first one where the video call went well: nobody's connection froze, the kids held their mooncakes up to the camera, and my father read a poem.

He reads the same one every year. It is by Su Shi, written more than nine hundred years ago, when he was missing his younger brother. These are the opening lines, which he had my son copy out in pencil:

{D:明月几时有？把酒问青天。}
{D:不知天上宫阙，今夕是何年。}

And the closing lines, which are the ones everyone knows:

{D:但愿人长久，千里共婵娟。}

I'll put my own rough translation at the end, but first, the mooncakes. My mother-in-law sent a box from Dalian by courier in August, and it arrived intact, which is a small festival miracle. Lotus paste with a salted egg yolk in the middle. My daughter, who is nine, cut hers into eight pieces and ate only the yolk.

We also did the lanterns. The Chinese supermarket in town sold paper rabbits with battery candles, and we walked to the park at eight and looked at the moon, which was behind a cloud. Very Yorkshire.

My translation of the poem, for anyone who asked last year:

When did the bright moon first appear? I raise my cup and ask the blue sky.
I wonder, in the palaces up in heaven, what year it is tonight.

And the ending:

I only wish that we may all live long, and, a thousand miles apart, share the same lovely moon.

The word for the moon in that last line is an old, poetic one, and "lovely" is my attempt to keep some of that. My father says my translation is too plain. He is probably right.

Happy Mid-Autumn, wherever you are watching it from.
""")

dd("footnoted-quotes", """
Field Notes from Yunnan
Essays · Photographs · Reading list

The Tea Mountain

I spent the last week of April on a tea farm outside Pu'er, helping the Li family with the spring picking, which mostly meant standing on a steep slope and being slower than everyone else, including a girl of eleven.

On the first morning Grandfather Li looked at my hands, then at the bushes, and said {D:只摘一芽两叶}.[1] He demonstrated once, very fast, and walked off. It took me two hours to do it as quickly as he had done it in five seconds.

The family eats lunch in the field. Rice, a plate of wild greens, a sour fish soup, and a tin of pickled chili that is passed around like salt. When I hesitated over the chili, the eleven-year-old told me {D:不辣，一点点}.[2] She was lying.

In the afternoons the leaves are withered in bamboo trays and then tossed in a huge iron wok over a wood fire. Mrs Li does this by hand, with no gloves. She told me there is a saying among the pickers: {D:茶是三分做，七分晒}.[3] I asked her whether it was true. She shrugged and said the sun does what it wants.

On my last evening, while we were drinking the tea we had picked, her husband raised his cup and said {D:下次再来}.[4] I will.

Notes

[1] "Pick only one bud and two leaves." The standard for good spring tea: the tip of the shoot and the two youngest leaves below it.
[2] "It's not spicy, just a little bit."
[3] Roughly, "tea is three parts making and seven parts drying in the sun." Mrs Li's version of a saying I heard differently from other people.
[4] "Come again next time."

Filed under Yunnan, Tea, Work stays · 4 comments
""")

dd("originals-listed-after", """
Notes from Building 7
An expat's diary from a Beijing hutong courtyard

What the Neighbours Said This Week

I've started keeping a notebook by the door so I can write down things the neighbours say to me in the courtyard, and then ask my tutor on Thursday what I actually heard. This week's collection, in the order I heard them, with my tutor's translations. The Chinese is at the bottom, as I wrote it down, for anyone learning.

1. Monday, from Mr Sun, who grows tomatoes in polystyrene boxes by the gate: "Have you eaten?" It's a greeting, not a question. I answered honestly that I had not, and he gave me two tomatoes.

2. Tuesday, from the old lady on the east side, when she saw my bicycle: "Your tyre is flat. Go to the repair man at the corner, he's cheap."

3. Wednesday, from the delivery driver who brings water to everyone: "Third floor? This is a courtyard house, where would a third floor be?" He was right. I had typed the address wrong in the app.

4. Thursday, from Mr Sun again, pointing at the sky: "It's going to rain tomorrow, bring your washing in." It did.

5. Friday, from the kids playing badminton across the washing line: "Foreign uncle, throw the shuttlecock back!" I have been promoted to uncle.

As I wrote them in the notebook:

1. {D:吃了吗？}
2. {D:你的车胎没气了，去路口修车的那儿，他便宜。}
3. {D:三楼？这是四合院，哪有三楼？}
4. {D:明天要下雨，把衣服收回来。}
5. {D:外国叔叔，把球扔回来！}

My tutor says my handwriting looks like a chicken walked across the page, but she could read it, which is progress.

Comments (8) · Share this post
""")

dd("market-captions-comments", """
Brush & Bowl — home cooking in Guangzhou
Recipes · Markets · Q&A · About

Market Morning: Buying Greens at Dongshan

Short one today. I went to the wet market at seven with my landlady and came home with far too many vegetables, as usual. Photo captions below, because several of you asked what the handwritten price cards say.

Photo 1: the card in front of the tall leafy bunches reads {D:菜心 四元一斤}. Choy sum, four yuan per jin. This is the green you see blanched with oyster sauce in every Cantonese restaurant.

Photo 2: a bucket of something that looks like grass. The card says {D:通菜}, water spinach. The stall holder told me to fry it with garlic and fermented bean curd, and never to cover the pan.

Photo 3: {D:今日特价} — today's special — over a heap of bitter melon, which my landlady refused to let me buy, because it was "old".

Comments

Ruth W. · 2 hours ago
Lovely photos. What does the sign on the blue crate in the background of photo 1 say? It looks important.

Brush & Bowl · 1 hour ago
Ha, good eye. It says {D:自家种}, which means "home-grown": the stall holder grows them herself. That is why her choy sum is the most expensive in the market.

Tom in Leeds · 1 hour ago
Why does everyone say "jin" and not kilos?

Brush & Bowl · 45 minutes ago
Markets here still sell by the jin, {D:斤}, which is half a kilo. Prices are almost always per jin, so "four yuan" for choy sum means eight yuan a kilo.

Mei L. · 20 minutes ago
My mum also never lets me buy bitter melon. She says the same thing!

Leave a reply
""")

dd("song-pinyin-interleaved", """
Little Dragons at Home
Blog · Printables · Song sheets · About

The Song He Won't Stop Singing

Our son has been at a Chinese kindergarten in Shenzhen for two months, and he comes home every day singing something. This week it is a song about two tigers, and I have heard it approximately three hundred times, so I asked his teacher for the words. Here they are with pinyin and my translation under each line, for any parents in the same boat.

{D:两只老虎，两只老虎，}
liǎng zhī lǎohǔ, liǎng zhī lǎohǔ,
Two tigers, two tigers,

{D:跑得快，跑得快，}
pǎo de kuài, pǎo de kuài,
running fast, running fast,

{D:一只没有耳朵，一只没有尾巴，}
yì zhī méiyǒu ěrduo, yì zhī méiyǒu wěiba,
one has no ears, one has no tail,

{D:真奇怪！真奇怪！}
zhēn qíguài! zhēn qíguài!
how strange! how strange!

If the tune sounds familiar, that is because it is "Frère Jacques". I only realised this on the twentieth listen and felt very foolish.

The kids act it out: hands on heads for ears, a hand behind the back for the tail, and a big shrug at "how strange". He performed it for his grandparents on a video call and they made him do it five times. His grandfather then sang the version he learned as a boy, which has slightly different words, and the two of them argued about it for ten minutes.

Next week I'll share the one about the little white rabbit, which he sings at bath time and which has, as far as I can tell, no ending.

Printable version of this song sheet (PDF, one page)
Posted in Kindergarten, Songs · 17 comments
""")

dd("ingredient-table-pinyin", """
Auntie Feng's Table — a food blog
Recipes | Pantry guide | Where to shop | About

Tomato and Egg Stir-Fry (the way my mother-in-law makes it)

Every Chinese family has its own version of this dish, and every one of them thinks the others are wrong. This is Auntie Feng's, written down over three visits and one argument about sugar. I've put the Chinese names of the ingredients beside the English so you can show your phone to someone in an Asian supermarket.

| English | Chinese | Pinyin | Amount |
|---|---|---|---|
| Eggs | {D:鸡蛋} | jīdàn | 4 |
| Ripe tomatoes | {D:西红柿} | xīhóngshì | 3 medium |
| Spring onion | {D:葱} | cōng | 1 stalk |
| Sugar | {D:白糖} | báitáng | 1 tsp |
| Salt | {D:盐} | yán | ½ tsp |
| Cooking oil | {D:食用油} | shíyòngyóu | 3 tbsp |

Method

1. Beat the eggs with a pinch of salt. Heat two tablespoons of oil until it shimmers and pour the eggs in. Stir gently and take them out while they are still a little wet. They will finish cooking later.
2. Cut the tomatoes into wedges. Add the rest of the oil to the wok and fry them over high heat until they collapse and go jammy, about three minutes.
3. Add the sugar and the remaining salt. This is where the argument happened: Auntie Feng says the sugar is not optional, because it is what balances the sourness of the tomatoes.
4. Return the eggs, toss for thirty seconds, scatter the spring onion and serve with rice.

In the south, people call tomatoes {D:番茄} (fānqié) rather than xīhóngshì. Both words mean the same thing, and you will see both on menus.

Serves 2 as a main, 4 as part of a bigger meal.
Print recipe · Save · Share
""")

dd("dialect-explained-later", """
Home Is Where the Chili Is
a granddaughter's blog, written between Melbourne and Chongqing

Three Things Grandma Said

I went back to Chongqing in July to see my grandmother, who is ninety-one and still climbs the stairs to her sixth-floor flat twice a day. My Mandarin is passable. Her Chongqing dialect is another matter, and I spent the first few days nodding at things I did not understand.

The first thing she said when I walked in was {D:幺妹，你咋个瘦了哦}. I smiled and hugged her and said yes.

The second day she took me to the market, pointed at a man selling noodles from a cart and said the noodles were {D:巴适}. I nodded again.

On the fourth day, when I tried to carry the shopping up the stairs by myself, she grabbed the bag and said {D:莫得事，我来}. I let her take it, because you do not argue with her.

It was my cousin who finally sat me down on the balcony with a beer and went through my list.

"Yaomei" is what the family calls the youngest girl; it is a pet name, something like "little sister" or "baby of the family". The whole first sentence was "Little one, how have you got so thin?", which, in her mouth, is not an observation but an instruction to eat more.

"Bashi", he said, is the most Chongqing word there is. It means comfortable, great, just right. The noodles were not just good; they were bashi.

And the thing on the stairs was "It's nothing, I'll do it." Grandma has said this to everyone who has tried to help her for as long as my cousin can remember.

On my last day I told her the noodles were bashi. She laughed so hard she had to sit down.

Posted 2 August · Chongqing, Family
""")

dd("name-seal-characters", """
The Small Red Square
notes on collecting, carving and ordering Chinese seals

Ordering My First Name Seal

For my fortieth birthday my partner took me to a seal carver in Hangzhou's old town, a tiny shop with a glass counter full of stones and a man with a magnifying lamp clipped to his glasses. I wanted a seal with my name on it. It turned out the hard part was not the carving but choosing the name.

My name is Caroline Hughes. The carver, Mr Qian, first suggested a Chinese surname that sounds like Hughes, and wrote {D:休} on a slip of paper. Then he crossed it out. It means rest, and, he said, it was too sleepy for a surname. He wrote {D:胡} instead, Hu, one of the most common surnames in China.

For the given name he played with the sound of Caroline: {D:嘉琳}, Jialin. The first character means fine or excellent, and the second is a kind of beautiful jade, often used in girls' names. So my Chinese name is Hu Jialin, {D:胡嘉琳}, and I have been practising writing it ever since.

Then the style. Mr Qian showed me two kinds of impression. In one the characters print red on white, carved so that the strokes stand up from the stone; in the other the strokes are cut away and show white on red. He told me the red-character kind is called {D:朱文} and the white-character kind {D:白文}. I went for red characters. It looked warmer.

The stone is a pale soapstone, about two centimetres square, and the carving took him forty minutes while we drank tea. He let me watch, though I was told not to breathe on the stone.

On the side he cut a little inscription with the date and his name, {D:钱氏刻}, "carved by Qian". I did not ask for it, and I love it.

Price: 380 yuan including the stone and a small tin of red seal paste.
Next post: how to stamp without smudging (I have smudged everything).
""")

dd("qingming-village-visit", """
Rice Fields and Railways
One family, two cultures, a lot of train journeys

Qingming in the Village

Every April my husband's family goes back to his grandfather's village in Anhui for the Qingming Festival, {D:清明节}, which is usually translated as Tomb-Sweeping Day. I went for the first time this year. I had read about it, but nothing prepared me for how cheerful it was.

We left Hefei at six in the morning. By nine we were climbing a muddy path behind the village with hoes, a bucket, firecrackers and a bag of paper money. The graves are on the hillside among tea bushes, and the first job is literal sweeping: pulling weeds, clearing leaves, and adding fresh earth to the mound.

Then the offerings. My mother-in-law laid out oranges, a bottle of baijiu, a plate of cold chicken and some cigarettes for Grandfather, who was, everyone agreed, a terrible smoker. The paper money is burned in a small fire so that the ancestors have money to spend. My nephew asked what they buy with it. Nobody had a good answer.

Before we left, everyone bowed three times, and my father-in-law lit the firecrackers. He said a few words, {D:爸，我们来看您了}, "Dad, we've come to see you", and then told him about the new grandchild.

On the walk down, my sister-in-law picked wild mugwort from the edges of the field. That evening she mixed it into glutinous rice dough to make green dumplings, {D:青团}, filled with sweet red bean paste. They are bright green, a bit bitter and completely addictive, and I ate four.

There is a famous Tang poem by Du Mu about the festival, and my nephew recited its first line on the train home:

{D:清明时节雨纷纷，路上行人欲断魂。}

At Qingming the rain falls thick and fast; the travellers on the road are heartbroken. It did rain, but the only broken heart was mine, when I found out there were no more dumplings.

Posted in Festivals, Anhui · 11 comments
""")

dd("newsletter-word-of-week", """
THE HUTONG LETTER — Issue 58
A weekly email for newcomers to Beijing · Read online · Unsubscribe

Hello again,

The heating came on across the city on the 15th, which means two things: your flat is now tropical, and your landlord will refuse to discuss the thermostat. Here is what else is going on this week.

WORD OF THE WEEK
{D:随便} (suíbiàn) — whatever, as you like. You will hear it when you ask a Chinese friend where they want to eat. Warning: it almost never means whatever. It means "guess correctly".

OVERHEARD
At the vegetable stall on Jiaodaokou: {D:你是哪国人？} "Which country are you from?" The correct response, our reader Dan reports, is to name your country and then accept a free bunch of coriander.

SIGN SPOTTED
In a lift in Chaoyang: {D:超载请勿乘坐}, please do not ride if overloaded. Reader Priya asks how you are supposed to know. We have no idea either.

EAT THIS
Winter is the season for {D:涮羊肉}, Beijing copper-pot hotpot with paper-thin slices of lamb. Dip, swish, dunk in sesame sauce. Our favourite place is the one with the longest queue on Gulou East Street; we're not naming it, because we'd like to keep getting a table.

EVENTS
Saturday: language exchange at the bookshop café near Andingmen, 3 pm.
Sunday: guided walk of the Drum Tower hutongs, meet at the south steps, 10 am.

That's all from us. Stay warm, open a window.

— Anna and the Hutong Letter team
You're receiving this because you signed up at a newcomers' fair. Forward it to a friend.
""")

dd("letter-traditional-translated", """
Paper Trails — family history, one box at a time
Archive · Family tree · Scans · Contact

The Letter from Tainan

Clearing my mother's flat, I found a shoebox of letters from her father, who stayed behind in Taiwan when she emigrated to Vancouver in 1972. Most are about money, the weather and who has married whom. This one, the shortest, made me sit down on the floor.

It is written in traditional characters in blue ink on thin airmail paper. I have transcribed it line by line, then translated it below with help from my aunt.

{D:阿美：}
{D:來信收到，知道妳一切平安，我就放心了。}
{D:臺南今年很熱，院子裡的芒果樹結了很多果子，可惜妳吃不到。}
{D:天冷了要多穿衣服，不要省錢。}
{D:父字}
{D:六月十二日}

Translation:

Ah Mei,
I received your letter, and knowing that all is well with you, I can stop worrying.
Tainan is very hot this year. The mango tree in the courtyard has borne a lot of fruit; what a pity you cannot eat any.
When it gets cold, wear more clothes, and don't try to save money.
From your father
12 June

A few notes. "Ah Mei" was her childhood name; nobody in Canada ever called her that. The sign-off is a very formal one, literally "father, written", which my aunt said was typical of him: warm on the page and stiff in the closing line. And the advice about cold weather was, she laughed, what every Taiwanese parent wrote to every child abroad.

There was no year on the letter. Judging by the stamp, it's 1974. My mother never went back before he died. The mango tree, my aunt tells me, is still there.

Next: the photographs in the same box, and the mystery of the man in the white suit.
""")

dd("couplets-explained-after", """
Fog on the Yangtze — an expat family in Wuhan
Home · Family · Festivals · Food · About

Writing Our Own Spring Couplets

Every year I buy our door couplets from the stall outside the supermarket, and every year my wife's uncle looks at them and sighs. This year he came over with brushes, red paper and a very firm plan: we would write our own.

A couplet is a pair of lines, one for each side of the door, with a short horizontal line across the top. The two lines should match in length and structure, word for word, which is far harder than it sounds. Uncle Deng composed ours in about five minutes, in his head, while drinking tea. The kids then spent two hours writing them out.

The right-hand side, which you read first:
{D:春风入户家家暖}

The left-hand side:
{D:瑞雪迎门岁岁丰}

And across the top:
{D:万事如意}

Here is what they say, as Uncle Deng explained them to me. The right line means "the spring wind enters the house, and every home is warm". The left line answers it: "timely snow welcomes you at the door, and every year is abundant". Spring wind matches timely snow, enters the house matches welcomes you at the door, every home matches every year. Snow at New Year is supposed to promise a good harvest. The four characters across the top mean "may all things go as you wish".

Our eleven-year-old wrote the horizontal line, and her last character leans so far that it looks like it's trying to escape. Uncle Deng said this showed "energy". Our son wrote the left line and got ink on the dog.

Then the big character on the door itself: {D:福}, fortune. We stuck it upside down, on purpose, because "upside down" and "arrived" sound alike in Mandarin, so an upside-down fortune means fortune has arrived. The neighbour's daughter came over to tell us it was wrong. We explained. She did not believe us.

Happy New Year from the four of us, and the dog.
""")


# ---------------------------------------------------------------- half-translated

ll("wechat-recipe-buttons", """
Home-style Braised Pork Ribs: Tender and Not Greasy, Even Kids Love It
Original · Little Deer's Kitchen · 2026-11-18 07:30 · Sichuan

It is getting cold again, and what my family wants most at this time is a pot of hot braised ribs. Today I will share my method. It is very simple, and even kitchen novices can succeed on the first try.

[Ingredients]
Pork ribs 500 g, ginger 3 slices, spring onion 1 stalk, star anise 2, rock sugar 15 g, light soy sauce 2 tbsp, dark soy sauce 1 tbsp, cooking wine 1 tbsp, {L:清水适量}

[Steps]
1. Cut the ribs into sections and soak them in cold water for half an hour to remove the blood.
2. Put the ribs into cold water, add ginger and cooking wine, bring to the boil and skim off the foam. Remove and rinse with warm water.
3. Put a little oil in the pot, add the rock sugar and stir-fry over low heat until it turns amber, {L:这一步一定要小火，不然很容易炒糊}.
4. Add the ribs and stir quickly so that each piece is coated with sugar colour.
5. Add the soy sauces, star anise, spring onion and ginger, pour in hot water to cover the ribs, and simmer over low heat for 40 minutes.
6. Turn to high heat to reduce the sauce until it is thick and glossy.

{L:小贴士}: Remember to add hot water, not cold water, otherwise the meat will become tough.

Every time I make this dish, my daughter eats two bowls of rice. How do you make braised ribs at home? Welcome to leave a message in the comment area and share with everyone~

{L:我是小鹿，一个爱做饭的二胎妈妈，每天分享简单好吃的家常菜。}

{L:喜欢的话记得点赞、在看，转发给身边的朋友吧！}

{L:阅读原文}
{L:点赞} 1.2w  {L:在看} 3561  {L:分享}
""")

ll("travel-heading-caption", """
Three Days in Dali: Wind, Flowers, Snow and Moon, I Finally Came
By Travelling Frog Aqing · Reposted from a WeChat official account · Translated

I had wanted to come to Dali for five years. This spring I finally quit my job, bought a one-way ticket and came to sit by Erhai Lake.

Day 1: The Ancient City
The ancient city of Dali is not as commercial as I imagined. Early in the morning the streets are quiet, and only a few shops selling rose cakes are already open. I had a bowl of rice noodles at a small shop near the South Gate. The boss is an old Bai lady. She put a lot of pickled vegetables in my bowl and said I was too thin.

In the afternoon I climbed up to the city wall. From there you can see the Cangshan Mountains on one side and the roofs of the old town on the other. {L:阳光特别好，我在城墙上坐了一个多小时，什么都没想。}

{L:第二天：骑行洱海}
I rented an electric bicycle for 60 yuan a day and rode along the west shore of Erhai. The water is so clear that you can see the stones at the bottom. Along the way there are many couples taking wedding photos, and the white dresses against the blue lake look like a painting.

At Xizhou I ate a Xizhou baba, a kind of baked flatbread. The sweet one has rose sauce inside, the salty one has minced pork and spring onion. I recommend the salty one.

(Picture: {L:喜洲古镇的稻田，远处是苍山})

Day 3: Shuanglang
The last day I went to Shuanglang, a small town on the east shore. Compared with the ancient city it is more quiet. I found a guesthouse with a terrace facing the lake and watched the sunset there. The sky turned from orange to purple, and then the lights of the villages on the other side came on one by one.

{L:有人说，大理是一个来了就不想走的地方。现在我终于明白了。}

Accommodation: guesthouse in the ancient city, 180 yuan/night; Shuanglang lake-view room, 320 yuan/night.
Total cost of three days: about 1,500 yuan.

If this article is helpful to you, please like and forward it.
Reprinted with the permission of the author. Please contact us for deletion if there is any infringement.
""")

ll("essay-child-words", """
Parenting Notes | When My Son Said "I Don't Want to Go to School", I Did Not Scold Him
Author: Teacher Wen's Family Education · Translated from Chinese · 8 min read

Last Monday morning, my son, who is in the second grade, sat on the edge of his bed and did not move. I called him three times. On the fourth time he looked up and said: "{L:妈妈，我不想上学了，同学们都不跟我玩。}"

At that moment, my first reaction was to be angry. It was already 7:20, and we were going to be late. But I held back. I remembered what a child psychologist once said: when a child says he does not want to go to school, the problem is usually not the school.

So I sat down next to him and asked him what happened. He told me that during the break time, the boys in his class played a game of tag, and when he wanted to join, one of them said: "You run too slow, we don't want you." {L:他说完就哭了，哭得特别伤心。}

I hugged him and did not say "it's nothing" or "be strong". I only said: "Mom understands, it must feel very bad." He cried for a while, then slowly calmed down.

Three things I did afterwards

1. I contacted the head teacher, not to complain, but to understand the situation. The teacher said she had also noticed that he was often alone during break.
2. {L:周末我请了两个同学来家里玩，让他们在熟悉的环境里慢慢熟起来。}
3. Every evening we practised running in the community park for twenty minutes. He said he wanted to "run faster than them".

Two weeks later, he came home and told me happily that he was "caught last" in the game of tag that day. For him this was a great victory.

Parents, please remember: {L:孩子的情绪没有对错，需要的是被看见。}

Children's problems are often small things in the eyes of adults, but in their world they are very big things. The most important thing we can do is to stand by their side.

— END —
Editor: Xiaoyu | Review: Chen Jing
{L:本文为原创内容，未经授权禁止转载。}
""")

ll("unboxing-spec-items", """
Unboxing | This Small Rice Cooker Is Perfect for People Living Alone. My True Feelings After a Month of Use
Digital Life Lab · 2026-10-22 · 4,582 reads

Hello everyone, I am Lao K. Today I will unbox a small rice cooker that I bought on Double Eleven. It is a 1.6-litre model, suitable for one or two people. The price after discounts was 219 yuan.

Packaging
The outer box is white and simple, with only the brand logo and a line drawing of the product. When you open it, the cooker is fixed with paper pulp packing and there is no foam at all, which is quite environmentally friendly.

What's in the box:
- The rice cooker main unit
- Inner pot (ceramic glaze coating)
- Steaming basket
- Measuring cup and rice spoon
- {L:说明书和保修卡}
- {L:赠品：硅胶隔热垫一个}

Specifications
Capacity: 1.6 L
Power: 400 W
{L:预约时间：最长24小时}
Functions: fine cooking, quick cooking, porridge, soup, cake, keep warm
Weight: 2.1 kg

Actual experience
I tested the "fine cooking" mode with 2 cups of northeast rice. It took 42 minutes. The rice is fluffy and each grain is separate, {L:底部稍微有一点点锅巴，我个人还挺喜欢的}. The quick cooking mode takes only 25 minutes, but the rice is a little harder.

The porridge mode is the one I use most. I set the appointment before going to bed, and in the morning the porridge is ready and warm. This is the biggest reason I recommend it to office workers.

Shortcomings:
1. The power cord is a little short, only about 1 metre.
2. {L:内胆涂层不耐刮，一定要用配的饭勺。}
3. The beeping sound after cooking cannot be turned off.

Summary: for 200-odd yuan, the performance is more than enough. If you live alone or with one other person, it is worth buying.

{L:以上是个人真实使用感受，非广告。}
Like | Favourite | Share | Comment (138)
""")

ll("baking-topic-hashtags", """
Repost: My First Time Making Mooncakes at Home, Failed Three Times Before Success
Posted by @cloud_baking · Auto-translated · 2026-09-15

The Mid-Autumn Festival is coming, and this year I decided not to buy mooncakes but make them myself. I thought it would be easy, but I was wrong. I want to write down the process of failing three times, hoping it will help sisters who are also trying for the first time.

First failure: the dough cracked
I used too little invert syrup and the dough was too dry. When I pressed it into the mould, the edges cracked immediately. Lesson: the ratio of syrup to flour must be right, and the dough must rest for at least two hours.

Second failure: the pattern disappeared
This time the dough was too soft. After baking, the beautiful flower pattern from the mould became a round, blurry cake. My husband said it looked like a steamed bun. {L:我当时真的很想哭。}

Third failure: the filling leaked
I put too much lotus paste filling, and the skin was too thin. In the oven the filling broke through the skin.

Fourth time: success!
Dough 30 g, filling 70 g, rest the dough for 3 hours, spray water on the surface before baking, bake at 200 degrees for 5 minutes, take out and brush with egg yolk liquid, then bake at 180 degrees for 15 minutes. {L:出炉的那一刻，花纹清清楚楚，我激动得拍了二十张照片。}

Remember: the mooncakes need to "return oil" for two to three days before eating. The skin will become soft and shiny.

My mother tasted one and said it was better than the ones from the shop. I know she was being kind, but I was still very happy.

#{L:烘焙新手}# #{L:手残党也能做}# #{L:中秋节美食}# #{L:我的厨房日记}#

❤ 2,341 · ⭐ 876 · 💬 203
""")

ll("travel-note-signoff", """
ChinaTrip Stories | English · {D:中文}
Home > Travel Notes > Northeast

Harbin in January: Minus 25 Degrees, But I Want to Go Again
Source: Snow Country Travel Notes · Translation: site editor · 2027-01-09

Many friends asked me: is Harbin really so cold? My answer is: yes, it is very cold, but it is also very beautiful.

We arrived at Harbin West Station in the afternoon. As soon as we walked out, the cold wind hit our faces, and my eyelashes were covered with frost within five minutes. The taxi driver laughed at our thin down jackets and said: "{L:你们南方来的吧？这点衣服可不够。}"

Ice and Snow World
In the evening we went to the Ice and Snow World. The tickets are not cheap, 328 yuan per person, but it is worth it. The ice castles are lit up in every colour, and there is a 300-metre-long ice slide. We queued for 40 minutes for it, and it took 20 seconds to slide down. {L:值！}

Central Street
The next day we walked along Central Street, the old Russian-style street paved with stones. We ate the famous Madier ice lolly at minus 20 degrees. It is very milky and not too sweet. Then we went to St. Sophia Cathedral, which looks especially beautiful in the snow.

{L:防寒小贴士：}
1. Wear thermal underwear, a thick down jacket and snow boots with non-slip soles.
2. {L:手机一定要贴身放，不然一会儿就冻关机了。}
3. Bring hand warmers; they can be bought at any convenience store.

Food we ate: guobaorou (sweet and sour pork), stewed chicken with mushrooms, big dumplings, red sausage, and a bowl of frozen pears that taste like ice cream.

This is the end of the Harbin notes. In the next issue, I will take you to Xuexiang, the Snow Town.
{L:我是阿雪，我们下期见～}
{L:关注我们，获取更多东北旅行攻略}

About Us · Contact · Privacy
© 2027 ChinaTrip Stories
""")

ll("recipe-glued-clauses", """
Chongqing Auntie's Secret: Making Hotpot Base at Home, Safer and Cheaper Than Buying
Translated repost · Food Channel · Originally published by "Old Chongqing Flavour"

Many people think that hotpot base can only be bought in the supermarket. In fact, making it at home is not difficult, {L:而且用料放心，一次做好可以吃一个冬天}.

Ingredients: beef tallow 1 kg, rapeseed oil 300 g, dried chili 150 g, Sichuan peppercorn 50 g, Pixian bean paste 250 g, fermented black beans 30 g, ginger, garlic, onion, rock sugar, liquor.

Spices: star anise, cinnamon, bay leaves, fennel, cardamom, a small amount of each.

Method:
First soak the dried chili in hot water for 20 minutes, then drain and chop it, {L:不要剁得太碎，保留一点颗粒感}. Soak the spices in warm water as well, so that they will not burn in the oil.

Heat the beef tallow and rapeseed oil together over low heat. When the oil is hot, add the ginger, garlic and onion and fry until golden, then take them out.

Turn the heat down, add the bean paste and fry slowly for about 15 minutes, until the oil turns red. This step needs patience, {L:火大了豆瓣会发苦}.

Add the chopped chili and fermented black beans and continue frying for 10 minutes, then add the spices, peppercorns and rock sugar, and finally pour in a little liquor to make it fragrant.

Turn off the heat and let it cool completely, then divide it into boxes and keep them in the refrigerator. Each box is enough for a pot for three or four people.

When you use it, just add water or bone broth, bring to the boil and put in your favourite meat and vegetables. My family likes beef tripe, duck intestines and potato slices, {L:我老公每次都要加一大把豆芽}.

A reader asked whether the beef tallow can be replaced with vegetable oil. Yes, but the fragrance will be much weaker, {L:真正的重庆味还是得靠牛油}.

Author: Auntie Zhou · Photos: Auntie Zhou
Related: How to make dipping sauce for hotpot | The correct order of putting food into hotpot
""")

ll("cost-table-cells", """
Budget Travel | Xi'an 5 Days 4 Nights, Only 2,000 Yuan Per Person: Detailed Itinerary and Costs
From: Poor Travel Little Expert · Machine translated

I have just come back from Xi'an, and I promised everyone in the group to share the detailed costs. Two people, five days and four nights, total per person less than 2,000 yuan, including round-trip high-speed rail.

Itinerary overview
Day 1: Arrive, Bell and Drum Towers, Huimin Street
Day 2: Terracotta Warriors, Huaqing Palace
Day 3: Shaanxi History Museum, Big Wild Goose Pagoda, Datang Everbright City
Day 4: City Wall cycling, Yongxingfang
Day 5: {L:书院门、碑林，下午返程}

Cost details (per person)

| Item | Cost | Note |
|---|---|---|
| High-speed rail, round trip | 680 yuan | Booked two weeks in advance |
| Hotel, 4 nights | 420 yuan | Two people sharing, near the Bell Tower |
| Terracotta Warriors ticket | 120 yuan | Reserve online |
| Shaanxi History Museum | 0 yuan | {L:免费，但要提前三天预约} |
| City Wall ticket + bike | 99 yuan | Bike 45 yuan for 3 hours |
| Food | 380 yuan | Mainly street food |
| {L:地铁和打车} | 95 yuan | |
| Total | 1,794 yuan | |

A few suggestions:
1. Do not take the "one-day tour" sold by people at the station; the price is low but they will take you to shopping places.
2. For the Terracotta Warriors, take bus 306 from the east square of the railway station, it is only 5 yuan.
3. {L:大唐不夜城晚上人特别多，建议八点以后再去}.

The street food I recommend most: roujiamo, liangpi, and the mutton soup with bread. The biangbiang noodles are also good, but one bowl is enough for two people.

If you have any questions, you can leave a message and I will answer them one by one.
""")

ll("memoir-comment-names", """
Food Stories · English Edition
Home | Recipes | Stories | {D:中文}

My Grandmother's Scallion Oil Noodles: The Taste of Childhood Is the Simplest
Translated from the Chinese original · Author: Meng Xiaochu · 6 min

When I was a child, every time I came home from school, my grandmother would make me a bowl of scallion oil noodles. She never measured anything, and the taste was never wrong.

The most important thing is the scallion oil. Cut the scallions into long sections, separating the white and green parts. Heat the oil to medium temperature, put in the white parts first, then the green parts, and fry slowly over low heat for about 15 minutes until the scallions turn dark brown and crispy.

Mix the sauce: two spoons of light soy sauce, one spoon of dark soy sauce, half a spoon of sugar. Pour the sauce into the hot oil and let it boil for a few seconds. The smell will fill the whole house.

Cook the noodles, drain them, put them in a bowl, add two spoons of the scallion oil and sauce, mix well, and put some crispy scallions on top.

My grandmother passed away three years ago. I have made these noodles many times, but they never taste exactly like hers.

Comments (47)

Lin_Home · Shanghai
My grandmother also made this! Reading this made me miss her very much.

{L:小胖爱吃面} · Jiangsu
{L:葱油一定要用小葱，大葱做出来不香。}

Wei Wei · Beijing
How long can the scallion oil be stored? Can I make a large jar at once?

Author reply: It can be kept in a sealed jar in the refrigerator for about two weeks.

{L:风吹麦浪} · Zhejiang
{L:看哭了，我外婆做的也是这个味道。}

Ann Z. · Guangdong
I tried it today, my kids ate everything.

Load more comments
""")

ll("wedding-video-transcript", """
[Video transcript] Our Country Wedding in Henan: The Whole Village Came to Eat
Channel: Xiao Fang and Her Foreign Husband · Subtitles auto-translated · 12:48

00:00 Hello everyone, welcome back to our channel. Today is a very special day: we are having our wedding in my hometown in Henan.
00:12 My husband Tom is from Scotland. He has never seen a rural Chinese wedding before, so today he is very nervous.
00:25 Tom: I am not nervous. I am just a little cold.
00:31 It is five in the morning. My mother has already been up for two hours to prepare food for the guests.
00:45 Mum: {L:快去化妆，化妆师都到门口了！}
00:52 OK, OK, I am going.
01:30 This is the makeup artist; she came from the county town. She has done more than three hundred brides.
02:15 Now the groom's team has arrived. According to local custom, they must give red envelopes before they can enter the door.
02:40 Tom's friend from Edinburgh is counting the red envelopes. He does not understand why there are so many.
03:05 Cousin: {L:红包太少了，再加两个，不然不开门！}
03:12 Tom: How many more? I have no more!
04:20 We are now going to the banquet in the courtyard. Thirty tables, all cooked by the village chef.
05:10 This is the "eight big bowls", the traditional banquet dishes of our area: braised pork, steamed fish, meatballs and more.
06:45 {L:村里的老人说，这是他们见过最热闹的一场婚礼。}
07:30 Tom is giving a toast in Chinese. He practised for three weeks.
07:41 Tom: {L:谢谢大家来参加我们的婚礼，干杯！}
07:50 Everyone is clapping. I think they understood.
09:15 Now the older relatives are giving gifts. My grandmother gave us a pair of silver bracelets she had kept for sixty years.
10:30 I am very happy and also a bit tired. Thank you all for watching.
12:40 {L:别忘了点赞关注，我们下期见！}
""")

ll("moving-checklist-items", """
Moving House Checklist: 16 Things to Do Before and After Moving, Save This!
Home Life Weekly · Translated article · Saved by 12,000 people

Moving is tiring, but with a good checklist it can be much easier. I have moved five times in the past seven years, and this is the list I put together. Friends who are going to move, please save it.

One month before moving
1. Confirm the moving date and book the moving company. Weekends and the end of the month are busy, so book early.
2. Sort out your things and decide what to keep, sell or throw away.
3. {L:旧衣服可以捐给社区回收箱，或者在二手平台上卖掉。}
4. Measure the size of the new home and check whether the big furniture can fit through the door.

One week before moving
5. Prepare boxes, tape, marker pens and stretch film.
6. Pack the things you do not use often first, such as out-of-season clothes and books.
7. Write the room and the contents on each box, for example "kitchen – bowls".
8. {L:贵重物品和重要证件自己随身带，不要交给搬家公司。}

The day of moving
9. Check the water, electricity and gas meters in the old home and take photos.
10. Tell the movers which boxes are fragile.
11. {L:最后再检查一遍柜子和抽屉，别落下东西。}
12. Hand the keys back to the landlord and ask for the deposit.

After moving
13. Change your address on shopping apps and bank cards.
14. Register the new address with the property management office.
15. Clean the kitchen and bathroom before you unpack.
16. {L:按老规矩，搬进新家第一天要开火做饭，图个吉利。}

A small reminder from me: on moving day, prepare some bottled water and snacks for the movers. {L:师傅们高兴了，搬东西也会更小心。}

{L:你搬家时遇到过哪些坑？欢迎在评论区分享。}
""")

ll("repost-source-credits", """
Reposted Article | Why I Decided to Let My Daughter Attend a Rural Primary School
{L:来源：教育家杂志} · {L:作者：周小林} · Translated by our volunteer team

Last year, when my daughter was about to start primary school, all my friends were busy choosing "key schools". I made a decision that surprised everyone: I let her attend the small primary school in the village where my parents live, fifty kilometres from the city.

The school has only 86 students and 12 teachers. There is a playground, a vegetable garden and a small library. There is no English training class, no robot club and no Olympiad maths.

My friends asked me: are you not afraid she will fall behind? To be honest, at first I was afraid. But I visited the school three times before I decided.

The first time, I saw the children feeding rabbits in the garden at break time. The second time, I sat in a Chinese lesson where the teacher took the whole class outside to look at the clouds and then write a paragraph. The third time, the headmaster, a man in his fifties, told me: "Here, every child is known by name."

One year has passed. My daughter can recognise more than twenty kinds of vegetables, she can ride a bicycle on the country road, and she reads every evening before bed. Her grades are in the middle of the class. I am satisfied.

Of course there are disadvantages. The school has fewer resources, some teachers are substitute teachers, and in winter the classroom is cold. {L:这些问题我都看在眼里，也在想办法和其他家长一起向教育局反映。}

I am not saying that everyone should make the same choice as me. Every family has its own situation. I only want to say that there is more than one road to a good education.

{L:（本文有删节）}
{L:责任编辑：李蓉} | {L:审核：王志强}
Share to: WeChat · Weibo · Copy link
""")

ll("customs-list-mixed", """
Culture Corner | Five Customs of the Dragon Boat Festival: How Many Does Your Hometown Still Keep?
Published by: Folk Culture Daily · Translated · 2027-06-02

The Dragon Boat Festival, {D:端午节} (Duānwǔ Jié), falls on the fifth day of the fifth lunar month. It is one of the oldest traditional festivals in China, with a history of more than two thousand years. Here are five customs that are still popular today.

1. Eating zongzi
Zongzi are glutinous rice wrapped in bamboo leaves. In the north people like sweet zongzi with red dates, and in the south people prefer salty zongzi with pork and egg yolk. {L:甜粽子和咸粽子哪个好吃，每年都要吵一遍。}

2. Dragon boat racing
In the south, especially in Guangdong, Hunan and Zhejiang, villages organise dragon boat races on the rivers. The drummer sits at the front and sets the rhythm for the rowers.

3. Hanging mugwort and calamus
On the morning of the festival, families hang mugwort and calamus leaves on the door. It is believed that they can drive away insects and evil spirits.

4. {L:佩香囊}
{L:小孩子身上挂一个绣花的小香囊，里面装着香草和药材，既好看又能驱蚊。}

5. Tying five-colour threads
Children wear bracelets of red, yellow, blue, white and black threads on their wrists. On the first rainy day after the festival the threads are cut and thrown into the river.

The festival is traditionally linked to the poet Qu Yuan ({D:屈原}), who threw himself into the Miluo River. People threw rice into the river so that the fish would not eat his body, and that is said to be the origin of zongzi.

{L:今年端午，你打算怎么过？}

Festival greetings: Wishing everyone a healthy and peaceful Dragon Boat Festival!
{L:点击关注，了解更多传统文化}
""")

ll("photo-captions-differ", """
Photo Story | Autumn in Jiuzhaigou: Every Lake Is a Different Colour
Photography: Mountain Walker · Text translated from Chinese · 18 photos

I have been to Jiuzhaigou three times, and this autumn was the most beautiful. The leaves turned red and yellow in the second half of October, and the lakes were bluer than ever. Here are my favourite photos from the trip.

Photo 1: Five Flower Lake in the morning. The water is so clear that you can see the fallen trees lying on the bottom.
{L:五花海的水下有很多钙化的树干，阳光一照就变成金色。}

Photo 2: Nuorilang Waterfall. It is one of the widest waterfalls in China.
{L:这张是在栈道上用长曝光拍的，三脚架差点被游客碰倒。}

Photo 3: Long Lake at 3,000 metres. It was very cold here; my fingers could hardly press the shutter.

Photo 4: A Tibetan village beside the road, with prayer flags on the roofs.
{L:村里的阿妈请我们喝了一碗酥油茶，味道有点咸。}

Photo 5: Panda Lake in the afternoon light.

Photo 6: The reflection of the mountains in Mirror Lake, taken at seven in the morning when there was no wind.

Shooting tips
1. Go early: the first bus enters the park at 7:00, and the light is best before 10:00.
2. The park is large. Take the sightseeing bus up to the top and walk down.
3. {L:偏振镜一定要带，可以去掉水面反光，拍出湖底。}

Camera: Sony A7R IV · Lenses: 16-35 mm, 70-200 mm
{L:未经允许，请勿盗图。}

Related: Huanglong Travel Guide | Where to Stay near Jiuzhaigou
""")

ll("recipe-amounts-picture-notes", """
Recipe | Pork and Cabbage Dumplings for the Winter Solstice, Juicy Filling Every Time
From the kitchen of Sister Hua · Translated by reader volunteers

There is a saying in the north that if you do not eat dumplings at the Winter Solstice, your ears will freeze. Whether or not that is true, dumplings are what my family eats on this day every year.

Ingredients (about 60 dumplings)
Dumpling wrappers: 60, or make them yourself with 500 g flour and 250 g water
Pork (30% fat): 400 g
Napa cabbage: 500 g
Spring onion: 2 stalks
Ginger: {L:一小块}
Light soy sauce: 2 tbsp
Oyster sauce: 1 tbsp
Salt: {L:少许}
Sesame oil: {L:适量}
Sichuan peppercorn water: 100 ml

Steps
1. Chop the cabbage finely, add a little salt, mix and leave for 15 minutes, then squeeze out the water.
[Picture 1: {L:白菜一定要挤干水分}]
2. Add the Sichuan peppercorn water to the pork a little at a time, stirring in one direction until the meat becomes sticky. This is the secret of a juicy filling.
[Picture 2: {L:顺着一个方向搅打上劲}]
3. Add the soy sauce, oyster sauce, ginger and spring onion, then the cabbage. Pour sesame oil over the cabbage first, so that the water does not come out.
4. Put a spoonful of filling in the middle of a wrapper, fold it in half and press the edges.
[Picture 3: {L:包好的饺子放在撒了面粉的盖帘上}]
5. Boil water, put in the dumplings, and stir gently. When the water boils again, add half a bowl of cold water. Repeat three times.

Serve with black vinegar and chili oil. My son can eat twenty in one go.

{L:你家冬至吃饺子还是汤圆？}
Like 865 · Comment 92 · Favourites 2,103
""")

ll("signs-beside-leftovers", """
Travel | Walking the Ancient Tea Horse Road in Shaxi: A Town That Time Forgot
Posted by Backpacker Xiao Qi · English version (machine translated)

Shaxi is a small town between Dali and Lijiang. A thousand years ago, horse caravans carrying tea and salt stopped here on their way to Tibet. Today it is quiet, with only a few cafés and guesthouses around the old square.

At the entrance of the old town there is a stone tablet that reads {D:茶马古道} in big red characters, with the English "Ancient Tea Horse Road" carved below it. Everyone takes a photo here. {L:我们到的时候正好没人，拍了好多张。}

Walking into the square, you will see the Xingjiao Temple on one side and an old stage on the other. The wooden stage has a board hanging above it: {D:古戏台}, Ancient Opera Stage. On Saturday evenings, local people still perform Bai opera here.

The Sideng Street market is held every Friday. People from the mountain villages come down to sell mushrooms, honey, herbs and handmade shoes. {L:一位彝族大姐卖的核桃特别香，五块钱一斤，我买了两斤。}

On the east side of the town is the Yujin Bridge, a stone arch bridge over the Heihui River. A sign beside it says {D:请勿攀爬}, "Please do not climb." Under the bridge, a group of children were catching small fish with nets.

{L:晚上的沙溪很安静，只有几家小酒吧还亮着灯。}

Accommodation: we stayed in a courtyard guesthouse run by a Bai family, 200 yuan per night with breakfast. The owner's mother made us baba and rice noodles every morning.

Transport: from Dali, take a bus from Xiaguan North Bus Station to Jianchuan, then a minibus to Shaxi. About three hours in total.

{L:如果你也喜欢安静的古镇，沙溪一定不会让你失望。}
""")

ll("recipe-footer-copyright", """
Lotus Kitchen — Recipes & Stories
Home  Recipes  Videos  About  English | {D:简体中文}

Steamed Sea Bass: The Dish That Opens Every Family Banquet in Guangdong
2026-12-20 · Category: Cantonese home cooking · Auto-translated

In Guangdong, a family banquet without a steamed fish is not a complete banquet. The fish is served whole, with the head pointing to the most senior person at the table, and it is a symbol of abundance year after year.

Choosing the fish
A sea bass of about 600 g is best for a family of four. Ask the fishmonger to scale and clean it but keep the head and tail. Check the eyes: they should be bright and clear.

Steps
1. Make two cuts on each side of the fish and put a few slices of ginger into the cuts and the belly.
2. Place two chopsticks across the plate and lay the fish on them, so that steam can circulate underneath.
3. When the water is boiling hard, put in the fish and steam over high heat for 8 minutes. Turn off the heat and leave the lid on for 2 more minutes.
4. Pour away the water on the plate, remove the old ginger, and put shredded spring onion, ginger and red chili on the fish.
5. Heat two tablespoons of oil until it smokes and pour it over the shredded spring onion. Finally pour steamed-fish soy sauce around the fish.

{L:注意：蒸鱼时间根据鱼的大小调整，每多一百克大约多蒸一分钟。}

Related recipes
· Cantonese Soy Sauce Chicken
· Stir-fried Choy Sum with Garlic
· {L:老火靓汤：西洋菜猪骨汤}

{L:版权声明：本站所有文字和图片均为原创，转载请注明出处，违者必究。}
Contact: service@lotuskitchen.example
{D:粤ICP备2023081234号-1}
© 2026 Lotus Kitchen
""")

ll("interview-half-answers", """
Interview | A Calligrapher Who Teaches Children for Free Every Weekend
City Evening News · English channel · Reporter: Sun Yue · Machine translated

For eleven years, 68-year-old retired teacher Mr Gao has taught calligraphy for free to children in his neighbourhood every Saturday morning. More than four hundred children have studied with him. We visited his small classroom on the ground floor of an old residential building.

Q: Why did you start teaching for free?
A: When I retired, I found that many children in our community spent all weekend on their phones. I thought, I have a skill, why not share it? At first only three children came. Now there are more than thirty, and we have a waiting list.

Q: What do you teach first?
A: {L:先教握笔和坐姿。姿势不对，写再多也没用。} Then we start with the horizontal stroke. A child may practise the horizontal stroke for a whole month.

Q: Do the children get bored?
A: Of course. Children are children. {L:我就给他们讲每个字背后的故事，他们就爱听了。} For example, when we write the character for "rest", I tell them it is a person leaning against a tree.

Q: What has been your happiest moment?
A: Last year a girl who studied with me when she was seven came back. She is now at university, studying Chinese literature. She said that the Saturday mornings in this room changed her life. {L:那天我高兴得一晚上没睡着。}

Q: Do you have any plans for the future?
A: As long as I can still hold a brush, I will keep teaching. {L:我的愿望是在小区里办一次孩子们的书法展。}

At the end of our visit, Mr Gao wrote a piece for our newspaper: four large characters meaning "there is no end to learning". The ink was still wet when we left.

Editor: Liu Fang
{L:更多精彩内容，请关注晚报客户端}
""")

ll("grandma-essay-quotes", """
Essay | Going Back to See Grandma, I Realised She Has Really Grown Old
From the official account "Hometown Letters" · Translated by the platform

During the National Day holiday, I took a six-hour train back to my hometown in northern Jiangsu to see my grandma. I had not been back for almost two years.

When I pushed open the gate, she was sitting in the courtyard sorting beans. She looked up, stared at me for a few seconds, and then stood up so quickly that the bowl of beans fell on the ground. {L:她拉着我的手，一直说"回来就好，回来就好"。}

Her hair is completely white now. She walks more slowly, and she has to hold the wall when she goes up the steps. But she insisted on cooking for me herself: braised fish, fried eggs with chives, and the sticky rice balls I loved as a child.

At dinner she kept putting food in my bowl. I said I was full, and she said: "{L:在外面肯定吃不好，多吃点。}"

In the evening, we sat in front of the TV. She did not watch it; she just looked at me. She asked about my work, my rent, whether I had a boyfriend. I answered everything patiently, which I had not always done on the phone.

{L:那一刻我才发现，她问的每一个问题，都是在想我。}

The next morning, she had already packed a big bag for me: dried radish, salted duck eggs, a jar of chili sauce and two pairs of cotton shoes she made herself. On the door of her room there was still the faded red paper with the character {D:福}, "fortune", that I had stuck there as a child, upside down, as the custom says.

When I left, she walked me to the end of the village road and stood there until the bus turned the corner.

{L:常回家看看吧，趁他们还在。}

— The End —
{L:作者简介：林小满，90后，在上海工作的苏北姑娘，喜欢写家乡和亲人。}
""")

ll("tasting-note-labels", """
Tea Notes | Tasting a 2026 Spring Longjing: Is "Pre-Qingming" Tea Worth the Price?
By Tea Friend Lao Chen · Reposted and translated · 2026-04-28

This spring a friend in Hangzhou sent me 50 grams of pre-Qingming Longjing from the West Lake area. The price is more than 3,000 yuan per jin, so I was very careful when brewing it. Here are my tasting notes.

Dry leaves
The leaves are flat, straight and smooth, bright green with a slight yellow tint. They smell of roasted beans. {L:干茶捏在手里，能感觉到有点扎手，说明炒得比较干。}

Brewing
I used a glass cup, 3 grams of tea and 150 ml of water at 80 degrees. I poured the water in first and then put in the tea, the so-called "top-pouring method", so that the delicate leaves are not scalded.

{L:香气}: chestnut aroma with a light orchid note, very clean.
{L:滋味}: fresh and sweet, slightly thick in the mouth, no bitterness at all.
{L:叶底}: tender buds, even and bright, one bud with one leaf.

After the third infusion the taste became thin, which is normal for green tea. In total I drank four cups.

Compared with the post-Qingming tea I bought last year at 800 yuan per jin, the difference is mainly in freshness and sweetness. {L:说实话，差别有，但没有价格差得那么大。}

My suggestion: if you are not a very experienced tea drinker, tea picked before Guyu, around April 20, is already very good and much more affordable.

{L:喝茶是一件私人的事，适合自己的就是好茶。}

Storage: seal it and keep it in the refrigerator, away from smells. Drink within six months.
Tags: Green tea · Longjing · {L:品鉴笔记}
""")

ll("exhibition-quoted-text", """
Exhibition Notes | Standing in Front of the "Orchid Pavilion Preface", I Was Silent for a Long Time
Art Weekend · Translated from Chinese · Writer: Qingshan

Last weekend I went to the provincial museum to see the calligraphy exhibition "Ink of the Jin and Tang Dynasties". I queued for an hour and a half in the rain, and it was worth every minute.

The most famous work in the exhibition is, of course, a Tang dynasty copy of Wang Xizhi's Preface to the Orchid Pavilion Poems. It is displayed in a dark room, under a soft light, and visitors can only stay in front of it for three minutes.

Standing there, I read the opening lines in my heart: {L:永和九年，岁在癸丑，暮春之初，会于会稽山阴之兰亭，修禊事也。}

What struck me most is that one common character appears twenty times in the text, and no two of them are written the same way.

Beside the scroll there is a row of small seals left by emperors and collectors over the centuries. A guide explained to a group of students that some emperors loved this work so much that they stamped it again and again, {L:有人说这是"在名画上盖章打卡"}.

In the next room there were works by Yan Zhenqing and Liu Gongquan. Their regular script is strong and upright, completely different from the flowing style of Wang Xizhi. A father was standing in front of Yan Zhenqing's work with his son, who is about ten years old. The father said to him: "{L:你练的就是这个字帖，看看原作，是不是不一样？}" The boy nodded seriously.

{L:展览信息}
Time: until 15 January 2027
Place: Provincial Museum, Exhibition Hall 3
Tickets: free, reservation required through the museum's official account
{L:温馨提示：展厅内禁止使用闪光灯，请勿触摸展柜。}

After I came out, the rain had stopped. I bought a postcard of the Orchid Pavilion at the museum shop and put it on my desk.
{L:点个"在看"，让更多人看到这场展览吧。}
""")

ll("reading-list-titles", """
Parenting | Summer Reading List for Children Aged 6 to 8: 10 Books My Daughter Read Again and Again
From the account "Reading Mum Xiaoyu" · Auto-translated · Reading time 5 minutes

The summer holiday has started, and many parents in our group asked me what books to prepare for the children. My daughter is seven and a half and has just finished the first grade. These are the ten books she liked most this year, in no particular order.

Picture books
1. Guess How Much I Love You – a classic bedtime story. We have read it so many times that she can recite it.
2. The Very Hungry Caterpillar – good for learning the days of the week and counting.
3. {L:《团圆》} – {L:过年爸爸回家，一家人团聚的故事，每次读完她都会问爸爸什么时候出差。}
4. Where the Wild Things Are – she likes the monsters, I like the pictures.

Bridging books (pictures and text)
5. Frog and Toad Are Friends – short chapters, perfect for beginning readers.
6. {L:《我有友情要出租》}
7. Little Bear – gentle stories that help a child fall asleep.

Chapter books with pinyin
8. {L:《小猪唏哩呼噜》} – she laughed out loud at every chapter.
9. Charlotte's Web (pinyin edition) – we read it together, one chapter each night.
10. {L:《没头脑和不高兴》} – Grandpa read it when he was a boy, and now he reads it to her.

How we read
We read for thirty minutes every night before bed. I read one page, she reads one page. {L:遇到不认识的字，先让她猜，猜不出来再告诉她。}

One more suggestion: let the child choose. A book she picks herself is always more interesting than one you choose for her.

{L:你家孩子最近在读什么书？留言告诉我吧。}
""")

if __name__ == "__main__":
    SET.build()
