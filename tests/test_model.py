import json

from hypothesis import given, settings
from hypothesis import strategies as st

import mtmend
from mtmend.model import Edit, apply_edits, compose_edits


def test_result_json_has_schema_fields():
    r = mtmend.fix("近日,He visited the school,Talk with teachers。")
    data = json.loads(r.to_json())
    assert data["schema"] == "mtmend.result/1"
    assert {"rule", "kind", "severity", "start", "end", "message", "suggestion"} <= set(data["issues"][0])
    assert {"id", "start", "end", "before", "after", "rule", "line", "column"} == set(data["edits"][0])
    assert data["summary"]["by_severity"]["error"] == 1


def test_issue_kinds_and_severities_are_known():
    text = "近日,He visited the school,Talk with ＢＩＴ teachers。the universityâ€™s  campus"
    for issue in mtmend.check(text):
        assert issue.kind in ("untranslated", "punctuation", "spacing", "casing", "terminology", "encoding")
        assert issue.severity in ("error", "warning", "info")


def test_undo_restores_input_and_refuses_one_rule():
    text = "visited the school,Visit the lab。"
    r = mtmend.fix(text)
    assert r.undo() == text
    assert apply_edits(text, r.edits) == r.text
    without_casing = r.undo(["casing.clause-split"])
    assert "Visit" in without_casing and "。" not in without_casing


def test_unknown_rule_is_an_error():
    import pytest

    with pytest.raises(ValueError):
        mtmend.fix("x", rules=["no.such.rule"])


def test_rule_selection_by_family():
    r = mtmend.fix("school,Visit the lab。", rules=["punctuation"])
    assert r.text == "school,Visit the lab."


@st.composite
def text_and_edits(draw):
    return draw(_edits_for(draw(st.text(alphabet="ab ", max_size=12)), "XY ", "r"))


@settings(max_examples=300)
@given(text_and_edits(), st.data())
def test_compose_equals_sequential_application(first_case, data):
    text, first = first_case
    middle = apply_edits(text, first)
    _, second = data.draw(text_and_edits().filter(lambda _: True).map(lambda _: (middle, [])))
    second_text, second = data.draw(_edits_for(middle))
    composed = compose_edits(text, first, middle, second)
    assert apply_edits(text, composed) == apply_edits(middle, second)


def _edits_for(text, alphabet="XZ ", rule="s"):
    @st.composite
    def build(draw):
        edits, pos = [], 0
        while True:
            pos += draw(st.integers(0, 3))
            if pos > len(text):
                break
            size = draw(st.integers(0, min(2, len(text) - pos)))
            after = draw(st.text(alphabet=alphabet, max_size=2))
            if after != text[pos:pos + size]:
                edits.append(Edit(pos, pos + size, text[pos:pos + size], after, rule))
            pos += size + 1
        return text, edits

    return build()
