"""A compilation's pages stored one page a line, one space where each printed line ended (flat layout): each entry's
number, its title wrapped over two or three printed lines and the date note closing its last line
(1.甲省X关于印发全省2023年政务 | 公开工作要点的通知（2023年6月20日）| 甲政办发〔2023〕24号 | …) are read as one
entry — the whole title opens its document, not the title's last line.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = "".join(
    f"（{k}）各地各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实， 确保工作取得实效。 "
    for k in "一二三四五六"
)

# (a page label and a section heading before the first entry; its title wrapped over two printed lines)
PAGE_ONE = (
    "#Page12: （一）甲省 1.甲省人民政府办公厅关于印发全省2023年政务 公开工作要点的通知（2023年6月20日） "
    "甲政办发〔2023〕24号 各市、县（区）人民政府，省政府各部门： 《全省2023年政务公开工作要点》已经省人民政府同意，"
    "现予印发，请认真贯彻 落实。 甲省人民政府办公厅 2023年6月20日 （此件公开发布） " + _SENTENCES
)
# (an entry's title wrapped over three printed lines)
PAGE_TWO = (
    "2.乙省市场监督管理局关于印发《乙省市场监管系统进一步优 化营商环境若干措施》的通 知（2023年3月11日） "
    "乙市监函〔2023〕113号 各市市场监督管理局： 现将《乙省市场监管系统进一步优化营商环境若干措施》印发给你们，"
    "请认真贯彻执行。 乙省市场监督管理局 2023年3月11日 " + _SENTENCES
)
PAGE_THREE = (
    "3.丙市人民政府办公室关于印发丙市2023年政务公 开工作要点的通知（2023年5月25日） 丙政办函〔2023〕86号 "
    "各县（区）人民政府，市政府各部门： 现将《丙市2023年政务公开工作要点》印发给你们，请认真贯彻落实。 "
    "丙市人民政府办公室 2023年5月25日 " + _SENTENCES
)


def test_wrapped_entry_titles_open_their_documents():
    """(three entries, each title wrapped before its date note, the first after a page label and a section heading)"""
    text = "\n".join([PAGE_ONE, PAGE_TWO, PAGE_THREE]) + "\n"
    docs = {d.title: d for d in parse_text(text, "compilation.txt").documents}
    assert str(docs["甲省人民政府办公厅关于印发全省2023年政务公开工作要点的通知"].doc_number) == "甲政办发〔2023〕24号"
    notice = docs["乙省市场监督管理局关于印发《乙省市场监管系统进一步优化营商环境若干措施》的通知"]
    assert str(notice.doc_number) == "乙市监函〔2023〕113号"
    assert str(notice.date) == "2023-03-11"
    assert str(docs["丙市人民政府办公室关于印发丙市2023年政务公开工作要点的通知"].doc_number) == "丙政办函〔2023〕86号"
