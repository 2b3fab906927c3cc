"""Many files: a real directory tree through `mtmend fix DIR -o OUT` and `mtmend check DIR`."""
import io
import json
import os
import subprocess
import sys
import time

import pytest

from batch_samples import documents
from mtmend import batch
from mtmend.io import new_file_mode


def run(*args):
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], capture_output=True, text=True)


@pytest.fixture
def tree(tmp_path):
    """A site export: text, Markdown and HTML in nested folders, one corrupt DOCX, one binary file
    named .txt, a hidden folder and a file of an extension mtmend does not read."""
    root = tmp_path / "site"
    docs = documents(6, seed=3)
    (root / "news" / "2024").mkdir(parents=True)
    (root / "about").mkdir()
    (root / ".git").mkdir()
    (root / "index.txt").write_text(docs[0] + "\n", encoding="utf-8")
    (root / "news" / "one.md").write_text(f"# News\n\n{docs[1]}\n", encoding="utf-8")
    (root / "news" / "2024" / "two.txt").write_text(docs[2] + "\n", encoding="utf-8")
    (root / "about" / "page.html").write_text(
        f"<!doctype html><html><body><p>{docs[3]}</p><p>A clean paragraph.</p></body></html>\n", encoding="utf-8")
    (root / "about" / "clean.txt").write_text("A clean English page with nothing to repair.\n", encoding="utf-8")
    (root / "about" / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip file")
    (root / ".git" / "ignored.txt").write_text(docs[4], encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n")
    return root


FILES = ["about/broken.docx", "about/clean.txt", "about/page.html", "index.txt", "news/2024/two.txt", "news/one.md"]


def test_discover_walks_the_tree_by_extension_and_globs(tree):
    assert [j.relative for j in batch.discover([str(tree)])] == FILES
    assert [j.relative for j in batch.discover([str(tree)], include=["news/*"])] == ["news/2024/two.txt", "news/one.md"]
    assert [j.relative for j in batch.discover([str(tree)], exclude=["*.docx", "about/*.html"])] == \
        ["about/clean.txt", "index.txt", "news/2024/two.txt", "news/one.md"]
    assert [j.relative for j in batch.discover([str(tree)], extensions=["md"])] == ["news/one.md"]
    # Two roots: paths relative to their common folder.
    picked = batch.discover([str(tree / "news"), str(tree / "index.txt")])
    assert [j.relative for j in picked] == ["index.txt", "news/2024/two.txt", "news/one.md"]


def test_discover_places_a_linked_file_where_its_link_is_and_never_reads_the_output(tree, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("A page kept outside the tree.\n", encoding="utf-8")
    out = tree / "out"
    (out / "news").mkdir(parents=True)
    (out / "news" / "old.txt").write_text("Output of an earlier run.\n", encoding="utf-8")
    (tree / "news" / "linked.txt").symlink_to(outside)
    (tree / "about" / "into-output.txt").symlink_to(out / "news" / "old.txt")
    found = batch.discover([str(tree)], skip=[str(out)])
    assert [j.relative for j in found] == sorted(FILES + ["news/linked.txt"])
    assert {j.relative: j.source for j in found}["news/linked.txt"] == str(tree / "news" / "linked.txt")
    assert [j.relative for j in batch.discover([str(tree / "news" / "linked.txt")])] == ["linked.txt"]


def test_fix_tree_mirrors_output_skips_the_corrupt_file_and_exits_2(tree, tmp_path):
    out = tmp_path / "out"
    p = run("fix", str(tree), "-o", str(out), "--jobs", "2", "--json")
    assert p.returncode == 2, p.stderr  # one file refused
    summary = json.loads(p.stdout)
    assert summary["files"] == 6
    assert summary["by_status"]["refused"] == 1 and summary["refused"][0]["file"] == "about/broken.docx"
    assert summary["by_status"]["clean"] == 1  # about/clean.txt
    assert summary["by_status"]["repaired"] + summary["by_status"]["leftovers"] == 4
    assert summary["by_rule"]["untranslated.leftover"] >= 1 and summary["by_rule"]["punctuation.fullwidth"] >= 1
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [f for f in FILES if f != "about/broken.docx"]  # no temporary files left either
    # Each output is what the one-file command writes for that file.
    for name in written:
        single = tmp_path / "single"
        run("fix", str(tree / name), "-o", str(single))
        assert (out / name).read_bytes() == single.read_bytes(), name
    assert (out / "about" / "clean.txt").read_bytes() == (tree / "about" / "clean.txt").read_bytes()
    assert (out / "index.txt").stat().st_mode & 0o777 == new_file_mode()  # readable like any new file


def test_jobs_1_and_2_write_identical_trees(tree, tmp_path):
    options = batch.MendOptions()
    jobs = batch.discover([str(tree)])
    for n in (1, 2):
        batch.run(jobs, options, outdir=str(tmp_path / f"out{n}"), repair=True, workers=n)
    one = {p.relative_to(tmp_path / "out1"): p.read_bytes() for p in (tmp_path / "out1").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "out2"): p.read_bytes() for p in (tmp_path / "out2").rglob("*") if p.is_file()}
    assert one == two and len(one) == 5


def test_resume_skips_outputs_that_are_up_to_date(tree, tmp_path):
    out = str(tmp_path / "out")
    jobs = batch.discover([str(tree)])
    first = batch.run(jobs, batch.MendOptions(), outdir=out, repair=True, workers=1)
    assert "up to date" not in {o.status for o in first}
    time.sleep(0.05)
    later = time.time() + 5
    os.utime(tree / "index.txt", (later, later))  # edited after its output was written
    second = batch.run(jobs, batch.MendOptions(), outdir=out, repair=True, workers=1, resume=True)
    status = {o.path: o.status for o in second}
    assert status["index.txt"] != "up to date"
    assert status["about/broken.docx"] == "refused"  # no output, so tried again
    assert [n for n, s in status.items() if s == "up to date"] == ["about/clean.txt", "about/page.html",
                                                                  "news/2024/two.txt", "news/one.md"]


def test_check_tree_prints_lint_lines_and_summary(tree):
    p = run("check", str(tree), "--exclude", "*.docx")
    assert p.returncode == 1  # leftovers are errors
    lines = p.stdout.splitlines()
    assert any(line.startswith("index.txt:") and " error untranslated.leftover " in line for line in lines)
    assert all(" info " not in line for line in lines)
    assert "5 files" in p.stderr and "0 refused" in p.stderr


def test_fix_many_files_needs_an_output_folder(tree):
    p = run("fix", str(tree))
    assert p.returncode == 2 and "needs -o OUTDIR" in p.stderr


def test_an_output_folder_inside_the_input_is_not_read_back(tree):
    out = tree / "mended"
    batch.run(batch.discover([str(tree)]), batch.MendOptions(), outdir=str(out), repair=True, workers=1)
    again = batch.discover([str(tree)], skip=[str(out)])
    assert [j.relative for j in again] == FILES


def test_progress_writes_plain_lines_when_not_a_terminal(tree):
    err = io.StringIO()
    jobs = batch.discover([str(tree)])
    progress = batch.Progress(jobs, err, every=0)
    with progress:
        batch.run(jobs, batch.MendOptions(engine=None), outdir=None, repair=False, workers=1, progress=progress)
    lines = err.getvalue().splitlines()
    assert len(lines) == 6 and lines[-1].startswith("mtmend: 6/6 files, ") and "MB/s" in lines[-1]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_draws_a_bar_on_a_terminal(tree):
    err = _Terminal()
    jobs = batch.discover([str(tree)])
    progress = batch.Progress(jobs, err)
    with progress:
        batch.run(jobs, batch.MendOptions(engine=None), outdir=None, repair=False, workers=1, progress=progress)
    assert progress.bar is not None and progress.files == 6
    drawn = err.getvalue()
    assert "6/6 files" in drawn and "B/s" in drawn and "\x1b[" in drawn  # rich's bar, not the plain lines
    assert "mtmend: " not in drawn


def test_a_project_glossary_reaches_every_worker(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(4):
        (site / f"p{n}.txt").write_text(f"Page {n} is about the double first-rate plan.\n", encoding="utf-8")
    (tmp_path / "house.tsv").write_text("source\tenglish\twrong\n双一流\tDouble First-Class\tdouble first-rate\n",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative --glossary path, resolved before the workers start
    p = run("fix", "site", "-o", "out", "--glossary", "house.tsv", "--jobs", "2", "--json")
    assert json.loads(p.stdout)["by_rule"] == {"terminology.forbidden": 4}, p.stderr
    assert all("Double First-Class" in f.read_text() for f in (tmp_path / "out").iterdir())


def test_warm_loads_before_forking_what_workers_would_each_load(tmp_path):
    """In a fresh process: after `warm`, the dictionaries the rules read and the pre-scan's
    Hyperscan databases are there, so forked workers share them."""
    code = (
        "from mtmend import batch, bilingual, prescan\n"
        "batch.warm(batch.MendOptions())\n"
        "print(bilingual.cedict_index.cache_info().currsize, prescan.hyperscan is None or prescan._direct_budget[0] == 0)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split() == ["1", "True"]


def test_unsynced_atomic_writes_leave_whole_files_and_one_flush_covers_them(tmp_path):
    from mtmend.io import write_atomic

    target = tmp_path / "out" / "page.txt"
    target.parent.mkdir()
    write_atomic(str(target), b"first\n", sync=False)
    write_atomic(str(target), b"second\n", sync=False)
    assert target.read_bytes() == b"second\n"
    assert [p.name for p in target.parent.iterdir()] == ["page.txt"]  # no temporary file left
    batch.sync_tree(str(tmp_path / "out"))
    batch.sync_tree(str(tmp_path / "missing"))  # nothing written there: nothing to flush


def test_schedule_takes_every_file_once_largest_first_in_shrinking_chunks():
    """Guided chunks: every position exactly once, the large files first, then the others in
    order, the chunks' bytes never growing past the first ones and the last ones small."""
    import random

    rng = random.Random(5)
    sizes = [rng.choice([300, 2_000, 9_000]) for _ in range(3_000)] + [400_000, 1_500_000]
    chunks = batch.schedule(sizes, 2, least=4_000, most=200_000, most_files=400)
    flat = [n for chunk in chunks for n in chunk]
    assert sorted(flat) == list(range(len(sizes)))
    assert chunks[0] == [len(sizes) - 1] and chunks[1] == [len(sizes) - 2]  # large first, alone
    assert flat[2:] == list(range(len(sizes) - 2))  # then the others in their order
    assert all(len(c) <= 400 for c in chunks)
    totals = [sum(sizes[n] for n in c) for c in chunks]
    assert max(totals[2:]) <= 200_000 + 9_000
    assert totals[-1] < 20_000 and totals[-2] < 20_000
    assert batch.schedule([], 2) == [] and batch.schedule([5], 4) == [[0]]


def test_many_chunks_on_two_workers_equal_one_process(tmp_path):
    """Enough files for several chunks of different sizes, one bad: --jobs 2 writes what --jobs 1
    writes and returns the outcomes in the order of the jobs."""
    docs = documents(40, seed=11)
    root = tmp_path / "in"
    for n in range(240):
        folder = root / f"d{n % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n\n".join(docs[(n + k) % len(docs)] for k in range(1 + n % 9)) + "\n"
        (folder / f"p{n:03d}.txt").write_text(text, encoding="utf-8")
    (root / "d3" / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip file")
    jobs = batch.discover([str(root)])
    results = {}
    for n in (1, 2):
        outcomes = batch.run(jobs, batch.MendOptions(), outdir=str(tmp_path / f"out{n}"), repair=True, workers=n)
        tree = {p.relative_to(tmp_path / f"out{n}"): p.read_bytes() for p in (tmp_path / f"out{n}").rglob("*") if p.is_file()}
        results[n] = outcomes, tree
    assert len(batch.schedule([j.size for j in jobs], 2)) > 4
    assert results[1] == results[2]
    assert [o.path for o in results[2][0]] == [j.relative for j in jobs]
    assert {o.status for o in results[2][0]} >= {"refused", "repaired"}
