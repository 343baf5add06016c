"""A crawl that stores each page as one line (flat layout): a page whose menus run on straight into its heading,
no colon, bar or breadcrumb between, the heading printed twice (the page's heading, then the text's own title).

The title printed twice is where the document opens; the menu words before it are the page's furniture.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知甲政办〔2024〕12号各县（区）人民政府，市人民政府各部门："
    "当前我市已进入春季森林防火关键期，为切实做好森林防火工作，经市政府同意，现就有关事项通知如下。一、压实防火责任。"
    "各县（区）要严格落实森林防火行政首长负责制。二、加强火源管控。严格野外用火审批，严防火种进山。"
    "甲市人民政府办公室2024年3月5日"
)
# (a portal's menu words run on before the heading printed twice, no number under it)
OPINION = (
    "无障碍阅读长者模式政府公报传达指令政务服务乙省人民政府办公厅关于支持农民工等人员返乡创业的实施意见"
    "乙省人民政府办公厅关于支持农民工等人员返乡创业的实施意见各市人民政府，省人民政府各工作部门："
    "为贯彻落实国家支持返乡创业的部署，经省政府同意，现提出如下实施意见。一、降低返乡创业门槛。深化商事制度改革，"
    "简化创业登记手续。二、落实定向减税和普遍性降费政策。三、加大财政支持力度。乙省人民政府办公厅2024年6月10日"
)
# (a site's search bar run on before the heading printed twice)
PLAN = (
    "关怀版无障碍在线检阅搜索丙县人民政府办公室关于印发《丙县突发地质灾害应急预案》的通知丙县人民政府办公室关于印发《丙县突发地质灾害"
    "应急预案》的通知各乡镇人民政府，县政府各部门：现将《丙县突发地质灾害应急预案》印发给你们，请认真贯彻执行。"
    "丙县人民政府办公室2024年7月1日丙县突发地质灾害应急预案1总则1.1编制目的为高效有序做好突发地质灾害应急处置工作，"
    "最大程度减少人员伤亡和财产损失，制定本预案。"
)


def test_heading_printed_twice_after_menu_words_opens_the_document():
    """(menu words run on before a heading printed twice: the title starts after them, flat layout)"""
    titles = [d.title for d in parse_text("\n".join([NOTICE, OPINION, PLAN]) + "\n", "crawl.txt").documents]
    assert titles[:3] == [
        "甲市人民政府办公室关于做好2024年春季森林防火工作的通知",
        "乙省人民政府办公厅关于支持农民工等人员返乡创业的实施意见",
        "丙县人民政府办公室关于印发《丙县突发地质灾害应急预案》的通知",
    ]
