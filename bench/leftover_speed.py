"""CPU time of leftover detection on the speed text (mixed-dev x 8, as score.py builds it).

    python bench/leftover_speed.py [--rounds 15] [--copies 8]

Prints the best-of-rounds CPU time (time.process_time, so other processes on a shared machine
count less) of Context.build, find_leftovers, find_runs, script_shares and fix. To compare two
trees, run it under each PYTHONPATH back to back, alternating, and compare the ratios.
"""
import argparse
import json
import time
from pathlib import Path

import mtmend
from mtmend.context import Context
from mtmend.leftovers import find_leftovers, find_runs, script_shares

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "mixed-dev.jsonl"


def best_ms(fn, text, rounds):
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--copies", type=int, default=8)
    a = ap.parse_args()
    if not BENCH.exists():
        raise SystemExit(f"bench/leftover_speed.py needs {BENCH} (the shared benchmark sets)")
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    text = "\n\n".join(d["text"] for d in docs) * a.copies
    mtmend.fix(text)  # warm up: lexicons load lazily
    print(f"input_MB {len(text.encode()) / 1e6:.2f}")
    for name, fn in (("context_build", Context.build), ("find_leftovers", find_leftovers),
                     ("find_runs", find_runs), ("script_shares", script_shares)):
        print(f"{name}_ms {best_ms(fn, text, a.rounds):.2f}")
    print(f"fix_ms {best_ms(mtmend.fix, text, max(3, a.rounds // 3)):.2f}")


if __name__ == "__main__":
    main()
