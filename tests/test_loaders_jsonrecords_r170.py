"""JSON records of other shapes (part h183): a law store's record with its articles in a nested array, a policy
radar's items with nested link objects, metadata records titled by a 公示, issuer and date fields of law stores,
and a record's place fields placing the short department names of its text.  Invented names and records."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# a law store's record: the articles in a nested provisions array (each an untitled object with a content)
LAW_RECORD = """{
  "id": "0001",
  "type": "statute",
  "title": "关于在某某城市设立某某法院的决定",
  "issued_date": "1990-03-02",
  "in_force_date": "1990-04-01",
  "issuing_body": "全国人民代表大会常务委员会",
  "provisions": [
    {
      "provision_ref": "1",
      "title": "",
      "content": "根据《中华人民共和国某某组织法》，在某某城市设立某某法院。"
    },
    {
      "provision_ref": "2",
      "title": "",
      "content": "本决定自公布之日起施行。"
    }
  ],
  "definitions": []
}"""

# a radar's items: each with a nested sourceLinks array whose sourceName is a site's column
RADAR_ITEMS = """{
  "meta": {"generatedAt": "2026-01-02T00:00:00Z", "scope": "某省优先"},
  "items": [
    {
      "id": "a1",
      "title": "关于组织2026年度某某资金项目申报的通知",
      "regionName": "江西省",
      "publisherName": "江西省教育厅",
      "summary": "各有关单位：根据《某某资金管理办法》，现将2026年度某某资金项目申报有关事项通知如下。一、申报范围",
      "publishedAt": "2026-01-02",
      "sourceLinks": [
        {"label": "打开官网原文", "url": "https://example.gov.cn/1.html", "sourceName": "乙区通知公告"}
      ]
    },
    {
      "id": "a2",
      "title": "关于开展2026年度某某评选工作的通知",
      "regionName": "江西省",
      "publisherName": "江西省教育厅",
      "summary": "各有关单位：为做好某某评选工作，按照《某某评选办法》要求，现将有关事项通知如下。一、评选对象",
      "sourceLinks": [
        {"label": "打开官网原文", "url": "https://example.gov.cn/2.html", "sourceName": "乙区通知公告"}
      ]
    }
  ]
}"""

# metadata records: a 公示's title, a placeholder summary, the department's site column as the source
PUBLICITY_RECORDS = """{
  "generatedAt": "2026-01-02T00:00:00Z",
  "policies": [
    {
      "id": "p1",
      "title": "2025年某某中学招聘第二批拟聘用人员公示",
      "summary": "来自官方来源列表页，详情请打开原文核对。",
      "publishedAt": "2026-01-02T01:00:00.000Z",
      "sourceName": "甘肃省教育厅公示公告（教师招聘）",
      "sourceUrl": "https://example.gov.cn/3.html"
    },
    {
      "id": "p2",
      "title": "某某学校教师招聘办法",
      "summary": "来自官方来源列表页，详情请打开原文核对。",
      "publishedAt": "2026-01-03T01:00:00.000Z",
      "sourceName": "甘肃省教育厅公示公告（教师招聘）",
      "sourceUrl": "https://example.gov.cn/4.html"
    }
  ]
}"""

# a JSONL index: issuing_authority and a promulgation date; a posting time and an effective date date nothing
LAW_INDEX = (
    '{"path": "a.md", "title": "中华人民共和国某某法", "issuing_authority": "全国人民代表大会常务委员会", '
    '"promulgation_date": "2019-06-30", "effective_date": "2020-01-01", "retrieved_at": "2026-01-01T00:00:00Z"}\n'
    '{"path": "b.md", "title": "中华人民共和国某某条例", "issuing_authority": "国务院", '
    '"publish_date": "2026-01-05", "effective_date": "2021-01-01"}\n'
)

# the record's place fields place 省… and 市… of a text that names no province
PLACED_RECORDS = """{
  "items": [
    {
      "title": "省经信厅关于开展某某企业培育工作的通知",
      "regionName": "江西省",
      "cityName": null,
      "summary": "各设区市工业和信息化局：为加快培育某某企业，现将有关事项通知如下。一、培育对象为各地某某企业。"
    },
    {
      "title": "市科技局关于征集某某技术产品的通知",
      "regionName": "江西省",
      "cityName": "赣州市",
      "summary": "各有关单位：为推动某某技术产品推广应用，现将征集有关事项通知如下。一、征集范围为某某技术产品。"
    }
  ]
}"""

# no place field: the province the file names first places a record's 省…
FILE_PLACED_RECORDS = """[
  {"title": "甘肃省某某工作方案", "content": "为推进甘肃省某某工作，制定本方案。一、工作目标为到2027年基本建成某某体系。"},
  {"title": "省发展改革委关于组织申报某某项目的通知", "content": "各市州发展改革委：为做好某某项目申报工作，现将有关事项通知如下。"}
]"""


def _docs(text: str, name: str = "records.json"):
    return parse_text(text, name).documents


def test_a_law_record_with_provisions_is_one_document():
    docs = _docs(LAW_RECORD)
    assert [(d.title, d.issuers, d.date, d.source_line) for d in docs] == [
        ("关于在某某城市设立某某法院的决定", ("全国人民代表大会常务委员会",), "1990-03-02", 4)
    ]
    refs = [(r.title, r.role.value, r.evidence.line) for r in docs[0].references]
    assert ("中华人民共和国某某组织法", "BASED_ON", 12) in refs


def test_a_nested_link_object_is_no_record():
    docs = _docs(RADAR_ITEMS)
    assert [(d.title, d.source_line, d.issuers) for d in docs] == [
        ("关于组织2026年度某某资金项目申报的通知", 6, ("江西省教育厅",)),
        ("关于开展2026年度某某评选工作的通知", 17, ("江西省教育厅",)),
    ]
    assert all(d.date is None for d in docs)  # (publishedAt: a posting time)


def test_a_publicity_title_and_a_source_column_naming_its_body():
    docs = _docs(PUBLICITY_RECORDS)
    assert [(d.title, d.source_line, d.issuers, d.date) for d in docs] == [
        ("2025年某某中学招聘第二批拟聘用人员公示", 6, ("甘肃省教育厅",), None),
        ("某某学校教师招聘办法", 14, ("甘肃省教育厅",), None),
    ]


def test_a_site_name_as_source_names_no_body():
    text = PUBLICITY_RECORDS.replace("甘肃省教育厅公示公告（教师招聘）", "某某网通知公告")
    assert [(d.title, d.issuers) for d in _docs(text)] == [
        ("2025年某某中学招聘第二批拟聘用人员公示", ()),
        ("某某学校教师招聘办法", ()),
    ]


@pytest.mark.parametrize(
    ("line", "title", "issuers", "date"),
    [
        (1, "中华人民共和国某某法", ("全国人民代表大会常务委员会",), "2019-06-30"),
        (2, "中华人民共和国某某条例", ("国务院",), None),
    ],
)
def test_issuing_authority_and_promulgation_date_fields(line, title, issuers, date):
    docs = {d.source_line: d for d in _docs(LAW_INDEX, "index.jsonl")}
    assert (docs[line].title, docs[line].issuers, docs[line].date) == (title, issuers, date)


def test_a_records_place_fields_place_its_short_department_names():
    docs = _docs(PLACED_RECORDS)
    assert [d.issuers for d in docs] == [("江西省经济和信息化厅",), ("赣州市科学技术局",)]


def test_the_files_province_places_a_record_naming_none():
    docs = {d.title: d for d in _docs(FILE_PLACED_RECORDS)}
    assert docs["省发展改革委关于组织申报某某项目的通知"].issuers == ("甘肃省发展和改革委员会",)


# a record's text cut to one line: the signature run on after the attachment list's last title, the issued text after
ISSUING_NOTICE = (
    "省经信厅关于印发《江西省某某工作项目申报指南》的通知\n"
    "各设区市工业和信息化局：为贯彻落实省委、省政府工作部署，依据省财政厅印发的《某某资金管理细则（试行）》，"
    "现将我厅编制的《江西省某某工作项目申报指南》印发你们，请遵照执行。附件：《江西省某某工作项目申报指南》"
    "江西省经济和信息化厅2026年5月13日 附件江西省某某工作项目申报指南为做好某某工作，制定本申报指南。"
    "一、目标任务每年安排资金。\n"
)


def test_a_signature_run_on_after_the_attachment_lists_title_dates_the_notice():
    docs = parse_text(ISSUING_NOTICE, "page.txt").documents
    assert [(d.title, d.date) for d in docs][:1] == [
        ("省经信厅关于印发《江西省某某工作项目申报指南》的通知", "2026-05-13")
    ]


def test_a_term_running_until_a_text_expires_repeals_nothing():
    text = (
        "江西省某某厅关于印发江西省某某工作实施方案的通知\n"
        "各设区市：现将《江西省某某工作实施方案》印发你们，请参照执行。\n"
        "江西省某某厅\n2026年5月13日\n"
        "江西省某某工作实施方案\n"
        "按照省委、省政府工作部署，结合《某某资金管理细则（试行）》（以下简称《细则》），制定本实施方案。\n"
        "一、签署协议。省某某厅与受托管理机构签署服务协议，服务期自协议签订时起至省财政厅变更受托管理机构或《细则》"
        "失效时止。\n"
    )
    docs = parse_text(text, "page.txt").documents
    refs = [(r.role, r.title) for d in docs for r in d.references]
    assert ("CITES", "某某资金管理细则（试行）") in refs
    assert [r for r in refs if r[0] == "SUPERSEDES"] == []


@pytest.mark.parametrize(
    ("title", "issuers"),
    [
        ("江西省经信厅办公室关于征集某某典型应用场景的通知", ("江西省经济和信息化厅办公室",)),
        ("省经信厅办公室关于征集某某典型应用场景的通知", ("江西省经济和信息化厅办公室",)),
    ],
)
def test_an_office_of_a_department_named_short_is_named_in_full(title, issuers):
    text = f"{title}\n各设区市工业和信息化局：为做好江西省某某工作，现将有关事项通知如下。一、征集范围为某某场景。\n"
    docs = parse_text(text, "page.txt").documents
    assert docs[0].issuers == issuers
