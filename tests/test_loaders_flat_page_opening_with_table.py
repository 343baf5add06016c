"""A crawl that stored each page run together on one line (flat layout), a page opening with its portal's metadata
table (名称:X的通知发文日期:2020-07-01X的通知各单位:现将…。 / 索引号…发布日期:2023-06-03X的通知…): the line is the
page, not a row of fields, so it is kept and its notice found, not dropped as the table it opens with."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

FILL = (
    "各单位要加强组织领导，明确工作责任，细化工作措施，确保各项任务按期完成，并及时报送工作进展情况和存在的问题。" * 4
)

FIRST = (
    "江州市财政局关于做好2023年部门预算编制工作的通知江财预〔2023〕5号各区财政局，市级各部门：为做好2023年部门预算编制"
    f"工作，根据《中华人民共和国预算法》，现就有关事项通知如下。{FILL}江州市财政局2023年1月10日"
)
PLAN_NOTICE = "江州市临江区人民政府关于印发临江区2020年重点任务具体措施的通知"
PLAN = "临江区2020年重点任务具体措施"
TABLED = (
    f"名称:{PLAN_NOTICE}发文日期:2020-07-01{PLAN_NOTICE}各街镇、各委局:现将《{PLAN}》印发给你们,望遵照执行。"
    f"江州市临江区人民政府2020年6月30日(此件主动公开){PLAN}为加快推进临江区高质量发展,制定本措施。{FILL}"
)
RULES_TITLE = "江州市人民政府办公室关于加强行政规范性文件管理的通知"
RULES = (
    f"索引号:11500234008646033P/2021-00643文号:江府办发〔2021〕6号{RULES_TITLE}各区人民政府,市政府各部门:"
    f"为加强行政规范性文件管理,现就有关事项通知如下。{FILL}江州市人民政府办公室2021年3月26日"
)


def test_a_flat_page_opening_with_its_metadata_table_is_read_not_dropped():
    docs = parse_text("\n".join([FIRST, TABLED, RULES]) + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert PLAN_NOTICE in titles and PLAN in titles and RULES_TITLE in titles
    assert docs[titles.index(PLAN_NOTICE)].source_line == 2
    assert docs[titles.index(PLAN)].transmitted_by == titles.index(PLAN_NOTICE)
    assert str(docs[titles.index(RULES_TITLE)].doc_number) == "江府办发〔2021〕6号"
