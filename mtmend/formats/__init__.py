"""Format adapters: which parts of a document are prose that rules may read and repair.

The core handles plain text and Markdown; other formats plug in here as one module each.
"""
from __future__ import annotations

from pathlib import Path

FORMATS = ("text", "markdown")
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".txt": "text"}


def detect_format(path: str | None, text: str) -> str:
    """By extension first; a `-` or unknown extension is Markdown when it has Markdown structure."""
    if path and path != "-":
        fmt = _EXTENSIONS.get(Path(path).suffix.lower())
        if fmt:
            return fmt
    head = text[:4000]
    if head.startswith("---\n") or "\n```" in head or head.startswith("```") or "\n# " in head or head.startswith("# "):
        return "markdown"
    return "text"
