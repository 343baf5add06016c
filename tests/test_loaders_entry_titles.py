"""Titles and document boundaries found by labelling parts h145 (黑龙江, 西藏, 宁夏, 海南 portals) and h147 (national
ministries' notices in a PDF compilation's layout).  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def test_an_entry_line_ending_on_its_issuing_verb_joins_the_quoted_titles_below():
    """4. 某总局关于印发 / 《A办法》 / 及 / 《B细则》 / 的通知 (h147 市场监管总局): the entry's first line is the title's head."""
    text = (
        "7. 市场监管总局关于印发\n《某某检验检测管理办法》\n及\n《某某检验检测\n实施细则》\n的通知\n（2023 年6 月2 日）\n"
        "国市监检发〔2023〕41 号\n各省、自治区、直辖市市场监管局：\n"
        "《某某检验检测管理办法》及《某某检验检测实施细则》已经局务会议通过，现印发给你们，请认真贯彻执行。\n"
        "市场监管总局\n2023 年6 月2 日\n"
    )
    doc = _docs(text)[0]
    assert doc.title == "市场监管总局关于印发《某某检验检测管理办法》及《某某检验检测实施细则》的通知"
    assert doc.source_line == 1


def test_a_numbered_entry_of_a_national_body_and_about_over_two_lines_is_one_title():
    """8. 自然资源部关于深化…“多审合一、多证合一”改革 / 的通知（2023 年5 月4 日） (h147 自然资源部): a national body's name
    then 关于 on a numbered entry's line starts the title (the registry's national names are no local run of names)."""
    text = (
        "3. 生态环境部关于推进“一证式、一网通”改革\n的通知（2023 年4 月7 日）\n环办发〔2023〕12 号\n"
        "各省、自治区、直辖市生态环境厅（局）：\n为贯彻落实党中央决策部署，现就有关事项通知如下：\n一、加快推进改革。\n"
        "生态环境部\n2023 年4 月7 日\n"
    )
    doc = _docs(text)[0]
    assert doc.title == "生态环境部关于推进“一证式、一网通”改革的通知"
    assert doc.source_line == 1


def test_a_body_issuing_a_quoted_title_without_about_or_notice_is_the_notices_own_title():
    """某领导小组办公室印发 / 《X若干措施》 (h147 国务院促进中小企业发展工作领导小组办公室): no 关于, no 的通知 — the notice's
    full title, not the measures' title it issues."""
    text = (
        "9.\n国务院某某工作领导小组办公室印发\n《支持\n小微企业稳岗扩岗若干措施》\n（2023 年3 月1 日）\n工信部企业函〔2023〕9 号\n"
        "各省、自治区、直辖市某某工作领导小组：\n《支持小微企业稳岗扩岗若干措施》已经领导小组同意，现印发给你们，请认真抓好贯彻落实。\n"
        "国务院某某工作领导小组办公室\n2023 年3 月1 日\n支持小微企业稳岗扩岗若干措施\n为帮助小微企业稳岗扩岗，制定以下措施。\n"
        "一、加大支持力度。各地要落实好已出台的政策。\n"
    )
    docs = _docs(text)
    assert docs[0].title == "国务院某某工作领导小组办公室印发《支持小微企业稳岗扩岗若干措施》"
    assert docs[1].title == "支持小微企业稳岗扩岗若干措施"


def test_a_sentence_naming_the_bodys_own_draft_is_no_title():
    """我部研究起草了 / 《关于X的通知 / （征 / 求意见稿）》。 (h147 住房和城乡建设部办公厅): body text, no document; the
    notice keeps its signature and cites the draft it attaches (consultation convention, h112)."""
    text = (
        "12.\n交通运输部办公厅就\n《关于推进某某审批便利化的通知（征求意见稿）》公开征求意见的通\n知（2023 年3 月8 日）\n"
        "为加快推进某某审批便利化，\n我部研究起草了\n《关于推进某某审批便利化的通知\n（征\n"
        "求意见稿）》。现向社会公开征求意见。有关单位和公众可于2023 年3 月22 日前提出意见：\n"
        "附件：关于推进某某审批便利化的通知（征求意见稿）\n交通运输部办公厅\n2023 年3 月8 日\n"
        "关于推进某某审批便利化的通知（征求意见稿）\n为贯彻落实《国务院关于某某的指导意见》部署要求，现就有关事项通知如下：\n"
    )
    docs = _docs(text)
    assert [d.source_line for d in docs] == [2, 13]
    assert docs[0].issuers == ("交通运输部办公厅",)
    assert docs[0].date == "2023-03-08"
    cited = [(r.role, r.title) for r in docs[0].references]
    assert ("CITES", "关于推进某某审批便利化的通知（征求意见稿）") in cited


def test_a_committees_proposal_over_its_plenum_note_is_a_document():
    """中国共产党某市委员会关于制定“十五五”时期…规划的建议 / (2025年11月28日…全体会议通过) (h145 拉萨): 建议 with 关于 and
    an issuer, over the plenum's passage note — a document, dated by the note."""
    text = (
        "某某网官方网站\n\n当前位置: 首页 > 信息中心\n\n中国共产党某某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议\n\n"
        "更新时间:2026-01-11点击次数:\n\n中国共产党某某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议(图1)\n\n"
        "  中国共产党某某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议\n\n"
        "(2025年11月26日中国共产党某某市第九届委员会第八次全体会议通过)\n\n"
        "中国共产党某某市第九届委员会第八次全体会议,深入分析我市经济社会发展形势,就制定“十五五”时期规划提出以下建议。\n\n"
        "一、“十五五”时期是关键时期\n"
    )
    docs = _docs(text)
    assert [(d.title, d.date) for d in docs] == [
        ("中国共产党某某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议", "2025-11-26")
    ]


def test_a_page_of_link_titles_with_their_dates_glued_on_is_no_document():
    """- · 关于…的通知 2024年10月09日 (h145 海南 保亭 disclosure index): an index page of links, no document and no
    pairs from the 《》 inside its link titles."""
    text = (
        "- · 关于李某等职务任免的通知 2024年10月09日\n- · 关于王某等试用期满正式任职的通知 2024年09月25日\n"
        "- 关于公布2024年度行政规范性文件清理结果的通知2024年11月12日\n"
        "- 关于印发某某县已购公有住房不动产登记及上市交...2024年08月21日\n"
        "- 关于印发《某某县2024年重大行政决策目录》的通知2024年03月25日\n"
        "- 转发:关于印发《某某省农民工工资保证金实施办法》的通知2024年11月12日\n"
        "- 关于印发《某某县编外教师管理办法(试行)》的通知2024年11月04日\n"
        "- · 关于印发某某县政府投资项目管理办法的通知2020-11-28\n"
        "- · 关于修改《某某县政府投资项目管理办法》第六十八条条款的通知2019-12-10\n"
    )
    parsed = parse_text(text, "index.txt")
    assert parsed.documents == ()
    assert [p.kind for p in parsed.problems] == ["contents-only"]


PLAN_TITLE = "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
PLAN_BODY = "会议认为，全市上下要坚定信心，团结奋斗，奋力实现“十四五”时期经济社会发展的各项目标任务。\n" * 6


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dash_led_passage_note_over_two_lines_dates_the_text(gap):
    """某市…纲要 / ——2021年6月20日某市第二届人民代表大会 / 第二次会议通过 (h145 昌都; 日喀则 with a blank line between):
    the note's date is the text's."""
    text = f"{PLAN_TITLE}\n——2021年6月20日某某市第二届人民代表大会{gap}第二次会议通过\n{PLAN_BODY}"
    assert _docs(text)[0].date == "2021-06-20"


def test_the_texts_own_draft_named_in_its_text_is_no_other_document():
    """审查了市人民政府提出的《X（草案）》，决定批准 under X's title (h145 日喀则): X's own draft, no pair."""
    text = (
        f"{PLAN_TITLE}\n（2021年6月20日某某市第二届人民代表大会第二次会议通过）\n"
        f"某某市第二届人民代表大会第二次会议审查了市人民政府提出的《{PLAN_TITLE}（草案）》，决定批准这个纲要。\n{PLAN_BODY}"
    )
    assert _docs(text)[0].references == ()
