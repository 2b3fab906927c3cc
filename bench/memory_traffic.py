"""Memory traffic per page of a batch run (issue 17): deterministic figures, whatever the load.

    python bench/memory_traffic.py                 # page faults, then cachegrind figures (~6 minutes idle)
    python bench/memory_traffic.py --distinct      # the same on documents each seen once (mixed-dev)
    python bench/memory_traffic.py --only faults   # page faults of a --jobs 2 run only (seconds)
    python bench/memory_traffic.py --only peers    # CPU of one process alone and of two at once
    python bench/memory_traffic.py --annotate      # also where the last-level misses happen

Two runs that share two cores each use 12-22% more CPU seconds on the same files than one run
alone; wall clock on a shared machine cannot tell a change that helps there from noise, so this
counts what causes it, in two parts:

1. Cache traffic (valgrind cachegrind with its cache simulation): a process fixes the real pages
   (../shared/corpus/real, one `batch.mend_file` per page, as a batch worker does, after the
   parent's `batch.warm`) ROUNDS times, for ROUNDS = 1 and 3; the difference is two rounds of
   pages in the steady state of a long run (the bench's 50 MB tree is these pages copied), so
   imports and loading cancel out (the process ends with os._exit, as a terminated pool
   worker does, so the teardown of bigger caches is not counted either). `--distinct` takes
   50 or 150 different documents of mixed-dev instead: pages no cache has seen, as in a crawl. The simulated last level is one core's private L2 (2 MiB,
   16-way, 64 B lines on this VM's Xeon: `lscpu -C`; `lscpu` prints 4 MiB for both cores),
   D1 48 KiB 12-way: a miss there goes to the L3 and memory that the cores share. Printed per MB of input and per page: instructions, D1 misses, last-level data
   misses (DLmr + DLmw).
2. Page faults: `batch.run` with 2 workers (forked from the warm parent, as `--jobs 2` is) on
   the pages copied COPIES times; every file's minor faults are counted in the worker that did
   it (getrusage around `do_job`), and the same files with 1 worker (no fork) as the reference.
   A fault in a forked worker that the single process does not have is a page of the parent's
   data written for the first time (a reference count, a cache entry) and copied.

3. Peers (`--only peers`): the same in-memory work (or the writes alone) in one forked process,
   then in two at once (free, or each pinned to its own CPU): CPU seconds, faults, migrations.

`PYTHONHASHSEED=0` and `MTMEND_NO_CACHE=1` are set for the cachegrind runs, so the figures
repeat exactly on one build of the code.
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
CACHES = ["--cache-sim=yes", "--LL=2097152,16,64", "--D1=49152,12,64", "--I1=32768,8,64"]
FIELDS = ("Ir", "I1mr", "ILmr", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw")


DISTINCT = ROOT.parent / "shared" / "bench" / "mixed-dev.jsonl"
DISTINCT_ROUND = 50  # documents of mixed-dev a round, each seen once


def pages() -> list[Path]:
    return sorted(REAL.glob("*.txt"))


def distinct_pages(folder: Path, rounds: int) -> list[Path]:
    """The first rounds x DISTINCT_ROUND documents of mixed-dev as files: pages no cache has seen."""
    import json

    out = []
    with open(DISTINCT, encoding="utf-8") as f:
        for n, line in zip(range(rounds * DISTINCT_ROUND), f):
            out.append(folder / f"doc-{n:04d}.txt")
            out[-1].write_text(json.loads(line)["text"], encoding="utf-8")
    return out


def worker_rounds(rounds: int, distinct: bool) -> None:
    """The measured process: warm up as the batch parent does, then fix every page `rounds`
    times (or, `distinct`, `rounds` x DISTINCT_ROUND different documents once each)."""
    gc.set_threshold(100_000, 10, 10)  # as the command sets it
    from mtmend import batch

    options = batch.options_near(str(REAL), repair=True)
    batch.warm(options)
    with tempfile.TemporaryDirectory() as tmp:
        work = distinct_pages(Path(tmp), rounds) if distinct else pages() * rounds
        gc.freeze()  # as `batch.run` does before forking its workers
        for page in work:
            batch.mend_file(options, page, page.name, repair=True)
    sys.stdout.flush()
    os._exit(0)  # as a pool worker ends (terminated): no teardown of the caches in the count


def cachegrind(rounds: int, out: Path, distinct: bool) -> dict[str, int]:
    env = dict(os.environ, PYTHONHASHSEED="0", MTMEND_NO_CACHE="1")
    subprocess.run(["valgrind", "--tool=cachegrind", *CACHES, f"--cachegrind-out-file={out}",
                    sys.executable, __file__, "--rounds", str(rounds), *(["--distinct"] if distinct else [])],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = out.read_text()
    events = re.search(r"^events: (.*)$", text, re.M).group(1).split()
    totals = [int(v) for v in re.search(r"^summary: (.*)$", text, re.M).group(1).split()]
    return dict(zip(events, totals))


def traffic(annotate: bool, distinct: bool) -> dict[str, float]:
    """Cachegrind figures of two rounds of pages, each a separate run less a one-round run (both
    runs at once: two cores)."""
    if distinct:
        with tempfile.TemporaryDirectory() as tmp:
            sample = distinct_pages(Path(tmp), 3)[DISTINCT_ROUND:]
            size, count = sum(p.stat().st_size for p in sample), len(sample)
    else:
        size, count = 2 * sum(p.stat().st_size for p in pages()), 2 * len(pages())
    with tempfile.TemporaryDirectory() as tmp:
        with ThreadPoolExecutor(2) as both:
            one, three = both.map(lambda n: cachegrind(n, Path(tmp) / f"{n}.out", distinct), (1, 3))
        if annotate:
            difference = Path(tmp) / "diff.out"
            difference.write_text(subprocess.run(["cg_diff", str(Path(tmp) / "1.out"), str(Path(tmp) / "3.out")],
                                                 capture_output=True, text=True, check=True).stdout)
            print(subprocess.run(["cg_annotate", "--show=DLmr,DLmw,D1mr,D1mw,Ir", "--sort=DLmr,DLmw",
                                  "--threshold=0.5", "--auto=no", str(difference)],
                                 capture_output=True, text=True).stdout[:20000])
    diff = {k: three[k] - one[k] for k in FIELDS if k in three}
    megabytes = size / 1e6
    label = "distinct documents" if distinct else "real pages, repeated"
    return {
        f"{label}: pages, MB measured": f"{count}, {megabytes:.3f}",
        f"{label}: instructions per page (M)": diff["Ir"] / count / 1e6,
        f"{label}: instructions per MB (G)": diff["Ir"] / megabytes / 1e9,
        f"{label}: D1 data misses per MB (M)": (diff["D1mr"] + diff["D1mw"]) / megabytes / 1e6,
        f"{label}: I1 misses per MB (M)": diff["I1mr"] / megabytes / 1e6,
        f"{label}: LL data misses per MB (M)": (diff["DLmr"] + diff["DLmw"]) / megabytes / 1e6,
        f"{label}: LL data read / write misses per MB (M)":
            f"{diff['DLmr'] / megabytes / 1e6:.3f} / {diff['DLmw'] / megabytes / 1e6:.3f}",
        f"{label}: LL data misses per page (k)": (diff["DLmr"] + diff["DLmw"]) / count / 1e3,
        f"{label}: LL instruction misses per MB (k)": diff["ILmr"] / megabytes / 1e3,
        f"{label}: start-up and first round, LL data misses (M)": (one["DLmr"] + one["DLmw"]) / 1e6,
    }


def faults(copies: int) -> dict[str, float]:
    """Minor page faults per worker on the same files: 2 forked workers against 1 process."""
    from mtmend import batch

    counted: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    do_job = batch.do_job

    def counting(*a, **k):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        outcome = do_job(*a, **k)
        outcome.faults = (os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
        return outcome

    batch.do_job = counting
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "in"
        for n in range(copies):
            shutil.copytree(REAL, tree / f"copy-{n:04d}", ignore=shutil.ignore_patterns("*.tsv", "*.md"))
        jobs = batch.discover([str(tree)])
        options = batch.options_near(str(tree), repair=True)
        size = sum(j.size for j in jobs)
        for workers in (2, 1):
            out = Path(tmp) / f"out{workers}"
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
            counted.clear()
            for o in batch.run(jobs, options, outdir=str(out), repair=True, workers=workers):
                entry = counted[o.faults[0]]
                entry[0] += o.faults[1]
                entry[1] += 1
            per_worker = sorted(f for f, _ in counted.values())
            label = f"--jobs {workers}"
            figures[f"{label}: minor faults on files, per worker"] = " / ".join(map(str, per_worker))
            figures[f"{label}: minor faults per MB (all workers)"] = sum(per_worker) / (size / 1e6)
            if workers == 2:
                whole = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - children
                figures[f"{label}: minor faults per worker, whole life (fork to exit)"] = whole / 2
        figures["files / MB"] = f"{len(jobs)} / {size / 1e6:.2f}"
    return figures


def _scheduling() -> tuple[int, int]:
    """(migrations to another CPU, involuntary context switches) of this process so far."""
    try:
        with open("/proc/self/sched") as f:
            fields = {k.strip(): v for k, v in (line.split(":", 1) for line in f if ":" in line)}
        return int(fields["se.nr_migrations"].strip()), int(fields["nr_involuntary_switches"].strip())
    except (OSError, KeyError, ValueError):
        return 0, 0


def _peer_task(task: tuple[str, int, str, int | None]) -> tuple[float, float, int, int, int]:
    """One peer's work, in a forked process: `mend` fixes the pages `rounds` times in memory
    (read, fix, render, as `batch.mend_file`; nothing written), `write` writes their bytes as
    a batch worker writes its outputs (one new folder a round); on CPU `cpu` only when given.
    (user s, system s, minor faults, migrations, involuntary switches)."""
    from mtmend import batch
    from mtmend.io import write_atomic

    kind, rounds, folder, cpu = task
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    before, moved = resource.getrusage(resource.RUSAGE_SELF), _scheduling()
    if kind == "mend":
        options = batch.options_near(str(REAL), repair=True)
        for _ in range(rounds):
            for page in pages():
                batch.mend_file(options, page, page.name, repair=True)
    else:
        data = [(page.name, page.read_bytes()) for page in pages()]
        for n in range(rounds):
            target = os.path.join(folder, f"{os.getpid()}-{n:04d}")
            os.makedirs(target)
            for name, body in data:
                write_atomic(os.path.join(target, name), body, sync=False)
    after, now = resource.getrusage(resource.RUSAGE_SELF), _scheduling()
    if cpu is not None:
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    return (after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime,
            after.ru_minflt - before.ru_minflt, now[0] - moved[0], now[1] - moved[1])


def peers(rounds: int, repeats: int) -> dict[str, str]:
    """CPU seconds of the same work done by one forked process alone and by each of two at once
    (free to move between CPUs, or each kept on its own), alternating `repeats` times: whether
    two processes slow each other without any output written (`mend`), and on the writes alone
    (`write`)."""
    import multiprocessing

    from mtmend import batch

    batch.warm(batch.options_near(str(REAL), repair=True))
    gc.freeze()
    context = multiprocessing.get_context("fork")
    figures: dict[str, str] = {}
    modes = {"mend": (("alone", 1, False), ("two at once", 2, False), ("two at once, pinned", 2, True)),
             "write": (("alone", 1, False), ("two at once", 2, False))}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, count in (("mend", rounds), ("write", rounds * 4)):
            runs: dict[str, list] = {label: [] for label, _, _ in modes[kind]}
            for _ in range(repeats):
                for label, workers, pinned in modes[kind]:
                    with context.Pool(workers) as pool:
                        tasks = [(kind, count, tmp, n if pinned else None) for n in range(workers)]
                        runs[label].extend(pool.map(_peer_task, tasks, chunksize=1))
            alone = sum(r[0] + r[1] for r in runs["alone"]) / len(runs["alone"])
            for label, done in runs.items():
                median = [sorted(r[k] for r in done)[len(done) // 2] for k in range(5)]
                cpu = sum(r[0] + r[1] for r in done) / len(done)
                figures[f"peers {kind} x{count}: {label}"] = (
                    f"user {median[0]:.3f} s, system {median[1]:.3f} s, CPU / alone {cpu / alone:.3f}, "
                    f"faults {median[2]}, migrations {median[3]}, preempted {median[4]} (medians of {len(done)})")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, help="(the measured process) fix the pages this many times")
    parser.add_argument("--only", choices=("traffic", "faults", "peers"))
    parser.add_argument("--peer-rounds", type=int, default=20, help="rounds of the pages per peer process")
    parser.add_argument("--repeats", type=int, default=3, help="alternations of one and two peers")
    parser.add_argument("--copies", type=int, default=20, help="copies of the pages for the fault count")
    parser.add_argument("--distinct", action="store_true",
                        help="different documents (mixed-dev), each once, instead of the real pages repeated")
    parser.add_argument("--annotate", action="store_true", help="print cg_annotate's LL-miss table of the difference")
    a = parser.parse_args()
    if a.rounds is not None:
        worker_rounds(a.rounds, a.distinct)
        return
    figures = {}
    if a.only in (None, "faults"):
        figures.update(faults(a.copies))
    if a.only == "peers":
        figures.update(peers(a.peer_rounds, a.repeats))
    if a.only in (None, "traffic"):
        figures.update(traffic(a.annotate, a.distinct))
    for key, value in figures.items():
        print(f"{key:56s} {value:.3f}" if isinstance(value, float) else f"{key:56s} {value}")


if __name__ == "__main__":
    main()
