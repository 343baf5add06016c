"""Titles of pages the segmenter finds no heading on (r119): a heading over its posting line that ends on no document
type, and a document-sharing site's first chunk with the title glued to the text's first words."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

BODY = (
    "根据《中华人民共和国某某管理条例》和有关规定，现就有关事项说明如下。"
    "一、各有关单位要高度重视，认真组织实施，确保各项任务按期完成。"
    "二、各有关单位要加强协调配合，及时报送工作进展情况，推动工作落到实处。"
    "三、各有关单位要强化督促检查，对工作推进不力的单位予以通报，确保取得实效。"
)

POSTED_HEADINGS = [
    # a heading ending on no document type (…相关程序), the site's metadata rows in 【】 under it (h27 商务部)
    (
        "2023年甲类商品非国营贸易进口允许量申领条件、分配原则及相关程序\n"
        "【发布单位】某某司\n【发布文号】某某部公告2023年第9号\n【发文日期】2023年02月03日\n" + BODY + "\n某某部\n",
        "2023年甲类商品非国营贸易进口允许量申领条件、分配原则及相关程序",
    ),
    # the heading with the text's number in brackets after it, the posting line under it (h110 华容)
    (
        "  • 索引号:1234567890/2021-0000001\n  • 发布机构:县人民政府办公室\n  • 公开范围:全部公开\n  • 生成日期:2021-03-23\n"
        "2021年乙县政府重点工作任务(乙政发〔2021〕3号)\n"
        "来源:乙县政府   2021-03-23 10:56\n浏览量:1 | | | |\n\n各乡镇人民政府、县直各单位:\n"
        + BODY
        + "\n"
        + BODY
        + "\n",
        "2021年乙县政府重点工作任务",
    ),
]


@pytest.mark.parametrize(("text", "title"), POSTED_HEADINGS)
def test_heading_over_posting_line(text: str, title: str) -> None:
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [title]


SHARED = (
    "《甲市贯彻落实《某省促进民营经济发展若干措施》实施方案.docx》由会员分享,可在线阅读,更多相关《甲市贯彻落实《某省"
    "促进民营经济发展若干措施》实施方案.docx(18页珍藏版)》请在某某文库上搜索。\n"
    "1、甲市贯彻落实某省促进民营经济发展若干措施实施方案为深入贯彻有关决策部署，根据某省人民政府关于印发某省促进民营"
    "经济发展若干措施的通知(某政发(2023)7号)，结合我市实际，制定本实施方案。一、总体要求。坚持稳中求进，推动民营经济"
    "高质量发展。\n"
    "2、二、主要任务。加大融资支持力度，对符合条件的小微企业提供融资担保，降低融资成本，优化营商环境，激发市场活力。\n"
)
SHARED_DRAFT_NOTE = (
    "《关于《乙市市容和环境卫生管理条例(修正案草案·征求意见稿)》的起草说明.docx》由会员分享,可在线阅读,更多相关文档"
    "请在某某文库上搜索。\n"
    "1、关于乙市市容和环境卫生管理条例(修正案草案,征求意见稿)的起草说明根据市人大和市政府的工作安排，我局起草了修正案"
    "草案。一、修正的必要性。条例施行以来，对规范城市管理发挥了重要作用，但部分内容已不相适应，有必要进行修改完善。\n"
    "2、二、修正过程。我局在广泛调研的基础上形成了征求意见稿，现公开征求社会各界意见，欢迎提出宝贵意见和建议。\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (SHARED, "甲市贯彻落实某省促进民营经济发展若干措施实施方案"),
        # the file's name with 《》 and a · the chunk prints as 无《》 and a comma
        (SHARED_DRAFT_NOTE, "关于乙市市容和环境卫生管理条例（修正案草案,征求意见稿）的起草说明"),
    ],
)
def test_shared_file_title_in_first_chunk(text: str, title: str) -> None:
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line) for d in docs] == [(title, 2)]


def test_shared_file_body_after_title_still_read() -> None:
    """The words glued after the title are the text's body: the notice it is based on is still cited."""
    (doc,) = parse_text(SHARED, "page.txt").documents
    assert doc.title == "甲市贯彻落实某省促进民营经济发展若干措施实施方案"
    assert any("某省促进民营经济发展若干措施的通知" in (r.title or "") for r in doc.references)
