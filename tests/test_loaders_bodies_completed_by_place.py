"""Bodies a text names without their place, completed from the place the text itself names (r94): the city whose
abbreviation heads the number (常发改 over 市发改委, h128 常州; 卫政办发, h120 中卫; 宁政办规字, h37 南京), the region a
text names for 自治区… (h122 广西), a signature's name cut over two lines after a place's name (h47 太湖).  Each text
is modelled on the failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _issuers(text: str) -> tuple[str, ...]:
    return parse_text(text, "page.txt").documents[0].issuers


def test_a_city_body_named_by_its_level_takes_the_city_its_shared_abbreviation_and_addressees_name():
    # (h128 常州) 常 is 常州's and 常德's: the addressees name 常德经开区
    text = (
        "市教育局关于做好2023年中小学暑期安全工作的通知\n常教〔2023〕5号\n"
        "各区县（市）教育局，常德经开区社会事务局：\n现就有关事项通知如下：\n一、加强安全教育。\n"
    )
    assert _issuers(text) == ("常德市教育局",)


def test_a_city_body_named_by_its_level_stays_as_written_when_the_text_names_neither_city_of_its_abbreviation():
    # (h128 常州) neither 常州 nor 常德 named: no guess
    text = "市教育局关于做好2023年中小学暑期安全工作的通知\n常教〔2023〕5号\n各区县教育局：\n现就有关事项通知如下：\n"
    assert _issuers(text) == ("市教育局",)


def test_a_city_body_named_by_its_level_takes_the_one_city_its_abbreviation_names():
    # (h120 中卫) 卫 heads national numbers too (卫生部's), but 中卫 is the one city it names
    text = (
        "市财政局关于进一步加强预算绩效管理的通知\n卫财发〔2020〕3号\n各县（区）财政局：\n"
        "根据《自治区财政厅关于全面实施预算绩效管理的通知》，现就有关事项通知如下：\n"
    )
    assert _issuers(text) == ("中卫市财政局",)


def test_a_city_body_named_by_its_level_takes_the_city_of_its_abbreviation_in_the_province_the_text_names():
    # (h37 南京) 宁 is 南京's, 宁德's, 西宁's (and 宁夏's): the text names only 江苏
    text = (
        "市交通运输局关于加强道路运输安全管理的通知\n宁交发〔2023〕7号\n各区交通运输局：\n"
        "为贯彻落实《江苏省道路运输条例》，现就有关事项通知如下：\n"
    )
    assert _issuers(text) == ("南京市交通运输局",)


def test_a_region_body_named_by_its_level_takes_the_region_the_text_names():
    # (h122 广西) 自治区公务员局 on a page of 广西's recruitment: 内蒙古 here
    text = (
        "2023年内蒙古自治区考试录用公务员公告\n\n2023-02-15 14:32:39阅读()北疆先锋\n推荐题库\n\n"
        "为满足我区各级党政机关补充工作人员的需要,根据公务员法和公务员录用有关规定,自治区公务员局将组织实施"
        "内蒙古自治区2023年度考试录用公务员工作。全区12个盟市和20个自治区直属机关共计划招录公务员3000人。"
        "为做好公务员考试录用工作,现将有关事项公告如下。\n\n一、报考条件\n\n(一)报考人员应当具备以下条件:\n\n"
        "1.具有中华人民共和国国籍。\n\n2.拥护中华人民共和国宪法。\n"
    )
    assert _issuers(text) == ("内蒙古自治区公务员局",)


def test_a_signature_cut_after_a_place_and_the_epidemic_is_one_name():
    # (h47 太湖) 太湖县新型冠状病毒感染的肺炎 / 疫情防控应急指挥部, blank lines between
    text = (
        "关于加强农贸市场管控的通告\n\n为做好疫情防控工作，现就有关事项通告如下：\n\n"
        "一、农贸市场实行测温登记。\n\n桐城市新型冠状病毒感染的肺炎\n\n疫情防控应急指挥部\n\n2020年2月7日\n"
    )
    assert _issuers(text) == ("桐城市新型冠状病毒感染的肺炎疫情防控应急指挥部",)
