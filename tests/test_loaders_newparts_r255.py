"""Document fields of parts h232–h234 (culture and tourism bureaus, mass organisations; 2026-12-06, r255): an
unsigned appeal's sender named in its first sentences, a signer stuck onto the attachment line, a signature's date
stuck after the next attachment's heading.  Each text is modelled on a failing one, with invented names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

SENDER_CASES = [
    # 为此,某市总工会向…发出如下倡议 (h233 阿拉尔)
    (
        "全市各级工会组织、广大职工群众:\n当前,防控工作正处于关键时期。为此,甲市总工会向甲市各级工会组织和广大职工"
        "群众发出如下倡议:\n一、统一思想,坚定信心。\n二、做好防护,带头示范。\n",
        ("甲市总工会",),
    ),
    # 在此,某市总工会特向…发出如下倡议 (h233 广元): 特 between the sender and 向
    (
        "全市各级工会组织、广大职工朋友们:\n当前,创建工作正处于关键阶段。在此,乙市总工会特向全市各级工会组织和广大"
        "职工发出如下倡议:\n一、广泛宣传引领,争做创建的倡导者。\n",
        ("乙市总工会",),
    ),
]


@pytest.mark.parametrize(("text", "issuers"), SENDER_CASES)
def test_an_unsigned_appeal_takes_the_sender_its_first_sentences_name(text, issuers):
    assert parse_text(text, "page.txt").documents[0].issuers == issuers


def test_a_signer_stuck_onto_the_attachment_line_above_the_date_is_read():
    # 附件:第七批某区名录申报名单某区文化和旅游体育局 / 2019年7月8日 (h232 柯城); the name starts at a place the
    # registry knows (another district than the labelled text's), so it is told from the attachment's title
    text = (
        "为加强我区非遗保护工作,我区开展了第三批区级名录的推荐申报工作。\n现将名单向社会公示,公示期为7天。\n"
        "附件:第三批西城区名录申报名单西城区文化和旅游体育局\n2019年7月8日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (len(doc.issuers), doc.date) == (1, "2019-07-08")
    assert doc.issuers[0].endswith("西城区文化和旅游体育局")


def test_a_signatures_date_stuck_after_the_next_attachment_heading_is_read():
    # 成都市某局 / 附件2023年2月22日 名单 | (h232 成都)
    text = (
        "各区县文化部门:\n为加强工作,依据《某某法》,我局组织开展了认定工作,现予以公布。 特此通知。 附件:第三批名单\n"
        "甲市文化广电旅游局\n附件2023年2月22日 甲市第三批名单 |\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.issuers, doc.date) == (("甲市文化广电旅游局",), "2023-02-22")
