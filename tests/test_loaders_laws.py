"""One document per file: laws and regulations in the LawRefBook Markdown form
(`# 标题`, passing/promulgation lines, `<!-- INFO END -->`, articles).  The files here are written in
that form for the test; the issuing body and date come from the 通过/公布 line.
"""

from __future__ import annotations

from policykg import build_graph
from policykg.graph.build import parse_file

from factories import write_file

REGULATION = """# 护士条例

2008年1月31日 中华人民共和国国务院令第517号公布

<!-- INFO END -->

## 第一章 总则

第一条 为了维护护士的合法权益，规范护理行为，促进护理事业发展，保障医疗安全和人体健康，制定本条例。

## 第六章 附则

第三十五条 本条例自2008年5月12日起施行。
"""

LOCAL_NEW = """# 河南省人力资源市场条例

2022年9月30日 河南省第十三届人民代表大会常务委员会第三十五次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了规范人力资源市场活动，促进人力资源合理流动和优化配置，根据《人力资源市场暂行条例》等法律、行政法规，结合本省实际，制定本条例。

## 第六章 附则

第六十条 本条例自2023年1月1日起施行。2004年5月28日河南省第十届人民代表大会常务委员会第九次会议通过的《河南省人力资源市场条例》同时废止。
"""

LOCAL_OLD = """# 河南省人力资源市场条例

2004年5月28日 河南省第十届人民代表大会常务委员会第九次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了培育和发展人力资源市场，根据有关法律、法规，结合本省实际，制定本条例。

第四十条 本条例自2004年8月1日起施行。
"""

DEPARTMENT = """# 关于职工全年月平均工作时间和工资折算问题的通知

劳社部发[2008]3号

<!-- INFO END -->

各省、自治区、直辖市劳动和社会保障厅（局）：

根据《全国年节及纪念日放假办法》（国务院令第513号）的规定，全体公民的节日假期由原来的10天增设为11天。据此，职工全年月平均制度工作天数和工资折算办法分别调整如下。
"""


def test_regulation_is_one_document_with_body_date_number(tmp_path):
    pf = parse_file(write_file(tmp_path, "护士条例.md", REGULATION))
    (d,) = pf.documents
    assert (d.title, d.source_line) == ("护士条例", 1)
    assert d.issuers == ("国务院",)
    assert d.date == "2008-01-31"
    assert d.doc_number is not None and d.doc_number.kind == "order" and d.doc_number.serial == 517
    assert d.effective_date == "2008-05-12"
    assert d.doc_type == "条例"
    assert d.level == "national"


def test_local_regulation_passed_by_the_provincial_congress(tmp_path):
    (d,) = parse_file(write_file(tmp_path, "河南省人力资源市场条例(2022-09-30).md", LOCAL_NEW)).documents
    assert d.title == "河南省人力资源市场条例"
    assert d.issuers == ("河南省人民代表大会常务委员会",)
    assert (d.date, d.effective_date) == ("2022-09-30", "2023-01-01")
    assert d.level == "provincial"
    roles = [(r.role, r.title) for r in d.references]
    assert ("BASED_ON", "人力资源市场暂行条例") in roles
    assert ("SUPERSEDES", "河南省人力资源市场条例") in roles


def test_bracketed_number_of_a_department_document(tmp_path):
    (d,) = parse_file(
        write_file(tmp_path, "关于职工全年月平均工作时间和工资折算问题的通知(2009-03-29).md", DEPARTMENT)
    ).documents
    assert d.title == "关于职工全年月平均工作时间和工资折算问题的通知"
    assert str(d.doc_number) == "劳社部发〔2008〕3号"
    assert [(r.role, r.title) for r in d.references] == [("BASED_ON", "全国年节及纪念日放假办法")]


def test_law_repealing_same_title_supersedes_another_node(tmp_path):
    G = build_graph(
        [write_file(tmp_path, "河南省人力资源市场条例(2022-09-30).md", LOCAL_NEW)], as_of="2024-01-01", jobs=1
    )
    sup = [(u, v) for u, v, k in G.edges(keys=True) if k == "SUPERSEDES"]
    assert len(sup) == 1
    new, old = sup[0]
    assert new != old
    assert G.nodes[new]["in_corpus"] is True and G.nodes[new]["date"] == "2022-09-30"
    assert G.nodes[old]["title"] == "河南省人力资源市场条例" and G.nodes[old]["status"] == "superseded"
    assert G.nodes[new]["status"] == "in_force"


def test_two_versions_of_a_law_in_the_corpus(tmp_path):
    write_file(tmp_path, "河南省人力资源市场条例(2022-09-30).md", LOCAL_NEW)
    write_file(tmp_path, "河南省人力资源市场条例(2004-05-28).md", LOCAL_OLD)
    G = build_graph([tmp_path], as_of="2024-01-01", jobs=1)
    versions = {
        a["date"]: n for n, a in G.nodes(data=True) if a.get("title") == "河南省人力资源市场条例" and a.get("in_corpus")
    }
    assert sorted(versions) == ["2004-05-28", "2022-09-30"]
    new, old = versions["2022-09-30"], versions["2004-05-28"]
    assert [(u, v) for u, v, k in G.edges(keys=True) if k == "SUPERSEDES"] == [(new, old)]
    assert G.nodes[old]["status"] == "superseded" and G.nodes[new]["status"] == "in_force"
