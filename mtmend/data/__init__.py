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
    without decoding or splitting it up front: a start looks up a handful of keys, and splitting
    tens of thousands of lines costs more than the rest of that start's data.

    The file's bytes are cut at line ends into blocks of about BLOCK bytes; a look-up bisects the
    first keys of the blocks, then the lines of one block (split on its first look-up). UTF-8
    orders bytes as their code points, and a tab sorts before every character of a key, so
    `key<TAB>` orders lines as their keys do.
    """

    BLOCK = 8192

    def __init__(self, name: str) -> None:
        data = (_HERE / name).read_bytes()
        self.comments: list[str] = []
        body = 0  # offsets, not slices: a copy of a megabyte costs more than the rest
        while data.startswith(b"#", body):
            end = data.find(b"\n", body)
            end = len(data) if end < 0 else end
            self.comments.append(data[body:end].decode("utf-8"))
            body = end + 1
        starts = [body]
        while (end := data.find(b"\n", starts[-1] + self.BLOCK)) >= 0 and end + 1 < len(data):
            starts.append(end + 1)
        self._data = data
        self._starts = starts + [len(data)]
        self._heads = [data[s:data.find(b"\t", s)] + b"\t" for s in starts]
        self._blocks: dict[int, list[bytes]] = {}

    def get(self, key: str) -> str | None:
        """The value on `key`'s line, or None when no line has that key."""
        prefix = key.encode("utf-8", "surrogatepass") + b"\t"
        n = bisect_right(self._heads, prefix) - 1
        if n < 0:
            return None
        lines = self._blocks.get(n)
        if lines is None:
            lines = self._blocks[n] = self._data[self._starts[n]:self._starts[n + 1]].splitlines()
        i = bisect_left(lines, prefix)
        if i < len(lines) and lines[i].startswith(prefix):
            return lines[i][len(prefix):].decode("utf-8")
        return None
