"""Everything rules need to know about one text, computed once per pass.

`frozen` ranges are never changed by a repair: code and URLs (never touched, never reported),
leftover runs (their inside belongs to the translator), and the Han core of deliberate CJK.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from .leftovers import Leftover, find_leftovers
from .scripts import CLOSERS, OPENERS

# Cheap literal triggers for things that are not prose; each hit is widened to its whole token.
_NOT_PROSE = re.compile(
    r"://|www\.|mailto:|@|\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|html?|php|aspx?|JPE?G|PNG|PDF)\b"
)
_TOKEN_EDGE = " \t\r\n<>\"'()（）[]，。"


@dataclass
class Context:
    text: str
    format: str = "text"
    protected: list[tuple[int, int]] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    frozen: list[tuple[int, int]] = field(default_factory=list)
    _capital_counts: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, text: str, format: str = "text") -> "Context":
        protected = _merge(_protected_ranges(text, format))
        leftovers = find_leftovers(text, protected)
        frozen = list(protected)
        for lo in leftovers:
            start, end = lo.start, lo.end
            if lo.deliberate:  # the brackets around a gloss are English punctuation
                while start < end and text[start] in OPENERS + " ":
                    start += 1
                while end > start and text[end - 1] in CLOSERS + " ":
                    end -= 1
            frozen.append((start, end))
        return cls(text, format, protected, leftovers, _merge(frozen))

    def is_frozen(self, start: int, end: int | None = None) -> bool:
        """Does [start, end) overlap a frozen range? A zero-width point counts when strictly inside one."""
        end = start if end is None else end
        i = bisect.bisect_left(self.frozen, (end,)) - 1  # the last range starting before `end`
        return i >= 0 and self.frozen[i][1] > start

    def is_protected(self, pos: int) -> bool:
        i = bisect.bisect_right(self.protected, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.protected[i][1]

    @cached_property
    def _tokens(self) -> frozenset[str]:
        return frozenset(self.text.split())

    def written_lowercase(self, word: str) -> bool:
        """Does the document write `word` in lower case somewhere? Evidence it is a common word."""
        tokens = self._tokens
        return any(word + tail in tokens for tail in _TOKEN_TAILS)

    def capitalized_mid_sentence(self, word: str) -> int:
        """How often `word` is capitalized right after a lower-case word: evidence it is a name."""
        if word in self._capital_counts:
            return self._capital_counts[word]
        self._capital_counts[word] = count = self._count_capitalized(word)
        return count

    def _count_capitalized(self, word: str) -> int:
        if not any(word + tail in self._tokens for tail in _TOKEN_TAILS):
            return 0
        text, needle, count = self.text, " " + word, 0
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if pos > 0 and text[pos - 1].islower() and not text[end:end + 1].isalpha():
                count += 1
            pos = text.find(needle, end)
        return count


_TOKEN_TAILS = ("", ",", ".", ";", ":", "'s", "’s", "s", "!", "?", ")")


def _protected_ranges(text: str, format: str) -> list[tuple[int, int]]:
    ranges = [_token_around(text, m.start()) for m in _NOT_PROSE.finditer(text)]
    if format == "markdown":
        from .formats.markdown import protected_ranges

        ranges.extend(protected_ranges(text))
    return ranges


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


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
