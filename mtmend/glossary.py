"""Bilingual glossaries: official English renderings of Chinese terms, with the variants a
publisher accepts and the renderings that are known to be wrong.

The built-in glossary ships as package data (data/glossary.tsv). Users add their own in TSV, CSV
or TBX (ISO 30042); a user entry replaces the built-in entry for the same source term, and a
user's `wrong` renderings are *forbidden* in their project (rule terminology.forbidden).
The file format is documented in docs/glossary-format.md.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType

from . import user_cache
from .data import data_path, read_text
from .phrases import PhraseMatcher
from .scripts import to_simplified

COLUMNS = ("source", "english", "variants", "wrong", "domain", "note")
BUILTIN = "built-in"
TBX_NS = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
           "deprecated": "deprecatedTerm-admn-sts"}


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Term:
    """One source term and how English renders it."""

    source: str
    english: str
    variants: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    domain: str = ""
    note: str = ""
    origin: str = BUILTIN  # the file it came from

    @property
    def renderings(self) -> tuple[str, ...]:
        """The official rendering first, then the accepted variants."""
        return (self.english,) + self.variants

    @property
    def user(self) -> bool:
        return self.origin != BUILTIN


@dataclass
class Glossary:
    """Terms by source text. Later glossaries override earlier ones in `merged`.

    A glossary is read-only (`terms` is a read-only mapping): the built-in one is shared by
    every caller, and the phrase matchers built from it are cached on it."""

    terms: Mapping[str, Term] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.terms = MappingProxyType(dict(self.terms))

    def __reduce__(self):
        return (Glossary.builtin, ()) if self is _builtin() else (Glossary, (dict(self.terms),))

    @property
    def sources(self) -> list[str]:
        """Where the terms come from: `built-in` and the files, in the order they were merged."""
        return list(dict.fromkeys(t.origin for t in self.terms.values()))

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 of the terms as a table: equal glossaries have equal fingerprints."""
        import hashlib

        return hashlib.sha256(self.to_table("\t").encode("utf-8")).hexdigest()

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms.values())

    def get(self, source: str) -> Term | None:
        """The term for `source`; Traditional Chinese is looked up through its Simplified form."""
        term = self.terms.get(source)
        if term is None:
            simplified = to_simplified(source)
            if simplified != source:
                term = self.terms.get(simplified)
        return term

    def find(self, term: str) -> Term | None:
        """The term whose source is `term`, or else one that renders it (officially, as a
        variant, or wrongly), ignoring letter case."""
        found = self.get(term)
        if found is None:
            wanted = term.lower()
            found = next((t for t in self if wanted in {r.lower() for r in t.renderings + t.wrong}), None)
        return found

    def terms_in(self, chinese: str) -> dict[str, str]:
        """The glossary terms that occur in `chinese` (longest first, not overlapping), with
        their official English: what an engine must render as the glossary says."""
        found: dict[str, str] = {}
        index = self._by_first_character
        i = 0
        while i < len(chinese):
            for source, english in index.get(chinese[i], ()):
                if chinese.startswith(source, i):
                    found[source] = english
                    i += len(source) - 1
                    break
            i += 1
        return found

    @cached_property
    def _by_first_character(self) -> dict[str, list[tuple[str, str]]]:
        index: dict[str, list[tuple[str, str]]] = {}
        for t in self:
            if len(t.source) >= 2 and (t.user or t.domain in _OFFICIAL_DOMAINS | {"title"}):
                index.setdefault(t.source[0], []).append((t.source, t.english))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        return index

    @cached_property
    def by_phrase(self) -> dict[str, list[tuple[Term, str]]]:
        """Watched English phrases (lower case) -> the terms they belong to and how: `wrong`,
        or `rendering` for a term whose renderings can compete within one document."""
        index: dict[str, list[tuple[Term, str]]] = {}
        for t in self:
            for w in t.wrong:
                index.setdefault(w.lower(), []).append((t, "wrong"))
            if competing(t):
                for r in t.renderings:
                    index.setdefault(r.lower(), []).append((t, "rendering"))
        return index

    @cached_property
    def accepted(self) -> dict[str, frozenset[str]]:
        """Every accepted rendering (lower case, without a leading article) -> the sources it
        renders: a phrase in here is correct English for some term."""
        index: dict[str, set[str]] = {}
        for t in self:
            for r in t.renderings:
                index.setdefault(without_article(r.lower()), set()).add(t.source)
        return {k: frozenset(v) for k, v in index.items()}

    @cached_property
    def watch(self) -> PhraseMatcher:
        """One matcher for every watched phrase."""
        return PhraseMatcher(self.by_phrase)

    def merged(self, *others: "Glossary") -> "Glossary":
        terms = dict(self.terms)
        for other in others:
            terms.update(other.terms)
        return Glossary(terms)

    @classmethod
    def builtin(cls) -> "Glossary":
        return _builtin()

    @classmethod
    def load(cls, path: str | Path) -> "Glossary":
        """A glossary file: .tsv, .csv or .tbx (by extension)."""
        path = Path(path)
        try:
            data = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise GlossaryError(f"{path}: cannot read glossary ({e.__class__.__name__}: {e})") from None
        suffix = path.suffix.lower()
        if suffix == ".tbx":
            return cls(_check(parse_tbx(data, str(path)), str(path)))
        if suffix not in (".tsv", ".csv", ".txt"):
            raise GlossaryError(f"{path}: unknown glossary format {suffix!r} (use .tsv, .csv or .tbx)")
        return cls(_check(parse_table(data, str(path), "," if suffix == ".csv" else "\t"), str(path)))

    def to_table(self, delimiter: str = "\t") -> str:
        import csv

        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(COLUMNS)
        for t in self:
            writer.writerow([t.source, t.english, "|".join(t.variants), "|".join(t.wrong), t.domain, t.note])
        return out.getvalue()

    def to_tbx(self) -> str:
        """TBX-Basic (ISO 30042:2019, DCA style): the official rendering is the preferred term,
        variants admitted, wrong renderings deprecated."""
        import xml.etree.ElementTree as ET  # only for TBX

        ET.register_namespace("", TBX_NS)
        root = ET.Element(f"{{{TBX_NS}}}tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en"})
        header = ET.SubElement(root, f"{{{TBX_NS}}}tbxHeader")
        source_desc = ET.SubElement(ET.SubElement(header, f"{{{TBX_NS}}}fileDesc"), f"{{{TBX_NS}}}sourceDesc")
        ET.SubElement(source_desc, f"{{{TBX_NS}}}p").text = "mtmend glossary"
        body = ET.SubElement(ET.SubElement(root, f"{{{TBX_NS}}}text"), f"{{{TBX_NS}}}body")
        for n, t in enumerate(self, 1):
            entry = ET.SubElement(body, f"{{{TBX_NS}}}conceptEntry", {"id": f"c{n}"})
            if t.domain:
                ET.SubElement(entry, f"{{{TBX_NS}}}descrip", {"type": "subjectField"}).text = t.domain
            if t.note:
                ET.SubElement(entry, f"{{{TBX_NS}}}note").text = t.note
            zh = ET.SubElement(entry, f"{{{TBX_NS}}}langSec", {_XML_LANG: "zh"})
            ET.SubElement(ET.SubElement(zh, f"{{{TBX_NS}}}termSec"), f"{{{TBX_NS}}}term").text = t.source
            en = ET.SubElement(entry, f"{{{TBX_NS}}}langSec", {_XML_LANG: "en"})
            for text, status in ([(t.english, "preferred")] + [(v, "admitted") for v in t.variants]
                                 + [(w, "deprecated") for w in t.wrong]):
                sec = ET.SubElement(en, f"{{{TBX_NS}}}termSec")
                ET.SubElement(sec, f"{{{TBX_NS}}}term").text = text
                ET.SubElement(sec, f"{{{TBX_NS}}}termNote", {"type": "administrativeStatus"}).text = _STATUS[status]
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def competing(term: Term) -> bool:
    """Can this term's renderings be told apart in English alone? Only when it has several and
    each is a distinctive phrase (two words or more) of an official domain, or when a user
    glossary defines it: `research` against `scientific research` says nothing."""
    if len(term.renderings) < 2:
        return False
    if term.user:
        return True
    return term.domain in _OFFICIAL_DOMAINS and all(len(r.split()) >= 2 for r in term.renderings)


_OFFICIAL_DOMAINS = frozenset({"cpc", "government", "education"})


@lru_cache(maxsize=1)
def _builtin() -> Glossary:
    """The built-in glossary. Its rows, once parsed and checked, are kept in the user's cache
    (mtmend/user_cache.py) until the data file changes: a start then builds 1,086 terms from
    marshal data instead of parsing and checking the table (a quarter of the time)."""
    store = user_cache.path("builtin-glossary.marshal")
    key = user_cache.data_key(data_path("glossary.tsv"), "rows", tuple(Term.__dataclass_fields__))
    rows = user_cache.read(store, key)
    if rows is not None:
        return Glossary({row[0]: Term(*row) for row in rows})
    terms = _check(parse_table(read_text("glossary.tsv"), BUILTIN, "\t"), BUILTIN)
    user_cache.write(store, key, [(t.source, t.english, t.variants, t.wrong, t.domain, t.note) for t in terms.values()])
    return Glossary(terms)


def parse_table(data: str, origin: str, delimiter: str) -> list[tuple[int, Term]]:
    """Rows of a TSV/CSV glossary with a header naming at least `source` and `english`."""
    import csv  # here: a start that reads the built-in glossary from the user cache needs none

    lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise GlossaryError(f"{origin}: empty glossary")
    rows = csv.reader([line for _, line in lines], delimiter=delimiter)
    header = [h.strip().lower() for h in next(rows)]
    missing = {"source", "english"} - set(header)
    if missing:
        raise GlossaryError(f"{origin}:{lines[0][0]}: header must name the columns {', '.join(COLUMNS)} "
                            f"(missing {', '.join(sorted(missing))})")
    unknown = set(header) - set(COLUMNS)
    if unknown:
        raise GlossaryError(f"{origin}:{lines[0][0]}: unknown column(s) {', '.join(sorted(unknown))}")
    terms = []
    for (n, _), row in zip(lines[1:], rows):
        if len(row) > len(header):
            raise GlossaryError(f"{origin}:{n}: {len(row)} fields, the header has {len(header)}")
        cell = dict(zip(header, (c.strip() for c in row)))
        terms.append((n, Term(
            source=cell.get("source", ""), english=cell.get("english", ""),
            variants=_split(cell.get("variants", "")), wrong=_split(cell.get("wrong", "")),
            domain=cell.get("domain", ""), note=cell.get("note", ""), origin=origin)))
    return terms


def parse_tbx(data: str, origin: str) -> list[tuple[int, Term]]:
    """Concept entries of a TBX file: TBX v3 (conceptEntry/langSec/termSec) or v2
    (martif/termEntry/langSet/tig). The preferred (or first) English term is the rendering,
    admitted ones are variants, deprecated or superseded ones are wrong."""
    import xml.etree.ElementTree as ET  # only for TBX

    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise GlossaryError(f"{origin}: invalid TBX ({e})") from None
    terms = []
    for n, entry in enumerate((e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry")), 1):
        domain = note = ""
        source = ""
        english: list[tuple[str, str]] = []
        for child in entry.iter():
            tag = _local(child.tag)
            if tag == "descrip" and child.get("type") == "subjectField":
                domain = (child.text or "").strip()
            elif tag == "note" and not note:
                note = (child.text or "").strip()
            elif tag in ("langSec", "langSet"):
                lang = (child.get(_XML_LANG) or child.get("lang") or "").lower()
                for sec in child:
                    if _local(sec.tag) not in ("termSec", "tig", "ntig"):
                        continue
                    term = next((t.text or "" for t in sec.iter() if _local(t.tag) == "term"), "").strip()
                    status = next((t.text or "" for t in sec.iter() if _local(t.tag) == "termNote"
                                   and t.get("type") == "administrativeStatus"), "")
                    if lang.startswith("zh") and not source:
                        source = term
                    elif lang.startswith("en") and term:
                        english.append((term, status))
        preferred = [t for t, s in english if s.startswith("preferred")]
        admitted = [t for t, s in english if not s.startswith(("preferred", "deprecated", "superseded"))]
        wrong = [t for t, s in english if s.startswith(("deprecated", "superseded"))]
        official = (preferred or admitted or [""])[0]
        variants = tuple(t for t in preferred[1:] + admitted if t != official)
        terms.append((n, Term(source, official, variants, tuple(wrong), domain, note, origin)))
    if not terms:
        raise GlossaryError(f"{origin}: no concept entries in this TBX file")
    return terms


def _check(terms: Iterable[tuple[int, Term]], origin: str) -> dict[str, Term]:
    """Validate rows: a source and an English rendering each, no source twice, and no wrong
    rendering that is part of an accepted one (it would flag correct text)."""
    out: dict[str, Term] = {}
    where: dict[str, int] = {}
    for n, t in terms:
        if not t.source or not t.english:
            raise GlossaryError(f"{origin}:{n}: a term needs both a source and an English rendering")
        if t.source in out:
            raise GlossaryError(f"{origin}:{n}: {t.source!r} is already defined on line {where[t.source]}")
        accepted = [r.lower() for r in t.renderings]
        for w in t.wrong:
            if any(w.lower() in r for r in accepted):
                raise GlossaryError(f"{origin}:{n}: wrong rendering {w!r} is part of an accepted one")
        out[t.source] = t
        where[t.source] = n
    return out


def without_article(rendering: str) -> str:
    """Renderings that differ only by a leading article are the same rendering: `accepted` is
    keyed by this, and the terminology rules look renderings up by it."""
    for article in ("the ", "a ", "an "):
        if rendering.startswith(article):
            return rendering[len(article):]
    return rendering


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def load_all(paths: Iterable[str | Path]) -> Glossary:
    """The built-in glossary with the given user glossaries on top, in order."""
    return Glossary.builtin().merged(*(Glossary.load(p) for p in paths))


