"""Output formats of `mtmend check`, drawn from real issues of real files."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import mtmend
from mtmend import Document, Mender, reporters

DATA = Path(__file__).resolve().parent / "data"
PAGE = ("Campus news\n"
        "日前，the delegation visited the school,Toured the lab and met students。\n"
        "The president said,Our partnership grows（joint courses）.\n")
MARKDOWN = ("# Visit\r\n\r\n"
            "The team toured the campus,Visited the library。\r\n\r\n"
            "```\ncode,Stays as it is。\n```\n"
            "Then they met 研究所 staff.\r\n")


POSITIONS = DATA / "positions"


def _report(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    doc = Document.from_path(str(path))
    issues = Mender().check(doc)
    return path, issues, reporters.document_report(doc, issues)


@pytest.mark.parametrize("name", sorted(p.name for p in POSITIONS.iterdir()))
def test_line_and_column_point_at_the_first_character_on_disk(name):
    """Read the file back at each issue's line and column: the problem's characters start there."""
    doc = Document.from_path(str(POSITIONS / name))
    issues = Mender().check(doc)
    report = reporters.document_report(doc, issues)
    assert len(issues) >= 3 and len(report.issues) == len(issues)
    lines = (POSITIONS / name).read_bytes().decode("utf-8").split("\n")
    for issue, record in zip(issues, report.issues):
        problem = doc.text[issue.start:issue.end]
        assert record["line"] is not None, record
        at = lines[record["line"] - 1][record["column"] - 1:]
        assert at.startswith(problem.split("\n")[0]), (record, problem, at)
        if problem and "\n" not in problem:
            assert (record["end_line"], record["end_column"]) == (record["line"], record["column"] + len(problem))


def test_escaped_and_wrapped_targets_are_located_at_their_start(tmp_path):
    """A PO msgstr wrapped onto continuation lines is not on disk as it reads, so its issues point
    at the start of the target text; an XLIFF target with an entity is read piece by piece
    around the reference, so its issues point at their own characters."""
    po = tmp_path / "wrapped.po"
    po.write_text('msgid "a"\nmsgstr ""\n"The team met,Visited "\n"the lab."\n', encoding="utf-8")
    xlf = tmp_path / "entity.xlf"
    xlf.write_text('<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                   '<file original="p" source-language="zh" target-language="en" datatype="plaintext"><body>\n'
                   '<trans-unit id="u"><source>x</source><target>R&amp;D team met,Visited us.</target></trans-unit>\n'
                   '</body></file></xliff>\n', encoding="utf-8")
    for path, line, column, text in ((po, 3, 2, "The team"), (xlf, 3, 63, "Visited")):
        doc = Document.from_path(str(path))
        records = reporters.document_report(doc, Mender().check(doc)).issues
        assert records and {(r["line"], r["column"]) for r in records} == {(line, column)}, (path.name, records)
        assert path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1:].startswith(text)


def test_the_command_line_prints_the_same_positions():
    page = POSITIONS / "page.html"
    doc = Document.from_path(str(page))
    expected = [(r["line"], r["column"], r["rule"]) for r in reporters.document_report(doc, Mender().check(doc)).issues
                if r["severity"] != "info"]
    p = subprocess.run([sys.executable, "-m", "mtmend.cli", "check", "--output-format", "jsonl", str(page)],
                       capture_output=True, text=True)
    assert [(r["line"], r["column"], r["rule"]) for r in map(json.loads, p.stdout.splitlines())] == expected
    text = subprocess.run([sys.executable, "-m", "mtmend.cli", "check", str(page)], capture_output=True, text=True)
    assert text.stdout.splitlines()[0].startswith(f"{page}:{expected[0][0]}:{expected[0][1]}: ")


def test_text_lines_and_summary(tmp_path):
    path, issues, report = _report(tmp_path, "page.txt", PAGE)
    out = reporters.render("text", [report]).splitlines()
    assert out[0] == f"{path}:2:1: error untranslated.leftover untranslated Chinese: 日前，"
    assert len(out) == len(issues)
    fixable = sum(1 for i in issues if i.suggestion is not None)
    assert reporters.summary_line([report]) == f"{len(issues)} issues ({fixable} fixable) in 1 file"
    empty = reporters.FileReport("clean.txt", "text")
    assert reporters.summary_line([empty, empty]) == "0 issues (0 fixable) in 2 files"


def test_json_is_one_object_whatever_the_number_of_files(tmp_path):
    _, _, one = _report(tmp_path, "page.txt", PAGE)
    _, _, two = _report(tmp_path, "page.md", MARKDOWN)
    for reports in ([one], [one, two]):
        data = json.loads(reporters.render("json", reports))
        assert data["schema"] == "mtmend.check/1"
        assert [f["file"] for f in data["files"]] == [r.file for r in reports]
        assert data["summary"]["issues"] == sum(len(r.issues) for r in reports)
        assert data["summary"]["files"] == len(reports)
    record = json.loads(reporters.render("json", [one]))["files"][0]["issues"][0]
    assert set(record) == {"rule", "kind", "severity", "message", "suggestion", "fixable", "line", "column",
                           "end_line", "end_column", "path", "offset", "data"}


def test_jsonl_has_one_issue_per_line_with_its_file(tmp_path):
    _, issues, report = _report(tmp_path, "page.txt", PAGE)
    rows = [json.loads(line) for line in reporters.render("jsonl", [report]).splitlines()]
    assert len(rows) == len(issues)
    assert all(r["file"] == report.file and r["format"] == "text" for r in rows)
    assert [r["rule"] for r in rows] == [i.rule for i in issues]


def test_github_annotations_escape_their_properties_and_message():
    record = reporters.issue_record({"rule": "casing.clause-split", "kind": "casing", "severity": "warning",
                                     "message": "50% sure,\nsee: notes", "suggestion": "visit",
                                     "location": {"line": 4, "column": 7, "end_line": 4, "end_column": 12}})
    line = reporters.github_line("docs/a,b:c.md", record)
    assert line == ("::warning file=docs/a%2Cb%3Ac.md,line=4,col=7,endLine=4,endColumn=12,"
                    "title=casing.clause-split::50%25 sure,%0Asee: notes")
    info = dict(record, severity="info", line=None, column=None, end_line=None, end_column=None,
                path="document.xml paragraph 2")
    assert reporters.github_line("t.docx", info) == \
        "::notice file=t.docx,title=casing.clause-split::50%25 sure,%0Asee: notes (document.xml paragraph 2)"


def _sarif_validator():
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def test_sarif_validates_against_the_2_1_0_schema(tmp_path):
    _, _, one = _report(tmp_path, "page.txt", PAGE)
    _, _, two = _report(tmp_path, "page.md", MARKDOWN)
    docx = reporters.FileReport("t.docx", "docx", [reporters.issue_record(
        {"rule": "untranslated.leftover", "kind": "untranslated", "severity": "error", "message": "m",
         "location": "document.xml paragraph 1"})])
    log = json.loads(reporters.render("sarif", [one, two, docx], rules=mtmend.RULES, version=mtmend.__version__))
    validator = _sarif_validator()
    assert list(validator.iter_errors(log)) == []
    broken = dict(log, version="2.0.0")
    assert list(validator.iter_errors(broken))  # the schema does reject what is not SARIF 2.1.0
    assert log["runs"][0]["results"][-1]["locations"][0]["logicalLocations"] == \
        [{"fullyQualifiedName": "document.xml paragraph 1"}]
    uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
    assert uris[0].startswith("file:///") and uris[0].endswith("/page.txt") and uris[2] == "t.docx"


def test_sarif_carries_rule_metadata_and_fixes_that_apply_on_disk(tmp_path):
    path, issues, report = _report(tmp_path, "page.txt", PAGE)
    log = reporters.to_sarif([report], mtmend.RULES, mtmend.__version__)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(mtmend.RULES)
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] for r in rules)
    assert run["columnKind"] == "unicodeCodePoints"
    lines = path.read_text(encoding="utf-8").split("\n")
    fixed = 0
    for result, issue in zip(run["results"], issues):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == issue.rule
        for fix in result.get("fixes", []):
            (change,) = fix["artifactChanges"]
            (replacement,) = change["replacements"]
            region = replacement["deletedRegion"]
            assert region["startLine"] == region["endLine"]
            line = lines[region["startLine"] - 1]
            patched = line[:region["startColumn"] - 1] + replacement["insertedContent"]["text"] + \
                line[region["endColumn"] - 1:]
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == PAGE[issue.start:issue.end]
            assert patched != line or issue.suggestion == PAGE[issue.start:issue.end]
            fixed += 1
    assert fixed == sum(1 for i in issues if i.suggestion is not None) > 0


def test_info_notes_are_left_out_unless_asked_for():
    records = [reporters.issue_record({"rule": "untranslated.deliberate", "kind": "untranslated",
                                       "severity": s, "message": "m"}) for s in ("info", "error")]
    reports = [reporters.FileReport("a.txt", "text", records)]
    assert [i["severity"] for i in reporters.visible(reports, False)[0].issues] == ["error"]
    assert len(reporters.visible(reports, True)[0].issues) == 2


def test_unknown_output_format_is_refused():
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        reporters.render("xml", [])


LONG = ("The delegation visited the school,Toured the laboratories and met the students who have "
        "studied optics there for several years。")


def test_diff_shows_a_long_changed_paragraph_word_by_word():
    fixed = mtmend.fix(f"Title\n{LONG}\nEnd\n").text
    diff = reporters.unified_diff(f"Title\n{LONG}\nEnd\n", fixed, "p.txt")
    lines = diff.splitlines()
    assert lines[:2] == ["--- a/p.txt", "+++ b/p.txt"]
    (changed,) = [line for line in lines if line.startswith("~")]
    assert "[-school,Toured-]{+school, toured+}" in changed and "[-years。-]{+years.+}" in changed
    assert not [line for line in lines[2:] if line.startswith(("-", "+"))]


def test_diff_keeps_short_lines_as_lines_and_colours_on_request():
    diff = reporters.unified_diff("x,Y\n", "x, y\n", "q.txt")
    assert diff.splitlines()[-2:] == ["-x,Y", "+x, y"]
    coloured = reporters.unified_diff("x,Y\n", "x, y\n", "q.txt", color=True)
    assert "\x1b[31m-x,Y\x1b[0m" in coloured and "\x1b[32m+x, y\x1b[0m" in coloured
    assert "\x1b[31m[-" in reporters.word_diff(LONG, LONG.replace(",T", ", t"), color=True)
