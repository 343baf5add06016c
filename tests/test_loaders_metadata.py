"""Metadata rules: dates (Arabic and Chinese numerals), effective date, expiry, document type.

Rows are real sentences from data/corpus unless marked otherwise.
"""

from __future__ import annotations

import re

import pytest

from policykg.loaders import regexes as rx
from policykg.loaders.clean import clean_line
from policykg.loaders.metadata import doc_type_of, effective_date, expiry_date, parse_date


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2024年9月2日", "2024-09-02"),
        ("2024 年 10 月 10 日", "2024-10-10"),
        ("（2024年 5月 6日）", "2024-05-06"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("二〇二四年九月二日", "2024-09-02"),
        ("二〇二四年十月十日", "2024-10-10"),
        ("二零二四年五月二十日", "2024-05-20"),
        ("2024-09-02", "2024-09-02"),
        ("2024.9.2", "2024-09-02"),
        ("2024/11/15", "2024-11-15"),  # (a portal's "发布日期：" line is page clutter, cleaned away)
        ("2023年8月30日（此件公开发布）", "2023-08-30"),
        ("2024年2月30日", None),  # no such day
        ("二〇三五年远景目标", None),  # a year alone is not a date
    ],
)
def test_parse_date(text, expected):
    assert parse_date(clean_line(text)[0]) == expected


# (sentence, issue date, effective date)
EFFECTIVE = [
    ("第十七条 本办法自2024年11月1日起施行。", "2024-09-02", "2024-11-01"),
    ("本通知自 2024 年 9 月 1 日起执行，执行中遇到重大问题，请及时报告。", "2024-07-29", "2024-09-01"),
    ("本公告自 2024年 1月 1日起施行。", "2024-03-29", "2024-01-01"),
    ("本措施自印发之日起施行，有效期3年。", "2024-08-22", "2024-08-22"),
    ("本通知自下发之日起施行，有效期五年。", "2024-06-11", "2024-06-11"),
    ("本办法自发布之日起试行。", "2023-04-04", "2023-04-04"),
    ("本《通知》由省就业创业工作领导小组办公室负责解释，自印发之日起实施。", "2023-03-06", "2023-03-06"),
    ("第十五条 本规则自印发之日起生效。", "2022-02-09", "2022-02-09"),
    ("第六十一条 本操作规程自发布之日起执行,此前我市发布的有关文件同时废止。", "2023-04-26", "2023-04-26"),
    ("本办法自二〇二四年一月一日起施行。", "2023-12-01", "2024-01-01"),  # Chinese numerals (constructed)
    # not the document's own effective date
    ("企业新招用“两类人员”并与其签订6个月以上劳动合同，自劳动合同签订之日起6个月内给予补贴。", "2021-08-04", None),
    ("2024年申请和推荐工作于本通知印发之日起启动。", "2024-10-08", None),
]


@pytest.mark.parametrize("sentence,issued,expected", EFFECTIVE)
def test_effective_date(sentence, issued, expected):
    assert effective_date(clean_line(sentence)[0], issued) == expected


# (sentence, start of validity, expiry date)
EXPIRY = [
    ("本措施自印发之日起施行，有效期3年。", "2024-08-22", "2027-08-21"),
    ("本通知自下发之日起施行，有效期五年。", "2024-06-11", "2029-06-10"),
    ("本意见自印发之日起施行，有效期至2025年12月31日。", "2022-02-12", "2025-12-31"),
    ("本方案有效期至2026年底。", "2024-01-01", "2026-12-31"),
    ("本办法自2024年5月1日起施行，有效期至2027年4月30日。", "2024-04-08", "2027-04-30"),
    ("本意见自印发之日起施行，有效期两年。", "2022-02-25", "2024-02-24"),
    # pingdingshan compilation, line 2689: 执行期限截止 is an expiry too
    ("第四十六条 本细则自印发之日起施行，执行期限截止2025年12月31日。", "2021-08-04", "2025-12-31"),
]


@pytest.mark.parametrize("sentence,start,expected", EXPIRY)
def test_expiry_date(sentence, start, expected):
    assert expiry_date(clean_line(sentence)[0], start) == expected


# A 有效期 of a certificate, a rating or a plan is not the document's expiry (real sentences).
NOT_THE_DOCUMENTS_EXPIRY = [
    "（一）省级、市级高质量充分就业星级社区每年认定一批，实行动态管理，自认定之日起有效期三年。",
    "初次认定的见习单位及其见习岗位计划有效期为两年，有效期内见习岗位计划调整变化的应及时报公共就业人才服务机构。",
    "第四十五条经公告的创新型中小企业有效期三年，经认定的专精特新中小企业有效期三年。",
    "省人力资源社会保障厅已核发的《人力资源服务许可证》在有效期内仍然有效。",
]


@pytest.mark.parametrize("sentence", NOT_THE_DOCUMENTS_EXPIRY)
def test_validity_of_something_else_is_not_an_expiry(sentence):
    assert expiry_date(clean_line(sentence)[0], "2023-05-25") is None


@pytest.mark.parametrize(
    "title,expected",
    [
        ("河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知", "通知"),
        ("河南省人力资源和社会保障厅关于加强零工市场服务体系建设的实施意见", "意见"),
        ("河南省促进就业工作先进地区激励实施办法（试行）", "办法"),
        ("河南省地震安全性评价管理办法", "办法"),
        ("“河南护工”人力资源品牌建设方案（2023—2025年）", "方案"),
        ("郑州市行政机关负责人出庭应诉工作规定", "规定"),
        (
            "国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部关于重点群体和自主就业退役士兵创业就业税收政策有关执行问题的公告",
            "公告",
        ),
        ("河南省保障税收服务发展条例", "条例"),
        ("支持平台经济高质量发展若干措施", "措施"),
        ("郑州市人民政府法律顾问工作规则", "规则"),
        ("郑州市“十四五”人力资源和社会保障事业发展规划", "规划"),
        ("河南省重点产业对应职业教育紧缺专业设置指导目录", "目录"),
        ("切实加强就业帮扶巩固拓展脱贫攻坚成果助力乡村振兴实施细则", "细则"),
        ("平顶山市创业担保贷款精细化操作规程", "规程"),
        ("“高效办成一件事”2024年度新一批重点事项清单", "清单"),
        ("平顶山市农民工工作2023年工作要点", "要点"),
        ("河南省推动邮政快递业高质量发展加快构建现代物流体系行动计划（2024—2026年）", "计划"),
        (
            "平顶山市巩固拓展脱贫攻坚成果同乡村振兴有效衔接领导小组办公室关于激发脱贫人口（监测对象）内生动力鼓励外出务工实施“一奖一补”的指导意见",
            "意见",
        ),
    ],
)
def test_doc_type(title, expected):
    assert doc_type_of(title) == expected


@pytest.mark.parametrize("pattern", [rx.EXPIRY_UNTIL, rx.EXPIRY_PERIOD])
def test_expiry_openings_open_every_expiry_pattern(pattern):
    # expiry_date looks for these words before it runs the patterns: each alternative must open with one
    opening = re.match(r"\(\?:([^()]*)\)", pattern.pattern).group(1)
    assert all(alt.startswith(rx.EXPIRY_OPENINGS) for alt in opening.split("|"))
