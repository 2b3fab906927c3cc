"""The segment layer: how every format goes through the same pipeline, and what an adapter declares.

A format adapter (one module of this package, listed in its `ADAPTERS`) declares a `Format`: its
name, extensions, content sniffing and parser. The parser cuts its document into segments (a paragraph, a cue, an attribute value), each
made of pieces: stretches of the source whose text the rules read. An inline tag between two
pieces does not end a segment, so `the <b>school</b>,Talk` is repaired as one sentence. All
segments are joined, paragraph-separated, and fixed as one text (document-wide evidence such
as casing and bilingual layout works as for plain text); each edit is then mapped back to the
piece it falls in, and the adapter writes only the pieces that changed. Everything else in the
source (markup, entities, timing lines) is copied byte for byte, so a document with nothing to
repair comes out identical. An edit that would cross from one piece into another (through a
tag or an entity) is not applied; its issue is still reported. Plain text and Markdown are one
segment of one piece: the whole text. `mtmend.Document` is the public face of all this.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Edit, apply_edits
from ..spans import splice

SEPARATOR = "\n\n"  # between segments: no rule joins or edits across a blank line


@dataclass(slots=True, eq=False)  # identity: pieces key the edits written back into them
class Piece:
    """A stretch of the source whose text the rules read."""

    start: int  # source offsets
    end: int
    text: str  # what the rules read (entities decoded, for example)
    editable: bool = True


@dataclass(slots=True)
class Segment:
    """A paragraph, cue or attribute value: pieces that read as one text."""

    pieces: list[Piece]
    location: str | None  # where a reader finds it: "cue 3", "/html/body/p[2]", "p[2]@alt"; None: the whole text

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
    """A parsed document; adapters fill `segments` and may override `escape` and `render`."""

    format = "segmented"
    # Rules that make no sense for the format (HTML collapses whitespace runs anyway).
    skipped_rules: frozenset[str] = frozenset()
    # Piece offsets are offsets into `source`, the file as read (so issues get a line and column).
    source_offsets = True

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
        return splice(self.source, sorted(replacements))

    def protect(self, text: str) -> list[tuple[int, int]]:
        """Ranges of the prose `text` that are syntax, not prose (Markdown code): none here."""
        return []


class WholeText(SegmentedDocument):
    """A text that is all prose: one segment, one piece. `format` is also what rules are told
    about its syntax (`markdown`), and `protected` finds the ranges that syntax keeps from them."""

    def __init__(self, source: str, format: str, protected: Callable[[str], list[tuple[int, int]]] | None = None) -> None:
        super().__init__(source, [Segment([Piece(0, len(source), source)], None)])
        self.format = format
        self.protected = protected

    def protect(self, text: str) -> list[tuple[int, int]]:
        return self.protected(text) if self.protected else []


@dataclass(frozen=True)
class Format:
    """What a format adapter declares. `parse(content, name)` takes text (bytes when `binary`)
    and returns a SegmentedDocument, raising ValueError with one line when the input is not of
    this format; `sniff(head)` says whether content with no telling extension is of this format
    (the first 4,000 characters, or the bytes when binary); formats are sniffed in `sniff_order`.
    `reparse_to_render`: rendering changes the parsed object, so each rendering needs a fresh
    parse."""

    name: str
    extensions: tuple[str, ...]
    parse: Callable[..., SegmentedDocument]
    sniff: Callable[..., bool] | None = None
    sniff_order: int = 100
    binary: bool = False
    reparse_to_render: bool = False
