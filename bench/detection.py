"""Score deliberate-Chinese detection on bench/sets/detect-*.jsonl (built by build_detection_sets.py).

    PYTHONPATH=. python bench/detection.py [--set detect|detect2|…|detect27] [--half tune|held]
    PYTHONPATH=. python bench/detection.py --speed-against DIR [--rounds 5]

Prints `deliberate_flagged` (share of deliberate Han characters reported as leftovers; target
<= 0.03), `deliberate_pages_flagged`, `leftovers_flagged` (share of leftover Han characters
reported; target >= 0.995), and the same per layout. `--speed-against DIR` times `mtmend.fix` on
score.py's speed text (mixed-dev x 8) for this tree and for the mtmend in DIR (a checkout of the
baseline), in alternating child processes, and prints the median of the per-round ratios: the
machines are too noisy for absolute figures.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import mtmend

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SETS = Path(__file__).resolve().parent / "sets"
MIXED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "mixed-dev.jsonl"
_TIMER = """
import json, sys, time
import mtmend
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
text = "\\n\\n".join(d["text"] for d in docs) * 8
mtmend.fix(text)
best = float("inf")
for _ in range(3):
    t = time.perf_counter(); mtmend.fix(text); best = min(best, time.perf_counter() - t)
print(len(text.encode()) / 1e6 / best)
"""


def fix_speed(tree: str) -> float:
    env = dict(os.environ, PYTHONPATH=tree)
    out = subprocess.run([sys.executable, "-c", _TIMER, str(MIXED)], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout)


def speed_against(baseline: str, rounds: int) -> None:
    here = str(Path(__file__).resolve().parent.parent)
    ratios, mine, theirs = [], [], []
    for _ in range(rounds):
        theirs.append(fix_speed(baseline))
        mine.append(fix_speed(here))
        ratios.append(mine[-1] / theirs[-1])
    print(f"fix_MBps this tree {max(mine):.2f}, baseline {max(theirs):.2f} (best rounds)")
    print(f"fix speed ratio, median of {rounds} rounds {statistics.median(ratios):.3f} "
          f"({min(ratios):.3f}-{max(ratios):.3f})")


def han_positions(text: str, spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if HAN.match(text[i])}


def flagged(text: str) -> set[int]:
    return han_positions(text, [(i.start, i.end) for i in mtmend.check(text)
                                if i.kind == "untranslated" and i.severity != "info"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speed-against", metavar="DIR")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--set", default="detect", help="detect (tuned on), detect2 ... detect27 "
                    "(hand-written held-out sets: bench/build_written_sets.py, build_blind_sets.py, "
                    "build_blind14.py ... build_blind27.py)")
    ap.add_argument("--half", choices=("tune", "held"), help="only the documents whose number is even "
                    "(tune: their failures were read) or odd (held: never read); for detect14 to detect27")
    args = ap.parse_args()
    if args.speed_against:
        speed_against(args.speed_against, args.rounds)
        return
    totals = defaultdict(lambda: [0, 0])
    pages = pages_flagged = 0
    for name in ("deliberate", "leftovers"):
        for line in (SETS / f"{args.set}-{name}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if args.half and (int(re.findall(r"\d+", doc["id"])[-1]) % 2 == 0) != (args.half == "tune"):
                continue
            text, hits = doc["text"], flagged(doc["text"])
            for label in ("deliberate", "leftovers"):
                gold = han_positions(text, doc[label])
                for key in (label, f"{label}.{doc['layout']}"):
                    totals[key][0] += len(gold & hits)
                    totals[key][1] += len(gold)
            if name == "deliberate":
                pages += 1
                pages_flagged += bool(han_positions(text, doc["deliberate"]) & hits)
    print(f"deliberate_flagged {totals['deliberate'][0] / totals['deliberate'][1]:.4f}")
    print(f"deliberate_pages_flagged {pages_flagged}/{pages}")
    print(f"leftovers_flagged {totals['leftovers'][0] / totals['leftovers'][1]:.4f}")
    for key in sorted(k for k in totals if "." in k and totals[k][1]):
        hit, n = totals[key]
        print(f"  {key} {hit / max(n, 1):.4f} ({n} Han)")


if __name__ == "__main__":
    main()
