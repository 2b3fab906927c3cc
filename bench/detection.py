"""Score deliberate-Chinese detection on bench/sets/detect-*.jsonl (built by build_detection_sets.py).

    PYTHONPATH=. python bench/detection.py

Prints `deliberate_flagged` (share of deliberate Han characters reported as leftovers; target
<= 0.03), `deliberate_pages_flagged`, `leftovers_flagged` (share of leftover Han characters
reported; target >= 0.995), and the same per layout.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import mtmend

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SETS = Path(__file__).resolve().parent / "sets"


def han_positions(text: str, spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if HAN.match(text[i])}


def flagged(text: str) -> set[int]:
    return han_positions(text, [(i.start, i.end) for i in mtmend.check(text)
                                if i.kind == "untranslated" and i.severity != "info"])


def main() -> None:
    totals = defaultdict(lambda: [0, 0])
    pages = pages_flagged = 0
    for name in ("deliberate", "leftovers"):
        for line in (SETS / f"detect-{name}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
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
    for key in sorted(k for k in totals if "." in k):
        hit, n = totals[key]
        print(f"  {key} {hit / max(n, 1):.4f} ({n} Han)")


if __name__ == "__main__":
    main()
