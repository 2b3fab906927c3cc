"""Unicode script tables for CJK text inside English, and what language a run is in.

Ranges follow the Unicode blocks (Unicode 15): CJK Unified Ideographs and their extensions,
Hiragana, Katakana, Hangul, CJK Symbols and Punctuation, and Halfwidth and Fullwidth Forms.
"""
from __future__ import annotations

import re
from functools import lru_cache

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
CJK_LETTER = HAN + KANA + HANGUL
# CJK punctuation (、。〈〉《》「」『』【】〔〕 …), fullwidth ASCII punctuation, and the typographic
# marks Chinese text uses between ideographs.
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe10-\ufe1f\ufe30-\ufe4f\u2014\u2026\u00b7\u201c\u201d\u2018\u2019"


def _outside(ranges: str) -> str:
    """The class body of every character outside `ranges` (a body of ranges and singles such as
    HAN): the gaps between them. `[^outside]` is the same class as `[ranges]`, tested faster on
    mostly-English text: sre tests a character against a class part by part, and the ranges
    above U+FFFF (Han Extension B and on) are a second part after the table of the others, which
    every ASCII character reaches; the complement's table answers for ASCII at once."""
    spans = sorted((ord(lo or single), ord(hi or single))
                   for lo, hi, single in re.findall("(.)-(.)|(.)", ranges, re.DOTALL))
    gaps, next_free = [], 0
    for lo, hi in spans:
        if lo > next_free:
            gaps.append(f"\\U{next_free:08x}-\\U{lo - 1:08x}")
        next_free = max(next_free, hi + 1)
    if next_free <= 0x10FFFF:
        gaps.append(f"\\U{next_free:08x}-\\U0010ffff")
    return "".join(gaps)


HAN_RUN_RE = re.compile(f"[^{_outside(HAN)}][{HAN}]*")
KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")
_KANA_OR_HANGUL_RE = re.compile(f"[{KANA}{HANGUL}]")
# A core: a CJK letter followed by CJK letters and punctuation.
CJK_CORE_RE = re.compile(f"[^{_outside(CJK_LETTER)}][{CJK_LETTER}{CJK_PUNCT}]*")
# Characters that some rule repairs outside CJK text: CJK punctuation (incl. U+3000), fullwidth
# and halfwidth forms, vertical and small forms, zero-width characters, and the Latin-1 letters
# that start a mojibake sequence (UTF-8 lead bytes read as Latin-1). Written `[x][x]*`, not
# `[x]+`: re skips ahead with a leading character set but not with a leading repeat, and
# whole-text scans run two to three times faster this way.
MOJIBAKE_LEADS = "\u00c2-\u00f4"
SUSPECTS = "\u3000-\u303f\uff00-\uffef\ufe10-\ufe1f\ufe30-\ufe6f\u200b\u200c\u2060\ufeff" + MOJIBAKE_LEADS
SUSPECTS_RE = re.compile(f"[{SUSPECTS}][{SUSPECTS}]*")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# Compiled on first use: sre's charset optimizer walks every code point of these ranges (some
# milliseconds each), and `check` needs neither (CJK_CORE_RE.search tells whether a text has a
# CJK letter just as well).
_ON_FIRST_USE = {"HAN_RE": f"[{HAN}]", "CJK_LETTER_RE": f"[{CJK_LETTER}]"}


def __getattr__(name: str) -> re.Pattern[str]:
    if name not in _ON_FIRST_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    pattern = globals()[name] = re.compile(_ON_FIRST_USE[name])
    return pattern


OPENERS = "(（[【「『《〈“‘\"'"
CLOSERS = ")）]】」』》〉”’\"'"
PAIRS = dict(zip(OPENERS, CLOSERS))


def characters(ranges: str) -> frozenset[str]:
    """The characters of a character-class body such as `"\u3000-\u303f、"` (ranges and singles)."""
    out: set[str] = set()
    for lo, hi, single in re.findall("(.)-(.)|(.)", ranges, re.DOTALL):
        out.update(map(chr, range(ord(lo), ord(hi) + 1)) if lo else single)
    return frozenset(out)


def count_han(text: str) -> int:
    """Number of Han characters in `text` (counted by runs: fewer matches than one per character)."""
    return sum(map(len, HAN_RUN_RE.findall(text)))


_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


def count_latin_letters(text: str) -> int:
    """Number of ASCII letters in `text` (a byte-level count: this runs on every candidate line)."""
    return count_ascii_letters(text.encode("ascii", "ignore"))


def count_ascii_letters(ascii_part: bytes) -> int:
    """Number of letters in ASCII bytes: for a caller that needs the encoded text for more."""
    return len(ascii_part.translate(None, _NOT_ASCII_LETTER))


def language_of(run: str) -> str:
    """BCP 47 tag for a CJK run: ja if it has kana, ko if Hangul, else zh-Hans / zh-Hant / zh.

    Chinese is zh-Hans when only Simplified forms occur, zh-Hant when only Traditional ones, and
    zh otherwise: the verdict of hanzidentifier.identify (forms shared by both scripts say
    nothing), computed with a set look-up for each script (the Traditional one mostly answered by
    the GB 2312 codec, see _has_traditional_only).
    """
    if _KANA_OR_HANGUL_RE.search(run):  # one scan clears the usual case: Chinese
        return "ja" if KANA_RE.search(run) else "ko"
    simplified_only, traditional_only = _script_only_forms()
    simplified = not simplified_only.isdisjoint(run)
    traditional = _has_traditional_only(run, traditional_only)
    if simplified and not traditional:
        return "zh-Hans"
    if traditional and not simplified:
        return "zh-Hant"
    return "zh"


def languages_of(runs: list[str]) -> list[str]:
    """language_of of each run, with the Traditional-only look-up done for many runs at once.

    A set look-up per character makes a string of each one; the GB 2312 codec (see
    _has_traditional_only) clears a block of runs in one call instead. The runs of a block that
    holds a character outside GB 2312 (but for two marks Chinese text uses, _OUTSIDE_GB2312), one
    of the few Traditional-only forms inside it, kana or Hangul, are looked up one by one."""
    out: list[str] = []
    block: list[str] = []
    size = 0
    for run in runs:
        block.append(run)
        size += len(run)
        if size >= BLOCK_CHARS:
            out += _block_languages(block)
            block, size = [], 0
    out += _block_languages(block) if size >= 64 else map(language_of, block)
    return out


BLOCK_CHARS = 4096
_OUTSIDE_GB2312 = "\u00b7\u2014"  # the middle dot of names and the em dash: neither is Traditional-only


def _block_languages(block: list[str]) -> list[str]:
    joined = "".join(block)
    encoded = joined.encode("gb2312", "ignore")
    dropped = len(joined) - len(encoded.decode("gb2312"))
    if dropped != sum(map(joined.count, _OUTSIDE_GB2312)) or _KANA_OR_HANGUL_RE.search(joined) \
            or any(form in joined for form in _traditional_in_gb2312_forms()):
        return [language_of(run) for run in block]
    simplified_only = _script_only_forms()[0]
    return ["zh" if simplified_only.isdisjoint(run) else "zh-Hans" for run in block]


@lru_cache(maxsize=1)
def _traditional_in_gb2312_forms() -> str:
    """The few Traditional-only forms that GB 2312 encodes (three)."""
    return "".join(form for form in sorted(_script_only_forms()[1]) if _encodes(form, "gb2312"))


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _has_traditional_only(run: str, traditional_only: frozenset[str]) -> bool:
    """Does `run` hold a Traditional-only form? Simplified text fits GB 2312, the Simplified
    character set, which has only a few of those forms: when the run encodes to it (one call into
    the codec) only those few are looked for, not every character of the run. A short run is
    looked up character by character: as fast, and a small page needs no codec (a millisecond to
    import)."""
    if len(run) < 64:
        return not traditional_only.isdisjoint(run)
    try:
        run.encode("gb2312")
    except UnicodeEncodeError:
        return not traditional_only.isdisjoint(run)
    return _traditional_in_gb2312().search(run) is not None


@lru_cache(maxsize=1)
def _traditional_in_gb2312() -> re.Pattern[str]:
    """The few Traditional-only forms that GB 2312 encodes (three), as a pattern: the codec drops
    the others from the whole set in one call."""
    forms = "".join(_script_only_forms()[1]).encode("gb2312", "ignore").decode("gb2312")
    return re.compile(f"[{re.escape(forms)}]" if forms else "(?!)")


@lru_cache(maxsize=1)
def _script_only_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified-only, Traditional-only) characters, from data/script_forms.txt (built from
    hanzidentifier's sets by tools/build_script_forms.py: a file read, not a regex of thousands
    of characters to compile on every start)."""
    from .data import read_text

    forms = {}
    for line in read_text("script_forms.txt").splitlines():
        if not line.startswith("#"):
            name, _, chars = line.partition("\t")
            forms[name] = frozenset(chars)
    return forms["simplified"], forms["traditional"]


def to_simplified(text: str) -> str:
    """`text` with Traditional characters replaced by their Simplified forms (character by
    character, from CC-CEDICT: enough to look terms up, not a conversion of running text)."""
    return text.translate(_traditional_table())


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    from .data import read_text

    table = {}
    for line in read_text("traditional.txt").splitlines():
        if not line.startswith("#"):
            traditional, _, simplified = line.partition("\t")
            table[ord(traditional)] = simplified
    return table


LANGUAGE_NAMES = {
    "zh-Hans": "Chinese (Simplified)",
    "zh-Hant": "Chinese (Traditional)",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}
