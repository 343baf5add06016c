"""Titles set narrower than the body's column in a gazette converted from PDF.

A centred title in larger type comes out of a converter cut at its own, narrower width: every line of it but the
last as long as the first, shorter than the body's lines (which the column joiner rejoins).  The titles of one
publication are set alike, so their pieces are joined where several titles share that width: the title of a
transmitted text (a rule under the notice issuing it) is then found whole over its articles.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

BODY = (
    "为进一步做好相关工作，切实保障人民群众的合法权益，推动各项政策措施落地见效，经研究，现就有关事项通知如下。"
    "各单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实，确保取得实效，并及时报送工作进展情况。"
)
NARROW, WIDTH = 13, 22  # the titles' width, the body's column

ISSUING = [
    "黔府发〔2022〕 4 号",
    "各县（区）人民政府，市直各部门：",
    "新修订的《黔州市人民政府工作规则》已经市政府常务会议审议通过。现印发给你们，自印发之日起施行，请认真贯彻执行。",
    "黔州市人民政府",
    "2022 年 3 月 8 日",
]
RULES = [
    "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本规则。",
    BODY,
    "二、市政府工作的指导思想是坚持依法行政。" + BODY,
]
WATER = [
    "黔府办发〔2022〕 11 号",
    "各县（区）人民政府，市直各部门：",
    BODY * 2,
    "黔州市人民政府办公室",
    "2022 年 4 月 12 日",
]
GAS = ["黔建发〔2022〕 19 号", "各县（区）住房和城乡建设局：", BODY * 2, "黔州市住房和城乡建设局", "2022 年 5 月 20 日"]


def _title(text: str) -> list[str]:
    """``text`` cut at the titles' narrower width, a blank line after each piece (pdf-titles layout)."""
    return [piece for k in range(0, len(text), NARROW) for piece in (text[k : k + NARROW], "")]


def _gazette() -> str:
    out = ["黔州市人民政府公报", "", "2022年第 5 号", ""]
    for title, body in (
        ("黔州市人民政府关于印发黔州市人民政府工作规则的通知", ISSUING),
        ("黔州市人民政府工作规则（2022年3月修订）", RULES),
        ("黔州市人民政府办公室关于加强农村饮水安全工程运行管理的通知", WATER),
        ("黔州市住房和城乡建设局关于开展城镇燃气安全专项检查的通知", GAS),
    ):
        out += [*_title(title), pdf_columns(body, WIDTH), ""]
    return "\n".join(out)


def test_transmitted_title_cut_at_the_titles_width_is_found_whole():
    """(a transmitted rule's title set narrower than the column, its qualifier on the second line, pdf-titles
    layout)"""
    docs = parse_text(_gazette(), "gazette.txt").documents
    assert [d.title for d in docs] == [
        "黔州市人民政府关于印发黔州市人民政府工作规则的通知",
        "黔州市人民政府工作规则（2022年3月修订）",
        "黔州市人民政府办公室关于加强农村饮水安全工程运行管理的通知",
        "黔州市住房和城乡建设局关于开展城镇燃气安全专项检查的通知",
    ]
    assert [str(d.doc_number) for d in docs] == [
        "黔府发〔2022〕4号",
        "None",
        "黔府办发〔2022〕11号",
        "黔建发〔2022〕19号",
    ]
    assert [d.date for d in docs] == ["2022-03-08", "2022-03-08", "2022-04-12", "2022-05-20"]
