"""Administrative-reconsideration decisions (行政复议决定书) of county and district governments (r324, part h267):
a case number with its year first, and the reviewing government heading the title.  Each text is modelled on a
failing text of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.metadata import parse_doc_number
from policykg.loaders.parse import parse_text


def test_a_case_number_with_its_year_first_is_read():
    # 〔2024〕亭政行复(决)字第88号 (h267 亭湖): a reconsideration body's case number prints its year first
    for printed in ("〔2024〕甲政行复(决)字第88号", "〔2023〕乙复第5号", "〔2021〕丙政复决字第12号"):
        n = parse_doc_number(printed)
        assert n is not None and n.text.replace("（", "(").replace("）", ")") == printed
    # the year-first form never takes a number whose prefix stands before the year
    assert parse_doc_number("甲政发〔2024〕第3号").text == "甲政发〔2024〕第3号"
    assert parse_doc_number("按照〔2024〕第3号") is None


def test_a_decision_title_with_a_year_first_number_in_brackets():
    # 盐城市亭湖区人民政府行政复议决定书(〔2024〕亭政行复(决)字第88号) / 发布日期 … 来源:亭湖区政府办公室 (h267 亭湖): the
    # number in brackets is the decision's; the reviewing government heading the title is its issuer, not the
    # posting office of the 来源 row
    text = (
        "甲市乙区人民政府行政复议决定书(〔2024〕乙政行复(决)字第7号)\n\n"
        "发布日期:2024-10-05 17:06 来源:乙区政府办公室 浏览次数:\n\n"
        "申请人:张某某。\n\n被申请人:甲市乙区人民政府丙街道办事处。\n\n"
        "2024年7月15日,本机关收到申请人的行政复议申请,请求撤销被申请人作出的《政府信息公开申请答复书》"
        "(丙办依复〔2024〕第2号),并责令被申请人在法定期限内重新作出答复。\n\n"
        "申请人请求:撤销被申请人2024年7月1日作出的《政府信息公开申请答复书》,并责令被申请人在法定期限内重新作出答复。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲市乙区人民政府行政复议决定书"
    assert doc.doc_number is not None and doc.doc_number.year == 2024 and doc.doc_number.serial == 7
    assert doc.doc_number.text.startswith("〔2024〕乙政行复")
    assert doc.issuers == ("甲市乙区人民政府",)


def test_a_page_title_with_a_short_number_over_a_red_head_that_splits_it():
    # 广元市朝天区人民政府行政复议决定书〔2024〕4号 / 发文日期:… / 广元市朝天区人民政府 / 行政复议决定书 / 广朝府复决字〔2024〕4号
    # (h267 朝天): one document at the page's title, whole (决定书 not cut before 书, the short number dropped), its number
    # the red head's, its issuer the government heading it
    text = (
        "当前位置: 首页 » 信息公开 » 详情\n"
        "甲市乙区人民政府行政复议决定书〔2024〕6号\n"
        "发文日期: 2024-11-03   发布机构: 区司法局\n\n"
        "甲市乙区人民政府\n\n行政复议决定书\n\n\n甲乙府复决字〔2024〕6号\n\n\n"
        "申请人:李某某\n\n被申请人:甲市乙区某某局\n\n"
        "申请人不服被申请人未履行政府信息公开法定职责,于2024年9月2日向本机关申请行政复议,本机关依法已予受理。\n\n"
        "申请人请求:确认被申请人未依法答复申请人的政府信息公开申请的行为违法,并责令被申请人依法作出答复。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.doc_number), d.issuers) for d in docs] == [
        ("甲市乙区人民政府行政复议决定书", "甲乙府复决字〔2024〕6号", ("甲市乙区人民政府",))
    ]
    assert docs[0].source_line == 2


def test_a_column_tag_echoing_the_titles_first_words_is_dropped():
    # 【行政复议】行政复议决定书(平府复决字〔2023〕30号) (h267 平罗): the site's column, in bracket marks, names the kind the
    # title opens with; no part of the title
    text = (
        "【行政复议】行政复议决定书(甲府复决字〔2023〕12号)\n\n甲府复决字〔2023〕12号\n\n"
        "申请人:赵某某\n\n被申请人:甲县人力资源和社会保障局\n\n"
        "申请人不服被申请人作出的《不予认定工伤决定书》,于2023年9月1日向本机关申请行政复议,本机关依法已予受理。\n\n"
        "申请人请求:撤销被申请人作出的《不予认定工伤决定书》,并责令被申请人重新作出认定。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "行政复议决定书"
    assert str(doc.doc_number) == "甲府复决字〔2023〕12号"
