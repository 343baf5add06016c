"""The resolve stage: which node a reference points to (by number, then title, cited-only, versions apart).

Each row is a small corpus (the citing document last), the references it makes, and the node each
resolves to, in order; small factories build the parsed documents, so adding a case is one row.
"""

from __future__ import annotations

import dataclasses

import networkx as nx
import pytest

from policykg.catalogue import Catalogue, Entry, catalogue_from_graph
from policykg.graph.build import add_documents
from policykg.graph.resolve import Placement, Resolver, level_from_title, qualify_order
from policykg.loaders.models import DocNumber, Evidence, ParsedDocument, ParsedFile, Reference
from policykg.ontology.agencies import default_registry


def num(prefix: str, year: int | None, serial: int, kind: str = "standard") -> DocNumber:
    return DocNumber(prefix, year, serial, kind)


def ref(title: str | None = None, number: DocNumber | None = None, role: str = "CITES") -> Reference:
    return Reference(role, title, number, Evidence("c.txt", 5, title or str(number)))


def doc(
    title: str,
    number: DocNumber | None = None,
    *,
    date: str | None = None,
    jurisdiction: str | None = None,
    refs: tuple[Reference, ...] = (),
) -> ParsedDocument:
    return ParsedDocument(
        title, "c.txt", 1, 9, doc_number=number, date=date, jurisdiction=jurisdiction, references=refs
    )


def resolve_all(
    corpus: list[ParsedDocument], catalogues: tuple[Catalogue, ...] = ()
) -> tuple[nx.MultiDiGraph, list[str | None]]:
    """Place ``corpus`` (one file), then resolve the references of its last document in order."""
    G, resolver, citing = resolver_of(corpus, catalogues)
    return G, [resolver.resolve(r, citing) for r in citing.doc.references]


def resolver_of(corpus: list[ParsedDocument], catalogues: tuple[Catalogue, ...] = ()):
    """The graph, the resolver and the placement of the last document of ``corpus`` (one file)."""
    G = nx.MultiDiGraph()
    placements = add_documents(G, [ParsedFile("c.txt", "utf-8", tuple(corpus))])
    return G, Resolver.from_placements(G, placements, catalogues=catalogues), placements[-1]


CITING = "关于促进就业的通知"
ROWS = [
    # (case, corpus before the citing document, citing document's date, references, expected nodes)
    ("by number", [doc("关于A的通知", num("豫政办", 2024, 46))], None, [ref(None, num("豫政办", 2024, 46))],
     ["doc:豫政办〔2024〕46号"]),
    ("number before title", [doc("关于A的通知", num("豫政办", 2024, 46)), doc("关于B的通知")], None,
     [ref("关于B的通知", num("豫政办", 2024, 46))], ["doc:豫政办〔2024〕46号"]),
    ("by title", [doc("关于稳就业的意见")], None, [ref("《关于稳就业的意见》")], ["doc:关于稳就业的意见"]),
    ("by title, issuer in front", [doc("河南省人民政府关于稳就业的意见")], None, [ref("关于稳就业的意见")],
     ["doc:河南省人民政府关于稳就业的意见"]),
    ("title, number the corpus lacks: another document", [doc("关于A的通知", num("豫政", 2020, 1))], None,
     [ref("关于A的通知", num("豫政", 2021, 2))], ["doc:豫政〔2021〕2号"]),
    ("title, numberless namesake", [doc("关于A的通知")], None, [ref("关于A的通知", num("豫政", 2021, 2))],
     ["doc:关于A的通知"]),
    ("cited only, by number", [], None, [ref(None, num("国发", 2021, 3))], ["doc:国发〔2021〕3号"]),
    ("cited only, by title", [], None, [ref("中华人民共和国就业促进法")], ["doc:中华人民共和国就业促进法"]),
    ("cited only, same node twice", [], None, [ref("关于Z的意见"), ref("《关于Z的意见》")],
     ["doc:关于Z的意见", "doc:关于Z的意见"]),
    ("order number without a title: nothing", [], None, [ref(None, num("国务院令", None, 5, "order"))], [None]),
    ("nothing at all", [], None, [ref()], [None]),
    ("misprinted prefix: one document", [], None,
     [ref("关于A的通知", num("平人社", 2022, 79)), ref("关于A的通知", num("平人社办", 2022, 79))],
     ["doc:平人社〔2022〕79号", "doc:平人社〔2022〕79号"]),
    ("own title: the citing document itself", [], None, [ref(CITING)], [f"doc:{CITING}"]),
    ("versions: the latest not after the citing one",
     [doc("X条例", date="2010-01-01"), doc("X条例", date="2020-01-01")], "2015-06-01", [ref("X条例")], ["doc:X条例"]),
    ("versions: after both, the latest",
     [doc("X条例", date="2010-01-01"), doc("X条例", date="2020-01-01")], "2024-06-01", [ref("X条例")],
     ["doc:X条例@2020-01-01"]),
    ("versions: before both, the latest",
     [doc("X条例", date="2010-01-01"), doc("X条例", date="2020-01-01")], "2001-06-01", [ref("X条例")],
     ["doc:X条例@2020-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize("case, corpus, date, refs, expected", ROWS, ids=[r[0] for r in ROWS])
def test_resolves_to(case, corpus, date, refs, expected):
    _, got = resolve_all([*corpus, doc(CITING, date=date, refs=tuple(refs))])
    assert got == expected


REPEAL = "河南省就业促进条例"
VERSION_ROWS = [
    # (case, corpus before the citing act, role, expected): an act citing its own title
    ("repeals the earlier version in the corpus", [doc(REPEAL, date="2009-05-01")], "SUPERSEDES",
     f"doc:{REPEAL}"),
    ("repeals an earlier version not in the corpus", [], "SUPERSEDES", f"doc:{REPEAL}@before-2022-01-01"),
    ("amends an earlier version not in the corpus", [], "AMENDS", f"doc:{REPEAL}@before-2022-01-01"),
    ("a later namesake is never the repealed one", [doc(REPEAL, date="2024-01-01")], "SUPERSEDES",
     f"doc:{REPEAL}@before-2022-01-01"),
    ("cites its own title: itself", [], "CITES", f"doc:{REPEAL}"),
]  # fmt: skip


@pytest.mark.parametrize("case, corpus, role, expected", VERSION_ROWS, ids=[r[0] for r in VERSION_ROWS])
def test_an_act_citing_its_own_title(case, corpus, role, expected):
    G, (got,) = resolve_all([*corpus, doc(REPEAL, date="2022-01-01", refs=(ref(REPEAL, role=role),))])
    assert got == expected
    if expected.startswith(f"doc:{REPEAL}@before"):
        assert G.nodes[expected]["in_corpus"] is False


@pytest.mark.parametrize("printed", [True, False])
def test_a_notice_repealing_the_earlier_version_of_the_text_it_issues_never_repeals_the_new_one(printed):
    # 广丰, 浮山 (h84): 现将修订后的《X预案》印发给你们 … 2018年…印发的《X预案》同时废止
    plan = "某某区森林火灾应急预案"
    notice = doc(
        f"区政府办公室关于印发《{plan}》的通知",
        date="2019-11-23",
        refs=(ref(plan, role="TRANSMITS"), ref(plan, role="SUPERSEDES")),
    )
    corpus = [doc(plan, date="2019-11-23"), notice] if printed else [notice]  # (the citing document last)
    G, got = resolve_all(corpus)
    assert got[1] == f"doc:{plan}@before-2019-11-23" and G.nodes[got[1]]["in_corpus"] is False
    assert got[0] != got[1]


def test_cited_only_node_by_number_takes_the_title_cited_with_it_elsewhere():
    other = doc("关于B的通知", refs=(ref("关于创业担保贷款的通知", num("豫财金", 2020, 5)),))
    G, (got,) = resolve_all([other, doc(CITING, refs=(ref(None, num("豫财金", 2020, 5)),))])
    assert got == "doc:豫财金〔2020〕5号"
    assert G.nodes[got]["title"] == "关于创业担保贷款的通知"
    assert G.nodes[got]["doc_number_serial"] == 5 and G.nodes[got]["in_corpus"] is False


def test_node_known_by_number_only_is_named_by_the_first_title_cited_with_it():
    G, got = resolve_all(
        [doc(CITING, refs=(ref(None, num("国发", 2021, 3)), ref("关于Y的意见", num("国发", 2021, 3))))]
    )
    assert got == ["doc:国发〔2021〕3号"] * 2
    assert G.nodes["doc:国发〔2021〕3号"]["title"] == "关于Y的意见"


def test_cited_only_node_by_prefix_gets_the_agency_level():
    G, (got,) = resolve_all([doc(CITING, refs=(ref(None, num("国发", 2021, 3)),))])
    assert G.nodes[got]["level"] == "national"


ORDER_ROWS = [
    # (jurisdiction of the citing document, order prefix as printed, doc number after qualifying)
    ("河南省", "省政府令", "河南省人民政府令第120号"),
    ("河南省", "省人民政府令", "河南省人民政府令第120号"),
    ("郑州市", "市政府令", "郑州市人民政府令第120号"),
    ("郑州市", "省政府令", "省政府令第120号"),  # a city's document: the province is not known
    (None, "省政府令", "省政府令第120号"),
    ("河南省", "国务院令", "国务院令第120号"),
]


@pytest.mark.parametrize("place, prefix, expected", ORDER_ROWS)
def test_local_order_numbers_are_qualified_by_the_citing_place(place, prefix, expected):
    r = ref("河南省X办法", num(prefix, None, 120, "order"))
    assert str(qualify_order(r, doc(CITING, jurisdiction=place)).doc_number) == expected


def test_qualified_order_number_reaches_the_cited_node():
    citing = doc(CITING, jurisdiction="河南省", refs=(ref("河南省X办法", num("省政府令", None, 120, "order")),))
    G, (got,) = resolve_all([citing])
    assert got == "doc:河南省X办法"
    assert G.nodes[got]["doc_number"] == "河南省人民政府令第120号"


LEVEL_ROWS = [
    ("中华人民共和国就业促进法", "national"),
    ("国务院关于做好就业工作的意见", "national"),
    ("河南省就业促进条例", "provincial"),
    ("广西壮族自治区就业条例", "provincial"),
    ("郑州市就业创业扶持办法", "municipal"),
    ("河南省人民政府办公厅关于X的通知", "provincial"),
    ("工伤保险条例", "national"),  # a regulation naming no place: the State Council's
    ("就业创业扶持办法", "national"),  # a policy cited without any place: the central one
    ("", "unknown"),
]


@pytest.mark.parametrize("title, level", LEVEL_ROWS)
def test_level_of_a_cited_only_title(title, level):
    assert level_from_title(title, default_registry()) == level


def test_resolver_indexes_only_new_placements_and_keeps_corpus_order():
    G = nx.MultiDiGraph()
    a, b = doc("关于A的通知", num("豫政", 2020, 1)), doc("关于A的通知", date="2021-01-01")
    for node in ("doc:豫政〔2020〕1号", "doc:关于A的通知"):
        G.add_node(node, label="Document", title="关于A的通知", in_corpus=True)
    resolver = Resolver.from_placements(
        G,
        [
            Placement(a, "doc:豫政〔2020〕1号"),
            Placement(b, "doc:关于A的通知"),
            Placement(b, "doc:关于A的通知", new=False),
        ],
    )
    assert resolver.by_title["关于A的通知"] == ["doc:豫政〔2020〕1号", "doc:关于A的通知"]
    assert resolver.by_number == {"豫政〔2020〕1号": "doc:豫政〔2020〕1号"}


@pytest.mark.parametrize(
    "role, expected",
    [
        ("CITES", "doc:豫政〔2021〕2号"),  # a text printed under a notice does not carry the notice's number
        ("TRANSMITS", "doc:支持平台经济发展若干措施"),
    ],
)
def test_a_transmitted_text_is_not_the_document_of_a_number(role, expected):
    notice = doc("关于印发支持平台经济发展若干措施的通知", num("豫政办", 2024, 46))
    measures = dataclasses.replace(doc("支持平台经济发展若干措施"), transmitted_by=0)
    citing = doc(CITING, refs=(ref("支持平台经济发展若干措施", num("豫政", 2021, 2), role=role),))
    _, (got,) = resolve_all([notice, measures, citing])
    assert got == expected


# ---- one node per real document: spellings of one title, numbers with and without their issuer


def cited(title: str | None = None, number: DocNumber | None = None, sentence: str = "", role: str = "CITES"):
    return Reference(role, title, number, Evidence("c.txt", 5, sentence or title or str(number)))


ANNOUNCED = dataclasses.replace(
    doc("国家税务总局关于X有关问题的公告", num("", 2024, 4, "announcement")), issuers=("国家税务总局",)
)
ALIAS_ROWS = [
    # (case, corpus before the citing document, references, expected nodes, reasons of the merges reported)
    ("中华人民共和国 left out: one node, the fullest title", [],
     [cited("劳动合同法"), cited("中华人民共和国劳动合同法")],
     ["doc:中华人民共和国劳动合同法"] * 2, ["中华人民共和国 left out or added"]),
    ("〈〉 and 《》 and spaces", [],
     [cited("最高人民法院关于适用〈中华人民共和国民法典〉的解释"), cited("最高人民法院关于适用《 民法典 》的解释")],
     ["doc:最高人民法院关于适用中华人民共和国民法典的解释"] * 2, ["中华人民共和国 left out or added"]),
    ("a trailing version note", [],
     [cited("中华人民共和国公司法"), cited("公司法（2018年修正）")],
     ["doc:中华人民共和国公司法"] * 2, ["version note (20XX年修正/修订) left out or added"]),
    ("a version note without 年 (a law database's title)", [],
     [cited("X市Y规定"), cited("X市Y规定（2014修订）")],
     ["doc:X市Y规定"] * 2, ["version note (20XX年修正/修订) left out or added"]),
    ("a version note naming the amending order", [doc("国家Z奖励条例（国务院令第638号第二次修订）")],
     [cited("国家Z奖励条例")], ["doc:国家Z奖励条例（国务院令第638号第二次修订）"],
     ["中华人民共和国 left out or added"]),  # (the reason the alias key's merge reports)
    ("in the corpus, cited without 中华人民共和国", [doc("中华人民共和国就业促进法", date="2015-04-24")],
     [cited("就业促进法")], ["doc:中华人民共和国就业促进法"], ["中华人民共和国 left out or added"]),
    ("issuer before 关于", [doc("河南省人民政府关于稳就业的意见")], [cited("关于稳就业的意见")],
     ["doc:河南省人民政府关于稳就业的意见"], ["issuer before 关于 left out or added"]),
    ("title only, then with its number", [],
     [cited("关于Y的意见"), cited("关于Y的意见", num("人社部发", 2021, 26))],
     ["doc:人社部发〔2021〕26号"] * 2, ["the doc number it is cited with (here or in another mention of the title)"]),
    ("number with title, then title only", [],
     [cited("关于Y的意见", num("人社部发", 2021, 26)), cited("《关于Y的意见》")],
     ["doc:人社部发〔2021〕26号"] * 2, ["the doc number it is cited with (here or in another mention of the title)"]),
    ("announcement number with its issuer", [ANNOUNCED],
     [cited(None, num("", 2024, 4, "announcement"), "根据国家税务总局公告2024年第4号规定")],
     ["doc:国家税务总局公告2024年第4号"], []),
    ("announcement number without its issuer (one such in the corpus)", [ANNOUNCED],
     [cited(None, num("", 2024, 4, "announcement"), "按2024年第4号公告执行")],
     ["doc:国家税务总局公告2024年第4号"], ["announcement number with or without its issuer"]),
    ("an issuer's announcement the corpus lacks", [ANNOUNCED],
     [cited("财政部 税务总局关于Z的公告", num("", 2024, 4, "announcement"))],
     ["doc:财政部公告2024年第4号"], []),
    ("order number with 中华人民共和国", [doc("X条例", num("国务院令", None, 706, "order"))],
     [cited(None, num("中华人民共和国国务院令", None, 706, "order"))],
     ["doc:国务院令第706号"], ["order number with or without 中华人民共和国"]),
    ("different versions stay apart", [doc("X条例", date="2010-01-01"), doc("X条例", date="2020-01-01")],
     [cited("X条例（2010年修订）"), cited("X条例")], ["doc:X条例", "doc:X条例@2020-01-01"],
     ["version note (20XX年修正/修订) left out or added"]),
]  # fmt: skip


@pytest.mark.parametrize("case, corpus, refs, expected, reasons", ALIAS_ROWS, ids=[r[0] for r in ALIAS_ROWS])
def test_spellings_of_one_document_meet_in_one_node(case, corpus, refs, expected, reasons):
    G, resolver, citing = resolver_of([*corpus, doc(CITING, date="2024-01-01", refs=tuple(refs))])
    assert [resolver.resolve(r, citing) for r in refs] == expected
    assert [m.reason for m in resolver.merges] == reasons


def test_a_merged_spelling_is_kept_as_an_alias():
    G, got = resolve_all([doc(CITING, refs=(cited("社会保险法"), cited("中华人民共和国社会保险法")))])
    assert G.nodes[got[0]]["title"] == "中华人民共和国社会保险法" and G.nodes[got[0]]["aliases"] == ["社会保险法"]


def test_a_provincial_act_never_repeals_a_national_law_in_the_corpus():
    law = dataclasses.replace(doc("中华人民共和国产品质量法"), level="national")
    other = doc("关于X的通知", refs=(cited("中华人民共和国产品质量法"),))  # the fullest spelling cited elsewhere
    local = dataclasses.replace(
        doc("浙江省产品质量监督条例", refs=(cited("产品质量法", role="SUPERSEDES"),)), level="provincial"
    )
    G, (got,) = resolve_all([law, other, local])
    assert got == "doc:产品质量法" and G.nodes[got]["in_corpus"] is False


# ---- reference catalogues: the packaged laws, an earlier build


LAWS = Catalogue(
    [
        Entry("doc:工伤保险条例@2003-04-27", "工伤保险条例", date="2003-04-27", level="national", status="superseded",
              repealed_on="2011-01-01"),
        Entry("doc:工伤保险条例", "工伤保险条例", date="2010-12-20", effective_date="2011-01-01", level="national",
              issuers=("国务院",), category="行政法规", status="in_force"),
        Entry("doc:最高人民法院关于X的规定", "最高人民法院关于X的规定", date="2020-06-22", level="national"),
    ],
    name="laws",
)  # fmt: skip
CATALOGUE_ROWS = [
    # (case, citing date, reference, expected node, expected properties)
    ("the version in force when cited", "2015-01-01", cited("《工伤保险条例》"), "doc:工伤保险条例",
     {"date": "2010-12-20", "source": "catalogue", "category": "行政法规", "issuers": ["国务院"]}),
    ("an earlier version for an earlier citing document", "2008-01-01", cited("工伤保险条例"),
     "doc:工伤保险条例@2003-04-27", {"repealed_on": "2011-01-01"}),
    ("cited with a number the entry lacks: the number is its id", "2024-01-01",
     cited("最高人民法院关于X的规定", num("法释", 2020, 3)), "doc:法释〔2020〕3号",
     {"doc_number": "法释〔2020〕3号", "date": "2020-06-22", "source": "catalogue"}),
    ("not in the catalogue: what the mention tells", "2024-01-01", cited("河南省X条例"), "doc:河南省X条例",
     {"level": "provincial", "source": "mention"}),
]  # fmt: skip


@pytest.mark.parametrize("case, date, ref, node, props", CATALOGUE_ROWS, ids=[r[0] for r in CATALOGUE_ROWS])
def test_cited_documents_take_what_the_catalogue_knows(case, date, ref, node, props):
    G, (got,) = resolve_all([doc(CITING, date=date, refs=(ref,))], catalogues=(LAWS,))
    assert got == node
    assert {k: G.nodes[got].get(k) for k in props} == props
    assert G.nodes[got]["in_corpus"] is False


def test_an_earlier_build_is_a_catalogue_of_its_documents():
    province = nx.MultiDiGraph()
    province.add_node("doc:豫政〔2022〕18号", label="Document", title="河南省人民政府关于印发稳就业若干政策措施的通知",
                      doc_number="豫政〔2022〕18号", date="2022-05-10", level="provincial", in_corpus=True,
                      status="in_force")  # fmt: skip
    reference = catalogue_from_graph(province, name="out-henan")
    G, got = resolve_all(
        [
            doc(
                CITING,
                refs=(cited(None, num("豫政", 2022, 18)), cited("河南省人民政府关于印发稳就业若干政策措施的通知")),
            )
        ],
        catalogues=(reference,),
    )
    assert got == ["doc:豫政〔2022〕18号"] * 2
    assert G.nodes[got[0]]["source"] == "reference" and G.nodes[got[0]]["date"] == "2022-05-10"
