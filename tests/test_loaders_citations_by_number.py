"""Cited documents the unseen set's labels name and the loaders missed (round r86): titles in 《》 whose last word
is a cited document's type.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.vocab import Role


def _cited(text: str) -> dict[str, Role]:
    doc = parse_text(text, "page.txt").documents[0]
    return {r.title: r.role for r in doc.references if r.title}


@pytest.mark.parametrize(
    "sentence, title, role",
    [  # 《…建设指标》 (h59 四川) / 修改完善《…控制指标》 (h34): a norm's indicators, a cited document
        (
            "根据《某某省省级生态乡镇管理规程》《某某省省级生态乡镇建设指标》，经申报、核查，省政府决定命名。",
            "某某省省级生态乡镇建设指标",
            Role.BASED_ON,
        ),
        ("修改完善《商业项目建设用地控制指标》，推广应用节地技术。", "商业项目建设用地控制指标", Role.CITES),
        # 根据…《…备忘录》精神 (h29 河北, h31 宁夏): a memorandum two governments signed
        (
            "根据某某部与某某省人民政府签署的《推进某某示范区建设合作备忘录》，制定本意见。",
            "推进某某示范区建设合作备忘录",
            Role.BASED_ON,
        ),
    ],
)
def test_indicators_and_memoranda_in_marks_are_cited_documents(sentence, title, role):
    text = f"某某县人民政府关于某某工作的意见\n某政发〔2022〕3号\n各乡镇人民政府：\n{sentence}\n某某县人民政府\n2022年5月6日\n"
    assert _cited(text).get(title) == role


def test_each_text_a_notice_made_and_issues_in_a_list_is_transmitted_not_cited():
    """制定了《A》（以下简称新版目录）以及《B》（以下简称B目录）。现印发给你们 (h153 国家医保局): both texts are the notice's
    own, issued by it — no citation of either."""
    text = (
        "某某局关于印发《某某药品目录》以及《某某创新药品目录》（2025年）的通知\n某发〔2025〕3号\n各省医保局：\n"
        "按照《某某用药管理暂行办法》要求，某某局组织调整并制定了《某某药品目录（2025年）》（以下简称新版目录）"
        "以及《某某创新药品目录（2025年）》（以下简称创新目录）。现印发给你们，并就有关事项通知如下：\n"
        "一、做好新版目录落地执行工作。\n某某局\n2025年12月1日\n"
    )
    cited = _cited(text)
    assert cited.get("某某用药管理暂行办法") == Role.BASED_ON
    assert {cited.get("某某药品目录（2025年）"), cited.get("某某创新药品目录（2025年）")} <= {Role.TRANSMITS, None}


def test_a_text_a_notice_issues_never_cites_the_notice_by_its_number():
    """A portal's links under the issued text (穗府办规〔2022〕13号广州市人民政府办公厅关于印发…, 广州): the number is the
    notice's that issues the text, no citation of it."""
    text = (
        "某某市人民政府办公厅关于印发某某市养老服务管理办法的通知\n某府办规〔2022〕13号\n各区人民政府，市政府各部门：\n"
        "现将《某某市养老服务管理办法》印发给你们，请认真贯彻执行。\n某某市人民政府办公厅\n2022年9月13日\n"
        "某某市养老服务管理办法\n第一条 为规范养老服务，根据《某某省养老服务条例》，制定本办法。\n"
        "第二条 本办法自印发之日起施行。\n某某市人民政府办公厅秘书处2022年9月13日印发\n"
        "某府办规〔2022〕13号某某市人民政府办公厅关于印发某某市...\n"
    )
    issued = next(d for d in parse_text(text, "page.txt").documents if d.title == "某某市养老服务管理办法")
    assert [str(r.doc_number) for r in issued.references if r.doc_number] == []
    assert [r.title for r in issued.references] == ["某某省养老服务条例"]
