"""Build mtmend/data/script_forms.txt: the Han characters written only in Simplified or only in
Traditional Chinese, from hanzidentifier's CC-CEDICT character sets.

Development-time only; the output ships as package data, so telling zh-Hans from zh-Hant needs
neither hanzidentifier's import (which builds its sets from CC-CEDICT strings) nor a regex of
thousands of characters at run time.

    python tools/build_script_forms.py

Two lines after the header: `simplified<TAB>CHARS` and `traditional<TAB>CHARS`, sorted.
"""
from pathlib import Path

from hanzidentifier.helpers import SIMPLIFIED_CHARACTERS, TRADITIONAL_CHARACTERS


def main() -> None:
    simplified = "".join(sorted(SIMPLIFIED_CHARACTERS - TRADITIONAL_CHARACTERS))
    traditional = "".join(sorted(TRADITIONAL_CHARACTERS - SIMPLIFIED_CHARACTERS))
    out = Path(__file__).resolve().parent.parent / "mtmend" / "data" / "script_forms.txt"
    out.write_text("# Han characters of one script only; from hanzidentifier (CC-CEDICT, CC BY-SA 4.0)\n"
                   f"simplified\t{simplified}\ntraditional\t{traditional}\n", encoding="utf-8")
    print(f"{len(simplified)} Simplified-only, {len(traditional)} Traditional-only -> {out}")


if __name__ == "__main__":
    main()
