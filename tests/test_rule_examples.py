"""Every rule's own examples, run with only that rule selected: a rule's test cannot pass because
another rule did the work."""
import pytest

from mtmend import RULES, Mender
from mtmend.glossary import load_all


def mender_for(rule, folder):
    """A mender running only `rule`, with the project glossary its examples need, if any."""
    glossary = None
    if rule.example_glossary:
        path = folder / "example.tsv"
        path.write_text(rule.example_glossary, encoding="utf-8")
        glossary = load_all([path])
    return Mender(select=[rule.id], glossary=glossary)


def by_rule(issues, rule):
    return [i for i in issues if i.rule == rule.id]


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_every_rule_has_examples_of_what_it_does_and_of_what_it_leaves(rule):
    assert rule.fixes or rule.reports, f"{rule.id} shows nothing it finds"
    assert rule.keeps, f"{rule.id} shows nothing it leaves alone"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_examples_with_only_that_rule_selected(rule, tmp_path):
    mender = mender_for(rule, tmp_path)
    for before, after in rule.fixes:  # reported and repaired as shown, by this rule alone
        result = mender.fix(before)
        assert by_rule(result.issues, rule), (rule.id, before)
        assert result.text == after, (rule.id, before)
        assert {e.rule for e in result.edits} == {rule.id}
    for text in rule.reports:  # reported, not changed
        result = mender.fix(text)
        assert by_rule(result.issues, rule), (rule.id, text)
        assert result.text == text and not result.edits, (rule.id, text)
    for text in rule.keeps:  # neither reported nor changed
        result = mender.fix(text)
        assert not by_rule(result.issues, rule), (rule.id, text, result.issues)
        assert result.text == text, (rule.id, text)


def test_priority_decides_which_repair_wins_not_import_order():
    ordered = list(RULES.values())
    assert ordered == sorted(ordered, key=lambda r: -r.priority)
    assert len({r.priority for r in ordered}) == len(ordered)
    assert {r.id for r in ordered if r.cascades} == {"encoding.mojibake", "encoding.fullwidth-latin",
                                                     "encoding.invisible"}
