"""The click options several commands share, each defined once.

Each name below is a decorator (or makes one) to put on a command:

* :data:`GRAPH_DIR` — ``--graph DIR``, the build folder to read (→ ``graph_dir``);
* :func:`neo4j_options` — ``--neo4j URI``, ``--user``, ``--password``, ``--database``
  (→ ``uri``, ``user``, ``password``, ``database``; :func:`open_neo4j` turns them into a driver);
* :data:`NEO4J_HOME` — ``--home``, the folder of the local Neo4j install (→ ``home``);
* :data:`ROW_FORMATS` — ``--json`` / ``--csv`` / ``--table``, ``--wide`` and ``--bom`` (→ ``fmt``,
  ``wide``, ``bom``); :func:`terminal_width` is the width tables fit;
* :func:`open_build` — reads the build of ``--graph`` and says on stderr which one it is;
* :data:`RDF_FORMAT`, :data:`RDF_BASE` — ``--format`` and ``--base`` of an RDF export;
  :data:`EXPORT_FORMAT` — ``--format`` of ``policykg export`` (RDF, tables, GraphML, GEXF);
* :func:`out_file_option` — ``--out FILE`` (→ ``out``);
* :func:`seconds` — the type of a ``--timeout``: a number of seconds in a range (not NaN).
"""

from __future__ import annotations

import math
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click
import networkx as nx

from policykg.graph.folder import check_out_file
from policykg.graph.io import read_build
from policykg.neo4j.connection import Neo4jSettings, connection_settings, open_driver
from policykg.neo4j.home import ENV_HOME
from policykg.rdf import DEFAULT_BASE, FORMATS
from policykg.tabular import TABLE_FORMATS

if TYPE_CHECKING:
    import neo4j

__all__ = [
    "EXPORT_FORMAT",
    "GRAPH_DIR",
    "NEO4J_HOME",
    "RDF_BASE",
    "RDF_FORMAT",
    "ROW_FORMATS",
    "neo4j_options",
    "neo4j_wanted",
    "open_build",
    "open_neo4j",
    "out_file_option",
    "seconds",
    "stack",
    "terminal_width",
]

Decorator = Callable[[Callable], Callable]


def stack(*options: Decorator) -> Decorator:
    """One decorator applying ``options`` in the order given (the first is listed first in --help)."""

    def decorate(fn: Callable) -> Callable:
        for option in reversed(options):
            fn = option(fn)
        return fn

    return decorate


GRAPH_DIR = click.option(
    "--graph",
    "graph_dir",
    metavar="DIR",
    type=click.Path(),
    default=None,
    help="Build folder holding graph.json (default: the last `policykg build --out`, else out/).",
)

NEO4J_HOME = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=ENV_HOME,
    default=None,
    help=f"Folder of the local install (default: <project>/.neo4j; env {ENV_HOME}).",
)


def neo4j_options(*, uri_help: str) -> Decorator:
    """--neo4j URI, --user, --password, --database (each falls back to NEO4J_* and the local server).

    ``--neo4j`` alone gives ``uri=""``: use a server, the one of $NEO4J_URI or the local one.
    """
    return stack(
        click.option(
            "--neo4j",
            "uri",
            metavar="URI",
            is_flag=False,
            flag_value="",
            default=None,
            help=uri_help + " `--neo4j` alone: $NEO4J_URI, else the local server.",
        ),
        click.option("--user", help="Neo4j user (default: $NEO4J_USER, else neo4j)."),
        click.option("--password", help="Neo4j password (default: $NEO4J_PASSWORD, else the local server's)."),
        click.option("--database", help="Neo4j database (default: $NEO4J_DATABASE, else neo4j)."),
    )


def neo4j_wanted(uri: str | None, user: str | None, password: str | None, database: str | None) -> bool:
    """True when any option of :func:`neo4j_options` was given: the command should use a server."""
    return uri is not None or any((user, password, database))


def open_neo4j(
    uri: str | None, user: str | None, password: str | None, database: str | None
) -> tuple[Neo4jSettings, neo4j.Driver]:
    """The settings the options of :func:`neo4j_options` name, and a verified driver (the caller closes it)."""
    settings = connection_settings(uri=uri or None, user=user, password=password, database=database)
    return settings, open_driver(settings)


ROW_FORMATS = stack(
    click.option("--json", "fmt", flag_value="json", help="Print a JSON array of row objects."),
    click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row."),
    click.option("--table", "fmt", flag_value="table", default=True, help="Print an aligned table (default)."),
    click.option(
        "--wide",
        is_flag=True,
        help="In tables, print long cells whole (default: cut at 60 columns and to the terminal's width).",
    ),
    click.option("--bom", is_flag=True, help="With --csv, start with a UTF-8 byte order mark (for Excel)."),
)


def terminal_width() -> int | None:
    """The width tables should fit: $COLUMNS, else the terminal's when printing to one, else None
    (piped into a file or a program: no limit)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def open_build(graph_dir: str | os.PathLike | None) -> nx.MultiDiGraph:
    """The graph of the build ``--graph`` names (else the last one), saying on stderr which it is."""
    G, info = read_build(graph_dir)
    click.echo(f"graph: {info}", err=True)
    return G


RDF_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default=None,
    help="ttl (Turtle), jsonld (JSON-LD) or nt (N-Triples); default: from the --out suffix, else ttl.",
)

EXPORT_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice([*sorted(FORMATS), *TABLE_FORMATS]),
    default=None,
    help="RDF: ttl (Turtle), jsonld (JSON-LD), nt (N-Triples); tables: csv, parquet (--out DIR holding "
    "nodes and edges); graphs: graphml, gexf (--out FILE).  Default: from the --out suffix, else ttl.",
)

RDF_BASE = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Base IRI of the exported resources (absolute, ending in / or #).",
)


def out_file_option(
    *, default: str | None = None, metavar: str = "FILE", help: str = "File to write.", dir_okay: bool = False
) -> Decorator:
    """``--out FILE``: required when there is no ``default`` (``dir_okay``: or a folder to write into)."""
    return click.option(
        "--out",
        "out",
        metavar=metavar,
        type=click.Path(dir_okay=dir_okay, writable=True),
        default=default,
        required=default is None,
        show_default=default is not None,
        callback=_not_a_build_file,
        help=help,
    )


def _not_a_build_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        check_out_file(value)  # an export or page written over graph.json would replace the build
    return value


class _Seconds(click.FloatRange):
    """A FloatRange that also refuses NaN (which compares false with both bounds)."""

    name = "seconds"

    def convert(self, value, param, ctx):
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value!r} is not a number of seconds.", param, ctx)
        return seconds


def seconds(maximum: float) -> click.ParamType:
    """Seconds above 0 and at most ``maximum`` (infinity and NaN refused, with a one-line message).

    >>> seconds(60).convert("1.5", None, None)
    1.5
    """
    return _Seconds(min=0, min_open=True, max=maximum)
