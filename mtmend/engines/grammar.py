"""A small grammar of the formulaic parts of Chinese text that have one correct English form:
numbers and amounts, dates and times, ranges, anniversaries, people with their titles, and
organisations built from glossary parts.

Each construction is one function from a Chinese string to English, or None when it does not
cover the whole string: the glossary engine only uses what covers a part completely, so no
construction may guess. Parts that are names of things (places, fields of study, departments)
come from the glossary, never from romanizing characters; only people's names are romanized, and
only in a slot that says it holds a person (a title, a byline).

English follows Xinhua and China Daily style: numbers one to nine are words in counts, figures
otherwise; `percent`; `more than` for 余/多; dates `June 29, 2024`; `9:30 a.m.`.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Protocol

from ..glossary import Glossary
from ..numerals import BIG_UNITS, DIGITS, chinese_integer


class Slots(Protocol):
    """What a construction may ask the engine for: the glossary and the renderings of parts."""

    glossary: Glossary
    context: str

    def noun(self, text: str) -> str | None: ...

    def name(self, text: str, known_only: bool = False) -> str | None: ...


# --- numbers -------------------------------------------------------------------------------

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORDINAL_WORDS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth")
_NUMERAL = "[0-9０-９.．,，零〇○一二两三四五六七八九十百千万亿]+"
_NUMERAL_RE = re.compile(_NUMERAL)


def number(text: str) -> Decimal | None:
    """The value of a numeral: Arabic (`3.5`, `1,200`), Chinese (`三十五`), digit strings
    (`二〇二四`), or mixed with 万/亿 (`3.5万`, `12亿`)."""
    text = text.translate(_FULLWIDTH)
    if not text:
        return None
    m = re.fullmatch(r"(\d+(?:,\d{3})*(?:\.\d+)?)([万亿]*)", text)
    if m:
        value = Decimal(m.group(1).replace(",", ""))
        for unit in m.group(2):
            value *= BIG_UNITS[unit]
        return value
    if all(c in DIGITS for c in text) and len(text) > 1:
        return Decimal("".join(str(DIGITS[c]) for c in text))
    whole, point, decimals = text.partition("点")
    if point:  # 五点二 -> 5.2: the digits after 点 are read one by one
        top = chinese_integer(whole) if whole else None
        if top is None or not decimals or not all(c in DIGITS and c != "两" for c in decimals):
            return None
        return Decimal(f"{top}.{''.join(str(DIGITS[c]) for c in decimals)}")
    value = chinese_integer(text)
    return None if value is None else Decimal(value)


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def figure(value: Decimal, spell: bool = False) -> str:
    """English for a value: `three` (with `spell`, below ten), `1,200`, `3.5 million`, `1.2 billion`."""
    if spell and value == value.to_integral() and 0 <= value < 10:
        return _WORDS[int(value)]
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if value >= size:
            return f"{_plain(value / size)} {word}"
    if value == value.to_integral():
        return f"{int(value):,}"
    return _plain(value)


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _numeric_ordinal(n: int) -> str:
    """Days of a month are figures (`the 3rd`), never words."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal(n: int) -> str:
    return _ORDINAL_WORDS[n] if 0 < n <= 10 else _numeric_ordinal(n)


def _plural(noun: str, value: Decimal) -> str:
    return noun if value == 1 else _PLURALS.get(noun, noun + "s")


_PLURALS = {"person": "people", "yuan": "yuan", "yen": "yen", "won": "won", "mu": "mu", "times": "times", "percent": "percent",
            "child": "children", "century": "centuries", "square meter": "square meters",
            "square kilometer": "square kilometers", "cubic meter": "cubic meters", "percentage point": "percentage points",
            "degree Celsius": "degrees Celsius"}

# Units after a number (the English is singular; plurals follow the value). 人次 is not one: what
# it counts (visits, trips, passenger trips, attendances) is said by the noun, not by the unit.
_UNITS = {"人": "person", "元": "yuan", "人民币": "yuan", "美元": "U.S. dollar",
          "欧元": "euro", "港元": "Hong Kong dollar", "日元": "yen", "英镑": "pound", "澳元": "Australian dollar",
          "韩元": "won", "卢布": "ruble", "公里": "kilometer", "千米": "kilometer", "米": "meter", "厘米": "centimeter",
          "平方米": "square meter", "平方公里": "square kilometer", "立方米": "cubic meter", "公顷": "hectare", "亩": "mu", "吨": "tonne",
          "公斤": "kilogram", "千克": "kilogram", "克": "gram", "岁": "year old", "小时": "hour", "分钟": "minute",
          "秒": "second", "天": "day", "年": "year", "个月": "month", "周": "week", "星期": "week", "倍": "times",
          "个百分点": "percentage point", "次": "time", "世纪": "century", "摄氏度": "degree Celsius"}
# Units whose count is always a figure (money, ages, percentage points): `5 yuan`, not `five yuan`.
_FIGURE_UNITS = frozenset({"元", "人民币", "美元", "欧元", "港元", "日元", "英镑", "澳元", "韩元", "卢布", "岁", "个百分点",
                           "摄氏度"})
_TIME_UNITS = frozenset({"年", "个月", "天", "周", "星期", "小时", "分钟", "世纪"})
# Classifiers that only count: `300余名` is `more than 300` (the noun follows in English).
_CLASSIFIERS = "名位个家所项篇件支场座台辆份批条种类门户棵株头只块张本册间套栋处口架艘部"
_APPROX_AFTER = {"余": "more than", "多": "more than", "来": "about", "左右": "about", "以上": "more than",
                 "上下": "about"}
_APPROX_BEFORE = {"约": "about", "大约": "about", "近": "nearly", "将近": "nearly", "超过": "more than",
                  "逾": "more than", "超": "more than", "达": "", "共": "a total of", "仅": "only",
                  "不到": "less than", "不足": "less than", "至少": "at least", "最多": "up to"}
_QUANTITY = re.compile(
    f"(?P<before>{'|'.join(sorted(_APPROX_BEFORE, key=len, reverse=True))})?"
    f"(?P<n>{_NUMERAL}?)(?:(?P<after>余|多|来)(?P<big>万亿|万|亿)?)?"
    f"(?:(?P<unit>{'|'.join(sorted(_UNITS, key=len, reverse=True))})|(?P<cls>[{_CLASSIFIERS}]))?"
    f"(?P<after2>余|多|左右|以上|上下)?")


def quantity(text: str) -> str | None:
    """`3万余人` -> `more than 30,000 people`, `1.2亿元` -> `120 million yuan`, `三天` -> `three days`,
    `300余名` -> `more than 300`, `5.2%` / `百分之五` -> `5.2 percent`, `三分之一` -> `one-third`,
    `95%以上` -> `more than 95 percent`, `人民币80元` -> `80 yuan`."""
    if text.startswith("人民币") and text.endswith("元"):  # the currency written twice: 人民币80万元
        text = text[3:]
    return percent(text) or _approximate(percent, text) or fraction(text) or _count(text)


def _approximate(value: Callable[[str], str | None], text: str) -> str | None:
    """A share with an approximation before or after it (`近八成`, `95%以上`, `约三分之一`)."""
    m = re.fullmatch(f"(?P<before>{'|'.join(sorted(_APPROX_BEFORE, key=len, reverse=True))})?(?P<v>.+?)"
                     "(?P<after>以上|左右|上下|多)?", text)
    if not m or not (m.group("before") or m.group("after")) or (m.group("before") and m.group("after")):
        return None
    english = value(m.group("v"))
    approx = _APPROX_BEFORE.get(m.group("before") or "") or _APPROX_AFTER.get(m.group("after") or "", "")
    return f"{approx} {english}".strip() if english else None


def share(text: str) -> str | None:
    """`八成` -> `80 percent` (成 is a tenth), alone or approximated (`近八成` -> `nearly 80 percent`).
    A bare `八成` is also the adverb `most likely`, so the engine takes it only where English goes on
    with `of` (`八成 of graduates`) or an approximation marks it as a number."""
    m = re.fullmatch("(?P<n>[一二两三四五六七八九])成", text)
    if not m:
        return _approximate(share, text) if len(text) > 2 else None
    return f"{DIGITS[m.group('n')] * 10} percent"


def _count(text: str) -> str | None:
    m = _QUANTITY.fullmatch(text)
    if not m or not m.group("n"):
        return None
    if m.group("after") and m.group("after2"):
        return None
    value = number(m.group("n"))
    if value is None:
        return None
    if m.group("big"):  # 500余万元: `more than 5 million yuan`
        value *= BIG_UNITS[m.group("big")[0]] * (BIG_UNITS["亿"] if len(m.group("big")) == 2 else 1)
    unit = m.group("unit")
    if unit == "年" and 1000 <= value <= 2200 and not (m.group("before") or m.group("after")):
        return None  # `2024年` is a year, see `date`
    if m.group("before") == "近" and unit in _TIME_UNITS:
        return None  # 近两年 is `the past two years` as often as `nearly two years`
    if value == 1 and m.group("cls") and not (m.group("before") or m.group("after") or m.group("after2")):
        return None  # 一个, 一位: the article `a`, not the number
    if not unit and not m.group("cls") and not (m.group("before") or m.group("after") or m.group("after2")):
        if not re.search("[万亿十百千]|[0-9]", m.group("n")) and value < 10:
            return None  # a bare 一/三 is a word (一起, 三农), not a number
    approx = _APPROX_BEFORE.get(m.group("before") or "") or _APPROX_AFTER.get(m.group("after") or m.group("after2") or "", "")
    spell = bool(unit or m.group("cls")) and unit not in _FIGURE_UNITS
    amount = figure(value, spell=spell)
    if unit:
        english = _UNITS[unit]
        if english == "year old":
            amount += " years old" if value != 1 else " year old"
        else:
            amount += " " + _plural(english, value if not approx or approx in ("about", "nearly") else Decimal(2))
    return f"{approx} {amount}".strip()


_RISE = {"增长": "up", "增加": "up", "上升": "up", "提高": "up", "上涨": "up", "下降": "down", "减少": "down",
         "降低": "down", "下跌": "down", "回落": "down"}
_COMPARED = {"同比": "year on year", "比上年": "from the previous year", "较上年": "from the previous year",
             "比去年同期": "from the same period last year", "较去年同期": "from the same period last year"}
_CHANGE = re.compile(f"(?P<cmp>{'|'.join(sorted(_COMPARED, key=len, reverse=True))})(?P<dir>{'|'.join(_RISE)})(?P<by>.+)")
_RISE_VERBS = re.compile(r"\b(?:r[io]se|risen|rising|grew|grow(?:n|s|ing)?|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|"
                         r"jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|expand(?:ed|s|ing)?|surg(?:e|ed|es|ing)|went up|up)\s*$", re.I)
_FALL_VERBS = re.compile(r"\b(?:f[ae]ll|fallen|falling|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
                         r"shr[ua]nk|shrink(?:s|ing)?|slid|slip(?:ped|s)?|went down|down)\s*$", re.I)


def change(text: str) -> str | None:
    """`同比增长8.5%` -> `up 8.5 percent year on year`, `比上年下降2个百分点` -> `down two percentage
    points from the previous year`: a change with what it is compared with (a bare 增长8.5% may be
    `rose` or `growth of`, so it is left)."""
    m = _CHANGE.fullmatch(text)
    if not m:
        return None
    by = percent(m.group("by")) or (_count(m.group("by")) if m.group("by").endswith("个百分点") else None)
    return f"{_RISE[m.group('dir')]} {by} {_COMPARED[m.group('cmp')]}" if by else None


def change_in_context(english: str, chinese: str, before: str) -> str | None:
    """`up 8.5 percent year on year` where English can take it: after a comma or a bracket
    (`reached 1.2 trillion yuan, up 6.8 percent`) or a linking verb (`were down 3.2 percent`).
    After a verb that says the direction (`Exports grew`) it is `8.5 percent year on year`; after
    one saying the other direction the text contradicts itself, and after a subject (`Profits`)
    English needs a verb whose tense is not known: both are left (None)."""
    if not _CHANGE.fullmatch(chinese) or not english.startswith(("up ", "down ")):
        return english
    direction, rest = english.split(" ", 1)
    said = "up" if _RISE_VERBS.search(before) else "down" if _FALL_VERBS.search(before) else None
    if said is not None:
        return rest if said == direction else None
    tail = before.rstrip()
    if tail[-1:] in (",", "，", "(", "（", "—", "-") or re.search(r"\b(?:is|are|was|were|be|been|being)$", tail, re.I):
        return english
    return None


_SEVERAL = {"十": "dozens of", "百": "hundreds of", "千": "thousands of", "万": "tens of thousands of",
            "十万": "hundreds of thousands of", "百万": "millions of"}


def several(text: str) -> str | None:
    """`数十名` -> `dozens of`, `数百人` -> `hundreds of people`, `上千名` -> `thousands of`: an
    indefinite count. Before a classifier the noun comes from the English after it (see the engine)."""
    m = re.fullmatch(f"(?:数|上|成)(?P<n>十万|百万|十|百|千|万)(?:(?P<people>人)|[{_CLASSIFIERS}])", text)
    if not m or (text[0] in "上成" and m.group("n") not in ("百", "千", "万")):
        return None
    return _SEVERAL[m.group("n")] + (" people" if m.group("people") else "")


def percent(text: str) -> str | None:
    m = re.fullmatch(f"(?:百分之(?P<zh>{_NUMERAL}(?:点[零〇一二三四五六七八九]+)?)|(?P<n>[0-9０-９.．]+)[%％])", text)
    if not m:
        return None
    value = number(m.group("zh") or m.group("n"))
    return None if value is None else f"{figure(value)} percent"


_FRACTION_WORDS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
                   5: ("fifth", "fifths"), 10: ("tenth", "tenths")}


def fraction(text: str) -> str | None:
    m = re.fullmatch(f"(?P<d>{_NUMERAL})分之(?P<n>{_NUMERAL})", text)
    if not m:
        return None
    d, n = number(m.group("d")), number(m.group("n"))
    if d is None or n is None or int(d) not in _FRACTION_WORDS or n >= d or n < 1:
        return None
    one, many = _FRACTION_WORDS[int(d)]
    return f"{_WORDS[int(n)]}-{one if n == 1 else many}"


_ORDINAL = re.compile(f"第(?P<n>{_NUMERAL})(?P<c>届|次|个|名|期|批|轮|季度|阶段|)?")


_SECTION = re.compile(f"第(?P<n>{_NUMERAL})(?P<c>章|节|卷|回|集|篇|页)")
_SECTION_WORDS = {"章": "Chapter", "节": "Section", "卷": "Volume", "回": "Chapter", "集": "Episode", "篇": "Part",
                  "页": "Page"}
_PAGE_OF = re.compile(r"第\s*(?P<n>[0-9]+)\s*页\s*[/／]?\s*共\s*(?P<m>[0-9]+)\s*页")


def section(text: str) -> str | None:
    """`第十二章` -> `Chapter 12`, `第3卷` -> `Volume 3`, `第二十回` -> `Chapter 20`, `第2页/共9页` -> `Page 2
    of 9`: parts of a book, a series or a list, numbered with figures as English headings are."""
    pager = _PAGE_OF.fullmatch(text)  # 第2页/共9页 -> `Page 2 of 9`
    if pager:
        n, total = int(pager.group("n")), int(pager.group("m"))
        return f"Page {n} of {total}" if 1 <= n <= total else None
    m = _SECTION.fullmatch(text)
    if not m:
        return None
    value = number(m.group("n"))
    if value is None or value != value.to_integral() or value < 1:
        return None
    return f"{_SECTION_WORDS[m.group('c')]} {int(value)}"


_SESSION = re.compile(f"(?:第?(?P<term>{_NUMERAL})届)?(?P<body>.+?)(?:第?(?P<term2>{_NUMERAL})届)?第?(?P<n>{_NUMERAL})次会议")


def session(text: str, slots: Slots) -> str | None:
    """`第十四届全国人民代表大会第二次会议`, `十四届全国人大二次会议` -> `the second session of the 14th National
    People's Congress`, `全国政协第十四届第三次会议` likewise: the body must be a government term of the
    glossary. A plenary meeting (`全体会议`) inside a session is named differently and is left."""
    m = _SESSION.fullmatch(text)
    if not m or not (m.group("term") or m.group("term2")) or (m.group("term") and m.group("term2")):
        return None
    term, n = number(m.group("term") or m.group("term2")), number(m.group("n"))
    body = slots.glossary.get(m.group("body"))
    if term is None or n is None or not 1 <= n <= 20 or not 1 <= term <= 30 or body is None or body.domain != "government":
        return None
    return f"the {ordinal(int(n))} session of the {_numeric_ordinal(int(term))} {_bare(body.english)}"


_PRIZE = re.compile("(?P<n>[一二三])等奖")
_FIVE_YEAR = re.compile("[“\"]?十(?P<n>[一二三四五六])五[”\"]?(?P<what>规划|时期)?")


def prize(text: str) -> str | None:
    """`一等奖` -> `first prize` (English writes `won first prize`, no article)."""
    m = _PRIZE.fullmatch(text)
    return f"{_ORDINAL_WORDS[DIGITS[m.group('n')]]} prize" if m else None


def five_year_plan(text: str) -> str | None:
    """`“十四五”时期` -> `the 14th Five-Year Plan period`, `十四五规划` -> `the 14th Five-Year Plan`."""
    m = _FIVE_YEAR.fullmatch(text)
    if not m:
        return None
    plan = f"the {ordinal(10 + DIGITS[m.group('n')])} Five-Year Plan"
    return plan + " period" if m.group("what") == "时期" else plan


def ordinal_phrase(text: str) -> str | None:
    """`第三届` -> `the third`, `第14` -> `the 14th`, `第一季度` -> `the first quarter`, `首届` -> `the first`."""
    if text in ("首届", "首批"):
        text = "第一" + text[1:]
    m = _ORDINAL.fullmatch(text)
    if not m:
        return None
    value = number(m.group("n"))
    if value is None or value != value.to_integral() or value < 1:
        return None
    tail = {"季度": " quarter", "阶段": " phase", "轮": " round", "批": " batch"}.get(m.group("c") or "", "")
    if m.group("c") == "名":  # a rank: 获得第一名 `won first place`
        return f"{ordinal(int(value))} place"
    return f"the {ordinal(int(value))}{tail}"


_AGE = re.compile(r"([\w,.]+) years? old")
_TIME_ADVERBS = frozenset("today yesterday tomorrow now ago then".split())
_AGE_DETERMINERS = frozenset("a an the this that his her their its our my your".split())


def age_in_context(english: str, before: str, after: str) -> str:
    """`45 years old` as English places it: `a 45-year-old chef`, `the 63-year-old has` (a noun
    phrase: a determiner just before, or a noun after) but `aged 11 years old.`"""
    m = _AGE.fullmatch(english)
    if not m:
        return english
    from ..lexicon import FUNCTION_WORDS

    previous = [w.lower() for w in re.findall(r"[A-Za-z]+", before[-40:])][-2:]
    following = re.match(r"\s*([A-Za-z]+)", after)
    noun_after = following is not None and following.group(1).lower() not in FUNCTION_WORDS | _TIME_ADVERBS
    if noun_after or any(w in _AGE_DETERMINERS for w in previous) or after.startswith("'s"):
        return f"{m.group(1)}-year-old"
    return english


def ordinal_in_context(english: str, chinese: str, opens: bool, after: str, before: str = "") -> str | None:
    """An ordinal as its place needs it: `第一，...` enumerates (`First, ...`); `第十九期` needs the
    noun the English after it supplies (`the 19th issue`), so without one (nothing, or a function
    word such as `in`) it is left (None); a rank after `ranked` is `ranked first`."""
    m = _ORDINAL.fullmatch(chinese.replace("首", "第一", 1) if chinese in ("首届", "首批") else chinese)
    if m and m.group("c") == "名" and english.endswith(" place"):
        previous = re.findall(r"[A-Za-z]+", before[-30:])
        return english[:-len(" place")] if previous and previous[-1].lower().startswith("rank") else english
    if not m or not english.startswith("the "):
        return english
    if not m.group("c") and opens and after.lstrip()[:1] in (",", "，"):
        return english[4:]
    if m.group("c") in ("届", "期", "批", "次", "个"):
        from ..lexicon import FUNCTION_WORDS

        following = re.match(r"\s*([A-Za-z]+)", after)
        if following is None or following.group(1).lower() in FUNCTION_WORDS:
            return None
    return english


def share_in_context(english: str, chinese: str, after: str) -> str | None:
    """A bare `八成` is a share only where the English goes on with `of` (see `share`); `dozens of`
    needs the noun that English supplies after it."""
    if re.fullmatch("[一二两三四五六七八九]成", chinese) and not re.match(r"\s+of\b", after):
        return None
    if english.endswith(" of"):
        from ..lexicon import FUNCTION_WORDS

        following = re.match(r"\s+([A-Za-z]+)", after)
        if following is None or following.group(1).lower() in FUNCTION_WORDS:
            return None
    return english


# --- dates and times -----------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = {"一": "Monday", "二": "Tuesday", "三": "Wednesday", "四": "Thursday", "五": "Friday", "六": "Saturday",
            "日": "Sunday", "天": "Sunday", "七": "Sunday"}
_PARTS_OF_DAY = {"上午": "morning", "下午": "afternoon", "晚上": "evening", "晚": "evening", "早上": "morning",
                 "早晨": "morning", "凌晨": "early morning", "中午": "noon", "傍晚": "evening", "夜间": "night"}
_AM_PM = {"上午": "a.m.", "早上": "a.m.", "早晨": "a.m.", "凌晨": "a.m.", "下午": "p.m.", "晚上": "p.m.",
          "晚": "p.m.", "傍晚": "p.m.", "中午": "p.m."}
_PARTS_OF_MONTH = {"上旬": "early", "初": "early", "中旬": "mid-", "下旬": "late", "底": "late", "末": "late"}
_RELATIVE_YEARS = {"今年": "this year", "去年": "last year", "明年": "next year", "前年": "the year before last"}
_YEAR_PARTS = {"上半年": "the first half of", "下半年": "the second half of", "年初": "the beginning of",
               "年底": "the end of", "年末": "the end of", "年中": "the middle of"}
_D = "[0-9０-９零〇○一二三四五六七八九十]+"
_DATE = re.compile(
    f"(?:(?P<year>[0-9０-９]{{4}}|[零〇○一二三四五六七八九]{{4}})年|(?P<rel>今年|去年|明年|前年))?"
    f"(?:(?P<month>{_D})月(?:(?P<day>{_D})[日号]|(?P<xun>上旬|中旬|下旬|初|底|末))?|(?P<half>上半年|下半年|年初|年底|年末|年中)"
    f"|第?(?P<quarter>[一二三四1-4])季度)?"
    f"(?P<wd>\\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天七][）)]?)?"
    f"(?P<pod>上午|下午|晚上|早上|早晨|凌晨|中午|傍晚|夜间|晚)?"
    f"(?P<time>{_D}[点时:：](?:{_D}分?|半)?)?")


_RELATIVE_PERIODS = {"上个月": "last month", "上月": "last month", "下个月": "next month", "下月": "next month",
                     "本月": "this month", "这个月": "this month", "上周": "last week", "上星期": "last week",
                     "下周": "next week", "下星期": "next week", "本周": "this week", "这周": "this week"}
_FIRST_PART = re.compile(f"(?:(?P<year>[0-9０-９]{{4}})年|(?P<rel>今年|去年|明年|前年))?前(?P<n>[0-9０-９一二两三四五六七八九十]+)(?P<unit>个月|季度)")
_EVERY = {"天": "day", "日": "day", "月": "month", "年": "year", "周": "week", "星期": "week"}


def date(text: str) -> str | None:
    """`2024年6月29日` -> `June 29, 2024`, `6月29日上午` -> `the morning of June 29`,
    `今年6月` -> `June this year`, `周一` -> `Monday`, `下午3点半` -> `3:30 p.m.`, `上个月` ->
    `last month`, `每周六` -> `every Saturday`."""
    if text in _RELATIVE_PERIODS:
        return _RELATIVE_PERIODS[text]
    day = re.fullmatch(f"({_D})[日号]", text)
    if day:  # `29日`: a day of a month the text has named (`on the 29th`)
        n = number(day.group(1))
        return f"the {_numeric_ordinal(int(n))}" if n is not None and 1 <= n <= 31 else None
    year = re.fullmatch("(?P<a>[0-9]{4})[-—–－至](?P<b>[0-9]{4})学年(?:第(?P<n>[一二1-2])学期)?", text)
    if year:
        a, b = int(year.group("a")), int(year.group("b"))
        if b != a + 1:
            return None
        school_year = f"the {a}-{b} academic year"
        return f"the {_ORDINAL_WORDS[int(number(year.group('n')))]} semester of {school_year}" if year.group("n") else school_year
    if text.startswith("每") and len(text) > 1:
        return _every(text[1:])
    first = first_part_of_year(text)
    if first:
        return first
    m = _DATE.fullmatch(text)
    if not m or not m.group(0) or not any(m.group(g) for g in ("year", "rel", "month", "wd", "time", "half", "quarter")):
        return None
    month = day = None
    if m.group("month"):
        month = number(m.group("month"))
        if month is None or not 1 <= month <= 12:
            return None
        if m.group("day"):
            day = number(m.group("day"))
            if day is None or not 1 <= day <= 31:
                return None
    year = str(number(m.group("year"))) if m.group("year") else None
    rel = _RELATIVE_YEARS.get(m.group("rel") or "")
    if m.group("half"):
        when = f"{_YEAR_PARTS[m.group('half')]} {year or rel or 'the year'}"
    elif m.group("quarter"):
        n = int(number(m.group("quarter")))
        when = f"the {_ORDINAL_WORDS[n]} quarter" + (f" of {year or rel}" if year or rel else "")
    elif month and m.group("xun"):
        part = _PARTS_OF_MONTH[m.group("xun")]
        when = f"{part}{'' if part.endswith('-') else ' '}{MONTHS[int(month) - 1]}" + (f" {year or rel}" if year or rel else "")
    elif month:
        when = MONTHS[int(month) - 1] + (f" {int(day)}" if day else "")
        if year:
            when += f", {year}" if day else f" {year}"
        elif rel:
            when += f" {rel}"
    else:
        when = year or rel or ""
    weekday = ""
    if m.group("wd"):
        weekday = WEEKDAYS[re.sub("[（()）\\s]|星期|周|礼拜", "", m.group("wd"))]
        if year and day and not _weekday_agrees(int(year), int(month), int(day), weekday):
            return None  # `2024年5月3日 星期四`: one of the two is wrong, and which is unknown
        if m.group("wd")[0] in "（(" and not when:
            return None
    pod = m.group("pod")
    if m.group("time"):
        clock = _clock(m.group("time"), pod)
        if clock is None:
            return None
        parts = [clock] + ([f"on {weekday}, {when}" if weekday and when else f"on {weekday or when}"] if (weekday or when) else [])
        if (weekday or when) and not (month or weekday):
            return None  # `2024年3点` is not a time anyone writes
        return " ".join(parts)
    if pod:
        if not (when or weekday) or not day and not weekday:
            return None
        if weekday and not when:  # `Thursday afternoon`, `early Thursday`
            return f"early {weekday}" if pod == "凌晨" else f"noon on {weekday}" if pod == "中午" else \
                f"{weekday} {_PARTS_OF_DAY[pod]}"
        target = f"{weekday}, {when}" if weekday and when else weekday or when
        return f"{'noon' if pod == '中午' else 'the ' + _PARTS_OF_DAY[pod]} of {target}" if pod != "中午" else f"noon on {target}"
    if weekday and when:
        return f"{weekday}, {when}" if day else None
    return weekday or when or None


def first_part_of_year(text: str) -> str | None:
    """`今年前三季度` -> `the first three quarters of this year`, `2024年前5个月` -> `the first five
    months of 2024`, `前两个月` -> `the first two months` (the statistics bureaus' periods)."""
    m = _FIRST_PART.fullmatch(text)
    if not m:
        return None
    n = number(m.group("n"))
    limit = 3 if m.group("unit") == "季度" else 11
    if n is None or n != n.to_integral() or not 2 <= n <= limit:
        return None
    unit = "quarters" if m.group("unit") == "季度" else "months"
    year = str(number(m.group("year"))) if m.group("year") else _RELATIVE_YEARS.get(m.group("rel") or "")
    return f"the first {figure(n, spell=True)} {unit}" + (f" of {year}" if year else "")


def _weekday_agrees(year: int, month: int, day: int, weekday: str) -> bool:
    import datetime

    try:
        return datetime.date(year, month, day).strftime("%A") == weekday
    except ValueError:
        return False


def _every(text: str) -> str | None:
    """`每周六` -> `every Saturday`, `每周六上午` -> `every Saturday morning`, `每天` -> `every day`."""
    if text in _EVERY:
        return f"every {_EVERY[text]}"
    m = re.fullmatch("(?:星期|周|礼拜)(?P<d>[一二三四五六日天])(?P<pod>上午|下午|晚上)?", text)
    if not m:
        return None
    return f"every {WEEKDAYS[m.group('d')]}" + (f" {_PARTS_OF_DAY[m.group('pod')]}" if m.group("pod") else "")


def _clock(text: str, pod: str | None) -> str | None:
    m = re.fullmatch(f"(?P<h>{_D})[点时:：](?:(?P<m>{_D})分?|(?P<half>半))?", text)
    if not m:
        return None
    hour, minute = number(m.group("h")), number(m.group("m")) if m.group("m") else Decimal(30 if m.group("half") else 0)
    if hour is None or minute is None or not 0 <= hour <= 24 or not 0 <= minute < 60:
        return None
    hour, minute = int(hour), int(minute)
    if pod:
        suffix = _AM_PM.get(pod)
        if suffix is None:
            return None
        if hour > 12:
            hour -= 12
        return f"{hour}:{minute:02d} {suffix}" if minute else f"{hour} {suffix}"
    if ":" not in text and "：" not in text:
        if 13 <= hour <= 23:  # `14时30分`: a 24-hour clock says p.m. itself
            return f"{hour - 12}:{minute:02d} p.m." if minute else f"{hour - 12} p.m."
        return None  # `3点` alone: a.m. or p.m. is not known
    return f"{hour}:{minute:02d}"


def is_date(text: str) -> str:
    """The preposition a date takes when it opens a sentence (`On June 29, ...`): `On` for a day,
    `In` for a month or year, `` when `text` is not a date or takes none (`this year`)."""
    if re.fullmatch(f"{_D}[日号]", text) and date(text):
        return "On"  # `11日，...`: `On the 11th, ...`
    m = _DATE.fullmatch(text)
    if not m or not date(text):
        return ""
    if m.group("day") or m.group("wd"):
        return "On"
    if m.group("time"):
        return "At"
    if m.group("year") or m.group("month") or m.group("half") or m.group("quarter"):
        return "In"
    return ""


_RANGE = re.compile("(?P<a>.+?)(?:至|到|—|－|-|~|～|—)(?P<b>.+)")


def range_(text: str) -> str | None:
    """`3至5年` -> `three to five years`, `6月1日至3日` -> `June 1 to 3`, `2023—2024年` -> `2023 to 2024`."""
    m = _RANGE.fullmatch(text)
    if not m:
        return None
    a, b = m.group("a"), m.group("b")
    if re.fullmatch(r"0\d+", a.translate(_FULLWIDTH)):
        return None  # `010-12345678`: a leading zero makes a code (an area code, a phone), not a count
    hours = _shared_part_of_day(a, b)
    if hours:
        return hours
    left_date = _DATE.fullmatch(a)
    year = left_date.group("year") if left_date and left_date.group("month") and left_date.group("day") else None
    if year:  # `2024年6月29日至7月1日`: `June 29 to July 1, 2024`, the year once, at the end
        a = a[a.index("年") + 1:]
    if date(a) and re.fullmatch(f"{_D}[日号]", b) and re.search("[日号]$", a):  # `6月1日至3日`: one month
        day = number(b[:-1])
        if day is None or not 1 <= day <= 31:
            return None
        return f"{date(a)} to {int(day)}" + (f", {number(year)}" if year else "")
    if year:
        right = _DATE.fullmatch(b)
        if not right or right.group("year") or not right.group("day") or not date(a) or not date(b):
            return None
        return f"{date(a)} to {date(b)}, {number(year)}"
    whole_year = re.fullmatch(f"(?P<y>[0-9]{{4}})年(?P<m>{_D})", a)
    if whole_year and re.fullmatch(f"{_D}月", b):  # `2024年1-9月`: `January to September 2024`
        months = range_(f"{whole_year.group('m')}至{b}")
        return f"{months} {whole_year.group('y')}" if months else None
    if _NUMERAL_RE.fullmatch(a) and re.fullmatch(f"{_D}[月日号]", b):  # `1至5月`: the unit written once
        if b[-1] != "月":
            return None  # `1至5日`: `1st to 5th` needs the month the text names elsewhere
        left, right = date(a + "月"), date(b)
        return f"{left} to {right}" if left and right and MONTHS.index(left) < MONTHS.index(right) else None
    right = date(b) or quantity(b)
    if right is None:
        return None
    left = _bare_left(a, b) if _NUMERAL_RE.fullmatch(a) else date(a) or quantity(a)
    if not left:
        return None
    unit = re.fullmatch(r"([\d.,]+) ([a-z].*)", left)
    if unit and quantity(a) and right.endswith(" " + unit.group(2)) and re.match(r"[\d.,]+ ", right):
        left = unit.group(1)  # `5%至8%`: `5 to 8 percent`, the unit said once
    return f"{left} to {right}"


def _shared_part_of_day(a: str, b: str) -> str | None:
    """`上午8点至11点` -> `8 to 11 a.m.`: the part of the day written once, before the first hour."""
    clock = f"{_D}[点时:：](?:{_D}分?|半)?"
    m = re.fullmatch(f"(?P<pod>{'|'.join(sorted(_AM_PM, key=len, reverse=True))})(?P<t>{clock})", a)
    if not m or not re.fullmatch(clock, b):
        return None
    left, right = _clock(m.group("t"), m.group("pod")), _clock(b, m.group("pod"))
    if left is None or right is None:
        return None
    start, end = (number(re.match(_D, t).group(0)) for t in (m.group("t"), b))
    if start is None or end is None or not start < end < 12:
        return None  # `上午10点至12点` crosses noon: each end needs its own a.m./p.m.
    suffix = _AM_PM[m.group("pod")]
    return f"{left.removesuffix(' ' + suffix)} to {right}"


def _bare_left(a: str, b: str) -> str | None:
    """The left end of a range whose unit is written only once, on the right (`3至5年`)."""
    value = number(a)
    if value is None:
        return None
    if re.fullmatch("[0-9０-９]{4}", a) and re.fullmatch("[0-9０-９]{4}年", b):
        return str(value)
    unit_text = _QUANTITY.fullmatch(b)
    spell = bool(unit_text and (unit_text.group("unit") or unit_text.group("cls"))) and \
        unit_text.group("unit") not in _FIGURE_UNITS
    return figure(value, spell=spell)


# --- anniversaries ---------------------------------------------------------------------------

_FOUNDING = {"建党": "the founding of the Communist Party of China", "建所": "the founding of the institute",
             "建国": "the founding of the People's Republic of China"}


def anniversary(text: str, slots: Slots) -> str | None:
    """`100周年` -> `the 100th anniversary`, `建校70周年` -> `the 70th anniversary of the founding of
    the university`, `X成立75周年` -> `the 75th anniversary of the founding of X`."""
    m = re.fullmatch(f"(?P<what>.*?)(?P<n>{_NUMERAL})周年", text)
    if not m:
        return None
    value = number(m.group("n"))
    if value is None or value != value.to_integral() or value < 1:
        return None
    head = f"the {ordinal(int(value))} anniversary"
    what = m.group("what")
    if not what:
        return head
    if what == "建校":
        return f"{head} of the founding of the {_school_word(getattr(slots, 'context', ''))}"
    if what == "建院":
        return f"{head} of the founding of the {_institution_word(getattr(slots, 'context', ''))}"
    if what in _FOUNDING:
        return f"{head} of {_FOUNDING[what]}"
    for verb in ("成立", "建立", "创建", "诞生", "创刊"):
        if what.endswith(verb) and len(what) > len(verb):
            subject = slots.noun(what[:-len(verb)])
            if subject is None:
                return None
            return f"{head} of {'the founding of ' if verb != '诞生' else 'the birth of '}{subject}"
    subject = slots.noun(what)
    return f"{head} of {subject}" if subject else None


def _school_word(english: str) -> str:
    """建校 is the founding of whatever the school is: the one word of university/college/school
    the English around names, `university` when it names none or several."""
    kinds = {w.lower() for w in re.findall(r"\b(?:[Uu]niversity|[Cc]ollege|[Ss]chool)\b", english)}
    return kinds.pop() if len(kinds) == 1 else "university"


def _institution_word(english: str) -> str:
    """建院 founds a 院: a hospital, a college, an institute or an academy, whichever one the English
    around names; `school` (a university's 学院) when it names none."""
    kinds = {w.lower() for w in re.findall(r"\b(?:[Hh]ospital|[Cc]ollege|[Ii]nstitute|[Aa]cademy|[Ss]chool)\b", english)}
    return kinds.pop() if len(kinds) == 1 else "school"


# --- people --------------------------------------------------------------------------------

# How a title reads before a name in English (`Party Secretary Zhang Jun`); titles whose
# glossary rendering is already a pre-name form (`Vice President`) need no entry.
PRE_NAME_TITLES = {
    "党委书记": "Party Secretary", "校党委书记": "University Party Secretary", "书记": "Secretary", "党委副书记": "Deputy Party Secretary",
    "副书记": "Deputy Secretary", "党组书记": "Party Secretary", "纪委书记": "Discipline Inspection Secretary",
    "校长": "President", "院长": "Dean", "主任": "Director", "教授": "Professor", "副教授": "Associate Professor",
    "院士": "Academician", "研究员": "Researcher", "博士": "Dr.", "同志": "Comrade", "主席": "Chairman",
    "董事长": "Chairman", "总经理": "General Manager", "总裁": "President", "部长": "Minister",
    "副部长": "Vice Minister", "省长": "Governor", "副省长": "Vice Governor", "市长": "Mayor",
    "副市长": "Vice Mayor", "总理": "Premier", "副总理": "Vice Premier", "局长": "Director",
    "厅长": "Director", "处长": "Director", "所长": "Director", "秘书长": "Secretary-General",
    "大使": "Ambassador", "总书记": "General Secretary", "委员长": "Chairman", "国务委员": "State Councilor",
}
# Titles that follow the name in Chinese as a form of address (`张军教授`, `李强总理`).
_AFTER_NAME = ("同志", "教授", "副教授", "院士", "博士", "书记", "校长", "院长", "主任", "部长", "省长", "市长",
               "总理", "副总理", "主席", "董事长", "总经理", "局长", "厅长", "处长", "所长", "研究员", "秘书长",
               "大使", "总书记", "委员长", "国务委员", "副校长", "副院长", "副主任", "副书记", "副部长", "副省长", "副市长",
               "副局长", "副厅长", "副处长", "副所长", "副主席", "副董事长", "副总经理", "副秘书长")


_ADDRESS = {"女士": "Ms.", "先生": "Mr.", "小姐": "Ms.", "医生": "Dr.", "大夫": "Dr."}


def _surnames() -> frozenset[str]:
    from .glossary import SURNAMES

    return SURNAMES


def pre_name_title(text: str, slots: Slots) -> str | None:
    if text in PRE_NAME_TITLES:
        return PRE_NAME_TITLES[text]
    term = slots.glossary.get(text)
    if term is None or term.domain != "title" or " of " in term.english or term.english.split()[0].lower() in ("the", "a"):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in term.english.split())


def titled_person(text: str, slots: Slots) -> str | None:
    """`党委书记张军` / `张军书记` -> `Party Secretary Zhang Jun`; `X大学校长张军` -> `Zhang Jun,
    President of X University` (the office with its organisation follows the name)."""
    for size in (4, 3, 2):
        name, head = text[-size:], text[:-size]
        if not head:
            continue
        person = slots.name(name)
        if person is None:
            continue
        titles = [pre_name_title(t, slots) for t in head.split("、")]
        if all(titles):
            return f"{_join(titles)} {person}"
        offices = [organisation_office(t, slots) or _office(t, slots) for t in head.split("、")]
        if all(offices):
            return f"{person}, {_join(offices)}"
    for suffix, address in _ADDRESS.items():  # 朱女士 -> Ms. Zhu
        surname = text[:-len(suffix)]
        if text.endswith(suffix) and 1 <= len(surname) <= 2 and surname in _surnames():
            from .glossary import surname_reading

            family = surname_reading(surname)
            return f"{address} {family.capitalize()}" if family else None
    for suffix in sorted(_AFTER_NAME, key=len, reverse=True):
        if text.endswith(suffix) and 2 <= len(text) - len(suffix) <= 4:
            if text[:-len(suffix)].endswith("副"):
                return None  # 李明副校长 whose 副校长 has no pre-name form: 副 is the title's, not the name's
            person, title = slots.name(text[:-len(suffix)]), pre_name_title(suffix, slots)
            if person and title:
                return f"{title} {person}"
    return None


def _join(parts: list) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _office(text: str, slots: Slots) -> str | None:
    """A title as an appositive (`member of the Standing Committee of the Party Committee`)."""
    term = slots.glossary.get(text)
    return term.english if term is not None and term.domain == "title" else None


def organisation_office(text: str, slots: Slots) -> str | None:
    """`北京理工大学校长` -> `President of Beijing Institute of Technology`: an organisation from
    the glossary or `organisation`, then a title from the glossary."""
    for cut in range(len(text) - 1, 1, -1):
        org_text, title_text = text[:cut], text[cut:]
        term = slots.glossary.get(title_text)
        if term is None or term.domain != "title":
            continue
        org = slots.noun(org_text)
        if org is None:
            continue
        if org[:1].islower() and not org.startswith(("the ", "a ", "an ")):  # 学院党委书记: `Secretary of the Party Committee of the school`
            org = "the " + org
        office = term.english
        return f"{office[:1].upper() + office[1:]} of {org}"
    return None


def _bare(english: str) -> str:
    """`the Chinese Academy of Sciences` inside a longer name loses its article."""
    return english[4:] if english.startswith("the ") else english


# --- organisations -------------------------------------------------------------------------

# University kinds: `X师范大学` -> `X Normal University` with X a place from the glossary.
# University kinds whose English is regular (`X师范大学` -> `X Normal University`), X a place from
# the glossary. Kinds named irregularly across universities (理工大学: `University of Technology`,
# `University of Science and Technology`, `Institute of Technology`; 中医药大学, 外国语大学,
# 体育大学, 医学院, 师范学院) are left out: a university of such a kind needs its own glossary entry.
_UNIVERSITY_KINDS = {"大学": "{} University", "科技大学": "{} University of Science and Technology",
                     "师范大学": "{} Normal University", "工业大学": "{} University of Technology",
                     "农业大学": "{} Agricultural University", "医科大学": "{} Medical University",
                     "财经大学": "{} University of Finance and Economics", "交通大学": "{} Jiaotong University",
                     "林业大学": "{} Forestry University", "政法大学": "{} University of Political Science and Law",
                     "民族大学": "{} Minzu University"}
# Units named after a field (`计算机学院` -> `School of Computer Science`): the field from the glossary.
# (研究院, 实验室, 中心, 专业 are named in more than one way and are left out.)
_FIELD_UNITS = {"学院": "School of {}", "系": "Department of {}", "研究所": "Institute of {}",
                "重点实验室": "Key Laboratory of {}", "国家重点实验室": "State Key Laboratory of {}"}
# Government units named after a portfolio (`教育厅` -> `Department of Education`).
_PORTFOLIO_UNITS = {"厅": "Department of {}", "局": "Bureau of {}", "委员会": "{} Commission", "委": "{} Commission",
                    "部": "Ministry of {}"}
_LEVELS = {"省": "Provincial", "市": "Municipal", "自治区": "Autonomous Regional", "县": "County", "区": "District"}


def _place(text: str, slots: Slots) -> str | None:
    term = slots.glossary.get(text)
    if term is not None and (term.domain == "place" or term.english == "China"):
        return term.english
    return None


def _named_part(text: str, slots: Slots, domain: str) -> str | None:
    """A part of a name (a field, a portfolio): a term of that domain, or a plain noun of the
    glossary (`教育` -> `education`), capitalized as a name's words are."""
    term = slots.glossary.get(text)
    if term is None:
        return None
    if term.domain == domain:
        return term.english
    words = term.english.split()
    if term.domain in ("general", "cpc", "government", "education", "field", "portfolio") and words[0] not in ("the", "a", "an") \
            and len(words) <= 4 and not any(w.endswith("ing") for w in words):
        return " ".join(w if w in ("and", "of", "for") else w[:1].upper() + w[1:] for w in words)
    return None


def _field(text: str, slots: Slots) -> str | None:
    named = _named_part(text, slots, "field")
    if named:
        return named
    for joiner in "与和及":
        if joiner in text[1:-1]:
            left, _, right = text.partition(joiner)
            a, b = _field(left, slots), _field(right, slots)
            if a and b:
                return f"{a} and {b}"
    return None


def organisation(text: str, slots: Slots) -> str | None:
    """Organisations built from glossary parts: `浙江师范大学`, `X大学Y学院`, `中国科学院X研究所`,
    `X省Y厅`, `X市人民政府`, `X省委`, `X部Y司`, `X大学党委`, hospitals. A name the glossary lists
    whole is looked up first."""
    return university(text, slots) or unit_of(text, slots) or government_body(text, slots) or hospital(text, slots) \
        or ministry_department(text, slots) or part_of(text, slots) or named_unit(text, slots)


# Bodies every university (or academy) has, named the same way after its name: `Peking University
# Library`, `the Party Committee of Tsinghua University`.
_PARTS = {"医学院": "{} School of Medicine", "党委": "the Party Committee of {}", "研究生院": "the Graduate School of {}", "图书馆": "{} Library",
          "出版社": "{} Press", "团委": "the Communist Youth League Committee of {}", "校友会": "{} Alumni Association",
          "档案馆": "{} Archives", "博物馆": "{} Museum"}


# Departments of a government or a Party committee, named after it: `the General Office of the
# Zhejiang Provincial People's Government`, `the Publicity Department of the CPC Hunan Provincial Committee`.
_OFFICES = {"办公厅": "the General Office of the {}", "宣传部": "the Publicity Department of the {}",
            "组织部": "the Organization Department of the {}", "统战部": "the United Front Work Department of the {}"}


def part_of(text: str, slots: Slots) -> str | None:
    for part, form in _PARTS.items():
        if text.endswith(part) and len(text) > len(part):
            parent = slots.noun(text[:-len(part)])
            if parent and re.search(r"\b(?:University|Institute|Academy|College)\b", parent) and parent[:1].isupper():
                return form.format(_bare(parent))
    for part, form in _OFFICES.items():
        if text.endswith(part) and len(text) > len(part):
            parent = slots.noun(text[:-len(part)])
            if parent and re.search(r"\b(?:Committee|Government)$", parent):
                return form.format(_bare(parent))
    return None


def ministry_department(text: str, slots: Slots) -> str | None:
    """`教育部高等教育司` -> `the Department of Higher Education, Ministry of Education`: a ministry
    from the glossary, then a department (司) named after a field or portfolio."""
    m = re.fullmatch("(?P<parent>.+?部)(?P<field>.+)司", text)
    if not m:
        return None
    parent = slots.noun(m.group("parent"))
    field = _field(m.group("field"), slots) or _named_part(m.group("field"), slots, "portfolio")
    if not parent or not field or not _bare(parent).startswith("Ministry of"):
        return None
    return f"the Department of {field}, {_bare(parent)}"


def hospital(text: str, slots: Slots) -> str | None:
    """`X大学附属第一医院` -> `the First Affiliated Hospital of X University`; `X大学附属医院`,
    `X大学人民医院`, `X省人民医院`, `X市人民医院` -> `the Affiliated Hospital of X University`, `X University
    People's Hospital`, `X Provincial People's Hospital`, `X Municipal People's Hospital`. Numbered
    people's hospitals (`X市第一人民医院`) name themselves in more than one way and are left."""
    m = re.fullmatch(f"(?P<org>.+?)附属第(?P<n>{_NUMERAL})医院", text)
    if m:
        n, org = number(m.group("n")), slots.noun(m.group("org"))
        if n is None or not 1 <= n <= 10 or org is None or not org[:1].isupper():
            return None
        return f"the {_ORDINAL_WORDS[int(n)].capitalize()} Affiliated Hospital of {org}"
    m = re.fullmatch(f"(?P<org>.+?)附属医院", text)
    if m:
        org = slots.noun(m.group("org"))
        return f"the Affiliated Hospital of {org}" if org and re.search(r"\b(?:University|College|School of Medicine)$", org) \
            and org[:1].isupper() else None
    m = re.fullmatch("(?P<org>.+?)(?P<level>省|市|县)?人民医院", text)
    if m:
        head = m.group("org")
        if m.group("level"):
            place = _place(head, slots)
            level = {"省": "Provincial", "市": "Municipal", "县": "County"}[m.group("level")]
            return f"{_bare(place)} {level} People's Hospital" if place else None
        org = slots.noun(head)
        if org and org.endswith("University") and not org.startswith("the "):
            return f"{org} People's Hospital"
    return None


def university(text: str, slots: Slots) -> str | None:
    for kind in sorted(_UNIVERSITY_KINDS, key=len, reverse=True):
        if text.endswith(kind) and len(text) > len(kind):
            place = _place(text[:-len(kind)], slots)
            if place:
                return _UNIVERSITY_KINDS[kind].format(_bare(place))
    return None


def unit_of(text: str, slots: Slots) -> str | None:
    """A field unit, alone (`the School of Computer Science`) or inside a parent (`School of
    Computer Science, Beijing Institute of Technology`)."""
    for unit in sorted(_FIELD_UNITS, key=len, reverse=True):
        if not text.endswith(unit) or len(text) == len(unit):
            continue
        head = text[:-len(unit)]
        for cut in range(0, len(head) - 1):
            parent_text, field_text = head[:cut], head[cut:]
            field, place = _field(field_text, slots), None
            if field is None and unit == "研究所" and parent_text:  # 中国科学院长春应用化学研究所
                place, field = _place_first(field_text, slots)
            if field is None:
                continue
            named = _FIELD_UNITS[unit].format(field)
            if place:
                named = f"{place} {named}"
            if not parent_text:
                return f"the {named}"
            parent = slots.noun(parent_text)
            if parent is not None and parent[:1].isupper() or (parent or "").startswith("the "):
                return f"{named}, {_bare(parent)}"
    return None


def _place_first(text: str, slots: Slots) -> tuple[str | None, str | None]:
    """`长春应用化学` -> (`Changchun`, `Applied Chemistry`): the city a research institute is named after."""
    for cut in (2, 3):
        place, field = _place(text[:cut], slots), _field(text[cut:], slots)
        if place and field:
            return _bare(place), field
    return None, None


def named_unit(text: str, slots: Slots) -> str | None:
    """`四川大学经济学院` -> `School of Economics, Sichuan University`: a unit the glossary names whole
    (`经济学院`), after a university or academy."""
    for cut in range(2, len(text) - 1):
        term = slots.glossary.get(text[cut:])
        if term is None or not re.match(r"(?:the )?(?:School|Department|Institute|College) of ", term.english):
            continue
        parent = slots.noun(text[:cut])
        if parent and parent[:1].isupper() and re.search(r"\b(?:University|Academy|Institute|Hospital)\b", parent):
            return f"{_bare(term.english)}, {_bare(parent)}"
    return None


def government_body(text: str, slots: Slots) -> str | None:
    """`浙江省教育厅` -> `Zhejiang Provincial Department of Education`, `杭州市人民政府` -> `Hangzhou
    Municipal People's Government`, `浙江省委` -> `the CPC Zhejiang Provincial Committee`."""
    for level in sorted(_LEVELS, key=len, reverse=True):
        i = text.find(level)
        while i > 0:
            place = _place(text[:i], slots)
            rest = text[i + len(level):]
            if place:
                place = _bare(place)
                adjective = _LEVELS[level]
                if rest == "":
                    return f"{place} {'Province' if level == '省' else 'Autonomous Region' if level == '自治区' else ''}".strip() \
                        if level in ("省", "自治区") else place
                if rest == "委":
                    return f"the CPC {place} {adjective} Committee"
                if rest in ("人民政府", "政府"):
                    return f"the {place} {adjective} People's Government"
                if rest == "人大常委会":
                    return f"the Standing Committee of the {place} {adjective} People's Congress"
                if rest == "政协":
                    return f"the {place} {adjective} Committee of the CPPCC"
                portfolio = _portfolio(rest, slots)
                if portfolio:
                    return f"the {place} {adjective} {portfolio}"
            i = text.find(level, i + 1)
    return None


# Units whose English name is fixed whatever the level (`Hangzhou Municipal Public Security Bureau`).
_FIXED_UNITS = {"公安局": "Public Security Bureau", "公安厅": "Department of Public Security"}


def _portfolio(text: str, slots: Slots) -> str | None:
    if text in _FIXED_UNITS:
        return _FIXED_UNITS[text]
    for unit in sorted(_PORTFOLIO_UNITS, key=len, reverse=True):
        if text.endswith(unit) and len(text) > len(unit):
            head = text[:-len(unit)]
            named = _named_part(head, slots, "portfolio")
            if named:
                return _PORTFOLIO_UNITS[unit].format(named)
    return None


# --- the whole grammar ---------------------------------------------------------------------

CONSTRUCTIONS: tuple[tuple[str, Callable[[str, Slots], str | None]], ...] = (
    ("date", lambda t, s: date(t)),
    ("quantity", lambda t, s: quantity(t)),
    ("share", lambda t, s: share(t)),
    ("several", lambda t, s: several(t)),
    ("ordinal", lambda t, s: ordinal_phrase(t)),
    ("section", lambda t, s: section(t)),
    ("change", lambda t, s: change(t)),
    ("prize", lambda t, s: prize(t)),
    ("plan", lambda t, s: five_year_plan(t)),
    ("range", lambda t, s: range_(t)),
    ("anniversary", anniversary),
    ("session", session),
    ("organisation", organisation),
    ("person", titled_person),
)


def cover(text: str, slots: Slots) -> str | None:
    """The English of `text` when one construction covers all of it."""
    for _, construction in CONSTRUCTIONS:
        english = construction(text, slots)
        if english:
            return english
    return None


# Words of the gambling and fake-site spam that hijacked pages carry: a span containing one is
# never rendered, whatever else covers it.
SPAM_MARKERS = re.compile("娱乐城|博彩|赌场|赌博|百家乐|彩票|时时彩|六合彩|棋牌|老虎机|投注|下注|彩金|返水|注册送|葡京|"
                          "威尼斯人|娱乐平台|真人娱乐|电子游艺|捕鱼|开户送|体育平台|官方网站入口|官网入口|成人网站|成人视频|色情|"
                          "代孕|代开[^，。\\s]{0,4}发票|发票代开|代写论文|论文代写|代写|包过|贷款秒批|北京赛车|[Pp][Kk]10|幸运飞艇|太阳城|娱乐网址|赌球|现金网")


def spam_like(text: str) -> bool:
    return SPAM_MARKERS.search(text) is not None
