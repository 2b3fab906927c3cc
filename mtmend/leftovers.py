"""Find source-language runs in English text and decide whether each one is a leftover.

A run starts at a CJK letter and takes in its own punctuation, digits and short Latin tokens
(`1967 年`, `为 0，`), but never the surrounding English. Deliberate CJK is told apart from
leftovers by the way writers put it there on purpose:

- a gloss after its English: `Beijing (北京)`, `China, 中国,`, `Shanghai [上海]`;
- a name in apposition whose pinyin spells the neighbouring Latin: `袁家界 Yuanjiajie`;
- a quoted original term that the text explains: `Chinese "他" (he)`;
- the Chinese half of a heading or breadcrumb: `Campus Lectures 校园讲座`, `Home / 最新稿件`;
- the Chinese half of a bilingual layout: a Chinese line whose translation stands next to it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .bilingual import SourceLine, TargetLine
from .pinyin import romanizes
from .scripts import (HANGUL_RE, KANA_RE, CJK_CORE_RE, CLOSERS, LATIN_WORD_RE, OPENERS, PAIRS, count_han, count_latin_letters,
                      language_of)
from .spans import covers

LEFTOVER = "leftover"
GLOSS = "gloss"
APPOSITION = "apposition"
QUOTED_TERM = "quoted-term"
HEADING = "heading"
BILINGUAL = "bilingual"
DELIBERATE = {
    GLOSS: "a gloss of the English just before it",
    APPOSITION: "a name in apposition, spelled out in Latin next to it",
    QUOTED_TERM: "a quoted original term that the text explains",
    HEADING: "the Chinese half of a bilingual heading",
    BILINGUAL: "the Chinese half of a bilingual layout whose translation stands next to it",
}

MAX_GAP = 40
MAX_GAP_WORDS = 2
MAX_GLOSS_HAN = 12
MAX_APPOSITION_HAN = 6
PAIR_THRESHOLD = 0.3
PAIR_REACH = 2
LAYOUT_SAMPLE = 16
_SENTENCE_PUNCT = re.compile("[。，；！？、.,;!?]")
_TRAILING_NUMBER = re.compile(r" ?\d[\d.,%]* ?[。，、；：！？）]")
_NUMBER_START = frozenset(" 0123456789")
_OPENERS_OF = {closer: [o for o, c in PAIRS.items() if c == closer] for closer in CLOSERS}
_LEADING_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?\Z")
_TERM_CUES = re.compile(
    r"(?i)\b(?:chinese|mandarin|cantonese|japanese|korean|characters?|term|word|called|named|means|"
    r"meaning|literally|pronounced|known as|title[d]?)\W{0,3}$"
)
_GAP_STOP = re.compile(r"[\n()\[\]{}]|[.!?;]\s")
_BLANK = " \u3000"  # the ideographic space becomes a space, so patterns treat it as one
_HEADING_SEPARATORS = " \t|｜︱/·•-–—"


@dataclass(slots=True)
class Leftover:
    """A CJK run in the text; `intent` is LEFTOVER or the reason it is deliberate."""

    start: int
    end: int
    text: str
    language: str
    intent: str = LEFTOVER

    @property
    def deliberate(self) -> bool:
        return self.intent != LEFTOVER


def find_runs(text: str) -> list[tuple[int, int]]:
    """Offsets of CJK runs: cores joined across short non-English gaps, with attached openers and digits."""
    runs: list[list[int]] = []
    for m in CJK_CORE_RE.finditer(text):
        start, end = m.span()
        if runs and start - runs[-1][1] <= MAX_GAP and _joinable(text[runs[-1][1]:start]):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    out = []
    for start, end in runs:
        if text[start - 1:start].isdigit():
            digits = _LEADING_DIGITS.search(text, max(0, start - 12), start)
            if digits and (digits.start() == 0 or not text[digits.start() - 1].isalnum()):
                start = digits.start()
        if text[end:end + 1] in _NUMBER_START:
            tail = _TRAILING_NUMBER.match(text, end)
            if tail:
                end = tail.end()
        while end > start and text[end - 1] in OPENERS:
            end -= 1
        if start > 0 and text[start - 1] in OPENERS:
            closer = PAIRS[text[start - 1]]
            if closer in text[start:end] or text[end:end + 1] == closer:
                start -= 1
        if end < len(text) and text[end] in CLOSERS:
            inside = text[start:end]
            if any(opener in inside for opener in _OPENERS_OF[text[end]]):
                end += 1
        out.append((start, end))
    return out


def _joinable(gap: str) -> bool:
    """Cores join across digits, spaces and a word or two, never across a line, bracket or English sentence end."""
    if len(gap) > MAX_GAP or _GAP_STOP.search(gap):
        return False
    return len(LATIN_WORD_RE.findall(gap)) <= MAX_GAP_WORDS


def find_leftovers(text: str, skip: list[tuple[int, int]] | None = None) -> list[Leftover]:
    """Every CJK run outside `skip` (sorted, non-overlapping ranges), classified by intent."""
    runs = find_runs(text)
    if skip:
        runs = [r for r in runs if not covers(skip, *r)]
    if not runs:
        return []
    layout = _Layout(text, runs)
    return [
        Leftover(s, e, text[s:e], language_of(text[s:e]), _intent(text, s, e, layout))
        for s, e in runs
    ]


def _intent(text: str, start: int, end: int, layout: "_Layout") -> str:
    # The core is the run without its enclosing brackets or quotes: patterns look around it.
    while start < end and text[start] in OPENERS + " ":
        start += 1
    while end > start and text[end - 1] in CLOSERS + " ":
        end -= 1
    core = text[start:end]
    han = count_han(core)
    if han == 0:
        return LEFTOVER
    if layout.is_bilingual_line(start):
        return BILINGUAL
    short = not _SENTENCE_PUNCT.search(core)
    if short and han <= MAX_GLOSS_HAN and _is_gloss(text, start, end):
        return GLOSS
    if short and han <= MAX_APPOSITION_HAN:
        if _is_comma_apposition(text, start, end) or _spells_neighbour(text, start, end, core):
            return APPOSITION
        if _is_quoted_term(text, start, end):
            return QUOTED_TERM
    if short and han <= MAX_GLOSS_HAN and _is_heading_half(text, start, end):
        return HEADING
    return LEFTOVER


def _is_gloss(text: str, start: int, end: int) -> bool:
    """`English (中文)`: the run fills a bracket that follows a Latin word."""
    i = start
    while i > 0 and text[i - 1] in _BLANK:
        i -= 1
    j = end
    while j < len(text) and text[j] in _BLANK:
        j += 1
    if i == 0 or text[i - 1] not in "(（[【" or j >= len(text) or text[j] not in ")）]】":
        return False
    k = i - 1
    while k > 0 and text[k - 1] in _BLANK:
        k -= 1
    return k > 0 and (text[k - 1].isascii() and text[k - 1].isalnum() or text[k - 1] in "\"'”’》」』")


def _is_comma_apposition(text: str, start: int, end: int) -> bool:
    """`China, 中国, says`: a short run set off by commas right after a Latin word."""
    before = text[max(0, start - 3):start]
    after = text[end:end + 1]
    return before[-2:] == ", " and before[:1].isascii() and before[:1].isalpha() and after in (",", "，")


def _spells_neighbour(text: str, start: int, end: int, core: str) -> bool:
    """`袁家界 Yuanjiajie`: the Latin word next to the run is its pinyin."""
    words_after = LATIN_WORD_RE.match(text, end + 1) if text[end:end + 1] in _BLANK else None
    words_before = re.search(r"([A-Za-z][A-Za-z' -]*) ?$", text[max(0, start - 40):start])
    candidates = [m.group(0) for m in (words_after,) if m]
    if words_before:
        candidates.append(words_before.group(1))
    if not candidates:
        return False
    return any(romanizes(core, re.sub(r"[^a-z]", "", cand.lower())) for cand in candidates)


def _is_quoted_term(text: str, start: int, end: int) -> bool:
    """`Chinese "他" (he)`: a quoted term explained by a gloss or introduced as a term."""
    if start == 0 or text[start - 1] not in "\"“'‘「":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip("\"“'‘「 ")
    after = text[end:end + 40].lstrip("\"”'’」 ")
    return bool(re.match(r"\(\s*[A-Za-z]", after)) or bool(_TERM_CUES.search(before))


def _is_heading_half(text: str, start: int, end: int) -> bool:
    """`Campus Lectures 校园讲座`: a short line of Latin words and this run, split by a space or bar."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left, right = text[line_start:start], text[end:line_end]
    if line_end - line_start > 100:
        return False
    if left.strip() and right.strip():
        return False
    other = left if left.strip() else right
    if left.strip() and left[-1:] not in _HEADING_SEPARATORS:
        return False
    if right.strip() and right[:1] not in _HEADING_SEPARATORS and text[end - 1] not in "︱｜":
        return False
    words = LATIN_WORD_RE.findall(other)
    visible = [c for c in other if not c.isspace() and c not in _HEADING_SEPARATORS]
    letters = sum(c.isascii() and c.isalpha() for c in visible)
    return bool(words) and letters >= 0.7 * len(visible) and not other.rstrip().endswith(".")


class _Layout:
    """Lines of the text and which Chinese lines belong to a bilingual layout (computed lazily)."""

    def __init__(self, text: str, runs: list[tuple[int, int]]) -> None:
        self.text = text
        self.runs = runs
        self._bilingual: set[int] | None = None
        self._starts: list[int] = []

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def is_bilingual_line(self, offset: int) -> bool:
        if self._bilingual is None:
            self._bilingual = self._find_bilingual_lines()
        return bool(self._bilingual) and self.line_of(offset) in self._bilingual

    def _find_bilingual_lines(self) -> set[int]:
        lines = self.text.split("\n")
        pos = 0
        for line in lines:
            self._starts.append(pos)
            pos += len(line) + 1
        covered: dict[int, int] = {}
        for s, e in self.runs:
            i = self.line_of(s)
            covered[i] = covered.get(i, 0) + e - s
        # A Chinese line is mostly CJK runs; only those are checked in detail.
        chinese = [i for i in sorted(covered) if covered[i] * 2 >= len(lines[i].strip()) and _is_chinese_line(lines[i])]
        if not chinese:
            return set()
        # A layout is bilingual when at least half of its Chinese lines pair up with a
        # translation next to them (one pair may be chance). Long documents are first judged on
        # an evenly spread sample, and only a borderline sample makes every line count.
        english: dict[int, TargetLine | None] = {}

        def paired(i: int) -> bool:
            source = SourceLine(lines[i])
            for j in _neighbours(lines, i):
                if j not in english:
                    english[j] = TargetLine(lines[j]) if _is_english_line(lines[j]) else None
                target = english[j]
                if target is not None and source.score(target) >= PAIR_THRESHOLD:
                    return True
            return False

        if len(chinese) > 2 * LAYOUT_SAMPLE:
            sample = chinese[::len(chinese) // LAYOUT_SAMPLE]
            share = sum(map(paired, sample)) / len(sample)
            if share <= 0.2 or share >= 0.8:
                return set(chinese) if share >= 0.8 else set()
        needed = max(1, (len(chinese) + 1) // 2)
        verified = failed = 0
        for i in chinese:
            if paired(i):
                verified += 1
            else:
                failed += 1
            if verified >= needed:
                return set(chinese)
            if failed > len(chinese) - needed:
                return set()
        return set()


def _neighbours(lines: list[str], i: int) -> list[int]:
    """Up to PAIR_REACH non-empty lines on each side of line i."""
    out: list[int] = []
    for step in (-1, 1):
        j, found = i + step, 0
        while 0 <= j < len(lines) and found < PAIR_REACH:
            if lines[j].strip():
                out.append(j)
                found += 1
            j += step
    return out


def _is_chinese_line(line: str) -> bool:
    han = count_han(line)
    return han >= 2 and count_latin_letters(line) <= han


def _is_english_line(line: str) -> bool:
    letters = count_latin_letters(line)
    return letters >= 8 and count_han(line) * 3 < letters


NOT_ENGLISH_SHARE = 0.5  # CJK letters among all letters: a page mostly in the source language
MIN_FOREIGN_LETTERS = 10


def script_shares(text: str) -> dict[str, float] | None:
    """For a text that is mostly Chinese, Japanese or Korean (not an English page with text left
    in), the share of each script among its letters; None for anything else. Han characters and
    Latin letters are counted alike: that undercounts the Chinese content, so a page judged
    foreign is foreign beyond doubt."""
    latin = count_latin_letters(text)
    if len(text) - len(text.encode("ascii", "ignore")) <= latin:
        return None  # fewer non-ASCII characters than Latin letters: mostly English at worst
    han = count_han(text)
    kana = sum(map(len, KANA_RE.findall(text)))
    hangul = sum(map(len, HANGUL_RE.findall(text)))
    cjk = han + kana + hangul
    if cjk < MIN_FOREIGN_LETTERS or cjk < NOT_ENGLISH_SHARE * (cjk + latin):
        return None
    total = cjk + latin
    return {name: round(n / total, 3) for name, n in
            (("Han", han), ("Kana", kana), ("Hangul", hangul), ("Latin", latin)) if n}
