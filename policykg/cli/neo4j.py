"""`policykg neo4j install|start|stop|status`: the project's own local Neo4j server."""

from __future__ import annotations

import json
from pathlib import Path

import click

from policykg.cli import main
from policykg.cli.options import NEO4J_HOME, seconds
from policykg.neo4j import server
from policykg.neo4j.home import DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, ENV_BOLT_PORT, ENV_HTTP_PORT, default_home

# Waiting for the server to start or stop: an hour at most.
MAX_WAIT_SECONDS = 3600.0


@main.group()
def neo4j() -> None:
    """The local Neo4j Community 5.26 server and Neo4j Browser (127.0.0.1 only, password on).

    \b
    Example:
        policykg neo4j install && policykg neo4j start
        policykg neo4j status
        policykg neo4j stop
    """


@neo4j.command()
@NEO4J_HOME
@click.option("--verbose", is_flag=True, help="Show Maven's output.")
def install(home: Path | None, verbose: bool) -> None:
    """Fetch Neo4j with Maven into .neo4j/ and set its password (fast when done before).

    The password is $POLICYKG_NEO4J_PASSWORD, or made up and kept in .neo4j/password
    (readable only by you).

    \b
    Example:
        policykg neo4j install
    """
    if not server.is_installed(home or default_home()):
        click.echo("Installing Neo4j with Maven (about 120 MB the first time)…", err=True)
    result = server.install(home, quiet=not verbose)
    what = "installed" if result.downloaded else "already installed"
    click.echo(
        f"Neo4j {result.version} {what} in {result.home} ({result.jars} jars, "
        f"{result.seconds:.1f} s); password in {result.password_file}."
    )


@neo4j.command()
@NEO4J_HOME
@click.option(
    "--bolt-port",
    type=click.IntRange(1, 65535),
    envvar=ENV_BOLT_PORT,
    default=DEFAULT_BOLT_PORT,
    show_default=True,
    help=f"Bolt port on 127.0.0.1 (env {ENV_BOLT_PORT}).",
)
@click.option(
    "--http-port",
    type=click.IntRange(1, 65535),
    envvar=ENV_HTTP_PORT,
    default=DEFAULT_HTTP_PORT,
    show_default=True,
    help=f"HTTP port on 127.0.0.1 where Neo4j Browser answers (env {ENV_HTTP_PORT}).",
)
@click.option("--browser/--no-browser", default=True, show_default=True, help="Serve Neo4j Browser over HTTP.")
@click.option("--heap", default=server.DEFAULT_HEAP, show_default=True, help="JVM heap size.")
@click.option("--pagecache", default=server.DEFAULT_PAGECACHE, show_default=True, help="Page cache size.")
@click.option(
    "--timeout",
    type=seconds(MAX_WAIT_SECONDS),
    default=server.DEFAULT_START_TIMEOUT,
    show_default=True,
    help="Seconds to wait for Bolt to answer.",
)
def start(
    home: Path | None, bolt_port: int, http_port: int, browser: bool, heap: str, pagecache: str, timeout: float
) -> None:
    """Start Neo4j in the background and wait until Bolt answers; print the Browser's address.

    Neo4j Browser (http://127.0.0.1:7474/browser/) logs in with the same user and password; it
    opens with the graph's style (documents coloured by level) and a guide of the named queries.

    \b
    Example:
        policykg neo4j start --bolt-port 7687 --http-port 7474
    """
    before = server.status(home)
    st = server.start(
        home,
        bolt_port=bolt_port,
        http_port=http_port,
        with_browser=browser,
        heap=heap,
        pagecache=pagecache,
        timeout=timeout,
    )
    if before.running:
        click.echo(f"Already running. {st.describe()}")
    else:
        click.echo(f"Started. {st.describe()}")


@neo4j.command()
@NEO4J_HOME
@click.option(
    "--timeout",
    type=seconds(MAX_WAIT_SECONDS),
    default=server.DEFAULT_STOP_TIMEOUT,
    show_default=True,
    help="Seconds to wait for a clean stop before killing it.",
)
def stop(home: Path | None, timeout: float) -> None:
    """Stop the local Neo4j cleanly.

    \b
    Example:
        policykg neo4j stop
    """
    if server.stop(home, timeout=timeout):
        click.echo("Stopped.")
    else:
        click.echo("Neo4j was not running.")


@neo4j.command()
@NEO4J_HOME
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def status(ctx: click.Context, home: Path | None, as_json: bool) -> None:
    """Say whether the local Neo4j is installed and running (exit 0 when running, else 3).

    \b
    Example:
        policykg neo4j status --json
    """
    st = server.status(home)
    if as_json:
        click.echo(json.dumps(st.to_json()))
    else:
        click.echo(st.describe())
    ctx.exit(0 if st.running else 3)
