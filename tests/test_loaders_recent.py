"""Layouts of part h49 of the unseen set (recent city, county and town pages): measures named 若干举措, a
portal's table with its labels in square brackets ([ 发文字号 ] …), a text the notice names by its town
while its title prints the city and district above.  Each text is modelled on two sources of the same form,
with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text
from policykg.loaders.portal import read_portal_fields
from policykg.loaders.transmit import find_title_lines


@pytest.mark.parametrize(
    "province, city",
    [("浙江省", "嘉兴市"), ("某某省", "某某市")],  # 平湖 (h49) carries out its province's and its city's 若干举措
)
def test_measures_named_juocuo_are_documents_cited_and_printed(province, city):
    own = "平湖市推动大规模设备更新和消费品以旧换新若干举措"
    text = (
        f"平湖市人民政府关于印发{own}的通知\n平政发〔2024〕9号\n各镇人民政府、街道办事处，市政府各部门：\n"
        f"现将《{own}》印发给你们，请认真贯彻执行。\n平湖市人民政府\n2024年5月24日\n{own}\n"
        f"为贯彻落实《{province}推动大规模设备更新和消费品以旧换新若干举措》《{city}推动大规模设备更新和消费品以旧换新若干举措》，"
        "制定本举措。\n一、推进重点行业设备更新。\n二、推进消费品以旧换新。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == [own]
    cited = {(r.role, r.title) for r in docs[1].references}
    assert cited == {
        ("IMPLEMENTS", f"{province}推动大规模设备更新和消费品以旧换新若干举措"),
        ("IMPLEMENTS", f"{city}推动大规模设备更新和消费品以旧换新若干举措"),
    }


@pytest.mark.parametrize(
    "rows, number, date",
    [  # 曲水镇 (h49): two fields a row, each label in square brackets
        (
            "[ 索引号 ] 1150022873659872X5/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号\n"
            "[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03\n",
            "曲水府发〔2023〕21号",
            "2023-06-03",
        ),
        ("[ 发文字号 ] 某府办发〔2024〕3号\n[ 成文日期 ] 2024-01-09\n", "某府办发〔2024〕3号", "2024-01-09"),
    ],
)
def test_a_tables_labels_in_square_brackets_are_fields_not_lines_of_text(rows, number, date):
    fields = read_portal_fields(rows)
    assert (str(fields.number), str(fields.date)) == (number, date)
    assert [x.text for x in clean_lines(rows)] == [""] * len(rows.splitlines())


def test_a_law_sites_bracketed_labels_stay_lines_of_text():
    assert [x.text for x in clean_lines("【发布单位】外贸司\n")] == ["【发布单位】外贸司"]


@pytest.mark.parametrize(
    "printed, named",
    [  # 曲水镇 (h49): the notice names its town's plan, the plan's title prints the city and district too
        (["重庆市梁平区曲水镇", "自然灾害救助应急预案"], "曲水镇自然灾害救助应急预案"),
        (["某某省某某市某某县", "农村道路交通安全管理办法"], "某某县农村道路交通安全管理办法"),
    ],
)
def test_an_issued_texts_title_may_print_the_higher_places_its_notice_leaves_out(printed, named):
    nb = [
        line
        for line in clean_lines("现将某某印发给你们。\n" + "\n".join(printed) + "\n第一条 为了加强管理。\n")
        if line.text
    ]
    assert find_title_lines(nb, named, 1, len(nb), set(), max_lines=4) == (1, 2)


@pytest.mark.parametrize(
    "fields, signer",
    [  # 安徽 交通运输厅党组 (h29) on a law database: its record's fields glued to their labels, no title
        (  # (its party group signs there; a department here: the registry does not know party groups yet)
            "发文机关安徽省交通运输厅\n发文日期2021年12月21日\n时效性现行有效\n发文字号皖交发〔2021〕63号\n",
            "安徽省交通运输厅",
        ),
        ("发文机关某某市财政局\n发文日期2021年12月21日\n发文字号某财发〔2021〕63号\n", "某某市财政局"),
    ],
)
def test_a_signed_notice_above_the_text_it_issues_is_a_document_though_untitled(fields, signer):
    plan = "关于进一步深化交通运输法治政府部门建设的实施意见"
    text = (
        f"{fields}厅直各单位,驻厅纪检监察组,厅机关各处室:\n"
        f"经会议审议同意,现将《{plan}》印发给你们,请结合实际认真贯彻落实。\n{signer}\n2021年12月21日\n{plan}\n"
        "为深入学习宣传贯彻习近平法治思想，贯彻落实《法治政府建设实施纲要（2021-2025年）》，提出如下实施意见。\n"
        "一、总体要求\n二、主要任务\n"
    )
    notice, issued = parse_text(text, "record.txt").documents
    assert notice.title in ("record", str(notice.doc_number)) and notice.issuers == issued.issuers == (signer,)
    assert str(notice.doc_number).endswith("〔2021〕63号") and issued.transmitted_by == 0
    assert {(r.role, r.title) for r in issued.references} == {("IMPLEMENTS", "法治政府建设实施纲要（2021-2025年）")}


@pytest.mark.parametrize("label", ["访问次数:", "字体大小:"])
def test_a_pages_empty_counter_keeps_the_addressees_under_it(label):
    lines = [x.text for x in clean_lines(f"{label}\n各乡(镇)人民政府、街道办事处，县级机关各单位：\n")]
    assert lines == ["", "各乡(镇)人民政府、街道办事处，县级机关各单位："]


@pytest.mark.parametrize(
    "city, year",
    [("天津市", "2023"), ("郑州市", "2019")],  # 天津 in a compilation's PDF (h48): the year cut onto a line of its own
)
def test_a_year_alone_inside_a_pdf_title_stays_in_it_and_a_page_number_does_not(city, year):
    text = (
        f"12\n1. {city}人民政府办公厅关于印发{city}\n{year}\n 年优化营商环境责\n任清单的通知（{year} 年1 月6 日）\n"
        "各区人民政府，市政府各委、办、局：\n现将《责任清单》印发给你们，请认真贯彻落实。\n某某办\n"
        f"{year}年1月6日\n"
    )
    assert clean_lines("12\n")[0].text == ""
    (doc,) = parse_text(text, "compilation.txt").documents
    assert doc.title == f"{city}人民政府办公厅关于印发{city}{year}年优化营商环境责任清单的通知"
