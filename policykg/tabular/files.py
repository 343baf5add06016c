"""Writing the flat rows: CSV and parquet tables, GraphML and GEXF graph files (I/O at the edge).

``policykg export --format csv|parquet --out DIR`` writes ``DIR/nodes.*`` and ``DIR/edges.*``;
``--format graphml|gexf --out FILE`` one file that networkx, Gephi, Cytoscape or yEd read.  In
GraphML and GEXF a node keeps its graph id (``doc:…``: ids must be unique across kinds) and has a
``kind`` and a ``label`` (its title or name, what Gephi shows); list properties are joined with
``|`` as in CSV.

>>> import networkx as nx, tempfile
>>> G = nx.MultiDiGraph()
>>> G.add_node("doc:a", label="Document", title="A", issuers=["财政厅"], in_corpus=True)
>>> G.add_node("agency:财政厅", label="Agency", name="财政厅", known=True)
>>> _ = G.add_edge("doc:a", "agency:财政厅", key="ISSUED_BY", type="ISSUED_BY", line=2)
>>> with tempfile.TemporaryDirectory() as tmp:
...     done = export_table(G, tmp + "/g.graphml", "graphml")
...     back = nx.read_graphml(tmp + "/g.graphml")
>>> done.nodes, done.edges, back.nodes["doc:a"]["label"], back.nodes["doc:a"]["kind"]
(2, 1, 'A', 'Document')
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from policykg.errors import InputError
from policykg.queries.output import csv_cell, printable
from policykg.tabular.flatten import edge_columns, edge_rows, flat_value, node_columns, node_rows

__all__ = ["TABLE_FORMATS", "TableExport", "export_table", "flat_graph", "write_csv"]

# Formats written as two tables in a folder, and as one graph file.
FOLDER_FORMATS = ("csv", "parquet")
FILE_FORMATS = ("graphml", "gexf")
TABLE_FORMATS = FOLDER_FORMATS + FILE_FORMATS


@dataclass(frozen=True)
class TableExport:
    """What an export wrote: its files and how many nodes and relationships they hold."""

    paths: tuple[Path, ...]
    nodes: int
    edges: int

    def __str__(self) -> str:
        return f"wrote {', '.join(map(str, self.paths))} ({self.nodes} nodes, {self.edges} relationships)"


def _cell(value):
    """A CSV cell: lists joined, booleans as true/false (as `policykg query --csv` writes them),
    text without control characters and never a spreadsheet formula (the corpus is not trusted)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    value = "" if value is None else flat_value(value)
    return csv_cell(printable(value, lines=True)) if isinstance(value, str) else value


def _xml_safe(value):
    """A GraphML / GEXF value: text without the control characters XML 1.0 cannot hold."""
    return printable(value, lines=True) if isinstance(value, str) else value


def write_csv(rows: list[dict], columns: list[str], path: Path, *, bom: bool = False) -> Path:
    """``rows`` as CSV with a header row (UTF-8; with ``bom`` a byte order mark first, for Excel)."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
    return path


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with flat attributes only (GraphML and GEXF take no lists): ``kind``, ``label`` (title
    or name) and the flattened properties on nodes; ``type`` and the properties on relationships."""
    H = nx.MultiDiGraph()
    for n, a in sorted(G.nodes(data=True), key=lambda na: na[0]):
        props = {k: _flat(v) for k, v in a.items() if v is not None}
        kind = props.pop("label", None)
        H.add_node(n, **props, kind=kind, label=_xml_safe(str(a.get("title") or a.get("name") or n)))
    for u, v, key, a in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        H.add_edge(u, v, key=key, **{k: _flat(x) for k, x in a.items() if x is not None})
    return H


def _flat(value):
    return _xml_safe(flat_value(list(value) if isinstance(value, tuple) else value))


def _folder(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: --format csv and parquet write nodes and edges files into a folder, not a file")
    out.mkdir(parents=True, exist_ok=True)
    return out


def export_table(G: nx.MultiDiGraph, out: str | os.PathLike, fmt: str, *, bom: bool = False) -> TableExport:
    """Write ``G`` as ``fmt`` (one of :data:`TABLE_FORMATS`) to ``out`` (a folder for csv and
    parquet, a file for graphml and gexf)."""
    out = Path(out)
    if fmt == "csv":
        folder = _folder(out)
        paths = (
            write_csv(node_rows(G), node_columns(G), folder / "nodes.csv", bom=bom),
            write_csv(edge_rows(G), edge_columns(G), folder / "edges.csv", bom=bom),
        )
    elif fmt == "parquet":
        from policykg.tabular.dataframes import frames  # pandas and pyarrow: an optional extra

        folder = _folder(out)
        nodes, edges = frames(G)
        paths = (folder / "nodes.parquet", folder / "edges.parquet")
        nodes.to_parquet(paths[0], index=False)
        edges.to_parquet(paths[1], index=False)
    elif fmt in FILE_FORMATS:
        out.parent.mkdir(parents=True, exist_ok=True)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(flat_graph(G), out)
        paths = (out,)
    else:
        raise InputError(f"unknown table format {fmt!r}; one of {', '.join(TABLE_FORMATS)}")
    return TableExport(paths, G.number_of_nodes(), G.number_of_edges())
