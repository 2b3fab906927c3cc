"""The pipeline, top to bottom: build the context, run the rules, resolve, apply, repeat.

check(text)  ->  issues of the input.
fix(text)    ->  the same issues, plus the edits that repair them, applied until the text is
                 stable (so fix is idempotent), composed into one list against the input.
"""
from __future__ import annotations

from operator import attrgetter, itemgetter
from typing import Iterable

from .context import Context
from .engines import CONTEXT_CHARS, Engine, SpanRequest
from .model import Edit, Issue, Result, apply_edits, compose_edits
from .rules import RULES, Rule

MAX_PASSES = 4


def check(text: str, *, source: str = "zh", target: str = "en", format: str = "text",
          rules: Iterable[str] | None = None) -> list[Issue]:
    """Every issue in `text`, sorted by position."""
    issues, _ = _run_rules(Context.build(text, format), _select(rules))
    return issues


# Repairs that make text no rule has seen yet (decoded mojibake, widened letters, removed invisible
# characters that joined their neighbours, engine translations): after one of these the rules run
# again until the text is stable. Every other rule writes final English punctuation and spacing
# in one pass, which the idempotence tests hold it to.
CASCADING = ("encoding.", "engine.")


def fix(text: str, *, engine: Engine | None = None, source: str = "zh", target: str = "en",
        format: str = "text", rules: Iterable[str] | None = None) -> Result:
    """Repair `text`: deterministic rules, then (optionally) an engine for the leftovers."""
    selected = _select(rules)
    ctx = Context.build(text, format)
    issues, edits = _run_rules(ctx, selected)
    notes: list[str] = []
    if engine is not None:
        edits, engine_notes = _merge_engine_edits(ctx, edits, engine, source, target)
        notes.extend(engine_notes)
    current = apply_edits(text, edits)
    passes = 1
    while passes < MAX_PASSES and any(e.rule.startswith(CASCADING) for e in edits):
        _, more = _run_rules(Context.build(current, format), selected)
        passes += 1
        if not more:
            break
        following = apply_edits(current, more)
        edits = compose_edits(text, edits, current, more)
        current = following
    return Result(source=text, text=current, issues=issues, edits=edits, notes=notes,
                  recheck=lambda: check(current, format=format, rules=rules))


def _select(rules: Iterable[str] | None) -> list[Rule]:
    if rules is None:
        return list(RULES.values())
    wanted = set(rules)
    unknown = wanted - set(RULES) - {r.split(".")[0] for r in RULES}
    if unknown:
        raise ValueError(f"unknown rule(s): {', '.join(sorted(unknown))}")
    return [r for r in RULES.values() if r.id in wanted or r.kind in wanted or r.id.split(".")[0] in wanted]


def _run_rules(ctx: Context, rules: list[Rule]) -> tuple[list[Issue], list[Edit]]:
    """Issues of every rule, and the non-overlapping edits among their repairs (first rule wins)."""
    issues: list[Issue] = []
    proposed: list[tuple[int, int, int, str, str]] = []
    text = ctx.text
    for rank, r in enumerate(rules):
        rid, kind, severity = r.id, r.kind, r.severity
        for f in r.find(ctx):
            start, end, replacement = f.start, f.end, f.replacement
            issues.append(Issue(rid, kind, f.severity or severity, start, end, f.message, replacement,
                                f.data if f.data is not None else {}))
            if replacement is not None:
                proposed.append((start, end, rank, rid, replacement))
    issues.sort(key=_ISSUE_ORDER)
    proposed.sort(key=_PROPOSAL_ORDER)
    edits: list[Edit] = []
    taken: tuple[int, int, int] | None = None
    for start, end, rank, rid, replacement in proposed:
        if taken is not None and _overlaps(taken, start, end):
            if rank >= taken[2]:
                continue
            edits.pop()
        taken = (start, end, rank)
        edits.append(Edit(start, end, text[start:end], replacement, rid))
    return issues, edits


_ISSUE_ORDER = attrgetter("start", "end", "rule")
_PROPOSAL_ORDER = itemgetter(0, 1, 2)


def _overlaps(prev: tuple[int, int, int], start: int, end: int) -> bool:
    """Do two repairs compete for the same text? Touching ranges do not."""
    p_start, p_end, _ = prev
    if p_start == p_end and start == end:
        return p_start == start
    if p_start == p_end:
        return start < p_start < end
    if start == end:
        return p_start < start < p_end
    return start < p_end and p_start < end


def _merge_engine_edits(ctx: Context, edits: list[Edit], engine: Engine, source: str,
                        target: str) -> tuple[list[Edit], list[str]]:
    """Ask the engine for every leftover; its translations become edits named after it."""
    spans = [lo for lo in ctx.leftovers if not lo.deliberate]
    if not spans:
        return edits, []
    title = ctx.text.lstrip().split("\n", 1)[0][:200]
    requests = [SpanRequest(lo.text, lo.language if source == "zh" else source, target,
                            ctx.text[max(0, lo.start - CONTEXT_CHARS):lo.start],
                            ctx.text[lo.end:lo.end + CONTEXT_CHARS], title) for lo in spans]
    answers = list(engine.translate(requests))
    notes = []
    added = []
    for lo, answer in zip(spans, answers):
        if answer.text:
            added.append(Edit(lo.start, lo.end, lo.text, answer.text, f"engine.{engine.name}"))
        else:
            notes.append(f"not translated by {engine.name}: {lo.text[:40]} ({answer.reason or 'no answer'})")
    merged = sorted(edits + added, key=lambda e: (e.start, e.end))
    return merged, notes
