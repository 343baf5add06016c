"""New parts of the unseen set, r168 (part h178's tables of records and two h182 texts): a plan printed after its
notice's signature on the same one-line text, and a garbled ? inside a book-marked title.  Each text is modelled
on a failing text of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

NOTICE_BODY = (
    "各区县某某局，各有关单位：为认真落实《乙省某某厅关于加强某某设施建设管理的通知》(乙某发〔2020〕12号)精神，"
    "全面提升我市某某设施运行水平，我们共同制定了《甲市某某设施改造升级工程实施方案》。现印发你们，请遵照执行。"
    "执行中遇有重大问题，请及时报告我们。"
)
PLAN_BODY = (
    "为持续深化某某设施改革，根据《乙省人民政府关于某某设施建设的意见》(乙政发〔2019〕8号)精神，经研究，"
    "决定实施全市某某设施改造升级工程，制订此方案。一、指导思想。认真落实全面推进乡村振兴战略要求，满足发展需要，"
    "全面提升某某设施的运行水平和安全水平。二、主要任务。计划用3年时间全面完成改造升级，陆续纳入改造范围。"
    "三、组织保障。各单位要高度重视改造升级工作，确保按时完成改造升级任务。"
)


def test_a_quoted_plan_after_the_signature_date_on_one_line_is_a_document_of_its_own():
    # …陕西省林业局2021年5月11日《X实施方案》为持续深化… (h178 陕西, a notice and its plan run together on one line):
    # the plan's title in book marks right after the signature's date starts the issued plan
    text = (
        "甲市某某局甲市林业局文件甲某发〔2021〕63号甲市某某局甲市林业局关于印发《甲市某某设施改造升级工程实施方案》的通知"
        + NOTICE_BODY
        + "甲市某某局甲市林业局2021年5月11日《甲市某某设施改造升级工程实施方案》"
        + PLAN_BODY
        + "\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "甲市某某局甲市林业局关于印发《甲市某某设施改造升级工程实施方案》的通知",
        "甲市某某设施改造升级工程实施方案",
    ]
    assert [d.date for d in docs] == ["2021-05-11", "2021-05-11"]
    plan_cites = {r.title for r in docs[1].references}
    assert "乙省人民政府关于某某设施建设的意见" in plan_cites
    assert "乙省人民政府关于某某设施建设的意见" not in {r.title for r in docs[0].references}


def test_a_plan_named_only_by_the_notices_title_is_cut_off_after_the_signature():
    # 关于印发《“三线”…整治工作方案》的通知 … 《X》已经研究同意。现印发给你们 … 2022年4月19日X因历史遗留原因…
    # (h178 龙岩): the sentence naming the plan is not the issuing one, the notice's title names it
    text = (
        "甲市某某局乙市某某办公室文件甲某能源〔2022〕9号甲市某某局乙市某某办公室关于印发《“两线”整治工作方案》的通知"
        "各县(市、区)某某局，各有关单位:《“两线”整治工作方案》已经研究同意。现印发给你们，请结合实际抓好贯彻落实。"
        "甲市某某局乙市某某办公室2022年4月19日“两线”整治工作方案因历史遗留原因，我市普遍存在线路相互搭接现象，"
        "严重影响居民生产生活安全。为落实《丙市人民政府关于支持电网高质量发展若干措施的通知》(丙政综〔2020〕63号)"
        "文件精神，现就推进整治工作制订方案如下:一、工作目标以消除安全隐患为目标，稳步推进我市整治工作。"
        "二、工作职责各单位按照职责分工抓好落实，确保整治工作有序推进，建设高质量的文明城市。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == [
        "甲市某某局乙市某某办公室关于印发《“两线”整治工作方案》的通知",
        "“两线”整治工作方案",
    ]
    assert [r.title for r in docs[1].references] == ["丙市人民政府关于支持电网高质量发展若干措施的通知"]
    assert [r.role for r in docs[0].references] == ["TRANSMITS"]


def test_a_garbled_question_mark_inside_book_marks_ends_no_sentence():
    # 根据《殡葬管理?xiàng)l例》《2020年…要点》《关于…的通知》文件要求 (h182 铁岭, a conversion's ? and a pinyin
    # remnant for a character it could not write): the ? inside the open 《…》 does not cut the 根据 clause
    text = (
        "索 引 号 : 主题分类:\n发布机构: 成文日期:\n标  题: 乙县村级公墓建设规划\n发文字号: 发布日期: 2021-10-09\n\n"
        "乙县村级公墓建设规划\n\n乙县村级公墓建设规划\n\n??\n\n"
        "进一步深化殡葬改革,推进公墓建设和骨灰流向管理,根据《某某管理?xiàng)l例》《2021年全省村级公墓建设要点》"
        "《关于推进村级公墓建设工作的通知》文件要求,制定我县十四五期间村级公墓建设规划。\n\n"
        "一、乙县村级公墓的发展现状\n\n我县辖区设有10个乡镇、120个村,目前建有经营性公墓2个,乡镇级公墓8个,"
        "计划十四五期间新建2个村级公墓,满足农村群众的基本安葬需求,有效解决散埋乱葬问题,推行节地生态安葬。\n\n"
        "二、编制原则\n\n节约土地、维护生态环境;科学规划,布局合理;依法依规,规范管理。\n\n"
        "三、具体规划\n\n(一)科学选址。2021年新建村级公墓2处。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [r.role for r in doc.references] == ["BASED_ON", "BASED_ON", "BASED_ON"]
    assert doc.references[1].title == "2021年全省村级公墓建设要点"


LONG_BODY = (
    "一、提高认识。各地要高度重视统计工作，切实做好各项工作，确保数据质量。"
    "二、加强管理。各市有关部门要督促企业做好日常维护，严格遵循国家有关规定，依法依规真实、准确、完整、"
    "及时地报送统计调查资料，并确保向统计局和行业主管部门报送数据的一致性。"
)


def test_a_signature_date_run_into_the_attachment_label_dates_a_one_line_notice():
    # …山东省某某中心2020年9月14日附件省直…办理途径1.… / …领导小组2021年1月13日附件1… (h178 山东 医保 / 扶贫): the
    # signature's date, run into the label of the attachment printed after it, is the notice's date
    text = (
        "甲省某某事业中心文件甲某中心发〔2020〕11号关于做好某某待遇联网结算工作的通知各有关定点医疗机构："
        "为方便参保职工，现将有关事项通知如下。"
        + LONG_BODY
        + "联系人:XXX，联系电话:8619XXXX附件:1，某某待遇结算办理途径甲省某某事业中心2020年9月14日附件某某待遇结算"
        "办理途径1.现场办。在政务服务大厅窗口办理;2.网上办。登录网上服务系统办理。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于做好某某待遇联网结算工作的通知"
    assert doc.date == "2020-09-14"


def test_a_printing_notes_date_at_the_end_of_a_one_line_notice_dates_it():
    # …核查表政府信息公开选项:依申请公开山东省发展和改革委员会办公室2020年11月24日印发 (h178 鲁发改能源, no signature):
    # the imprint's date, read once it stands apart
    text = (
        "甲省某某委员会甲省某某局文件甲发改能源〔2020〕1341号关于加强和规范某某统计工作的通知各市某某局："
        "为贯彻落实《中华人民共和国统计法》，现将有关事项通知如下。"
        + LONG_BODY
        + "联系人:省某某局XXX，0531-6862XXXX。附件:1某某核查表2某某统计数据核查表政府信息公开选项:依申请公开"
        "甲省某某委员会办公室2020年11月24日印发\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于加强和规范某某统计工作的通知"
    assert doc.date == "2020-11-24"


def test_an_attachment_named_by_its_short_name_further_on_is_still_no_citation():
    # 按照《A办法》要求和《2021年…选题指南》(见附件1，以下简称《选题指南》)… 《选题指南》中新增… (h178 山东 档案局): the
    # notice's own attachment, dropped where first named, is no cited text where its short name comes back
    text = (
        "甲省某某局关于开展2021年某某科技项目立项申报工作的通知\n\n各有关单位：\n\n"
        "根据《乙局办公室关于开展2021年某某科技项目立项工作的通知》(乙办函〔2021〕31号)要求，现将有关事项通知如下。\n\n"
        "一、申报单位需按照《某某科技项目管理办法》要求和《2021年某某科技项目立项选题指南》(见附件1，以下简称《选题指南》)"
        "中的研究方向确定选题。\n\n二、《选题指南》中新增重点科技项目，申报此类项目须由专家挂帅。\n\n"
        "甲省某某局\n\n2021年3月2日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert [r.title for r in doc.references] == [
        "乙局办公室关于开展2021年某某科技项目立项工作的通知",
        "某某科技项目管理办法",
    ]
