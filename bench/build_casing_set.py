"""Build a casing set of our own from WMT English news that no ../shared/bench set uses.

    python bench/build_casing_set.py

Each paragraph is one English news sentence (the English side of ../shared/corpus/wmt/*.tsv)
that ends with a full stop and has at least one `, `. It is clause-split the way MT does it and
the way casing-dev was built: every `, x` becomes `,X` and the final `.` becomes `。`; the
reference is the original. Sentences found (after normalization) in any ../shared/bench set are
left out. The rest are split by a hash of their text into a tuning half (casing-own-tune.jsonl,
whose failures we read) and a held-out half (casing-own-heldout.jsonl, scored only), 15
paragraphs a document. bench/sets/casing-own-kinds.txt holds sentences written for this project
with the kinds held-out news has (dates with months, market terms, brands that are common words,
titles of office, domains); they become casing-own-kinds.jsonl the same way.
"""
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parent.parent / "shared"
OUT = ROOT / "sets"
PER_DOC = 15


def normalize(s: str) -> str:
    return re.sub(r"\W+", "", s.lower())


def clause_split(sentence: str) -> str:
    """`Mr Bain, who lives` -> `Mr Bain,Who lives`; the final `.` -> `。`."""
    split = re.sub(r", (.)", lambda m: "," + m.group(1).upper(), sentence)
    return split[:-1] + "。"


def used_in_shared_bench() -> set[str]:
    used = set()
    for path in (SHARED / "bench").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for field in ("text", "reference"):
                for para in doc.get(field, "").split("\n\n"):
                    used.add(normalize(para))
                    used.update(normalize(s) for s in re.split(r"(?<=[.!?。])\s*", para) if s)
    return used


def candidates(used: set[str]) -> list[str]:
    seen, out = set(), []
    for path in sorted((SHARED / "corpus" / "wmt").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            en = " ".join(parts[1].split())
            key = normalize(en)
            if not en.endswith(".") or ", " not in en or key in used or key in seen:
                continue
            if re.search(r"[\u3400-\u9fff]", en):
                continue
            seen.add(key)
            out.append(en)
    return out


def write(name: str, sentences: list[str], per_doc: int = PER_DOC) -> None:
    docs = []
    for i in range(0, len(sentences) - per_doc + 1, per_doc):
        chunk = sentences[i:i + per_doc]
        docs.append({"id": f"{name}-{len(docs):04d}",
                     "text": "\n\n".join(clause_split(s) for s in chunk),
                     "reference": "\n\n".join(chunk)})
    with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{name}: {len(docs)} documents, {len(docs) * per_doc} paragraphs")


def write_halves(name: str, per_doc: int = 5) -> None:
    """Write NAME.jsonl from sets/NAME.txt (one sentence a line, each with a final `.` and a `, `)
    and split its documents: the even ones to NAME-tune.jsonl, whose failures may be read, the odd
    ones to NAME-heldout.jsonl, whose failures never are."""
    lines = (OUT / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    sentences = [s for s in lines if s.strip()]
    bad = [s for s in sentences if not s.endswith(".") or ", " not in s]
    if bad:
        raise SystemExit(f"{name}.txt: {len(bad)} lines lack a final `.` or a `, `: {bad[:3]}")
    if len(sentences) % per_doc:
        raise SystemExit(f"{name}.txt: {len(sentences)} sentences, not a multiple of {per_doc}")
    groups = [sentences[k:k + per_doc] for k in range(0, len(sentences), per_doc)]
    write(name, sentences, per_doc=per_doc)
    write(f"{name}-tune", [s for g in groups[0::2] for s in g], per_doc=per_doc)
    write(f"{name}-heldout", [s for g in groups[1::2] for s in g], per_doc=per_doc)


def main():
    if not SHARED.exists():
        raise SystemExit(f"bench/build_casing_set.py needs {SHARED}")
    OUT.mkdir(exist_ok=True)
    sentences = candidates(used_in_shared_bench())
    halves: dict[bool, list[str]] = {True: [], False: []}
    for s in sentences:
        halves[hashlib.sha1(s.encode()).digest()[0] % 2 == 0].append(s)
    write("casing-own-tune", halves[True])
    write("casing-own-heldout", halves[False])
    written = (OUT / "casing-own-kinds.txt").read_text(encoding="utf-8").splitlines()
    write("casing-own-kinds", [s for s in written if s.strip()], per_doc=5)


if __name__ == "__main__":
    main()
