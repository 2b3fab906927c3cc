"""The cheap pre-scan never changes an output: fix and check with and without it, on the WMT
English side, the dev sets, the real pages, our own samples and generated text."""
import pytest
from hypothesis import example, given, settings, strategies as st

import mtmend
from batch_samples import CLEAN, DAMAGED, documents
from conftest import BENCH, REAL, SHARED, needs_shared
from mtmend import pipeline, prescan
from mtmend.rules import RULES

WMT = SHARED / "corpus" / "wmt"


def account(text, **options):
    result = mtmend.fix(text, **options)
    return (result.text, [i.to_dict() for i in result.issues], [e.to_dict() for e in result.edits],
            [i.to_dict() for i in result.remaining], result.notes,
            [i.to_dict() for i in mtmend.check(text, rules=options.get("rules"), glossary=options.get("glossary"))])


def without_prescan(monkeypatch, fn, *args, **kwargs):
    with monkeypatch.context() as m:
        m.setattr(pipeline, "may_have_findings", lambda *a, **k: True)
        m.setattr(pipeline, "_excerpt", lambda *a, **k: ("unknown", None))
        return fn(*args, **kwargs)


def assert_same(monkeypatch, texts, **options):
    skipped = 0
    for text in texts:
        selected = mtmend.Options(select=options.get("rules") or ()).rule_ids
        skipped += not prescan.may_have_findings(text, selected)
        assert account(text, **options) == without_prescan(monkeypatch, account, text, **options), text[:80]
    return skipped


def wmt_english():
    return [line.split("\t")[1] for name in ("wmt19.tsv", "wmt20.tsv")
            for line in (WMT / name).read_text(encoding="utf-8").splitlines() if "\t" in line]


@needs_shared
def test_wmt_english_lines_and_blocks_are_unchanged(monkeypatch):
    lines = wmt_english()
    skipped = assert_same(monkeypatch, lines)
    assert skipped > 0.9 * len(lines)  # the shortcut is taken for most clean English
    blocks = ["\n".join(lines[i:i + 40]) for i in range(0, len(lines), 40)]
    assert_same(monkeypatch, blocks)


@needs_shared
@pytest.mark.parametrize("name", ["mixed-dev.jsonl", "casing-dev.jsonl", "gloss-dev.jsonl"])
def test_dev_sets_are_unchanged(monkeypatch, name):
    from conftest import load_jsonl

    texts = [d["text"] for d in load_jsonl(name)]
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    assert_same(monkeypatch, texts + paragraphs[:400])
    assert_same(monkeypatch, texts[:40], engine=mtmend.GlossaryEngine())


@needs_shared
def test_real_pages_are_unchanged(monkeypatch):
    pages = [p.read_text(encoding="utf-8") for p in sorted(REAL.glob("*.txt"))]
    assert_same(monkeypatch, pages + [line for page in pages for line in page.splitlines() if line.strip()])


def test_own_samples_rule_by_rule(monkeypatch):
    texts = CLEAN + DAMAGED + documents(30, seed=21) + [
        "The universityâ€™s campus", "ＢＩＴ ２０２２ opened", "the\u200bschool", "Beijing ,China",
        "the  school", "trailing \nline", "Paris.The city", "Really?Yes", "said, The Times reported",
        "said, the report", "visited,Talked", "the \"two maintenance\" again", "It cost 10,000 at 8:30.",
        "A clean line.\nAnother clean line.\n", "e.g. the U.S. and Mr. Smith", "Note:this", "(1,2)",
        "café.Next", "ﬁne", "tab\tbefore\n", "\ufeffstarts with a byte-order mark"]
    for rule in RULES:
        assert_same(monkeypatch, texts, rules=[rule])
    assert_same(monkeypatch, texts)


_ALPHABET = st.sampled_from(list("aZ .,;:!?\"'(“‘\n\t") + ["\u3000", "，", "。", "近", "Ã", "©", "ｂ", "\u200b",
                                                            "The", "the", "A", "school", "two maintenance", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_generated_text_is_unchanged(text):
    with pytest.MonkeyPatch.context() as m:
        plain = account(text)
        m.setattr(pipeline, "may_have_findings", lambda *a, **k: True)
        m.setattr(pipeline, "_excerpt", lambda *a, **k: ("unknown", None))
        assert account(text) == plain


# Long texts whose damage is all of the kinds that stay on their line, so that only those lines
# (and the lines before them) go through the rules: the excerpt path.
_LOCAL_DAMAGE = ["the school.The visit", "Beijing ,China", "the  school", "trailing  \n", "said, The report",
                 "visited,talked with", "the \"two maintenance\" policy", "Really?Yes", "a,\"quoted\"",
                 "said, A new study", "two maintenance", "the\ntwo maintenance", "x ;y", "end. \n"]


def long_texts(seed: int, n: int = 12) -> list[str]:
    import random

    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        lines = [rng.choice(CLEAN) for _ in range(120)]
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(lines))
            lines[at] = rng.choice(["", "Short.", "the"]) + rng.choice(_LOCAL_DAMAGE) + rng.choice(["", " " + rng.choice(CLEAN)])
        texts.append(rng.choice(["\n", "\n\n", "\r\n"]).join(lines))
    return texts


def test_long_texts_with_local_damage_take_the_excerpt_and_are_unchanged(monkeypatch):
    texts = long_texts(1)
    assert sum(prescan.excerpt_of(t, mtmend.Options().rule_ids)[0] == "lines" for t in texts) >= len(texts) // 2
    assert_same(monkeypatch, texts)
    for rule in ("spacing", "casing", "terminology", "spacing.whitespace"):
        assert_same(monkeypatch, texts[:4], rules=[rule])
    assert_same(monkeypatch, texts[:4], engine=mtmend.GlossaryEngine())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=12).map("".join), min_size=1, max_size=6),
       st.lists(st.integers(0, 199), min_size=6, max_size=6))
def test_generated_long_texts_are_unchanged(damaged, places):
    lines = [CLEAN[n % len(CLEAN)] for n in range(200)]
    for text, at in zip(damaged, places):
        lines[at] = text
    text = "\n".join(lines)
    with pytest.MonkeyPatch.context() as m:
        plain = account(text)
        m.setattr(pipeline, "may_have_findings", lambda *a, **k: True)
        m.setattr(pipeline, "_excerpt", lambda *a, **k: ("unknown", None))
        assert account(text) == plain


def test_an_unknown_rule_turns_the_shortcut_off():
    assert prescan.may_have_findings("A clean sentence.", ["some.future-rule"])
    assert not prescan.may_have_findings("A clean sentence.", list(RULES))
    assert not prescan.may_have_findings("A clean sentence.", [])


def test_every_rule_has_its_triggers():
    """A rule the scan knows nothing about turns the shortcut off for every document."""
    from mtmend import RULES

    assert set(RULES) <= set(prescan.TRIGGERS)


def test_threads_share_the_scanners_safely():
    """The review server checks documents in many threads at once; each scan needs its own
    Hyperscan scratch space, or scans collide (ScratchInUseError)."""
    import concurrent.futures

    texts = [f"Item {n},Done。" if n % 2 else f"Item {n} is clean English. " * (1 + n % 50) for n in range(200)]
    alone = [[(i.rule, i.start) for i in mtmend.check(t)] for t in texts]
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        together = list(pool.map(lambda t: [(i.rule, i.start) for i in mtmend.check(t)], texts))
    assert together == alone


_TRIGGER_ALPHABET = st.sampled_from(list("aZé .,;:!?\"'(“‘\n\r\t5") + ["\u3000", "，", "近", "Ã©", "ｂ", "\u200b", "The", "And"])


@settings(max_examples=300, deadline=None)
@example('aé.Z')
@example('近ｂ.The')
@example(',5')
@example('x,5')
@example('a\u3000,b')
@example('x\u3000\n')
@example('said,\u3000The')
@example('a,“b')
@example('a;‘b')
@example('Ã© here')
@example('a  b')
@example('x?Y')
@given(st.lists(_TRIGGER_ALPHABET, max_size=24).map("".join))
def test_each_hyperscan_trigger_matches_wherever_its_python_pattern_does(text):
    """The Hyperscan form of a trigger (byte mode where it can be) may match more, never less:
    wherever the reference pattern matches, it matches on the same line."""
    hs = pytest.importorskip("hyperscan")
    data = text.encode()
    for n, (name, (python, pattern, utf8)) in enumerate(prescan._TRIGGERS.items()):
        db = prescan._compile([(n, pattern, hs.HS_FLAG_UTF8 if utf8 else 0)])
        ends = []
        db.scan(data, match_event_handler=lambda _id, _from, to, *_: ends.append(to))
        lines = {data.count(b"\n", 0, to - 1) + data.count(b"\r", 0, to - 1) for to in ends}
        for m in prescan._python(name).finditer(text):
            line_end = len(text[:m.end() - 1].encode())
            assert data.count(b"\n", 0, line_end) + data.count(b"\r", 0, line_end) in lines, (name, text)


def test_a_long_text_with_a_cjk_letter_early_or_late_goes_to_the_rules_whole(monkeypatch):
    """A long text is first scanned at its start (damaged text shows a CJK letter early, and then
    the rest is never encoded); one whose first CJK letter comes later is found by the full scan."""
    clean = "\n".join(CLEAN * (1 + 70_000 // len("\n".join(CLEAN))))
    prescan.compile_now()
    ids = mtmend.Options().rule_ids
    for text in ("本 " + clean, clean[:5000] + "，" + clean, clean + "校", clean[:30_000] + "the  school\n" + clean):
        assert len(text) > 16 * prescan.HEAD_CHARS
        kind, _ = prescan.excerpt_of(text, ids)
        assert kind == ("lines" if "  " in text else "whole")
        assert_same(monkeypatch, [text])
