"""PO, XLIFF and TMX (translate-toolkit): the target text of each unit is a segment.

The source text stays as it is. A repaired unit is marked for review as the format allows: PO
`#, fuzzy`, XLIFF `state="needs-review-translation"`; TMX has no such mark. A file with
nothing to repair is returned as it was read; a repaired one is written by translate-toolkit,
which lays out the whole file in its own way (PO keeps its layout).
"""
from __future__ import annotations

from functools import partial

from .segments import Format, Piece, Segment, SegmentedDocument
from ..model import Edit, apply_edits


class L10nError(ValueError):
    """A file translate-toolkit cannot read."""


class StoreDocument(SegmentedDocument):
    """Each piece is one unit's target text; its offsets are where that text stands in the file
    (found from the unit's line, see `_target_offset`), so issues get a line and column."""

    def __init__(self, source: str, segments: list[Segment], store, units: list, fmt: str) -> None:
        super().__init__(source, segments)
        self.store, self.units, self.format = store, units, fmt
        self.unit_of = {segment.pieces[0]: unit for segment, unit in zip(segments, units)}

    @classmethod
    def parse(cls, source: str, name: str, fmt: str) -> "StoreDocument":
        from translate.storage import po, tmx, xliff

        store_class = {"po": po.pofile, "xliff": xliff.xlifffile, "tmx": tmx.tmxfile}[fmt]
        try:
            store = store_class.parsestring(source.encode("utf-8"))
        except Exception as e:  # the toolkit raises parser-specific errors
            raise L10nError(f"{name}: not a valid {fmt.upper()} file ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
        # Plural units hold several targets; writing one string back would lose the others.
        units = [u for u in store.units if not u.isheader() and not u.hasplural() and u.target and str(u.target).strip()]
        line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        segments = [Segment([_piece(source, line_starts, u, fmt)], f"unit {(u.getid() or str(n + 1)).replace(chr(4), '/')}")
                    for n, u in enumerate(units)]
        if not store.units:
            raise L10nError(f"{name}: no translation units")
        return cls(source, segments, store, units, fmt)

    def render(self, edits: dict[Piece, list[Edit]]) -> str:
        if not edits:
            return self.source
        for piece, mine in edits.items():
            unit = self.unit_of[piece]
            unit.target = apply_edits(piece.text, mine)
            if self.format == "po":
                unit.markfuzzy(True)
            elif self.format == "xliff":
                target = unit.xmlelement.find(unit.namespaced("target"))
                if target is not None:
                    target.set("state", "needs-review-translation")
        return bytes(self.store).decode("utf-8")


def _piece(source: str, line_starts: list[int], unit, fmt: str) -> Piece:
    """The unit's target as a piece at its place in the file. Where the text stands there as it
    reads, the piece spans it; where escapes or entities change it, the piece is empty at the
    text's start (issues then point at the start of the target); where it cannot be found, at
    the unit's first line."""
    text = str(unit.target)
    start = _target_offset(source, line_starts, unit, fmt)
    if start is None:
        line = getattr(unit, "line_number", 0) or 1
        start = line_starts[min(line, len(line_starts)) - 1]
        return Piece(start, start, text)
    return Piece(start, start + len(text), text) if source.startswith(text, start) else Piece(start, start, text)


def _target_offset(source: str, line_starts: list[int], unit, fmt: str) -> int | None:
    """Where the target text of `unit` begins in `source`: after `msgstr "` from the unit's
    first line (PO), or after the start tag of its target element (XLIFF `<target>`, TMX
    `<seg>`), found from the element's line by counting the same tags before it on that line."""
    if fmt == "po":
        line = getattr(unit, "line_number", 0)
        at = source.find('msgstr "', line_starts[line - 1]) if line else -1
        if at == -1:
            return None
        at += len('msgstr "')
        if source.startswith('"', at):  # msgstr "" and the text on the lines below
            at = source.find('"', at + 1) + 1 or None
        return at
    element = unit.xmlelement.find(unit.namespaced("target")) if fmt == "xliff" else _target_seg(unit)
    if element is None or not element.sourceline:
        return None
    tag = "<target" if fmt == "xliff" else "<seg"
    line = element.sourceline
    before = 0  # the same tags earlier on that line (lxml hands out one proxy per node, so `is` works)
    for e in element.getroottree().iter(element.tag):
        if e is element:
            break
        before += e.sourceline == line
    at = line_starts[line - 1] - 1
    for _ in range(before + 1):
        at = source.find(tag, at + 1)
        if at == -1:
            return None
    end = source.find(">", at)
    return end + 1 if end != -1 else None


def _target_seg(unit):
    """The `<seg>` of a TMX unit's target language (the toolkit's last variant)."""
    segs = [e for e in unit.xmlelement.iter() if isinstance(e.tag, str) and e.tag.endswith("seg")]
    return segs[-1] if segs else None


def _declares(tag: str, head: str) -> bool:
    return tag in head[:500]


# translate-toolkit's stores are changed by rendering: each rendering parses the file again.
ADAPTERS = (
    Format("po", (".po", ".pot"), partial(StoreDocument.parse, fmt="po"), reparse_to_render=True),
    Format("xliff", (".xlf", ".xliff"), partial(StoreDocument.parse, fmt="xliff"), partial(_declares, "<xliff"),
           sniff_order=30, reparse_to_render=True),
    Format("tmx", (".tmx",), partial(StoreDocument.parse, fmt="tmx"), partial(_declares, "<tmx"),
           sniff_order=31, reparse_to_render=True),
)
