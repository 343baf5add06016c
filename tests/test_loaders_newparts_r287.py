"""Document numbers of parts h252–h256 of the unseen set (2026-12-06, r287): an announcement's own number after its
title, a number missing its opening bracket.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        # title(公告文号:X〔2025〕02号) 为促进… (h255 恩施): a mirror's one-line text, the announcement's own number
        # labelled in brackets right after its title — the document's, not a citation
        (
            "| 甲县乙矿区建筑石料用灰岩矿采矿权网上挂牌出让公告 |\n| 发布时间:2025-11-17 |\n"
            "甲县乙矿区建筑石料用灰岩矿采矿权网上挂牌出让公告(公告文号:甲矿网挂〔2025〕02号) 为促进矿产资源勘查开采,"
            "按照相关法律法规规定,甲县自然资源局以网上挂牌方式出让采矿权,有关事项公告如下: 一、出让人 名称:甲县自然资源局\n",
            "甲县乙矿区建筑石料用灰岩矿采矿权网上挂牌出让公告",
            "甲矿网挂〔2025〕02号",
        ),
        # title / 发布日期… / [X〔2022〕13号] / 根据… (h255 龙泉): the number alone in square brackets under the title
        (
            "首页 > 公示公告 > 出让公告\n甲县乙乡丙组团建筑用花岗岩矿采矿权网上挂牌出让公告\n\n"
            "发布日期:2022-11-01访问次数: 信息来源:某省自然资源厅字号:[ ]\n\n\n[某资交矿公告〔2022〕13号]\n\n"
            "根据《中华人民共和国矿产资源法》、《矿业权交易规则》，经甲县人民政府批准，现公告如下：\n"
            "一、出让人\n某省自然资源厅\n",
            "甲县乙乡丙组团建筑用花岗岩矿采矿权网上挂牌出让公告",
            "某资交矿公告〔2022〕13号",
        ),
    ],
)
def test_an_announcements_own_number_after_its_title_is_its_number(text, title, number):
    docs = parse_text(text, "page.txt").documents
    doc = next(d for d in docs if d.title == title)
    assert str(doc.doc_number) == number
    assert all(str(r.doc_number) != number for r in doc.references)


def test_a_number_line_missing_its_opening_bracket_is_read_unless_a_field_prints_it_sound():
    # 景高新2019〕17 on the line under the title and its posting row (h254 景德镇, h230 鄂州): the number lost its 〔
    # and 号, the 〕 left marks where the year ends
    text = (
        "公开方式:主动公开 有效期:长期有效 发布机构: 甲区管委会\n\n关于对市人大代表提出乙项建议的答复\n\n"
        "发布时间:2020-01-08 10:43 访问量:\n\n甲高新2019〕17\n\n某某代表：\n"
        "您提出的关于乙项的建议收悉，现答复如下。\n\n甲区管委会\n2019年12月30日\n"
    )
    assert str(parse_text(text, "page.txt").documents[0].doc_number) == "甲高新〔2019〕17号"
    # title / 索引号… 文  号:乙政规〔2024〕1号 … / 乙政2024〕1 (h192 元谋): the 文号 field's sound number is the text's;
    # the damaged header line is a worse copy of it
    text = (
        "首页 >> 公开信息内容\n\n乙县人民政府关于调整乙县养殖禁养区的决定\n\n"
        "索引号:11532328015177503N-/2024-0605015 公文目录:规范性文件 发文日期:2024年06月05日 主题词: "
        "文  号:乙政规〔2024〕1号 成文日期:2024年06月05日 发布机构:乙县政府办\n\n"
        "乙政2024〕1\n\n各乡镇人民政府、县级有关部门:\n\n为加强生态环境保护，现决定如下。\n\n本决定自公布之日起执行。\n\n"
        "乙县人民政府\n\n2024年6月5日\n"
    )
    assert str(parse_text(text, "page.txt").documents[0].doc_number) == "乙政规〔2024〕1号"


def test_a_title_behind_a_round_bracket_tag_under_an_empty_body_label_is_read():
    # 文号: 公开日期: … / 发布单位: (empty) / (安全预警)关于加强…的通知 (h256 上虞): the title is no value of the empty
    # 发布单位 label, and the site's tag in brackets before it is no part of it
    text = (
        "当前位置 : 首页\n>>某局 >>重点领域 >>义务教育\n索引号: 公开方式:\n文号: 公开日期: 2023-06-13 15:02\n发布单位:\n\n"
        "(安全提示)关于加强2023年甲区防溺水宣传工作的通知\n\n各中小学、幼儿园:\n\n"
        "为进一步加强防溺水教育，现将有关事项通知如下。\n\n一、加强宣传。\n\n甲区某局\n\n2023年6月13日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [d.title for d in docs] == ["关于加强2023年甲区防溺水宣传工作的通知"]


def test_a_round_bracket_tag_before_a_title_is_not_part_of_it():
    # (安全预警)关于加强…的通知 as the page's first line: the tag is the site's
    text = "(工作动态)关于做好2024年乙县汛期安全工作的通知\n\n各乡镇:\n\n现就有关事项通知如下。\n\n乙县某局\n\n2024年5月1日\n"
    assert parse_text(text, "page.txt").documents[0].title == "关于做好2024年乙县汛期安全工作的通知"


def test_a_one_line_bodys_date_between_the_attachment_list_and_its_heading_is_read():
    # …前教育。附:汉川市首批X名单 2021 年 6 月 15 日 汉川市首批X名单 (h256 汉川): a forum's copy of a notice run into one
    # line — the attachment list, the signature's spaced date, then the attachment's heading repeating its name
    text = (
        "县教育局关于首批乙类幼儿园认定结果的通知 甲教发[2021]8 号\n"
        "各乡镇中心学校,各民办幼儿园: 根据有关工作安排,经初审、复审,确定10所幼儿园为乙类幼儿园,现予以公布(名单附后)。"
        "希望各幼儿园认真贯彻落实有关政策,全面提高保教质量。 附:甲县首批乙类幼儿园认定名单 2021 年 6 月 15 日 "
        "甲县首批乙类幼儿园认定名单\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2021-06-15"
