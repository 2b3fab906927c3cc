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
    """One leftover to translate, with the English around it."""

    text: str
    source: str
    target: str
    before: str = ""
    after: str = ""
    title: str = ""
    terms: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Translation:
    """An engine's answer for one span: the text, or None and the reason it has none."""

    text: str | None
    reason: str = ""


@runtime_checkable
class Engine(Protocol):
    name: str

    def translate(self, requests: Sequence[SpanRequest]) -> Sequence[Translation]:
        ...


CONTEXT_CHARS = 300
