"""Fields of found documents (round r22): the numbers, issuers and dates a text prints for itself in layouts
the header sources did not read.  Each text is modelled on a source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_an_order_number_over_a_decree_above_the_title_is_the_rules_number():
    """（中华人民共和国某某部令2023年第3号） / 《X》已于…通过，现予公布 / 部长 某某 / date / X / 第一章 (h119 交通运输部):
    the order's number and its issuer are the rule's."""
    text = (
        "（中华人民共和国水利部令2022年第5号）\n"
        "《河道采砂许可管理规定》已于2022年3月14日经第2次部务会议通过，现予公布，自2022年5月1日起施行。\n"
        "部长　某某某\n2022年3月24日\n河道采砂许可管理规定\n第一章　总　则\n"
        "第一条　为加强河道采砂许可管理，制定本规定。\n第二条　本规定自2022年5月1日起施行。\n"
    )
    doc = parse_text(text, "order.txt").documents[0]
    assert doc.title == "河道采砂许可管理规定"
    assert str(doc.doc_number) == "中华人民共和国水利部令2022年第5号"
    assert doc.issuers == ("水利部",)
    assert doc.date == "2022-03-24"


def test_a_signature_date_that_lost_its_month_mark_is_read_when_one_reading_is_a_date():
    """``2021年920`` under the signer (h68 大张庄: 月 and 日 lost) and ``2019515日`` (h155 萍乡: 年 and 月 lost):
    the month of one digit and the day of two are the only reading; ``2022128`` (1-28 or 12-8) stays unread."""
    for printed, date in (("2021年920", "2021-09-20"), ("2019515日", "2019-05-15"), ("2022128", None)):
        text = (
            "某某镇人民政府关于印发《某某镇森林火灾应急预案》的通知\n各村委会：\n"
            "现将《某某镇森林火灾应急预案》印发给你们，请认真贯彻执行。\n"
            f"某某镇人民政府\n{printed}\n"
        )
        assert parse_text(text, "notice.txt").documents[0].date == date, printed


def test_a_joint_central_notice_signed_by_the_railway_administrations_short_name():
    """``铁路局`` among the signers of a joint central notice, as 能源局 and 民航局 are printed (h147 国家发展改革委等部门):
    国家铁路局."""
    text = (
        "国家发展改革委等部门关于完善某某制度的通知\n发改法规〔2023〕27号\n各省、自治区、直辖市发展改革委：\n"
        "为进一步完善某某制度，现就有关事项通知如下。\n一、加强某某管理。\n"
        "国家发展改革委\n交通运输部\n能源局\n铁路局\n民航局\n2023年1月6日\n"
    )
    doc = parse_text(text, "notice.txt").documents[0]
    assert "国家铁路局" in doc.issuers and "国家能源局" in doc.issuers
