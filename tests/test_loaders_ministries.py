"""Layouts of part h36 of the unseen set (national ministries' texts on law sites and reprints): orders
numbered the way they are spoken (卫生部第27号令), an order's number and its rules' title on one line, a
decree that repeals the earlier version of its rules, a decision's parts (一、废止下列规章 / 二、修改《X》),
announcements numbered in one series (农业部公告 第2567号), a forward whose notice lost its title.  Each
text is modelled on two sources: the ministry's and another body's of the same form."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.parse import parse_text
from policykg.loaders.references import is_document_title
from policykg.loaders.script import simplified


@pytest.mark.parametrize(
    "raw, cleaned",
    [  # 卫生部 (h36); the State Council's orders cited in a body the same way
        ("中华人民共和国卫生部第27号令", "中华人民共和国卫生部令第27号"),
        ("按照国务院第 588 号令规定执行", "按照国务院令第588号规定执行"),
        ("《学生伤害事故处理办法》教育部12号令", "《学生伤害事故处理办法》教育部令第12号"),
    ],
)
def test_an_order_number_with_its_order_word_last_is_written_in_its_one_form(raw, cleaned):
    assert clean_line(raw)[0] == cleaned


@pytest.mark.parametrize(
    "issuer, number, title",
    [  # 卫生部's order on a law site (h36); a province's order on the same kind of page
        ("中华人民共和国卫生部", "中华人民共和国卫生部第27号令", "消毒管理办法"),
        ("某某省人民政府", "某某省人民政府第27号令", "某某省消毒管理办法"),
    ],
)
def test_a_decree_repealing_the_earlier_version_of_its_rules_supersedes_it(issuer, number, title):
    text = (
        f"{title}(2002年修订)\n作者:法律资料网 时间:2024-06-27\n下载地址: 点击此处下载\n{title}(2002年修订)\n"
        f"{issuer[-3:]}\n{number}\n\n{issuer}令\n\n第 27 号\n"
        f"《{title}》的修订已于2001年12月29日通过,现予以发布,自2002年7月1日起施行。1992年8月31日发布的《{title}》同时废止。\n"
        "部 长: 张某某\n二○○二年三月二十八日\n"
        f"{title}\n第一章 总 则\n第一条 为了加强消毒管理,根据《中华人民共和国传染病防治法》,制定本办法。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [(title, f"{issuer}令第27号", "2002-03-28")]
    assert ("SUPERSEDES", title) in [(r.role, r.title) for r in docs[0].references]


@pytest.mark.parametrize(
    "head, number",
    [  # 商务部 (h36); 交通运输部's orders are numbered within their year the same way
        ("商务部令2007年第15号 商业特许经营备案管理办法", "商务部令2007年第15号"),
        ("交通运输部令2016年第5号 商业特许经营备案管理办法", "交通运输部令2016年第5号"),
    ],
)
def test_an_order_number_and_its_rules_title_on_one_line_head_one_document(head, number):
    title = "商业特许经营备案管理办法"
    text = (
        f"{title}\n作者:法律资料网 时间:2024-06-29\n下载地址: 点击此处下载\n{title}\n{head[: -len(title) - 1].split('令')[0]}\n{head}\n"
        f"《{title}》已于2007年4月6日经部务会讨论通过,现予以公布,自2007年5月1日起施行。\n"
        "部 长:薄某某\n二〇〇七年四月三十日\n"
        f"{title}\n第一条 为加强对商业特许经营活动的管理,根据《商业特许经营管理条例》,制定本办法。\n"
        "第二条 在中华人民共和国境内从事商业特许经营活动,适用本办法。\n"
    )
    docs = parse_text(text, "order.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs] == [(title, number, "2007-04-30")]


@pytest.mark.parametrize(
    "heading",
    [  # a site's copy of 教育部令第12号 (h36); a county site's copy of a province's order
        "《学生伤害事故处理办法》教育部12号令",
        "《学生伤害事故处理办法》某某省人民政府令第12号",
    ],
)
def test_a_quoted_title_and_its_order_over_the_title_are_no_part_of_it(heading):
    text = (
        f"学生工作\n规章制度\n{heading}\n学生伤害事故处理办法\n(教育部令第12号 2002年8月21日)\n第一章 总则\n"
        "第一条 为积极预防、妥善处理在校学生伤害事故,根据《中华人民共和国教育法》,制定本办法。\n"
    )
    doc = parse_text(text, "rules.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == ("学生伤害事故处理办法", "教育部令第12号", "2002-08-21")


@pytest.mark.parametrize(
    "repeal_heading, amend_heading",
    [  # 自然资源部令第5号 (h36); a province's cleanup decision in the same two parts
        ("一、废止下列规章", "二、修改《土地调查条例实施办法》"),
        ("(一)决定废止以下规章", "(二)修订《某某省土地调查条例实施办法》"),
    ],
)
def test_a_decisions_repeal_part_and_amend_part(repeal_heading, amend_heading):
    amended = amend_heading.split("《")[1].rstrip("》")
    text = (
        "自然资源部关于第一批废止和修改的部门规章的决定\n中华人民共和国自然资源部令第5号\n"
        "《自然资源部关于第一批废止和修改的部门规章的决定》已经2019年7月16日部务会议审议通过,现予公布,自公布之日起施行。\n"
        "部长 陆某\n2019年7月24日\n自然资源部关于第一批废止和修改的部门规章的决定\n(2019年7月16日自然资源部第2次部务会议通过)\n"
        f"{repeal_heading}\n\n《划拨土地使用权管理暂行办法》(国家土地管理局令〔1992〕第1号)\n\n"
        f"《古生物化石管理办法》(国土资源部令第13号)\n\n{amend_heading}\n\n"
        "(一)将第二条中的“基本农田”修改为“永久基本农田”;\n"
    )
    doc = parse_text(text, "decision.txt").documents[0]
    assert sorted((r.role, r.title) for r in doc.references) == [
        ("AMENDS", amended),
        ("SUPERSEDES", "划拨土地使用权管理暂行办法"),
        ("SUPERSEDES", "古生物化石管理办法"),
    ]


@pytest.mark.parametrize(
    "head, issuer",
    [  # 农业部 (h36); 海关总署's announcements are numbered in one series the same way
        ("中华人民共和国农业部公告 第2567号", "农业部"),
        ("海关总署公告 第158号", "海关总署"),
    ],
)
def test_an_announcement_numbered_in_one_series_is_a_document(head, issuer):
    text = (
        f"首页 > 致富技术 > 正文\n限制使用农药名录(2017版)\n信息发布者:蔡某\n2017-09-14 18:37:22 转载\n\n{head}\n\n"
        "为了加强对限制使用农药的监督管理,根据《中华人民共和国食品安全法》和《农药管理条例》相关规定,现予公布。\n"
        "一、列入本名录的农药,标签应当标注“限制使用”字样。\n二、本公告自2017年10月1日起施行。\n"
        f"{issuer}\n2017年8月31日\n"
    )
    doc = parse_text(text, "announcement.txt").documents[0]
    assert (str(doc.doc_number), doc.issuers, doc.date) == (head.replace(" ", ""), (issuer,), "2017-08-31")
    assert {(r.role, r.title) for r in doc.references} >= {("BASED_ON", "农药管理条例")}


@pytest.mark.parametrize(
    "addressees, signer, bodies",
    [  # a reprint of a State Council forward (h36); a province's forward the same way
        (
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "国务院办公厅",
            ["财政部", "国家发展和改革委员会"],
        ),
        ("各市人民政府，省政府各部门：", "河北省人民政府办公厅", ["河北省财政厅", "河北省教育厅"]),
    ],
)
def test_a_forward_whose_notice_lost_its_title_is_two_documents(addressees, signer, bodies):
    text = (
        f"{addressees}\n{'、'.join(bodies)}《关于推广政府和社会资本合作模式的指导意见》已经同意，现转发给你们，请认真贯彻执行。\n"
        f"{signer}\n2015年5月19日\n关于推广政府和社会资本合作模式的指导意见\n{' '.join(bodies)}\n"
        "为打造大众创业、万众创新和增加公共产品、公共服务“双引擎”，现提出以下意见。\n"
    )
    docs = parse_text(text, "forward.txt").documents
    assert [(d.source_line, d.issuers) for d in docs] == [(1, (signer,)), (5, tuple(bodies))]
    assert docs[1].date is None  # the bodies' text, not the notice's: no date of its own printed


@pytest.mark.parametrize(
    "glossed",
    [  # a converter's gloss with a space before its bracket closes (h36); one without
        "關(guān)于在公共服務(wù)領(lǐng)域推廣政府和社會(huì )資本合作模式的指導意見(jiàn)",
        "關(guān)于在公共服務(wù)領(lǐng)域推廣政府和社會(huì)資本合作模式的指導意見(jiàn)",
    ],
)
def test_pinyin_glosses_go_with_or_without_a_space(glossed):
    assert simplified(glossed) == "关于在公共服务领域推广政府和社会资本合作模式的指导意见"


@pytest.mark.parametrize(
    "line, cleaned",
    [  # a news reprint of 水利部's notice (h36); 新华社's dateline before a reprinted notice
        (
            "中评社北京2月21日电/水利部关于修订印发水利工程管理考核办法及其考核标准的通知",
            "水利部关于修订印发水利工程管理考核办法及其考核标准的通知",
        ),
        ("新华社北京3月5日电 国务院办公厅日前印发《关于X的意见》", "国务院办公厅日前印发《关于X的意见》"),
        ("今日电费上涨", "今日电费上涨"),
    ],
)
def test_a_news_agencys_dateline_is_no_part_of_the_line(line, cleaned):
    assert clean_line(line)[0] == cleaned


@pytest.mark.parametrize(
    "title, issued",
    [  # 水利部 (h36): the rules issued with their scoring standards; a province's rules with their own 实施细则
        ("水利部关于修订印发水利工程管理考核办法及其考核标准的通知", "水利工程管理考核办法"),
        ("某某省人民政府关于印发某某省河道管理办法及其实施细则的通知", "某某省河道管理办法"),
    ],
)
def test_a_text_issued_with_its_parts_is_the_text_the_notice_passes_on(title, issued):
    text = (
        f"{title}\n水运管〔2019〕53号\n各有关单位:\n为推动管理规范化建设,我部对《{issued}》及其附件(以下统称《办法》)部分内容"
        "进行了修订。现将修订后的《办法》印发你们,请遵照执行。\n"
        f"{issued}\n第一条 为加强管理,根据《中华人民共和国水法》,制定本办法。\n第二条 本办法适用于各类工程。\n"
    )
    docs = parse_text(text, "notice.txt").documents
    assert [(d.title, d.transmitted_by, d.issuers) for d in docs][1:] == [(issued, 0, docs[0].issuers)]


@pytest.mark.parametrize(
    "issuer, items",
    [  # 水利部公告2010年第50号 on a document site (h36): the record and the list each run into one line;
        # a province's list of its rules in force the same way
        ("水利部", [("河道采砂收费管理办法", "水财〔1990〕16号"), ("黄河下游浮桥建设管理办法", "水政〔1990〕17号")]),
        ("某某省人民政府", [("某某省河道管理办法", "某政发〔1993〕12号"), ("某某省渔业管理办法", "某政发〔1995〕3号")]),
    ],
)
def test_a_cleanup_announcements_list_of_texts_in_force_cites_each(issuer, items):
    listed = "".join(
        f"{k + 1}.{title}(1990年6月20日{issuer}、财政部{number}发布,1997年12月25日{issuer}修正)"
        for k, (title, number) in enumerate(items)
    )
    text = (
        f"{issuer}关于现行有效规章和规范性文件目录的公告2010年第50号根据《国务院办公厅关于做好规章清理工作有关问题的通知》"
        f"(国办发〔2010〕28号),现将截至2010年10月10日{issuer}现行有效的规章(含参与制定的部门联合规章)和规范性文件目录"
        "予以公告。凡未列入本目录的规章和规范性文件，一律不再作为管理的依据。\n\n"
        f"一、现行有效规章({len(items)}件){listed}\n"
    )
    doc = parse_text(text, "announcement.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (f"{issuer}关于现行有效规章和规范性文件目录的公告", "2010年第50号")
    assert [(r.role, r.title, str(r.doc_number)) for r in doc.references] == [
        ("BASED_ON", "国务院办公厅关于做好规章清理工作有关问题的通知", "国办发〔2010〕28号"),
        *(("CITES", title, number) for title, number in items),
    ]


@pytest.mark.parametrize(
    "heading, title, number",
    [  # 海关总署's announcement on a trade site (h42); 国家税务总局's announcements are headed the same way
        (
            "海关总署公告2020年第108号(关于公布2020年商品归类决定的公告)",
            "关于公布2020年商品归类决定的公告",
            "2020年第108号",
        ),
        ("国家税务总局公告2018年第58号（关于发布《某某办法》的公告）", "关于发布《某某办法》的公告", "2018年第58号"),
    ],
)
def test_an_announcements_number_with_its_title_in_brackets_heads_it(heading, title, number):
    text = (
        f"{heading}\nwww.singlewindow.sd.cn 2020-09-19\n收藏\n"
        "为便于进出口货物的收发货人正确申报商品归类事项,根据《中华人民共和国海关进出口货物商品归类管理规定》有关规定,现予公布。\n"
        "本公告自2020年10月1日起实施。\n特此公告。\n海关总署\n2020年9月15日\n"
    )
    doc = parse_text(text, "announcement.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (title, number, "2020-09-15")


@pytest.mark.parametrize(
    "issuers, number",
    [  # 财政部 税务总局's joint announcement on a reprint (h42); a ministry's alone
        ("财政部 税务总局", "财政部 税务总局公告2023年第13号"),
        ("国家税务总局", "国家税务总局公告2023年第6号"),
    ],
)
def test_a_title_ending_in_its_announcement_word_over_the_number_is_no_announcement_head(issuers, number):
    title = "关于支持小微企业融资有关税收政策的公告"
    text = (
        f"欧美精品在线播放_欧美视频免费\nRSS ·WAP ·加入收藏 ·设为首页\n阅读内容\n{title}\n发布时间:2023-08-02 15:31:02 点击:分享:\n"
        f"{issuers}\n{title}\n{number}\n为继续加大对小微企业的支持力度,现将有关税收政策公告如下:\n"
        "一、对金融机构向小型企业发放小额贷款取得的利息收入,免征增值税。\n"
    )
    doc = parse_text(text, "announcement.txt").documents[0]
    assert doc.title.endswith(title) and len(doc.title) < len(title) + 12


@pytest.mark.parametrize(
    "agreement",
    [  # CEPA's agreements cited by 海关总署 (h42); the cross-strait framework agreement (gov.cn portal, part 1)
        "〈内地与澳门关于建立更紧密经贸关系的安排〉货物贸易协议",
        "海峡两岸经济合作框架协议",
    ],
)
def test_an_agreement_of_governments_is_a_cited_document_a_contract_is_not(agreement):
    assert is_document_title(agreement) and not is_document_title("劳动合同补充协议")


@pytest.mark.parametrize(
    "headline, lead",
    [  # 新华社 reports in a newspaper (h42): the headline, then the dateline and the report
        (
            "中央印发农村扶贫开发纲要",
            "新华社北京12月1日电 中共中央、国务院近日印发了《中国农村扶贫开发纲要(2011-2020年)》,并发出通知。",
        ),
        (
            "李克强签署国务院令",
            "新华社北京4月2日电国务院总理李克强日前签署国务院令,公布《国务院关于修改和废止部分行政法规的决定》。",
        ),
    ],
)
def test_a_news_report_under_its_headline_is_no_document(headline, lead):
    text = f"浙江日报 数字报纸\n00005版:天下\n{headline}\n{lead}\n" + (
        "通知指出,这是今后一个时期我国扶贫开发工作的纲领性文件,制定实施纲要是深入贯彻落实科学发展观的必然要求。\n" * 4
    )
    parsed = parse_text(text, "news.txt")
    assert parsed.documents == () and [p.kind for p in parsed.problems] == ["news-report"]


def test_an_official_text_reprinted_under_a_dateline_stays_a_document():
    text = (
        "国务院办公厅关于印发某某工作要点的通知\n新华社北京4月2日电\n国办发〔2020〕12号\n各省、自治区、直辖市人民政府：\n"
        "《某某工作要点》已经国务院同意，现印发给你们，请认真贯彻执行。\n国务院办公厅\n2020年4月1日\n"
    )
    assert [d.title for d in parse_text(text, "reprint.txt").documents] == ["国务院办公厅关于印发某某工作要点的通知"]


@pytest.mark.parametrize(
    "defined, used, role",
    [  # 国发〔2021〕26号 (h42): a law's short name without 《》, carried out; a province's rules resting on one
        (
            "《中华人民共和国行政处罚法》(以下简称行政处罚法)已经修订通过。",
            "为进一步贯彻实施行政处罚法,现就有关事项通知如下:",
            "IMPLEMENTS",
        ),
        (
            "《中华人民共和国安全生产法》（以下简称安全生产法）已经修订。",
            "根据安全生产法，结合本省实际，制定本办法。",
            "BASED_ON",
        ),
    ],
)
def test_a_laws_short_name_defined_without_marks_carries_the_role_of_its_use(defined, used, role):
    text = f"某某关于某某工作的通知\n某发〔2021〕26号\n各有关单位：\n{defined}{used}\n一、充分认识其重要意义。\n某某\n2021年11月15日\n"
    refs = parse_text(text, "notice.txt").documents[0].references
    title = defined[1 : defined.index("》")]
    assert {(r.role, r.title) for r in refs} == {("CITES", title), (role, title)}
