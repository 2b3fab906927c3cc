"""The real half-translated pages and the seed: after fix, no MT artifact is left."""
import re

import pytest

import mtmend
from conftest import REAL, SEED, manifest, needs_shared

pytestmark = needs_shared
FULLWIDTH = "，。：；！？、（）《》【】"
HAN = re.compile(r"[\u3400-\u9fff]")


def artifacts(text):
    """MT artifacts outside leftovers (whose inside is the translator's, never the rules')."""
    inside = {i for x in mtmend.check(text) if x.kind == "untranslated" for i in range(x.start, x.end)}
    return [a for a in _artifacts(text) if a[1] not in inside]


def _artifacts(text):
    found = []
    for m in re.finditer(f"[{FULLWIDTH}]", text):
        before = text[:m.start()].rstrip(" " + FULLWIDTH)[-1:]
        if not HAN.match(before or " "):
            found.append(("fullwidth", m.start()))
    found += [("missing-space", m.start()) for m in re.finditer(r"[A-Za-z\)\"'][,;:](?=[A-Za-z])", text)]
    found += [("joined", m.start()) for m in re.finditer(r"[a-z]{2}[.!?](?=[A-Z][a-z])", text)]
    return found


def real_documents(kind):
    return [name for name, k in manifest() if k == kind] if REAL.exists() else []


@pytest.mark.parametrize("name", real_documents("mixed"))
def test_mixed_page_is_free_of_artifacts_after_fix(name):
    text = (REAL / name).read_text(encoding="utf-8")
    result = mtmend.fix(text)
    assert artifacts(result.text) == []
    assert result.undo() == text
    assert mtmend.fix(result.text).text == result.text


@pytest.mark.parametrize("name", real_documents("mixed"))
def test_mixed_page_han_is_flagged(name):
    text = (REAL / name).read_text(encoding="utf-8")
    flagged = {i for x in mtmend.check(text) if x.rule == "untranslated.leftover" for i in range(x.start, x.end)}
    han = [i for i, c in enumerate(text) if HAN.match(c)]
    if han:
        assert sum(i in flagged for i in han) / len(han) >= 0.9


def test_negative_pages_mostly_unflagged():
    total = flagged = 0
    for name in real_documents("negative"):
        text = (REAL / name).read_text(encoding="utf-8")
        spans = {i for x in mtmend.check(text) if x.rule == "untranslated.leftover" for i in range(x.start, x.end)}
        han = [i for i, c in enumerate(text) if HAN.match(c)]
        total += len(han)
        flagged += sum(i in spans for i in han)
    assert flagged / total <= 0.05


def test_seed_after_fix():
    text = SEED.read_text(encoding="utf-8")
    result = mtmend.fix(text)
    assert artifacts(result.text) == []
    assert "visited Beijing Institute of Technology, visit the national experimental teaching base" in result.text  # not another institution's name
    assert "Two Upholds" in result.text and "two maintenance" not in result.text
    leftovers = [i for i in result.issues if i.rule == "untranslated.leftover"]
    assert any(text[i.start:i.end].startswith("部属高校要坚持") for i in leftovers)
    assert all(text[i.start:i.end] in result.text for i in leftovers)


def test_one_pass_is_final_on_every_shared_document():
    """fix(fix(x)) == fix(x) on every real page and benchmark document: the rules run once (only
    encoding and engine repairs re-run them), so each must leave nothing for the others."""
    from conftest import load_jsonl

    texts = [(REAL / name).read_text(encoding="utf-8") for name, _ in manifest()]
    for name in ("mixed-dev.jsonl", "casing-dev.jsonl", "gloss-dev.jsonl"):
        texts += [d["text"] for d in load_jsonl(name)]
    unstable = [t[:60] for t in texts if mtmend.fix(once := mtmend.fix(t).text).text != once]
    assert unstable == []
