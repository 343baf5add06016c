"""The graph built from publications: ids, TRANSMITS and inheritance, same-title versions, validity.

Small publications are written to ``tmp_path`` (real excerpts or sentences shaped like them) and
built with :func:`policykg.build_graph`; the real sample corpus is built once per module.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg import build_graph
from policykg.graph.io import generate_graph_json

from factories import write_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"


def docs_by_title(G) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for nid, a in G.nodes(data=True):
        if a["label"] == "Document":
            out.setdefault(a.get("title"), []).append(nid)
    return out


def edges(G, etype: str) -> set[tuple[str, str]]:
    return {(u, v) for u, v, k in G.edges(keys=True) if k == etype}


# ---------------------------------------------------------------- transmitting notices
NOTICE = """河南省人民政府办公厅 关于印发支持平台经济高质量发展若干措施的 通 知

豫政办〔2024〕46号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《支持平台经济高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。

河南省人民政府办公厅

2024年8月22日

支持平台经济高质量发展若干措施

为深入贯彻党中央、国务院关于发展平台经济的决策部署，加快促进我省平台经济高质量发展，结合我省实际，制定以下支持措施。

本措施自印发之日起施行，有效期3年。
"""


def test_transmits_edge_and_inherited_issuers_and_date(tmp_path):
    G = build_graph([write_file(tmp_path, "g.txt", NOTICE)], as_of="2025-01-01", jobs=1)
    notice, measures = "doc:豫政办〔2024〕46号", "doc:支持平台经济高质量发展若干措施"
    assert G.nodes[notice]["title"] == "河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知"
    assert G.nodes[measures]["in_corpus"] is True
    assert edges(G, "TRANSMITS") == {(notice, measures)}
    assert G.nodes[measures]["issuers"] == ["河南省人民政府办公厅"]
    assert G.nodes[measures]["date"] == "2024-08-22"
    agency = "agency:河南省人民政府办公厅"
    assert G.nodes[agency]["label"] == "Agency"
    assert {(notice, agency), (measures, agency)} <= edges(G, "ISSUED_BY")
    e = G.edges[notice, measures, "TRANSMITS"]
    assert e["file"].endswith("g.txt") and e["line"] == 13


# ---------------------------------------------------------------- same-title versions
NEW_ACT = """河南省人力资源市场条例

（2022年9月30日河南省第十三届人民代表大会常务委员会第三十五次会议通过）

第一章 总则

第一条 为了规范人力资源市场活动，促进人力资源合理流动和优化配置，根据《人力资源市场暂行条例》等法律、行政法规，结合本省实际，制定本条例。

第六十条 本条例自2023年1月1日起施行。2004年5月28日河南省第十届人民代表大会常务委员会第九次会议通过的《河南省人力资源市场条例》同时废止。
"""

OLD_ACT = """河南省人力资源市场条例

（2004年5月28日河南省第十届人民代表大会常务委员会第九次会议通过）

第一章 总则

第一条 为了培育和发展人力资源市场，根据有关法律、法规，结合本省实际，制定本条例。

第四十条 本条例自2004年8月1日起施行。
"""


def _the_new_act(G) -> str:
    (nid,) = [
        n for n, a in G.nodes(data=True) if a.get("title") == "河南省人力资源市场条例" and a.get("date") == "2022-09-30"
    ]
    return nid


def test_new_act_repealing_same_title_points_at_another_node(tmp_path):
    G = build_graph([write_file(tmp_path, "new.txt", NEW_ACT)], as_of="2024-01-01", jobs=1)
    new = _the_new_act(G)
    sup = edges(G, "SUPERSEDES")
    assert len(sup) == 1
    ((src, old),) = sup
    assert src == new and old != new
    assert G.nodes[old]["title"] == "河南省人力资源市场条例"
    assert G.nodes[old]["in_corpus"] is False
    assert G.nodes[old]["status"] == "superseded"
    assert G.nodes[new]["status"] == "in_force"
    assert not any(u == v for u, v, _ in G.edges(keys=True)), "no self-loops"


def test_both_versions_in_corpus_stay_two_nodes(tmp_path):
    G = build_graph(
        [write_file(tmp_path, "old.txt", OLD_ACT), write_file(tmp_path, "new.txt", NEW_ACT)], as_of="2024-01-01", jobs=1
    )
    versions = docs_by_title(G)["河南省人力资源市场条例"]
    assert len(versions) == 2
    new = _the_new_act(G)
    (old,) = [v for v in versions if v != new]
    assert G.nodes[old]["in_corpus"] is True and G.nodes[old]["date"] == "2004-05-28"
    assert edges(G, "SUPERSEDES") == {(new, old)}
    assert G.nodes[old]["status"] == "superseded"
    assert G.nodes[old]["superseded_by"] == [new]
    assert G.nodes[new]["status"] == "in_force"


def test_supersession_counts_only_from_the_new_acts_effective_date(tmp_path):
    G = build_graph(
        [write_file(tmp_path, "old.txt", OLD_ACT), write_file(tmp_path, "new.txt", NEW_ACT)], as_of="2022-12-01", jobs=1
    )
    new = _the_new_act(G)
    (old,) = [v for v in docs_by_title(G)["河南省人力资源市场条例"] if v != new]
    assert G.nodes[old]["status"] == "in_force"


# ---------------------------------------------------------------- validity as of a date
EXPIRING = """郑州市人民政府办公厅 关于积极推进大棚户区改造项目货币化安置工作的实施意见

郑政办〔2022〕14号 2022年2月25日

各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：

为进一步完善、优化大棚户区改造安置政策，依据《中共郑州市委办公厅 郑州市人民政府办公厅关于进一步深化土地储备制度改革加强储备土地综合开发的意见》（郑办〔2020〕17号），经市政府同意，结合我市实际，提出如下实施意见。

本意见自印发之日起施行，有效期至2024年12月31日。
"""


@pytest.mark.parametrize("as_of,status", [("2023-06-01", "in_force"), ("2025-01-01", "expired")])
def test_expiry_status_as_of_a_date(tmp_path, as_of, status):
    G = build_graph([write_file(tmp_path, "z.txt", EXPIRING)], as_of=as_of, jobs=1)
    a = G.nodes["doc:郑政办〔2022〕14号"]
    assert (a["effective_date"], a["expiry_date"]) == ("2022-02-25", "2024-12-31")
    assert a["status"] == status
    assert a["status_as_of"] == as_of


def test_cited_only_document_has_unknown_status(tmp_path):
    G = build_graph([write_file(tmp_path, "z.txt", EXPIRING)], as_of="2023-06-01", jobs=1)
    cited = G.nodes["doc:郑办〔2020〕17号"]
    assert cited["in_corpus"] is False
    assert cited["status"] == "unknown"
    assert edges(G, "BASED_ON") == {("doc:郑政办〔2022〕14号", "doc:郑办〔2020〕17号")}
    e = G.edges["doc:郑政办〔2022〕14号", "doc:郑办〔2020〕17号", "BASED_ON"]
    assert e["line"] == 7 and "依据" in e["text"]


# ---------------------------------------------------------------- the sample corpus
def _in_corpus(G):
    return [(n, a) for n, a in G.nodes(data=True) if a["label"] == "Document" and a.get("in_corpus")]


def test_every_in_corpus_document_has_title_and_provenance(corpus_graph):
    docs = _in_corpus(corpus_graph)
    assert docs
    for nid, a in docs:
        assert a.get("title"), nid
        assert a.get("source_file") and Path(a["source_file"]).name.endswith(".txt"), nid
        assert isinstance(a.get("source_line"), int) and a["source_line"] >= 1, nid


def test_source_line_holds_the_start_of_the_title(corpus_graph):
    # (a text a compilation prints under its notice without its title starts at its first line: reported)
    problems = corpus_graph.graph["report"].problems
    untitled = {(p.file, p.line) for p in problems if p.kind == "untitled" and "without its title line" in p.message}
    for nid, a in _in_corpus(corpus_graph):
        if (a["source_file"], a["source_line"]) in untitled:
            continue
        lines = Path(a["source_file"]).read_text(encoding="utf-8").splitlines()
        first = "".join(lines[a["source_line"] - 1].split()).strip("《》#-")
        assert first, (nid, a["source_line"])
        title = a["title"].replace("(", "（").replace(")", "）")
        first = first.replace("(", "（").replace(")", "）").replace("〈", "《").replace("〉", "》")
        assert first[:4] in title or title[:4] in first, (nid, a["source_line"], first)


# Counts that hold now, slightly below what the parser finds.
MIN_DOCS = {
    "henan-gazette-2024-19.txt": 8,
    "henan-pingdingshan-employment-policies-2023.txt": 45,
    "jiaozuo-gazette-2024-03.txt": 5,
    "kaifeng-yuwangtai-enterprise-policies-2024.txt": 52,
    "zhengzhou-government-documents-2022.txt": 13,
}


@pytest.mark.parametrize("name,minimum", sorted(MIN_DOCS.items()))
def test_documents_per_file(corpus_graph, name, minimum):
    n = sum(1 for _, a in _in_corpus(corpus_graph) if Path(a["source_file"]).name == name)
    assert n >= minimum


def test_no_self_loops_in_corpus_graph(corpus_graph):
    assert [(u, k) for u, v, k in corpus_graph.edges(keys=True) if u == v] == []


def test_real_same_title_version_is_superseded_not_merged(corpus_graph):
    """zhengzhou line 161: the 2022 rules repeal the 2017 notice that has the same title as the 2022 notice."""
    G = corpus_graph
    new_notice = "doc:郑政文〔2022〕16号"
    old_notice = "doc:郑政文〔2017〕200号"
    assert G.nodes[new_notice]["title"] == "郑州市人民政府关于印发郑州市人民政府法律顾问工作规则的通知"
    superseders = {u for u, v in edges(G, "SUPERSEDES") if v == old_notice}
    assert superseders and new_notice not in {old_notice}
    assert G.nodes[old_notice]["status"] == "superseded"
    assert G.nodes[new_notice]["status"] == "in_force"


# A table-of-contents entry: "1. 关于…的通知..... 1", "- …的通知 ..... (3)", "…的通知 (12)"; a heading: 【…】, 第一部分 ….
TOC_ENTRY = re.compile(r"^\s*(?:[-*]\s*)?(?:\d{1,3}\.\s*)?(?P<body>.+?)\s*(?:\.{2,}|…+)?\s*[（(]?\d{1,4}[）)]?\s*$")
TOC_PAGE = re.compile(r"(?:\.{2,}|…+)\s*[（(]?\d{1,4}[）)]?\s*$|\s[（(]?\d{1,4}[）)]?\s*$|[（(]\d{1,4}[）)]\s*$")
TOC_HEADING = re.compile(r"^\s*#*\s*(?:【[^】]+】|第[一二三四五六七八九十]+部分.*)\s*$")


def toc_entries(path: Path) -> list[str]:
    """The entries of a publication's table of contents, read from the file (an entry may wrap over two lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, l in enumerate(lines[:60]) if re.fullmatch(r"#*\s*目\s*录\s*", l.strip())), None)
    if start is None:
        return []
    nb = [l for l in lines[start + 1 : start + 300] if l.strip()]
    entries, pending = [], ""
    for i, l in enumerate(nb):
        if TOC_HEADING.match(l):
            continue
        if TOC_PAGE.search(l):
            entries.append(pending + TOC_ENTRY.match(l).group("body"))
            pending = ""
        elif not pending and i + 1 < len(nb) and TOC_PAGE.search(nb[i + 1]):
            pending = l.strip()  # the first half of a wrapped entry
        else:
            break
    return entries


def _toc_key(s: str) -> str:
    return re.sub(r"[\s《》〈〉“”\"]", "", s).replace("(", "（").replace(")", "）")


def _unmatched_toc_entries(G, path: Path) -> list[str]:
    found = [
        (_toc_key(a["title"]), _toc_key("".join(a.get("issuers") or [])))
        for _, a in _in_corpus(G)
        if Path(a["source_file"]).name == path.name
    ]
    missing = []
    for entry in toc_entries(path):
        k = _toc_key(entry)
        # the entry is the title, or issuers + title, or a truncated issuers + title, or carries a prefix (省政府令 …)
        if not any(k == t or k == i + t or (i + t).startswith(k) or (k.endswith(t) and len(t) >= 8) for t, i in found):
            missing.append(entry)
    return missing


def test_pingdingshan_toc_entries_match_found_documents(corpus_graph):
    """Each entry of the compilation's table of contents (read from the file now) names a found document."""
    path = CORPUS / "henan-pingdingshan-employment-policies-2023.txt"
    assert len(toc_entries(path)) >= 25
    assert _unmatched_toc_entries(corpus_graph, path) == []


TOC_FILES = [p for p in sorted(CORPUS.glob("*.txt")) if toc_entries(p)]


@pytest.mark.parametrize("path", TOC_FILES, ids=[p.stem for p in TOC_FILES])
def test_every_toc_entry_matches_a_found_document(corpus_graph, path):
    assert _unmatched_toc_entries(corpus_graph, path) == []


def test_parallel_build_gives_the_same_graph():
    one = build_graph([CORPUS], as_of="2025-06-30", jobs=1)
    two = build_graph([CORPUS], as_of="2025-06-30", jobs=2)
    assert generate_graph_json(two) == generate_graph_json(one)


# ---------------------------------------------------------------- resolution and merging
CITING_BY_NUMBER = """河南省人力资源和社会保障厅 关于做好2024年稳就业工作的通知

豫人社〔2024〕9号

各省辖市人力资源社会保障局：

根据豫政办〔2024〕46号文件要求，现就有关事项通知如下。

河南省人力资源和社会保障厅

2024年9月10日
"""

CITING_BY_TITLE = """河南省商务厅 关于推进平台经济发展的通知

豫商〔2024〕3号

各省辖市商务局：

为贯彻落实《支持平台经济高质量发展若干措施》，现就有关事项通知如下。

河南省商务厅

2024年9月12日
"""


def test_citations_resolve_to_in_corpus_documents_by_number_then_title(tmp_path):
    G = build_graph(
        [
            write_file(tmp_path, "a.txt", NOTICE),
            write_file(tmp_path, "b.txt", CITING_BY_NUMBER),
            write_file(tmp_path, "c.txt", CITING_BY_TITLE),
        ],
        as_of="2025-01-01",
        jobs=1,
    )
    assert ("doc:豫人社〔2024〕9号", "doc:豫政办〔2024〕46号") in edges(G, "BASED_ON")
    assert ("doc:豫商〔2024〕3号", "doc:支持平台经济高质量发展若干措施") in edges(G, "IMPLEMENTS")
    assert sum(1 for _, a in G.nodes(data=True) if a.get("title") == "支持平台经济高质量发展若干措施") == 1
    assert all(a.get("in_corpus") for _, a in G.nodes(data=True) if a["label"] == "Document")


def test_number_only_and_titled_mentions_are_one_cited_node(tmp_path):
    a = CITING_BY_NUMBER.replace("豫政办〔2024〕46号文件", "国发〔2023〕11号文件")
    b = CITING_BY_TITLE.replace(
        "《支持平台经济高质量发展若干措施》",
        "《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11号）",
    )
    G = build_graph([write_file(tmp_path, "a.txt", a), write_file(tmp_path, "b.txt", b)], as_of="2025-01-01", jobs=1)
    cited = G.nodes["doc:国发〔2023〕11号"]
    assert cited["in_corpus"] is False
    assert cited["title"] == "国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见"
    assert cited["level"] == "national"
    assert {u for u, v in edges(G, "BASED_ON") | edges(G, "IMPLEMENTS") if v == "doc:国发〔2023〕11号"} == {
        "doc:豫人社〔2024〕9号",
        "doc:豫商〔2024〕3号",
    }


def test_same_document_in_two_publications_is_one_node(tmp_path):
    G = build_graph(
        [write_file(tmp_path, "gazette.txt", NOTICE), write_file(tmp_path, "compilation.txt", NOTICE)],
        as_of="2025-01-01",
        jobs=1,
    )
    ids = [n for n, a in G.nodes(data=True) if a["label"] == "Document"]
    assert sorted(ids) == ["doc:支持平台经济高质量发展若干措施", "doc:豫政办〔2024〕46号"]
    assert len(edges(G, "TRANSMITS")) == 1
    assert G.graph["report"].duplicates == 2


def _work_report_notice(year: int) -> str:
    return (
        f"某某区人民政府印发{year}年政府工作报告的通知\n各街道办事处、区政府各委办局:\n"
        f"现将《政府工作报告》印发给你们,请认真贯彻落实。\n某某区人民政府\n\n政府工作报告\n"
        f"一、{year - 1}年工作回顾\n过去一年,全区经济运行稳中有进。\n"
    )


def test_texts_of_one_common_title_that_two_notices_print_stay_two_nodes(tmp_path):
    # 海淀 (h105) 2016 and 2018, 台州 (h75): each year's notice prints its 政府工作报告, with no number or date
    G = build_graph(
        [write_file(tmp_path, f"report-{y}.txt", _work_report_notice(y)) for y in (2016, 2018)],
        as_of="2025-01-01",
        jobs=1,
    )
    reports = [n for n, a in G.nodes(data=True) if a["label"] == "Document" and a.get("title") == "政府工作报告"]
    assert len(reports) == 2
    assert {G.nodes[r]["transmitted_by"] for r in reports} == {
        "doc:某某区人民政府印发2016年政府工作报告的通知",
        "doc:某某区人民政府印发2018年政府工作报告的通知",
    }


def test_one_common_title_of_two_bodies_stays_two_nodes(tmp_path):
    """海淀's 政府工作报告 printed undated under its notice, 湛江's dated in a gazette (h105, h125): one title, two
    bodies sharing no issuer — two documents, although one of them has no date to tell them apart."""
    zhanjiang = (
        "政 府 工 作 报 告\n——2020年1月9日在湛江市第十四届人民代表大会第六次会议上\n湛江市人民政府市长 某某\n"
        "各位代表:\n现在，我代表湛江市人民政府，向大会报告政府工作，请予审议。\n"
        + "过去一年，全市经济运行稳中有进，地区生产总值增长百分之四点二，一般公共预算收入增长百分之五。\n"
        * 30
    )
    G = build_graph(
        [
            write_file(tmp_path, "a-report.txt", _work_report_notice(2016)),
            write_file(tmp_path, "b-report.txt", zhanjiang),
        ],
        as_of="2025-01-01",
        jobs=1,
    )
    reports = [a for _, a in G.nodes(data=True) if a["label"] == "Document" and a.get("title") == "政府工作报告"]
    assert sorted(tuple(a["issuers"]) for a in reports) == [("某某区人民政府",), ("湛江市人民政府",)]


DECREE = """河南省地震安全性评价管理办法

河南省人民政府令

第 227 号

《河南省地震安全性评价管理办法》
已经 2024 年 8 月 20 日省政府第 39 次常
务会议通过，现予公布，自 2024 年 11
月 1 日起施行。

省长 王 凯

2024 年 9 月 2 日

第一条 为了加强对地震安全性评价的管理，根据《中华人民共和国防震减灾法》，结合本省实际，制定本办法。

第十七条 本办法自2024年11月1日起施行。2008年11月13日河南省人民政府公布的《河南省实施〈地震安全性评价管理条例〉办法》（省政府令第120号）同时废止。
"""


@pytest.mark.parametrize(
    "as_of,new_status,old_status",
    [
        ("2024-10-01", "not_yet_in_force", "unknown"),
        ("2024-11-01", "in_force", "superseded"),
    ],
)
def test_decree_status_before_and_after_it_takes_effect(tmp_path, as_of, new_status, old_status):
    G = build_graph([write_file(tmp_path, "d.txt", DECREE)], as_of=as_of, jobs=1)
    new = "doc:河南省人民政府令第227号"
    assert G.nodes[new]["effective_date"] == "2024-11-01"
    ((src, old),) = edges(G, "SUPERSEDES")
    assert src == new and G.nodes[old]["title"] == "河南省实施《地震安全性评价管理条例》办法"
    assert G.nodes[new]["status"] == new_status
    assert G.nodes[old]["status"] == old_status


def test_chinese_numeral_signature_date(tmp_path):
    text = CITING_BY_TITLE.replace("2024年9月12日", "二〇二四年九月十二日")
    G = build_graph([write_file(tmp_path, "c.txt", text)], as_of="2025-01-01", jobs=1)
    assert G.nodes["doc:豫商〔2024〕3号"]["date"] == "2024-09-12"


# ---------------------------------------------------------------- forwarding (转发) another body's document
FORWARDING = """开封市人力资源和社会保障局
关于转发《人力资源社会保障部 财政部关于延续实施一次性扩岗补助政策有关工作的通知》的通知

汴人社〔2024〕15号

各县区人力资源和社会保障局：

现将《人力资源社会保障部 财政部关于延续实施一次性扩岗补助政策有关工作的通知》（人社部发〔2024〕7号）转发给你们，请结合实际认真贯彻落实。

开封市人力资源和社会保障局

2024年3月5日
"""


def test_forwarded_document_is_one_node_with_its_own_issuers(tmp_path):
    G = build_graph([write_file(tmp_path, "f.txt", FORWARDING)], as_of="2025-01-01", jobs=1)
    notice = "doc:汴人社〔2024〕15号"
    assert (
        G.nodes[notice]["title"]
        == "开封市人力资源和社会保障局关于转发《人力资源社会保障部财政部关于延续实施一次性扩岗补助政策有关工作的通知》的通知"
    )
    forwarded = [v for u, v in edges(G, "TRANSMITS") if u == notice]
    assert len(forwarded) == 1
    (x,) = forwarded
    others = [n for n, a in G.nodes(data=True) if a["label"] == "Document" and n not in (notice, x)]
    assert others == [], "the forwarded document cited by title and number is one node"
    a = G.nodes[x]
    assert a["title"] == "人力资源社会保障部财政部关于延续实施一次性扩岗补助政策有关工作的通知"
    assert a["in_corpus"] is False
    assert a.get("doc_number") == "人社部发〔2024〕7号"
    assert a.get("level") == "national"
    assert "开封市人力资源和社会保障局" not in (a.get("issuers") or [])


def test_status_is_computed_as_of_today_by_default(tmp_path):
    import datetime as dt

    G = build_graph([write_file(tmp_path, "z.txt", EXPIRING)], jobs=1)
    a = G.nodes["doc:郑政办〔2022〕14号"]
    assert a["status_as_of"] == dt.date.today().isoformat()
    assert a["status"] == ("expired" if dt.date.today().isoformat() > "2024-12-31" else "in_force")


TRANSMITTING = re.compile(r"关于(?:印发|发布|转发|批转)|印发《")


def test_every_transmitting_notice_in_the_corpus_transmits(corpus_graph):
    G = corpus_graph
    silent = [
        a["title"]
        for n, a in _in_corpus(G)
        if TRANSMITTING.search(a["title"])
        and a["title"].endswith(("通知", "决定", "公告"))
        and not any(k == "TRANSMITS" for _, _, k in G.out_edges(n, keys=True))
    ]
    assert silent == []


def test_printed_transmitted_texts_inherit_issuers_and_date(corpus_graph):
    G = corpus_graph
    wrong = []
    for u, v, k in G.edges(keys=True):
        if k != "TRANSMITS":
            continue
        notice, text = G.nodes[u], G.nodes[v]
        if not text.get("in_corpus") or re.search(r"转发|批转", notice["title"]):
            continue
        if text.get("issuers") != notice.get("issuers") or (notice.get("date") and text.get("date") != notice["date"]):
            wrong.append(
                (notice["title"][:30], notice.get("issuers"), text.get("issuers"), notice.get("date"), text.get("date"))
            )
    assert wrong == []


# ---------------------------------------------------------------- invariants any publication must keep
FORM_TITLE = re.compile(
    r"(?:申请表|登记表|审批表|评分表|信息表|统计表|自评表|申报表|申报书|证书|协议|协议书|合同|承诺书|申请书|通知书|告知书|回执|名单|登记证|创业证)(?:[（(][^）)]{1,10}[）)])?$"
)
FURNITURE_IN_TITLE = re.compile(r"本文有删减|此件|附件|^目\s*录$|\t|\.{3,}|…{2,}|^\d+[.、]")
DOC_NUMBER_SHAPE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}〔(?:19|20)\d\d〕\d{1,4}号$|^[\u4e00-\u9fff]{2,20}令第\d{1,5}号$|^(?:19|20)\d\d年第\d{1,4}号$"
)
NOT_IN_A_PREFIX = re.compile(r"根据|依据|按照|依照|以及|文件|印发|转发|关于")


def _documents(G):
    return [(n, a) for n, a in G.nodes(data=True) if a["label"] == "Document"]


def test_no_document_is_a_form(corpus_graph):
    assert [a["title"] for _, a in _documents(corpus_graph) if FORM_TITLE.search(a.get("title") or "")] == []


def test_no_page_furniture_in_titles(corpus_graph):
    assert [a["title"] for _, a in _documents(corpus_graph) if FURNITURE_IN_TITLE.search(a.get("title") or "")] == []


def test_doc_numbers_are_normalised(corpus_graph):
    bad = [
        a["doc_number"]
        for _, a in _documents(corpus_graph)
        if a.get("doc_number")
        and (not DOC_NUMBER_SHAPE.match(a["doc_number"]) or NOT_IN_A_PREFIX.search(a.get("doc_number_prefix") or ""))
    ]
    assert bad == []


def test_dates_are_iso_and_plausible(corpus_graph):
    import datetime as dt

    for n, a in _documents(corpus_graph):
        for f in ("date", "effective_date", "expiry_date"):
            if a.get(f):
                d = dt.date.fromisoformat(a[f])
                assert 1949 <= d.year <= 2035, (n, f, a[f])
        if a.get("expiry_date") and a.get("effective_date"):
            assert a["expiry_date"] >= a["effective_date"], n


def test_evidence_sentence_names_the_cited_document(corpus_graph):
    G = corpus_graph

    def k(s: str) -> str:
        return re.sub(r"[\s《》〈〉<>“”\"、]", "", s).replace("(", "（").replace(")", "）")

    bad = []
    for u, v, key, e in G.edges(keys=True, data=True):
        if key not in ("BASED_ON", "IMPLEMENTS", "SUPERSEDES", "AMENDS", "CITES"):
            continue
        t = G.nodes[v]
        text = k(e["text"])
        title = t.get("title") or ""
        about = title[title.find("关于") :] if "关于" in title else title  # cited without its issuers
        named = (t.get("doc_number") and k(t["doc_number"]) in text) or (
            title and (k(title) in text or k(about) in text)
        )
        named = named or any(k(a) in text for a in t.get("aliases") or ())  # 劳动合同法 names 中华人民共和国劳动合同法
        alias = re.search(r"《[^《》]{1,6}》", e["text"])  # 《条例》: the short name a 以下简称 gave it
        if not (named or alias):
            bad.append((u, v, key, e["text"][:60]))
    assert bad == []


def test_evidence_line_holds_part_of_the_sentence(corpus_graph):
    G = corpus_graph
    cache: dict[str, list[str]] = {}
    bad = []
    for _u, _v, key, e in G.edges(keys=True, data=True):
        if key not in ("BASED_ON", "IMPLEMENTS", "SUPERSEDES", "AMENDS", "CITES"):
            continue
        lines = cache.setdefault(e["file"], Path(e["file"]).read_text(encoding="utf-8").splitlines())
        line = "".join(lines[e["line"] - 1].split())
        if not line or line[:6] not in "".join(e["text"].split()) and "".join(e["text"].split())[:6] not in line:
            bad.append((e["file"], e["line"], e["text"][:40]))
    assert bad == []


def test_build_returns_the_report_beside_the_graph(tmp_path):
    from policykg.graph.build import BuildReport, build

    G, report = build([write_file(tmp_path, "g.txt", NOTICE), tmp_path / "missing.txt"], as_of="2025-01-01", jobs=1)
    assert "report" not in G.graph
    assert isinstance(report, BuildReport) and report.documents == 2 and report.as_of == "2025-01-01"
    assert [f for f, _ in report.skipped] == [str(tmp_path / "missing.txt")]
    assert report.to_meta()["edges"] == dict(sorted(report.edges.items()))


def test_two_unsigned_undated_texts_sharing_only_a_title_stay_two_nodes(tmp_path):
    # 江苏 (h117) and 广东 (h69): two sites print different notices under one plain title, with no number,
    # issuer or date to tell them apart — title alone makes no one document (one is dated, the other not)
    one = "关于做好年度申报工作的通知\n各有关单位：\n现将申报工作有关事项通知如下。\n一、申报对象为本行业企业。\n"
    two = one.replace("本行业企业", "各类学校") + "2018年6月1日\n"
    G = build_graph(
        [write_file(tmp_path, "a.txt", one), write_file(tmp_path, "b.txt", two)], as_of="2025-01-01", jobs=1
    )
    docs = [a for _, a in G.nodes(data=True) if a["label"] == "Document" and a.get("in_corpus")]
    assert sorted((a["source_file"].rsplit("/", 1)[-1], a["date"]) for a in docs) == [
        ("a.txt", None),
        ("b.txt", "2018-06-01"),
    ]


def test_a_parser_fault_on_one_file_is_reported_and_the_others_are_built(tmp_path, monkeypatch):
    """A fault the parser meets in one file (an IndexError on a line it did not expect, 重庆 h138) leaves that file
    out with a problem naming it and the fault; the other files are built."""
    import policykg.graph.build as build

    real = build.parse_text

    def faulty(text, path, **kw):
        if path.endswith("bad.txt"):
            return "".join([])[0]  # IndexError, as a loader bug would raise
        return real(text, path, **kw)

    monkeypatch.setattr(build, "parse_text", faulty)
    G = build_graph(
        [write_file(tmp_path, "good.txt", NOTICE), write_file(tmp_path, "bad.txt", NOTICE)], as_of="2025-01-01", jobs=1
    )
    assert "doc:豫政办〔2024〕46号" in G
    problems = [p for p in G.graph["report"].problems if p.kind == "parser-error"]
    assert [p.file.rsplit("/", 1)[-1] for p in problems] == ["bad.txt"]
    assert "IndexError" in problems[0].message
