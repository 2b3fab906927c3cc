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
import operator
import re
from functools import lru_cache
from itertools import accumulate, compress, repeat

from .bilingual import (LENGTH_LIMIT, LENGTH_SLACK, LOG_RATIO_MEAN, LOG_RATIO_SPREAD, Chinese, English, covered_share,
                        dictionary_share, own_evidence, senses_given, shares_both_ways, translation_score)
from .lexicon import FUNCTION_WORDS
from .scripts import HAN_RUN_RE, count_ascii_letters, count_han

# On the 2,001 WMT19 zh-en pairs: 6.5% of translations score below THRESHOLD and 0.2% of the
# neighbouring (untranslated) sentences reach it. A sentence of MIN_WORDS_HALVED dictionary words
# or more, whose one-character words cover English words by half (bilingual.py), needs
# LONG_THRESHOLD: the same share of WMT19 translations passes (1,879 against 1,880 before the
# halving), and fewer neighbours (8 against 9; on WMT20, 7 against 12, with 1,387 translations
# against 1,384).
THRESHOLD = 0.24
LONG_THRESHOLD = 0.23
PHRASE_THRESHOLD = 2 * THRESHOLD  # a term and the English phrase beside it (leftovers.py)
LAYOUT_THRESHOLD = THRESHOLD / 2  # a loose paragraph on a page whose other paragraphs verify
MIN_PARAGRAPH_LETTERS = 20
LIST_THRESHOLD = 0.3     # a list item is compared with many lines, so it needs stronger evidence
MIN_HAN = 2
MIN_PART_HAN = 4         # a part of a run set off by a space, judged on its own
# A part of which the English gives less is no part of its translation: 448 of 468 WMT20 sentences
# checked against the English of the sentence before them fall below it, none of the 7 WMT19/20
# translations whose Chinese a space parts (their parts cover 0.2 at least).
MIN_PART_COVER = 0.15
LINE_REACH = 1           # non-empty lines on each side
LIST_REACH = 40          # lines on each side searched for the translations of a list of originals
MIN_DIALOGUE_LINES = 3   # lines of a dialogue given whole in each language before the order of speakers pairs them
MAX_LIST_HAN = 80
MAX_ITEM_NOTE = 160      # characters of a note after an original in a list (`2. 狼图腾 – Jiang Rong, 2004`)
BLOCK_REACH = 4          # lines: a Chinese block and its English block next to each other
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_CHINESE_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])")  # Chinese puts no space inside a sentence
_LETTER = re.compile(r"[A-Za-z]")
_SENTENCE_MARKS = re.compile("[。！？]")
_CLOSING_QUOTES = "”’」』\"' \t"
# `County Magistrate Zhao pointed out: 今年…。要…。`: an English frame whose words the Chinese
# completes. The speech it frames, of more than one sentence, is translated on its own line if
# anywhere; a paragraph on the same subject nearby is the translation of other words.
_FRAME_BEFORE = re.compile(r"\b[a-z]{2,}[:,][ \t]*[\"“]?\Z")
_ENGLISH_SENTENCE = re.compile(r"[A-Za-z]+(?:[ ,'-]+[A-Za-z]+)+[.!?]")
_WHOLE_SENTENCE = re.compile(r"[A-Za-z]+(?:[^A-Za-z\n]+[A-Za-z]+){3,}[^A-Za-z\n]*?[.!?。！？]")  # four words or more, and a stop


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


NAMED_SENTENCE_WEIGHT = 5  # dictionary words (by weight) of a Chinese sentence that says more than a name


def _rests_on_a_name(chinese: str, english: str) -> bool:
    """`Party Secretary Zhang Hua chaired the meeting.` / `张华强调，要深入学习…`: a name in Pinyin
    ties two sentences on one subject, and machine translation leaves the leader's words in
    Chinese right after the English that names him. A sentence that says more than the name needs
    its translation's evidence without the name; a name given alone pairs by the name."""
    en = _english(english)
    if not en.names:
        return False
    zh = _chinese(chinese)
    return zh.total >= NAMED_SENTENCE_WEIGHT and translation_score(zh, en, names=False) < _threshold(chinese)


MIN_SPLIT_SENTENCES = 3


def untranslated_tail(chinese: str, english: str) -> int | None:
    """Where the sentences that `english` does not translate begin, at the end of a paragraph whose
    first sentences it does (`因…停水。请…储水。另外，地下车库…封闭三天…。` beside English on the water
    cut alone), or None. The tail's every sentence finds less than MIN_PART_COVER of its dictionary
    words in the English, figures aside, and the head alone scores better than the whole: a loose
    translation renders each sentence a little; a half-translated one renders the last ones not at all.
    On WMT20 stories of three to five sentences, 2 of 351 whole translations are split, and 249 of
    351 paragraphs whose English lacks the last sentence."""
    sentences = [m for m in _CHINESE_SENTENCE.finditer(chinese) if count_han(m.group()) >= MIN_HAN]
    if len(sentences) < MIN_SPLIT_SENTENCES:
        return None
    en = _english(english)
    k = len(sentences)
    while k > 0 and dictionary_share(_chinese(sentences[k - 1].group()), en) < MIN_PART_COVER:
        k -= 1
    if k == len(sentences) or k < 2:
        return None
    head = chinese[:sentences[k].start()]
    return sentences[k].start() if _score(head, english) > _score(chinese, english) else None


def _threshold(chinese: str) -> float:
    """The score a translation of `chinese` needs: less for a long sentence, whose score the
    halved cover of one-character words lowers."""
    return LONG_THRESHOLD if _chinese(chinese).halved else THRESHOLD


def translates(chinese: str, english: str, phrase: bool = False) -> bool:
    """Does `english` score as a translation of `chinese` on its own (no layout, no neighbours)?
    A `phrase` of a few words beside a term needs PHRASE_THRESHOLD: in so few words one chance
    gloss is a large share, while a term and its rendering account for each other nearly whole."""
    return _score(chinese, english) >= (PHRASE_THRESHOLD if phrase else _threshold(chinese))


def gives_every_word(chinese: str, english: str) -> bool:
    """Does `english` give a sense of every dictionary word of `chinese`? Said of a short term and
    the sentence around it: an English sentence that names each part of a term it holds explains
    the term, while the English around a term that machine translation left is missing exactly
    what the term says. The pooled stems are asked first; few terms get as far as their senses."""
    zh = _chinese(chinese)
    return zh.total > 0 and covered_share(zh, _english(english)) >= 1.0 and senses_given(chinese, english)


def lacks_numbers(chinese: str, english: str) -> bool:
    """Does `chinese` hold a number (in figures or spelled out) that `english` does not?"""
    zh = _chinese(chinese)
    if not (zh.numbers or zh.spelled):
        return False
    en = _english(english)
    return not (zh.numbers | zh.spelled) <= (en.numbers | en.spelled)


def _value_translated(field: tuple[str, str] | None, english: str) -> bool:
    """`报告人：吴强教授` beside `Lecture notice`: a label and its value are both to be
    translated, so the value needs evidence of its own (a gloss that the label does not already
    give, a name in Pinyin, a number); one gloss shared with the label is no translation of the
    name after it."""
    if field is None:
        return True
    label, value = field
    zh_label, zh_value, en = _chinese(label), _chinese(value), _english(english)
    if not own_evidence(zh_value, zh_label, en):
        return False
    # `推荐阅读:《丝绸之路音乐史》` beside `Music in this episode…`: a field is translated as a field
    # (`Recommended reading: …`), so a short field's English is labelled too, or names its label.
    short_field = zh_label.han <= MAX_FIELD_LABEL_HAN and zh_value.han <= MAX_FIELD_VALUE_HAN \
        and value.rstrip()[-1:] not in "。！？.!?"
    return not short_field or ":" in english or "：" in english \
        or not (en.counts.keys() | en.joined).isdisjoint(zh_label.stems)


MAX_FIELD_LABEL_HAN = 4
MAX_FIELD_VALUE_HAN = 15
SHORT_UNIT_HAN = 25      # a caption, headline or notice: few words, so a few shared ones weigh much
ACCOUNTED = 0.4          # about the lowest tenth of the English share among WMT translations
MAX_UNACCOUNTED = 3      # content words a side may leave unexplained below that share
CHINESE_SURPLUS = 2 * LENGTH_SLACK  # spreads of the length model: English too short for the Chinese


def _unaccounted(share: float, words: float) -> bool:
    """Is most of one side (less than ACCOUNTED), and three words or more of it, unexplained?"""
    return share < ACCOUNTED and words * (1 - share) >= MAX_UNACCOUNTED


def accounted_both_ways(chinese: str, english: str) -> bool:
    """Do a short Chinese line and the English it would pair with account for each other?

    A caption or headline shares its subject, names and numbers with the body sentence next to
    it (`丽江古城的夜景。` beside `Lijiang's old town has been a World Heritage Site since
    1997.`): most of the caption is in the sentence, so the score's geometric mean passes, but
    most of the sentence is not in the caption. A translation says what its original says, so
    English that leaves most of itself unexplained, and more of itself than of the Chinese, is
    another sentence on the same subject (where both sides are thinly explained alike, as in a
    quoted remark with a foreign name, the score alone decides). The
    Chinese side is held to the same when the English is shorter than the length model allows
    (beyond CHINESE_SURPLUS spreads: `图为工作人员在车站检查新列车的车门。` under `The new train at
    the station.`), since a dictionary misses more Chinese words of a true translation than English
    ones. Only short units are held to it: a long one has words enough for the score alone, and
    two sentences or more (a quatrain, a short notice) are no caption or headline."""
    zh = _chinese(chinese)
    if zh.han > SHORT_UNIT_HAN or len(_SENTENCE_MARKS.findall(chinese.rstrip(_CLOSING_QUOTES))) >= 2:
        return True
    en = _english(english)
    if _adds_numbers(chinese, zh, en):
        return False
    chinese_share, english_share = shares_both_ways(zh, en)
    words = en.tokens + len(zh.latin) + len(en.numbers)
    if english_share < chinese_share and _unaccounted(english_share, words) \
            and not (_headline(chinese) and _headline(english)):
        return False
    deviation = (math.log((en.length + 1) / (zh.han + 1)) - LOG_RATIO_MEAN) / LOG_RATIO_SPREAD
    return not (deviation < -CHINESE_SURPLUS and _unaccounted(chinese_share, zh.total + len(zh.numbers | zh.spelled)))


_FIGURE = re.compile(r"(?<![\d.,:])\d[\d.,:]*\d|\d")
_FIGURE_PARTS = re.compile(r"[.,:]")
# A month or day, a century or decade (`20世纪60年代`: the 1960s): figures English writes otherwise.
_OTHERWISE_WRITTEN = re.compile(r"[ \t]*(?:[月日号时点分秒]|世纪|年代)")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _significant(figure: str) -> str:
    """`45,000`, `4.5` (of `4.5万`) and `0.45` alike: the digits without separators or the zeros
    at either end, so that a figure and its rendering with another scale word compare equal."""
    return figure.replace(",", "").replace(".", "").replace(":", "").strip("0")


@lru_cache(maxsize=8192)
def _wanted_figures(chinese: str) -> frozenset[str]:
    """The figures of two digits or more that a translation of `chinese` must render, by their
    significant digits; read once per unit, not once per candidate English."""
    chinese = chinese.translate(_WIDE_DIGITS)
    return frozenset(_significant(m.group()) for m in _FIGURE.finditer(chinese)
                     if len(_FIGURE_PARTS.sub("", m.group())) >= 2
                     and not _OTHERWISE_WRITTEN.match(chinese, m.end())) - {""}


def drops_a_figure(chinese: str, english: str) -> bool:
    """Does English that gives figures of its own render fewer than half of the figures of two
    digits or more that the Chinese holds (months, days, centuries and decades aside), whatever
    scale word goes with each (`4.5万` as `45,000`)? A translation keeps its original's figures:
    `每年75000元` beside `23,000 CNY/year` states other facts. Of the 3,419 WMT19/20 translations,
    8 fail this test. A short unit (a caption, a label: SHORT_UNIT_HAN or fewer) is held to its
    figures even where the English gives none (`莫高窟第320窟` beside a paragraph on the murals)."""
    wanted = _wanted_figures(chinese)
    if not wanted:
        return False
    figures = [m.group() for m in _FIGURE.finditer(english)]
    if not figures and count_han(chinese) > SHORT_UNIT_HAN:
        return False  # a loose translation may spell out or leave out a figure; other figures are other facts
    given = {_significant(n) for n in _english(english).spelled}
    for figure in figures:
        given.add(_significant(figure))
        given.update(_significant(part) for part in _FIGURE_PARTS.split(figure))
    return 2 * len(wanted - given) > len(wanted)


_HEADLINE_STOP = re.compile(r"[.!?。！？;；]")
MAX_HEADLINE_WORDS = 10


def _headline(line: str) -> bool:
    """A headline: a few words with no sentence stop. A headline and its translation tell as little
    as each other; a caption beside a body sentence is what the check above is for."""
    return not _HEADLINE_STOP.search(line.strip()) and line.count(" ") < MAX_HEADLINE_WORDS


# Any character that may stand for a number, `一` (one, and part of many words) and `双` (a pair) too.
_ANY_NUMERAL = re.compile("[0-9０-９零〇一二两三四五六七八九十百千万亿双俩]")


def _adds_numbers(chinese: str, zh: Chinese, en: English) -> bool:
    """Does the English give a number (in figures or spelled out) where the short Chinese unit has
    none? A translation keeps its original's numbers and adds none; a sentence on the caption's
    subject tells more, and a year, a count or a duration is often what it adds (`李娜在比赛中奋力
    回球。` beside `Li Na won her first Grand Slam title in Paris in 2011.`). A numeral that stands
    for none in scoring (`第一章` beside `Chapter 1`) still counts as one here. Of the 752 WMT19/20
    translations of SHORT_UNIT_HAN or fewer, none adds a number so."""
    return bool(en.numbers or en.spelled) and not _ANY_NUMERAL.search(chinese)


_BRACKET_PAIRS = {"(": "）)", "（": "）)", "[": "]", "【": "】"}
_QUOTE_ENDS = "\"”’'"


def _bracketed_original(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`… is perilous." (学而不思则罔，思而不学则殆。)`, `"To learn without thinking is to be lost…"
    [学而不思则罔，思而不学则殆]`: a whole Chinese sentence in brackets right after the English
    sentence or quotation it follows gives its original, as a quotation's source is given; machine
    translation leaves sentences in the flow of the text, never bracketed after their English.
    That sentence or quotation (offsets) needs half the evidence (LAYOUT_THRESHOLD): the layout
    says what the dictionary only half confirms. None when the run is not so placed."""
    closers = _BRACKET_PAIRS.get(text[start:start + 1])
    if closers is None or text[end - 1:end] not in closers:
        return None
    b = start
    while b > 0 and text[b - 1] in " \t":
        b -= 1
    line_start = text.rfind("\n", 0, b) + 1
    said = text[line_start:b]
    if not said or count_han(said):
        return None
    if said[-1] in _QUOTE_ENDS:
        quoted = None
        for quoted in _QUOTED_ENGLISH.finditer(text, line_start, b):
            pass
        if quoted is not None and quoted.end() == b:
            return quoted.span(1)
    said = said.rstrip(_QUOTE_ENDS)
    if not said or said[-1] not in ".!?" or text[end - 2:end - 1] not in ("。", "！", "？"):
        return None
    sentences = _sentences(text, line_start, b)
    return sentences[-1] if sentences else None


_LABELLED = re.compile(r"\s*([\u3400-\u9fff]{1,6}\d{0,2})[:：]\s*(\S.*?)\s*\Z", re.S)  # `附件1：…` numbers its label


def label_and_value(chinese: str) -> tuple[str, str] | None:
    """(label, value) of a `label：value` unit whose value holds Han, else None."""
    m = _LABELLED.match(chinese)
    return (m.group(1), m.group(2)) if m and count_han(m.group(2)) else None


def _plausible_length(han: int, length: int) -> bool:
    return abs(math.log((length + 1) / (han + 1)) - LOG_RATIO_MEAN) <= LENGTH_LIMIT * LOG_RATIO_SPREAD


@lru_cache(maxsize=1024)
def _plausible_lengths(han: int) -> range:
    """The lengths _plausible_length allows for `han` Han characters. The test is monotone in
    the length on each side of the mean, so they are a range: a list item is compared with
    dozens of lines, each by a membership test instead of a logarithm."""
    spread = LENGTH_LIMIT * LOG_RATIO_SPREAD
    shortest = max(0, math.floor((han + 1) * math.exp(LOG_RATIO_MEAN - spread)) - 1)
    longest = math.ceil((han + 1) * math.exp(LOG_RATIO_MEAN + spread))
    while shortest > 0 and _plausible_length(han, shortest - 1):  # the float bounds, made the test's own
        shortest -= 1
    while shortest <= longest and not _plausible_length(han, shortest):
        shortest += 1
    while _plausible_length(han, longest + 1):
        longest += 1
    while longest >= shortest and not _plausible_length(han, longest):
        longest -= 1
    return range(shortest, longest + 1)


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


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` and where each starts, with one start more (where a line after the
    last would begin): one str.split, the starts added up from the lengths."""
    lines = text.split("\n")
    return lines, [0, *accumulate(map((1).__add__, map(len, lines)))]

_MEMO: dict[tuple, tuple[str, dict[int, tuple[int, int, float]]]] = {}
MEMO_SIZE = 4096
MEMO_EDGE = 48  # characters at each end of a context in its memo key


# The English mark that closes a translation of Chinese closed by each mark.
_CLOSING_MARK = {"，": ",", ",": ",", "。": ".", ".": ".", "！": "!", "!": "!", "？": "?", "?": "?",
                 "；": ";", ";": ";", "：": ":", ":": ":"}


class Aligner:
    """Translation evidence for the CJK runs of one text (sorted, non-overlapping)."""

    def __init__(self, text: str, runs: list[tuple[int, int]], ascii_view: bytes | None = None,
                 lines: tuple[list[str], list[int]] | None = None, run_lines: list[int] | None = None) -> None:
        """`lines` is split_lines(text) and `run_lines` the index of each run's line, where the
        caller has them (find_leftovers reads the text a line at a time)."""
        self.text = text
        # text.encode("ascii", "replace"): one byte a character, so its newlines and letters are the text's
        self._ascii_view = text.encode("ascii", "replace") if ascii_view is None else ascii_view
        self.runs = runs
        self._run_starts = list(map(_FIRST, runs))
        # Total length of the runs before run i: the runs of a line add up by one subtraction.
        self._run_length_before = list(accumulate(map(operator.sub, map(_SECOND, runs), self._run_starts), initial=0))
        self._texts, starts = split_lines(text) if lines is None else lines  # the text of each line
        self._line_starts = starts[:-1]
        self._line_ends = list(map((-1).__add__, starts[1:]))  # where each line's newline (or the text) ends it
        if run_lines is None:
            run_lines = [k - 1 for k in map(bisect.bisect_right, repeat(self._line_starts), self._run_starts)]
        self._run_line = dict(zip(self._run_starts, run_lines))  # run start -> the index of its line
        # By line index: how many runs start before the line (no run starts at a line's newline,
        # so a line's runs are counted by one subtraction).
        runs_on = [0] * len(starts)
        for k in run_lines:
            runs_on[k + 1] += 1
        self._first_run = list(accumulate(runs_on))
        self._lists: dict[int, tuple[int, int, float]] | None = None
        self._by_line: dict[int, dict[int, tuple[int, int, float]]] = {}
        self._stretches: dict[int, list[tuple[int, int]]] = {}
        self._lines: list[tuple[int, int, bool] | None] = [None] * len(self._texts)  # by line index
        self._pairs: dict[int, dict[int, tuple[int, int, float]]] = {}
        self._han: dict[int, int] = {}  # by line start
        self._nonblank: list[int] | None = None  # indices of the lines with a visible character
        self._nonblank_at: dict[int, int] = {}  # a non-blank line's index -> its place among them
        self._kinds: dict[int, str] = {}  # by line index: the kind of its list mark
        self._figures: dict[int, frozenset[str]] = {}  # by line index: _row_figures
        self._sibling_lists: dict[int, range | None] = {}  # by line index: _sibling_list
        self._partners: dict[int, tuple[int | None, range]] = {}  # items of a list of pairs: _sibling_list
        self._declared_lines: list[tuple[int, int]] | None = None  # English lines under a translation heading
        self._declaring: list[int] | None = None  # lines that hold a word that may declare a translation
        self._quoted: dict[int, list[tuple[int, int]]] = {}  # by chunk of text: English in quotes (_quotes_near)
        self._declared: dict[int, list[tuple[int, int]]] = {}  # by line index: _declared_translation

    def line_of(self, offset: int) -> tuple[int, int, bool]:
        """(start, end, mostly Chinese) of the line holding `offset`, computed once per line."""
        k = self._run_line.get(offset)
        return self.line(self._line_index(offset) if k is None else k)

    def line(self, k: int) -> tuple[int, int, bool]:
        """(start, end, mostly Chinese) of line k."""
        found = self._lines[k]
        if found is None:
            line_start, line_end = self._line_starts[k], self._line_ends[k]
            # Every Han character of the line lies in a run: their length bounds the count. A line
            # four times longer than its runs is English (or figures) without counting letters.
            first = self._first_run
            in_runs = self._run_length_before[first[k + 1]] - self._run_length_before[first[k]]
            chinese = False
            if line_end - line_start <= 5 * in_runs:
                latin = self._latin(line_start, line_end)
                if latin <= in_runs:
                    han = self._han.get(line_start)
                    if han is None:
                        han = self._han[line_start] = count_han(self._texts[k])
                    chinese = latin <= han
            found = self._lines[k] = (line_start, line_end, chinese)
        return found

    def translation_of(self, start: int, end: int) -> tuple[int, int, float] | None:
        """(start, end, score) of the English that translates text[start:end], or None.

        On a line that is mostly Chinese the unit is the whole line (English names in brackets
        split it into several runs), and the answer holds for every run on it. Inside an English
        line each run is a unit of its own."""
        k = self._run_line.get(start)
        if k is None:
            k = self._line_index(start)
        line_start, line_end, chinese_line = self._lines[k] or self.line(k)
        found = self._by_line.get(k)
        if found is None:
            found = self._by_line[k] = self._align_line(k, chinese_line)
        if chinese_line:  # (line() counted its Han)
            answer = found.get(line_start)
            if answer is None and self._han[line_start] <= MAX_LIST_HAN:
                answer = self._list_match(k)
            if answer is None:
                answer = self._sentence_pairs(k).get(start)
            if answer is None and _table_row(self.text, line_start, line_end):
                answer = self._cell_translation(start, end, line_start, line_end)
            return answer
        answer = found.get(start)
        if answer is None and (start - line_start <= MAX_MARK and _leads_item(self.text, line_start, start, end)
                               or _speaker(self.text, line_start, start)):
            answer = self._list_match(k)  # `2. 狼图腾 – Jiang Rong, 2004`: an original with a note
        return answer

    def _cell_translation(self, start: int, end: int, line_start: int, line_end: int) -> tuple[int, int, float] | None:
        """`| Gym | 体育馆 |`: a table row with fewer letters than Han is a Chinese line, yet it holds
        the English cell of its own run. The run is judged as a cell, against its own row only."""
        if not self._stands_alone(bisect.bisect_left(self._run_starts, start), line_start):
            return None
        best = self._align_uncached(start, end, True)
        return best if best is not None and line_start <= best[0] < line_end else None

    def _latin(self, lo: int, hi: int) -> int:
        """ASCII letters in text[lo:hi], counted in the ASCII view: no slice of the text to encode."""
        return count_ascii_letters(self._ascii_view[lo:hi])

    def _line_han(self, line_start: int, line_end: int) -> int:
        """Han characters on a line, counted once: a Chinese line split by English names into
        several runs asks for each of them."""
        han = self._han.get(line_start)
        if han is None:
            han = self._han[line_start] = count_han(self.text[line_start:line_end])
        return han

    def _align_line(self, k: int, chinese_line: bool) -> dict[int, tuple[int, int, float]]:
        """Unit start -> its verified English, for the units of line k. The answer depends only
        on the lines around it, so it is memoized on their text (offsets relative to it): pages
        of a site repeat their boilerplate, and a file repeats its templates."""
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        if self._declared_translation(k):
            return self._align_units(k, chinese_line)  # it reads past the context the memo keys on
        lo, hi, runs = self._context(k)
        text = self.text
        # Looked up by the line's place in its context, the context's length, runs and ends, and
        # checked against its whole text in place: slicing and hashing every line's context cost
        # more than all the look-ups save. (The two lines of a two-line page share one context.)
        key = (line_start - lo, line_end - lo, hi - lo, runs, text[lo:lo + MEMO_EDGE],
               text[hi - MEMO_EDGE if hi - MEMO_EDGE > lo else lo:hi])
        known = _MEMO.get(key)
        if known is not None and text.startswith(known[0], lo):
            if not known[1]:
                return {}
            return {s + lo: (a + lo, b + lo, score) for s, (a, b, score) in known[1].items()}
        found = self._align_units(k, chinese_line)
        if len(_MEMO) > MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = (text[lo:hi], {s - lo: (a - lo, b - lo, score) for s, (a, b, score) in found.items()})
        return found

    def _align_units(self, k: int, chinese_line: bool) -> dict[int, tuple[int, int, float]]:
        """_align_line without its memo."""
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        if chinese_line:
            units = [(line_start, line_end, False)]
        else:
            runs_of = range(self._first_run[k], self._first_run[k + 1])
            units = [(*self.runs[i], True) for i in runs_of if self._stands_alone(i, line_start)]
        found: dict[int, tuple[int, int, float]] = {}
        for s, e, inline in units:
            best = self._align_uncached(s, e, inline)
            if best is not None:
                found[s] = best
        return found

    def _sentence_pairs(self, k: int) -> dict[int, tuple[int, int, float]]:
        """`The bridge opened in 1999. 这座桥于1999年通车。 It is painted red. 桥身被漆成红色。`: a
        line of short sentence pairs holds more Han than Latin letters, yet each Chinese sentence
        has its English beside it. When the line as a whole verifies against nothing and English
        sentences stand between its runs, each run that stands as a sentence is a unit of its own."""
        found = self._pairs.get(k)
        if found is None:
            found = self._pairs[k] = {}
            i, j = self._first_run[k], self._first_run[k + 1]
            if j - i < 2:
                return found
            line_start, line_end = self._line_starts[k], self._line_ends[k]
            runs, text = self.runs[i:j], self.text
            gaps = [(line_start, runs[0][0])] + [(runs[m][1], runs[m + 1][0]) for m in range(len(runs) - 1)] \
                + [(runs[-1][1], line_end)]
            if any(_ENGLISH_SENTENCE.search(text, a, b) for a, b in gaps):
                for m, (s, e) in enumerate(runs, i):
                    if self._stands_alone(m, line_start):
                        best = self._align_uncached(s, e, True)
                        if best is not None:
                            found[s] = best
        return found

    def loose_neighbour(self, start: int, end: int, lo: int, hi: int, before: bool) -> tuple[int, int, float] | None:
        """The English sentence of text[lo:hi] right next to the run text[start:end] (the last one
        when the stretch is `before` it, else the first), with its score, when it gives half the
        evidence a sentence needs alone (LAYOUT_THRESHOLD) at a plausible length: asked only in a
        line of sentence pairs most of which verify, where the layout says what the dictionary
        only half confirms (`I didn't understand it when I was young. 小时候我并不明白这句话。`)."""
        text = self.text
        sentences = _sentences(text, lo, hi)
        if not sentences:
            return None
        a, b = sentences[-1] if before else sentences[0]
        han = count_han(text[start:end])
        if han < MIN_HAN or not _plausible_length(han, b - a) or not _LETTER.search(text, a, b):
            return None
        score = _score(text[start:end], text[a:b])
        return (a, b, score) if score >= LAYOUT_THRESHOLD else None

    def loose_translation(self, line_start: int) -> tuple[int, int, float] | None:
        """The English paragraph next to a Chinese one that it translates loosely: half the
        evidence a sentence needs on its own (LAYOUT_THRESHOLD), asked only on a page whose other
        Chinese paragraphs verify. An unrelated paragraph rarely reaches even that."""
        text = self.text
        k = self._line_index(line_start)
        line_start, line_end, _ = self.line(k)
        han = self._line_han(line_start, line_end)
        best = None
        for m in self._neighbour_indices(k):
            a, b = self._line_starts[m], self._line_ends[m]
            if self._line_han(a, b) or self._latin(a, b) < MIN_PARAGRAPH_LETTERS or self._other_record(k, m):
                continue
            a, b = _strip(text, a, b)
            if _plausible_length(han, b - a):
                score = _score(text[line_start:line_end], text[a:b])
                if score >= LAYOUT_THRESHOLD and (best is None or score > best[2]):
                    best = (a, b, score)
        return best

    def line_index(self, offset: int) -> int:
        """The index of the line holding `offset`."""
        return self._line_index(offset)

    def slot_translation(self, k: int, m: int, evidence: bool = False) -> tuple[int, int] | None:
        """Line m, stripped, when it can hold the translation of Chinese line k by its place alone:
        English (no Han, some letters), no other record than k's, of a plausible length, with every
        number of k and none that k lacks; with `evidence`, scoring LAYOUT_THRESHOLD too."""
        if not 0 <= m < len(self._line_starts):
            return None
        a, b = self._line_starts[m], self._line_ends[m]
        if self._line_han(a, b) or not self._latin(a, b) or self._other_record(k, m):
            return None
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        mark = _LINE_NUMBER.match(self.text, a, b)  # `5. Know what is in your fridge…`: the item's number is a mark
        if mark is not None and evidence and self._continues_numbering(m):
            evidence = False  # a numbered list of pairs that goes on vouches for its next item
        return self._fitting(line_start, line_end, self._line_han(line_start, line_end),
                             *_strip(self.text, mark.end() if mark else a, b), evidence)

    def _continues_numbering(self, m: int) -> bool:
        """Does line m's item number follow the number of the nearest numbered line above it?"""
        number = _item_number(self.text, self._line_starts[m])
        for j in range(m - 1, max(-1, m - BLOCK_REACH - 1), -1):
            above = _item_number(self.text, self._line_starts[j])
            if above is not None:
                return number is not None and number.isdigit() and above.isdigit() and int(number) == int(above) + 1
        return False

    def inline_slot(self, k: int, side: str, evidence: bool = False) -> tuple[int, int] | None:
        """The English half of line k when the line is `中文 English` (`side` "after") or `English
        中文` ("before"): one Chinese part at that end of the line, English without Han at the
        other, closed by the mark that closes the Chinese (`，` and `,`, `。` and `.`), of a
        plausible length and with the Chinese part's numbers."""
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        runs = self.runs[self._first_run[k]:self._first_run[k + 1]]
        if not runs:
            return None
        zh_start, zh_end = runs[0][0], runs[-1][1]
        if side == "after":
            chinese, english = (line_start, zh_end), (zh_end, line_end)
        else:
            chinese, english = (zh_start, line_end), (line_start, zh_start)
        if self._latin(*chinese) or not self._latin(*english):
            return None
        a, b = _strip(self.text, *english)
        zh = self.text[chinese[0]:chinese[1]].rstrip()
        if side == "before":
            b = len(self.text[a:b].rstrip(" \t:：-–—|/")) + a
        if _CLOSING_MARK.get(zh[-1:], "") != self.text[b - 1:b] or b <= a:
            return None
        return self._fitting(*chinese, count_han(zh), a, b, evidence)

    def _fitting(self, zh_start: int, zh_end: int, han: int, a: int, b: int,
                 evidence: bool = False) -> tuple[int, int] | None:
        """(a, b) when text[a:b] may translate text[zh_start:zh_end] (`han` Han characters) by its
        length and numbers, and (`evidence`) scores LAYOUT_THRESHOLD."""
        chinese, english = self.text[zh_start:zh_end], self.text[a:b]
        if b <= a or not _plausible_length(han, b - a) \
                or lacks_numbers(chinese, english) or _adds_numbers(chinese, _chinese(chinese), _english(english)):
            return None
        if evidence and _score(chinese, english) < LAYOUT_THRESHOLD:
            return None
        return a, b

    def paired_by_score(self, line_start: int) -> bool:
        """Does a short Chinese line that accounted_both_ways kept from its English still pair with
        a neighbour paragraph by the score alone? On a page of alternating paragraphs such a pair
        counts towards the layout (a cut-off paragraph beside its English), though it is no
        translation on its own."""
        text = self.text
        k = self._line_index(line_start)
        line_start, line_end, _ = self.line(k)
        chinese = self._texts[k]
        han = self._line_han(line_start, line_end)
        if han > SHORT_UNIT_HAN:
            return False
        for m in self._neighbour_indices(k):
            a, b = _strip(text, self._line_starts[m], self._line_ends[m])  # the length first: a long paragraph is no pair of a short line
            if _plausible_length(han, b - a) and not self._line_han(a, b) and not self._other_record(k, m) \
                    and _score(chinese, text[a:b]) >= _threshold(chinese):
                return True
        return False

    def _stands_alone(self, i: int, line_start: int) -> bool:
        """Inside an English line only a run that stands as a sentence of its own can be a
        translation: a Chinese clause that runs on from English or into it (`pointed out,部属高校
        …为指导,Firmly grasp`) is one sentence half translated, whatever it shares with the
        English around it. `i` is the run's index."""
        runs = self.runs
        start, end = runs[i]
        before = runs[i - 1][1] if i > 0 and runs[i - 1][1] > line_start else line_start
        if i > 0 and runs[i - 1][1] >= line_start and _one_sentence(self.text, runs[i - 1][1], start) or \
                i + 1 < len(runs) and _one_sentence(self.text, end, runs[i + 1][0]):
            return False  # `他的咨询公司 Innovative Consulting Services 未对来电…`: a name inside one sentence
        return _ends_sentence(self.text, before, start) and _ends_sentence(self.text, start, end)

    def _context(self, k: int) -> tuple[int, int, int]:
        """Where line k and its neighbour lines (_neighbour_indices) start and end, and how many
        runs lie there: with the text, that tells the runs (they never cross a line), unless
        protected ranges took some out. Read from the places of the non-blank lines, without a
        list of the neighbours."""
        nonblank = self._nonblank
        if nonblank is None:
            nonblank = self._nonblank_lines()
        i = self._nonblank_at.get(k)
        j = i + 1 if i is not None else bisect.bisect_left(nonblank, k)  # (a line with runs is not blank)
        if i is None:
            i = j
        before = i - LINE_REACH if i > LINE_REACH else 0
        after = j + LINE_REACH if j + LINE_REACH < len(nonblank) else len(nonblank)
        first = nonblank[before] if before < i else k
        last = nonblank[after - 1] if after > j else k
        return self._line_starts[first], self._line_ends[last], self._first_run[last + 1] - self._first_run[first]

    def _align_uncached(self, start: int, end: int, inline: bool) -> tuple[int, int, float] | None:
        text = self.text
        stamp = None if inline else _TIME_STAMP.match(text, start, end)
        if stamp is not None:  # `[00:18] 今年秋天…`: the time mark is no part of what is said
            start = stamp.end() + 1 if text[stamp.end():stamp.end() + 1] == " " else stamp.end()
        han = count_han(text[start:end])
        if han < MIN_HAN and not (han and inline and _fills_cell(text, start, end)):
            return None
        candidates = [(a, b) for a, b in self._candidates(start, end, inline) if _plausible_length(han, b - a)]
        if _FIELD.match(text, start, end):  # `关键词：大米 价格 丰收` translates a field, not a sentence
            candidates = [(a, b) for a, b in candidates if ":" in text[a:b] or "：" in text[a:b]]
        elif _LABEL_AFTER.match(text, end):  # `学院地址:No. 5 …` labels its value; `茶: tea` glosses it
            candidates = [(a, b) for a, b in candidates if ":" in text[a:b] or "：" in text[a:b] or end <= a <= end + 3]
        if candidates and "|" in text[start - 3 if start > 3 else 0:end + 3]:
            candidates = self._own_row(start, candidates)
        k = self._line_index(start)
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        if candidates and self._framed(k, start):
            if _SENTENCE_MARKS.search(text, start, end - 1):
                candidates = [(a, b) for a, b in candidates if line_start <= a < line_end]
            # `Zhao stressed: 读书是…。 She hoped that…`: a speech is the object of the English
            # before it, so English after it on its line renders it only when set off as a
            # rendering (a lesson's short example may be followed by its plain translation).
            if han > SHORT_UNIT_HAN:
                candidates = [(a, b) for a, b in candidates
                              if not end <= a < line_end or _SET_OFF.search(text, end, b)]
            # `… the ending was hurried. One netizen commented: "前面…，最后…"`: the sentence that
            # the Chinese completes stands between it and any English before it on its line.
            if _CLAUSE_MARK_INSIDE.search(text, start, end - 1):
                frame = max((m.end() for m in _SENTENCE_END.finditer(text, line_start, start)), default=line_start)
                candidates = [(a, b) for a, b in candidates if not (line_start <= a < frame and b <= start)]
        if candidates:
            candidates = [(a, b) for a, b in candidates if not self._other_record(k, self._line_index(a))]
        own_label = _LABEL_OPENING.match(text, line_start)
        if candidates and own_label is not None and HAN_RUN_RE.match(text, own_label.end()):
            # `Co-organized by: 南京…` beside `Supported by: International…`: another field's value
            candidates = [(a, b) for a, b in candidates if line_start <= a < line_end
                          or _label_of(text, self._line_starts[self._line_index(a)]) in (None, own_label.group(1).lower())]
        number = _item_number(text, line_start)
        if number is not None and candidates:  # `2. 金卡…` between `1. Use the card…` and `3. The first…`
            candidates = [(a, b) for a, b in candidates
                          if _item_number(text, self._line_starts[self._line_index(a)]) in (None, number)]
        scored = []
        threshold = _threshold(text[start:end])
        field = label_and_value(text[start:end])
        original_of = _bracketed_original(text, start, end) if inline else None
        # A paragraph of its own keeps its numbers in translation and adds none, whatever its length:
        # of 2,611 WMT19/20 translations of more than SHORT_UNIT_HAN, 3 add a number.
        # A run inside an English line may pair with English of its own line that runs on past its
        # translation (`In 2008 北京 (Beijing)…`); a line it faces is held to its numbers.
        numeral = _ANY_NUMERAL.search(text, start, end) is not None
        # `Haoran: 埃莉诺，遇见你…` above `Eleanor, meeting you…`: a speaker's label is no part of
        # what the speaker says, and the translation of the words may go without it.
        label = None if inline else _SPEAKER.match(text, start)
        said = label.end() if label is not None and label.end() - start <= MAX_SPEAKER else None
        for a, b in candidates:
            score = _score(text[start:end], text[a:b])
            if said is not None:
                score = max(score, _score(text[said:end], text[a:b]))
            if score >= (LAYOUT_THRESHOLD if (a, b) == original_of else threshold) and _value_translated(field, text[a:b]) \
                    and not drops_a_figure(text[start:end], text[a:b]) and not _rests_on_a_name(text[start:end], text[a:b]) \
                    and (numeral or inline and line_start <= a < line_end or not _english(text[a:b]).has_numbers) \
                    and (inline or accounted_both_ways(text[start:end], text[a:b])):
                scored.append((score, a, b))
        for score, a, b in sorted(scored, reverse=True):
            if self._sentences_align(start, end, a, b, inline):
                return a, b, score
        return None

    def distant_translation(self, start: int, end: int, taken: set[int]) -> tuple[int, int, float] | None:
        """`Read the passage… a translation follows` … (questions, a word list) … `Translation` / the
        English: a long Chinese paragraph (DISTANT_MIN_HAN) with no translation near it may have one
        further down or up the page, a line of its own that no other unit's translation starts
        (`taken`), under a heading that declares a translation; and any Chinese line of its own
        (DISTANT_MIN_QUOTE_HAN) may be rendered by English set off in quotes nearby (`The
        subtitles give it as "The year your mother left…"`), which machine translation never
        writes. Far from its original a line needs more evidence than beside it: the heading or
        the quotes, a score of DISTANT_THRESHOLD, accounted both ways, and its sentences aligned
        (on WMT20 stories every three-sentence translation scores that, and none of 234 pairs of a
        story's first sentences with its last; but the answers of one FAQ, or one county's
        speeches, share words enough to score so without a heading)."""
        text = self.text
        k = self._line_index(start)
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        if text[end:line_end].strip():
            return None
        alone = not text[line_start:start].strip()
        if not alone:
            head = _ITEM_MARK.match(text, line_start)  # `1. 一种…` under `Claim 1 (English…)`
            if head is None or text[head.end():start].strip():
                return None
        self._distant_candidates()
        declared = self._within_reach(self._declared_lines, start, end)
        quoted = self._quotes_near(start, end) if alone else []
        if not declared and not quoted:
            return None
        han = count_han(text[start:end])
        if han < DISTANT_MIN_QUOTE_HAN or not alone and han < DISTANT_MIN_HAN:
            return None
        candidates = (declared if han >= DISTANT_MIN_HAN else []) + quoted
        return self._best_distant(start, end, han, [(a, b) for a, b in candidates if not line_start <= a <= line_end],
                                  taken, accounted=True)

    @staticmethod
    def _within_reach(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
        """The spans (sorted) that start within DISTANT_REACH characters of text[start:end]: a page
        renders its Chinese on the page, and a file of many pages stays linear."""
        i = bisect.bisect_left(spans, (start - DISTANT_REACH,))
        j = bisect.bisect_right(spans, (end + DISTANT_REACH,))
        return spans[i:j]

    def distant_block_translation(self, start: int, end: int, taken: set[int]) -> tuple[int, int, float] | None:
        """distant_translation for a block of Chinese lines (a stanza) taken together: an English
        paragraph under a translation heading renders the whole stanza, not one line of it."""
        han = count_han(self.text[start:end])
        if han < DISTANT_MIN_BLOCK_HAN:
            return None
        self._distant_candidates()
        return self._best_distant(start, end, han, self._within_reach(self._declared_lines, start, end), taken,
                                  accounted=False)

    def _best_distant(self, start: int, end: int, han: int, candidates: list[tuple[int, int]], taken: set[int],
                      accounted: bool) -> tuple[int, int, float] | None:
        """The best-scoring candidate of a plausible length that no other unit takes, scoring
        DISTANT_THRESHOLD with its sentences aligned (and, for a line, accounted both ways)."""
        text, chinese = self.text, self.text[start:end]
        lengths, best = _plausible_lengths(han), None
        for a, b in candidates:
            if b - a not in lengths or a in taken:
                continue
            score = _score(chinese, text[a:b])
            if score >= DISTANT_THRESHOLD and (best is None or score > best[2]) \
                    and (not accounted or accounted_both_ways(chinese, text[a:b])) \
                    and self._sentences_align(start, end, a, b):
                best = (a, b, score)
        return best

    def _under_translation_heading(self, m: int) -> bool:
        """Is the nearest short line above line m, past blank lines and other long English
        paragraphs (a translation of several stanzas), a heading that says a translation follows
        (`Translation`, `English version:`, `译文`)?"""
        for j in range(m - 1, max(-1, m - HEADING_REACH), -1):
            line = self._texts[j]
            if not line.strip():
                continue
            if len(line) > MAX_HEADING_LENGTH and self._first_run[j] == self._first_run[j + 1]:
                continue
            return len(line) <= MAX_HEADING_LENGTH and _TRANSLATION_HEADING.search(line) is not None
        return False

    def distant_candidates(self) -> tuple[list[tuple[int, int]], bool]:
        """The English lines under a translation heading (found once), and whether the text holds
        a quotation mark at all: where it has neither, no distant translation need be looked for."""
        self._distant_candidates()
        return self._declared_lines, '"' in self.text or "“" in self.text

    def _quotes_near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The passages in quotes that start within DISTANT_QUOTE_REACH characters after the unit,
        found a chunk of text at a time and kept: a long file is scanned only near its Chinese."""
        lo, hi = end, end + DISTANT_QUOTE_REACH  # a writer quotes the original, then renders it
        out = []
        for chunk in range(lo // QUOTE_CHUNK, min(hi, len(self.text)) // QUOTE_CHUNK + 1):
            found = self._quoted.get(chunk)
            if found is None:
                found = self._quoted[chunk] = self._quotes_in_chunk(chunk * QUOTE_CHUNK)
            out.extend(span for span in found if lo <= span[0] <= hi)
        return out

    def _quotes_in_chunk(self, a: int) -> list[tuple[int, int]]:
        """The passages in quotes that open in text[a:a + QUOTE_CHUNK]: the quotation marks are
        found first (bytes.find on the ASCII view, str.find for the curly one), and the pattern is
        tried only there, each passage read once."""
        text, view, b = self.text, self._ascii_view, a + QUOTE_CHUNK
        marks, at = [], view.find(b'"', a, b)
        while at >= 0:
            marks.append(at)
            at = view.find(b'"', at + 1, b)
        at = text.find("“", a, b)
        while at >= 0:
            marks.append(at)
            at = text.find("“", at + 1, b)
        out, reached = [], a
        for at in sorted(marks):
            if at < reached:
                continue
            quote = _LONG_QUOTED_ENGLISH.match(text, at, b + MAX_QUOTE_LENGTH)
            if quote is not None:
                out.append(quote.span(1))
                reached = quote.end()
        return out

    def _distant_candidates(self) -> None:
        """The English lines under a translation heading and the passages in quotes, found once."""
        if self._declared_lines is None:
            text, first = self.text, self._first_run
            headings = [j for j in self._lines_holding(_HEADING_WORDS, _CHINESE_HEADING_WORDS)
                        if _TRANSLATION_HEADING.search(self._texts[j])]
            below = sorted({m for j in headings for m in range(j + 1, min(j + HEADING_REACH, len(self._texts)))})
            self._declared_lines = [_strip(text, self._line_starts[m], self._line_ends[m]) for m in below
                                    if first[m] == first[m + 1] and self._texts[m].strip()
                                    and self._under_translation_heading(m)]

    def _framed(self, k: int, start: int) -> bool:
        """Does English that the Chinese completes open line k, right before its first run (or
        the run at `start`)?"""
        i = self._first_run[k]
        first = self.runs[i][0] if i < self._first_run[k + 1] and start == self._line_starts[k] else start
        return bool(_FRAME_BEFORE.search(self.text, max(self._line_starts[k], first - 40), first))

    def _sentences_align(self, start: int, end: int, a: int, b: int, inline: bool = False) -> bool:
        """A paragraph translates a paragraph sentence by sentence: at least a third of the Chinese
        sentences must find their own translation among the English ones (one or two together).
        Two paragraphs on one subject share words without one translating the other. A run inside
        an English line is one unit of a pair: when a space parts it in two (a headline without a
        stop, then a sentence: `法官关心…选择 今年早些时候…`), the English must give some of each
        part (MIN_PART_COVER), or the run is half translated."""
        text = self.text
        if inline and _HAN_SPACE.search(text, start, end):
            parts = [p for p in _HAN_SPACE.split(text[start:end]) if count_han(p) >= MIN_PART_HAN]
            if len(parts) >= 2 and any(covered_share(_chinese(p), _english(text[a:b])) < MIN_PART_COVER for p in parts):
                return False
        chinese = [s for s in _CHINESE_SENTENCE.findall(text, start, end) if count_han(s) >= MIN_HAN]
        if len(chinese) < 2:
            return True
        spans = self._english_spans(a, b)
        found = sum(self._aligns(sentence, spans) for sentence in chinese)
        return 2 * found >= len(chinese)

    def _own_row(self, start: int, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A cell of a table row is translated in its own row (or by a column of its own, see
        leftovers._complete_columns), never by another row that shares a word with it: `| 红茶 |
        35 |` below `| Green tea | 30 |` is an untranslated cell."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if not _table_row(text, line_start, line_end):
            return candidates
        # `首页 | About Us | 新闻中心 | Contact`: a row that gives English cells of its own would give
        # this cell's English in the row too; a line elsewhere that shares a word is no rendering.
        row = text[line_start:line_end]
        mixed = _LETTERS.search(_HAN_AND_AROUND.sub("", row)) is not None
        cell = None
        if mixed and not row.lstrip().startswith(("|", "｜")) and not _bars_repeat(text, line_start, line_end):
            # a menu, not a table (whose lines repeat their bars): each item is a cell alone
            cell = (max(text.rfind("|", line_start, start), text.rfind("｜", line_start, start)) + 1,
                    min(i for i in (text.find("|", start, line_end), text.find("｜", start, line_end), line_end) if i >= 0))
        out = []
        for a, b in candidates:
            if line_start <= a < line_end:  # a cell of the row, never a stretch across cells
                if (cell is None or cell[0] <= a and b <= cell[1]) and not _ACROSS_CELLS.search(text, a, b):
                    out.append((a, b))
                continue
            if mixed:
                continue
            lo = text.rfind("\n", 0, a) + 1
            hi = text.find("\n", a)
            if not _table_row(text, lo, len(text) if hi < 0 else hi):
                out.append((a, b))
        return out

    def _english_spans(self, a: int, b: int) -> list[tuple[int, int]]:
        """The English sentences of text[a:b], one or two together."""
        english = _sentences(self.text, a, b)
        return english + [(english[k][0], english[k + 1][1]) for k in range(len(english) - 1)]

    def _aligns(self, sentence: str, spans: list[tuple[int, int]]) -> bool:
        text = self.text
        zh = _chinese(sentence)
        return any(_plausible_length(zh.han, y - x) and _score(sentence, text[x:y]) >= _threshold(sentence)
                   for x, y in spans)

    def _candidates(self, start: int, end: int, inline: bool) -> list[tuple[int, int]]:
        text = self.text
        k = self._line_index(start)
        line_start, line_end = self._line_starts[k], self._line_ends[k]
        i = bisect.bisect_left(self._run_starts, start)
        before = max(line_start, self.runs[i - 1][1] if i > 0 else 0)
        after = min(line_end, self.runs[i + 1][0] if i + 1 < len(self.runs) else line_end)
        out: list[tuple[int, int]] = []
        if inline:
            _add_stretch(text, before, start, out, last=True)
            _add_stretch(text, end, after, out, last=False)
            if _table_row(text, line_start, line_end):
                out += _english_cells(text, line_start, line_end)  # `| 马 | Horse | like a knight |`
        for m in self._neighbour_indices(k):
            lo = self._line_starts[m]
            below = lo > line_start
            if inline and _WHOLE_SENTENCE.search(text, *((end, line_end) if below else (line_start, start))):
                continue  # an English sentence of its own line stands between the run and that line
            out.extend(self._facing_english(lo, self._line_ends[m], below=below))
            out.extend(q.span(1) for q in _QUOTED_ENGLISH.finditer(text, lo, self._line_ends[m]))
        if inline and (original := _bracketed_original(text, start, end)) is not None:
            out.append(original)
        if not inline or _SPEAKER.fullmatch(text, line_start, start) and not text[end:line_end].strip():
            out.extend(self._declared_translation(k))  # (`Banner: 四季平安` holds more letters than Han)
        return list(dict.fromkeys(out))

    def _declared_translation(self, k: int) -> list[tuple[int, int]]:
        """`Upper: 天增歲月人增壽 / Lower: 春滿乾坤福滿門 / Banner: 四季平安 / Translation: Heaven adds
        months and years…; spring fills the world…`: a line that says it gives the translation
        renders the Chinese lines above it, a clause each; its clauses are candidates for each of
        those lines. Within its block any line may stand between them; past a blank line only
        other Chinese lines, blank lines and short labels (`Left side:`), up to DECLARED_REACH lines; a label alone on its line (`Translation:`)
        declares the lines under it, up to the next blank line. Read once per line: _align_line
        asks it too."""
        found = self._declared.get(k)
        if found is None:
            found = self._declared[k] = self._read_declared_translation(k)
        return found

    def _lines_holding(self, words: tuple[bytes, ...], chinese: tuple[str, ...] = ()) -> list[int]:
        """The indices of the lines that hold any of the ASCII `words` (found in the ASCII view,
        one byte a character: far faster than a pattern, or than str.find, over a long text) or,
        inside a CJK run, any of the `chinese` words; sorted."""
        view, found = self._ascii_view, set()
        for word in words:
            at = view.find(word)
            while at >= 0:
                found.add(self._line_index(at))
                at = view.find(word, at + 1)
        for s, e in self.runs if chinese else ():
            if e - s <= MAX_CHINESE_HEADING and any(word in self.text[s:e] for word in chinese):
                found.add(self._run_line[s])  # (a heading is short: `译文`, `英文翻译：`)
        return sorted(found)

    def _read_declared_translation(self, k: int) -> list[tuple[int, int]]:
        text, starts, ends = self.text, self._line_starts, self._line_ends
        if self._declaring is None:  # the lines that may declare a translation, found by a fast scan
            self._declaring = self._lines_holding(_DECLARING_WORDS)
        i = bisect.bisect_right(self._declaring, k)
        if i == len(self._declaring) or self._declaring[i] > k + DECLARED_REACH:
            return []
        blank = False
        for m in range(k + 1, min(k + 1 + DECLARED_REACH, len(starts))):
            lo, hi = starts[m], ends[m]
            label = _TRANSLATION_LABEL.match(text, lo, hi) or _DECLARING_SENTENCE.match(text, lo, hi)
            if label is None:
                if not text[lo:hi].strip():
                    blank = True
                elif blank and not self._line_han(lo, hi) and not _LABEL_LINE.fullmatch(text, lo, hi):
                    return []
                continue
            if label.end() < hi:
                return self._declared_clauses(label.end(), hi)
            out = []
            for n in range(m + 1, len(starts)):
                if not text[starts[n]:ends[n]].strip() or self._line_han(starts[n], ends[n]):
                    break
                out.extend(self._declared_clauses(starts[n], ends[n]))
            return out
        return []

    def _declared_clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses of a declared translation, without a label of their own (`Banner: "The
        five blessings…"`)."""
        text, out, pos = self.text, [], lo
        for part in _CLAUSE_BREAK.finditer(text, lo, hi):
            out.append(_strip(text, pos, part.start()))
            pos = part.end()
        out.append(_strip(text, pos, hi))
        out = [_strip(text, inner.end(), b) if (inner := _LEADING_LABEL.match(text, a, b)) else (a, b)
               for a, b in out]
        return [(a, b) for a, b in out if b - a >= 3 and _LETTER.search(text, a, b)]

    def _facing_english(self, lo: int, hi: int, below: bool) -> list[tuple[int, int]]:
        """The English stretches of a neighbour line that no Chinese sentence of that line parts
        from the unit's line: `E1 中文。E2` below a Chinese line offers E1, not E2. A sentence beyond
        another Chinese sentence stands beside that one, as its translation or its neighbour, and
        a Chinese line and the English next to it translate each other across the line break."""
        stretches = self._line_english(lo, hi)
        i, j = bisect.bisect_left(self._run_starts, lo), bisect.bisect_left(self._run_starts, hi)
        ends = [k for k in range(i, j) if _SENTENCE_MARKS.search(self.text, *self.runs[k])]
        if not ends:
            return stretches
        if below:
            bound = self.runs[ends[0]][0]
            return [(a, b) for a, b in stretches if b <= bound]
        bound = self.runs[ends[-1]][1]
        return [(a, b) for a, b in stretches if a >= bound]

    def _line_english(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The English stretches of a line (between its CJK runs) as candidates, computed once."""
        if lo not in self._stretches:
            text, out = self.text, []
            mark = _LINE_NUMBER.match(text, lo, hi) or _TIME_STAMP.match(text, lo, hi)  # a verse's number, a time mark
            pos = mark.end() if mark else lo
            j = bisect.bisect_left(self._run_starts, lo)
            while j < len(self.runs) and self.runs[j][0] < hi:
                _add_stretch(text, pos, self.runs[j][0], out, last=True)
                pos = self.runs[j][1]
                j += 1
            _add_stretch(text, pos, hi, out, last=False)
            self._stretches[lo] = out
        return self._stretches[lo]

    def _neighbour_indices(self, k: int) -> list[int]:
        """The nearest LINE_REACH non-blank lines on each side of line k, in text order."""
        nonblank = self._nonblank
        if nonblank is None:
            nonblank = self._nonblank_lines()
        i = bisect.bisect_left(nonblank, k)
        j = i + 1 if i < len(nonblank) and nonblank[i] == k else i
        return nonblank[i - LINE_REACH if i > LINE_REACH else 0:i] + nonblank[j:j + LINE_REACH]

    def _nonblank_lines(self) -> list[int]:
        """Indices of the lines that hold a visible character: not empty, and not all blanks
        (`isspace` stops at the first visible character); kept with each one's place among them."""
        texts = self._texts
        nonblank = self._nonblank = [m for m in compress(range(len(texts)), texts) if not texts[m].isspace()]
        self._nonblank_at = dict(zip(nonblank, range(len(nonblank))))
        return nonblank

    def _list_match(self, k: int) -> tuple[int, int, float] | None:
        if self._lists is None:
            self._lists = self._align_lists()
        return self._lists.get(k)

    def _line_index(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset) - 1

    def _align_lists(self) -> dict[int, tuple[int, int, float]]:
        """Short Chinese lines whose translations are short English lines elsewhere, in order."""
        text, texts = self.text, self._texts
        starts, ends = self._line_starts, self._line_ends

        def bounds(k: int) -> tuple[int, int]:
            return starts[k], ends[k]

        first = self._first_run  # by line index, the runs that start before it: it grows past a line with runs
        with_runs = list(compress(range(len(starts)), map(operator.lt, first, first[1:])))
        chinese = []
        items: dict[int, tuple[int, int]] = {}  # list item -> the Chinese to score, when not the whole line
        speakers: dict[int, str] = {}  # a speaker's line -> the label its English line must repeat
        for k in with_runs:
            lo, hi = starts[k], ends[k]
            if hi - lo <= 3 * MAX_LIST_HAN and not _table_row(text, lo, hi):
                han = self._line_han(lo, hi)
                run = self.runs[first[k]]
                label = _speaker(text, lo, run[0]) if 0 < han <= MAX_LIST_HAN else None
                if label is not None:
                    if count_han(text[run[0]:run[1]]) == han:
                        chinese.append(k)
                        items[k] = run
                        speakers[k] = label
                elif MIN_HAN <= han <= MAX_LIST_HAN and self._latin(lo, hi) <= han:
                    chinese.append(k)
                elif 0 < han <= MAX_LIST_HAN:  # one character is an item of a marked list only (`3. 家`)
                    if _leads_item(text, lo, *run) and count_han(text[run[0]:run[1]]) == han:
                        chinese.append(k)
                        items[k] = run
        # A list has two or more items in a row (blank lines between them allowed); a transcript's
        # lines are a list of their own, apart from the Chinese lines beside them.
        # An item among English siblings is an item of their list, not an original given apart.
        chinese = [k for k in chinese if self._sibling_list(k) is None]
        chinese = sorted(_in_rows([k for k in chinese if k not in speakers]) + _in_rows([k for k in chinese if k in speakers]))
        if not chinese:
            return {}
        has_run = set(with_runs)
        english = [m for m in _window(chinese, LIST_REACH, len(starts)) if m not in has_run
                   and 3 <= len(texts[m]) <= 6 * MAX_LIST_HAN and _LETTER.search(texts[m])]
        if not english:
            return {}
        matches: dict[int, tuple[int, int, int, float]] = {}
        stripped: dict[int, tuple[int, int, str]] = {}  # an English line's bounds and text, once for all items
        heads: dict[tuple[int, int], str | None] = {}  # its head before a note (None without one), by line and start
        for k in chinese:
            lo, hi = items.get(k) or bounds(k)
            item = text[lo:hi]
            han = count_han(item)
            if han < MIN_HAN:
                continue
            lengths = _plausible_lengths(han)
            field = label_and_value(item)
            best = None
            first = bisect.bisect_left(english, k - LIST_REACH)
            for m in english[first:bisect.bisect_right(english, k + LIST_REACH)]:
                line = stripped.get(m)
                if line is None:
                    a, b = _strip(text, starts[m], ends[m])
                    line = stripped[m] = (a, b, text[a:b])
                a, b, candidate = line
                if self._other_record(k, m):
                    continue
                label = speakers.get(k)
                if label is not None:  # `Teacher: 你想吃什么？` / `Teacher: What would you like to eat?`
                    if _speaker(text, a, a + len(label) + 2) != label:
                        continue
                    a = _SPEAKER.match(text, a).end()
                    candidate = text[a:b]
                if b <= a or b - a < lengths.start:
                    continue  # too short for the item, and its head is shorter still
                head = heads.get((m, a), _NOT_READ)
                if head is _NOT_READ:  # looked for once, not once for every item within reach
                    head = heads[m, a] = _item_head_text(text, a, b)
                whole = b - a in lengths
                if not whole and (head is None or len(head) not in lengths):
                    continue
                score = _score(item, candidate) if whole else 0.0
                if head is not None:  # an item with a note: its head alone may be what the original says
                    score = max(score, _score(item, head))
                if score >= LIST_THRESHOLD and (best is None or score > best[3]) \
                        and _value_translated(field, candidate):  # `附件1：…` is translated as a field
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
        self._same_lists([k for k in chinese if k not in speakers], items, english, matches, bounds, kept)
        self._same_dialogue([k for k in chinese if k in speakers], speakers, items, english, matches, kept)
        return kept

    def _same_dialogue(self, chinese, speakers, items, english, matches, kept) -> None:
        """`A: 你是哪国人？ / B: 我是加拿大人。… / A: Where are you from? / B: I'm Canadian. …`: a
        dialogue given whole in Chinese and then whole in English, or line by line with each
        line's English under it, repeats its speakers in the same order. When half its lines (two
        at least) verify against the English line at their own place, the order of speakers pairs
        the others, which a dictionary may not match (a greeting, an idiom)."""
        text = self.text
        for block in _blocks(chinese, 2):
            if len(block) < MIN_DIALOGUE_LINES:
                continue
            labels = [speakers[k] for k in block]
            near = english[bisect.bisect_left(english, block[0] - LIST_REACH):bisect.bisect_right(english, block[-1] + LIST_REACH)]
            labelled = [m for m in near if _speaker_of_line(text, self._line_starts[m]) is not None]
            for other in _blocks(labelled, 2):
                if len(other) != len(block) or [_speaker_of_line(text, self._line_starts[m]) for m in other] != labels:
                    continue
                if _anchors(block, other, matches) < max(2, len(block) / 2):
                    continue
                for k, m in zip(block, other):
                    a, b = _strip(text, self._line_starts[m], self._line_ends[m])
                    a = _SPEAKER.match(text, a).end()
                    lo, hi = items[k]
                    kept.setdefault(k, (a, b, _score(text[lo:hi], text[a:b])))
                break

    def _same_lists(self, chinese, items, english, matches, bounds, kept) -> None:
        """`1. The Three-Body Problem 2. Wolf Totem … / 1. 三体 2. 狼图腾 …`: a list of originals
        given after (or before) its translations has as many items, numbered or bulleted the same
        way from the same first mark. When one item of it verifies against the English item at its
        own place, the places pair up the others (titles and classical lines, which a dictionary
        rarely matches, included). A list continued in Chinese (`4. 雨伞`) starts from another mark."""
        text = self.text
        for marked in (True, False):
            for block in _blocks(chinese, 2 if marked else 1):
                if len(block) < 2:
                    continue
                marks = [_item_mark(text, bounds(k)[0]) for k in block]
                if bool(marks[0]) != marked or any(_mark_kind(m) != _mark_kind(marks[0]) for m in marks):
                    continue
                self._pair_block(block, marks[0], english, matches, bounds, items, kept)

    def _mark_kind_of(self, k: int) -> str:
        """The kind of line k's list mark (_mark_kind), read once: items are compared with many lines."""
        kind = self._kinds.get(k)
        if kind is None:
            kind = self._kinds[k] = _mark_kind(_item_mark(self.text, self._line_starts[k]))
        return kind

    def _other_record(self, k: int, m: int) -> bool:
        """Is line m a record beside line k's, not its translation? Items of one list and rows of
        one table are records side by side (`- 智能马桶` among `- 55-inch smart TV`, `- Coffee
        machine`; `2026-11-28 06:10  Chengdu  快件已到达…` between the rows of other times): a row's
        translation repeats its key, the figures set apart from its Chinese (a time, a price): a row
        that has figures of its own in their place, and not all of these, is another record. A list
        of pairs alternates its languages (_sibling_list), and pairs its items in turn from the
        first: in `· 青年… / · Peking opera actress… / · 省京剧院…` the last item has no partner."""
        if m == k:
            return False
        siblings = self._sibling_list(k)
        if siblings is not None and m in siblings:
            return True
        pairs = self._partners.get(k)
        if pairs is not None and m in pairs[1] and m != pairs[0]:
            return True
        key = self._row_figures(k)
        if not key:
            return False
        figures = self._row_figures(m)
        other = figures - key
        if not other or key <= figures:
            return False  # `1. Red Sorghum` gives the number of `1. 红高粱 (1987)`, not its year
        for s, e in self.runs[self._first_run[k]:self._first_run[k + 1]]:
            zh = _chinese(self.text[s:e])
            other = other - zh.numbers - zh.spelled  # figures that render the Chinese
        return bool(other)

    def _row_figures(self, k: int) -> frozenset[str]:
        """The figures of line k outside its CJK runs and not glued to Han (`06:10` of `06:10
        Chengdu 快件…`, `2008` of `2005-2008 北京大学`, not `2024` of `2024年`, nor a transcript's
        bracketed time mark: `[00:18]`), read once."""
        figures = self._figures.get(k)
        if figures is None:
            text, lo, hi = self.text, self._line_starts[k], self._line_ends[k]
            runs = self.runs[self._first_run[k]:self._first_run[k + 1]]
            found = []
            stamp = _TIME_STAMP.match(text, lo, hi)  # `[00:18] 今年秋天…` / `[00:27] HOST: This autumn…`
            for m in _DIGITS.finditer(text, stamp.end() if stamp else lo, hi):
                a, b = m.span()
                if any(s <= a < e for s, e in runs):
                    continue
                if not count_han(text[a - 1 if a > lo else a:a] + text[b:b + 1 if b < hi else b]):
                    found.append(m.group())
            figures = self._figures[k] = frozenset(found)
        return figures

    def _sibling_list(self, k: int) -> range | None:
        """The lines of line k's list (lines in a row with the same kind of mark) when they hold
        English and the list does not alternate its languages item by item, as a list of pairs
        does (`- Cardiology / - 心内科 / - Paediatrics / - 儿科`); None otherwise. A list continued in
        Chinese (`- Check the weather / - Charge your phone / - 带好雨具`) or holding a few Chinese
        items among its English ones is one list; a list of originals is set apart from its
        translations. Read once for the whole list."""
        if k in self._sibling_lists:
            return self._sibling_lists[k]
        kind_of, kind = self._mark_kind_of, self._mark_kind_of(k)
        if not kind:
            self._sibling_lists[k] = None
            return None
        first, last = k, k
        while first > 0 and kind_of(first - 1) == kind:
            first -= 1
        while last + 1 < len(self._texts) and kind_of(last + 1) == kind:
            last += 1
        runs = self._first_run
        sides = [runs[j] < runs[j + 1] for j in range(first, last + 1)]
        alternating = len(sides) >= 3 and all(a != b for a, b in zip(sides, sides[1:]))
        found = range(first, last + 1) if not all(sides) and not alternating else None
        self._sibling_lists.update(dict.fromkeys(range(first, last + 1), found))
        if alternating:
            items = range(first, last + 1)
            for j in items:
                partner = j + 1 if (j - first) % 2 == 0 else j - 1
                self._partners[j] = (partner if partner <= last else None, items)
        return found

    def _pair_block(self, block, mark, english, matches, bounds, items, kept) -> None:
        """Pair a block of Chinese items with an English block of as many items and the same first
        mark. Marked items need one item verified at its own place; unmarked lines (the lines of a
        poem given after its translation) need half of them, and at least two."""
        text = self.text
        near = english[bisect.bisect_left(english, block[0] - LIST_REACH):bisect.bisect_right(english, block[0] + LIST_REACH)]
        kind = _mark_kind(mark)
        candidates = [m for m in near if self._mark_kind_of(m) == kind]
        for other in _blocks(candidates, 2 if mark else 1):
            lines = _without_ends_matched_elsewhere(block, other, matches)
            if len(lines) == len(other) + 1 and not mark:  # a poem's title above it, not translated below
                lines = max(lines[1:], lines[:-1], key=lambda kept_lines: _anchors(kept_lines, other, matches))
            if len(lines) != len(other) or _item_mark(text, bounds(other[0])[0]) != mark:
                continue
            pairs = list(zip(lines, other))
            if _anchors(lines, other, matches) < (1 if mark else max(2, len(lines) / 2)):
                continue
            for k, m in pairs:
                a, b = _strip(text, *bounds(m))
                lo, hi = items.get(k) or bounds(k)
                kept.setdefault(k, (a, b, _score(text[lo:hi], text[a:b])))
            return


def _anchors(lines: list[int], other: list[int], matches: dict) -> int:
    """How many Chinese lines of a block verify against the English line at their own place."""
    return sum(k in matches and matches[k][0] == m for k, m in zip(lines, other))


def _without_ends_matched_elsewhere(block: list[int], other: list[int], matches: dict) -> list[int]:
    """`登鹳雀楼` above the four lines of its poem: a first or last line of a Chinese block that
    verifies against English outside the English block (the poem's title, given with the author
    above) is no item of the list facing it."""
    lo, hi = 0, len(block)
    while lo < hi and block[lo] in matches and matches[block[lo]][0] not in other:
        lo += 1
    while hi > lo and block[hi - 1] in matches and matches[block[hi - 1]][0] not in other:
        hi -= 1
    return block[lo:hi]


_LAST_WORD = re.compile(r"[A-Za-z]+\Z")
_SENTENCE_FINAL = frozenset(".!?:;。！？：；…|｜")  # a table's bar parts its cells as a stop parts sentences
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
    while j < len(text) and (text[j] in _CLOSING or text[j] in _OPENING):  # `[Image: 故宫角楼]` ends its line
        blank = blank or text[j].isspace()
        j += 1
    if j >= len(text) or text[j] in "\r\n" or text[j] in _SENTENCE_FINAL:
        return True
    if not blank or text[j] in _CLAUSE_MARKS:
        return False
    if text[j].isascii() and text[j].islower():
        return False  # the English runs on: `外交部 attended the talks`
    word = _LAST_WORD.search(text, lo, i)
    return not (word and word.group().lower() in FUNCTION_WORDS)  # `Officials from 外交部`: no sentence ends so


def _one_sentence(text: str, previous_end: int, start: int) -> bool:
    """Do two runs belong to one Chinese sentence? The first does not end it and a few Latin
    words without an English sentence end stand between them (a name, a number, a gloss)."""
    gap = text[previous_end:start]
    last = previous_end - 1
    while last > 0 and text[last] in _CLOSING:
        last -= 1
    return text[last] not in _SENTENCE_FINAL and len(gap) <= 60 and "\n" not in gap and "|" not in gap \
        and not re.search(r"[.!?;]\s", gap) and len(re.findall(r"[A-Za-z]+", gap)) <= 4


# A field: a short label, a colon and terms set apart by blanks, no sentence punctuation. A page's
# keywords or tags share words with its text without translating any of it.
_LABEL_AFTER = re.compile(r"[ \t]*[:：][ \t]*[A-Za-z0-9]")
_FIELD = re.compile(r"\s*[\u3400-\u9fff]{1,6}[:：]\s*[^\s。，；！？.,;!?]+(?:[ \u3000]+[^\s。，；！？.,;!?]+)+\s*\Z")
MAX_MARK = 8  # characters of indent and list mark before an item
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,3}[.)、]|\(\d{1,3}\)|[-*•·+])[ \t]+")


def _item_mark(text: str, line_start: int) -> str:
    """The list mark a line starts with (`1.`, `-`, `(2)`), or ''."""
    m = _ITEM_MARK.match(text, line_start)
    return m.group().strip() if m else ""


_DIGITS = re.compile(r"\d+")
# A transcript's time mark in brackets at the head of a line: where the line is said, not a key
# that its translation repeats.
_TIME_STAMP = re.compile(r"[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]")
_NUMBERED_HEAD = re.compile(r"[ \t]*[A-Z][a-z]{1,10}[ \t]+(\d{1,3})(?=[ \t]*[:：.–—-]|[ \t]+[A-Z])")  # `Day 3 Dali:`


def _item_number(text: str, line_start: int) -> str | None:
    """The number of a numbered list item's line (`2.`, `(3)`, `Day 3 Dali:`, `Step 2:`), or
    None: items numbered otherwise are siblings in one list, not an item and its translation (a
    list of originals repeats the numbers of its translations)."""
    mark = _item_mark(text, line_start)
    digits = _DIGITS.search(mark) if mark else None
    if digits is None:
        digits = _NUMBERED_HEAD.match(text, line_start)
        return digits.group(1) if digits else None
    return digits.group()


def _mark_kind(mark: str) -> str:
    return _DIGITS.sub("1", mark) if mark else mark


def _window(lines: list[int], reach: int, count: int) -> list[int]:
    """The line indices within `reach` of any of `lines` (sorted), in order, below `count`."""
    out: list[int] = []
    end = 0
    for k in lines:
        lo = k - reach if k - reach > end else end
        hi = k + reach + 1 if k + reach + 1 < count else count
        if hi > lo:
            out += range(lo, hi)
            end = hi
    return out


def _blocks(lines: list[int], gap: int) -> list[list[int]]:
    """Runs of line numbers no more than `gap` apart (2: a list with blank lines between items)."""
    out: list[list[int]] = []
    for k in lines:
        if out and k - out[-1][-1] <= gap:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _in_rows(lines: list[int]) -> list[int]:
    """The lines (sorted indices) with another of them at most two lines away."""
    return [k for x, k in enumerate(lines)
            if x > 0 and lines[x - 1] >= k - 2 or x + 1 < len(lines) and lines[x + 1] <= k + 2]


_SPEAKER = re.compile(r"[ \t]*([A-Z][A-Za-z]{0,15})[ \t]*[:：][ \t]*")
MAX_SPEAKER = 24  # characters of a speaker's label, with its colon and blanks


def _speaker(text: str, line_start: int, start: int) -> str | None:
    """`Teacher: 你想吃什么？`: the speaker's label that opens a transcript line, when the text at
    `start` follows it directly. Its English line repeats the label (`Teacher: What would…`), so
    the label pairs the two as a list mark does, and nothing else may pair with it."""
    if not 2 < start - line_start <= MAX_SPEAKER or text[start - 1] not in ": \t：":
        return None
    m = _SPEAKER.match(text, line_start)
    return m.group(1) if m and m.end() == start else None


def _speaker_of_line(text: str, line_start: int) -> str | None:
    """The speaker's label that opens an English transcript line (`Teacher: What would…`,
    `B: 117 yuan.`)."""
    m = _SPEAKER.match(text, line_start)
    return m.group(1) if m and m.end() - line_start <= MAX_SPEAKER and _SPOKEN.match(text, m.end()) else None


_SPOKEN = re.compile(r"[A-Za-z0-9\"'“‘(]")


def _leads_item(text: str, line_start: int, start: int, end: int) -> bool:
    """Is the run the item of a list line, with at most a short Latin note after a dash or comma
    (`2. 狼图腾 – Jiang Rong, 2004`)?"""
    m = _ITEM_MARK.match(text, line_start)
    if not m or m.end() != start:
        return False
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end].strip()
    return not rest or rest[0] in "–—-,;(（:：" and len(rest) <= MAX_ITEM_NOTE


_ITEM_NOTE = re.compile(r",[ \t]|[ \t][–—-][ \t]|[ \t]\(")


_NOT_READ = object()


def _item_head_text(text: str, a: int, b: int) -> str | None:
    """The head of the English list item text[a:b] before a note (_item_head), or None without a
    note. A line is compared with every Chinese item within LIST_REACH: its note is looked for
    once, not once per item."""
    head = _item_head(text, a, b)
    return text[a:head] if head < b else None


def _item_head(text: str, a: int, b: int) -> int:
    """Where an English list item's head ends before a note (`Camel Xiangzi, by Lao She`,
    `Fortress Besieged – a novel`): a list of originals gives the head alone."""
    m = _ITEM_NOTE.search(text, a, b)
    return m.start() if m and m.start() > a else b


_LETTERS = re.compile(r"[A-Za-z]{3,}")
# `静远斋藏` above `"Collection of the Studio of Quiet Distance", the studio name of…`: a quotation
# is a unit of its own, the rendering a line gives of the original beside it.
_CLAUSE_MARK_INSIDE = re.compile("[，；。！？]")
_SET_OFF = re.compile(r"[(（\[【\"“‘–—=]|(?<![A-Za-z])'|(?<![A-Za-z])-(?![A-Za-z])|\bmean(?:s|ing)\b")  # a rendering's marks
_LONG_QUOTED_ENGLISH = re.compile(r"[\"“]([A-Za-z][^\"“”\n\u3400-\u9fff]{2,800})[\"”]")  # a passage quoted in translation
_QUOTED_ENGLISH = re.compile(r"[\"“]([A-Za-z][^\"“”\n\u3400-\u9fff]{2,120}?)[\"”]")
_HAN_AND_AROUND = re.compile(r"[^|｜]*[\u3400-\u9fff][^|｜]*")  # the cells that hold Chinese


# A field's label of two words or more (`Organized by:`); one word may be a speaker's name.
_LABEL_OPENING = re.compile(r"[ \t]*([A-Z][A-Za-z-]*(?: [A-Za-z-]+){1,3})[ \t]*:[ \t]*")


def _label_of(text: str, line_start: int) -> str | None:
    """The English label that opens a line (`Supported by:`), lower-cased, if any."""
    m = _LABEL_OPENING.match(text, line_start)
    return m.group(1).lower() if m else None


_ACROSS_CELLS = re.compile(r"[A-Za-z0-9][^|｜\n]*[|｜][^\n]*?[A-Za-z0-9]")  # a bar between two cells' words


def _bars_repeat(text: str, lo: int, hi: int) -> bool:
    """Does the line before or after text[lo:hi] hold as many bars: rows of one table, written
    without the outer bars (`01:12:04 | Mr Cai | 我十四岁… | I started…`)?"""
    bars = text.count("|", lo, hi)
    before = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo else None
    after = hi + 1 if hi < len(text) else None
    for a in (before, after):
        if a is not None:
            b = text.find("\n", a)
            if text.count("|", a, len(text) if b < 0 else b) == bars:
                return True
    return False


def _table_row(text: str, lo: int, hi: int) -> bool:
    """`| 华南地区 | 38 | 40 |`: a row of cells is no list item; its English, if any, is a cell of the
    same row or column (leftovers._complete_columns), not a header line that shares a word."""
    return text.count("|", lo, hi) >= 2


_CELL = re.compile(r"[^|｜\n]+")


def _english_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a table row that hold Latin letters and no CJK, each a candidate of its own:
    a cell's translation is the row's English cell, not the whole row after it."""
    out = []
    for m in _CELL.finditer(text, lo, hi):
        a, b = _strip(text, *m.span())
        if b - a >= 2 and _LETTER.search(text, a, b) and not count_han(text[a:b]):
            out.append((a, b))
    return out


def _fills_cell(text: str, start: int, end: int) -> bool:
    """`| tea | 茶 |`: the run is a whole table cell, so one character is a unit of its own."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return before.endswith("|") and text[end:end + 3].lstrip(" \t").startswith("|")


_LINE_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[.)]?|\(\d{1,3}\))[ \t]+(?=[A-Z\"“'‘(])")


def _bracket_at(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """`《长恨歌》 (The Song of Everlasting Sorrow) won…`, `"你吃了吗?" (Have you eaten?), which…`: the
    bracket that opens the English after a run (and its closing quote), whose words may translate
    the run while the rest of the sentence goes on about it."""
    a = lo
    while a < hi and text[a] in " \t\"'”’」』?!。？！":
        a += 1
    if a == hi or text[a] not in "(（":
        return None
    b = text.find(")", a, hi)
    if b < 0:
        b = text.find("）", a, hi)
    return (a + 1, b) if b > a + 3 else None


_SPACED_DASH = re.compile(r"[ \t][–—][ \t]")
DECLARED_REACH = 20
DISTANT_MIN_HAN = 40
DISTANT_QUOTE_REACH = 2000  # characters either side of a line searched for its rendering in quotes
QUOTE_CHUNK = 4096
MAX_QUOTE_LENGTH = 804
DISTANT_REACH = 4000  # characters either side searched for a distant translation
DISTANT_MIN_QUOTE_HAN = 6
DISTANT_MIN_BLOCK_HAN = 16  # a stanza of lines: two lines of eight
DISTANT_THRESHOLD = 0.35
MAX_HEADING_LENGTH = 60
HEADING_REACH = 12  # lines up from an English paragraph to the heading of its translation
_TRANSLATION_HEADING = re.compile(r"(?i)\b(?:translation|translated|english|in english)\b|译文|英文|翻译")
# Parts of the words that _TRANSLATION_LABEL, _DECLARING_SENTENCE and _TRANSLATION_HEADING need.
_DECLARING_WORDS = (b"ranslat", b"English", b"eaning")
_HEADING_WORDS = (b"ranslat", b"RANSLAT", b"nglish", b"NGLISH")
_CHINESE_HEADING_WORDS = ("译文", "英文", "翻译")
MAX_CHINESE_HEADING = 8
# `And in English, line by line: the store is…`: a sentence that opens by saying it translates
_DECLARING_SENTENCE = re.compile(r"[^:\n\u3400-\u9fff]{0,60}?\b(?:[Ii]n English|[Tt]ranslat(?:ed|ion|es)|[Tt]ranslated)\b[^:\n\u3400-\u9fff]{0,40}:[ \t]*")
_TRANSLATION_LABEL = re.compile(r"[ \t]*(?:Translation|English|In English|Meaning|Translated)[ \t]*[:：][ \t]*")
_CLAUSE_BREAK = re.compile(r"[;；][ \t]*|,[ \t]+(?=(?:and|but|when|while|yet)\b)|(?<=[.!?])[ \t]+(?=[A-Z])")
_LEADING_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:[ \t]+")
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z()]+){0,4}[ \t]*[:：][ \t]*")  # `Left side (read first):`


def _add_stretch(text: str, lo: int, hi: int, out: list[tuple[int, int]], last: bool) -> None:
    """The English of text[lo:hi] as candidates: all of it, and the one or two sentences next to the run."""
    bracket = _bracket_at(text, lo, hi) if not last else None
    lo, hi = _strip(text, lo, hi)
    if hi - lo < 3 or not _LETTER.search(text, lo, hi):
        return
    out.append((lo, hi))
    if bracket is not None and bracket != (lo, hi):
        out.append(bracket)
    dash = _SPACED_DASH.search(text, lo, hi)
    if dash is not None and _LETTER.search(text, lo, dash.start()):
        out.append(_strip(text, lo, dash.start()))  # `Takes a nap on a lily pad – rest your head`: the rendering, then a note
    label = _LEADING_LABEL.match(text, lo, hi)
    if label is not None and _LETTER.search(text, label.end(), hi):
        out.append(_strip(text, label.end(), hi))  # `Our translation: "On the empty mountain…"`: the words, not the label
    sentences = _sentences(text, lo, hi)
    if len(sentences) > 1:
        near = sentences[-2:] if last else sentences[:2]
        out.append(near[-1] if last else near[0])
        if len(sentences) > 2:
            out.append((near[0][0], near[1][1]))
