"""Parsed documents → the policy graph (networkx ``MultiDiGraph``), with validity as of a date.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("郑州市人民政府\\n关于Z的通知\\n郑政〔2022〕1号\\n各区县人民政府：\\n根据《国务院关于Y的意见》（国发〔2021〕3号），现通知如下。\\n2022年2月14日\\n", encoding="utf-8")
>>> G = build_graph([d])
>>> sorted(t for _, _, t in G.edges(keys=True))
['BASED_ON', 'ISSUED_BY']
>>> G.nodes["doc:国发〔2021〕3号"]["in_corpus"]
False
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from policykg.errors import InputError
from policykg.keys import about_key, loose_title_key, title_key
from policykg.loaders.models import DocNumber, ParsedDocument, ParsedFile, Problem, Reference
from policykg.loaders.parse import parse_text
from policykg.loaders.reading import iter_input_files, read_source
from policykg.ontology.agencies import default_registry

# When a document mentions another several times, the edge keeps the strongest role.
ROLE_PRIORITY = {"SUPERSEDES": 0, "AMENDS": 1, "IMPLEMENTS": 2, "BASED_ON": 3, "CITES": 4}


@dataclass
class BuildReport:
    """What a build read, found, skipped and could not resolve."""

    files: list[tuple[str, int]] = field(default_factory=list)  # (file, documents found)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    cited_only: int = 0
    edges: Counter = field(default_factory=Counter)
    duplicates: int = 0
    bytes_read: int = 0
    as_of: str = ""

    def to_meta(self) -> dict:
        kinds = Counter(p.kind for p in self.problems)
        return {
            "as_of": self.as_of,
            "files": [{"file": f, "documents": n} for f, n in self.files],
            "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
            "documents_in_corpus": self.documents,
            "documents_cited_only": self.cited_only,
            "duplicates_merged": self.duplicates,
            "edges": dict(sorted(self.edges.items())),
            "warnings": dict(sorted(kinds.items())),
            "problems": [str(p) for p in self.problems],
        }


def parse_file(path: str | os.PathLike) -> ParsedFile:
    """Read and parse one file; a file that cannot be read gives a skipped ParsedFile, never an exception."""
    try:
        src = read_source(path)
    except InputError as exc:
        return ParsedFile(
            str(path),
            None,
            problems=(Problem(str(path), None, "unreadable", str(exc).split(": ", 1)[-1]),),
            skipped=True,
        )
    return parse_text(src.text, src.path, encoding=src.encoding)


def parse_files(
    paths, *, jobs: int | None = None, progress=None, cache=None
) -> tuple[list[ParsedFile], list[tuple[str, str]]]:
    """Parse every input file, in parallel over ``jobs`` processes (default: all cores).

    With a :class:`policykg.graph.incremental.ParseCache`, files parsed before (same path and content)
    are taken from it and only new or changed files are parsed.
    """
    files, missing = iter_input_files(paths)
    jobs = jobs or os.cpu_count() or 1
    results: dict[int, ParsedFile] = {}
    todo: list[tuple[int, Path, str | None]] = []
    for i, f in enumerate(files):
        digest = None
        if cache is not None:
            try:
                from policykg.graph.incremental import file_digest

                digest = file_digest(f)
            except OSError:
                digest = None
            hit = cache.get(str(f), digest) if digest else None
            if hit is not None:
                results[i] = hit
                if progress:
                    progress(1)
                continue
        todo.append((i, f, digest))
    if jobs <= 1 or len(todo) < 4:
        parsed = (parse_file(f) for _, f, _ in todo)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        parsed = pool.map(parse_file, [f for _, f, _ in todo], chunksize=max(1, min(64, len(todo) // (jobs * 8) or 1)))
    try:
        for (i, f, digest), r in zip(todo, parsed):
            results[i] = r
            if cache is not None and digest and not r.skipped:
                cache.put(str(f), digest, r)
            if progress:
                progress(1)
    finally:
        if jobs > 1 and len(todo) >= 4:
            pool.shutdown()
    return [results[i] for i in range(len(files))], missing


def build_graph(
    paths, *, as_of: str | dt.date | None = None, jobs: int | None = None, progress=None, cache=None
) -> nx.MultiDiGraph:
    """Read publications (files or folders) and return the policy graph.

    The build report is at ``G.graph["report"]`` (a :class:`BuildReport`).
    """
    parsed, missing = parse_files(paths, jobs=jobs, progress=progress, cache=cache)
    return graph_from_parsed(parsed, missing=missing, as_of=as_of)


def doc_id(doc_number: DocNumber | None, title: str, issuers=()) -> str:
    if doc_number is not None:
        if doc_number.kind == "announcement":
            return f"doc:{issuers[0] if issuers else ''}公告{doc_number.text}"
        return f"doc:{doc_number.text}"
    return f"doc:{title_key(title)}"


def graph_from_parsed(parsed: list[ParsedFile], *, missing=(), as_of=None) -> nx.MultiDiGraph:
    as_of = as_of if isinstance(as_of, str) else (as_of or dt.date.today()).isoformat()
    report = BuildReport(as_of=as_of)
    reg = default_registry()
    G = nx.MultiDiGraph()
    report.skipped.extend(missing)

    # ---- in-corpus documents
    placed: list[tuple[ParsedDocument, str]] = []
    by_number: dict[str, str] = {}
    by_title: dict[str, list[str]] = defaultdict(list)
    by_about: dict[str, list[str]] = defaultdict(list)
    for pf in parsed:
        report.problems.extend(pf.problems)
        if pf.skipped:
            report.skipped.append((pf.path, pf.problems[0].message if pf.problems else "unreadable"))
            continue
        report.files.append((pf.path, len(pf.documents)))
        report.bytes_read += pf.n_chars
        local_ids: list[str] = []
        for d in pf.documents:
            nid = doc_id(d.doc_number, d.title, d.issuers)
            if nid in G:
                same = G.nodes[nid]
                if d.doc_number is not None or same.get("date") == d.date or not d.date or not same.get("date"):
                    report.duplicates += 1
                    local_ids.append(nid)
                    placed.append((d, nid))
                    continue
                nid = f"{nid}@{d.date}"  # another version of a same-titled act
                if nid in G:
                    report.duplicates += 1
                    local_ids.append(nid)
                    placed.append((d, nid))
                    continue
            G.add_node(nid, label="Document", **_doc_props(d))
            local_ids.append(nid)
            placed.append((d, nid))
            if d.doc_number is not None:
                by_number[str(d.doc_number)] = nid
            by_title[title_key(d.title)].append(nid)
            by_about[about_key(d.title)].append(nid)
            report.documents += 1
        # TRANSMITS inside the file
        for d, nid in zip(pf.documents, local_ids):
            if d.transmitted_by is not None and d.transmitted_by < len(local_ids):
                parent = local_ids[d.transmitted_by]
                pdoc = pf.documents[d.transmitted_by]
                _add_doc_edge(
                    G,
                    parent,
                    nid,
                    "TRANSMITS",
                    file=d.source_file,
                    line=d.source_line,
                    text=pdoc.title,
                    cited_as="title",
                )
                G.nodes[nid]["transmitted_by"] = parent

    # ---- issuers
    for d, nid in placed:
        for name in d.issuers:
            aid = f"agency:{name}"
            if aid not in G:
                a = reg.resolve(name) or reg.guess(name)
                props = a.properties()
                props["name"] = name
                G.add_node(aid, label="Agency", **{k: v for k, v in props.items() if v not in ("", None)})
            if not G.has_edge(nid, aid, key="ISSUED_BY"):
                G.add_edge(
                    nid, aid, key="ISSUED_BY", type="ISSUED_BY", file=d.source_file, line=d.issuer_line or d.source_line
                )

    # ---- references
    number_titles: dict[str, str] = {}
    cited_index: dict = {}
    for d, _ in placed:
        for r in d.references:
            if r.doc_number is not None and r.title:
                number_titles.setdefault(str(r.doc_number), r.title)
    for d, nid in placed:
        for r in d.references:
            if r.role == "TRANSMITS":
                # the text this notice transmits: its child in the file when printed, else a cited node

                kids = [
                    c
                    for c in G.successors(nid)
                    if G.has_edge(nid, c, key="TRANSMITS")
                    and loose_title_key(G.nodes[c].get("title", "")) == loose_title_key(r.title or "")
                ]
                if kids:
                    continue
            target = _resolve(G, r, nid, d, by_number, by_title, by_about, number_titles, reg, cited_index)
            if target is None or target == nid:
                continue
            _add_doc_edge(
                G,
                nid,
                target,
                r.role,
                file=r.evidence.file,
                line=r.evidence.line,
                text=r.evidence.text,
                cited_as=r.cited_as,
            )
        # transmitted texts named by a notice but neither printed after it nor mentioned in it
        if d.transmitted_by is None:
            from policykg.loaders.segment import transmitted_titles

            for t in transmitted_titles(d.title, []):
                k = title_key(t)
                if any(
                    loose_title_key(G.nodes[c].get("title", "")) == loose_title_key(t)
                    for c in G.successors(nid)
                    if G.has_edge(nid, c, key="TRANSMITS")
                ):
                    continue
                have = [c for c in by_title.get(k, []) if c != nid]
                tid = have[0] if have else f"doc:{k}"
                if tid not in G:
                    G.add_node(
                        tid,
                        label="Document",
                        title=t,
                        in_corpus=False,
                        level=d.level,
                        issuers=list(d.issuers),
                        date=d.date,
                    )
                if not any(G.has_edge(p, tid, key="TRANSMITS") for p in G.predecessors(tid)):
                    _add_doc_edge(
                        G, nid, tid, "TRANSMITS", file=d.source_file, line=d.source_line, text=d.title, cited_as="title"
                    )

    # ---- beneficiary groups
    tax = _taxonomy()
    for d, nid in placed:
        for t in d.targets:
            gid = f"group:{t.group}"
            if gid not in G:
                G.add_node(gid, label="BeneficiaryGroup", **_group_props(tax, t.group))
            if not G.has_edge(nid, gid, key="TARGETS"):
                G.add_edge(
                    nid,
                    gid,
                    key="TARGETS",
                    type="TARGETS",
                    file=t.evidence.file,
                    line=t.evidence.line,
                    text=t.evidence.text,
                )

    apply_status(G, as_of=as_of)
    report.cited_only = sum(1 for _, a in G.nodes(data=True) if a["label"] == "Document" and not a.get("in_corpus"))
    report.edges = Counter(k for _, _, k in G.edges(keys=True))
    G.graph["report"] = report
    return G


def _taxonomy():
    try:
        from policykg.ontology.beneficiaries import default_taxonomy
    except ImportError:  # pragma: no cover
        return None
    return default_taxonomy()


def _group_props(tax, name: str) -> dict:
    props = {"name": name}
    if tax is not None:
        g = tax.get(name) if hasattr(tax, "get") else None
        if g is not None:
            props["synonyms"] = list(g.synonyms)
            props["broader"] = list(g.broader)
    return props


def _doc_props(d: ParsedDocument) -> dict:
    n = d.doc_number
    return {
        "title": d.title,
        "doc_number": str(n) if n else None,
        "doc_number_prefix": (n.prefix or None) if n else None,
        "doc_number_year": n.year if n else None,
        "doc_number_serial": n.serial if n else None,
        "doc_type": d.doc_type,
        "date": d.date,
        "effective_date": d.effective_date,
        "expiry_date": d.expiry_date,
        "level": d.level,
        "jurisdiction": d.jurisdiction,
        "issuers": list(d.issuers),
        "in_corpus": True,
        "source_file": d.source_file,
        "source_line": d.source_line,
        "end_line": d.end_line,
    }


def _add_doc_edge(G, source: str, target: str, role: str, **props) -> None:
    """Add a Document→Document edge; of several roles for one pair, the strongest stays (TRANSMITS apart)."""
    if role != "TRANSMITS":
        existing = [k for k in list(G[source].get(target, {})) if k in ROLE_PRIORITY]
        for k in existing:
            if ROLE_PRIORITY[k] <= ROLE_PRIORITY[role]:
                return
            G.remove_edge(source, target, key=k)
    if G.has_edge(source, target, key=role):
        return
    G.add_edge(source, target, key=role, type=role, **props)


def _resolve(
    G,
    r: Reference,
    src: str,
    d: ParsedDocument,
    by_number,
    by_title,
    by_about,
    number_titles,
    reg,
    cited_index: dict | None = None,
) -> str | None:
    """The node a reference points to, creating a cited-only Document when it is not in the corpus."""
    n = r.doc_number
    if (
        n is not None
        and n.kind == "order"
        and n.prefix in ("省政府令", "省人民政府令", "市政府令", "市人民政府令")
        and d.jurisdiction
    ):
        # 省政府令第120号 in a Henan document is 河南省人民政府令第120号
        place = d.jurisdiction
        if (n.prefix.startswith("省") and place.endswith("省")) or (n.prefix.startswith("市") and place.endswith("市")):
            r = Reference(r.role, r.title, DocNumber(place + "人民政府令", None, n.serial, "order"), r.evidence)
    if r.doc_number is not None and r.doc_number.kind == "standard":
        hit = by_number.get(str(r.doc_number))
        if hit:
            return hit
    if r.title:
        k = title_key(r.title)
        cands = [c for c in by_title.get(k, []) or by_about.get(about_key(r.title), []) if c != src]
        if r.doc_number is not None and r.doc_number.kind == "standard":
            # cited with a number the corpus lacks: a same-titled document with another number is another one
            cands = [
                c
                for c in cands
                if G.nodes[c].get("doc_number") in (None, str(r.doc_number))
                and (r.role == "TRANSMITS" or not G.nodes[c].get("transmitted_by"))
            ]
        if k == title_key(d.title) and r.role in ("SUPERSEDES", "AMENDS"):
            # a new act repealing the old one of the same title: another version, never itself
            cands = [c for c in cands if (G.nodes[c].get("date") or "") < (d.date or "9999")]
            if not cands:
                vid = f"doc:{k}@before-{d.date or src[4:]}"
                if vid not in G:
                    G.add_node(
                        vid, label="Document", title=r.title, in_corpus=False, doc_type=_dtype(r.title), level=d.level
                    )
                return vid
        if cands:
            if len(cands) > 1:  # several versions: the latest one not after the citing document
                dated = sorted(cands, key=lambda c: G.nodes[c].get("date") or "")
                before = [c for c in dated if (G.nodes[c].get("date") or "") <= (d.date or "9999")]
                return (before or dated)[-1]
            return cands[0]
    # not in the corpus
    if r.doc_number is not None and r.doc_number.kind == "standard":
        nid = f"doc:{r.doc_number}"
        title = r.title or number_titles.get(str(r.doc_number))
        if cited_index is not None and title and nid not in G:
            # the same title with the same year and serial under a slightly different prefix
            # (平人社〔2022〕79号 / 平人社办〔2022〕79号): one document, misprinted once
            same = cited_index.get((title_key(title), r.doc_number.year, r.doc_number.serial))
            if same is not None:
                return same
            cited_index[(title_key(title), r.doc_number.year, r.doc_number.serial)] = nid
    elif r.title:
        nid = f"doc:{title_key(r.title)}"
        title = r.title
    else:
        return None
    if nid not in G:
        props = {"title": title or str(r.doc_number), "in_corpus": False, "doc_type": _dtype(title) if title else None}
        if r.doc_number is not None:
            n = r.doc_number
            props.update(
                doc_number=str(n),
                doc_number_prefix=n.prefix or None,
                doc_number_year=n.year,
                doc_number_serial=n.serial,
            )
            a = reg.for_prefix(n.prefix) if n.prefix else None
            if a:
                props.update(level=a.level, jurisdiction=a.jurisdiction or None, issuers=[a.name])
        if "level" not in props and title:
            props["level"] = _level_from_title(title, reg)
        G.add_node(nid, label="Document", **{k: v for k, v in props.items() if v is not None})
    elif r.title and G.nodes[nid].get("title") == G.nodes[nid].get("doc_number"):
        G.nodes[nid]["title"] = r.title
    return nid


def _dtype(title: str | None):
    from policykg.loaders.metadata import doc_type_of

    return doc_type_of(title) if title else None


def _level_from_title(title: str, reg) -> str:
    head = title.split("关于", 1)[0] if "关于" in title else ""
    if head and reg.looks_like_agency(head):
        names = reg.split_issuers(head)
        if names:
            return (reg.resolve(names[0]) or reg.guess(names[0])).level
    if title.startswith(("中华人民共和国", "国务院", "国家", "全国")):
        return "national"
    m = re.match(r"^([\u4e00-\u9fff]{1,8}?)(省|自治区)", title)
    if m:
        return "provincial"
    m = re.match(r"^([\u4e00-\u9fff]{1,8}?)市", title)
    if m:
        return "municipal"
    return "unknown"


def apply_status(G: nx.MultiDiGraph, *, as_of: str) -> None:
    """Set ``status`` of every Document as of ``as_of``: superseded, expired, in_force or unknown."""
    for nid, a in G.nodes(data=True):
        if a["label"] != "Document":
            continue
        superseders = []
        for src, _, k, _e in G.in_edges(nid, keys=True, data=True):
            if k != "SUPERSEDES":
                continue
            s = G.nodes[src]
            start = s.get("effective_date") or s.get("date")
            if start is None or start <= as_of:
                superseders.append(src)
        a["status_as_of"] = as_of
        if superseders:
            a["status"] = "superseded"
            a["superseded_by"] = sorted(superseders)
        elif a.get("expiry_date") and a["expiry_date"] < as_of:
            a["status"] = "expired"
        elif a.get("effective_date") and a["effective_date"] > as_of:
            a["status"] = "not_yet_in_force"
        elif a.get("in_corpus"):
            a["status"] = "in_force"
        else:
            a["status"] = "unknown"
