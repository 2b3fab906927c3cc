"""How `mtmend check` prints what it found: text, json, jsonl, github and sarif.

Every format is drawn from one plain record per issue (`issue_record`), so the formats cannot
disagree about where a problem is. A record's `line` and `column` are 1-based and count code
points in the file as it is on disk; `end_line`/`end_column` point just past the problem (the
SARIF convention). Structured formats add their `path` (element path, cue, unit, DOCX part and
paragraph); a DOCX issue has a path and no line.

This module is an adapter at the edge: the core never imports it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from .suppress import LineIndex

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import Any

OUTPUT_FORMATS = ("text", "json", "jsonl", "github", "sarif")
CHECK_SCHEMA = "mtmend.check/1"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass
class FileReport:
    """The issues of one checked file, as records (see `issue_record`)."""

    file: str
    format: str
    issues: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "issues": self.issues}


def issue_record(issue: Any, lines: LineIndex | None = None, prose: str | None = None) -> dict[str, Any]:
    """One issue as the plain record every output format is drawn from.

    `issue` is an `Issue` whose `location` gives its line and column on disk (and a structural
    path), an `Issue` without one (its offsets point into the file's text: `lines` locates them),
    or the dict of a report entry. With `lines` (of the file's text on disk) and `prose` (the text
    the offsets point into), the end is located too wherever the problem's characters stand
    unchanged on disk (no entity or tag inside them).
    """
    if isinstance(issue, dict):
        get = issue.get
    else:  # read once: this runs for every issue, and a file can have a million
        get = {"rule": issue.rule, "kind": issue.kind, "severity": issue.severity, "message": issue.message,
               "suggestion": issue.suggestion, "location": getattr(issue, "location", None),
               "start": issue.start, "end": issue.end, "data": issue.data}.get
    record: dict[str, Any] = {
        "rule": get("rule"), "kind": get("kind"), "severity": get("severity"), "message": get("message"),
        "suggestion": get("suggestion"), "fixable": get("suggestion") is not None,
        "line": None, "column": None, "end_line": None, "end_column": None, "path": None, "offset": None,
    }
    location = get("location")
    start, end = get("start"), get("end")
    if isinstance(location, str):
        record["path"], record["offset"] = location, get("offset")
        record["line"], record["column"] = get("line"), get("column")
    elif location is not None:
        for key in ("line", "column", "end_line", "end_column", "path", "offset"):
            record[key] = location.get(key) if isinstance(location, dict) else getattr(location, key, None)
    elif lines is not None and isinstance(start, int):
        record["line"], record["column"] = lines.position(start)
        record["end_line"], record["end_column"] = lines.position(end)
    elif get("line") is not None:
        record["line"], record["column"] = get("line"), get("column")
    if record["end_line"] is None and record["line"] is not None and lines is not None \
            and prose is not None and isinstance(start, int):
        at, problem = lines.offset(record["line"], record["column"] or 1), prose[start:end]
        if lines.text.startswith(problem, at):
            record["end_line"], record["end_column"] = lines.position(at + len(problem))
    data = get("data")
    record["data"] = dict(data) if data else {}
    return record


def file_report(name: str, format: str, issues: Iterable[Any], text: str | None = None,
                prose: str | None = None) -> FileReport:
    """Records for the issues of one file. `text` is the file as read from disk: it locates
    issues by offset (plain text, Markdown); `prose` is the text located issues' offsets point
    into (a structured format's prose), for their ends."""
    lines = LineIndex(text) if isinstance(text, str) else None
    return FileReport(name, format, [issue_record(i, lines, prose) for i in issues])


def document_report(doc: Any, issues: Iterable[Any]) -> FileReport:
    """The records of a `Document`'s issues, less those its `mtmend: ignore` comments silence."""
    from .suppress import Suppressions

    text = doc.content if isinstance(doc.content, str) else None
    report = file_report(doc.name, doc.format, issues, text, doc.text)
    report.issues = Suppressions.from_text(doc.content).filter(report.issues)
    return report


def visible(reports: Sequence[FileReport], show_info: bool) -> list[FileReport]:
    """The reports without info-level notes, unless they were asked for."""
    if show_info:
        return list(reports)
    return [FileReport(r.file, r.format, [i for i in r.issues if i["severity"] != "info"]) for r in reports]


def summary(reports: Sequence[FileReport]) -> dict[str, Any]:
    issues = [i for r in reports for i in r.issues]
    by_severity = {s: sum(1 for i in issues if i["severity"] == s) for s in ("error", "warning", "info")}
    return {"issues": len(issues), "fixable": sum(1 for i in issues if i["fixable"]),
            "files": len(reports), "by_severity": by_severity}


def summary_line(reports: Sequence[FileReport]) -> str:
    """`N issues (M fixable) in K files`, K counting every file checked."""
    s = summary(reports)
    return (f"{s['issues']} issue{'' if s['issues'] == 1 else 's'} ({s['fixable']} fixable) "
            f"in {s['files']} file{'' if s['files'] == 1 else 's'}")


def render(output_format: str, reports: Sequence[FileReport], *, rules: dict | None = None,
           version: str = "") -> str:
    """The whole output of one `check` run in `output_format` (see OUTPUT_FORMATS)."""
    if output_format == "text":
        return "".join(text_line(r.file, i) + "\n" for r in reports for i in r.issues)
    import json  # not for the text formats

    if output_format == "json":
        return json.dumps(to_json(reports), ensure_ascii=False, indent=2) + "\n"
    if output_format == "jsonl":
        return "".join(json.dumps({"file": r.file, "format": r.format, **i}, ensure_ascii=False) + "\n"
                       for r in reports for i in r.issues)
    if output_format == "github":
        return "".join(github_line(r.file, i) + "\n" for r in reports for i in r.issues)
    if output_format == "sarif":
        return json.dumps(to_sarif(reports, rules or {}, version), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown output format {output_format!r}; choose one of {', '.join(OUTPUT_FORMATS)}")


def where(name: str, record: dict[str, Any]) -> str:
    """`file:line:col` when the issue has a position on disk, else `file:path+offset` (DOCX)."""
    if record["line"] is not None:
        return f"{name}:{record['line']}:{record['column'] or 1}"
    if record["path"]:
        return f"{name}:{record['path']}" + (f"+{record['offset']}" if record["offset"] is not None else "")
    return name


def text_line(name: str, record: dict[str, Any]) -> str:
    return f"{where(name, record)}: {record['severity']} {record['rule']} {record['message']}"


def to_json(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The stable JSON shape (docs/check-output.md): always one object, whatever the file count."""
    return {"schema": CHECK_SCHEMA, "files": [r.to_dict() for r in reports], "summary": summary(reports)}


def _github_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github_line(name: str, record: dict[str, Any]) -> str:
    """A GitHub Actions workflow command (`::error file=...,line=...::message`): an annotation."""
    props = [f"file={_github_escape(name, prop=True)}"]
    if record["line"] is not None:
        props.append(f"line={record['line']}")
        if record["column"] is not None:
            props.append(f"col={record['column']}")
        if record["end_line"] is not None:
            props.append(f"endLine={record['end_line']}")
            if record["end_line"] == record["line"] and record["end_column"] is not None:
                props.append(f"endColumn={record['end_column']}")
    props.append(f"title={_github_escape(record['rule'], prop=True)}")
    message = record["message"] if record["line"] is not None or not record["path"] \
        else f"{record['message']} ({where('', record)[1:]})"
    return f"::{_GITHUB_LEVEL[record['severity']]} {','.join(props)}::{_github_escape(message)}"


def _uri(name: str) -> str:
    """A file name as SARIF wants it: a relative reference as given, an absolute path as a file URI."""
    from pathlib import PurePath

    if PurePath(name).is_absolute():
        return PurePath(name).as_uri()
    return quote(name.replace("\\", "/"), safe="/@!$&'()*+,;=-._~")


def _region(record: dict[str, Any]) -> dict[str, int] | None:
    if record["line"] is None:
        return None
    region = {"startLine": record["line"], "startColumn": record["column"] or 1}
    if record["end_line"] is not None:
        region["endLine"] = record["end_line"]
        region["endColumn"] = record["end_column"] or 1
    return region


def sarif_rule(rule: Any) -> dict[str, Any]:
    """A reportingDescriptor for one mtmend rule."""
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.explanation or rule.title},
        "help": {"text": rule.explanation or rule.title},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"tags": [rule.kind]},
    }
    return descriptor


def to_sarif(reports: Sequence[FileReport], rules: dict, version: str) -> dict[str, Any]:
    """A SARIF 2.1.0 log: one run, the rule catalogue as the driver's rules, a fix per suggestion."""
    index = {rid: n for n, rid in enumerate(rules)}
    results = []
    for report in reports:
        uri = _uri(report.file)
        for record in report.issues:
            physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
            region = _region(record)
            if region:
                physical["region"] = region
            location: dict[str, Any] = {"physicalLocation": physical}
            if record["path"]:
                location["logicalLocations"] = [{"fullyQualifiedName": record["path"]}]
            result: dict[str, Any] = {"ruleId": record["rule"], "level": _SARIF_LEVEL[record["severity"]],
                                      "message": {"text": record["message"]}, "locations": [location]}
            if record["rule"] in index:
                result["ruleIndex"] = index[record["rule"]]
            if record["fixable"] and region and "endLine" in region:
                result["fixes"] = [{
                    "description": {"text": f"{record['rule']}: replace with {record['suggestion']!r}"},
                    "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [
                        {"deletedRegion": region, "insertedContent": {"text": record["suggestion"]}}]}],
                }]
            results.append(result)
    driver: dict[str, Any] = {"name": "mtmend", "rules": [sarif_rule(r) for r in rules.values()]}
    if version:
        driver["version"] = driver["semanticVersion"] = version
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results,
                      "artifacts": [{"location": {"uri": _uri(r.file)}} for r in reports]}]}


# How long a changed line must be before `--diff` shows it word by word: a paragraph of prose
# is one line, and a repair of two commas in it is lost in a pair of 600-character lines.
WORD_DIFF_CHARS = 100
_ANSI = {"-": "\x1b[31m", "+": "\x1b[32m", "@": "\x1b[36m", "~": "", "end": "\x1b[0m"}


def unified_diff(before: str, after: str, name: str, *, color: bool = False,
                 word_diff_chars: int = WORD_DIFF_CHARS) -> str:
    """A unified diff of two texts; a changed long line (a paragraph) is shown once, word by
    word, as `~ unchanged [-removed-]{+added+} unchanged`."""
    import difflib

    lines = list(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                      f"a/{name}", f"b/{name}"))
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("-") and not line.startswith("---"):
            j = i
            while j < len(lines) and lines[j].startswith("-"):
                j += 1
            k = j
            while k < len(lines) and lines[k].startswith("+") and not lines[k].startswith("+++"):
                k += 1
            removed, added = lines[i:j], lines[j:k]
            if len(removed) == len(added) and any(len(r) > word_diff_chars for r in removed):
                out.extend("~" + word_diff(r[1:], a[1:], color=color) for r, a in zip(removed, added))
            else:
                out.extend(_paint(x, color) for x in removed + added)
            i = k
            continue
        out.append(_paint(line, color))
        i += 1
    return "".join(x if x.endswith("\n") else x + "\n" for x in out)


def document_diff(doc: Any, result: Any, *, color: bool = False) -> str:
    """What `fix --diff` shows: the file's text before and after, or for a binary format (DOCX)
    the document's text, paragraph by paragraph."""
    if isinstance(doc.content, str):
        return unified_diff(doc.content, result.rendered, doc.name, color=color)
    return unified_diff(result.source, result.text, f"{doc.name} (text)", color=color)


def term_card(term: Any) -> str:
    """Everything the glossary knows about one term, as `mtmend glossary show` prints it."""
    fields = (("source", term.source), ("english", term.english), ("variants", " | ".join(term.variants)),
              ("wrong", " | ".join(term.wrong)), ("domain", term.domain), ("note", term.note), ("origin", term.origin))
    return "".join(f"{label + ':':10}{value}\n" for label, value in fields)


def word_diff(before: str, after: str, *, color: bool = False) -> str:
    """One line with its changed words marked: `[-removed-]`, `{+added+}` (red and green with `color`)."""
    import difflib
    import re

    a, b = re.findall(r"\s+|\S+", before.rstrip("\n")), re.findall(r"\s+|\S+", after.rstrip("\n"))
    parts: list[str] = []
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append("".join(a[a1:a2]))
            continue
        if a2 > a1:
            parts.append(_mark("[-", "".join(a[a1:a2]), "-]", "-", color))
        if b2 > b1:
            parts.append(_mark("{+", "".join(b[b1:b2]), "+}", "+", color))
    return "".join(parts) + "\n"


def _mark(open_: str, text: str, close: str, sign: str, color: bool) -> str:
    return f"{_ANSI[sign]}{open_}{text}{close}{_ANSI['end']}" if color else f"{open_}{text}{close}"


def _paint(line: str, color: bool) -> str:
    sign = line[:1]
    if not color or sign not in "-+@" or line.startswith(("---", "+++")):
        return line
    return f"{_ANSI[sign]}{line.rstrip(chr(10))}{_ANSI['end']}\n"
