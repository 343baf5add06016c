"""Parts h203 (financial regulators and exchanges), h204 (city and county texts) and h206 (texts of 2010–2014),
r208: the exchanges and the dealers' association in the registry, a number that lost its brackets, a revision note
kept in a title, a posting line run onto a title, a body acting in an untitled text's opening, a revised and renamed
text, an order word under its body's name, a signature date closed by 。 and 结合《X》的部署.  Each text is
modelled on a failing one of the set, with other names (registry entries are tested with the real ones)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def _pairs(doc) -> list[tuple[str, str]]:
    return [(r.role, r.title) for r in doc.references]


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("上交所", "上海证券交易所"),
        ("深交所", "深圳证券交易所"),
        ("北交所", "北京证券交易所"),
        ("交易商协会", "中国银行间市场交易商协会"),
    ],
)
def test_the_exchanges_and_the_dealers_association_are_known_by_their_short_names(name, full):
    a = default_registry().resolve(name)
    assert a is not None and a.name == full and a.level == "national"


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("上证发〔2023〕77号", "上海证券交易所"),
        ("深证上〔2022〕301号", "深圳证券交易所"),
        ("中市协发〔2022〕12号", "中国银行间市场交易商协会"),
    ],
)
def test_an_exchange_notice_is_issued_by_the_exchange_its_number_names(number, issuer):
    # 关于X的通知 / 上证发〔2022〕34号 / 各市场参与人: … 本所… (h203: unsigned, the body calls itself 本所)
    text = f"关于做好某某业务有关事项的通知\n{number}\n各市场参与人：\n为规范某某业务，本所决定调整有关安排。\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers) == (number, (issuer,))


def test_a_number_whose_brackets_were_lost_with_a_space_after_the_year_is_read():
    # 关于X的通知 / 中市協發2023 107 號 (h203 交易商协会, a news repost): the year and the serial apart by a space
    text = (
        "关于进一步规范某某市场的通知\n\n中市协发2022 58 号\n\n各市场成员：\n为规范某某市场，现将有关事项通知如下。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("关于进一步规范某某市场的通知", "中市协发〔2022〕58号")
    assert doc.issuers == ("中国银行间市场交易商协会",)


def test_a_revision_note_in_square_brackets_stays_in_the_title():
    # 关于发布《X指南第2号-公告格式[2022年7月修订]》的通知 (h203 深交所): the note is a word, no number's year
    text = (
        "关于发布《甲市场自律监管指南第3号——信息披露[2021年9月修订]》的通知\n甲证上〔2021〕55号\n各上市公司：\n"
        "为规范信息披露，本所修订了有关指南，现予以发布。\n甲证券交易所\n2021年9月30日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于发布《甲市场自律监管指南第3号——信息披露[2021年9月修订]》的通知"


def test_a_posting_line_run_on_after_the_title_is_no_part_of_it():
    # 关于X的通知 时间:2023-09-26 来源:上海证券交易所 (h203, an economic portal): the title alone
    text = (
        "关于某某交易报告工作有关事项的通知 时间:2021-05-10 来源:甲证券交易所\n甲证发〔2021〕14号\n各会员单位：\n"
        "根据《中华人民共和国证券法》等规定，现就有关事项通知如下。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("关于某某交易报告工作有关事项的通知", "甲证发〔2021〕14号")


def test_an_untitled_text_opening_with_the_body_acting_on_its_basis_is_the_bodys():
    # 国家外汇管理局根据《A》(…)和《B》(…),修订形成《C》(以下简称《C(2020年版)》,见附件1) (h203 外汇局, a search
    # page): the body acting is the issuer; C, named with a short name holding an aside, is its own attachment
    text = (
        "-\n为进一步提高某某统计数据质量,便利银行、企业等主体更好开展数据核查工作,国家外汇管理局根据《某某统计申报办法》"
        "(中华人民共和国国务院令第600号)和《某某统计制度》(汇发〔2017〕12号印发,以下简称《制度》),修订形成《某某统计核查"
        "规则(2021年版)》(以下简称《核查规则(2021年版)》,见附件1),主要修订内容如下(修订说明见附件2)。 一、新增的主要内容"
        " (一)新增关于上下期余额衔接的校验规则。新增按照“对手方所属部门”“对手方所属国别”“投资工具类型”等维度校验上下期"
        "余额是否衔接。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("国家外汇管理局",)
    assert _pairs(doc) == [("BASED_ON", "某某统计申报办法"), ("BASED_ON", "某某统计制度")]
    assert [str(r.doc_number) for r in doc.references] == ["中华人民共和国国务院令第600号", "汇发〔2017〕12号"]


def test_a_text_revised_and_renamed_by_the_issuer_is_amended():
    # 本所对《X》进行了修订(详见附件),并更名为“《Y》” (h203 上交所): X is amended, Y is the issued text
    text = (
        "关于发布《甲类公司转板办法》的通知\n甲证发〔2022〕9号\n各市场参与人：\n"
        "为细化落实《某某指导意见》，本所对《乙类公司转板上市办法》进行了修订（详见附件），并更名为“《甲类公司转板办法》”。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert ("AMENDS", "乙类公司转板上市办法") in _pairs(doc)


def test_a_body_name_over_a_spaced_order_word_is_the_orders_title():
    # 宁武县人民政府 / 封 山 令 / 宁政令〔2023〕1号 (h204 宁武): the body's name and the order word are one title; the
    # text's 《封山令》 names the order itself
    text = (
        "当前位置:首页 > 政府文件\n\n  甲县人民政府\n\n  禁 火 令\n\n  甲政令〔2024〕2号\n\n"
        "  当前，我县已进入森林防火期。根据《中华人民共和国森林法》等有关规定，现决定如下：\n\n"
        "  一、各乡镇要做好《禁火令》宣传工作。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.issuers) == (
        "甲县人民政府禁火令",
        "甲政令〔2024〕2号",
        ("甲县人民政府",),
    )
    assert _pairs(doc) == [("BASED_ON", "中华人民共和国森林法")]


def test_a_signature_date_closed_by_a_full_stop_is_the_date():
    # 二○一○年十一月十二日。 (h206 浙江): the date line ends with 。
    text = (
        "甲省人民政府关于命名甲省卫生强县的通知\n（甲政发〔2011〕8号）\n各市、县人民政府：\n"
        "经考核验收，决定命名乙县为甲省卫生强县。\n二○一一年三月五日。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2011-03-05"


def test_a_text_whose_deployment_is_combined_with_is_the_ground():
    # 请根据《A》(…)要求…,结合《B》的部署,按照属地监管的原则… (h206 安徽): B's deployment is followed, its ground
    text = (
        "关于开展某某专项督查的通知\n各市安委会办公室：\n"
        "请根据《某某办公室关于开展某某督查的通知》要求的督查重点，结合《甲局 乙部关于做好某某安全监管工作的通知》的部署，"
        "按照属地监管的原则，认真布置督查工作。\n甲省安委会办公室\n2014年1月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert ("BASED_ON", "甲局乙部关于做好某某安全监管工作的通知") in _pairs(doc)


def test_an_issued_title_glued_after_the_notices_date_is_a_text_of_its_own():
    # 现将《云和县农业局 2012年…工作思路》印发给你们,请认真贯彻落实。2013年2月4日云和县农业局2012年…工作思路今年以来,…
    # (h206 云和): the date, then the issued text's title (the quoted one had spaces) and its first words on one line
    text = (
        "甲农发〔2014〕6号\n甲县农业局关于印发 2013年农业工作总结和2014年工作思路的通知\n局属各科站:\n"
        "现将《甲县农业局 2013年农业工作总结和 2014年工作思路》印发给你们,请认真贯彻落实。2014年2月10日"
        "甲县农业局2013年农业工作总结和2014年工作思路今年以来,我局认真贯彻落实各级农业农村工作会议精神,农业生产稳定发展。\n"
        "2014年2月10日\n一、今年农业工作情况\n(一)稳定农业生产形势。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [
        ("甲县农业局关于印发2013年农业工作总结和2014年工作思路的通知", "2014-02-10"),
        ("甲县农业局2013年农业工作总结和2014年工作思路", "2014-02-10"),
    ]


def test_an_issued_bulletin_run_on_after_the_notice_with_its_makers_note_is_a_text_of_its_own():
    # …现将专项整治通报印发给你们,… 二〇一〇年十二月二十四日 关于…的通报 (某某办公室 2010年12月21日) 按照… (h206 山西, one
    # line): the bulletin's title, the note of its maker and date, its text
    body = (
        "按照省政府《关于在全省开展某某专项整治的通知》(甲政发〔2012〕20号)等文件精神,今年在全省范围内开展了某某行业专项整治。"
        "经过各级政府和广大企业的共同努力,全面完成了企业自查自整和分类整治各个阶段的工作任务。"
    )
    text = (
        "|\n甲省某某管理局关于印发全省某某行业专项整治工作通报的通知 各市某某管理局、省属企业: "
        + body
        + "全省某某行业专项整治领导组办公室对专项整治情况进行了汇总,现将专项整治通报印发给你们,请严格按专项整治工作要求抓好整改。"
        " 二〇一二年十一月二十日 关于全省某某行业专项整治工作的通报 (甲省某某行业专项整治办公室 2012年11月18日) "
        + body
        + "\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers, d.date) for d in docs] == [
        ("甲省某某管理局关于印发全省某某行业专项整治工作通报的通知", ("甲省某某管理局",), "2012-11-20"),
        ("关于全省某某行业专项整治工作的通报", ("甲省某某行业专项整治办公室",), "2012-11-18"),
    ]
