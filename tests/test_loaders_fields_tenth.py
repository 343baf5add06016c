"""Document fields of the unseen set, tenth round (2026-12-05): issuers written in a short form the
registry did not know — a department's short name after its place (渝北区教委, 安委会办公室, 文明办),
a party committee's 工委, a national body's unit under its short name, formal names of a 信访局 and of
bodies the registry lacked.  Each text is modelled on the failing one, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def _notice(head: str) -> str:
    return f"{head}关于开展某某检查工作的通知\n\n各县（市、区）有关单位：\n\n现将有关事项通知如下。\n\n{head}\n2024年3月1日\n"


@pytest.mark.parametrize(
    "head, issuer",
    [  # a department's short name after its place (h104 渝北区教委, h89 公主岭 安委会办公室, h69 邹城 文明办)
        ("洛阳市教委", "洛阳市教育委员会"),
        ("南阳市安委会办公室", "南阳市安全生产委员会办公室"),
        ("信阳市文明办", "信阳市精神文明建设委员会办公室"),
        ("信阳市工商局", "信阳市工商行政管理局"),  # (h30 沧州 工商局)
        # a party committee's 工委 after 中共 and its place (h123 中共深圳市委卫生工委)
        ("中共洛阳市委教育工委", "中共洛阳市委教育工作委员会"),
    ],
)
def test_a_department_named_short_after_its_place_is_written_out(head, issuer):
    doc = parse_text(_notice(head), "page.txt").documents[0]
    assert doc.issuers == (issuer,)


@pytest.mark.parametrize(
    "written, name",
    [
        ("体育总局办公厅", "国家体育总局办公厅"),  # a national body's office under its short name (h91)
        ("国家疾控局综合司", "国家疾病预防控制局综合司"),  # a joint national text's signers (h50)
        ("国家中医药局综合司", "国家中医药管理局综合司"),
        ("中共贵州省委贵州省人民政府信访局", "贵州省信访局"),  # a 信访局's formal name (h123 云南)
        ("中共遵义市委遵义市人民政府信访局", "遵义市信访局"),
        ("东北能源监管局", "国家能源局东北监管局"),  # a regional regulator as it names itself (h85 华北)
        ("中华人民共和国交通部", "交通部"),  # the ministry before 交通运输部, its 令 (h29)
        ("天津市政务服务办", "天津市人民政府政务服务办公室"),  # (h48 天津)
    ],
)
def test_the_registry_knows_the_written_form(written, name):
    found = default_registry().resolve(written)
    assert found is not None and found.name == name
