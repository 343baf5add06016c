"""Part h184 (2025 texts as today's portals print them), r172: an issued plan printed after 附件1 under an untitled
notice, two untitled entries of a column page run together, and a congress committee signed with 人大.  Each text
is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# 各…： / 为贯彻落实《X》要求，…编制了《Y》，已经市政府同意，现印发给你们 / 附件：1.Y / signature / date / 附件1 / Y over two
# lines (broken after 、) / Y's text (h184 浙江)
PLAN_UNDER_UNTITLED_NOTICE = (
    "各县（市、区）人民政府，市级有关单位：\n\n"
    "  为贯彻落实《甲产业促进法》要求，市发展改革委牵头编制了《推进“两个提升” 促进甲产业健康发展、高质量发展行动方案"
    "（2025-2027）》，已经市政府同意，现印发给你们，请结合实际抓好落实。\n\n"
    "  附件：1.推进“两个提升” 促进甲产业健康发展、高质量发展行动方案（2025-2027）\n\n"
    "  2.市级有关单位名单\n\n"
    "  乙市发展和改革委员会\n\n"
    "  2025年9月17日\n\n"
    "  附件1\n\n"
    "  推进“两个提升” 促进甲产业健康发展、\n\n"
    "  高质量发展行动方案（2025-2027）\n\n"
    "  为加快推动全市甲产业健康发展、高质量发展，结合本市实际，制定本行动方案。\n\n"
    "  一、总体要求\n\n"
    "  以新发展理念为指导，落实《甲产业促进法》要求，进一步优化营商环境，充分释放甲产业发展活力。\n"
)


def test_a_plan_printed_after_attachment_1_under_an_untitled_notice_is_a_document_of_its_own():
    docs = parse_text(PLAN_UNDER_UNTITLED_NOTICE, "page.txt").documents
    assert len(docs) == 2
    plan = docs[1]
    assert plan.title == "推进“两个提升”促进甲产业健康发展、高质量发展行动方案（2025-2027）"
    assert (plan.issuers, plan.date) == (docs[0].issuers, "2025-09-17")
    assert [r.role for r in plan.references if "促进法" in (r.title or "")] == ["IMPLEMENTS"]


def test_the_notice_issues_the_plan_its_sentence_says_it_drew_up_and_got_consent_for():
    # 编制了《Y》，已经市政府同意，现印发给你们: Y is what the notice issues (TRANSMITS), not a text it cites (the 附件 list
    # left out: the sentence alone says so)
    text = PLAN_UNDER_UNTITLED_NOTICE.replace(
        "  附件：1.推进“两个提升” 促进甲产业健康发展、高质量发展行动方案（2025-2027）\n\n", ""
    )
    notice = parse_text(text.replace("  2.市级有关单位名单\n\n", ""), "page.txt").documents[0]
    roles = {r.role for r in notice.references if "行动方案" in (r.title or "")}
    assert roles <= {"TRANSMITS"}


def test_an_attachment_title_broken_after_an_enumeration_comma_is_joined():
    # a titled notice: 附件 / title over two lines, the first ending in 、 / its text
    text = (
        "丙县人民政府办公室关于印发丙县促进消费若干措施的通知\n\n各乡镇人民政府，县直各单位：\n\n"
        "经县人民政府同意，现将有关措施印发给你们，请认真贯彻执行。\n\n丙县人民政府办公室\n\n2025年3月2日\n\n"
        "附件\n\n丙县促进住宿、餐饮、\n\n文旅消费若干措施\n\n"
        "为进一步扩大消费，结合本县实际，制定本措施。\n\n一、发放消费券\n\n二、举办促消费活动\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == ["丙县促进住宿、餐饮、文旅消费若干措施"]


# a column page's entries one a line: addressees, …自治区人民政府决定…, 附件, date, (此件公开发布); then the posting date glued
# to the next entry's addressee, a 批复 (h184 内蒙古)
COLUMN_PAGE = (
    "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位："
    "为深入贯彻落实有关重要指示精神，进一步健全自治区级非遗代表性项目名录体系，自治区人民政府决定命名某某谚语等12个项目"
    "为第九批自治区级非物质文化遗产代表性项目，现予公布。各地区、各有关部门要按照《中华人民共和国非物质文化遗产法》有关规定，"
    "扎实做好非遗代表性项目的保护传承工作，推动中华优秀传统文化传承弘扬。"
    "附件：第九批自治区级非物质文化遗产代表性项目（12个）2025年3月6日（此件公开发布）\n"
    "2025-03-10丁市人民政府：你市《关于审核批准丁市戊区土地征收成片开发方案（2025年）的请示》（丁政发〔2025〕9号）收悉。"
    "现批复如下：经审查，《丁市戊区土地征收成片开发方案（2025年）》符合《中华人民共和国土地管理法》有关规定和要求，"
    "同意该方案。\n"
)


def test_the_next_entry_of_a_column_page_glued_to_its_posting_date_is_a_document_of_its_own():
    docs = parse_text(COLUMN_PAGE, "page.txt").documents
    assert [d.source_line for d in docs] == [1, 2]
    reply = docs[1]
    assert "中华人民共和国土地管理法" in {r.title for r in reply.references}
    assert "中华人民共和国土地管理法" not in {r.title for r in docs[0].references}
    assert reply.date is None  # (the posting date is the page's)


def test_two_untitled_entries_of_a_page_are_two_documents_in_the_graph():
    docs = parse_text(COLUMN_PAGE, "page.txt").documents
    assert len({d.title for d in docs}) == 2


@pytest.mark.parametrize(
    ("signed", "issuer"),
    [
        # (a real place, other than the failing text's: the registry writes out only names of places it knows)
        ("湖北省人大财政经济委员会", "湖北省人民代表大会财政经济委员会"),
        ("长沙市人大法制委员会", "长沙市人民代表大会法制委员会"),
    ],
)
def test_a_congress_committee_signed_with_renda_is_written_out(signed, issuer):
    text = f"根据立法计划，现将《某某条例（草案）》向社会公布，欢迎社会各界提出意见和建议。\n{signed}\n2025年9月2日\n"
    assert parse_text(text, "page.txt").documents[0].issuers == (issuer,)
