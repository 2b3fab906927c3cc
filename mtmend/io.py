"""Reading input safely and writing output atomically.

Bad input is refused with one clear line (InputError) before anything is written.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import unicodedata
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
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{name}: looks like a binary file, not text (it contains NUL bytes)")
    if data.startswith(_BINARY_SIGNATURES):
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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when NUL bytes are the high bytes of UTF-16 code units, else None.

    Text in UTF-16 without a byte-order mark has its NULs all on one side of each code unit
    (Latin letters, digits, punctuation); binary data has them anywhere and decodes to control
    or unassigned characters."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if even and odd:
        return None
    encoding = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # an unpaired surrogate: not UTF-16
        return None
    if any(c not in "\t\n\r\f" and unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") for c in text):
        return None
    return text, encoding


def read_regular_file(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file (symbolic links followed). A FIFO, socket or device is
    refused before it is opened for reading, so that reading never blocks or consumes a
    stream; `-` is how standard input is read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: a symbolic link to a missing file ({os.readlink(path)})") from None
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(f"{path}: a loop of symbolic links") from None
        raise InputError(f"{path}: {e.strerror or e}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is {_kind(info.st_mode)}, not a regular file (use - to read standard input)")
    if info.st_size > max_bytes:
        raise InputError(f"{path}: file is larger than {max_bytes // (1024 * 1024)} MiB")
    try:
        # O_NONBLOCK: a file swapped for a FIFO after the check must not make open() wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{path}: is not a regular file (use - to read standard input)")
        return f.read(max_bytes + 1)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def read_bytes(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file or of stdin (`-`), refused when unusable; `decode` makes text of them."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        data = read_regular_file(path, max_bytes=max_bytes)
        name = path
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than {max_bytes // (1024 * 1024)} MiB")
    if not data:
        raise InputError(f"{name}: input is empty")
    return data


def write_atomic(path: str, text: str | bytes, encoding: str = "utf-8", *, sync: bool = True) -> None:
    """Write `text` to `path` so that nothing is lost or half-written.

    A regular file (or a new one) is written to a temporary file beside it, then renamed over
    it: readers never see half a file. A symbolic link is followed: the file it points to is
    replaced and the link stays. Anything else that exists (a device such as /dev/null, a FIFO,
    /dev/stdout) is written through, as a shell redirection would, never replaced. An existing
    file keeps its mode (and, where permitted, its owner); a new one gets the mode the umask
    gives, as any editor's new file would. `sync=False` leaves the flush to disk to the caller
    (the batch runner syncs its whole output tree once, at the end): the rename stays atomic."""
    import tempfile  # only when writing: not on the path of `check`

    data = text if isinstance(text, bytes) else text.encode(encoding)
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode) and not stat.S_ISDIR(existing.st_mode):
        with open(path, "wb") as f:
            f.write(data)
        return
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if existing is not None:
                os.fchmod(f.fileno(), stat.S_IMODE(existing.st_mode))
                _keep_owner(f.fileno(), existing)
            else:
                os.fchmod(f.fileno(), new_file_mode())
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def new_file_mode() -> int:
    """The permissions a new file gets here (0666 less the umask), as any editor's new file would."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _keep_owner(fd: int, existing: os.stat_result) -> None:
    if hasattr(os, "fchown") and (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, existing.st_uid, existing.st_gid)
        except OSError:  # only root may give a file away; the content matters more
            pass


def backup(path: str) -> str:
    """Copy `path` to `path.bak` (or .bak.1, .bak.2 … if taken) before it is overwritten."""
    candidate = f"{path}.bak"
    n = 0
    while os.path.exists(candidate):
        n += 1
        candidate = f"{path}.bak.{n}"
    import shutil

    shutil.copy2(path, candidate)
    return candidate
