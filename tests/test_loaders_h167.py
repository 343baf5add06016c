"""Part h167 of the unseen set (2026-12-06): a mirror's metadata fields glued two to a line, and a rule printed
from its promulgation note with every clause on a line of its own.  Each text is modelled on a failing text of
the part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields

GLUED_ROWS = (
    "索引号 000012345/2020-00052 主题分类 综合政务\n"
    "发文机构甲市人民政府办公厅发文字号甲政办〔2020〕1号\n"
    "发布日期2020年01月23日有效性有效\n"
    "成文日期2020年01月17日\n\n"
    "市人民政府办公厅关于印发甲市重点任务分解方案的通知\n\n"
    "各区人民政府，市人民政府各部门：\n"
    "  《甲市重点任务分解方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
)


@pytest.mark.parametrize(
    ("text", "number", "issuers", "date"),
    [
        # 發文機構…發文字號… / 成文日期… (h167 武汉, a traditional mirror): two fields glued on one line, no colon, no space
        (GLUED_ROWS, "甲政办〔2020〕1号", ("甲市人民政府办公厅",), "2020-01-17"),
        # the same row with a bullet-less 发文字号 first and the date glued after the issuer
        (
            "发文字号乙府发〔2021〕3号发文机关乙县人民政府\n成文日期2021年03月05日\n\n"
            "乙县人民政府关于调整某某标准的通知\n\n各乡镇人民政府：\n  现将有关事项通知如下。\n",
            "乙府发〔2021〕3号",
            ("乙县人民政府",),
            "2021-03-05",
        ),
    ],
)
def test_metadata_fields_glued_two_to_a_line_are_each_read(text, number, issuers, date):
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers, doc.date) == (number, issuers, date)


def test_a_line_of_prose_glued_to_no_label_is_no_field_row():
    # 名称变更后… opens with a label's characters but is no row of fields: nothing is read from it
    fields = read_portal_fields("名称变更后的机构继续履行职责\n\n某某局关于机构更名的通知\n")
    assert not fields


def test_a_rule_broken_at_its_commas_takes_no_clause_for_its_title():
    # (2018年12月1日某市人民政府令第290号公布…) / 第一章 总则 / 第一条…管理 / ,根据《X》等有关规定 / ,制定本办法。 (h167
    # 武汉, a reading page): the clause opening with a comma is no title; the rule is one untitled document, its
    # basis read
    text = (
        "(2018年12月1日丙市人民政府令第290号公布自2019年1月1日起施行)\n第一章总则\n第一条为加强规范性文件管理\n"
        ",推进依法行政\n,根据《丁省行政规范性文件管理办法》(省人民政府令第379号)等有关规定\n,结合本市实际\n"
        ",制定本办法。\n第二条本办法所称规范性文件\n,是指除政府规章外的文件。\n"
    )
    parsed = parse_text(text, "page.txt")
    assert [(d.source_line, str(d.doc_number), d.issuers, d.date) for d in parsed.documents] == [
        (1, "丙市人民政府令第290号", ("丙市人民政府",), "2018-12-01")
    ]
    assert [(r.title, r.role) for r in parsed.documents[0].references] == [("丁省行政规范性文件管理办法", "BASED_ON")]
