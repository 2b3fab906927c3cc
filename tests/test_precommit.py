"""The hooks of .pre-commit-hooks.yaml, run by pre-commit itself on a temporary git repository.

pre-commit would install a `language: python` hook by building a virtualenv and installing
mtmend from its repository, which needs the package index; the test runs the same hook
definitions as a `repo: local` hook with `language: system` instead, so the `mtmend` under test
(the one on PATH beside this Python) is the one pre-commit calls.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(shutil.which("git") is None or not (BIN / "pre-commit").exists()
                                or not (BIN / "mtmend").exists(),
                                reason="needs git, and pre-commit and mtmend installed beside this Python")


def _repo(tmp_path: Path) -> tuple[Path, dict]:
    repo = tmp_path / "site"
    repo.mkdir()
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
               PYTHONPATH=str(ROOT), PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    for hook in hooks:
        hook["language"] = "system"
    config = {"repos": [{"repo": "local", "hooks": hooks}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    return repo, env


def _pre_commit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "pre-commit"), "run", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)


def _stage(repo: Path, env: dict) -> None:
    subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)


def test_manifest_is_valid():
    p = subprocess.run([str(BIN / "pre-commit"), "validate-manifest", str(MANIFEST)], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
    ids = [h["id"] for h in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))]
    assert ids == ["mtmend-check", "mtmend-fix"]


def test_both_hooks_pass_on_clean_pages_and_fix_repairs_damaged_ones(tmp_path):
    repo, env = _repo(tmp_path)
    (repo / "clean.md").write_text("# News\n\nThe delegation visited the school.\n", encoding="utf-8")
    (repo / "notes.txt").write_text("Nothing to repair here.\n", encoding="utf-8")
    (repo / "script.py").write_text("x = '日前'\n", encoding="utf-8")  # not a file type the hooks take
    _stage(repo, env)
    green = _pre_commit(repo, env, "--all-files")
    assert green.returncode == 0, green.stdout + green.stderr
    assert "mtmend check" in green.stdout and "mtmend fix" in green.stdout and "Failed" not in green.stdout

    # A leftover (an error: the check hook fails) that the offline glossary engine finishes.
    (repo / "page.txt").write_text("日前，the team visited the school,Toured the lab。\n", encoding="utf-8")
    (repo / "page2.md").write_text("# Visit\n\nThey met the dean,Visited the library。\n", encoding="utf-8")
    _stage(repo, env)
    check = _pre_commit(repo, env, "mtmend-check", "--files", "page.txt", "page2.md")
    assert check.returncode == 1
    assert "page.txt:1:" in check.stdout and "page2.md:3:" in check.stdout

    fix = _pre_commit(repo, env, "mtmend-fix", "--files", "page.txt", "page2.md")
    assert fix.returncode == 1 and "files were modified by this hook" in fix.stdout
    assert (repo / "page.txt").read_text(encoding="utf-8") == "Recently, the team visited the school, toured the lab.\n"
    assert (repo / "page2.md").read_text(encoding="utf-8").endswith("They met the dean, visited the library.\n")
    assert not list(repo.glob("*.bak"))

    _stage(repo, env)
    again = _pre_commit(repo, env, "--all-files")
    assert again.returncode == 0, again.stdout + again.stderr
