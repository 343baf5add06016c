"""Where a document's body ends when the next text comes with its page heading: its number and title in book marks
(临财〔2024〕5号《临川市财政局关于…的通知》) or its title in brackets, over a short site line, then its title
(compilation layout, texts taken from portal pages).  The heading names the text below it: what it cites is
that text's, never the document above's."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

COMPILATION = """惠企政策汇编
（2024年版）
临川市人民政府关于促进中小企业发展的若干措施
临府发〔2024〕3号
各县（区）人民政府，市政府各部门：
为贯彻落实《中华人民共和国中小企业促进法》，现提出如下措施。
一、加大财政支持力度。
二、优化融资服务。
临川市人民政府
2024年1月8日
临财〔2024〕5号《临川市财政局关于做好中小企业发展专项资金申报工作的通知》
临川政务网
临川市财政局关于做好中小企业发展专项资金申报工作的通知
临财〔2024〕5号
各县（区）财政局：
根据《临川市人民政府关于促进中小企业发展的若干措施》，现就专项资金申报工作通知如下。
一、申报对象为本市注册的中小企业。
临川市财政局
2024年2月1日
"""


def test_a_page_heading_over_the_next_title_lends_no_citation_to_the_document_above():
    docs = parse_text(COMPILATION, "compilation.txt").documents
    by_title = {d.title: d for d in docs}
    measures = by_title["临川市人民政府关于促进中小企业发展的若干措施"]
    assert [r.title for r in measures.references] == ["中华人民共和国中小企业促进法"]
    assert not any(str(r.doc_number or "") == "临财〔2024〕5号" for r in measures.references)
    notice = by_title["临川市财政局关于做好中小企业发展专项资金申报工作的通知"]
    assert str(notice.doc_number) == "临财〔2024〕5号"
    assert notice.date == "2024-02-01"


def test_a_notice_keeps_its_sentence_naming_the_text_it_issues():
    text = """临川市人民政府办公室关于印发临川市物业管理办法的通知
临府办发〔2024〕9号
各县（区）人民政府：
《临川市物业管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。
临川市人民政府办公室
2024年3月5日
临川市物业管理办法
第一条 为了规范物业管理活动，根据《物业管理条例》，制定本办法。
第二条 本办法自2024年4月1日起施行。
"""
    docs = parse_text(text, "notice.txt").documents
    notice = docs[0]
    assert notice.date == "2024-03-05"
    assert "临川市物业管理办法" in [r.title for r in notice.references]
