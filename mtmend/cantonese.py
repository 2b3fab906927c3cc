"""Hong Kong Government Cantonese romanisation, for names written the Hong Kong way.

`Tony Leung Chiu-wai 梁朝伟`, `Tsim Sha Tsui`: names from Hong Kong and the Cantonese-speaking
south are spelled from their Cantonese sounds, which no Pinyin reading matches. The readings come
from the cantonese-romanisation package (traditional characters); a simplified character is read
through its traditional form (mtmend/data/traditional.txt, from CC-CEDICT). Both tables load on
first use only: they are asked about only for a short run right next to a capitalized Latin name.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _roman() -> dict[str, list[str]]:
    return json.loads(files("cantoroman").joinpath("data/charToRoman.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    """Simplified character -> its traditional forms (the package's table, mtmend/data/traditional.txt)."""
    from .data import read_text

    out: dict[str, str] = {}
    for line in read_text("traditional.txt").splitlines():
        if not line.startswith("#"):
            traditional, _, simplified = line.partition("\t")
            out[simplified] = out.get(simplified, "") + traditional
    return out


@lru_cache(maxsize=8192)
def readings(char: str) -> tuple[str, ...]:
    """Cantonese readings of a character in Hong Kong Government romanisation (`梁` leung)."""
    roman = _roman()
    found = list(roman.get(char, ()))
    for form in _traditional().get(char, "") if not found else "":
        found.extend(roman.get(form, ()))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4096)
def _spelling(han: str) -> re.Pattern | None:
    parts = []
    for char in han:
        options = readings(char)
        if not options:
            return None
        parts.append("(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")")
    return re.compile("".join(parts))


def romanizes(han: str, letters: str) -> bool:
    """Do the lower-case Latin `letters` begin or end with a Cantonese spelling of `han`?"""
    spelled = _spelling(han)
    if spelled is None:
        return False
    return spelled.match(letters) is not None or re.search(f"(?:{spelled.pattern})\\Z", letters) is not None
