"""A compilation's pages stored one a line with spaces (flat layout), copied from a law database: a text ends with
its signature and date, the page counter its last page printed, then the next text's title and the database's record
(…征集活动。 甲部办公厅 2023年4月6日 55 甲部办公厅关于X的通知 时效性：现行有效 …).  Where the spaces between signature,
date, counter and title are gone (…甲部办公厅2023年4月6日55甲部办公厅关于X的通知), the counter is the page's, not the
title's first words.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = " ".join(
    f"{k}、各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。" for k in "一二三四五六七八"
)


def _entry(title: str, number: str, date: str, addressee: str) -> str:
    """One compilation entry as a law database prints it: the title, its record, the text."""
    return (
        f"{title} 时效性：现行有效 发文机关：甲部 文号：{number} 发文日期：{date} 效力级别：部门规范性文件 {addressee}："
        f" 为进一步做好有关工作，现通知如下。 {_SENTENCES}"
    )


FIRST = _entry("甲部办公厅关于做好2023年乙服务工作的通知", "甲办发〔2023〕11号", "2023年03月02日", "各省级分局")
SECOND = _entry("甲部办公厅关于2023年加力提升丙服务质量的通知", "甲办发〔2023〕42号", "2023年04月07日", "各省级分局")
THIRD = _entry("甲部关于促进丁保险发展有关事项的通知", "甲规〔2023〕7号", "2023年05月11日", "各有关单位")

# (the signature, date and page counter run into the next title, no space between, the record after a space)
PAGES = [
    FIRST + " 总结宣传典型经验做法。甲部办公厅2023年3月1日41" + SECOND,
    "组织开展典型案例征集活动。甲部办公厅2023年4月6日55" + THIRD + " 甲部2023年5月10日",
    FIRST.replace("乙服务", "戊服务").replace("11号", "15号") + " 甲部办公厅2023年3月8日",
]


def test_page_counter_between_date_and_title_goes():
    """(…2023年4月6日55X的通知 | 时效性：… — the counter cut off, the title read whole, flat layout)"""
    text = "\n".join(PAGES) + "\n"
    titles = [d.title for d in parse_text(text, "compilation.txt").documents]
    assert "甲部办公厅关于2023年加力提升丙服务质量的通知" in titles
    assert "甲部关于促进丁保险发展有关事项的通知" in titles
    assert not any(t[:1].isdigit() for t in titles)
