"""New parts of the unseen set (2026-12-06, r333): CPPCC committees' names, a deadline under its heading, a draft
printed under the notice consulting on it.  Each text is modelled on a failing part of the set, with other names
(the places are real where the registry must know them)."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_cppcc_office_signing_with_the_short_name_is_read_in_full():
    # 中山市政协办公室 / 2021年9月30日 (h286 中山): the office of a city's political consultative conference
    text = (
        "关于公开征集市政协2022年提案线索的启事\n\n"
        "为进一步提高提案质量，现面向社会公开征集提案线索。\n\n"
        "佛山市政协办公室\n\n2021年9月30日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中国人民政治协商会议佛山市委员会办公室",)
    assert doc.date == "2021-09-30"


def test_a_county_cppcc_proposals_committee_is_read_in_full():
    # 政协海林市委员会提案委员会 / 2023年9月18日 (h286 海林): a county-level city's CPPCC committee, 政协 first
    text = (
        "一、征集时间\n即日起至10月31日。\n二、征集方式\n通过电子邮件提交。\n\n"
        "政协宁安市委员会提案委员会\n2023年9月18日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中国人民政治协商会议宁安市委员会提案委员会",)


def test_a_deadline_under_its_numbered_heading_is_no_signature_date():
    # 三、截止时间 / 2021年9月10日。/ 特此公告。/ 湖南省人大常委会办公厅 / 2021年8月20日 (h286 湖南): the deadline
    # stands alone on its line under its heading; the signature and its date come after it
    text = (
        "江西省人大常委会即日起启动立法计划编制工作。现向社会公开征集立法计划建议项目，并就有关事项公告如下：\n"
        "一、征集要求\n立法项目建议应当写明法规名称。\n二、参与方式\n发送电子邮件。\n"
        "三、截止时间\n2021年9月10日。\n特此公告。\n江西省人大常委会办公厅\n2021年8月20日\n来源：法制委\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("江西省人民代表大会常务委员会办公厅",)
    assert doc.date == "2021-08-20"


def test_a_draft_printed_under_the_notice_consulting_on_it_has_no_issuer():
    # 关于公开征求《南充市人民代表大会及其常务委员会立法条例(修订草案)》意见建议的公告 … 附件 / 南充市人民代表大会及其常务
    # 委员会 / 立法条例(修订草案) (h286 南充): the congress the draft's title opens with is its subject, not its issuer
    text = (
        "关于公开征求《宜宾市人民代表大会及其常务委员会立法条例(修订草案)》意见建议的公告\n"
        "《宜宾市人民代表大会及其常务委员会立法条例(修订草案)》已经市人民代表大会常务委员会审议。"
        "现将条例修订草案公布，向社会各界公开征求意见建议。\n"
        "附件：《宜宾市人民代表大会及其常务委员会立法条例(修订草案)》\n宜宾市人大常委会办公室\n2024年12月4日\n"
        "附件\n宜宾市人民代表大会及其常务委员会\n立法条例(修订草案)\n第一章 总 则\n"
        "第一条 为了规范立法活动，根据《中华人民共和国立法法》，制定本条例。\n第二条 本条例适用于本市。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.issuers for d in docs] == [("宜宾市人民代表大会常务委员会办公室",), ()]
    assert docs[1].title == "宜宾市人民代表大会及其常务委员会立法条例（修订草案）"


def test_a_title_set_over_three_lines_between_blank_lines_is_one_title():
    # 关于公开征求 / (blank) / 《广元市…立法条例(修正草案)》 / (blank) / 修改意见的公告 (h286 广元): the body's title set
    # over three short lines under the page's title and posting row; its last piece is no title of its own (the printed draft
    # under the signature)
    text = (
        "当前位置:首页   >>   人大新闻\n\n"
        "关于公开征求《宜宾市人民代表大会及其常务委员会立法条例(修正草案)》修改意见的公告\n\n"
        "发布时间:2024-12-02 18:31    阅读:1718次\n\n"
        "关于公开征求\n\n《宜宾市人民代表大会及其常务委员会立法条例(修正草案)》\n\n修改意见的公告\n\n\n"
        "《宜宾市人民代表大会及其常务委员会立法条例(修正草案)》已经市人大常委会第一次审议。"
        "现向社会公开征求意见建议。有关单位和个人可以通过电子邮件等方式提出意见。\n\n\n"
        "宜宾市人大常委会办公室\n\n2024年12月2日\n\n\n附件1\n\n\n宜宾市人民代表大会及其常务委员会立法条例(修正草案)\n\n\n"
        "第一章  总则\n\n第一条 为了规范立法活动，根据《中华人民共和国立法法》，制定本条例。\n\n第二条 本条例适用于本市。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于公开征求《宜宾市人民代表大会及其常务委员会立法条例（修正草案）》修改意见的公告"
    assert doc.issuers == ("宜宾市人民代表大会常务委员会办公室",)


def test_a_printed_drafts_title_over_its_subject_its_name_and_its_stage_is_joined():
    # 附件1 / 广元市人民代表大会及其常务委员会 / 立 法 条 例 / (修正草案) (h286 广元): the first line is the title's
    # head, not a signer over it; the stage on a line of its own ends the title
    text = (
        "附件1\n\n\n宜宾市人民代表大会及其常务委员会\n\n立 法 条 例\n\n(修正草案)\n\n\n"
        "第一章  总则\n\n第一条 为了规范立法活动，根据《中华人民共和国立法法》，制定本条例。\n\n第二条 本条例适用于本市。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "宜宾市人民代表大会及其常务委员会立法条例（修正草案）"
