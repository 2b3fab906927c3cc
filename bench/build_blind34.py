"""Build bench/sets/detect34-*.jsonl: a held-out, hand-written detection set ("detect34").

Theme: film, TV, music, novels, celebrities and encyclopedia pages in English.

Twenty-two English pages that contain Chinese on purpose, one of each kind: a film infobox with
Traditional / Simplified / Pinyin / Jyutping rows, an actress's filmography as a Markdown table
with original titles and role names in characters, a drama cast list naming actors and roles in
characters, a translated web novel's table of contents with the original chapter titles, a
fan-wiki character page with epithet, sect and quoted lines, an actor's awards table with the
Chinese award and category names, an album page whose track list is followed by a list of the
original (traditional) titles, a film review quoting one line of dialogue whose translation comes
several paragraphs later, a subtitle-comparison blog post, a singer's encyclopedia lead
(`Chinese: …; pinyin: …`), a drama episode guide, a Cantopop artist profile with Jyutping
(traditional characters), a page on a film title taken from a Tang poem with the whole poem
translated, a music-blog essay that glosses only a few words of a chorus, a wuxia translation
glossary, a film-week programme with original titles in brackets, CD-booklet credits with
Chinese labels and English labels, Yue opera programme notes with surtitled aria lines, a red-carpet
roundup whose names are evidenced only by their pinyin, a variety-show encyclopedia page, a
translator's afterword on names and a proverb, and a design post on Chinese film posters and
their taglines.

Twenty-two half-translated pages (machine-translated Chinese entertainment and culture news,
some Chinese left by mistake): an actress interview whose quotes stay Chinese, a literary prize
report with one untranslated sentence mid-paragraph, an opera-film week notice with CMS furniture
(发布时间, 来源, 点击量, 责任编辑), a drama cast announcement whose two roles stay Chinese, a
cinema listing with a Chinese synopsis beside an English synopsis of another film, a weekend
box-office table with Chinese cells, a music news page with gambling spam among its footer links,
a folk-music festival report with Chinese clauses glued on by a Chinese comma, a concert tour
notice with Chinese ticket rules, a drama finale report with Weibo hashtags and a netizen comment,
a premiere report with a Chinese photo caption and credit, an opera news page with Chinese
previous/next and related-reading headlines, a festival awards report whose jury citation stays
Chinese beside translated category names, a singer's Weibo post quoted untranslated, a web-novel
chapter page with Chinese navigation and author's note, a TV programme guide with Chinese slots,
a streaming page with Chinese buttons, a music awards list with two categories left in Chinese, a
studio slate press release with a Chinese media-contact line and disclaimer, a Kunqu tour notice
with two untranslated excerpt titles and a practical-information sentence, a book review quoting
one line untranslated beside a translated one, and a music-festival page with Chinese organiser
lines. Deliberate Chinese on those pages (a `中文` link, an ICP number, a company or title given
with its English, translated category names) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set (the
Wang Wei poem is public domain; its translation was written here). The set was written BLIND on
2026-12-04: without reading mtmend's code, its tests, the other bench sets or their builders
(only bench/blind_set.py, the first 70 and last 30 lines of build_blind25.py as a model of the
file format, and `marked()` in build_detection_sets.py were read), and mtmend was never run on
these pages.

Rebuild: `python3 bench/build_blind34.py` from the repository root; it rewrites
bench/sets/detect34-deliberate.jsonl (ids d34d-NN) and bench/sets/detect34-leftovers.jsonl
(ids d34l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect34", chars=(600, 2600), lines=(8, 32)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("film-infobox-jyutping", """
Night Market Waltz
From Filmpedia, the free film encyclopedia

Night Market Waltz
Traditional Chinese: {D:夜市圓舞曲}
Simplified Chinese: {D:夜市圆舞曲}
Hanyu Pinyin: Yèshì Yuánwǔqǔ
Cantonese Jyutping: je6 si5 jyun4 mou5 kuk1
Literal meaning: "night-market round-dance music"
Directed by: Leung Ka-yan ({D:梁嘉欣})
Screenplay by: Leung Ka-yan, Ho Wing-tung
Starring: Kwok Chi-lok, Mak Sze-man, Tsang Tat-wai
Music by: Alvin Cheung
Production company: Lantern Pier Pictures
Release date: 14 March 2019 (Hong Kong)
Running time: 108 minutes
Language: Cantonese
Box office: HK$23.6 million

Night Market Waltz is a 2019 Hong Kong romantic drama film written and directed by Leung Ka-yan in her feature debut. It follows a widowed fishball hawker in Sham Shui Po who takes ballroom lessons from a retired cruise-ship dancer, and the other stall-holders who try to shut the class down when it starts blocking the alley after dark.

The Chinese title uses the old musical term for the waltz. In everyday Cantonese the dance is usually called {D:華爾茲} (waa4 ji5 zi1), a sound loan from English; Leung has said she chose the older, more formal word because it sounded "like something your grandmother would say at a wedding banquet".

The film premiered at the Hong Kong International Film Festival and received four Hong Kong Film Award nominations, winning Best New Director.
""")

dd("filmography-md-table", """
Tang Yiwen filmography
Part of a series on Tang Yiwen · CinemaAsia Wiki

Tang Yiwen ({D:唐怡雯}) made her screen debut while she was still a student at the Central Academy of Drama. The table lists her feature film roles only; her television work is covered on a separate page. Character names are given as they appear in the opening credits.

| Year | English title | Original title | Role | Notes |
|------|---------------|----------------|------|-------|
| 2012 | The Salt Road | {D:盐路} | Xiaoman ({D:小满}) | Film debut |
| 2014 | Paper Kites over Lanzhou | {D:兰州的纸风筝} | Ma Yun ({D:马芸}) | |
| 2015 | Eleven Bridges | {D:十一座桥} | Teacher Zhou ({D:周老师}) | Cameo |
| 2017 | The Quiet Harvest | {D:静默的收成} | Liu Cuiping ({D:刘翠萍}) | Golden Rooster nomination |
| 2019 | Under the Ginkgo | {D:银杏树下} | Shen Lan ({D:沈岚}) | |
| 2021 | Ash and Plum Blossom | {D:灰烬与梅花} | Yuan Qiushui ({D:袁秋水}) | Also associate producer |
| 2023 | The Last Tram in Dalian | {D:大连的末班电车} | Herself | Documentary segment |
| 2025 | Winter Orchard | {D:冬日果园} | Song Jie ({D:宋洁}) | Post-production |

Notes
a. In The Quiet Harvest the heroine's name is a small joke by the screenwriter: {D:翠萍} (Cuiping) means "green duckweed", a plant that drifts wherever the water takes it.
b. Ash and Plum Blossom was released in Taiwan as {D:灰燼與梅花}, with the traditional spelling of the first word.
""")

dd("drama-cast-list", """
The Tea Merchant's Daughters (TV series) — Cast & Crew
DramaBase › Series › The Tea Merchant's Daughters › Cast

Original title: {D:茶商家的女儿们}
Network: Zhejiang Satellite TV · Episodes: 40 · First aired: 8 July 2024

Main cast
- Zhao Qinghe ({D:赵清禾}) as Shen Ruolan ({D:沈若兰}) — the eldest daughter, who takes over the family's Longjing tea business after her father's stroke.
- Gu Yanchen ({D:顾言辰}) as Lu Mingxuan ({D:陆明轩}) — a Shanghai banker's son sent to Hangzhou to audit the business, who stays for Ruolan.
- Pei Xiaotong ({D:裴小桐}) as Shen Ruoyu ({D:沈若瑜}) — the second daughter, a schoolteacher who runs a secret printing press.

Supporting cast
- He Jun ({D:何骏}) as Old Qian ({D:老钱}), the head tea roaster
- Song Meijia ({D:宋美嘉}) as Madam Shen ({D:沈夫人}), the sisters' stepmother
- Fan Rui ({D:范睿}) as Xiao Bao ({D:小宝}), the youngest child and only son

Crew
- Director: Lin Zhaohui ({D:林朝晖})
- Screenwriter: Xu Wan ({D:许婉}), adapting her own novel of the same name
- Theme song: "One Cup of Tea, Two Springs" ({D:一盏茶，两个春天}), sung by Zhao Qinghe

Trivia: the cast spent three weeks at a tea plantation near Meijiawu learning to pick and pan-fire leaves by hand, and several of the roasting scenes use the actors' own batches.
""")

dd("novel-chapter-list", """
The Lamp-Keeper of Qingshi Town — Table of Contents
Translated by moonlit_ink · Original: {D:青石镇的守灯人} by Ye Xiaochuan ({D:叶小川})

About this translation: chapter titles are translated for meaning, not word for word. The author's titles follow each English title so readers can find the raw chapters on the original site.

Volume One: The Ferry in the Fog ({D:雾中渡口})
Chapter 1 — A Stranger at the Crossing / {D:渡口来了个陌生人}
Chapter 2 — The Lamp That Would Not Go Out / {D:不灭的灯}
Chapter 3 — Grandmother Tan's Noodle Stall / {D:谭婆婆的面摊}
Chapter 4 — Rain on the Stone Street / {D:青石街上的雨}
Chapter 5 — What the Boatman Knew / {D:船夫知道的事}

Volume Two: The Register of Names ({D:名簿})
Chapter 6 — Ink That Moves by Itself / {D:会自己动的墨}
Chapter 7 — The Keeper's Oath / {D:守灯人的誓言}
Chapter 8 — A Letter from the City / {D:城里来的信}
Chapter 9 — Three Lamps, Two Keepers / {D:三盏灯，两个人}
Chapter 10 — The Night the River Rose / {D:涨水的那一夜}

Translator's note: the original title of Chapter 9 literally says "three lamps, two people". I used "keepers" because by that point both characters have taken the oath, and the author confirmed in a comment that this was the intended reading.

New chapters are posted every Tuesday and Friday.
""")

dd("fan-wiki-character", """
Su Wanqing
Frost Peak Chronicles Wiki · Characters · Cloud Peak Sect

Chinese name: {D:苏晚晴}
Epithet: Frost Sword Immortal ({D:霜剑仙子})
Sect: Cloud Peak Sect ({D:云峰派})
Weapon: Frostbloom
Portrayed by: Ji Yunshu
First appearance: Episode 1, "Snow on the Mountain Gate"

Su Wanqing is the female lead of Frost Peak Chronicles and the youngest elder of the Cloud Peak Sect. Her given name, Wanqing, means "clear evening sky", which fans like to contrast with her famously cold manner.

Personality
Wanqing rarely smiles and speaks in short sentences. When she is worried about her disciple Lin Xiao she calls him {D:小笨蛋} ("little idiot"), a habit the fandom has turned into a running joke.

Notable quotes
"{D:剑在人在，剑亡人亡。}"
— Episode 12, to the Demon Lord. Usually subtitled as "While the sword stands, I stand; when it falls, so do I."

"{D:我等了你三百年，不差这一天。}"
— Episode 38, to Lin Xiao. "I have waited three hundred years for you. One more day makes no difference."

Trivia
- The sword's name, Frostbloom, is a loose rendering of {D:霜华} (shuānghuá), a poetic word for frost glittering on grass at dawn.
- In the source novel every character except Lin Xiao addresses her as {D:苏长老}, "Elder Su".
- Ji Yunshu learned the sword forms left-handed, because the novel describes Wanqing as left-handed.
""")

dd("awards-table", """
List of awards and nominations received by Gao Mingze
From Filmpedia

Gao Mingze is a Chinese actor known mainly for crime dramas. From seven nominations he has won two Golden Rooster Awards, one Golden Horse Award and one Hundred Flowers Award.

| Year | Award | Category | Nominated work | Result |
|---|---|---|---|---|
| 2014 | Golden Rooster Awards ({D:中国电影金鸡奖}) | Best Supporting Actor ({D:最佳男配角}) | The Rail Yard ({D:调车场}) | Nominated |
| 2016 | Hundred Flowers Awards ({D:大众电影百花奖}) | Best Actor ({D:最佳男主角}) | Black River Ferry ({D:黑河渡}) | Won |
| 2017 | Golden Horse Awards ({D:金馬獎}) | Best Leading Actor ({D:最佳男主角}) | Black River Ferry | Won |
| 2019 | Golden Rooster Awards | Best Actor | The Night Watchman ({D:守夜人}) | Won |
| 2020 | Asian Film Awards | Best Actor | The Night Watchman | Nominated |
| 2022 | Shanghai International Film Festival, Golden Goblet Awards ({D:金爵奖}) | Best Actor ({D:最佳男演员}) | Salt and Iron ({D:盐铁}) | Nominated |
| 2024 | Golden Rooster Awards | Best Actor | The Long Winter Road ({D:漫长的冬路}) | Won |

Notes
The Golden Horse Awards are held in Taipei and publish their category names in traditional characters, so the table keeps the Taiwan spelling {D:金馬獎} rather than the mainland {D:金马奖}. Categories are given in the wording the organisers used in the year of the ceremony.
""")

dd("album-tracklist-originals", """
Paper Moon (album)
From Filmpedia

Paper Moon is the third studio album by the Taiwanese singer-songwriter Hsu Yu-an ({D:許又安}), who performs as Yvonne Hsu. It was released on 21 October 2022 by Riverlight Records and was recorded over two winters in a converted rice warehouse in Yilan.

Track listing
All lyrics by Yvonne Hsu except where noted.
1. "Paper Moon" – 4:12
2. "The Umbrella You Forgot" – 3:48
3. "Tamsui at Six" – 4:01
4. "Counting Backwards" (lyrics: Lin Hao) – 3:35
5. "Letters I Didn't Send" – 4:27
6. "Small Town Radio" – 3:19
7. "Good Night, Kaohsiung" – 5:02
8. "Paper Moon (Acoustic)" – 4:40

Original Chinese titles
1. {D:紙月亮}
2. {D:你忘了帶走的傘}
3. {D:六點的淡水}
4. {D:倒數}
5. {D:沒寄出的信}
6. {D:小鎮電台}
7. {D:晚安，高雄}
8. {D:紙月亮（木吉他版）}

Reception
Critics praised the album's sparse production. One reviewer wrote that "Tamsui at Six" sounds "like a song recorded with the window open", and the title track reached number three on the regional streaming chart.
""")

dd("review-dialogue-translated-later", """
Review: The Bare Orchard is a slow, devastating film about what families leave unsaid
By Marion Keane · Screen Notes · ★★★★

Halfway through The Bare Orchard, the father, who has said almost nothing for forty minutes, puts down his bowl and tells his daughter:

"{D:你妈走的那年，树也没结果。}"

It is the best line in the film, and I will come back to it.

Director Qiao Lan sets her story on an apple farm in southern Shanxi during the last winter before the land is sold to a developer. The daughter, Xiaoyu, comes back from Shenzhen to help pack up the house and finds her father still pruning trees that will be bulldozed in spring.

Nothing much happens, and that is the point. Meals are cooked and eaten. A neighbour brings a bag of walnuts. The television is always on and nobody watches it. Qiao and her cinematographer keep the camera at the height of a seated person, so we spend most of the film looking at people across a table.

The two leads are superb. Zhang Hui plays the father as a man who has forgotten how to begin a sentence, and Wen Lu, as Xiaoyu, lets her impatience show only in the way she stacks the dishes.

So, that line. The English subtitles give it as "The year your mother left, the trees didn't fruit either," which is accurate but loses the ambiguity of {D:走}, a word that can mean "left" or, gently, "passed away". The film never tells us which, and the line is written so that both readings hold.

The Bare Orchard opens in selected cinemas on Friday.
""")

dd("subtitle-comparison-blog", """
Subtitle Showdown #14: three lines from Old Street Detectives
Posted by lostintranslation_jo · 2 May 2025 · 23 comments

Every few weeks I take three lines from a show and put the official streaming subtitles next to the fansub. This time it's the Beijing cop comedy everyone has been asking about.

Line 1 (Episode 3, 12:41)
Original: {D:你少在这儿给我装蒜。}
Official: "Stop pretending."
Fansub: "Don't you play dumb with me."
Literal: "Don't pretend to be garlic here in front of me." The idiom {D:装蒜} (zhuāng suàn) really does contain the word for garlic, and nobody agrees on why.

Line 2 (Episode 5, 33:08)
Original: {D:这事儿八字还没一撇呢。}
Official: "Nothing is decided yet."
Fansub: "We haven't even written the first stroke."
Literal: "The character for eight doesn't have its first stroke yet." Here the fansub keeps the image and the official version keeps the meaning. I prefer the official one, for once.

Line 3 (Episode 9, 05:15)
Original: {D:吃了吗您？}
Official: "Morning."
Fansub: "Have you eaten?"
Literal: "Eaten yet, you?" This is an old Beijing greeting, and the word order with {D:您} at the end is what makes it sound like a neighbour in a hutong. "Have you eaten?" makes the detective sound like he's offering lunch.

Verdict: official 2, fansub 1. Tell me in the comments which show I should do next.
""")

dd("singer-encyclopedia-lead", """
Fang Zhiyuan
From Filmpedia, the free film encyclopedia

Fang Zhiyuan (Chinese: {D:方致远}; pinyin: Fāng Zhìyuǎn; born 3 May 1988), known to his fans as Xiao Fang ({D:小方}), is a Chinese singer-songwriter and record producer from Chengdu, Sichuan. He came to national attention after finishing second in the 2011 season of the talent show Voice of the West, and is known for folk-rock songs that mix Mandarin with Sichuanese.

Early life
Fang was born in Chengdu's Jinniu District to a family of schoolteachers. His given name comes from the saying {D:宁静致远} ("calm of mind reaches far"), which his grandfather wrote on a scroll that still hangs in the family's living room.

Career
After the talent show, Fang signed with a small Chengdu label and released his breakthrough single "Hotpot Night" ({D:火锅之夜}) in 2012. The song's chorus is sung entirely in Sichuanese and became a staple of karaoke bars across the south-west.

His second album, Slow Train to Ya'an ({D:去雅安的慢车}, 2016), was written during a year spent riding local trains, and won Best Folk Album at the Pearl River Music Awards. Since 2019 he has also produced records for younger artists from Sichuan and Chongqing.

Personal life
Fang lives in Chengdu with his wife, the illustrator Qu Ning, who has designed all of his album covers.
""")

dd("drama-episode-guide", """
Snow over Chang'an — Episode guide
Season 1 · 12 episodes · Winter 2024

Episode titles below come from the Chinese title cards shown at the start of each episode; the English titles are our own translations, since the platform did not publish official ones.

Ep 1 · {D:雪落长安} · Snow Falls on Chang'an · 2 Jan
Ep 2 · {D:更鼓} · The Night-Watch Drum · 3 Jan
Ep 3 · {D:西市的胡商} · The Foreign Merchant of the West Market · 9 Jan
Ep 4 · {D:一纸婚书} · A Marriage Contract · 10 Jan
Ep 5 · {D:灯下对弈} · A Game of Go by Lamplight · 16 Jan
Ep 6 · {D:宫门深似海} · The Palace Gate Is Deep as the Sea · 17 Jan
Ep 7 · {D:春风不度} · Where the Spring Wind Does Not Reach · 23 Jan
Ep 8 · {D:夜雨} · Night Rain · 24 Jan
Ep 9 · {D:旧人} · Someone from Before · 30 Jan
Ep 10 · {D:城破} · The Fall of the City · 31 Jan
Ep 11 · {D:归途} · The Road Home · 6 Feb
Ep 12 · {D:长安无雪} · No Snow in Chang'an · 7 Feb

Notes on the titles
Episode 7 borrows from a Tang frontier poem whose last line says the spring wind never passes the Jade Gate; in the show it refers to the general's exile. The first and last titles mirror each other on purpose: the series opens in a snowstorm and ends on a warm, dry winter day.
""")

dd("cantopop-profile-jyutping", """
Chan Wing-sze
Cantopop Archive · Artist profile

Chinese name: {D:陳詠詩}
Jyutping: can4 wing6 si1
Pinyin: Chén Yǒngshī
English name: Cecilia Chan
Nickname: {D:詩詩} (Sze Sze)
Born: 9 November 1979, North Point, Hong Kong
Occupation: Singer, actress, radio host
Years active: 1997–present
Labels: Harbourfront Music (1997–2006), Starlit Records (2007–present)
Associated acts: Mirror Lake ({D:鏡湖}), a duo with Tsui Ka-ho

Chan Wing-sze began singing in church choirs in North Point and was signed at eighteen after a talent scout heard her at a school concert. Her early ballads made her one of the best-selling female singers of the early 2000s, and from 2012 she hosted a late-night request show on commercial radio.

Selected songs
- "Harbour Wind" ({D:海港的風}, 1998)
- "A Thousand Tomorrows" ({D:千個明天}, 2001)
- "Rain on Nathan Road" ({D:彌敦道的雨}, 2003)
- "Don't Switch Off the Light" ({D:別熄燈}, 2005)

Name
Her given name combines {D:詠} (wing6, "to chant") and {D:詩} (si1, "poem"); she has joked in interviews that her parents "named me after homework".
""")

dd("film-title-tang-poem", """
Moonlight Through the Pines (2021 film) — About the title

The film's Chinese title, {D:明月松间照}, is the third line of Wang Wei's eighth-century poem "Autumn Dusk in a Mountain Dwelling" ({D:山居秋暝}). Director He Qiu has said she wanted a title that an audience in China would finish in their heads, the way an English audience might finish "Shall I compare thee…".

Pronunciation: míngyuè sōng jiān zhào — "the bright moon shines between the pines".

The full poem, with our translation:

{D:空山新雨后，天气晚来秋。}
In the empty hills, just after new rain, the evening air turns to autumn.
{D:明月松间照，清泉石上流。}
The bright moon shines between the pines; clear spring water runs over the stones.
{D:竹喧归浣女，莲动下渔舟。}
Bamboo rustles as the washerwomen come home; lotus leaves stir as a fishing boat goes downstream.
{D:随意春芳歇，王孙自可留。}
Let the spring flowers fade as they will: a young lord may still choose to stay.

The last line matters for the plot. The hero is a city lawyer who goes back to his father's village intending to sell the family land, and, like the young lord of the poem, decides to stay. International distributors kept the first half of the image for the English title and dropped the stream.
""")

dd("lyrics-essay-gloss", """
Why "Leftover Rice" is the saddest song of the year
Notes from the Listening Room · a music blog

I have played Chen Yao's "Leftover Rice" about forty times this week, and I still can't get through the last chorus without stopping the car.

On paper it is a simple song: a man in his thirties reheating dinner in a rented flat and thinking about his mother. The melody stays inside five notes. The arrangement is one guitar and, in the second verse, a cello that sounds like it wandered in from another room.

The chorus turns on one word, {D:舍不得} (shěbude). Dictionaries give it as "to be reluctant to part with", which is true and useless. It is what you say about an old coat you will not throw away, and what your mother says when she will not buy herself anything. Chen sings it four times, and each time it is attached to something smaller: the house, the bicycle, the bowl, the rice.

The rice is literal. {D:剩饭}, leftover rice, is what his mother always kept in the fridge, because she could not bear to waste it. In the bridge he finally sings the line that the whole song has been walking towards:

{D:你说剩饭热一热还能吃，可是人走了就不会回来。}

"You said leftover rice is still good once you warm it up, but people who leave do not come back."

No strings swell. The guitar just stops, and he says the last word almost without a note. It is the bravest production choice I have heard all year.
""")

dd("wuxia-glossary", """
Glossary — Sword of the Northern Wind (English edition, Volume 1)

These are the terms you will meet most often in the first volume. We leave most of them untranslated in the text, because every English equivalent we tried lost too much. Each entry gives the pinyin, the original characters and a short explanation.

jianghu ({D:江湖}) — literally "rivers and lakes": the world of martial artists, wanderers and outlaws that exists beside ordinary society and has its own rules.
wulin ({D:武林}) — "the martial forest": the martial arts community as a whole, especially its famous schools.
neili ({D:内力}) — internal strength built up through breathing practice and meditation; a fighter's reserve of power.
qinggong ({D:轻功}) — "lightness skill": the technique of running across rooftops, water or treetops.
dianxue ({D:点穴}) — striking pressure points to paralyse or silence an opponent.
zhangmen ({D:掌门}) — the head of a sect. Our hero's master is the zhangmen of the Emei Sect ({D:峨眉派}).
mengzhu ({D:盟主}) — leader of an alliance of sects, elected (in theory) by the wulin.
shixiong ({D:师兄}) — senior martial brother: a disciple of the same master who joined before you.
shifu ({D:师父}) — master and teacher. Note the second character, {D:父}, "father": the bond is meant to be lifelong. Do not confuse it with {D:师傅}, the polite word for any skilled tradesman, such as a taxi driver or a cook.

Names of techniques are translated in the text and listed at the end of each volume.
""")

dd("film-week-programme", """
Harbour City Chinese Film Week 2026 — Programme

All films are screened in their original language with English subtitles. Original titles are given in brackets after the English title.

Opening night · Friday 6 March · 19:30 · Screen 1
Between Two Rivers ({D:两河之间}) — dir. Wen Jiale ({D:温嘉乐}), 2025, 112 min. Followed by a Q&A with the director.

New Voices ({D:新声}): first and second features
The Kite Mender ({D:补风筝的人}) — dir. Ouyang Qing ({D:欧阳青}), 2025, 96 min
Grandma's Radio ({D:外婆的收音机}) — dir. Bai Tong ({D:白桐}), 2024, 88 min
Night Bus 42 ({D:四十二路夜班车}) — dir. Kang Rui ({D:康瑞}), 2025, 101 min

Spotlight: Hong Kong
Sham Shui Po Nights ({D:深水埗之夜}) — dir. Yip Chun-kit ({D:葉俊傑}), 2024, 105 min
Salt Wind ({D:鹹風}) — dir. Lai Mei-ling ({D:黎美玲}), 2025, 93 min

Closing night · Sunday 15 March · 18:00 · Screen 1
The Last Teahouse ({D:最后的茶馆}) — dir. Du Shanshan ({D:杜珊珊}), 2026, 124 min. UK premiere.

Tickets £9, concessions £7. A festival pass for all ten screenings costs £60. Hong Kong titles are listed with their traditional-character titles as supplied by the distributors.
""")

dd("cd-booklet-credits", """
"Ten Thousand Miles of Wind" — Credits (from the CD booklet)
DiscArchive · Release page · Nanfeng Records NF-0217 · 2023

The booklet prints each credit with a Chinese label and a small English label underneath. We reproduce both, with the names as printed.

Song title: {D:万里风} / Ten Thousand Miles of Wind
{D:演唱} Vocals: Luo Tian ({D:罗恬})
{D:作词} Lyrics: Zheng Yu ({D:郑宇})
{D:作曲} Music: Lu Haoran ({D:陆浩然})
{D:编曲} Arrangement: Kenji Mori
{D:制作人} Producer: Lu Haoran
{D:吉他} Guitar: Ma Kai
{D:二胡} Erhu: Sun Lili ({D:孙丽丽})
{D:和声} Backing vocals: Luo Tian, Zheng Yu
{D:录音} Recording engineer: Han Bo
{D:混音} Mixing: Han Bo
{D:母带处理} Mastering: Sterling Room, New York
{D:出品} Released by: Nanfeng Records ({D:南风唱片})

Notes from the submitter: the erhu solo in the bridge is not credited on the streaming version, only in the booklet. Catalogue number and barcode are printed on the spine.
""")

dd("opera-programme-surtitles", """
The Butterfly Lovers — Yue Opera
Programme notes · Shaoxing Yue Opera Troupe · UK Tour 2026

The story
Zhu Yingtai ({D:祝英台}), the daughter of a wealthy family, disguises herself as a young man so that she can study in Hangzhou. There she becomes sworn brothers with a poor scholar, Liang Shanbo ({D:梁山伯}), who never guesses her secret. When she is called home, he walks with her for eighteen miles, and she tries again and again to tell him the truth through riddles.

Tonight's second act is this famous walk, "Eighteen Miles of Farewell" ({D:十八相送}). The surtitles for its opening lines read:

{D:青山一路送君行，}
All along the green hills I see you on your way;
{D:溪水也知别离情。}
even the stream knows the pain of parting.
{D:梁兄若问家中事，}
Brother Liang, if you ask about my home,
{D:家有小妹待媒人。}
I have a little sister still waiting for a matchmaker.

About the roles
In Yue opera the young scholar is a xiaosheng ({D:小生}) role and is traditionally played by a woman, which gives the disguise scenes a double layer. Zhu Yingtai is a huadan ({D:花旦}), a lively young female role. Please note that the surtitles are a new translation made for this tour.
""")

dd("red-carpet-pinyin-names", """
Red carpet roundup: the best looks from the Golden Rooster Awards
Style Ledger · Fashion · 16 November 2026

It was a cold night in Xiamen, but nobody on the carpet seemed to mind.

Xu Jingxian ({D:许静娴}) arrived first in a column dress of ink-blue silk, embroidered at the hem with a single line of white cranes. Her stylist told us the cranes took three embroiderers a month. When she turned for the photographers, the crowd behind the barrier shouted {D:好美！} — "so beautiful!" — loud enough to drown out the announcer.

Zhou Mingyang ({D:周明阳}) skipped the tuxedo for a black Mandarin-collar jacket with knotted buttons, a nod to his role as a 1930s bank clerk in The Long Winter Road.

The quietest look of the night belonged to veteran actress Mo Lan ({D:莫兰}), in a grey wool coat and flat shoes. Around her neck was a small jade disc carved with the characters {D:平安}, "peace and safety", which she said her mother gave her before her first film.

Newcomer Tan Xiaoxi ({D:谭小溪}) took the biggest risk: a sculpted red gown with a train that needed two assistants on the stairs. Some critics called it too much. We loved it.

The backdrop behind them all carried the festival's full name, {D:中国金鸡百花电影节}, the China Golden Rooster and Hundred Flowers Film Festival, in gold.
""")

dd("variety-show-encyclopedia", """
Sing for Home
From Filmpedia, the free film encyclopedia

Sing for Home (Chinese: {D:为家乡而歌}) is a Chinese music reality show broadcast by Hunan Television since 2023. Each season invites amateur singers from small towns to perform songs about the places they come from, coached by well-known professional singers.

Format
Each episode has three rounds.
1. Hometown Song ({D:家乡的歌}): every contestant performs a song from or about their home region, often in a local dialect.
2. The Challenge Stage ({D:擂台}): two contestants face off with the same song. The word leitai refers to the raised platform used for martial arts contests in old China, and the set is built to look like one.
3. Homecoming Chorus ({D:回乡大合唱}): the winner of the episode returns home with a camera crew and performs with a choir of neighbours.

Mentors
The coaches are called {D:乡音导师}, roughly "mentors of the home accent". Each season has four.

Catchphrase
The host ends every episode by shouting "{D:唱给家乡听！}" ("Sing it so home can hear!"), which the audience shouts back.

Reception
The show has been praised for giving airtime to regional languages, although some critics have called the third round sentimental.
""")

dd("translator-afterword", """
Translator's Afterword — The River Does Not Return

Shen Wei's novel is called {D:河水不回头} in Chinese, literally "the river water does not turn its head". Rivers do not have heads in English, so I settled for "does not return", which keeps the stubbornness of the original if not its face.

Names
I have kept the characters' names in pinyin without tone marks. Where a name carries a meaning the reader should feel, I explain it once here rather than in the text. The heroine, Qiu Yan ({D:秋燕}), is an "autumn swallow", a bird that has stayed too long and must leave. Her brother Dashan ({D:大山}), "big mountain", is the one who never goes anywhere.

A proverb
Their mother repeats a saying in almost every chapter of Part One: {D:人挪活，树挪死}. Word for word it is "move a person and they live, move a tree and it dies". I have translated it differently each time, depending on who is speaking and how bitterly, and I ask the reader to forgive the inconsistency.

Dialect
The villagers say {D:晓得} (xiaode) for "know" instead of the standard {D:知道}. I did not try to reproduce this with an English dialect; instead their speech is simply a little plainer than the narrator's.

I am grateful to the author for answering more than two hundred questions by email, always within a day.
""")

dd("film-poster-design-post", """
Design Notes: the Chinese posters for Harbour of No Return
Frame & Type · a blog about film graphic design

The Chinese marketing for Harbour of No Return ({D:不归港}) has been far more interesting than the international campaign, so here is a short tour.

The first teaser, released in June, was almost empty: a grey sea, a rusted bollard, and in the lower corner a line of small type reading {D:今年冬天，回家。}

The title is set in brush calligraphy by the designer Yu Feng, and the last stroke of the final character trails off into the water like a mooring rope. It is the best title treatment I have seen this year.

The main poster, from September, carries the tagline {D:有些船，开出去就不会回来。} The international poster uses "Some ships never come back", which is close enough, though it loses the sense of ships that have already set out.

In October came three character posters, each with a single large character beside the actor's face: {D:等} for the wife (wait), {D:逃} for the son (flee) and {D:悔} for the father (regret). Put together, they tell the plot without giving anything away.

And that first teaser line? It means "This winter, come home." The film opens on 20 December, which is exactly when everyone in China is planning the trip home for the New Year.
""")


# ---------------------------------------------------------------- half-translated

ll("interview-quotes-untranslated", """
Actress Lin Yutong talks about her new film "Spring Tide": every day on set I was nervous
Entertainment Channel | 2026-11-18 10:26

Recently, actress Lin Yutong accepted an exclusive interview with this newspaper in Beijing, talking about her new film "Spring Tide" which will be released nationwide on December 12.

In the film, Lin Yutong plays a fishing village girl who goes to the city to work. In order to play the role well, she lived in a fishing village in Xiapu, Fujian for two months in advance, and learned to mend nets and dry kelp with local women. "At the beginning my hands were full of small cuts, and the aunties all laughed at me," she said.

Talking about cooperating with director Zhang Heng for the first time, Lin Yutong said frankly: {L:“张导对细节的要求特别高，有一场哭戏我们拍了十七条，拍完我整个人都是懵的。”}

When asked whether she is worried about the box office, she smiled and said she does not think about it too much. {L:“票房是市场的事情，我能做的就是把角色演好，对得起观众买的那张票。”}

The reporter learned that the film's Chinese title "{D:春潮}" means spring tide, referring to the season when the fishing boats go out to sea again after the closed season. Lin Yutong said that she likes this title very much, "because it is about leaving and also about coming back."

At the end of the interview, she revealed that {L:明年上半年她将进组拍摄一部古装剧}, but the specific information cannot be disclosed for the time being.
""")

ll("prize-report-mid-sentence", """
Writer Qin Shu's "Salt Field" wins the West Lake Literature Award
Culture News | Reporter Huang Yiming
2026-11-23 08:15

On the afternoon of November 22, the awards ceremony of the 7th West Lake Literature Award was held in Hangzhou. Writer Qin Shu's long novel "Salt Field" won the novel award, and four other works won awards in the categories of short story, prose, poetry and literary criticism.

"Salt Field" tells the story of three generations of salt workers on the coast of northern Jiangsu from the 1950s to the present day. {L:小说以一座盐场的兴衰为线索，写出了普通人在时代洪流中的坚守与无奈。} The judges believe that the language of the work is simple and restrained, the details are solid, and it is "a rare work that writes about labour with respect".

Qin Shu, 58 years old, was born in Yancheng, and his father worked in the salt field for more than forty years. In his acceptance speech, he said that he spent eight years writing this book, and during that time he went back to the coast more than twenty times to interview old salt workers. "Many of them have passed away. This book is also for them."

The West Lake Literature Award was established in 2012 and is held every two years. This session received a total of 436 submitted works. {L:评委会由来自全国各地的十一位作家和评论家组成}, and the final results were decided by secret ballot.

It is reported that the English translation of "Salt Field" is being prepared and is expected to be published in 2028.

See also: full list of winners of the 7th West Lake Literature Award
""")

ll("cms-furniture-labels", """
Opera Film Week opens at the Provincial Art Cinema, twelve classic films screened free of charge
{L:发布时间}：2026-11-20 09:32　{L:来源}：Provincial Department of Culture and Tourism　{L:点击量}：1286
{L:字号：大 中 小}

On the morning of November 19, the 2026 Opera Film Week opened at the Provincial Art Cinema. During the eight-day event, twelve opera films covering Peking opera, Yue opera, Huangmei opera, Kunqu opera and other types will be screened free of charge to the public.

The screened films include both classic works filmed in the 1950s and 1960s and new opera films shot in recent years using 4K technology. Among them, the restored version of an old Huangmei opera film is being shown in the province for the first time.

At the opening ceremony, the person in charge of the Provincial Department of Culture and Tourism said that opera film is an important way to let young audiences get close to traditional opera. In recent years, the province has supported the filming of six opera films, two of which have been shown at international film festivals.

Free tickets can be collected at the cinema box office with an ID card one day in advance, limited to two tickets per person. Screenings begin at 10:00, 14:30 and 19:00 every day.

{L:责任编辑：王丽娜}
{L:【打印本页】}　{L:【关闭窗口】}
""")

ll("cast-list-two-roles-zh", """
Costume drama "Spring in the Forbidden City" ({D:紫禁城之春}) announces main cast, officially starts shooting in Hengdian

On November 16, the costume drama "Spring in the Forbidden City" held a startup ceremony in Hengdian, Zhejiang, and officially announced the main cast. The drama is adapted from the popular online novel of the same name and tells the story of a palace embroiderer who becomes involved in the struggle for the throne in the Qing dynasty.

The main cast list is as follows:
Wang Ziqi as Shen Xiuning, an embroiderer from Suzhou who enters the palace at the age of sixteen
Liu Hao as the Eighth Prince, gentle on the outside and ambitious on the inside
Song Yan as the Empress Dowager, the most powerful woman in the harem
Chen Siyu as {L:太子身边的贴身侍女}
Zhou Ming as {L:掌管御膳房多年的老太监}
Guo Tianyi as Lu Yuan, a young imperial guard who grew up with Shen Xiuning

Director Ma Jinbo said that the crew has restored more than 300 sets of costumes, and the embroidery on the heroine's costumes was all completed by hand by Suzhou embroiderers, taking more than a year.

The drama is expected to finish shooting in April next year and will be broadcast on an online video platform.
""")

ll("synopsis-other-film-zh", """
Sunshine Cinema · This Week's Films
Week of November 23 – November 29

The Lighthouse Keeper ({D:守灯塔的人})
Genre: Drama / Family   Duration: 118 minutes   Rating: PG
Synopsis: On a small island off the coast of Zhejiang, an old lighthouse keeper has guarded the light for thirty years. When the lighthouse is about to be automated, his granddaughter returns from Shanghai to persuade him to move to the city, and the two spend the last summer on the island together.
Showtimes: 10:20 / 13:40 / 16:50 / 20:10

Echoes of the Desert
Genre: Adventure / Suspense   Duration: 104 minutes   Rating: PG-13
Synopsis: {L:一支考古队深入戈壁腹地，寻找一座在史书中消失了千年的古城。途中沙暴来袭，向导下落不明，队员们不得不在绝境中互相依靠，而古城背后的秘密也渐渐浮出水面。}
Showtimes: 11:00 / 14:15 / 19:30 / 21:45

Little Panda's Big Journey
Genre: Animation   Duration: 86 minutes   Rating: G
Synopsis: A young panda leaves the bamboo forest for the first time to look for his lost friend, a clumsy golden monkey, and meets all kinds of animals along the way.
Showtimes: 09:30 / 12:00 / 15:10

Members enjoy 20% off tickets from Monday to Thursday. 3D glasses deposit is 10 yuan.
""")

ll("box-office-table-cells", """
Weekend box office: "Spring Tide" tops the list for the second week in a row, new film "Echoes of the Desert" ranks second

According to data from a professional box office platform, the national box office from Friday to Sunday (December 18–20) was 412 million yuan, an increase of 8% from the previous weekend.

| Rank | Film | Weekend box office (10,000 yuan) | Cumulative (10,000 yuan) | Days in release |
|---|---|---|---|---|
| 1 | Spring Tide | 18,520 | 62,310 | 10 |
| 2 | Echoes of the Desert | 9,870 | 9,870 | {L:首映} |
| 3 | {L:小熊猫的大冒险} | 5,640 | 21,080 | 17 |
| 4 | The Lighthouse Keeper | 3,210 | 15,460 | 24 |
| 5 | {L:午夜列车} | 1,980 | 4,130 | 8 |
| 6 | Harbour of No Return | 1,150 | 1,150 | {L:点映} |

Industry analysts pointed out that "Spring Tide" has maintained strong word of mouth, with a weekend attendance rate of more than 20%, which is rare for a drama film. {L:新片方面}, "Echoes of the Desert" performed better than expected in third- and fourth-tier cities.

Note: the data is as of 24:00 on December 20, and does not include service fees.
""")

ll("footer-gambling-links", """
Singer Chen Xi's new single "Glass City" released, the MV was shot in Chongqing

On December 1, singer Chen Xi released her new single "Glass City", the first song from her upcoming album. The song was written by Chen Xi herself, and describes a young woman who moves to a mountain city alone and slowly falls in love with it.

The MV was shot over four days in Chongqing, including the light rail that passes through a residential building, the cable car over the Yangtze River and the stairways of the old town. Chen Xi said that she climbed more than ten thousand steps during the shooting.

Within 24 hours of its release, the song was played more than five million times on major music platforms, and the MV topped the video chart.

The new album is expected to be released in March next year and will include ten songs.

Related tags: Chen Xi, Glass City, new song, MV

Friendly links: Music Weekly | Film Forum | Star Gallery | {L:正规买球平台推荐} | {L:真人百家乐在线开户} | {L:体育投注首充送彩金}
About Us | Contact Us | Advertising | Copyright Statement
Copyright © 2015-2026 Starlight Entertainment Network All Rights Reserved
{D:京ICP备18047211号-2}
""")

ll("comma-glued-clauses", """
The 5th Jiangnan Folk Music Festival opens in Wuxi, more than thirty bands gather by Taihu Lake
Source: Wuxi Evening News | 2026-11-16

On the evening of November 15, the 5th Jiangnan Folk Music Festival opened at the Taihu Lake Grand Theatre in Wuxi，{L:来自全国各地的三十余支民乐团体齐聚一堂}。

The opening concert began with the famous erhu piece "The Moon Reflected in the Second Spring", which was composed by the Wuxi folk musician Hua Yanjun, known as Blind A Bing. The performer, a young erhu player from the local conservatory, played it on an instrument made in the 1950s，{L:全场观众屏息聆听}。

During the festival, there will be eighteen concerts, as well as Jiangnan silk and bamboo music competitions, instrument making exhibitions and lectures. Organisers said that the festival will also set up stages in parks and ancient towns，{L:让民乐真正走进百姓生活}。

"Jiangnan silk and bamboo" is a kind of ensemble music played with string and wind instruments, popular in southern Jiangsu, Shanghai and northern Zhejiang. It was listed as a national intangible cultural heritage in 2006.

According to statistics, the previous festival attracted more than 200,000 audience visits，{L:其中青少年观众占比超过四成}。 This year, the festival has also launched online live broadcasts for the first time.

The festival will run until November 24. The full concert schedule can be found on the festival's official website.
""")

ll("concert-ticket-rules", """
Fang Zhiyuan announces "Slow Train" national tour, the first stop is Chengdu

On November 28, singer-songwriter Fang Zhiyuan announced his 2027 "Slow Train" national tour on his social media, and the first stop will be his hometown Chengdu. This is his first large-scale tour in five years.

Tour dates:
January 16 — Chengdu, Phoenix Hill Sports Park
February 27 — Chongqing, Huaxi Culture and Sports Center
March 20 — Wuhan, Optics Valley Gymnasium
April 10 — Shanghai, Mercedes-Benz Arena
May 1 — Beijing, Cadillac Arena

Fang Zhiyuan said that the tour will include songs from all of his albums, and the stage design will be based on an old green-skin train. "I hope the audience feels like they are riding a slow train with me."

{L:票价}：380 / 680 / 980 / 1280 yuan
Ticket sales: the Chengdu stop will start selling at 12:00 on December 6 on the official ticketing platform.
{L:购票须知}：
1. {L:本场演出实行实名制购票，一人一证一票，凭票入场。}
2. {L:1.2米以下儿童谢绝入场。}
3. Once tickets are sold, they cannot be refunded or exchanged.
4. Please arrive early, the venue opens 90 minutes before the show.
""")

ll("weibo-hashtags-comment", """
"Wind over the Pass" finale triggers heated discussion, several related topics top hot search
Entertainment | 2026-12-01 09:48

The costume drama "Wind over the Pass" ({D:风过关山}) aired its finale on the evening of November 30. After the broadcast, many related topics quickly rushed onto the Weibo hot search list.

The drama tells the story of Shen Du, a young general guarding the frontier, and A Tang, a doctor from a family of herbalists, who meet during a war and go through life and death together. Since its premiere in October, the drama's popularity has continued to rise, and its rating on a review website is 8.4.

After the finale, the topic #{L:沈渡结局意难平}# was read more than 300 million times, and #{L:编剧回应结局争议}# also entered the top ten. Many viewers felt that the ending was hurried. One netizen commented: "{L:前面铺垫了三十多集，最后十分钟就草草交代完了，太可惜了。}" The comment received more than 100,000 likes.

There were also viewers who liked the open ending. "Life is not perfect, and this ending is more realistic," another netizen wrote.

In response, the screenwriter posted that the ending had been planned from the beginning, and that an extra episode would be released on the platform next week.

According to the platform, the finale set a new record for the number of simultaneous viewers this year.
""")

ll("premiere-photo-caption-credit", """
"Spring Tide" holds premiere in Beijing, the director and main cast meet the audience

On the evening of December 10, the film "Spring Tide" held its premiere at a cinema in Beijing. Director Zhang Heng, actress Lin Yutong and actor Xu Chang attended the event and watched the film together with more than 500 audience members.

After the screening, Zhang Heng said that the idea for the film came from a newspaper report he read ten years ago about a fishing village girl who started a business in the city. "I kept that newspaper for ten years," he said.

[Photo] Director Zhang Heng (middle) and the main cast take a group photo on the red carpet.
[Photo] {L:林雨桐在映后交流环节谈到拍摄经历时几度哽咽}
[Photo] Audiences line up for autographs after the screening.
{L:摄影：刘洋}

Actor Xu Chang plays a fishing boat captain in the film. He said that he got seasick on the first day of shooting at sea, "but after a week I could stand on the deck and eat noodles."

The film will be released nationwide on December 12. Presale tickets have already exceeded 30 million yuan.
""")

ll("prev-next-related-headlines", """
Provincial Peking Opera Theatre launches "Opera into Campus" tour, 20 performances in 12 universities

Recently, the Provincial Peking Opera Theatre launched the 2026 "Opera into Campus" tour. From November to January next year, the troupe will give 20 performances in 12 universities across the province.

The performance programme includes famous excerpts such as "Farewell My Concubine", "The Drunken Concubine" and "Picking Up the Jade Bracelet". Before each performance, actors will explain the basic knowledge of Peking opera to students, such as facial makeup, water sleeves and the four role types of sheng, dan, jing and chou.

The head of the theatre said that in the past three years, the campus tour has reached more than 60,000 students, and some students have joined university opera clubs after watching the performance.

The first performance was held at the provincial normal university on November 20. Many students came on stage to try on costumes after the show.

{L:上一篇}：Provincial Library holds rare book exhibition of opera scripts
{L:下一篇：第十届全省少儿戏曲大赛圆满落幕}

Related reading
· {L:青年戏曲演员扶持计划第二批入选名单公示}
· Peking opera actress: I want more young people to come into the theatre
· {L:省京剧院新编历史剧下月首演}
""")

ll("jury-citation-untranslated", """
The 9th Silk Road International Film Festival closes in Xi'an, "Between Two Rivers" wins Best Film

On the evening of October 28, the closing ceremony and awards ceremony of the 9th Silk Road International Film Festival were held in Xi'an. Ten awards were announced at the ceremony.

The main winners are as follows:
Best Film ({D:最佳影片}): "Between Two Rivers"
Best Director ({D:最佳导演}): Wen Jiale, "Between Two Rivers"
Best Actor ({D:最佳男演员}): Gao Mingze, "The Long Winter Road"
Best Actress ({D:最佳女演员}): Tang Yiwen, "Winter Orchard"
Best Screenplay ({D:最佳编剧}): Du Shanshan, "The Last Teahouse"

"Between Two Rivers" tells the story of a family separated by a river for decades. The jury's citation reads: {L:“影片以克制的镜头语言，讲述了一个家庭在时代变迁中的离散与重逢，质朴而动人。”}

When accepting the award, director Wen Jiale thanked his parents. He said that the story was based on his grandmother's experience, "and she did not live to see this film."

This year's festival screened more than 100 films from 40 countries and regions. {L:本届电影节期间共签约合作项目二十三个，总金额超过四十亿元。}
""")

ll("weibo-post-quoted-zh", """
Singer Chen Xi announces she will suspend work, studio: the album release will not be affected

On the evening of December 21, singer Chen Xi posted a long message on her personal Weibo account, which caused widespread concern among fans.

She wrote:
{L:“这些年一直在赶路，忘了停下来看看身边的人。接下来的一段时间，我想好好陪陪家人，也给自己放一个长假。谢谢大家一直以来的包容，我们江湖再见。”}

The post received more than 500,000 likes within two hours, and many fans left messages expressing support. Some fans also worried about her health.

On the morning of the 22nd, Chen Xi's studio issued a statement saying that her physical condition is good, and that the new album recorded earlier this year will still be released as planned in March. Commercial activities that have been signed will also be completed.

Chen Xi debuted in 2014 and has released five albums. Her new single "Glass City", released earlier this month, has been played more than 80 million times.

{L:（综合自微博、工作室声明）}
""")

ll("web-novel-nav-author-note", """
The Ninth Disciple — Chapter 37: The Second Trial
{L:上一章} | Table of Contents | {L:下一章}

The bell on Cloud Peak rang nine times before dawn. Lin Xiao was already standing in the courtyard, his sword wrapped in cloth, his breath white in the cold air.

"You are early," said Elder Su without looking at him. "That is either discipline or fear."

"Both, Master."

She almost smiled. Then she handed him a bamboo slip with a single word carved on it, and walked away toward the cliff path. Lin Xiao turned the slip over in his hands. On the back, in tiny characters, someone else had written: "{L:别相信守门的人。}"

He looked up. The gatekeeper, an old man who had swept the same steps for fifty years, was watching him from under the pine tree, smiling.

The second trial had begun.

———
{L:作者有话说：今天加更一章！感谢“半盏清茶”打赏的两个盟主，明天继续双更，求月票～}

Translator's note: sorry for the late chapter this week, I was travelling. Two chapters on Friday to make up for it.
""")

ll("tv-schedule-slots", """
Programme Guide | Channel 8 — TV Series Channel ({D:电视剧频道})
Wednesday, November 25, 2026

06:00 Morning Theatre: "Family Ties" Episodes 12-13
07:35 {L:经典老剧场}："The Story of the Canal Town" Episode 5
09:00 Daytime Theatre: "The Tea Merchant's Daughters" Episodes 21-23
11:20 {L:剧说剧好}
12:00 Midday News
12:30 Afternoon Theatre: "Snow over Chang'an" Episodes 7-9
15:10 {L:经典回顾：《雪国往事》第3集}
16:00 Children's Theatre: "Little Panda's Big Journey" (TV version)
17:30 Behind the Scenes: the making of "Spring in the Forbidden City"
18:30 {L:天气预报}
19:30 Prime Time Theatre: "Wind over the Pass" Episodes 31-32
21:20 Drama Talk Show: this week's guest is director Lin Zhaohui
22:15 {L:午夜剧场}："Harbour Detective" Episode 18
00:05 Repeat: "Family Ties" Episodes 12-13

Programmes are subject to change. For the latest schedule please follow the channel's official account.
""")

ll("streaming-page-buttons", """
{L:首页}　TV Series　Movies　Variety　{L:动漫}　Documentaries　{L:会员中心}

Wind over the Pass
Rating 8.4 · 2026 · Costume / Romance / War · 40 episodes · All episodes updated
Starring: Gu Yanchen, Pei Xiaotong, He Jun
{L:立即播放}　{L:加入追剧}　{L:分享}　{L:下载}

Synopsis
In the last years of a troubled dynasty, the young general Shen Du is ordered to guard a remote frontier pass. There he meets A Tang, a doctor who has come to look for her missing father. As the war spreads, the two of them must decide what they are willing to lose.

Episodes 1-20 | 21-40
VIP {L:会员抢先看番外篇，开通即享首月6元}

Comments (12,408)
Sort by: Hottest | Newest
moonriver_88: The last three episodes made me cry so much. Shen Du deserved better.
tangtang: The music is beautiful, is there an OST?
{L:热门评论}　{L:查看更多}

You may also like: "Snow over Chang'an", "Spring in the Forbidden City", "The Tea Merchant's Daughters"
""")

ll("music-awards-two-categories-zh", """
The 2026 Pearl River Music Awards winners announced, Fang Zhiyuan wins Best Male Singer

On the evening of December 5, the 2026 Pearl River Music Awards ceremony was held in Guangzhou. More than 40 singers and bands attended, and 15 awards were presented.

The list of main winners is as follows:
Best Male Singer ({D:最佳男歌手}): Fang Zhiyuan
Best Female Singer ({D:最佳女歌手}): Chen Xi
Best Album ({D:最佳专辑}): "Paper Moon", Yvonne Hsu
Best New Artist ({D:最佳新人}): Moon River Band
{L:最佳作词}：Zheng Yu, "Ten Thousand Miles of Wind"
Best Music Video ({D:最佳音乐录影带}): "Glass City", Chen Xi
{L:年度最受欢迎乐队}：Harbour Lights
Lifetime Achievement Award ({D:终身成就奖}): Chan Wing-sze

When receiving the award, Fang Zhiyuan sang the first verse of "Slow Train to Ya'an" without accompaniment. "This award belongs to the people who listened to my songs on the train," he said.

The Pearl River Music Awards were founded in 2001 and are one of the most influential pop music awards in southern China.
""")

ll("press-release-contact-disclaimer", """
Huaxia Starlight Pictures ({D:华夏星光影业}) announces its 2027 film slate, eight new films cover drama, animation and science fiction

Beijing, December 3, 2026 — At its annual conference held today in Beijing, Huaxia Starlight Pictures announced eight films that will be released in 2027, including two animated films and its first science fiction film.

The highlights of the slate include:
"The Last Teahouse", directed by Du Shanshan, a family drama set in an old Chengdu teahouse, to be released during the Spring Festival.
"Orbit 2049", a science fiction film about a space station rescue, with a budget of more than 300 million yuan.
"The Kite Mender", the second feature by young director Ouyang Qing.

The chairman of the company said that in the coming year the company will continue to support young directors, and plans to invest in at least five first or second features.

About Huaxia Starlight Pictures
Founded in 2009, Huaxia Starlight Pictures is a film company integrating investment, production and distribution. It has produced more than 40 films.

{L:媒体联络}：Ms. Zhao　Tel: 010-6588-2019　Email: press@hxstarlight.example.com
{L:本文图片来源于网络，如有侵权请联系删除。}
""")

ll("kunqu-programme-titles", """
Suzhou Kunqu Opera Theatre to stage classic excerpts in Shanghai, young actors take the lead

The Suzhou Kunqu Opera Theatre will stage a special performance of classic excerpts at the Shanghai Grand Theatre on December 18. All of the leading roles will be played by actors under the age of 30.

Kunqu opera is one of the oldest forms of Chinese opera, with a history of more than 600 years. It was listed by UNESCO as a Masterpiece of the Oral and Intangible Heritage of Humanity in 2001.

The programme for the evening is as follows:
1. The Peony Pavilion · Strolling in the Garden
2. {L:《长生殿·小宴》}
3. The Jade Hairpin · Seduction by the Zither
4. {L:《十五贯·访鼠测字》}
5. The Peach Blossom Fan · Sending the Fan

The theatre's director said that in recent years more and more young people have come to watch Kunqu opera, and about half of the audience at the theatre's performances are now under 35. {L:为了方便年轻观众，演出将配有中英文字幕。}

{L:演出时长约两小时三十分钟，中场休息十五分钟。} Tickets are priced from 180 to 880 yuan and are available on the Grand Theatre's website.
""")

ll("book-review-quote-zh", """
Review | "Salt Field": a monument to ordinary people on the coast
Book Review Weekly | Author: Zheng Wen

Qin Shu's new novel "Salt Field" is thick, nearly 600 pages, but it is not difficult to read. Its story is simple: three generations of a family, one salt field, seventy years.

What impressed me most is the author's patience with details. How to level a salt pan, how to judge the weather from the colour of the sea, how to carry two baskets of salt on a shoulder pole along a narrow ridge, all of these are written clearly, as if the author had done them himself.

The most moving passage comes in the middle of the book, when the grandfather, who is already old, teaches his grandson to taste the brine. He says to the boy: {L:“盐是苦的，可日子总得有点咸味才过得下去。”} The grandson does not understand, and the reader does not fully understand either until the last chapter.

In the postscript the author writes: "I wrote this book for my father, who worked in the salt fields for forty years and never once complained to me about it." This sentence explains the tone of the whole novel: there is pain, but no complaint.

Of course the novel also has shortcomings. The third part moves too quickly, and several characters disappear without explanation. {L:但瑕不掩瑜，这仍是近年来少见的扎实之作。}

"Salt Field", published by People's Literature Press, priced at 78 yuan.
""")

ll("music-festival-organiser-lines", """
English | {D:中文}

2026 Lakeside Music Festival announces full lineup, three days and four stages

The 2026 Lakeside Music Festival will be held from May 1 to May 3 at the Lakeside Ecological Park. After two rounds of announcements, the organisers today released the full lineup of 36 bands and singers.

Day 1 (May 1): Harbour Lights, Moon River Band, Fang Zhiyuan, The Paper Kites Club
Day 2 (May 2): Chen Xi, Yvonne Hsu, Mirror Lake, Northern Wind
Day 3 (May 3): Luo Tian, Ten Thousand Miles, Glass City, special guest to be announced

In addition to the main stage, this year there will be a folk stage, an electronic stage and a children's stage. The folk stage will be set up on the lawn by the lake, and audiences can sit and listen.

Ticket information: single-day ticket 380 yuan, three-day pass 880 yuan. Early bird tickets are available until March 31.

{L:主办单位}：Lakeside District Culture, Sports and Tourism Bureau
{L:承办单位：湖畔文化传媒有限公司}
{L:本活动最终解释权归主办方所有。}

Follow us: Weibo | WeChat | Douyin
""")

if __name__ == "__main__":
    SET.build()
