"""Parts h218 (guides, Q&A pages, interpretations) and h219 (police, court and justice notices), r232: titles over
several lines, a Q&A page's question row, an interpretation naming its text without marks, a basis list of items
without marks.  Each text is modelled on a failing text of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _refs(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse_text(text, "page.txt").documents[0]
    return [(r.title, str(r.doc_number) if r.doc_number else None, r.role) for r in doc.references]


def test_stacked_issuers_over_a_title_cut_before_its_genre_head_the_title():
    # 莒县人民法院 / 莒县人民检察院 / 莒县公安局 / 莒县司法局 / 关于严厉打击…行为的 / 通告 (h219 莒县): the bodies stacked one
    # a line and both lines of the title are one title, the bodies its issuers
    text = (
        "甲县人民法院\n甲县人民检察院\n甲县公安局\n甲县司法局\n关于严厉打击某某期间非法聚集等违法犯罪行为的\n通告\n"
        "当前，某某工作正处于关键阶段，为了依法加强某某工作，根据《中华人民共和国刑法》等规定，现通告如下：\n"
        "一、拒不执行有关决定的。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲县人民法院甲县人民检察院甲县公安局甲县司法局关于严厉打击某某期间非法聚集等违法犯罪行为的通告"
    assert doc.issuers == ("甲县人民法院", "甲县人民检察院", "甲县公安局", "甲县司法局")
    assert doc.source_line == 1


def test_a_title_over_three_lines_joined_by_ji_is_read_whole():
    # 2024广元半程马拉松 / 暨“跑遍四川”广元站活动 / 临时交通管制的通告 (h219 广元, blank lines between): a line opening
    # with 暨 goes on from the line above, so the title starts there
    text = (
        "打开某某新闻 查看精彩图片\n\n2024乙市半程马拉松\n\n暨“跑遍某省”乙市站活动\n\n临时交通管制的通告\n\n"
        "为保障活动举行期间道路的交通安全畅通有序，根据《中华人民共和国道路交通安全法》的相关规定，决定实行临时交通管制。\n\n"
        "一、管制时间\n\n2024年9月1日6时至12时。\n\n二、管制路段\n\n某某大道、某某路全段，禁止机动车通行，行人应当服从现场指挥。\n\n"
        "三、其他事项\n\n请广大驾驶人提前规划出行路线，绕行其他道路，给您带来的不便敬请谅解。\n\n"
        "管制期间，除持有通行证的保障车辆外，其他车辆一律禁止进入管制区域，违者依法处理。\n\n乙市公安局交通警察支队\n\n2024年8月26日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "2024乙市半程马拉松暨“跑遍某省”乙市站活动临时交通管制的通告"
    assert doc.source_line == 3


def test_a_study_outline_titled_over_two_lines_is_read_whole():
    # 羊拉乡巩固脱贫攻坚推进乡村振兴工作 / 政策学习提纲 (h218 羊拉乡): an outline's subject over its tail, the file's top
    text = (
        "丙乡巩固脱贫成果推进乡村振兴工作\n政策学习提纲\n三类监测对象\n答：脱贫不稳定户、边缘易致贫户、突发严重困难户\n"
        "监测对象的定义是什么？\n答：一是脱贫不稳定户是指人均纯收入在当地监测范围内的脱贫户。二是边缘易致贫户是指有致贫风险的农户。\n"
        "监测对象与农村低保对象的区别\n答：监测对象和农村低保对象均属于农村低收入人口，分别由不同部门认定，对象有交叉，但不完全重合。\n"
        "请谈谈“四不摘”的具体内容\n答：摘帽不摘责任；摘帽不摘政策；摘帽不摘帮扶；摘帽不摘监管。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "丙乡巩固脱贫成果推进乡村振兴工作政策学习提纲"
    assert doc.source_line == 1


def test_a_dictionary_pages_question_row_titles_its_answer():
    # 问题 梅州最低生活保障金发放受理条件有哪些 / 释义 / 一:… (h218 梅州, a legal dictionary): the question, its label dropped
    text = (
        "网站首页  词典首页\n\n请输入您要查询的问题:\n\n问题 丁市最低生活保障金发放受理条件有哪些\n释义\n"
        "    一:丁市最低生活保障金发放受理条件有哪些\n    无\n    二:丁市最低生活保障金发放的办理流程\n"
        "    1、申请程序。申请最低生活保障应当以家庭为单位，由户主向户籍所在地镇（街道）提出书面申请。\n"
        "    三:丁市最低生活保障金发放的设定依据\n    《社会救助暂行办法》2014年国务院令第649号第十二条\n"
        "    对批准获得最低生活保障的家庭，县级人民政府民政部门按照家庭成员人均收入低于当地最低生活保障标准的差额发给。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "丁市最低生活保障金发放受理条件有哪些"
    assert doc.source_line == 5


def test_an_interpretation_naming_its_text_and_number_without_marks_cites_it():
    # 关于全面建立…制度的实施意见(湘政发【2015】54号)的内容解读 (h218 湖南): the text it explains, with its number
    text = (
        "关于全面建立某某补贴制度的实施意见(戊政发【2015】54号)的内容解读\n\n来源: 发布时间:2021-11-09 17:04:44\n\n"
        "补贴对象：\n1、困难人员生活补贴对象：具有本省户籍、家庭为最低生活保障对象的人员。\n"
        "2、护理补贴对象：具有本省户籍、需要长期照护的人员。\n"
    )
    assert ("关于全面建立某某补贴制度的实施意见", "戊政发〔2015〕54号", "CITES") in _refs(text)


def test_numbered_basis_items_naming_notices_without_marks_stay_in_the_list():
    # 一、政策依据1.《A》(…);2.某厅关于印发《B》的通知(…),3.…;4.某部关于C的通知(…);5.… (h218 监利, an aggregator's
    # extract): the items naming texts without marks keep the list open, every text named in it is a basis
    text = (
        "一、政策依据1.《甲部、乙部关于实施某某贷款支持工作的通知》(甲发(2016)202号);"
        "2.省甲厅、省乙厅关于印发《某省某某资金管理办法》的通知(某财规(2018)5号),"
        "3.甲部关于修订发布《某某专项资金管理办法》的通知(甲金(2019)96号);"
        "4.甲部、乙部关于进一步加大某某贴息力度支持某某就业的通知(甲金(2020)21号);"
        "5.省甲厅关于印发《某省某某发展专项资金管理办法》的通知(某财规(2020)2号),二、申请条件,"
        "申请人应当具备下列条件，年满十八周岁，具有完全民事行为能力，在本市依法从事生产经营活动。三、申请材料,身份证、"
        "营业执照等相关材料。四、办理时限,受理后十个工作日内办结，不收取任何费用。\n"
    )
    refs = _refs(text)
    assert len(refs) == 5
    assert {role for _, _, role in refs} == {"BASED_ON"}
