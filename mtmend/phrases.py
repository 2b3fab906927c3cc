"""Find many English phrases in a text at once: whole words, any letter case, and a plural
ending (-s, -es) on the last word.

A glossary has hundreds of phrases to look for, and term checks run on every document, so the
scan must cost about as much as one regex pass. Hyperscan (Intel's multi-pattern matcher)
does that; Python's `re` has no multi-string search (an alternation of 500 phrases runs a
thousand times slower), so without Hyperscan a prefix-trie regex over the lower-cased text is
the fallback: the same matches, several times slower.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=1)
def hyperscan():
    """The hyperscan module, or None where it is not installed (it is not built for every
    platform). Imported when a matcher is first compiled: a one-page check never needs it."""
    try:
        import hyperscan
    except ImportError:
        return None
    return hyperscan


Match = tuple[int, int, str]  # start, end (after any plural ending), phrase in lower case


@lru_cache(maxsize=1)
def _scratches():
    """Each thread's scratch spaces (threading is imported with the first Hyperscan scan)."""
    import threading

    return threading.local()


def scan(db, data: bytes, handler) -> None:
    """`db.scan` with this thread's own scratch space: a database is shared by every thread (the
    review server checks many documents at once), but a scratch serves one scan at a time."""
    scratches = _scratches()
    mine = getattr(scratches, "by_db", None)
    if mine is None:
        mine = scratches.by_db = {}
    scratch = mine.get(id(db))
    if scratch is None or scratch[0] is not db:
        scratch = mine[id(db)] = (db, hyperscan().Scratch(db))
    db.scan(data, match_event_handler=handler, scratch=scratch[1])


# Looking each phrase up with `str.find` costs about a microsecond per phrase on a short text,
# while compiling a matcher for a whole glossary costs ten milliseconds or more: a matcher is
# compiled only once the texts scanned phrase by phrase add up to this many characters, so a
# one-page `mtmend check` never pays for it and a long or repeated scan pays it once.
DIRECT_SCAN_CHARS = 20_000


class PhraseMatcher:
    def __init__(self, phrases: Iterable[str], backend: str | None = None) -> None:
        self.phrases = sorted({p.lower() for p in phrases if p.strip()})
        self._backend = backend
        self.ascii = all(p.isascii() for p in self.phrases)
        self._direct_budget = DIRECT_SCAN_CHARS if backend is None else 0
        self._compiled = False

    @property
    def backend(self) -> str:
        """`hyperscan` where it is installed, else `regex`, unless another was asked for."""
        if self._backend is None:
            self._backend = "hyperscan" if hyperscan() is not None else "regex"
        return self._backend

    def _compile(self) -> None:
        if self.backend == "hyperscan":
            hs = hyperscan()
            self._db = hs.Database()
            self._db.compile(expressions=[re.escape(p).encode() for p in self.phrases],
                             ids=list(range(len(self.phrases))), elements=len(self.phrases),
                             flags=[hs.HS_FLAG_CASELESS] * len(self.phrases))
        elif self.backend == "regex":
            self._regex = re.compile(_trie_pattern(self.phrases))
        self._compiled = True

    def find(self, text: str, ascii_view: bytes | None = None) -> list[Match]:
        """Whole-word occurrences, leftmost-longest where they overlap, sorted by position.
        `ascii_view` is `text.encode("ascii", "replace")` where the caller has it already (a
        Context does): encoding a long text costs more than scanning it."""
        if not self.phrases:
            return []
        if self._backend == "direct" or not self._compiled and len(text) <= self._direct_budget:
            self._direct_budget -= len(text)
            raw = self._find_direct(text)
        else:
            if not self._compiled:
                self._compile()
            raw = self._find_hyperscan(text, ascii_view) if self.backend == "hyperscan" else self._find_regex(text)
        found: list[Match] = []
        for start, end, phrase in sorted(raw, key=lambda m: (m[0], -m[1])):
            if found and start < found[-1][1]:
                continue
            if start > 0 and _word_char(text[start - 1]):
                continue
            tail = end
            for ending in ("es", "s"):
                if text[end:end + len(ending)].lower() == ending:
                    tail = end + len(ending)
                    break
            if tail > end and not _word_char(text[tail:tail + 1]):
                end = tail
            elif _word_char(text[end:end + 1]):
                continue
            found.append((start, end, phrase))
        return found

    def _find_hyperscan(self, text: str, ascii_view: bytes | None = None) -> list[Match]:
        ends: list[tuple[int, int]] = []
        collect = lambda id_, _from, to, _flags, _ctx: ends.append((to, id_))  # noqa: E731
        if self.ascii:
            # ASCII phrases can only match ASCII text: one byte per character keeps the offsets.
            scan(self._db, text.encode("ascii", "replace") if ascii_view is None else ascii_view, collect)
            return [(to - len(self.phrases[id_]), to, self.phrases[id_]) for to, id_ in ends]
        data = text.encode("utf-8")
        scan(self._db, data, collect)
        if not ends:
            return []
        ends.sort()
        out: list[Match] = []
        byte_pos = char_pos = 0
        for to, id_ in ends:  # byte offsets to character offsets, decoding each stretch once
            char_pos += len(data[byte_pos:to].decode("utf-8", "ignore"))
            byte_pos = to
            phrase = self.phrases[id_]
            out.append((char_pos - len(phrase), char_pos, phrase))
        return out

    def _find_direct(self, text: str) -> list[Match]:
        """Every occurrence of every phrase, as the compiled matchers report them, one phrase
        at a time; ASCII case folding only, so offsets stay those of `text`."""
        folded = text.translate(_ASCII_LOWER)
        out: list[Match] = []
        for phrase in self.phrases:
            at = folded.find(phrase)
            while at != -1:
                out.append((at, at + len(phrase), phrase))
                at = folded.find(phrase, at + 1)
        return out

    def _find_regex(self, text: str) -> list[Match]:
        return [(m.start(), m.end(), m.group(0)) for m in self._regex.finditer(text.lower())]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _trie_pattern(phrases: list[str]) -> str:
    """One regex for many literals, factored by common prefixes so each position is tried once."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
