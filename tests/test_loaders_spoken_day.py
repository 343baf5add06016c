"""A signature date written as spoken, 号 for 日 (2023年6月5号, a tax bureau's repost, part h224): read as the date
when it stands alone on its line; elsewhere 号 stays a number's."""

import pytest

from policykg.loaders.metadata import parse_date
from policykg.loaders.parse import parse_text

NOTICE = """某市某局关于做好某某工作的通知

各有关单位：
  根据《中华人民共和国某某法》规定，现将有关事项通知如下。
  特此通知。

某市某局

{date}
"""


@pytest.mark.parametrize(
    ("line", "date"),
    [("2023年6月5号", "2023-06-05"), ("2023年6月5日", "2023-06-05"), ("2018年3月13", "2018-03-13")],
)
def test_a_signature_date_alone_on_its_line(line, date):
    (doc,) = parse_text(NOTICE.format(date=line), "page.txt").documents
    assert (doc.issuers, doc.date) == (("某市某局",), date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023年6月5号", "2023-06-05"),
        ("2023年2月30号", None),  # no such day
        ("某政发〔2023〕6号", None),  # a number, no month
        ("2023年6月5号文件", None),  # not alone: no signature date
    ],
)
def test_spoken_day_only_as_a_whole_line(text, date):
    assert parse_date(text) == date
