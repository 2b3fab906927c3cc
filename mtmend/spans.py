"""Sorted, non-overlapping character ranges, queried by bisection (frozen and protected text)."""
from __future__ import annotations

import bisect

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
    i = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def contains(ranges: list[Range], pos: int) -> bool:
    """Is the character at `pos` inside one of the merged `ranges`?"""
    i = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and pos < ranges[i][1]
