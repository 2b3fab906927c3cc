"""Hostile inputs, built at test time (nothing large or dangerous is kept in the repository)."""
import contextlib
import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
from serving import port_file_server


def word_document(text: str = "the school,Talk with teachers。") -> bytes:
    """A real DOCX from python-docx with one paragraph."""
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def lying_docx(inflated: int = 1 << 30, declared: int = 1000) -> bytes:
    """A real Word document plus a member that inflates to `inflated` bytes of zeros while the
    central directory declares `declared` bytes, with the CRC of the declared prefix so that a
    reader that stops at the declared size finds nothing wrong."""
    out = io.BytesIO(word_document())
    name = "word/media/image1.bin"
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as f:  # streamed: never the whole member in memory
            block = bytes(16 << 20)
            for _ in range(inflated // len(block)):
                f.write(block)
    data = bytearray(out.getvalue())
    entry = _central_entry(data, name)
    struct.pack_into("<L", data, entry + 16, zlib.crc32(bytes(declared)))
    struct.pack_into("<L", data, entry + 24, declared)
    return bytes(data)


def _central_entry(data: bytearray, name: str) -> int:
    """Offset of the central-directory record of `name`."""
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_length = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_length] == name.encode():
            return pos
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise KeyError(name)


def mtmend(*args, stdin: bytes | None = None, umask: int | None = None, timeout: float = 60, env=None, cwd=None):
    """The real command line in a subprocess; a hang fails the test instead of the suite."""
    return subprocess.run([sys.executable, "-m", "mtmend.cli", *map(str, args)], input=stdin, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=cwd,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def mtmend_peak_memory(*args, workdir) -> tuple[int, str, int]:
    """(exit code, stderr, peak resident memory in bytes) of one CLI run, from the kernel's
    accounting of that child alone (os.wait4)."""
    out, err = open(workdir / "stdout", "wb"), open(workdir / "stderr", "wb")
    with out, err:
        process = subprocess.Popen([sys.executable, "-m", "mtmend.cli", *map(str, args)], stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, (workdir / "stderr").read_text(), usage.ru_maxrss * 1024


def one_error_line(completed) -> str:
    """The single `mtmend: error:` line a refused input must produce (and nothing else on stderr)."""
    lines = completed.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtmend: error:"), completed.stderr
    assert b"Traceback" not in completed.stderr
    return lines[0]


FAKE_SERVERS = Path(__file__).resolve().parent.parent / "fake_servers.py"


@contextlib.contextmanager
def openai_server(workdir: Path):
    """tests/fake_servers.py's OpenAI-compatible server on 127.0.0.1: (base URL, request log)."""
    port_file, log = workdir / "port", workdir / "requests.jsonl"
    with port_file_server([sys.executable, str(FAKE_SERVERS), "openai", "ok", str(port_file), str(log)], port_file) as port:
        yield f"http://127.0.0.1:{port}/v1", log
