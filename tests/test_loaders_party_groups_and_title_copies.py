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
