"""Datasets: one document per JSONL line or Parquet row, repaired and counted, in bounded memory.

`mtmend corpus IN -o OUT --field text` reads JSONL (plain, .gz, .zst) or Parquet in chunks,
fixes each document's `field` in worker processes, and writes the rows back in input order with
columns added:

- `mtmend_text`: the repaired text;
- `mtmend_issues`: issues of the input by kind (info notes such as deliberate glosses left out);
- `mtmend_leftover_share`: the share of the input's characters in untranslated leftovers;
- `mtmend_report` (with `--report`): the full report as a JSON string.

At most a few chunks per worker are in flight, so memory does not grow with the input. The
output is written to a temporary file and renamed at the end: a failed run leaves nothing.
"""
from __future__ import annotations

import gzip
import importlib.util
import io
import json
import os
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field as default
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .batch import MendOptions, mend_text, warm
from .io import InputError, new_file_mode
from .rules import RULES

CHUNK_ROWS = 500
KINDS = tuple(sorted({r.kind for r in RULES.values()}))  # the fixed keys of mtmend_issues
PREFIX = "mtmend_"


@dataclass
class CorpusOptions:
    """What to do with each row: which field to fix, whether to add the report, what to drop."""

    field: str = "text"
    report: bool = False
    max_leftover_share: float | None = None
    mend: MendOptions = default(default_factory=MendOptions)


@dataclass
class Tally:
    """Counts over the rows seen so far; chunks' tallies add up."""

    documents: int = 0
    dropped: int = 0
    repaired: int = 0
    by_kind: Counter = default(default_factory=Counter)

    def add(self, other: "Tally") -> None:
        self.documents += other.documents
        self.dropped += other.dropped
        self.repaired += other.repaired
        self.by_kind.update(other.by_kind)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "repaired": self.repaired, "dropped": self.dropped,
                "by_kind": {k: self.by_kind.get(k, 0) for k in KINDS}}


# --- one row ---------------------------------------------------------------------------------


def mend_row(row: dict, options: CorpusOptions, tally: Tally) -> dict | None:
    """`row` with the mtmend columns added, or None when it is dropped by `max_leftover_share`."""
    text = row.get(options.field)
    tally.documents += 1
    added: dict[str, Any] = {"text": None, "issues": {k: 0 for k in KINDS}, "leftover_share": 0.0}
    if options.report:
        added["report"] = None
    if text is not None:
        if not isinstance(text, str):
            raise InputError(f"field {options.field!r} is a {type(text).__name__}, not text")
        result = mend_text(options.mend, text)
        leftover = 0
        for issue in result.issues:
            if issue.severity != "info":
                added["issues"][issue.kind] += 1
            if issue.rule == "untranslated.leftover":
                leftover += issue.end - issue.start
        added["text"] = result.text
        added["leftover_share"] = round(leftover / len(text), 6) if text else 0.0
        if options.report:
            added["report"] = result.to_json(indent=None)
        tally.by_kind.update({k: v for k, v in added["issues"].items() if v})
        tally.repaired += result.text != text
        if options.max_leftover_share is not None and added["leftover_share"] > options.max_leftover_share:
            tally.dropped += 1
            return None
    out = dict(row)
    out.update((PREFIX + k, v) for k, v in added.items())
    return out


def mend_rows(rows: Iterable[dict], options: CorpusOptions) -> tuple[list[dict], Tally]:
    tally = Tally()
    kept = [r for r in (mend_row(row, options, tally) for row in rows) if r is not None]
    return kept, tally


def fix_partition(df, field: str = "text", *, report: bool = False, max_leftover_share: float | None = None,
                  options: MendOptions | None = None):
    """A pandas DataFrame with the mtmend columns added: for `map_partitions` on Dask dataframes.

        import dask.dataframe as dd
        from mtmend.corpus import fix_partition

        ddf = dd.read_parquet("crawl/*.parquet")
        ddf.map_partitions(fix_partition, field="text").to_parquet("mended/")
    """
    import pandas as pd

    corpus_options = CorpusOptions(field, report, max_leftover_share, options or MendOptions())
    rows, _ = mend_rows(df.to_dict("records"), corpus_options)
    columns = list(df.columns) + [c for c in output_columns(report) if c not in df.columns]
    out = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(
        {c: pd.Series(dtype=df[c].dtype if c in df.columns else object) for c in columns})
    if max_leftover_share is None and len(out) == len(df):
        out.index = df.index
    return out


def output_columns(report: bool) -> list[str]:
    return [PREFIX + c for c in ("text", "issues", "leftover_share")] + ([PREFIX + "report"] if report else [])


# --- formats ---------------------------------------------------------------------------------


def kind_of(path: str) -> str:
    """`jsonl`, `jsonl.gz`, `jsonl.zst` or `parquet`, by the file name; InputError when the name
    says none of them, or when the package that reads it is not installed."""
    name = path.lower()
    if name.endswith((".parquet", ".pq")):
        kind = "parquet"
    elif name.endswith((".jsonl.gz", ".json.gz", ".ndjson.gz")):
        kind = "jsonl.gz"
    elif name.endswith((".jsonl.zst", ".json.zst", ".ndjson.zst")):
        kind = "jsonl.zst"
    elif name.endswith((".jsonl", ".json", ".ndjson")):
        kind = "jsonl"
    else:
        raise InputError(f"{path}: unknown dataset format (use .jsonl, .jsonl.gz, .jsonl.zst or .parquet)")
    needed = {"parquet": "pyarrow", "jsonl.zst": "zstandard"}.get(kind)
    if needed and importlib.util.find_spec(needed) is None:
        raise InputError(f"{path}: {kind} needs the {needed} package: pip install 'mtmend[batch]'")
    return kind


def _open_text(path: str, mode: str, kind: str):
    """A text stream over a JSONL file, through gzip or zstandard as its name says."""
    if kind == "jsonl.gz":
        return gzip.open(path, mode + "t", encoding="utf-8", newline="\n")
    if kind == "jsonl.zst":
        import zstandard

        raw = open(path, mode + "b")
        codec = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True) if mode == "r" else \
            zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=True)
        return io.TextIOWrapper(codec, encoding="utf-8", newline="\n")
    return open(path, mode, encoding="utf-8", newline="\n")


@dataclass
class Chunk:
    """A piece of the input as the workers get it: JSONL lines (parsed there) or Parquet rows."""

    first_line: int
    lines: list[str] | None = None
    rows: list[dict] | None = None


def read_chunks(path: str, rows_per_chunk: int = CHUNK_ROWS) -> Iterator[Chunk]:
    """The input in chunks of about `rows_per_chunk` documents, in order, read lazily."""
    kind = kind_of(path)
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    if kind == "parquet":
        import pyarrow.parquet as pq

        try:
            reader = pq.ParquetFile(path)
        except Exception as e:  # pyarrow raises its own error types for damaged files
            raise InputError(f"{path}: not a readable Parquet file ({e})") from None
        n = 0
        for batch in reader.iter_batches(batch_size=rows_per_chunk):
            yield Chunk(n + 1, rows=batch.to_pylist())
            n += batch.num_rows
        return
    with _open_text(path, "r", kind) as f:
        lines: list[str] = []
        first = 1
        try:
            for n, line in enumerate(f, 1):
                lines.append(line)
                if len(lines) >= rows_per_chunk:
                    yield Chunk(first, lines=lines)
                    lines, first = [], n + 1
        except (OSError, EOFError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: cannot be read ({' '.join(str(e).split())})") from None
        if lines:
            yield Chunk(first, lines=lines)


def mend_chunk(chunk: Chunk, options: CorpusOptions, as_lines: bool) -> tuple[list, Tally]:
    """Fix one chunk; the rows come back as JSONL lines (`as_lines`) or as dicts (for Parquet)."""
    rows: list[tuple[int, dict]] = []
    if chunk.rows is not None:
        rows = list(enumerate(chunk.rows, chunk.first_line))
    for n, line in enumerate(chunk.lines or (), chunk.first_line):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"line {n}: not JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"line {n}: a JSON {type(row).__name__}, not an object")
        rows.append((n, row))
    out, tally = [], Tally()
    for n, row in rows:
        try:
            mended = mend_row(row, options, tally)
        except InputError as e:
            raise InputError(f"row {n}: {e}") from None
        if mended is not None:
            out.append(json.dumps(mended, ensure_ascii=False, default=str) + "\n" if as_lines else mended)
    return out, tally


class Writer:
    """Writes the output to a temporary file beside `path`; `commit()` renames it into place."""

    def __init__(self, path: str, report: bool, input_schema=None) -> None:
        self.path = path
        self.kind = kind_of(path)
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
        os.close(fd)
        self.report = report
        self.input_schema = input_schema
        self.parquet = None
        self.text = None if self.kind == "parquet" else _open_text(self.tmp, "w", self.kind)

    def write(self, items: list) -> None:
        if self.text is not None:
            self.text.writelines(items)
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.parquet is None:
            self.schema = _output_schema(self.input_schema, items, self.report)
            self.parquet = pq.ParquetWriter(self.tmp, self.schema)
        if items:
            self.parquet.write_table(pa.Table.from_pylist(items, schema=self.schema))

    def commit(self) -> None:
        if self.text is not None:
            self.text.close()
        else:
            if self.parquet is None:
                self.write([])
            self.parquet.close()
        os.chmod(self.tmp, new_file_mode())  # mkstemp's 0600 is for the temporary file only
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        try:
            if self.text is not None:
                self.text.close()
            elif self.parquet is not None:
                self.parquet.close()
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def _output_schema(input_schema, rows: list[dict], report: bool):
    """The input's columns (from the Parquet file, else inferred) plus mtmend's, typed explicitly
    so that a first chunk of nulls cannot decide a column's type."""
    import pyarrow as pa

    if input_schema is None:
        base = [f for f in pa.Table.from_pylist(rows).schema if not f.name.startswith(PREFIX)] if rows else []
        input_schema = pa.schema(base)
    added = [pa.field(PREFIX + "text", pa.string()),
             pa.field(PREFIX + "issues", pa.struct([pa.field(k, pa.int64()) for k in KINDS])),
             pa.field(PREFIX + "leftover_share", pa.float64())]
    if report:
        added.append(pa.field(PREFIX + "report", pa.string()))
    names = {f.name for f in added}
    return pa.schema([f for f in input_schema if f.name not in names] + added)


def input_schema(path: str):
    if kind_of(path) != "parquet":
        return None
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).schema_arrow


# --- running ---------------------------------------------------------------------------------


def ordered_map(fn: Callable, items: Iterable, workers: int, *, window: int = 2) -> Iterator:
    """fn(item) for every item, in order, in `workers` processes, with at most `window` items per
    worker in flight: unlike Pool.imap, the input is not read ahead without bound."""
    if workers <= 1:
        yield from map(fn, items)
        return
    import gc
    import multiprocessing

    gc.freeze()  # the workers' collector then leaves the objects they share with this process alone
    try:
        pool = multiprocessing.get_context("fork").Pool(workers)
    finally:
        gc.unfreeze()
    with pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.apply_async(fn, (item,)))
            if len(pending) >= workers * window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class _ChunkTask:
    """A picklable `mend_chunk` with its options bound."""

    def __init__(self, options: CorpusOptions, as_lines: bool) -> None:
        self.options = options
        self.as_lines = as_lines

    def __call__(self, chunk: Chunk):
        return mend_chunk(chunk, self.options, self.as_lines)


def run(source: str, target: str, options: CorpusOptions, *, workers: int = 0, dask: str | None = None,
        rows_per_chunk: int = CHUNK_ROWS, progress: Callable[[Tally], None] | None = None) -> dict[str, Any]:
    """Mend every document of `source` into `target`; the summary as a dict. InputError when the
    input is bad (nothing is written then)."""
    if os.path.abspath(source) == os.path.abspath(target):
        raise InputError(f"{target}: the output must not overwrite the input")
    kind_of(target)
    started = time.monotonic()
    if dask:
        from .distributed import run_corpus

        tally = run_corpus(source, target, options, address=dask, rows_per_chunk=rows_per_chunk)
    else:
        tally = Tally()
        writer = Writer(target, options.report, input_schema(source))
        try:
            task = _ChunkTask(options, writer.kind != "parquet")
            workers = workers or os.cpu_count() or 1
            if workers > 1:
                warm(options.mend)  # loaded once here, shared by the forked workers
            for items, part in ordered_map(task, read_chunks(source, rows_per_chunk), workers):
                writer.write(items)
                tally.add(part)
                if progress:
                    progress(tally)
            writer.commit()
        except BaseException:
            writer.abort()
            raise
    seconds = time.monotonic() - started
    summary = {"schema": "mtmend.corpus/1", "input": source, "output": target, **tally.to_dict(),
               "seconds": round(seconds, 3)}
    summary["docs_per_second"] = round(tally.documents / seconds, 1) if seconds > 0 else None
    return summary


def summary_line(summary: dict) -> str:
    kinds = ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items() if v) or "none"
    return (f"mtmend: {summary['documents']} documents, {summary['repaired']} repaired, "
            f"{summary['dropped']} dropped (leftover share above the limit); issues: {kinds}")


def main(source: str, target: str, options: CorpusOptions, *, jobs: int = 0, dask: str | None = None,
         as_json: bool = False, out=None, err=None) -> int:
    """`mtmend corpus` as the command line runs it: prints the summary and returns 0 (dropped rows
    are the filter working, not an error); bad input raises InputError before anything is written."""
    import sys

    out, err = out or sys.stdout, err or sys.stderr
    started = time.monotonic()
    last = [started]

    def progress(tally: Tally) -> None:
        now = time.monotonic()
        if now - last[0] >= 5:
            last[0] = now
            print(f"mtmend: {tally.documents} documents, {tally.documents / (now - started):.0f}/s", file=err, flush=True)

    summary = run(source, target, options, workers=jobs, dask=dask, progress=progress)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, indent=2), file=out)
    else:
        print(summary_line(summary), file=err)
    return 0
