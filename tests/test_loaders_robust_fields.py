"""Fields of documents laid out among others (gazette, compilation): a document keeps the number, issuers and
date it has alone — it never takes them from a neighbouring document it is not part of.

The publications are written for these tests in the genre (a municipal gazette of notices from several places).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policykg.loaders.parse import parse_text  # noqa: E402


def _docs(text: str) -> dict[str, tuple]:
    out = parse_text(text, "gazette.txt")
    return {d.title: (d.doc_number.text if d.doc_number else None, d.issuers, d.date) for d in out.documents}


# (a notice signed by its level alone — 市人民政府办公室 — printed after a text of another province, gazette layout)
PLACES_OF_TWO_PROVINCES = """市人民政府公报
2024年第3期

【政府文件】
重庆市人民政府关于加强城市道路桥梁管理工作的通知
渝府发〔2024〕6号
各区县（自治县）人民政府，市政府各部门：
为加强重庆市城市道路桥梁管理，保障通行安全，现就有关事项通知如下：
一、落实管理责任。各区县要明确桥梁管养单位，建立巡查制度。
二、加强日常养护。对存在病害的桥梁要及时维修加固。
重庆市人民政府
2024年2月1日

【政府办公室文件】
市人民政府办公室关于印发健康齐齐哈尔行动推进方案的通知
各县（市）、区人民政府，市人民政府各委、办、局：
经市人民政府同意，现将《健康齐齐哈尔行动推进方案》印发给你们，请认真贯彻执行。
市人民政府办公室
2024年3月8日
"""


def test_a_notice_signed_by_its_level_is_placed_by_its_title_not_by_a_text_above():
    docs = _docs(PLACES_OF_TWO_PROVINCES)
    assert docs["重庆市人民政府关于加强城市道路桥梁管理工作的通知"] == (
        "渝府发〔2024〕6号",
        ("重庆市人民政府",),
        "2024-02-01",
    )
    notice = docs["市人民政府办公室关于印发健康齐齐哈尔行动推进方案的通知"]
    assert notice[1:] == (("齐齐哈尔市人民政府办公室",), "2024-03-08")


# the first text of both compilations below, signed and numbered
FIRST_TEXT = """临江市人民政府关于加强城市道路桥梁管理工作的通知
临政发〔2024〕6号
各县（区）人民政府，市政府各部门：
为加强城市道路桥梁管理，保障通行安全，现就有关事项通知如下：
一、落实管理责任。各县区要明确桥梁管养单位，建立巡查制度。
临江市人民政府
2024年2月1日
"""

# (a compilation's heading of number and quoted title printed right above the text's own title, below another text)
NUMBER_OVER_QUOTED_TITLE = f"""政策文件汇编

【政府文件】
{FIRST_TEXT}【部门文件】
临法发〔2024〕3号《临江市中级人民法院关于完善审判监督管理的若干意见》
临江市中级人民法院关于完善审判监督管理的若干意见
为贯彻中央关于深化司法体制改革的总体部署，优化审判资源配置，明确审判组织权限，现提出如下意见。
一、目标原则
1.完善审判监督管理，必须以严格的审判责任制为核心。
"""


def test_a_number_over_the_quoted_title_of_a_text_below_another_is_its_number():
    docs = _docs(NUMBER_OVER_QUOTED_TITLE)
    assert docs["临江市人民政府关于加强城市道路桥梁管理工作的通知"] == (
        "临政发〔2024〕6号",
        ("临江市人民政府",),
        "2024-02-01",
    )
    assert docs["临江市中级人民法院关于完善审判监督管理的若干意见"][:2] == (
        "临法发〔2024〕3号",
        ("临江市中级人民法院",),
    )


# (a law database's record line 【发布部门】…【发布日期】… under the title of an unsigned text, below another text)
DATABASE_RECORD_LINE = f"""政策文件汇编

目录
临江市人民政府关于加强城市道路桥梁管理工作的通知……………………（1）
江苏检察院关于全面服务保障法治化营商环境建设的决定……………………（2）

{FIRST_TEXT}
江苏检察院关于全面服务保障法治化营商环境建设的决定
【发布部门】江苏省人民检察院【发布日期】2021.06.18【实施日期】2021.06.18【效力级别】地方司法文件
为深入贯彻省委全会精神，认真落实服务保障营商环境建设的各项要求，现作出如下决定。
一、指导思想
坚持以人民为中心，依法履行法律监督职责。
"""


def test_an_unsigned_text_takes_the_issuer_and_date_of_its_database_record_line():
    docs = _docs(DATABASE_RECORD_LINE)
    assert docs["临江市人民政府关于加强城市道路桥梁管理工作的通知"] == (
        "临政发〔2024〕6号",
        ("临江市人民政府",),
        "2024-02-01",
    )
    assert docs["江苏检察院关于全面服务保障法治化营商环境建设的决定"] == (None, ("江苏省人民检察院",), "2021-06-18")
