"""A decree's signature and date on one line that happens to fill the column of a hard-wrapped publication (pdf
layout): 自治区主席 王 五 2021 年 10 月 12 日 / 丁自治区河道采砂管理办法 / 第一章 总 则 — the signing line ends
the decree and is never cut at the column, so the rules' title under it keeps its own line."""

from policykg.loaders.columns import column_width
from policykg.loaders.parse import parse_text

SIGNED = "自治区主席 王 五 2021 年 10 月 12 日"
WIDTH = len(SIGNED)


def _wrap(text: str) -> list[str]:
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


ARTICLES = (
    "第一条为了加强河道采砂管理,维护河势稳定,保障防洪、通航和供水安全,保护生态环境,根据有关法律、法规,"
    "结合本自治区实际,制定本办法。",
    "第二条在本自治区行政区域内的河道管理范围内从事采砂活动及其监督管理,适用本办法。本办法所称采砂,"
    "是指在河道管理范围内采挖砂、石、取土和淘金等活动。",
    "第三条河道采砂管理应当坚持统一规划、总量控制、依法许可、有序开采、保护生态的原则,实行地方人民政府"
    "行政首长负责制,县级以上人民政府应当加强对河道采砂管理工作的领导。",
)
NOTICE = (
    "各县(市、区)人民政府,市政府各部门:现将《戊市城市道路挖掘管理办法》印发给你们,请结合实际认真贯彻执行"
    "。执行中遇到的问题,请及时向市城市管理局反映,由其会同有关部门研究解决。"
)


def _publication() -> str:
    lines = [
        "【政府令】",
        "丁自治区人民政府令",
        "第 33 号",
        "《丁自治区河道采砂管理办法》已经2021年9月28日自治区人民政府第80次常务会议审议通过,现予公布,"
        "自2022年1月1日起施行。",
        SIGNED,
        "丁自治区河道采砂管理办法",
        "第一章 总 则",
        *[line for article in ARTICLES for line in _wrap(article)],
        "【政府文件】",
        "戊市人民政府关于印发戊市城市道路挖掘管理办法的通知",
        "戊政〔2021〕12号",
        *_wrap(NOTICE),
        *_wrap(NOTICE),
        *_wrap(NOTICE),
        "戊市人民政府",
        "2021 年 11 月 2 日",
    ]
    return "\n\n".join(lines) + "\n"


def test_signing_line_filling_the_column_keeps_the_title_under_it_apart():
    assert column_width([line.strip() for line in _publication().split("\n")]) == WIDTH  # read as hard-wrapped
    docs = parse_text(_publication(), "pub.txt").documents
    titles = [d.title for d in docs]
    assert titles[0] == "丁自治区河道采砂管理办法"
    assert str(docs[0].doc_number) == "丁自治区人民政府令第33号"
    assert str(docs[0].date) == "2021-10-12"
    assert "戊市人民政府关于印发戊市城市道路挖掘管理办法的通知" in titles
