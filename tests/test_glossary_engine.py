import pytest

import mtmend
from mtmend.engines import SpanRequest
from mtmend.scripts import CJK_LETTER_RE

ENGINE = mtmend.GlossaryEngine()


def translate(text, before="", after=""):
    return ENGINE.translate([SpanRequest(text, "zh", "en", before, after)])[0]


@pytest.mark.parametrize("chinese,english", [
    ("近日", "recently"),
    ("学校党委以习近平新时代中国特色社会主义思想为指导",
     "the university Party committee is guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"),
    ("坚持以习近平新时代中国特色社会主义思想为指导",
     "be guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"),
    ("关于高等教育的重要论述", "important remarks on higher education"),
    ("习近平总书记关于高等教育、科技创新、人才强国的重要论述",
     "General Secretary Xi Jinping's important remarks on higher education, scientific and technological "
     "innovation and developing a quality workforce"),
    ("高质量发展和新质生产力", "high-quality development and new quality productive forces"),
    ("习近平总书记作重要讲话。", "General Secretary Xi Jinping delivered an important speech."),
    ("金壮龙指出", "Jin Zhuanglong pointed out"),
    ("张军表示,学校党委以习近平新时代中国特色社会主义思想为指导",
     "Zhang Jun said, the university Party committee is guided by Xi Jinping Thought on Socialism with "
     "Chinese Characteristics for a New Era"),
    ("作者: 张三  来源: 新华社", "Author: Zhang San  Source: Xinhua News Agency"),
])
def test_frames_and_terms(chinese, english):
    mid_sentence = translate(chinese, before="the report said, ").text
    if CJK_LETTER_RE.search(english):
        assert mid_sentence is None  # a label's value in Chinese is not covered
    else:
        assert mid_sentence == english


def test_sentence_start_is_capitalized_from_context():
    assert translate("近日", before="").text == "Recently"
    assert translate("近日", before="Beijing, ").text == "recently"


def test_name_spelling_already_in_the_document_wins():
    assert translate("朱玉婷").text is None
    assert translate("朱玉婷", after=" ... Zhu Yuting said").text == "Zhu Yuting"
    assert translate("曾庆红表示").text == "Zeng Qinghong said"


def test_partial_coverage_never_replaces_a_span():
    answer = translate("部属高校要学深悟透蓝天白云,扎根中国大地")
    assert answer.text is None and answer.reason.startswith("not covered: ")
    assert "蓝天白云" in answer.reason


def test_seed_leftovers_are_finished_where_covered(shared_seed_text):
    result = mtmend.fix(shared_seed_text, engine=ENGINE)
    assert "Recently, Jin Zhuanglong" in result.text
    assert "must be guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era" in result.text
    assert "Two Upholds" in result.text
    engine_edits = [e for e in result.edits if e.rule.startswith("engine.glossary")]
    assert engine_edits and all(not CJK_LETTER_RE.search(e.after) for e in engine_edits)
    assert any(n.startswith("not translated by glossary:") for n in result.notes)
    assert result.undo() == shared_seed_text


def test_traditional_chinese_is_looked_up_through_simplified():
    assert translate("作者:    信息來源:    發布時間", before="\n").text == "Author:    Source:    Published"
    assert mtmend.Glossary.builtin().get("兩個維護").english == "Two Upholds"


def test_a_name_spelled_anywhere_in_the_documents_english_is_reused():
    far = SpanRequest("朱玉婷", "zh", "en", before="Chinese-language page. ")
    other = SpanRequest("近日", "zh", "en", before="Students said that ", after=", Zhu Yuting won the prize.")
    assert [a.text for a in ENGINE.translate([far, other])] == ["Zhu Yuting", "recently"]


def test_a_clause_mark_closing_the_span_stays_after_the_rendering():
    engine = mtmend.GlossaryEngine()
    assert mtmend.fix("近日，the team visited the lab.", engine=engine).text == "Recently, the team visited the lab."
    assert mtmend.fix("6月29日，the team visited the lab.", engine=engine).text == "On June 29, the team visited the lab."
