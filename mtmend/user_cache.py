"""Files in the user's cache folder that spare later starts work: values built from package data
or by the interpreter, stored with marshal under a key that says what they were built from.

A value whose key does not match (another Python, an edited data file, a changed builder) is
not used, and every failure is quiet: a missing, unreadable or damaged file reads as None, and
a folder that cannot be written only means the next start builds the value again. The files
are the user's own, as trusted as the bytecode in `__pycache__`, which is marshal data too.
"""
from __future__ import annotations

import marshal
import os
import sys

PYTHON = (sys.version, sys.implementation.cache_tag)


def path(name: str) -> str | None:
    """`name` in $XDG_CACHE_HOME/mtmend (else ~/.cache/mtmend); None without a home folder, or
    when MTMEND_NO_CACHE is set (every start then builds what it needs, as a library import does)."""
    if os.environ.get("MTMEND_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "mtmend", name) if os.path.isabs(base) else None


def read(file: str | None, key):
    """The value stored in `file` under `key`, or None."""
    if file is None:
        return None
    try:
        with open(file, "rb") as f:
            stored_key, value = marshal.loads(f.read())  # marshal.load(f) reads object by object
    except Exception:  # noqa: BLE001 - missing or damaged: build the value again
        return None
    return value if stored_key == key else None


def write(file: str | None, key, value) -> bool:
    """Store `value` under `key` in `file` (whole or not at all); False when it cannot be."""
    if file is None:
        return False
    partial = f"{file}.{os.getpid()}.partial"
    try:
        data = marshal.dumps((key, value))
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(partial, "wb") as f:
            f.write(data)
        os.replace(partial, file)
        return True
    except Exception:  # noqa: BLE001 - an unwritable cache costs the next start time, nothing else
        try:
            os.unlink(partial)
        except OSError:
            pass
        return False


def data_key(data_file: str, *builder) -> tuple:
    """A key for a value built from `data_file` by `builder` (names, versions): the file's size
    and modification time, so an edited or reinstalled file is read again."""
    stat = os.stat(data_file)
    return (PYTHON, data_file, stat.st_size, stat.st_mtime_ns, *builder)
