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
