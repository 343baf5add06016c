"""Real PDF and DOCX files as issued (r157, part h175): what follows a notice's imprint line, the imprint's date,
signatures of joint meetings, a renamed body, and a revision that issues the revised text.  Each text is modelled
on a failing file of the part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# 某局文件 / number / title / addressees / notice / signature / date / imprint, then the text it issues under its own
# title (h175 南京): the imprint ends the notice's print, the title under it opens the issued text
ISSUED_AFTER_IMPRINT = (
    "甲市住房管理局文件\n甲房字〔2019〕12号\n关于明确购房资格有关事项的通知\n乙区、丙区政府：\n"
    "为促进房地产市场健康发展，我局会同相关部门制定了购房资格认定的实施意见。\n"
    "现将具体意见印发给你们，请认真执行。\n甲市住房管理局\n2019年4月2日\n"
    "甲市住房管理局办公室 2019年4月2日印发\n"
    "购房资格认定的实施意见\n一、关于认定对象\n1、取得高级职称的，购房时不需提供社会保险证明。\n"
    "二、关于证明有效期\n过期的，按《甲市人民政府办公厅关于调整购房政策的通知》（甲政办发〔2018〕7号）执行。\n"
)

# red head / number / title / addressees / three items, no signature, then an interpretation under its own title,
# then the imprint at the file's foot (h175 东莞)
INTERPRETATION_UNDER_UNSIGNED_NOTICE = (
    "甲市公积金管理委员会文件\n甲公积金委〔2021〕3号\n关于调整部分公积金贷款规定的通知\n各缴存职工：\n"
    "经委员会会议审议通过，我市公积金贷款规定作出以下调整：\n一、调整最高贷款额度。\n二、停止受理物业费提取。\n"
    "关于调整部分公积金贷款规定的解读\n一、关于调整最高贷款额度\n"
    "近年来资金供需两端矛盾凸显，需要及时收缩放贷规模，确保公积金贷款稳步发展。\n"
    "根据《甲市公积金个人贷款管理办法》（甲府〔2020〕9号）有关规定，个贷率85%为预警临界点。\n"
    "公开方式：主动公开\n甲市公积金管理委员会办公室 2021年9月6日印发\n"
)


def test_a_titled_text_under_the_imprint_line_is_the_text_the_notice_issues():
    docs = parse_text(ISSUED_AFTER_IMPRINT, "page.txt").documents
    assert [d.title for d in docs] == ["关于明确购房资格有关事项的通知", "购房资格认定的实施意见"]
    opinion = docs[1]
    assert (opinion.issuers, opinion.date) == (("甲市住房管理局",), "2019-04-02")
    assert [r.title for r in opinion.references] == ["甲市人民政府办公厅关于调整购房政策的通知"]
    assert all(r.title != "甲市人民政府办公厅关于调整购房政策的通知" for r in docs[0].references)


def test_an_interpretation_under_an_unsigned_notices_last_sentence_is_a_document_of_its_own():
    docs = parse_text(INTERPRETATION_UNDER_UNSIGNED_NOTICE, "page.txt").documents
    assert [d.title for d in docs] == ["关于调整部分公积金贷款规定的通知", "关于调整部分公积金贷款规定的解读"]
    notice, reading = docs
    assert notice.date is None  # the imprint's day of printing is no signature date, and it is printed after the 解读
    assert (reading.issuers, reading.date) == ((), None)
    assert [r.title for r in reading.references] == ["甲市公积金个人贷款管理办法"]
    assert notice.references == ()


def test_a_damaged_signature_date_is_not_replaced_by_the_imprints_day():
    # signature broken by the seal (甲市 员会 / 2年 7 月2 日) over the imprint (h175 长沙): the date is unknown
    text = (
        "甲金管委〔2022〕3号\n关于优化公积金业务流程的通知\n各有关单位：\n"
        "为提升公积金服务质量，现就优化公积金业务流程通知如下：\n一、贷款政策\n最高贷款额度提高至70万元。\n"
        "本通知自2022年8月1日起施行。\n甲市 员会\n2年 7 月2 日\n甲市公积金管理委员会办公室 2022年7月21日印发\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date is None


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        # 省X厅际联席会议（代章） (h175 安徽): the joint meeting signs, a seal stamped on its behalf
        ("甲省完善乙丙体制机制厅际联席会议（代章）", "甲省完善乙丙体制机制厅际联席会议"),
        ("甲市丁戊工作部门联席会议(代章)", "甲市丁戊工作部门联席会议"),
    ],
)
def test_a_joint_meeting_signs_with_a_proxy_seal_note(signature, issuer):
    text = (
        "关于印发进一步做好乙丙工作若干措施的通知\n\n各市人民政府，省有关单位：\n"
        "经省政府领导同意，现将《进一步做好乙丙工作若干措施》印发给你们，请认真贯彻落实。\n\n"
        f"{signature}\n2022年1月26日\n\n进一步做好乙丙工作若干措施\n\n"
        "为抓住春节消费旺季，提振市场信心，制定以下措施。\n一、加强民生商品保供稳价。\n二、开展购物季活动。\n"
    )
    docs = parse_text(text, "page.docx").documents
    assert [d.issuers for d in docs] == [(issuer,), (issuer,)]


def test_a_renamed_body_keeps_its_own_name_not_its_predecessors():
    # 上海市房屋管理局 (since 2018) is not 上海市住房保障和房屋管理局 (its predecessor) (h175 上海)
    text = (
        "沪房管〔2021〕9号\n关于加强某类住房管理的通知\n各区房屋管理局：\n为严格执行住房政策，现就有关事项通知如下：\n"
        "一、自2021年8月1日起执行。\n上海市房屋管理局\n2021年7月23日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("上海市房屋管理局",)


@pytest.mark.parametrize(
    "sentence",
    [
        # 对《X》（number）进行修订，修订后具体措施如下 (h175 明溪): X amended, its revised text follows
        "结合我县实际，对《甲县促进乙业发展若干措施》（甲政文〔2022〕34号）进行修订，修订后具体措施如下：",
        "对《甲县促进乙业发展若干措施》进行了修改，修改后的措施如下：",
    ],
)
def test_a_revision_whose_revised_text_follows_amends(sentence):
    text = (
        "甲县人民政府文件\n甲政规〔2022〕6号\n关于印发甲县促进乙业发展若干措施（修订）的通知\n各乡（镇）人民政府：\n"
        "《甲县促进乙业发展若干措施（修订）》已经县政府常务会议研究通过，现印发给你们，请认真贯彻执行。\n"
        "甲县人民政府\n2022年11月26日\n甲县促进乙业发展若干措施（修订）\n"
        f"为激发市场主体发展活力，{sentence}\n一、购房补贴\n在城区购买新建商品住房的，给予补贴。\n"
    )
    roles = {r.title: r.role for d in parse_text(text, "page.txt").documents for r in d.references}
    assert roles["甲县促进乙业发展若干措施"] == "AMENDS"
