"""The `libretranslate` engine: a LibreTranslate server's /translate API, batched through `q`
arrays. LibreTranslate ends English output with the Chinese full stop it saw (`。`); that mark
is removed, and each answer goes through the same checks as an LLM's."""
from __future__ import annotations

from typing import Sequence

from . import SpanRequest, Translation
from .protect import translate_protected
from .openai import BATCH_CHARS, EngineError, _batches, check_translation


class LibreTranslateEngine:
    wants_terms = True  # the glossary terms of each span are protected as placeholders
    name = "libretranslate"

    def __init__(self, base_url: str, api_key: str | None = None, *, timeout: float = 60.0,
                 batch_chars: int = BATCH_CHARS) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.batch_chars = batch_chars
        self.client = httpx.Client(timeout=timeout)
        self.requests_sent = 0
        self.chars_sent = 0

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        return translate_protected(self._translate, requests)  # glossary terms kept (engines/protect.py)

    def _translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        out: list[Translation] = []
        for batch in _batches(list(requests), self.batch_chars):
            try:
                texts = self._ask([r for _, r in batch])
            except EngineError as e:
                out += [Translation(None, f"engine error: {e}") for _ in batch]
                continue
            for (_, request), text in zip(batch, texts):
                text = text.strip().rstrip("。").strip()
                problem = check_translation(request, text)
                out.append(Translation(text) if problem is None else Translation(None, f"rejected answer: {problem}"))
        return out

    def _ask(self, requests: list[SpanRequest]) -> list[str]:
        import httpx

        payload = {"q": [r.text for r in requests], "source": "zh" if requests[0].source.startswith("zh") else requests[0].source,
                   "target": requests[0].target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        self.requests_sent += 1
        self.chars_sent += sum(len(r.text) for r in requests)
        try:
            response = self.client.post(f"{self.base_url}/translate", json=payload)
        except httpx.HTTPError as e:
            raise EngineError(f"cannot reach {self.base_url} ({type(e).__name__})") from None
        if response.status_code != 200:
            raise EngineError(f"HTTP {response.status_code}")
        try:
            texts = response.json()["translatedText"]
        except (ValueError, KeyError, TypeError):
            raise EngineError("malformed answer") from None
        if isinstance(texts, str):
            texts = [texts]
        if len(texts) != len(requests):
            raise EngineError("answer count does not match the request")
        return texts

    def reachable(self) -> str:
        try:
            response = self.client.get(f"{self.base_url}/languages")
        except Exception as e:  # any transport problem means not reachable
            return f"unreachable ({type(e).__name__})"
        return "ok" if response.status_code == 200 else f"HTTP {response.status_code}"
