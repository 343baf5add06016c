"""Layouts of part h160 of the unseen set: whole entries of a 2023 营商环境 policy compilation (PDF text, one span
a line) from 广东, 浙江, 云南, 湖北, 陕西 and 甘肃 — an attachment list above the signature, a compiler's title over
a numbered notice, six rules issued under one counted name, a title under the body's old name, roles of texts to
be made.  Each text is modelled on the failing one, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


def _refs(doc):
    return {(r.role, r.title) for r in doc.references}


def test_an_item_of_a_numbered_attachment_list_above_the_signature_is_no_document():
    """附件：（略）1. / X / 2. / Y / 3. / 财政部关于印发《Z》的通知（财库〔2021〕9 号） / signature (h160 广东 财政厅): the
    items name the notice's attachments, none of them a document or a citation."""
    text = (
        "2. 江西省财政厅关于进一步加强政府采购履约管理工作的通知\n（2023 年4 月19 日）\n赣财采购函〔2023〕11 号\n"
        "各设区市财政局：\n为贯彻落实深化政府采购制度改革精神，根据《政府采购法》要求，现就有关事项通知如下：\n"
        "一、高度重视履约管理工作。各单位要加强管理。\n"
        "附件：（略）1.\n政府采购项目履约验收指引文本\n2.\n政府采购项目合同文本\n3.\n"
        "财政部关于印发《政府采购合同管理办法》的通知（财库〔2021〕9 号）\n"
        "江西省财政厅\n2023 年4 月19 日\n"
    )
    docs = parse_text(text, "entry.txt").documents
    assert [d.title for d in docs] == ["江西省财政厅关于进一步加强政府采购履约管理工作的通知"]
    assert not any(r.title and "合同管理办法" in r.title for r in docs[0].references)


def test_a_compiler_title_over_a_number_line_with_its_date_cut_in_two_is_the_notice_title():
    """5. 某市…十条措施 / （2023 年6 月25 / 日） / 某职转办发〔2023〕8 号 (h160 荆州): the compiler's title names the notice,
    its date note cut in two by the PDF's spans."""
    text = (
        "5. 宜昌市深化数字赋能优化营商环境十条措施\n（2023 年6 月25\n日）\n宜职转办发〔2023〕8 号\n"
        "各县、市、区人民政府，市直相关部门：\n现将《深化数字赋能优化营商环境十条措施》印发给你们，请认真贯彻落实。\n"
        "宜昌市推进政府职能转变协调小组办公室\n2023 年6 月25 日\n深化数字赋能优化营商环境十条措施\n"
        "为贯彻落实《湖北省优化营商环境条例》，制定以下措施。\n一、便利市场主体准入退出。全面落实制度。\n"
    )
    docs = parse_text(text, "entry.txt").documents
    assert (docs[0].title, str(docs[0].doc_number), docs[0].source_line) == (
        "宜昌市深化数字赋能优化营商环境十条措施",
        "宜职转办发〔2023〕8号",
        1,
    )
    assert docs[1].transmitted_by == 0


def test_texts_a_notice_issues_by_a_counted_name_inherit_its_issuer_and_date():
    """现将《X三项制度》印发给你们 over X帮办代办制度 / 第一条 … X限时办结制度 / 第一条 … (h160 绍兴): each rule printed
    below is issued by the notice, no text called X三项制度 of its own."""
    rules = ["首问负责制度", "预约服务制度", "限时办结制度"]
    text = (
        "11.\n嘉兴市交通运输局关于印发嘉兴市交通运输政务服务三\n项制度的通知（2023 年5 月4 日）\n嘉市交办发〔2023〕19 号\n"
        "各区、县（市）交通运输局，局属各单位：\n现将《嘉兴市交通运输政务服务三项制度》印发给你们，请认真贯彻落实。\n"
        "嘉兴市交通运输局办公室\n2023 年5 月4 日\n"
    )
    for r in rules:
        text += f"嘉兴市交通运输政务服务{r}\n第一条为进一步优化营商环境，特制定本制度。\n第二条本制度适用于各窗口。\n"
        text += "第三条本制度自公布之日起施行。\n"
    docs = parse_text(text, "entry.txt").documents
    assert [d.title for d in docs[1:]] == [f"嘉兴市交通运输政务服务{r}" for r in rules]
    assert all((d.issuers, d.date, d.transmitted_by) == (("嘉兴市交通运输局",), "2023-05-04", 0) for d in docs[1:])
    assert not any(r.role == "TRANSMITS" for r in docs[0].references)  # (the counted name is no text)


def test_a_title_under_the_body_old_name_takes_the_signature_current_one():
    """江苏省建设厅关于印发《X》的通知, signed 江苏省住房和城乡建设厅 (h160 浙江): the title's name is unknown, the
    signature names the known body of the same place whose name ends with it."""
    text = (
        "3. 江苏省建设厅关于印发《全省建筑领域规范市场行为专项行动实施方案》的通知（2023 年3 月13 日）\n"
        "苏建建发〔2023〕29 号\n各设区市建设局：\n现将《全省建筑领域规范市场行为专项行动实施方案》印发你们，请抓好落实。\n"
        "江苏省住房和城乡建设厅\n2023 年3 月13 日\n全省建筑领域规范市场行为专项行动实施方案\n"
        "为规范我省建筑市场秩序，制定本方案。\n一、工作目标。进一步规范建筑市场。\n"
    )
    docs = parse_text(text, "entry.txt").documents
    assert [d.issuers for d in docs] == [("江苏省住房和城乡建设厅",)] * 2


def test_a_standard_pushed_into_use_is_implemented():
    """推行实施《X》国家标准 (h160 陕西): X is carried out."""
    text = (
        "某省知识产权局关于印发某某工作措施的通知\n某知发〔2023〕27号\n各市知识产权局：\n现将《某某工作措施》印发给你们。\n"
        "某省知识产权局\n2023年4月26日\n某某工作措施\n一、推进知识产权管理规范化。\n"
        "推行实施《企业知识产权合规管理体系》国家标准，引导企业建立管理体系。\n"
    )
    doc = parse_text(text, "entry.txt").documents[-1]
    assert ("IMPLEMENTS", "企业知识产权合规管理体系") in _refs(doc)


# A municipal notice issuing its 工作意见, the opinion's text under it (h160 昆明): the sentences below go in it.
OPINION_NOTICE = (
    "某市人民政府办公室关于印发某市工作意见的通知\n各县（市）区人民政府：\n现将《某市工作意见》印发给你们。\n"
    "某市人民政府办公室\n2023年5月8日\n某市工作意见\n"
)


@pytest.mark.parametrize(
    "sentence, named",
    [  # 推动《X》尽快出台 (h160 陕西), 启动《X》立法工作 (h160 昆明): a text still to be made
        ("配合修订《某省食品小作坊管理条例》，推动《某省反不正当竞争条例》尽快出台。", "某省反不正当竞争条例"),
        ("启动《某市优化营商环境条例》立法工作，积极推动有关部门构建工作机制。", "某市优化营商环境条例"),
        # 《X》（附件1） (h160 昆明): the text's own attachment
        ("于每季度末月15日前，将《某市重点工作任务清单》（附件1）报送市营商办。", "某市重点工作任务清单"),
    ],
)
def test_a_text_still_to_be_made_or_attached_is_no_citation(sentence, named):
    text = OPINION_NOTICE + "一、打造法治环境。\n" + sentence + "\n"
    doc = parse_text(text, "entry.txt").documents[-1]
    assert not any(r.title == named for r in doc.references)


def test_a_revision_still_to_be_made_stays_cited():
    """修订《X》 names a text that exists: cited (h160 昆明), whatever follows in its sentence."""
    text = OPINION_NOTICE + "一、打造政务环境。\n修订《某市重大项目审批服务考核办法》，打造政务服务升级版。\n"
    doc = parse_text(text, "entry.txt").documents[-1]
    assert ("CITES", "某市重大项目审批服务考核办法") in _refs(doc)


def test_a_short_name_the_notice_issues_is_the_text_its_title_quotes():
    """关于印发《某市某局优化营商环境二十条措施》的通知 / 现将《优化营商环境二十条措施》印发给你们 (h160 金华): the short
    name is the title's text, the one printed below — no second text."""
    text = (
        "10.\n衢州市住房和城乡建设局关于印发《衢州市住房和城乡建设局优化营商环境\n二十条措施》的通知（2023 年2 月13 日）\n"
        "各县（市、区）住建局，局属各单位：\n现将《优化营商环境二十条措施》印发给你们，请认真贯彻落实。\n"
        "衢州市住房和城乡建设局\n2023 年2 月13 日\n衢州市住房和城乡建设局优化营商环境二十条措施\n"
        "为进一步优化营商环境，制定以下措施。\n一、提升审批效率。全面推行告知承诺制。\n"
    )
    docs = parse_text(text, "entry.txt").documents
    issued = {r.title for r in docs[0].references if r.role == "TRANSMITS"}
    assert issued <= {"衢州市住房和城乡建设局优化营商环境二十条措施"}
