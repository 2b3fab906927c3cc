"""Inline suppression: `mtmend: ignore[rule]` comments in the document itself.

A writer who knows better than a rule says so where the text is, so the decision travels with
the file and every tool that runs mtmend honours it:

    He said 好的 to everyone.   <!-- mtmend: ignore[untranslated] -->
    <!-- mtmend: ignore[casing.clause-split, spacing] -->
    The team met,Visit the lab.

A directive silences the named rules (ids, families such as `casing`, or kinds) on its own line;
when the directive is alone on its line (only comment markers around it) it silences the next
line too. `mtmend: ignore` without brackets silences every rule. The comment syntax is the
format's own (`<!-- -->` in HTML and Markdown, any marker or none in plain text): only the
directive is looked for, so this module needs no format adapter.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

_DIRECTIVE = re.compile(r"mtmend:\s*ignore(?![\w-])(?:\[([^\]\n]*)\])?")
_COMMENT_MARKS = re.compile(r"(?:<!--|-->|/\*|\*/|//|#|;|%|\{#|#\}|\s)*")
_EVERY_RULE = None


class LineIndex:
    """Offsets of a text to 1-based (line, column), both counted in code points."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def offset(self, line: int, column: int) -> int:
        return self._starts[min(line, len(self._starts)) - 1] + column - 1


class Suppressions:
    """The `mtmend: ignore` directives of one document, by the line numbers they cover."""

    def __init__(self, covered: dict[int, frozenset[str] | None]) -> None:
        self._covered = covered

    @classmethod
    def from_text(cls, text: str | bytes) -> "Suppressions":
        """The directives of a document's text as it is on disk (none in a binary document)."""
        covered: dict[int, frozenset[str] | None] = {}
        if not isinstance(text, str) or "mtmend" not in text:
            return cls(covered)
        lines = LineIndex(text)
        for m in _DIRECTIVE.finditer(text):
            names = _EVERY_RULE if m.group(1) is None else \
                frozenset(n.strip() for n in m.group(1).split(",") if n.strip())
            line = lines.line(m.start())
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            rest = text[line_start:m.start()] + text[m.end():len(text) if line_end == -1 else line_end]
            targets = [line]
            if _COMMENT_MARKS.fullmatch(rest):
                targets.append(line + 1)
            for target in targets:
                covered[target] = _merge(covered.get(target, frozenset()), names)
        return cls(covered)

    def __bool__(self) -> bool:
        return bool(self._covered)

    def covers(self, rule: str, kind: str | None, line: int | None) -> bool:
        """Is an issue of `rule` (of `kind`) starting on `line` silenced?"""
        if line is None or line not in self._covered:
            return False
        names = self._covered[line]
        return names is _EVERY_RULE or rule in names or rule.split(".")[0] in names or kind in names

    def silences_edit(self, edit) -> bool:
        """Is an edit (with its `location` on disk) on a line that silences one of its rules?
        An engine's or a post-edit's edit repairs an `untranslated.leftover`."""
        line = edit.location.line if edit.location is not None else None
        for rule in edit.rule.split("+"):
            if rule.startswith(("engine.", "post-edit.")):
                rule = "untranslated.leftover"
            if self.covers(rule, rule.split(".")[0], line):
                return True
        return False

    def filter(self, records: Iterable[dict]) -> list[dict]:
        """The issue records (with `rule`, `kind`, `line`) that no directive silences."""
        return [r for r in records if not self.covers(r["rule"], r.get("kind"), r.get("line"))]


def _merge(old: frozenset[str] | None, new: frozenset[str] | None) -> frozenset[str] | None:
    return _EVERY_RULE if old is _EVERY_RULE or new is _EVERY_RULE else old | new
