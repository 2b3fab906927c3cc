"""Markdown: code, link targets, raw HTML and front matter are not prose and are never touched."""
from __future__ import annotations

import re

from .segments import Format, WholeText

_FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\n]*$", re.MULTILINE)
_PROTECTED_BLOCKS = {"fence", "code_block", "html_block"}


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that are Markdown syntax or code rather than prose."""
    from markdown_it import MarkdownIt

    ranges: list[tuple[int, int]] = []
    front = _FRONT_MATTER.match(text)
    body_start = front.end() if front else 0
    if front:
        ranges.append(front.span())
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    body = text[body_start:]
    first_line = text.count("\n", 0, body_start)
    blocks = []
    for token in MarkdownIt("commonmark").parse(body):
        if token.type in _PROTECTED_BLOCKS and token.map:
            lo, hi = token.map[0] + first_line, token.map[1] + first_line
            start = line_starts[lo]
            end = line_starts[hi] if hi < len(line_starts) else len(text)
            blocks.append((start, end))
    ranges.extend(blocks)
    for pattern in (_CODE_SPAN, _LINK_TARGET, _REFERENCE_DEFINITION):
        for m in pattern.finditer(text, body_start):
            if not any(lo <= m.start() < hi for lo, hi in blocks):
                ranges.append(m.span())
    return ranges


def parse(source: str, name: str = "<input>") -> WholeText:
    return WholeText(source, "markdown", protected_ranges)


def looks_like_markdown(head: str) -> bool:
    """Front matter, a fence or an ATX heading near the start."""
    return head.startswith("---\n") or "\n```" in head or head.startswith("```") or "\n# " in head \
        or head.startswith("# ")


ADAPTERS = (Format("markdown", (".md", ".markdown", ".mdown"), parse, looks_like_markdown, sniff_order=900),)
