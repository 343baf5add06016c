"""A notice as a scraper returns it (one per file): page clutter (字号：大 中 小, 打印本页), the doc number
on its own line or glued to the title, a district issuer.  Written for the test in the shape of the
scraped notices of corpus-extra/policy-notices.
"""

from __future__ import annotations

import pytest

from policykg import build_graph
from policykg.loaders.parse import parse_text

SCRAPED = """开封市禹王台区人民政府办公室关于印发禹王台区促进个体工商户发展若干措施的通知{glued}
字号：   大   中   小
{own_line}各乡（街道）办事处，区政府各部门：
《禹王台区促进个体工商户发展若干措施》已经区政府第8次常务会议研究同意，现印发给你们，请认真贯彻落实。
开封市禹王台区人民政府办公室
2024年5月20日
禹王台区促进个体工商户发展若干措施
为贯彻落实《河南省支持个体工商户和小微企业发展若干措施》，进一步激发个体工商户活力，制定本措施。
本措施自印发之日起施行，有效期至2026年12月31日。
打印本页 关闭窗口
"""


def scraped(glued: bool) -> str:
    return SCRAPED.format(glued="禹政办〔2024〕12号" if glued else "", own_line="" if glued else "禹政办〔2024〕12号\n")


@pytest.mark.parametrize("glued", [False, True], ids=["number-on-its-line", "number-glued-to-title"])
def test_scraped_notice_and_its_measures(glued):
    pf = parse_text(scraped(glued), "kaifeng-yuwangtai-121.txt")
    notice, measures = pf.documents
    assert notice.title == "开封市禹王台区人民政府办公室关于印发禹王台区促进个体工商户发展若干措施的通知"
    assert notice.source_line == 1
    assert str(notice.doc_number) == "禹政办〔2024〕12号"
    (issuer,) = notice.issuers
    assert "开封市禹王台区人民政府办公室".endswith(issuer)
    assert notice.level == "district"
    assert notice.date == "2024-05-20"
    assert measures.title == "禹王台区促进个体工商户发展若干措施"
    assert measures.transmitted_by == 0
    assert measures.issuers == notice.issuers and measures.date == "2024-05-20"
    assert (measures.effective_date, measures.expiry_date) == ("2024-05-20", "2026-12-31")
    assert [(r.role, r.title) for r in measures.references] == [
        ("IMPLEMENTS", "河南省支持个体工商户和小微企业发展若干措施")
    ]


def test_cited_document_found_in_another_file_is_the_same_node(tmp_path):
    """The measures cite a provincial text printed in the Kaifeng compilation: one node, in the corpus."""
    from pathlib import Path

    corpus_file = (
        Path(__file__).resolve().parents[1] / "data" / "corpus" / "kaifeng-yuwangtai-enterprise-policies-2024.txt"
    )
    (tmp_path / "district.txt").write_text(scraped(False), encoding="utf-8")
    G = build_graph([tmp_path / "district.txt", corpus_file], as_of="2025-06-30", jobs=1)
    (src,) = [n for n, a in G.nodes(data=True) if a.get("title") == "禹王台区促进个体工商户发展若干措施"]
    targets = [v for _, v, k in G.out_edges(src, keys=True) if k == "IMPLEMENTS"]
    assert len(targets) == 1
    t = G.nodes[targets[0]]
    assert t["title"] == "河南省支持个体工商户和小微企业发展若干措施"
    assert t["in_corpus"] is True and t["source_file"].endswith(corpus_file.name)


# The metadata table of a policy page on a government portal, then the text.
PORTAL_PAGE = """索 引 号：000014349/2024-00045
主题分类：劳动、人事、监察\\就业
发文机关：国务院办公厅
成文日期：2024年05月20日
标　　题：国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知
发文字号：国办发〔2024〕25号
发布日期：2024年05月22日
国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知
国办发〔2024〕25号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为贯彻落实《中华人民共和国就业促进法》，现就有关事项通知如下。
国务院办公厅
2024年5月20日
（此件公开发布）
"""


def test_portal_page_with_a_metadata_table():
    pf = parse_text(PORTAL_PAGE, "gov-123.txt")
    (d,) = pf.documents
    assert d.title == "国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知"
    assert str(d.doc_number) == "国办发〔2024〕25号"
    assert d.issuers == ("国务院办公厅",)
    assert d.date == "2024-05-20"  # 成文日期, not the publication date
    assert d.level == "national"
    assert [(r.role, r.title) for r in d.references] == [("IMPLEMENTS", "中华人民共和国就业促进法")]


def test_portal_metadata_alone_gives_the_document():
    """Some pages carry the text as an image: only the metadata table is text."""
    head = "\n".join(PORTAL_PAGE.splitlines()[:7]) + "\n"
    (d,) = parse_text(head, "gov-124.txt").documents
    assert (d.title, str(d.doc_number), d.issuers, d.date) == (
        "国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知",
        "国办发〔2024〕25号",
        ("国务院办公厅",),
        "2024-05-20",
    )
