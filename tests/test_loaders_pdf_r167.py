"""Gazettes as PDF conversion gives them (r167): texts hard-wrapped at a column's width, a blank line after each
printed line, titles set narrower than the body.  Each case is modelled on a text of the labelled set set in the
robustness bench's ``pdf`` or ``pdf-titles`` layout, with other names."""

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


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def _titles(text: str) -> list[str]:
    return [d.title for d in _docs(text)]


def _narrow(*pieces: str) -> str:
    """A title set narrower than the column, each piece a printed line, a blank line after each."""
    return "\n\n".join(pieces) + "\n\n"


def _page(above: list[str], title: str, below: list[str]) -> str:
    return pdf_columns(above, WIDTH) + "\n" + title + pdf_columns(below, WIDTH)


def test_a_wrapped_notice_title_is_not_joined_to_the_title_of_the_text_it_issues():
    # 山西省人民政府 关于印发山西省打赢蓝天保卫战 / 三年行动计划的通知 / 山西省打赢蓝天保卫战三年行动计划 / 为认真贯彻落实…
    # (h73 after a gazette's section label, pdf layout): the notice's title ends on its last line, the issued
    # text's title stands whole on the next
    title = _narrow(
        "【政府文件】",
        "甲省人民政府 关于印发甲省打赢蓝天",
        "保卫战三年行动计划的通知",
        "甲省打赢蓝天保卫战三年行动计划",
    )
    below = ["为认真贯彻落实中共中央、国务院《关于全面加强生态环境保护的意见》，制定本计划。", PROSE * 4]
    titles = _titles(_page(TEXT_ABOVE, title, below))
    assert "甲省人民政府关于印发甲省打赢蓝天保卫战三年行动计划的通知" in titles
    assert "甲省打赢蓝天保卫战三年行动计划" in titles


def test_an_attachment_title_is_not_joined_to_the_next_texts_title_with_its_own_issuer():
    # 附件 / 江门市生态环境局关于…裁量标准参照表 / 福建省交通运输厅关于公布…结果的通知 / 闽交〔2023〕 5 号 (h82 after
    # cee 江门, pdf layout): two bodies' titles with 关于, one a line — the next text starts at the second
    lines = [
        PROSE * 4,
        "附件",
        "甲市生态环境局关于违法行为行政处罚裁量标准参照表",
        "乙省交通运输厅关于公布行政规范性文件清理结果的通知",
        "乙交〔2023〕 5 号",
        "各设区市交通局：",
        PROSE * 4,
        "乙省交通运输厅",
        "2023 年 11 月 9 日",
    ]
    doc = next(d for d in _docs(pdf_columns(lines, 30)) if "清理结果" in d.title)
    assert (doc.title, str(doc.doc_number)) == ("乙省交通运输厅关于公布行政规范性文件清理结果的通知", "乙交〔2023〕5号")


def test_a_title_printed_again_without_the_words_a_page_set_before_its_first_copy_starts_at_its_issuer():
    # 新余国家矿山安全监察局关于印发《关于加强 / 非煤矿山…的指导意见》的通知 / 国家矿山安全监察局关于印发《关于加强 /
    # 非煤矿山…》的通知 / 矿安〔2022〕 4 号 (h180 on a city's site, pdf layout): the last copy starts at its issuer
    title = _narrow(
        "【部门文件】",
        "丙国家矿山安全监察局关于印发《关于加强",
        "乙类矿山安全生产工作的指导意见》的通知",
        "国家矿山安全监察局关于印发《关于加强",
        "乙类矿山安全生产工作的指导意见》的通知",
    )
    below = [
        "矿安〔2022〕 4 号",
        "各省、自治区、直辖市应急管理厅（局）：",
        PROSE * 4,
        "国家矿山安全监察局",
        "2022 年 2 月 8 日",
    ]
    doc = next(d for d in _docs(_page(TEXT_ABOVE, title, below)) if "乙类矿山" in d.title)
    assert doc.title == "国家矿山安全监察局关于印发《关于加强乙类矿山安全生产工作的指导意见》的通知"


def test_a_narrow_title_cut_inside_shehui_is_not_headed_by_a_name_alone():
    # 惠州市惠阳区国民经济和社 / 会发展第十四个 / 五年规划和2035年远景目标纲要 / （2021年2月6日…通过） (h39, pdf-titles
    # layout): the first line reads as a body's name ending in 社, but the title goes on inside 社会
    title = _narrow("甲市乙区国民经济和社", "会发展第十四个", "五年规划和2035年远景目标纲要")
    below = ["（2021 年 2 月 6 日甲市乙区第五届人民代表大会第六次会议批准）", "第一章 发展基础", PROSE * 4]
    assert "甲市乙区国民经济和社会发展第十四个五年规划和2035年远景目标纲要" in _titles(
        _page([*TEXT_ABOVE, "【部门文件】"], title, below)
    )


def test_a_narrow_title_does_not_start_inside_a_quotation_its_line_above_opens():
    # 关于印发《中共滨海新区区委、滨海 / 新区人民政府关于促进新兴产业发展 / 的 / 指导意见》等6个文件的通知 (h83, pdf-titles
    # layout, its first line printed once more over a page break): the second line opens with a body's name and 关于,
    # but it is inside the quotation
    title = _narrow(
        "关于印发《中共甲新区区委、甲新区人民",
        "- 7 -",
        "关于印发《中共甲新区区委、甲",
        "新区人民政府关于促进新兴产业发展",
        "的",
        "指导意见》等6个文件的通知",
    )
    below = [
        "各功能区管委会党组（工委）、管委会，区委各部委，区级国家机关各部门：",
        PROSE * 4,
        "中共甲新区区委",
        "2019 年 5 月 6 日",
    ]
    assert "关于印发《中共甲新区区委、甲新区人民政府关于促进新兴产业发展的指导意见》等6个文件的通知" in _titles(
        _page(["同时废止。"], title, below)
    )


def test_issuers_whose_last_name_is_cut_at_the_column_head_the_title():
    # 中共珲春市委办公室 珲春市人民政府 / 办公室 / 关于印发《…实施方案》的通知 / 珲办发〔2017〕 19 号 (h61, pdf-titles
    # layout): the second body's name runs on to a line of its own; both names are the title's head
    title = _narrow("中共甲市委办公室 甲市人民政府", "办公室", "关于印发《甲市河（湖）长制工作实施方案》的通知")
    below = ["甲办发〔2017〕 19 号", "各乡（镇）党委、人民政府：", PROSE * 4, "中共甲市委办公室", "2017 年 6 月 13 日"]
    doc = next(d for d in _docs(_page([*TEXT_ABOVE, "附件："], title, below)) if "河（湖）长制" in d.title)
    assert doc.title == "中共甲市委办公室甲市人民政府办公室关于印发《甲市河（湖）长制工作实施方案》的通知"


def test_an_issuer_line_joined_at_the_column_is_not_set_apart_from_its_title():
    # 绍兴市越城区东湖街道办 / 事处 / 关于印发《2023年东湖街道防汛防台抗旱 / 应急预案》的通知 (h68, h31 南宁, h120 石林,
    # pdf-titles layout): the issuer's two pieces joined leave two blank lines over 关于 — no break the page set
    title = _narrow("甲市乙区丙街道办", "事处", "关于印发《2023年丙街道防汛", "应急预案》的通知")
    below = ["各村（居）、有关单位：", PROSE * 4, "甲市乙区丙街道办事处", "2023 年 7 月 28 日"]
    doc = next(d for d in _docs(_page(TEXT_ABOVE, title, below)) if "防汛" in d.title)
    assert doc.title == "甲市乙区丙街道办事处关于印发《2023年丙街道防汛应急预案》的通知"


def test_a_title_ending_as_a_title_does_over_a_page_break_takes_its_bare_type_after_it():
    # 重庆市梁平区曲水镇人民政府关于 / 印发曲水镇自然灾害救助应急预案 / - 1 - / 的通知 / 曲水府发〔202321 / 重庆市梁平区
    # 曲水镇人民政府 / 关于印发…预案的 (h49, pdf-titles layout): the line over the page number ends as a title does
    # (…预案), but 的通知 under it is its tail
    title = _narrow(
        "甲市乙区丙镇人民政府关于",
        "印发丙镇自然灾害救助应急预案",
        "- 1 -",
        "的通知",
        "丙府发〔202321",
        "甲市乙区丙镇人民政府",
        "关于印发丙镇自然灾害救助应急预案的",
    )
    below = ["各村（社区），镇属单位：", PROSE * 4, "甲市乙区丙镇人民政府", "2023515"]
    assert "甲市乙区丙镇人民政府关于印发丙镇自然灾害救助应急预案的通知" in _titles(_page(TEXT_ABOVE, title, below))
