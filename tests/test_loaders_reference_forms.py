"""Citations and document numbers found wrong by labelling parts h144 (short 通告), h146 (北京/天津 districts,
河北 cities) and h147 (ministries): each text is modelled on the failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _refs(text: str) -> dict[str, tuple[str, str | None]]:
    """title (or number) → (role, number) of every reference of the file's documents but TRANSMITS."""
    out = {}
    for d in parse_text(text, "page.txt").documents:
        for r in d.references:
            if r.role != "TRANSMITS":
                out[r.title or str(r.doc_number)] = (r.role, str(r.doc_number) if r.doc_number else None)
    return out


NOTICE_HEAD = (
    "某某县人民政府办公室关于印发某某县任务分工方案的通知\n某政办发〔2021〕8号\n各乡镇人民政府，县政府各部门：\n"
)
NOTICE_TAIL = "\n某某县人民政府办公室\n2021年8月9日\n"
# a body long enough to be a document with no title found (a page's text, not a scrap)
FILLER = "——坚持统筹谋划，全面系统推进，科学规划中长期目标，既着眼长远、统筹谋划，又立足当前、有序推进。\n" * 4


def test_to_push_a_plan_to_be_carried_out_faster_implements_it():
    """为推动《X》（…1号）加快实施 — X is carried out (h146 通州)."""
    text = (
        NOTICE_HEAD + "为推动《某某市国民经济和社会发展第十四个五年规划纲要》（某管委发〔2021〕1号）加快实施，"
        "区政府进行了细化分工，现将《某某县任务分工方案》印发给你们，请认真遵照执行。" + NOTICE_TAIL
    )
    assert _refs(text)["某某市国民经济和社会发展第十四个五年规划纲要"] == ("IMPLEMENTS", "某管委发〔2021〕1号")


def test_a_title_the_news_lead_names_before_printing_it_is_no_citation():
    """日前，X出台《Y》，全文如下： — Y is the text printed below (h146 石家庄)."""
    text = (
        "日前，某某市委市政府出台《关于落实〈省委省政府关于支持某某发展的意见〉的实施方案》，全文如下：\n"
        "为深入贯彻落实省委、省政府《关于支持某某发展的意见》，全面推进某某高质量发展，制定如下实施方案。\n"
        "一、总体要求\n（一）指导思想。以新发展理念为指导，按照省委、省政府的工作要求，推动高质量发展。\n"
        "（二）基本原则\n——坚持党的领导，提高政治站位。\n" + FILLER
    )
    refs = _refs(text)
    assert "关于落实《省委省政府关于支持某某发展的意见》的实施方案" not in refs
    assert refs["关于支持某某发展的意见"][0] == "IMPLEMENTS"


def test_a_number_after_a_garbled_quotes_stray_close_is_the_quoted_titles():
    """《X》的通知》（某农通字〔2019〕70号） — the source dropped 关于印发《: the number is X's, no document of its own
    (h146 张家口)."""
    text = (
        "某某市农业公园认定名单公示\n"
        "根据某某市政府办公室《关于印发某某市建设农业公园实施意见的通知》（某政办字〔2018〕49号）和"
        "《2019年某某市农业公园创建工作方案（试行）》的通知》（某农通字〔2019〕70号）文件，经县区申报、市专家组评审，拟认定15家市级农业公园名单如下，现予公示：\n"
        "一、某某农业公园\n公示期为5个工作日。\n" + FILLER
    )
    refs = _refs(text)
    assert refs["2019年某某市农业公园创建工作方案（试行）"] == ("BASED_ON", "某农通字〔2019〕70号")
    assert "某农通字〔2019〕70号" not in refs


def test_a_number_whose_year_alone_follows_a_title_is_the_titles():
    """依据《X公告》【2022】4号 — X's number with its year only (h38 黑河)."""
    text = "关于某某期间实行交通管制的通告\n依据《某某市疫情防控指挥部公告》【2022】4号，现将有关事项通告如下：\n一、管制路段\n"
    assert _refs(text)["某某市疫情防控指挥部公告"] == ("BASED_ON", "〔2022〕4号")


def test_a_number_the_sender_names_without_a_prefix_is_cited_by_its_number():
    """…及某某市人民政府【2018】2号文件精神 — the sender named, no prefix printed: the number alone, carried out;
    the law before it named with its 规定 stays BASED_ON (h144 泉州)."""
    text = (
        "关于禁止燃放烟花爆竹的通告\n为保障人民群众的生命财产安全，根据国务院《烟花爆竹安全管理条例》等法律、法规规定"
        "及某某市人民政府【2018】2号文件精神，现就有关事项通告如下：\n一、严禁燃放烟花爆竹。\n"
    )
    refs = _refs(text)
    assert refs["〔2018〕2号"] == ("IMPLEMENTS", "〔2018〕2号")
    assert refs["烟花爆竹安全管理条例"][0] == "BASED_ON"


def test_a_number_printed_under_a_bullet_list_label_is_the_documents():
    """• 信息名称:关于印发《X》的通知 / • 发文序号:某兴政办发〔2023〕1 号 — a portal's list of fields (h146 大兴)."""
    text = (
        "• 发文单位:区政府办\n  • 信息名称:关于印发《2023年重点工作分工方案》的通知\n"
        "  • 发文序号:某兴政办发〔2023〕1 号\n  • 成文日期:2023年3月3日\n\n展开\n\n"
        "关于印发《2023年重点工作分工方案》的通知\n\n各镇人民政府，区政府各委、办、局：\n\n"
        "现将《2023年重点工作分工方案》印发给你们，请认真贯彻落实。\n\n某某区人民政府办公室\n2023年3月3日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "某兴政办发〔2023〕1号"


def test_an_issued_title_named_without_its_province_is_the_issued_text():
    """《天津市某某区…纲要》现印发给你们 … 编制《某某区…纲要》 — the outline naming itself without its province (h146
    宝坻)."""
    text = (
        "\n各街道办事处，各镇人民政府，区政府各部门：\n"
        "《天津市武清区国民经济和社会发展第十三个五年规划纲要》已经区人民代表大会批准，现印发给你们，望认真组织实施。\n"
        "2016年2月22日\n"
        "依据《中共天津市委关于制定天津市国民经济和社会发展第十三个五年规划的建议》，"
        "编制《武清区国民经济和社会发展第十三个五年规划纲要》（以下简称《纲要》）。《纲要》是行动指南。\n"
    )
    refs = _refs(text)
    assert "武清区国民经济和社会发展第十三个五年规划纲要" not in refs
    assert refs["中共天津市委关于制定天津市国民经济和社会发展第十三个五年规划的建议"][0] == "BASED_ON"


def test_a_title_lengthened_by_a_content_word_is_another_text():
    """某某监管行业标准管理办法 citing 《行业标准管理办法》 (its lines broken inside the marks): another text, cited
    (h147 市场监管总局)."""
    text = (
        "某某监管行业标准管理办法\n第一章\n总则\n"
        "第一条为加强行业标准化管理，根据《中华人民共和国标准化法》、《行\n业标准管理办法》等法律法规规章，制定本办法。\n"
        "第二条本办法适用于行业标准的制定活动。\n"
    )
    assert _refs(text)["行业标准管理办法"][0] == "BASED_ON"


def test_a_title_followed_by_national_standard_is_a_cited_standard():
    """推进实施《电子商务平台某某保护管理》国家标准 — a standard, whatever its last word (h147 国家知识产权局)."""
    text = (
        NOTICE_HEAD + "一、工作任务\n畅通投诉举报渠道，完善纠纷处理机制。持续推进实施\n《电子商务平台某某保护管理》\n"
        "国家标准执行，提升保护水平。" + NOTICE_TAIL
    )
    assert _refs(text)["电子商务平台某某保护管理"][0] == "CITES"


def test_a_standard_strictly_applied_with_its_scope_after_it_is_carried_out():
    """严格执行《X》国家标准 — the scope after X, as in 严格执行国家《X》 (h135 宁夏)."""
    text = (
        NOTICE_HEAD
        + "一、工作任务\n快速化解各类纠纷。严格执行《电子商务平台某某保护管理》国家标准，提升保护水平。"
        + NOTICE_TAIL
    )
    assert _refs(text)["电子商务平台某某保护管理"][0] == "IMPLEMENTS"


def test_a_short_name_defined_in_both_marks_names_the_attachment_it_shortens():
    """《某某省重点产业链紧缺岗位参考清单》（附件3，以下简称“《紧缺岗位参考清单》”） — the short name, in quotes and book marks
    after a note, stands for the notice's own attachment: no link to a text of the short title (河南 gazette 2024-19;
    the longer title is no other text once its short name is defined, unlike 《行业标准管理办法》 above)."""
    text = (
        "某某省教育厅关于发布某某目录的通知\n某教职成〔2024〕250号\n各市教育局：\n"
        "联合编制了《某某省重点产业链紧缺岗位参考清单》（附件3，以下简称“《紧缺岗位参考清单》”），现予以发布。"
        "各地要参照《紧缺岗位参考清单》设置专业。\n附件：3. 某某省重点产业链紧缺岗位参考清单\n"
        "某某省教育厅\n2024年5月6日\n"
    )
    refs = [r for d in parse_text(text, "page.txt").documents for r in d.references]
    assert not [r for r in refs if r.title == "紧缺岗位参考清单"]
