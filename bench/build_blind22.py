"""Build bench/sets/detect22-*.jsonl: a held-out, hand-written detection set ("detect22").

English pages that contain Chinese on purpose (academic papers and reference lists citing
Chinese sources with translated titles in brackets, museum and auction catalogue entries with
object names, inscriptions and seal texts, genealogy pages with generation poems, legal
translations quoting statute names, patent abstracts, software and i18n docs showing UI strings,
locale files and changelogs, subtitle files and interview transcripts, cookbooks, calligraphy
lessons, tea tasting notes, martial-arts forms, kung-fu film reviews, news stories quoting a
slogan or a hashtag, forum threads asking what a text says, tattoo advice, product listings with
Chinese brand fields, measure-word and vocabulary tables, classical poems in stanza blocks, song
lyrics line by line, bilingual paragraphs, title lists with the originals further down, Chinese
titles above English headings, place names in brackets, shop signs, menus, couplets, mahjong
tiles, interlinear glosses, and Chinese left unglossed on purpose); and half-translated pages
(MT mirrors of universities, hospitals, factories, government bureaus, tourist boards, shops,
trade associations, research institutes, courts, law firms, cooperatives, logistics firms and
others, with untranslated clauses glued in with `,` or `，`, whole untranslated sentences and
paragraphs, table cells, headings, CMS labels, breadcrumbs, bylines, source fields, captions,
navigation menus, short and long leftovers, and leftovers next to bilingual-looking material
that do not translate it), several of which also carry deliberate Chinese (a logo, a `中文`
language link, an ICP number) marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). The style imitates ../shared/corpus/real, but
every sentence was written for this set. The set was written BLIND on 2026-12-02: without
reading mtmend's code, its tests, the other bench sets or their builders (only bench/blind_set.py,
`marked()`/`Doc` from build_detection_sets.py and the first lines of build_blind21.py were looked
at, as a model of the format), and mtmend was never run on these pages.

Rebuild: `python bench/build_blind22.py` from the repository root; it rewrites
bench/sets/detect22-deliberate.jsonl (ids d22d-NN) and bench/sets/detect22-leftovers.jsonl
(ids d22l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect22", chars=(600, 2500), lines=(8, 30))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("ref-list-brackets", """
Rural Credit Cooperatives and Household Borrowing in Sichuan, 1952-1958

Working paper, Department of Economic History. Draft, please do not cite without permission.

4. Sources and method

Most of the county-level figures come from the provincial yearbooks, which survive in the university library only for odd-numbered years. Where a year is missing we interpolated linearly and flag the value with an asterisk in Table 3. Interviews with retired cooperative clerks were carried out in 2019 and are cited by interviewee number.

References

Chen Hansheng {D:陈翰笙} (1984). {D:中国农村经济研究} [Studies of the Chinese rural economy]. Beijing: Zhonghua shuju.
Li Jinzheng {D:李金铮} (2003). {D:民国乡村借贷关系研究} [Rural credit relations in Republican China]. Beijing: Renmin chubanshe.
Sichuan sheng tongjiju {D:四川省统计局}, ed. (1959). {D:四川省国民经济统计资料} [Statistical materials on the Sichuan economy]. Chengdu: internal circulation.
Wang Yuru {D:王玉茹} (2010). "{D:近代中国农村金融市场的变迁}" [Change in the rural financial markets of modern China]. {D:中国经济史研究} [Researches in Chinese Economic History] 2: 45-58.
Walker, Kenneth R. (1984). Food Grain Procurement and Consumption in China. Cambridge: Cambridge University Press.

Romanisation follows Hanyu Pinyin; titles are given in characters as printed, with our translations in square brackets.
""")

dd("catalogue-fields", """
Gallery 7, case 3 — Bronze and Ritual

Object number: 1987.44.2
Object name: Ritual wine vessel ({D:尊}, zun)
Period: Western Zhou dynasty, about 10th century BCE
Material: cast bronze
Dimensions: H. 24.6 cm, diam. of mouth 19.8 cm

Description
The vessel has a flaring trumpet mouth, a bulging middle section decorated with a pair of taotie masks against a ground of fine spirals, and a tall foot ring. Four vertical flanges divide the decoration into quadrants. There is green and blue malachite corrosion over most of the surface, with a patch of earlier restoration on the foot.

Inscription
Cast inside the base, five characters in two columns:
{D:作宝尊彝用}
"Made [this] precious ritual vessel for use."
The formula is common and the vessel carries no clan sign, so the original owner cannot be identified.

Collector's seal on the old wooden stand
{D:静远斋藏}
"Collection of the Studio of Quiet Distance", the studio name of a Shanghai dealer active in the 1930s.

Provenance: gift of Mr and Mrs Harold Fenwick, 1987.
""")

dd("auction-lot-fields", """
LOT 218
A FAMILLE ROSE 'HUNDRED BOYS' BOWL
Daoguang seal mark and of the period (1821-1850)

Estimate: GBP 6,000 - 8,000

The deep rounded sides rising from a short foot, painted around the exterior with a continuous garden scene of boys at play, some flying kites, others riding hobby horses or carrying lanterns, beneath a band of ruyi heads at the rim. The interior is plain white.

Mark: six-character seal mark in iron red on the base, {D:大清道光年製}.

Condition report: a hairline crack of 3 cm from the rim, stable; light wear to the enamels on the boys' faces; the foot ring with minor frits. Please contact the department for further photographs.

Provenance:
- Collection of Lady Margaret Ashcombe (1901-1979), and thence by descent.
- A paper label inscribed in ink {D:東方藝術社} (Oriental Art Society), possibly a Tokyo dealer, on the base.

Note: 'Hundred boys' ({D:百子}, baizi) designs expressed the wish for many sons and were popular as wedding gifts. Compare a bowl of the same design sold in these rooms, 14 May 2014, lot 97.
""")

dd("genealogy-generation-poem", """
The Tan Family of Chaozhou: Notes for Cousins

Several of you asked at the reunion why every male cousin of our grandfather's generation has the same middle character. The answer is the generation poem, which our great-great-grandfather had carved on a board in the ancestral hall in Chaozhou. Each generation takes the next character of the poem as the first half of the given name.

The line of the poem that concerns us reads:

{D:永德家声远，崇文世泽长}

Our great-grandfather's generation took {D:永}, our grandfather's {D:德}, our fathers' {D:家} and our own generation {D:声}. That is why Uncle Robert's Chinese name is {D:谭家明} and mine is {D:谭声华}. The next generation, the children now in primary school, should take {D:远}.

Grandmother's side is the Lim family ({D:林}) of Jieyang. They kept a written register ({D:族谱}) which Auntie May photographed page by page in 2016. I have put the scans in the shared folder, with a spreadsheet giving each entry in English, the Chinese names, and dates converted from the lunar calendar.

If anyone has photographs of the grave markers in Penang, please send them to me. The inscription usually gives the home village, for example {D:广东潮州府海阳县}, which is how we traced the family in the first place.

The next reunion is planned for the Qingming weekend in April. Bring old photographs, and labels if you have them.

With love, Jennifer (Tan Sheng Hua)
""")

dd("legal-statute-names", """
Translator's Note on Statutory References

This translation of the arbitral award renders the names of PRC statutes in English, but at the first mention of each we give the official Chinese title so that readers can locate the text. Article numbers are those in force on the date of the contract.

1. Civil Code of the People's Republic of China ({D:中华人民共和国民法典}), adopted 28 May 2020, effective 1 January 2021. The tribunal relies mainly on Book Three, Contracts, and in particular Articles 577 to 584 on liability for breach.

2. Arbitration Law ({D:中华人民共和国仲裁法}), as amended in 2017. The respondent's objection to jurisdiction under Article 20 was raised after the first hearing and was therefore dismissed as late.

3. Foreign Investment Law ({D:中华人民共和国外商投资法}). The claimant argued that the joint venture contract had to be read together with the transitional provisions of this law; the tribunal did not accept the argument.

4. The Supreme People's Court's interpretation on the application of the Arbitration Law ({D:最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释}), cited in the award simply as "the 2006 Interpretation".

Where the award quotes a party's Chinese submission verbatim, the original wording is reproduced in a footnote. The translator has not altered the paragraph numbering of the award.

Translated from the Chinese by R. Hallam, certified legal translator, 3 November 2026.
""")

dd("patent-abstract-title", """
Patent Family Summary — Prepared for Client Review

Publication number: CN 11482xxxx A (redacted)
Original title: {D:一种可折叠的太阳能电池板支架}
English title (machine translation corrected by us): Foldable support frame for a solar panel
Applicant: a Jiangsu-based photovoltaic equipment maker (applicant name in the original: {D:江苏某光伏设备有限公司})
Filing date: 14 March 2022
Status: granted, utility model

Abstract (our translation)
The utility model discloses a foldable support frame for a solar panel, comprising a base, two telescopic legs hinged to the base and a locking plate. When the legs are folded, the frame lies flat against the back of the panel; when unfolded, the locking plate holds the panel at one of four tilt angles. The frame can be carried by one person and installed without tools.

Our comments
The claims are narrow. Claim 1 requires the locking plate to have exactly four notches, and the client's current design has a continuous slot, which in our view falls outside the literal scope. The Chinese claim uses the word {D:卡槽} for the notches; the official English abstract renders this as "clamping groove", which is misleading. We recommend that you ask local counsel whether a doctrine-of-equivalents argument is realistic before the product launch.
""")

dd("i18n-locale-json", """
Adding a Simplified Chinese locale

Translations live in `locales/<code>/messages.json`. To add a new locale, copy the English file, keep every key exactly as it is and translate only the values. Placeholders such as `%s` must stay in the string, untouched.

Here is a short excerpt of the finished zh-CN file, as shipped in version 3.2:

    "menu.file": "{D:文件}",
    "menu.edit": "{D:编辑}",
    "menu.view": "{D:视图}",
    "dialog.save.title": "{D:保存更改？}",
    "dialog.save.body": "{D:文档 %s 有未保存的更改。}",
    "button.ok": "{D:确定}",
    "button.cancel": "{D:取消}",
    "status.synced": "{D:已同步}"

A few conventions the Chinese reviewers asked us to follow:

- Buttons use the two-character forms {D:确定} and {D:取消}, never longer phrases.
- Ellipses on menu items are written with the Chinese ellipsis, for example {D:另存为……}.
- Full-width punctuation inside Chinese strings, half-width in placeholders.

Run `npm run i18n:check` before opening a pull request; it fails if a key is missing or a placeholder is dropped.
""")

dd("srt-zh-en", """
1
00:00:01,200 --> 00:00:03,800
{D:你终于回来了。}
You're finally back.

2
00:00:04,100 --> 00:00:06,900
{D:路上下大雪，高速封了，大巴在服务区停了一夜。}
It snowed heavily, the motorway was closed, and the coach spent the night at a service station.

3
00:00:07,300 --> 00:00:10,500
{D:妈一直在等你吃饭。}
Mum has been waiting for you to eat.

4
00:00:11,000 --> 00:00:13,200
{D:我不饿。}
I'm not hungry.

5
00:00:13,600 --> 00:00:17,400
{D:不饿也得吃一口，她一大早就起来包了你最爱吃的韭菜饺子。}
Eat a bite anyway. She got up at dawn to make your favourite chive dumplings.

6
00:00:18,000 --> 00:00:20,300
{D:爸呢？}
Where's Dad?

7
00:00:20,800 --> 00:00:24,100
{D:在楼下贴春联，说今年要贴得正一点。}
Downstairs putting up the couplets. He says he'll hang them straight this year.
""")

dd("transcript-speaker-lines", """
Oral History Project — Interview 31 (excerpt)

Interviewee: Mrs Ho, born 1938 in Taishan, emigrated to Vancouver in 1962
Interviewer: K. Dunne. Language of interview: Taishanese and English, mixed. Where Mrs Ho speaks Chinese we give her words in characters followed by our translation.

KD: What do you remember about the journey?

HO: Very long. Three days on the boat from Hong Kong to Japan first, then the big ship. My mother gave me one thing before I left, she said {D:出门在外，凡事忍一忍}. Be patient with everything when you are away from home.

KD: Did you find that useful?

HO: [laughs] Yes and no. In the laundry my boss shouted all day. I was patient. After two years I opened my own shop.

KD: What was it called?

HO: {D:新华洗衣馆}. New China Laundry. People in the street just said "Ho's".

KD: Did you write letters home?

HO: Every month. I always started the same way, {D:父母亲大人膝下}, the old polite way to address your parents. My daughter cannot read it now, so I am glad you are recording this.

[Recording paused, 00:42:17]
""")

dd("recipe-ingredients-names", """
Red-Braised Pork Belly (Hong Shao Rou)

Serves 4 as part of a shared meal. Prep 15 minutes, cook 1 hour 30 minutes.

This is the version my aunt makes in Changsha, a little less sweet than the Shanghai style. If you shop at an Asian grocer, the Chinese names on the packets are given so you can find the right thing.

Ingredients
- 600 g skin-on pork belly, cut into 3 cm cubes
- 2 tbsp Shaoxing wine ({D:绍兴料酒})
- 1 tbsp light soy sauce ({D:生抽})
- 1 tsp dark soy sauce ({D:老抽}), mostly for colour
- 30 g rock sugar ({D:冰糖})
- 2 star anise ({D:八角}) and a small piece of cassia bark ({D:桂皮})
- 3 slices ginger, 2 spring onions

Method
1. Blanch the pork in boiling water for three minutes, rinse and drain well.
2. Melt the rock sugar in a dry wok over low heat until it turns amber, then add the pork and stir until every piece is glossy.
3. Add the wine, both soy sauces, spices and ginger, then hot water to just cover.
4. Simmer covered for an hour, then uncover and reduce until the sauce clings to the meat.

Do not skip the rock sugar: ordinary white sugar burns faster and the sauce will not shine.
""")

dd("calligraphy-strokes", """
Beginner Calligraphy, Week 3: The Eight Principles of Yong

This week we practise the character {D:永} ("eternity"), which has been used for centuries to teach brushwork because it contains the eight basic strokes. Please bring your own brush, ink and the practice paper with the red grid.

The strokes, in the order you write them:

1. {D:点} dian — the dot at the top. Touch down lightly, press, then lift toward the lower right.
2. {D:横} heng — the short horizontal stroke.
3. {D:竖} shu — the vertical, ending with a hook.
4. {D:提} ti — the rising stroke on the left.
5. {D:撇} pie — the short sweep to the lower left.
6. {D:捺} na — the long sweep to the lower right, heavier at the end.

Traditional teaching lists eight, because the hook and the turn are counted separately. The traditional name for the method is {D:永字八法}.

Homework: fill one full sheet with {D:永}, then one sheet with {D:三} and {D:川}, concentrating on spacing. Next week we move on to characters with boxes, like {D:国} and {D:回}.
""")

dd("tea-tasting-notes", """
Tasting Notes: Three Spring Greens, April Flight

We brewed each tea at 80°C, 3 g in a 150 ml gaiwan, three infusions of 45, 60 and 90 seconds. Scores are out of ten and entirely subjective.

Longjing, pre-Qingming pick ({D:明前龙井}), Shifeng area
Dry leaf flat, jade green and sword-shaped. The liquor is pale with a chestnut aroma and a clean, almost sweet finish. Second infusion the best. Score 8.5.

Biluochun ({D:碧螺春}), Dongting mountain
Tightly curled, downy leaves. Fruity, with the floral note the name promises; slightly astringent if you push the third steep. Score 7.5.

Huangshan Maofeng ({D:黄山毛峰})
Longer, twisted leaves with visible buds. Gentle orchid scent, very soft body. Excellent value at the price. Score 8.

A note on labels: the tin of the Longjing carries the seller's stamp {D:西湖龙井 · 产地保护} ("West Lake Longjing · protected origin"). Genuine protected-origin tea should also have a numbered anti-counterfeit sticker; ours did.

Next month: oolongs from Wuyi and Anxi.
""")

dd("taiji-form-list", """
Yang Style 24-Step Form: Names of the Movements

The simplified 24-step form ({D:二十四式太极拳}) was compiled in 1956 and is the form most beginners learn. In class we call the moves by their English names, but many of you asked for the Chinese so you can follow videos from China. Here are the first twelve.

1. Commencing form — {D:起势}
2. Part the wild horse's mane — {D:野马分鬃}
3. White crane spreads its wings — {D:白鹤亮翅}
4. Brush knee and twist step — {D:搂膝拗步}
5. Play the lute — {D:手挥琵琶}
6. Repulse the monkey — {D:倒卷肱}
7. Grasp the bird's tail, left — {D:左揽雀尾}
8. Grasp the bird's tail, right — {D:右揽雀尾}
9. Single whip — {D:单鞭}
10. Cloud hands — {D:云手}
11. Single whip — {D:单鞭}
12. High pat on horse — {D:高探马}

Note that "repulse the monkey" is a loose translation; the Chinese literally describes rolling back the forearm. Practise the first six slowly at home, five minutes a day, before next Tuesday.
""")

dd("film-review-original-title", """
Review: A Drunken Master for a New Decade?

Original title: {D:醉拳新传}
Director: Lam Wai-kit. Running time: 104 min. Cantonese with English subtitles.

It is a brave studio that remakes a beloved kung-fu comedy, and for the first half hour this one looks like it will sink under the weight of nostalgia. The young hero, a delivery rider in modern Kowloon, learns drunken boxing from an old man who runs a herbal tea stall. Their training scenes on the stall's rooftop are the film's best: fast, clear and funny, with the camera held still so that we can actually see the moves.

The fight choreography credit goes to a veteran of the 1980s stunt teams, and it shows. A sequence in a night market, where the hero fights five men using only bowls and a bamboo pole, is worth the ticket alone.

What does not work is the villain, a property developer whose plan is never explained. The subtitles also wobble: the old man's catchphrase {D:酒不醉人人自醉} is rendered as "The wine is not drunk", which makes no sense. It means something like "It isn't the wine that makes you drunk, you do it to yourself", and the whole film turns on it.

Three stars out of five.

In cinemas from Friday 12 December. Certificate 15 for moderate violence.
""")

dd("news-hashtag-quoted", """
Heatwave Posts Flood Chinese Social Media as Cities Break Records

By our China correspondent

SHANGHAI — Temperatures above 40°C in a dozen cities this week set off a wave of jokes and complaints online, with one hashtag drawing more than 800 million views on the Weibo platform by Thursday evening.

The hashtag, {D:#今天你被热化了吗#} ("Did you melt today?"), began with a video of an egg frying on a car bonnet in Chongqing. Thousands of users followed with photos of melted crayons, warped candles and a statue of a panda apparently wearing sunglasses.

Not all the posts were light-hearted. Delivery workers shared pictures of their thermometers, and a second tag, {D:#外卖骑手高温补贴#}, calling for heat allowances for food couriers, climbed into the trending list on Wednesday.

City authorities in Hangzhou responded by opening air-raid shelters as cooling centres. Signs at the entrances read {D:防空洞纳凉点} ("air-raid shelter cooling point"), and local media said more than 20,000 residents used them on the first night.

Meteorologists expect the heat to ease slightly next week, though the national weather service kept its highest warning in place for parts of Sichuan and Hubei.

Doctors in Chongqing reported a sharp rise in cases of heatstroke among construction workers and elderly people living alone.
""")

dd("forum-what-does-this-say", """
Re: What does this say? Found on a jar in grandma's kitchen

Posted by mkowalski:
My grandmother passed away last month and we found this ceramic jar with a red paper label. None of us reads Chinese. The label says {D:福寿康宁} in big letters and something smaller underneath, {D:乙丑年腊月}. Is it a brand? Should we worry about what's inside?

Reply from lanternfish:
Sorry for your loss. The big characters are a blessing, not a brand: "good fortune, long life, health and peace". People stick labels like that on jars and doors at New Year.

Reply from lanternfish:
The small line is a date: "the twelfth lunar month of the yichou year". Yichou years in the sixty-year cycle include 1985 and 2045, so almost certainly the winter of 1985-86.

Reply from dragonwell_dan:
Agree with the above. If it smells like vinegar or rice wine it's probably something she pickled, possibly {D:腌菜} (pickled greens). I'd not eat anything from 1985 though.

Reply from mkowalski:
Thank you both! It turned out to be full of old buttons. We're keeping the label.
""")

dd("tattoo-advice", """
Thinking About a Chinese Character Tattoo? Read This First

Every tattoo artist has a folder of photos of Chinese tattoos gone wrong. Before you book, here is some advice from someone who reads the language and has fixed more than a few.

Get it checked by two native readers. One person might be polite; two will tell you the truth. Show them the exact image the artist will use, not the word you typed into a translator.

Know what a single character can and cannot do. {D:勇} means courage on its own and looks good. {D:爱} means love and is fine. But many English words need two characters, and two unrelated characters side by side can read as nonsense.

Watch the font. A simple brush style like {D:和} drawn by a calligrapher looks very different from the same character in a computer font. Ask the shop which font they use, and never let them flip or mirror it.

Avoid phrases from the internet that "mean" something poetic. A client of mine once asked for what she thought meant "free spirit". It actually read {D:鸡汤}, chicken soup, which is slang for feel-good motivational quotes. We turned it into a flower.

And remember: traditional and simplified forms differ. {D:龍} and {D:龙} are both "dragon", but your Taiwanese friends and your Beijing friends will notice which one you picked.

Still unsure? Post a photo of your design in our weekly thread and a native reader will check it for free.
""")

dd("product-spec-fields", """
Kweichow Moutai Flying Fairy 53% vol, 500 ml — Product Details

Item condition: new, sealed, original gift box
Brand: {D:茅台}
Series: {D:飞天}
Type: baijiu, sauce-aroma style ({D:酱香型})
Alcohol: 53% vol
Volume: 500 ml
Origin: Renhuai, Guizhou province, China
Production year: 2021 (printed on the neck, {D:2021年})
Shipping: within the EU only, age verification on delivery

About this item
The best-known Chinese spirit, made from sorghum and wheat and aged for several years before blending. The bottle is the classic opaque white ceramic with a red ribbon, and it comes with two small glasses in the box.

How to check it is genuine: the cap carries a hologram, and the back label has a code you can scan with the official app. The Chinese on the back label, {D:贵州茅台酒股份有限公司出品}, names the producer, Kweichow Moutai Co., Ltd.

Seller notes: stored upright in a cool cellar, no evaporation loss. Buyer pays return postage if the seal has been broken.
""")

dd("md-table-vocab", """
# HSK 2 Measure Words: Study Sheet

Chinese nouns need a measure word (classifier) between a number and the noun. Learn these eight first; they cover most of what you will need at the HSK 2 level.

| Measure word | Pinyin | Used for | Example |
|---|---|---|---|
| {D:个} | gè | general, people, many objects | {D:三个人} three people |
| {D:本} | běn | books, magazines | {D:两本书} two books |
| {D:张} | zhāng | flat things: paper, tables, tickets | {D:一张票} one ticket |
| {D:杯} | bēi | cups and glasses of a drink | {D:一杯茶} a cup of tea |
| {D:件} | jiàn | clothing for the upper body, matters | {D:一件衣服} a piece of clothing |
| {D:只} | zhī | many animals, one of a pair | {D:两只猫} two cats |
| {D:辆} | liàng | vehicles | {D:一辆车} one car |
| {D:块} | kuài | pieces, lumps; also yuan in speech | {D:五块钱} five yuan |

Note: before a measure word, "two" is {D:两}, not {D:二}. If you are unsure which measure word to use, {D:个} is usually understood, even when it is not the most elegant choice.

Quiz next lesson: ten sentences, fill in the missing measure word.
""")

dd("poem-stanza-zh-first", """
Poem of the Week: Wang Zhihuan, "Climbing Stork Tower"

Wang Zhihuan (688-742) left only six poems, but this one is memorised by nearly every schoolchild in China. Stork Tower stood on the bank of the Yellow River in present-day Shanxi.

{D:登鹳雀楼}
{D:白日依山尽，}
{D:黄河入海流。}
{D:欲穷千里目，}
{D:更上一层楼。}

The white sun sets behind the mountains,
The Yellow River flows into the sea.
If you wish to see a thousand miles further,
Climb one more storey of the tower.

The poem is a five-character quatrain: four lines of five syllables each. The first two lines are a matched pair, each pairing a colour with a natural feature, and the last two turn the view into advice. The final line is still used as a proverb, meaning "aim higher", often in speeches at graduation ceremonies.

A challenge for advanced readers: the word translated "storey" also means "level" in the sense of a stage of progress. How would you keep that double meaning in English?
""")
dd("lyrics-alternating-en-first", """
Lyrics: "The Moon Represents My Heart" (with my own translation)

Teresa Teng's 1977 recording is probably the best-known Mandarin love song in the world. I tried a translation that sticks close to the words rather than rhyming. English line first, then the line as sung.

You ask me how deeply I love you,
{D:你问我爱你有多深，}
How much I really love you.
{D:我爱你有几分。}
My feelings are true,
{D:我的情也真，}
My love is true as well.
{D:我的爱也真，}
The moon represents my heart.
{D:月亮代表我的心。}

The song repeats the question in the second verse, and the last line comes back each time like a refrain. Note that {D:几分} is literally "how many tenths", a very everyday way of asking "how much". Please don't post the whole song in the comments, the copyright holders are strict.
""")

dd("inline-pairs-en-first", """
Welcome Letter for New Exchange Students

Dear students, welcome to Ningbo! We are happy that you have chosen to spend a semester with us. {D:欢迎你们来到宁波！我们很高兴你们选择在这里度过一个学期。}

This letter is written in both English and Chinese, so that your host families can read it too. {D:这封信用中英文两种语言写成，方便寄宿家庭阅读。}

Classes start on Monday 2 September at 8:30. Please come to Room 105 in the International Building for registration before your first lesson. {D:九月二日星期一八点半开始上课。第一节课前请到国际楼105室报到。}

Bring your passport, two passport photos and the printed admission letter. {D:请带护照、两张证件照和打印好的录取通知书。}

Lunch is served in the second canteen from 11:30. Your student card works as a meal card once you have added money at the service desk. {D:第二食堂十一点半开始供应午餐。在服务台充值后，学生卡就可以当饭卡使用。}

If you have any questions, write to the international office or ask your student buddy. We look forward to meeting you! {D:如有问题，请联系国际办公室或者问你的学伴。期待与你们见面！}

Ms Zhou Li, International Office
""")

dd("titles-list-originals-after", """
Reading List: Contemporary Chinese Fiction in Translation

For the spring seminar we will read five novels, all available in English. Please buy or borrow the editions listed; page references in class will be to these.

1. To Live, by Yu Hua, trans. Michael Berry
2. Red Sorghum, by Mo Yan, trans. Howard Goldblatt
3. The Three-Body Problem, by Liu Cixin, trans. Ken Liu
4. Wolf Totem, by Jiang Rong, trans. Howard Goldblatt
5. Frog, by Mo Yan, trans. Howard Goldblatt

Students taking the course for language credit must read at least fifty pages of one novel in the original and present a short passage in week ten. The original titles, in the same order:

1. {D:活着}
2. {D:红高粱家族}
3. {D:三体}
4. {D:狼图腾}
5. {D:蛙}

You will notice that some English titles shorten the original: Red Sorghum drops the word for "family" or "clan", and To Live is a fair rendering of a title that literally means "being alive". We will discuss in week one why translators and publishers make these choices.

Office hours: Thursdays 2-4 pm, or by appointment.
""")

dd("zh-heading-above-en", """
{D:关于我们}
About Us

Golden Lotus Chinese School has taught Mandarin and Cantonese to children in Leeds since 1994. Classes take place on Saturday mornings in the hall of St Mary's Primary School.

{D:课程设置}
Our Classes

We offer six levels, from complete beginners aged five to GCSE and A-level preparation. Every class follows the same textbook series, and pupils sit a short test at the end of each term.

{D:师资力量}
Our Teachers

All teachers are native speakers and most hold a teaching qualification from China or the UK. Every teacher has an enhanced DBS check.

{D:报名方式}
How to Enrol

Fill in the online form or come to the school office on any Saturday between 9 and 10 am. The fee is £180 per term, with a discount for siblings.

{D:联系我们}
Contact Us

Email: office@goldenlotus-school.example  Phone: 0113 496 0000
""")

dd("place-names-brackets", """
Walking the Old Tea Horse Road: Five Days in Northwest Yunnan

We started in Lijiang ({D:丽江}), where the old town is lovely at six in the morning and impossible by ten. Our guide met us at the Dayan ({D:大研}) water wheel, and we drove an hour north to the trailhead.

Day one took us through Baisha ({D:白沙}), a Naxi village with Ming dynasty murals in a small temple, and up into pine forest. The path is the old mule track, paved in places with stones worn smooth by centuries of caravans.

On day two we reached the edge of Tiger Leaping Gorge ({D:虎跳峡}). The upper trail is well marked and the views across to Jade Dragon Snow Mountain ({D:玉龙雪山}) are among the best I have seen anywhere. The guesthouses along the trail are simple but the food is excellent.

From the far end of the gorge we took a minibus to Shaxi ({D:沙溪}), a market town that was once an important stop for caravans carrying tea from Pu'er towards Tibet. The square with its old theatre stage is beautifully restored.

Practical notes: the best months are October and April. Bring proper boots; the 28 bends section on day two is steep and can be muddy.

We booked through a small Lijiang agency, who arranged the guide, the luggage transfer and the guesthouses for about 350 dollars each.

Next post: three days in Shaxi, and what to eat there.
""")

dd("shop-sign-captions", """
Photo Essay: The Signs of Sham Shui Po

I spent a week photographing the shop signs of Sham Shui Po, one of the oldest working-class districts in Kowloon, before several of them are taken down under new safety rules. These are my favourites.

Photo 1. {D:新光五金} — a hardware shop open since 1968. The neon tubes were bent by hand; the owner says nobody in Hong Kong makes them like this any more.

Photo 2. {D:公和荳品廠} — a famous tofu shop. Note the traditional form {D:荳}, which you rarely see outside old signs.

Photo 3. {D:大有押} — a pawnshop. The bat-shaped sign above the door is the classic pawnbroker's symbol, and the characters are painted on the wall behind it.

Photo 4. {D:嘉頓麵包} — the Garden bakery building, with its big clock on the corner.

Photo 5. {D:鴻星冰室} — a cha chaan teng. The owner's granddaughter told me the sign was repainted only once, in 1992.

All photos taken with a 35 mm lens in early morning light. Prints available on request.
""")

dd("menu-dish-lines", """
Lucky Garden Restaurant — Dinner Menu

Starters
{D:凉拌黄瓜} Smashed cucumber with garlic and chilli oil — £5.50
{D:口水鸡} Poached chicken in spicy sesame sauce — £7.80
{D:锅贴} Pan-fried pork dumplings (6) — £6.20

Mains
{D:麻婆豆腐} Mapo tofu with minced beef — £9.50
{D:宫保鸡丁} Kung pao chicken with peanuts — £11.00
{D:水煮鱼} Sichuan boiled fish in chilli broth — £15.80
{D:干煸四季豆} Dry-fried green beans — £8.50
{D:回锅肉} Twice-cooked pork with leeks — £11.50

Rice and noodles
{D:扬州炒饭} Yangzhou fried rice — £6.50
{D:担担面} Dan dan noodles — £8.80

Please tell your server about any allergies. Dishes marked with a chilli contain Sichuan pepper. A discretionary service charge of 10% is added to tables of six or more.
""")

dd("couplet-spring-festival", """
How to Read a Spring Festival Couplet

Every Lunar New Year, red paper couplets go up on doors across China. A set has three parts: two vertical lines pasted either side of the door and a short horizontal scroll across the top. Here is the set our community centre put up this year, written by Mr Liang from the calligraphy club.

Right side (read first):
{D:春回大地千山秀}

Left side:
{D:福满人间万户欢}

Across the top:
{D:万象更新}

Translation:
Spring returns to the land, and a thousand hills are beautiful;
Good fortune fills the world, and ten thousand homes rejoice.
Everything is renewed.

Notice how the two lines match word for word: "spring" against "fortune", "land" against "world", "thousand hills" against "ten thousand homes". The final syllable of the first line should be in a falling or "oblique" tone and the second in a level tone, which is one way to tell which side is which if you have bought a set and are not sure.

Paste them up on New Year's Eve, and leave them until they fade.
""")

dd("unglossed-word-discussed", """
Why Everyone Is Talking About "Lying Flat"

A few years ago a single post on a Chinese forum gave the language a new word. The writer described quitting his factory job, cycling across the country and living on very little. He called this {D:躺平}, and within weeks the term was everywhere.

The word is often set against another, {D:内卷}, which originally came from anthropology and now describes a competition so intense that everyone works harder for the same result. If {D:内卷} is the disease, {D:躺平} is one response: refuse to take part.

Commentators disagree about what it means. Some see {D:躺平} as laziness, others as a quiet protest against long hours and high housing prices. State media at first criticised the idea, then largely stopped mentioning it.

The newest variant is {D:45度人生}, the "45-degree life": neither lying flat nor sitting up, half-heartedly doing both. Younger speakers use it as a joke about themselves.

Whatever you think of the trend, it shows how fast slang travels online. None of these words was in a dictionary ten years ago, and I would not be surprised if a new one replaces them all next year.

Further reading: our earlier piece on internet slang from the 2010s, and a short interview with a lexicographer who tracks new words.

Comments are open below.
""")

dd("programme-traditional", """
Cantonese Opera Night — Programme

Presented by the Harbour Cantonese Opera Society, Saturday 8 March, 7:30 pm, Civic Hall

Tonight's performance: {D:帝女花}
The Flower Princess

Act 1: {D:樹盟} — The Vow Beneath the Tree
Princess Changping chooses her husband, the scholar Zhou Shixian, in the last days of the Ming dynasty.

Act 2: {D:香劫} — Calamity
The capital falls and the emperor tries to end his daughter's life rather than let her be captured.

Act 3: {D:庵遇} — Meeting at the Nunnery
Believed dead, the princess hides as a nun, where Zhou Shixian finds her.

Act 4: {D:香夭} — Fragrant Death
The lovers take poison on their wedding night rather than serve the new dynasty.

The aria in the final act is the most famous in the repertoire; many in the audience will know every word. Surtitles in English are projected above the stage. The performance lasts about three hours, with one interval.

Cast: Mandy Chan (princess), Kelvin Lo (Zhou Shixian), with the Society's orchestra conducted by Mr Fung Kwok-wai.
""")
dd("inline-pairs-zh-first", """
Notice to Residents of Building 6 / Heping Garden Community

{D:各位居民：} Dear residents,

{D:本周六上午九点到十二点，六号楼将暂停供水。} Water supply to Building 6 will be suspended from 9 am to 12 noon this Saturday.

{D:物业将更换地下室的水管阀门。} The property management office will replace the water pipe valves in the basement.

{D:请大家提前储水，并关好家中的水龙头。} Please store some water in advance and make sure the taps in your home are turned off.

{D:恢复供水后，水可能会有点黄，放几分钟就好了。} After the supply returns the water may look a little yellow; let it run for a few minutes and it will clear.

{D:给您带来不便，敬请谅解。} We apologise for any inconvenience.

{D:和平花园物业服务中心} Heping Garden Property Service Centre
{D:二〇二六年十一月二十四日} 24 November 2026

(Posted in both languages at the request of the residents' committee, as several families in the building do not read Chinese.)
""")

dd("md-table-ui-strings", """
## Checkout screen: strings for translation review

The zh-CN strings below were supplied by the agency and reviewed by our Shanghai team. Please check the ones marked "query" against the screenshots in the design file before the 4.1 release.

| Key | English | zh-CN | Status |
|---|---|---|---|
| checkout.title | Checkout | {D:结算} | approved |
| checkout.address | Delivery address | {D:收货地址} | approved |
| checkout.coupon | Apply coupon | {D:使用优惠券} | approved |
| checkout.total | Order total | {D:订单总额} | approved |
| checkout.pay | Pay now | {D:立即支付} | approved |
| checkout.error.card | Your card was declined | {D:您的银行卡被拒绝} | query |
| checkout.success | Thank you for your order! | {D:感谢您的订购！} | query |

Reviewer comments:
- checkout.error.card: "declined" is fine, but most apps say {D:支付失败} (payment failed) and avoid blaming the card. Suggest changing.
- checkout.success: {D:订购} sounds formal; {D:下单} is more natural in shopping apps, e.g. {D:下单成功，感谢您的支持！}
- Do not use the full-width exclamation mark in button labels, only in messages.

Length limit for buttons: 8 Chinese characters.
""")

dd("changelog-i18n", """
CHANGELOG

## 2.7.0 — 2026-11-18

### Added
- Traditional Chinese (zh-TW) locale, contributed by @cwlin. Menu labels follow Taiwanese usage, for example {D:檔案} for "File" and {D:設定} for "Settings", rather than the mainland forms.
- Date formatting now respects the locale: in zh-CN and zh-TW dates are shown as {D:2026年11月18日}.

### Fixed
- The word count in the status bar counted each Chinese character as a separate "word". It now reports characters for CJK text, labelled {D:字数} in zh-CN.
- Search no longer fails when the query contains the full-width comma used in Chinese.
- The zh-CN string for "Undo" was wrongly {D:撤消}; it is now {D:撤销}, the standard form.

### Changed
- The zh-CN "Save" button now reads {D:保存} instead of {D:存储}, following user feedback.

## 2.6.3 — 2026-10-02

### Fixed
- Crash on startup when the system language was set to Cantonese (zh-HK) but no zh-HK locale was installed. We now fall back to zh-TW.
- Typo in the English tooltip for the export button.
""")

dd("chengyu-dictionary-entry", """
Chengyu of the Day: Drawing a Snake and Adding Feet

{D:画蛇添足}
huà shé tiān zú
Literally: draw a snake, add feet
Meaning: to ruin something by doing too much; to add something unnecessary

The story
In the state of Chu, a lord gave his servants a jug of wine. There was only enough for one, so they agreed that whoever finished drawing a snake on the ground first would drink it. One man finished quickly, took the jug, and, seeing the others still drawing, said "I have time to add feet!" While he was drawing the feet, another servant finished, snatched the jug and said: "Snakes have no feet. Yours is not a snake." And he drank the wine.

The story comes from the Warring States text {D:战国策} (Strategies of the Warring States).

Examples
{D:这篇文章已经很好了，最后一段是画蛇添足。}
This essay was already very good; the last paragraph is unnecessary.

{D:你的解释很清楚，不用再画蛇添足了。}
Your explanation is clear; don't overdo it.

Related: {D:多此一举} (an unnecessary action), which is used in similar situations.
""")

dd("mahjong-tile-glossary", """
Mahjong for Beginners: Reading the Tiles

A standard Chinese mahjong set has 144 tiles. The numbers on the suit tiles are written in Chinese, so the first thing to learn is to read one to nine.

The three suits
- Characters (also called "cracks"): each tile shows a numeral above the character {D:萬}, meaning ten thousand. {D:一萬} is one, {D:九萬} is nine.
- Bamboos: sticks of bamboo; the one of bamboos is usually a bird.
- Circles (dots): circles from one to nine.

The numerals: {D:一} one, {D:二} two, {D:三} three, {D:四} four, {D:五} five, {D:六} six, {D:七} seven, {D:八} eight, {D:九} nine.

Honour tiles
- Winds: {D:東} east, {D:南} south, {D:西} west, {D:北} north.
- Dragons: {D:中} red dragon, {D:發} green dragon, and the white dragon, which is usually a blank tile or a blue frame.

Flowers and seasons
Eight bonus tiles, often with {D:梅}, {D:蘭}, {D:菊} and {D:竹} (plum, orchid, chrysanthemum, bamboo) and the four seasons. They do not form part of a hand.

Most sets use traditional characters, which is why you see {D:萬} and {D:發} rather than the simplified forms. Once you can read the numerals, you can play.
""")

dd("address-format-envelope", """
How to Address a Letter to China

Chinese addresses run from the largest unit to the smallest: country, province, city, district, street, building, and finally the person. This is the reverse of the English order, which confuses many people sending their first parcel.

If the letter is going from abroad, write the address in Chinese if you can, and add an English line for the sorting office in your own country. For example:

{D:中国}
{D:浙江省杭州市西湖区}
{D:文三路478号2栋501室}
{D:王小明（收）}
310013
CHINA

In English, the same address would read: Room 501, Building 2, 478 Wensan Road, Xihu District, Hangzhou, Zhejiang 310013, China. Attention: Wang Xiaoming.

The small word {D:收} after the name means "to be received by" and is customary, a little like writing "Attn". Put the sender's address at the bottom right, ending with {D:寄}, "sent by".

Postcodes in China have six digits. Always include one, and write CHINA in capitals on the last line so that your own postal service knows where to send it.
""")

dd("character-etymology", """
Character Origins: Why Does "Good" Contain a Woman and a Child?

The character {D:好} (hǎo, "good") is made of two parts: {D:女} "woman" on the left and {D:子} "child" on the right. A popular explanation says that a woman with a child is the picture of goodness. It is a pleasant story, and it is roughly what the earliest dictionary said.

That dictionary, the {D:说文解字} compiled by Xu Shen around 100 CE, defines {D:好} as "beautiful", and modern scholars note that in the oracle bone inscriptions the character already appears as a woman holding an infant. Whether the original idea was "beauty", "love" or "good" is still debated.

Many characters are built like this, from two meaningful parts. Compare:
- {D:休} "rest": a person {D:亻} leaning against a tree {D:木}.
- {D:明} "bright": the sun {D:日} and the moon {D:月} together.
- {D:森} "forest": three trees.

But be careful. Most characters combine a meaning part with a sound part, not two meanings. In {D:妈} "mother", the woman {D:女} gives the meaning, while {D:马} "horse" only tells you the pronunciation. Horses have nothing to do with mothers.
""")

dd("email-signature-bilingual", """
Brand Guidelines, Section 5: Email Signatures

All staff in the Shenzhen and London offices use the same bilingual signature so that customers in both markets recognise us. The company name is always given in both languages, Chinese on top. Personal names follow each person's own preference.

Template:

Name / job title in English
{D:姓名 / 中文职务}
Brightway Optics Ltd.
{D:光路光学有限公司}
Tel +44 20 7946 0000 | +86 755 0000 0000

Example (correct):

Sarah Whitfield / Key Account Manager
{D:韦莎拉 / 大客户经理}
Brightway Optics Ltd.
{D:光路光学有限公司}

Rules:
- Do not translate the company name yourself. The registered Chinese name is {D:光路光学有限公司}; do not shorten it to {D:光路} in signatures, although the short form is fine in conversation.
- Use the font set by the template. Do not add quotes, images or animated logos.
- Staff without a Chinese name may leave the second line blank.
""")

dd("wedding-phrases-list", """
What to Write in a Chinese Wedding Card

Invited to a Chinese wedding and not sure what to write? A red envelope ({D:红包}) with money is the usual gift, and it is polite to write a short blessing on the envelope or on a card. Here are the phrases our readers found most useful.

{D:百年好合} — "a hundred years of harmony". The classic wish, always safe.

{D:永结同心} — "forever of one heart".

{D:早生贵子} — "may you soon have a precious child". Traditional, but some modern couples find it old-fashioned, so know your audience.

{D:白头偕老} — "grow old together until your hair is white".

{D:新婚快乐} — simply "happy wedding". Good if you are not confident with the more formal phrases.

Write your own name underneath, and avoid white or black envelopes. Odd sums of money are avoided too; amounts with the number eight are popular, and anything with four is best skipped, as it sounds like the word for death.

If you like, you can add the characters {D:囍}, "double happiness", which you will see everywhere at the banquet.
""")

dd("interlinear-gloss", """
Handout 4: Aspect in Mandarin — the Particle le

Mandarin does not mark tense on the verb. Instead, the particle {D:了} le marks a completed event or a change of state. Compare the examples below; each gives the Chinese, a word-by-word gloss and a free translation.

(1) {D:我吃了饭。}
    I eat-PFV rice
    'I have eaten.'

(2) {D:他去了北京。}
    he go-PFV Beijing
    'He went to Beijing.'

(3) {D:下雨了。}
    fall rain-CRS
    'It has started to rain.'

(4) {D:我不去了。}
    I not go-CRS
    'I am not going any more.' (change of plan)

In (1) and (2), {D:了} follows the verb and marks the action as complete (PFV, perfective). In (3) and (4) it stands at the end of the sentence and marks a new situation (CRS, currently relevant state). The two uses can combine, as in {D:我吃了饭了}, 'I have already eaten (so no need to invite me).'

Exercise: gloss sentences 5-10 on the back of the sheet and decide which {D:了} is which.
""")

# ---------------------------------------------------------------- half-translated

ll("clause-glued-university", """
The delegation of Nanhu University of Technology visited the National Key Laboratory of Advanced Materials

On the morning of November 12, Vice President Liu Jianping led a delegation to visit the National Key Laboratory of Advanced Materials,{L:并听取了实验室主任关于平台建设情况的汇报}。The delegation first visited the thin film preparation room and the electron microscope center,{L:详细了解了大型仪器设备的共享使用情况}。

In the discussion, Liu Jianping pointed out that the laboratory is an important platform for the school to serve national strategic needs,{L:要进一步加强与企业的合作}，We will accelerate the transformation of scientific research results,{L:努力培养一批高水平的青年科研骨干}。

Laboratory director Zhang Wei said,The laboratory will take this visit as an opportunity,{L:围绕新能源材料和高端装备两个方向}，Continue to increase investment in basic research,{L:力争在十五五期间取得更多原创性成果}。

After the visit, the delegation held a discussion with the laboratory's young researchers,{L:就人才引进和团队建设进行了深入交流}。

Relevant responsible comrades of the Science and Technology Department, the Graduate School and the School of Materials accompanied the visit.

Contributed by: School of Materials  Photo: Wang Hao  Edited by: Li Na

{L:阅读次数：}2174
""")

ll("cms-labels-hospital", """
{L:当前位置}：Home > Hospital News > Department Dynamics

Our hospital's Department of Cardiology successfully completed the first leadless pacemaker implantation in the city

{L:发布时间：}2026-10-21  {L:浏览次数：}1386  {L:来源：}Department of Cardiology

Recently, the Department of Cardiology of our hospital successfully completed the first leadless pacemaker implantation operation in the city for an 82-year-old patient. The patient had suffered from repeated dizziness and fainting for half a year and was diagnosed with sick sinus syndrome after admission.

Considering the patient's advanced age and poor skin condition, after a multidisciplinary discussion, the team decided to use a leadless pacemaker. The device is only about the size of a vitamin capsule and is implanted directly into the right ventricle through the femoral vein. The operation lasted 40 minutes and the patient was able to get out of bed the next day.

Compared with traditional pacemakers, leadless pacemakers have no need for a chest incision or subcutaneous pocket, which greatly reduces the risk of infection and lead complications.

{L:责任编辑：}Chen Xiaoyu
{L:上一篇：}Our hospital held a training course on emergency skills for nurses
{L:下一篇：}Notice on adjusting outpatient hours during the National Day holiday
""")

ll("spec-table-cells-factory", """
Product Center > Hydraulic Cylinders > HSG Series Engineering Cylinder

HSG series engineering cylinder is a double-acting single piston rod hydraulic cylinder, with simple structure, reliable operation, convenient disassembly and maintenance. It is widely used in construction machinery, lifting and transport machinery, mining machinery and other fields.

Technical parameters

| Parameter | Value |
|---|---|
| Cylinder bore | 40 – 250 mm |
| Rated pressure | 16 MPa / 25 MPa |
| Maximum stroke | {L:根据客户要求定制} |
| Connection type | Earring type, flange type, {L:中间铰轴式} |
| Sealing parts | Imported Parker seals |
| Working temperature | -20 °C – +80 °C |
| Working medium | {L:矿物油型液压油} |
| Surface treatment | Hard chrome plating, thickness 0.03 – 0.05 mm |

Ordering instructions: please provide the cylinder bore, piston rod diameter, stroke, installation method and working pressure when ordering,{L:如有特殊要求请在订货时注明}。

Welcome to call for consultation: 0519-8000 0000
""")

ll("whole-paragraph-bureau", """
Notice of the Municipal Bureau of Natural Resources on Carrying out the 2026 Land Use Change Survey

All district and county natural resources bureaus and relevant units:

In order to accurately grasp the changes in land use in our city and provide basic data support for land space planning and cultivated land protection, according to the unified deployment of the Provincial Department of Natural Resources, it is decided to carry out the 2026 annual land use change survey in the city. The relevant matters are hereby notified as follows:

1. Survey content
The survey covers the whole city's administrative area, focusing on changes in cultivated land, construction land and ecological land since the last survey.

2. Time arrangement
{L:各区县要于12月10日前完成外业调查和举证工作，12月20日前完成数据库更新并报市局审核。市局将组织专家对成果进行抽查，抽查比例不低于百分之十。对成果质量不合格的，责令限期整改。}

3. Work requirements
All units should attach great importance, designate special personnel to be responsible, and ensure the authenticity and accuracy of the survey data. Problems encountered in the work should be reported in a timely manner.

Contact: Land Survey Section, Tel: 0551-6300 0000

Municipal Bureau of Natural Resources
November 25, 2026
""")

ll("cms-breadcrumb-tourism", """
{L:首页} > {L:畅游古镇} > Scenic Spots

Wuyuan Rapeseed Flower Sea

Every spring from March to April, the rapeseed flowers of Wuyuan are in full bloom, golden flowers, white walls and black tiles set each other off, forming a picturesque rural scene. Wuyuan is known as "the most beautiful countryside in China" and attracts millions of tourists every year.

Recommended viewing points:
- Jiangling: the terraced rapeseed fields on the mountainside are the most spectacular, best seen in the early morning.
- Huangling: known as the "village hanging in the sky", where the autumn drying of crops is also famous.
- Likeng: a well-preserved Ming and Qing dynasty village along a small river.

Opening hours: 7:30-17:30
Ticket price: {L:通票210元，五日内有效}
Tips: During the flower season, there are many tourists. It is recommended to travel on weekdays and avoid holidays,{L:自驾游客请按交警指挥停车}。

{L:上一条：}Wuyuan Hongguan Village
{L:下一条：}Wuyuan Qinghua Rainbow Bridge
""")

ll("ecommerce-reviews", """
Women's Padded Winter Coat, Mid-Length, Hooded, Thickened Warm Down Cotton Jacket

Price: US $38.90  Sold: 2.3k  Rating: 4.8

Colour: Black / Khaki / Dark Green
Size: S M L XL 2XL

Product description
This coat uses high-density waterproof fabric, filled with soft cotton, light and warm. The detachable hood with faux fur trim, two side zipper pockets, suitable for daily commuting and outdoor activities.

Customer reviews (1,204)

★★★★★ Anna K. — Very warm, the size is standard, I am 165 cm 55 kg and bought M, fits perfectly.

★★★★★ {L:匿名用户} — {L:衣服收到了，质量很好，比想象中厚实，颜色也很正，物流很快，好评！}

★★★★☆ Marco — Good coat for the price. The zipper is a bit stiff at first.

★★★★★ {L:小*米} — {L:第二次购买了，给妈妈买的，她很喜欢。}

★★★☆☆ J. Smith — Colour darker than the photos.

Seller reply: Thank you for your support,{L:我们会继续努力提供更好的产品和服务}。
""")

ll("byline-source-association", """
China Textile Machinery Association held the 2026 annual meeting of member units

{L:来源：中国纺织机械协会}  {L:作者：秘书处}  2026-09-18

On September 16, the 2026 annual meeting of member units of the China Textile Machinery Association was held in Changzhou. More than 300 representatives from member enterprises, research institutes and universities attended the meeting.

President Gu Ping delivered a work report on behalf of the council. He summarized the work of the association over the past year in industry statistics, standard formulation, exhibition services and international exchanges, and put forward the key tasks for the next year.

The meeting also released the "2026 Textile Machinery Industry Development Report", which shows that in the first half of the year, the main business income of the industry increased by 6.3% year-on-year,{L:出口交货值同比增长9.1%，其中对东南亚出口增长明显}。

The meeting commended 25 outstanding member enterprises of the year.

During the meeting, a special forum on intelligent manufacturing was held. Experts from enterprises shared their experience in digital workshops and remote operation and maintenance.

{L:【打印本页】【关闭窗口】}
""")

ll("captions-institute", """
Institute of Marine Ecology completes autumn comprehensive scientific expedition in the East China Sea

On October 30, the research vessel "Haike 6" returned to Qingdao after completing a 28-day autumn comprehensive scientific expedition in the East China Sea. The expedition team of 42 people set up 86 survey stations and collected more than 3,000 samples of water, sediment and plankton.

[Photo] {L:科考船“海科6号”驶离青岛母港}

The main tasks of this expedition were to study the distribution of low-oxygen zones off the Yangtze River estuary and their impact on fishery resources. For the first time, the team used an underwater glider for continuous observation for 15 days.

[Photo] The research team deploys the underwater glider

[Photo] {L:科研人员在实验室内对浮游生物样品进行分拣和鉴定}

The chief scientist of the expedition said that the data obtained will provide an important basis for the ecological protection and restoration of the East China Sea. The samples will be analysed in the institute's laboratories over the coming months.

[Photo] {L:全体科考队员合影}

Text: Office of Scientific Research  Photos: Zhao Lei
""")

ll("nav-menu-leftover", """
Home | About Us | {L:新闻中心} | Products | {L:技术支持} | Contact Us

Welcome to Shenghua Valve Co., Ltd.

Founded in 1998, Shenghua Valve is a professional manufacturer of industrial valves integrating research and development, production and sales. The company is located in Wenzhou, the "hometown of valves", covering an area of 50,000 square meters with more than 400 employees.

Our main products include gate valves, globe valves, check valves, ball valves and butterfly valves, with nominal diameters from DN15 to DN1200, which are widely used in petroleum, chemical, power, water supply and other industries.

The company has passed ISO 9001 quality management system certification and API 6D certification, and its products are exported to more than 30 countries and regions.

Quick links:
- Product catalogue download
- {L:在线留言}
- Job vacancies
- {L:经销商查询}

Copyright © 2026 Shenghua Valve Co., Ltd. All rights reserved.
""")

ll("heading-leftover-en-body", """
{L:学院简介}

The School of Foreign Languages was founded in 1978 and is one of the earliest schools established at the university. The school currently has four undergraduate majors: English, Japanese, German and Translation, with more than 1,200 full-time undergraduate and graduate students.

{L:师资队伍}

The school has 96 faculty members, including 18 professors and 35 associate professors. More than 70% of teachers have doctoral degrees, and more than half have study or work experience abroad.

{L:人才培养}

The school adheres to the concept of "solid foundation, broad vision and practical ability", and has established internship bases with more than 20 enterprises and institutions. In recent years, students have won many awards in national translation and speech competitions.

{L:国际交流}

The school has established cooperation with universities in the United Kingdom, Germany, Japan and Australia, and sends more than 100 students abroad for exchange study every year.

Address: Building 3, Wenhui Road Campus  Tel: 0571-8800 0000
""")

ll("en-heading-zh-nontranslation", """
Admissions Policy for International Students

{L:我校自2005年起招收国际学生，目前在校留学生来自四十多个国家。}

Application requirements

Applicants must be non-Chinese citizens holding a valid foreign passport, in good health, and aged between 18 and 35. Applicants for undergraduate programmes must have a high school diploma or equivalent.

{L:申请者须通过我校组织的入学考试或面试，部分专业另有加试要求。}

Language requirements

For programmes taught in Chinese, applicants should have HSK level 4 or above. For programmes taught in English, applicants whose native language is not English should provide IELTS 6.0 or TOEFL 80.

{L:语言成绩未达到要求者，可先申请我校汉语预科项目。}

Scholarships

Outstanding applicants can apply for the university's international student scholarship, which covers tuition and accommodation fees.

{L:奖学金评审每年进行一次，获奖名单将在学校官网公示七天。}

Application deadline: June 30 each year.
""")

ll("en-para-zh-para-different", """
Xinhe Town launches rural revitalization demonstration project

In recent years, Xinhe Town has made great efforts to develop characteristic agriculture, relying on its advantages of fertile land and abundant water resources. The town has built 3,000 mu of high-standard farmland and introduced two leading enterprises in fruit and vegetable processing, driving more than 800 households to increase their income.

{L:在人居环境整治方面，新河镇今年共拆除违章建筑一百二十余处，新建公共厕所十五座，完成了全部二十三个行政村的生活污水管网改造。}

The town also pays attention to cultural construction. Every village has built a cultural square and a farmer's library, and an annual "harvest festival" is held to display local folk customs and agricultural products.

{L:下一步，镇党委将继续加强基层党组织建设，选派优秀年轻干部到村任职，为乡村振兴提供坚强的组织保障。}

In addition, the town has trained more than 300 young farmers in e-commerce and agricultural technology this year.

The demonstration project is expected to be completed by the end of next year, with a total investment of 120 million yuan.

Source: Xinhe Town People's Government
""")

ll("short-leftovers-scattered", """
Spring Outing Notice for Retired Staff

In order to enrich the cultural life of retired staff, the Retirement Office will organize a spring outing to Taihu Lake on April 18. The specific arrangements are as follows:

Time: April 18 ({L:星期六}), assembly at 7:30 am
Place of assembly: {L:南门}parking lot
Itinerary: Yuantouzhu scenic area in the morning, lunch at a farmhouse, Lingshan in the afternoon, return at about 5 pm
Cost: free for retired staff, family members pay 150 yuan per person {L:自理}

Notes:
1. Retired staff over 80 years old should be accompanied by family members.
2. Please bring your ID card and wear comfortable shoes, {L:注意安全}.
3. Registration by phone before April 10, {L:名额有限}, first come first served.

Contact person: Teacher Xu, Tel: 6688 1234

Retirement Office
March 28
""")

ll("long-leftover-block", """
Jinshan Ceramics Museum — Exhibition Introduction

"A Thousand Years of Kiln Fire: Jinshan Ceramics Through the Ages" is the museum's permanent exhibition, which opened to the public in 2018. The exhibition is divided into four units and displays more than 400 pieces of ceramics from the Tang dynasty to modern times.

Unit 1: The Origins of Jinshan Kilns

{L:金山窑始烧于唐代中期，早期产品以青釉为主，器型多为碗、盘、壶等日常生活用具。考古工作者在窑址附近发现了大量窑具和残片，证明当时已经形成了相当规模的生产。宋代是金山窑的鼎盛时期，窑口沿河分布，绵延十余里，产品不仅供应本地市场，还通过水路远销江南各地。这一时期的青白瓷胎薄釉润，素有“假玉器”之称。元代以后，随着景德镇的兴起，金山窑逐渐衰落，但民间日用瓷的生产一直延续到近代。}

Unit 2: Song Dynasty Qingbai Porcelain

This unit focuses on the qingbai ware of the Song dynasty, including bowls with carved lotus patterns, ewers and incense burners.

Opening hours: Tuesday to Sunday, 9:00-17:00 (closed on Mondays). Free admission with ID card.

Guided tours in English are available on weekends at 10:00 and 14:30.
""")

ll("logo-and-lang-link", """
{D:东方国际旅行社} ORIENT INTERNATIONAL TRAVEL SERVICE
English | {D:中文} | {D:日本語}

Home  Tours  Visa Service  About Us

Beijing Classic 5-Day Tour

Day 1: Arrive in Beijing, our guide will pick you up at the airport and transfer you to the hotel. Free time in the evening.

Day 2: Visit Tiananmen Square and the Forbidden City in the morning, the Temple of Heaven in the afternoon,{L:晚上可自费观看京剧表演}。

Day 3: Mutianyu Great Wall, take the cable car up and the toboggan down, visit the Ming Tombs on the way back.

Day 4: Summer Palace in the morning,{L:下午乘坐人力三轮车游览胡同，走进老北京四合院人家}。

Day 5: Free until transfer to the airport.

Price includes: 4-star hotel, daily breakfast, admission tickets, English-speaking guide.
Price does not include: {L:国际机票、签证费及个人消费}

Booking hotline: +86 10 6500 0000
""")

ll("icp-footer-leftovers", """
Lanting Calligraphy Training Center

Course introduction

Our center offers regular script, running script and clerical script courses for children and adults. Class sizes are limited to 12 people, and each student receives individual guidance from the teacher.

Children's class: Saturday and Sunday mornings, suitable for ages 6-14, 48 lessons per year.
Adult class: Tuesday and Thursday evenings, from basic strokes to complete works.

{L:报名即赠送毛笔一支、字帖一本，老学员介绍新学员可享受九折优惠。}

Teachers
Our teachers are members of the provincial calligraphers association and have more than ten years of teaching experience.

Contact us
Address: 2nd Floor, No. 18 Shuyuan Street, Shaoxing
Tel: 0575-8500 0000
{L:营业时间：周二至周日 9:00-20:30}

Copyright © 2026 Lanting Calligraphy Training Center  {D:浙ICP备2023012345号-2}
""")

ll("clause-glued-fullwidth", """
Provincial Agricultural Science Academy experts go to the countryside to guide autumn sowing

Recently，the Provincial Academy of Agricultural Sciences organized 30 experts in wheat, rapeseed and plant protection to go to 12 counties to carry out autumn sowing technical guidance，{L:深入田间地头为农户答疑解惑}。

In Lixian County，the experts checked the soil moisture and seed quality on the spot，{L:现场演示了小麦宽幅精播技术}，and reminded farmers to pay attention to the sowing date and density，{L:防止因播种过早导致冬前旺长}。

The head of the expert group said，this year's autumn rainfall is more than usual，{L:部分低洼地块排水不畅}，farmers should clear the ditches in time and sow after the soil is suitable。

During the activity，the experts distributed more than 5,000 copies of technical materials，{L:培训农民和基层农技人员一千二百余人次}。

The academy will organize a second round of guidance in early December to check seedling emergence.

Source: Provincial Academy of Agricultural Sciences

Editor: Sun Li
""")

ll("list-items-recruitment", """
Recruitment: Mechanical Design Engineer (2 positions)

Company: Hengda Intelligent Equipment Co., Ltd.
Work location: Suzhou Industrial Park
Salary: 12,000 – 18,000 yuan/month
Published: 2026-11-03

Job responsibilities:
1. Responsible for the mechanical structure design of non-standard automation equipment;
2. {L:负责绘制零件图和装配图，编制物料清单}；
3. Participate in equipment assembly and debugging, and solve technical problems on site;
4. {L:配合销售部门完成客户技术交流和方案编写}。

Job requirements:
1. Bachelor degree or above in mechanical design, mechatronics or related majors;
2. More than 3 years of experience in automation equipment design;
3. {L:熟练使用SolidWorks、AutoCAD等设计软件}；
4. {L:能适应短期出差}；
5. Good communication skills and team spirit.

Benefits: five social insurances and one housing fund, annual physical examination, paid annual leave, staff canteen.

Please send your resume to hr@hengda-equip.example, {L:邮件标题注明“应聘岗位+姓名”}。
""")

ll("md-table-admissions", """
2026 Undergraduate Admission Plan (Out-of-Province)

The following is the university's 2026 undergraduate enrolment plan for provinces outside Jiangxi. Final figures are subject to those published by the provincial admissions offices.

| Major | Duration | Tuition (yuan/year) | Notes |
|---|---|---|---|
| Computer Science and Technology | 4 years | 5,800 | — |
| Software Engineering | 4 years | 5,800 | {L:三年级起部分课程在校企合作基地完成} |
| Civil Engineering | 4 years | 5,200 | — |
| Pharmacy | 4 years | 5,500 | {L:色盲、色弱者不宜报考} |
| Architecture | 5 years | 6,200 | {L:需加试美术} |
| English | 4 years | 4,800 | {L:只招英语语种考生} |
| Accounting | 4 years | 4,800 | — |

Admission principles: the university follows the principle of "score first, respect for preferences",{L:专业志愿之间不设分数级差}。

Admissions Office consultation telephone: 0791-8800 0000
""")

ll("agenda-time-slots", """
2026 International Symposium on Smart Water Management — Programme

Venue: Huanghe Hotel, Zhengzhou  Date: 15-16 December 2026

Day 1, 15 December

08:30-09:00  Registration
09:00-09:30  Opening ceremony. {L:主持人：组委会秘书长 何建国}
09:30-10:15  Keynote: Digital twin technology for river basin management (Prof. Li Ming, Hohai University)
10:15-10:30  {L:茶歇}
10:30-11:15  Keynote: Remote sensing of reservoir sedimentation
11:15-12:00  {L:黄河下游河道智能监测系统的建设与应用}
12:00-13:30  Lunch (Ballroom, 2nd floor)
13:30-15:00  Parallel session A: Flood forecasting
13:30-15:00  Parallel session B: {L:城市供水管网漏损控制}
15:00-15:20  Tea break
15:20-17:00  Panel discussion: Data sharing between agencies
18:00        {L:欢迎晚宴}

Day 2, 16 December

09:00-12:00  Technical visit to the Huayuankou hydrological station
""")
ll("quote-leftover", """
Press Release | Xingyun Robotics releases new generation of warehouse logistics robot

Hangzhou, November 20, 2026 — Xingyun Robotics today officially released its new generation of autonomous mobile robot XY-600 for warehouse logistics. The robot has a maximum load of 600 kg, a positioning accuracy of ±5 mm, and can work continuously for 10 hours on a single charge.

"The XY-600 is the result of three years of independent research and development," said Chen Yifan, founder and CEO of Xingyun Robotics. "{L:我们希望用更低的成本，让中小企业也能用上智能仓储。}"

The new robot uses a laser and vision fusion navigation system and does not require reflectors or QR codes on the ground. Customers can deploy it in an existing warehouse within one week.

According to the company, the XY-600 has already been piloted in warehouses of three e-commerce companies and a pharmaceutical distributor. {L:试点数据显示，拣货效率平均提升了百分之四十，差错率下降到万分之一以下。}

About Xingyun Robotics
Founded in 2019, Xingyun Robotics focuses on intelligent logistics equipment and has more than 200 employees, 60% of whom are research and development staff.

Media contact: pr@xingyun-robot.example
""")

ll("amenities-list", """
Lakeview Garden Hotel — Rooms and Facilities

Deluxe Lake View Room
Area 42 m², king bed or twin beds, floor-to-ceiling windows facing West Lake.

Room facilities:
- Free high-speed Wi-Fi
- 55-inch smart TV
- {L:智能马桶}
- Coffee machine and tea set
- {L:免费迷你吧（每日补充）}
- Safe deposit box
- Bathrobe and slippers

Hotel facilities:
- Chinese restaurant "Jade Pavilion" (2nd floor), open 11:00-14:00 and 17:00-21:30
- All-day dining restaurant (1st floor)
- Indoor heated swimming pool, {L:需穿戴泳帽}
- Fitness center, open 24 hours
- {L:儿童乐园}
- Free parking

Check-in time: after 14:00  Check-out time: before 12:00
{L:如需延迟退房，请提前联系前台，视房态而定。}
Pets are not allowed.
""")

ll("lawfirm-practice", """
Heng Tai Law Firm — Practice Areas

Corporate and Commercial
We provide legal services for enterprises throughout their life cycle, including company establishment, equity structure design, corporate governance, mergers and acquisitions and restructuring,{L:以及企业破产清算等法律事务}。

Dispute Resolution
Our litigation team has handled more than 2,000 civil and commercial cases, including contract disputes, construction project disputes and financial loan disputes. {L:本所律师多次代理最高人民法院及各地高级人民法院审理的重大疑难案件。}

Intellectual Property
Trademark and patent application, copyright registration, infringement investigation and anti-unfair competition litigation.

Labor and Employment
{L:劳动合同审查、规章制度制定、员工纠纷处理及劳动仲裁代理。}

Foreign-related Legal Services
Our lawyers are proficient in English and Japanese, and provide services for foreign investment, cross-border trade and international arbitration.

Our lawyers
Senior partner Wang Dehai has more than 25 years of practice experience and is an arbitrator of several arbitration commissions.

Address: 18/F, Tower B, Jinmao Plaza, Jinan  Tel: 0531-8200 0000
""")

ll("court-notice", """
Announcement of the People's Court of Dongcheng District

(2026) Jing 0101 Min Chu No. 1234

Li Moumou:

Regarding the case of the plaintiff Zhang Moumou v. the defendant Li Moumou for a private lending dispute, since you cannot be served by other means, this court hereby serves you by public announcement the copy of the complaint, notice of response, notice of proof, notice of appearance and summons.

The plaintiff's claims: 1. Order the defendant to repay the loan principal of 200,000 yuan and interest; 2. {L:本案诉讼费用由被告承担}。

{L:自公告之日起经过三十日，即视为送达。提出答辩状和举证的期限分别为公告期满后的十五日内。}

This case is scheduled to be heard at 9:30 am on the third day after the expiration of the above time limit (postponed in case of statutory holidays) in Courtroom 5 of this court. If you fail to appear in court without justified reasons,{L:本院将依法缺席判决}。

Special notice: this announcement is also published in the People's Court Daily.

People's Court of Dongcheng District
November 2026
""")

ll("coop-news", """
Green Valley Tea Professional Cooperative — News

Our cooperative held the 2026 annual general meeting of members

On November 8, the annual general meeting of members of Green Valley Tea Professional Cooperative was held in the meeting room of the cooperative. 126 member representatives attended.

Chairman Luo Changqing reported on the cooperative's work this year. This year the cooperative acquired 186 tons of fresh tea leaves from members, and achieved sales revenue of 9.6 million yuan, an increase of 12% over last year. {L:合作社按照交易量向社员返还盈余八十六万元，户均增收六千八百元。}

The meeting reviewed and approved the financial report and the profit distribution plan for 2026, and elected two new members of the board of supervisors.

Next year, the cooperative will focus on the following work:
1. Expand the organic tea garden to 1,500 mu;
2. {L:建设一条白茶自动化加工生产线}；
3. Develop online sales through live streaming, {L:培养本土电商带货主播}；
4. Strengthen training for members in pruning and pest control.

After the meeting, members visited the new tea processing workshop.
""")

ll("results-table", """
2026 City Youth Athletics Championships — Results (Day 2)

Venue: Olympic Sports Center Stadium  Weather: sunny, 18°C

Boys U16 100 m Final
| Place | Name | School | Time |
|---|---|---|---|
| 1 | Zhou Hao | No. 2 Middle School | 11.02 |
| 2 | Lin Zexi | {L:实验中学} | 11.15 |
| 3 | He Yuchen | Foreign Languages School | 11.21 |
| 4 | Fan Jie | No. 7 Middle School | 11.38 |

Girls U16 Long Jump Final
| Place | Name | School | Mark |
|---|---|---|---|
| 1 | Xu Mengyao | Foreign Languages School | 5.41 m |
| 2 | Tang Xin | {L:第十四中学} | 5.28 m |
| 3 | Ma Ruoxi | No. 2 Middle School | 5.19 m |

Note: In the boys 100 m final, the wind speed was +1.2 m/s. {L:第六名选手因抢跑被取消成绩。}

Team standings after Day 2: 1. Foreign Languages School 86 points, 2. No. 2 Middle School 74 points,{L:3. 实验中学 61分}。

Organizer: Municipal Bureau of Sports
""")

ll("download-list", """
Service Support > Download Center

Here you can download product manuals, software and certificates. Please select the corresponding product model.

| File name | Type | Size | Date |
|---|---|---|---|
| TX-200 Inverter User Manual | PDF | 4.2 MB | 2026-08-15 |
| {L:TX-200变频器快速调试指南} | PDF | 1.1 MB | 2026-08-15 |
| TX-500 Series Product Catalogue | PDF | 12.6 MB | 2026-06-02 |
| Parameter Setting Software V3.2 | ZIP | 38.4 MB | 2026-10-10 |
| {L:上位机通讯协议说明（Modbus）} | PDF | 0.8 MB | 2026-03-21 |
| CE Certificate | PDF | 0.5 MB | 2025-12-01 |
| {L:产品质量保证书} | DOC | 0.2 MB | 2025-12-01 |

Note: If you cannot open PDF files, please install Adobe Reader first. {L:如需其他资料，请联系当地销售代表或拨打服务热线。}

Service hotline: 400-800-0000 (8:30-17:30 on working days)
""")

ll("faq-answers", """
Frequently Asked Questions — Online Bank Card Application

Q: Who can apply for the card online?
A: Chinese mainland residents aged 18 or above with a valid resident identity card, and foreigners holding a permanent residence permit.

Q: How long does it take to receive the card after applying?
A: {L:审核通过后，卡片将在五至七个工作日内通过快递寄出，请保持手机畅通。}

Q: Is there an annual fee?
A: The first year is free. From the second year, the annual fee is waived if you spend six times in a year.

Q: What should I do if I lose my card?
A: {L:请立即拨打客服热线办理挂失，也可以通过手机银行自助挂失。挂失后可申请补办新卡，补卡费用为十元。}

Q: Can I apply for a card with a special number?
A: Card numbers are generated by the system at random, {L:暂不支持自选卡号}.

Q: How do I activate the card?
A: You can activate the card through the mobile banking app, at any branch, or by calling the customer service number on the back of the card.

Still have questions? Contact online customer service.
""")

ll("manual-warnings", """
Electric Kettle Model SK-1750 — Instruction Manual

Thank you for purchasing our product. Please read this manual carefully before use and keep it for future reference.

Safety warnings
1. Do not immerse the kettle body, base or power cord in water or any other liquid.
2. {L:请勿在最高水位线以上加水，以免沸水溢出造成烫伤。}
3. Do not open the lid while the water is boiling.
4. {L:本产品不适合儿童或行动不便者单独使用。}
5. If the power cord is damaged, it must be replaced by the manufacturer or a qualified person.

How to use
Fill the kettle with water between the MIN and MAX marks, close the lid, place the kettle on the base and press the switch. The indicator lights up. When the water boils, the kettle switches off automatically.

Cleaning and descaling
{L:建议每月除垢一次。可将适量白醋与水混合后煮沸，静置一小时后倒掉，再用清水冲洗两至三次。}

Specifications: 220-240 V ~ 50/60 Hz, 1800 W, capacity 1.7 L

Warranty: one year from the date of purchase.
""")

ll("notice-hours", """
Notice on Adjusting the Opening Hours of the Library during the Winter Vacation

Dear readers:

According to the university's winter vacation arrangement, the opening hours of the library from January 15 to February 23, 2027 will be adjusted as follows:

1. January 15 – January 28: the main library is open 8:30-17:00, and only the first and second floors are open. {L:三楼至六楼阅览室暂停开放。}
2. January 29 – February 10 (Spring Festival holiday): {L:全馆闭馆}.
3. February 11 – February 23: the main library is open 8:30-17:00.
4. The electronic resources can be accessed off campus through VPN during the vacation,{L:如遇访问问题请联系信息咨询部}。

Books borrowed before the vacation whose due date falls within the vacation will be automatically renewed until February 28. {L:寒假期间图书馆不收取逾期费用}。

Normal opening hours will resume on February 24, the first day of the new semester.

We wish all readers a happy Spring Festival!

University Library
January 8, 2027
""")

ll("traditional-leftover", """
Taipei Riverside Community College — Spring 2027 Course Catalogue

Language and Culture

Beginning Japanese Conversation
Wednesday 19:00-21:00, 18 weeks, tuition NT$3,600
Learn basic greetings, shopping and travel expressions. {L:本課程適合完全沒有基礎的學員。}

Taiwanese Hokkien for Daily Life
Tuesday 19:00-21:00, 18 weeks, tuition NT$3,200
{L:透過歌曲、俗語與生活情境，讓學員輕鬆學會台語。}

Arts and Crafts

Indigo Dyeing Workshop
Saturday 9:30-12:00, 12 weeks, tuition NT$4,200, {L:材料費另計}
Students will learn tie-dye and clamp-resist techniques using natural indigo.

Health and Fitness

Yoga for Beginners
Monday and Thursday 18:30-19:30, 18 weeks, tuition NT$3,000
{L:請自備瑜伽墊及毛巾，上課前一小時避免進食。}

Registration: online from January 5, or at the service counter on the first floor. {L:六十五歲以上長者學費八折。}
""")

ll("policy-qa", """
Policy Interpretation: Q&A on the New Subsidy for Home Energy Efficiency Renovation

Recently, the Municipal Housing and Urban-Rural Development Bureau issued the "Implementation Measures for Subsidies for Energy Efficiency Renovation of Existing Residential Buildings". In order to help residents understand the policy, the main contents are explained as follows.

1. Who can apply?
Owners of residential buildings built before 2005 within the urban area of the city,{L:且房屋未列入征收拆迁范围}。

2. What renovation items are covered?
External wall insulation, replacement of energy-saving windows, roof insulation and heating system renovation.

3. What is the subsidy standard?
{L:外墙保温每平方米补贴六十元，节能门窗每平方米补贴一百二十元，单户补贴总额最高不超过一万五千元。}

4. How to apply?
Residents apply through the community neighborhood committee, and the street office organizes acceptance after completion. {L:补贴资金在验收合格后三十个工作日内直接拨付到申请人账户。}

5. How long is the policy valid?
The measures take effect from January 1, 2027, and are valid for three years.

Consultation telephone: 12345
""")

ll("alumni-news", """
Alumni Association | Alumni News

Class of 1986 alumni return to campus to celebrate the 40th anniversary of graduation

On October 19, more than 80 alumni from the Class of 1986 of the Department of Chemistry returned to their alma mater to celebrate the 40th anniversary of their graduation. {L:四十年前，他们怀揣梦想走出校门；四十年后，他们带着满满的回忆重聚母校。}

At the symposium, Dean Sun Lihong introduced the development of the School of Chemistry and Chemical Engineering in recent years. Alumni representative Huang Weiming, now chief engineer of a large petrochemical company, recalled his years of study and thanked his teachers for their careful guidance.

{L:随后，校友们参观了新落成的化学实验楼，并在当年上课的老教学楼前合影留念。}

The alumni also donated 500,000 yuan to set up the "Class of 1986 Scholarship" to support students from families with financial difficulties.

In the evening, the alumni and their former teachers had dinner together in the faculty restaurant.

{L:校友会秘书处供稿}  Photos: Alumni Association
""")

ll("tracking-status-rows", """
Shipment Tracking — Waybill No. SF1234567890123

Origin: Shenzhen, Guangdong  Destination: Chengdu, Sichuan
Service: Standard Express  Weight: 2.4 kg
Current status: Out for delivery

Tracking history:

2026-11-28 08:42  Chengdu  The shipment is out for delivery, courier: Mr Yang, Tel 139****5678
2026-11-28 06:10  Chengdu  {L:快件已到达【成都武侯营业点】}
2026-11-27 22:35  Chengdu  Arrived at Chengdu transit center
2026-11-27 03:18  Guangzhou  {L:快件已发车，下一站【成都中转场】}
2026-11-26 21:50  Shenzhen  Departed from Shenzhen hub
2026-11-26 18:05  Shenzhen  {L:顺丰速运已收取快件}
2026-11-26 17:40  Shenzhen  The shipment has been picked up by the courier

Estimated delivery: today before 18:00

If you are not at home, you can ask the courier to leave the parcel at a pickup locker,{L:或者预约改天派送}。
""")

ll("listing-fields", """
For Sale: 3-Bedroom Apartment in Binjiang Garden, High Floor, River View

Price: 4,280,000 yuan (about 36,800 yuan/m²)
Area: 116.3 m²
Layout: 3 bedrooms, 2 living rooms, 2 bathrooms
Floor: 21 / 32
Orientation: {L:南北通透}
Decoration: fine decoration
Year built: 2015
Property right: 70 years, {L:满五唯一}
Elevator: yes, two elevators per floor

Description
The apartment is located in the core area of Binjiang, ten minutes' walk from Metro Line 4. The living room faces south with an unobstructed view of the river. {L:业主诚心出售，因换房急售，价格可小刀。}

Nearby facilities: primary school and kindergarten in the community, large shopping mall within 1 km,{L:步行五分钟到江边公园}。

Agent: Ms Fang  Tel: 138****0000
{L:房源编号：BJ20261101}
""")

ll("announcement-numbered", """
Announcement on the 2026-2027 National Scholarship Selection Results

According to the relevant regulations of the Ministry of Education and the university's scholarship management measures, after individual application, recommendation by the schools and review by the university scholarship evaluation committee, it is proposed that 86 students including Wang Yiran be awarded the national scholarship for the 2026-2027 academic year. The list is hereby announced.

Announcement period: December 1 to December 7, 2026.

During the announcement period, if you have any objection to the results, you can report to the Student Affairs Office in writing or by phone. {L:以个人名义反映情况的，须签署真实姓名；以单位名义反映情况的，须加盖单位公章。}

Contact: Student Financial Aid Management Center, Room 203, Administration Building
Tel: 027-8700 0000
Email: xszz@university.example

Attachment: {L:2026-2027学年国家奖学金拟获奖学生名单.xlsx}

Student Affairs Office
December 1, 2026

{L:扫一扫在手机打开当前页}
""")

ll("forum-posts-mt", """
Photography Forum > Equipment Discussion > Which lens should I buy for landscape photography?

#1 Floor  Posted by mountain_walker  2026-11-14 21:06
I recently bought a full-frame camera and want to get into landscape photography. My budget is about 6,000 yuan. Should I buy a 16-35 mm wide-angle zoom or a 24-70 mm standard zoom? Thank you all.

#2 Floor  Reply by lightchaser  2026-11-14 21:32
For landscapes, I would choose the 16-35 first,{L:广角在拍山川和星空的时候优势很明显}。The 24-70 is more versatile, but you will often feel it is not wide enough.

#3 Floor  Reply by {L:老张爱摄影}  2026-11-14 22:10
{L:同意楼上。另外建议留点预算买一套滤镜，渐变灰和偏振镜对风光摄影很重要。}

#4 Floor  Reply by mountain_walker  2026-11-15 08:45
Thank you for the advice, I will go to the store this weekend to try the 16-35.

#5 Floor  Reply by f8andbethere  2026-11-15 09:20
Don't forget a sturdy tripod. {L:三脚架比镜头更容易被新手忽视。}

{L:回复} | {L:收藏} | {L:举报}
""")

ll("pseudo-pair-nontranslation", """
Visitor Information / Songshan Forest Park

Welcome to Songshan Forest Park.
{L:本园区总面积约一千二百公顷，森林覆盖率达百分之九十五。}

Please keep to the marked trails.
{L:园内设有三条登山步道，全程约需三到四小时。}

Smoking and open fires are strictly prohibited in the park.
{L:违者将依照相关规定处以罚款，情节严重的移交公安机关处理。}

Do not feed or disturb the wild animals.
{L:近年来园区内多次发现野猪出没，游客夜间请勿进入山林。}

Cycling is only permitted on the lakeside road.
{L:自行车租赁点位于南门广场，押金二百元。}

Please take your rubbish with you.
{L:垃圾分类投放点位于各游客服务站旁。}

Children under 1.2 m enter free of charge.
{L:门票实行网上实名预约，每日限流八千人。}

Pets must be kept on a lead.
{L:园区东门停车场共有车位六百个，节假日请尽量乘坐公共交通。}

Park opening hours: 6:00-18:00. Last entry 16:30.
Emergency rescue telephone: 0371-6000 0000
""")

ll("leaders-profile-page", """
Government Information Disclosure > Leadership Information

Municipal Bureau of Commerce

Director: Zhao Guoqiang
Responsible for the overall work of the bureau. In charge of the Office, the Personnel Section and the Comprehensive Planning Section.

Deputy Director: Feng Lijuan
{L:负责对外贸易、利用外资和对外经济合作工作，分管对外贸易科、外资管理科。}

Deputy Director: Qian Wenbin
Responsible for domestic trade circulation, market operation and consumption promotion, in charge of the Market Operation Section and the Circulation Development Section.

Deputy Director: Lu Haiyan
{L:负责电子商务、服务贸易和商务执法工作，联系市商务综合行政执法支队。}

Chief Economist: Tang Jun
Assisting the director in the economic analysis and statistics work of the bureau.

{L:更新时间：2026年11月}

Address: 8th Floor, Administrative Center, No. 1 Renmin Avenue  Postal code: 450000
{L:网站标识码：4101000000}  {D:豫ICP备05001234号}
""")

ll("inline-nontranslation-same-para", """
Institute of Crop Germplasm Resources — About the Institute

The Institute of Crop Germplasm Resources was established in 1978 and is affiliated to the Provincial Academy of Agricultural Sciences. {L:研究所现有在职职工一百三十六人，其中研究员二十二人。} The institute's main tasks are the collection, conservation, evaluation and innovative use of crop germplasm resources.

The institute operates a medium-term seed bank with a storage capacity of 200,000 accessions. {L:种质库采用恒温恒湿保存，温度常年保持在零下四摄氏度左右。} At present, more than 86,000 accessions of rice, wheat, maize, soybean and vegetables are preserved.

In recent years, the institute has undertaken more than 50 national and provincial research projects. {L:先后育成水稻、大豆新品种十九个，累计推广面积超过一千万亩，获省部级科技奖励十二项。}

The institute has established long-term cooperative relations with research institutions in Japan, the Philippines and the United States, and regularly exchanges germplasm materials and researchers.

The institute also publishes the journal Crop Germplasm Research, with six issues a year.

Address: No. 40 Nongke Road  Tel: 0731-8400 0000
{L:版权所有：省农业科学院作物种质资源研究所}
""")


if __name__ == "__main__":
    SET.build()
