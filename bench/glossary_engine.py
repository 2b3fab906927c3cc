"""How much of the real corpus's leftover Chinese the offline glossary engine finishes.

    python bench/glossary_engine.py [--sample docs/glossary-engine-sample.md] [--sets-only]

Counts the Han characters of every leftover that `mtmend check` reports in the mixed pages of
../shared/corpus/real/ (and, separately, in the seed page), and the share of them inside spans
the glossary engine translates. A translation that still contains CJK would be a partial
rendering; their number is printed too (the engine's design makes it 0). With --sample, writes
40 translations of the labelled sets (text the grammar was not built from) side by side with
their Chinese and references.

Then it scores the labelled sets of short leftovers in English context in bench/sets/*.tsv
(columns id, kind, before, chinese, after, reference; `|` between accepted references, `-` for
a leftover that must stay untranslated: spam, unknown names): the share finished, the share
finished exactly as a reference (after normalising spacing and `%`/`percent`), the finished
ones that match no reference (wrong), and the spam or unknown names rendered.
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
SETS = Path(__file__).resolve().parent / "sets"


def read_set(path):
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    header = rows[0]
    unescape = lambda t: t.replace("\\n", "\n")  # noqa: E731
    return [{k: unescape(v) for k, v in zip(header, row)} for row in rows[1:]]


def _normal(text):
    import re

    text = re.sub(r"(\d) ?(?:%|per cent\b)", r"\1 percent", text.strip())
    return " ".join(text.split())


def score_set(engine, items):
    """(finished, correct, wrong, rendered_negatives, outputs) for one labelled set."""
    finished = correct = negatives_rendered = 0
    wrong, outputs = [], []
    for item in items:
        answer = engine.translate([SpanRequest(item["chinese"], "zh", "en", item["before"], item["after"])])[0]
        refs = item["reference"].split("|")
        outputs.append((item, answer.text))
        if answer.text is None:
            continue
        if refs == ["-"]:
            negatives_rendered += 1
            wrong.append((item, answer.text))
            continue
        finished += 1
        if _normal(answer.text) in {_normal(r) for r in refs}:
            correct += 1
        else:
            wrong.append((item, answer.text))
    return finished, correct, wrong, negatives_rendered, outputs


def report_sets(engine, verbose=True):
    all_outputs = []
    for path in sorted(SETS.glob("*.tsv")):
        items = read_set(path)
        positives = [i for i in items if i["reference"] != "-"]
        finished, correct, wrong, negatives, outputs = score_set(engine, items)
        label = path.stem
        print(f"{label}.items {len(positives)} (+{len(items) - len(positives)} must stay)")
        print(f"{label}.finished_share {finished / max(len(positives), 1):.4f}")
        print(f"{label}.correct_share {correct / max(len(positives), 1):.4f}")
        print(f"{label}.wrong_renderings {len(wrong) - negatives}")
        print(f"{label}.spam_or_unknown_rendered {negatives}")
        if verbose:
            for item, text in wrong:
                print(f"  wrong {item['id']}: {item['chinese']} -> {text!r} (ref {item['reference']!r})")
        all_outputs += [(path.stem, item, text) for item, text in outputs]
    return all_outputs


def leftovers(text):
    return [i for i in mtmend.check(text) if i.rule == "untranslated.leftover"]


def translate(engine, text, issues):
    """One batch per document, as the pipeline sends it."""
    requests = [SpanRequest(text[i.start:i.end], "zh", "en", text[max(0, i.start - 300):i.start],
                            text[i.end:i.end + 300]) for i in issues]
    return [(r.text, answer) for r, answer in zip(requests, engine.translate(requests))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", help="write 40 translations of the labelled sets here (Markdown)")
    ap.add_argument("--sets-only", action="store_true", help="score only the labelled sets")
    a = ap.parse_args()
    engine = mtmend.GlossaryEngine()
    outputs = report_sets(engine)
    if a.sample:
        write_sample(a.sample, outputs)
    if a.sets_only:
        return
    if not REAL.exists():
        raise SystemExit(f"bench/glossary_engine.py needs {REAL}")
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
def write_sample(path, outputs):
    """40 items of the labelled sets (fixed seed): what the engine wrote, or that it left the span."""
    written = [o for o in outputs if o[0] in ("second-leftovers", "third-leftovers")]  # short-leftovers: built with the grammar
    cut = [o for o in outputs if o[0].startswith("wmt")]
    rng = random.Random(2026)
    chosen = rng.sample(written, min(20, len(written))) + rng.sample(cut, min(20, len(cut)))
    lines = ["# Glossary engine: a sample of its output on held-out text", "",
             "40 items chosen at random (seed 2026; 20 written, 20 cut) from the held-out labelled sets in `bench/sets/`: short",
             "leftovers in English sentences, written after the grammar (second-, third-leftovers) or cut",
             "automatically from WMT19/WMT20 news translations (the translator's words are the reference).",
             "The grammar was not built from them (see BENCHMARKS.md for what their first scores showed).",
             "*left* means the engine did not finish the span, which stays flagged.",
             "Produced by `python bench/glossary_engine.py --sets-only --sample docs/glossary-engine-sample.md`.", "",
             "| set | English before | Chinese | glossary engine | reference |", "|---|---|---|---|---|"]
    for name, item, text in sorted(chosen, key=lambda c: (c[0], c[1]["id"])):
        lines.append(f"| {name} | {_cell(item['before'][-40:])} | {_cell(item['chinese'])} | "
                     f"{_cell(text) if text is not None else '*left*'} | {_cell(item['reference'])} |")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    main()
