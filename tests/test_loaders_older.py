"""Layouts of parts h60–h65 of the unseen set (2026-12-04, second session): law-database pages of older
texts that print the issuer apart from the title, numbers and dates of the 1990s and 2000s, county notices
issuing plans.  Each text is modelled on two sources of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    "issuer, title, number",
    [  # 梅州 and 扬州 (h65, 法律资料网): the issuer, two blank lines, the title, two blank lines, the number
        ("广东省梅州市人民政府", "印发梅州市社会养老保险市级统筹实施办法的通知", "梅市府〔2004〕18号"),
        ("江苏省某某市人民政府", "关于转发《某某市河道疏浚工程项目管理实施细则》的通知", "某府办发〔2003〕101号"),
    ],
)
def test_an_issuer_line_set_apart_by_blank_lines_is_no_part_of_the_title(issuer, title, number):
    text = (
        "首页 » 法律资料网 » 法律法规 »\n\n某某办法\n\n作者:法律资料网\n\n"
        f"{issuer}\n\n\n{title}\n\n\n{number}\n\n各县(市、区)人民政府:\n\n\n现将《某某办法》印发给你们，请认真贯彻执行。\n\n"
        "某某市人民政府\n二○○四年四月三十日\n"
    )
    doc = next(d for d in parse_text(text, "page.txt").documents if str(d.doc_number) == number)
    assert doc.title == title
    assert doc.source_line == text.splitlines().index(title) + 1


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_over_two_lines_spaced_like_the_page_stays_one_title(gap):
    """河南省人民政府 / 关于…的通知 with the page's own spacing (no wider break): one title, as before."""
    title_lines = ("河南省人民政府", "关于印发某某实施方案的通知")
    text = f"{title_lines[0]}{gap}{title_lines[1]}{gap}豫政〔2024〕5号{gap}各市人民政府：{gap}现将《某某实施方案》印发给你们。{gap}"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "".join(title_lines)


@pytest.mark.parametrize(
    "heading, items",
    [  # 卢龙 (h63): （二）编制依据。 then one title a line, each closed by ；, some with their numbers
        (
            "（二）编制依据。",
            [
                "《中华人民共和国大气污染防治法》；",
                "《某某省重污染天气应急预案》（某政办字〔2019〕81号）；",
                "《某某市大气污染综合治理工作方案》。",
            ],
        ),
        ("1.2 编制依据", ["1.《中华人民共和国突发事件应对法》；", "2.《某某县突发事件总体应急预案》；"]),
    ],
)
def test_a_basis_list_one_title_a_line_is_based_on_to_its_end(heading, items):
    text = (
        "某某县人民政府关于印发某某县重污染天气应急预案的通知\n某政发〔2020〕4号\n各乡镇人民政府：\n"
        "现将《某某县重污染天气应急预案》印发给你们，请认真贯彻执行。\n某某县人民政府\n2020年3月3日\n"
        "某某县重污染天气应急预案\n1 总则\n" + heading + "\n" + "\n".join(items) + "\n（三）适用范围。\n"
        "本预案适用于本县行政区域内，《某某市空气质量通报办法》另有规定的除外。\n"
    )
    doc = parse_text(text, "plan.txt").documents[-1]
    roles = {r.title: r.role for r in doc.references}
    listed = [i[i.index("《") + 1 : i.index("》")] for i in items]
    assert [roles[t] for t in listed] == ["BASED_ON"] * len(items)
    assert roles["某某市空气质量通报办法"] == "CITES"  # after the list: the list is closed


@pytest.mark.parametrize(
    "heading, number, title",
    [  # 梁山 (h63): the portal's heading glues the number before the title; a longer title on a second source
        (
            "梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知",
            "梁政发〔2023〕7号",
            "关于印发梁山县突发事件总体应急预案的通知",
        ),
        (
            "某府办发〔2021〕12号 关于印发某某县防汛抗旱和地质灾害防治应急预案的通知",
            "某府办发〔2021〕12号",
            "关于印发某某县防汛抗旱和地质灾害防治应急预案的通知",
        ),
    ],
)
def test_a_number_glued_before_the_title_is_the_number_and_the_plan_below_is_split_off(heading, number, title):
    plan = title.removeprefix("关于印发").removesuffix("的通知")
    text = (
        f"索引号 11370832004235253L/2023-05260\n{heading}\n发布日期: 2023-03-10\n各乡镇人民政府、街道办事处：\n"
        f"现将《{plan}》印发给你们，请结合实际抓好贯彻落实。\n某某县人民政府\n2023年3月9日\n（此件公开发布）\n"
        f"{plan}\n1 总则\n1.1 编制依据\n依据《中华人民共和国突发事件应对法》等，制定本预案。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.doc_number)) for d in docs] == [(title, number), (plan, "None")]
    assert [(r.role, r.title) for r in docs[1].references] == [("BASED_ON", "中华人民共和国突发事件应对法")]


@pytest.mark.parametrize(
    "title, number",
    [  # 国家药监局 (h64): the announcement's number in brackets after its title; a second body's on the same form
        ("国家药监局关于加强药品上市许可持有人委托生产监督管理工作的公告", "2023年第132号"),
        ("某某省市场监督管理局关于公布某某产品质量抽查结果的通告", "2024年第5号"),
    ],
)
def test_an_announcements_number_after_its_title_is_its_number(title, number):
    text = f"{title}（{number}）\n来源：某某网 发布时间：2023-11-09\n为进一步落实有关要求，现就有关事项公告如下：\n一、严格许可管理。\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (title, number)


def test_a_head_and_its_number_in_brackets_stay_one_line():
    """国家林业和草原局公告（2021年第13号）: the head of an announcement, not a title (h50)."""
    assert [x.text for x in clean_lines("国家林业和草原局公告（2021年第13号）\n")] == [
        "国家林业和草原局公告（2021年第13号）"
    ]


@pytest.mark.parametrize(
    "line, parts",
    [  # 税收信息 (h64): the bulletin prints the date, then the announcement's number, on one line
        ("2012-12-06 国家税务总局公告2012年第54号", ["国家税务总局公告2012年第54号", "2012-12-06"]),
        ("2020-03-01 某某省税务局公告2020年第3号", ["某某省税务局公告2020年第3号", "2020-03-01"]),
    ],
)
def test_an_iso_date_then_an_announcements_number_are_two_lines(line, parts):
    assert [x.text for x in clean_lines(line + "\n")] == parts


@pytest.mark.parametrize(
    "line",
    [  # 珲春 (h61): the distribution note and the date share the signature's last line, in either order
        "(此件发至乡)                  2017年6月13日",
        "2019年4月2日　　（此件公开发布）",
    ],
)
def test_a_note_and_the_date_on_one_line_still_date_the_notice(line):
    text = (
        "某某市人民政府办公室关于印发某某市河长制工作方案的通知\n某政办发〔2017〕19号\n各乡镇人民政府：\n"
        f"现将《某某市河长制工作方案》印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n{line}\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    date = line.split("日")[0].strip("(此件发至乡) 　") + "日"
    y, rest = date.split("年")
    m, d = rest.rstrip("日").split("月")
    assert doc.date == f"{y}-{int(m):02d}-{int(d):02d}"


@pytest.mark.parametrize(
    "line, text",
    [  # a text cut from a page's HTML source keeps its blanks as references (h64, a web app's mock data)
        ("二〇一二年四月十七日&nbsp;", "二〇一二年四月十七日"),
        ("2015&zwj; 年&zwj; 12 月 3 日&emsp;", "2015年12月3日"),
    ],
)
def test_html_references_of_blanks_are_blanks(line, text):
    assert [x.text for x in clean_lines(line + "\n")] == [text]


def test_an_ampersand_of_words_stays():
    assert [x.text for x in clean_lines("R&D投入&nbsp\n")] == ["R&D投入&nbsp"]


@pytest.mark.parametrize(
    "note, date",
    [  # 国家商检局 (h65): the number and the date in numerals in one note under the title
        ("（国检监〔1989〕565号 一九八九年十月十六日）", "1989-10-16"),
        ("(某某发〔1998〕12号　一九九八年三月二日)", "1998-03-02"),
    ],
)
def test_a_date_in_numerals_in_the_number_note_dates_the_text(note, date):
    text = f"国家某某局关于进一步做好试点工作的通知\n{note}\n各省、自治区、直辖市某某局：\n现就有关事项通知如下。\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == date


UNTITLED_TEXTS = [
    # (file, text, the node id it is known by) — a reprint that begins at the addressees (龙里 h61), a notice
    # titled only by its number (邻水 h63), a text whose title line a scraper dropped (和林格尔 h66)
    (
        "longli-untitled.txt",
        "各乡（镇）人民政府，县直各部门：\n现将《某某县农村人居环境整治方案》印发给你们，请认真贯彻执行。\n"
        "某某县人民政府办公室\n2018年5月2日\n",
        "doc:longli-untitled",
    ),
    (
        "linshui-number.txt",
        "邻府办函〔2022〕7号\n各乡镇人民政府：\n现将《某某县地质灾害防治方案》印发给你们，请认真组织实施。\n"
        "某某县人民政府办公室\n2022年4月1日\n",
        "doc:邻府办函〔2022〕7号",
    ),
    (
        "horinger-no-title.txt",
        "成文日期 | 2025-04-01 |\n根据《内蒙古自治区草畜平衡和禁牧休牧条例》《某某市禁牧休牧条例》等规定，结合我县实际，"
        "现就2025年春季休牧有关事项通告如下：\n一、休牧时间为2025年4月1日至5月15日。\n二、休牧期间禁止放牧。\n"
        "三、各嘎查村要加强巡查，发现违规放牧的及时劝阻并报告苏木乡镇人民政府和县农牧局。\n"
        "四、对违反本通告规定放牧的，由县农牧局依照有关法律法规的规定予以处罚。\n"
        "五、本通告自发布之日起施行。\n某某县人民政府\n2025年4月1日\n",
        "doc:horinger-no-title",
    ),
]


@pytest.mark.parametrize("name, text, node", UNTITLED_TEXTS)
def test_a_text_that_prints_no_title_has_none_in_the_graph(tmp_path, name, text, node):
    """No title is made up (neither the file's name nor the number): the node keeps an id to be known by."""
    from policykg import build_graph

    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = parse_text(text, name).documents[0]
    assert not doc.title_printed
    G = build_graph([tmp_path / name], as_of="2025-06-01", jobs=1)
    assert node in G and G.nodes[node]["title"] == "" and G.nodes[node]["in_corpus"]


def test_a_printed_title_is_printed():
    text = "某某县人民政府关于印发某某方案的通知\n某政发〔2024〕1号\n各乡镇人民政府：\n现将《某某方案》印发给你们。\n"
    assert parse_text(text, "t.txt").documents[0].title_printed


@pytest.mark.parametrize(
    "above, number_line",
    [  # 濮阳 (h68): a byline, then the number with its brackets lost; 怀远 (h63): the issuer over the title, 〕 and 号 lost
        ("关于印发某某开发区突发事件总体应急预案的通知\n时间:2021-07-16 来源: 点击量:\n", "濮经开202157"),
        ("某某县人民政府办公室\n关于印发某某开发区突发事件总体应急预案的通知\n", "怀政办〔202215"),
    ],
)
def test_a_damaged_number_under_the_title_is_a_header_line_and_the_plan_is_split_off(above, number_line):
    plan = "某某开发区突发事件总体应急预案"
    text = (
        f"{above}{number_line}\n各乡（镇）人民政府，区直各有关单位：\n《{plan}》已经研究同意，现印发给你们，请认真贯彻执行。\n"
        f"2021年7月16日\n{plan}\n1 总则\n1.1 编制依据\n依据《中华人民共和国突发事件应对法》等，制定本预案。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        above.splitlines()[0] + (above.splitlines()[1] if "办公室" in above else ""),
        plan,
    ]
    assert [(r.role, r.title) for r in docs[1].references] == [("BASED_ON", "中华人民共和国突发事件应对法")]


def test_a_tags_tail_on_a_spam_mirrors_first_line_is_no_title():
    text = (
        '关于印发某某预案的通知" /> js66883\njs66883某某有限公司\njs66883某某 / 部门规章\n关于印发某某预案的通知\n'
        "各乡镇人民政府：\n现将《某某预案》印发给你们。\n2021年7月16日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.source_line) == ("关于印发某某预案的通知", 4)


@pytest.mark.parametrize("town", ["大张庄镇", "东湖街道"])
def test_a_town_named_without_its_county_over_the_title_opens_the_title(town):
    """大张庄镇人民政府 / 关于印发…的通知 (h68): a town's government is a body's name, one title over two lines."""
    body = "人民政府" if town.endswith("镇") else "办事处"
    text = (
        f"{town}{body}\n\n关于印发《某某森林火灾应急预案》的通知\n\n各村、镇直各部门：\n"
        f"现将《某某森林火灾应急预案》印发给你们，请认真贯彻执行。\n{town}{body}\n2021年9月20日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == f"{town}{body}关于印发《某某森林火灾应急预案》的通知"


@pytest.mark.parametrize("date", ["2021年920", "2021716"])
def test_an_untitled_plan_under_a_signature_with_a_damaged_date_is_the_issued_text(date):
    plan = "某某镇2021年度森林火灾应急预案"
    section = "为建立健全森林火灾应对工作机制，提高森林火灾应急处置能力，确保人民群众生命财产安全，制定本预案。"
    text = (
        f"某某镇人民政府关于印发《{plan}》的通知\n各村、镇直各部门：\n现将《{plan}》印发给你们，请认真贯彻执行。\n"
        f"某某镇人民政府\n{date}\n\n\n1 总则\n1.1 编制目的\n{section}\n1.2 编制依据\n"
        "依据《中华人民共和国森林法》《森林防火条例》等，制定本预案。\n1.3 适用范围\n本预案适用于本镇行政区域内的森林火灾应对工作。\n"
        f"2 组织体系\n2.1 镇森林防火指挥部\n{section}\n3 预警\n{section}\n4 应急响应\n{section}\n5 后期处置\n{section}\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [f"某某镇人民政府关于印发《{plan}》的通知", plan]
    assert {(r.role, r.title) for r in docs[1].references} == {
        ("BASED_ON", "中华人民共和国森林法"),
        ("BASED_ON", "森林防火条例"),
    }


def test_the_notices_foot_under_a_damaged_date_is_no_text():
    """抄送：… / …印发 under the signature (六安 h60): the notice's foot, no untitled text."""
    lines = "\n".join(
        f"{k}. 某某行政事业性收费项目，收费标准按有关规定执行，征收部门为区某某局。" for k in range(1, 12)
    )
    text = (
        "关于公布某某区涉企收费清单的通知\n各乡镇人民政府：\n现将《某某区涉企收费清单》予以公布。\n某某区发展和改革委员会\n"
        f"2024126\n抄送：区市场监管局。\n某某区发展和改革委员会 2024126日印\n{lines}\n"
    )
    assert [d.title for d in parse_text(text, "page.txt").documents] == ["关于公布某某区涉企收费清单的通知"]


PRESS_PAGES = [
    # a briefing's transcript (国新办, h70) and a newspaper's story of a press conference (重庆日报, h70)
    "国务院新闻办公室举行政策例行吹风会\n主持人：女士们、先生们，大家上午好。欢迎出席今天的吹风会。\n"
    "记者：请问今年的就业目标如何实现？\n答：我们将继续实施就业优先政策，加大对重点群体的支持力度，确保就业形势总体稳定。\n"
    "记者：关于减税降费，还有哪些新举措？\n答：今年将继续实施减税降费政策，进一步减轻企业负担，激发市场主体活力。\n",
    "本报讯（记者 王某）11月20日，市政府新闻办举行新闻发布会，介绍全市营商环境建设有关情况。\n"
    "发布会上，市发展改革委负责人介绍，今年以来全市新增市场主体12万户，同比增长百分之十五，营商环境持续改善。\n"
    "记者从发布会上获悉，下一步将持续深化改革，推动各项政策落地见效，为企业发展创造更好条件。\n",
]


@pytest.mark.parametrize("text", PRESS_PAGES)
def test_a_press_events_page_is_no_document(text):
    text += "下一步，有关部门将认真落实各项部署，加强统筹协调，强化督促检查，推动各项任务落到实处、取得实效。\n" * 3
    parsed = parse_text(text, "press.txt")
    assert parsed.documents == ()
    assert [p.kind for p in parsed.problems] == ["news-report"]


def test_an_untitled_notice_that_names_a_reporter_once_stays():
    text = (
        "各乡镇人民政府，县直各部门：\n为做好2024年春节期间安全生产工作，经县政府同意，现就有关事项通知如下。\n"
        "一、各单位要高度重视，落实安全生产责任，开展隐患排查整治，确保人民群众生命财产安全。\n"
        "二、县融媒体中心要安排记者做好宣传报道工作，营造良好的安全生产氛围，提高群众安全意识。\n"
        "三、各单位要严格执行值班制度，遇有重大情况及时报告，不得迟报、漏报、瞒报。\n某某县人民政府办公室\n2024年2月1日\n"
    )
    assert len(parse_text(text, "notice.txt").documents) == 1


@pytest.mark.parametrize(
    "heading, number, title, issuer",
    [  # 清水 (h66): a body's title with no 关于 after the number; its issuer is the body it names (not the
        # city a one-character prefix 清 would guess)
        (
            "清政告字〔2025〕1号清水县人民政府土地征收预公告",
            "清政告字〔2025〕1号",
            "清水县人民政府土地征收预公告",
            "清水县人民政府",
        ),
        (
            "某府告〔2024〕3号某某县人民政府关于禁止燃放烟花爆竹的通告",
            "某府告〔2024〕3号",
            "某某县人民政府关于禁止燃放烟花爆竹的通告",
            "某某县人民政府",
        ),
    ],
)
def test_a_number_glued_before_a_bodys_title(heading, number, title, issuer):
    text = (
        f"{heading}\n发布时间: 2025年02月06日 来源: 自然资源局\n根据《中华人民共和国土地管理法》等规定，现将有关事项公告如下：\n"
        "一、征收范围：某某镇某某村集体土地，具体四至以勘测定界图为准。\n"
        "二、征收目的：用于某某道路建设项目，符合公共利益需要，已纳入国民经济和社会发展年度计划。\n"
        "三、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。\n"
        f"四、本公告自发布之日起施行。\n{issuer}\n2025年2月6日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number), list(doc.issuers)) == (title, number, [issuer])


@pytest.mark.parametrize(
    "lead",
    [  # 坪山 (h68): a lead sentence announces the list, one numbered title a line
        "依据安全生产、自然灾害等突发事件有关法律法规及规范性文件,编制本预案:",
        "依据下列法律法规和文件，制定本办法：",
    ],
)
def test_a_lead_sentence_announcing_a_basis_list_makes_its_items_based_on(lead):
    text = (
        "某某镇突发事件综合应急预案\n为了进一步提高镇政府应对各类突发事件的应急处置能力，保障人民群众生命财产安全。\n"
        f"{lead}\n(1)《中华人民共和国突发事件应对法》\n(2)《某某市突发事件应对条例》\n"
        "(3)《某某县人民政府办公室关于印发某某县突发事件总体应急预案的通知》(某府办发〔2022〕37号)\n"
        "本预案适用于本镇各类自然灾害、事故灾难、公共卫生事件和社会安全事件的应对工作。\n"
        "一、组织体系\n镇政府设立突发事件应急指挥部，统一领导全镇突发事件应对工作。\n"
    )
    doc = parse_text(text, "plan.txt").documents[0]
    assert [r.role for r in doc.references] == ["BASED_ON"] * 3


@pytest.mark.parametrize(
    "text, number",
    [  # 广西 (h71): a promulgation date glued before the number; 福州 (h29): a law record's labels glued before it
        ("（1980年4月26日桂政发〔1980〕94号发布）", "桂政发〔1980〕94号"),
        ("发文日期2000年6月23日时效性现行有效发文字号国函〔2000〕83号", "国函〔2000〕83号"),
        ("（1997年3月1日市人民政府令第89号发布）", "市人民政府令第89号"),
    ],
)
def test_a_number_never_starts_with_a_dates_last_character_or_a_label(text, number):
    from policykg.loaders import regexes as rx

    m = rx.DOCNUM.search(text) or rx.ORDER_NUMBER.search(text)
    assert m.group(0) == number


@pytest.mark.parametrize(
    "sentence, role",
    [  # 卫生部 (h72): a decision to amend a catalogue, and to add to it; reports of others' work stay citations
        ("卫生部决定修订《医疗机构诊疗科目名录》部分科目。", "AMENDS"),
        ("现决定在《医疗机构诊疗科目名录》中增加“疼痛科”诊疗科目。", "AMENDS"),
        ("自治区人民政府决定修改《某某自治区某某管理办法》等42件规章。", "AMENDS"),
        ("目前有关部门正在修订《某某管理办法》。", "CITES"),
        ("按照修订后的《某某管理办法》执行。", "BASED_ON"),  # (按照: what it follows, not what it amends)
        ("在《某某管理办法》中规定的程序以外，不得另设审批。", "CITES"),
    ],
)
def test_a_decision_to_amend_or_add_to_a_text_amends_it(sentence, role):
    text = f"某某部关于某某事项的通知\n各省、自治区、直辖市卫生厅局：\n{sentence}\n特此通知。\n某某部\n2007年7月16日\n"
    doc = parse_text(text, "n.txt").documents[0]
    assert [r.role for r in doc.references] == [role]


@pytest.mark.parametrize(
    "line, signers, date",
    [  # 国家医保局 (h72): two signers and the date on one line of a PDF's conversion; 卫生部 with a date in numerals
        ("国家医保局 财政部 2021年4月12日", ["国家医疗保障局", "财政部"], "2021-04-12"),
        ("卫生部 一九九四年九月五日", ["卫生部"], "1994-09-05"),
    ],
)
def test_signers_and_their_date_on_one_line_sign_the_notice(line, signers, date):
    text = (
        "关于加快推进门诊费用跨省直接结算工作的通知\n医保发〔2021〕27号\n各省、自治区、直辖市医疗保障局、财政厅（局）：\n"
        f"为贯彻落实党中央、国务院决策部署，现就有关事项通知如下。\n一、加强组织领导。\n{line}\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert (sorted(doc.issuers), doc.date) == (sorted(signers), date)


@pytest.mark.parametrize("line", ["会议定于2021年4月12日", "本办法自2021年4月12日"])
def test_a_sentence_ending_in_a_date_stays_one_line(line):
    assert [x.text for x in clean_lines(line + "\n")] == [line]


def test_a_portals_glued_rows_and_a_members_addressee_let_the_notice_and_its_plan_be_found():
    """恒口 (h68): 标题… and 公开目录…公开形式… rows with their labels glued on, 安委会各成员单位: as the
    addressees, a signature sealed by another body (代章), then the plan without its title."""
    plan = "某某示范区生产安全事故应急预案"
    section = "为有效应对和处置生产安全事故，规范事故的应急管理和应急响应程序，及时有效地实施应急救援工作。"
    text = (
        f"首页 > 政务公开 > 正文内容\n某某示范区安全生产委员会关于印发《{plan}》的通知\n"
        f"  • 标题某某示范区安全生产委员会关于印发《{plan}》的通知\n  • 公开目录重要文件公开形式主动公开\n"
        f"示范区安委会各成员单位:\n现将《{plan}》印发给你们，请认真贯彻执行。\n某某示范区安全生产委员会(代章)\n"
        f"2020年7月9日\n1、总则\n1.1 编制目的\n{section}\n1.2 编制依据\n依据《中华人民共和国安全生产法》等，制定本预案。\n"
        f"1.3 适用范围\n{section}\n2、组织体系\n{section}\n3、预警\n{section}\n4、应急响应\n{section}\n"
        f"5、后期处置\n{section}\n6、保障措施\n{section}\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [f"某某示范区安全生产委员会关于印发《{plan}》的通知", plan]
    assert [(r.role, r.title) for r in docs[1].references] == [("BASED_ON", "中华人民共和国安全生产法")]


@pytest.mark.parametrize(
    "line, cleaned",
    [
        ("公开目录重要文件公开形式主动公开", ""),
        ("公开日期2020年07月30日16时06分成文日期2020年07月09日", ""),
        ("标题某某县人民政府关于印发某某方案的通知", "某某县人民政府关于印发某某方案的通知"),
        ("某某县安全生产委员会（代章）", "某某县安全生产委员会"),
        ("公开形式是本条例规定的重要内容", "公开形式是本条例规定的重要内容"),  # one label only: a sentence
    ],
)
def test_glued_field_rows_and_a_seal_note(line, cleaned):
    assert [x.text for x in clean_lines(line + "\n")] == [cleaned]


def test_a_notices_title_over_the_articles_it_issues_splits_the_text_off():
    """城关镇 (h68): the page prints the notice's title, its table one cell a line without colons, then the
    plan's articles — no notice text between."""
    text = (
        "中共某某镇委员会 某某镇人民政府关于印发某某镇突发事件综合应急预案的通知\n索引号\n620724077/2024-00039\n文号\n"
        "发布机构\n某某县某某镇\n公开形式\n主动公开\n责任部门\n某某镇人民政府\n生成日期\n2024-05-23 15:48:33\n是否有效\n"
        "第一章 总 则\n第一条【编制依据】\n为切实做好本镇突发事件应对工作，依据《中华人民共和国突发事件应对法》等，制定本预案。\n"
        "第二条【适用范围】本预案适用于发生在本镇行政区域内的自然灾害、事故灾难、公共卫生事件和社会安全事件。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "中共某某镇委员会某某镇人民政府关于印发某某镇突发事件综合应急预案的通知",
        "某某镇突发事件综合应急预案",
    ]
    assert docs[1].transmitted_by == 0
    assert [(r.role, r.title) for r in docs[1].references] == [("BASED_ON", "中华人民共和国突发事件应对法")]


def test_a_bare_labels_value_is_a_field_but_a_chapter_under_it_stays():
    lines = [x.text for x in clean_lines("发布机构\n某某县某某镇\n是否有效\n第一章 总 则\n")]
    assert lines == ["", "", "", "第一章 总 则"]


@pytest.mark.parametrize(
    "line, number",
    [  # 呼伦贝尔 (h58), 邹城 (h69): the closing bracket and 号 lost; the year is the first four digits
        ("治政办[201793", "治政办〔2017〕93号"),
        ("济文明办〔201314", "济文明办〔2013〕14号"),
        ("濮经开202157", "None"),  # no bracket left: where the year ends is unsure
    ],
)
def test_a_number_that_lost_its_closing_bracket_is_read_from_the_year(line, number):
    text = f"关于印发某某专项行动方案的通知\n{line}\n各乡镇人民政府：\n现将《某某专项行动方案》印发给你们。\n"
    assert str(parse_text(text, "n.txt").documents[0].doc_number) == number


@pytest.mark.parametrize("filler", ["?", "？", "? ?"])
@pytest.mark.parametrize(
    "number, read",
    [  # 治多 (h78): a red head's damaged number above the issuer and the title, '?' lines for lost spaces;
        # 邹城 (h69) as the second shape of damage
        ("治政办[201793", "治政办〔2017〕93号"),
        ("某文明办〔201314", "某文明办〔2013〕14号"),
    ],
)
def test_a_damaged_number_over_a_red_heads_issuer_and_title_is_read(filler, number, read):
    text = (
        f"{number}\n\n{filler}\n\n某某县人民政府办公室\n关于印发某某县专项\n行动方案\n各乡(镇)政府、政府各部门:\n"
        f"{filler}{filler}现将《某某县专项行动方案》印发给你们,请认真贯彻执行。\n某某县人民政府办公室\n2017年12月15日\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == ("某某县人民政府办公室关于印发某某县专项行动方案", read)
    assert doc.source_line == 5


def test_a_line_of_question_marks_is_cleaned_away_but_a_name_with_one_stays():
    assert [x.text for x in clean_lines("?\n？？\n?州市人民政府\n")] == ["", "", "?州市人民政府"]


@pytest.mark.parametrize(
    "sentence, titles",
    [  # 汉阴 (h76): a later item's issuer counts its bodies; 大同 (h66): a later item named without 《》
        (
            "根据财政部等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》（财农〔2021〕22号）、"
            "某某省财政厅等11部门《关于印发〈某某实施细则〉的通知》（某财办农〔2021〕38号）等文件精神，制定本办法。",
            ["关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知", "关于印发《某某实施细则》的通知"],
        ),
        (
            "根据《中华人民共和国草原法》、《某某省草原条例》和国家林业和草原局（林草发〔2020〕40号）关于进一步加强草原"
            "禁牧休牧工作的通知、《某某省草原禁牧计划》等文件精神，结合我区实际，特发布本公告。",
            ["中华人民共和国草原法", "某某省草原条例", "某某省草原禁牧计划"],
        ),
    ],
)
def test_the_spirit_of_a_list_is_carried_out_for_every_item(sentence, titles):
    text = f"某某县人民政府关于某某事项的通知\n各乡镇人民政府：\n{sentence}\n某某县人民政府\n2021年8月2日\n"
    roles = {r.title: r.role for r in parse_text(text, "n.txt").documents[0].references}
    assert [roles[t] for t in titles] == ["IMPLEMENTS"] * len(titles)


@pytest.mark.parametrize(
    "above",
    [  # 山东 wiki (h67), 内蒙古 wiki (h76): a label over the text; 青岛 (h75): a news lead's last words, no colon
        "办法全文",
        "内容全文",
        "近日，某某新区五部门联合印发实施方案，通知全文如下",
    ],
)
def test_a_full_text_label_or_a_leads_last_words_are_no_part_of_the_title(above):
    title = "关于印发某某新区促进银发经济发展实施方案的通知"
    text = (
        f"{above}\n\n{title}\n某新发〔2025〕3号\n各街道办事处：\n现将《某某新区促进银发经济发展实施方案》印发给你们。\n"
    )
    assert parse_text(text, "page.txt").documents[0].title == title


@pytest.mark.parametrize(
    "short, signed",
    [  # 钟楼 (h75): the title names the office by its level alone, the signature in full
        ("区政府办公室", "常州市钟楼区人民政府办公室"),
        ("市财政局", "某某市财政局"),
    ],
)
def test_a_body_named_by_its_level_in_the_title_is_the_one_the_signature_names(short, signed):
    text = (
        f"{short}关于印发《某某粮食应急预案》的通知\n某政办发〔2020〕51号\n各镇人民政府，各街道办事处：\n"
        f"现将《某某粮食应急预案》印发给你们，请认真贯彻执行。\n{signed}\n2020年12月10日\n"
    )
    assert parse_text(text, "n.txt").documents[0].issuers == (signed,)


@pytest.mark.parametrize("posted", [" 2018-6-15", " 2018.06.15"])
def test_an_announcements_number_line_with_the_pages_posting_date_is_its_number(posted):
    """安徽 (h76): 国家税务总局某某省税务局公告2018年第10号 2018-6-15 under the title."""
    text = (
        "国家税务总局某某省税务局关于发布《某某省税收票证管理实施办法》的公告\n"
        f"国家税务总局某某省税务局公告2018年第10号{posted}\n现发布《某某省税收票证管理实施办法》，自发布之日起施行。\n"
        "特此公告。\n国家税务总局某某省税务局\n2018年6月15日\n"
    )
    doc = parse_text(text, "a.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (
        "国家税务总局某某省税务局关于发布《某某省税收票证管理实施办法》的公告",
        "2018年第10号",
    )


@pytest.mark.parametrize(
    "furniture",
    [  # 民乐 (h84): a portal's rows without colons and its link to the interpretation, between title and addressees
        "关键词 发布机构 某某县政府办\n公开形式 主动公开 责任部门 政府办\n生成日期 2020-12-12 15:40:33 是否有效\n"
        "政策解读链接:《某某县突发公共事件总体应急预案》政策解读",
        "解读链接：《某某县突发公共事件总体应急预案》解读",
    ],
)
def test_portal_rows_and_an_interpretation_link_do_not_hide_the_notice_and_its_plan(furniture):
    text = (
        "某某县人民政府关于印发某某县突发公共事件总体应急预案的通知\n\n"
        f"{furniture}\n\n各镇人民政府,县政府各部门:\n"
        "《某某县突发公共事件总体应急预案》已经县政府同意,现印发你们,请认真贯彻实施。\n"
        "某某县人民政府\n2020年12月8日\n\n某某县突发公共事件总体应急预案\n1总则\n1.1编制目的\n为了建立健全应急处置机制。\n"
        "1.2编制依据\n依据《中华人民共和国突发事件应对法》《生产安全事故应急条例》等,制定本预案。\n"
    )
    docs = parse_text(text, "n.txt").documents
    assert [d.title for d in docs] == [
        "某某县人民政府关于印发某某县突发公共事件总体应急预案的通知",
        "某某县突发公共事件总体应急预案",
    ]
    assert docs[1].transmitted_by == 0 and not [r for r in docs[0].references if r.role == "BASED_ON"]
    assert [r.title for r in docs[1].references] == ["中华人民共和国突发事件应对法", "生产安全事故应急条例"]


@pytest.mark.parametrize(
    "repeal",
    [  # 广丰 (h84): the earlier version by its date; 浮山 (h84): by its number
        "2018年1月12日区政府办公室印发的《某某区森林火灾应急预案》同时废止。",
        "2024年7月18日印发的《某某区森林火灾应急预案》(某政办发〔2024〕27号)同时废止。",
    ],
)
def test_a_notice_repeals_the_earlier_version_of_the_text_it_issues(repeal):
    text = (
        "区政府办公室关于印发《某某区森林火灾应急预案》的通知\n各乡镇人民政府,区直各部门:\n"
        f"经区政府同意,现将修订后的《某某区森林火灾应急预案》印发给你们,请认真实施。{repeal}\n"
        "某某区人民政府办公室\n2019年11月23日\n"
    )
    refs = parse_text(text, "n.txt").documents[0].references
    assert sorted(r.role for r in refs if r.title == "某某区森林火灾应急预案") == ["SUPERSEDES", "TRANSMITS"]


@pytest.mark.parametrize(
    "raw, cleaned",
    [  # 浮山 (h84): a mirror's footer band above the text; 山东 (h82), 浮山, 云龙 (h87): '?' for lost indents
        ("主办:山西省临汾市某某县人民政府 ? 版权所有 2018", ""),
        ("晋ICP备19003694号 网站标识码:1410270002", ""),
        ("某某人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!", ""),
        ("关于我们 丨 联系我们 丨 广告合作 丨 诚聘英才 丨 网站地图", ""),  # 拉萨 (h88): the site's links
        ("网站地图|联系我们", ""),
        ("????????????山东省卫生健康委员会", "山东省卫生健康委员会"),
        ("2025年7月8日 ?????????", "2025年7月8日"),
        ("主要任务是什么??", "主要任务是什么"),
        ("主要任务是什么?", "主要任务是什么?"),
    ],
)
def test_a_sites_footer_and_question_mark_padding_are_cleaned(raw, cleaned):
    assert clean_lines(raw)[0].text == cleaned


_CRAWLED_MENU = "设为首页\n工作邮箱\n搜索\n首页\n机构概览\n动态要闻\n信息公开\n在线办事\n"
_FONT_BUTTONS = "Aa\n字体：\n小\n|\n中\n|\n大\n"


@pytest.mark.parametrize(
    "top",
    [  # 国家能源局 派出机构 pages (h85 江苏, 华北): the site's menu one item a line; 上海 发改委 (h85): a breadcrumb
        f"关于做好某某工作的通知_国家能源局某某监管办公室\n{_CRAWLED_MENU}",
        "关于做好某某工作的通知_能源\n政务公开\n当前位置：\n首页\n/ 政务公开\n/ 决策公开\n/ 资源环境\n",
    ],
)
def test_a_crawled_pages_menu_font_buttons_and_own_title_are_no_part_of_its_notice(top):
    text = (
        f"{top}关于做好某某工作的通知\n2018-10-29 10:04\n来源：某某监管办\n{_FONT_BUTTONS}"
        "各售电公司、电力用户：\n根据《某某电力市场监管实施办法》，现就有关事项通知如下。\n"
        "国家能源局某某监管办公室\n2018年10月26日\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert doc.title == "关于做好某某工作的通知" and doc.date == "2018-10-26"
    assert doc.source_line == text.splitlines().index("关于做好某某工作的通知", 1) + 1


@pytest.mark.parametrize(
    "link",
    [  # 四川 (h85): the notice's text a PDF; 新疆 (h85): the forwarded notice a PDF named by its title
        "/upload/file/20210209/20210209101650_43906.pdf",
        "某某委 某某局关于印发《某某交易基本规则》的通知（某某规〔2020〕889号）.pdf\n附件：",
    ],
)
def test_a_page_with_one_heading_and_a_file_link_is_a_document_that_cites_nothing(link):
    text = (
        f"关于转发《某某交易基本规则》的通知_国家能源局某某监管办公室\n{_CRAWLED_MENU}关于转发《某某交易基本规则》的通知\n"
        f"{_FONT_BUTTONS}{link}\n网站地图\n联系我们\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert doc.title == "关于转发《某某交易基本规则》的通知" and doc.title_printed
    assert [r.role for r in doc.references if r.role != "TRANSMITS"] == []


def test_a_lone_middle_or_large_line_and_joint_signers_one_a_line_stay():
    text = "首页\n财政部\n民政部\n教育部\n中\n大\n"
    assert [x.text for x in clean_lines(text) if x.text] == ["首页", "财政部", "民政部", "教育部", "中", "大"]


@pytest.mark.parametrize("dash", ["-", "—", " - "])
def test_a_headings_number_after_a_dash_is_the_notices_number(dash):
    # 福建 卫健委 (h86): 关于印发《A》《B》和《C》的通知-闽卫规〔2022〕4号, the three texts printed below
    text = (
        f"某某省卫生健康委员会 某某省财政厅关于印发《A资金管理办法》和《B资金管理办法》的通知{dash}某卫规〔2022〕4号\n"
        "各设区市卫健委、财政局:\n为加强专项资金管理,我们制定了《A资金管理办法》和《B资金管理办法》,现印发给你们,请遵照执行。\n"
        "某某省卫生健康委员会 某某省财政厅\n2022年12月31日\nA资金管理办法\n第一条 为加强管理,制定本办法。\n"
        "B资金管理办法\n第一条 为加强管理,制定本办法。\n"
    )
    docs = parse_text(text, "n.txt").documents
    assert str(docs[0].doc_number) == "某卫规〔2022〕4号"
    assert [d.title for d in docs[1:]] == ["A资金管理办法", "B资金管理办法"]
    assert not [r for r in docs[0].references if r.role == "CITES"]


@pytest.mark.parametrize("verb", ["现予以下发", "现予下发", "现予以印发"])
def test_texts_a_notice_hands_down_are_issued_not_cited(verb):
    # 绍兴 卫计委 (h86): 《2016年…工作总结》和《2017年…工作要点》已经委主任办公会议通过,现予以下发
    text = (
        "某某市卫生计生委关于印发2016年某某市工作总结和2017年某某市工作要点的通知\n各区、县(市)卫生计生局:\n"
        f"《2016年某某市工作总结》和《2017年某某市工作要点》已经委主任办公会议通过,{verb},请贯彻执行。\n"
        "某某市卫生计生委\n2017年2月22日\n2016年某某市工作总结\n一、主要工作\n"
    )
    docs = parse_text(text, "n.txt").documents
    assert [d.title for d in docs[1:]] == ["2016年某某市工作总结"]
    assert {r.role for r in docs[0].references} == {"TRANSMITS"}


@pytest.mark.parametrize(
    "title, draft",
    [  # 长沙县 卫健局 (h87); 武威-like wording (h74): the draft printed under the consultation notice
        (
            "某县卫生健康局关于《某县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知",
            "某县突发公共卫生事件应急预案(征求意见稿)",
        ),
        (
            "关于向社会公众征求《某市医疗保险市级统筹实施方案(征求意见稿)》意见的公告",
            "某市医疗保险市级统筹实施方案(征求意见稿)",
        ),
    ],
)
def test_the_draft_under_a_consultation_notice_is_a_text_of_its_own(title, draft):
    text = (
        f"{title}\n为进一步规范应急处置工作,起草了《{draft}》,现向社会公开征求意见。\n意见反馈截止日期:2024年2月15日\n"
        f"某县卫生健康局\n2024年1月15日\n{draft}\n一、总则\n(一)编制依据\n依据《中华人民共和国传染病防治法》等,制定本预案。\n"
    )
    docs = parse_text(text, "n.txt").documents
    assert [d.title for d in docs] == [
        title.replace("(", "（").replace(")", "）"),
        draft.replace("(", "（").replace(")", "）"),
    ]
    assert docs[1].transmitted_by is None and [r.title for r in docs[1].references] == ["中华人民共和国传染病防治法"]
    assert [r.role for r in docs[0].references] == ["CITES"]


@pytest.mark.parametrize(
    "sentence, title",
    [  # 王益 起草说明 (h82): the acts that repealed, named with what they repealed; 惠州 (h82) the same way
        ("某省人民政府2024年2月6日印发了《某省人民政府关于废止部分省政府行政规范性文件的决定》,对310件文件予以废止。",
         "某省人民政府关于废止部分省政府行政规范性文件的决定"),
        ("国务院2024年6月14日印发了《国务院关于宣布失效一批国务院文件的决定》,对183件国务院文件宣布失效。",
         "国务院关于宣布失效一批国务院文件的决定"),
    ],
)  # fmt: skip
def test_an_act_that_repealed_others_is_cited_not_repealed(sentence, title):
    text = f"关于废止部分区政府行政规范性文件的起草说明\n一、起草背景\n{sentence}\n"
    refs = parse_text(text, "n.txt").documents[0].references
    assert [(r.title, r.role) for r in refs] == [(title, "CITES")]


@pytest.mark.parametrize(
    "note, number",
    [  # 北京 高院 (h79): …以京高法发[2001]219号发布; the same with 按
        ("(2001年9月17日以京高法发[2001]219号发布)", "京高法发〔2001〕219号"),
        ("(2001年9月17日按京高法发[2001]219号印发)", "京高法发〔2001〕219号"),
    ],
)
def test_a_numbers_prefix_never_starts_with_the_word_before_it(note, number):
    text = f"北京市高级人民法院关于办理各类案件有关证据问题的规定(试行)\n{note}\n第一条 为了规范证据工作,制定本规定。\n"
    assert str(parse_text(text, "n.txt").documents[0].doc_number) == number


def test_a_law_sites_heading_of_number_and_quoted_title_is_no_part_of_the_title_under_it():
    # 最高法 (h79): 法发〔2018〕23号《…实施意见》 over the notice issuing it; 2015: over the opinion itself
    text = (
        "法发〔2018〕23号《最高人民法院关于进一步落实司法责任制的实施意见》\n"
        "最高人民法院印发《关于进一步落实司法责任制的实施意见》的通知\n法发〔2018〕23号\n各省、自治区、直辖市高级人民法院:\n"
        "现将《最高人民法院关于进一步落实司法责任制的实施意见》印发给你们,请认真贯彻执行。\n最高人民法院\n2018年12月4日\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert (doc.title, doc.source_line) == ("最高人民法院印发《关于进一步落实司法责任制的实施意见》的通知", 2)


def test_a_title_naming_its_body_without_its_place_takes_the_portal_tables_full_name():
    # 咸宁 (h92): • 发文单位:咸宁市人民政府办公室 in the table, 市人民政府办公室关于印发… as the title
    text = (
        "• 文  号:咸政办发〔2022〕1号\n• 发文单位:某宁市人民政府办公室\n• 发文日期:2022年01月07日\n\n"
        "市人民政府办公室关于印发2022年主要目标任务责任分解方案的通知\n各县、市、区人民政府,市政府各部门:\n"
        "现将《2022年主要目标任务责任分解方案》印发给你们,请认真贯彻落实。\n2022年1月7日\n"
    )
    assert parse_text(text, "n.txt").documents[0].issuers == ("某宁市人民政府办公室",)


@pytest.mark.parametrize(
    "line",
    [  # 文山 (h90): the signature, its date and the publication note on one line; 迪庆 (h90): a rule, then the next text
        "某山州人民政府 2022年8月1日 (此件公开发布)",
        "某山州人民政府 2022年8月1日 ------------------ 某山州某某条例(草案) 第一章 总则",
    ],
)
def test_a_signature_and_its_date_on_one_line_with_a_note_or_the_next_text_after_them(line):
    text = f"各县(市)人民政府,州直各委、办、局:\n现将《某山州某某实施办法》印发给你们,请认真贯彻执行。\n{line}\n"
    doc = parse_text(text, "n.txt").documents[0]
    assert (doc.issuers, doc.date) == (("某山州人民政府",), "2022-08-01")


@pytest.mark.parametrize("head", ["公告", "通告"])
def test_a_title_under_a_bare_heads_number_is_the_announcements_title(head):
    # 国家药监局 (h91): 国家药品监督管理局 / 公告 / 2021年第8号 / 国家药监局关于发布《X》的公告
    text = (
        f"国家某某监督管理局\n{head}\n2021年第8号\n国家某某局关于发布《某某变更管理办法(试行)》的{head}\n"
        "为贯彻《药品管理法》有关规定,组织制定了《某某变更管理办法(试行)》,现予发布。\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert (doc.title, doc.source_line, str(doc.doc_number)) == (
        f"国家某某局关于发布《某某变更管理办法（试行）》的{head}",
        4,
        "2021年第8号",
    )


@pytest.mark.parametrize(
    "own, cited",
    [  # 凉山 (h94): a prefecture's regulation on the national one; 黑河 (h29): a city's measures on the ministry's
        ("某某彝族自治州城市市容和环境卫生管理条例", "城市市容和环境卫生管理条例"),
        ("某河市廉租住房保障办法", "廉租住房保障办法"),
    ],
)
def test_a_local_text_named_place_and_national_title_cites_the_national_one(own, cited):
    text = f"{own}\n第一条 为了加强管理,根据《{cited}》,结合本地实际,制定本条例。\n"
    refs = parse_text(text, "n.txt").documents[0].references
    assert [(r.title, r.role) for r in refs] == [(cited, "BASED_ON")]


@pytest.mark.parametrize(
    "raw, cleaned",
    [  # 长沙 (h95), 广州 (h98): a site's category tag; 杨浦 (h95): the posting date after the title
        ("【规范性文件】某沙市人民政府办公厅关于印发某某实施方案的通知", "某沙市人民政府办公厅关于印发某某实施方案的通知"),
        ("【政策】某州市人民政府办公厅关于促进科技金融发展的实施意见", "某州市人民政府办公厅关于促进科技金融发展的实施意见"),
        ("关于印发《某某区行动方案》的通知2022-06-08", "关于印发《某某区行动方案》的通知"),
        ("【发布部门】某某省人民政府", "【发布部门】某某省人民政府"),  # a record's field stays for the record reader
        # 汉中 (h104): a validity tag; 河北 (h103): a region tag and the year
        ("【有效】某中市人民政府办公室关于印发某某方案的通知", "某中市人民政府办公室关于印发某某方案的通知"),
        ("【地方】(2016)某北省人民政府关于某某方案的批复", "某北省人民政府关于某某方案的批复"),
        # 内蒙古 (h98): two signers a copy set apart by question marks
        ("某某自治区财政厅? ? ? ? ?某某自治区住房和城乡建设厅", "某某自治区财政厅 某某自治区住房和城乡建设厅"),
    ],
)  # fmt: skip
def test_a_category_tag_a_posting_date_and_spaced_question_marks_are_cleaned(raw, cleaned):
    assert clean_lines(raw)[0].text == cleaned


def test_a_variant_character_the_converter_leaves_is_simplified():
    from policykg.loaders.script import simplified

    assert simplified("根据《陜西省政务信息资源共享管理办法》") == "根据《陕西省政务信息资源共享管理办法》"


def test_a_catalogue_of_documents_one_cell_a_line_lists_them_and_prints_none():
    # 深圳 商务局 (h98): 附件 现行有效部门规范性文件目录 under the untitled announcement, its table one cell a line
    rows = "".join(
        f"{k} |\n{title} |\n某商务规〔{2019 + k}〕{k}号 |\n自{2019 + k}年4月20日起施行,有效期5年 |\n"
        for k, title in enumerate(
            ["某某专项资金实施细则", "某某局关于废止《某某管理指导办法》等规范性文件的决定", "某某品牌展会认定办法"]
            + [f"某某第{n}类专项资金管理办法" for n in range(3, 7)],
            1,
        )
    )
    text = (
        "根据《某某市行政机关规范性文件管理规定》,现将我局现行有效的规范性文件目录予以公布。\n特此公告。\n"
        f"附件: 现行有效部门规范性文件目录\n某某市商务局\n2023年12月28日\n序号 |\n名称 |\n文号 |\n有效期 |\n{rows}"
    )
    (doc,) = parse_text(text, "n.txt").documents
    assert (doc.title_printed, doc.issuers, doc.date) == (False, ("某某市商务局",), "2023-12-28")
    assert [r.role for r in doc.references if r.title == "某某管理指导办法"] == ["CITES"]


def test_a_laws_contents_with_its_sections_is_no_document():
    # 张掖 (h94): 目 录 / 第一章 … / 第一节 … under the title; the articles' bases belong to the law
    text = (
        "某某市立法条例\n(2016年11月13日某某市第四届人民代表大会第一次会议通过)\n目 录\n第一章 总 则\n"
        "第二章 立法程序\n第一节 市人民代表大会立法程序\n第二节 市人民代表大会常务委员会立法程序\n第三章 附 则\n"
        "第一章 总 则\n第一条 为了规范立法活动,根据《中华人民共和国立法法》,结合本市实际,制定本条例。\n"
    )
    (doc,) = parse_text(text, "n.txt").documents
    assert doc.title == "某某市立法条例" and [r.title for r in doc.references] == ["中华人民共和国立法法"]


@pytest.mark.parametrize("above", ["2025年6月", "2019年12月"])
def test_an_archives_month_over_a_post_is_no_part_of_its_title(above):
    # 湖州 (h94): a blog's month archive over the regulation it reposts
    text = f"{above}\n\n某州市乡镇街道行政规范性文件备案审查规定\n\n第一条 为了规范备案审查工作,制定本规定。\n"
    assert parse_text(text, "n.txt").documents[0].title == "某州市乡镇街道行政规范性文件备案审查规定"


@pytest.mark.parametrize(
    "cited",
    [  # 青海 (h95): 十四部委《…若干政策》; 万盛 (part 7): 《支持科技创新若干财政金融政策》; 西双版纳 (h77): 《…待遇政策(2021版)》
        "关于促进服务业领域困难行业恢复发展的若干政策",
        "支持科技创新若干财政金融政策",
    ],
)
def test_a_text_of_policies_is_a_cited_document(cited):
    text = (
        f"某某市关于支持企业发展的若干措施\n为贯彻落实国家发展改革委等十四部门《{cited}》,结合本市实际,制定本措施。\n"
    )
    refs = parse_text(text, "n.txt").documents[0].references
    assert [(r.title, r.role) for r in refs] == [(cited, "IMPLEMENTS")]


def test_a_law_sites_number_row_under_a_posting_time_is_the_notices_own_number():
    # 南京 (h93): heading, a blank, the page's posting time, 发布部门 / 发布文号 rows, then the notice's text
    text = (
        "某京市政府关于分解落实《某京市第十一个五年规划纲要》主要目标和任务的通知\n\n2020年07月23日06:05:59\n"
        "发布部门: 江苏省某京市人民政府\n发布文号: 宁政发[2006]275号\n\n各区县人民政府,市府各委办局:\n"
        "为分解落实《某京市第十一个五年规划纲要》确定的主要目标和任务,现通知如下。\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert str(doc.doc_number) == "宁政发〔2006〕275号"
    assert [r.doc_number for r in doc.references if r.title is None] == []


@pytest.mark.parametrize(
    "tail",
    [  # 吉林 教育厅 (h103): 附件 and signature after the last sentence; 汕尾 (h35) the same without 附件
        "请结合实际,认真抓好贯彻落实。附件:某某省教育厅2015年工作要点 某某省教育厅 2015年3月10日",
        "请结合实际,认真抓好贯彻落实。 某某省教育厅 2015年3月10日",
    ],
)
def test_a_signature_and_date_at_the_end_of_the_last_body_line_are_read(tail):
    text = f"关于印发《某某省教育厅2015年工作要点》的通知\n各市(州)教育局:\n现将《某某省教育厅2015年工作要点》印发给你们,{tail}\n"
    doc = parse_text(text, "n.txt").documents[0]
    assert (doc.issuers, doc.date) == (("某某省教育厅",), "2015-03-10")


@pytest.mark.parametrize(
    "sentence",
    [  # 湖南 (h107): 提出部门分工意见; 湖北 (h107), 嘉鱼 (h87): 进行责任分解
        "现就省十三届人大二次会议通过的《政府工作报告》确定的重点工作提出部门分工意见。",
        "现将县人民代表大会审议通过的《政府工作报告》确定的2021年重点工作进行责任分解。",
    ],
)
def test_a_report_whose_tasks_a_text_divides_is_carried_out(sentence):
    text = f"某某省人民政府关于政府工作报告重点工作部门分工的意见\n各市州人民政府,省政府各厅委:\n{sentence}\n"
    refs = parse_text(text, "n.txt").documents[0].references
    assert [(r.title, r.role) for r in refs] == [("政府工作报告", "IMPLEMENTS")]


@pytest.mark.parametrize(
    "widget", ["语音播报\n语音合成中,请耐心等待...\n进入播报模式\n语音播报\n退出播报模式\n", "语音播报\n"]
)
def test_a_portals_bracketed_labels_and_read_aloud_widget_hide_no_notice(widget):
    # 江北 (h104): • [ 主题分类 ] / • 教育 / • [ 体裁分类 ] / • 规划 — values that joined into a title "教育规划"
    text = (
        "  • [ 发文字号 ]\n  • 某北府〔2023〕130号\n  • [ 主题分类 ]\n  • 教育\n  • [ 体裁分类 ]\n  • 规划\n"
        "某某市某北区人民政府关于印发某北区教育事业发展“十四五”规划的通知\n日期:2024-01-11\n"
        f"{widget}区政府有关部门,有关单位:\n《某北区教育事业发展“十四五”规划》已经区政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
        "某某市某北区人民政府\n2023年12月26日\n某北区教育事业发展“十四五”规划\n一、发展基础\n"
    )
    docs = parse_text(text, "n.txt").documents
    assert [d.title for d in docs] == [
        "某某市某北区人民政府关于印发某北区教育事业发展“十四五”规划的通知",
        "某北区教育事业发展“十四五”规划",
    ]


@pytest.mark.parametrize(
    "signer",
    [  # 彭水 (h80): the title over two lines, the signer too; the same with 指挥部 cut before its tail
        "某某自治县新冠肺炎疫情防控\n工作领导小组办公室",
        "某某县新冠肺炎疫情防控工作\n指挥部",
    ],
)
def test_a_title_and_a_signers_name_each_cut_over_two_lines_are_joined(signer):
    text = (
        "关于开展新冠肺炎疫情防控工作\n应急演练的通告\n广大市民朋友:\n为切实提高应急处置能力,定于近期开展应急演练。\n"
        f"感谢大家对疫情防控工作的理解、支持和配合。\n{signer}\n2022年4月14日\n"
    )
    doc = parse_text(text, "n.txt").documents[0]
    assert doc.title == "关于开展新冠肺炎疫情防控工作应急演练的通告"
    assert doc.issuers and doc.issuers[0].endswith(signer.replace("\n", "")[4:])


@pytest.mark.parametrize(
    "bodies, expected",
    [  # 国务院办公厅转发国家发展改革委、财政部《…》 (h34) and a provincial office forwarding three departments
        ("国家发展改革委、财政部", ["国家发展和改革委员会", "财政部"]),
        ("省教育厅、省财政厅、省人力资源社会保障厅", None),
    ],
)
def test_a_text_forwarded_from_several_bodies_has_each_as_its_issuer(bodies, expected):
    notice = f"某某省人民政府办公厅转发{bodies}《关于做好某某工作的意见》的通知"
    text = (
        f"{notice}\n某政办发〔2023〕15号\n各市人民政府：\n"
        f"{bodies}《关于做好某某工作的意见》已经省政府同意，现转发给你们，请认真贯彻落实。\n"
        "某某省人民政府办公厅\n2023年11月3日\n关于做好某某工作的意见\n一、总体要求\n做好某某工作。\n"
    )
    docs = parse_text(text, "page.txt").documents
    forwarded = next(d for d in docs if d.title == "关于做好某某工作的意见")
    names = [a for a in forwarded.issuers]
    assert len(names) == bodies.count("、") + 1
    if expected:
        assert names == expected


@pytest.mark.parametrize(
    "above, below, expected",
    [  # 吉林 (h48): the regulator's name on one line, its provincial office's on the next
        ("中国银行保险监督管理委员会", "吉林监管局", "中国银行保险监督管理委员会吉林监管局"),
        ("国家金融监督管理总局", "河南监管局", "国家金融监督管理总局河南监管局"),
        ("中国证券监督管理委员会", "河南监管局", "中国证券监督管理委员会河南监管局"),
    ],
)
def test_a_national_bodys_branch_signed_over_two_lines_is_one_issuer(above, below, expected):
    text = (
        "关于做好某某工作的通知\n豫财金〔2024〕3号\n各省辖市财政局：\n现将有关事项通知如下。\n"
        f"河南省财政厅\n河南省地方金融监督管理局\n{above}\n{below}\n2024年6月14日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert list(doc.issuers) == ["河南省财政厅", "河南省地方金融监督管理局", expected]


@pytest.mark.parametrize(
    "title, sentence",
    [  # 泾县 and 谯城 (h110): the notice's title says it divides the report's tasks; its sentence only names it
        (
            "某某县人民政府关于分解落实政府工作报告目标任务的通知",
            "《政府工作报告》已经县人民代表大会审议通过，现将工作任务予以分解印发。",
        ),
        (
            "某某区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知",
            "区长所作的《政府工作报告》安排部署了今年的主要工作任务。为进一步明确职责，现将分解表印发给你们。",
        ),
    ],
)
def test_a_notice_dividing_the_work_reports_tasks_carries_the_report_out(title, sentence):
    doc = parse_text(f"{title}\n各乡镇人民政府：\n{sentence}\n某某县人民政府\n2023年2月10日\n", "page.txt").documents[0]
    assert [(r.role.value, r.title) for r in doc.references] == [("IMPLEMENTS", "政府工作报告")]


def test_a_notice_citing_the_work_report_without_dividing_its_tasks_only_cites_it():
    text = "某某县人民政府关于做好春耕生产的通知\n各乡镇人民政府：\n《政府工作报告》提出了今年的目标。现将有关事项通知如下。\n某某县人民政府\n2023年2月10日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert [(r.role.value, r.title) for r in doc.references] == [("CITES", "政府工作报告")]


@pytest.mark.parametrize(
    "notice, sentence, makers",
    [  # 上海 (h109): a text the government approves and passes on is its makers', named in the sentence
        (
            "上海市人民政府关于批转市住房城乡建设管理委、市财政局修订的《上海市某某项目管理办法》的通知",
            "市政府同意市住房城乡建设管理委、市财政局修订的《上海市某某项目管理办法》，现转发给你们，请认真按照执行。",
            ["上海市住房和城乡建设管理委员会", "上海市财政局"],
        ),
        (  # 甘肃 (h107): the maker between 批转 and the forwarded title's 关于
            "甘肃省人民政府批转省发展和改革委员会关于2012年某某工作意见的通知",
            "省政府同意省发展和改革委员会《2012年某某工作意见》，现批转给你们，请认真贯彻执行。",
            ["甘肃省发展和改革委员会"],
        ),
        (  # 上海 (h109): the title counts the bodies (等四部门), the sentence names them, each by its level alone
            "上海市人民政府办公厅关于转发市卫生健康委等四部门制订的《上海市某某行动计划》的通知",
            "市卫生健康委、市发展改革委、市财政局、市教委制订的《上海市某某行动计划》已经市政府同意，现转发给你们。",
            ["上海市卫生健康委员会", "上海市发展和改革委员会", "上海市财政局", "上海市教育委员会"],
        ),
    ],
)
def test_a_text_approved_or_forwarded_is_its_makers_not_the_notices(notice, sentence, makers):
    issued = notice[notice.index("《") + 1 : notice.index("》")] if "《" in notice else "2012年某某工作意见"
    text = f"{notice}\n某府发〔2025〕3号\n各区人民政府：\n{sentence}\n上海市人民政府\n2025年1月16日\n{issued}\n一、总则\n做好某某工作。\n"
    docs = parse_text(text, "page.txt").documents
    made = next(d for d in docs if d.title == issued)
    assert list(made.issuers) == makers
    assert made.date is None  # the notice's date is the approval's, not the text's


@pytest.mark.parametrize(
    "heading, title, number",
    [  # 陕西 (h108), 沈阳 (h112), 人民银行 (h111): a site's title line carries the text's own number in brackets
        (
            "某某省人民政府关于修改部分省政府规章的决定(某某省人民政府令第148号)",
            "某某省人民政府关于修改部分省政府规章的决定",
            "某某省人民政府令第148号",
        ),
        (
            "某某市人民政府关于修改部分市政府规章的决定（某某市人民政府令第7号）",
            "某某市人民政府关于修改部分市政府规章的决定",
            "某某市人民政府令第7号",
        ),
    ],
)
def test_a_titles_own_number_in_brackets_is_its_number_not_part_of_it(heading, title, number):
    text = f"{heading}\n各有关单位：\n现将有关事项公告如下。\n一、做好某某工作。\n某某市人民政府\n2011年2月25日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, str(doc.doc_number)) == (title, number)


def test_a_cited_title_with_its_number_in_a_basis_list_stays_a_citation():
    text = (
        "《关于公布规范性文件清理结果的决定》政策解读\n一、文件目的及背景\n为确保法制统一和政令畅通，持续优化我区营商环境，"
        "加快法治政府建设，区政府对2018年以来的规范性文件进行了全面清理。\n二、文件依据\n"
        "1、《某某省规范性文件管理办法》(省政府令242号)\n2、《关于开展规范性文件清理工作的通知》(某政办函〔2025〕11号)\n三、起草过程\n"
        + "区司法局会同各部门对文件逐件审查，提出保留、修改、废止和宣布失效的意见，经区政府常务会议审议通过。\n"
        * 3
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert "关于开展规范性文件清理工作的通知" in [r.title for r in docs[0].references]


def test_a_sites_column_named_by_document_types_is_no_title():
    """通知公告 above the opinion (水利部 h64, 江苏 h117, 广东 h69): the site's column, neither a title nor part of one."""
    text = (
        "通知公告\n\n某某部关于进一步完善某某规划体系 推动某某高质量发展的意见\n\n来源: 某某网   上传日期:2024-12-23   打印本文章\n\n"
        "各省、自治区、直辖市水利厅：\n现提出如下意见。\n某某部\n2024年12月20日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["某某部关于进一步完善某某规划体系推动某某高质量发展的意见"]


def test_a_text_the_body_says_it_made_and_issues_is_split_off_under_an_untitled_notice():
    """南京 (h122): the excerpt opens at the addressees; 根据《A》和《B》要求，我局制定了《X》，现印发给你们 — X,
    printed under the signature, is a text of its own with its own basis, and the notice cites neither."""
    text = (
        "各区应急管理局，各有关单位：\n"
        "为规范企业安全生产标准化建设，根据《某某部关于印发〈某某定级办法〉的通知》（应急〔2021〕83号）和"
        "《某某省某某定级实施办法》（苏应急规〔2022〕1号）要求，我局制定了《某某市某某定级实施办法》，现印发给你们，请认真执行。\n"
        "某某市应急管理局\n2022年11月21日\n某某市某某定级实施办法\n"
        "第一条 为规范企业安全生产标准化建设，根据《中华人民共和国安全生产法》，制定本办法。\n第二条 本办法适用于全市企业。\n"
    )
    docs = parse_text(text, "page.txt").documents
    notice, rules = docs
    assert rules.title == "某某市某某定级实施办法" and rules.transmitted_by == 0
    assert [r.title for r in rules.references] == ["中华人民共和国安全生产法"]
    assert "某某市某某定级实施办法" not in [r.title for r in notice.references if r.role.value != "TRANSMITS"]


def test_a_texts_articles_right_under_the_notices_date_are_the_text_it_issues():
    """天津 (h111): the measures printed from 第一章 总则 under the date, without their title — however short."""
    text = (
        "津金监规范〔2023〕3号\n各区金融工作部门，各有关单位：\n"
        "为加强监督管理，天津市地方金融监督管理局研究制定了《天津市某某公司监督管理办法》，现予印发，请遵照执行。\n"
        "2023年11月30日\n第一章 总则\n第一条 为加强监督管理，根据《天津市地方金融监督管理条例》，制定本办法。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs][1:] == ["天津市某某公司监督管理办法"]
    assert [r.title for r in docs[1].references] == ["天津市地方金融监督管理条例"]


@pytest.mark.parametrize("qualifiers", ["（草案）（征求意见稿）", "(试行)(征求意见稿)"])
def test_a_title_with_two_qualifiers_is_a_title(qualifiers):
    """行政立法听证规则(草案)(征求意见稿) (h112 常州), …规划 (2021-2025)(征求意见稿) (h104 铜梁)."""
    from policykg.loaders.segment import looks_like_title

    assert looks_like_title(f"某某市行政立法听证规则{qualifiers}")


def test_a_consultation_notice_and_the_draft_printed_under_it_are_two_documents():
    """常州 and 沈阳 (h112): the notice (opening with its first sentence, or titled 公告（第7号）) publishes drafts for
    comment and is signed; the draft under it (its title with two qualifiers, 总 则 or 第一条（…） below) has its own
    basis.  The notice cites the draft once, by its short name too (以下简称《条例（草案）》)."""
    text = (
        "某某市人民代表大会常务委员会办公室公告(第7号)\n"
        "市人大常委会于2022年12月1日对《某某市社会信用条例(草案)》(以下简称《条例(草案)》)进行了审议。"
        "现将《条例(草案)》全文公布，广泛征求意见，并就有关事项公告如下：\n"
        "一、公民、法人和其他组织均可以通过信函提出意见。\n二、征求意见的时间到2023年1月15日结束。\n"
        "某某市人民代表大会常务委员会办公室\n2022年12月5日\n某某市社会信用条例(草案)\n总 则\n"
        "第一条(立法目的) 为了规范社会信用管理，根据《某某省社会信用条例》等有关法律、法规，制定本条例。\n"
        "第二条 本市行政区域内社会信用体系建设适用本条例。\n"
    )
    notice, draft = parse_text(text, "page.txt").documents
    assert (notice.title, notice.issuers, notice.date) == (
        "某某市人民代表大会常务委员会办公室公告",
        ("某某市人民代表大会常务委员会办公室",),
        "2022-12-05",
    )
    assert {(r.role.value, r.title) for r in notice.references} == {("CITES", "某某市社会信用条例（草案）")}
    assert draft.title == "某某市社会信用条例（草案）"
    assert [(r.role.value, r.title) for r in draft.references] == [("BASED_ON", "某某省社会信用条例")]


def test_a_titles_short_body_is_written_out_by_its_signature():
    """省金融监管局关于印发《X》的通知, signed 吉林省地方金融监督管理局 (h111): the signature's full name, and the text it
    issues inherits it (never the registry's home province)."""
    text = (
        "省金融监管局关于印发《吉林省某某公司监督管理实施细则》的通知\n各市（州）金融工作部门：\n"
        "现将《吉林省某某公司监督管理实施细则》印发给你们，请认真贯彻执行。\n吉林省地方金融监督管理局\n2021年12月20日\n"
        "吉林省某某公司监督管理实施细则\n第一条 为加强监督管理，制定本细则。\n第二条 本细则适用于全省。\n"
    )
    notice, rules = parse_text(text, "page.txt").documents
    assert notice.issuers == rules.issuers == ("吉林省地方金融监督管理局",)


@pytest.mark.parametrize(
    "sentence, issuer",
    [  # 外汇局 (h111), 交通运输部 (h119), 安徽 (h112): an unsigned text names who acts in its first sentence
        ("为促进跨境贸易投资便利化，国家外汇管理局决定进一步优化有关业务。现就有关事项通知如下：", "国家外汇管理局"),
        ("交通运输部决定对《道路旅客运输及客运站管理规定》作如下修改：", "交通运输部"),
        (
            "为健全管护制度，安徽省自然资源厅依据相关法规，研究起草了《某某通知（征求意见稿）》，现公开征求意见。",
            "安徽省自然资源厅",
        ),
    ],
)
def test_an_unsigned_texts_issuer_is_the_body_its_first_sentence_names_acting(sentence, issuer):
    text = f"关于某某工作的通知\n{sentence}\n一、做好某某工作。\n二、加强组织领导。\n"
    assert parse_text(text, "page.txt").documents[0].issuers == (issuer,)


def test_a_body_whose_decision_the_text_reports_is_not_its_issuer():
    """鄂温克 (h45): 《自治区人民政府关于…的决定》…通过。自治区人民政府决定… — told, not acting: no issuer."""
    text = (
        "各苏木乡镇人民政府，旗直各有关部门：\n《某某自治区人民政府关于修订和废止部分政府规章的决定》（自治区人民政府令第256号）"
        "已经审议通过。自治区人民政府决定对3部政府规章予以修改。现将清理工作有关事宜通知如下。\n一、清理范围\n二、工作要求\n"
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ()


def test_a_body_named_by_its_level_alone_belongs_to_the_province_the_page_names():
    """贵州 (h127): 省卫生健康委 on a page of 贵州省人民政府网 is 贵州's, not the registry's home province."""
    text = (
        "贵州省人民政府网\n首页 > 政务公开 > 建议提案办理\n省卫生健康委关于省政协十二届四次会议第4143号提案的答复\n"
        "某某委员：\n您提出的《关于完善我省疾病预防控制体系的建议》收悉。现答复如下。\n一、强化疾控体系改革。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("贵州省卫生健康委员会",)


@pytest.mark.parametrize(
    "above",
    [  # a wiki's heading with the year, then its site name (h132); a portal's 【栏目】《X》 heading (h127)
        "跳转到内容\n\n国务院关于同意调整某某市部分行政区划的批复 (2015年)\n\n維基文庫,自由的圖書館\n",
        "• 体裁分类\n  • 服务对象\n\n【促进就业相关政策文件】《国务院关于同意调整某某市部分行政区划的批复》\n\n",
    ],
)
def test_headings_that_already_hold_the_title_printed_below_are_no_part_of_it(above):
    title = "国务院关于同意调整某某市部分行政区划的批复"
    text = f"{above}{title}\n某函〔2015〕120号\n某某省人民政府：\n你省《关于调整行政区划的请示》收悉。现批复如下。\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title


def test_a_notices_title_over_the_text_it_issues_is_the_notices():
    """山西 (h73): 山西省人民政府关于印发X的通知 / X — the notice's title holds X as the object of 印发."""
    text = "某某公司\n\n某某省人民政府关于印发某某三年行动计划的通知\n\n某某三年行动计划\n\n为认真贯彻落实《关于全面加强生态环境保护的意见》，制定本计划。\n"
    docs = parse_text(text, "page.txt").documents
    assert docs[0].title == "某某省人民政府关于印发某某三年行动计划的通知"


@pytest.mark.parametrize(
    "sentence, cited",
    [  # 三亚 (h125), 彭山 (h126), 人民银行 (h111): the sentence issues what it names — no citation
        ("现将《某某市市级权力清单》《某某市行政许可事项清单》予以公布，请遵照执行。", False),
        ("现将《某某区高标准农田建设项目管理实施办法》印发你们，请认真贯彻执行。", False),
        ("为规范业务，中国人民银行制定了《某某业务管理办法》，现予以公布，自2022年2月15日起施行。", False),
        # 厦门 (h55): 以《X》的形式予以公布 — another's act; 迪庆 (h90): a draft published for comment
        ("市法制局提请市政府通过了清理结果，并以《某某市人民政府关于废止部分规章的决定》的形式予以公布。", True),
        ("现将《某某条例（草案）》予以公布，广泛听取社会各界的意见。", True),
        # 阿拉善 (h27): X amended, its new text issued
        ("根据工作需要，对《某某公文处理实施细则》进行了修改和完善，现将修改后的细则印发给你们。", True),
        # 核出口管制条例: a duty for later (可以对《X》进行调整，并予以公布); 裕安 (h60): 现将《X》予以公布 now
        ("有关部门可以对《某某管制清单》进行调整，并予以公布。", True),
        ("现将《某某区涉企收费清单（2024年）》予以公布，请遵照执行。", False),
    ],
)
def test_a_text_the_sentence_issues_is_not_cited(sentence, cited):
    text = f"关于某某工作的通知\n各有关单位：\n{sentence}\n某某市人民政府\n2024年3月1日\n"
    refs = parse_text(text, "page.txt").documents[0].references
    assert any(r.role.value != "TRANSMITS" for r in refs) is cited


def test_unmarked_pinyin_glosses_many_and_repeated_are_taken_out():
    """日照 (h122), 山西 (h131): a converter's glosses with no tone marks, some repeated — 公(gong)(gong)務(wu)員(yuan)."""
    from policykg.loaders.script import simplified

    text = "根(gen)據(ju)《中(zhong)華(hua)人(ren)民共(gong)和(he)國公(gong)(gong)(gong)務(wu)員(yuan)(yuan)法》和《公務員錄用規定》"
    assert simplified(text) == "根据《中华人民共和国公务员法》和《公务员录用规定》"
    assert simplified("第一条(a) 本办法所称(b)企业") == "第一条(a) 本办法所称(b)企业"  # a few brackets are no glosses


def test_a_seal_note_alone_under_the_signer_is_dropped_not_a_fault():
    """重庆 (h138): 重庆市X办公室 / （代章） / 2024年11月27日 — the note alone on its line once raised IndexError."""
    text = "关于印发某某清单的通知\n各区县：\n现将《某某清单》印发给你们，请遵照执行。\n重庆市减轻企业负担联席会议办公室\n（代章）\n2024年11月27日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("重庆市减轻企业负担联席会议办公室",), "2024-11-27")


def test_bodies_lending_their_seal_over_two_lines_are_no_signers():
    """山东 (h141): 山东省社会信用体系建设领导小组办公室 / （山东省发展和改革委员会 / 中国人民银行济南分行代章） / date —
    the office signs; the bodies in the bracket lend their seal."""
    text = (
        "某某省社会信用体系建设2023年工作要点\n某政字〔2023〕11号\n各有关单位：\n"
        "《某某省社会信用体系建设2023年工作要点》已经领导小组同意，现印发给你们，请认真组织实施。\n"
        "山东省社会信用体系建设领导小组办公室\n（山东省发展和改革委员会\n中国人民银行济南分行代章）\n2023年4月10日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("山东省社会信用体系建设领导小组办公室",)


def test_a_signers_name_cut_before_a_tail_that_names_no_place_is_joined():
    """江西 (h137): 省城市功能品质提升与工程建设项目审批 / 制度改革部门联席会议办公室（代章） — one signer over two lines."""
    text = (
        "关于印发某某工作方案的通知\n各设区市：\n现将《某某工作方案》印发给你们，请结合实际抓好落实。\n"
        "省城市功能品质提升与工程建设项目审批\n制度改革部门联席会议办公室（代章）\n2023年6月14日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("省城市功能品质提升与工程建设项目审批制度改革部门联席会议办公室",)


def test_a_posting_line_under_the_title_and_a_date_with_its_zeros_lost_are_read():
    """隆德 (h116): title / 发表日期:2024-04-30编辑录入: / addressees … signed 2024131 (January 31st: 13 is no month)."""
    title = "某某县人民政府关于印发《某某县应急预案》等3部应急预案的通知"
    text = (
        f"{title}\n\n发表日期:2024-04-30编辑录入:\n\n各乡镇人民政府，县政府各部门：\n"
        "《某某县应急预案》等3部应急预案已经县人民政府同意，现印发给你们，请认真贯彻执行。\n某某县人民政府\n2024131\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.date) == (title, "2024-01-31")


def test_a_date_then_issuer_line_under_a_title_gives_both():
    """海洋局 (h115): 海洋预报业务管理暂行规定 / 1999年7月13日,国家海洋局 — a database's line under the title."""
    text = (
        "关于印发某某管理办法的通知\n某发〔1999〕12号\n1999年7月13日,国家海洋局\n各有关单位：\n"
        "现将《某某管理办法》印发给你们，请遵照执行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("国家海洋局",), "1999-07-13")


def test_a_text_the_notice_issues_is_not_cited_where_it_is_named_again():
    """三亚 (h125): 《A》《B》于…审议通过，现予以公布 / 二、动态更新后的《A》《B》在…网站上公布 — A and B are issued, twice named."""
    text = (
        "各区人民政府，市政府直属各单位：\n《某某市市级权力清单》《某某市行政许可事项清单》于2024年6月27日经某某市人民政府"
        "第58次常务会议审议通过，现予以公布。\n一、清单具有刚性约束力，各部门必须严格执行。\n"
        "二、动态更新后的《某某市市级权力清单》《某某市行政许可事项清单》在市政府门户网站上公布，接受社会监督。\n"
        "三、各部门要做好清单的动态调整工作，及时报送调整意见，确保清单准确完整。\n"
    )
    refs = parse_text(text, "page.txt").documents[0].references
    assert {r.role.value for r in refs} == {"TRANSMITS"}


def test_a_joint_title_cut_over_two_lines_at_the_top_of_a_page_with_no_header_is_joined():
    """国家物价局 财政部关于发布中央管理的商业系统 / 行政事业性收费项目及标准的通知 (h115): the page has no header anchor;
    the title's first line names the issuers and opens 关于."""
    text = (
        "国家物价局 财政部关于发布中央管理的某某系统\n行政事业性收费项目及标准的通知\n(1992年3月11日<1992>价费字104号)\n"
        "根据中发<1990>16号《中共中央、\n国务院关于坚决制止乱收费的决定》的精神,对中央管理的某某系统行政事业性收费项目"
        "及标准进行了重新审定,现将有关规定通知如下:\n"
        "一、化学危险物品经营许可证收费，具体标准由省级商业厅按照实际支出提出意见，由同级物价、财政部门核定。\n"
        "二、准运证收费，每份五元。收费单位应按规定向财政部门报送有关财务会计报表，接受财政部门的检查和监督。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "国家物价局 财政部关于发布中央管理的某某系统行政事业性收费项目及标准的通知".replace(" ", "")
    assert doc.issuers == ("国家物价局", "财政部")


@pytest.mark.parametrize(
    "furniture",
    [  # 宁德 (h125): a menu of |-separated items; 中山 (h128): a disclosure platform's column; 滇中 (h124): a shop's chrome
        "中央政府|中国福建|市委|市人大|设为首页|加入收藏",
        "政府信息公开 规章库\n\n某某市人力资源和社会保障局政府信息公开",
        "购物车\n我的足迹\n\n关于同意设立某某区的批复(三)\n\n加入Vip免费下载 立即下载",
    ],
)
def test_a_sites_menu_column_or_shop_lines_above_a_title_are_no_part_of_it(furniture):
    title = "某某市人民政府关于加强城市消防安全工作的实施意见"
    text = f"{furniture}\n{title}\n某政〔2011〕4号\n各县（市、区）人民政府：\n现提出如下实施意见。\n"
    assert parse_text(text, "page.txt").documents[0].title == title
