"""Terminology: official formulations rendered wrongly, inconsistently, or in a forbidden way."""
from __future__ import annotations

from typing import Iterator

from .base import Finding, rule


def _matches(ctx, kind: str, user: bool) -> Iterator[tuple[int, int, str, list]]:
    """Watched phrases of this `kind` (`wrong` or `rendering`), with the terms they belong to."""
    by_phrase = ctx.glossary.by_phrase
    for start, end, phrase in ctx.term_matches:
        terms = [t for t, k in by_phrase[phrase] if k == kind and t.user == user]
        if terms:
            yield start, end, phrase, terms


def _official(text: str, start: int, end: int, phrase: str, terms: list) -> str | None:
    """The official rendering to write instead of text[start:end], if that is unambiguous: one
    term, and the phrase matched without an inflected ending. It starts with a capital where a
    sentence starts, and as the glossary writes it elsewhere (`,Talk and exchange` is MT's
    clause-split capital, not a sentence start)."""
    officials = {t.english for t in terms}
    if len(officials) != 1 or end - start != len(phrase):
        return None
    english = officials.pop()
    article, _, rest = english.partition(" ")
    if article.lower() in ("the", "a", "an") and rest and _determiner_before(text, start):
        english = rest  # `the school Party Committee` must not become `the the university ...`
    i = start
    while i > 0 and text[i - 1] in " \"“‘'(":
        i -= 1
    if english[:1].islower() and (i == 0 or text[i - 1] in "\n.!?。！？"):
        english = english[0].upper() + english[1:]
    return english


_DETERMINERS = frozenset("the a an this that these those its our their his her your my".split())


def _determiner_before(text: str, start: int) -> bool:
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in _DETERMINERS


def _wrong_renderings(ctx, user: bool, label: str) -> Iterator[Finding]:
    text = ctx.text
    for start, end, phrase, terms in _matches(ctx, "wrong", user):
        found = text[start:end]
        replacement = _official(text, start, end, phrase, terms)
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
    official rendering replaces the wrong one when that is unambiguous: the phrase belongs to
    one term and was not inflected; otherwise it is only suggested."""
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
        used = _key(phrase)
        seen = first.setdefault(t.source, used)
        if seen not in used and used not in seen:  # a short form of the full name is not a second rendering
            yield Finding(start, end, f"{text[start:end]!r} renders {t.source} differently from earlier "
                                      f"{seen!r}; official: {t.english!r}",
                          data={"source": t.source, "first": seen, "official": t.english})


def _key(rendering: str) -> str:
    """Renderings that differ only by a leading article are the same rendering."""
    for article in ("the ", "a ", "an "):
        if rendering.startswith(article):
            return rendering[len(article):]
    return rendering
