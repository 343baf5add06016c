"""Issuers of the unseen set's parts h229–h234 (2026-12-06, r266): a printed name kept as printed where the
registry wrote it out as another.  Each text is modelled on a failing part of the set, with other names
(a district and a city the registry knows, so that their bodies are built)."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

NOTICE = (
    "关于印发某某办法的通知\n\n各街道：\n现将《{body}某某办法》印发给你们，请遵照执行。\n\n{signer}\n2024年5月1日\n"
)
PUBLICITY = "关于某某景区的公示\n\n经评定，以下景区拟确定为3A级景区，现予公示。\n\n{signer}\n2024年11月7日\n"


def test_a_district_body_printed_without_its_city_keeps_its_printed_name():
    # 丰都县科学技术局 signing a text that never prints 重庆市丰都县 (h229 丰都, h232 柯城): the district's
    # department as printed, no city written before it
    def issuers(body: str, signer: str) -> tuple[str, ...]:
        return parse_text(NOTICE.format(body=body, signer=signer), "page.txt").documents[0].issuers

    assert issuers("", "海淀区财政局") == ("海淀区财政局",)
    # the text prints the district with its city (重庆市渝北区…报告 signed 渝北区教委, h104): written out
    assert issuers("北京市海淀区", "海淀区财政局") == ("北京市海淀区财政局",)
    # a district's government office keeps the registry's name, city and all (h38 云岩)
    assert issuers("", "海淀区人民政府办公室") == ("北京市海淀区人民政府办公室",)


@pytest.mark.parametrize(
    "signer",
    [
        # 天水市文化和旅游局 (h232 天水): a city's bureau without 广电 is a body of its own, as printed
        "洛阳市文化和旅游局",
        # 成都市文化广电旅游局 (h232 成都): without 和, as printed
        "洛阳市文化广电旅游局",
    ],
)
def test_a_city_culture_and_tourism_bureau_keeps_its_printed_name(signer):
    assert parse_text(PUBLICITY.format(signer=signer), "page.txt").documents[0].issuers == (signer,)


def test_a_district_womens_federation_signed_by_its_short_form_is_written_out():
    # 曾都区妇联 signing a letter (h233 曾都): a district's 妇联 is its 妇女联合会, as a city's and a province's are
    text = "致全区妇女姐妹的一封信\n\n亲爱的姐妹们：\n值此节日之际，海淀区妇联向全区妇女致以节日的问候。\n\n海淀区妇联\n2020年3月8日\n"
    assert parse_text(text, "page.txt").documents[0].issuers == ("北京市海淀区妇女联合会",)
