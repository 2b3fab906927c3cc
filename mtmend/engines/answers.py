"""What the machine-translation engines share: the check an answer must pass, batching by size,
and the HTTP client with its reachability probe.

Only real failures reject an answer: nothing, CJK left in it, a length no translation of the
source could have, commentary around it, or the source echoed back. Glossary terms are not
checked here: a translation that words a term otherwise is still a translation, and the engine
step (mtmend/units.py) uses it and warns about the term.
"""
from __future__ import annotations

from typing import Sequence, TypeVar

from ..scripts import CJK_LETTER_RE, count_han
from . import SpanRequest, Translation

BATCH_CHARS = 4000
_COMMENTARY = ("here is", "here's", "translation:", "translated text", "sure,", "as an ai", "i cannot", "note:")
T = TypeVar("T")


class EngineError(RuntimeError):
    """The server could not be used (down, timing out, refusing, answering garbage)."""


def check_translation(request: SpanRequest, text: str) -> str | None:
    """Why `text` is not an acceptable translation of `request`, or None if it is."""
    stripped = text.strip()
    if not stripped:
        return "empty answer"
    if stripped == request.text.strip():
        return "the source echoed back"
    if CJK_LETTER_RE.search(stripped):
        return "source-language text left in the answer"
    units = max(count_han(request.text), len(request.text) // 3, 1)
    if len(stripped) > 15 * units + 60 or len(stripped) < units // 2:
        return "implausible length for the source"
    if stripped.lower().startswith(_COMMENTARY) or ("\n\n" in stripped and "\n" not in request.text):
        return "commentary around the translation"
    return None


def checked(request: SpanRequest, text: str) -> Translation:
    """The answer as a Translation: used, or rejected with the reason and the answer kept."""
    problem = check_translation(request, text)
    if problem is None:
        return Translation(text.strip())
    return Translation(None, f"rejected answer: {problem}", text)


def batches(items: Sequence[T], limit: int, size=lambda item: len(item.text)) -> list[list[tuple[int, T]]]:
    """Consecutive items (with their index) packed into batches of at most `limit` characters."""
    out: list[list[tuple[int, T]]] = []
    total = 0
    for n, item in enumerate(items):
        if not out or total + size(item) > limit:
            out.append([])
            total = 0
        out[-1].append((n, item))
        total += size(item)
    return out


class HttpEngine:
    """An engine behind an HTTP API: one httpx client, counters of what was sent, `reachable()`."""

    probe = "/"  # a GET that answers 200 when the server can be used

    def __init__(self, base_url: str, *, timeout: float = 60.0, headers: dict[str, str] | None = None) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self.client = httpx.Client(timeout=timeout, headers=headers or {})
        self.requests_sent = 0
        self.chars_sent = 0

    def reachable(self) -> str:
        """'ok' or why the server cannot be used."""
        try:
            response = self.client.get(f"{self.base_url}{self.probe}")
        except Exception as e:  # any transport problem means not reachable
            return f"unreachable ({type(e).__name__})"
        return "ok" if response.status_code == 200 else f"HTTP {response.status_code}"
