"""Make short leftovers in English context from WMT20 zh-en pairs (../shared/corpus/wmt/wmt20.tsv).

    python bench/sets/make_wmt_leftovers.py > bench/sets/wmt20-leftovers.tsv
    python bench/sets/make_wmt_leftovers.py wmt19 > bench/sets/wmt19-leftovers.tsv

A leftover is a date, weekday, percentage or amount of the Chinese sentence whose value also
occurs, exactly once, in the human English translation: the English words for it are cut out and
the Chinese put in their place, so the reference rendering is the translator's own. Nothing here
looks at what the glossary engine produces.
"""
import re
import sys
from decimal import Decimal
from pathlib import Path

WMT = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wmt"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CAP = 25  # items per kind, so that weekdays do not outweigh everything
WEEKDAYS = dict(zip("一二三四五六日", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))


def candidates(zh, en):
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", zh):
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        if not 1 <= month <= 12:
            continue
        pattern = rf"\b{MONTHS[month - 1]} {day}\b" + (rf",? {year}\b" if year else "")
        yield "date", m.group(0), pattern
    for m in re.finditer(r"(?:星期|周)([一二三四五六日])", zh):
        yield "weekday", m.group(0), rf"\b{WEEKDAYS[m.group(1)]}\b"
    for m in re.finditer(r"(\d+(?:\.\d+)?)[%％]", zh):
        yield "percent", m.group(0), rf"(?<![\d.]){re.escape(m.group(1))} ?(?:%|percent\b|per cent\b)"
    for m in re.finditer(r"(\d+(?:\.\d+)?)(万|亿)(人|元|美元)?", zh):
        value = Decimal(m.group(1)) * (10_000 if m.group(2) == "万" else 100_000_000)
        unit = {"人": r" people", "元": r" yuan", "美元": r" (?:U\.S\. )?dollars"}.get(m.group(3) or "", "")
        for size, word in ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"), (1, "")):
            if value >= size:
                shown = value / size
                text = f"{shown.normalize():f}" if word else f"{int(value):,}"
                yield "amount", m.group(0), rf"(?<![\d.,]){re.escape(text)}{' ' + word if word else ''}{unit}\b"
                break
    for m in re.finditer(r"(?<!\d)(\d{4})年(?![\d月])", zh):
        yield "year", m.group(0), rf"\b{m.group(1)}\b"
    for m in re.finditer(r"(?<!\d)(\d{1,3})岁", zh):
        yield "age", m.group(0), rf"\b{m.group(1)}(?: years old|-year-old)\b"


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "wmt20"
    print("id\tkind\tbefore\tchinese\tafter\treference")
    n = 0
    per_kind: dict[str, int] = {}
    for line in (WMT / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        zh, _, en = line.partition("\t")
        for kind, chinese, pattern in candidates(zh, en):
            found = list(re.finditer(pattern, en))
            if len(found) != 1 or zh.count(chinese) != 1:
                continue
            if per_kind.get(kind, 0) >= CAP:
                continue
            per_kind[kind] = per_kind.get(kind, 0) + 1
            m = found[0]
            n += 1
            before, after = en[:m.start()][-200:], en[m.end():][:200]
            print(f"{name}-{n:03d}\t{kind}\t{before}\t{chinese}\t{after}\t{m.group(0)}")


if __name__ == "__main__":
    sys.exit(main())
