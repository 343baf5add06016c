"""A forwarding notice whose title was lost (a portal scrape opening at its number) and the text it forwards printed
below: the forwarded text is another body's — its own number, bodies and date (a 上海 财税 forwarding page)."""

from policykg.loaders.parse import parse_text

TEXT = """苏财税[2008]12号
各市、县财政局，各地方税务局：
现将《财政部 国家税务总局关于农村饮水安全工程税收政策的通知》（财税[2008]5号）转发给你们，请遵照执行。
江苏省财政厅
江苏省地方税务局
二〇〇八年三月四日
关于农村饮水安全工程税收政策的通知
财税[2008]5号
各省、自治区、直辖市财政厅（局）、地方税务局：
为支持农村饮水安全工程建设，现对有关税收政策通知如下：
一、对饮水工程运营管理单位为建设饮水工程而承受土地使用权，免征契税。
财政部
国家税务总局
二〇〇八年二月二十日
"""


def test_the_forwarded_text_keeps_its_own_number_bodies_and_date():
    notice, forwarded = parse_text(TEXT, "page.txt").documents
    assert str(notice.doc_number) == "苏财税〔2008〕12号"
    assert notice.issuers == ("江苏省财政厅", "江苏省地方税务局")
    assert forwarded.transmitted_by == 0
    assert forwarded.title == "关于农村饮水安全工程税收政策的通知"
    assert str(forwarded.doc_number) == "财税〔2008〕5号"
    assert forwarded.issuers == ("财政部", "国家税务总局")
    assert forwarded.date == "2008-02-20"


def test_an_untitled_notice_that_issues_its_text_still_gives_it_its_bodies_and_date():
    """(现将《X》印发给你们: the text below is the notice's own — the rule reads 转发 only)"""
    issued = TEXT.replace(
        "《财政部 国家税务总局关于农村饮水安全工程税收政策的通知》（财税[2008]5号）转发",
        "《农村饮水安全工程税收管理办法》印发",
    )
    issued = issued.replace("关于农村饮水安全工程税收政策的通知\n财税[2008]5号\n", "农村饮水安全工程税收管理办法\n")
    issued = issued[: issued.index("财政部\n国家税务总局")]
    docs = parse_text(issued, "page.txt").documents
    assert [d.title for d in docs][1:] == ["农村饮水安全工程税收管理办法"]
    assert docs[1].issuers == ("江苏省财政厅", "江苏省地方税务局")
    assert docs[1].date == "2008-03-04"
