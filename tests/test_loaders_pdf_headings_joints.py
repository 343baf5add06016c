"""Hard-wrapped publications (pdf layout): a whole title filling the column keeps its own line when the line under
it opens a numbered heading or a passing note's date (the column joiner in policykg/loaders/columns.py)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 20
BODY = (
    "为提高全市应对突发事件的能力，规范应急处置工作，最大限度减少人员伤亡和财产损失，保障人民群众生命财产安全，"
    "维护社会稳定，结合本市实际，制定本预案。"
)


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "gazette.txt").documents]


def test_title_filling_the_column_over_a_numbered_heading():
    """(a plan's title filling the column over its first numbered heading ``1 总则``, pdf layout)"""
    plan = "河阳市城市道路桥梁突发事故应急处置预案"  # 19 characters
    assert len(plan) == WIDTH - 1
    lines = [plan, "1 总则", "1.1 编制目的", *[BODY] * 6, "1.2 适用范围", *[BODY] * 4]
    text = pdf_columns(lines, WIDTH - 1, per_page=30)
    assert _titles(text) == [plan]


def test_title_filling_the_column_over_its_passing_note():
    """(a regulation's title filling the column over the bracketed note of the meeting that passed it, pdf layout)"""
    rule = "河阳市城镇排水与污水处理设施管理条例"  # 18 characters
    assert len(rule) == WIDTH - 2
    note = "（2024 年 3 月 1 日河阳市第十六届人民代表大会常务委员会第九次会议通过）"
    lines = [rule, note, "第一章 总则", *[BODY] * 10]
    text = pdf_columns(lines, WIDTH - 2, per_page=30)
    assert _titles(text) == [rule]


def test_joint_issuers_wrapped_over_the_about_line():
    """(a joint title's issuers side by side, wrapped over two lines of the column, over its 关于 line, pdf layout)"""
    lines = [
        "湖北省人民政府办公厅 湖南省人民政府办公厅",
        "关于印发长江中游城市群协同发展行动方案的通知",
        "鄂政办〔2024〕 8 号",
        "各市、州、县人民政府，省政府各部门：",
        "现将《长江中游城市群协同发展行动方案》印发给你们，请认真贯彻执行。",
        *[BODY] * 6,
        "湖北省人民政府办公厅",
        "湖南省人民政府办公厅",
        "2024 年 5 月 6 日",
    ]
    docs = parse_text(pdf_columns(lines, 18, per_page=30), "gazette.txt").documents
    assert [d.title for d in docs][:1] == [
        "湖北省人民政府办公厅湖南省人民政府办公厅关于印发长江中游城市群协同发展行动方案的通知"
    ]
    assert str(docs[0].doc_number) == "鄂政办〔2024〕8号"


def test_title_without_about_broken_after_an_enumeration_comma():
    """(a decree's title set narrower than the column, broken after 、, each piece its own line, pdf-titles layout)"""
    title = ["河阳市城市供水、", "节约用水管理办法"]
    body = [
        "河阳市人民政府令第 12 号",
        "《河阳市城市供水、节约用水管理办法》已经 2024 年 3 月 5 日市人民政府第 9 次常务会议通过，现予公布，"
        "自 2024 年 5 月 1 日起施行。",
        "市长 王明",
        "2024 年 3 月 20 日",
        "第一条 为了加强城市供水和节约用水管理，保障生活、生产用水，根据有关法律、法规，结合本市实际，制定本办法。",
        *[BODY] * 6,
    ]
    text = "\n\n".join(title) + "\n\n" + pdf_columns(body, 20, per_page=30)
    docs = parse_text(text, "gazette.txt").documents
    assert [d.title for d in docs] == ["河阳市城市供水、节约用水管理办法"]
