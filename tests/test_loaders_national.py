"""Layouts of part h50 of the unseen set (recent national texts as city sites, blogs and wikis reprint them):
a letter's number alone whose prefix ends in a 文种 (工信厅政法函), an announcement's head over its number with
no title, the text's own attachment named in its sentence (《X》（见附件）), a signature date with its
separators lost (2022年1231).  Each text is modelled on two sources of the same form, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.clean import clean_line
from policykg.loaders.metadata import parse_date
from policykg.loaders.parse import parse_text


@pytest.mark.parametrize("number", ["工信厅政法函〔2022〕338号", "国卫办医政函〔2023〕199号"])
def test_a_number_alone_whose_prefix_ends_in_a_doc_type_is_not_cut_into_a_title(number):
    assert clean_line(number)[0] == number
    text = (
        f"{number}\n\n各省、自治区、直辖市主管部门:\n\n根据《关于进一步促进服务型制造发展的指导意见》，"
        "现将有关事项通知如下。请各地认真组织实施，及时报送工作进展情况，确保各项任务落到实处。\n"
        "某某部办公厅\n2022年12月28日\n"
    )
    (doc,) = parse_text(text, "letter.txt").documents
    assert str(doc.doc_number) == number


@pytest.mark.parametrize(
    "head, number, law",
    [  # 国家林业和草原局 (h50) on a city's site; 国家卫生健康委员会 (h50) the same way
        ("国家林业和草原局公告", "2021年第13号", "中华人民共和国种子法"),
        ("国家卫生健康委员会公告", "2022年第7号", "中华人民共和国传染病防治法"),
    ],
)
def test_an_announcements_head_over_its_number_is_a_document_without_title(head, number, law):
    text = (
        f"某某市林业局\n \n{head}\n{number} \n根据《{law}》的规定,现将《主要草种目录(2021年)》(见附件)予以公布。\n"
        f"特此公告。\n \n附件:主要草种目录(2021)\n{head[:-2]}\n2021年7月19日\n"
    )
    (doc,) = parse_text(text, "page.txt").documents
    assert (str(doc.doc_number), str(doc.date)) == (number, "2021-07-19")
    # the list it publishes (见附件) is its own attachment: no other document
    assert [(r.role, r.title) for r in doc.references] == [("BASED_ON", law)]


@pytest.mark.parametrize("printed, date", [("2022年1231", "2022-12-31"), ("2023年0105", "2023-01-05")])
def test_a_signature_date_with_its_separators_lost_is_read(printed, date):
    assert parse_date(printed) == date


def test_a_wikis_licence_note_and_a_quote_carried_out_are_no_texts_the_notice_issues():
    text = (
        "某某局关于印发某某生态种植、野生抚育、仿野生栽培3个通则的通知\n林改发〔2021〕59号\n各省、自治区、直辖市林业和草原主管部门:\n"
        "为贯彻落实《国务院办公厅印发关于加快中医药特色发展若干政策措施的通知》(国办发〔2021〕3号)要求,我局组织编制了"
        "3个通则,现印发给你们,请认真贯彻执行。\n特此通知。\n附件:\n1.某某生态种植通则\n某某局\n2021年7月5日\n"
        "本作品是中华人民共和国的法律法规,国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件,及其官方正式译文。"
        "根据《中华人民共和国著作权法》第五条,本作品不适用于该法。\n"
    )
    (doc,) = parse_text(text, "wiki.txt").documents
    assert [(r.role, r.title) for r in doc.references] == [
        ("IMPLEMENTS", "国务院办公厅印发关于加快中医药特色发展若干政策措施的通知")
    ]


@pytest.mark.parametrize(
    "ministry, number",
    [("财政部", "财会〔2002〕1009号"), ("人力资源社会保障部", "人社部发〔2019〕12号")],  # 财政部 on a law site (h56)
)
def test_a_date_then_number_line_is_the_notices_header_and_its_text_is_printed_below(ministry, number):
    rules = "注册会计师证券、期货相关业务资格考试办法"
    text = (
        f"{ministry}关于发布《{rules}》的通知\n\n2002年1月28日 {number}\n\n各省、自治区、直辖市财政厅(局):\n"
        f"《{rules}》已经审核同意,现予公布,请遵照执行。\n附件:{rules}\n\n附件:\n\n{rules}\n\n"
        "一、考试组织\n由全国考试委员会统一组织领导考试工作,制定考试组织方针、政策,确定考试科目。\n"
        "二、报名条件\n具有注册会计师资格并在会计师事务所执业的人员可以报名参加考试。\n"
    )
    notice, issued = parse_text(text, "site.txt").documents
    assert (str(notice.doc_number), str(notice.date)) == (number, "2002-01-28")
    assert (issued.title, issued.transmitted_by) == (rules, 0)


@pytest.mark.parametrize(
    "path",
    ["中华人民共和国国务院公报/一九五四年/第一号/", "某某省人民政府公报/2023年/第5期/"],  # a wiki's page path (h59)
)
def test_a_wikis_page_path_over_the_title_is_no_part_of_it(path):
    title = "国务院关于出版「中华人民共和国国务院公报」的决定"
    text = (
        f"{path}{title}\n\n{title}\n\n一九五五年二月十日国务院常务会议通过\n\n"
        "为了及时公布国家的法律、法令和国务院的决议、命令，特决定出版中华人民共和国国务院公报，由国务院秘书厅编辑出版。\n"
        "凡国务院各部门和各省、自治区、直辖市人民委员会发布的重要文件，均应在公报上刊登，以便各级机关了解和执行。\n"
        "公报每月出版两期，必要时可出版增刊，发至县级以上各级人民委员会和有关机关、团体、企业，供其学习和执行。\n"
    )
    (doc,) = parse_text(text, "wiki.txt").documents
    assert doc.title == title
