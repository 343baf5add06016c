"""Parts h211 (joint texts with many issuers) and h212 (single gazette and policy pages), round r223: stacked issuers,
joint titles over lines, attachments and what cites nothing.  Each text is modelled on a failing text, with other
names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _refs(text: str) -> list[str]:
    return [r.title for d in parse_text(text, "page.txt").documents for r in d.references]


def test_a_party_office_signing_by_its_short_name_keeps_the_signers_above_it():
    # 国家发展改革委 / 国家数据局 / 中央网信办 / 交通运输部 … one a line (h211 national): the party's cyberspace office
    # signs short; the registry knows it, so the signers above it are kept
    text = (
        "商务部等部门关于开展某某试点工作的通知\n商贸〔2025〕9号\n各省、自治区、直辖市商务主管部门：\n"
        "为推动某某工作，现就开展试点有关事项通知如下。\n一、试点范围。\n请各地认真组织实施。\n"
        "商务部\n国家数据局\n中央网信办\n交通运输部\n海关总署\n2025年3月3日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("商务部", "国家数据局", "中央网络安全和信息化委员会办公室", "交通运输部", "海关总署")


def test_a_second_body_naming_the_first_ones_place_short_is_a_body_of_its_own():
    # 厦门市司法局 厦门银监局 on one line of stacked issuers (h211 厦门): the second names the city without 市 — a
    # second body, not a unit under the first
    text = (
        "宁波市财政局\n宁波市司法局 宁波银监局\n关于进一步规范某某工作的通知\n甬财〔2017〕5号\n各有关单位：\n"
        "为规范某某工作，现将有关事项通知如下。\n一、加强管理。\n本通知自印发之日起实施。\n2017年3月24日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("宁波市财政局", "宁波市司法局", "宁波银监局")


def test_a_letterhead_caption_naming_the_first_body_short_is_no_issuer_nor_title():
    # 厦门市国土局 / 厦门市国土资源与房产管理局 / 厦门市市场监督管理局 / … / 关于…的通知 (h211 厦门): the first line is
    # the letterhead's caption, the first body named short — neither a fifth issuer nor the title's start
    text = (
        "来源：某某新闻\n甲市规划局\n甲市规划资源与住房管理局\n甲市市场监督管理局\n关于进一步强化某某管理的通知\n"
        "甲规房〔2017〕141号\n各有关单位：\n为稳定市场预期，现将有关事项通知如下：\n一、加强监管。\n"
        "本通知自2017年3月29日起实施。\n甲市规划资源与住房管理局\n2017年3月28日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "甲市规划资源与住房管理局甲市市场监督管理局关于进一步强化某某管理的通知"
    assert "甲市规划局" not in doc.issuers


def test_a_reporters_story_under_a_notices_date_cites_nothing_for_the_notice():
    # notice / date / 某某新闻记者 张某 / 3月24日，…发布《关于X的通知》… (h211 厦门): the reporter names another
    # notice; the first one cites nothing
    text = (
        "甲市住房局关于加强某某管理的通知\n甲住〔2017〕141号\n各有关单位：\n为稳定市场预期，现将有关事项通知如下：\n"
        "一、加强监管。\n本通知自2017年3月29日起实施。\n甲市住房局\n2017年3月28日\n"
        "甲市调控再升级\n某某新闻记者 张某\n"
        "3月24日，甲市住房局联合多部门发布《关于进一步完善某某措施的通知》，升级限购措施。\n"
        "专家表示，此次政策较为严厉。\n"
    )
    assert _refs(text) == []


def test_a_rule_printed_after_the_attachment_label_that_opens_with_headings_is_a_text():
    # 附件：X实施细则 / signers / date / 附件 / X实施细则 / 一、… / （一）申请条件 / … / 本实施细则自印发之日起施行 (h211
    # 广州): the rule opens with headings, not a sentence; its own commencement clause shows it printed in full
    text = (
        "关于优化某某提取政策的通知\n各缴存人：\n为更好满足缴存人需求，现将有关事项通知如下：\n"
        "一、缴存人可申请提取某某用于支付首付款。\n本通知自印发之日起施行。\n附件：优化某某提取政策实施细则\n"
        "甲市某某管理中心\n甲市住房和城乡建设局\n2025年9月28日\n附件\n优化某某提取政策实施细则\n"
        "一、购买住房首付款提取\n（一）申请条件\n缴存人在本市购买住房，可提取某某支付首付款。\n（二）提取额度\n"
        "提取总额不超过约定的首付款金额。\n本实施细则自印发之日起施行。\n"
    )
    titles = [d.title for d in parse_text(text, "page.txt").documents]
    assert titles == ["关于优化某某提取政策的通知", "优化某某提取政策实施细则"]


def test_a_report_handed_in_as_a_copy_is_no_cited_text():
    # 2.某某检测研究院出具的《电梯监督检验报告》（复印件）； among an application's papers (h211 广州): a paper handed in
    text = (
        "甲市某某中心关于某某提取的通知\n各缴存人：\n申请提取的，需提供以下材料：\n1.不动产权证（原件）；\n"
        "2.某某检测研究院出具的《设备监督检验报告》（复印件）；\n3.《某某授权书》（原件）。\n"
        "甲市某某中心\n2025年9月28日\n"
    )
    assert _refs(text) == []


def test_a_joint_title_naming_the_lead_body_and_a_count_over_its_about_line_is_whole():
    # 甘肃省发展和改革委员会等10部门 / 关于印发…的通知 (h212 甘肃): the first line is the title's, the lead body and the
    # others counted
    text = (
        "乙省发展和改革委员会等8部门\n关于印发乙省特色小镇创建清单的通知\n乙发改规划〔〕号\n省直各部门：\n"
        "为推动特色小镇规范健康发展，经研究，现将清单印发给你们，请按照有关要求做好工作。\n"
        "乙省发展和改革委员会\n乙省商务厅\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "乙省发展和改革委员会等8部门关于印发乙省特色小镇创建清单的通知"


def test_a_title_line_ending_with_about_over_the_next_is_the_titles_start():
    # 365体育投注关于 / 印发…合法性 / 审查规定的通知 / number (h212 辽宁): a spam mirror put its words where the
    # issuer stood; the line ending with 关于 still starts the title
    text = (
        "政府公报\n某某娱乐平台关于\n印发某省人民政府规范性文件备案\n审查规定的通知\n某政办发〔2016〕83号\n"
        "各市人民政府，省政府各厅委、各直属机构：\n《某省人民政府规范性文件备案审查规定》已经省政府同意，现印发给你们，"
        "请认真贯彻执行。\n某省人民政府办公厅\n2016年7月17日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某娱乐平台关于印发某省人民政府规范性文件备案审查规定的通知"


def test_a_letter_signed_by_a_governments_head_is_that_governments():
    # …感谢您的参与和支持！ / 海西州人民政府州长:孟 海 / date (h212 青海): an untitled open letter signed by the
    # prefecture's head — title, a colon, a name with a space inside — is the prefecture government's
    text = (
        "广大群众朋友们：\n为做好明年的民生实事工程，现向社会公开征集项目建议，欢迎大家积极参与。\n"
        "一、征集内容。围绕就业、教育、医疗、养老、住房、交通、环境等群众关心的方面提出建议，建议应具体可行。\n"
        "二、征集方式。请将建议以书信形式邮寄至州财政局，信件封面请写明民生实事工程项目建议。\n"
        "三、征集时间。自即日起至12月27日止，逾期不再受理，我们将认真研究每一条建议。\n"
        "感谢您的参与和支持！\n玉树州人民政府州长:李 某\n2020年12月9日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("玉树藏族自治州人民政府",)
