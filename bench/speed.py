"""Throughput of mtmend.fix and mtmend.check against the chinese-to-english-punctuation package.

    python bench/speed.py [--copies 8] [--rounds 7]

Same input for all: the mixed-dev set concatenated `--copies` times, as score.py builds it.
The machines are noisy (shared cores whose speed drifts by half within a minute), so each round
times the peer and mtmend back to back, and the ratio reported is the median of the per-round
ratios; the MB/s figures are the best round of each, for scale.
"""
import argparse
import statistics
import time

import mtmend
from speed_text import speed_text  # bench/speed_text.py


def timed(fn, text):
    t = time.perf_counter()
    fn(text)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()
    text = speed_text(a.copies, "bench/speed.py")
    from chinese_to_english_punctuation.api import process

    mb = len(text.encode()) / 1e6
    mtmend.fix(text)  # warm up: lexicons load lazily
    rounds = []
    for _ in range(a.rounds):
        peer = timed(process, text)
        fix = timed(mtmend.fix, text)
        check = timed(mtmend.check, text)
        rounds.append((peer, fix, check))
    print(f"input_MB {mb:.2f}")
    print(f"fix_MBps {mb / min(r[1] for r in rounds):.2f}")
    print(f"check_MBps {mb / min(r[2] for r in rounds):.2f}")
    print(f"c2e_punct_MBps {mb / min(r[0] for r in rounds):.2f}")
    ratios = sorted(peer / fix for peer, fix, _ in rounds)
    print(f"fix_vs_c2e_punct_median {statistics.median(ratios):.2f}")
    print(f"fix_vs_c2e_punct_range {ratios[0]:.2f}-{ratios[-1]:.2f}")


if __name__ == "__main__":
    main()
