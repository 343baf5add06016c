"""Titles a page prints that the parser left untaken (r90, the unseen set's missed documents): a page's heading
that ends with the text's number in brackets, a rule of dashes between a title and its text.  Each text is
modelled on a failing source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_heading_with_the_title_in_book_marks_and_its_number_after_is_the_title():
    """某某部《关于X的指导意见》(某发〔2019〕3号) over the addressees (h124 国务院办公厅, a policy page): the body's name
    and the title from 关于 in book marks, the text's own number in brackets after them."""
    text = (
        "政策法规\n\n政策法规\n\n"
        "某某省人民政府办公厅《关于促进某某产业规范健康发展的指导意见》(某政办发〔2019〕38号)\n\n"
        "时间:2019-11-20 来源:\n\n各市人民政府，省政府各部门：\n\n"
        "某某产业是经济发展新动能，对优化资源配置有重要作用。经省人民政府同意，现提出以下意见。\n\n"
        "一、优化市场准入条件\n\n（一）推进登记注册便利化。放宽登记条件。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某省人民政府办公厅关于促进某某产业规范健康发展的指导意见"]
    assert docs[0].source_line == 5


def test_a_cited_title_in_book_marks_with_its_number_keeps_its_number():
    """《关于X的意见》(某发〔2019〕3号) alone — a citation, no body's name before it: the bracket is left."""
    from policykg.loaders.segment import without_number_after_quoted_about

    assert without_number_after_quoted_about("《关于X的意见》(某发〔2019〕3号)") == "《关于X的意见》(某发〔2019〕3号)"
    assert (
        without_number_after_quoted_about("某某市人民政府《关于X的意见》(某发〔2019〕3号)")
        == "某某市人民政府《关于X的意见》"
    )


def test_a_rule_of_dashes_between_a_title_and_its_purpose_clause_is_page_furniture():
    """关于…的通告 / 2025-10-17 09:00:00 / 来源：… / 分享到 / - / 为…，根据《X》…: the share buttons' rule under a
    portal's title under a long navigation (广州 医疗保险服务中心): the title is taken, the text starts at its purpose
    clause."""
    title = "某某市社会保险服务中心关于开展2026年度某某市城乡居民养老保险集中参保缴费工作的通告"
    navigation = "\n".join(
        ["政务公开", "政务服务", "互动交流", "政策发布", "魅力某市", "我要查", "我要办", "智能问答", "应用"] * 3
    )
    text = (
        f"{navigation}\n当前位置：首页 > 长者易用专区 > 通知公告\n"
        f"{title}\n2025-10-17 09:00:00\n来源： 某某市人力资源和社会保障局\n分享到\n-\n"
        "为持续深入推进全民参保计划，根据《某某市社会保险规定》（某某市人民政府令第19号）等有关规定，"
        "现就有关事项通告如下：\n一、参保范围\n本市户籍人员。\n某某市社会保险服务中心\n2025年10月14日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [title]
    assert docs[0].source_line == text.splitlines().index(title) + 1
