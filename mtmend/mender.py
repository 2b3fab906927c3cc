"""The public API: a `Mender` holds the options, takes a `Document` (or text), returns a `Result`.

    mender = Mender(engine=GlossaryEngine(), select=("punctuation", "spacing"))
    result = mender.fix(Document.from_path("page.html"))
    result.to_bytes()               # the repaired page, in its own format and encoding
    result.apply(["3f9c0a1b2d4e"])  # only the edits a reviewer accepted

A Mender is built once and used for many documents (like a sacrebleu metric object). The
Result is the same type for every format; it pickles, so worker processes can return it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from .document import Document
from .glossary import Glossary
from .model import Edit, Issue, apply_edits, summarize
from .pipeline import Fixed, Options, check_text, collector_paused, fix_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import Any
    from .engines import Engine


class Mender:
    """Finds and repairs MT artifacts with one set of options.

    `engine` finishes leftovers: an engine object, or the name of one that needs no settings
    (`"glossary"`, `"auto"`; None: they stay flagged); `glossary` defaults to the built-in
    one; `select`/`ignore` take rule ids or families; `post_edit` lets an engine that can
    rewrite (openai) make repaired paragraphs fluent. Unknown rule names fail here."""

    def __init__(self, *, engine: Engine | str | None = None, glossary: Glossary | None = None,
                 select: Iterable[str] = (), ignore: Iterable[str] = (), post_edit: bool = False,
                 source: str = "zh", target: str = "en") -> None:
        self.options = Options(_engine(engine, glossary), glossary, tuple(select), tuple(ignore), post_edit,
                               source, target)
        self._for_skipped: dict[frozenset[str], Options] = {}

    def __repr__(self) -> str:
        o = self.options
        return f"Mender(engine={getattr(o.engine, 'name', None)!r}, select={o.select!r}, ignore={o.ignore!r})"

    def _options(self, doc: Document) -> Options:
        """The options for `doc`: its format may rule out some rules (HTML collapses whitespace)."""
        skipped = doc.skipped_rules
        if not skipped:
            return self.options
        if skipped not in self._for_skipped:
            self._for_skipped[skipped] = replace(self.options, ignore=self.options.ignore + tuple(sorted(skipped)))
        return self._for_skipped[skipped]

    def check(self, doc: Document | str) -> list[Issue]:
        """Every issue of the document (or plain text), located, sorted by position."""
        doc = _document(doc)
        with collector_paused():
            return doc.locate(check_text(doc.text, self._options(doc), format=doc.syntax, protect=doc.protect))

    def fix(self, doc: Document | str) -> "Result":
        """Repair the document (or plain text)."""
        doc = _document(doc)
        options = self._options(doc)
        with collector_paused():
            return Result(doc, fix_text(doc.text, options, format=doc.syntax, protect=doc.protect), options)


def _document(doc: Document | str) -> Document:
    return Document.from_text(doc) if isinstance(doc, str) else doc


class Result:
    """What fixing a document gives, for every format.

    `source` and `text` are the prose before and after (for plain text and Markdown, the whole
    document); `issues` and `edits` point into `source`, `remaining` into `text`, and each carries
    its `location` in the file. `to_bytes()` is the repaired document in its own format. Issues,
    edits and the remaining issues are built on first use (pickling builds them all).
    """

    def __init__(self, document: Document, fixed: Fixed | None, options: Options,
                 edits: list[Edit] | None = None, issues: list[Issue] | None = None,
                 notes: list[str] | None = None, signature: dict[str, Any] | None = None) -> None:
        self.document = document
        self.source = document.text
        self._fixed = fixed
        # Engines do not travel with a result: rechecking the output needs rules and glossary only.
        self._options = replace(options, engine=None) if options.engine is not None else options
        self.signature = signature or _signature(options)
        self.notes = list(fixed.notes) if fixed is not None else list(notes or [])
        if issues is not None:
            self.__dict__["issues"] = issues
        if edits is not None:
            self.__dict__["edits"] = edits
        elif not document.whole:  # edits that would cross markup are dropped now, with a note
            placed, dropped = document.place(fixed.edits)
            self.__dict__["edits"] = document.locate(placed)
            self.notes.extend(dropped)

    @cached_property
    def issues(self) -> list[Issue]:
        """Issues found in the input, sorted by position."""
        return self.document.locate(self._fixed.issues)

    @cached_property
    def edits(self) -> list[Edit]:
        """The edits applied, against the input: sorted and non-overlapping; each has a stable `id`."""
        return self.document.locate(self._fixed.edits)

    @cached_property
    def text(self) -> str:
        """The repaired prose (for plain text and Markdown, the repaired document)."""
        if self._fixed is not None and self.document.whole:
            return self._fixed.text
        return apply_edits(self.source, self.edits)

    @cached_property
    def remaining(self) -> list[Issue]:
        """Issues still present in the output (checked on first use)."""
        doc, text = self.document, self.text
        with collector_paused():
            found = check_text(text, self._options, format=doc.syntax, protect=doc.protect)
            return doc.locate_after(found, [] if doc.whole else self.edits, text)  # a whole text needs no edits

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def __repr__(self) -> str:
        return f"Result(format={self.document.format!r}, text={self.text[:40]!r}..., changed={self.changed})"

    def __getstate__(self) -> dict[str, Any]:
        for name in ("issues", "edits", "text", "remaining"):
            getattr(self, name)
        return {**{k: v for k, v in self.__dict__.items() if k != "rendered"}, "_fixed": None}

    @cached_property
    def rendered(self) -> str | bytes:
        """The repaired document in its format: text, or bytes for a binary format (DOCX)."""
        if self._fixed is not None and self.document.whole:
            return self.text
        return self.document.render(self.edits)

    @property
    def encoding(self) -> str:
        """The encoding `to_bytes` writes: the input's, or UTF-8 when the repaired text cannot be
        written in it; `binary` for binary formats."""
        encoding, rendered = self.document.encoding, self.rendered
        if isinstance(rendered, bytes) or encoding in ("utf-8", "utf-8-sig"):
            return encoding
        try:
            rendered.encode(encoding)
            return encoding
        except (UnicodeEncodeError, LookupError):
            return "utf-8"

    def to_bytes(self) -> bytes:
        """The repaired document as a file holds it."""
        rendered = self.rendered
        return rendered if isinstance(rendered, bytes) else rendered.encode(self.encoding)

    def apply(self, accepted: Iterable[str]) -> "Result":
        """The result with only the edits whose ids are in `accepted` (a reviewer's choice)."""
        wanted = set(accepted)
        unknown = wanted - {e.id for e in self.edits}
        if unknown:
            raise ValueError(f"no such edit(s) in this result: {', '.join(sorted(unknown))}")
        kept = [e for e in self.edits if e.id in wanted]
        return Result(self.document, None, self._options, kept, self.issues, self.notes, self.signature)

    def without(self, rules: Iterable[str]) -> "Result":
        """The result without the edits of `rules` (ids such as `casing.clause-split`)."""
        return self.apply(e.id for e in _not_by(self.edits, rules))

    def undo(self, rules: Iterable[str] | None = None) -> str:
        """The input prose again, or with `rules` given, the output prose minus those rules' edits
        (`without(rules)` gives the same as a Result, for the whole document)."""
        if rules is None:
            return self.source
        return apply_edits(self.source, _not_by(self.edits, rules))

    def to_dict(self) -> dict[str, Any]:
        rendered = self.rendered
        return {
            "schema": "mtmend.result/1",
            "file": self.document.name,
            "format": self.document.format,
            "text": None if isinstance(rendered, bytes) else rendered,
            "changed": self.changed,
            "issues": [i.to_dict() for i in self.issues],
            "edits": [e.to_dict() for e in self.edits],
            "remaining": [i.to_dict() for i in self.remaining],
            "notes": list(self.notes),
            "summary": summarize(self.issues, self.edits, self.remaining),
            "signature": {**self.signature, "glossary": _glossary_signature(self._options.glossary)},
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        import json

        return json.dumps(self.to_dict(), **kwargs)


def _not_by(edits: list[Edit], rules: Iterable[str]) -> list[Edit]:
    """The edits none of `rules` took part in (a merged edit `a+b` belongs to both)."""
    refused = set(rules)
    return [e for e in edits if not refused.intersection(e.rule.split("+"))]


def _signature(options: Options) -> dict[str, Any]:
    """What a run depends on, so that a report says how to reproduce it."""
    from . import __version__

    engine = options.engine
    return {"mtmend": __version__, "rules": [r.id for r in options.rules],
            "engine": getattr(engine, "name", None), "model": getattr(engine, "model", None) or None,
            "post_edit": options.post_edit}


def _glossary_signature(glossary: Glossary | None) -> dict[str, Any]:
    glossary = glossary or Glossary.builtin()
    return {"sources": glossary.sources, "sha256": glossary.fingerprint}


def _engine(engine: Engine | str | None, glossary: Glossary | None) -> Engine | None:
    """An engine given by name is made here (engines that need a URL or model are made with
    `mtmend.engines.make_engine`); anything else must be able to translate."""
    if isinstance(engine, str):
        from .engines import make_engine  # engines are adapters: imported when one is named

        return make_engine(engine, glossary=glossary)
    if engine is not None and not callable(getattr(engine, "translate", None)):
        raise TypeError(f"engine must be an engine name or have a translate() method, not {type(engine).__name__}")
    return engine


def check(text: str, *, format: str = "text", rules: Iterable[str] | None = None,
          glossary: Glossary | None = None) -> list[Issue]:
    """Every issue in `text`, sorted by position (a shortcut for `Mender(...).check`)."""
    return Mender(glossary=glossary, select=rules or ()).check(Document.from_text(text, format))


def fix(text: str, *, engine: Engine | str | None = None, source: str = "zh", target: str = "en", format: str = "text",
        rules: Iterable[str] | None = None, glossary: Glossary | None = None, post_edit: bool = False) -> Result:
    """Repair `text` (a shortcut for `Mender(...).fix`); the default is no engine."""
    mender = Mender(engine=engine, glossary=glossary, select=rules or (), post_edit=post_edit, source=source,
                    target=target)
    return mender.fix(Document.from_text(text, format))
