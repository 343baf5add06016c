"""The body that passed a rule, read from its passing note or line: a congress written short (市十四届人大五次会议,
省九届人大常委会), the body before its numbered meeting (经人力资源和社会保障部第6次部务会议, 省政府第38次常务会议,
国家互联网信息办公室2021年第20次室务会议), a meeting alone naming no body (中共中央政治局会议审议批准) — forms of local
regulations in a city's gazette and of a law collection's passing lines."""

from policykg.loaders.header import passing_body
from policykg.loaders.parse import parse_text


def test_a_congress_written_short_is_the_congress_or_its_standing_committee():
    assert passing_body("（2016年2月3日市十五届人大四次会议通过）") == "市人民代表大会"
    assert passing_body("(2002年6月5日市十届人大常委会第三十次会议通过)") == "市人民代表大会常务委员会"
    assert passing_body("（2017年3月1日云和县八届人大二次会议通过）") == "云和县人民代表大会"
    assert passing_body("（2019年4月23日十三届全国人大常委会第十次会议通过）") == "全国人民代表大会常务委员会"


def test_the_body_before_its_numbered_meeting():
    assert passing_body("（2009年3月2日经交通运输部第4次部务会议通过）") == "交通运输部"
    assert passing_body("(2020年5月6日省政府第38次常务会议审议通过)") == "省政府"
    assert passing_body("（2023年9月1日国家市场监督管理总局2023年第15次局务会议通过）") == "国家市场监督管理总局"
    # unchanged: a full name with its term; a court's rule passed by its 审判委员会
    assert (
        passing_body("（2024年3月28日湖北省第十四届人民代表大会常务委员会第八次会议通过）")
        == "湖北省人民代表大会常务委员会"
    )
    assert passing_body("（2001年1月2日最高人民法院审判委员会第1150次会议通过）") == "最高人民法院"


def test_a_meeting_alone_names_no_body():
    assert passing_body("（2021年5月4日中共中央政治局会议审议批准）") is None


def test_a_law_files_short_congress_is_its_titles_citys():
    """(one law per file: 温州市X条例 passed by 市十三届人大常委会 — 温州市人民代表大会常务委员会, municipal)"""
    text = (
        "# 温州市河道管理条例\n\n2019年6月28日 市十三届人大常委会第二十次会议通过\n\n"
        "2019年7月31日 浙江省第十三届人民代表大会常务委员会第十三次会议批准\n\n<!-- INFO END -->\n\n"
        "第一条 为了加强河道管理，制定本条例。\n"
    )
    (doc,) = parse_text(text, "温州市河道管理条例(2019-07-31).md").documents
    assert doc.issuers == ("温州市人民代表大会常务委员会",)
    assert doc.level == "municipal"
