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
    source_offsets = False  # a unit's target is not where it stands in the file

    def __init__(self, source: str, segments: list[Segment], store, units: list, fmt: str) -> None:
        super().__init__(source, segments)
        self.store, self.units, self.format = store, units, fmt

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
        segments = [Segment([Piece(n, n, str(u.target))], f"unit {(u.getid() or str(n + 1)).replace(chr(4), '/')}")
                    for n, u in enumerate(units)]
        if not store.units:
            raise L10nError(f"{name}: no translation units")
        return cls(source, segments, store, units, fmt)

    def render(self, edits: dict[Piece, list[Edit]]) -> str:
        if not edits:
            return self.source
        for piece, mine in edits.items():
            unit = self.units[piece.start]
            unit.target = apply_edits(piece.text, mine)
            if self.format == "po":
                unit.markfuzzy(True)
            elif self.format == "xliff":
                target = unit.xmlelement.find(unit.namespaced("target"))
                if target is not None:
                    target.set("state", "needs-review-translation")
        return bytes(self.store).decode("utf-8")


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
