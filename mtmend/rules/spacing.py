"""Spacing: missing spaces after punctuation, and whitespace runs."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import FUNCTION_WORDS
from ..scripts import CJK_CORE_RE, CJK_LETTER
from .base import FindingRows, Row, rule

# The marks a space must follow, each tested where the context's shared mark positions put it
# (`_glued_sentences`, `_glued_clauses`); the whitespace rule reads the same positions of `, ; ! ?`.
_NO_SPACE_AFTER = ",;:.!?"
_SHARED_MARKS = ",;!?"
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_GLUED_NEXT = _LETTERS | frozenset("0123456789“‘(")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.。．)]%\"'”’）】」』》")
_SCHEMES = frozenset("http https ftp mailto tel urn doi isbn file data javascript".split())
_WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
_WORD_AFTER = re.compile(r"[A-Za-z]+(?![A-Za-z0-9])")
# The generic top-level domains of the DNS that news text names sites with.
_TOP_LEVEL_DOMAINS = frozenset("com net org edu gov info biz".split())
_SPACES = " \u3000"
_TRAILING = " \t\u3000"
_EMOTICON_TAIL = frozenset(")(-|/\\[]{}<>*^'=DPp")
_CLAUSE_MARKS = ",;!?，、；：！？。"
_BLANK_BEFORE_LINE_END = frozenset(" \t\u3000")
_IDEOGRAPHIC_SPACE = frozenset("\u3000")
_SPACE_OR_CLAUSE_MARK = frozenset("\u3000，、；：！？。")


@rule(
    "spacing.after-punctuation",
    kind="spacing",
    severity="warning",
    title="Missing space after punctuation",
    priority=70,
    fixes=(("visited the school,talked with", "visited the school, talked with"),
           ("the school.The visit", "the school. The visit")),
    keeps=("10,009 people at 8:30", "see https://example.com/a,b and U.S.A. or e.g.x", "R&amp;D"),
)
def missing_space_after_punctuation(ctx) -> FindingRows:
    """Chinese punctuation carries its own spacing, so when MT or a converter turns `，` into `,`
    the space is lost: `school,Talk`. English wants one space after `, ; :` and after the end of
    a sentence. Numbers (`10,009`, `8:30`), URLs, e-mail addresses, file names and HTML entities
    are left alone."""
    found: list[Row] = []
    for mark in _NO_SPACE_AFTER:
        if mark in ".!?":
            found += _glued_sentences(ctx, mark)
        else:
            found += _glued_clauses(ctx, mark)
    return FindingRows(found)


def _glued_sentences(ctx, mark: str) -> list[Row]:
    """`school.The`: a sentence end, not `U.S.`, `e.g.` or `3.5` (`school !The` loses its space)."""
    text, frozen = ctx.text, ctx.frozen_mask
    found: list[Row] = []
    for pos in ctx.mark_positions(mark):
        if not pos or text[pos + 1:pos + 2] not in _CAPITALS:  # glued_sentence_end wants a capital next
            continue
        word_end = pos
        if mark != ".":
            while word_end > 0 and text[word_end - 1] in _SPACES:
                word_end -= 1
        if glued_sentence_end(text, pos, word_end) and not (frozen[pos] or frozen[pos + 1]):
            found.append((pos + 1, pos + 1, "no space between sentences", " ", None))
    return found


def glued_sentence_end(text: str, pos: int, word_end: int | None = None) -> bool:
    """Does the mark at `pos` end a sentence glued to the next (`school.The`)? A lower-case word
    ends before it (at `word_end`, `pos` unless spaces stand between), a capitalized lower-case
    word follows, and the two are not one name (`HowMuch.Net`). Casing asks the same question,
    so both rules read `Visit.Visit` alike."""
    end = pos if word_end is None else word_end
    before = text[max(0, end - 2):end]
    return before.isalpha() and before.islower() and text[pos + 1:pos + 2].isupper() \
        and text[pos + 2:pos + 3].islower() and not _one_name(text, pos)


def _glued_clauses(ctx, mark: str) -> list[Row]:
    """`school,Talk`: a clause mark glued to the next word, except in numbers (`10,009`,
    `8:30`), after a URL scheme and at the end of an HTML entity."""
    text, frozen = ctx.text, ctx.frozen_mask
    message = f"no space after {mark!r}"
    comma_like = mark in ",;"
    found: list[Row] = []
    for pos in ctx.mark_positions(mark):
        nxt = text[pos + 1:pos + 2]
        if nxt not in _GLUED_NEXT and (nxt != '"' or text[pos + 2:pos + 3] not in _LETTERS) or not pos:
            continue
        prev = text[pos - 1]
        if prev not in _WORD_END and not (comma_like and (nxt.isascii() and nxt.isalnum() or nxt in "“‘(\"")
                                          and (CJK_CORE_RE.match(prev) or _word_before_spaces(text, pos))):
            continue
        if prev.isdigit() and nxt.isdigit():
            continue
        if mark == ":" and (prev.isdigit() or nxt.isdigit() and not prev.isalpha()
                            or _word_before(text, pos) in _SCHEMES):
            continue
        if mark == ";" and text[pos - 1:pos].isalnum() and _is_entity(text, pos):
            continue
        if frozen[pos] or frozen[pos + 1]:
            continue
        found.append((pos + 1, pos + 1, message, " ", None))
    return found


def _one_name(text: str, pos: int) -> bool:
    """`HowMuch.Net`, `Booking.Com`: the dot at `pos` is inside one name, not between sentences.
    A top-level domain after it that no letter follows ends a domain name; a word in camel case
    before it is a brand, which a word that only starts sentences (`iPhone.The`) does not continue."""
    after = _WORD_AFTER.match(text, pos + 1)
    if not after:
        return False
    if after.group(0).lower() in _TOP_LEVEL_DOMAINS:
        return True
    word = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(word) and not word.group(0)[1:].islower() and after.group(0).lower() not in FUNCTION_WORDS


def _word_before(text: str, pos: int) -> str:
    word = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return word.group(0).lower() if word else ""


def _is_entity(text: str, pos: int) -> bool:
    """`&amp;` or `&#39;`: the `;` ends an HTML entity."""
    word = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return bool(word) and text[word.start() - 1:word.start()] in ("&", "#")


@rule(
    "spacing.whitespace",
    kind="spacing",
    severity="info",
    title="Irregular whitespace",
    priority=69,
    fixes=(("the  school", "the school"), ("Beijing ,China", "Beijing,China"), ("a line   \nnext", "a line\nnext")),
    keeps=("    indented code", "name    age    city"),
)
def irregular_whitespace(ctx) -> FindingRows:
    """Runs of spaces inside a sentence, spaces before a comma, trailing spaces and ideographic
    spaces (U+3000) next to English are artifacts of copying text between editors and MT
    systems. They become one normal space, or nothing before a comma or at a line end.
    Indentation, aligned columns (two or more runs on one line) and a Markdown hard line break
    (two trailing spaces) are kept."""
    text = ctx.text
    markdown = ctx.format == "markdown"
    before_marks: dict[int, Row] = {}
    for mark in _SHARED_MARKS:
        for pos in ctx.mark_positions(mark):
            if pos and text[pos - 1] in _SPACES:
                _space_before(ctx, _widen(text, pos - 1, pos)[0], pos + 1, before_marks)
    blank_runs = set(_find_runs(text, "  ", _SPACES))
    for pos in ctx.suspect_positions(_SPACE_OR_CLAUSE_MARK):
        if text[pos] == "\u3000":
            blank_runs.add(_widen(text, pos, pos + 1))
        elif pos > 0 and text[pos - 1] in _SPACES:
            _space_before(ctx, _widen(text, pos - 1, pos)[0], pos + 1, before_marks)
    found: list[Row] = []
    columns: dict[int, int] = {}
    for start, end in sorted(blank_runs):
        line_end = end
        while line_end < len(text) and text[line_end] in _TRAILING:
            line_end += 1
        nxt = text[line_end:line_end + 1]
        if nxt in ("\n", "\r", "") or start == 0 or text[start - 1] == "\n" or start in before_marks:
            continue  # trailing (below), indentation, or before a mark (above)
        if text[end:end + 1] in _CLAUSE_MARKS and _space_before(ctx, start, end + 1, before_marks):
            continue
        ideographic = "\u3000" in text[start:end]
        if ideographic and not _latin_side(text, start, end) or ctx.is_frozen(start, end) \
                or _beside_cjk(text, start, end):
            continue
        line = text.rfind("\n", 0, start)
        if end - start > 2:
            columns[line] = columns.get(line, 0) + 1
        message = "ideographic space in English text" if ideographic else "several spaces in a row"
        found.append((start, end, message, " ", {"line": line}))
    # Two or more wide runs on one line are aligned columns, not prose.
    found = [row for row in found if columns.get(row[4]["line"], 0) < 2]
    for line_end in "\n\r":
        for pos in _after_blank(ctx, line_end):
            start = end = pos
            while start > 0 and text[start - 1] in _TRAILING:
                start -= 1
            if start > 0 and text[start - 1] != "\n" and not (markdown and text[start:end] == "  ") \
                    and not ctx.is_frozen(start, end):
                found.append((start, end, "trailing whitespace", "", None))
    found.extend(before_marks.values())
    return FindingRows(found)


def _after_blank(ctx, line_end: str) -> list[int]:
    """Positions of `line_end` that a space, a tab or an ideographic space stands right before. A
    page has a newline every few hundred characters, and only the pairs are wanted: a space and a
    newline are looked for together in the ASCII view (one scan with no Python step per line),
    a tab and an ideographic space, rare, where the context has them. A carriage return is rare
    too: its positions are filtered. (An ideographic space in frozen text is left out: a trailing
    run with frozen text in it is kept.)"""
    text = ctx.text
    if line_end != "\n":
        return [pos for pos in ctx.mark_positions(line_end) if pos and text[pos - 1] in _BLANK_BEFORE_LINE_END]
    find, found = ctx.ascii_view.find, []
    at = find(b" \n")
    while at >= 0:
        found.append(at + 1)
        at = find(b" \n", at + 1)
    rare = ctx.mark_positions("\t") + ctx.suspect_positions(_IDEOGRAPHIC_SPACE)
    return sorted(found + [pos + 1 for pos in rare if text[pos + 1:pos + 2] == "\n"])


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown over the spaces on both sides."""
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    while end < len(text) and text[end] in _SPACES:
        end += 1
    return start, end


def _find_runs(text: str, needle: str, pad: str) -> Iterator[tuple[int, int]]:
    """Occurrences of `needle`, widened over the `pad` characters around it: a str.find loop,
    much faster than a regex that starts with a space."""
    pos = text.find(needle)
    while pos >= 0:
        start, end = pos, pos + len(needle)
        while start > 0 and text[start - 1] in pad:
            start -= 1
        while end < len(text) and text[end] in pad:
            end += 1
        yield start, end
        pos = text.find(needle, max(end, pos + 1))


def _space_before(ctx, start: int, end: int, found: dict[int, Row]) -> bool:
    """`word ,next`: the spaces before the mark at end-1 go, when a word stands on each side."""
    text = ctx.text
    after = text[end:end + 1]
    emoticon = text[end - 1] == ";" and after in _EMOTICON_TAIL  # ` ;)` is not a clause mark
    if text[start - 1:start].isalpha() and not emoticon \
            and not ctx.is_frozen(start, end - 1):
        found[start] = (start, end - 1, f"space before {text[end - 1]!r}", "", None)
        return True
    return False


def _word_before_spaces(text: str, pos: int) -> bool:
    """`school  ,the`: spaces that another repair removes stand between a word and `pos`."""
    i = pos - 1
    while i > 0 and text[i] in _SPACES:
        i -= 1
    return i < pos - 1 and text[i].isalpha()


_CJK_LETTER = re.compile(f"[{CJK_LETTER}]")


_CLOSERS_OF_CJK = frozenset("）)》」』”\"】〉]")
_OPENERS_OF_CJK = frozenset("（(《「『“\"【〈[")


def _beside_cjk(text: str, start: int, end: int) -> bool:
    """Does Chinese text stand on either side of the blanks: a CJK letter, or a bracket or quote
    that closes or opens one (in either width, which fix may change)? A gap at Chinese text
    parts its items (`近日  （北京）`, `广州南站  G101`) and is the Chinese text's, not English
    spacing; the units mtmend finds in Chinese are read from such gaps, so fix leaves them."""
    match = _CJK_LETTER.match
    before = start > 0 and (match(text, start - 1) is not None
                            or start > 1 and text[start - 1] in _CLOSERS_OF_CJK and match(text, start - 2) is not None)
    return before or end < len(text) and (match(text, end) is not None or text[end] in _OPENERS_OF_CJK
                                          and match(text, end + 1) is not None)


def _latin_side(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 1]
    return bool(before and before.isascii() and before.isalnum() or after and after.isascii() and after.isalnum())
