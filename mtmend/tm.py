"""Translation memory: a SQLite cache of engine translations, so that a span repeated across
documents (boilerplate, navigation, formulae) is translated once.

Keyed by engine, model, source span and a hash of its context (the English around it and the
required glossary terms): the same span in a different sentence may need a different rendering.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Sequence

from .engines import SpanRequest, Translation


def default_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtmend" / "tm.sqlite"


class TranslationMemory:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), check_same_thread=False)
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS tm (engine TEXT, model TEXT, source TEXT, context TEXT, target TEXT,
                                           source_lang TEXT, target_lang TEXT, created REAL DEFAULT (julianday('now')),
                                           PRIMARY KEY (engine, model, source, context));
            CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER);
        """)

    def get(self, engine: str, model: str, request: SpanRequest) -> str | None:
        row = self.db.execute("SELECT target FROM tm WHERE engine=? AND model=? AND source=? AND context=?",
                              (engine, model, request.text, context_hash(request))).fetchone()
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
        self.db.commit()
        self.db.close()


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
        with self.tm.db:
            for n, answer in zip(missing, answers):
                out[n] = answer
                if answer.text is not None:
                    self.tm.put(self.name, self.model, requests[n], answer.text)
            self.tm.count("hits", len(requests) - len(missing))
            self.tm.count("misses", len(missing))
        return out
