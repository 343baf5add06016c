"""Parts h281–h283 (r329, 2026-12-06): a damaged number before 精神, a news page's highlight line with the number, a
portal's validity status after a title, 文件字号, a draft's title printed alone under its consultation notice.  Each
text is modelled on a failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def _roles(doc) -> dict[str, Role]:
    return {r.title: r.role for r in doc.references if r.title}


def test_a_damaged_number_before_spirit_still_reads_the_spirit():
    # 根据《A》(乙政办发〔2024〕18号)、《B》(丙政办发〔2024〕21精神 (h281 竹山): the last number lost its 号 and closing
    # bracket; the list's spirit is carried out all the same
    text = (
        "甲县人民政府办公室关于印发甲县某某工作实施方案的通知\n各乡镇人民政府,县直各单位:\n"
        "根据《乙省人民政府办公厅关于印发乙省某某工作实施方案的通知》(乙政办发〔2024〕18号)、"
        "《丙市人民政府办公室关于印发丙市某某工作实施方案的通知》(丙政办发〔2024〕21精神,结合我县实际,制定本方案。\n"
        "一、总体要求\n甲县人民政府办公室\n2024年6月1日\n"
    )
    (doc,) = _docs(text)
    roles = _roles(doc)
    assert roles["乙省人民政府办公厅关于印发乙省某某工作实施方案的通知"] == Role.IMPLEMENTS
    assert roles["丙市人民政府办公室关于印发丙市某某工作实施方案的通知"] == Role.IMPLEMENTS
    # (a number without its closing bracket and year brackets: 《A》(乙发20247、丁省人民政府《B》(丁政202410号)文件精神)
    lost = (
        "甲县人民政府关于印发甲县某某举措的通知\n各乡镇人民政府:\n"
        "根据乙部《某某行动方案》(乙发20247、丁省人民政府《某某若干举措》(丁政发〔2024〕10号)文件精神,制定以下举措。\n"
        "一、实施某某行动\n甲县人民政府\n2024年6月1日\n"
    )
    (doc,) = _docs(lost)
    assert _roles(doc)["某某行动方案"] == Role.IMPLEMENTS


def test_the_number_on_a_news_pages_highlight_line_is_the_texts_own():
    # title / column and time row / - / 【划重点】: 某府办函〔2024〕57号 各区人民政府,…: (h281 深圳): the number opening
    # the line run on into the addressees is the notice's own, no cited number
    text = (
        "甲市人民政府办公厅关于印发《甲市某某实施方案》的通知\n栏目:行业新闻 时间:2024-09-08 来源:某某网 作者:\n-\n"
        "【划重点】: 甲府办函〔2024〕57号 各区人民政府,市有关单位: 《甲市某某实施方案》已经市政府同意,现予印发,"
        "请认真贯彻执行。\n"
    )
    doc = _docs(text)[0]
    assert str(doc.doc_number) == "甲府办函〔2024〕57号"
    assert not any(str(r.doc_number) == "甲府办函〔2024〕57号" for r in doc.references)


def test_a_portals_validity_status_after_a_title_is_no_part_of_it():
    # 某市人民政府办公室关于印发X的通知(有效) (h282 尚志): the portal's status of the text, not its title
    text = (
        "索引号: 000000000/2022-00424 时效: 现行有效\n公开方式 主动公开 文号 甲政办规〔2022〕4号\n"
        "甲市人民政府办公室关于印发甲市某某领域实施方案的通知(有效)\n各乡镇人民政府,市政府各部门:\n"
        "现将《甲市某某领域实施方案》印发给你们,请认真贯彻执行。\n甲市人民政府办公室\n2022年7月21日\n"
    )
    doc = _docs(text)[0]
    assert doc.title == "甲市人民政府办公室关于印发甲市某某领域实施方案的通知"
    for status in ("（已废止）", "(失效)"):
        (doc,) = _docs(text.replace("(有效)", status))
        assert doc.title == "甲市人民政府办公室关于印发甲市某某领域实施方案的通知", status


def test_a_bulleted_file_number_field_is_the_texts_number():
    # • 文件字号: 某政办发【2021】10号 (h282 胶州): the portal's list names the number as 文件字号
    text = (
        "甲市人民政府办公室印发甲市关于促进某某服务发展的实施意见的通知\n\n  • 制发机关: 甲市人民政府办公室\n"
        "  • 发布日期:2021-04-20\n  • 文件字号: 甲政办发【2021】10号\n  • 成文日期:2021-04-19\n\n"
        "各镇政府、街道办事处,市政府各部门:\n《甲市关于促进某某服务发展的实施意见》已经市政府同意,现印发给你们,"
        "请结合实际认真贯彻执行。\n甲市人民政府办公室\n2021年4月19日\n"
    )
    doc = _docs(text)[0]
    assert str(doc.doc_number) == "甲政办发〔2021〕10号"


def test_a_drafts_title_printed_alone_under_its_consultation_notice_is_no_document():
    # an untitled consultation notice / its contacts / signature / date / 某市X工作方案 / (征求意见稿) / 责编 / 来源
    # (h282 永州): the draft is named, not printed — the notice is the page's one text
    text = (
        "\n根据乙省《关于优化某某政策的实施方案》(乙发〔2022〕11号)精神,我委结合本市实际草拟了《甲市某某工作方案》"
        "(征求意见稿),即日起向社会公开征求意见,欢迎社会各界人士提出宝贵意见和建议。\n"
        "公开征求意见时间:2023年2月21日起至2023年3月21日止。\n联系人:张某,联系电话:1234567\n"
        "甲市卫生健康委员会\n2023年2月21日\n甲市某某工作方案\n(征求意见稿)\n责编:李某\n来源:某某网\n"
    )
    (doc,) = _docs(text)
    assert doc.date is not None and str(doc.date) == "2023-02-21"


def test_a_title_whose_opening_mark_was_lost_after_a_damaged_number_is_read():
    # 《A》(乙发20247、丁省人民政府《B》(丁政202410戊市某某若干举措》(戊政发〔2024〕14号)文件精神 (h281 浦江): B's number
    # lost its end and the third title its 《 — the third title is cited all the same, its spirit carried out
    text = (
        "甲县人民政府关于印发甲县某某举措的通知\n各乡镇人民政府:\n"
        "根据乙部《某某行动方案》(乙发20247、丁省人民政府《某某若干举措》(丁政202410戊市推动某某工作若干举措》"
        "(戊政发〔2024〕14号)文件精神,制定以下举措。\n一、实施某某行动\n甲县人民政府\n2024年6月1日\n"
    )
    (doc,) = _docs(text)
    roles = _roles(doc)
    assert roles.get("戊市推动某某工作若干举措") == Role.IMPLEMENTS
    assert roles.get("某某若干举措") == Role.IMPLEMENTS


def test_a_text_whose_title_lost_its_first_character_under_the_notice_is_its_issued_text():
    # 某市财政局 / 关于印发《甲市某某试点工作方案》的通知 / … / date / 市某某试点工作方案 (h283 大连): the issued text's
    # title lost its first character in conversion — it is the text the notice issues, its citations its own
    text = (
        "甲市财政局\n关于印发《甲市某某资产全过程管理试点工作方案》的通知\n\n甲财资[2025]325号\n\n"
        "市直各部门、有关单位:\n\n为落实乙部关于开展某某试点工作要求,我们研究制定了《甲市某某资产全过程管理试点工作方案》,"
        "现予印发,请认真组织实施。\n\n甲市财政局\n\n2025年4月25日\n\n市某某资产全过程管理试点工作方案\n\n"
        "为探索形成符合我市实际的管理模式,根据《乙部关于加强某某资产管理的指导意见》(乙资〔2023〕141号)精神,"
        "制定本方案。\n\n一、总体情况\n"
    )
    docs = _docs(text)
    assert [d.title for d in docs][1:] == ["甲市某某资产全过程管理试点工作方案"]
    assert "乙部关于加强某某资产管理的指导意见" in _roles(docs[1])
