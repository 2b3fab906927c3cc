"""Terminology: official formulations rendered wrongly, inconsistently, or in a forbidden way."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..glossary import without_article
from ..lexicon import FUNCTION_WORDS
from .base import Finding, rule


def _matches(ctx, kind: str, user: bool) -> Iterator[tuple[int, int, str, list]]:
    """Watched phrases of this `kind` (`wrong` or `rendering`), with the terms they belong to."""
    by_phrase = ctx.glossary.by_phrase
    for start, end, phrase in ctx.term_matches:
        terms = [t for t, k in by_phrase[phrase] if k == kind and t.user == user]
        if terms:
            yield start, end, phrase, terms


def _official(text: str, start: int, end: int, phrase: str, terms: list, glossary=None) -> str | None:
    """The official rendering to write instead of text[start:end], if that is unambiguous: one
    term, and the phrase matched without an inflected ending. It starts with a capital where a
    sentence starts, and as the glossary writes it elsewhere (`,Talk and exchange` is MT's
    clause-split capital, not a sentence start)."""
    officials = {t.english for t in terms}
    if len(officials) != 1 or end - start != len(phrase):
        return None
    english = next(iter(officials))
    if not fits(text, start, end, english, terms[0], glossary):
        return None
    article, _, rest = english.partition(" ")
    if article.lower() in ("the", "a", "an") and rest and _determiner_before(text, start):
        english = rest  # `the school Party Committee` must not become `the the university ...`
    elif article.lower() in ("the", "a", "an") and rest and _content_word_before(text, start) \
            and phrase.split()[0] not in ("the", "a", "an"):
        return None  # `youth theme education`: whether an article may follow `youth` is not known
    i = start
    while i > 0 and text[i - 1] in " \"“‘'(":
        i -= 1
    if english[:1].islower() and (i == 0 or text[i - 1] in "\n.!?。！？"):
        english = english[0].upper() + english[1:]
    return english


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PAST = frozenset("had was were did held made took gave met led won set saw went came began spoke wrote built sent paid".split())


def fits(text: str, start: int, end: int, english: str, term, glossary=None) -> bool:
    """Would writing `english` over text[start:end] read as correct English? It would not when
    the wrong form is itself an accepted rendering of some term, when it modifies a noun after
    it and the replacement is a verb phrase (`school running practice` -> `running universities
    practice`), when
    the replacement changes the verb's tense (`Talk and exchange with` -> `held talks with`),
    repeats a word that is already beside it (`... talents and outstanding engineers`), or turns
    a generic phrase into one institution's name. Each of these makes the rewrite a suggestion."""
    found = text[start:end]
    if _accepted_somewhere(found, term, glossary):
        return False
    after = _WORD.findall(text[end:end + 40])
    gap = text[end:end + 2]
    found_words, new_words = _WORD.findall(found), _WORD.findall(english)
    modifies = after and gap[:1] == " " and after[0][:1].islower() and after[0].lower() not in FUNCTION_WORDS
    if modifies and any(w.endswith("ing") or _is_past(w) for w in new_words):
        return False  # a verb phrase cannot take the place of a modifier
    if found_words and new_words and _is_past(new_words[0]) != _is_past(found_words[0]):
        return False
    around = {w.lower() for w in _WORD.findall(text[max(0, start - 40):start])[-4:] + after[:4]}
    added = {w.lower() for w in new_words} - {w.lower() for w in found_words} - FUNCTION_WORDS
    if added & around:
        return False
    if not term.user and term.domain != "cpc" and found == found.lower() and _is_name(new_words):
        return False
    return True


def _accepted_somewhere(found: str, term, glossary) -> bool:
    if glossary is None:
        return False
    return bool(glossary.accepted.get(without_article(found.lower()), frozenset()) - {term.source})


def _is_past(word: str) -> bool:
    word = word.lower()
    return word in _PAST or (word.endswith("ed") and len(word) > 4)


def _is_name(words: list[str]) -> bool:
    """Every content word capitalized: the name of one institution or programme."""
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


_DETERMINERS = frozenset("the a an this that these those its our their his her your my".split())


def _content_word_before(text: str, start: int) -> bool:
    """A word right before that is no function word (`youth theme education`, `carry out ...`)."""
    before = text[max(0, start - 20):start]
    words = _WORD.findall(before)
    return bool(words) and before.endswith(" ") and before.rstrip().endswith(words[-1]) \
        and words[-1].lower() not in FUNCTION_WORDS


def _determiner_before(text: str, start: int) -> bool:
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in _DETERMINERS


def _wrong_renderings(ctx, user: bool, label: str) -> Iterator[Finding]:
    text = ctx.text
    for start, end, phrase, terms in _matches(ctx, "wrong", user):
        found = text[start:end]
        replacement = _official(text, start, end, phrase, terms, ctx.glossary)
        suggestion = " or ".join(sorted({t.english for t in terms}))
        sources = "、".join(t.source for t in terms)
        yield Finding(start, end, f"{label} {found!r} for {sources}: use {suggestion!r}", replacement,
                      data={"source": sources, "official": suggestion, "origin": terms[0].origin})


@rule(
    "terminology.wrong-rendering",
    kind="terminology",
    severity="warning",
    title="Known wrong rendering of an official formulation",
    priority=60,
    fixes=(('the "two maintenance"', 'the "Two Upholds"'),
           ("They stress the fundamental task of moral cultivation",
            "They stress the fundamental task of fostering virtue through education")),
    keeps=('the "Two Upholds"',),
)
def known_wrong_rendering(ctx) -> Iterator[Finding]:
    """Fixed official formulations have fixed English renderings (两个维护 is "Two Upholds"),
    and generic machine translation gets many of them wrong in recognisable ways ("two
    maintenance"). The built-in glossary lists such wrong renderings with the official one.
    Matching ignores letter case and allows a plural ending, but only whole words count. The
    official rendering replaces the wrong one only when that is unambiguous and reads right:
    the phrase belongs to one term, was not inflected, is no accepted rendering of another term,
    and the replacement fits the sentence (see `fits`); otherwise it is only suggested."""
    return _wrong_renderings(ctx, user=False, label="known wrong rendering")


@rule(
    "terminology.forbidden",
    kind="terminology",
    severity="error",
    title="Rendering forbidden by a project glossary",
    priority=59,
    fixes=(("a double first-rate university", "a Double First-Class university"),),
    keeps=("a Double First-Class university",),
    example_glossary="source\tenglish\twrong\n双一流\tDouble First-Class\tdouble first-rate\n",
)
def forbidden_rendering(ctx) -> Iterator[Finding]:
    """A project glossary (`--glossary FILE` or `mtmend.toml`) can forbid renderings in its
    `wrong` column: house style, a client's terminology, a term that changed. They are errors
    in that project, and the project's rendering replaces them when that is unambiguous."""
    return _wrong_renderings(ctx, user=True, label="forbidden rendering")


@rule(
    "terminology.inconsistent",
    kind="terminology",
    severity="warning",
    title="One source term rendered in two ways",
    priority=58,
    reports=("The great rejuvenation of the Chinese nation is the goal. Later, national rejuvenation was named.",),
    keeps=("Double First-Class, and again Double First-Class.",),
)
def inconsistent_rendering(ctx) -> Iterator[Finding]:
    """A reader who meets "Double First-Class" and then "double first-rate" cannot tell that
    they are one policy. When a document uses two renderings of one glossary term, every use
    that differs from the first is reported, with the official rendering as the suggestion (a
    short form inside the full one, `Xi Jinping Thought`, is the same rendering).
    Only terms whose renderings are distinctive phrases are compared (and every term of a
    project glossary), so that `research` and `scientific research` are not played off
    against each other. Nothing is changed: which rendering to keep is the editor's call."""
    text = ctx.text
    first: dict[str, str] = {}
    for start, end, phrase, terms in _matches(ctx, "rendering", False):
        yield from _inconsistent(text, start, end, phrase, terms, first)
    for start, end, phrase, terms in _matches(ctx, "rendering", True):
        yield from _inconsistent(text, start, end, phrase, terms, first)


def _inconsistent(text: str, start: int, end: int, phrase: str, terms: list, first: dict) -> Iterator[Finding]:
    for t in terms:
        used = without_article(phrase)
        seen = first.setdefault(t.source, used)
        if seen not in used and used not in seen:  # a short form of the full name is not a second rendering
            yield Finding(start, end, f"{text[start:end]!r} renders {t.source} differently from earlier "
                                      f"{seen!r}; official: {t.english!r}",
                          data={"source": t.source, "first": seen, "official": t.english})


@rule(
    "terminology.engine-rendering",
    kind="terminology",
    severity="warning",
    title="An engine's translation renders a glossary term in its own words",
    priority=57,
    reports_with_engine=(("Reporters waited. 外交部发言人表示欢迎。", "A Foreign Ministry spokesperson welcomed it."),),
    keeps=("The Foreign Ministry said so.",),
)
def engine_rendering(ctx) -> Iterator[Finding]:
    """A translation engine finished a leftover with a translation that is fine except that one
    glossary term is worded otherwise (`Foreign Ministry` for 外交部, whose official rendering is
    `the Ministry of Foreign Affairs`). The translation is used, because a passage left in Chinese
    serves a reader worse than any wording; this warning names the term and suggests its official
    rendering, which the user can apply. Reported by the engine step, not found in the text: the
    Chinese is gone once it is translated."""
    return ()
