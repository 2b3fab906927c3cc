"""Translation memory: a SQLite cache of engine translations, so that a span repeated across
documents (boilerplate, navigation, formulae) is translated once.

Keyed by engine, model, source span and a hash of its context (the English around it and the
required glossary terms): the same span in a different sentence may need a different rendering.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Callable, Sequence

from .engines import SpanRequest, Translation


def default_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtmend" / "tm.sqlite"


SCHEMA = """
    CREATE TABLE IF NOT EXISTS tm (engine TEXT, model TEXT, source TEXT, context TEXT, target TEXT,
                                   source_lang TEXT, target_lang TEXT, created REAL DEFAULT (julianday('now')),
                                   PRIMARY KEY (engine, model, source, context));
    CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER);
"""


def warn_on_stderr(message: str) -> None:
    print(f"mtmend: warning: {message}", file=sys.stderr)


class TranslationMemory:
    """The SQLite file; never the reason a run fails. A memory that cannot be opened (corrupt,
    not a database, unreadable) is reported in one warning line and the run goes on with an
    empty memory kept in RAM; a read-only one (no write permission on the file or its folder)
    is read and not written; a write that fails later (disk full, locked) is reported once and
    writing stops, while the translations already received are still used."""

    def __init__(self, path: str | Path, warn: Callable[[str], None] = warn_on_stderr) -> None:
        self.path = Path(path)
        self.warn = warn
        self.writable = not _read_only(self.path)
        try:
            self.db = self._open()
        except (sqlite3.Error, OSError) as e:
            self._go_on_without(e)

    def _go_on_without(self, error: BaseException) -> None:
        """One warning, then an empty memory in RAM that is never saved."""
        self.warn(f"translation memory {self.path}: {_reason(error)}; going on without it")
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.executescript(SCHEMA)
        self.writable = False

    def _open(self) -> sqlite3.Connection:
        if not self.writable:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"tm", "counters"} <= tables:
                raise sqlite3.DatabaseError("not a translation memory (no tm table)")
            return db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(self.path), check_same_thread=False)
        db.executescript(SCHEMA)
        return db

    def save(self, entries: Sequence[tuple[str, str, SpanRequest, str]], hits: int, misses: int) -> None:
        """Store new translations and count hits and misses, in one transaction; a failure is
        a warning (once), not an error: the translations are already in the caller's hands."""
        if not self.writable:
            return
        try:
            with self.db:
                for engine, model, request, target in entries:
                    self.put(engine, model, request, target)
                self.count("hits", hits)
                self.count("misses", misses)
        except sqlite3.Error as e:
            self.writable = False
            self.warn(f"translation memory {self.path}: cannot write ({_reason(e)}); not storing this run's translations")

    def get(self, engine: str, model: str, request: SpanRequest) -> str | None:
        """The stored translation, or None (also when the file turns out damaged: a miss)."""
        try:
            row = self.db.execute("SELECT target FROM tm WHERE engine=? AND model=? AND source=? AND context=?",
                                  (engine, model, request.text, context_hash(request))).fetchone()
        except sqlite3.Error as e:
            self._go_on_without(e)
            return None
        return row[0] if row else None

    def put(self, engine: str, model: str, request: SpanRequest, target: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO tm (engine, model, source, context, target, source_lang, target_lang) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (engine, model, request.text, context_hash(request), target, request.source, request.target))

    def count(self, name: str, n: int = 1) -> None:
        self.db.execute("INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + ?",
                        (name, n, n))

    def stats(self) -> dict[str, int]:
        out = {"entries": self.db.execute("SELECT COUNT(*) FROM tm").fetchone()[0]}
        out.update(dict(self.db.execute("SELECT name, value FROM counters")))
        return out

    def clear(self) -> None:
        if not self.writable:
            raise PermissionError(f"{self.path}: the translation memory is read-only or could not be opened")
        with self.db:
            self.db.execute("DELETE FROM tm")
            self.db.execute("DELETE FROM counters")

    def export_tmx(self) -> bytes:
        """Every entry as a TMX translation unit (translate-toolkit)."""
        from translate.storage.tmx import tmxfile

        store = tmxfile()
        for source, target, source_lang, target_lang in self.db.execute(
                "SELECT source, target, source_lang, target_lang FROM tm ORDER BY created"):
            store.addtranslation(source, source_lang or "zh", target, target_lang or "en")
        return bytes(store)

    def close(self) -> None:
        try:
            self.db.commit()
        finally:
            self.db.close()


def _read_only(path: Path) -> bool:
    """An existing file that its permissions say not to write (no write bit, even for root), or
    that this process may not write, or whose folder it may not write (SQLite writes a journal
    beside the file)."""
    try:
        info = path.stat()
    except OSError:
        return False  # missing: created; unreadable: reported when opened
    return not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK) \
        or not os.access(path.parent, os.W_OK)


def _reason(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error)
    return text.splitlines()[0] if text else type(error).__name__


def context_hash(request: SpanRequest) -> str:
    key = "\x1f".join([request.before[-300:], request.after[:300], request.source, request.target,
                       *sorted(f"{k}={v}" for k, v in request.terms.items()),
                       *sorted(f"~{k}={v}" for k, v in request.hints.items())])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class CachedEngine:
    """Any engine behind the translation memory: only spans not in it are sent."""

    def __init__(self, engine, tm: TranslationMemory, model: str = "") -> None:
        self.engine, self.tm, self.model = engine, tm, model or getattr(engine, "model", "")
        self.name = engine.name
        self.wants_terms = getattr(engine, "wants_terms", False)

    def __getattr__(self, name: str):
        return getattr(self.engine, name)  # rewrite, reachable, counters: the wrapped engine's

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        found = [self.tm.get(self.name, self.model, r) for r in requests]
        missing = [n for n, text in enumerate(found) if text is None]
        answers = self.engine.translate([requests[n] for n in missing]) if missing else []
        out = [Translation(text) if text is not None else None for text in found]
        for n, answer in zip(missing, answers):
            out[n] = answer
        self.tm.save([(self.name, self.model, requests[n], answer.text) for n, answer in zip(missing, answers)
                      if answer.text is not None], len(requests) - len(missing), len(missing))
        return out
