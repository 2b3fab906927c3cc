"""The same jobs on a real Dask LocalCluster of 2 worker processes, including one killed mid-run."""
import json
import os
import signal
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from batch_samples import documents
from mtmend import batch, corpus, distributed

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """One LocalCluster for the module (starting one costs seconds); its scheduler address."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0) as local:
        yield local.scheduler_address


def write_rows(path, n, seed=5, sentences=6):
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(documents(n, seed=seed, sentences=sentences)):
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def test_jsonl_byte_ranges_on_the_cluster_equal_one_process(cluster, tmp_path):
    source = tmp_path / "in.jsonl"
    write_rows(source, 120)
    assert len(distributed.partitions(str(source), 4000)) > 5
    corpus.run(str(source), str(tmp_path / "one.jsonl"), corpus.CorpusOptions(), workers=1)
    tally = distributed.run_corpus(str(source), str(tmp_path / "dask.jsonl"), corpus.CorpusOptions(),
                                   address=cluster, rows_per_chunk=10, partition_bytes=4000)
    assert tally.documents == 120
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dask.jsonl", "in.jsonl", "one.jsonl"]  # parts removed


def test_parquet_row_groups_on_the_cluster_equal_one_process(cluster, tmp_path):
    source = tmp_path / "in.parquet"
    records = [{"id": i, "text": t} for i, t in enumerate(documents(50, seed=9))]
    pq.write_table(pa.Table.from_pylist(records), source, row_group_size=8)
    options = corpus.CorpusOptions(max_leftover_share=0.05)
    one = corpus.run(str(source), str(tmp_path / "one.parquet"), options, workers=1)
    corpus.run(str(source), str(tmp_path / "dask.parquet"), options, dask=cluster)
    assert pq.read_table(tmp_path / "dask.parquet").equals(pq.read_table(tmp_path / "one.parquet"))
    assert 0 < one["dropped"] < 50


def test_files_on_the_cluster_equal_one_process(cluster, tmp_path):
    root = tmp_path / "site"
    (root / "a").mkdir(parents=True)
    for n, text in enumerate(documents(6, seed=2)):
        (root / ("a" if n % 2 else "") / f"page{n}.txt").write_text(text + "\n", encoding="utf-8")
    (root / "a" / "bad.txt").write_bytes(b"\x00\x00binary")
    jobs = batch.discover([str(root)])
    local = batch.run(jobs, batch.MendOptions(), outdir=str(tmp_path / "one"), repair=True, workers=1)
    remote = batch.run(jobs, batch.MendOptions(), outdir=str(tmp_path / "dask"), repair=True, dask=cluster)
    assert [(o.path, o.status, o.rules) for o in remote] == [(o.path, o.status, o.rules) for o in local]
    tree = lambda top: {p.relative_to(top): p.read_bytes() for p in top.rglob("*") if p.is_file()}  # noqa: E731
    assert tree(tmp_path / "dask") == tree(tmp_path / "one") and len(tree(tmp_path / "one")) == 6


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(cluster, tmp_path):
    source = tmp_path / "in.jsonl"
    write_rows(source, 600, seed=13, sentences=10)
    specs = distributed.partitions(str(source), 6000)
    assert len(specs) >= 40
    seen = {}

    def kill_one_worker(client, parts):
        pids = client.run(os.getpid)
        deadline = time.monotonic() + 120
        while not any(name.startswith("part-") for name in os.listdir(parts)):  # a first partition committed
            assert time.monotonic() < deadline
            time.sleep(0.005)
        seen["committed"] = sum(name.startswith("part-") for name in os.listdir(parts))
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        seen["killed"] = victim

    tally = distributed.run_corpus(str(source), str(tmp_path / "out.jsonl"), corpus.CorpusOptions(),
                                   address=cluster, rows_per_chunk=20, partition_bytes=6000,
                                   on_submitted=kill_one_worker)
    assert seen["committed"] < len(specs)  # the kill came mid-run
    ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == list(range(600))  # every document, once, in order
    assert tally.documents == 600
    corpus.run(str(source), str(tmp_path / "one.jsonl"), corpus.CorpusOptions(), workers=1)
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()


def test_the_command_line_starts_a_local_cluster(tmp_path):
    import subprocess
    import sys

    source = tmp_path / "in.jsonl"
    write_rows(source, 30)
    run = lambda *args: subprocess.run([sys.executable, "-m", "mtmend.cli", "corpus", str(source), *args],  # noqa: E731
                                       capture_output=True, text=True)
    p = run("-o", str(tmp_path / "dask.jsonl"), "--dask", "local:2", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["documents"] == 30
    run("-o", str(tmp_path / "one.jsonl"), "--jobs", "1")
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    bad = run("-o", str(tmp_path / "x.jsonl"), "--dask", "local:many")
    assert bad.returncode == 2 and bad.stderr.startswith("mtmend: error: --dask local:many")


def test_fix_on_a_forked_local_cluster_writes_the_tree_of_one_process(tmp_path):
    import subprocess
    import sys

    root = tmp_path / "site"
    (root / "b").mkdir(parents=True)
    for n, text in enumerate(documents(8, seed=21)):
        (root / ("b" if n % 3 else "") / f"page{n}.txt").write_text(text + "\n", encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(root), *args],  # noqa: E731
                                       capture_output=True, text=True)
    dask = run("-o", str(tmp_path / "dask"), "--dask", "local:2", "--json")
    one = run("-o", str(tmp_path / "one"), "--jobs", "1", "--json")
    assert dask.returncode == one.returncode and dask.returncode in (0, 1), dask.stderr
    drop = lambda summary: {k: v for k, v in json.loads(summary).items() if k not in ("seconds", "MBps")}  # noqa: E731
    assert drop(dask.stdout) == drop(one.stdout)
    tree = lambda top: {p.relative_to(top): p.read_bytes() for p in top.rglob("*") if p.is_file()}  # noqa: E731
    assert tree(tmp_path / "dask") == tree(tmp_path / "one") and len(tree(tmp_path / "one")) == 8
