"""Issuers of the unseen set's second round (r53): a department's party group signing (h29 安徽), and more
forms below.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.header import title_issuers
from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def test_a_departments_party_group_signs_as_itself():
    """中共…厅党组 over the date (h29 安徽): the party group, not the department it belongs to."""
    text = (
        "发文机关中共河北省水利厅党组\n发文日期2022年3月4日\n发文字号冀水发〔2022〕9号\n"
        "厅直各单位，厅机关各处室：\n经厅党组会议审议同意，现将《关于加强水利法治建设的实施意见》印发给你们，请认真抓好落实。\n"
        "中共河北省水利厅党组\n2022年3月4日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中共河北省水利厅党组",)


def test_party_group_of_a_registry_department_is_one_name():
    reg = default_registry()
    reg.resolve("河北省水利厅")
    assert reg.split_issuers("中共河北省水利厅党组") == ["中共河北省水利厅党组"]


GLUED_TITLES = (
    "锡林郭勒盟行政公署办公室公文处理实施细则及文种式样锡林郭勒盟行政公署办公室关于印发公文处理实施细则的通知"
)


def test_no_name_ends_inside_a_word():
    """…办公室公文处|理实施细则 (h27 阿拉善): 处理 is a word, no unit 公文处 of the office."""
    names = default_registry().split_issuers(GLUED_TITLES.split("关于")[0])
    assert "锡林郭勒盟行政公署办公室公文处" not in names


def test_the_issued_texts_title_glued_before_its_notice_names_the_body_once():
    """The issued text's title read with its notice's (h27 阿拉善): the notice's body, once, no unit of it."""
    assert title_issuers(default_registry(), GLUED_TITLES) == ["锡林郭勒盟行政公署办公室"]


def test_signers_padded_with_lost_characters_are_read():
    """中共…县委办公室???? / …县人民政府办公室?公室 over a ?-padded date (h87 云龙): both offices sign."""
    text = (
        "????各乡镇党委和人民政府，县级各部门：\n《某某县文明殡葬实施方案》已经县委、县人民政府同意，现印发给你们，请认真贯彻落实。\n?\n"
        "中共某某县委办公室????\n某某县人民政府办公室?公室\n??????????????2021年3月5日\n"
        "某某县文明殡葬实施方案\n为推进殡葬改革，结合我县实际，制定本方案。\n一、工作目标\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert docs[0].issuers == ("中共某某县委办公室", "某某县人民政府办公室")


def test_an_office_carrying_out_a_plan_outline_signs():
    """…纲要实施工作办公室 over a seal note and the date (h69 科协): 纲要 is a word of its name, not 要 of a sentence."""
    text = (
        "纲要办发〔2019〕2号\n各成员单位：\n现将《2019年全民健身行动工作要点》印发给你们，请认真贯彻落实。\n"
        "全民健身计划纲要实施工作办公室\n（国家体育总局办公厅代章）\n2019年3月1日\n"
        "2019年全民健身行动工作要点\n2019年全民健身工作要以增强人民体质为目标。\n一、加强组织领导\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert docs[0].issuers == ("全民健身计划纲要实施工作办公室",)


def test_signers_over_a_date_whose_year_was_lost_are_read():
    """Two bodies over 年2月22日 (h83 滨海): the date's year is lost, the signers are still the notice's."""
    text = (
        "关于印发《某某区促进数字经济发展的若干措施》的通知\n各街道办事处，区级各部门：\n"
        "《某某区促进数字经济发展的若干措施》已经区委、区政府同意，现印发给你们，请认真贯彻落实。\n"
        "中共上海市浦东新区委员会\n上海市浦东新区人民政府\n年3月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert len(doc.issuers) == 2 and doc.issuers[1] == "上海市浦东新区人民政府"


def test_a_title_counting_its_bodies_takes_them_from_the_sentence_naming_them():
    """某某局等4部门关于印发…的通知 whose sentence names the four, its signature garbled by an OCR (h138 芜湖)."""
    text = (
        "蚌埠市财政局等4部门关于印发《蚌埠市供热接入办法》的通知\n蚌财〔2023〕8号\n各县区人民政府：\n"
        "为贯彻落实有关文件精神，蚌埠市财政局、蚌埠市公安局、蚌埠市水务\n局、蚌埠市城市管理局等部门，共同研究制定了《蚌埠市供热接入办法》，"
        "现印发给你们，请遵照执行。\n蚌埠市财故局\n蚌埠市公安晟\n2023年5月30日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("蚌埠市财政局", "蚌埠市公安局", "蚌埠市水务局", "蚌埠市城市管理局")
