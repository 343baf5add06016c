"""Titles whose lines were read apart (r55): a title's last line ending in 的令 taken for an order's head, and a
Word cover's title whose last words are printed one character a line.  Modelled on failing sources of the unseen
set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_title_tail_ending_in_de_ling_is_no_order_head():
    """(h116 青海 大柴旦) …（此件公开发布） / 某某行委关于全面做好森林防火 / 工作的令 / 为…: 工作的令 ends the title over
    two lines (an order's head is 某某人民政府令), so the title keeps its first line."""
    text = (
        "第5号\n"
        "为深入贯彻落实生态文明思想，加快构建生态文明体系，现发布如下令。\n"
        "行委级总林长：\n"
        "2024年10月29日\n"
        "（此件公开发布）\n"
        "某某行委关于全面做好森林防火\n"
        "工作的令\n"
        "为扎实推进森林防火工作，切实维护全区生态安全，根据《中华人民共和国森林法》，现就有关事项命令如下：\n"
        "一、防火范围\n"
        "全区林地。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert any(d.title == "某某行委关于全面做好森林防火工作的令" and d.source_line == 6 for d in docs)


def test_a_cover_title_spelled_one_character_a_line_is_joined():
    """(h158 内江 .docx) 某某市农民工权益保障 / 问 / 答 / 手 / 册 over a handbook with no other title: one title."""
    text = (
        "\n\n某某市农民工权益保障\n\n问\n答\n手\n册\n\n\n"
        "就业创业类\n"
        "问：如何获取最新的招聘求职信息？\n"
        "答：关注某某市人社局微信公众号，或登录公共招聘网查询。\n"
        "问：哪些人员要进行就业登记？\n"
        "答：本省户籍和在我省常住的外省户籍、劳动年龄内的城乡劳动者，依照《中华人民共和国就业促进法》办理。\n"
        "问：工伤如何认定？\n"
        "答：按照《工伤保险条例》的规定，由用人单位在事故发生之日起30日内提出申请。\n"
        "问：被拖欠工资怎么办？\n"
        "答：可向劳动保障监察机构投诉，或向劳动人事争议仲裁委员会申请仲裁，也可拨打维权热线咨询。\n"
        "问：如何参加城乡居民基本养老保险？\n"
        "答：年满16周岁、不在校、未参加职工基本养老保险的城乡居民，可在户籍地参保，按年缴费。\n"
    )
    docs = parse_text(text, "handbook.docx").documents
    assert [(d.source_line, d.title) for d in docs] == [(3, "某某市农民工权益保障问答手册")]


def test_an_order_signed_by_its_bodys_head_with_the_bodys_name_keeps_the_title_printed_again():
    """(h111 证监会令第210号, a law site) X / 某某委员会令 / 第9号 / 《X》已经…通过，现予公布… / 某某监督管理委员会主席:张某某 /
    date / X again / its passing note / 第一章: the signature names the body before its head's title, so the decree
    block ends at the date and X under it is the same document, not a second one."""
    text = (
        "某某市场向合格投资者公开发行债券注册管理办法\n"
        "某某监督管理委员会令\n第9号\n"
        "《某某市场向合格投资者公开发行债券注册管理办法》已经2023年2月17日某某监督管理委员会2023年第2次委务会议"
        "审议通过，现予公布，自公布之日起施行。\n"
        "某某监督管理委员会主席:张某某\n2023年2月17日\n"
        "某某市场向合格投资者公开发行债券注册管理办法\n"
        "（2021年10月28日某某监督管理委员会第6次委务会议审议通过　2023年2月17日某某监督管理委员会第2次委务会议修订）\n"
        "第一章 总 则\n"
        "第一条 为规范公开发行债券注册行为，根据《中华人民共和国证券法》，制定本办法。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert len(docs) == 1 and str(docs[0].doc_number) == "某某监督管理委员会令第9号"
    assert [r.title for r in docs[0].references] == ["中华人民共和国证券法"]
