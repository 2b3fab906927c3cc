"""One cheap scan that proves a text has nothing any rule would report or repair.

Most of a crawled corpus is clean English. Every rule only ever fires next to a few telltale
characters: a CJK letter or mark, a fullwidth form, a zero-width character, a mojibake pair, a
mark glued to the next word, a space before a comma, two spaces, a space at a line end, a
capitalized function word after a comma, or a watched glossary phrase. `may_have_findings`
searches for those with Hyperscan (all patterns and the glossary's phrases in a few passes at
hundreds of MB/s; Python's `re` where Hyperscan is missing) and stops at the first hit. When there is none, `fix` can return
the text unchanged with no issues, without building a context or running a rule. In a long
plain text whose triggers all stay on their line, `excerpt_of` picks those lines (with the lines
before them) for the rules and the pipeline moves the findings back (`Excerpt`).

The triggers are a superset of what each rule looks for: they may send a clean text through the
rules (which then find nothing), never the reverse. A rule this module has no triggers for (a
rule added later) turns the shortcut off, and tests/test_batch_prescan.py compares `fix` with
and without it on real and synthetic text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .lexicon import FUNCTION_WORDS
from .phrases import _trie_pattern, hyperscan, scan  # hyperscan(): the module or None
from .rules.encoding import _MOJIBAKE_PAIR
from .scripts import CJK_LETTER, MOJIBAKE_LEADS, SUSPECTS

# The triggers, in the order of their Hyperscan ids.
_NAMES = ("cjk-or-suspect", "mojibake-pair", "glued-clause-mark", "glued-sentence-end", "glued-exclamation",
          "space-before-mark", "two-spaces", "blank-line-end", "glued-capital", "clause-capital")


def _hyperscan_expression(pattern: str | bytes) -> bytes:
    """A pattern's characters outside printable ASCII written as Hyperscan `\\x{...}`."""
    if isinstance(pattern, bytes):
        return pattern
    return "".join(c if " " <= c <= "~" else f"\\x{{{ord(c):x}}}" for c in pattern).encode()


@lru_cache(maxsize=1)
def _triggers() -> dict[str, tuple[str, str | bytes]]:
    """Each trigger as a Python pattern (the fallback, and the reference) and in Hyperscan's
    syntax (UTF-8 code points, no lookarounds; `_hyperscan_expression` writes a str's
    characters as Hyperscan wants them), where one pass looks for all of them and the glossary's
    watched phrases at once. Written out when first needed, not at import."""
    cjk_class = CJK_LETTER + SUSPECTS.replace(MOJIBAKE_LEADS, "")
    function_word = _trie_pattern(sorted(FUNCTION_WORDS))
    function_word_hs = "|".join(f"{w[0].upper()}(?i:{re.escape(w[1:])})" if len(w) > 1 else w.upper()
                                 for w in sorted(FUNCTION_WORDS))
    return {
        # CJK letters (leftovers), CJK and fullwidth punctuation, ideographic space, fullwidth
        # Latin, zero-width characters: the rules' suspect characters without the mojibake lead
        # letters (é, ö ... are ordinary in English names; a mojibake repair needs a lead *and* a
        # continuation).
        "cjk-or-suspect": (f"[{cjk_class}]", f"[{cjk_class}]"),
        "mojibake-pair": (_MOJIBAKE_PAIR.pattern, _MOJIBAKE_PAIR.pattern),
        # spacing.after-punctuation: `,;:` glued to a letter, quote or bracket, or to a digit
        # after a non-digit (`10,000` and `8:30` are numbers); a sentence end glued to a capital.
        "glued-clause-mark": (r'[,;:](?:[A-Za-z“‘(]|"[A-Za-z]|(?<![0-9].)[0-9])',
                              r'[,;:](?:[A-Za-z“‘(]|"[A-Za-z])|[^0-9][,;:][0-9]'),
        "glued-sentence-end": (r"\.(?<=[^\W\d_]{2}\.)[A-Z]", rb"[^\x00-\x40\x5b-\x60\x7b-\x7f]{2}\.[A-Z]"),
        "glued-exclamation": (r"[!?][A-Z]", rb"[!?][A-Z]"),
        # spacing.whitespace: a blank before a clause mark, two spaces, a blank before a line end.
        "space-before-mark": (r"[,;!?](?<=[ \u3000].)", "[ \u3000][,;!?]"),
        "two-spaces": ("  ", b"  "),
        "blank-line-end": (r"[\n\r](?<=[ \t\u3000].)", "[ \t\u3000][\n\r]"),
        # casing.clause-split: a capital glued to a comma or semicolon, or a capitalized function
        # word after one (`, The`); any other capitalized word after `, ` is ordinary English to
        # that rule.
        "glued-capital": (r"[,;][A-Z]", b"[,;][A-Z]"),
        "clause-capital": (r"[,;][ \u3000]+(?=[A-Z])(?i:" + function_word + r")(?![A-Za-z])",
                           "[,;][ \u3000]+(?:" + function_word_hs + ")(?:[^A-Za-z]|$)"),
    }


GLOSSARY = "glossary"  # stands for "a watched phrase of the glossary occurs"
TRIGGERS: dict[str, tuple[str, ...]] = {
    "encoding.mojibake": ("mojibake-pair",),
    "encoding.fullwidth-latin": ("cjk-or-suspect",),
    "encoding.invisible": ("cjk-or-suspect",),
    "punctuation.fullwidth": ("cjk-or-suspect",),
    "spacing.after-punctuation": ("glued-clause-mark", "glued-sentence-end", "glued-exclamation"),
    "spacing.whitespace": ("cjk-or-suspect", "space-before-mark", "two-spaces", "blank-line-end"),
    "terminology.wrong-rendering": (GLOSSARY,),
    "terminology.forbidden": (GLOSSARY,),
    "terminology.inconsistent": (GLOSSARY,),
    "casing.clause-split": ("cjk-or-suspect", "glued-capital", "clause-capital"),
    "untranslated.leftover": ("cjk-or-suspect",),
    "untranslated.deliberate": ("cjk-or-suspect",),
    "untranslated.not-english": ("cjk-or-suspect",),
    "terminology.engine-rendering": ("cjk-or-suspect",),  # only where an engine translated a leftover
}


@lru_cache(maxsize=None)
def _python(name: str) -> re.Pattern[str]:
    """A trigger as a Python pattern, compiled when first needed (the CJK class costs milliseconds)."""
    return re.compile(_triggers()[name][0])


def may_have_findings(text: str, rule_ids: Iterable[str], glossary=None) -> bool:
    """False only when no rule of `rule_ids` can find anything in `text`; True otherwise."""
    plan = _plan(rule_ids if isinstance(rule_ids, tuple) else tuple(rule_ids))
    if plan is None:
        return True  # a rule this scan knows nothing about
    names, handler = plan
    if not names:
        return False
    from .glossary import Glossary

    watch = (glossary or Glossary.builtin()).watch if GLOSSARY in names else None
    scanner = _scanner(watch) if _hyperscan_pays(len(text)) else None
    if scanner is None:
        if any(_python(name).search(text) for name in names if name != GLOSSARY):
            return True
        return watch is not None and bool(watch.find(text))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: let the rules see it
        return True
    combined, groups, _ = scanner
    # A short text costs one call; a long one is scanned group by group, because Hyperscan runs
    # slower on all the patterns at once than on a few separate sets of them.
    for db in (combined,) if len(data) < LONG_TEXT else groups:
        try:
            scan(db, data, handler)
        except hyperscan().ScanTerminated:  # the handler stopped the scan at a trigger
            return True
    return False


def _stop(*_match) -> bool:
    return True


@lru_cache(maxsize=64)
def _plan(rule_ids: tuple[str, ...]):
    """The triggers the rules need and the match handler that stops at one of them; None when a
    rule has no triggers here."""
    names: set[str] = set()
    for rid in rule_ids:
        if rid not in TRIGGERS:
            return None
        names.update(TRIGGERS[rid])
    if names == set(_NAMES) | {GLOSSARY}:
        return frozenset(names), _stop
    counted = frozenset(n for n, name in enumerate(_NAMES) if name in names)
    phrases_count = GLOSSARY in names

    def stop_at_wanted(id_: int, *_rest) -> bool:
        return id_ in counted or phrases_count and id_ >= len(_NAMES)

    return frozenset(names), stop_at_wanted


LONG_TEXT = 4096
# Triggers that Hyperscan scans fast together; the glossary's phrases are one more group.
_GROUPS = (("cjk-or-suspect", "mojibake-pair", "glued-exclamation", "space-before-mark", "two-spaces", "blank-line-end"),
           ("glued-clause-mark",), ("glued-sentence-end",), ("glued-capital", "clause-capital"))


_SCANNERS: dict[int, tuple] = {}
# Compiling the Hyperscan databases costs about 0.3 s, more than a one-page `mtmend check` takes
# in all: texts are scanned with Python's re until a process has scanned this many characters,
# then the databases are compiled once (a batch or a server pays it once, a hook never).
DIRECT_SCAN_CHARS = 200_000
_direct_budget = [DIRECT_SCAN_CHARS]


def _hyperscan_pays(length: int) -> bool:
    if _direct_budget[0] > 0:
        _direct_budget[0] -= length
        return False
    return hyperscan() is not None


def compile_now(glossary=None) -> None:
    """Compile the Hyperscan databases for `glossary` (the built-in one by default) now and scan
    with them from here on: a process about to fork workers for a batch does it once for all of
    them, instead of each worker compiling its own after its first 200,000 characters."""
    if hyperscan is None:
        return
    from .glossary import Glossary

    _direct_budget[0] = 0
    _scanner((glossary or Glossary.builtin()).watch)


def _scanner(watch):
    """One Hyperscan database of every trigger and `watch`'s phrases, built once per matcher;
    None where the phrases cannot be scanned the way PhraseMatcher scans them."""
    key = id(watch)
    cached = _SCANNERS.get(key)
    if cached is not None and cached[0]() is watch:
        return cached[1]
    phrases = list(watch.phrases) if watch is not None else []
    if watch is not None and (watch.backend != "hyperscan" or any("?" in p for p in phrases)):
        return None  # PhraseMatcher reads non-ASCII as "?" in ASCII mode; stay exact
    import weakref  # with Hyperscan only (a small page is scanned with re)

    hs = hyperscan()
    ours = hs.HS_FLAG_UTF8 | hs.HS_FLAG_SINGLEMATCH
    theirs = hs.HS_FLAG_CASELESS | hs.HS_FLAG_SINGLEMATCH  # as PhraseMatcher compiles them
    expressions = [(n, _hyperscan_expression(_triggers()[name][1]), ours) for n, name in enumerate(_NAMES)]
    expressions += [(len(_NAMES) + n, re.escape(p).encode(), theirs) for n, p in enumerate(phrases)]
    sets = [[e for e in expressions if e[0] < len(_NAMES) and _NAMES[e[0]] in group] for group in _GROUPS]
    sets.append([e for e in expressions if e[0] >= len(_NAMES)])
    every = [[(i, e, f & ~hs.HS_FLAG_SINGLEMATCH) for i, e, f in chosen] for chosen in sets if chosen]
    db = (_compile(expressions), [_compile(chosen) for chosen in sets if chosen], [_compile(c) for c in every])
    _SCANNERS[key] = (weakref.ref(watch) if watch is not None else (lambda: None), db)
    return db


def _compile(expressions: list[tuple[int, bytes, int]]):
    db = hyperscan().Database()
    db.compile(expressions=[e for _, e, _ in expressions], ids=[i for i, _, _ in expressions],
               elements=len(expressions), flags=[f for _, _, f in expressions])
    return db


# --- the lines of a long text that have a trigger ---------------------------------------------

# Triggers whose rules read more than the line they are on: CJK (leftovers and bilingual layouts
# compare lines across the document), mojibake and fullwidth forms (their repairs make the rules
# run again), and a capital glued to a comma (casing asks the text 5,000 characters around the
# word how it is written elsewhere). With one of them in a text, all of it goes through the rules.
_NOT_LOCAL = frozenset({"cjk-or-suspect", "mojibake-pair", "glued-capital"})
CONTEXT_BYTES = 48  # lines before each triggered line, so a rule's look back (12 characters) sees the same
MAX_SHARE = 0.5


class Excerpt:
    """Some whole lines of a text, with their context lines before them, joined in order: every
    rule finds in `text` exactly what it finds at those lines in the whole, because the rules
    that look further than a line are excluded (`_NOT_LOCAL`) and the rest look back at most 12
    characters and never past a line end. `source` maps an offset back."""

    def __init__(self, spans: list[tuple[int, int]], whole: str) -> None:
        self.spans = spans
        self.text = "".join(whole[a:b] for a, b in spans)
        self.starts, pos = [], 0
        for a, b in spans:
            self.starts.append(pos)
            pos += b - a

    def source(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) of the excerpt as offsets of the whole; ValueError if it crosses a gap."""
        i = bisect.bisect_right(self.starts, start) - 1
        a, b = self.spans[i]
        lo = a + start - self.starts[i]
        hi = lo + end - start
        if hi > b:
            raise ValueError("a finding crosses the excerpt's gaps")
        return lo, hi

    def _moved(self, item):
        """A Finding or Issue of the excerpt, at its place in the whole (spacing.whitespace keeps
        the offset of its line's start in `data["line"]`, moved too)."""
        lo, hi = self.source(item.start, item.end)
        data = item.data
        if data and isinstance(data.get("line"), int) and data["line"] >= 0:
            data = {**data, "line": self.source(data["line"], data["line"])[0]}
        return replace(item, start=lo, end=hi, data=data)

    def issues(self, issues: list) -> list:
        return [self._moved(i) for i in issues]

    def fixed(self, sub, whole: str):
        """The pipeline's account of fixing the excerpt (`sub`), as the account of the whole."""
        from .model import apply_edits
        from .pipeline import Fixed, _apply

        found = [(r, [self._moved(f) for f in findings]) for r, findings in sub._found]
        repairs = None if sub._repairs is None else \
            [(*self.source(start, end), rank, rid, after) for start, end, rank, rid, after in sub._repairs]
        composed = None if sub._composed is None else \
            [replace(e, start=lo, end=hi) for e in sub._composed for lo, hi in [self.source(e.start, e.end)]]
        current = apply_edits(whole, composed) if composed is not None else _apply(whole, repairs or [])
        return Fixed(whole, current, found, repairs, composed, sub.notes)


def excerpt_of(text: str, rule_ids: tuple[str, ...], glossary=None) -> tuple[str, Excerpt | None]:
    """What one scan of a long `text` says: ("clean", None) when nothing can be found,
    ("lines", excerpt) when every trigger is one whose rules only read its line and their lines
    are a small part of the text, ("whole", None) when the rules must read all of it, and
    ("unknown", None) for a short text or without Hyperscan (may_have_findings decides)."""
    if len(text) < LONG_TEXT or not _hyperscan_pays(len(text)):
        return "unknown", None
    plan = _plan(rule_ids)
    if plan is None:
        return "whole", None
    names, _ = plan
    from .glossary import Glossary

    watch = (glossary or Glossary.builtin()).watch if GLOSSARY in names else None
    scanner = _scanner(watch)
    if scanner is None:
        return "unknown", None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return "whole", None
    wanted = {n for n, name in enumerate(_NAMES) if name in names}
    stop = {n for n in wanted if _NAMES[n] in _NOT_LOCAL}
    phrases = GLOSSARY in names
    ends: list[int] = []
    limit = len(data) // 200 + 16

    def collect(id_: int, _from: int, to: int, *_rest) -> bool:
        if id_ in stop:
            return True
        if id_ in wanted or phrases and id_ >= len(_NAMES):
            ends.append(to)
        return len(ends) > limit

    try:
        for db in scanner[2]:
            scan(db, data, collect)
    except hyperscan().ScanTerminated:
        return "whole", None
    if not ends:
        return "clean", None
    lines: list[tuple[int, int]] = []
    for to in sorted(set(ends)):
        last = to - 1
        start = data.rfind(b"\n", 0, last) + 1
        end = data.find(b"\n", last) + 1 or len(data)
        context = start
        while context > 0 and start - context < CONTEXT_BYTES:
            context = data.rfind(b"\n", 0, context - 1) + 1
        if lines and context <= lines[-1][1]:
            lines[-1] = (lines[-1][0], max(lines[-1][1], end))
        else:
            lines.append((context, end))
    if sum(b - a for a, b in lines) > MAX_SHARE * len(data):
        return "whole", None
    return "lines", Excerpt(_characters(data, text, lines), text)


def _characters(data: bytes, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte ranges (at line starts and ends) as character ranges."""
    if len(data) == len(text):
        return spans
    out, byte, char = [], 0, 0
    for a, b in spans:
        char += len(data[byte:a].decode("utf-8"))
        lo = char
        char += len(data[a:b].decode("utf-8"))
        out.append((lo, char))
        byte = b
    return out
