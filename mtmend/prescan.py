"""One cheap scan that proves a text has nothing any rule would report or repair.

Most of a crawled corpus is clean English. Every rule only ever fires next to a few telltale
characters: a CJK letter or mark, a fullwidth form, a zero-width character, a mojibake pair, a
mark glued to the next word, a space before a comma, two spaces, a space at a line end, a
capitalized function word after a comma, or a watched glossary phrase. `may_have_findings`
searches for those (each pattern led by a literal or a character class, so `re` skips through
clean text at memory speed) and stops at the first hit. When there is none, `fix` can return
the text unchanged with no issues, without building a context or running a rule.

The triggers are a superset of what each rule looks for: they may send a clean text through the
rules (which then find nothing), never the reverse. A rule this module has no triggers for (a
rule added later) turns the shortcut off, and tests/test_batch_prescan.py compares `fix` with
and without it on real and synthetic text.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Iterable

from .lexicon import FUNCTION_WORDS
from .phrases import _trie_pattern, hyperscan
from .rules.encoding import _MOJIBAKE_PAIR
from .scripts import CJK_LETTER, MOJIBAKE_LEADS, SUSPECTS

# Each trigger as a Python pattern (the fallback, and the reference) and in Hyperscan's syntax
# (UTF-8 code points, no lookarounds), where one pass looks for all of them and the glossary's
# watched phrases at once.
_CJK_CLASS = CJK_LETTER + SUSPECTS.replace(MOJIBAKE_LEADS, "")
_FUNCTION_WORD = _trie_pattern(sorted(FUNCTION_WORDS))


def _hs(pattern: str) -> bytes:
    """A Python pattern's characters outside printable ASCII written as Hyperscan `\\x{...}`."""
    return "".join(c if " " <= c <= "~" else f"\\x{{{ord(c):x}}}" for c in pattern).encode()


_FUNCTION_WORD_HS = "|".join(f"{w[0].upper()}(?i:{re.escape(w[1:])})" if len(w) > 1 else w.upper()
                             for w in sorted(FUNCTION_WORDS))
_TRIGGERS: dict[str, tuple[str, bytes]] = {
    # CJK letters (leftovers), CJK and fullwidth punctuation, ideographic space, fullwidth Latin,
    # zero-width characters: the rules' suspect characters without the mojibake lead letters
    # (é, ö ... are ordinary in English names; a mojibake repair needs a lead *and* a continuation).
    "cjk-or-suspect": (f"[{_CJK_CLASS}]", _hs(f"[{_CJK_CLASS}]")),
    "mojibake-pair": (_MOJIBAKE_PAIR.pattern, _hs(_MOJIBAKE_PAIR.pattern)),
    # spacing.after-punctuation: `,;:` glued to a letter, quote or bracket, or to a digit after a
    # non-digit (`10,000` and `8:30` are numbers); a sentence end glued to a capital.
    "glued-clause-mark": (r'[,;:](?:[A-Za-z“‘(]|"[A-Za-z]|(?<![0-9].)[0-9])',
                          _hs(r'[,;:](?:[A-Za-z“‘(]|"[A-Za-z])|[^0-9][,;:][0-9]')),
    "glued-sentence-end": (r"\.(?<=[^\W\d_]{2}\.)[A-Z]", rb"[^\x00-\x40\x5b-\x60\x7b-\x7f]{2}\.[A-Z]"),
    "glued-exclamation": (r"[!?][A-Z]", rb"[!?][A-Z]"),
    # spacing.whitespace: a blank before a clause mark, two spaces, a blank before a line end.
    "space-before-mark": (r"[,;!?](?<=[ \u3000].)", _hs("[ \u3000][,;!?]")),
    "two-spaces": ("  ", b"  "),
    "blank-line-end": (r"[\n\r](?<=[ \t\u3000].)", _hs("[ \t\u3000][\n\r]")),
    # casing.clause-split: a capital glued to a comma or semicolon, or a capitalized function word
    # after one (`, The`); any other capitalized word after `, ` is ordinary English to that rule.
    "clause-capital": (r"[,;](?:[A-Z]|[ \u3000]+(?=[A-Z])(?i:" + _FUNCTION_WORD + r")(?![A-Za-z]))",
                       _hs("[,;](?:[A-Z]|[ \u3000]+(?:" + _FUNCTION_WORD_HS + ")(?:[^A-Za-z]|$))")),
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
    "casing.clause-split": ("cjk-or-suspect", "clause-capital"),
    "untranslated.leftover": ("cjk-or-suspect",),
    "untranslated.deliberate": ("cjk-or-suspect",),
}
_NAMES = list(_TRIGGERS)
_PYTHON = {name: re.compile(python) for name, (python, _) in _TRIGGERS.items()}


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
    scanner = _scanner(watch) if hyperscan is not None else None
    if scanner is None:
        if any(_PYTHON[name].search(text) for name in names if name != GLOSSARY):
            return True
        return watch is not None and bool(watch.find(text))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: let the rules see it
        return True
    combined, groups = scanner
    # A short text costs one call; a long one is scanned group by group, because Hyperscan runs
    # slower on all the patterns at once than on a few separate sets of them.
    for db in (combined,) if len(data) < LONG_TEXT else groups:
        try:
            db.scan(data, match_event_handler=handler)
        except hyperscan.ScanTerminated:  # the handler stopped the scan at a trigger
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
           ("glued-clause-mark",), ("glued-sentence-end",), ("clause-capital",))


_SCANNERS: dict[int, tuple] = {}


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
    ours = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH
    theirs = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH  # as PhraseMatcher compiles them
    expressions = [(n, hs, ours) for n, (_, hs) in enumerate(_TRIGGERS.values())]
    expressions += [(len(_NAMES) + n, re.escape(p).encode(), theirs) for n, p in enumerate(phrases)]
    sets = [[e for e in expressions if e[0] < len(_NAMES) and _NAMES[e[0]] in group] for group in _GROUPS]
    sets.append([e for e in expressions if e[0] >= len(_NAMES)])
    db = (_compile(expressions), [_compile(chosen) for chosen in sets if chosen])
    _SCANNERS[key] = (weakref.ref(watch) if watch is not None else (lambda: None), db)
    return db


def _compile(expressions: list[tuple[int, bytes, int]]):
    db = hyperscan.Database()
    db.compile(expressions=[e for _, e, _ in expressions], ids=[i for i, _, _ in expressions],
               elements=len(expressions), flags=[f for _, _, f in expressions])
    return db
