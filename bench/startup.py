"""Start-up time of the `mtmend` command, as a pre-commit hook or an editor pays it on every call.

    python bench/startup.py [--runs 20] [--json out.json]

Each command runs `--runs` times as a fresh process on the same 2 KB page (the project's
example page, repeated to 2 KB); the figures are the median wall time and the median CPU time
(user + system) of the process. The runs are interleaved (one of each command per round)
because the shared machines drift; ratios to `python -c pass` (the interpreter's own start, the
floor) are reported beside them for the same reason, and CPU time suffers less than wall time
from other processes on a loaded machine. ftfy's command line, on the same file, is the peer: a
small text-repair CLI in Python.

The package's bytecode is compiled first and PYTHONDONTWRITEBYTECODE is dropped for the runs,
as for an installed package (pip compiles bytecode on install): without it every start
recompiles each module from source.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "campus-visit.txt"
PAGE_BYTES = 2048


def page(folder: Path) -> Path:
    """The example page repeated to 2 KB, cut at a line end (a page with real issues)."""
    lines, size = [], 0
    source = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    while size < PAGE_BYTES:
        for line in source:
            if size + len(line.encode()) > PAGE_BYTES and lines:
                break
            lines.append(line)
            size += len(line.encode())
        else:
            continue
        break
    path = folder / "page.txt"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def commands(path: Path) -> dict[str, list[str]]:
    bin_dir = Path(sys.executable).parent
    mtmend = shutil.which("mtmend", path=str(bin_dir)) or shutil.which("mtmend")
    found = {"python -c pass": [sys.executable, "-c", "pass"]}
    if mtmend:
        found["mtmend --version"] = [mtmend, "--version"]
        found["mtmend --help"] = [mtmend, "--help"]
        found["mtmend check (2 KB page)"] = [mtmend, "check", str(path)]
    ftfy = shutil.which("ftfy", path=str(bin_dir)) or shutil.which("ftfy")
    if ftfy:
        found["ftfy (2 KB page)"] = [ftfy, str(path)]
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = page(Path(tmp))
        size = path.stat().st_size
        todo = commands(path)
        if "mtmend check (2 KB page)" not in todo:
            raise SystemExit("bench/startup.py: no `mtmend` command beside this Python; install the project first")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(ROOT)
        compileall.compile_dir(str(ROOT / "mtmend"), quiet=1)
        wall: dict[str, list[float]] = {name: [] for name in todo}
        cpu: dict[str, list[float]] = {name: [] for name in todo}
        for name, cmd in todo.items():  # warm the file cache once
            subprocess.run(cmd, capture_output=True, env=env, cwd=tmp)
        for _ in range(a.runs):
            for name, cmd in todo.items():
                before, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
                subprocess.run(cmd, capture_output=True, env=env, cwd=tmp)
                wall[name].append(time.perf_counter() - t)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    wall_floor, cpu_floor = statistics.median(wall["python -c pass"]), statistics.median(cpu["python -c pass"])
    figures = {name: {"wall_ms": round(statistics.median(wall[name]) * 1000, 1),
                      "wall_vs_python": round(statistics.median(wall[name]) / wall_floor, 2),
                      "cpu_ms": round(statistics.median(cpu[name]) * 1000, 1),
                      "cpu_vs_python": round(statistics.median(cpu[name]) / cpu_floor, 2)} for name in todo}
    print(f"{'command':28} {'wall ms':>8} {'x python':>9} {'cpu ms':>8} {'x python':>9}   (medians of {a.runs})")
    for name, f in figures.items():
        print(f"{name:28} {f['wall_ms']:>8} {f['wall_vs_python']:>9} {f['cpu_ms']:>8} {f['cpu_vs_python']:>9}")
    if a.json:
        Path(a.json).write_text(json.dumps({"runs": a.runs, "page_bytes": size,
                                            "figures": figures}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
