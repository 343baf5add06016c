"""Texts that change other texts (r156, parts h174 and h176): an interpretation reporting a cleanup's repeals, who
wrote it, a related link closing it, a repeal decision's catalogue rows, a bill cited by a resolution.  Each text is
modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _refs(doc) -> list[tuple[str, str | None]]:
    return [(r.role.value, r.title) for r in doc.references]


def test_an_untitled_interpretation_reports_the_repeal_its_text_made_and_names_its_interpreter():
    # 《X》文件解读如下: / …决定对《Y》等35份…予以废止 / 解读机构:某区司法局 (h176 龙海): the interpretation explains, the
    # repeal is the notice's act: Y cited; the 解读机构 line says who wrote it
    text = (
        "《甲市乙区人民政府关于公布2025年度行政规范性文件清理结果的通知》文件解读如下:\n"
        "一、制定背景\n为维护法治统一,推进依法行政,对现行有效的行政规范性文件进行清理。\n"
        "二、制定依据\n《丁省人民政府办公厅关于进一步加强行政规范性文件制定和监督管理工作的通知》(丁政办〔2018〕83号)。\n"
        "三、主要内容\n"
        "(一)经区政府常务会研究同意,决定自公布之日起对《乙县人民政府关于保护丙河道的通告》等12份"
        "行政规范性文件予以废止或失效。\n"
        "解读机构:甲市乙区司法局\n解 读 人:某某\n联系电话:0000-1234567\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert docs[0].issuers == ("甲市乙区司法局",)
    assert ("CITES", "乙县人民政府关于保护丙河道的通告") in _refs(docs[0])
    assert not [r for r in docs[0].references if r.role.value in ("SUPERSEDES", "AMENDS")]


def test_an_interpretation_labelled_in_brackets_reports_a_repeal_it_does_not_make():
    # (负责人解读)X / ————解读《Y》 / …《Z》(某政发〔2020〕15号)…决定予以废止 (h176 洞头): Z cited
    text = (
        "(负责人解读)清理行政规范性文件 保障公平竞争\n\n"
        "————解读《甲市乙区人民政府办公室关于公布废止部分行政规范性文件的通知》\n\n"
        "【制定背景】\n\n为加强行政规范性文件管理,推进依法行政,保障市场主体公平竞争,开展行政规范性文件专项清理,"
        "对现行有效的行政规范性文件逐件进行审查。\n\n"
        "【主要内容】\n\n"
        "废止1个行政规范性文件:《关于促进丙产业发展的若干意见》(乙政发〔2020〕15号)该文件部分内容违反公平竞争审查"
        "标准,决定予以废止。\n\n"
        "解读机关:甲市乙区人民政府办公室\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert ("CITES", "关于促进丙产业发展的若干意见") in _refs(docs[0])
    assert not [r for r in docs[0].references if r.role.value in ("SUPERSEDES", "AMENDS")]


def test_the_body_named_alone_under_an_interpretations_title_printed_again_wrote_it():
    # 《X》政策解读 / 日期:… / 政策文件: / 《X》政策解读 / 某区司法局 (h176 马尾): the byline is its issuer
    text = (
        "《甲市乙区人民政府关于公布文件清理结果的通知》政策解读\n日期:2024-12-24 10:03\n政策文件:\n\n"
        "  《甲市乙区人民政府关于公布文件清理结果的通知》政策解读\n\n  甲市乙区司法局\n\n"
        "  根据工作要求,区司法局对以区政府名义发布的现行有效规范性文件进行清理,经审查,共筛查出需清理的规范性"
        "文件2份。\n\n  一、基本情况\n\n  区司法局梳理出53份现行有效规范性文件,由区市场监督管理局开展公平竞争审查,"
        "结合相关部门反馈的清理意见,区司法局进行了汇总审查。\n\n  二、清理主体和处理原则\n\n"
        "  遵循“谁制定,谁清理;谁实施,谁清理”的原则,由相关部门提出初步清理意见,区司法局对清理意见进行汇总审查,"
        "报区政府常务会议研究决定后向社会公布。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.issuers) for d in docs] == [
        ("《甲市乙区人民政府关于公布文件清理结果的通知》政策解读", ("甲市乙区司法局",))
    ]


def test_a_title_whose_own_clause_keeps_it_is_not_repealed_by_the_verb_ending_the_sentence():
    # 《A》等96件…继续有效,《B》等25件…予以废止或宣布失效 (h176 罗源): A is kept, only B goes
    text = (
        "甲县人民政府关于公布行政规范性文件清理结果的决定\n"
        "经清理,《甲县人民政府关于加强乙矿山管理的通告》等9件行政规范性文件继续有效,"
        "《甲县人民政府关于发布丙禁猎期的通告》等3件行政规范性文件予以废止。\n"
        "本决定自公布之日起施行。\n甲县人民政府\n2023年8月1日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert _refs(docs[0]) == [
        ("CITES", "甲县人民政府关于加强乙矿山管理的通告"),
        ("SUPERSEDES", "甲县人民政府关于发布丙禁猎期的通告"),
    ]


def test_a_repeal_word_inside_a_quoted_provision_is_the_provisions_wording():
    # 《X》第二十九条规定:“…根据法律…的制定、修改、废止等情况…” (h176 洛江): X is quoted, neither amended nor repealed
    text = (
        "甲市乙区人民政府关于公布行政规范性文件清理结果的通告\n"
        "《甲省行政规范性文件备案审查办法》第二十九条规定:“行政机关应当建立清理工作机制,根据法律、法规的制定、"
        "修改、废止等情况,对规范性文件及时进行清理。”据此,区政府开展了清理。\n"
        "甲市乙区人民政府\n2025年3月3日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert _refs(docs[0]) == [("CITES", "甲省行政规范性文件备案审查办法")]


def test_a_related_link_with_its_date_in_brackets_closing_an_untitled_text_is_no_title():
    # …《X》自发布之日起施行。 / - X [2025-03-17] (h176 洛江): the link closes the page; the text stays untitled
    text = (
        "一、制定背景\n"
        "行政规范性文件清理是推进法治政府建设的必然要求。根据《甲省行政规范性文件备案审查办法》的规定,开展清理。\n"
        "二、主要内容\n此次清理范围为以区政府名义发布的行政规范性文件共64件,保留45件,宣布失效16件。\n"
        "三、实施时间\n《甲市乙区人民政府关于公布2024年度行政规范性文件清理结果的通告》自发布之日起施行。\n"
        "- 甲市乙区人民政府关于公布2024年度行政规范性文件清理结果的通告 [2025-03-17]\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.source_line, d.doc_number) for d in docs] == [(1, None)]
    assert "〔2025-03-17〕" not in docs[0].title
    assert ("CITES", "甲市乙区人民政府关于公布2024年度行政规范性文件清理结果的通告") in _refs(docs[0])


def test_a_repeal_catalogues_rows_are_repealed_and_their_reason_cells_cite():
    # 附件1:某市人民政府决定废止的政策性文件目录(28件) / 序号 文件名称 发布机关及文号 说明 / 1 X 某市府发〔2000〕65号
    # 1、…原《甲法》已废止 (h176 达州): each row's title is repealed; the reason's laws are cited
    text = (
        "甲市人民政府关于废止部分政策性文件的决定\n"
        "市政府对2000年以来制定发布的文件进行了清理,决定对以下2件文件予以废止。(目录见附件1)\n"
        "本决定自公布之日起生效。\n甲市人民政府\n2008年10月13日\n"
        "附件1:甲市人民政府决定废止的政策性文件目录(2件)\n"
        "序号 文件名称 发布机关及文号 说明\n"
        "1 关于乙区建设管理规定的通知 甲市府发〔2000〕65号 1、制定依据发生了重大变化。(新的《丙法》正式实施后,"
        "原《丁法》已废止)\n"
        "2、已制定了新的政策。\n"
        "2 关于加强戊市场管理的通知 甲市府发〔2000〕1\n"
    )
    refs = _refs(parse_text(text, "page.txt").documents[0])
    assert ("SUPERSEDES", "关于乙区建设管理规定的通知") in refs
    assert ("SUPERSEDES", "关于加强戊市场管理的通知") in refs
    assert ("CITES", "丁法") in refs and ("CITES", "丙法") in refs
    assert ("SUPERSEDES", "已制定了新的政策") not in refs


def test_a_bill_the_resolution_passes_on_is_cited():
    # 听取了…对《国务院关于提请审议X的议案》作的说明 (h174 全国人大常委会): the bill, named in 《》, is cited
    text = (
        "某某人民代表大会常务委员会关于批准甲项目的决议\n"
        "(2007年6月29日某某人民代表大会常务委员会第二十八次会议通过)\n"
        "某某人民代表大会常务委员会第二十八次会议,听取了某某人民政府对《某某人民政府关于提请审议甲项目的议案》"
        "作的说明,并对议案进行了审议。会议同意批准甲项目。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert ("CITES", "某某人民政府关于提请审议甲项目的议案") in _refs(docs[0])
