"""What a project's configuration makes of the options: the glossary and the engine for an input.

The command line, the review server and the batch runner all resolve options the same way:
command-line values first, then MTMEND_* variables (the caller passes them in), then the nearest
`mtmend.toml` above the input. Errors are ValueError subclasses with one line for the user.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .config import Config, find_config, load_config
from .glossary import Glossary, load_all

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (milliseconds a start)
if TYPE_CHECKING:
    from typing import Any

API_KEY_VARIABLES = ("MTMEND_API_KEY", "OPENAI_API_KEY")


class EngineUnavailable(ValueError):
    """An engine whose optional package is not installed, or whose memory cannot be opened."""


def config_near(near: str | Path) -> Config:
    """The mtmend.toml above `near` (a file or folder; `-`, standard input, means the working folder)."""
    return load_config(find_config("." if str(near) == "-" else near))


def glossary_near(near: str | Path, extra: Iterable[str] = ()) -> Glossary:
    """The built-in glossary, then the project's (mtmend.toml above `near`), then `extra` files."""
    return _glossaries(tuple(map(str, config_near(near).glossaries)) + tuple(extra))


@lru_cache(maxsize=16)
def _glossaries(paths: tuple[str, ...]) -> Glossary:
    return load_all(paths)


def api_key() -> str | None:
    return next((os.environ[k] for k in API_KEY_VARIABLES if os.environ.get(k)), None)


def engine_near(near: str | Path, name: str | None, options: dict[str, Any], tm: str | Path | None,
                glossary: Glossary):
    """The engine `name` (or mtmend.toml's [engine], or the glossary engine) with `options`
    (None values filled from [engine]); machine-translation engines sit behind the translation
    memory at `tm` unless it is None. None for the engine `none`."""
    from .engines import MT_ENGINES, make_engine  # not on the path of `check`
    from .tm import CachedEngine, TranslationMemory

    configured = config_near(near).engine
    name = name or configured.get("name", "glossary")
    options = {**options, "base_url": options.get("base_url") or configured.get("base_url"),
               "model": options.get("model") or configured.get("model")}
    try:
        engine = make_engine(name, glossary=glossary, **options, api_key=api_key())
    except ImportError as e:
        raise EngineUnavailable(f"the {name} engine needs the {e.name or 'missing'} package: "
                                f"pip install 'mtmend[{name}]'") from None
    if name in MT_ENGINES and tm is not None:
        try:
            engine = CachedEngine(engine, TranslationMemory(tm))
        except Exception as e:  # sqlite3 and OS errors: the memory cannot be opened
            raise EngineUnavailable(f"{tm}: cannot open the translation memory ({e})") from None
    return engine


def engine_states(base_url: str | None, model: str | None) -> list[tuple[str, str]]:
    """Each engine and whether it can be used now (servers are contacted)."""
    from .engines import ENGINES, make_engine

    states = []
    for name in ENGINES:
        if name == "none":
            continue
        try:
            engine = make_engine(name, base_url=base_url, model=model or "-", api_key=api_key())
            state = engine.reachable() if hasattr(engine, "reachable") else "ok (offline)"
        except ValueError as e:
            state = f"not configured: {e}"
        except ImportError as e:
            state = f"not installed: pip install 'mtmend[{name}]' ({e.name or e})"
        states.append((name, state))
    return states
