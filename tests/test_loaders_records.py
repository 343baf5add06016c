"""A law database's record under each title of a compilation (policykg.loaders.records).  Modelled on two
exports: the compilation of part h33 (时效性 / 发文机关 / 文号 / 发文日期 / 施行日期 / 效力级别, each field a line)
and a database's newer labels (制定机关 / 公布日期 / 施行日期 / 时效性 / 效力位阶)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.records import take_records

FINANCE = """（四）业务规制政策规定
关于印发《银行业金融机构函证业务自律管理规范》的通知
时效性： 现行有效
发文机关： 中国银行业协会
文号： 银协发〔2023〕2 号
发文日期： 2023 年 01 月 13 日
施行日期： 2023 年 01 月 13 日
效力级别： 行业规定
各有关会员单位：
为进一步规范银行函证及回函工作，提升审计工作质量，现将《银行业金融机构函证业务自律管理规范》印发给你们，请遵照执行。
289
中国银保监会办公厅关于进一步做好联合授信试点工作的通知
时效性： 现行有效
发文机关： 中国银行保险监督管理委员会办公厅
文号： 银保监办发〔2023〕12 号
发文日期： 2023 年 02 月 17 日
施行日期： 2023 年 02 月 17 日
效力级别： 部门规范性文件
各银保监局，各政策性银行：
为进一步做好联合授信试点工作，根据《中华人民共和国银行业监督管理法》，现就有关事项通知如下。
"""

NEWER_LABELS = """二、部门规章
关于进一步加强某某管理的通知
制定机关： 国家金融监督管理总局
发文字号： 金规〔2024〕5号
公布日期： 2024.03.12
施行日期： 2024.04.01
时效性： 现行有效
效力位阶： 部门规范性文件
各金融监管局：
为加强某某管理，根据《中华人民共和国银行业监督管理法》，现就有关事项通知如下。
关于某某业务有关事项的通知
制定机关： 国家金融监督管理总局办公厅
发文字号： 金办发〔2024〕9号
公布日期： 2024.05.20
时效性： 现行有效
效力位阶： 部门规范性文件
各金融监管局：
现就某某业务有关事项通知如下。
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            FINANCE,
            [
                (
                    "关于印发《银行业金融机构函证业务自律管理规范》的通知",
                    "银协发〔2023〕2号",
                    ("中国银行业协会",),
                    "2023-01-13",
                    "2023-01-13",
                ),
                (
                    "中国银保监会办公厅关于进一步做好联合授信试点工作的通知",
                    "银保监办发〔2023〕12号",
                    ("中国银行保险监督管理委员会办公厅",),
                    "2023-02-17",
                    "2023-02-17",
                ),
            ],
        ),
        (
            NEWER_LABELS,
            [
                (
                    "关于进一步加强某某管理的通知",
                    "金规〔2024〕5号",
                    ("国家金融监督管理总局",),
                    "2024-03-12",
                    "2024-04-01",
                ),
                (
                    "关于某某业务有关事项的通知",
                    "金办发〔2024〕9号",
                    ("国家金融监督管理总局办公厅",),
                    "2024-05-20",
                    None,
                ),
            ],
        ),
    ],
)
def test_each_title_takes_the_record_printed_under_it(text, expected):
    docs = parse_text(text, "compilation.txt").documents
    got = [(d.title, str(d.doc_number), d.issuers, d.date, d.effective_date) for d in docs]
    assert got == expected


def test_a_record_keeps_its_lines_and_a_portal_table_is_no_record():
    text, records = take_records(FINANCE)
    assert len(text.splitlines()) == len(FINANCE.splitlines()) and len(records) == 2
    assert text.splitlines()[2:5] == ["银协发〔2023〕2 号", "", ""]
    table = "索引号： 000014349/2024-00045\n发文机关： 国务院办公厅\n发文字号： 国办发〔2024〕5号\n成文日期： 2024年01月05日\n"
    assert take_records(table) == (table, ())


@pytest.mark.parametrize(
    "issuers, wrapped, number",
    [  # five regulators in one field wrapped over two lines (h34); two bodies wrapped the same way
        (
            "国家金融监督管理总局,中国人民银行,中国证券监督管理委员会,国家互联网信息办公室,国家外汇管理局",
            30,
            "金发〔2023〕6",
        ),
        ("国家发展和改革委员会,财政部", 9, "发改财金〔2023〕6"),
    ],
)
def test_a_field_wrapped_over_lines_is_one_field(issuers, wrapped, number):
    text = (
        "308\n关于规范货币经纪公司数据服务有关事项的通\n知\n时效性： 现行有效\n"
        f"发文机关： {issuers[:wrapped]}\n{issuers[wrapped:]}\n文号： {number} 号\n发文日期： 2023 年 08 月 25 日\n"
        "效力级别： 部门规范性文件\n各有关单位：\n为规范数据服务，现就有关事项通知如下。\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [(d.title, str(d.doc_number), len(d.issuers)) for d in docs] == [
        ("关于规范货币经纪公司数据服务有关事项的通知", f"{number}号", issuers.count(",") + 1)
    ]
