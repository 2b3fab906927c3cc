"""PO, XLIFF and TMX (translate-toolkit): the target text of each unit is a segment.

The source text stays as it is. A repaired unit is marked for review as the format allows: PO
`#, fuzzy`, XLIFF `state="needs-review-translation"`; TMX has no such mark. A file with
nothing to repair is returned as it was read. A repaired PO file is written by translate-toolkit
(which keeps PO's layout). XLIFF and TMX are XML, where the toolkit's serialization would
re-indent the file and its target setter would duplicate text around an entity reference; so
translate-toolkit reads them (validity, units, ids) and the repairs are written into the source
as text: only the characters of changed targets change, and DOCTYPE, entity references,
inline elements, comments and layout stay exactly as written. A reference (`&brand;`,
`&#169;`) or inline element inside a target is markup between pieces: the text around it is
repaired, the reference itself never.
"""
from __future__ import annotations

import re
from functools import partial
from xml.parsers import expat

from .segments import Format, Piece, Segment, SegmentedDocument
from ..model import Edit, apply_edits
from ..spans import splice

REVIEW_STATE = "needs-review-translation"
# XML content of a target: CDATA, comments, PIs, tags, references, then character data.
_CONTENT = re.compile(rb"""<!\[CDATA\[(.*?)\]\]>|<!--.*?-->|<\?.*?\?>"""
                      rb"""|</?[^\s/>!?][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>"""
                      rb"""|(&[^;<&\s]*;)|[^<&]+""", re.S)
_START_TAG = re.compile(rb"""<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")
_STATE = re.compile(r"""(\sstate\s*=\s*)(?:"[^"]*"|'[^']*')""")
_TAG_NAME = re.compile(rb"</?([^\s/>]+)")
_NATIVE_CODE = frozenset({b"bpt", b"ept", b"ph", b"it", b"ut"})  # inline elements that hold native markup, not text
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class L10nError(ValueError):
    """A file translate-toolkit cannot read."""


class StoreDocument(SegmentedDocument):
    """Each piece is (part of) one unit's target text, at the character offsets where it stands in
    the file, so issues get a line and column."""

    def __init__(self, source: str, segments: list[Segment], store, units: list, fmt: str) -> None:
        super().__init__(source, segments)
        self.store, self.units, self.format = store, units, fmt
        self.unit_of = {segment.pieces[0]: unit for segment, unit in zip(segments, units)}  # PO
        self.targets: dict[Piece, tuple[int, int]] = {}  # XML: piece -> (start, end) of its target's start tag

    @classmethod
    def parse(cls, source: str, name: str, fmt: str) -> "StoreDocument":
        from translate.storage import po, tmx, xliff

        store_class = {"po": po.pofile, "xliff": xliff.xlifffile, "tmx": tmx.tmxfile}[fmt]
        try:
            store = store_class.parsestring(source.encode("utf-8"))
        except Exception as e:  # the toolkit raises parser-specific errors
            raise L10nError(f"{name}: not a valid {fmt.upper()} file ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
        if not store.units:
            raise L10nError(f"{name}: no translation units")
        # Plural units hold several targets; writing one string back would lose the others.
        units = [u for u in store.units if not u.isheader() and not u.hasplural() and u.target and str(u.target).strip()]
        if fmt == "po":
            line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
            segments = [Segment([_po_piece(source, line_starts, u)], _location(u, n)) for n, u in enumerate(units)]
            return cls(source, segments, store, units, fmt)
        return cls._parse_xml(source, name, fmt, store, units)

    @classmethod
    def _parse_xml(cls, source: str, name: str, fmt: str, store, units: list) -> "StoreDocument":
        data = source.encode("utf-8")  # expat reports byte offsets
        unit_tag, _ = _XML_TARGETS[fmt]
        located = _locate_targets(data, fmt, name)
        order = {id(el): n for n, el in enumerate(e for e in store.document.getroot().iter() if _local(e.tag) == unit_tag)}
        declared = _internal_entities(data)
        doc = cls(source, [], store, units, fmt)
        found = []
        for n, unit in enumerate(units):
            position = order.get(id(unit.xmlelement))
            target = located[position] if position is not None and position < len(located) else None
            if target is None:
                continue
            tag_start, content_start, content_end = target
            pieces = _pieces(data, content_start, content_end, declared)
            if "".join(p.text for p in pieces).strip() and any(p.editable for p in pieces):
                found.append((unit, n, tag_start, content_start, pieces))
        chars = _char_offsets(data, [b for *_, t, c, ps in found for b in (t, c, *(x for p in ps for x in (p.start, p.end)))])
        for unit, n, tag_start, content_start, pieces in found:
            pieces = [Piece(chars[p.start], chars[p.end], p.text, p.editable) for p in pieces]
            doc.segments.append(Segment(pieces, _location(unit, n)))
            for p in pieces:
                doc.targets[p] = (chars[tag_start], chars[content_start])
        return doc

    def render(self, edits: dict[Piece, list[Edit]]) -> str:
        if not edits:
            return self.source
        if self.format == "po":
            for piece, mine in edits.items():
                unit = self.unit_of[piece]
                unit.target = apply_edits(piece.text, mine)
                unit.markfuzzy(True)
            return bytes(self.store).decode("utf-8")
        from xml.sax.saxutils import escape  # imports urllib.request: only when writing

        replacements = [(p.start, p.end, escape(apply_edits(p.text, mine))) for p, mine in edits.items()]
        if self.format == "xliff":
            for tag_start, tag_end in {self.targets[p] for p in edits}:
                replacements.append((tag_start, tag_end, _with_state(self.source[tag_start:tag_end])))
        return splice(self.source, sorted(replacements))


_XML_TARGETS = {"xliff": ("trans-unit", "target"), "tmx": ("tu", "seg")}


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _location(unit, n: int) -> str:
    return f"unit {(unit.getid() or str(n + 1)).replace(chr(4), '/')}"


def _locate_targets(data: bytes, fmt: str, name: str) -> list[tuple[int, int, int] | None]:
    """For each unit element in document order (XLIFF trans-unit, TMX tu), the byte offsets of its
    target (the first <target> child; the <seg> of the second <tuv>, as translate-toolkit reads
    it): start of the start tag, start and end of the content; None for a unit without one.

    expat reports where each tag starts; with a default handler set it expands no entity, and
    it never fetches an external one."""
    unit_tag, _ = _XML_TARGETS[fmt]
    parser = expat.ParserCreate(encoding="utf-8")
    parser.DefaultHandler = lambda _data: None
    stack: list[str] = []
    found: list[tuple[int, int, int] | None] = []
    tuvs = 0
    open_target: tuple[int, int, int] | None = None  # start tag offset, content offset, depth

    def start(tag: str, _attrs) -> None:
        nonlocal tuvs, open_target
        tag = _local(tag)
        parent = stack[-1] if stack else ""
        stack.append(tag)
        if tag == unit_tag:
            found.append(None)
            tuvs = 0
        elif fmt == "tmx" and tag == "tuv" and parent == "tu":
            tuvs += 1
        is_target = (fmt == "xliff" and tag == "target" and parent == "trans-unit") or \
                    (fmt == "tmx" and tag == "seg" and parent == "tuv" and stack[-3:-2] == ["tu"] and tuvs == 2)
        if is_target and found and found[-1] is None and open_target is None:
            at = parser.CurrentByteIndex
            m = _START_TAG.match(data, at)
            if m is None:
                raise L10nError(f"{name}: cannot locate a target at byte {at}")
            found[-1] = (at, m.end(), m.end())  # <target/> stays empty
            if not m.group(1):
                open_target = (at, m.end(), len(stack))

    def end(_tag: str) -> None:
        nonlocal open_target
        if open_target is not None and len(stack) == open_target[2]:
            found[-1] = (open_target[0], open_target[1], parser.CurrentByteIndex)
            open_target = None
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise L10nError(f"{name}: not well-formed XML ({e})") from None
    return found


def _internal_entities(data: bytes) -> dict[str, str]:
    """Replacement text of the plain-text internal entities the DTD declares (what the rules read
    for `&brand;`); external and markup-bearing entities are not read."""
    declared: dict[str, str] = {}
    parser = expat.ParserCreate(encoding="utf-8")
    parser.DefaultHandler = lambda _data: None

    def entity(name, is_parameter, value, _base, system_id, _public_id, _notation) -> None:
        if not is_parameter and value is not None and system_id is None and "<" not in value and "&" not in value:
            declared[name] = value

    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        pass  # _locate_targets reports it
    return declared


def _pieces(data: bytes, start: int, end: int, declared: dict[str, str]) -> list[Piece]:
    """The target content as pieces: character data is editable; references and CDATA are read
    but never rewritten; tags and comments are gaps between pieces, and the native code inside
    <bpt>, <ept>, <ph>, <it>, <ut> is not text at all."""
    pieces, in_code = [], 0
    for m in _CONTENT.finditer(data, start, end):
        raw = m.group(0)
        if raw.startswith(b"<") and not raw.startswith((b"<!", b"<?")):
            name = _TAG_NAME.match(raw).group(1).rsplit(b":", 1)[-1]
            if name in _NATIVE_CODE and not raw.endswith(b"/>"):
                in_code += -1 if raw.startswith(b"</") else 1
            continue
        if in_code:
            continue  # the original format's markup (`&lt;b&gt;`), not text
        if m.group(2) is not None:  # a reference
            pieces.append(Piece(m.start(), m.end(), _reference_text(raw.decode("utf-8"), declared), editable=False))
        elif m.group(1) is not None:
            pieces.append(Piece(m.start(), m.end(), m.group(1).decode("utf-8"), editable=False))
        elif not raw.startswith(b"<"):
            pieces.append(Piece(m.start(), m.end(), raw.decode("utf-8")))
    return pieces


def _reference_text(ref: str, declared: dict[str, str]) -> str:
    body = ref[1:-1]
    if body.startswith("#"):
        try:
            return chr(int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:]))
        except (ValueError, OverflowError):
            return ref
    return _PREDEFINED.get(body) or declared.get(body, ref)


def _with_state(tag: str) -> str:
    """An XLIFF <target ...> start tag whose state says the unit needs review."""
    state = f'"{REVIEW_STATE}"'
    if _STATE.search(tag):
        return _STATE.sub(lambda m: m.group(1) + state, tag, count=1)
    return tag[:-1].rstrip() + " state=" + state + ">"


def _char_offsets(data: bytes, offsets: list[int]) -> dict[int, int]:
    """Character offsets of byte offsets into UTF-8 `data` (expat counts bytes, the rules count
    characters), decoding each stretch between two offsets once."""
    chars, pos, count = {}, 0, 0
    for b in sorted(set(offsets)):
        count += len(data[pos:b].decode("utf-8"))
        chars[b], pos = count, b
    return chars


def _po_piece(source: str, line_starts: list[int], unit) -> Piece:
    """The unit's target as a piece at its place in the file. Where the text stands there as it
    reads, the piece spans it; where escapes or entities change it, the piece is empty at the
    text's start (issues then point at the start of the target); where it cannot be found, at
    the unit's first line."""
    text = str(unit.target)
    start = _po_target_offset(source, line_starts, unit)
    if start is None:
        line = getattr(unit, "line_number", 0) or 1
        start = line_starts[min(line, len(line_starts)) - 1]
        return Piece(start, start, text)
    return Piece(start, start + len(text), text) if source.startswith(text, start) else Piece(start, start, text)


def _po_target_offset(source: str, line_starts: list[int], unit) -> int | None:
    """Where the target text of a PO unit begins in `source`: after `msgstr "` from the unit's
    first line."""
    line = getattr(unit, "line_number", 0)
    at = source.find('msgstr "', line_starts[line - 1]) if line else -1
    if at == -1:
        return None
    at += len('msgstr "')
    if source.startswith('"', at):  # msgstr "" and the text on the lines below
        at = source.find('"', at + 1) + 1 or None
    return at


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
