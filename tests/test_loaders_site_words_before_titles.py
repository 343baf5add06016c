"""A site's words glued before a title that starts at its issuer's name (r52): a portal's menu or chrome, a
forum's column tag, a news page's 发布.  Each text is modelled on a failing one of the unseen set, with other
names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

BODY = "现将《某某实施方案》印发给你们，请认真贯彻执行。\n\n特此通知。\n\n"


def test_a_menu_line_over_a_title_is_no_part_of_it():
    """首 页 区县招商 … 新闻中心 / 北京市海淀区人民政府关于…的通知 (h105 海淀): the menu ends like a body's name
    (中心), the issuers title_issuers reads leave it out, so does the title."""
    title = "河北省石家庄市长安区人民政府关于印发某某实施方案的通知"
    text = f"首 页 招商引资 产业园区 优惠政策 新闻中心\n{title}\n\n各街道办事处，区直各单位：\n\n{BODY}"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title
    assert doc.issuers[0].endswith("长安区人民政府")


def test_a_site_name_glued_before_the_issuer_on_the_title_line_is_dropped():
    """EHS中国 法规首页 山西省人民政府关于…的通知 (h103 山西): the site's name on the title's own line."""
    title = "河南省人民政府关于印发某某实施方案的通知"
    clauses = "".join(
        f"{n}、各地要按照某某实施方案的要求，认真做好本地区的有关工作，按时报送进展情况。\n\n" for n in "一二三四"
    )
    text = f"欢迎来到本平台! 设为首页 收藏\n某某网 法规首页 {title}\n\n{title}\n\n下载法规\n\n{clauses}"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title


def test_a_forum_column_tag_before_a_title_is_dropped():
    """[城市建设] 国务院办公厅关于…的通知 (h124 a forum): the column's tag in brackets."""
    title = "国务院办公厅关于某某工作安排的通知"
    text = f"返回列表 发新帖\n查看: 105|回复: 0\n\n[社会民生] {title}\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n{BODY}"
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == title


def test_a_body_publishing_before_about_is_no_part_of_the_title():
    """财政部发布关于下达…的通知 (h132 a news page): the title is the part from 关于, the issuer stays the body."""
    text = (
        "咨询热线\n\n400-000-0000\n\n商务部发布关于做好某某工作的通知\n\n各省、自治区、直辖市商务主管部门：\n\n" + BODY
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于做好某某工作的通知"
    assert doc.issuers == ("商务部",)


def test_a_law_sites_column_of_a_bodys_rules_over_a_title_is_no_part_of_it():
    """湖南省人民政府规章 / 湖南省规范性文件管理办法 / (…令第242号公布…) (h108 湖南, a law site): the column label, a
    body's name and 规章, over the rules' title."""
    text = (
        "浙江省人民政府规章\n\n浙江省档案数字化管理办法\n\n"
        "(2012年3月9日浙江省人民政府令第301号公布 自2012年5月1日起施行)\n\n\n第一章 总 则\n\n"
        "第一条 为了加强档案数字化管理，根据有关法律、法规，结合本省实际，制定本办法。\n\n"
        "第二条 本省行政区域内档案数字化管理工作，适用本办法。\n\n"
        "第三条 县级以上人民政府档案主管部门负责本行政区域内的档案数字化管理工作。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "浙江省档案数字化管理办法"
