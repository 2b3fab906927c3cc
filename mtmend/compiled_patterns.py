"""Compiled regular expressions kept between runs of the `mtmend` command.

Each start compiles a hundred-odd patterns at import time, about as long as the rest of a small
check takes: most of it is sre's charset optimizer, which walks every code point of the CJK
classes in Python. The command line stores the compiled programs (sre code, a list of integers
per pattern) in the user's cache folder (mtmend/user_cache.py) and, on the next start, puts them
into `re`'s own pattern cache before the rule modules are imported, so that their `re.compile`
calls find them.

This leans on CPython internals (`re._cache`, `_sre.compile`, the `re._parser`/`re._compiler`
pair that `re.compile` itself uses), so it fails quietly: the store is keyed by the interpreter
and sre's magic number, sre validates each program as it is loaded, and anything amiss only
means the patterns are compiled as usual. Only `mtmend.cli.main` uses it: importing mtmend as a
library changes nothing.
"""
from __future__ import annotations

import re
import sys

from . import user_cache

try:
    import _sre
    from re import _compiler, _parser

    _VERSION = (user_cache.PYTHON, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another interpreter's re: nothing is stored
    _VERSION = None

_DEBUG = int(re.DEBUG)  # a flag as an int: `int & RegexFlag` makes an enum member each time
MAX_PATTERNS = 512  # re's own cache holds this many (re._MAXCACHE)

# (is bytes, pattern, flags) -> (flags after parsing, code, groups, groupindex, indexgroup)
Entry = tuple[int, list[int], int, dict[str, int], tuple]


class PatternStore:
    """The stored programs of one run: `load` before the imports, `save` at the end."""

    def __init__(self, path: str | None) -> None:
        self.path = path  # None (no cache folder): nothing is kept
        self.entries: dict[tuple[bool, str | bytes, int], Entry] = {}

    def load(self) -> int:
        """Put every stored pattern into re's cache; the number put there."""
        if _VERSION is None or not isinstance(getattr(re, "_cache", None), dict):
            return 0
        entries = user_cache.read(self.path, _VERSION)
        try:
            for (is_bytes, pattern, flags), (final_flags, code, groups, groupindex, indexgroup) in entries.items():
                compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
                if compiled.pattern != pattern:
                    return 0
                re._cache[bytes if is_bytes else str, pattern, flags] = compiled
        except Exception:  # noqa: BLE001 - none stored, or damaged: compile as usual
            return 0
        self.entries = entries
        return len(entries)

    def save(self) -> bool:
        """Store the patterns re compiled in this run that were not stored yet and that something
        holds (see `_held`), with the stored ones, up to MAX_PATTERNS; False when there was nothing
        new or the file cannot be written."""
        if _VERSION is None or not isinstance(getattr(re, "_cache", None), dict):
            return False
        try:
            new = []
            for kind, pattern, flags in list(re._cache):
                key = (kind is bytes, pattern, flags)
                if kind in (str, bytes) and not flags & _DEBUG and key not in self.entries \
                        and _held(re._cache[kind, pattern, flags]):
                    new.append(key)
            if not new:
                return False
            entries = dict(self.entries)
            for key in new:
                entries[key] = _program(key[1], key[2])
            entries = dict(list(entries.items())[-MAX_PATTERNS:])
        except Exception:  # noqa: BLE001 - a pattern this re cannot describe: store nothing
            return False
        if not user_cache.write(self.path, _VERSION, entries):
            return False
        self.entries = entries
        return True


def _held(compiled: re.Pattern) -> bool:
    """Does anything but re's cache hold this pattern (a module's constant, a cached value)? One
    that only the cache holds was built from a document's words by a call like `re.match(text)`:
    storing such patterns would push the start-up's own out."""
    return sys.getrefcount(compiled) > 3  # the cache's reference, this argument and getrefcount's


def _program(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
