"""`Document`: one input of any format, as the rules see it and as it is written back.

A document keeps its content as read (text decoded with its own encoding, or the bytes of a
binary format) and the name of its format adapter (`mtmend/formats/`). The adapter's parse gives
the prose: segments joined by a blank line, which is the text every issue and edit points into.
Writing back maps each edit to the piece of the source it falls in and lets the adapter render.
A pickled document carries its content only; it is parsed again when needed.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from . import formats
from .formats.segments import SEPARATOR, Format, Piece, SegmentedDocument, WholeText, owning_piece
from .io import InputError, decode, read_bytes
from .model import Edit, Issue, Location

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import TypeVar

    Located = TypeVar("Located", Issue, Edit)


class Document:
    """A document of any supported format. Build one with `from_path`, `from_bytes` or `from_text`."""

    def __init__(self, format: str, content: str | bytes, name: str | None, encoding: str,
                 parsed: SegmentedDocument | None = None) -> None:
        self.format = format
        self.content = content
        self.name = name
        self.encoding = encoding  # "binary" for binary formats
        if parsed is not None:
            self.__dict__["parsed"] = parsed

    @classmethod
    def from_path(cls, path: str | Path, format: str | None = None) -> "Document":
        """Read a file (`-` is standard input); the format comes from `format`, the extension, or
        the content. InputError or ValueError (one line, naming the file) for unusable input."""
        path = str(path)
        name = "<stdin>" if path == "-" else path
        adapter = formats.get(format) if format else formats.by_extension(name)
        data = read_bytes(path)
        return cls.from_bytes(data, adapter.name if adapter else None, name)

    @classmethod
    def from_bytes(cls, data: bytes, format: str | None = None, name: str | None = None) -> "Document":
        """A document from its bytes. Text is decoded (UTF-8, or the encoding it is detected to
        be in) and written back in the same encoding; without `format`, `name`'s extension or the
        content decides, and bytes that are not text but a binary format's are read as that."""
        label = name or "<input>"
        adapter = formats.get(format) if format else formats.by_extension(name)
        if adapter is not None and adapter.binary:
            return cls._parse(adapter, data, name, "binary")
        try:
            text, encoding = decode(data, label)
        except InputError:
            binary = None if format else formats.sniff_binary(data)
            if binary is None:
                raise
            return cls._parse(binary, data, name, "binary")
        return cls._parse(adapter or formats.sniff_text(text), text, name, encoding)

    @classmethod
    def from_text(cls, text: str, format: str = "text", name: str | None = None) -> "Document":
        """A document from text already decoded (written back as UTF-8)."""
        adapter = formats.get(format)
        if adapter.binary:
            raise ValueError(f"{format} is a binary format: read it with Document.from_bytes or from_path")
        return cls._parse(adapter, text, name, "utf-8")

    @classmethod
    def _parse(cls, adapter: Format, content: str | bytes, name: str | None, encoding: str) -> "Document":
        if adapter.binary and not content:
            raise InputError(f"{name or '<input>'}: input is empty")
        return cls(adapter.name, content, name, encoding, adapter.parse(content, name or "<input>"))

    def __repr__(self) -> str:
        return f"Document(format={self.format!r}, name={self.name!r}, encoding={self.encoding!r})"

    def __getstate__(self) -> dict:
        return {k: self.__dict__[k] for k in ("format", "content", "name", "encoding")}

    @property
    def adapter(self) -> Format:
        return formats.get(self.format)

    @property
    def binary(self) -> bool:
        return self.adapter.binary

    @cached_property
    def parsed(self) -> SegmentedDocument:
        """The adapter's parse of the content."""
        return self.adapter.parse(self.content, self.name or "<input>")

    @property
    def whole(self) -> bool:
        """All of the content is prose (plain text, Markdown): edits need no mapping."""
        return isinstance(self.parsed, WholeText)

    @cached_property
    def text(self) -> str:
        """The prose that rules read: the segments, joined by a blank line."""
        return SEPARATOR.join(s.text for s in self.parsed.segments)

    @property
    def syntax(self) -> str:
        """What rules are told about the prose's markup (only `markdown` changes what they do)."""
        return self.parsed.format

    def protect(self, text: str) -> list[tuple[int, int]]:
        """Ranges of a prose text (this document's, or a repaired one) that are not prose."""
        return self.parsed.protect(text)

    @property
    def skipped_rules(self) -> frozenset[str]:
        return self.parsed.skipped_rules

    @cached_property
    def _lengths(self) -> list[int]:
        return [len(s.text) for s in self.parsed.segments]

    @cached_property
    def _starts(self) -> list[int]:
        return _starts(self._lengths)

    def place(self, edits: Iterable[Edit]) -> tuple[list[Edit], list[str]]:
        """The edits that can be written back into the source, and a note for each one that
        cannot (it would cross a tag or an entity)."""
        if self.whole:
            return list(edits), []
        placed, notes = [], []
        for e in edits:
            if self._owner(self.parsed, e) is None:
                where = self.parsed.segments[bisect.bisect_right(self._starts, e.start) - 1].location
                notes.append(f"not applied across markup in {where}: {e.before!r} -> {e.after!r}")
            else:
                placed.append(e)
        return placed, notes

    def _owner(self, parsed: SegmentedDocument, e: Edit) -> tuple[Piece, int] | None:
        i = bisect.bisect_right(self._starts, e.start) - 1
        start, end = e.start - self._starts[i], e.end - self._starts[i]
        return owning_piece(parsed.segments[i], start, end) if end <= self._lengths[i] else None

    def render(self, edits: Iterable[Edit]) -> str | bytes:
        """The content with `edits` (placed ones, against `text`) written back, in its format."""
        parsed = self.adapter.parse(self.content, self.name or "<input>") if self.adapter.reparse_to_render \
            else self.parsed
        by_piece: dict[Piece, list[Edit]] = {}
        for e in edits:
            owner = self._owner(parsed, e)
            if owner is not None:
                piece, lo = owner
                i = bisect.bisect_right(self._starts, e.start) - 1
                shift = self._starts[i] + lo
                by_piece.setdefault(piece, []).append(Edit(e.start - shift, e.end - shift, e.before, e.after, e.rule))
        return parsed.render(by_piece)

    def locate(self, items: list[Located]) -> list[Located]:
        """Give each issue or edit (pointing into `text`) its location, in place."""
        return self._locator.locate(items)

    def locate_after(self, items: list[Located], edits: list[Edit], repaired: str) -> list[Located]:
        """The same for items that point into `repaired`, the prose after `edits`: located in
        the repaired document (segments keep their order; each one's length changes by its own
        edits; line and column where the repaired prose is the repaired file, so a whole text
        needs no edits)."""
        lengths = list(self._lengths)
        for e in edits:
            lengths[bisect.bisect_right(self._starts, e.start) - 1] += len(e.after) - (e.end - e.start)
        whole = self.whole
        locator = _Locator(_starts(lengths), None if whole else self.parsed.segments, repaired if whole else None)
        return locator.locate(items)

    @cached_property
    def _locator(self) -> "_Locator":
        parsed = self.parsed
        source = self.content if parsed.source_offsets and isinstance(self.content, str) else None
        return _Locator(self._starts, None if self.whole else parsed.segments, source)


class _Locator:
    """Offsets of prose -> Location. Line starts are found once per document and looked up by
    bisection, so locating n issues costs O(n log lines)."""

    def __init__(self, starts: list[int], segments: list | None, source: str | None) -> None:
        self.starts = starts
        self.segments = segments  # None: a whole text (no path, prose offsets are file offsets)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)] if source is not None else None

    def locate(self, items: list[Located]) -> list[Located]:
        line_starts, find = self.line_starts, bisect.bisect_right
        if self.segments is None and line_starts is not None:  # the common case, kept tight
            for item in items:
                line = find(line_starts, item.start)
                item.location = Location(line, item.start - line_starts[line - 1] + 1)
            return items
        for item in items:
            i = find(self.starts, item.start) - 1
            local = item.start - self.starts[i]
            segment = self.segments[i] if self.segments is not None else None
            path = segment.location if segment is not None else None
            if line_starts is None:
                item.location = Location(path=path, offset=local)
                continue
            position = _source_offset(segment, local) if segment is not None else item.start
            line = find(line_starts, position)
            item.location = Location(line, position - line_starts[line - 1] + 1, path,
                                     local if path is not None else None)
        return items


def _source_offset(segment, local: int) -> int:
    """Where the character at `local` in a segment's text stands in the source."""
    lo = 0
    for piece in segment.pieces:
        hi = lo + len(piece.text)
        if local < hi or piece is segment.pieces[-1]:
            if not piece.editable or piece.end - piece.start != len(piece.text):
                return piece.start  # decoded entities: the piece's own start
            return piece.start + min(local - lo, piece.end - piece.start)
        lo = hi
    return 0


def _starts(lengths: list[int]) -> list[int]:
    starts, pos = [], 0
    for n in lengths:
        starts.append(pos)
        pos += n + len(SEPARATOR)
    return starts
