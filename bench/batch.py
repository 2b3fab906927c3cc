"""Corpus scale (issue 17): worker processes, Dask, streaming memory, identical output, the pre-scan.

    python bench/batch.py [--mb 50] [--small-mb 5] [--docs 1000000] [--skip-dask]

1. `fix DIR -o OUT` on the real corpus pages (../shared/corpus/real) copied into a tree of about
   --mb MB: --jobs 1, --jobs 2 and a Dask LocalCluster of 2 workers (MB/s, ratios), then the
   same at --small-mb; the three output trees must be byte-identical.
2. `mtmend corpus` on --docs short JSONL documents (WMT English lines with some damage mixed in),
   and on a quarter of that: peak memory of the whole process tree (sampled), documents/s, and
   the JSONL output of --jobs 1, --jobs 2 and Dask compared byte for byte on a 50,000-row slice.
3. `fix` on clean English (the English side of ../shared/corpus/wmt), one core: as one text, as
   one document per line, and the pre-scan alone; damaged text (mixed-dev) with and without it.

The machine is shared and noisy: figures are the best of --rounds runs and vary between runs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL = SHARED / "corpus" / "real"
WMT = SHARED / "corpus" / "wmt"
MIXED = SHARED / "bench" / "mixed-dev.jsonl"
MTMEND = [sys.executable, "-m", "mtmend.cli"]


def build_tree(folder: Path, megabytes: float) -> int:
    pages = sorted(REAL.glob("*.txt"))
    size = sum(p.stat().st_size for p in pages)
    copies = max(1, round(megabytes * 1e6 / size))
    for n in range(copies):
        target = folder / f"copy-{n:04d}"
        target.mkdir(parents=True)
        for page in pages:
            shutil.copyfile(page, target / page.name)
    return copies * size


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def timed_run(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    p = subprocess.run(MTMEND + args, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"mtmend {' '.join(args)} failed: {p.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - started, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def files_bench(megabytes: float, rounds: int, dask: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        size = build_tree(tmp / "in", megabytes)
        results, cpu, digests = {}, {}, {}
        modes = [("jobs1", ["--jobs", "1"]), ("jobs2", ["--jobs", "2"])] + ([("dask2", ["--dask", "local:2"])] if dask else [])
        for name, extra in modes:
            best = (float("inf"), 0.0)
            for r in range(rounds):
                out = tmp / f"out-{name}"
                shutil.rmtree(out, ignore_errors=True)
                best = min(best, timed_run(["fix", str(tmp / "in"), "-o", str(out), *extra]))
            results[name] = size / 1e6 / best[0]
            cpu[name] = best[1]
            digests[name] = tree_digest(tmp / f"out-{name}")
        out = {"MB": round(size / 1e6, 1), **{f"{k}_MBps": round(v, 2) for k, v in results.items()},
               "jobs2_vs_jobs1": round(results["jobs2"] / results["jobs1"], 2),
               **{f"{k}_cpu_s": round(v, 1) for k, v in cpu.items()},
               "load_average": round(os.getloadavg()[0], 1),
               "identical_trees": len(set(digests.values())) == 1}
        if dask:
            out["dask2_vs_jobs2"] = round(results["dask2"] / results["jobs2"], 2)
        return out


def wmt_english() -> list[str]:
    return [line.split("\t")[1] for name in ("wmt19.tsv", "wmt20.tsv")
            for line in (WMT / name).read_text(encoding="utf-8").splitlines() if "\t" in line]


def write_docs(path: Path, count: int) -> int:
    """`count` short documents: WMT English lines, one in ten with damage MT leaves (a leftover,
    Chinese punctuation, a clause-split capital) from the mixed-dev texts."""
    lines = wmt_english()
    damaged = [t for d in map(json.loads, MIXED.read_text(encoding="utf-8").splitlines()) for t in d["text"].split("\n") if t.strip()]
    rng = random.Random(17)
    with open(path, "w", encoding="utf-8") as f:
        for n in range(count):
            text = rng.choice(damaged)[:300] if n % 10 == 0 else rng.choice(lines)
            f.write(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def peak_tree_rss(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of the process and all its children), sampled every 50 ms."""
    started = time.perf_counter()
    proc = subprocess.Popen(MTMEND + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [watched] + watched.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if proc.returncode != 0:
        raise SystemExit(f"mtmend {' '.join(args)} failed: {proc.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - started, peak / 1e6


def corpus_bench(docs: int, dask: bool) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for count in (docs // 4, docs):
            source = tmp / f"docs-{count}.jsonl"
            size = write_docs(source, count)
            seconds, peak = peak_tree_rss(["corpus", str(source), "-o", str(tmp / "out.jsonl.zst"), "--jobs", "2"])
            out[f"{count}_docs"] = {"input_MB": round(size / 1e6, 1), "seconds": round(seconds, 1),
                                    "docs_per_s": round(count / seconds), "peak_tree_MB": round(peak)}
            source.unlink()
        source = tmp / "slice.jsonl"
        write_docs(source, 50_000)
        digests = {}
        modes = [("jobs1", ["--jobs", "1"]), ("jobs2", ["--jobs", "2"])] + ([("dask2", ["--dask", "local:2"])] if dask else [])
        for name, extra in modes:
            target = tmp / f"slice-{name}.jsonl"
            timed_run(["corpus", str(source), "-o", str(target), *extra])
            digests[name] = hashlib.sha256(target.read_bytes()).hexdigest()
        out["identical_jsonl"] = len(set(digests.values())) == 1
    return out


def best_rate(fn, megabytes: float, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return megabytes / min(times)


def prescan_bench(rounds: int) -> dict:
    import mtmend
    from mtmend import pipeline, prescan

    lines = wmt_english()
    text = "\n".join(lines)
    mb = len(text.encode()) / 1e6
    ids = mtmend.Options().rule_ids
    clean = [line for line in lines if not prescan.may_have_findings(line, ids)]
    mtmend.fix(text)
    out = {"wmt_english_MB": round(mb, 2), "lines": len(lines), "lines_with_a_trigger": len(lines) - len(clean)}
    mender = mtmend.Mender()
    out["fix_per_line_MBps"] = round(best_rate(lambda: [mender.fix(line) for line in lines], mb, rounds), 1)
    clean_text = "\n".join(clean)
    clean_mb = len(clean_text.encode()) / 1e6
    out["fix_clean_lines_as_one_text_MBps"] = round(best_rate(lambda: mtmend.fix(clean_text), clean_mb, rounds), 1)
    out["prescan_alone_MBps"] = round(best_rate(lambda: prescan.may_have_findings(clean_text, ids), clean_mb, rounds), 1)
    damaged = "\n\n".join(json.loads(line)["text"] for line in MIXED.read_text(encoding="utf-8").splitlines())
    dmb = len(damaged.encode()) / 1e6
    # With and without the pre-scan, alternating round by round: the machine's speed drifts.
    best = {"damaged_fix": 0.0, "damaged_fix_without_prescan": 0.0, "fix_one_text": 0.0,
            "fix_one_text_without_prescan": 0.0}
    saved = pipeline.may_have_findings, pipeline._excerpt
    without = (lambda *a, **k: True), (lambda *a, **k: ("unknown", None))
    for _ in range(rounds):
        for label, (scan, excerpt) in (("", saved), ("_without_prescan", without)):
            pipeline.may_have_findings, pipeline._excerpt = scan, excerpt
            try:
                best["damaged_fix" + label] = max(best["damaged_fix" + label], best_rate(lambda: mtmend.fix(damaged), dmb, 1))
                best["fix_one_text" + label] = max(best["fix_one_text" + label], best_rate(lambda: mtmend.fix(text), mb, 1))
            finally:
                pipeline.may_have_findings, pipeline._excerpt = saved
    out.update({f"{k}_MBps": round(v, 2) for k, v in best.items()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--small-mb", type=float, default=5)
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--only", choices=["files", "corpus", "prescan"])
    a = ap.parse_args()
    if not REAL.exists():
        raise SystemExit(f"bench/batch.py needs {SHARED} (the shared corpus)")
    os.environ["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    sys.path.insert(0, str(ROOT))
    report = {"cores": os.cpu_count()}
    if a.only in (None, "prescan"):
        report["prescan"] = prescan_bench(max(a.rounds, 3))
        print(json.dumps(report["prescan"]), flush=True)
    if a.only in (None, "files"):
        report[f"files_{a.small_mb:g}MB"] = files_bench(a.small_mb, a.rounds, not a.skip_dask)
        print(json.dumps(report[f"files_{a.small_mb:g}MB"]), flush=True)
        report[f"files_{a.mb:g}MB"] = files_bench(a.mb, 1, not a.skip_dask)
        print(json.dumps(report[f"files_{a.mb:g}MB"]), flush=True)
    if a.only in (None, "corpus"):
        report["corpus"] = corpus_bench(a.docs, not a.skip_dask)
        print(json.dumps(report["corpus"]), flush=True)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
