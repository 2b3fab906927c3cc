"""Translation units: what the engine step sends, and how each answer is put back.

A leftover run is not always a sentence. A Chinese sentence with a Latin name, a bracketed
gloss, a number or a short English word inside it is found as several runs, and no translator
renders the fragments well on their own. Every engine is therefore sent *units*: runs of one
sentence joined with the material between them (`罗伊先生的妹妹凯迪·罗伊 (Camdyn Roy) 作证表示，…`
is one unit, and its translation replaces all of it). A unit never crosses a line break or an
English sentence, and a unit too long for one request is cut at Chinese sentence ends.

A Chinese sentence may open with a Latin name (`Brown 是…`, `Uber进入…`): the unit starts there.
An engine that declines a unit larger than its runs (the glossary engine covers a span completely or
not at all) is asked again for the runs one by one, so merging never finishes less than before.

Answers are fitted to their place: spaces where English needs them (`浏览Title:` becomes
`Views Title:`, not `ViewsTitle:`), no doubled full stop before a comma or a full stop, a capital
at a sentence start and none mid-sentence. Glossary terms guide the engine but never veto a
translation: an answer that renders a term otherwise is used, and the term becomes a
`terminology.engine-rendering` warning with the official rendering as its suggestion. What stays
unfinished keeps the engine's rejected answer in the leftover issue's data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .engines import CONTEXT_CHARS, SpanRequest, Translation
from .glossary import Glossary, Term
from .lexicon import COMMON_RATIO, FUNCTION_WORDS, NAME_RATIO, case_ratio
from .rules.base import Finding
from .scripts import CLOSERS, LATIN_WORD_RE, OPENERS

MAX_UNIT_CHARS = 2000  # half an openai request: a unit always fits one
MAX_GAP_CHARS = 80
MAX_GAP_WORDS = 3  # Latin words between two runs of one sentence, outside brackets
GENERIC_CHARS = 2  # a dictionary word this short is an ordinary word, not a formulation
_SENTENCE_END = "。！？!?.…"
_BRACKETED = re.compile(r"[(（\[【][^()（）\[\]【】\n]*[)）\]】]")
_ENGLISH_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s")  # `said. Then`; `U.S. ` and `Mr. ` are not ends
# Latin words that open a sentence whose first run follows them: `Brown 是 Germantown…`, `Uber进入…`
_LEADING_LATIN = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9&'’-]*(?:\.[A-Za-z0-9]+)* ?){1,%d}$" % MAX_GAP_WORDS)
# A gloss between a sentence's last run and its own final mark: `…格洛丽亚·埃斯特凡 (Gloria Estefan)。`
_TRAILING_GLOSS = re.compile(r"\s*[(（\[【][^()（）\[\]【】\n]{1,60}[)）\]】](?:\s*[。！？；，、：]+[”’」』]*|(?=[ \t]*(?:\n|$)))")
_CHINESE_SENTENCE = re.compile(r".*?(?:[。！？]+[”’」』\"')）]*|$)", re.S)
_STEM_WORD = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset(("the", "a", "an", "our", "its", "their", "this", "these"))
ENGINE_TERMINOLOGY = "terminology.engine-rendering"  # declared in rules/terminology.py


@dataclass(frozen=True, slots=True)
class Unit:
    """A span of the text sent as one translation; `parts` are the leftover runs inside it."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]


@dataclass
class Outcome:
    """What the engine step produced: repairs (start, end, text), notes, term warnings, and the
    engine's account of every run left unfinished."""

    repairs: list[tuple[int, int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    unfinished: dict[tuple[int, int], dict] = field(default_factory=dict)  # run -> engine, reason, answer


def build_units(text: str, runs: list[tuple[int, int]], deliberate: frozenset[tuple[int, int]] = frozenset()) -> list[Unit]:
    """Sorted CJK runs grouped into units of whole sentences (see the module doc). Runs in
    `deliberate` (a gloss, a heading half) are taken in only as part of a sentence that has a
    leftover run: a Chinese sentence is translated whole, whatever one of its pieces looked like."""
    groups: list[list[tuple[int, int]]] = []
    for run in runs:
        if groups and _same_sentence(text, groups[-1][-1], run):
            groups[-1].append(run)
        else:
            groups.append([run])
    units: list[Unit] = []
    for group in groups:
        parts = tuple(r for r in group if r not in deliberate)
        if not parts:
            continue
        start, end = _sentence_start(text, group[0][0], units[-1].end if units else 0), group[-1][1]
        gloss = _TRAILING_GLOSS.match(text, end)
        if gloss and not _ends_sentence(text[group[-1][0]:end]):
            end = gloss.end()
        units += _cut(text, Unit(start, end, parts))
    return units


def _same_sentence(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Do two runs belong to one sentence, split only by a name, a gloss, a number or a word?"""
    if _ends_sentence(text[left[0]:left[1]]):
        return False
    gap = text[left[1]:right[0]]
    if "\n" in gap or len(gap) > MAX_GAP_CHARS:
        return False
    rest = _BRACKETED.sub(" ", gap)
    if any(c in rest for c in "()（）[]【】。！？") or _ENGLISH_SENTENCE_END.search(rest + " "):
        return False
    words = LATIN_WORD_RE.findall(rest)
    return len(words) <= MAX_GAP_WORDS and not (len(words) >= 2 and re.search(r"[,;:]", rest))


def _sentence_start(text: str, start: int, floor: int) -> int:
    """Where the sentence of a run starting at `start` begins: before the Latin words that open
    it (a Chinese sentence may open with a name: words an English sentence would not open with)
    and the quote or bracket that opens it, but only at a sentence start, never before `floor`."""
    new = start
    m = _LEADING_LATIN.search(text, max(floor, start - 60), start)
    if m and all(_name_like(w) for w in m.group(0).split()):
        new = m.start()
    if new > floor and text[new - 1] in OPENERS:
        new -= 1
    if new == start:
        return start
    before = text[floor:new].rstrip(" ")
    return new if not before or before[-1] == "\n" or _ends_sentence(before) else start


def _name_like(word: str) -> bool:
    """`Brown`, `Uber`, `iPhone`, `HKND`, `3D`: a number, a word with inner capitals, or a capitalized
    word that English capitalizes as a name (the case lexicon), not a common word at a sentence start."""
    if word[0].isdigit() or any(c.isupper() for c in word[1:]):
        return True
    ratio = case_ratio(word.lower())
    return word[0].isupper() and word.lower() not in FUNCTION_WORDS and (ratio is None or ratio >= NAME_RATIO)


def _ends_sentence(run: str) -> bool:
    tail = run.rstrip(CLOSERS + " \t\n")
    return bool(tail) and tail[-1] in _SENTENCE_END


def _cut(text: str, unit: Unit) -> list[Unit]:
    """A unit longer than MAX_UNIT_CHARS cut at Chinese sentence ends (never inside a run's sentence)."""
    if unit.end - unit.start <= MAX_UNIT_CHARS:
        return [unit]
    pieces, start = [], unit.start
    for m in _CHINESE_SENTENCE.finditer(text, unit.start, unit.end):
        if m.end() - start > MAX_UNIT_CHARS and m.start() > start:
            pieces.append((start, m.start()))
            start = m.start()
        if m.end() >= unit.end:
            break
    pieces.append((start, unit.end))
    cut = [Unit(s, e, tuple(p for p in unit.parts if p[0] < e and p[1] > s)) for s, e in pieces]
    return [u for u in cut if u.parts]


def generic(term: Term) -> bool:
    """An ordinary word (代表, 表示): a glossary entry of at most GENERIC_CHARS characters that the
    dictionary (CC-CEDICT) lists as a word. Its rendering is a hint, never a requirement."""
    from .bilingual import cedict_index

    return len(term.source) <= GENERIC_CHARS and term.source in cedict_index()


def renders(term: Term, answer: str) -> bool:
    """Does `answer` use the term's official rendering or an accepted variant, in any inflection
    (`representatives`, `the State Councils'`) and with or without its article or determiner?"""
    words = _stems(answer)
    for rendering in term.renderings:
        wanted = _stems(rendering)
        if wanted and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)):
            return True
    return False


def _stems(text: str) -> list[str]:
    out = []
    for word in _STEM_WORD.findall(text.lower().replace("'s", "")):
        if word in _DETERMINERS:
            continue
        for suffix in ("ies", "es", "s", "ed", "ing"):
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        out.append(word)
    return out


def finish(text: str, runs: list[tuple[int, int, str, bool]], engine, glossary: Glossary, source: str,
           target: str) -> Outcome:
    """Ask `engine` for every unit of the CJK `runs` (start, end, language, deliberate) and fit its answers."""
    language = {(s, e): lang for s, e, lang, _ in runs}
    units = build_units(text, [(s, e) for s, e, _, _ in runs], frozenset((s, e) for s, e, _, d in runs if d))
    title = text.lstrip().split("\n", 1)[0][:200]
    wants_terms = getattr(engine, "wants_terms", False)

    def request(start: int, end: int, parts: tuple[tuple[int, int], ...]) -> tuple[SpanRequest, list[Term]]:
        terms = [t for t in (glossary.get(s) for s in glossary.terms_in(text[start:end])) if t is not None]
        required = [t for t in terms if not generic(t)]
        lang = language[parts[0]] if source == "zh" else source
        req = SpanRequest(text[start:end], lang, target, text[max(0, start - CONTEXT_CHARS):start],
                          text[end:end + CONTEXT_CHARS], title,
                          {t.source: t.english for t in required} if wants_terms else {},
                          {t.source: t.english for t in terms if t not in required} if wants_terms else {})
        return req, required

    outcome = Outcome()
    asked = [(u.start, u.end, u.parts) for u in units]
    for attempt in range(2):
        if not asked:
            break
        prepared = [request(*a) for a in asked]
        answers = list(engine.translate([r for r, _ in prepared]))
        declined = []
        for (start, end, parts), (req, required), answer in zip(asked, prepared, answers):
            if answer.text:
                fitted = fit(text, start, end, answer.text)
                outcome.repairs.append((start, end, fitted))
                outcome.warnings += [_term_warning(start, end, t, fitted, engine.name)
                                     for t in required if not renders(t, fitted)]
            elif attempt == 0 and parts != ((start, end),) and not answer.reason.startswith("engine error"):
                declined += [(s, e, ((s, e),)) for s, e in parts]
            else:
                _unfinished(outcome, text, start, end, parts, answer, engine.name)
        asked = declined
    outcome.repairs.sort()
    return outcome


def _term_warning(start: int, end: int, term: Term, translation: str, engine: str) -> Finding:
    return Finding(start, end, f"{engine} rendered {term.source} in its own words; the glossary's rendering is "
                               f"{term.english!r}", term.english,
                   {"term": term.source, "official": term.english, "translation": translation, "engine": engine})


def _unfinished(outcome: Outcome, text: str, start: int, end: int, parts, answer: Translation, engine: str) -> None:
    reason = answer.reason or "no answer"
    note = f"not translated by {engine}: {text[start:end][:40]} ({reason})"
    if answer.rejected:
        note += f" answer: {answer.rejected[:200]!r}"
    outcome.notes.append(note)
    for part in parts:
        outcome.unfinished[part] = {"engine": engine, "reason": reason, "answer": answer.rejected,
                                    "unit": [start, end]}


def fit(text: str, start: int, end: int, answer: str) -> str:
    """`answer` as it must read in place of text[start:end]: spacing, final mark, capital."""
    source = text[start:end]
    lead = source[:len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()):]
    out = answer.strip()
    if not out:
        return out
    before, after = text[:start] + lead, trail + text[end:]
    ends_sentence = _ends_sentence(source)
    following = after.lstrip(" ")[:1] or "\n"
    if out.endswith(".") and not out.endswith("..."):
        if (after[:1] or "\n") in ".,;:!?" or (not ends_sentence and (following.islower() or following in ",;:")):
            out = out[:-1]
        elif source.rstrip()[-1:] in "，,；;" and following not in ".,;:!?":
            out = out[:-1] + ("," if source.rstrip()[-1] in "，," else ";")
    elif ends_sentence and out[-1].isalnum() and not following.islower():
        out += "."
    out = _cased(before, out, ends_sentence)
    if before and (before[-1].isalnum() or before[-1] in ".,;:!?)]") and (out[0].isalnum() or out[0] in "(\"“"):
        out = " " + out
    if after and (after[0].isalnum() or after[0] in "(“") and (out[-1].isalnum() or out[-1] in ".,;:!?)\"”"):
        out = out + " "
    return lead + out + trail


def _cased(before: str, out: str, whole: bool) -> str:
    """Capital at a sentence start, none mid-sentence. A `whole` sentence (its source ends with a
    full stop) after a word that cannot end a clause (`said that`) or after a comma is mid-sentence;
    after any other word it follows an unpunctuated line such as a headline, and starts a sentence."""
    tail = before.rstrip(" \t" + OPENERS)
    last = LATIN_WORD_RE.findall(tail[-30:])
    continues = bool(tail) and (tail[-1] in ",;，；" or bool(last) and tail[-1].isalpha() and last[-1].lower() in FUNCTION_WORDS)
    if not tail or tail[-1] in "\n" + _SENTENCE_END + ":：" or (whole and not continues):
        return out[0].upper() + out[1:] if out[0].islower() else out
    word = LATIN_WORD_RE.match(out)
    if word and (tail[-1].isalnum() or tail[-1] in ",;，；") and word.group(0)[0].isupper() \
            and word.group(0)[1:].islower() and _common(word.group(0).lower()):
        return out[0].lower() + out[1:]
    return out


def _common(word: str) -> bool:
    ratio = case_ratio(word)
    return word in FUNCTION_WORDS or (ratio is not None and ratio < COMMON_RATIO)
