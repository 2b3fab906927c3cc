"""mtmend: find and repair what half-done machine translation leaves in English text.

    >>> import mtmend
    >>> result = mtmend.fix("He visited the school,Talk with teachers。")
    >>> result.text
    'He visited the school, talk with teachers.'
"""
from .engines import Engine, SpanRequest, Translation
from .engines.glossary import GlossaryEngine
from .glossary import Glossary, Term
from .document import Document
from .mender import Mender, Result, check, fix
from .model import Edit, Issue, Location, apply_edits
from .pipeline import Options
from .rules import RULES

__version__ = "0.1.0"


def explain(rule_id: str) -> str:
    """The explanation of one rule, as `mtmend explain RULE` prints it."""
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
