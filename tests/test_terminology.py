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
    assert fixed("He visited the China Academy of Sciences.") == "He visited the Chinese Academy of Sciences."


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


def _house(*terms):
    return Glossary({t.source: t for t in terms})


@pytest.mark.parametrize("text,term", [
    # the issue's harmful rewrites, each kept as a suggestion by one check
    ("They met,Talk and exchange with the school leader,Visit the lab.",
     Term("座谈交流", "held talks", wrong=("talk and exchange",), domain="news")),
    ("We train leaders, young scientific and technological talents and outstanding engineers.",
     Term("青年科技人才", "young scientists and engineers", wrong=("young scientific and technological talents",))),
    ("Stay in close contact with school running practice.",
     Term("办学", "running universities", wrong=("school running",), domain="education")),
    ("They toured a national experimental teaching base in Hebei.",
     Term("国家级实验教学示范中心", "National Experimental Teaching Demonstration Center",
          wrong=("national experimental teaching base",), domain="education")),
])
def test_a_rewrite_that_would_damage_the_sentence_is_only_suggested(text, term):
    glossary = _house(term)
    issue, = [i for i in terms(text, glossary=glossary) if i.rule == "terminology.wrong-rendering"]
    assert issue.suggestion is None and term.english in issue.message
    assert fixed(text, glossary=glossary) == fixed(text, glossary=Glossary({}))


def test_a_wrong_form_that_another_term_accepts_is_not_rewritten():
    glossary = _house(Term("两个确立", "Two Establishes", wrong=("two establishments",), domain="cpc"),
                      Term("某", "the Two Establishments", domain="cpc"))
    assert fixed("We uphold the Two Establishments.", glossary=glossary) == "We uphold the Two Establishments."


def test_builtin_glossary_keeps_accepted_official_forms():
    for text in ["We uphold the Two Establishments.", "Party self-revolution goes on.",
                 "He stressed close contact with school running practice.",
                 "They visited the national experimental teaching base.", "Talk and exchange with the school leader."]:
        assert fixed(text) == text


def test_a_rewrite_that_fits_is_still_applied():
    glossary = _house(Term("座谈交流", "held talks", wrong=("had a talk and exchange",), domain="news"))
    assert fixed("The two sides had a talk and exchange with experts.", glossary=glossary) == \
        "The two sides held talks with experts."


def test_an_article_is_not_pushed_after_a_modifier():
    assert fixed("Guide members and youth theme education well.") == "Guide members and youth theme education well."
    assert fixed("He reported the development of theme education.") == \
        "He reported the development of the education campaign."
