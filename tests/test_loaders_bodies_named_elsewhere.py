"""Layouts of part h162 of the unseen set (national bodies and Beijing orders): the issuer named not at the head of
a title but in a label row under it, or as the subject of an announcement's first sentence; an item of an amending
decision that names a rule with its history.  Each text is modelled on one source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_an_issuer_label_row_under_a_title_names_its_issuer():
    """关于…的通知 / 办普查函〔2008〕224号 / 制定机关:X / date — a wiki page's header row names the office that
    issues a title naming none (h162 国家文物局第三次全国文物普查办公室)."""
    text = (
        "关于报送某某名录的通知\n\n关于报送某某名录的通知\n办普查函〔2009〕12号\n"
        "制定机关:国家文物局某某普查办公室\n2009年4月1日\n\n"
        "各省、自治区、直辖市文物局:\n\n为做好普查工作，现将有关要求通知如下:\n\n一、报送名录。\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if str(d.doc_number) == "办普查函〔2009〕12号")
    assert doc.issuers == ("国家文物局某某普查办公室",)


def test_the_subject_of_an_untitled_announcement_is_its_issuer():
    """``junk 国家移民管理局自…起优化…。现公告如下:`` opening an untitled text (h162 移民局, a forum's junk before it)."""
    text = (
        "|\n编程收徒弟,qq12345 i' Y) F$ L\n% O' l. _( K6 U国家移民管理局自2024年3月1日起调整出入境管理措施。现公告如下:8 Z, a4\n"
        "一、有序恢复受理审批中国公民因出国旅游、访友申请普通护照，恢复办理内地居民旅游、商务赴港签注。\n"
        "二、恢复受理审批外国人申请普通签证延期、换发、补发，停留证件签发、换发、补发。\n"
        "三、恢复口岸签证签发，恢复执行过境免签政策，依法签发临时入境许可。\n"
        "四、恢复签发中华人民共和国出入境通行证，恢复签发边境地区出入境通行证。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("国家移民管理局",)


def test_a_rule_an_amending_decision_lists_with_its_history_is_no_document():
    """``…作如下修改:`` / ``一、某某市某某办法`` / ``(1990年…发布,根据…第一次修改)`` — the item names a rule the
    decision amends (h162 北京 令第277号): one document, the decision."""
    text = (
        "某某市人民政府关于修改《某某市河道管理办法》等5项规章部分条款的决定\n\n某某市人民政府令\n\n第88号\n\n"
        "《某某市人民政府关于修改〈某某市河道管理办法〉等5项规章部分条款的决定》已经2019年1月3日市人民政府常务会议"
        "审议通过，现予公布，自公布之日起施行。\n\n市长 某某某\n\n2019年1月10日\n\n"
        "市人民政府决定对《某某市河道管理办法》等5项规章的部分条款作如下修改:\n\n"
        "一、某某市河道管理办法\n(1990年3月4日某某市人民政府发布,根据2001年5月6日某某市人民政府第12号令第一次修改)\n\n"
        "1.将第二条修改为:“市水务部门负责本市河道的监督管理。”\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某市人民政府关于修改《某某市河道管理办法》等5项规章部分条款的决定"]
