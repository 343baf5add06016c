"""Cited pairs of the unseen set read from the cue words around a citation (r72): what a notice says it made and
issues, and the text it issues printed under its signed date by the name its sentence gave it.  Each text is
modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# 关于印发X的通知 / …我们研究制定了《X（试行）》。现印发给你们 (h161 国家医保局, 医保办发〔2020〕20号)
MADE_THEN_ISSUED = (
    "关于印发某某数据填写规范的通知\n"
    "（某医保办发〔2021〕12号）\n"
    "各省、自治区、直辖市医疗保障局：\n"
    "为统一某某数据采集标准，根据《某某局关于印发某某编码规则的通知》（某医保发〔2019〕5号）有关要求，"
    "我们研究制定了《某某数据填写规范（试行）》。现印发给你们，请认真贯彻落实。\n"
    "某某局办公室 2021年3月2日\n"
)


def test_a_text_the_notice_made_and_issues_next_sentence_is_no_citation():
    """研究制定了《X（试行）》。现印发给你们: X is what the notice transmits (its title's name, without （试行）)."""
    doc = parse_text(MADE_THEN_ISSUED, "notice.txt").documents[0]
    pairs = {(r.role, r.title) for r in doc.references}
    assert ("BASED_ON", "某某局关于印发某某编码规则的通知") in pairs
    assert not any(r.title == "某某数据填写规范（试行）" for r in doc.references)
    assert {t for role, t in pairs if role == "TRANSMITS"} <= {"某某数据填写规范"}


def test_a_text_made_earlier_and_not_issued_now_stays_cited():
    """去年，我们制定了《X》。今年… — nothing issued in the next sentence: X is cited."""
    text = MADE_THEN_ISSUED.replace("现印发给你们，请认真贯彻落实", "今年将继续推进")
    doc = parse_text(text, "notice.txt").documents[0]
    assert ("CITES", "某某数据填写规范（试行）") in {(r.role, r.title) for r in doc.references}


# 某某规则和方法的通知 / （号） / 各…： / 我局研究制定了X，现印发给你们 / 署名 日期 / X / 一、… (h161 国家医保局,
# 医保办发〔2020〕42号)
UNQUOTED_MADE_THEN_ISSUED = (
    "某某耗材统一编码规则和方法的通知\n"
    "（某医保办发〔2021〕30号）\n"
    "各省、自治区、直辖市医疗保障局：\n"
    "为推进统一的编码标准，我局研究制定了某某耗材统一编 码规则和方法，现印发给你们，请认真贯彻落实。\n"
    "某某局办公室 2021年5月6日\n"
    "某某耗材统一编码规则和方法\n"
    "一、耗材编码\n"
    "耗材编码分3个部分，用大写英文字母和阿拉伯数字按特定顺序排列表示。\n"
    "第2部分：行政区划代码，采用《某某行政区划代码》（GB/T2260），用6位阿拉伯数字表示。\n"
)


def test_the_text_a_notice_made_printed_under_its_signed_date_is_its_own_document():
    """我局研究制定了X，现印发给你们 / 署名 日期 / X: the line X starts the issued text, and what it cites is its own."""
    docs = parse_text(UNQUOTED_MADE_THEN_ISSUED, "notice.txt").documents
    assert [d.title for d in docs] == ["某某耗材统一编码规则和方法的通知", "某某耗材统一编码规则和方法"]
    assert docs[1].source_line == 6 and docs[1].transmitted_by == 0
    assert [(r.role, r.title) for r in docs[1].references] == [("CITES", "某某行政区划代码")]
    assert not any(r.title == "某某行政区划代码" for r in docs[0].references)
