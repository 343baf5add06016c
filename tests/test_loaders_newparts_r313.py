"""Parts h270–h272 (r313, 2026-12-06): a title printed only as the file's name below the signature, a site's
category word before the number, 扶贫办 short forms.  Each text is modelled on a failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def test_an_untitled_notice_is_titled_and_numbered_by_its_own_pdf_name_below_the_signature():
    # addressees / body / signature / date / 某局关于X的通知(某字〔2019〕59号).pdf (h270 湖南): the page's link to the
    # notice's own file names its title and number
    text = (
        "各有关单位:\n经专家评审,确定30个项目列入乙省地方标准制修订项目计划(详见附件)。现就有关事项通知如下:\n"
        "一、各起草单位要认真做好标准编写工作。\n乙省某某管理局\n2019年3月27日\n"
        "乙省某某管理局关于公布2019年度第1批地方标准制修订项目计划的通知(乙某办字〔2019〕59号).pdf\n"
    )
    (doc,) = _docs(text)
    assert doc.title == "乙省某某管理局关于公布2019年度第1批地方标准制修订项目计划的通知"
    assert str(doc.doc_number) == "乙某办字〔2019〕59号"


def test_a_publicity_notice_without_a_title_line_is_titled_by_its_attached_own_file():
    # body / 附件: the list / signature / date / 附件: 关于X的公示.pdf / the list's .docx (h270 南京): the first file is
    # the page's own text (the list, named in the body, is the attachment)
    text = (
        "为贯彻《甲乙纲要》,根据《甲乙管理办法》要求,我局开展了地方标准项目征集工作,现将拟立项项目予以公示。\n"
        "如有异议,请于2022年10月1日前向我局提出。\n附件:2022年度第二批丙市地方标准拟立项项目名单\n"
        "丙市某某管理局\n2022年9月16日\n附件: 关于2022年度第二批丙市地方标准立项的公示.pdf\n"
        "2022年度第二批丙市地方标准拟立项项目名单.docx\n"
    )
    (doc,) = _docs(text)
    assert doc.title == "关于2022年度第二批丙市地方标准立项的公示"
    # 附件: 关于X的通知 in the body and 关于X的通知.pdf below the signature: the attachment's file, not the text's own
    listed = (
        "各有关单位:\n现将有关事项通知如下,请认真执行。\n附件:关于做好某某项目申报工作的通知\n"
        "丙市某某管理局\n2022年9月16日\n关于做好某某项目申报工作的通知.pdf\n"
    )
    (other,) = _docs(listed)
    assert other.title != "关于做好某某项目申报工作的通知"


def test_a_proposed_drafting_project_in_marks_is_no_cited_document():
    # 拟第二批立项《X》等13个申报项目 (h270 南京): a standard proposed for drafting, no text yet
    text = (
        "丁市某某局关于地方标准立项的公示\n"
        "经组织专家论证,拟第二批立项《单位食堂卫生管理规范》等13个申报项目,现予以公示。\n丁市某某局\n2022年9月16日\n"
    )
    (doc,) = _docs(text)
    assert not [r for r in doc.references if r.title == "单位食堂卫生管理规范"]


def test_a_category_word_and_a_space_before_the_number_are_no_part_of_it():
    # 网站名 / 信息发布 上财农指〔2018〕11号 / addressees (h272 上高): the site's category word, then the number
    text = (
        "网聚某县人\n信息发布 某财农指〔2018〕11号\n某某乡财政所:\n"
        "根据某市财政局《关于下达2018年专项资金的通知》(某市财农指〔2018〕30号)文件精神,现下达你乡资金。\n"
        "某县财政局\n2018年6月14日\n"
    )
    (doc,) = _docs(text)
    assert str(doc.doc_number) == "某财农指〔2018〕11号"
    assert not [r for r in doc.references if r.doc_number == doc.doc_number]


def test_a_provinces_poverty_office_short_form_is_expanded():
    # 某省农业厅 某省扶贫办 / 关于X的实施意见 (h272 湖北: 省农业厅 … 省扶贫办): 扶贫办 is the 扶贫开发办公室
    text = (
        "甘肃省农业厅 甘肃省扶贫办\n关于开展某某产业扶贫的实施意见\n各市、县农业局、扶贫办:\n"
        "为做好某某工作,现提出如下意见。\n2018年3月1日\n"
    )
    (doc,) = _docs(text)
    assert doc.issuers == ("甘肃省农业厅", "甘肃省扶贫开发办公室")


def test_an_interpretation_titled_with_the_word_first_cites_the_first_text_it_explains():
    # 解读《X及三个配套实施方案》 / 为便于…理解掌握和贯彻落实《X》及三个配套方案 (h272 屏边): the purpose clause of an
    # interpretation names the text it explains — cited, not implemented
    text = (
        "登录 | 注册\n  • 政策解读\n  • 发布机构\n    乙县人民政府办公室\n  • 发布日期\n    2018-07-20\n\n"
        "解读《甲州加快推进某某产业发展实施意见及三个配套实施方案》\n\n"
        "  2018年1月20日,甲州人民政府印发了《甲州人民政府关于印发甲州加快推进某某产业发展实施意见及三个配套实施方案"
        "的通知》(甲政发〔2018〕8号)。为便于各级政府和社会公众更好地理解掌握和贯彻落实《甲州加快推进某某产业发展"
        "实施意见》及三个配套方案,现解读如下。\n\n一、主要内容\n\n明确了产业发展的目标任务。\n"
    )
    (doc,) = _docs(text)
    roles = {r.title: r.role.value for r in doc.references if r.title}
    assert roles.get("甲州加快推进某某产业发展实施意见") == "CITES"
