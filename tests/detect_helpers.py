"""What the detection tests ask of a text: the leftovers `check` flags, and each run's intent."""
from __future__ import annotations

import mtmend
from mtmend.leftovers import find_leftovers


def flagged(text: str) -> list[str]:
    """The text of every span `check` reports as an untranslated leftover."""
    return [text[i.start:i.end] for i in mtmend.check(text) if i.rule == "untranslated.leftover"]


def intents(text: str, strip: str | None = None) -> dict[str, str]:
    """Each run's text (stripped of `strip`, blanks by default) and its intent."""
    return {lo.text.strip(strip): lo.intent for lo in find_leftovers(text)}
