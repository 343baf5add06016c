#!/usr/bin/env python3
"""Score policykg's SUPERSEDES edges against the hand-labelled law sample (issue 12).

The gold (``tests/fixtures/law-supersession/gold.json``) names 80 files of the LawRefBook collection by
their path under the collection root, and for each the documents its law repeals (…同时废止), with the
title as cited, the doc number when printed and the line.  The scorer builds the WHOLE collection, as
a user does (resolution against every other law), takes the SUPERSEDES edges whose source document
comes from a sampled file, and matches them to the gold of that file: same doc number, or same title
under ``alias_key`` (中华人民共和国 and a version note aside; 〈〉 and 《》 dropped).  Each gold item and each
edge is matched at most once.

Usage:
    python scripts/score_supersession.py /work/shared/corpus-extra/lawrefbook
    python scripts/score_supersession.py COLLECTION --gold FILE --json OUT --no-cache

The built graph is cached as graph.json in a temporary folder, keyed by the collection path and the
policykg sources (a change under policykg/ builds again).  Prints P, R, F1 and every miss and false
positive (file:line, the cited title or the edge's target and sentence).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx

from policykg.graph.build import build
from policykg.graph.io import read_graph, write_graph
from policykg.keys import alias_key, number_key

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/fixtures/law-supersession/gold.json"
AS_OF = "2025-04-30"
ROLE = "SUPERSEDES"


@dataclass(frozen=True)
class Edge:
    """A SUPERSEDES edge out of a sampled file: where its evidence stands and what it points at."""

    file: str  # relative to the collection root
    line: int
    target: str
    title: str
    doc_number: str | None
    target_date: str | None
    text: str
    source_date: str | None = None


@dataclass(frozen=True)
class GoldItem:
    """One labelled repeal: the cited title (and its other spellings), its number, its line."""

    file: str
    line: int
    title: str
    doc_number: str | None
    aliases: tuple[str, ...] = ()


# ---------------------------------------------------------------- building (cached)


def source_digest(collection: Path) -> str:
    """A key for the cache: the collection's path and every policykg source file."""
    h = hashlib.sha256(str(collection.resolve()).encode())
    for p in sorted((ROOT / "policykg").rglob("*")):
        if p.is_file() and p.suffix in {".py", ".json", ".txt", ".csv", ".yaml", ".yml", ".ttl"}:
            h.update(p.relative_to(ROOT).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def built_graph(collection: Path, *, cache: bool = True) -> nx.MultiDiGraph:
    """The graph of the whole collection as of AS_OF, from the temp cache when it is current."""
    folder = Path(tempfile.gettempdir()) / f"policykg-supersession-{source_digest(collection)}"
    if cache and (folder / "graph.json").exists():
        return read_graph(folder)
    G = build(collection, as_of=AS_OF).graph
    if cache:
        write_graph(G, folder)
    return G


# ---------------------------------------------------------------- gold and edges


def load_gold(path: Path) -> tuple[list[str], list[GoldItem]]:
    """The sampled files (relative paths) and every labelled repeal."""
    data = json.loads(path.read_text(encoding="utf-8"))
    files = [f["path"] for f in data["files"]]
    items = [
        GoldItem(f["path"], s["line"], s["title"], s.get("doc_number"), tuple(s.get("aliases", ())))
        for f in data["files"]
        for s in f["supersedes"]
    ]
    return files, items


def _relative(path: str, collection: Path) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(collection.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def supersedes_edges(G: nx.MultiDiGraph, collection: Path, files: set[str]) -> list[Edge]:
    """SUPERSEDES edges whose source document was read from one of ``files``."""
    out = []
    for u, v, key, a in G.edges(keys=True, data=True):
        if key != ROLE:
            continue
        src = G.nodes[u].get("source_file") or a.get("file") or ""
        rel = _relative(src, collection)
        if rel not in files:
            continue
        t = G.nodes[v]
        title, number, date = t.get("title") or "", t.get("doc_number"), t.get("date")
        out.append(Edge(rel, a.get("line") or 0, v, title, number, date, a.get("text", ""), G.nodes[u].get("date")))
    return sorted(out, key=lambda e: (e.file, e.line, e.target))


# ---------------------------------------------------------------- matching


def matches(edge: Edge, item: GoldItem) -> bool:
    """Same file, a target not younger than the repealing act (a later version of a same-titled act is
    not what it repeals), and the same doc number (both printed) or the same title under ``alias_key``."""
    if edge.file != item.file:
        return False
    if edge.target_date and edge.source_date and edge.target_date > edge.source_date:
        return False
    if edge.doc_number and item.doc_number and number_key(edge.doc_number) == number_key(item.doc_number):
        return True
    keys = {alias_key(t) for t in (item.title, *item.aliases)}
    return bool(edge.title) and alias_key(edge.title) in keys


def match(edges: list[Edge], gold: list[GoldItem]) -> tuple[list[tuple[Edge, GoldItem]], list[Edge], list[GoldItem]]:
    """One-to-one matching, gold in file order: (pairs, false positives, misses).

    >>> g = [GoldItem("a.md", 9, "中华人民共和国外资企业法", None)]
    >>> e = [Edge("a.md", 9, "doc:外资企业法", "外资企业法（2016年修正）", None, None, "…同时废止。")]
    >>> pairs, fp, fn = match(e, g); len(pairs), fp, fn
    (1, [], [])
    """
    left = list(edges)
    pairs, misses = [], []
    for item in gold:
        hit = next((e for e in left if matches(e, item)), None)
        if hit is None:
            misses.append(item)
        else:
            left.remove(hit)
            pairs.append((hit, item))
    return pairs, left, misses


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 when there is nothing to find or nothing found).

    >>> prf(3, 1, 0)
    (0.75, 1.0, 0.8571428571428571)
    """
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- report


def report(pairs, fps: list[Edge], misses: list[GoldItem], n_files: int) -> dict:
    """The scores and every miss and false positive, as a JSON-ready dict."""
    p, r, f = prf(len(pairs), len(fps), len(misses))
    return {
        "files": n_files,
        "gold": len(pairs) + len(misses),
        "predicted": len(pairs) + len(fps),
        "true_positives": len(pairs),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "misses": [asdict(m) for m in misses],
        "false_positives": [asdict(e) for e in fps],
        "numbers_lost": [asdict(g) for e, g in pairs if g.doc_number and not e.doc_number],
        "matched": [{"gold": asdict(g), "edge": asdict(e)} for e, g in pairs],
    }


def print_report(rep: dict) -> None:
    print(f"files {rep['files']}  gold {rep['gold']}  predicted {rep['predicted']}  tp {rep['true_positives']}")
    print(f"P {rep['precision']:.3f}  R {rep['recall']:.3f}  F1 {rep['f1']:.3f}")
    print(f"\nmisses ({len(rep['misses'])}):")
    for m in rep["misses"]:
        print(f"  {m['file']}:{m['line']}  《{m['title']}》 {m['doc_number'] or ''}")
    print(f"\nfalse positives ({len(rep['false_positives'])}):")
    for e in rep["false_positives"]:
        print(f"  {e['file']}:{e['line']}  → {e['target']} ({e['title']}, {e['target_date']})  | {e['text'][:120]}")
    print(f"\nmatched, but the printed number is not on the target ({len(rep['numbers_lost'])}):")
    for m in rep["numbers_lost"]:
        print(f"  {m['file']}:{m['line']}  《{m['title']}》 {m['doc_number']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("collection", type=Path, help="the LawRefBook collection root")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", type=Path, help="write the report (with every match) here")
    ap.add_argument("--no-cache", action="store_true", help="build again even when a cached graph is current")
    args = ap.parse_args(argv)
    files, gold = load_gold(args.gold)
    G = built_graph(args.collection, cache=not args.no_cache)
    edges = supersedes_edges(G, args.collection, set(files))
    rep = report(*match(edges, gold), len(files))
    print_report(rep)
    if args.json:
        args.json.write_text(json.dumps(rep, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
