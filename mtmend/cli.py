"""The `mtmend` command: parse the arguments, call the API (`Document`, `Mender`), print.

Exit codes: 0 clean (check) or nothing left to flag (fix), 1 errors found or remaining, 2 bad
input (one line on stderr, nothing written), 3 an engine failed (output written, leftovers kept).
Nothing heavy is imported up front (`--version` answers before argparse is imported) and each
command imports what it uses, so `--help` starts about as fast as Python does. Output formats live
in mtmend/reporters.py, the maintenance commands (engines, glossary, tm, models, serve) in
mtmend/cli_admin.py, many files and datasets (folders, --jobs, Dask, `corpus`) in
mtmend/cli_batch.py.
"""
from __future__ import annotations

import os
import sys

from . import __version__


class Refused(Exception):
    """Input or options mtmend cannot use: one line for the user, exit 2."""


def main(argv: list[str] | None = None) -> None:
    """The command; `argv` None is the `mtmend` process itself, whose `check` and `fix` also keep
    their compiled regular expressions (they cost as much as a small check) and the compiled
    methods of their dataclasses between runs (mtmend/generated_code.py). A call
    with `argv` (tests, embedding) runs in a process that has compiled them already."""
    if argv is not None:
        return _run(argv)
    argv = sys.argv[1:]
    if argv == ["--version"]:
        print(f"mtmend {__version__}")
        sys.exit(0)
    command = next((word for word in argv if not word.startswith("-")), None)
    if command not in ("check", "fix"):  # the commands that hooks and editors start again and again
        return _run(argv)
    import gc

    # A start builds tens of thousands of objects that live until exit (modules, dataclasses,
    # the glossary): collecting every 700 allocations only walks them again (as mypy does).
    gc.set_threshold(100_000, 10, 10)
    from . import user_cache
    from .compiled_patterns import PatternStore
    from .generated_code import GeneratedCodeStore

    patterns = PatternStore(user_cache.path(f"patterns-{command}.marshal"))  # each its own
    patterns.load()
    methods = GeneratedCodeStore(user_cache.path("dataclass-methods.marshal"))
    methods.load()
    try:
        _run(argv)
    finally:
        patterns.save()
        methods.save()


def _run(argv: list[str]) -> None:
    parser = _parser(next((word for word in argv if not word.startswith("-")), None))
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        sys.exit(0)
    from .io import InputError

    try:
        code = args.run(args)
    except BrokenPipeError:
        code = 1
    except (Refused, InputError, ValueError, OSError) as e:
        # Bad input, a bad mtmend.toml or glossary, unknown rules, an engine that cannot be used
        # (ValueErrors), or a file that cannot be read or written: one line. Other errors are bugs.
        if args.debug:
            raise
        where = f"{e.filename}: " if isinstance(e, OSError) and e.filename else ""
        message = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        print(f"mtmend: error: {where}{' '.join(message.split())}", file=sys.stderr)
        code = 2
    sys.exit(code)


class _Undeclared:
    """Stands in for the parser of a command that is not being run."""

    def add_argument(self, *args, **kwargs) -> None:
        pass


def _parser(command_run: str | None = None) -> argparse.ArgumentParser:
    """The parser; only `command_run` and its options are declared when it names a command (all
    commands when it does not), since each one costs a parser whose help texts argparse looks up
    in the locale catalogs: declaring all of them costs more than the rest of a `mtmend --help`."""
    import argparse

    from .cli_admin import declare_admin_commands
    from .cli_batch import declare_batch_options, declare_corpus_command

    class Formatter(argparse.HelpFormatter):
        """argparse's formatter, given the width it would ask shutil for: it is built for every
        declared option, and importing shutil (with bz2 and lzma) costs a start milliseconds."""

        def __init__(self, prog: str, **kwargs) -> None:
            super().__init__(prog, **{"width": _terminal_columns() - 2, **kwargs})

    p = argparse.ArgumentParser(prog="mtmend", formatter_class=Formatter,
                                description="Find and repair what half-done machine translation leaves in English text.")
    p.add_argument("--version", action="version", version=f"mtmend {__version__}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        if command_run not in (None, name):
            return _Undeclared()
        c = sub.add_parser(name, help=help, description=help, formatter_class=Formatter)
        c.set_defaults(run=run)
        return c

    def documents(c: argparse.ArgumentParser, nargs: str) -> None:
        c.add_argument("paths", nargs=nargs, metavar="PATH", help="files, or - for standard input")
        c.add_argument("--format", help="the input's format (default: by extension and content)")
        c.add_argument("--stdin-filename", metavar="NAME", help="name of standard input (picks format and mtmend.toml)")
        c.add_argument("--glossary", action="append", default=[], metavar="FILE",
                       help="a glossary (.tsv, .csv, .tbx) on top of the built-in one and mtmend.toml's; repeatable")
        c.add_argument("--select", action="append", default=[], metavar="RULES",
                       help="only these rule ids or families (comma-separated, repeatable)")
        c.add_argument("--ignore", action="append", default=[], metavar="RULES", help="not these rules")

    c = command("check", _check, "Report leftovers and MT artifacts; exit 1 if errors were found.")
    documents(c, "+")
    c.add_argument("--output-format", default="text", choices=("text", "json", "jsonl", "github", "sarif"))
    c.add_argument("--json", dest="output_format", action="store_const", const="json", help="--output-format json")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    c.add_argument("--info", action="store_true", help="also list info-level notes (deliberate CJK)")
    declare_batch_options(c, repair=False)

    c = command("fix", _fix, "Repair documents; the repaired text goes to -o, the input (--in-place) or stdout.")
    documents(c, "+")
    c.add_argument("-o", "--output", help="write the repaired document here")
    c.add_argument("--in-place", action="store_true", help="overwrite the inputs (a .bak backup is kept)")
    c.add_argument("--no-backup", action="store_true", help="with --in-place: keep no .bak file (for hooks)")
    c.add_argument("--report", metavar="FILE", help="write the JSON report here (- for standard output)")
    c.add_argument("--diff", action="store_true", help="show the changes on stderr (DOCX: of its text)")
    c.add_argument("--rule", action="append", dest="select", help=argparse.SUPPRESS)  # the old --select
    c.add_argument("--engine", default=os.environ.get("MTMEND_ENGINE"),
                   help="engine for leftovers: glossary (offline, default), auto (glossary, then an installed model), "
                        "openai, libretranslate, ctranslate2, none")
    c.add_argument("--base-url", default=os.environ.get("MTMEND_BASE_URL"), help="server of the openai or libretranslate engine")
    c.add_argument("--model", default=os.environ.get("MTMEND_MODEL"), help="model name (openai) or folder (ctranslate2)")
    c.add_argument("--device", default=os.environ.get("MTMEND_DEVICE", "cpu"), help="cpu or cuda (ctranslate2)")
    c.add_argument("--beam-size", type=int, default=4, help="beam size (ctranslate2)")
    c.add_argument("--batch-size", type=int, default=16, help="spans per batch (ctranslate2)")
    c.add_argument("--threads", type=int, default=0, help="CPU threads, 0 for all (ctranslate2)")
    c.add_argument("--tm", default=os.environ.get("MTMEND_TM"), help="translation memory file (SQLite)")
    c.add_argument("--no-tm", action="store_true", help="do not use the translation memory")
    c.add_argument("--post-edit", action="store_true", help="LLM engines: rewrite repaired paragraphs into fluent English")
    declare_batch_options(c, repair=True)

    command("explain", _explain, "Describe one rule.").add_argument("rule")
    command("rules", _rules, "List every rule with its kind and default severity.")
    declare_corpus_command(command)
    declare_admin_commands(command)
    command("version", lambda a: print(__version__), "Print the version.")
    if command_run is not None and command_run not in sub.choices:
        return _parser(None)  # not a command: argparse's error lists them all
    return p


def _terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`, the same way: $COLUMNS, else the terminal of
    standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _names(values: list[str]) -> tuple[str, ...]:
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())


def _mender(a, path: str, with_engine: bool = False):
    from . import Mender
    from .project import config_near, glossary_near

    near = (a.stdin_filename or ".") if path == "-" else path
    config, glossary = config_near(near), glossary_near(near, a.glossary)
    return Mender(glossary=glossary, engine=_engine(a, near, glossary) if with_engine else None,
                  select=_names(a.select) or tuple(config.select), ignore=_names(a.ignore) or tuple(config.ignore),
                  post_edit=getattr(a, "post_edit", False))


def _documents(a) -> list:
    """Every input, read and parsed before anything is printed or written."""
    from . import Document
    from .io import read_bytes

    return [Document.from_bytes(read_bytes("-"), a.format, a.stdin_filename) if path == "-" and a.stdin_filename
            else Document.from_path(path, a.format) for path in a.paths]


def _check(a) -> int:
    from . import RULES
    from .cli_batch import run_if_batch
    from .reporters import document_report, render, summary_line, visible

    batch_code = run_if_batch(a, repair=False)  # folders, --jobs, ...: mtmend/batch.py
    if batch_code is not None:
        return batch_code
    docs = _documents(a)
    reports = [document_report(doc, _mender(a, path).check(doc)) for path, doc in zip(a.paths, docs)]
    failing = any(i["severity"] == "error" or a.strict and i["severity"] == "warning" for r in reports for i in r.issues)
    shown = visible(reports, a.info)
    sys.stdout.write(render(a.output_format, shown, rules=RULES, version=__version__))
    sys.stdout.flush()
    if a.output_format == "text":
        print(summary_line(shown), file=sys.stderr)
    return 1 if failing else 0


def _fix(a) -> int:
    from .cli_batch import run_if_batch

    batch_code = run_if_batch(a, repair=True)
    if batch_code is not None:
        return batch_code
    refusals = {"--in-place and -o cannot be used together": a.in_place and a.output,
                "--in-place needs files, not standard input": a.in_place and "-" in a.paths,
                "several files are fixed --in-place or into a folder (-o OUTDIR)": len(a.paths) > 1 and not a.in_place,
                "--no-backup goes with --in-place": a.no_backup and not a.in_place,
                "--report - writes the report to standard output: give -o OUT or --in-place for the document":
                    a.report == "-" and not (a.in_place or a.output)}
    for message, refused in refusals.items():
        if refused:
            raise Refused(message)
    docs = _documents(a)
    for doc in docs:
        if doc.binary and not (a.in_place or a.output):
            raise Refused(f"{doc.name}: a {doc.format.upper()} result needs -o OUT or --in-place, not standard output")
    codes = [_fix_one(a, path, doc) for path, doc in zip(a.paths, docs)]
    return 3 if 3 in codes else max(codes)


def _fix_one(a, path: str, doc) -> int:
    from .io import backup
    from .reporters import document_diff, issue_record, text_line
    from .suppress import Suppressions

    result = _mender(a, path, with_engine=True).fix(doc)
    silenced = Suppressions.from_text(doc.content)
    if silenced:
        result = result.apply(e.id for e in result.edits if not silenced.silences_edit(e))
    if result.encoding not in (doc.encoding, "binary"):
        print(f"mtmend: {doc.name}: output cannot be written as {doc.encoding}; writing {result.encoding}", file=sys.stderr)
    if a.diff:
        sys.stderr.write(document_diff(doc, result, color=sys.stderr.isatty() and "NO_COLOR" not in os.environ))
    if a.report:
        _output(None if a.report == "-" else a.report, result.to_json() + "\n")
    if a.in_place and result.changed:
        saved = None if a.no_backup else backup(path)
        _output(path, result.to_bytes())
        print(f"mtmend: {len(result.edits)} edits written to {path}" + (f" (backup: {saved})" if saved else ""),
              file=sys.stderr)
    elif not a.in_place:
        _output(a.output, result.to_bytes() if a.output else result.rendered)
    left = Suppressions.from_text(result.rendered).filter(issue_record(i) for i in result.remaining)
    errors = [r for r in left if r["severity"] == "error"]
    for record in errors:
        print(text_line(doc.name, record), file=sys.stderr)
    failed = [n for n in result.notes if "(engine error:" in n]
    for note in failed[:5]:
        print(f"mtmend: {note}", file=sys.stderr)
    return 3 if failed else 1 if errors else 0


def _engine(a, near: str, glossary):
    from .project import engine_near
    from .tm import default_path

    options = dict(base_url=a.base_url, model=a.model, device=a.device, beam_size=a.beam_size,
                   batch_size=a.batch_size, threads=a.threads)
    engine = engine_near(near, a.engine, options, None if a.no_tm else a.tm or default_path(), glossary)
    if a.post_edit and not hasattr(engine, "rewrite"):
        raise Refused("--post-edit needs an LLM engine (--engine openai)")
    return engine


def _explain(a) -> int:
    from . import explain

    try:
        print(explain(a.rule))
    except KeyError as e:
        raise Refused(e.args[0]) from None
    return 0


def _rules(a) -> int:
    from . import RULES

    print("".join(f"{r.id:28} {r.kind:13} {r.severity:8} {r.title}\n" for r in RULES.values()), end="")
    return 0


def _output(path: str | None, data: str | bytes) -> None:
    """Write to `path` atomically (a failure names `path`, not the temporary file beside it), or
    to standard output."""
    from .io import write_atomic

    if not path:
        sys.stdout.write(data)
        return
    try:
        write_atomic(path, data)
    except OSError as e:
        raise OSError(e.errno, f"cannot write ({e.strerror or e})", path) from e


if __name__ == "__main__":
    main()
