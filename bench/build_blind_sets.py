"""Build bench/sets/detect6-*.jsonl: a held-out set the detection work of session 5 never saw.

Written by the lead at the start of session 5, before the branch that changed detection started,
and kept away from it: the figures it gives after that branch are a blind estimate. Marks as in
build_detection_sets.py: `{D:…}` deliberate Chinese, `{L:…}` a leftover.
`python bench/build_blind_sets.py` rewrites the set.
"""
from __future__ import annotations

from build_written_sets import write

DETECT6_DELIBERATE = [
    ("inline-pairs-paragraph",
     "Our school motto is short. Study hard and help others. {D:努力学习，帮助别人。} We repeat it every "
     "Monday morning. {D:我们每个星期一早上都会重复它。} Parents are welcome to join us. {D:欢迎家长参加。}\n"),
    ("inline-pairs-zh-first",
     "{D:今天天气很好。} The weather is very good today. {D:我们去公园散步吧。} Let's go for a walk in the park. "
     "{D:别忘了带水。} Don't forget to bring water.\n"),
    ("poem-couplets",
     "Quiet Night Thoughts, Li Bai\n\n{D:床前明月光，疑是地上霜。}\nBefore my bed the moonlight is bright; "
     "I take it for frost on the ground.\n{D:举头望明月，低头思故乡。}\nI raise my head to look at the moon, "
     "and lower it to think of home.\n"),
    ("lyric-pairs-dash",
     "The chorus, line by line:\n\n{D:月亮代表我的心} — the moon stands for my heart\n"
     "{D:你问我爱你有多深} — you ask me how deep my love is\n{D:我爱你有几分} — how much I love you\n"),
    ("film-credits",
     "The film was directed by Zhang Yimou ({D:张艺谋}) and stars Gong Li ({D:巩俐}). Its Chinese title, "
     "{D:红高粱}, means Red Sorghum.\n"),
    ("novel-chapter-names",
     "In Dream of the Red Chamber ({D:红楼梦}), the heroine Lin Daiyu ({D:林黛玉}) arrives at the Jia "
     "household in chapter three.\n"),
    ("name-field",
     "Wu Zetian\n\nChinese: {D:武则天}\nPinyin: Wǔ Zétiān\nBorn: 624\nDied: 705\n\nShe was the only woman to rule "
     "China as emperor in her own name.\n"),
    ("learner-phrasebook",
     "| English | Chinese | Pinyin |\n|---|---|---|\n| Thank you | {D:谢谢} | xièxie |\n| Sorry | {D:对不起} | duìbuqǐ |\n"
     "| Goodbye | {D:再见} | zàijiàn |\n| How much is it? | {D:多少钱？} | duōshao qián? |\n"),
    ("idiom-pinyin-gloss",
     "Idiom of the week: {D:画蛇添足} (huà shé tiān zú), to draw a snake and add feet, that is, to spoil "
     "something by doing too much.\n"),
    ("lesson-dialogue",
     "Lesson 4: At the station\n\nA: {D:请问，去上海的火车几点开？}\nA: Excuse me, when does the train to "
     "Shanghai leave?\nB: {D:八点半。}\nB: At half past eight.\n"),
    ("podcast-paragraphs",
     "Episode 12 notes\n\nToday we talk about tea. Green tea is the most popular kind in China.\n\n"
     "{D:今天我们聊聊茶。绿茶是中国最受欢迎的茶。}\n\nMany families drink it after every meal.\n\n"
     "{D:很多家庭每顿饭后都喝茶。}\n"),
    ("originals-after",
     "Three sayings we discussed:\n\n1. A journey of a thousand miles begins with one step.\n2. Practice makes "
     "perfect.\n3. Time is money.\n\nOriginals:\n\n1. {D:千里之行，始于足下。}\n2. {D:熟能生巧。}\n"
     "3. {D:一寸光阴一寸金。}\n"),
    ("title-above-english",
     "{D:我的北京之旅}\nMy trip to Beijing\n\nLast spring I spent a week in Beijing and visited the Forbidden "
     "City twice.\n"),
    ("original-title-field",
     "Book review: The Three-Body Problem\n\nOriginal title: {D:三体}\nAuthor: Liu Cixin\n\nThe novel begins "
     "during the Cultural Revolution.\n"),
    ("greeting-quoted",
     "When the guests arrived she said \"{D:欢迎光临！}\" and showed them to their table.\n"),
    ("caption-bilingual",
     "Photo: The Great Wall at sunset / {D:日落时的长城}\n\nWe took the picture from the Mutianyu section.\n"),
    ("footer-icp",
     "Thanks for reading our travel blog.\n\n© 2025 Wandering Panda · {D:京ICP备12345678号}\n"),
    ("quotation-original",
     "Confucius said, \"Is it not a pleasure to learn and practise what you have learned?\" "
     "({D:学而时习之，不亦说乎？})\n"),
    ("cantonese-names",
     "Hong Kong cinema gave us Maggie Cheung ({D:张曼玉}) and Chow Yun-fat ({D:周润发}), both famous far beyond Asia.\n"),
    ("dish-menu",
     "Menu\n\n- Mapo tofu {D:麻婆豆腐} 38\n- Kung pao chicken {D:宫保鸡丁} 42\n- Fried rice {D:炒饭} 20\n"),
    ("word-list-dash",
     "Colours\n\n{D:红色} hóngsè — red\n{D:蓝色} lánsè — blue\n{D:绿色} lǜsè — green\n{D:黄色} huángsè — yellow\n"),
    ("alternating-lines-news",
     "The city opened a new subway line on Sunday.\n{D:该市周日开通了一条新地铁线路。}\nIt links the airport with "
     "the city centre.\n{D:它连接机场和市中心。}\n"),
    ("calligraphy-term",
     "The brush strokes follow the order of the character {D:永} (yǒng, \"forever\"), which contains all eight "
     "basic strokes.\n"),
    ("song-list-originals",
     "Songs on the album:\n\n- The Moon Represents My Heart\n- Sweet Honey\n- Small Town Story\n\n"
     "Chinese titles:\n\n- {D:月亮代表我的心}\n- {D:甜蜜蜜}\n- {D:小城故事}\n"),
    ("place-names-inline",
     "From Hangzhou ({D:杭州}) we drove to Suzhou ({D:苏州}), famous for its gardens.\n"),
]

DETECT6_LEFTOVERS = [
    ("cms-labels",
     "{L:当前位置：首页 > 学校新闻}\n\nThe university held its sports day on Friday.\n\n{L:发布时间：}2025-10-10"
     "  {L:浏览次数：}356\n"),
    ("untranslated-sentence-inline",
     "The delegation visited the laboratory. {L:随后，代表团与学院师生进行了座谈交流。} They left in the afternoon.\n"),
    ("leader-sentence",
     "Zhang Wei, secretary of the party committee, pointed out that{L:学校要坚持立德树人根本任务，全面提高人才培养质量。}\n"),
    ("untranslated-paragraph-between-pairs",
     "Welcome to our class page.\n{D:欢迎来到我们的班级主页。}\n\n{L:本学期我们将组织三次社会实践活动，请同学们提前做好准备。}\n\n"
     "See you next week.\n"),
    ("lone-paragraph-unrelated",
     "The museum is closed on Mondays. Tickets cost 20 yuan.\n\n{L:近日，我市举办了第五届文化旅游节，吸引了大量游客。}\n"),
    ("byline-source",
     "The new bridge will open in May.\n\n{L:来源：市交通局  作者：李明  责任编辑：王芳}\n"),
    ("spam-injected",
     "Our hospital offers free health checks for older residents.\n\n{L:澳门葡京赌场官方网站，注册即送彩金}\n"),
    ("glued-clause",
     "The company said its sales rose,{L:同比增长百分之十二},and it plans to hire more staff.\n"),
    ("caption-untranslated",
     "{L:图为学校领导为获奖学生颁奖}\n\nThe school gave awards to forty students this year.\n"),
    ("related-links",
     "Read more:\n\n{L:上一篇：我校举行新生开学典礼}\n{L:下一篇：学院召开教学工作会议}\n"),
    ("headline-untranslated",
     "{L:市政府召开全市安全生产工作会议}\n\nThe city government held a meeting on work safety on Tuesday.\n"),
    ("wrong-pair",
     "The library opens at eight.\n{D:图书馆八点开门。}\nStudents need their card to enter.\n"
     "{L:周末图书馆开放时间调整为上午九点至下午五点。}\n"),
    ("list-continued",
     "Requirements:\n\n1. A bachelor's degree\n2. Two years of experience\n3. {L:具有良好的沟通能力}\n"
     "4. {L:能够适应出差}\n"),
    ("contact-footer",
     "Contact us for more information.\n\n{L:地址：江苏省南京市玄武区中山路88号  邮编：}210000\n"),
    ("hospital-notice",
     "Visiting hours have changed.\n\n{L:各位患者及家属：因门诊楼改造，自下周一起门诊挂号处临时迁至二楼。}\n"),
    ("novel-chapter-left",
     "Chapter 12: The Storm\n\nThe wind rose as Lin reached the gate. {L:他抬头看了看天，心里暗暗叫苦。} "
     "He knew the road would be flooded.\n"),
    ("company-news",
     "The firm reported strong results. {L:公司董事长在会上表示，将继续加大研发投入。}\n"),
    ("wechat-qr",
     "Follow us for updates.\n\n{L:长按识别二维码，关注官方微信}\n"),
    ("print-close",
     "The forum will be held again next year.\n\n{L:【打印本页】【关闭窗口】}\n"),
    ("quote-untranslated",
     "The mayor said: \"{L:我们一定要把这件好事办好。}\"\n"),
]


def main() -> None:
    write("detect6", DETECT6_DELIBERATE, DETECT6_LEFTOVERS)
    print(len(DETECT6_DELIBERATE), len(DETECT6_LEFTOVERS))


if __name__ == "__main__":
    main()
