"""The engine protocol: how a translation engine finishes leftovers.

An engine receives a batch of spans, each with its context, and returns one translation per
span, or None where it cannot translate that span (it then stays a flagged leftover). Engines
are adapters: the glossary engine and the machine-translation clients implement this protocol.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence, runtime_checkable


@dataclass(frozen=True, slots=True)
class SpanRequest:
    """One translation unit (a leftover sentence, see mtmend/units.py), with the English around
    it. `terms` are the glossary's official renderings of the terms in it; `hints` those of
    ordinary words (代表, 表示), which guide a translation but are not required of it."""

    text: str
    source: str
    target: str
    before: str = ""
    after: str = ""
    title: str = ""
    terms: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Translation:
    """An engine's answer for one span: the text, or None, the reason it has none and the answer
    it rejected (so that a user can still accept it by hand)."""

    text: str | None
    reason: str = ""
    rejected: str | None = None


@runtime_checkable
class Engine(Protocol):
    name: str

    def translate(self, requests: Sequence[SpanRequest]) -> Sequence[Translation]:
        ...


CONTEXT_CHARS = 300


ENGINES = ("glossary", "auto", "openai", "libretranslate", "ctranslate2", "none")
MT_ENGINES = ("openai", "libretranslate", "ctranslate2")  # their translations go through the TM


def make_engine(name: str, *, base_url: str | None = None, model: str | None = None, api_key: str | None = None,
                glossary=None, device: str = "cpu", beam_size: int = 4, batch_size: int = 16, threads: int = 0):
    """An engine by name; ValueError (one line) when it lacks what it needs."""
    if name == "none":
        return None
    if name == "glossary":
        from .glossary import GlossaryEngine

        return GlossaryEngine(glossary)
    if name == "auto":  # the glossary engine, then an installed Argos model (mtmend models install)
        from .auto import AutoEngine

        return AutoEngine(glossary, device=device, beam_size=beam_size, batch_size=batch_size, threads=threads)
    if name == "openai":
        if not base_url or not model:
            raise ValueError("the openai engine needs --base-url and --model (or MTMEND_BASE_URL, MTMEND_MODEL)")
        from .openai import OpenAIEngine

        return OpenAIEngine(base_url, model, api_key)
    if name == "libretranslate":
        if not base_url:
            raise ValueError("the libretranslate engine needs --base-url (or MTMEND_BASE_URL)")
        from .libretranslate import LibreTranslateEngine

        return LibreTranslateEngine(base_url, api_key)
    if name == "ctranslate2":
        if not model:
            raise ValueError("the ctranslate2 engine needs --model (a CTranslate2 model folder or .argosmodel)")
        from .ctranslate2 import CTranslate2Engine

        return CTranslate2Engine(model, device=device, beam_size=beam_size, batch_size=batch_size, threads=threads)
    raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
