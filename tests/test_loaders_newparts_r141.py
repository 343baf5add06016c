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
