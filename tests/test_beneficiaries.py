"""Table tests of the beneficiary taxonomy: real sentences of the sample corpus → groups and targets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from policykg.errors import PolicyKGError
from policykg.ontology.beneficiaries import (
    TAXONOMY_PATH,
    Group,
    Taxonomy,
    TaxonomyError,
    default_taxonomy,
)
from policykg.ontology.schema import BENEFICIARY_GROUP


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return default_taxonomy()


# ---------------------------------------------------------------- find: every group named, longest wording wins
FIND = [
    ("统计小微企业数量", ["小微企业"]),
    ("对吸纳脱贫人口就业的企业，按每人1000元给予一次性吸纳就业补贴", ["脱贫人口", "企业"]),
    ("科技型中小企业研发费用加计扣除比例提高到100%", ["科技型中小企业"]),
    ("扩大县域就业容量，为农民工提供更多就近就业机会", ["农民工"]),
    (
        "70周岁以上老年人凭身份证，孕妇凭孕检证明、3周岁以下婴幼儿凭出生证明，按照每人每月300元标准给予补偿",
        ["老年人", "妇女", "儿童"],
    ),
    ("由分支机构为被派遣劳动者办理参保手续，缴纳社会保险费", ["劳动者"]),
    ("小型微利企业减按25%计入应纳税所得额，按20%的税率缴纳企业所得税", ["小微企业"]),  # 企业所得税 is no group
    ("支持专精特新“小巨人”企业发展", ["专精特新企业"]),
    ("保护中小微企业和个体工商户合法权益", ["中小企业", "个体工商户"]),
    (
        "就业困难人员、退役军人、大学生、农民工等群体首次创办企业",
        ["就业困难人员", "退役军人", "大学生", "农民工", "企业"],
    ),
    ("对招用毕业年度高校毕业生并签订 1 年以上劳动合同的中小微企业", ["高校毕业生", "中小企业"]),
    ("离校2年内未就业高校毕业生可参加就业见习", ["离校未就业高校毕业生"]),
    ("返乡入乡创业人员可申请创业担保贷款", ["返乡入乡创业人员", "创业者"]),
    ("由省退役军人事务厅负责", []),  # an agency's name, not the group
    ("高校 毕业生 就业见习补贴", ["高校毕业生"]),  # a PDF space inside the wording
    ("支持脱贫人口通过非全日制、新就业形态等多种形式灵活就业", ["脱贫人口", "新就业形态劳动者", "灵活就业人员"]),
    ("对外商投资企业和民营企业一视同仁", ["外资企业", "民营企业"]),
    ("今天天气很好", []),
    # h41: a wording inside a longer word of another meaning (not_groups, not_before, not_after)
    ("市发展改革委 市民族宗教委 市公安局 市民政局 市司法局", []),
    ("成都市民政局关于做好困难群众救助工作的通知", ["困难群体"]),
    ("退役大学生士兵专项硕士研究生招生计划", ["退役军人"]),
    ("优先吸纳2023届高校毕业生和技师院校毕业生", ["高校毕业生", "技工院校毕业生"]),
    ("省、市、区级人才公寓等纳入管理的保障性租赁住房", []),
    ("落实公共就业人才服务机构年度报告公示制度", []),
    ("鼓励供销合作社、邮政和大型电商企业参与", ["企业"]),
    ("引导干部职工自发购买贫困地区产品", ["脱贫地区"]),
    ("按服务对象数量的一定比例配备专兼职工作人员", []),
    ("在获得城镇职工和居民基本医疗保险补偿以后", []),
    ("依托“中国农民丰收节”等平台", []),
    ("《中华人民共和国企业所得税法》及其实施条例", []),
    ("境内外企业均可申报", ["企业"]),
    ("享受城市居民最低生活保障和农村居民最低生活保障的人员", ["低保对象", "低保对象"]),
    ("解决市城区低收入家庭的住房困难", ["困难群体"]),  # not 农村低收入人口
    ("开展城镇小区配套幼儿园治理", []),
    ("市中小企业发展服务中心负责受理", []),
]


@pytest.mark.parametrize("sentence, expected", FIND)
def test_find(tax: Taxonomy, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in tax.find(sentence)] == expected


def test_find_offsets_point_into_the_sentence(tax: Taxonomy) -> None:
    sentence = "对符合条件的高校 毕业生给予补贴"
    (m,) = tax.find(sentence)
    assert sentence[m.start : m.end] == m.text == "高校 毕业生"


def test_small_enterprise_is_not_also_enterprise_unless_mentioned_again(tax: Taxonomy) -> None:
    assert [m.name for m in tax.find("支持小微企业")] == ["小微企业"]
    assert [m.name for m in tax.find("支持小微企业和其他企业")] == ["小微企业", "企业"]


# ---------------------------------------------------------------- targets: only where support is granted
TARGETS = [
    # (sentence, expected target groups)
    ("统计小微企业数量", []),
    ("对吸纳脱贫人口就业的企业，按每人1000元给予一次性吸纳就业补贴", ["脱贫人口", "企业"]),
    ("对招用高校毕业生的企业给予社会保险补贴", ["高校毕业生", "企业"]),
    ("为高校毕业生提供职业指导服务", ["高校毕业生"]),
    ("返乡入乡创业人员可申请创业担保贷款", ["返乡入乡创业人员", "创业者"]),
    ("小型微利企业减按25%计入应纳税所得额", ["小微企业"]),
    ("对困难高校毕业生，可通过公益性岗位兜底安置", ["高校毕业生"]),
    ("退役军人享受优先就业政策", ["退役军人"]),
    ("对个体工商户减免房屋租金", ["个体工商户"]),
    # the incubator is the party given a duty (…应安排), the graduates the recipients (h41)
    ("政府投资开发的孵化器等创业载体应安排 30%左右的场地免费提供给高校毕业生", ["高校毕业生"]),
    ("对达标的零就业家庭成员，优先推荐就业", ["零就业家庭"]),
    ("残疾人按规定享受职业培训补贴", ["残疾人"]),
    ("科技型中小企业研发费用加计扣除比例提高到100%", ["科技型中小企业"]),
    ("扩大县域就业容量，为农民工提供更多就近就业机会", ["农民工"]),
    (
        "70周岁以上老年人凭身份证，孕妇凭孕检证明、3周岁以下婴幼儿凭出生证明，按照每人每月300元标准给予补偿",
        ["老年人", "妇女", "儿童"],
    ),
    ("由分支机构为被派遣劳动者办理参保手续，缴纳社会保险费", ["劳动者"]),
    # mentions without a grant
    ("全市高校毕业生人数达到 15 万人", []),
    ("包括：高校毕业生、失业人员、就业困难人员等", []),
    ("加强农民工重点部门信息共享,探索大数据在农民工工作中的运用", []),
    # a grant taken away in the same clause
    ("对骗取补贴的企业，追回补贴资金", []),
    ("对同一班次录像无法显示全体参训人员的企业取消补贴资格", []),
    # the trigger sits in the next clause of the same sentence, not in the next sentence
    ("对符合条件的小微企业，按规定给予贴息", ["小微企业"]),
    ("本市共有小微企业 3 万家。给予奖励的条件另行规定", []),
    # h41: a party urged to act (鼓励/动员/引导X参与) is no recipient; the group it is urged to hire is
    ("动员民营企业等社会力量参与消费扶贫", []),
    ("动员社会组织、企业参与养老服务体系建设", []),
    ("鼓励和引导农业院校、科研院所、龙头企业依托贫困地区资源禀赋，培育适合的品种", []),
    ("鼓励企业吸纳高校毕业生就业", ["高校毕业生"]),
    ("鼓励和支持高校毕业生到基层就业", ["高校毕业生"]),
    # h41: the title a firm applies for is no recipient (申报/争创X), but 对认定为X的…给予 grants X
    ("支持种子企业备案入库国家科技型中小企业，积极推荐申报国家高新技术企业和省专精特新企业", ["企业"]),
    ("支持企业争创国家级专精特新“小巨人”企业", ["企业"]),
    ("对认定为国家级就业见习示范单位的，给予20万元一次性奖补", ["就业见习单位"]),
    # h41: a party given a duty (X应…) is regulated, not granted
    ("人力资源服务机构应提供：营业执照、人力资源服务许可证、法人等信息", []),
    ("养老机构应当为入住老年人提供24小时服务", ["老年人"]),
    # h41: a count, a rate or a programme named after a group grants it nothing
    ("加大对企业员工人数在30人以下的小微企业的支持力度", ["小微企业"]),
    ("到2025年，全市高校毕业生就业率保持在90%以上，支持力度持续加大", []),
    ("实施特岗教师计划，支持高校毕业生到基层就业", ["高校毕业生"]),
    # h41: a group that qualifies the place rewarded is a criterion (对…X…较好的省)
    ("对促进失业人员、就业困难人员及各类重点群体就业创业等任务完成较好的省（区、市），中央财政给予适当补助", []),
    ("对小微企业融资担保业务增长快、成效明显的市县，省财政予以奖补", []),
    ("对易地扶贫搬迁工作成效明显的省（区、市），加大支持力度，支持贫困地区改善基础设施条件", ["脱贫地区"]),
    # h41: a sentence stating the text's purpose grants nothing
    ("第一条 为加快新型社会救助体系建设,缓解城乡特困居民医疗困难,根据省政府文件精神,结合本市实际,制定本办法。", []),
    ("为进一步做好小额担保贷款工作，加大对高校毕业生等重点群体创业就业的扶持力度，现就有关问题通知如下：", []),
    # h51: an industry, a kind of firm and a reform named by a group's word grant it nothing; 本市市民最低生活保障
    # names the 低保 households (天津, 淮安, 滨江, 东莞)
    ("将批发和零售业，住宿和餐饮业，居民服务、修理和其他服务业纳入留抵退税范围并给予支持", ["服务业企业"]),
    ("对劳动力密集、受疫情影响较大的中小微企业给予稳岗返还支持", ["中小企业"]),
    ("充分发挥国企改革效用，支持民营企业参与重大项目建设", ["民营企业"]),
    ("享受本市市民最低生活保障的家庭可申请住房保障", ["低保对象"]),
]


@pytest.mark.parametrize("sentence, expected", TARGETS)
def test_targets(tax: Taxonomy, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in tax.targets(sentence)] == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("关于印发高校毕业生就业创业十二条政策措施的通知", ["高校毕业生"]),
        ("河南省支持个体工商户和小微企业发展若干措施", ["个体工商户", "小微企业"]),
        ("平顶山市县域农民工市民化质量提升行动实施方案", ["农民工"]),
        ("河南省地震安全性评价管理办法", []),
        ("关于对拖欠农民工工资企业予以处罚的决定", []),
        # h41: a title names a target only when it reads as support
        ("兰州市企业投资项目审批告知承诺制管理办法（试行）", []),
        ("国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", []),
        ("陕西省《国营企业职工待业保险暂行规定》实施办法", []),
        ("关于进一步规范小微企业年度报表报送工作的通知", []),
        ("焦作市支持科创型种子企业发展壮大的十条措施", ["科技型企业"]),
        ("关于激发脱贫人口内生动力鼓励外出务工实施“一奖一补”的指导意见", ["脱贫人口"]),
    ],
)
def test_title_targets(tax: Taxonomy, title: str, expected: list[str]) -> None:
    found = tax.title_targets(title)
    assert [m.name for m in found] == expected
    assert all(m.trigger == "title" for m in found)


def test_target_keeps_its_trigger(tax: Taxonomy) -> None:
    (m,) = tax.targets("为高校毕业生提供职业指导服务")
    assert m.trigger.startswith("提供") and m.trigger.endswith("服务")
    assert all(not m.trigger for m in tax.find("为高校毕业生提供职业指导服务"))


# ---------------------------------------------------------------- taxonomy: synonyms and broader closure
BROADER = [
    ("高校毕业生", ("重点群体", "青年")),
    ("离校未就业高校毕业生", ("高校毕业生", "重点群体", "青年")),
    ("农民工", ("重点群体", "农村劳动力", "农民")),
    ("小微企业", ("中小企业", "企业", "市场主体")),
    ("个体工商户", ("市场主体",)),
    ("科技型中小企业", ("科技型企业", "中小企业", "企业", "市场主体")),
    ("专精特新企业", ("中小企业", "企业", "市场主体")),
    ("退役军人", ("重点群体",)),
    ("脱贫人口", ("重点群体",)),
    ("防止返贫监测对象", ("脱贫人口", "重点群体")),
    ("重点群体", ()),
    ("市场主体", ()),
]


@pytest.mark.parametrize("name, broader", BROADER)
def test_broader_closure_nearest_first(tax: Taxonomy, name: str, broader: tuple[str, ...]) -> None:
    assert tax.groups[name].broader == broader


@pytest.mark.parametrize(
    "members, parent",
    [
        (["高校毕业生", "农民工", "退役军人", "脱贫人口", "就业困难人员", "残疾人", "失业人员"], "重点群体"),
        (
            [
                "小微企业",
                "个体工商户",
                "中小企业",
                "民营企业",
                "外资企业",
                "高新技术企业",
                "科技型中小企业",
                "专精特新企业",
            ],
            "市场主体",
        ),
    ],
)
def test_required_groups_sit_under_their_parent(tax: Taxonomy, members: list[str], parent: str) -> None:
    for m in members:
        assert parent in tax.groups[m].broader, m
        assert m in tax.narrower(parent)


SYNONYMS = [
    ("应届毕业生", "高校毕业生"),
    ("大学毕业生", "高校毕业生"),
    ("外出务工人员", "农民工"),
    ("退役士兵", "退役军人"),
    ("建档立卡贫困劳动力", "脱贫人口"),
    ("登记失业人员", "失业人员"),
    ("小型微利企业", "小微企业"),
    ("个体户", "个体工商户"),
    ("外商投资企业", "外资企业"),
    ("返乡创业人员", "返乡入乡创业人员"),
    ("灵活就业者", "灵活就业人员"),
    ("高校毕业生", "高校毕业生"),
    ("火星人", None),
    # h41: wording gaps the TARGETS labels found
    ("技师院校毕业生", "技工院校毕业生"),
    ("高层次专业技术人才", "高层次人才"),
    ("国有文化企业", "国有企业"),
    ("农村五保对象", "低保对象"),
    ("城市居民最低生活保障", "低保对象"),
    ("待业职工", "失业人员"),
    ("港澳青年", "青年"),
    ("孵化载体", "创业孵化载体"),
    ("城市低收入家庭", "困难群体"),
    ("在园幼儿", "儿童"),
]


@pytest.mark.parametrize("wording, name", SYNONYMS)
def test_get_by_synonym(tax: Taxonomy, wording: str, name: str | None) -> None:
    g = tax.get(wording)
    assert (g.name if g else None) == name


def test_every_group_is_well_formed(tax: Taxonomy) -> None:
    for name, g in tax.groups.items():
        assert g.name == name
        assert name not in g.broader
        assert all(b in tax.groups for b in g.broader)
        assert name not in g.synonyms
        # the closure is closed: every ancestor's ancestors are ancestors too
        for b in g.broader:
            assert set(tax.groups[b].broader) <= set(g.broader), (name, b)


def test_properties_match_schema(tax: Taxonomy) -> None:
    props = tax.groups["高校毕业生"].properties()
    assert set(props) == {p.name for p in BENEFICIARY_GROUP.props}
    assert props["broader"] == ["重点群体", "青年"]
    assert "应届毕业生" in props["synonyms"]


def test_group_is_frozen(tax: Taxonomy) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        tax.groups["青年"].name = "x"  # type: ignore[misc]
    assert isinstance(tax.groups["青年"], Group)


# ---------------------------------------------------------------- the taxonomy is data
def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_taxonomy_file_is_the_data(tmp_path: Path) -> None:
    tax = Taxonomy.load(
        _write(
            tmp_path,
            (
                'triggers = ["资助"]\n'
                '[[group]]\nname = "甲"\n'
                '[[group]]\nname = "乙"\nsynonyms = ["乙类"]\nbroader = ["甲"]\n'
                '[[group]]\nname = "丙"\nbroader = ["乙"]\n'
            ),
        )
    )
    assert tax.groups["丙"].broader == ("乙", "甲")
    assert [m.name for m in tax.targets("资助乙类人员")] == ["乙"]
    assert tax.targets("统计乙类人员") == []


@pytest.mark.parametrize(
    "text, message",
    [
        ('[[group]]\nname = "甲"\nbroader = ["无"]\n', "unknown broader"),
        ('[[group]]\nname = "甲"\nbroader = ["乙"]\n[[group]]\nname = "乙"\nbroader = ["甲"]\n', "cycle"),
        ('[[group]]\nname = "甲"\n[[group]]\nname = "甲"\n', "twice"),
        ('[[group]]\nsynonyms = ["甲"]\n', "without a name"),
        ("not = [toml", "not valid TOML"),
    ],
)
def test_bad_taxonomy_raises_policykg_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        Taxonomy.load(_write(tmp_path, text))


def test_missing_taxonomy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyKGError, match="cannot read"):
        Taxonomy.load(tmp_path / "missing.toml")


def test_default_taxonomy_is_cached_and_packaged() -> None:
    assert default_taxonomy() is default_taxonomy()
    assert TAXONOMY_PATH.name == "beneficiaries.toml" and TAXONOMY_PATH.exists()


# ---------------------------------------------------------------- text_targets: a whole body in one pass
BODIES = [
    "对招用高校毕业生的企业给予社会保险补贴。统计小微企业数量。",
    "第一条 对 高校 毕业生，按每人1000元给予补贴；\n对吸纳脱贫人口就业的小微企业，给予一次性吸纳就业补贴！企业所得税减免",
    "70周岁以上老年人凭身份证，孕妇凭孕检证明，按每人每月300元给予补偿。取消补贴资格的企业",
    "",
    "没有任何群体。",
]


@pytest.mark.parametrize("body", BODIES)
def test_text_targets_are_the_targets_of_each_sentence(tax, body):
    from policykg.loaders.references import sentences

    expected = [(s0, body[s0:s1], m) for s0, s1 in sentences(body) for m in tax.targets(body[s0:s1])]
    assert list(tax.text_targets(body)) == expected


@pytest.mark.parametrize(
    "body", BODIES + ["统计企业。企业\t给予补贴。对企业给予奖励；高校毕业生 给予补贴。对 高校毕业生给予补贴"]
)
def test_first_only_keeps_the_first_target_of_each_group(tax, body):
    first: dict[str, tuple] = {}
    for s0, sentence, m in tax.text_targets(body):
        first.setdefault(m.name, (s0, sentence, m))
    assert list(tax.text_targets(body, first_only=True)) == list(first.values())


def test_a_wording_cannot_hold_a_sentence_end():
    with pytest.raises(TaxonomyError, match="sentence end"):
        Taxonomy({"group": [{"name": "企业", "synonyms": ["企业。个人"]}]})
