"""Invariants of fix on generated MT-like text: idempotence, Latin letters and digits kept, offsets valid."""
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import mtmend

PIECES = ["the school", "Visit", "Talk", "Hunter", "OPEC", "we", "I", ",", "，", "。", ".", "、", ";", ":", " ",
          "  ", "\n", "\n\n", "近日", "部属高校要坚持", "（北京）", "(上海)", "《书》", "ＢＩＴ２０", "10,009", "8:30",
          "https://a.cn/x", "â€™", "\u3000", "\u200b", "\"", "“", "”", "The", "And", "New York", "ありがとう", "학교",
          "；", "：", "！", "!", "?", " ,", ".。", "'", "《", "》", "（", "）", "China，中国，", "10", "3.5"]
mt_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def latin_and_digits(s):
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


@FAST
@given(mt_text)
@example("China，中国，Visit.Visit")  # casing and spacing once read `Visit.Visit` differently
@example("we近日近日近日Visit, Visit《《书》")  # a blank that fix added once tipped a unit into a lone character
@example("the school（北京）the schoolthe school\u3000近日（北京）the school")  # an ideographic space read as no blank
@example("the school（北京）近日  （北京）")  # a gap at Chinese text, once closed, joined two units
@example("the school（北京）the schoolthe school 近日（北京）  （北京）")  # `(` before Han read as English
@example("，  近日")
def test_fix_is_idempotent(text):
    once = mtmend.fix(text).text
    assert mtmend.fix(once).text == once


@FAST
@given(mt_text)
def test_no_latin_letter_or_digit_lost_or_reordered(text):
    import unicodedata

    out = mtmend.fix(text).text
    # Fullwidth letters and mojibake are repaired to ASCII/Unicode, so compare after that normalization.
    expected = latin_and_digits(unicodedata.normalize("NFKC", text.replace("â€™", "’")))
    # Mojibake inside a leftover is left alone (leftovers are never changed), so normalize it too.
    assert latin_and_digits(unicodedata.normalize("NFKC", out.replace("â€™", "’"))) == expected


@FAST
@given(mt_text)
def test_offsets_are_valid_and_edits_reproduce_output(text):
    r = mtmend.fix(text)
    for issue in r.issues:
        assert 0 <= issue.start <= issue.end <= len(text)
    last = 0
    for e in r.edits:
        assert last <= e.start <= e.end <= len(text) and text[e.start:e.end] == e.before
        last = e.end
    assert mtmend.apply_edits(text, r.edits) == r.text
    assert r.undo() == text


@FAST
@given(mt_text)
@example("é?。\ud800，x")  # a real "?", a lone surrogate: both read as "?" in the ASCII view
def test_suspect_runs_are_those_a_regex_scan_of_the_unfrozen_text_finds(text):
    from mtmend.context import Context
    from mtmend.scripts import SUSPECTS_RE

    ctx = Context.build(text)
    expected, pos = [], 0
    for lo, hi in ctx.frozen + [(len(text), len(text))]:
        if lo > pos:
            expected += [m.span() for m in SUSPECTS_RE.finditer(text, pos, lo)]
        pos = max(pos, hi)
    assert ctx.suspects == expected
