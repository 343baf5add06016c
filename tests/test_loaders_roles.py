"""Roles of citations (r20): texts modelled on failing parts of the unseen set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _roles(text: str) -> dict[str, str]:
    parsed = parse_text(text, "page.txt")
    return {r.title: str(r.role) for d in parsed.documents for r in d.references if r.title}


@pytest.mark.parametrize(
    "clause",
    [  # (h156 大鹏) 按照《X》(JGJ…)鉴定危房等级为D级的住宅区 — 等级 is a grade, no list
        "但按照《某某房屋鉴定标准》(JGJ100-2016)鉴定危房等级为D级的住宅区,经领导小组批准可以纳入改造范围。",
        # (chongqing 两江) 按照《X》（GB/T…）被评估为中度失能及以上的老年人 — 及以上 joins no list
        "年龄80周岁及以上按照《某某能力评估标准》（GB/T10000-2022）被评估为中度失能及以上的老年人的，给予运营补贴。",
    ],
)
def test_a_standard_that_defines_a_thing_or_person_is_cited(clause):
    text = f"某某市某某管理办法\n第一条 为规范某某管理，制定本办法。\n第二条 {clause}\n"
    roles = _roles(text)
    title = clause[clause.index("《") + 1 : clause.index("》")]
    assert roles[title] == "CITES"


def test_a_list_joined_by_and_still_rests_on_the_text():
    """根据《X》和省委的部署 stays BASED_ON (the 和 still ends the relative clause test)."""
    text = "某某市某某管理办法\n第一条 根据《某某省某某条例》和省委的部署，制定本办法。\n"
    assert _roles(text)["某某省某某条例"] == "BASED_ON"


def test_an_amending_item_glued_to_the_new_wording_before_it_is_amended():
    """…修改为:“…实施处罚。”四、《X》(…令第96号)。 — the page lost the line break before item 四 (h71 天津)."""
    text = (
        "关于修改部分市政府规章的决定\n"
        "三、《某某市甲管理办法》(2003年市人民政府令第5号)。\n"
        "将第八条修改为:“违反本办法的,依照有关规定实施处罚。”四、《某某市乙管理办法》(2005年市人民政府令第90号)。\n"
        "删去第九条第二款。\n"
    )
    roles = _roles(text)
    assert roles["某某市甲管理办法"] == "AMENDS"
    assert roles["某某市乙管理办法"] == "AMENDS"


def test_titles_alone_after_a_spirit_go_on_the_list_the_trigger_opened():
    """根据…重要讲话精神，《A》（…）、《B》（…），按照…部署 — the two titles are governed by 根据 (上海静安)."""
    text = (
        "某某区人民政府关于加强某某工作的通知\n各街道办事处：\n"
        "根据领导同志在某某专题研讨班上的重要讲话精神，《甲办公厅关于印发<某某框架方案>的通知》（甲办发〔2018〕5号）、"
        "《某某市人民政府办公厅关于加强某某工作的意见》（某府办规〔2019〕3号），按照区委部署，制定本方案。\n"
    )
    roles = _roles(text)
    assert roles["某某市人民政府办公厅关于加强某某工作的意见"] == "BASED_ON"


def test_a_long_list_of_issuers_keeps_the_opening_trigger_for_its_requirement():
    """根据…会议精神和公安部、…、国家能源局《X》（…）要求 — 根据 governs X's 要求 past the issuers (上海崇明)."""
    text = (
        "某某区人民政府关于开展某某综合治理工作的通知\n各街道办事处：\n"
        "根据全国某某建筑消防安全综合治理电视电话会议精神和甲部、中央乙办、丙政部、丁和城乡建设部、国家己监总局、国家庚能源局"
        "《关于印发<某某综合治理工作方案>的通知》（甲消〔2017〕8号）要求，本区开展综合治理工作。\n"
    )
    assert _roles(text)["关于印发《某某综合治理工作方案》的通知"] == "BASED_ON"


def test_a_title_opening_its_clause_after_a_trigger_clause_is_not_its_basis():
    """根据区委部署，《X》自公布之日起施行 — X is the subject of its own clause, not a list item."""
    text = "某某区人民政府关于某某工作的通知\n各街道办事处：\n根据区委部署，《某某区某某管理办法》（某府规〔2020〕1号）自公布之日起施行。\n"
    assert _roles(text).get("某某区某某管理办法") != "BASED_ON"


def test_whom_an_article_rewards_for_carrying_a_standard_out_is_described_not_implemented():
    """对贯彻《X》首次获得“贯标”认证证书的企业，予以奖励 — X tells which firms, the text carries out nothing (h138 巫山)."""
    text = (
        "某某县商标专利奖励办法\n第一条 为鼓励创新，制定本办法。\n"
        "第十五条 知识产权贯标奖励。对贯彻《某某知识产权管理规范》首次获得“贯标”认证证书的企业，予以一次性奖励2万元。\n"
    )
    assert _roles(text)["某某知识产权管理规范"] == "CITES"
