"""A crawl that stores each page as one line (flat layout): a page whose posting line prints a bullet or a dot
before each item, and bare click / view labels (X的通知•时间:2012-04-28•点击:21•来源:甲市政府办公室各县…).

The posting line between the title and the notice's addressee is the page's: the title opens the document.
"""

from __future__ import annotations

from policykg.loaders.flat import _title_posting
from policykg.loaders.parse import parse_text

NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知甲政办〔2024〕12号各县（区）人民政府，市人民政府各部门："
    "当前我市已进入春季森林防火关键期，为切实做好森林防火工作，经市政府同意，现就有关事项通知如下。一、压实防火责任。"
    "各县（区）要严格落实森林防火行政首长负责制。二、加强火源管控。严格野外用火审批，严防火种进山。"
    "甲市人民政府办公室2024年3月5日"
)
# (a bullet before each item of the posting line, a bare 点击: count)
BULLETS = (
    "乙市人民政府关于批转市发展改革委2024年经济体制改革重点工作意见的通知•时间:2024-04-28•点击:21•来源:乙市政府办公室乙政发〔2024〕8号"
    "各县（区）人民政府，市政府各部门：市政府同意市发展改革委《2024年经济体制改革重点工作意见》，现转发给你们，"
    "请认真贯彻执行。乙市人民政府2024年4月20日"
)
# (a middle dot before each item)
DOTS = (
    "丙县人民政府关于禁止在县城区燃放烟花爆竹的通告·发布时间:2024-01-0809:30·浏览次数:356·来源:丙县人民政府办公室"
    "为保障公共安全和人身、财产安全，减少环境污染，根据《烟花爆竹安全管理条例》，现就有关事项通告如下。"
    "一、县城区范围内全年禁止燃放烟花爆竹。二、违反本通告的，由公安机关依法处罚。丙县人民政府2024年1月8日"
)


def test_posting_line_with_marks_is_cut_off():
    """(title•时间:…•点击:…•来源:… / title·发布时间:…·来源:…, flat layout)"""
    parts = _title_posting(BULLETS)
    assert parts is not None and parts[:2] == [
        "乙市人民政府关于批转市发展改革委2024年经济体制改革重点工作意见的通知",
        "•时间:2024-04-28•点击:21•来源:乙市政府办公室",
    ]
    parts = _title_posting(DOTS)
    assert parts is not None and parts[:2] == [
        "丙县人民政府关于禁止在县城区燃放烟花爆竹的通告",
        "·发布时间:2024-01-0809:30·浏览次数:356·来源:丙县人民政府办公室",
    ]


def test_title_over_a_marked_posting_line_opens_the_document():
    """(a posting line with a bullet or dot before each item, flat layout)"""
    docs = parse_text("\n".join([NOTICE, BULLETS]) + "\n", "crawl.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [
        ("甲市人民政府办公室关于做好2024年春季森林防火工作的通知", "甲政办〔2024〕12号", "2024-03-05"),
        ("乙市人民政府关于批转市发展改革委2024年经济体制改革重点工作意见的通知", "乙政发〔2024〕8号", "2024-04-20"),
    ]
