"""Hostile inputs, built at test time (nothing large or dangerous is kept in the repository)."""
import io
import struct
import zipfile
import zlib

import docx


def word_document(text: str = "the school,Talk with teachers。") -> bytes:
    """A real DOCX from python-docx with one paragraph."""
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def lying_docx(inflated: int = 1 << 30, declared: int = 1000) -> bytes:
    """A real Word document plus a member that inflates to `inflated` bytes of zeros while the
    central directory declares `declared` bytes, with the CRC of the declared prefix so that a
    reader that stops at the declared size finds nothing wrong."""
    out = io.BytesIO(word_document())
    name = "word/media/image1.bin"
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as f:  # streamed: never the whole member in memory
            block = bytes(16 << 20)
            for _ in range(inflated // len(block)):
                f.write(block)
    data = bytearray(out.getvalue())
    entry = _central_entry(data, name)
    struct.pack_into("<L", data, entry + 16, zlib.crc32(bytes(declared)))
    struct.pack_into("<L", data, entry + 24, declared)
    return bytes(data)


def _central_entry(data: bytearray, name: str) -> int:
    """Offset of the central-directory record of `name`."""
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_length = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_length] == name.encode():
            return pos
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise KeyError(name)
