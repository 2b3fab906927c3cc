"""Build bench/sets/detect36-*.jsonl: a held-out, hand-written detection set ("detect36").

Theme: literature, speeches and opinion.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a Tang quatrain given
line by line with pinyin and English, modern band lyrics with each Chinese stanza line followed by
the English stanza, a Du Fu poem whose original comes after the whole translation, a contemporary
poem with its Chinese title under the English title, a door couplet explained part by part, an
essay quoting the Analects with the originals in square brackets, an essay on homesick poems whose
originals sit in numbered footnotes, podcast show notes giving each Chinese paragraph and then its
English, a bilingual op-ed alternating Chinese and English sentences inside one paragraph, a
cultural-exchange speech quoting idioms with their meaning, a calligraphy scroll description with
its text and seals, a seal-carving exhibition list with readings, a book review quoting a novel's
Chinese first line, a novelist profile whose names appear in characters once and in pinyin after,
a translation workshop post whose Chinese stanza is translated several paragraphs later, a table
of poetics terms, a folk lyric in traditional characters with an em-dash gloss, a Song ci with its
tune title explained, a novel chapter with a classical epigraph, lecture notes glossing Laozi in a
few words, a syllabus with English titles first and an "Originals" list later, and an opinion
column explaining three internet words.

Twenty-two half-translated pages (machine-translated from Chinese, some Chinese left by mistake):
a municipal executive meeting whose mayor's words after "pointed out," stay Chinese and whose
report paragraph keeps one Chinese middle sentence, a university reading festival where the party
secretary's words after "stressed:" stay Chinese, publishing-group news with Chinese clauses glued
by a Chinese comma, a poet's former residence restoration story with one Chinese paragraph on the
same subject, a prose prize press release with its judging paragraph and "About" section left in
Chinese, a poetry festival report with an untranslated recited poem next to a translated motto, a
reading-month slogan list partly Chinese, a translation forum agenda with Chinese session names,
photo captions where the second photo's caption stayed Chinese, a book-fair feature quoting the
winner's speech untranslated, a literary award winners list mixing glossed and bare Chinese
titles, a recitation contest results table with Chinese award cells, a reading initiative whose
last points stayed Chinese, a manuscript exhibition notice with Chinese labels, an editorial with
a glossed proverb beside an untranslated sentence, a lecture report with Chinese section headings,
a company New Year address with one Chinese sentence, a commencement speech whose parallel lines
stayed Chinese, a literature news article with Chinese credit lines above the ICP footer, an
author interview with one untranslated answer, a literary magazine contents page with Chinese
column names, and a symposium summary with one speaker's remarks left in Chinese. Deliberate
Chinese on those pages (a `中文` link, an ICP number, a company name given with its English, a
glossed pair near the leftovers) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set, apart
from public-domain classical lines, whose translations were written for it. The set was written
BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their
builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the first 70 and
last 30 lines of build_blind25.py as a model of the file format were read), and mtmend was never
run on these pages.

Rebuild: `python3 bench/build_blind36.py` from the repository root; it rewrites
bench/sets/detect36-deliberate.jsonl (ids d36d-NN) and bench/sets/detect36-leftovers.jsonl
(ids d36l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect36", chars=(600, 2600), lines=(8, 32)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("quatrain-pinyin-lines", """
Poem of the Week: On Climbing Stork Tower
Wang Zhihuan (688–742)

Our weekly column pairs one short classical poem with a fresh translation. This week's is among the most memorised quatrains in the language. Each line is given below in the original, then in pinyin, then in English.

{D:白日依山尽，}
bái rì yī shān jìn
The white sun sinks, leaning on the hills;
{D:黄河入海流。}
huáng hé rù hǎi liú
the Yellow River runs on into the sea.
{D:欲穷千里目，}
yù qióng qiān lǐ mù
If you would see a thousand miles further,
{D:更上一层楼。}
gèng shàng yì céng lóu
climb one storey higher.

Translator's note: the last two lines have become a proverb of their own. Teachers chalk them on the board before exams and companies hang them on banners at the new year, and the sense is always the same: a wider view rewards one more effort. I kept "storey" rather than "floor" because the tower in the poem was a wooden pavilion with open galleries, not an office block.

Next week: a winter poem by Liu Zongyuan, with a note on why "snow" is the last word.
""")

dd("lyrics-stanza-then-english", """
Lyrics & Translation | "The Old Street at Dusk" by Paper Kite
Album: Small Town Radio (2025) · Track 4

Fans have asked for this one since the band's spring tour. Each stanza of the original is printed first, followed by our English version. We aimed for meaning over rhyme, so don't try to sing it.

[Verse 1]
{D:黄昏落在老街口}
{D:自行车铃声慢慢走}
{D:卖糖葫芦的大叔还在}
{D:问我怎么一个人回来}
Dusk settles where the old street begins,
a bicycle bell wanders slowly past;
the man who sells candied haws is still there,
asking why I came back on my own.

[Chorus]
{D:别问我去了哪里}
{D:城市太大装不下回忆}
{D:只有这条街还记得}
{D:我们十七岁的样子}
Don't ask me where I went —
the city was too big to hold what I remember;
only this street still recalls
the way we looked at seventeen.

Translated by a fan team; corrections welcome in the comments. Posted with the band's permission.
""")

dd("translation-then-original", """
Anthology Online › Tang Dynasty › Du Fu

A Spring View
Du Fu, written in 757 in occupied Chang'an

The state is broken; the hills and rivers remain.
Spring comes to the city, and grass and trees grow deep.
Grieving for the times, I see the flowers shed tears;
hating to be parted, I hear the birds startle the heart.
The beacon fires have burned for three months on end;
a letter from home would be worth ten thousand in gold.
I scratch my white head and the hair grows thinner,
too thin now to hold a hatpin.

Note: In the second couplet the tears and the fright may belong to the poet or to the flowers and birds themselves; readers have argued both ways for centuries, and this version leaves the question open.

The original

{D:国破山河在，城春草木深。}
{D:感时花溅泪，恨别鸟惊心。}
{D:烽火连三月，家书抵万金。}
{D:白头搔更短，浑欲不胜簪。}

Form: regulated verse of eight five-syllable lines. Translation by the site editors; free to quote with credit.
""")

dd("zh-title-under-en-title", """
New Voices in Translation — Issue 12

Letter to the River
{D:给河流的信}
by Shen Yao ({D:沈遥}), translated by Martha Quinn

You never answered the first letter,
so I am writing again from the same bank.
The willows have been cut for a road;
the ferryman's son drives a taxi now.
I wanted to tell you that my mother
still washes rice the way you taught her,
three times, until the water runs clear.
I wanted to ask whether you remember
the girl who threw her shoes in you
and walked home barefoot, laughing.
If you are tired of letters, say so.
Otherwise I will keep writing,
one page each spring, when you are high.

About the poet: Shen Yao was born in 1988 in a river town in Anhui and now teaches middle-school physics in Hefei. This poem opens her second collection. Translator's note: I kept the plain title; the Chinese says simply "a letter to the river," with no article and no capital, which English cannot quite manage.
""")

dd("door-couplet-parts", """
How to Read a Spring Festival Couplet

Every year before the Lunar New Year, families paste red paper strips on both sides of the front door and one across the top. Together they form a couplet, and the three parts always come in a fixed order. Here is the one our neighbour wrote for her door this year, with each part explained.

The upper line, pasted on the right as you face the door:
{D:春回大地千山秀}
"Spring returns to the earth, and a thousand hills grow lovely."

The lower line, pasted on the left:
{D:福满人间万户欢}
"Blessings fill the world, and ten thousand households rejoice."

The horizontal scroll across the lintel:
{D:万象更新}
"Everything is renewed."

Notice how the two long lines mirror each other word for word: "spring" answers "blessings," "earth" answers "world," "a thousand hills" answers "ten thousand households." The upper line must end on a falling tone and the lower line on a level tone, which is how you tell them apart even without knowing which side of the door they came from. The horizontal scroll sums up the pair in four characters.

If you buy couplets at a market, check the last character of each line before pasting; shopkeepers say one customer in five puts them on the wrong sides.
""")

dd("quotes-in-square-brackets", """
On Reading Slowly: What the Analects Can Still Teach a Busy Student
An essay by Daniel Okafor, winner of this year's undergraduate essay prize
Faculty of Arts Newsletter · Winter 2026

I came to the Analects late, in my second year, in a seminar I had chosen because it fit my timetable. What surprised me was how practical it is. Confucius is not asking his students to believe anything; he is telling them how to study.

The line that stopped me was the one about thinking: "To learn without thinking is to be lost; to think without learning is to be in danger" [{D:学而不思则罔，思而不学则殆}]. I had spent a year doing the first, highlighting whole pages I never thought about again.

A second line made me less embarrassed about asking questions in class: "When three people walk together, one of them is sure to be my teacher" [{D:三人行，必有我师焉}]. My teacher that term was usually the quiet student from the engineering faculty who had read the set text twice.

And a third line I now copy onto the first page of every notebook: "Review the old and come to know the new, and you may become a teacher" [{D:温故而知新，可以为师矣}]. It is the best description of revision I know.

None of this is exotic wisdom. It is a two-thousand-year-old study guide, and it works.

Daniel Okafor is a third-year history student. The prize is awarded each year for the best essay on a text outside the student's own discipline.
""")

dd("footnoted-originals", """
The Moon, the Accent and the Festival: Homesickness in Three Tang Poems
Culture Desk · Long Read

Few themes recur in classical Chinese poetry as often as the longing for home. Officials were posted far from their families, soldiers were sent to the frontier, and poets turned the distance into some of the most quoted lines in the language.

Li Bai looks at moonlight on the floor and mistakes it for frost, then "raises his head to gaze at the bright moon, and lowers it to think of home."[1] The movement of the head carries the whole poem.

Wang Wei, only seventeen and alone in the capital, writes that he is "a stranger alone in a strange land, and at every festival misses his family twice as much."[2] The line is now printed on holiday greeting cards across the country.

He Zhizhang comes home as an old man: "I left home young and returned old; my accent had not changed, but the hair at my temples had thinned."[3] Children meet him in the lane and ask, laughing, where the visitor has come from.

What links the three is restraint. None of the poets says "I am sad"; each lets a gesture, a festival or a child's question say it instead.

Notes
[1] {D:举头望明月，低头思故乡。}
[2] {D:独在异乡为异客，每逢佳节倍思亲。}
[3] {D:少小离家老大回，乡音无改鬓毛衰。}
""")

dd("podcast-zh-then-en", """
Slow Chinese Stories — Episode 58: The Last Bookshop on Wutong Road
Show notes · 14 min · Level: intermediate

In this episode Xiaoyu reads a short story she wrote about a bookshop that refuses to close. As always, each paragraph of the story is below, first in Chinese and then in English, so you can read along.

{D:梧桐路上的书店开了三十年。老板姓周，每天早上八点开门，晚上九点关门，从来没有休息过一天。}
The bookshop on Wutong Road has been open for thirty years. The owner's surname is Zhou. He opens at eight every morning and closes at nine every night, and he has never taken a single day off.

{D:去年，旁边的商店都换成了奶茶店。有人劝他也改行，他只是笑笑，说书比奶茶更耐放。}
Last year the shops beside it all turned into bubble-tea shops. People advised him to change trades too. He just smiled and said books keep longer than milk tea.

{D:下雨的晚上，店里总会来几个学生。他们不一定买书，但周老板会给每个人倒一杯热水。}
On rainy evenings a few students always come in. They don't necessarily buy anything, but Mr Zhou pours each of them a cup of hot water.

Vocabulary in this episode: kāimén (to open for business), gǎiháng (to change trades), nàifàng (to keep well).
Music: "Rain on Tiles" by a friend of the show. Transcript PDF available to supporters.
""")

dd("op-ed-alternating-sentences", """
Opinion | Our City Needs Its Small Bookshops
Bilingual edition — each Chinese sentence is followed by its English
By Wen Lihua · 3 December 2026 · 4 min read

{D:过去五年，我们城市关闭了二十多家独立书店。}Over the past five years, our city has lost more than twenty independent bookshops. {D:很多人说，这是网购时代不可避免的结果。}Many people say this is the unavoidable result of the online shopping age. {D:我不同意。}I disagree. {D:书店卖的不只是书，还有一个可以停下来的地方。}A bookshop sells not only books but also a place where you can stop for a while.

{D:租金才是真正的问题。}Rent is the real problem. {D:一家小书店每月的租金，往往比它一个月的利润还高。}A small bookshop's monthly rent is often higher than its monthly profit. {D:如果政府能像支持博物馆一样支持书店，情况就会不同。}If the government supported bookshops the way it supports museums, things would be different.

{D:我们不需要把每一家书店都救下来。}We do not need to save every bookshop. {D:但一座城市如果连一家书店都留不住，就应该问问自己出了什么问题。}But a city that cannot keep even one bookshop should ask itself what has gone wrong.

The author is a retired secondary-school teacher and a member of the city's reading association. Views are her own.
Share · Print · Comments (14)
More opinion: Why libraries should open at night · The case for a city poet laureate
""")

dd("speech-idioms-meaning", """
Remarks at the Closing Ceremony of the Chinese Bridge Regional Final
Delivered by the Dean of the School of Languages

Good evening, contestants, teachers, parents and friends.

When I was asked to speak tonight, I went looking for a saying that would fit, and of course the Analects had one ready: {D:有朋自远方来，不亦乐乎} — "Is it not a joy to have friends come from afar?" Tonight we have friends from eleven countries in this hall, so the joy is considerable.

Many of you told me you had studied Chinese for years from textbooks before you ever visited China. There is an idiom for what happened when you finally went: {D:百闻不如一见}, "hearing a hundred times is not as good as seeing once." I hope the trip next summer will give the winners that experience.

To those who did not win tonight, I offer a different idiom, {D:水滴石穿}. Literally, dripping water wears through stone. It means that small, steady effort achieves what force cannot. Your pronunciation tonight is the result of thousands of small drops; keep going.

Finally, a line from the Tang poet Wang Bo for everyone going home tomorrow: {D:海内存知己，天涯若比邻}. "With a true friend somewhere within the seas, the ends of the earth feel like next door."

Congratulations to all of you, and thank you.
""")

dd("calligraphy-scroll-seals", """
Lot 118 · Hanging scroll, ink on paper
Zhao Mingyuan ({D:赵明远}, b. 1949), running script

Dimensions: 136 × 34 cm, mounted on silk brocade with wooden rollers.

Text: {D:非淡泊无以明志，非宁静无以致远}

The two lines come from the letter Zhuge Liang wrote to his son, and translate roughly as: "Without simplicity one cannot make one's aims clear; without calm one cannot reach far." Zhao wrote the first line in heavier, wetter ink and let the brush run dry through the second, so that the last character, "far," is almost all flying white.

Signature and dating at lower left: {D:丙申秋日明远书}, "written by Mingyuan on an autumn day in the bingshen year" (2016).

Seals:
1. Below the signature, an intaglio square seal reading {D:赵明远印}, "seal of Zhao Mingyuan".
2. Beneath it, a relief square seal reading {D:墨缘}, "bound by ink", one of the artist's favourite leisure seals.
3. At upper right, an oval starting seal reading {D:宁静}, "calm", chosen to echo the text.

Condition: light foxing at the margins, otherwise good. Provenance: acquired directly from the artist by the present owner.
Estimate: 8,000–12,000 GBP.
""")

dd("seal-exhibition-list", """
Small Stones, Long Words: An Exhibition of Contemporary Seal Carving
Gallery 3 · Until 28 February

Seal carving compresses a phrase into a stone a few centimetres wide. The artists in this room were each asked to carve one phrase they live by. Readings and translations are given with each impression.

1. {D:听雨} (tīng yǔ) — "Listening to the rain." Carved in relief by a retired railway engineer who says he does his best work on wet afternoons.
2. {D:知足常乐} (zhī zú cháng lè) — "Contentment brings lasting happiness." Intaglio, with the four characters arranged in a square of two by two.
3. {D:一日一字} (yí rì yí zì) — "One character a day." The carver's own motto; she has practised calligraphy daily since 1991.
4. {D:山高水长} (shān gāo shuǐ cháng) — "High mountains, long rivers," meaning an influence or friendship that endures. Relief, in oracle-bone style.
5. {D:闲云野鹤} (xián yún yě hè) — "Idle clouds and wild cranes," the image of a person free from worldly ties. The stone is a pale green Qingtian soapstone.

Visitors may try stamping their own impressions with red paste at the table by the window. Please wipe the seals afterwards.
""")

dd("review-quotes-first-line", """
Book Review: "The South Wind" by Chen Nan, translated by Laura Hsu
Reviewed by Sam Whitlock
Harbour Press, 312 pages, £16.99

Some novels earn their first line; Chen Nan's third novel begins with one so quiet that you almost miss it. In the original it reads {D:那年夏天，镇上的钟停了，没有人去修。} Laura Hsu renders it as "That summer the town clock stopped, and nobody went to fix it," which is faithful and just as flat as the Chinese, deliberately so.

The stopped clock is the book's method. For three hundred pages nothing much happens in the river town of Shuiwan: a ferry is replaced by a bridge, a girl leaves for the city, an old teacher dies. Yet time has clearly gone on without anyone in the town noticing, and Chen's achievement is to make the reader feel that gap.

Hsu's translation is mostly excellent. She keeps the short sentences and resists explaining local customs, trusting the reader to catch up. My one complaint is the dialogue, where a regional dialect becomes a slightly stagey rural English.

The novel's Chinese title, {D:南风}, simply means "south wind," the warm, damp wind that comes up the river in early summer and which, the town believes, makes people restless.

Verdict: four stars. Patient readers will be rewarded.
Filed under: Fiction in Translation · Reviews
""")

dd("profile-pinyin-names", """
Festival Programme › Guest Writers
Writers at the Festival: He Qiuyun

He Qiuyun ({D:何秋云}) grew up in a village on the edge of the Loess Plateau and did not own a book until she was eleven. She now has five novels, two story collections and a shelf of national prizes to her name.

Her breakthrough came with North of the Wheat Fields ({D:麦田以北}, 2014), the story of three sisters who run a flour mill after their father's death. Critics praised its unsentimental view of rural life, and it has since been adapted for television. Her most recent novel, The Winter Kitchen, follows one of the sisters' daughters to a restaurant job in Xi'an.

He writes in the early morning, by hand, in school exercise books. "I still can't think on a screen," she told an interviewer last year. She lives in Xi'an with her husband, the painter Lu Shan, and their two cats.

At the festival, He Qiuyun will read from The Winter Kitchen with her English translator, Tom Fielding, and talk about writing women's work: milling, cooking, cleaning, the labour that novels usually skip.

Saturday 14:00, Main Tent. Signing afterwards at the festival bookshop.
Language: Chinese with English interpretation
Tickets: £8, concessions £5
""")

dd("stanza-translated-later", """
Translation Workshop Notes · Week 6: Liu Zongyuan's "River Snow"

This week we worked on one of the shortest poems on the syllabus. Here it is as we read it aloud at the start of the session:

{D:千山鸟飞绝，万径人踪灭。}
{D:孤舟蓑笠翁，独钓寒江雪。}

Most of the discussion was about the first two lines, which are built on extreme numbers: a thousand mountains, ten thousand paths, and then nothing at all on them. Several people wanted to keep the numbers; others felt that "a thousand" and "ten thousand" sound like bookkeeping in English.

The second problem was the last character. The poem ends on "snow," but the line can be read either as fishing in the cold river's snow or as fishing for the snow itself. We decided not to choose.

The third problem was the old man's clothing, a straw cape and a bamboo hat. "Raincoat" sounded too modern; "straw cape" stayed.

Here is the version the group agreed on by the end of the session:

Over a thousand hills, no bird in flight;
on ten thousand paths, no trace of anyone.
One boat, one old man in straw cape and hat,
fishing alone in the cold river snow.

Next week bring your own drafts of Wang Wei's "Deer Park."
""")

dd("poetics-terms-table", """
Glossary: Key Terms in Classical Chinese Poetics
Handout for LIT 214, Introduction to Chinese Literature in Translation

You will meet these terms in the critical readings. Learn the English equivalents; you do not need the characters for the exam, but they will help you find the terms in the secondary literature.

| Term | Pinyin | English | What it describes |
|---|---|---|---|
| {D:意境} | yìjìng | realm of mood | the atmosphere a poem creates beyond its literal images |
| {D:比兴} | bǐxìng | comparison and evocation | opening with a natural image that sets up the human subject |
| {D:对仗} | duìzhàng | parallelism | matching words by part of speech and tone across two lines |
| {D:平仄} | píngzè | level and oblique tones | the tonal pattern required in regulated verse |
| {D:用典} | yòngdiǎn | allusion | borrowing a story or phrase from an earlier text |
| {D:留白} | liúbái | leaving space | saying less so that the reader completes the meaning |

Tip: parallelism and tonal pattern are easiest to see in the middle couplets of an eight-line poem. Try marking them in the Du Fu reading for Thursday.
""")

dd("traditional-lyric-dash-gloss", """
Songs from the Harbour: A Folk Lyric from the North Coast of Taiwan

This short song is sung at the annual harbour festival in a small fishing town near Keelung. The lyric below is printed in traditional characters, as on the festival programme, with an English gloss after each line.

{D:海風吹過舊漁港} — The sea wind blows across the old fishing harbour
{D:阿嬤還在門口等} — Grandma is still waiting at the door
{D:燈火一盞一盞亮} — One by one the lamps are lit
{D:等那艘晚歸的船} — waiting for the boat that comes home late
{D:浪再大也要回來} — however high the waves, it must come back
{D:厝內的湯還沒涼} — the soup at home has not gone cold

The word rendered "home" in the last line is a Taiwanese word for house, which the singers pronounce in Hokkien even when the rest of the song is sung in Mandarin. Festival organisers say the song is about thirty years old and was written by a schoolteacher whose father was a fisherman.
""")

dd("ci-tune-title", """
Mid-Autumn Reading: Su Shi's Moon Poem

Su Shi wrote this lyric at the Mid-Autumn Festival of 1076, after a night of drinking, while missing his younger brother Su Zhe, whom he had not seen for seven years. It is a ci, a song lyric written to an existing tune; the heading {D:水调歌头} is the name of that tune, usually translated as "Prelude to the Water Melody," and says nothing about the content.

The opening lines:
{D:明月几时有？把酒问青天。}
"When did the bright moon first appear? I raise my cup and ask the blue sky."

{D:不知天上宫阙，今夕是何年。}
"I do not know, in the palaces of heaven, what year it is tonight."

The closing lines, which almost everyone in China can recite:
{D:人有悲欢离合，月有阴晴圆缺，此事古难全。}
"People have sorrow and joy, parting and reunion; the moon is dim or bright, full or waning. Since ancient times this has never been perfect."

{D:但愿人长久，千里共婵娟。}
"I only wish that we may live long, and share the moon's beauty across a thousand miles."

The final line is now sung as a pop song and printed on mooncake boxes, and it remains the standard way to wish a faraway friend well at the festival.
""")

dd("chapter-epigraph", """
Chapter Seven: The Library at Night

{D:吾生也有涯，而知也无涯。}
My life has a limit, but knowledge has none.
— Zhuangzi

By the third week of term Mei had found the one place on campus where nobody asked her anything. The old library stayed open until midnight, and after ten the only other people on the fourth floor were a night porter and a man who slept over the economics journals with his shoes off.

She had a list, written in the back of her notebook, of everything she did not know. It had begun as a joke with her roommate and had grown to three pages: the names of trees, how interest rates work, the rules of cricket, what her grandfather had done during the war. Every night she crossed off one line and added two.

The porter noticed the notebook on the fourth night. He was an old man with a cough, and when he leaned over to look, he read the line at the top of the first page aloud, the line she had copied from her philosophy reading, and laughed.

"You'll never finish," he said. "That's the point, isn't it?"

She did not answer. She wrote "the porter's name" at the bottom of the list and went back to her book.
""")

dd("lecture-laozi-short-gloss", """
PHIL 1020 · Lecture 9 notes: Water and Softness in the Daodejing

Main claim of the lecture: Laozi repeatedly uses water as a model for how a person, and a ruler, should act.

Key passages (gloss only; full translations are in the course reader):
- {D:上善若水} — "the highest good is like water"
- {D:水善利万物而不争} — water benefits all things and does not compete
- {D:天下莫柔弱于水，而攻坚强者莫之能胜} — nothing is softer than water, yet nothing beats it against the hard

Three points to remember:
1. Water takes the low place that others avoid. For Laozi, humility is not weakness but a position of strength.
2. Water does not strive, yet it shapes valleys. Compare the idea of wu wei, "non-action," from Lecture 7.
3. Softness overcomes hardness over time. Ask whether this is a moral claim or a claim about physics, and whether the text cares about the difference.

A related line we discussed at the end, for those who asked:
{D:知人者智，自知者明} — knowing others is wisdom; knowing yourself is clarity.

Seminar question for Friday: does the water image make the Daodejing a political text, a personal one, or both?
""")

dd("syllabus-originals-later", """
Department of Comparative Literature
CLT 305: The Chinese Novel in English Translation — Spring reading list

Week 1–2: Shen Congwen, Border Town (tr. Jeffrey Kinkley)
Week 3–4: Wu Cheng'en, Journey to the West, selected chapters
Week 5–6: Shi Nai'an, Outlaws of the Marsh, chapters 1–12
Week 7: Pu Songling, Strange Tales from a Chinese Studio, six stories
Week 8–9: Wu Jingzi, The Scholars, chapters 1–8
Week 10–12: Cao Xueqin, The Story of the Stone (Dream of the Red Chamber), volume one

Essays are due in weeks 6 and 12. Students who read Chinese are welcome to consult the originals, and may quote them in essays as long as every quotation is translated.

Original titles, in the order of the list above:
1. {D:边城}
2. {D:西游记}
3. {D:水浒传}
4. {D:聊斋志异}
5. {D:儒林外史}
6. {D:红楼梦}

Office hours: Tuesdays 15:00–17:00, Humanities Building room 412.
""")

dd("column-three-words-explained", """
Column | Three Words That Explain a Generation
By Ruth Anand · Sunday 29 November 2026

If you want to understand how young people in Chinese cities talk about work, you could read a hundred surveys, or you could learn three words.

The first is {D:内卷} (nèijuǎn), borrowed from an anthropology term and usually translated as "involution." It describes competition that makes everyone work harder without anyone getting ahead, like a cinema audience where one person stands up and soon everybody is standing, with no better view.

The second is {D:躺平} (tǎngpíng), "lying flat." It is the refusal to join that contest: work enough to live, buy nothing you do not need, and stop pretending to want a promotion.

The third and newest is {D:摆烂} (bǎilàn), roughly "letting it rot," which goes a step further. Where lying flat is a quiet withdrawal, letting it rot means no longer even trying to hide that you have given up.

Older commentators treat these words as proof that the young have gone soft. I read them differently. Each one is a precise diagnosis, and a generation that can name its condition this exactly is not lazy; it is paying attention.

The columnist teaches sociology and writes every other Sunday.
Tags: language, work, youth, cities
""")


# ---------------------------------------------------------------- half-translated

ll("mayor-pointed-out", """
Home > Government Affairs > Executive Meetings

Municipal Government Holds Executive Meeting to Deploy Winter Heating Work
Source: Municipal Government Office   Date: 2026-11-28

On November 27, Mayor Liu Jianguo presided over the 46th executive meeting of the municipal government to study and deploy heating supply, production safety and the security of people's livelihood in winter and spring.

The meeting heard a report from the Municipal Housing and Urban-Rural Development Bureau on the progress of the heating season. Since November 15, the city has supplied heat to 382,000 households, and the indoor temperature compliance rate has reached 98.6%. {L:但部分老旧小区仍存在管网老化、室温不达标等问题，群众反映比较集中。} The meeting required the relevant departments to complete pipeline inspections in old residential areas before December 10.

Liu Jianguo pointed out, {L:冬季供暖是最直接、最现实的民生问题，各级各部门要把群众冷暖放在心上，决不能让一户群众挨冻。} He asked the heating companies to open a 24-hour hotline and respond to every complaint within two hours.

The meeting also studied the city's work plan for production safety during the New Year and Spring Festival holidays, and decided to carry out a special inspection of gas use in restaurants, shopping malls and construction sites from December 1 to February 28.

Vice mayors and heads of relevant departments attended the meeting.
""")

ll("campus-festival-stressed", """
University News | {D:中文} | Contact

Eleventh Campus Reading Festival Opens
Posted by: Publicity Department   Views: 1,274

On the afternoon of December 2, the opening ceremony of the university's eleventh Campus Reading Festival was held in the lecture hall of the library. Party Secretary Zhao Hongmei, Vice President Sun Li, and more than 600 teachers and students attended the ceremony.

At the ceremony, the library announced the list of the top ten "reading stars" of the year and the most borrowed books. The most borrowed book of the year was a popular science book on the history of mathematics, borrowed 412 times.

Zhao Hongmei stressed: {L:读书是大学生最重要的功课之一，希望同学们少刷一点短视频，多读几本经典，在阅读中涵养品格、开阔眼界。} She hoped that all colleges would make use of the festival to organize reading clubs and book-sharing activities.

During the festival, which runs until December 31, the university will hold more than 30 activities, including a classics recitation contest, an author lecture series, a second-hand book market and a "blind date with a book" event in which books are wrapped in paper so that readers choose them only by a short description.

Students can sign up for all activities through the library's official account.
""")

ll("publisher-comma-glued", """
Qingshan Publishing Group ({D:青山出版集团}) Holds 2027 Publishing Planning Meeting
Source: Group News Centre   Date: 2026-12-01

On November 30, Qingshan Publishing Group held its 2027 publishing planning meeting in Changsha. Editors-in-chief of the group's nine publishing houses, heads of the distribution department and representatives of more than 40 authors attended.

General manager Deng Wei reported on the group's work in 2026. During the year, the group published 1,860 new titles, and sales of physical books increased by 6.2% year on year{L:，其中少儿图书和传统文化类图书增长最为明显。}E-book and audiobook revenue exceeded 80 million yuan for the first time.

Deng Wei said that in 2027 the group will launch about 120 key titles{L:，原创文学作品的比例将提高到一半以上，并重点扶持三十五岁以下的青年作家，}and will set up a translation fund to bring more of its authors to overseas readers.

The meeting also announced the group's three flagship projects for next year: a twelve-volume edition of the collected works of regional poets, a series of picture books on intangible cultural heritage, and a digital reading platform for rural schools.

At the end of the meeting, author representatives signed cooperation agreements with the group's literature publishing house.

Editor: Luo Min
Previous: Group wins three national book design awards   Next: Autumn book fair orders exceed expectations
""")

ll("residence-paragraph-between", """
Home > Culture > Heritage Protection
Restoration of Poet's Former Residence Completed, to Open to Public on New Year's Day
Source: District Culture and Tourism Bureau   2026-11-30

After eighteen months of restoration, the former residence of the late-Qing poet Huang Zunyan in the old town of Meixi has been completed and will open to the public free of charge from January 1, 2027.

The residence was built in 1872 and consists of two courtyards, a study and a small garden. Before the restoration, the roof of the rear courtyard had partly collapsed and the wooden window frames had been damaged by termites. The restoration followed the principle of "repairing the old as it was," and as much of the original material as possible was retained.

{L:修缮过程中，施工人员在书房墙壁夹层内发现了一批手稿和信札，共计四十七页，其中包括诗人晚年未刊的诗作十余首。目前这批文物已移交市博物馆进行保护和整理，预计明年下半年出版影印本。}

The exhibition in the residence is divided into three parts: the poet's life, his poetry and his friendships with other scholars of the time. Visitors can also see a reconstruction of his study, with a desk, brushes and inkstones of the period.

The opening hours will be 9:00 to 17:00 from Tuesday to Sunday. Groups of more than twenty people should book one day in advance by phone.
Share to: WeChat | Weibo | QQ
""")

ll("prize-press-release-half", """
PRESS RELEASE — FOR IMMEDIATE RELEASE

Shortlist Announced for the 2026 Jiangnan Prose Prize

Hangzhou, December 1, 2026 — The organizing committee of the Jiangnan Prose Prize today announced the shortlist for this year's prize. Five collections were selected from 312 submissions from 21 provinces:

- Salt and Tide ({D:盐与潮}) by Fang Ruolin
- The Year of the Locust Tree ({D:槐树那年}) by Guo Ping
- Letters from the Night Shift ({D:夜班来信}) by Ma Xiaodong
- Notes on My Father's Hands ({D:父亲的手}) by Tan Jing
- A Map of Small Rivers ({D:小河地图}) by Yu Shuang

{L:本届评委会由五位作家、评论家和编辑组成，评委会主任由著名散文家林和平担任。评委会认为，今年的入围作品题材更加多样，青年作者的表现尤其突出。}

The winner will be announced at an award ceremony in Hangzhou on January 15, 2027, and will receive a prize of 100,000 yuan.

{L:关于江南散文奖}
{L:江南散文奖创办于二〇一二年，每年评选一次，旨在鼓励当代散文创作，推动优秀作品的出版与传播。}

Media contact: Ms. Chen, Organizing Committee Office, tel. 0571-8702-6415
""")

ll("festival-untranslated-poem", """
Ninth West Lake Poetry Festival Closes with Open-Air Recital

The ninth West Lake Poetry Festival closed on the evening of November 29 with an open-air recital on the lakeside lawn. More than two thousand residents and visitors braved the cold to listen.

The festival's motto this year, {D:诗在身边} ("poetry is all around us"), was projected on a screen above the stage. Organizers said the motto was chosen to encourage ordinary people, not only professional poets, to write.

The recital opened with classical works read by members of the local theatre troupe, followed by new poems from the festival's writing workshops. The most applauded performance came from fourteen-year-old Xu Nuo, a middle-school student from the city, who read a poem she had written about her grandmother:

{L:外婆的院子很小}
{L:小到只放得下一棵柿子树}
{L:每年秋天她把最红的那个}
{L:留在枝头，说是给鸟的}

After the reading, the poet and festival chairman Lu Fang presented Xu Nuo with the festival's youth prize and a set of poetry collections.

During the nine days of the festival, 46 events were held, including readings, translation salons, calligraphy exhibitions and a poetry market, attracting more than 60,000 visits. The tenth festival will be held next autumn.
""")

ll("slogan-list-mixed", """
Notice on Carrying Out the 2026 "Reading Month" Publicity Activities

All districts, counties and units:

In order to promote reading for all and build a "scholarly city," the Municipal Publicity Department has decided to carry out "Reading Month" publicity activities throughout the city in December. Please use the following slogans on banners, electronic screens, bus stops and public accounts.

Recommended slogans:
1. Reading lights up life, and books warm the city.
2. One more book, one more hope.
3. {L:全民阅读，共建书香社会}
4. {L:让阅读成为一种生活方式}
5. Read classics, pass on civilization.
6. {L:好书伴成长，书香润心灵}
7. {L:每天阅读半小时，终身受益}

Each district should hang no fewer than 50 banners in public places, and the slogans should be displayed in a standard and eye-catching manner. Libraries, bookstores and schools should organize at least one reading activity every week.

Please report the implementation to the Municipal Publicity Department before January 5, 2027.

Municipal Publicity Department
November 25, 2026
""")

ll("forum-agenda-zh-sessions", """
2026 International Forum on the Translation of Chinese Literature
Venue: Conference Centre, Building 2   Dates: December 12–13

Day 1 — Saturday, December 12
08:30–09:00  Registration
09:00–09:40  {L:开幕式暨主旨演讲}
09:40–10:00  Group photo and tea break
10:00–12:00  Panel 1: Translating Contemporary Fiction for English Readers
12:00–13:30  Lunch (Staff Canteen, 1st floor)
13:30–15:30  {L:分论坛二：中国古典诗词的外译与传播}
15:30–17:30  Panel 3: Publishers and Agents in the Translation Market

Day 2 — Sunday, December 13
09:00–11:00  {L:青年译者工作坊}
11:00–12:00  Roundtable: Machine Translation and Literary Style
12:00–13:30  Lunch
14:00–15:00  {L:闭幕式及优秀论文颁奖}

Notes:
Simultaneous interpretation (Chinese–English) will be provided in the main hall. Speakers are requested to send their slides to the secretariat by December 8.
Secretariat: Ms. Wang, tel. 010-6893-2217, email forum@example.edu.cn
""")

ll("photo-caption-second-zh", """
Photo Report: Rural Children Write Their First Poems

Last week, volunteers from the Faculty of Chinese Language and Literature visited Hongyan Primary School in the mountains of the county to hold a week-long poetry workshop. About eighty pupils from grades three to six took part.

[Photo 1]
Volunteer Li Xin reads a children's poem to third-grade pupils in the school courtyard.

[Photo 2]
{L:图为六年级学生在老师的指导下，把自己写的诗抄在树叶形状的卡片上，挂在教室的“诗歌树”上。}

[Photo 3]
Pupils and volunteers pose for a group photo after the closing reading.

During the workshop, the volunteers taught the pupils how to observe the things around them — clouds, cattle, the stream behind the school — and write them down in short lines. Many of the children had never written a poem before. By the end of the week every pupil had written at least two poems, and the best forty were printed in a small booklet titled "The Mountain Is Listening."

The faculty plans to make the workshop an annual event and to invite the pupils to visit the university next summer.

Text: Faculty of Chinese Language and Literature   Photos: Student Media Centre
""")

ll("bookfair-winner-speech", """
Book Fair Ends with Award for Debut Novelist
By our reporter Jiang Tao   Updated: 2026-12-01 18:42

The Southern Book Fair closed on Sunday with the presentation of its annual Debut Novel Award to 29-year-old writer Peng Xiaoqi for her novel "The Lighthouse Keeper's Daughter."

The novel tells the story of a girl growing up on a small island off the coast of Fujian, where her father is the last keeper of a lighthouse due to be automated. The judges praised its "clear, unhurried prose" and its portrait of a community facing change.

Peng, who worked as a customs clerk for six years before turning to writing full-time, appeared moved as she accepted the prize. "{L:我要感谢我的父亲，他不识字，但他教会了我怎么看海。这本书是写给所有守着一盏灯的人的。}" she said, to long applause from the audience.

Her publisher said that the first print run of 20,000 copies had sold out during the fair and that a second printing was on the way. Translation rights have already been sold in three countries.

The fair, held over five days, attracted more than 350,000 visitors and 600 exhibitors. Organizers reported book sales of 42 million yuan, up 9% on last year.
Related: Debut authors dominate this year's shortlist · Fair sets new attendance record
""")

ll("award-list-bare-titles", """
Winners of the 2026 Provincial Literature Awards Announced

The provincial writers' association announced the winners of the 2026 Provincial Literature Awards on November 26. The awards are presented every two years in five categories. The list of winners is as follows.

Novel
- Cotton Season ({D:棉花季}) by Zhou Lan
- {L:《北方的河没有名字》} by Hou Jianjun

Novella and Short Story
- The Barber of Station Road ({D:车站路的理发师}) by Qin Yu

Poetry
- {L:《在风里写信》} by A Mu
- Salt Field ({D:盐田}) by Ren Xiaoyan

Prose
- {L:《我的乡村小学》} by Lan Qing

Children's Literature
- The Boy Who Collected Echoes ({D:收集回声的男孩}) by Wei Dong

The award ceremony will be held in early January. Each winning work will receive a prize of 50,000 yuan, and the association will recommend the winning works for national awards.
""")

ll("contest-results-table", """
Results of the 2026 Municipal Primary and Secondary School Classical Poetry Recitation Contest

The final of the 2026 municipal classical poetry recitation contest was held on November 22 at the Youth Activity Centre. After preliminary rounds in each district, 36 contestants from 24 schools took part in the final. The results are announced as follows:

| School | Contestant | Piece | Award |
|---|---|---|---|
| No. 1 Middle School | Wang Yichen | Climbing Stork Tower | {L:一等奖} |
| Experimental Primary School | Liu Ke | {L:将进酒} | {L:一等奖} |
| No. 7 Middle School | Zhang Ruoxi | A Spring View | Second prize |
| Binjiang Primary School | Chen Hao | {L:念奴娇·赤壁怀古} | {L:二等奖} |
| Foreign Languages School | Li Mengqi | Song of the Pipa | Second prize |
| No. 3 Middle School | Zhao Yu | {L:木兰辞} | {L:三等奖} |

{L:优秀指导教师}: Sun Yanping, Gao Lei, Huang Min

Certificates will be sent to the schools through the district education bureaus. Congratulations to all the contestants.

Municipal Education Bureau   November 28, 2026
""")

ll("reading-proposal-tail", """
Proposal to All Teachers and Students: Let Us Read Together

Dear teachers and students:

Books are the ladder of human progress. To build a scholarly campus and make reading part of everyone's daily life, the Student Union and the Library jointly put forward the following proposal to all teachers and students:

1. Read at least one book a month. Choose the books you are interested in, and try to read classics outside your major.
2. Put down your phone for half an hour every day and spend it on paper reading.
3. Make good use of the library. Return books on time, keep them clean, and do not write in them.
4. {L:积极参加读书分享会，把好书推荐给身边的同学，让阅读从一个人的事变成一群人的事。}
5. {L:毕业生离校前可将闲置书籍捐赠给图书馆“图书漂流角”，让知识继续传递下去。}

{L:让我们从今天开始，从一本书开始，与书为友，与经典同行！}

Student Union
University Library
December 1, 2026
""")

ll("manuscript-exhibit-labels", """
Exhibition of Modern Writers' Manuscripts Opens at the Provincial Library

An exhibition of manuscripts by modern and contemporary writers from the province opened at the Provincial Library on December 3. More than 150 items are on display, including handwritten drafts, letters, diaries and revised proofs, most of which are being shown to the public for the first time.

One highlight is the original draft of a well-known prose poem, on which the author crossed out and rewrote the famous closing line four times. The final version, {D:我把灯留给你}, "I leave the lamp for you," is printed on the exhibition poster.

Another highlight is a box of letters between two novelists who corresponded for forty years without ever meeting.

{L:展出时间}: December 3, 2026 – March 31, 2027 (closed on Mondays)
{L:展出地点}: Exhibition Hall, 2nd Floor, Provincial Library
{L:参观须知}: {L:展厅内请勿使用闪光灯拍照，请勿触摸展品。}

Guided tours are available at 10:00 and 15:00 every Saturday. Admission is free; visitors should bring their ID card.
""")

ll("editorial-proverb-then-zh", """
Editorial | Let Reading Become a Habit, Not a Campaign
City Evening News Commentator   December 4, 2026

Every December, reading activities appear everywhere: banners in the streets, lectures in libraries, photos of officials holding books. Then January comes, and the banners come down.

There is an old saying, {D:书中自有黄金屋}, "in books there are houses of gold." For centuries the line was used to persuade young men to study for the imperial examinations, and it still hangs in many classrooms. {L:但今天我们提倡阅读，不是为了黄金屋，而是为了让每个人都有一块安放内心的地方。}

The real measure of a scholarly city is not the number of activities but the number of people who still read when no one is counting. A recent survey found that adults in the city read an average of 4.7 paper books last year, slightly below the national level.

What would help? Libraries that stay open in the evenings, reading corners in residential communities, and schools that give pupils time to read whatever they like, not only set texts. {L:与其搞轰轰烈烈的活动，不如建一座离家十五分钟的图书馆。}

Reading is a quiet habit. It should be supported quietly, all year round.
(Editor: Zhou Ping)
""")

ll("lecture-report-zh-headings", """
Provincial Academy of Social Sciences Holds Special Lecture on Traditional Culture

On November 24, the Provincial Academy of Social Sciences held a special lecture on the creative transformation of excellent traditional Chinese culture. Professor Han Zhiqiang of the Institute of Literature gave the lecture, which was attended by more than 200 researchers and graduate students.

Professor Han's lecture was divided into three parts.

{L:一、正确认识传统文化的当代价值}
Professor Han pointed out that traditional culture is not a museum piece but a living resource. Classical poetry, for example, is still recited by children and quoted by leaders, and provides a shared language across generations.

{L:二、推动传统文化的创造性转化}
He said that transformation means giving old forms new content, citing the success of television poetry competitions and the reprinting of classical texts in annotated, affordable editions.

{L:三、加强传统文化的国际传播}
He argued that translation is the weakest link, and called for more support for young translators and for bilingual editions of the classics.

After the lecture, Professor Han answered questions from the audience. Vice President Xu Ming presided over the lecture.
""")

ll("new-year-address-one-zh", """
New Year Message from the Chairman of Hengda Paper Industry Co., Ltd. ({D:恒达纸业股份有限公司})

Dear colleagues,

As 2026 draws to a close, on behalf of the board of directors, I would like to extend New Year greetings to all our employees and their families, and to thank our customers and partners for their trust.

This year was not an easy one. Raw material prices rose sharply in the first half of the year, and demand for printing paper continued to decline. Even so, we achieved operating revenue of 3.2 billion yuan, and our new cultural paper line in the eastern plant started production on schedule in September. {L:这些成绩的取得，离不开每一位员工的辛勤付出，特别是在设备检修和夜班一线坚守的同事们。} Our specialty paper for book publishing now supplies more than sixty publishers across the country.

In 2027, we will continue to invest in environmentally friendly production, reduce water consumption per ton of paper by a further 8%, and expand our exports to Southeast Asia.

I wish you all good health, happiness for your families and success in the new year.

Zhang Qiming
Chairman of the Board
December 31, 2026
""")

ll("commencement-parallel-lines", """
Speech by the President at the 2026 Winter Commencement

Dear graduates, parents, colleagues and friends,

Good morning. Today 1,842 of you receive your degrees, and you leave this campus at a time when the world is changing faster than any of us expected when you arrived.

Four years ago, many of you came here with a suitcase and a little fear. Some of you had never left your home province. Today you leave with knowledge, with friends, and, I hope, with a few questions you have not yet answered.

I have three wishes for you, and I will say them in the words I wrote for you last night:

{L:愿你们走得再远，也不忘来时的路；}
{L:愿你们站得再高，也看得见身边的人；}
{L:愿你们历经风雨，依然相信美好。}

The world outside will measure you by titles, salaries and the size of your office. Please do not measure yourselves that way. Measure yourselves by the work you are proud of and the people you have helped.

Wherever you go, this university will always be your home. Come back often, and tell us what you have learned.

Congratulations, class of 2026. Thank you.
""")

ll("news-credits-footer", """
Literature Channel > News

Writers Visit Coastal Villages for "Deep into Life" Project

A group of fourteen writers from the provincial writers' association spent ten days in fishing villages along the southern coast last month as part of the "Deep into Life" writing project. The writers lived with local families, went out to sea with fishermen and visited seafood processing plants and village schools.

The project, now in its fifth year, aims to encourage writers to base their work on the experiences of ordinary people. Works from earlier rounds have included a novel about oyster farmers and a collection of poems about a lighthouse. This year's participants are expected to submit their work by the end of June, and a selection will be published in a special issue of the association's magazine.

{L:来源：省作家协会}
{L:责任编辑：刘晓燕}
{L:审核：陈立}

About Us | Contact | {D:中文}
Copyright © 2026 Provincial Literature Network. All rights reserved.
{D:浙ICP备10023417号-2}
""")

ll("author-interview-zh-answer", """
Interview | "I Write About People Who Leave": A Conversation with Novelist Lin Shu

Lin Shu's new novel follows three generations of a family who leave their village one by one. We spoke with her at her home in Chengdu.

Q: Why did you choose migration as the subject of this book?
A: Because it is the story of my own family. My grandfather went to Chongqing to work on the docks, my mother went to Shenzhen to work in a factory, and I went to university and never came back. Everyone in my village has a relative who left.

Q: The village in the novel has no name. Why?
A: {L:我不想让读者觉得这只是某一个地方的故事。中国有成千上万这样的村子，名字并不重要，重要的是那些一年只回来一次的人。}

Q: You wrote the novel over seven years. What took so long?
A: I rewrote the ending five times. In the first version the family returned to the village, and it felt false. In the end I let them stay away, and let the village remember them instead.

Q: What are you working on now?
A: A book of short stories about bus drivers. I have been riding the night buses in Chengdu for a year, listening.

Lin Shu's novel is published by Tianfu Literature Press.
""")

ll("magazine-contents-zh-columns", """
Spring River Literary Monthly — Issue 12, December 2026
Table of Contents

{L:卷首语}
On Winter and the Patience of Writers ... by the Editors ... 2

{L:中篇小说}
The Night Ferry ... Guo Xiaomei ... 4
Eleven Days in the Salt Works ... Pan Lei ... 38

Short Stories
The Last Customer ... Deng Yu ... 71
My Uncle's Radio ... Shi Wen ... 84

{L:诗歌方阵}
River Town Poems (a sequence) ... Ma Yan ... 97
Night Shift at the Hospital ... Zhuo Lin ... 103

Prose
Snow at My Mother's Door ... Xie Hong ... 110

{L:新人新作}
The Girl on the Bridge ... Hu Yiran ... 121

Reviews and Criticism
Reading the Countryside Anew ... Professor Tang Jie ... 136

Editor-in-chief: Yu Hai   Price: 15 yuan   Subscription code: 28-117
""")

ll("symposium-speaker-summaries", """
Symposium Marks 100th Anniversary of Local Poet's Birth
Source: City Library   Published: 2026-12-01   Font: Large Medium Small

On November 30, a symposium to commemorate the 100th anniversary of the birth of poet Qiao Yuanshan was held at the city library. More than 80 scholars, writers and members of the poet's family attended. The speakers' main points are summarized below.

Professor Feng Jiamin of Normal University said that Qiao's early poems about the river and the salt marshes remain among the finest regional poetry of the period, and called for a complete annotated edition of his works.

Poet Ye Chang, a former student of Qiao's, recalled that Qiao corrected students' poems in red ink and always wrote one encouraging sentence at the end, however poor the poem.

Li Rong, director of the City Federation of Literary and Art Circles, said that {L:乔远山先生的诗歌是我们这座城市的文化名片，要把纪念活动和青少年诗歌教育结合起来，让更多孩子读到他的作品。}

The poet's daughter, Qiao Lan, thanked the organizers and announced that the family would donate more than 300 of his manuscripts and letters to the city library.

During the symposium, a new selection of Qiao's poems was released, and an exhibition of his manuscripts opened in the library's lobby, where it will remain until the end of January.
Print this page | Close window
""")

if __name__ == "__main__":
    SET.build()
