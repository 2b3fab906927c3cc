"""A reference translator on 127.0.0.1: an OpenAI-compatible and LibreTranslate-compatible HTTP
server that answers every span with the human reference translation of the Chinese sentences
the span is made of.

It stands in for a perfect engine, so that what a benchmark or test measures is mtmend's own
client: which spans it sends, how it checks and places the answers. A span is matched to the
reference pairs by its Han characters (punctuation, digits and Latin inside it are ignored). A
span that holds only part of a sentence is answered with that whole sentence's reference, as a
translator that saw the fragment could do no better; a span matching nothing is echoed back.

    python bench/refserver.py PORT_FILE LOG_FILE PAIRS...

PAIRS are `.tsv` files (zh<TAB>en, the WMT layout) or `.jsonl` document sets whose records carry
`pairs: [[zh, en], ...]`. The bound port is written to PORT_FILE; every request is appended to
LOG_FILE as one JSON line: {"path", "spans": [source texts], "chars"}.
"""
from __future__ import annotations

import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KEY = 4  # Han characters that index a sentence


def han_only(text: str) -> str:
    return "".join(HAN.findall(text))


def load_pairs(paths: list[str]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for path in paths:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        if path.endswith(".jsonl"):
            pairs += [tuple(p) for line in lines if line for p in json.loads(line).get("pairs", [])]
        else:
            pairs += [tuple(line.split("\t")[:2]) for line in lines if "\t" in line]
    return pairs


class References:
    """The reference pairs, indexed by the first KEY Han characters of each Chinese sentence."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.sentences = [(han_only(zh), en) for zh, en in pairs if han_only(zh)]
        self.by_prefix: dict[str, list[int]] = {}
        for n, (key, _) in enumerate(self.sentences):
            self.by_prefix.setdefault(key[:KEY], []).append(n)

    def translate(self, span: str) -> str:
        """The references of the sentences in `span`, in order; the span itself if none match."""
        han = han_only(span)
        found: list[int] = []
        i = 0
        while i < len(han):
            whole = [n for n in self.by_prefix.get(han[i:i + KEY], ()) if han.startswith(self.sentences[n][0], i)]
            if whole:
                n = max(whole, key=lambda n: len(self.sentences[n][0]))
                found.append(n)
                i += len(self.sentences[n][0])
                continue
            j = i + 1  # a stretch that starts no whole sentence: part of one
            while j < len(han) and not self.by_prefix.get(han[j:j + KEY]):
                j += 1
            part = self._containing(han[i:j])
            if part is not None and (not found or found[-1] != part):
                found.append(part)
            i = j
        if not found:
            return span
        return " ".join(self.sentences[n][1] for n in found)

    def _containing(self, fragment: str) -> int | None:
        for n, (key, _) in enumerate(self.sentences):
            if fragment in key:
                return n
        return None


def serve(port_file: str, log_file: str, pair_files: list[str]) -> None:
    refs = References(load_pairs(pair_files))

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status: int, body) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _log(self, sources: list[str]) -> None:
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(json.dumps({"path": self.path, "spans": sources, "chars": sum(map(len, sources))},
                                     ensure_ascii=False) + "\n")

        def do_GET(self):
            if self.path.endswith("/models"):
                return self._send(200, {"object": "list", "data": [{"id": "reference", "object": "model"}]})
            if self.path.endswith("/languages"):
                return self._send(200, [{"code": "en", "name": "English"}, {"code": "zh", "name": "Chinese"}])
            self._send(404, {"error": "not found"})

        def do_POST(self):
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            except ValueError:
                return self._send(400, {"error": "body is not JSON"})
            if self.path.endswith("/translate"):
                q = body.get("q", [])
                texts = q if isinstance(q, list) else [q]
                self._log(texts)
                answers = [refs.translate(t) for t in texts]
                return self._send(200, {"translatedText": answers if isinstance(q, list) else answers[0]})
            if self.path.endswith("/chat/completions"):
                return self._send(200, self._chat(body))
            self._send(404, {"error": "not found"})

        def _chat(self, body: dict) -> dict:
            content = body["messages"][-1]["content"]
            try:
                request = json.loads(content)
            except ValueError:
                request = None
            if isinstance(request, dict) and "spans" in request:
                sources = [s["source"] for s in request["spans"]]
                items = [{"id": s["id"], "text": refs.translate(s["source"])} for s in request["spans"]]
                answer = json.dumps({"translations": items}, ensure_ascii=False)
            elif isinstance(request, dict) and "paragraphs" in request:  # post-editing: nothing to improve
                sources = [p["text"] for p in request["paragraphs"]]
                answer = json.dumps({"translations": [{"id": p["id"], "text": p["text"]}
                                                      for p in request["paragraphs"]]}, ensure_ascii=False)
            else:
                sources = [content]
                answer = refs.translate(content)
            self._log(sources)
            return {"id": "ref", "object": "chat.completion", "model": body.get("model", "reference"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": answer}}]}

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: refserver.py PORT_FILE LOG_FILE PAIRS...")
    serve(sys.argv[1], sys.argv[2], sys.argv[3:])
