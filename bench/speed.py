"""Throughput of mtmend.fix and mtmend.check against the chinese-to-english-punctuation package.

    python bench/speed.py [--copies 8]

Same input for all (the mixed-dev set, concatenated), measured in one run; best of 3.
"""
import argparse
import json
import time
from pathlib import Path

import mtmend

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "mixed-dev.jsonl"


def best(fn, text, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8)
    a = ap.parse_args()
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    text = "\n\n".join(d["text"] for d in docs) * a.copies
    mb = len(text.encode()) / 1e6
    mtmend.fix(text)  # warm up: lexicons load lazily
    fix_s = best(mtmend.fix, text)
    check_s = best(mtmend.check, text)
    from chinese_to_english_punctuation.api import process

    peer_s = best(process, text)
    print(f"input_MB {mb:.2f}")
    print(f"fix_MBps {mb / fix_s:.2f}")
    print(f"check_MBps {mb / check_s:.2f}")
    print(f"c2e_punct_MBps {mb / peer_s:.2f}")
    print(f"fix_vs_c2e_punct {peer_s / fix_s:.2f}")


if __name__ == "__main__":
    main()
