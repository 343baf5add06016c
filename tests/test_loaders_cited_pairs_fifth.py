"""Cited pairs of the unseen set, fifth round (2026-12-05): an outline a ministry issues (《…大纲》) is a document
cited, and a line that is nothing but another text's full title (a related-links list under the page) cites
nothing.  Each text is modelled on the failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.references import find_references, is_document_title

NOTICE = (
    "关于印发某某市物业服务管理办法的通知\n某府发〔2023〕7号\n各区人民政府：\n{body}\n某某市人民政府\n2023年3月1日\n"
)


def _refs(text: str) -> list[tuple[str, str]]:
    return [(r.role, r.title) for d in parse_text(text, "page.txt").documents for r in d.references]


@pytest.mark.parametrize(
    "title",
    ["某某项目可行性研究报告编写通用大纲（2023年版）", "某某省建设项目环境影响评价技术审查大纲"],
)
def test_an_outline_is_a_document_title(title):
    """《政府投资项目可行性研究报告编写通用大纲（2023年版）》 (h132 国家发展改革委): an outline issued for others to
    follow is a text cited, with or without its edition."""
    assert is_document_title(title)


def test_an_outline_named_in_a_sentence_is_cited():
    """…印发《X编写通用大纲（2023年版）》和《X编写参考大纲（2023年版）》 (h132 国家发展改革委): both outlines cited."""
    body = "为提高前期工作质量，某某委印发了《某某项目可行性研究报告编写通用大纲(2023年版)》和《某某项目申请报告编写参考大纲(2023年版)》。"
    assert _refs(NOTICE.format(body=body)) == [
        ("CITES", "某某项目可行性研究报告编写通用大纲（2023年版）"),
        ("CITES", "某某项目申请报告编写参考大纲（2023年版）"),
    ]


@pytest.mark.parametrize(
    "link",
    [
        # - X关于批准《Y》的决定(2001年) — a law database's list of other texts (h119 交通运输部)
        "- 全国人民代表大会常务委员会关于批准《中华人民共和国和某国关于民事司法协助的条约》的决定(2001年)",
        # X关于发布《Y》的通知 — the title of another page, standing alone under the text (h67 深圳)
        "某某市人力资源和社会保障局关于发布《2020年度某某市人才奖申报指南》的通知",
    ],
)
def test_a_line_that_is_another_texts_title_cites_nothing(link):
    body = "根据《某某省物业管理条例》，结合本市实际，制定本办法。"
    text = NOTICE.format(body=body) + "相关链接\n" + link + "\n"
    assert _refs(text) == [("BASED_ON", "某某省物业管理条例")]


def test_a_title_inside_a_sentence_stays_cited():
    """The same title inside a sentence of the body (现将X关于发布《Y》的通知转发给你们) is no link: Y is named as
    before (h67 深圳)."""
    body = "现将某某局关于发布《2020年度某某市人才奖申报指南》的通知转发给你们，请认真执行。"
    assert _refs(NOTICE.format(body=body)) == [("TRANSMITS", "2020年度某某市人才奖申报指南")]


def test_a_catalogue_rows_title_cell_is_no_part_of_its_number():
    """序号 | 名称 | 文号 rows read as one text, the title cell run into the number cell (…实施细则某商务规〔2019〕3号,
    …认定办法某商务规〔2020〕4号, h98 深圳): the number is the printed one, without the end of the title before it."""
    body = (
        "1某某市外经贸发展专项资金实施细则某商务规〔2019〕3号自2019年7月11日起实施，有效期5年"
        "2某某市商务局关于废止某某办法等规范性文件的决定某商务规〔2019〕4号"
        "3某某市品牌展会认定办法某商务规〔2020〕4号自2020年12月23日起施行，有效期5年"
    )
    refs = find_references(body, file="page.txt", line_of=lambda i: 1)
    assert [str(r.doc_number) for r in refs] == ["某商务规〔2019〕3号", "某商务规〔2019〕4号", "某商务规〔2020〕4号"]


def test_a_prefix_holding_ban_fa_stays_whole():
    """发改办法规〔2023〕54号 (办 + 法规): 办法 inside a prefix breaks nothing."""
    body = "根据发改办法规〔2023〕54号文件要求，做好有关工作。"
    numbers = [
        str(r.doc_number) for d in parse_text(NOTICE.format(body=body), "page.txt").documents for r in d.references
    ]
    assert numbers == ["发改办法规〔2023〕54号"]
