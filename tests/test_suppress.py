"""`mtmend: ignore[rule]` directives, applied to real issues of text, Markdown and HTML."""
import mtmend
from mtmend import reporters
from mtmend.suppress import Suppressions

DAMAGED = "The team met the dean,Visited the lab。"


def _rules_left(text, fmt="text"):
    report = reporters.file_report("x", fmt, mtmend.check(text, format=fmt), text)
    return [(r["line"], r["rule"]) for r in Suppressions.from_text(text).filter(report.issues)]


def test_directive_on_the_line_silences_only_the_named_rule_there():
    text = f"{DAMAGED}  # mtmend: ignore[casing.clause-split]\n{DAMAGED}\n"
    left = _rules_left(text)
    assert (1, "casing.clause-split") not in left
    assert (1, "spacing.after-punctuation") in left and (2, "casing.clause-split") in left


def test_directive_alone_on_its_line_covers_the_next_line():
    text = f"Intro line.\n# mtmend: ignore[casing, punctuation.fullwidth]\n{DAMAGED}\n{DAMAGED}\n"
    left = _rules_left(text)
    assert not [r for line, r in left if line == 3 and (r.startswith("casing.") or r == "punctuation.fullwidth")]
    assert (3, "spacing.after-punctuation") in left
    assert (4, "casing.clause-split") in left and (4, "punctuation.fullwidth") in left


def test_a_directive_after_text_does_not_reach_the_next_line():
    text = f"{DAMAGED} mtmend: ignore[casing]\n{DAMAGED}\n"
    assert (2, "casing.clause-split") in _rules_left(text)


def test_bare_directive_silences_every_rule_and_kinds_match():
    text = f"<!-- mtmend: ignore -->\n{DAMAGED}\n{DAMAGED} <!-- mtmend: ignore[spacing] -->\n"
    left = _rules_left(text, "markdown")
    assert not [r for line, r in left if line == 2]
    assert (3, "spacing.after-punctuation") not in left and (3, "casing.clause-split") in left


def test_markdown_html_comment_directive():
    text = (f"# Notes\n\n<!-- mtmend: ignore[untranslated.leftover] -->\nThey said 你好 to us.\n\n"
            f"They said 你好 again.\n")
    left = _rules_left(text, "markdown")
    assert (4, "untranslated.leftover") not in left
    assert (6, "untranslated.leftover") in left


def test_html_comment_lines():
    html = ("<html><body>\n<!-- mtmend: ignore[casing.clause-split] -->\n<p>The team met,Visited us.</p>\n"
            "<p>The team met,Visited us.</p> <!-- mtmend: ignore[spacing] -->\n</body></html>\n")
    s = Suppressions.from_text(html)
    assert s.covers("casing.clause-split", "casing", 3) and not s.covers("casing.clause-split", "casing", 4)
    assert s.covers("spacing.after-punctuation", "spacing", 4) and not s.covers("spacing.whitespace", "spacing", 5)
    assert not s.covers("spacing.after-punctuation", "spacing", None)


def test_text_without_directives_has_none():
    assert not Suppressions.from_text(DAMAGED)
    assert not Suppressions.from_text("mtmend is a tool; mtmend: ignored, mtmend: ignores[x]")


def test_the_suppression_module_is_core_and_imports_no_adapter():
    import ast
    from pathlib import Path

    import mtmend.suppress

    tree = ast.parse(Path(mtmend.suppress.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + \
        [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert imported and not [m for m in imported if {"formats", "reporters", "cli", "engines"} & set(m.split("."))]
