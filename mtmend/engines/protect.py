"""Glossary terms through a machine-translation model: each term in a span is replaced by a
numbered placeholder (`[0]`) that models copy, and the official rendering is put back in the
answer. An LLM gets its terms through the prompt; a plain NMT model has no prompt, so this is
how `两个维护` comes out of it as `Two Upholds` and not as whatever the model makes of it.

When the model drops, repeats or invents a placeholder, the span is translated in pieces
instead: the Chinese between the terms goes to the model alone and the official renderings are
set between the pieces, so a term is never lost or guessed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from . import SpanRequest, Translation

PLACEHOLDER = "[{}]"
_FOUND = re.compile(r"\[\s*(\d+)\s*\]")


def protect(text: str, terms: dict[str, str]) -> tuple[str, list[str]]:
    """`text` with each glossary term (longest first) replaced by a placeholder, and the official
    renderings in placeholder order."""
    if not terms:
        return text, []
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    renderings: list[str] = []

    def slot(m: re.Match) -> str:
        renderings.append(terms[m.group(0)])
        return f" {PLACEHOLDER.format(len(renderings) - 1)} "

    protected = pattern.sub(slot, text)
    return " ".join(protected.split()) if renderings else text, renderings


def restore(answer: str, renderings: list[str]) -> str | None:
    """The answer with the renderings put back; None unless every placeholder is there once."""
    found = [int(m.group(1)) for m in _FOUND.finditer(answer)]
    if sorted(found) != list(range(len(renderings))):
        return None
    restored = _FOUND.sub(lambda m: renderings[int(m.group(1))], answer)
    return " ".join(restored.split())


def pieces(text: str, terms: dict[str, str]) -> list[tuple[str, bool]]:
    """`text` cut at its terms: (piece, is_term) in order."""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    out, last = [], 0
    for m in pattern.finditer(text):
        if m.start() > last:
            out.append((text[last:m.start()], False))
        out.append((m.group(0), True))
        last = m.end()
    if last < len(text):
        out.append((text[last:], False))
    return out


def translate_protected(translate: Callable[[Sequence[SpanRequest]], list[Translation]],
                        requests: Sequence[SpanRequest]) -> list[Translation]:
    """Run an engine's `translate` with the requests' glossary terms (`request.terms`) protected."""
    protected, renderings = [], []
    for r in requests:
        text, rendered = protect(r.text, r.terms)
        protected.append(replace(r, text=text, terms={}) if rendered else r)
        renderings.append(rendered)
    answers = list(translate(protected))
    fallback = []
    for i, (answer, rendered) in enumerate(zip(answers, renderings)):
        if not rendered or answer.text is None:
            continue
        restored = restore(answer.text, rendered)
        if restored is None:
            fallback.append(i)
        else:
            answers[i] = Translation(restored)
    for i in fallback:
        answers[i] = _in_pieces(translate, requests[i])
    return answers


def _in_pieces(translate, request: SpanRequest) -> Translation:
    parts = pieces(request.text, request.terms)
    asks = [replace(request, text=p, terms={}) for p, is_term in parts if not is_term and p.strip(" ，,、。")]
    answers = iter(translate(asks) if asks else [])
    out = []
    for p, is_term in parts:
        if is_term:
            out.append(request.terms[p])
        elif p.strip(" ，,、。"):
            answer = next(answers)
            if answer.text is None:
                return Translation(None, f"model dropped a glossary placeholder; piece not translated: {answer.reason}")
            out.append(answer.text.strip())
        elif out and any(c in p for c in "，,、"):
            out[-1] += ","
    return Translation(re.sub(r"\s+([,.;:!?])", r"\1", " ".join(out)))
