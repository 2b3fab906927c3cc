"""What a rule is: a small pure function over a Context, registered with a stable id.

A rule yields Findings. A finding with a `replacement` is also a repair; one without is only
reported. The rule's docstring is its explanation (`mtmend explain RULE`). Each rule declares
what the pipeline needs to know about it (which rule wins when two repairs compete, and whether
its repairs make new text that the rules must read again) and carries its examples as data
that the tests run with only that rule selected.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import Any
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


Row = tuple[int, int, str, "str | None", "dict[str, Any] | None"]


class FindingRows:
    """A rule's findings as plain rows (start, end, message, replacement, data), for rules that
    make thousands on a damaged page: a tuple costs a quarter of a Finding to build, and `fix`
    needs only the repairs. The pipeline resolves repairs and builds issues from the rows; the
    Finding objects are made once, when a caller iterates.

    A rule may leave each row's message and data to `describe`: its rows then hold, in those two
    places, whatever `describe(third, fifth)` turns into the message and the data, and the
    messages of a page are formatted only if its issues are asked for (`described`)."""

    __slots__ = ("rows", "_describe", "_findings")

    def __init__(self, rows: list[Row], describe: Callable[[Any, Any], tuple[str, dict[str, Any] | None]] | None
                 = None) -> None:
        self.rows = rows
        self._describe = describe
        self._findings: list[Finding] | None = None

    @property
    def described(self) -> list[Row]:
        """The rows with their messages and data, described once (Findings and issues share them)."""
        describe = self._describe
        if describe is not None:
            self._describe = None
            rows: list[Row] = []
            add = rows.append
            for start, end, detail, replacement, extra in self.rows:
                message, data = describe(detail, extra)
                add((start, end, message, replacement, data))
            self.rows = rows
        return self.rows

    def __iter__(self) -> Iterator[Finding]:
        if self._findings is None:
            self._findings = [Finding(start, end, message, replacement, data)
                              for start, end, message, replacement, data in self.described]
        return iter(self._findings)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered finder with its id, its examples and what the pipeline must know about it."""

    id: str
    kind: str
    severity: str
    title: str
    explanation: str
    find: Callable[["Context"], Iterable[Finding]]  # an iterable of Findings, or FindingRows
    # When repairs of two rules overlap, the rule with the higher priority wins.
    priority: int
    # Its repairs write text no rule has read yet (decoded mojibake, widened letters): the rules
    # run again on the result until it is stable.
    cascades: bool = False
    fixes: tuple[tuple[str, str], ...] = ()  # (input, output of fixing with this rule alone)
    keeps: tuple[str, ...] = ()  # inputs this rule neither reports nor changes
    reports: tuple[str, ...] = ()  # inputs this rule reports but does not change
    example_glossary: str = ""  # a project glossary (TSV) the examples need, if any
    # (input, an engine's answer for its leftover): reported when an engine gives that answer
    reports_with_engine: tuple[tuple[str, str], ...] = ()


RULES: dict[str, Rule] = {}


def cleandoc(doc: str) -> str:
    """`inspect.cleandoc`, written out: importing inspect (with ast, dis and tokenize) costs a
    start more than the rules' modules do, and nothing else a check runs needs it."""
    first, *rest = doc.expandtabs().split("\n")
    margin = min((len(line) - len(line.lstrip()) for line in rest if line.strip()), default=0)
    lines = [first.lstrip(), *(line[margin:] for line in rest)]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        del lines[0]
    return "\n".join(lines)


def rule(id: str, *, kind: str, severity: str, title: str, priority: int, cascades: bool = False,
         fixes: tuple[tuple[str, str], ...] = (), keeps: tuple[str, ...] = (), reports: tuple[str, ...] = (),
         example_glossary: str = "", reports_with_engine: tuple[tuple[str, str], ...] = ()):
    """Register a finder function as a rule; its docstring becomes the explanation."""

    def register(find: Callable[["Context"], Iterable[Finding]]) -> Callable[["Context"], Iterable[Finding]]:
        if id in RULES:
            raise ValueError(f"duplicate rule id {id}")
        new = Rule(id, kind, severity, title, cleandoc(find.__doc__ or ""), find, priority, cascades,
                   fixes, keeps, reports, example_glossary, reports_with_engine)
        ordered = sorted([*RULES.values(), new], key=lambda r: (-r.priority, r.id))
        RULES.clear()
        RULES.update((r.id, r) for r in ordered)
        return find

    return register
