"""The document model: issues, edits and results as plain dataclasses.

Every offset is a character offset into the text the object was computed from: an Issue and an
Edit in a Result point into the *input*, so a report can always be read against the original and
every change can be undone with `Result.undo()`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal

Kind = Literal["untranslated", "punctuation", "spacing", "casing", "terminology", "encoding"]
Severity = Literal["error", "warning", "info"]
KINDS: tuple[str, ...] = ("untranslated", "punctuation", "spacing", "casing", "terminology", "encoding")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


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

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "kind": self.kind, "severity": self.severity, "start": self.start,
                "end": self.end, "message": self.message, "suggestion": self.suggestion, "data": dict(self.data)}


@dataclass(slots=True, unsafe_hash=True)
class Edit:
    """Replace `before` at [start, end) of the input by `after`; `rule` says who decided it."""

    start: int
    end: int
    before: str
    after: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "before": self.before, "after": self.after, "rule": self.rule}


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits whose offsets point into `text`."""
    parts: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos:
            raise ValueError(f"overlapping edit at {e.start}: {e!r}")
        if text[e.start:e.end] != e.before:
            raise ValueError(f"edit does not match the text at {e.start}: {e!r}")
        parts.append(text[pos:e.start])
        parts.append(e.after)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


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


class Result:
    """What `mtmend.fix` returns: the repaired text and the full account of how it was made.

    `issues`, `edits` and `remaining` may be handed over as zero-argument callables; they are
    built on first access, so a caller that only wants `.text` does not pay for them.
    """

    __slots__ = ("source", "text", "notes", "_issues", "_edits", "_remaining")

    def __init__(self, source: str, text: str, issues: list[Issue] | Callable[[], list[Issue]],
                 edits: list[Edit] | Callable[[], list[Edit]], notes: list[str] | None = None,
                 recheck: Callable[[], list[Issue]] | None = None) -> None:
        self.source = source
        self.text = text
        self.notes = list(notes or [])
        self._issues = issues
        self._edits = edits
        self._remaining: list[Issue] | Callable[[], list[Issue]] = recheck or []

    @property
    def issues(self) -> list[Issue]:
        """Issues found in the input, sorted by position."""
        if callable(self._issues):
            self._issues = self._issues()
        return self._issues

    @property
    def edits(self) -> list[Edit]:
        """The edits applied, against the input: sorted and non-overlapping."""
        if callable(self._edits):
            self._edits = self._edits()
        return self._edits

    @property
    def remaining(self) -> list[Issue]:
        """Issues still present in the output (computed on first use)."""
        if callable(self._remaining):
            self._remaining = self._remaining()
        return self._remaining

    def __repr__(self) -> str:
        return f"Result(text={self.text[:40]!r}..., changed={self.changed})"

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def undo(self, rules: Iterable[str] | None = None) -> str:
        """The input again, or with `rules` given, the output minus the edits of those rules."""
        if rules is None:
            return self.source
        refused = set(rules)
        kept = [e for e in self.edits if not refused.intersection(e.rule.split("+"))]
        return apply_edits(self.source, kept)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "mtmend.result/1",
            "text": self.text,
            "changed": self.changed,
            "issues": [i.to_dict() for i in self.issues],
            "edits": [e.to_dict() for e in self.edits],
            "remaining": [i.to_dict() for i in self.remaining],
            "notes": list(self.notes),
            "summary": summarize(self.issues, self.edits, self.remaining),
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kwargs)


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
