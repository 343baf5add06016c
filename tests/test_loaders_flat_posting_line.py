"""A crawl that stored each page run together on one line (flat layout), a notice whose web page printed its posting
line between the title and the notice's head (来源:市财政局2019-06-2416:15阅读人数:1 / 来自:某市政府门户网站时间:
2018-11-22 / 2011-06-1800:00:00来源:本站原创): the title, the posting line and the number, addressee or text read
apart, the posting line skipped as a page's, so the notice is found with its number, issuers and date."""

from __future__ import annotations

from policykg.loaders.flat import _posting_run, _title_posting
from policykg.loaders.parse import parse_text

FILL = (
    "各单位要加强组织领导，明确工作责任，细化工作措施，确保各项任务按期完成，并及时报送工作进展情况和存在的问题。" * 4
)

OTHER = (
    "江州市财政局关于做好2023年部门预算编制工作的通知江财预〔2023〕5号各区财政局，市级各部门：为做好2023年部门预算编制"
    f"工作，根据《中华人民共和国预算法》，现就有关事项通知如下。{FILL}江州市财政局2023年1月10日"
)
FUND_TITLE = "江州市财政局江州市农业农村局关于印发江州市乙资金管理暂行规定的通知"
FUND = (
    f"{FUND_TITLE}来源:市财政局2019-06-2416:15阅读人数:1各县(市、区)财政局、农业农村主管部门:为规范乙资金管理，现将"
    f"《江州市乙资金管理暂行规定》印发给你们，请遵照执行。{FILL}江州市财政局江州市农业农村局2019年6月10日"
)
RULES_TITLE = "关于印发《江州市人民政府工作规则》的通知"
RULES = (
    f"{RULES_TITLE}2011-06-1800:00:00来源:本站原创江府〔2011〕33号各区人民政府，市政府直属各单位：《江州市人民政府工作规则》"
    f"已经市政府常务会议修订通过，现予印发。{FILL}江州市人民政府2011年4月8日"
)
PLAN_TITLE = "江州市人民政府关于进一步优化营商环境的实施方案"
PLAN = (
    f"{PLAN_TITLE}来自:江州市政府门户网站时间:2018-11-22各县(市、区)人民政府、开发区管委会，市直各单位：为深入贯彻落实"
    f"《江南省人民政府关于进一步优化营商环境的若干意见》，特制定本实施方案。{FILL}江州市人民政府2018年11月20日"
)


def test_a_flat_title_run_into_its_page_posting_line_starts_its_document():
    docs = parse_text("\n".join([OTHER, FUND, RULES, PLAN]) + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert FUND_TITLE in titles and RULES_TITLE in titles and PLAN_TITLE in titles
    fund = docs[titles.index(FUND_TITLE)]
    assert fund.date == "2019-06-10" and fund.source_line == 2
    rules = docs[titles.index(RULES_TITLE)]
    assert str(rules.doc_number) == "江府〔2011〕33号" and rules.date == "2011-04-08"
    assert docs[titles.index(PLAN_TITLE)].date == "2018-11-20"


def test_a_posting_line_ends_where_the_head_goes_on():
    assert _title_posting(
        "关于做好乙工作的通知时间:2019年06月17日点击次数:28596甲政办〔2019〕26号各乡镇人民政府：为…"
    ) == [
        "关于做好乙工作的通知",
        "时间:2019年06月17日点击次数:28596",
        "甲政办〔2019〕26号各乡镇人民政府：为…",
    ]
    # (no head after it — a sentence, or a value running on — is no posting line: 来源 in a text's sentence)
    assert _posting_run("来源:经研究，同意你局的请示。", 0) is None
    assert _title_posting("关于做好乙工作的通知来源于群众的意见，经研究决定如下。") is None
