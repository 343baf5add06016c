"""Amending decisions of part h201 and publicity notices of part h202 (r203): a 公示 title without 关于, a news lead's
sentence over an untitled 公示, the body's title under a page heading that adds 的公示, a number printed after 》
without brackets, a date glued after an attachment's name, an untitled short amending decision and a quoted new
article whose paragraphs run over lines.  Each text is modelled on a failing text of the parts, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _roles(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in doc.references:
        if r.title:
            out.setdefault(r.title, set()).add(r.role)
    return out


def test_a_publicity_title_without_about_is_read_as_the_title():
    # 某县2023年度…结果公示 (h202 新化): place, year, subject, 结果公示 — a title, not the text's first words
    text = (
        "乙县2023年度养老机构等级评定结果公示\n"
        "根据《某某部关于建立养老机构等级评定体系的指导意见》(某发〔2019〕137号)文件精神,我县于2023年8月"
        "对全县9所养老机构开展等级评定工作,现将评定结果公示如下:\n"
        "乙县甲镇中心敬老院、乙县丙镇中心敬老院等2所被评定为1星养老机构;\n"
        "乙县城区中心敬老院被评定为4星养老机构。\n"
        "乙县民政局\n2023年9月21日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.source_line, doc.issuers, doc.date) == (
        "乙县2023年度养老机构等级评定结果公示",
        1,
        ("乙县民政局",),
        "2023-09-21",
    )


@pytest.mark.parametrize("verb", ["发布了", "公布了"])
def test_a_news_leads_sentence_is_no_title(verb):
    # 某省教育厅发布了一份报告 (h202 四川): a verb in the perfective is a news lead's, the 公示 below stays untitled
    text = (
        "最近几天\n"
        f"甲省教育厅{verb}一份报告\n"
        "甲省示范幼儿园\n示范普通高中认定名单公示\n涉及丙市12所学校。\n如下所述\n"
        "2022年,根据《甲省人民政府办公厅关于印发深化改革推进基础教育发展实施方案的通知》和"
        "《甲省示范性幼儿园遴选管理办法(试行)》,教育部门按照规定程序,组织开展了省级示范幼儿园评选工作。"
        "现将评选认定省级示范幼儿园98所。\n"
        "公示期为2023年5月8日至5月12日。\n"
        "甲省教育厅\n2023年5月8日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert "报告" not in docs[0].title
    assert _roles(docs[0])["甲省示范性幼儿园遴选管理办法（试行）"] == {Role.BASED_ON}


def test_the_bodys_title_under_a_page_heading_that_adds_its_genre_is_the_documents():
    # 关于推荐X的公示 / 来源:… 时间:… / 关于推荐X (h202 衡南): the page's heading, then the body's title as printed
    text = (
        "关于推荐申报2022年甲省先进种粮家庭农场的公示\n\n来源:智慧乙县 时间:2022-12-13\n\n"
        "关于推荐申报2022年甲省先进种粮家庭农场\n\n  \n\n"
        "根据省农业农村厅《关于开展2022粮食生产先进县和先进种粮家庭农场评选工作的通知》的要求,"
        "通过农场自愿申报和我局综合评审后,拟推荐以下2家庭农场:\n\n"
        "1.乙县朴农家庭农场\n\n2.乙县福友家庭农场\n\n"
        "现予公示,公示时间为20221212日至1217日(5个工作日)。\n\n乙县农业农村局\n\n                20221212\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line) for d in docs] == [("关于推荐申报2022年甲省先进种粮家庭农场", 5)]


@pytest.mark.parametrize("number", ["甲农明电[2022]12号", "甲农明电〔2022〕12号", "甲农发[2021]3号"])
def test_a_number_printed_after_the_close_without_brackets_is_the_titles(number):
    # 《X》湘农明电[2022]12号文件的要求 (h202 衡南): one citation with its number, no node titled by the number alone
    text = (
        "关于推荐甲县先进家庭农场的公示\n"
        f"根据省农业农村厅《关于开展某某先进家庭农场评选工作的通知》{number}文件的要求,经评审,拟推荐以下家庭农场。\n"
        "1.甲县某某家庭农场\n现予公示。\n甲县农业农村局\n2022年12月12日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    refs = [(r.title, str(r.doc_number), r.role) for r in doc.references]
    assert refs == [
        ("关于开展某某先进家庭农场评选工作的通知", number.replace("[", "〔").replace("]", "〕"), Role.BASED_ON)
    ]
    # …but after a joining word (《X》和甲农发〔2021〕3号) the number names another text
    joined = parse_text(text.replace(f"》{number}", f"》和{number}"), "page.txt").documents[0]
    assert [r.doc_number for r in joined.references if r.title] == [None]


def test_a_date_glued_after_an_attachments_name_before_the_attachment_is_the_texts():
    # …附件:X名单2024年3月22日附件X名单1.甲公司2.乙公司 (h202 六安): one line, no signer — the date is the text's
    text = (
        "根据《甲市企业研发中心建设认定工作指引(试行)》(甲科成〔2023〕22号)要求,经组织申报、形式审查和现场审查,"
        "形成第二批拟认定3家甲市企业研发中心名单,现予以公示,公示时间:2024年3月22日至29日,公示期间,如有异议,"
        "请以真实身份向甲市科技局书面反映,匿名异议和超出期限的异议不予以受理,特此公示,联系电话:1234567"
        "附件:第二批拟认定甲市企业研发中心名单2024年3月22日附件第二批拟认定甲市企业研发中心名单"
        "1.甲某科技有限公司2.乙某建材有限公司3.丙某光电有限公司\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2024-03-22"


def test_a_short_untitled_amending_decision_is_a_document_that_amends():
    # 为了完善我市…,对《X》作如下修改: / one item / 《X》…重新发布 (h201 白城): untitled, unsigned, under 200 characters
    text = (
        "为了完善我市城市绿化管理方面法规,对《甲市城市绿化条例》作如下修改:\n"
        "将第二十条第一款修改为“需要修剪树木的,应当兼顾管线安全、树木生长和绿化景观”。\n"
        "《甲市城市绿化条例》根据省人大常委会批准本决定后作相应修改,重新发布。\n"
        "甲市新闻网 甲市日报社版权所有。未经许可,不得转载。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert Role.AMENDS in _roles(docs[0])["甲市城市绿化条例"]


def test_a_law_named_in_a_quoted_new_article_running_over_lines_is_no_citation():
    # 将第二十条修改为“…《A》的规定。 / …《B》的规定。” (h201 盘锦): the quote opened on the line above — B is the new
    # article's wording, not the decision's citation
    text = (
        "甲市人民政府关于修改《甲市规章制定程序规定》的决定\n"
        "为认真贯彻落实《中华人民共和国行政处罚法》,市政府决定对《甲市规章制定程序规定》作如下修改:\n"
        "一、将第二十条修改为“规章设定行政许可,应符合《中华人民共和国行政许可法》的规定。\n"
        "规章设定行政强制,应符合《中华人民共和国行政强制法》的规定。”\n"
        "二、将第二十一条修改为:“规章可以设定警告、通报批评或者一定数额罚款的行政处罚。\n"
        "三、删去第九条,依照《中华人民共和国立法法》另行规定。\n"
        "本决定自公布之日起施行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    roles = _roles(doc)
    assert "中华人民共和国立法法" in roles  # (item 二's quote left open never runs past item 三)
    assert "中华人民共和国行政强制法" not in roles
    assert "中华人民共和国行政许可法" not in roles
    assert roles["甲市规章制定程序规定"] == {Role.AMENDS}
    assert roles["中华人民共和国行政处罚法"] == {Role.IMPLEMENTS}
