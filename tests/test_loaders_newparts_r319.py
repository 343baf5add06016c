"""Unseen-set parts h273, h275, h276 and h277 (2026-12-06, r319): a revision of the version in force, an
announcement's serial printed with leading zeros, a national committee's office signing with its short name.
Each text is modelled on a failing text of those parts, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def _refs(doc):
    return {(r.title, r.role) for r in doc.references}


def test_the_version_in_force_revised_and_its_new_version_issued_is_amended():
    # 我中心对现行《X(2024修订版)》进行了修订,现印发《X(2025修订版)》 (h273 泉州): 现行 between 对 and the title —
    # the text revises X (AMENDS), as 我局对《X》进行了修订，现印发给你们 does
    text = (
        "各有关单位:\n为规范服务行为,我所对现行《甲市某某服务中心预审管理办法(2023修订版)》进行了修订,"
        "现印发《甲市某某服务中心预审管理办法(2024修订版)》,请遵照执行。\n甲市某某服务中心\n2024年3月5日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert ("甲市某某服务中心预审管理办法（2023修订版）", "AMENDS") in _refs(doc)


def test_an_announcement_serial_keeps_its_leading_zeros():
    # 乙县某某海事局航行通告 / 2024年第002号 (h275 巫山): the serial as printed, its zeros kept
    text = (
        "关于乙河实施交通管制的通告\n\n乙县某某海事局航行通告\n\n2024年第002号\n\n关于乙河实施交通管制的通告\n\n"
        "各有关单位:\n为保障水上交通安全,现将有关事项通告如下。\n\n乙县某某海事局\n\n2024年2月5日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "2024年第002号"


def test_a_national_committee_office_signing_with_its_short_name_is_resolved():
    # 全爱卫办函〔2022〕14号 … signed 全国爱卫办 (h277): the office of 全国爱国卫生运动委员会
    text = "全爱卫办函〔2023〕9号\n各省、自治区、直辖市爱卫办:\n现将某某名单予以公布。\n全国爱卫办\n2023年8月1日\n"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("全国爱国卫生运动委员会办公室",)


def test_a_corps_regiment_body_signing_is_the_issuer():
    # 第二师22团城镇管理服务中心 signing a newspaper's 公告 (h276): a corps division and its regiment (digits before 团)
    # are the place before the body's name
    text = (
        "第七师35团垃圾处理场建设项目环境影响评价信息公告\n\n某某日报 2024年06月03日\n\n"
        "  第七师35团城镇管理服务中心委托某某公司编制的报告已完成,现予公示。\n\n"
        "  第七师35团城镇管理服务中心\n\n  2024年6月3日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("第七师35团城镇管理服务中心",)


def test_classification_cells_of_a_ministry_portal_are_no_title():
    # title / 文号 / X / 公开日期 / date / 机构分类 / 某司 / 行业分类 / 其他 / 公文类型 / 部办公厅函 — labels and
    # values on alternate lines (h277 交通运输部): the page's table, not a title; the signature's date, not the posting day
    text = (
        "某某部办公厅关于表扬甲乙试点单位的通报\n\n文号\n\n某办规划函〔2024〕88号\n\n公开日期\n\n2024年10月20日\n\n"
        "机构分类\n\n综合规划司\n\n行业分类\n\n其他\n\n公文类型\n\n部办公厅函\n\n"
        "各省、自治区、直辖市某某厅（局）：\n\n为做好甲乙试点工作，经研究，决定对某某单位予以表扬。\n\n"
        "某某部办公厅\n\n2024年10月15日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.date) for d in docs] == [("某某部办公厅关于表扬甲乙试点单位的通报", "2024-10-15")]


def test_a_fishing_port_superintendency_signature_is_the_issuer_over_the_table_s_publisher():
    # 发布机构 | 林业和海洋局 … / title / … / 中华人民共和国连云渔港监督 (h275 连云): a port superintendency (…渔港监督)
    # signs the 航行通告; its signature, read as a body's name, is the issuer, not the portal's publisher cell
    text = (
        "索 引 号 | 01234567-8/2023-00012 | 分 类 | 农业\n发布机构 | 农业农村局 | 发文日期 | 2023-06-01 |\n"
        "标 题 | 关于在甲港航道设置航标施工的航行通告 | ||\n"
        "关于在甲港航道设置航标施工的航行通告\n各有关单位、船舶:\n因甲港航道设置航标,现将有关事项通告如下。\n"
        "一、施工日期:2023年6月2日至2023年6月30日。\n中华人民共和国甲港渔港监督\n2023年6月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("中华人民共和国甲港渔港监督",)
