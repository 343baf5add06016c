"""Government meeting records and party bodies (r298, parts h261 and h263): a meeting's headline as its record's
title, the government whose meeting it records as issuer, an untitled opening over its first numbered section, and
party bodies' short names (县委组织部, 纪委监委) and a committee's own rules.  Each text is modelled on a failing
labelled text, with other names (real counties only where the registry must know the place)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _docs(text: str):
    return parse_text(text, "page.txt").documents


# a paragraph of the body, so that the text is long enough to be one (a page of a few lines is none)
MORE = (
    "会议强调,各乡镇、各部门要进一步提高政治站位,压实工作责任,细化工作措施,加强督促检查,"
    "以钉钉子精神抓好各项工作落实,为全年目标任务的完成打下坚实基础。\n"
)


def test_a_short_meeting_record_under_a_headline_and_bulleted_posting_rows_is_a_document():
    # 县政府十八届二十一次常务会议召开 / - 发布日期: / - 浏览次数: / …主持召开县政府…常务会议,审议通过《X(征求意见稿)》
    # (h261 盘山): a short page, but the record of a meeting under its headline — a document, titled by it
    text = (
        "县政府十九届五次常务会议召开\n- 发布日期:2023-01-06\n- 浏览次数:88\n"
        "1月5日下午,县委副书记、县长张某主持召开县政府十九届五次常务会议,审议通过《2023年乙县政府工作报告(征求意见稿)》等多项议题。"
    )
    docs = _docs(text)
    assert [d.title for d in docs] == ["县政府十九届五次常务会议召开"]
    assert [(r.title, r.role) for r in docs[0].references] == [("2023年乙县政府工作报告（征求意见稿）", Role.CITES)]


def test_a_meeting_headline_with_its_chair_over_font_buttons_is_the_title_not_the_metadata_rows():
    # 索引号… / 发布机构 区政府办公室 / 区政府召开第86次常务会议 某某主持 / 字体:【大】 【小】 / …纪要如下 (h261 奉化): the
    # headline under the metadata rows is the minutes' title; no untitled document at the first row
    text = (
        "索引号 000000/2021-1 组配分类 常务会议 主题分类 会议\n发文日期 2021-03-04 成文日期 2021-03-04 发布机构 区政府办公室\n"
        "公开方式 主动公开\n\n区政府召开第12次常务会议 王某主持\n\n字体:【大】 【小】\n\n"
        "2021年3月3日,王某区长主持召开区政府第12次常务会议,现将会议讨论研究的有关事项纪要如下。\n\n"
        "会议审议《甲区老旧小区改造工作方案(送审稿)》。原则同意该方案,要求根据会议审议意见修改完善后组织实施。\n\n"
        "会议听取了区发改局关于重点项目推进情况的汇报,要求各部门加快项目建设进度,确保完成全年目标任务。\n"
    )
    docs = _docs(text)
    assert [(d.title, d.source_line) for d in docs] == [("区政府召开第12次常务会议王某主持", 5)]


def test_a_traditional_meeting_headline_naming_the_government_titles_the_record_and_names_its_issuer():
    # 裕安區人民政府第21次常務會議召開 / 1月2日,…主持召開裕安區人民政府第21次常務會議 (h261 裕安): the headline is the
    # title, read as simplified, and the government it names is the issuer
    text = (
        "石樓縣人民政府第8次常務會議召開\n"
        "3月2日,縣長李某在縣行政中心第一會議室主持召開石樓縣人民政府第8次常務會議。副縣長王某、趙某出席會議。\n"
        "會議審議了《石樓縣農業特色產業發展實施意見(送審稿)》,原則同意提交縣委常委會研究。\n"
    )
    docs = _docs(text)
    assert [(d.title, d.issuers) for d in docs] == [("石楼县人民政府第8次常务会议召开", ("石楼县人民政府",))]


def test_an_untitled_meeting_record_names_its_government_in_its_opening():
    # | / 10月31日,縣長某某主持召開鐵嶺縣政府常務會議。/ 審議《X》 (h261 铁岭): the government the opening names
    text = (
        "|\n10月31日,县长某某主持召开汾西县政府常务会议。\n"
        "审议《汾西县2022年目标管理绩效考核工作实施方案》,听取县政府办关于建议提案办理工作情况的汇报。\n"
        "会议原则通过《汾西县2022年目标管理绩效考核工作实施方案》,要求各部门认真抓好落实,确保各项任务按期完成。\n"
        "会议强调,各乡镇、各部门要进一步提高政治站位,压实工作责任,细化工作措施,加强督促检查,"
        "以钉钉子精神抓好各项工作落实,为全年目标任务的完成打下坚实基础。\n"
    )
    docs = _docs(text)
    assert [d.issuers for d in docs] == [("汾西县人民政府",)]


def test_a_meeting_of_the_county_government_named_by_its_level_takes_the_place_printed_with_its_government():
    # 2月4日下午,清水县政府县长某某主持召开十六届县人民政府第52次常务会议 (h261 清水): 县人民政府 is the one county the
    # text prints with its government
    text = (
        "2月4日下午,永和县政府县长某某主持召开十六届县人民政府第52次常务会议,县政府副县长某某出席会议。\n"
        "会前学习了《中华人民共和国环境保护法》,讨论了《政府工作报告(草案)》等事项。\n"
        "会议指出,在过去的一年,县委、县政府坚持稳中求进工作总基调,各项事业取得了新的成绩,为今年工作打下了良好基础。\n"
        + MORE
    )
    docs = _docs(text)
    assert [d.issuers for d in docs] == [("永和县人民政府",)]


def test_a_county_named_only_in_an_acting_heads_title_is_no_place_of_the_meeting():
    # 县政府十八届二十一次常务会议召开 / …代县长某某主持召开县政府… (h261 盘山): 代县 of 代县长 is no county printed
    # with its government — no issuer rather than a wrong one; the record is still a document
    text = (
        "县政府十八届三次常务会议召开\n- 发布日期:2022-12-26\n"
        "12月24日下午,县委副书记、代县长某某主持召开县政府十八届三次常务会议,审议通过《乙县政府工作报告(征求意见稿)》。"
    )
    docs = _docs(text)
    assert [(d.title, d.issuers) for d in docs] == [("县政府十八届三次常务会议召开", ())]


def test_an_untitled_announcement_opening_over_its_first_numbered_section_keeps_its_basis():
    # 为进一步…,根据《X》(n)文件规定,…县委组织部决定开展…。现将有关事项公告如下: / 一、选调职位与计划 (h263 泸溪): the
    # first section is no title; the text opens at line 1 with its basis, and 县委组织部 is the county's
    text = (
        "为进一步优化县直机关干部队伍结构,根据《石楼县县直机关公开选调工作人员暂行办法》(石组通〔2022〕3号)文件规定,"
        "经研究同意,县委组织部决定开展2022年度县直机关公开选调公务员工作。现将有关事项公告如下:\n"
        "一、选调职位与计划\n本次公开选调公务员10名,具体职位详见职位表(附件1)。\n"
        "二、选调范围与条件\n石楼县在编在岗且已进行公务员登记的公务员。\n" + MORE
    )
    docs = _docs(text)
    assert [(d.source_line, d.title_printed, d.issuers) for d in docs] == [(1, False, ("中共石楼县委组织部",))]
    assert [(r.title, r.role) for r in docs[0].references] == [
        ("石楼县县直机关公开选调工作人员暂行办法", Role.BASED_ON)
    ]


def test_a_joint_short_form_of_the_discipline_and_supervision_commissions_is_two_bodies():
    # 2021年度石泉县纪委监委选调工作人员公告 / …石泉县纪委监委决定… (h263 石泉): the party's discipline commission and the
    # state's supervision commission, each by its full name
    text = (
        "2021年度永和县纪委监委选调工作人员公告\n"
        "根据工作需要,永和县纪委监委决定面向全县党政机关公开选调公务员到派驻机构工作。现将有关事项公告如下:\n"
        "一、选调职位\n选调工作人员5名。\n二、选调条件\n具有2年以上工作经历。\n" + MORE * 2
    )
    docs = _docs(text)
    assert [d.issuers for d in docs] == [("中共永和县纪律检查委员会", "永和县监察委员会")]


def test_a_committees_own_rules_under_the_party_committees_long_name_have_no_cut_issuer():
    # 中共突泉县委员会机构编制委员会工作规则 (h263 突泉): the rules of the committee within the 县委, not the 县委's (never
    # 中共X县委 cut from 中共X县委员会)
    text = (
        "当前位置:\n\n中共汾西县委员会机构编制委员会工作规则\n\n一、机构设置\n\n"
        "第一条 中共汾西县委员会机构编制委员会是汾西县委议事协调机构,在汾西县委领导下开展工作,统一管理全县机构编制工作。\n\n"
        "第二条 中共汾西县委员会机构编制委员会主任由县委书记担任。\n" + MORE * 2
    )
    docs = _docs(text)
    assert [(d.title, d.issuers) for d in docs] == [("中共汾西县委员会机构编制委员会工作规则", ())]
