"""How far a role cue reaches over the mentions of a sentence (r75): the text a reply approves, the laws an
article defers to, a bare 按 over the issuers of a title, a list whose issuers print their verb, the checking of
how a text is carried out.  Each text is modelled on a source of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.loaders.references import find_references


def _roles(body: str) -> dict[str, set[str]]:
    text = (
        "某某省人民政府关于印发某某办法的通知\n某政发〔2020〕4号\n各市人民政府：\n"
        "现将《某某办法》印发给你们，请认真贯彻执行。\n某某省人民政府\n2020年3月3日\n某某办法\n" + body
    )
    out: dict[str, set[str]] = {}
    for d in parse_text(text, "page.txt").documents:
        for r in d.references:
            out.setdefault(r.title or str(r.doc_number), set()).add(r.role)
    return out


def test_the_text_a_reply_approves_stays_cited_however_its_short_name_is_used_later():
    """原则同意《X》（以下简称《规划》），请认真组织实施。… 《规划》实施要…精神 / 按照《规划》确定的… (h83 江苏, h42 国务院):
    the reply approves X, it neither rests on it nor carries it out."""
    text = (
        "某某省人民政府关于《某某新区发展总体规划》的批复\n某政复〔2017〕3号\n某某市人民政府：\n"
        "你市《关于某某新区发展总体规划的请示》（某政发〔2017〕17号）收悉。现批复如下：\n"
        "一、原则同意《某某新区发展总体规划》（以下简称《规划》），请认真组织实施。\n"
        "二、《规划》实施要全面贯彻党的十九大精神，走出一条创新驱动的道路。\n"
        "三、某某市人民政府要按照《规划》确定的基本原则和主要任务，加快推动某某新区建设。\n"
        "某某省人民政府\n2017年6月5日\n"
    )
    roles = {
        r.title: r.role
        for d in parse_text(text, "reply.txt").documents
        for r in d.references
        if r.title == "某某新区发展总体规划"
    }
    assert roles == {"某某新区发展总体规划": "CITES"}


def test_laws_whose_rules_the_article_defers_to_are_its_basis():
    """《A》《B》等法律法规已有相关处罚规定的，依照有关法律法规执行 (cee 突发环境事件 art. 37): the listed laws are applied."""
    roles = _roles(
        "第九条 违反本办法规定，《中华人民共和国某某防治法》《中华人民共和国某某保护法》等法律法规已有相关处罚规定的，"
        "依照有关法律法规执行。\n"
    )
    assert roles["中华人民共和国某某防治法"] == {"BASED_ON"}
    assert roles["中华人民共和国某某保护法"] == {"BASED_ON"}


def test_a_bare_an_reaches_over_the_issuers_of_the_title():
    """按某某市人民政府关于《X》（…）的规定 (增城 2002) / 须按教育部、某某部印发的《X》（…）等有关要求 (h157 重庆):
    按 stands before X's issuers, not right before X."""
    roles = _roles(
        "第二条 给予本市管理的人员处分的，按某某市人民政府关于《某某市人员处分批准权限规定》（某府〔2000〕54号）的规定，"
        "报某某市人民政府批准。\n"
        "第三条 体检医院须按教育部、国家卫生健康委印发的《某某体检工作指导意见》（教学〔2003〕3号）等有关要求作出体检结论。\n"
    )
    assert roles["某某市人员处分批准权限规定"] == {"BASED_ON"}
    assert roles["某某体检工作指导意见"] == {"BASED_ON"}


def test_a_bare_an_over_issuers_that_ends_in_the_group_it_defines_stays_cited():
    """(三)按国务院《X》以及…的有关规定辞退的职工 (h31 陕西): X says who is meant, the text does not rest on it."""
    roles = _roles("第四条 下列人员可以领取补助：\n（三）按国务院《某某企业辞退职工暂行规定》辞退的职工。\n")
    assert roles["某某企业辞退职工暂行规定"] == {"CITES"}


def test_a_list_goes_on_past_issuers_that_print_their_verb():
    """为贯彻落实A、B印发《X》、C印发《Y》、D印发《Z》的要求 (h61 龙陵): the cue reaches the last item, however long the
    issuers between."""
    roles = _roles(
        "为贯彻落实中共中央办公厅、国务院办公厅《关于在湖泊实施湖长制的指导意见》、某某省河长制领导小组印发《某某省全面落实湖长制的实施方案》、"
        "某某市河长制领导小组印发《某某市全面落实湖长制的实施方案》、某某县河长制领导小组印发《某某县全面落实湖长制的实施方案》的要求，"
        "特制定本办法。\n"
    )
    assert roles["某某县全面落实湖长制的实施方案"] == {"IMPLEMENTS"}


def test_checking_how_texts_are_carried_out_implements_them():
    """加强对《A》《B》等地方标准落实情况的督促检查 (h34 湖南): the text oversees A and B being carried out."""
    roles = _roles("加强对《某某省政务服务中心管理办法》《某某省政务服务中心管理规范》等地方标准落实情况的督促检查。\n")
    assert roles["某某省政务服务中心管理办法"] == {"IMPLEMENTS"}
    assert roles["某某省政务服务中心管理规范"] == {"IMPLEMENTS"}


def test_the_decision_named_in_an_acts_history_note_is_cited_without_an_ordinal():
    """（…令第60号公布 根据2020年3月20日某某部第1次部务会议《某某部关于第二批废止和修改的部门规章的决定》修正） (h119 自然资源部,
    h43 哈尔滨): the act's history, as with 第一次修正 — the text amends nothing."""
    note = (
        "（2014年5月7日某某部令第60号公布 根据2020年3月20日某某部第1次部务会议"
        "《某某部关于第二批废止和修改的部门规章的决定》修正）"
    )
    refs = find_references(note, file="law.txt", line_of=lambda i: 1)
    assert [(r.role, r.title) for r in refs] == [("CITES", "某某部关于第二批废止和修改的部门规章的决定")]


def test_a_text_revised_and_issued_anew_under_a_new_name_is_amended():
    """对《X》进行了修改和完善，现将修改完善后的《Y》印发给你们 (h27 阿拉善): X is amended, Y is the text issued."""
    roles = _roles(
        "根据工作需要，对《某某盟公文处理实施细则》进行了修改和完善，现将修改完善后的《某某盟公文处理细则及文种式样》印发给你们，"
        "望认真贯彻执行。\n"
    )
    assert roles["某某盟公文处理实施细则"] == {"AMENDS"}


def test_a_repeal_only_proposed_repeals_nothing():
    """经过清理，《X》（…）等6件文件由于与上位法不一致，需要废止 (h82 重庆, a cleanup's interpretation): proposed, not made."""
    roles = _roles(
        "经过清理，《某某市市政委员会关于加强某某管理的通知》（某市政委发〔2011〕12号）等6件部门规范性文件"
        "由于与上位法、现行政策不一致，需要废止。\n"
    )
    assert roles["某某市市政委员会关于加强某某管理的通知"] == {"CITES"}


def test_a_repeal_made_by_another_act_the_sentence_names_is_that_acts():
    """印发《…关于公布第五批规范性文件清理结果的通知》（…），废止《X》（…）等6件文件 (h82 重庆): the notice named repeals X;
    the text reporting it cites both."""
    roles = _roles(
        "经局长办公会审议通过，印发《某某市城市管理局关于公布第五批规范性文件清理结果的通知》（某城管局〔2020〕143号），"
        "废止《某某市市政委员会关于加强某某管理的通知》（某市政委发〔2011〕12号）等6件部门行政规范性文件。\n"
    )
    assert roles["某某市市政委员会关于加强某某管理的通知"] == {"CITES"}


def test_a_ground_followed_by_a_repeal_in_a_later_clause_is_no_repeal():
    """应当按照《X》的规定办理，变更后原多点执业注册同时失效 (h153 国家卫生计生委): X is the ground; what lapses is the
    registration the later clause names."""
    roles = _roles("医师变更执业地点的，应当按照《某某执业注册暂行办法》的规定办理，变更后原执业注册同时失效。\n")
    assert roles["某某执业注册暂行办法"] == {"BASED_ON"}
