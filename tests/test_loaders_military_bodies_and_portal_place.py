"""Joint issuance with a military body (省军区 / 军分区 / 警备区) and a portal's bare 省政府办公厅 read in the text's
province (not the registry's home province) — forms of a 退役士兵 通报 scraped from a provincial portal."""

from policykg.loaders.parse import parse_text


def _docs(text: str):
    return parse_text(text, "notice.txt").documents


def test_a_government_and_its_military_district_issue_jointly():
    """(a 通报 of 省人民政府 and 省军区; a 征兵 notice of 市人民政府 and 军分区) both bodies are issuers."""
    province = _docs(
        "福建省人民政府　福建省军区\n关于表彰2009年冬季退役士兵安置工作先进单位的通报\n闽政〔2010〕7号\n"
        "各市、县（区）人民政府：\n为表彰先进，现予通报。\n福建省人民政府　福建省军区\n2010年3月2日\n"
    )
    assert [d.issuers for d in province] == [("福建省人民政府", "福建省军区")]
    city = _docs(
        "三明市人民政府　三明军分区关于做好2023年度征兵工作的通知\n明政〔2023〕4号\n各县（市、区）人民政府：\n"
        "现将有关事项通知如下。\n2023年2月2日\n"
    )
    assert [d.issuers for d in city] == [("三明市人民政府", "三明军分区")]


def test_a_portal_row_naming_the_office_by_level_belongs_to_the_numbers_province():
    """(发布机构：省政府办公厅 over 闽政发 on a 福建 portal page whose title names a body the registry does not know)
    the office is 福建's, not the home province's."""
    docs = _docs(
        "索引号： 000014349/2004-711188 主题分类：\n发布机构： 省政府办公厅 成文日期： 2004-02-02\n"
        "文号： 闽政发〔2004〕4号\n关于表彰2003年度全省拥军优属工作先进单位的通报\n日期：2012-07-14 23:08\n"
        "各市、县（区）人民政府：\n为表彰先进，现予通报。\n二○○四年二月二日\n"
    )
    assert len(docs) == 1
    assert all("河南" not in x for x in docs[0].issuers)
    assert docs[0].issuers == ("福建省人民政府办公厅",)
