"""Hanyu Pinyin for telling romanized Chinese names from English words.

The readings come from package data (data/pinyin.txt, built from pypinyin's character table by
tools/build_pinyin_table.py), so nothing heavy is imported at run time.
"""
from __future__ import annotations

import re
from functools import lru_cache
from .data import SortedTable


@lru_cache(maxsize=1)
def _table() -> SortedTable:
    """Character -> its readings as written in the file (`ling,yuan,xing`), looked up in place
    and split on look-up: most starts read only a few characters of the 27,000."""
    return SortedTable("pinyin.txt")


@lru_cache(maxsize=8192)
def readings(char: str) -> tuple[str, ...]:
    """Toneless readings of a Han character, the most common first; () for anything else."""
    found = _table().get(char)
    return tuple(found.split(",")) if found else ()


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless Pinyin syllable (about 400): the file's `# syllables` line, which the
    builder writes, so that no start reads the whole table for them."""
    line = next(c for c in _table().comments if c.startswith("# syllables\t"))
    return frozenset(line.partition("\t")[2].split())


@lru_cache(maxsize=8192)
def spells_pinyin(word: str, max_syllables: int = 3) -> bool:
    """Can `word` be split into at most `max_syllables` Pinyin syllables (`Deshang` = de+shang)?"""
    word = word.lower()
    if not word:
        return False
    if max_syllables == 1:
        return word in syllables()
    return any(word[:i] in syllables() and (i == len(word) or spells_pinyin(word[i:], max_syllables - 1))
               for i in range(min(6, len(word)), 0, -1))


def romanizes(han: str, letters: str) -> bool:
    """Do the Latin `letters` begin or end with a Pinyin spelling of `han` (any reading of each
    character, so polyphonic characters need no phrase table)? `袁家界` and `Yuanjiajie`."""
    parts = []
    for char in han:
        options = readings(char)
        if options:
            parts.append("(?:" + "|".join(options) + ")")
        elif char.isalnum():
            parts.append(re.escape(char.lower()))
    if not parts:
        return False
    spelled = "".join(parts)
    letters = letters.lower()
    return re.match(spelled, letters) is not None or re.search(f"(?:{spelled})\\Z", letters) is not None
