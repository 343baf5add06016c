"""Issuers of the unseen set, r129: a forwarding title without 关于 and an announcement's head on its number's line.
Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_forwarding_title_without_about_names_its_issuer_before_the_verb():
    # 瑞安市人民政府办公室 / 转发温州市推行…指导意见及操作规范的通知 (h93 瑞安): the title has no 关于; the body before
    # 转发 issues it (the office, not the government its name starts with)
    text = (
        "甲市人民政府办公室转发乙市推行某某文书指导意见的通知\n\n甲政办〔2011〕12号\n\n市政府直属各单位：\n"
        "现将乙市《推行某某文书指导意见》转发给你们，请认真贯彻执行。\n\n二〇一一年八月九日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("甲市人民政府办公室",)


def test_a_forwarding_title_with_pizhuan_names_its_issuer_before_the_verb():
    # the same with 批转 (某市人民政府批转某局某某意见的通知): the body before the verb
    text = (
        "乙市人民政府批转市财政局加强某某管理意见的通知\n\n各区人民政府：\n"
        "市人民政府同意市财政局《加强某某管理意见》，现转发给你们，请认真贯彻执行。\n\n二〇〇五年三月一日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("乙市人民政府",)


def test_an_untitled_announcement_names_its_issuer_on_its_number_line():
    # 国家税务总局广东省税务局公告2022年第5号 / the body, no title (h76 广东): the head on the number's line names the
    # body that announces
    text = (
        "甲市税务局公告2022年第5号\n"
        "为深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于进一步深化税收征管改革的意见》，"
        "甲市税务局对《某某规范性文件管理办法》作如下修改：\n"
        "一、将第一条修改为：“为贯彻落实党中央、国务院关于推进依法行政、建设法治政府的部署，制定本办法。”\n"
        "二、将第四条修改为：“制定规范性文件，应当充分体现社会主义核心价值观的内容和要求。”\n"
        "三、第四条增加一款：“制定规范性文件涉及税务执法标准的，应当加强区域协同，推进区域执法标准统一。”\n"
        "四、将第二十五条修改为：“未经审查的规范性文件，办公室不予核稿，制定机关负责人不予签发。”\n"
        "本公告自发布之日起施行。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("甲市税务局",)


def test_joint_bodies_before_yinfa_about_in_a_compilation_entry_issue_it():
    # 中共中央办公厅国务院办公厅印发《关于构建…的意见》（2023 年6 月13 日） / 近日，…印发了《…》… (h34): the entry's
    # title, its marks dropped, puts 印发 before 关于; the bodies before the verb issue the text
    text = (
        "教育部财政部印发《关于推进某某服务体系建设的意见》（2023 年6 月13 日）\n"
        "近日，\n教育部、\n财政部印发了《关于推进某某服务体系建设的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。\n"
        "《关于推进某某服务体系建设的意见》全文如下。\n"
        "为深入贯彻落实有关精神，加快推进某某服务体系建设，现提出如下意见。\n"
        "一、总体要求。坚持以人民为中心，统筹推进各项工作，确保取得实效。\n"
        "二、主要任务。加强统筹协调，完善工作机制，推动各项措施落地见效。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("教育部", "财政部")
