"""Clause-split capitals: MT translated each Chinese clause alone and capitalized it."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from ..lexicon import (ABBREVIATIONS, CALENDAR_NAMES, CLEAR_NAME_RATIO, COMMON_RATIO, FUNCTION_WORDS, GROUP_NOUNS,
                       REPORTING_VERBS,
                       IRREGULAR_PAST_FORMS, LOWERCASE_LETTER_PREFIXES, MULTIWORD_RATIO, NAME_FORMING_RATIO,
                       NAME_RATIO, TITLE_MODIFIERS, WORK_NOUNS, case_ratio, is_common_word, is_inflected,
                       is_pinyin_name)
from ..context import EVIDENCE_REACH
from .base import FindingRows, Row, rule
from .spacing import glued_sentence_end

# A clause boundary (ASCII or Chinese comma or semicolon) and the capitalized word after it:
# re's own scan for commas, matched at the context's shared mark positions for the rarer marks.
# What stands before the mark is tested by the pattern too (`\w` is str.isalnum() or `_`); spaces
# there, which another rule removes, are looked past in Python (`_clause_before`).
_CLAUSE_END = ".。．)]%\"'”’_）】」』》"  # besides letters and digits, what may end a clause
_BEFORE_CLAUSE = "\\w" + re.escape(_CLAUSE_END) + " \u3000"
_CLAUSE_START_PATTERN = (r"([,;，；、])(?<=[" + _BEFORE_CLAUSE + r"].)([ \u3000]*)([A-Z][A-Za-z]*)"
                         r"(?=([^A-Za-z\n]{0,3})([A-Za-z]*))")
_CLAUSE_START = re.compile(_CLAUSE_START_PATTERN)
_CLAUSE_MARKS = ",;，；、"
_COMMA_CLAUSE_START = re.compile(_CLAUSE_START_PATTERN.replace("[,;，；、]", ",", 1))


def decide(word: str, next_word: str, ctx, joined: str = " ", pos: int = 0) -> tuple[bool, str]:
    """Should the capitalized `word` after a clause boundary be lower-cased, and why.

    `next_word` is the word after it and `joined` what stands between the two. The default is to
    lower-case: a capital right after a clause boundary is the artifact this rule exists for, so
    keeping it needs positive evidence of a name.
    """
    lower, why, settled = _english_verdict(word, next_word, joined)
    if lower and _in_title_case(ctx, pos):
        return False, "the line is in title case (a headline)"
    if lower and _before_a_number(joined) and _numbered_subject(ctx.text, pos, word):
        return False, "a numbered name that a verb follows (Line 5 will)"
    if lower and _titles_a_work(ctx.text, pos):
        return False, "the title of a work, in apposition to the noun before it"
    if settled:
        if word.lower() in CALENDAR_NAMES and _listed_with_months(ctx.text, pos, word, joined, next_word):
            return False, "a month listed with other months"
        if lower and next_word in REPORTING_VERBS and _bare_speaker(word, joined, ctx.text, pos):
            return False, "a bare singular word as the subject of a reporting verb names the speaker (Arm said)"
        if why == _FUNCTION_WORD and joined == " " and _is_name(next_word) \
                and _nearby(ctx, _name_elsewhere, f" {word} {next_word} ", pos):
            return False, f"{word} {next_word!r} is capitalized mid-sentence elsewhere (a title)"
        return lower, why
    # The lexicon cannot settle it: the text's own usage near the word overrides it.
    if why == _PAST_FORM and joined == " " and _is_name(next_word) \
            and _nearby(ctx, _name_elsewhere, f" {word} {next_word} ", pos):
        return False, f"{word} {next_word!r} is capitalized mid-sentence elsewhere (a name)"
    if why == _PAST_FORM and joined == " " and _is_name(next_word) and _NAME_THEN_REPORTS.match(ctx.text, pos + len(word)):
        return False, f"{word} {next_word!r} is the subject of a reporting verb (Met Office forecasters said)"
    text = ctx.text
    if joined[:1] == "," and _known_word(word) and _heads_a_list_of_names(text, pos + len(word)):
        return False, "listed with names"
    if joined == " " and _known_word(word):
        if _between_names(text, pos, word, next_word):
            return False, "listed between names"
        if next_word.islower() and _after_a_name(text, pos) and not _OF_A_NAME_THEN_NAME.match(text, pos + len(word)):
            return True, "a title or role after a name"
    if lower and next_word in REPORTING_VERBS and _bare_speaker(word, joined, text, pos):
        return False, "a bare singular word as the subject of a reporting verb names the speaker (Shell said)"
    if lower and next_word.endswith("ing") and _bare_speaker(word, joined, text, pos) \
            and _ACTS_ON.match(text, pos + len(word) + 1 + len(next_word)):
        return False, "a bare singular word as the subject of a clause of its own names its subject (Gap closing 300 stores)"
    if lower:
        if ctx.capitalized_nearby(word, pos):
            alone = _nearby(ctx, _capitalized_alone, " " + word, pos)
            if alone and (not ctx.lowercase_nearby(word, pos) or alone > _nearby(ctx, _lowercase, word.lower(), pos)):
                return False, "capitalized mid-sentence elsewhere in the document, more often than not"
    elif ctx.lowercase_nearby(word, pos) and not ctx.capitalized_nearby(word, pos) \
            and not (next_word == "of" and _OF_A_NAME.match(ctx.text, pos + len(word))):
        return True, "written in lower case elsewhere in the document"
    return lower, why


# `,Minister of Health Lei Haichao`, `,Bank of China`: a name's `of` and the capitalized word after it.
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z][a-z]+")
# `Minister of Health Lei Haichao`: a title's `of` phrase without an article, then a person's name
# (`chairman of the Moscow … Association said` names a body, not the next person).
_OF_A_NAME_THEN_NAME = re.compile(r" of (?:[A-Z][a-z]+ )+[A-Z][a-z]+ [A-Z][a-z]+\b")
# `,Met Eireann said`, `,Met Office forecasters said`: a capitalized name, and perhaps the people
# of it, before a reporting verb.
_NAME_THEN_REPORTS = re.compile(r"(?: [A-Z][a-z]+)+(?: [a-z]+s)? (?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b")
# `Line 5 will`, `Gate 12 has`: a number and then an auxiliary verb make the pair a subject.
_NUMBER_THEN_AUXILIARY = re.compile(r" \d[\d.,]*[A-Za-z]? (?:will|would|is|was|are|were|has|had|have|can|could|"
                                    r"should|must|may|might)\b")


def _before_a_number(joined: str) -> bool:
    """Does a number follow the word after one space (`Line 5`)?"""
    return joined[:1] == " " and joined[1:2].isdigit()


def _numbered_subject(text: str, pos: int, word: str) -> bool:
    """`If the plan goes ahead,Line 5 will reach the airport`: a noun with a number that a verb
    follows is the clause's subject and the number names it, as a line, route or gate is named; a
    clause-split verb takes the number as its object (`Introduce 22 billion yuan`). Function words
    (`About 26% of`) and verb forms are settled before this is asked."""
    low = word.lower()
    return low not in FUNCTION_WORDS and not is_inflected(low) and low not in IRREGULAR_PAST_FORMS \
        and bool(_NUMBER_THEN_AUXILIARY.match(text, pos + len(word)))


_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_LOWER_CASE_WORD = re.compile(r"(?<![A-Za-z'’])[a-z]")
_UP_TO_LAST_BLANK = re.compile(r".*[ \n]", re.S)
TITLE_CASE_WORDS = 6  # a line this long with every word capitalized is a headline, not clause-split MT


def _in_title_case(ctx, pos: int) -> bool:
    """`PM Modi Tweets Tribute To Jacques Chirac,Calls Him True Global Statesman`: in a line whose
    every word is capitalized, function words included, the capital after a comma is the
    headline's style, not a clause translated alone. A word in lower case anywhere in the line,
    usually among its first few, settles it the other way."""
    text = ctx.text
    lo = pos - 40 if pos > 40 else 0
    # The word before the mark starts after the last blank before it: one match, where two
    # rfind calls (a space, a newline) and max() cost twice as much, for most marks of a page.
    through_blank = _UP_TO_LAST_BLANK.match(text, lo, pos - 1)
    word_start = through_blank.end() if through_blank else lo
    if not text[word_start:word_start + 1].isupper():  # the word before the mark is in lower case
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    key = ("title case", "", line_start)
    cache = ctx._evidence_cache
    if key not in cache:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        words = () if _LOWER_CASE_WORD.search(text, line_start, line_end) else \
            _LINE_WORD.findall(text, line_start, line_end)
        cache[key] = len(words) >= TITLE_CASE_WORDS and any(w.lower() in FUNCTION_WORDS for w in words[1:])
    return cache[key]


_WORK_BEFORE = re.compile(r"\b([a-z]+)[,，][ \u3000]*\Z")
_CLAUSE_WORDS = re.compile(r"[^,，;；.。!?\n]*")
_TITLE_WORD = re.compile(r"[A-Za-z][a-z'’]*")


def _titles_a_work(text: str, pos: int) -> bool:
    """`The film,The Last Harvest,Will open`, `The play,Death of a Salesman,Returns`: after a noun for
    a work, a clause in title case (its content words all capitalized, two or more of them common
    words) is the work's title, not a clause translated alone (`The film,Shot in Morocco,`
    capitalizes only a name besides its first word)."""
    before = _WORK_BEFORE.search(text, max(0, pos - 30), pos)
    if not before or before.group(1) not in WORK_NOUNS:
        return False
    words = _TITLE_WORD.findall(_CLAUSE_WORDS.match(text, pos).group())
    content = [w for w in words[1:] if w[0].isupper() or w.lower() not in FUNCTION_WORDS]
    if not content or any(w[0].islower() for w in content):
        return False
    return sum(1 for w in words[:1] + content if w.lower() not in FUNCTION_WORDS and _known_word(w)) >= 2


def _known_word(word: str) -> bool:
    """Does the case lexicon know `word` as an English word that is not clearly a name?"""
    ratio = case_ratio(word.lower())
    return ratio is not None and ratio < CLEAR_NAME_RATIO


# `Huang Jing,` or `Adrian Rigby, `: a two-word capitalized name just before the clause mark.
_NAME_BEFORE_MARK = re.compile(r"(?:^|[\s,，;])([A-Z][a-z]+) ((?:Mc|Mac|O')?[A-Z][a-z]+)[,，][ \u3000]*\Z")
_NAME_AFTER_AND = re.compile(r" (?:and|or) ([A-Z][a-z]+|[A-Z]{2,})\b")
_WORD_BEFORE_MARK = re.compile(r"([A-Za-z]+)[,，][ \u3000]*\Z")


def _after_a_name(text: str, pos: int) -> bool:
    """`Adrian Rigby,Chief operating officer`: the clause follows a two-word capitalized name, so
    a common word that starts it names the person's office or role."""
    m = _NAME_BEFORE_MARK.search(text, max(0, pos - 60), pos)
    return bool(m) and _is_name(m.group(1)) and _is_name(m.group(2).replace("'", "").capitalize())


def _bare_speaker(word: str, joined: str, text: str, pos: int) -> bool:
    """`, Shell said`, `, Next said on Wednesday`: a common singular noun or an adjective cannot
    report anything without an article, so with a reporting verb after it the word is a name. A
    plural (`Officials said`), a group noun (`Police said`) or a word the document also writes in
    lower case nearby is a common subject."""
    low = word.lower()
    return joined == " " and not low.endswith("s") and low not in GROUP_NOUNS and low not in FUNCTION_WORDS \
        and low not in IRREGULAR_PAST_FORMS and not is_inflected(low) \
        and _MARK_BEFORE.search(text, max(0, pos - 3), pos) is not None


# What a participle's object opens with: `cutting prices`, `closing 300 stores`, `paying £1.3 billion`.
_ACTS_ON = re.compile(r" (?:(?:the|a|an|its|their|his|her|more|hundreds|thousands|millions|billions)\b|[\d£$€])")
_MARK_BEFORE = re.compile(r"[,，;；][ \u3000]*\Z")


def _between_names(text: str, pos: int, word: str, next_word: str) -> bool:
    """`Walmart,Target and Costco`: a list item with a name on each side is a name too; so is one
    joined by `and` or `or` to a word that is clearly a name (`The card networks,Visa and
    Mastercard`) or to an acronym (`Shell and BP`), as coordinated words are of one kind."""
    if next_word not in ("and", "or"):
        return False
    after = _NAME_AFTER_AND.match(text, pos + len(word))
    if not after or not (_is_name(after.group(1)) or after.group(1).isupper()):
        return False
    if after.group(1).isupper():  # `Shell and BP`; but `Erik Hanell,President and CEO`: a role and its acronym
        return not _after_a_name(text, pos)
    if (case_ratio(after.group(1).lower()) or 0.0) >= CLEAR_NAME_RATIO:
        return True
    before = _WORD_BEFORE_MARK.search(text, max(0, pos - 40), pos)
    return bool(before) and _is_name(before.group(1))


_LIST_AFTER = re.compile(r"(?:,[ ]*[A-Z][A-Za-z]+)+,?[ ]+(?:and|or)[ ]+[A-Z][A-Za-z]+\b")
_LIST_ITEM = re.compile(r"[A-Z][A-Za-z]+")


def _heads_a_list_of_names(text: str, end: int) -> bool:
    """`Mobile operators,Orange, Vodafone and Telefonica`: a word that a list of clear names
    follows (acronyms, or words the lexicon knows only as names or not at all) opens that list,
    as coordinated words are of one kind. A list of common words in capitals (`,Visit, Inspect
    and Guide`) is clause-split machine translation."""
    m = _LIST_AFTER.match(text, end)
    return bool(m) and all(_clear_name(item) for item in _LIST_ITEM.findall(m.group()))


def _clear_name(word: str) -> bool:
    """An acronym, or a word the case lexicon knows as a name, or knows not at all and is no common word."""
    ratio = case_ratio(word.lower())
    return word.isupper() or (ratio >= CLEAR_NAME_RATIO if ratio is not None else not is_common_word(word.lower()))


def _nearby(ctx, find, needle: str, pos: int) -> bool:
    """`find(text, haystack, needle, lo, hi)` over the text near `pos`, cached by block like the
    context's own evidence, so that a long file costs one scan per block and not one per clause.
    The needle is looked for in `haystack`, the text or its ASCII view (Context.searched)."""
    block = pos // EVIDENCE_REACH
    key = (find.__name__, needle, block)
    cache = ctx._evidence_cache
    if key not in cache:
        text = ctx.text
        lo, hi = (block - 1) * EVIDENCE_REACH if block else 0, (block + 2) * EVIDENCE_REACH
        if hi > len(text):
            hi = len(text)
        cache[key] = find(text, *ctx.searched(needle), lo, hi)
    return cache[key]


def _capitalized_alone(text: str, haystack, needle, lo: int, hi: int) -> int:
    """How often `word` (the needle is a space and the word) is capitalized mid-sentence in
    text[lo:hi] other than as the first word of a longer name: `the National Bureau` (or `People's
    Daily`) shows that the whole is a name."""
    find = haystack.find
    count = 0
    at = find(needle, lo, hi)
    while at >= 0:
        end = at + len(needle)
        tail = end + 2 if text[end:end + 2] in ("'s", "’s") else end
        if text[at - 1:at].isalpha() and not text[end:end + 1].isalpha() \
                and not (text[tail:tail + 1] == " " and text[tail + 1:tail + 2].isupper()):
            count += 1
        at = find(needle, end, hi)
    return count


def _lowercase(text: str, haystack, low, lo: int, hi: int) -> int:
    """How often `low` (or its plural or possessive) is a word of its own in text[lo:hi]."""
    find = haystack.find
    count = 0
    at = find(low, lo, hi)
    while at >= 0:
        end = at + len(low) + (text[at + len(low):at + len(low) + 1] == "s")
        if (at == 0 or not text[at - 1].isalpha()) and not text[end:end + 1].isalpha():
            count += 1
        at = find(low, at + 1, hi)
    return count


def _name_elsewhere(text: str, haystack, needle, lo: int, hi: int) -> bool:
    """`The Sun`, `The New York Times`: is the phrase (the needle is it between spaces) written
    after a lower-case word in text[lo:hi], so that its capitalized function word belongs to a name?"""
    find = haystack.find
    at = find(needle, lo, hi)
    while at >= 0:
        if text[at - 1:at].islower():
            return True
        at = find(needle, at + 1, hi)
    return False


def _listed_with_months(text: str, pos: int, word: str, joined: str, next_word: str) -> bool:
    """`March, May and June`: `May` between month names is one too."""
    before = _WORD_BEFORE_MARK.search(text, max(0, pos - 40), pos)
    if before and before.group(1).lower() in CALENDAR_NAMES:
        return True
    if joined.strip() in ("", ",") and next_word.lower() in CALENDAR_NAMES:
        return True
    after = _NAME_AFTER_AND.match(text, pos + len(word))
    return bool(after) and after.group(1).lower() in CALENDAR_NAMES


def _is_name(word: str) -> bool:
    """A capitalized word that is neither a function word nor a month or weekday."""
    low = word.lower()
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and low not in FUNCTION_WORDS \
        and low not in CALENDAR_NAMES


# Month names that are also verbs of motion, and the prepositions of direction after such a verb.
MONTH_VERBS = frozenset(("march",))
_DIRECTIONS = frozenset("to towards toward through into onto past along across down up around".split())
_FUNCTION_WORD = "function word"
_PAST_FORM = "a past form of a verb"
_AUXILIARIES = frozenset("will would shall should can could may might must".split())
# A capitalized function word inside a phrase marks title case (`Where Are We Going`); an article
# may instead start the name that follows (`and The Times`).
_TITLE_CASED_FUNCTION_WORDS = FUNCTION_WORDS - {"the", "a", "an"}
_USUALLY_CAPITALIZED = "usually capitalized in English (a name)"


@lru_cache(maxsize=16384)
def _english_verdict(word: str, next_word: str, joined: str) -> tuple[bool, str, bool]:
    """What English alone says about `word`, followed by `joined` (up to two characters that are
    not letters) and `next_word`: lower-case it?, why, and whether that settles it."""
    if word == "I" or len(word) > 1 and not word[1:].islower():
        return False, "acronym, name or I", True
    low = word.lower()
    if joined[:1] in "'’" and next_word == "t":  # `,Don't we`: a verb with its negation, not the name Don
        return True, "a negated verb (n't)", True
    if joined[:1] == "-":
        if len(word) == 1:
            if low in LOWERCASE_LETTER_PREFIXES:
                return True, "a lower-case letter prefix", True
            return False, "a letter term (A-share, X-ray)", True
        if next_word[:1].isupper():
            return False, "hyphenated in title case", True
    if joined[:1] == "." and joined[1:].strip()[:1].isdigit():
        return False, "an abbreviation before a number (No. 3)", True
    if low in CALENDAR_NAMES:
        if joined[:1] == " " and joined[1:2].isdigit():
            return False, "a date", True
        if low in MONTH_VERBS and joined == " " and next_word in _DIRECTIONS:
            return True, "a verb that a preposition of direction follows (march to)", True
        if low not in FUNCTION_WORDS:
            return False, "a month or weekday name", True
    spaced = joined == " "
    if not spaced:
        next_word = ""
    if next_word[:1].isupper() and next_word[1:].islower() and next_word.lower() in _TITLE_CASED_FUNCTION_WORDS:
        return False, "starts a title in title case", True
    if low in FUNCTION_WORDS:
        if low in _AUXILIARIES and joined[:1] in ",.;":
            return False, "an auxiliary verb cannot make a clause alone: a name (Will, May)", True
        if is_pinyin_name(word, next_word) and (case_ratio(next_word.lower()) or CLEAR_NAME_RATIO) >= CLEAR_NAME_RATIO:
            return False, "a Chinese surname before a given name", True
        return True, _FUNCTION_WORD, True
    if len(word) == 1:
        return False, "an initial", True
    if word in ABBREVIATIONS and joined[:1] == ".":
        return False, "an abbreviated title or place", True
    ratio = case_ratio(low)
    if ratio is not None and ratio >= CLEAR_NAME_RATIO:
        return False, "usually capitalized in English (a name)", True
    if is_inflected(low):
        return True, "an adverb or verb form", True
    if low in IRREGULAR_PAST_FORMS:  # `Keir Starmer,Met President Macron`: not a name `Met President`
        return True, _PAST_FORM, False
    if low in TITLE_MODIFIERS:  # `,Former President Donald Trump`: not a name `Former President`
        return True, "qualifies a title of office (former, late)", False
    if next_word[:1].isupper() and not next_word.isupper():
        if ratio is None or ratio >= MULTIWORD_RATIO or is_pinyin_name(word, next_word):
            return False, "starts a multi-word name", True
    settled = ratio is not None and ratio < COMMON_RATIO
    if ratio is None:
        if is_common_word(low):
            return True, "common English word", settled
        return False, "not a common English word (likely a name)", settled
    if ratio >= NAME_RATIO:
        next_ratio = case_ratio(next_word) if next_word.islower() else None
        if next_ratio is not None and next_ratio >= NAME_FORMING_RATIO:
            return True, f"{next_word!r} after it is in lower case: not a title-case name", False
        return False, _USUALLY_CAPITALIZED, settled
    return True, "common English word", settled


@rule(
    "casing.clause-split",
    kind="casing",
    severity="warning",
    title="Capitalized clause after a comma",
    priority=50,
    fixes=(("visited the school,Visit the laboratory,Talk with teachers",
            "visited the school,visit the laboratory,talk with teachers"),
           ("the delegation arrived, Then it left", "the delegation arrived, then it left")),
    keeps=("his son,Hunter Biden, said", "in 2020,NASA said", "Yesterday, I said so", "the school, Visit us"),
)
def clause_split_capitals(ctx) -> FindingRows:
    """MT systems that translate a Chinese sentence clause by clause capitalize each clause, so a
    comma is followed by a capital: `visited the school,Visit the laboratory,Talk with…`. The
    first letter is lower-cased unless the word is a name. That is decided from the document's own
    evidence first (is the word written in lower case, or capitalized mid-sentence, elsewhere?),
    then from how English usually cases it (a corpus-derived case lexicon, then wordfreq).
    Acronyms, `I`, words that start a multi-word name, quotes and sentence starts are kept."""
    text, frozen = ctx.text, ctx.frozen_mask
    found: list[Row] = []
    for lead in _CLAUSE_MARKS:
        if lead == ",":  # the commonest mark: re's scan skips the commas with no capital after them
            first = text.find(",", 1)
            matches = _COMMA_CLAUSE_START.finditer(text, first) if first >= 0 else ()
        else:  # the rarer marks, matched where they stand
            matches = filter(None, map(_CLAUSE_START.match, repeat(text), ctx.mark_positions(lead)))
        for m in matches:
            mark, space, word, joined, next_word = m.groups()
            if space and mark in ",;" and word.lower() not in FUNCTION_WORDS:
                continue  # ", Word" with a space is ordinary English unless a function word follows
            at = m.start()
            if text[at - 1] in " \u3000" and not _clause_before(text, at):
                continue
            if joined == "." and next_word and not glued_sentence_end(text, m.start(4)):
                continue  # a domain or identifier: `Gong.bg`
            if space and next_word[:1].isupper() and not next_word.isupper():
                continue
            start = m.start(3)
            if frozen[start]:
                continue
            plain = _plain_verdict(word, next_word, joined)
            if plain is None or plain[0] and _in_title_case(ctx, start):  # a headline's capital: decide() says so
                lower, why = decide(word, next_word, ctx, joined, start)
            else:
                lower, why = plain
            if lower:
                found.append((start, start + 1, word, word[0].lower(), why))
    return FindingRows(found, _describe)


def _describe(word: str, why: str) -> tuple[str, dict[str, str]]:
    """The message and data of a clause-split capital, built only when issues are."""
    return f"clause-split capital {word!r} ({why})", {"word": word, "reason": why}


def _clause_before(text: str, at: int) -> bool:
    """Does a clause end before the mark at `at`, looking past the spaces before it (which the
    whitespace rule removes)?"""
    i = at - 1
    while i > 0 and text[i] in " \u3000":
        i -= 1
    return text[i].isalnum() or text[i] in _CLAUSE_END


@lru_cache(maxsize=16384)
def _plain_verdict(word: str, next_word: str, joined: str) -> tuple[bool, str] | None:
    """decide()'s answer where English alone settles it and no evidence of the text can
    overturn it (most clauses of a damaged page); None where decide() must read the text."""
    lower, why, settled = _english_verdict(word, next_word, joined)
    if not settled or word.lower() in CALENDAR_NAMES \
            or why == _FUNCTION_WORD and joined == " " and _is_name(next_word) \
            or lower and _before_a_number(joined) \
            or lower and next_word in REPORTING_VERBS:  # maybe `Line 5 will`, `Arm said`
        return None
    return lower, why
