"""A gazette's contents list closed where its entries stop (h125 湛江), a compilation's headline over the text it
reports issued (h48 陕西), an encyclopedia page's text named by its infobox or its publication note (h126 水城,
h35 山西).  Each text is modelled on the failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

BODY = "现在，我代表市人民政府向大会作政府工作报告，请予审议。\n" * 12


def test_a_contents_list_goes_on_over_occasion_speaker_label_orders_and_numbered_titles():
    """(h125 湛江) 目录 / 政府工作报告 / ——…会议上 / 某市人民政府市长 姓名 / 市政府文件 / 某市人民政府令第4号(《X》) /
    某市人民政府关于X的通知(某府〔2019〕85号): every line is an entry or a label of the list; the notices listed
    are not printed here, so the report is the only document."""
    text = (
        "2021年第3期政府公报\n\n目    录\n\n  政府工作报告\n\n"
        "  ——2021年1月12日在某江市第十五届人民代表大会第二次会议上\n\n  某江市人民政府市长 李某某\n\n"
        "  市政府文件\n\n  某江市人民政府令第7号(《某江市城市绿化管理办法》)\n\n"
        "  某江市人民政府关于公布第三批某江市历史建筑的通知(某府〔2020〕41号)\n\n"
        "  某江市人民政府关于印发某江市人民政府议事规则的通知 (某府〔2020〕45号)\n\n\n"
        "政 府 工 作 报 告\n\n——2021年1月12日在某江市第十五届\n\n人民代表大会第二次会议上\n\n"
        "某江市人民政府市长 李某某\n\n各位代表:\n\n" + BODY
    )
    docs = parse_text(text, "gazette.txt").documents
    assert [d.title.replace(" ", "") for d in docs] == ["政府工作报告"]


def test_a_compilation_headline_reporting_a_text_issued_titles_the_text():
    """(h48 陕西) 6. 中共某省委某省人民政府印发 / 《某省X实 / 施意见》（2023 年3 月1 日） over a news sentence and the text:
    the text is titled by the headline's 《》 (its notice is not printed)."""
    text = (
        "6. 中共某某省委某某省人民政府印发\n《某某省推进数字政府建设实\n施意见》（2023 年3 月1 日）\n"
        "2023 年3 月1 日，中共某某省委某某省人民政府印发了《某某省推进数字政府建设实施意见》，并发出通知。\n"
        "为扎实推进数字政府建设，现提出如下实施意见。\n一、总体要求\n"
        + "坚持以人民为中心，推进数字政府建设，提升治理效能。\n"
        * 8
    )
    doc = parse_text(text, "entry.txt").documents[0]
    assert doc.title == "某某省推进数字政府建设实施意见"
    assert doc.source_line == 1


def test_an_encyclopedia_page_without_a_heading_is_titled_by_its_infobox_name():
    """(h126 水城) a lead sentence, 基本介绍, ``- 中文名:某县X预案`` and the plan's text: the infobox names it."""
    text = (
        "为有效预防、科学应对森林火灾，最大程度地减少森林火灾危害，制定本预案。\n基本介绍\n"
        "- 中文名:某某县森林火灾应急预案\n- 类型:应急预案\n总则\n(一)编制目的\n"
        + "为有效预防和处置森林火灾，保护森林资源和人民群众生命财产安全。\n"
        * 8
    )
    doc = parse_text(text, "wiki.txt").documents[0]
    assert doc.title == "某某县森林火灾应急预案"
    assert doc.source_line == 3


def test_a_publication_note_over_the_first_chapter_titles_the_text():
    """(h35 山西) 发布信息 / 2023年12月,某省委办公厅、某省人民政府办公厅发布《某省X细则》,自发布之日起施行 / 内容全文 /
    第一章 总则 / 第一条…: the note names the text printed under it."""
    text = (
        "发布信息\n2023年12月,中共某某省委办公厅、某某省人民政府办公厅发布《某某省乡村建设责任制实施细则》,"
        "自发布之日起施行。\n内容全文\n第一章 总 则\n"
        + "第一条 为了落实乡村建设责任制，根据有关规定，制定本细则。\n"
        * 8
    )
    doc = parse_text(text, "wiki.txt").documents[0]
    assert doc.title == "某某省乡村建设责任制实施细则"
    assert doc.source_line == 2


def test_a_news_lead_naming_a_text_it_does_not_print_gives_no_title():
    """A news report: …发布《X》 with no chapter or article under it names a text, it does not print it."""
    text = (
        "本报讯 2023年12月,某某省人民政府办公厅发布《某某省乡村建设行动方案》,明确了目标任务。\n"
        + "记者从会上获悉，全省将加快推进乡村建设，改善农村人居环境。\n" * 8
    )
    docs = parse_text(text, "news.txt").documents
    assert all(d.title != "某某省乡村建设行动方案" for d in docs)
