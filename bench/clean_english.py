"""Harm check: what `fix` changes in clean English news.

    python bench/clean_english.py [--quiet]

The English side of ../shared/corpus/wmt/*.tsv is correct English (WMT references and
English-original news). It is grouped into paragraphs of four sentences and documents of ten
paragraphs, run through mtmend.fix, and every edit by a casing, spacing.after-punctuation or
terminology rule is listed with its context. Each one is a repair a copy editor would reject,
unless the source sentence itself was wrong. bench/sets/casing-own-clean.jsonl adds paragraphs
written for this check, with the kinds that news from other years has: datelines with months,
market terms (`A-share`), domains (`HowMuch.Net`), brands that are common words, titles of
office. Counts per rule are printed last.
"""
import json
import argparse
from collections import Counter
from pathlib import Path

import mtmend

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
WATCHED = ("casing.", "spacing.after-punctuation", "terminology.")


def documents() -> list[str]:
    sentences = []
    for path in sorted((SHARED / "corpus" / "wmt").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].strip():
                sentences.append(" ".join(parts[1].split()))
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    docs = ["\n\n".join(paragraphs[i:i + 10]) for i in range(0, len(paragraphs), 10)]
    written = Path(__file__).resolve().parent / "sets" / "casing-own-clean.jsonl"
    return docs + [json.loads(line)["text"] for line in written.read_text(encoding="utf-8").splitlines()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quiet", action="store_true", help="counts only")
    a = ap.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"bench/clean_english.py needs {SHARED}")
    counts: Counter[str] = Counter()
    docs = documents()
    for text in docs:
        for e in mtmend.fix(text).edits:
            if not e.rule.startswith(WATCHED):
                continue
            counts[e.rule] += 1
            if not a.quiet:
                before = text[max(0, e.start - 40):e.start].replace("\n", " ")
                after = text[e.end:e.end + 30].replace("\n", " ")
                print(f"{e.rule}: …{before}[{e.before!r}->{e.after!r}]{after}…")
    total = sum(len(d) for d in docs)
    print(f"clean English: {len(docs)} documents, {total / 1e6:.2f} MB; edits by rule: "
          f"{dict(sorted(counts.items())) or 'none'}; total {sum(counts.values())}")


if __name__ == "__main__":
    main()
