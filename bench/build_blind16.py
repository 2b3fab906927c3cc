"""Build bench/sets/detect16-*.jsonl: a held-out, hand-written detection set ("detect16").

30 English pages that contain Chinese on purpose (bilingual quote pages, bilingual speeches,
alternating news transcripts, China-Daily-style articles, glossed terms, novel titles, festival
and author names, keyword blocks, infobox names, language-switch links, licence and ICP footers)
and 30 half-translated pages (MT mirrors of university news, company news, local-government
notices, tourism articles, web-novel chapters) whose untranslated Chinese is marked as leftovers;
some of those also hold deliberate Chinese (glosses, ICP footers, a `中文` link), marked as such.

The pages imitate the kinds in ../shared/corpus/real (full-width ，：（） stored as ASCII, cut-off
endings, navigation junk, typos, `。` in English, commas with no space, `,Capitalized` clause
fragments) but every sentence was written here. The set was written BLIND: without reading
mtmend's code, the other bench sets or their builders (only `marked()`/`Doc` from
build_detection_sets.py were used), and before any scoring.

Marks: `{D:…}` deliberate Chinese, `{L:…}` a leftover; every Han character is inside exactly one
mark. Rebuild (deterministic): `python bench/build_blind16.py` from the repo root writes
bench/sets/detect16-deliberate.jsonl (ids d16d-01…) and bench/sets/detect16-leftovers.jsonl
(ids d16l-01…).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_set import BlindSet  # noqa: E402

SET = BlindSet("detect16", chars=(800, 2000))
dd, ll = SET.dd, SET.ll


# ---------------------------------------------------------------- deliberate Chinese
dd("quote-pair", """
Home > Quotes > Perseverance

{D:路虽远,行则将至;事虽难,做则必成。}
However long the road, walking it brings you there; however hard the task, doing it gets it done.
Tags: effort, patience, proverbs    Likes 1.2k

{D:不积跬步,无以至千里。}
Without piling up half-steps you never reach a thousand li.
"Great works are performed not by strength but by perseverance."
The secret of getting ahead is getting started.

{D:水滴石穿,非一日之功。}
Dripping water wears through stone, but not in a single day.
Small daily improvements are the key to staggering long-term results.
A river cuts through rock not because of its power but because of its persistence.

{D:只要功夫深,铁杵磨成针。}
With enough effort an iron rod can be ground into a needle.
Share this quote  |  Copy link  |  Report

Related quotes
- It does not matter how slowly you go as long as you do not stop.
- {D:千里之行,始于足下。} A journey of a thousand miles begins beneath one's feet.
- Fall seven times, stand up eight.
Previous: Courage    Next: Friendship
""")

dd("quote-pair", """
Daily Sentence ({D:每日一句}) - bilingual lines for reading practice

{D:生活不是等待风暴过去,而是学会在雨中跳舞。}
Life isn't about waiting for the storm to pass,it's about learning to dance in the rain.

{D:你若盛开,蝴蝶自来。}
If you bloom, the butterflies will come by themselves.

{D:世上无难事,只怕有心人。}
Nothing in the world is difficult for one who sets his mind to it.

{D:读书破万卷,下笔如有神。}
Read ten thousand books and your pen will move as if guided by a spirit.
"Reading is to the mind what exercise is to the body."
A reader lives a thousand lives before he dies. The man who never reads lives only one.

{D:机会总是留给有准备的人。}
Chance favours only the prepared mind.

{D:时间就像海绵里的水,只要愿挤,总还是有的。}
Time is like water in a sponge: squeeze and there is always some more.

Posted by admin on 2021-05-11  | Category: Inspirational  | 3 comments
Tags: {D:励志}, english quotes, study
Leave a comment
Your email address will not be published. Required fields are marked *
""")

dd("bilingual-speech", """
{D:双语宣讲|外国语学院“青年说”第七期 宣讲人:翻译2301班李思雨}

{D:青年一代有理想、有本领、有担当,国家就有前途,民族就有希望。新时代的青年生逢其时,也重任在肩。我们要把个人的成长同祖国的发展紧密结合起来,在学习中增长本领,在实践中磨炼意志,让青春在奋斗中绽放光彩。}

When the younger generation has ideals,ability and a strong sense of responsibility,the country will have a bright future and the nation will be full ofhope. Young people in the new era are born at the right time, and they alsoshoulder heavy duties.We should closely combine our personal growth with thedevelopment of the motherland,improve our abilities through study,temper our will through practice,and let our youth shine in hard work.

{D:作为外语学子,我们更要讲好中国故事,传播好中国声音。语言是沟通的桥梁,我们要用世界听得懂的方式,介绍一个真实、立体、全面的中国。}

As foreign language students,we have a special task to tell China's storieswell and make China's voice heard. Language is a bridge of communication.We should present a true, multi-dimensional and panoramic view of China in away that the world can understand. lt is not only a skill but also aresponsibility that we carry into every classroom and every exchange.

Editor: Wang Lu    Reviewer: Zhao Min
""")

dd("bilingual-speech", """
President's New Year Address 2024 | {D:校长新年致辞}

{D:老师们、同学们、校友们:}
Dear faculty members,students and alumni,

{D:岁序更替,华章日新。值此新年到来之际,我谨代表学校,向全体师生员工和海内外校友致以新年的美好祝福!}

As the old year gives way to the new,I would like to extend,on behalf of theuniversity,my best wishes to all our teachers,students,staff and alumni athome and abroad.

{D:过去的一年,我们迎来了建校七十周年。七十年来,一代代学人扎根边疆、潜心育人,为国家和地方培养了二十余万名优秀人才。}

The past year saw the 70th anniversary of our founding.For seventy years,generations of scholars have stayed in the border region and devotedthemselves to teaching, sending more than 200,000 graduates to serve thecountry and the province.

{D:新的一年,让我们携手并进,以更加昂扬的姿态,书写学校高质量发展的新篇章。}

In the coming year let us work side by side, and with even greater spirit writea new chapter in the high-quality development of our university. I wish you all good health and every success in 2024!
""")

dd("transcript-alternating", """
{D:英语新闻︱}China's high-speed rail network tops 45,000 km
China's high-speed railway network has exceeded 45,000 kilometers in length, the national railway operator said on Tuesday, covering more than 95 percent of cities with a population of over 500,000.
{D:中国国家铁路集团有限公司周二表示,全国高铁营业里程已突破4.5万公里,覆盖95%以上的50万人口以上城市。}
The operator said that several new lines would open before the Spring Festival travel rush, which is expected to see record passenger numbers this year.
{D:国铁集团表示,春运前将有多条新线开通运营,预计今年春运客流将创历史新高。}
Experts say the expanding network has shortened travel times between major economic regions and boosted tourism in smaller cities along the routes.
{D:专家表示,不断延伸的高铁网络缩短了主要经济区之间的通行时间,也带动了沿线中小城市的旅游业发展。}
Ticket sales have also moved almost entirely online, with more than 90 percent of tickets now bought through the official app or website.
{D:目前,超过九成的火车票通过官方应用程序或网站售出。}
Vocabulary
operator {D:运营方}
travel rush {D:出行高峰}
{D:来源:中国日报}  Listen 03:42
""")

dd("transcript-alternating", """
Episode 112 | Morning News English {D:早安英文}
Beijing will plant more than 16 million trees this year as part of its push to build a greener capital, the city's forestry authority announced on Sunday.
{D:北京市园林绿化局周日宣布,今年全市将植树1600多万株,助力建设绿色首都。}
Most of the new trees will be planted along rivers and in parks on the outskirts, where large green belts are being created to absorb dust and reduce noise.
{D:新增树木大部分将种植在河道两侧和郊区公园,这些地方正在建设大型绿化带,用于吸附扬尘、降低噪音。}
Officials said residents are welcome to join volunteer planting events in April, and can sign up through a mobile app.
{D:相关负责人表示,欢迎市民四月参加义务植树活动,可通过手机应用报名。}
The city's forest coverage rate reached 44.9 percent last year, up from around 30 percent two decades ago.
{D:去年全市森林覆盖率达到44.9%,二十年前这一数字约为30%。}
Key words: forest coverage {D:森林覆盖率}; green belt {D:绿化带}
Subscribe  · 23,408 plays  · Download the app
""")

dd("chinadaily-bilingual", """
Home / Culture / {D:双语新闻}


({D:中国日报网}) Updated: 2019-10-21 09:42 Comments

{D:第二届中国国际茶文化节于10月18日在杭州开幕,来自30多个国家和地区的茶商、学者和爱好者齐聚西湖畔。}

The second China International Tea Culture Festival opened in Hangzhou on Friday, bringing together tea traders, scholars and fans from more than 30 countries and regions.


Visitors could taste Longjing green tea picked in the hills around West Lake, watch masters demonstrate the Song Dynasty art of whisked tea, and buy pottery from Yixing.

{D:组委会介绍,本届茶文化节为期五天,共设置展览、论坛、品鉴和非遗展示等十余项活动。}

The five-day event includes more than ten activities, among them exhibitions, forums, tastings and displays of intangible cultural heritage, organizers said.


A British tea merchant who has visited the city every spring for a decade said he was struck by how young the crowds were this year.

{D:“茶不只是饮品,更是一种生活方式。”他说。}

"Tea is not only a drink here, it is a way of living," he said.


Organized by the municipal government and China Daily, the festival will be followed by a tea trade fair in Shanghai next month.


{D:责任编辑:刘洋}
""")

dd("chinadaily-bilingual", """
Home / China / {D:最新稿件}

({D:中国日报网}) Updated: 2022-06-02 16:20

Giant pandas Ding Ding and Xiao Qi Ji: a bilingual report

{D:6月1日,在北京动物园,一只大熊猫在户外活动场地享用新鲜竹笋。当天是国际儿童节,不少家长带着孩子前来观看。}

A giant panda enjoys fresh bamboo shoots in its outdoor enclosure at Beijing Zoo on June 1. Many parents brought their children to see the pandas on International Children's Day.

{D:据动物园工作人员介绍,夏季来临后,园方为大熊猫准备了冰块和空调房,确保它们安全度夏。}

With summer arriving, keepers have prepared blocks of ice and air-conditioned rooms so the animals stay cool, staff said.

Wild panda numbers in China have risen to about 1,860, according to the most recent national survey, and the species was downgraded from "endangered" to "vulnerable" in 2016.

{D:根据最新一次全国调查,我国野生大熊猫数量已增至约1860只。}

Photo: Wei Xiaohao / China Daily

Related: {D:大熊猫“丫丫”回国} | Panda diplomacy through the decades | Chengdu research base expands
""")

dd("term-gloss", """
A beginner's guide to cultivation novel vocabulary

If you've picked up your first xianxia novel in translation, you'll quickly notice that certain words never get translated at all. Translators leave them in pinyin, or in the original characters, because no English word carries the same weight. Here are the ones you will meet most often.

"{D:师尊}" (shizun) is a respectful term for one's master in a sect. It is warmer than "teacher" and stiffer than "dad", and a lot of fan arguments come down to how it should be rendered. Some translators use "Master", others keep "Shizun" and explain it once in a footnote.

"{D:师兄}" (shixiong) and "{D:师妹}" (shimei) mean senior martial brother and junior martial sister. The order of entry into the sect decides who is senior, not age, which is why a child can be shixiong to a grown man.

"{D:金丹}" (jindan), the golden core, is the stage after foundation establishment. When a character "forms a core", this is what the text means.

"{D:道侣}" (daolü) is a cultivation partner, usually a spouse. MTL often turns it into "Taoist companion", which is technically right and sounds very odd.

Finally, "{D:前辈}" (qianbei) is an honorific for any senior person. Raw machine translation sometimes renders it as "predecessor", so a young hero ends up respectfully bowing to his "predecessor" while the old man is still very much alive.

Next week: sect ranks and what an "outer disciple" actually does.
""")

dd("term-gloss", """
Why your MTL keeps swapping he and she

One of the most common complaints from readers of machine-translated Chinese fiction is that characters change gender mid-paragraph. The cause is simple: in spoken Mandarin, "{D:他}" (he), "{D:她}" (she) and "{D:它}" (it) are all pronounced ta, and even in writing, older texts and some authors use {D:他} for everyone.

A statistical translator reads each sentence more or less on its own, so when the subject has been dropped for three sentences it guesses. It often guesses "she" after a female side character has been mentioned,even if the scene is about the male lead.

A second trap is "{D:人家}" (renjia), literally "other people", which a speaker can use coyly to mean "me". Translated literally, a shy heroine says "other people are not happy" when she means "I'm upset".

Third, titles: "{D:公子}" (gongzi, young master), "{D:姑娘}" (guniang, miss) and "{D:大人}" (daren, your excellency) get flattened to "sir" or "lady", losing who outranks whom.

None of this means MTL is useless. It means you should read it with the pronoun problem in mind, and check a fan glossary when a scene suddenly stops making sense.

Comments (14)
""")

dd("novel-title", """
You are on page 3 of 412

The Wandering Sword ({D:江湖夜雨}) - Volume One

by Lan Yinshan
 

Translator's note: chapter titles follow the original where possible. The author's note at the end of each chapter is left out.

Chapter 3. The Ferry at Dusk

The river had swollen with three days of rain, and the ferryman refused to cross.

Shen Qing sat on the steps of the small temple by the landing, his sword wrapped in oilcloth across his knees, and watched the brown water


roll past. A dead branch turned over and over in the current, surfacing and sinking like a drowning man who had not yet given up.

"Young master," the ferryman said at last, squatting beside him, "no coin in the world will buy you a safe crossing tonight. Tomorrow, if the sky clears."

"Tomorrow is too late," Shen Qing said.

The old man looked at the sword, then at his face, and seemed to decide that asking why would not be good for his health.

Behind them, the temple bell rang once. The monk who kept it had died in the spring, and nobody had been sent to replace him; it was only the wind.

Shen Qing stood. Across the water, on the far bank, a single lantern had been lit where no house stood.
""")

dd("novel-title", """
Fangirling Danmei

Heaven's Edge Tea House ({D:天涯茶馆}) - Mo Xiaoyu (Chapter 11)



Sorry for the late update, exams ate my whole month! This chapter is a bit short but the next one is already half done. Thank you to everyone who left comments, I read all of them:)

Chapter 11: The Second Cup (translated by lotusroot, edited by kiwi)

The tea house opened at the hour of the snake, as it always did.

Lu Ming wiped the counter twice, though it was already clean, and pretended not to watch the door.

"He's not coming," said Auntie Zhou, without looking up from her abacus. "Stop polishing the wood, you'll wear a hole in it."

"I'm not waiting for anyone."

"Of course not." The beads clicked. "That's why you've brewed two cups."

Lu Ming looked down. There were, indeed, two cups on the tray, steam curling from both, the pale green of spring Longjing. He had no memory of pouring the second.

Outside the window the street vendors were setting up their stalls. A boy ran past with a string of sugar haws, shouting for his sister.

The bell over the door rang.

Previous Chapter | Table of Contents | Next Chapter
Original novel: {D:《天涯茶馆》} by {D:墨小鱼}, serialized on JJWXC
""")

dd("festival-author", """
Tomorrow is {D:中秋}, the Mid-Autumn Festival, and my grandmother has been making mooncakes since Tuesday. The whole flat smells of lotus paste and salted egg yolk and she won't let anyone touch the oven.

When I was small she used to tell me the story of Chang'e, who drank the elixir and floated to the moon, and every year I would stand on the balcony and squint, trying to see her and the jade rabbit. I never did, but I still look.

This year my cousins can't fly back, so it will only be four of us at the table. Grandma says it doesn't matter, the moon is the same moon wherever they are. I think she says it mostly for herself.

I wrote a short poem for her, which I'm putting here so I don't lose it:

{D:月是故乡明} by {D:小林}

The moon is brighter over home,
or maybe it is only that
at home I have the time to look.

Happy Mid-Autumn Festival to everyone reading this,wherever you are. Eat one mooncake for me,I have already had three.
""")

dd("festival-author", """
Review: "Spring Festival Eve" - a short story collection

I picked up this collection on a whim at the airport, mostly because of the cover, a red lantern hanging over a snowy courtyard. It turned out to be one of the best things I read this year.

The title story follows a family in a small town in Shanxi on {D:除夕}, the last night of the lunar year. The father, a bus driver, is stuck on the road in a snowstorm and the rest of the family wait for him with the dumplings going cold. Nothing much happens, and yet by the end I was in tears.

The author, {D:刘一舟} (Liu Yizhou), grew up in the region and it shows: the details of the {D:年夜饭}, the reunion dinner, the way the children are sent to paste couplets on the gate, the arguments over whether to watch the Gala, all ring true without ever becoming a tourist brochure.

Not every story works. The one set during {D:端午}, the Dragon Boat Festival, felt rushed, and the translator sometimes leans too hard on footnotes. But for anyone curious about ordinary Chinese family life it is a gentle, funny, sad book.

Rating: 4/5
Tags: short stories, translated fiction, China
""")

dd("keywords-block", """
Abstract: Based on panel data for 285 prefecture-level cities from 2011 to 2020,this paper examines the effect of digital finance on the entrepreneurial activity of rural residents.The results show that digital finance significantly promotes rural entrepreneurship,and the effect is stronger in central and western regions and in cities with lower levels of traditional financial development.Mechanism analysis indicates that digital finance works mainly by easing credit constraints and improving access to information.Further analysis finds a threshold effect:once the coverage of digital finance exceeds a certain level,the marginal effect weakens.The conclusions provide a reference for improving rural financial services and promoting common prosperity.
{D:关键词}
{D:数字金融/农村创业/信贷约束/门槛效应}
Key words
digital finance/rural entrepreneurship/credit constraints/threshold effect
About the author
Zhang Hui (1988-),male,born in Henan,lecturer,PhD,research interest:rural finance.
Fund project: National Social Science Fund of China (21BJY123)
DOI: 10.13546/j.cnki.tjyjc.2023.08.021
Cite this article
Download PDF    Export citation    Email alert
""")

dd("keywords-block", """
Study on the seismic performance of prefabricated concrete frame joints with grouted sleeves

WANG Tao1,LI Jiaxin2,ZHOU Peng1

(1.School of Civil Engineering,Xi'an University of Architecture and Technology,Xi'an 710055,China;2.China Northwest Architecture Design and Research Institute,Xi'an 710018,China)

Abstract:To study the seismic behaviour of beam-column joints in prefabricated concrete frames,six full-scale specimens were tested under low cyclic loading,including two cast-in-place joints for comparison.The failure modes,hysteresis curves,skeleton curves,stiffness degradation and energy dissipation were analysed.Results show that the prefabricated joints have a failure mode similar to cast-in-place joints,with plump hysteresis loops and good ductility,and the equivalent viscous damping coefficient differs by less than 8%.A simplified restoring force model is proposed,which agrees well with the test results.
{D:关键词}
{D:装配式混凝土/套筒灌浆/框架节点/抗震性能/恢复力模型}
Key words
prefabricated concrete/grouted sleeve/frame joint/seismic performance/restoring force model
CLC number:TU375.4   Document code:A   Article ID:1006-7930(2022)03-0345-09
Received date:2021-11-02
""")

dd("infobox-names", """
Zhang Heng
From Wikipedia, the free encyclopedia

Zhang Heng
{D:張衡}
Born	78 AD, Nanyang, Henan
Died	139 AD (aged 61), Luoyang
Occupation	Astronomer, mathematician, inventor, poet
Chinese name
Traditional Chinese	{D:張衡}
Simplified Chinese	{D:张衡}
Transcriptions
Hanyu Pinyin	Zhāng Héng
Wade-Giles	Chang Heng
Courtesy name	Pingzi ({D:平子})

Zhang Heng was a Chinese polymath who lived during the Eastern Han dynasty. Educated in the capital cities of Luoyang and Chang'an, he achieved success as an astronomer, mathematician, engineer, geographer, cartographer and poet.

He is best known for inventing a seismoscope, an instrument that was said to register the direction of distant earthquakes, and for improving the armillary sphere by powering it with water. He also wrote rhapsodies such as the "Rhapsody on the Two Capitals" ({D:二京賦}), which describe life in the Han cities in great detail.

Contents
1 Life
2 Scientific work
3 Literary works
4 Legacy
""")

dd("infobox-names", """
Meet the team | Research Group of Prof. Chen

Principal Investigator
Chen Wenhua {D:陈文华}
Professor, School of Chemistry and Chemical Engineering
Email: chenwh@example.edu.cn    Office: Room 512, Building B

Dr. Chen received her PhD from the University of Manchester in 2009 and joined the school in 2012. Her group works on porous materials for gas separation and on catalysts for converting carbon dioxide into useful chemicals.

Postdoctoral researchers
Liu Yang {D:刘洋}  - metal-organic frameworks
Sun Mei {D:孙梅}  - in situ spectroscopy

PhD students
Wang Zhiqiang {D:王志强} (2020)
He Jiayi {D:何佳怡} (2021)
Ma Rui {D:马锐} (2022)

Master's students
Zhao Xin {D:赵欣}, Tang Hao {D:唐浩}, Lin Xiaoxiao {D:林潇潇}

Alumni
Guo Feng {D:郭峰} (PhD 2019), now associate professor at Sichuan University
Xu Ting {D:徐婷} (MSc 2020), now at BASF Shanghai

We are always looking for motivated students. Prospective applicants should send a CV and a short statement of interest.

Last updated: 2023-09-01
""")

dd("language-switch", """
{D:中文} | English | {D:日本語}
Home  About Us  Products  News  Contact

About Us

Founded in 1998, Jiangsu Hengtai Valve Co., Ltd. is a manufacturer of industrial valves located in Wuxi, close to Shanghai port. The company covers an area of 60,000 square meters and has more than 450 employees, including 80 engineers and technicians.

Our main products are gate valves, globe valves, check valves, ball valves and butterfly valves, made from cast steel, stainless steel and duplex steel, with sizes from 1/2" to 48". They are widely used in oil and gas, chemical, power and water treatment projects.

The company has passed ISO 9001, API 6D and CE certification, and our products are exported to more than 40 countries and regions, including the USA, Germany, the UAE and Brazil.

We believe that quality is the life of an enterprise. Every valve is pressure-tested before leaving the factory, and every order can be traced back to the original heat number of the casting.

Welcome friends from all over the world to visit our factory and establish long-term cooperation with us!

Copyright © 2023 Jiangsu Hengtai Valve Co., Ltd.  All rights reserved.  {D:苏ICP备12034567号-1}
""")

dd("language-switch", """
Skip to main content
Language: English | {D:简体中文} | {D:繁體中文}

Visit Guangzhou / Things to do / Museums

Guangdong Museum

The Guangdong Museum stands on the Pearl River New Town central axis, opposite the Canton Tower. Its black-and-red building, often compared to a lacquered treasure box, opened in 2010 and holds more than 160,000 objects.

Highlights include a hall of Chaozhou woodcarving, a large collection of Duan inkstones, and a natural history gallery with dinosaur eggs found in the province.

Opening hours: Tuesday-Sunday 9:00-17:00 (last entry 16:00). Closed on Mondays except public holidays.
Admission: free, but visitors must book a time slot online with a passport or ID card.
Getting there: Metro Line 3 or APM Line, Canton Tower Station, Exit B.

Tip: the museum café on the fourth floor has a good view of the river and is much quieter than the ones downstairs.

Nearby: Guangzhou Opera House, Huacheng Square, Haixinsha Island

Share:  WeChat  Weibo  Facebook
{D:粤ICP备05012345号}   {D:粤公网安备 44010402001234号}
""")

dd("licence-footer", """
Notes on running a small Mandarin reading group

We started meeting in a library basement in 2019: six people, one kettle, and a photocopied short story none of us could finish. Five years later there are about twenty regulars and we have read eleven novels together.

What worked for us:

1. Pick texts slightly above the group's level, not far above. A graded reader for the first year, then short stories, then novels with a glossary.
2. Read aloud. Everyone's pronunciation improved faster than in any class, because you hear your own mistakes.
3. Assign one person each week to prepare ten words and a question. Rotate it so nobody burns out.
4. Don't translate everything. Summarize a paragraph in English only when the group is stuck.
5. Bring snacks. This is not optional.

What didn't work: online meetings during the lockdown. We tried, and attendance halved within a month.

If you want the reading list, it's in the sidebar. Comments are open below.

Posted in Learning, Reading | 9 Comments
----
This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.
{D:本作品采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可。}
Theme by Anders Noren.
""")

dd("licence-footer", """
Open Dataset: Hourly Air Quality Readings, Chengdu Stations (2015-2022)

Description
This dataset contains hourly readings of PM2.5, PM10, NO2, SO2, CO and O3 from 12 monitoring stations in Chengdu, collected from public releases and cleaned by our lab. Missing values are marked as NA; no interpolation has been applied.

Files
- stations.csv: station id, name, latitude, longitude, elevation
- readings_2015_2018.csv.gz (214 MB)
- readings_2019_2022.csv.gz (236 MB)
- README.md: column definitions and known issues

Known issues
Station 1437A was relocated in 2018; readings before and after are not directly comparable. Some CO values in 2016 are recorded in the wrong unit (mg instead of µg), flagged in the column qc_flag.

How to cite
Li, J. et al. (2023). Hourly air quality readings, Chengdu stations, 2015-2022 [Data set]. doi:10.5281/zenodo.0000000

License
Creative Commons Attribution 4.0 International (CC BY 4.0)
{D:知识共享 署名 4.0 国际 许可协议}
You are free to share and adapt the data for any purpose, provided you give appropriate credit.

Contact: open-data@example.org
""")

dd("bilingual-terms", """
Hostel House Rules ({D:住宿须知})

  • Check-in is from 14:00, check-out before 12:00.
    ({D:入住时间为14:00以后,退房时间为12:00以前。})
  • Please show your passport or ID card at the front desk.
    ({D:请在前台出示护照或身份证。})
  • Quiet hours are from 23:00 to 7:00. Please respect other guests.
    ({D:23:00至7:00为安静时间,请尊重其他住客。})
  • Smoking is not allowed anywhere inside the building.
    ({D:楼内任何区域禁止吸烟。})
  • Lockers are free of charge; bring your own padlock or buy one at reception.
    ({D:储物柜免费使用,请自备挂锁或在前台购买。})
  • The kitchen is open 7:00-22:00. Please wash and put away your dishes.
    ({D:厨房开放时间为7:00-22:00,用后请清洗餐具并放回原处。})
  • Visitors are not allowed in the dormitories.
    ({D:访客不得进入宿舍区。})
  • Lost key card: 50 yuan.
    ({D:遗失房卡需赔偿50元。})
  • Laundry machines are on the 2nd floor. Washing 10 yuan, drying 10 yuan.
    ({D:洗衣机位于二楼,洗衣10元,烘干10元。})
  • Pets are not allowed.
    ({D:谢绝携带宠物入住。})

Thank you and enjoy your stay in Chengdu!
({D:祝您在成都旅途愉快!})
""")

dd("bilingual-terms", """
Menu | Sichuan Home Kitchen

Cold dishes
Mouthwatering chicken ({D:口水鸡}) - poached chicken in chili oil and Sichuan pepper    38
Smashed cucumber ({D:拍黄瓜}) with garlic and vinegar    18
Husband and wife beef slices ({D:夫妻肺片})    42

Hot dishes
Mapo tofu ({D:麻婆豆腐}) - soft tofu, minced beef, fermented bean paste    32
Kung pao chicken ({D:宫保鸡丁}) with peanuts    45
Twice-cooked pork ({D:回锅肉}) with leeks    48
Fish-fragrant eggplant ({D:鱼香茄子}) - no fish, we promise    30
Water-boiled fish ({D:水煮鱼}), very spicy    88
Dry-fried green beans ({D:干煸四季豆})    28

Noodles & rice
Dan dan noodles ({D:担担面})    22
Egg fried rice ({D:蛋炒饭})    18

Drinks
Jasmine tea (pot)    15
Herbal tea ({D:王老吉})    8

Spice level: mild / medium / Sichuan. Please tell our staff about any allergies.
All prices in RMB, service included. We accept WeChat Pay, Alipay and cards.
""")

dd("poem-translation", """
Tang Poems in English | Week 6

Climbing Stork Tower
Wang Zhihuan (688-742)

{D:登鹳雀楼}
{D:白日依山尽,}
{D:黄河入海流。}
{D:欲穷千里目,}
{D:更上一层楼。}

The white sun sinks behind the hills,
The Yellow River runs into the sea.
If you would see a thousand miles further,
Climb one more storey of the tower.

Notes: the Stork Tower stood in what is now Yongji, Shanxi, on the bank of the Yellow River. The last two lines have become a saying in Chinese: to "go up one more floor" means to try to reach a higher level, in study or in work. Our translation keeps the four-line shape but not the rhyme; rhyming versions exist, but they usually have to add words the poet never wrote.

Discussion question: the poem names no person and no feeling. Where do you find the poet in it?

Next week: Li Bai, "Quiet Night Thoughts" ({D:静夜思})
Previous week: Meng Haoran, "Spring Dawn" ({D:春晓})
""")

dd("bilingual-speech", """
Opening remarks at the 2023 Sino-German Vocational Education Forum

{D:尊敬的各位来宾,女士们、先生们:}

{D:大家上午好!金秋十月,很高兴与大家相聚在美丽的青岛,共同探讨职业教育合作的新机遇。}

Distinguished guests,ladies and gentlemen,good morning!It is a greatpleasure to meet you in beautiful Qingdao in this golden autumn todiscuss new opportunities for cooperation in vocational education.

{D:近年来,中德两国在职业教育领域的合作不断深化,已有四十余所院校建立了伙伴关系,培养了大批高素质技术技能人才。}

In recent years, cooperation between China and Germany in vocationaleducation has kept deepening. More than forty institutions havebecome partners and together they have trained a great number ofhighly skilled technicians.

{D:希望本次论坛能够搭建更加广阔的交流平台,推动双方在标准互认、师资培训和学生交流等方面取得新成果。}

I hope this forum will build a broader platform for exchange and bringnew results in the mutual recognition of standards, teacher trainingand student exchanges. I wish the forum a complete success.Thank you!
""")

dd("transcript-alternating", """
CGTN Learning | Slow News in English and Chinese
Scientists in Yunnan have identified a new species of frog living in the limestone caves of the province's southeast, according to a study published this month.
{D:据本月发表的一项研究,云南科研人员在该省东南部的石灰岩洞穴中发现了一个蛙类新物种。}
The frog is pale, almost translucent, and only about three centimeters long. Researchers believe it has adapted to life in darkness over thousands of years.
{D:这种蛙体色苍白,近乎半透明,体长仅约3厘米。研究人员认为,它在数千年间逐渐适应了黑暗环境。}
The team named it after the cave where it was first found, and said more surveys are needed to understand how many remain in the wild.
{D:研究团队以首次发现它的洞穴为其命名,并表示还需要开展更多调查,以了解其野外种群数量。}
Yunnan is home to more than half of China's amphibian species, making it one of the richest regions for biodiversity in the country.
{D:云南拥有全国一半以上的两栖动物物种,是我国生物多样性最丰富的地区之一。}
Words to learn: translucent {D:半透明的}; species {D:物种}; amphibian {D:两栖动物}
""")

dd("chinadaily-bilingual", """
Home / Lifestyle / {D:双语}

Why young Chinese are falling in love with hiking
By Zhang Wen | chinadaily.com.cn | Updated: 2023-04-14 10:31

{D:周末清晨,北京香山脚下的停车场早早就停满了车。越来越多的年轻人背上背包,走进山野。}

On weekend mornings, the car park at the foot of Fragrant Hills in Beijing fills up early. More and more young people are putting on backpacks and heading into the mountains.

For many office workers, hiking has become an affordable escape from long hours in front of screens. Outdoor shops report that sales of trekking poles and waterproof jackets have doubled since last year.

{D:“在山上,手机信号不好,反而让人放松。”28岁的程序员小王说。}

"Up in the hills the phone signal is bad, and that actually helps you relax," said Wang, a 28-year-old programmer.

Local authorities have responded by marking new trails and adding rubbish bins, while volunteers organize "clean mountain" days to pick up litter left by visitors.

{D:不过,专家提醒,户外徒步需量力而行,切勿擅自进入未开发区域。}

Experts warn, however, that hikers should know their limits and never enter undeveloped areas on their own.

[Editor: Li Na]
""")

dd("artwork-caption", """
Exhibition: Ink and Light - Contemporary Chinese Calligraphy
Gallery 4, until 30 June

Room 1: The Written Word

1. Xu Bing, "Book from the Sky" (detail), 1987-1991
Woodblock-printed characters that look Chinese but are all invented; no one can read them, including the artist.

2. Wang Dongling, "{D:道}" (The Way), 2015
Ink on paper, 180 x 97 cm
A single character written with a mop-sized brush in one continuous motion. The artist often performs such works in public.

3. Anonymous (Qing dynasty), couplet
"{D:海纳百川 有容乃大}"
The sea takes in a hundred rivers; greatness comes from tolerance.
Ink on gold-flecked paper, pair of hanging scrolls

4. Qiu Zhijie, "Map of Ink", 2012
Hand-drawn map in which every island is named after a brush technique.

Visitors are reminded that flash photography is not allowed in this room. Audio guides are available in English, Chinese and French at the entrance desk.

Room 2: Brush and Body  >
""")

dd("term-gloss", """
Tea Glossary for Beginners

Walk into any tea shop in Hangzhou or Fuzhou and the labels can be overwhelming. Here are the categories you'll see most, with the characters printed on the tins so you can recognise them.

Green tea ({D:绿茶}): unoxidised, pan-fired or steamed. Longjing ({D:龙井}) from Hangzhou is the most famous; brew it at about 80°C, never with boiling water.

White tea ({D:白茶}): the least processed. Silver Needle ({D:白毫银针}) uses only the buds and tastes faintly of honey.

Oolong ({D:乌龙}): partly oxidised, anywhere from nearly green to nearly black. Tieguanyin ({D:铁观音}) and the rock teas of the Wuyi mountains belong here.

Black tea, which in Chinese is called "red tea" ({D:红茶}) because of the colour of the liquor. Keemun and Dianhong are the best-known.

Dark tea ({D:黑茶}), including Pu'er ({D:普洱}), is fermented after processing and often pressed into cakes that improve with age.

A tip: when the shopkeeper offers a tasting, it is polite to accept, and perfectly fine to leave without buying.
""")


# ---------------------------------------------------------------- half-translated
ll("univ-news-mirror", """
Wang Jun, Secretary of the Party Committee of the Beijing Institute of Technology, attended the school's summer work conference


WechatIMG128_ Copy.jpg

{L:为深入学习贯彻习近平总书记关于教育的重要论述和全国教育大会精神},From July 8 to 9,The Beijing Institute of Technology held the 2024 summer work conference in Liangxiang Campus,Focus on the theme of "reform to promote development, innovation to lead the future",We will summarize the work in the first half of the year and plan key tasks for the next stage。All school leaders, principal persons in charge of colleges and functional departments attended the meeting。

Wang Jun pointed out,{L:要坚持以习近平新时代中国特色社会主义思想为指导,全面落实立德树人根本任务},Firmly grasp the political direction of running the school,We will accelerate the construction of a world-class university with Chinese characteristics,Strive to make new and greater contributions to building a strong country in education。

The meeting emphasized,It is necessary to focus on talent training, discipline construction and scientific research,Deepen the reform of the evaluation system,Improve the quality of graduate education,We will do a good job in the enrollment and employment of graduates this year。{L:会议要求,各单位要提高政治站位,压实工作责任,确保各项任务落地见效。}

In the afternoon, the participants were divided into six groups for discussion,Around the "15th Five-Year Plan" preparation, Zhuhai campus construction and other topics put forward opinions and suggestions。President Long Teng made a summary speech。

(Editor: Zhang Lin  Reviewer: Liu Yuan)
""")

ll("univ-news-mirror", """
The Party Committee of the School held a theoretical learning center group study meeting


A copy of the 8f2c91a7d0b34e6ab2e1f94c33d7a0e5_.jpg

On the afternoon of March 26,The Party Committee of the university held a theoretical study center group (expanded) study meeting,Special study of the spirit of the National Two Sessions。Party Secretary Zhang Jun presided over the meeting and delivered a speech。

{L:会上},Vice President Wang Bo led the learning of the government work report,Li Dehuang, member of the Standing Committee of the Party Committee, made a special counseling report on the theme of "new quality productivity"。

Zhang Jun stressed,The whole school should regard studying and implementing the spirit of the National Two Sessions as an important political task at present,{L:深刻领悟“两个确立”的决定性意义,增强“四个意识”、坚定“四个自信”、做到“两个维护”},In-depth study and discussion in combination with the actual work of the school,We will translate learning results into concrete actions to promote high-quality development。

He demands,We should focus on the major needs of the country,Give full play to the advantages of national defense science and technology,Do a solid job in the application of major projects,Actively serve the development of new quality productivity。{L:习近平总书记强调,科技创新是发展新质生产力的核心要素。}We should take the initiative to connect with the national strategy,Strengthen organized scientific research,Strive to make new breakthroughs in key core technologies。

Members of the Party Committee Standing Committee, members of the theoretical study center group, and the principal persons in charge of relevant departments attended the meeting。
""")

ll("univ-news-mirror", """
The School of Mechanical Engineering held a graduation ceremony for the class of 2024


{L:图为毕业典礼现场}

On the morning of June 28,The 2024 graduation ceremony and degree awarding ceremony of the School of Mechanical Engineering was held in the Central Hall of the Sports Center,More than 1,200 graduates, parents and teachers attended the ceremony together。The ceremony was presided over by Liu Haiyan, deputy secretary of the Party Committee of the college。

The ceremony began with the solemn national anthem。Dean Chen Hong read the list of outstanding graduates,And extended warm congratulations to the graduates on their successful completion of their studies。He hoped that the students would keep in mind the school motto "virtue, erudition, practice",{L:把个人理想融入党和国家事业},Go to the places where the motherland needs it most,Make achievements in the great practice of building a strong country。

Teacher representative Professor Zhou Wei,{L:以“做有温度的工程师”为题},Shared his thoughts with the graduates,Encouraged everyone to keep curiosity and sense of responsibility in their future work。Graduate representative Li Xiaotong recalled the four years of study life,Thanked the teachers for their careful cultivation。

Subsequently,The college leaders awarded the degree certificate to the graduates one by one and turned the tassel for them。{L:典礼在校歌声中圆满结束。}

{L:文字:宣传部  图片:王浩  编辑:李梅}
""")

ll("univ-news-mirror", """
Vice Minister of Education visited our school to investigate the work of ideological and political courses


AL4Z9012.JPG

On the afternoon of November 14,Vice Minister of Education Huai Jinpeng visited the Beijing Institute of Technology,Investigation of ideological and political courses in colleges and universities。Party Secretary Zhao Changlu, President Long Teng accompanied the investigation。

Huai Jinpeng listened to a lesson of "Introduction to Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era" in the Teaching Building,Talk cordially with teachers and students after class,Learn more about the course design, teaching method innovation and student learning feelings。

In the discussion,Huai Jinpeng fully affirmed the work of the school,He points out,{L:思政课是落实立德树人根本任务的关键课程},{L:要推动党的创新理论进教材、进课堂、进头脑},We should give full play to the unique advantages of the "red education road",Make ideological and political courses more attractive and appealing。

Zhao Changlu said,The school will take this investigation as an opportunity,Further strengthen the construction of teachers of ideological and political courses,{L:深化“大思政课”建设},We will strive to create a number of high-quality courses that students really like and benefit from for life。

Relevant officials of the Department of Social Sciences of the Ministry of Education, the school's Publicity Department, the School of Marxism and other units attended the investigation。

{L:上一篇}:The school held the opening ceremony of the 2024 autumn semester
{L:下一篇}:Professor Wang Yue was elected as an academician of the Chinese Academy of Engineering
""")

ll("univ-news-mirror", """
The Beijing Institute of Technology and Tangshan Municipal People's Government signed a strategic cooperation agreement


{L:新闻网讯(通讯员 张磊)}On May 9,The signing ceremony of the strategic cooperation agreement between Beijing Institute of Technology and Tangshan Municipal People's Government was held in the Zhongguancun campus。Wu Shuyuan, Secretary of the Tangshan Municipal Party Committee,Party Secretary Zhang Jun attended the ceremony and delivered a speech。

Zhang Jun introduced the basic situation of the school and the achievements of the school in serving the coordinated development of Beijing, Tianjin and Hebei。He said,Tangshan is an important industrial city in Hebei Province,{L:双方合作基础深厚、前景广阔}。It is hoped that the two sides will take the signing of this agreement as a new starting point,In intelligent manufacturing, new energy, new materials and other fields to carry out in-depth cooperation,Jointly build a high-level innovation platform。

Wu Shuyuan expressed,Tangshan is in a critical period of transformation and upgrading,Urgently need high-level talents and scientific and technological support。{L:唐山市将全力做好服务保障,推动合作项目早落地、早见效。}

Under the witness of the leaders of both sides,Vice President Wang Bo and Vice Mayor of Tangshan signed the agreement on behalf of both parties。

Before the signing,The delegation visited the school history museum and the national key laboratory of explosion science and safety protection。

{L:来源}:{L:党委宣传部}  {L:浏览次数}:1024
""")

ll("univ-news-mirror", """
The school held a warning education conference on building a clean and honest party style


On the afternoon of April 17,The school held a 2024 warning education conference on Party conduct and clean government,Party Secretary Zhang Jun attended and gave a lecture on integrity。{L:校党委常委、纪委书记王晓锋主持会议}。

The meeting notified a number of typical cases of violations of discipline and law in the education system,Watched the warning education film "Keep the bottom line"。Zhang Jun stressed,The majority of party members and cadres should take the case as a mirror,{L:深刻汲取教训,做到知敬畏、存戒惧、守底线},Strictly abide by the central eight provisions and their implementation rules,We will resolutely resist the "four winds" problem。

He points out,{L:全面从严治党永远在路上},The school Party committee will shoulder the main responsibility,Discipline inspection commission to perform the supervision responsibility,Strengthen the supervision of key areas such as enrollment, infrastructure, procurement and scientific research funds,Build a strong ideological dam against corruption and change。

{L:会议以视频形式开到各二级党组织。}Members of the school leadership,All middle-level cadres,Heads of key posts,About 600 people attended the meeting at the main and branch venues。

{L:供稿:纪委办公室}
{L:审核:王晓锋}
""")

ll("univ-mirror-labels", """
{L:英文2020}

Reading BIT

BIT team won the gold medal at the International Genetically Engineered Machine Competition

Time: 2023-11-08

News Source: School of Life Science

Photography: School of Life Science

Editor: Wang Qing

Reviewer: Liu Yuan

Recently, the 2023 International Genetically Engineered Machine Competition (iGEM) Grand Jamboree was held in Paris, France. The BIT-China team, composed of 14 undergraduates from the School of Life Science, won a gold medal with its project on engineered yeast that produces a natural blue pigment, and was nominated for the Best Food and Nutrition Project award.

The team began preparing in January, spending nine months on experimental design, modelling and wet-lab work. To understand the needs of industry, the students visited three food companies and interviewed experts in food safety, and adjusted the design of their metabolic pathway according to the feedback they received.

iGEM, founded by the Massachusetts Institute of Technology in 2003, is the most influential international competition in synthetic biology. This year more than 400 teams from over 40 countries and regions took part.

Since its first participation in 2013, BIT has won nine gold medals in the competition. The instructor, Professor Li Chun, said that the result shows the university's achievements in interdisciplinary talent cultivation, and that the team will continue to work on applying the project.

{L:阅读次数}:{L:次}
Share to:
""")

ll("college-cms-labels", """
Dean's Message

Message from Dean Li Guoqiang

{L:时间}:2019-9-2 10:15:33  {L:作者}:  {L:来源}:{L:国际学院}  {L:查看}:356  {L:评论}:0

Welcome to the School of International Education. Since its establishment in 2006, our school has always adhered to the idea of open education, and built cooperation with more than 30 universities in the United Kingdom, Australia, Canada, the United States and other countries. At present there are more than 1,800 Chinese students enrolled in joint programmes and nearly 300 international students from 26 countries studying on campus.

We believe that an international vision is an essential quality for young people in the new era. Through joint programmes, short-term exchanges, summer schools and internships abroad, we offer students many opportunities to broaden their horizons and improve their intercultural communication ability. At the same time, we welcome international students to learn Chinese, understand China and make friends here.

In the coming years, the school will further improve the quality of teaching, strengthen the construction of English-taught courses and provide better services for students of all backgrounds. We sincerely hope that every student will find their own stage here.

{L:上一篇}:Introduction to the School
{L:下一篇}:Contact Us
Powered by OTCMS V2.5
""")

ll("college-byline", """
The School of Foreign Languages held a teaching seminar on college English reform

Published:2023-10-19Author:{L:刘佳琪}Number of Visits:47


On October 17, the School of Foreign Languages held a seminar on college English teaching reform in the conference room on the third floor. Dean Sun Hui presided over the seminar, and more than 40 teachers of the college English teaching department attended.

At the seminar, the heads of the four teaching groups reported on the implementation of the new curriculum in the first month of the semester, including the blended teaching model, the use of the online learning platform and the reform of formative assessment. Teachers discussed problems found in the classroom, such as the large gap in students' English levels and the low participation of some students in online tasks.

Sun Hui pointed out that college English teaching should serve the training of talents with international vision, and teachers should actively explore the integration of ideological and political education into the curriculum, design tasks that are closer to students' majors, and make good use of data from the learning platform to give timely feedback.

Finally, vice dean Zhou Ping made arrangements for the teaching observation week and the mid-term teaching inspection, and asked all teachers to prepare carefully.

{L:撰稿:刘佳琪  审核:孙慧}
""")

ll("college-trad-labels", """
Your current position: Home > News

Column navigation


The College Held a Ceremony to Welcome New International Students

{L:作者}:    {L:信息來源}:    {L:發布時間}: 2023-09-12

On September 8, the College held a welcome ceremony for new international students in the Academic Lecture Hall. More than 120 new students from 21 countries, including Pakistan, Thailand, Kazakhstan and Ghana, attended the ceremony together with teachers from the International Office and representatives of senior students.

Vice President Huang Min delivered a welcome speech. She introduced the history of the College and its achievements in international education, and hoped the new students would adapt to campus life as soon as possible, study hard, and become friendly messengers between China and their home countries.

A senior student from Vietnam shared her experience of learning Chinese and making friends on campus, and encouraged the new students to take part in cultural activities. Then the teachers introduced the rules of the campus, visa regulations and safety knowledge.

After the ceremony, the new students visited the library, the laboratory center and the campus history museum, and tasted traditional Chinese snacks prepared by the canteen.

{L:【關閉窗口】}  {L:【打印本頁】}
""")

ll("company-news", """
Position: Home > News > Company News

The Group Held the 2023 Annual Safety Production Work Conference

{L:集团办公室}     2023-02-16

On February 14, the Group held its 2023 annual safety production work conference in Nanjing. Chairman Xu Guoping attended and delivered a speech. General manager Zhao Lei presided over the meeting. The heads of all subsidiaries and functional departments attended the meeting at the main venue and 23 branch venues.

The meeting summarized the safety work of 2022. Throughout the year the Group had no major accidents, and the number of general accidents fell by 18% compared with the previous year. Zhao Lei read out the decision commending advanced units and individuals, and the chairman presented certificates to the representatives.

Xu Guoping stressed that safety is the bottom line of enterprise development. {L:各单位要坚决扛起安全生产主体责任,坚持“管业务必须管安全、管生产经营必须管安全”},and carry out hidden danger investigation on construction sites, warehouses and transport fleets without leaving dead angles.

At the end of the meeting, the leaders of each subsidiary signed the 2023 safety production responsibility letter with the Group.

{L:责任编辑:陈静}
Copyright © Jiangsu Dongfang Construction Group  {D:苏ICP备09087654号}
""")

ll("company-news", """
Era of new energy vehicles and the charging pile industry to accelerate the layout?
{L:来源}:    {L:作者}: admin   {L:浏览}: 842
      With the rapid popularization of new energy vehicles,charging infrastructure has become the key to restrict the development of the industry.According to statistics,by the end of last year the national number of charging piles reached 8.59 million,the ratio of vehicle to pile is about 2.4 to 1,Compared with the target of 1 to 1 there is still a big gap.
      Our company as a professional manufacturer of DC fast charging modules,in the past three years invested more than 200 million yuan in research and development,The 40kW module has realized mass production,Conversion efficiency reach 96% above ,the product has been used in more than 300 cities charging stations.
      {L:业内人士分析认为,未来几年充电桩行业将由“跑马圈地”转向“精细化运营”,具备核心技术和规模优势的企业将脱颖而出。}
      The company will continue to increase investment,Strengthen cooperation with car companies and power grid companies,Strive to become the leading enterprise in the field of charging equipment in China.
      Hot line: 400-888-0000   Add: No. 18, Keji Road, Hi-tech Zone, Xi'an
{L:上一条}:How to choose a suitable charging pile for home?
{L:下一条}:Our company participated in the 2023 Shanghai International Charging Pile Exhibition
""")

ll("gov-notice", """
Home > Government Information > Notices

Notice on Doing a Good Job in the Prevention of Summer Flood Season in 2024

{L:发布时间}:2024-05-28 09:30  {L:来源}:{L:区应急管理局}  {L:字号}:{L:大 中 小}

All township (street) people's governments, district departments:

In order to do a good job in flood control and disaster reduction this year,Ensure the safety of people's lives and property,{L:根据市防汛抗旱指挥部工作部署},The relevant matters are notified as follows:

First, improve political stance,Strengthen the responsibility of flood control. Each unit should fully understand the severe situation of flood control this year,{L:严格落实以行政首长负责制为核心的防汛责任制},Ensure that the responsibility is assigned to people and posts.

Second, carry out hidden danger investigation. Focus on reservoirs, river dikes, geological disaster points, low-lying areas and construction sites,Establish a list of hidden dangers,Rectify within a time limit.

Third, strengthen duty on duty. {L:汛期实行24小时值班和领导带班制度},In case of major situations,It should be reported to the district flood control office within 30 minutes.

Fourth,{L:加强宣传教育,提高群众防灾避险意识和自救互救能力}。

Hereby notify.

{L:区防汛抗旱指挥部办公室}
May 27, 2024
""")

ll("gov-notice", """
Home > Investment Promotion > Policies

Several Measures of the County People's Government on Supporting the Development of Private Economy

(Issued on March 1, 2023)

In order to thoroughly implement the decisions and deployments of the Central Committee and the Provincial Party Committee on promoting the development and growth of the private economy,Further optimize the business environment,Stimulate the vitality of market entities,Combined with the actual situation of our county,These measures are formulated.

1.Reduce the cost of enterprise land use. {L:对新引进的工业项目,按照不低于所在地土地等别相对应全国工业用地出让最低价标准执行}。Industrial land can be supplied by way of long-term lease, first lease and then transfer.

2.Strengthen financial support. The county finance arranges 50 million yuan every year to set up a loan risk compensation fund,Guide banks to increase credit investment in small and micro enterprises.

3.Support the cultivation of talents. {L:企业引进的高层次人才,按规定享受安家补贴、子女入学、医疗保障等待遇}。

4.Optimize government services. We will implement "one-window acceptance" and "handling at most once",{L:推行企业开办全程网上办},The time for enterprises to start business is compressed to within 1 working day.

These measures shall come into force from the date of issuance,{L:由县发展和改革局负责解释}。

{L:附件}:1.Application form for loan risk compensation fund.docx
{L:扫一扫在手机打开当前页}
""")

ll("tourism-switch", """
1368
{L:浏览}Title: Guilin Li River Travel Guide in English
Guilin, located in the northeast of Guangxi Zhuang Autonomous Region, is famous all over the world for its karst landscape of green hills and clear waters. The saying "Guilin's scenery is the best under heaven" has been passed down for centuries. In this article, I will introduce the most popular attractions along the Li River and give some practical tips for visitors.
1. Li River Cruise
The cruise from Guilin to Yangshuo covers about 83 kilometers and takes four to five hours. Along the way you can see Elephant Trunk Hill, Nine Horses Fresco Hill and the famous view printed on the back of the 20 yuan note. The best season is from April to October, when the water level is high enough for the boats.
2. Yangshuo West Street
West Street is a 500-meter-long old street paved with blue stones, full of cafes, bars and craft shops. In the evening it becomes very lively, and many foreign tourists like to stay here for several days.
3.{L:遇龙河} Yulong River
{L:遇龙河是漓江在阳朔境内最长的一条支流,全长43.5公里,河水清澈见底,两岸青山环绕,被誉为“小漓江”。游客可以乘坐竹筏顺流而下,欣赏田园风光,也可以骑自行车沿河游览。}
4.{L:十里画廊} Ten-Mile Gallery
{L:十里画廊位于阳朔县城至月亮山之间,沿途有骆驼过江、美女照镜、月亮山等著名景点,是骑行和徒步的理想路线。每一处景色都像一幅}
""")

ll("tourism-switch", """
Home > Travel Guide > Scenic Spots

Huangshan Mountain: a Guide for First-Time Visitors

{L:发布日期}:2023-07-21    {L:点击}:2207

Huangshan, or the Yellow Mountain, is located in the south of Anhui Province. It is known for four wonders: strange pines, grotesque rocks, seas of clouds and hot springs. In 1990 it was listed by UNESCO as a World Cultural and Natural Heritage Site.

Most visitors take the cable car from the Yungu Temple or the Yuping cableway to save time, and then walk along the stone steps between the peaks. Lotus Peak is the highest at 1,864 meters, while the Bright Summit is the best place to watch the sunrise.

Staying overnight on the mountain is recommended, because the sea of clouds usually appears in the early morning. Hotels on the top are expensive and should be booked in advance, especially in the holiday season.

{L:温馨提示:山上气温较低,昼夜温差大,请游客携带保暖衣物;雨天路滑,请注意安全,切勿在未开放区域攀爬。}

Tickets: 190 yuan (March-November), 150 yuan (December-February). Cable car: 80-90 yuan one way.

{L:门票预订}  |  {L:交通指南}  |  {L:联系我们}
{D:皖ICP备10203040号}
""")

ll("web-novel", """
Chapter 312 The Heavenly Dao Tribulation
readx;
Lin Feng stood at the top of the mountain, looking at the black clouds rolling in the sky, his expression was calm.
"Is this the Heavenly Dao thunder tribulation? It seems that my breakthrough has alarmed the heaven and earth. ”
The elders of the Tianxuan Sect gathered at the foot of the mountain, all of them with solemn faces.
"Nine-colored thunder clouds, this is a tribulation that has not appeared in ten thousand years!" The Great Elder's voice trembled.
{L:轰隆!}
The first bolt of thunder fell, thick as a bucket, and directly hit Lin Feng's body. His clothes were shattered in an instant, but his body was shining with golden light.
"The Nine Turns Golden Body Art, it actually reached the second level?" Someone exclaimed in disbelief.
Lin Feng snorted coldly, his eyes were like lightning, and he raised his fist and blasted towards the sky.
{L:一拳之下,漫天雷云竟被生生轰出一个巨大的窟窿,天地为之变色。}
"How is this possible, he is actually fighting against the tribulation with his physical body!"
Su Qingxue's beautiful eyes were full of shock, and at the same time a trace of worry flashed in her heart.
"Don't worry, he is a monster, the thunder tribulation can't do anything to him." Old man Mo said with a smile, stroking his beard.
{L:一秒记住【笔趣阁 www.biqugezw.com】,精彩小说无弹窗免费阅读!}
The second, third and fourth thunder fell one after another, and the whole mountain peak was shrouded in lightning
""")

ll("web-novel", """
Chapter 58 Return to the Capital

Three months later, the carriage of the Marquis's mansion finally entered the gate of the capital.

Shen Wanwan lifted the curtain and looked out at the bustling street. The sellers' shouts, the smell of steamed buns and the clatter of horseshoes made her feel as if she were in a dream.

In her previous life, she had returned to the capital on this day, and had been trampled into the mud by her stepmother and sister step by step.

"Miss, we're almost home." Maid Qiu Ju whispered.

"Mm." Shen Wanwan let go of the curtain, a cold light flashing in her eyes. This time, she would make those people pay back everything.

When the carriage stopped in front of the gate, the stepmother Madam Liu was already waiting with a smile,{L:身后跟着一身粉衣、娇娇弱弱的沈柔儿}。

"Wanwan, you've finally come back, mother has been thinking about you day and night."

Shen Wanwan bowed slightly,{L:嘴角勾起一抹若有若无的冷笑}。

"Thank you for your concern, mother. I also miss... everyone very much."

{L:作者有话说:}
{L:今天两更,第二更在晚上九点左右,谢谢大家的支持!求收藏求评论~}

Previous Chapter | Table of Contents | Next Chapter
""")

ll("web-novel", """
Chapter 9: The Abandoned Disciple Appeared (2)
"Senior brother, the outer sect elder said that the rankings will be announced tomorrow."
Zhao Yang nodded and did not say anything.
He was sitting cross-legged on the broken stone bed in the woodshed, his face was pale. For three years, he had been at the third level of Qi Refining, and the whole sect laughed at him as a waste.
But only he knew that the black ring on his finger had been absorbing his spiritual power.
"Boy, you finally noticed me." A hoarse voice suddenly rang out in his mind.
Zhao Yang was shocked, jumped up, and looked around vigilantly. "Who? Who is speaking?"
"Don't look, I am in the ring. {L:老夫乃是三万年前的丹帝},if you are willing to worship me as your master, I will make you stand at the peak of this world."
Zhao Yang was silent for a long time, and then slowly knelt down.
"Disciple Zhao Yang, greet Master!"
"{L:好!好!好!}" The old voice laughed three times, "From today, you will practice the {L:太古吞天诀}."
A stream of information rushed into his mind like a flood.
Chapter 9 is over, please click to continue reading the next chapter.
{L:本章未完,请点击下一页继续阅读}
{L:加入书签} | {L:推荐本书} | {L:返回目录}
""")

ll("hijacked-mirror", """
Home » College News
College News
{L:银河娱乐澳门官网}The College Held the 2024 Innovation and Entrepreneurship Competition
Release time:2024-04-12

On April 10, the final of the 2024 College Students' Innovation and Entrepreneurship Competition of {L:银河娱乐澳门官网} was held in the Lecture Hall of the Library. A total of 36 projects from 11 schools entered the final after preliminary review, covering intelligent manufacturing, rural revitalization, cultural creativity and other fields.

The judges consisted of teachers from the college, entrepreneurs and investors. After the on-site roadshow and question-and-answer session, the project "Smart Greenhouse Monitoring System Based on the Internet of Things" won the first prize, and eight projects including "Intangible Cultural Heritage Handicraft Online Platform" won the second prize.

Vice President Zhou Lin said in his speech that innovation and entrepreneurship education is an important part of talent training. He hoped that students will combine professional knowledge with social needs, dare to think and dare to practice, and turn good ideas into real products.

{L:银河娱乐澳门官网}{L:全体参赛师生合影}

It is reported that the outstanding projects in this competition will be recommended to participate in the provincial "Internet+" competition. {L:澳门银河官方网站}will continue to improve the support system for student entrepreneurship, and provide venue, funding and mentor support for the incubation of projects.
""")

ll("hijacked-mirror", """
{L:首页} > {L:新闻中心} > {L:综合新闻}

Academician Liu Wei gave a special report on artificial intelligence and future manufacturing

{L:作者}:{L:威尼斯人官网}  {L:来源}:{L:澳门威尼斯人娱乐场}  {L:发布时间}:2023-12-05

On the afternoon of December 1, at the invitation of the School of Mechanical Engineering, Academician Liu Wei of the Chinese Academy of Engineering gave a special report entitled "Artificial Intelligence and the Future of Manufacturing" in the academic lecture hall. More than 300 teachers and students listened to the report.

Academician Liu introduced the development history of intelligent manufacturing at home and abroad, and analyzed the new opportunities that large models bring to industrial design, process optimization and equipment maintenance with rich examples. He pointed out that the deep integration of artificial intelligence and manufacturing is an important direction for building a manufacturing power, and young scholars should have the courage to tackle key problems.

In the interactive session, teachers and students asked questions about data security, talent training and interdisciplinary research, and Academician Liu answered them one by one.

Before the report, the school leaders met with Academician Liu and exchanged views on cooperation in scientific research and the construction of a joint laboratory.

{L:打印}  {L:关闭}
""")

ll("science-news", """
New progress has been made in the research of perovskite solar cells by the team of Professor Zhang

{L:发布时间}:2023-08-17  {L:浏览次数}:596

Recently,The research team of Professor Zhang Wei from the School of Materials Science and Engineering published a research paper in the journal Nature Energy,The stability problem of perovskite solar cells under high temperature and humidity conditions has made important progress。

Perovskite solar cells are considered to be one of the most promising next-generation photovoltaic technologies because of their high efficiency and low cost,However, poor long-term stability has always been the main obstacle to its commercialization。{L:针对这一难题,研究团队提出了一种“分子锚定”策略},Through the introduction of a multi-functional organic molecule at the interface,Effectively inhibited the migration of ions and the decomposition of the material。

The results show,After 1,000 hours of continuous operation at 85 ℃ and 85% relative humidity,The device still retains more than 95% of its initial efficiency,The certified photoelectric conversion efficiency reached 25.6%。

{L:该研究得到了国家自然科学基金、国家重点研发计划等项目的资助。}Doctoral student Li Ming is the first author of the paper,Professor Zhang Wei is the corresponding author。

Paper link: https://doi.org/10.1038/s41560-023-0000-0
{L:供稿单位}:School of Materials Science and Engineering
""")

ll("breadcrumb-caption", """
{L:当前位置}: Home > News > {L:学院新闻}

The School of Economics and Management held a symposium for new teachers


{L:图为座谈会现场}

On September 15, the School of Economics and Management held a symposium for newly recruited teachers in Room 302 of the Management Building. Party Secretary Wang Liping, Dean Zhao Jun, Vice Dean Chen Xiao and 12 new teachers who joined the school this year attended the meeting.

At the beginning of the symposium, each new teacher introduced their educational background, research direction and teaching plan. Several teachers said that they were attracted by the good academic atmosphere and the support policies for young teachers, and hoped to grow quickly in teaching and research.

Dean Zhao Jun introduced the history, disciplines and development goals of the school, and the support measures for young teachers in applying for projects and publishing papers. He hoped that the new teachers would take teaching as the foundation, research as the support, and strive to become excellent teachers who are loved by students.

Wang Liping put forward three requirements: first, strengthen ideals and beliefs; second, abide by teachers' ethics; third, take the initiative to integrate into the team.

{L:图为新教师代表发言}

Finally, the school leaders presented the teacher's handbook to each new teacher, and took a group photo with them.

{L:文/陈晓  图/李想  编辑/张婷}
""")

ll("single-word", """
The Party branch of the School of Information and Electronics carried out a themed Party Day activity


On the morning of May 18,The first Party branch of the School of Information and Electronics went to the Xiangshan Revolutionary Memorial Site to carry out a themed Party Day activity of "remembering the original mission and {L:赓续} red blood"。A total of 32 Party members and activists participated in the activity。

In the exhibition hall,Party members listened carefully to the explanation,Review the glorious history of the Central Committee of the Communist Party of China entering Beijing to "rush for the exam"。In front of the Shuangqing Villa,All Party members reviewed the oath of joining the Party under the leadership of branch secretary Sun Qiang,The loud oath echoed in the mountains。

After the visit,The branch held a discussion on the spot。Teacher representative Wang Fang said,As a young teacher,We should {L:踔厉} forge ahead and strive to be a good teacher with ideals and beliefs,Integrate the red spirit into daily teaching。Student party member Zhang Yu said,He will study hard professional knowledge,In the future devote himself to the cause of national defense science and technology。

Sun Qiang concluded,The branch will continue to carry out various forms of Party history learning and education,Make the themed Party Day activities more {L:接地气},Truly transform the learning results into the driving force to promote the development of the college。

Editor: Gao Jing
""")

ll("single-word", """
Company Introduction

Zhejiang Lianhe Textile Co., Ltd. was founded in 2003 and is located in Keqiao, Shaoxing, the largest textile distribution center in Asia.The company is a comprehensive enterprise integrating design,weaving,dyeing and finishing and trade,with more than 600 employees and an annual output of 80 million meters of fabric.

Our main products include polyester {L:雪纺},imitation silk,linen-like fabrics,elastic fabrics and functional outdoor fabrics. The products are widely used in women's clothing,sportswear,home textiles and other fields,and are exported to Europe,America,the Middle East and Southeast Asia.

The company has introduced advanced equipment from Japan and Germany,including water-jet looms,air-jet looms and digital printing machines,and has a testing center that can carry out more than 40 physical and chemical tests. We adhere to the principle of "quality first,customer first,{L:诚信为本}",and have won the trust of customers at home and abroad.

In recent years,the company has actively promoted green production,invested in wastewater recycling systems and rooftop photovoltaic power stations,and obtained OEKO-TEX Standard 100 and GRS certification.

We sincerely welcome customers to visit our company and look forward to establishing {L:长期稳定} business relationships with you!

Tel: 0575-8888 0000   Fax: 0575-8888 0001
Copyright © 2023 Zhejiang Lianhe Textile Co., Ltd.
""")

ll("gloss-plus-leftover", """
About BIT > Schools and Departments

School of Optics and Photonics

The School of Optics and Photonics ({D:光电学院}) of Beijing Institute of Technology originated from the optical instrument major established in 1953, one of the earliest optical disciplines in China. The school's Optical Engineering discipline was rated A+ in the fourth national discipline evaluation.

The school now has 4 departments and 3 national-level research platforms, including the Key Laboratory of Photoelectronic Imaging Technology and System of the Ministry of Education. There are 186 faculty members, among them 2 academicians of the Chinese Academy of Engineering,{L:国家级高层次人才30余人}, and 420 doctoral students.

In recent years,the school has undertaken a large number of national major projects in the fields of optical imaging, display technology and precision measurement,{L:获国家科技奖励10余项},and many achievements have been applied to aerospace and national defense.

The school adheres to the motto "{D:德以明理 学以精工}" (Virtue to understand principles, learning to master engineering), and strives to cultivate leading talents with both ability and integrity.

{L:学院地址}:No. 5 South Zhongguancun Street, Haidian District, Beijing
{L:联系电话}:010-6891 0000
""")

ll("langlink-plus-leftover", """
{D:中文版} | English
Home | About | News | Research | Admissions | Contact

Shanghai Institute of Ceramics hosts international workshop on solid-state batteries

{L:发布时间}:2023-11-03

From October 30 to November 1, the International Workshop on Solid-State Batteries was held at the Jiading campus of the Shanghai Institute of Ceramics. More than 150 scientists from China, Japan, Germany, the United States and South Korea attended the workshop.

{L:本次研讨会由中国科学院上海硅酸盐研究所主办,中国硅酸盐学会固态离子学分会协办。}The three-day workshop featured 8 plenary talks and 36 invited talks, covering solid electrolytes, interface engineering, manufacturing processes and safety evaluation.

In his opening speech, the director of the institute said that solid-state batteries are a key technology for the next generation of energy storage, and international cooperation is essential to solve common scientific problems.

During the workshop, participants also visited the institute's pilot production line of oxide solid electrolytes and exchanged views on joint research projects and student exchanges.

Copyright © Shanghai Institute of Ceramics, Chinese Academy of Sciences
{D:沪ICP备05005480号-1}
""")

ll("company-paragraph", """
News Center > Industry News

Our company's smart water meters passed the acceptance inspection of the provincial key R&D project

2024-01-09  {L:来源}:{L:本站}  {L:作者}:{L:市场部}

Recently,the provincial key research and development project "Research and Application of Low-power NB-IoT Intelligent Water Meters" undertaken by our company passed the acceptance inspection organized by the Provincial Department of Science and Technology.

The expert group listened to the project report,reviewed the technical documents and visited the production line. The experts agreed that the project has completed all the indicators specified in the contract,the battery life of the meter reaches more than 8 years,and the data upload success rate exceeds 99.5%.

{L:项目实施期间,公司共申请发明专利12项,获得授权实用新型专利20项,制定企业标准3项。相关产品已在省内外40余个城市推广应用,累计安装超过200万台,为供水企业降低漏损率、提升管理水平提供了有力支撑。}

{L:下一步,公司将继续加大研发投入,推进智能水表与城市供水管网监测平台的深度融合,努力打造智慧水务整体解决方案。}

Chairman Li Hongwei said that the company will take this as an opportunity to further strengthen cooperation with universities and research institutes, and continue to improve the core competitiveness of its products.

{L:相关新闻}
Our company was rated as a provincial "specialized, refined, distinctive and novel" enterprise
""")

ll("gov-notice", """
Home > Town News

Our town held a mobilization meeting for the improvement of rural living environment

{L:信息来源}:{L:镇党政办}  {L:发布日期}:2023-03-07  {L:浏览次数}:318

On March 6,Our town held a mobilization meeting for the improvement of rural living environment in spring,Deploy the key work of this year。Town Party Secretary Huang Jianping attended the meeting and made a speech,Mayor Li Qiang presided over the meeting。

The meeting conveyed the spirit of the county's rural revitalization work conference,The town's environmental remediation work last year was summarized。{L:去年以来,全镇共清理农村生活垃圾1.2万吨,拆除危旧房屋86处,新建改建农村户厕1300余座}。

Huang Jianping demands,Each village should focus on "three clean-ups and one reform",That is, clean up domestic garbage, clean up ditches and ponds, clean up the waste of livestock and poultry breeding, and change bad habits,{L:做到村村有专人、户户有责任},Make sure that the village appearance is greatly improved before the end of May。

It is necessary to strengthen supervision and assessment,The town will organize an inspection every month,{L:对排名靠后的村进行通报批评并约谈村党组织书记}。

The village Party branch secretaries, directors, and heads of relevant departments of the town attended the meeting。

{L:【字体:大 中 小】}{L:【打印】}{L:【关闭】}
""")

ll("tourism-festival", """
Festivals > Spring

Luoyang Peony Culture Festival 2024: Dates, Venues and Tips

Every April,the ancient capital of Luoyang in Henan Province turns pink,red and purple as millions of peonies come into bloom. The Peony Culture Festival has been held since 1983 and is now one of the biggest flower festivals in China.

When: April 1 - May 5, 2024. Peak bloom usually comes in mid-April,but it depends on the weather.

Where: the main venues are the Wangcheng Park,the National Peony Garden and the China Peony Garden. {L:其中,王城公园位于市中心,交通便利,适合时间有限的游客}。

Tickets: 50-80 yuan depending on the venue. Holders of a foreign passport can enter some venues for free on weekdays.

What else to see: Luoyang is also home to the Longmen Grottoes,a UNESCO World Heritage Site with more than 100,000 Buddhist statues carved into the cliffs along the Yi River,and the White Horse Temple,{L:被誉为“中国第一古刹”}. Many visitors combine the three in a two-day trip.

Tip: the gardens are extremely crowded at weekends. Go early in the morning,and avoid the Qingming holiday if you can. {L:夜游王城公园也是不错的选择,园内灯光秀每晚7点开始。}

{L:编辑}:Lily   {L:责编}:{L:王芳}
""")


if __name__ == "__main__":
    SET.build()
