"""Build held-out synthetic sets from WMT20 pairs, laid out like ../shared/bench's dev sets.

    python bench/build_mixed_heldout.py      # rewrites bench/sets/{mixed,gloss,casing}-wmt20.jsonl

Score them with ../shared/tools/score.py:

    python ../shared/tools/score.py --bench bench/sets --suffix wmt20 --only mixed,gloss,casing

Only pairs of ../shared/corpus/wmt/wmt20.tsv that no ../shared/bench set uses are taken. The
mixed set's leftovers (the Chinese left in) are drawn first from pairs whose Chinese none of
bench/sets shows either, so that the Chinese tested was never in a document detection was tuned
on; English sentences come from the whole unused pool, never from a pair whose Chinese is in the
same document.

- mixed-wmt20: eight pairs a document in random order, each left in Chinese with a fixed chance,
  joined by a space, nothing, a line break or a paragraph break; the English carries MT
  artifacts (full-width final stop, colon and semicolon, no space after commas, a capital after
  a comma). `leftovers` are the [start, end] spans of the Chinese; `reference` is the clean
  English of all eight pairs joined by spaces.
- gloss-wmt20: clean English with a Chinese gloss after a name whose Chinese form the pair's own
  Chinese side contains (`Moscow (莫斯科)`, `Russia, 俄罗斯,`); `deliberate` are the glosses.
- casing-wmt20: fifteen paragraphs a document, one pair each, every `, x` turned into `,X` and the
  paragraph's final stop into `。`; `reference` is the original English.

Deterministic: one seeded random.Random per set.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
OUT = HERE / "sets"
HAN = re.compile(r"[\u3400-\u9fff]")

PAIRS_PER_DOC = 8
LEFTOVER_CHANCE = 0.21
# separator before a unit: (text, weight), roughly the mix of mixed-dev
SEPARATORS = ((" ", 45), ("", 33), ("\n\n", 16), ("\n", 6))

# English names and their usual Chinese forms; a gloss is written only where the pair's Chinese has it
GLOSS_NAMES = {
    "China": "中国", "Russia": "俄罗斯", "Japan": "日本", "Beijing": "北京", "Shanghai": "上海",
    "Hong Kong": "香港", "Britain": "英国", "France": "法国", "Germany": "德国", "India": "印度",
    "Iran": "伊朗", "Ukraine": "乌克兰", "Australia": "澳大利亚", "Canada": "加拿大", "London": "伦敦",
    "Paris": "巴黎", "Washington": "华盛顿", "Moscow": "莫斯科", "Trump": "特朗普", "Europe": "欧洲",
    "Syria": "叙利亚", "Brazil": "巴西", "Italy": "意大利", "Spain": "西班牙", "Mexico": "墨西哥",
    "Israel": "以色列", "Turkey": "土耳其", "Boeing": "波音", "Apple": "苹果", "Google": "谷歌",
    "Brexit": "脱欧", "Venezuela": "委内瑞拉", "Pakistan": "巴基斯坦", "Egypt": "埃及",
}
GLOSS_FORMS = ("{} ({})", "{} （{}）", "{} [{}]", "{}, {},")


def _used_text(folder: Path, suffixes: tuple[str, ...]) -> str:
    """Every set in folder but the ones this script writes, so that a rerun draws the same pairs."""
    return " ".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())
                    if p.suffix in suffixes and not p.name.endswith("-wmt20.jsonl"))


def wmt20_pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(pairs whose Chinese no set of ours shows, every pair unused by ../shared/bench)."""
    shared = _used_text(SHARED / "bench", (".jsonl",))
    ours = _used_text(OUT, (".jsonl", ".tsv", ".txt"))
    pairs = []
    for line in (SHARED / "corpus/wmt/wmt20.tsv").read_text(encoding="utf-8").splitlines():
        zh, _, en = line.partition("\t")
        zh, en = zh.strip(), en.strip()
        if zh and en and HAN.search(zh) and not HAN.search(en) and zh[:12] not in shared and en[:40] not in shared:
            pairs.append((zh, en))
    fresh = [p for p in pairs if p[0][:12] not in ours]
    return fresh, pairs


def mt_artifacts(en: str, rng: random.Random) -> str:
    """The English as an MT engine's punctuation leaves it."""
    def comma(m: re.Match) -> str:
        if rng.random() > 0.75:
            return m.group(0)
        first = m.group(1)
        return "," + (first.upper() if first.islower() and rng.random() < 0.35 else first)
    en = re.sub(r", (\S)", comma, en)
    en = re.sub(r": (?=\S)", lambda m: "：" if rng.random() < 0.05 else m.group(0), en)
    en = re.sub(r"; (?=\S)", lambda m: "；" if rng.random() < 0.05 else m.group(0), en)
    if en.endswith(".") and not en.endswith("..") and rng.random() < 0.55:
        en = en[:-1] + "。"
    return en


def weighted(rng: random.Random, choices) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def mixed_docs(fresh, pool, n_docs: int = 150, seed: int = 2020) -> list[dict]:
    rng = random.Random(seed)
    chinese = fresh[:]
    rng.shuffle(chinese)
    english = pool[:]
    docs = []
    for k in range(n_docs):
        units = []  # (pair, left in Chinese)
        for _ in range(PAIRS_PER_DOC):
            if chinese and rng.random() < LEFTOVER_CHANCE:
                units.append((chinese.pop(), True))
            else:
                units.append((None, False))
        taken = {p for p, _ in units if p}
        for i, (p, zh) in enumerate(units):
            if not zh:
                units[i] = (rng.choice([q for q in english if q not in taken]), False)
                taken.add(units[i][0])
        text, spans = "", []
        for i, ((zh, en), left) in enumerate(units):
            if i:
                text += weighted(rng, SEPARATORS)
            if left:
                spans.append([len(text), len(text) + len(zh)])
                text += zh
            else:
                text += mt_artifacts(en, rng)
        docs.append({"id": f"wmt20-mixed-{k:04d}", "text": text, "leftovers": spans,
                     "reference": " ".join(en for (_, en), _ in units)})
    return docs


def glossed(zh: str, en: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """en with up to two names glossed in Chinese, where zh has the name's Chinese form."""
    names = [n for n, c in GLOSS_NAMES.items() if c in zh and re.search(rf"\b{re.escape(n)}\b", en)]
    rng.shuffle(names)
    spans: list[tuple[int, int]] = []
    for name in sorted(names[:2], key=lambda n: en.find(n), reverse=True):
        m = re.search(rf"\b{re.escape(name)}\b", en)
        form = rng.choice(GLOSS_FORMS)
        gloss = form.format(name, GLOSS_NAMES[name])
        if form.endswith(",") and en[m.end():m.end() + 1] == ",":
            gloss = gloss[:-1]
        start = m.start() + gloss.index(GLOSS_NAMES[name])
        shift = len(gloss) - len(name)
        spans = [(s + shift, e + shift) for s, e in spans] + [(start, start + len(GLOSS_NAMES[name]))]
        en = en[:m.start()] + gloss + en[m.end():]
    return en, sorted(spans)


def gloss_docs(pool) -> list[dict]:
    rng = random.Random(2021)
    with_names = [p for p in pool if any(c in p[0] and re.search(rf"\b{re.escape(n)}\b", p[1])
                                         for n, c in GLOSS_NAMES.items())]
    plain = [p for p in pool if p not in with_names]
    rng.shuffle(with_names)
    docs = []
    while len(with_names) >= 2:
        units = [with_names.pop() for _ in range(rng.choice((1, 2, 3)) if len(with_names) >= 3 else 2)]
        units += rng.sample(plain, 4)
        rng.shuffle(units)
        text, spans = "", []
        for zh, en in units:
            if text:
                text += " "
            en, found = glossed(zh, en, rng)
            spans += [[len(text) + s, len(text) + e] for s, e in found]
            text += en
        docs.append({"id": f"wmt20-gloss-{len(docs):04d}", "text": text, "deliberate": spans})
    return docs


def clause_split(en: str) -> str:
    """The English as casing-dev shows clause-split MT: `,X` at every comma, a final `。`."""
    en = re.sub(r", (\S)", lambda m: "," + m.group(1).upper(), en)
    return en[:-1] + "。" if en.endswith(".") else en


def casing_docs(pool, paragraphs: int = 15) -> list[dict]:
    rng = random.Random(2022)
    english = [en for _, en in pool if ", " in en]
    rng.shuffle(english)
    docs = []
    for k in range(len(english) // paragraphs):
        part = english[k * paragraphs:(k + 1) * paragraphs]
        docs.append({"id": f"wmt20-casing-{k:04d}", "text": "\n\n".join(clause_split(e) for e in part),
                     "reference": "\n\n".join(part)})
    return docs


def write(name: str, docs: list[dict]) -> None:
    (OUT / name).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def main() -> None:
    fresh, pool = wmt20_pools()
    sets = {"mixed-wmt20.jsonl": mixed_docs(fresh, pool), "gloss-wmt20.jsonl": gloss_docs(pool),
            "casing-wmt20.jsonl": casing_docs(pool)}
    for name, docs in sets.items():
        write(name, docs)
    mixed = sets["mixed-wmt20.jsonl"]
    print(f"pool {len(pool)} pairs, {len(fresh)} with unseen Chinese; mixed {len(mixed)} documents, "
          f"{sum(len(d['leftovers']) for d in mixed)} leftovers; gloss {len(sets['gloss-wmt20.jsonl'])}; "
          f"casing {len(sets['casing-wmt20.jsonl'])}")


if __name__ == "__main__":
    main()
