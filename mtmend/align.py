"""Which English sentence near a Chinese sentence translates it, if any.

Bilingual writing puts a translation right next to its source: within a line (`English.
中文。English. 中文。`, in either order), or on the line before or after (alternating paragraphs,
a Chinese title above its English one). An untranslated sentence left by machine translation
sits next to English that says something else. So each Chinese run is scored, with the
dictionary-and-length model of `bilingual.translation_score`, against the English sentences
around it: the sentences just before and after it on its line, and the English of the nearest
lines. Only a run with its own strong evidence is deliberate; a bilingual page around it does
not make it so. Lists of originals given after their translations (song or book titles) are
aligned as blocks: two or more short Chinese lines whose translations stand, in the same order,
among the short English lines of the document.
"""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

from .bilingual import LENGTH_LIMIT, LOG_RATIO_MEAN, LOG_RATIO_SPREAD, Chinese, English, translation_score
from .scripts import count_han, count_latin_letters

THRESHOLD = 0.24         # WMT zh-en: about 3% of translations fall below, 0.3% of neighbouring sentences above
LIST_THRESHOLD = 0.3     # a list item is compared with many lines, so it needs stronger evidence
MIN_HAN = 2
LINE_REACH = 1           # non-empty lines on each side
LIST_REACH = 40          # lines on each side searched for the translations of a list of originals
MAX_LIST_HAN = 80
BLOCK_REACH = 4          # lines: a Chinese block and its English block next to each other
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_CHINESE_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=16384)
def _english(text: str) -> English:
    return English(text)


@lru_cache(maxsize=8192)
def _chinese(text: str) -> Chinese:
    return Chinese(text)


@lru_cache(maxsize=65536)
def _score(chinese: str, english: str) -> float:
    """translation_score of two strings; boilerplate repeats across a site's pages and a file."""
    return translation_score(_chinese(chinese), _english(english))


def _plausible_length(han: int, length: int) -> bool:
    return abs(math.log((length + 1) / (han + 1)) - LOG_RATIO_MEAN) <= LENGTH_LIMIT * LOG_RATIO_SPREAD


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """English sentences of text[lo:hi], as offsets without surrounding blanks."""
    out, pos = [], lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in (_strip(text, a, b) for a, b in out) if b > a]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_MEMO: dict[tuple, tuple[int, int, float] | None] = {}
MEMO_SIZE = 4096


class Aligner:
    """Translation evidence for the CJK runs of one text (sorted, non-overlapping)."""

    def __init__(self, text: str, runs: list[tuple[int, int]]) -> None:
        self.text = text
        self.runs = runs
        self._run_starts = [s for s, _ in runs]
        self._line_starts: list[int] | None = None
        self._lists: dict[int, tuple[int, int, float]] | None = None
        self._by_line: dict[int, tuple[int, int, float] | None] = {}
        self._stretches: dict[int, list[tuple[int, int]]] = {}

    def translation_of(self, start: int, end: int) -> tuple[int, int, float] | None:
        """(start, end, score) of the English that translates text[start:end], or None.

        On a line that is mostly Chinese the unit is the whole line (English names in brackets
        split it into several runs), and the answer holds for every run on it."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if count_latin_letters(line) <= count_han(line):
            if line_start not in self._by_line:
                self._by_line[line_start] = self._align(line_start, line_end, inline=False)
            return self._by_line[line_start]
        return self._align(start, end, inline=True)

    def _align(self, start: int, end: int, inline: bool) -> tuple[int, int, float] | None:
        """The best verified English for text[start:end]. The answer depends only on the lines
        around the unit, so it is memoized on their text (offsets relative to it)."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        near = self._neighbour_lines(line_start, line_end)
        lo = min([line_start] + [a for a, _ in near])
        hi = max([line_end] + [b for _, b in near])
        key = (text[lo:hi], start - lo, end - lo, inline, self._runs_between(lo, hi))
        if key in _MEMO:
            found = _MEMO[key]
            found = None if found is None else (found[0] + lo, found[1] + lo, found[2])
        else:
            found = self._align_uncached(start, end, inline)
            if len(_MEMO) > MEMO_SIZE:
                _MEMO.clear()
            _MEMO[key] = None if found is None else (found[0] - lo, found[1] - lo, found[2])
        if found is None and not inline and count_han(text[start:end]) <= MAX_LIST_HAN:
            found = self._list_match(start)
        return found

    def _runs_between(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        i = bisect.bisect_left(self._run_starts, lo)
        j = bisect.bisect_left(self._run_starts, hi)
        return tuple((s - lo, e - lo) for s, e in self.runs[i:j])

    def _align_uncached(self, start: int, end: int, inline: bool) -> tuple[int, int, float] | None:
        text = self.text
        zh = _chinese(text[start:end])
        if zh.han < MIN_HAN:
            return None
        scored = []
        for a, b in self._candidates(start, end, inline):
            if not _plausible_length(zh.han, b - a):
                continue
            score = _score(text[start:end], text[a:b])
            if score >= THRESHOLD:
                scored.append((score, a, b))
        for score, a, b in sorted(scored, reverse=True):
            if self._sentences_align(start, end, a, b):
                return a, b, score
        return None

    def _sentences_align(self, start: int, end: int, a: int, b: int) -> bool:
        """A paragraph translates a paragraph sentence by sentence: at least a third of the Chinese
        sentences must find their own translation among the English ones (one or two together).
        Two paragraphs on one subject share words without one translating the other."""
        text = self.text
        chinese = [s for s in _CHINESE_SENTENCE.findall(text, start, end) if count_han(s) >= MIN_HAN]
        english = _sentences(text, a, b)
        if len(chinese) < 2:
            return True
        spans = english + [(english[k][0], english[k + 1][1]) for k in range(len(english) - 1)]
        found = 0
        for sentence in chinese:
            zh = _chinese(sentence)
            if any(_plausible_length(zh.han, y - x) and translation_score(zh, _english(text[x:y])) >= THRESHOLD
                   for x, y in spans):
                found += 1
        return 3 * found >= len(chinese)

    def _candidates(self, start: int, end: int, inline: bool) -> list[tuple[int, int]]:
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        i = bisect.bisect_left(self._run_starts, start)
        before = max(line_start, self.runs[i - 1][1] if i > 0 else 0)
        after = min(line_end, self.runs[i + 1][0] if i + 1 < len(self.runs) else line_end)
        out: list[tuple[int, int]] = []
        # A translated sentence stands as a sentence of its own: a Chinese clause that runs on
        # from English or into it (`pointed out,部属高校…为指导,Firmly grasp`) is one sentence
        # half translated, whatever it shares with the English around it.
        if inline:
            if not (_ends_sentence(text, before, start) and _ends_sentence(text, start, end)):
                return out
            _add_stretch(text, before, start, out, last=True)
            _add_stretch(text, end, after, out, last=False)
        for lo, hi in self._neighbour_lines(line_start, line_end):
            out.extend(self._line_english(lo, hi))
        return list(dict.fromkeys(out))

    def _line_english(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The English stretches of a line (between its CJK runs) as candidates, computed once."""
        if lo not in self._stretches:
            text, out, pos = self.text, [], lo
            j = bisect.bisect_left(self._run_starts, lo)
            while j < len(self.runs) and self.runs[j][0] < hi:
                _add_stretch(text, pos, self.runs[j][0], out, last=True)
                pos = self.runs[j][1]
                j += 1
            _add_stretch(text, pos, hi, out, last=False)
            self._stretches[lo] = out
        return self._stretches[lo]

    def _neighbour_lines(self, line_start: int, line_end: int) -> list[tuple[int, int]]:
        text, out = self.text, []
        pos, found = line_start - 1, 0
        while pos > 0 and found < LINE_REACH:
            lo = text.rfind("\n", 0, pos) + 1
            if text[lo:pos].strip():
                out.append((lo, pos))
                found += 1
            pos = lo - 1
        pos, found = line_end + 1, 0
        while pos < len(text) and found < LINE_REACH:
            hi = text.find("\n", pos)
            hi = len(text) if hi < 0 else hi
            if text[pos:hi].strip():
                out.append((pos, hi))
                found += 1
            pos = hi + 1
        return out

    def _list_match(self, start: int) -> tuple[int, int, float] | None:
        if self._lists is None:
            self._lists = self._align_lists()
        return self._lists.get(self._line_index(start))

    def _line_index(self, offset: int) -> int:
        if self._line_starts is None:
            starts, pos = [0], self.text.find("\n")
            while pos >= 0:
                starts.append(pos + 1)
                pos = self.text.find("\n", pos + 1)
            self._line_starts = starts
        return bisect.bisect_right(self._line_starts, offset) - 1

    def _align_lists(self) -> dict[int, tuple[int, int, float]]:
        """Short Chinese lines whose translations are short English lines elsewhere, in order."""
        text = self.text
        self._line_index(0)
        starts = self._line_starts
        assert starts is not None
        bounds = [(s, (starts[k + 1] - 1) if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]
        with_runs = sorted({self._line_index(s) for s, _ in self.runs})
        chinese = []
        for k in with_runs:
            lo, hi = bounds[k]
            if hi - lo <= 3 * MAX_LIST_HAN:
                line = text[lo:hi]
                han = count_han(line)
                if MIN_HAN <= han <= MAX_LIST_HAN and count_latin_letters(line) <= han:
                    chinese.append(k)
        # A list has two or more items in a row (blank lines between them allowed).
        chinese = [k for x, k in enumerate(chinese)
                   if x > 0 and chinese[x - 1] >= k - 2 or x + 1 < len(chinese) and chinese[x + 1] <= k + 2]
        if not chinese:
            return {}
        has_run = set(with_runs)
        english = [k for k, (lo, hi) in enumerate(bounds)
                   if k not in has_run and 3 <= hi - lo <= 6 * MAX_LIST_HAN and _LETTER.search(text, lo, hi)]
        if not english:
            return {}
        matches: dict[int, tuple[int, int, int, float]] = {}
        for k in chinese:
            lo, hi = bounds[k]
            zh = _chinese(text[lo:hi])
            best = None
            first = bisect.bisect_left(english, k - LIST_REACH)
            for m in english[first:bisect.bisect_right(english, k + LIST_REACH)]:
                a, b = _strip(text, *bounds[m])
                if b <= a or not _plausible_length(zh.han, b - a):
                    continue
                score = translation_score(zh, _english(text[a:b]))
                if score >= LIST_THRESHOLD and (best is None or score > best[3]):
                    best = (m, a, b, score)
            if best is not None:
                matches[k] = best
        # Keep only items whose neighbour in the Chinese list maps to an English line on the same side.
        kept: dict[int, tuple[int, int, float]] = {}
        ordered = [k for k in chinese if k in matches]
        for x, k in enumerate(ordered):
            if abs(matches[k][0] - k) <= BLOCK_REACH:  # `C1 C2 / E1 E2`: the block next to it
                kept[k] = matches[k][1:]
                continue
            for y in (x - 1, x + 1):
                if 0 <= y < len(ordered) and abs(ordered[y] - k) <= 3:
                    other = ordered[y]
                    if (other - k) * (matches[other][0] - matches[k][0]) > 0:
                        kept[k] = matches[k][1:]
                        break
        return kept


_SENTENCE_FINAL = frozenset(".!?:;。！？：；…")
_CLAUSE_MARKS = frozenset(",;，；、")
_OPENING = frozenset("\"'“‘([（【「『《")
_CLOSING = frozenset("\"'”’)]）】」』》 \t")


def _ends_sentence(text: str, lo: int, hi: int) -> bool:
    """Is there a sentence boundary at the end of text[lo:hi] (an empty stretch is a line start)?

    A full stop, or a blank without a clause mark: `English. 中文。`, `Headline 标题`. A comma or
    no blank at all (`pointed out,部属…`, `为指导,Firmly`) joins clauses of one sentence."""
    i = hi
    blank = False
    while i > lo and (text[i - 1] in _CLOSING or text[i - 1] in _OPENING):
        blank = blank or text[i - 1].isspace()
        i -= 1
    if i == lo or text[i - 1] in _SENTENCE_FINAL:
        return True
    if text[i - 1] in _CLAUSE_MARKS:
        return False
    j = hi
    while j < len(text) and (text[j] in " \t" or text[j] in _OPENING):
        blank = blank or text[j].isspace()
        j += 1
    if j >= len(text) or text[j] in "\r\n" or i == hi and text[j] in _SENTENCE_FINAL:
        return True
    return blank and text[j] not in _CLAUSE_MARKS


def _add_stretch(text: str, lo: int, hi: int, out: list[tuple[int, int]], last: bool) -> None:
    """The English of text[lo:hi] as candidates: all of it, and the one or two sentences next to the run."""
    lo, hi = _strip(text, lo, hi)
    if hi - lo < 3 or not _LETTER.search(text, lo, hi):
        return
    out.append((lo, hi))
    sentences = _sentences(text, lo, hi)
    if len(sentences) > 1:
        near = sentences[-2:] if last else sentences[:2]
        out.append(near[-1] if last else near[0])
        if len(sentences) > 2:
            out.append((near[0][0], near[1][1]))
