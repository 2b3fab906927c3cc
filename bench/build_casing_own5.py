"""Build bench/sets/casing-own5.jsonl from bench/sets/casing-own5.txt.

    python bench/build_casing_own5.py

casing-own5.txt is a fifth held-out casing set: 600 English news and web sentences written for this
project on 4 December 2026 (no sentence copied from anywhere), one a line, each ending with `.` and
holding at least one `, ` (514 hold two or more), 11 to 42 words long. It was written BLIND: its
author read neither the casing rule (mtmend/), nor tests/, nor any bench/sets/ file (no other casing
set), only the two builders (this one copies bench/build_casing_own4.py; of
bench/build_casing_set.py only `write_halves` and what it calls), and never ran mtmend on it; it was
written before being scored.

The domains: wire news with datelines (`TOKYO, May 11 (Reuters) -`, `BEIJING, Dec. 3 (Xinhua) --`),
diplomacy, company and market reports, sports, courts, science and space, weather, travel, local
government, education, culture and the arts, obituaries, product reviews in the first person, and
Chinese provincial news in English (Zhejiang, Guizhou, Xinjiang, Hainan, Jilin, Yunnan).

Of the 1,350 words after a comma, 540 (40.0%) keep their capital, 806 (59.7%) are ordinary
lower-case words (`, and` and `, the` most of all, then `, but`, `, a`, `, said`, `, after`, `,
with`, `, because`, `, which`, `, who`), and 4 start with a digit, `$` or a quote (`, "We will`, `,
"We were`, `, 6-0`, `, $499`). The hard kinds are frequent after a comma: months and abbreviated
dates (77: `, May 11`, `, Dec. 24`, `, Sept. 9`) and weekdays (12: `, Monday`, `, Wednesday being
set aside`); brands and firms that are also common words (`, Target`, `, Gap`, `, Shell`, `, Apple`,
`, Oracle`, `, Continental`, `, Visa`, `, Sky`, `, Orange`, `, Monster`, `, Puma`, `, Mango`);
market terms (`, A-shares`, `, H-shares`, `, the Hang Seng`, `, Nasdaq`, `, the FTSE 100`, `,
Brent`, `, the Dow`); titles of office before names (`, Chief Executive Brian Niccol`, `, Vice
Premier`, `, Mayor`, `, Governor`, `, Councillor`, `, Judge`, `, Coach`, `, Dr.`) and after names in
lower case (`, its chief executive, said`, `, the mayor`); nationalities, languages and religions
(`, French`, `, Cantonese`, `, Buddhist`, `, Catholic`, `, Hindu`); places that are also words (`,
Reading`, `, Nice`, `, Bath`, `, Mobile`, `, Sale`, `, Chad`, `, Georgia`; `the town of March`
elsewhere); acronyms (`, NATO`, `, OSCE`, `, EU`, `, NASA`, `, HSBC`); `, I` (16); and quoted
speech. Lower-case words that look like names or capitalised terms also follow commas (`, bill
payers`, `, rose in February`, `, china cabinets`, `, turkey`, `, polish`, `, march to`, `, may
fall`, `, mark the date`, `, frank`, `, jack`, `, pat it dry`, `, ginger`, `, hope`, `, nice`, `,
apple crumble`, `, iPhone 13`, `, iOS`, `, mobile`, `, visa`, `, continental breakfast`, `, shell
and tail`, `, reading`, `, bath`, `, sky`). Domains and products with internal dots appear in 7
sentences (`HowMuch.Net`, `Node.js`, `Vue.js`, `Booking.com`, `JD.com`).

It is built exactly as casing-own4.jsonl is (bench/build_casing_own4.py): clause_split gives the MT
text (`, x` -> `,X`, final `.` -> `。`), the sentence itself is the reference, 5 paragraphs a
document, in file order; the even documents go to casing-own5-tune.jsonl and the odd ones to
casing-own5-heldout.jsonl. Needs nothing from ../shared.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_casing_set import write_halves  # noqa: E402


if __name__ == "__main__":
    write_halves("casing-own5")
