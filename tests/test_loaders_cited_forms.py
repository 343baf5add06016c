"""Cited-document pairs of the unseen set (r39): a titled text with its own number whatever its last word, a
《本市…》 title with a number, 以《A》和《B》的精神为依据, 《X》的通知 followed by the notice's number, a title printed
without 《》 before its number, a described group of two nouns.  Each text is modelled on a failing part with
other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

HEAD = "某某市人民政府关于同意某某意见的批复\n某府〔2013〕9号\n市住房保障局：\n你局报来的请示收悉。现批复如下：\n"
TAIL = "某某市人民政府\n2013年5月1日\n"


def refs(body: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(HEAD + body + "\n" + TAIL, "page.txt").documents[0]
    return [(r.role, r.title, str(r.doc_number) if r.doc_number else None) for r in doc.references]


def test_a_titled_text_with_its_number_is_cited_whatever_its_last_word():
    """《广东省法治政府建设指标体系(试行)》(粤府令第184号) (h30 东莞), 《…应急预案编制参考》(应急厅函〔2023〕231号)
    (h68 垫江): a number names a document; a form with its number stays no document."""
    got = refs(
        "一、根据《某某省法治政府建设指标体系（试行）》（某府令第18号），结合实际，提出如下意见。\n"
        "二、填报《某某年度纳税申报表（A类，2017年版）》（某某局公告2017年第5号发布）有关事项。\n"
    )
    assert ("BASED_ON", "某某省法治政府建设指标体系（试行）", "某府令第18号") in got
    assert not any(t and t.startswith("某某年度纳税申报表") for _, t, _ in got)


def test_a_title_opening_with_this_city_and_its_number_is_another_document():
    """按照《本市发展公共租赁住房的实施意见》（沪府发〔2010〕32号）及相关规定 (h109 上海): 本市 names the place."""
    got = refs(
        "一、区（县）公共租赁住房运营机构按照《本市发展公共租赁住房的实施意见》（某府发〔2010〕32号）及相关规定"
        "建设筹措的公共租赁住房，可用于廉租住房实物配租。\n"
    )
    assert ("BASED_ON", "本市发展公共租赁住房的实施意见", "某府发〔2010〕32号") in got


def test_the_spirit_named_as_the_ground_is_the_ground():
    """本预案以《A》和《B》的精神为依据 (h68 永州): BASED_ON, not IMPLEMENTS."""
    got = refs("一、本预案以《中华人民共和国某某法》和《某某省人民政府办公厅关于贯彻某某法的通知》的精神为依据。\n")
    assert [r for r, _, _ in got] == ["BASED_ON", "BASED_ON"]


def test_the_number_after_the_notice_words_is_the_notices():
    """根据市委办公厅“关于印发《X》的通知”(深办发〔2008〕9号)精神 (h123 深圳) and 根据《X》的通知(粤人社规〔2021〕12号)
    文件精神 (h128 中山): one document carried out, with its number — no X apart, no bare number."""
    got = refs(
        "一、根据市委办公厅“关于印发《某某市纪念活动方案》的通知”（某办发〔2008〕9号）精神，制定了本方案。\n"
        "二、根据《某某省就业创业指导清单（2021年修订版）》的通知（某人社规〔2021〕12号）文件精神，做好见习工作。\n"
    )
    assert got == [
        ("IMPLEMENTS", "关于印发某某市纪念活动方案的通知", "某办发〔2008〕9号"),
        ("IMPLEMENTS", "某某省就业创业指导清单（2021年修订版）", "某人社规〔2021〕12号"),
    ]


def test_a_title_printed_without_marks_before_its_number_names_it():
    """根据财政部国家卫生健康委关于提高…标准的通知(财社〔2022〕49号) (h127 四川): the number's title is what stands between
    the trigger and the bracket; two 关于 there (a list) name nothing."""
    got = refs(
        "一、根据某某部某某委员会关于提高某某家庭扶助标准的通知（某社〔2022〕49号），经报市政府同意。\n"
        "二、根据省委关于某某的意见和市政府关于某某工作的通知（某政发〔2022〕7号），结合实际。\n"
    )
    assert ("BASED_ON", "某某部某某委员会关于提高某某家庭扶助标准的通知", "某社〔2022〕49号") in got
    assert ("BASED_ON", None, "某政发〔2022〕7号") in got


def test_a_group_described_by_two_nouns_is_no_basis():
    """（一）依照《企业破产法》宣告破产的企业职工和濒临破产的企业被精减的职工； (h31 陕西): X says who is meant."""
    got = refs("一、失业人员包括：（一）依照《某某破产法》宣告破产的企业职工和濒临破产的企业被精减的职工；\n")
    assert ("CITES", "某某破产法", None) in got
