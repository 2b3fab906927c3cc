"""Real servers on 127.0.0.1 for the tests and benchmarks: `mtmend serve`, and the scripts that
write their port to a file once they listen (tests/fake_servers.py, bench/refserver.py)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def port_file_server(argv: list[str], port_file: Path, timeout: float = 10):
    """Run `argv`, a server that writes its port to `port_file` once it listens, for the `with`
    block; yields the port."""
    port_file.unlink(missing_ok=True)  # a previous server's port would be read before this one writes its own
    process = subprocess.Popen(argv)
    try:
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text()):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{Path(argv[1]).name} did not start")
            time.sleep(0.05)
        yield port_file.read_text()
    finally:
        process.kill()
        process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`mtmend serve ARGS` in its own working folder and temporary folder; stopped on exit."""

    def __init__(self, folder: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.tmp = folder / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {**os.environ, "TMPDIR": str(self.tmp), "PYTHONPATH": str(ROOT), **(env or {})}
        self.process = subprocess.Popen([sys.executable, "-m", "mtmend.cli", "serve", "--port", str(self.port), *args],
                                        cwd=folder, env=environment, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        headers = {"Authorization": f"Bearer {args[args.index('--token') + 1]}"} if "--token" in args else {}
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"mtmend serve exited: {self.process.stderr.read()}")
            try:
                httpx.get(self.url + "/api/engines", headers=headers, timeout=1)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("mtmend serve did not start within 30 s")
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stderr.close()
