import pytest

import mtmend
from mtmend.glossary import Glossary, Term
from mtmend.phrases import PhraseMatcher


def fixed(text, **kw):
    return mtmend.fix(text, **kw).text


def terms(text, **kw):
    return [i for i in mtmend.check(text, **kw) if i.kind == "terminology"]


def test_known_wrong_rendering_is_corrected():
    assert fixed('The implementation of the "two maintenance" is key.') == \
        'The implementation of the "Two Upholds" is key.'
    assert fixed("To carry out the fundamental task of moral cultivation.") == \
        "To carry out the fundamental task of fostering virtue through education."


def test_matching_ignores_case_but_needs_whole_words():
    assert fixed("TWO MAINTENANCE matters.") == "Two Upholds matters."
    assert terms("The two maintenanceworkers arrived.") == []
    assert terms("Their national instrumentation lab.") == []


def test_inflected_match_is_reported_not_rewritten():
    issue, = terms("They praised the national instrumentss.")
    assert issue.rule == "terminology.wrong-rendering" and issue.suggestion is None
    assert fixed("They praised the national instrumentss.") == "They praised the national instrumentss."


def test_official_rendering_is_not_doubled_after_an_article():
    assert fixed("He met the school Party Committee.") == "He met the university Party committee."


def test_leftovers_are_not_touched():
    text = "近日，两个维护 two maintenance"
    assert all(i.start >= text.index("two") for i in terms(text))


def test_inconsistent_renderings_are_reported():
    text = "They spoke of the Four-sphere Confidence. Later, the Four Matters of Confidence came up."
    issue, = terms(text)
    assert issue.rule == "terminology.inconsistent" and text[issue.start:issue.end] == "Four Matters of Confidence"
    assert "renders 四个自信 differently" in issue.message and issue.suggestion is None


def test_short_form_of_a_full_name_is_not_inconsistent():
    text = "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era guides us. Xi Jinping Thought also."
    assert terms(text) == []


def test_generic_renderings_are_not_played_off_against_each_other():
    assert terms("Scientific research and research funding rose; the faculty and teachers met.") == []


def test_forbidden_rendering_from_a_user_glossary(tmp_path):
    path = tmp_path / "house.tsv"
    path.write_text("source\tenglish\twrong\n双一流\tDouble First-Class\tdouble first-rate\n", encoding="utf-8")
    glossary = mtmend.glossary.load_all([path])
    issue, = terms("It joined the double first-rate initiative.", glossary=glossary)
    assert issue.rule == "terminology.forbidden" and issue.severity == "error"
    assert fixed("It joined the double first-rate initiative.", glossary=glossary) == \
        "It joined the Double First-Class initiative."


def test_ambiguous_wrong_rendering_is_only_suggested():
    glossary = Glossary({t.source: t for t in [
        Term("甲", "Alpha Policy", wrong=("the plan",), origin="house.tsv"),
        Term("乙", "Beta Policy", wrong=("the plan",), origin="house.tsv")]})
    issue, = terms("We follow the plan.", glossary=glossary)
    assert issue.suggestion is None and "Alpha Policy" in issue.message and "Beta Policy" in issue.message


@pytest.mark.parametrize("text", [
    "北京 the Two Upholds, two maintenances; TWO MAINTENANCE. two maintenanceX national instruments!",
    "",
    "no phrases at all here",
])
def test_hyperscan_and_regex_backends_agree(text):
    phrases = list(Glossary.builtin().by_phrase)
    fast = PhraseMatcher(phrases)
    slow = PhraseMatcher(phrases, backend="regex")
    assert fast.find(text) == slow.find(text)
