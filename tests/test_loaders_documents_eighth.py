"""Documents missed on the unseen set, eighth round: a portal field's status tag before the title, a notice's
addressees too many for one ordinary line, … .  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_status_tag_before_a_portal_title_is_no_field_label():
    """名  称: 【已失效】X关于印发《Y》的通知 — the site's status tag is no label, and no part of the title (h156 惠州)."""
    text = (
        "索 引 号: 11440000000000000G/2016-00012\n分  类: 综合政务\n发布机构: 某某市人民政府办公室\n"
        "成文日期: 2016-03-02\n名  称: 【已失效】某某市人民政府关于印发《某某市公共资源交易管理办法》的通知\n"
        "文  号: 某府〔2016〕12号\n发布日期: 2016-03-03\n\n某府〔2016〕12号\n\n各县、区人民政府，市政府各部门：\n\n"
        "《某某市公共资源交易管理办法》已经市政府同意，现印发给你们，请遵照执行。\n\n某某市人民政府\n\n2016年3月2日\n\n"
        "某某市公共资源交易管理办法\n\n第一条  为规范公共资源交易活动，制定本办法。\n\n第二条  本办法自印发之日起施行。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert titles[0] == "某某市人民政府关于印发《某某市公共资源交易管理办法》的通知"
    assert "某某市公共资源交易管理办法" in titles


def test_addressees_too_many_for_one_ordinary_line_anchor_the_notice():
    """关于印发《X》的通知 / 南京、无锡、…四十城市人民政府，…有限公司： / 现将《X》印发给你们 — the notice under a news
    page's heading of X, its addressees 180 characters long (h50 长三角)."""
    cities = "、".join(f"甲{i}" for i in range(40))
    text = (
        "首页 > 新闻\n\n某某地区秋冬季污染治理行动方案\n\n来源: 网\n时间:2020-11-04 09:02:36\n\n"
        "某某网讯:日前，《某某地区秋冬季污染治理行动方案》印发。全文如下:\n\n"
        "关于印发《某某地区秋冬季污染治理行动方案》的通知\n\n"
        f"{cities}市人民政府，中国某某集团有限公司、中国某某铁路集团有限公司:\n\n"
        "现将《某某地区秋冬季污染治理行动方案》印发给你们，请遵照执行。\n\n甲部 乙部\n\n丙省人民政府\n\n2020年10月30日\n\n"
        "某某地区秋冬季污染治理行动方案\n\n2018年以来，某某地区持续开展污染治理，空气质量改善明显。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert "关于印发《某某地区秋冬季污染治理行动方案》的通知" in titles
    assert "某某地区秋冬季污染治理行动方案" in titles


_FORWARDING_PAGE = (  # (h85 上海): the page's own title with its column, the heading cut at the inner angle bracket
    "关于转发《某某局关于印发<某某电网建设实施方案>的通知》的通知_电力\n政务公开\n当前位置：\n首页\n/ 政务公开\n/ 电力\n"
    "关于转发《某某局关于印发\n<\n某某电网建设实施方案> 的通知》的通知\n(发布日期：2021年01月07日\n文号：甲发改〔2021〕3号)\n"
    "甲发改〔2021〕3号\n各有关单位：\n某某局近期印发了《某某电网建设实施方案》的通知（乙发〔2020〕40号，以下简称《通知》）。"
    "现将《通知》转发给你们，请认真贯彻执行。\n特此通知。\n甲市发展和改革委员会\n2021年1月5日\n"
)


def test_a_heading_cut_at_an_angle_bracket_under_the_pages_own_title_is_the_title():
    """关于转发《X关于印发 / < / Y> 的通知》的通知 / (发布日期：… under the page's own title …_栏目: the heading is the
    title — the copy above it with its column's name is no part of it, the bracketed posting line no break (h85)."""
    docs = parse_text(_FORWARDING_PAGE, "page.txt").documents
    assert [d.title for d in docs] == ["关于转发《某某局关于印发<某某电网建设实施方案>的通知》的通知"]
    assert str(docs[0].doc_number) == "甲发改〔2021〕3号"


def test_the_text_inside_a_forwarded_notices_title_is_forwarded_not_cited():
    """关于转发《X关于印发<Y>的通知》的通知 — 《Y》的通知 in the body names the forwarded notice: TRANSMITS (h85)."""
    doc = parse_text(_FORWARDING_PAGE, "page.txt").documents[0]
    roles = {r.title: r.role for r in doc.references}
    assert roles.get("某某电网建设实施方案", "TRANSMITS") == "TRANSMITS"


def test_a_text_a_publicity_notice_puts_up_is_printed_under_its_signature():
    """关于X自评结果的公示 / 现将《X自评报告》予以公示 / 附件:X自评报告 / signature / X自评报告 / its text: the report
    is the text the publicity notice publishes, transmitted by it (h89 海口)."""
    title = "临江市卫生健康委员会办公室关于临江市创建卫生城市自评结果的公示\n"
    text = (
        title
        * 2  # (the page's heading, then the title)
        + "按照《卫生城市评价与管理办法(修订版)》和《卫生城市评价细则(2021版)》,临江市卫生办组织市直有关部门对全市创建"
        "卫生城市工作进行全面自查。\n为广泛听取社会各界意见、接受群众监督,现将《临江市创建卫生城市工作自评报告》予以公示。"
        "公示时间:2021年12月16日至12月30日,公示期间,单位和个人均可通过来电、来函等方式向临江市卫生办反馈意见建议。\n"
        "电话:****-********;\n邮箱:lj@example.com;\n邮寄地址:临江市某某路17号,邮编:100000。\n"
        "附件:临江市创建卫生城市工作自评报告\n临江市卫生健康委员会办公室\n2021年12月16日\n临江市创建卫生城市工作自评报告\n"
        "根据《卫生城市评价与管理办法(修订版)》中关于创建卫生城市工作相关安排,临江市卫生办组织各相关单位开展自查自评。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == ["临江市创建卫生城市工作自评报告"]
    assert docs[1].transmitted_by == 0


def test_an_interpretation_titled_without_book_marks_under_the_texts_date_is_a_document():
    """…特此公告。/ 某局 / 2016年3月4日 / 某局关于取消X事项公告的解读 / 某局决定取消X，制定了《…》 — the interpretation
    under the announcement's date is a document of its own (h76 内蒙古; the h46 convention)."""
    text = (
        "某某省地方税务局公告2016年第2号 某某省地方税务局关于取消发票代印许可事项的公告\n\n"
        "根据《国务院关于取消一批行政审批事项的决定》(国发[2016]9号)，现将某某省地税系统实施的发票代印许可事项予以取消。\n\n"
        "本公告自发布之日起施行。\n\n特此公告。\n\n某某省地方税务局\n\n2016年3月4日\n\n"
        "某某省地方税务局关于取消发票代印许可事项公告的解读\n\n"
        "某某省地方税务局决定取消发票代印许可事项，制定了《某某省地方税务局关于取消发票代印许可事项的公告》(以下简称《公告》)。\n\n"
        "一、《公告》出台的主要背景是什么?\n\n为了全面贯彻落实《国务院关于取消一批行政审批事项的决定》，决定以公告形式取消该事项。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "某某省地方税务局关于取消发票代印许可事项的公告",
        "某某省地方税务局关于取消发票代印许可事项公告的解读",
    ]
    assert docs[1].issuers == ()  # (the names before 关于 head the explained announcement's title)


def test_articles_right_under_a_notices_one_sentence_are_the_text_it_issues():
    """关于印发《X》通知 / …我们制定了《甲市X》，现印发给你们… / 第一条 … — no signature between: the articles are the
    issued text's, titled as the sentence names it (h47 江门)."""
    text = (
        "某某市财政局 某某市农业农村局关于印发《乡村产业专项资金管理办法(修订)》通知\n"
        "为进一步加强和规范某某市乡村产业专项资金管理，按照《某某市市级财政专项资金管理办法》规定，我们制定了"
        "《某某市乡村产业专项资金管理办法(修订)》，现印发给你们，请认真遵照执行。\n"
        "第一条 为加强和规范某某市乡村产业专项资金管理，根据《中华人民共和国预算法》，制定本办法。\n"
        "第二条 本办法所指的专项资金，是指市本级财政预算筹集的资金。\n第三条 本办法自印发之日起施行。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == ["某某市乡村产业专项资金管理办法（修订）"]
    assert docs[1].transmitted_by == 0


def test_a_compilations_dated_entry_over_the_same_title_vouches_for_it():
    """``4. 甲市X方案（2023 / 年4月12日）`` / ``甲市X方案`` / ``为…，`` — the entry's title printed again over its purpose
    clause is a document's title, though it starts with a place only (h62 昆山)."""
    text = (
        "4. 某某市深化“某如意”营商环境2023 年创新行动方案（2023\n年4 月12 日）\n"
        "某某市深化“某如意”营商环境2023 年创新行动方案\n"
        "为全面贯彻落实国家、省、市对优化营商环境的决策部署，\n进一步提振企业发展信\n"
        "心，保护和激发市场主体活力，营造一流营商环境，制定本方案。\n一、总体要求\n坚持以市场主体需求为导向，持续优化营商环境。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某市深化“某如意”营商环境2023年创新行动方案"]
    assert docs[0].date == "2023-04-12"  # (the entry's date note)
