"""Crawled pages stored one line a page (flat layout): marks a page's copy carries before its title."""

from policykg.loaders.parse import parse_text

# (a Markdown page stored one line a page, its heading's mark "#" before the title, the printed lines kept apart by
# one space each, flat layout)
SPACED_HEADING_MARK = "\n".join(
    [
        "甲市乙区人民政府关于做好2024年防汛工作的通知 乙府发〔2024〕3号 各镇人民政府，各街道办事处： 为切实做好今年防汛工作，"
        "现就有关事项通知如下。 一、加强组织领导。各镇要高度重视，落实责任。 二、做好物资储备。各单位要备足物资。"
        + " 各单位要认真落实。" * 40
        + " 附件：1.防汛责任人名单 2.物资储备清单 甲市乙区人民政府 2024年4月2日",
        "#甲市丙区人民政府办公室转发区水务局关于加强河道管理实施意见的通知 各镇人民政府，各街道办事处，区政府各委、办、局："
        " 区水务局制定的《关于加强河道管理的实施意见》已经区政府同意，现转发给你们，请认真按照执行。"
        " 各单位要认真落实。" * 40 + " 甲市丙区人民政府办公室 2024年5月6日",
        "甲市丁区人民政府关于印发丁区养老服务实施办法的通知 丁府发〔2024〕9号 各镇人民政府，各街道办事处： "
        "现将《丁区养老服务实施办法》印发给你们，请认真贯彻执行。 甲市丁区人民政府 2024年6月1日"
        + " 各单位要认真落实。"
        * 40,
    ]
)


def test_heading_mark_before_a_spaced_page_title():
    docs = parse_text(SPACED_HEADING_MARK, "flat-marks.txt").documents
    assert [(d.title, d.date) for d in docs if "河道" in d.title] == [
        ("甲市丙区人民政府办公室转发区水务局关于加强河道管理实施意见的通知", "2024-05-06")
    ]
