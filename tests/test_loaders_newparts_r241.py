"""Failures of part h223 (education bureaus' enrolment texts), 2026-12 (r241).  Each text is modelled on a failing
part of the set, with other, invented names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

BODY = (
    "坚持公平、公正、公开的原则。区教育局将招生政策、招生计划、招生办法、招生范围、招生时间等涉及招生工作的相关规定和"
    "要求及时向社会公布，主动接受纪检监察部门和社会监督。"
)


def test_a_numbered_section_head_of_an_untitled_text_is_no_title():
    # an untitled implementing opinion reposted by a WeChat viewer: basis sentence, then heads 01 / … 02 /… 03 /关于…
    # (h223 九原): 03 /关于X的相关规定 is a section, the text untitled from its first line with the basis's pairs
    text = (
        "根据《中华人民共和国某某法》、《关于印发〈甲市2026年某某工作指导意见〉的通知》(甲教发〔2026〕3号)等法律法规及"
        "相关政策文件精神，为切实做好某某工作，结合我区实际，制定本实施意见。\n"
        "01 / 指导思想\n"
        + BODY
        + "\n02 /基本原则\n(一)"
        + BODY
        + "\n(二)"
        + BODY
        + "\n03 /关于某某优待政策的相关规定\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.source_line, d.title == "page") for d in docs] == [(1, True)]
    assert [(r.role, r.title) for r in docs[0].references] == [
        ("IMPLEMENTS", "中华人民共和国某某法"),
        ("IMPLEMENTS", "关于印发《甲市2026年某某工作指导意见》的通知"),
    ]


def test_a_portal_link_list_over_the_title_is_no_signature():
    # 某省教育厅  | / 中华人民共和国某某部 — a portal's links to other sites above 信息来源 and the title (h223 白山):
    # no issuers of the text; the page's source names its body
    text = (
        "老年版     登录     注册\n一网搜\n乙省教育厅  |\n中华人民共和国教育部\n"
        "信息来源:某某市教育局   发布时间: 2026-06-06    收藏\n\n 字号:  \n\n |\n\n"
        "关于市区某某学校学区划分方案的公示\n\n"
        "    根据《某某法》《乙省某某条例》等相关法律法规和文件要求，结合市区实际，经研究，制定了市区学区划分方案，"
        "报市政府同意，现予以公示。公示期间如有异议，请以书面形式向市教育局反映，逾期不予受理。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [("关于市区某某学校学区划分方案的公示", ("某某市教育局",))]
