"""What a rule is: a small pure function over a Context, registered with a stable id.

A rule yields Findings. A finding with a `replacement` is also a repair; one without is only
reported. The rule's docstring is its explanation (`mtmend explain RULE`).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:
    from ..context import Context


@dataclass(slots=True)
class Finding:
    """One hit of a rule. Not frozen: rules create thousands per document and frozen dataclasses
    cost several times more to build; treat it as immutable."""

    start: int
    end: int
    message: str
    replacement: str | None = None
    data: dict[str, Any] | None = None
    severity: str | None = None  # overrides the rule's default severity


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    severity: str
    title: str
    explanation: str
    examples: tuple[tuple[str, str], ...]
    find: Callable[["Context"], Iterable[Finding]]


RULES: dict[str, Rule] = {}


def rule(id: str, *, kind: str, severity: str, title: str, examples: tuple[tuple[str, str], ...] = ()):
    """Register a finder function as a rule; its docstring becomes the explanation."""

    def register(find: Callable[["Context"], Iterable[Finding]]) -> Callable[["Context"], Iterable[Finding]]:
        if id in RULES:
            raise ValueError(f"duplicate rule id {id}")
        RULES[id] = Rule(id, kind, severity, title, inspect.cleandoc(find.__doc__ or ""), examples, find)
        return find

    return register
