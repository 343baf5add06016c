"""A crawler's or a portal search API's JSON records saved as text: each record one document (r146).

Snippets modelled on saved search answers (FileName / DOCCONTENT, BT / FWZH / CWRQ / ZW, title / content /
document_number) and a crawler's array of news records, with invented names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text
from policykg.loaders.reading import TEXT_SUFFIXES

# two records of a provincial policy library's answer: FileName, a posting time, the text on one line with
# its breaks escaped, a highlight snippet array, the number and the posting body
SEARCH_ANSWER = """            {
                "FileName": "关于开展甲类项目考核评价工作的通知",
                "PUBDATE": "2021-11-18T07:23:00.000Z",
                "IdxID": "0110000X/2021-00001",
                "DOCCONTENT": "\\n　　各市、州住建局：\\n　　为贯彻落实《国务院办公厅关于全面治理甲类问题的意见》（国办发〔2016〕9号），经研究，决定开展考核评价。现就有关事项通知如下：\\n　　一、加强组织领导。各地要高度重视，明确责任单位。\\n　　二、统一评价标准。各市州可参照《甲省甲类工作考评标准》（详见附件1）进行考核评价。\\n　　附件：\\n　　1.甲省甲类工作考评标准\\n　　2.某某联络员信息表\\n　　甲市住房和城乡建设局\\n　　2021年11月16日\\n　　（此件公开发布）",
                "DOCID": 1001,
                "highlight": {
                    "DOCCONTENT": [
                        "根据《国务院办公厅关于全面治理甲类问题的<em>意见</em>》（国办发〔2016〕9号）"
                    ]
                },
                "DOCTITLE": "关于开展甲类项目考核评价工作的通知",
                "fileNum": "某建〔2021〕17号",
                "publisher": "甲市住房和城乡建设局"
            },
            {
                "FileName": "甲省教育厅办公室关于公布乙类课程遴选结果的通知",
                "PUBDATE": "2021-11-18T06:56:00.000Z",
                "DOCCONTENT": "\\n　　各市、州教育局：\\n　　根据《甲省教育厅办公室关于开展乙类课程遴选工作的通知》（某教办函〔2021〕4号），经各地推荐、专家评审，现将遴选结果予以公布。\\n　　甲省教育厅办公室\\n　　2021年11月15日",
                "fileNum": "无",
                "publisher": "基础教育处"
            },
"""

# a municipal library's record: pinyin field names, the whole text in ZW printing the title again (a space
# inside), no signature; CWRQ the 成文 date, FBRQ the posting, FWJG_name the issuer
PINYIN_RECORD = """            {
                "BT": "关于印发贯彻落实《甲类审查制度实施细则》措施的通知",
                "FBRQ": "2021-11-16T00:00:00.000+0800",
                "FWZH": "津甲监管〔2021〕5号",
                "CWRQ": "2021-11-05T00:00:00.000+0800",
                "FWJG_name": "天津市市场监督管理委员会",
                "ZW": "关于印发贯彻落实《甲类审查制度实施细则》 措施的通知   各区甲类审查工作联席会议成员单位：为深入贯彻落实有关决策部署，落实《关于印发<甲类审查制度实施细则>的通知》（国甲监规〔2021〕2号），现将有关措施印发给你们，请认真贯彻执行。"
            }
"""

# a county's search answer: the content field before the title field, cited titles with HTML entities
ENTITY_RECORDS = """{
    "msg": "success",
    "data": {
        "data": [
            {
                "gk_doccontent": "各乡镇人民政府、县各有关单位：根据《某自治区党委办公厅、自治区人民政府办公厅印发&lt;关于深化乙类改革的实施意见&gt;的通知》（某党办发〔2019〕22号）精神，结合我县实际，现将有关事项通知如下。\\n2021年10月19日",
                "docno": "丙政发〔2021〕58号",
                "title": "丙县人民政府关于印发《第二批乙类清单》的通知",
                "docpubtime": "2021-10-19 17:16:43"
            },
"""

# a crawler's array of a ministry's news records: headlines, no document's title
NEWS_RECORDS = """  {
    "seq": 6,
    "tag": "[正文] 丁类",
    "title": "某副部长会见某国代表团一行",
    "docDate": "2025-12-08",
    "content": "2024年11月26日，某部副部长在北京会见了某国代表团一行，双方就落实两国元首共识、推动丁类合作交换了意见。\\n双方表示将继续加强沟通。"
  },
  {
    "seq": 7,
    "tag": "[正文] 丁类",
    "title": "某市发布“丁类+戊类”首批能力清单",
    "docDate": "2025-12-08",
    "content": "为深入贯彻落实国家关于发展丁类的战略部署，某市科学技术局面向全社会发布了《某市丁类能力清单》，涵盖十余个领域。\\n清单发布后反响良好。"
  },
"""

# a portal's API answer for one page: its title field names a guide (no document kind), the content value
# saved with a raw line break and cut by the excerpt
ONE_PAGE = (
    '{"status":true,"msg":"接口访问成功!","data":{"title":"甲市政府信息公开指南","url":"202407/abc.shtml",'
    '"publishedTime":"2024-07-04 12:00:32","content":"\n为更好地提供政府信息公开服务，根据《中华人民共和国'
    "政府信息公开条例》的规定<\\/font>，制定本指南。<\\/span> 一、政府信息公开机构及职责"
)


def _docs(text: str):
    return parse_text(text, "page.txt").documents


def test_search_answer_records_are_documents_titled_by_their_fields():
    docs = _docs(SEARCH_ANSWER)
    got = [(d.title, d.doc_number and str(d.doc_number), d.issuers, d.date, d.source_line) for d in docs]
    assert got == [
        ("关于开展甲类项目考核评价工作的通知", "某建〔2021〕17号", ("甲市住房和城乡建设局",), "2021-11-16", 2),
        ("甲省教育厅办公室关于公布乙类课程遴选结果的通知", None, ("甲省教育厅办公室",), "2021-11-15", 17),
    ]


def test_record_references_point_at_the_content_line_and_snippets_add_none():
    first, second = _docs(SEARCH_ANSWER)
    assert [(r.title, r.evidence.line) for r in first.references] == [("国务院办公厅关于全面治理甲类问题的意见", 5)]
    assert [(r.title, r.evidence.line) for r in second.references] == [
        ("甲省教育厅办公室关于开展乙类课程遴选工作的通知", 19)
    ]


def test_pinyin_fields_give_number_issuer_and_written_date_not_the_posting():
    (d,) = _docs(PINYIN_RECORD)
    assert (d.title, str(d.doc_number), d.issuers, d.date, d.source_line) == (
        "关于印发贯彻落实《甲类审查制度实施细则》措施的通知",
        "津甲监管〔2021〕5号",
        ("天津市市场监督管理委员会",),
        "2021-11-05",
        7,
    )


def test_html_entities_in_a_record_are_the_characters_they_stand_for():
    (d,) = _docs(ENTITY_RECORDS)
    assert (d.title, str(d.doc_number), d.date, d.source_line) == (
        "丙县人民政府关于印发《第二批乙类清单》的通知",
        "丙政发〔2021〕58号",
        "2021-10-19",
        8,
    )
    assert [(r.title, r.evidence.line) for r in d.references] == [
        ("某自治区党委办公厅、自治区人民政府办公厅印发《关于深化乙类改革的实施意见》的通知", 6)
    ]


def test_news_records_without_a_documents_title_give_no_documents():
    result = parse_text(NEWS_RECORDS, "page.txt")
    assert result.documents == ()
    assert [p.kind for p in result.problems] == ["no-documents"]


def test_one_page_answer_is_titled_by_its_title_field_though_cut():
    (d,) = _docs(ONE_PAGE)
    assert (d.title, d.source_line) == ("甲市政府信息公开指南", 1)
    assert [(r.title, r.evidence.line) for r in d.references] == [("中华人民共和国政府信息公开条例", 2)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a text cut from a page's source: &lt; &gt; around an inner title
            "甲市人民政府关于印发X方案的通知\n甲政发〔2021〕5号\n各县人民政府：\n"
            "根据《乙省人民政府办公厅印发&lt;关于推进Y工作的实施意见&gt;的通知》（乙政办发〔2020〕3号）精神，"
            "现将《X方案》印发给你们，请认真贯彻执行。\n甲市人民政府\n2021年3月1日\n",
            "乙省人民政府办公厅印发<关于推进Y工作的实施意见>的通知",
        ),
        (  # &quot; and a numeric reference
            "甲市人民政府关于印发X方案的通知\n甲政发〔2021〕5号\n各县人民政府：\n"
            "根据《乙省关于推进&quot;一网通办&quot;工作的实施意见&#12299;（乙政发〔2020〕3号）精神，"
            "现将《X方案》印发给你们，请认真贯彻执行。\n甲市人民政府\n2021年3月1日\n",
            '乙省关于推进"一网通办"工作的实施意见',
        ),
    ],
)
def test_html_entities_left_in_plain_text_are_decoded(text, title):
    (d,) = _docs(text)
    assert [r.title for r in d.references] == [title]


def test_a_list_of_attachments_above_the_signature_prints_no_attachment():
    text = (
        "关于开展甲工作的通知\n甲发〔2021〕19号\n各市、州住建局：\n"
        "　　一、各市州可参照《甲省乙工作考评标准》进行考核评价。\n"
        "附件：\n1.甲省乙工作考评标准\n2.建筑工地联络员信息表\n甲省某某厅\n2021年11月18日\n"
    )
    assert [(d.title, d.date) for d in _docs(text)] == [("关于开展甲工作的通知", "2021-11-18")]


def test_json_files_are_read():
    assert {".json", ".jsonl"} <= set(TEXT_SUFFIXES)


def test_a_json_file_holding_no_records_of_texts_is_reported_not_read_as_a_publication():
    # a manifest or a config saved next to the texts (the synthetic corpus's manifest.json): no document, one problem
    text = '{\n  "seed": 1,\n  "documents": 250,\n  "levels": {"municipal": 120, "provincial": 130}\n}\n'
    parsed = parse_text(text, "corpus/manifest.json")
    assert parsed.documents == ()
    assert [p.kind for p in parsed.problems] == ["no-documents"]
