"""Document fields of the unseen set, round r117: dates and doc numbers.  Each text is modelled on a failing
part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_number_whose_hao_stands_after_a_space_in_a_metadata_row_is_read():
    # 索引号:… 发文机关:… 成文日期:… 文 号:万防指﹝2021﹞2 号 发布日期:… (h84 万宁): the 号 after a space is the
    # number's, not the head of the next label (号 发布日期)
    text = (
        "标题:甲市防汛应急预案\n"
        "索引号:12345678-9/2021-00017 发文机关:甲市应急管理局 成文日期:2021年10月21日 "
        "文 号:甲防指﹝2021﹞2 号 发布日期:2021年10月21日\n\n"
        "甲市防汛应急预案\n\n1 总则\n\n1.1 编制目的\n\n为做好防汛工作，制定本预案。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "甲防指〔2021〕2号"


def test_a_damaged_number_under_a_visit_counter_label_is_the_texts_number():
    # 访问量: / (blank lines holding a space) / 赣市府办字〔2015118 / issuer / title (h73 赣州): the number whose 〕 and
    # 号 the page lost is no value of the counter above it, but the text's own number
    text = (
        "关于印发2015年全乙市某某工作要点的通知\n\n访问量:\n\n \n\n \n\n乙市府办字〔2015118\n\n \n\n"
        "乙市人民政府办公厅\n\n关于印发2015年全乙市某某工作要点的通知\n\n"
        "各县(市、区)人民政府,市政府有关部门:\n\n《2015年全乙市某某工作要点》已经市政府同意,现印发给你们,请认真组织实施。\n\n"
        "乙市人民政府办公厅\n\n2015年9月17日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "乙市府办字〔2015〕118号"


def test_a_signature_date_whose_ri_was_lost_is_read():
    # indented signature / 2018年3月13 (日 lost at the line's end, h90 九寨沟): the signature date still
    text = (
        "丙县人民政府办公室关于印发《丙县地质灾害应急预案》的通知\n\n各乡镇人民政府，县级有关部门：\n\n"
        "现将《丙县地质灾害应急预案》印发给你们，请认真贯彻执行。\n\n"
        "                  丙县人民政府办公室\n                  2018年3月13\n\n"
        "丙县地质灾害应急预案\n\n第一章 总则\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.date for d in docs] == ["2018-03-13", "2018-03-13"]
