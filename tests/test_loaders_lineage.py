"""Layouts of part h46 of the unseen set (lineage chains: repeal and amending decisions, implementing
texts): a decree printed above the decision it promulgates with its order head lost, a repeal list whose
items end with a full stop under a sentence that rests on a law, a list under the heading 文件依据, a
date printed without its 〇, a crawler's URL line inside an order's head, doc numbers whose 〔〕 a PDF
turned into „‟.  Each text is modelled on two sources of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.parse import parse_text
from policykg.loaders.references import find_references


def _refs(doc) -> set[tuple[str, str | None]]:
    return {(r.role, r.title) for r in doc.references}


@pytest.mark.parametrize(
    "issuer, signer, decision, items",
    [  # 山东 (h46): 省政府 repeals three rules; 海关总署 (h46) the same way, here repealing two
        (
            "山东省人民政府",
            "省长 某某某",
            "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定",
            [("山东省信访规定", "省政府令第114号"), ("山东省安全生产监督管理规定", "省政府令第141号")],
        ),
        (
            "海关总署",
            "署长 某某某",
            "海关总署关于废止部分规章的决定",
            [("中华人民共和国海关某某管理办法", "海关总署令第9号"), ("中华人民共和国海关某某规定", "海关总署令第35号")],
        ),
    ],
)
def test_a_decree_above_a_repeal_decision_dates_it_and_its_list_repeals_each_item(issuer, signer, decision, items):
    listed = "".join(f"{'一二三'[k]}、{t}({n})。\n" for k, (t, n) in enumerate(items))
    quoted = decision.replace("《", "〈").replace("》", "〉")  # a title quoted inside a quote: 〈〉
    text = (
        f"《{quoted}》已经2016年2月26日第73次常务会议通过,现予公布,自公布之日起施行。\n{signer}\n2016年4月15日\n"
        f"{decision}\n依照《中华人民共和国行政许可法》等有关法律、法规以及行政审批制度改革要求,对现行有效的规章进行了清理。"
        f"经过清理,决定废止以下规章:\n{listed}本决定自公布之日起施行。\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert doc.title == decision and str(doc.date) == "2016-04-15"
    assert _refs(doc) == {("BASED_ON", "中华人民共和国行政许可法")} | {("SUPERSEDES", t) for t, _ in items}
    assert {str(r.doc_number) for r in doc.references if r.role == "SUPERSEDES"} == {n for _, n in items}


@pytest.mark.parametrize("heading", ["二、文件依据", "（二）政策依据"])
def test_the_items_under_a_numbered_basis_heading_are_what_the_text_rests_on(heading):
    text = (
        "《关于公布规范性文件清理结果的决定》政策解读\n一、文件目的及背景\n为确保法制统一和政令畅通，开展本次清理。\n"
        f"{heading}\n1、《某某省规范性文件管理办法》(省政府令242号)\n2、《某某区行政规范性文件管理办法》(某政办发〔2023〕5号)\n"
        "三、起草过程\n区司法局起草了决定，经区政府常务会议审议通过。\n"
        + "四、主要内容\n本次清理共梳理区政府及其办公室、所属部门制定的规范性文件，对其逐件审查并提出处理意见。\n"
        * 3
    )
    (doc,) = parse_text(text, "page.txt").documents
    based = {t for role, t in _refs(doc) if role == "BASED_ON"}
    assert based == {"某某省规范性文件管理办法", "某某区行政规范性文件管理办法"}


@pytest.mark.parametrize(
    "city, date",
    [  # 潍坊 (h46): 二〇〇三年 printed without its 〇; a county's order of 二〇〇五年 the same way
        ("潍坊市", "二三年十月十五日"),
        ("某某县", "二五年三月一日"),
    ],
)
def test_a_date_without_its_zeros_and_a_crawlers_url_line_stay_out_of_a_decrees_title(city, date):
    rules = f"{city}突发公共卫生事件应急办法"
    text = (
        f"{city}人民政府令\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?rec=202\n\n第77号\n"
        f"《{rules}》已经第七次常务会议研究通过,现予发布施行。\n\n市长 某某某\n\n{date}\n{rules}\n\n第一章 总则\n"
        f"第一条 为有效预防和控制突发公共卫生事件，根据《突发公共卫生事件应急条例》，制定本办法。\n"
        "第二条 本办法适用于本行政区域内突发公共卫生事件的应急处理工作。\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert (doc.title, str(doc.doc_number), doc.issuers) == (rules, f"{city}人民政府令第77号", (f"{city}人民政府",))


def test_a_doc_numbers_brackets_turned_into_low_quotes_are_read_back():
    assert clean_line("根据《X办法》(财建„2009‟165号)和(国办发„2009‟3号)")[0] == (
        "根据《X办法》(财建〔2009〕165号)和(国办发〔2009〕3号)"
    )


@pytest.mark.parametrize(
    "sentence, role",
    [
        # 海关总署 (h46) decides to amend; a province the same way; a letter (gov.cn, 2004) reports another's revision
        ("海关总署决定对《中华人民共和国海关某某监管办法》等23部规章进行修改，具体内容如下：", "AMENDS"),
        ("经省政府同意，决定对《某某省某某管理办法》予以修订。", "AMENDS"),
        ("目前，环保总局正在对《某某流域水污染防治规划》进行修订，同时将认真研究你省的方案。", "CITES"),
        # 陕西 (h48), 广西 (h33): carrying a text out, with the adverb that says so; 深圳 (unseen): its own plan
        ("全面加快数字政府建设。扎实实施《陕西省数字政府建设“十四五”规划》，推进政务服务。", "IMPLEMENTS"),
        ("加快实施《优化营商环境条例》，持续优化营商环境。", "IMPLEMENTS"),
        ("为此，市委、市政府决定，编制并实施《深圳经济特区某某规划》。", "CITES"),
    ],
)
def test_the_verb_around_a_title_sets_its_role(sentence, role):
    """A decision to amend a text amends it, a report of another's revision cites it; carrying a text out
    with the adverb that says so implements it, carrying out one's own plan cites it."""
    (ref,) = find_references(sentence, file="page.txt", line_of=lambda _: 1)
    assert ref.role == role


@pytest.mark.parametrize(
    "body, rules, number",
    [  # 郑州 (h54): the city's name alone over its rules' title; 江西 (h54): a note whose bracket never closes
        (
            "河南省郑州市人民政府\n\n\n郑州市国有土地使用权出让招标拍卖实施办法\n郑州市人民政府令第101号\n",
            "郑州市国有土地使用权出让招标拍卖实施办法",
            "郑州市人民政府令第101号",
        ),
        (
            "江西省外商投资企业用地管理办法\n(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布\n",
            "江西省外商投资企业用地管理办法",
            "省人民政府令第18号",
        ),
    ],
)
def test_a_rules_title_under_its_bodys_name_or_over_an_unclosed_note_is_read(body, rules, number):
    text = body + (
        "  第一条 为了规范管理，保护当事人的合法权益，根据《中华人民共和国土地管理法》，制定本办法。\n"
        "  第二条 本办法适用于本行政区域内的有关管理活动，各有关部门应当按照职责分工做好相关工作。\n"
        "  第三条 县级以上人民政府土地管理部门负责本办法的组织实施，并对执行情况进行监督检查。\n"
        "  第四条 出让国有土地使用权，应当遵循公开、公平、公正和诚实信用的原则，接受社会监督。\n"
    )
    (doc,) = parse_text(text, "order.txt").documents
    assert (doc.title, str(doc.doc_number)) == (rules, number)
    assert doc.issuers[0].endswith("人民政府") and "第" not in doc.issuers[0]


@pytest.mark.parametrize(
    "city, rules",
    [
        ("常州市", ("常州市城市市容管理办法", "常州市生活垃圾分类管理办法")),
        ("某某市", ("某某市甲管理办法", "某某市乙管理规定")),
    ],
)
def test_a_short_untitled_repeal_decision_naming_its_list_before_the_verb_repeals_each_item(city, rules):
    text = (
        "为维护法治统一,及时清理与改革决策和经济社会发展不相适应的市政府规章,市政府决定对以下2件市政府规章予以废止:\n"
        f"一、《{rules[0]}》(2016年12月1日{city}人民政府令第2号发布)\n二、《{rules[1]}》(2018年11月23日{city}人民政府令第8号发布)\n"
        "本决定自公布之日起施行。\n"
    )
    (doc,) = parse_text(text, "decision.txt").documents
    assert {(r.role, r.title, str(r.doc_number)) for r in doc.references} == {
        ("SUPERSEDES", rules[0], f"{city}人民政府令第2号"),
        ("SUPERSEDES", rules[1], f"{city}人民政府令第8号"),
    }


def test_a_neutral_tone_gloss_goes_with_the_marked_ones():
    from policykg.loaders.script import simplified

    assert simplified("關(guān)於加強董事會建設的(de)實施意見") == "关于加强董事会建设的实施意见"
