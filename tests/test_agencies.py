"""Table tests of the agency registry: real issuer lines, signatures and doc numbers of the sample corpus."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from policykg.errors import PolicyKGError
from policykg.ontology.agencies import (
    REGISTRY_PATH,
    Agency,
    AgencyRegistry,
    RegistryError,
    default_registry,
)
from policykg.ontology.schema import AGENCY, LEVELS


@pytest.fixture(scope="module")
def reg() -> AgencyRegistry:
    return default_registry()


# ---------------------------------------------------------------- resolve: names, aliases, tolerant forms
RESOLVE = [
    # (as written, context, canonical name)
    ("河南省人民政府办公厅", None, "河南省人民政府办公厅"),
    ("省政府办公厅", None, "河南省人民政府办公厅"),
    ("省政府", None, "河南省人民政府"),
    ("河南省政府", None, "河南省人民政府"),
    ("省人社厅", None, "河南省人力资源和社会保障厅"),
    ("省人力资源社会保障厅", None, "河南省人力资源和社会保障厅"),
    ("河南省人力资源和社会保障厅文件", None, "河南省人力资源和社会保障厅"),
    ("省住房城乡建设厅", None, "河南省住房和城乡建设厅"),
    ("省发展改革委", None, "河南省发展和改革委员会"),
    ("人社部", None, "人力资源和社会保障部"),
    ("人力资源社会保障部", None, "人力资源和社会保障部"),
    ("中华人民共和国人力资源和社会保障部", None, "人力资源和社会保障部"),
    ("人力资源社会保障部办公厅", None, "人力资源和社会保障部办公厅"),
    ("教 育 部", None, "教育部"),
    ("国家发展改革委", None, "国家发展和改革委员会"),
    ("住房城乡建设部", None, "住房和城乡建设部"),
    ("市场监管总局", None, "国家市场监督管理总局"),
    ("金融监管总局", None, "国家金融监督管理总局"),
    ("银保监会", None, "中国银行保险监督管理委员会"),
    ("税务总局", None, "国家税务总局"),
    ("国家卫生健康委", None, "国家卫生健康委员会"),
    ("国家认监委", None, "国家认证认可监督管理委员会"),
    ("全国人大常委会", None, "全国人民代表大会常务委员会"),
    ("中华人民共和国国务院", None, "国务院"),
    ("国家税务总局河南省税务局", None, "国家税务总局河南省税务局"),
    ("中共河南省委", None, "中共河南省委"),
    ("中共郑州市委办公厅", None, "中共郑州市委办公厅"),
    # a municipality's party committee has a province's general office (北京, h31; 上海)
    ("中共北京市委办公厅", None, "中共北京市委办公厅"),
    ("上海市委办公厅", None, "中共上海市委办公厅"),
    ("中共平顶山市委组织部", None, "中共平顶山市委组织部"),
    ("郑州市政府办公厅", None, "郑州市人民政府办公厅"),
    ("平顶山市人民政府办公室", None, "平顶山市人民政府办公室"),
    ("河南省郑州市人民政府", None, "郑州市人民政府"),
    ("**河南省协调劳动关系三方委员会", None, "河南省协调劳动关系三方委员会"),
    ("河南省“人人持证、技能河南”建设工作领导小组办公室", None, "河南省“人人持证、技能河南”建设工作领导小组办公室"),
    ("平顶山市人力资源和社会保障局办公室", None, "平顶山市人力资源和社会保障局办公室"),
    ("航空港区管委会", None, "郑州航空港经济综合实验区管理委员会"),
    ("禹王台区人民政府", None, "禹王台区人民政府"),
    ("开封市禹王台区人民政府", None, "禹王台区人民政府"),
    ("江苏省人民政府办公厅", None, "江苏省人民政府办公厅"),
    # the passing bodies of laws and local regulations: sessions and 由/经 dropped
    ("河南省第十三届人民代表大会常务委员会", None, "河南省人民代表大会常务委员会"),
    ("杭州市十二届人民代表大会常务委员会", None, "杭州市人民代表大会常务委员会"),
    ("省人大常委会", None, "河南省人民代表大会常务委员会"),
    ("郑州市人大常委会", None, "郑州市人民代表大会常务委员会"),
    ("由最高人民法院", None, "最高人民法院"),
    ("政务院", None, "中央人民政府政务院"),
    ("北京市人力资源和社会保障局", None, "北京市人力资源和社会保障局"),
    # two bodies, not two names of one: a printed name stays as printed (新乡 h62)
    ("新乡市政务服务和大数据管理局", None, "新乡市政务服务和大数据管理局"),
    ("河南省行政审批和政务信息管理局", None, "河南省行政审批和政务信息管理局"),
    ("国家煤矿安监局", None, "国家煤矿安全监察局"),  # signing with 国家能源局 (h64)
    # bare 市…/区… forms need a context; 省… uses the context's province
    ("市政府", "郑州市", "郑州市人民政府"),
    ("市人社局", "平顶山市人民政府", "平顶山市人力资源和社会保障局"),
    ("省政府", "南京市", "江苏省人民政府"),
    ("省政府", "无锡市", "江苏省人民政府"),  # 无锡市 is a place of the division table
    ("省政府", "某某市", "河南省人民政府"),  # no place: the home province
    ("省财政厅", "江苏省", "江苏省财政厅"),
    ("区政府", "禹王台区", "禹王台区人民政府"),
    ("人力资源和社会保障厅", "河南省", "河南省人力资源和社会保障厅"),  # 河南省财政厅、人力资源和社会保障厅
    ("财政局", "平顶山市人民政府", "平顶山市财政局"),
    ("财政部", "河南省", "财政部"),
    # a region's government named by its level word, in its own text (新疆 h31; 宁夏)
    ("自治区人民政府", "新疆维吾尔自治区", "新疆维吾尔自治区人民政府"),
    ("自治区人民政府办公厅", "宁夏回族自治区", "宁夏回族自治区人民政府办公厅"),
]


@pytest.mark.parametrize("written, context, expected", RESOLVE)
def test_resolve(reg: AgencyRegistry, written: str, context: str | None, expected: str) -> None:
    found = reg.resolve(written, context=context)
    assert found is not None, written
    assert found.name == expected


@pytest.mark.parametrize("written", ["市政府", "区政府", "某某公司", "", "关于印发河南省…的通知"])
def test_resolve_unknown_is_none(reg: AgencyRegistry, written: str) -> None:
    assert reg.resolve(written) is None


# ---------------------------------------------------------------- levels, jurisdictions, parents of known bodies
KNOWN_FACTS = [
    # (name, level, jurisdiction, parent)
    ("国务院", "national", "中华人民共和国", ""),
    ("国务院办公厅", "national", "中华人民共和国", "国务院"),
    ("人力资源和社会保障部", "national", "中华人民共和国", "国务院"),
    ("全国人民代表大会常务委员会", "national", "中华人民共和国", "全国人民代表大会"),
    ("河南省人民政府", "provincial", "河南省", "国务院"),
    ("河南省人民政府办公厅", "provincial", "河南省", "河南省人民政府"),
    ("河南省财政厅", "provincial", "河南省", "河南省人民政府"),
    ("河南省人力资源和社会保障厅办公室", "provincial", "河南省", "河南省人力资源和社会保障厅"),
    ("郑州市人民政府", "municipal", "郑州市", "河南省人民政府"),
    ("焦作市人民政府办公室", "municipal", "焦作市", "焦作市人民政府"),
    ("平顶山市人力资源和社会保障局", "municipal", "平顶山市", "平顶山市人民政府"),
    ("禹王台区人民政府", "district", "禹王台区", "开封市人民政府"),
    ("北京市财政局", "provincial", "北京市", "北京市人民政府"),
]


@pytest.mark.parametrize("name, level, jurisdiction, parent", KNOWN_FACTS)
def test_known_facts(reg: AgencyRegistry, name: str, level: str, jurisdiction: str, parent: str) -> None:
    a = reg.resolve(name)
    assert a is not None and a.known
    assert (a.level, a.jurisdiction, a.parent) == (level, jurisdiction, parent)


def test_all_18_henan_cities_have_government_office_and_prefix(reg: AgencyRegistry) -> None:
    cities = [
        "郑州市",
        "开封市",
        "洛阳市",
        "平顶山市",
        "安阳市",
        "鹤壁市",
        "新乡市",
        "焦作市",
        "濮阳市",
        "许昌市",
        "漯河市",
        "三门峡市",
        "南阳市",
        "商丘市",
        "信阳市",
        "周口市",
        "驻马店市",
        "济源市",
    ]
    for city in cities:
        gov = reg.resolve(city + "人民政府")
        assert gov is not None and gov.level == "municipal" and gov.parent == "河南省人民政府", city
        assert gov.prefixes, city
        assert reg.for_prefix(gov.prefixes[0]) == gov
        office = reg.resolve(city + "政府办公室")
        assert office is not None and office.parent == gov.name, city


def test_every_agency_is_well_formed(reg: AgencyRegistry) -> None:
    for a in reg.agencies.values():
        assert a.level in LEVELS, a
        assert a.known
        assert not a.parent or a.parent in reg.agencies, f"{a.name}: unknown parent {a.parent}"
        for p in a.prefixes:
            assert reg.for_prefix(p) == a, (p, a.name)


def test_properties_match_schema(reg: AgencyRegistry) -> None:
    props = reg.resolve("省人社厅").properties()
    assert set(props) == {p.name for p in AGENCY.props}
    assert props["name"] == "河南省人力资源和社会保障厅"
    assert "河南省人力资源社会保障厅" in props["aliases"] and "河南省人社厅" in props["aliases"]
    assert props["known"] is True


def test_agency_is_frozen(reg: AgencyRegistry) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        reg.resolve("国务院").name = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- doc-number prefixes
PREFIXES = [
    # (prefix or whole doc number, agency)
    ("国发", "国务院"),
    ("国办发", "国务院办公厅"),
    ("国办函", "国务院办公厅"),
    ("豫政", "河南省人民政府"),
    ("豫政办", "河南省人民政府办公厅"),
    ("豫政办明电", "河南省人民政府办公厅"),
    ("豫政办〔2024〕46号", "河南省人民政府办公厅"),
    ("豫人社就业〔2023〕5号", "河南省人力资源和社会保障厅"),
    ("豫人社规", "河南省人力资源和社会保障厅"),
    ("豫人社函", "河南省人力资源和社会保障厅"),
    ("豫人社办", "河南省人力资源和社会保障厅办公室"),
    ("豫人社办函", "河南省人力资源和社会保障厅办公室"),
    ("豫财社", "河南省财政厅"),
    ("豫财综", "河南省财政厅"),
    ("豫就业组", "河南省就业创业工作领导小组"),
    ("豫技领办", "河南省“人人持证、技能河南”建设工作领导小组办公室"),
    ("豫农工", "河南省农民工工作领导小组"),
    ("豫农工办", "河南省农民工工作领导小组办公室"),
    ("豫协调三方", "河南省协调劳动关系三方委员会"),
    ("人社部发", "人力资源和社会保障部"),
    ("人社厅函", "人力资源和社会保障部办公厅"),
    ("财社", "财政部"),
    ("财综", "财政部"),
    ("财办社", "财政部办公厅"),
    ("税总征科发〔2024〕38号", "国家税务总局"),
    ("国市监稽发", "国家市场监督管理总局"),
    ("工信部联企业", "工业和信息化部"),
    ("工信厅联企业函", "工业和信息化部办公厅"),
    ("商流通发", "商务部"),
    ("金规〔2024〕13号", "国家金融监督管理总局"),
    ("银监发", "中国银行业监督管理委员会"),
    ("教职成", "教育部"),
    ("国认监〔2024〕12 号", "国家认证认可监督管理委员会"),
    ("郑政", "郑州市人民政府"),
    ("郑政文", "郑州市人民政府"),
    ("郑政办", "郑州市人民政府办公厅"),
    ("郑办", "中共郑州市委办公厅"),
    # 新疆's government and office (h29, h31) beside 新乡's 新政 / 新政文
    ("新政发", "新疆维吾尔自治区人民政府"),
    ("新政办发", "新疆维吾尔自治区人民政府办公厅"),
    ("新政文", "新乡市人民政府"),
    ("平政办", "平顶山市人民政府办公室"),
    ("平人社", "平顶山市人力资源和社会保障局"),
    ("平人社就业", "平顶山市人力资源和社会保障局"),
    ("平人社办函", "平顶山市人力资源和社会保障局办公室"),
    ("平农工办", "平顶山市农民工工作领导小组办公室"),
    ("平巩固脱贫成果办〔2023〕7号", "平顶山市巩固拓展脱贫攻坚成果同乡村振兴有效衔接领导小组办公室"),
    ("汴政", "开封市人民政府"),
    ("焦政", "焦作市人民政府"),
    ("焦政办", "焦作市人民政府办公室"),
    ("洛政办", "洛阳市人民政府办公室"),
    ("宛政", "南阳市人民政府"),
    ("河南省人民政府令", "河南省人民政府"),
    ("国家税务总局公告", "国家税务总局"),
    ("苏政发", "江苏省人民政府"),
    ("杭政办函", "杭州市人民政府办公厅"),
    ("深府", "深圳市人民政府"),
    ("杭人社发", "杭州市人力资源和社会保障局"),
    ("粤府办", "广东省人民政府办公厅"),
    ("浙江省人民政府令", "浙江省人民政府"),  # not registered as a prefix: through the name
    # unseen publications of other places and of former ministries
    ("渝府办发〔2022〕109号", "重庆市人民政府办公厅"),
    ("甘政办发", "甘肃省人民政府办公厅"),
    ("粤办函〔2017〕176号", "广东省人民政府办公厅"),
    ("辽政发", "辽宁省人民政府"),
    ("沪府发", "上海市人民政府"),
    ("沪民救发", "上海市民政局"),
    ("沪科", "上海市科学技术委员会"),
    ("京财科文", "北京市财政局"),
    ("湖北省人民政府令", "湖北省人民政府"),
    ("中华人民共和国商务部令", "商务部"),
    ("发改经体", "国家发展和改革委员会"),
    ("工信厅科函", "工业和信息化部办公厅"),
    ("国科发政字", "科学技术部"),
    ("财税", "财政部"),
    ("农办计", "农业农村部办公厅"),
    ("自然资矿保函", "自然资源部"),
    ("对外贸易经济合作部令", "对外贸易经济合作部"),
]


@pytest.mark.parametrize("prefix, expected", PREFIXES)
def test_for_prefix(reg: AgencyRegistry, prefix: str, expected: str) -> None:
    found = reg.for_prefix(prefix)
    assert found is not None, prefix
    assert found.name == expected


@pytest.mark.parametrize("prefix", ["", "〔2024〕3号", "办发", "某某发"])
def test_for_prefix_unknown(reg: AgencyRegistry, prefix: str) -> None:
    assert reg.for_prefix(prefix) is None


def test_longest_prefix_wins(reg: AgencyRegistry) -> None:
    assert reg.for_prefix("豫政办").name != reg.for_prefix("豫政").name
    assert reg.for_prefix("豫农工办").name != reg.for_prefix("豫农").name  # 农民工 group ≠ 农业农村厅
    assert reg.for_prefix("豫农").name == "河南省农业农村厅"


# ---------------------------------------------------------------- joint issuers
SPLITS = [
    ("河南省财政厅 河南省住房和城乡建设厅", ["河南省财政厅", "河南省住房和城乡建设厅"]),
    ("中共郑州市委办公厅 郑州市人民政府办公厅", ["中共郑州市委办公厅", "郑州市人民政府办公厅"]),
    ("河南省教育厅河南省工业和信息化厅", ["河南省教育厅", "河南省工业和信息化厅"]),
    ("中共河南省委 河南省人民政府", ["中共河南省委", "河南省人民政府"]),
    ("中共河南省委组织部 河南省人力资源和社会保障厅", ["中共河南省委组织部", "河南省人力资源和社会保障厅"]),
    ("河南省人力资源和社会保障厅 文件 河南省财政厅", ["河南省人力资源和社会保障厅", "河南省财政厅"]),
    ("河南省统计局 国家税务总局河南省税务局", ["河南省统计局", "国家税务总局河南省税务局"]),
    (
        "平顶山市财政局 平顶山市农业农村局 平顶山市乡村振兴局",
        ["平顶山市财政局", "平顶山市农业农村局", "平顶山市乡村振兴局"],
    ),
    ("市场监管总局 国家发展改革委 工业和信息化部", ["市场监管总局", "国家发展改革委", "工业和信息化部"]),
    ("人力资源社会保障部财政部国家卫生健康委", ["人力资源社会保障部", "财政部", "国家卫生健康委"]),
    (
        "国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部公告",
        ["国家税务总局", "人力资源社会保障部", "农业农村部", "教育部", "退役军人事务部"],
    ),
    ("财政部、税务总局", ["财政部", "税务总局"]),
    ("教 育 部", ["教育部"]),
    ("国 务 院 办 公 厅", ["国务院办公厅"]),
    ("河南省人民政府办公厅（印）", ["河南省人民政府办公厅"]),
    ("中共中央办公厅 国务院办公厅", ["中共中央办公厅", "国务院办公厅"]),
    ("平顶山市人力资源和社会保障局文件", ["平顶山市人力资源和社会保障局"]),
    ("**河南省农民工工作领导小组办公室", ["河南省农民工工作领导小组办公室"]),
    # unknown bodies are kept by their endings, not dropped
    ("中国银行河南省分行普惠金融事业部", ["中国银行河南省分行普惠金融事业部"]),
    ("江苏省某某服务中心 浙江省某某局", ["江苏省某某服务中心", "浙江省某某局"]),
    ("杭州市数据资源管理局杭州市财政局", ["杭州市数据资源管理局", "杭州市财政局"]),
    (
        "中国人民银行平顶山市中心支行 平顶山市人力资源和社会保障局 文件",
        ["中国人民银行平顶山市中心支行", "平顶山市人力资源和社会保障局"],
    ),
    (
        "河南省人力资源和社会保障厅 河南省稳岗扩岗专项贷款协调工作专班",
        ["河南省人力资源和社会保障厅", "河南省稳岗扩岗专项贷款协调工作专班"],
    ),
    ("国家统计局河南调查总队", ["国家统计局河南调查总队"]),
    # unseen publications: other places, sub-units of known bodies, bare 省… forms
    ("上海市财政局 上海市国家税务局 上海市地方税务局", ["上海市财政局", "上海市国家税务局", "上海市地方税务局"]),
    ("国家发展改革委  国家能源局", ["国家发展改革委", "国家能源局"]),
    ("省经贸委 省纺织总会", ["省经贸委", "省纺织总会"]),
    ("教育部社会科学司", ["教育部社会科学司"]),
    ("自然资源部矿产资源保护监督司", ["自然资源部矿产资源保护监督司"]),
    ("江西省应急管理厅办公室", ["江西省应急管理厅办公室"]),
    ("财政部 国家税务总局", ["财政部", "国家税务总局"]),
    # two glued names of one place after 中共 (the place comes again), not one unknown body, nor a cut
    # through 委员会
    ("中共江北新区工作委员会江北新区管理委员会", ["中共江北新区工作委员会", "江北新区管理委员会"]),
    # a county committee's department named by its ending alone (组织部), then the next body
    ("青田县农业农村局 中共青田县委组织部 青田县财政局", ["青田县农业农村局", "中共青田县委组织部", "青田县财政局"]),
    # a national body's branch glued to the next body: a registry name inside is a second body
    ("中国人民银行三亚中心支行中国证监会海南监管局", ["中国人民银行三亚中心支行", "中国证监会海南监管局"]),
    # national bodies in short names, letter-spaced: a short X局 after a 局 is the next body, not its unit
    # (a 总局's 稽查局 and a regional 华东监管局 stay units)
    ("医 保 局 药 监 局", ["医保局", "药监局"]),
    ("国家税务总局稽查局", ["国家税务总局稽查局"]),
    ("国家能源局华东监管局", ["国家能源局华东监管局"]),
]


@pytest.mark.parametrize("line, expected", SPLITS)
def test_split_issuers(reg: AgencyRegistry, line: str, expected: list[str]) -> None:
    assert reg.split_issuers(line) == expected


def test_split_then_resolve_joint_issuers(reg: AgencyRegistry) -> None:
    names = [reg.guess(n).name for n in reg.split_issuers("市场监管总局 国家发展改革委 工业和信息化部")]
    assert names == ["国家市场监督管理总局", "国家发展和改革委员会", "工业和信息化部"]


def test_leading_issuers(reg: AgencyRegistry) -> None:
    issuers, rest = reg.leading_issuers("郑州市人民政府办公厅 关于进一步加大对中小企业纾困帮扶力度的通知")
    assert issuers == ["郑州市人民政府办公厅"]
    assert rest == "关于进一步加大对中小企业纾困帮扶力度的通知"
    assert reg.leading_issuers("关于印发河南省…的通知") == ([], "关于印发河南省…的通知")


# ---------------------------------------------------------------- issuer line or not
LOOKS = [
    ("河南省人民政府办公厅", True),
    ("河南省财政厅 河南省住房和城乡建设厅", True),
    ("国家税务总局 人力资源社会保障部", True),
    ("教 育 部", True),
    ("国 务 院 办 公 厅", True),
    ("河南省人民政府办公厅（印）", True),
    ("河南省财政厅 文件", True),
    ("中国银行股份有限公司河南省分行", True),
    ("2023年5月4日", False),
    ("统计小微企业数量", False),
    ("(二) 省教育厅", False),
    ("第五节 构建以提升幸福感 为导向的收入分配格局", False),
    ("郑州市人民政府办公厅 关于进一步加大对中小企业纾", False),
    ("各省辖市人民政府，济源示范区、航空港区管委会", False),
    ("发展改革委、市场监管局、商务厅、卫生健康委、医保局、", False),
    ("展“研发贷”“科创积分贷”“科技人才贷”“贷款+外部", False),
    ("(此件主动公开)", False),
    ("附件", False),
    ("", False),
]


@pytest.mark.parametrize("line, expected", LOOKS)
def test_looks_like_agency(reg: AgencyRegistry, line: str, expected: bool) -> None:
    assert reg.looks_like_agency(line) is expected


# ---------------------------------------------------------------- unknown issuers: kept, guessed
GUESSES = [
    # (written, level, jurisdiction)
    ("江苏省某某服务中心", "provincial", "江苏省"),
    ("广西壮族自治区某某局", "provincial", "广西壮族自治区"),
    ("杭州市数据资源管理局", "municipal", "杭州市"),
    ("郑州市金水区某某中心", "district", "金水区"),
    ("某某县人民政府", "district", "某某县"),
    ("成都市武侯区某某中心", "district", "成都市武侯区"),  # a city's district: named with its city
    ("国家某某局", "national", "中华人民共和国"),
    ("某某部", "national", "中华人民共和国"),
    ("中国银行河南省分行普惠金融事业部", "provincial", "河南省"),
    ("郑州市社区服务中心", "municipal", "郑州市"),  # 社区 is not a district
    ("平顶山市市场发展中心", "municipal", "平顶山市"),
    ("某某协会", "unknown", ""),
    ("省经贸委", "provincial", "河南省"),  # a bare 省… is the home province
    ("北京市密云区某某中心", "district", "北京市密云区"),
    ("天津市武清区水利工程建设管理中心", "district", "天津市武清区"),
    ("上海市房屋土地资源管理局房地产交易管理处", "provincial", "上海市"),  # a 直辖市 is provincial
]


@pytest.mark.parametrize("written, level, jurisdiction", GUESSES)
def test_guess_unknown(reg: AgencyRegistry, written: str, level: str, jurisdiction: str) -> None:
    a = reg.guess(written)
    assert a.known is False
    assert a.name == written  # kept as written
    assert (a.level, a.jurisdiction) == (level, jurisdiction)


def test_guess_known_returns_registry_agency(reg: AgencyRegistry) -> None:
    a = reg.guess("省人社厅")
    assert a.known and a.name == "河南省人力资源和社会保障厅"


@pytest.mark.parametrize(
    "written, parent, level",
    [
        ("郑州市某某服务中心", "郑州市人民政府", "municipal"),
        ("北京市密云区某某中心", "北京市密云区人民政府", "district"),
        ("教育部社会科学司", "教育部", "national"),  # a unit of a registry body
        ("自然资源部矿产资源保护监督司", "自然资源部", "national"),
        ("江西省应急管理厅办公室", "江西省应急管理厅", "provincial"),
        ("卫生部新闻办公室", "卫生部", "national"),
        ("中国人民银行昆山市支行", "中国人民银行", "district"),  # a national body's local branch
    ],
)
def test_guess_parent(reg: AgencyRegistry, written: str, parent: str, level: str) -> None:
    a = reg.guess(written)
    assert (a.known, a.parent, a.level) == (False, parent, level)


def test_guess_strips_spaces_only(reg: AgencyRegistry) -> None:
    assert reg.guess(" 某某 协会 ").name == "某某协会"


# ---------------------------------------------------------------- the registry is data
def test_registry_file_is_the_data(tmp_path: Path) -> None:
    toml = tmp_path / "a.toml"
    toml.write_text(
        'home_province = "测试省"\n'
        '[[agency]]\nname = "测试局"\naliases = ["测局"]\nlevel = "national"\nprefixes = ["测发"]\n'
        '[[province]]\nname = "测试省"\nshort = "测"\ngov_prefixes = ["测政"]\noffice_prefixes = ["测政办"]\n'
        "departments = false\n",
        encoding="utf-8",
    )
    reg = AgencyRegistry.load(toml)
    assert reg.resolve("测局").name == "测试局"
    assert reg.for_prefix("测发〔2024〕1号").name == "测试局"
    assert reg.for_prefix("测政办").name == "测试省人民政府办公厅"
    assert reg.resolve("省政府").name == "测试省人民政府"
    assert len(reg) == 3


@pytest.mark.parametrize("content", ["not = [valid", '[[agency]]\nlevel = "national"\n'])
def test_bad_registry_file_raises_policykg_error(tmp_path: Path, content: str) -> None:
    toml = tmp_path / "bad.toml"
    toml.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError):
        AgencyRegistry.load(toml)


def test_missing_registry_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyKGError, match="cannot read"):
        AgencyRegistry.load(tmp_path / "missing.toml")


def test_default_registry_is_cached_and_packaged() -> None:
    assert default_registry() is default_registry()
    assert REGISTRY_PATH.name == "agencies.toml" and REGISTRY_PATH.exists()
    assert isinstance(default_registry().resolve("国务院"), Agency)


# A district's bare name that several divisions bear is written out where the context (the notice
# that prints the text, a doc number's place) names its city or province; without one it stays.
@pytest.mark.parametrize(
    "name,context,expected",
    [
        ("宝山区消防救援支队", "上海市宝山区人民政府办公室", "上海市宝山区消防救援支队"),  # 上海 (a 直辖市)
        ("宝山区消防救援支队", "双鸭山市", "双鸭山市宝山区消防救援支队"),  # 黑龙江, the same name
        ("朝阳区市场监督管理局", "长春市人民政府", "长春市朝阳区市场监督管理局"),  # 吉林
        ("朝阳区市场监督管理局", "北京市", "北京市朝阳区市场监督管理局"),
        ("朝阳区市场监督管理局", None, "朝阳区市场监督管理局"),  # no context: as written
        ("朝阳区市场监督管理局", "河南省", "朝阳区市场监督管理局"),  # neither lies there
    ],
)
def test_shared_district_names_follow_the_context(name, context, expected):
    assert default_registry().guess(name, context=context).name == expected


# A body a text names by its level alone (区…, 市…) is written out with its context's place, and a
# department's short name (agencies.toml [department_short_forms]) with its full one.
@pytest.mark.parametrize(
    "name,context,expected",
    [
        ("区绿化市容局", "上海市松江区人民政府办公室", "上海市松江区绿化和市容管理局"),
        ("区消防安全委员会", "上海市崇明区", "上海市崇明区消防安全委员会"),
        ("区住建局", "成都市郫都区人民政府办公室", "成都市郫都区住建局"),  # no short form listed: as written
        ("区规划资源局", "杭州市西湖区", "杭州市西湖区规划和自然资源局"),
        ("市场监管局", "杭州市西湖区", "市场监管局"),  # 市场… is no 市…, and names no place
        ("区绿化市容局", None, "区绿化市容局"),  # no context: as written
        # a province's and a city's short forms (宁夏 h48, 厦门 h35): written out in full
        ("宁夏回族自治区市场监管厅", None, "宁夏回族自治区市场监督管理厅"),
        ("厦门市人大常委会办公厅", None, "厦门市人民代表大会常务委员会办公厅"),
        ("长兴县人大常委会办公室", None, "长兴县人民代表大会常务委员会办公室"),
    ],
)
def test_bodies_named_by_level_are_written_out_in_their_place(name, context, expected):
    assert default_registry().guess(name, context=context).name == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        # a street office as written, its place written out — no 人民政府 put in (h164 天津 海滨街道, h68 绍兴 东湖街道
        # print and are labelled 某区某街道办事处; a text printing the formal name keeps it)
        ("闵行区古美路街道办事处", "上海市闵行区古美路街道办事处"),
        ("北京市海淀区学院路街道办事处", "北京市海淀区学院路街道办事处"),
        ("上海市浦东新区人民政府洋泾街道办事处", "上海市浦东新区人民政府洋泾街道办事处"),  # formal as printed
        ("古美路街道办事处", "古美路街道办事处"),  # no district named: as written
    ],
)
def test_street_offices_as_written(name, expected):
    assert default_registry().guess(name).name == expected


@pytest.mark.parametrize(
    "name,context,expected",
    [
        ("省纺织总会", "辽宁省人民政府", "辽宁省纺织总会"),
        ("省档案馆", "成都市", "四川省档案馆"),
        ("省辖市档案馆", "成都市", "省辖市档案馆"),  # 省辖市 is no province
    ],
)
def test_provincial_bodies_named_by_level_are_written_out(name, context, expected):
    assert default_registry().guess(name, context=context).name == expected


@pytest.mark.parametrize(
    "line, names",
    [  # a joint central text's signers, two a line, by their short names (生态环境部 等14部门, h50)
        ("市场监管总局 能源局", ["国家市场监督管理总局", "国家能源局"]),
        ("国家卫生健康委 国家中医药局", ["国家卫生健康委员会", "国家中医药管理局"]),
    ],
)
def test_central_signers_by_short_name_resolve_each(line, names):
    reg = default_registry()
    assert [reg.resolve(x).name for x in reg.split_issuers(line)] == names


@pytest.mark.parametrize("written", ["山西省能源局", "贵州省能源局"])
def test_a_provinces_body_is_never_the_nations_of_the_same_short_name(reg: AgencyRegistry, written: str) -> None:
    """国家能源局 is also printed 能源局 (h50); 山西省能源局 is the province's own (h60), not it (the registry's
    能源局 department, r116, writes it out as the province's)."""
    found = reg.resolve(written)
    assert found is None or (found.name, found.level) == (written, "provincial")
    guessed = reg.guess(written)
    assert (guessed.name, guessed.level) == (written, "provincial")


def test_bodies_named_by_their_level_alone_are_split_and_placed_in_a_municipality():
    """市卫生健康委、市发展改革委 in a text of 上海市 (h109): each is the city's, not the nation's — the leading
    市 is part of the name, and a municipality is its own 市."""
    reg = default_registry()
    assert reg.split_issuers("市卫生健康委、市发展改革委、市财政局") == ["市卫生健康委", "市发展改革委", "市财政局"]
    assert [reg.resolve(x, context="上海市").name for x in ("市卫生健康委", "市财政局", "中共市委")] == [
        "上海市卫生健康委员会",
        "上海市财政局",
        "中共上海市委",
    ]
    assert reg.split_issuers("国家卫生健康委、国家发展改革委") == ["国家卫生健康委", "国家发展改革委"]


@pytest.mark.parametrize(
    "short, context, full",
    [  # 吉林 (h111), 浙江 (h117), 上海 (h109): departments by their short names, read in their province
        ("省金融监管局", "吉林省", "吉林省地方金融监督管理局"),
        ("省经信厅", "浙江省", "浙江省经济和信息化厅"),
        ("市经济信息化委", "上海市", "上海市经济和信息化委员会"),
    ],
)
def test_short_department_names_resolve_in_their_province(short, context, full):
    assert default_registry().resolve(short, context=context).name == full


@pytest.mark.parametrize(
    "informal, full",
    [  # 宁夏自治区知识产权局, 新疆自治区市场监督管理局 (h135): a region's informal name, written out
        ("宁夏自治区知识产权局", "宁夏回族自治区知识产权局"),
        ("新疆自治区市场监督管理局", "新疆维吾尔自治区市场监督管理局"),
        ("广西自治区财政厅", "广西壮族自治区财政厅"),
    ],
)
def test_a_regions_informal_name_is_written_out(informal, full):
    assert default_registry().resolve(informal).name == full


@pytest.mark.parametrize(
    "short, full",
    [  # 上海's district bureaus by their short names (h109, h137), written out
        ("上海市金山区发改委", "上海市金山区发展和改革委员会"),
        ("上海市松江区建设管理委", "上海市松江区建设和管理委员会"),
        ("上海市青浦区规划土地局", "上海市青浦区规划和土地管理局"),
        ("上海市金山区政务服务办", "上海市金山区政务服务办公室"),
    ],
)
def test_a_district_bureaus_short_name_is_written_out(short, full):
    reg = default_registry()
    assert (reg.resolve(short) or reg.guess(short)).name == full
