"""How much of the real corpus's leftover Chinese the offline glossary engine finishes.

    python bench/glossary_engine.py [--sample docs/glossary-engine-sample.md]

Counts the Han characters of every leftover that `mtmend check` reports in the mixed pages of
../shared/corpus/real/ (and, separately, in the seed page), and the share of them inside spans
the glossary engine translates. A translation that still contains CJK would be a partial
rendering; their number is printed too (the engine's design makes it 0). With --sample, writes
20 randomly chosen translations (fixed seed) side by side with their Chinese.
"""
import argparse
import random
import time
from pathlib import Path

import mtmend
from mtmend.engines import SpanRequest
from mtmend.scripts import CJK_LETTER_RE, count_han

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
REAL = SHARED / "corpus" / "real"
SEED = SHARED / "seed" / "bit-news-seed.txt"


def leftovers(text):
    return [i for i in mtmend.check(text) if i.rule == "untranslated.leftover"]


def translate(engine, text, issues):
    """One batch per document, as the pipeline sends it."""
    requests = [SpanRequest(text[i.start:i.end], "zh", "en", text[max(0, i.start - 300):i.start],
                            text[i.end:i.end + 300]) for i in issues]
    return [(r.text, answer) for r, answer in zip(requests, engine.translate(requests))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", help="write 20 random translations here (Markdown)")
    a = ap.parse_args()
    if not REAL.exists():
        raise SystemExit(f"bench/glossary_engine.py needs {REAL}")
    engine = mtmend.GlossaryEngine()
    manifest = [line.split("\t") for line in (REAL / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    docs = [(row[0], (REAL / row[0]).read_text(encoding="utf-8")) for row in manifest if row[2] == "mixed"]
    finished = []
    for label, group in (("real", docs), ("seed", [(SEED.name, SEED.read_text(encoding="utf-8"))])):
        han = done = partial = 0
        for name, text in group:
            for chinese, answer in translate(engine, text, leftovers(text)):
                han += count_han(chinese)
                if answer.text is not None:
                    done += count_han(chinese)
                    partial += bool(CJK_LETTER_RE.search(answer.text))
                    finished.append((name, chinese.strip(), answer.text.strip()))
        print(f"{label}.leftover_han {han}")
        print(f"{label}.finished_han {done}")
        print(f"{label}.finished_share {done / max(han, 1):.4f}")
        print(f"{label}.partial_renderings {partial}")
    text = "\n\n".join(t for _, t in docs) * 4
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        mtmend.fix(text, engine=engine)
        best = min(best, time.perf_counter() - t)
    print(f"speed.fix_with_glossary_engine_MBps {len(text.encode()) / 1e6 / best:.2f}")
    if a.sample:
        chosen = random.Random(2026).sample(finished, min(20, len(finished)))
        how_many = ("20 chosen at random (seed 2026) among the" if len(finished) > 20 else
                    f"All {len(finished)} (fewer than 20 exist), in random order, of the")
        lines = ["# Glossary engine: translations from the real corpus", "",
                 f"{how_many} leftovers the offline glossary engine finished in `../shared/corpus/real/`",
                 "(mixed pages) and the seed page, side by side with their Chinese. Produced by",
                 "`python bench/glossary_engine.py --sample docs/glossary-engine-sample.md`.", "",
                 "| page | Chinese | glossary engine |", "|---|---|---|"]
        lines += [f"| {name} | {_cell(zh)} | {_cell(en)} |" for name, zh, en in chosen]
        Path(a.sample).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    main()
