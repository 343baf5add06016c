"""Document fields of the unseen set's parts h216 (a carbon study's crawled JSON records) and h217 (work reports,
outlines), r229 (2026-12-06).  Each text is modelled on a failing text of those parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _record(title: str, content: str) -> str:
    """A crawler's pretty-printed JSON record (h216): the title field, then the whole text on one content line."""
    return f'{{\n  "doc_id": "a1",\n  "title": "{title}",\n  "content": "{content}",\n  "section": "X"\n}}\n'


def test_a_rule_whose_order_head_was_dropped_is_dated_by_the_ministers_signature():
    # 《X》已于…由某部…部务会议审议通过，现予公布，自…起施行。 部长 某某 2021年12月13日 X … (h216 生态环境部, one
    # line): the signature's date, not the meeting's
    text = (
        "关于修改部分甲类规章的决定\n"
        "《关于修改部分甲类规章的决定》已于2020年3月2日由交通运输部2020年第二次部务会议审议通过，现予公布，"
        "自公布之日起施行。 部长 张某 2020年3月20日 关于修改部分甲类规章的决定 根据《某某条例》，"
        "交通运输部决定对以下规章的部分条款予以修改。 一、删去《某某办法》第八条。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2020-03-20"


def test_a_number_stripped_of_its_brackets_under_the_title_is_read():
    # "title": …, "content": "title 粤发改气候函20175831 各有关…：根据…" (h216 广东, a crawler's JSON record): the
    # number's 〔〕 and 号 stripped, run into the addressee — read with its brackets again
    text = (
        '{\n  "doc_id": "a1",\n  "title": "甲省发展改革委关于开展乙工作的通知",\n'
        '  "content": "甲省发展改革委关于开展乙工作的通知 甲发改气候函20191234 各有关地级以上市发展改革局，有关机构：'
        '根据《丙办法》，现就开展乙工作通知如下。 一、工作范围。 各地要认真组织。 甲省发展改革委 2019年11月6日",\n'
        '  "section": "X"\n}\n'
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "甲发改气候函〔2019〕1234号"


def test_a_stripped_number_keeping_its_hao_is_read_and_a_phone_line_is_not():
    # …的通知 / 甲发改气候20171530号 各地…： (h216 广东): the serial keeps its 号; a line of a contact's digits
    # (联系电话20201234) is no number
    for line, number in (
        ("甲发改气候20171530号 各地级以上市发展改革局：", "甲发改气候〔2017〕1530号"),
        ("联系电话20201234", None),
    ):
        text = (
            f"甲省发展改革委关于征集乙项目的通知\n{line}\n"
            "为推进乙工作，现就征集乙项目有关事项通知如下。\n一、征集范围。\n\n甲省发展改革委\n2017年3月27日\n"
        )
        doc = parse_text(text, "page.txt").documents[0]
        assert (str(doc.doc_number) if doc.doc_number else None) == number


def test_a_joint_rules_co_signing_head_and_a_renamed_ministry_are_issuers_as_signed():
    # 《X》已于…由某部…部务会议审议通过，并经某总局同意，现予公布…。 某部部长 某某 某总局局长 某某 date X … (h216): both
    # bodies whose heads sign; 环境保护部部长 date (2014): the body as then named, not its successor
    cases = (
        (
            "《甲类交易管理办法（试行）》已于2022年9月15日由交通运输部2022年第三次部务会议审议通过，"
            "并经国家市场监督管理总局同意，现予公布，自公布之日起施行。 交通运输部部长 张某某 市场监管总局局长 李某 "
            "2022年10月19日 甲类交易管理办法（试行） 第一章 总则 第一条 为了规范甲类交易，制定本办法。"
            " 第二条 本办法适用于甲类交易的登记和管理活动。 第三条 甲类交易应当遵循公开、公平、公正的原则。",
            "甲类交易管理办法（试行）",
            ("交通运输部", "国家市场监督管理总局"),
        ),
        (
            "《关于废止乙类许可管理办法的决定》已于2014年6月16日由环境保护部2014年第1次部务会议审议通过，"
            "现予公布，自公布之日起施行。 环境保护部部长 2014年7月4日 附件 关于废止《乙类许可管理办法》的决定 "
            "决定对《乙类许可管理办法》予以废止。",
            "关于废止《乙类许可管理办法》的决定",
            ("环境保护部",),
        ),
    )
    for line, title, issuers in cases:
        doc = parse_text(_record(title, line), "page.txt").documents[0]
        assert doc.issuers == issuers


def test_a_signature_date_run_into_the_attachment_list_before_a_contact_line_is_read():
    # 附件： 1X 2Y 广东省生态环境厅 2020年4月5日 联系人：… 电话：… (h216, one line): the date before an unbracketed
    # contact line is the signature's
    text = (
        "甲省某某厅关于做好乙工作的通知\n各地级以上市某某局：\n"
        "为做好乙工作，现将有关事项通知如下。 一、工作安排。 各地要认真组织实施。 附件： 1甲名单 2乙数据表 "
        "甲省某某厅 2020年4月5日 联系人：甲省乙工作小组 电话：（020）12345678\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2020-04-05"


def test_a_repeals_ground_issued_by_a_named_body_is_its_basis_not_repealed():
    # 根据国务院《A》（国发〔2014〕5号），我部决定对…发布的《B》（部令第20号）予以废止 (h216 环境保护部): A is the ground
    # (BASED_ON), only B goes
    text = (
        "关于废止《甲类许可管理办法》的决定\n\n"
        "根据国务院《关于取消一批乙类审批项目的决定》（国发〔2014〕5号），我部决定对2012年4月30日发布的"
        "《甲类许可管理办法》（部令第20号）予以废止。\n\n本决定自公布之日起施行。\n\n交通运输部\n2014年7月4日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    roles = {r.title: str(r.role) for r in doc.references}
    assert roles == {"关于取消一批乙类审批项目的决定": "BASED_ON", "甲类许可管理办法": "SUPERSEDES"}


def test_an_untitled_work_report_speaking_for_its_level_is_the_government_its_speaker_line_names():
    # 文件名称 | title | … / 2025年3月21日在某区第十九届 / 人民代表大会第四次会议上 / 某区人民政府代区长 某某 / 各位代表: /
    # 现在,我代表区人民政府向大会报告工作 (h217 汉滨): the session line cut over two lines names no place, the
    # speaker's line names the government whole
    part = (
        "（一）坚持项目支撑，经济基础更加坚实。一百五十个重点项目完成投资一百亿元，新签约项目八十个，到位资金六十亿元。"
    )
    text = (
        "文件名称 | 乙丙区2024年政府工作报告 | ||\n索引号 | /2024-0000 | 公开目录: | 工作报告 |\n"
        "公开责任部门 | 公开形式: | 主动公开 | |\n文号 | 成文日期: | 2024年04月15日 | |\n"
        "2024年3月1日在乙丙区第五届\n人民代表大会第三次会议上\n乙丙区人民政府代区长 张某某\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n"
        f"一、过去一年工作回顾\n{part * 2}\n{part * 2}\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("乙丙区人民政府",)
