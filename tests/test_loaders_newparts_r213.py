"""Part h207 (city bodies' saved HTML pages), r213: roles, an interpretation link, an issued text's printed title and
signers kept as printed.  Each text is modelled on a failing page of the part, with other names (a place the
registry knows where the registry is what is tested)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(r.role, r.title) for d in parse_text(text, "page.txt").documents for r in d.references]


def test_texts_named_with_genju_before_a_meetings_spirit_are_the_ground():
    # 根据《A》《B》（…）等相关规定以及市政府相关会议精神 (广州 通告): the 精神 is the meeting's; A and B give rules
    text = (
        "甲市某某局关于开展某某登记服务的通告\n"
        "为进一步提升登记服务水平，根据《中华人民共和国乙法》《某部 某委关于做好丙服务的通知》（某发〔2023〕9号）"
        "等相关规定以及市政府相关会议精神，现就有关事项通告如下：\n"
        "一、适用范围。本市范围内的登记业务。\n甲市某某局\n2023年4月20日\n"
    )
    assert _pairs(text) == [
        ("BASED_ON", "中华人民共和国乙法"),
        ("BASED_ON", "某部某委关于做好丙服务的通知"),
    ]


def test_cancelling_a_provision_of_an_earlier_notice_amends_it():
    # 取消《X》（…）中的“…”的要求 (南京 规划资源): one provision of each earlier notice goes, the notices stay
    text = (
        "关于进一步优化某某服务管理的通知\n各有关单位：\n为促进某某市场平稳发展，现就有关工作通知如下：\n"
        "（一）加快节奏。取消《关于完善甲类用地出让工作的通知》（甲规资〔2021〕30号）中的“竞得后6个月内不得申领许可证”的要求；"
        "取消《关于加强乙类用地管理有关工作的通知》中的“达到最高限价须摇号确定竞得人”的要求。\n"
        "甲市某某局\n2023年9月4日\n"
    )
    assert _pairs(text) == [
        ("AMENDS", "关于完善甲类用地出让工作的通知"),
        ("AMENDS", "关于加强乙类用地管理有关工作的通知"),
    ]


def test_an_interpretation_link_naming_the_pages_own_notice_is_no_citation_and_a_control_table_is_cited():
    # 点击查看政策解读：《X的通知》政策解读 over an untitled notice (广州 measures): the link names the page's own
    # notice; 符合《某市工业用地规划控制指标表》相关要求的 cites the table of control indicators
    text = (
        "点击查看政策解读：《甲市某某局关于印发优化审批服务若干措施（第二批）的通知》政策解读\n"
        "机关各处室、各区分局：\n为持续优化审批服务，我局继续推出第二批改革措施。现就有关工作措施通知如下：\n"
        "一、优化规划审批\n"
        "（一）简化审批手续。工业用地申请调整绿地率等规划指标，符合《甲市工业用地规划控制指标表》相关要求的，"
        "纳入方案审查环节合并办理。\n"
        "甲市某某局\n2023年7月27日\n"
    )
    assert _pairs(text) == [("CITES", "甲市工业用地规划控制指标表")]


def test_an_issued_text_named_by_its_type_alone_takes_its_printed_heading():
    # 现将具体意见印发给你们 / signer / date / 住房限购政策的实施意见 / 一、… (南京 住房): the notice names the text it
    # issues only as 具体意见; the line under the date is its title
    text = (
        "关于明确某某政策有关事项的通知\n甲区政府，某某局：\n"
        "为促进市场健康发展，经市政府同意，我局会同相关部门制定了某某政策的实施意见。\n"
        "现将具体意见印发给你们，请认真执行。\n甲市某某局\n2017年5月3日\n"
        "某某政策的实施意见\n一、关于执行对象的认定\n"
        "1、对于非本市户籍居民家庭，取得硕士及以上学位的，购房时不需提供个人所得税证明或社会保险缴纳证明。\n"
        "2、对于本市户籍居民家庭，按照有关规定执行，具体认定标准由相关部门另行制定并向社会公布后实施。\n"
        "二、关于住房套数的认定\n在本市已有住房的，按照有关规定认定住房套数，各区政府应当做好有关工作。\n"
        "1、家庭成员名下已有住房的，合并计算住房套数，已登记的住房按照登记信息认定，未登记的住房按照合同信息认定。\n"
        "2、已出售的住房不计入住房套数，购房人应当提供出售合同和交易完成证明，相关部门应当及时核实有关信息。\n"
        "三、其他事项\n本意见由甲市某某局负责解释，各区政府、各有关部门应当按照职责分工做好贯彻落实工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["关于明确某某政策有关事项的通知", "某某政策的实施意见"]


def _signed(signer: str) -> tuple[str, ...]:
    text = (
        "关于调整某某缴存基数下限的通知\n各缴存单位：\n根据有关规定，现对我市某某缴存基数下限进行调整。具体事宜通知如下：\n"
        f"一、调整时间\n自2025年12月1日起调整。\n{signer}\n2025年12月1日\n"
    )
    return parse_text(text, "page.txt").documents[0].issuers


def test_a_provident_fund_centre_signing_with_its_citys_name_without_shi_is_the_issuer():
    # 哈尔滨住房公积金管理中心 (a centre that signs without its city's 市): the signer, as printed
    assert _signed("洛阳住房公积金管理中心") == ("洛阳住房公积金管理中心",)


def test_a_citys_natural_resources_bureau_keeps_its_printed_name():
    # 沈阳市房产局 沈阳市自然资源局 (沈阳 joint notice): a city's 自然资源局 is a name of its own, not rewritten to the
    # 自然资源和规划局 other cities have
    assert _signed("南阳市房产局 南阳市自然资源局") == ("南阳市房产局", "南阳市自然资源局")
