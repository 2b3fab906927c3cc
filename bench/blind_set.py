"""One blind detection set being written: its pages, their checks, and the two jsonl files.

A builder (bench/build_blind16.py and later) makes a BlindSet, writes its pages with `dd` (an
English page with deliberate Chinese) and `ll` (a half-translated page) in `{D:…}` / `{L:…}`
marks (build_detection_sets.marked), and calls `build()`: every Han character must sit inside a
mark and every mark hold one, each page must fall within the set's line and length bounds, and a
half-translated page must hold a leftover while a deliberate one holds none. The files are
bench/sets/NAME-deliberate.jsonl and NAME-leftovers.jsonl, with ids like d18d-01 and d18l-01.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_detection_sets import marked  # noqa: E402

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_MARK = re.compile(r"\{[DL]:([^}]*)\}")


class BlindSet:
    def __init__(self, name: str, chars: tuple[int, int], lines: tuple[int, int] | None = None) -> None:
        self.name, self.chars, self.lines = name, chars, lines
        self.deliberate: list[tuple[str, str]] = []
        self.leftovers: list[tuple[str, str]] = []

    def dd(self, layout: str, text: str) -> None:
        self.deliberate.append((layout, text.strip("\n")))

    def ll(self, layout: str, text: str) -> None:
        self.leftovers.append((layout, text.strip("\n")))

    def check(self, layout: str, text: str) -> None:
        unmarked = _MARK.sub("", text)
        assert not HAN.findall(unmarked), (layout, text[:60], HAN.findall(unmarked))
        assert "{" not in unmarked, (layout, text[:60])
        for m in _MARK.finditer(text):
            assert HAN.search(m.group(1)), (layout, m.group(0))
        if self.lines:
            count = sum(1 for x in text.splitlines() if x.strip())
            assert self.lines[0] <= count <= self.lines[1], (layout, text[:60], count)

    def build(self) -> None:
        sets = HERE / "sets"
        sets.mkdir(exist_ok=True)
        number = self.name.removeprefix("detect")
        for kind, docs in (("deliberate", self.deliberate), ("leftovers", self.leftovers)):
            prefix = f"d{number}{kind[0]}"
            han, bad, layouts = 0, [], {}
            with open(sets / f"{self.name}-{kind}.jsonl", "w", encoding="utf-8") as f:
                for i, (layout, text) in enumerate(docs, 1):
                    self.check(layout, text)
                    d, lay = marked(layout, text)
                    body = "".join(d.parts)
                    if not self.chars[0] <= len(body) <= self.chars[1]:
                        bad.append((prefix, i, layout, len(body)))
                    if kind == "leftovers":
                        assert d.leftovers, (prefix, i)
                    else:
                        assert d.deliberate and not d.leftovers, (prefix, i)
                    han += len(HAN.findall(body))
                    layouts[lay] = layouts.get(lay, 0) + 1
                    f.write(d.json(f"{prefix}-{i:02d}", lay) + "\n")
            print(kind, len(docs), "docs", han, "han")
            for lay, n in sorted(layouts.items()):
                print(f"  {lay}: {n}")
            assert not bad, bad
