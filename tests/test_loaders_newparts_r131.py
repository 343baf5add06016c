"""The newest labelled part of the unseen set (h165, 2026-12-05, r131): a repeal naming earlier-cited texts by count,
a number behind a spaced 编号 label, ….  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _roles(text: str) -> dict[str, str]:
    doc = parse_text(text, "page.txt").documents[0]
    return {r.title: r.role for r in doc.references if r.title}


REPEAL_BY_COUNT_CASES = [
    # 我们对…《A》(…1号)、《B》(…2号)、《C》(…3号)进行了修订。现将修订后的管理办法予以印发…。此前印发的三个办法及
    # 《D》(…)同时废止 (财农 2020, h165): the three measures named before are the ones the count repeals
    (
        "我们对2017年发布的《甲资金管理办法》（某财〔2017〕1号）、《乙补助资金管理办法》（某财〔2017〕2号）、"
        "《丙经费管理办法》（某财〔2017〕3号）进行了修订。现将修订后的管理办法予以印发，请遵照执行。"
        "此前印发的三个办法及《某某厅关于甲类资金管理办法的补充通知》（某财〔2019〕9号）同时废止。",
        {
            "甲资金管理办法": "SUPERSEDES",
            "乙补助资金管理办法": "SUPERSEDES",
            "丙经费管理办法": "SUPERSEDES",
            "某某厅关于甲类资金管理办法的补充通知": "SUPERSEDES",
        },
    ),
    # 以上两个通知 — only the last two notices cited before the repeal; the law named first stays the basis
    (
        "根据《中华人民共和国某某法》，结合本市实际，对《甲市关于加强某某管理的通知》和《甲市关于规范某某收费的通知》"
        "进行了整合。现将整合后的办法印发给你们，请认真执行。以上两个通知自本办法施行之日起废止。",
        {
            "中华人民共和国某某法": "BASED_ON",
            "甲市关于加强某某管理的通知": "SUPERSEDES",
            "甲市关于规范某某收费的通知": "SUPERSEDES",
        },
    ),
    # 上述文件同时废止, no count — the cited texts of the sentence right before
    (
        "本办法参照了《乙省某某补助办法》和《乙省某某补助细则》。上述文件同时废止。",
        {"乙省某某补助办法": "SUPERSEDES", "乙省某某补助细则": "SUPERSEDES"},
    ),
]


@pytest.mark.parametrize(("body", "roles"), REPEAL_BY_COUNT_CASES, ids=["three-measures", "two-notices", "above-files"])
def test_a_repeal_by_count_and_kind_names_the_texts_cited_before_it(body, roles):
    text = "甲市财政局关于印发甲市某某资金管理办法的通知\n\n各县财政局：\n" + body + "\n\n甲市财政局\n2020年4月1日\n"
    assert _roles(text) == roles


def test_a_count_takes_only_the_last_texts_of_its_kind_and_no_more():
    # 此前印发的两个办法 after three 办法 cited: the last two go, the first (an older text the sentence names) stays
    text = (
        "甲市财政局关于印发甲市某某资金管理办法的通知\n\n各县财政局：\n"
        "《甲资金管理办法》施行以来，我们对《乙资金管理办法》和《丙资金管理办法》进行了修订。"
        "现将修订后的管理办法印发给你们。"
        "此前印发的两个办法同时废止。\n\n甲市财政局\n2020年4月1日\n"
    )
    roles = _roles(text)
    assert (roles["乙资金管理办法"], roles["丙资金管理办法"]) == ("SUPERSEDES", "SUPERSEDES")
    assert roles["甲资金管理办法"] != "SUPERSEDES"


def test_a_number_behind_a_spaced_bullet_label_is_the_notices_number():
    # 关于印发X的通知 / • 制发机关:… / • 成文日期:… / • 索引号:… / • 编  号:青政字[2019]3号 (青岛 h165): the 编号
    # field of the page's bulleted metadata is the notice's number, no cited pair
    text = (
        "关于印发甲市某某达标规划的通知\n  • 制发机关:甲市政府办公厅文秘处\n  • 成文日期:2019-01-10\n"
        "  • 发布日期:2019-01-17\n  • 索引号:00511755800020020190010\n  • 编  号:甲政字[2019]3号\n\n"
        "各区、市人民政府:\n  现将《甲市某某达标规划》印发给你们,请认真组织实施。\n\n  甲市人民政府\n  2019年1月10日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (str(doc.doc_number), [str(r.doc_number) for r in doc.references if r.doc_number]) == (
        "甲政字〔2019〕3号",
        [],
    )


def test_a_table_another_body_issued_and_the_notice_attaches_is_the_basis_it_names():
    # 同时,根据省政府印发的《X规划表》(附件二),…省教育厅制定了《Y分解表》(附件三) (江西 h165): X is the provincial
    # government's text, attached for reference — not the notice's own attachment, and a document though a 表
    text = (
        "乙省教育厅关于做好某某学校建设工作的通知\n乙教发〔2011〕19号\n各设区市教育局：\n"
        "根据《乙省人民政府关于推进某某工作的意见》(乙府发[2010]15号),省教育厅制定了《乙省某某项目规划》(附件一)。"
        "同时,根据省政府印发的《乙省实现县域内某某均衡发展规划表》(附件二),省教育厅制定了《乙省某某任务分解表》(附件三)。"
        "\n乙省教育厅\n2011年11月16日\n"
    )
    roles = _roles(text)
    assert roles.get("乙省实现县域内某某均衡发展规划表") == "BASED_ON"
    assert "乙省某某任务分解表" not in roles and "乙省某某项目规划" not in roles


NEWS_HEADLINE_PUBLICITY = (
    "近日\n某某省农业农村厅公示\n全国某某高效行动示范县\n拟确定名单\n乙市3地入选\n"
    "关于甲省2024年\n全国某某高效行动示范县\n拟确定名单的公示\n"
    "按照甲省农业农村厅《关于申报2024年全国某某高效行动示范县的通知》(甲农厅函〔2024〕439号)要求,经过县(市、区)"
    "农业农村局自愿申报、市(地)农业农村局审核推荐、省农业农村厅组织专家评审、会议研究审定等程序,拟确定了69个全国"
    "某某高效行动示范县,现予以公示。公示期:2024年5月27日—5月31日。公示期如有异议,请反馈电话:0451-82621049。\n"
    "(一)全国大豆单产提升整建制推进县(23个)\n丙县、丁县、戊县、己县、庚县。\n"
)


def test_a_publicity_title_wrapped_over_three_short_lines_is_read_whole():
    # 关于黑龙江省2024年 / 全国绿色高产高效行动示范县 / 拟确定名单的公示 (黑龙江 h165): a narrow column wraps the heading;
    # its lines joined are the title, not its first line alone
    doc = parse_text(NEWS_HEADLINE_PUBLICITY, "page.txt").documents[0]
    assert doc.title == "关于甲省2024年全国某某高效行动示范县拟确定名单的公示"


def test_the_body_a_news_headline_names_before_what_the_title_holds_is_the_issuer():
    # 黑龙江省农业农村厅公示 / 全国绿色高产高效行动示范县 / 拟确定名单 over the publicity (黑龙江 h165): the headline's body
    # put out what the title names — the publicity's issuer, no signature printed
    doc = parse_text(NEWS_HEADLINE_PUBLICITY, "page.txt").documents[0]
    assert doc.issuers == ("某某省农业农村厅",)


def test_a_consultation_notices_signature_run_on_into_its_draft_dates_and_signs_it():
    # …征求社会公众意见,扬州市财政局2025年12月17日市级…办法(征求意见稿)第一章总则… (扬州 h165): one line of a summary
    # page; the body and date glued after the consultation sentence's comma, the draft's title run on after them.  (A
    # body the registry knows, as every signature run into a line must be: here 财政部, with an invented draft.)
    text = (
        "现对财政部制定的《某某专项资金管理办法》征求社会公众意见,财政部2025年12月17日某某专项资金管理办法(征求意见稿)"
        "第一章总则第一条为规范某某专项资金管理,第二章管理职责第四条财政部职责:制定专项资金管理办法,组织开展专项资金预算"
        "绩效管理,监督管理专项资金预算执行和项目实施,第四章资金分配与使用第十一条专项资金采取因素法与项目法相结合的方式分配,"
        "实行因素法分配的资金由业务部门提出资金分配因素、权重及分配建议,第五章绩效管理与监督检查第二十一条各级财政部门应按照"
        "全面实施预算绩效管理的要求,对专项资金绩效目标实现程度和预算执行进度组织开展绩效监控,第二十四条各级财政部门及其工作人员"
        "在专项资金分配、项目实施中。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("财政部",), "2025-12-17")
