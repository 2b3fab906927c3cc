"""Leftovers next to bilingual-looking material, on every wmt20 story that ../shared/bench does not use.

    PYTHONPATH=. python bench/leftovers_beside_pairs.py

bench/detection.py scores 64 such documents (detect-leftovers.jsonl); this builds the same four
layouts of build_detection_sets.leftover_docs from all the wmt20 stories, each story in two
rotations (about 560 documents: a sentence without its translation between inline pairs, a Chinese
line next to other English, a clause glued into English, an untranslated paragraph), and prints
the share of leftover Han flagged and of the deliberate Han (the pairs around them) flagged.
Nothing is written; the documents come out the same on every run.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_detection_sets import leftover_docs, wmt_pairs  # noqa: E402
from detection import flagged, han_positions  # noqa: E402


def main() -> None:
    stories = wmt_pairs()
    docs = leftover_docs(stories + [s[1:] + s[:1] for s in stories], None)
    totals = {"leftovers": [0, 0], "deliberate": [0, 0]}
    by_layout: dict[str, list[int]] = {}
    for d, layout in docs:
        doc = json.loads(d.json("", layout))
        text, hits = doc["text"], flagged(doc["text"])
        for label in totals:
            gold = han_positions(text, doc[label])
            totals[label][0] += len(gold & hits)
            totals[label][1] += len(gold)
        gold = han_positions(text, doc["leftovers"])
        row = by_layout.setdefault(layout, [0, 0])
        row[0] += len(gold & hits)
        row[1] += len(gold)
    print(f"documents {len(docs)}")
    print(f"leftovers_flagged {totals['leftovers'][0] / totals['leftovers'][1]:.4f} ({totals['leftovers'][1]} Han)")
    print(f"deliberate_flagged {totals['deliberate'][0] / totals['deliberate'][1]:.4f} ({totals['deliberate'][1]} Han)")
    for layout, (hit, n) in sorted(by_layout.items()):
        print(f"  leftovers.{layout} {hit / n:.4f} ({n} Han)")


if __name__ == "__main__":
    main()
