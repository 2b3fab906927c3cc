"""Leftovers: source-language text that machine translation did not translate."""
from __future__ import annotations

from collections.abc import Iterator

from ..leftovers import DELIBERATE
from ..scripts import LANGUAGE_NAMES
from .base import Finding, FindingRows, rule

PREVIEW = 24


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"


@rule(
    "untranslated.leftover",
    kind="untranslated",
    severity="error",
    title="Source-language text left untranslated",
    priority=40,
    reports=("Jin Zhuanglong pointed out,部属高校要坚持以为指导,Firmly grasp",),
    keeps=("Beijing (北京) is the capital.", "An English sentence."),
)
def leftover(ctx) -> FindingRows:
    """Machine translation skipped this Chinese, Japanese or Korean text, so an English reader sees
    words they cannot read, often in the very sentences that matter (leaders' statements, official
    formulations). The span takes in its own punctuation and leaves the surrounding English out.
    Nothing is changed deterministically: a translation engine (`--engine`) finishes the span."""
    return FindingRows([(lo.start, lo.end, lo.language, None, lo.text) for lo in ctx.leftovers if not lo.deliberate],
                       _describe_leftover)


def _describe_leftover(language: str, text: str) -> tuple[str, dict[str, str]]:
    """A leftover's message and data, built only when issues are."""
    return f"untranslated {LANGUAGE_NAMES[language]}: {_preview(text)}", {"language": language, "text": text}


@rule(
    "untranslated.deliberate",
    kind="untranslated",
    severity="info",
    title="Deliberate source-language text (gloss, quoted term, bilingual layout)",
    priority=39,
    reports=("Beijing (北京) is the capital.",),
    keeps=("Jin Zhuanglong pointed out,部属高校要坚持以为指导,Firmly grasp",),
)
def deliberate(ctx) -> Iterator[Finding]:
    """CJK that a writer put there on purpose: a gloss after its English (`Beijing (北京)`,
    `China, 中国,`), a name in apposition, a quoted or explained term (`饺子 (dumplings)`), the
    Chinese half of a heading, the value of an `Original title:` field, a filing number, or a
    sentence, paragraph, list item or title whose English translation stands next to it (the data
    names that English and the evidence score). It is noted at `info` so a reviewer can see it,
    and is never translated or changed."""
    for lo in ctx.leftovers:
        if lo.deliberate:
            name = LANGUAGE_NAMES[lo.language]
            data = {"language": lo.language, "intent": lo.intent, "text": lo.text}
            if lo.translation is not None:
                a, b = lo.translation
                data.update(translation=ctx.text[a:b], translation_start=a, translation_end=b, score=lo.score)
            yield Finding(lo.start, lo.end, f"deliberate {name} ({DELIBERATE[lo.intent]}): {_preview(lo.text)}",
                          data=data)


@rule(
    "untranslated.not-english",
    kind="untranslated",
    severity="error",
    title="The document is not in English",
    priority=41,
    reports=("北京理工大学举行2024年开学典礼。新生代表在典礼上发言。",),
    keeps=("Beijing Institute of Technology held its opening ceremony (开学典礼) for 2024.",),
)
def not_english(ctx) -> Iterator[Finding]:
    """A page that is mostly Chinese, Japanese or Korean is not an English page with leftovers:
    repairing its punctuation as English, or sending every sentence to an engine, would damage
    it. It is reported once, over the whole text, with the share of each script among its
    letters, and nothing in it is changed."""
    if ctx.not_english is not None and ctx.text:
        shares = ", ".join(f"{name} {share:.0%}" for name, share in ctx.not_english.items())
        yield Finding(0, len(ctx.text), f"not an English document ({shares})",
                      data={"scripts": dict(ctx.not_english)})
