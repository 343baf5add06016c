"""Layouts the sample corpus does not show, each rule with snippets from two different sources (issue #11).

The snippets are written for the test in the style of public texts of other provinces and ministries
(GB/T 9704 notices, 令 rules, portal pages, database exports, crawls that store a document as one
line); titles, numbers and names are made up.  One table per rule; a row names the source it imitates.
"""

from __future__ import annotations

import pytest

from policykg.loaders.attachments import approves
from policykg.loaders.clean import clean_lines
from policykg.loaders.flat import is_flat
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.references import find_references, is_document_title, is_short_law_title
from policykg.ontology.doc_types import default_vocabulary

from factories import parse_docs


def fields(d):
    return (d.title, str(d.doc_number) if d.doc_number else None, d.issuers, d.date)


def roles(d):
    return {(r.title or str(r.doc_number), r.role) for r in d.references}


# ================================================================ 1. documents flattened onto one line
# a provincial general office's notice issuing a plan, crawled as one line, [] around the year
FLAT_PROVINCIAL = (
    "江苏省人民政府办公厅关于印发江苏省促进养老服务高质量发展实施方案的通知苏政办发[2024]15号各市、县（市、区）"
    "人民政府，省各委办厅局，省各直属单位：《江苏省促进养老服务高质量发展实施方案》已经省人民政府同意，现印发给你们，"
    "请认真贯彻执行。江苏省人民政府办公厅2024年3月8日（此件公开发布）江苏省促进养老服务高质量发展实施方案为贯彻落实"
    "《中共中央 国务院关于加强新时代老龄工作的意见》精神，根据《江苏省养老服务条例》，制定本方案。一、总体目标。到2025年，"
    "全省养老服务体系更加健全。本方案自印发之日起施行，《江苏省养老服务业提质增效三年行动计划》（苏政办发[2021]8号）同时废止。\n"
)
# a ministry's opinion, crawled as one line, 【】 around the year and spaces between the parts
FLAT_MINISTRY = (
    "生态环境部关于加强排污许可执法监管的指导意见 环执法【2022】23号 各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团"
    "生态环境局：为深入贯彻落实《中华人民共和国环境保护法》《排污许可管理条例》，强化排污许可执法监管，现提出以下意见。"
    "一、总体要求。坚持精准治污、科学治污、依法治污。二、主要任务。各级生态环境部门要依据《环境行政处罚办法》查处无证"
    "排污行为。生态环境部 2022年3月28日\n"
)


@pytest.mark.parametrize(
    "text,expected,refs",
    [
        (
            FLAT_PROVINCIAL,
            [
                (
                    "江苏省人民政府办公厅关于印发江苏省促进养老服务高质量发展实施方案的通知",
                    "苏政办发〔2024〕15号",
                    ("江苏省人民政府办公厅",),
                    "2024-03-08",
                ),
                ("江苏省促进养老服务高质量发展实施方案", None, ("江苏省人民政府办公厅",), "2024-03-08"),
            ],
            {
                ("中共中央国务院关于加强新时代老龄工作的意见", "IMPLEMENTS"),
                ("江苏省养老服务条例", "BASED_ON"),
                ("江苏省养老服务业提质增效三年行动计划", "SUPERSEDES"),
            },
        ),
        (
            FLAT_MINISTRY,
            [("生态环境部关于加强排污许可执法监管的指导意见", "环执法〔2022〕23号", ("生态环境部",), "2022-03-28")],
            {
                ("中华人民共和国环境保护法", "IMPLEMENTS"),
                ("排污许可管理条例", "IMPLEMENTS"),
                ("环境行政处罚办法", "BASED_ON"),
            },
        ),
    ],
    ids=["provincial-notice-and-plan", "ministry-opinion"],
)
def test_a_document_flattened_onto_one_line(text, expected, refs):
    docs = parse_docs(text)
    assert [fields(d) for d in docs] == expected
    assert roles(docs[-1]) == refs
    assert all(d.source_line == 1 for d in docs)


@pytest.mark.parametrize(
    "line,flat",
    [
        (FLAT_PROVINCIAL.strip(), True),
        (FLAT_MINISTRY.strip(), True),
        # an article citing numbered documents is a long line, not a flattened document
        (
            "第一条 为了进一步规范行政应诉工作，根据《国务院办公厅关于加强和改进行政应诉工作的意见》（国办发〔2016〕54号）、"
            "《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号），结合本市实际，制定本规定。",
            False,
        ),
        ("河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知豫政办〔2024〕46号", False),  # short
    ],
)
def test_what_reads_as_a_flattened_document(line, flat):
    assert is_flat(clean_lines(line)[0].text) is flat


# ================================================================ 2. 令 layout
# a province: title / 某某省人民政府令 / （第N号） / promulgation / 省长 签名 / date / title again / articles
DECREE_PROVINCIAL = """浙江省水资源节约保护管理办法

浙江省人民政府令

（第412号）

《浙江省水资源节约保护管理办法》已经2024年6月3日省人民政府第31次常务会议审议通过，现予公布，自2024年9月1日起施行。

省长 王 浩

2024年6月20日

浙江省水资源节约保护管理办法

第一条 为了加强水资源节约保护，根据《中华人民共和国水法》《浙江省水资源管理条例》等法律、法规，结合本省实际，制定本办法。

第三十条 本办法自2024年9月1日起施行。2005年3月1日省人民政府发布的《浙江省节约用水办法》（省政府令第190号）同时废止。
"""
# a ministry: 令 head / 2024年第N号 / promulgation / 部长 签名 / date / title / articles
DECREE_MINISTRY = """中华人民共和国交通运输部令
2024年第5号
《道路旅客运输及客运站管理规定》已于2024年3月1日经第6次部务会议通过，现予公布，自2024年5月1日起施行。
部长 李小鹏
2024年3月8日
道路旅客运输及客运站管理规定
第一章 总则
第一条 为了规范道路旅客运输经营活动，根据《中华人民共和国道路运输条例》，制定本规定。
"""
# the State Council: 令 / 第N号 / 现公布修订后的《X》 / 总理 签名 / date / X / its history note / articles
DECREE_NATIONAL = """中华人民共和国国务院令
第699号
现公布修订后的《城市供水条例》，自2024年5月1日起施行。
总理　　李强
2024年3月10日
城市供水条例
（1994年7月19日中华人民共和国国务院令第158号发布　根据2020年3月27日《国务院关于修改和废止部分行政法规的决定》修订　2024年3月10日中华人民共和国国务院令第699号第二次修订）
第一条　为了加强城市供水管理，根据《中华人民共和国水法》，制定本条例。
"""


@pytest.mark.parametrize(
    "text,expected,line",
    [
        (
            DECREE_PROVINCIAL,
            ("浙江省水资源节约保护管理办法", "浙江省人民政府令第412号", ("浙江省人民政府",), "2024-06-20"),
            1,
        ),
        (
            DECREE_MINISTRY,
            ("道路旅客运输及客运站管理规定", "中华人民共和国交通运输部令2024年第5号", ("交通运输部",), "2024-03-08"),
            6,
        ),
        (DECREE_NATIONAL, ("城市供水条例", "中华人民共和国国务院令第699号", ("国务院",), "2024-03-10"), 6),
    ],
    ids=["province-title-first", "ministry-year-numbered", "state-council-with-history-note"],
)
def test_a_decree_and_its_rule_are_one_document(text, expected, line):
    (d,) = parse_docs(text)
    assert fields(d) == expected
    assert d.source_line == line


def test_a_history_note_under_the_title_is_cited_not_rested_on():
    (d,) = parse_docs(DECREE_NATIONAL)
    assert roles(d) == {("国务院关于修改和废止部分行政法规的决定", "CITES"), ("中华人民共和国水法", "BASED_ON")}


def test_the_rule_a_provincial_decree_repeals():
    (d,) = parse_docs(DECREE_PROVINCIAL)
    assert ("浙江省节约用水办法", "SUPERSEDES") in roles(d)


# ================================================================ 3. forwarded reports
# the State Council's general office forwards a bureau's report, printed with its own signature
FORWARDED_NATIONAL = """国务院办公厅转发国家林业局
关于加强森林防火工作意见报告的通知
国办发〔1998〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国家林业局《关于加强森林防火工作意见的报告》已经国务院同意，现转发给你们，请认真贯彻执行。
国务院办公厅
一九九八年三月二日
关于加强森林防火工作意见的报告
国务院：
为贯彻落实《森林防火条例》，现就加强森林防火工作提出如下意见。
国家林业局
一九九八年二月十日
"""
# a province's general office forwards a department's opinion, its author and date in a note under the title
FORWARDED_PROVINCIAL = """山东省人民政府办公厅转发省发展改革委关于促进民营经济发展若干意见的通知
鲁政办发〔2019〕5号
各市人民政府，省政府各部门、各直属机构：
省发展改革委《关于促进民营经济发展的若干意见》已经省政府同意，现转发给你们，请结合实际认真贯彻执行。
山东省人民政府办公厅
2019年2月20日
关于促进民营经济发展的若干意见
（山东省发展和改革委员会　2019年1月15日）
根据《中华人民共和国中小企业促进法》，现就促进民营经济发展提出如下意见。
"""


@pytest.mark.parametrize(
    "text,notice,report,cited",
    [
        (
            FORWARDED_NATIONAL,
            (
                "国务院办公厅转发国家林业局关于加强森林防火工作意见报告的通知",
                "国办发〔1998〕12号",
                ("国务院办公厅",),
                "1998-03-02",
            ),
            ("关于加强森林防火工作意见的报告", None, ("国家林业局",), "1998-02-10"),
            {("森林防火条例", "IMPLEMENTS")},
        ),
        (
            FORWARDED_PROVINCIAL,
            (
                "山东省人民政府办公厅转发省发展改革委关于促进民营经济发展若干意见的通知",
                "鲁政办发〔2019〕5号",
                ("山东省人民政府办公厅",),
                "2019-02-20",
            ),
            ("关于促进民营经济发展的若干意见", None, ("山东省发展和改革委员会",), "2019-01-15"),
            {("中华人民共和国中小企业促进法", "BASED_ON")},
        ),
    ],
    ids=["state-council-forwards-a-report", "province-forwards-an-opinion"],
)
def test_a_forwarded_text_is_its_own_document(text, notice, report, cited):
    n, r = parse_docs(text)
    assert fields(n) == notice  # the notice's issuer is never "…转发某某局"
    assert fields(r) == report  # the forwarded text keeps its own issuer and date
    assert r.transmitted_by == 0
    assert {(x.title, x.role) for x in n.references} == {(report[0], "TRANSMITS")}
    assert roles(r) == cited  # its citations hang on it, not on the notice


# ================================================================ 4. a notice issuing two texts
# texts counted in the title (两个规定), named in the first sentence
TWO_COUNTED = """国务院办公厅关于印发甲行业改革中事业单位转制为企业和进一步支持甲企业发展两个规定的通知
国办发〔2021〕30号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国家发展改革委会同财政部等部门拟定的《甲行业改革中事业单位转制为企业的规定》和《进一步支持甲企业发展的规定》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2021年6月1日
甲行业改革中事业单位
转制为企业的规定
为进一步深化甲行业改革，特制定以下规定：
一、转制企业应执行《企业财务通则》。
进一步支持甲企业发展的规定
为促进甲企业发展，特制定以下规定：
一、用地符合《划拨用地目录》的，可以划拨方式供地。
"""
# texts quoted in the title (关于印发《A》《B》的通知), a city's bureau
TWO_QUOTED = """成都市住房和城乡建设局关于印发《成都市住宅物业服务标准》《成都市物业服务企业信用评价办法》的通知
成住建发〔2023〕11号
各区（市）县住房和城乡建设局：
现将《成都市住宅物业服务标准》《成都市物业服务企业信用评价办法》印发给你们，请遵照执行。
成都市住房和城乡建设局
2023年4月3日
成都市住宅物业服务标准
第一条 根据《物业管理条例》，制定本标准。
成都市物业服务企业信用评价办法
第一条 根据《成都市物业管理条例》，制定本办法。
"""


@pytest.mark.parametrize(
    "text,texts",
    [
        (TWO_COUNTED, ["甲行业改革中事业单位转制为企业的规定", "进一步支持甲企业发展的规定"]),
        (TWO_QUOTED, ["成都市住宅物业服务标准", "成都市物业服务企业信用评价办法"]),
    ],
    ids=["counted-in-the-title", "quoted-in-the-title"],
)
def test_both_texts_a_notice_issues_are_split_out(text, texts):
    notice, *issued = parse_docs(text)
    assert [d.title for d in issued] == texts
    assert all(d.transmitted_by == 0 and (d.issuers, d.date) == (notice.issuers, notice.date) for d in issued)
    assert {(r.title, r.role) for r in notice.references if r.role == "TRANSMITS"} == {(t, "TRANSMITS") for t in texts}
    assert all(r.title in texts for r in notice.references if r.role == "TRANSMITS")  # no title made up


# ================================================================ 5. title printed twice
# a database export repeats the whole title above the header
TWICE_SAME = """湖南省人民政府关于印发《湖南省优化营商环境若干措施》的通知
湖南省人民政府关于印发《湖南省优化营商环境若干措施》的通知
湘政发〔2024〕6号
各市州人民政府，省政府各厅委、各直属机构：
现将《湖南省优化营商环境若干措施》印发给你们，请认真贯彻执行。
湖南省人民政府
2024年3月15日
湖南省优化营商环境若干措施
为深入贯彻落实《优化营商环境条例》，制定以下措施。
"""
# another export prints the title without its issuers first
TWICE_WITHOUT_ISSUERS = """关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知
四川省医疗保障局 四川省财政厅 国家税务总局四川省税务局关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知
川医保发〔2023〕20号
各市（州）医疗保障局、财政局，国家税务总局各市（州）税务局：
根据《国家医保局 财政部 国家税务总局关于做好2023年城乡居民基本医疗保障工作的通知》（医保发〔2023〕24号）要求，现就有关事项通知如下。
四川省医疗保障局 四川省财政厅
国家税务总局四川省税务局
2023年9月28日
"""


@pytest.mark.parametrize(
    "text,title,n_docs",
    [
        (TWICE_SAME, "湖南省人民政府关于印发《湖南省优化营商环境若干措施》的通知", 2),
        (
            TWICE_WITHOUT_ISSUERS,
            "四川省医疗保障局四川省财政厅国家税务总局四川省税务局关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知",
            1,
        ),
    ],
    ids=["same-title-twice", "title-then-title-with-issuers"],
)
def test_a_title_printed_twice_is_one_title(text, title, n_docs):
    docs = parse_docs(text)
    assert len(docs) == n_docs and docs[0].title == title  # not doubled, and an issued text not swallowed


# ================================================================ 6. history notes are not repeals
@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a provincial rule's note on its predecessor
        (
            "修订前的《广东省城市垃圾管理条例》（2001年9月1日废止）中关于收费的规定不再适用。",
            {("广东省城市垃圾管理条例", "CITES")},
        ),
        # a judicial interpretation recalling an act that has lapsed
        (
            "本解释所称职工，参照《国营企业职工待业保险暂行规定》（已于1993年失效）确定。",
            {("国营企业职工待业保险暂行规定", "CITES")},
        ),
        # control: a repeal of this text is SUPERSEDES
        (
            "本规定自2024年1月1日起施行，《甲市城市垃圾管理办法》（甲政〔2010〕5号）同时废止。",
            {("甲市城市垃圾管理办法", "SUPERSEDES")},
        ),
        # a repeal word that describes goods is none
        (
            "依照《中华人民共和国产品质量法》关于销售失效、变质的产品的处罚规定处罚。",
            {("中华人民共和国产品质量法", "BASED_ON")},
        ),
    ],
)
def test_history_notes_are_not_repeals(sentence, expected):
    refs = find_references(sentence, file="f", line_of=lambda i: 1)
    assert {(r.title, r.role) for r in refs} == expected


# the sample's wrapped repeal list: the second title runs over blank lines and still is a repeal
WRAPPED_REPEAL = """甲省财政厅 甲省税务局关于进一步支持小微企业发展有关税费政策的公告

甲省财政厅 甲省税务局公告

2024年第3号

本公告自2024年1月1日起施行。《甲省财政厅关于小微企业税费减免有关问题的公告》（2019年第10号）和《甲省财政厅 甲省

税务局关于进一步扶持小微企业发展有关税费政策的公告》（2023 年第 14号）同时废止。

甲省财政厅 甲省税务局

2024年3月29日
"""


def test_the_second_title_of_a_wrapped_repeal_list_keeps_its_role():
    (d,) = parse_docs(WRAPPED_REPEAL)
    assert {(str(r.doc_number), r.role) for r in d.references} == {
        ("2019年第10号", "SUPERSEDES"),
        ("2023年第14号", "SUPERSEDES"),
    }


# ================================================================ 7. the document-type vocabulary is data
@pytest.mark.parametrize(
    "title,document",
    [
        ("企业财务通则", True),  # 通则
        ("国家突发公共事件总体应急预案", True),  # 预案
        ("国家重点保护野生动物名录", True),  # 名录
        ("关于对甲市水淹区群众生活困难情况的调查及初步意见的汇报", True),  # 汇报
        ("关于恳请解决甲县地质险情有关问题的请示", True),  # 请示
        ("濒危野生动植物种国际贸易公约", True),  # 公约 (a treaty)
        ("商标国际注册马德里协定", True),  # 协定 (a treaty)
        ("甲市国土空间总体规划（2021—2035年）", True),  # 规划
        ("就业创业证", False),
        ("战略合作协议", False),  # an agreement between parties
        ("人民日报", False),
    ],
)
def test_cited_document_types(title, document):
    assert is_document_title(title) is document


def test_the_vocabulary_is_read_from_data():
    v = default_vocabulary()
    assert "通则" in v.cited and "通则" not in v.own  # a cited title may end so, a printed line is no title
    assert v.own[0] != "法" and len(v.own[0]) >= len(v.own[-1])  # longest first
    assert v.basic("应急预案") == "预案"


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("新建住宅小区应当符合《城市居住区规划设计标准》（GB 50180—2018）。", "城市居住区规划设计标准"),
        ("按照《国民经济行业分类》（GB/T 4754）确定行业。", "国民经济行业分类"),
    ],
)
def test_a_standard_named_with_its_code_is_cited_by_title(sentence, title):
    (r,) = find_references(sentence, file="f", line_of=lambda i: 1)
    assert (r.title, r.doc_number) == (title, None)  # GB codes are no doc numbers


# ================================================================ 8. short law titles and defined short names
@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a province's rule cites a law by its short name
        ("违反本办法规定，构成犯罪的，依照《刑法》追究刑事责任。", {("刑法", "BASED_ON")}),
        ("用人单位应当依照《劳动法》《民法典》的规定履行义务。", {("劳动法", "BASED_ON"), ("民法典", "BASED_ON")}),
        # a defined short name stands for what it abbreviates, however long
        (
            "根据《甲省促进中小企业发展条例》（以下简称《中小企业发展条例》），制定本办法。落实《中小企业发展条例》规定的扶持政策。",
            {("甲省促进中小企业发展条例", "BASED_ON"), ("甲省促进中小企业发展条例", "IMPLEMENTS")},
        ),
        # a text's own short name, and a bare 文种, are no documents
        ("本规定（以下简称《支持规定》）所称企业，是指在本市登记的企业。《支持规定》未尽事宜按有关规定执行。", set()),
        ("《条例》《办法》另有规定的，从其规定。", set()),
    ],
)
def test_short_titles_are_told_from_the_text(sentence, expected):
    refs = find_references(sentence, file="f", line_of=lambda i: 1)
    assert {(r.title, r.role) for r in refs} == expected


@pytest.mark.parametrize(
    "title,law", [("刑法", True), ("民法典", True), ("民法通则", True), ("支持办法", False), ("条例", False)]
)
def test_short_law_titles(title, law):
    assert is_short_law_title(title) is law


# ================================================================ 9. issued texts inherit, forwarded texts keep their own
def test_issued_texts_inherit_and_forwarded_texts_keep_their_own():
    _, *issued = parse_docs(TWO_QUOTED)
    assert {(d.issuers, d.date) for d in issued} == {(("成都市住房和城乡建设局",), "2023-04-03")}
    _, report = parse_docs(FORWARDED_NATIONAL)
    assert (report.issuers, report.date) == (("国家林业局",), "1998-02-10")


# ================================================================ portal pages and printed attachments
# a portal page whose metadata table is printed one cell per line (labels and values apart)
PORTAL_CELLS = """索 引 号：
000014349/2019-00001
发文机关：
国务院办公厅
成文日期：
2019年01月09日
标　　题：
国务院办公厅关于开展甲项治理工作的通知
发文字号：
国办发〔2019〕3号
发布日期：
2019年01月22日
主 题 词：
国务院办公厅关于开展甲项治理工作的通知
国办发〔2019〕3号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院同意，现就开展甲项治理工作通知如下。
国务院办公厅
2019年1月9日
（此件公开发布）
扫一扫在手机打开当前页
"""
# a province's portal prints a keyword line under 主题词 and dates the text only in the table
PORTAL_KEYWORDS = """索引号：
11510000MB1234567X/2022-00012
发布机构：
四川省人民政府办公厅
成文日期：
2022年05月06日
标题：
四川省人民政府办公厅关于加强乙项管理的通知
文号：
川办函〔2022〕31号
发布日期：
2022年05月20日
主 题 词：
城乡建设　管理　通知
四川省人民政府办公厅关于加强乙项管理的通知
川办函〔2022〕31号
各市（州）人民政府，省政府各部门：
为加强乙项管理，经省政府同意，现就有关事项通知如下。
"""


@pytest.mark.parametrize(
    "text,expected,line,table_date",
    [
        (
            PORTAL_CELLS,
            ("国务院办公厅关于开展甲项治理工作的通知", "国办发〔2019〕3号", ("国务院办公厅",), "2019-01-09"),
            14,
            "2019-01-09",
        ),
        (
            PORTAL_KEYWORDS,
            (
                "四川省人民政府办公厅关于加强乙项管理的通知",
                "川办函〔2022〕31号",
                ("四川省人民政府办公厅",),
                "2022-05-06",
            ),
            15,  # under the keyword line
            "2022-05-06",
        ),
    ],
    ids=["gov-cn-cells", "provincial-portal-keywords"],
)
def test_a_portal_table_printed_one_cell_per_line(text, expected, line, table_date):
    (d,) = parse_docs(text)
    assert fields(d) == expected  # dated by the signature or 成文日期, never by 发布日期
    assert d.source_line == line  # the printed title, not the table's 标题 cell
    assert read_portal_fields(text).date == table_date


# an approval prints the plan it approves; a letter prints a report signed by its authors
APPROVAL = """国务院关于同意建立甲产业发展部际联席会议制度的批复
国函〔2019〕20号
国家发展改革委：
你委关于建立甲产业发展部际联席会议制度的请示收悉。现批复如下：同意建立甲产业发展部际联席会议制度。
附件：甲产业发展部际联席会议制度
国务院
2019年3月1日
附件
甲产业发展部际联席会议制度
为加强甲产业发展工作的统筹协调，经国务院同意，建立甲产业发展部际联席会议制度。
一、主要职能
"""
LETTER_WITH_REPORT = """国务院办公厅关于甲省乙县地质灾害险情有关问题的复函
国办函〔2005〕9号
甲省人民政府：
你省《关于恳请解决乙县地质险情有关问题的请示》收悉。经国务院同意，现函复如下。
附件：自然资源部关于乙县地质险情调研情况的报告
国务院办公厅
二〇〇五年二月一日
附件
关于乙县地质险情
调研情况的报告
国务院：
为落实国务院领导同志批示，我部组织专家组赴现场调查，现将有关情况报告如下。
一、基本情况
自然资源部
二〇〇五年一月十日
"""


@pytest.mark.parametrize(
    "text,attachment,transmitted,issuers,date",
    [
        (APPROVAL, "甲产业发展部际联席会议制度", 0, ("国务院",), "2019-03-01"),
        (LETTER_WITH_REPORT, "关于乙县地质险情调研情况的报告", None, ("自然资源部",), "2005-01-10"),
    ],
    ids=["approval-publishes-what-it-approves", "letter-prints-a-signed-report"],
)
def test_an_attachment_printed_in_full_is_a_document(text, attachment, transmitted, issuers, date):
    _, a = parse_docs(text)
    assert (a.title, a.transmitted_by, a.issuers, a.date) == (attachment, transmitted, issuers, date)


def test_an_unsigned_attachment_of_a_notice_is_no_document():
    text = """甲市人力资源和社会保障局关于开展技能培训补贴申领工作的通知
甲人社〔2024〕8号
各区人力资源和社会保障局：
现就开展技能培训补贴申领工作通知如下。
附件：技能培训补贴申领流程指引
甲市人力资源和社会保障局
2024年5月6日
附件
技能培训补贴申领流程指引
一、申领对象
二、申领材料
"""
    assert len(parse_docs(text)) == 1


@pytest.mark.parametrize(
    "title,name,approved",
    [
        ("国务院关于同意组建甲运动会首都机场协调委员会的批复", "甲运动会首都机场协调委员会组建方案", True),
        ("国务院关于同意乙市设立新区的批复", "新区界址点坐标表", False),
        ("甲省人民政府关于印发乙方案的通知", "乙方案", False),  # no approval
    ],
)
def test_what_an_approval_approves(title, name, approved):
    assert approves(title, name) is approved
