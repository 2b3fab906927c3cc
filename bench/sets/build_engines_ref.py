"""Build bench/sets/engines-ref.jsonl: half-translated news documents with their references.

Each document is a run of WMT zh-en sentence pairs (../shared/corpus/wmt/), most written in
English with the damage machine translation leaves (`,Capital` clause splits, `。` after English)
and a few left in Chinese, the way ../shared/bench/mixed-dev.jsonl is built. Pairs used by
mixed-dev are left out, so this set is not the one mtmend was developed on. Records:

    {"id", "text", "leftovers": [[start, end], ...], "reference": clean English document,
     "pairs": [[zh, en], ...] for the sentences left in Chinese (what bench/refserver.py answers)}

    python bench/sets/build_engines_ref.py   # writes engines-ref.jsonl beside this script (seeded)
    python bench/sets/build_engines_ref.py --seed 23 --out engines-ref-check.jsonl --exclude engines-ref.jsonl

The second set was built after mtmend's engine step was tuned on the first, from sentences the
first does not use: figures on it are figures on material the code was not fitted to.
"""
import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"
DOCS = 60
LATIN_INSIDE = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[A-Za-z]{2,}[^\u4e00-\u9fff]*[\u4e00-\u9fff]")


def damaged(english: str, rng: random.Random) -> str:
    """English as a careless MT pipeline writes it: some commas lose their space and capitalize
    the next word, and the final full stop may become `。`."""
    def comma(m):
        return "," + m.group(1).upper() if rng.random() < 0.4 else m.group(0)

    out = re.sub(r", ([a-z])", lambda m: comma(m) if rng.random() < 0.5 else ",", english) if rng.random() < 0.5 \
        else re.sub(r", ([a-z])", comma, english)
    if out.endswith(".") and rng.random() < 0.4:
        out = out[:-1] + "。"
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", default="engines-ref.jsonl")
    parser.add_argument("--exclude", action="append", default=[], help="another set whose sentences to leave out")
    args = parser.parse_args()
    dev = (SHARED / "bench" / "mixed-dev.jsonl").read_text(encoding="utf-8")
    dev += "".join((HERE / name).read_text(encoding="utf-8") for name in args.exclude)
    pairs = []
    for name in ("wmt19.tsv", "wmt20.tsv"):
        for line in (SHARED / "corpus" / "wmt" / name).read_text(encoding="utf-8").splitlines():
            zh, en = line.split("\t")[:2]
            if zh not in dev and en[:60] not in dev and 20 <= len(zh) <= 400:
                pairs.append((zh, en))
    rng = random.Random(args.seed)
    rng.shuffle(pairs)
    with_latin = [p for p in pairs if LATIN_INSIDE.search(p[0])]
    plain = [p for p in pairs if not LATIN_INSIDE.search(p[0])]
    out = []
    for n in range(DOCS):
        rows = [plain.pop() for _ in range(rng.randint(5, 8))]
        chinese = set(rng.sample(range(len(rows)), rng.randint(1, 3)))
        if n % 2 == 0:  # half the documents hold a sentence with Latin inside the Chinese
            k = rng.choice(sorted(chinese))
            rows[k] = with_latin.pop()
        text, leftovers, kept = "", [], []
        for i, (zh, en) in enumerate(rows):
            if text:
                text += "\n\n" if rng.random() < 0.25 else " "
            if i in chinese:
                leftovers.append([len(text), len(text) + len(zh)])
                kept.append([zh, en])
                text += zh
            else:
                text += damaged(en, rng)
        out.append({"id": f"{Path(args.out).stem}-{n:04d}", "text": text, "leftovers": leftovers,
                    "reference": " ".join(en for _, en in rows), "pairs": kept})
    (HERE / args.out).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out),
                                            encoding="utf-8")


if __name__ == "__main__":
    main()
