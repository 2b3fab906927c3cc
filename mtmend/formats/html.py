"""HTML: text nodes and alt/title attributes are prose; markup is copied byte for byte.

Python's html.parser tokenizes the page because it reports where each token starts in the
source; lxml and selectolax build a tree and serialize it again, which would rewrite markup
that mtmend has no business touching. Text that runs through inline tags (`<b>`, `<a>`,
`<span>`, ...) is one segment, so a sentence split by markup is repaired as a sentence; block
elements end segments. `script`, `style`, `code`, `pre`, `textarea`, `template` and anything
under `translate="no"` are skipped; entities are kept as written (a repair never edits one).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..model import Edit, apply_edits
from ..scripts import CJK_LETTER_RE
from .segments import Format, Piece, Segment, SegmentedDocument

INLINE = frozenset("a abbr b bdi bdo cite data dfn em font i img kbd label mark q s samp small span strong "
                   "sub sup time tt u var wbr".split())
SKIPPED = frozenset("script style code pre textarea template noscript svg math".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_LANG = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!doctype html|<html|<!--)", re.IGNORECASE)
_TEXT_ATTRIBUTE = re.compile(r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


class HtmlError(ValueError):
    """A page that cannot be read as HTML."""


class HtmlDocument(SegmentedDocument):
    format = "html"
    skipped_rules = frozenset({"spacing.whitespace"})  # a browser collapses whitespace itself

    def __init__(self, source: str, segments: list[Segment], languages: dict[tuple[int, int], list[Piece]]) -> None:
        super().__init__(source, segments)
        self.languages = languages  # span of a Chinese lang="..." value -> the pieces under it

    def escape(self, text: str) -> str:
        return html.escape(text, quote=False)

    def render(self, edits: dict[Piece, list[Edit]]) -> str:
        """Also keeps `lang` right: an element marked Chinese whose text is now all English
        (an engine translated it) is marked `en`."""
        final = {id(piece): apply_edits(piece.text, mine) for piece, mine in edits.items()}
        replacements = [(piece.start, piece.end, self.escape(final[id(piece)])) for piece in edits]
        for span, pieces in self.languages.items():
            translated = any(id(p) in final and CJK_LETTER_RE.search(p.text) for p in pieces)
            if translated and not any(CJK_LETTER_RE.search(final.get(id(p), p.text)) for p in pieces):
                replacements.append((span[0], span[1], "en"))
        return self.splice(replacements)

    @classmethod
    def parse(cls, source: str, name: str = "<input>") -> "HtmlDocument":
        if "<" not in source:
            raise HtmlError(f"{name}: no HTML markup found")
        walker = _Walker(source)
        try:
            walker.feed(source)
            walker.close()
        except Exception as e:  # html.parser is lenient; this is a last resort
            raise HtmlError(f"{name}: cannot parse HTML ({e})") from None
        walker.flush()
        languages = {span: pieces for span, pieces in walker.languages.items() if pieces}
        return cls(source, [s for s in walker.segments if s.text.strip()], languages)


class _Walker(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[tuple[str, bool, dict[str, int]]] = [("", False, {})]  # tag, skipped, child counts
        self.lang_stack: list[tuple[int, int] | None] = [None]  # nearest Chinese lang="..." value span
        self.languages: dict[tuple[int, int], list[Piece]] = {}
        self.path: list[str] = []
        self.segments: list[Segment] = []
        self.pieces: list[Piece] = []
        self.where = ""

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def skipping(self) -> bool:
        return self.stack[-1][1]

    def flush(self) -> None:
        if self.pieces:
            self.segments.append(Segment(self.pieces, self.where or "/"))
            self.pieces = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        counts = self.stack[-1][2]
        counts[tag] = counts.get(tag, 0) + 1
        step = f"{tag}[{counts[tag]}]"
        skipped = self.skipping or tag in SKIPPED or bool(attrs) and ("translate", "no") in attrs
        if tag not in INLINE:
            self.flush()
        if not skipped and ("alt" in raw or "title" in raw or "ALT" in raw or "TITLE" in raw):
            self._attributes(raw, start, "/".join(self.path + [step]))
        if tag not in VOID:
            self.stack.append((tag, skipped, {}))
            self.path.append(step)
            marked = ("lang" in raw or "LANG" in raw) and self._chinese_lang(raw, start)
            self.lang_stack.append(marked or self.lang_stack[-1])

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1][0] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE:
            self.flush()
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                del self.path[depth - 1:]
                del self.lang_stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if self.skipping or not data:
            return
        start = self._offset()
        if not self.pieces:
            self.where = "/" + "/".join(self.path)
        piece = Piece(start, start + len(data), data)
        self.pieces.append(piece)
        if self.lang_stack[-1] is not None:
            self.languages.setdefault(self.lang_stack[-1], []).append(piece)

    def _chinese_lang(self, raw: str, start: int) -> tuple[int, int] | None:
        m = _LANG.search(raw)
        if not m:
            return None
        group = 1 if m.group(1) is not None else 2
        if not m.group(group).lower().startswith("zh"):
            return None
        span = (start + m.start(group), start + m.end(group))
        self.languages.setdefault(span, [])
        return span

    def _reference(self, raw_start: str, name: str) -> None:
        if self.skipping:
            return
        start = self._offset()
        end = start + len(raw_start) + len(name)
        if self.source[end:end + 1] == ";":
            end += 1
        if not self.pieces:
            self.where = "/" + "/".join(self.path)
        self.pieces.append(Piece(start, end, html.unescape(self.source[start:end]), editable=False))

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    def _attributes(self, raw: str, start: int, path: str) -> None:
        for m in _TEXT_ATTRIBUTE.finditer(raw):
            group = 2 if m.group(2) is not None else 3
            value = m.group(group)
            if not value.strip():
                continue
            lo = start + m.start(group)
            piece = Piece(lo, lo + len(value), html.unescape(value), editable="&" not in value and '"' not in value)
            self.segments.append(Segment([piece], f"/{path}@{m.group(1).lower()}"))


def looks_like_html(head: str) -> bool:
    return bool(_HTML_START.match(head))


ADAPTERS = (Format("html", (".html", ".htm", ".xhtml"), HtmlDocument.parse, looks_like_html, sniff_order=10),)
