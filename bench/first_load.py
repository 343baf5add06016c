"""A first load into Neo4j, three ways side by side on the same server and graph, in one run (issue 15).

* ``merge``: the incremental path (constraints first, ``UNWIND … MERGE`` batches), into an emptied
  database — what ``policykg build --neo4j … --replace`` did before the first-load path;
* ``create``: the first-load path ``load_graph`` now takes by itself in an empty database
  (``CREATE`` nodes, constraints and indexes built once, ``CREATE`` relationships), after
  ``--replace`` (the constraints of earlier loads still exist);
* ``create, new database``: the same into a database without constraints or indexes (as a new one);
* ``neo4j-admin import`` (``--admin-import``): CSV export, server stopped, offline import, server
  started, constraints — bench/run.py's ``admin_import`` (it replaces the database).

Each load starts from an emptied database (emptying is not timed); a 3,000-node slice is loaded
first, untimed, to warm the server up.  Every load is checked: node and relationship counts in the
database equal the graph's.  The server must be running (``policykg neo4j start --bolt-port P``).
Rounds alternate the order of the loads (MERGE first, then last), and every load records the CPU
seconds of the server (``/proc/<pid>/stat`` of the pid in ``home/run/neo4j.pid``) and of this
client: on a shared machine wall-clock time follows the other tenants, CPU seconds the work done.

    python3 bench/first_load.py bench/data/build-100000 --home .neo4j --port 7710 --repeat 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def _driver(home: Path, port: int):
    from policykg.neo4j.connection import connection_settings, open_driver

    password = (home / "password").read_text(encoding="utf-8").strip()
    return open_driver(connection_settings(uri=f"bolt://127.0.0.1:{port}", password=password, home=home))


def _empty(driver, *, drop_schema: bool) -> None:
    from policykg.neo4j import cypher
    from policykg.ontology.schema import NODE_LABELS

    with driver.session(notifications_min_severity="OFF") as s:
        s.run(cypher.DELETE_ALL, batch_size=10000).consume()
        if drop_schema:
            for label in NODE_LABELS:
                s.run(f"DROP CONSTRAINT {cypher.constraint_name(label)} IF EXISTS").consume()
                for index in cypher.create_lookup_indexes(label):
                    name = index.split()[2]  # CREATE INDEX <name> IF NOT EXISTS …
                    s.run(f"DROP INDEX {name} IF EXISTS").consume()


def _server_cpu(home: Path) -> float | None:
    """CPU seconds (user + system) the server has used so far, or None when it cannot be read."""
    try:
        pid = int((home / "run" / "neo4j.pid").read_text(encoding="utf-8").strip())
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except (OSError, ValueError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_load(G, driver, *, method: str, batch_size: int, home: Path | None = None) -> dict:
    """Empty the database (untimed), then load ``G`` by ``method``; seconds and counts."""
    from policykg.neo4j import cypher
    from policykg.neo4j.load import load_graph

    _empty(driver, drop_schema=method == "create, new database")
    marks: list[tuple[str, float]] = []
    server0 = _server_cpu(home) if home else None
    client0 = time.process_time()
    t0 = time.perf_counter()
    summary = load_graph(
        G,
        driver,
        progress=False,
        batch_size=batch_size,
        first_load=None if method != "merge" else False,
        on_batch=lambda b, n: marks.append((b.kind, time.perf_counter())),
    )
    seconds = time.perf_counter() - t0
    client_cpu = time.process_time() - client0
    server1 = _server_cpu(home) if home else None
    nodes_done = max((t for k, t in marks if k == "nodes"), default=t0)
    with driver.session(notifications_min_severity="OFF") as s:
        nodes = s.run(cypher.COUNT_NODES).single()["count"]
        rels = s.run(cypher.COUNT_RELATIONSHIPS).single()["count"]
    if (nodes, rels) != (G.number_of_nodes(), G.number_of_edges()):
        raise RuntimeError(
            f"{method}: {nodes} nodes, {rels} relationships in the database; the graph has "
            f"{G.number_of_nodes()}, {G.number_of_edges()}"
        )
    return {
        "method": method,
        "path_taken": summary.method,
        "seconds": round(seconds, 2),
        "until_last_node_batch": round(nodes_done - t0, 2),  # schema (merge path) and nodes
        "after_last_node_batch": round(t0 + seconds - nodes_done, 2),  # schema (create path) and relationships
        "nodes": nodes,
        "relationships": rels,
        "rows_per_s": round((nodes + rels) / seconds, 1),
        "client_cpu_seconds": round(client_cpu, 2),
        "server_cpu_seconds": None if server0 is None or server1 is None else round(server1 - server0, 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def run(graph_dir: Path, *, home: Path, port: int, repeat: int, batch_size: int, admin: bool) -> dict:
    from policykg.graph.io import read_graph
    from policykg.neo4j.load import load_graph

    G = read_graph(graph_dir)
    out: dict = {
        "graph": str(graph_dir),
        "nodes": G.number_of_nodes(),
        "relationships": G.number_of_edges(),
        "batch_size": batch_size,
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
        "loads": [],
    }
    driver = _driver(home, port)
    try:
        load_graph(G.subgraph(list(G.nodes)[:3000]).copy(), driver, replace=True, progress=False)  # warm-up
        methods = ("merge", "create", "create, new database")
        for round_no in range(repeat):
            for method in methods if round_no % 2 == 0 else methods[::-1]:  # alternate the order
                out["loads"].append(timed_load(G, driver, method=method, batch_size=batch_size, home=home))
                print(json.dumps(out["loads"][-1], ensure_ascii=False), flush=True)
    finally:
        driver.close()
    if admin:
        from run import admin_import

        out["admin_import"] = admin_import(graph_dir, home, port)
    out["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    best = {m: min(x["seconds"] for x in out["loads"] if x["method"] == m) for m in {x["method"] for x in out["loads"]}}
    out["best_seconds"] = best
    out["speedup_create_over_merge"] = round(best["merge"] / best["create"], 2)
    out["speedup_new_database_over_merge"] = round(best["merge"] / best["create, new database"], 2)
    # the same ratios in CPU seconds (server + client), the figure the other tenants do not move
    cpu = {
        m: min(x["client_cpu_seconds"] + (x["server_cpu_seconds"] or 0.0) for x in out["loads"] if x["method"] == m)
        for m in best
    }
    out["best_cpu_seconds"] = {m: round(c, 2) for m, c in cpu.items()}
    rounds = [out["loads"][i : i + 3] for i in range(0, len(out["loads"]), 3)]
    out["per_round_ratio_create_over_merge"] = [  # MERGE seconds / CREATE seconds, within each round
        round(
            next(x["seconds"] for x in r if x["method"] == "merge")
            / next(x["seconds"] for x in r if x["method"] == "create"),
            2,
        )
        for r in rounds
    ]
    out["cpu_ratio_create_over_merge"] = round(cpu["merge"] / cpu["create"], 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path, help="a build folder (graph.json) or graph.json")
    ap.add_argument("--home", type=Path, default=Path(".neo4j"), help="the server's install (for its password)")
    ap.add_argument("--port", type=int, default=7687, help="its Bolt port on 127.0.0.1")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of the three loads (best of each is reported)")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--admin-import", action="store_true", help="also neo4j-admin import (stops and starts the server)")
    ap.add_argument("--json", default=None, help="also write all figures to this file")
    args = ap.parse_args(argv)
    r = run(
        args.graph,
        home=args.home.resolve(),
        port=args.port,
        repeat=args.repeat,
        batch_size=args.batch_size,
        admin=args.admin_import,
    )
    for m, s in sorted(r["best_seconds"].items()):
        rate = (r["nodes"] + r["relationships"]) / s
        print(f"{m:24s} {s:8.1f} s   {rate:9.0f} rows/s   {r['best_cpu_seconds'][m]:7.1f} CPU-s (server + client)")
    if "admin_import" in r:
        a = r["admin_import"]
        print(
            f"{'neo4j-admin import':24s} {a['import_seconds']:8.1f} s import "
            f"(+ {a['export_seconds']:.1f} s CSV export, {a['constraint_seconds']:.1f} s constraints)"
        )
    print(
        f"first load by CREATE: {r['speedup_create_over_merge']}x the MERGE path "
        f"({r['speedup_new_database_over_merge']}x into a new database); "
        f"CPU seconds of MERGE / CREATE: {r['cpu_ratio_create_over_merge']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
