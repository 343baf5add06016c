"""Repeal lists under a part's heading, format names in book marks and untitled orders (parts h142 黑龙江 and
河北, h108 陕西, h29 交通部 of the unseen set).  Each text is modelled on the failing source, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _refs(text: str) -> dict[str, str]:
    return {r.title: r.role for d in parse_text(text, "page.txt").documents for r in d.references if r.title}


@pytest.mark.parametrize(
    "heading", ["一、废止3部省政府规章", "一、废止三件省政府规章", "一、对下列3件省政府规章予以废止。"]
)
def test_a_part_headed_by_its_repeal_makes_its_numbered_items_repealed(heading):
    """一、废止9部省政府规章 / (一)《X》(1989年省政府令第4号,…修正)。 (h142 黑龙江): the heading alone says what the
    items are — repealed, until the next part's heading (二、对22部…予以修改), whose items are amended."""
    text = (
        "为贯彻落实《某某部关于做好规章清理工作的通知》(某办发〔2017〕40号)要求,省政府对省政府规章进行了清理。现决定:\n"
        f"{heading}\n"
        "(一)《某某省渡船安全管理办法》(1989年省政府令第4号,1998年省政府令第11号修正)。\n"
        "(二)《某某省犬类管理规定》(1987年10月13日公布,2006年省政府令第11号修正)。\n"
        "(三)《某某省体育竞赛管理规定》(2000年省政府令第6号)\n"
        "二、对2部省政府规章的部分条款予以修改\n"
        "(一)将《某某省植物检疫实施办法》第十五条修改为:“从国外引进种子、苗木,应当办理检疫审批手续。”\n"
    )
    refs = _refs(text)
    assert (
        refs["某某省渡船安全管理办法"] == refs["某某省犬类管理规定"] == refs["某某省体育竞赛管理规定"] == "SUPERSEDES"
    )
    assert refs["某某省植物检疫实施办法"] == "AMENDS"


def test_a_repeal_heading_glued_to_the_line_before_still_heads_its_list():
    """…比例分担”。二、对下列7件省政府规章予以废止。 and 7.《X》(…令第75号发布)三、本决定自公布之日起施行。 (h108 陕西): a
    page that lost the line breaks around the list — the heading at a line's end, the next part after the last
    item."""
    text = (
        "某某省人民政府关于修改、废止部分省政府规章的决定\n"
        "一、对下列1件省政府规章予以修改。\n"
        "(一)对《某某省河流生态环境保护办法》作如下修改:\n"
        "1.删去第三十一条。\n"
        "2.将第十三条第二款修改为:“建立调剂金制度。”二、对下列2件省政府规章予以废止。\n"
        "1.《某某省收费证管理办法》(2011年6月28日某某省人民政府令第152号发布)\n"
        "2.《某某省室内装饰管理规定》(2002年1月11日某某省人民政府令第75号发布)三、本决定自公布之日起施行。\n"
    )
    refs = _refs(text)
    assert refs["某某省收费证管理办法"] == refs["某某省室内装饰管理规定"] == "SUPERSEDES"
    assert refs["某某省河流生态环境保护办法"] == "AMENDS"


def test_a_format_named_in_book_marks_is_no_citation():
    """(一)《黑龙江省人民政府令》,用于发布省政府规章 (h142 黑龙江): a body's name and a 文种 with no number names a
    format (a red head), not a document; a number right after the marks still makes one."""
    text = (
        "某某省人民政府办公厅关于印发某某省人民政府发文办理工作规则的通知\n某政办〔2000〕66号\n省政府各直属单位:\n"
        "现将《某某省人民政府发文办理工作规则》印发给你们,请遵照执行。\n2000年12月27日\n"
        "某某省人民政府发文办理工作规则\n"
        "根据《国家行政机关公文处理办法》,制定本规则。\n"
        "(一)《某某省人民政府令》,用于发布省政府规章。\n"
        "(二)《某某省人民政府办公厅文件》,用于转发省政府部门的文件。\n"
        "(三)依照《某某市防控指挥部公告》〔2022〕4号执行。\n"
    )
    refs = _refs(text)
    assert "某某省人民政府令" not in refs and "某某省人民政府办公厅文件" not in refs
    assert refs["国家行政机关公文处理办法"] == "BASED_ON"
    assert "某某市防控指挥部公告" in refs


def test_a_gazette_contents_then_an_order_with_no_title_is_the_order():
    """目 录 / 某某省人民政府令〔2011〕第10号(2) / X(15) … then 某某省人民政府令 / 〔2011〕第10号 over the order's text
    (h142 河北): the contents entries are no titles; the order, printed without a title, is the document, and its
    sentence amends X."""
    text = (
        "某某省人民政府公报\n2011年增刊\n目    录\n某某省人民政府令〔2011〕第10号(2)\n某某省城市维护建设税实施细则(15)\n"
        "某某省房产税实施办法(16)\n某某省契税实施办法(42)\n某某省人民政府令\n〔2011〕第10号\n"
        "为推进依法行政,经2011年10月9日省政府第95次常务会议通过,决定对《某某省城市维护建设税实施细则》等3件省政府规章"
        "进行修改,现予公布。\n本决定自公布之日起施行。\n代省长        某某某\n二○一一年十月二十日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    doc = docs[0]
    assert str(doc.doc_number) == "某某省人民政府令〔2011〕第10号"
    assert doc.source_line == text.splitlines().index("某某省人民政府令") + 1
    assert [(r.role, r.title) for r in doc.references] == [("AMENDS", "某某省城市维护建设税实施细则")]


def test_an_order_page_with_no_title_is_titled_by_the_rule_it_promulgates():
    """中华人民共和国交通部令 / 2006 年第 8 号 / 《X》已于…通过,现予公布 (h29 交通部): the rule itself not printed — the
    order is a document, titled by what it promulgates."""
    text = (
        "中华人民共和国某某部令\n2006 年第 8 号\n"
        "《老旧渔业船舶管理规定》已于2006年6月7日经第7次部务会议通过,现予公布,自2006年8月1日起施行。\n"
        "附件:老旧渔业船舶管理规定\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [
        ("老旧渔业船舶管理规定", "中华人民共和国某某部令2006年第8号")
    ]


def test_a_part_headed_by_its_amendment_makes_its_title_items_amended():
    """二、修改下列规章 / 1.《X》（…令第N号） (the form of h142 黑龙江's repeal part, for its amendments): an item that
    is a title alone is amended; one that says the change is read as its sentence."""
    text = (
        "某某省人民政府关于废止和修改部分省政府规章的决定\n"
        "一、废止下列规章\n"
        "1.《某某省客运管理办法》(2001年省政府令第3号)\n"
        "二、修改下列规章\n"
        "1.《某某省河道管理办法》(2004年省政府令第8号)\n"
        "2.《某某省水产苗种管理办法》(2006年省政府令第2号)\n"
        "三、对1件省政府规章予以修改。\n"
        "(一)将《某某省旅馆业管理办法》第三条修改为:“旅馆业的主管部门是公安机关。”\n"
        "四、本决定自公布之日起施行。\n"
    )
    refs = _refs(text)
    assert refs["某某省客运管理办法"] == "SUPERSEDES"
    assert refs["某某省河道管理办法"] == refs["某某省水产苗种管理办法"] == refs["某某省旅馆业管理办法"] == "AMENDS"


def test_an_order_that_lost_its_head_is_its_number_and_decree_sentence():
    """第232号 / 《X》已经…常务会议审议通过，现予公布 / 省长 / date / 省政府决定废止《Y》 (h71 江西): a short order page
    with no head and no title line — still the order, titled by the decision it promulgates, repealing Y."""
    text = (
        "第232号\n"
        "　　《某某省人民政府关于废止〈某某省著名商标认定和保护办法〉的决定》已经2018年4月28日省人民政府第4次常务会议"
        "审议通过，现予公布，自公布之日起施行。\n省长　　　　　\n　　2018年5月9日　　\n"
        "　　省政府决定废止《某某省著名商标认定和保护办法》（2007年9月13日某某省人民政府令第161号公布）。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某省人民政府关于废止〈某某省著名商标认定和保护办法〉的决定"]
    assert [(r.role, r.title) for r in docs[0].references] == [("SUPERSEDES", "某某省著名商标认定和保护办法")]
