"""DOCX: paragraphs of the body, tables, headers, footers, footnotes and endnotes are segments,
and each run's text (`<w:t>`) is a piece of its paragraph.

A sentence that Word split across runs (`sch` + `ool,Talk`) is repaired as one sentence, and
each run keeps its own formatting because only the text inside its `<w:t>` changes. python-docx
checks that the file is a Word document with a body; the XML parts are then edited as text, so
everything outside the changed runs stays byte-identical, and the other parts of the package
are copied as they are.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from xml.sax.saxutils import escape

from .segments import Format, Piece, Segment, SegmentedDocument
from ..model import Edit, apply_edits
from ..spans import splice

MAX_UNPACKED = 200 * 1024 * 1024  # a zip bomb expands far beyond this
MAX_RATIO = 200
PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_TOKEN = re.compile(r"<(/?)w:(p|t|tab|br|cr|tc|tr|tbl)\b([^>]*?)(/?)>")


class DocxError(ValueError):
    """A file that is not a usable Word document."""


class DocxDocument(SegmentedDocument):
    format = "docx"
    source_offsets = False  # pieces point into XML parts inside the zip

    def __init__(self, data: bytes, parts: dict[str, str], segments: list[Segment], tags: dict[Piece, str]) -> None:
        super().__init__("", segments)
        self.data = data
        self.parts = parts
        self.tags = tags  # piece -> the original <w:t ...> start tag
        self.part_of: dict[Piece, str] = {}

    @classmethod
    def parse(cls, data: bytes, name: str = "<input>") -> "DocxDocument":
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, ValueError) as e:
            raise DocxError(f"{name}: not a DOCX file (corrupt zip: {e})") from None
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(len(data), 1):
            raise DocxError(f"{name}: refusing a DOCX that unpacks to {unpacked // (1024 * 1024)} MiB (zip bomb?)")
        if "word/document.xml" not in archive.namelist():
            raise DocxError(f"{name}: not a Word document (no word/document.xml)")
        import docx

        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as e:  # python-docx raises several package errors
            raise DocxError(f"{name}: not a valid Word document ({type(e).__name__}: {e})") from None
        if document.element.body is None:
            raise DocxError(f"{name}: the document has no body")
        parts, segments, tags = {}, [], {}
        doc = cls(data, parts, segments, tags)
        for info in infos:
            if PARTS.fullmatch(info.filename):
                try:
                    xml = archive.read(info).decode("utf-8")
                except (UnicodeDecodeError, zipfile.BadZipFile) as e:
                    raise DocxError(f"{name}: unreadable part {info.filename} ({e})") from None
                parts[info.filename] = xml
                doc._collect(info.filename, xml)
        return doc

    def _collect(self, part: str, xml: str) -> None:
        short = part.rsplit("/", 1)[-1]
        stack: list[list[Piece]] = []
        paragraph = table = row = cell = cells_open = 0
        open_t: tuple[int, int, str] | None = None  # start of tag, end of tag, tag text
        where: list[str] = []
        for m in _TOKEN.finditer(xml):
            closing, tag, self_closing = m.group(1), m.group(2), m.group(4)
            if tag == "tbl" and not closing:
                table += 1
                row = 0
            elif tag == "tr" and not closing:
                row += 1
                cell = 0
            elif tag == "tc" and not closing and not self_closing:
                cell += 1
                cells_open += 1
            elif tag == "tc" and closing:
                cells_open -= 1
            elif tag == "p" and not closing and not self_closing:
                paragraph += 1
                stack.append([])
                inside = f" table {table} row {row} cell {cell}" if cells_open else ""
                where.append(f"{short} paragraph {paragraph}{inside}")
            elif tag == "p" and closing and stack:
                pieces = stack.pop()
                location = where.pop()
                if any(p.editable for p in pieces):
                    self.segments.append(Segment(pieces, location))
                    for p in pieces:
                        self.part_of[p] = part
            elif tag == "t" and not closing and not self_closing:
                open_t = (m.start(), m.end(), m.group(0))
            elif tag == "t" and closing and open_t and stack:
                start, content_start, start_tag = open_t
                piece = Piece(start, m.end(), html.unescape(xml[content_start:m.start()]))
                self.tags[piece] = start_tag
                stack[-1].append(piece)
                open_t = None
            elif tag in ("tab", "br", "cr") and stack and not closing:
                stack[-1].append(Piece(m.start(), m.end(), "\t" if tag == "tab" else "\n", editable=False))

    def render(self, edits: dict[Piece, list[Edit]]) -> bytes:
        if not edits:
            return self.data
        changed: dict[str, list[tuple[int, int, str]]] = {}
        for piece, mine in edits.items():
            text = apply_edits(piece.text, mine)
            tag = self.tags[piece]
            if (text[:1].isspace() or text[-1:].isspace()) and "xml:space" not in tag:
                tag = tag[:-1] + ' xml:space="preserve">'
            changed.setdefault(self.part_of[piece], []).append((piece.start, piece.end, f"{tag}{escape(text)}</w:t>"))
        source = zipfile.ZipFile(io.BytesIO(self.data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                if info.filename in changed:
                    xml = splice(self.parts[info.filename], sorted(changed[info.filename]))
                    target.writestr(info, xml.encode("utf-8"))
                else:
                    target.writestr(info, source.read(info))
        return out.getvalue()


def is_word_document(data: bytes) -> bool:
    """A zip with a word/document.xml: a Word document whatever its name says."""
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


ADAPTERS = (Format("docx", (".docx",), DocxDocument.parse, is_word_document, binary=True),)
