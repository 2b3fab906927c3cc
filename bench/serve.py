"""Load on `mtmend serve`: concurrent clients posting the seed page, one endpoint at a time.

    python bench/serve.py [--clients 50] [--seconds 30] [--url http://127.0.0.1:PORT]

Each endpoint is loaded twice: with the seed page every time (what an editor client does, re-sending
the same text; the server answers repeats from its cache), and with a different text every time
(a numbered line added), which the cache cannot answer. Without --url it starts `mtmend serve` on a free loopback port and stops it afterwards. Each
client posts the seed page, waits for the answer and posts again (a closed loop), so the
latency includes the queue behind the other clients. Only loopback addresses are accepted:
this is not a tool for loading someone else's server.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "bit-news-seed.txt"
sys.path.insert(0, str(ROOT / "tests"))


class Connection:
    """One keep-alive HTTP/1.1 connection with as little client work as possible, so that the
    client's share of the two cores stays small next to the server's."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: "
                          f"application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        await self.reader.readexactly(length)
        if b"connection: close" in head.lower():
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(url: str, path: str, form: dict[str, str], clients: int, seconds: float,
               vary: bool = False) -> dict[str, float]:
    """Closed-loop clients for `seconds`; with `vary`, every request's text differs (a numbered
    line is added), so no answer can come from the server's cache."""
    parts = urlsplit(url)
    body = urlencode(form).encode()
    counter = iter(range(10**9))
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds

    async def one_client() -> None:
        nonlocal errors
        connection = Connection(parts.hostname, parts.port)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                sent = urlencode({**form, "text": f"{form['text']}\nRequest {next(counter)}."}).encode() if vary else body
                ok = await connection.post(path, sent) == 200
            except (OSError, asyncio.IncompleteReadError, ValueError, StopIteration):
                ok = False
                connection.close()
            latencies.append(time.perf_counter() - started)
            errors += not ok
        connection.close()

    began = time.monotonic()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.monotonic() - began
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": statistics.median(latencies) * 1000,
            "p95": latencies[int(0.95 * (len(latencies) - 1))] * 1000, "errors": errors}


def cpu_seconds(server) -> float | None:
    """CPU time the server process has used (Linux), a figure that other load on the machine
    does not change the way it changes latency."""
    stat = Path(f"/proc/{server.process.pid}/stat") if server is not None else None
    if stat is None or not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--url", help="a running mtmend serve on a loopback address")
    a = ap.parse_args()
    if not SEED.exists():
        raise SystemExit(f"bench/serve.py needs {SEED} (the seed page)")
    text = SEED.read_text(encoding="utf-8")
    server = None
    if a.url:
        if urlsplit(a.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("bench/serve.py loads only a server on a loopback address")
        url = a.url.rstrip("/")
    else:
        import tempfile

        from serving import Server

        server = Server(Path(tempfile.mkdtemp(prefix="mtmend-bench-")))
        url = server.url
    try:
        print(f"{a.clients} clients, {a.seconds:g} s each, seed page ({len(text.encode())} bytes)")
        print("| endpoint | text | requests | requests/s | p50 ms | p95 ms | errors | server CPU ms/request |")
        print("|---|---|---|---|---|---|---|---|")
        for path, form in (("/v2/check", {"text": text, "language": "en-US"}),
                           ("/api/fix", {"text": text, "name": "seed.txt"})):
            httpx.post(url + path, data=form, timeout=60)  # warm up
            for vary in (False, True):
                before = cpu_seconds(server)
                r = asyncio.run(load(url, path, form, a.clients, a.seconds, vary))
                cpu = "" if before is None else f"{(cpu_seconds(server) - before) / r['requests'] * 1000:.1f}"
                print(f"| `POST {path}` | {'a new one each time' if vary else 'the seed page'} | {r['requests']} | "
                      f"{r['rps']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | {r['errors']} | {cpu} |", flush=True)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
