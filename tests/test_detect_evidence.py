"""Kinds of evidence added for the fourth hand-written held-out set (bench/sets/detect4-*): each
on documents written for these tests, with the leftover it must not excuse beside it."""
from __future__ import annotations

from mtmend.align import translates
from mtmend.bilingual import Chinese, English, _chinese_numbers, _english_numbers, covered_share, translation_score
from mtmend.leftovers import find_leftovers, script_shares

from detect_helpers import flagged, intents


def test_a_short_exclamation_quoted_inside_an_english_sentence():
    text = ('At the door the children shouted "新年好！" and ran inside. The old man only asked '
            '"吃了吗？", then went back to his paper.\n')
    assert flagged(text) == []
    assert set(intents(text).values()) == {"quoted-utterance"}


def test_a_quoted_sentence_that_ends_the_english_one_stays_a_leftover():
    text = 'After the meeting the mayor told reporters: "我们将在年底前完成全部改造工程。"\n'
    assert flagged(text) == ['"我们将在年底前完成全部改造工程。"']
    text = 'The notice on the gate said "闲人免进！"\n'  # nothing carries on after the quote
    assert flagged(text) == ['"闲人免进！"']


def test_a_markdown_heading_mark_before_a_bilingual_heading():
    text = "# 住宿 Where to stay\n\nMost guests book a room in the old town.\n\n### 购物 Shopping\n\nThe market opens at dawn.\n"
    assert intents(text) == {"住宿": "heading", "购物": "heading"}
    text = "## 政策解读\n\nThe province will cut fees for small firms from next month.\n"
    assert flagged(text) == ["政策解读"]


def test_a_table_row_is_no_list_item_matched_to_the_header():
    text = ("| Province | Output | Growth |\n| --- | --- | --- |\n| Hebei | 310 | 4.1 |\n"
            "| 江苏省 | 300 | 3.9 |\n| 山东省 | 280 | 5.0 |\n")
    assert flagged(text) == ["江苏省", "山东省"]


def test_chinese_numerals_and_english_number_words_count_as_shared_numbers():
    assert _chinese_numbers("上午十点到下午三点半，每二十五分钟一趟，共两千人") == {"10", "3", "25", "2000"}
    assert _chinese_numbers("一个统一的市场") == frozenset()  # one is in too many words
    assert _english_numbers("every twenty-five minutes for ten days") == {"25", "10"}
    pair = translation_score(Chinese("渡轮每二十分钟一班。"), English("The ferry leaves every twenty minutes."))
    other = translation_score(Chinese("渡轮每二十分钟一班。"), English("The ferry leaves every hour."))
    assert pair > other
    text = "码头早上七点开放。 The pier opens at 7 am. 末班船晚上十一点开。 The last boat leaves at 11 pm.\n"
    assert flagged(text) == []


def test_a_spelled_number_on_one_side_is_no_lone_number():
    with_word = translation_score(Chinese("我们等了十天。"), English("We waited for ten days."))
    without = translation_score(Chinese("我们等了很久。"), English("We waited for ten days."))
    assert with_word > without


def test_a_line_of_short_sentence_pairs_with_more_han_than_latin_letters():
    text = "The shop opens at nine. 商店九点开门。 这里的老板很有名，常上电视。 It sells tea. 这里卖茶。\n"
    assert flagged(text) == ["这里的老板很有名，常上电视。"]
    assert script_shares(text) is None  # an English page with its Chinese beside it


def test_a_chinese_page_is_still_not_english():
    text = "今天天气很好，我们去公园散步。公园里有很多人，有的在跑步，有的在下棋。 Park\n"
    assert script_shares(text) is not None


def test_a_name_after_a_latin_name_whose_word_spells_the_surname():
    text = ("Cast\n- Chow Yun-fat 周润发 as Mark\n- Anita Mui 梅艳芳 as the singer\n"
            "- Andy Lau 刘德华 as the detective\n")
    assert flagged(text) == []
    assert set(intents(text).values()) == {"apposition"}


def test_a_name_that_spells_no_surname_of_the_latin_name_stays_a_leftover():
    text = "The award went to Peter Brown 成立的公司 last year.\n"
    assert "成立的公司" in flagged(text)
    text = "The prize went to Peter Brown 获奖 at the dinner last year.\n"
    assert flagged(text) == ["获奖"]


def test_a_chinese_title_above_its_english_title_and_the_poem_below():
    text = ("望庐山瀑布\nViewing the Waterfall\n\n日照香炉生紫烟，\n遥看瀑布挂前川。\n\n"
            "The sun on Incense Burner Peak raises a purple smoke;\nfrom afar I watch the waterfall hang over the river.\n")
    assert "望庐山瀑布" not in flagged(text)


def test_a_chinese_headline_above_an_english_story_stays_a_leftover():
    text = "全市开展夏季消防检查\nSummer checks\n\nFire officers will visit 300 shops this month to check exits and alarms.\n"
    assert flagged(text) == ["全市开展夏季消防检查"]


def test_one_character_words_cover_english_words_by_half_in_long_chinese():
    # `本` (this / book) and `馆` (hall / shop) match words of an English sentence about a shop by
    # chance; a paragraph about something else next to it stays a leftover.
    text = ("The gallery shop sells prints, books and copies of the vases.\n\n"
            "本馆下周起延长开放时间，每天晚上开放至九点，欢迎市民前来参观。\n")
    assert flagged(text) == ["本馆下周起延长开放时间，每天晚上开放至九点，欢迎市民前来参观。"]


def test_a_run_of_a_translated_headline_and_an_untranslated_sentence_stays_flagged():
    # No stop after the headline, a space, then a sentence that the English beside it does not
    # give: the run as a whole scores as a translation, but half of it is untranslated.
    text = ("City library opens new reading room for children. 市图书馆开设新的儿童阅览室 周末停车收费。 "
            "It has 5,000 books. 有5000本书。\n")
    found = {lo.text.strip(): lo.intent for lo in find_leftovers(text)}
    assert found["市图书馆开设新的儿童阅览室 周末停车收费。"] == "leftover"
    assert found["有5000本书。"] == "bilingual"
    text = "City library opens new reading room for children. 市图书馆开设新的儿童阅览室。 It has 5,000 books. 有5000本书。\n"
    assert flagged(text) == []


def test_a_space_inside_a_translated_chinese_sentence_does_not_part_it():
    # News Chinese sometimes keeps a space where a term was cut; both parts are translated.
    text = ("The museum opened a new hall for bronze vessels from the Shang dynasty on Monday. "
            "博物馆周一开放了一个新的 商代青铜器展厅。\n")
    assert flagged(text) == []


def test_the_english_gives_part_of_a_translated_part_and_nothing_of_an_untranslated_one():
    english = English("City library opens new reading room for children.")
    assert covered_share(Chinese("市图书馆开设新的儿童阅览室"), english) > 0.5
    assert covered_share(Chinese("周末停车收费"), english) == 0.0


def test_a_table_cell_is_not_translated_by_another_row():
    text = "| Fruit | Price |\n| --- | --- |\n| Red apples | 6 |\n| 青苹果 | 7 |\n| 香蕉 | 5 |\n"
    assert flagged(text) == ["青苹果", "香蕉"]
    text = "| Fruit | Chinese |\n| --- | --- |\n| red apples | 红苹果 |\n| bananas | 香蕉 |\n| pears | 梨 |\n"
    assert flagged(text) == []


def test_a_gloss_that_doubles_its_last_letter_before_ing_matches_its_english_form():
    assert translates("设置", "Settings")
    assert translates("购物", "Shopping")
