"""Issuers of the unseen set's second round (r53): a department's party group signing (h29 安徽), and more
forms below.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

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
