"""Datasets: JSONL (plain, gzip, zstandard) and Parquet through `mtmend corpus`."""
import gzip
import io
import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

import mtmend
from batch_samples import documents
from mtmend import corpus
from mtmend.corpus import KINDS
from mtmend.batch import MendOptions


def run(*args):
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *args], capture_output=True, text=True)


def rows(n=60, seed=11):
    return [{"id": i, "text": t, "lang": "en"} for i, t in enumerate(documents(n, seed=seed))]


def write_jsonl(path, records):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def read_jsonl(path):
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    return [json.loads(line) for line in data.decode().splitlines()]


def expected(record):
    """What one row must become, from the public API directly."""
    result = mtmend.fix(record["text"], engine=mtmend.GlossaryEngine())
    counts = {k: 0 for k in KINDS}
    for i in result.issues:
        if i.severity != "info":
            counts[i.kind] += 1
    leftover = sum(i.end - i.start for i in result.issues if i.rule == "untranslated.leftover")
    return result.text, counts, round(leftover / len(record["text"]), 6)


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_round_trip_keeps_order_and_adds_columns(tmp_path, suffix):
    source, target = tmp_path / f"in{suffix}", tmp_path / f"out{suffix}"
    records = rows()
    write_jsonl(source, records)
    summary = corpus.run(str(source), str(target), corpus.CorpusOptions(), workers=2, rows_per_chunk=7)
    out = read_jsonl(target)
    assert [r["id"] for r in out] == list(range(len(records)))
    for before, after in zip(records, out):
        assert {k: after[k] for k in before} == before  # the input's own columns untouched
        text, counts, share = expected(before)
        assert (after["mtmend_text"], after["mtmend_issues"], after["mtmend_leftover_share"]) == (text, counts, share)
    assert summary["documents"] == len(records) and summary["dropped"] == 0
    assert summary["by_kind"]["untranslated"] == sum(r["mtmend_issues"]["untranslated"] for r in out)


def test_parquet_round_trip_with_report(tmp_path):
    source, target = tmp_path / "in.parquet", tmp_path / "out.parquet"
    records = rows(45)
    pq.write_table(pa.Table.from_pylist(records), source, row_group_size=10)
    corpus.run(str(source), str(target), corpus.CorpusOptions(report=True), workers=2, rows_per_chunk=4)
    table = pq.read_table(target)
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("mtmend_issues").type == pa.struct([pa.field(k, pa.int64()) for k in KINDS])
    out = table.to_pylist()
    assert [r["id"] for r in out] == list(range(45))
    for before, after in zip(records, out):
        assert after["mtmend_text"] == expected(before)[0]
        report = json.loads(after["mtmend_report"])
        assert report["schema"] == "mtmend.result/1" and report["text"] == after["mtmend_text"]


def test_parquet_to_jsonl_and_back_through_the_cli(tmp_path):
    source = tmp_path / "in.parquet"
    records = rows(20)
    pq.write_table(pa.Table.from_pylist(records), source)
    p = run("corpus", str(source), "-o", str(tmp_path / "out.jsonl.zst"), "--json", "--jobs", "1")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["documents"] == 20
    assert [r["mtmend_text"] for r in read_jsonl(tmp_path / "out.jsonl.zst")] == [expected(r)[0] for r in records]


def test_max_leftover_share_drops_and_counts(tmp_path):
    source = tmp_path / "in.jsonl"
    records = rows(40)
    write_jsonl(source, records)
    shares = [expected(r)[2] for r in records]
    limit = sorted(shares)[len(shares) // 2]
    p = run("corpus", str(source), "-o", str(tmp_path / "kept.jsonl"), "--max-leftover-share", str(limit), "--json")
    assert p.returncode == 0, p.stderr
    kept = read_jsonl(tmp_path / "kept.jsonl")
    assert [r["id"] for r in kept] == [r["id"] for r, s in zip(records, shares) if s <= limit]
    assert json.loads(p.stdout)["dropped"] == sum(s > limit for s in shares) > 0


def test_output_is_byte_identical_across_jobs(tmp_path):
    source = tmp_path / "in.jsonl.gz"
    write_jsonl(source, rows(80))
    for n in (1, 2):
        corpus.run(str(source), str(tmp_path / f"out{n}.jsonl"), corpus.CorpusOptions(), workers=n, rows_per_chunk=9)
    assert (tmp_path / "out1.jsonl").read_bytes() == (tmp_path / "out2.jsonl").read_bytes()


def test_bad_line_is_refused_with_its_number_and_nothing_is_written(tmp_path):
    source = tmp_path / "in.jsonl"
    good = "".join(json.dumps(r) + "\n" for r in rows(30))
    source.write_text(good + "{not json\n" + good, encoding="utf-8")
    p = run("corpus", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert p.returncode == 2
    assert p.stderr.strip() == "mtmend: error: line 31: not JSON (Expecting property name enclosed in double quotes)"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["in.jsonl"]


def test_a_field_that_is_not_text_is_refused(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"text": "Fine."}, {"text": 42}])
    p = run("corpus", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert p.returncode == 2 and "row 2" in p.stderr and "'text' is a int" in p.stderr


def test_null_text_passes_through(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"text": None, "id": 1}, {"id": 2, "text": "A clean sentence."}])
    corpus.run(str(source), str(target), corpus.CorpusOptions(), workers=1)
    first, second = read_jsonl(target)
    assert first["mtmend_text"] is None and second["mtmend_text"] == "A clean sentence."


def test_fix_partition_on_pandas_and_dask_dataframes():
    import dask.dataframe as dd
    import pandas as pd

    records = rows(24)
    df = pd.DataFrame.from_records(records)
    mended = corpus.fix_partition(df, field="text")
    assert list(mended.columns) == ["id", "text", "lang", "mtmend_text", "mtmend_issues", "mtmend_leftover_share"]
    assert list(mended["mtmend_text"]) == [expected(r)[0] for r in records]
    ddf = dd.from_pandas(df, npartitions=3)
    out = ddf.map_partitions(corpus.fix_partition, field="text").compute(scheduler="synchronous")
    assert list(out["mtmend_text"]) == list(mended["mtmend_text"])
    assert list(out.index) == list(df.index)


def test_options_reach_the_workers(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, rows(10))
    options = corpus.CorpusOptions(mend=MendOptions(engine="none", select=("punctuation",)))
    corpus.run(str(source), str(target), options, workers=2, rows_per_chunk=3)
    for after in read_jsonl(target):
        counts = after["mtmend_issues"]
        assert counts["untranslated"] == counts["casing"] == 0  # only punctuation ran
        assert "。" not in after["mtmend_text"].replace("近日，学校召开了年度工作会议。", "").replace("会议指出，要加强国际合作。", "")
