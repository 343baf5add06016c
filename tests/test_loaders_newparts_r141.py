"""Parts h168 (a crawler's archive of a portal: the whole page flattened onto one line) and h169 (cleanup and repeal
interpretations), round r141.  Each text is modelled on a failing text of the two parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# a crawler's archive page: its metadata head, a separator, then the whole page on one line (h168 平潭)
ARCHIVE_HEAD = (
    "标题: {title}\n发布时间: 2018-09-20 11:40\n文号: {number}\n发布机构: 甲市发展局\n栏目: 规范性文件\n"
    "原文链接: https://www.example.gov.cn/zwgk/t1.htm\n本地目录: zwgk/1_{title}\n页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
)


def _archive(title: str, number: str, body: str) -> str:
    table = (
        f"当前位置： 首页政务公开行政规范性文件 索 引 号： JS001-2023-00088 主题分类： 无 发文机关： 甲市发展局 "
        f"成文日期： 2018-09-20 标 题： {title} 发文字号： {number} 发布日期： 2018-09-20 有 效 性： 有效 "
        f"{title} {number} 来源：甲市发展局 时间：2018-09-20 11:40 微信 微博 文件下载 相关链接： --> "
    )
    return ARCHIVE_HEAD.format(title=title, number=number) + table + body


def _refs(doc) -> list[tuple[str, str | None]]:
    return [(r.role, r.title) for r in doc.references]


def test_a_repeal_list_printed_on_the_verb_s_own_line_supersedes_each_item():
    # 经研究，现决定废止以下3份文件:一、《A》(…号)。二、《B》(…号)。三、《C》(…号)。 (h168 平潭, a page flattened onto
    # one line): each listed text is repealed, not merely cited
    text = (
        "甲市人民政府关于废止一批文件的决定\n甲政规〔2025〕3号\n"
        "各区县人民政府，市直各单位：为营造公平竞争的制度环境，我市对有关政策措施进行了专项清理。经研究，现决定废止以下3份文件："
        "一、《甲市人民政府关于公布乙类服务事项的通知》（甲政综〔2016〕29号）。二、《甲市人民政府印发〈甲市丙产业若干措施〉的通知》"
        "（甲政规〔2022〕6号）。三、《甲市丁业发展实施意见》（甲政规〔2022〕9号）。废止的文件，自本决定公布之日起停止执行。"
        "\n甲市人民政府\n2025年7月2日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert _refs(doc) == [
        ("SUPERSEDES", "甲市人民政府关于公布乙类服务事项的通知"),
        ("SUPERSEDES", "甲市人民政府印发《甲市丙产业若干措施》的通知"),
        ("SUPERSEDES", "甲市丁业发展实施意见"),
    ]


def test_a_flattened_page_s_title_with_an_inner_opinion_word_is_read_whole():
    # 标 题： X关于贯彻落实…发展意见措施的通知 发文字号：… X关于贯彻落实…发展意见措施的通知 (h168 平潭): the title
    # printed twice around the table goes on past its inner 意见 in both copies — no cut there
    title = "甲市管委会关于贯彻落实进一步推进乙业降本增效意见措施的通知"
    body = (
        "各有关单位：为贯彻落实《丙省人民政府关于推进乙业发展的意见》，结合我市实际，提出如下措施。"
        "一、优化管理。各单位要加强协调配合。二、强化保障。各单位要落实责任。甲市管委会 2018年9月20日 附件下载"
    )
    doc = parse_text(_archive(title, "甲管综〔2018〕133号", body), "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), doc.date) == (title, "甲管综〔2018〕133号", "2018-09-20")


def test_a_sentence_opening_with_a_date_before_which_is_no_signature_date():
    # …一、自2017年3月1日起，…执行《X》。2017年3月1日前通过…的项目，可按原规定继续执行。…甲市管委会2017年5月18日 (h168 平潭,
    # one line): the sentence's date (…日前) is not cut off as a date line; the signature's date is the notice's
    title = "甲市管委会关于废止《甲市办公建筑规划管理实施细则》的通知"
    body = (
        "各有关单位：为规范我市城乡规划的管理，经研究，决定废止《甲市办公建筑规划管理实施细则》。现将有关事项通知如下："
        "一、自2017年3月1日起，我市规划管理工作同步执行《乙省城市规划管理技术规定》。"
        "2017年3月1日前已取得选址意见书的建设项目，可按原规定继续执行。二、由市规划局组织修编有关规定。"
        "甲市管委会2017年5月18日 附件下载"
    )
    doc = parse_text(_archive(title, "甲管综〔2017〕117号", body), "page.txt").documents[0]
    assert doc.date == "2017-05-18"


def test_carrying_a_text_out_well_implements_it():
    # 进一步实施好《X》，促进… (h168 平潭): carried out, not merely cited
    text = (
        "甲市人民政府关于促进乙业发展的通知\n甲政〔2018〕5号\n各区县人民政府：\n"
        "进一步实施好《丙省人民政府关于支持乙业加快发展的七条措施》，促进乙业与电子商务协同发展。\n"
        "甲市人民政府\n2018年9月20日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert _refs(doc) == [("IMPLEMENTS", "丙省人民政府关于支持乙业加快发展的七条措施")]


def test_a_forwarded_report_after_the_date_and_a_bare_attachment_label_is_its_own_document():
    # …转发给你们,…见到实效。二○○五年十一月二十一日附:关于X的通报各市州人民政府:根据《Y》要求,… (h39 兰州, one line):
    # 附: opens the forwarded report as 附件: does
    text = (
        "甲市人民政府办公厅转发省乙联席会议办公室关于丙督查情况的通报的通知 各县、区人民政府,市政府各有关部门: "
        "2005年11月11日至14日, 督查组对我市乙专项行动进行了现场检查,并听取了市政府的工作汇报。"
        "现将省乙联席会议办公室《关于丙督查情况的通报》转发给你们,希望你们结合实际,认真研究,切实整改。"
        "二○○五年十一月二十一日附:关于丙督查情况的通报各市州人民政府:根据《国务院办公厅关于开展丁专项行动的通知》要求,"
        "督查组于11月11日至14日对我省乙专项行动工作进行了督查。督查组对甲市进行了现场检查。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [
        ("甲市人民政府办公厅转发省乙联席会议办公室关于丙督查情况的通报的通知", "2005-11-21"),
        ("关于丙督查情况的通报", None),
    ]
    assert _refs(docs[1]) == [("BASED_ON", "国务院办公厅关于开展丁专项行动的通知")]


def test_an_untitled_interpretation_is_titled_by_no_section_heading_and_issued_by_its_interpreter():
    # 一、清理背景 / 根据《A》(…)和《B》… / 二、清理范围 / … / 三、清理标准 / … / 五、解读机关 / 某县司法局 / 被解读文件地址:X
    # (h169 静宁): the page's title is lost; 三、清理标准 is a section, not the title; the body under 解读机关 interprets;
    # the link label names the text explained, without book marks
    text = (
        "一、清理背景\n根据《丙省行政规范性文件管理办法》(丙省人民政府令第15号)，乙县于2023年8月启动清理工作。\n"
        "二、清理范围\n乙县司法局对乙县2018年以来的县政府文件进行了全面清理。\n"
        "三、清理标准\n(一)行政规范性文件的主要内容与法律、法规、规章相抵触的,应当予以废止。\n"
        "(二)有效期已满的,应当宣布失效。\n四、清理结果\n对县政府下发的300件文件进行了核对,宣布失效12件。\n"
        "五、解读机关\n乙县司法局\n解读人:张三\n联系电话:0000-1234567\n"
        "被解读文件地址:乙县人民政府关于宣布失效一批行政规范性文件的通知\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, d.issuers) for d in docs] == [("page", 1, ("乙县司法局",))]
    assert ("CITES", "乙县人民政府关于宣布失效一批行政规范性文件的通知") in _refs(docs[0])


def test_an_interpretation_titled_about_issuing_a_quoted_notice_cites_it():
    # 关于发布《X的通知》的解读说明 (h169 平江): the notice quoted in the interpretation's own title is the text explained
    text = (
        "关于发布《乙县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明\n\n来源:县司法局 2020-12-25 15:20\n\n"
        "一、制定的必要性\n为贯彻落实《丙省规范性文件管理办法》，我县开展了规范性文件清理工作。\n"
        "二、主要内容\n此次共废止规范性文件20件。\n\n乙县司法局\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert ("CITES", "乙县人民政府关于公布2020年第二批规范性文件废止目录的通知") in _refs(doc)


def test_an_interpretation_title_that_lost_its_opening_book_mark_is_read_as_printed():
    # 【文字解读】关于X的政策解读 (the page's heading) / … / X》的政策解读 (h169 泉港): the body's title, its opening 《 lost,
    # is the interpretation's title; it cites X; the names heading X are X's issuers, not the interpretation's
    text = (
        "您当前的位置:首页 > 政务公开 > 政策解读 > 区级解读\n"
        "【文字解读】关于甲市乙区人民政府关于公布2022年度规范性文件清理结果的通告的政策解读\n"
        "2023-02-03 09:41 阅读人数:1\n \n\n"
        "甲市乙区人民政府关于公布2022年度规范性文件清理结果的通告》的政策解读\n\n \n\n"
        "一、制定背景\n\n(一)根据《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》规定,健全动态清理工作机制。\n\n"
        "二、主要内容\n\n此次清理规范性文件252件,206件继续有效。\n\n扫一扫在手机上查看当前页面\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, d.issuers) for d in docs] == [
        ("甲市乙区人民政府关于公布2022年度规范性文件清理结果的通告》的政策解读", 6, ())
    ]
    assert _refs(docs[0])[:2] == [
        ("CITES", "甲市乙区人民政府关于公布2022年度规范性文件清理结果的通告"),
        ("BASED_ON", "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知"),
    ]


def test_a_rule_printed_after_its_notice_s_signature_on_the_same_line_is_a_document_of_its_own():
    # 某街道办事处，县直有关单位：现将《X》印发给你们，请认真贯彻执行。 某县人民政府 2026年6月9日 （此件主动公开）X 第一章 总 则
    # 第一条 …根据《A》《B》…，制定本港章。 (h168 平潭, the page stored as one line opening with its addressee): X is split off
    # with its articles; what its first article rests on is X's, not the notice's
    title = "甲县人民政府关于印发甲县乙湾渔港港章的通知"
    body = (
        "丙街道办事处，县直有关单位：现将《甲县乙湾渔港港章》印发给你们，请认真贯彻执行。 甲县人民政府 2026年6月9日 "
        "（此件主动公开）甲县乙湾渔港港章 第一章 总 则第一条 为保障乙湾渔港设施、渔业船舶及公民生命财产安全，维护渔港秩序，"
        "保护渔港环境，促进渔业生产的发展，根据《中华人民共和国渔业法》《丁省渔港和渔业船舶管理条例》等有关规定，结合本渔港实际，"
        "制定本港章。第二条 本港章适用于乙湾渔港水域和陆域。进出本港的船舶、设施和人员，应当遵守本港章。第三条 县渔港管理机构"
        "负责本港的监督管理工作。第二章 船舶管理第四条 进出本港的渔业船舶应当按规定办理进出港报告手续，服从渔港管理机构的"
        "统一调度和指挥。第五条 本港章自发布之日起施行。"
    )
    text = ARCHIVE_HEAD.format(title=title, number="甲政综〔2026〕14号") + body + "\n"
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [(title, "2026-06-09"), ("甲县乙湾渔港港章", "2026-06-09")]
    assert _refs(docs[0]) == []
    assert _refs(docs[1]) == [("BASED_ON", "中华人民共和国渔业法"), ("BASED_ON", "丁省渔港和渔业船舶管理条例")]
