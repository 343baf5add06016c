"""The one description of the policy graph: node labels, relationship types, properties.

Everything else derives from this module: the JSON Schema of ``graph.json``
(:func:`graph_json_schema`), the Neo4j constraints, the RDF mapping and the
schema table of docs/graph-json.md.  Add a property here and every consumer sees it.

>>> NODE_LABELS["Document"].key
'id'
>>> sorted(REL_TYPES)[:3]
['AMENDS', 'BASED_ON', 'CITES']
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 2
# graph.json versions this version reads: 1 lacks the properties version 2 added (year, unit,
# aliases, status_zh …), all optional, so a version-1 file is a valid graph with fewer facts.
READABLE_VERSIONS = (1, 2)


@dataclass(frozen=True)
class Prop:
    """One property of a node or relationship."""

    name: str
    type: str  # "string" | "integer" | "boolean" | "date" | "string[]" | "date[]"
    doc: str
    required: bool = False


@dataclass(frozen=True)
class NodeLabel:
    name: str
    doc: str
    props: tuple[Prop, ...]
    key: str = "id"  # unique key (the node id of graph.json; stored as property `id` in Neo4j)
    lookups: tuple[str, ...] = ()  # properties people look nodes up by: indexed in Neo4j

    def prop(self, name: str) -> Prop:
        return next(p for p in self.props if p.name == name)


@dataclass(frozen=True)
class RelType:
    name: str
    doc: str
    source: str  # node label
    target: str  # node label
    props: tuple[Prop, ...] = field(default_factory=tuple)
    trigger: str = ""  # the wording that produces it, for the docs' schema table


# Evidence carried by every extracted relationship.
EVIDENCE = (
    Prop("file", "string", "Source file the relationship was read from (as given on the command line).", True),
    Prop("line", "integer", "1-based line in that file where the evidence sentence starts.", True),
    Prop("text", "string", "The sentence the relationship was read from.", True),
    Prop("page", "integer", "1-based page of a paged source (PDF) where the evidence starts; absent otherwise."),
    Prop("page_line", "integer", "1-based line on that page (with page)."),
)

DOCUMENT = NodeLabel(
    "Document",
    "A policy document: a law, regulation, notice, opinion, measure … Cited documents that are not in "
    "the corpus are Documents too, with in_corpus=false.",
    (
        Prop(
            "title",
            "string",
            'Full title, e.g. 河南省地震安全性评价管理办法; "" when the text prints no title (the node\'s id then '
            "names it by its number or its file; the RDF export gives such a document no eli:title).",
            False,
        ),
        Prop("doc_number", "string", "发文字号, normalised: 豫政办〔2024〕46号, 河南省人民政府令第227号, 2024年第4号."),
        Prop("doc_number_prefix", "string", "Prefix of the doc number: 豫政办, 国发, 河南省人民政府令."),
        Prop("doc_number_year", "integer", "Year of the doc number."),
        Prop("doc_number_serial", "integer", "Serial of the doc number."),
        Prop("doc_type", "string", "文种: 通知, 意见, 办法, 方案, 规定, 公告, 令, 条例, 法, 决定 …"),
        Prop("date", "date", "Issue (成文/公布) date, YYYY-MM-DD."),
        Prop(
            "effective_date", "date", "自…起施行 date, YYYY-MM-DD (a text without one takes its notice's: dates_from)."
        ),
        Prop("expiry_date", "date", "有效期至 date, YYYY-MM-DD (a text without one takes its notice's: dates_from)."),
        Prop(
            "year",
            "integer",
            "Year of issue: of the date, else of the doc number, of its notice's doc number, a mention, the title "
            "(year_from says which).",
        ),
        Prop("date_precision", "string", "day | year: how precisely the document's issue is dated."),
        Prop("year_from", "string", "date | doc_number | notice | mention | title: where year was read."),
        Prop("passed_date", "date", "通过 date of a law or regulation (first passing), from a catalogue."),
        Prop("amended_dates", "date[]", "修正/修订 dates of a law or regulation, from a catalogue."),
        Prop(
            "category", "string", "法律 | 行政法规 | 部门规章 | 司法解释 | 地方性法规 | 党内法规 …, from a catalogue."
        ),
        Prop("level", "string", "national | provincial | municipal | district | unknown."),
        Prop("level_from", "string", "title: the level and jurisdiction were read from the title (no issuer named)."),
        Prop("jurisdiction", "string", "Place whose government or department issued it: 河南省, 郑州市 …"),
        Prop("issuers", "string[]", "Canonical names of the issuing agencies (also as ISSUED_BY edges)."),
        Prop("status", "string", "in_force | superseded | expired | not_yet_in_force | unknown, as of status_as_of."),
        Prop("status_zh", "string", "The status in Chinese: 现行有效 | 已废止 | 已失效 | 尚未施行 | 时效不明."),
        Prop("status_as_of", "date", "The date the status was computed for."),
        Prop("superseded_by", "string[]", "Ids of documents that supersede this one (or its notice unit)."),
        Prop(
            "repealed_on",
            "date",
            "Date it was repealed: the repealing document's effective date, else its date (or a catalogue's).",
        ),
        Prop("in_corpus", "boolean", "True when the document's text is in the corpus, false when only cited.", True),
        Prop("source_file", "string", "File the document was found in (in-corpus documents)."),
        Prop("source_line", "integer", "1-based line of its title in source_file."),
        Prop("end_line", "integer", "1-based last line of its text in source_file."),
        Prop(
            "printed_also_in",
            "string[]",
            "Other files that print the same document (file:line): a second site's copy, a reprint, merged here.",
        ),
        Prop("source_page", "integer", "1-based page of its title in a paged source_file (PDF)."),
        Prop("source_page_line", "integer", "1-based line of its title on source_page."),
        Prop("transmitted_by", "string", "Id of the notice that transmits this text (关于印发《X》的通知)."),
        Prop(
            "unit",
            "string",
            "Id of the notice heading its publication unit (a notice and the texts it issues, TRANSMITS); "
            "count-based questions count a unit once.",
        ),
        Prop("dates_from", "string", "Id of the unit member whose dates it took (the notice that issued it)."),
        Prop(
            "aliases",
            "string[]",
            "Other titles it is cited under (中华人民共和国 or a version note left out …); meta.merges says why.",
        ),
        Prop(
            "source", "string", "Cited-only documents: mention | catalogue | reference — where their facts come from."
        ),
    ),
    lookups=("doc_number", "title", "unit"),
)

AGENCY = NodeLabel(
    "Agency",
    "An issuing body (发文机关). Joint issuance gives several ISSUED_BY edges.",
    (
        Prop("name", "string", "Canonical full name, e.g. 河南省人民政府办公厅.", True),
        Prop("aliases", "string[]", "Other names and abbreviations: 省政府办公厅."),
        Prop("level", "string", "national | provincial | municipal | district | unknown."),
        Prop("jurisdiction", "string", "Place it governs: 中华人民共和国, 河南省, 郑州市 …"),
        Prop("parent", "string", "Canonical name of the body it belongs to."),
        Prop("known", "boolean", "False for an issuer the registry does not know (kept as written).", True),
    ),
    lookups=("name",),
)

BENEFICIARY_GROUP = NodeLabel(
    "BeneficiaryGroup",
    "A group a document supports, from the taxonomy in ontology/beneficiaries.toml.",
    (
        Prop("name", "string", "Preferred name, e.g. 高校毕业生.", True),
        Prop("synonyms", "string[]", "Other names found in text: 应届毕业生, 大学毕业生 …"),
        Prop("broader", "string[]", "All broader groups, nearest first: [重点群体]."),
    ),
    lookups=("name",),
)

NODE_LABELS: dict[str, NodeLabel] = {n.name: n for n in (DOCUMENT, AGENCY, BENEFICIARY_GROUP)}

_DOC_EDGE_PROPS = EVIDENCE + (
    Prop("cited_as", "string", "How the target was named: its 《title》, its doc number, or both."),
)

REL_TYPES: dict[str, RelType] = {
    r.name: r
    for r in (
        RelType(
            "ISSUED_BY",
            "The document was issued by the agency.",
            "Document",
            "Agency",
            (
                Prop("file", "string", "Source file."),
                Prop("line", "integer", "Line of the issuer."),
                Prop("page", "integer", "Page of that line in a paged source (PDF)."),
                Prop("page_line", "integer", "Line on that page."),
            ),
        ),
        RelType(
            "BASED_ON",
            "The document is made on the legal basis of the target.",
            "Document",
            "Document",
            _DOC_EDGE_PROPS,
            "根据/依据/依照/按照《…》",
        ),
        RelType(
            "IMPLEMENTS",
            "The document carries out the target policy.",
            "Document",
            "Document",
            _DOC_EDGE_PROPS,
            "贯彻落实/落实/贯彻/…精神",
        ),
        RelType(
            "SUPERSEDES",
            "The document repeals or replaces the target.",
            "Document",
            "Document",
            _DOC_EDGE_PROPS,
            "…同时废止 / 废止 / 停止执行",
        ),
        RelType(
            "AMENDS",
            "The document changes the target.",
            "Document",
            "Document",
            _DOC_EDGE_PROPS,
            "关于修改《…》的决定 / 对《…》作如下修改",
        ),
        RelType("CITES", "Any other mention of the target.", "Document", "Document", _DOC_EDGE_PROPS, "《…》 / 文号"),
        RelType(
            "TRANSMITS",
            "A notice transmits the text: 关于印发《X》的通知 → X.",
            "Document",
            "Document",
            _DOC_EDGE_PROPS,
            "关于印发/转发/发布《X》的通知",
        ),
        RelType(
            "TARGETS",
            "The document grants support, a subsidy, a service or a right to the group.",
            "Document",
            "BeneficiaryGroup",
            EVIDENCE,
            "对/给予/支持/补贴 + group",
        ),
    )
}

DOCUMENT_EDGE_TYPES = ("BASED_ON", "IMPLEMENTS", "SUPERSEDES", "AMENDS", "CITES", "TRANSMITS")

LEVELS = ("national", "provincial", "municipal", "district", "unknown")
STATUSES = ("in_force", "superseded", "expired", "not_yet_in_force", "unknown")
STATUSES_ZH = ("现行有效", "已废止", "已失效", "尚未施行", "时效不明")  # in the order of STATUSES
DATE_PRECISIONS = ("day", "year")
YEAR_SOURCES = ("date", "doc_number", "notice", "mention", "title")
SOURCES = ("mention", "catalogue", "reference")
# The statuses in the terms Chinese readers use (法规数据库: 现行有效 / 已废止 / 已失效 / 尚未施行).
STATUS_TERMS = {
    "in_force": "现行有效",
    "superseded": "已废止",
    "expired": "已失效",
    "not_yet_in_force": "尚未施行",
    "unknown": "效力不明",
}

_JSON_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    "string[]": {"type": "array", "items": {"type": "string"}},
    "date[]": {"type": "array", "items": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}},
}


def _props_schema(props: tuple[Prop, ...]) -> dict:
    return {
        "type": "object",
        "properties": {p.name: {**_JSON_TYPES[p.type], "description": p.doc} for p in props},
        "required": [p.name for p in props if p.required],
    }


def graph_json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of graph.json, derived from the tables above."""
    node_variants = [
        {
            "type": "object",
            "required": ["id", "label", "properties"],
            "properties": {
                "id": {"type": "string"},
                "label": {"const": n.name, "description": n.doc},
                "properties": _props_schema(n.props),
            },
        }
        for n in NODE_LABELS.values()
    ]
    edge_variants = [
        {
            "type": "object",
            "required": ["source", "target", "type", "properties"],
            "properties": {
                "source": {"type": "string"},
                "target": {"type": "string"},
                "type": {"const": r.name, "description": r.doc},
                "properties": _props_schema(r.props),
            },
        }
        for r in REL_TYPES.values()
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://policykg.example.org/schema/graph.json",
        "title": "policykg graph.json",
        "type": "object",
        "required": ["schema_version", "nodes", "edges"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "nodes": {"type": "array", "items": {"oneOf": node_variants}},
            "edges": {"type": "array", "items": {"oneOf": edge_variants}},
            "meta": {"type": "object", "description": "Build summary: inputs, counts, warnings."},
        },
    }


def schema_markdown() -> str:
    """The schema table of docs/graph-json.md, derived from the tables above (scripts/gen_docs.py)."""
    rows = ["| element | property | type | required | meaning |", "|---|---|---|---|---|"]
    for n in NODE_LABELS.values():
        rows.append(f"| **:{n.name}** | `id` | string | yes | {n.doc} |")
        rows.extend(f"| | `{p.name}` | {p.type} | {'yes' if p.required else ''} | {p.doc} |" for p in n.props)
    for r in REL_TYPES.values():
        trig = f" Read from: {r.trigger}." if r.trigger else ""
        rows.append(f"| **[:{r.name}]** ({r.source}→{r.target}) | | | | {r.doc}{trig} |")
        rows.extend(f"| | `{p.name}` | {p.type} | {'yes' if p.required else ''} | {p.doc} |" for p in r.props)
    return "\n".join(rows)
