"""Citations and their roles, round r18 (2026-12-04): rules for forms the unseen set showed failing, each
modelled on the failing texts with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _roles(text: str) -> dict[str, str]:
    doc = parse_text(text, "page.txt").documents[-1]
    return {r.title: str(r.role) for r in doc.references}


MEASURES = (
    "某某新区管理委员会关于印发某某新区养老机构扶持办法的通知\n某管发〔2024〕3号\n各部门：\n"
    "现将《某某新区养老机构扶持办法》印发给你们，请认真贯彻执行。\n某某新区管理委员会\n2024年5月6日\n"
    "某某新区养老机构扶持办法\n"
    "第一条 为支持养老机构发展，根据《某某省养老服务条例》，结合实际，制定本办法。\n"
)


@pytest.mark.parametrize(
    "article, cited",
    [  # 两江 养老 (chongqing): 按照《X》享受…的老年人 / 按照《标准》（GB…）被评估为…的老年人
        (
            "第二条 接收按照《某某优待条例》享受国家定期抚恤补助金的孤寡老年人、低保老年人的，给予补贴。\n",
            "某某优待条例",
        ),
        (
            "第三条 年满80周岁按照《老年人照护需求评估规范》（GB/T 1234-2022）被评估为中度失能的老年人，给予补贴。\n",
            "老年人照护需求评估规范",
        ),
        # 煤矿 (h64): （一）按照《X》规定应当建立而未建立…的；
        (
            "第四条 有下列情形之一的，不予补贴：\n（一）按照《某某安全规程》规定应当建立而未建立消防系统的；\n",
            "某某安全规程",
        ),
        # 就业见习 (guangzhou): …失业青年指已按《X》办理失业登记且…的…人员。
        (
            "第五条 本办法中失业人员指已按《某某市就业登记办法》办理失业登记且处于有效期内的登记失业人员。\n",
            "某某市就业登记办法",
        ),
    ],
)
def test_a_title_in_a_clause_defining_who_is_meant_is_cited_not_a_basis(article, cited):
    roles = _roles(MEASURES + article)
    assert roles["某某省养老服务条例"] == "BASED_ON"
    assert roles[cited] == "CITES"


@pytest.mark.parametrize(
    "article",
    [  # the title's rules followed: still the basis
        "第二条 补贴按照《某某补助资金管理办法》第十条的规定执行。\n",
        "第二条 补贴标准按照《某某补助资金管理办法》确定的原则、标准和程序执行。\n",
        "第二条 各部门要按照《某某补助资金管理办法》要求做好资金的拨付工作。\n",
        "第二条 按照《某某补助资金管理办法》关于分担比例的相关规定，逐步统一比例。\n",
    ],
)
def test_a_title_whose_rules_are_followed_stays_a_basis(article):
    assert _roles(MEASURES + article)["某某补助资金管理办法"] == "BASED_ON"


@pytest.mark.parametrize("period", ["（2018~2022年）", "(2021—2025年)"])
def test_a_plan_naming_itself_without_its_period_cites_nothing(period):
    """隆化县乡村振兴战略规划(2018~2022年) printed twice, then 前言 … 制定《隆化县乡村振兴战略规划》 (h131 隆化, a book
    site): the plan itself, no pair."""
    title = "滦平县乡村振兴战略规划" + period
    text = (
        f"{title}\n\n{title}\n\n前 言\n\n"
        "党的十九大提出实施乡村振兴战略，这是党中央从决胜全面建成小康社会、实现“两个一百年”奋斗目标的高度，"
        "从中国特色社会主义建设和农村农业发展的现实需求出发，充分把握新时代农村社会主要矛盾变化，"
        "对“三农”工作作出的重大决策部署，具有里程碑式的重要意义。为推动滦平农业产业转型升级，"
        "根据《河北省乡村振兴战略规划》，在深入分析发展现状的基础上，制定《滦平县乡村振兴战略规划》。\n\n"
        "第一章 发展基础\n\n本县农业基础较好，农民收入持续增长。\n"
    )
    roles = _roles(text)
    assert "滦平县乡村振兴战略规划" not in roles
    assert roles["河北省乡村振兴战略规划"] == "BASED_ON"
