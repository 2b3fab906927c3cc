"""Project configuration: `mtmend.toml`, found in the input's folder or the nearest parent.

    [glossary]
    files = ["terms.tsv", "client.tbx"]   # relative to the mtmend.toml

    [engine]
    name = "openai"                       # glossary, openai, libretranslate, none
    base_url = "http://127.0.0.1:8000/v1"
    model = "qwen2.5-7b-instruct"

    [rules]
    select = ["untranslated", "punctuation"]   # rule ids or families; default: every rule
    ignore = ["casing.clause-split"]

Glossaries named on the command line (`--glossary`) come after these, so they win; engine
options on the command line or in MTMEND_* variables win over [engine].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CONFIG_NAME = "mtmend.toml"


class ConfigError(ValueError):
    """An mtmend.toml that cannot be used; the message names the file."""


@dataclass
class Config:
    """What one mtmend.toml says; `path` None when there is none."""

    path: Path | None = None
    glossaries: list[Path] = field(default_factory=list)
    engine: dict[str, str] = field(default_factory=dict)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)


def find_config(start: str | Path) -> Path | None:
    """The nearest mtmend.toml in `start`'s folder (or `start` itself if a folder) and its parents."""
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        import tomllib  # only when there is a file to read

        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from None
    section = data.get("glossary", {})
    files = section.get("files", []) if isinstance(section, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ConfigError(f"{path}: [glossary] files must be a list of paths")
    engine = data.get("engine", {})
    if not isinstance(engine, dict) or not all(isinstance(v, str) for v in engine.values()) \
            or set(engine) - {"name", "base_url", "model"}:
        raise ConfigError(f"{path}: [engine] takes name, base_url and model, as strings")
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or set(rules) - {"select", "ignore"} or not all(
            isinstance(v, list) and all(isinstance(n, str) for n in v) for v in rules.values()):
        raise ConfigError(f"{path}: [rules] takes select and ignore, as lists of rule ids or families")
    return Config(path, [path.parent / f for f in files], engine, rules.get("select", []), rules.get("ignore", []))
