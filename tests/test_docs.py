"""The README stays in step with the code: schema table, documented commands."""

from pathlib import Path

import click

from policykg.cli import main
from policykg.ontology.schema import schema_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_readme_schema_table_is_generated_from_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- schema-table:start -->") + len("<!-- schema-table:start -->")
    end = readme.index("<!-- schema-table:end -->")
    assert readme[start:end].strip() == schema_markdown().strip()


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
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/run.sh" in readme and "bash scripts/test.sh" in readme
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_generated_parts_are_up_to_date():
    """README.md includes docs/*.md and the schema table; scripts/gen_readme.py regenerates them."""
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_readme.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
