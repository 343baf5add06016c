"""Which line is a title (parts h144, h146, h150–h152 of the unseen set): unusual document types (布告, 告知书,
一封信), a bare 通告, page chrome and tag lines above a title, a letterspaced issuer over 关于, titled 解读 pages
and a reprinter's 我省发布… headline.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.parse import parse_text

BODY = "为做好相关工作，保障群众正常生产生活秩序，结合本地实际，现将有关事项告知如下：\n"
ITEMS = (
    "一、加强组织领导\n（一）各单位要落实主体责任，明确专人负责，发现问题及时处置并报告主管部门。\n"
    "（二）各乡镇要加强日常巡查，建立工作台账，对重点区域、重点时段开展专项检查。\n"
    "二、强化宣传引导\n（一）广泛宣传有关规定，引导广大群众自觉遵守，营造良好社会氛围。\n"
    "（二）对违反规定的行为，依法依规严肃处理，并通过媒体予以曝光。\n"
)


FILLER = "".join(
    f"（{n}）各有关单位要按照职责分工，细化工作措施，明确时间节点，确保各项任务按期完成，并及时报送进展情况。\n"
    for n in "一二三"
)


def _only(text: str):
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


@pytest.mark.parametrize(
    "title",
    [
        "某某县水务局关于冬季农村供水设施防冻保暖告知书",  # (h150 江孜 告知书)
        "某某市文明办关于文明祭扫的倡议书",
        "致全市广大返乡人员的一封信",  # (h150 昌都 致…的一封信)
    ],
)
def test_a_title_ending_with_a_word_to_the_public_is_the_title(title):
    """告知书 / 倡议书 / 一封信 end a body's own title: it is the title, not the first 一、…措施 heading below it."""
    doc = _only(f"{title}\n广大用户：\n{BODY}一、管道防冻措施\n{ITEMS}")
    assert doc.title == title
    assert doc.source_line == 1


def test_a_notice_titled_buga_over_two_lines_above_its_bracketed_number():
    """某某市防控工作领导小组 / 办公室布告 / 【2022】第3号 (h150 拉萨): the two lines are the title, the number anchors it."""
    text = (
        "论坛首页\n\n[复制链接]\n\n2022-4-24 06:19:50 73 0\n\n某某市疫情防控工作\n领导小组办公室布告\n【2022】第3号\n"
        + BODY
        + ITEMS
    )
    doc = _only(text)
    assert doc.title == "某某市疫情防控工作领导小组办公室布告"
    assert doc.source_line == 7


def test_a_bracketed_year_serial_alone_reads_as_an_announcement_number():
    """【2022】第3号 alone on its line: 〔2022〕第3号, as other 布告 print it (h89 闽清)."""
    assert clean_line("【2022】第3号")[0] == "〔2022〕第3号"
    assert clean_line("【2022】第3号文件")[0] == "【2022】第3号文件"


def test_a_bare_tongao_on_the_first_line_over_its_text_is_the_title():
    """通告 / 为了…，现将…通告如下： (h150 中宁): the bare document type is the whole title."""
    doc = _only("通告\n为了减少环境污染，维护公共安全，根据有关规定，现将城区禁放有关事项通告如下：\n" + ITEMS)
    assert doc.title == "通告"
    assert doc.source_line == 1


def test_a_bare_tongao_over_a_heading_is_no_title_rule():
    """通知 / 关于…的通知: the bare word over a title is no title by itself (the rule wants a sentence below)."""
    docs = parse_text("通知\n关于做好某某工作的通知\n" + BODY + ITEMS, "page.txt").documents
    assert [d.title for d in docs] == ["关于做好某某工作的通知"]


@pytest.mark.parametrize("chrome", ["详情", "查看详情"])
def test_a_lone_chrome_word_above_a_title_is_no_part_of_it(chrome):
    """详情 / 某某市…第十四个五年 / 规划…纲要 / (…会议批准) (h150 海东): the button is a break."""
    text = (
        "(某某省)某某市国民经济和社会发展十四五规划\n\n"
        f"{chrome}\n\n某某市国民经济和社会发展第十四个五年\n\n规划和二〇三五年远景目标纲要\n\n"
        "(2021年2月24日某某市第二届人民代表大会第九次会议批准)\n\n序 言\n\n“十四五”时期，是开启新征程的五年。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if "纲要" in d.title)
    assert doc.title == "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_letterspaced_issuer_over_about_is_the_title_head_however_wide_the_gap():
    """大 同 市 人 民 政 府 办 公 室 / (two blank lines) / 关于印发《X》的通知 (h151 大同 gazette, the name indented
    on the page, so its spacing is kept): one title."""
    text = (
        "3/2021朔州市人民政府公报 ·朔州市人民政府办公室文件·\n\n\n" + " " * 30 + "朔 州 市 人 民 政 府 办 公 室\n\n\n"
        "关于印发《朔州市空气质量提升行动计划》的通知\n\n\n朔政办发〔2021〕19号\n\n各县区人民政府：\n"
        "《朔州市空气质量提升行动计划》已经市人民政府同意，现印发给你们。\n朔州市人民政府办公室\n2021年5月28日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "朔州市人民政府办公室关于印发《朔州市空气质量提升行动计划》的通知"


def test_a_plain_issuer_line_set_apart_still_is_no_part_of_the_title():
    """(the h65 convention stays: a name not letterspaced, set apart, over 印发…)"""
    text = (
        "某某市人民政府\n\n\n印发某某实施办法的通知\n\n\n某府〔2004〕18号\n\n各县(市、区)人民政府:\n\n\n"
        "现将《某某实施办法》印发给你们，请认真贯彻执行。\n\n某某市人民政府\n二○○四年四月三十日\n"
    )
    assert parse_text(text, "page.txt").documents[0].title == "印发某某实施办法的通知"


@pytest.mark.parametrize(
    "title",
    [
        "《关于公布规范性文件清理结果的决定》政策解读",  # (h46 岳阳楼)
        "《某某市关于废止部分规范性文件的决定》解读",  # (h82 苏州)
        "文字解读|《某某县打好发展“六仗”总体方案》",  # (h152 双牌)
    ],
)
def test_a_titled_interpretation_is_titled_as_printed_and_cites_what_it_explains(title):
    """《X》政策解读 / 文字解读|《X》 over 一、背景 …: a document titled so (h46 convention), citing X."""
    text = (
        f"{title}\n一、文件出台的背景\n为规范管理，优化营商环境，开展了本项工作。\n二、主要内容\n本次共梳理文件三十件。\n"
        + FILLER
    )
    doc = _only(text)
    assert doc.title == title
    quoted = title[title.index("《") + 1 : title.index("》")]
    assert quoted in [r.title for r in doc.references]


@pytest.mark.parametrize(
    "tag",
    [
        "工作报告",  # (h146 静海: a column label)
        "实施方案 评估工作实施方案 改造工作实施方案",  # (h146 a template site's tag line)
    ],
)
def test_a_genre_word_or_a_tag_line_is_no_title(tag):
    """工作报告 / 您所在的位置… / 2020年某某区法治政府建设情况报告: the report's title, not the column's word."""
    text = (
        f"今天是:2021年3月29日\n{tag}\n您所在的位置:政务公开 > 工作报告\n2020年某某区法治政府建设情况报告\n"
        "2020年，某某区坚持依法行政，深入推进法治政府建设，取得了明显成效。\n一、主要举措\n（一）加强组织领导。\n"
        "区委定期研究部署法治政府建设工作，开展专项督查。\n二、存在的问题\n部分单位依法行政意识有待提高。\n" + FILLER
    )
    doc = _only(text)
    assert doc.title == "2020年某某区法治政府建设情况报告"


def test_a_content_sites_label_before_a_title_is_dropped():
    """范文资料:全县…工作实施方案 (h146 a template site): the label names the piece, the title follows it."""
    text = (
        "欢迎来到某某方案网!\n范文资料:全县重大政策宣传工作实施方案\n2022-01-02\n"
        "为深入贯彻政务公开工作决策部署，结合我县实际，制定本方案。\n一、总体要求\n坚持正确导向，统筹推进各项工作。\n"
        "二、主要任务\n（一）做好重大政策宣传。重点宣传我县支持企业发展的政策措施。\n" + FILLER
    )
    assert _only(text).title == "全县重大政策宣传工作实施方案"


def test_a_reprinters_we_issue_headline_is_no_title():
    """我省发布关于…的通告 / 发布时间 / issuers / 关于…的通知 (h144 江西): the headline is news, the notice is below."""
    text = (
        "我省发布关于禁止野外用火的通告\n\n发布时间:2022-09-23 15:00:02 作者:小编\n\n"
        "某某省森林防火指挥部某某省林业局\n\n关于禁止在森林防火区户外用火的通知\n\n"
        "为预防森林火灾，保障人民生命财产安全，根据《森林防火条例》等法律法规，现就有关事项通知如下：\n"
        "一、划定森林防火区。\n二、违反上述规定的，依法追究责任。\n"
    )
    title = _only(text).title  # (the issuer line over 关于 may head it: the set's convention, h144 长治)
    assert title.endswith("关于禁止在森林防火区户外用火的通知") and not title.startswith("我省")
