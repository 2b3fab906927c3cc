"""`mtmend serve`: the review page, a JSON API and a LanguageTool-compatible /v2/check.

An adapter over the library, like the CLI: every request becomes one call into the document API
(`_Session` below is the only place that talks to it), and the answer is the library's report.
No session state: /api/apply receives the document again with the accepted edit ids (stable ids,
so the choice made on /api/fix's report holds). A small in-memory cache of recent answers spares
the work when the same document comes again; nothing is written to disk.

Security: it binds to 127.0.0.1 by default and then answers only requests whose Host is a
loopback name (a web page cannot reach it through DNS rebinding); on another address it needs a
token, which every request must carry. Bodies over `max_size` get 413 before they are read, and
every piece of work has a time limit.
"""
from __future__ import annotations

import asyncio
import bisect
import hashlib
import hmac
import ipaddress
import json
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from importlib import resources
from typing import Annotated, Any, Iterable
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import RULES, __version__, formats

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
DEFAULT_TIME_LIMIT = 60.0
TOKEN_COOKIE = "mtmend_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
NEEDS_TOKEN = "this server needs its token (Authorization: Bearer TOKEN, or open /?token=TOKEN once in the browser)"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
ENGLISH = (("English", "en", "en"), ("English (US)", "en", "en-US"), ("English (GB)", "en", "en-GB"),
           ("English (Australian)", "en", "en-AU"), ("English (Canadian)", "en", "en-CA"))


class ServeError(ValueError):
    """A server that must not start (a public address without a token, say); one line."""


class BadInput(ValueError):
    """A document or option the library refused; the message is the CLI's one line."""


@dataclass
class Settings:
    token: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    time_limit: float = DEFAULT_TIME_LIMIT
    loopback_only: bool = True
    engines: dict[str, Any] = field(default_factory=dict)  # name -> engine (None for "none")
    glossary: Any = None
    cache_bytes: int = 8 * 1024 * 1024  # documents' bytes kept in the answer cache; 0: no cache


# ---------------------------------------------------------------------------------------------
# The one place that talks to the library.


class _Session:
    """One document with the server's options: check it, fix it, apply some of the edits."""

    def __init__(self, data: bytes | str, name: str, fmt: str | None, settings: Settings, engine: str,
                 select: Iterable[str], ignore: Iterable[str]) -> None:
        """`data` is a file's bytes, read as `mtmend check FILE` would; or text already decoded
        (what a LanguageTool client sends), taken as plain text."""
        from . import Document, Mender
        from .io import InputError

        if engine not in settings.engines:
            raise BadInput(f"unknown engine {engine!r}; this server offers {', '.join(settings.engines)}")
        try:
            # As `mtmend check FILE` reads it: the extension names the format when it can.
            if isinstance(data, str):
                self.doc = Document.from_text(data, fmt or "text", name)
            else:
                adapter = formats.get(fmt) if fmt else formats.by_extension(name)
                self.doc = Document.from_bytes(data, adapter.name if adapter else None, name)
            self.mender = Mender(engine=settings.engines[engine], glossary=settings.glossary,
                                 select=[r for r in select if r], ignore=[r for r in ignore if r])
        except (InputError, ValueError) as e:
            raise BadInput(str(e)) from None
        self.name, self.format = name, self.doc.format
        self.result = None

    def check(self) -> list[dict[str, Any]]:
        return [i.to_dict() for i in self.mender.check(self.doc)]

    def check_report(self, info: bool) -> dict[str, Any]:
        """What `mtmend check --json` prints for this document (docs/check-output.md)."""
        from .reporters import document_report, to_json, visible

        return to_json(visible([document_report(self.doc, self.mender.check(self.doc))], info))

    def fix(self) -> dict[str, Any]:
        """The report (docs/report-schema.md); every edit has its id."""
        self.result = self.mender.fix(self.doc)
        return self.result.to_dict()

    def review(self, report: dict[str, Any]) -> dict[str, Any]:
        """The prose the rules read, in blocks (a paragraph, a cue, a unit; one for plain text),
        with each issue and edit placed in its block."""
        from .formats.segments import SEPARATOR

        segments = self.doc.parsed.segments
        starts, at = [], 0
        for segment in segments:
            starts.append(at)
            at += len(segment.text) + len(SEPARATOR)

        def placed(d: dict[str, Any]) -> dict[str, Any]:
            block = bisect.bisect_right(starts, d["start"]) - 1
            return {**d, "block": block, "offset": d["start"] - starts[block], "length": d["end"] - d["start"]}

        return {"blocks": [{"location": s.location or "", "text": s.text} for s in segments],
                "issues": [placed(d) for d in report["issues"]], "edits": [placed(d) for d in report["edits"]]}

    def apply(self, accepted: set[str]) -> bytes:
        """The document in its own format with only the accepted edits."""
        if self.result is None:
            self.fix()
        try:
            return self.result.apply(accepted).to_bytes()
        except ValueError as e:  # an id this result does not have
            raise BadInput(str(e)) from None


# ---------------------------------------------------------------------------------------------
# LanguageTool's protocol: offsets in UTF-16 code units, matches with context and sentence.

_SENTENCE_END = re.compile(r"[.!?]\s|[。！？]|\n")
_WIDE = re.compile("[\U00010000-\U0010FFFF]")


class _Sentences:
    """Where the sentence around a span starts and ends (a stop and a space, or a line break)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]

    def around(self, start: int, end: int) -> str:
        i = bisect.bisect_right(self.ends, start) - 1
        j = bisect.bisect_left(self.ends, end + 1)
        lo = self.ends[i] if i >= 0 else 0
        hi = self.ends[j] if j < len(self.ends) else len(self.text)
        return self.text[lo:hi].strip()


class _Utf16:
    """Code-point offsets of one text as UTF-16 offsets (characters outside the BMP count 2)."""

    def __init__(self, text: str) -> None:
        self.wide = [m.start() for m in _WIDE.finditer(text)] if not text.isascii() else []

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.wide, offset)


def _annotated(data: str) -> tuple[str, str, list[tuple[int, int, int, bool]]]:
    """LanguageTool's `data`: (original text, text to check, pieces (checked start, original
    start, original length, is text)). Markup counts in the offsets but is not checked; its
    `interpretAs` is."""
    try:
        pieces = json.loads(data)["annotation"]
        if not isinstance(pieces, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise BadInput("data must be JSON like {\"annotation\": [{\"text\": ...}, {\"markup\": ...}]}") from None
    original, checked, spans = [], [], []
    at_original = at_checked = 0
    for piece in pieces:
        if not isinstance(piece, dict):
            raise BadInput("every annotation must be an object with text or markup")
        is_text = "text" in piece
        raw = str(piece.get("text") if is_text else piece.get("markup", ""))
        seen = raw if is_text else str(piece.get("interpretAs", ""))
        spans.append((at_checked, at_original, len(raw), is_text))
        original.append(raw)
        checked.append(seen)
        at_original += len(raw)
        at_checked += len(seen)
    return "".join(original), "".join(checked), spans


def _to_original(spans: list[tuple[int, int, int, bool]], offset: int) -> int:
    i = max(0, bisect.bisect_right([s[0] for s in spans], offset) - 1)
    checked_start, original_start, length, is_text = spans[i] if spans else (0, 0, 0, True)
    return original_start + min(offset - checked_start, length) if is_text else original_start


_ISSUE_TYPES = {"untranslated": "untranslated", "punctuation": "typographical", "spacing": "whitespace",
                "casing": "typographical", "terminology": "terminology", "encoding": "characters"}


def _matches(original: str, spans, issues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """LanguageTool matches for issues of the checked text, placed in the original."""
    utf16, sentences = _Utf16(original), _Sentences(original)
    out = []
    for issue in issues:
        start, end = issue["start"], issue["end"]
        if spans is not None:
            start, end = _to_original(spans, start), _to_original(spans, end)
        out.append(_match(issue, original, start, end, utf16, sentences))
    return out


def _match(issue: dict[str, Any], text: str, start: int, end: int, utf16: _Utf16,
           sentences: _Sentences) -> dict[str, Any]:
    rule = RULES.get(issue["rule"])
    left, right = max(0, start - 40), min(len(text), end + 40)
    prefix, suffix = ("..." if left else ""), ("..." if right < len(text) else "")
    context = (prefix + text[left:right] + suffix).replace("\n", " ")
    offset, length = utf16(start), utf16(end) - utf16(start)
    kind = issue["kind"]
    return {
        "message": issue["message"],
        "shortMessage": rule.title if rule else issue["rule"],
        "offset": offset,
        "length": length,
        "replacements": [] if issue.get("suggestion") is None else [{"value": issue["suggestion"]}],
        "context": {"text": context, "offset": len(prefix) + offset - utf16(left), "length": length},
        "sentence": sentences.around(start, end),
        "type": {"typeName": "Hint" if issue["severity"] == "info" else "Other"},
        "rule": {"id": issue["rule"], "description": rule.title if rule else issue["rule"],
                 "issueType": _ISSUE_TYPES.get(kind, "other"),
                 "category": {"id": f"MTMEND_{kind.upper()}", "name": kind.capitalize()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


class _LanguageToolCheck(BaseModel):
    """The fields of LanguageTool's /v2/check that mtmend reads; clients send more (username,
    motherTongue, ...), which are ignored. The names are LanguageTool's; `apiKey` carries the
    server's --token."""

    text: str | None = None
    data: str | None = None
    language: str = "auto"
    enabledRules: str = ""
    disabledRules: str = ""
    enabledOnly: bool = False
    level: str = "default"
    apiKey: str | None = None


# ---------------------------------------------------------------------------------------------
# The application.


def create_app(settings: Settings | None = None) -> FastAPI:
    """The ASGI application; `serve` runs it on uvicorn, tests may run it on their own server."""
    settings = settings or Settings(engines=default_engines())
    app = FastAPI(title="mtmend", version=__version__, docs_url=None, redoc_url=None,
                  description="Review and repair half-done machine translations. The review page is at /.",
                  form_limits={"max_part_size": settings.max_size})
    limited = {"max_body_size": settings.max_size}  # for bodies without Content-Length; see _refusal
    app.state.settings = settings
    static = resources.files("mtmend") / "server_static"

    app.add_middleware(_Guard, settings=settings)
    answers = _Answers(settings.cache_bytes)

    def asset(name: str, media: str) -> Response:
        return Response((static / name).read_bytes(), media_type=media, headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        return asset("index.html", "text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return asset("docs.html", "text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        media = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
        suffix = os.path.splitext(name)[1]
        if suffix not in media or "/" in name or name.startswith(".") or not (static / name).is_file():
            return JSONResponse({"error": "not found"}, status_code=404)
        return asset(name, media[suffix])

    async def run(work):
        """`work` in a worker thread, so the server keeps answering; 503 past the time limit."""
        try:
            return await asyncio.wait_for(asyncio.to_thread(work), settings.time_limit)
        except asyncio.TimeoutError:
            raise _Refused(503, f"the request took longer than the server's limit of {settings.time_limit:g} s")

    async def answer(key: tuple, size: int, make):
        """A repeated question's answer at once; a new one's made in a worker thread."""
        hit = answers.peek(key)
        return hit if hit is not None else await run(lambda: answers.get(key, size, make))

    def fixed(data: bytes, name: str, fmt, engine: str, rule, ignore) -> tuple[_Session, dict, bytes]:
        """The fixed session, its report and the report's JSON, from the cache when it is there."""
        def make():
            s = _Session(data, name, fmt, settings, engine, rule, ignore)
            report = s.fix()
            return s, report, _dumps(report)

        return answers.get(_key("fix", data, name, fmt, engine, rule, ignore), len(data), make)

    async def document(text, file, name) -> tuple[bytes, str]:
        """The document's bytes and file name, from an upload or a text field."""
        if file is not None:
            data, name = await file.read(), name or file.filename or "upload"
        elif text is not None:
            data, name = text.encode("utf-8"), name or "pasted"
        else:
            raise BadInput("send the document as a text field or a file")
        return data, os.path.basename(name.replace("\\", "/")) or "upload"

    @app.exception_handler(BadInput)
    async def bad_input(_request: Request, e: BadInput):
        return JSONResponse({"error": f"mtmend: error: {' '.join(str(e).split())}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, e: StarletteHTTPException):
        if e.status_code == 413:  # a body without Content-Length that grew past the limit
            return JSONResponse({"error": _too_large(settings)}, status_code=413)
        return await http_exception_handler(request, e)

    @app.exception_handler(_Refused)
    async def refused(_request: Request, e: _Refused):
        return JSONResponse({"error": e.message}, status_code=e.status)

    @app.post("/api/check", summary="Issues of a document (like `mtmend check --json`)", **limited)
    async def api_check(text: str | None = Form(None), file: UploadFile | None = File(None),
                        name: str | None = Form(None), format: str | None = Form(None),
                        rule: list[str] = Form([]), ignore: list[str] = Form([]), info: bool = Form(False)):
        data, name = await document(text, file, name)

        def work():
            return _dumps(_Session(data, name, format, settings, "none", rule, ignore).check_report(info))

        return _json_bytes(await answer(_key("check", data, name, format, rule, ignore, info), len(data), work))

    @app.post("/api/fix", summary="The report of fixing a document (docs/report-schema.md), with edit ids", **limited)
    async def api_fix(text: str | None = Form(None), file: UploadFile | None = File(None),
                      name: str | None = Form(None), format: str | None = Form(None),
                      engine: str = Form("glossary"), rule: list[str] = Form([]), ignore: list[str] = Form([]),
                      review: bool = Form(False)):
        data, name = await document(text, file, name)

        def work():
            s, report, body = fixed(data, name, format, engine, rule, ignore)
            return _dumps({**report, "review": s.review(report)}) if review else body

        return _json_bytes(await run(work))

    @app.post("/api/apply", summary="The document in its own format with only the accepted edits", **limited,
              response_class=Response)
    async def api_apply(text: str | None = Form(None), file: UploadFile | None = File(None),
                        name: str | None = Form(None), format: str | None = Form(None),
                        engine: str = Form("glossary"), rule: list[str] = Form([]), ignore: list[str] = Form([]),
                        accepted: list[str] = Form([])):
        data, name = await document(text, file, name)
        ids = {i for a in accepted for i in a.split(",") if i}

        def work():
            s = fixed(data, name, format, engine, rule, ignore)[0]
            return s.apply(ids), s.format

        body, fmt = await run(work)
        return Response(body, media_type="application/octet-stream", headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}", "X-Mtmend-Format": fmt})

    @app.get("/api/rules", summary="The rule catalogue")
    def api_rules():
        return [{"id": r.id, "kind": r.kind, "severity": r.severity, "title": r.title,
                 "explanation": r.explanation} for r in RULES.values()]

    @app.get("/api/engines", summary="The engines this server offers (names only)")
    def api_engines():
        return {"engines": list(settings.engines), "default": "glossary" if "glossary" in settings.engines else "none",
                "formats": formats.names()}

    @app.get("/v2/languages", summary="LanguageTool-compatible: the languages checked")
    def lt_languages():
        return [{"name": name, "code": code, "longCode": long} for name, code, long in ENGLISH]

    async def lt_check(request: Request, q: _LanguageToolCheck, sent) -> Response:
        """LanguageTool's check, from the query (GET) or the form (POST); `sent` tells a `text`
        sent empty (no matches) from none sent (400), which `q` cannot: FastAPI drops empty fields."""
        if settings.token and not _has_token(request, settings, q.apiKey or ""):
            raise _Refused(401, NEEDS_TOKEN)
        known = {long for _, _, long in ENGLISH} | {"en", "auto"}
        if q.language not in known:
            raise _Refused(400, f"language {q.language!r} is not supported; mtmend checks English "
                                f"({', '.join(sorted(known))})")
        if q.data is None and q.text is None and "text" not in sent:
            raise _Refused(400, "missing 'text' or 'data' parameter")
        text = q.text or ""
        original, checked, spans = _annotated(q.data) if q.data is not None else (text, text, None)
        select = [r for r in q.enabledRules.split(",") if r] if q.enabledOnly else []
        ignore = [r for r in q.disabledRules.split(",") if r]

        def work():
            issues = _Session(checked, "text", "text", settings, "none", select, ignore).check() if checked else []
            matches = _matches(original, spans, [i for i in issues if q.level == "picky" or i["severity"] != "info"])
            return _dumps({"software": {"name": "mtmend", "version": __version__, "buildDate": None, "apiVersion": 1,
                                        "premium": False, "status": ""},
                           "warnings": {"incompleteResults": False},
                           "language": {"name": "English", "code": "en-US" if q.language == "auto" else q.language,
                                        "detectedLanguage": {"name": "English", "code": "en-US", "confidence": 1.0}},
                           "matches": matches})

        body = (text if q.data is None else q.data).encode("utf-8")
        key = _key("v2", body, q.data is None, q.language, select, ignore, q.level == "picky")
        return _json_bytes(await answer(key, len(body), work))

    lt_summary = "LanguageTool-compatible check; offsets and lengths in UTF-16 code units"

    @app.get("/v2/check", summary=lt_summary)
    async def lt_check_query(request: Request, q: Annotated[_LanguageToolCheck, Query()]):
        return await lt_check(request, q, request.query_params)

    @app.post("/v2/check", summary=lt_summary, **limited)
    async def lt_check_form(request: Request, q: Annotated[_LanguageToolCheck, Form()]):
        return await lt_check(request, q, await request.form())

    return app


class _Answers:
    """Recent answers by what was asked (the document's hash and every option), as LanguageTool's
    own server keeps them: editor clients send the same text again on every pause in typing, and
    /api/apply finds the very result that /api/fix showed (an MT engine need not answer twice,
    nor differently). Bounded by the documents' total size; nothing touches the disk."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.entries: OrderedDict[tuple, tuple[int, Any]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def peek(self, key: tuple):
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
            return hit[1] if hit is not None else None

    def get(self, key: tuple, size: int, make):
        if size * 4 > self.budget:
            return make()
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key][1]
        value = make()
        with self.lock:
            if key not in self.entries:
                self.entries[key] = (size, value)
                self.size += size
            while self.size > self.budget:
                self.size -= self.entries.popitem(last=False)[1][0]
        return value


def _key(*parts: Any) -> tuple:
    return tuple(hashlib.sha256(p).digest() if isinstance(p, bytes) else
                 tuple(p) if isinstance(p, list) else p for p in parts)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _refusal(request: Request, settings: Settings) -> Response | None:
    """Why this request is not served (wrong Host, missing token, body too large), or None."""
    if settings.loopback_only:
        if not is_loopback(urlsplit("//" + request.headers.get("host", "")).hostname or ""):
            return JSONResponse({"error": "this server answers only on 127.0.0.1 / localhost"}, status_code=403)
    # A POST to /v2/check checks the token itself: LanguageTool clients send it as the form's apiKey.
    checks_its_own = (request.method, request.url.path) == ("POST", "/v2/check")
    if settings.token and not checks_its_own and not _has_token(request, settings):
        return JSONResponse({"error": NEEDS_TOKEN}, status_code=401)
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > settings.max_size):
        return JSONResponse({"error": _too_large(settings)}, status_code=413)
    return None


def _has_token(request: Request, settings: Settings, *offered_too: str) -> bool:
    """Whether the request carries the token: Authorization: Bearer, X-Mtmend-Token, the page's
    cookie, ?token= or LanguageTool's ?apiKey=, or one of `offered_too`."""
    auth = request.headers.get("authorization", "")
    offered = [auth[7:] if auth.lower().startswith("bearer ") else "", request.headers.get("x-mtmend-token", ""),
               request.cookies.get(TOKEN_COOKIE, ""), request.query_params.get("token", ""),
               request.query_params.get("apiKey", ""), *offered_too]
    return any(o and hmac.compare_digest(o.encode(), settings.token.encode()) for o in offered)


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _json_bytes(body: bytes) -> Response:
    """A JSON answer already encoded (FastAPI would walk every value of a report again)."""
    return Response(body, media_type="application/json")


def _too_large(settings: Settings) -> str:
    return f"the request is larger than the server's limit of {settings.max_size / 1024 / 1024:g} MB (--max-size)"


_SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                     (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


class _Guard:
    """ASGI middleware: refuse what `_refusal` refuses, turn a token link into a cookie, and put
    the security headers on every answer."""

    def __init__(self, app, settings: Settings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        response = _refusal(request, self.settings)
        if response is None and self.settings.token and request.method == "GET" and request.url.path == "/" \
                and request.query_params.get("token"):
            # The token arrived in a link: keep it in a cookie that the page's requests carry,
            # and take it out of the address bar and the history.
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(TOKEN_COOKIE, request.query_params["token"], httponly=True, samesite="strict")

        async def secured(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + _SECURITY_HEADERS
            await send(message)

        await (response or self.app)(scope, receive, secured)


def default_engines(glossary=None) -> dict[str, Any]:
    """glossary and none, plus the machine-translation engine that MTMEND_* variables or the
    working folder's mtmend.toml configure (its key stays on the server). No translation memory:
    the server writes nothing."""
    from .engines.glossary import GlossaryEngine
    from .project import config_near, engine_near

    engines = {"glossary": GlossaryEngine(glossary), "none": None}
    name = os.environ.get("MTMEND_ENGINE") or config_near(".").engine.get("name")
    if name and name not in engines:
        options = {"base_url": os.environ.get("MTMEND_BASE_URL"), "model": os.environ.get("MTMEND_MODEL")}
        try:
            engines[name] = engine_near(".", name, options, None, glossary)
        except ValueError as e:
            raise ServeError(str(e)) from None
    return engines


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def build(*, host: str = "127.0.0.1", token: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
          time_limit: float = DEFAULT_TIME_LIMIT):
    """The ASGI application for `mtmend serve`; ServeError when it must not run as asked."""
    from .project import glossary_near

    if not is_loopback(host) and not token:
        raise ServeError(f"refusing to serve on {host} without --token: anyone who can reach it could use it")
    if max_size <= 0 or time_limit <= 0:
        raise ServeError("--max-size and --time-limit must be positive")
    try:
        glossary = glossary_near(".")
    except ValueError as e:  # a bad mtmend.toml or glossary file
        raise ServeError(str(e)) from None
    settings = Settings(token=token, max_size=max_size, time_limit=time_limit, loopback_only=is_loopback(host),
                        engines=default_engines(glossary), glossary=glossary)
    return create_app(settings)


def serve(*, host: str = "127.0.0.1", port: int = 8010, token: str | None = None,
          max_size: int = DEFAULT_MAX_SIZE, time_limit: float = DEFAULT_TIME_LIMIT) -> None:
    """Run the server until interrupted."""
    import uvicorn

    app = build(host=host, token=token, max_size=max_size, time_limit=time_limit)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
