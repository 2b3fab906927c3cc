"""The rule catalogue. Importing this package registers every rule; `RULES` is in priority order."""
from . import encoding, punctuation, spacing, terminology, casing, untranslated  # noqa: F401  (registration)
from .base import RULES, Finding, FindingRows, Rule, rule

__all__ = ["RULES", "Finding", "FindingRows", "Rule", "rule"]
