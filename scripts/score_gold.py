#!/usr/bin/env python3
"""Score a build against hand-labelled gold files (tests/fixtures/gold/*.json).

Usage: python scripts/score_gold.py [--graph out/graph.json] [GOLD.json ...]

Prints, per file and overall: documents found (P/R/F1), doc numbers and issuers exact (on matched
documents), dates, cited-document pairs (P/R/F1), role agreement, supersessions (P/R).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def key(t: str | None) -> str:
    if not t:
        return ""
    t = t.replace("〈", "").replace("〉", "").replace("(", "（").replace(")", "）")
    return re.sub(r"[\s“”\"‘’'《》「」·•、，,]", "", t)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match_documents(gold_docs: list[dict], pred: list[dict]) -> dict[int, str]:
    """Gold document index → predicted node id: by title key (within 40 lines), else by line (±2)."""
    matched: dict[int, str] = {}
    used: set[str] = set()
    for i, g in enumerate(gold_docs):
        best = None
        for n in pred:
            if n["id"] in used:
                continue
            p = n["properties"]
            if key(p["title"]) == key(g["title"]) and abs(p["source_line"] - g["source_line"]) <= 40:
                best = n
                break
        if best is None:
            for n in pred:
                if n["id"] not in used and abs(n["properties"]["source_line"] - g["source_line"]) <= 2:
                    best = n
                    break
        if best is not None:
            matched[i] = best["id"]
            used.add(best["id"])
    return matched


def _field_scores(gold_docs: list[dict], matched: dict[int, str], nodes: dict) -> tuple[dict, dict]:
    """Share of matched documents with the gold title, number, issuers and date; and the wrong ones."""
    title_ok = num_ok = iss_ok = date_ok = 0
    wrong = defaultdict(list)
    for i, nid in matched.items():
        g, p = gold_docs[i], nodes[nid]["properties"]
        title_ok += key(g["title"]) == key(p["title"])
        if key(g["title"]) != key(p["title"]):
            wrong["title"].append((g["title"], p["title"]))
        num_ok += (g.get("doc_number") or None) == (p.get("doc_number") or None)
        if (g.get("doc_number") or None) != (p.get("doc_number") or None):
            wrong["doc_number"].append((g["title"][:30], g.get("doc_number"), p.get("doc_number")))
        iss_ok += sorted(g.get("issuers") or []) == sorted(p.get("issuers") or [])
        if sorted(g.get("issuers") or []) != sorted(p.get("issuers") or []):
            wrong["issuers"].append((g["title"][:30], g.get("issuers"), p.get("issuers")))
        date_ok += (g.get("date") or None) == (p.get("date") or None)
        if (g.get("date") or None) != (p.get("date") or None):
            wrong["date"].append((g["title"][:30], g.get("date"), p.get("date")))
    m = max(1, len(matched))
    return dict(title=title_ok / m, doc_number=num_ok / m, issuers=iss_ok / m, date=date_ok / m), dict(wrong)


def _reference_scores(gold: dict, matched: dict[int, str], graph: dict, nodes: dict) -> dict:
    """Cited-document pairs, role agreement and supersessions of the matched documents."""
    r: dict = {}
    line_to_doc = {g["source_line"]: matched.get(i) for i, g in enumerate(gold["documents"])}
    gold_pairs = {}
    for ref in gold.get("references", []):
        src = line_to_doc.get(ref["source_line"])
        ck = ref.get("cited_number") or key(ref.get("cited_title"))
        gold_pairs[(src, ck, key(ref.get("cited_title")))] = ref["role"]
    pred_pairs = {}
    matched_ids = set(matched.values())
    for e in graph["edges"]:
        if e["type"] in ("ISSUED_BY", "TARGETS", "TRANSMITS") or e["source"] not in matched_ids:
            continue
        t = nodes[e["target"]]["properties"]
        pred_pairs[(e["source"], t.get("doc_number"), key(t.get("title")))] = e["type"]
    hit = {}
    for (src, ck, tk), role in gold_pairs.items():
        for (ps, pn, pt), prole in pred_pairs.items():
            if ps == src and ((pn and pn == ck) or (tk and pt == tk)):
                hit[(src, ck, tk)] = ((ps, pn, pt), role, prole)
                break
    tp = len(hit)
    used_pred = {v[0] for v in hit.values()}
    r["pairs"] = prf(tp, len(pred_pairs) - len(used_pred), len(gold_pairs) - tp)
    r["roles"] = sum(1 for v in hit.values() if v[1] == v[2]) / max(1, tp)
    gs = {k for k, v in gold_pairs.items() if v == "SUPERSEDES"}
    ps = {k for k, v in pred_pairs.items() if v == "SUPERSEDES"}
    s_tp = sum(1 for k in gs if k in hit and hit[k][2] == "SUPERSEDES")
    r["supersedes"] = prf(s_tp, len(ps) - s_tp, len(gs) - s_tp)
    r["_pair_misses"] = [k for k in gold_pairs if k not in hit][:40]
    r["_role_disagree"] = [(k, v[1], v[2]) for k, v in hit.items() if v[1] != v[2]][:40]
    r["_pair_extras"] = [k for k in pred_pairs if k not in used_pred][:40]
    return r


def score(graph: dict, gold_files: list[Path]) -> dict:
    nodes = {n["id"]: n for n in graph["nodes"]}
    docs_by_file = defaultdict(list)
    for n in graph["nodes"]:
        p = n["properties"]
        if n["label"] == "Document" and p.get("in_corpus"):
            docs_by_file[Path(p["source_file"]).name].append(n)
    report = {}
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        fname = Path(gold["file"]).name
        pred = docs_by_file.get(fname, [])
        matched = _match_documents(gold["documents"], pred)
        used = set(matched.values())
        tp = len(matched)
        r = {
            "documents": prf(tp, len(pred) - tp, len(gold["documents"]) - tp),
            "n_gold": len(gold["documents"]),
            "n_pred": len(pred),
        }
        fields, wrong = _field_scores(gold["documents"], matched, nodes)
        r.update(fields)
        refs = _reference_scores(gold, matched, graph, nodes)
        r.update({k: refs[k] for k in ("pairs", "roles", "supersedes")})
        r["_misses"] = [g["title"] for i, g in enumerate(gold["documents"]) if i not in matched]
        r["_extras"] = [n["properties"]["title"] for n in pred if n["id"] not in used]
        r["_wrong"] = wrong
        r.update({k: refs[k] for k in ("_pair_misses", "_role_disagree", "_pair_extras")})
        report[fname] = r
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", default="out/graph.json")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("gold", nargs="*")
    a = ap.parse_args()
    graph = json.loads(Path(a.graph).read_text(encoding="utf-8"))
    files = [Path(g) for g in a.gold] or sorted((ROOT / "tests/fixtures/gold").glob("*.json"))
    rep = score(graph, files)
    for f, r in rep.items():
        d = r["documents"]
        print(
            f"{f}: docs P{d[0]:.2f} R{d[1]:.2f} F{d[2]:.2f} ({r['n_pred']} vs {r['n_gold']}) | title {r['title']:.2f} "
            f"number {r['doc_number']:.2f} issuers {r['issuers']:.2f} date {r['date']:.2f} | pairs F{r['pairs'][2]:.2f} "
            f"(P{r['pairs'][0]:.2f} R{r['pairs'][1]:.2f}) roles {r['roles']:.2f} | supersedes P{r['supersedes'][0]:.2f} R{r['supersedes'][1]:.2f}"
        )
        if a.verbose:
            for k in ("_misses", "_extras", "_wrong", "_pair_misses", "_pair_extras", "_role_disagree"):
                if r[k]:
                    print(f"  {k}: {json.dumps(r[k], ensure_ascii=False, indent=1)[:3000]}")


if __name__ == "__main__":
    main()
