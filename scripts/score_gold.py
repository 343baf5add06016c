#!/usr/bin/env python3
"""Score builds against hand-labelled gold files, per corpus and per layout.

Gold files are JSON, one per text file: ``tests/fixtures/gold/*.json`` (the sample corpus) and
``tests/fixtures/unseen/gold/*.json`` (public texts from other places, with ``layout`` and ``place``).

Usage:
    python scripts/score_gold.py                       # score out/graph.json against every gold dir
    python scripts/score_gold.py --build               # build each corpus's texts first, then score
    python scripts/score_gold.py --build --gold-dir tests/fixtures/unseen/gold --report new.json
    python scripts/score_gold.py --build --compare tests/fixtures/unseen/scores.json

Prints, per file, per corpus and per layout: documents found (P/R/F1), doc numbers, issuers and
dates exact (on matched documents), cited-document pairs (P/R/F1), role agreement, supersessions
(P/R). ``--report FILE`` writes all of it as JSON (with every gold item's outcome), and
``--compare OLD`` prints which items got better or worse since OLD, by file:line.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD_DIRS = (ROOT / "tests/fixtures/gold", ROOT / "tests/fixtures/unseen/gold")
FIELDS = ("title", "doc_number", "issuers", "date")
# issuers compared as the registry names them (国家医保局 = 国家医疗保障局): the labels write some bodies as the
# text prints them, the graph their canonical names; a second figure beside the exact one, not an item of --compare
NAMED = "issuers~"
# Outcome of one gold item, worst first: a change up this list is "better", down it "worse".
RANK = {"missed": 0, "wrong": 1, "role": 1, "ok": 2}


def key(t: str | None) -> str:
    if not t:
        return ""
    t = (
        t.replace("〈", "").replace("〉", "").replace("(", "（").replace(")", "）").replace("○", "〇")
    )  # (二○三五: a zero)
    # (‹X> / <X> inside a title: book marks a page printed with other glyphs, h49 平湖 and h53 泉州)
    return re.sub(r"[\s“”\"‘’'《》「」·•、，,<>‹›]", "", t)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- gold files and corpora


def corpus_of(gold_file: Path) -> str:
    """``sample`` for tests/fixtures/gold, else the name of the folder above ``gold/`` (``unseen``)."""
    parent = gold_file.parent
    return "sample" if parent.parent.name == "fixtures" else parent.parent.name


def gold_files(dirs) -> list[Path]:
    return [f for d in dirs for f in sorted(Path(d).glob("*.json"))]


def texts_dir(gold_file: Path) -> Path:
    """The folder holding the text a gold file labels (its ``file`` field, relative to the repo)."""
    return (ROOT / json.loads(gold_file.read_text(encoding="utf-8"))["file"]).parent


def build_corpus(texts: Path, out: Path) -> dict:
    """Build ``texts`` with the CLI (no site, no cache) into ``out`` and return graph.json."""
    cmd = [sys.executable, "-m", "policykg", "build", str(texts), "--out", str(out), "--no-site", "--no-cache"]
    cmd += ["--as-of", "2025-01-01", "-j", "1"]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- matching one file


def match_documents(gold_docs: list[dict], pred: list[dict]) -> dict[int, str]:
    """Gold index → predicted node id: same title key within 40 lines, else any title within 2 lines."""
    matched: dict[int, str] = {}
    used: set[str] = set()
    for i, g in enumerate(gold_docs):
        best = None
        for n in pred:
            p = n["properties"]
            if (
                n["id"] not in used
                and key(p["title"]) == key(g["title"])
                and abs(p["source_line"] - g["source_line"]) <= 40
            ):
                best = n
                break
        if best is None:
            best = next(
                (
                    n
                    for n in pred
                    if n["id"] not in used and abs(n["properties"]["source_line"] - g["source_line"]) <= 2
                ),
                None,
            )
        if best is not None:
            matched[i] = best["id"]
            used.add(best["id"])
    return matched


def field_values(g: dict, p: dict) -> dict[str, tuple]:
    """Per field: (gold, predicted, equal?) with issuers compared as sorted lists."""
    out = {"title": (g["title"], p.get("title"), key(g["title"]) == key(p.get("title")))}
    gi, pi = sorted(g.get("issuers") or []), sorted(p.get("issuers") or [])
    for f in ("doc_number", "issuers", "date"):  # in the order of FIELDS (packed_items relies on it)
        gv, pv = (gi, pi) if f == "issuers" else (g.get(f) or None, p.get(f) or None)
        out[f] = (gv, pv, gv == pv)
    return out


def same_bodies(gold: list[str], got: list[str]) -> bool:
    """The same issuing bodies once the registry has named each (a name it does not know stays as written)."""
    from policykg.ontology.agencies.registry import default_registry

    reg = default_registry()

    def named(names: list[str]) -> list[str]:
        return sorted({(a.name if (a := reg.resolve(n)) else n) for n in names})

    return named(gold) == named(got)


def score_fields(gold_docs, nodes, matched, r: dict, items: list) -> None:
    ok = dict.fromkeys((*FIELDS, NAMED), 0)
    wrong = defaultdict(list)
    for i, g in enumerate(gold_docs):
        nid = matched.get(i)
        items.append(
            {"kind": "document", "line": g["source_line"], "what": g["title"], "status": "ok" if nid else "missed"}
        )
        if nid is None:
            continue
        ok[NAMED] += same_bodies(g.get("issuers") or [], nodes[nid]["properties"].get("issuers") or [])
        for f, (gv, pv, eq) in field_values(g, nodes[nid]["properties"]).items():
            ok[f] += eq
            if not eq:
                wrong[f].append((g["title"][:30], gv, pv) if f != "title" else (gv, pv))
            items.append({"kind": f, "line": g["source_line"], "what": g["title"], "status": "ok" if eq else "wrong"})
    m = max(1, len(matched))
    r.update({f: ok[f] / m for f in (*FIELDS, NAMED)})
    r["_wrong"] = dict(wrong)
    r["_ok"] = ok


def gold_pairs(gold: dict, gold_docs: list, matched: dict) -> dict:
    line_to_doc = {g["source_line"]: matched.get(i) for i, g in enumerate(gold_docs)}
    pairs = {}
    for ref in gold.get("references", []):
        src = line_to_doc.get(ref["source_line"])
        ck = ref.get("cited_number") or key(ref.get("cited_title"))
        pairs[(src, ck, key(ref.get("cited_title")))] = (ref["role"], ref)
    return pairs


def predicted_pairs(graph: dict, nodes: dict, matched_ids: set) -> dict:
    pairs = {}
    for e in graph["edges"]:
        if e["type"] in ("ISSUED_BY", "TARGETS", "TRANSMITS") or e["source"] not in matched_ids:
            continue
        t = nodes[e["target"]]["properties"]
        # a node names every spelling it was cited under (aliases): 社会保险法 is 中华人民共和国社会保险法
        titles = (key(t.get("title")), *(key(a) for a in t.get("aliases") or ()))
        pairs[(e["source"], t.get("doc_number"), titles)] = e["type"]
    return pairs


def score_pairs(gold: dict, gold_docs, graph, nodes, matched, r: dict, items: list) -> None:
    gp = gold_pairs(gold, gold_docs, matched)
    pp = predicted_pairs(graph, nodes, set(matched.values()))
    hit = {}
    # one gold pair to one predicted pair (a cited text labelled twice is matched once): by number first, then by
    # title, each in a fixed order, so the outcome does not depend on the order of the graph's edges
    used_pred: set = set()
    ordered = sorted(pp.items(), key=lambda kv: repr(kv[0]))
    for by_number in (True, False):
        for (src, ck, tk), (role, _ref) in gp.items():
            if (src, ck, tk) in hit:
                continue
            for (ps, pn, pt), prole in ordered:
                if ps != src or (ps, pn, pt) in used_pred:
                    continue
                if (pn and pn == ck) if by_number else (tk and tk in pt):
                    hit[(src, ck, tk)] = ((ps, pn, pt), role, prole)
                    used_pred.add((ps, pn, pt))
                    break
    tp = len(hit)
    r["pairs"] = prf(tp, len(pp) - len(used_pred), len(gp) - tp)
    r["roles"] = sum(1 for v in hit.values() if v[1] == v[2]) / max(1, tp)
    gs = {k for k, v in gp.items() if v[0] == "SUPERSEDES"}
    ps = {k for k, v in pp.items() if v == "SUPERSEDES"}
    s_tp = sum(1 for k in gs if k in hit and hit[k][2] == "SUPERSEDES")
    r["supersedes"] = prf(s_tp, len(ps) - s_tp, len(gs) - s_tp)
    r["_counts"] = {
        "pair_tp": tp,
        "pair_pred": len(pp),
        "pair_gold": len(gp),
        "role_ok": sum(v[1] == v[2] for v in hit.values()),
    }
    r["_counts"].update(sup_tp=s_tp, sup_pred=len(ps), sup_gold=len(gs))
    for k, (role, ref) in gp.items():
        status = "missed" if k not in hit else ("ok" if hit[k][2] == role else "role")
        number = f" ({ref['cited_number']})" if ref.get("cited_title") and ref.get("cited_number") else ""
        what = f"{ref.get('cited_title') or ref.get('cited_number')}{number} {role}" + (
            f"→{hit[k][2]}" if status == "role" else ""
        )
        items.append({"kind": "pair", "line": ref["line"], "what": what, "status": status})
    r["_pair_misses"] = [k for k in gp if k not in hit][:40]
    r["_role_disagree"] = [(k, v[1], v[2]) for k, v in hit.items() if v[1] != v[2]][:40]
    r["_pair_extras"] = [k for k in pp if k not in used_pred][:40]
    r["_extra_pairs"] = [
        f"{nodes[k[0]]['properties']['source_line']} {k[2][0] or k[1]}" for k in pp if k not in used_pred
    ]


def score_file(graph: dict, nodes: dict, pred: list[dict], gold: dict) -> dict:
    gold_docs = gold["documents"]
    matched = match_documents(gold_docs, pred)
    tp = len(matched)
    r = {"documents": prf(tp, len(pred) - tp, len(gold_docs) - tp), "n_gold": len(gold_docs), "n_pred": len(pred)}
    r["layout"], r["place"], r["_doc_tp"] = gold.get("layout", "sample"), gold.get("place", ""), tp
    used = set(matched.values())
    r["_misses"] = [g["title"] for i, g in enumerate(gold_docs) if i not in matched]
    r["_extras"] = [n["properties"]["title"] for n in pred if n["id"] not in used]
    r["_extra_docs"] = [
        f"{n['properties']['source_line']} {n['properties']['title']}" for n in pred if n["id"] not in used
    ]
    items: list[dict] = []
    score_fields(gold_docs, nodes, matched, r, items)
    score_pairs(gold, gold_docs, graph, nodes, matched, r, items)
    r["_items"] = items
    return r


def score(graph: dict, gold_files: list[Path]) -> dict:
    """File name → scores of one graph against each gold file (see the module docstring)."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    docs_by_file = defaultdict(list)
    for n in graph["nodes"]:
        p = n["properties"]
        if n["label"] == "Document" and p.get("in_corpus"):
            docs_by_file[Path(p["source_file"]).name].append(n)
            for where in p.get("printed_also_in") or ():  # a copy merged into this node: found in that file too
                file, _, line = where.rpartition(":")
                docs_by_file[Path(file).name].append({**n, "properties": {**p, "source_line": int(line)}})
    report = {}
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        fname = Path(gold["file"]).name
        report[fname] = score_file(graph, nodes, docs_by_file.get(fname, []), gold)
        report[fname]["corpus"] = corpus_of(gf)
    return report


# ---------------------------------------------------------------- aggregates, report, comparison


def aggregate(rows: list[dict]) -> dict:
    """Micro-averaged scores of several files (sums of counts, then ratios)."""
    s = defaultdict(int)
    for r in rows:
        s["doc_tp"] += r["_doc_tp"]
        s["doc_pred"] += r["n_pred"]
        s["doc_gold"] += r["n_gold"]
        for f in (*FIELDS, NAMED):
            s[f] += r["_ok"].get(f, 0)
        for k, v in r["_counts"].items():
            s[k] += v
    out = {"files": len(rows), "n_gold": s["doc_gold"], "n_pred": s["doc_pred"]}
    out["documents"] = prf(s["doc_tp"], s["doc_pred"] - s["doc_tp"], s["doc_gold"] - s["doc_tp"])
    out.update({f: s[f] / max(1, s["doc_tp"]) for f in (*FIELDS, NAMED)})
    out["pairs"] = prf(s["pair_tp"], s["pair_pred"] - s["pair_tp"], s["pair_gold"] - s["pair_tp"])
    out["roles"] = s["role_ok"] / max(1, s["pair_tp"])
    out["supersedes"] = prf(s["sup_tp"], s["sup_pred"] - s["sup_tp"], s["sup_gold"] - s["sup_tp"])
    out["n_pairs"] = s["pair_gold"]
    return out


def summarise(per_file: dict) -> dict:
    """The JSON report: aggregates per corpus and per (corpus, layout), and every file's scores."""
    by_corpus, by_layout = defaultdict(list), defaultdict(list)
    for r in per_file.values():
        by_corpus[r["corpus"]].append(r)
        by_layout[f"{r['corpus']}/{r['layout']}"].append(r)
    files = {
        f: {k: v for k, v in r.items() if not k.startswith("_") or k in ("_items", "_extra_docs", "_extra_pairs")}
        for f, r in per_file.items()
    }
    return {
        "corpora": {c: aggregate(rows) for c, rows in sorted(by_corpus.items())},
        "layouts": {c: aggregate(rows) for c, rows in sorted(by_layout.items())},
        "files": files,
    }


def compare(old: dict, new: dict) -> tuple[list[str], list[str]]:
    """Items that got better / worse from ``old`` to ``new`` report, as 'file:line kind what (was → now)'."""
    better, worse = [], []
    for fname, nf in new["files"].items():
        of = old.get("files", {}).get(fname, {})
        before = {(i["kind"], i["line"], i["what"].split("→")[0]): i["status"] for i in of.get("_items", [])}
        for i in nf.get("_items", []):
            k = (i["kind"], i["line"], i["what"].split("→")[0])
            was, now = before.get(k), i["status"]
            if was is None or was == now:
                continue
            line = f"{fname}:{i['line']} {i['kind']} {i['what']} ({was} → {now})"
            (better if RANK[now] > RANK[was] else worse).append(line)
        for kind, field in (("extra document", "_extra_docs"), ("extra pair", "_extra_pairs")):
            was, now = set(of.get(field, [])), set(nf.get(field, []))
            worse += [f"{fname}:{x.split(' ', 1)[0]} {kind} {x.split(' ', 1)[-1]}" for x in sorted(now - was)]
            better += [f"{fname}:{x.split(' ', 1)[0]} {kind} gone: {x.split(' ', 1)[-1]}" for x in sorted(was - now)]
    return better, worse


def fmt(name: str, r: dict) -> str:
    d, p, s = r["documents"], r["pairs"], r["supersedes"]
    return (
        f"{name}: docs P{d[0]:.2f} R{d[1]:.2f} F{d[2]:.2f} ({r['n_pred']} vs {r['n_gold']}) | title {r['title']:.2f} "
        f"number {r['doc_number']:.2f} issuers {r['issuers']:.2f} (~{r.get(NAMED, 0):.2f}) date {r['date']:.2f} | pairs F{p[2]:.2f} "
        f"(P{p[0]:.2f} R{p[1]:.2f}) roles {r['roles']:.2f} | supersedes P{s[0]:.2f} R{s[1]:.2f}"
    )


def packed_items(items: list[dict]) -> list[dict]:
    """A file's items as written to a report: a matched document's field items folded into its own item as the list
    of the fields it got wrong (``"wrong": []`` when all are right) — the title is not repeated five times."""
    out: list[dict] = []
    for i in items:
        if i["kind"] in FIELDS:
            out[-1].setdefault("wrong", [])  # score_fields writes a document's field items right after it
            if i["status"] != "ok":
                out[-1]["wrong"].append(i["kind"])
        else:
            out.append(dict(i))
    return out


def unpacked_items(items: list[dict]) -> list[dict]:
    """The items of a written report as ``score`` makes them (the inverse of ``packed_items``)."""
    out = []
    for i in items:
        wrong = i.get("wrong")
        out.append({k: v for k, v in i.items() if k != "wrong"})
        if wrong is not None:
            out += [
                {"kind": f, "line": i["line"], "what": i["what"], "status": "wrong" if f in wrong else "ok"}
                for f in FIELDS
            ]
    return out


def written_report(summary: dict) -> str:
    files = {f: {**r, "_items": packed_items(r.get("_items", []))} for f, r in summary["files"].items()}
    return report_text({**summary, "files": files}) + "\n"


def load_report(path: Path) -> dict:
    """A report written by ``--report``, its items unpacked (what ``compare`` and the baseline test read)."""
    summary = json.loads(Path(path).read_text(encoding="utf-8"))
    for r in summary.get("files", {}).values():
        r["_items"] = unpacked_items(r.get("_items", []))
    return summary


def report_text(value, depth: int = 0) -> str:
    """The report as JSON, one level of indent per nesting, but a container of plain values (a figure's P/R/F1, one
    scored item) on one line: a re-recorded report still diffs line by line, at a third of indent=1's size."""
    if isinstance(value, dict | list) and value:
        inner = value.values() if isinstance(value, dict) else value
        if all(not isinstance(v, dict | list) for v in inner):
            return json.dumps(value, ensure_ascii=False)
        pad = " " * (depth + 1)
        if isinstance(value, dict):
            rows = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {report_text(v, depth + 1)}" for k, v in value.items()]
            return "{\n" + ",\n".join(rows) + "\n" + " " * depth + "}"
        return "[\n" + ",\n".join(pad + report_text(v, depth + 1) for v in value) + "\n" + " " * depth + "]"
    return json.dumps(value, ensure_ascii=False)


def print_report(per_file: dict, summary: dict, *, verbose: bool) -> None:
    for f, r in per_file.items():
        print(fmt(f"{r['corpus']}/{f}", r))
        if verbose:
            for k in ("_misses", "_extras", "_wrong", "_pair_misses", "_pair_extras", "_role_disagree"):
                if r[k]:
                    print(f"  {k}: {json.dumps(r[k], ensure_ascii=False, indent=1)[:3000]}")
    print()
    for name, r in {**summary["corpora"], **summary["layouts"]}.items():
        print(fmt(f"[{name}] {r['files']} files", r))


def score_all(dirs, *, graph_path: Path | None, build: bool) -> dict:
    files = gold_files(dirs)
    if not build:
        graph = json.loads(Path(graph_path).read_text(encoding="utf-8"))
        return score(graph, files)
    per_file = {}
    groups = defaultdict(list)
    for f in files:
        groups[texts_dir(f)].append(f)
    for texts, gfs in groups.items():
        with tempfile.TemporaryDirectory() as tmp:
            per_file.update(score(build_corpus(texts, Path(tmp)), gfs))
    return per_file


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", default="out/graph.json", help="graph.json to score (ignored with --build)")
    ap.add_argument(
        "--gold-dir", action="append", help="folder of gold JSON files (repeatable; default: sample and unseen)"
    )
    ap.add_argument("--build", action="store_true", help="build each gold dir's texts with `policykg build` first")
    ap.add_argument("--report", help="write the JSON report to this file")
    ap.add_argument("--compare", help="an earlier JSON report: print what got better and worse")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("gold", nargs="*", help="gold files (default: every file of the gold dirs)")
    a = ap.parse_args()
    dirs = [Path(d) for d in a.gold_dir] if a.gold_dir else list(GOLD_DIRS)
    if a.gold:
        per_file = score(json.loads(Path(a.graph).read_text(encoding="utf-8")), [Path(g) for g in a.gold])
    else:
        per_file = score_all(dirs, graph_path=Path(a.graph), build=a.build)
    summary = summarise(per_file)
    print_report(per_file, summary, verbose=a.verbose)
    if a.report:
        Path(a.report).write_text(written_report(summary), encoding="utf-8")
    if a.compare:
        better, worse = compare(load_report(Path(a.compare)), summary)
        print(f"\nbetter ({len(better)}):", *better, sep="\n  ")
        print(f"worse ({len(worse)}):", *worse, sep="\n  ")


if __name__ == "__main__":
    main()
