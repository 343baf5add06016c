"""Thin click layer over the library.  Each area registers its commands in its own module.

Commands: build, load, neo4j, query, cypher, analyze, export, validate, viz.
"""

from __future__ import annotations

import sys

import click

from policykg.errors import PolicyKGError


class _Group(click.Group):
    """Turns PolicyKGError (and broken pipes) into a one-line message, never a traceback."""

    def invoke(self, ctx):  # noqa: D401
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=_Group)
@click.version_option(package_name="policykg")
def main() -> None:
    """policykg: Chinese policy publications → a policy knowledge graph.

    \b
    Example:
        policykg build data/corpus --out out
        policykg query lineage_up --param doc=焦政〔2024〕10号
    """


# The command modules register themselves on `main`; imported last because they import `main`.
from policykg.cli import analyze, build, export, neo4j, query, viz  # noqa: E402, F401
