"""The translation memory is never why a run fails: corrupt or unopenable -> one warning and the
run goes on without it; read-only -> read, not written; a write that fails -> the translations
already received still reach the output."""
import sqlite3
import stat

import pytest

from builders import mtmend, openai_server

PAGE = "近日,Wang Lihua visited the Institute of Optics.\n"
FIXED = "Recently, Wang Lihua visited the Institute of Optics.\n"


@pytest.fixture
def server(tmp_path):
    with openai_server(tmp_path) as (base, log):
        yield base, log


def fix_with_tm(tmp_path, base, tm, timeout=60):
    page, out = tmp_path / "page.txt", tmp_path / "out.txt"
    page.write_text(PAGE, encoding="utf-8")
    if out.exists():
        out.unlink()
    result = mtmend("fix", page, "-o", out, "--engine", "openai", "--base-url", base, "--model", "m", "--tm", tm,
                    timeout=timeout)
    return result, out.read_text(encoding="utf-8") if out.exists() else None


def warnings(result):
    lines = result.stderr.decode().strip().splitlines()
    assert b"Traceback" not in result.stderr
    return [line for line in lines if line.startswith("mtmend: warning: translation memory")]


@pytest.mark.parametrize("content", [b"this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4080])
def test_a_corrupt_memory_is_one_warning_and_the_run_goes_on(tmp_path, server, content):
    tm = tmp_path / "tm.sqlite"
    tm.write_bytes(content)
    result, out = fix_with_tm(tmp_path, server[0], tm)
    assert result.returncode == 0 and out == FIXED
    found = warnings(result)
    assert len(found) == 1 and "going on without it" in found[0]
    assert tm.read_bytes() == content  # left as it was


def test_a_folder_in_place_of_the_memory_is_one_warning(tmp_path, server):
    tm = tmp_path / "tm.sqlite"
    tm.mkdir()
    result, out = fix_with_tm(tmp_path, server[0], tm)
    assert result.returncode == 0 and out == FIXED and len(warnings(result)) == 1


def test_a_read_only_memory_is_read_and_not_written(tmp_path, server):
    base, log = server
    tm = tmp_path / "tm.sqlite"
    first, out = fix_with_tm(tmp_path, base, tm)
    assert first.returncode == 0 and out == FIXED and len(log.read_text().splitlines()) == 1
    tm.chmod(0o444)
    before = tm.read_bytes()
    second, out = fix_with_tm(tmp_path, base, tm)
    assert second.returncode == 0 and out == FIXED and not warnings(second)
    assert len(log.read_text().splitlines()) == 1  # answered from the memory: no new request
    (tmp_path / "page.txt").write_text("日前,the lab opened.\n", encoding="utf-8")
    third = mtmend("fix", tmp_path / "page.txt", "--engine", "openai", "--base-url", base, "--model", "m", "--tm", tm)
    assert third.returncode in (0, 1) and b"Traceback" not in third.stderr
    assert tm.read_bytes() == before and stat.S_IMODE(tm.stat().st_mode) == 0o444


def test_translations_received_reach_the_output_when_the_memory_cannot_be_written(tmp_path, server):
    tm = tmp_path / "tm.sqlite"
    sqlite3.connect(tm).executescript("CREATE TABLE tm (engine TEXT, model TEXT, source TEXT, context TEXT, target TEXT,"
                                      " source_lang TEXT, target_lang TEXT, created REAL,"
                                      " PRIMARY KEY (engine, model, source, context));"
                                      "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER);")
    holder = sqlite3.connect(tm, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock for the whole run
    try:
        result, out = fix_with_tm(tmp_path, server[0], tm, timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 0 and out == FIXED
    found = warnings(result)
    assert len(found) == 1 and "cannot write" in found[0]
