"""The README and docs/ stay in step with the code: sample output, recipes, links, the schema table."""

from __future__ import annotations

import doctest
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from policykg.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))}

# The README's sample build: ```, "$ policykg build …", what it prints, ```
SAMPLE_BUILD = re.compile(r"```\n\$ (policykg build [^\n]+)\n(.*?)```", re.S)
# "wrote out/graph.json in 0.8s": the one figure that changes from run to run
SECONDS = re.compile(r"\bin \d+(?:\.\d+)?s\b")
# [text](target) in Markdown, the target without an #anchor
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _commands(group: click.Group, prefix=""):
    for name, cmd in group.commands.items():
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + name + " ")


def test_every_command_has_help_with_an_example():
    missing = [
        name for name, cmd in _commands(main) if not isinstance(cmd, click.Group) and "Example" not in (cmd.help or "")
    ]
    assert not missing, f"commands without an Example in their help: {missing}"


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    assert "bash scripts/run.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_is_short():
    assert len(README.encode("utf-8")) <= 15_000, "the README is recipes and links; long texts go to docs/"


def _prose(text: str) -> list[str]:
    """The lines of a Markdown text outside ``` code blocks (commands may well repeat)."""
    out, fence = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
        elif not fence and line.strip():
            out.append(line.strip())
    return out


def test_readme_copies_no_text_from_docs():
    """Each long text lives once, in docs/: no longer line of the README's prose is also in docs/."""
    docs_lines = {line for text in DOCS.values() for line in _prose(text)}
    assert [line for line in _prose(README) if len(line) >= 60 and line in docs_lines] == []


def test_readme_and_docs_links_resolve():
    broken = []
    for path, text in [(ROOT / "README.md", README), *DOCS.items()]:
        for target in LINK.findall(text):
            if not re.match(r"[a-z]+:", target) and not (path.parent / target).exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
    assert broken == []
    linked = {(ROOT / t).resolve() for t in LINK.findall(README)}
    assert set(DOCS) <= linked, "every docs/ page is linked from the README"


def test_readme_sample_build_output_is_what_the_build_prints(tmp_path, monkeypatch):
    """The README's `policykg build data/corpus --out out` and its summary, run as written."""
    command, printed = SAMPLE_BUILD.search(README).groups()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "corpus").symlink_to(ROOT / "data" / "corpus")
    monkeypatch.chdir(tmp_path)  # relative paths as in the README; out/ and the last-build note land here
    result = CliRunner().invoke(main, shlex.split(command)[1:], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert SECONDS.sub("in …s", result.output) == SECONDS.sub("in …s", printed)


def test_readme_library_recipe_runs(monkeypatch):
    """The ```python block of the README is a doctest, run from the repository's root."""
    (block,) = re.findall(r"```python\n(.*?)```", README, re.S)
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md", str(ROOT / "README.md"), 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.summarize(verbose=False) == (0, len(test.examples))


def test_docs_schema_table_is_up_to_date():
    """docs/graph-json.md's schema table is generated from ontology/schema.py by scripts/gen_docs.py."""
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_test_command_lints_before_it_tests():
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    steps = [script.index(s) for s in (".venv/bin/ruff check .", ".venv/bin/ruff format --check .", "pytest -q")]
    assert steps == sorted(steps)
