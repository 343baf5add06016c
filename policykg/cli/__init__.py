"""Thin click layer over the library.  Each area registers its commands in its own module.

Commands: build, load, neo4j, query, cypher, export, validate, viz.
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


def _register() -> None:
    import importlib

    for mod in ("build", "neo4j", "query", "export", "viz"):
        try:
            importlib.import_module(f"policykg.cli.{mod}")
        except ModuleNotFoundError as exc:  # an area not written yet
            if exc.name != f"policykg.cli.{mod}":
                raise


_register()
