"""Spacing: missing spaces after punctuation, and whitespace runs."""
from __future__ import annotations

import re
from typing import Iterator

from ..scripts import CJK_LETTER_RE
from .base import Finding, rule

_NO_SPACE_AFTER = re.compile(r"[,;:.!?](?=[A-Za-z0-9“‘(]|\"[A-Za-z])")
_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.)]%\"'”’）】」』》")
_SCHEMES = frozenset("http https ftp mailto tel urn doi isbn file data javascript".split())
_WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
_RARE_SPACE = re.compile("\u3000+")
_WIDE_CLAUSE_MARK = re.compile("[，、；：！？。]")


@rule(
    "spacing.after-punctuation",
    kind="spacing",
    severity="warning",
    title="Missing space after punctuation",
    examples=(("visited the school,talked with", "visited the school, talked with"),
              ("the school.The visit", "the school. The visit")),
)
def missing_space_after_punctuation(ctx) -> Iterator[Finding]:
    """Chinese punctuation carries its own spacing, so when MT or a converter turns `，` into `,`
    the space is lost: `school,Talk`. English wants one space after `, ; :` and after the end of
    a sentence. Numbers (`10,009`, `8:30`), URLs, e-mail addresses, file names and HTML entities
    are left alone."""
    text = ctx.text
    for m in _NO_SPACE_AFTER.finditer(text):
        pos = m.start()
        if pos == 0:
            continue
        mark, prev, nxt = m.group(0), text[pos - 1], text[pos + 1]
        if prev not in _WORD_END and not (mark in ",;" and nxt.isascii() and nxt.isalpha()
                                          and (CJK_LETTER_RE.match(prev) or prev == " " and text[pos - 2:pos - 1].isalpha())):
            continue
        if mark in ".!?":
            # "school.The": a sentence end, not "U.S.", "e.g." or "3.5".
            if text[pos - 2:pos].isalpha() and text[pos - 2:pos].islower() and nxt.isupper() \
                    and text[pos + 2:pos + 3].islower() and not ctx.is_frozen(pos, pos + 2):
                yield Finding(pos + 1, pos + 1, "no space between sentences", " ")
            continue
        if prev.isdigit() and nxt.isdigit():
            continue
        if mark == ":" and (prev.isdigit() or nxt.isdigit() and not prev.isalpha()):
            continue
        word = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
        if mark == ":" and word and word.group(0).lower() in _SCHEMES:
            continue
        if mark == ";" and word and text[word.start() - 1:word.start()] in ("&", "#"):
            continue
        if ctx.is_frozen(pos, pos + 2):
            continue
        yield Finding(pos + 1, pos + 1, f"no space after {mark!r}", " ")


@rule(
    "spacing.whitespace",
    kind="spacing",
    severity="info",
    title="Irregular whitespace",
    examples=(("the  school", "the school"), ("Beijing ,China", "Beijing, China")),
)
def irregular_whitespace(ctx) -> list[Finding]:
    """Runs of spaces inside a sentence, spaces before a comma, trailing spaces and ideographic
    spaces (U+3000) next to English are artifacts of copying text between editors and MT systems. They become one normal space or nothing.
    Indentation, aligned columns (two or more runs on one line) and a Markdown hard line break
    (two trailing spaces) are kept."""
    text = ctx.text
    markdown = ctx.format == "markdown"
    found: list[Finding] = []
    wide_runs: dict[int, int] = {}
    for start, end in _find_runs(text, "  ", " "):
        nxt = text[end:end + 1]
        if nxt in ("\n", "\r", "") or text[start - 1:start] in ("\n", "") or ctx.is_frozen(start, end):
            continue  # trailing (below) or indentation
        line = text.rfind("\n", 0, start)
        if end - start > 2:
            wide_runs[line] = wide_runs.get(line, 0) + 1
        found.append(Finding(start, end, "several spaces in a row", " ", data={"line": line}))
    # Two or more wide runs on one line are aligned columns, not prose.
    if wide_runs:
        found = [f for f in found if wide_runs.get(f.data["line"], 0) < 2]
    for marker in (" \n", "\t\n", " \r", "\t\r"):
        for start, end in _find_runs(text, marker, " \t", backwards=True):
            if start > 0 and text[start - 1] != "\n" and not (markdown and text[start:end - 1] == "  ") \
                    and not ctx.is_frozen(start, end):
                found.append(Finding(start, end - 1, "trailing whitespace", ""))
    for mark in ",;!?":
        for start, end in _find_runs(text, " " + mark, " ", backwards=True):
            _space_before(ctx, start, end, found)
    for m in ctx.find_marks(_WIDE_CLAUSE_MARK):
        if text[m.start() - 1:m.start()] == " ":
            start = m.start() - 1
            while start > 0 and text[start - 1] == " ":
                start -= 1
            _space_before(ctx, start, m.end(), found)
    for m in ctx.find_marks(_RARE_SPACE):
        if _latin_side(text, m.start(), m.end()):
            found.append(Finding(m.start(), m.end(), "ideographic space in English text", " "))
    return found


def _find_runs(text: str, needle: str, pad: str, backwards: bool = False) -> Iterator[tuple[int, int]]:
    """Occurrences of `needle`, widened over the `pad` characters before it (and after it, unless
    `backwards`): a str.find loop, much faster than a regex that starts with a space."""
    pos = text.find(needle)
    while pos >= 0:
        start, end = pos, pos + len(needle)
        while start > 0 and text[start - 1] in pad:
            start -= 1
        if not backwards:
            while end < len(text) and text[end] in pad:
                end += 1
        yield start, end
        pos = text.find(needle, max(end, pos + 1))


def _space_before(ctx, start: int, end: int, found: list[Finding]) -> None:
    """`word ,next`: the spaces before the mark at end-1 go, when a word stands on each side."""
    text = ctx.text
    after = text[end:end + 1]
    if text[start - 1:start].isalpha() and (after in ("", " ", "\n", "\r") or after.isalpha()) \
            and not ctx.is_frozen(start, end - 1):
        found.append(Finding(start, end - 1, f"space before {text[end - 1]!r}", ""))


def _latin_side(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 1]
    return bool(before and before.isascii() and before.isalnum() or after and after.isascii() and after.isalnum())
