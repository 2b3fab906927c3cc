"""Everything rules need to know about one text, computed once per pass.

`frozen` ranges are never changed by a repair: code and URLs (never touched, never reported),
leftover runs (their inside belongs to the translator), and the Han core of deliberate CJK.
What a format keeps out of prose (Markdown code, link targets) its adapter hands in as `protect`,
a function from a text to its ranges: the core knows no format.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, compress, count, starmap
from operator import add

from .glossary import Glossary
from .leftovers import Leftover, find_leftovers, script_shares
from .scripts import CLOSERS, OPENERS, SUSPECTS, characters
from .spans import contains, merge

# Cheap triggers for things that are not prose; each hit is widened to its whole token. The
# literals are found with str.find (memchr for `@`), less than half the cost of re's scan.
_NOT_PROSE_LITERALS = ("www.", "@")  # (and `://`, found at the colons; a mailto: link has an @ too)
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|html?|php|aspx?|JPE?G|PNG|PDF)\b")
_EDGE = frozenset(OPENERS + CLOSERS + " ")
_SUSPECT_CHARS = characters(SUSPECTS)
_TOKEN_EDGE = " \t\r\n<>\"'()（）[]，。"


@dataclass
class Context:
    """One text and what the rules read about it: protected, leftover and frozen ranges."""

    text: str
    format: str = "text"
    protected: list[tuple[int, int]] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    frozen: list[tuple[int, int]] = field(default_factory=list)
    glossary: Glossary = field(default_factory=Glossary.builtin, repr=False)
    # Script shares of a page that is not English (mostly CJK): nothing on it is repaired.
    not_english: dict[str, float] | None = None
    _evidence_cache: dict[tuple[str, str, int], bool] = field(default_factory=dict, repr=False)
    _mark_positions: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, text: str, format: str = "text", glossary: Glossary | None = None,
              protect: Callable[[str], list[tuple[int, int]]] | None = None) -> "Context":
        """The context of `text`; `format` names the prose syntax rules may respect (`markdown`)."""
        ascii_view = text.encode("ascii", "replace")  # script_shares counts with it; rules find with it
        marks = {mark: mark_positions(text, ascii_view, mark) for mark in ".:"}
        protected = merge(_protected_ranges(text, marks["."], marks[":"]) + (protect(text) if protect else []))
        shares = script_shares(text, ascii_view)
        if shares is not None:  # reported once by untranslated.not-english; all of it frozen
            return cls._seeded(ascii_view, marks, text, format, protected, [], [(0, len(text))],
                               glossary or Glossary.builtin(), not_english=shares)
        leftovers = find_leftovers(text, protected, ascii_view)
        frozen = list(protected)
        for lo in leftovers:
            start, end = lo.start, lo.end
            if lo.deliberate:  # the brackets and quotes around a gloss are English punctuation
                while start < end and text[start] in _EDGE:
                    start += 1
                while end > start and text[end - 1] in _EDGE:
                    end -= 1
            frozen.append((start, end))
        return cls._seeded(ascii_view, marks, text, format, protected, leftovers, merge(frozen),
                           glossary or Glossary.builtin())

    @classmethod
    def _seeded(cls, ascii_view: bytes, marks: dict[str, list[int]], *fields, **named) -> "Context":
        """A context with the ASCII view and the mark positions build already found (full stops and
        colons, which the spacing rule reads too)."""
        ctx = cls(*fields, **named)
        ctx.__dict__["ascii_view"] = ascii_view
        ctx._mark_positions.update(marks)
        return ctx

    def is_frozen(self, start: int, end: int | None = None) -> bool:
        """Does [start, end) overlap a frozen range? A zero-width point counts when strictly inside one."""
        mask = self.frozen_mask
        if end is None or end <= start:
            return 0 < start < len(mask) and mask[start - 1] == 1 and mask[start] == 1
        return mask.find(1, start, end) >= 0

    @cached_property
    def frozen_mask(self) -> bytearray:
        """One byte per character, 1 where frozen: rules ask about thousands of positions, and a
        rule's loop over a whole text indexes it (`mask[pos]`) rather than call is_frozen."""
        mask = bytearray(len(self.text))
        for lo, hi in self.frozen:
            mask[lo:hi] = b"\x01" * (hi - lo)
        return mask

    @cached_property
    def suspects(self) -> list[tuple[int, int]]:
        """Runs of characters some rule repairs (CJK punctuation, fullwidth forms, zero-width
        characters, mojibake leads) outside frozen text: one scan shared by those rules. Every
        suspect is outside ASCII, and English outside the leftovers has few such characters, so
        they are located with `bytes.find` (memchr) in the ASCII view: a character-class regex
        over the whole text tests every character, several times the cost."""
        text, ascii_, pos, runs = self.text, self.ascii_view, 0, []
        for lo, hi in self.frozen + [(len(text), len(text))]:
            at = ascii_.find(b"?", pos, lo)
            while at >= 0:
                if text[at] in _SUSPECT_CHARS:  # most runs are one character: no regex call
                    end = at + 1
                    while end < lo and text[end] in _SUSPECT_CHARS:
                        end += 1
                    runs.append((at, end))
                    at = end
                else:
                    at += 1
                at = ascii_.find(b"?", at, lo)
            pos = max(pos, hi)
        return runs

    @cached_property
    def ascii_view(self) -> bytes:
        """The text as ASCII bytes, one a character, every other character (and `?`) a `?`:
        `bytes.find` locates the rare characters outside ASCII with memchr."""
        return self.text.encode("ascii", "replace")

    @cached_property
    def _suspect_pieces(self) -> list[str]:
        """The text of each suspect run, in order (built by C loops: a page has thousands of runs)."""
        return list(map(self.text.__getitem__, starmap(slice, self.suspects)))

    @cached_property
    def _joined_suspects(self) -> tuple[str, list[int]]:
        """The suspect runs joined by newlines (which no run holds), and where each run starts in
        that string: one regex over a few thousand characters finds what a scan per run would."""
        pieces = self._suspect_pieces
        joined_starts = list(map(add, accumulate(map(len, pieces), initial=0), count()))  # a newline after each
        joined_starts.pop()
        return "\n".join(pieces), joined_starts

    @cached_property
    def suspect_chars(self) -> frozenset[str]:
        """Every character that occurs in the suspect runs: rules with nothing to look at stop early."""
        return frozenset(self._suspect_string)

    @cached_property
    def _suspect_string(self) -> str:
        """Every suspect character, in order: the characters at `_every_suspect_position`."""
        return "".join(self._suspect_pieces)

    def find_suspects(self, pattern: re.Pattern[str], chars: frozenset[str]) -> Iterator[tuple[int, int]]:
        """The spans (in the text) of the matches of `pattern`, a class of `chars` that a newline
        is not in, inside the suspect runs."""
        if self.suspect_chars.isdisjoint(chars):
            return
        joined, joined_starts = self._joined_suspects
        runs = self.suspects
        for m in pattern.finditer(joined):
            i = bisect.bisect_right(joined_starts, m.start()) - 1
            shift = runs[i][0] - joined_starts[i]
            yield m.start() + shift, m.end() + shift

    def suspect_positions(self, chars: frozenset[str]) -> list[int]:
        """Positions of `chars` inside the suspect runs, in order."""
        if self.suspect_chars.isdisjoint(chars):
            return []
        every = self._every_suspect_position
        return list(compress(every, map(chars.__contains__, self._suspect_string)))

    @cached_property
    def _every_suspect_position(self) -> list[int]:
        return list(chain.from_iterable(starmap(range, self.suspects)))

    def mark_positions(self, mark: str) -> list[int]:
        """Where the character `mark` occurs, in order, kept for every rule that asks. The spacing,
        casing and whitespace rules each start at a few marks (`, ; : . ! ? \\n`, the Chinese
        comma): a pass of re over the text tests every character, several times the cost of
        locating the marks with memchr and testing a rule's pattern at each."""
        found = self._mark_positions.get(mark)
        if found is None:
            found = self._mark_positions[mark] = mark_positions(self.text, self.ascii_view, mark)
        return found

    @cached_property
    def term_matches(self) -> list[tuple[int, int, str]]:
        """Where the glossary's watched phrases (wrong renderings, competing renderings) occur
        in English text: (start, end, phrase in lower case), frozen text excluded."""
        found = self.glossary.watch.find(self.text, self.ascii_view)
        return [m for m in found if not self.is_frozen(m[0], m[1])]

    def is_protected(self, pos: int) -> bool:
        return contains(self.protected, pos)

    def capitalized_nearby(self, word: str, pos: int) -> bool:
        """Is `word` written capitalized right after another word near `pos` (`Donald Trump`,
        `said Trump`)? Evidence that it is a name."""
        return self._evidence("capitalized", word, pos)

    def lowercase_nearby(self, word: str, pos: int) -> bool:
        """Is `word` written in lower case near `pos` (`the cactus`)? Evidence of a common word."""
        return self._evidence("lowercase", word.lower(), pos)

    def _evidence(self, kind: str, word: str, pos: int) -> bool:
        # "Near" is within EVIDENCE_REACH characters (in blocks, so answers can be cached): the
        # whole of an ordinary document, and the same article in a file of concatenated ones.
        block = pos // EVIDENCE_REACH
        key = (kind, word, block)
        if key not in self._evidence_cache:
            lo, hi = (block - 1) * EVIDENCE_REACH if block else 0, (block + 2) * EVIDENCE_REACH
            if hi > len(self.text):
                hi = len(self.text)
            find = _capitalized_after_word if kind == "capitalized" else _written_lowercase
            self._evidence_cache[key] = find(self.text, *self.searched(" " + word if kind == "capitalized" else word),
                                             lo, hi)
        return self._evidence_cache[key]

    def searched(self, needle: str) -> tuple[str | bytes, str | bytes]:
        """Where to look for `needle` and what to look for: the ASCII view and the needle's bytes
        for a needle of ASCII without `?` (which the view also puts for every other character),
        found there at the same positions by a cheaper scan than the text's; the text otherwise."""
        if needle.isascii() and "?" not in needle:
            return self.ascii_view, needle.encode()
        return self.text, needle


EVIDENCE_REACH = 5_000


def _capitalized_after_word(text: str, haystack: str | bytes, needle: str | bytes, lo: int, hi: int) -> bool:
    """Is `needle` (a space and a capitalized word) found in haystack[lo:hi] (the text or its ASCII
    view) after a letter, as a whole word?"""
    find = haystack.find
    pos = find(needle, lo, hi)
    while pos >= 0:
        end = pos + len(needle)
        if pos > 0 and text[pos - 1].isalpha() and not text[end:end + 1].isalpha():
            return True
        pos = find(needle, end, hi)
    return False


def _written_lowercase(text: str, haystack: str | bytes, low: str | bytes, lo: int, hi: int) -> bool:
    """Is `low` (or its plural or possessive) a word of its own in text[lo:hi] (found in `haystack`,
    the text or its ASCII view)?"""
    find = haystack.find
    pos = find(low, lo, hi)
    while pos >= 0:
        end = pos + len(low)
        if text[end:end + 1] == "s":
            end += 1
        if (pos == 0 or not text[pos - 1].isalpha()) and not text[end:end + 1].isalpha():
            return True
        pos = find(low, pos + 1, hi)
    return False


def mark_positions(text: str, ascii_view: bytes, mark: str) -> list[int]:
    """Where the character `mark` occurs in `text`, in order: `find` (memchr) from one to the
    next, in the one-byte ASCII view for an ASCII mark (where every other character is `?`)."""
    haystack, needle = (ascii_view, mark.encode()) if mark.isascii() and mark != "?" else (text, mark)
    find = haystack.find
    found: list[int] = []
    add = found.append
    at = find(needle)
    while at >= 0:
        add(at)
        at = find(needle, at + 1)
    return found


def _protected_ranges(text: str, dots: list[int], colons: list[int]) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and file names (`dots` and `colons`: where the text has a full stop
    and a colon). A `://` is looked for where a colon stands: str.find of a few characters tests
    most characters of the text (a millisecond on a long page), and the spacing rule needs the
    colons anyway."""
    found = [_token_around(text, pos) for pos in colons if text.startswith("//", pos + 1)]
    for literal in _NOT_PROSE_LITERALS:
        at = text.find(literal)
        while at >= 0:
            found.append(_token_around(text, at))
            at = text.find(literal, at + len(literal))
    file_name = _FILE_NAME.match
    return found + [_token_around(text, pos) for pos in dots if file_name(text, pos)]


def _token_around(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited token at `pos`, without sentence punctuation at its end."""
    start = pos
    while start > 0 and text[start - 1] not in _TOKEN_EDGE and text[start - 1].isascii():
        start -= 1
    end = pos
    while end < len(text) and text[end] not in _TOKEN_EDGE and text[end].isascii():
        end += 1
    while end > pos + 1 and text[end - 1] in ".,;:!?":
        end -= 1
    return start, end
