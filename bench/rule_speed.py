"""Where the time of `fix` and `check` goes on a long damaged text: each rule, the context, the whole call.

    python bench/rule_speed.py [--copies 8] [--rounds 10] [--against ../main]

The text is the mixed-dev set joined by blank lines, `--copies` times (as score.py's speed
figure builds it). Each rule is timed on a fresh context, in priority order (the first rule to
ask for the suspect runs pays for their scan), with the cyclic collector off so that a rule is
not billed for a collection that other objects started. Figures are CPU milliseconds, the best
of `--rounds`.

`--against DIR` times the `mtmend` package of another checkout in the same process, round by
round alternating with this one, so both see the same machine: a ratio above 1 means this
checkout is faster. (The two packages are imported under other names from a copy in a
temporary folder.)
"""
import argparse
import gc
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from speed_text import speed_text  # bench/speed_text.py

HERE = Path(__file__).resolve().parent.parent


def load_package(source: Path, name: str, folder: Path):
    """The mtmend package in `source`, imported as `name` from a copy in `folder`."""
    shutil.copytree(source / "mtmend", folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    return importlib.import_module(name)


def timings(package, text: str) -> dict[str, float]:
    """One round: the context, each rule on it, all rules, then fix and check (milliseconds)."""
    context = importlib.import_module(package.__name__ + ".context").Context
    rules = importlib.import_module(package.__name__ + ".pipeline").Options().rules
    out = {}
    gc.disable()
    try:
        start = time.process_time()
        ctx = context.build(text)
        out["Context.build"] = time.process_time() - start
        every = time.process_time()
        for r in rules:
            start = time.process_time()
            list(r.find(ctx))
            out[r.id] = time.process_time() - start
        out["all rules"] = time.process_time() - every
    finally:
        gc.enable()
    for name in ("fix", "check"):
        start = time.process_time()
        getattr(package, name)(text)
        out[f"mtmend.{name}"] = time.process_time() - start
    return {k: v * 1000 for k, v in out.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--against", type=Path, help="another checkout whose mtmend is timed alongside")
    a = ap.parse_args()
    text = speed_text(a.copies, "bench/rule_speed.py")
    with tempfile.TemporaryDirectory() as folder:
        sys.path.insert(0, folder)
        packages = {"this": load_package(HERE, "mtmend_this", Path(folder))}
        if a.against:
            packages["other"] = load_package(a.against.resolve(), "mtmend_other", Path(folder))
        for package in packages.values():
            package.fix(text)  # lexicons and matchers load on first use
            package.check(text)
        gc.collect()
        best: dict[str, dict[str, float]] = {name: {} for name in packages}
        for _ in range(a.rounds):
            for name, package in packages.items():
                for key, ms in timings(package, text).items():
                    best[name][key] = min(best[name].get(key, float("inf")), ms)
    mb = len(text.encode()) / 1e6
    print(f"input {mb:.2f} MB, best of {a.rounds} rounds, CPU ms")
    header = f"{'':30s} {'this':>8s}" + (f" {'other':>8s} {'other/this':>10s}" if a.against else "")
    print(header)
    for key, ms in best["this"].items():
        if ms < 0.05 and (not a.against or best["other"].get(key, 0) < 0.05):
            continue  # rules with nothing to do on this text
        line = f"{key:30s} {ms:8.1f}"
        if a.against:
            other = best["other"].get(key, float("nan"))
            line += f" {other:8.1f} {other / ms:10.2f}"
        print(line)
    for name in ("fix", "check"):
        rates = [mb / best[p][f"mtmend.{name}"] * 1000 for p in packages]
        print(f"{'mtmend.' + name + ' MB/s (CPU)':30s}" + "".join(f" {rate:8.2f}" for rate in rates))


if __name__ == "__main__":
    main()
