"""Export a policykg build as CSV files for ``neo4j-admin database import full``.

One file per node label (``nodes-Document.csv`` …) and one per relationship type
(``rels-BASED_ON.csv`` …), each starting with its header line in neo4j-admin's format:

    id:ID,title,doc_number,in_corpus:boolean,issuers:string[],source_line:int,…
    :START_ID,:END_ID,file,line:int,text,…

Node ids are graph.json's ids (``doc:…``, ``agency:…``, ``group:…``), unique across labels, so
one id space serves all files; ``id:ID`` also stores them as the ``id`` property the loader's
constraints and the named queries use.  A property's type is inferred from its values (boolean,
int, float, else string; lists become ``string[]`` etc. joined with ``ARRAY_DELIMITER``).  A
property missing from a node is an empty field, which neo4j-admin leaves unset — the same as
graph.json's "absent" (the loader never writes nulls either).

The result is equivalent to what ``load_graph`` writes (``bench/run.py --admin-import`` checks
counts); ``import_command`` prints the neo4j-admin command line.

    python3 bench/export_admin_csv.py out/ --to /tmp/admin-csv
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ARRAY_DELIMITER = "|"
DEFAULT_DELIMITER = ","


def _scalar_type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _column_type(values) -> str:
    """neo4j-admin type of one property over all its (non-null) values: boolean, long, double,
    string, or an array of one of these; mixed types fall back to string."""
    kinds = set()
    is_list = False
    for v in values:
        if isinstance(v, (list, tuple)):
            is_list = True
            kinds.update(_scalar_type(x) for x in v)
        else:
            kinds.add(_scalar_type(v))
    if kinds == {"long", "double"}:
        kind = "double"
    elif len(kinds) == 1:
        kind = kinds.pop()
    else:
        kind = "string"
    return kind + ("[]" if is_list else "")


def _field(value, kind: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, (list, tuple)) else [value]
        out = []
        for x in items:
            s = _field(x, kind[:-2])
            if ARRAY_DELIMITER in s:
                raise ValueError(f"list element {s!r} holds the array delimiter {ARRAY_DELIMITER!r}")
            out.append(s)
        return ARRAY_DELIMITER.join(out)
    if kind == "boolean":
        return "true" if value else "false"
    return str(value)


def _header_name(prop: str, kind: str) -> str:
    return prop if kind == "string" else f"{prop}:{kind}"


def export(data: dict, out: Path) -> dict:
    """Write the CSV files of a graph.json dict into ``out``; returns {file: rows}."""
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("nodes-*.csv")) + list(out.glob("rels-*.csv")):
        old.unlink()
    written: dict[str, int] = {}
    by_label: dict[str, list[dict]] = defaultdict(list)
    for n in data["nodes"]:
        by_label[n["label"]].append(n)
    for label, nodes in sorted(by_label.items()):
        props: dict[str, list] = defaultdict(list)
        for n in nodes:
            for k, v in n.get("properties", {}).items():
                if k != "id" and v is not None:
                    props[k].append(v)
        cols = [(k, _column_type(vs)) for k, vs in sorted(props.items())]
        path = out / f"nodes-{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=DEFAULT_DELIMITER)
            w.writerow(["id:ID"] + [_header_name(k, t) for k, t in cols])
            for n in nodes:
                p = n.get("properties", {})
                w.writerow([n["id"]] + [_field(p.get(k), t) for k, t in cols])
        written[path.name] = len(nodes)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for e in data["edges"]:
        by_type[e["type"]].append(e)
    for rtype, edges in sorted(by_type.items()):
        props = defaultdict(list)
        for e in edges:
            for k, v in e.get("properties", {}).items():
                if v is not None:
                    props[k].append(v)
        cols = [(k, _column_type(vs)) for k, vs in sorted(props.items())]
        path = out / f"rels-{rtype}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=DEFAULT_DELIMITER)
            w.writerow([":START_ID", ":END_ID"] + [_header_name(k, t) for k, t in cols])
            for e in edges:
                p = e.get("properties", {})
                w.writerow([e["source"], e["target"]] + [_field(p.get(k), t) for k, t in cols])
        written[path.name] = len(edges)
    return written


def import_args(csv_dir: Path, database: str = "neo4j") -> list[str]:
    """Arguments of ``neo4j-admin`` importing the files of ``csv_dir`` into ``database``."""
    args = [
        "database",
        "import",
        "full",
        database,
        "--overwrite-destination=true",
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--multiline-fields=true",
    ]
    for f in sorted(csv_dir.glob("nodes-*.csv")):
        args.append(f"--nodes={f.stem[len('nodes-') :]}={f}")
    for f in sorted(csv_dir.glob("rels-*.csv")):
        args.append(f"--relationships={f.stem[len('rels-') :]}={f}")
    return args


def import_command(csv_dir: Path, database: str = "neo4j") -> str:
    return "neo4j-admin " + " ".join(import_args(csv_dir, database))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="graph.json → CSV files for neo4j-admin database import")
    ap.add_argument("graph", help="a build folder (or graph.json)")
    ap.add_argument("--to", required=True, help="folder for the CSV files")
    args = ap.parse_args(argv)
    g = Path(args.graph)
    g = g / "graph.json" if g.is_dir() else g
    with g.open(encoding="utf-8") as fh:
        data = json.load(fh)
    written = export(data, Path(args.to))
    for name, rows in written.items():
        print(f"{name}: {rows} rows")
    print("then, with the database stopped:\n  " + import_command(Path(args.to)))
    print(
        "and afterwards create the uniqueness constraints (policykg load does it; or run the loader once).",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
