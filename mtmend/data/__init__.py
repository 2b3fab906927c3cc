"""Package data: glossary, case lexicon, Pinyin readings, script tables (see tools/ for builders).

`read_text(name)` reads one of the files beside this module. A plain path read, not
importlib.resources: that import alone costs more than every read a `mtmend check` makes, and
the package is always installed as files (wheel or editable).
"""
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def read_text(name: str) -> str:
    return (_HERE / name).read_text(encoding="utf-8")
