"""The `mtmend` command: an adapter over the API (`Document`, `Mender`, `Result`). It parses the
arguments, calls the API and prints; formats and reports are the API's business.

Exit codes: 0 clean (check) or fixed with nothing left to flag (fix), 1 errors remain, 2 bad input
or an unusable environment (one line; `--debug` shows the traceback), 3 an engine failed.
"""
from __future__ import annotations

import difflib
import json
import sys
from typing import Annotated, List, Optional

import typer
from rich.console import Console

from . import RULES, Document, Mender, __version__, batch, explain as explain_rule, formats
from .glossary import Glossary
from .io import InputError, backup, write_atomic
from .model import Issue
from .project import engine_near, engine_states, glossary_near
from .tm import TranslationMemory, default_path

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Find and repair what half-done machine translation leaves in English text.")
err = Console(stderr=True, highlight=False)


@app.callback()
def _options(debug: bool = typer.Option(False, "--debug", help="Show the traceback of an environment error.")) -> None:
    """Find and repair what half-done machine translation leaves in English text."""


def _fail(message: str) -> None:
    typer.echo(f"mtmend: error: {' '.join(message.split())}", err=True)
    raise typer.Exit(2)


FORMAT_HELP = f"One of {', '.join(formats.names())} (default: by extension and content)."
GLOSSARY_HELP = "A glossary file (.tsv, .csv, .tbx) on top of the built-in one and mtmend.toml's; repeatable."
Glossaries = Annotated[Optional[List[str]], typer.Option("--glossary", help=GLOSSARY_HELP)]
Format = Annotated[Optional[str], typer.Option("--format", help=FORMAT_HELP)]
TmPath = Annotated[Optional[str], typer.Option("--tm", envvar="MTMEND_TM", help="The TM file.")]
# Many files at once (mtmend/batch.py).
Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Many files: worker processes (default: the number of cores).")]
Include = Annotated[Optional[List[str]], typer.Option("--include", help="Many files: only paths matching this glob; repeatable.")]
Exclude = Annotated[Optional[List[str]], typer.Option("--exclude", help="Many files: skip paths matching this glob; repeatable.")]
Extensions = Annotated[Optional[List[str]], typer.Option("--ext", help="Many files: extensions to take from folders (default: all formats); repeatable.")]
Dask = Annotated[Optional[str], typer.Option("--dask", help="Run on a Dask cluster: a scheduler address, or local[:N] for N local workers.")]


def _read(path: str, fmt: Optional[str]) -> Document:
    try:
        return Document.from_path(path, fmt)
    except (InputError, ValueError) as e:
        _fail(str(e))


def _write(path: str, data: str | bytes) -> None:
    """Write atomically; a failure names `path` (not the temporary file beside it) for main()."""
    try:
        write_atomic(path, data)
    except OSError as e:
        raise OSError(e.errno, f"cannot write ({e.strerror or e})", path) from e


def _glossary(near: str, extra: Optional[List[str]]) -> Glossary:
    try:
        return glossary_near(near, extra or ())
    except ValueError as e:  # a bad mtmend.toml or glossary file
        _fail(str(e))


def _lint_line(name: str, issue: Issue) -> str:
    return f"{name}:{issue.location.label}: {issue.severity} {issue.rule} {issue.message}"


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Files to check, or - for standard input."),
    as_json: bool = typer.Option(False, "--json", help="Print issues as JSON."),
    fmt: Format = None,
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too."),
    show_info: bool = typer.Option(False, "--info", help="Also list info-level notes (deliberate CJK, whitespace)."),
    glossaries: Glossaries = None,
    jobs: Jobs = 0, include: Include = None, exclude: Exclude = None, extensions: Extensions = None, dask: Dask = None,
) -> None:
    """Report leftovers and MT artifacts as file:line:col lines; exit 1 if errors were found.
    Folders are checked recursively, file by file, with a summary at the end."""
    if batch.wants_batch(paths, many_files=False, options_given=bool(jobs or include or exclude or extensions or dask)):
        _batch(paths, False, None, fmt, None, glossaries, None, None, None,
               dict(jobs=jobs, include=include, exclude=exclude, extensions=extensions, as_json=as_json, dask=dask))
    documents = [(p, _read(p, fmt)) for p in paths]  # refuse bad input before printing anything
    mender_of = {p: Mender(glossary=_glossary(p, glossaries)) for p in dict.fromkeys(paths)}
    failing = False
    report = []
    for path, doc in documents:
        name = "<stdin>" if path == "-" else path
        issues = mender_of[path].check(doc)
        failing |= any(i.severity == "error" or strict and i.severity == "warning" for i in issues)
        if as_json:
            report.append({"file": name, "format": doc.format, "issues": [i.to_dict() for i in issues]})
        elif issues:  # one write: echoing line by line costs more than finding the issues
            typer.echo("\n".join(_lint_line(name, i) for i in issues if i.severity != "info" or show_info))
    if as_json:
        typer.echo(json.dumps(report if len(report) > 1 else report[0], ensure_ascii=False, indent=2))
    raise typer.Exit(1 if failing else 0)


@app.command()
def fix(
    paths: List[str] = typer.Argument(..., help="File to repair, or - for standard input; or files and folders with -o OUTDIR."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the repaired text here."),
    in_place: bool = typer.Option(False, "--in-place", help="Overwrite the input (a .bak backup is kept)."),
    report: Optional[str] = typer.Option(None, "--report", help="Write the JSON report (issues and edits) here."),
    diff: bool = typer.Option(False, "--diff", help="Show a coloured diff of the changes on stderr."),
    fmt: Format = None,
    rules: Optional[List[str]] = typer.Option(None, "--rule", help="Only these rules (id or family); repeatable."),
    glossaries: Glossaries = None,
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
    jobs: Jobs = 0, include: Include = None, exclude: Exclude = None, extensions: Extensions = None, dask: Dask = None,
    resume: bool = typer.Option(False, "--resume", help="Many files: skip those whose output is newer than the input."),
    as_json: bool = typer.Option(False, "--json", help="Many files: print the summary as JSON."),
) -> None:
    """Repair a document; the repaired text goes to -o, the input (--in-place) or stdout.
    Folders or several files are repaired into a mirrored tree under -o OUTDIR, with a summary."""
    if batch.wants_batch(paths, many_files=True,
                         options_given=bool(jobs or include or exclude or extensions or dask or resume or as_json)):
        if in_place or report or diff or post_edit:
            _fail("--in-place, --report, --diff and --post-edit take one file; many files go to -o OUTDIR")
        _batch(paths, True, output, fmt, rules, glossaries, engine_name, base_url, model,
               dict(jobs=jobs, include=include, exclude=exclude, extensions=extensions, as_json=as_json, dask=dask,
                    resume=resume))
    path = paths[0]
    if in_place and output:
        _fail("--in-place and -o cannot be used together")
    if in_place and path == "-":
        _fail("--in-place needs a file, not standard input")
    doc = _read(path, fmt)
    if doc.binary and not (output or in_place):
        _fail(f"a {doc.format.upper()} result needs -o OUT or --in-place, not standard output")
    glossary = _glossary(path, glossaries)
    try:
        engine = engine_near(path, engine_name, dict(base_url=base_url, model=model, device=device, beam_size=beam_size,
                                                     batch_size=batch_size, threads=threads),
                             None if no_tm else tm_path or default_path(), glossary)
        if post_edit and not hasattr(engine, "rewrite"):
            _fail("--post-edit needs an LLM engine (--engine openai)")
        result = Mender(engine=engine, glossary=glossary, select=rules or (), post_edit=post_edit).fix(doc)
    except ValueError as e:  # an engine that cannot be made, unknown rules
        _fail(str(e))
    if result.encoding not in (doc.encoding, "binary"):
        err.print(f"mtmend: output cannot be written as {doc.encoding}; writing {result.encoding}", markup=False)
    if diff and not doc.binary:
        _print_diff(doc.content, result.rendered, path)
    if report:
        _write(report, result.to_json() + "\n")
    if in_place:
        if result.changed:
            saved = backup(path)  # an OSError here is one line from main()
            _write(path, result.to_bytes())
            err.print(f"mtmend: {len(result.edits)} edits written to {path} (backup: {saved})", markup=False)
    elif output:
        _write(output, result.to_bytes())
    else:
        sys.stdout.write(result.rendered)
        sys.stdout.flush()
    remaining = [i for i in result.remaining if i.severity == "error"]
    for issue in remaining:
        typer.echo(_lint_line(path, issue), err=True)
    failed = [n for n in result.notes if "(engine error:" in n]
    for note in failed[:5]:
        typer.echo(f"mtmend: {note}", err=True)
    raise typer.Exit(3 if failed else 1 if remaining else 0)


def _print_diff(before: str, after: str, name: str) -> None:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{name}", f"b/{name}")
    for line in lines:
        style = "green" if line.startswith("+") else "red" if line.startswith("-") else "cyan" if line.startswith("@") else None
        err.print(line.rstrip("\n"), style=style, markup=False, soft_wrap=True)


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
    for name, state in engine_states(base_url, model):
        typer.echo(f"{name:15}{state}")


tm_app = typer.Typer(no_args_is_help=True, help="The translation memory of the MT engines.")
app.add_typer(tm_app, name="tm")


@tm_app.command("stats")
def tm_stats(path: TmPath = None) -> None:
    """Entries, hits and misses."""
    for key, value in TranslationMemory(path or default_path()).stats().items():
        typer.echo(f"{key}\t{value}")


@tm_app.command("clear")
def tm_clear(path: TmPath = None) -> None:
    """Forget every stored translation."""
    TranslationMemory(path or default_path()).clear()


@tm_app.command("export")
def tm_export(output: str = typer.Option(..., "-o", "--output", help="TMX file to write."),
              path: TmPath = None) -> None:
    """Every stored translation as TMX."""
    _write(output, TranslationMemory(path or default_path()).export_tmx())


glossary_app = typer.Typer(no_args_is_help=True, help="The glossary: the built-in one, mtmend.toml's and --glossary files.")
app.add_typer(glossary_app, name="glossary")


@glossary_app.command("list")
def glossary_list(
    glossaries: Glossaries = None,
    domain: Optional[str] = typer.Option(None, "--domain", help="Only terms of this domain (cpc, government, ...)."),
) -> None:
    """One line per term: source, official English, domain, origin."""
    for t in _glossary(".", glossaries):
        if domain is None or t.domain == domain:
            typer.echo(f"{t.source}\t{t.english}\t{t.domain}\t{t.origin}")


@glossary_app.command("show")
def glossary_show(
    term: str = typer.Argument(..., help="A source term (Chinese) or any of its English renderings."),
    glossaries: Glossaries = None,
) -> None:
    """Everything the glossary knows about one term; exit 1 if it has no such term."""
    found = _glossary(".", glossaries).find(term)
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
    glossaries: Glossaries = None,
) -> None:
    """The whole glossary as TSV, CSV or TBX (ISO 30042)."""
    glossary = _glossary(".", glossaries)
    if fmt not in ("tsv", "csv", "tbx"):
        _fail(f"unknown glossary format {fmt!r}; choose tsv, csv or tbx")
    data = glossary.to_tbx() if fmt == "tbx" else glossary.to_table("\t" if fmt == "tsv" else ",")
    if output:
        _write(output, data)
    else:
        sys.stdout.write(data)


def _batch(paths, repair, outdir, fmt, rules, glossaries, engine_name, base_url, model, run: dict) -> None:
    """Many files through mtmend.batch (fix or check); exits with its code."""
    try:
        options = batch.options_near(paths[0], repair=repair, engine=engine_name, glossaries=glossaries,
                                     select=rules, format=fmt, base_url=base_url, model=model)
        code = batch.main(paths, options, outdir=outdir, repair=repair, **run)
    except (InputError, ValueError) as e:
        _fail(str(e))
    raise typer.Exit(code)


@app.command("corpus")
def corpus_command(
    source: str = typer.Argument(..., help="A dataset: .jsonl, .jsonl.gz, .jsonl.zst or .parquet."),
    output: str = typer.Option(..., "-o", "--output", help="The mended dataset (its format by its extension)."),
    field: str = typer.Option("text", "--field", help="The key or column holding each document's text."),
    report: bool = typer.Option(False, "--report", help="Add each document's full report (mtmend_report)."),
    max_leftover_share: Optional[float] = typer.Option(None, "--max-leftover-share",
                                                       help="Drop documents whose untranslated share is above this (0-1)."),
    rules: Optional[List[str]] = typer.Option(None, "--rule", help="Only these rules (id or family); repeatable."),
    glossaries: Glossaries = None,
    engine_name: str = typer.Option("glossary", "--engine", help="Engine for leftovers: glossary (offline) or none."),
    jobs: Jobs = 0, dask: Dask = None,
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Repair and count every document of a JSONL or Parquet dataset, in order and in bounded memory."""
    from . import corpus

    try:
        mend = batch.options_near(source, repair=True, engine=engine_name, glossaries=glossaries, select=rules)
        code = corpus.main(source, output, corpus.CorpusOptions(field, report, max_leftover_share, mend),
                           jobs=jobs, dask=dask, as_json=as_json)
    except (InputError, ValueError) as e:
        _fail(str(e))
    raise typer.Exit(code)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Run the command; an environment error (a file that cannot be written, a translation
    memory that cannot be opened) is one line and exit 2, its traceback only with --debug."""
    try:
        app()
    except OSError as e:
        if "--debug" in sys.argv[1:]:
            raise
        where = f"{e.filename}: " if e.filename else ""
        typer.echo(f"mtmend: error: {where}{e.strerror or e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
