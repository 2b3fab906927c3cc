"""Build bench/sets/detect29-*.jsonl: a held-out, hand-written detection set ("detect29").

This set concentrates on the hardest case: Chinese INSIDE English paragraphs rather than on lines
of its own.

Twenty-two English pages that contain Chinese on purpose, one of each kind, almost all of it
inline in prose: a travel essay quoting what villagers said in Chinese with the English after it
in quotes, a language blog explaining office slang (term, then meaning after a comma or dash), a
restaurant critic naming Sichuan dishes in characters, a history article giving dynasties, people,
places and laws in brackets after their English names, an essay on a Du Fu poem quoting single
lines with a translation right after, a parenting blog quoting a four-year-old's mixed sentences, a
film review with the original title and one line of dialogue, an interview with a ceramicist who
answers partly in Chinese and translates herself in the same paragraph, a business etiquette
guide with toasts and set phrases, a martial-arts history article quoting a school's motto, a
lecture summary on the components of characters, a football report quoting the fans' chants, an
album review discussing lyrics line by line, a novel excerpt where characters say short things in
Chinese that the narration explains, a translation-studies blog comparing renderings of 江湖, a
best man's speech that switches to Chinese for a blessing, a tour guide's script for the Palace
Museum, a community newsletter naming Spring Festival customs, a bilingual picture-book page with
each English sentence followed by its Chinese sentence in one paragraph, a linguistics paper
paragraph with glossed example sentences, a memoir quoting a grandmother's sayings, and a product
review quoting the text printed on a kettle's box.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left inside the
English paragraphs by mistake): a district news report with one Chinese sentence in the middle of
a paragraph, a meeting report whose clauses after "pointed out," and "stressed that" stay Chinese,
a company profile with an untranslated product name and slogans, a school news item naming
award-winning students only in characters, a government work report with untranslated policy
slogans, a scenic-area text whose paragraphs each end in a Chinese sentence, a robot vacuum
description with an untranslated feature list inside a sentence, a scientist's biography with
untranslated honours, a forum report quoting a guest in Chinese, hotel reviews with half a
sentence in Chinese, a results press release with Chinese clauses glued on by commas, a
registration notice whose deadline sentence stays Chinese, a research news item with an
untranslated project name and funding bodies, a feature on a kite maker whose Chinese sentences
continue the story instead of translating it, a health article with one untranslated
recommendation, a basketball report with an untranslated player quote, a culture article on tea
whose Chinese sentence is on the same topic but says something new, a court news item with an
untranslated statute name and clause, a lantern festival article with unexplained activity names,
a hotel page with an untranslated breakfast sentence, a forum post whose question is half Chinese,
and a job advertisement whose requirements sentence stays Chinese. Deliberate Chinese on those
pages (a `中文` language link, an ICP number, a logo line) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set; the
only borrowed texts are a Tang poem by Du Fu and traditional proverbs in the public domain, with
translations written for this set. The set was written BLIND on 2026-12-04: without reading
mtmend's code, its tests, the other bench sets or their builders (only bench/blind_set.py, the
first 60 and last 30 lines of build_blind25.py as a model of the file format, and `marked()` in
build_detection_sets.py were read), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind29.py` from the repository root; it rewrites
bench/sets/detect29-deliberate.jsonl (ids d29d-NN) and bench/sets/detect29-leftovers.jsonl
(ids d29l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect29", chars=(600, 2500), lines=(8, 30)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("travel-essay-quoted-speech", """
Notes from the Nu River Valley: Three Days on Foot
By Hannah Calloway | Travel Essays | Photographs by the author

The bus left us at the edge of Bingzhongluo just as the rain stopped. A woman selling walnuts at the crossroads looked at our boots, then up at the ridge, and laughed: {D:“你们走得上去吗？”} "Do you really think you can walk up there?" We told her we would try. She shrugged and pressed a handful of walnuts into my palm, saying {D:路上吃} — "for the road."

The path climbed through terraced maize and then into pine. Halfway up we met an old man leading a mule loaded with firewood. When my friend stopped to catch her breath, he slowed down beside her and said, {D:慢慢走，不着急}, "walk slowly, there's no hurry," which became our motto for the rest of the trip.

That night we slept in a wooden guesthouse run by a family of four. The mountains we had come to see were hidden in cloud, and the owner only shook his head when we pointed at them. {D:今天雾大，明天再看}, he said — "the fog is thick today; look again tomorrow." We ate smoked pork and wild greens by the stove while his daughter did her homework at the end of the table.

He was right. At six the next morning his son banged on our door shouting {D:快看！太阳出来了！} — "Look! The sun is out!" — and we stumbled onto the balcony in our socks. The whole valley was gold.

When we left, the owner's mother walked us to the gate and said something I had to ask her to repeat twice. It was {D:再来啊，下次带朋友来}: "Come again, and bring friends next time." I have every intention of doing so.

Tags: Yunnan, hiking, Nu River, guesthouses
Previous essay: A Winter Week in Harbin | Next essay: The Salt Wells of Nuodeng
""")

dd("slang-blog-inline-glosses", """
Ten Words You Will Hear in Any Shanghai Office (2026 edition)
Posted by Lin at Word Hoard | Category: Chinese slang, explained | 14 comments

Every year my students ask me for the words their textbooks refuse to teach. Here is this year's list, with my best attempt at English for each.

The first one everybody learns is {D:打工人}, literally "work person" — anyone who clocks in for a wage, said with a wry smile rather than self-pity. Close behind comes {D:摸鱼}, "touching fish," which means quietly slacking off while looking busy; the image is of someone fishing in muddy water where nobody can see what they are doing.

If your whole department competes to stay latest at the desk, that is {D:内卷}, involution: a race where everyone runs harder and nobody gets ahead. The opposite reaction is {D:躺平}, lying flat, meaning you simply refuse to join the race at all.

Colleagues who hide in the stairwell rather than make small talk will call themselves {D:社恐}, short for "social phobia," though it is used far more lightly than the medical term. Their loud opposite, the person who chats with everyone in the lift, is a {D:社牛}, a "social ox."

When someone complains that their bonus was so large it was hard to spend, you can accuse them of {D:凡尔赛}, "Versailles" — a humblebrag dressed up as a complaint. And when a sad video finally makes you cry on the metro, you say you have been {D:破防了}, that your defences have been broken.

Finally, the phrase you will hear at five to six every evening: {D:下班了}, "work is over." Nobody needs that one explained.

Next week: slang from the gaming world. Leave your suggestions in the comments.
""")

dd("food-review-dish-names", """
Review: Little Chengdu, Harcourt Street
Rating: four chopsticks out of five | Price: about 30 euros a head without drinks

Little Chengdu has no sign in English, only a red lantern and the words {D:川味小馆} painted on the glass, which roughly means "little Sichuan-flavour restaurant." Inside, the menu is laminated, illustrated and mercifully short.

We began with {D:口水鸡}, "mouth-watering chicken," poached, chilled and served under a slick of chilli oil, sesame and crushed peanuts. It earns its name. The {D:夫妻肺片}, thin slices of beef and tripe in a similar dressing, was a touch too sweet for me, but my companion ordered a second plate.

Of the hot dishes, the {D:水煮鱼} stole the evening: tender fillets of fish in a broth that is mostly oil and dried chillies, with a numbing hum of Sichuan pepper that builds slowly until your lips tingle. The {D:麻婆豆腐} was silky and properly fiery, with minced beef rather than the pork some places use.

To calm things down we added {D:干煸四季豆}, green beans fried until wrinkled and tossed with preserved vegetables, and a bowl of {D:担担面}, which here comes dry, with the sauce hiding at the bottom of the bowl waiting to be stirred up.

Dessert is a single choice, {D:红糖糍粑}: fried rice cakes drizzled with brown-sugar syrup and rolled in toasted soybean flour. Order it even if you are full.

Service is brisk and friendly. Book ahead at weekends, and ask for a table away from the kitchen door unless you enjoy the smell of frying chillies as much as I do.
""")

dd("history-article-bracketed-names", """
The Reformer of Kaifeng: Wang Anshi and the New Policies
From the series "Statesmen of Imperial China" | Reading time: 6 minutes

In the middle of the eleventh century the Northern Song dynasty ({D:北宋}) was rich, populous and nearly bankrupt. Its armies were enormous, its northern neighbours the Liao ({D:辽}) and the Western Xia ({D:西夏}) had to be paid off with silver and silk, and the peasants who bore most of the tax burden were falling into debt.

In 1069 the young Emperor Shenzong ({D:宋神宗}) turned to Wang Anshi ({D:王安石}), an official from Linchuan ({D:临川}) in Jiangxi with a reputation for stubborn honesty and brilliant prose. From the capital at Kaifeng ({D:开封}) Wang launched a programme known as the New Policies ({D:新法}).

The best known of these was the Green Sprouts Law ({D:青苗法}), which offered farmers state loans in spring, to be repaid after the harvest at a lower rate than village moneylenders charged. The Baojia system ({D:保甲法}) organised households into groups responsible for local policing and militia training, and the Hired Service Law ({D:募役法}) replaced compulsory labour with a cash levy.

The reforms divided the court. Their fiercest critic was the historian Sima Guang ({D:司马光}), who withdrew to Luoyang ({D:洛阳}) and spent fifteen years compiling the great chronicle known as the Comprehensive Mirror to Aid in Government ({D:资治通鉴}). Critics argued that the loans were forced on farmers who did not want them and that local officials used the quotas to enrich themselves.

When Shenzong died in 1085, Sima Guang returned to power and repealed most of the New Policies within months. Wang Anshi, living in retirement in Jiangning ({D:江宁}), today's Nanjing ({D:南京}), died the following spring. Historians still argue over whether he was a visionary or a zealot; few deny that he asked the right questions.

Further reading: the next article in this series covers the poet-official Su Shi and his exile to Hainan.
Share this article: Email | Print | Copy link
""")

dd("poem-essay-line-quotes", """
Reading Slowly: Du Fu's "Spring View"
A close-reading series for the university poetry society | Week 5

Du Fu wrote "Spring View" ({D:春望}) in 757, in the capital Chang'an, which had fallen to the rebel An Lushan. He was effectively a prisoner there, separated from his wife and children. The poem has only eight lines, and it rewards reading one line at a time.

It opens with {D:国破山河在}, "the state is broken, yet the mountains and rivers remain." The shock is in the word "yet": the landscape does not care what happens to governments. The second line, {D:城春草木深}, "in the city it is spring, and grass and trees grow deep," sounds peaceful until we realise that grass grows deep only in streets nobody walks any more.

The third and fourth lines are among the most debated in Chinese poetry. {D:感时花溅泪} can be read "moved by the times, the flowers splash tears" or "moved by the times, I shed tears on the flowers." Likewise {D:恨别鸟惊心} is either "grieving at parting, the birds start in fright" or "grieving at parting, birdsong startles my heart." Good translations usually choose one reading; good readers hold both.

In the second half the war becomes personal. {D:烽火连三月} tells us "the beacon fires have burned for three months on end," and the next line gives the price of news: {D:家书抵万金}, "a letter from home is worth ten thousand in gold."

The poem ends not with the nation but with the poet's scalp. {D:白头搔更短}, "I scratch my white head and the hair grows thinner," and then {D:浑欲不胜簪}, "soon it will be too sparse to hold a hairpin." A man who could no longer wear the hairpin could no longer wear an official's cap. The collapse of the empire is measured, finally, in a few grey hairs.

Next week: Li Bai and the moon.
""")

dd("parenting-blog-mixed-sentences", """
Two Languages at the Breakfast Table
Maple & Bamboo — notes on raising bilingual kids | Posted on a Sunday morning

Our daughter Mia turned four last month, and lately her sentences come out half in English and half in Mandarin. This morning she announced, "I don't want {D:粥}, I want toast," {D:粥} being the rice porridge her grandmother makes every single day.

At first this worried me. Was she confusing the two languages? Our speech therapist friend laughed and said it is completely normal. Children who grow up with two languages borrow whichever word comes to mind first, and they usually know exactly what they are doing.

The evidence is all around us. With her grandmother Mia says "{D:奶奶}, look, I made a {D:恐龙}!" — Grandma, look, I made a dinosaur — but with my English-speaking parents the dinosaur stays a dinosaur. When she wants more ice cream from me she asks, "Can I have {D:一点点} more?", a tiny bit more, because she has learned that {D:一点点} sounds smaller and more reasonable than "some."

Her favourite mixed sentence at the moment is "The cat is {D:好可爱} today," the cat is so cute today, which she says every day regardless of what the cat is actually doing.

Our only rule is that each adult sticks mostly to one language. My husband speaks Mandarin with her, I speak English, and her grandmother speaks a mixture of Mandarin and Cantonese that none of us fully understands.

If you are raising bilingual children too, I would love to hear the funniest mixed sentences your kids have come up with. Leave them in the comments below.
""")

dd("film-review-title-dialogue", """
Film Review: "Before the Rain Stops"
Festival screenings, Competition section | Three and a half stars

Zhou Lan's second feature, released at home under the title {D:《雨停之前》}, is a quiet, rain-soaked drama set in a river town in Guizhou that is about to be flooded for a reservoir. Its English title is a faithful translation, and like the film itself it promises a little more than it delivers.

The story follows Xiaoyu, a woman in her thirties who returns from Shenzhen to help her father pack up the family's noodle shop before the water arrives. The father refuses to leave, and most of the film consists of the two of them circling each other in the shop's cramped kitchen.

The best scene comes at the midpoint. After a long silence the father pushes a bowl across the table and says, {D:“你走吧，这里的雨不会停的。”} — "Go. The rain here is never going to stop." The English subtitles render it simply as "Go. It won't stop raining here," which loses the weight of "here," the sense that the rain belongs to this place and to his grief.

Cinematographer Tang Wei shoots almost everything through windows streaked with water, which is beautiful for the first hour and a little monotonous after that. The performances, however, are superb, especially from the veteran actor playing the father, whose face does more than the dialogue ever could.

The ending, which I will not spoil, is abrupt. Some viewers at the screening found it brave; I found it tired. Still, this is a director worth watching, and "Before the Rain Stops" is worth seeing on the largest screen you can find.

Running time: 118 minutes | In Mandarin with English subtitles | Reviewed by Daniel Okafor
""")

dd("artist-interview-answers", """
In the Studio: A Conversation with Ceramicist Chen Yiwen
Interview by Rosa Marlow | Crafts Quarterly, Winter issue

Chen Yiwen works in a converted tractor shed outside Jingdezhen, where she has made porcelain for nineteen years. She speaks good English but switches to Mandarin when a thought matters to her, and then translates herself.

Why porcelain rather than stoneware?
"Because it does not forgive. {D:瓷器不会原谅你。} If your hand shakes, the clay remembers. Stoneware is kinder, but I don't want kindness when I work."

Your bowls are famous for being slightly uneven. Is that deliberate?
"Half deliberate. My teacher used to say {D:手比眼睛诚实} — the hand is more honest than the eye. I try not to correct what the hand does. When I make a bowl perfectly round, it looks like it came from a factory."

What do you think about when you are at the wheel?
"Nothing, if it goes well. {D:什么都不想，这是最好的状态。} Thinking about nothing, that is the best state. If I start thinking about money or an exhibition, the wall of the bowl collapses."

You fire your kiln with wood. Isn't that difficult?
"Very. It takes three days and we don't sleep much. But the ash falls on the glaze and makes colours I could never plan. {D:火是我的合作者。} Fire is my collaborator, and like every collaborator it has bad days."

What would you say to a young potter starting out?
"Make a thousand bowls before you show anyone. Then break nine hundred of them."

Chen Yiwen's exhibition "Ash and Water" runs at the Lindqvist Gallery until the end of February.
""")

dd("business-etiquette-toasts", """
Doing Business in China: A Practical Guide to the Banquet Table
Chapter 4 of our free cross-cultural training handbook for sales staff

For many first-time visitors, the formal dinner is more stressful than the negotiation. This chapter covers the phrases you will hear most often and how to respond.

The host usually opens with a short speech and the word {D:干杯}, literally "dry the cup." Strictly speaking it means you should empty your glass, but it is also used loosely as "cheers." If you cannot drink much, listen for the kinder alternative {D:随意}, "as you like," which allows you to take only a sip.

A junior person toasting a senior one may say {D:我先干为敬}, "I will drink first as a mark of respect," and then empty the glass before the other person. Hold your glass slightly lower than your counterpart's when you clink; it is a small gesture of humility that is always noticed.

When you are introduced to an important guest, {D:久仰大名}, "I have long admired your name," is a formal but still common greeting. A simpler and very useful phrase is {D:请多关照}, "please look after me," said when you begin working with someone new.

At the end of the meal, the standard toast to a business relationship is {D:合作愉快}, "to a pleasant cooperation." Expect to hear it several times.

Finally, if someone praises you, do not say "thank you" too quickly. The traditional modest reply is {D:哪里哪里}, literally "where, where," meaning "oh, not at all." It may feel odd, but your hosts will appreciate the effort.
""")

dd("martial-arts-history-motto", """
Fists of the Grand Canal: A Short History of the Cangzhou Schools
Heritage series | Text by the museum's education department

The city of Cangzhou ({D:沧州}) in Hebei has been called {D:武术之乡}, "the home of martial arts," since at least the Qing dynasty. Its position on the Grand Canal made it a busy stop for merchants and an attractive target for robbers, and escort agencies that guarded cargo hired local fighters in large numbers.

Several styles grew up there, among them Bajiquan ({D:八极拳}), known for short, explosive strikes delivered at very close range, and Piguazhang ({D:劈挂掌}), whose long swinging arm movements look almost like a windmill. Families often practised more than one style, and teachers passed on their methods to relatives first.

Most schools shared a common motto, painted above the door of the training hall: {D:未曾学艺先学礼，未曾习武先习德}. In English it says, "Before you learn the art, learn courtesy; before you train in fighting, train in virtue." New students were expected to spend weeks bowing, sweeping the floor and serving tea before they were taught a single technique.

Another saying that visitors still hear is {D:拳打卧牛之地}, "a fist needs only the space where an ox can lie down." It reminded students that real fights happen in narrow alleys and crowded inns, not on open training grounds, and that footwork must be compact.

The gallery on the second floor displays weapons, escort-agency flags and photographs of teachers from the 1920s. Demonstrations by members of local clubs take place every Saturday at ten in the courtyard.

Opening hours: Tuesday to Sunday, 9:00 to 17:00. Closed on Mondays.
Admission is free; guided tours in English can be booked a week in advance.
""")

dd("sinology-lecture-components", """
Lecture Summary: How Characters Are Built (Introduction to Sinology, Week 3)
Notes prepared by the teaching assistant for students who missed Tuesday's class

Professor Harding began by challenging the popular idea that Chinese characters are all pictures. Only a small fraction are pictographs in the strict sense, such as {D:日}, the sun, which was once drawn as a circle with a dot, or {D:木}, a tree with branches and roots.

Many common characters combine two meaningful parts. The character {D:好}, "good," joins {D:女}, woman, with {D:子}, child; whatever the original idea was, the combination is easy to remember. {D:明}, "bright," puts {D:日}, the sun, beside {D:月}, the moon. {D:休}, "to rest," shows a person, written as the narrow form {D:亻}, leaning against a tree, {D:木}.

By far the largest group, however, is the phono-semantic compounds, in which one component hints at the meaning and another at the sound. {D:妈}, "mother," combines {D:女}, woman, with {D:马}, horse, which has nothing to do with meaning and everything to do with pronunciation: both are read "ma." Similarly, {D:河}, river, pairs the water component {D:氵} with {D:可}, which once sounded close to the word for river.

The professor warned that sound components often no longer match modern pronunciation, because the language has changed over three thousand years. {D:江}, another word for river, is read "jiang," while its sound component {D:工} is read "gong."

For next week, please read chapter two of the textbook and try to find five more characters that contain the water component.

Next lecture: Tuesday at 10:00 in Room 204, "Sound and Script in Early China."
Questions about these notes can be sent to the teaching assistant by email.
""")

dd("football-fans-chant", """
Lakeside Roar Home Again as Hangzhou Edge Past Wuhan
Match report | Hangzhou Lakeside FC 2–1 Wuhan Riverside | Attendance: 31,204

There was no shortage of noise at the Lakeside Stadium on Saturday night. Long before kick-off the north stand was already chanting {D:湖畔湖畔，永不言败！} — "Lakeside, Lakeside, we never admit defeat!" — a line that has been the club's rallying cry since its promotion three seasons ago.

The visitors struck first. Wuhan's captain headed in a corner after eleven minutes, and for a while the only sound in the ground came from the small group of away fans in the corner, who answered with their own chant, {D:江城必胜}, "the River City will win."

Hangzhou levelled just before half-time through their Brazilian striker, and the home end responded with the simplest chant of all, a rolling {D:加油！加油！}, literally "add oil," the all-purpose cry of encouragement heard at every Chinese sports ground.

The winner came in the 84th minute, a curling shot from the edge of the area by the 19-year-old academy graduate Xu Hang. As the ball hit the net, thirty thousand people sang {D:这是我们的主场}, "this is our home ground," to the tune of an old folk song.

The result lifts Lakeside to fourth in the table, two points off the Asian places, with a trip to Shanghai next weekend.

Scorers: Hangzhou — Ferreira 44', Xu 84'; Wuhan — Gao 11'.
Player of the match: Xu Hang | Referee: Ma Ning
""")

dd("album-review-lyrics-inline", """
Album Review: Mo Xiaoqing, "Night Train North"
Indie folk | Eight tracks, 36 minutes | Four stars

Mo Xiaoqing's third album is a small, late-night record made almost entirely with acoustic guitar, harmonium and the occasional field recording of railway stations. It is her most personal work yet, and the lyrics deserve close attention.

The title track opens with the line {D:旧车站的灯还亮着}, "the lights of the old station are still on," sung so softly that it sounds like a thought rather than a lyric. The next line, {D:我把你的名字写在车窗上}, "I wrote your name on the train window," is followed by the devastatingly plain {D:风一吹就散了} — "one gust of wind and it was gone."

"Winter Market" is lighter, a list song about buying persimmons and roasted chestnuts with her mother. The chorus repeats {D:妈妈说慢一点}, "Mum says slow down," and each time the arrangement adds one more instrument, until the final chorus feels like a crowded street.

The centrepiece is "Letter," six minutes long and built around a single image. {D:信写了三年还没寄出}, "the letter I have been writing for three years is still unsent," she sings, and then, near the end, {D:也许邮局早就关门了}, "perhaps the post office closed long ago." It is the kind of line that makes you put the album on repeat.

Not every track lands. "Neon" tries to add a drum machine and sounds like a different artist. But as a whole, "Night Train North" is a quiet triumph.

Best tracks: "Night Train North," "Letter," "Winter Market"
Label: Small Hours Records | Release date: 6 March
""")

dd("novel-excerpt-dialogue", """
Chapter Seven: The Ferry

When Ada finally reached the jetty, the ferryman was already untying the rope. He looked at her suitcase, then at the sky, and said, {D:“最后一班。”} The last one. She nodded and climbed aboard before he could change his mind.

The boat smelled of diesel and fish. An old woman sat on a stool near the bow, shelling peanuts into a plastic bag. She watched Ada for a long time and then asked, {D:“你是谁家的孩子？”} — whose child are you? — which was the question Ada had been dreading for the whole journey.

"Lin," Ada said. "My grandfather was Lin Shouyi."

The old woman's hands stopped moving. {D:“老林家的？”} she said softly. Old Lin's family? Then she laughed, showing a single gold tooth, and pushed the bag of peanuts across the deck. {D:“吃，吃。”} Eat, eat. In this village, Ada would learn, that was how people said welcome.

They crossed the bay in silence. When the island came into view, the ferryman pointed at a white house on the hill and grunted, {D:“那就是。”} That's the one. Ada had seen it only in a photograph, faded to the colour of weak tea. In real life it was smaller, and the roof had half fallen in.

"Does anyone live there?" she asked in her careful, textbook Mandarin.

The old woman shook her head. {D:“等你呢。”} Waiting for you. Ada did not know whether she meant the house or the whole island.
""")

dd("translation-blog-renderings", """
One Word, Six Translations: the Trouble with "Jianghu"
Between the Lines — a blog about translating Chinese fiction | Post #48

If you translate martial-arts novels, sooner or later you meet {D:江湖}, and sooner or later it defeats you. Literally it is two characters, {D:江}, river, and {D:湖}, lake. Nobody reading the novels thinks of geography, though.

The oldest rendering, "rivers and lakes," is faithful and almost meaningless to an English reader. "The martial world" is clearer but sounds like the name of a theme park. Some translators prefer "the underworld," which captures the outlaw flavour but wrongly suggests gangsters and drug dealing. Others try "the wandering life," "the world of knights-errant," or simply leave the word in pinyin and trust the reader to learn it.

The problem gets worse with set phrases. Take {D:人在江湖，身不由己}, which a character says when forced to do something he dislikes. Word for word it is "person in jianghu, body not from self." I have seen it rendered as "in this world, a man is not his own master," as "in our line of work, you don't get a choice," and as "once you're in, you're in."

Each version makes the speaker a different person: a philosopher, a professional, a gangster. My own preference is the second, because it keeps the sense of a trade with its own rules, which is what {D:江湖} most often means in these books.

In the comments, tell me which rendering you would choose, and whether you think the word should be translated at all.

Tags: wuxia, terminology, untranslatables
12 comments | Subscribe by email
""")

dd("wedding-speech-blessing", """
Best Man's Speech — Tom and Jiayi's Wedding
As delivered (more or less) at the Riverside Barn, 12 September

Good evening, everyone. For those who don't know me, I'm Sam, and I have known Tom since we were eleven and got lost together on a school trip to the zoo. He has not improved at reading maps, but he did find Jiayi, so his sense of direction works when it matters.

(Pause for laughter, hopefully.)

I want to say a few words in Mandarin for Jiayi's family, who have travelled all the way from Chengdu. I have practised this for three months, so please be kind. {D:祝你们百年好合，永结同心。} For everyone else: that means "I wish you a hundred years of harmony, and hearts joined forever." It's a traditional wedding blessing, and Jiayi's grandmother has promised to tell me afterwards how badly I pronounced it.

Jiayi also taught me another phrase, which I believe she meant as a warning to Tom: {D:白头偕老}, literally "grow white-haired and old together." Tom, looking at your hairline, you're already halfway there.

When they first met, Tom tried to impress her by cooking a Sichuan dinner. She told me later that her first words on tasting it were {D:不辣}, "not spicy." He has been adding chillies ever since, and we've all been suffering.

Seriously, though, I've never seen Tom happier. So please raise your glasses. To Tom and Jiayi — cheers, and {D:干杯}!

(Sits down quickly before anyone can correct the tones.)
""")

dd("tour-guide-script-sights", """
Palace Museum Walking Tour — Guide Script, Morning Route (90 minutes)
For use by volunteer guides; speak slowly and pause at each numbered stop.

Stop 1. Welcome, everyone, to the Forbidden City, or in Chinese {D:紫禁城}, though most people in Beijing today simply call it the Palace Museum, {D:故宫}. We are standing in front of the Meridian Gate ({D:午门}), the main southern entrance, where the emperor once announced the new calendar each year.

Stop 2. As we pass through, you will see five white marble bridges crossing a curving stream. These are the Inner Golden Water Bridges ({D:内金水桥}). The central bridge was reserved for the emperor alone; officials used the side ones.

Stop 3. Ahead is the Gate of Supreme Harmony ({D:太和门}), guarded by a pair of bronze lions. Look closely: the lion on the left has a cub under its paw, and the lion on the right holds a ball, representing the emperor's power over the world.

Stop 4. Now the largest hall in the palace, the Hall of Supreme Harmony ({D:太和殿}), used for coronations and great ceremonies. Behind it are the smaller Hall of Central Harmony ({D:中和殿}), where the emperor rested before ceremonies, and the Hall of Preserving Harmony ({D:保和殿}), where the highest level of the imperial examination was held.

Stop 5. We are now in the inner court. This is the Palace of Heavenly Purity ({D:乾清宫}). Above the throne hangs a plaque reading {D:正大光明}, "open and aboveboard," behind which later emperors hid the name of their chosen heir.

Stop 6. Our tour ends in the Imperial Garden ({D:御花园}). Please stay with the group until we reach the exit at the Gate of Divine Might ({D:神武门}), and thank you for joining us.
""")

dd("festival-newsletter-customs", """
Harbourside Community Centre Newsletter — January Issue
Feature: Getting Ready for the Spring Festival

With the Lunar New Year just three weeks away, we asked members of our Chinese Seniors' Club to tell us how they prepare. Here are the customs they mentioned most.

Preparations begin about a week before, with {D:扫尘}, "sweeping away the dust": a thorough spring-clean that sweeps out the bad luck of the old year. Mrs Huang told us her mother used to make the children scrub the window frames with toothbrushes.

Next comes {D:贴春联}, pasting up spring couplets, the red paper strips with matching lines of verse that go on either side of the front door. Many families also stick the character {D:福}, good fortune, upside down, because "upside down" sounds like "arrived" in Mandarin.

On New Year's Eve the whole family gathers for {D:年夜饭}, the reunion dinner, which in the north almost always includes dumplings. Afterwards many people stay awake past midnight, a custom called {D:守岁}, "guarding the year."

Children look forward most to {D:压岁钱}, money in red envelopes given by older relatives. On the first morning of the new year everyone goes out for {D:拜年}, visiting friends and family to wish them well.

The celebrations end fifteen days later with {D:元宵节}, the Lantern Festival, when people eat sweet rice balls and try to solve riddles hung on lanterns.

Our own celebration takes place on Saturday 7 February in the main hall. Everyone is welcome, and dumpling-making starts at 2 pm.
""")

dd("bilingual-picture-book", """
Little Bear and the Moon / {D:小熊和月亮}
A bilingual picture book for ages 3 to 6 | Pages 4–5

Little Bear could not sleep. {D:小熊睡不着。} He looked out of the window and saw the moon sitting on top of the hill. {D:他往窗外看，看见月亮坐在山顶上。}

"I want to touch the moon," said Little Bear. {D:“我想摸摸月亮。”小熊说。} So he put on his red boots and walked out into the night. {D:于是他穿上红靴子，走进了夜里。}

He climbed and climbed. {D:他爬呀爬呀。} But when he reached the top of the hill, the moon was sitting on the next hill. {D:可是他爬到山顶的时候，月亮已经坐在下一座山上了。}

"Wait for me!" cried Little Bear. {D:“等等我！”小熊喊道。} The moon only smiled. {D:月亮只是笑了笑。}

At last Little Bear was too tired to climb any more. {D:最后，小熊累得爬不动了。} He sat down by a pond to rest. {D:他在池塘边坐下来休息。} And there, in the water, right beside him, was the moon. {D:就在那里，在水里，在他身边，就是月亮。}

Turn the page to see what Little Bear did next. {D:翻到下一页，看看小熊做了什么。}
""")

dd("linguistics-paper-glosses", """
Aspect without Tense: Evidence from Mandarin Perfective Marking
Working paper, Department of Linguistics | Draft of 2 November, not for citation

3.2 Perfective le and the expression of completed events

It is often claimed that the Mandarin particle {D:了} marks past tense. The data in this section suggest that it is better analysed as a perfective aspect marker that is neutral with respect to tense. Consider first the plain past-time sentence {D:他吃了三碗饭} (tā chī le sān wǎn fàn, he eat PFV three CL rice), "He ate three bowls of rice," where {D:了} follows the verb and presents the event as a bounded whole.

The same marker appears in future contexts, however. In {D:明天你吃了饭再走} (míngtiān nǐ chī le fàn zài zǒu, tomorrow you eat PFV rice then go), "Tomorrow, leave after you have eaten," the eating has not yet happened at the time of speaking, yet {D:了} is fully acceptable. A tense analysis cannot account for this.

Conversely, past events may be described without {D:了} when they are presented as ongoing or habitual. Our informants judged {D:那时候他每天吃三碗饭} (nà shíhou tā měitiān chī sān wǎn fàn, that time he every.day eat three CL rice), "At that time he ate three bowls of rice every day," as natural, while the variant with {D:了} after the verb was rejected by eleven of twelve speakers.

Finally, the sentence-final particle {D:了} should be kept apart from the verbal one. In {D:他吃饭了} (tā chī fàn le, he eat rice CRS), "He has eaten" or "He is eating now," the particle signals a currently relevant state rather than a completed event. Section 3.3 turns to the interaction of both markers in a single clause.

Notes: The informants were twelve native speakers from Beijing and Tianjin, aged 21 to 54. Glosses follow the Leipzig conventions.
Abbreviations: CL classifier; CRS currently relevant state; PFV perfective.
""")

dd("memoir-grandmother-sayings", """
What Nainai Said
An excerpt from "The Kitchen on Wuyi Road," a memoir | Chapter 2

My grandmother never gave advice directly. She spoke in proverbs, dozens of them, and she expected me to work out what they meant. I was in my thirties before I understood half of them.

When I came home from school crying because another boy had taken my seat and I had given it up, she said only {D:吃亏是福}, "taking a loss is a blessing." At the time I thought she was taking his side. Now I think she meant that the one who gives way loses a seat and keeps his peace of mind.

When I was impatient to finish my homework, or later to finish my degree, she would tap the table and say {D:饭要一口一口吃}, "rice must be eaten one mouthful at a time." She said it so often that my cousins and I shortened it to "mouthful," as in, "Don't worry, mouthful."

Her favourite, though, was {D:人穷志不穷}, "a person may be poor, but his ambition need not be." She had grown up with almost nothing in a village outside Ningbo, and she repeated it whenever anyone in the family complained about money.

She had a sharper saying for people who forgot their lessons: {D:好了伤疤忘了疼}, "once the scar heals, the pain is forgotten." She used it on my uncle every time he lost money on another business idea.

She died when I was twenty-six. At her funeral, my uncle stood up and tried to speak, stopped, and finally said only, "Mouthful." Everyone laughed and cried at the same time.
""")

dd("product-review-box-text", """
Customer review: "Solid kettle, confusing box" ★★★★☆
Reviewed by a verified buyer | Model: HomeBrew SK-17 smart electric kettle, 1.7 litres

I bought this kettle from an import shop because it was half the price of the big-name brands, and overall I am happy with it. A few notes for anyone considering it.

The box is printed entirely in Chinese, which threw me at first. The big line on the front says {D:智能电热水壶}, which a colleague told me just means "smart electric kettle." Underneath is a row of icons with short labels: {D:一键保温}, "one-touch keep warm," {D:六档温控}, "six temperature settings," and {D:防干烧}, which apparently means protection against boiling dry. All three features work as described.

On the side panel there is a warning in red, {D:请勿在无水状态下使用}, "do not use without water," and the line {D:本产品仅限家庭使用}, meaning it is for household use only. The English manual inside is thin but covers the basics.

The 40-degree setting is perfect for baby formula and the 85-degree one for green tea. It boils a full jug in about four minutes and is quieter than my old kettle.

Minus one star because the lid hinge feels flimsy, and the plug needed an adapter. If you can live with that and a box you cannot read, it is good value.

Was this review helpful? Yes (23) No (2)
""")


# ---------------------------------------------------------------- leftovers

ll("news-middle-sentence-zh", """
Xinhe District Deploys Winter Heating Work to Ensure Residents Stay Warm
Source: District Integrated Media Center | Published: 2026-12-03 | Font size: Large Medium Small

On the morning of December 2, Xinhe District held a promotion meeting on winter heating work, summarizing the progress of heating preparations and arranging the next stage of tasks. Deputy district mayor Zhao Jianguo attended the meeting and delivered a speech.

The meeting pointed out that this year the district has completed the renovation of 46 kilometers of heating pipelines and upgraded 12 heat exchange stations, benefiting more than 38,000 households. {L:会议要求各街道要在本月底前完成老旧小区供暖管网的排查工作，对发现的问题建立台账，限期整改。} At the same time, heating companies should strengthen 24-hour duty and respond to residents' complaints within two hours.

The meeting emphasized that heating is a major matter concerning people's livelihood. All departments must take responsibility, strengthen coordination, and ensure that residents have a warm winter. The district will arrange inspection teams to conduct unannounced visits to residential communities and publish the results regularly.

Heating hotline: 0311-8765-4321 (24 hours)

Editor: Liu Min | Reviewer: Wang Hai

Copyright © Xinhe District Integrated Media Center | {D:冀ICP备15023318号-1}
""")

ll("report-pointed-out-clause-zh", """
City Holds Work Conference on Optimizing the Business Environment

On December 1, the city held a work conference on optimizing the business environment. Secretary of the Municipal Party Committee Wang Dongsheng attended and delivered a speech. Mayor Li Hong presided over the meeting.

Wang Dongsheng pointed out, {L:优化营商环境没有最好，只有更好}, and all levels and departments must fully understand the importance and urgency of this work. He said that in the past year the city has cut approval time for business registration to one working day and handled more than 95 percent of government services online.

Wang Dongsheng stressed that {L:要把企业满意作为衡量工作成效的根本标准}, listen carefully to the opinions of business owners, and solve practical problems in financing, land use and recruitment. Leading cadres at all levels should visit enterprises regularly and must not create obstacles or make unreasonable demands.

Li Hong said that all departments should implement the spirit of the meeting, {L:细化任务分工，明确完成时限}, and report progress to the municipal government office every month.

Responsible comrades of the municipal development and reform commission, the market supervision bureau and the administrative approval bureau made exchange speeches at the meeting. Principal leaders of all counties, districts and relevant departments attended.

Editor: Sun Jing

Source: Municipal Government Information Office | Date: 2026-12-02

[Print this page] [Close window]
""")

ll("company-profile-product-slogan", """
{D:海川智联}
Haichuan Intelligent Connection Technology Co., Ltd.

Home | Products | Solutions | News | About Us | Contact | {D:中文} | English

About Us

Haichuan Intelligent Connection Technology Co., Ltd. was founded in 2012 and is headquartered in Hangzhou. It is a national high-tech enterprise focusing on industrial Internet of Things equipment and services. The company has more than 600 employees, of whom research and development personnel account for over 40 percent.

Our flagship product, the {L:云智通} series intelligent gateway, connects production equipment of different brands to one management platform and has been deployed in more than 3,000 factories. In 2024 we launched {L:慧眼} industrial vision inspection, which helps customers detect defects on production lines in real time.

Adhering to the brand concept of "{L:让每一台设备都会说话}", Haichuan continuously increases investment in innovation and has obtained more than 180 patents. The company has established branches in Shenzhen, Chengdu and Wuhan and serves customers in more than twenty countries.

Looking to the future, we will uphold the spirit of "{L:专注、务实、共赢}" and work with partners to promote the digital transformation of manufacturing.

Address: No. 88 Wensan Road, Xihu District, Hangzhou | Tel: 0571-8866-1200

Copyright © 2026 Haichuan Intelligent Connection | {D:浙ICP备13029981号}
""")

ll("school-award-names-zh", """
Good News: Our Students Win Prizes in the Provincial Youth Science and Technology Innovation Competition
Posted by: Office of Teaching Affairs | Date: 2026-11-28 | Views: 1,432

Recently, the results of the 38th Provincial Youth Science and Technology Innovation Competition were announced. Our school's students achieved excellent results, winning 2 first prizes, 3 second prizes and 4 third prizes, ranking first among middle schools in the city.

Among them, the project "Intelligent Garbage Sorting Device Based on Image Recognition" completed by {L:李思远} and {L:王雨桐} of Class 3, Grade 11 won the first prize, and the project "Research on Water Quality of Urban Rivers" by {L:张浩然} of Class 7, Grade 10 also won the first prize. Their instructors were teachers {L:陈晓燕} and {L:刘国强}.

Second prizes were won by {L:赵一鸣}, {L:孙悦} and {L:周子涵}. The first-prize projects have been recommended to participate in the national competition next year.

Principal Ma said that the school will continue to strengthen science and technology education, support students in developing their interests, and provide better conditions for innovation.

Congratulations to the award-winning students and teachers!

Previous: School Holds Winter Sports Meeting | Next: Notice on Final Examination Arrangements
""")

ll("gov-work-report-slogans-zh", """
Government Work Report (Excerpt) — Main Tasks for 2027

The year 2027 is a key year for implementing the 15th Five-Year Plan. The general requirements for the work of the government are: {L:坚持稳中求进工作总基调}, fully implement the new development concept, and promote high-quality development.

First, we will expand effective demand. We will implement {L:“两新”政策}, support the replacement of old consumer goods, and plan 120 major projects with a total investment of 85 billion yuan. We will adhere to {L:房子是用来住的、不是用来炒的定位} and promote the stable and healthy development of the real estate market.

Second, we will deepen reform and opening up. We will continue to advance {L:“放管服”改革}, make {L:“高效办成一件事”} a normal practice, and cut the time for construction project approval by another 20 percent. We will strive to attract more than 3 billion US dollars of foreign investment.

Third, we will improve people's livelihood. We will keep the bottom line of {L:不发生规模性返贫}, create 65,000 new urban jobs, build 14 new kindergartens and renovate 230 old residential communities.

Fourth, we will strengthen the construction of the government itself. We will firmly implement {L:“过紧日子”要求} and reduce general expenditure by 5 percent, so that limited funds are used where they are needed most.

Fellow deputies, the new journey is full of glory, and hard work will create the future!

Source: Municipal People's Government portal | Published: 2027-01-16
Print | Close | Font: Large Medium Small
""")

ll("tourism-last-sentence-zh", """
Cloud Valley Scenic Area

Cloud Valley Scenic Area is located 60 kilometers northwest of the county seat, covering an area of 48 square kilometers. It is a national AAAA-level tourist attraction famous for its waterfalls, ancient trees and sea of clouds. {L:景区四季景色各异，春赏花、夏避暑、秋观叶、冬看雪。}

Entering the valley, visitors walk along a plank road of more than 5 kilometers beside a clear stream. The largest of the nine waterfalls, Silver Curtain Falls, drops 76 meters and can be heard from far away. {L:每逢雨后，瀑布水量大增，气势更加磅礴。}

At the top of the valley stands a Ming dynasty temple surrounded by ginkgo trees more than 800 years old. On clear mornings, the sea of clouds fills the valley below and the peaks look like islands. {L:据说在这里看日出的游客都会得到好运。}

The scenic area has a visitor center, parking lots, restaurants and guesthouses. A cable car connects the middle station with the summit and takes 12 minutes. {L:旺季游客较多，建议提前在网上购票。}

Opening hours: 7:30–17:30 (April to October); 8:00–17:00 (November to March)
Tickets: adults 90 yuan; students and seniors half price
Tourist hotline: 0793-555-0128
""")

ll("product-feature-list-inline-zh", """
CleanBot X7 Pro Robot Vacuum and Mop — Product Details

The CleanBot X7 Pro brings a new level of intelligence to home cleaning. With 8000 Pa powerful suction and a dual rotating mop system, it removes dust, hair and stains from hard floors and carpets in a single pass.

Equipped with {L:激光雷达导航、AI智能避障、自动集尘、自动洗拖布和热风烘干}, the X7 Pro maps your home within minutes and plans the most efficient route, so you never have to worry about missed areas or tangled cables.

The self-emptying base station holds up to 60 days of dust. Through the app you can set no-go zones, schedule cleaning by room, and check the cleaning history at any time. The X7 Pro also supports {L:语音控制和多楼层地图保存}, making it suitable for large apartments and villas.

The 5200 mAh battery provides up to 180 minutes of running time. When the battery is low, the robot returns to charge automatically and then continues cleaning from where it stopped.

Package contents: robot × 1, base station × 1, side brush × 2, mop pad × 2, dust bag × 2, {L:说明书和保修卡各一份}.

Warranty: 2 years for the whole machine, 3 years for the battery.

Price: 3,299 yuan | Add to cart | Buy now
""")

ll("biography-honours-zh", """
Home > Faculty > Expert Profiles

Expert Profile: Professor Huang Zhiming

Huang Zhiming, male, born in 1962 in Changsha, Hunan Province, is a doctoral supervisor and a leading expert in soil science and plant nutrition. He received his PhD from China Agricultural University in 1992 and later studied as a visiting scholar at the University of California, Davis.

Professor Huang has long been engaged in research on the improvement of saline-alkali land. He has presided over more than 30 national and provincial research projects, published more than 200 papers, and obtained 26 invention patents. The soil improvement technology developed by his team has been applied to more than 3 million mu of farmland.

He has been awarded the titles of {L:全国先进工作者}, {L:国家有突出贡献中青年专家} and {L:全国五一劳动奖章获得者}, and enjoys the {L:国务院政府特殊津贴}. His achievements won {L:国家科学技术进步奖二等奖} twice.

Professor Huang currently serves as the director of the Provincial Key Laboratory of Soil Ecology and as a member of several national expert committees. He has trained more than 60 doctoral and master's students, many of whom have become backbone researchers in the field.

Contact: huangzm@example-agri.edu.cn | Office: Room 412, Resources and Environment Building
Research interests: saline-alkali land improvement; soil fertility; efficient use of fertilizers
Last updated: 2026-10-09
""")

ll("event-report-guest-quote-zh", """
The Third Yangtze River Delta Digital Culture Forum Held in Suzhou
2026-11-30 | Source: Organizing Committee | Photographer: Xu Lei

On November 29, the Third Yangtze River Delta Digital Culture Forum opened in Suzhou. More than 400 guests from government departments, universities, museums and technology companies attended the forum under the theme "Digital Technology Empowers Cultural Heritage."

In her keynote speech, Professor Liu Yaqin of Fudan University said: "{L:数字技术不是要取代博物馆，而是要让更多人走进博物馆。我们不能只追求炫酷的效果，而忽视了文物本身的价值。}" Her speech was warmly applauded by the audience.

Zhang Wei, vice president of a well-known technology company, introduced how the company used high-precision 3D scanning to record more than 2,000 cultural relics, and said that the data will be opened to researchers free of charge.

At the forum, the "Yangtze River Delta Digital Museum Alliance" was officially launched, with 36 museums as the first members. Five cooperation projects were signed, with a total investment of 1.2 billion yuan.

During the two-day forum, guests also held sub-forums on digital publishing, online performances and cultural tourism, and visited the Suzhou Museum and several digital culture enterprises.

Related reading: Forum Releases Yangtze River Delta Digital Culture Development Report
""")

ll("reviews-half-sentence-zh", """
Guest Reviews — Lakeview Garden Hotel (4.6 / 5, 1,208 reviews)
Sort by: Latest | Highest score | Lowest score | With photos

Traveler1987 | Business trip | Rated 4/5
The location is very convenient, only five minutes' walk from the metro station. The room was clean and the staff were friendly, {L:就是隔音太差了，晚上能听到隔壁说话的声音}. Overall cost-effective.

Sunny_Li | Family trip | Rated 5/5
We booked a family room with a lake view. The children loved the small play area on the second floor, and {L:早餐种类很多，小笼包特别好吃}. Will come again next time we visit the city.

Anonymous user | Couple | Rated 3/5
The decoration is a bit old and the bathroom has a smell. Check-in took a long time because there was only one person at the front desk, {L:不过前台小姐姐态度很好，还送了我们水果}.

Mr. Chen | Business trip | Rated 5/5
Quiet environment, comfortable bed, fast Wi-Fi. {L:停车场有点小，晚上回来差点没有车位}, but the staff helped me find a place nearby.

Hotel response: Thank you for your valuable comments. We will continue to improve the soundproofing of our rooms and look forward to welcoming you again.

Load more reviews
""")

ll("press-release-comma-glued-zh", """
Zhongke Materials Releases 2026 Third Quarter Results

Shenzhen, October 28, 2026 — Zhongke New Materials Co., Ltd. (the "Company") today announced its unaudited financial results for the third quarter ended September 30, 2026.

In the third quarter, the Company achieved operating revenue of 2.36 billion yuan, an increase of 18.4% year on year, {L:归属于上市公司股东的净利润为3.12亿元，同比增长23.5%}. Gross margin rose to 31.2%, mainly due to the increased share of high-end products.

Sales of battery separator materials continued to grow rapidly, {L:海外市场收入占比首次超过三成}, and the second production base in Hungary started trial production in August. The Company's R&D investment in the first three quarters reached 410 million yuan, {L:新增授权发明专利47项}.

Chairman Zhou Ming said that despite fierce market competition, the Company has maintained steady growth by adhering to technological innovation and global expansion, {L:全年业绩有望实现预期目标}.

About Zhongke Materials
Zhongke New Materials Co., Ltd. is a leading supplier of functional film materials for new energy and electronics, listed on the Shenzhen Stock Exchange.

Investor relations: ir@zhongke-materials.example.com | +86 755 2668 0000
""")

ll("notice-deadline-sentence-zh", """
Notice on Registration for the 2027 Spring Semester Community Evening School

To all residents:

In order to enrich the cultural life of residents and promote lifelong learning, the Street Community Education Center will open the 2027 spring semester evening school. Matters related to registration are hereby notified as follows.

1. Courses: calligraphy, traditional painting, smartphone use for seniors, Tai Chi, choir, English conversation, cooking and home gardening. Each course has 16 sessions, held once a week from 19:00 to 20:30.

2. Eligibility: residents with household registration or residence permits in this street aged 18 and above. Each person may register for no more than two courses.

3. Registration method: residents can register through the community public account or at the service hall on the first floor of the community center. {L:报名截止时间为2027年1月15日下午5点，逾期不予受理。} If a course is oversubscribed, places will be decided by lottery.

4. Fees: all courses are free of charge; materials for painting and cooking classes are paid for by the students themselves.

Contact: Teacher Wu, 021-6258-3301 (weekdays 9:00–17:00)

Street Community Education Center
December 3, 2026
""")

ll("research-project-funding-zh", """
Our Team Makes Progress in Early Warning of Urban Waterlogging
Published by: School of Civil Engineering | 2026-11-25

Recently, the research group led by Professor Fang Hui of our school published a paper in an international journal of hydrology, proposing a new method for predicting urban waterlogging during heavy rain. The method can issue warnings up to two hours in advance with an accuracy of more than 85 percent.

The research is part of the project "{L:基于深度学习的城市内涝预警关键技术研究}", which is supported by the {L:国家自然科学基金委员会} and the {L:广东省重点领域研发计划}. The team combined radar rainfall data, drainage network models and street-level sensors, and trained a neural network on records of more than 300 rainstorms.

The method has been tested in two districts of the city during this year's flood season and successfully warned of eleven waterlogging events. It is now being integrated into the municipal emergency management platform.

Doctoral student Ye Qing is the first author of the paper, and Professor Fang Hui is the corresponding author. The work was also supported by the {L:城市水安全重点实验室开放基金}.

Paper link: see the school website for details.

Editor: Pan Yue | Reviewer: Gao Lin
""")

ll("alternating-story-continues-zh", """
The Last Kite Maker on Dongsi Lane
Culture Channel | Feature | 2026-12-02

Every morning at six, 78-year-old Guo Baoshan opens the wooden door of his workshop and lights the small coal stove. {L:他做风筝已经六十多年了，是这条胡同里最后一位老手艺人。} He learned the craft from his father, who made kites for the families of the old city before 1949.

The workshop is only eight square meters. Bamboo strips, paper and pots of paint cover every surface. {L:墙上挂着一只两米长的沙燕风筝，那是他年轻时参加比赛得奖的作品。} He says he has never sold it, even when a collector offered him a large sum.

Making one kite takes him three days. He splits the bamboo himself, bends it over a candle flame, and paints the paper by hand with patterns of swallows and butterflies. {L:去年，他的孙子开始跟他学习，还帮他在网上开了一家小店。} Orders now come from as far away as Guangzhou and Harbin.

When asked whether the craft will survive, Guo smiles and says it depends on young people. {L:说完，他拿起一只刚做好的小风筝，走到院子里，让它在冬日的风中慢慢升了起来。}

Photo: Guo Baoshan in his workshop (photographed by reporter Han Xue)
Editor: Zhou Ping | Reviewer: Li Na
Related: Old Beijing Crafts Series — the Paper-Cutter of Qianmen
""")

ll("health-recommendation-zh", """
How to Protect Your Heart in Winter: Doctors Give Five Suggestions
Health Channel | Source: Municipal First People's Hospital | Reading: 5,812

As temperatures drop, the number of patients with cardiovascular and cerebrovascular diseases usually increases significantly. Cold weather causes blood vessels to contract and blood pressure to rise, which increases the burden on the heart. Doctors from the cardiology department of the Municipal First People's Hospital remind the public to take the following precautions.

First, keep warm. Pay special attention to the head, neck and feet when going out, and avoid sudden changes from a warm room to the cold outdoors.

Second, exercise moderately. Middle-aged and elderly people are advised not to exercise too early in the morning; it is better to go out after the sun rises. {L:运动时如果出现胸闷、胸痛或者心慌等症状，应立即停止运动并及时就医。}

Third, eat a balanced diet with less salt and less fat, and eat more vegetables, fruits and whole grains. Do not overeat at dinner.

Fourth, take medicine on time. Patients with hypertension or coronary heart disease must not stop taking their medicine without a doctor's advice, and should measure their blood pressure regularly.

Fifth, keep a good mood and get enough sleep. Avoid staying up late and emotional excitement.

Expert profile: Chief physician Deng Li, director of the cardiology department, has 25 years of clinical experience.
""")

ll("sports-player-quote-zh", """
Provincial Basketball League: Dragons Beat Tigers 98–91 in Overtime
Sports Channel | 2026-12-01 | Reporter: Jiang Tao

On the evening of November 30, the Provincial Men's Basketball League continued in the city gymnasium. After 48 minutes of fierce competition, the home team Dragons defeated the visiting Tigers 98–91 in overtime and extended their winning streak to six games.

The Tigers led by 12 points at halftime, relying on accurate three-point shooting. In the third quarter the Dragons strengthened their defense and gradually narrowed the gap. With 8 seconds left in the fourth quarter, point guard Luo Chen made a long three-pointer to tie the score at 86–86 and send the game into overtime.

In overtime the Dragons scored the first seven points and never looked back. Luo Chen finished with 31 points and 9 assists, and center Bai Yu added 18 points and 14 rebounds.

After the game, Luo Chen said in an interview: "{L:最后那个球我其实没想太多，教练让我大胆投，我就投了。这场胜利属于全队。}"

Tigers head coach Meng Fan admitted that his team's physical strength dropped in the second half and that turnovers at key moments cost them the game.

The Dragons will play away against the Eagles on Wednesday evening.
""")

ll("culture-same-topic-different-zh", """
A Cup of Tea in Anxi: The Story of Tieguanyin

Anxi County in southern Fujian is known as the hometown of oolong tea, and its most famous product is Tieguanyin, named after the Buddhist goddess of mercy. The tea is prized for its orchid-like aroma and a sweet aftertaste that lingers in the throat.

Local legend says the tea plant was discovered in the Qing dynasty by a poor farmer who cared for a ruined temple. {L:另一种说法则认为，这种茶是一位书生献给乾隆皇帝的，皇帝品尝后赐名“铁观音”。}

Making Tieguanyin is a complex process that includes withering, shaking, rolling and roasting, and it can take more than two days. The shaking step, in which leaves are tossed in bamboo drums so that their edges bruise and oxidize, is considered the most important. {L:近年来，当地很多茶农开始用机器代替手工，但老师傅们认为机器做出来的茶少了一点味道。}

Today, tea is the pillar industry of Anxi, and more than 800,000 people in the county are engaged in tea-related work. Every autumn the county holds a tea king competition, where the best teas are auctioned at high prices.

Visitors can tour tea gardens and factories, take part in tea-picking experiences, and learn the traditional kung fu tea ceremony.

Source: County Culture and Tourism Bureau | Editor: Lin Qiao
Share to: WeChat | Weibo | QQ Zone
""")

ll("legal-statute-clause-zh", """
Court Rules Online Store Must Pay Triple Compensation for Selling Fake Health Products
Rule of Law Channel | 2026-11-27 | Correspondent: Qin Fang

Recently, the People's Court of Binjiang District concluded a case of online shopping consumer rights protection, ruling that an online store selling falsely labeled health products should refund the purchase price and pay three times the amount as compensation.

In March this year, Ms. Wang bought six boxes of a so-called imported fish oil from the store for 2,380 yuan. After taking it she found that the packaging had no Chinese label, and inspection showed that the content of the main ingredient was far below what was advertised. Negotiations with the store failed, and she sued the store in court.

The court held that the store's behavior constituted fraud. According to Article 55 of the {L:《中华人民共和国消费者权益保护法》}, {L:经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失}, and the increased compensation shall be three times the price of the goods. The court therefore ruled that the store should refund 2,380 yuan and pay compensation of 7,140 yuan.

The judge reminded consumers to keep order records and chat logs when shopping online, and to protect their rights through legal channels when their legitimate interests are infringed.

The judgment has taken effect.

Editor: Xie Wen | Reviewer: Tang Jun
Related: Judges Explain Common Disputes in Live-Stream Shopping
""")

ll("festival-activity-names-zh", """
Lantern Festival Temple Fair Returns to the Old Town This Year
2026-12-04 | Source: District Culture and Tourism Bureau

The annual Lantern Festival Temple Fair will be held in the Old Town Cultural Square from February 20 to February 22, 2027. After a two-year pause for renovation of the square, the fair is expected to attract more than 200,000 visitors.

This year's fair will feature more than 30 folk activities. On the main stage there will be {L:舞龙舞狮} and {L:踩高跷} performances every afternoon, while the east corridor will host {L:猜灯谜} with small prizes for correct answers. Families with children can try {L:包汤圆} and {L:捏面人} at the interactive area.

In addition, more than 80 stalls will sell traditional snacks and handicrafts from across the province. The organizers have also arranged {L:非遗展演} and an evening show of {L:打铁花} on the final night, which is expected to be the highlight of the fair.

The lantern display will be lit from 17:30 to 22:00 each day. Admission is free, but visitors must make reservations through the city culture and tourism official account. To ensure safety, the number of visitors at the same time will be limited to 15,000.

Traffic tips: visitors are advised to take the metro to Old Town Station, Exit B. There will be no parking near the square during the event.

Editor: Feng Xiao | Proofreader: He Jia
""")

ll("hotel-breakfast-sentence-zh", """
Jade Spring Resort Hotel

Home | Rooms | Dining | Meetings | Hot Springs | Offers | {D:中文} | EN

Nestled at the foot of Phoenix Mountain, Jade Spring Resort Hotel is a five-star hot spring resort just 40 minutes' drive from the city center. The hotel has 186 guest rooms and suites, each with a private balcony overlooking the forest or the lake.

All rooms are equipped with a king-size or twin beds, a rain shower, a minibar, free high-speed Wi-Fi and a smart TV. Villa suites also have a private outdoor hot spring pool.

Dining

The hotel's all-day restaurant serves Chinese and Western cuisine with ingredients from local farms. {L:早餐时间为每天早上6:30至10:00，提供中西式自助餐，住店客人凭房卡免费用餐。} The Chinese restaurant on the second floor specializes in Cantonese dishes and mountain delicacies, and the lobby bar offers afternoon tea and cocktails.

Hot Springs

Our 32 outdoor hot spring pools are fed by natural mineral water at a temperature of 52°C. Guests can also enjoy the sauna, fitness center and children's water park.

Address: No. 1 Yuquan Road, Phoenix Mountain Tourist Resort | Reservations: 400-800-6688
""")

ll("forum-question-half-zh", """
Travel Forum › Asia › China › Yunnan

Topic: Lijiang to Shangri-La by train — worth it?

Posted by backpacker_mei | Joined: 2023 | Posts: 86

Hi everyone, I'm planning a trip to Yunnan in late March with my parents, who are in their sixties. We will spend three days in Lijiang and then want to go to Shangri-La. I read that the new railway opened recently, {L:请问火车票好买吗？需要提前多久在网上预订？} Also, is the train better than the bus for older people?

My mother had mild altitude sickness in Tibet years ago, so I'm a bit worried. {L:香格里拉海拔三千多米，老人去了会不会有高原反应？有没有什么药可以提前准备？}

Any advice on hotels in the old town of Shangri-La would also be welcome. Thanks in advance!

Reply #1 by yunnan_local | Posts: 2,341

The train takes about 1 hour 20 minutes and tickets usually sell out at weekends, so book as early as you can. Shangri-La is around 3,300 meters. Take it easy on the first day, drink plenty of water and don't shower right after arriving.

Reply #2 by backpacker_mei

Thank you so much, very helpful!
""")

ll("job-ad-requirements-zh", """
Recruitment: Overseas Marketing Specialist (2 positions)
Company: Ruida Medical Devices Co., Ltd. | Location: Suzhou | Salary: 12,000–18,000 yuan per month

Job responsibilities:
1. Develop overseas markets in Southeast Asia and the Middle East, and maintain relationships with distributors.
2. Participate in international exhibitions and collect market information on competitors.
3. Prepare product presentations and English marketing materials, and follow up on orders.

Job requirements: {L:本科及以上学历，市场营销、国际贸易或医学相关专业优先，英语六级以上，能熟练进行商务沟通，有医疗器械行业海外销售经验者优先，能适应经常出差。}

Benefits: five social insurances and one housing fund, annual physical examination, paid annual leave, holiday gifts, performance bonus and overseas training opportunities.

Ruida Medical Devices was founded in 2008 and specializes in the research, development and production of minimally invasive surgical instruments. Its products are sold in more than 50 countries and regions.

Interested candidates please send your resume to hr@ruida-med.example.com, with the subject line "Application – Overseas Marketing – Name."

Application deadline: January 31, 2027
""")


if __name__ == "__main__":
    SET.build()
