"""DOCX: paragraphs of the body, tables, headers, footers, footnotes and endnotes are segments,
and each run's text (`<w:t>`) is a piece of its paragraph.

A sentence that Word split across runs (`sch` + `ool,Talk`) is repaired as one sentence, and
each run keeps its own formatting because only the text inside its `<w:t>` changes. python-docx
checks that the file is a Word document with a body; the XML parts are then edited as text, so
everything outside the changed runs stays byte-identical, and the other parts of the package
are copied as they are.
"""
from __future__ import annotations

import io
import re
import struct
import zlib

from .segments import Format, Piece, Segment, SegmentedDocument
from ..model import Edit, apply_edits
from ..spans import splice

MAX_UNPACKED = 200 * 1024 * 1024  # a zip bomb expands far beyond this
MAX_RATIO = 200
PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_INFLATE_STEP = 1 << 20  # at most this much inflated output is held at once while measuring a member
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, (versions, flags, method, time, crc, sizes), name and extra lengths
_XML_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);")
_PREDEFINED = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_TOKEN = re.compile(r"<(/?)w:(p|t|tab|br|cr|tc|tr|tbl)\b([^>]*?)(/?)>")


class DocxError(ValueError):
    """A file that is not a usable Word document."""


class DocxDocument(SegmentedDocument):
    format = "docx"
    source_offsets = False  # pieces point into XML parts inside the zip

    def __init__(self, data: bytes, parts: dict[str, str], segments: list[Segment], tags: dict[Piece, str]) -> None:
        super().__init__(data, segments)  # the source is the package: `changed` compares with it
        self.data = data
        self.parts = parts
        self.tags = tags  # piece -> the original <w:t ...> start tag
        self.part_of: dict[Piece, str] = {}

    @classmethod
    def parse(cls, data: bytes, name: str = "<input>") -> "DocxDocument":
        import zipfile  # only for Word documents

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
        # Headers can lie about sizes: every member is inflated under a running cap before
        # python-docx or anything else reads it, and must inflate to exactly its declared size.
        contents = _inflate_checked(data, infos, name, keep=lambda n: PARTS.fullmatch(n) is not None)
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
                    xml = contents[info.filename].decode("utf-8")
                except UnicodeDecodeError as e:
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
                if any(p in self.tags for p in pieces):  # has text runs, editable or not
                    self.segments.append(Segment(pieces, location))
                    for p in pieces:
                        self.part_of[p] = part
            elif tag == "t" and not closing and not self_closing:
                open_t = (m.start(), m.end(), m.group(0))
            elif tag == "t" and closing and open_t and stack:
                start, content_start, start_tag = open_t
                raw = xml[content_start:m.start()]
                # Only XML's own references are decoded; a reference to an entity of a DTD
                # (`&xxe;`) is not text, so that run is read but never rewritten.
                piece = Piece(start, m.end(), _xml_unescape(raw), editable="&" not in _XML_REFERENCE.sub("", raw))
                self.tags[piece] = start_tag
                stack[-1].append(piece)
                open_t = None
            elif tag in ("tab", "br", "cr") and stack and not closing:
                stack[-1].append(Piece(m.start(), m.end(), "\t" if tag == "tab" else "\n", editable=False))

    def render(self, edits: dict[Piece, list[Edit]]) -> bytes:
        import zipfile  # only for Word documents
        from xml.sax.saxutils import escape  # imports urllib.request: only when writing

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
    import zipfile  # only for Word documents

    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def _xml_unescape(raw: str) -> str:
    """Text of XML character data: the five predefined entities and character references decoded."""
    def one(m: re.Match) -> str:
        ref = m.group(0)
        if ref in _PREDEFINED:
            return _PREDEFINED[ref]
        return chr(int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1]))
    return _XML_REFERENCE.sub(one, raw)


def _inflate_checked(data: bytes, infos: list, name: str, keep) -> dict[str, bytes]:
    """Inflate every member with a running cap on the bytes actually produced (not the sizes the
    headers declare), keeping only the members `keep` names. A member that inflates past its
    declared size, past MAX_UNPACKED in all, or with a wrong CRC is refused before it is held."""
    import zipfile  # only for Word documents

    total, kept = 0, {}
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocxError(f"{name}: encrypted member {info.filename}")
        offset = info.header_offset
        signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, offset) if offset + 30 <= len(data) else (b"", 0, 0)
        if signature != b"PK\x03\x04":
            raise DocxError(f"{name}: not a DOCX file (corrupt zip: bad local header for {info.filename})")
        start = offset + 30 + name_length + extra_length
        compressed = memoryview(data)[start:start + info.compress_size]
        if info.compress_type == zipfile.ZIP_STORED:
            chunks, produced = ([bytes(compressed)] if keep(info.filename) else []), len(compressed)
            crc = zlib.crc32(compressed)
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            chunks, produced, crc = [], 0, 0
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            pending = compressed
            while pending or not inflater.eof:
                try:
                    out = inflater.decompress(pending, _INFLATE_STEP)
                except zlib.error as e:
                    raise DocxError(f"{name}: not a DOCX file (corrupt zip: {info.filename}: {e})") from None
                pending = inflater.unconsumed_tail
                produced += len(out)
                if produced > info.file_size or total + produced > MAX_UNPACKED:
                    raise DocxError(f"{name}: refusing a DOCX whose member {info.filename} inflates past its declared "
                                    f"{info.file_size} bytes (zip bomb?)")
                crc = zlib.crc32(out, crc)
                if keep(info.filename):
                    chunks.append(out)
                if not out and not pending:
                    break
        else:
            raise DocxError(f"{name}: unsupported compression in {info.filename} (Word writes deflate)")
        if produced != info.file_size or crc != info.CRC:
            raise DocxError(f"{name}: not a DOCX file (corrupt zip: {info.filename} does not match its declared size or CRC)")
        total += produced
        if keep(info.filename):
            kept[info.filename] = b"".join(chunks)
    return kept


ADAPTERS = (Format("docx", (".docx",), DocxDocument.parse, is_word_document, binary=True),)
