"""Parts h267 / h269 (r308): a list API's publishing date, a publisher cell kept as printed.  Invented names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# a list API's metadata-only records: the PUBDATE is the only date a record has
LIST_JSON = """{
  "data": [
    {
      "FILENAME": "关于加强某某工程监管工作的通知",
      "FILENUM": "乙建设规〔2025〕5号",
      "PUBLISHER": "乙省某某厅",
      "PUBDATE": "2025-10-16 15:00:00",
      "DOCRELTIME": "2025-10-18 15:30:00"
    },
    {
      "FILENAME": "关于公布新增某某文件目录的通知",
      "FILENUM": "*",
      "PUBLISHER": "乙省某某厅",
      "PUBDATE": "2024-12-02 09:00:00",
      "DOCRELTIME": "2025-01-05 10:00:00"
    }
  ]
}
"""

# a policy index's rows: the 发布单位 cell names the body in full; the number's prefix stands for another name
INDEX_CSV = (
    "分类,类型,层级,标题,文号,发布单位,发布日期,状态\n"
    "规划与土地,通知公告,市级,关于公布某某基地名单的通知,沪农委〔2025〕17号,上海市农业农村委员会,2025-12-25,有效\n"
    "规划与土地,规定,市级,关于印发《某某登记规定》的通知,沪自然资源登〔2025〕3号,上海市规划和自然资源局,2025-12-25,有效\n"
)


@pytest.mark.parametrize(
    ("title", "date"),
    [("关于加强某某工程监管工作的通知", "2025-10-16"), ("关于公布新增某某文件目录的通知", "2024-12-02")],
)
def test_list_api_publishing_date_dates_a_record_without_text(title, date):
    docs = {d.title: d for d in parse_text(LIST_JSON, "list.json").documents}
    assert docs[title].date == date


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("关于公布某某基地名单的通知", "上海市农业农村委员会"),
        ("关于印发《某某登记规定》的通知", "上海市规划和自然资源局"),
    ],
)
def test_publisher_cell_kept_over_number_prefix_body(title, issuer):
    docs = {d.title: d for d in parse_text(INDEX_CSV, "index.csv").documents}
    assert docs[title].issuers == (issuer,)


# a reconsideration decision naming the reply it reviews in marks
DECISION = (
    "甲市乙区人民政府行政复议决定书\n\n乙府复决字〔2024〕8号\n\n申请人:某某。\n\n被申请人:甲市乙区某某街道办事处。\n\n"
    "申请人请求:撤销被申请人2024年7月1日作出的《政府信息公开申请答复书》(某办依复〔2024〕第3号)。\n"
)


def test_reviewed_reply_in_marks_is_cited():
    doc = parse_text(DECISION, "page.txt").documents[0]
    assert "政府信息公开申请答复书" in [r.title for r in doc.references]
