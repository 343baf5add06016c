"""Citations, round r118: titles that name no 文种 cited as a basis or carried out, and a PDF's page number run on
before the title of the text a notice issues.  Each text is modelled on a failing source of the unseen set, with
other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _roles(text: str, n: int = 0) -> dict[str, str]:
    doc = parse_text(text, "page.txt").documents[n]
    return {r.title: r.role for r in doc.references}


def _notice(sentence: str) -> str:
    return f"甲市某某局关于某某工作的通知\n各有关单位：\n{sentence}\n甲市某某局\n2023年5月9日\n"


@pytest.mark.parametrize(
    "sentence, title, role",
    [  # 根据《X现代化2035》《Y规划》 (h104 江北: a plan named by its horizon year)
        (
            "为加快推进教育现代化，根据《甲市教育现代化2035》《甲市教育事业发展“十四五”规划》，结合实际，制定本规划。",
            "甲市教育现代化2035",
            "BASED_ON",
        ),
        # 根据《X优惠政策三十条》，制定本实施细则 (h135 白银: policies counted)
        ("根据《甲市招商引资优惠政策三十条》，制定本实施细则。", "甲市招商引资优惠政策三十条", "BASED_ON"),
        # 落实《X清单（2022）年版》 (h148 克拉玛依: an edition note after the list's word)
        (
            "1. 落实《市场准入负面清单（2022）年版》，依托一体化政务服务平台，抓紧完善。",
            "市场准入负面清单（2022）年版",
            "IMPLEMENTS",
        ),
        # 根据《X职责任务》的分工 (h79 泉州: a division of duties)
        (
            "第四条 各部门根据《乙县深化公开改革试点工作各处室职责任务》的分工，负责提供信息。",
            "乙县深化公开改革试点工作各处室职责任务",
            "BASED_ON",
        ),
        # 根据…《X规划和二〇三五年远景目标》 (h84 永嘉: 纲要 dropped from the title)
        (
            "根据《乙县国民经济和社会发展第十四个五年规划和二〇三五年远景目标》，编制本规划。",
            "乙县国民经济和社会发展第十四个五年规划和二〇三五年远景目标",
            "BASED_ON",
        ),
    ],
)
def test_a_title_naming_no_document_type_is_cited_as_a_basis(sentence, title, role):
    assert _roles(_notice(sentence)).get(title) == role


@pytest.mark.parametrize(
    "sentence, not_cited",
    [  # 填写《X登记表》 — a form filled in, no document (h162 文物普查)
        (
            "根据《甲市文物普查标准和著录说明》，请填写《甲市文物普查不可移动文物登记表》。",
            "甲市文物普查不可移动文物登记表",
        ),
        # a title naming no 文种, mentioned with no basis cue: no citation
        ("根据《甲市文物普查标准和著录说明》，会议研究了《乙市教育现代化2035》的编制进展。", "乙市教育现代化2035"),
        # 按照《X程序》 — the shortened name of 《X程序规定》 cited before: the same document, not a second one
        # (shanghai 建筑垃圾)
        (
            "根据《甲市文物普查标准和著录说明》《甲市行政处罚听证程序规定》，制定本办法。"
            "当事人提出听证要求的，应按照《甲市行政处罚听证程序》组织听证。",
            "甲市行政处罚听证程序",
        ),
    ],
)
def test_only_a_title_naming_no_document_type_under_a_basis_cue_is_cited(sentence, not_cited):
    roles = _roles(_notice(sentence))
    assert roles.get("甲市文物普查标准和著录说明") == "BASED_ON" and not_cited not in roles


def test_a_page_number_before_the_issued_texts_title_is_no_part_of_it():
    """渝中 h104: a notice flattened onto one line, its issued plan's title after the publicity note and the page number
    —1— of the PDF."""
    text = (
        "甲区府办〔2022〕6 号 甲区人民政府办公室 关于印发《甲区教育事业发展“十四五”规划(2021—2025 年)》的通知 "
        "区级各部门,各街道办事处: 经区政府同意,现将《甲区教育事业发展“十四五”规划(2021—2025 年)》印发给你们,"
        "请认真抓好贯彻落实。 甲区人民政府办公室 2022 年 3 月 22 日 (此件公开发布) —1— "
        "甲区教育事业发展“十四五”规划 (2021—2025 年) 为推进全区教育事业发展,根据《乙市教育现代化2035》"
        "《乙市教育事业发展“十四五”规划》,制定本规划。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][-1] == "甲区教育事业发展“十四五”规划（2021—2025年）"
    assert _roles(text, len(docs) - 1).get("乙市教育现代化2035") == "BASED_ON"


@pytest.mark.parametrize(
    "title, sentence, cited",
    [  # 按照市委组织部《X》要求 in a notice titled X (h123 本溪: the district committee repeats the title it rests on)
        (
            "甲区工委关于增加社区党建工作经费的通知",
            "按照市委组织部《关于增加社区党建工作经费的通知》要求，现就增加社区党建工作经费有关事宜通知如下：",
            "关于增加社区党建工作经费的通知",
        ),
        # 根据A、B关于印发《X》的通知要求 in the street's 某街道X (shanghai 古美: its own title ends with X)
        (
            "某某路街道加强独居老人消防安全工作实施方案",
            "根据甲市消防救援总队、甲市民政局关于印发《加强独居老人消防安全工作实施方案》的通知要求，制定本方案。",
            "加强独居老人消防安全工作实施方案",
        ),
    ],
)
def test_another_bodys_text_under_the_own_title_is_cited(title, sentence, cited):
    text = f"{title}\n各有关单位：\n{sentence}\n请按照《{cited}》要求抓好落实。\n甲区某某局\n2014年3月9日\n"
    refs = parse_text(text, "page.txt").documents[0].references
    # (the bare 按照《X》 after it names the text itself: still no reference)
    assert [(r.title, r.role) for r in refs] == [(cited, "BASED_ON")]
