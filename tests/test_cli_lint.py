"""The command line as editors, hooks and CI use it (issue 15), run as real subprocesses."""
import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import jsonschema

import mtmend

DATA = Path(__file__).resolve().parent / "data"
DAMAGED = "日前，the team visited the school,Toured the lab。\n"  # an error and three warnings
WARNINGS_ONLY = "The team visited the school,Toured the lab。\n"


def run(*args, stdin=None, cwd=None, prelude=""):
    code = f"{prelude}; from mtmend.cli import main; main()" if prelude else None
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "mtmend.cli", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, cwd=cwd)


def page(tmp_path, text=DAMAGED, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_help_and_version():
    for args in (["-h"], ["--help"], ["check", "-h"], ["fix", "--help"]):
        p = run(*args)
        assert p.returncode == 0 and b"usage: mtmend" in p.stdout, args
    assert b"--output-format" in run("check", "-h").stdout and b"--no-backup" in run("fix", "-h").stdout
    p = run("--version")
    assert p.returncode == 0 and p.stdout.decode().strip() == f"mtmend {mtmend.__version__}"
    assert run("version").stdout.decode().strip() == mtmend.__version__


def test_summary_line_on_stderr(tmp_path):
    a, b = page(tmp_path), page(tmp_path, "Clean English.\n", "b.txt")
    p = run("check", str(a), str(b))
    assert p.returncode == 1
    assert len(p.stdout.decode().splitlines()) == 4
    assert p.stderr.decode().strip() == "4 issues (3 fixable) in 2 files"
    assert run("check", str(b)).stderr.decode().strip() == "0 issues (0 fixable) in 1 file"


def test_json_is_one_object_for_one_file_or_several(tmp_path):
    a, b = page(tmp_path), page(tmp_path, WARNINGS_ONLY, "b.md")
    for paths in ([a], [a, b]):
        data = json.loads(run("check", "--output-format", "json", *map(str, paths)).stdout)
        assert data["schema"] == "mtmend.check/1" and len(data["files"]) == len(paths)
    data = json.loads(run("check", "--json", str(a), str(b)).stdout)
    assert data["files"][1]["format"] == "markdown"
    assert data["summary"] == {"issues": 7, "fixable": 6, "files": 2,
                               "by_severity": {"error": 1, "warning": 6, "info": 0}}


def test_jsonl_github_and_sarif_from_the_command_line(tmp_path):
    a = page(tmp_path)
    rows = [json.loads(line) for line in run("check", "--output-format", "jsonl", str(a)).stdout.splitlines()]
    assert [(r["line"], r["column"], r["rule"]) for r in rows][0] == (1, 1, "untranslated.leftover")
    github = run("check", "--output-format", "github", str(a)).stdout.decode().splitlines()
    assert github[0].startswith(f"::error file={a},line=1,col=1,endLine=1,endColumn=4,title=untranslated.leftover::")
    p = run("check", "--output-format", "sarif", str(a))
    assert p.returncode == 1
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(p.stdout)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    assert len(log["runs"][0]["results"]) == 4 and len(log["runs"][0]["tool"]["driver"]["rules"]) == len(mtmend.RULES)


def test_select_and_ignore_on_check_and_fix_and_in_mtmend_toml(tmp_path):
    a = page(tmp_path, WARNINGS_ONLY)
    rules = lambda p: [line.split()[2] for line in p.stdout.decode().splitlines()]  # noqa: E731
    assert rules(run("check", "--select", "casing,punctuation", str(a))) == ["casing.clause-split", "punctuation.fullwidth"]
    assert rules(run("check", "--ignore", "casing", "--ignore", "spacing", str(a))) == ["punctuation.fullwidth"]
    assert run("fix", "--select", "punctuation", str(a)).stdout.decode() == "The team visited the school,Toured the lab.\n"
    assert run("fix", "--ignore", "casing.clause-split", str(a)).stdout.decode() == \
        "The team visited the school, Toured the lab.\n"
    (tmp_path / "mtmend.toml").write_text('[rules]\nignore = ["punctuation"]\n', encoding="utf-8")
    assert "punctuation.fullwidth" not in rules(run("check", str(a)))
    assert rules(run("check", "--ignore", "spacing", str(a))) == ["casing.clause-split", "punctuation.fullwidth"]
    bad = run("check", "--select", "no-such-rule", str(a))
    assert bad.returncode == 2 and bad.stderr.decode().count("\n") == 1 and b"no-such-rule" in bad.stderr
    (tmp_path / "mtmend.toml").write_text('[rules]\nignore = "casing"\n', encoding="utf-8")
    assert run("check", str(a)).returncode == 2


def test_report_dash_goes_to_standard_output(tmp_path):
    a, out = page(tmp_path), tmp_path / "out.txt"
    p = run("fix", str(a), "-o", str(out), "--report", "-", cwd=tmp_path)
    assert json.loads(p.stdout)["schema"] == "mtmend.result/1"
    assert not (tmp_path / "-").exists() and out.read_text(encoding="utf-8").startswith("Recently, the team")
    refused = run("fix", str(a), "--report", "-", cwd=tmp_path)  # stdout cannot hold both
    assert refused.returncode == 2 and refused.stdout == b"" and not (tmp_path / "-").exists()


def test_standard_input_is_named_the_same_in_check_and_fix(tmp_path):
    text = "They said 研究所要坚持 it.\n".encode()
    check = run("check", "-", stdin=text)
    fix = run("fix", "-", stdin=text)
    assert check.stdout.decode().startswith("<stdin>:1:11: error untranslated.leftover")
    assert fix.stderr.decode().startswith("<stdin>:1:11: error untranslated.leftover")
    named = run("check", "-", "--stdin-filename", "docs/page.md", stdin=b"# T\n\nThe end,Visit us.\n")
    assert named.stdout.decode().startswith("docs/page.md:3:9: warning")


def test_in_place_without_backup_on_several_files(tmp_path):
    a, b = page(tmp_path), page(tmp_path, WARNINGS_ONLY, "b.txt")
    assert run("fix", str(a), str(b)).returncode == 2  # several files only in place
    assert run("fix", "--no-backup", str(a)).returncode == 2  # --no-backup only with --in-place
    p = run("fix", "--in-place", "--no-backup", str(a), str(b))
    assert p.returncode == 0, p.stderr
    assert a.read_text(encoding="utf-8") == "Recently, the team visited the school, toured the lab.\n"
    assert b.read_text(encoding="utf-8") == "The team visited the school, toured the lab.\n"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["b.txt", "page.txt"]


def _docx(*paragraphs):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_fix_diff_of_a_docx_shows_its_text(tmp_path):
    doc = tmp_path / "t.docx"
    doc.write_bytes(_docx("Title", "The team visited the school,Toured the lab。"))
    p = run("fix", str(doc), "-o", str(tmp_path / "out.docx"), "--diff")
    diff = p.stderr.decode().splitlines()
    assert diff[:2] == [f"--- a/{doc} (text)", f"+++ b/{doc} (text)"]
    assert "-The team visited the school,Toured the lab。" in diff
    assert "+The team visited the school, toured the lab." in diff


def test_fix_diff_shows_long_paragraphs_word_by_word(tmp_path):
    long = ("The delegation visited the school,Toured the laboratories and met the students who have studied "
            "optics there for several years。\n")
    p = run("fix", str(page(tmp_path, long)), "--diff")
    (changed,) = [line for line in p.stderr.decode().splitlines() if line.startswith("~")]
    assert "[-school,Toured-]{+school, toured+}" in changed and "[-years。-]{+years.+}" in changed


def test_a_missing_optional_extra_is_one_line_not_a_traceback(tmp_path):
    block = "import sys; sys.modules['ctranslate2'] = None"  # as if `mtmend[ctranslate2]` were not installed
    engines = run("engines", prelude=block)
    assert engines.returncode == 0 and b"Traceback" not in engines.stderr
    line = next(x for x in engines.stdout.decode().splitlines() if x.startswith("ctranslate2"))
    assert "pip install 'mtmend[ctranslate2]'" in line
    fix = run("fix", str(page(tmp_path)), "--engine", "ctranslate2", "--model", str(tmp_path), prelude=block)
    assert fix.returncode == 2 and fix.stdout == b"" and b"Traceback" not in fix.stderr
    assert fix.stderr.decode().count("\n") == 1 and "pip install 'mtmend[ctranslate2]'" in fix.stderr.decode()


def test_inline_suppression_in_check_and_fix(tmp_path):
    text = ("<!-- mtmend: ignore[casing.clause-split] -->\nThe team met,Visited the lab.\n\n"
            "They said 研究所 there. <!-- mtmend: ignore[untranslated] -->\nThe end,Visit us.\n")
    a = page(tmp_path, text, "page.md")
    p = run("check", str(a))
    assert p.returncode == 0  # the only error is silenced
    found = [(line.split(":")[1], line.split()[2]) for line in p.stdout.decode().splitlines()]
    assert found == [("2", "spacing.after-punctuation"), ("5", "spacing.after-punctuation"),
                     ("5", "casing.clause-split")]
    fixed = run("fix", str(a)).stdout.decode().splitlines()
    assert fixed[1] == "The team met, Visited the lab." and fixed[4] == "The end, visit us."
