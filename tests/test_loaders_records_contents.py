"""Compilation, database and gazette layouts (r36): documents laid out as a publication prints them are found
as their single texts are.  Each test is a small publication in the genre, written for the test."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "pub.txt").documents


# (a law database's record of only 时效性 / 效力级别 under a title with no number, issuer or date, database layout)
DATABASE_BARE_RECORDS = """营商环境政策汇编（2023）

（一）政策规定
关于春季城区道路临时交通管制的通告
时效性： 现行有效
效力级别： 地方规范性文件
为保障春季长跑活动顺利进行，决定对城区部分道路实施临时交通管制，现将有关事项通告如下：
一、管制时间为3月10日7时至12时。
二、管制期间禁止机动车通行。

（二）地方政策
某县城市防汛应急预案
时效性： 现行有效
效力级别： 地方规范性文件

1 总则
为做好城市防汛工作，最大限度减轻洪涝灾害损失，制定本预案。
2 组织体系
县防汛指挥部负责全县防汛工作。
"""


def test_two_field_database_records_mark_their_titles():
    titles = [d.title for d in _docs(DATABASE_BARE_RECORDS)]
    assert titles == ["关于春季城区道路临时交通管制的通告", "某县城市防汛应急预案"]


# (a numbered 目录 printing ``title 3`` — cleaning glues the page number to the title — and a one-line notice
# right above the next text's title, compilation layout)
COMPILATION_PAGES_GLUED = """就业创业政策汇编
（2024年版）
某市人力资源和社会保障局编

目  录
第一部分 市级政策
1．关于做好春节期间烟花爆竹安全管理的通告 1
2．某市城市防汛应急预案 2
3．某市物业管理实施办法（2011） 4

第一部分 市级政策

关于做好春节期间烟花爆竹安全管理的通告
为预防火灾和人身伤害事故，现就春节期间燃放烟花爆竹事项通告如下：城区全年禁止燃放烟花爆竹，违者依法处理。

某市城市防汛应急预案
为做好城市防汛工作，最大限度减轻洪涝灾害损失，制定本预案。
各乡镇负责本辖区防汛工作。

某市物业管理实施办法（2011）
第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本办法。
第二条 市住房和城乡建设行政部门是本市物业管理的行政主管部门。
"""


def test_contents_entries_with_glued_page_numbers_mark_their_titles():
    titles = [d.title for d in _docs(COMPILATION_PAGES_GLUED)]
    assert titles == ["关于做好春节期间烟花爆竹安全管理的通告", "某市城市防汛应急预案", "某市物业管理实施办法（2011）"]


# (a title wrapped over two lines above a law database's record with no number, database layout)
DATABASE_WRAPPED_TITLE = """惠企政策汇编（2023）

（一）地方政策
关于印发某市公共卫生体系建设三年行动计划
（2023—2025年）的通知
时效性： 现行有效
发文机关： 某市人民政府办公室
发文日期： 2023 年 12 月 25 日
效力级别： 地方规范性文件
各县（市）、区人民政府，市人民政府各部门：
《某市公共卫生体系建设三年行动计划（2023—2025年）》已经市政府同意，现印发给你们，请认真贯彻执行。
某市人民政府办公室
2023年12月25日
"""


def test_title_wrapped_over_lines_above_a_record_is_joined():
    docs = _docs(DATABASE_WRAPPED_TITLE)
    assert docs[0].title == "关于印发某市公共卫生体系建设三年行动计划（2023—2025年）的通知"
    assert docs[0].date == "2023-12-25"
