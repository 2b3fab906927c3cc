"""Many files and datasets from the command line: the batch options of `check` and `fix` and the
`corpus` command, declared and run here over mtmend/batch.py and mtmend/corpus.py so that
mtmend/cli.py keeps to one document at a time. Nothing heavy is imported until a batch runs.
"""
from __future__ import annotations

import os

BATCH_OPTIONS = ("jobs", "include", "exclude", "ext", "dask", "resume")


def declare_batch_options(c, *, repair: bool) -> None:
    """The options that send `check` or `fix` to the batch runner (folders always go there)."""
    c.add_argument("-j", "--jobs", type=int, default=0, help="many files: worker processes (default: the cores)")
    c.add_argument("--include", action="append", default=[], metavar="GLOB", help="many files: only paths matching")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="many files: skip paths matching")
    c.add_argument("--ext", action="append", default=[], metavar="EXT", help="many files: extensions taken from folders")
    c.add_argument("--dask", metavar="ADDRESS", help="many files: a Dask scheduler, or local[:N] for N local workers")
    if repair:
        c.add_argument("--resume", action="store_true", help="many files: skip those whose output is up to date")
        c.add_argument("--json", action="store_true", help="many files: print the summary as JSON")


def declare_corpus_command(command) -> None:
    c = command("corpus", _corpus, "Repair and count every document of a JSONL or Parquet dataset, in order.")
    c.add_argument("source", help="a dataset: .jsonl, .jsonl.gz, .jsonl.zst or .parquet")
    c.add_argument("-o", "--output", required=True, help="the mended dataset (its format by its extension)")
    c.add_argument("--field", default="text", help="the key or column holding each document's text")
    c.add_argument("--report", action="store_true", help="add each document's full report (mtmend_report)")
    c.add_argument("--max-leftover-share", type=float, help="drop documents whose untranslated share is above this")
    c.add_argument("--select", action="append", default=[], metavar="RULES", help="only these rules")
    c.add_argument("--glossary", action="append", default=[], metavar="FILE")
    c.add_argument("--engine", default=os.environ.get("MTMEND_ENGINE", "glossary"), help="glossary (offline) or none")
    c.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: the cores)")
    c.add_argument("--dask", metavar="ADDRESS", help="a Dask scheduler, or local[:N]")
    c.add_argument("--json", action="store_true", help="print the summary as JSON")


def run_if_batch(a, *, repair: bool) -> int | None:
    """Run a `check`/`fix` command line through the batch runner when it asks for one (folders,
    batch options, several files to a folder); None when it is a one-document command."""
    given = any(getattr(a, name, None) for name in BATCH_OPTIONS) or getattr(a, "json", False) and repair
    folders = any(p != "-" and os.path.isdir(p) for p in a.paths)
    if not (given or folders or repair and not a.in_place and len(a.paths) > 1):
        return None  # one document at a time: mtmend.batch (and its imports) not needed
    from . import batch
    from .cli import _names

    if repair and (a.in_place or a.report or a.diff or a.post_edit):
        raise ValueError("--in-place, --report, --diff and --post-edit take files one by one; folders go to -o OUTDIR")
    options = batch.options_near(a.paths[0], repair=repair, engine=getattr(a, "engine", None), glossaries=a.glossary,
                                 select=_names(a.select), format=a.format, base_url=getattr(a, "base_url", None),
                                 model=getattr(a, "model", None))
    as_json = a.json if repair else a.output_format == "json"
    return batch.main(a.paths, options, outdir=getattr(a, "output", None), repair=repair, jobs=a.jobs,
                      include=a.include, exclude=a.exclude, extensions=a.ext, resume=getattr(a, "resume", False),
                      as_json=as_json, dask=a.dask)


def _corpus(a) -> int:
    from . import batch, corpus
    from .cli import _names

    mend = batch.options_near(a.source, repair=True, engine=a.engine, glossaries=a.glossary, select=_names(a.select))
    return corpus.main(a.source, a.output, corpus.CorpusOptions(a.field, a.report, a.max_leftover_share, mend),
                       jobs=a.jobs, dask=a.dask, as_json=a.json)
