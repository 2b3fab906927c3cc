"""Clause-split capitals: MT translated each Chinese clause alone and capitalized it."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..lexicon import (CLEAR_NAME_RATIO, COMMON_RATIO, FUNCTION_WORDS, MULTIWORD_RATIO, NAME_RATIO, case_ratio,
                       ABBREVIATIONS, is_common_word, is_inflected, is_pinyin_name)
from .base import Finding, rule

# A clause boundary (ASCII or Chinese comma or semicolon) and the capitalized word after it.
# One pattern per mark (a literal first character makes re's whole-text scan much faster).
_CLAUSE_START = [re.compile(f"({mark})" + r"([ \u3000]*)([A-Z][A-Za-z]*)(?=([^A-Za-z\n]{0,2})([A-Za-z]*))")
                 for mark in ",;，；、"]


def decide(word: str, next_word: str, ctx, joined: str = " ", pos: int = 0) -> tuple[bool, str]:
    """Should the capitalized `word` after a clause boundary be lower-cased, and why.

    `next_word` is the word after it and `joined` what stands between the two. The default is to
    lower-case: a capital right after a clause boundary is the artifact this rule exists for, so
    keeping it needs positive evidence of a name.
    """
    lower, why, settled = _english_verdict(word, next_word if joined == " " else "", joined[:1] == ".")
    if settled:
        return lower, why
    # The lexicon cannot settle it: the text's own usage near the word overrides it.
    if lower:
        if ctx.capitalized_nearby(word, pos) and not ctx.lowercase_nearby(word, pos):
            return False, "capitalized mid-sentence elsewhere in the document"
    elif ctx.lowercase_nearby(word, pos) and not ctx.capitalized_nearby(word, pos):
        return True, "written in lower case elsewhere in the document"
    return lower, why


@lru_cache(maxsize=16384)
def _english_verdict(word: str, next_word: str, before_stop: bool) -> tuple[bool, str, bool]:
    """What English alone says about `word` (followed by `next_word` across a space, if any, and
    by a full stop if `before_stop`): lower-case it?, why, and whether that settles it."""
    if word == "I" or len(word) > 1 and not word[1:].islower():
        return False, "acronym, name or I", True
    low = word.lower()
    if low in FUNCTION_WORDS:
        return True, "function word", True
    if len(word) == 1:
        return False, "an initial", True
    if word in ABBREVIATIONS and before_stop:
        return False, "an abbreviated title or place", True
    ratio = case_ratio(low)
    if ratio is not None and ratio >= CLEAR_NAME_RATIO:
        return False, "usually capitalized in English (a name)", True
    if is_inflected(low):
        return True, "an adverb or verb form", True
    if next_word[:1].isupper() and not next_word.isupper():
        if ratio is None or ratio >= MULTIWORD_RATIO or is_pinyin_name(word, next_word):
            return False, "starts a multi-word name", True
    settled = ratio is not None and ratio < COMMON_RATIO
    if ratio is None:
        if is_common_word(low):
            return True, "common English word", settled
        return False, "not a common English word (likely a name)", settled
    if ratio >= NAME_RATIO:
        return False, "usually capitalized in English (a name)", settled
    return True, "common English word", settled


@rule(
    "casing.clause-split",
    kind="casing",
    severity="warning",
    title="Capitalized clause after a comma",
    priority=50,
    fixes=(("visited the school,Visit the laboratory,Talk with teachers",
            "visited the school,visit the laboratory,talk with teachers"),
           ("the delegation arrived, Then it left", "the delegation arrived, then it left")),
    keeps=("his son,Hunter Biden, said", "in 2020,NASA said", "Yesterday, I said so", "the school, Visit us"),
)
def clause_split_capitals(ctx) -> Iterator[Finding]:
    """MT systems that translate a Chinese sentence clause by clause capitalize each clause, so a
    comma is followed by a capital: `visited the school,Visit the laboratory,Talk with…`. The
    first letter is lower-cased unless the word is a name. That is decided from the document's own
    evidence first (is the word written in lower case, or capitalized mid-sentence, elsewhere?),
    then from how English usually cases it (a corpus-derived case lexicon, then wordfreq).
    Acronyms, `I`, words that start a multi-word name, quotes and sentence starts are kept."""
    text = ctx.text
    for pattern in _CLAUSE_START:
        for m in pattern.finditer(text, 1):
            mark, space, word, joined, next_word = m.groups()
            if space and mark in ",;" and word.lower() not in FUNCTION_WORDS:
                continue  # ", Word" with a space is ordinary English unless a function word follows
            i = m.start() - 1
            while i > 0 and text[i] in " \u3000":  # spaces before the mark are removed by another rule
                i -= 1
            if not (text[i].isalnum() or text[i] in ".。．)]%\"'”’_）】」』》"):
                continue
            if joined == "." and next_word:
                continue  # a domain or identifier: `Gong.bg`
            if space and next_word[:1].isupper() and not next_word.isupper():
                continue
            start = m.start(3)
            if ctx.is_frozen(start, start + 1):
                continue
            lower, why = decide(word, next_word, ctx, joined, start)
            if lower:
                yield Finding(start, start + 1, f"clause-split capital {word!r} ({why})", word[0].lower(),
                              data={"word": word, "reason": why})
