"""The command's start-up shortcuts give the answers of the full machinery they skip."""
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtmend import formats
from mtmend.compiled_patterns import PatternStore

ROOT = Path(__file__).resolve().parent.parent


def test_declared_formats_are_the_registry_s():
    registry = formats.registry()
    assert set(formats.DECLARED_IN) <= set(registry)  # a format not listed is found the slow way
    for name in registry:
        assert formats._declared(name) in (registry[name], None)
        assert formats.get(name) is registry[name]
    extensions = {ext for f in registry.values() for ext in f.extensions}
    assert set(formats.FORMAT_OF_EXTENSION) <= extensions
    for ext in extensions | {".TXT", ".Html", ".unknown", ""}:
        expected = next((f for f in registry.values() if ext.lower() in f.extensions), None)
        assert formats.by_extension(f"page{ext}") is expected


PATTERNS = [("[\u3400-\u4dbf\u4e00-\u9fff][\u4e00-\u9fff]*", 0), (r"(?P<word>[A-Z][a-z]+)\s+(\d+)", 0),
            (r"\bcolou?r\b", re.IGNORECASE), (rb"[\x80-\xff]+", 0)]
TEXTS = ["北京大学 Talk 12 with Colour, colour and COLOR.", "", "plain"]


def _findings(compiled):
    return [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t if isinstance(p.pattern, str) else t.encode())]
            for p in compiled for t in TEXTS] + [[p.groups, p.groupindex, p.flags] for p in compiled]


def test_stored_patterns_load_into_a_fresh_process_and_match_the_same(tmp_path):
    store = tmp_path / "patterns.marshal"
    program = f"""
import re, sys
from mtmend.compiled_patterns import PatternStore
store = PatternStore({str(store)!r})
loaded = store.load()
compiled = [re.compile(p, f) for p, f in {PATTERNS!r}]
re.match("built from a document: [0-9]+", "x")  # only re's cache holds it: not stored
print(loaded, store.save(), [re._cache.get((type(p), p, f)) is c for (p, f), c in zip({PATTERNS!r}, compiled)])
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split()[:2] == ["0", "True"]
    second = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True)
    loaded, saved = second.stdout.split()[:2]
    assert int(loaded) >= len(PATTERNS) and saved == "False"  # found, so nothing new to store
    stored = PatternStore(str(store))
    assert stored.load() >= len(PATTERNS)
    assert not any(key[1] == "built from a document: [0-9]+" for key in stored.entries)
    from_store = [re._cache[(type(p), p, f)] for p, f in PATTERNS]
    re.purge()
    assert _findings(from_store) == _findings([re.compile(p, f) for p, f in PATTERNS])


def test_a_damaged_stale_or_unwritable_store_only_means_compiling(tmp_path):
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00not marshal")
    assert PatternStore(str(damaged)).load() == 0
    stale = tmp_path / "stale.marshal"
    stale.write_bytes(marshal.dumps((("another python",), {})))
    assert PatternStore(str(stale)).load() == 0
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    store = PatternStore(str(blocked / "patterns.marshal"))
    held = re.compile("[\u4e00-\u9fff]unwritable")  # something new to store
    assert store.save() is False and held.pattern not in {key[1] for key in store.entries}
    assert blocked.read_text() == "not a folder"


def test_the_command_gives_the_same_report_with_and_without_its_store(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("He visited the school,Talk with teachers。北京大学 is in Beijing.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    command = [sys.executable, "-m", "mtmend.cli", "check", "--output-format", "json", str(page)]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path) for _ in range(2)]
    assert (tmp_path / "cache" / "mtmend" / "patterns-check.marshal").is_file()
    assert runs[0].stdout == runs[1].stdout and '"rule"' in runs[0].stdout
    assert runs[0].returncode == runs[1].returncode == 1


def test_the_built_in_glossary_from_the_user_cache_is_the_parsed_one(tmp_path):
    program = """
from mtmend.glossary import BUILTIN, Glossary, _check, parse_table
from mtmend.data import read_text
parsed = Glossary(_check(parse_table(read_text("glossary.tsv"), BUILTIN, "\\t"), BUILTIN))
built_in = Glossary.builtin()
print(built_in.to_table() == parsed.to_table(), all(t.origin == BUILTIN for t in built_in), len(built_in))
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True)
            for _ in range(2)]
    assert (tmp_path / "mtmend" / "builtin-glossary.marshal").is_file()  # the second run read it
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.startswith("True True ")


def test_without_a_home_folder_nothing_is_kept(tmp_path, monkeypatch):
    from mtmend import user_cache

    monkeypatch.setenv("XDG_CACHE_HOME", "relative/folder")  # not a usable cache folder (XDG: absolute only)
    assert user_cache.path("patterns.marshal") is None
    store = PatternStore(user_cache.path("patterns-check.marshal"))
    assert store.path is None and store.load() == 0 and store.save() is False
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_cache.path("x.marshal") == str(tmp_path / "mtmend" / "x.marshal")
    assert user_cache.write(user_cache.path("x.marshal"), ("key",), {"a": frozenset("b")})
    assert user_cache.read(user_cache.path("x.marshal"), ("key",)) == {"a": frozenset("b")}
    assert user_cache.read(user_cache.path("x.marshal"), ("other key",)) is None


DATACLASSES = """
import sys
from mtmend.generated_code import GeneratedCodeStore
store = GeneratedCodeStore(sys.argv[1])
loaded = store.load()
import dataclasses

@dataclasses.dataclass
class Documented:
    \"\"\"A docstring: dataclasses needs no signature from inspect.\"\"\"

    a: int = 0

deferred = "ast" not in sys.modules

@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: tuple = ()

@dataclasses.dataclass
class Box:
    items: list = dataclasses.field(default_factory=list)
    label: str = "box"

p = Point(1)
try:
    p.x = 3
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
b = Box()
b.items.append(p)
print(repr(p), repr(b), p == Point(1, 2), p < Point(1, 3), hash(p) == hash(Point(1)), frozen, Box() == Box([]))
print(loaded, len(store.compiled), store.save(), deferred, Point.__doc__)
"""


def test_stored_dataclass_methods_make_the_classes_dataclasses_makes(tmp_path):
    store = tmp_path / "methods.marshal"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", DATACLASSES, str(store)], capture_output=True, text=True,
                           env=env, check=True).stdout.splitlines() for _ in range(2)]
    plain = subprocess.run([sys.executable, "-c", DATACLASSES.replace("store.load()", "0"), str(tmp_path / "x")],
                           capture_output=True, text=True, env=env, check=True).stdout.splitlines()
    assert runs[0][0] == runs[1][0] == plain[0]
    assert plain[0] == "Point(x=1, y=2, tags=()) Box(items=[Point(x=1, y=2, tags=())], label='box') True True True True True"
    compiled, saved = int(runs[0][1].split()[1]), runs[0][1].split()[2]
    assert runs[0][1].split()[0] == "0" and compiled >= 8 and saved == "True"
    assert runs[1][1].split()[:3] == [str(compiled), "0", "False"]  # every method found: nothing new
    assert runs[0][1].split(maxsplit=3)[3] == runs[1][1].split(maxsplit=3)[3] == "True Point(x: int, y: int = 2, tags: tuple = ())"
    assert plain[1].split()[3] == "False"  # dataclasses imported inspect
    _, stored = marshal.loads(store.read_bytes())
    assert all(code == compile(source, "<string>", "exec", dont_inherit=True) for source, code in stored.items())


def test_a_damaged_or_stale_method_store_only_means_compiling(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    store = tmp_path / "store.marshal"
    from mtmend.generated_code import _VERSION

    for content in (b"\x00not marshal", marshal.dumps((("another python",), {"def f(): pass": None})),
                    marshal.dumps((_VERSION, {"def f(): pass": "not code"}))):
        store.write_bytes(content)
        run = subprocess.run([sys.executable, "-c", DATACLASSES, str(store)], capture_output=True,
                             text=True, env=env, check=True).stdout.splitlines()
        assert run[0].startswith("Point(x=1, y=2, tags=())") and run[1].split()[0] == "0"
        assert run[1].split()[2] == "True"  # written again, whole


def test_rule_explanations_are_cleaned_as_inspect_cleans_docstrings():
    import inspect

    from mtmend.rules import RULES
    from mtmend.rules.base import cleandoc

    docs = [r.find.__doc__ or "" for r in RULES.values()] + [
        "", "\n", "One line.", "  Indented first.\n    second\n      deeper\n\n    last\n    ",
        "\n\n    Leading blank lines.\n\tA tab.\n    \n        \n  Less indented.\n", "x\n   \n   "]
    assert all(cleandoc(doc) == inspect.cleandoc(doc) for doc in docs)
    assert all(r.explanation == inspect.cleandoc(r.find.__doc__ or "") for r in RULES.values())


def test_a_check_leaves_inspect_unimported_and_a_deferred_module_works(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("He visited the school,Talk with teachers。\n", encoding="utf-8")
    program = f"""
import sys
sys.argv = ["mtmend", "check", {str(page)!r}]
from mtmend.cli import main
try:
    main()
except SystemExit:
    pass
unloaded = "ast" not in sys.modules
import inspect
print(unloaded, inspect.cleandoc("  a\\n  b"), "ast" in sys.modules, file=sys.stderr)
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.stderr.endswith("True a\nb True\n")  # not imported by the check; imported when used


def test_every_trigger_a_rule_names_has_a_pattern():
    from mtmend import prescan

    assert set(prescan._NAMES) == {name for names in prescan.TRIGGERS.values() for name in names} - {prescan.GLOSSARY}

def test_no_cache_file_is_written_when_the_user_turns_the_cache_off(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("visited the school,Visit the lab。\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"), MTMEND_NO_CACHE="1")
    run = subprocess.run([sys.executable, "-m", "mtmend.cli", "check", str(page)], capture_output=True, text=True,
                         env=env, cwd=tmp_path)
    assert run.returncode == 0 and "casing.clause-split" in run.stdout
    assert not (tmp_path / "cache").exists()
