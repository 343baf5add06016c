"""Gazette layouts of other issuers than the sample's: a table of contents listing items that are no
document titles (personnel, indexes) by their page numbers alone, and a ministry's order numbered within
its year on the same line as its head.  Each text is modelled on two layouts: the State Council's
gazette (国务院公报: 国务院任免国家工作人员 in its contents; 商务部令2024年第1号) and a province's (省政府任免
名单; 国家发展和改革委员会令2024年第7号)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

CONTENTS = """{gazette}
2024年第 5 号
目    录
{body}文件
{first}……………………………………（4）
人事任免
{personnel}……………………………………（14）

{first}
{number}
某某部：
你部关于建立某某工作部际联席会议制度的请示收悉。现批复如下：
同意建立由你部牵头的某某工作部际联席会议制度。
{body}
2024年1月15日
（此件公开发布）
— 4 —
{personnel}
2024年1月25日，任命李四为某某厅副厅长。
"""


@pytest.mark.parametrize(
    "gazette, body, first, number, personnel",
    [
        (
            "中华人民共和国国务院公报",
            "国务院",
            "国务院关于同意建立某某工作部际联席会议制度的批复",
            "国函〔2024〕12号",
            "国务院任免国家工作人员",
        ),
        (
            "某某省人民政府公报",
            "某某省人民政府",
            "某某省人民政府关于同意建立某某工作联席会议制度的批复",
            "某政函〔2024〕12号",
            "省政府任免名单",
        ),
    ],
)
def test_contents_entries_listed_by_page_number_alone_are_no_part_of_the_first_title(
    gazette, body, first, number, personnel
):
    text = CONTENTS.format(gazette=gazette, body=body, first=first, number=number, personnel=personnel)
    doc = parse_text(text, "gazette.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (first, number, "2024-01-15")


@pytest.mark.parametrize(
    "head, number",
    [
        ("商务部令2024年第1号", "商务部令2024年第1号"),
        ("国家发展和改革委员会令2024年第7号", "国家发展和改革委员会令2024年第7号"),
    ],
)
def test_an_order_numbered_within_its_year_on_one_line_heads_its_decision(head, number):
    title = "关于修改《某某管理办法》的决定"
    text = (
        "某某行动方案\n为做好某某工作，制定本方案。\n一、总体要求\n坚持稳中求进。\n"
        f"{title}\n{head}\n"
        f"《{title}》已于2024年1月10日经第1次部务会议审议通过，现予公布，自2024年3月1日起施行。\n"
        "部长 张三\n2024年1月22日\n决定对《某某管理办法》作如下修改：\n一、将第三条修改为……\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs if d.source_line == 5] == [(title, number, "2024-01-22")]


@pytest.mark.parametrize(
    "entry, number",
    [  # a business-environment compilation (h33): each entry numbered, its date in brackets after the title
        ("1. 贵州省知识产权局关于印发《贵州省知识产权高质量发展资\n助办法》的通知（2023 年5 月15 日）", None),
        (
            "2.广西壮族自治区机关事务管理局关于印发2023 年持续深化公\n共资源交易平台整合共享工作要点的通知（2023 年5 月12 日）",
            "桂事管发〔2023〕23号",
        ),
    ],
)
def test_a_compilations_date_after_a_title_is_no_part_of_it(entry, number):
    title = "".join(entry.split("\n")).split("（2023")[0].lstrip("12. ").replace(" ", "")
    text = (
        f"（三）贵州\n{entry}\n"
        + (f"{number}\n" if number else "")
        + "各市、自治州知识产权局,各有关单位:\n现将修订后的《某某办法》印发给你们,请遵照执行。\n2023 年5 月15 日\n"
    )
    doc = parse_text(text, "compilation.txt").documents[0]
    assert doc.title == title


@pytest.mark.parametrize(
    "title",
    [  # a financial compilation (h33): a rule titled with its edition year; a ministry's measures the same way
        "汽车金融公司管理办法（2023）",
        "商业银行资本管理办法(2024)",
    ],
)
def test_a_title_ending_in_its_edition_year_is_no_contents_entry(title):
    text = (
        "中国银保监会\n2023 年 3 月 28 日\n301\n"
        f"{title}\n国家金融监督管理总局令 2023 年第 1 号\n"
        "(2023 年 7 月 11 日国家金融监督管理总局令 2023 年第 1 号公布 自 2023 年 8 月 11 日起施行）\n"
        "第一章 总 则\n第一条 为加强监督管理，依据《中华人民共和国银行业监督管理法》，制定本办法。\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        (title.replace("(", "（").replace(")", "）"), "国家金融监督管理总局令2023年第1号")
    ]


@pytest.mark.parametrize(
    "addressees",
    [  # a compilation extracted one text span a line (大兴安岭, h33); a county's list broken the same way
        ["各县（市、", "区）", "人民政府，", "地区住建局、", "国网大兴安岭供电公司、", "大兴安岭通信管理办公室："],
        ["各乡（镇）", "人民政府，", "各街道办事处，", "县直各单位，", "各有关企业："],
    ],
)
def test_addressees_over_many_span_lines_open_the_notice(addressees):
    title = "大兴安岭地区优化营商环境领导小组办公室关于印发《大兴安岭地区水电气热讯联合服务工作规范(试行)》的通知"
    text = (
        "3. 大兴安岭地区优化营商环境领导小组办公室关于印发《大兴\n安岭地区水电气热讯联合服务工作规范(试行)》的通知（2023\n年6 月21 日）\n"
        + "\n".join(addressees)
        + "\n为持续做好优化营商环境工作，现将《大兴安岭地区水电气热讯联合服务工作规范(试行)》\n印发给你们，请认真遵照执行。\n"
        "大兴安岭地区优化营商环境领导小组办公室\n2023 年6 月21 日\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [d.title for d in docs][:1] == [title.replace("(", "（").replace(")", "）")]


@pytest.mark.parametrize(
    "intro",
    [  # the State Council's decree in a financial compilation (h33); a province's decision worded the same way
        "为进一步推进“放管服”改革，国\n务院决定废止以下行政法规和文件：",
        "经省人民政府研究，现决定废止下列规章和文件：",
    ],
)
def test_a_decisions_list_after_its_sentence_repeals_each_item(intro):
    text = (
        "国务院关于废止部分行政法规和文件的决定\n国务院令第 758 号\n现公布《国务院关于废止部分行政法规和文件的决定》，"
        "自 2023 年 3 月 31 日起施行。\n总 理 李克强\n2023 年 2 月 14 日\n国务院关于废止部分行政法规和文件的决定\n"
        f"{intro}\n一、 国务院关于股份有限公司境外募集股份及上市的特别规定（1994 年 8 月 4 日中华\n"
        "人民共和国国务院令第 160 号发布）\n二、 国务院关于进一步加强在境外发行股票和上市管理的通知（国发〔1997〕21 号）\n"
        "本决定自 2023 年 3 月 31 日起施行。\n"
    )
    doc = parse_text(text, "decree.txt").documents[0]
    assert [(r.role, r.title, str(r.doc_number)) for r in doc.references] == [
        ("SUPERSEDES", "国务院关于股份有限公司境外募集股份及上市的特别规定", "中华人民共和国国务院令第160号"),
        ("SUPERSEDES", "国务院关于进一步加强在境外发行股票和上市管理的通知", "国发〔1997〕21号"),
    ]


@pytest.mark.parametrize(
    "issued",
    [  # a regulator's notice in a financial compilation (h33); a province's the same way
        "银行业保险业贯彻落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》实施意见",
        "某某省贯彻落实《国务院关于加快发展养老服务业的若干意见》实施方案",
    ],
)
def test_a_notice_issues_the_whole_title_a_quote_stands_in(issued):
    text = (
        f"某某部办公厅关于印发{issued}的通知\n某办发〔2023〕11号\n各有关单位：\n"
        "为贯彻落实有关部署，现将有关文件印发给你们，请遵照执行。\n某某部办公厅\n2023 年 2 月 14 日\n"
        f"{issued}\n为全面贯彻党的二十大精神，制定本意见。\n"
    )
    docs = parse_text(text, "notice.txt").documents
    assert [(d.title, d.date) for d in docs][1:] == [(issued, "2023-02-14")]


@pytest.mark.parametrize(
    "title",
    [  # the compilation's title lost characters at its line ends (h33): only its number and addressees remain
        "国家金融监督管理总局关于适用商业健康保险个人所得税优惠政策产\n项",
        "某某局关于做好某某工作有\n关事",
    ],
)
def test_a_number_over_addressees_on_two_lines_is_a_document_when_its_title_is_damaged(title):
    text = (
        "中国银保监会办公厅\n2023 年 4 月 20 日\n58\n"
        f"{title}\n金规〔2023〕2 号\n各银保监局，各人身保险公司，中国银行保险信息技术管理有限公司\n会、中国精算师协会：\n"
        "为推动商业健康保险惠及更多人民群众，现就有关事项通知如下。\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [str(d.doc_number) for d in docs] == ["金规〔2023〕2号"]


@pytest.mark.parametrize(
    "title, bracketed, number",
    [  # a province's enterprise-policy compilation: the number in brackets under each title
        (
            "财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告",
            "（财政部 税务总局公告2023年第12号）",
            "2023年第12号",
        ),
        ("私募投资基金监督管理条例", "（国务院令第762号）", "国务院令第762号"),
    ],
)
def test_a_compilations_number_in_brackets_under_a_title_anchors_it(title, bracketed, number):
    text = (
        "第一部分 国家政策\n1．国务院办公厅关于进一步优化支付服务提升支付便利性的意见\n（国办发〔2024〕10号）\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为进一步优化支付服务，现提出以下意见。\n国务院办公厅\n"
        f"2024年3月1日\n— 1 —\n2．{title}\n{bracketed}\n为进一步支持小微企业和个体工商户发展，现将有关政策公告如下：\n"
        "一、对个体工商户年应纳税所得额不超过200万元的部分，减半征收个人所得税。\n财政部 税务总局\n2023年8月2日\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs][1:] == [(title.replace(" ", ""), number)]


@pytest.mark.parametrize(
    "signer",
    [  # an official document's header: 文头, number, the signer (签发人, printed on documents sent up), title
        "签发人：李明",
        "签 发 人：王 芳",
    ],
)
def test_the_signer_line_under_a_number_is_no_part_of_the_header(signer):
    text = (
        f"宜良县人民政府办公室文件\n宜政办发〔2023〕15号\n{signer}\n宜良县人民政府办公室关于印发宜良县\n"
        "城乡居民基本医疗保险实施办法的通知\n各乡（镇、街道）人民政府（办事处），县直各部门：\n"
        "经县人民政府同意，现将《宜良县城乡居民基本医疗保险实施办法》印发给你们，请认真贯彻执行。\n宜良县人民政府办公室\n2023年5月8日\n"
    )
    doc = parse_text(text, "county.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (
        "宜良县人民政府办公室关于印发宜良县城乡居民基本医疗保险实施办法的通知",
        "宜政办发〔2023〕15号",
    )


@pytest.mark.parametrize(
    "title, body",
    [  # a body's own rules titled 制度: 昆明's disclosure rules (h27), 西双版纳's bureau's filing rules (h31)
        (
            "昆明市政府信息主动公开制度",
            "第一条 为了推进政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。",
        ),
        (
            "规范性文件制定备案和清理制度",
            "第一条 为了加强规范性文件科学管理，根据《云南省行政规范性文件管理办法》，制定本制度。",
        ),
    ],
)
def test_a_title_ending_in_zhidu_is_a_document(title, body):
    text = f"第一篇:政府信息公开六项制度(精选)\n{title}\n{body}\n第二条 本制度适用于本机关。\n第三条 本制度自发布之日起施行。\n"
    docs = parse_text(text, "rules.txt").documents
    assert [d.title for d in docs] == [title]
    assert [r.role for r in docs[0].references] == ["BASED_ON"]


@pytest.mark.parametrize(
    "system",
    [  # the State Council's approval printing the system it approves (gov.cn); a province's the same way
        "国务院职业教育工作部际联席会议制度",
        "某某省安全生产工作联席会议制度",
    ],
)
def test_an_approved_system_printed_under_its_approval_is_issued_by_it(system):
    text = (
        f"国务院关于同意建立{system}的批复\n国函〔2018〕144号\n教育部：\n你部关于建立联席会议制度的请示收悉。现批复如下：\n"
        f"同意建立{system}。\n附件：{system}\n国务院\n2018年11月20日\n（此件公开发布）\n附件\n{system}\n"
        "为进一步加强对职业教育工作的领导，制定本制度。\n一、主要职能\n"
    )
    docs = parse_text(text, "approval.txt").documents
    assert [(d.title, d.issuers, d.date) for d in docs][1:] == [(system, ("国务院",), "2018-11-20")]


@pytest.mark.parametrize(
    "date_note, number",
    [  # a business-environment compilation (h34): the compiler's date alone under the title, then the number;
        # 四川's entry with a half-width opening bracket
        ("（2023 年5 月19 日）", "渝府办发〔2023〕43 号"),
        ("(2023 年5 月19 日）", "川办发〔2023〕14 号"),
    ],
)
def test_a_compilers_date_under_a_title_and_the_number_below_are_one_header(date_note, number):
    title = "重庆市人民政府办公厅关于印发重庆市深化“一件事一次办”打造“渝快办”升级版攻坚行动方案的通知"
    text = (
        "# Page 1390:\n3. 重庆市人民政府办公厅关于印发重庆市深化\n“一件事一次办”\n打造\n“渝快办”\n升级版攻坚行动方案的通知\n"
        f"{date_note}\n{number}\n各区县（自治县）人民政府，市政府各部门，有关单位：\n"
        "现将《重庆市深化“一件事一次办”打造“渝快办”升级版攻坚行动方案》印发给你们，请认真贯彻执行。\n"
    )
    docs = parse_text(text, "compilation.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [(title, number.replace(" ", ""), "2023-05-19")]


CONTENTS_SPANS = """国家及各省市营商环境
政策汇编（2023 年）
目
录
一、国家.................................................................... 23
1. 国务院印发关于在有条件的自由贸易试验区和自由贸易港试点对接国际高标准
推进制度型开放若干措施的通知（2023 年6 月1 日）......................23
2. 芜湖市住房和城乡建设局等7部门关于印发
《芜湖市全面提升
“获得用水用气”
服务水平做好供水供气接入工程
“零投资”
实施细则》的通知（2023 年5 月30 日）..............................31
3. 哈密市落实优化营商环境降低市场主体制度性交易成本工作方案的通知
（2023
年3 月29 日）
............................................................
一、国家
{entry}
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现将有关措施印发给你们，请认真贯彻执行。
国务院
2023 年6 月1 日
"""


@pytest.mark.parametrize(
    "entry, title, number",
    [  # the business-environment compilation's national part (h34): contents cut at every quote mark by the PDF
        # extractor, 目 / 录 on two lines; an entry whose number lost its digits; an entry of a lead body 等部门
        (
            "1. 国务院印发关于在有条件的自由贸易试验区和自由贸易港试\n点对接国际高标准推进制度型开放若干措施的通知（2023 年6\n月1 日）\n国发〔\n〕\n 号",
            "国务院印发关于在有条件的自由贸易试验区和自由贸易港试点对接国际高标准推进制度型开放若干措施的通知",
            "None",
        ),
        (
            "3. 国家发展改革委等部门关于做好2023 年降成本重点工作的\n通知（2023 年5 月31 日）\n发改运行〔2023〕645 号",
            "国家发展改革委等部门关于做好2023年降成本重点工作的通知",
            "发改运行〔2023〕645号",
        ),
    ],
)
def test_contents_cut_at_every_quote_mark_stay_contents_and_the_entries_below_are_read(entry, title, number):
    docs = parse_text(CONTENTS_SPANS.format(entry=entry), "compilation.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [(title, number)]


@pytest.mark.parametrize(
    "issuer, head, number",
    [  # a city traffic police's public notice; a city government's announcement laid out the same way
        ("昆明市公安局交通管理局", "通  告", "〔2024〕第3号"),
        ("某某市人民政府", "公  告", "〔2024〕第1号"),
    ],
)
def test_an_announcement_head_under_its_issuer_and_over_its_number_is_a_document(issuer, head, number):
    text = (
        f"{issuer}\n{head}\n{number}\n为保障春节期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条的规定，"
        "决定对部分道路采取临时交通管理措施。现通告如下：\n一、禁止货车驶入主城区。\n二、本通告自发布之日起施行。\n特此通告。\n"
        f"{issuer}\n2024年2月1日\n"
    )
    docs = parse_text(text, "notice.txt").documents
    assert [(d.title, str(d.doc_number), d.issuers[:1], d.date) for d in docs] == [
        (issuer + head.replace(" ", ""), number, (issuer,), "2024-02-01")
    ]
