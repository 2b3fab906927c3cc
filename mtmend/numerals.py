"""Chinese numerals read as integers: one reader for the core (shared numbers as translation
evidence, mtmend/bilingual.py) and the glossary engine's grammar (mtmend/engines/grammar.py)."""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


def chinese_integer(text: str) -> int | None:
    """一千二百三十四 -> 1234, 十五 -> 15, 三万五千 -> 35000; None when not well formed."""
    for char, size in (("亿", 100_000_000), ("万", 10_000)):
        if char in text:
            high, _, low = text.partition(char)
            top = chinese_integer(high) if high else None
            rest = chinese_integer(low) if low else 0
            return None if top is None or rest is None or rest >= size else top * size + rest
    total, digit = 0, None
    for char in text:
        if char in DIGITS:
            if digit not in (None, 0) and DIGITS[char] != 0:
                return None  # two digits in a row are a digit string, not a count
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)
