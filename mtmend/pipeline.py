"""The pipeline, top to bottom: build the context, run the rules, resolve, apply, repeat.

check(text)  ->  issues of the input.
fix(text)    ->  the same issues, plus the edits that repair them, applied until the text is
                 stable (so fix is idempotent), composed into one list against the input.
"""
from __future__ import annotations

from operator import attrgetter
from typing import Callable, Iterable

from .context import Context
from .engines import CONTEXT_CHARS, Engine, SpanRequest
from .glossary import Glossary
from .model import Edit, Issue, Result, apply_edits, compose_edits
from .prescan import may_have_findings
from .rules import RULES, Finding, Rule

MAX_PASSES = 4


def check(text: str, *, source: str = "zh", target: str = "en", format: str = "text",
          rules: Iterable[str] | None = None, glossary: Glossary | None = None) -> list[Issue]:
    """Every issue in `text`, sorted by position. `glossary` defaults to the built-in one."""
    selected = _select(rules)
    if not may_have_findings(text, [r.id for r in selected], glossary):
        return []
    found, _ = _run_rules(Context.build(text, format, glossary), selected)
    return _issues(found)


# Repairs that make text no rule has seen yet (decoded mojibake, widened letters, removed invisible
# characters that joined their neighbours, engine translations): after one of these the rules run
# again until the text is stable. Every other rule writes final English punctuation and spacing
# in one pass, which the idempotence tests hold it to.
CASCADING = ("encoding.", "engine.")


def fix(text: str, *, engine: Engine | None = None, source: str = "zh", target: str = "en",
        format: str = "text", rules: Iterable[str] | None = None, glossary: Glossary | None = None,
        post_edit: bool = False) -> Result:
    """Repair `text`: deterministic rules, then (optionally) an engine for the leftovers, then
    (with `post_edit` and an engine that can rewrite) fluent rewrites of damaged paragraphs."""
    selected = _select(rules)
    if not may_have_findings(text, [r.id for r in selected], glossary):
        return Result(source=text, text=text, issues=[], edits=[])  # the cheap scan found nothing to do
    ctx = Context.build(text, format, glossary)
    found, repairs = _run_rules(ctx, selected)
    notes: list[str] = []
    if engine is not None:
        repairs, engine_notes = _merge_engine_repairs(ctx, repairs, engine, source, target)
        notes.extend(engine_notes)
    current = _apply(text, repairs)
    edits: Callable[[], list[Edit]] = lambda: _edits(text, repairs)  # noqa: E731
    passes = 1
    cascading = engine is not None or _may_cascade(found)
    while cascading and passes < MAX_PASSES:
        _, more = _run_rules(Context.build(current, format, glossary), selected)
        passes += 1
        if not more:
            break
        composed = compose_edits(text, edits(), current, _edits(current, more))
        edits = lambda composed=composed: composed  # noqa: E731
        current = _apply(current, more)
        cascading = any(rid.startswith(CASCADING) for _, _, _, rid, _ in more)
    if post_edit and hasattr(engine, "rewrite"):
        more, post_notes = _post_edits(text, edits(), current, engine, ctx.glossary)
        notes.extend(post_notes)
        if more:
            composed = compose_edits(text, edits(), current, more)
            edits = lambda composed=composed: composed  # noqa: E731
            current = apply_edits(current, more)
    return Result(source=text, text=current, issues=lambda: _issues(found), edits=edits, notes=notes,
                  recheck=lambda: check(current, format=format, rules=rules, glossary=glossary))


def _post_edits(text: str, edits: list[Edit], current: str, engine, glossary) -> tuple[list[Edit], list[str]]:
    """Word-level edits (on `current`) from the engine's rewrites of the paragraphs that changed."""
    from .postedit import RewriteRequest, must_keep, paragraphs_to_rewrite, word_edits

    changed, shift = [], 0
    for e in edits:  # where each edit landed in `current`
        changed.append((e.start + shift, e.start + shift + len(e.after)))
        shift += len(e.after) - (e.end - e.start)
    spans = paragraphs_to_rewrite(current, changed)
    title = text.lstrip().split("\n", 1)[0][:200]
    requests = [RewriteRequest(current[s:e], must_keep(current[s:e], glossary), title) for s, e in spans]
    more, notes = [], []
    for (s, e), (rewrite, reason) in zip(spans, engine.rewrite(requests) if requests else []):
        if rewrite is None:
            notes.append(f"not post-edited by {engine.name}: {current[s:s + 40]} ({reason})")
        else:
            more += word_edits(s, current[s:e], rewrite.strip(), f"post-edit.{engine.name}")
    return more, notes


def _may_cascade(found: "Found") -> bool:
    return any(findings and r.id.startswith(CASCADING) for r, findings in found)


# A repair as the pipeline handles it: (start, end, rank of its rule, rule id, replacement). Issues and Edit objects
# are built from these only when a caller asks for them: on a large document most callers of
# fix() want the text, and thousands of objects would cost more than the repairs themselves.
Repair = tuple[int, int, int, str, str]
Found = list[tuple[Rule, list[Finding]]]


def _select(rules: Iterable[str] | None) -> list[Rule]:
    if rules is None:
        return list(RULES.values())
    wanted = set(rules)
    unknown = wanted - set(RULES) - {r.split(".")[0] for r in RULES}
    if unknown:
        raise ValueError(f"unknown rule(s): {', '.join(sorted(unknown))}")
    return [r for r in RULES.values() if r.id in wanted or r.kind in wanted or r.id.split(".")[0] in wanted]


def _run_rules(ctx: Context, rules: list[Rule]) -> tuple[Found, list[Repair]]:
    """The findings of every rule, and the non-overlapping repairs among them (first rule wins)."""
    found: Found = []
    proposed: list[Repair] = []
    for rank, r in enumerate(rules):
        findings = list(r.find(ctx))
        found.append((r, findings))
        rid = r.id
        proposed.extend((f.start, f.end, rank, rid, f.replacement) for f in findings if f.replacement is not None)
    proposed.sort()
    repairs: list[Repair] = []
    taken_start = taken_end = taken_rank = -1
    for repair in proposed:
        start, end, rank = repair[0], repair[1], repair[2]
        if start <= taken_end and _overlaps((taken_start, taken_end, taken_rank), start, end):
            if rank >= taken_rank:
                continue
            repairs.pop()
        taken_start, taken_end, taken_rank = start, end, rank
        repairs.append(repair)
    return found, repairs


def _issues(found: Found) -> list[Issue]:
    issues = [Issue(r.id, r.kind, f.severity or r.severity, f.start, f.end, f.message, f.replacement,
                    f.data if f.data is not None else {})
              for r, findings in found for f in findings]
    issues.sort(key=_ISSUE_ORDER)
    return issues


def _edits(text: str, repairs: list[Repair]) -> list[Edit]:
    return [Edit(start, end, text[start:end], after, rid) for start, end, _, rid, after in repairs]


def _apply(text: str, repairs: list[Repair]) -> str:
    """`text` with sorted, non-overlapping repairs applied (apply_edits without the checks)."""
    parts: list[str] = []
    pos = 0
    for start, end, _, _, after in repairs:
        parts.append(text[pos:start])
        parts.append(after)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_ISSUE_ORDER = attrgetter("start", "end", "rule")


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


def _merge_engine_repairs(ctx: Context, repairs: list[Repair], engine: Engine, source: str,
                          target: str) -> tuple[list[Repair], list[str]]:
    """Ask the engine for every leftover; its translations become repairs named after it."""
    spans = [lo for lo in ctx.leftovers if not lo.deliberate]
    if not spans:
        return repairs, []
    title = ctx.text.lstrip().split("\n", 1)[0][:200]
    wants_terms = getattr(engine, "wants_terms", False)
    requests = [SpanRequest(lo.text, lo.language if source == "zh" else source, target,
                            ctx.text[max(0, lo.start - CONTEXT_CHARS):lo.start],
                            ctx.text[lo.end:lo.end + CONTEXT_CHARS], title,
                            ctx.glossary.terms_in(lo.text) if wants_terms else {}) for lo in spans]
    answers = list(engine.translate(requests))
    notes = []
    added: list[Repair] = []
    for lo, answer in zip(spans, answers):
        if answer.text:
            added.append((lo.start, lo.end, -1, f"engine.{engine.name}", answer.text))
        else:
            notes.append(f"not translated by {engine.name}: {lo.text[:40]} ({answer.reason or 'no answer'})")
    return sorted(repairs + added), notes
