"""The segment layer: how structured formats (HTML, SRT, ...) go through the same pipeline.

A format adapter cuts its document into segments (a paragraph, a cue, an attribute value), each
made of pieces: stretches of the source whose text the rules read. An inline tag between two
pieces does not end a segment, so `the <b>school</b>,Talk` is repaired as one sentence. All
segments are joined, paragraph-separated, and fixed as one text (document-wide evidence such
as casing and bilingual layout works as for plain text); each edit is then mapped back to the
piece it falls in, and the adapter writes only the pieces that changed. Everything else in the
source (markup, entities, timing lines) is copied byte for byte, so a document with nothing to
repair comes out identical. An edit that would cross from one piece into another (through a
tag or an entity) is not applied; its issue is still reported.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from ..model import Edit, apply_edits

SEPARATOR = "\n\n"  # between segments: no rule joins or edits across a blank line


@dataclass(slots=True, eq=False)  # identity: pieces key the edits written back into them
class Piece:
    start: int  # source offsets
    end: int
    text: str  # what the rules read (entities decoded, for example)
    editable: bool = True


@dataclass(slots=True)
class Segment:
    pieces: list[Piece]
    location: str  # where a reader finds it: "cue 3", "/html/body/p[2]", "p[2]@alt"

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)



def owning_piece(segment: Segment, start: int, end: int) -> tuple[Piece, int] | None:
    """The editable piece that segment text [start, end) falls in, with the piece's offset in
    the segment; None when it touches markup or spans two pieces. An insertion where two pieces
    meet goes to the first of them that is editable."""
    lo = 0
    for piece in segment.pieces:
        hi = lo + len(piece.text)
        if not (start == end == hi and not piece.editable):
            if lo <= start and end <= hi and (start < hi or start == end):
                return (piece, lo) if piece.editable else None
        lo = hi
    return None


class SegmentedDocument:
    """A parsed document; adapters fill `segments` and may override `escape`."""

    format = "segmented"
    # Rules that make no sense for the format (HTML collapses whitespace runs anyway).
    skipped_rules: frozenset[str] = frozenset()

    def __init__(self, source: str, segments: list[Segment]) -> None:
        self.source = source
        self.segments = segments

    def escape(self, text: str) -> str:
        """How new text is written into the source (HTML escapes `&` and `<`, for example)."""
        return text

    def render(self, edits: dict[Piece, list[Edit]]) -> str:
        """The source with each piece's edits (offsets into the piece's text) applied."""
        return self.splice([(piece.start, piece.end, self.escape(apply_edits(piece.text, mine)))
                            for piece, mine in edits.items()])

    def splice(self, replacements: list[tuple[int, int, str]]) -> str:
        """The source with non-overlapping [start, end) ranges replaced."""
        out, pos = [], 0
        for start, end, text in sorted(replacements):
            out.append(self.source[pos:start])
            out.append(text)
            pos = end
        out.append(self.source[pos:])
        return "".join(out)


@dataclass
class DocumentResult:
    """What fixing a segmented document gives: the new source and the account of it."""

    source: str
    text: str
    located_issues: Callable[[], list[dict[str, Any]]] = field(repr=False)
    located_edits: Callable[[], list[dict[str, Any]]] = field(repr=False)
    notes: list[str] = field(default_factory=list)
    recheck: Callable[[], list[dict[str, Any]]] | None = field(default=None, repr=False)

    @property
    def changed(self) -> bool:
        return self.text != self.source

    @cached_property
    def issues(self) -> list[dict[str, Any]]:
        """Issues of the input, each with its segment's `location` and `offset` (built on first use)."""
        return self.located_issues()

    @cached_property
    def edits(self) -> list[dict[str, Any]]:
        """The edits applied, located like the issues."""
        return self.located_edits()

    @cached_property
    def remaining(self) -> list[dict[str, Any]]:
        """Issues still in the output (checked on first use)."""
        return self.recheck() if self.recheck else []


def fix_document(doc: SegmentedDocument, **options: Any) -> DocumentResult:
    """Fix every segment of `doc` as one text and write the repairs back into the source."""
    from ..pipeline import check, fix

    texts = [s.text for s in doc.segments]
    joined = SEPARATOR.join(texts)
    starts = _starts(texts)
    options["rules"] = _rules(doc, options.get("rules"))
    result = fix(joined, **options)
    per_segment: list[list[Edit]] = [[] for _ in texts]  # filled only for a recheck
    by_piece: dict[Piece, list[Edit]] = {}
    applied, notes = [], list(result.notes)
    for e in result.edits:
        i = bisect.bisect_right(starts, e.start) - 1
        start, end = e.start - starts[i], e.end - starts[i]
        owner = owning_piece(doc.segments[i], start, end) if end <= len(texts[i]) else None
        if owner is None:
            notes.append(f"not applied across markup in {doc.segments[i].location}: {e.before!r} -> {e.after!r}")
            continue
        piece, lo = owner
        by_piece.setdefault(piece, []).append(Edit(start - lo, end - lo, e.before, e.after, e.rule))
        applied.append((i, e))
    text = doc.render(by_piece)

    def recheck() -> list[dict[str, Any]]:
        for i, e in applied:
            per_segment[i].append(Edit(e.start - starts[i], e.end - starts[i], e.before, e.after, e.rule))
        new_texts = [apply_edits(t, es) for t, es in zip(texts, per_segment)]
        new_starts = _starts(new_texts)
        return [_located(doc, new_starts, i.start, i.to_dict())
                for i in check(SEPARATOR.join(new_texts), glossary=options.get("glossary"), rules=options["rules"])]

    return DocumentResult(doc.source, text,
                          lambda: [_located(doc, starts, i.start, i.to_dict()) for i in result.issues],
                          lambda: [_located(doc, starts, e.start, e.to_dict()) for _, e in applied], notes, recheck)


def check_document(doc: SegmentedDocument, **options: Any) -> list[dict[str, Any]]:
    from ..pipeline import check

    texts = [s.text for s in doc.segments]
    starts = _starts(texts)
    options["rules"] = _rules(doc, options.get("rules"))
    return [_located(doc, starts, i.start, i.to_dict()) for i in check(SEPARATOR.join(texts), **options)]


def _rules(doc: SegmentedDocument, rules: Any) -> list[str] | None:
    from ..rules import RULES

    if not doc.skipped_rules:
        return rules
    wanted = list(rules) if rules else list(RULES)
    return [r for r in wanted if r not in doc.skipped_rules]


def _starts(texts: list[str]) -> list[int]:
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + len(SEPARATOR)
    return starts


def _located(doc: SegmentedDocument, starts: list[int], start: int, data: dict[str, Any]) -> dict[str, Any]:
    """An issue or edit as a dict, with the segment's location and offsets within its text."""
    i = bisect.bisect_right(starts, start) - 1
    data = dict(data)
    data["location"] = doc.segments[i].location
    data["offset"] = start - starts[i]
    data.pop("start", None)
    end = data.pop("end", None)
    if end is not None:
        data["length"] = end - start
    return data
