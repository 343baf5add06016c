"""Web pages stored one line a page (flat layout): the page's metadata number and heading run on before the text's
own title and number."""

from policykg.loaders.parse import parse_text

FILLER = "各单位要结合实际认真贯彻落实。" * 12

# (a page's 文号 value, then its heading — bare or in 《》 — then the text's own title and number, flat layout)
NUMBER_THEN_TITLE_TWICE = "\n".join(
    [
        "甲省人民政府关于做好春季农业生产工作的通知甲政发〔2023〕5号各市人民政府：为做好春季农业生产，现就有关事项通知如下。"
        + FILLER
        + "甲省人民政府2023年2月3日",
        "乙政办发〔2019〕23号《乙省人民政府办公厅关于印发乙省推进运输结构调整实施方案的通知》"
        "乙省人民政府办公厅关于印发乙省推进运输结构调整实施方案的通知乙政办发〔2019〕23号各市、县人民政府，省各委办厅局："
        "《乙省推进运输结构调整实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。"
        + FILLER
        + "乙省人民政府办公厅2019年2月28日",
        "丙政办发〔2017〕55号丙省人民政府办公厅关于印发丙省促进中部地区崛起工作方案的通知"
        "丙省人民政府办公厅关于印发丙省促进中部地区崛起工作方案的通知丙政办发〔2017〕55号各市、县人民政府："
        "《丙省促进中部地区崛起工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
        + FILLER
        + "丙省人民政府办公厅2017年6月2日",
    ]
)


def test_number_and_heading_before_the_title_are_the_page_s():
    docs = parse_text(NUMBER_THEN_TITLE_TWICE, "flat-metadata.txt").documents
    found = [(d.title, str(d.doc_number)) for d in docs if d.title.startswith(("乙", "丙"))]
    assert found == [
        ("乙省人民政府办公厅关于印发乙省推进运输结构调整实施方案的通知", "乙政办发〔2019〕23号"),
        ("丙省人民政府办公厅关于印发丙省促进中部地区崛起工作方案的通知", "丙政办发〔2017〕55号"),
    ]
    assert all(d.doc_number is None or str(d.doc_number) != d.title for d in docs)
