"""Reading input safely and writing output atomically.

Bad input is refused with one clear line (InputError) before anything is written.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
_BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b")


class InputError(Exception):
    """Input that mtmend refuses; the message is one line for the user."""


def decode(data: bytes, name: str = "<input>", *, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """(text, encoding) of input bytes: UTF-8 (with or without BOM), else the detected encoding."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than {max_bytes // (1024 * 1024)} MiB")
    if not data.strip():
        raise InputError(f"{name}: input is empty")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, and no other encoding fits)")
    if best.chaos > 0.2:
        raise InputError(f"{name}: bytes do not decode cleanly as {best.encoding}; convert to UTF-8 first")
    return str(best), best.encoding


def read_bytes(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file or of stdin (`-`), refused when unusable; `decode` makes text of them."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.stat().st_size > max_bytes:
            raise InputError(f"{path}: file is larger than {max_bytes // (1024 * 1024)} MiB")
        data = p.read_bytes()
        name = path
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than {max_bytes // (1024 * 1024)} MiB")
    if not data:
        raise InputError(f"{name}: input is empty")
    return data


def write_atomic(path: str, text: str | bytes, encoding: str = "utf-8") -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent or "."))
    try:
        with (os.fdopen(fd, "wb") if isinstance(text, bytes) else os.fdopen(fd, "w", encoding=encoding, newline="")) as f:
            f.write(text)
        if target.exists():
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def backup(path: str) -> str:
    """Copy `path` to `path.bak` (or .bak.1, .bak.2 … if taken) before it is overwritten."""
    candidate = f"{path}.bak"
    n = 0
    while os.path.exists(candidate):
        n += 1
        candidate = f"{path}.bak.{n}"
    shutil.copy2(path, candidate)
    return candidate
