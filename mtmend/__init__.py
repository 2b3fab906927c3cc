"""mtmend: find and repair what half-done machine translation leaves in English text.

    >>> import mtmend
    >>> result = mtmend.fix("He visited the school,Talk with teachers。")
    >>> result.text
    'He visited the school, talk with teachers.'
"""
from .engines import Engine, SpanRequest, Translation
from .engines.glossary import GlossaryEngine
from .glossary import Glossary, Term
from .model import Edit, Issue, Result, apply_edits
from .pipeline import check, fix
from .rules import RULES

__version__ = "0.1.0"


def explain(rule_id: str) -> str:
    """The explanation of one rule, as `mtmend explain RULE` prints it."""
    try:
        r = RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule {rule_id!r}; known: {', '.join(RULES)}") from None
    lines = [f"{r.id}: {r.title}", f"kind: {r.kind}   severity: {r.severity}", "", r.explanation]
    if r.examples:
        lines += ["", "Examples:"] + [f"  {before}\n    -> {after}" for before, after in r.examples]
    return "\n".join(lines)


__all__ = ["check", "fix", "explain", "Issue", "Edit", "Result", "RULES", "Engine", "SpanRequest",
           "Translation", "GlossaryEngine", "Glossary", "Term", "apply_edits", "__version__"]
