"""The maintenance commands of `mtmend` (engines, glossary, tm, models, serve), declared and run
here so that mtmend/cli.py keeps to the document commands. Like cli.py, each command imports what
it uses when it runs: declaring these costs `mtmend --version` nothing it would notice.
"""
from __future__ import annotations

import os
import sys


def declare_admin_commands(command) -> None:
    """Declare the maintenance commands through cli.py's `command(name, run, help)`."""
    c = command("engines", _engines, "The engines, and whether each can be used now (servers are contacted).")
    c.add_argument("--base-url", default=os.environ.get("MTMEND_BASE_URL"))
    c.add_argument("--model", default=os.environ.get("MTMEND_MODEL"))
    c = command("glossary", _glossary, "The glossary: built-in, mtmend.toml's and --glossary files.")
    c.add_argument("action", choices=("list", "show", "export"))
    c.add_argument("term", nargs="?", help="show: a source term or any of its English renderings")
    c.add_argument("--glossary", action="append", default=[], metavar="FILE")
    c.add_argument("--domain", help="list: only this domain")
    c.add_argument("--format", default="tsv", choices=("tsv", "csv", "tbx"), help="export format")
    c.add_argument("-o", "--output", help="export: write here instead of stdout")
    c = command("tm", _tm, "The translation memory of the MT engines.")
    c.add_argument("action", choices=("stats", "clear", "export"))
    c.add_argument("--tm", default=os.environ.get("MTMEND_TM"))
    c.add_argument("-o", "--output", help="export: the TMX file to write")
    c = command("models", _models, "Offline translation models (Argos Translate packages) for --engine auto.")
    c.add_argument("action", choices=("list", "install", "remove"))
    c.add_argument("what", nargs="?", help="install: a source language (zh, ja, ko), a .argosmodel file or a URL; "
                   "remove: an installed pair (zh_en) or source language")
    c.add_argument("--available", action="store_true", help="list: also the index's packages")
    c.add_argument("--index", help="package index (URL or JSON file); default $MTMEND_MODELS_INDEX or the Argos index")
    c.add_argument("--to", default="en", help="install: target language")
    c.add_argument("--sha256", help="install: expected SHA-256 of the package")
    c = command("serve", _serve, "Serve the review page, the JSON API and a LanguageTool-compatible /v2/check.")
    c.add_argument("--host", default="127.0.0.1", help="address to bind; any but loopback needs --token")
    c.add_argument("--port", type=int, default=8010)
    c.add_argument("--token", default=os.environ.get("MTMEND_TOKEN"), help="token every request must carry")
    c.add_argument("--max-size", type=float, default=20, help="largest request body, in MB (413 above)")
    c.add_argument("--time-limit", type=float, default=60, help="seconds one request may take (503 after)")


def _engines(a) -> int:
    from .project import engine_states

    print("".join(f"{name:15}{state}\n" for name, state in engine_states(a.base_url, a.model)), end="")
    return 0


def _glossary(a) -> int:
    from .project import glossary_near
    from .reporters import term_card

    glossary = glossary_near(".", a.glossary)
    if a.action == "list":
        print("".join(f"{t.source}\t{t.english}\t{t.domain}\t{t.origin}\n" for t in glossary
                      if a.domain is None or t.domain == a.domain), end="")
    elif a.action == "show":
        found = glossary.find(a.term or "")
        if found is None:
            print(f"mtmend: no glossary term {a.term!r}", file=sys.stderr)
            return 1
        sys.stdout.write(term_card(found))
    else:
        write(a.output, glossary.to_tbx() if a.format == "tbx" else glossary.to_table("\t" if a.format == "tsv" else ","))
    return 0


def _tm(a) -> int:
    from .io import InputError
    from .tm import TranslationMemory, default_path

    tm = TranslationMemory(a.tm or default_path())
    if a.action == "stats":
        print("".join(f"{key}\t{value}\n" for key, value in tm.stats().items()), end="")
    elif a.action == "clear":
        tm.clear()
    elif not a.output:
        raise InputError("tm export needs -o FILE.tmx")
    else:
        write(a.output, tm.export_tmx())
    return 0


def _models(a) -> int:
    """A models.ModelError is a ValueError: cli.main reports it in one line."""
    from . import models
    from .io import InputError

    if a.action == "list":
        print("".join(f"{m.from_code}->{m.to_code}\t{m.version}\t{m.path}\tsha256:{m.sha256[:16]}\n"
                      for m in models.installed()), end="")
        for p in models.read_index(a.index) if a.available else ():
            print(f"available {p.from_code}->{p.to_code}\t{p.version}\t{p.links[0] if p.links else '-'}")
    elif not a.what:
        raise InputError(f"models {a.action} needs a language, file or URL")
    elif a.action == "install":
        m = models.install(a.what, to_code=a.to, index=a.index, sha256=a.sha256)
        print(f"installed {m.from_code}->{m.to_code} {m.version} in {m.path} (sha256 {m.sha256})")
    else:
        print(f"removed {models.remove(a.what)}")
    return 0


def _serve(a) -> int:
    """A server.ServeError (a public address without --token, say) is a ValueError: one line."""
    from .server import serve

    serve(host=a.host, port=a.port, token=a.token, max_size=int(a.max_size * 1024 * 1024), time_limit=a.time_limit)
    return 0


def write(path: str | None, data: str | bytes) -> None:
    """cli.py's atomic writing (imported when used: cli.py imports this module)."""
    from .cli import _output

    _output(path, data)
