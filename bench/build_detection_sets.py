"""Build bench/sets/detect-*.jsonl: labelled documents for bench/detection.py.

Deliberate Chinese in varied layouts and half-translated documents whose leftovers sit next to
bilingual-looking material. Sentences come from ../shared/corpus/wmt/wmt20.tsv (detection was
tuned on wmt19), skipping any that ../shared/bench uses; a few layouts are written here by hand.
Labels are character offsets: `deliberate` (Chinese that must not be flagged) and `leftovers`
(Chinese that must be). Deterministic: `python bench/build_detection_sets.py` rewrites the sets.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.deliberate: list[list[int]] = []
        self.leftovers: list[list[int]] = []
        self.size = 0

    def add(self, text: str, label: str | None = None) -> "Doc":
        if label:
            getattr(self, label).append([self.size, self.size + len(text)])
        self.parts.append(text)
        self.size += len(text)
        return self

    def json(self, id_: str, layout: str) -> str:
        return json.dumps({"id": id_, "layout": layout, "text": "".join(self.parts),
                           "deliberate": self.deliberate, "leftovers": self.leftovers}, ensure_ascii=False)


def wmt_pairs() -> list[list[tuple[str, str]]]:
    """wmt20 pairs in runs of consecutive sentences (one news story each), unused by ../shared/bench."""
    used = " ".join(p.read_text(encoding="utf-8") for p in (SHARED / "bench").glob("*.jsonl"))
    pairs = [line.split("\t") for line in (SHARED / "corpus/wmt/wmt20.tsv").read_text(encoding="utf-8").splitlines()]
    good = [(z.strip(), e.strip()) for z, e in pairs
            if 12 <= len(z) <= 90 and e[:40] not in used and z[:12] not in used and "\n" not in e]
    return [good[i:i + 5] for i in range(0, len(good) - 5, 5)]


# Written for this set: (English before, Chinese, English after), the Chinese deliberate.
WRITTEN_DELIBERATE = [
    ("", "欢迎来到我们的学校。", "\nWelcome to our school.\n"),
    ("The film's Chinese title is given in the credits.\nOriginal title: ", "英雄本色", "\nDirector: John Woo\n"),
    ("Lesson 3: At the market\n\nHow much is this apple? ", "这个苹果多少钱？", " It is five yuan. "),
    ("The sign at the gate reads: Visitors must register at the front desk. ", "访客须在前台登记。", "\n"),
    ("My favourite proverb: practice makes perfect.\n", "熟能生巧。", "\n"),
    ("Contact us | Privacy\n", "沪ICP备20012345号-1", "\n"),
]


def deliberate_docs(stories, rng) -> list[tuple[Doc, str]]:
    out = []
    for k, story in enumerate(stories):
        layout = ("inline-en-zh", "inline-zh-en", "lines-en-zh", "lines-zh-en", "paragraphs", "list-after")[k % 6]
        d = Doc()
        if layout == "inline-en-zh":
            for z, e in story[:4]:
                d.add(e + " ").add(z, "deliberate").add(" ")
        elif layout == "inline-zh-en":
            for z, e in story[:4]:
                d.add(z, "deliberate").add(" " + e + " ")
        elif layout == "lines-en-zh":
            for z, e in story[:4]:
                d.add(e + "\n").add(z, "deliberate").add("\n")
        elif layout == "lines-zh-en":
            for z, e in story[:4]:
                d.add(z, "deliberate").add("\n" + e + "\n\n")
        elif layout == "paragraphs":
            d.add(" ".join(e for _, e in story[:2]) + "\n\n").add("".join(z for z, _ in story[:2]), "deliberate").add("\n\n")
            d.add(" ".join(e for _, e in story[2:4]) + "\n\n").add("".join(z for z, _ in story[2:4]), "deliberate").add("\n")
        else:
            d.add("Quotations in this story:\n\n")
            for i, (_, e) in enumerate(story[:4]):
                d.add(f"{i + 1}. {e}\n")
            d.add("\nThe originals:\n\n")
            for i, (z, _) in enumerate(story[:4]):
                d.add(f"{i + 1}. ").add(z, "deliberate").add("\n")
        if k % 5 == 0:
            d.add("\nOriginal title: ").add(story[4][0][:10], "deliberate").add("\n")
        if k < len(WRITTEN_DELIBERATE):
            before, zh, after = WRITTEN_DELIBERATE[k]
            d.add("\n" + before).add(zh, "deliberate").add(after)
        if k % 7 == 0:
            d.add("\nCopyright 2020 Example News. ").add(f"京ICP备{rng.randrange(10**7, 10**8)}号", "deliberate").add("\n")
        out.append((d, layout))
    return out


def leftover_docs(stories, rng) -> list[tuple[Doc, str]]:
    out = []
    for k, story in enumerate(stories):
        layout = ("inline-gap", "lines-wrong-english", "clause-glued", "paragraph-unrelated")[k % 4]
        d = Doc()
        (z1, e1), (z2, e2), (z3, e3), (z4, e4), (z5, e5) = story[:5]
        if layout == "inline-gap":  # a pair, then a sentence whose translation is missing, then a pair
            d.add(e1 + " ").add(z1, "deliberate").add(" ").add(z2, "leftovers").add(" " + e3 + " ").add(z3, "deliberate")
        elif layout == "lines-wrong-english":  # alternating lines, one Chinese line next to other English
            d.add(e1 + "\n").add(z1, "deliberate").add("\n" + e3 + "\n").add(z2, "leftovers").add("\n" + e4 + "\n")
        elif layout == "clause-glued":  # MT left a clause in Chinese inside an English sentence
            d.add(e1 + "\n").add(z1, "deliberate").add("\n\n" + e2.rstrip(".") + ",").add(z2.rstrip("。"), "leftovers")
            d.add("," + e3[0].upper() + e3[1:] + "\n")
        else:  # an untranslated paragraph between paragraphs of the same story
            d.add(e1 + " " + e3 + "\n\n").add(z2 + z4, "leftovers").add("\n\n" + e5 + "\n")
        out.append((d, layout))
    return out


def main() -> None:
    rng = random.Random(20)
    stories = wmt_pairs()
    rng.shuffle(stories)
    sets = HERE / "sets"
    sets.mkdir(exist_ok=True)
    deliberate = deliberate_docs(stories[:66], rng)
    rest = stories[66:]
    leftovers = leftover_docs((rest + [s[1:] + s[:1] for s in rest])[:64], rng)
    for name, docs in (("deliberate", deliberate), ("leftovers", leftovers)):
        with open(sets / f"detect-{name}.jsonl", "w", encoding="utf-8") as f:
            for i, (d, layout) in enumerate(docs):
                f.write(d.json(f"{name}-{i:03d}", layout) + "\n")
    print(len(deliberate), len(leftovers))


if __name__ == "__main__":
    main()
