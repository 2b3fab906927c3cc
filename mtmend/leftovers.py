"""Find source-language runs in English text and decide whether each one is a leftover.

A run starts at a CJK letter and takes in its own punctuation, digits and short Latin tokens
(`1967 年`, `为 0，`), but never the surrounding English. Deliberate CJK is told apart from
leftovers by the way writers put it there on purpose:

- a gloss after its English: `Beijing (北京)`, `China, 中国,`, `Shanghai [上海]`;
- a name in apposition whose pinyin spells the neighbouring Latin: `袁家界 Yuanjiajie`, or whose
  surname a word of the Latin name before it spells, in Pinyin or Cantonese: `Maggie Cheung 张曼玉`;
- a short exclamation quoted in an English sentence that goes on past it: `says "你好！" and`;
- a quoted original term that the text explains: `Chinese "他" (he)`;
- the Chinese half of a heading (`Campus Lectures 校园讲座`), a link to another edition (`English |
  中文`), or a crumb on a page that gives both languages by design (`Home / 最新稿件`);
- the value of a field that asks for the original (`Original title: 英雄本色`), a filing number;
- a term whose English phrase stands right beside it: `急诊 Emergency, 门诊 Outpatients`;
- a sentence whose translation stands next to it, on its line or the next (`align.py`).
"""
from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterator
from itertools import accumulate, compress
from dataclasses import dataclass

from .bilingual import cedict_index, stem_of
from .align import (MAX_HEADLINE_WORDS, MIN_HAN, SHORT_UNIT_HAN, Aligner, gives_every_word, label_and_value,
                    lacks_numbers, split_lines, translates, untranslated_tail)
from .lexicon import FUNCTION_WORDS, WORK_NOUNS, is_common_word
from .pinyin import readings, romanizes
from .scripts import (CJK_CORE_RE, CLOSERS, HAN_RUN_RE, HANGUL_RE, KANA_RE, LATIN_WORD_RE, OPENERS, PAIRS,
                      count_ascii_letters, count_han, count_latin_letters, languages_of)
from .spans import contains

LEFTOVER = "leftover"
GLOSS = "gloss"
APPOSITION = "apposition"
QUOTED_TERM = "quoted-term"
HEADING = "heading"
BILINGUAL = "bilingual"
FIELD = "field"
REGISTRATION = "registration"
TITLE = "title"
EXPLAINED = "explained-term"
PINYIN = "pinyin"
UTTERANCE = "quoted-utterance"
PHRASE = "phrase-pair"
LANGUAGE_LINK = "language-link"
REPEATED = "repeated-original"
MENTION = "mentioned-term"
EDITION = "edition-furniture"
NAMED_TERM = "named-term"
DISPLAYED = "displayed-text"
GLOSSED_IN_SENTENCE = "glossed-in-sentence"
LONE_CHARACTER = "lone-character"
WORK_TITLE = "work-title"
HASHTAG = "hashtag"
READ_ELSEWHERE = "reading-elsewhere"
DIALOGUE_LINE = "dialogue-line"
DISCUSSED = "discussed-characters"
DELIBERATE = {
    GLOSS: "a gloss of the English just before it",
    APPOSITION: "a name in apposition, spelled out in Latin next to it",
    QUOTED_TERM: "a quoted original term that the text explains",
    HEADING: "the Chinese half of a bilingual heading",
    BILINGUAL: "translated by the English next to it",
    FIELD: "the value of a field that asks for the original or the Chinese form",
    REGISTRATION: "a registration or licence number (such as an ICP filing)",
    EXPLAINED: "a term in English prose that the English right after it explains",
    TITLE: "the title of Chinese text whose translation stands next to it",
    PINYIN: "a term followed by its own Pinyin reading",
    UTTERANCE: "a short exclamation or question quoted in the original inside an English sentence",
    PHRASE: "translated by the English phrase right beside it",
    LANGUAGE_LINK: "a link to the page in another language, named in that language",
    REPEATED: "the same text as an original that the page translates elsewhere",
    MENTION: "a Chinese term named in English prose, on a page that gives its Chinese deliberately",
    DISPLAYED: "the text of a sign, screen or label that the English says it reads",
    NAMED_TERM: "a word or character that the English names as one (the character 福)",
    GLOSSED_IN_SENTENCE: "a term whose every word the English of its own sentence gives",
    LONE_CHARACTER: "one character alone in an English line, named as a character, not left untranslated",
    EDITION: "a short label of the Chinese edition on a page that pairs its sentences with their translations",
    WORK_TITLE: "the title of a work, in its title marks 《》, named in an English sentence",
    HASHTAG: "a hashtag, which names a topic on a platform and stops working when translated",
    READ_ELSEWHERE: "Chinese whose reading in Pinyin with tone marks the page gives elsewhere, as a lesson does",
    DIALOGUE_LINE: "a line of a dialogue in Chinese most of whose lines the page gives deliberately",
    DISCUSSED: "Chinese text whose characters the page singles out one by one in English sentences",
}

MAX_GAP = 40
MAX_GAP_WORDS = 2
MAX_GLOSS_HAN = 12
MAX_APPOSITION_HAN = 6
_SENTENCE_PUNCT = re.compile("[。，；！？、.,;!?]")
_TRAILING_NUMBER = re.compile(r" ?\d[\d.,%]* ?[。，、；：！？）]")
_NUMBER_START = frozenset(" 0123456789")
_OPENERS_OF = {closer: [o for o, c in PAIRS.items() if c == closer] for closer in CLOSERS}
_LEADING_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?\Z")
_TERM_CUES = re.compile(
    r"(?i)\b(?:chinese|mandarin|cantonese|japanese|korean|characters?|term|word|phrase|expression|idiom|"
    r"saying|proverb|slogan|motto|greeting|called|named|means|meaning|literally|pronounced|known as|"
    r"title[d]?)\W{0,3}$"
)
# Field labels that ask for text in the source language: `Original title:`, `Chinese name:`.
_ORIGINAL_FIELD = re.compile(
    r"(?i)\b(?:original|chinese|mandarin|cantonese|japanese|korean|native|simplified|traditional|"
    r"characters?|hanzi|kanji|hanja)\b[\w ]{0,20}[:：]\s*[\"“'‘「《]?$"
)
# A filing or licence number: letters and a long number inside the run (`京ICP备12345678号`).
_REGISTRATION = re.compile(r"[A-Z]{2,}[^\n]{0,4}?\d{5,}|\d{8,}")
# Both forms hold five digits in a row. sre tries an alternation at every position of the run,
# but skips ahead to a digit for a pattern that starts with one: the cheap scan goes first
# (in the intent checks and in _split_registrations, which looks at every run).
_FIVE_DIGITS = re.compile(r"\d\d\d\d\d")
MAX_FIELD_HAN = 30
MAX_REGISTRATION_HAN = 12
MAX_REGISTRATION_LENGTH = 40
_FULL_STOPS = "。！？"  # a sentence end and a space: the next sentence is a unit of its own
# A line, a bracket, an English sentence end, or an English word closed by a comma: `急诊
# Emergency, 门诊 Outpatients` is a list of terms with their English, not one run; nor is a comma
# after the core that English words in lower case go on from (`《论语》, including 学而`).
_GAP_STOP = re.compile(r"[\n()\[\]{}|｜]|[.!?;]\s|[ \t][·•][ \t]|[ \t]{2,}|\t|_{3,}")
_CLOSED_WORD = re.compile(r"[A-Za-z][,;]\s|^[^,;]{0,2}[,;][ \t]+[a-z]{2}")
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
    translation: tuple[int, int] | None = None  # for BILINGUAL: the English that translates it
    score: float = 0.0

    @property
    def deliberate(self) -> bool:
        return self.intent != LEFTOVER


def find_runs(text: str, ascii_view: bytes | None = None) -> list[tuple[int, int]]:
    """Offsets of CJK runs: cores joined across short non-English gaps, with attached openers and
    digits. `ascii_view` is `text.encode("ascii", "replace")` where the caller has it."""
    runs: list[list[int]] = []
    for start, end in _cores(text, text.encode("ascii", "replace") if ascii_view is None else ascii_view):
        if runs and start - runs[-1][1] <= MAX_GAP and _joinable(text[runs[-1][1]:start]) \
                and not _sentence_break(text, runs[-1][0], runs[-1][1], start) \
                and not _listed_name(text, runs[-1][1], start, end):
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
            if tail and not _closes_unopened(text, start - (text[start - 1:start] in OPENERS), tail.end()):
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


def _cores(text: str, ascii_view: bytes) -> Iterator[tuple[int, int]]:
    """The spans of CJK_CORE_RE's matches in `text`. A core starts at a CJK letter, which is a `?`
    in the ASCII view: memchr finds those, and the pattern is tried there only, instead of sre
    testing each of the text's characters against the class (most of them English)."""
    find, match = ascii_view.find, CJK_CORE_RE.match
    at = find(b"?")
    while at >= 0:
        core = match(text, at)
        if core is None:
            at = find(b"?", at + 1)
        else:
            yield core.span()
            at = find(b"?", core.end())


def _closes_unopened(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end with a closing bracket that nothing in it opened? A run that is
    already closed (`（北京）`) does not take in the number after it and a stray `）` with it."""
    closer = text[end - 1]
    if closer not in CLOSERS:
        return False
    inside = text[start:end - 1]
    return sum(inside.count(o) for o in _OPENERS_OF[closer]) <= inside.count(closer)


def _sentence_break(text: str, run_start: int, end: int, start: int) -> bool:
    """A full stop, its closing quotes, and a blank before the next core: the next sentence is a
    unit of its own (`…回应。” 国务卿说…`), translated or left over apart from this one."""
    i = end
    while i > run_start and text[i - 1] in CLOSERS:
        i -= 1
    if i == run_start or text[i - 1] not in _FULL_STOPS:
        return False
    gap = text[i:start]
    return any(c.isspace() for c in gap) and all(c.isspace() or c in _QUOTES for c in gap)


_QUOTES = frozenset(OPENERS + CLOSERS)
_TIGHT_BRACKETS = frozenset("()[]{}")


_LISTED_NAME = re.compile(r"[,;][ \t]*((?:[A-Z][a-z]+(?:-[a-z]+)?[ \t]){1,4})\Z")


def _listed_name(text: str, gap_start: int, start: int, end: int) -> bool:
    """`Gong Li 巩俐, Zhang Ziyi 章子怡`: after a comma, Latin words that spell the next core (or its
    surname) give that name in apposition, an item of a list of names; the cores are not one
    Chinese sentence around an English word."""
    m = _LISTED_NAME.search(text, gap_start, start)
    if not m:
        return False
    core = text[start:end]
    return romanizes(core, re.sub(r"[^a-z]", "", m.group(1).lower())) or _follows_name(text, start, core)


def _joinable(gap: str) -> bool:
    """Cores join across digits, spaces and a word or two, never across a line, bracket or English
    sentence end; but a bracket set tight between Chinese (`你[钻石表情符号]。`) is part of it."""
    if gap in _TIGHT_BRACKETS:
        return True
    if len(gap) > MAX_GAP or _GAP_STOP.search(gap) or ("," in gap or ";" in gap) and _CLOSED_WORD.search(gap):
        return False
    return len(LATIN_WORD_RE.findall(gap)) <= MAX_GAP_WORDS


_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}|[ \t\u3000]*[|｜][ \t\u3000]*")


def _split_registrations(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """A footer line joins its parts into one run (`技术支持：某公司  京ICP备12345678号`): a filing
    number set off by a wide gap or a bar is a unit of its own, deliberate whatever stands before it.
    Each unit comes with whether its run has five digits in a row: a unit without them holds no
    filing number, and _intent need not look again."""
    out = []
    for s, e in runs:
        if not _FIVE_DIGITS.search(text, s, e):
            out.append((s, e, False))
            continue
        if not _REGISTRATION.search(text, s, e):
            out.append((s, e, True))
            continue
        pieces = [s]
        for m in _WIDE_GAP.finditer(text, s, e):
            if _is_registration(text[m.end():e].strip()) or _is_registration(text[pieces[-1]:m.start()].strip()):
                out.append((pieces[-1], m.start(), True))
                pieces.append(m.end())
        out.append((pieces[-1], e, True))
    return out


_LINE_UNITS: dict[str, list[tuple[int, int, bool, str]]] = {}
_LINE_INTENTS: dict[tuple[str, str, str], list[str]] = {}
LINE_MEMO_CHARS = 1 << 21  # characters of text the two memos keep before they start again
_memo_chars = 0
# What _intent reads outside a run's line: the 40 characters before it (a Latin word that ends
# the line above a run at a line start, `_spells_neighbour`) and, after it, the next line (a
# reading below) and the first two visible characters after that line, which an explanation or
# a bracket after the run may reach across blank lines (`饺子 (` / `dumplings)`, `– "` / `calm`).
INTENT_REACH_BEFORE = 40
_TWO_VISIBLE = re.compile(r"(?:\s*+\S){2}")


def _units_by_line(text: str, ascii_view: bytes, lines: tuple[list[str], list[int]]) -> list[tuple[int, int, str, str, int]]:
    """(start, end, intent, language, line index) of each unit of `_split_registrations(text,
    find_runs(text))`, a line of `lines` (split_lines(text)) at a time. A run never crosses a
    line (no core, gap or attached figure holds a newline), so a line's units and their languages
    depend on its text alone, and their intents on it and the text within reach of _intent's
    patterns: a line that repeats (a site's boilerplate, a file's templates) is read once, and a
    line without a character outside ASCII is not read at all."""
    out: list[tuple[int, int, str, str, int]] = []
    memo, intents_memo = _LINE_UNITS, _LINE_INTENTS
    texts, starts = lines
    last = len(texts) - 1
    for k in compress(range(len(texts)), map(operator.not_, map(str.isascii, texts))):
        line = texts[k]
        line_start = starts[k]
        units = memo.get(line)
        if units is None:
            found = _split_registrations(line, find_runs(line, ascii_view[line_start:line_start + len(line)]))
            languages = languages_of([line[s:e] for s, e, _ in found])
            units = [(s, e, digits, language) for (s, e, digits), language in zip(found, languages)]
            memo[line] = units
            _spend(len(line))
        if units:
            # The next line is a line of `texts` (its hash is kept with it), then what reaches past it.
            below, past = (texts[k + 1], _reach_past(text, starts[k + 2] - 1)) if k < last else (None, "")
            key = (text[line_start - INTENT_REACH_BEFORE if line_start > INTENT_REACH_BEFORE else 0:line_start],
                   line, below, past)
            intents = intents_memo.get(key)
            if intents is None:
                intents = [_intent(text, s + line_start, e + line_start, digits) for s, e, digits, _ in units]
                intents_memo[key] = intents
                _spend(len(key[0]) + len(line) + len(below or "") + len(past))
            out += [(s + line_start, e + line_start, intent, language, k)
                    for (s, e, _, language), intent in zip(units, intents)]
    return out


def _spend(chars: int) -> None:
    """Count what the line memos keep; past LINE_MEMO_CHARS they are emptied (memory stays bounded
    on a stream of pages that share nothing)."""
    global _memo_chars
    _memo_chars += chars
    if _memo_chars > LINE_MEMO_CHARS:
        _LINE_UNITS.clear()
        _LINE_INTENTS.clear()
        _memo_chars = 0


def _reach_past(text: str, pos: int) -> str:
    """What _intent may read past the end (`pos`) of the line after a run's line: up to the first
    two visible characters (the rest of the text when there are fewer)."""
    reach = _TWO_VISIBLE.match(text, pos)
    return text[pos:] if reach is None else text[pos:reach.end()]


def find_leftovers(text: str, skip: list[tuple[int, int]] | None = None,
                   ascii_view: bytes | None = None) -> list[Leftover]:
    """Every CJK run outside `skip` (sorted, non-overlapping ranges), classified by intent.
    `ascii_view` is `text.encode("ascii", "replace")` where the caller has it (Context.ascii_view)."""
    if text.isascii():
        return []
    if ascii_view is None:
        ascii_view = text.encode("ascii", "replace")
    lines = split_lines(text)
    units = _units_by_line(text, ascii_view, lines)
    if skip:
        units = _outside(skip, units)
    if not units:
        return []
    unit_lines = list(map(_LINE, units))
    aligner = Aligner(text, list(map(_SPAN, units)), ascii_view, lines, unit_lines)
    out = []
    for s, e, intent, language, _ in units:
        lo = Leftover(s, e, text[s:e], language, intent)
        if intent == LEFTOVER:
            found = aligner.translation_of(s, e)
            if found is not None:
                lo.intent, lo.translation, lo.score = BILINGUAL, found[:2], round(found[2], 3)
            elif e - s <= MAX_TERM_LENGTH or _RENDERING_MARK.search(text, e, e + 6):
                phrase = _phrase_beside(text, s, e)
                if phrase is not None:
                    lo.intent, lo.translation = PHRASE, phrase
            if lo.intent == LEFTOVER and _titles_the_page(text, s, e):
                lo.intent = HEADING
        out.append(lo)
    out, unit_lines = _split_half_translated(text, out, unit_lines)
    _complete_layout(text, out, aligner, unit_lines)
    _complete_sentence_pairs(text, out, aligner, unit_lines)
    _complete_columns(text, out, aligner, lines[0], unit_lines)
    _fill_gaps(out, aligner, unit_lines)
    _distant_paragraphs(text, out, aligner, unit_lines)
    _quoted_later_in_paragraph(text, out, ascii_view)
    _footnoted_renderings(text, out)
    _complete_item_lines(text, out)
    _confirm_crumbs(text, out)
    _glossed_in_sentence(text, out)
    _read_elsewhere(text, out)
    _complete_dialogue(text, out)
    _lone_characters(text, out)
    _discussed_characters(out)
    _repeated_originals(out)
    _mentioned_terms(text, out)
    _edition_furniture(text, out)
    _repeated_originals(out)  # a repeat of a term the page names (`Word of the Day: 加油`)
    _doubted_pairs(text, out)
    _field_labels_among_fields(text, out)
    _only_terms_left(text, out)
    _take_glued_figures(text, out, skip)
    return out


def _outside(skip: list[tuple[int, int]], units: list[tuple]) -> list[tuple]:
    """The units (sorted by start) that no range of `skip` (sorted, non-overlapping) covers: the
    units that start in a range are found by bisection, not each unit looked up in the ranges."""
    out: list[tuple] = []
    done = 0
    for lo, hi in skip:
        first = bisect.bisect_left(units, lo, done, key=_START)
        last = bisect.bisect_right(units, hi, first, key=_START)
        out += units[done:first]
        out += [unit for unit in units[first:last] if unit[1] > hi]
        done = last
    out += units[done:]
    return out


_START = operator.itemgetter(0)
_SPAN, _LINE = operator.itemgetter(0, 1), operator.itemgetter(4)


# A whole figure only: not the first part of a date, time, range or phone number (`2025-07-12`, `415-553`).
_GLUED_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?[%％‰]?(?![\w%％‰]|[-–/:.,]\d)")


def _take_glued_figures(text: str, found: list[Leftover], skip: list[tuple[int, int]] | None) -> None:
    """`Sales rose in 今年前四个月，同比增长4.2%, the firm said`: a figure written against the Chinese,
    with no space between, is part of the untranslated clause; the engine needs `同比增长4.2%` to
    translate it. Only leftovers take it (a deliberate run keeps its own bounds)."""
    for lo in found:
        if lo.intent != LEFTOVER or not text[lo.end:lo.end + 1].isdigit():
            continue
        figure = _GLUED_FIGURE.match(text, lo.end)
        if figure and not (skip and contains(skip, lo.end)):
            lo.end = figure.end()
            lo.text = text[lo.start:lo.end]


LAYOUT_SHARE = 0.5


def _split_half_translated(text: str, found: list[Leftover], unit_lines: list[int]) -> tuple[list[Leftover], list[int]]:
    """A paragraph whose English translates its first sentences only is deliberate as far as the
    English goes: its last sentences are a leftover of their own (align.untranslated_tail)."""
    out, lines = [], []
    for lo, k in zip(found, unit_lines):
        tail = untranslated_tail(lo.text, text[lo.translation[0]:lo.translation[1]]) \
            if lo.intent == BILINGUAL and lo.translation else None
        if tail is None:
            out.append(lo)
            lines.append(k)
            continue
        cut = lo.start + tail
        while cut > lo.start and text[cut - 1] in _BLANK:
            cut -= 1
        head = Leftover(lo.start, cut, text[lo.start:cut], lo.language, BILINGUAL, lo.translation, lo.score)
        rest = Leftover(lo.start + tail, lo.end, text[lo.start + tail:lo.end], lo.language)
        out += [head, rest]
        lines += [k, k]
    return out, lines


def _complete_layout(text: str, found: list[Leftover], aligner: Aligner, unit_lines: list[int]) -> None:
    """A page of alternating Chinese and English paragraphs where most Chinese paragraphs are
    verified translations: the others (loose or cut-off translations) belong to the layout too,
    when they stand as a paragraph of their own next to an English paragraph that gives half the
    evidence a sentence needs alone. An unrelated paragraph stays a leftover, and a Chinese run
    inside an English line is never judged this way. `unit_lines`: the index of each one's line."""
    paragraphs: dict[int, list[Leftover]] = {}
    for lo, k in zip(found, unit_lines):
        if lo.intent in (LEFTOVER, BILINGUAL):
            line_start, _, chinese_line = aligner.line(k)
            if chinese_line:
                paragraphs.setdefault(line_start, []).append(lo)
    _title_lines(text, paragraphs)
    if len(paragraphs) < 3:
        return
    verified = sum(any(lo.intent == BILINGUAL for lo in runs) for runs in paragraphs.values())
    if verified < LAYOUT_SHARE * len(paragraphs):
        # Short lines only (Aligner.paired_by_score): runs twice as long as one hold too much Han.
        short = [line_start for line_start, runs in paragraphs.items() if all(lo.intent == LEFTOVER for lo in runs)
                 and sum(lo.end - lo.start for lo in runs) <= 2 * SHORT_UNIT_HAN]
        needed = LAYOUT_SHARE * len(paragraphs)
        for k, line_start in enumerate(short):
            if verified >= needed or verified + len(short) - k < needed:
                break
            verified += aligner.paired_by_score(line_start)
        if verified < needed:
            return
    taken = {lo.translation[0] for lo in found if lo.translation}
    for line_start, runs in paragraphs.items():
        if all(lo.intent == LEFTOVER for lo in runs):
            found = aligner.loose_translation(line_start)
            if found is not None and found[0] not in taken:  # English that translates another paragraph
                taken.add(found[0])
                for lo in runs:
                    lo.intent, lo.translation, lo.score = BILINGUAL, found[:2], round(found[2], 3)


def _distant_paragraphs(text: str, found: list[Leftover], aligner: Aligner, unit_lines: list[int]) -> None:
    """A long paragraph still without a translation may have it elsewhere on the page, after the
    questions and word list of a reading lesson (Aligner.distant_translation); so may a stanza,
    a block of short lines taken together (Aligner.distant_block_translation)."""
    declared, quotes = aligner.distant_candidates()
    if not declared and not quotes:
        return
    taken = {lo.translation[0] for lo in found if lo.translation}
    for lo, k in zip(found, unit_lines):
        if lo.intent == LEFTOVER and aligner.line(k)[2]:  # a line of its own is a Chinese line
            pair = aligner.distant_translation(lo.start, lo.end, taken)
            if pair is not None:
                lo.intent, lo.translation, lo.score = BILINGUAL, pair[:2], round(pair[2], 3)
                taken.add(pair[0])
    if not declared:
        return
    for block in _line_blocks(text, found):
        if len(block) >= 2 and any(lo.intent == LEFTOVER for lo in block):
            pair = aligner.distant_block_translation(block[0].start, block[-1].end, taken)
            if pair is not None:
                for lo in block:
                    if lo.intent == LEFTOVER:
                        lo.intent, lo.translation, lo.score = BILINGUAL, pair[:2], round(pair[2], 3)
                taken.add(pair[0])


def _line_blocks(text: str, units: list[Leftover]) -> list[list[Leftover]]:
    """Units that fill whole lines in a row (no blank line, nothing else on the lines), in blocks."""
    blocks: list[list[Leftover]] = []
    for lo in units:
        line_start, line_end = _line_bounds(text, lo.start, lo.end)
        if text[line_start:lo.start].strip() or text[lo.end:line_end].strip():
            continue
        if blocks and text.count("\n", blocks[-1][-1].end, lo.start) == 1 \
                and not text[blocks[-1][-1].end:lo.start].strip():
            blocks[-1].append(lo)
        else:
            blocks.append([lo])
    return blocks


MAX_QUOTED_LATER_HAN = 30
_QUOTED_LATER = re.compile(r"[\"“]([A-Za-z][^\"“”\n\u3400-\u9fff]{2,200}?)[\"”]")


def _quoted_later_in_paragraph(text: str, found: list[Leftover], ascii_view: bytes) -> None:
    """`was 油要热，锅要干. She said it… it means "the oil must be hot and the wok must be dry"`: a
    saying quoted in the original inside an English paragraph may be rendered in quotes further
    on in that paragraph, once the writer has told its story. English in quotes is a writer's
    rendering; machine translation quotes nothing of its own. The quote must translate the run."""
    for lo in found:
        if lo.intent != LEFTOVER:
            continue
        line_end = ascii_view.find(b"\n", lo.end)
        line_end = len(text) if line_end < 0 else line_end
        if ascii_view.find(b'"', lo.end, line_end) < 0 and text.find("“", lo.end, line_end) < 0 \
                or count_han(lo.text) > MAX_QUOTED_LATER_HAN:
            continue
        core = lo.text.strip(_EDGE_MARKS)
        phrase = count_han(core) <= MAX_APPOSITION_HAN
        for quote in _QUOTED_LATER.finditer(text, lo.end, line_end):
            if CJK_CORE_RE.search(text, lo.end, quote.start()) is None and translates(core, quote.group(1), phrase):
                lo.intent, lo.translation = PHRASE, quote.span(1)
                break


_FOOTNOTE_MARK = re.compile(r"[ \t]*[.。!?！？]?[ \t]*\[(\d{1,3})\]")


def _footnoted_renderings(text: str, found: list[Leftover]) -> None:
    """`said 下次再来.[4]` … `[4] "Come again next time."`: a footnote mark right after a run points
    to the note that renders it, at the foot of the page; the note must translate the run."""
    if "[" not in text:
        return
    for lo in found:
        mark = _FOOTNOTE_MARK.match(text, lo.end) if lo.intent == LEFTOVER else None
        if mark is None:
            continue
        note = re.search(r"^[ \t]*\[" + mark.group(1) + r"\][ \t]*([^\n]+)", text[mark.end():], re.M)
        if note is None:
            continue
        a, b = mark.end() + note.start(1), mark.end() + note.end(1)
        core = lo.text.strip(_EDGE_MARKS)
        if translates(core, text[a:b], count_han(core) <= MAX_APPOSITION_HAN) \
                or any(translates(core, q.group(1)) for q in _QUOTED_LATER.finditer(text, a, b)):
            lo.intent, lo.translation = PHRASE, (a, b)


MAX_GAP_LINES = 2


def _fill_gaps(found: list[Leftover], aligner: Aligner, unit_lines: list[int]) -> None:
    """Gap filling between anchors, as hunalign does: two Chinese lines that verify against
    English lines the same number of lines away (`C1 / E1 / C2 / E2 / C3 / E3`, blank lines
    counted), or against the rest of their own line on the same side (`C1 E1 / C2 E2 / C3 E3`),
    frame the Chinese lines between them; when each of these (two at most) has English at that
    same place, of a plausible length and with its numbers, the layout pairs them: a short
    sentence (`我不想去了。` / `I don't want to go any more.`) may share no word the dictionary
    knows with its translation. A line left in Chinese between two pairs has no English of its
    own at that place, or English that another line's translation takes."""
    chinese: dict[int, list[Leftover]] = {}
    inline: dict[int, list[Leftover]] = {}
    for lo, k in zip(found, unit_lines):
        if lo.intent in (LEFTOVER, BILINGUAL):
            (chinese if aligner.line(k)[2] else inline).setdefault(k, []).append(lo)
    taken = {aligner.line_index(lo.translation[0]) for lo in found if lo.translation}

    def line_away(k: int, lo: Leftover):
        return aligner.line_index(lo.translation[0]) - k or False

    def same_line(k: int, lo: Leftover):
        if aligner.line_index(lo.translation[0]) != k:
            return False
        return "after" if lo.translation[0] >= lo.end else "before"

    _fill_between_anchors(chinese, line_away, lambda g, d, evidence=False: aligner.slot_translation(g, g + d, evidence),
                          lambda g, d: g + d, taken)
    _fill_between_anchors(inline, same_line, aligner.inline_slot, lambda g, d: None, taken)


def _fill_between_anchors(lines: dict[int, list[Leftover]], place_of, slot_of, english_line, taken: set[int]) -> None:
    """_fill_gaps for one layout: `place_of(k, lo)` says where a verified run's English stands
    (False: not in this layout), `slot_of(g, place)` finds English at that place for gap line g,
    and `english_line(g, place)` is the line that English takes (None: g's own)."""
    if len(lines) < 3:
        return
    places: dict[int, object] = {}  # a line -> where its verified English is; None: all left over
    for k, runs in lines.items():
        if all(lo.intent == LEFTOVER for lo in runs):
            places[k] = None
        else:
            found = {place_of(k, lo) for lo in runs if lo.intent == BILINGUAL and lo.translation}
            places[k] = found.pop() if len(found) == 1 else False
    order = sorted(places)
    anchor = None
    for x, k in enumerate(order):
        if places[k] is None:
            continue
        place = places[k]
        if anchor is not None and 0 < x - anchor - 1 <= MAX_GAP_LINES and places[order[anchor]] == place \
                and place is not False:
            gap = order[anchor + 1:x]
            slots = [slot_of(g, place) for g in gap]
            if all(slots) and all(english_line(g, place) not in taken for g in gap):
                _pair_by_place(lines, gap, slots)
                for g in gap:
                    taken.add(english_line(g, place))
                    places[g] = place
        anchor = x
    _fill_after_anchors(lines, places, order, slot_of, english_line, taken)


def _fill_after_anchors(lines, places, order, slot_of, english_line, taken: set[int]) -> None:
    """The last lines of a layout (`…/ C3 E3 / C4` with C4's English further on at the same place)
    have no anchor after them: one or two such lines pair when two anchors in a row before them
    share their place and each English scores half a sentence's evidence (LAYOUT_THRESHOLD), as a
    closing anchor would otherwise vouch for it."""
    x = len(order) - 1
    gap = []
    while x >= 0 and places[order[x]] is None:
        gap.insert(0, order[x])
        x -= 1
    if not gap or len(gap) > MAX_GAP_LINES or x < 1:
        return
    place = places[order[x]]
    if place is False or places[order[x - 1]] != place:
        return
    slots = [slot_of(g, place, True) for g in gap]
    if all(slots) and all(english_line(g, place) not in taken for g in gap):
        _pair_by_place(lines, gap, slots)


def _pair_by_place(lines: dict[int, list[Leftover]], gap: list[int], slots: list[tuple[int, int]]) -> None:
    """Pair the runs of each gap line with the English its place gives (no score of their own)."""
    for g, slot in zip(gap, slots):
        for lo in lines[g]:
            lo.intent, lo.translation, lo.score = BILINGUAL, slot, 0.0


MIN_PAIRED_RUNS = 3


def _complete_sentence_pairs(text: str, found: list[Leftover], aligner: Aligner, unit_lines: list[int]) -> None:
    """A line of sentence pairs (`E1 C1 E2 C2 E3 C3`), or lines in a row of one pair each (a blank
    line between paragraphs does not end the row), whose Chinese sentences mostly verify well (a
    weak pair is no evidence of a layout), each against the English on the same side of it: a Chinese
    sentence there that does not verify is a loose translation of the English sentence on that
    side, when that sentence translates no other run and gives half the evidence
    (Aligner.loose_neighbour). A sentence left between two pairs has no English of its own on that
    side (`E1 C1 C2 E3 C3`), and stays a leftover."""
    paired = {k for lo, k in zip(found, unit_lines) if lo.intent == BILINGUAL}
    if not paired:
        return
    blocks: dict[int, list[tuple[Leftover, int]]] = {}  # by the first line of a row of lines with runs
    first = previous = -2
    for lo, k in zip(found, unit_lines):
        if lo.intent not in (LEFTOVER, BILINGUAL):
            continue
        if k > previous + 1 and not (previous >= 0 and text[aligner.line(previous)[1]:aligner.line(k)[0]].isspace()):
            first = k  # a blank line between two paragraphs of pairs does not end their row
        previous = k
        blocks.setdefault(first, []).append((lo, k))
    for block in blocks.values():
        if not any(k in paired for _, k in block):
            continue
        runs = [lo for lo, _ in block]
        if len(runs) < MIN_PAIRED_RUNS:
            continue
        verified = [lo for lo in runs if lo.intent == BILINGUAL and lo.translation and lo.score >= WEAK_PAIR_SCORE]
        if 2 * len(verified) < len(runs) or len(verified) == len(runs):
            continue
        before = sum(lo.translation[0] < lo.start for lo in verified)
        if before not in (0, len(verified)):
            continue  # pairs in both orders: no side to read the loose ones from
        side_before = before > 0
        taken = [lo.translation for lo in verified]
        for i, (lo, k) in enumerate(block):
            if lo.intent != LEFTOVER:
                continue
            line_start, line_end, _ = aligner.line(k)
            if side_before:
                lo_bound, hi_bound = (runs[i - 1].end if i and block[i - 1][1] == k else line_start), lo.start
            else:
                lo_bound, hi_bound = lo.end, (runs[i + 1].start if i + 1 < len(runs) and block[i + 1][1] == k else line_end)
            pair = aligner.loose_neighbour(lo.start, lo.end, lo_bound, hi_bound, side_before)
            if pair is not None and not any(a < pair[1] and pair[0] < b for a, b in taken):
                lo.intent, lo.translation, lo.score = BILINGUAL, pair[:2], round(pair[2], 3)
                taken.append(pair[:2])


_CELL_SEPARATORS = (re.compile(r"[ \t]*\|[ \t]*"), re.compile(r"[ \t]*\t[ \t]*"), re.compile(r" {2,}"))
MIN_COLUMN_VERIFIED = 3  # rows that verify on their own before a column counts as translations
COLUMN_SHARE = 2 / 3


def _complete_columns(text: str, found: list[Leftover], aligner: Aligner, texts: list[str],
                      unit_lines: list[int]) -> None:
    """A table, tab-separated list or aligned transcript whose rows hold an English cell and a
    Chinese cell: when most Chinese cells of a column verify against the English of their own
    row, the column is a translation column, and the row pairs its other cells with their English
    (`| I don't understand. | 我听不懂。 |`, which a dictionary does not match word for word). A
    cell left untranslated in a translated table has no English cell beside it in its row; two
    verified rows do not yet make a column (a wrong cell among three stays flagged). `texts` are
    the text's lines, `unit_lines` the index of each leftover's line: a line without a bar, a tab
    or a wide gap holds no cells."""
    if not any(lo.intent == LEFTOVER for lo in found):
        return
    rows: list[tuple[tuple, Leftover, list[tuple[int, int]], int]] = []
    cells_of: dict[int, tuple[int, list[tuple[int, int]]] | None] = {}
    for lo, k in zip(found, unit_lines):
        if lo.intent not in (LEFTOVER, BILINGUAL):
            continue
        if k not in cells_of:
            line = texts[k]
            cells_of[k] = _row_cells(text, *aligner.line(k)[:2]) if "|" in line or "\t" in line or "  " in line else None
        row = cells_of[k]
        if row is None:
            continue
        line_start = aligner.line(k)[0]
        kind, cells = row
        mine = [c for c, (a, b) in enumerate(cells) if a <= lo.start and lo.end <= b]
        if not mine or not _fills_cell(text, lo, *cells[mine[0]]):
            continue
        english = [(a, b) for a, b in cells if count_latin_letters(text[a:b]) >= 2 and not count_han(text[a:b])]
        han_cells = tuple(bool(count_han(text[a:b])) for a, b in cells)
        if english and all(han_cells[c] or (a, b) in english or not count_latin_letters(text[a:b])
                           for c, (a, b) in enumerate(cells)):  # figures and times stand in any row
            width = text.count("|", line_start, aligner.line(k)[1]) if kind == 0 else len(cells)  # empty cells count
            rows.append(((kind, width, mine[0]), lo, english, line_start))
    groups: list[list[tuple[tuple, Leftover, list[tuple[int, int]], int]]] = []
    open_groups: dict[tuple, list] = {}  # by (kind, width, column): a row's Chinese cells each join their column
    for row in rows:
        group = open_groups.get(row[0])
        if group is not None and text.count("\n", group[-1][3], row[3]) <= 2:
            group.append(row)
        else:
            open_groups[row[0]] = [row]
            groups.append(open_groups[row[0]])
    for group in groups:
        places = [next((j for j, (a, b) in enumerate(english) if a < lo.translation[1] and lo.translation[0] < b), None)
                  for _, lo, english, _ in group if lo.intent == BILINGUAL and lo.translation is not None]
        places = [j for j in places if j is not None]
        if len(places) < MIN_COLUMN_VERIFIED or len(places) < COLUMN_SHARE * len(group):
            continue
        column = max(set(places), key=places.count)  # the English column the verified cells translate
        for _, lo, english, _ in group:
            if lo.intent == LEFTOVER:
                lo.intent, lo.translation = BILINGUAL, english[min(column, len(english) - 1)]


MIN_ITEMS_VERIFIED = 3
_RENDERED = frozenset((BILINGUAL, PHRASE, HEADING, GLOSS, PINYIN, EXPLAINED, APPOSITION))
_ENGLISH_REST = re.compile(r"[ \t]*(?:[–—:：][ \t]*|[ \t])([A-Za-z][^\n]*)")


def _complete_item_lines(text: str, found: list[Leftover]) -> None:
    """`炸酱面 Noodles with Fermented Soybean Sauce …… $12.00` among menu lines of the same shape
    (a short Chinese name opening the line, its English after it) most of which verify: the page
    lists items in both languages, and the English after an item that does not verify renders it
    loosely. A page of such lines most of which do not verify is no such list."""
    items = []
    for lo in found:
        before = text[_line_bounds(text, lo.start, lo.end)[0]:lo.start]
        core = lo.text.strip(_EDGE_MARKS)
        if (before.strip() and not _LIST_MARK.match(before)) or count_han(core) > MAX_GLOSS_HAN \
                or _SENTENCE_PUNCT.search(core):
            continue
        rest = _ENGLISH_REST.match(text, lo.end)
        if rest is not None and count_latin_letters(rest.group(1)) >= 3 and not CJK_CORE_RE.search(rest.group(1)):
            items.append((lo, rest.span(1)))
    rendered = sum(lo.intent in _RENDERED for lo, _ in items)
    if rendered < MIN_ITEMS_VERIFIED or rendered < COLUMN_SHARE * len(items):
        return
    for lo, english in items:
        if lo.intent == LEFTOVER:
            lo.intent, lo.translation = BILINGUAL, english


_CODE_IN_CELL = re.compile(r"[A-Z0-9][A-Z0-9 .+/-]*")


def _fills_cell(text: str, lo: Leftover, a: int, b: int) -> bool:
    """Is the run all of its cell (a, b), but for a code in capitals or figures that it names
    (`HSK三级备考`)? A cell that has English words of its own is no Chinese cell."""
    rest = (text[a:lo.start] + " " + text[lo.end:b]).strip()
    if not rest:
        return _cell_bounded(text, lo.start, lo.end) or text[a:b].strip() == lo.text.strip()
    return _CODE_IN_CELL.fullmatch(rest) is not None and not count_latin_letters(rest) > count_han(lo.text)


def _cell_bounded(text: str, start: int, end: int) -> bool:
    """Is the run set off on both sides as a cell would be: a bar, a tab, a wide gap or a line end?"""
    before = text[start - 2 if start > 2 else 0:start]
    after = text[end:end + 2]
    return (start == 0 or before[-1:] in "|\t\n" or before == "  " or before[-1:] == " " and before[:1] in "|\t\n") \
        and (not after or after[:1] in "|\t\n\r" or after == "  " or after[:1] == " " and after[1:] in ("|", "\t", "\n", ""))


def _row_cells(text: str, line_start: int, line_end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(separator kind, cells as offsets) of a line set out in cells: `|` bars, tabs or wide gaps."""
    line = text[line_start:line_end]
    bars, tab, gap = line.count("|") >= 2, "\t" in line, "  " in line
    if not (bars or tab or gap):
        return None
    for kind, separator in enumerate(_CELL_SEPARATORS):
        if not (bars, tab, gap)[kind]:
            continue
        cells, pos = [], line_start
        for m in separator.finditer(text, line_start, line_end):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, line_end))
        cells = [(a, b) for a, b in cells if text[a:b].strip()]
        if len(cells) >= 2:
            return kind, cells
    return None


MAX_TITLE_HAN = 60


def _title_lines(text: str, paragraphs: dict[int, list[Leftover]]) -> None:
    """A short Chinese line with no sentence end, right above a Chinese paragraph whose
    translation was verified elsewhere, heads that original text: the original is given with its
    title, the translation follows. A leftover title of a translated page sits above English, and
    a labelled line (`下一篇：第十届…`) is a field, not a title."""
    for line_start, runs in paragraphs.items():
        if not all(lo.intent == LEFTOVER for lo in runs):
            continue
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip()
        if not line or line[-1] in "。！？.!?" or count_han(line) > MAX_TITLE_HAN or label_and_value(line):
            continue
        after = _next_line(text, line_end)
        below = paragraphs.get(after if after > line_end else -1, [])
        if not below and after > line_end:
            english = _english_title_end(text, after)  # `相思` / `Lovesick` / the poem / its translation
            if english is not None:
                below = paragraphs.get(_next_line(text, english), [])
        if any(lo.intent == BILINGUAL and lo.translation is not None and
               not (lo.translation[0] < line_end and lo.translation[1] > line_start) for lo in below):
            for lo in runs:
                lo.intent = TITLE


def _next_line(text: str, pos: int) -> int:
    """Where the next non-blank line after `pos` starts."""
    while pos < len(text) and text[pos] in "\n \t\r":
        pos += 1
    return pos


MAX_TITLE_LENGTH = 80


def _english_title_end(text: str, line_start: int) -> int | None:
    """The end of the line at `line_start` when it is a short English title (Latin words, no Han,
    no sentence end): the English counterpart of the Chinese title above it."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line or len(line) > MAX_TITLE_LENGTH or line[-1] in ".!?。！？" or count_han(line) \
            or not LATIN_WORD_RE.search(line):
        return None
    return line_end


_CORE_OPENERS = frozenset(OPENERS + " ")
_CORE_CLOSERS = frozenset(CLOSERS + " ")


def _core_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The run without its enclosing brackets or quotes: patterns look around the core."""
    while start < end and text[start] in _CORE_OPENERS:
        start += 1
    while end > start and text[end - 1] in _CORE_CLOSERS:
        end -= 1
    return start, end


def _intent(text: str, start: int, end: int, digits: bool = True) -> str:
    """The intent that the run's structure shows; translation evidence is weighed after this.
    `digits`: whether the run may hold five digits in a row (a filing number), if known."""
    start, end = _core_bounds(text, start, end)
    core = text[start:end]
    han = count_han(core)
    if han == 0:
        return LEFTOVER
    if digits and _is_registration(core):
        return REGISTRATION
    if han <= MAX_FIELD_HAN and _is_marked_title(text, start, end):
        return WORK_TITLE
    if han <= MAX_FIELD_HAN and _is_hashtag(text, start, end):
        return HASHTAG
    short = not _SENTENCE_PUNCT.search(core)
    if short and han <= MAX_GLOSS_HAN and (_is_gloss(text, start, end) or _opens_gloss(text, start, end)) \
            or han <= MAX_GLOSS_HAN and _in_mixed_gloss(text, start, end):
        return GLOSS
    if short and han <= MAX_APPOSITION_HAN:
        if _is_comma_apposition(text, start, end) or _spells_neighbour(text, start, end, core):
            return APPOSITION
        if _is_quoted_term(text, start, end):
            return QUOTED_TERM
        if han <= MAX_MENTION_HAN and _WORD_NAMED.search(text, max(0, start - 60), start):
            return NAMED_TERM
        if _is_explained_term(text, start, end):
            return EXPLAINED
    if han <= MAX_FIELD_HAN and _IN_CHINESE_BEFORE.search(text, max(0, start - INTENT_REACH_BEFORE), start):
        return NAMED_TERM  # `in Chinese that is 编辑 › 首选项`, `the Chinese reads: 欢迎光临`
    if short and han <= MAX_GLOSS_HAN and _ASKS_MEANING.match(text, end):
        return NAMED_TERM  # `sales again on 双十一. What is it?`: a quiz asks what the term means
    if short and han <= MAX_QUOTED_TEXT_HAN and _is_quoted_text(text, start, end):
        return DISPLAYED
    if han <= MAX_DISPLAYED_HAN and _DISPLAY_READS.search(text, max(0, start - 60), start) \
            and _RENDERING_ON_LINE.search(text, *_line_bounds(text, start, end)):
        return DISPLAYED
    if han <= MAX_UTTERANCE_HAN and _is_quoted_utterance(text, start, end):
        return UTTERANCE
    if not short and han <= MAX_SAYING_HAN and _DASH_QUOTE.match(text, end) and _set_off_before(text, start):
        return EXPLAINED  # `Opening proverb: 当头炮,马来跳 — "Cannon to the centre, then…"`
    if han <= MAX_GLOSS_HAN and _reading_follows(text, end, core):  # `三天打鱼,两天晒网 (sān tiān…, liǎng…)`
        return PINYIN
    if han <= MAX_FIELD_HAN and _is_original_field(text, start, end):
        return FIELD
    if core in LANGUAGE_NAMES and _in_menu(text, start, end):
        return LANGUAGE_LINK
    if short and han <= MAX_GLOSS_HAN and _is_heading_half(text, start, end):
        return HEADING
    if short and han <= MAX_GLOSS_HAN and _spelled_above(text, start, end, core):
        return APPOSITION
    if han <= MAX_FIELD_HAN and _reading_below(text, start, end, core):
        return PINYIN
    return LEFTOVER


def _is_marked_title(text: str, start: int, end: int) -> bool:
    """`Selections from the Analects, 《论语》, including…`, `the rhyme 《小星星》, which…`: a run
    that is one title in its title marks, inside a line of English words, names a work. Machine
    translation renders a title with the sentence around it, or leaves the whole sentence: its
    leftovers are clauses with a title inside them, never a title alone between English words."""
    if text[start - 1:start] != "《" or text[end:end + 1] != "》" or "《" in text[start:end] or "》" in text[start:end]:
        return False
    line_start, line_end = _line_bounds(text, start, end)
    return bool(LATIN_WORD_RE.search(text, line_start, start - 1) or LATIN_WORD_RE.search(text, end + 1, line_end))


_TAG_END = re.compile(r"#|[ \t]|[,.;:!?)]?(?:\s|\Z)")


def _is_hashtag(text: str, start: int, end: int) -> bool:
    """`#城市漫步# (city walk)`, `Posts tagged #淄博烧烤 went viral`: a topic tag, closed by a second
    `#` as on Weibo, or, as elsewhere, set in a line of English and ended by a space or a mark. A
    tag is the platform's key for the topic; its translation finds no posts."""
    if text[start - 1:start] != "#" or text[start - 2:start - 1] not in ("", " ", "\t", "\n", "(", "\"", "“"):
        return False
    if text[end:end + 1] == "#":
        return True
    line_start, line_end = _line_bounds(text, start, end)
    return bool(_TAG_END.match(text, end)) and bool(LATIN_WORD_RE.search(text, line_start, start - 1)
                                                     or LATIN_WORD_RE.search(text, end, line_end))


def _is_gloss(text: str, start: int, end: int) -> bool:
    """`English (中文)`: the run fills a bracket that follows a Latin word."""
    j = end
    while j < len(text) and text[j] in _BLANK:
        j += 1
    return j < len(text) and text[j] in ")）]】" and _bracket_after_latin(text, start)


_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,3}\Z")  # `Ltd`, `Co`, `Inc`, not `slowed`


def _bracket_after_latin(text: str, start: int) -> bool:
    """Does an opening bracket right before `start` follow a Latin word (or an abbreviation's
    stop: `Co., Ltd. (华阳…)`) or a closing quote?"""
    i = start
    while i > 0 and text[i - 1] in _BLANK:
        i -= 1
    if i == 0 or text[i - 1] not in "(（[【":
        return False
    k = i - 1
    while k > 0 and text[k - 1] in _BLANK:
        k -= 1
    if k > 1 and text[k - 1] == "." and _ABBREVIATION_BEFORE.search(text, max(0, k - 8), k - 1):
        k -= 1
    return k > 0 and (text[k - 1].isascii() and text[k - 1].isalnum() or text[k - 1] in "\"'”’》」』")


_DIGIT = re.compile(r"\d")
_GLOSS_NOTE = re.compile(r"[ \u3000]*[,;，；:：][^()（）\[\]【】\n]{1,60}?[)）\]】]")


def _opens_gloss(text: str, start: int, end: int) -> bool:
    """`Longjing (龙井, "Dragon Well")`, `Hangzhou (杭州; Hángzhōu)`, `Hero (英雄, 2002)`: the run
    opens a bracket after a Latin word and the rest of the bracket is a note in Latin script or
    figures (its reading, meaning, year or dates)."""
    note = _GLOSS_NOTE.match(text, end)
    if not note or CJK_CORE_RE.search(note.group()) or not (LATIN_WORD_RE.search(note.group())
                                                             or _DIGIT.search(note.group())):
        return False
    return _bracket_after_latin(text, start)


_GLOSS_BRACKET = re.compile(r"[(（]([^()（）\n]{1,60})[)）]")


def _in_mixed_gloss(text: str, start: int, end: int) -> bool:
    """`a white envelope (白包, or 帛金 in Cantonese)`, `Xiaomi 13 Ultra (小米13 Ultra)`, `HX-300
    (悍卫300)`: the run is inside a short bracket after a Latin word that holds Chinese terms and
    Latin words or figures around them, and no Chinese sentence: each term glosses the English
    before it."""
    opener = max(text.rfind("(", max(0, start - 60), start), text.rfind("（", max(0, start - 60), start))
    if opener < 0:
        return False
    bracket = _GLOSS_BRACKET.match(text, opener)
    if bracket is None or bracket.end() < end or not _bracket_after_latin(text, opener + 1):
        return False
    inside = bracket.group(1)
    if count_han(inside) > MAX_GLOSS_HAN or _CHINESE_CLAUSE_MARK.search(inside):
        return False
    if LATIN_WORD_RE.search(inside):
        return True
    figures = _FIGURES.findall(inside)  # `HX-300 (悍卫300)`: the model's number, given again
    return bool(figures) and all(f in text[max(0, opener - 40):opener] for f in figures)


_FIGURES = re.compile(r"\d+")
_CHINESE_CLAUSE_MARK = re.compile("[。！？，；：]")
# A Pinyin reading after a term: `苹果 píngguǒ`, `画蛇添足 (huà shé tiān zú)`, `地铁 dìtiě,`,
# `**马马虎虎** (mǎmǎhǔhǔ)`, `| 推手 | tuīshǒu |`: markup, blanks, a cell's bar and an opening
# bracket, then Latin words with tone marks.
_READING = re.compile(r"[*_ \t\u3000,，]*(?:[|｜][ \t]*)?[(（]?[ \t]*([A-Za-z\u00c0-\u024f\u0300-\u036f' ]+(?:, ?[A-Za-z\u00c0-\u024f\u0300-\u036f' ]+)*)")


_JYUTPING_AFTER = re.compile(r"[ \t]*[！？!?。，]?[ \t]*(?:[·•|｜(（–—/-][ \t]*)?((?:[a-z]{1,6}[1-6](?=[ \t,.;)）·]|$)[ \t]*){1,40})",
                             re.M)


def _reading_follows(text: str, end: int, core: str) -> bool:
    """The Latin words right after the run spell every character of it in Pinyin, tones stripped,
    or give one Jyutping syllable with its tone number for each (`好食！ · hou2 sik6`). A leftover
    does not come with its own reading; an English word after it spells other sounds."""
    hanzi = "".join(HAN_RUN_RE.findall(core))
    jyutping = _JYUTPING_AFTER.match(text, end)
    if hanzi and jyutping and len(jyutping.group(1).split()) == len(hanzi):
        return True
    m = _READING.match(text, end)
    if not m or not hanzi:
        return False
    letters = ""
    for word in m.group(1).replace(",", " ").split():
        letters += _toneless(word)
        if len(letters) > 6 * len(hanzi):
            return False
        if _spells_all(hanzi, letters):
            return True
    return False


_LINE_READING = re.compile(r"[ \t]*(?:[A-Z][A-Za-z ]{0,20}[:：][ \t]*)?[(（\[]?([A-Za-z\u00c0-\u024f\u0300-\u036f' ,.;:!?-]+?)[)）\]]?[ \t]*(?:\n|\Z)")


def _reading_below(text: str, start: int, end: int, core: str) -> bool:
    """A Chinese line with its whole Pinyin reading on the line under it (`这些橘子怎么卖？` /
    `Zhèxiē júzi zěnme mài?`), as lesson texts and song sheets print them."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    label = text[line_start:start].strip()  # `Idiom of the week: 画蛇添足` / `Pinyin: huà shé tiān zú`
    if line_end < 0 or label and not label.endswith((":", "：")) or text[end:line_end].strip(" \t" + CLOSERS + "。！？，,.!?;:"):
        return False
    m = _LINE_READING.match(text, line_end + 1)
    if not m:
        return False
    letters = _toneless(m.group(1))
    hanzi = "".join(HAN_RUN_RE.findall(core))
    return bool(hanzi) and len(letters) <= 6 * len(hanzi) and _spells_all(hanzi, letters)


_TRAILING_LATIN = re.compile(r"([A-Za-z\u00c0-\u024f\u0300-\u036f' -]+)[)）]?[ \t]*\Z")


def _spelled_above(text: str, start: int, end: int, core: str) -> bool:
    """`Big Red Robe (Da Hong Pao)` over `大红袍`: a line that is the run alone, under a line that
    ends with the run's whole Pinyin, gives the name in characters below its romanized form."""
    line_start, line_end = _line_bounds(text, start, end)
    if line_start < 2 or text[line_start:start].strip() or text[end:line_end].strip():
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    m = _TRAILING_LATIN.search(text, above_start, line_start - 1)
    if not m:
        return False
    hanzi = "".join(HAN_RUN_RE.findall(core))
    letters = _toneless(m.group(1))
    return bool(hanzi) and any(_spells_all(hanzi, letters[k:]) for k in range(len(letters) - len(hanzi) + 1))


_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
_TONE_MARK = re.compile(f"[{_TONED_VOWELS}]")
_LATIN_PHRASE = re.compile(r"[A-Za-z\u00c0-\u024f\u0300-\u036f]+(?:[ '’-]+[A-Za-z\u00c0-\u024f\u0300-\u036f]+)*")
_CLAUSE_MARKS = re.compile(r"[，。！？、；：,.!?;:\s]+")
_IN_READING = re.compile(r"[A-Za-z\u00c0-\u024f\u0300-\u036f '’-]")
MAX_READING_REACH = 120  # characters back from a tone mark to the start of its reading


def _read_elsewhere(text: str, found: list[Leftover]) -> None:
    """`Waiter: 您好，几位？` … `"Jǐ wèi" is a polite way of asking "how many people?"`: a lesson
    quotes the reading of the Chinese it teaches, with its tones, away from the Chinese itself.
    A clause of a leftover that some run of words with a tone mark spells out is being taught.
    Machine translation writes no tone marks, and a reading spells only its own characters."""
    if not any(vowel in text for vowel in _TONED_VOWELS[:22]):  # a fast scan each; a class is slow
        return  # (a reading with its tones has a lower-case toned vowel)
    readings, reached = [], -1
    for mark in _TONE_MARK.finditer(text):
        if mark.start() < reached:
            continue
        start = mark.start()
        while start > 0 and start > mark.start() - MAX_READING_REACH and _IN_READING.match(text[start - 1]):
            start -= 1
        while start < mark.start() and not text[start].isalpha():
            start += 1
        phrase = _LATIN_PHRASE.match(text, start)
        if phrase is None or phrase.end() <= mark.start():
            continue
        reached = phrase.end()
        readings.append([_toneless(w) for w in re.split(r"[ '’-]+", phrase.group())])
    if not readings:
        return
    for lo in found:
        if lo.intent == LEFTOVER and any(count_han(clause) >= MIN_HAN and _spelled_by_any(clause, readings)
                                         for clause in _CLAUSE_MARKS.split(lo.text)):
            lo.intent = READ_ELSEWHERE


MIN_DIALOGUE_LINES = 3
MAX_LABEL_LENGTH = 24
# `Waiter 服务员: ` or `B: `: a speaker's label opening a line, in English, in both languages, or in Chinese.
_SPEAKER_LABEL = re.compile(r"[ \t]*(?:[A-Z][A-Za-z]{0,15}[ \t]*)?(?:[\u4e00-\u9fff]{1,4}[ \t]*)?[:：][ \t]*")


def _complete_dialogue(text: str, found: list[Leftover]) -> None:
    """Consecutive lines that each give a speaker's label and then Chinese only are one dialogue:
    when half its lines or more are given deliberately, one of them at least by the page's own
    treatment of it (read out elsewhere by a lesson, glossed, explained), so are the others, which
    the lesson happened not to reach. A dialogue left untranslated has few such lines, if any; and
    in a dialogue that the page only translates line by line (see align._same_dialogue), a line
    without its translation lacks it."""
    labelled_runs = [lo for lo in found if _after_label(text, lo)]  # a labelled line's run, if any
    if len(labelled_runs) < MIN_DIALOGUE_LINES:
        return
    block: list[Leftover] = []
    last_end = -2
    for lo in labelled_runs + [None]:
        line = None if lo is None else _line_bounds(text, lo.start, lo.end)
        labelled = line is not None and _labelled_line(text, lo, line)
        if block and (not labelled or line[0] != last_end + 1):
            taught = sum(b.intent not in (LEFTOVER, BILINGUAL) for b in block)
            deliberate = taught + sum(b.intent == BILINGUAL for b in block)
            if len(block) >= MIN_DIALOGUE_LINES and taught and 2 * deliberate >= len(block):
                for b in block:
                    if b.intent == LEFTOVER:
                        b.intent = DIALOGUE_LINE
            block = []
        if labelled:
            block.append(lo)
            last_end = line[1]


def _after_label(text: str, lo: Leftover) -> bool:
    """Does a colon stand right before the run, or among its first characters (`服务员: 您好`)?"""
    around = text[max(lo.start - 3, 0):lo.start] + lo.text[:8]
    return ":" in around or "：" in around


def _labelled_line(text: str, lo: Leftover, line: tuple[int, int]) -> bool:
    """Is the run all of its line after a speaker's label (which the run may begin inside of, a
    Chinese label joining the Chinese after it)?"""
    label = _SPEAKER_LABEL.match(text, line[0])
    if label is None or label.end() - line[0] > MAX_LABEL_LENGTH:
        return False
    return not text[label.end():lo.start].strip() and not text[lo.end:line[1]].strip() \
        and not LATIN_WORD_RE.search(text, label.end(), lo.end)


def _spelled_by_any(hanzi: str, readings: list[list[str]]) -> bool:
    """Do consecutive words of one of `readings` (toneless syllables) spell `hanzi`, or
    MIN_READ_PART of its characters in a row or more?"""
    hanzi = "".join(HAN_RUN_RE.findall(hanzi))
    for words in readings:
        for i in range(len(words)):
            chosen = words[i:i + MAX_READ_WORDS]
            letters = "".join(chosen)
            word_ends = set(accumulate(map(len, chosen)))
            if any(_spells_from(hanzi, k, letters, word_ends) for k in range(len(hanzi))):
                return True
    return False


def _spells_from(hanzi: str, k: int, letters: str, word_ends: set[int]) -> bool:
    """Does a start of `letters`, up to one of `word_ends`, spell hanzi[k:m] for some m: all of
    hanzi, or MIN_READ_PART characters at least?"""
    for n, ends in enumerate(_spellings(hanzi[k:], letters), 1):
        if not ends:
            return False
        if (n >= MIN_READ_PART or k == 0 and n == len(hanzi)) and not ends.isdisjoint(word_ends):
            return True
    return False


MIN_READ_PART = 3
MAX_READ_WORDS = 12


def _toneless(latin: str) -> str:
    """Lower-case letters of Pinyin without tone marks (`Nǐ hǎo!` -> `nihao`, `ü` -> `v`)."""
    plain = unicodedata.normalize("NFD", latin.replace("ü", "v").replace("Ü", "v"))
    return re.sub(r"[^a-z]", "", "".join(c for c in plain if not unicodedata.combining(c)).lower())


def _spells_all(hanzi: str, letters: str) -> bool:
    """Do `letters` spell `hanzi` exactly, one reading of each character after another?"""
    ends = {0}
    for ends in _spellings(hanzi, letters):
        if not ends:
            return False
    return len(letters) in ends


def _spellings(hanzi: str, letters: str) -> Iterator[set[int]]:
    """After each character of `hanzi` in turn, the offsets in `letters` that reading the
    characters so far, one reading each, can reach (empty once none can). 儿 after a syllable may
    be the erhua `r` joined to it (`一点儿` yìdiǎnr)."""
    ends = {0}
    for char in hanzi:
        options = readings(char) or (char,)
        if char == "儿":
            options = (*options, "r")
        ends = {e + len(r) for e in ends for r in options if letters.startswith(r, e)}
        yield ends
        if not ends:
            return


_PHRASE_BEFORE_COMMA = re.compile(r"([A-Za-z][A-Za-z'’ .-]*)\Z")
# `The university's motto, 厚德载物, means…`, `The last step, 已送达, sometimes…`: a noun phrase with
# its determiner names what the run is, as an apposition does.
_NAMING_PHRASE = re.compile(r"(?i)(?:^|\b)(?:the|a|an|this|that|its|his|her|their|our|my|your)\b[^,]{0,40}\Z")


def _is_comma_apposition(text: str, start: int, end: int) -> bool:
    """`China, 中国, says`: a short run set off by commas right after the Latin phrase it renders
    (by the dictionary, or spelled in Pinyin), or the noun phrase that names it (`The
    university's motto, 厚德载物, means…`). A run between commas after anything else is a clause
    or title left in a list (`LIN Tao, Professor, 博士生导师, Director`)."""
    before = text[max(0, start - 3):start]
    after = text[end:end + 1]
    if not (before[-2:] == ", " and before[:1].isascii() and before[:1].isalpha() and after in (",", "，")):
        return False
    phrase = _PHRASE_BEFORE_COMMA.search(text, max(0, start - INTENT_REACH_BEFORE), start - 2)
    if phrase is None:
        return False
    core = text[start:end]
    english = phrase.group(1)
    return translates(core, english, phrase=True) or romanizes(core, re.sub(r"[^a-z]", "", english.lower())) \
        or _place_name(core, english) or _NAMING_PHRASE.search(english) is not None


def _spells_neighbour(text: str, start: int, end: int, core: str) -> bool:
    """`袁家界 Yuanjiajie`: the Latin word next to the run is its pinyin."""
    words_after = LATIN_WORD_RE.match(text, end + 1) if text[end:end + 1] in _BLANK else None
    words_before = re.search(r"([A-Za-z][A-Za-z' -]*) ?$", text[max(0, start - 40):start])
    candidates = [m.group(0) for m in (words_after,) if m]
    if words_before:
        candidates.append(words_before.group(1))
    if not candidates:
        return _after_romanized_name(text, start, core)
    if any(romanizes(core, re.sub(r"[^a-z]", "", cand.lower())) or _place_name(core, cand) for cand in candidates):
        return True
    return _follows_name(text, start, core) or _after_romanized_name(text, start, core)


_NAME_DASH_BEFORE = re.compile(r"(?<![A-Za-z])((?:[A-Z][a-z]+[ -]){1,3}[A-Z][a-z]+)[ \t]*[–—][ \t]*\Z")


def _after_romanized_name(text: str, start: int, core: str) -> bool:
    """`Lim Chong Hee – 林中熙`: a name of two to four characters after a dash and a name of two
    to four capitalized words none of which is an English word: a family's own spelling (Hokkien,
    Teochew, Hakka) that no reading table holds, with the name in characters beside it."""
    if not 2 <= len(core) <= MAX_NAME_HAN or count_han(core) != len(core):
        return False
    name = _NAME_DASH_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and not any(is_common_word(w.lower()) for w in re.split(r"[ -]", name.group(1)))


def _place_name(core: str, latin: str) -> bool:
    """`Renmin Road 人民路`, `Xixi Wetland 西溪湿地`: a place's proper part in Pinyin and its generic
    part (road, lake, temple) in English, which CC-CEDICT glosses for the last characters."""
    words = latin.split()
    if len(words) < 2 or not words[-1].isalpha():
        return False
    stem = stem_of(words[-1].lower())
    index = cedict_index()
    for cut in (1, 2):
        head, tail = core[:-cut], core[-cut:]
        if head and stem in index.get(tail, ()):
            for n in range(2, min(len(words), 4) + 1):  # the name's words, after the sentence's own
                if _spells_all(head, re.sub(r"[^a-z]", "", " ".join(words[-n:-1]).lower())):
                    return True
    return False


MAX_NAME_HAN = 3
# A personal name in Latin right before the run: two to four capitalized words (`Tony Leung
# Chiu-wai`, `Maggie Cheung`), set off by one blank.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+(?:-[a-z]+)? ){2,4}\Z")


def _follows_name(text: str, start: int, core: str) -> bool:
    """`Maggie Cheung 张曼玉`, `Wong Kar-wai 王家卫`: a name of two or three characters right after
    a Latin name one of whose words spells its first character (the surname), in Pinyin or in the
    Cantonese romanisation of Hong Kong names. Given names are often English or spelled in ways
    no table holds; the surname is spelled by the usual readings."""
    if not 2 <= len(core) <= MAX_NAME_HAN or count_han(core) != len(core):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 50), start)
    if not name:
        return False
    words = {w.lower() for w in re.split(r"[ -]", name.group()) if w}
    if words & set(readings(core[0])):
        return True
    from .cantonese import readings as cantonese, romanizes as romanizes_cantonese

    letters = re.sub(r"[^a-z]", "", name.group().lower())
    return bool(words & set(cantonese(core[0]))) or romanizes_cantonese(core, letters)


# `The sign reads 小草微微笑…`, `a banner reading 奠`: English that quotes what a displayed text says.
_DISPLAY_READS = re.compile(r"(?i)\b(?:sign|signs|banner|notice|plaque|label|caption|screen|button|menu|strip|"
                            r"pop-up|poster|ribbon|inscription|board)\b[^.!?\n]{0,30}?\b(?:reads|reading|read|says|"
                            r"saying)\W{0,3}\Z")
MAX_DISPLAYED_HAN = 24
# `a sticker saying 贵重物品请勿存放 and then…`, `ask for 寄存, it means…`: a verb that quotes written or
# spoken words, and an English sentence that goes on past them in lower case.
_QUOTING_VERB = re.compile(r"(?i)\b(?:says|saying|written|labell?ed|ask for|asks for|"
                           r"type|typed|shout|shouts|shouted|titled|entitled|called|named|dubbed|tagged)[ \t]*:?[ \t]*\Z")
_SENTENCE_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*)?(?:[a-z]{2,}\b|[.!?][ \t]*\n)")
MAX_QUOTED_TEXT_HAN = 10
# English right after a term that asks what it means, as a quiz or a learner's question does.
_ASKS_MEANING = re.compile(r"(?i)[^\n.!?]{0,40}?[.!?:,]?[ \t]*(?:what (?:is|are|does|do|was) (?:it|this|that|they|these)"
                           r"(?: mean)?\?|this means:|(?:what does|what do) (?:it|this|that) mean\?|meaning\?)")
# English that says the next words are Chinese: the writer gives the original as such.
_IN_CHINESE_BEFORE = re.compile(r"(?i)\b(?:in (?:Chinese|Mandarin|Cantonese|characters)|the Chinese(?: text| version| "
                                r"original| name| label)?)(?: (?:that|it|this|which))?(?: (?:is|reads|says|was|becomes))?"
                                r"[ \t]*[:,]?[ \t]*[\"“‘'(（]?[ \t]*\Z")
# Its rendering on the same line: a quoted English phrase of two words or more, or `i.e.`; a sign
# quoted with no rendering is still to be translated.
_RENDERING_ON_LINE = re.compile(r"[\"“‘][A-Za-z][^\"”’\n]*? [^\"”’\n]*[A-Za-z.!?,][\"”’]|\bi\.e\.")
# `the character 福 means`, `the word 床 is read`: English that names what follows as a word.
_WORD_NAMED = re.compile(r"(?i)\b(?:the|a|this|that|each|its|their)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:characters?|word|"
                         r"term|radical|surname|component)[ \t]*:?[ \t]*\Z")


def _is_quoted_text(text: str, start: int, end: int) -> bool:
    """Words an English sentence quotes with a verb of saying, writing or naming and then carries
    on past (`one titled 极片清理装置, which covers…`). Machine translation leaves whole clauses
    after such a verb, closed by Chinese marks, not a short text the English sentence goes on from."""
    return bool(_QUOTING_VERB.search(text, max(0, start - 20), start)) and bool(_SENTENCE_GOES_ON.match(text, end))


def _is_quoted_term(text: str, start: int, end: int) -> bool:
    """`Chinese "他" (he)`: a quoted term explained by a gloss or introduced as a term."""
    if start == 0 or text[start - 1] not in "\"“'‘「":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip("\"“'‘「 ")
    after = text[end:end + 40].lstrip("\"”'’」 ")
    return bool(re.match(r"\(\s*[A-Za-z]", after)) or bool(_TERM_CUES.search(before))


MAX_UTTERANCE_HAN = 6
MAX_SAYING_HAN = 12  # a proverb or couplet of two short clauses, set off and given its meaning in quotes
_DASH_QUOTE = re.compile(r"[ \t]*[–—][ \t]*[\"“‘]\s?[A-Za-z]")


def _is_quoted_utterance(text: str, start: int, end: int) -> bool:
    """`calls out "早上好！" and waves`: a short exclamation or question, closed by its own mark
    inside the quotes, that an English sentence quotes and then goes on past. Left-over text is a
    clause or a sentence the English around it does not carry on from (`He said: "我们会…。"`)."""
    if start == 0 or text[start - 1] not in "\"“'‘「" or count_han(text[start:end]) > MAX_UTTERANCE_HAN:
        return False
    if text[end:end + 1] in ("!", "?"):  # an ASCII mark is no part of the run
        end += 1
    if text[end - 1:end] not in ("！", "？", "!", "?"):
        return False
    if not _LATIN_BEFORE.search(text, max(0, start - 30), start - 1):
        return False
    after = _AFTER_QUOTE.match(text, end)
    return after is not None


_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z,:]*[ \t]*\Z")
# The English goes on after the closing quote (and a bracketed translation: `"你吃了吗?" (Have you
# eaten?), which…`): a comma, or a lower-case word of the same sentence.
_AFTER_QUOTE = re.compile(r"[\"”'’」][ \t]*(?:[(（][^()（）\n]{1,60}[)）][ \t]*)?(?:,[ \t]*[a-z]|[a-z]{2,})")


# What follows a term that the sentence goes on to explain: `饺子 (dumplings)`, `清明, a day…`.
# An explanation is words or Pinyin in lower case; `外交部 (MFA)` gives an acronym, not an explanation.
# A bracket may open with a capital when lower-case words follow (`我喜欢你 (I like you)`), and a
# dash may bring a quoted meaning (`宁静致远 – "calm brings you far"`).
_EXPLANATION = re.compile(r"\s?[(（]\s*[\"“']?[a-zà-ɏ]|(?:,|\s[–—])\s(?:a|an|the)\s[a-z]|\s?[(（][A-Za-z' ]{0,20}\s[a-z]{2,}"
                          r"|\s[–—]\s?[\"“‘]\s?[A-Za-z]|\s(?:means|meant|stands for)\s[\"“‘]?[a-z]|\s?[(（][\"“‘][A-Za-z]"
                          r"|\sis\s(?:a|an|the)\s(?:[a-z]+\s){0,2}(?:surname|character|word|radical)\b"
                          r"|,\s(?:literally|meaning|which means|it means|that is|i\.e\.)[,:]?\s[\"“‘]?[A-Za-z]"
                          r"|\.\s(?:Literally|It literally means|It means)\b"
                          r"|\s(?:is|are|are both|for)\s[\"“‘][A-Za-z]")


_ENTRY_DESCRIBED = re.compile(r"[ \t]+[–—][ \t]+[a-z]{2,}")  # an entry's dash and its description in lower case
_SAYS_WHAT_IT_MEANS = re.compile(r"[ \t]+(?:means|stands for|is read as|is pronounced)[ \t]+[\"“‘]?[A-Za-z]")
_ENGLISH_NAME = re.compile(r"[ \t]?[(（][ \t]*[A-Z][a-z]*(?:[ -][A-Za-z][a-z]+)+[ \t]*[)）]")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]*\Z")
_NAMING_CUE = re.compile(r"(?i)\b(?:called|named|as|titled|entitled|dubbed)[ \t]*\Z")


def _is_explained_term(text: str, start: int, end: int) -> bool:
    """`is called 饺子 (dumplings)`, `Today is 清明, a special day`, `Idiom: 画蛇添足 (huà shé…)`: a
    short term set in an English sentence and explained by the English right after it. Machine translation leaves clauses and
    sentences behind, not a word with its own explanation."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LIST_MARK.match(text[line_start:start]) or _CAPTION_MARK.match(text[line_start:start]):
        # `• 节哀顺变 — "restrain your grief…"`, `Photo 2. 永兴茶楼 — a teahouse`, `- 凉皮 — cold
        # wheat noodles…`: an entry
        return bool(_EXPLANATION.match(text, end) or _ENTRY_DESCRIBED.match(text, end))
    if _SAYS_WHAT_IT_MEANS.match(text, end):  # `往虹桥火车站 means "towards…"`, wherever it stands
        return True
    i = start - 1 if text[start - 1:start] == " " else start
    if text[i - 1:i] in (":", "：", ","):  # `Idiom: 画蛇添足`, `(I like you), 你很漂亮 (you are…)`
        i -= 1
    if i == start or i < 1 or not (text[i - 1].isascii() and text[i - 1].isalpha() or
                                   text[i:i + 1] == "," and text[i - 1] in ")）"):
        return False
    if _EXPLANATION.match(text, end):
        return True
    # `are called 徕卡经典 (Leica Authentic)`, `his novel 我不是潘金莲 (I Am Not Madame Bovary)`: a
    # name given with its English name, words in title case, after a word that introduces a name
    # or the noun for a work (an acronym alone, `(MFA)`, explains nothing)
    if not _ENGLISH_NAME.match(text, end):
        return False
    cue = _NAMING_CUE.search(text, max(0, start - 20), start)
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(cue) or bool(word) and word.group(1).lower() in WORK_NOUNS


MAX_PHRASE_HAN = 40
MAX_TERM_LENGTH = 30  # characters of a run that is a term, not a clause
MAX_PHRASE_WORDS = 8
# The Latin phrase after a term: past its closing quote and a comma or dash, up to the next mark;
# the phrase may be quoted itself (`the words 我好比, "I am like", sung slowly`).
_PHRASE_AFTER = re.compile(r"[\"”'’」』]?[ \t]*[,:–—-]?[ \t]*[\"“]?([A-Za-z][A-Za-z'’ -]*[A-Za-z])[\"”]?[ \t]*(?=[,.;:!?)\n|·•]|\Z)")
_PHRASE_BEFORE = re.compile(r"(?:^|(?<=[,;:(\n–—-])|(?<=[ \t]{2}))[ \t]*([A-Za-z][A-Za-z'’ -]*[A-Za-z])[ \t]*(?:[,:]|[ \t][–—-])?[ \t]*[\"“'‘「『]?[ \t]*\Z")
# A name in title case that ends right before the run: capitalized words, with `of`, `the`, `and` between.
_TITLED_NAME_BEFORE = re.compile(r"(?<![A-Za-z'’-])([A-Z][A-Za-z'’-]*(?: (?:(?:of|the|and|for|de) )*[A-Z][A-Za-z'’-]*)*)[ \t]*\Z")
# Chinese after the bracket: the bracket glossed a name inside a sentence (`埃里克爵士痛斥大都会警察局
# (Metropolitan Police)，说他们…`), not the whole run.
_CHINESE_GOES_ON = re.compile(r"[ \t\u3000]*[\u3400-\u9fff，、；：]")
_BRACKET_AFTER = re.compile(r"[\"”'’」』]?[ \t]*[(（]([^()（）\n]{2,200})[)）]")
# A rendering in quotes right after the run, or set between dashes, whole sentences included
# (`湖畔湖畔，永不言败！ — "Lakeside, Lakeside, we never admit defeat!"`, `“你是谁家的孩子？” — whose
# child are you? —`); a word that says it gives the meaning may come first (`, literally "add oil"`).
_RENDERING_CUE = r"[\"”'’」』]?[ \t]*(?:[,:;–—-][ \t]*)?(?:(?:literally|meaning|that means|which means|i\.e\.)[,:]?[ \t]*)?"
_QUOTE_AFTER = re.compile(_RENDERING_CUE + r"[\"“]([^\"“”\n]{2,240})[\"”]")
# In single quotes, an apostrophe between letters is no closing quote (`'I haven't eaten'`).
_SINGLE_QUOTE_AFTER = re.compile(_RENDERING_CUE + r"['‘]((?:[^'‘’\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){2,240})['’](?![A-Za-z])")
# `祝你们百年好合。 For everyone else: that means "I wish you…"`: a sentence that says it gives the
# meaning may open with a few words of its own.
_MEANING_AFTER = re.compile(r"[^\n\"“。！？]{0,40}?\b(?:(?:that|which|it|this) (?:means|meant|says)(?: something like| roughly)?"
                            r"|(?:is|was|are|were) (?:rendered|translated|glossed) as)[,:]?[ \t]*[\"“]"
                            r"([^\"“”\n]{2,240})[\"”]")
# `she waves us down with 快吃，快吃，凉了就不好吃了: eat, eat, it won't taste good once it's cold.`
_COLON_AFTER = re.compile(r"[\"”'’」』]?[ \t]*:[ \t]+([A-Za-z][^\n\"“”\u3400-\u9fff]{2,200}?[.!?])(?=\s|\Z)")
_DASHES_AFTER = re.compile(r"[\"”'’」』]?[ \t]*[–—][ \t]*([^–—\n\"“”]{2,200}?)[ \t]*[–—]")


def _phrase_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The English phrase right beside the run that translates it, by dictionary and length
    evidence, set off from the rest of its sentence by punctuation: `急诊 Emergency, 门诊
    Outpatients`, `shouted "新年快乐", Happy New Year,`, `"学而时习之，不亦说乎？" (Is it not a
    pleasure to learn…?)`. Machine translation leaves a clause inside a sentence that goes on in
    English (`the project 已于去年底全面完工 and is now in use`): the phrase reaches from the run to
    a mark, and a phrase before the run needs the run closed by a mark too, or they are no pair.
    A bracket right after the run renders it wherever the run stands (`changes from 正在为您寻找司机
    (looking for a driver) to …`): machine translation adds no English in brackets.
    find_leftovers asks only of runs short enough to be a term, or with a bracket after them."""
    short = end - start <= MAX_TERM_LENGTH and not _SENTENCE_PUNCT.search(text, start, end)
    start, end = _core_bounds(text, start, end)
    bracket = _BRACKET_AFTER.match(text, end)
    rendering = None if bracket else (_QUOTE_AFTER.match(text, end) or _SINGLE_QUOTE_AFTER.match(text, end)
                                      or _DASHES_AFTER.match(text, end) or _MEANING_AFTER.match(text, end)
                                      or _COLON_AFTER.match(text, end))
    if not (short or bracket or rendering):
        return None
    core = text[start:end]
    han = count_han(core)
    if han < MIN_HAN and not (han == 1 and _heads_definition(text, start, end)) or han > MAX_PHRASE_HAN:
        return None
    short = short and han <= MAX_GLOSS_HAN
    if short and _set_off_after(text, end):
        found = _translating(core, _PHRASE_BEFORE.search(text, max(0, start - 80), start))
        if found is not None:
            return found
    if short:  # `at Window of the World 世界之窗 metro station`: a name, then its characters
        found = _translating(core, _TITLED_NAME_BEFORE.search(text, max(0, start - 80), start))
        if found is not None:
            return found
    if bracket and LATIN_WORD_RE.search(bracket.group(1)) \
            and not CJK_CORE_RE.search(bracket.group(1)) and not _CHINESE_GOES_ON.match(text, bracket.end()):
        found = _translating(core, bracket, sentence=True)
        if found is not None:
            return found
    if rendering and LATIN_WORD_RE.search(rendering.group(1)) and not CJK_CORE_RE.search(rendering.group(1)):
        found = _translating(core, rendering, sentence=True)
        if found is not None:
            return found
    if not short:
        return None
    after = _PHRASE_AFTER.match(text, end)
    return _translating(core, after, sentence=_quoted(after)) or _phrase_in_sentence(text, start, end, core)


_RENDERING_MARK = re.compile(r"[(（\"“–—]")


def _quoted(phrase: re.Match | None) -> bool:
    """`reads 大明宣德年制, "Made in the Xuande reign of the Great Ming"`: a phrase in quotes is
    given as the rendering of the term before it, by its form, as a bracket is; like a
    sentence in a bracket it needs a translation's evidence, not a chance neighbour's."""
    if phrase is None:
        return False
    a, b = phrase.span(1)
    closing = phrase.string[b:b + 2].lstrip(".,!?")  # `"made in the … Great Ming."`: the stop inside
    return phrase.string[a - 1:a] in ('"', "“") and closing[:1] in ('"', "”")


# A phrase of the sentence: Latin words between marks (`, the English title, Farewell My Concubine.`).
_SENTENCE_PHRASE = re.compile(r"(?<=[,;:(–—])[ \t]*([A-Za-z][A-Za-z'’ -]*[A-Za-z])[ \t]*(?=[,;:.!?)–—]|\Z)")
_SENTENCE_BOUND = re.compile(r"[.!?。！？\n]")


_LIST_ITEM_BEFORE = re.compile(r"[A-Za-z][,，][ \t]*\Z")


def _phrase_in_sentence(text: str, start: int, end: int, core: str) -> tuple[int, int] | None:
    """`The poster shows the title 霸王别姬 … above the English title, Farewell My Concubine.`: a
    term named in an English sentence whose rendering the same sentence gives as a phrase set off
    by marks. A leftover clause's sentence goes on in English; it does not render it again."""
    line_start = text.rfind("\n", 0, start) + 1
    bound = None
    for bound in _SENTENCE_BOUND.finditer(text, line_start, start):
        pass
    lo = bound.end() if bound else line_start
    stop = _SENTENCE_BOUND.search(text, end)
    hi = stop.start() + 1 if stop else len(text)
    if count_han(text[lo:start]) or count_han(text[end:hi]):
        return None  # a Chinese sentence, or two terms: an English sentence names one
    if _LIST_ITEM_BEFORE.search(text, lo, start) and text.count(",", lo, hi) >= 2:
        return None  # `Lunch: noodles with minced meat, steamed fish, 蒜蓉生菜`: its siblings, not its rendering
    for phrase in _SENTENCE_PHRASE.finditer(text, lo, hi):
        if phrase.start() >= end or phrase.end() <= start:
            found = _translating(core, phrase)
            if found is not None:
                return found
    return None


def _translating(core: str, phrase: re.Match | None, sentence: bool = False) -> tuple[int, int] | None:
    """The offsets of the phrase's first group, if it translates `core`: a phrase of at most
    MAX_PHRASE_WORDS words, or (`sentence`) a bracket that holds a sentence."""
    if phrase is None:
        return None
    a, b = phrase.span(1)
    while a < b and phrase.string[a].isspace():
        a += 1
    while b > a and phrase.string[b - 1].isspace():
        b -= 1
    english = phrase.string[a:b]
    if not sentence and _continues_sentence(english):
        return None
    fits = sentence or english.count(" ") < MAX_PHRASE_WORDS
    return (a, b) if fits and translates(core, english, phrase=not sentence) else None


# Words that open a noun phrase (`No smoking`, `The Analects`, `Our school`).
_DETERMINERS = frozenset("a an the no this these those my your his her its our their every each some any all many".split())


def _continues_sentence(english: str) -> bool:
    """`北京大学 is in Beijing`, `, with free entry,`: a phrase that opens with a function word
    other than a determiner goes on with the sentence (a verb, a preposition, a conjunction); the
    rendering of a term is a name or a noun phrase."""
    first = english.split(" ", 1)[0].lower()
    if first == "do" and english.lower().startswith("do not "):
        return False  # `请勿投喂, do not feed.`: a sign's imperative, whole in itself
    return first in FUNCTION_WORDS and first not in _DETERMINERS


_OPENING_MARKS = frozenset("\"“'‘「『([（【,，;；:：–—-|/\n")
_CLOSING_MARKS = frozenset("\"”'’」』)]）】,，;；:：.。!！?？–—-|/\n")


def _set_off_before(text: str, start: int) -> bool:
    """Is the run at `start` set off from what precedes it (a line start, a quote, a mark)?"""
    i = start
    while i > 0 and text[i - 1] in _BLANK:
        i -= 1
    return i == 0 or text[i - 1] in _OPENING_MARKS


def _set_off_after(text: str, end: int) -> bool:
    """Is the run ending at `end` set off from what follows it (a line end, a quote, a mark)?"""
    j = end
    while j < len(text) and text[j] in _BLANK:
        j += 1
    return j == len(text) or text[j] in _CLOSING_MARKS


_HEADING_MARK = re.compile(r"(?:[ \t]*(?:#{1,6}|>)(?=[ \t]))?")
_LABEL_COLON = re.compile(r"[\u3400-\u9fff][:：]")
_DEFINITION_AFTER = re.compile(r"[ \t]*[–—:：=-][ \t]*[A-Za-z\"“]")
# `河 river, 洗 wash, 海 sea`: an entry opens a cell or follows another entry's comma, and its
# meaning runs to the next entry (a comma, then another character) or to the end of its cell.
_ENTRY_BEFORE = re.compile(r"(?:[|｜][ \t]*|[a-z][,;][ \t]+)\Z")
_ENTRY_AFTER = re.compile(r"[ \t]+[a-z][a-z' ]*(?:[;,][ \t]*[a-z][a-z' ]*)*(?=[,;][ \t]*[\u3400-\u9fff]|[ \t]*(?:[|｜]|\n|\Z))")


def _heads_definition(text: str, start: int, end: int) -> bool:
    """`爱 – love.`, `茶: tea`: one character opens its line (after a list mark, if any) and a dash
    or colon gives its meaning: an entry of a word list; or, in a run of such entries, it opens a
    cell or an item and its meaning follows up to the next mark (`| 河 river, 洗 wash, 海 sea |`).
    A lone character elsewhere is too short for a dictionary match to mean anything."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if (not before.strip() or _LIST_MARK.match(before) is not None) and _DEFINITION_AFTER.match(text, end) is not None:
        return True
    return _ENTRY_BEFORE.search(before) is not None and _ENTRY_AFTER.match(text, end) is not None


_LIST_MARK = re.compile(r"[ \t]*(?:[-*•·+]|\d{1,3}[.)、])[ \t]+\Z")
_CAPTION_MARK = re.compile(r"[ \t]*[A-Z][a-z]{2,12}[ \t]\d{1,3}[.:][ \t]+\Z")  # `Photo 3. `, `Figure 2: `


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_VISIBLE = re.compile(r"\S")


def _titles_the_page(text: str, start: int, end: int) -> bool:
    """`全职高手` on the first line, `The King's Avatar` on the next: a page that opens with a
    short Chinese line and an English line in title case under it gives its title in both
    languages (a book's, a film's, a post's), which a dictionary rarely matches. Only at the top:
    further down, a Chinese line above an English heading may be a section label left behind."""
    if _VISIBLE.search(text, 0, start) or text[end:end + 1] not in ("\n", "\r") \
            or count_han(text[start:end]) > MAX_GLOSS_HAN or _SENTENCE_PUNCT.search(text, start, end):
        return False
    line_end = text.find("\n", end + 1)
    below = text[end + 1:len(text) if line_end < 0 else line_end].strip()
    words = _TITLE_WORD.findall(below)
    return 2 <= len(words) <= MAX_HEADLINE_WORDS and not CJK_CORE_RE.search(below) \
        and below[-1:] not in ".!?:" and all(w[0].isupper() for w in words if len(w) > 3)


def _is_heading_half(text: str, start: int, end: int) -> bool:
    return _heading_english(text, start, end) is not None


def _heading_english(text: str, start: int, end: int) -> str | None:
    """The English half of the heading whose Chinese half text[start:end] is, or None.

    `Campus Lectures 校园讲座`: a short line of Latin words and this run, split by a space or bar;
    on a list line (`- 雨伞 umbrella`) only when the English scores as its translation, since a
    list item's English may be a note instead (`1. 红高粱家族 – Mo Yan`, paired as a list of originals).
    More Chinese on the line makes it a sentence around a name; a number in the Chinese that the
    English lacks makes the two different headings (`第三十七章 The Return`: chapter 37 is not
    `The Return`). A label's colon before the run or inside it makes it a field's value instead.
    """
    line_start, line_end = _line_bounds(text, start, end)
    left, right = _cell(text[line_start:start], text[end:line_end])
    left = left[len(_HEADING_MARK.match(left).group()):]  # `## 交通 Getting there`: the mark is markup
    listed = bool(_LIST_MARK.match(left))  # `- 雨伞 umbrella`: an entry when the English renders it
    if listed:
        left = ""
    if line_end - line_start > 100:
        return None
    if left.strip() and right.strip():
        return None
    other = left if left.strip() else right
    if left.strip() and (left[-1:] not in _HEADING_SEPARATORS or left.rstrip()[-1:] in ":：,，;；"):
        return None  # `Speaker: 李华教授`: a field's value; `Features: timer, 一键煮饭`: a list's item
    if _LABEL_COLON.search(text, start, end) and ":" not in other and "：" not in other:
        return None  # `当前位置：首页 > News`: a label and its value (`第一章：老房子` pairs with `Chapter 1: …`)
    if right.strip() and right[:1] not in _HEADING_SEPARATORS and text[end - 1] not in "︱｜":
        return None
    words = LATIN_WORD_RE.findall(other)
    if words and _runs_on(left, right, words):
        return None  # `Photo by 王芳`: the English runs on into the Chinese, a phrase left half done
    visible = [c for c in other if not c.isspace() and c not in _HEADING_SEPARATORS]
    letters = sum(c.isascii() and c.isalpha() for c in visible)
    heading = bool(words) and letters >= 0.7 * len(visible) and not other.rstrip().endswith(".") \
        and not CJK_CORE_RE.search(other) and not lacks_numbers(text[start:end], other) \
        and (not listed or translates(text[start:end], other))
    return other if heading else None


# A language named in itself, as a link to the page's other editions names it: facts, not a style.
LANGUAGE_NAMES = frozenset("中文 中文版 简体 繁体 繁體 简体中文 繁体中文 繁體中文 简中 繁中 汉语 漢語 华语 華語 "
                           "国语 國語 普通话 普通話 粤语 粵語 日本語 日本语 日文 韩文 韓文 韩语 韓語 英文 英文版 英语 英語".split())
_PATH_SEPARATORS = ">/|»›｜︱·•"


MAX_MENTION_HAN = 4
# On a page that gives three times as many of its units deliberately as it leaves, example phrases
# of a grammar note (`我把书看完了 or 我把书放在桌子上`, `一, 十一, 第一`) are named in its prose too.
MAX_EXAMPLE_HAN = 8
EXAMPLE_BALANCE = 3
_NOT_CONTENT = frozenset((LEFTOVER, REGISTRATION, LANGUAGE_LINK))


def _balance(found: list[Leftover]) -> tuple[int, int]:
    """(units given deliberately as content, leftovers): which way a page's Chinese leans. Filing
    numbers and links to other editions say nothing of it."""
    return sum(lo.intent not in _NOT_CONTENT for lo in found), sum(lo.intent == LEFTOVER for lo in found)


_JOINING_WORDS = re.compile(r"[ \t]*,?[ \t]+(?:and|or|not|never|nor|than|but|versus|vs\.?)[ \t]+")


def _few_terms(core: str, longest: int = MAX_MENTION_HAN) -> bool:
    """`四`, `两, not 二`, `爱 and 愛`: one short term, or a few joined by English words (or, for
    examples of `longest` characters, listed with commas); a clause has its own punctuation and
    runs longer."""
    terms = (_JOINING_WORDS if longest == MAX_MENTION_HAN else _LISTED).split(core)
    return all(count_han(t) <= longest and not _SENTENCE_PUNCT.search(t) for t in terms)


def _mentioned_terms(text: str, found: list[Leftover]) -> None:
    """`Avoid the number four, because 四 sounds like 死`: on a page whose Chinese is mostly given
    deliberately (glossed, explained, translated), a term of a few characters set in an English
    sentence is named, not left untranslated: a page that discusses Chinese words mentions more of
    them than it explains. Machine translation leaves clauses, sentences and labels; on a page of
    such leftovers the deliberate units are few, and its short terms stay leftovers (but see
    _only_terms_left)."""
    deliberate, left = _balance(found)
    if not left or deliberate < 2 or deliberate < left:
        return
    longest = MAX_EXAMPLE_HAN if deliberate >= EXAMPLE_BALANCE * left else MAX_MENTION_HAN
    for lo in found:
        if lo.intent == LEFTOVER and _few_terms(lo.text.strip(_EDGE_MARKS), longest) and _in_english_prose(text, lo):
            lo.intent = MENTION


def _only_terms_left(text: str, found: list[Leftover]) -> None:
    """Every term of a page that gives some Chinese deliberately is named, when all the page
    leaves unexplained are such terms, each inside an English sentence (`a plate of 干煸四季豆,
    green beans fried…`, `the pharmacy, 回春堂. Now a phone stall`): a page left half translated
    leaves something longer too, a clause, a sentence or a label. Asked once every other rule has
    spoken."""
    deliberate, left = _balance(found)
    if not left or not deliberate:
        return
    leftovers = [lo for lo in found if lo.intent == LEFTOVER]
    if all(_one_term(lo.text.strip(_EDGE_MARKS)) and _between_english_words(text, lo) for lo in leftovers):
        for lo in leftovers:
            lo.intent = MENTION


MAX_NAMED_TERM_HAN = 6
_WORD_RIGHT_BEFORE = re.compile(r"[A-Za-z]{2,}[,;:]?[ \t\u3000]+[\"“‘'(]?\Z")
_WORD_RIGHT_AFTER = re.compile(r"[\"”’')]?[ \t\u3000]*[,;:.]?[ \t\u3000]*(?:[A-Za-z]|\((?=[A-Za-z]))")


def _between_english_words(text: str, lo: Leftover) -> bool:
    """Does an English word stand right before the unit and English go on right after it, on its
    line (`a plate of 干煸四季豆, green beans…`)?"""
    line_start = _line_bounds(text, lo.start, lo.end)[0]
    return text.count("|", line_start, lo.start) < 2 and bool(_WORD_RIGHT_BEFORE.search(text, line_start, lo.start)) \
        and bool(_WORD_RIGHT_AFTER.match(text, lo.end))


def _one_term(core: str) -> bool:
    """A term of a few characters, without a mark of a clause or list inside it."""
    return count_han(core) <= MAX_NAMED_TERM_HAN and not _SENTENCE_PUNCT.search(core)


def _in_english_prose(text: str, lo: Leftover) -> bool:
    """Is the unit set in a line of English prose, with English words before it and after it (or
    the end of the English sentence it closes: `… on the family altar, was 陈德兴.`, or of a line
    whose words run on into it: `including 学而 and 为政`)? A table's cell is no term in prose: its
    row gives or lacks its English; nor is the value after a label (`Editor: 张明`). But a cell
    that holds a note in English is prose of its own (`| Use 账号, not the older variant 帐号. |`)."""
    line_start, line_end = _line_bounds(text, lo.start, lo.end)
    if text.count("|", line_start, line_end) >= 2:
        line_start = text.rfind("|", line_start, lo.start) + 1
        bar = text.find("|", lo.end, line_end)
        line_end = line_end if bar < 0 else bar
        if not line_start or len(LATIN_WORD_RE.findall(text, line_start, line_end)) < MIN_NOTE_WORDS:
            return False
    return bool(LATIN_WORD_RE.search(text, line_start, lo.start)) and bool(
        LATIN_WORD_RE.search(text, lo.end, line_end) or _ENDS_ENGLISH_SENTENCE.match(text, lo.end)
        or not text[lo.end:line_end].strip() and _RUNS_INTO.search(text, line_start, lo.start))


_RUNS_INTO = re.compile(r"[a-z]{2,}[ \t]+\Z")
MIN_NOTE_WORDS = 3  # English words a table's cell holds to be a note in prose


MAX_SENTENCE_GLOSS_HAN = 8
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|[。！？\n]")
_LABEL_AFTER = re.compile(r"[ \t]*[:：]")


def _glossed_in_sentence(text: str, found: list[Leftover]) -> None:
    """`力 is strength and 勇 is courage`, `Stuffed snails from the Li River, 田螺酿`, `The line
    reading 干红葡萄酒 simply means "dry red wine"`: a short term whose every dictionary word the
    English of its own sentence glosses is explained there, however the sentence is built. The
    English around a term that machine translation left lacks what the term says. A table's cell
    and a label (`年: The year 2024 was…`) are left out: their row or value is English about
    something else, which may share a word with them by chance."""
    for lo in found:
        if lo.intent != LEFTOVER:
            continue
        core = lo.text.strip(_EDGE_MARKS)
        if count_han(core) > MAX_SENTENCE_GLOSS_HAN or _SENTENCE_PUNCT.search(core):
            continue
        line_start, line_end = _line_bounds(text, lo.start, lo.end)
        if text.count("|", line_start, line_end) >= 2 or text.count("\t", line_start, line_end) >= 2 \
                or _LABEL_AFTER.match(text, lo.end):
            continue
        bracket = _BRACKET_AFTER.match(text, lo.end)
        if bracket and _CHINESE_GOES_ON.match(text, bracket.end()):
            continue  # `王明教授 (Professor Wang Ming) 在会上…`: the term opens a Chinese sentence
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, line_start, lo.start)]
        stop = _SENTENCE_STOP.search(text, lo.end, line_end)
        english = text[stops[-1] if stops else line_start:lo.start] + " " + text[lo.end:stop.start() if stop else line_end]
        if gives_every_word(core, HAN_RUN_RE.sub(" ", english)):
            lo.intent = GLOSSED_IN_SENTENCE


_FIGURE_BESIDE = re.compile(r"\d[ \t]?\Z")
_LISTED = re.compile(rf"[ \t]*[,、，][ \t]*|{_JOINING_WORDS.pattern}")


def _lone_characters(text: str, found: list[Leftover]) -> None:
    """`think 得`, `the traditional form 荳`, `is it 的 or 得?`: one character standing alone on a line
    of English (or a few listed, each alone) is named as a character. Machine translation leaves what it could not render,
    a clause, a label or a name, never one character by itself. Left out: a table's cell and a
    label (`注: The figures…`), where a character is a word of the page's furniture, and a
    character beside a figure (`D7506 次`, `约3000`), a unit or word of Chinese that the figure
    began."""
    for lo in found:
        if lo.intent != LEFTOVER:
            continue
        core = lo.text.strip(_EDGE_MARKS)
        listed = all(len(term) == 1 and HAN_RUN_RE.match(term) for term in _LISTED.split(core))
        # `took 永, our grandfather's 德, our fathers' 家`: characters that English words join
        joined = LATIN_WORD_RE.search(core) and all(len(run) == 1 for run in HAN_RUN_RE.findall(core))
        if not (listed or joined):
            continue
        line_start, line_end = _line_bounds(text, lo.start, lo.end)
        if text.count("|", line_start, line_end) >= 2 or text.count("\t", line_start, line_end) >= 2 \
                or _LABEL_AFTER.match(text, lo.end):
            continue
        if _FIGURE_BESIDE.search(text, line_start, lo.start) or text[lo.end:lo.end + 2].lstrip(" ")[:1].isdigit():
            continue
        line = text[line_start:line_end]
        if len(LATIN_WORD_RE.findall(line)) >= 2 and count_latin_letters(line) > 2 * count_han(line):
            lo.intent = LONE_CHARACTER


MIN_DISCUSSED_CHARACTERS = 2
MAX_DISCUSSED_HAN = 40


def _discussed_characters(found: list[Leftover]) -> None:
    """`The line of the poem reads: 永德家声远，崇文世泽长` … `our grandfather's generation took 德,
    our fathers' 家`: a page that names two characters or more one by one, alone in English
    sentences, is taking apart the Chinese that holds them, a poem line, an inscription, a name or
    a learner's example (`is it 的 or 得?` … `"他跑得很快"`). A short leftover that holds one of
    them is the text under discussion. Machine translation leaves no single characters, so a page
    of leftovers has none to point with."""
    singled = {ch for lo in found if lo.intent == LONE_CHARACTER for ch in HAN_RUN_RE.findall(lo.text)}
    if len(singled) < MIN_DISCUSSED_CHARACTERS:
        return
    for lo in found:
        if lo.intent == LEFTOVER and count_han(lo.text) <= MAX_DISCUSSED_HAN \
                and any(ch in lo.text for ch in singled):
            lo.intent = DISCUSSED


MIN_FIELD_LINES = 3
_CHINESE_LABEL = re.compile(r"[ \t]*[\u3400-\u9fff]{2,8}[ \t]*[:：]")


def _field_labels_among_fields(text: str, found: list[Leftover]) -> None:
    """`展出时间: December 3…` / `展出地点: Exhibition Hall, 2nd Floor…` / `参观须知: 展厅内…`: in a
    block of lines that each open with a Chinese label, most of them left untranslated, the
    English after one label is its value, not its meaning; a glossary block renders its terms
    alike (`茶: tea` / `水: water`)."""
    by_line: dict[int, Leftover] = {}
    for lo in found:
        line_start = text.rfind("\n", 0, lo.start) + 1
        if lo.start - line_start <= 2 and _CHINESE_LABEL.match(text, line_start):
            by_line.setdefault(line_start, lo)
    block: list[Leftover] = []
    for line_start in sorted(by_line):
        if block and text.count("\n", block[-1].start, line_start) != 1:
            _demote_rendered_labels(block)
            block = []
        block.append(by_line[line_start])
    _demote_rendered_labels(block)


def _demote_rendered_labels(block: list[Leftover]) -> None:
    left = sum(lo.intent == LEFTOVER for lo in block)
    if len(block) >= MIN_FIELD_LINES and 2 * left > len(block):
        for lo in block:
            if lo.intent == PHRASE:
                lo.intent, lo.translation = LEFTOVER, None


MIN_EDITION_PAIRS = 3
MIN_EDITION_SENTENCE_HAN = 10
MAX_EDITION_LABEL_HAN = 12


def _edition_furniture(text: str, found: list[Leftover]) -> None:
    """`来源:中国日报`, `责任编辑:刘洋` at the foot of a page that gives sentence after sentence
    with its translation: such a page is a bilingual edition, and its short Chinese labels
    (source, editor, section) belong to the Chinese half as much as its sentences do. Only short
    labels: an untranslated sentence or clause among the pairs is still a leftover, and a page
    with fewer than MIN_EDITION_PAIRS sentence pairs that verify well (weak ones may be leftovers
    on the same subject: _doubted_pairs), or no more of them than leftovers, gives no sign of
    being an edition in two languages."""
    pairs = sum(lo.intent == BILINGUAL and count_han(lo.text) >= MIN_EDITION_SENTENCE_HAN
                and (lo.score is None or lo.score >= WEAK_PAIR_SCORE) for lo in found)
    left = [lo for lo in found if lo.intent == LEFTOVER]
    if pairs < MIN_EDITION_PAIRS or pairs <= len(left):
        return
    verse = _verse_lines(text, left)
    for lo in left:
        core = lo.text.strip(_EDGE_MARKS)
        if count_han(core) <= MAX_EDITION_LABEL_HAN and not _FULL_STOP.search(core) and not _CLAUSE_COMMA.search(core) \
                and lo.start not in verse:
            lo.intent = EDITION


def _verse_lines(text: str, left: list[Leftover]) -> set[int]:
    """Starts of leftovers that fill a line of their own, without a label's colon, next to another
    such line: lines of a verse or a paragraph left in Chinese, not labels of an edition (`来源：…`
    and `编辑：…` stand together too, but each names its field)."""
    alone = {}
    for lo in left:
        line_start, line_end = _line_bounds(text, lo.start, lo.end)
        line = text[line_start:line_end]
        if line.strip() == lo.text.strip() and ":" not in line and "：" not in line:
            alone[line_start] = (lo.start, line_end)
    out = set()
    for line_start, (start, line_end) in alone.items():
        before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else None
        if line_end + 1 in alone or before is not None and before in alone and before != line_start:
            out.add(start)
    return out


_FULL_STOP = re.compile("[。！？!?]")
_CLAUSE_COMMA = re.compile("[\u3400-\u9fff][，,][\u3400-\u9fff]")  # a label has no clauses
_ENDS_ENGLISH_SENTENCE = re.compile(r"[\"”’'」)）]?[.!?](?:[ \t]|$)", re.M)
WEAK_PAIR_SCORE = 0.38


def _doubted_pairs(text: str, found: list[Leftover]) -> None:
    """On a page whose Chinese is mostly left untranslated, a sentence or paragraph that verifies
    only weakly against the English beside it is more likely one more leftover on the same subject
    (`Each applicant may apply for one program. 如发现重复申请,将取消其申请资格。`) than a
    translated original: the page gives no other sign of a bilingual layout; so is the Chinese half
    of a heading that its English half does not render. The weak pairs themselves do not count
    towards the page's deliberate side. One leftover is not enough, even where nothing else on the
    page is deliberate: on WMT20 stories a true pair that scores weakly beside one untranslated
    sentence is common (deliberate Han flagged 0.038 -> 0.115 when it was). A page that gives most
    of its Chinese deliberately keeps its weak pairs and loose headings (loose translations are its
    kind)."""
    deliberate, left = _balance(found)
    weak = sum(lo.intent == BILINGUAL and lo.score is not None and lo.score < WEAK_PAIR_SCORE for lo in found)
    if left < 2 or left <= deliberate - weak:
        return
    for lo in found:
        if lo.intent == BILINGUAL and lo.score is not None and lo.score < WEAK_PAIR_SCORE:
            lo.intent, lo.translation = LEFTOVER, None
        elif lo.intent == HEADING and not _rendered_heading(text, lo):
            lo.intent = LEFTOVER  # a heading half its English does not render, among leftovers


MIN_REPEATED_HAN = 2
MIN_QUOTED_HAN = 6  # a unit this long found inside a translated original quotes a part of it


def _repeated_originals(found: list[Leftover]) -> None:
    """`Title: 月亮代表我的心` below the lyric line `月亮代表我的心。` that the page translates: a unit
    whose text is that of an original the page gives deliberately elsewhere (translated, glossed or
    explained), or a long part of one, quotes the page's own original again, in a caption, a field
    or a note. A leftover that repeats only other leftovers stays one."""
    originals = {lo.text.strip(_EDGE_MARKS) for lo in found if lo.intent not in (LEFTOVER, REGISTRATION)}
    if not originals:
        return
    joined = "\n".join(originals)  # one search for a part of any original (a unit never holds a newline)
    for lo in found:
        if lo.intent == LEFTOVER:
            core = lo.text.strip(_EDGE_MARKS)
            han = count_han(core)
            if han >= MIN_REPEATED_HAN and (core in originals or han >= MIN_QUOTED_HAN and core in joined):
                lo.intent = REPEATED


_EDGE_MARKS = " \t\u3000\"“”'‘’「」『』《》()（）。，,.!！?？:：;；"


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding text[start:end] starts and ends (its newline, or the text's end)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _runs_on(left: str, right: str, words: list[str]) -> bool:
    """Does the English beside a run, parted from it by blanks only, end (before it) or start in
    lower case (after it) with a function word, so that the two read as one phrase (`Photo by 王芳`,
    `北京 and beyond`)? A heading's halves are each whole (`住宿 Where to stay`); a separator (`/`,
    `|`) parts two renderings."""
    if left.strip():
        return left[-1:] in " \t" and left.rstrip(" \t")[-1:].isalpha() and words[-1].lower() in FUNCTION_WORDS
    return right[:1] in " \t" and right.lstrip(" \t")[:1].islower() and words[0] in FUNCTION_WORDS \
        and words[0] not in _ARTICLES  # `一条鱼 a fish`: an article opens the rendering, a noun phrase


_ARTICLES = frozenset(("a", "an", "the"))


def _rendered_heading(text: str, lo: Leftover) -> bool:
    """Does the English half of the heading whose Chinese half `lo` is translate it?"""
    start, end = _core_bounds(text, lo.start, lo.end)
    other = _heading_english(text, start, end)
    return other is not None and translates(text[start:end], other)


_BAR = re.compile(r"[ \t]*[|｜][ \t]*|[ \t]+[·•][ \t]+")


def _cell(left: str, right: str) -> tuple[str, str]:
    """The text before and after a run within its cell of a barred line (`© Suzhou Silk Museum
    苏州丝绸博物馆 | 苏ICP备…`): the bars part a footer's or menu's items, each a heading of its own,
    unless the run's cell holds nothing else."""
    cell_left, cell_right = left, right
    bar = _BAR.search(right)
    if bar:
        cell_right = right[:bar.start()]
    bars = [m.end() for m in _BAR.finditer(left)]
    if bars:
        cell_left = left[bars[-1]:]
    if not (cell_left.strip() or cell_right.strip()):
        return left, right  # `Campus Lectures | 校园讲座`: the bar parts the heading's two halves
    return cell_left, cell_right


MIN_SENTENCE_HEADING_HAN = 8  # a Chinese half this long says what a short English label cannot


def _confirm_crumbs(text: str, found: list[Leftover]) -> None:
    """`Home > News > 正文` on a page whose Chinese translates nothing: one item of a path or menu
    whose English items do not render it is bilingual only by the page's design (an edition that
    gives both languages throughout, where other Chinese verifies against its English, or another
    heading's English renders it); on an English page otherwise it is a CMS label left in the
    source language. A link to another edition names its language in that language (`English |
    中文`) and stays."""
    if any(lo.intent == BILINGUAL for lo in found):
        return
    unconfirmed = []
    for lo in found:
        if lo.intent == HEADING:
            if _rendered_heading(text, lo):
                return
            start, end = _core_bounds(text, lo.start, lo.end)
            if _in_path(text, start, end) and text[start:end] not in LANGUAGE_NAMES \
                    or count_han(text[start:end]) >= MIN_SENTENCE_HEADING_HAN:
                unconfirmed.append(lo)  # `[Photo] 大家在盐田港观景台合影`: a caption, not a heading's half
    for lo in unconfirmed:
        lo.intent = LEFTOVER


def _in_menu(text: str, start: int, end: int) -> bool:
    """`简体 | 繁體 | English`: is the run an item of a menu (a separator beside it), or alone on a
    short line?"""
    if _in_path(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


def _in_path(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an item of a path or menu: a separator such as `>` or `|` beside it?"""
    return text[:start].rstrip(" \t")[-1:] in _PATH_SEPARATORS and start > 0 \
        or text[end:end + 3].lstrip(" \t")[:1] in _PATH_SEPARATORS and text[end:end + 3].strip(" \t") != ""


def _is_registration(core: str) -> bool:
    """`京ICP备12345678号-1`, `沪公网安备 31010402000001号`: a short run around a filing number."""
    return len(core) <= MAX_REGISTRATION_LENGTH and _FIVE_DIGITS.search(core) is not None \
        and bool(_REGISTRATION.search(core)) and count_han(core) <= MAX_REGISTRATION_HAN


# Earlier values of a numbered field (`1. 围城 2. `): marks and Chinese, no Latin word.
_NUMBERED_VALUES = re.compile(r"(?:[ \t]*\d{1,2}[.)、][ \t]*[^A-Za-z\n:：]*?)+\Z")


def _is_original_field(text: str, start: int, end: int) -> bool:
    """`Original title: 英雄本色`, `Chinese name: 张三`, `Chinese titles: 1. 围城 2. 骆驼祥子`: the
    value of a field that asks for the original, or one item of its numbered values."""
    before = text[max(0, start - 60):start]
    if before.rstrip(" \"“'‘「《")[-1:] not in (":", "："):  # no label right before: skip the search
        numbered = _NUMBERED_VALUES.search(before) if before.rstrip(" \t")[-1:] in (".", ")", "、") else None
        if not numbered:
            return False
        before = before[:numbered.start()]
        if before.rstrip(" \t")[-1:] not in (":", "："):
            return False
    return bool(_ORIGINAL_FIELD.search(before.rsplit("\n", 1)[-1]))


NOT_ENGLISH_SHARE = 0.5  # CJK letters among all letters: a page mostly in the source language
MIN_FOREIGN_LETTERS = 10
LETTER_CHUNK = 1 << 16  # characters whose Latin letters are counted before comparing again


def script_shares(text: str, ascii_view: bytes | None = None) -> dict[str, float] | None:
    """For a text that is mostly Chinese, Japanese or Korean (not an English page with text left
    in), the share of each script among its letters; None for anything else. Han characters and
    Latin letters are counted alike: that undercounts the Chinese content, so a page judged
    foreign is foreign beyond doubt. `ascii_view` is `text.encode("ascii", "replace")` where the
    caller has it (Context.ascii_view): the characters outside ASCII and the Latin letters are
    counted in it."""
    if ascii_view is None:
        ascii_view = text.encode("ascii", "replace")
    marks = ascii_view.count(b"?")  # the characters outside ASCII, and the text's own `?`
    latin = 0
    for at in range(0, len(ascii_view), LETTER_CHUNK):  # an English page is told by its first chunks
        latin += count_ascii_letters(ascii_view[at:at + LETTER_CHUNK])
        if marks <= latin:
            return None
    if marks - text.count("?") <= latin:
        return None  # fewer non-ASCII characters than Latin letters: mostly English at worst
    han = count_han(text)
    kana = sum(map(len, KANA_RE.findall(text)))
    hangul = sum(map(len, HANGUL_RE.findall(text)))
    cjk = han + kana + hangul
    if cjk < MIN_FOREIGN_LETTERS or cjk < NOT_ENGLISH_SHARE * (cjk + latin):
        return None
    if han and cjk - _deliberate_han(text) < latin:
        return None  # most of its Chinese translates the English beside it: a bilingual page
    total = cjk + latin
    return {name: round(n / total, 3) for name, n in
            (("Han", han), ("Kana", kana), ("Hangul", hangul), ("Latin", latin)) if n}


def _deliberate_han(text: str) -> int:
    """Han characters of the runs that are deliberate (translated by the English beside them, or
    glosses and names): a short bilingual page holds more Han than Latin letters, since a Han
    character carries what several letters spell, yet it is an English page with its original."""
    return sum(count_han(lo.text) for lo in find_leftovers(text) if lo.deliberate)
