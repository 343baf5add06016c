"""Issuers and dates of the unseen set's documents (r38): fields a text leaves open that the page prints
elsewhere.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# (h111 湖南, h45 青海) an untitled notice, signed and dated, the revised text it issues printed right under it
# (named only inside the earlier notice's title, so no notice is found to join it to)
ISSUING_NOTICE = (
    "各市州人民政府,省直有关单位:\n"
    "为规范某某工作,我局对《某省某某管理局关于印发<某省某某管理办法>的通知》(某管发〔2018〕11号)进行了修订,"
    "现印发给你们,请认真贯彻执行。\n"
    "某省某某管理局\n"
    "2023年5月6日\n"
    "某省某某管理办法\n"
    "第一章 总 则\n"
    "第一条 为规范某某工作,制定本办法。\n"
)


def test_a_text_printed_under_the_notice_that_issues_it_takes_the_notice_date():
    """(h111 湖南, h45 青海) the text: the notice's issuers and its signature's date."""
    doc = next(d for d in parse_text(ISSUING_NOTICE, "page.txt").documents if d.title == "某省某某管理办法")
    assert doc.date == "2023-05-06"


def test_a_text_the_notice_names_with_its_own_number_keeps_no_notice_date():
    """(上海 延长…有效期) 《X》（某交水〔2015〕598号）继续实施: an earlier text, not dated by the notice."""
    text = ISSUING_NOTICE.replace(
        "对《某省某某管理局关于印发<某省某某管理办法>的通知》(某管发〔2018〕11号)进行了修订,现印发给你们",
        "决定《某省某某管理办法》（某管〔2015〕59号）继续实施,有效期延长至2028年",
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == "某省某某管理办法")
    assert doc.date is None


def test_a_date_alone_above_the_title_near_the_top_dates_the_text():
    """(h120 安顺) a page that kept only the notice's last lines: its date and 此件公开发布 over the text's title,
    no body's name above the date — the text takes that date."""
    text = (
        "县政府各工作部门、各直属事业单位:\n"
        "现将《某县重大政策文件解读制度》印发给你们,请认真贯彻执行。\n"
        "2021年4月12日\n"
        "(此件公开发布)\n"
        "某县重大政策文件解读制度\n"
        "第一条 为提升重大政策解读质量,制定本制度。\n"
        "第二条 本制度自印发之日起施行。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if d.title == "某县重大政策文件解读制度")
    assert doc.date == "2021-04-12"


def test_a_sentence_under_the_title_saying_who_passed_the_text_gives_issuer_and_date():
    """(h113 天津, h77 云南) a wiki or document-site page with no signature: X，于…由…第N次会议通过 under the title."""
    text = (
        "河北省乡村旅游促进条例\n\n河北省乡村旅游促进条例\n\n"
        "河北省乡村旅游促进条例,于2022年7月29日由河北省第十三届人民代表大会常务委员会第三十二次会议通过。\n\n"
        "基本介绍\n\n  • 中文名: 河北省乡村旅游促进条例\n  • 法律效力:地方性法规\n  • 时效性:有效\n条例全文\n第一章 总则\n"
        "第一条 为了促进乡村旅游高质量发展,满足人民群众日益增长的旅游消费需求,推动农业农村现代化,"
        "根据有关法律、行政法规,结合本省实际,制定本条例。\n"
        "第二条 本条例适用于本省行政区域内开展的乡村旅游规划、建设、经营、服务、管理和促进等活动。\n"
        "第三条 乡村旅游发展应当坚持生态优先、绿色发展,坚持农民主体地位,坚持因地制宜、突出特色,"
        "推动乡村旅游与农业、文化、体育、康养等产业融合发展。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("河北省人民代表大会常务委员会",), "2022-07-29")


# A gazette's cover dated right above its first document, several documents below: the date is the issue's
COVER_DATED = """\
永和县人民政府公报

2024年第3期 2024年3月31日出版

2024年3月31日

永和县人民政府关于加强河道管理的通知

各乡镇人民政府，县直各单位：

为加强河道管理，根据有关规定，现就有关事项通知如下。

一、落实河道巡查责任。

二、加强河道保洁。

永和县人民政府关于做好春耕生产的通知

永政发〔2024〕5号

各乡镇人民政府：

为做好春耕生产工作，现就有关事项通知如下。

永和县人民政府

2024年3月1日
"""


def test_a_date_above_the_first_of_several_documents_is_the_publications():
    docs = parse_text(COVER_DATED, "gazette.txt").documents
    assert [(d.title, d.date) for d in docs] == [
        ("永和县人民政府关于加强河道管理的通知", None),
        ("永和县人民政府关于做好春耕生产的通知", "2024-03-01"),
    ]
