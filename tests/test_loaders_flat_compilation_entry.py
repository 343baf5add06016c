"""A policy compilation stored one entry a line (flat layout), each entry's numbered title run on into the date note the
compilation prints under it and its source's page marker (9.X的通知（2023年4月28日）#Page67:国知办发〔2023〕23号各省…：
为… / 6.X的通知（2023年1月9日）市直各部门（单位），各区财政局：为…): the title, the date, the marker and the notice's
head read apart, so each entry is found with its number and its date."""

from __future__ import annotations

from policykg.loaders.flat import _title_dated
from policykg.loaders.parse import parse_text

FILL = (
    "各单位要加强组织领导，明确工作责任，细化工作措施，确保各项任务按期完成，并及时报送工作进展情况和存在的问题。" * 4
)

PILOT_TITLE = "江南省知识产权局江南省工业和信息化厅关于组织开展创新管理知识产权标准实施试点的通知"
PILOT = (
    f"9.{PILOT_TITLE}（2023年4月28日）#Page67:江知发〔2023〕23号各设区市知识产权局、工业和信息化主管部门：为贯彻《江南省"
    f"知识产权保护和运用规划》有关要求，现就组织开展试点工作通知如下。{FILL}江南省知识产权局江南省工业和信息化厅2023年4月28日"
)
PURCHASE_TITLE = "江州市财政局关于印发《江州市优化政府采购营商环境若干措施（2.0版）》的通知"
PURCHASE = (
    f"6.{PURCHASE_TITLE}（2023年1月9日）市直各部门（单位），各区财政局，各政府采购代理机构：为深入贯彻落实优化营商环境工作"
    f"部署，现将《江州市优化政府采购营商环境若干措施（2.0版）》印发给你们，请认真贯彻执行。{FILL}江州市财政局2023年1月9日"
)
OTHER = (
    "江州市人民政府办公室关于做好2023年春季森林防火工作的通知江府办〔2023〕5号各区人民政府，市政府各部门：为做好春季森林"
    f"防火工作，经市政府同意，现就有关事项通知如下。{FILL}江州市人民政府办公室2023年3月1日"
)


def test_a_flat_compilation_entry_run_into_its_date_note_starts_its_document():
    docs = parse_text("\n".join([OTHER, PILOT, PURCHASE]) + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert PILOT_TITLE in titles and PURCHASE_TITLE in titles
    pilot = docs[titles.index(PILOT_TITLE)]
    assert str(pilot.doc_number) == "江知发〔2023〕23号" and pilot.date == "2023-04-28" and pilot.source_line == 2
    assert docs[titles.index(PURCHASE_TITLE)].date == "2023-01-09"


def test_a_contents_list_run_on_is_no_entry_head():
    # (the next entry's number and title follow the date, not a notice's head)
    assert _title_dated("1.关于做好甲工作的通知（2023年3月1日）2.关于做好乙工作的通知（2023年3月2日）") is None
    assert _title_dated("1.关于做好甲工作的通知（2023年3月1日）各区人民政府：为…") == [
        "1.关于做好甲工作的通知",
        "（2023年3月1日）",
        "各区人民政府：为…",
    ]
