"""Build mtmend/data/case_lexicon.txt from spaCy's case-sensitive English unigram table.

Development-time only: the output ships as package data, so nothing is downloaded at run time.

    pip download --no-deps -d /tmp/sld spacy-lookups-data==1.0.5
    python tools/build_case_lexicon.py /tmp/sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl

Each output line is `word<TAB>r` where `word` is a lower-case English word seen often enough
and `r` is log10(P(Capitalized) / P(lowercase)), rounded to one decimal. A common noun has r
far below zero (capitalized only at sentence starts); a name has r near or above zero.
"""
import gzip
import json
import math
import re
import sys
import zipfile
from pathlib import Path

FLOOR = -17.0  # natural-log probability below which a word is too rare to keep
WORD = re.compile(r"[a-z][a-z'-]*")


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        probs = json.load(gzip.open(z.open("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    rows = []
    for word, logp in probs.items():
        if logp < FLOOR or not WORD.fullmatch(word):
            continue
        capital = probs.get(word[0].upper() + word[1:], -40.0)
        rows.append((word, round((capital - logp) / math.log(10), 1)))
    rows.sort()
    out = Path(__file__).resolve().parent.parent / "mtmend" / "data" / "case_lexicon.txt"
    with out.open("w", encoding="utf-8") as f:
        f.write("# word\tlog10(P(Capitalized)/P(lowercase)); derived from spacy-lookups-data 1.0.5 (MIT)\n")
        f.writelines(f"{w}\t{r}\n" for w, r in rows)
    print(f"{len(rows)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
