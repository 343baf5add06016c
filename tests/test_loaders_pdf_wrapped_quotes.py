"""A paragraph hard-wrapped at the column (pdf layout) whose line closes a 《 the line above opened and opens one
of its own at its end (…组织法》《乙省立法条例》《法 / 规规章备案条例》…): the line ends like a title's kind, but the
paragraph leaves a 《 open, so it runs on — it is no whole title with the text under it."""

from policykg.loaders.parse import parse_text

WIDTH = 24


def _wrap(text: str) -> list[str]:
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


ARTICLE_1 = (
    "第一条为了加强对规章和行政规范性文件的监督,维护社会主义法制统一,保证政令畅通,推进法治政府建设"
    ",根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国立法法》《法"
    "规规章备案条例》等法律、法规,结合本省实际,制定本办法。"
)
ARTICLE_2 = (
    "第二条本省行政区域内规章和行政规范性文件的备案工作,适用本办法。各级人民政府和县级以上人民政府工作部门"
    "制定的内部工作制度、人事任免决定、对具体事项作出的处理决定等,不适用本办法。"
)
ARTICLE_3 = (
    "第三条备案审查工作应当遵循有件必备、有备必审、有错必纠的原则,保障宪法、法律、法规和国家政策的正确实施"
    ",维护国家法制统一和政令畅通,保护公民、法人和其他组织的合法权益。"
)
NOTICE_BODY = (
    "各县(市、区)人民政府,市政府各部门:现将《丙市政务服务事项管理办法》印发给你们,请结合实际认真贯彻执行"
    "。执行中遇到的问题,请及时向市政务服务管理局反映,由其会同有关部门研究解决。"
)


def _publication() -> str:
    lines = [
        "【政府令】",
        "乙省人民政府令",
        "第 21 号",
        "《乙省规章和行政规范性文件备案办法》已经2021年3月2日省政府第15次常务会议通过,现予公布,自2021年5月1日起施行。",
        "省长张三",
        "2021 年 3 月 9 日",
        "乙省规章和行政规范性文件备案办法",
        "- 1 -",
        *_wrap(ARTICLE_1),
        *_wrap(ARTICLE_2),
        *_wrap(ARTICLE_3),
        "【政府文件】",
        "丙市人民政府关于印发丙市政务服务事项管理办法的通知",
        "丙政〔2021〕7号",
        *_wrap(NOTICE_BODY),
        *_wrap(NOTICE_BODY),
        "丙市人民政府",
        "2021 年 6 月 1 日",
    ]
    return "\n\n".join(lines) + "\n"


def test_quote_left_open_over_wrapped_lines_keeps_the_paragraph_together():
    text = _publication()
    assert "立法法》《法" in text and "\n\n规规章备案条例》" in text  # the line and its run-on, as laid out
    docs = parse_text(text, "pub.txt").documents
    titles = [d.title for d in docs]
    assert titles[0] == "乙省规章和行政规范性文件备案办法"
    assert "丙市人民政府关于印发丙市政务服务事项管理办法的通知" in titles
    assert str(docs[0].doc_number) == "乙省人民政府令第21号"
