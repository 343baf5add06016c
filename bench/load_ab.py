"""Time ``load_graph`` on a build, e.g. with and without the driver's Rust extension.

Loads the graph twice into the bench's Neo4j server (bench/data/neo4j, port 7697; it must be
running: ``python3 bench/run.py … --keep-neo4j`` leaves it so) — the first load warms the server
up — and prints the second one's figures, including the CPU seconds this Python process spent
(planning rows and packing them for Bolt) and whether ``neo4j-rust-ext`` was active.

    pip install --target /tmp/rustext "neo4j-rust-ext==$(python3 -c 'import neo4j; print(neo4j.__version__)')"
    python3 bench/load_ab.py bench/data/synthetic-20000.graph
    PYTHONPATH=/tmp/rustext python3 bench/load_ab.py bench/data/synthetic-20000.graph
    PYTHONPATH=/tmp/rustext python3 bench/load_ab.py bench/data/synthetic-20000.graph --create
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as R  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", help="a build folder holding graph.json")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument(
        "--create",
        action="store_true",
        help="what-if: relationships with CREATE instead of MERGE (right only into an empty database)",
    )
    ap.add_argument("--neo4j-home", default=str(R.DATA / "neo4j"))
    ap.add_argument("--bolt-port", type=int, default=R.BENCH_BOLT_PORT)
    args = ap.parse_args(argv)
    import neo4j

    from policykg.graph.io import read_graph

    try:
        import neo4j._rust  # noqa: F401  (present when neo4j-rust-ext is installed)

        rust = True
    except ImportError:
        rust = False
    if args.create:
        from policykg.neo4j import cypher

        merge = cypher.merge_relationships
        cypher.merge_relationships = lambda *a: merge(*a).replace("MERGE (a)-[r:", "CREATE (a)-[r:")
    G = read_graph(args.graph)
    driver = R._driver(Path(args.neo4j_home).resolve(), args.bolt_port)
    try:
        R._timed_load(G, driver, args.batch_size)
        result = R._timed_load(G, driver, args.batch_size)
    finally:
        driver.close()
    print(
        json.dumps({"driver": neo4j.__version__, "rust_ext": rust, "create": args.create, **result}, ensure_ascii=False)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
