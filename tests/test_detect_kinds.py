"""Kinds of deliberate Chinese found on the hand-written held-out set (bench/sets/detect2-*), each
with the evidence that tells it from a leftover, on documents written for these tests."""
from __future__ import annotations

from detect_helpers import flagged, intents


def test_a_term_followed_by_its_pinyin_with_tone_marks():
    text = ("Kitchen words\n\n1. 筷子 kuàizi – chopsticks\n2. 勺子 sháozi – spoon\n"
            "**一刀两断** (yì dāo liǎng duàn): to cut in two with one stroke.\n"
            "At the station look for 出口, chūkǒu, the exit.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"pinyin"}


def test_an_english_word_after_a_leftover_is_no_reading():
    text = "The committee 决定推迟 discussion of the budget until next week.\n"
    assert flagged(text) == ["决定推迟"]
    text = "The report said 经济增长 slowed in the second quarter.\n"
    assert flagged(text) == ["经济增长"]


def test_a_reading_must_spell_every_character():
    text = "Visitors queued for 大熊猫 da xiong at the gate of the zoo this morning.\n"
    assert intents(text)["大熊猫"] != "pinyin"


def test_a_bracket_opened_by_the_chinese_with_a_latin_note():
    text = ('Pu-erh (普洱, "Pu\'er") is aged for years. The Lantern Festival (元宵节; Yuánxiāo Jié) '
            "ends the new year.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) <= {"gloss", "pinyin"}


def test_a_bracket_with_more_chinese_in_it_is_no_gloss():
    text = "The plant (工厂，位于城市东部的工业区, built 1990) employs many people.\n"
    assert intents(text).get("工厂，位于城市东部的工业区") != "gloss"


def test_terms_explained_by_a_bracket_or_a_quoted_meaning():
    text = ("Two things to say to a friend: 好久不见 (I have not seen you for a long time), "
            "保重 (take care).\nThe sign over the door reads 厚德载物 – \"great virtue carries all things\".\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"explained-term"}


def test_an_acronym_in_brackets_explains_nothing():
    text = "Officials said 国家统计局 (NBS) would publish the figures on Monday.\n"
    assert flagged(text) == ["国家统计局"]


def test_originals_listed_after_their_translations_with_notes():
    text = ("Films in the season\n\n1. Red Sorghum\n2. The Road Home\n3. Hero\n\n"
            "Chinese titles\n\n1. 红高粱 – Zhang Yimou, 1987\n2. 我的父亲母亲 – Zhang Yimou, 1999\n"
            "3. 英雄 – Zhang Yimou, 2002\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"bilingual"}


def test_originals_of_english_items_with_notes_and_a_one_character_title():
    text = ("Novels we read\n\n1. Teahouse, by Lao She\n2. Fortress Besieged – Qian Zhongshu\n3. Family, by Ba Jin\n\n"
            "For the catalogue:\n\n1. 茶馆\n2. 围城\n3. 家\n")
    assert flagged(text) == []
    # a single character is never paired on its own
    assert flagged("Shopping list:\n\n1. Bread\n2. Milk\n\nAlso:\n\n1. 家\n2. 茶\n") == ["家", "茶"]


def test_a_list_of_classical_lines_paired_by_their_places():
    text = ("Lines from the Daodejing\n\n- The journey of a thousand miles begins with one step.\n"
            "- Knowing others is wisdom; knowing yourself is enlightenment.\n- The soft overcomes the hard.\n\n"
            "The originals:\n\n- 千里之行，始于足下。\n- 知人者智，自知者明。\n- 柔弱胜刚强。\n")
    assert flagged(text) == []


def test_a_list_continued_in_chinese_stays_flagged():
    text = ("Packing list for the trip:\n\n1. Warm clothes\n2. A torch\n3. Maps of the area\n"
            "4. 急救用品\n5. 充电宝\n")
    assert flagged(text) == ["急救用品", "充电宝"]


def test_lists_of_other_lengths_are_not_paired():
    text = ("Our products\n\n- Steel pipes\n- Copper wire\n\nOther news\n\n- 公司明年将扩建厂房\n"
            "- 新任总经理上月到任\n- 第三季度利润增长\n")
    assert flagged(text) == ["公司明年将扩建厂房", "新任总经理上月到任", "第三季度利润增长"]


def test_a_field_of_keywords_translates_no_sentence():
    text = "Apple growers in the north expect a large harvest this autumn.\n\n标签：苹果 丰收 秋天\n"
    assert flagged(text) == ["标签：苹果 丰收 秋天"]


def test_a_sentence_with_a_colon_still_aligns():
    text = "The mayor said: the new bridge will open next year.\n市长说：新桥将于明年通车。\n"
    assert flagged(text) == []


def test_a_filing_number_apart_from_the_credit_before_it():
    text = ("We sell handmade paper from Anhui.\n\n技术支持：上海某某网络有限公司  沪ICP备87654321号-3\n"
            "网站建设：某某设计 | 苏ICP备11223344号\n")
    found = intents(text)
    assert found["沪ICP备87654321号"] == "registration" and found["苏ICP备11223344号"] == "registration"
    assert set(flagged(text)) == {"技术支持：上海某某网络有限公司", "网站建设：某某设计"}


def test_a_translation_column_pairs_a_row_the_dictionary_misses():
    text = ("Phrase\tChinese\nGood night.\t晚安。\nSee you tomorrow.\t明天见。\nThank you very much.\t非常感谢。\n"
            "Never mind.\t没关系。\n")
    assert flagged(text) == []


def test_a_cell_without_english_in_its_row_stays_flagged():
    text = ("| Item | 2023 | 2024 |\n| --- | --- | --- |\n| Sales | 10 | 12 |\n| 管理费用 | 3 | 4 |\n"
            "| Staff | 40 | 45 |\n")
    assert flagged(text) == ["管理费用"]


def test_a_poem_given_after_its_translation_pairs_line_by_line():
    text = ("My translation:\n\nThe bright moon rises over the sea,\nfar away we share this moment.\n"
            "Lovers resent the long night,\nall night they think of each other.\n\nThe original:\n\n"
            "海上生明月，\n天涯共此时。\n情人怨遥夜，\n竟夕起相思。\n")
    assert flagged(text) == []


def test_a_block_of_as_many_lines_with_one_match_is_not_a_translation():
    text = ("Notes from the meeting:\n\nThe bright moon rises over the sea,\nthe budget was approved.\n"
            "Staff will move offices in June,\nthe canteen closes for repairs.\n\n"
            "海上生明月，\n公司决定扩大招聘规模，\n新的仓库下月投入使用，\n年终奖金将提前发放。\n")
    assert set(flagged(text)) >= {"公司决定扩大招聘规模，", "新的仓库下月投入使用，", "年终奖金将提前发放。"}


def test_a_chinese_line_with_its_reading_on_the_line_below():
    text = ("Lesson 4\n\n你今天忙吗？\nNǐ jīntiān máng ma?\nAre you busy today?\n\n"
            "我不太忙。\nWǒ bú tài máng.\nI'm not very busy.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"pinyin"}


def test_a_reading_below_may_join_erhua_and_stand_in_brackets():
    text = ("Example sentences\n\n我有点儿发烧，想去医院看看。\nWǒ yǒudiǎnr fāshāo, xiǎng qù yīyuàn kànkan.\n"
            "I have a slight fever.\n\n今天天气很好。\n(Jīntiān tiānqì hěn hǎo.)\n'Nice weather today.'\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"pinyin"}


def test_an_english_line_below_is_no_reading():
    text = "The museum opens at nine.\n\n公司计划明年在南方新建两座工厂。\nMany visitors come on Sundays.\n"
    assert flagged(text) == ["公司计划明年在南方新建两座工厂。"]


def test_a_crumb_left_in_chinese_on_an_english_page_is_a_leftover():
    body = "\n\nThe university held its annual sports meeting on Friday. More than 2,000 students took part.\n"
    assert flagged("Home > News > 正文" + body) == ["正文"]
    assert flagged("Home | Campus | 学院动态" + body) == ["学院动态"]


def test_a_crumb_on_a_bilingual_edition_and_links_to_other_editions_stay():
    edition = "Home / World / 最新稿件\n\n当地时间周五，学校举行了运动会。\n\nThe school held its sports meeting on Friday.\n"
    assert flagged(edition) == []
    assert flagged("Home | About | News | 中文版\n\nThe museum opens at nine every morning.\n") == []
    assert flagged("English | 中文\n\nThe museum opens at nine every morning.\n") == []
    assert flagged("# Campus Lectures 校园讲座\n\nThe series continues next week.\n") == []


def test_english_that_runs_on_into_the_chinese_is_no_heading():
    body = "\n\nThe city opened a new library on Monday. It holds more than 200,000 books.\n"
    assert flagged("Photo by 王芳" + body) == ["王芳"]
    assert flagged("# 北京 and beyond" + body) == ["北京"]
    assert flagged("# Campus Lectures 校园讲座" + body) == []


def test_a_gloss_with_a_year_or_dates_and_a_title_with_its_translation_in_brackets():
    assert flagged("Zhang Yimou's Hero (英雄, 2002) was a box-office record.\n") == []
    assert flagged("The poet Li Bai (李白, 701–762) wrote about the moon.\n") == []
    text = "Her novel 《长恨歌》 (The Song of Everlasting Sorrow) won the Mao Dun Prize in 2000.\n"
    assert flagged(text) == []
    assert flagged("He visited 北京理工大学 (BIT) yesterday and met the students.\n") == ["北京理工大学"]


def test_a_quoted_question_with_its_translation_in_brackets_and_irregular_past_forms():
    text = 'In China people greet each other with "你吃了吗?" (Have you eaten?), which is a friendly hello.\n'
    assert flagged(text) == []
    assert flagged('He said: "我们会继续努力!" Then he left.\n') == ["我们会继续努力"]


def test_names_in_apposition_listed_after_commas_are_units_of_their_own():
    text = "Gong Li 巩俐, Zhang Ziyi 章子怡 and Gong Li's sister star in the film.\n"
    assert flagged(text) == []
    assert set(intents(text).values()) == {"apposition"}
    left = "他说, Zhang Wei 教授明天会来北京参加会议。"
    assert flagged(f"The city opened a new library on Monday with more than 200,000 books.\n{left}\n") == [left]


def test_a_quoted_term_introduced_as_a_phrase_or_idiom():
    assert flagged('The phrase "一路平安" means "have a safe trip".\n') == []
    assert flagged('The idiom "马马虎虎" describes something just so-so.\n') == []


def test_links_to_other_editions_in_a_menu_line():
    text = ("简体 | 繁體 | English | 日本語\n\nSuzhou Silk Museum\n\n"
            "The museum tells the story of silk in the Taihu region over five thousand years.\n\n"
            "© Suzhou Silk Museum 苏州丝绸博物馆 | 苏ICP备05012345号\n")
    assert flagged(text) == []
    assert intents(text)["日本語"] == "language-link"


def test_a_field_that_repeats_an_original_the_page_translates():
    text = ("月亮代表我的心。\nThe moon represents my heart.\n你问我爱你有多深，\nYou ask me how deeply I love you,\n\n"
            "Song info\nTitle: 月亮代表我的心\nSinger: Teresa Teng\n")
    assert flagged(text) == []
    assert intents(text)["月亮代表我的心"] == "repeated-original"


def test_an_item_of_a_dotted_facilities_menu_left_in_chinese():
    text = ("Facilities\nFree Wi-Fi · Outdoor pool · Rooftop bar\n免费停车 · Laundry service · 24-hour front desk\n\n"
            "The hotel has 36 rooms with balconies looking towards the peaks.\n")
    assert flagged(text) == ["免费停车"]


def test_a_tag_line_of_terms_each_with_its_english():
    assert flagged("Tags: 旅行 travel · 美食 food · 成都 Chengdu\n") == []
    assert flagged("Tags: 旅行 travel | 美食 food | 成都 Chengdu\n") == []


def test_a_bilingual_form_line_with_wide_gaps():
    assert flagged("Signature 签字: ____________  Date 日期: __________\n") == []


def test_a_term_named_in_prose_on_a_page_that_glosses_its_chinese():
    page = ("The easiest greeting is 新年快乐 (xīnnián kuàilè), \"happy new year\". For older relatives, wish them "
            "health: 身体健康 (shēntǐ jiànkāng).\nAvoid clocks as gifts, because 送钟 sounds like 送终 to many people.\n")
    assert flagged(page) == []
    assert "mentioned-term" in intents(page).values()
    half_done = ("The city opened a new library on Monday. 市长出席了开幕式并致辞。\n"
                 "Readers can borrow 图书 for two weeks.\n")
    assert "图书" in flagged(half_done)


def test_a_table_row_gives_a_term_its_pinyin_in_the_next_cell():
    text = ("| Chinese | Pinyin | Meaning |\n|---|---|---|\n| 太极拳 | tàijíquán | \"supreme ultimate fist\" |\n"
            "| 站桩 | zhànzhuāng | standing post |\n")
    assert flagged(text) == []


def test_names_spelled_across_lines_or_half_in_english():
    assert flagged("Big Red Robe (Da Hong Pao)\n大红袍\nOrigin: Wuyi Mountains, Fujian\n") == []
    assert flagged("Bike rental is cheap near Renmin Road 人民路.\n") == []
    assert flagged('At the end of class we bow and say 谢谢师父 ("thank you, teacher").\n') == []
    assert flagged('What to write\n• 节哀顺变 — "restrain your grief and accept the change"\n') == []


def test_a_caption_sentence_after_a_bracketed_label_is_no_heading():
    text = ("We met at the metro station at 7:30. The weather was perfect.\n\n"
            "[Photo] 大家在盐田港观景台合影\nCoffee stop at Xiaomeisha.\n")
    assert flagged(text) == ["大家在盐田港观景台合影"]


def test_a_saying_of_two_clauses_given_its_meaning_after_a_dash():
    assert flagged('Opening proverb: 当头炮,马来跳 — "Cannon to the centre, then bring out the horse."\n') == []


def test_a_weak_pair_on_a_page_of_leftovers_is_one_more_leftover():
    chinese = "图书馆表示,新阅览室将配备自助借还设备,方便读者使用。"
    text = (f"当前位置:首页 > 新闻\n\nThe library will open a new reading room next month. {chinese}\n\n"
            "责任编辑:王芳\n")
    assert chinese in flagged(text)
    bilingual = f"The library will open a new reading room next month. {chinese}\n"
    assert flagged(bilingual) == []  # no sign of a page of leftovers: the loose pair stands


def test_a_loose_heading_half_among_leftovers_is_one_more():
    text = ("当前位置:首页 > 新闻\n\n## Campus news 学院动态\n\nThe university held its annual sports meeting on Friday.\n\n"
            "责任编辑:王芳\n")
    assert "学院动态" in flagged(text)


def test_a_name_given_with_its_english_name_after_called():
    assert flagged("The Leica styles are called 徕卡经典 (Leica Authentic) on this phone.\n") == []
    assert flagged("The body, known as 外交部 (MFA), said so on Monday.\n") == ["外交部"]


def test_a_chinese_paragraph_beside_english_with_numbers_it_lacks_is_a_leftover():
    page = ("Home | News\n\nThe harbour museum reopened on 12 May after 18 months of repairs, and 4,000 people "
            "visited it on the first weekend.\n\n"
            "博物馆由市文化局和港口集团共同管理。The new wing shows ships' models and old charts.\n")
    assert flagged(page) == ["博物馆由市文化局和港口集团共同管理。"]


def test_a_label_before_an_english_value_is_no_translation_of_a_sentence_above():
    page = ("The school keeps its motto \"厚德 博学\" (great virtue, wide learning) on the main gate.\n\n"
            "学校地址: 12 Park Road, Nanjing\n")
    assert "学校地址" in flagged(page)
    assert flagged("Vocabulary\n茶叶: tea leaves\n茶杯: tea cup\n米饭: cooked rice\n") == []


def test_a_poem_below_its_title_pairs_line_by_line():
    page = ("Spring Dawn\nMeng Haoran\n\n春晓\n春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。\n\n"
            "Sleeping in spring, I miss the dawn,\nEverywhere I hear birds singing.\n"
            "In the night came the sound of wind and rain;\nWho knows how many flowers fell?\n")
    assert flagged(page) == []


def test_labels_of_a_bilingual_edition_belong_to_its_chinese_half():
    pairs = [("The city will plant 20,000 trees along its rivers this spring.", "今年春天，该市将沿河种植两万棵树。"),
             ("Volunteers from 30 schools have signed up to help.", "来自30所学校的志愿者已报名参加。"),
             ("The first trees will go in on Saturday near the old bridge.", "首批树木将于周六在老桥附近种下。")]
    page = "\n".join(f"{en}\n{zh}" for en, zh in pairs) + "\n\n责任编辑：陈静\n"
    assert flagged(page) == []
    assert intents(page)["责任编辑：陈静"] == "edition-furniture"
    one_pair = f"{pairs[0][0]}\n{pairs[0][1]}\n\n责任编辑：陈静\n"
    assert flagged(one_pair) == ["责任编辑：陈静"]


def test_a_name_in_title_case_then_its_characters_inside_a_sentence():
    page = "We met at the gate of Temple of Heaven 天坛 park before the walk began.\n"
    assert flagged(page) == []
    assert intents(page)["天坛"] == "phrase-pair"
    assert flagged("The delegation visited Beijing Institute of Technology 并参观了实验室 on Monday.\n") != []


def test_a_table_with_two_chinese_columns_pairs_each_with_the_english():
    rows = [("爸", "父", "Father"), ("妈", "母", "Mother"), ("哥", "兄", "Elder brother"),
            ("姐", "姊", "Elder sister"), ("弟", "弟", "Younger brother"), ("公", "翁", "Grandfather")]
    table = "| Spoken | Written | English |\n|---|---|---|\n" + "".join(f"| {a} | {b} | {e} |\n" for a, b, e in rows)
    assert flagged(table) == []


def test_a_character_the_english_names_as_a_character():
    assert flagged("At New Year the character 福 is hung upside down on doors.\n") == []
    assert intents("Children learn that the word 家 shows a roof over a pig.\n")["家"] == "named-term"


def test_a_sign_quoted_with_its_rendering_and_one_without():
    shown = 'The sign at the lake reads 水深危险 and the English below it says "Deep water, danger".\n'
    assert intents(shown)["水深危险"] == "displayed-text"
    bare = "At the gate a banner reads 热烈欢迎新同学入校 and students queue for their keys.\n"
    assert flagged(bare) == ["热烈欢迎新同学入校"]


def test_a_chinese_line_whose_figures_the_english_beside_it_lacks():
    page = ("Fees\nTuition for undergraduate programmes is 24,000 yuan a year.\n"
            "医学专业学费每年38000元。\n")
    assert flagged(page) == ["医学专业学费每年38000元。"]
    scaled = (
        "The network now covers 45,000 kilometres and reaches 95 percent of large cities.\n"
        "全国铁路网已覆盖4.5万公里,通达95%的大城市。\n")
    assert flagged(scaled) == []


def test_a_word_list_of_single_characters_each_with_its_meaning():
    assert flagged("Vocabulary\n茶: tea\n水: water\n米饭: cooked rice\n") == []
    assert flagged("Tattoo ideas\n爱 – love, the most popular choice.\n福 – fortune, for the new year.\n") == []
    assert flagged("年: The year 2024 was a good one for the school.\n") == ["年"]


def test_originals_listed_after_translations_that_carry_long_notes():
    page = ("Books I reread this winter\n\n1. Rickshaw Boy, by Lao She – a hard life in old Beijing, told without pity.\n"
            "2. Brothers, by Yu Hua – funny and brutal at once, and very long.\n"
            "3. The Border Town, by Shen Congwen – a short, sad and beautiful novel.\n\n"
            "Original titles, for readers of Chinese:\n1. 骆驼祥子 – 1937\n2. 兄弟 – two volumes\n3. 边城 – 1934\n")
    assert flagged(page) == []


def test_lines_of_one_sentence_pair_each_complete_a_loose_one():
    notes = ("Episode 31: Street food in Xi'an\n"
             "In this episode we walk through the Muslim Quarter. 这一期我们走进回民街。\n"
             'First stop: roujiamo, the "Chinese hamburger". 第一站是肉夹馍，被称为“中国汉堡”。\n'
             "Then biangbiang noodles, whose character has 58 strokes. 接着是biangbiang面，这个字有58画。\n")
    assert flagged(notes) == []
    unrelated = notes.replace("这一期我们走进回民街。", "本节目由西安市文化旅游局赞助播出。")
    assert flagged(unrelated) == ["本节目由西安市文化旅游局赞助播出。"]


def test_a_work_named_in_characters_with_its_english_title_in_brackets():
    assert flagged("The screenplay is based on his novel 我不是潘金莲 (I Am Not Madame Bovary).\n") == []
    assert flagged("The minister 强调要加强基层管理 (Reuters Report) on Friday.\n") != []


def test_a_headline_above_its_english_headline_whose_words_the_dictionary_misses():
    assert flagged("秋季运动会圆满落幕\nAutumn sports meeting comes to a successful close\n\n"
                   "More than 600 students took part in 20 events over two days.\n") == []
    caption = ("丽江古城的夜景\nLijiang's old town has been a World Heritage Site since 1997, and its lanes "
               "are lit every night.\n")
    assert flagged(caption) == ["丽江古城的夜景"]


def test_a_bracket_of_chinese_terms_with_latin_words_around_them_glosses():
    assert flagged("Guests give a white envelope (白包, or 帛金 in Cantonese) rather than a red one.\n") == []
    assert flagged("The Xiaomi 13 Ultra (小米13 Ultra) is sold only in China.\n") == []
    assert flagged("The meeting (会议由张明主持，for staff) was long.\n") != []


def test_a_page_that_opens_with_its_title_in_both_languages():
    page = "霸王别姬\nFarewell My Concubine\n\nA film by Chen Kaige about two opera actors.\n"
    assert flagged(page) == []
    assert flagged("Campus notes\n\n后勤处通知\nNew Library Hours\n\nThe library now opens at 7 am.\n") == ["后勤处通知"]


def test_a_character_or_title_named_a_few_words_after_its_cue():
    assert flagged("The couple hang the double happiness character 囍 on the door.\n") == []
    assert flagged("The film was released in China as 龙猫 (Dragon Cat) in 2018.\n") == []
    assert flagged("He was appointed as 党委书记 last year.\n") == ["党委书记"]


def test_learner_material_with_articles_readings_and_single_characters_explained():
    assert flagged("| Word | Pinyin | Example |\n|---|---|---|\n| 条 | tiáo | 一条鱼 a fish |\n| 辆 | liàng | 一辆车 a car |\n") == []
    assert flagged("4. 三天打鱼,两天晒网 (sān tiān dǎ yú, liǎng tiān shài wǎng)\n\"Fish for three days, dry the nets "
                   "for two.\"\n") == []
    assert flagged("Michael became 白明克: 白 is a common surname, and 明 means bright.\n") == []


def test_a_short_caption_whose_figure_the_english_beside_it_lacks():
    page = ("The flying apsaras are the best known image of Dunhuang; their scarves carry them through the air.\n"
            "飞天壁画局部，莫高窟第320窟\n")
    assert flagged(page) == ["飞天壁画局部，莫高窟第320窟"]


def test_a_menu_bar_item_left_in_chinese_among_english_items():
    page = ("首页 | About Us | Products | 新闻中心 | Contact\n\nLocation: Home > News\n\n"
            "Our new excavator passed its type tests in May, the company said.\n")
    assert "新闻中心" in flagged(page)
    assert flagged("首页 Home | 新闻 News | 联系我们 Contact\n") == []


def test_menu_lines_of_the_same_shape_complete_one_the_dictionary_misses():
    menu = ("Noodles\n担担面 Dan Dan Noodles ........ $12.00\n兰州牛肉拉面 Lanzhou Hand-Pulled Beef Noodle Soup ........ $13.50\n"
            "炸酱面 Noodles with Fermented Soybean Sauce ........ $12.00\n牛肉面 Beef Noodle Soup ........ $11.00\n")
    assert flagged(menu) == []


def test_a_term_explained_by_a_quoted_meaning_in_brackets():
    assert flagged('Taishan, or 泰山 ("Mount Tai"), is in Shandong province.\n') == []


def test_a_term_that_ends_an_english_sentence_on_a_page_of_deliberate_chinese():
    page = ("My grandfather, Chen Bingkun (陈炳坤), left Taishan (台山) for San Francisco in 1905.\n"
            "His father's name, carved on the family altar, was 陈德兴.\n")
    assert flagged(page) == []
    half_done = "The city opened a new library on Monday. 市长出席了开幕式并致辞。\nThe speech was about 图书馆.\n"
    assert "图书馆" in flagged(half_done)


def test_a_chinese_item_at_the_end_of_an_english_comma_list_is_no_heading():
    assert flagged("Features: 24-hour timer, keep-warm function, 一键煮饭\n") == ["一键煮饭"]


def test_a_name_in_characters_after_a_dash_and_its_own_romanization():
    page = ("Generation 1\nLim Chong Hee – 林中熙 (b. 1842, Haicheng; d. 1901, Penang)\n"
            "Generation 2\nLim Kheng Hock – 林庆福 (1868–1930), rice merchant\n")
    assert flagged(page) == []
    assert flagged("Contact Us – 联系我们\n") != [] or intents("Contact Us – 联系我们\n")["联系我们"] != "apposition"


def test_a_term_that_says_what_it_means_and_word_list_lines_after_a_dash():
    assert flagged('Towards. 往虹桥火车站 means "towards Hongqiao Railway Station".\n') == []
    listing = ("- 两室一厅 – two bedrooms and one living room\n- 朝南 – facing south\n"
               "- 中介费 – agency fee, usually one month's rent\n- 电梯房 – building with a lift\n")
    assert flagged(listing) == []


def test_numbered_items_of_one_list_are_no_translations_of_each_other():
    page = ("The annual fee is waived if you meet these conditions:\n"
            "1. Use the card 6 times within the card year, with no minimum amount.\n"
            "2. 金卡及以上等级卡片需累计消费满5万元方可减免年费。\n"
            "3. The first year's fee is waived for all new cards.\n")
    assert flagged(page) == ["金卡及以上等级卡片需累计消费满5万元方可减免年费。"]


def test_a_model_number_given_again_beside_its_chinese_name():
    assert flagged("Model: HX-300 (悍卫300)\nBrand: Jiangnan Tools\n") == []
    assert flagged("Model: HX-300 (悍卫500)\nBrand: Jiangnan Tools\n") != []


def test_words_quoted_by_a_verb_of_saying_that_the_sentence_goes_on_past():
    text = ("My new flat has a note on the door saying 请随手关门 and a smaller one below it.\n"
            "At the counter, ask for 打包, it means a takeaway box.\n")
    assert flagged(text) == []
    assert intents(text)["请随手关门"] == "displayed-text"


def test_a_clause_after_a_verb_of_saying_is_still_left_over():
    text = "The spokesman was saying 我们将继续推进改革。\nThe college marked 建校60周年 in May.\n"
    assert flagged(text) == ["我们将继续推进改革。", "建校60周年"]


def test_a_term_explained_by_literally_or_meaning_after_a_comma():
    text = "At dinner the host raised a glass and said 干杯, literally \"dry the cup\", to everyone.\n"
    assert flagged(text) == []
    assert intents(text)["干杯"] == "explained-term"


def test_terms_joined_by_english_words_are_mentioned_on_a_page_that_explains_its_chinese():
    text = ("Counting in Chinese\n\n"
            "一 (yī) – one\n二 (èr) – two\n三 (sān) – three\n\n"
            "Before a measure word, two is 两, not 二. So say 两个 and never 二个 for two things.\n")
    assert flagged(text) == []


def test_sentence_pairs_run_on_across_the_blank_lines_between_paragraphs():
    text = ("Night thoughts by the river\n\n"
            "The moon rises over the river and the water is bright; 月亮升起在江上，江水很亮. "
            "The boat is small and the night is long; 船很小，夜很长.\n\n"
            "My grey hair, thinned by worry, will soon hold no pin; 白头搔更短. "
            "I think of my mother and my old home in the mountains; 我想起母亲和山里的老家.\n\n"
            "Tomorrow I will go back to my home by the river; 明天我要回到江边的家. "
            "Soon it will be too short for a hairpin; 浑欲不胜簪.\n")
    assert flagged(text) == []
    assert intents(text)["浑欲不胜簪"] == "bilingual"


def test_weak_pairs_do_not_carry_a_leftover_into_a_row_of_pairs():
    text = ("Lake View Inn\n\nOur inn stands by the lake, ten minutes from the old town.\n\n"
            "All rooms have a balcony and a kettle. 房间每天下午打扫一次，毛巾需要另外付费。\n\n"
            "We can book boat trips on the lake for guests. 游船票价：成人八十元，儿童半价，需提前预约。\n\n"
            "The garden is open to guests in the evening. 花园晚上十点关门，请勿大声喧哗。\n")
    assert "房间每天下午打扫一次，毛巾需要另外付费。" in flagged(text)


def test_a_labelled_term_with_its_labelled_reading_on_the_next_line():
    text = ("Word of the day: 对牛弹琴\nPinyin: duì niú tán qín\n"
            "Meaning: to play the lute to a cow, to talk to the wrong audience.\n")
    assert flagged(text) == []
    assert intents(text)["对牛弹琴"] == "pinyin"


def test_a_term_named_after_a_colon_and_explained_by_the_next_sentence():
    text = ("We spent the whole evening on one word: 缘分. Literally it is \"fate and share\", the "
            "chance that brings two people together.\n")
    assert flagged(text) == []


def test_a_labelled_line_under_a_labelled_chinese_line_must_spell_it():
    text = "Notice: 明天上午停电\nPlease read: the office closes early.\n"
    assert flagged(text) == ["明天上午停电"]


def test_a_table_column_counts_rows_whose_notes_cell_is_empty():
    text = ("| English | Chinese | Notes |\n|---|---|---|\n"
            "| Open | 打开 | |\n| Close | 关闭 | |\n| Print | 打印 | |\n| Save | 保存 | |\n| Delete | 删除 | |\n"
            "| Done | 完成 | not 做完 |\n| Exit | 退出 | |\n")
    assert "完成" not in flagged(text)


def test_a_term_given_its_quoted_meaning_after_is_or_for():
    text = ("Tattoo advice: a lone 虎 is \"tiger\" and reads well, and an app will give you 希望 for "
            "\"hope\", which is also right.\n")
    assert flagged(text) == []


def test_a_term_whose_every_word_its_own_sentence_glosses():
    text = ("Our guide wrote two words on a napkin. 花生 is the peanut and 豆腐 is tofu, she said, "
            "and both are cheap here.\n\nStuffed peppers from the market stall, 酿辣椒\n")
    assert flagged(text) == []
    assert intents(text)["花生"] == "glossed-in-sentence"


def test_a_term_its_sentence_does_not_gloss_stays_a_leftover():
    text = ("The delegation toured the campus in the morning. Later the 开幕式 was held in the hall, "
            "and the guests left at noon.\n")
    assert flagged(text) == ["开幕式"]


def test_a_table_cell_or_a_label_is_not_glossed_by_what_follows_it():
    from mtmend.leftovers import LEFTOVER, Leftover, _glossed_in_sentence
    for text, term in (("| 贮藏 | Sealed, store in a cool place |\n", "贮藏"),
                       ("年: The year 2024 was a good one for the school.\n", "年")):
        start = text.index(term)
        found = [Leftover(start, start + len(term), term, "zh", LEFTOVER)]
        _glossed_in_sentence(text, found)
        assert found[0].intent == LEFTOVER, text


def test_a_character_alone_in_an_english_line_is_named():
    text = ("Is it 的 or 得 here? I was told 的 marks possession, and for manner you should think 得.\n"
            "Note the old form 荳 on the sign of the tofu shop, which you rarely see today.\n"
            "The common surnames are 王, 李, 张 and 陈, all of them short.\n"
            "Each branch took one word: my father's 忠, my uncle's 孝, our cousins' 仁.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"lone-character"}


def test_text_whose_characters_the_page_singles_out_one_by_one_is_under_discussion():
    text = ("The motto over the school gate reads:\n\n明德笃行\n\n"
            "The first graduates were told to take 德 as their guide, and the founder liked to say that 行 "
            "matters more than any speech.\n")
    assert flagged(text) == []
    assert intents(text)["明德笃行"] == "discussed-characters"
    one = text.replace(", and the founder liked to say that 行 matters more than any speech", "")
    assert flagged(one) == ["明德笃行"]
    examples = ("Is it 的 or 得 after a verb? My tutor wrote \"他跑的很快\" and I changed it.\n"
                "Staff meeting notes: 会议决定下周一开始试运行新系统。\n")
    assert flagged(examples) == ["会议决定下周一开始试运行新系统。"]


def test_a_character_beside_a_figure_or_in_furniture_is_no_lone_character():
    text = ("Suspended trains: D7501, D7502, D7506 次\n"
            "注: The figures for the second quarter are provisional.\n"
            "| Storage | 贮 | Keep in a dry place |\n")
    for term in ("次", "注", "贮"):
        assert intents(text)[term] != "lone-character", term


def test_a_word_of_two_characters_in_an_english_sentence_stays_a_leftover():
    text = "During the expo there will also be a 茶会 for the visiting buyers and their hosts.\n"
    assert flagged(text) == ["茶会"]


def test_a_page_that_leaves_only_terms_inside_english_sentences_names_them():
    page = ("Our food walk in Chengdu\n\n"
            "We started with 钟水饺 (Zhong dumplings) at a small shop near the park.\n"
            "Then we had a bowl of 甜水面, thick noodles in a sweet sauce, and a plate of 夫妻肺片 before lunch.\n"
            "The last stop was a tea house where the owner poured 竹叶青 for everyone.\n")
    assert flagged(page) == []
    half_done = ("Our food walk in Chengdu\n\n"
                 "We started with 钟水饺 (Zhong dumplings) at a small shop near the park.\n"
                 "Then we had a bowl of 甜水面, thick noodles in a sweet sauce.\n"
                 "游客可以在这里品尝到地道的四川小吃。\n")
    assert "甜水面" in flagged(half_done)


def test_a_title_in_its_title_marks_between_english_words_names_a_work():
    text = "For the exam, read Lu Xun's 《狂人日记》 and the first chapter of 《呐喊》, in any edition.\n"
    assert flagged(text) == []
    assert set(intents(text).values()) == {"work-title"}
    clause = "The minister said 要认真学习《决定》精神 at the meeting.\n"
    assert flagged(clause) == ["要认真学习《决定》精神"]


def test_a_comma_and_english_words_after_a_title_end_its_run():
    text = ("Course reading\n\nWeek 1: the Mencius, 《孟子》, including 梁惠王 and 公孙丑\n"
            "Week 2: the Analects (论语), book one\nWeek 3: Zhuangzi, 《庄子》, the inner chapters\n")
    assert flagged(text) == []
    assert intents(text)["梁惠王 and 公孙丑"] == "mentioned-term"


def test_a_hashtag_names_a_topic_and_a_sentence_after_one_is_no_tag():
    text = "Fans flooded #春晚# with memes, and #过年回家 trended for a week.\n"
    assert flagged(text) == []
    assert set(intents(text).values()) == {"hashtag"}
    post = "Fans flooded the page.\n#话题# 今天我们去了公园，天气很好。\n"
    assert flagged(post) == ["话题# 今天我们去了公园，天气很好。"]


def test_a_short_name_after_a_verb_of_naming_that_the_sentence_goes_on_past():
    text = "The report cites an older design titled 自动卷绕装置, which used a spring, and one called 双轴系统.\n"
    assert flagged(text) == []
    clause = "The report was titled 关于进一步加强安全生产工作的通知。\n"
    assert flagged(clause) != []


def test_a_caption_naming_a_place_that_a_dash_then_describes():
    text = ("Old signs of Sheung Wan\n\nPhoto 1. 永兴茶楼 — a teahouse that closed in 2009.\n"
            "Photo 2. 德昌五金 — the last hardware shop on the street.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"explained-term"}
    left = "Photo 3. 市委书记在调研中强调要加快推进城市更新工作 — the visit lasted two hours.\n"
    assert flagged(left) != []


def test_a_lesson_that_reads_out_parts_of_a_chinese_dialogue_teaches_all_of_it():
    text = ("Lesson 4: At the fruit stall\n\n"
            "Seller 老板: 你要买什么？\nBuyer 顾客: 我要两斤苹果。\nSeller 老板: 还要别的吗？\nBuyer 顾客: 不要了，多少钱？\n\n"
            'Notes: "Liǎng jīn píngguǒ" is two jin of apples. "Duōshao qián" asks the price, and "bú yào le" '
            "politely turns down more.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) <= {"reading-elsewhere", "dialogue-line", "bilingual"}
    untaught = text.split("Notes:")[0] + "Notes: the stall closes at six.\n"
    assert len(flagged(untaught)) == 4


def test_a_glossary_line_gives_the_english_term_a_dash_then_the_chinese():
    text = ("Renting in Shanghai: a short glossary\n\n"
            "Agency fee – 中介费: usually one month's rent.\n"
            "Property management fee – 物业费: paid monthly.\n"
            "South-facing – 朝南: the flat gets winter sun.\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"phrase-pair"}


def test_a_quoted_rendering_may_close_with_its_stop_inside_the_quotes():
    text = 'The base carries a reign mark that reads 大清乾隆年制, "made in the Qianlong reign of the Great Qing."\n'
    assert flagged(text) == []
    assert intents(text)["大清乾隆年制"] == "phrase-pair"


def test_a_table_column_of_translations_completes_a_cell_that_names_a_code_and_rows_with_times():
    rows = [("Monday", "16:00", "Writing Characters", "汉字书写"), ("Tuesday", "18:30", "Business Chinese", "商务汉语"),
            ("Thursday", "19:00", "Calligraphy", "书法"), ("Saturday", "10:00", "HSK 3 Exam Preparation", "HSK三级备考")]
    table = "| Day | Time | Course | Chinese name |\n|---|---|---|---|\n" + "".join(f"| {' | '.join(r)} |\n" for r in rows)
    assert flagged("Spring timetable\n\n" + table) == []
    assert intents("Spring timetable\n\n" + table)["三级备考"] == "bilingual"


def test_a_sentence_quoted_in_english_prose_with_its_rendering_in_quotes_or_between_dashes():
    chant = ('The away end kept singing 红蓝红蓝，永远向前！ — "Red and blue, red and blue, always forward!" — '
             "until the final whistle.\n")
    assert flagged(chant) == []
    asked = "At the gate the guard asked, “你找谁？” — who are you looking for? — and waved us through.\n"
    assert flagged(asked) == []
    cheer = 'The crowd answered with 加油！加油！, literally "add oil," the cheer of every Chinese stadium.\n'
    assert flagged(cheer) == []
    unrelated = 'The mayor said 今年要新建三所学校。 — "the weather was fine" — and left the stage.\n'
    assert flagged(unrelated) == ["今年要新建三所学校。"]


def test_a_sentence_after_the_chinese_that_says_what_it_means():
    text = ("I practised this for weeks. 祝你们百年好合，永结同心。 For everyone else: that means \"I wish you a hundred "
            "years of harmony, and hearts joined forever.\"\n")
    assert flagged(text) == []


def test_weak_pairs_do_not_outweigh_the_leftovers_beside_them():
    page = ("Gallery: spring at the lake\n\n[Photo 1]\nThe old stone pier at sunrise.\n摄影：王明　拍摄时湖面上还有薄雾，气温只有五度。\n\n"
            "[Photo 2]\nFishermen mending nets on the shore.\n湖区共有渔民三百多户，近年来大多转为经营民宿。\n\n"
            "[Photo 3]\nVisitors drinking tea at the tea pavilion.\n茶亭每天上午开门，周二休息。\n\n"
            "[Photo 4]\nThe stone bridge at the entrance of the valley.\n石桥始建于明代，全长三十米。\n")
    assert len(flagged(page)) == 4


def test_an_item_of_an_english_list_is_not_rendered_by_its_siblings():
    text = "School menu, Tuesday\nLunch: noodles with minced meat, steamed fish, 蒜蓉生菜\nDinner: rice, tofu soup\n"
    assert flagged(text) == ["蒜蓉生菜"]


def test_a_rendering_in_single_quotes_may_hold_apostrophes():
    text = "Compare the negation in 他不喝咖啡, 'he doesn't drink coffee', with the past.\n"
    assert flagged(text) == []
    assert intents(text)["他不喝咖啡"] == "phrase-pair"


def test_a_grammar_note_names_its_example_phrases_in_its_prose():
    note = ("The particle 过\n\n过 marks an experience. Examples:\n我去过北京。 I have been to Beijing.\n"
            "他吃过烤鸭。 He has eaten roast duck.\n我们看过这个电影。 We have seen this film.\n"
            "她学过中文。 She has studied Chinese.\n\n"
            "Do not say 我过去北京 when you mean the experience; say 我去过北京 or 我去过两次北京 instead.\n")
    assert flagged(note) == []
    news = ("The committee met on Monday. 会议强调要加强管理 and the 工作人员要认真负责 were both noted.\n")
    assert flagged(news) != []


def test_a_verse_left_in_chinese_on_a_paired_page_is_no_edition_label():
    pairs = [("夜班车沿着大桥轻轻地响", "The night bus hums along the bridge"), ("我把头靠在玻璃窗上", "I lean my head against the glass"),
             ("看着城市的灯光慢慢散开", "And watch the city lights drift apart"),
             ("但我们几乎算是朋友", "But we are almost something like friends"),
             ("司机早已记住我下车的地方", "The driver knows my stop by heart"),
             ("一个男人又在数着硬币", "A man is counting coins again"), ("我们从不说话，也从不挥手", "We never speak, we never wave")]
    song = "Night Bus\n\n" + "".join(f"{en}\n{zh}\n" for zh, en in pairs) + "\n终点站到了，灯一盏一盏熄灭\n我走下车，听见自己的脚步\n"
    assert flagged(song) == ["终点站到了，灯一盏一盏熄灭", "我走下车，听见自己的脚步"]
    plain = song + "明天晚上还是这班车\n还是这条回家的路\n"  # lines without a comma, a verse all the same
    assert flagged(plain)[-2:] == ["明天晚上还是这班车", "还是这条回家的路"]


def test_english_that_translates_one_paragraph_does_not_translate_the_next_one_too():
    manual = ("Safety\n\n警告：请勿在加热器上覆盖衣物或毛巾。\nWARNING: Do not cover the heater with clothes or towels.\n\n"
              "警告：使用时与窗帘、家具等易燃物品保持至少一米的距离。\n"
              "WARNING: Keep the heater at least one metre from curtains, furniture and other flammable objects.\n\n"
              "警告：本产品不得与其他大功率电器共用一个插座，请勿使用延长线。\n\n"
              "注意：移动加热器前请关闭电源并等待其冷却。\nCAUTION: Switch off the heater and let it cool before moving it.\n")
    assert flagged(manual) == ["警告：本产品不得与其他大功率电器共用一个插座，请勿使用延长线。"]


def test_a_cantonese_phrase_followed_by_its_jyutping():
    text = "Useful Cantonese\n\n好食！ · hou2 sik6 · Delicious!\n喺邊度？ · hai2 bin1 dou6 · Where is it?\n"
    assert flagged(text) == []
    assert set(intents(text).values()) == {"pinyin"}
    short = "Order this: 凍檸茶 dung3 · iced lemon tea\n"
    assert intents(short)["凍檸茶"] != "pinyin"


def test_a_list_entry_whose_dash_brings_its_description_in_lower_case():
    text = ("The menu board\n\n- 肉夹馍 — stewed pork in a crisp flatbread, 12 yuan\n- 凉皮 — cold wheat noodles with chilli oil, 10 yuan\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"explained-term"}


def test_a_labelled_line_above_a_translated_paragraph_is_no_title():
    text = ("下一篇：全省少儿戏曲大赛圆满落幕\n\n"
            "省京剧院今天启动戏曲进校园巡演，将在十二所高校演出二十场。\n"
            "The provincial Peking Opera Theatre today launched a campus tour of twenty performances in twelve universities.\n")
    assert flagged(text) == ["下一篇：全省少儿戏曲大赛圆满落幕"]


def test_one_character_entries_each_with_its_meaning_in_a_cell():
    text = ("| Radical | Meaning | Examples |\n|---|---|---|\n| water | liquids | 河 river, 洗 wash, 海 sea |\n"
            "| hand | actions | 打 hit, 推 push |\n")
    assert flagged(text) == []
    assert flagged("| Storage | 贮 | Keep in a dry place |\n") == ["贮"]


def test_english_after_one_label_of_a_block_of_untranslated_labels_is_its_value():
    text = ("The exhibition opened at the Provincial Library on December 3.\n\n"
            "展出时间: December 3, 2026 – March 31, 2027\n展出地点: Exhibition Hall, 2nd Floor, Provincial Library\n"
            "参观须知: 展厅内请勿使用闪光灯拍照。\n")
    assert "展出地点" in flagged(text)
    glossary = "Kitchen words\n\n茶叶: tea leaves\n米饭: rice\n筷子: chopsticks\n"
    assert flagged(glossary) == []


def test_a_saying_rendered_in_quotes_later_in_its_paragraph():
    text = ("The first one I wrote down was 油要热，锅要干. She said it before every stir-fry, and it was months before "
            "my husband explained that it means \"the oil must be hot and the wok must be dry\".\n"
            "At dinner she tasted the greens and said only 咸了. I thought it was praise until he told me it meant "
            "\"too salty\".\n")
    assert flagged(text) == []
    assert intents(text)["油要热，锅要干"] == "phrase-pair"
    unrelated = text.replace("\"the oil must be hot and the wok must be dry\"", "\"be patient\"")
    assert flagged(unrelated) == ["油要热，锅要干"]


def test_a_footnote_mark_after_a_run_points_to_the_note_that_renders_it():
    text = ("On my last evening her husband raised his cup and said 下次再来.[1] I will.\n\n"
            "The eleven-year-old told me 不辣，一点点.[2] She was lying.\n\nNotes\n\n"
            "[1] \"Come again next time.\"\n[2] \"It's not spicy, just a little bit.\"\n")
    assert flagged(text) == []
    assert flagged(text.replace("[2] \"It's not spicy, just a little bit.\"", "[2] Source: field notes.")) == ["不辣，一点点"]


def test_a_bracket_after_an_abbreviated_company_name_glosses_it():
    text = "Huayang Pharmaceutical Group Co., Ltd. (华阳药业集团股份有限公司) was founded in 1993 in Suzhou.\n"
    assert flagged(text) == []
    assert intents(text)["(华阳药业集团股份有限公司)"] == "gloss"
    credit = "Firefighters put out the blaze at the warehouse. （新华社记者 王刚 摄）\n"
    assert flagged(credit) == ["（新华社记者 王刚 摄）"]


def test_a_run_between_commas_is_an_apposition_only_after_what_it_renders_or_names():
    assert flagged("Officials from China, 中国, and Japan met in Geneva on Monday.\n") == []
    assert flagged("The university's motto, 厚德载物, means to carry all things with great virtue.\n") == []
    assert flagged("LIN Tao, Professor, 博士生导师, Director of the Laboratory\n") == ["博士生导师"]


def test_a_term_in_an_english_note_inside_a_table_cell_is_named_in_prose():
    text = ("| English | Chinese | Note |\n|---|---|---|\n| Settings | 设置 | Standard. |\n"
            "| Account | 账号 | Use 账号, not the older variant 帐号. |\n| Share | 分享 | Not 共享, which we keep for folders. |\n"
            "| Cancel | 取消 | Standard. |\n")
    assert flagged(text) == []
    assert intents(text)["帐号"] == "mentioned-term"


def test_text_the_english_says_is_chinese_is_given_as_such():
    text = ("In English the path is Edit › Preferences › Language; in Chinese that is 编辑 › 首选项 › 语言. "
            "Choose English and restart the program.\n")
    assert flagged(text) == []
    assert flagged("The path is Edit › Preferences › Language, then 编辑 › 首选项 › 语言 as before.\n") != []


def test_a_term_rendered_after_a_colon_to_the_end_of_its_sentence():
    text = "When the food is on the table she waves us down with 快吃，凉了: eat, it won't taste good once it's cold.\n"
    assert flagged(text) == []
    assert flagged("The notice said 快吃，凉了: the canteen closes at noon.\n") == ["快吃，凉了"]


def test_a_term_whose_meaning_the_english_asks_is_named():
    text = ("News quiz\n1. Online retailers reported record sales again on 双十一. What is it?\n"
            "2. The weather service issued an alert for a 寒潮 this weekend. What is it?\n")
    assert flagged(text) == []
    assert flagged("Online retailers reported record sales again on 双十一 this year.\n") == ["双十一"]
