"""Builders the tests share: files and parsed text, hand-made graphs, publications laid out as printed.

Each test file imports what it needs from here (``from factories import …``; pytest puts tests/ on
the path); no test file imports another.  Fixtures (objects pytest hands to tests) live in
conftest.py; this module holds plain functions and constants.

* files and text ........ ``write_file``, ``parse_docs``, ``canonical_issuer``
* graph.json dicts ...... ``doc_json``, ``edge_json``; ``query_graph_json`` — the named queries' graph
  (ids ``N1`` … ``D1``, ``GOV`` …, ``KEY`` …)
* networkx graphs ....... ``add_document``, ``add_relation``; ``lineage_graph`` — the pages' graph
  (ids ``LAW`` … ``UNRELATED``) and ``add_lineage_document``; ``rdf_graph`` — every label and
  relationship type; ``transmitted_national_lines`` (a question asked of a built graph)
* publications .......... single texts laid out as a gazette, its PDF conversion, a compilation, Markdown
  or GB18030 (``reference``, ``BUILDERS``, ``assemble``), parsed back (``parse_publication``) and
  compared with the reference (``compare``); bench/robustness.py measures real corpora with them.
"""

from __future__ import annotations

import difflib
import html
import importlib.util
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import networkx as nx

from policykg.graph.io import parse_graph_json
from policykg.loaders.jsonrecords import json_records
from policykg.loaders.models import ParsedDocument
from policykg.loaders.parse import parse_text
from policykg.loaders.reading import decode
from policykg.ontology.agencies import default_registry
from policykg.viz.lineage import display_level


# ================================================================ files and text
def write_file(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``folder/name`` and return the path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def parse_docs(text: str, name: str = "x.txt") -> tuple[ParsedDocument, ...]:
    """The documents the loaders find in ``text`` (read as if from the file ``name``)."""
    return parse_text(text, name).documents


def canonical_issuer(name: str) -> str:
    """An issuer as the agency registry names it (hand labels may use a printed short form).

    >>> canonical_issuer("省人社厅")
    '河南省人力资源和社会保障厅'
    """
    agency = default_registry().resolve(name)
    return agency.name if agency is not None else name


# ================================================================ graph.json dicts
def doc_json(node_id: str, title: str, level: str, *, in_corpus: bool = True, **props) -> dict:
    """A Document node of graph.json; ``doc_number`` is taken from an id like ``doc:豫政〔2021〕3号``."""
    doc_number = node_id[4:] if "〔" in node_id else None
    p = {"title": title, "level": level, "in_corpus": in_corpus, **props}
    if doc_number:
        p["doc_number"] = doc_number
    return {"id": node_id, "label": "Document", "properties": p}


def edge_json(source: str, target: str, rtype: str, line: int = 1, **props) -> dict:
    """A relationship of graph.json with its evidence (file, line and, but for ISSUED_BY, a sentence)."""
    evidence = {"file": "fixture.txt", "line": line, "text": f"{source} {rtype} {target}"}
    if rtype == "ISSUED_BY":
        evidence = {"file": "fixture.txt", "line": line}
    return {"source": source, "target": target, "type": rtype, "properties": {**evidence, **props}}


# ---------------------------------------------------------------- the named queries' graph
# A municipal notice (郑政〔2022〕5号) transmits an implementation plan that implements and rests on a
# provincial opinion (豫政〔2021〕3号), which implements a national opinion and rests on a national law;
# a district document implements the municipal notice.  The in-memory and the Neo4j answers of the
# named queries are checked on it.
N1 = "doc:国发〔2020〕1号"  # national opinion, cited only
N2 = "doc:国办发〔2021〕2号"  # national general-office notice, cited only
L1 = "doc:中华人民共和国就业促进法"  # national law, no doc number, cited only
P00 = "doc:豫政〔2010〕1号"  # provincial, superseded by P0
P0 = "doc:豫政〔2016〕9号"  # provincial, superseded by P1
P1 = "doc:豫政〔2021〕3号"  # provincial opinion in force
A1 = "doc:豫人社〔2022〕7号"  # amends P1; joint 人社厅 + 财政厅
X1 = "doc:豫人社〔2023〕4号"  # joint 人社厅 + 财政厅 + 教育厅, undated
M1N = "doc:郑政〔2022〕5号"  # municipal notice transmitting M1T
M1T = "doc:郑州市稳就业实施方案"  # the transmitted text (no doc number)
D1 = "doc:金水政〔2023〕1号"  # district document implementing M1N

GOV = "agency:河南省人民政府"
HRSS = "agency:河南省人力资源和社会保障厅"
FIN = "agency:河南省财政厅"
EDU = "agency:河南省教育厅"
ZZ = "agency:郑州市人民政府"
JS = "agency:郑州市金水区人民政府"

KEY = "group:重点群体"
GRAD = "group:高校毕业生"
UNEMP_GRAD = "group:离校未就业高校毕业生"
MIGRANT = "group:农民工"


def query_graph_json() -> dict:
    """The named queries' graph as a graph.json dict (a new dict each call: callers may extend it)."""
    nodes = [
        doc_json(N1, "国务院关于做好就业工作的意见", "national", in_corpus=False),
        doc_json(N2, "国务院办公厅关于支持多渠道灵活就业的意见", "national", in_corpus=False),
        doc_json(L1, "中华人民共和国就业促进法", "national", in_corpus=False),
        doc_json(P00, "河南省促进就业办法", "provincial", date="2010-03-01", status="superseded", superseded_by=[P0]),
        doc_json(
            P0,
            "河南省人民政府关于进一步做好就业工作的意见",
            "provincial",
            date="2016-05-01",
            status="superseded",
            superseded_by=[P1],
            status_as_of="2024-12-31",
        ),
        doc_json(
            P1,
            "河南省人民政府关于做好就业工作的实施意见",
            "provincial",
            date="2021-06-01",
            effective_date="2021-07-01",
            status="in_force",
            status_as_of="2024-12-31",
            issuers=["河南省人民政府"],
        ),
        doc_json(A1, "关于修改《河南省人民政府关于做好就业工作的实施意见》的通知", "provincial", date="2022-02-01"),
        doc_json(X1, "关于做好高校毕业生就业工作的通知", "provincial"),
        doc_json(M1N, "郑州市人民政府关于印发郑州市稳就业实施方案的通知", "municipal", date="2022-04-01"),
        doc_json(M1T, "郑州市稳就业实施方案", "municipal", date="2022-04-01", transmitted_by=M1N),
        doc_json(D1, "金水区落实稳就业措施的通知", "district", date="2023-01-10"),
        {"id": GOV, "label": "Agency", "properties": {"name": "河南省人民政府", "known": True, "level": "provincial"}},
        {
            "id": HRSS,
            "label": "Agency",
            "properties": {
                "name": "河南省人力资源和社会保障厅",
                "known": True,
                "aliases": ["省人社厅", "河南省人社厅"],
            },
        },
        {"id": FIN, "label": "Agency", "properties": {"name": "河南省财政厅", "known": True, "aliases": []}},
        {"id": EDU, "label": "Agency", "properties": {"name": "河南省教育厅", "known": True}},
        {"id": ZZ, "label": "Agency", "properties": {"name": "郑州市人民政府", "known": True}},
        {"id": JS, "label": "Agency", "properties": {"name": "郑州市金水区人民政府", "known": False}},
        {"id": KEY, "label": "BeneficiaryGroup", "properties": {"name": "重点群体", "synonyms": [], "broader": []}},
        {
            "id": GRAD,
            "label": "BeneficiaryGroup",
            "properties": {"name": "高校毕业生", "synonyms": ["应届毕业生", "大学毕业生"], "broader": ["重点群体"]},
        },
        {
            "id": UNEMP_GRAD,
            "label": "BeneficiaryGroup",
            "properties": {"name": "离校未就业高校毕业生", "synonyms": [], "broader": ["高校毕业生", "重点群体"]},
        },
        {
            "id": MIGRANT,
            "label": "BeneficiaryGroup",
            "properties": {"name": "农民工", "synonyms": ["进城务工人员"], "broader": ["重点群体"]},
        },
    ]
    edges = [
        edge_json(P1, N1, "IMPLEMENTS", 3, cited_as="《国务院关于做好就业工作的意见》"),
        edge_json(P1, L1, "BASED_ON", 4),
        edge_json(P1, P0, "SUPERSEDES", 40),
        edge_json(P0, P00, "SUPERSEDES", 30),
        edge_json(A1, P1, "AMENDS", 50),
        edge_json(M1N, M1T, "TRANSMITS", 60),
        edge_json(M1T, P1, "IMPLEMENTS", 62),
        edge_json(M1T, P1, "BASED_ON", 63),
        edge_json(M1T, N2, "BASED_ON", 64),
        edge_json(D1, M1N, "IMPLEMENTS", 70),
        edge_json(D1, N1, "CITES", 71),
        edge_json(P1, GOV, "ISSUED_BY", 2),
        edge_json(P0, GOV, "ISSUED_BY", 2),
        edge_json(P00, GOV, "ISSUED_BY", 2),
        edge_json(A1, HRSS, "ISSUED_BY", 49),
        edge_json(A1, FIN, "ISSUED_BY", 49),
        edge_json(X1, HRSS, "ISSUED_BY", 80),
        edge_json(X1, FIN, "ISSUED_BY", 80),
        edge_json(X1, EDU, "ISSUED_BY", 80),
        edge_json(M1N, ZZ, "ISSUED_BY", 59),
        edge_json(D1, JS, "ISSUED_BY", 69),
        edge_json(P1, GRAD, "TARGETS", 10),
        edge_json(M1T, KEY, "TARGETS", 65),
        edge_json(D1, MIGRANT, "TARGETS", 72),
        edge_json(A1, UNEMP_GRAD, "TARGETS", 51),
        edge_json(X1, GRAD, "TARGETS", 81),
    ]
    return {"schema_version": 1, "nodes": nodes, "edges": edges}


def query_graph() -> nx.MultiDiGraph:
    """``query_graph_json()`` as a networkx graph."""
    return parse_graph_json(query_graph_json())


# ================================================================ networkx graphs
def add_document(G: nx.MultiDiGraph, node_id: str, title: str, *, in_corpus: bool = True, **props) -> str:
    """Add a Document node with these properties; returns its id."""
    G.add_node(node_id, label="Document", title=title, in_corpus=in_corpus, **props)
    return node_id


def add_relation(
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    rel_type: str,
    *,
    file: str = "gazette.txt",
    line: int = 12,
    text: str = "依据有关规定，制定本办法。",
    **props,
) -> None:
    """Add a relationship keyed by its type, with its evidence (file, line, sentence)."""
    G.add_edge(source, target, key=rel_type, type=rel_type, file=file, line=line, text=text, **props)


# ---------------------------------------------------------------- the pages' graph
# Every shape a lineage meets: a notice transmitting a text that implements a national policy and
# rests on a national law (cited only), an older version it supersedes, a municipal document
# implementing it and a district one resting on that, an expired document, a CITES edge, agencies
# and beneficiary groups.
LAW = "doc:中华人民共和国就业促进法"
NATIONAL = "doc:国发〔2021〕1号"
NOTICE = "doc:豫政〔2022〕5号"
TEXT = "doc:河南省就业创业补贴实施办法"
OLD = "doc:豫政〔2018〕9号"
CITY = "doc:郑政〔2022〕12号"
DISTRICT = "doc:金政〔2022〕3号"
EXPIRED = "doc:平政〔2023〕1号"
UNRELATED = "doc:豫政办〔2024〕46号"


def add_lineage_document(
    G: nx.MultiDiGraph,
    node_id: str,
    title: str,
    level: str,
    *,
    number: str | None = None,
    date: str | None = None,
    status: str = "in_force",
    in_corpus: bool = True,
    issuers=(),
) -> None:
    """A document as ``lineage_graph()`` holds it: the fields a page shows, read from gazette.txt."""
    source = {"source_file": "gazette.txt", "source_line": 10} if in_corpus else {}
    G.add_node(
        node_id,
        label="Document",
        title=title,
        doc_number=number,
        date=date,
        level=level,
        status=status,
        in_corpus=in_corpus,
        issuers=list(issuers),
        **source,
    )


def lineage_graph() -> nx.MultiDiGraph:
    """The pages' graph: every shape a lineage meets (see the ids above)."""
    G = nx.MultiDiGraph()
    add_lineage_document(
        G,
        NATIONAL,
        "国务院关于进一步做好稳就业工作的意见",
        "national",
        number="国发〔2021〕1号",
        date="2021-03-01",
        issuers=["国务院"],
    )
    add_lineage_document(G, LAW, "中华人民共和国就业促进法", "national", in_corpus=False)
    add_lineage_document(
        G,
        NOTICE,
        "河南省人民政府关于印发河南省就业创业补贴实施办法的通知",
        "provincial",
        number="豫政〔2022〕5号",
        date="2022-02-01",
        issuers=["河南省人民政府"],
    )
    add_lineage_document(G, TEXT, "河南省就业创业补贴实施办法", "unknown", date="2022-02-01")
    add_lineage_document(
        G,
        OLD,
        "河南省就业补贴暂行办法",
        "provincial",
        number="豫政〔2018〕9号",
        date="2018-05-01",
        status="superseded",
        issuers=["河南省人民政府"],
    )
    add_lineage_document(
        G,
        CITY,
        "郑州市人民政府关于落实就业创业补贴的通知",
        "municipal",
        number="郑政〔2022〕12号",
        date="2022-06-01",
        issuers=["郑州市人民政府", "郑州市人力资源和社会保障局"],
    )
    add_lineage_document(
        G,
        DISTRICT,
        "金水区就业补贴实施细则",
        "district",
        number="金政〔2022〕3号",
        date="2022-09-01",
        issuers=["金水区人民政府"],
    )
    add_lineage_document(
        G,
        EXPIRED,
        "平顶山市就业创业扶持办法",
        "municipal",
        number="平政〔2023〕1号",
        date="2023-01-01",
        status="expired",
        issuers=["平顶山市人民政府"],
    )
    add_lineage_document(
        G,
        UNRELATED,
        "河南省地震安全性评价管理办法",
        "provincial",
        number="豫政办〔2024〕46号",
        date="2024-05-01",
        issuers=["河南省人民政府办公厅", "河南省地震局"],
    )
    add_relation(
        G, NOTICE, TEXT, "TRANSMITS", text="现将《河南省就业创业补贴实施办法》印发给你们，请认真贯彻执行。", line=20
    )
    add_relation(
        G,
        TEXT,
        NATIONAL,
        "IMPLEMENTS",
        text="为贯彻落实《国务院关于进一步做好稳就业工作的意见》精神（详见 https://www.gov.cn/zhengce/），制定本办法。",
        line=22,
    )
    add_relation(G, TEXT, LAW, "BASED_ON", text="根据《中华人民共和国就业促进法》，制定本办法。", line=23)
    add_relation(G, TEXT, OLD, "SUPERSEDES", text="《河南省就业补贴暂行办法》（豫政〔2018〕9号）同时废止。", line=88)
    add_relation(
        G, CITY, TEXT, "IMPLEMENTS", text="为落实《河南省就业创业补贴实施办法》，结合我市实际，制定本通知。", line=120
    )
    add_relation(
        G, DISTRICT, CITY, "BASED_ON", text="依据《郑州市人民政府关于落实就业创业补贴的通知》，制定本细则。", line=160
    )
    add_relation(G, EXPIRED, TEXT, "BASED_ON", text="根据《河南省就业创业补贴实施办法》，制定本办法。", line=200)
    add_relation(G, EXPIRED, NATIONAL, "CITES", text="参照《国务院关于进一步做好稳就业工作的意见》。", line=201)
    add_relation(G, UNRELATED, LAW, "CITES", text="见《中华人民共和国就业促进法》。", line=300)
    agencies = {
        "国务院": "national",
        "河南省人民政府": "provincial",
        "郑州市人民政府": "municipal",
        "郑州市人力资源和社会保障局": "municipal",
        "金水区人民政府": "district",
        "平顶山市人民政府": "municipal",
        "河南省人民政府办公厅": "provincial",
        "河南省地震局": "provincial",
    }
    for name, level in agencies.items():
        G.add_node(f"agency:{name}", label="Agency", name=name, level=level, known=True)
    for n, a in list(G.nodes(data=True)):
        for name in a.get("issuers") or []:
            G.add_edge(n, f"agency:{name}", key="ISSUED_BY", type="ISSUED_BY", file="gazette.txt", line=5)
    G.add_node("group:重点群体", label="BeneficiaryGroup", name="重点群体", synonyms=[], broader=[])
    G.add_node(
        "group:高校毕业生", label="BeneficiaryGroup", name="高校毕业生", synonyms=["应届毕业生"], broader=["重点群体"]
    )
    add_relation(G, TEXT, "group:高校毕业生", "TARGETS", line=40, text="对高校毕业生给予一次性创业补贴。")
    add_relation(G, CITY, "group:重点群体", "TARGETS", line=130, text="支持重点群体就业创业。")
    return G


def transmitted_national_lines(G: nx.MultiDiGraph) -> list[tuple[str, str, str, str]]:
    """(notice, text, implementer, national policy): a local notice transmits a text, and the text (or
    the notice) IMPLEMENTS a national-level document — found by querying the graph."""
    found = []
    for notice, text, key in G.edges(keys=True):
        if key != "TRANSMITS" or display_level(G, notice) == "national":  # a national notice is on top itself
            continue
        for implementer in (text, notice):
            for _, target, k in G.out_edges(implementer, keys=True):
                if k == "IMPLEMENTS" and display_level(G, target) == "national":
                    found.append((notice, text, implementer, target))
    return found


# ---------------------------------------------------------------- the RDF export's graph
def rdf_graph() -> nx.MultiDiGraph:
    """Every node label and relationship type once or more, joint issuers, a 3-level taxonomy."""
    G = nx.MultiDiGraph()
    rel = partial(add_relation, G, file="sample.txt")  # every relation read from sample.txt
    add_document(
        G,
        "doc:豫政办〔2024〕46号",
        "河南省人民政府办公厅关于印发河南省促进高校毕业生就业若干措施的通知",
        doc_number="豫政办〔2024〕46号",
        doc_number_prefix="豫政办",
        doc_number_year=2024,
        doc_number_serial=46,
        doc_type="通知",
        date="2024-05-06",
        level="provincial",
        jurisdiction="河南省",
        issuers=["河南省人民政府办公厅"],
        status="in_force",
        status_as_of="2026-01-01",
        source_file="sample.txt",
        source_line=1,
        end_line=80,
    )
    add_document(
        G,
        "doc:河南省促进高校毕业生就业若干措施",
        "河南省促进高校毕业生就业若干措施",
        doc_type="措施",
        effective_date="2024-06-01",
        expiry_date="2026-12-31",
        level="provincial",
        status="in_force",
        transmitted_by="doc:豫政办〔2024〕46号",
        source_file="sample.txt",
        source_line=9,
        end_line=80,
    )
    add_document(
        G,
        "doc:豫人社〔2024〕3号",
        "关于做好就业补贴工作的通知",
        doc_number="豫人社〔2024〕3号",
        doc_type="通知",
        date="2024-03-01",
        level="provincial",
        issuers=["河南省人力资源和社会保障厅", "河南省财政厅"],
        status="in_force",
        source_file="sample.txt",
        source_line=90,
    )
    add_document(
        G,
        "doc:豫政〔2019〕8号",
        "河南省促进就业办法",
        doc_number="豫政〔2019〕8号",
        in_corpus=False,
        status="superseded",
        superseded_by=["doc:豫政办〔2024〕46号"],
    )
    add_document(
        G, "doc:中华人民共和国就业促进法", "中华人民共和国就业促进法", in_corpus=False, doc_type="法", level="national"
    )
    add_document(
        G,
        "doc:国办发〔2023〕11号",
        "国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知",
        doc_number="国办发〔2023〕11号",
        in_corpus=False,
        level="national",
        status="unknown",
    )
    for name, parent, level in (
        ("河南省人民政府", None, "provincial"),
        ("河南省人民政府办公厅", "河南省人民政府", "provincial"),
        ("河南省人力资源和社会保障厅", "河南省人民政府", "provincial"),
        ("河南省财政厅", "河南省人民政府", "provincial"),
    ):
        G.add_node(
            f"agency:{name}",
            label="Agency",
            name=name,
            aliases=[name.replace("河南省", "省")],
            level=level,
            jurisdiction="河南省",
            parent=parent,
            known=True,
        )
    for name, synonyms, broader in (
        ("重点群体", [], []),
        ("青年", ["青年人"], ["重点群体"]),
        ("高校毕业生", ["应届毕业生", "大学毕业生"], ["青年", "重点群体"]),
        ("脱贫人口", [], ["重点群体"]),
        ("退役军人", [], []),
        ("学生", ["在校生"], []),
        ("大学生", [], ["青年", "学生", "重点群体"]),  # two immediate broader groups: 青年 and 学生
    ):
        G.add_node(f"group:{name}", label="BeneficiaryGroup", name=name, synonyms=synonyms, broader=broader)
    G.add_edge(
        "doc:豫政办〔2024〕46号",
        "agency:河南省人民政府办公厅",
        key="ISSUED_BY",
        type="ISSUED_BY",
        file="sample.txt",
        line=2,
    )
    for agency in ("河南省人力资源和社会保障厅", "河南省财政厅"):  # joint issuance
        G.add_edge("doc:豫人社〔2024〕3号", f"agency:{agency}", key="ISSUED_BY", type="ISSUED_BY")
    rel(
        "doc:豫政办〔2024〕46号",
        "doc:河南省促进高校毕业生就业若干措施",
        "TRANSMITS",
        line=3,
        text="现将《河南省促进高校毕业生就业若干措施》印发给你们，请认真贯彻执行。",
        cited_as="title",
    )
    rel(
        "doc:豫政办〔2024〕46号",
        "doc:豫政〔2019〕8号",
        "SUPERSEDES",
        line=79,
        text="《河南省促进就业办法》（豫政〔2019〕8号）同时废止。",
        cited_as="title+number",
    )
    rel(
        "doc:河南省促进高校毕业生就业若干措施",
        "doc:中华人民共和国就业促进法",
        "BASED_ON",
        line=10,
        text="根据《中华人民共和国就业促进法》，制定本措施。",
        cited_as="title",
    )
    rel(
        "doc:河南省促进高校毕业生就业若干措施",
        "doc:国办发〔2023〕11号",
        "IMPLEMENTS",
        line=11,
        text="为贯彻落实《国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知》精神",
        cited_as="title",
    )
    rel(
        "doc:豫人社〔2024〕3号",
        "doc:河南省促进高校毕业生就业若干措施",
        "CITES",
        line=95,
        text="按照《河南省促进高校毕业生就业若干措施》规定执行。",
        cited_as="title",
    )
    rel(
        "doc:豫人社〔2024〕3号",
        "doc:豫政〔2019〕8号",
        "AMENDS",
        line=96,
        text="对《河南省促进就业办法》作如下修改：",
        cited_as="title",
    )
    rel(
        "doc:河南省促进高校毕业生就业若干措施",
        "group:高校毕业生",
        "TARGETS",
        line=20,
        text="对高校毕业生给予一次性求职补贴。",
    )
    rel("doc:豫人社〔2024〕3号", "group:脱贫人口", "TARGETS", line=97, text="对脱贫人口给予就业补贴。")
    rel("doc:豫人社〔2024〕3号", "group:退役军人", "TARGETS", line=98, text="对退役军人给予创业补贴。")
    rel("doc:豫政办〔2024〕46号", "group:青年", "TARGETS", line=5, text="支持青年就业创业。")
    rel("doc:中华人民共和国就业促进法", "group:大学生", "TARGETS", line=30, text="鼓励大学生到基层就业。")
    return G


# ================================================================ publications
# Single texts laid out as real publications print them, to see whether the loaders find the same
# documents again (tests/test_robustness_layouts.py; bench/robustness.py on real corpora).
LAYOUTS = ("gazette", "pdf", "pdf-titles", "compilation", "markdown", "gb18030", "markdown-bare", "flat", "database")

# 2024年3月5日 → 2024 年 3 月 5 日 (the spaces PDF conversion puts around digits)
DATE_DIGITS = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
# 〔2024〕5号 / [2007]9号 → 〔2024〕 5 号
NUMBER_DIGITS = re.compile(r"([〔\[［]\s*(?:19|20)\d\d\s*[〕\]］])(\d{1,4})号")
# 第227号 → 第 227 号
ORDINAL_DIGITS = re.compile(r"第(\d{1,4})号")
# 一、总体要求 / 第一章 总则 — a section heading inside a document (short, no sentence end)
SECTION_IN_DOC = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、[^。；;：:]{1,28}|第[一二三四五六七八九十]{1,3}章\s*\S.{0,20})\s*$"
)
# Web-page furniture no printed publication has: a portal's metadata table (索引号： … 发布机构： …;
# 文号： / 日期： / 来源： only in a page's first lines, where the table sits), 字号：大 中 小,
# 打印 关闭 / [放大字体] [返回顶部], 分享：, 扫一扫在手机打开当前页, 本文链接：…, 全真版：…
WEB_FIELD = re.compile(
    r"^\s*(?:索\s*引\s*号|主题分类|发布机构|成文日期|发布日期|生成日期|文件登记号|浏览次数|点击数|访问量|"
    r"信息来源|本文链接|本文关键词)\s*[:：]"
)
WEB_HEAD_FIELD = re.compile(
    r"^\s*(?:文\s*号|发文字号|发文机关|有\s*效\s*性|日\s*期|来\s*源|主\s*题\s*词|标\s*题)\s*[:：]"
)
WEB_FIELD_LINES = 12  # how far down a page its metadata table may reach
WEB_CLUTTER = re.compile(
    r"^[\s\[\]【】]*(?:字号|字体)\s*[:：]?[\s大中小\[\]【】]*$"
    r"|^[\s\[\]【】:：]*(?:(?:打印本页|打印|关闭窗口|关闭|分享到|分享|返回顶部|放大字体|缩小字体|收藏|纠错|文件下载|下载)[\s\[\]【】:：]*)+$"
    r"|^\s*(?:扫一扫.{0,12}|扫描二维码.{0,12}|全真版[:：].*|文件下载及相关附件[:：].*)$"
)
# YAML front matter on top of a Markdown page (``---`` / ``title: X`` / ``date: …`` / ``---``): the whole block
# goes, except a title not printed on a line of its own below, which stays as the bare title (a publication prints it)
FRONT_MATTER_FENCE = re.compile(r"^\s*---\s*$")
FRONT_MATTER_TITLE = re.compile(r"^\s*(?:title|标题)\s*[:：]\s*(?P<title>\S.*?)\s*$")
FRONT_MATTER_LINES = 40  # how long a front-matter block may be
# A static law site's Markdown page (VuePress): containers ``::: tip 修订信息`` … ``:::`` (the fences go, the passing
# note stays), ``::: details 目录`` (a table of contents: ``[[toc]]``, ``@tab``, link rows ``[1](#t1)``) and
# ``::: warning 原文链接`` (the page's source link) — the whole block goes; HTML paragraphs ``<p id="t1">…<b>第一条</b>…</p>``,
# ``&emsp;`` entities, headings ``## 第一章&emsp;总则{align="center"}`` and rules ``---`` are printed as plain text
SITE_FENCE = re.compile(r"^\s*:::\s*(?P<kind>[a-z]+)?\s*(?P<label>.*?)\s*$")
SITE_DROP_BLOCK = {"details", "warning", "tabs"}
SITE_TAG = re.compile(r"</?(?:p|b|strong|br|span|div|center|font|i|em|u)\b[^>]*>", re.I)
SITE_ATTR = re.compile(r"\s*\{(?:align|style|target|class|id)=[^}]*\}")
SITE_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
SITE_LINE_DROP = re.compile(
    r"^\s*(?:\[\[toc\]\]|@tab\b.*|-{3,}|<https?://[^>]*>|-\s*第\s*\d+\s*条?\s*[~～-].{0,12})\s*$"
)
# A portal's metadata table printed one cell a line, each label over its value (gov.cn: 索 引 号： / 000014349/2018-00227 /
# 主题分类： / 科技 / 发文机关： / 国务院 / 成文日期： / 2018年12月28日 / 标　　题： / … / 主 题 词：): from a 索引号 label on,
# labels and the value under each go (主题词 is left with none: what follows it is the text)
CELL_LABEL = re.compile(
    r"^\s*(?P<key>索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*机\s*关|发\s*布\s*机\s*构|成\s*文\s*日\s*期|标\s*题|"
    r"发\s*文\s*字\s*号|文\s*号|发\s*布\s*日\s*期|生\s*成\s*日\s*期|有\s*效\s*性|主\s*题\s*词)\s*[:：]\s*$"
)
# A portal's metadata table as a row of ``|`` cells (索引号: | … | 公开目录: |, 文 号 | … | 发文日期 | …, [ 发文字号 ] | …): a row
# whose first cell is a metadata label goes
PIPE_ROW = re.compile(
    r"^\s*\[?\s*(?:索\s*引\s*号|主\s*题\s*分\s*类|信\s*息\s*分\s*类|体\s*裁\s*分\s*类|发\s*布\s*机\s*[构关]|发\s*文\s*机\s*关|"
    r"成\s*文\s*日\s*期|发\s*[布文]\s*日\s*期|发\s*文\s*字\s*号|文\s*号|有\s*效\s*性|效\s*力\s*属\s*性|公\s*开\s*目\s*录)"
    r"\s*\]?\s*[:：]?\s*\|"
)
# A page's breadcrumb (您的位置：首页 » … / 当前位置：首页 > … / 首页 > 政务公开 > …), its 【法宝引证码】 line,
# 下载地址：点击此处下载
WEB_CHROME = re.compile(
    r"^\s*(?:您?(?:当前|现在)?(?:的|所在)?位置|当前位置)\s*[:：]?\s*(?:首[页頁]|$).{0,150}$"
    r"|^\s*首[页頁]\s*(?:>>?|»|＞|/|→).{0,150}$"
    r"|^\s*【法宝引证码】.{0,80}$"
    r"|^\s*下载地址\s*[:：]\s*点击此处下载\s*$"
)
# A page's publication line: two or more of 来源：/ 作者：/ 发布时间：/ 浏览次数：… on one short line, or any
# short line with a view counter (浏览次数：/ 点击次数：/ 阅读次数：/ 访问次数：)
WEB_META_KEY = re.compile(
    r"(?:信息来源|文章来源|来源|文章作者|作者|责任编辑|编辑|发布时间|发布日期|更新日期|更新时间|时间|浏览次数|浏览|"
    r"点击次数|点击|阅读次数|阅读|访问次数|字体|字号)\s*[:：]"
)
WEB_COUNTER = re.compile(r"(?:浏览|点击|阅读|访问)次数\s*[:：]")
WEB_META_LEN = 120
# Portal furniture a printed publication never carries: a lone posting time with its clock time
# (发布时间:2023-09-19 05:44:44), a view count (浏览量: 73), a source link (原文链接：https://…), a disclaimer
# ([免责声明] 本文来源于网络…), a widget's symbol alone (× + - ↺), a mobile-site link (关注 · 手机版), a
# document-sharing site's prompts (下载后继续阅读 / 当前文档共20页 2.88 / 加入Vip免费下载 立即下载), a portal's section
# label (政策文件:), a related-link snippet the page cut with "..." (穗府办规〔2022〕13号广州市人民政府办公厅关于印发广州市...),
# a visitor counter (您是第 - 位访客), a site's ICP record (粤ICP备15016469号-2), a province's service apps (粤商通 / 穗好办)
# and a metadata table's index-number row (索引号 2950798/2020-38134)
WEB_PORTAL = re.compile(
    r"^\s*(?:发布时间|發布時間|发表时间)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
    r"|^\s*浏览量\s*[:：]"
    r"|^\s*原文链接\s*[:：]"
    r"|^\s*[\[【]?免责声明[\]】]?\s*[:：]?"
    r"|^\s*[×+↺-]\s*$"
    r"|^\s*(?:关注\s*·\s*)?(?:WAP)?手机版\s*$"
    r"|^\s*(?:下载后继续阅读|当前文档共\d{1,4}页.{0,20}|加入Vip免费下载.{0,20})$"
    r"|^\s*政策文件\s*[:：]\s*$"
    r"|^.{0,120}您是第.{0,40}位访客|^.{0,120}ICP备\d|^\s*(?:粤商通|穗好办|粤省事)\s*$"
    r"|^\s*索\s?引\s?号\s*[:：]?\s*[\w/.-]{1,40}\s*$"
    r"|^.{4,80}(?<!\.)\.\.\.\s*$"
)
# A site's footer menu: two or more of its links on one short line (网站首页 关于我们 联系我们 … 免责声明)
WEB_MENU_ITEM = re.compile(r"网站首页|关于我们|联系我们|网站地图|免责声明|友情链接|隐私保护|广告服务")
# A portal's metadata table printed without colons, one or two cells a line: 索 引 号 010605548/2023-00027 发布机构 /
# 文  号 〔〕号 有效性 有效 / 公开日 / 发布机构 梁山县人民政府办公室 组配分类 梁政发 / 有效性 有效
WEB_TABLE_LABEL = re.compile(
    r"索\s?引\s?号|发\s?布\s?机\s?构|(?<![发文])文\s{0,3}号|有\s?效\s?性|公\s?开\s?日\s?期?|成\s?文\s?(?:日\s?期|时\s?间)|"
    r"生\s?成\s?日\s?期|公\s?开\s?方\s?式|组\s?配\s?分\s?类|废\s?止\s?日\s?期|主\s?题\s?分\s?类"
)
WEB_TABLE_ALONE = re.compile(r"^\s*(?:公\s?开\s?日\s?期?|有\s?效\s?性\s*[:：]?\s*(?:有效|失效|废止)?)\s*$")
# "附件：名单.rar" / "1. 汇总表.docx" (an attachment: the extension goes) / "通知.pdf" alone (a download link: the line goes)
FILE_LINK = re.compile(r"^(?P<keep>.{0,80}?)\.(?:pdf|docx?|wps|xlsx?|zip|rar)\s*$", re.I)
ATTACHMENT_NAME = re.compile(r"^\s*(?:附\s*件|\d{1,2}\s*[.．、])")
# A law of a one-document-per-file collection (LawRefBook): "# 标题", passing lines, this marker, articles.
INFO_END = "<!-- INFO END -->"
MD_MARK = re.compile(r"^\s*#{1,6}\s+")
# what normalising a title removes or unifies before comparing
_TITLE_DROP = re.compile(r"[\s《》〈〉“”\"'‘’「」]")
_TITLE_UNIFY = str.maketrans({"（": "(", "）": ")", "〔": "[", "〕": "]", "［": "[", "］": "]", "，": ",", "、": ","})

PLACES = ("河南省", "江苏省", "浙江省", "湖北省", "四川省", "山东省", "郑州市", "洛阳市", "苏州市", "成都市")
TOC_LEADERS = ("……………………", "…………", " ..... ", "..........", "·······", " ")
PAGE_FORMS = ("（{}）", "({})", " {}")


# ---------------------------------------------------------------- data
@dataclass(frozen=True)
class Pair:
    """A cited document of a document: its number (if cited with one), its title key (norm_title), its role,
    and the line of the evidence (in the file parsed)."""

    number: str | None
    title: str | None
    role: str
    line: int

    @property
    def name(self) -> str:
        return self.number or self.title or "?"


def doc_pairs(d: ParsedDocument) -> tuple[Pair, ...]:
    """A parsed document's cited pairs, one per (cited number, else title key; role), first evidence kept."""
    out: dict[tuple, Pair] = {}
    for r in sorted(d.references, key=lambda r: r.evidence.line):
        number = str(r.doc_number) if r.doc_number else None
        title = norm_title(r.title) if r.title else None
        if not (number or title):
            continue
        out.setdefault((number or title, r.role), Pair(number, title, r.role, r.evidence.line))
    return tuple(out.values())


@dataclass(frozen=True)
class RefDoc:
    """A document of the reference parse of one input file."""

    title: str
    doc_number: str | None
    issuers: tuple[str, ...]
    date: str | None
    line: int  # first title line in the input file (1-based)
    transmitted: bool
    level: str
    kind: str | None  # doc number kind: standard | order | announcement | None
    pairs: tuple[Pair, ...] = ()  # the documents it cites, with their roles


@dataclass(frozen=True)
class Source:
    """One input file: its raw lines and its reference documents."""

    name: str
    lines: tuple[str, ...]
    docs: tuple[RefDoc, ...]

    @property
    def top(self) -> RefDoc:
        return next((d for d in self.docs if not d.transmitted), self.docs[0])


@dataclass(frozen=True)
class Origin:
    """Where a line of a synthetic publication comes from: an input file's line, or layout furniture."""

    source: str | None = None
    line: int | None = None
    what: str = "text"  # text | cover | toc | heading | page | blank | header

    def __str__(self) -> str:
        return f"{self.source}:{self.line}" if self.source else f"<{self.what}>"


BLANK = Origin(what="blank")


@dataclass(frozen=True)
class Publication:
    name: str
    layout: str
    text: str
    origins: tuple[Origin, ...]  # one per line of text
    expected: tuple[tuple[str, RefDoc], ...]  # (source name, reference document)
    encoding: str = "utf-8"

    def line_of(self, source: str, line: int) -> int | None:
        """1-based line of the publication where an input file's line landed (its first fragment)."""
        for i, o in enumerate(self.origins):
            if o.source == source and o.line is not None and o.line >= line:
                return i + 1
        return None


@dataclass(frozen=True)
class Found:
    title: str
    doc_number: str | None
    issuers: tuple[str, ...]
    date: str | None
    line: int  # 1-based line in the publication
    pairs: tuple[Pair, ...] = ()  # evidence lines are the publication's


@dataclass
class Result:
    """Comparison of one publication's parse with its references."""

    pub: Publication
    n_expected: int
    n_found: int
    exact: int = 0
    lenient: int = 0
    same_title: int = 0  # matched documents whose title is the reference's, character for character
    same_number: int = 0
    same_issuers: int = 0
    same_date: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    patterns: Counter = field(default_factory=Counter)  # failure pattern -> count (see compare)
    # cited pairs of matched documents (see compare_pairs)
    pairs_expected: int = 0
    pairs_found: int = 0
    pairs_matched: int = 0
    pairs_same_role: int = 0
    pair_misses: list[str] = field(default_factory=list)
    pair_extras: list[str] = field(default_factory=list)
    role_errors: list[str] = field(default_factory=list)
    pair_patterns: Counter = field(default_factory=Counter)


# ---------------------------------------------------------------- references
def norm_title(t: str) -> str:
    """Title key: no spaces, quotes or book-title marks; full/half-width brackets and commas unified."""
    return _TITLE_DROP.sub("", t).translate(_TITLE_UNIFY)


def drop_web_furniture(text: str, *, chrome: bool = True, cells: bool = True) -> tuple[str, int]:
    """Blank out web-page furniture (line numbers stay those of the file); returns the text and lines changed.

    >>> drop_web_furniture("索引号： 0001\\n关于X的通知\\n附件：名单.rar\\n打印 关闭")
    ('\\n关于X的通知\\n附件：名单\\n', 3)
    """
    out, n = [], 0
    lines = text.split("\n")
    table = any(WEB_FIELD.match(l) for l in lines[:WEB_FIELD_LINES])  # a portal page's metadata table on top
    front = _front_matter(lines)
    site = _site_page(lines)
    table_cells = _cell_table(lines) | {i for i, l in enumerate(lines) if PIPE_ROW.match(l)} if cells else set()
    for i, line in enumerate(lines):
        new = line
        if i in front:
            new = front[i]
        elif i in site:
            new = site[i]
        elif i in table_cells:
            new = ""
        elif (
            WEB_FIELD.match(line)
            or (table and i < WEB_FIELD_LINES and WEB_HEAD_FIELD.match(line))
            or WEB_CLUTTER.match(line)
            or (chrome and (WEB_CHROME.match(line) or _web_meta(line) or _portal_bits(line)))
        ):
            new = ""
        elif m := FILE_LINK.match(line):
            new = m.group("keep") if ATTACHMENT_NAME.match(line) else ""
        n += new != line
        out.append(new)
    return "\n".join(out), n


def _doc_keys(pf) -> list[tuple]:
    return [(d.title, str(d.doc_number), tuple(d.issuers), d.date, d.source_line) for d in pf.documents]


def _lost_field(before, after) -> bool:
    """Whether a document of ``after`` (matched to ``before`` by title line) goes without a number, issuers or date
    ``before`` has, or a document is gone."""
    new = {d.source_line: d for d in after.documents}
    for d in before.documents:
        a = new.get(d.source_line)
        if a is None or (d.doc_number and not a.doc_number) or (d.issuers and not a.issuers) or (d.date and not a.date):
            return True
    return False


def _web_meta(line: str) -> bool:
    """A page's publication line (来源：… 作者：… / 发布时间：… 浏览次数：…), not a sentence of the text.

    >>> _web_meta("时间:2024-05-18 02:00:56 来源: 法律资料网 作者:法律资料网 阅读:9704"), _web_meta("发布时间:2021-01-15 浏览次数:782")
    (True, True)
    >>> _web_meta("来源：本办法所称资金来源：财政拨款。")
    False
    """
    if len(line.strip()) > WEB_META_LEN:
        return False
    if WEB_COUNTER.search(line):
        return True
    keys = {m.group(0).rstrip(":： ") for m in WEB_META_KEY.finditer(line)}
    return len(keys) >= 2 and not re.search(r"[。；]", line)


def _portal_bits(line: str) -> bool:
    """Portal furniture (posting time, view count, source link, disclaimer, widget symbols, site menu, metadata
    table cells printed without colons), not a line of the text.

    >>> _portal_bits("发布时间:2023-09-19 05:44:44"), _portal_bits("网站首页 关于我们 友情链接 联系我们 免责声明")
    (True, True)
    >>> _portal_bits("索 引 号 010605548/2023-00027 发布机构"), _portal_bits("有效性 有效"), _portal_bits("↺")
    (True, True, True)
    >>> _portal_bits("各单位要提高工作的有效性，文号统一编排。"), _portal_bits("发布时间：2023年9月19日")
    (False, False)
    """
    if WEB_PORTAL.match(line) or WEB_TABLE_ALONE.match(line):
        return True
    short = len(line.strip()) <= WEB_META_LEN and not re.search(r"[。；，,]", line)
    if short and len(set(WEB_MENU_ITEM.findall(line))) >= 2:
        return True
    return short and len({re.sub(r"\s", "", k) for k in WEB_TABLE_LABEL.findall(line)}) >= 2


def _front_matter(lines: list[str]) -> dict[int, str]:
    """The lines of a YAML front-matter block on top of ``lines`` (0-based index -> what stays of it).

    >>> _front_matter(["---", "title: 关于X的通知", "date: 2024-01-02", "---", "", "正文"])
    {0: '', 1: '关于X的通知', 2: '', 3: ''}
    >>> _front_matter(["---", "标题: 关于X的通知", "---", "# 关于X的通知"])
    {0: '', 1: '', 2: ''}
    """
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    if first is None or not FRONT_MATTER_FENCE.match(lines[first]):
        return {}
    end = next(
        (
            i
            for i in range(first + 1, min(len(lines), first + FRONT_MATTER_LINES))
            if FRONT_MATTER_FENCE.match(lines[i])
        ),
        None,
    )
    if end is None:
        return {}
    out = {i: "" for i in range(first, end + 1)} | _archive_note(lines, end + 1)
    printed = {MD_MARK.sub("", l).strip() for l in lines[end + 1 :]}  # the title on a line of its own below
    for i in range(first + 1, end):
        if (m := FRONT_MATTER_TITLE.match(lines[i])) and m.group("title") not in printed:
            out[i] = m.group("title")
            break
    return out


def _archive_note(lines: list[str], start: int) -> dict[int, str]:
    """The ``> …`` lines right under a front-matter block (from ``start``, blank lines between them): the archive's
    note on where its script took the text from (> 本文正文由脚本自…官方公开页面提取 / > 依《著作权法》第五条…), web-only.

    >>> _archive_note(["", "> 本文正文由脚本提取。", "> 依《著作权法》第五条。", "", "# 关于X的通知"], 0)
    {1: '', 2: ''}
    """
    out: dict[int, str] = {}
    for i in range(start, min(len(lines), start + FRONT_MATTER_LINES)):
        if lines[i].startswith(">"):
            out[i] = ""
        elif lines[i].strip():
            break
    return out


def _cell_table(lines: list[str]) -> set[int]:
    """The lines (0-based) of a metadata table printed one cell a line, label over value, from a 索引号 label on.

    >>> sorted(_cell_table(["索 引 号：", "000014349/2018-00227", "发文机关：", "国务院", "主 题 词：", "关于X的通知"]))
    [0, 1, 2, 3, 4]
    """
    out: set[int] = set()
    i = 0
    while i < len(lines):
        m = CELL_LABEL.match(lines[i])
        if not (m and re.sub(r"\s", "", m.group("key")) == "索引号"):
            i += 1
            continue
        while i < len(lines) and (m := CELL_LABEL.match(lines[i])):
            out.add(i)
            i += 1
            key = re.sub(r"\s", "", m.group("key"))
            if key != "主题词" and i < len(lines) and lines[i].strip() and not CELL_LABEL.match(lines[i]):
                out.add(i)
                i += 1
    return out


def _site_page(lines: list[str]) -> dict[int, str]:
    """A static law site's Markdown page (VuePress containers) as a publication prints it (0-based index -> line).

    >>> _site_page(["::: tip 修订信息", "（2014年公布&emsp;施行）", ":::", "::: details 目录", "[[toc]]", ":::",
    ...             "## 第一章&emsp;总则{align=center}", '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为了X。</p>'])
    {0: '', 1: '（2014年公布\\u3000施行）', 2: '', 3: '', 4: '', 5: '', 6: '第一章\\u3000总则', 7: '\\u3000\\u3000第一条\\u3000为了X。'}
    """
    if not any(
        (m := SITE_FENCE.match(l)) and m.group("kind") in SITE_DROP_BLOCK | {"tip", "info", "right"} for l in lines
    ):
        return {}
    out: dict[int, str] = {}
    block: str | None = None  # the kind of the open container
    for i, line in enumerate(lines):
        if m := SITE_FENCE.match(line):
            kind = m.group("kind")
            if kind is None:  # a closing fence
                block = None
                out[i] = ""
            elif block in SITE_DROP_BLOCK:  # a container nested in a dropped one
                out[i] = ""
            else:
                block = kind
                label = m.group("label")
                # ::: info 附件： — an attachment list prints its heading
                out[i] = label if kind == "info" and label.startswith("附") else ""
            continue
        if block in SITE_DROP_BLOCK or SITE_LINE_DROP.match(line):
            out[i] = ""
            continue
        new = SITE_LINK.sub(lambda k: re.sub(r"\.(?:pdf|docx?|wps|xlsx?|zip|rar)$", "", k.group("text")), line)
        new = html.unescape(SITE_ATTR.sub("", SITE_TAG.sub("", new))).replace("\u2003", "\u3000")
        new = re.sub(r"^\s*-\s+(?=\S)", "", new) if block == "info" else MD_MARK.sub("", new)
        if new != line:
            out[i] = new.rstrip()
    return out


def reference(name: str, text: str, *, keep_web: bool = False) -> Source:
    """Parse one file alone (web furniture blanked out unless ``keep_web``): its documents are the reference."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_web:
        raw = text
        bare, _ = drop_web_furniture(raw, chrome=False)
        text, _ = drop_web_furniture(raw)
        chrome = True
        if text != bare:
            # breadcrumbs and publication lines stay where blanking them changes what a text alone is read as
            # (they kept a site's name from being glued to the title below it)
            pf = parse_text(text, name)
            if _doc_keys(pf) != _doc_keys(parse_text(bare, name)):
                text, chrome = bare, False
        kept, _ = drop_web_furniture(raw, chrome=chrome, cells=False)
        if kept != text and _lost_field(parse_text(kept, name), parse_text(text, name)):
            # a cell table stays where it alone gives a document its number, issuers or date (the text does not
            # print them); a value the text prints itself wins over the table's
            text = kept
    pf = parse_text(text, name)
    docs = tuple(
        RefDoc(
            title=d.title if d.title_printed else "",
            doc_number=str(d.doc_number) if d.doc_number else None,
            issuers=tuple(d.issuers),
            date=d.date,
            line=d.source_line,
            transmitted=d.transmitted_by is not None,
            level=d.level,
            kind=d.doc_number.kind if d.doc_number else None,
            pairs=doc_pairs(d),
        )
        for d in pf.documents
    )
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if INFO_END in text:
        lines = print_form_of_law(lines)
    return Source(name, tuple(lines), docs)


def print_form_of_law(lines: list[str]) -> list[str]:
    """A LawRefBook file as a gazette prints the law: no Markdown marks, the passing note in brackets
    under the title, no INFO END marker (line numbers kept).

    >>> print_form_of_law(["# 某条例", "", "2003年9月27日 某会议通过", "", "<!-- INFO END -->", "## 第一章 总则", "第一条 …"])
    ['某条例', '', '（2003年9月27日 某会议通过）', '', '', '第一章 总则', '第一条 …']
    """
    end = next((i for i, l in enumerate(lines) if l.strip() == INFO_END), -1)
    title = next((i for i, l in enumerate(lines) if l.strip()), 0)
    out = []
    for i, l in enumerate(lines):
        if i == end:
            out.append("")
        elif title < i < end and l.strip():
            out.append(f"（{l.strip()}）")
        else:
            out.append(MD_MARK.sub("", l))
    return out


MAX_PREAMBLE = 60  # lines before a file's first document that a publication may carry over as that document's


TABLE_SUFFIXES = (".csv", ".tsv")  # tables of records (loaders/csvrecords.py)


def untitled_reason(src: Source) -> str | None:
    """Why a file cannot stand in a publication (its reference has no real title), or None."""
    if not src.docs:
        return "no document in the reference parse"
    if json_records("\n".join(src.lines)) is not None:
        return "JSON records (a crawler's data: no publication prints them so)"
    if Path(src.name).suffix.lower() in TABLE_SUFFIXES:
        return "a table of records (a crawler's data: no publication prints them so)"
    first = min(d.line for d in src.docs)
    if first > MAX_PREAMBLE and any("《" in line for line in src.lines[: first - 1]):
        # (a compilation's cover, preface and contents: set after another text, their titles would read as its own
        # citations, which the reference, drawing none before the first document, does not have)
        return f"front matter of {first - 1} lines before the first document, with titles in 《》"
    stem = Path(src.name).stem
    for d in src.docs:
        if not d.title:
            return f"untitled document (no title printed) at line {d.line}"
        if d.title == stem or d.title.endswith(stem):
            return f"untitled document (titled by the file name) at line {d.line}"
        if d.doc_number and d.title == d.doc_number:
            return f"untitled document (titled by its number {d.doc_number}) at line {d.line}"
    return None


def title_lines(src: Source, doc: RefDoc) -> tuple[int, int] | None:
    """The input lines (1-based, inclusive) that print ``doc``'s title, or None when it is not printed there."""
    want = norm_title(doc.title)
    acc = ""
    first = last = None
    j = doc.line
    while j <= len(src.lines) and j < doc.line + 8:
        c = norm_title(src.lines[j - 1])
        j += 1
        if not c:
            if first is None or want not in acc:
                continue  # (a title printed over two lines with a blank line between them: its second line follows)
            break
        if (acc + c) in want or want in (acc + c):
            first = first or j - 1
            last = j - 1
            acc += c
            if want in acc:
                break
        else:
            break
    return (first, last) if first is not None else None


# ---------------------------------------------------------------- assembling
class _Builder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origins: list[Origin] = []

    def add(self, text: str, origin: Origin) -> None:
        self.lines.append(text)
        self.origins.append(origin if text.strip() else BLANK)

    def blank(self) -> None:
        self.add("", BLANK)

    def body(self, src: Source) -> None:
        for i, raw in enumerate(src.lines, 1):
            self.add(raw, Origin(src.name, i))

    def publication(self, name: str, layout: str, sources: list[Source], encoding: str = "utf-8") -> Publication:
        expected = tuple((s.name, d) for s in sources for d in s.docs)
        return Publication(name, layout, "\n".join(self.lines) + "\n", tuple(self.origins), expected, encoding)


def _gazette_section(d: RefDoc) -> str:
    issuer = d.issuers[0] if d.issuers else ""
    if d.kind == "order":
        return "【政府令】"
    if issuer.endswith("人民政府"):
        return "【政府文件】"
    if "人民政府办公" in issuer:
        return "【政府办公厅文件】"
    return "【部门文件】"


_SECTION_ORDER = ("【政府令】", "【政府文件】", "【政府办公厅文件】", "【部门文件】")
_PARTS = (
    ("national", "国家政策"),
    ("provincial", "省级政策"),
    ("municipal", "市级政策"),
    ("district", "县区政策"),
    ("unknown", "其他政策"),
)
_CN = "一二三四五六七八九十"


def _toc_entry(title: str, page: int, *, leader: str, form: str, wrap_at: int) -> list[str]:
    """ "title ……（3）", wrapped over two lines when the title is longer than ``wrap_at``."""
    tail = leader + form.format(page)
    if len(title) > wrap_at:
        return [title[:wrap_at], title[wrap_at:] + tail]
    return [title + tail]


def _pages(sources: list[Source], first: int) -> list[int]:
    out, page = [], first
    for s in sources:
        out.append(page)
        page += 1 + sum(len(l) for l in s.lines) // 900
    return out


def gazette(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (a): cover, 目录 with 【…】 sections and page numbers, documents back to back."""
    place = rng.choice(PLACES)
    year = rng.choice((2023, 2024))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    ordered = sorted(sources, key=lambda s: _SECTION_ORDER.index(_gazette_section(s.top)))
    b = _Builder()
    cover = Origin(what="cover")
    b.add(f"{place}人民政府公报", cover)
    b.blank()
    b.add(f"{year}年第{no}号（总第{400 + no}号）", cover)
    if rng.random() < 0.5:
        b.add("（半月刊）", cover)
    b.add(f"{place}人民政府办公{'厅' if place.endswith('省') else '室'}", cover)
    b.add(f"{year}年{month}月{day}日", cover)
    b.blank()
    toc = Origin(what="toc")
    b.add(rng.choice(("目  录", "目录", "目 录")), toc)
    leader, form, wrap_at = rng.choice(TOC_LEADERS[:4]), rng.choice(PAGE_FORMS[:2]), rng.randint(28, 36)
    section = None
    for s, page in zip(ordered, _pages(ordered, 2)):
        sec = _gazette_section(s.top)
        if sec != section:
            b.add(sec, toc)
            section = sec
        for l in _toc_entry(s.top.title, page, leader=leader, form=form, wrap_at=wrap_at):
            b.add(l, toc)
    b.blank()
    section = None
    for s in ordered:
        sec = _gazette_section(s.top)
        if sec != section:
            b.add(sec, Origin(what="heading"))
            section = sec
        b.body(s)
    return b.publication(f"gazette-{no:02d}.txt", "gazette", ordered)


def _title_origins(sources: list[Source]) -> set[Origin]:
    """The input lines (as origins) that print a document's title (``title_lines``) and nothing else: a line
    running the title on into its number or text is body type, not a title set on its own."""
    out = set()
    for s in sources:
        for d in s.docs:
            span, want = title_lines(s, d), norm_title(d.title)
            for i in range(span[0], span[1] + 1) if span else ():
                if norm_title(s.lines[i - 1]) in want:
                    out.add(Origin(s.name, i))
    return out


def pdf(
    sources: list[Source], rng: random.Random, no: int, *, width: int | None = None, titles: bool = False
) -> Publication:
    """Layout (b): the gazette as PDF conversion gives it (columns of ``width`` characters, 18–26 when not given;
    blank lines, spaced digits, page numbers). With ``titles``, each document's title lines are set narrower
    (55–80 % of the body's column, at least 10 characters), as a title in larger type, centred, comes out of a
    converter: short lines of uneven length the column joiner leaves alone."""
    g = gazette(sources, rng, no)  # the very gazette of layout (a) for the same seed: only the conversion differs
    width = width or rng.randint(18, 26)
    per_page = rng.randint(26, 36)
    narrow = max(10, round(width * rng.uniform(0.55, 0.8))) if titles else width
    heads = _title_origins(sources) if titles else set()
    b = _Builder()
    page, on_page = 1, 0
    for text, origin in zip(g.text.split("\n")[:-1], g.origins):
        if not text.strip():
            continue
        t = ORDINAL_DIGITS.sub(
            r"第 \1 号", NUMBER_DIGITS.sub(r"\1 \2 号", DATE_DIGITS.sub(r"\1 年 \2 月 \3 日", text.strip()))
        )
        w = 40 if origin.what == "toc" else narrow if origin in heads else width  # the contents span the page
        for k in range(0, len(t), w):
            b.add(t[k : k + w], origin)
            b.blank()
            on_page += 1
            if on_page >= per_page:
                b.add(f"- {page} -", Origin(what="page"))
                b.blank()
                page, on_page = page + 1, 0
    layout = "pdf-titles" if titles else "pdf"
    return b.publication(f"{layout}-{no:02d}.txt", layout, _order_of(g, sources))


def pdf_titles(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (b'): ``pdf`` with each title set narrower than the body's column (centred, in larger type)."""
    return pdf(sources, rng, no, titles=True)


# a notice written for the loaders' tests of hard-wrapped text (number and date with spaced digits)
PDF_NOTICE = [
    "鹤城市人民政府办公室关于进一步加强城市道路桥梁安全管理工作的通知",
    "鹤政办〔2024〕 17 号",
    "各县（区）人民政府，市人民政府各部门：",
    "为切实加强城市道路桥梁安全管理，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下：",
    "一、落实管理责任。各县（区）要按照属地管理原则，明确道路桥梁管理单位，建立健全安全管理制度，"
    "落实日常巡查和养护维修责任，发现隐患及时处置。",
    "二、加强检测评估。管理单位要定期组织桥梁技术状况检测，对检测发现的病害桥梁要及时采取限载、限速等措施。",
    "三、强化应急处置。各县（区）要制定完善道路桥梁突发事件应急预案，组织开展应急演练，储备必要的抢险物资和"
    "设备，确保发生险情时能够迅速有效处置，最大限度减少人员伤亡和财产损失。",
    "鹤城市人民政府办公室",
    "2024 年 4 月 12 日",
]


def pdf_columns(lines: list[str], width: int, per_page: int | None = None) -> str:
    """``lines`` as a PDF conversion prints them: cut at ``width`` characters, a blank line after each, and
    ``- n -`` after every ``per_page`` printed lines when given (the loaders' tests of hard-wrapped text)."""
    out: list[str] = []
    page, on_page = 1, 0
    for line in lines:
        for k in range(0, len(line), width):
            out += [line[k : k + width], ""]
            on_page += 1
            if on_page == per_page:
                out += [f"- {page} -", ""]
                page, on_page = page + 1, 0
    return "\n".join(out)


def _order_of(pub: Publication, sources: list[Source]) -> list[Source]:
    by = {s.name: s for s in sources}
    seen: list[str] = []
    for name, _ in pub.expected:
        if name not in seen:
            seen.append(name)
    return [by[n] for n in seen]


def _red_header(d: RefDoc) -> list[str]:
    if not d.issuers:
        return []
    if len(d.issuers) == 1:
        return [f"{d.issuers[0]}文件"]
    return list(d.issuers[:-1]) + [f"{d.issuers[-1]} 文件"]


def compilation(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (c): parts (第一部分 国家政策), a numbered 目录, documents under a red header (XX文件)."""
    levels = [lv for lv, _ in _PARTS]
    ordered = sorted(sources, key=lambda s: levels.index(s.top.level) if s.top.level in levels else len(levels))
    parts: list[tuple[str, list[Source]]] = []
    for s in ordered:
        name = dict(_PARTS).get(s.top.level, "其他政策")
        if not parts or parts[-1][0] != name:
            parts.append((name, []))
        parts[-1][1].append(s)
    b = _Builder()
    cover = Origin(what="cover")
    b.add(f"{rng.choice(('惠企', '就业创业', '营商环境', '科技创新'))}政策汇编", cover)
    b.add(f"（{rng.choice((2023, 2024))}年版）", cover)
    b.add(f"{rng.choice(PLACES)}{rng.choice(('发展和改革委员会', '人力资源和社会保障局', '工业和信息化局'))}编", cover)
    b.blank()
    toc = Origin(what="toc")
    b.add("目  录", toc)
    leader, sep = rng.choice(("..... ", "……", " ")), rng.choice((". ", "．", "、"))
    k, pages = 0, _pages(ordered, 1)
    for p, (name, items) in enumerate(parts):
        b.add(f"第{_CN[p]}部分 {name}", toc)
        for s in items:
            k += 1
            b.add(f"{k}{sep}{s.top.title}{leader}{pages[ordered.index(s)]}", toc)
    b.blank()
    for p, (name, items) in enumerate(parts):
        b.add(f"第{_CN[p]}部分 {name}", Origin(what="heading"))
        b.blank()
        for s in items:
            if s.top.doc_number and s.top.kind == "standard":
                for h in _red_header(s.top):
                    b.add(h, Origin(what="header"))
            b.body(s)
            b.blank()
    return b.publication(f"compilation-{no:02d}.txt", "compilation", ordered)


def markdown(sources: list[Source], rng: random.Random, no: int, *, pages: bool = True) -> Publication:
    """Layout (d): ``# title`` per document (``##`` for a transmitted text), ``## 一、…`` sections, a ``## 目录``
    list ``- title ..... (3)``; with ``pages=False`` the list has no page numbers (``markdown-bare``)."""
    b = _Builder()
    b.add(f"# {rng.choice(PLACES)}人民政府公报", Origin(what="cover"))
    b.blank()
    b.add(f"{rng.choice((2023, 2024))}年第{no}号", Origin(what="cover"))
    b.blank()
    b.add("## 目 录", Origin(what="toc"))
    b.blank()
    leader = rng.choice((" ..... ", "……"))
    for s, page in zip(sources, _pages(sources, 2)):
        b.add(f"- {s.top.title}" + (f"{leader}({page})" if pages else ""), Origin(what="toc"))
    b.blank()
    for s in sources:
        spans = {}
        for d in s.docs:
            tl = title_lines(s, d)
            if tl:
                spans[tl[0]] = (tl[1], "##" if d.transmitted else "#")
        i = 1
        while i <= len(s.lines):
            if i in spans:
                end, mark = spans[i]
                joined = " ".join(MD_MARK.sub("", x).strip() for x in s.lines[i - 1 : end] if x.strip())
                b.blank()
                b.add(f"{mark} {joined}", Origin(s.name, i))
                b.blank()
                i = end + 1
                continue
            raw = s.lines[i - 1]
            if SECTION_IN_DOC.match(raw):
                b.blank()
                b.add(f"## {raw.strip()}", Origin(s.name, i))
                b.blank()
            else:
                b.add(raw, Origin(s.name, i))
            i += 1
        b.blank()
    layout = "markdown" if pages else "markdown-bare"
    return b.publication(f"{layout}-{no:02d}.md", layout, sources)


def gb18030(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (e): the gazette, to be written in GB18030."""
    g = gazette(sources, rng, no)
    return Publication(f"gb18030-{no:02d}.txt", "gb18030", g.text, g.origins, g.expected, encoding="gb18030")


def markdown_bare(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (d'): Markdown whose 目录 lists the titles without page numbers (web compilations)."""
    return markdown(sources, rng, no, pages=False)


def flat(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (f): a crawl that stores each document as one line — every text of a source run together
    (spaces gone, or one space between the parts a page printed apart), one source per line."""
    b = _Builder()
    for s in sources:
        sep = rng.choice(("", " "))
        b.add(sep.join("".join(x.split()) for x in s.lines if x.strip()), Origin(s.name, 1))
    return b.publication(f"flat-{no:02d}.txt", "flat", sources)


def _record_lines(d: RefDoc) -> list[str]:
    """A law database's record of ``d`` as a compilation copies it (时效性 / 发文机关 / 文号 / 发文日期 …)."""
    out = ["时效性： 现行有效"]
    if d.issuers:
        out.append("发文机关： " + " ".join(d.issuers))
    if d.doc_number:
        out.append("文号： " + NUMBER_DIGITS.sub(r"\1 \2 号", d.doc_number))
    if d.date:
        y, m, day = d.date.split("-")
        out += [f"发文日期： {y} 年 {m} 月 {day} 日", f"施行日期： {y} 年 {m} 月 {day} 日"]
    return out + ["效力级别： 地方规范性文件"]


def database(sources: list[Source], rng: random.Random, no: int) -> Publication:
    """Layout (g): a compilation copied from a law database — a numbered part heading, then each text
    with the database's record under its first title, in place of the number line it printed by it."""
    b = _Builder()
    b.add(f"{rng.choice(('营商环境', '金融监管', '惠企'))}政策汇编（2023）", Origin(what="cover"))
    b.blank()
    for k, s in enumerate(sources):
        b.add(f"（{_CN[k]}）{rng.choice(('政策规定', '业务规制', '地方政策'))}", Origin(what="heading"))
        top = s.top
        span = title_lines(s, top)
        number = top.doc_number
        for i, raw in enumerate(s.lines, 1):
            if number and span and span[0] - 3 <= i <= span[1] + 3 and compact_number(raw) == number:
                b.add("", BLANK)  # the number goes into the record
                continue
            b.add(raw, Origin(s.name, i))
            if span and i == span[1]:
                for line in _record_lines(top):
                    b.add(line, Origin(what="record"))
        b.blank()
    return b.publication(f"database-{no:02d}.txt", "database", sources)


def compact_number(raw: str) -> str:
    """A line's text as a doc number would be written (spaces out, brackets made 〔〕)."""
    return "".join(raw.split()).replace("[", "〔").replace("]", "〕").replace("［", "〔").replace("］", "〕")


BUILDERS = {
    "database": database,
    "gazette": gazette,
    "pdf": pdf,
    "pdf-titles": pdf_titles,
    "compilation": compilation,
    "markdown": markdown,
    "gb18030": gb18030,
    "markdown-bare": markdown_bare,
    "flat": flat,
}


def groups(sources: list[Source], *, seed: int, sizes: tuple[int, int] = (3, 6)) -> list[list[Source]]:
    """Deterministic grouping of the sources into publications (the same groups for every layout)."""
    rng = random.Random(seed)
    pool = list(sources)
    rng.shuffle(pool)
    out = []
    while pool:
        k = rng.randint(*sizes)
        out.append(pool[:k])
        pool = pool[k:]
    return out


def assemble(sources: list[Source], layout: str, *, seed: int, sizes: tuple[int, int] = (3, 6)) -> list[Publication]:
    builder = BUILDERS[layout]
    pubs = []
    for no, grp in enumerate(groups(sources, seed=seed, sizes=sizes), 1):
        # pdf and gb18030 start from the same gazette as layout (a), so their differences are the conversion's
        rng = random.Random(f"{seed}-{'gazette' if layout in ('pdf', 'pdf-titles', 'gb18030') else layout}-{no}")
        pubs.append(builder(grp, rng, no))
    return pubs


# ---------------------------------------------------------------- parsing and comparing
def parse_publication(pub: Publication, path: str | None = None) -> tuple[list[Found], str]:
    """Parse a publication's text (after a round trip through its encoding); returns documents and encoding."""
    data = pub.text.encode(pub.encoding)
    text, enc = decode(data, name=pub.name)
    pf = parse_text(text, path or pub.name, encoding=enc)
    return found_documents(pf.documents), enc


def found_documents(docs) -> list[Found]:
    """The parse of a publication as compared: each document's fields and cited pairs."""
    return [
        Found(
            d.title,
            str(d.doc_number) if d.doc_number else None,
            tuple(d.issuers),
            d.date,
            d.source_line,
            doc_pairs(d),
        )
        for d in docs
    ]


def _near(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) >= 0.6 * len(long_):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def compare(pub: Publication, found: list[Found], *, where: str | None = None) -> Result:
    """Match found documents to expected ones by title (exact key first, then near titles)."""
    where = where or pub.name
    res = Result(pub, len(pub.expected), len(found))
    free = list(range(len(found)))
    pairs: list[tuple[int, int]] = []
    exp_keys = [norm_title(d.title) for _, d in pub.expected]
    found_keys = [norm_title(f.title) for f in found]
    numbers = {d.doc_number for _, d in pub.expected if d.doc_number}

    def rank(i: int, j: int) -> tuple[bool, int]:
        # prefer the found document that lies in the expected document's own text (not a TOC line)
        src, d = pub.expected[i]
        o = pub.origins[found[j].line - 1] if 0 < found[j].line <= len(pub.origins) else Origin()
        return o.source != src, abs((o.line or 0) - d.line)

    unmatched = []
    for i, key in enumerate(exp_keys):
        j = min((j for j in free if found_keys[j] == key), key=lambda j: rank(i, j), default=None)
        if j is None:
            unmatched.append(i)
        else:
            free.remove(j)
            pairs.append((i, j))
            res.exact += 1
    still = []
    for i in unmatched:
        j = min((j for j in free if _near(exp_keys[i], found_keys[j])), key=lambda j: rank(i, j), default=None)
        if j is None:
            still.append(i)
        else:
            free.remove(j)
            pairs.append((i, j))
            src, d = pub.expected[i]
            res.variants.append(f"{where}:{found[j].line}: title {found[j].title!r} for {d.title!r} ({src}:{d.line})")
            fk, ek = found_keys[j], exp_keys[i]
            res.patterns[
                "title: other text glued before it"
                if fk.endswith(ek)
                else "title: text glued after it"
                if fk.startswith(ek)
                else "title: cut short"
                if ek.startswith(fk) or ek.endswith(fk)
                else "title: differs"
            ] += 1
    res.lenient = len(pairs)
    for i, j in sorted(pairs):
        src, d = pub.expected[i]
        f = found[j]
        at = f"{where}:{f.line} ({src}:{d.line}) {d.title[:40]!r}"
        if f.title == d.title:
            res.same_title += 1
        elif exp_keys[i] == found_keys[j]:
            res.variants.append(
                f"{where}:{f.line}: title {f.title!r} for {d.title!r} ({src}:{d.line}) (differs in spaces/marks)"
            )
            res.patterns[
                "title: a space or mark inside it" if re.search(r"\s", f.title) else "title: marks differ"
            ] += 1
        if f.doc_number == d.doc_number:
            res.same_number += 1
        else:
            res.field_errors.append(f"{at}: doc number {f.doc_number} (reference {d.doc_number})")
            res.patterns[
                "number: lost"
                if f.doc_number is None
                else "number: another document's"
                if f.doc_number in numbers
                else "number: where the reference has none"
                if d.doc_number is None
                else "number: differs"
            ] += 1
        if sorted(f.issuers) == sorted(d.issuers):
            res.same_issuers += 1
        else:
            res.field_errors.append(f"{at}: issuers {list(f.issuers)} (reference {list(d.issuers)})")
            res.patterns["issuers: lost" if not f.issuers else "issuers: differ"] += 1
        if f.date == d.date:
            res.same_date += 1
        else:
            res.field_errors.append(f"{at}: date {f.date} (reference {d.date})")
            res.patterns[
                "date: lost"
                if f.date is None
                else "date: where the reference has none"
                if d.date is None
                else "date: differs"
            ] += 1
    for i, j in sorted(pairs):
        compare_pairs(res, pub.expected[i], found[j], where)
    for i in still:
        src, d = pub.expected[i]
        at = pub.line_of(src, d.line)
        res.misses.append(f"{where}:{at} ({src}:{d.line}) missed {d.title!r} [{d.doc_number}]")
        res.patterns["missed: transmitted text" if d.transmitted else "missed: document"] += 1
    for j in free:
        f = found[j]
        o = pub.origins[f.line - 1] if 0 < f.line <= len(pub.origins) else Origin(what="?")
        res.extras.append(f"{where}:{f.line} (from {o}) extra {f.title[:60]!r} [{f.doc_number}]")
        matched_here = any(pub.expected[i][0] == o.source for i, _ in pairs)
        res.patterns[
            "extra: a TOC entry"
            if o.what == "toc"
            else f"extra: layout furniture ({o.what})"
            if o.source is None
            else "extra: a second document in one found"
            if matched_here
            else "extra: in a missed document's text"
        ] += 1
    return res


def _match_pairs(exp: tuple[Pair, ...], got: tuple[Pair, ...]) -> dict[int, int]:
    """One to one, expected pair index -> found pair index: by number first, then by title key; among
    candidates the one with the same role, then the nearest in order."""
    hit: dict[int, int] = {}
    for by_number in (True, False):
        for i, e in enumerate(exp):
            if i in hit:
                continue
            cands = [
                j
                for j, g in enumerate(got)
                if j not in hit.values()
                and ((e.number and g.number == e.number) if by_number else (e.title and g.title == e.title))
            ]
            if cands:
                hit[i] = min(cands, key=lambda j: (got[j].role != e.role, abs(j - i)))
    return hit


def compare_pairs(res: Result, expected: tuple[str, RefDoc], f: Found, where: str) -> None:
    """Score the cited pairs of one matched document: lost, extra, role differs (``where:line (source:line)``)."""
    src, d = expected
    hit = _match_pairs(d.pairs, f.pairs)
    res.pairs_expected += len(d.pairs)
    res.pairs_found += len(f.pairs)
    res.pairs_matched += len(hit)
    for i, e in enumerate(d.pairs):
        if i not in hit:
            at = res.pub.line_of(src, e.line)
            res.pair_misses.append(f"{where}:{at} ({src}:{e.line}) pair lost {e.name} {e.role} in {d.title[:30]!r}")
            res.pair_patterns[f"pair lost: {e.role}"] += 1
            continue
        g = f.pairs[hit[i]]
        if g.role == e.role:
            res.pairs_same_role += 1
        else:
            res.role_errors.append(
                f"{where}:{g.line} ({src}:{e.line}) role {g.role} for {e.role} {e.name} in {d.title[:30]!r}"
            )
            res.pair_patterns[f"role differs: {e.role}->{g.role}"] += 1
    for j in sorted(set(range(len(f.pairs))) - set(hit.values())):
        g = f.pairs[j]
        o = res.pub.origins[g.line - 1] if 0 < g.line <= len(res.pub.origins) else Origin(what="?")
        res.pair_extras.append(f"{where}:{g.line} ({o}) pair extra {g.name} {g.role} in {d.title[:30]!r}")
        res.pair_patterns[
            "pair extra: from another text" if o.source not in (None, src) else f"pair extra: {g.role}"
        ] += 1


def score_gold_script():
    """scripts/score_gold.py as a module (the scorer the gold tests and the command line share)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "score_gold.py"
    spec = importlib.util.spec_from_file_location("score_gold", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# A law database's record of a municipal notice (title, record fields, addressees, first sentence): the neighbour the
# database-layout loader tests put next to the text they are about
SPRING_NOTICE_RECORD = """关于做好2023年春耕生产工作的通知
时效性： 现行有效
发文机关： 三亚市人民政府办公室
文号： 三府办〔2023〕 7 号
效力级别： 地方规范性文件
各区人民政府，市政府直属各单位：
现就做好春耕生产工作通知如下。
"""
