"""Build bench/sets/detect41-*.jsonl: a held-out, hand-written detection set ("detect41").

Theme: reference, encyclopedia, academic and legal material written in English.

Twenty-two English pages that contain Chinese on purpose, one of each kind: an encyclopedia
biography whose infobox gives the Chinese name, pinyin, Wade-Giles and courtesy/art names, an
etymological dictionary tracing kumquat, ketchup, kowtow and tycoon to their Chinese sources, a
journal article page with the original Chinese title, the authors' names in characters and a
Chinese abstract and keywords matching the English ones, a library research guide listing Chinese
works with bracketed English titles, a court interpreters' glossary table of civil-procedure
terms, a patent family record with the Chinese title, applicant, inventors and claim 1 followed by
its translation, a Chinese-English dictionary entry with example sentences, a place-name
gazetteer table with a key to generic terms, a dynasty timeline with Qing reign titles and their
meanings, a philosophy encyclopedia entry quoting Mencius with the translation several lines
away, a law review page whose footnotes cite Chinese statutes, a case-law digest that explains a
Chinese case number, a MARC catalogue record with vernacular 880 fields, a name authority record in
traditional characters, a history-of-mathematics table of the chapters of the Nine Chapters, a
linguistics handout with interlinear glossed examples, a research guide to Hong Kong bilingual
legislation (traditional characters), a standards catalogue page, a disambiguation page for
Zhongshan, a journal's romanization style guide, a flora species entry for ginkgo, and a table of
Chinese asterisms in Ursa Major.

Twenty-two half-translated pages (machine-translated from Chinese journals, university research
offices, courts and law firms, some Chinese left by mistake): keywords left Chinese under an
English abstract, one of two author affiliations untranslated, a funding line (基金项目), a CLC
classification and document-code line (中图分类号), a reference list with some entries still
Chinese, section headings (摘要, 引言, 结论) left over a translated body, a participants table with
Chinese cells, an article whose last paragraph stayed Chinese, a project report with Chinese
clauses glued to English sentences, a research office contact directory, a lawyer profile with
Chinese memberships and one case, a law-firm client alert quoting one article untranslated, a call
for papers, a funded-projects table, untranslated figure captions, an author biography line, a
conference notice with part of the schedule in Chinese, lab member titles, a thesis defence
notice, a civil judgment with one paragraph of reasoning in Chinese, a university regulation with
articles left Chinese, and a journal table of contents. Deliberate Chinese on those pages (a `中文`
link, an ICP number, a firm or journal name given with its English) is marked as such.

Marks: `{D:…}` deliberate Chinese, `{L:…}` leftover Chinese; every Han character is inside
exactly one mark (checked by blind_set.BlindSet). Every sentence was written for this set
(classical lines quoted are public domain, with translations written here). The set was written
BLIND on 2026-12-04: without reading mtmend's code, its tests, the other bench sets or their
builders (only bench/blind_set.py, `marked()` in build_detection_sets.py, and the first 70 and
last 30 lines of build_blind25.py as a model of the file format were read), and mtmend was never
run on these pages.

Rebuild: `python3 bench/build_blind41.py` from the repository root; it rewrites
bench/sets/detect41-deliberate.jsonl (ids d41d-NN) and bench/sets/detect41-leftovers.jsonl
(ids d41l-NN) and prints counts by layout.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect41", chars=(1200, 4500), lines=(10, 60)); dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate

dd("encyclopedia-infobox", """
OpenReference — The Free Encyclopedia
Main page · Contents · Current events · Random article · About · Donate
Article | Talk                                                   Read | Edit | View history

Shen Kuo
From OpenReference, the free encyclopedia

Shen Kuo
Born: 1031, Qiantang (present-day Hangzhou)
Died: 1095, Runzhou (present-day Zhenjiang)
Occupations: official, scholar, astronomer, engineer
Notable work: Dream Pool Essays
Chinese name
Chinese: {D:沈括}
Hanyu Pinyin: Shěn Kuò
Wade–Giles: Shen³ K'uo⁴
Courtesy name
Chinese: {D:存中}
Hanyu Pinyin: Cúnzhōng
Art name
Chinese: {D:梦溪丈人}
Hanyu Pinyin: Mèngxī Zhàngrén
Literal meaning: "Elder of the Dream Brook"

Shen Kuo (1031–1095), courtesy name Cunzhong, was a Chinese official and polymath of the Northern Song dynasty ({D:北宋}). He served as an envoy to the Liao court, directed the Bureau of Astronomy for several years, and later commanded frontier troops against the Western Xia until a defeat in 1082 ended his official career.

Contents
1 Life
2 Scientific observations
3 Legacy
4 See also

Life
Shen was the son of a provincial official and travelled widely with his father as a boy. After passing the civil examination he held posts in water management and finance. In retirement he settled at an estate he called the Dream Brook Garden ({D:梦溪园}), where he wrote the Dream Pool Essays ({D:梦溪笔谈}; Mèngxī Bǐtán; literally "brush talks from the Dream Brook"), a collection of some six hundred short notes on music, divination, mathematics, geology, medicine and engineering.

Scientific observations
The Essays contain the earliest known written description of a magnetized needle used to find direction, and note that the needle points slightly east of true south. Shen also recorded the movable clay type made by the artisan Bi Sheng ({D:毕昇}), argued from fossil shells in the cliffs of the Taihang range that the land there had once been a shoreline, and explained the phases of the Moon by comparing it to a ball coated with white powder on one side.

Legacy
Later writers often cited the book simply as the Bitan ({D:笔谈}, "brush talks"). Historians of science regard it as one of the richest single sources on eleventh-century Chinese technology.

See also: Su Song · Science and technology of the Song dynasty · History of the compass

Categories: 1031 births | 1095 deaths | Song dynasty politicians | Chinese geologists
This page was last edited on 14 November 2026, at 09:12 (UTC). Text is available under a free licence; additional terms may apply.
Privacy policy · About OpenReference · Disclaimers · Mobile view
""")

dd("etymology-dictionary", """
WordRoots — An Etymological Dictionary of English
Home · Browse A–Z · Abbreviations · Sources · Support the site

Search results for "Chinese loanwords": 5 entries

kumquat (n.)
also cumquat, small orange-like citrus fruit, 1690s, from the Cantonese pronunciation (gam-gwat) of Chinese {D:金橘}, literally "golden orange," from {D:金} "gold" + {D:橘} "tangerine, orange." The same characters are read jīnjú in Mandarin. The fruit is a common gift at the Lunar New Year partly because in Cantonese the second syllable sounds close to {D:吉} "good fortune."

ketchup (n.)
1690s, originally a sauce of pickled fish or shellfish; the word is usually traced to Hokkien kê-tsiap, written {D:鮭汁}, "brine of pickled fish," which reached English through Malay kecap. The modern tomato sense is an American development of the early 1800s. Some etymologists prefer other characters for the first syllable; the spelling catsup is a folk variant.

kowtow (v.)
1804, from Chinese {D:叩头}, Mandarin kòutóu, "knock the head," the act of kneeling and touching the forehead to the ground as a sign of deep respect. Figurative sense "act obsequiously" is attested by 1826. Related: Kowtowed; kowtowing.

tycoon (n.)
1857, title given by foreigners to the shogun of Japan, from Japanese taikun "great lord," a reading of Chinese {D:大君} "great prince," from {D:大} "great" + {D:君} "ruler, lord." The sense "wealthy and powerful businessman" dates from about 1920.

typhoon (n.)
The modern spelling was influenced by Cantonese daai-fung, written {D:大风} "big wind," though the word also owes something to Greek Typhon and Arabic tufan. Earlier English forms include touffon and tuffoon.

Entries linking to these words: chop suey, gung-ho, oolong, sampan.

Abbreviations used: n. = noun; v. = verb; c. = circa.
All entries © WordRoots. Corrections and citations are welcome through the contact page.
""")

dd("journal-bilingual-abstract", """
Mountain Water Research
Home | Current issue | Archive | For authors | Editorial board | Subscribe

Research Article | Open Access
Volume 14, Issue 3, pp. 211–226 | Received 3 March 2026 | Accepted 19 June 2026

Dry-season soil moisture of Hani rice terraces and its dependence on upslope forest cover
Original title (Chinese): {D:哈尼梯田旱季土壤水分及其对坡上森林覆盖的依赖性}

Yang Meiling ({D:杨美玲}), Li Zhengwu ({D:李正武}), Gao Ting ({D:高婷})
Institute of Mountain Hydrology, Kunming, Yunnan, China
Correspondence: Li Zhengwu

Abstract
Terraced paddies on the southern slopes of the Ailao Mountains depend on a continuous flow of water from forested ridges above the villages. Using eighteen months of soil-moisture records from 42 sensors installed at four elevations, we examined how the moisture regime of terrace soils responds to the dry-season drawdown and to changes in forest cover upslope. Soil moisture in the lower terraces fell by less than 8% during the dry season, while plots below a cleared ridge lost up to 21%. The results suggest that protecting upslope forest is at least as important for terrace water security as repairing irrigation channels.

Keywords: terraced paddies; soil moisture; forest cover; dry season; Ailao Mountains

Abstract in Chinese, as supplied by the authors:
{D:哀牢山南坡的梯田依赖村寨上方林地山脊持续不断的来水。本文利用布设于四个海拔高度的42个传感器连续18个月的土壤水分观测数据，分析了梯田土壤水分状况对旱季水位下降以及坡上森林覆盖变化的响应。旱季期间，下部梯田土壤含水量下降不足8%，而位于砍伐山脊下方的样地下降幅度高达21%。研究结果表明，就梯田水安全而言，保护坡上森林至少与修缮灌溉沟渠同样重要。}
{D:关键词：梯田；土壤水分；森林覆盖；旱季；哀牢山}

Cite this article
Yang M, Li Z, Gao T (2026) Dry-season soil moisture of Hani rice terraces and its dependence on upslope forest cover. Mountain Water Research 14(3): 211–226.

Article metrics: 1,204 accesses · 9 citations
Download PDF | Supplementary data (XLSX) | Share

© 2026 The Authors. Published under a Creative Commons Attribution licence.
Mountain Water Research · ISSN 2799-0413 · Contact the editorial office · Privacy
""")

dd("bibliography-bracketed-titles", """
University Library · East Asian Collection
Research Guides › Modern Chinese Intellectual History › Chinese-language Works

Guide contents
Overview | Databases | Chinese-language works | English translations | Ask a librarian

Selected Chinese-language works
The list below gives the standard editions held in our stacks. Each entry gives the author's name in pinyin and in characters, then the title in pinyin and in characters, followed by an English rendering in square brackets. Where a published English translation exists, it is noted after the entry. Call numbers are available through the catalogue.

Fei Xiaotong {D:费孝通}. Xiangtu Zhongguo {D:乡土中国} [Rural China]. Shanghai: Guancha she, 1948.
  Translated as From the Soil (1992).
Feng Youlan {D:冯友兰}. Zhongguo zhexue shi {D:中国哲学史} [A history of Chinese philosophy]. 2 vols. Shanghai: Shangwu yinshuguan, 1934.
Gu Jiegang {D:顾颉刚}, ed. Gushi bian {D:古史辨} [Debates on ancient history]. 7 vols. Beijing: Pushe, 1926–1941.
Hu Shi {D:胡适}. Zhongguo zhexue shi dagang {D:中国哲学史大纲} [Outline of the history of Chinese philosophy], vol. 1. Shanghai: Shangwu yinshuguan, 1919.
Liang Qichao {D:梁启超}. Qingdai xueshu gailun {D:清代学术概论} [An overview of Qing scholarship]. Shanghai: Shangwu yinshuguan, 1921.
  Translated as Intellectual Trends in the Ch'ing Period.
Lu Xun {D:鲁迅}. Zhongguo xiaoshuo shilüe {D:中国小说史略} [A brief history of Chinese fiction]. Beijing: Beixin shuju, 1925.
Qian Mu {D:钱穆}. Guoshi dagang {D:国史大纲} [An outline of the national history]. Chongqing: Shangwu yinshuguan, 1940.
Wang Guowei {D:王国维}. Renjian cihua {D:人间词话} [Remarks on song lyrics in the human world]. First serialized 1908–1909.

A note on editions
Many of these books were reprinted in the 1980s in simplified characters; the reprints sometimes silently change punctuation. For close reading, ask at the East Asian reference desk for the earlier printings, which are kept in the closed stacks and may be consulted in the reading room.

Need help? Chat with a librarian Monday to Friday, 9:00–17:00, or book a research consultation.
Last updated: October 2, 2026 | Print page | Report a problem
""")

dd("legal-glossary-table", """
Court Interpreters' Resource Centre
Home · Glossaries · Training calendar · Code of conduct · Contact

Glossary: Civil Procedure in the People's Republic of China (Chinese–English)
Prepared by the Mandarin Working Group. Revised September 2026. For use in depositions, arbitration hearings and document review.

| English | Chinese | Pinyin | Note |
|---|---|---|---|
| plaintiff | {D:原告} | yuángào | |
| defendant | {D:被告} | bèigào | |
| third party | {D:第三人} | dìsānrén | may be with or without independent claims |
| jurisdiction | {D:管辖权} | guǎnxiáquán | |
| limitation period | {D:诉讼时效} | sùsòng shíxiào | three years under the Civil Code |
| burden of proof | {D:举证责任} | jǔzhèng zérèn | |
| first-instance trial | {D:一审} | yīshěn | short for {D:第一审} |
| appeal (second instance) | {D:二审} | èrshěn | |
| retrial | {D:再审} | zàishěn | not the same as an appeal |
| property preservation | {D:财产保全} | cáichǎn bǎoquán | roughly, a freezing or attachment order |
| compulsory enforcement | {D:强制执行} | qiángzhì zhíxíng | |
| mediation statement | {D:调解书} | tiáojiěshū | binding once signed for by both parties |
| written judgment | {D:判决书} | pànjuéshū | |
| written ruling | {D:裁定书} | cáidìngshū | |

Judgment, ruling or decision?
Interpreters often render all three of the following as "decision," which loses a distinction the court cares about. A {D:判决} (pànjué) is a judgment that disposes of the substantive claims. A {D:裁定} (cáidìng) is a ruling on a procedural question, such as whether to accept a case or to grant preservation. A {D:决定} (juédìng) is a decision on a matter such as the recusal of a judge or a fine for disrupting the court. Keep the three English terms consistent throughout a transcript.

Suggestions for new entries can be sent to the working group coordinator.
© Court Interpreters' Resource Centre. This glossary is a working aid and is not legal advice.
""")

dd("patent-family-record", """
OpenPatents Search
Search · Advanced search · Families · Legal status · Help

Family record 8830214 · 5 members · Earliest priority 2023-12-28

Publication: CN 117 893 402 A (2024-04-16)
Title (original language): {D:一种锂离子电池用复合隔膜及其制备方法}
Title (English): Composite separator for lithium-ion battery and preparation method therefor
Applicant: Hangzhou Qingshan New Energy Materials Co., Ltd. ({D:杭州青山新能源材料有限公司})
Inventors: CHEN Hao ({D:陈浩}); LI Na ({D:李娜}); ZHOU Yifan ({D:周一帆})
IPC: H01M 50/449; H01M 50/403; H01M 10/0525

Abstract (English)
The invention provides a composite separator for a lithium-ion battery comprising a polyethylene base film coated on one or both sides with a ceramic layer. The ceramic layer contains boehmite particles with a median size of 0.3 to 0.8 micrometres, a polyvinylidene fluoride binder and a dispersant. Compared with alumina-coated separators, the separator shrinks less at 150 °C and absorbs electrolyte faster, and the slurry can be applied with existing gravure coating lines.

Claim 1 (original language)
{D:1. 一种锂离子电池用复合隔膜，其特征在于，包括聚乙烯基膜和涂覆于所述基膜至少一侧表面的陶瓷涂层，所述陶瓷涂层由勃姆石颗粒、聚偏氟乙烯粘结剂和分散剂组成。}

Claim 1 (English translation)
1. A composite separator for a lithium-ion battery, characterized by comprising a polyethylene base film and a ceramic coating applied to at least one side surface of the base film, the ceramic coating consisting of boehmite particles, a polyvinylidene fluoride binder and a dispersant.

Family members
| Publication | Date | Title |
|---|---|---|
| CN 117 893 402 A | 2024-04-16 | Composite separator for lithium-ion battery and preparation method therefor |
| CN 117 893 402 B | 2025-05-16 | (granted; title unchanged) |
| WO 2025/141 877 A1 | 2025-07-10 | Composite separator for lithium-ion battery and method for preparing same |
| US 2026/0 081 533 A1 | 2026-03-19 | Composite separator for lithium-ion batteries and method of making the same |
| EP 4 582 106 A1 | 2026-04-01 | Composite separator for lithium-ion battery |

Legal status (CN)
2024-04-16 Publication of application · 2024-05-03 Request for substantive examination entered into force · 2025-05-16 Grant of patent right

Machine translations are provided for convenience and have no legal effect. Data updated weekly.
""")

dd("dictionary-entry", """
ZhongWords — Chinese–English Dictionary
Dictionary · Characters · Radicals · Flashcards · Sign in
Search results for "jianghu" (1 entry)

{D:江湖}  jiānghú   noun · HSK level 6 · Traditional form identical

Definitions
1. literally "rivers and lakes"; the country at large, far from the capital
2. the world of wandering swordsmen, outlaws and knights-errant in martial-arts fiction
3. (figurative) society outside official life, especially the itinerant trades of fortune-tellers, street performers and travelling doctors
4. (colloquial) the unwritten rules and loyalties of a profession or social circle

Character breakdown
{D:江} jiāng — large river; in older texts, the Yangtze specifically
{D:湖} hú — lake

Example sentences
{D:他年轻时在江湖上闯荡了二十年。}
Tā niánqīng shí zài jiānghú shang chuǎngdàngle èrshí nián.
When he was young he spent twenty years knocking about in the world.

{D:人在江湖，身不由己。}
Rén zài jiānghú, shēn bù yóu jǐ.
Once you are out in the world, you cannot always do as you would choose.

Words containing this word
{D:老江湖}  lǎo jiānghú — an old hand; someone who has seen it all
{D:江湖骗子}  jiānghú piànzi — swindler, charlatan
{D:江湖郎中}  jiānghú lángzhōng — itinerant quack doctor
{D:相忘于江湖}  xiāng wàng yú jiānghú — to forget one another in the wide world

Usage note
The last expression comes from a passage in the Zhuangzi: {D:泉涸，鱼相与处于陆，相呴以湿，相濡以沫，不如相忘于江湖。} When the springs dry up, the fish are stranded together on land; they blow on one another to keep moist and wet one another with spittle, but it would be better for them to forget one another in the rivers and lakes.

Report an error · Add to flashcards · Stroke order animation
ZhongWords is a free, community-edited dictionary.
""")

dd("gazetteer-table", """
Gazetteer of Chinese Place Names
Browse by province · Search · Generic terms · Romanization notes · Download data (CSV)

Region: Huangshan Prefecture-level City, Anhui Province
Records 1–11 of 11. Coordinates are approximate and refer to the administrative seat or centre of the feature.

| Name | Pinyin | Feature type | Lat. | Long. |
|---|---|---|---|---|
| {D:黄山市} | Huángshān Shì | prefecture-level city | 29.71 N | 118.31 E |
| {D:屯溪区} | Túnxī Qū | urban district | 29.71 N | 118.32 E |
| {D:徽州区} | Huīzhōu Qū | urban district | 29.83 N | 118.34 E |
| {D:黄山区} | Huángshān Qū | district | 30.27 N | 118.14 E |
| {D:歙县} | Shè Xiàn | county | 29.87 N | 118.43 E |
| {D:休宁县} | Xiūníng Xiàn | county | 29.79 N | 118.19 E |
| {D:黟县} | Yī Xiàn | county | 29.92 N | 117.94 E |
| {D:祁门县} | Qímén Xiàn | county | 29.85 N | 117.72 E |
| {D:宏村} | Hóngcūn | village | 30.00 N | 117.99 E |
| {D:新安江} | Xīn'ān Jiāng | river | 29.86 N | 118.40 E |
| {D:太平湖} | Tàipíng Hú | reservoir lake | 30.30 N | 118.10 E |

Key to generic terms in this region
{D:市} shì — city · {D:区} qū — district · {D:县} xiàn — county · {D:村} cūn — village · {D:江} jiāng — river · {D:湖} hú — lake

Pronunciation notes
The character {D:歙} is read shè in the county name, although dictionaries also give the reading xī for other uses. The character {D:黟} (yī, "glossy black") is rare outside this place name, and older maps spell the county Yihsien.

Feature types follow the national administrative divisions as of 2025. Report a correction · Data licence: CC BY 4.0
""")

dd("dynasty-timeline", """
World History Reference Desk
Timelines › East Asia › China: Dynasties and Reign Titles

How to read this timeline
Each dynasty is listed with its name in characters and pinyin and its conventional dates. From the Ming onward each emperor used a single reign title ({D:年号}, niánhào, "year name") for his whole reign, so Western books usually call these emperors by their reign titles, for example "the Kangxi Emperor."

Major dynasties
c. 1600–1046 BCE  Shang {D:商}
1046–256 BCE  Zhou {D:周} (Western and Eastern)
221–206 BCE  Qin {D:秦}
206 BCE–220 CE  Han {D:汉}
581–618  Sui {D:隋}
618–907  Tang {D:唐}
960–1279  Song {D:宋} (Northern and Southern)
1271–1368  Yuan {D:元}
1368–1644  Ming {D:明}
1644–1912  Qing {D:清}

Reign titles of the Qing dynasty
1644–1661  Shunzhi {D:顺治} "smooth governance"
1662–1722  Kangxi {D:康熙} "health and prosperity"
1723–1735  Yongzheng {D:雍正} "harmonious rectitude"
1736–1795  Qianlong {D:乾隆} "lasting eminence"
1796–1820  Jiaqing {D:嘉庆} "admirable celebration"
1821–1850  Daoguang {D:道光} "glory of the Way"
1851–1861  Xianfeng {D:咸丰} "universal abundance"
1862–1874  Tongzhi {D:同治} "shared rule"
1875–1908  Guangxu {D:光绪} "glorious succession"
1909–1911  Xuantong {D:宣统} "proclaimed unity"

Notes
English renderings of reign titles are conventional and often disputed; they are meant only as a guide to the characters. Years in Chinese sources are counted from the first full year of a reign, so the first year of Kangxi is 1662 even though the Shunzhi Emperor died early in 1661.

Related timelines: Japan: era names · Korea: the Joseon kings · Vietnam: dynasties
Print this timeline · Cite this page · World History Reference Desk, 2026
""")

dd("philosophy-encyclopedia-quote", """
Open Encyclopedia of Philosophy
Entries A–Z · What's new · Editorial policy · Support us

Mencius
First published Tue Mar 9, 2021; substantive revision Thu Sep 17, 2026

Mencius (Mengzi, 372?–289? BCE) was the most influential early follower of Confucius. He is best known for the claim that human nature is good ({D:性善}, xìng shàn), a claim he defended against contemporaries who held that nature is neither good nor bad, and which Xunzi later challenged with the opposite thesis that human nature is bad ({D:性恶}).

1. The four sprouts
The central passage for Mencius's view of human nature is the following (Mengzi 6A6):

{D:恻隐之心，人皆有之；羞恶之心，人皆有之；恭敬之心，人皆有之；是非之心，人皆有之。}

Mencius goes on to link each of these feelings with one of the four cardinal virtues: benevolence, righteousness, propriety and wisdom. He does not claim that people are born virtuous. His claim is that everyone is born with incipient tendencies, which he elsewhere calls the four sprouts ({D:四端}, sì duān), and that these will grow into virtue if they are cultivated and not damaged.

The famous thought experiment of the child about to fall into a well (2A6) is meant to show that the first of these feelings is spontaneous: anyone who suddenly sees the child will feel alarm and distress, not because he wants the parents' friendship or a good reputation, but simply because he is human.

In the translation used throughout this entry, the passage from 6A6 quoted above reads: "All people have a heart that feels compassion; all people have a heart that feels shame and disgust; all people have a heart that feels respect; all people have a heart that knows right from wrong."

2. Interpretive debates
Scholars disagree about whether the sprouts are best understood as dispositions, as emotions, or as a capacity for moral judgment.

Bibliography · Academic tools · Other internet resources · Related entries: Confucius | Xunzi | Zhu Xi
Copyright © 2026 by the author. Open Encyclopedia of Philosophy.
""")

dd("law-review-footnotes", """
Asian Commercial Law Review
Current issue · Archive · Submissions · Editorial board · Subscribe

Foreseeability and Lost Profits in Chinese Contract Law After the Civil Code
Volume 31, Issue 2 (2026), pp. 145–188

[...] Article 584 of the Civil Code states the general measure of damages for breach: the amount should equal the loss caused by the breach, including the benefit the injured party would have obtained had the contract been performed, but may not exceed the loss that the breaching party foresaw or ought to have foreseen, at the time the contract was concluded, as a possible consequence of breach.[12] The provision carries over almost word for word the rule of Article 113 of the former Contract Law,[13] and, like its predecessor, it is usually read as a Chinese counterpart to the rule in Hadley v. Baxendale.

In practice, however, courts have been reluctant to award lost profits in full. A guiding opinion issued by the Supreme People's Court in 2009 asked lower courts to deduct the costs the plaintiff saved, the loss it could have avoided, and any benefit it obtained from the breach.[14] The result is that "foreseeability" does far less work in Chinese judgments than the text of Article 584 would suggest.

Notes
[12] {D:中华人民共和国民法典} [Civil Code of the People's Republic of China] (promulgated by the Nat'l People's Cong., May 28, 2020, effective Jan. 1, 2021), art. 584. The Chinese text of the limiting clause reads: {D:不得超过违约一方订立合同时预见到或者应当预见到的因违约可能造成的损失。}
[13] {D:中华人民共和国合同法} [Contract Law of the People's Republic of China] (promulgated by the Nat'l People's Cong., Mar. 15, 1999, repealed Jan. 1, 2021), art. 113.
[14] {D:最高人民法院} [Supreme People's Court], {D:关于当前形势下审理民商事合同纠纷案件若干问题的指导意见} [Guiding Opinions on Several Issues Concerning the Trial of Civil and Commercial Contract Disputes Under the Current Circumstances] (2009), paras. 9–11.
[15] See the discussion of the "net profit" approach in Part III below.

Download article (PDF) · Cite · Permissions
Asian Commercial Law Review is published twice a year by the Faculty of Law. © 2026 The Authors.
""")

dd("case-law-digest", """
China Case Law Digest
Home · Cases · Statutes · Guides · Subscribe · Log in

Case summary No. 2026-0417
Zhang v. A Property Management Co., Ltd. (dispute over a property service contract)
Chinese case name: {D:张某诉某物业管理有限公司物业服务合同纠纷案}
Court: Shanghai No. 1 Intermediate People's Court ({D:上海市第一中级人民法院})
Case number: (2023) {D:沪}01{D:民终}8826{D:号}
Procedure: second instance (appeal) · Date of judgment: 14 March 2024

Reading the case number
Chinese case numbers follow a fixed pattern. The year in brackets is the year the case was filed. {D:沪} (Hù) is the abbreviation for Shanghai, and 01 identifies the court. {D:民终} (mín zhōng) stands for "civil, final instance," that is, a civil appeal whose judgment is final. The serial number is followed by {D:号} (hào), "number."

Headnote
A property management company that fails to repair a leaking common-area roof within a reasonable time after written notice may not rely on the owner's non-payment of service fees for the same period as a defence, where the owner's refusal to pay was a proportionate response to the company's own breach.

Facts
The owner of a top-floor flat withheld service fees for fourteen months after water entered her flat through the roof on repeated occasions. The company sued for the unpaid fees and a late-payment penalty. The first-instance court awarded the fees in full.

Holding
The appeal court reduced the fees by thirty per cent and set aside the penalty, finding that the company's service had fallen short of the contract and that the owner had notified it in writing four times.

Keywords: property services; common areas; set-off; partial performance
Related guides: How to cite Chinese judgments · Court hierarchy in China
Summaries are prepared by the editors and are not official translations.
""")

dd("marc-catalogue-record", """
Union Library Catalogue
Basic search · Advanced search · Browse · My account · Help
Record view: MARC | Citation | Staff view

Bian cheng = Border town / Shen Congwen zhu.

Display record
Title: Bian cheng / Shen Congwen zhu.
Vernacular title: {D:边城} / {D:沈从文著}
Translated title: Border town
Author: Shen, Congwen, 1902-1988
Published: Beijing : Ren min wen xue chu ban she, 2008.
Description: 3, 164 p. ; 21 cm.
Subjects: Chinese fiction -- 20th century. | Hunan Sheng (China) -- Fiction.
Notes: Novella, first published in 1934. Romanized title and statement of responsibility follow ALA-LC rules; "zhu" means "written by."

MARC view
100 1_ |6 880-01 |a Shen, Congwen, |d 1902-1988, |e author.
880 1_ |6 100-01 |a {D:沈从文}, |d 1902-1988, |e author.
245 10 |6 880-02 |a Bian cheng / |c Shen Congwen zhu.
880 10 |6 245-02 |a {D:边城} / |c {D:沈从文著}.
246 31 |a Border town
250 __ |6 880-03 |a Di 1 ban.
880 __ |6 250-03 |a {D:第1版}.
264 _1 |6 880-04 |a Beijing : |b Ren min wen xue chu ban she, |c 2008.
880 _1 |6 264-04 |a {D:北京} : |b {D:人民文学出版社}, |c 2008.
300 __ |a 3, 164 pages ; |c 21 cm.
650 _0 |a Chinese fiction |y 20th century.

Holdings
Main Library, East Asian Stacks · PL2801.N2 P5 2008 · Available
Annex (request 24 hours ahead) · PL2801.N2 P5 2008 c.2 · Checked out, due 12/19/2026

Notes for readers
The 880 fields hold the same data as their linked fields in the original script: 880-02 gives the title and the statement of responsibility, and 880-04 gives the place and publisher, Beijing and the People's Literature Publishing House. The edition statement "Di 1 ban" means "first edition."

Export record · Email · Cite · Place hold
""")

dd("name-authority-record", """
National Name Authority File
Search authorities · Browse headings · About the file · Download formats

Authorized heading
Qian, Zhongshu, 1910-1998

Variant forms of name
{D:錢鍾書}, 1910-1998
{D:钱锺书}, 1910-1998
{D:钱钟书}, 1910-1998
Ch'ien, Chung-shu, 1910-1998
Qian, Mocun, 1910-1998
Zhongshu Qian, 1910-1998

Associated language: Chinese; English
Field of activity: Literature; Literary criticism; Classical scholarship
Associated place: Wuxi (Jiangsu Sheng, China)

Sources
Wei cheng, 1947: t.p. ({D:錢鍾書}; Shanghai: Chen guang chu ban gong si)
Fortress besieged, 1979: t.p. (Ch'ien Chung-shu) and preface (translation of Wei cheng)
Guan zhui bian, 1979: t.p. ({D:錢鍾書})
Limited views: essays on ideas and letters, 1998: t.p. (Qian Zhongshu; selections translated from Guan zhui bian)

Cataloguer's notes
The name is written with the traditional form {D:鍾} in his own publications; later mainland editions print {D:锺} or, less correctly, {D:钟}. Mocun, the variant in the list above, corresponds to his courtesy name {D:默存}, which means "silently preserving." Romanized in Wade-Giles as Ch'ien Chung-shu in older Western sources; the authorized form uses pinyin.

Titles of works
{D:圍城} (Wei cheng) — published in English as Fortress Besieged
{D:管錐編} (Guan zhui bian) — partly translated as Limited Views
{D:談藝錄} (Tan yi lu) — "Discourses on art," not yet translated in full

Record number n 80-118 442 · Created 1980-06-11 · Revised 2025-02-27
Record status: Fully established · View as MARC · View in linked data
""")

dd("math-history-chapters", """
History of Mathematics Archive
Biographies · Topics · Chronology · Famous curves · Search

The Nine Chapters on the Mathematical Art
Chinese title: {D:九章算术} (Jiǔzhāng Suànshù)

The Nine Chapters is an anonymous compilation of 246 problems with their answers and general methods. Its text probably took shape between the second century BCE and the first century CE, drawing on older material such as the manuscript now known as the Book on Numbers and Computation. It was the standard mathematical textbook in China for more than a thousand years.

Much of what we know about the methods in the book comes from the commentary completed in 263 by Liu Hui ({D:刘徽}), who supplied proofs and explanations that the original text leaves out, including an approximation of pi obtained by inscribing polygons of up to 192 sides in a circle.

The chapters

| No. | Chinese | Pinyin | Usual English title | Problems |
|---|---|---|---|---|
| 1 | {D:方田} | Fāngtián | Rectangular fields | 38 |
| 2 | {D:粟米} | Sùmǐ | Millet and rice | 46 |
| 3 | {D:衰分} | Cuīfēn | Distribution by proportion | 20 |
| 4 | {D:少广} | Shǎoguǎng | Short width | 24 |
| 5 | {D:商功} | Shānggōng | Consultations on works | 28 |
| 6 | {D:均输} | Jūnshū | Fair levies | 28 |
| 7 | {D:盈不足} | Yíngbùzú | Excess and deficit | 20 |
| 8 | {D:方程} | Fāngchéng | Rectangular arrays | 18 |
| 9 | {D:勾股} | Gōugǔ | Base and altitude | 24 |

Notes on the titles
The title of chapter 8, which deals with systems of linear equations solved on the counting board by what is essentially Gaussian elimination, is the source of the modern Chinese word for "equation." The title of chapter 9 names the two shorter sides of a right triangle; the book's rule for them is the Chinese form of Pythagoras's theorem.

Cross-references: Liu Hui · Zu Chongzhi · Chinese counting rods · The Chinese remainder theorem
Article by the Archive editors · Last revised August 2026
""")

dd("interlinear-gloss-handout", """
LING 342: Syntax of Mandarin Chinese
Week 7 handout — The ba construction and the bei passive
Course page · Readings · Problem sets · Office hours

Glossing conventions: 1SG = first person singular; 3SG = third person singular; BA = the object marker ba; BEI = the passive marker bei; PFV = perfective le; CL = classifier; PRT = sentence-final particle.

1. The basic pattern
In the ba construction the object appears before the verb, marked by {D:把} (bǎ), and the verb is normally followed by a complement or an aspect marker.

(1) {D:我把书放在桌子上了。}
    Wǒ bǎ shū fàng zài zhuōzi shang le.
    1SG BA book put at table top PFV
    'I put the book on the table.'

(2) {D:他把那封信看完了。}
    Tā bǎ nà fēng xìn kàn wán le.
    3SG BA that CL letter read finish PFV
    'He finished reading that letter.'

2. Restrictions
The object of ba is normally definite or specific. Compare (3), which most speakers reject, with the ordinary word order in (4).

(3) *{D:我把一本书买了。}
    Wǒ bǎ yì běn shū mǎi le.
    1SG BA one CL book buy PFV
    intended: 'I bought a book.'

(4) {D:我买了一本书。}
    Wǒ mǎi le yì běn shū.
    1SG buy PFV one CL book
    'I bought a book.'

3. The bei passive
(5) {D:书被他拿走了。}
    Shū bèi tā ná zǒu le.
    book BEI 3SG take away PFV
    'The book was taken away by him.'

Discussion questions
a. Why does (3) improve if the verb is followed by a result complement?
b. Many textbooks say {D:被} sentences are "adversative." Find one counterexample in the reading for Thursday.

Problem set 4 is due Monday at noon. Bring this handout to section.
""")

dd("bilingual-legislation-guide", """
Law Library Research Guides
Hong Kong › Legislation › Working with the Two Authentic Texts

Overview
Since 1989 ordinances in Hong Kong have been enacted in both English and Chinese, and the older English-only ordinances were given authentic Chinese texts by the late 1990s. Both texts are equally authentic. The Chinese text is in traditional characters, so a search of the official database in simplified characters will often miss relevant provisions.

Terms you will meet in the Chinese text
An Ordinance is a {D:條例}, and a piece of subsidiary legislation is {D:附屬法例}. Bills become law once passed by the Legislative Council ({D:立法會}) and signed by the Chief Executive ({D:行政長官}). Within an ordinance, a section is a {D:條} and a subsection is a {D:款}; a Schedule is a {D:附表}. The chapter number system is the same in both languages: Cap. 32 is {D:第32章}.

When the texts seem to differ
Where a comparison of the two texts discloses a difference of meaning that the ordinary rules of interpretation do not resolve, the court adopts the meaning that best reconciles the texts, having regard to the object and purposes of the ordinance. In practice, counsel should cite both texts whenever the argument depends on the precise wording.

Example: "reasonable excuse"
The English phrase "without reasonable excuse" is usually rendered {D:無合理辯解}. Researchers sometimes assume that {D:辯解} is narrower than "excuse" because it suggests an explanation offered in one's defence. Courts have generally treated the two expressions as meaning the same thing, but a careful brief will say so rather than assume it.

Useful tools
Hong Kong e-Legislation (official, bilingual, with point-in-time versions)
The English–Chinese Glossary of Legal Terms published by the Department of Justice
Bilingual case reports in the law library's Asian collection, level 3

Ask a law librarian: chat 9:00–19:00 weekdays · Last reviewed November 2026
""")

dd("standards-catalogue", """
Global Standards Store
Standards · Publishers · New releases · Translations · Cart (0) · Sign in

GB/T 7714-2015
Chinese title: {D:信息与文献　参考文献著录规则}
English title: Information and documentation — Rules for bibliographic references
Publisher: SAC (Standardization Administration of China)
Status: Current · Published 2015-05-15 · Implemented 2015-12-01 · Replaces GB/T 7714-2005

Scope
This standard specifies the elements, their order, the punctuation and the marking of bibliographic references in books, theses and journal articles, for both Chinese-language and foreign-language sources. It is the standard most Chinese journals cite in their instructions for authors, and it is the origin of the document-type codes such as [J] for a journal article, [M] for a monograph and [D] for a dissertation.

Formats and prices
Chinese edition, PDF · USD 38
English translation, PDF (translation prepared by the publisher; the Chinese text prevails) · USD 186
Chinese and English editions, bundle · USD 205

Customers who bought this standard also bought
GB/T 7713.1-2006 {D:学位论文编写规则} — Presentation of theses and dissertations
GB/T 15834-2011 {D:标点符号用法} — General rules for punctuation
GB/T 16159-2012 {D:汉语拼音正词法基本规则} — Basic rules of the Chinese phonetic alphabet orthography
GB 3100-1993 {D:国际单位制及其应用} — SI units and recommendations for the use of their multiples

Note on titles: the English titles above are the official English titles printed on the cover of each standard. Where no official English title exists, our catalogue shows a descriptive title in brackets.

Delivery: PDF files are sent by email within one business day. Printed copies ship in 7–10 days.
Secure payment · Licensing for libraries · Terms of sale · Contact us
""")

dd("disambiguation-page", """
OpenReference — The Free Encyclopedia
Article | Talk · Read | Edit | View history

Zhongshan
From OpenReference, the free encyclopedia

Zhongshan may refer to several places and people. Two different Chinese names are romanized this way: {D:中山}, literally "central mountain," and {D:钟山}, literally "bell mountain." They are pronounced the same in Mandarin, so the characters are given below to tell them apart.

Places named {D:中山}
Zhongshan, Guangdong, a prefecture-level city in the Pearl River Delta, renamed in 1925 in honour of Sun Yat-sen
Zhongshan County, Guangxi, a county under Hezhou
Zhongshan District, the name of urban districts in Dalian, Taipei and Keelung
Zhongshan (state), a state of the Warring States period in present-day Hebei, ruled by the Xianyu people

Places named {D:钟山}
Zhong Mountain (Zhongshan), also called Purple Mountain ({D:紫金山}), on the eastern edge of Nanjing; site of the Sun Yat-sen Mausoleum
Zhongshan District, Liupanshui, a district of Guizhou

People
Sun Yat-sen (1866–1925), who used the name Zhongshan ({D:中山}) from the Japanese surname Nakayama, adopted as an alias during his exile in Japan; in Chinese he is most often called Sun Zhongshan ({D:孙中山})

Other uses
Zhongshan Road ({D:中山路}), the name of a main street in many Chinese cities
Zhongshan University, the Chinese name of Sun Yat-sen University in Guangzhou
Zhongshan suit, another name for the Mao suit

See also: Chungshan (Wade–Giles spelling) · Nakayama (Japanese reading of the same characters)

This disambiguation page lists articles associated with the title Zhongshan. If an internal link led you here, you may wish to change the link to point directly to the intended article.
""")

dd("romanization-style-guide", """
Journal of Chinese Religions and Literature
About · Current issue · Submissions · Style guide · Contact

Style Guide, Section 6: Romanization, Characters and Translated Titles

6.1 Romanization
Use Hanyu Pinyin with word division according to the national orthography rules. Tone marks are not required in running text but may be used in linguistic discussions. Retain established spellings for persons known in English by another form: Sun Yat-sen, Chiang Kai-shek, Confucius, Mencius.

6.2 Characters in the text
Give characters at the first mention of a person, a title or a technical term, placed directly after the romanization and without parentheses. For example: "the writer Lu Xun {D:鲁迅} published his first collection, Nahan {D:呐喊} (Call to arms), in 1923." Do not give characters for well-known place names such as Beijing, Shanghai or Guangzhou, or for dynasties.

6.3 Terms
A technical term may be introduced in the form "the doctrine of emptiness, kong {D:空}," and thereafter used in English or pinyin only. If your argument depends on the choice between two characters, give both: for instance, the homophones {D:道} "way" and {D:稻} "rice" in a pun.

6.4 Simplified or traditional?
Authors may use either form, but must be consistent within one article. For premodern sources we recommend traditional characters, for instance the title {D:說文解字} (Shuowen jiezi, Explaining graphs and analysing characters).

6.5 References
In the reference list give the romanized title, the characters and an English translation in square brackets:
Qian Zhongshu {D:钱锺书}. 1979. Guanzhui bian {D:管锥编} [Limited views]. Beijing: Zhonghua shuju.
Translated titles are not italicized; romanized titles are.

6.6 Questions
Contact the managing editor before submission if your article needs a large number of characters, a special font, or a glossary of more than fifty terms.

Updated 1 September 2026 · Download the full style guide (PDF)
""")

dd("flora-species-entry", """
Flora Online — Gymnosperms
Families › Ginkgoaceae › Ginkgo › Ginkgo biloba

Ginkgo biloba L., Mant. Pl. 2: 313. 1771.
Chinese name: {D:银杏} yín xìng, "silver apricot"

Deciduous trees to 40 m tall; trunk to 4 m in diameter; bark pale grey to greyish brown, deeply furrowed on old trees. Branches of two kinds: long shoots with scattered leaves and short spur shoots with leaves clustered at the tip. Leaves fan-shaped, with dichotomous veins, often notched at the apex into two lobes. Seeds drupe-like, 2.5–3.5 cm, the outer coat yellow when ripe and foul-smelling, the middle coat white and bony.

Phenology: pollination in March and April; seeds ripen September to October.

Distribution: Native stands are believed to survive in a few mountain areas of Zhejiang (Tianmu Shan), Chongqing and Guizhou; planted throughout China and in temperate regions worldwide.

Vernacular names
{D:白果} bái guǒ, "white fruit," used above all for the edible seed, which is sold shelled or in its white inner coat
{D:公孙树} gōng sūn shù, "grandfather–grandson tree," because a tree planted by a grandfather is said to bear seed only in his grandson's time
{D:鸭脚} yā jiǎo, "duck's foot," a name used by Song-dynasty poets for the shape of the leaf

Etymology of the genus name
The name Ginkgo comes from a Japanese reading of {D:銀杏}, the traditional form of the same characters, recorded by the German physician Engelbert Kaempfer in the 1690s; the spelling with -kgo rather than -kyo is usually explained as a copying error that Linnaeus kept.

Uses: Seeds are eaten roasted or in soups in moderation; the leaves are used in herbal preparations. The tree is widely planted as a street tree because it tolerates pollution.

Images (12) · Specimens (347) · Distribution map · Cite this page
""")

dd("asterism-table", """
Sky Lore Reference
Constellations · Asterisms · Star names · Cultural astronomy · Glossary

Chinese asterisms in the area of Ursa Major

Traditional Chinese astronomy divides the sky into many small asterisms, grouped into the Three Enclosures and the Twenty-eight Mansions. The stars of the Big Dipper belong to the asterism {D:北斗} (Běidǒu, "Northern Dipper"), which lies in the Purple Forbidden Enclosure ({D:紫微垣}, Zǐwēi Yuán) surrounding the celestial pole. Each of its seven stars has its own name.

| Western designation | Common name | Chinese | Pinyin | Meaning |
|---|---|---|---|---|
| α UMa | Dubhe | {D:天枢} | Tiānshū | Celestial Pivot |
| β UMa | Merak | {D:天璇} | Tiānxuán | Celestial Jade Gem |
| γ UMa | Phecda | {D:天玑} | Tiānjī | Celestial Pearl |
| δ UMa | Megrez | {D:天权} | Tiānquán | Celestial Balance |
| ε UMa | Alioth | {D:玉衡} | Yùhéng | Jade Crossbar |
| ζ UMa | Mizar | {D:开阳} | Kāiyáng | Opener of Yang |
| η UMa | Alkaid | {D:摇光} | Yáoguāng | Flickering Light |

The small star Alcor, beside Mizar, was called {D:辅} (Fǔ), "the assistant." The four stars α to δ form the bowl, called {D:斗魁} (dǒu kuí), "the head of the dipper," and the remaining three form the handle, {D:斗柄} (dǒu bǐng).

The direction of the handle was used as a calendar: a common saying holds that when the handle points east it is spring everywhere, and when it points south it is summer everywhere.

The Three Enclosures
Purple Forbidden Enclosure {D:紫微垣} — around the pole
Supreme Palace Enclosure {D:太微垣} — in Leo, Virgo and Coma Berenices
Heavenly Market Enclosure {D:天市垣} — in Hercules, Serpens and Ophiuchus

Sources for names vary slightly between star catalogues of different periods.
See also: The Twenty-eight Mansions · Chinese star maps · Dunhuang star chart
""")


# ---------------------------------------------------------------- half-translated

ll("journal-keywords-zh", """
English | {D:中文}
Journal of Jiangnan Institute of Technology (Natural Science Edition)
Home | About the Journal | Editorial Board | Instructions for Authors | Online Submission | Subscription | Contact Us

Current issue › 2026, Vol. 44, No. 2 › pp. 133-141

Lightweight detection of surface defects on hot-rolled steel strip based on improved YOLOv5s with coordinate attention
ZHANG Yu, WANG Haoran, SUN Li
(School of Mechanical Engineering, Jiangnan Institute of Technology, Wuxi 214122, China)

Abstract: In order to solve the problems of low detection accuracy and large model size in the detection of surface defects of hot-rolled steel strip, a lightweight detection algorithm based on improved YOLOv5s is proposed. Firstly, the backbone network is replaced by a lightweight network built from depthwise separable convolutions, which greatly reduces the number of parameters. Secondly, a coordinate attention module is embedded in the neck so that the network pays more attention to the position information of small defects such as pitting and scratches. Finally, a weighted bidirectional structure is used to improve the fusion of features at different scales. Experiments on the NEU-DET data set show that the mean average precision of the improved algorithm reaches 78.6%, which is 4.2 percentage points higher than that of the original algorithm, while the number of parameters is reduced by 41% and the detection speed reaches 96 frames per second, which can meet the real-time requirements of the production line.
Keywords: {L:带钢表面缺陷；轻量化网络；坐标注意力；多尺度特征融合；实时检测}

Received: 2025-09-12   Revised: 2025-11-03   Published online: 2026-03-28
Citation: ZHANG Yu, WANG Haoran, SUN Li. Lightweight detection of surface defects on hot-rolled steel strip based on improved YOLOv5s with coordinate attention[J]. Journal of Jiangnan Institute of Technology (Natural Science Edition), 2026, 44(2): 133-141.

Download PDF (1.8 MB) | HTML full text | Export citation | E-mail alert
Views: 812   Downloads: 231   Cited by: 3

Related articles
Research on weld seam defect recognition based on transfer learning
A small-target detection method for printed circuit boards based on attention mechanism

Copyright © Editorial Office of Journal of Jiangnan Institute of Technology
Address: No. 1800 Lihu Avenue, Wuxi, Jiangsu   Tel: 0510-8591-0366   E-mail: jnit_journal@example.cn
{D:苏ICP备}05007123{D:号}-2
""")

ll("author-affiliation-zh", """
Chinese Journal of Wood Science and Technology
Articles in press | Current issue | Archive | Search | For authors

Research Paper · Open Access
Effect of heat treatment temperature on the dimensional stability and surface colour of poplar veneer

LIU Chen 1, HE Xiaoyu 1,2*, TANG Wei 2
1. {L:南京林业大学材料科学与工程学院，江苏南京} 210037
2. Jiangsu Engineering Research Center of Wood-based Panels, Nanjing 210037, China
* Corresponding author: HE Xiaoyu, associate professor. E-mail: hexiaoyu_wood@example.cn

Abstract: In order to improve the dimensional stability of fast-growing poplar veneer used in the surface layer of engineered flooring, rotary-cut veneers were heat-treated in saturated steam at 160, 180, 200 and 220 °C for 2 h, and the changes in equilibrium moisture content, anti-swelling efficiency, surface colour and bending strength were measured. The results show that with the increase of treatment temperature, the equilibrium moisture content of the veneer decreases gradually and the anti-swelling efficiency increases, reaching 46.3% at 220 °C. The lightness of the veneer surface decreases markedly and the colour tends to be dark brown, which is close to that of some tropical hardwoods. However, the modulus of rupture decreases by 18.7% at 220 °C. Considering dimensional stability and mechanical properties together, 200 °C is recommended as the treatment temperature.
Keywords: poplar veneer; heat treatment; dimensional stability; colour change; bending strength

Article history: Received 2025-12-02; accepted 2026-02-26; published 2026-04-10
Volume 41, Issue 2, pages 55-62

How to cite this article
LIU C, HE X Y, TANG W. Effect of heat treatment temperature on the dimensional stability and surface colour of poplar veneer[J]. Chinese Journal of Wood Science and Technology, 2026, 41(2): 55-62.

Most read this month
1. Preparation of formaldehyde-free soybean adhesive for plywood
2. Moisture movement in bamboo scrimber during hot pressing

Editorial office · Privacy statement · Sitemap
""")

ll("funding-line-zh", """
Journal of Western Urban Studies
Home   Issues   Online First   Submit   Peer Review   About

Community resilience governance in megacities: evidence from 36 neighbourhoods in Chengdu
DENG Rui, FANG Qian

Article Information
Received: 2025-10-08
Accepted: 2026-01-15
Published online: 2026-03-20
{L:基金项目}: National Social Science Fund of China (23BSH107); {L:四川省哲学社会科学规划项目“城市社区韧性治理的机制与路径研究”} (SC24B061)
About the authors: DENG Rui, lecturer, School of Public Administration, Southwest Institute of Finance and Law, research interests: urban governance; FANG Qian, professor, doctoral supervisor, same school.

Abstract
Since the outbreak of public emergencies in recent years, community resilience has become an important topic in the modernization of urban governance. Based on a survey of 36 neighbourhoods in Chengdu and interviews with 54 community workers, this paper builds a framework of "organizational linkage, resource integration and resident participation" to analyse how communities respond to floods, epidemics and power cuts. It is found that communities with stable volunteer teams and regular joint meetings between neighbourhood committees, property companies and owners' committees recover faster after emergencies, while communities that rely only on administrative orders from the sub-district office show weak mobilization ability. The paper suggests that grass-roots governments should give communities more discretion in the use of funds and should bring social organizations into emergency plans in advance.

Keywords: community resilience; megacity; grass-roots governance; emergency management; Chengdu

Full text
1 Introduction
In recent years, Chinese megacities have frequently faced extreme weather and other public emergencies, and the community, as the basic unit of urban governance, has been pushed to the front line of risk response. [...]

Share: WeChat | Weibo | E-mail
Cited by (2) · Metrics · Rights and permissions
""")

ll("clc-line-zh", """
Chinese Journal of Environmental Engineering
Home | Journal Introduction | Editorial Board | Guide for Authors | Current Issue | Archive | Contact

Removal of sulfamethoxazole from secondary effluent by a persulfate system activated with biochar-supported iron
MA Jun, XU Lingling, QIAO Feng
School of Environmental Science and Engineering, North China University of Water Conservancy, Zhengzhou 450046, China

{L:中图分类号}：X703.1　{L:文献标志码}：A　{L:文章编号}：1673-9108(2026)03-0712-09
DOI: 10.12345/j.cjee.202510044

Abstract: Sulfamethoxazole is one of the antibiotics most frequently detected in the effluent of municipal wastewater treatment plants. In this study, iron-loaded biochar was prepared from corn straw by impregnation and pyrolysis at 700 °C and used to activate peroxydisulfate for the removal of sulfamethoxazole from real secondary effluent. Under the conditions of a catalyst dosage of 0.4 g/L, a peroxydisulfate concentration of 2 mmol/L and an initial pH of 6.5, the removal rate of sulfamethoxazole reached 94.2% within 60 min. Quenching experiments and electron paramagnetic resonance showed that singlet oxygen and surface-bound radicals played the dominant role. After five cycles the removal rate remained above 80%, and the leaching of iron was below 0.3 mg/L. Chloride and bicarbonate in the effluent slightly inhibited the reaction, while humic acid had a more obvious inhibitory effect.
Key words: biochar; persulfate; sulfamethoxazole; secondary effluent; singlet oxygen

Received: 2025-10-21
Citation: MA Jun, XU Lingling, QIAO Feng. Removal of sulfamethoxazole from secondary effluent by a persulfate system activated with biochar-supported iron[J]. Chinese Journal of Environmental Engineering, 2026, 20(3): 712-720.

Figures and tables (7) | References (32) | Related articles | PDF download

Sponsored by the Research Centre for Eco-Environmental Sciences
Copyright © 2026 Editorial Office. All rights reserved.
""")

ll("reference-list-mixed", """
Acta Urban Ecologica · Online First
Article › Spatial distribution and sources of heavy metals in the soil of urban parks in Hefei

[...]
4 Conclusions
(1) The average contents of Cd, Pb and Zn in the surface soil of the 24 parks were 1.8, 1.4 and 1.3 times the background values of Anhui Province, respectively, while Cr and Ni were close to the background values.
(2) High values of Pb and Zn were concentrated in the old city parks near main roads, and the positive matrix factorization model attributed about 42% of the Pb to traffic sources.
(3) Parks built on former industrial land should be given priority in soil monitoring and risk control.

References
[1] Wei B, Yang L. A review of heavy metal contaminations in urban soils, urban road dusts and agricultural soils from China[J]. Microchemical Journal, 2010, 94(2): 99-107.
[2] {L:王海燕，李明．城市绿地土壤重金属污染特征及来源解析}[J]. {L:环境科学}, 2021, 42(5): 2301-2310.
[3] CHEN Jing, ZHAO Lei. Spatial distribution of soil heavy metals in urban parks of Beijing[J]. Acta Scientiae Circumstantiae, 2019, 39(8): 2711-2719 (in Chinese).
[4] {L:国家环境保护局．中国土壤元素背景值}[M]. {L:北京：中国环境科学出版社}, 1990.
[5] Paatero P, Tapper U. Positive matrix factorization: a non-negative factor model with optimal utilization of error estimates of data values[J]. Environmetrics, 1994, 5(2): 111-126.
[6] ZHOU Wei, LIU Fang, GAO Yan. Source apportionment of soil heavy metals in a typical industrial city based on the PMF model[J]. Ecology and Environmental Sciences, 2022, 31(4): 780-789 (in Chinese).
[7] {L:生态环境部．土壤环境质量　建设用地土壤污染风险管控标准（试行）}: GB 36600-2018[S]. {L:北京：中国环境出版集团}, 2018.
[8] Hakanson L. An ecological risk index for aquatic pollution control: a sedimentological approach[J]. Water Research, 1980, 14(8): 975-1001.
[9] {L:孙晓东，杨帆，郑丽．合肥市主城区道路灰尘重金属污染及健康风险评价}[J]. {L:安徽农业大学学报}, 2020, 47(6): 1012-1018.

Received: 2025-11-17 · Accepted: 2026-02-09
Download: PDF | Citation: RIS, BibTeX, EndNote
Acta Urban Ecologica is an open-access journal. Articles are published under CC BY-NC 4.0.
""")

ll("section-headings-zh", """
Journal of Coastal Engineering Research
HTML full text · Back to abstract page

Numerical simulation of wave run-up on a sloping seawall with stepped armour units

{L:摘要}: The wave run-up on sloping seawalls with stepped concrete armour units was simulated with a two-dimensional numerical wave flume based on the Reynolds-averaged Navier-Stokes equations and the volume-of-fluid method. The model was verified with physical model test data from the literature. The results show that, compared with a smooth slope, the stepped armour reduces the relative run-up by 24% to 37%, and the reduction increases with the step height.

0 {L:引言}
Seawalls are the main structures protecting coastal cities from storm surges and waves. With rising sea levels, many seawalls built in the 1990s no longer meet the design standard for overtopping, and raising the crest is often restricted by land use behind the wall. Changing the form of the armour layer to increase energy dissipation is therefore an economical option.

1 Numerical model
1.1 Governing equations
The incompressible fluid is described by the continuity equation and the Reynolds-averaged momentum equations, and the free surface is tracked by the volume-of-fluid method. Turbulence is modelled with the k-ω SST model.
1.2 Wave generation and absorption
Regular waves are generated at the left boundary by a relaxation zone, and a second relaxation zone of two wavelengths is placed at the right end to absorb reflected waves.

2 {L:结果与讨论}
2.1 Model verification
The computed run-up agrees with the measured values with a mean relative error of 6.8%.
2.2 Influence of step height
When the step height increases from 0.05 m to 0.15 m, the relative run-up decreases from 1.42 to 1.06 under the same incident wave conditions.

3 {L:结论}
Stepped armour units can significantly reduce wave run-up on sloping seawalls. A step height of about one tenth of the incident wave height is recommended for the retrofit of existing seawalls.

{L:参考文献}
[1] Goda Y. Random Seas and Design of Maritime Structures[M]. 3rd ed. Singapore: World Scientific, 2010.
[2] Van der Meer J W, Allsop N W H, Bruce T, et al. EurOtop manual on wave overtopping of sea defences and related structures[R]. 2018.

Back to top · Download PDF · Print
""")

ll("participant-table-zh", """
Chinese Journal of Community Health
Current Issue | Archive | Submission | Editorial Board | Contact

Prevalence of hypertension awareness and its influencing factors among adults aged 35 and over in rural areas of southern Jiangxi

2.1 General characteristics of the respondents
A total of 2,146 valid questionnaires were collected, with an effective response rate of 95.4%. The basic characteristics of the respondents are shown in Table 1.

Table 1 Basic characteristics of the respondents (n = 2,146)
| Variable | Category | n | Proportion (%) |
|---|---|---|---|
| Gender | Male | 1,012 | 47.2 |
|  | Female | 1,134 | 52.8 |
| Age (years) | 35-44 | 398 | 18.5 |
|  | 45-59 | 853 | 39.7 |
|  | ≥ 60 | 895 | 41.7 |
| {L:文化程度} | {L:小学及以下} | 1,077 | 50.2 |
|  | {L:初中} | 724 | 33.7 |
|  | {L:高中或中专及以上} | 345 | 16.1 |
| Marital status | Married | 1,821 | 84.9 |
|  | {L:丧偶、离异或未婚} | 325 | 15.1 |
| Annual household income (yuan) | < 30,000 | 936 | 43.6 |
|  | 30,000-59,999 | 812 | 37.8 |
|  | ≥ 60,000 | 398 | 18.5 |
| Family history of hypertension | Yes | 604 | 28.1 |
|  | No | 1,542 | 71.9 |

{L:注}: Percentages may not add up to 100 because of rounding.

2.2 Awareness of hypertension
Among the 2,146 respondents, 783 were diagnosed with hypertension in this survey, of whom 452 knew their condition before the survey, giving an awareness rate of 57.7%. The awareness rate of women was higher than that of men, and the difference was statistically significant (χ² = 6.84, P = 0.009).

Open access · PDF · Export citation · Cite this article
""")

ll("article-last-paragraph-zh", """
Journal of Rural Economy and Management
Home > Issues > 2026 No. 1 > Full text

E-commerce participation and the income of smallholder farmers: evidence from 12 counties in Zhejiang and Jiangxi

[...]
5 Conclusions and policy implications
Using survey data from 1,380 farm households in 12 counties of Zhejiang and Jiangxi provinces, this paper has examined the effect of e-commerce participation on household income with propensity score matching and an endogenous switching regression model. The main conclusions are as follows.

First, participation in e-commerce increases the per capita net income of farm households by about 14.6% on average, and the effect remains robust after correcting for selection bias.

Second, the income effect differs markedly between groups. Households whose heads have received more than nine years of education, and households in villages with a cooperative logistics station, gain much more from e-commerce than other households, while the effect for households that only sell through livestreaming by third parties is not significant.

Third, e-commerce mainly raises income by increasing the selling price and reducing the number of intermediaries, rather than by expanding the scale of production.

Based on these conclusions, the paper puts forward the following suggestions: local governments should continue to improve county and village logistics, support cooperatives in building their own online stores, and provide targeted training in product photography, customer service and after-sales handling for less-educated farmers, so that the benefits of the digital economy reach a wider range of smallholders.

{L:本研究仍存在一定局限。首先，样本仅来自浙江、江西两省，结论能否推广到中西部地区有待进一步检验；其次，本文使用的是横截面数据，难以刻画电商参与对农户收入影响的动态过程。未来研究可以结合多期追踪调查数据，进一步考察平台规则变化对不同类型小农户的差异化影响。}

References (38) | Download PDF | Cite
Copyright © Journal of Rural Economy and Management
""")

ll("project-report-glued-clauses", """
School of Materials Science and Engineering
Home | About | Faculty | Research | Admissions | News | Alumni

News › Research
Provincial key R&D project led by our school passes acceptance review

On November 26, the acceptance review meeting of the provincial key research and development project "Development and application of high-performance magnesium alloy sheets for new energy vehicles," undertaken by Professor Gu Yiming's team, was held in Conference Room 401 of the school. Experts from universities, research institutes and enterprises attended the meeting.

The expert group listened to the report of the project leader, reviewed the technical documents and financial accounts, and visited the pilot rolling line. Over the past three years, the project team has developed a rare-earth-free magnesium alloy with room-temperature formability comparable to aluminium alloys, {L:并获得国家发明专利授权三项}, and built a demonstration line with an annual capacity of 500 tonnes. The team published 23 papers in important journals at home and abroad, {L:培养博士研究生四名、硕士研究生十一名}.

After discussion, the expert group agreed that the project had completed all the tasks specified in the contract, {L:部分指标优于合同要求}, and the financial management was standardized. The experts also suggested that the team should further reduce production costs and strengthen cooperation with vehicle manufacturers, {L:加快推进成果在电池包壳体和座椅骨架上的应用}.

Professor Gu thanked the experts for their guidance and said that the team will continue to focus on lightweight materials for transport, {L:力争在下一轮国家重点研发计划中取得新的突破}.

Photo: Members of the expert group visit the pilot rolling line.
Contributed by: Research Office of the School   Editor: Song Jie   Reviewer: Lu Ping

Previous: Our school holds the 2026 graduate academic forum
Next: Delegation from a German university visits our school

Address: 38 Xueyuan Road   Postcode: 410083   Tel: 0731-8883-6120
Copyright © School of Materials Science and Engineering. All rights reserved.
""")

ll("research-office-directory", """
English | {D:中文}
Office of Scientific Research
Home | About Us | Notices | Project Management | Achievements | Regulations | Downloads | Contact Us

Contact Us

Office hours: Monday to Friday, 8:30-11:30, {L:下午}14:30-17:30 (closed on public holidays)
Address: Room 302, Administration Building, 199 Huixing Road
E-mail: kyc_office@example.edu.cn

Director
Prof. Zhou Ming   Tel: 025-8579-1001
Responsibilities: overall management of the office; research planning and major platform construction

Deputy Director
Dr. Han Xue   Tel: 025-8579-1002
Responsibilities: {L:协助处长分管纵向项目、科技成果奖励及学术道德建设工作}

Section of National Projects
Ms. Li Jing   Tel: 025-8579-1010
Responsibilities: application and management of National Natural Science Foundation and National Social Science Fund projects

Section of Industry Cooperation
Mr. Xu Fan   Tel: 025-8579-1016
Responsibilities: {L:横向科研合同的审核、登记与经费到账确认}; technology transfer and patent licensing

Section of Research Achievements
Ms. Qin Lu   Tel: 025-8579-1021
Responsibilities: statistics of papers and patents, application for provincial and ministerial science and technology awards, {L:学术期刊目录的认定}

Section of Platforms and Laboratories
Mr. Wang Rui   Tel: 025-8579-1025
Responsibilities: annual assessment of key laboratories and engineering research centres

Please contact the relevant section directly for business matters. For matters not listed above, call the general office at 025-8579-1000.

Copyright © Office of Scientific Research   {D:苏ICP备}10021377{D:号}
""")

ll("lawyer-profile", """
Shanghai Hengyuan Law Firm | {D:上海恒远律师事务所}
Home | About Us | Practice Areas | Our Lawyers | Insights | Offices | Careers | Contact
English | {D:中文}

Our Lawyers › Wu Jiaqi

WU Jiaqi
Partner
Shanghai Office
Tel: +86 21 6081 2290   E-mail: wujiaqi@hengyuan-law.example

Wu Jiaqi joined Hengyuan in 2014 and became a partner in 2019. She focuses on intellectual property litigation and technology transactions, and has represented domestic and foreign clients in more than two hundred patent, trademark and copyright cases before the courts of Shanghai, Beijing, Zhejiang and Guangdong and before the China National Intellectual Property Administration.

Practice areas
Intellectual property litigation; technology licensing and transfer; {L:商业秘密保护与反不正当竞争}; data compliance

Education
LL.B., East China University of Political Science and Law
LL.M., University of Washington School of Law

Bar admission
People's Republic of China, 2010

Professional memberships
{L:上海市律师协会知识产权业务研究委员会委员}
Member, International Trademark Association
Arbitrator, Shanghai International Arbitration Center

Representative matters
- Represented a domestic pharmaceutical company in the invalidation of a competitor's crystal-form patent, which was declared invalid in its entirety.
- Represented a European machine-tool manufacturer in a trade secret case against a former employee and his new employer, obtaining a preliminary injunction within three weeks.
- {L:代理某知名运动品牌系列商标侵权案件，累计获赔金额逾两千万元}
- Advised a listed semiconductor company on the licensing of its chip design software to partners in Southeast Asia.

Honours
Recommended lawyer for intellectual property, several international legal directories, 2022-2026

Languages: Mandarin, English, Shanghainese

Offices: Shanghai · Beijing · Shenzhen · Hangzhou
© 2026 Shanghai Hengyuan Law Firm. Attorney advertising. Prior results do not guarantee a similar outcome.
""")

ll("client-alert-article-zh", """
Hengyuan Insights
Client Alert | Employment | 18 November 2026

Shanghai issues trial measures on the filing of non-compete agreements

On 12 November 2026, the Shanghai Municipal Human Resources and Social Security Bureau issued the Shanghai Measures on the Filing of Non-compete Agreements (Trial) ({D:上海市竞业限制协议备案办法（试行）}, the "Measures"), which will take effect on 1 January 2027. The Measures apply to employers registered in Shanghai that conclude non-compete agreements with senior managers, senior technical staff and other personnel with confidentiality obligations.

Key points
1. Scope of filing. Under Article 3, an employer must file a non-compete agreement within 30 days after the agreement is signed or after the employment contract is terminated, whichever is earlier.
2. Content of the filing. Article 5 requires the employer to submit the names and positions of the employees concerned, the scope and duration of the restriction, and the amount and method of payment of the monthly compensation.
3. Compensation. Article 6 provides that the monthly compensation shall not be lower than 30% of the employee's average monthly salary over the 12 months before the termination of employment, and shall not be lower than the local minimum wage.
4. Consequences of not filing. Article 8 provides: {L:用人单位未按本办法规定办理备案的，由人力资源社会保障行政部门责令限期改正；逾期不改正的，予以通报，并纳入劳动保障守法诚信档案。}
5. Transition. Agreements signed before the effective date but still in force must be filed before 30 June 2027.

Our comments
The Measures do not change the rule that an unfiled agreement remains valid between the parties. However, employers should review their existing agreements, in particular the list of employees subject to non-compete obligations, and prepare the filing materials in good time. Employers with operations in several cities should also note that the Measures apply only to agreements with employees whose labour relationship is in Shanghai.

Contacts
Wu Jiaqi, Partner · Sun Hao, Counsel · Lin Yu, Associate

This alert is for general information only and does not constitute legal advice.
Subscribe to Hengyuan Insights · Unsubscribe · Privacy
""")

ll("call-for-papers", """
Journal of Higher Education Management
Home | About | Issues | Call for Papers | Submission | Contact

Call for Papers: Special Issue on "Artificial Intelligence and the Reform of University Teaching"

In order to promote in-depth research on the application of generative artificial intelligence in higher education, our journal will publish a special issue in the second half of 2027. Scholars and practitioners at home and abroad are welcome to contribute.

I. Suggested topics
1. The impact of generative artificial intelligence on curriculum design and classroom teaching
2. Academic integrity and assessment reform in the era of artificial intelligence
3. {L:人工智能赋能研究生培养模式创新的路径与案例}
4. Digital literacy of university teachers and its training system
5. {L:高校人工智能通识课程建设的现状、问题与对策}
6. Governance, ethics and data security of artificial intelligence applications on campus

II. Requirements
1. Manuscripts should have clear viewpoints, rigorous arguments and standard citations, and must not have been published elsewhere.
2. {L:正文字数一般不超过一万五千字，须附中英文摘要及关键词。}
3. Empirical studies should describe the source of data and the research methods in detail.
4. Please indicate "Special Issue on AI" in the subject line of the submission.

III. Important dates
Deadline for full papers: March 31, 2027
Notification of review results: June 30, 2027
Publication: Issue 9, 2027

IV. Submission
Please submit through the online system of the journal. {L:本刊不收取任何形式的版面费。} Accepted papers will be paid a fee upon publication.

Contact: Editorial Office, Tel: 027-8754-6620, E-mail: jhem_special@example.cn

Editorial Office of Journal of Higher Education Management
October 20, 2026
""")

ll("funded-projects-table", """
Office of Scientific Research · Notices

Announcement of the List of Approved Projects of the 2026 University Youth Research Fund

According to the Measures for the Administration of the University Youth Research Fund, after application by individuals, recommendation by schools and review by experts, 12 projects are approved for funding in 2026. The list is hereby announced as follows. The publicity period is from December 1 to December 7, 2026. Any objection during this period should be submitted in writing to the Office of Scientific Research.

| No. | Project title | Principal investigator | School | Funding (10,000 yuan) |
|---|---|---|---|---|
| 1 | Mechanism of microplastic transport in estuarine sediments | Jiang Lu | School of Environment | 5 |
| 2 | {L:基于知识图谱的中药配伍规律挖掘研究} | Peng Yuqi | School of Computer Science | 5 |
| 3 | Fatigue behaviour of additively manufactured titanium lattice structures | Xie Bo | School of Mechanical Engineering | 6 |
| 4 | Rural elderly care service supply and the willingness of families to purchase services | Ding Ran | {L:公共管理学院} | 3 |
| 5 | {L:明清江南地区书院藏书的流通与利用} | Shi Wen | School of History and Culture | 3 |
| 6 | Low-power wake-up receiver design for wireless sensor networks | Guo Cheng | School of Information Engineering | 6 |
| 7 | Regulation of photosynthetic efficiency in rice under high night temperatures | Fu Lan | {L:农学院} | 5 |
| 8 | Legal protection of personal data in cross-border e-commerce platforms | Yu Hang | Law School | 3 |
| 9 | {L:新型钙钛矿太阳能电池界面缺陷钝化研究} | Zeng Hui | School of Physics | 6 |
| 10 | Visual attention of children with autism in picture-book reading | Ren Jia | School of Education | 3 |
| 11 | Seismic performance of timber-concrete composite floors | Lü Tao | School of Civil Engineering | 5 |
| 12 | Translation and reception of classical Chinese poetry in Spanish | Lin Xi | School of Foreign Languages | 3 |

Contact: Ms. Li, Section of Project Management, Tel: 0551-6378-2215

Office of Scientific Research
December 1, 2026
""")

ll("figure-captions-zh", """
Chinese Journal of Geotechnical Materials · HTML full text

Strength and failure characteristics of cement-stabilized silty soil with recycled brick aggregate

3 Results and analysis
3.1 Unconfined compressive strength
The unconfined compressive strength of the specimens at different curing ages is shown in Fig. 2. With the increase of curing age, the strength of all mixtures increases, and the growth is fastest in the first 14 days. When the replacement ratio of recycled brick aggregate is 20%, the 28-day strength reaches 3.86 MPa, which is 17.4% higher than that of the mixture without aggregate. When the replacement ratio exceeds 30%, the strength begins to decrease.

Fig. 2 Unconfined compressive strength of specimens at different curing ages

3.2 Failure patterns
It can be seen from Fig. 3 that the failure of the specimens changes obviously with the replacement ratio: the specimens without aggregate split along one steep crack, while the specimens with aggregate show several short cracks and keep their integrity after the peak.

Fig. 3 {L:破坏后试样照片：从左至右掺量依次为0、10%、20%、30%和40%}

3.3 Stress-strain behaviour
The stress-strain curves can be divided into four stages: compaction, linear elastic, yield and post-peak softening. The results in Fig. 4 indicate that the aggregate mainly affects the last two stages.

Fig. 4 {L:再生砖骨料掺量对峰值应变和残余强度的影响}

3.4 Microstructure
In the specimens with 20% recycled brick aggregate, the hydration products fill the pores between the aggregate and the soil particles well, as shown in Fig. 5.

Fig. 5 {L:掺量20%的试样养护28天后的扫描电镜照片（放大5000倍）}

4 Conclusions
(1) An appropriate amount of recycled brick aggregate improves the strength of cement-stabilized silty soil; the optimum replacement ratio is 20%.
(2) The peak strain of the specimens increases with the replacement ratio, indicating improved ductility.

Download figures (PPT) · Back to abstract · PDF
""")

ll("author-notes-tab", """
Urban Planning Forum
Home | Issues | Online First | Topics | Submission Guidelines | Subscribe

Article | Issue 5, 2026 | pp. 88-96
From "renovation" to "regeneration": the changing logic of old residential community upgrading in Chinese cities

Abstract | Full text | Figures | References | Author information | Metrics

Author information
{L:作者简介}: ZHAO Min (1988-), female, born in Linyi, Shandong, {L:博士，副教授，主要研究方向为城市更新与社区治理}. E-mail: zhaomin_up@example.cn
QIAN Dong (1975-), male, born in Suzhou, Jiangsu, Ph.D., professor and doctoral supervisor at the College of Architecture and Urban Planning. His research focuses on housing policy and urban renewal.
Corresponding author: QIAN Dong, E-mail: qiandong@example.edu.cn
Affiliation: College of Architecture and Urban Planning, Eastern China University of Science and Architecture, Shanghai 200092, China

Contributions
ZHAO Min designed the study, conducted the field survey in 14 communities and wrote the first draft; QIAN Dong proposed the analytical framework and revised the manuscript.

Acknowledgements
The authors thank the residents, neighbourhood committee staff and planners who took part in interviews, {L:以及匿名审稿专家提出的宝贵修改意见}.

Conflict of interest
The authors declare no conflict of interest.

Cite this article
ZHAO Min, QIAN Dong. From "renovation" to "regeneration": the changing logic of old residential community upgrading in Chinese cities[J]. Urban Planning Forum, 2026(5): 88-96.

Share: WeChat | Weibo | Copy link
Editorial Office of Urban Planning Forum · Tel: 021-6598-3300 · Rights and permissions
""")

ll("conference-notice-schedule", """
English | {D:中文}
China Society of Coastal Engineering
Home | About the Society | Academic Activities | Publications | Membership | Notices

Second Notice on Holding the 6th National Academic Conference on Coastal and Estuarine Engineering

All member units and relevant experts:
The 6th National Academic Conference on Coastal and Estuarine Engineering will be held in Zhoushan, Zhejiang Province, from November 14 to 16, 2026. The conference is hosted by the China Society of Coastal Engineering and organized by the Ocean College of Zhoushan Maritime University. The relevant matters are now notified as follows.

I. Conference themes
1. Coastal disaster prevention and resilient seawall design
2. Estuarine sediment transport and channel regulation
3. Ecological restoration of coastal wetlands
4. Offshore wind power foundations and subsea engineering

II. Schedule
November 14 (Friday)
14:00-20:00 Registration, {L:地点：海洋学院国际交流中心一楼大厅}
November 15 (Saturday)
08:30-09:00 Opening ceremony
09:00-12:00 Keynote reports (6 reports, 30 minutes each)
14:00-17:30 {L:分会场报告，各分会场日程详见会议手册}
18:00 Conference dinner
November 16 (Sunday)
08:30-11:30 Parallel sessions and poster exhibition
11:30-12:00 Closing ceremony and presentation of the Young Scholar Paper Awards
{L:下午自由活动，可自愿报名参加东海大桥及洋山港考察，费用自理。}

III. Registration fee
Members: 1,600 yuan; non-members: 2,000 yuan; students: 800 yuan (with valid student ID). The fee covers conference materials and meals during the conference. Accommodation is arranged by the organizer at the conference hotel, {L:住宿费用自理}.

IV. Contact
Conference Secretariat: Dr. Ye Ning, Tel: 0580-226-8801, E-mail: csce2026@example.cn

China Society of Coastal Engineering
September 30, 2026

Copyright © China Society of Coastal Engineering   {D:京ICP备}09033618{D:号}-1
""")

ll("lab-members-titles", """
Intelligent Perception and Robotics Laboratory
Home | Research | Members | Publications | Projects | Join Us | Contact

Members

Faculty
LIN Tao, Professor, {L:博士生导师}, Director of the Laboratory
Research interests: multi-sensor fusion, SLAM, autonomous driving
HU Jing, Associate Professor, {L:硕士生导师}
Research interests: visual perception, 3D reconstruction, event cameras
ZHENG Kai, Lecturer
Research interests: legged robots, reinforcement learning for locomotion

Postdoctoral researchers
WANG Yuxi, Ph.D. from the University of Tokyo, 2024. Research interest: lidar point cloud semantic segmentation

Ph.D. students
CHEN Yue, {L:博士研究生}, enrolled 2022. Research interest: long-term localization in changing environments
LUO Feng, {L:博士研究生}, enrolled 2023, {L:硕博连读}. Research interest: multi-robot collaborative mapping
Master's students
GAO Shan, enrolled 2024. Research interest: lightweight visual odometry on embedded platforms
JIANG Wen, enrolled 2024. Research interest: sim-to-real transfer for quadruped robots
SU Ming, enrolled 2025, {L:推免生}. Research interest: depth estimation from event cameras

Alumni
ZHANG Rui (Ph.D., 2025), now an assistant professor at a university in Shenzhen
LI Han (M.S., 2024), now at {L:华为技术有限公司}
DU Qing (M.S., 2023), now pursuing a Ph.D. at ETH Zurich
XIA Lei (M.S., 2023), {L:现就职于某国有汽车集团研究院}

Prospective students
The laboratory recruits 2-3 doctoral students and 4-5 master's students every year. Students with a background in automation, computer science or mechanical engineering who are interested in robotics are welcome to contact Professor Lin by e-mail.

Address: Room 512, Building of Information Science, 66 Chongwen Road · E-mail: iprl@example.edu.cn
Last updated: October 2026
""")

ll("thesis-defense-notice", """
Graduate School · Notices and Announcements

Announcement of Doctoral Dissertation Oral Defense

Dissertation title: Research on the seismic resilience assessment and post-earthquake recovery of urban water supply networks
Candidate: FENG Xiaolin
Discipline: Disaster Prevention and Mitigation Engineering and Protective Engineering
Supervisor: Professor LIANG Hui

Defense committee
Chair: Professor SHAO Yong, {L:同济大学土木工程学院}
Members:
Professor WEN Ke, Beijing University of Technology
Professor LIANG Hui, School of Civil Engineering of our university
Professor TAN Jie, School of Civil Engineering of our university
Researcher PAN Qiang, {L:中国地震局工程力学研究所}
Secretary: Dr. LU Bin, lecturer

Time: 14:30, Wednesday, December 16, 2026
Venue: {L:土木楼}B305 Conference Room

Abstract of the dissertation
Water supply networks are lifeline systems whose failure after an earthquake seriously affects fire fighting, medical treatment and the daily life of residents. Taking the water supply network of a city in southwest China as the object, this dissertation establishes a seismic damage model for pipelines that considers soil liquefaction and joint deformation, proposes a resilience index combining water supply satisfaction and recovery speed, and optimizes the repair sequence of damaged pipes with a genetic algorithm. The results show that optimizing the repair sequence can shorten the recovery time of the network by about 23%.

According to the relevant regulations on the award of doctoral degrees, the defense is held publicly. {L:欢迎广大师生参加！}

Graduate School
December 4, 2026

Related links: Degree regulations · Defense schedule for the autumn semester · Download center
""")

ll("court-judgment-paragraph-zh", """
China Judgments Online (English translation service) · Civil Judgment

Beijing Haidian District People's Court
Civil Judgment
(2025) Jing 0108 Min Chu No. 24471

Plaintiff: Beijing Ruixin Technology Co., Ltd., domiciled in Haidian District, Beijing.
Legal representative: Kong Wei, general manager.
Defendant: Tianjin Hengtong Electronic Equipment Co., Ltd., domiciled in Xiqing District, Tianjin.
Legal representative: Bai Lin, executive director.

The plaintiff Beijing Ruixin Technology Co., Ltd. (hereinafter "Ruixin") and the defendant Tianjin Hengtong Electronic Equipment Co., Ltd. (hereinafter "Hengtong") had a dispute over a sale and purchase contract. After the court accepted the case on March 4, 2025, the simplified procedure was applied and the case was heard in public. The case has now been concluded.

Ruixin claimed that the court should order Hengtong to pay the outstanding price of 386,000 yuan and liquidated damages for late payment. Hengtong argued that some of the goods had quality defects and that the liquidated damages agreed in the contract were excessively high.

The court finds through trial that on June 10, 2024, the two parties signed a sale and purchase contract under which Ruixin was to supply 40 sets of industrial control modules to Hengtong at a total price of 986,000 yuan. Ruixin delivered all the goods on July 22, 2024, and Hengtong signed for them without raising any objection within the inspection period. Hengtong has paid 600,000 yuan.

The court holds that the contract is lawful and valid. Hengtong failed to raise any objection to quality within the agreed inspection period and has not provided evidence of defects, so its defence is not accepted and it shall pay the outstanding price.

{L:关于违约金的数额，原告主张按照合同约定的每日千分之五计算，被告辩称该标准过高。本院综合考虑合同履行情况、当事人的过错程度以及预期利益等因素，酌情将违约金调整为以欠付货款为基数，按照同期全国银行间同业拆借中心公布的一年期贷款市场报价利率的一点五倍计算。}

In accordance with Articles 509, 577, 585 and 626 of the Civil Code of the People's Republic of China, the judgment is as follows:
1. The defendant shall pay the plaintiff the outstanding price of 386,000 yuan within ten days after this judgment takes effect;
2. The defendant shall pay the plaintiff liquidated damages calculated as stated above;
3. Other claims of the plaintiff are rejected.
The case acceptance fee of 3,545 yuan, halved to 1,772.5 yuan, shall be borne by the defendant.

Judge: Liu Yang
September 18, 2025
{L:书记员}: Wang Qian
""")

ll("university-regulation-articles", """
Office of Academic Affairs and Research Integrity
Home > Regulations > Research Integrity

Measures of Huaihai Normal University for Handling Academic Misconduct (Revised in 2025)

Chapter I General Provisions
Article 1 These Measures are formulated in accordance with the relevant national laws and regulations and in light of the actual situation of the University, in order to promote a good academic atmosphere and standardize the handling of academic misconduct.
Article 2 These Measures apply to teachers, researchers, administrative staff and students of the University who are engaged in teaching, research and related activities.
Article 3 The Academic Committee of the University is the highest body for the investigation and determination of academic misconduct. Its office is located in the Office of Academic Affairs and Research Integrity.

Chapter II Academic Misconduct
Article 4 For the purposes of these Measures, academic misconduct includes:
(1) plagiarizing or embezzling the research results of others;
(2) fabricating or falsifying research data, images or experimental records;
(3) {L:买卖论文、由他人代写或者为他人代写论文；}
(4) listing a person as an author without his or her consent, or omitting a person who made a substantial contribution;
(5) providing false information when applying for projects, awards or titles;
(6) other acts that seriously violate academic norms as determined by the Academic Committee.

Chapter III Acceptance and Investigation
Article 5 Any unit or individual may report suspected academic misconduct to the office in writing. Reports shall be made under the reporter's real name and supported by specific facts and evidence.
Article 6 {L:学术委员会办公室应当在收到举报后十五个工作日内进行初步审查，并书面告知举报人是否受理。}
Article 7 Where a report is accepted, the Academic Committee shall set up an investigation panel of no fewer than five experts in the relevant field. {L:与举报人或者被举报人有利害关系的人员应当回避。}
Article 8 The investigation shall be completed within 90 days after the report is accepted. Where the case is complicated, the period may be extended by up to 60 days with the approval of the chairman of the Academic Committee.

Chapter IV Handling and Appeal
Article 9 According to the seriousness of the circumstances, the persons concerned may be given a warning, ordered to retract the paper, disqualified from applying for projects for a certain period, or given other sanctions.
Article 10 {L:当事人对处理决定不服的，可以在收到决定之日起三十日内，以书面形式向学校提出复核申请。}

Issued by the Office of Academic Affairs and Research Integrity · Date of publication: 2025-06-20 · Views: 3,417
""")

ll("journal-toc-zh", """
Journal of Hydraulic and Ocean Engineering ({D:水利与海洋工程学报})
Home | About | Editorial Board | Current Issue | Archive | Authors | Contact

Contents · 2026, Vol. 38, No. 4 (Serial No. 196)

Special Topic: Flood Risk in River Basins
Attribution of changes in extreme floods in the middle reaches of the Yangtze River under climate change ... HUANG Jie, YAO Lin (1)
{L:基于深度学习的中小河流洪水预报方法及其应用} ... SONG Wei, CHEN Lan, XU Hao (12)
Risk assessment of dike breach in polder areas considering seepage failure ... DAI Peng, ZHOU Jun (23)

Hydraulic Structures
Cavitation characteristics of the stilling basin of a high-head sluice ... QIN Yu, LI Ming (34)
Long-term monitoring and deformation analysis of a concrete-faced rockfill dam ... WANG Jian, HE Fang, LUO Tao (44)
{L:寒区水工混凝土冻融损伤演化规律试验研究} ... ZHAO Bing, YANG Xue (55)

{L:港口航道与海岸工程}
Wave forces on a perforated caisson breakwater under oblique waves ... SUN Qi, MA Hong (64)
Siltation in the approach channel of a harbour after the construction of an offshore wind farm ... XU Li, FENG Tao (73)

Water Resources and Environment
{L:黄河下游引黄灌区地下水位动态变化及其驱动因素} ... TIAN Jing, GUO Rui (82)
Optimal operation of cascade reservoirs considering ecological flow ... LU Hang, JIA Ning, ZHU Wen (92)

Review
Research progress on the stability of geotextile tube embankments ... PENG Lei (102)

Information
{L:本刊2026年度审稿专家名单} (111)

Download the full issue (PDF, 18.2 MB) · Browse previous issues
Editorial Office: 1 Xikang Road, Nanjing · Tel: 025-8378-6101 · E-mail: jhoe@example.cn
Copyright © 2026 Editorial Office of Journal of Hydraulic and Ocean Engineering
""")

if __name__ == "__main__":
    SET.build()
