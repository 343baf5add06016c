"""Finding documents in a publication and reading each one's header: real excerpts of data/corpus.

Each excerpt keeps its original line breaks (and blank lines), so ``source_line`` is the line the
title starts on in the excerpt.  Covers, prefaces, tables of contents and section headings are never
documents; a transmitting notice and the text it transmits are two documents.
"""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

from factories import parse_docs


def summary(d):
    return (d.title, str(d.doc_number) if d.doc_number else None, d.issuers, d.date)


# henan-gazette-2024-19.txt, lines 1-47 and 141: cover, table of contents, a government decree (令).
GAZETTE_DECREE = """

河南省人民政府公报

2024 年第 19 号（总第 511 号）

（半月刊）

河南省人民政府办公厅

2024 年 10 月 10 日

目 录

【省政府规章】

省政府令 河南省地震安全性评价管理办法 (2)

【省政府办公厅文件】

河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知 (4)

河南省人民政府办公厅关于印发河南省进一步优化外商投资环境加大吸引外商投资
力度若干措施的通知 (6)

【省政府部门文件】

河南省人力资源和社会保障厅关于加强零工市场服务体系建设的实施意见 (9)

【省政府规章】

河南省地震安全性评价管理办法

河南省人民政府令

第 227 号

《河南省地震安全性评价管理办法》
已经 2024 年 8 月 20 日省政府第 39 次常
务会议通过，现予公布，自 2024 年 11
月 1 日起施行。

省长 王 凯

2024 年 9 月 2 日

第一条 为了加强对地震安全性评价的管理，防御和减轻地震灾害，保护人民生命和财产安全，根据《中华人民共和国防震减灾法》《地震安全性评价管理条例》《河南省防震减灾条例》等法律、法规，结合本省实际，制定本办法。

第十七条 本办法自2024年11月1日起施行。2008年11月13日河南省人民政府公布的《河南省实施〈地震安全性评价管理条例〉办法》（省政府令第120号）同时废止。
"""


def test_cover_and_toc_are_not_documents_and_the_decree_is_found():
    found = parse_docs(GAZETTE_DECREE)
    assert [d.title for d in found] == ["河南省地震安全性评价管理办法"]
    (d,) = found
    assert d.source_line == 32  # the title above 河南省人民政府令, not the TOC entry on line 17
    assert (d.doc_number.text, d.doc_number.kind, d.doc_number.serial) == ("河南省人民政府令第227号", "order", 227)
    assert d.issuers == ("河南省人民政府",)
    assert d.date == "2024-09-02"
    assert d.effective_date == "2024-11-01"
    assert d.doc_type == "办法"
    assert d.level == "provincial"


def test_decree_repeals_the_older_act():
    (d,) = parse_docs(GAZETTE_DECREE)
    roles = {(r.role, r.title) for r in d.references}
    assert ("SUPERSEDES", "河南省实施《地震安全性评价管理条例》办法") in roles
    assert ("BASED_ON", "中华人民共和国防震减灾法") in roles


# henan-gazette-2024-19.txt, lines 145-165: a notice whose title has stray spaces, and the measures it transmits.
GAZETTE_NOTICE = """河南省人民政府办公厅 关于印发支持平台经济高质量发展若干措施的 通 知

豫政办〔2024〕46号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《支持平台经济高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。

河南省人民政府办公厅

2024年8月22日

（本文有删减）

支持平台经济高质量发展若干措施

为深入贯彻党中央、国务院关于发展平台经济的决策部署，加快促进我省平台经济高质量发展，结合我省实际，制定以下支持措施。

一、做强头部企业

本措施自印发之日起施行，有效期3年。
"""


def test_transmitting_notice_and_transmitted_text_are_two_documents():
    notice, measures = parse_docs(GAZETTE_NOTICE)
    assert summary(notice) == (
        "河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知",
        "豫政办〔2024〕46号",
        ("河南省人民政府办公厅",),
        "2024-08-22",
    )
    assert notice.source_line == 1 and notice.doc_type == "通知"
    assert measures.title == "支持平台经济高质量发展若干措施"
    assert measures.source_line == 15
    assert measures.transmitted_by == 0
    assert measures.doc_number is None


def test_transmitted_text_inherits_issuers_and_date():
    notice, measures = parse_docs(GAZETTE_NOTICE)
    assert measures.issuers == notice.issuers
    assert measures.date == notice.date
    assert measures.level == "provincial"
    assert measures.effective_date == "2024-08-22"
    assert measures.expiry_date == "2027-08-21"


# henan-pingdingshan-employment-policies-2023.txt, lines 1-8, 44-60: TOC with page numbers, part heading,
# and a title split over three lines.
PINGDINGSHAN_START = """

目 录

第一部分 省级政策文件汇编

1. 河南省人民政府办公厅关于印发 2023 年河南省支持高校毕业生等青年就业创业若干政策措施的通知..... 1
2. 河南省就业创业工作领导小组关于进一步加强企业用工保障工作的通知 10

第二部分 市级政策文件汇编

18. 平顶山市人力资源和社会保障局《关于征集 2023 年就业见习单位、开发就业见习岗位的通知》..... 175

第一部分 省级政策文件汇编

河南省人民政府办公厅
关于印发 2023 年河南省支持高校毕业生等
青年就业创业若干政策措施的通知

豫政办〔2023〕17号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

《2023年河南省支持高校毕业生等青年就业创业若干政策措施》已经省政府同意，现印发给你们，请认真贯彻执行。

河南省人民政府办公厅

2023年4月27日

2023年河南省支持高校毕业生等青年就业创业若干政策措施

为贯彻落实党中央、国务院决策部署，做好高校毕业生等青年就业创业工作，制定以下政策措施。
"""


def test_toc_entries_and_part_headings_are_not_documents():
    found = parse_docs(PINGDINGSHAN_START)
    assert [d.title for d in found] == [
        "河南省人民政府办公厅关于印发2023年河南省支持高校毕业生等青年就业创业若干政策措施的通知",
        "2023年河南省支持高校毕业生等青年就业创业若干政策措施",
    ]
    assert [d.source_line for d in found] == [16, 30]


def test_title_split_over_three_lines():
    notice = parse_docs(PINGDINGSHAN_START)[0]
    assert summary(notice) == (
        "河南省人民政府办公厅关于印发2023年河南省支持高校毕业生等青年就业创业若干政策措施的通知",
        "豫政办〔2023〕17号",
        ("河南省人民政府办公厅",),
        "2023-04-27",
    )


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 2140-2172: a joint notice whose title and number
# are broken across lines (even inside a word and a bracket qualifier), signed by four bodies.
KAIFENG_JOINT = """ 工业和信息化部 财政部 中国人民银
行 金融监管总局关于发布《中小企业数字
化赋能专项行动方案（2025—2027 年）》

的通知
工信部联企业〔2024〕239 号

各省、自治区、直辖市及计划单列市、新疆生产建设兵

团中小企业主管部门、财政厅（局）；中国人民银行上海总

部，各省、自治区、直辖市及计划单列市分行，各金融监管

局：

现将《中小企业数字化赋能专项行动方案（2025—2027

年）》印发给你们，请抓好贯彻落实。

工业和信息化部

财政部

中国人民银行

金融监管总局

2024 年 12 月 12 日

中小企业数字化赋能专项行动方案（2025—2027 年）

中小企业是推动创新、促进就业、改善民生的重要力量。《中小企业数字化赋能专项行动方案》（工信

厅企业〔2020〕10 号）印发以来，中小企业数字化进程明显加快，发展质量显著提升。
"""

JOINT_NATIONAL = ("工业和信息化部", "财政部", "中国人民银行", "国家金融监督管理总局")


def test_joint_issuers_from_a_title_broken_inside_a_name():
    notice, plan = parse_docs(KAIFENG_JOINT)
    assert summary(notice) == (
        "工业和信息化部财政部中国人民银行金融监管总局关于发布《中小企业数字化赋能专项行动方案（2025—2027年）》的通知",
        "工信部联企业〔2024〕239号",
        JOINT_NATIONAL,
        "2024-12-12",
    )
    assert notice.level == "national"
    assert plan.title == "中小企业数字化赋能专项行动方案（2025—2027年）"
    assert plan.issuers == JOINT_NATIONAL and plan.date == "2024-12-12"


def test_doc_number_split_across_lines_in_a_citation():
    _, plan = parse_docs(KAIFENG_JOINT)
    cited = [(r.title, str(r.doc_number)) for r in plan.references]
    assert ("中小企业数字化赋能专项行动方案", "工信厅企业〔2020〕10号") in cited


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 113-136 and 426-440: an announcement (公告) of five
# national bodies, numbered "2024年第 4号".
KAIFENG_ANNOUNCEMENT = """ 国家税务总局人力资源社会保障部农
业农村部教育部退役军人事务部关于重点
群体和自主就业退役士兵创业就业税收政

策有关执行问题的公告

国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部公告

2024年第 4号

为推动《财政部 税务总局 人力资源社会保障部 农业

农村部关于进一步支持重点群体创业就业有关税收政策的

公告》（2023年第 15号）和《财政部 税务总局 退役军人

事务部关于进一步扶持自主就业退役士兵创业就业有关税

收政策的公告》（2023年第 14号）有效落实，进一步优化

征管操作流程，现就有关执行问题公告如下：

本公告自 2024年 1月 1日起施行。

特此公告。

国家税务总局 人力资源社会保障部

农业农村部 教育部

退役军人事务部

2024年 3月 29日
"""


def test_announcement_number_and_five_issuers():
    (d,) = parse_docs(KAIFENG_ANNOUNCEMENT)
    assert d.title == (
        "国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部关于重点群体和自主就业退役士兵创业就业"
        "税收政策有关执行问题的公告"
    )
    assert d.source_line == 1
    assert (str(d.doc_number), d.doc_number.kind, d.doc_number.year, d.doc_number.serial) == (
        "2024年第4号",
        "announcement",
        2024,
        4,
    )
    assert d.issuers == ("国家税务总局", "人力资源和社会保障部", "农业农村部", "教育部", "退役军人事务部")
    assert d.date == "2024-03-29"
    assert d.effective_date == "2024-01-01"
    assert d.doc_type == "公告"
    numbers = {str(r.doc_number) for r in d.references}
    assert {"2023年第15号", "2023年第14号"} <= numbers


# zhengzhou-government-documents-2022.txt, lines 1-35: doc number and date share one line.
ZHENGZHOU = """

郑州市人民政府

关于下达 2022 年度郑州市重点建设项目的通知

郑政〔2022〕1号 2022年2月14日

各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：

2022年度郑州市重点建设项目名单已经确定，现下达给你们。

附件：2022年度郑州市重点建设项目名单（略）

郑州市人民政府 关于印发郑州市人民政府法律顾问 工作规则的通知

郑政文〔2022〕16号 2022年2月9日

各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：

现将《郑州市人民政府法律顾问工作规则》印发给你们，请认真遵照执行。

郑州市人民政府法律顾问工作规则

第一条 为了规范市政府法律顾问工作，制定本规则。
"""


def test_number_and_date_on_one_line():
    found = parse_docs(ZHENGZHOU)
    assert [summary(d) for d in found] == [
        (
            "郑州市人民政府关于下达2022年度郑州市重点建设项目的通知",
            "郑政〔2022〕1号",
            ("郑州市人民政府",),
            "2022-02-14",
        ),
        (
            "郑州市人民政府关于印发郑州市人民政府法律顾问工作规则的通知",
            "郑政文〔2022〕16号",
            ("郑州市人民政府",),
            "2022-02-09",
        ),
        ("郑州市人民政府法律顾问工作规则", None, ("郑州市人民政府",), "2022-02-09"),
    ]
    assert [d.source_line for d in found] == [3, 15, 23]
    assert all(d.level == "municipal" for d in found)


# jiaozuo-gazette-2024-03.txt, lines 1-38: Markdown headings, a TOC as a Markdown list.
JIAOZUO = """

# 焦作市人民政府公报

2024年第3号（总第135号）

焦作市人民政府办公室

2024年6月30日

## 目 录

### 【市政府文件】

- 焦作市人民政府关于印发焦作市推动大规模设备更新和消费品以旧换新实施方案的通知 ..... (3)

### 【市政府办公室文件】

- 焦作市人民政府办公室关于做好2024年稳就业工作的通知 ..... (11)



# 焦作市人民政府 关于印发焦作市推动大规模设备更新和 消费品以旧换新实施方案的通知

焦政〔2024〕10号

各县（市、区）人民政府，市城乡一体化示范区管委会，市人民政府各部门，各有关单位：

现将《焦作市推动大规模设备更新和消费

品以旧换新实施方案》印发给你们，请认真贯彻执行。

2024年6月13日

## 焦作市推动大规模设备更新和 消费品以旧换新实施方案

为贯彻党中央、国务院决策部署，落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》（国发〔2024〕7号）精神，结合我市实际，制定本实施方案。
"""


def test_markdown_gazette_cover_and_toc_list_are_not_documents():
    found = parse_docs(JIAOZUO)
    assert [(d.title, d.source_line) for d in found] == [
        ("焦作市人民政府关于印发焦作市推动大规模设备更新和消费品以旧换新实施方案的通知", 23),
        ("焦作市推动大规模设备更新和消费品以旧换新实施方案", 35),
    ]
    notice, plan = found
    assert (str(notice.doc_number), notice.issuers, notice.date) == (
        "焦政〔2024〕10号",
        ("焦作市人民政府",),
        "2024-06-13",
    )
    assert plan.issuers == ("焦作市人民政府",) and plan.date == "2024-06-13"
    assert [(r.role, str(r.doc_number)) for r in plan.references] == [("IMPLEMENTS", "国发〔2024〕7号")]


# henan-pingdingshan-employment-policies-2023.txt, lines 3451-3476: eleven joint issuers listed above the
# number; the title itself names none of them; the signature repeats them.
PINGDINGSHAN_ELEVEN = """平顶山市人力资源和社会保障局
平顶山市发展和改革委员会
平顶山市教育体育局
平顶山市公安局
平顶山市财政局
平顶山市住房和城乡建设局
平顶山市农业农村局
平顶山市医疗保障局
平顶山市总工会
平顶山市房产事务中心
平顶山市住房公积金管理中心

平人社函〔2023〕38号

关于印发《平顶山市县域农民工 市民化质量提升行动实施方案》的通知

各县（市、区）人力资源和社会保障局、发展和改革委员会、教育体育局、公安局、财政局：

现将《平顶山市县域农民工市民化质量提升行动实施方案》印发给你们，请结合工作实际，认真抓好贯彻落实。

平顶山市人力资源和社会保障局
平顶山市发展和改革委员会
平顶山市教育体育局
平顶山市公安局
平顶山市财政局
平顶山市住房和城乡建设局
平顶山市农业农村局
平顶山市医疗保障局
平顶山市总工会
平顶山市房产事务中心
平顶山市住房公积金管理中心
2023年5月30日
(此件不公开)
"""

ELEVEN = (
    "平顶山市人力资源和社会保障局",
    "平顶山市发展和改革委员会",
    "平顶山市教育体育局",
    "平顶山市公安局",
    "平顶山市财政局",
    "平顶山市住房和城乡建设局",
    "平顶山市农业农村局",
    "平顶山市医疗保障局",
    "平顶山市总工会",
    "平顶山市房产事务中心",
    "平顶山市住房公积金管理中心",
)


def test_eleven_joint_issuers():
    (d,) = parse_docs(PINGDINGSHAN_ELEVEN)
    assert str(d.doc_number) == "平人社函〔2023〕38号"
    assert d.title.endswith("关于印发《平顶山市县域农民工市民化质量提升行动实施方案》的通知")
    assert d.issuers == ELEVEN
    assert d.date == "2023-05-30"
    assert d.level == "municipal"


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 1-19: a preface (序 言) and a section heading
# (一、国家惠企政策汇编) before the first document.
KAIFENG_PREFACE = """ 序 言

为进一步促进我区营商环境再优化，让更多市场主体享

受政策红利，为企业发展纾困解难，区营商办聚焦提升惠企

政策的知晓度和便利度，梳理惠企政策、编制惠企政策汇编，

市的惠企政策完善政策汇编。
 一、国家惠企政策汇编
 国家税务总局
关于进一步便利纳税人跨区迁移
服务全国统一大市场建设的通知

税总征科发〔2024〕38号

国家税务总局各省、自治区、直辖市和计划单列市税务

局，国家税务总局驻各地特派员办事处：

本通知自 2024 年 9 月 1 日起执行。

国家税务总局

2024年 7月 29日
"""


def test_preface_and_section_heading_are_not_documents():
    (d,) = parse_docs(KAIFENG_PREFACE)
    assert summary(d) == (
        "国家税务总局关于进一步便利纳税人跨区迁移服务全国统一大市场建设的通知",
        "税总征科发〔2024〕38号",
        ("国家税务总局",),
        "2024-07-29",
    )
    assert d.source_line == 11
    assert d.effective_date == "2024-09-01"


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 3750-3754: a decree printed with its promulgation
# note under the title (no 令 header).
KAIFENG_PROMULGATION = """二、河南省惠企政策汇编
 河南省专精特新企业培育支持办法（试行）
(2024年 4月 8日河南省人民政府令第 225号公布自 2024年

5月 1日起施行)

第一章总则

第一条 为引导中小企业走专精特新发展道路，培育专精特新企业，根据《中华人民共和国中小企业促进法》和有关法律、法规，结合本省实际，制定本办法。
"""


def test_promulgation_note_gives_order_number_date_and_effective_date():
    (d,) = parse_docs(KAIFENG_PROMULGATION)
    assert d.title == "河南省专精特新企业培育支持办法（试行）"
    assert d.source_line == 2
    assert str(d.doc_number) == "河南省人民政府令第225号"
    assert d.issuers == ("河南省人民政府",)
    assert (d.date, d.effective_date) == ("2024-04-08", "2024-05-01")


# Documents printed without a doc number: found from their title block and dated line (real excerpts).
# kaifeng lines 5621-5640: a joint opinion of the provincial Party committee and government, dated in brackets.
KAIFENG_DATED_OPINION = """务水平，与村级互助养老服务设施、基层医疗卫生机构功能互补、

相互促进，构建农村一刻钟养老服务圈。完成 300个以上乡镇敬
 老院转型为区域养老服务中心任务。
 中共河南省委 河南省人民政府
关于促进民营经济发展壮大的实施意见

（2024年 5月 6日）

为深入贯彻习近平总书记关于民营经济发展的重要论

述，进一步优化民营经济发展环境，促进民营经济做大做优

做强，根据《中共中央国务院关于促进民营经济发展壮大的

意见》精神，结合我省实际，提出如下实施意见。
"""


def test_dated_opinion_without_number_is_a_document():
    found = parse_docs(KAIFENG_DATED_OPINION)
    titles = [d.title for d in found]
    assert "中共河南省委河南省人民政府关于促进民营经济发展壮大的实施意见" in titles
    d = found[titles.index("中共河南省委河南省人民政府关于促进民营经济发展壮大的实施意见")]
    assert d.source_line == 5
    assert d.issuers == ("中共河南省委", "河南省人民政府")
    assert d.date == "2024-05-06"
    assert [(r.role, r.title) for r in d.references] == [("IMPLEMENTS", "中共中央国务院关于促进民营经济发展壮大的意见")]


# kaifeng lines 12238-12263 and 12372-12376: two documents printed after the end of the previous one, one
# titled in 《》, one a transmitting notice without issuer or number.
KAIFENG_UNNUMBERED = """第十八条 有关部门（单位）未履行保密义务或违规使

用涉税数据侵害管理相对人合法权益的，依法承担民事责

任；构成犯罪的，依法追究刑事责任。

第五章 附 则

第十九条 本办法自印发之日起施行。
 《开封市优化法治化营商环境十项措
施》

为充分发挥法治固根本、稳预期、利长远的保障作用，

进一步优化法治化营商环境，助推开封经济社会高质量发展，制定本措施。

全程跟踪服务。
 关于印发《开封市促进房地产市场平稳
健康发展若干措施》的通知
为贯彻落实党的二十届三中全会精神和党中央、国务院
决策部署，促进房地产市场平稳健康发展，结合我市实际，制定本措施。
"""


def test_unnumbered_documents_after_a_previous_one_are_found():
    titles = [d.title for d in parse_docs(KAIFENG_UNNUMBERED)]
    assert "开封市优化法治化营商环境十项措施" in titles
    assert "关于印发《开封市促进房地产市场平稳健康发展若干措施》的通知" in titles


def test_amending_decision_amends_the_act_it_names():
    text = """河南省人民政府关于修改《河南省地震安全性评价管理办法》的决定

河南省人民政府令

第 230 号

省人民政府决定对《河南省地震安全性评价管理办法》作如下修改：

一、将第十条中的“30日”修改为“20日”。

本决定自公布之日起施行。

省长 王 凯

2025 年 1 月 2 日
"""
    (d,) = parse_docs(text)
    assert d.title == "河南省人民政府关于修改《河南省地震安全性评价管理办法》的决定"
    assert d.doc_type == "决定"
    assert str(d.doc_number) == "河南省人民政府令第230号"
    assert d.issuers == ("河南省人民政府",)
    assert [(r.role, r.title) for r in d.references] == [("AMENDS", "河南省地震安全性评价管理办法")]
    assert (d.date, d.effective_date) == ("2025-01-02", "2025-01-02")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "目 录\n\n1. 河南省人民政府办公厅关于印发若干措施的通知..... 1\n2. 河南省人力资源和社会保障厅关于调整人力资源服务行政许可权限的通知..... 136\n",
            id="toc-only",
        ),
        pytest.param("第一部分 省级政策文件汇编\n\n一、国家惠企政策汇编\n\n【省政府规章】\n", id="headings-only"),
        pytest.param(
            " 序 言\n\n为进一步促进我区营商环境再优化，让更多市场主体享受政策红利，编制惠企政策汇编。\n",
            id="preface-only",
        ),
    ],
)
def test_no_document_in_furniture(text):
    pf = parse_text(text, "x.txt")
    assert pf.documents == ()
    assert [p.kind for p in pf.problems] == ["no-documents"]


LEVEL_TEMPLATE = """{issuer}
关于进一步做好稳就业工作的通知

{number}

各有关单位：

为贯彻落实党中央、国务院决策部署，现就有关事项通知如下。

{issuer}

2024年3月1日
"""


@pytest.mark.parametrize(
    "issuer,number,level",
    [
        ("国务院办公厅", "国办发〔2024〕15号", "national"),
        ("人力资源和社会保障部", "人社部发〔2024〕11号", "national"),
        ("河南省人民政府办公厅", "豫政办〔2024〕46号", "provincial"),
        ("河南省人力资源和社会保障厅", "豫人社规〔2024〕2号", "provincial"),
        ("开封市人民政府办公室", "汴政办〔2024〕30号", "municipal"),
        ("平顶山市人力资源和社会保障局", "平人社〔2023〕23号", "municipal"),
        ("开封市禹王台区人民政府办公室", "禹政办〔2024〕5号", "district"),
        ("郑州市金水区人民政府", "金政〔2024〕3号", "district"),
    ],
)
def test_level_follows_the_issuer(issuer, number, level):
    (d,) = parse_docs(LEVEL_TEMPLATE.format(issuer=issuer, number=number))
    assert d.title == issuer + "关于进一步做好稳就业工作的通知"
    assert str(d.doc_number) == number
    (canonical,) = d.issuers
    assert issuer.endswith(canonical)  # the registry may name a district body without its city
    assert d.level == level


# kaifeng lines 5067-5082: a notice without a number, found from its addressee; its title and a cited
# title and number are broken across lines (人社 / 工险便函〔2024〕 6 号).
KAIFENG_SPLIT_CITATION = """如申请资料不符合要求，将反馈原因。
 河南省人力资源和社会保障厅
关于在郑州等 6 市开展工伤保险跨省异地就医

直接结算试点工作的通知

各省辖市、济源示范区人力资源和社会保障局，航空港区组

织人 社局：

为加快推进工伤保险跨省异地就医直接结算工作，按照《关

于报送工伤保险跨省异地就医直接结算试点城市的通知》(人社

工险便函〔2024〕 6 号)要求，结合全省实际，经研究，决定开展试点。
"""


def test_title_and_citation_split_across_lines():
    (d,) = parse_docs(KAIFENG_SPLIT_CITATION)
    assert d.title == "河南省人力资源和社会保障厅关于在郑州等6市开展工伤保险跨省异地就医直接结算试点工作的通知"
    assert d.source_line == 2
    assert d.doc_number is None and d.issuers == ("河南省人力资源和社会保障厅",)
    assert [(r.title, str(r.doc_number)) for r in d.references] == [
        ("关于报送工伤保险跨省异地就医直接结算试点城市的通知", "人社工险便函〔2024〕6号")
    ]


@pytest.mark.parametrize(
    "number_line",
    [
        "豫政办〔2024〕46号",
        "豫政办[2024]46号",
        "豫政办（2024）46号",
        "豫政办(2024)46号",
        "豫政办〔2024〕46 号",
        "豫政办 〔 2024 〕 46 号",
        "豫政办［2024］４６号",
    ],
)
def test_doc_number_line_variants_in_a_header(number_line):
    text = LEVEL_TEMPLATE.format(issuer="河南省人民政府办公厅", number=number_line)
    (d,) = parse_docs(text)
    assert str(d.doc_number) == "豫政办〔2024〕46号"
    assert (d.doc_number.prefix, d.doc_number.year, d.doc_number.serial) == ("豫政办", 2024, 46)
    assert d.date == "2024-03-01"


# henan-pingdingshan-employment-policies-2023.txt, lines 1029-1058: a joint notice of a department and a bank
# branch the agency registry does not know; the transmitted text follows an 附件 marker.
PINGDINGSHAN_BANK = """河南省人力资源和社会保障厅
中国银行股份有限公司河南省分行
关于印发《河南省稳岗扩岗专项贷款
实施方案》的通知

豫人社办函〔2023〕40号

各省辖市、济源示范区人力资源社会保障局，中国银行河南省各二级分行、郑州各管辖（分）行：

为深入贯彻落实党的二十大精神，加快创业带动就业保障制度实施，促进高质量充分就业，现将《河南省稳岗扩岗专项贷款实施方案》印发给你们，请认真贯彻执行。

联系人及联系方式：

省人力资源社会保障厅就业促进局

附件：河南省稳岗扩岗专项贷款实施方案

2023年4月13日

附件

河南省稳岗扩岗专项贷款实施方案

为深入贯彻落实党的二十大精神，认真落实党中央、国务院决策部署和省委、省政府有关要求，制定本方案。
"""


def test_joint_notice_with_a_bank_and_transmitted_text_after_an_attachment_marker():
    notice, plan = parse_docs(PINGDINGSHAN_BANK)
    assert (
        notice.title
        == "河南省人力资源和社会保障厅中国银行股份有限公司河南省分行关于印发《河南省稳岗扩岗专项贷款实施方案》的通知"
    )
    assert notice.issuers == ("河南省人力资源和社会保障厅", "中国银行股份有限公司河南省分行")
    assert (str(notice.doc_number), notice.date) == ("豫人社办函〔2023〕40号", "2023-04-13")
    assert plan.title == "河南省稳岗扩岗专项贷款实施方案" and plan.source_line == 22
    assert plan.issuers == notice.issuers and plan.date == notice.date


@pytest.mark.parametrize(
    "made_up", ["河南省稳岗扩岗工作领导小组办公室", "河南省就业困难人员援助中心", "河南省稳岗扩岗专项贷款协调工作专班"]
)
def test_unknown_issuer_is_kept_as_written_and_reported(made_up):
    # the same notice with a body no registry holds (made up) as second issuer
    pf = parse_text(PINGDINGSHAN_BANK.replace("中国银行股份有限公司河南省分行", made_up), "x.txt")
    notice = pf.documents[0]
    assert notice.issuers == ("河南省人力资源和社会保障厅", made_up)
    unknown = [p for p in pf.problems if p.kind == "unknown-issuer"]
    assert unknown and all(made_up in p.message for p in unknown)
    assert unknown[0].line == 1 and str(unknown[0]).startswith("x.txt:1: ")


# henan-pingdingshan-employment-policies-2023.txt, lines 3768-3795: issuers in the red header (…文件) and in
# the title; a bank branch first.
PINGDINGSHAN_PBOC = """中国人民银行平顶山市中心支行 平顶山市人力资源和社会保障局 文件

平人社〔2023〕23号

中国人民银行平顶山市中心支行 平顶山市人力资源和社会保障局 关于印发《平顶山市创业担保贷款精细化操作规程》的 通知

中国人民银行平顶山市中心支行各县（市）支行、各县（市、区）人力资源和社会保障局：

现将《平顶山市创业担保贷款精细化操作规程》印发给你们，请认真贯彻执行。



中国人民银行平顶山市中心支行



平顶山市人力资源和社会保障局

2023年4月26日

平顶山市创业担保贷款精细化操作规程

第一章 总 则
"""


def test_joint_issuers_with_a_bank_branch_first():
    notice, rules = parse_docs(PINGDINGSHAN_PBOC)
    assert notice.title == (
        "中国人民银行平顶山市中心支行平顶山市人力资源和社会保障局关于印发《平顶山市创业担保贷款精细化操作规程》的通知"
    )
    assert notice.source_line == 5
    assert str(notice.doc_number) == "平人社〔2023〕23号"
    assert notice.issuers == ("中国人民银行平顶山市中心支行", "平顶山市人力资源和社会保障局")
    assert rules.issuers == notice.issuers and rules.date == "2023-04-26"


# henan-pingdingshan-employment-policies-2023.txt, lines 2690-2716 and 2829-2839: the printing note of the
# previous document, a red header (…文件), and a notice transmitting two 办法 ("等2个办法").
PINGDINGSHAN_TWO = """
河南省人力资源和社会保障厅办公室

2021年8月5日印发



平顶山市人民政府办公室文件

平政办〔2017〕59号

平顶山市人民政府办公室 关于印发平顶山市市级农民工返乡创业示范园区 评审认定奖励办法（试行）等2个办法的 通 知

各县（市、区）人民政府，城乡一体化示范区、高新区管委会，
市人民政府各部门：

《平顶山市市级农民工返乡创业示范园区评审认定奖励办法（试行）》《平顶山市市级农民工返乡创业示范项目评审认定奖励办法（试行）》已经2017年6月14日市政府第70次常务会议研

究通过，现印发给你们，请结合实际，认真贯彻执行。



平顶山市市级农民工返乡创业示范园区 评审认定奖励办法（试行）

第一章 总 则

第一条 为贯彻落实《平顶山市人民政府办公室关于印发平顶山市支持农民工返乡创业实施方案的通知》（平政办〔2016〕99号）精神，进一步规范市级农民工返乡创业示范园区（以下简称示范园区）认定管理工作，参照《河南省人民政府办公厅关于印发河南省农民工返乡创业示范县评审认定办法（试行）等三个办法的通知》（豫政办〔2017〕25号），制定本办法。

第七章 附 则

第十五条 本办法由市推进农民工返乡创业工作领导小组办公室负责解释。

第十六条 本办法自印发之日起施行。

平顶山市市级农民工返乡创业示范项目 评审认定奖励办法（试行）

第一章 总 则

第一条 为贯彻落实《平顶山市人民政府办公室关于印发平顶山市支持农民工返乡创业实施方案的通知》（平政办〔2016〕99号）精神，为农民工返乡创业提供示范、树立标杆，参照《河南省人民政府办公厅关于印发河南省农民工返乡创业示范县评审认定办法（试行）等三个办法的通知》（豫政办〔2017〕25号），制定本办法。
"""


def test_notice_transmitting_two_texts():
    notice, first, second = parse_docs(PINGDINGSHAN_TWO)
    assert (
        notice.title
        == "平顶山市人民政府办公室关于印发平顶山市市级农民工返乡创业示范园区评审认定奖励办法（试行）等2个办法的通知"
    )
    assert (notice.source_line, str(notice.doc_number)) == (12, "平政办〔2017〕59号")
    assert notice.issuers == ("平顶山市人民政府办公室",)
    assert (first.title, first.source_line) == ("平顶山市市级农民工返乡创业示范园区评审认定奖励办法（试行）", 23)
    assert (second.title, second.source_line) == ("平顶山市市级农民工返乡创业示范项目评审认定奖励办法（试行）", 35)
    assert first.transmitted_by == second.transmitted_by == 0
    assert first.issuers == second.issuers == notice.issuers
    # 参照《…》 names a model, not a legal basis: CITES (the gold labels' convention)
    assert [(r.role, str(r.doc_number)) for r in first.references] == [
        ("IMPLEMENTS", "平政办〔2016〕99号"),
        ("CITES", "豫政办〔2017〕25号"),
    ]


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 10655-10688: the end of one document, a section
# heading, then a notice with neither number, issuer nor date, its attachments listed twice.
KAIFENG_FOUR_LISTS = """况，加强工作协同、沟通对接。各地要对照方案要求，加大

工作推进力度，确保如期完成任务。省发展改革委要适时组

织开展阶段性政策效果评估，重大问题及时向省政府报告。
 三、开封市惠企政策汇编
 关于向社会公布开封市地方立法“四张
清单”的通知

为贯彻落实国务院、省政府和市政府深化“放管服”改

革和优化营商环境工作部署，进一步优化我市法治化营商环

境，推进包容审慎监管，激发市场活力和社会创造力，推动

全市经济高质量发展，我市推行包容审慎“四张清单”制度，

现将市直有关部门编制完成的开封市地方立法“四张清单”

向社会公布，接受社会监督。

附件：1.开封市地方立法免予处罚事项清单

2.开封市地方立法减轻处罚事项清单

3.开封市地方立法从轻处罚事项清单

4.开封市地方立法不予实施行政强制事项清单
 附件 1开封市地方立法免予处罚清单
 附件 2开封市地方立法减轻处罚事项清单
 附件 3开封市地方立法从轻处罚事项清单



"""


def test_unnumbered_notice_after_a_section_heading():
    found = parse_docs(KAIFENG_FOUR_LISTS)
    titles = [d.title for d in found]
    assert "关于向社会公布开封市地方立法“四张清单”的通知" in titles
    d = found[titles.index("关于向社会公布开封市地方立法“四张清单”的通知")]
    assert d.source_line == 7
    assert not any("附件" in t or "三、开封市惠企政策汇编" in t for t in titles)


# kaifeng-yuwangtai-enterprise-policies-2024.txt, lines 632-678: the notice's first sentence starts with the
# transmitted title alone on a line (《X》 / 已经国务院同意，现印发给你们); X itself is printed after the signature.
KAIFENG_WRAPPED_SENTENCE = """ 国务院办公厅关于印发《“高效办成一
件事”2024 年度新一批重点事项清单》的

通知
国办函〔2024〕53号

各省、自治区、直辖市人民政府，国务院各部委、各直

属机构：

《“高效办成一件事”2024年度新一批重点事项清单》

已经国务院同意，现印发给你们，请结合实际认真组织实施。

各地区各部门要认真贯彻党中央、国务院关于优化政务

服务、推动“高效办成一件事”的决策部署，在加快推进 2024

年度第一批 13 个重点事项落地见效的基础上，统筹推进新

一批重点事项清单实施，持续推动在更多领域更大范围实现

“高效办成一件事”，进一步提升企业和群众获得感。坚持

试点先行、以点带面，鼓励有工作基础的地区先行开展集中

攻关和创新示范，形成可复制可推广的实施方案和典型经

验。国务院有关部门要强化条块联动，加强业务指导和数据

共享支撑，推动涉及本行业本领域“一件事”标准统一、业

务协同，及时解决各地区面临的难点堵点问题，压茬推进落

实，确保取得实效。

国务院办公厅

2024年 7月 16日

（此件公开发布）
 “高效办成一件事”2024年度新一批重点事项清单
 国家金融监督管理总局关于做好续贷
工作 提高小微企业金融服务水平的通知

金规〔2024〕13号

"""


def test_transmitted_title_is_not_the_wrapped_first_sentence():
    notice, listing = parse_docs(KAIFENG_WRAPPED_SENTENCE)[:2]
    assert notice.title == "国务院办公厅关于印发《“高效办成一件事”2024年度新一批重点事项清单》的通知"
    assert (str(notice.doc_number), notice.issuers, notice.date) == (
        "国办函〔2024〕53号",
        ("国务院办公厅",),
        "2024-07-16",
    )
    assert listing.title == "“高效办成一件事”2024年度新一批重点事项清单"
    assert listing.source_line == 42
    assert listing.date == "2024-07-16"
