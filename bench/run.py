"""policykg benchmark harness: prints figures, asserts nothing about time.

Every measurement runs in a child process of its own (``python3 bench/run.py _child …``), so
peak RSS (``resource.getrusage``) belongs to that measurement alone; a child with a process pool
also reports the largest worker's peak (RUSAGE_CHILDREN).

Parts (each can be skipped):

* **build** — parse + build throughput (MB/s, documents/s, CPU seconds) and peak RSS with
  ``--jobs 1`` and ``--jobs 2`` on the sample corpus (data/corpus), on a corpus given by
  ``--extra PATH`` (read where it lies, never copied) and on a synthetic corpus of ``--docs N``
  documents written by bench/generate.py (kept in bench/data/synthetic-N and reused);
* **neo4j** — relationships/s of the project's batched loader (``load_graph``, UNWIND batches)
  against a naive baseline (one auto-commit statement per relationship, on a sample of
  ``--naive-rels`` of the same relationships), in the same run on the same synthetic graph, on a
  Neo4j server of the bench's own (bench/data/neo4j, port 7697; installed and started when
  needed, stopped afterwards unless ``--keep-neo4j``);
* **queries** — median and 95th percentile latency of the named queries ``lineage_up`` and
  ``supersession`` on random documents that have a lineage / a supersession chain, in Neo4j
  (as shipped, then with extra indexes on Document.doc_number and Document.title that the bench
  creates and drops) and in the in-memory backend.

    python3 bench/run.py --docs 20000 --extra /work/shared/corpus-extra/lawrefbook
    python3 bench/run.py --docs 100000 --no-neo4j
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
AS_OF = "2025-01-01"  # fixed, so every run builds the same graph
BENCH_BOLT_PORT = 7697
RESULT_TAG = "BENCH-RESULT "
LINEAGE_TYPES = ("BASED_ON", "IMPLEMENTS")


# ----------------------------------------------------------------------------- helpers


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _cpu_s() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def _files_bytes(paths: list[str]) -> tuple[int, int]:
    from policykg.loaders.reading import iter_input_files

    files, _ = iter_input_files(paths)
    return len(files), sum(os.path.getsize(f) for f in files)


def _percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _emit(result: dict) -> None:
    result["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    print(RESULT_TAG + json.dumps(result, ensure_ascii=False), flush=True)


# ----------------------------------------------------------------------------- children


def child_build(paths: list[str], jobs: int, save: str | None) -> dict:
    """Parse and build once; figures for the whole and for each phase."""
    from policykg.graph.build import graph_from_parsed, parse_files

    n_files, n_bytes = _files_bytes(paths)
    load0 = os.getloadavg()[0]
    cpu0, t0 = _cpu_s(), time.perf_counter()
    parsed, missing = parse_files(paths, jobs=jobs)
    t1 = time.perf_counter()
    G = graph_from_parsed(parsed, missing=missing, as_of=AS_OF)
    t2 = time.perf_counter()
    cpu = _cpu_s() - cpu0
    rep = G.graph["report"]
    out = {
        "paths": paths,
        "jobs": jobs,
        "load_average_1m_at_start": round(load0, 2),
        "files": n_files,
        "bytes": n_bytes,
        "documents": rep.documents,
        "cited_only": rep.cited_only,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "edge_types": dict(sorted(rep.edges.items())),
        "parse_s": round(t1 - t0, 3),
        "graph_s": round(t2 - t1, 3),
        "wall_s": round(t2 - t0, 3),
        "cpu_s": round(cpu, 3),
        "peak_rss_mb": round(_rss_mb(resource.RUSAGE_SELF), 1),
        "peak_worker_rss_mb": round(_rss_mb(resource.RUSAGE_CHILDREN), 1),
    }
    from policykg.graph.io import generate_graph_json

    data = generate_graph_json(G)
    out["graph_digest"] = hashlib.sha256(
        json.dumps([data["nodes"], data["edges"]], ensure_ascii=False, sort_keys=True).encode("utf-8")
    ).hexdigest()[:16]
    del data
    if save:
        from policykg.graph.io import write_graph

        del parsed
        write_graph(G, save, meta={"bench": True, "as_of": AS_OF})
    return out


def _driver(home: Path, port: int):
    from policykg.neo4j.connection import connection_settings, open_driver

    password = (home / "password").read_text(encoding="utf-8").strip()
    return open_driver(connection_settings(uri=f"bolt://127.0.0.1:{port}", password=password, home=home))


# The naive baseline: one statement, one auto-commit transaction, one round trip per relationship.
def naive_statement(rel_type: str, source_label: str, target_label: str) -> str:
    return (
        f"MATCH (a:{source_label} {{id: $source}}) MATCH (b:{target_label} {{id: $target}}) "
        f"MERGE (a)-[r:{rel_type}]->(b) SET r = $props"
    )


def _clear(session) -> None:
    from policykg.neo4j import cypher

    session.run(cypher.DELETE_ALL, batch_size=10000).consume()


def _timed_load(G, driver, batch_size: int) -> dict:
    """load_graph into an emptied database; the relationship phase timed from its batch marks."""
    from policykg.neo4j import cypher
    from policykg.neo4j.load import load_graph

    marks: list[tuple[str, float, int]] = []
    cpu0 = _cpu_s()
    started = time.perf_counter()
    summary = load_graph(
        G,
        driver,
        replace=True,
        progress=False,
        batch_size=batch_size,
        on_batch=lambda b, n: marks.append((b.kind, time.perf_counter(), n)),
    )
    node_end = max((t for k, t, _ in marks if k == "nodes"), default=started)
    rel_end = max((t for k, t, _ in marks if k == "relationships"), default=node_end)
    rel_s = rel_end - node_end
    client_cpu = _cpu_s() - cpu0
    with driver.session(notifications_min_severity="OFF") as s:
        in_db = s.run(cypher.COUNT_RELATIONSHIPS).single()["count"]
    return {
        "batch_size": batch_size,
        "nodes": summary.nodes,
        "relationships": summary.relationships,
        "total_seconds": summary.seconds,
        "relationship_seconds": round(rel_s, 3),
        "rel_per_s": round(summary.relationships / rel_s, 1),
        "rows_per_s_overall": round((summary.nodes + summary.relationships) / summary.seconds, 1),
        "relationships_in_db": in_db,
        "client_cpu_seconds": round(client_cpu, 2),  # this Python process (planning, driver, packing)
    }


def child_neo4j(
    graph_dir: str,
    home: str,
    port: int,
    naive_rels: int,
    samples: int,
    seed: int,
    skip_queries: bool,
    batch_sizes: list[int] = (1000,),
) -> dict:
    from policykg.graph.io import read_graph
    from policykg.neo4j import cypher
    from policykg.neo4j.load import load_graph, plan_batches
    from policykg.ontology.schema import NODE_LABELS

    G = read_graph(graph_dir)
    out: dict = {
        "graph": graph_dir,
        "nodes": G.number_of_nodes(),
        "relationships": G.number_of_edges(),
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }
    driver = _driver(Path(home), port)
    try:
        # -- warm-up (not measured): a fresh server compiles plans and JIT-compiles its code on first use
        warm = G.subgraph(list(G.nodes)[:3000]).copy()
        load_graph(warm, driver, replace=True, progress=False)
        # -- naive baseline: nodes in batches (not measured), then relationships one by one
        batches = plan_batches(G)
        rel_rows = [(b, row) for b in batches if b.kind == "relationships" for row in b.rows]
        rng = random.Random(seed)
        sample = rng.sample(rel_rows, min(naive_rels, len(rel_rows)))
        with driver.session(notifications_min_severity="OFF") as s:
            _clear(s)
            for label in sorted(NODE_LABELS):
                s.run(cypher.create_constraint(label)).consume()
            for b in batches:
                if b.kind == "nodes":
                    s.execute_write(lambda tx, q=b.query, rows=list(b.rows): tx.run(q, rows=rows).consume())
            statements = {}
            t0 = time.perf_counter()
            for b, row in sample:
                key = b.query
                if key not in statements:
                    src = G.nodes[row["source"]]["label"]
                    tgt = G.nodes[row["target"]]["label"]
                    statements[key] = naive_statement(b.name, src, tgt)
                s.run(statements[key], source=row["source"], target=row["target"], props=row["props"]).consume()
            naive_s = time.perf_counter() - t0
        out["naive"] = {
            "relationships": len(sample),
            "seconds": round(naive_s, 3),
            "rel_per_s": round(len(sample) / naive_s, 1),
        }

        # -- the project's loader, from an empty database (first size: the headline figure)
        out["batched_by_size"] = [_timed_load(G, driver, size) for size in reversed(batch_sizes)][::-1]
        out["batched"] = out["batched_by_size"][0]
        out["speedup"] = round(out["batched"]["rel_per_s"] / out["naive"]["rel_per_s"], 1)
        if not skip_queries:
            out["queries"] = query_latencies(G, driver, samples, seed)
    finally:
        driver.close()
    return out


def _lineage_docs(G) -> list[str]:
    return sorted(
        n
        for n, a in G.nodes(data=True)
        if a.get("label") == "Document"
        and a.get("in_corpus")
        and any(k in LINEAGE_TYPES for _, _, k in G.out_edges(n, keys=True))
    )


def _supersession_docs(G) -> list[str]:
    return sorted(
        n
        for n, a in G.nodes(data=True)
        if a.get("label") == "Document"
        and any(k == "SUPERSEDES" for _, _, k in list(G.out_edges(n, keys=True)) + list(G.in_edges(n, keys=True)))
    )


def _latency(run, docs: list[str], warmup: int = 5) -> dict:
    for d in docs[:warmup]:
        run(d)
    times, rows = [], []
    for d in docs[warmup:]:
        t0 = time.perf_counter()
        n = run(d)
        times.append((time.perf_counter() - t0) * 1000)
        rows.append(n)
    return {
        "runs": len(times),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(_percentile(times, 0.95), 2),
        "max_ms": round(max(times), 2),
        "mean_rows": round(sum(rows) / len(rows), 1),
    }


def query_latencies(G, driver, samples: int, seed: int) -> dict:
    from policykg.queries.runner import get_query, run_memory, run_neo4j

    rng = random.Random(seed)
    picks = {
        "lineage_up": rng.sample(_lineage_docs(G), min(samples + 5, len(_lineage_docs(G)))),
        "supersession": rng.sample(_supersession_docs(G), min(samples + 5, len(_supersession_docs(G)))),
    }
    out: dict = {}
    for name, docs in picks.items():
        q = get_query(name)
        params = (lambda d: {"doc": d, "level": ""}) if name == "lineage_up" else (lambda d: {"doc": d})
        res: dict = {"candidates_with_chain": len(docs)}
        # q and params are bound as defaults: each lambda keeps this iteration's query (B023).
        res["memory"] = _latency(lambda d, q=q, params=params: len(run_memory(q, params(d), G).rows), docs)
        res["neo4j"] = _latency(
            lambda d, q=q, params=params: len(run_neo4j(q, params(d), driver, timeout=120).rows), docs
        )
        # same answers?
        diff = sum(
            1
            for d in docs[:20]
            if run_memory(q, params(d), G).rows != run_neo4j(q, params(d), driver, timeout=120).rows
        )
        res["answers_differ"] = f"{diff} of {min(20, len(docs))}"
        out[name] = res
    # The named queries find their start by `d.id = $doc OR d.doc_number = $doc OR d.title = $doc`;
    # only id has an index (the uniqueness constraint).  Measure again with the other two indexed.
    with driver.session(notifications_min_severity="OFF") as s:
        s.run("CREATE INDEX bench_document_doc_number IF NOT EXISTS FOR (d:Document) ON (d.doc_number)").consume()
        s.run("CREATE INDEX bench_document_title IF NOT EXISTS FOR (d:Document) ON (d.title)").consume()
        s.run("CALL db.awaitIndexes(300)").consume()
    try:
        for name, docs in picks.items():
            q = get_query(name)
            params = (lambda d: {"doc": d, "level": ""}) if name == "lineage_up" else (lambda d: {"doc": d})
            out[name]["neo4j_with_indexes"] = _latency(
                lambda d, q=q, params=params: len(run_neo4j(q, params(d), driver, timeout=120).rows), docs
            )
    finally:
        with driver.session(notifications_min_severity="OFF") as s:
            s.run("DROP INDEX bench_document_doc_number IF EXISTS").consume()
            s.run("DROP INDEX bench_document_title IF EXISTS").consume()
    return out


def child_memory_queries(graph_dir: str, samples: int, seed: int) -> dict:
    from policykg.graph.io import read_graph
    from policykg.queries.runner import get_query, run_memory

    G = read_graph(graph_dir)
    rng = random.Random(seed)
    out: dict = {}
    for name, pool in (("lineage_up", _lineage_docs(G)), ("supersession", _supersession_docs(G))):
        docs = rng.sample(pool, min(samples + 5, len(pool)))
        q = get_query(name)
        params = (lambda d: {"doc": d, "level": ""}) if name == "lineage_up" else (lambda d: {"doc": d})
        out[name] = {
            "candidates_with_chain": len(pool),
            "memory": _latency(lambda d, q=q, params=params: len(run_memory(q, params(d), G).rows), docs),
        }
    return out


CHILDREN = {"build": child_build, "neo4j": child_neo4j, "memory_queries": child_memory_queries}


def run_child(kind: str, **kwargs) -> dict:
    """Run one measurement in a fresh interpreter and return its figures."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", kind, json.dumps(kwargs, ensure_ascii=False)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_TAG):
            return json.loads(line[len(RESULT_TAG) :])
    raise RuntimeError(f"child {kind} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


# ----------------------------------------------------------------------------- parent


def _fmt_build(label: str, r: dict) -> str:
    mb = r["bytes"] / 1e6
    per_core = mb / r["wall_s"] / r["jobs"]
    return (
        f"  {label:<28} jobs={r['jobs']}  {r['files']:>5} files {mb:8.1f} MB {r['documents']:>7} docs  "
        f"wall {r['wall_s']:7.1f} s (parse {r['parse_s']:.1f} + graph {r['graph_s']:.1f})  "
        f"{mb / r['wall_s']:5.2f} MB/s ({per_core:4.2f}/core, {mb / r['cpu_s']:4.2f}/CPU-s)  "
        f"{r['documents'] / r['wall_s']:7.0f} docs/s  peak RSS {r['peak_rss_mb']:.0f} MB"
        + (f" + worker {r['peak_worker_rss_mb']:.0f} MB" if r["jobs"] > 1 else "")
    )


def admin_import(graph_dir: Path, home: Path, port: int) -> dict:
    """Stop the bench's server, ``neo4j-admin database import full`` the graph's CSV export, start
    it again, add the loader's constraints and count what arrived."""
    from policykg.neo4j import cypher
    from policykg.neo4j import server as ns
    from policykg.ontology.schema import NODE_LABELS

    sys.path.insert(0, str(BENCH))
    from export_admin_csv import export, import_args

    csv_dir = DATA / (graph_dir.name + ".admin-csv")
    t0 = time.perf_counter()
    with (graph_dir / "graph.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    written = export(data, csv_dir)
    export_s = time.perf_counter() - t0
    n_nodes, n_rels = len(data["nodes"]), len(data["edges"])
    del data
    ns.stop(home)
    cmd = [ns.find_java(), "-cp", str(home / "lib" / "*"), ns.ADMIN_TOOL, *import_args(csv_dir)]
    t1 = time.perf_counter()
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=home,
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
    )
    import_s = time.perf_counter() - t1
    if proc.returncode != 0:
        raise RuntimeError(f"neo4j-admin import failed:\n{(proc.stdout + proc.stderr)[-3000:]}")
    ns.start(home, bolt_port=port, heap="2g", pagecache="1g")
    driver = _driver(home, port)
    try:
        with driver.session(notifications_min_severity="OFF") as s:
            t2 = time.perf_counter()
            for label in sorted(NODE_LABELS):
                s.run(cypher.create_constraint(label)).consume()
            s.run("CALL db.awaitIndexes(600)").consume()
            constraint_s = time.perf_counter() - t2
            nodes_in_db = s.run(cypher.COUNT_NODES).single()["count"]
            rels_in_db = s.run(cypher.COUNT_RELATIONSHIPS).single()["count"]
    finally:
        driver.close()
    return {
        "csv_files": written,
        "export_seconds": round(export_s, 2),
        "import_seconds": round(import_s, 2),
        "constraint_seconds": round(constraint_s, 2),
        "nodes": n_nodes,
        "relationships": n_rels,
        "nodes_in_db": nodes_in_db,
        "relationships_in_db": rels_in_db,
        "rel_per_s_import": round(n_rels / import_s, 1),
        "rel_per_s_with_export": round(n_rels / (import_s + export_s + constraint_s), 1),
    }


def ensure_neo4j(home: Path, port: int) -> bool:
    """Install and start the bench's own server; True when this call started it."""
    from policykg.neo4j import server as ns

    if not ns.is_installed(home):
        print(f"  installing Neo4j into {home} …", flush=True)
        ns.install(home)
    if ns.status(home).running:
        return False
    print(f"  starting Neo4j ({home}, bolt port {port}) …", flush=True)
    ns.start(home, bolt_port=port, heap="2g", pagecache="1g")
    return True


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="policykg benchmarks (prints figures)")
    ap.add_argument("--docs", type=int, default=100_000, help="synthetic corpus size (default 100000)")
    ap.add_argument("--extra", action="append", default=[], help="another corpus folder, read in place (repeatable)")
    ap.add_argument("--sample", default=str(ROOT / "data" / "corpus"), help="the sample corpus (default data/corpus)")
    ap.add_argument("--jobs", default="1,2", help="process counts to compare (default 1,2)")
    ap.add_argument("--no-build", action="store_true", help="skip the build throughput part")
    ap.add_argument("--no-synthetic", action="store_true", help="skip the synthetic corpus entirely")
    ap.add_argument("--no-neo4j", action="store_true", help="skip Neo4j loading and Neo4j query latency")
    ap.add_argument("--no-queries", action="store_true", help="skip query latency")
    ap.add_argument("--naive-rels", type=int, default=2000, help="relationships written by the naive baseline")
    ap.add_argument("--samples", type=int, default=100, help="documents per latency measurement")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--neo4j-home", default=str(DATA / "neo4j"))
    ap.add_argument("--bolt-port", type=int, default=BENCH_BOLT_PORT)
    ap.add_argument(
        "--batch-sizes",
        default="1000",
        help="load_graph batch sizes to time, comma-separated; the first is the headline (default 1000)",
    )
    ap.add_argument(
        "--admin-import",
        action="store_true",
        help="also bulk-load the synthetic graph with neo4j-admin import (CSV export; replaces the bench's database)",
    )
    ap.add_argument("--keep-neo4j", action="store_true", help="leave the bench's Neo4j running")
    ap.add_argument("--json", default=None, help="also write all figures to this file")
    return ap


def _code_and_commit() -> tuple[Path, str]:
    """The policykg checkout being measured and its commit."""
    import policykg.graph.build as build_module

    code = Path(build_module.__file__).resolve().parents[2]
    if (code / "COMMIT").exists():  # a frozen copy: git archive HEAD policykg | tar -x -C DIR; echo … > DIR/COMMIT
        head = (code / "COMMIT").read_text().strip()
    else:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=code
        ).stdout.strip()
    return code, head


def _synthetic(args, syn_dir: Path, results: dict) -> None:
    manifest = syn_dir / "manifest.json"
    if not manifest.exists() or json.loads(manifest.read_text())["documents"] != args.docs:
        print(f"generating {args.docs} synthetic documents into {syn_dir} …", flush=True)
        sys.path.insert(0, str(BENCH))
        from generate import generate

        generate(syn_dir, args.docs, quiet=True)
    results["synthetic_manifest"] = json.loads(manifest.read_text())
    m = results["synthetic_manifest"]
    print(
        f"synthetic corpus: {m['documents']} documents, {m['files']} files, {m['bytes'] / 1e6:.1f} MB, "
        f"planted {m['planted_references']}"
    )


def _builds(args, corpora: list, syn_dir: Path, graph_dir: Path, results: dict) -> None:
    jobs = [int(j) for j in args.jobs.split(",")]
    print("\nparse + build (one child process per run):", flush=True)
    results["build"] = []
    for label, path in corpora:
        for j in jobs:
            save = str(graph_dir) if path == str(syn_dir) and j == jobs[0] else None
            r = run_child("build", paths=[path], jobs=j, save=save)
            r["label"] = label
            results["build"].append(r)
            print(_fmt_build(label, r), flush=True)
        rs = [r for r in results["build"] if r["label"] == label]
        if len(rs) > 1:
            same = len({r["graph_digest"] for r in rs}) == 1
            print(
                f"  {'':<28} scaling jobs={rs[0]['jobs']}→{rs[-1]['jobs']}: "
                f"{rs[0]['wall_s'] / rs[-1]['wall_s']:.2f}× faster; "
                f"{'same graph' if same else 'DIFFERENT graphs'} (digest of graph.json nodes and edges)",
                flush=True,
            )
    syn = [r for r in results["build"] if r["label"].startswith("synthetic")]
    if syn:
        m = results["synthetic_manifest"]
        print(
            f"  synthetic check: {syn[0]['documents']} documents found of {m['documents']} written; "
            f"edges {syn[0]['edge_types']} (planted {m['planted_references']})"
        )


def _neo4j(args, graph_dir: Path, results: dict) -> None:
    home = Path(args.neo4j_home).resolve()
    print(f"\nNeo4j ({args.docs}-document synthetic graph):", flush=True)
    started = ensure_neo4j(home, args.bolt_port)
    try:
        r = run_child(
            "neo4j",
            graph_dir=str(graph_dir),
            home=str(home),
            port=args.bolt_port,
            naive_rels=args.naive_rels,
            samples=args.samples,
            seed=args.seed,
            skip_queries=args.no_queries,
            batch_sizes=[int(x) for x in args.batch_sizes.split(",")],
        )
        if args.admin_import:
            r["admin_import"] = admin_import(graph_dir, home, args.bolt_port)
    finally:
        if started and not args.keep_neo4j:
            from policykg.neo4j import server as ns

            ns.stop(home)
    results["neo4j"] = r
    _print_neo4j(r)


def _print_neo4j(r: dict) -> None:
    b, n = r["batched"], r["naive"]
    print(
        f"  batched load_graph: {b['nodes']} nodes + {b['relationships']} relationships in "
        f"{b['total_seconds']:.1f} s; relationships phase {b['relationship_seconds']:.1f} s = "
        f"{b['rel_per_s']:,.0f} rel/s (in DB afterwards: {b['relationships_in_db']}; "
        f"client CPU {b['client_cpu_seconds']:.1f} s)"
    )
    for x in r["batched_by_size"][1:]:
        print(
            f"  batched load_graph with batch_size={x['batch_size']}: relationships phase "
            f"{x['relationship_seconds']:.1f} s = {x['rel_per_s']:,.0f} rel/s"
        )
    print(
        f"  naive one statement per row: {n['relationships']} relationships in {n['seconds']:.1f} s = "
        f"{n['rel_per_s']:,.0f} rel/s"
    )
    print(f"  ratio batched / naive: {r['speedup']}×")
    if "admin_import" in r:
        a = r["admin_import"]
        print(
            f"  neo4j-admin import: CSV export {a['export_seconds']:.1f} s, import {a['import_seconds']:.1f} s "
            f"= {a['rel_per_s_import']:,.0f} rel/s ({a['rel_per_s_with_export']:,.0f} rel/s with export and "
            f"constraints); in DB: {a['nodes_in_db']} nodes, {a['relationships_in_db']} relationships"
        )
    for name, q in r.get("queries", {}).items():
        for backend in ("neo4j", "neo4j_with_indexes", "memory"):
            x = q[backend]
            print(
                f"  {name:<13} {backend:<19} median {x['median_ms']:8.2f} ms  p95 {x['p95_ms']:8.2f} ms  "
                f"max {x['max_ms']:8.2f} ms  ({x['runs']} docs, {x['mean_rows']} rows on average)"
            )
        print(f"  {name:<13} answers differ between backends: {q['answers_differ']}")


def _memory_queries(args, graph_dir: Path, results: dict) -> None:
    print(f"\nin-memory query latency ({args.docs}-document synthetic graph):", flush=True)
    r = run_child("memory_queries", graph_dir=str(graph_dir), samples=args.samples, seed=args.seed)
    results["memory_queries"] = r
    for name, q in r.items():
        if not isinstance(q, dict):
            continue
        x = q["memory"]
        print(
            f"  {name:<13} memory  median {x['median_ms']:8.2f} ms  p95 {x['p95_ms']:8.2f} ms  "
            f"max {x['max_ms']:8.2f} ms  ({x['runs']} docs)"
        )


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child":
        kind, kwargs = argv[1], json.loads(argv[2])
        _emit(CHILDREN[kind](**kwargs))
        return 0
    args = _parser().parse_args(argv)
    code, head = _code_and_commit()
    print(f"policykg from {code} at {head or 'unknown commit'} (uncommitted edits there count too)")
    results: dict = {
        "commit": head,
        "policykg": str(code),
        "args": vars(args),
        "cpus": os.cpu_count(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
    }

    syn_dir = DATA / f"synthetic-{args.docs}"
    graph_dir = DATA / f"synthetic-{args.docs}.graph"
    if not args.no_synthetic:
        _synthetic(args, syn_dir, results)

    corpora = [("sample corpus", args.sample)] + [(Path(e).name, e) for e in args.extra]
    if not args.no_synthetic:
        corpora.append((f"synthetic {args.docs}", str(syn_dir)))
    if not args.no_build:
        _builds(args, corpora, syn_dir, graph_dir, results)

    have_graph = (graph_dir / "graph.json").exists() and not args.no_synthetic
    if have_graph and not args.no_neo4j:
        _neo4j(args, graph_dir, results)
    elif have_graph and not args.no_queries:
        _memory_queries(args, graph_dir, results)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    out = Path(args.json) if args.json else DATA / f"results-{args.docs}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nfigures written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
