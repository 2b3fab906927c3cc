"""The `libretranslate` engine: a LibreTranslate server's /translate API, batched through `q`
arrays. LibreTranslate ends English output with the Chinese full stop it saw (`。`); that mark
is removed, and each answer goes through the same checks as an LLM's."""
from __future__ import annotations

from typing import Sequence

from . import SpanRequest, Translation
from .answers import BATCH_CHARS, EngineError, HttpEngine, batches, checked
from .protect import translate_protected


class LibreTranslateEngine(HttpEngine):
    wants_terms = True  # the glossary terms of each span are protected as placeholders
    name = "libretranslate"
    probe = "/languages"

    def __init__(self, base_url: str, api_key: str | None = None, *, timeout: float = 60.0,
                 batch_chars: int = BATCH_CHARS) -> None:
        super().__init__(base_url, timeout=timeout)
        self.api_key = api_key
        self.batch_chars = batch_chars

    def translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        return translate_protected(self._translate, requests)  # glossary terms kept (engines/protect.py)

    def _translate(self, requests: Sequence[SpanRequest]) -> list[Translation]:
        out: list[Translation] = []
        for batch in batches(list(requests), self.batch_chars):
            try:
                texts = self._ask([r for _, r in batch])
            except EngineError as e:
                out += [Translation(None, f"engine error: {e}") for _ in batch]
                continue
            out += [checked(request, text.strip().rstrip("。").strip()) for (_, request), text in zip(batch, texts)]
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
