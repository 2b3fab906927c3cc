"""The `auto` engine: offline finishing with what is installed.

Each leftover goes first to the glossary engine, which only answers when glossary terms and its
grammar cover all of it (and is then exactly right); what it leaves goes to the installed
Argos model for the leftover's language (`mtmend models install zh`), if there is one. Without
a model this is the glossary engine.
"""
from __future__ import annotations

from typing import Sequence

from . import SpanRequest, Translation
from .glossary import GlossaryEngine


class AutoEngine:
    name = "auto"
    wants_terms = True  # for the model: glossary terms are protected (engines/protect.py)

    def __init__(self, glossary=None, **model_options) -> None:
        self.glossary_engine = GlossaryEngine(glossary)
        self.model_options = model_options
        self._models: dict = {}
        self.problems: dict[str, str] = {}

    def model_engine(self, language: str):
        """The ctranslate2 engine of the installed model for `language`, or None."""
        from ..models import model_for

        key = language.split("-")[0]
        if key not in self._models:
            path = model_for(key)
            if path is None:
                self._models[key] = None
            else:
                try:
                    from .ctranslate2 import CTranslate2Engine

                    self._models[key] = CTranslate2Engine(path, **self.model_options)
                except (ImportError, ValueError, RuntimeError) as e:  # no ctranslate2, or a broken install
                    self.problems[key] = f"model {path} unusable ({type(e).__name__}: {e})"
                    self._models[key] = None
        return self._models[key]

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        answers = list(self.glossary_engine.translate(requests))
        by_language: dict[str, list[int]] = {}
        for i, (request, answer) in enumerate(zip(requests, answers)):
            if answer.text is None and answer.reason.startswith("not covered"):
                by_language.setdefault(request.source.split("-")[0], []).append(i)
        for language, indexes in by_language.items():
            engine = self.model_engine(language)
            if engine is None:
                if language in self.problems:
                    for i in indexes:
                        answers[i] = Translation(None, f"{answers[i].reason}; {self.problems[language]}")
                continue
            for i, answer in zip(indexes, engine.translate([requests[i] for i in indexes])):
                answers[i] = answer if answer.text is not None else Translation(None, answers[i].reason + f"; model: {answer.reason}")
        return answers

    def reachable(self) -> str:
        from ..models import installed

        models = installed()
        if not models:
            return "ok: glossary engine (no model installed; see `mtmend models install zh`)"
        return "ok: glossary engine, then " + ", ".join(f"{m.from_code}->{m.to_code} model ({m.path})" for m in models)
