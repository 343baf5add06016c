"""Heads of ministry and district pages, parts h188 / h189 (2026-12-06, r184): page text next to the heading mixed
into it, an announcement's number and title on one line, a consultation announcement with no number.  Each text
is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_joint_announcements_number_and_title_on_one_line_are_set_apart():
    # 甲部 乙总署公告2023年第23号 关于对…的公告 (h189 商务部 海关总署): the number, its head naming the joint bodies with
    # a space between them, then the title — the title alone, the number split off, both bodies the issuers
    text = (
        "农业农村部、市场监管总局发布关于某某饲料管理的公告。自2023年8月1日起实施。\n"
        "农业农村部 市场监管总局公告2023年第7号 关于加强某某饲料管理的公告\n"
        "根据《中华人民共和国农产品质量安全法》有关规定，决定加强某某饲料管理。有关事项公告如下：\n"
        "一、某某饲料不得销售。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("关于加强某某饲料管理的公告", "2023年第7号")
    assert doc.issuers == ("农业农村部", "国家市场监督管理总局")


def test_an_announcements_head_on_its_title_line_names_its_issuer():
    # 甲局公告2022年第5号 关于…的公告: one body's head on the title's line names the issuer (the title names none)
    text = (
        "国家林业和草原局公告2022年第5号 关于公布某某名录的公告\n"
        "根据《中华人民共和国森林法》，现将某某名录予以公布。\n"
        "一、名录见附件。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("国家林业和草原局",)


def test_a_consultation_announcement_signed_by_a_ministry_above_its_draft_is_a_document():
    # 关于公开征求《X(修订草案征求意见稿)》意见的公告 / 为…我部对《X》进行了修订… / 水利部 / date / then the draft's
    # chapters (h189 水利部 on a law firm's site): the announcement, signed by a ministry's three characters, is a
    # document of its own above the draft
    text = (
        "某某律师网 联系我们\n\n"
        "关于公开征求《民政行政处罚办法(修订草案征求意见稿)》意见的公告\n"
        "发布日期:2022-10-21点击率:206\n\n"
        "  关于公开征求《民政行政处罚办法(修订草案征求意见稿)》意见的公告\n\n"
        "  为贯彻落实新修订实施的《中华人民共和国行政处罚法》，我部对《民政行政处罚办法》进行了修订，形成了"
        "《民政行政处罚办法(修订草案征求意见稿)》。现将征求意见稿全文公布，有关单位可在2022年10月29日前提出意见：\n\n"
        "  一、通过电子邮件方式将意见发送至某某邮箱。\n\n"
        "  民政部\n\n  2022年9月29日\n\n"
        "  民政行政处罚办法(修订草案征求意见稿)\n\n  第一章 总则\n\n"
        "  第一条 为了规范民政行政处罚行为，根据《中华人民共和国行政处罚法》，制定本办法。\n\n"
        "  第二条 本办法适用于民政行政处罚。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "关于公开征求《民政行政处罚办法（修订草案征求意见稿）》意见的公告",
        "民政行政处罚办法（修订草案征求意见稿）",
    ]
    assert (docs[0].issuers, docs[0].date) == (("民政部",), "2022-09-29")


def test_a_portal_tables_values_printed_before_its_labels_give_no_title():
    # 索引号 / number / publication date / keywords / department / 综合规划 / 部函 … then 文号 / 索引号 / 公开日期 /
    # 主题词 … alone (h189 交通运输部 through a gateway): the class 综合规划 is no title — the letter is untitled, its
    # date the signature's, not the table's publication date
    text = (
        "000019713O04/2023-00200\n甲规划函〔2023〕12号\n2023年12月20日\n增补;试点任务\n综合规划司\n综合规划\n"
        "公路建设\n部函\n文号\n索引号\n公开日期\n主题词\n机构分类\n主题分类\n行业分类\n公文类型\n"
        "某省交通运输厅申报某某试点的相关材料收悉。经研究，原则同意某省增补某某试点任务。请按照《交通运输部办公厅"
        "关于印发某某试点工作管理办法的通知》等要求，统筹推进试点任务，及时形成有效经验和典型成果。\n"
        "交通运输部\n2023年12月11日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert (docs[0].title_printed, docs[0].date) == (False, "2023-12-11")


def test_a_sites_keyword_line_over_a_joint_title_is_no_part_of_it():
    # 甲部 乙办 丙部 网络产品 安全 管理 / 甲部 乙办公室 丙部关于印发…的通知 (h189 三部门 on a mirror): the page's keywords
    # above the joint title are neither title nor issuers
    text = (
        "当前位置 :首页 > 政策法规 > 三部门关于印发某某数据管理规定的通知\n\n"
        "教育部 民政部 财政部 数据 安全 管理\n\n"
        "教育部 民政部 财政部关于印发某某数据管理规定的通知\n\n"
        "  教民数〔2021〕6号\n\n各省、自治区、直辖市教育厅、民政厅、财政厅：\n\n"
        "  现将《某某数据管理规定》予以发布，自2021年9月1日起施行。\n\n"
        "  教育部\n\n民政部\n\n财政部\n\n  2021年7月12日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "教育部民政部财政部关于印发某某数据管理规定的通知"
    assert doc.issuers == ("教育部", "民政部", "财政部")


def test_an_interpretations_media_tag_is_dropped_and_its_glued_byline_names_the_issuer():
    # （音频、图文解读）《X》政策解读 / 文章发布日期: 2023-11-02来源:某区人民政府 (h188 花都): the tag is no part of the
    # title; the byline glued to the posting date names the body
    text = (
        "某某网站 关键词\n\n"
        "          （音频、图文解读）《广州市番禺区人民政府关于加强某某管理的通告》政策解读\n\n"
        "          文章发布日期: 2023-11-02来源:番禺区人民政府\n\n"
        "          一、编制背景\n\n"
        "          为加强某某管理，保障人民生命财产安全，根据有关法律法规，制定本通告。\n\n"
        "          二、编制依据\n\n          （一）《中华人民共和国森林法》。\n\n"
        "          三、主要内容\n\n          （一）某某区域：本区行政区域内的林地及距离林地边缘30米范围。\n\n"
        "          （二）某某区域内禁止以下行为：\n\n          1.上坟烧纸、烧香点蜡等；\n\n"
        "          2.烧荒、烧田埂草、烧秸秆、烧垃圾等；\n\n          3.燃放烟花爆竹、孔明灯等。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "《广州市番禺区人民政府关于加强某某管理的通告》政策解读"
    assert doc.issuers == ("广州市番禺区人民政府",)
