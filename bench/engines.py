"""What the MT engines finish and send, measured through the real clients.

    python bench/engines.py              # everything
    python bench/engines.py reference    # only the reference-translation harness

Reference harness (issue 11): bench/refserver.py answers every span with the human reference of
the Chinese sentences it is made of (a perfect translator, OpenAI and LibreTranslate wire
formats), and `mtmend fix --engine openai|libretranslate` runs through the CLI on every document
of bench/sets/engines-ref.jsonl (and, openai only, of engines-ref-check.jsonl and mixed-dev).
Reported per engine: share of leftover Han characters finished, chrF (sacrebleu) of the output
against the reference documents next to the input's, characters sent / leftover characters,
requests and their bound (one per 4,000 source characters of each document, rounded up),
documents finished and their exit codes, terminology.engine-rendering warnings, and the reason
for every span left unfinished (from the report's notes).

Traffic (below): characters and requests per document and the translation memory's hit rate
against tests/fake_servers.py (which answers instantly, so only mtmend's own traffic counts).

- chars_sent_ratio: characters sent to the engine / document characters, on mixed-dev; a
  whole-document translator sends every character (ratio 1.0). The target is at most 1.5 times
  the leftover share (gold leftover characters / document characters).
- requests_per_doc and the bound: at most one request per 4,000 source characters sent.
- tm_hit_rate: 1,000 documents, each a mixed-dev page between a shared Chinese header and
  footer (boilerplate), through one translation memory.
"""
import json
import math
import random
import re
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import mtmend
from mtmend.engines.openai import OpenAIEngine
from mtmend.tm import CachedEngine, TranslationMemory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the tests' helpers: servers on 127.0.0.1, the tiny model
from serving import port_file_server  # noqa: E402
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "bench" / "mixed-dev.jsonl"
HEADER = "近日，学校召开会议。\n\n"
FOOTER = "\n\n发布时间：2024年 浏览次数：次"


SET = ROOT / "bench" / "sets" / "engines-ref.jsonl"
REFSERVER = ROOT / "bench" / "refserver.py"
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@contextmanager
def reference_server(tmp: Path, *pairs: Path):
    """bench/refserver.py on 127.0.0.1 answering from `pairs` (default: the set's): yields (base URL, log file)."""
    port_file, log = tmp / "ref-port", tmp / "ref-log.jsonl"
    log.unlink(missing_ok=True)
    with port_file_server([sys.executable, str(REFSERVER), str(port_file), str(log), *map(str, pairs or (SET,))],
                          port_file) as port:
        yield f"http://127.0.0.1:{port}", log


def reference_run(docs: list[dict], engine: str, base: str, log: Path, tmp: Path) -> dict:
    """Every document through `mtmend fix --engine ENGINE` (a subprocess, as a user runs it)."""
    import sacrebleu

    url = base + "/v1" if engine == "openai" else base
    outputs, codes, unfinished, warnings = [], [], [], 0
    first = len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0
    for d in docs:
        page, out, report = tmp / f"{d['id']}.txt", tmp / f"{d['id']}.out.txt", tmp / f"{d['id']}.json"
        page.write_text(d["text"], encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "mtmend.cli", "fix", str(page), "-o", str(out), "--report",
                               str(report), "--engine", engine, "--base-url", url, "--model", "reference", "--no-tm"],
                              capture_output=True, text=True)
        if done.returncode == 2:
            raise RuntimeError(done.stderr)
        outputs.append(out.read_text(encoding="utf-8"))
        codes.append(done.returncode)
        data = json.loads(report.read_text(encoding="utf-8"))
        notes = data["notes"]
        warnings += sum(i["rule"] == "terminology.engine-rendering" for i in data["issues"])
        unfinished += [f"{d['id']}: {n}" for n in notes if n.startswith("not translated")]
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()[first:]] if log.exists() else []
    leftover_han = sum(len(HAN.findall(d["text"][s:e])) for d in docs for s, e in d["leftovers"])
    leftover_chars = sum(e - s for d in docs for s, e in d["leftovers"])
    refs = [[d["reference"] for d in docs]]
    finished_docs = [c for o, c in zip(outputs, codes) if not HAN.search(o)]
    return {
        "documents": len(docs),
        "leftover_han_finished": 1 - sum(len(HAN.findall(o)) for o in outputs) / leftover_han,
        "chrf_output": sacrebleu.corpus_chrf(outputs, refs).score,
        "chrf_input": sacrebleu.corpus_chrf([d["text"] for d in docs], refs).score,
        "chars_sent_vs_leftover": sum(c["chars"] for c in calls) / leftover_chars,
        "requests": len(calls),
        "requests_bound": sum(math.ceil(len(d["text"]) / 4000) for d in docs),
        "documents_finished": len(finished_docs),
        "finished_documents_exit_0": sum(c == 0 for c in finished_docs),
        "exit_codes": {str(c): codes.count(c) for c in sorted(set(codes))},
        "term_warnings": warnings,
        "unfinished": unfinished,
    }


def reference(tmp: Path) -> None:
    import sacrebleu

    print(f"sacrebleu {sacrebleu.__version__}, chrF defaults")
    check = SET.with_name("engines-ref-check.jsonl")  # built after tuning, from sentences SET does not use
    runs = [("", SET, (SET,), ("openai", "libretranslate")), ("check_", check, (check,), ("openai",))]
    if BENCH.exists():  # the development set, answered from the WMT files it was built from
        wmt = SHARED / "corpus" / "wmt"
        runs.append(("mixed_dev_", BENCH, (wmt / "wmt19.tsv", wmt / "wmt20.tsv"), ("openai",)))
    for prefix, path, pairs, names in runs:
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        print(f"{prefix}set {path.name}")
        with reference_server(tmp, *pairs) as (base, log):
            for engine in names:
                for key, value in reference_run(docs, engine, base, log, tmp).items():
                    label = f"{prefix}{engine}_{key}"
                    if key == "unfinished":
                        print(f"{label}_spans {len(value)}")
                        for line in value:
                            print(f"  {line}")
                    else:
                        print(f"{label} {value:.4f}" if isinstance(value, float) else f"{label} {value}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        reference(Path(tmp))
    if sys.argv[1:] == ["reference"]:
        return
    traffic()


def traffic():
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        with port_file_server([sys.executable, str(ROOT / "tests" / "fake_servers.py"), "openai", "ok",
                               str(port_file), str(Path(tmp) / "log.jsonl")], port_file) as port:
            base = f"http://127.0.0.1:{port}/v1"
            sent = total = leftover = requests = bound = 0
            for d in docs:
                engine = OpenAIEngine(base, "bench", backoff=0)
                mtmend.fix(d["text"], engine=engine)
                sent += engine.chars_sent
                total += len(d["text"])
                leftover += sum(e - s for s, e in d["leftovers"])
                requests += engine.requests_sent
                bound += math.ceil(engine.chars_sent / 4000)
            print(f"documents {len(docs)}")
            print(f"leftover_share {leftover / total:.4f}")
            print(f"chars_sent_ratio {sent / total:.4f}")
            print(f"chars_sent_ratio_whole_document 1.0000")
            print(f"chars_sent_vs_leftover_share {sent / leftover:.3f}")
            print(f"requests_per_doc {requests / len(docs):.2f}")
            print(f"requests_bound_per_doc {bound / len(docs):.2f}")
            tm = TranslationMemory(Path(tmp) / "tm.sqlite")
            cached = CachedEngine(OpenAIEngine(base, "bench", backoff=0), tm)
            rng = random.Random(7)
            for _ in range(1000):
                mtmend.fix(HEADER + rng.choice(docs)["text"] + FOOTER, engine=cached)
            stats = tm.stats()
            print(f"tm_documents 1000")
            print(f"tm_hit_rate {stats['hits'] / (stats['hits'] + stats['misses']):.4f}")
            print(f"tm_entries {stats['entries']}")
        ctranslate2_throughput(docs, Path(tmp))


def ctranslate2_throughput(docs, tmp):
    """Tokens per second of the ctranslate2 engine on CPU with the tests' tiny model (random
    weights, 1 layer, d=16): it measures mtmend's batching and decoding path, not translation
    quality. With a real model: `ct2-opus-mt-converter --model_dir opus-mt-zh-en --output_dir
    ct2-zh-en`, then time CTranslate2Engine("ct2-zh-en").translate(...) the same way."""
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        print("ctranslate2_tokens_per_s skipped (pip install 'mtmend[ctranslate2]')")
        return
    from tiny_ct2 import build

    from mtmend.engines import SpanRequest
    from mtmend.engines.ctranslate2 import CTranslate2Engine

    model = build(tmp / "tiny-ct2")
    spans = [SpanRequest(d["text"][s:e], "zh", "en") for d in docs for s, e in d["leftovers"]][:400]
    for device in ("cpu",):
        engine = CTranslate2Engine(model, device=device, beam_size=4, batch_size=32, threads=1)
        start = time.perf_counter()
        engine.translate(spans)
        elapsed = time.perf_counter() - start
        print(f"ctranslate2_{device}_spans {len(spans)}")
        print(f"ctranslate2_{device}_tokens_per_s {engine.tokens_out / elapsed:.0f}")


if __name__ == "__main__":
    main()
