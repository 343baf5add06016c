"""Shapes the sample corpus does not show but other publications do: other provinces' numbers, State
Council documents, 批转 notices, decisions that repeal and amend lists of acts, trial periods.  The texts
are written for the test in the standard form of Chinese official documents (GB/T 9704).
"""

from __future__ import annotations

import pytest

from policykg import build_graph

from factories import parse_docs

STATE_COUNCIL = """国务院关于推动内河航运高质量发展的意见

国发〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

为贯彻落实《交通强国建设纲要》，根据《中华人民共和国港口法》，现就推动内河航运高质量发展提出以下意见。

一、总体要求

国务院

2024年5月20日

（此件公开发布）
"""


def test_state_council_opinion():
    (d,) = parse_docs(STATE_COUNCIL)
    assert (d.title, str(d.doc_number), d.issuers, d.date) == (
        "国务院关于推动内河航运高质量发展的意见",
        "国发〔2024〕12号",
        ("国务院",),
        "2024-05-20",
    )
    assert d.level == "national" and d.doc_type == "意见"
    assert [(r.role, r.title) for r in d.references] == [
        ("IMPLEMENTS", "交通强国建设纲要"),
        ("BASED_ON", "中华人民共和国港口法"),
    ]


@pytest.mark.parametrize(
    "issuer,number,level",
    [
        ("江苏省人民政府", "苏政发〔2024〕35号", "provincial"),
        ("上海市人民政府办公厅", "沪府办规〔2023〕5号", "provincial"),
        ("广东省人民政府", "粤府函〔2024〕100号", "provincial"),
        ("四川省人民政府办公厅", "川办发〔2024〕8号", "provincial"),
        ("杭州市人民政府", "杭政函〔2024〕21号", "municipal"),
        ("北京市朝阳区人民政府", "朝政发〔2024〕2号", "district"),
    ],
)
def test_other_regions(issuer, number, level):
    text = f"""{issuer}关于加强安全生产工作的通知

{number}

各有关单位：

为贯彻落实《中华人民共和国安全生产法》，现就有关事项通知如下。

{issuer}

2024年3月1日
"""
    (d,) = parse_docs(text)
    assert d.title == issuer + "关于加强安全生产工作的通知"
    assert str(d.doc_number) == number
    (canonical,) = d.issuers
    assert issuer.endswith(canonical)
    assert d.level == level


APPROVED_TRANSMISSION = """国务院批转国家发展改革委关于2024年深化经济体制改革重点工作意见的通知

国发〔2024〕9号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

国务院同意国家发展改革委《关于2024年深化经济体制改革重点工作的意见》，现转发给你们，请认真贯彻执行。

国务院

2024年4月10日
"""


def test_approved_transmission_points_at_the_approved_opinion(tmp_path):
    p = tmp_path / "pz.txt"
    p.write_text(APPROVED_TRANSMISSION, encoding="utf-8")
    G = build_graph([p], as_of="2025-01-01", jobs=1)
    notice = "doc:国发〔2024〕9号"
    assert G.nodes[notice]["issuers"] == ["国务院"]
    (target,) = [v for u, v, k in G.edges(keys=True) if u == notice and k == "TRANSMITS"]
    assert G.nodes[target]["title"] == "关于2024年深化经济体制改革重点工作的意见"


REPEAL_AND_AMEND = """河南省人民政府关于废止和修改部分省政府规章的决定

河南省人民政府令

第 231 号

《河南省人民政府关于废止和修改部分省政府规章的决定》已经2024年12月10日省政府第50次常务会议通过，现予公布，自公布之日起施行。

省长 王 凯

2024年12月20日

为维护法制统一，省政府对现行省政府规章进行了清理。经清理，省政府决定：

一、废止《河南省企业工资支付暂行办法》（省政府令第60号）、《河南省城镇职工养老保险办法》（省政府令第75号）。

二、对《河南省地震安全性评价管理办法》作如下修改：

将第十条中的“30日”修改为“20日”。
"""


def test_decision_repealing_and_amending_lists_of_acts():
    (d,) = parse_docs(REPEAL_AND_AMEND)
    assert str(d.doc_number) == "河南省人民政府令第231号"
    roles = {(r.title, r.role) for r in d.references}
    assert roles == {
        ("河南省企业工资支付暂行办法", "SUPERSEDES"),
        ("河南省城镇职工养老保险办法", "SUPERSEDES"),
        ("河南省地震安全性评价管理办法", "AMENDS"),
    }


@pytest.mark.parametrize(
    "sentence,expiry",
    [
        ("本办法自2024年1月1日起施行，有效期至2028年12月31日。", "2028-12-31"),
        ("本办法自2024年1月1日起试行，试行期两年。", "2025-12-31"),
        ("本意见自2024年1月1日起施行，有效期5年。", "2028-12-31"),
    ],
)
def test_expiry_variants_in_a_document(sentence, expiry):
    text = f"""河南省人力资源和社会保障厅关于印发河南省零工市场管理办法的通知

豫人社规〔2023〕9号

各省辖市人力资源社会保障局：

现将《河南省零工市场管理办法》印发给你们，请认真贯彻执行。

河南省人力资源和社会保障厅

2023年12月1日

河南省零工市场管理办法

第一条 为规范零工市场管理，制定本办法。

第二十条 {sentence}
"""
    notice, rules = parse_docs(text)
    assert rules.effective_date == "2024-01-01"
    assert rules.expiry_date == expiry


def test_joint_issuers_separated_by_enumeration_comma():
    text = """河南省财政厅、河南省人力资源和社会保障厅关于调整一次性吸纳就业补贴标准的通知

豫财社〔2024〕7号

各省辖市财政局、人力资源社会保障局：

根据《河南省就业补助资金管理办法》，现就有关事项通知如下。

河南省财政厅 河南省人力资源和社会保障厅

2024年4月2日
"""
    (d,) = parse_docs(text)
    assert d.title == "河南省财政厅、河南省人力资源和社会保障厅关于调整一次性吸纳就业补贴标准的通知"
    assert d.issuers == ("河南省财政厅", "河南省人力资源和社会保障厅")
    assert [(r.role, r.title) for r in d.references] == [("BASED_ON", "河南省就业补助资金管理办法")]


@pytest.mark.parametrize("line", ["2024年5月", "二〇二四年五月", "2024年"])
def test_incomplete_signature_dates_give_no_date(line):
    text = STATE_COUNCIL.replace("2024年5月20日", line)
    (d,) = parse_docs(text)
    assert d.date is None


def test_running_page_headers_and_footers_do_not_split_or_start_documents():
    body = [f"（{n}）加强第{n}项工作。各地要结合实际抓好落实，确保各项措施落地见效。" for n in "一二三四五六"]
    furniture = ["河南省人民政府公报", "2024年第19号", "— 7 —"]
    lines = STATE_COUNCIL.splitlines()
    at = lines.index("一、总体要求") + 1
    text = "\n".join(lines[:at] + body[:3] + furniture + body[3:] + lines[at:]) + "\n"
    (d,) = parse_docs(text)
    assert d.title == "国务院关于推动内河航运高质量发展的意见"
    assert d.date == "2024-05-20" and d.issuers == ("国务院",)


BRACKETED_NUMBER = """河南省人民政府关于进一步做好稳就业工作的实施意见
（豫政〔2024〕5号）

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

为贯彻落实《国务院关于进一步做好稳就业工作的意见》精神，现提出如下实施意见。

河南省人民政府
2024年2月1日

河南省人民政府办公厅关于印发河南省就业见习管理办法的通知
(豫政办〔2024〕11号)

各省辖市人民政府，省人民政府各部门：

现将《河南省就业见习管理办法》印发给你们，请认真贯彻执行。

河南省人民政府办公厅
2024年3月5日

河南省就业见习管理办法

第一条 为规范就业见习工作，制定本办法。
"""


def test_doc_number_in_brackets_under_the_title():
    found = parse_docs(BRACKETED_NUMBER)
    assert [(d.title, str(d.doc_number) if d.doc_number else None, d.date, d.source_line) for d in found] == [
        ("河南省人民政府关于进一步做好稳就业工作的实施意见", "豫政〔2024〕5号", "2024-02-01", 1),
        ("河南省人民政府办公厅关于印发河南省就业见习管理办法的通知", "豫政办〔2024〕11号", "2024-03-05", 11),
        ("河南省就业见习管理办法", None, "2024-03-05", 21),
    ]


TOC_WITHOUT_PAGES = (
    """目  录

河南省人民政府关于进一步做好稳就业工作的实施意见
河南省人民政府办公厅关于印发河南省就业见习管理办法的通知

"""
    + BRACKETED_NUMBER
)


def test_toc_without_page_numbers_is_not_documents():
    found = parse_docs(TOC_WITHOUT_PAGES)
    assert [d.source_line for d in found] == [6, 16, 26]
    assert str(found[0].doc_number) == "豫政〔2024〕5号"


REPLY = """河南省人民政府关于同意设立郑州航空港经济综合实验区综合保税区的批复

豫政函〔2024〕18号

郑州市人民政府：

你市《关于申请设立郑州航空港经济综合实验区综合保税区的请示》（郑政文〔2024〕5号）收悉。经研究，现批复如下：

一、同意设立郑州航空港经济综合实验区综合保税区。

河南省人民政府

2024年2月26日
"""


def test_reply_cites_the_request_it_answers():
    (d,) = parse_docs(REPLY)
    assert (d.title, str(d.doc_number), d.issuers, d.date, d.doc_type) == (
        "河南省人民政府关于同意设立郑州航空港经济综合实验区综合保税区的批复",
        "豫政函〔2024〕18号",
        ("河南省人民政府",),
        "2024-02-26",
        "批复",
    )
    assert [(r.role, r.title, str(r.doc_number)) for r in d.references] == [
        ("CITES", "关于申请设立郑州航空港经济综合实验区综合保税区的请示", "郑政文〔2024〕5号")
    ]


NUMBERED_COMPILATION = """一、省级政策

1. 河南省人民政府关于进一步做好稳就业工作的实施意见

豫政〔2024〕5号

各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：

为贯彻落实党中央、国务院决策部署，现提出如下实施意见。

河南省人民政府

2024年2月1日

2. 河南省人民政府办公厅关于加强零工市场建设的通知

豫政办〔2024〕9号

各省辖市人民政府，省人民政府各部门：

为促进灵活就业，现就有关事项通知如下。

河南省人民政府办公厅

2024年3月5日
"""


def test_compilation_numbering_before_titles_is_not_part_of_them():
    found = parse_docs(NUMBERED_COMPILATION)
    assert [(d.title, str(d.doc_number), d.source_line) for d in found] == [
        ("河南省人民政府关于进一步做好稳就业工作的实施意见", "豫政〔2024〕5号", 3),
        ("河南省人民政府办公厅关于加强零工市场建设的通知", "豫政办〔2024〕9号", 15),
    ]


def test_doc_number_in_brackets_at_the_end_of_the_title_line():
    """河南省人民政府关于…的通知（豫政〔2024〕5号）: the number is no part of the title."""
    text = (
        "河南省人民政府关于进一步做好稳就业工作的通知（豫政〔2024〕5号）\n各省辖市人民政府，省人民政府各部门：\n"
        "为贯彻落实《国务院关于进一步做好稳就业工作的意见》精神，现就有关事项通知如下。\n河南省人民政府\n2024年2月1日\n"
    )
    (d,) = parse_docs(text)
    assert (d.title, str(d.doc_number), d.date, d.source_line) == (
        "河南省人民政府关于进一步做好稳就业工作的通知",
        "豫政〔2024〕5号",
        "2024-02-01",
        1,
    )


# A forwarded text signed by a district body under its bare district name: the notice that forwards it
# says which city's district it is (宝山区 lies in 上海 and in 双鸭山, 朝阳区 in 北京 and in 长春).
FORWARDED_DISTRICT = """{city}{district}人民政府办公室关于转发区{body}《关于加强{topic}工作的实施意见》的通知

{prefix}〔2023〕7号

各街道办事处、各镇人民政府，区政府各委、办、局：

区{body}制订的《关于加强{topic}工作的实施意见》已经区政府同意，现转发给你们，请认真按照执行。

{city}{district}人民政府办公室

2023年5月8日

关于加强{topic}工作的实施意见

为做好{topic}工作，根据有关规定，提出以下意见。

一、明确职责

{district}{body}

2023年4月20日
"""


@pytest.mark.parametrize(
    "city,district,body,topic,prefix",
    [
        ("上海市", "宝山区", "消防救援支队", "基层消防", "宝府办"),
        ("长春市", "朝阳区", "市场监督管理局", "食品安全", "长朝府办"),
    ],
)
def test_forwarded_text_of_a_district_body_is_named_in_the_notices_city(city, district, body, topic, prefix):
    notice, text = parse_docs(
        FORWARDED_DISTRICT.format(city=city, district=district, body=body, topic=topic, prefix=prefix)
    )
    assert notice.issuers == (f"{city}{district}人民政府办公室",)
    assert (text.issuers, text.date) == ((f"{city}{district}{body}",), "2023-04-20")
