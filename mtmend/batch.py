"""Many files in one run: discovery, worker processes, a mirrored output tree, resume, progress
and a summary.

The runner is an adapter over the document API: every file goes through `mend_file`, the one
place that reads, fixes and renders a document. Everything else here is bookkeeping: which files,
in which process, where the output goes, and what to tell the user.
"""
from __future__ import annotations

import fnmatch
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import formats
from .document import Document
from .engines import make_engine
from .glossary import load_all
from .io import InputError, write_atomic
from .mender import Mender, Result
from .prescan import compile_now
from .project import api_key, config_near

DEFAULT_EXTENSIONS = tuple(sorted({ext for name in formats.names() for ext in formats.get(name).extensions}))
STATUSES = ("clean", "repaired", "leftovers", "refused", "up to date")


@dataclass(frozen=True)
class MendOptions:
    """What a worker needs to build its Mender once: plain values, so they pickle to any process
    or Dask worker."""

    engine: str | None = "glossary"
    glossaries: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    format: str | None = None
    base_url: str | None = None
    model: str | None = None


@dataclass
class Outcome:
    """What happened to one file; small and picklable, sent back from the workers."""

    path: str
    status: str
    size: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    error: str | None = None


# --- the one place that touches the document API ------------------------------------------------

_MENDERS: dict[MendOptions, Mender] = {}


def mender_for(options: MendOptions) -> Mender:
    """The Mender of `options`, built once per process (a Dask worker or a pool process keeps it)."""
    mender = _MENDERS.get(options)
    if mender is None:
        glossary = load_all(options.glossaries) if options.glossaries else None
        engine = make_engine(options.engine or "none", glossary=glossary, base_url=options.base_url,
                             model=options.model, api_key=api_key())
        mender = _MENDERS[options] = Mender(engine=engine, glossary=glossary, select=options.select,
                                            ignore=options.ignore)
    return mender


def options_near(near: str, *, repair: bool, engine: str | None = None, glossaries: Iterable[str] | None = None,
                 select: Iterable[str] | None = None, format: str | None = None, base_url: str | None = None,
                 model: str | None = None) -> MendOptions:
    """The options for a run over inputs near `near`: the given values, then mtmend.toml's (its
    glossary files and [engine]); checking runs no engine. A bad glossary, engine or rule name
    fails here (ValueError), once, before any file is read."""
    config = config_near(near)
    configured = config.engine
    options = MendOptions(engine=(engine or configured.get("name", "glossary")) if repair else None,
                          glossaries=tuple(str(Path(g).resolve()) for g in (*config.glossaries, *(glossaries or ()))),
                          select=tuple(select or ()), format=format,
                          base_url=base_url or configured.get("base_url"), model=model or configured.get("model"))
    mender_for(options)
    return options


def mend_file(options: MendOptions, path: str | Path, name: str, *, repair: bool) -> tuple[bytes | None, Outcome]:
    """Read, check or fix, and render one file: (output bytes when repairing, outcome)."""
    mender = mender_for(options)
    try:
        doc = Document.from_path(str(path), options.format)
        if not repair:
            issues = mender.check(doc)
            found = [i for i in issues if i.severity != "info"]
            status = "leftovers" if any(i.severity == "error" for i in issues) else "repaired" if found else "clean"
            return None, Outcome(name, status, 0, dict(Counter(i.rule for i in issues)),
                                 [f"{name}:{i.location.label}: {i.severity} {i.rule} {i.message}" for i in found])
        result = mender.fix(doc)
        output = result.to_bytes()
    except (InputError, ValueError, OSError) as e:
        message = " ".join((e.strerror if isinstance(e, OSError) and e.strerror else str(e)).split())
        return None, Outcome(name, "refused", error=message.removeprefix(f"{path}: "))
    errors = any(i.severity == "error" for i in result.remaining)
    status = "leftovers" if errors else "repaired" if result.changed else "clean"
    return output, Outcome(name, status, 0, dict(Counter(i.rule for i in result.issues)))


def mend_text(options: MendOptions, text: str) -> Result:
    """The Result of fixing one plain text (a corpus document) with the worker's Mender."""
    return mender_for(options).fix(text)


# --- which files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One file to do: where it is, its name relative to the inputs' common folder, its size."""

    source: str
    relative: str
    size: int


def discover(paths: Sequence[str], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS,
             include: Sequence[str] = (), exclude: Sequence[str] = (), skip: Iterable[str] = ()) -> list[Job]:
    """The files under `paths` (directories recursively, by extension; files as given), filtered
    by `include`/`exclude` globs on their relative path or name, sorted, without anything under
    `skip` (the output folder, when it lies inside an input). Each folder is resolved once and
    each file costs one stat: a site export has tens of thousands of small files."""
    exts = tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    skipped = [os.path.realpath(s) for s in skip]
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(f"{root}: no such file or directory")
    base = _common_base(roots)
    prefix = None if base is None else os.path.join(str(base), "")
    found: dict[str, Job] = {}
    for root in roots:
        if root.is_file():
            file = str(root)
            candidates = [(file, os.path.join(os.path.realpath(os.path.dirname(file) or "."), os.path.basename(file)))]
        else:
            candidates = _walk(str(root), exts, skipped)
        for file, located in candidates:
            if _under(located, skipped) or os.path.islink(file) and _under(os.path.realpath(file), skipped):
                continue
            if prefix is None:
                relative = os.path.basename(file)
            elif located.startswith(prefix):
                relative = located[len(prefix):].replace(os.sep, "/")
            else:
                relative = Path(located).relative_to(base).as_posix()
            if include and not _matches(relative, include):
                continue
            if exclude and _matches(relative, exclude):
                continue
            if relative not in found:
                found[relative] = Job(file, relative, os.stat(file).st_size)
    return [found[k] for k in sorted(found)]


def _under(path: str, folders: list[str]) -> bool:
    return any(path == f or path.startswith(os.path.join(f, "")) for f in folders)


def _walk(root: str, exts: tuple[str, ...], skipped: list[str]) -> Iterator[tuple[str, str]]:
    """(path, where it lies: its folder resolved, and its name) of each file to read under `root`,
    in sorted order, without hidden names and the folders in `skipped`. A linked file keeps the
    place of its link in the mirrored tree."""
    for folder, dirs, files in os.walk(root):
        real = os.path.realpath(folder)
        if _under(real, skipped):
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(exts) and not name.startswith("."):
                yield os.path.join(folder, name), os.path.join(real, name)


def _common_base(roots: list[Path]) -> Path | None:
    """The folder output paths are relative to: the one directory given, or the common parent."""
    folders = [os.path.realpath(r if r.is_dir() else r.parent) for r in roots]
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:
        return None


def _matches(relative: str, globs: Sequence[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(relative, g) or fnmatch.fnmatchcase(name, g) for g in globs)


# --- running -------------------------------------------------------------------------------------


def up_to_date(job: Job, outdir: str) -> bool:
    """Is the output of `job` there and newer than its input? (`--resume`)"""
    target = Path(outdir) / job.relative
    try:
        return target.stat().st_mtime >= Path(job.source).stat().st_mtime
    except OSError:
        return False


def do_job(options: MendOptions, job: Job, outdir: str | None, repair: bool) -> Outcome:
    """One file, start to end: fix or check it, and commit its output atomically (a temporary file
    renamed into place; new files get the umask's permissions). The flush to disk is left to
    `sync_tree`, once per run or partition: one fsync per small file cost more than fixing it."""
    output, outcome = mend_file(options, job.source, job.relative, repair=repair)
    outcome.size = job.size
    if output is not None and outdir is not None:
        target = os.path.join(outdir, job.relative)
        try:
            write_atomic(target, output, sync=False)
        except FileNotFoundError:  # its folder is not there yet
            os.makedirs(os.path.dirname(target), exist_ok=True)
            write_atomic(target, output, sync=False)
    return outcome


def sync_tree(folder: str) -> None:
    """Flush what was written under `folder` to disk: one syncfs(2) of its file system where the C
    library has it, else sync(2). After this, --resume can trust a file's time after a crash."""
    import ctypes

    if not os.path.isdir(folder) or not hasattr(os, "sync"):  # nothing written, or not POSIX
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if getattr(libc, "syncfs", None) is None or libc.syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def do_jobs(options: MendOptions, jobs: list[Job], outdir: str | None, repair: bool) -> list[Outcome]:
    """Several files in one task (a Dask partition of small files)."""
    return [do_job(options, job, outdir, repair) for job in jobs]


def schedule(sizes: Sequence[int], workers: int, *, spread: int = 4, least: int = 16 << 10,
             most: int = 2 << 20, most_files: int = 512) -> list[list[int]]:
    """The positions of jobs of these sizes, grouped into the chunks `workers` processes take one
    at a time: files over `most` / 8 bytes first, largest first, then the others in their order
    (files of one folder stay together: writing them costs less than hopping between folders),
    each chunk about a 1/(spread x workers) share of the bytes still to come, between `least` and
    `most` bytes (guided self-scheduling). The first chunks are big, so a run of tens of thousands
    of small pages costs a few dozen round trips to the parent instead of one per handful of
    files; the last are small, so the workers finish together instead of one waiting on a long
    last chunk or on a large file taken late."""
    large = most // 8
    order = sorted((n for n in range(len(sizes)) if sizes[n] > large), key=lambda n: -sizes[n])
    order += [n for n in range(len(sizes)) if sizes[n] <= large]
    remaining = sum(sizes)
    chunks: list[list[int]] = []
    size = 0
    for n in order:
        if not chunks or size >= max(least, min(most, remaining // (spread * workers))) or len(chunks[-1]) >= most_files:
            chunks.append([])
            size = 0
        chunks[-1].append(n)
        size += sizes[n]
        remaining -= sizes[n]
    return chunks


def rule_examples() -> list[str]:
    """Every rule's own example inputs: text that makes each rule load what it reads on first use."""
    from .rules import RULES

    return [text for r in RULES.values()
            for text in (*(a for a, _ in r.fixes), *r.reports, *r.keeps, *(a for a, _ in r.reports_with_engine))]


def warm(options: MendOptions) -> None:
    """Build the Mender and load everything its rules read lazily (the CC-CEDICT index, word
    frequencies, pinyin and script tables, the pre-scan's Hyperscan databases) by fixing and
    rechecking every rule's examples. Done in the parent before forking, the workers share it
    copy-on-write instead of each loading its own. An engine that is not local is left out:
    warming up must not send anything anywhere."""
    mender = mender_for(options)
    if options.engine not in (None, "none", "glossary"):
        mender = Mender(glossary=mender.options.glossary, select=options.select, ignore=options.ignore)
    for text in rule_examples():
        mender.fix(text).remaining
    compile_now(mender.options.glossary)


_TASK: tuple[MendOptions, str | None, bool] | None = None  # what every file of this pool's run shares


def _start_worker(options: MendOptions, outdir: str | None, repair: bool) -> None:
    global _TASK
    _TASK = options, outdir, repair
    mender_for(options)


def _do_pooled_chunk(numbered: tuple[int, list[Job]]) -> tuple[int, list[Outcome]]:
    options, outdir, repair = _TASK
    number, jobs = numbered
    return number, do_jobs(options, jobs, outdir, repair)


def run(jobs: list[Job], options: MendOptions, *, outdir: str | None, repair: bool, workers: int = 0,
        resume: bool = False, dask: str | None = None,
        progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Do every job; outcomes come back in the order of `jobs`. Bad files are refused, not fatal."""
    outcomes: dict[int, Outcome] = {}
    todo: list[tuple[int, Job]] = []
    for n, job in enumerate(jobs):
        if resume and outdir and up_to_date(job, outdir):
            outcomes[n] = Outcome(job.relative, "up to date", job.size)
            if progress:
                progress(outcomes[n])
        else:
            todo.append((n, job))
    if dask:
        from .distributed import run_files

        done = run_files([j for _, j in todo], options, outdir=outdir, repair=repair, address=dask,
                         progress=progress)
        outcomes.update((n, o) for (n, _), o in zip(todo, done))
        return [outcomes[n] for n in range(len(jobs))]
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(todo) <= 1:
        mender_for(options)
        results: Iterable[Outcome] = (do_job(options, job, outdir, repair) for _, job in todo)
        for (n, _), outcome in zip(todo, results):
            outcomes[n] = outcome
            if progress:
                progress(outcome)
    else:
        import gc
        import multiprocessing

        warm(options)
        gc.freeze()  # the workers' collector then leaves the shared objects (and their pages) alone
        try:
            pool = multiprocessing.get_context("fork").Pool(min(workers, len(todo)), _start_worker,
                                                            (options, outdir, repair))
        finally:
            gc.unfreeze()
        chunks = [[todo[k] for k in chunk] for chunk in schedule([job.size for _, job in todo], workers)]
        tasks = enumerate([job for _, job in chunk] for chunk in chunks)
        with pool:
            for number, done in pool.imap_unordered(_do_pooled_chunk, tasks):
                for (n, _), outcome in zip(chunks[number], done):
                    outcomes[n] = outcome
                    if progress:
                        progress(outcome)
    if outdir is not None and repair and todo:
        sync_tree(outdir)
    return [outcomes[n] for n in range(len(jobs))]


# --- telling the user ----------------------------------------------------------------------------


def summarize(outcomes: list[Outcome], seconds: float) -> dict:
    """Files per status, issues per rule, bytes and speed: what `--json` prints."""
    by_status = Counter(o.status for o in outcomes)
    by_rule: Counter[str] = Counter()
    for o in outcomes:
        by_rule.update(o.rules)
    size = sum(o.size for o in outcomes if o.status != "up to date")
    return {
        "schema": "mtmend.batch/1",
        "files": len(outcomes),
        "by_status": {s: by_status.get(s, 0) for s in STATUSES},
        "by_rule": dict(sorted(by_rule.items())),
        "refused": [{"file": o.path, "error": o.error} for o in outcomes if o.status == "refused"],
        "bytes": size,
        "seconds": round(seconds, 3),
        "MBps": round(size / 1e6 / seconds, 3) if seconds > 0 else None,
    }


def exit_code(summary: dict) -> int:
    """2 when a file was refused, else 1 when leftovers (or, for check, errors) remain, else 0."""
    if summary["by_status"]["refused"]:
        return 2
    return 1 if summary["by_status"]["leftovers"] else 0


def summary_lines(summary: dict, repair: bool) -> list[str]:
    s = summary["by_status"]
    second = "repaired" if repair else "with issues"
    lines = [f"mtmend: {summary['files']} files: {s['clean']} clean, {s['repaired']} {second}, "
             f"{s['leftovers']} with leftovers, {s['refused']} refused"
             + (f", {s['up to date']} up to date" if s["up to date"] else "")
             + (f" ({summary['MBps']} MB/s)" if summary["MBps"] else "")]
    lines += [f"  {rule:30} {count}" for rule, count in summary["by_rule"].items()]
    lines += [f"mtmend: refused {r['file']}: {r['error']}" for r in summary["refused"]]
    return lines


class Progress:
    """A rich progress bar (files, MB/s, ETA) on a terminal; plain lines every few seconds otherwise."""

    def __init__(self, jobs: list[Job], stream=None, *, every: float = 5.0) -> None:
        self.stream = stream or sys.stderr
        self.total_files = len(jobs)
        self.total_bytes = sum(j.size for j in jobs) or 1
        self.files = self.bytes = 0
        self.started = self.last = time.monotonic()
        self.every = every
        self.bar = None
        if getattr(self.stream, "isatty", lambda: False)():
            from rich.console import Console
            from rich.progress import (BarColumn, Progress as Bar, TextColumn, TimeRemainingColumn,
                                       TransferSpeedColumn)

            self.bar = Bar(TextColumn("{task.fields[files]}"), BarColumn(), TransferSpeedColumn(),
                           TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
            self.task = self.bar.add_task("files", total=self.total_bytes, files=self._files())

    def _files(self) -> str:
        return f"{self.files}/{self.total_files} files"

    def __enter__(self) -> "Progress":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def __call__(self, outcome: Outcome) -> None:
        self.files += 1
        self.bytes += outcome.size
        if self.bar:
            self.bar.update(self.task, completed=self.bytes, files=self._files())
            return
        now = time.monotonic()
        if now - self.last >= self.every or self.files == self.total_files:
            self.last = now
            rate = self.bytes / 1e6 / max(now - self.started, 1e-9)
            left = (self.total_bytes - self.bytes) / 1e6 / rate if rate else 0
            print(f"mtmend: {self._files()}, {rate:.2f} MB/s, ETA {left:.0f} s", file=self.stream, flush=True)


def main(paths: Sequence[str], options: MendOptions, *, outdir: str | None, repair: bool, jobs: int = 0,
         include: Sequence[str] | None = (), exclude: Sequence[str] | None = (),
         extensions: Sequence[str] | None = (), resume: bool = False, as_json: bool = False, dask: str | None = None, out=None, err=None) -> int:
    """The batch runner as the command line uses it: prints lint lines of the remaining errors
    (fix) or of every issue (check), a summary, and returns the exit code."""
    import json

    out, err = out or sys.stdout, err or sys.stderr
    if "-" in paths:
        raise InputError("standard input cannot be part of a batch of files")
    if repair and not outdir:
        raise InputError("fixing many files needs -o OUTDIR (the repaired tree is written there)")
    if outdir and Path(outdir).exists() and not Path(outdir).is_dir():
        raise InputError(f"{outdir}: exists and is not a folder")
    found = discover(paths, extensions=extensions or DEFAULT_EXTENSIONS, include=include or (), exclude=exclude or (),
                     skip=[outdir] if outdir else [])
    if not found:
        raise InputError("no files to do (check the paths, --ext, --include and --exclude)")
    started = time.monotonic()
    with Progress(found, err) as progress:
        outcomes = run(found, options, outdir=outdir, repair=repair, workers=jobs, resume=resume, dask=dask,
                       progress=progress)
    summary = summarize(outcomes, time.monotonic() - started)
    for outcome in outcomes:
        for line in outcome.lines:
            print(line, file=out if not repair else err)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, indent=2), file=out)
    else:
        for line in summary_lines(summary, repair):
            print(line, file=err)
    return exit_code(summary)
