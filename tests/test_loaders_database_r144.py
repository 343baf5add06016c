"""Compilations copied from a law database, and policy compilations, r144 (2026-12-06): the database layout's
record under a title whose number the page prints already, a compilation's part named by a class of documents,
and a part heading between a text's signature and the next text's title.  Each text is modelled on a failing
publication of the robustness bench, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

RECORD = "时效性： 现行有效\n发文机关： 甲市卫生健康委员会\n文号： 甲卫健发〔2023〕 1 号\n效力级别： 地方规范性文件\n"
BODY = "各区县卫生健康局：\n现将《2023年全市卫生健康工作要点》印发给你们，请认真贯彻落实。\n\n甲市卫生健康委员会\n2023年4月26日\n"


@pytest.mark.parametrize(
    "head",
    [
        # 甲卫健发〔2023〕1号 / (blank) / 甲市卫生健康委关于印发 / 2023年…的通知 / the record (湖州 in the bench): the
        # page's own number line kept over the title
        "甲卫健发〔2023〕1号\n\n \n\n甲市卫生健康委关于印发\n\n2023年全市卫生健康工作要点的通知\n",
        # the number, the issuer on a line of its own, then the title wrapped (瑞安, 辛集 in the bench)
        "甲卫健发〔2023〕1号\n\n\n甲市卫生健康委员会\n\n关于印发2023年全市卫生健康工作要点的\n\n通    知\n",
    ],
)
def test_a_records_number_the_page_prints_over_the_title_starts_no_second_document(head):
    text = "（一）地方政策\n" + head + RECORD + BODY
    docs = parse_text(text, "page.txt").documents
    assert [str(d.doc_number) for d in docs] == ["甲卫健发〔2023〕1号"]
    assert docs[0].title.endswith("2023年全市卫生健康工作要点的通知")


def test_a_records_number_the_page_prints_again_under_it_starts_no_second_document():
    # title / the record / 广东省某市人民政府 / 某府办[2005]42号 / 关于印发…的通知 / addressee (东莞, 黄埔 in the bench): a
    # database's copy of a page that prints its own head under the record — one text, its title given twice
    text = (
        "关于印发甲市困难家庭住房保障办法实施细则的通知\n"
        "时效性： 现行有效\n发文机关： 甲市人民政府办公室\n文号： 甲府办〔2005〕 42 号\n"
        "发文日期： 2005 年 06 月 28 日\n效力级别： 地方规范性文件\n\n"
        "乙省甲市人民政府\n\n\n甲府办[2005]42号\n\n\n\n关于印发甲市困难家庭住房保障办法实施细则的通知\n\n\n"
        "各镇人民政府，市府直属各单位：\n  《甲市困难家庭住房保障办法实施细则》业经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "\n甲市人民政府办公室\n2005年6月28日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        ("关于印发甲市困难家庭住房保障办法实施细则的通知", "甲府办〔2005〕42号")
    ]


@pytest.mark.parametrize("heading", ["（二）政策规定", "（五）政策规定", "二、政策规定", "（三）法律规定"])
def test_a_part_named_by_a_class_of_documents_is_no_title(heading):
    # （二）政策规定 / 第232号 / 《…的决定》已经…通过，现予公布 (江西 order 232 under a database compilation's part):
    # the part's name ends like a rule's title (规定) but names a class of documents, the decree's title is its own
    text = (
        f"{heading}\n第32号\n"
        "《乙省人民政府关于废止〈乙省某某认定办法〉的决定》已经2018年4月28日省人民政府第4次常务会议审议通过，现予公布，"
        "自公布之日起施行。\n省长　某某\n2018年5月9日\n"
        "为了更好地服务改革，省政府决定废止《乙省某某认定办法》。\n本决定自公布之日起施行。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert titles == ["乙省人民政府关于废止〈乙省某某认定办法〉的决定"]


def test_a_part_heading_between_a_signature_and_the_next_title_joins_neither():
    # 甲局办公室 / 2025年10月22日 / 甲局办公室 (the seal's line) / 第二部分 省级政策 / 乙省…关于印发《X》的通知 / addressee
    # (a policy compilation, 重庆 in the bench): the part heading is no piece of the next text's title
    text = (
        "甲省医疗保障局办公室\n"
        "2025年10月22日\n"
        "甲省医疗保障局办公室\n"
        "\n"
        "第二部分 省级政策\n"
        "\n"
        "\n"
        "\n"
        "丙市卫生健康委员会 丙市中医管理局关于印发《丙市突发事件紧急医学救援规划(2023-2027年)》的通知\n"
        "\n"
        "各区县(自治县)卫生健康委、丁江新区社发局、丙高新区公共服务局、戊盛经开区卫生健康局,各委属(代管)单位,甲大学各附属医院、乙医学中心、丙市第九医院、丙市丁医院,大型企事业单位职工医院:\n"
        "\n"
        "为深入推进丙市卫生应急事业发展,建立和完善与丙经济社会发展相适应的突发事件紧急医学救援体系,根据上级有关要求,结合我市实际,我委编制了《丙市突发事件紧急医学救援规划(2023—2027年)》。现印发给你们,请认真贯彻执行。\n"
        "\n"
        "  \n"
        "\n"
        "    丙市卫生健康委员会          丙市中医管理局\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert not any("第二部分" in t for t in titles)
    assert titles == ["丙市卫生健康委员会丙市中医管理局关于印发《丙市突发事件紧急医学救援规划（2023-2027年）》的通知"]
