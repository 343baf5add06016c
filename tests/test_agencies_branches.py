"""A national body's local branch named with its place written short (吉林监管局, 西宁中心支行) is the branch's
place, not the nation: a joint document of a province's departments and such branches is the province's."""

from __future__ import annotations

import pytest

from policykg.ontology.agencies import default_registry


@pytest.mark.parametrize(
    "name, level, jurisdiction, parent",
    [
        ("中国银行保险监督管理委员会辽宁监管局", "provincial", "辽宁省", "中国银行保险监督管理委员会"),
        ("中国证监会海南监管局", "provincial", "海南省", "中国证券监督管理委员会"),
        ("中国人民银行银川中心支行", "municipal", "银川市", "中国人民银行"),
        ("海关总署宁波海关", "municipal", "宁波市", "海关总署"),
        # a region is no place: the branch stays national; a unit of a ministry stays the ministry's
        ("国家能源局西北监管局", "national", "中华人民共和国", "国家能源局"),
        ("教育部社会科学司", "national", "中华人民共和国", "教育部"),
    ],
)
def test_a_branch_named_with_its_place_short(name, level, jurisdiction, parent):
    a = default_registry().guess(name)
    assert (a.level, a.jurisdiction, a.parent) == (level, jurisdiction, parent)
