"""A policy compilation's numbered entries: ``5. 某市…工作`` / ``方案的通知（2023 年3 月29 日）`` — the entry's number,
its title wrapped over two lines and the compilation's note of the date after it (h135, 营商环境政策汇编)."""

from policykg.loaders.parse import parse_text

PLACE_FIRST = """4. 上一篇文件的正文最后一段到此为止。
5. 乙市落实优化营商环境降低市场主体制度性交易成本工作
方案的通知（2023 年3 月29 日）
乙政办发〔2023〕14 号
为深入贯彻落实《自治区优化营商环境工作方案》，现结合我市实际，制定本工作方案。
一、破除隐性门槛
"""

JOINT_WITH_UNKNOWN_BODY = """2. 丙省商务厅丁关区海关关于进一步提升跨境贸易便利化水
平促进外贸降本增效若干措施的公告（2023 年2 月24 日）
为深入贯彻党的二十大精神，持续优化口岸营商环境，现提出以下措施。
一、优化通关流程
"""

BODY_FIRST = """5. 宁夏自治区市场监管厅关于加强全区市场监督管理所标准化
规范化建设的实施方案（2023 年2 月20 日）
为贯彻落实党中央、国务院决策部署，结合实际，特制定本实施方案。
一、指导思想
"""


def _first(text: str):
    return parse_text(text, "compilation.txt").documents[0]


def test_entry_title_opening_with_a_place_is_read_whole():
    d = _first(PLACE_FIRST)
    assert d.title == "乙市落实优化营商环境降低市场主体制度性交易成本工作方案的通知"
    assert d.date == "2023-03-29"


def test_entry_title_of_bodies_the_registry_cannot_split_is_read_whole():
    d = _first(JOINT_WITH_UNKNOWN_BODY)
    assert d.title == "丙省商务厅丁关区海关关于进一步提升跨境贸易便利化水平促进外贸降本增效若干措施的公告"
    assert d.date == "2023-02-24"


def test_entry_under_its_number_alone_keeps_its_title_from_the_purpose_clause():
    d = _first(BODY_FIRST)
    assert d.title == "宁夏自治区市场监管厅关于加强全区市场监督管理所标准化规范化建设的实施方案"
    assert d.issuers == ("宁夏回族自治区市场监督管理厅",)
