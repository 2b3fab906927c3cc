"""Format adapters: which parts of a document are prose that rules may read and repair.

Plain text and Markdown are fixed as a whole (Markdown with its code and link targets
protected). HTML and SRT are segmented documents (formats/segments.py): their prose is cut into
segments and the repairs are written back into the untouched source. One module per format.
"""
from __future__ import annotations

import re
from pathlib import Path

FORMATS = ("text", "markdown", "html", "srt", "po", "xliff", "tmx", "docx")
SEGMENTED = ("html", "srt", "po", "xliff", "tmx", "docx")
BINARY = ("docx",)
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".txt": "text",
               ".html": "html", ".htm": "html", ".xhtml": "html", ".srt": "srt", ".po": "po", ".pot": "po",
               ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx", ".docx": "docx"}
_SRT_START = re.compile(r"\A\ufeff?\s*\d+\s*\r?\n\d+:\d+:\d+[,.]\d+\s*-->")
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!doctype html|<html|<!--)", re.IGNORECASE)


def detect_format(path: str | None, text: str) -> str:
    """By extension first; a `-` or unknown extension is Markdown when it has Markdown structure."""
    if path and path != "-":
        fmt = _EXTENSIONS.get(Path(path).suffix.lower())
        if fmt:
            return fmt
    head = text[:4000]
    if _HTML_START.match(head):
        return "html"
    if _SRT_START.match(head):
        return "srt"
    if "<xliff" in head[:500]:
        return "xliff"
    if "<tmx" in head[:500]:
        return "tmx"
    if head.startswith("---\n") or "\n```" in head or head.startswith("```") or "\n# " in head or head.startswith("# "):
        return "markdown"
    return "text"


def parse_segmented(fmt: str, text, name: str = "<input>"):
    """The segmented document for `fmt` (`text` is bytes for DOCX); ValueError (one line) when the
    input is not that format."""
    if fmt == "docx":
        from .docx import DocxDocument

        return DocxDocument.parse(text, name)
    if fmt == "html":
        from .html import HtmlDocument

        return HtmlDocument.parse(text, name)
    if fmt == "srt":
        from .srt import SrtDocument

        return SrtDocument.parse(text, name)
    from .l10n import StoreDocument

    return StoreDocument.parse(text, name, fmt)
