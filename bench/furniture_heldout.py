"""Scores the glossary engine on bench/sets/furniture-heldout.jsonl: pages with page furniture,
sentences and spam left in Chinese, each leftover with its accepted English (`-`: must stay).

    python bench/furniture_heldout.py [set.jsonl ...]

Han finished: leftover Han characters an engine edit replaced. Right: the edit's English (spacing
folded) equals a reference of the leftovers it covers, joined by the text between them. Wrong:
any other finished edit, and any must-stay leftover rendered."""
from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

import mtmend
from mtmend.scripts import HAN_RE

DEFAULT = Path(__file__).parent / "sets" / "furniture-heldout.jsonl"


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score(path: Path) -> dict[str, int]:
    totals = {"han": 0, "finished": 0, "right": 0, "wrong_edits": 0, "must_stay_rendered": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        text, spans, refs = page["text"], page["leftovers"], page["references"]
        han = [sum(1 for c in text[s:e] if HAN_RE.match(c)) for s, e in spans]
        totals["han"] += sum(han)
        result = mtmend.fix(text, engine="glossary")
        for edit in (e for e in result.edits if e.rule.startswith("engine.")):
            covered = [n for n, (s, e) in enumerate(spans) if s < edit.end and edit.start < e]
            if not covered:
                continue
            done = sum(han[n] for n in covered)
            totals["finished"] += done
            if any(refs[n] == ["-"] for n in covered):
                totals["must_stay_rendered"] += 1
                print("MUST STAY", page["id"], edit.before, "->", edit.after, sep="\t")
                continue
            gaps = [text[spans[a][1]:spans[b][0]] for a, b in zip(covered, covered[1:])]
            expected = {_fold("".join(p + g for p, g in zip(combo, gaps + [""])))
                        for combo in itertools.product(*(refs[n] for n in covered))}
            # the edit may leave the leftover's Latin ends (`发布日期：2025-03-14`): they are its English too
            shown = text[min(spans[covered[0]][0], edit.start):edit.start] + edit.after + text[edit.end:max(spans[covered[-1]][1], edit.end)]
            if _fold(shown) in expected:
                totals["right"] += done
            else:
                totals["wrong_edits"] += 1
                print("WRONG", page["id"], edit.before, "->", edit.after, sep="\t")
    return totals


def main(argv: list[str]) -> None:
    for path in [Path(a) for a in argv] or [DEFAULT]:
        t = score(path)
        name = path.stem
        print(f"{name}.leftover_han {t['han']}")
        print(f"{name}.finished_han {t['finished']} ({t['finished'] / max(t['han'], 1):.1%})")
        print(f"{name}.finished_right_han {t['right']} ({t['right'] / max(t['han'], 1):.1%})")
        print(f"{name}.wrong_edits {t['wrong_edits']}")
        print(f"{name}.must_stay_rendered {t['must_stay_rendered']}")


if __name__ == "__main__":
    main(sys.argv[1:])
