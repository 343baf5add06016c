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


def test_a_breadcrumbs_last_step_printed_over_the_title_is_no_part_of_it():
    """(h73 内蒙古) 当前位置:首页>>…>>X / • X / the metadata table / 某某印发《Y》的通知: the column's name repeated
    under the breadcrumb is the page's, the title starts below it."""
    text = (
        "某某市人民政府欢迎您\n"
        "      当前位置:首页>>政府信息公开>>政府信息公开目录>>国家经济管理、国有资产监督\n"
        "      • 国家经济管理、国有资产监督\n"
        "      索  引  号: 011746318/2019-00884 主题分类: 国家经济管理、国有资产监督\n"
        "      发布机构: 某某省人民政府 发文日期: 2019-01-07\n"
        "      标       题: 某某省人民政府印发《关于加快推进某某协同发展的若干政策措施》的通知\n"
        "      文       号: 某政发〔2019〕2号 主  题  词:\n"
        "      某某省人民政府印发《关于加快推进某某协同发展的若干政策措施》的通知\n\n"
        "      各市人民政府,省各委、办、厅、局:\n\n"
        "      现将《关于加快推进某某协同发展的若干政策措施》印发给你们,请结合实际,认真贯彻落实。\n\n"
        "      2019年1月7日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某省人民政府印发《关于加快推进某某协同发展的若干政策措施》的通知"
    assert doc.source_line == 8


def test_a_pages_widget_lines_between_title_and_addressees_are_passed_over():
    """(h29 内蒙古) 某某关于印发《X》的通知 / 取消收藏成功! / 相关办事指南 / 各…: the bookmark button's message and a
    link box's label are the page's, the title is the line above them."""
    text = (
        "当前位置:首页 > 某某省人民政府办公厅 > 政务公开 > 省文件\n"
        "某某省人民政府关于印发《某某省人民政府工作规则》的通知\n"
        "\n取消收藏成功!\n\n相关办事指南\n\n"
        "各市人民政府,省各委、办、厅、局:\n"
        "《某某省人民政府工作规则》已经省人民政府第五次常务会议审议通过,现予印发。\n"
        "2013年7月2日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某省人民政府关于印发《某某省人民政府工作规则》的通知"
    assert doc.source_line == 2


def test_a_notice_headed_by_the_title_of_the_text_it_issues_is_untitled():
    """(h90 楚雄) X / 各县市人民政府…： / 《X》已经…同意，现印发给你们 / signer / date / 1 总则: the page's heading is the
    issued text's title; the notice's own title is lost, the two are no one document."""
    text = (
        "首页\n"
        "某某州森林火灾应急预案\n"
        "各县市人民政府,州直各部门:\n"
        "《某某州森林火灾应急预案》已经州人民政府同意,现印发给你们,请认真组织实施。\n"
        "某某州人民政府办公室\n"
        "2014年8月5日\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "依法规范、统一指挥、果断应对、科学高效,最大限度减少人员伤亡和经济损失,维护社会正常秩序。\n"
        "1.2 编制依据\n"
        "《中华人民共和国森林法》、《某某省森林防火条例》等法律法规和《某某州突发公共事件总体应急预案》等。\n"
        "1.3 适用范围\n"
        "本预案适用于某某州行政区域内处置森林火灾的应对工作。\n"
        "2 组织体系\n"
        "州人民政府设立州森林防火指挥部,统一领导、指挥和协调全州森林火灾应急工作。\n"
        "2.1 州森林防火指挥部组成\n"
        "指挥长由州人民政府分管副州长担任,副指挥长由州人民政府副秘书长、州林草局局长担任,成员由州直有关部门负责人组成。\n"
        "2.2 州森林防火指挥部办公室\n"
        "州森林防火指挥部办公室设在州林草局,负责指挥部的日常工作,收集、分析和上报火情信息,提出处置建议。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 2
    assert not docs[0].title_printed
    assert docs[1].title == "某某州森林火灾应急预案"
    assert docs[1].transmitted_by == 0


def test_a_portal_heading_copying_the_numbered_notice_below_is_no_document_of_its_own():
    """(h93 瑞安) 某政办(2011)12号 转发X的通知 (the portal's heading, no issuer) over 某政办〔2011〕12号 / 某某市人民政府办公室 /
    转发X的通知: one notice, known by its own header."""
    text = (
        "索引号 001008003004034/2011-204477 主题分类 综合类\n"
        "文号 某政办〔2011〕12号 发布机构 某某市人民政府办公室\n"
        "成文日期 2011-09-01 有效性\n"
        "某政办(2011)12号 转发某某市推行说理性行政处罚文书指导意见的通知\n"
        "发布日期: 2011- 09- 01 14: 58: 15 浏览次数: 来源: 某某科技\n"
        "字体:[ ]\n\n\n"
        "某政办〔2011〕12号\n\n\n\n"
        "某某市人民政府办公室\n\n"
        "转发某某市推行说理性行政处罚文书\n\n"
        "指导意见的通知\n\n\n"
        "市政府直属各单位:\n\n"
        "为加快法治政府建设,根据《中华人民共和国行政处罚法》要求,现将某某市推行说理性行政处罚文书指导意见转发给你们,请认真贯彻执行。\n\n"
        "                              二○一一年八月九日\n"
    )
    docs = parse_text(text, "page.txt").documents
    numbered = [d for d in docs if str(d.doc_number) == "某政办〔2011〕12号"]
    assert [d.title for d in numbered] == ["某某市人民政府办公室转发某某市推行说理性行政处罚文书指导意见的通知"]
