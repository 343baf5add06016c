"""Document fields of the unseen set, eighth round: a portal's number row whose label is spaced out wide or
whose row goes on with a later label's colon, and an announcement's serial in brackets after its title.
Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields


def test_a_number_row_with_its_label_spaced_to_four_characters_is_read():
    # (h86 邹城) 文        号 X 废止日期 — the label spaced out to the width of the row's four-character labels
    text = (
        "索  引  号 113700000000000000/2022-01234 分        类 部门文件\n"
        "发布机构 县文化和旅游局 成文日期 2022-03-23\n"
        "文        号 某文旅字〔2022〕3号 废止日期\n"
        "公开方式 主动公开 有效性 有效\n"
        "某某县文化和旅游局关于印发2022年工作要点的通知\n\n"
        "局机关各科室:\n\n现将《2022年工作要点》印发给你们，请认真抓好贯彻落实。\n\n"
        "某某县文化和旅游局\n\n2022年3月23日\n"
    )
    assert read_portal_fields(text).number == "某文旅字〔2022〕3号"
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "某文旅字〔2022〕3号"


def test_a_row_opening_with_a_colonless_label_before_a_labelled_field_is_read():
    # (h105 洪山) 文      号 X 信息分类: Y — the row's first label printed without the colon its second one has
    text = (
        "文      号 某政办〔2025〕2号 信息分类: 综合政务\n"
        "发布机构 某某区人民政府办公室 有 效 性 有效\n"
        "标     题 区人民政府办公室关于印发2025年重点工作分工方案的通知\n\n"
        "区人民政府办公室关于印发2025年重点工作分工方案的通知\n\n"
        "各街道办事处:\n\n《2025年重点工作分工方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    fields = read_portal_fields(text)
    assert fields.number == "某政办〔2025〕2号"
    assert read_portal_fields("信息分类: 综合政务 文号: 某政办〔2025〕2号").number == "某政办〔2025〕2号"


def test_an_announcements_serial_in_brackets_after_its_title_is_its_number():
    # (h112 沈阳) 某某市人民代表大会常务委员会办公室公告(第7号) — the title, its serial after it in brackets
    text = (
        "首页 -> 政务公开 -> 公 告\n"
        "某某市人民代表大会常务委员会办公室公告(第3号)\n"
        "[字体: ] 打印\n\n"
        "  市人大常委会第六次会议对《某某市信用条例(草案)》进行了审议。现将草案全文公布，征求社会各界意见。\n\n"
        "  某某市人民代表大会常务委员会办公室\n\n  2022年12月5日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某市人民代表大会常务委员会办公室公告"
    assert str(doc.doc_number) == "第3号" and doc.doc_number.kind == "announcement"
