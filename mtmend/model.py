"""The document model: locations, issues and edits as plain dataclasses.

Every offset is a character offset into the prose text the object was computed from: an Issue and
an Edit in a Result point into the *input*, so a report can always be read against the original
and every change can be undone with `Result.undo()`. `location` says where the same place is in
the file on disk and in the format's structure.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .spans import splice

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import Any

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(slots=True)  # not frozen, like Issue below: built once per issue; treat as immutable
class Location:
    """Where an issue or edit is for a person or an editor: `line` and `column` (1-based) in the
    file as it is on disk, where the format has one; `path` and `offset`, the format's structural
    place (`/html[1]/body[1]/p[2]`, `cue 3`, `document.xml paragraph 4`) and the character offset
    in the text of that element. Plain text and Markdown have no path."""

    line: int | None = None
    column: int | None = None
    path: str | None = None
    offset: int | None = None

    @property
    def label(self) -> str:
        """`path+offset` for structured formats, `line:column` otherwise (as lint lines print it)."""
        if self.path is not None:
            return f"{self.path}+{self.offset}"
        return f"{self.line}:{self.column}"

    def to_dict(self, length: int) -> dict[str, Any]:
        """The location's keys in a report entry (flat, beside `start` and `end`)."""
        d: dict[str, Any] = {}
        if self.line is not None:
            d["line"], d["column"] = self.line, self.column
        if self.path is not None:
            d["location"], d["offset"], d["length"] = self.path, self.offset, length
        return d


# Issues and edits are hashable value objects but not `frozen`: a damaged document yields
# thousands of them, and frozen dataclasses are several times slower to build. Treat them as
# immutable.
@dataclass(slots=True, unsafe_hash=True)
class Issue:
    """Something wrong (or, at `info`, merely notable) in a span of the input."""

    rule: str
    kind: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)
    location: Location | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return _with_location(self, {"rule": self.rule, "kind": self.kind, "severity": self.severity,
                                     "start": self.start, "end": self.end, "message": self.message,
                                     "suggestion": self.suggestion, "data": dict(self.data)})


@dataclass(slots=True, unsafe_hash=True)
class Edit:
    """Replace `before` at [start, end) of the input by `after`; `rule` says who decided it."""

    start: int
    end: int
    before: str
    after: str
    rule: str
    location: Location | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        """A stable id: the same edit of the same input has the same id in every run, so a
        reviewer's choice (`Result.apply(ids)`) can be stored and replayed."""
        import hashlib

        key = f"{self.start}\0{self.end}\0{self.rule}\0{self.before}\0{self.after}".encode("utf-8", "surrogatepass")
        return hashlib.blake2s(key, digest_size=6).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return _with_location(self, {"id": self.id, "start": self.start, "end": self.end, "before": self.before,
                                     "after": self.after, "rule": self.rule})


def _with_location(item: Issue | Edit, entry: dict[str, Any]) -> dict[str, Any]:
    """A report entry with its location's keys beside `start` and `end`."""
    if item.location is not None:
        entry.update(item.location.to_dict(item.end - item.start))
    return entry


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits whose offsets point into `text`."""
    return splice(text, _checked(text, edits))


def _checked(text: str, edits: Iterable[Edit]) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for e in edits:
        if e.start < pos:
            raise ValueError(f"overlapping edit at {e.start}: {e!r}")
        if text[e.start:e.end] != e.before:
            raise ValueError(f"edit does not match the text at {e.start}: {e!r}")
        yield e.start, e.end, e.after
        pos = e.end


def compose_edits(original: str, first: list[Edit], middle: str, second: list[Edit]) -> list[Edit]:
    """Edits on `original` equivalent to `first` (original -> middle) followed by `second` (middle -> ...).

    Edits of the second pass that touch text written by the first are merged with it, so the
    result stays a flat, non-overlapping list against the original that `apply_edits` and
    `Result.undo` can use directly.
    """
    if not second:
        return list(first)
    if not first:
        return list(second)
    # Intervals in `middle` coordinates: first edits by their output, second edits by their input.
    spans: list[tuple[int, int, int, Edit]] = []  # (start, end, pass, edit)
    shift = 0
    for e in first:
        s = e.start + shift
        spans.append((s, s + len(e.after), 0, e))
        shift += _delta(e)
    spans.extend((e.start, e.end, 1, e) for e in second)
    spans.sort(key=lambda t: (t[0], t[1]))
    groups: list[list[tuple[int, int, int, Edit]]] = []
    hi = -1
    for span in spans:
        if groups and (span[0] < hi or (span[0] == hi and (span[0] == span[1] or groups[-1][-1][0] == hi))):
            groups[-1].append(span)
            hi = max(hi, span[1])
        else:
            groups.append([span])
            hi = span[1]
    final = apply_edits(middle, second)
    out: list[Edit] = []
    for group in groups:
        if len(group) == 1 and group[0][2] == 0:
            out.append(group[0][3])
            continue
        lo = min(s for s, _, _, _ in group)
        hi = max(e for _, e, _, _ in group)
        members = {id(e) for _, _, _, e in group}
        # Outside the group, text is untouched by either pass: only earlier edits shift it.
        lo_o = lo - sum(_delta(e) for s, _, p, e in spans if p == 0 and s < lo and id(e) not in members)
        hi_o = lo_o + (hi - lo) - sum(_delta(e) for e in first if id(e) in members)
        lo_f = lo + sum(_delta(e) for e in second if id(e) not in members and e.start < lo)
        hi_f = lo_f + (hi - lo) + sum(_delta(e) for e in second if id(e) in members)
        rules = dict.fromkeys(e.rule for _, _, _, e in sorted(group, key=lambda t: t[2]))
        out.append(Edit(lo_o, hi_o, original[lo_o:hi_o], final[lo_f:hi_f], "+".join(rules)))
    return [e for e in out if e.before != e.after]


def _delta(e: Edit) -> int:
    return len(e.after) - (e.end - e.start)


def summarize(issues: list[Issue], edits: list[Edit], remaining: list[Issue]) -> dict[str, Any]:
    by_kind: dict[str, int] = {}
    by_severity: dict[str, int] = {s: 0 for s in SEVERITIES}
    for i in issues:
        by_kind[i.kind] = by_kind.get(i.kind, 0) + 1
        by_severity[i.severity] += 1
    return {
        "issues": len(issues),
        "by_kind": by_kind,
        "by_severity": by_severity,
        "edits": len(edits),
        "remaining_errors": sum(1 for i in remaining if i.severity == "error"),
    }
