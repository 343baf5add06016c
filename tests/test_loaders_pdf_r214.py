"""Gazettes as PDF conversion gives them (r214): texts hard-wrapped at a column's width, a blank line after each
printed line; and a text transmitted under its own number that transmits a text in turn.  Each case is modelled on
a text of the labelled set (as the robustness bench's ``pdf`` layout prints it, or as it is), with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 20
PROSE = (
    "为进一步做好相关工作，切实保障人民群众的合法权益，推动各项政策措施落地见效，经研究，现就有关事项通知如下。"
    "各单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实，确保取得实效，并及时报送工作进展情况。"
)
# the end of a text above: a signature and its date
TEXT_ABOVE = [PROSE * 6, "甲市人民政府办公室", "2024 年 3 月 8 日"]


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "page.txt").documents]


def test_a_markdown_heading_cut_at_the_column_where_no_title_ends_keeps_its_rest():
    # # 上海市静安区人民政府关于批转区文化局 / 《关于进一步加强…的实施 / 意见》的通知 (h109 静安 in a gazette, pdf layout):
    # the heading fills the column and ends on a body's name, its 《…》 on the lines below is the title's rest
    heading = "# 甲市乙区人民政府关于批转乙区某管理局《关于进一步加强乙区文物保护工作的实施意见》的通知"
    below = [
        "区政府各委、办、局，各街道办事处、某某镇政府：",
        "区某管理局《关于进一步加强乙区文物保护工作的实施意见》已经区政府第73次常务会议通过，现批转给你们，请遵照执行。",
        PROSE * 3,
    ]
    titles = _titles(pdf_columns([*TEXT_ABOVE, "【政府文件】", heading, *below], WIDTH))
    assert "甲市乙区人民政府关于批转乙区某管理局《关于进一步加强乙区文物保护工作的实施意见》的通知" in titles


def test_a_markdown_heading_ending_as_a_title_ends_takes_no_quoted_names_below_it():
    # # 上海市绿化和市容管理局关于印发《上海 / 市建筑垃圾…办法》《上海 / 市…规定》的通知 / 《上海市…办法》 / 《…规定》 / 已于…
    # (a two-text compilation in a gazette, pdf layout): the heading's title ends at 的通知, the body's first
    # sentence opening with the texts' names in 《》 on the next line is no part of it
    heading = "# 甲市绿化和市容管理局关于印发《甲市建筑垃圾运输单位招标投标管理暂行办法》《甲市建筑垃圾运输许可证吊销程序规定》的通知"
    below = [
        "《甲市建筑垃圾运输单位招标投标管理暂行办法》《甲市建筑垃圾运输许可证吊销程序规定》已于2017年11月27日经局务会议通过。",
        PROSE * 3,
    ]
    titles = _titles(pdf_columns([*TEXT_ABOVE, heading, *below], WIDTH))
    assert (
        "甲市绿化和市容管理局关于印发《甲市建筑垃圾运输单位招标投标管理暂行办法》《甲市建筑垃圾运输许可证吊销程序规定》的通知"
        in titles
    )


def test_a_title_under_a_text_cut_short_mid_sentence_starts_a_text_of_its_own():
    # …已将X作为主要任务内容之一,主要从改革完善疾病 / 安乡县公安局交通警察大队 / 关于对上东门街实行限时交通管制的通告 /
    # 为确保… (a reply cut short over h177 安乡 in a gazette, pdf layout): the paragraph's last line, longer than any
    # title's line and holding commas, ends the text above though no full stop closes it
    text = (
        "甲省卫生健康委关于某提案的答复\n\n甲卫提〔2024〕3号\n\n某某委员：\n\n"
        "你提出的提案收悉。现答复如下：三是我委正牵头起草《甲省公共卫生体系建设规划》,已将加强疾病预防控制体系"
        "现代化建设作为主要任务内容之一,主要从改革完善疾病\n\n"
        "乙县公安局交通警察大队\n\n关于对某某街实行限时交通管制的通告\n\n"
        "为确保某小学放学期间道路交通安全、畅通,乙县公安局交警大队决定实施限时交通管制,敬请广大市民给予理解。\n\n"
        "本通告自发布之日起实施。\n\n乙县公安局交通警察大队\n\n2024年 9 月 9 日\n"
    )
    assert "乙县公安局交通警察大队关于对某某街实行限时交通管制的通告" in _titles(text)


def test_a_forwarded_notice_under_its_own_number_transmits_the_text_printed_below_it():
    # 广东省人民政府办公厅转发国务院办公厅转发商务部科技部关于…若干措施的通知 / … / 国务院办公厅转发…的通知 /
    # 国办函〔2023〕7号 / … 商务部、科技部《关于…的若干措施》已经国务院同意，现转发给你们 / … / （此件公开发布） / 关于…
    # 的若干措施 (h208, a record on one line): the forwarded notice, a text with its own header, forwards the
    # measures in turn
    text = (
        "乙省人民政府办公厅转发国务院办公厅转发某部丙部关于进一步鼓励某某研发中心建设若干措施的通知\n"
        "乙办函〔2023〕25号\n各地级以上市人民政府，省政府各部门、各直属机构：\n"
        "经省人民政府同意，现将《国务院办公厅转发某部丙部关于进一步鼓励某某研发中心建设若干措施的通知》"
        "（国办函〔2023〕7号）转发给你们，请一并贯彻执行。\n省政府办公厅\n2023年2月9日\n"
        "国务院办公厅转发某部丙部关于进一步鼓励某某研发中心建设若干措施的通知\n国办函〔2023〕7号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "某部、丙部《关于进一步鼓励某某研发中心建设的若干措施》已经国务院同意，现转发给你们，请认真贯彻落实。\n"
        "中华人民共和国国务院办公厅\n2023年1月11日\n（此件公开发布）\n"
        "关于进一步鼓励某某研发中心建设的若干措施\n"
        "某部丙部某某研发中心是科技创新体系的重要组成部分。为加快实施创新驱动发展战略，制定如下措施：\n"
        "一、支持开展科技创新\n（一）优化科技创新服务。落实支持科技创新税收政策。\n"
    )
    docs = parse_text(text, "page.txt").documents
    titles = [d.title for d in docs]
    assert "关于进一步鼓励某某研发中心建设的若干措施" in titles
    measures = docs[titles.index("关于进一步鼓励某某研发中心建设的若干措施")]
    notice = titles.index("国务院办公厅转发某部丙部关于进一步鼓励某某研发中心建设若干措施的通知")
    assert measures.transmitted_by == notice
