"""Where a document's body ends in a gazette: at the section label printed under it (【政府文件】 alone on its
line, gazette layout).  What the gazette prints between that label and the next title (a lead paragraph, an
editor's note, a text whose title was not found) is no part of the document above: its citations stay off it."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

GAZETTE = """安平市人民政府公报
2024年第3号
目录
【政府令】
安平市城市绿化管理办法……（2）
【政府文件】
安平市人民政府关于同意设立安平高新技术产业园区的批复……（5）
【政府令】
安平市城市绿化管理办法
（2024年3月1日安平市人民政府令第21号公布）
第一条 为了加强城市绿化管理，根据《城市绿化条例》，结合本市实际，制定本办法。
第二条 本办法适用于本市城市规划区内的绿化规划、建设、保护和管理。
第三条 本办法自2024年4月1日起施行。
【政府文件】
市政府批复同意！
摘要：《关于申请设立安平高新技术产业园区的请示》已收悉，市政府同意设立园区。
安平市人民政府关于同意设立安平高新技术产业园区的批复
安政复〔2024〕7号
市发展改革委：
你委《关于申请设立安平高新技术产业园区的请示》收悉。经研究，现批复如下：
一、同意设立安平高新技术产业园区。
二、园区建设要符合国土空间规划。
安平市人民政府
2024年2月20日
"""


def test_a_lead_under_a_section_label_lends_no_citation_to_the_document_above():
    docs = parse_text(GAZETTE, "gazette.txt").documents
    by_title = {d.title: d for d in docs}
    order = by_title["安平市城市绿化管理办法"]
    assert [r.title for r in order.references] == ["城市绿化条例"]
    reply = by_title["安平市人民政府关于同意设立安平高新技术产业园区的批复"]
    assert str(reply.doc_number) == "安政复〔2024〕7号"
    assert reply.date == "2024-02-20"
