"""A crawl that stores each document as one line (flat layout): where each document's title starts.

Each test is a small publication written in the genre: a few documents, each run together on one line (its
title, number, addressee, text, signature and date with no line break), the way a crawl of a portal stores
its pages.  The parser must find every document and its fields.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知甲政办〔2024〕12号各县（区）人民政府，市人民政府各部门："
    "当前我市已进入春季森林防火关键期，为切实做好森林防火工作，经市政府同意，现就有关事项通知如下。一、压实防火责任。"
    "各县（区）要严格落实森林防火行政首长负责制。二、加强火源管控。严格野外用火审批，严防火种进山。"
    "甲市人民政府办公室2024年3月5日"
)
# (a notice whose title runs straight into its text, no number nor addressee between, flat layout)
ANNOUNCEMENT = (
    "乙县人民政府关于禁止在城区燃放烟花爆竹的通告为保障人民群众生命财产安全，有效防止环境污染，根据《烟花爆竹安全管理条例》"
    "等规定，结合我县实际，现就有关事项通告如下：一、禁放区域为县城建成区。二、禁放时间为全年。三、违反本通告的，"
    "由公安机关依法处罚。本通告自发布之日起施行。乙县人民政府2024年1月20日"
)
RULES = (
    "丙市养犬管理办法第一章总则第一条为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，根据有关法律法规，"
    "结合本市实际，制定本办法。第二条本市行政区域内养犬及相关管理活动适用本办法。第三条养犬管理实行政府监管、养犬人自律、"
    "公众参与的原则。第二章附则第四条本办法自2024年5月1日起施行。"
)
# (a plan run into its purpose clause, under a rule's articles run on: no number, addressee nor signature)
PLAN = (
    "丁市全民健身实施计划（2024—2026年）为深入实施全民健身国家战略，加快体育强市建设，结合本市实际，制定本计划。一、总体要求。"
    "到2026年，全市经常参加体育锻炼人数比例达到百分之四十。二、主要任务。建设一批全民健身场地设施，开展群众性体育赛事活动。"
    "三、保障措施。各区要加强组织领导，落实工作责任。"
)


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "crawl.txt").documents]


def test_title_run_into_its_text_starts_a_document_under_another_line():
    """(a title run straight into its text's first words, under another document's line, flat layout)"""
    titles = _titles("\n".join([NOTICE, RULES, PLAN]) + "\n")
    assert titles == [
        "甲市人民政府办公室关于做好2024年春季森林防火工作的通知",
        "丙市养犬管理办法",
        "丁市全民健身实施计划（2024—2026年）",
    ]


def test_rule_run_into_its_articles_is_followed_by_a_plan_and_a_notice():
    """(a rule run into its articles, a plan into its purpose clause, an announcement into its text, flat layout)"""
    titles = _titles("\n".join([RULES, PLAN, ANNOUNCEMENT]) + "\n")
    assert titles == [
        "丙市养犬管理办法",
        "丁市全民健身实施计划（2024—2026年）",
        "乙县人民政府关于禁止在城区燃放烟花爆竹的通告",
    ]


def test_numbered_notice_keeps_its_fields_before_the_run_on_texts():
    """(the first line's notice keeps its number and date when the lines under it open with bare titles, flat layout)"""
    doc = parse_text("\n".join([NOTICE, ANNOUNCEMENT, RULES]) + "\n", "crawl.txt").documents[0]
    assert str(doc.doc_number) == "甲政办〔2024〕12号"
    assert doc.date == "2024-03-05"
