"""A crawl that stores each page as one line (flat layout): a page stored with its browser title first — the
document's title, a dash and the site's name (X的通知-甲市人民政府门户网站) — then the site's menus, before the text.

The browser title opens the document; the dash and the site's name after it are the page's, not the title's.
"""

from __future__ import annotations

from policykg.loaders.flat import _title_site
from policykg.loaders.parse import parse_text

NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知甲政办〔2024〕12号各县（区）人民政府，市人民政府各部门："
    "当前我市已进入春季森林防火关键期，为切实做好森林防火工作，经市政府同意，现就有关事项通知如下。一、压实防火责任。"
    "各县（区）要严格落实森林防火行政首长负责制。二、加强火源管控。严格野外用火审批，严防火种进山。"
    "甲市人民政府办公室2024年3月5日"
)
# (the browser title, the site's name after a dash, then its menus: no number or addressee under the title)
MEASURES = (
    "乙市老年人照顾服务办法-乙市人民政府门户网站------用户登录市民网页您好退出语言简体繁体English手机端无障碍长者助手"
    "第一条为了保障老年人合法权益，发展老龄事业，根据有关法律法规，结合本市实际，制定本办法。第二条本市行政区域内"
    "老年人的照顾服务工作，适用本办法。第三条市民政部门负责本办法的组织实施。第四条本办法自2024年5月1日起施行。"
)
# (the same, the site's name after an underscore)
ANNOUNCEMENT = (
    "丙县人民政府关于禁止在县城区燃放烟花爆竹的通告_丙县人民政府网首页政务公开政务服务互动交流"
    "为保障公共安全和人身、财产安全，减少环境污染，根据《烟花爆竹安全管理条例》，现就有关事项通告如下。"
    "一、县城区范围内全年禁止燃放烟花爆竹。二、违反本通告的，由公安机关依法处罚。丙县人民政府2024年1月8日"
)


def test_title_run_into_the_site_name_is_cut_off():
    """(title-site name, flat layout: the title is cut off at the dash)"""
    assert _title_site("乙市老年人照顾服务办法-乙市人民政府门户网站------用户登录") == [
        "乙市老年人照顾服务办法",
        "-乙市人民政府门户网站------用户登录",
    ]
    assert _title_site("关于X-Y的说明-甲省人民政府") is None  # (no site's name after the dash)


def test_browser_title_opens_the_document():
    """(a page stored with its browser title first, flat layout)"""
    docs = parse_text("\n".join([NOTICE, MEASURES, ANNOUNCEMENT]) + "\n", "crawl.txt").documents
    assert [d.title for d in docs] == [
        "甲市人民政府办公室关于做好2024年春季森林防火工作的通知",
        "乙市老年人照顾服务办法",
        "丙县人民政府关于禁止在县城区燃放烟花爆竹的通告",
    ]
    assert docs[2].date == "2024-01-08"
