"""A crawl that stores each page as one line, some pages with one space where each printed line ended and
some run together with no space at all (flat layout): a page run together right under a page stored with
spaces opens its own document, as it does under another run-together page.

The spaced page is cut into its printed lines; the page under it is read against that whole page (a long
line ending a text), not against the spaced page's last short part.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

_SENTENCES = "".join(
    f"{k}、各部门要按照职责分工，加强协调配合，认真抓好各项任务的落实，确保工作取得实效。 " for k in "一二三四五六七八"
)

# (pages stored with one space where each printed line ended, flat layout)
SPACED_NOTICE = (
    "甲市人民政府办公室关于做好2024年春季森林防火工作的通知 甲政办〔2024〕12号 各县（区）人民政府，市人民政府各部门： "
    "当前我市已进入春季森林防火关键期，经市政府同意，现就有关事项通知如下： "
    + _SENTENCES
    + "甲市人民政府办公室 2024年3月5日"
)
SPACED_PLAN = (
    "乙市人民政府关于印发乙市城市更新行动方案的通知 乙政发〔2024〕7号 各区人民政府，市政府各部门： "
    "现将《乙市城市更新行动方案》印发给你们，请认真贯彻执行。 " + _SENTENCES + "乙市人民政府 2024年4月2日"
)
# (a notice's page stored with spaces, ending on the page's footer under its signature: 责任编辑 / 相关新闻)
SPACED_FOOTER = (
    "您当前的位置:首页>政务>政策 搜索 戊市公安局交通警察支队关于临时交通管制的通告 2024-02-0709:30:15来源:戊市新闻网 "
    "全市广大人民群众: 为保障道路施工安全，现对部分路段实行临时交通管制。 "
    + _SENTENCES
    + "管制解除时间另行通知。 责任编辑：李明 相关新闻"
)
# (a page run together with no space, its title with its number in brackets, no addressee: an announcement)
ANNOUNCEMENT = (
    "丙县征收土地预公告（丙政征告〔2024〕3号）根据《中华人民共和国土地管理法》有关规定，为了公共利益的需要，"
    "拟征收丙县城关镇东村集体土地，现将有关事项预告如下：一、征收范围为东村第三、第四村民小组。"
    "二、本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建，违反规定抢栽抢建的，对抢栽抢建部分不予补偿。"
    "三、土地现状调查自本公告发布之日起开展，请有关单位和个人予以配合。四、被征收土地的所有权人、使用权人应当在规定期限内，"
    "持不动产权属证明材料办理补偿登记，逾期未办理的，以调查结果为准。征收土地补偿安置方案另行公告，请各村民小组及时告知村民。五、本公告未尽事宜，由丙县自然资源主管部门负责解释，咨询电话另行公布。"
)


def test_page_run_together_under_spaced_pages_opens_its_document():
    """(a page run together under a page stored with spaces that ends on its footer, the crawl's first page run
    together too: the title with a bracketed number opens a document)"""
    text = "\n".join([SPACED_NOTICE.replace(" ", ""), SPACED_PLAN, SPACED_FOOTER, ANNOUNCEMENT]) + "\n"
    docs = parse_text(text, "crawl.txt").documents
    assert [d.title for d in docs][-1] == "丙县征收土地预公告"
    assert str(docs[-1].doc_number) == "丙政征告〔2024〕3号"
