"""Administrative case decisions (part h236, 2026-12-06, r260): 行政处罚决定书 and 责令改正（违法行为）决定书 of an ecology,
land or market bureau, their case numbers and the laws they apply.  Each text is modelled on a failing text of the
part, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_bare_penalty_decision_title_under_its_issuer_is_read_with_its_case_number():
    # 某市某局 / 行政处罚决定书 / 某环罚字〔2021〕1号 / 当事人… (h236 万州, 遂宁): a case decision is a document type of its
    # own; its case number on the next line is the decision's number, not a text it cites
    text = (
        "甲市生态环境局\n行政处罚决定书\n甲环罚字〔2024〕1号\n乙县某某有限公司：\n"
        "统一社会信用代码：91000000XXXXXXXXXX\n"
        "你公司未依法报批建设项目环境影响评价文件，擅自开工建设，违反了《中华人民共和国环境影响评价法》第二十五条的规定。\n"
        "\n甲市生态环境局\n2024年3月1日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    doc = docs[0]
    assert doc.title == "甲市生态环境局行政处罚决定书"
    assert str(doc.doc_number) == "甲环罚字〔2024〕1号"
    assert doc.issuers == ("甲市生态环境局",)
    assert not [r for r in doc.references if r.doc_number is not None]


def test_an_order_to_correct_decision_with_its_number_above_is_read():
    # 某环罚决字〔2021〕1号 / 责令改正违法行为决定书 / 某公司： (h236 岳阳, 高要): the title is a decision's own
    text = (
        "甲环责改字〔2024〕3号\n责令改正违法行为决定书\n乙县某某有限公司：\n"
        "经查，你公司未批先建，违反了《中华人民共和国环境影响评价法》第二十五条的规定。现责令你公司立即停止建设。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "责令改正违法行为决定书"
    assert str(doc.doc_number) == "甲环责改字〔2024〕3号"


def test_a_second_law_after_the_first_laws_quoted_article_is_a_basis_too():
    # 依据《A》第三十一条第一款：“…。”及《B》第二十三条“…”的规定 (h236 高要, 遂宁, 龙川镇): the quoted article's own stops cut
    # the sentence, yet the law after 及 / 和 is the decision's second basis, not a law it merely names
    text = (
        "甲市生态环境局\n责令改正违法行为决定书\n甲环责改字〔2024〕2号\n乙县某某有限公司：\n"
        "依据《中华人民共和国环境影响评价法》第三十一条第一款：“建设单位未依法报批的，责令停止建设；"
        "并可以责令恢复原状。”及《中华人民共和国行政处罚法》第二十八条“行政机关实施行政处罚时，应当责令当事人改正”的规定，"
        "现责令你公司立即停止建设。\n\n甲市生态环境局\n2024年3月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    roles = {r.title: r.role for r in doc.references}
    assert roles["中华人民共和国行政处罚法"] == "BASED_ON"


def test_a_number_line_with_the_signer_note_above_a_split_title_is_read():
    # 长房议字〔2025〕11号 签发人:某某 / 对市政协…会议 / 第…号集体提案的答复 (h235 长春): the signer's note after the number is
    # the red head's, the number is the answer's own
    text = (
        "是否同意公开【主动公开】\n甲房议字〔2025〕7号 签发人:张某某\n对市政协第十届第二次会议\n第2025D001号集体提案的答复\n"
        "某某委员会:\n贵会提出的建议收悉,现答复如下:\n一、我们将加快工作。\n\n甲市住房保障和房屋管理局\n2025年7月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "甲房议字〔2025〕7号"


def test_the_deciding_body_heading_a_case_decisions_title_is_its_issuer():
    # 某市生态环境局责令改正违法行为决定书 某环责改〔2025〕20号 (h236 汉中, 昌吉): no 关于, but the title opens with the body
    # that decides; a site's name above it is not the issuer (h236 文山)
    text = (
        "乙市人民政府\n\n甲市生态环境局责令改正违法行为决定书 甲环责改〔2025〕20号\n\n乙县某某专业合作社\n\n"
        "你合作社上述行为违反了《中华人民共和国环境影响评价法》第二十五条之规定。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲市生态环境局责令改正违法行为决定书"
    assert doc.issuers == ("甲市生态环境局",)
