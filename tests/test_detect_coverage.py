"""Evidence added for the fifth hand-written held-out set (bench/sets/detect7-*): a label's value,
a heading's number and a figure glued to a leftover. Each on documents written for these tests,
with the deliberate counterpart that must stay excused beside the leftover."""
from __future__ import annotations

from mtmend.align import lacks_numbers
from mtmend.bilingual import Chinese, English, own_evidence

from detect_helpers import flagged, intents


def test_a_label_whose_value_the_english_does_not_give_stays_a_leftover():
    # `讲座` glosses "lecture" for both the label and the value's `教授`: one word, no name.
    text = "Workshop schedule\n\n主讲人：黄建华教授\n\nThe workshop will take place in the east wing on Monday.\n"
    assert flagged(text) == ["主讲人：黄建华教授"]
    text = "Reviewer's comments\n\n审稿人：刘红\n\nThe reviewer asked for two more figures.\n"
    assert flagged(text) == ["审稿人：刘红"]


def test_a_label_with_its_value_translated_beside_it_is_deliberate():
    text = "主讲人：黄建华教授\nSpeaker: Professor Huang Jianhua\n\nThe workshop takes place in the east wing.\n"
    assert flagged(text) == []
    text = "截止日期：2026年3月15日\nDeadline: 15 March 2026\n\nLate entries are not accepted.\n"
    assert flagged(text) == []


def test_own_evidence_needs_more_than_the_label_gives():
    english = English("Lecture notice")
    assert not own_evidence(Chinese("吴强教授"), Chinese("报告人"), english)
    assert own_evidence(Chinese("吴强教授"), Chinese("报告人"), English("Speaker: Professor Wu Qiang"))
    assert own_evidence(Chinese("2026年3月15日"), Chinese("日期"), English("Date: 15 March 2026"))


def test_a_chapter_number_the_english_heading_lacks_is_no_bilingual_heading():
    text = "第二十一章 Night Train\n\nThe train left the valley after midnight.\n"
    assert flagged(text) == ["第二十一章"]
    text = "## 第九回 The Old Ferryman\n\nNobody in the village knew his real name.\n"
    assert flagged(text) == ["第九回"]


def test_a_heading_whose_number_the_english_gives_stays_deliberate():
    text = "第九章 Chapter 9: The Ferry\n\nNobody in the village knew his real name.\n"
    assert intents(text) == {"第九章": "heading"}
    text = "### 第4站 Stop 4 – the bell tower\n\nClimb the 120 steps for the view.\n"
    assert flagged(text) == []


def test_lacks_numbers_reads_figures_and_spelled_numbers():
    assert lacks_numbers("第三十七章", "The Return")
    assert not lacks_numbers("第三十七章", "Chapter 37")
    assert not lacks_numbers("第三十七章", "Chapter thirty-seven")
    assert not lacks_numbers("餐饮", "Food and drink")


def test_a_figure_glued_to_a_leftover_belongs_to_it():
    text = "Profits fell in 上半年，净利润下降12.5%, the bank said.\n"
    assert flagged(text) == ["上半年，净利润下降12.5%"]
    text = "Exports to the region rose 同比增长３０％ last year.\n"
    assert flagged(text) == ["同比增长３０％"]


def test_a_figure_set_apart_or_joined_to_latin_stays_outside():
    text = "Profits fell in 上半年，净利润下降 12.5%, the bank said.\n"
    assert flagged(text) == ["上半年，净利润下降"]
    text = "Night market returns\n点击：2041  日期：2025-07-12\n\nStalls open at 6 pm.\n"
    assert flagged(text) == ["点击：2041", "日期："]  # a wide gap parts the two labels
    text = "Call the hotline 请拨打热线电话020-8888-1234 for help.\n"
    assert flagged(text) == ["请拨打热线电话"]
    text = "The new model supports 网络5G and Wi-Fi 6.\n"
    assert flagged(text) == ["网络"]
