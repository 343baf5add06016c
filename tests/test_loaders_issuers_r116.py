"""Issuers of the unseen set (r116): bodies a text names only by a number's prefix, a portal's row or its page's
byline.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_provincial_energy_bureau_is_read_from_its_number_prefix():
    # 黔能源发〔2022〕8号 / 关于印发《…裁量基准（试行）》的通知 / 各处室： / … / date (guizhou 能源局): a province's
    # energy bureau (能源局) signs only by its number's prefix, the province's short name then 能源
    text = (
        "晋能源发〔2023〕5号\n关于印发《某某管道保护行政处罚裁量基准》的通知\n各市能源主管部门、局机关各处室：\n"
        "《某某管道保护行政处罚裁量基准》已经研究同意，现印发给你们，请认真遵照执行。\n2023年3月1日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("山西省能源局",)


def test_a_portal_row_under_a_site_tag_names_the_issuer_of_a_notice_and_the_text_it_issues():
    # heading / 政策 / 发布部门:市政府办 / 发布时间 / 有效性 / the notice, its date and the text it issues run on (h58
    # 泰州): the row names the notice's body by its level alone, the city the title writes out; the issued text
    # takes it too
    text = (
        "关于印发扬州市数据开放办法的通知\n政策\n发布部门:市政府办\n发布时间:2015年05月02日\n有效性:有效\n"
        "关于印发扬州市数据开放 办法的通知 各县(市、区)人民政府,市各委、办、局: 现将《扬州市数据开放办法》"
        "印发给你们,请认真贯彻执行。 二○一五年四月九日 扬州市数据开放办法 第一条为规范数据开放工作,制定本办法。"
        " 第二条本办法自发布之日起施行。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.issuers for d in docs] == [("扬州市人民政府办公室",), ("扬州市人民政府办公室",)]


def test_a_work_report_under_a_byline_naming_its_county_is_the_countys_government():
    # 政府工作报告(2024年) / 来源:永泰县 时间:… / 各位代表: / 现在,我代表县人民政府向大会报告工作 (h152 永泰): the
    # report speaks for the government named by its level alone; the page's byline names the county
    text = (
        "政府工作报告(2023年)\n来源:闽清县 时间:2023-01-06 10:12 浏览量:\n\n  各位代表:\n\n"
        "  现在,我代表县人民政府向大会报告工作,请予审议。\n\n  一、2022年工作回顾\n\n  过去一年,全县经济稳步增长。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("闽清县人民政府",)
