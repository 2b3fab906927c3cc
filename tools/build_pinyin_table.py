"""Build mtmend/data/pinyin.txt: the toneless Hanyu Pinyin readings of each Han character.

Development-time only (needs `pip install pypinyin`); the output ships as package data, so
mtmend never imports pypinyin at run time (its phrase table costs 0.2 s and ~190,000 objects
that every later garbage collection walks).

    python tools/build_pinyin_table.py

Each output line is `character<TAB>reading[,reading...]`, readings in pypinyin's order (the
most common first), tone marks removed and ü written as v. A `# syllables` line before them
lists every reading once, so that `pinyin.syllables()` need not read the table.
"""
import unicodedata
from pathlib import Path

from pypinyin.pinyin_dict import pinyin_dict


def toneless(reading: str) -> str:
    reading = reading.replace("ü", "v")
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c)).lower()


def main() -> None:
    rows = []
    for code, readings in sorted(pinyin_dict.items()):
        if code > 0xFFFF:
            continue  # the supplementary planes hold rare characters that names do not use
        bare = list(dict.fromkeys(toneless(r) for r in readings.split(",")))
        bare = [r for r in bare if r.isascii() and r.isalpha()]
        if bare:
            rows.append(f"{chr(code)}\t{','.join(bare)}\n")
    out = Path(__file__).resolve().parent.parent / "mtmend" / "data" / "pinyin.txt"
    with out.open("w", encoding="utf-8") as f:
        f.write("# character\ttoneless Hanyu Pinyin readings; derived from pypinyin's character table (MIT)\n")
        syllables = sorted({r for row in rows for r in row.rstrip("\n").split("\t")[1].split(",")})
        f.write(f"# syllables\t{' '.join(syllables)}\n")  # every reading once: pinyin.syllables()
        f.writelines(rows)
    print(f"{len(rows)} characters -> {out}")


if __name__ == "__main__":
    main()
