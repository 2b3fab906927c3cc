"""Sorted, non-overlapping character ranges: queried by bisection (frozen and protected text), and spliced."""
from __future__ import annotations

import bisect
import math
from collections.abc import Iterable

Range = tuple[int, int]


def merge(ranges: list[Range]) -> list[Range]:
    """Sorted union of `ranges`; touching ranges are joined."""
    out: list[Range] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def covers(ranges: list[Range], start: int, end: int) -> bool:
    """Is [start, end) entirely inside one of the merged `ranges`?"""
    i = bisect.bisect_right(ranges, (start, math.inf)) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def contains(ranges: list[Range], pos: int) -> bool:
    """Is the character at `pos` inside one of the merged `ranges`?"""
    i = bisect.bisect_right(ranges, (pos, math.inf)) - 1
    return i >= 0 and pos < ranges[i][1]


def splice(text: str, replacements: Iterable[tuple]) -> str:
    """`text` with sorted, non-overlapping [start, end) ranges replaced: the one place where
    edits, repairs and written-back pieces are put into a text. Each replacement is a tuple
    (start, end, ..., new text): the pipeline's repairs carry their rule between, and are
    spliced as they are rather than copied into thousands of triples first."""
    parts: list[str] = []
    add = parts.append
    pos = 0
    for r in replacements:
        add(text[pos:r[0]])
        add(r[-1])
        pos = r[1]
    add(text[pos:])
    return "".join(parts)
