"""Compiled regular expressions kept between runs of the `mtmend` command.

Each start compiles a hundred-odd patterns at import time, about as long as the rest of a small
check takes: most of it is sre's charset optimizer, which walks every code point of the CJK
classes in Python. The command line stores the compiled programs (sre code, a list of integers
per pattern) in the user's cache folder and, on the next start, puts them into `re`'s own
pattern cache before the rule modules are imported, so that their `re.compile` calls find them.

This leans on CPython internals (`re._cache`, `_sre.compile`, the `re._parser`/`re._compiler`
pair that `re.compile` itself uses), so it is built to fail quietly: the file is keyed by the
interpreter's version and sre's magic number, a program is validated by sre when it is loaded,
and a missing, unreadable, stale or damaged file, or a folder that cannot be written, only means
the patterns are compiled as usual. The file is marshal data in the user's own cache folder, as
trusted as the bytecode in `__pycache__`. Only `mtmend.cli.main` calls this: importing mtmend as
a library changes nothing.
"""
from __future__ import annotations

import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser

    _VERSION = (sys.version, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another interpreter's re: nothing is stored
    _VERSION = None

MAX_PATTERNS = 512  # re's own cache holds this many (re._MAXCACHE)

# (is bytes, pattern, flags) -> (flags after parsing, code, groups, groupindex, indexgroup)
Entry = tuple[int, list[int], int, dict[str, int], tuple]


def cache_file() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "mtmend", "patterns.marshal")


class PatternStore:
    """The stored programs of one run: `load` before the imports, `save` at the end."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or cache_file()
        self.entries: dict[tuple[bool, str | bytes, int], Entry] = {}

    def load(self) -> int:
        """Put every stored pattern into re's cache; the number put there."""
        if _VERSION is None or not isinstance(getattr(re, "_cache", None), dict):
            return 0
        try:
            with open(self.path, "rb") as f:
                version, entries = marshal.loads(f.read())  # load(f) reads object by object
            if version != _VERSION:
                return 0
            for (is_bytes, pattern, flags), (final_flags, code, groups, groupindex, indexgroup) in entries.items():
                compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
                if compiled.pattern != pattern:
                    return 0
                re._cache[bytes if is_bytes else str, pattern, flags] = compiled
        except Exception:  # noqa: BLE001 - any damage to the file means: compile as usual
            return 0
        self.entries = entries
        return len(entries)

    def save(self) -> bool:
        """Store the patterns re compiled in this run that were not stored yet (with the stored
        ones, up to MAX_PATTERNS); False when there was nothing new or the file cannot be written."""
        if _VERSION is None or not isinstance(getattr(re, "_cache", None), dict):
            return False
        try:
            new = [(kind is bytes, pattern, flags) for kind, pattern, flags in list(re._cache)
                   if kind in (str, bytes) and not flags & re.DEBUG]
            new = [key for key in new if key not in self.entries]
            if not new:
                return False
            entries = dict(self.entries)
            for key in new:
                entries[key] = _program(key[1], key[2])
            entries = dict(list(entries.items())[-MAX_PATTERNS:])
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            partial = f"{self.path}.{os.getpid()}.partial"
            try:
                with open(partial, "wb") as f:
                    f.write(marshal.dumps((_VERSION, entries)))
                os.replace(partial, self.path)
            finally:
                if os.path.exists(partial):
                    os.unlink(partial)
        except Exception:  # noqa: BLE001 - an unwritable cache costs the next start time, nothing else
            return False
        self.entries = entries
        return True


def _program(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
