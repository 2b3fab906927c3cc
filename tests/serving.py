"""Run `mtmend serve` as a real process on 127.0.0.1 for the server tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


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
