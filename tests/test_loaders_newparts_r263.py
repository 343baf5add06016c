"""Issuer lines over a 关于…的公告 title: a joint mechanism's name, and a long body's name over two lines (h239)."""

import pytest

from policykg import build_graph
from policykg.loaders.parse import parse_text

BODY = (
    "根据当前疫情防控形势,经综合研判,自2022年11月30日起,将我区高风险区调整如下:\n"
    "一、新增高风险区。\n二、其他区域为低风险区。\n{sig}\n2022年11月30日\n"
)

CASES = [
    # a place's joint prevention and control mechanism on its own line over the title (h239 七星关)
    (
        "乙区应对新冠肺炎疫情联防联控机制\n关于调整乙区高风险区的公告\n",
        "乙区应对新冠肺炎疫情联防联控机制",
        "乙区应对新冠肺炎疫情联防联控机制关于调整乙区高风险区的公告",
    ),
    # a headquarters' long name broken over two lines over the title (h239 三亚)
    (
        "甲市新型冠状病毒肺炎\n疫情防控工作指挥部\n关于解除部分片区临时管理的通告\n",
        "甲市新型冠状病毒肺炎疫情防控工作指挥部",
        "甲市新型冠状病毒肺炎疫情防控工作指挥部关于解除部分片区临时管理的通告",
    ),
]


@pytest.mark.parametrize(("head", "issuer", "title"), CASES)
def test_issuer_lines_over_about_joined(head: str, issuer: str, title: str) -> None:
    docs = parse_text(head + BODY.format(sig=issuer), "page.txt").documents
    assert [d.title for d in docs] == [title]
    assert list(docs[0].issuers) == [issuer]
    assert docs[0].date == "2022-11-30"


# A document-preview site's heading (title-number) over the same title printed again with its text, signed and dated
# (h237 舟山): the one document keeps the copy's date.
PREVIEW_HEADING = """甲市人民政府关于调整全市某某标准的通知-甲政发〔2021〕15号
合集下载
甲市人民政府关于调整全市某某标准的通知
正文:
甲市人民政府关于调整全市某某标准的通知
甲政发〔2021〕15号
各县(区)人民政府,市政府直属各单位:
为保障劳动者的合法权益,市政府决定:从2021年9月15日起调整某某标准。
甲市人民政府
2021年9月10日
"""


def test_preview_heading_takes_the_dated_copys_date(tmp_path):
    (tmp_path / "page.txt").write_text(PREVIEW_HEADING, encoding="utf-8")
    G = build_graph([tmp_path], as_of="2024-01-01", jobs=1)
    docs = [a for _, a in G.nodes(data=True) if a.get("title") == "甲市人民政府关于调整全市某某标准的通知"]
    assert len(docs) == 1
    assert docs[0]["date"] == "2021-09-10"
