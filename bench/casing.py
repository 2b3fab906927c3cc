"""casing.exact on clause-split sets, scored like ../shared/tools/score.py.

    python bench/casing.py [--failures] [SET.jsonl ...]

Default sets: ../shared/bench/casing-dev.jsonl, bench/sets/casing-own-tune.jsonl,
bench/sets/casing-own-heldout.jsonl and bench/sets/casing-own-kinds.jsonl (built by
bench/build_casing_set.py), and the two halves of the blind sets casing-own2 … casing-own5
(bench/build_casing_own2.py … build_casing_own5.py). A paragraph counts when
the output's tokens equal the reference's. `--failures` prints the paragraphs that differ, but
never for the held-out half: its failures are not read, so its figure stays honest.
"""
import argparse
import difflib
import json
import re
import time
from pathlib import Path

import mtmend

ROOT = Path(__file__).resolve().parent
DEFAULT = [ROOT.parent.parent / "shared" / "bench" / "casing-dev.jsonl",
           ROOT / "sets" / "casing-own-tune.jsonl", ROOT / "sets" / "casing-own-heldout.jsonl",
           ROOT / "sets" / "casing-own-kinds.jsonl", ROOT / "sets" / "casing-own2-tune.jsonl",
           ROOT / "sets" / "casing-own2-heldout.jsonl", ROOT / "sets" / "casing-own3-tune.jsonl",
           ROOT / "sets" / "casing-own3-heldout.jsonl", ROOT / "sets" / "casing-own4-tune.jsonl",
           ROOT / "sets" / "casing-own4-heldout.jsonl", ROOT / "sets" / "casing-own5-tune.jsonl",
           ROOT / "sets" / "casing-own5-heldout.jsonl"]


def tokens(s: str) -> list[str]:
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return re.findall(r"\w+|[^\w\s]", s)


def score(path: Path, show: bool) -> tuple[int, int, float]:
    n = ok = 0
    seconds = 0.0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        t = time.perf_counter()
        out = mtmend.fix(doc["text"]).text.split("\n\n")
        seconds += time.perf_counter() - t
        ref = doc["reference"].split("\n\n")
        n += len(ref)
        for a, b in zip(out, ref):
            if tokens(a) == tokens(b):
                ok += 1
            elif show:
                ta, tb = tokens(a), tokens(b)
                diff = [f"{x!r}->{y!r}" for op, i1, i2, j1, j2 in
                        difflib.SequenceMatcher(a=tb, b=ta, autojunk=False).get_opcodes() if op != "equal"
                        for x, y in [(" ".join(tb[i1:i2]), " ".join(ta[j1:j2]))]]
                print(f"  {doc['id']}: {'; '.join(diff)}\n    {b}")
    return ok, n, seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--failures", action="store_true")
    a = ap.parse_args()
    for path in a.sets or DEFAULT:
        if not path.exists():
            print(f"{path.name} missing (run bench/build_casing_set.py; ../shared is needed)")
            continue
        show = a.failures and "heldout" not in path.name
        ok, n, seconds = score(path, show)
        print(f"casing.exact {path.stem} {ok / max(n, 1):.4f} ({ok}/{n}, {seconds:.1f} s)")


if __name__ == "__main__":
    main()
