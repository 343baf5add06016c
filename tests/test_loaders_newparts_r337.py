"""Parts h287–h289 and h270 of the unseen set (r337): an untitled text listing its attachments, a metadata row of two
fields, a community committee's signature under its seal with a forum's jammer after it.  Each text is modelled on
a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

# (an untitled text whose numbered attachment list names a notice: the attachment is never the text's title — the
# list under its label, a policy site's rows over the text, h270 无锡; the list's first entry on the label's line,
# h288 连南)
FORWARDING = (
    "发布时间:2023-01-31\n政策级别:市级\n发文部门:甲市市场监督管理局\n各市（县）、区市场监督管理局，各有关单位：\n"
    "为贯彻落实《某某发展纲要》和我省实施意见，做好省地方标准立项工作，乙省市场监督管理局印发了《2023年度乙省地方"
    "标准申报指南》，公开征集2023年度乙省地方标准项目。现将通知转发给你们，请结合申报指南具体要求，做好本辖区的项目"
    "申报工作。\n联系人：张某某，联系电话：0000-12345678。\n"
    "附件：\n1.乙省市场监管局关于印发2023年度乙省地方标准立项指南的通知\n2.地方标准项目建议书\n"
    "甲市市场监督管理局\n2023年1月28日\n",
    "甲市市场监督管理局",
    "2023-01-28",
)
PUBLICITY = (
    "甲山、乙岭革命烈士纪念碑是我县1987年公布的第一批县级文物保护单位。近年来，我县对以上文物名称的历史背景、档案"
    "史料进行了反复论证，认为原文物名称应适时进行更正。\n为切实做好我县文物保护单位保护工作，拟对甲山等两处县级文物"
    "保护单位进行更名，现向社会予以公示。\n公示时间为2022年5月16日至2022年5月20日。\n"
    "受理单位：丙县文化广电旅游体育局\n联系电话：8661421\n"
    "附件：1.甲山等两处县级文物保护单位名称更名清单\n2.丙县人民政府关于颁布我县第一批重点文物保护单位的布告\n"
    "3.丙县人民政府关于公布第六批县级文物保护单位的通知\n丙县文化广电旅游体育局\n2022年5月16日\n",
    "丙县文化广电旅游体育局",
    "2022-05-16",
)


@pytest.mark.parametrize(("text", "issuer", "date"), [FORWARDING, PUBLICITY])
def test_an_attachment_entry_is_not_the_title_of_an_untitled_text(text, issuer, date):
    docs = parse_text(text, "page.txt").documents
    assert [(d.issuers, d.date) for d in docs] == [((issuer,), date)]
    assert "关于" not in docs[0].title


def test_a_metadata_row_of_a_creation_date_and_the_number_gives_the_number():
    # 产生日期 2023-06-03 文  号 某政发〔2023〕8号 (h288 鞍山): two fields on one row, the number read, not cited
    text = (
        "甲市人民政府关于公布\n第三批某某保护单位\n名单的通知\n"
        "索 取 号 000000000-2023-008 发布机构\n"
        "信息名称 甲市人民政府关于公布第三批某某保护单位名单的通知\n"
        "产生日期 2023-06-03 文  号 甲政发〔2023〕8号\n关 键 词\n内容概述\n\n"
        "各县（市）区人民政府，市政府各部门：\n"
        "根据《中华人民共和国某某保护法》的有关规定，现将第三批某某保护单位名单予以公布，请认真做好保护工作。\n"
        "甲市人民政府\n2023年5月31日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert str(doc.doc_number) == "甲政发〔2023〕8号"
    assert all(r.doc_number is None for r in doc.references)


SIGNATURES = [
    # (a community committee's election committee under its seal, a forum's jammer after it, h289 玉龙)
    ("乙山社区居委会居民选举委员会(公章) - a& v: M* E2 D", "乙山社区居委会居民选举委员会"),
    ("乙山社区居民委员会(公章)", "乙山社区居民委员会"),
    ("丙水村村民委员会（公章）", "丙水村村民委员会"),
]


@pytest.mark.parametrize(("signature", "issuer"), SIGNATURES)
def test_a_community_committee_signing_under_its_seal_is_the_issuer(signature, issuer):
    text = (
        "|\n按照本社区选举实施方案，本社区第九届居民委员会选举选民登记后，应推选新一届居民代表，现通知如下。"
        "一、居民代表应具备以下条件：年满18周岁的有选举权的居民；遵守宪法、法律法规和国家政策，公道正派；"
        "热心社区公共事务，愿意为社区居民服务。二、登记报名时间、地点：1月5日至1月7日在社区党群服务中心登记。"
        "三、居民代表的职责：参加居民会议，代表居民行使民主决策、民主管理、民主监督的权利。\n"
        "* N; U8 l0 a3 D5 J9 x5 E. I$ F$ O1\n" + signature + "\n2021 年 1 月 5 日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == (issuer,) and doc.date == "2021-01-05"


def test_an_amending_decision_named_in_a_history_note_is_cited():
    # （…公布，根据2019年7月17日市人民政府第68次常务会议讨论通过的《X关于修改〈Y〉的决定》修改） (h287 兰州): the
    # decision is the rule's history, cited — not the rule's ground (the note's date on a line of its own)
    text = (
        "甲市某某管理办法\n（2016年11月14日\n甲市人民政府令〔2016〕第8号公布，根据2019年7月17日市人民政府第68次常务会议"
        "讨论通过的《甲市人民政府关于修改〈甲市某某管理办法〉的决定》修改）\n第一章 总则\n"
        "第一条 为了加强某某管理，规范某某秩序，根据《中华人民共和国某某法》等有关法律、法规的规定，结合本市实际，"
        "制定本办法。\n第二条 本市行政区域内某某的规划、建设、使用及其相关管理活动，适用本办法。\n"
        "第三条 本办法自2017年1月1日起施行。\n"
    )
    roles = {r.title: r.role for r in parse_text(text, "page.txt").documents[0].references if r.title}
    assert roles["甲市人民政府关于修改《甲市某某管理办法》的决定"] == "CITES"
