"""Parts h192–h194 (autonomous places, development zones, party-and-government joint texts): snippets
modelled on their failures, with invented names."""

from __future__ import annotations

import pytest

from policykg import build_graph
from policykg.loaders.parse import parse_text

# A district's measures citing a provincial joint text by the bare 省… short forms of its issuers
# (h194 甘州区: 省民政厅、省农业农村厅《…》): the province is the citing document's, not the home province.
BARE_PROVINCE_CITED = """六盘水市人民政府关于印发某某工作管理办法的通知
六盘水市人民政府
2023年5月6日
第一条 为规范某某工作,根据省民政厅、省财政厅《关于加强某某工作管理的若干措施》等规定,结合本市实际,制定本办法。
"""


def test_bare_province_forms_of_a_cited_texts_issuers_read_in_the_citing_place(tmp_path):
    (tmp_path / "page.txt").write_text(BARE_PROVINCE_CITED, encoding="utf-8")
    G = build_graph([tmp_path], as_of="2024-01-01", jobs=1)
    cited = [a for _, a in G.nodes(data=True) if a.get("title") == "关于加强某某工作管理的若干措施"]
    assert len(cited) == 1
    assert cited[0]["issuers"] == ["贵州省民政厅", "贵州省财政厅"]
    assert cited[0]["jurisdiction"] == "贵州省"


# A title opening with a place, then 村级干部 (cadres, ending in 部 like a body), printed with no issuer (h194 甘州区).
CADRES_TITLE = """甲县村级干部管理办法(试行)
第一章 总则
第一条 为规范村级干部管理,根据有关规定,结合我县实际,制定本办法。
第二条 本办法所称村级干部,指村党组织书记、村委会主任。
"""

# A county's measures posted by one of its towns, named alone as the portal table's 发布机构 (h194 甘州区 by 大满镇).
TOWN_POSTS_COUNTY_TEXT = """岳西县某某工作管理办法(试行)
索引号 | 123/2023-00096 | 发文字号 | 号 |
关键词 | 发布机构 | 城关镇 | |
公开形式 | 主动公开 | 责任部门 | |
生成日期 | 2023-07-28 11:50:28 | 是否有效 | 是 |
第一章总则
第一条为规范某某工作,结合我县实际,制定本办法。
"""

# A joint 通告 titled by a party-led group's office and the police, the space between them lost (h194 雄安): the
# group's 办公室 stays with it.
GROUP_OFFICE_AND_POLICE = """甲市网络安全和信息化领导小组办公室 甲市公安局关于依法打击网络谣言的通告

2020-02-04 22:34:14 来源: 甲市新闻网

  为维护网络秩序,甲市网络安全和信息化领导小组办公室、甲市公安局联合发出通告:

  一、不得编造、散布谣言。
"""

# A joint 通告 whose title names no body, the bodies named only in its opening sentence (h194 邹城: …,X、Y联合通告如下).
JOINT_ANNOUNCEMENT_OPENING = """某某外宣网
新闻动态
关于依法打击网络谣言行为的通告

当前,为维护良好网络生态环境,根据《中华人民共和国网络安全法》以及相关法律法规,中共甲市委网信办、甲市公安局联合通告如下:

一、对网络信息要认真研判。
"""

# An untitled open letter signed by a zone's committee over two lines, dated by year and month only (h193 南通).
LETTER = """亲爱的市民朋友:
您好!
2022年1月30日《甲市人民政府关于扩大市区禁止燃放烟花爆竹区域的通告》正式施行,根据《甲市烟花爆竹燃放管理条例》和本《通告》规定,\
市区禁放区域内全年禁止任何单位和个人燃放烟花爆竹。
春节将至,为了您和家人的安全,为了营造安静、绿色的春节环境,我们希望您能远离烟花爆竹。让天空少一份尘埃、多一份洁净;让生活少一点喧嚣、多一点安宁。
请广大市民朋友积极行动起来,共同做好烟花爆竹禁放工作,发现违规燃放烟花爆竹行为,及时拨打举报电话。感谢您的支持与配合!
"""
ZONE = "甲市经济技术开发区管理委员会"


@pytest.mark.parametrize(
    "case, text, issuers",
    [
        ("cadres ending in 部 are no body", CADRES_TITLE, ()),
        ("a town posting its county's text is no issuer", TOWN_POSTS_COUNTY_TEXT, ()),
        ("a zone's committee over two lines", LETTER + "甲市经济技术开发区\n管理委员会\n2023年1月5日\n", (ZONE,)),
        ("a signature dated by its month only", LETTER + ZONE + "\n2023年1月\n", (ZONE,)),
        ("both", LETTER + "甲市经济技术开发区\n管理委员会\n2023年1月\n", (ZONE,)),
        ("bodies announcing jointly in the opening", JOINT_ANNOUNCEMENT_OPENING, ("中共甲市委网信办", "甲市公安局")),
        (
            "a group's office keeps its 办公室",
            GROUP_OFFICE_AND_POLICE,
            ("甲市网络安全和信息化领导小组办公室", "甲市公安局"),
        ),
    ],
)
def test_issuers(case, text, issuers):
    (d,) = parse_text(text, "page.txt").documents
    assert d.issuers == issuers, case


# An untitled notice stored as one line: the signer run on between the attachment list and the date, a contact note
# after it (h193 长兴岛).
ONE_LINE_NOTICE = (
    "区内各相关企业:根据市工信局《关于开展某某名单推荐工作的通知》,请按照《某省工业和信息化厅关于开展某某名单推荐工作的通知》"
    "(某工信〔2022〕49号)文件要求,有意申报的企业于3月30日前将申报材料报送至管委会1207室,电子版请发送至邮箱,具体通知事宜详见附件,"
    "特此通知,附件:1.关于开展某某名单推荐工作的通知2.申报材料附件大连某某经济技术开发区经济发展局2022年3月21日"
    "(联系人:某某,联系电话:12345678)。\n"
)


def test_signer_and_date_run_on_after_attachment_list():
    (d,) = parse_text(ONE_LINE_NOTICE, "page.txt").documents
    assert (d.issuers, d.date) == (("大连某某经济技术开发区经济发展局",), "2022-03-21")


# A zone committee's announcement titled by the committee's name over what it announces, no 关于 (h193 大亚湾).
ZONE_ANNOUNCEMENT = """甲市某某经济技术开发区管委会
土地征收启动公告
甲湾管〔2021〕11号
某某街道办某村委辖下各村集体经济组织和农户:
为了公共利益的需要,依据《中华人民共和国土地管理法》,经甲市某某经济技术开发区管理委员会研究决定,现将拟征收土地有关事项公告如下:
一、拟征收土地的位置、范围和面积
拟征收地块位于某某街道某村委辖下各村民小组所有的集体土地,面积约为86.6公顷。
"""


def test_unknown_body_heading_its_announcement_title():
    (d,) = parse_text(ZONE_ANNOUNCEMENT, "page.txt").documents
    assert d.issuers == ("甲市某某经济技术开发区管理委员会",)


# A text stored as one line, its two signers and the date after the last sentence, the space after the full stop
# closed by cleaning (h192 迪庆).
SIGNERS_AFTER_LAST_SENTENCE = (
    "根据农业部《关于调整甲流域禁渔期制度的通告》要求,自2016年起,甲江禁渔期调整为每年的3月1日0时至6月30日24时。"
    "禁渔范围为某县某乡至某市某乡的甲江干流及其支流。在规定的禁渔范围和禁渔期内,禁止所有捕捞作业,严禁电鱼、毒鱼、炸鱼等"
    "严重破坏渔业资源的行为。 大理州农牧局 大理州渔政执法支队 2016年3月11日 |\n"
)


def test_first_signer_glued_to_the_last_sentence():
    (d,) = parse_text(SIGNERS_AFTER_LAST_SENTENCE, "page.txt").documents
    assert d.issuers == ("大理白族自治州农牧局", "大理白族自治州渔政执法支队")


# A report on the comments a draft drew, titled by the draft it names (h192 芷江).
FEEDBACK_REPORT = """甲县人民政府《关于禁止燃放烟花爆竹的通告》(征求意见稿)的反馈情况

甲县人民政府 发布时间: 2025-04-11 14:20

为进一步加强县城区烟花爆竹燃放管理,根据《中华人民共和国大气污染防治法》、《烟花爆竹安全管理条例》等相关法律法规规定,\
我局起草了《关于禁止燃放烟花爆竹的通告》(征求意见稿),公开征求意见期间,未收到反馈意见。

                                               甲县人民政府

                                               2025年4月11日
"""


def test_consultation_feedback_title():
    (d,) = parse_text(FEEDBACK_REPORT, "page.txt").documents
    assert d.title == "甲县人民政府《关于禁止燃放烟花爆竹的通告》（征求意见稿）的反馈情况"
    assert {r.title for r in d.references if r.role == "BASED_ON"} == {
        "中华人民共和国大气污染防治法",
        "烟花爆竹安全管理条例",
    }


# A news site's headline (the place's short name, then 关于…) over the issuer's line and the title's line of the text
# it prints, no anchor below (根据… opens the text): the text's own title, from its issuer's line (h192 西昌).
HEADLINE_OVER_ISSUER_AND_TITLE = """甲城关于解除临时管控的通告

作者: 来源:甲城发布 时间:2022-10-17 08:45:26 阅读量:
甲城市应对疫情应急指挥部
关于解除临时管控的通告
根据《某某防控方案(第九版)》有关规定,经专家综合研判,甲城市应对疫情应急指挥部研究决定,14个管控区自2022年10月17日0时起,\
解除临时管控,有序恢复生产生活秩序。

请广大市民群众继续自觉做好各项防控措施,进出小区和公共场所时规范佩戴口罩,减少外出,不聚集、不扎堆、不串门。

特此通告
甲城市应对疫情应急指挥部
2022年10月16日
"""


def test_fuller_title_under_a_site_headline():
    (d,) = parse_text(HEADLINE_OVER_ISSUER_AND_TITLE, "page.txt").documents
    assert d.title == "甲城市应对疫情应急指挥部关于解除临时管控的通告"
    assert d.source_line == 4
