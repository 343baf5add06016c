"""A signing body's name and its date on one line that happens to fill the column of a hard-wrapped
publication (pdf layout): 中共丙市委员会 2016 年 6 月 17 日 / 关于加强丙市社区治理的实施意见 — the signing line
ends the transmitting notice and is never cut at the column, so the title of the text it transmits keeps its
own line and both documents their issuer and date."""

from policykg.loaders.columns import column_width
from policykg.loaders.parse import parse_text

SIGNED = "中共丙市委员会 2016 年 6 月 17 日"
WIDTH = len(SIGNED)


def _wrap(text: str) -> list[str]:
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


NOTICE = (
    "各镇党委,各街道党工委,市机关各部门,市各直属单位:《关于加强丙市社区治理的实施意见》已经市委常委会议讨论通过,"
    "现印发给你们,请认真贯彻执行。"
)
OPINION = (
    "为深入贯彻落实中央和省委关于加强基层治理的部署要求,进一步提升社区治理能力和服务水平,结合我市实际,"
    "现提出如下实施意见。一、总体要求。坚持党建引领,坚持以人民为中心,健全社区治理体系,推动治理重心下移。"
    "二、主要任务。完善社区服务设施,健全社区工作者队伍,推进网格化管理,提升信息化水平,形成共建共治共享格局。"
)


def _publication() -> str:
    lines = [
        "【市委文件】",
        "中共丙市委员会印发《关于加强丙市社区治理的实施意见》的通知",
        "丙委发〔2016〕28号",
        *_wrap(NOTICE),
        SIGNED,
        "关于加强丙市社区治理的实施意见",
        *_wrap(OPINION),
        *_wrap(OPINION),
    ]
    return "\n\n".join(lines) + "\n"


def test_body_and_date_line_filling_the_column_keeps_the_title_under_it_apart():
    assert column_width([line.strip() for line in _publication().split("\n")]) == WIDTH  # read as hard-wrapped
    docs = parse_text(_publication(), "pub.txt").documents
    assert [d.title for d in docs] == [
        "中共丙市委员会印发《关于加强丙市社区治理的实施意见》的通知",
        "关于加强丙市社区治理的实施意见",
    ]
    assert str(docs[0].doc_number) == "丙委发〔2016〕28号"
    assert [str(d.date) for d in docs] == ["2016-06-17", "2016-06-17"]
    assert docs[1].issuers == ("中共丙市委员会",)
