"""A notice flattened onto one line, its signature's date, then 附件 and the attached text's title run into its
first words: the attached text is a document of its own (invented names; modelled on a JSON record's summary)."""

from policykg.loaders.parse import parse_text

TEXT = (
    "甲省乙厅关于印发《甲省某某专项资金改革试点工作项目申报指南》的通知\n"
    "各市乙局：为贯彻落实省委、省政府关于深化投融资体制改革工作部署，依据省财政厅印发的《某某资金实施细则（试行）》，"
    "现将我厅编制的《甲省某某专项资金改革试点工作项目申报指南》印发你们，请遵照执行。"
    "附件：《甲省某某专项资金改革试点工作项目申报指南》甲省乙厅2026年5月13日 附件甲省某某专项资金改革试点工作项目申报指南"
    "为贯彻落实省委、省政府关于深化投融资体制改革工作部署，做好甲省某某专项资金改革试点工作，依据省财政厅印发的"
    "《某某资金实施细则（试行）》，制定本申报指南。一、目标任务每年在省级制造业高质量发展专项中安排资金，投资入股符合条件的"
    "制造业领域项目，推动财政资金从无偿补助向股权投入转变，形成良性循环。二、支持方向聚焦先进制造业产业集群。\n"
)


def test_the_attached_text_under_its_label_after_the_date_is_a_document():
    docs = parse_text(TEXT, "record.txt").documents
    assert [d.title for d in docs] == [
        "甲省乙厅关于印发《甲省某某专项资金改革试点工作项目申报指南》的通知",
        "甲省某某专项资金改革试点工作项目申报指南",
    ]
    assert docs[1].date == "2026-05-13"
