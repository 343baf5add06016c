"""Publications laid out as Markdown (``# title`` per document, ``## 一、…`` sections, a ``## 目录``) or copied
from a law database (its record 时效性 / 发文机关 / 文号 / 发文日期 … under each title): the documents are found
with their fields.  Each text is written for the test in the genre, with other names and numbers."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_title_over_a_database_record_without_number_is_a_document():
    """(a compilation copied from a law database: plans and notices without a number, their record under the
    title, one after another under numbered part headings)"""
    text = (
        "惠企政策汇编（2023）\n\n"
        "（一）地方政策\n"
        "某某县农村人居环境整治提升五年行动方案\n"
        "时效性： 现行有效\n"
        "发文机关： 某某县人民政府\n"
        "发文日期： 2022 年 05 月 10 日\n"
        "效力级别： 地方规范性文件\n\n"
        "一、总体要求\n"
        "以改善农村人居环境为目标，统筹推进农村厕所革命、生活垃圾和污水治理。\n"
        "二、重点任务\n"
        "各乡镇要建立长效管护机制，确保整治成果可持续。\n\n"
        "（二）政策规定\n"
        "关于开展占道经营专项整治行动的公告\n"
        "时效性： 现行有效\n"
        "发文机关： 某某县城市管理局\n"
        "效力级别： 地方规范性文件\n\n"
        "为进一步规范市容秩序，决定在全县开展占道经营专项整治行动，现将有关事项公告如下。\n"
        "一、整治时间为2023年6月1日至8月31日。\n"
        "某某县城市管理局\n"
        "2023年5月20日\n"
    )
    docs = parse_text(text, "database.txt").documents
    assert [d.title for d in docs] == ["某某县农村人居环境整治提升五年行动方案", "关于开展占道经营专项整治行动的公告"]
    assert docs[0].date == "2022-05-10"
    assert docs[0].source_line == 4
    assert docs[1].date == "2023-05-20"


def test_a_tables_title_and_number_over_the_same_markdown_title_is_one_document():
    """(a portal page laid out as Markdown: its metadata cells — title, number, date, 主题词 — one a line, then the
    same title as ``# title`` with the number and addressees under it)"""
    text = (
        "# 某某市人民政府公报\n\n"
        "# 某某市人民政府关于做好春季农业生产工作的通知\n\n"
        "某政发〔2021〕3号\n"
        "各县（区）人民政府，市政府各部门：\n"
        "为切实抓好春季农业生产，确保粮食稳产增产，现就有关事项通知如下。\n"
        "一、抓好春耕备耕。各地要提早谋划，确保农资供应充足。\n"
        "某某市人民政府\n"
        "2021年2月20日\n\n"
        "000014349/2021-00012\n\n"
        "卫生、体育\\卫生\n\n"
        "某某市人民政府办公室\n\n"
        "2021年03月02日\n\n"
        "某某市人民政府办公室关于加强县级医院绩效考核工作的意见\n\n"
        "某政办发〔2021〕8号\n\n"
        "2021年03月05日\n"
        "主 题 词：\n\n"
        "# 某某市人民政府办公室关于加强县级医院绩效考核工作的意见\n\n"
        "某政办发〔2021〕8号\n"
        "各县（区）人民政府，市政府各部门：\n"
        "为进一步深化公立医院改革，推进现代医院管理制度建设，经市政府同意，现提出如下意见。\n"
        "## 一、总体要求\n"
        "以提升医疗服务质量为目标，建立科学的绩效考核体系。\n"
        "某某市人民政府办公室\n"
        "2021年3月2日\n"
    )
    docs = parse_text(text, "portal.md").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        ("某某市人民政府关于做好春季农业生产工作的通知", "某政发〔2021〕3号"),
        ("某某市人民政府办公室关于加强县级医院绩效考核工作的意见", "某政办发〔2021〕8号"),
    ]
    assert (
        docs[1].source_line == text.splitlines().index("# 某某市人民政府办公室关于加强县级医院绩效考核工作的意见") + 1
    )


def test_an_order_under_a_markdown_title_and_its_title_printed_again_are_one_document():
    """(a provincial 令 laid out as Markdown: ``# title``, the government, its order number, the promulgating
    sentence, the governor and date, then the rule's title printed again above its articles)"""
    text = (
        "# 某某省人民政府公报\n\n"
        "# 某某省村务公开办法\n\n"
        "某某省人民政府\n\n"
        "某某省人民政府令第52号\n\n"
        "《某某省村务公开办法》已经2006年12月20日省人民政府第80次常务会议讨论通过，现予公布，自2007年2月1日起施行。\n\n"
        "省长 王某某\n\n"
        "二○○六年十二月二十九日\n\n"
        "某某省村务公开办法\n\n"
        "第一条 为了推进村务公开，保障村民的知情权，根据有关法律、法规，结合本省实际，制定本办法。\n"
        "第二条 本省行政区域内村务公开工作适用本办法。\n\n"
        "# 某某省人民政府关于做好冬季供暖工作的通知\n\n"
        "某政发〔2007〕5号\n"
        "各市、县人民政府，省政府各部门：\n"
        "为保障群众温暖过冬，现就做好冬季供暖工作通知如下。\n"
        "某某省人民政府\n"
        "2007年1月10日\n"
    )
    docs = parse_text(text, "order.md").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [
        ("某某省村务公开办法", "某某省人民政府令第52号", "2006-12-29"),
        ("某某省人民政府关于做好冬季供暖工作的通知", "某政发〔2007〕5号", "2007-01-10"),
    ]


def test_a_markdown_title_under_the_contents_list_is_the_first_document():
    """(a Markdown gazette: ``## 目录`` with ``- title ..... (2)`` items, then the first document's ``# title``, the
    plan's title printed again right under it)"""
    text = (
        "# 某某市人民政府公报\n\n"
        "2024年第3号\n\n"
        "## 目 录\n\n"
        "- 某某县乡村振兴战略规划（2021~2025年） ..... (2)\n"
        "- 某某市人民政府关于做好防汛工作的通知 ..... (9)\n\n"
        "# 某某县乡村振兴战略规划（2021~2025年）\n\n"
        "某某县乡村振兴战略规划（2021~2025年）\n\n"
        "前 言\n\n"
        "实施乡村振兴战略，是决胜全面建成小康社会的重大历史任务，本规划以2020年为基期。\n\n"
        "## 第一章 规划基础\n\n"
        "某某县是农业大县，农业在全县经济结构中占有重要地位。\n\n"
        "# 某某市人民政府关于做好防汛工作的通知\n\n"
        "某政发〔2024〕6号\n"
        "各县（区）人民政府，市政府各部门：\n"
        "为做好今年防汛工作，现就有关事项通知如下。\n"
        "某某市人民政府\n"
        "2024年5月6日\n"
    )
    docs = parse_text(text, "gazette.md").documents
    assert [d.title for d in docs] == ["某某县乡村振兴战略规划（2021~2025年）", "某某市人民政府关于做好防汛工作的通知"]
    assert docs[0].source_line == text.splitlines().index("# 某某县乡村振兴战略规划（2021~2025年）") + 1
