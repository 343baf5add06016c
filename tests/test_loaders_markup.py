"""Layouts of crawled pages (issue 11): HTML kept as one line of text, a notice's text run on after
its addressee, a listing's title with its number and issuers in brackets, Chinese-numeral dates
written with the digit 0.  Each rule has rows modelled on two different sources."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "page.txt").documents


# --------------------------------------------------------------------------- 二0一0年: the digit 0 for 〇

ZERO_DATES = [
    # a prefecture's office, signature date typed with ASCII zeros
    ("甲地区行署办公室\n二0一0年四月八日", "二〇一〇年四月八日"),
    # a county government, full-width zeros (ASCII by the time dates are read)
    ("乙县人民政府\n二０二一年十二月三十日", "二〇二一年十二月三十日"),
]


@pytest.mark.parametrize("text, date_line", ZERO_DATES)
def test_a_chinese_numeral_date_written_with_zeros_reads_as_one(text, date_line):
    assert [l.text for l in clean_lines(text)][-1] == date_line


def test_arabic_numbers_keep_their_zeros():
    assert [l.text for l in clean_lines("2010年第10号，共100人")] == ["2010年第10号，共100人"]


# --------------------------------------------------------------------------- a listing's title line

LISTING_TITLES = [
    (
        "甲地区行署办公室、甲林业集团公司办公室关于印发甲地区蓝莓产品保护管理办法（试行）的通知 "
        "（甲署办〔2010〕32号　甲地区行署办公室、甲林业集团公司办公室）",
        "甲地区行署办公室、甲林业集团公司办公室关于印发甲地区蓝莓产品保护管理办法（试行）的通知",
        "甲署办〔2010〕32号",
    ),
    (
        "乙市人民政府关于加强城市供水管理的通知（乙府发〔2019〕7号 乙市人民政府）",
        "乙市人民政府关于加强城市供水管理的通知",
        "乙府发〔2019〕7号",
    ),
]


@pytest.mark.parametrize("line, title, number", LISTING_TITLES)
def test_a_listing_title_with_its_number_and_issuers_in_brackets_is_cut_into_its_parts(line, title, number):
    cut = [l.text for l in clean_lines(line)]
    assert cut[:2] == [title, number] and len(cut) == 3 and all(l.no == 1 for l in clean_lines(line))


# --------------------------------------------------------------------------- text run on after the addressee

RUN_ON = [
    (
        "甲市人民政府关于印发甲市市级储备粮管理办法的通知\n"
        "各县、自治县、区人民政府（管委会），市政府各工作部门：现将《甲市市级储备粮管理办法》印发给你们，"
        "请认真抓好贯彻落实。甲市人民政府2023年9月5日（此件公开发布）甲市市级储备粮管理办法第一章总则"
        "第一条为加强市级储备粮管理，依据《粮食流通管理条例》等有关规定，制定本办法。第二条本办法自印发之日起施行。",
        "甲市市级储备粮管理办法",
        "粮食流通管理条例",
    ),
    (
        "乙省教育厅关于印发乙省学生资助资金管理实施细则的通知\n"
        "各市教育局，厅属各单位：现将《乙省学生资助资金管理实施细则》印发给你们，请遵照执行。"
        "乙省教育厅2021年3月2日乙省学生资助资金管理实施细则第一条为规范学生资助资金管理，"
        "根据《学生资助资金管理办法》，结合我省实际，制定本细则。第二条本细则由乙省教育厅负责解释。",
        "乙省学生资助资金管理实施细则",
        "学生资助资金管理办法",
    ),
]


@pytest.mark.parametrize("text, issued, cited", RUN_ON)
def test_a_notice_run_on_after_its_addressee_splits_from_the_text_it_issues(text, issued, cited):
    notice, body = _docs(text)
    assert body.title == issued and body.transmitted_by == 0
    assert notice.date == body.date and notice.issuers == body.issuers and notice.issuers
    assert any(r.title == issued and r.role == "TRANSMITS" for r in notice.references)
    assert any(r.title == cited for r in body.references) and not any(r.title == cited for r in notice.references)


# --------------------------------------------------------------------------- an HTML page stored as one line

ONE_LINE_PAGES = [
    (
        '<p align="center">甲自治区人民代表大会常务委员会公告<br/>（第38号）<br/></p>'
        "《甲自治区备案审查条例》已由甲自治区人民代表大会常务委员会第十四次会议于2024年9月27日通过，现予公布，"
        '自2025年1月1日起施行。<br/>特此公告。<br/><p align="right">甲自治区人民代表大会常务委员会<br/>2024年10月6日</p>'
        '<p align="center">甲自治区备案审查条例</p><p>第一条为了加强备案审查工作，根据《中华人民共和国立法法》，'
        "结合本自治区实际，制定本条例。</p><p>第二条本条例自2025年1月1日起施行。</p>",
        "甲自治区备案审查条例",
        "中华人民共和国立法法",
    ),
    (
        "<div>乙市人民政府办公室关于印发乙市停车管理办法的通知</div><div>乙政办〔2022〕5号</div>"
        "<div>各区人民政府，市政府各部门：</div><div>现将《乙市停车管理办法》印发给你们，请认真贯彻执行。</div>"
        "<div>乙市人民政府办公室</div><div>2022年3月1日</div><div>乙市停车管理办法</div>"
        "<div>第一条为了规范停车管理，根据《中华人民共和国道路交通安全法》，制定本办法。</div>",
        "乙市停车管理办法",
        "中华人民共和国道路交通安全法",
    ),
]


@pytest.mark.parametrize("text, title, cited", ONE_LINE_PAGES)
def test_an_html_page_stored_as_one_line_reads_as_the_lines_it_shows(text, title, cited):
    docs = _docs(text)
    assert title in [d.title for d in docs]
    assert all(d.source_line == 1 for d in docs)
    assert any(r.title == cited for d in docs for r in d.references)


# --------------------------------------------------------------------------- a legal database's note under a title

NOTES_UNDER_TITLE = [
    # number and issuer (a municipal committee's rule)
    (
        "甲市住房公积金归集管理办法\n（甲房金管发[2009]1号　甲市住房公积金管理委员会）\n第一章　总则\n"
        "第一条　为规范住房公积金归集管理，根据《住房公积金管理条例》，制定本办法。\n第二条　本办法自2010年1月1日起施行。",
        ("甲房金管发〔2009〕1号", ("甲市住房公积金管理委员会",), None),
    ),
    # date and order number (a provincial government's rule)
    (
        "四川省农林特产农业税征收实施办法\n（1989年7月24日　四川省人民政府令第9号）\n"
        "第一条　为加强农林特产农业税的征收管理，根据《中华人民共和国农业税条例》，制定本办法。\n第二条　本办法自发布之日起施行。",
        ("四川省人民政府令第9号", ("四川省人民政府",), "1989-07-24"),
    ),
    # a history note: the number of the notice that issued it, then a later amendment
    (
        "甘肃省耕地占用税暂行条例实施细则\n（1987年9月16日甘政发〔1987〕139号发布　　1997年10月22日省政府令第27号修正）\n"
        "第一条　为了合理利用土地资源，根据《中华人民共和国耕地占用税暂行条例》，制定本细则。\n第二条　本细则自发布之日起施行。",
        ("甘政发〔1987〕139号", ("甘肃省人民政府",), "1997-10-22"),
    ),
]


ARTICLES = "".join(f"\n第{n}条　本条规定有关事项，有关部门应当按照职责分工做好相关工作。" for n in "三四五六七八")


@pytest.mark.parametrize("text, expected", NOTES_UNDER_TITLE)
def test_a_note_under_the_title_gives_number_issuers_and_date(text, expected):
    [doc] = _docs(text + ARTICLES)
    assert (str(doc.doc_number), doc.issuers, doc.date) == expected


# --------------------------------------------------------------------------- 印发《A》等N个办法


def test_a_notice_issuing_a_and_n_more_transmits_every_text_its_sentence_names():
    text = (
        "甲市人民政府办公室关于印发《甲市项目生成管理办法（试行）》等3个办法的通知\n（甲政办发〔2019〕97号）\n"
        "各区、县人民政府，市政府各部门：\n"
        "《甲市项目生成管理办法（试行）》、《甲市帮办代办实施办法（试行）》、《甲市多评合一管理办法（试行）》已经市政府同意，"
        "现印发给你们，请认真贯彻执行。\n甲市人民政府办公室\n2019年7月26日\n"
        "甲市项目生成管理办法（试行）\n第一条　为强化项目生成工作，制定本办法。\n"
        "甲市帮办代办实施办法（试行）\n第一条　为改善营商环境，制定本办法。\n"
        "甲市多评合一管理办法（试行）\n第一条　为提高审批效率，制定本办法。\n"
    )
    notice, *texts = _docs(text)
    assert [d.title for d in texts] == [
        "甲市项目生成管理办法（试行）",
        "甲市帮办代办实施办法（试行）",
        "甲市多评合一管理办法（试行）",
    ]
    assert all(d.transmitted_by == 0 and d.issuers == ("甲市人民政府办公室",) and d.date == "2019-07-26" for d in texts)


# --------------------------------------------------------------------------- forwarded texts drafted by a named body

FORWARDED_DRAFTS = [
    (
        "黑龙江省人民政府办公厅关于转发《黑龙江省农业税征收暂行实施办法》等农村税费改革配套文件的通知\n（黑政办发[2002]42号）\n"
        "各市州、县(市、区)人民政府，省政府有关部门：\n"
        "省农村税费改革工作小组办公室制定的《黑龙江省农业税征收暂行实施办法》和《黑龙江省农民负担监督管理若干规定》，"
        "已经省政府同意，现转发给你们，请认真遵照执行。\n黑龙江省人民政府办公厅\n二00二年八月二十九日\n",
        "黑龙江省农村税费改革工作小组办公室",
        ["黑龙江省农业税征收暂行实施办法", "黑龙江省农民负担监督管理若干规定"],
    ),
    (
        "昆明市人民政府关于转发《昆明市停车场管理办法》等文件的通知\n（昆政发〔2015〕8号）\n各区人民政府，市政府各部门：\n"
        "市交通运输局拟定的《昆明市停车场管理办法》、《昆明市公共停车场收费规定》已经市政府同意，现转发给你们，请遵照执行。\n"
        "昆明市人民政府\n2015年4月2日\n",
        "昆明市交通运输局",
        ["昆明市停车场管理办法", "昆明市公共停车场收费规定"],
    ),
]


@pytest.mark.parametrize("notice, drafter, titles", FORWARDED_DRAFTS)
def test_texts_a_notice_forwards_keep_the_drafter_its_sentence_names(notice, drafter, titles):
    body = "".join(
        f"{t}\n第一条　为规范有关工作，根据有关规定，结合本地实际，制定本办法。\n"
        "第二条　有关部门应当按照职责分工做好相关工作。\n第三条　本办法自发布之日起施行。\n"
        for t in titles
    )
    notice_doc, *texts = _docs(notice + body)
    assert [d.title for d in texts] == titles
    assert all(d.transmitted_by == 0 and d.issuers == (drafter,) for d in texts)
    assert notice_doc.issuers != (drafter,)


def test_a_note_with_the_number_then_the_date():
    text = (
        "辽宁省地方税务局关于加强企业所得税征管工作的通知\n（辽地税所[2000]252号　2000年8月21日）\n各市地方税务局：\n"
        + ("为加强征收管理，根据《中华人民共和国税收征收管理法》，现就有关问题通知如下。\n" * 4)
    )
    [doc] = _docs(text)
    assert (str(doc.doc_number), doc.date) == ("辽地税所〔2000〕252号", "2000-08-21")


# --------------------------------------------------------------------------- bare numbers: prefixes and file names

BARE_NUMBERS = [
    # 对照 before a number is no part of its prefix (a city finance bureau's notice)
    ("请对照财建〔2024〕368号文件要求，做好项目管理工作。", ["财建〔2024〕368号"]),
    # a file name on the line above ends there; the document's own file named by its number is no citation
    ("附件：补助资金分配表.xls\n渝财建〔2024〕232号.docx", []),
    ("附件：绩效目标表.xls\n按照渝财建〔2024〕232号执行。", ["渝财建〔2024〕232号"]),
]


@pytest.mark.parametrize("body, numbers", BARE_NUMBERS)
def test_bare_numbers_are_read_with_their_own_prefix_only(body, numbers):
    text = "甲市财政局关于下达补助资金预算的通知\n各区县财政局：\n现将补助资金预算下达给你们，请按规定使用。\n" + body
    text += "\n甲市财政局\n2024年11月28日\n"
    [doc] = _docs(text)
    assert [str(r.doc_number) for r in doc.references if r.title is None] == numbers


# --------------------------------------------------------------------------- 关于修订《X》的通知

REVISING_NOTICES = [
    # the revised plan printed below the notice, named without 《》 in the title (a city government)
    "甲市人民政府关于修订甲市突发公共事件总体应急预案的通知\n（甲政发〔2007〕14号）\n各县（市）区人民政府，市政府各部门：\n"
    "市政府组织力量对《甲市突发公共事件总体应急预案》进行了修订，现予印发，请认真遵照执行。\n甲市人民政府\n二○○七年三月二十九日\n"
    "甲市突发公共事件总体应急预案\n1　总则\n1.1　编制目的\n为提高政府保障公共安全和处置突发公共事件的能力，制定本预案。\n"
    "1.2　编制依据\n依据《中华人民共和国突发事件应对法》等法律法规，制定本预案。\n",
    # the revised rules printed below, named in 《》 (another city government)
    "乙市人民政府关于修订《乙市人民政府工作规则》的通知\n乙政发[2018]14号\n各县（市、区）人民政府，市政府各委办局：\n"
    "《乙市人民政府工作规则》已根据新发布的《国务院工作规则》进行了修订。现印发给你们，请认真贯彻执行。\n乙市人民政府\n2018年9月25日\n"
    "乙市人民政府工作规则\n第一章　总　则\n一、市政府工作的指导思想是全面贯彻新发展理念。\n二、市政府工作的准则是依法行政。\n"
    "三、市政府组成人员要坚持依法行政。\n",
]


REVISING_NOTICES.append(
    # 关于修改《X》的通知 with the amended X printed below it (a municipal bureau)
    "丙市消防救援局关于修改《丙市消防安全重点单位界定标准》的通知\n丙消规〔2025〕1号\n各区消防救援局，各有关单位：\n"
    "经研究，就《丙市消防安全重点单位界定标准（2023年修订）》作修改如下：\n增加“储能电站”。\n丙市消防救援局\n2025年1月9日\n"
    "丙市消防安全重点单位界定标准\n（2025年修订）\n根据《中华人民共和国消防法》等法律法规，制定本标准。\n"
    "一、人员密集场所\n（一）建筑面积在一千平方米以上的商场。\n二、易燃易爆危险品单位\n"
)


@pytest.mark.parametrize("text", REVISING_NOTICES)
def test_a_revising_notice_transmits_the_revised_text_it_prints(text):
    notice, revised = _docs(text)
    assert revised.transmitted_by == 0
    assert {r.title for r in notice.references if r.role == "TRANSMITS"} <= {revised.title}


def test_an_amending_decision_that_prints_no_text_amends_it():
    text = (
        "丁省人民政府关于修改《丁省道路运输条例实施办法》的决定\n丁省人民政府令第12号\n"
        "省人民政府决定对《丁省道路运输条例实施办法》作如下修改：\n一、第三条修改为：“省交通运输厅负责全省道路运输管理工作。”\n"
        "二、删去第九条。\n本决定自公布之日起施行。\n省长　某某\n2021年3月1日\n"
    )
    docs = _docs(text)
    assert [(r.role, r.title) for r in docs[0].references] == [("AMENDS", "丁省道路运输条例实施办法")]


def test_a_revising_notice_that_lists_changes_amends_the_text():
    text = (
        "丙市人民政府关于修订《丙市城市供水管理办法》的通知\n丙政发〔2020〕3号\n各区人民政府，市政府各部门：\n"
        "经市政府研究，决定对《丙市城市供水管理办法》作如下修订：\n一、将第三条中的“市建委”修改为“市住房城乡建设局”。\n"
        "二、删去第十条。\n本通知自印发之日起施行。\n丙市人民政府\n2020年3月1日\n"
    )
    [notice] = _docs(text)
    assert [(r.role, r.title) for r in notice.references] == [("AMENDS", "丙市城市供水管理办法")]


# --------------------------------------------------------------------------- a title that misnames the text it issues

MISNAMED = [
    (
        "甲市人民政府办公室关于印发《甲市甲市绿色建筑管理办法》的通知\n（甲府发〔2012〕3号）\n各县（区）人民政府，市政府各部门：\n"
        "《甲市绿色建筑管理办法》已经2011年12月20日市人民政府第7次常务会议审议通过，现予印发，请认真遵照执行。\n"
        "二○一二年一月九日\n",
        "甲市绿色建筑管理办法",
    ),
    (
        "乙县人民政府关于印发乙县乙县农村饮水安全工程管理办法的通知\n乙府发〔2016〕12号\n各乡镇人民政府，县直各单位：\n"
        "现将《乙县农村饮水安全工程管理办法》印发给你们，请结合实际，认真贯彻执行。\n乙县人民政府\n2016年5月4日\n",
        "乙县农村饮水安全工程管理办法",
    ),
]


@pytest.mark.parametrize("notice, issued", MISNAMED)
def test_a_notice_whose_title_misnames_its_text_transmits_what_its_sentence_names(notice, issued):
    body = f"{issued}\n第一章　总则\n第一条　为了加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"
    body += "第二条　有关部门应当按照职责分工做好相关工作。\n第三条　本办法自印发之日起施行。\n"
    notice_doc, text = _docs(notice + body)
    assert text.title == issued and text.transmitted_by == 0 and text.date == notice_doc.date
    assert [(r.role, r.title) for r in notice_doc.references] == [("TRANSMITS", issued)]


# --------------------------------------------------------------------------- a text printed whole under the notice citing it

EXTENDED_TEXTS = [
    (
        "上海市交通委员会关于延长《上海市乡镇渡口管理办法》有效期的通知\n沪交行规〔2025〕4号\n各有关单位：\n"
        "经审议，《上海市乡镇渡口管理办法》（沪交水〔2015〕598号）继续实施，有效期延长至2030年7月10日。\n特此通知。\n"
        "上海市交通委员会\n2025年7月7日\n",
        "上海市乡镇渡口管理办法",
        ("沪交水〔2015〕598号", ("上海市交通委员会",)),
    ),
    (
        "河南省财政厅关于继续执行《河南省省级财政专项资金管理办法》的通知\n豫财预〔2023〕12号\n各省辖市财政局：\n"
        "经评估，《河南省省级财政专项资金管理办法》（豫财预〔2018〕88号）继续有效，有效期延长至2028年12月31日。\n"
        "河南省财政厅\n2023年3月2日\n",
        "河南省省级财政专项资金管理办法",
        ("豫财预〔2018〕88号", ("河南省财政厅",)),
    ),
]


@pytest.mark.parametrize("notice, printed, expected", EXTENDED_TEXTS)
def test_a_text_printed_under_a_notice_that_cites_it_takes_the_cited_number(notice, printed, expected):
    body = f"{printed}\n第一条　为了加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"
    body += "第二条　有关部门应当按照职责分工做好相关工作。\n第三条　本办法自发布之日起施行。\n"
    docs = _docs(notice + body)
    text = next(d for d in docs if d.title == printed)
    assert (str(text.doc_number), text.issuers) == expected


def test_an_amending_decision_that_reprints_the_text_amends_it_and_the_text_keeps_its_header():
    text = (
        "# 戊市人民政府关于修改《戊市餐厨垃圾处理管理办法》的决定\n\n"
        "市人民政府决定，对《戊市餐厨垃圾处理管理办法》作如下修改：\n一、第二条修改为：本办法所称餐厨垃圾，是指食物残余。\n"
        "本决定自2013年3月1日起施行。《戊市餐厨垃圾处理管理办法》根据本决定作相应修改后，重新公布。\n"
        "戊市餐厨垃圾处理管理办法\n（2005年1月13日戊市人民政府令第45号发布，根据2012年12月26日戊市人民政府令第98号公布的"
        "《戊市人民政府关于修改〈戊市餐厨垃圾处理管理办法〉的决定》修正并重新公布）\n"
        "第一条 为了加强餐厨垃圾处理的管理，根据有关法律、法规，制定本办法。\n第二条 本办法自发布之日起施行。\n"
    )
    decision, law = _docs(text)
    assert [(r.role, r.title) for r in decision.references if r.title == law.title][:1] == [("AMENDS", law.title)]
    assert law.transmitted_by is None and str(law.doc_number) == "戊市人民政府令第45号"


# --------------------------------------------------------------------------- a portal's metadata cells, then the title again

PORTAL_CELLS = [
    # a municipal commission's page: each cell of the table on its own line, no colons
    (
        "# 甲市住房和城乡建设管理委员会关于延长《甲市建筑施工机械安全监督管理规定》有效期的通知\n\n索取号\n3589258689/2025-00071\n"
        "载体类型\n\n发布机构\n甲市住房和城乡建设管理委员会\n\n文件编号\n甲建规范〔2025〕5 号\n记录形式\n\n公开类别\n主动公开\n\n"
        "关键词\n\n内容描述\n\n甲市住房和城乡建设管理委员会关于延长《甲市建筑施工机械安全监督管理规定》有效期的通知\n\n"
        "甲建规范〔2025〕5号\n\n各有关单位：\n\n经评估，《甲市建筑施工机械安全监督管理规定》（甲住建规范〔2020〕4号）需继续实施，"
        "有效期延长至2027年4月30日。\n\n特此通知。\n\n甲市住房和城乡建设管理委员会\n\n2025年4月27日\n",
        ("甲建规范〔2025〕5号", "2025-04-27"),
    ),
    # a district bureau's page with the same table
    (
        "# 乙区市场监督管理局关于印发《乙区食品安全抽检工作方案》的通知\n\n索引号\nQ00123-0200-2024-0007\n发布机构\n"
        "乙区市场监督管理局\n文件编号\n乙市监〔2024〕7号\n公开类别\n主动公开\n内容描述\n\n"
        "乙区市场监督管理局关于印发《乙区食品安全抽检工作方案》的通知\n乙市监〔2024〕7号\n各市场监管所：\n"
        "现将《乙区食品安全抽检工作方案》印发给你们，请认真贯彻执行。\n乙区市场监督管理局\n2024年3月5日\n",
        ("乙市监〔2024〕7号", "2024-03-05"),
    ),
]


@pytest.mark.parametrize("text, expected", PORTAL_CELLS)
def test_a_page_heading_over_a_metadata_table_and_the_title_again_is_one_document(text, expected):
    docs = _docs(text)
    assert len([d for d in docs if d.title.endswith("的通知")]) == 1
    notice = next(d for d in docs if d.title.endswith("的通知"))
    assert (str(notice.doc_number), notice.date) == expected


# --------------------------------------------------------------------------- a ministry's notice forwarded with its own header

FORWARDED_NUMBERED = [
    (
        "渝经信科技〔2024〕27号\n重庆市经济和信息化委员会\n转发工业和信息化部办公厅关于开展先进\n适用技术（第一批）遴选工作的通知\n"
        "各区县（自治县）经济信息委，有关企业：\n现将工业和信息化部办公厅《关于开展先进适用技术（第一批）遴选工作的通知》"
        "（工信厅科函﹝2024﹞398号）转发给你们，请遵照执行。\n重庆市经济和信息化委员会\n2024年11月12日\n"
        "工业和信息化部办公厅关于开展先进适用\n技术（第一批）遴选工作的通知\n工信厅科函﹝2024﹞398号\n"
        "各省、自治区、直辖市工业和信息化主管部门：\n为加快技术推广应用，现就开展遴选工作通知如下。\n一、遴选方向\n"
        "面向有色、化工行业，遴选适用技术。\n工业和信息化部办公厅\n2024年10月28日\n",
        ("工信厅科函〔2024〕398号", ("工业和信息化部办公厅",), "2024-10-28"),
    ),
    (
        "冀教职成〔2023〕5号\n河北省教育厅\n转发教育部办公厅关于做好职业教育专业设置管理工作的通知\n各市（含定州、辛集市）教育局：\n"
        "现将教育部办公厅《关于做好职业教育专业设置管理工作的通知》（教职成厅函〔2023〕3号）转发给你们，请认真贯彻落实。\n"
        "河北省教育厅\n2023年3月1日\n教育部办公厅关于做好职业教育专业设置管理工作的通知\n教职成厅函〔2023〕3号\n"
        "各省、自治区、直辖市教育厅（教委）：\n为规范职业教育专业设置管理，现就有关事项通知如下。\n一、严格专业设置程序\n"
        "各地要加强专业设置管理。\n教育部办公厅\n2023年2月10日\n",
        ("教职成厅函〔2023〕3号", ("教育部办公厅",), "2023-02-10"),
    ),
]


@pytest.mark.parametrize("text, expected", FORWARDED_NUMBERED)
def test_a_forwarded_notice_printed_with_its_issuer_and_number_keeps_them(text, expected):
    notice, forwarded = _docs(text)
    assert forwarded.transmitted_by == 0
    assert (str(forwarded.doc_number), forwarded.issuers, forwarded.date) == expected


REPUBLISHING = [
    "甲市人民政府办公厅关于重新发布《甲市积分制入户管理办法》的通知\n甲府办规〔2025〕5号\n各区人民政府，市政府各部门：\n"
    "《甲市积分制入户管理办法》已经市人民政府同意，现重新发布，请认真组织实施。\n甲市人民政府办公厅\n2025年6月30日\n",
    "乙县人民政府关于重新发布乙县城区停车管理办法的通知\n乙府发〔2021〕9号\n各乡镇人民政府，县政府各部门：\n"
    "经县人民政府研究，现将《乙县城区停车管理办法》重新发布，请遵照执行。\n乙县人民政府\n2021年4月1日\n",
]


@pytest.mark.parametrize("notice", REPUBLISHING)
def test_a_republishing_notice_issues_the_text_it_prints(notice):
    title = notice.split("《")[1].split("》")[0]
    body = f"{title}\n第一条　为了加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"
    body += "第二条　有关部门应当按照职责分工做好相关工作。\n第三条　本办法自发布之日起施行。\n"
    notice_doc, text = _docs(notice + body)
    assert text.transmitted_by == 0 and (text.issuers, text.date) == (notice_doc.issuers, notice_doc.date)
