"""Which documents a text holds, round 3 (r14): page chrome between a title and its addressees, an issued
text printed without its title in an excerpt cut short.  Each text is modelled on a failing one of the
unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_posting_line_of_time_and_bars_under_the_title_is_page_chrome():
    """某某市人民政府办公室关于印发X的通知 / 2024-07-06 09:30| 来源: 网络整理| 查看: 265 / 各乡镇…: the title is the
    notice's, and the plan printed under its date is split out (h152 洪湖)."""
    text = (
        "某某市人民政府办公室关于印发某某市防汛应急预案的通知\n\n"
        "2024-07-06 09:30| 来源: 网络整理| 查看: 265\n\n"
        "各乡镇人民政府,街道办事处,市政府各部门:\n\n"
        "《某某市防汛应急预案》已经市政府同意,现印发给你们,请认真组织实施。\n\n"
        "2023年4月3日\n\n"
        "某某市防汛应急预案\n\n"
        + "".join(f"{n}  某某章节\n\n" for n in range(1, 10))
        + "为做好防汛工作，保障人民群众生命财产安全，制定本预案。" * 5
        + "\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某市人民政府办公室关于印发某某市防汛应急预案的通知", "某某市防汛应急预案"]
    assert docs[0].source_line == 1


def test_an_issued_text_cut_after_a_few_paragraphs_is_still_its_own_document():
    """…印发给你们 / signer / date / a long paragraph of the work points, the excerpt cut after three lines: the
    text printed without its title is a document of its own (h27 北京, h124 国务院, h146 宝坻)."""
    paragraph = (
        "2016年是全面深化改革的关键之年，做好政务公开工作意义重大，各单位要围绕中心工作，" * 4 + "扎实推进各项任务。"
    )
    text = (
        "某某市人民政府办公厅关于印发某某市2016年政务公开工作要点的通知\n"
        "某政办发〔2016〕26号\n"
        "各区人民政府,市政府各委、办、局:\n"
        "《某某市2016年政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某某市人民政府办公厅\n"
        "2016年5月28日\n"
        f"{paragraph}\n"
        "一、围绕深化改革推进公开\n"
        f"{paragraph}\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == ["某某市2016年政务公开工作要点"]
    assert docs[1].source_line == 7


def test_a_notice_foot_of_short_lines_under_the_date_is_no_issued_text():
    """Short lines under the date (抄送-like chrome, no paragraph): no text issued below the notice."""
    text = (
        "某某市人民政府办公厅关于印发某某办法的通知\n"
        "某政办发〔2016〕27号\n"
        "各区人民政府:\n"
        "《某某办法》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某某市人民政府办公厅\n"
        "2016年5月28日\n"
        "相关链接\n"
        "打印本页\n"
        "关闭窗口\n"
    )
    assert len(parse_text(text, "page.txt").documents) == 1


def test_a_posting_line_whose_date_ends_with_the_time_of_day_is_page_chrome():
    """关于印发《X》的通知 / 文章来源: 区某某局浏览量:发表时间:2019-12-02 10:00 / 各乡镇…: the notice is found under its
    title, so the plan printed below it is split out (h84 广丰)."""
    text = (
        "区政府办公室关于印发《某某区森林火灾应急预案》的通知\n\n"
        "文章来源: 区某某局浏览量:发表时间:2019-12-02 10:00\n\n"
        "各乡镇(街道)人民政府(办事处),区直有关单位:\n\n"
        "现将《某某区森林火灾应急预案》印发给你们,请认真贯彻执行。\n\n"
        "某某区人民政府办公室\n\n"
        "2019年11月29日\n\n"
        "某某区森林火灾应急预案\n\n"
        + "".join(f"{n}  某某章节\n\n" for n in range(1, 10))
        + "为做好森林火灾应对工作，保障人民群众生命财产安全，制定本预案。" * 5
        + "\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["区政府办公室关于印发《某某区森林火灾应急预案》的通知", "某某区森林火灾应急预案"]
