"""A short Chinese line must account for the English it pairs with (align.accounted_both_ways),
found on the hand-written set bench/sets/detect8-*: captions, headlines and notices beside a body
sentence on the same subject. Each on documents written for these tests, with the deliberate
counterpart that must stay excused."""
from __future__ import annotations

from mtmend.align import THRESHOLD, accounted_both_ways
from mtmend.bilingual import Chinese, English, shares_both_ways, translation_score
from mtmend.leftovers import BILINGUAL, HEADING, find_leftovers

from detect_helpers import flagged


def test_a_caption_beside_a_longer_sentence_on_its_subject_stays_a_leftover():
    text = "The museum was built in 1991 on a hillside west of the lake, among the old farms.\n杭州茶叶博物馆的茶园。\n"
    assert flagged(text) == ["杭州茶叶博物馆的茶园。"]
    text = "城市图书馆新馆开放\nThe library's reading rooms are open from nine every morning, and children have a floor of their own.\n"
    assert flagged(text) == ["城市图书馆新馆开放"]


def test_a_caption_with_its_own_translation_stays_deliberate():
    text = "The tea garden of the Hangzhou tea museum.\n杭州茶叶博物馆的茶园。\n\nThe museum opened in 1991.\n"
    assert flagged(text) == []
    text = "城市图书馆新馆开放\nThe new city library opens\n\nThe reading rooms are open from nine every morning.\n"
    assert flagged(text) == []


def test_a_short_english_line_is_never_held_to_it():
    # Few English words: two or fewer unexplained ones are no evidence against a pair.
    assert accounted_both_ways("请不要太辣。", "Not too spicy, please.")
    assert not accounted_both_ways("杭州茶叶博物馆的茶园。",
                                 "The museum was built in 1991 on a hillside west of the lake, among the old farms.")


def test_a_long_unit_is_left_to_the_score():
    chinese = "这座博物馆收藏了两千多件茶具，其中不少是宋代和明代的瓷器，每年吸引大批游客前来参观。"
    assert accounted_both_ways(chinese, "The museum has been open since 1991 and draws many visitors in spring.")


def test_shares_both_ways_counts_shared_numbers_on_both_sides():
    zh, en = Chinese("2024年游客达到300万人。"), English("Visitors reached 3 million in 2024.")
    chinese_share, english_share = shares_both_ways(zh, en)
    assert chinese_share > 0 and english_share > 0
    assert shares_both_ways(zh, English("The weather was fine in March."))[1] == 0.0


def test_a_long_chinese_caption_under_a_short_english_one_that_says_less_stays_a_leftover():
    text = "The old harbour at dawn.\n图为渔民清晨在老港口修补渔网并装卸新鲜的海鱼。\n\nBoats leave at six.\n"
    assert flagged(text) == ["图为渔民清晨在老港口修补渔网并装卸新鲜的海鱼。"]
    text = "Fishermen mend their nets and unload fresh fish at the old harbour at dawn.\n" \
           "图为渔民清晨在老港口修补渔网并装卸新鲜的海鱼。\n\nBoats leave at six.\n"
    assert flagged(text) == []


def test_a_page_of_alternating_paragraphs_keeps_a_cut_off_one_that_pairs_by_score():
    # The last Chinese paragraph is cut off and its English says more: alone it is no pair, but
    # the page's layout of verified pairs makes it part of the bilingual text.
    last = ("今年新生人数比去年增加了\n\n"
            "There are more new students this year, and two classes were opened in the east building for them.\n")
    assert flagged("Term news\n\n" + last) == ["今年新生人数比去年增加了"]
    text = ("学校今天举行了开学典礼，新生和家长参加了活动。\n\n"
            "The school held its opening ceremony today, and new students and parents took part.\n\n"
            "校长在典礼上欢迎新生\n\nThe head teacher welcomed the new students, who came from nine provinces.\n\n" + last)
    assert flagged(text) == []


def test_a_thinly_glossed_remark_is_left_to_the_score():
    # Both sides are explained alike (a foreign name written by sound, idiom): no sentence on
    # another subject, so the check does not judge it.
    chinese, english = "“无论他躲在哪里，都会被找到的，”警长说。", "\"Wherever he hides, he will be found in the end,\" the sheriff said."
    chinese_share, english_share = shares_both_ways(Chinese(chinese), English(english))
    assert english_share < 0.4 and chinese_share < english_share
    assert accounted_both_ways(chinese, english)


def test_a_term_with_its_english_on_a_list_line_is_a_heading_half():
    text = "Things to pack\n\n- 手电筒 torch\n- 地图 map\n* 防晒霜 sun cream\n"
    assert flagged(text) == []
    text = "Things to pack\n\n- A torch\n- A map\n- 防晒霜和帽子\n"
    assert flagged(text) == ["防晒霜和帽子"]


def test_a_bracketed_sentence_after_the_english_it_follows_is_its_original():
    # The dictionary gives the quotation half the evidence a sentence needs alone.
    said = "Standing by a river, he said, \"It passes on like this, never ceasing day or night.\""
    assert THRESHOLD / 2 <= translation_score(Chinese("逝者如斯夫，不舍昼夜。"), English(said)) < THRESHOLD
    assert flagged(said + " (逝者如斯夫，不舍昼夜。)\n\nThe line is painted on the wall of the gym.\n") == []
    # On a line of its own it faces the quotation, which renders it as a unit of its own.
    assert flagged(said + "\n\n逝者如斯夫，不舍昼夜。\n\nThe line is painted on the wall of the gym.\n") == []
    assert flagged(said + "\n\n体育馆每天早上六点开门。\n\nThe line is painted on the wall of the gym.\n") \
        == ["体育馆每天早上六点开门。"]
    # A byline in brackets is no sentence; a bracketed sentence on another subject has no evidence.
    assert flagged("Snow is expected in the hills tonight. （记者：周丽）\n") == ["（记者：周丽）"]
    assert flagged("The gym opens at six. (请保持安静，勿大声喧哗。)\n") == ["(请保持安静，勿大声喧哗。)"]


def test_a_list_continued_in_chinese_is_not_translated_by_its_siblings():
    # `告诉` glosses "press charges": the item matches `Charge the camera` by chance.
    text = "Before the hike\n\n- Charge the camera\n- Check the bus times\n- 告诉家人你的路线\n- 带上雨衣\n"
    assert flagged(text) == ["告诉家人你的路线", "带上雨衣"]
    # Set apart from its translations, the same list is a list of originals.
    text = "Before the hike\n\n- Take a raincoat\n- Tell a friend your route\n\nIn Chinese:\n\n- 带上雨衣\n- 告诉朋友你的路线\n"
    assert flagged(text) == []


def test_a_list_entry_is_a_heading_half_only_when_its_english_translates_it():
    intents = {lo.text: lo.intent for lo in find_leftovers("Kitchen words\n\n- 汤勺 soup ladle\n- 筷子 chopsticks\n")}
    assert intents == {"汤勺": HEADING, "筷子": HEADING}
    # A note after an original (its director) is no rendering: the list of originals pairs it.
    text = ("Films we watched\n\n1. Farewell My Concubine\n2. Raise the Red Lantern\n\nOriginals\n\n"
            "1. 霸王别姬 – Chen Kaige\n2. 大红灯笼高高挂 – Zhang Yimou\n")
    assert {lo.text: lo.intent for lo in find_leftovers(text)} == {"霸王别姬": BILINGUAL, "大红灯笼高高挂": BILINGUAL}
