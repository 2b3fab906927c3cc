"""The methods that dataclasses writes for the document model, compiled once and kept between
runs of the `mtmend` command.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__` (and so on) as source text and
compiles it with `exec`: for the 15 classes a `check` creates, that is about a fifth of its start
beyond the interpreter's. The command line keeps the compiled code objects, keyed by that source
text, in the user's cache folder (mtmend/user_cache.py, marshal data like `__pycache__`) and hands
them to the `exec` that dataclasses calls: equal source gives equal code, so the classes are the
ones dataclasses would make.

This leans on one CPython detail, that dataclasses compiles its methods with a call to the name
`exec` in its own module; where it does not, nothing is found and nothing is stored. The store is
keyed by the interpreter and its optimization level. Only `mtmend.cli.main` uses it: importing
mtmend as a library changes nothing.
"""
from __future__ import annotations

import dataclasses
import sys

from . import user_cache

_VERSION = (user_cache.PYTHON, sys.flags.optimize)
MAX_SOURCES = 512


class GeneratedCodeStore:
    """The compiled methods of one run: `load` before the model's modules are imported (it puts
    `exec` in place), `save` at the end."""

    def __init__(self, path: str | None) -> None:
        self.path = path  # None (no cache folder): nothing is kept
        self.stored: dict[str, object] = {}  # source text -> code object
        self.compiled: dict[str, object] = {}  # compiled in this run, not stored yet

    def load(self) -> int:
        """Read the stored code and make dataclasses compile through this store; the number read."""
        stored = user_cache.read(self.path, _VERSION)
        if isinstance(stored, dict):
            self.stored = stored
        dataclasses.exec = self.exec
        return len(self.stored)

    def exec(self, source, globals=None, locals=None, /) -> None:
        """`exec`, with source text compiled as dataclasses' own `exec` call would compile it
        (no inherited `from __future__` flags: dataclasses has none), once per text."""
        if isinstance(source, str):
            code = self.stored.get(source) or self.compiled.get(source)
            if code is None:
                code = self.compiled[source] = compile(source, "<string>", "exec", dont_inherit=True)
            source = code
        exec(source, globals, locals)

    def save(self) -> bool:
        """Store what this run compiled with what was stored, up to MAX_SOURCES; False when there
        was nothing new or the file cannot be written."""
        if not self.compiled:
            return False
        entries = dict(list({**self.stored, **self.compiled}.items())[-MAX_SOURCES:])
        if not user_cache.write(self.path, _VERSION, entries):
            return False
        self.stored, self.compiled = entries, {}
        return True
