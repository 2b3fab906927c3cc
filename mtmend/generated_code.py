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
keyed by the interpreter and its optimization level.

dataclasses also imports inspect (with ast, dis and tokenize: as long again as the compiling),
only to write a signature into a class that has no docstring; every mtmend dataclass has one. So
the store first makes `inspect` a module that is loaded when something first uses it
(`defer_import`). Only `mtmend.cli.main` uses the store: importing mtmend as a
library changes nothing.
"""
from __future__ import annotations

import importlib
import sys
from types import CodeType, ModuleType

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
        defer_import("inspect")
        defer_import("copy")  # for asdict and astuple (weakref with it)
        import dataclasses

        stored = user_cache.read(self.path, _VERSION)
        if isinstance(stored, dict) and all(isinstance(code, CodeType) for code in stored.values()):
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


def defer_import(name: str) -> None:
    """Make `import name` give a stand-in that imports the module when one of its attributes is
    first read, unless it is imported already. (`importlib.util.LazyLoader` cannot serve: on
    Python 3.11 the next `import name` reads the lazy module's `__spec__`, which loads it.)"""
    if name in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is not None:
        stand_in = _Deferred(name)
        stand_in.__spec__ = spec
        sys.modules[name] = stand_in


class _Deferred(ModuleType):
    """A module that is imported when first used; then it has the module's attributes."""

    def __getattr__(self, attribute: str):
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)
        return getattr(module, attribute)
