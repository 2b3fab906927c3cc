"""Build bench/sets/casing-own2.jsonl from bench/sets/casing-own2.txt.

    python bench/build_casing_own2.py

casing-own2.txt is a second held-out casing set: 630 English news sentences written for this
project (no sentence copied from anywhere), one a line, each ending with `.` and holding at least
one `, `. It was written BLIND: its author read neither the casing rule (mtmend/) nor any
bench/sets/casing-* file, and never ran mtmend on it before it was committed; it was written
before being scored. Its first score (session 8, before any change it prompted) was 0.9381
(591/630). The documents are then split in two: the even ones (casing-own2-tune.jsonl), whose
failures the lead read and built evidence for, and the odd ones (casing-own2-heldout.jsonl),
whose failures are never printed (bench/casing.py --failures skips a held-out set).

Most words after a comma are ordinary lower-case words, as in news; many are words a rule must
keep capital: months and weekdays (`Tibet, May 11`, `on Friday, March 3`), brands that are
common words (Apple, Target, Gap, Shell, Next, Orange, Visa, Sky, Virgin, Chase), market terms
(A-share, Nasdaq, FTSE 100, S&P 500, Brent crude, Dow Jones), titles of office before names,
people, places, nationalities, languages, organizations, `I`/`I'm`, acronyms, quoted speech,
newspaper titles, clubs, titles of works and bodies (`the Ministry of Defence`). Some put the
same common words in lower case after a comma (`, apple orchards`, `, next to`, `, the gap`,
`, chief executive of X`, `, the prime minister, said`, `, former`, `, chair`, `, committee`).

It is built exactly as casing-own-kinds.jsonl is (bench/build_casing_set.py): clause_split gives
the MT text (`, x` -> `,X`, final `.` -> `。`), the sentence itself is the reference, 5
paragraphs a document, in file order. Needs nothing from ../shared.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_casing_set import write_halves  # noqa: E402


if __name__ == "__main__":
    write_halves("casing-own2")
