"""mtmend: find and repair what half-done machine translation leaves in English text.

    >>> import mtmend
    >>> result = mtmend.fix("He visited the school,Talk with teachers。")
    >>> result.text
    'He visited the school, talk with teachers.'
"""
from importlib import import_module

__version__ = "0.1.0"

# Public names and the modules that define them. They are imported on first use (PEP 562), so
# `mtmend --version`, `--help`, and a check that needs no engine do not pay for what they skip.
_EXPORTS = {
    "Engine": "engines", "SpanRequest": "engines", "Translation": "engines", "GlossaryEngine": "engines.glossary",
    "Glossary": "glossary", "Term": "glossary", "Document": "document", "Mender": "mender", "Result": "mender",
    "check": "mender", "fix": "mender", "Edit": "model", "Issue": "model", "Location": "model",
    "apply_edits": "model", "Options": "pipeline", "RULES": "rules",
}


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mtmend' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


def explain(rule_id: str) -> str:
    """The explanation of one rule, as `mtmend explain RULE` prints it."""
    from .rules import RULES

    try:
        r = RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule {rule_id!r}; known: {', '.join(RULES)}") from None
    lines = [f"{r.id}: {r.title}", f"kind: {r.kind}   severity: {r.severity}", "", r.explanation]
    examples = [f"  {before}\n    -> {after}" for before, after in r.fixes] + \
        [f"  {text}\n    (reported, not changed)" for text in r.reports] + \
        [f"  {text}\n    (left alone)" for text in r.keeps]
    if examples:
        lines += ["", "Examples:"] + examples
    return "\n".join(lines)


__all__ = ["Document", "Mender", "Options", "Result", "check", "fix", "explain", "Issue", "Edit", "Location",
           "RULES", "Engine", "SpanRequest", "Translation", "GlossaryEngine", "Glossary", "Term", "apply_edits",
           "__version__"]
