"""The pipeline, top to bottom: build the context, run the rules, resolve, apply, repeat.

check_text(text, options)  ->  issues of the prose text.
fix_text(text, options)    ->  the same issues, plus the edits that repair them, applied until the
                               text is stable (so fix is idempotent), composed into one list
                               against the input.

This is the core: it reads prose and knows no file format. `mtmend.Mender` hands it a document's
prose, its format's protected ranges, and the options.
"""
from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter

from .context import Context
from .glossary import Glossary
from .model import Edit, Issue, apply_edits, compose_edits
from .prescan import excerpt_of, may_have_findings
from .rules import RULES, Finding, FindingRows, Rule
from .spans import splice

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:  # engines are adapters: imported when one is used
    from .engines import Engine

MAX_PASSES = 4

Protect = Callable[[str], list[tuple[int, int]]]


@dataclass(frozen=True)
class Options:
    """Everything a run depends on besides the text, built once and handed down whole.

    `select` and `ignore` take rule ids or families (`casing`); nothing selected means every
    rule. `glossary` defaults to the built-in one; `source`/`target` are the languages an engine
    is asked to translate between (`zh` lets each leftover name its own: `zh-Hant`, `ja`, ...).
    """

    engine: Engine | None = None
    glossary: Glossary | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    post_edit: bool = False
    source: str = "zh"
    target: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "select", tuple(self.select))
        object.__setattr__(self, "ignore", tuple(self.ignore))
        self.rules  # unknown rule names fail here, when the options are made

    @cached_property
    def rules(self) -> list[Rule]:
        """The selected rules, highest priority first."""
        return _select(self.select, self.ignore)

    @cached_property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector, paused while a text is checked or fixed. A long damaged
    page makes tens of thousands of findings, repairs, issues and locations; none of them is in
    a reference cycle (reference counting frees them), yet the collector would walk them every
    few hundred allocations, a sixth of the run for nothing. It resumes when the run ends, and
    stays off if the caller had turned it off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_text(text: str, options: Options, *, format: str = "text", protect: Protect | None = None,
               whole: bool = False) -> list[Issue]:
    """Every issue in `text`, sorted by position. (`whole`: no pre-scan excerpt.)"""
    kind, excerpt = ("unknown", None) if whole else _excerpt(text, options, format, protect)
    if kind == "clean" or kind == "unknown" and not may_have_findings(text, options.rule_ids, options.glossary):
        return []
    if kind == "lines":
        try:
            return excerpt.issues(check_text(excerpt.text, options, format=format, protect=protect, whole=True))
        except ValueError:  # a finding across the excerpt's gaps: read it all
            pass
    return _issues(_find_all(Context.build(text, format, options.glossary, protect), options.rules))


class Fixed:
    """What fix_text made of a text. Issues and edits are built on first use from the rules'
    findings and repairs: on a large document most callers want the text, and thousands of
    objects would cost more than the repairs themselves."""

    def __init__(self, source: str, text: str, found: "Found", repairs: list["Repair"] | None,
                 composed: list[Edit] | None, notes: list[str]) -> None:
        self.source, self.text, self.notes = source, text, notes
        self._found, self._repairs, self._composed = found, repairs, composed

    @cached_property
    def issues(self) -> list[Issue]:
        return _issues(self._found)

    @cached_property
    def edits(self) -> list[Edit]:
        if self._composed is None:
            self._composed = _edits(self.source, self._repairs or [])
        return self._composed


def fix_text(text: str, options: Options, *, format: str = "text", protect: Protect | None = None,
             whole: bool = False) -> Fixed:
    """Repair `text`: deterministic rules, then (optionally) an engine for the leftovers, then
    (with `post_edit` and an engine that can rewrite) fluent rewrites of damaged paragraphs.
    (`whole`: no pre-scan excerpt.)"""
    selected, engine, glossary = options.rules, options.engine, options.glossary
    kind, excerpt = ("unknown", None) if whole or options.post_edit else _excerpt(text, options, format, protect)
    if kind == "clean" or kind == "unknown" and not may_have_findings(text, options.rule_ids, glossary):
        return Fixed(text, text, [], [], None, [])  # the cheap scan found nothing to do
    if kind == "lines":
        try:
            return excerpt.fixed(fix_text(excerpt.text, options, format=format, protect=protect, whole=True), text)
        except ValueError:  # a finding across the excerpt's gaps: repair it all
            pass
    ctx = Context.build(text, format, glossary, protect)
    found, repairs = _run_rules(ctx, selected)
    notes: list[str] = []
    if engine is not None:
        repairs, engine_notes = _merge_engine_repairs(ctx, repairs, engine, options.source, options.target, found)
        notes.extend(engine_notes)
    current = _apply(text, repairs)
    composed: list[Edit] | None = None
    passes = 1
    cascading_rules = {r.id for r in selected if r.cascades}
    cascading = engine is not None or any(findings and r.id in cascading_rules for r, findings in found)
    while cascading and passes < MAX_PASSES:
        _, more = _run_rules(Context.build(current, format, glossary, protect), selected)
        passes += 1
        if not more:
            break
        first = composed if composed is not None else _edits(text, repairs)
        composed = compose_edits(text, first, current, _edits(current, more))
        current = _apply(current, more)
        cascading = any(rid in cascading_rules for _, _, _, rid, _ in more)
    if options.post_edit and hasattr(engine, "rewrite"):
        first = composed if composed is not None else _edits(text, repairs)
        more, post_notes = _post_edits(text, first, current, engine, ctx.glossary)
        notes.extend(post_notes)
        if more:
            composed = compose_edits(text, first, current, more)
            current = apply_edits(current, more)
    return Fixed(text, current, found, repairs, composed, notes)


def _excerpt(text: str, options: Options, format: str, protect: Protect | None):
    """What the pre-scan says of a plain text (prescan.excerpt_of): clean, whole, the lines to read
    ("lines", with the excerpt), or unknown."""
    if format != "text" or protect is not None and protect(text):
        return "unknown", None
    return excerpt_of(text, options.rule_ids, options.glossary)


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


# A repair as the pipeline handles it: (start, end, rank of its rule, rule id, replacement); rank
# 0 is the selected rule of highest priority, -1 an engine. Issues and Edit objects are built from
# these only when a caller asks for them (see Fixed).
Repair = tuple[int, int, int, str, str]
Found = list[tuple[Rule, "list[Finding] | FindingRows"]]


def _select(select: tuple[str, ...], ignore: tuple[str, ...]) -> list[Rule]:
    unknown = set(select + ignore) - set(RULES) - {r.split(".")[0] for r in RULES}
    if unknown:
        raise ValueError(f"unknown rule(s): {', '.join(sorted(unknown))}")
    chosen = [r for r in RULES.values() if not select or _named(r, select)]
    return [r for r in chosen if not _named(r, ignore)]


def _named(r: Rule, names: tuple[str, ...]) -> bool:
    return r.id in names or r.kind in names or r.id.split(".")[0] in names


def _run_rules(ctx: Context, rules: list[Rule]) -> tuple[Found, list[Repair]]:
    """The findings of every rule, and the non-overlapping repairs among them (first rule wins)."""
    found = _find_all(ctx, rules)
    return found, _resolve(found)


def _find_all(ctx: Context, rules: list[Rule]) -> Found:
    """Every rule's findings, rule by rule (all `check` needs: no repairs are resolved)."""
    return [(r, _listed(r.find(ctx))) for r in rules]


def _listed(findings) -> "list[Finding] | FindingRows":
    """A rule's findings held for the pipeline: rows stay rows (see FindingRows)."""
    return findings if isinstance(findings, FindingRows) else list(findings)


def _resolve(found: Found) -> list[Repair]:
    """The repairs among the findings, sorted, where a repair that competes with one of a rule
    of higher priority (lower rank) is dropped."""
    proposed: list[Repair] = []
    for rank, (r, findings) in enumerate(found):
        rid = r.id
        if isinstance(findings, FindingRows):
            proposed += [(start, end, rank, rid, after) for start, end, _, after, _ in findings.rows if after is not None]
        else:
            proposed += [(f.start, f.end, rank, rid, f.replacement) for f in findings if f.replacement is not None]
    proposed.sort()
    repairs: list[Repair] = []
    keep = repairs.append
    taken: Repair = (-1, -1, -1, "", "")  # the last repair kept
    for repair in proposed:
        start = repair[0]
        # Touching ranges compete only as two insertions at one point (see _overlaps).
        if start <= taken[1] and (start < taken[1] or start == repair[1] == taken[0]) \
                and _overlaps(taken, start, repair[1]):
            if repair[2] >= taken[2]:
                continue
            repairs.pop()
        taken = repair
        keep(repair)
    return repairs


def _issues(found: Found) -> list[Issue]:
    issues: list[Issue] = []
    for r, findings in found:
        rid, kind, severity = r.id, r.kind, r.severity
        if isinstance(findings, FindingRows):
            issues += [Issue(rid, kind, severity, start, end, message, replacement, {} if data is None else data)
                       for start, end, message, replacement, data in findings.described]
            continue
        issues += [Issue(rid, kind, f.severity or severity, f.start, f.end, f.message, f.replacement,
                         {} if f.data is None else f.data) for f in findings]
    issues.sort(key=_ISSUE_ORDER)
    return issues


def _edits(text: str, repairs: list[Repair]) -> list[Edit]:
    return [Edit(start, end, text[start:end], after, rid) for start, end, _, rid, after in repairs]


def _apply(text: str, repairs: list[Repair]) -> str:
    """`text` with sorted, non-overlapping repairs applied (apply_edits without the checks)."""
    return splice(text, repairs)


_ISSUE_ORDER = attrgetter("start", "end", "rule")


def _overlaps(prev: tuple, start: int, end: int) -> bool:
    """Do two repairs compete for the same text (`prev` starts with its start and end)? Touching
    ranges do not."""
    p_start, p_end = prev[0], prev[1]
    if p_start == p_end and start == end:
        return p_start == start
    if p_start == p_end:
        return start < p_start < end
    if start == end:
        return p_start < start < p_end
    return start < p_end and p_start < end


def _merge_engine_repairs(ctx: Context, repairs: list[Repair], engine: Engine, source: str, target: str,
                          found: Found | None = None) -> tuple[list[Repair], list[str]]:
    """Ask the engine for every leftover, sent as whole-sentence units (mtmend/units.py); its
    translations become repairs named after it and replace the rules' repairs inside a unit.
    With `found`, an unfinished leftover's issue gets the engine's reason and rejected answer in
    its data, and a term the engine worded otherwise becomes a terminology.engine-rendering warning."""
    from .units import ENGINE_TERMINOLOGY, finish as finish_units

    if all(lo.deliberate for lo in ctx.leftovers):
        return repairs, []
    runs = [(lo.start, lo.end, lo.language, lo.deliberate) for lo in ctx.leftovers]
    outcome = finish_units(ctx.text, runs, engine, ctx.glossary, source, target)
    rid = f"engine.{engine.name}"
    added: list[Repair] = [(start, end, -1, rid, text) for start, end, text in outcome.repairs]
    starts = [start for start, _, _ in outcome.repairs]

    def inside_a_unit(repair: Repair) -> bool:
        i = bisect.bisect_right(starts, repair[1])
        while i > 0:
            i -= 1
            start, end, _ = outcome.repairs[i]
            if _overlaps((start, end, -1), repair[0], repair[1]):
                return True
            if start < repair[0]:
                return False
        return False

    kept = [r for r in repairs if not inside_a_unit(r)]
    for rule_, findings in found or ():
        if rule_.id == "untranslated.leftover":
            for f in findings:
                if (f.start, f.end) in outcome.unfinished and f.data is not None:
                    f.data["engine"] = outcome.unfinished[(f.start, f.end)]
        elif rule_.id == ENGINE_TERMINOLOGY:
            findings.extend(outcome.warnings)
    return sorted(kept + added), outcome.notes
