"""Parts h225 (traffic, urban-management and ecology notices) and h226 (civil-affairs and veterans' bodies), helper
r244 (2026-12): a bare 【通告】 under a news page's 原文如下, a city-guide headline putting a bare place before the
title, a title printed with a colon after it, a forum jammer glued to a signature date's year, a bureau's full name
城市管理和综合执法局 kept as printed, and two files' bare 通告 kept apart in the graph.  Each text is modelled on a
failing text of the parts, with other names."""

from __future__ import annotations

from policykg import build_graph
from policykg.loaders.parse import parse_text

from factories import write_file

TRUCK_BODY = (
    "为保障我市道路交通安全、畅通、有序，根据《中华人民共和国道路交通安全法》第三十九条、《甲市道路交通安全管理条例》"
    "第七十七条之规定，决定对乙区部分道路实施货车限行措施，现通告如下：\n"
    "一、每天0时至24时禁止大货车驶入以下路段：丙路（丁街至戊道）、己路（庚街至辛道）。\n"
    "二、执行任务的军车、警车、消防车、救护车、工程救险车不受本货车限行规定限制。\n"
    "三、本通告所称大货车是指重型或中型货车、牵引车、专项作业车。\n"
    "对于违反本通告规定的道路交通安全违法行为，我局将依法予以处罚。\n本通告自2022年3月23日至2022年6月22日施行。\n"
    "特此通告。\n甲市公安局交通警察局\n"
)
TRUCK_SUMMARY = (
    "自2022年3月23日至2022年6月22日期间，乙区丙路（丁街至戊道）、己路（庚街至辛道）每天0时至24时禁止大货车驶入。\n"
    "执行任务的军车、警车、消防车、救护车、工程救险车不受本货车限行规定限制。\n原文如下：\n"
)


def test_a_bracketed_bare_announcement_word_under_a_news_summary_is_the_notice_s_title():
    # news summary / 原文如下: / 【通告】 / 为保障…根据《X》第三十九条… (h225 深圳): the bracketed word is the notice's only
    # heading — the document 通告 starts there, the summary above it is no document
    text = TRUCK_SUMMARY + "【通告】\n" + TRUCK_BODY
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, d.issuers) for d in docs] == [("通告", 4, ("甲市公安局交通警察局",))]
    assert [r.title for r in docs[0].references] == ["中华人民共和国道路交通安全法", "甲市道路交通安全管理条例"]


def test_two_files_bare_announcements_of_other_bodies_are_two_documents(tmp_path):
    # 通告 of 甲市 (undated, signed) and 通告 of 丙县 (dated, unsigned) and a third undated one: a document type alone
    # as a title names no one document, so each keeps its own node and its own citations (h225 深圳 / h144 / h150)
    dated = (
        "通告\n为做好森林防火工作，保障人民群众生命财产安全，根据《中华人民共和国森林法》有关规定，现将有关事项通告如下：\n"
        "一、本县景区自即日起暂停对外开放。\n二、恢复开放时间另行通知。\n三、请广大游客朋友相互转告。\n"
        "特此通告。\n2022年1月26日\n"
    )
    undated = (
        "通告\n为减少环境污染，改善空气质量，杜绝火灾隐患，根据《中华人民共和国大气污染防治法》的规定，现通告如下：\n"
        "一、下列区域限制燃放烟花爆竹。\n二、下列地点禁止燃放烟花爆竹。\n三、违反本通告的，依法予以处罚。\n"
    )
    files = [
        write_file(tmp_path, "a.txt", dated),
        write_file(tmp_path, "b.txt", undated),
        write_file(tmp_path, "c.txt", TRUCK_SUMMARY + "【通告】\n" + TRUCK_BODY),
    ]
    G = build_graph(files, as_of="2025-01-01", jobs=1)
    cited = {
        a.get("source_file", "").rsplit("/", 1)[-1]: sorted(
            G.nodes[v].get("title", "") for _, v, k in G.out_edges(n, keys=True) if k == "BASED_ON"
        )
        for n, a in G.nodes(data=True)
        if a.get("label") == "Document" and a.get("title") == "通告"
    }
    assert cited == {
        "a.txt": ["中华人民共和国森林法"],
        "b.txt": ["中华人民共和国大气污染防治法"],
        "c.txt": ["中华人民共和国道路交通安全法", "甲市道路交通安全管理条例"],
    }


def _guide_page(headline: str) -> str:
    return (
        f"{headline}\n\n"
        "导语 2023年乙城市清明集中祭扫活动时间为3月27日至4月10日，全市各陵园正常对外开放，具体安排如下。\n\n"
        "  关于2023年清明节期间祭扫活动的通告\n\n"
        "  一、我市清明集中祭扫活动时间为3月27日至4月10日。全市各陵园正常对外开放，提供免费祭扫服务。\n\n"
        "  二、陵园开展无偿代祭扫服务，家属可与陵园联系办理。\n\n"
        "  三、倡导文明、绿色祭扫，提倡敬献鲜花，请严格遵守祭扫现场安全管理等有关规定。\n\n"
        "  特此通告。\n\n  乙城市某某事务局\n\n  2023年3月27日\n"
    )


def test_a_site_headline_putting_a_bare_place_before_the_title_gives_the_title_below():
    # 某地关于X的通告 / 导语 … / 关于X的通告 / 一、… / 某市某局 / date (h226 厦门, a city-guide site): the headline is the
    # site's — the text's own title, printed alone under the lead, is the document's; a city written out with 市
    # (乙城市关于X的通告) issues the title: that headline stays the document's first print
    cases = {
        "乙城关于2023年清明节期间祭扫活动的通告": ("关于2023年清明节期间祭扫活动的通告", 5),
        "乙城市关于2023年清明节期间祭扫活动的通告": ("乙城市关于2023年清明节期间祭扫活动的通告", 1),
    }
    for headline, want in cases.items():
        docs = parse_text(_guide_page(headline), "page.txt").documents
        assert [(d.title, d.source_line) for d in docs] == [want], headline


CLOSED_BODY = (
    "当前，我县疫情防控形势严峻复杂。为最大限度减少人员集聚，严防森林火灾事故，切实保障人民群众生命安全，"
    "现将有关事项通告如下：\n"
    "一、自即日起，全县暂停开展集体性告别祭奠、骨灰树葬、联宗祭祖等活动，暂停现场祭扫服务。\n"
    "二、自觉抵制低俗祭祀用品和迷信行为，不销售、不购买、不使用封建迷信祭祀用品。\n"
    "三、倡导市民通过家庭追思、网络祭扫等方式寄托哀思、缅怀故人。\n"
    "乙县民政局\n2022年3月18日\n"
)


def test_a_title_printed_with_a_colon_after_it_is_read_without_it():
    # 来源: 最后更新:… / 关于X的通告: / 广大市民朋友: (h226 始兴): the title as if a salutation followed it
    text = (
        "来源： 最后更新：22-09-12 04:41:45\n关于2022年清明期间暂停现场祭扫活动的通告：\n广大市民朋友：\n" + CLOSED_BODY
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.source_line) == ("关于2022年清明期间暂停现场祭扫活动的通告", 2)


def test_a_title_with_a_colon_over_addressees_is_read_without_it_but_no_opening_sentence():
    # 关于X的通告： / 各乡镇人民政府： — the title; 为贯彻落实《国务院关于X的意见》(…),进一步…,现提出以下意见: (h107 云南)
    # is a sentence, its clauses' commas in it: no title
    text = "关于2022年清明期间暂停现场祭扫活动的通告：\n各乡镇人民政府：\n" + CLOSED_BODY
    assert parse_text(text, "page.txt").documents[0].title == "关于2022年清明期间暂停现场祭扫活动的通告"
    opening = (
        "为贯彻落实《国务院关于加强某某关爱保护工作的意见》(国发〔2016〕13号),进一步加强全省某某关爱保护工作,"
        "为某某健康成长创造更好环境,现提出以下意见:"
    )
    text = (
        f"2016-07-05 09:01:50 某某学会80159\n{opening}\n一、重要意义\n"
        "某某是指父母双方外出务工或一方外出务工另一方无监护能力、不满十六周岁的未成年人。做好关爱保护工作，关系到社会和谐稳定。\n"
        "二、总体要求\n(一)指导思想\n全面落实中央精神，深入贯彻有关要求，切实做好关爱保护工作。\n"
    )
    assert "现提出以下意见" not in parse_text(text, "page.txt").documents[0].title


def test_a_signature_date_behind_a_forum_jammer_glued_to_its_year_is_read():
    # 某市某局 / 7 F- V* `% O3 v2020年3月25日 (h226 随州, a Discuz board's anti-copy noise): the date after the noise
    text = (
        "乙市某某事务局\n: M: G o5 o7 j1 B. i关于疫情防控期间祭扫活动的通告 ; ?5 n, W C8 ?7 E9 w6 I4 P% x X\n"
        "为切实做好疫情防控期间祭扫工作，避免人员流动和聚集，充分保障群众健康安全，现将有关事项通告如下：\n"
        "一、疫情防控期间，各纪念设施实施临时性闭园措施。\n"
        "% \\1 b+ s' `$ B2 E& x 二、广大群众要自觉执行属地疫情防控要求。\n"
        '1 O* D" h* _, _( K特此通告; ?$ P# c4 M$ F: n/ e\n乙市某某事务局\n7 F- V* `% O3 v2020年3月25日\n'
    )
    assert parse_text(text, "page.txt").documents[0].date == "2020-03-25"


def test_a_city_management_and_enforcement_bureau_keeps_its_full_name():
    # 常德市城市管理和综合执法局 among stacked issuers (h226 常德): the bureau's full name in many cities, no alias
    # of 城市管理局 to write over it
    text = (
        "岳阳市城市管理和综合执法局关于加强市容环境卫生管理的通告\n"
        "为加强城市市容和环境卫生管理，根据《城市市容和环境卫生管理条例》等法律法规规定，现就有关事项通告如下：\n"
        "一、严禁在城市道路两侧乱搭乱建。\n二、严禁占道经营、店外经营。\n三、严禁乱扔乱倒生活垃圾。\n"
        "特此通告。\n岳阳市城市管理和综合执法局\n2025年3月1日\n"
    )
    assert parse_text(text, "page.txt").documents[0].issuers == ("岳阳市城市管理和综合执法局",)
