"""Build bench/sets/casing-own3.jsonl from bench/sets/casing-own3.txt.

    python bench/build_casing_own3.py

casing-own3.txt is a third held-out casing set: 600 English news sentences written for this project
on 2 December 2026 (no sentence copied from anywhere), one a line, each ending with `.` and holding
at least one `, ` (395 hold two or more). It was written BLIND: its author read neither the casing
rule (mtmend/), nor tests/, nor any bench/sets/ file (no other casing set), only the two builders
(this one copies bench/build_casing_own2.py), and never ran mtmend on it before it was committed;
it was written before being scored.

The domains vary widely: Xinhua/China Daily datelines (`BEIJING, Jan. 5 (Xinhua) --`), markets and
company earnings, sports results, courts, science and space, weather and disasters, culture and
film, local government, technology, health, travel, education and diplomacy. Of the 1,016 words
after a comma, about 57% (575) are ordinary lower-case words
(`, which`, `, but`, `, the`, `, according to`, `, officials said`, `, up 3 percent`); about 42%
(426) are words that keep their capital (15 more start with a digit or a quote): months and
weekdays, abbreviated too (`, Jan. 22`, `, Sept. 4`, `, Monday being`), people with and without
titles (`, President`, `, Dr.`, `, Judge`, `, Coach`, `, Governor`), places (`, Hubei
province`, `, Lithuania`, rivers), nationalities and languages, organizations and agencies (`, the
Federal Reserve` with `, Fed Chair`, `, NATO`, `, FIFA`), brands that are also common words (Apple,
Amazon, Target, Gap, Shell, Next, Orange, Visa, Sky, Virgin, Chase, Subway, Delta, Dove, Puma,
Alphabet, Meta, Square, Corona, Mars, Ford, Sharp, Bloomberg), market terms (A-shares, H-shares,
Nasdaq, FTSE 100, S&P 500, Brent, Dow, Hang Seng, CSI 300), tickers and acronyms (AMD, NIO, LVMH,
GDP, CPI), `I` / `I'm` / `I'd` after a comma, quoted speech after a comma (which clause splitting
leaves alone), titles of works, holidays and festivals (Spring Festival, Christmas
after a comma; Ramadan, Eid, Diwali elsewhere), clubs and teams, religions, historical eras (Tang Dynasty, Cold War). It also holds the
reverse: the same common words in lower case after a comma or near one (`, the gap between`, `, a
target that`, `, apple harvest`, `shell companies`, `, chief executive of`, `, the president
said`, `may be`, `march on`), appositions (`, Li Qiang, said`, `, Tim Cook, visited`) and numbers
and times after a comma (`, 10 p.m. in Scotland`, `, 6:45 a.m.`, `, 40 percent more`).

It is built exactly as casing-own2.jsonl is (bench/build_casing_own2.py): clause_split gives the MT
text (`, x` -> `,X`, final `.` -> `。`), the sentence itself is the reference, 5 paragraphs a
document, in file order; the even documents go to casing-own3-tune.jsonl and the odd ones to
casing-own3-heldout.jsonl. Needs nothing from ../shared.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_casing_set import write_halves  # noqa: E402


if __name__ == "__main__":
    write_halves("casing-own3")
