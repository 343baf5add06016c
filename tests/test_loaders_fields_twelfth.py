"""Document fields of the unseen set, twelfth round (2026-12-05, r115): dates, numbers and issuers.  Each text
is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_town_party_committee_and_its_government_in_the_title_are_two_issuers():
    # 中共城关镇委员会 城关镇人民政府关于印发…的通知 (h68 城关镇): a town's party committee and its government,
    # a space between them in the title, are two bodies (the town repeated starts the second), not one name
    text = (
        "中共乙丙镇委员会 乙丙镇人民政府关于印发乙丙镇应急预案的通知\n\n各村：\n"
        "现将《乙丙镇应急预案》印发给你们，请认真执行。\n\n2024年5月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中共乙丙镇委员会", "乙丙镇人民政府")
