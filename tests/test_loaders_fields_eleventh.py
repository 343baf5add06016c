"""Issuers of the unseen set's layouts, eleventh round (2026-12-05): the bodies under a forwarded text's title run
on to a second line (h53 山东), a 批转 title naming the first of several bodies (h109 上海), the central bank's
regional branches.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def _doc(text: str, title: str):
    return next(d for d in parse_text(text, "page.txt").documents if d.title == title)


def test_bodies_under_a_forwarded_title_run_on_to_a_second_line():
    """``省人力资源社会保障厅 省教育厅 省财政厅`` / ``省地税局 省工商局 人民银行南京分行`` under the forwarded opinion's
    title (h53 山东): all six bodies, the short forms of the second line written out in the notice's place."""
    text = (
        "江苏省人民政府办公厅\n转发省人力资源社会保障厅等部门关于做好某某工作的意见的通知\n苏政办发〔2010〕21号\n"
        "各市、县(市、区)人民政府，省各委办厅局，省各直属单位：\n"
        "省人力资源社会保障厅、省教育厅、省财政厅、省地税局、省工商局、人民银行南京分行《关于做好某某工作的意见》"
        "已经省人民政府同意，现转发给你们，请认真贯彻执行。\n江苏省人民政府办公厅\n二○一○年四月三十日\n"
        "关于做好某某工作的意见\n省人力资源社会保障厅 省教育厅 省财政厅\n省地税局 省工商局 人民银行南京分行\n"
        "(二○一○年四月二十六日)\n为做好某某工作，现提出如下意见：\n一、总体要求\n"
    )
    doc = _doc(text, "关于做好某某工作的意见")
    assert doc.issuers == (
        "江苏省人力资源和社会保障厅",
        "江苏省教育厅",
        "江苏省财政厅",
        "江苏省地方税务局",
        "江苏省工商行政管理局",
        "中国人民银行南京分行",
    )


def test_a_line_of_addressees_under_the_bodies_is_not_read_as_more_bodies():
    """The second line must be names only: ``各市人民政府：`` under them is an address, not a body."""
    text = (
        "江苏省人民政府办公厅\n转发省财政厅等部门关于做好某某工作的意见的通知\n苏政办发〔2010〕22号\n"
        "各市、县(市、区)人民政府：\n省财政厅、省教育厅《关于做好某某工作的意见》已经省人民政府同意，现转发给你们。\n"
        "江苏省人民政府办公厅\n二○一○年五月六日\n关于做好某某工作的意见\n省财政厅 省教育厅\n各市财政局：\n"
        "为做好某某工作，现提出如下意见：\n"
    )
    assert _doc(text, "关于做好某某工作的意见").issuers == ("江苏省财政厅", "江苏省教育厅")


def test_a_title_naming_the_first_of_several_bodies_yields_to_the_sentence_naming_all():
    """``北京市人民政府批转市发展改革委等四部门关于…的通知`` over an unsigned text (h109 上海): the forwarding
    sentence's four bodies, not the first the title names."""
    text = (
        "北京市人民政府批转市发展改革委等四部门关于某某工作实施意见的通知\n京政发〔2013〕7号\n"
        "各区、县人民政府，市政府各委、办、局：\n"
        "市政府同意市发展改革委、市财政局、市教委、市科委《关于某某工作的实施意见》，现转发给你们，请按照执行。\n"
        "北京市人民政府\n2013年7月31日\n关于某某工作的实施意见\n为做好某某工作，现提出实施意见如下：\n"
        "一、总体要求\n"
    )
    doc = _doc(text, "关于某某工作的实施意见")
    assert doc.issuers == ("北京市发展和改革委员会", "北京市财政局", "北京市教育委员会", "北京市科学技术委员会")


def test_the_central_banks_regional_branches_are_known():
    """人民银行济南分行 and its eight peers (1998-2023): named by their seat's city, each the bank's branch (h53)."""
    reg = default_registry()
    assert reg.resolve("人民银行济南分行").name == "中国人民银行济南分行"
    assert reg.resolve("中国人民银行上海分行").parent == "中国人民银行"


def test_a_district_governments_number_head_names_the_district_its_title_names():
    """``珠香府〔2012〕56号`` (the city's abbreviation, the district's first character, 府) over a notice issuing
    ``《珠海市香洲区人民政府工作规则》``, no signature (h105 龙岗): the district's government; 府办 its office."""
    for head, issuer in (("珠香府", "珠海市香洲区人民政府"), ("珠香府办", "珠海市香洲区人民政府办公室")):
        text = (
            f"当前位置: 首页 > 政府公报\n\n{head}〔2012〕56号关于印发《珠海市香洲区人民政府工作规则》的通知\n\n"
            "各街道办、区府属各单位:\n\n《珠海市香洲区人民政府工作规则》已经区政府常务会议审议通过，现予印发。\n\n"
            "二〇一二年九月十六日\n\n珠海市香洲区人民政府工作规则\n\n第一章总则\n\n第一条为规范区政府工作，制定本规则。\n"
        )
        doc = _doc(text, "关于印发《珠海市香洲区人民政府工作规则》的通知")
        assert doc.issuers == (issuer,)


def test_a_number_head_of_no_district_the_text_names_gives_no_issuer():
    """The same head over a title naming no district of the city: nothing to tell which district it is."""
    text = (
        "珠香府〔2012〕57号关于印发《区政府工作规则》的通知\n\n各街道办:\n\n《区政府工作规则》已经审议通过，现予印发。\n\n"
        "二〇一二年九月十六日\n\n区政府工作规则\n\n第一条为规范工作，制定本规则。\n"
    )
    assert _doc(text, "关于印发《区政府工作规则》的通知").issuers == ()


def test_a_news_lead_saying_the_full_text_follows_names_its_issuers():
    """``日前,湖北省委、省政府出台《X》,全文如下`` over an untitled text (h131 河北, h146 石家庄): the party
    committee and the government the lead names, each written out in its place."""
    text = (
        "日前,湖北省委、省政府出台《关于做好2022年某某工作的实施意见》,全文如下:\n\n"
        "做好2022年某某工作，要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n\n"
        "一、全力抓好某某工作\n\n" + "（一）稳定某某生产。各地要落实某某责任，确保某某面积稳定、产量保持稳定。\n\n" * 4
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中共湖北省委", "湖北省人民政府")


def test_a_lead_under_a_title_naming_it_names_its_issuers():
    """``6. …印发 / 《X》（date）`` / ``2023年2月13日，中共湖南省委湖南省人民政府印发了《X》`` (h48 陕西, h35 山西): the
    lead under the title names the title's text, its quoted title broken over the line end."""
    text = (
        "6. 中共湖南省委湖南省人民政府印发\n《湖南省推进某某突\n破年实施意见》（2023 年2 月13 日）\n"
        "2023 年2 月13 日，中共湖南省委湖南省人民政府印发了《湖南省推进某某突破\n年实施意见》，并发出通知，要求各地"
        "各部门结合实际认真贯彻落实。\n一、总体要求\n" + "坚持以某某为导向，全面推进某某工作，持续优化某某环境。\n" * 6
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ("中共湖南省委", "湖南省人民政府")


def test_a_lead_naming_another_text_than_the_title_names_no_issuer():
    """``文字解读|《X》`` over ``2023年1月16日,湖南省人民政府办公厅印发《Y》…`` (h152 双牌): the lead tells of Y, not of
    the interpretation titled over it."""
    text = (
        "文字解读|《某县打好发展六仗总体方案》\n\n一、文件出台的背景及意义\n\n"
        "2023年1月16日,湖南省人民政府办公厅印发《湖南省打好发展六仗总体方案》,某县据此制定本方案。\n\n"
        "二、文件起草的依据和过程\n\n" + "本方案依据上级文件精神，结合某县实际起草，经县政府常务会议审议通过。\n\n" * 4
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ()


def test_an_untitled_texts_lead_that_only_tells_of_a_text_names_no_issuer():
    """An untitled page whose lead tells of a text (``近日,湖北省人民政府印发《X》。X提出…``) without saying it follows:
    the page may be a report about X, not X."""
    text = (
        "近日,湖北省人民政府印发《湖北省某某行动方案》。方案提出，到2025年某某能力明显增强。\n\n"
        + "记者了解到，某某工作取得积极进展，各地正在抓紧推进某某项目建设，确保按期完成。\n\n" * 5
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ()


def test_an_untitled_decision_opening_with_its_meeting_is_the_standing_committees():
    """``浙江省第九届人民代表大会常务委员会第三十次会议审议了…决定自即日起废止下列地方性法规`` with no title above it, an
    English translation under it (h37 福建): the standing committee whose meeting decides."""
    text = (
        "浙江省第九届人民代表大会常务委员会第三十次会议审议了省人民政府所作的关于废止《浙江省某某条例》等三项地方性法规的"
        "议案及其说明。会议认为，这些法规已无存在的必要，决定自即日起废止下列地方性法规：\n"
        "The 30th Meeting of the Standing Committee of the Ninth People's Congress of Zhejiang Province examined the proposal.\n"
        "一、《浙江省某某条例》(1995年8月25日浙江省第八届人民代表大会常务委员会第十八次会议通过)\n"
        "二、《浙江省某某管理条例》(1996年6月29日浙江省第八届人民代表大会常务委员会第二十三次会议通过)\n"
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ("浙江省人民代表大会常务委员会",)


def test_a_government_office_by_its_short_name_is_known():
    """``富民县政府办`` / ``泰州市政府办`` — a government's office by the short name a byline or a portal prints (h120
    富民): the 人民政府办公室."""
    reg = default_registry()
    assert reg.resolve("泰州市政府办").name == "泰州市人民政府办公室"
    assert reg.resolve("富民县政府办").name == "富民县人民政府办公室"
