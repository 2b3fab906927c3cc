"""CPU time of leftover detection on the speed text (mixed-dev x 8, as score.py builds it).

    python bench/leftover_speed.py [--rounds 15] [--copies 8]

Prints the best-of-rounds CPU time (time.process_time, so other processes on a shared machine
count less) of Context.build, find_leftovers, find_runs, script_shares and fix. To compare two
trees, run it under each PYTHONPATH back to back, alternating, and compare the ratios.
"""
import argparse
import time

import mtmend
from mtmend.context import Context
from mtmend.leftovers import find_leftovers, find_runs, script_shares
from speed_text import speed_text  # bench/speed_text.py



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
    text = speed_text(a.copies, "bench/leftover_speed.py")
    mtmend.fix(text)  # warm up: lexicons load lazily
    print(f"input_MB {len(text.encode()) / 1e6:.2f}")
    for name, fn in (("context_build", Context.build), ("find_leftovers", find_leftovers),
                     ("find_runs", find_runs), ("script_shares", script_shares)):
        print(f"{name}_ms {best_ms(fn, text, a.rounds):.2f}")
    print(f"fix_ms {best_ms(mtmend.fix, text, max(3, a.rounds // 3)):.2f}")


if __name__ == "__main__":
    main()
