"""Build bench/sets/casing-own4.jsonl from bench/sets/casing-own4.txt.

    python bench/build_casing_own4.py

casing-own4.txt is a fourth held-out casing set: 600 English news and web sentences written for this
project on 2 December 2026 (no sentence copied from anywhere), one a line, each ending with `.` and
holding at least one `, ` (356 hold two or more). It was written BLIND: its author read neither the
casing rule (mtmend/), nor tests/, nor any bench/sets/ file (no other casing set), only the two
builders (this one copies bench/build_casing_own3.py), and never ran mtmend on it before it was
committed; it was written before being scored.

The domains differ from plain wire news: markets and company earnings (Chinese and foreign firms),
Xinhua datelines (`SHANGHAI, Nov. 28 (Xinhua) --`), sports commentary and results, weather, local
news, technology reviews (first person: `, I'd say`), travel writing, science and space, obituaries,
court reports, university announcements, culture, film and festivals, business profiles, diplomacy.

Of the 1,021 words after a comma, 912 (89%) are ordinary lower-case words (`, and` 231, `, the`
127, `, but` 46, `, which` 42, `, a`, `, said the report`, `, after`, `, who`, `, while`,
`, according to`, `, including`, `, officials said`, `, up 25 percent`); only 104 (10%) keep their
capital, and 5 start with a digit or a quote. So this set leans far more to lower case than the
40% capitals aimed at; a scorer should weigh it as mostly a test of not keeping false capitals.
The capitals after a comma are months and abbreviated dates (`, Dec. 1`, `, Sept. 15`), people with
and without titles (`, Dr.`, `, Coach`, `, General`, `, Premier`, `, Chief Financial Officer`),
places (`, Jilin`, `, Guangdong,`, `, K2,`), nationalities and languages (`, Japanese`, `, French`,
`, Tibetan`, `, Chinese`, `, European`), agencies and media (`, Xinhua`, `, NASA`, `, Eurostat`,
`, Reuters`, `, Bloomberg`), brands that are also common words (`, Amazon`, `, Boots`, `, Delta,`,
`, Meta`, `, Lux`, `, Unilever`), market terms (`, Brent`, `, H-shares`, `, S&P 500`), acronyms and
tickers (`, LVMH`, `, HKEX,`, `, IBM`), and `, I` / `, I'm` / `, I've` / `, I'd`. The 5 others are quoted speech after a comma
(`, "You must`, `, "We will`, `, "There is`) and `, 19, won` and `, 5G and`; quoted speech also
opens a few sentences (`"We are ready," she said, adding`). Elsewhere in the sentences (mostly at their
start or before a comma) are the same common words in lower case (`the apple harvest`, `The shell
of the building`, `The gap in wages`, `The target is`, `The visa process`, `The sky was clear`,
`The subway line`, `march toward`, `may ease`, `the chairman added`, `the chief executive officer
of`), appositions (`The city, Chongqing, has`) and
numbers and times before a comma (`In 2019, the city`, `At 6:30 a.m., the first train`).

It is built exactly as casing-own3.jsonl is (bench/build_casing_own3.py): clause_split gives the MT
text (`, x` -> `,X`, final `.` -> `。`), the sentence itself is the reference, 5 paragraphs a
document, in file order; the even documents go to casing-own4-tune.jsonl and the odd ones to
casing-own4-heldout.jsonl. Needs nothing from ../shared.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_casing_set import write_halves  # noqa: E402


if __name__ == "__main__":
    write_halves("casing-own4")
