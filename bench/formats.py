"""Throughput of fix on HTML and SRT against plain text, on the same content.

    python bench/formats.py

The mixed-dev set is written three ways: plain paragraphs, an HTML page (each paragraph a <p>
with an inline <a><b> in the middle of a sentence) and SRT cues (one per paragraph). Reported:
MB/s of the prose each format carries, the ratio to plain text, and the artifacts left outside
leftovers and the tags lost or moved after fix (both must be 0).
"""
import html
import json
import re
import time
from pathlib import Path

import mtmend
from mtmend import Document, Mender

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "mixed-dev.jsonl"
TAG = re.compile(r"<[^>]+>")


def best(fn, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def as_html(paragraphs):
    body = []
    for n, p in enumerate(paragraphs):
        words = html.escape(p, quote=False).split(" ")
        mid = len(words) // 2
        if len(words) > 4:
            words = words[:mid] + [f'<a href="/n{n}"><b>{words[mid]}</b></a>'] + words[mid + 1:]
        body.append(f'<p class="p{n}">{" ".join(words)}</p>')
    return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"></head><body>\n' + "\n".join(body) + "\n</body></html>\n"


def as_srt(paragraphs):
    return "".join(f"{n}\n00:{n // 60 % 60:02d}:{n % 60:02d},000 --> 00:{n // 60 % 60:02d}:{n % 60:02d},900\n{p}\n\n"
                   for n, p in enumerate(paragraphs, 1))


def as_docx(paragraphs):
    import io

    import docx

    document = docx.Document()
    for p in paragraphs:
        para = document.add_paragraph()
        middle = len(p) // 2  # a run boundary in the middle of a word or sentence
        para.add_run(p[:middle]).bold = True
        para.add_run(p[middle:])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def runs(data):
    import io

    import docx

    return [(r.bold, r.italic) for p in docx.Document(io.BytesIO(data)).paragraphs for r in p.runs]


def main():
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    paragraphs = [p for d in docs for p in d["text"].split("\n") if p.strip()] * 2
    plain = "\n\n".join(paragraphs)
    mb = len(plain.encode()) / 1e6
    t_plain = best(lambda: mtmend.fix(plain))
    print(f"input_prose_MB {mb:.2f}")
    print(f"text_MBps {mb / t_plain:.2f}")
    mender = Mender()

    def read(name, source):
        return Document.from_bytes(source, name) if name == "docx" else Document.from_text(source, name)

    for name, source in (("html", as_html(paragraphs)), ("srt", as_srt(paragraphs)), ("docx", as_docx(paragraphs))):
        t = best(lambda: mender.fix(read(name, source)).rendered)
        out = mender.fix(read(name, source)).rendered
        print(f"{name}_MBps {mb / t:.2f}")
        print(f"{name}_vs_text {t_plain / t:.2f}")
        if name == "html":
            print(f"html_tags_lost_or_moved {sum(a != b for a, b in zip(TAG.findall(source), TAG.findall(out))) + abs(len(TAG.findall(source)) - len(TAG.findall(out)))}")
        if name == "docx":
            print(f"docx_runs_lost_or_reformatted {sum(a != b for a, b in zip(runs(source), runs(out))) + abs(len(runs(source)) - len(runs(out)))}")
        left = mtmend.check(read(name, out).text, rules=["punctuation", "spacing.after-punctuation", "casing"])
        print(f"{name}_artifacts_after {len(left)}")


if __name__ == "__main__":
    main()
