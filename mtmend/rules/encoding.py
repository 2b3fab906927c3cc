"""Encoding damage: mojibake and fullwidth Latin letters and digits."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..scripts import MOJIBAKE_LEADS, characters
from .base import Finding, rule

_FULLWIDTH_ALNUM_CHARS = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_FULLWIDTH_ALNUM = re.compile(f"[{_FULLWIDTH_ALNUM_CHARS}][{_FULLWIDTH_ALNUM_CHARS}]*")
_FULLWIDTH_ALNUM_SET = characters(_FULLWIDTH_ALNUM_CHARS)
# UTF-8 read as Latin-1/Windows-1252: a lead byte Â-ô followed by a continuation byte's stand-in.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE_LEAD = re.compile(f"[{MOJIBAKE_LEADS}]")
_MOJIBAKE_LEAD_CHARS = characters(MOJIBAKE_LEADS)


@cache
def _ftfy_config():
    """ftfy's configuration, built on first use (ftfy is imported only for damaged text)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        remove_control_chars=False, normalization=None, explain=True,
    )


@rule(
    "encoding.mojibake",
    kind="encoding",
    severity="error",
    title="Mojibake: text decoded with the wrong encoding",
    priority=90,
    cascades=True,
    fixes=(("the universityâ€™s campus", "the university’s campus"),),
    keeps=("the university’s campus", "Café, naïve and Zoë"),
)
def mojibake(ctx) -> Iterator[Finding]:
    """UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere on its way turns into
    sequences like `â€™` or `Ã©`. ftfy recognises these patterns and reverses the wrong decoding;
    only lines that ftfy judges to be damaged are touched, and the report names its steps."""
    text = ctx.text
    seen = -1
    for lead, _ in ctx.find_suspects(_MOJIBAKE_LEAD, _MOJIBAKE_LEAD_CHARS):
        if lead < seen or not _MOJIBAKE_PAIR.match(text, lead):
            continue
        start = text.rfind("\n", 0, lead) + 1
        end = text.find("\n", lead)
        seen = end = len(text) if end < 0 else end
        line = text[start:end]
        fixed, steps = _ftfy_repair(line)
        if fixed == line:
            continue
        lo, hi_old, hi_new = _trim_common(line, fixed)
        if ctx.is_frozen(start + lo, start + hi_old):
            continue
        how = ", ".join(f"{a} {b}" for a, b in steps or [])
        yield Finding(start + lo, start + hi_old, f"mojibake repaired ({how})", fixed[lo:hi_new])


def _ftfy_repair(line: str) -> tuple[str, list[tuple[str, str]] | None]:
    """ftfy's repair of a line it judges damaged; the line itself otherwise."""
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(line):
        return line, None
    return ftfy.fix_and_explain(line, _ftfy_config())


def _trim_common(a: str, b: str) -> tuple[int, int, int]:
    lo = 0
    while lo < min(len(a), len(b)) and a[lo] == b[lo]:
        lo += 1
    ha, hb = len(a), len(b)
    while ha > lo and hb > lo and a[ha - 1] == b[hb - 1]:
        ha -= 1
        hb -= 1
    return lo, ha, hb


@rule(
    "encoding.fullwidth-latin",
    kind="encoding",
    severity="warning",
    title="Fullwidth Latin letters or digits",
    priority=89,
    cascades=True,
    fixes=(("ＢＩＴ ２０２２", "BIT 2022"),),
    keeps=("BIT 2022",),
)
def fullwidth_latin(ctx) -> Iterator[Finding]:
    """Chinese input methods produce fullwidth forms of Latin letters and digits (U+FF10–FF5A).
    In English they look wrong, break search and sort, and are not what the writer meant; the
    ASCII letter or digit is the same character at its normal width."""
    text = ctx.text
    for start, end in ctx.find_suspects(_FULLWIDTH_ALNUM, _FULLWIDTH_ALNUM_SET):
        wide = text[start:end]
        ascii_ = "".join(chr(ord(c) - 0xFEE0) for c in wide)
        yield Finding(start, end, f"fullwidth {wide!r} becomes {ascii_!r}", ascii_)


_INVISIBLE_CHARS = frozenset("\u200b\u200c\u2060\ufeff")
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff][\u200b\u200c\u2060\ufeff]*")


@rule(
    "encoding.invisible",
    kind="encoding",
    severity="warning",
    title="Invisible zero-width characters",
    priority=88,
    cascades=True,
    fixes=(("the\u200bschool", "theschool"),),
    keeps=("\ufeffA byte-order mark at the start stays.",),
)
def invisible_characters(ctx) -> Iterator[Finding]:
    """Zero-width spaces, joiners and stray byte-order marks (U+200B, U+200C, U+2060, U+FEFF)
    are invisible in a browser but split words for search, spell-checking and translation
    memories. They are removed (a byte-order mark at the very start of a file is kept)."""
    text = ctx.text
    for start, end in ctx.find_suspects(_INVISIBLE, _INVISIBLE_CHARS):
        if start > 0:
            yield Finding(start, end, f"invisible character U+{ord(text[start]):04X}", "")
