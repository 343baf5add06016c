"""Commissions of before the 2018 reorganisation printed short (经贸委, 计生委, 计委, 体改委, 科委) are written
out after their place; longer names that merely end like them (卫生计生委, 外经贸委) are left as printed."""

import pytest

from policykg.loaders.parse import parse_text

CASES = [
    ("a", "安徽省经贸委", "安徽省经济贸易委员会"),
    ("b", "合肥市计生委", "合肥市计划生育委员会"),
    ("c", "浙江省计委", "浙江省计划委员会"),
    ("d", "杭州市卫生计生委", "杭州市卫生计生委"),
]


@pytest.mark.parametrize(("what", "signer", "issuer"), CASES)
def test_old_commission_written_out(what: str, signer: str, issuer: str) -> None:
    text = (
        f"{signer}关于做好二○○五年某某工作的通知\n"
        "各有关单位：\n"
        "　　为做好某某工作，现将有关事项通知如下：一、加强组织领导。二、落实工作责任。\n"
        f"{signer}\n"
        "二○○五年三月一日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.issuers for d in docs] == [(issuer,)], what
