"""The start-up shortcuts give the same answers as the full loaders they replace."""
import random
import re
from importlib import resources

import hanzidentifier
import pytest

from mtmend import lexicon, pinyin, scripts
from mtmend.glossary import Glossary
from mtmend.phrases import DIRECT_SCAN_CHARS, PhraseMatcher


def _rows(name):
    text = resources.files("mtmend.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def test_case_lexicon_lookup_by_bisection_equals_the_parsed_table():
    rows = _rows("case_lexicon.txt")
    assert [w for w, _ in rows] == sorted(w for w, _ in rows)  # the bisection relies on it
    for word, ratio in rows[::97] + rows[-3:]:
        assert lexicon.case_ratio(word) == float(ratio)
    for missing in ("", "zzzzqx", "a'", "aaaa-not-a-word", "Beijing"):
        assert lexicon.case_ratio(missing) is None


def test_pinyin_readings_split_on_lookup_equal_the_file():
    rows = _rows("pinyin.txt")
    for char, readings in rows[::53]:
        assert pinyin.readings(char) == tuple(readings.split(","))
    assert pinyin.readings("a") == ()
    assert pinyin.syllables() == frozenset(r for _, rs in rows for r in rs.split(","))


def test_script_forms_file_matches_hanzidentifier():
    simplified, traditional = scripts._script_only_forms()
    assert simplified == frozenset(hanzidentifier.helpers.SIMPLIFIED_CHARACTERS - hanzidentifier.helpers.TRADITIONAL_CHARACTERS)
    assert traditional == frozenset(hanzidentifier.helpers.TRADITIONAL_CHARACTERS - hanzidentifier.helpers.SIMPLIFIED_CHARACTERS)
    verdicts = {hanzidentifier.SIMPLIFIED: "zh-Hans", hanzidentifier.TRADITIONAL: "zh-Hant"}
    rng = random.Random(15)
    han = [chr(c) for c in range(0x4E00, 0x9FA6)]
    for _ in range(2000):
        run = "".join(rng.choices(han, k=rng.randint(1, 5)))
        assert scripts.language_of(run) == verdicts.get(hanzidentifier.identify(run), "zh"), run


TEXTS = [
    "北京 the Two Upholds, two maintenances; TWO MAINTENANCE. two maintenanceX national instruments!",
    "",
    "no phrases at all here",
    "The Ministry Of Education said the two maintenance, and the four consciousness were raised.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_direct_scan_agrees_with_the_compiled_matchers(text):
    phrases = list(Glossary.builtin().by_phrase)
    direct = PhraseMatcher(phrases, backend="direct").find(text)
    assert direct == PhraseMatcher(phrases, backend="regex").find(text)
    assert direct == PhraseMatcher(phrases).find(text)  # default: direct below the budget


def test_a_matcher_compiles_once_the_direct_budget_is_spent():
    matcher = PhraseMatcher(["two maintenance"])
    page = "They spoke of the two maintenance here. " * 100
    scanned = 0
    while scanned + len(page) <= DIRECT_SCAN_CHARS:
        assert matcher.find(page) and not matcher._compiled
        scanned += len(page)
    assert len(matcher.find(page)) == 100 and matcher._compiled


def test_a_cjk_core_match_is_a_cjk_letter_test():
    """spacing and html ask CJK_CORE_RE whether a character or text has a CJK letter, so that a
    check never compiles CJK_LETTER_RE: the answers are the same."""
    for code in list(range(0x3000, 0xFFFF)) + [0x20000, 0x2A6DF, 0x1F600]:
        char = chr(code)
        assert bool(scripts.CJK_CORE_RE.match(char)) == bool(scripts.CJK_LETTER_RE.match(char)), hex(code)


def test_check_compiles_no_pattern_it_does_not_use():
    import subprocess
    import sys

    code = ("import sys, mtmend, mtmend.scripts as s; from mtmend import Document, Mender; "
            "Mender().check(Document.from_text('日前，the team met,Visited us。')); "
            "print(sorted(n for n in ('HAN_RE', 'CJK_LETTER_RE') if n in vars(s)), "
            "sorted(m for m in ('typer', 'rich', 'sqlite3', 'tomllib', 'mtmend.engines') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] []"


def test_traditional_forms_in_gb2312_are_those_the_codec_encodes_one_by_one():
    def encodes(char):
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    _, traditional = scripts._script_only_forms()
    inside = {char for char in traditional if encodes(char)}
    assert inside  # GB 2312 has a few of them: the fast path must still look for those
    assert all(scripts._traditional_in_gb2312().fullmatch(char) for char in inside)
    assert not any(scripts._traditional_in_gb2312().fullmatch(char) for char in traditional - inside)


def test_language_of_runs_that_fit_gb2312_agrees_with_hanzidentifier():
    """Runs of GB 2312 characters take the codec's fast path (long ones) or a look-up for each
    character (short ones); each Traditional-only form set into one must still make it
    Traditional or mixed."""
    verdicts = {hanzidentifier.SIMPLIFIED: "zh-Hans", hanzidentifier.TRADITIONAL: "zh-Hant"}
    gb2312 = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c).encode("gb2312", "ignore")]
    _, traditional = scripts._script_only_forms()
    rng = random.Random(16)
    runs = ["".join(rng.choices(gb2312, k=rng.randint(1, 12))) + "，2024年。" for _ in range(2000)]
    runs += [rng.choice(gb2312) + char + rng.choice(gb2312) for char in sorted(traditional)]
    runs += ["".join(rng.choices(gb2312, k=rng.randint(64, 100))) for _ in range(300)]
    runs += ["".join(rng.choices(gb2312, k=40)) + char + "".join(rng.choices(gb2312, k=40)) for char in sorted(traditional)]
    for run in runs:
        assert scripts.language_of(run) == verdicts.get(hanzidentifier.identify(run), "zh"), run


def test_languages_of_a_page_of_runs_equals_language_of_each_run():
    """languages_of clears blocks of runs with one codec call: a block with a Traditional-only
    form (outside GB 2312 or one of the three inside it), kana, Hangul, a rare character or the
    marks GB 2312 lacks must still give each run the verdict language_of gives it alone."""
    gb2312 = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c).encode("gb2312", "ignore")]
    _, traditional = scripts._script_only_forms()
    extras = sorted(traditional)[:40] + list(scripts._traditional_in_gb2312_forms()) + \
        list("あカｶ한·—·—é😀𠀀\u3000，。") + ["English words 2024"]
    rng = random.Random(17)
    for _ in range(300):
        runs = []
        for _ in range(rng.randint(0, 300)):
            run = "".join(rng.choices(gb2312, k=rng.randint(1, 90)))
            if rng.random() < 0.02:
                at = rng.randint(0, len(run))
                run = run[:at] + rng.choice(extras) + run[at:]
            runs.append(run)
        assert scripts.languages_of(runs) == [scripts.language_of(run) for run in runs]
    assert set(scripts._OUTSIDE_GB2312).isdisjoint(traditional)
    assert not any(char.encode("gb2312", "ignore") for char in scripts._OUTSIDE_GB2312)


def test_scan_patterns_written_as_complements_match_their_ranges_on_every_code_point():
    every = "".join(map(chr, range(0x110000)))
    for ranges, pattern in ((scripts.HAN, scripts.HAN_RUN_RE), (scripts.CJK_LETTER, scripts.CJK_CORE_RE)):
        first = re.compile(pattern.pattern.split("]", 1)[0] + "]")  # the leading class alone
        assert first.pattern.startswith("[^")
        plain = re.compile(f"[{ranges}]")
        assert [m.start() for m in first.finditer(every)] == [m.start() for m in plain.finditer(every)]
