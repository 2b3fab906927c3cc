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
import re
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


# Written for this set, one document each, in layouts the WMT pairs cannot give: `{D:…}` marks
# deliberate Chinese, `{L:…}` a leftover. (layout, marked text)
WRITTEN_DOCS_DELIBERATE = [
    ("table", "| English | Chinese | Note |\n|---|---|---|\n| tea | {D:茶} | a drink |\n"
              "| train station | {D:火车站} | in every city |\n| thank you | {D:谢谢} | said often |\n"),
    ("learner-pinyin", "Lesson 5: Greetings\n\n{D:你好} (nǐ hǎo) — hello\n{D:早上好} (zǎoshang hǎo) — good morning\n"
                       "{D:再见} (zàijiàn) — goodbye\n\nPractise these with a partner.\n"),
    ("poem", "Quiet Night Thought, by Li Bai\n\n{D:床前明月光，}\nMoonlight before my bed,\n"
             "{D:疑是地上霜。}\nI take it for frost on the ground.\n{D:举头望明月，}\nI raise my head to the bright moon,\n"
             "{D:低头思故乡。}\nI lower it and think of home.\n"),
    ("names", "The film was directed by Zhang Yimou ({D:张艺谋}) and stars Gong Li ({D:巩俐}).\n"
              "Original title: {D:活着}\nChinese name: {D:王小明}\n"),
    ("caption", "Photo: The old city wall at dusk.\n{D:图：黄昏时分的古城墙。}\n\n"
                "Visitors walk along the top of the wall every evening.\n"),
    ("title-subtitle", "{D:春天的故事}\nA Story of Spring\n\nThe song tells of a town that grew into a city.\n"),
    ("quotation", "Confucius said: \"Is it not a pleasure to learn and practise what you have learned?\"\n"
                  "{D:学而时习之，不亦说乎？}\n"),
    ("lyrics", "The Moon Represents My Heart\n\n{D:你问我爱你有多深，}\nYou ask me how deep my love for you is,\n"
               "{D:我爱你有几分。}\nhow much I love you.\n"),
    ("footer", "About us | Contact | Privacy policy\nCopyright 2024 Example Travel Ltd.\n{D:浙ICP备18045678号-2}\n"),
    ("originals-list", "Songs on the album:\n\n1. The Moon on the River\n2. Autumn Wind\n3. Coming Home\n\n"
                       "Original titles:\n\n1. {D:江上的月亮}\n2. {D:秋风}\n3. {D:回家}\n"),
    ("inline-glossed-term", "The dish is called {D:饺子} (dumplings) and is eaten at the new year.\n"
                            "Every family makes them together on the last night of the year.\n"),
    ("heading", "Campus News {D:校园新闻}\n\nThe library will open late on Friday for the exam week.\n"),
]

WRITTEN_DOCS_LEFTOVERS = [
    ("cms-labels", "{L:当前位置：首页 > 新闻中心}\n\nThe city opened a new park on Monday.\n{L:发布时间：2024-03-05 浏览次数：}128\n"),
    ("source-field", "The museum will show bronze pieces from the Shang dynasty.\n{L:来源：新华网 作者：李明}\n"),
    ("untranslated-in-bilingual", "Welcome to our school.\n{D:欢迎来到我们的学校。}\n\n"
                                  "The campus has three libraries.\n{L:学校每年举办一次运动会，学生们都很喜欢。}\n"),
    ("glued-clause", "The minister pointed out,{L:各地要坚持以人民为中心的发展思想},And keep improving services.\n"),
    ("leftover-paragraph", "The company reported higher sales in the third quarter.\n\n"
                           "{L:公司董事会决定在明年扩大生产规模，并在南方新建两座工厂。}\n\n"
                           "Its shares rose three percent after the report.\n"),
    ("leftover-between-pairs", "Our weekly notes for visitors, in both languages.\n\nGood morning. {D:早上好。} "
                               "{L:今天的会议推迟到下午三点举行。} Thank you for coming. {D:谢谢你们的到来。}\n\n"
                               "Please register at the front desk before the tour begins.\n"),
    ("spam", "Our factory makes steel pipes for building work. {L:澳门赌场在线注册送彩金} Contact our sales team.\n"),
    ("byline", "{L:记者 王强 通讯员 张华}\n\nFarmers in the valley began the rice harvest this week.\n"),
]


def marked(layout: str, text: str) -> tuple["Doc", str]:
    """A Doc from text with `{D:…}` and `{L:…}` marks."""
    d, pos = Doc(), 0
    for m in re.finditer(r"\{([DL]):([^}]*)\}", text):
        d.add(text[pos:m.start()]).add(m.group(2), "deliberate" if m.group(1) == "D" else "leftovers")
        pos = m.end()
    d.add(text[pos:])
    return d, layout


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
    deliberate += [marked(*doc) for doc in WRITTEN_DOCS_DELIBERATE]
    leftovers += [marked(*doc) for doc in WRITTEN_DOCS_LEFTOVERS]
    for name, docs in (("deliberate", deliberate), ("leftovers", leftovers)):
        with open(sets / f"detect-{name}.jsonl", "w", encoding="utf-8") as f:
            for i, (d, layout) in enumerate(docs):
                f.write(d.json(f"{name}-{i:03d}", layout) + "\n")
    print(len(deliberate), len(leftovers))


if __name__ == "__main__":
    main()
