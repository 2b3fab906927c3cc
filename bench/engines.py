"""What the MT engines send: characters and requests per document, and the translation memory's
hit rate, measured through the real `openai` client against a local OpenAI-compatible server
(tests/fake_servers.py, which answers instantly, so only mtmend's own traffic is measured).

    python bench/engines.py

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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import mtmend
from mtmend.engines.openai import OpenAIEngine
from mtmend.tm import CachedEngine, TranslationMemory

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "mixed-dev.jsonl"
HEADER = "近日，学校召开会议。\n\n"
FOOTER = "\n\n发布时间：2024年 浏览次数：次"


def main():
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_servers.py"), "openai", "ok",
                                   str(port_file), str(Path(tmp) / "log.jsonl")])
        try:
            while not (port_file.exists() and port_file.read_text()):
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port_file.read_text()}/v1"
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
        finally:
            server.kill()
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
    sys.path.insert(0, str(ROOT / "tests"))
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
