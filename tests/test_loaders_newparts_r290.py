"""Document fields of parts h257 and h258 (2026-12-06, r290): a cited law's order number, a site's date header, a
date opening a title.  Each text is modelled on a failing text of the set, with other, invented names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

CITED_LAW_WITH_ORDER = (
    "(征求意见稿)\n"
    "为了改善我市空气质量,根据《中华人民共和国某某污染防治法》(中华人民共和国主席令 第四十二号),"
    "结合我市实际,划定甲市禁燃区,现将有关事项公告如下:\n"
    "一、禁燃区划定\n甲市主城区高污染燃料禁燃区范围:东至甲一路、甲二路、甲三路,西至乙外环、乙二路,南至丙路,北至丁路;\n"
    "各县人民政府自行划定辖区内高污染燃料禁燃区,并予以公告。\n"
    "二、禁止燃用的燃料类型\n按照《某某燃料目录》(国环规某〔2017〕2号),禁止燃用Ⅱ类燃料:\n"
    "① 煤炭及其制品;\n② 石油焦、重油;\n本公告禁止燃用的燃料是指常规燃料。\n"
)


def test_a_body_named_in_a_cited_laws_bracket_is_not_the_issuer():
    # 根据《X法》(中华人民共和国主席令 第N号),…现将有关事项公告如下 (h258 临沂): the order number in the cited law's
    # bracket names the law's promulgator, not who announces
    doc = parse_text(CITED_LAW_WITH_ORDER, "page.txt").documents[0]
    assert doc.issuers == ()


def test_a_site_date_header_with_its_weekday_is_no_date_of_the_text():
    # 2024年11月22日 星期五 | / title / 来源:… 日期:… (h258 裕民): the site's clock above the title
    text = (
        "2025年3月14日 星期五 |\n\n对建设项目环境影响评价审批文件的情况说明\n\n"
        "来源:甲地区生态环境局乙县分局 日期:2023-04-16 18:15:24\n\n"
        "根据甲地区生态环境局关于转发《关于印发<丙丁自治区建设项目环境影响评价文件分级审批目录>修改单和"
        "<丙丁自治区建设项目环境影响评价文件分级审批目录(2021年本)的通知>》文件要求,甲地区生态环境局各县(市)分局作为派出机构"
        "不得出具环评审批意见所有由地区生态环境局审批的环评文件均由地区生态环境局在甲地区行署网站上进行统一公示。\n\n"
        "特此说明。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "对建设项目环境影响评价审批文件的情况说明"
    assert doc.date is None


def test_a_date_opening_the_title_is_the_texts_date():
    # 2024年2月22日建设项目环境影响评价文件审批公告 (h258 泰安): a dated list's heading gives its day
    text = (
        "2025年3月5日某某项目环境影响评价文件审批公告\n\n"
        "根据有关规定,经审查,我局对以下项目作出审批决定。现将审批决定情况予以公告。\n\n"
        "一、甲项目:建设单位甲公司,建设地点甲镇,审批决定为同意建设,审批文号见附件。\n"
        "二、乙项目:建设单位乙公司,建设地点乙镇,审批决定为同意建设,审批文号见附件。\n"
        "行政复议与行政诉讼权利告知:依据《中华人民共和国行政复议法》,公民、法人或者其他组织可以自公告期限届满之日起六十日内提起行政复议。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "2025年3月5日某某项目环境影响评价文件审批公告"
    assert doc.date == "2025-03-05"
