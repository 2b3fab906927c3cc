"""The same jobs on a Dask distributed cluster (`--dask ADDRESS`, or `--dask local[:N]`).

The input is cut into partitions: files for `check`/`fix`, row groups for Parquet, byte ranges
(at line ends) for plain JSONL; a compressed JSONL stream cannot be entered in the middle and is
one partition. Each task writes its partition's output to a temporary file and renames it into
place: that rename is the commit. A worker that dies mid-task leaves at most a temporary file;
the scheduler gives the task to another worker, which writes the same partition again. The
driver assembles the committed partitions in order, once each, so no document is lost or
written twice. Workers build their Mender once (`batch.mender_for` keeps it per process).
"""
from __future__ import annotations

import contextlib
import gc
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

from .batch import Job, MendOptions, Outcome, do_jobs, schedule, sync_tree, warm
from .corpus import Chunk, CorpusOptions, Tally, Writer, input_schema, kind_of, mend_chunk
from .io import InputError

PARTITION_BYTES = 16 * 1024 * 1024
RETRIES = 2


@contextlib.contextmanager
def client_for(address: str, options: MendOptions | None = None) -> Iterator:
    """A Dask client of the scheduler at `address`, or of a LocalCluster for `local[:N]` (N worker
    processes, one thread each; default: the number of cores).

    A local cluster's workers are forked from this process once it has built the Mender of
    `options` and loaded what the rules read (`batch.warm`): spawned workers would each start
    Python, import distributed and mtmend and load the dictionaries again, seconds of a short
    run on a small machine."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs the distributed package: pip install 'dask[distributed]'") from None
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not count.isdigit():
            raise InputError(f"--dask {address}: write local or local:N with N a number of workers")
        workers = int(count) if count else os.cpu_count() or 1
        if options is not None:
            warm(options)
        gc.freeze()  # the workers' collector then leaves the objects they share with this process alone
        try:
            # No statistical profiler either: it samples the one task thread every 10 ms.
            with dask.config.set({"distributed.worker.multiprocessing-method": "fork",
                                  "distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, memory_limit=0)
        finally:
            gc.unfreeze()
        with cluster, Client(cluster) as client:
            yield client
        return
    with Client(address) as client:
        yield client


# --- many files --------------------------------------------------------------------------


def run_files(jobs: list[Job], options: MendOptions, *, outdir: str | None, repair: bool, address: str,
              progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Files in partitions (`batch.schedule`: large files first, then shrinking), one task each; each
    file's output is committed by its own atomic rename, so a partition done twice writes the
    same files again.
    At the end every worker flushes what it wrote to disk, once (`batch.sync_tree`)."""
    from distributed import as_completed

    with client_for(address, options) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        positions = schedule([job.size for job in jobs], workers)
        parts = [[jobs[n] for n in chunk] for chunk in positions]
        futures = [client.submit(do_jobs, options, part, outdir, repair, key=f"mtmend-files-{n}-{part[0].relative}",
                                 retries=RETRIES, pure=False) for n, part in enumerate(parts)]
        index = {f.key: n for n, f in enumerate(futures)}
        done: list[Outcome | None] = [None] * len(jobs)
        for future in as_completed(futures):
            for n, outcome in zip(positions[index[future.key]], future.result()):
                done[n] = outcome
                if progress:
                    progress(outcome)
        if outdir is not None and repair:
            client.run(sync_tree, outdir)
    return done


# --- datasets ----------------------------------------------------------------------------


def partitions(source: str, partition_bytes: int = PARTITION_BYTES) -> list[tuple]:
    """How `source` is cut: ("rows", row group) for Parquet, ("bytes", start, end) for plain
    JSONL (each range starts at a line start), ("all",) for a compressed stream."""
    kind = kind_of(source)
    if not Path(source).is_file():
        raise InputError(f"{source}: no such file")
    if kind == "parquet":
        import pyarrow.parquet as pq

        return [("rows", g) for g in range(pq.ParquetFile(source).num_row_groups)]
    if kind != "jsonl":
        return [("all",)]
    size = os.path.getsize(source)
    cuts = [0]
    with open(source, "rb") as f:
        while cuts[-1] + partition_bytes < size:
            f.seek(cuts[-1] + partition_bytes)
            f.readline()  # to the start of the next line
            if f.tell() >= size:
                break
            cuts.append(f.tell())
    return [("bytes", a, b) for a, b in zip(cuts, cuts[1:] + [size])]


def _read_partition(source: str, spec: tuple, rows_per_chunk: int) -> Iterator[Chunk]:
    from .corpus import read_chunks

    if spec[0] == "all":
        yield from read_chunks(source, rows_per_chunk)
    elif spec[0] == "rows":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(source).read_row_group(spec[1])
        for batch in table.to_batches(max_chunksize=rows_per_chunk):
            yield Chunk(1, rows=batch.to_pylist())
    else:
        _, start, end = spec
        with open(source, "rb") as f:
            f.seek(start)
            lines: list[str] = []
            number = 1
            while f.tell() < end:
                line = f.readline()
                if not line:
                    break
                lines.append(line.decode("utf-8"))
                if len(lines) >= rows_per_chunk:
                    yield Chunk(number, lines=lines)
                    number += len(lines)
                    lines = []
            if lines:
                yield Chunk(number, lines=lines)


def part_path(parts: str, index: int, target: str) -> str:
    suffix = ".parquet" if kind_of(target) == "parquet" else ".jsonl"
    return os.path.join(parts, f"part-{index:06d}{suffix}")


def mend_partition(source: str, spec: tuple, index: int, parts: str, target: str, options: CorpusOptions,
                   rows_per_chunk: int) -> dict:
    """One partition, read, mended and committed to its part file; its tally as a dict."""
    path = part_path(parts, index, target)
    writer = Writer(path, options.report, input_schema(source))
    tally = Tally()
    try:
        for chunk in _read_partition(source, spec, rows_per_chunk):
            try:
                items, part = mend_chunk(chunk, options, writer.kind != "parquet")
            except InputError as e:
                raise InputError(f"partition {index} ({spec}): {e}") from None
            writer.write(items)
            tally.add(part)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return {"documents": tally.documents, "dropped": tally.dropped, "repaired": tally.repaired,
            "by_kind": dict(tally.by_kind)}


def run_corpus(source: str, target: str, options: CorpusOptions, *, address: str, rows_per_chunk: int,
               partition_bytes: int = PARTITION_BYTES, on_submitted: Callable[[object, str], None] | None = None) -> Tally:
    """Mend `source` into `target` on the cluster; `on_submitted(client, parts_folder)` is called
    once the tasks are out (tests use it to kill a worker mid-run)."""
    specs = partitions(source, partition_bytes)
    target_path = Path(target).resolve()
    parts = str(target_path.parent / f".{target_path.name}.parts")
    shutil.rmtree(parts, ignore_errors=True)
    os.makedirs(parts)
    try:
        with client_for(address, options.mend) as client:
            futures = [client.submit(mend_partition, source, spec, n, parts, target, options, rows_per_chunk,
                                     key=f"mtmend-part-{n}-{target_path.name}", retries=RETRIES, pure=False)
                       for n, spec in enumerate(specs)]
            if on_submitted:
                on_submitted(client, parts)
            tallies = client.gather(futures)
        tally = Tally()
        for t in tallies:
            tally.add(Tally(t["documents"], t["dropped"], t["repaired"], Counter(t["by_kind"])))
        _assemble(parts, len(specs), source, target, options)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    return tally


def _assemble(parts: str, count: int, source: str, target: str, options: CorpusOptions) -> None:
    """The committed parts, in partition order, into `target` (itself written atomically)."""
    writer = Writer(target, options.report, input_schema(source))
    try:
        for n in range(count):
            path = part_path(parts, n, target)
            if writer.kind == "parquet":
                import pyarrow.parquet as pq

                part = pq.ParquetFile(path)
                for g in range(part.num_row_groups):
                    writer.write(part.read_row_group(g).to_pylist())
            else:
                with open(path, encoding="utf-8", newline="\n") as f:
                    for block in iter(lambda: f.readlines(1 << 20), []):
                        writer.write(block)
        writer.commit()
    except BaseException:
        writer.abort()
        raise

