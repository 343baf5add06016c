"""Documents missed on the unseen set, seventh round (r110): texts whose first lines are a whole untitled text
above the titled one they attach, and the texts' own forms.  Each text is modelled on a failing source, with
other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_notice_publishing_its_attachment_above_a_signature_is_a_document_of_its_own():
    """(h49 湖北) 根据《X》的规定，现将…目录予以公布，特此通告。 / 附件：Y / signer / date / 附件： / Y: the untitled
    notice above the signature is a document, not a decree whose header Y's is."""
    text = (
        "根据《某某省行政规范性文件管理办法》(省政府令第12号)的规定,现将准予备案的2023年度行政规范性文件目录予以公布,特此通告。\n"
        "请各报备单位认真履行行政规范性文件报备职责,做到备案工作规范化、制度化,对迟报、漏报的单位严肃处理。\n"
        "附件:某某省2023年度各部门行政规范性文件备案目录\n"
        "某某省司法厅\n"
        "2024年3月4日\n"
        "附件:\n"
        "某某省2023年度各部门行政规范性文件备案目录\n"
        "序号 文件名称 制定机关\n"
        "1 某某省某某管理办法 某某省财政厅\n"
    )
    docs = parse_text(text, "page.txt").documents
    notice = next(d for d in docs if d.source_line == 1)
    assert not notice.title_printed
    assert notice.date == "2024-03-04"
    assert any(r.title == "某某省行政规范性文件管理办法" for r in notice.references)


def test_a_draft_labelled_under_its_title_takes_nothing_from_the_untitled_notice_above():
    """(h83 天府) an untitled notice asking for comments, signed and dated, then the draft's title with
    （征求意见稿） alone on the line under it: the draft keeps no issuers or date of the notice's."""
    text = (
        "为深入贯彻落实某某省第十二次党代会精神,某某新区着眼未来五年,起草了《某某新区发展规划(2022-2027年)》(征求意见稿),现向社会公开征求意见。\n"
        "联系电话:028-00000000\n"
        "附件:《某某新区发展规划(2022-2027年)》(征求意见稿)\n"
        "某某新区管委会\n"
        "2022年8月30日\n"
        "某某新区发展规划(2022-2027 年)\n"
        "(征求意见稿)\n"
        "2022 年 8 月\n"
        "第一篇 迈入新发展征程\n"
        "当前,某某新区发展进入新阶段,要坚持稳中求进工作总基调,推动高质量发展。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.source_line for d in docs] == [1, 6]
    assert docs[1].issuers == ()
    assert docs[1].date is None
