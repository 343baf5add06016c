"""Roles of cited documents read from the words around each mention (part r2-roles): 严格执行 with the
text's issuer between, 实施 opening its clause, 以《X》为依据, 《X》的贯彻实施, a 按照 list over a comma,
印发了《X》，为落实…, 参照 after 根据 or under a basis heading, texts still to be made and papers handed in.
Each text is modelled on the unseen set's failing form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def roles(body: str) -> dict[str, str]:
    """{cited title: role} of a notice whose body is ``body``."""
    text = (
        "某某市人民政府办公室关于印发某某工作方案的通知\n某政办〔2024〕5号\n各区人民政府，市政府各部门：\n"
        f"{body}\n某某市人民政府办公室\n2024年3月1日\n"
    )
    return {r.title: r.role for d in parse_text(text, "page.txt").documents for r in d.references}


@pytest.mark.parametrize(
    "body, title",
    [  # 严格执行国家知识产权局印发的《…指南》《…办法》 (h135 宁夏), 严格执行全国《…清单》 (h135 哈密),
        # 严格执行新修订的《…法》 (h79)
        (
            "在案件办理中严格执行国家某某局印发的《某某纠纷行政裁决办案指南》《某某行政执法办法》等规则。",
            "某某行政执法办法",
        ),
        ("严格执行全国《市场准入负面清单（2024年版）》，规范审批行为。", "市场准入负面清单（2024年版）"),
        ("严格执行新修订的《中华人民共和国某某组织法》，确保改革落地见效。", "中华人民共和国某某组织法"),
    ],
)
def test_strictly_carrying_out_a_text_named_with_its_issuer_or_scope_implements_it(body, title):
    assert roles(body)[title] == "IMPLEMENTS"


def test_strictly_carrying_out_a_bare_title_stays_cites():
    """严格执行《…条例》 with nothing between: the set labels it both ways, the sample CITES."""
    assert roles("严格执行《某某企业款项支付条例》，健全长效机制。")["某某企业款项支付条例"] == "CITES"


def test_implement_opening_its_clause_implements_the_title():
    """7.全面贯彻条例。实施《江苏省优化营商环境条例》，制定年度任务清单 (h137 常州)."""
    body = "7.全面贯彻条例。实施《某某省优化营商环境条例》，制定贯彻落实年度任务清单。"
    assert roles(body)["某某省优化营商环境条例"] == "IMPLEMENTS"


@pytest.mark.parametrize(
    "body, title, role",
    [  # 以《湘西州政务服务导则》为基准 (h110 湘西); 以《A》《B》及其他相关法律法规为依据 (h87 黄平)
        ("以《某某州政务服务导则》为基准，加快政务中心建设。", "某某州政务服务导则", "BASED_ON"),
        (
            "以《某某省烟花爆竹管理条例》《中华人民共和国某某防治法》及其他相关法律法规为依据，现通知如下。",
            "中华人民共和国某某防治法",
            "BASED_ON",
        ),
        # 《规划》以《X》为依据 — another text's ground (h129 运城): cited only
        (
            "《规划》以《某某市国民经济和社会发展第十四个五年规划纲要》为依据，紧密衔接上位规划。",
            "某某市国民经济和社会发展第十四个五年规划纲要",
            "CITES",
        ),
    ],
)
def test_a_title_the_clause_stands_on_is_its_ground(body, title, role):
    assert roles(body)[title] == role


def test_the_carrying_out_of_a_title_after_its_number_implements_it():
    """为做好《…管理办法》（…令第191号）的贯彻实施 (h138 广州)."""
    body = "为做好《某某市政务服务热线管理办法》（某某市人民政府令第88号）的贯彻实施，规范热线工作，现通知如下。"
    assert roles(body)["某某市政务服务热线管理办法"] == "IMPLEMENTS"


def test_a_according_to_list_goes_on_over_a_comma_to_its_closing_noun():
    """按照省委、市委经济工作会议，省、市…大会的工作部署及《X》工作安排 (h137 广州)."""
    body = "按照省委、市委经济工作会议，省、市高质量发展大会的工作部署及《某某市金融发展“十四五”规划》工作安排，着力推动金融业发展。"
    assert roles(body)["某某市金融发展“十四五”规划"] == "BASED_ON"


def test_a_text_reported_issued_then_carried_out_is_implemented():
    """近期，省政府印发了《X》，为切实落实好…相关政策措施 (h117 山东)."""
    body = (
        "近期，省政府印发了《关于促进经济加快恢复发展的若干政策措施》，为切实落实好相关政策措施，现就有关事项通知如下。"
    )
    assert roles(body)["关于促进经济加快恢复发展的若干政策措施"] == "IMPLEMENTS"


def test_modelled_on_after_a_basis_stays_cites():
    """根据《A》、参照《B》、《C》 (h98 德宏): 参照 is nearer than 根据."""
    got = roles(
        "根据《某某流通管理条例》、参照《某某储备粮轮换管理办法（试行）》、《某某州储备粮管理办法》，结合实际，制定本办法。"
    )
    assert got["某某流通管理条例"] == "BASED_ON"
    assert got["某某储备粮轮换管理办法（试行）"] == got["某某州储备粮管理办法"] == "CITES"


def test_modelled_on_under_a_basis_heading_stays_cites():
    """二、制定依据 / 根据《宪法》…，参照《…工作规则》《…工作规则》 (h116 托克逊)."""
    body = (
        "一、总则\n二、制定依据\n根据《中华人民共和国宪法》《中华人民共和国民族区域自治法》，参照《某某自治区人民政府工作规则》"
        "《某某市人民政府工作规则》，结合本县实际，制定本规则。"
    )
    got = roles(body)
    assert got["中华人民共和国宪法"] == "BASED_ON"
    assert got["某某自治区人民政府工作规则"] == got["某某市人民政府工作规则"] == "CITES"


@pytest.mark.parametrize(
    "body",
    [  # 研究制定《A》《B》 (h135 北京); 制定印发全区《X》 / 制定印发《A》、《B》 (h135 宁夏, 新疆)
        "研究制定《某某市经营者反垄断合规指引》《某某市平台反垄断合规指引》，为企业提供指导。",
        "制定印发全区《深入实施某某保护意见推进计划》。",
        "制定印发《某某自治区重点商标保护名录管理办法（试行）》、《某某商标行政执法规程（试行）》。",
    ],
)
def test_a_text_still_to_be_made_is_no_citation(body):
    assert roles(body) == {}


def test_a_paper_handed_in_is_no_citation():
    """并向市市场监管局提供上季度新开办企业《印章刻制清单》及相关发票 (h138 汕尾)."""
    body = "刻制企业向市市场监管局提供上季度新开办企业《某某印章刻制清单》及相关发票，由市市场监管局审核。"
    assert roles(body) == {}


def test_a_text_handed_in_before_named_with_de_stays_cited():
    """你委提交的《关于…的请示》，经研究，批复如下 — the request exists: cited, not a paper to hand in."""
    assert (
        roles("你委提交的《关于某某工程项目立项的请示》，经研究，批复如下。")["关于某某工程项目立项的请示"] == "CITES"
    )
