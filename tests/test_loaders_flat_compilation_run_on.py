"""A compilation crawled as one line (flat layout): its entries run on, each entry's number, title and date note
right after the text before it ends (…清单（略）5.X的通知（2023年5月25日）X〔2023〕86号…)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

COMPILATION = (
    "优化营商环境政策汇编一、省级政策1.甲省人民政府办公厅关于印发甲省优化营商环境行动方案的通知（2023年3月2日）"
    "甲政办发〔2023〕8号各市人民政府，省政府各部门：现将《甲省优化营商环境行动方案》印发给你们，请认真贯彻执行。"
    "附件：行动方案任务分工表（略）2.乙市人民政府办公室关于印发乙市2023年政务公开工作要点的通知（2023年5月25日）"
    "乙政办函〔2023〕86号各县、区人民政府，市政府各部门：现将《乙市2023年政务公开工作要点》印发给你们，请结合实际认真落实。"
    "（市政府办公室负责）3.丙市财政局关于进一步优化政府采购营商环境的通知（2023年6月1日）丙财采〔2023〕12号各县（区）财政局："
    "为进一步优化政府采购营商环境，现就有关事项通知如下。一、简化采购程序。二、加快资金支付。"
)


def test_entries_run_on_after_a_bracketed_note_are_found():
    """(a compilation's entries run on after （略） and after a bracketed note, flat layout)"""
    docs = parse_text(COMPILATION + "\n", "compilation.txt").documents
    by_title = {d.title: d for d in docs}
    assert "乙市人民政府办公室关于印发乙市2023年政务公开工作要点的通知" in by_title
    assert "丙市财政局关于进一步优化政府采购营商环境的通知" in by_title
    assert (
        str(by_title["乙市人民政府办公室关于印发乙市2023年政务公开工作要点的通知"].doc_number) == "乙政办函〔2023〕86号"
    )
    assert str(by_title["丙市财政局关于进一步优化政府采购营商环境的通知"].doc_number) == "丙财采〔2023〕12号"
