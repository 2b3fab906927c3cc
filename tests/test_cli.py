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
    data = json.loads(p.stdout)  # one object whatever the number of files (docs/check-output.md)
    first = data["files"][0]["issues"][0]
    assert first["line"] == 3 and first["rule"] == "untranslated.leftover"


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


def one_error_line(p, *words):
    lines = p.stderr.decode().strip().splitlines()
    assert p.returncode == 2 and len(lines) == 1 and lines[0].startswith("mtmend: error:"), p.stderr
    assert "Traceback" not in p.stderr.decode()
    for word in words:
        assert word in lines[0], (word, lines[0])


def test_environment_errors_are_one_line_and_exit_2(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("the school。The end\n", encoding="utf-8")
    missing = tmp_path / "missing" / "out.txt"
    one_error_line(run("fix", str(page), "-o", str(missing)), str(missing), "No such file or directory")
    one_error_line(run("fix", str(page), "-o", str(tmp_path)), str(tmp_path), "directory")
    one_error_line(run("fix", str(page), "--report", str(missing)), str(missing))
    debug = run("--debug", "fix", str(page), "-o", str(missing))
    assert debug.returncode != 0 and "Traceback" in debug.stderr.decode()


def test_in_place_in_a_read_only_folder_is_one_line(tmp_path):
    import os

    import pytest

    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the check needs an ordinary user")
    folder = tmp_path / "ro"
    folder.mkdir()
    page = folder / "page.txt"
    page.write_text("the school。The end\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        one_error_line(run("fix", "--in-place", str(page)), "page.txt", "Permission denied")
    finally:
        folder.chmod(0o755)
    assert page.read_text(encoding="utf-8") == "the school。The end\n"


def test_an_engine_whose_package_is_missing_is_one_line(tmp_path):
    import os

    shadow = tmp_path / "shadow"
    shadow.mkdir()  # an environment where the optional package cannot be imported
    (shadow / "ctranslate2.py").write_text("raise ModuleNotFoundError(\"No module named 'ctranslate2'\", name='ctranslate2')\n")
    page = tmp_path / "page.txt"
    page.write_text("近日,he left.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shadow), os.environ.get("PYTHONPATH", "")])}
    p = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(page), "--engine", "ctranslate2",
                        "--model", str(tmp_path), "-o", str(tmp_path / "o.txt")], capture_output=True, env=env)
    one_error_line(p, "ctranslate2", "pip install 'mtmend[ctranslate2]'")
    assert not (tmp_path / "o.txt").exists()
