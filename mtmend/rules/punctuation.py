"""Chinese punctuation in English text."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..scripts import characters
from .base import FindingRows, Row, rule

# The ASCII mark each Chinese mark stands for in English, and whether a space follows it.
_MARKS: dict[str, tuple[str, bool]] = {
    "，": (",", True), "、": (",", True), "。": (".", True), "．": (".", True), "：": (":", True),
    "；": (";", True), "！": ("!", True), "？": ("?", True), "）": (")", True), "】": ("]", True),
    "（": ("(", False), "【": ("[", False), "～": ("~", False), "｜": ("|", False),
    "「": ("“", False), "」": ("”", True), "『": ("‘", False), "』": ("’", True),
    "〈": ("‘", False), "〉": ("’", True), "《": ("“", False), "》": ("”", True),
}
_TITLE_MARKS = {"《": "*", "》": "*"}
_FULLWIDTH = characters("".join(_MARKS) + "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e")
_MESSAGES = {mark: f"Chinese punctuation {mark} in English text" for mark in _FULLWIDTH}
_OPENING = "([“‘"
_ENGLISH_FINAL = ".!?"


def _ascii_for(mark: str, markdown: bool) -> tuple[str, bool]:
    if markdown and mark in _TITLE_MARKS:
        return _TITLE_MARKS[mark], mark == "》"
    if mark in _MARKS:
        return _MARKS[mark]
    return unicodedata.normalize("NFKC", mark), False


# Each mark's English counterpart and spacing, in plain text and in Markdown: looked up for
# thousands of marks in a damaged page, so computed once.
_IN_TEXT = {mark: _ascii_for(mark, False) for mark in _FULLWIDTH}
_IN_MARKDOWN = {mark: _ascii_for(mark, True) for mark in _FULLWIDTH}


@rule(
    "punctuation.fullwidth",
    kind="punctuation",
    severity="warning",
    title="Chinese (fullwidth) punctuation in English text",
    priority=80,
    fixes=(("made by the school。The", "made by the school. The"),
           ("Beijing，Shanghai、Tianjin", "Beijing, Shanghai, Tianjin"),
           ("the book 《Red Sorghum》", "the book “Red Sorghum”"),
           ("It ended.。", "It ended.")),
    keeps=("部属高校要坚持以习近平新时代中国特色社会主义思想为指导。", "Plain English, with commas."),
)
def fullwidth_punctuation(ctx) -> FindingRows:
    """Machine translation often copies the source's punctuation: `。` ends English sentences,
    `，` and `、` separate clauses and list items, `《》` mark titles. Outside a leftover each mark
    becomes its English counterpart with English spacing: a space after `, . : ; ! ?` and closing
    brackets when a word follows, a space before an opening bracket that follows a word. `、`
    becomes `, `; `《》` become quotes, or italics in Markdown. A `。` right after English
    sentence-final punctuation (`.。`) is a duplicate and is removed. The inside of a leftover is
    never changed: its punctuation belongs to the untranslated sentence."""
    text, frozen = ctx.text, ctx.frozen_mask  # protected text is frozen: the mask rules most places out
    markdown = ctx.format == "markdown"
    found: list[Row] = []
    for pos in ctx.suspect_positions(_FULLWIDTH):
        message, after, unspaced = _repair_of(text[pos - 1] if pos else "", text[pos:pos + 2], markdown)
        if unspaced is not None and frozen[pos + 1] and ctx.is_protected(pos + 1):
            after = unspaced  # no space before protected text (a link or code) that follows
        found.append((pos, pos + 1, message, after, None))
    return FindingRows(found)


@lru_cache(maxsize=4096)
def _repair_of(prev: str, rest: str, markdown: bool) -> tuple[str, str, str | None]:
    """The message and replacement of the mark that starts `rest` (the mark and the character
    after it), with `prev` before it; and the replacement without its trailing space, where
    that space goes only if protected text does not follow. A pure function of three characters,
    so a page with thousands of `。` computes each combination once."""
    english = _IN_MARKDOWN if markdown else _IN_TEXT
    mark, nxt = rest[0], rest[1:]
    if mark in "。．" and prev and prev in _ENGLISH_FINAL:
        gap = " " if nxt and (nxt.isalnum() or nxt in _OPENING) else ""
        return f"duplicate sentence end {prev}{mark}", gap, None
    ascii_, space_after = english[mark]
    after = ascii_
    # A following mark is judged as what it becomes: `；《` is `;` before an opening quote.
    if nxt in english:
        nxt = english[nxt][0][-1:]
    if ascii_ in _OPENING and prev and (prev.isalnum() or prev in ",.;:!?"):
        after = " " + after
    if space_after and nxt and (nxt.isalnum() or nxt in _OPENING or nxt in "\"'") \
            and not (ascii_ in ".," and prev.isdigit() and nxt.isdigit()):
        return _MESSAGES[mark], after + " ", after
    return _MESSAGES[mark], after, None
