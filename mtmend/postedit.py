"""Post-editing (`--post-edit`, LLM engines): damaged paragraphs rewritten into fluent English.

A paragraph counts as damaged when the rules or the engine changed it. The engine rewrites it
(tense, merged clause chains, articles) under a constraint to keep every name and glossary
term; a rewrite that drops one, leaves CJK, or changes the length implausibly is refused. The
rewrite is not pasted in: it is diffed word by word against the repaired paragraph, and every
difference becomes its own edit named `post-edit.ENGINE`, so each change can be seen in the
report and refused on its own (`Result.undo(["post-edit.openai"])` refuses them all).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .model import Edit
from .scripts import CJK_LETTER_RE

_TOKEN = re.compile(r"\s+|\w+(?:['’]\w+)*|[^\w\s]")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


@dataclass(frozen=True, slots=True)
class RewriteRequest:
    """One paragraph to rewrite, with what must survive the rewrite."""

    text: str
    keep: tuple[str, ...] = field(default=())
    title: str = ""


def paragraphs_to_rewrite(text: str, changed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the paragraphs (blank-line separated) that contain a changed range."""
    spans, pos = [], 0
    for block in re.split(r"(\n\s*\n)", text):
        start, end = pos, pos + len(block)
        pos = end
        if block.strip() and not block.startswith("\n") and any(s < end and e > start or s == e == start
                                                                for s, e in changed):
            spans.append((start, end))
    return spans


def must_keep(paragraph: str, glossary) -> tuple[str, ...]:
    """Names (capitalized word sequences) and the glossary's official renderings in the paragraph."""
    names = set(_NAME.findall(paragraph))
    lowered = paragraph.lower()
    terms = {t.english for t in glossary if len(t.english) > 3 and len(t.english.split()) >= 2
             and t.english.lower() in lowered}
    return tuple(sorted(names | terms))


def check_rewrite(request: RewriteRequest, rewrite: str) -> str | None:
    if not rewrite.strip():
        return "empty rewrite"
    if CJK_LETTER_RE.search(rewrite) and not CJK_LETTER_RE.search(request.text):
        return "source-language text in the rewrite"
    if not 0.6 * len(request.text) <= len(rewrite) <= 1.6 * len(request.text) + 20:
        return "rewrite length implausible"
    missing = [k for k in request.keep if k.lower() not in rewrite.lower()]
    if missing:
        return f"rewrite dropped {missing[0]!r}"
    return None


def word_edits(offset: int, before: str, after: str, rule: str) -> list[Edit]:
    """The word-level differences between `before` and `after` as edits on `before`."""
    a = [(m.start(), m.group(0)) for m in _TOKEN.finditer(before)]
    b = [m.group(0) for m in _TOKEN.finditer(after)]
    matcher = difflib.SequenceMatcher(a=[t for _, t in a], b=b, autojunk=False)
    edits = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        start = a[i1][0] if i1 < len(a) else len(before)
        end = a[i2 - 1][0] + len(a[i2 - 1][1]) if i2 > i1 else start
        edits.append(Edit(offset + start, offset + end, before[start:end], "".join(b[j1:j2]), rule))
    return edits
