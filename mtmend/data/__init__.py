"""Package data: glossary, case lexicon, Pinyin readings, script tables (see tools/ for builders).

`read_text(name)` reads one of the files beside this module. A plain path read, not
importlib.resources: that import alone costs more than every read a `mtmend check` makes, and
the package is always installed as files (wheel or editable).
"""
from bisect import bisect_left, bisect_right
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def read_text(name: str) -> str:
    return (_HERE / name).read_text(encoding="utf-8")


def data_path(name: str) -> str:
    return str(_HERE / name)


class SortedTable:
    """A data file of `key<TAB>value` lines sorted by key (after `#` comment lines), looked up
    without splitting it into lines up front: a start looks up a handful of keys, and splitting
    tens of thousands of lines costs more than the rest of that start's data.

    The text is cut at line ends into blocks of about BLOCK characters; a look-up bisects the
    first keys of the blocks, then the lines of one block (split on its first look-up). A tab
    sorts before every character of a key, so `key<TAB>` orders lines as their keys do.
    """

    BLOCK = 8192

    def __init__(self, name: str) -> None:
        text = read_text(name)
        self.comments = []
        while text.startswith("#"):
            comment, _, text = text.partition("\n")
            self.comments.append(comment)
        starts = [0]
        while (end := text.find("\n", starts[-1] + self.BLOCK)) >= 0 and end + 1 < len(text):
            starts.append(end + 1)
        self._text = text
        self._starts = starts + [len(text)]
        self._heads = [text[s:text.find("\t", s)] + "\t" for s in starts]
        self._blocks: dict[int, list[str]] = {}

    def get(self, key: str) -> str | None:
        """The value on `key`'s line, or None when no line has that key."""
        prefix = key + "\t"
        n = bisect_right(self._heads, prefix) - 1
        if n < 0:
            return None
        lines = self._blocks.get(n)
        if lines is None:
            lines = self._blocks[n] = self._text[self._starts[n]:self._starts[n + 1]].splitlines()
        i = bisect_left(lines, prefix)
        return lines[i][len(prefix):] if i < len(lines) and lines[i].startswith(prefix) else None
