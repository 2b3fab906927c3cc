"""Score deliberate-Chinese detection on bench/sets/detect-*.jsonl (built by build_detection_sets.py).

    PYTHONPATH=. python bench/detection.py [--set detect|detect2|…|detect49] [--half tune|held]
    PYTHONPATH=. python bench/detection.py --all
    PYTHONPATH=. python bench/detection.py --speed-against DIR [--rounds 5]

Prints `deliberate_flagged` (share of deliberate Han characters reported as leftovers; target
<= 0.03), `deliberate_pages_flagged`, `leftovers_flagged` (share of leftover Han characters
reported; target >= 0.995), and the same per layout. `--all` prints the three figures of every
set, the blind ones (detect14 and later) by halves, and the pooled totals of all their tune and
held halves. `--speed-against DIR` times `mtmend.fix` on
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


FIRST_BLIND = 14  # detect14 and later were written blind; their halves are scored apart


def score_set(name: str, half: str | None) -> tuple[int, int, int, int, int, int]:
    """(deliberate Han flagged, deliberate Han, pages flagged, pages, leftover Han flagged,
    leftover Han) of one set, or of one half of it."""
    d = [0, 0]
    left = [0, 0]
    pages = flagged_pages = 0
    for kind in ("deliberate", "leftovers"):
        for line in (SETS / f"{name}-{kind}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if half and (int(re.findall(r"\d+", doc["id"])[-1]) % 2 == 0) != (half == "tune"):
                continue
            text, hits = doc["text"], flagged(doc["text"])
            gold_d, gold_l = han_positions(text, doc["deliberate"]), han_positions(text, doc["leftovers"])
            d[0] += len(gold_d & hits)
            d[1] += len(gold_d)
            left[0] += len(gold_l & hits)
            left[1] += len(gold_l)
            if kind == "deliberate":
                pages += 1
                flagged_pages += bool(gold_d & hits)
    return d[0], d[1], flagged_pages, pages, left[0], left[1]


def score_all() -> None:
    """Every detection set: deliberate Han flagged, deliberate pages flagged, leftover Han flagged;
    the blind sets by halves, and the totals of all their tune and held halves."""
    names = sorted((p.name.removesuffix("-deliberate.jsonl") for p in SETS.glob("detect*-deliberate.jsonl")),
                   key=lambda n: int(n.removeprefix("detect") or 1))
    totals = {"tune": [0] * 6, "held": [0] * 6}
    for name in names:
        blind = int(name.removeprefix("detect") or 1) >= FIRST_BLIND
        for half in ("tune", "held") if blind else (None,):
            row = score_set(name, half)
            if half:
                totals[half] = [a + b for a, b in zip(totals[half], row)]
            print(f"{name + ('.' + half if half else ''):16} {row[0] / max(row[1], 1):.4f} {row[2]}/{row[3]} "
                  f"{row[4] / max(row[5], 1):.4f}")
    for half, row in totals.items():
        print(f"all blind {half} halves: deliberate {row[0] / max(row[1], 1):.4f}, pages {row[2]}/{row[3]} "
              f"({row[2] / max(row[3], 1):.1%}), leftovers {row[4] / max(row[5], 1):.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speed-against", metavar="DIR")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--set", default="detect", help="detect (tuned on), detect2 ... detect49 "
                    "(hand-written held-out sets: bench/build_written_sets.py, build_blind_sets.py, "
                    "build_blind14.py ... build_blind49.py)")
    ap.add_argument("--half", choices=("tune", "held"), help="only the documents whose number is even "
                    "(tune: their failures were read) or odd (held: never read); for the blind sets")
    ap.add_argument("--all", action="store_true", help="every set in bench/sets, the blind ones (detect14 "
                    "and later) by halves, and the totals of their halves")
    args = ap.parse_args()
    if args.speed_against:
        speed_against(args.speed_against, args.rounds)
        return
    if args.all:
        score_all()
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
