"""The `mtmend` command: check, fix, explain, rules.

Exit codes: 0 clean (check) or fixed with nothing left to flag (fix), 1 errors remain, 2 bad input.
"""
from __future__ import annotations

import difflib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import RULES, __version__, batch, check as check_text, explain as explain_rule, fix as fix_text
from .config import Config, ConfigError, find_config, load_config
from .engines import ENGINES, MT_ENGINES, make_engine
from .tm import CachedEngine, TranslationMemory, default_path
from .formats import BINARY, FORMATS, SEGMENTED, detect_format, parse_segmented
from .formats.segments import SegmentedDocument, check_document, fix_document
from .glossary import Glossary, GlossaryError, load_all
from .io import InputError, backup, read_bytes, read_text, write_atomic
from .model import Issue

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find and repair what half-done machine translation leaves in English text.")
err = Console(stderr=True, highlight=False)


def _fail(message: str) -> None:
    typer.echo(f"mtmend: error: {' '.join(message.split())}", err=True)
    raise typer.Exit(2)


def _load(path: str, fmt: Optional[str]) -> tuple[str | bytes, str, str]:
    """(text, encoding, format); the text is bytes for binary formats (DOCX)."""
    if fmt is not None and fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    binary = fmt in BINARY or fmt is None and path.lower().endswith(".docx")
    try:
        if binary:
            return read_bytes(path), "binary", fmt or "docx"
        text, encoding = read_text(path)
    except InputError as e:
        if fmt is None and path != "-" and _is_docx(path):
            return read_bytes(path), "binary", "docx"  # a Word document without its extension
        _fail(str(e))
    except OSError as e:
        _fail(f"{path}: {e.strerror or e}")
    return text, encoding, fmt or detect_format(path, text)


FORMAT_HELP = f"One of {', '.join(FORMATS)} (default: by extension and content)."
JOBS_HELP = "Many files: worker processes (default: the number of cores)."
INCLUDE_HELP = "Many files: only paths matching this glob (relative path or name); repeatable."
EXCLUDE_HELP = "Many files: skip paths matching this glob; repeatable."
EXT_HELP = "Many files: extensions to pick up in folders (default: every supported format); repeatable."
DASK_HELP = "Run on a Dask cluster: a scheduler address, or local[:N] for a LocalCluster of N workers."
GLOSSARY_HELP = "A glossary file (.tsv, .csv, .tbx) on top of the built-in one and mtmend.toml's; repeatable."


def _config(near: str) -> Config:
    """The mtmend.toml above `near` (the input's folder, or the working folder for stdin)."""
    try:
        return load_config(find_config("." if near == "-" else near))
    except ConfigError as e:
        _fail(str(e))


def _glossary(near: str, extra: Optional[List[str]]) -> Glossary:
    """The built-in glossary, then the project's (mtmend.toml above `near`), then `extra`."""
    config = _config(near)
    try:
        return _glossaries(tuple(map(str, config.glossaries)) + tuple(extra or ()))
    except GlossaryError as e:
        _fail(str(e))


@lru_cache(maxsize=16)
def _glossaries(paths: tuple[str, ...]) -> Glossary:
    return load_all(paths)


def _is_docx(path: str) -> bool:
    import zipfile

    try:
        return zipfile.is_zipfile(path) and "word/document.xml" in zipfile.ZipFile(path).namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _segmented(fmt: str, text: str, name: str) -> SegmentedDocument:
    try:
        return parse_segmented(fmt, text, name)
    except ValueError as e:
        _fail(str(e))


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _lint_line(name: str, text: str, issue: Issue) -> str:
    line, col = _position(text, issue.start)
    return f"{name}:{line}:{col}: {issue.severity} {issue.rule} {issue.message}"


def _issue_dict(text: str, issue: Issue) -> dict:
    d = issue.to_dict()
    d["line"], d["column"] = _position(text, issue.start)
    return d


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Files to check, or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Print issues as JSON."),
    fmt: Optional[str] = typer.Option(None, "--format", help=FORMAT_HELP),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too."),
    show_info: bool = typer.Option(False, "--info", help="Also list info-level notes (deliberate CJK, whitespace)."),
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
    jobs: int = typer.Option(0, "--jobs", "-j", help=JOBS_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help=EXCLUDE_HELP),
    extensions: Optional[List[str]] = typer.Option(None, "--ext", help=EXT_HELP),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
) -> None:
    """Report leftovers and MT artifacts as file:line:col lines; exit 1 if errors were found."""
    if batch.wants_batch(paths, many_files=False, options_given=bool(jobs or include or exclude or extensions or dask)):
        _batch(paths, None, False, fmt, None, glossaries, None, None, None, jobs, include, exclude, extensions,
               False, as_json, dask)
    loaded = [(p, *_load(p, fmt)) for p in paths]  # refuse bad input before printing anything
    glossary_of = {p: _glossary(p, glossaries) for p in dict.fromkeys(paths)}
    failing = False
    report = []
    for path, text, _encoding, detected in loaded:
        name = "<stdin>" if path == "-" else path
        if detected in SEGMENTED:
            found = check_document(_segmented(detected, text, name), glossary=glossary_of[path])
            lines = [f"{name}:{d['location']}+{d['offset']}: {d['severity']} {d['rule']} {d['message']}" for d in found]
        else:
            issues = check_text(text, format=detected, glossary=glossary_of[path])
            found = [_issue_dict(text, i) for i in issues]
            lines = [_lint_line(name, text, i) for i in issues]
        failing |= any(d["severity"] == "error" or strict and d["severity"] == "warning" for d in found)
        if as_json:
            report.append({"file": name, "format": detected, "issues": found})
        else:
            for d, line in zip(found, lines):
                if d["severity"] != "info" or show_info:
                    typer.echo(line)
    if as_json:
        typer.echo(json.dumps(report if len(report) > 1 else report[0], ensure_ascii=False, indent=2))
    raise typer.Exit(1 if failing else 0)


@app.command()
def fix(
    paths: List[str] = typer.Argument(..., help="File to repair, or - for standard input; or files and folders (with -o OUTDIR)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the repaired text here."),
    in_place: bool = typer.Option(False, "--in-place", help="Overwrite the input (a .bak backup is kept)."),
    report: Optional[str] = typer.Option(None, "--report", help="Write the JSON report (issues and edits) here."),
    diff: bool = typer.Option(False, "--diff", help="Show a coloured diff of the changes on stderr."),
    fmt: Optional[str] = typer.Option(None, "--format", help=FORMAT_HELP),
    rules: Optional[List[str]] = typer.Option(None, "--rule", help="Only these rules (id or family); repeatable."),
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
    engine_name: Optional[str] = typer.Option(None, "--engine", envvar="MTMEND_ENGINE",
                                    help="Engine for leftovers: glossary (offline, the default), openai, libretranslate or none."),
    base_url: Optional[str] = typer.Option(None, "--base-url", envvar="MTMEND_BASE_URL",
                                           help="Server of the openai or libretranslate engine (e.g. http://127.0.0.1:8000/v1)."),
    model: Optional[str] = typer.Option(None, "--model", envvar="MTMEND_MODEL",
                                        help="Model name (openai) or model folder / .argosmodel (ctranslate2)."),
    device: str = typer.Option("cpu", "--device", envvar="MTMEND_DEVICE", help="cpu or cuda (ctranslate2)."),
    beam_size: int = typer.Option(4, "--beam-size", help="Beam size (ctranslate2)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Spans per batch (ctranslate2)."),
    threads: int = typer.Option(0, "--threads", help="CPU threads, 0 for all (ctranslate2)."),
    tm_path: Optional[str] = typer.Option(None, "--tm", envvar="MTMEND_TM",
                                          help="Translation memory (SQLite) for MT engines; default ~/.cache/mtmend/tm.sqlite."),
    no_tm: bool = typer.Option(False, "--no-tm", help="Do not use the translation memory."),
    post_edit: bool = typer.Option(False, "--post-edit",
                                   help="LLM engines: rewrite damaged paragraphs into fluent English, as word-level edits."),
    jobs: int = typer.Option(0, "--jobs", "-j", help=JOBS_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help=EXCLUDE_HELP),
    extensions: Optional[List[str]] = typer.Option(None, "--ext", help=EXT_HELP),
    resume: bool = typer.Option(False, "--resume", help="Many files: skip those whose output is newer than the input."),
    as_json: bool = typer.Option(False, "--json", help="Many files: print the summary as JSON."),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
) -> None:
    """Repair a document; the repaired text goes to -o, the input (--in-place) or stdout.
    Given folders or several files, repairs them all into the tree -o OUTDIR."""
    if batch.wants_batch(paths, many_files=True,
                         options_given=bool(jobs or include or exclude or extensions or resume or as_json or dask)):
        if in_place or report or diff:
            _fail("--in-place, --report and --diff work on one file; many files go to -o OUTDIR")
        _batch(paths, output, True, fmt, rules, glossaries, engine_name, base_url, model, jobs, include, exclude,
               extensions, resume, as_json, dask)
    path = paths[0]
    if in_place and output:
        _fail("--in-place and -o cannot be used together")
    if in_place and path == "-":
        _fail("--in-place needs a file, not standard input")
    text, encoding, detected = _load(path, fmt)
    glossary = _glossary(path, glossaries)
    engine = _engine(path, engine_name, dict(base_url=base_url, model=model, device=device, beam_size=beam_size,
                                             batch_size=batch_size, threads=threads),
                     None if no_tm else tm_path or default_path(), glossary)
    if post_edit and not hasattr(engine, "rewrite"):
        _fail("--post-edit needs an LLM engine (--engine openai)")
    options = dict(rules=rules, glossary=glossary, engine=engine, post_edit=post_edit)
    try:
        result, data, remaining_lines = _fix_any(text, detected, path, options)
    except ValueError as e:
        _fail(str(e))
    binary = isinstance(result.text, bytes)
    out_encoding = encoding if binary or encoding in ("utf-8", "utf-8-sig") else _encodable(result.text, encoding)
    if diff and not binary:
        _print_diff(text, result.text, path)
    if report:
        data["file"] = path
        data["format"] = detected
        write_atomic(report, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    if in_place:
        if result.changed:
            saved = backup(path)
            write_atomic(path, result.text, out_encoding)
            err.print(f"mtmend: {len(result.edits)} edits written to {path} (backup: {saved})", markup=False)
    elif output:
        write_atomic(output, result.text, out_encoding)
    elif isinstance(result.text, bytes):
        _fail("a DOCX result needs -o OUT or --in-place, not standard output")
    else:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    for line in remaining_lines:
        typer.echo(line, err=True)
    failed = [n for n in data.get("notes", []) if "(engine error:" in n]
    for note in failed[:5]:
        typer.echo(f"mtmend: {note}", err=True)
    raise typer.Exit(3 if failed else 1 if remaining_lines else 0)


def _engine(path: str, name: Optional[str], options: dict, tm: Optional[Path], glossary: Glossary):
    """The engine the options, MTMEND_* variables and mtmend.toml [engine] ask for, behind the
    translation memory when it is a machine-translation engine."""
    configured = _config(path).engine
    name = name or configured.get("name", "glossary")
    options["base_url"] = options["base_url"] or configured.get("base_url")
    options["model"] = options["model"] or configured.get("model")
    try:
        engine = make_engine(name, glossary=glossary, **options,
                             api_key=os.environ.get("MTMEND_API_KEY") or os.environ.get("OPENAI_API_KEY"))
    except ValueError as e:
        _fail(str(e))
    if name in MT_ENGINES and tm is not None:
        engine = CachedEngine(engine, TranslationMemory(tm))
    return engine


def _fix_any(text, detected: str, path: str, options: dict) -> tuple:
    """Fix a text or a segmented document: (result, report data, lines for remaining errors)."""
    if detected in SEGMENTED:
        result = fix_document(_segmented(detected, text, path), **options)
        data = {"schema": "mtmend.result/1", "text": None if isinstance(result.text, bytes) else result.text,
                "changed": result.changed, "issues": result.issues, "edits": result.edits,
                "remaining": result.remaining, "notes": result.notes}
        lines = [f"{path}:{d['location']}+{d['offset']}: {d['severity']} {d['rule']} {d['message']}"
                 for d in result.remaining if d["severity"] == "error"]
        return result, data, lines
    result = fix_text(text, format=detected, **options)
    data = result.to_dict()
    for key in ("issues", "remaining"):
        base = text if key == "issues" else result.text
        data[key] = [_issue_dict(base, i) for i in getattr(result, key)]
    return result, data, [_lint_line(path, result.text, i) for i in result.remaining if i.severity == "error"]


def _encodable(text: str, encoding: str) -> str:
    try:
        text.encode(encoding)
        return encoding
    except (UnicodeEncodeError, LookupError):
        err.print(f"mtmend: output cannot be written as {encoding}; writing UTF-8", markup=False)
        return "utf-8"


def _print_diff(before: str, after: str, name: str) -> None:
    console = Console(stderr=True, highlight=False)
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{name}", f"b/{name}")
    for line in lines:
        style = "green" if line.startswith("+") else "red" if line.startswith("-") else "cyan" if line.startswith("@") else None
        console.print(line.rstrip("\n"), style=style, markup=False, soft_wrap=True)


@app.command()
def explain(rule: str = typer.Argument(..., help="A rule id, as printed by check.")) -> None:
    """Describe one rule: what it finds, why, and what it changes."""
    try:
        typer.echo(explain_rule(rule))
    except KeyError as e:
        _fail(str(e.args[0]))


@app.command("rules")
def list_rules() -> None:
    """List every rule with its kind and default severity."""
    for r in RULES.values():
        typer.echo(f"{r.id:28} {r.kind:13} {r.severity:8} {r.title}")


@app.command("engines")
def list_engines(
    base_url: Optional[str] = typer.Option(None, "--base-url", envvar="MTMEND_BASE_URL", help="Server to check."),
    model: Optional[str] = typer.Option(None, "--model", envvar="MTMEND_MODEL", help="Model for the openai engine."),
) -> None:
    """The engines, and whether each can be used now (servers are contacted)."""
    for name in ENGINES:
        if name == "none":
            continue
        try:
            engine = make_engine(name, base_url=base_url, model=model or "-",
                                 api_key=os.environ.get("MTMEND_API_KEY") or os.environ.get("OPENAI_API_KEY"))
            state = engine.reachable() if hasattr(engine, "reachable") else "ok (offline)"
        except ValueError as e:
            state = f"not configured: {e}"
        typer.echo(f"{name:15}{state}")


tm_app = typer.Typer(no_args_is_help=True, help="The translation memory of the MT engines.")
app.add_typer(tm_app, name="tm")


@tm_app.command("stats")
def tm_stats(path: Optional[str] = typer.Option(None, "--tm", envvar="MTMEND_TM", help="The TM file.")) -> None:
    """Entries, hits and misses."""
    tm = TranslationMemory(path or default_path())
    for key, value in tm.stats().items():
        typer.echo(f"{key}\t{value}")


@tm_app.command("clear")
def tm_clear(path: Optional[str] = typer.Option(None, "--tm", envvar="MTMEND_TM", help="The TM file.")) -> None:
    """Forget every stored translation."""
    TranslationMemory(path or default_path()).clear()


@tm_app.command("export")
def tm_export(output: str = typer.Option(..., "-o", "--output", help="TMX file to write."),
              path: Optional[str] = typer.Option(None, "--tm", envvar="MTMEND_TM", help="The TM file.")) -> None:
    """Every stored translation as TMX."""
    write_atomic(output, TranslationMemory(path or default_path()).export_tmx())


glossary_app = typer.Typer(no_args_is_help=True, help="The glossary: the built-in one, mtmend.toml's and --glossary files.")
app.add_typer(glossary_app, name="glossary")


@glossary_app.command("list")
def glossary_list(
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
    domain: Optional[str] = typer.Option(None, "--domain", help="Only terms of this domain (cpc, government, ...)."),
) -> None:
    """One line per term: source, official English, domain, origin."""
    for t in _glossary(".", glossaries):
        if domain is None or t.domain == domain:
            typer.echo(f"{t.source}\t{t.english}\t{t.domain}\t{t.origin}")


@glossary_app.command("show")
def glossary_show(
    term: str = typer.Argument(..., help="A source term (Chinese) or any of its English renderings."),
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
) -> None:
    """Everything the glossary knows about one term; exit 1 if it has no such term."""
    glossary = _glossary(".", glossaries)
    found = glossary.get(term)
    if found is None:
        wanted = term.lower()
        found = next((t for t in glossary if wanted in {r.lower() for r in t.renderings + t.wrong}), None)
    if found is None:
        typer.echo(f"mtmend: no glossary term {term!r}", err=True)
        raise typer.Exit(1)
    for label, value in (("source", found.source), ("english", found.english),
                         ("variants", " | ".join(found.variants)), ("wrong", " | ".join(found.wrong)),
                         ("domain", found.domain), ("note", found.note), ("origin", found.origin)):
        typer.echo(f"{label + ':':10}{value}")


@glossary_app.command("export")
def glossary_export(
    fmt: str = typer.Option("tsv", "--format", help="tsv, csv or tbx."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
) -> None:
    """The whole glossary as TSV, CSV or TBX (ISO 30042)."""
    glossary = _glossary(".", glossaries)
    writers = {"tsv": lambda: glossary.to_table("\t"), "csv": lambda: glossary.to_table(","), "tbx": glossary.to_tbx}
    if fmt not in writers:
        _fail(f"unknown glossary format {fmt!r}; choose tsv, csv or tbx")
    data = writers[fmt]()
    if output:
        write_atomic(output, data)
    else:
        sys.stdout.write(data)


def _batch(paths, outdir, repair, fmt, rules, glossaries, engine_name, base_url, model, jobs, include, exclude,
           extensions, resume, as_json, dask) -> None:
    """Many files through mtmend.batch; exits with its code."""
    config = _config(paths[0])
    configured = config.engine
    options = batch.MendOptions(engine=(engine_name or configured.get("name", "glossary")) if repair else None,
                                glossaries=tuple(map(str, config.glossaries)) + tuple(glossaries or ()),
                                select=tuple(rules or ()), format=fmt,
                                base_url=base_url or configured.get("base_url"), model=model or configured.get("model"))
    try:
        _glossaries(options.glossaries)
        code = batch.main(paths, options, outdir=outdir, repair=repair, jobs=jobs, include=include or (),
                          exclude=exclude or (), extensions=extensions or (), resume=resume, as_json=as_json,
                          dask=dask)
    except (InputError, GlossaryError, ValueError) as e:
        _fail(str(e))
    raise typer.Exit(code)


@app.command("corpus")
def corpus_command(
    source: str = typer.Argument(..., help="A dataset: .jsonl, .jsonl.gz, .jsonl.zst or .parquet."),
    output: str = typer.Option(..., "-o", "--output", help="The mended dataset (format by its extension)."),
    field: str = typer.Option("text", "--field", help="The column or key holding each document's text."),
    report: bool = typer.Option(False, "--report", help="Add the full report of each document (mtmend_report)."),
    max_leftover_share: Optional[float] = typer.Option(None, "--max-leftover-share",
                                                       help="Drop documents whose untranslated share is above this (0-1)."),
    rules: Optional[List[str]] = typer.Option(None, "--rule", help="Only these rules (id or family); repeatable."),
    glossaries: Optional[List[str]] = typer.Option(None, "--glossary", help=GLOSSARY_HELP),
    engine_name: str = typer.Option("glossary", "--engine", help="Engine for leftovers: glossary or none."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: the number of cores)."),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Repair and count every document of a JSONL or Parquet dataset, in order and in bounded memory."""
    from . import corpus

    mend = batch.MendOptions(engine=engine_name, glossaries=tuple(glossaries or ()), select=tuple(rules or ()))
    try:
        _glossaries(mend.glossaries)
        code = corpus.main(source, output, corpus.CorpusOptions(field, report, max_leftover_share, mend),
                           jobs=jobs, dask=dask, as_json=as_json)
    except (InputError, GlossaryError, ValueError) as e:
        _fail(str(e))
    raise typer.Exit(code)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
