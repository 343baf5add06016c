"""A basis cue before a licence, a certificate or an annex's signals names no document; before a code or a
law's general part (no 文种 at its end) it does (the law corpus's 根据《…》 sentences)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

HEAD = "甲市乙类场所管理条例\n\n第一条 为了加强乙类场所管理，制定本条例。\n\n第二条 "


def cited(sentence: str) -> list[tuple[str, str]]:
    docs = parse_text(HEAD + sentence + "\n", "law.md").documents
    return [(r.role, r.title) for d in docs for r in d.references]


@pytest.mark.parametrize(
    "sentence",
    [
        "登记机关应当根据《企业法人营业执照》载明的事项办理变更。",
        "驾驶人应当按照《甲国机动车驾驶证件》记载的准驾车型驾驶车辆。",
        "搜寻救援时应当依照《搜寻援救的信号》所列方式联络。",
    ],
)
def test_a_licence_certificate_or_signal_list_is_no_cited_document(sentence):
    assert cited(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("依照《甲国民法总则》的规定，民事主体依法享有权利。", "甲国民法总则"),
        ("依照《甲国进出口税则》的规定计征关税。", "甲国进出口税则"),
    ],
)
def test_a_code_or_a_general_part_under_a_basis_cue_is_cited(sentence, title):
    assert ("BASED_ON", title) in cited(sentence)


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        (
            "law.md",
            "# 甲省水污染防治条例\n\n第七条 省生态环境主管部门应当根据国土空间规划等情况，编制《甲省水功能区划分方案》"
            "（以下简称功能区划分方案），报省人民政府批准后公布。\n",
            "甲省水功能区划分方案",
        ),
        (
            "page.txt",
            "甲省人民代表大会关于开展乙项活动的决议\n\n五、会议责成省人民政府根据本决议精神，制定《甲省开展乙项活动的实施细则》，"
            "提交省人大常委会审议通过，并公布施行。\n",
            "甲省开展乙项活动的实施细则",
        ),
    ],
)
def test_a_law_or_resolution_telling_a_body_to_draw_up_a_text_cites_it(name, text, title):
    # 根据…，编制《X》 in a text's opening names the text itself only when X is of the text's own 文种 (a plan's preamble)
    docs = parse_text(text, name).documents
    assert ("CITES", title) in [(r.role, r.title) for d in docs for r in d.references]
