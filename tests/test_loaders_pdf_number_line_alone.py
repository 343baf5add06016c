"""A decree's number line that happens to fill the column of a hard-wrapped publication (pdf layout):
丁维吾尔自治区人民政府令第 93 号 / 《丁维吾尔自治区村务公开办法》已经2… — the number line is a header line of its own, never
the first part of the promulgation sentence under it, so the decree keeps its number, its signer's date and its
issuer.  An announcement's number over its title in brackets (…公告2020年第 132 号 / (关于公布…的公告)) still
reads as one heading."""

from policykg.loaders.columns import column_width, unwrap_columns
from policykg.loaders.parse import parse_text

NUMBER = "丁维吾尔自治区人民政府令第 93 号"
WIDTH = len(NUMBER)


def _wrap(text: str) -> list[str]:
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


ARTICLES = (
    "第一条为了规范村务公开工作,保障村民的知情权、参与权和监督权,促进农村基层民主政治建设,根据有关法律、"
    "法规,结合本自治区实际,制定本办法。",
    "第二条本自治区行政区域内的村民委员会实行村务公开,适用本办法。村务公开应当坚持真实、及时、全面、"
    "便于村民监督的原则,接受村民和有关部门的监督。",
    "第三条乡镇人民政府负责指导、监督本行政区域内的村务公开工作,县级以上人民政府民政部门负责村务公开"
    "的日常指导工作,有关部门按照各自职责做好相关工作。",
)
NOTICE = (
    "各县(市、区)人民政府,市政府各部门:现将《乙市城市绿化管理办法》印发给你们,请结合实际认真贯彻执行"
    "。执行中遇到的问题,请及时向市园林绿化局反映,由其会同有关部门研究解决。"
)


def _publication() -> str:
    lines = [
        "【政府令】",
        "丁维吾尔自治区人民政府",
        NUMBER,
        *_wrap(
            "《丁维吾尔自治区村务公开办法》已经2006年11月13日自治区人民政府第84次常务会议讨论通过,现予公布,"
            "自2007年2月1日起施行。"
        ),
        "自治区主席 张 三",
        "二○○六年十二月二十九日",
        "丁维吾尔自治区村务公开办法",
        "第一章 总则",
        *[line for article in ARTICLES for line in _wrap(article)],
        "【政府文件】",
        "乙市人民政府关于印发乙市城市绿化管理办法的通知",
        "乙政〔2021〕15号",
        *_wrap(NOTICE),
        *_wrap(NOTICE),
        "乙市人民政府",
        "2021 年 11 月 2 日",
    ]
    return "\n\n".join(lines) + "\n"


def test_decree_number_line_filling_the_column_stays_a_line_of_its_own():
    assert column_width([line.strip() for line in _publication().split("\n")]) == WIDTH  # read as hard-wrapped
    docs = parse_text(_publication(), "pub.txt").documents
    decree = next(d for d in docs if d.title == "丁维吾尔自治区村务公开办法")
    assert str(decree.doc_number) == "丁维吾尔自治区人民政府令第93号"
    assert decree.issuers == ("丁维吾尔自治区人民政府",)
    assert str(decree.date) == "2006-12-29"
    assert "乙市人民政府关于印发乙市城市绿化管理办法的通知" in [d.title for d in docs]


def test_announcement_number_over_its_bracketed_title_is_still_joined():
    number = "丙海关总署公告2020年第 132 号"
    title = "(关于公布内地与澳门经贸安排项下经修订的原产地标准的公告)"
    body = "为促进内地与澳门经贸往来,根据有关规定,现对原产地标准予以修订,自公布之日起执行。" * 12
    n = len(number)
    lines = [number, title[:n], title[n:], *[body[i : i + n] for i in range(0, 20 * n, n)]]
    assert unwrap_columns("\n\n".join(lines)).split("\n")[0] == number + title
