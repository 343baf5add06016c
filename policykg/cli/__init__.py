"""Thin click layer over the library.  Each area registers its commands in its own module.

Commands: build, load, neo4j, query, cypher, analyze, export, validate, viz.
"""

from __future__ import annotations

import sys

import click

from policykg.errors import PolicyKGError
from policykg.queries.output import printable


class _Group(click.Group):
    """Turns PolicyKGError, a file system refusal (and broken pipes) into a one-line message, never a
    traceback; messages may quote the corpus, so they are printed without control characters."""

    def invoke(self, ctx):  # noqa: D401
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            raise click.ClickException(printable(str(exc), lines=True)) from None  # lists of candidates
        except BrokenPipeError:
            sys.exit(0)
        except OSError as exc:  # a read-only or full disk no check foresaw: name the file, say why
            raise click.ClickException(printable(os_error_line(exc))) from None


def os_error_line(exc: OSError) -> str:
    """``file: reason`` of an OSError.

    >>> os_error_line(PermissionError(13, "Permission denied", "out/graph.json"))
    'out/graph.json: Permission denied'
    """
    where = ": ".join(str(f) for f in (exc.filename, exc.filename2) if f is not None)
    why = exc.strerror or str(exc) or type(exc).__name__
    return f"{where}: {why}" if where else why


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
