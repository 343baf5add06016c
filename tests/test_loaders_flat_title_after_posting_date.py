"""A crawl that stores each page as one line (flat layout), a portal page opening with its metadata fields run on
(•索引号：…•发布机构：…•公文生成日期：2024-03-21) and the page's title right after the last field's date, no space
between (2024-03-21乙县X关于Y的通知时间：2024-03-2109:09各乡镇人民政府：…): the date is the field's value, the title
after it opens the document, not a title with the date glued before it.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = "".join(
    f"{k}、各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。" for k in "一二三四五六七八"
)

# (a notice stored as one line, no spaces: the crawl's first page)
NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知甲政办〔2024〕12号各县（区）人民政府，市人民政府各部门："
    "当前我市已进入春季森林防火关键期，经市政府同意，现就有关事项通知如下："
    + _SENTENCES
    + "甲市人民政府办公室2024年3月5日"
)
# (a portal's metadata fields, the last a posting date, run into the page's title, the posting time after it)
FIELDS_PLAN = (
    "•索引号:YX00112-0300-2024-00021•备注/文号:乙应急〔2024〕4号•发布机构:乙县应急管理局•公文生成日期:2024-03-21"
    "乙县应急管理局关于印发乙县防汛防台风应急预案的通知时间:2024-03-2109:09各乡镇人民政府，县直各单位："
    "为了做好我县防汛防台风工作，现将《乙县防汛防台风应急预案》印发给你们，请认真贯彻执行。" + _SENTENCES
)
# (the same fields in brackets, bullets between label and value: •[发布日期]•2024-01-11X的通知)
BRACKETED_FIELDS_PLAN = (
    "您的当前位置:首页>政务公开>政策文件>其他文件•[索引号]•11500105768865765W/2024-00002•[发文字号]•丙府〔2023〕130号"
    "•[发布机构]•丙区人民政府•[发布日期]•2024-01-11丙区人民政府关于印发丙区教育事业发展规划的通知日期:2024-01-11"
    "区政府有关部门，有关单位：现将《丙区教育事业发展规划》印发给你们，请认真贯彻执行。" + _SENTENCES
)


def test_title_after_posting_date_opens_its_document():
    """(•公文生成日期：| 2024-03-21 | X的通知 | 时间：… — the date cut off, the title a page's heading, flat layout)"""
    text = "\n".join([NOTICE, FIELDS_PLAN, NOTICE.replace("甲市", "丁市").replace("甲政办", "丁政办")]) + "\n"
    found = {d.title: d for d in parse_text(text, "crawl.txt").documents}
    assert "乙县应急管理局关于印发乙县防汛防台风应急预案的通知" in found
    assert found["乙县应急管理局关于印发乙县防汛防台风应急预案的通知"].source_line == 2
    assert not any(t.startswith("2024-03-21") for t in found)


def test_title_after_bracketed_posting_date_opens_its_document():
    """(•[发布日期]• | 2024-01-11 | X的通知 | 日期：… — a breadcrumb and bracketed fields before, flat layout)"""
    text = "\n".join([NOTICE, BRACKETED_FIELDS_PLAN, FIELDS_PLAN]) + "\n"
    titles = [d.title for d in parse_text(text, "crawl.txt").documents]
    assert "丙区人民政府关于印发丙区教育事业发展规划的通知" in titles
    assert "乙县应急管理局关于印发乙县防汛防台风应急预案的通知" in titles
    assert not any(t.startswith(("2024-01-11", "2024-03-21")) for t in titles)
