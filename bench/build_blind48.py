"""Build bench/sets/detect48-*.jsonl: a held-out, hand-written detection set ("detect48").

Theme: sports, fitness, esports and board games.

Twenty-two English pages that contain Chinese on purpose, each a different site and layout: a Go
club glossary as a Markdown table (term, pinyin, English), a xiangqi primer reading the pieces, a
supporters' trust page with fan chants in English first and the Chinese "as sung" further down, an
esports wiki player profile (name, handle and teams in characters), a table-tennis academy's list
of court commands with pinyin, a marathon guide explaining bilingual course signs, a dragon-boat
regatta report quoting the drum call, the eight Baduanjin movement names with translations, a
mahjong tile primer, Go proverbs with translations a paragraph later, a stream-slang glossary for
esports viewers, a museum label on cuju, a climbing topo with painted route names, a film review
glossing a volleyball slogan, a jianzi (shuttlecock kicking) lesson, xiangqi opening names, an
encyclopedia lead for a tennis player, a fitness app's release notes listing Mandarin voice cues,
a feature on square dancing, a wushu school FAQ, a CBA newcomer's guide to team names and
scoreboard words, and a badminton club page with a `中文` link, the club's Chinese name beside its
English one and ICP/police record numbers.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
rowing federation news with an untranslated photo caption and an extra fact paragraph, a football
club announcement with clauses glued after English ones and a Chinese disclaimer, half-marathon
results with Chinese team cells and a timing note, a ticketing page with Chinese tier notes and
rules, gym membership plans with one plan and an FAQ answer left in Chinese, an esports bracket
with Chinese team names and prize line, a match report with an untranslated player quote, marathon
registration rules, a youth league fixture table with Chinese venues, Go dan promotions, a
swimming championships notice, a stadium's prohibited-items list, an esports rulebook chapter, a
fitness class timetable, a badminton association news list with Chinese headlines and `更多>>`, a
volunteer recruitment page with a QR caption, dragon-boat results with Chinese crew names, table
tennis standings with a Chinese footer, a cycling-race traffic control notice, a sports shop
product page with Chinese size note and Q&A, a xiangqi disciplinary decision, and a live stream
page with Chinese buttons and team names. Deliberate Chinese on those pages (a `中文` link, ICP
numbers, an organisation or crew name given with its English) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set. The
set was written BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench
sets or their builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the
first 70 and last 30 lines of build_blind25.py as a model of the file format were read), and
mtmend was never run on these pages.

Rebuild: `python3 bench/build_blind48.py` from the repository root; it rewrites
bench/sets/detect48-deliberate.jsonl (ids d48d-NN) and bench/sets/detect48-leftovers.jsonl
(ids d48l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect48", chars=(700, 4000), lines=(8, 50)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("go-glossary-table", """
Riverside Go Circle › Learn › Glossary

A Beginner's Glossary of Go Terms

Most of our members learned from Chinese or Japanese teachers, so you will hear the same ideas under several names at the club. This table lists the Chinese term, its pinyin, and what we mean by it in English.

| Chinese | Pinyin | English | Notes |
|---|---|---|---|
| {D:围棋} | wéiqí | Go (the game itself) | Literally "the surrounding game". |
| {D:气} | qì | liberty | An empty point next to a stone or group. |
| {D:眼} | yǎn | eye | A group with two real eyes cannot be captured. |
| {D:打吃} | dǎchī | atari | A group down to one liberty. |
| {D:劫} | jié | ko | You may not retake at once; play elsewhere first. |
| {D:定式} | dìngshì | joseki | A standard sequence in a corner. |
| {D:布局} | bùjú | opening / fuseki | The first twenty or so moves. |
| {D:官子} | guānzǐ | endgame (yose) | Small boundary moves at the end. |
| {D:死活} | sǐhuó | life and death | Problems about whether a group survives. |
| {D:复盘} | fùpán | review | Replaying a game together afterwards. |

A tip from our teacher: when someone at the next table mutters "{D:这块棋没气了}", they mean "this group has run out of liberties", in other words it is about to come off the board.

Next: Counting the score › | Back to Learn

© 2026 Riverside Go Circle · Meets Thursdays, 7 pm, Public Library Room B
""")

dd("xiangqi-pieces-primer", """
Xiangqi for Chess Players, Part 1: Reading the Pieces

Posted by Marguerite Olsen · Board Games · 6 min read

If you can play Western chess, xiangqi (Chinese chess) will feel familiar in spirit, but the pieces are flat discs marked with characters rather than carved figures. The first hurdle is simply reading them. Red and Black often use different characters for the same piece, which confuses everyone at first.

General — {D:帅} (red) and {D:将} (black), shuài and jiàng. It never leaves the palace, the three-by-three box marked with diagonals.

Advisor — {D:仕} (red) and {D:士} (black), both read shì. It moves one point diagonally and also stays in the palace.

Elephant — {D:相} (red) and {D:象} (black), xiàng. It moves exactly two points diagonally and cannot cross the river.

Horse — {D:马}, mǎ, on many older sets written {D:馬}. It moves like a knight but can be blocked by a piece standing next to it.

Chariot — {D:车}, pronounced jū in this game rather than chē. Older sets show {D:車}. It is the rook of xiangqi and the strongest piece on the board.

Cannon — {D:炮} for red, sometimes {D:砲} for black, pào. It moves like a chariot but must jump over exactly one piece to capture.

Soldier — {D:兵} (red) and {D:卒} (black), bīng and zú. It steps forward one point and may also move sideways once it has crossed the river.

The river itself is often printed with four characters, {D:楚河汉界}, "the Chu River and the Han Border", a nod to the war between two kingdoms more than two thousand years ago.

In Part 2 we will set up the board and play through a short opening.

← Back to all posts · Share · Comments (14)
""")

dd("fan-chants-sung-later", """
Northgate Rovers Supporters' Trust
Home | Fixtures | Away Travel | Chants | Shop

Our Chinese Chants, Explained

Since the Rovers signed striker Zhou Hang in 2024, a group of Chinese-speaking supporters in the East Stand have brought their own songs, and the rest of the ground has started joining in. Several members asked what they mean, so here they are in English first. The words as they are sung are further down, numbered the same way.

1. "Northgate, Northgate, we will never leave you!" Sung to the tune of our old terrace classic, usually right after kick-off.
2. "Zhou Hang, Zhou Hang, goal after goal!" For every Zhou Hang goal, with two claps on each "goal".
3. "Win or lose, we're with you to the end." The slow one, sung when we are behind.
4. "Keep going!" The shortest chant of all, shouted three times. It literally means "add oil".

How to join in: follow the drummer in Block E. The group leader holds up a board with the words in large print before each chant, and newcomers are very welcome to mumble along.

As sung:

1. {D:北门，北门，我们永远不离开你！}
2. {D:周航，周航，进球再进球！}
3. {D:不论输赢，陪你到最后。}
4. {D:加油！加油！加油！}

Please remember that the club's ground regulations on flags and drums apply to every section of the stand.

Northgate Rovers Supporters' Trust · Registered Community Benefit Society No. 31877
Contact the chants committee: chants@nrst.example
""")

dd("esports-wiki-profile", """
ProGG Wiki
Players › League of Legends › Mid laners

Chen "Yuanxiao" Zhiyuan
Chinese name: {D:陈志远}
In-game ID: Yuanxiao ({D:元宵})
Team: Red Lantern Esports ({D:赤灯电竞})
Role: Mid
Born: 14 February 2004
Country: China

Chen Zhiyuan, better known as Yuanxiao, is a Chinese professional League of Legends player who plays mid lane for Red Lantern Esports. His handle comes from the sweet rice dumplings eaten at the Lantern Festival; he has said in interviews that his grandmother called him "little yuanxiao" because of his round face.

Career
He started in the amateur circuit in 2021 with Qingyun Gaming ({D:青云电竞}) and moved to Red Lantern's academy roster a year later. In his first full pro season he reached the spring finals and finished with the highest kill participation among mid laners.

Playstyle
Yuanxiao is known for roaming early and for his control mage pool. Casters often describe his laning as {D:稳}, wěn, meaning steady: he rarely dies before fifteen minutes.

Achievements
• Spring Split 2025 – 2nd place
• Summer Split 2025 – 1st place, Finals MVP
• Regional Qualifier 2026 – 3rd–4th

Trivia
• The back of his team jersey shows the characters of his handle instead of the Latin ID.
• He lists Go as his favourite hobby off stage.

This page was last edited on 2 December 2026. Content is available under CC BY-SA unless otherwise noted.
""")

dd("table-tennis-court-calls", """
Spin Doctors TT Academy
Coaching Notes for Parents: Understanding the Court Calls

Many of our coaches trained in provincial programmes in China, and during multiball drills they shout short Chinese commands. Children pick them up within a week; parents often ask us what all the shouting means. Here is the list, with pinyin and what the player is meant to do.

{D:准备} (zhǔnbèi) – Ready. Players take the ready stance, knees bent, bat in front of the body.
{D:开始} (kāishǐ) – Start. The feeder begins the drill.
{D:转腰} (zhuǎn yāo) – Turn the waist. Used when a forehand is played only with the arm.
{D:步伐} (bùfá) – Footwork! The player is reaching instead of moving the feet.
{D:快} (kuài) – Faster. Shorter strokes, earlier contact.
{D:加转} (jiā zhuàn) – More spin on the loop or the push.
{D:换位} (huàn wèi) – Switch positions with your partner.
{D:好球} (hǎo qiú) – Good shot!
{D:停} (tíng) – Stop.
{D:捡球} (jiǎn qiú) – Pick up the balls. Everyone helps, no exceptions.

During matches coaches only talk to players between games or during the time-out, and then they speak English with your child unless the child prefers Chinese.

Beginner sessions: Saturdays 9:00–10:30 · Squad sessions: Tuesday and Thursday 17:00–19:00
Spin Doctors TT Academy, Unit 4, Harbour Trade Park · info@spindoctors-tt.example
""")

dd("marathon-course-signs", """
Lakeshore International Marathon 2027
Race Week | Course | Runner Guide | Spectators | Results

Runner Guide: Reading the Course Signs

The course runs through the old town and the lake district, and the local organising committee uses bilingual signs throughout. Most are printed in Chinese and English, but a few small markers carry Chinese only. Here is what you will see and what it means.

Kilometre boards
Large yellow boards show the distance, for example "{D:10公里}" above "10 KM". From kilometre 40 the boards count down instead: "{D:距终点2公里}" means 2 km to the finish.

Refreshment stations
Blue flags marked {D:饮水站} are water stations. Where the flag also says {D:能量补给}, there are bananas, gels and energy drinks as well.

Medical points
A red cross with the words {D:医疗点} marks a medical post. Volunteers in orange vests labelled {D:医疗志愿者} (medical volunteer) carry AEDs, and some of them cycle along the course.

Course split at 21.1 km
Half-marathon runners turn right at the arch marked {D:半程马拉松 → 终点}; full-marathon runners keep left under the sign {D:全程马拉松}. Please check your bib colour: red for the full, green for the half.

Cut-off
The sweeper bus displays {D:收容车} on its front. If it passes you, please remove your bib and board the bus.

Small white arrows on the road surface have no text: just follow them.

Questions? Email runners@lakeshore-marathon.example or visit the information desk at the Expo.
© 2027 Lakeshore International Marathon Organising Committee
""")

dd("dragon-boat-drum-call", """
River Dragons DBC · Club News

Report: Duanwu Regatta on the Lianhua River

Eighteen of us travelled south for this year's Dragon Boat Festival regatta, our first race in China as a club. Twelve crews entered the 500 m mixed final, and we finished seventh, four seconds behind a village crew that has been racing the same stretch of water for four generations.

The most memorable part was not the result. Our steerer for the day, a local coach called Mr Liang, asked our drummer, Jess, to learn the call the village crews use. She practised it on the bus for two hours:

"{D:一二，一二，齐心协力，划！}"

Mr Liang's rough translation for us was "One-two, one-two, all hearts together, pull!" The "one-two" sets the stroke rate and the long phrase in the middle comes on the push off the start; the final {D:划} (huá, "paddle") is shouted on the first catch.

In the heat we were hopelessly out of time for the first ten strokes. By the final, after the crowd on the bank began chanting the same words back at us, it worked.

Before racing, the boats were blessed in the eye-dotting ceremony, {D:点睛}, when a red dot is painted on the dragon's eyes to wake the boat up. We were also handed zongzi, sticky rice wrapped in bamboo leaves, and told to eat them only after the race.

Thanks to the Lianhua Dragon Boat Association for hosting us, and to everyone who donated towards the trip.

Training resumes Sunday 8 am at the boathouse. New paddlers welcome.
River Dragons Dragon Boat Club · riverdragons.example
""")

dd("baduanjin-movement-names", """
Morning Movement · Week 3: The Eight Pieces of Brocade

This week's routine is Baduanjin, {D:八段锦}, a set of eight qigong movements that is centuries old and still practised in parks all over China. Each movement has a traditional name that tells you what to do, or at least what it should do for you. Say the names as you start each one; it helps you keep count.

1. {D:两手托天理三焦} — Hold up the sky with both hands to regulate the "triple burner".
2. {D:左右开弓似射雕} — Draw the bow left and right, as if shooting an eagle.
3. {D:调理脾胃须单举} — Raise one arm to regulate the spleen and stomach.
4. {D:五劳七伤往后瞧} — Look back to ease the five fatigues and seven injuries.
5. {D:摇头摆尾去心火} — Sway the head and swing the tail to calm the heart's fire.
6. {D:两手攀足固肾腰} — Reach down to the feet with both hands to strengthen the kidneys and waist.
7. {D:攒拳怒目增气力} — Clench the fists and glare to build strength.
8. {D:背后七颠百病消} — Bounce on the heels seven times and let a hundred ailments go.

Breathe slowly through the nose. Do each movement six to eight times.

A note on the translations: the names are short rhymed lines and hard to render exactly, so treat the English as a guide rather than a literal translation.

Video: 14 minutes, follow along with instructor Ruth Adeyemi.

Previous: Week 2 – Standing Post | Next: Week 4 – Walking Meditation
Morning Movement is a free programme of the Eastfield Community Health Partnership.
""")

dd("mahjong-tile-primer", """
Tuesday Tiles, a mahjong blog
Home · Rules · Scoring · About

Reading Your Tiles Without Panicking

Every new player at our table asks the same question: what do the characters say? The good news is that you only need to recognise a handful.

The character suit
The tiles with red-and-black writing belong to the "characters" or "cracks" suit. The top is a number from one to nine ({D:一二三四五六七八九}), and the bottom character is always {D:万}, wàn, ten thousand. So {D:五万} is the five of characters.

The winds
East {D:东}, South {D:南}, West {D:西} and North {D:北}. On many sets these are printed in black, without any number.

The dragons
{D:中} is the red dragon (zhōng, "middle"), {D:发} the green dragon (fā, "prosper", as in getting rich), and the white dragon is usually a blank tile or a blue frame.

Calls at the table
When you want someone's discard, you call out. Players at our club use the Chinese words even when speaking English:
— {D:碰} (pèng): take a discard to make three of a kind.
— {D:吃} (chī, "eat"): take the previous player's discard to make a run.
— {D:杠} (gàng): make four of a kind.
— {D:胡} (hú): I win!

Next time: how to build a hand around a pair.

Comments are moderated. Tuesday Tiles, written by Dana Whitlock since 2019.
""")

dd("go-proverbs-essay", """
The Hane Report · Go essays
Archive | About | Subscribe

Five Proverbs I Ignored for Ten Years

Go players collect proverbs the way sailors collect knots. I heard these five from my first teacher and nodded politely, then spent a decade losing games to each one. Here they are in the original, as she wrote them on the whiteboard:

{D:棋从断处生。}
{D:宁失数子，不失一先。}
{D:敌之要点即我之要点。}
{D:两处有情方可断。}
{D:高者在腹，下者在边。}

In order, and in my own words: fighting begins where stones are cut apart. Better to lose a few stones than to lose the initiative. Your opponent's key point is also your key point. Cut only when it works on two sides. And my favourite: the strong player aims for the centre, the weak player crawls along the edge.

The first one cost me the most. For years I played solid connected shapes and wondered why my games were dull. Cutting is where the game lives.

The second is the hardest in practice. Sacrificing stones feels like losing; keeping sente feels like nothing. But sente is the right to choose where the game goes next.

The last proverb is the one I now repeat to my own students. Second-line crawling feels safe, and you can do it for a whole game while your opponent builds a wall above you.

Next week: three proverbs that are simply wrong.

Comments (22) · Share
""")

dd("stream-slang-glossary", """
Casting 101: Chinese Stream Slang for International Viewers

Watching the Chinese-language broadcast of a big League of Legends match? The casters talk fast, and chat moves even faster. This cheat sheet covers the words you will hear most. Positions come first, because they are said in almost every sentence.

Positions
{D:上单} top laner · {D:打野} jungler · {D:中单} mid laner · {D:下路} bot lane · {D:辅助} support

During the game
{D:团战} tuánzhàn — teamfight.
{D:抓人} zhuā rén — a gank, literally "to grab someone".
{D:推塔} tuī tǎ — pushing a tower.
{D:控龙} kòng lóng — taking control of the dragon.
{D:翻盘} fān pán — a comeback, from flipping over the game board.
{D:一波} yī bō — one decisive push that ends the game.

In chat
"666" — well played (six, liù, sounds like the word for smooth).
{D:稳} wěn — steady, under control.
{D:下饭} xiàfàn — "goes well with rice": a play so bad it is entertaining to watch over dinner.
{D:老师} lǎoshī — "teacher": respectful, or sarcastic, depending on the play.

If the caster screams {D:五杀} at the top of his voice, you have just seen a pentakill.

Related: Korean stream slang · Spanish casting glossary
Stream Slang Project · Community-maintained · Edit this page
""")

dd("museum-case-label", """
National Museum of Sport · Gallery 2: Ball Games of the Ancient World
Audio guide stop 14

Case 14.3
Cuju ({D:蹴鞠})
Ball game, China, Song dynasty (960–1279)

Cùjū means "kicking the ball". The game was played in China for more than a thousand years and is often called the oldest form of football. By the Song dynasty, professional teams performed in the capital and amateur clubs such as the Qiyun Society ({D:齐云社}) wrote down their own rules.

The ball on display is a modern reconstruction: a leather shell stitched from twelve panels and stuffed with feathers. No original balls have survived.

The painted tile to the right shows two players keeping the ball in the air. The inscription at the top, {D:蹴鞠图}, simply means "picture of cuju".

Case 14.4
Bronze mirror with players (on loan)
Four figures around a goal frame. The two-character mark on the rim, {D:宣和}, is the name of a reign period of Emperor Huizong (1119–1125) and helps date the mirror, although some experts believe it is a later copy.

Continue to Case 14.5: Mesoamerican rubber ball game →

Gallery 2 is step-free. Photography without flash is allowed.
""")

dd("climbing-route-topo", """
Limestone Guidebook · Online Edition
Region: Southern karst · Crag: Moon Hill West Face

Sector B: The Butterfly Wall

Access: ten minutes from the village car park. Follow the dirt track past the pomelo orchard and take the left fork. The wall faces west and gets sun from 2 pm.

Route names were given by the first ascensionists, many of them local climbers, and are painted at the base of each route in Chinese. We list the painted name first, then an English translation the first ascensionists approved.

1. {D:蝴蝶飞} — Butterfly Flies — 5.10a, 18 m, 8 bolts
2. {D:老王的梯子} — Old Wang's Ladder — 5.9, 15 m, 6 bolts
3. {D:不要怕} — Don't Be Scared — 5.11b, 22 m, 10 bolts
4. {D:月亮升起} — Moonrise — 5.12a, 25 m, 11 bolts
5. {D:米粉早餐} — Rice Noodle Breakfast — 5.10c, 20 m, 9 bolts
6. {D:一线天} — Thread of Sky — 5.11a, 24 m, 10 bolts. A common name in Chinese for a narrow slot that shows only a strip of sky above.

Route 3 has a loose flake at the second bolt; it has been tested, but please climb carefully.

Local ethics: do not add bolts without contacting the regional climbing association. Please pay the small access fee at the farmhouse.

Edit history · Report a problem with this crag · Download PDF topo
""")

dd("volleyball-film-review", """
Film Review: "Spike" Tells the Story of a Team, Not a Trophy

By Helena Marsh · Screen & Sport · 4 stars

There is a phrase painted on the wall of the training hall in the first scene of this documentary and again, faded, in its last: {D:女排精神}. The film never stops to translate it, but anyone who has followed the Chinese women's volleyball team knows it as "the women's volleyball spirit", the idea of fighting for every point whatever the score.

Director Wu Lan follows three players through a season, from pre-dawn fitness tests to a tense Olympic qualifier. The best sequences are the quiet ones. One veteran, recovering from knee surgery, writes {D:再来一次} ("one more time") on the tape around her wrist before each session.

The coach is a stern presence. His favourite instruction, {D:别低头}, is subtitled as "Head up!", and by the end of the film the younger players shout it at each other.

The archive footage from the 1980s, when the team won five world titles in a row, is used sparingly and well.

"Spike" is not a perfect film. It is too long by twenty minutes. But it shows how a slogan painted on a wall can become something the players actually live by.

Spike (2026). Director: Wu Lan. 118 minutes. In Mandarin with English subtitles.

More reviews · Subscribe to Screen & Sport
""")

dd("jianzi-lesson", """
Playground Games Around the World · Episode 9: Jianzi

Today's game comes from China, and all you need is a shuttlecock with feathers and a weighted base. It is called jianzi, {D:毽子}, and people kick it to keep it in the air. In parks in Beijing you will see circles of retired people passing it for an hour without letting it drop.

Getting started
Stand with your feet hip-width apart. Drop the shuttlecock and kick it with the inside of your foot, near the arch. This basic kick is called {D:盘踢}, pán tī. Count out loud. Five in a row is a good first goal.

Once that feels easy, try the outside of the foot ({D:拐踢}, guǎi tī), and then the knee.

Group game
Form a circle of four to eight players. The first player kicks it to someone else, who may touch it up to three times before passing it on. Anyone who lets it drop sits out for one round.

Counting in Chinese
Children at our partner school in Xi'an count the kicks out loud: {D:一、二、三、四、五}, that is yī, èr, sān, sì, wǔ, one to five. Our classes have started doing the same.

Safety: play on grass or a soft surface, and keep away from windows.

Teachers: a printable lesson plan and a video of the pán tī kick are below.
Download lesson plan (PDF) · Watch the video · Back to all episodes
""")

dd("xiangqi-opening-names", """
Xiangqi Study Notes #7: Naming the Openings

Chinese chess openings have short names that describe the first move or the structure. I keep forgetting them, so this is my crib sheet. The English is what our coach uses; some books use other translations.

Central Cannon — {D:当头炮}
Red moves a cannon to the central file on move one, aiming straight at the black general. The most common opening of all.

Screen Horses Defence — {D:屏风马}
Black answers the central cannon by bringing both horses out to guard the central soldier. Named after a folding screen.

Same Direction Cannons — {D:顺炮}
Black also plays a central cannon, from the same side as Red.

Opposite Direction Cannons — {D:列炮}
Black plays a central cannon from the opposite side. Sharp and tactical.

Elephant Opening — {D:飞相局}
Red starts with an elephant move instead of attacking. Slow, positional, and popular with top players.

Pawn Opening — {D:仙人指路}
Red advances the third or seventh soldier. The Chinese name is poetic: "the immortal points the way".

A warning from my coach: the names refer to the shape, not to a fixed order of moves, so two books may give different move orders under the same name.

Next notes: a sample game in the Central Cannon against Screen Horses.

Posted in Xiangqi · Tags: openings, beginners, notes
""")

dd("tennis-encyclopedia-lead", """
TennisPedia
Article · Talk · Read · Edit · View history

Li Na
From TennisPedia, the free tennis encyclopedia

Li Na (Chinese: {D:李娜}; pinyin: Lǐ Nà; born 26 February 1982) is a Chinese former professional tennis player. She won two Grand Slam singles titles, the 2011 French Open and the 2014 Australian Open, and reached a career-high ranking of world No. 2. She was the first player from Asia to win a Grand Slam singles title.

Early life
Li was born in Wuhan ({D:武汉}), Hubei province. She played badminton as a young child before switching to tennis.

Professional career
After joining the national team she played mostly on the lower circuit. She left the sport in 2002 to study journalism at Huazhong University of Science and Technology ({D:华中科技大学}) and returned in 2004.

Playing style
Li was an aggressive baseliner with a strong backhand. Fans in China nicknamed her {D:娜姐}, "Sister Na".

Legacy
Her 2011 French Open win was watched by a television audience of over 100 million in China and is widely credited with a boom in the sport there.

See also: Tennis in China · List of Grand Slam women's singles champions

This article is part of the Biographies of tennis players project. Text is available under a Creative Commons licence.
""")

dd("app-release-notes-voice", """
StrideCoach · Release Notes

Version 8.4.0 (1 December 2026)

New: Mandarin voice coaching
You can now choose Mandarin Chinese as the language for audio cues during runs and interval workouts. Go to Settings › Audio › Voice language. The new voice pack is 38 MB.

To help users who are learning Mandarin, we have published the full list of cue phrases with their English equivalents:

• {D:开始跑步} — Start running
• {D:慢走两分钟} — Walk slowly for two minutes
• {D:加速} — Speed up
• {D:保持配速} — Hold your pace
• {D:还剩最后一组} — One set left
• {D:你已完成五公里} — You have completed five kilometres
• {D:做得好，休息一下} — Well done, take a break

Improved
• GPS accuracy among tall buildings.
• Heart-rate zones now update within two seconds of a change.
• The share card shows your elevation gain.

Fixed
• The workout summary showed the wrong calories for treadmill runs.
• A crash on some older tablets when opening the training calendar.

Known issues
• The Mandarin voice pack does not yet read out split times; it falls back to the English voice for those until version 8.5.

Previous releases · Contact support · Privacy policy
""")

dd("square-dance-feature", """
City Life › Features

The Plaza at Seven: Inside the World of Square Dancing

Every evening at seven, the small plaza behind the Riverside shopping centre fills with music. By ten past, about forty people, most of them women over sixty, are dancing in neat rows. This is guangchangwu, literally "square dance" ({D:广场舞}), and it may be the most widespread form of exercise in China.

The group here is led by Zhang Guifen, a retired textile worker who moved to the city to help look after her grandson. The banner they hang on the railings reads {D:夕阳红舞蹈队}; in English they call themselves the Sunset Glow Dance Team.

"We dance for our health and for our friends," she says. Her motto is printed on the back of the team T-shirts, {D:跳出健康，跳出快乐}, which she translates as "dance your way to health, dance your way to happiness".

Not everyone is a fan. Residents of the flats above have complained about the volume, and the group has agreed to switch off the speakers at 8:30 pm. Some members now dance with wireless headphones.

The routines change every few weeks. Newcomers stand at the back and copy. Nobody checks whether you get it right.

How to join: just turn up. The team meets every evening except Sunday, weather permitting.

Photos: Tomás Reyes · Share this story · 31 comments
""")

dd("wushu-school-faq", """
Jade Mountain Wushu School · Frequently Asked Questions

About us | Classes | Instructors | FAQ | Contact

What does the sign over the door say?
The four characters above our entrance are {D:尚武崇德}. Our founder chose them in 1998. They mean "value martial skill, honour virtue", and in our school virtue comes first.

What do students call the instructors?
Students call the head instructor Shifu ({D:师父}), which means "master" or, more warmly, "teacher-father". Assistant instructors are addressed by their first names.

What is the bow at the start of class?
It is the fist-and-palm salute, {D:抱拳礼}, bàoquán lǐ. The right fist is covered by the left palm at chest height. We teach it in the first lesson.

Which styles do you teach?
Long fist (chángquán), southern fist (nánquán), and tai chi for adults. We also teach the staff and the straight sword.

Do children have to learn Chinese?
No. Classes are taught in English. A few words are used in Chinese, such as the count {D:一、二、三} (yī, èr, sān) and the command {D:起势} (qǐ shì, "begin the form").

Do you compete?
Our students take part in the regional wushu championships each spring. Competition is optional.

What should I wear?
Loose clothing and flat shoes for the first month. After that, the school uniform is available at reception.

Jade Mountain Wushu School · 22 Mill Lane · Tel. 01632 960 448
""")

dd("basketball-league-newcomer-guide", """
Hoops Abroad · A Newcomer's Guide to the CBA

Are you an import player, a coach or just a fan who has moved to China? The Chinese Basketball Association (CBA) can be confusing at first, because club names change with sponsors and many fans use nicknames instead. This guide explains what you will see on scoreboards and jerseys.

Team names
A club's official name usually combines its city and its sponsor. On the scoreboard, though, usually only the province or city appears: the Guangdong Southern Tigers are shown as {D:广东} (Guangdong) and the Beijing Ducks as {D:北京} (Beijing).

Nicknames you will hear
• {D:宏远} — Hongyuan, the long-time sponsor of Guangdong, and still the name most fans use for the team.
• {D:首钢} — Shougang, the steel company behind the Beijing Ducks.
• {D:辽篮} — "Liao Basketball", short for the Liaoning team.

Scoreboard words
{D:第一节} (first quarter) through {D:第四节} (fourth quarter), {D:加时} for overtime, and {D:暂停} for a time-out. Team fouls are counted under {D:犯规}.

Getting tickets
Most clubs sell through mobile apps. Foreigners can buy with a passport number.

Hoops Abroad is written by former import players and is not affiliated with the CBA.
Contact · Newsletter · Guides for other leagues
""")

dd("badminton-club-footer-icp", """
Shenzhen Bay Badminton Club
Home | Courts | Coaching | Events | Members | English / {D:中文}

Court Booking and Opening Hours

Our twelve wooden courts are open from 7:00 to 23:00 every day, including public holidays. Courts can be booked up to seven days in advance through our website or at the front desk.

Prices
• Weekday mornings (7:00–12:00): 60 yuan per hour
• Weekday afternoons (12:00–18:00): 80 yuan per hour
• Evenings and weekends: 120 yuan per hour
• Members receive 20% off all bookings.

Rules
Non-marking shoes are required on all courts. Shuttlecocks are sold at the front desk; please bring your own racket or rent one for 10 yuan.

Cancellations made at least 24 hours before the booking are refunded in full. Later cancellations are not refunded, but you may transfer the booking to another member.

Coaching
Group lessons for adults are held on Tuesday and Friday evenings. Junior programmes run on Saturday mornings for ages 7 to 16.

Shenzhen Bay Badminton Club ({D:深圳湾羽毛球俱乐部})
Address: 18 Binhai Avenue, Nanshan District, Shenzhen
Tel: +86 755 8612 3400
{D:粤ICP备2026012345号-1} | {D:粤公网安备44030502001234号}
© 2026 Shenzhen Bay Badminton Club. All rights reserved.
""")


# ---------------------------------------------------------------- half-translated

ll("rowing-federation-photo-caption", """
National Rowing Federation
Home > News > Federation News

Winter Training Camp for the National Team Opens at Qiandao Lake

Published: 2026-11-28 | Source: Federation Office | Views: 1,284

On November 26, the national rowing team's winter training camp officially opened at the Qiandao Lake Water Sports Training Base. A total of 64 athletes and 18 coaches attended the opening ceremony.

Federation Vice-Chairman Wang Dongsheng said in his speech that this winter training is the first stage of preparation for the next Olympic cycle. He asked all athletes to strengthen physical training, pay attention to technical details and strictly observe training discipline.

The training camp will last for ten weeks. It focuses on endurance training, boat handling and scientific monitoring. The sports science team will measure the lactate and heart-rate data of every athlete twice a week.

[Photo] {L:开营仪式现场，全体运动员和教练员合影留念。}

[Photo] Athletes carry out the first water training session after the ceremony.

{L:据悉，本次冬训还邀请了两名外籍技术专家，重点指导双人双桨和四人单桨项目。}

Editor: Liu Jing | Reviewer: Zhao Ming

Related news:
· Selection rules for the 2027 national team released
· Coaches' training course held in Shanghai

Copyright © National Rowing Federation | {D:京ICP备05012345号}
""")

ll("football-club-glued-clauses", """
Harbor City FC · Official Website
Home | News | Team | Tickets | Youth Academy | {D:中文}

Club Announcement on the Adjustment of the Season Ticket Holders' Day

Dear fans:

Due to the adjustment of the league schedule, the Season Ticket Holders' Day originally planned for December 13 will be moved to December 20 (Sunday), {L:活动地点不变，仍在俱乐部训练基地举行}. We apologize for any inconvenience caused.

On that day, season ticket holders can take part in the following activities:
1. Watching the open training session, 10:00–11:30;
2. Autograph session with first-team players, {L:每人限签两件物品};
3. Free stadium tour, in groups of thirty people;
4. Lucky draw, with prizes including signed jerseys and tickets for next season.

Please bring your season ticket card and ID card. Fans who registered for the original date do not need to register again. {L:未报名的球迷请于12月18日前通过官方小程序报名，名额有限，报满即止。}

Shuttle buses will depart from the East Gate of the Olympic Sports Center at 9:00 and 9:30.

Thank you for your continued support of the club!

Harbor City Football Club
December 2, 2026

{L:本活动最终解释权归俱乐部所有}
""")

ll("half-marathon-results-table", """
2026 City Half Marathon · Official Results
Results | Photos | Certificates | Rankings

Men's Overall Top 10

| Rank | Bib | Name | Team | Net Time | Gun Time |
|---|---|---|---|---|---|
| 1 | A0012 | Bernard Kiptoo | Kenya | 1:02:41 | 1:02:41 |
| 2 | A0007 | Li Haoran | {L:市田径队} | 1:03:15 | 1:03:16 |
| 3 | A0031 | Tesfaye Gebre | Ethiopia | 1:03:58 | 1:03:58 |
| 4 | A0105 | Zhang Wei | Fengqiao Running Club | 1:05:20 | 1:05:22 |
| 5 | A0088 | Chen Jun | {L:个人} | 1:06:02 | 1:06:05 |
| 6 | A0140 | Wu Xiaolong | Armed Police Corps | 1:06:47 | 1:06:49 |
| 7 | A0066 | Ma Tianyu | University of Sport | 1:07:11 | 1:07:12 |
| 8 | A0203 | Zhou Peng | {L:个人} | 1:07:39 | 1:07:44 |
| 9 | A0019 | Samuel Rono | Kenya | 1:07:58 | 1:07:58 |
| 10 | A0177 | Huang Lei | — | {L:成绩待复核} | 1:08:30 |

Note: Net time is used for age-group rankings; gun time is used for overall rankings. {L:因计时芯片故障，部分选手成绩正在核对中，最终成绩以组委会公布为准。}

Results for women, wheelchair and age groups are on the following pages.

Query your result: enter your bib number or name.

City Half Marathon Organizing Committee · Timing by ChipTime Systems
""")

ll("badminton-ticketing-tiers", """
TicketGo › Sports › Badminton

2026 Asia Badminton Open · Finals Day
Date: Sunday, December 20, 2026, 13:00
Venue: Riverside Gymnasium, Hall 1
Organiser: Provincial Badminton Association

Select your ticket:

VIP Courtside — ¥880 — {L:含赛事纪念品一份}
Lower Bowl A — ¥480 — Available
Lower Bowl B — ¥380 — Available
Upper Bowl — ¥180 — {L:已售罄}
Student Ticket — ¥80 — Valid student ID required at entry

Purchase limit: each ID number can purchase up to 4 tickets for this event.

Ticket Notice
1. This event uses real-name ticketing. Please fill in the real name and ID number of each spectator when ordering.
2. Children over 1.2 m need a ticket. {L:1.2米以下儿童须由成人陪同，无座位。}
3. Tickets cannot be refunded once sold. If the event is cancelled, the full amount will be returned to the original payment account.
4. {L:请提前60分钟到场，凭本人身份证原件验票入场，场馆内禁止携带自拍杆和专业相机。}

Customer service: 400-123-8890 (9:00–21:00)

About TicketGo | Help Center | Merchant Cooperation
{D:沪ICP备18012345号}
""")

ll("gym-membership-plans", """
IronPeak Fitness
Home · Clubs · Membership · Classes · Personal Training · Join Now

Membership Plans

Choose the plan that suits you. All plans include access to the gym floor, changing rooms and free Wi-Fi.

Monthly Card — ¥399/month
Unlimited access to one club. Cancel at any time with 30 days' notice.

Quarterly Card — ¥1,080
Equivalent to ¥360 per month. Includes one body composition test.

Annual Card — ¥3,680
Includes two free personal training sessions and towel service.

{L:双人年卡} — ¥6,600
{L:两人同时办理，须为同一地址的家庭成员或情侣，任意一方不可单独转让。}

Student Card — ¥299/month
Weekdays before 17:00 only. A valid student card is required.

Group classes
Yoga, spinning, boxing and HIIT classes are free for annual members. Monthly members pay ¥30 per class.

Frequently asked
Can I freeze my membership? Yes, annual members can freeze once a year for up to 60 days.
Can I bring a friend? {L:年卡会员每月可免费带一位朋友体验一次，需提前在前台登记。}

IronPeak Fitness Co., Ltd. ({D:铁峰健身有限公司})
Service hotline: 400-820-6618
""")

ll("esports-bracket-prizes", """
Dragon Cup 2026 · Honor of Kings Invitational
Overview | Teams | Schedule | Bracket | Rules | Watch Live

Playoffs Bracket

Quarterfinals (December 12)
Match 1: Thunder Wolves 3 – 1 {L:星辰战队}
Match 2: Blue Phoenix 2 – 3 Team Lotus
Match 3: {L:长安少年} 3 – 0 Ironclad Gaming
Match 4: Nova Esports 3 – 2 Silver Fox

Semifinals (December 13)
Thunder Wolves vs Team Lotus — 15:00
{L:长安少年} vs Nova Esports — 18:00

Grand Final (December 14, 19:00) — Best of seven

Prize pool: ¥1,000,000
Champion: ¥500,000
Runner-up: ¥200,000
3rd–4th: ¥100,000 each
5th–8th: ¥25,000 each
{L:最佳选手（FMVP）：奖金五万元及定制奖杯一座}

All matches are played on the tournament patch. Players must arrive at the venue 90 minutes before the scheduled match time. {L:迟到超过15分钟的队伍将被判负一局。}

Broadcast partners: Huya, Bilibili, Douyu
© 2026 Dragon Cup Organizing Committee
""")

ll("match-report-player-quote", """
Sports Daily › Football › Chinese Super League

Qingdao Edge Past Wuhan to Keep Survival Hopes Alive

By staff reporter | December 1, 2026, 22:41

Qingdao beat Wuhan 2–1 at home on Sunday night, a result that lifts them out of the relegation zone with two rounds to play.

Wuhan took the lead in the 18th minute when their striker headed in a corner. Qingdao equalised just before half-time through a long-range shot by midfielder Sun Kai, and captain Gao Yang scored the winner from the penalty spot in the 77th minute.

After the match, Gao Yang said: "{L:这个点球压力很大，但我相信自己。我们还有两场比赛，每一场都是决赛。}"

Qingdao head coach Ricardo Almeida praised his players' spirit. "We suffered in the second half, but the boys never gave up. Now we must recover quickly," he said.

Wuhan coach Li Jianguo refused to blame the referee for the penalty decision. {L:他表示球队需要反思防守端的问题，下一场比赛将全力争胜。}

Qingdao will travel to Shenzhen next Saturday, while Wuhan host Tianjin.

Match stats: possession 46%–54%, shots 11–14, shots on target 5–4, corners 3–7.

Related: Standings after round 28 | Top scorers
""")

ll("marathon-entry-rules", """
2027 Lakeside Marathon · Registration Guide
Home > Registration > Rules

Registration period: December 1, 2026 to January 15, 2027

Events and quotas
Full marathon (42.195 km): 15,000 places
Half marathon (21.0975 km): 10,000 places
Health run (5 km): 5,000 places

Entry requirements
1. Full marathon runners must be aged 20 or above (born on or before December 31, 2006). Half marathon runners must be aged 16 or above.
2. Full marathon applicants must provide a full or half marathon finishing certificate from the past two years, {L:且完赛成绩需在6小时以内}.
3. Runners with heart disease, high blood pressure or other conditions unsuitable for long-distance running should not register.

Entry fees
Full: ¥200 | Half: ¥150 | Health run: ¥80
{L:境外选手报名费：全程60美元，半程40美元。}

Ballot
If the number of applicants exceeds the quota, places will be allocated by draw. Results will be announced by SMS on January 25, 2027.

{L:特别提示：报名成功后不得转让名额，一经发现替跑，取消该选手两年内参赛资格。}

Race pack collection: March 14–15, 2027 at the Lakeside Convention Center.

Official website | WeChat: LakesideMarathon | Hotline: 0571-8888-2027
""")

ll("youth-league-fixture-venues", """
Municipal Youth Football League 2026–27
U12 Division · Round 6 Fixtures

Saturday, December 12, 2026

| Time | Home | Away | Venue |
|---|---|---|---|
| 09:00 | Eastlake Primary | Hongshan Juniors | {L:东湖小学足球场} |
| 10:30 | Riverside Academy | Guanggu United | Riverside Academy Pitch 2 |
| 13:00 | Jiangcheng FC Youth | Xinhua Road School | {L:江城体育中心副场} |
| 14:30 | Qingshan Tigers | Northgate Kids | Qingshan Stadium |

Sunday, December 13, 2026

| Time | Home | Away | Venue |
|---|---|---|---|
| 09:00 | Hankou Stars | Eastlake Primary B | Hankou Sports Park |
| 10:30 | Wuchang Lions | Riverside Academy B | {L:待定} |

Notes:
• Each match consists of two halves of 25 minutes with a 10-minute break.
• All players must carry their registration cards. {L:未携带注册证的球员不得上场。}
• In case of heavy rain, the league office will notify teams by 7:00 on match day.

League office: Municipal Football Association Youth Department
Tel: 027-8562-0099
""")

ll("go-dan-promotion-notice", """
Zhejiang Provincial Go Association
Home | News | Ratings | Tournaments | Training | {D:中文版}

Notice on the Promotion of Amateur Dan Grades (Batch 4, 2026)

According to the Amateur Go Grading Regulations, and after review by the Technical Committee, the following players have reached the standard for promotion. The list is announced as follows:

Promoted to Amateur 5 Dan
Zhou Yiming (Hangzhou Qiyuan), Lin Xue (Ningbo No. 2 Middle School)

Promoted to Amateur 4 Dan
Chen Hao (Wenzhou), Xu Ziqi ({L:绍兴市少体校}), Wang Lei (individual)

Promoted to Amateur 3 Dan
He Jiayi, Sun Bowen, Ma Ruoxi, {L:以及其他十二名选手，名单详见附件}

The announcement period is from December 3 to December 10, 2026. Anyone with an objection may report it in writing to the Association Secretariat during this period.

Certificates will be issued at the end of the year. {L:请各地棋院统一领取，不接受个人邮寄申请。}

Dan certificates carry the seal of the Association, which reads {D:浙江省围棋协会} (Zhejiang Provincial Go Association).

Zhejiang Provincial Go Association Secretariat
December 2, 2026
""")

ll("swimming-championships-notice", """
Provincial Swimming Association · Competition Notice

Notice on Holding the 2026 Provincial Winter Swimming Championships

All municipal sports bureaus and member clubs:

In order to promote the development of swimming in our province and select athletes for the national championships, it has been decided to hold the 2026 Provincial Winter Swimming Championships. The relevant matters are notified as follows:

I. Date and venue
December 18–21, 2026, at the Provincial Aquatics Center (50 m indoor pool).

II. Events
Freestyle 50 m, 100 m, 200 m, 400 m, 800 m and 1500 m; backstroke, breaststroke and butterfly 50 m, 100 m and 200 m; individual medley 200 m and 400 m; {L:男女4×100米混合泳接力}.

III. Participants
Registered athletes of each city team, {L:每个单项每单位限报三人}, and each athlete may enter at most five individual events.

IV. Rules
The current rules of World Aquatics apply. Electronic timing will be used throughout.

V. Registration
Entries must be submitted through the online system before December 8. {L:逾期不予受理}.

VI. Awards
The top eight in each event will receive points and certificates; the top three will receive medals.

Contact: Competition Department, Ms. Yang, tel. 0571-8532-1108

Provincial Swimming Association
November 30, 2026
""")

ll("stadium-prohibited-items", """
Olympic Sports Center Stadium
Visit | Events | Getting Here | Facilities | Accessibility

Visitor Guide: What You Can and Cannot Bring

To ensure the safety of all spectators, security checks are carried out at every entrance. Please arrive early.

Allowed
• Small bags (no larger than A4 size)
• Empty plastic water bottles, which can be filled at drinking fountains inside
• Umbrellas without metal tips
• Cameras without detachable lenses

Not allowed
• Glass bottles, cans and alcoholic drinks
• Fireworks, flares and lighters
• Selfie sticks, tripods and drones
• {L:激光笔、口哨、喇叭等可能干扰比赛的物品}
• Large flags or banners, {L:经安保部门审批的除外}
• Pets, except guide dogs

Lost and found
Items found in the stadium are kept at the Visitor Service Center at Gate 3 for 30 days.

Emergency
{L:如遇紧急情况，请听从现场工作人员指挥，有序疏散。}

Opening hours on match days: gates open 2 hours before kick-off.

Olympic Sports Center Management Co., Ltd.
Tel: 025-8612-6688 | Email: service@oscstadium.example
""")

ll("campus-esports-rulebook", """
Campus Esports League 2026 · Official Rulebook (v1.3)
Overview › Rules › Chapter 4: Match Procedure

4.1 Check-in
Teams must check in on the tournament platform no later than 30 minutes before their scheduled match. Teams that fail to check in will forfeit the match.

4.2 Rosters
Each team may register five starting players and up to two substitutes. All players must be full-time students of the same university. {L:研究生与本科生可混合组队，但须提供学信网学籍证明。}

4.3 Pauses
Each team may call a technical pause of up to 10 minutes per game. Tactical pauses are not allowed.

4.4 Disconnections
If a player disconnects in the first three minutes of a game, the game may be restarted once. After that, the team must continue with four players until the player reconnects.

4.5 Prohibited behaviour
The following will result in penalties ranging from a warning to disqualification:
a) use of third-party software or cheats;
b) account sharing or playing on another player's account;
c) {L:在比赛期间使用侮辱性语言或在直播弹幕中恶意刷屏};
d) deliberately losing a match.

4.6 Results
The captain of the winning team must upload a screenshot of the result screen within 15 minutes. {L:截图须包含双方队伍名称及比赛时间，否则视为无效。}

Next: Chapter 5 · Prizes and Certificates
Campus Esports League Committee · Last updated November 28, 2026
""")

ll("fitness-class-timetable", """
Sunrise Wellness Club · Group Class Timetable (December)
Home | Timetable | Coaches | Membership | Contact

Monday
07:00 Morning Yoga — Studio A — Coach Amy
12:15 Core Express (30 min) — Studio B — Coach Leo
18:30 {L:燃脂搏击} — Studio B — Coach Kai
19:45 Pilates Mat — Studio A — Coach Yan

Tuesday
07:00 Spinning — Cycle Room — Coach Leo
18:30 Zumba — Studio A — Coach Maria
19:45 {L:肩颈理疗瑜伽} — Studio A — Coach Amy

Wednesday
12:15 HIIT 30 — Studio B — Coach Kai
18:30 Body Pump — Studio B — Coach Leo
20:00 Stretch & Relax — Studio A — Coach Yan

Thursday
07:00 Spinning — Cycle Room — Coach Leo
18:30 {L:有氧踏板操} — Studio A — Coach Maria
19:45 Boxing Basics — Studio B — Coach Kai

Booking: classes open for booking 48 hours in advance through the app. {L:开课前2小时内取消预约将扣除一次课时。}
Please arrive 10 minutes early and bring a towel.

{L:本课表如有调整，以前台公告为准。}
Sunrise Wellness Club · 3rd Floor, Galaxy Plaza · Tel 0755-2660-1234
""")

ll("badminton-association-news-list", """
City Badminton Association
Home | About | News | Events | Training | Referees | Download

Latest News

Municipal Team Wins Four Golds at Provincial Games
2026-11-29
The municipal badminton team won four gold medals, three silver and two bronze at the 17th Provincial Games, finishing first in the medal table for the second time in a row. Men's singles player Deng Hao defended his title, beating his teammate in three games.

Registration Opens for the Winter Amateur League
2026-11-25
Amateur clubs can now register for the winter league. Matches will be played on Saturday afternoons from December to February.

{L:我市举办羽毛球裁判员培训班}
2026-11-20
{L:为提高我市羽毛球裁判员的业务水平，市羽协于11月18日至19日举办了二级裁判员培训班，共有56名学员参加。}

Notice on Court Closure at the City Sports Hall
2026-11-16
Courts 5 to 8 will be closed from December 1 to 10 for floor maintenance.

{L:市羽协召开2026年度工作总结会议}
2026-11-10

{L:更多>>}

Friendly links: Provincial Sports Bureau | Badminton World Federation | City Sports Lottery
Copyright 2026 City Badminton Association | Technical support: Yunfan Network
""")

ll("cycling-volunteer-recruitment", """
2027 World Indoor Cycling Cup · Volunteer Recruitment

Home > Volunteers > Recruitment Notice

Join us! The organising committee is recruiting 800 volunteers for the 2027 World Indoor Cycling Cup, which will be held at the City Velodrome from April 9 to 12, 2027.

Volunteer positions
• Spectator services: guiding spectators, answering questions, checking tickets
• Athlete services: accompanying teams, transport coordination
• Media services: supporting the press centre and mixed zone
• Language services: English, French, Spanish, Japanese and Korean interpreters
• {L:赛事运行：协助竞赛组完成场地布置及器材管理}

Requirements
1. Aged 18 to 60 and in good health;
2. Available for at least three of the four competition days and all training sessions;
3. {L:外语类岗位需具备大学英语六级或同等水平};
4. A sense of responsibility and teamwork.

Benefits
Volunteers will receive a uniform, meals on duty, a transport subsidy, a certificate of service and a commemorative medal.

How to apply
Scan the QR code below or fill in the online form before January 31, 2027.

[QR code] {L:扫码关注“城市骑行”公众号，回复“志愿者”获取报名链接}

Volunteer Department of the Organizing Committee
Email: volunteer@wicc2027.example
""")

ll("dragon-boat-crew-results", """
2026 Dragon Boat Festival Invitational Regatta · Results
Organised by the Municipal Sports Bureau and the Municipal Dragon Boat Association

Standard Dragon Boat (22 crew), 200 m Straight · Men's Final

1. Dongjiang Village Team ({D:东江村龙舟队}) — 48.62
2. Pearl River Paddlers — 49.05
3. {L:石龙镇龙舟协会} — 49.37
4. Hong Kong Flying Dragons — 50.11
5. University of Technology — 50.86
6. {L:水乡龙舟俱乐部} — 51.40

Women's Final

1. Macau Red Phoenix — 55.20
2. Dongjiang Village Women's Team — 55.98
3. Sunrise Paddling Club — 56.44
4. {L:麻涌镇女子队} — 57.03 ({L:因越道被罚时2秒})

Mixed 500 m Final
1. Pearl River Paddlers — 2:07.31
2. Dongjiang Village Team — 2:08.90
3. International Friendship Crew — 2:10.15

The awards ceremony was held at the riverside stage at 17:00. Deputy Mayor Chen presented the trophies to the winning teams. {L:颁奖结束后，各参赛队伍在江边举行了传统的龙舟“收水”仪式。}

Photos: Municipal Sports Bureau | Timing: Guangdong Sports Timing Center
""")

ll("table-tennis-standings-footer", """
Super League Table Tennis · Men's Standings after Round 14
Home | Schedule | Standings | Players | Videos | Shop

| Pos | Team | P | W | L | Pts |
|---|---|---|---|---|---|
| 1 | Shandong | 14 | 12 | 2 | 26 |
| 2 | Shenzhen University | 14 | 10 | 4 | 24 |
| 3 | Beijing | 14 | 9 | 5 | 23 |
| 4 | Shanghai | 14 | 8 | 6 | 22 |
| 5 | Sichuan | 14 | 6 | 8 | 20 |
| 6 | Tianjin | 14 | 5 | 9 | 19 |
| 7 | Jiangsu | 14 | 4 | 10 | 18 |
| 8 | Bayi | 14 | 2 | 12 | 16 |

Scoring rule: two points for a win, one point for a loss, zero points for a forfeit.

Round 14 highlights
Shandong beat Shanghai 3–1 to secure first place in the regular season. Their top player won both of his singles matches without dropping a game.

{L:本轮最佳球员：深圳大学队小将林一帆，决胜局中连得五分帮助球队逆转。}

Shenzhen University came back from 0–2 to beat Sichuan 3–2, with the deciding doubles won 11–9 in the fifth game.

The playoffs will start on December 18. The top four teams qualify.

{L:季后赛门票将于12月10日上午10点在官方小程序开售。}

{L:版权所有：中国乒乓球俱乐部超级联赛组委会}
""")

ll("cycling-race-traffic-control", """
Coastal International Cycling Race Organizing Committee
News | Route | Teams | Live | Traffic

Notice on Temporary Traffic Control During the 2026 Coastal Cycling Race

In order to ensure the smooth running of the 2026 Coastal International Cycling Race on December 13, 2026 (Sunday), temporary traffic control measures will be implemented on some roads together with the traffic police. The relevant matters are announced as follows:

1. Control time and sections
(1) 7:30–10:30: Binhai Avenue from the Yacht Center to Lighthouse Park, both directions.
(2) 8:30–11:30: Huandao Road from Lighthouse Park to Shuangfeng Bridge, {L:分段实施交通管制，车队通过后即恢复通行}.
(3) 9:00–12:00: Xinhai Road and the roads around the finish area.

2. During the control period, motor vehicles and non-motor vehicles are prohibited from entering the controlled sections. {L:持有赛事通行证的车辆按指定路线行驶。}

3. Bus routes 5, 12, 27 and 31 will be temporarily diverted. {L:具体调整方案请关注公交集团官方微信。}

4. Citizens are advised to avoid the controlled roads and choose alternative routes.

We apologize for the inconvenience and thank you for your understanding and support.

Coastal International Cycling Race Organizing Committee
December 3, 2026
""")

ll("running-shoe-product-page", """
ProSport Online Store
Home > Running > Shoes > Men's

Velocity Pro 3 Carbon Racing Shoe
¥1,299.00 (was ¥1,599.00)
★★★★☆ 4.6 (312 reviews)

Colour: Fluorescent Yellow / Black
Size: 39 40 41 42 43 44 45
{L:本款鞋码偏小，建议选大半码。}

Product details
• Full-length carbon fibre plate for an energetic toe-off
• Supercritical foam midsole, 39 mm heel stack
• Breathable engineered mesh upper
• Weight: approx. 215 g (size 42)
• {L:适用场景：马拉松比赛、节奏跑}

Shipping: free shipping on orders over ¥199. Usually ships within 48 hours.
Returns: 7-day no-reason returns, {L:鞋底有磨损痕迹的不予退换}.

Customer questions
Q: Is this suitable for daily training?
A: It is designed for racing and fast sessions. For daily training we recommend the Velocity Trainer.
Q: {L:宽脚能穿吗？}
A: {L:鞋头偏窄，宽脚建议选择2E宽楦版本。}

Reviews
"Very light and bouncy. I ran my best half marathon in it." — runner_zhao
"Good shoe, but the sole wears out fast on the road." — Mike L.

Customer service · Size guide · Store locations
""")

ll("xiangqi-disciplinary-decision", """
Chinese Xiangqi Association · Official Announcement

Decision on the Handling of Violations at the National Xiangqi Individual Championship

Announcement No. 2026-17

During the 2026 National Xiangqi Individual Championship held in Chengdu from November 10 to 20, the arbiters found that player Zhang (male, registered with a provincial team) used an electronic device to obtain assistance in the ninth round. After investigation by the Discipline Committee, the facts are clear and the evidence is conclusive.

According to the Xiangqi Competition Discipline Regulations, the Committee has decided as follows:

1. The player's results in this championship are cancelled, and the rankings of the other players are adjusted accordingly;
2. The player is banned from all competitions organised by the Association for two years, {L:自2026年12月1日起至2028年11月30日止};
3. {L:对其所在单位给予通报批评，并责令该单位加强对运动员的管理教育。}

{L:棋手如对本决定有异议，可在收到决定之日起十五日内向仲裁委员会提出书面申诉。}

The Association reiterates that fair play is the foundation of the game. Anti-cheating measures, including metal detectors and signal blocking, will be strengthened at future events.

Chinese Xiangqi Association ({D:中国象棋协会})
December 1, 2026
""")

ll("esports-live-stream-buttons", """
StarArena TV · Live
Home | Live | Schedule | VODs | Teams | Log in

LIVE · World Mobile Esports Series 2026 · Group Stage Day 3
Viewers: 184,302

Now playing: Match 4 — Apex Tide vs Crimson Oath (Game 2)
Score: Apex Tide 1 – 0 Crimson Oath

[{L:弹幕}] [{L:礼物}] [Share] [{L:订阅主播}]

Stream quality: 1080p60 | 720p | 480p
{L:开通会员可观看蓝光画质并免除广告}

About this stream
The official English broadcast of the World Mobile Esports Series. Sixteen teams from five regions compete for a share of the US$2,000,000 prize pool. Casters today: Orbit and Lumi.

Today's schedule (UTC+8)
14:00 Apex Tide vs Crimson Oath
16:00 Nightfall vs {L:天启战队}
18:00 Team Koi vs Horizon
20:00 {L:龙城竞技} vs Silver Lynx

Chat rules
Be respectful. No spam, links or spoilers from other streams. {L:违规者将被禁言24小时。}

Recent highlights
• Apex Tide's triple kill at the dragon pit — 02:14
• Crimson Oath's base defence — 01:47

StarArena TV © 2026 | Terms | Privacy | {D:浙ICP备20001234号}
""")

if __name__ == "__main__":
    SET.build()
