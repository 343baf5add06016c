"""A notice and the text it issues stored as one page line with spaces (flat layout): the notice's last sentence, its
signature and date, its publicity note and the issued text's title run together once the spaces between them are gone
(…请认真遵照执行。甲区人民政府办公室2023年4月10日（此件公开发布）甲区X实施方案 为…): the note closes the notice, the
title after it is the issued text's, read without the note.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = " ".join(
    f"{k}、各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。" for k in "一二三四五六七八"
)


def _notice(area: str, plan: str, number: str, date: str) -> str:
    """A notice issuing a plan, stored with spaces, its signature, date, note and the plan's title run together."""
    return (
        f"{area}人民政府办公室关于印发《{plan}》的通知 {number} 各街道办事处，各部门： 经区政府同意，现将《{plan}》印发给"
        f" 你们，请认真遵照执行。{area}人民政府办公室{date}（此件公开发布）{plan} 为全面贯彻落实党的二十大精神，"
        f" 优化营商环境，制定本方案。 {_SENTENCES}"
    )


PAGES = [
    _notice("甲区", "甲区全面优化营商环境实施方案", "甲政办发〔2023〕5号", "2023年4月10日"),
    _notice("乙区", "乙区促进民营经济发展若干措施", "乙政办发〔2023〕9号", "2023年6月2日"),
    _notice("丙区", "丙区数字经济发展行动方案", "丙政办发〔2023〕3号", "2023年3月1日"),
]


def test_title_after_public_note_read_without_it():
    """(…2023年4月10日（此件公开发布）X方案 | 为… — the note apart, the plan a document of its own, flat layout)"""
    titles = [d.title for d in parse_text("\n".join(PAGES) + "\n", "crawl.txt").documents]
    assert "甲区全面优化营商环境实施方案" in titles
    assert "乙区促进民营经济发展若干措施" in titles
    assert not any(t.startswith("（此件") for t in titles)
