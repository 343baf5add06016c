"""Parts h229–h231 of the unseen set (sci-tech bureaus, price and fee texts, replies), r259: what the first round
left.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_title_printed_with_its_issuer_over_its_copy_without_it_is_one_document_at_the_first_print():
    # 某市人民政府关于X的批复 / the same / 制定机关:… / date / 关于X的批复 / number (h231 虹口, a wiki page): one
    # document, its title the first complete print with its issuer, at that line
    text = (
        "甲市人民政府关于同意设立乙区丙街道的批复\n\n甲市人民政府关于同意设立乙区丙街道的批复\n"
        "制定机关:甲市人民政府\n2018年1月20日\n关于同意设立乙区丙街道的批复\n甲府〔2018〕8号\n\n乙区人民政府:\n\n"
        "  乙府〔2017〕30号文收悉。经研究,同意设立丙街道。\n\n  特此批复。\n\n甲市人民政府\n2018年1月20日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, str(d.doc_number)) for d in docs] == [
        ("甲市人民政府关于同意设立乙区丙街道的批复", 1, "甲府〔2018〕8号")
    ]


def test_a_masthead_of_an_issuer_and_its_genre_over_stacked_issuers_is_no_part_of_the_title():
    # 某县某局行政规范性文件 / 某县某局 / 某县财政局 / 关于印发《X》的通知 / number (h229 丰都): the masthead is furniture;
    # the title starts at the stacked issuers
    text = (
        "乙县科学技术局行政规范性文件\n乙县科学技术局\n乙县财政局\n关于印发《乙县科研项目管理办法(试行)》的通知\n"
        "乙科技发〔2024〕46号\n各乡镇人民政府,县级各部门:\n"
        "《乙县科研项目管理办法(试行)》已经县政府常务会议审议通过,现印发给你们,请遵照执行。\n"
        "乙县科学技术局 乙县财政局\n2024年12月16日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.source_line) == ("乙县科学技术局乙县财政局关于印发《乙县科研项目管理办法（试行）》的通知", 2)


def test_a_page_address_glued_before_the_number_row_leaves_the_own_number_to_the_text():
    # http://…html发文字号 某政发〔2021〕1号 发布日期 … (h231 鄠邑): the address is no part of the row; the number is
    # the text's own, no citation of itself
    text = (
        "甲区人民政府关于撤销乙镇建制设立乙街道的批复\n"
        "http://www.jia.gov.cn/zwgk/601f495ef8.html发文字号 甲政发〔2021〕1号 发布日期 2021-02-07 09:54\n"
        "乙镇人民政府:\n你镇的请示收悉。经研究,同意撤销乙镇建制。\n\n甲区人民政府\n2021年2月5日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.references) == ("甲政发〔2021〕1号", ())


def test_a_number_whose_prefix_holds_jingxin_keeps_its_whole_prefix():
    # …的通知(某经信财资[2020] 186 号) (h229 达州): 经信 (经济和信息化) is a prefix's word, not a verb before the number
    text = (
        "乙市经济和信息化局关于转发《甲省经济和信息化厅关于组织开展项目征集工作的通知》的通知\n各县经信局:\n"
        "现将《甲省经济和信息化厅关于组织开展项目征集工作的通知》(甲经信财资[2020] 186号)转发你们,请遵照执行。\n\n"
        "附件:《甲省经济和信息化厅关于组织开展项目征集工作的通知(甲经信财资[2020] 186 号)\n\n"
        "乙市经济和信息化局\n2020年10月26日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert {str(r.doc_number) for r in doc.references} == {"甲经信财资〔2020〕186号"}
