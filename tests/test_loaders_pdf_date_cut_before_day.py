"""A signature's date wrapped at the column before its day mark (pdf layout): a right-aligned date that a
converter cut as ``      2017 年 6 月 13`` / `` 日`` over the title of the text the notice transmits — the date is
read whole on its line, never as the first line of that title, which keeps its own text and the notice's date."""

from policykg.loaders.columns import column_width
from policykg.loaders.parse import parse_text

WIDTH = 20


def _wrap(text: str) -> list[str]:
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


NOTICE = (
    "各乡镇党委和人民政府,市委各部、委、室,市政府各办、局,各人民团体:《丁市河(湖)长制工作实施方案》已经"
    "市委、市政府同意,现印发给你们,请结合实际认真贯彻执行。"
)
PLAN = (
    "为全面推行河长制,加强河湖管理保护,维护河湖健康生命,结合我市实际,制定本方案。一、总体要求。坚持生态"
    "优先、绿色发展,坚持党政领导、部门联动,坚持问题导向、因地制宜。二、主要任务。加强水资源保护,加强河湖"
    "水域岸线管理保护,加强水污染防治,加强水环境治理,加强水生态修复。"
)


def _publication() -> str:
    lines = [
        "【市委办公室文件】",
        "中共丁市委办公室丁市人民政府办公室关于印发《丁市河(湖)长制工作实施方案》的通知",
        "丁办发〔2017〕19号",
        *_wrap(NOTICE),
        "中共丁市委办公室",
        "丁市人民政府办公室",
        "      2017 年 6 月 13",
        " 日",
        "丁市河(湖)长制工作实施方案",
        *_wrap(PLAN),
        *_wrap(PLAN),
    ]
    return "\n\n".join(lines) + "\n"


def test_date_cut_before_its_day_is_no_title_line():
    assert column_width([line.strip() for line in _publication().split("\n")]) == WIDTH  # read as hard-wrapped
    docs = parse_text(_publication(), "pub.txt").documents
    assert [d.title for d in docs][-1] == "丁市河（湖）长制工作实施方案"
    assert str(docs[0].date) == "2017-06-13"
