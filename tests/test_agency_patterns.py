"""Table tests of the agency patterns built from the registry (ontology/agencies/patterns.py).

Each row holds two snippets of real text from different sources where the corpora have them —
data/corpus (Henan compilations and gazettes), corpus-extra/policy-notices (notices of other
provinces and ministries), corpus-extra/lawrefbook (local laws) — and what the pattern must say of
both.  The last tests check that the registry is the one place this knowledge lives, and that the
patterns stay linear on long near misses.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from policykg.loaders import regexes as rx
from policykg.loaders.clean import compact
from policykg.loaders.metadata import level_of_prefix
from policykg.loaders.references import _issuers_only
from policykg.loaders.segment import _issuers_then_about
from policykg.ontology.agencies import RegistryError, default_registry
from policykg.ontology.agencies import patterns as pt
from policykg.ontology.agencies.guess import district_at
from policykg.ontology.agencies.issuers import generic_ok
from policykg.ontology.schema import DOCUMENT_EDGE_TYPES, LEVELS, STATUSES
from policykg.vocab import ROLE_PRIORITY, AnchorKind, Level, Role, Status

PACKAGE = Path(__file__).resolve().parents[1] / "policykg"


def both(pattern: re.Pattern[str], first: str, second: str) -> tuple[bool, bool]:
    return bool(pattern.match(compact(first))), bool(pattern.match(compact(second)))


# ---------------------------------------------------------------- AGENCY_START: an agency name at a line's start
AGENCY_START_ROWS = [
    # (first source, second source, starts with an agency)
    # a provincial / municipal department before 关于: henan-gazette-2024-19 / policy-notices beijing-216229
    (
        "河南省人力资源和社会保障厅关于加强零工市场服务体系建设的实施意见",
        "北京市财政局关于印发《北京市公益性科研院所行业定额实施指导意见》的函",
        True,
    ),
    # a district's government: kaifeng-yuwangtai (title line) / policy-notices beijing-185828
    (
        "禹王台区人民政府办公室关于印发禹王台区优化营商环境工作方案的通知",
        "北京市密云区人民政府关于印发京沈铁路客运专线密云段施工震损、噪声污染补偿暂行规定的通知",
        True,
    ),
    # a ministry's office: kaifeng-yuwangtai / policy-notices vios-176849 (农业部: a registry alias that
    # segment.py's own list lacked)
    (
        "工业和信息化部办公厅关于开展传统优势",
        "农业部办公厅关于国家食用菌育种创新基地建设项目初步设计和概算的批复",
        True,
    ),
    # a party body: henan-pingdingshan (signature) / lawrefbook-style full name
    ("中共平顶山市委组织部 平顶山市人力资源和", "中国共产党深圳市委员会", True),
    # a place named by its level alone: henan-pingdingshan / lawrefbook (a local law's article)
    ("省人力资源社会保障厅就业促进局", "省人民政府发展改革主管部门应当会同有关部门确定煤炭总量控制目标", True),
    # a national body by its start: kaifeng-yuwangtai (joint issuers) / policy-notices (国家税务总局 公告)
    ("市场监管总局 国家发展改革委 工业和信息化部", "国家税务总局 人力资源社会保障部", True),
    # a title without issuer: henan-gazette-2024-19 / policy-notices vios-95047
    ("关于加强零工市场服务体系建设的实施意见", "关于延长2020年矿业权人勘查开采公示信息填报期限等事项的函", False),
    # 市场… is no bare 市: kaifeng-yuwangtai / henan-pingdingshan (body text)
    (
        "市场监管部门要强化组织领导，引导行业组织、小微企",
        "市场秩序专项行动，严厉打击未经许可擅自从事劳务派遣活动。",
        False,
    ),
    # a purpose clause: henan-pingdingshan / policy-notices (a tax notice)
    (
        "为贯彻落实党的二十大关于实施就业优先战略的决策部署",
        "为贯彻落实《国务院办公厅关于进一步做好新时期广播电视村村通工作的通知》",
        False,
    ),
]


@pytest.mark.parametrize("first, second, expected", AGENCY_START_ROWS)
def test_agency_start(first, second, expected):
    assert both(rx.AGENCY_START, first, second) == (expected, expected)


# ---------------------------------------------------------------- NATIONAL_START: national bodies from the registry
NATIONAL_ROWS = [
    # ministries segment.py used to list, now the registry's national rows: kaifeng / henan-pingdingshan
    (
        "工业和信息化部办公厅关于开展传统优势",
        "财政部办公厅 人力资源和社会保障部办公厅关于印发〈促进就业工作先进地区激励实施办法〉的通知",
        True,
    ),
    # short forms are registry aliases: kaifeng (国家认监委) / policy-notices (市场监管总局)
    ("国家认监委关于印发《小微企业质量管", "市场监管总局 国家发展改革委 工业和信息化部", True),
    # a national start word: kaifeng (国务院办公厅) / henan-pingdingshan (中国人民银行…中心支行)
    ("国务院办公厅关于印发《“高效办成一", "中国人民银行平顶山市中心支行平顶山市人力资源和社会保障局关于印发", True),
    # 外交部 and 国防部 joined the registry with the list: two national ministries
    ("外交部关于X的通知", "国防部办公厅关于Y的通知", True),
    # provincial and municipal bodies are not national: henan-gazette / policy-notices beijing
    ("河南省人民政府办公厅关于印发支持平台经济高质量发展若干措施的通知", "北京市财政局关于印发", False),
    # two-character short forms (人行, 国办) start other words: kept out of the start pattern
    ("人行道改造工程", "国办发〔2021〕22号", False),
]


@pytest.mark.parametrize("first, second, expected", NATIONAL_ROWS)
def test_national_start(first, second, expected):
    assert both(rx.NATIONAL_START, first, second) == (expected, expected)


# ---------------------------------------------------------------- a run of issuers before 关于
ISSUERS_ABOUT_ROWS = [
    # joint provincial issuers glued by PDF conversion: henan-gazette-2024-19 (two rows of its TOC)
    (
        "河南省财政厅河南省住房和城乡建设厅关于印发《河南省财政城镇保障性安居工程补助资金管理办法》的通知",
        "河南省教育厅河南省工业和信息化厅关于发布《河南省重点产业对应职业教育紧缺专业目录》的通知",
        True,
    ),
    # a national body's branch and a city bureau: henan-pingdingshan / a national pair (kaifeng)
    (
        "中国人民银行平顶山市中心支行平顶山市人力资源和社会保障局关于印发《平顶山市创业担保贷款精细化操作规程》的通知",
        "财政部税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告",
        True,
    ),
    # 《关于…》 after the issuer: henan-pingdingshan style 平顶山市人社局《关于…》
    ("平顶山市人力资源和社会保障局《关于做好X工作的通知》", "河南省人民政府办公厅《关于印发Y的通知》", True),
    # no issuer before 关于, or words that are no issuer: henan-gazette / policy-notices vios-95047
    ("关于加强零工市场服务体系建设的实施意见", "关于延长2020年矿业权人勘查开采公示信息填报期限等事项的函", False),
    # an issuer, then a sentence before 关于: lawrefbook (上海市人民代表大会议事规则) / henan-pingdingshan
    (
        "市人民代表大会认为必要的时候，可以组织关于特定问题的调查委员会。",
        "省人力资源社会保障厅负责全省关于就业的统计工作",
        False,
    ),
]


@pytest.mark.parametrize("first, second, expected", ISSUERS_ABOUT_ROWS)
def test_issuers_then_about(first, second, expected):
    assert (_issuers_then_about(compact(first)), _issuers_then_about(compact(second))) == (expected, expected)


# ---------------------------------------------------------------- places
PLACE_ROWS = [
    # (first, second, the place each starts with, or "" for none)
    # a province and a city: henan-gazette / policy-notices beijing-216229
    ("河南省人力资源和社会保障厅", "北京市财政局", ("河南省", "北京市")),
    # an autonomous region and a league: two far places the one pattern knows by their endings
    ("新疆维吾尔自治区人民政府", "锡林郭勒盟行政公署", ("新疆维吾尔自治区", "锡林郭勒盟")),
    # a district and a county: kaifeng-yuwangtai / policy-notices anhui-208869 (肥东县…)
    ("禹王台区优化营商环境服务中心", "肥东县包公镇王集社区", ("禹王台区", "肥东县")),
    # no place: a national body (kaifeng) / a sentence (henan-pingdingshan)
    ("国家金融监督管理总局关于做好续贷", "创建高质量充分就业星级社区的", ("", "")),
]


@pytest.mark.parametrize("first, second, places", PLACE_ROWS)
def test_place_start(first, second, places):
    got = tuple((m.group(0) if (m := pt.PLACE_START.match(compact(x))) else "") for x in (first, second))
    assert got == places


DISTRICT_ROWS = [
    # a district is found; 社区 / 园区 are not districts: kaifeng / anhui-208869 ; lawrefbook (上海市优化营商环境条例)
    ("禹王台区人民政府", "禹王台区"),
    ("兰考县人民政府办公室", "兰考县"),
    ("社区卫生服务中心应当按照规定", ""),
    ("园区管理运营单位通过推荐函等方式", ""),
    ("区域协调发展", ""),
]


@pytest.mark.parametrize("text, district", DISTRICT_ROWS)
def test_district_at(text, district):
    assert district_at(text) == district


# ---------------------------------------------------------------- endings
GENERIC_ROWS = [
    # unknown names accepted by their ending: policy-notices vios-95047 (a ministry's department) /
    # henan-pingdingshan (a branch) / a congress standing committee (常委会, from the one list)
    ("自然资源部矿产资源保护监督司", True),
    ("中国人民银行平顶山市中心支行", True),
    ("河北省人大常委会", True),
    # no ending, or sentence words
    ("统计小微企业数量", False),
    ("市场秩序专项行动", False),
]


@pytest.mark.parametrize("piece, ok", GENERIC_ROWS)
def test_generic_ok_uses_the_one_list_of_endings(piece, ok):
    assert generic_ok(piece) is ok


ISSUER_LIST_ROWS = [
    # text between two mentions that only lists the next document's issuers (根据《A》，X厅、Y厅《B》):
    # henan-pingdingshan / kaifeng
    ("，河南省财政厅、河南省人力资源和社会保障厅", True),
    ("、财政部 税务总局", True),
    ("和省人大常委会", True),
    # anything else
    ("，并按照", False),
    ("（豫政〔2023〕1号）精神，结合我市实际，现就做好", False),
]


@pytest.mark.parametrize("between, expected", ISSUER_LIST_ROWS)
def test_issuers_between_mentions(between, expected):
    assert _issuers_only(between) is expected


def test_endings_are_one_list_with_marked_subsets():
    assert pt.ENDINGS == pt.longest_first(pt.ENDINGS)
    assert set(pt.STRONG_ENDINGS) <= set(pt.ENDINGS)
    assert set(pt.NATIONAL_ENDINGS) <= set(pt.ENDINGS)
    with pytest.raises(RegistryError, match="not endings"):
        pt._subset({"strong_endings": ["馆"]}, "strong_endings", pt.ENDINGS)


# ---------------------------------------------------------------- doc-number prefixes
@pytest.mark.parametrize(
    "prefix, level",
    [
        # heads of national prefixes (agencies.toml [names] national_prefix_heads): kaifeng / policy-notices
        ("国办发", "national"),
        ("财税", "national"),
        ("工信部联企业", "national"),
        # a province's prefix is no national one: henan-gazette / zhengzhou
        ("豫政办", "unknown"),
        ("郑政", "unknown"),
    ],
)
def test_level_of_prefix(prefix, level):
    assert level_of_prefix(prefix) == level


# ---------------------------------------------------------------- one place, linear time
# Literal alternations of agency endings, place endings or ministry names, as they were written in
# the loaders before the registry generated them (…|部|署|委|院|…, 省|市|自治区…, 财政部|教育部|…).
# (ADDRESSEE's endings name who receives a notice — 各部门, 学校, 企业 — and stay with it.)
_HAND_LISTS = re.compile(r"部\|署|署\|委|委\|府|省\|市|市\|区|区\|县|自治区\||财政部\||\|财政部|教育部\|")
_OWN_MODULES = [
    "loaders/segment.py",
    "loaders/transmit.py",
    "loaders/references.py",
    "loaders/metadata.py",
    "loaders/regexes.py",
    "ontology/agencies/registry.py",
    "ontology/agencies/issuers.py",
    "ontology/agencies/guess.py",
    "ontology/agencies/patterns.py",
]


@pytest.mark.parametrize("module", _OWN_MODULES)
def test_no_module_keeps_its_own_agency_list(module):
    assert not _HAND_LISTS.search((PACKAGE / module).read_text(encoding="utf-8"))


def test_patterns_come_from_the_registry_data():
    reg = default_registry()
    for name in ("人力资源和社会保障部", "国家市场监督管理总局", "外交部", "国家统计局"):
        assert reg.resolve(name).level == "national"
        assert pt.NATIONAL_START.match(name)
    assert "人民政府" in pt.ENDINGS and "自治区" in pt.PLACE_ENDINGS


@pytest.mark.parametrize(
    "check, near_miss",
    [
        (_issuers_then_about, "省厅" * 300 + "x关于"),
        (_issuers_only, "局" * 39 + "x"),
        (lambda t: rx.AGENCY_START.match(t), "河" * 2000),
    ],
)
def test_near_misses_stay_fast(check, near_miss):
    started = time.perf_counter()
    assert not check(near_miss)
    assert time.perf_counter() - started < 0.5


# ---------------------------------------------------------------- vocabulary
def test_vocab_matches_the_schema():
    assert tuple(Role) == DOCUMENT_EDGE_TYPES
    assert tuple(Level) == LEVELS
    assert tuple(Status) == STATUSES


def test_vocab_terms_read_as_their_values():
    assert json.dumps([Role.CITES, Level.NATIONAL, Status.IN_FORCE, AnchorKind.DOCNUM_ABOVE]) == (
        '["CITES", "national", "in_force", "docnum-above"]'
    )
    assert (str(Role.AMENDS), f"{Role.AMENDS}", repr(Role.AMENDS)) == ("AMENDS", "AMENDS", "'AMENDS'")
    assert {Role.CITES: 1}["CITES"] == 1


def test_role_priority():
    assert sorted(ROLE_PRIORITY, key=ROLE_PRIORITY.__getitem__) == [
        Role.SUPERSEDES,
        Role.AMENDS,
        Role.IMPLEMENTS,
        Role.BASED_ON,
        Role.CITES,
    ]
    assert Role.TRANSMITS not in ROLE_PRIORITY
