"""Format adapters: which parts of a document are prose that rules may read and repair.

Every module of this package that defines `ADAPTERS` (a tuple of `segments.Format`) is a format:
adding a format means adding one module (and, for a faster start, its lines in DECLARED_IN).
`mtmend.Document` finds the adapter of an input here, by name, by extension, or by sniffing its
content.
"""
from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from .segments import Format


# Where each format and extension is declared, so that opening a file imports its own adapter
# only (the HTML parser and the localization readers take milliseconds to import). A shortcut,
# not a second registry: what is not listed here is found by `registry()`, and the tests check
# that both give the same answers.
DECLARED_IN = {"text": "text", "markdown": "markdown", "html": "html", "srt": "srt", "po": "l10n", "xliff": "l10n",
               "tmx": "l10n", "docx": "docx"}
FORMAT_OF_EXTENSION = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
                       ".html": "html", ".htm": "html", ".xhtml": "html", ".srt": "srt", ".po": "po", ".pot": "po",
                       ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx", ".docx": "docx"}


@cache
def _declared(name: str) -> Format | None:
    """The format `name` from the module DECLARED_IN names, importing that module only."""
    module = DECLARED_IN.get(name)
    if module is None:
        return None
    adapters = getattr(importlib.import_module(f"{__name__}.{module}"), "ADAPTERS", ())
    return next((f for f in adapters if f.name == name), None)


@cache
def registry() -> dict[str, Format]:
    """Every format by name, in sniffing order."""
    import pkgutil

    found: list[Format] = []
    for module in pkgutil.iter_modules(__path__):
        found.extend(getattr(importlib.import_module(f"{__name__}.{module.name}"), "ADAPTERS", ()))
    return {f.name: f for f in sorted(found, key=lambda f: (f.sniff_order, f.name))}


def get(name: str) -> Format:
    """The format called `name`; ValueError (one line) naming the known ones otherwise."""
    try:
        return _declared(name) or registry()[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(names())}") from None


def names() -> list[str]:
    """The format names, alphabetically."""
    return sorted(registry())


def by_extension(path: str | None) -> Format | None:
    """The format that claims `path`'s extension, if one does."""
    if not path or path == "-":
        return None
    suffix = Path(path).suffix.lower()
    declared = _declared(FORMAT_OF_EXTENSION.get(suffix, ""))
    if declared is not None and suffix in declared.extensions:
        return declared
    return next((f for f in registry().values() if suffix in f.extensions), None)


def sniff_binary(data: bytes) -> Format | None:
    """The binary format whose sniffing recognises `data`, if any."""
    return next((f for f in registry().values() if f.binary and f.sniff and f.sniff(data)), None)


def sniff_text(text: str) -> Format:
    """The text format whose sniffing recognises the start of `text`; plain text otherwise."""
    head = text[:4000]
    return next((f for f in registry().values() if not f.binary and f.sniff and f.sniff(head)), registry()["text"])
