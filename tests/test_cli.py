"""The CLI, run as a real subprocess on real files."""
import json
import subprocess
import sys
import zipfile
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "campus-visit.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], input=stdin, capture_output=True)


def test_check_prints_lint_lines_and_exits_1_on_errors():
    p = run("check", str(EXAMPLE))
    assert p.returncode == 1
    first = p.stdout.decode().splitlines()[0]
    assert first.startswith(f"{EXAMPLE}:3:1: error untranslated.leftover")


def test_check_clean_input_exits_0(tmp_path):
    f = tmp_path / "clean.txt"
    f.write_text("A clean English sentence.\n")
    assert run("check", str(f)).returncode == 0


def test_check_json(tmp_path):
    p = run("check", "--json", str(EXAMPLE))
    data = json.loads(p.stdout)
    assert data["issues"][0]["line"] == 3 and data["issues"][0]["rule"] == "untranslated.leftover"


def test_fix_writes_output_and_report(tmp_path):
    out, report = tmp_path / "out.txt", tmp_path / "r.json"
    p = run("fix", str(EXAMPLE), "-o", str(out), "--report", str(report))
    assert p.returncode == 1  # a leftover the glossary engine cannot finish remains
    assert "visited the Institute of Optics, toured" in out.read_text()
    assert out.read_text().splitlines()[2].startswith("Recently, Wang Lihua")  # 日前, finished offline
    data = json.loads(report.read_text())
    assert data["edits"] and data["summary"]["remaining_errors"] == 1
    assert any(e["rule"] == "engine.glossary" and e["before"] == "日前" for e in data["edits"])
    assert any(n.startswith("not translated by glossary: 研究所要坚持") and "not covered:" in n for n in data["notes"])


def test_fix_without_an_engine_leaves_every_leftover(tmp_path):
    out = tmp_path / "out.txt"
    p = run("fix", str(EXAMPLE), "--engine", "none", "-o", str(out))
    assert p.returncode == 1 and "日前" in out.read_text()
    assert run("fix", str(EXAMPLE), "--engine", "deepl").returncode == 2


def test_fix_in_place_keeps_backup(tmp_path):
    f = tmp_path / "page.txt"
    original = "made by the school。The end,Visit us."
    f.write_text(original, encoding="utf-8")
    run("fix", "--in-place", str(f))
    assert f.read_text(encoding="utf-8") == "made by the school. The end, visit us."
    assert (tmp_path / "page.txt.bak").read_text(encoding="utf-8") == original


def test_fix_stdin_to_stdout_and_diff():
    p = run("fix", "-", "--diff", stdin="the school。The end".encode())
    assert p.stdout.decode() == "the school. The end"
    assert "-the school。The end" in p.stderr.decode()


def test_legacy_encoding_is_detected(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes("近日，校长访问了北京。The president visited the school,Talk with teachers。".encode("gb18030"))
    p = run("fix", str(f))
    assert p.returncode == 1
    assert "talk with teachers." in p.stdout.decode()


def test_bad_input_exits_2_and_writes_nothing(tmp_path):
    out = tmp_path / "out.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    docx = tmp_path / "x.txt"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    undecodable = tmp_path / "bad.txt"
    undecodable.write_bytes(bytes(range(128, 256)) * 20)
    # (a folder is no longer bad input: `fix DIR -o OUTDIR` repairs the tree, see test_batch.py)
    for path in (empty, binary, docx, tmp_path / "missing.txt", undecodable):
        p = run("fix", str(path), "-o", str(out))
        assert p.returncode == 2, path
        assert len(p.stderr.decode().strip().splitlines()) == 1
        assert p.stderr.decode().startswith("mtmend: error:")
        assert not out.exists()


def test_explain_and_rules():
    p = run("explain", "casing.clause-split")
    assert p.returncode == 0 and b"clause" in p.stdout
    assert run("explain", "nope").returncode == 2
    assert b"untranslated.leftover" in run("rules").stdout
