"""`policykg analyze`: a short report of a build, for a terminal or as JSON."""

from __future__ import annotations

import json

import click

from policykg.analysis.report import REPORT_TOP, analyze
from policykg.cli import main
from policykg.cli.options import GRAPH_DIR, open_build, terminal_width
from policykg.queries.output import readable_table
from policykg.queries.result import QueryResult


@main.command("analyze")
@GRAPH_DIR
@click.option(
    "--json", "as_json", is_flag=True, help="Print the report as one JSON object (a list of rows per section)."
)
@click.option(
    "--top", type=click.IntRange(min=1), default=REPORT_TOP, show_default=True, help="Documents and agencies to rank."
)
@click.option("--wide", is_flag=True, help="Print long cells whole (default: cut to the terminal's width).")
def analyze_command(graph_dir: str | None, as_json: bool, top: int, wide: bool) -> None:
    """A short report of a build: documents by level, year and status; the most implemented
    national documents with their lag; the central agencies of the co-issuance network.

    Counts are by notice unit where it matters (a notice and the texts it transmits are one
    publication).  The named queries give each part in full: not_in_force, implementation_lag,
    diffusion, most_implemented, coissuance_centrality, beneficiary_matrix.

    \b
    Example:
        policykg analyze
        policykg analyze --graph out --json > report.json
    """
    report = analyze(open_build(graph_dir), top=top)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    notes = set()
    for section in report.sections:
        table = readable_table(QueryResult(section.columns, section.rows), width=terminal_width(), wide=wide)
        click.echo(f"\n{section.title}\n{table.text}" if section.key != "overview" else table.text)
        if table.note:
            notes.add(table.note)
    for note in notes:
        click.echo(note, err=True)
