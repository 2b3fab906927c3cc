"""A term with its English phrase right beside it (leftovers.PHRASE), and the leftovers that
look like one: documents written for these tests."""
from __future__ import annotations

import mtmend
from mtmend.leftovers import find_runs

import detect_helpers
from detect_helpers import flagged


def intents(text: str) -> dict[str, str]:
    return detect_helpers.intents(text, '" ')


def test_terms_with_their_english_after_commas_are_not_one_run():
    text = "The lifts stop at: 餐厅 Restaurant, 游泳池 Swimming pool, 会议室 Meeting room.\n"
    assert [text[s:e] for s, e in find_runs(text)] == ["餐厅", "游泳池", "会议室"]


def test_a_list_of_terms_each_followed_by_its_english():
    text = "The lifts stop at: 餐厅 Restaurant, 游泳池 Swimming pool, 会议室 Meeting room.\n"
    assert flagged(text) == []
    assert set(intents(text).values()) == {"phrase-pair"}


def test_the_phrase_is_reported_as_the_translation():
    text = "Signs on each floor: 禁止吸烟 No smoking, 出口 Exit.\n"
    issues = [i for i in mtmend.check(text) if i.kind == "untranslated"]
    assert [(i.severity, i.data["intent"], i.data["translation"]) for i in issues] == [
        ("info", "phrase-pair", "No smoking"), ("info", "phrase-pair", "Exit")]


def test_english_before_its_term():
    text = "Words for the week: Library, 图书馆; Teacher, 老师.\n"
    assert intents(text) == {"图书馆": "phrase-pair", "老师": "phrase-pair"}


def test_a_quoted_greeting_glossed_by_the_phrase_after_it():
    text = 'The waiter bowed and said "欢迎光临", Welcome, and led us to a table.\n'
    assert flagged(text) == []


def test_a_quoted_saying_with_its_translation_in_brackets():
    text = 'Her father\'s advice was "失败是成功之母。" (Failure is the mother of success.)\n'
    assert flagged(text) == []


def test_a_clause_inside_an_english_sentence_stays_a_leftover():
    text = "The school said the new library 将于明年九月正式开放 and will seat 400 students.\n"
    assert flagged(text) == ["将于明年九月正式开放"]


def test_a_clause_after_the_start_of_a_sentence_is_no_phrase_pair():
    text = "The firm said its profits grew,同比增长百分之八,and it will open two shops.\n"
    assert flagged(text) == ["同比增长百分之八"]


def test_a_term_beside_english_that_renders_something_else():
    text = "Turn right at the sign: 停车场 Ticket office, then go up the stairs.\n"
    assert flagged(text) == ["停车场"]


def test_a_bracket_that_glosses_a_name_inside_a_chinese_sentence():
    text = "王明教授 (Professor Wang Ming) 在会上介绍了新的研究成果，引起热烈讨论。\n\nThe meeting ended at noon.\n"
    assert "王明教授" in flagged(text)[0]


def test_a_quoted_sentence_with_an_unrelated_bracket():
    text = 'The chairman said "我们将继续扩大生产规模。" (see the full report on page 6)\n'
    assert flagged(text) == ['"我们将继续扩大生产规模。"']


def test_a_title_named_in_a_sentence_that_gives_its_english_as_a_phrase():
    text = "The cover shows the title 红楼梦 in gold above the English one, Dream of the Red Chamber.\n"
    assert flagged(text) == []


def test_a_clause_whose_sentence_goes_on_with_other_phrases_stays_a_leftover():
    text = "The museum said the show 将持续到明年三月, with free entry, and guided tours.\n"
    assert flagged(text) == ["将持续到明年三月"]


def test_numbered_values_of_a_field_that_asks_for_the_original():
    text = "Chinese titles: 1. 边城 2. 呐喊 3. 茶馆\n"
    assert intents(text) == {"边城": "field", "呐喊": "field", "茶馆": "field"}
    text = "Steps: 1. 打开电源 2. 按下按钮\n"  # a numbered list under a label that asks for nothing
    assert flagged(text) == ["打开电源", "按下按钮"]


def test_a_term_that_is_the_subject_of_the_english_after_it_stays_a_leftover():
    text = "Most visitors start at the gate. 清华大学 is in Beijing.\n"
    assert flagged(text) == ["清华大学"]


def test_a_term_inside_a_sentence_with_its_rendering_in_brackets():
    text = "After you pay, the screen changes from 正在为您打印车票 (printing your ticket for you) to 请取票 (take your ticket).\n"
    assert flagged(text) == []


def test_a_term_with_its_rendering_in_quotes_after_it():
    text = ("The mark on the base reads 大清乾隆年制, \"Made in the Qianlong reign of the Great Qing\", in blue.\n"
            "The driver sent 我在门口等你, \"I am waiting at the door\", and then hung up.\n")
    assert flagged(text) == []
    clause = "The new kiln 将于明年全面投产, creating about 500 jobs in the town.\n"
    assert flagged(clause) == ["将于明年全面投产"]
