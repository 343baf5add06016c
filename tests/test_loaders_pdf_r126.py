"""Gazettes as PDF conversion gives them (r126): texts hard-wrapped at a column's width, a blank line after each
printed line, page numbers between pages.  Each case is modelled on a text of the labelled set set in the
robustness bench's ``pdf`` or ``pdf-titles`` layout, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

WIDTH = 18
PROSE = (
    "为进一步做好相关工作，切实保障人民群众的合法权益，推动各项政策措施落地见效，经研究，现就有关事项通知如下。"
    "各单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实，确保取得实效，并及时报送工作进展情况。"
)


def _docs(lines: list[str], width: int = WIDTH):
    return parse_text(pdf_columns(lines, width), "page.txt").documents


def test_a_body_name_alone_over_a_short_title_keeps_it_with_a_blank_line_after_each_line():
    # 峨边彝族自治县人民政府 / 土地征收预公告 / (峨征预公告〔2023〕 2 号) (h66 峨边 after 【政府文件】, pdf layout): the
    # body's name on a line of its own over the title's short rest is the title's head — the blank line a converter
    # sets after every printed line is no gap between two parts of a page
    lines = [
        "【政府文件】",
        "甲彝族自治县人民政府",
        "土地征收预公告",
        "（甲征预公告〔2023〕 2 号）",
        "根据《中华人民共和国土地管理法》的规定，" + PROSE,
        "特此公告。",
        "甲彝族自治县人民政府",
        "2023 年 11 月 16 日",
    ]
    doc = _docs(lines)[0]
    assert (doc.title, str(doc.doc_number)) == ("甲彝族自治县人民政府土地征收预公告", "甲征预公告〔2023〕2号")
    # (the rule reads the page's own spacing — a title's tail right under the name, a gap no wider than the one under
    # the tail: several signers over a title stay signers)
    signers = [
        "乙市邮政局",
        "乙市财政局",
        "乙市农业局",
        "支持农村邮政物流发展实施办法",
        "第一条 " + PROSE,
        "第二条 " + PROSE,
    ]
    assert parse_text("\n\n".join(signers), "page.txt").documents[0].title == "支持农村邮政物流发展实施办法"


def test_a_date_field_filling_the_column_is_not_joined_to_the_title_under_it():
    # • 成文日期:2020 年 03 月 19 日 / 商务部办公厅 国家发展改革委办公厅 国家卫生健 / 康委办公厅关于… (h50 商务部, a portal's
    # metadata over the title, pdf layout): the date field that happens to fill the column is a line of its own
    lines = [
        "• 发文字号:丙商函〔2020〕 103 号",
        "• 主题分类:商贸",
        "• 成文日期:2020 年 03 月 19 日",
        "丙省商务厅办公室 丙省发展改革委办公室关于支持商贸流通企业复工营业的通知",
        "丙商函〔2020〕 103 号",
        "各市、县商务、发展改革主管部门：",
        PROSE * 4,
        "丙省商务厅办公室",
        "2020 年 3 月 19 日",
    ]
    assert len("• 成文日期:2020 年 03 月 19 日") == 23
    doc = next(d for d in _docs(lines, 23) if "复工营业" in d.title)
    assert doc.title == "丙省商务厅办公室丙省发展改革委办公室关于支持商贸流通企业复工营业的通知"
    assert (str(doc.doc_number), doc.issuers) == ("丙商函〔2020〕103号", ("丙省商务厅办公室", "丙省发展改革委办公室"))


def test_a_text_titled_by_the_notices_issuer_under_its_date_is_the_text_it_issues():
    # 某局关于印发政务公开相关制度的通知 … 2017年11月8日 / (此件主动公开) / 某局 / 政务公制度 / 为进一步… (h58 呼伦贝尔, a
    # portal double-spaced like a converted PDF): the body's name over the text's name is its title's head, and the
    # text right under the notice's date is the one it issues (its date the notice's)
    text = "\n\n".join(
        [
            "丁市市场监督管理局关于印发政务公开相关制度的通知",
            "丁市监〔2017〕 24 号",
            "各县市区市场监督管理局，机关各科室：",
            "根据工作需要，市局对政务公开制度进行了修订完善，现印发给你们，请遵照执行。",
            "丁市市场监督管理局",
            "2017年11月8日",
            "（此件主动公开）",
            "丁市市场监督管理局",
            "政务公制度",
            "为进一步提高机关依法行政水平，增强工作透明度，根据有关规定，制定本制度。",
            "第一条 本局依照有关规定，实行政务公开、办事公开制度。",
            "第二条 政务公开应包括对外公开和对内公开。",
        ]
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, str(d.date), d.transmitted_by is not None) for d in docs] == [
        ("丁市市场监督管理局关于印发政务公开相关制度的通知", "2017-11-08", False),
        ("丁市市场监督管理局政务公制度", "2017-11-08", True),
    ]


def test_a_sentence_left_open_after_a_sentence_end_goes_on_below_and_no_title_takes_its_rest():
    # …的工作机构。州人大各专门委员会办公室、 / 常委会各工作机构办公室和机关党委负责本 / 委 / 政府信息公开六项制度 (h44 阿坝 cut
    # short over h27 昆明, pdf layout): the line filling the column ends a sentence inside it and opens another, left
    # open at its end — the next line is that sentence's rest (it still starts on the line above), never a line of its
    # own that the title under the text would take as its head
    last = "第五条 甲州人大常委会办公室负责公文处理工作。州人大各专门委员会办公室、常委会各工作机构办公室和机关党委负责本委"
    lines = [
        "甲州人民代表大会常务委员会机关公文处理办法",
        "第一条 " + PROSE,
        "第二条 " + PROSE,
        last,
        "乙市政府信息公开六项制度",
        "各县（市）区人民政府，市政府各委、办、局：",
        "经市政府同意，现将《乙市政府信息主动公开制度》等六项制度印发给你们，请认真贯彻执行。",
        "乙市人民政府办公厅",
        "2008 年 6 月 1 日",
    ]
    assert [d.title for d in _docs(lines)] == ["甲州人民代表大会常务委员会机关公文处理办法", "乙市政府信息公开六项制度"]


def test_an_issuer_line_over_its_about_line_under_a_text_cut_short_keeps_its_line():
    # …配合合作区管理委员会和执行委员会推进合作区开发建设 / 绍兴市越城区东湖街道办事处 / 关于印发《…》的通知 (h83 广东 cut
    # short over h68 绍兴, pdf layout): the text above ends mid-sentence on a line filling the column; the title under
    # it, its issuer on a line of its own, opens a document of its own
    cut_short = (
        "四、甲省在合作区设立派出机构。派出机构在职权范围内履行属地管理职能，配合合作区管理委员会推进合作区的开发建设"
    )
    assert len(cut_short) % WIDTH == 0
    lines = [
        "甲省人民代表大会常务委员会关于乙合作区有关管理体制的决定",
        "一、" + PROSE,
        cut_short,
        "丙市丁区东湖街道办事处",
        "关于印发《2023年东湖街道防汛防台抗旱应急预案》的通知",
        "各村（居）、有关单位：",
        PROSE * 2,
        "丙市丁区东湖街道办事处",
        "2023 年 5 月 6 日",
    ]
    doc = next(d for d in _docs(lines) if "应急预案" in d.title)
    assert doc.title == "丙市丁区东湖街道办事处关于印发《2023年东湖街道防汛防台抗旱应急预案》的通知"


def test_a_breadcrumb_ending_at_the_pages_text_is_not_joined_to_the_title_under_it():
    # 您所在的位置:首页 > 工作文件 > 正文 / 呼伦贝尔市食品药品监督管理局关于印发政务公 / 开相关制度的通知 / 呼食药监〔201724
    # (h58 呼伦贝尔, a portal page in a gazette converted from PDF): the breadcrumb happens to fill the column; its last
    # step, 正文, ends it — the title under it keeps its line (its damaged number under it tells no header)
    crumb = "您所在的位置:首页 > 工作文件 > 正文"
    lines = [
        "设为首页 加入收藏",
        crumb,
        "丁市市场监督管理局关于印发政务公开相关制度的通知",
        "丁市监〔201724",
        "各县市区市场监督管理局，机关各科室：",
        PROSE * 3,
        "丁市市场监督管理局",
        "2017 年 11 月 8 日",
    ]
    doc = _docs(lines, len(crumb))[0]
    assert (doc.title, str(doc.date)) == ("丁市市场监督管理局关于印发政务公开相关制度的通知", "2017-11-08")


def test_a_short_announcements_contents_entry_is_no_section_label():
    # 目录: 巴宜区交通管制公告 ……（7） (h66 巴宜区 in a gazette, every layout): a contents entry ending in 公告 with its page
    # number is a text's title, not a section label (国务院令, 省政府公告 carry no page number) — the announcement, no number
    # or addressee under its title, is found where the body prints it
    lines = [
        "甲市人民政府公报",
        "2024年第3号",
        "目  录",
        "【部门文件】",
        "乙区人民政府关于印发乙区养老服务若干措施的通知 ..... （2）",
        "丙区交通管制公告 ..... （5）",
        "",
        "【部门文件】",
        "乙区人民政府关于印发乙区养老服务若干措施的通知",
        "乙府发〔2024〕 7 号",
        "各街道办事处，区政府各部门：",
        PROSE,
        "乙区人民政府",
        "2024年3月1日",
        "附件：1.乙区养老机构运营补贴申请表",
        "2.乙区养老机构运营补贴汇总表",
        "丙区交通管制公告",
        "根据甲省公安厅交通管理局《关于做好大件运输交通保障工作的通知》的要求，现对部分路段实施交通管制。" + PROSE,
        "特此公告。",
        "丙区公安局交通警察大队",
        "2024年3月5日",
    ]
    docs = parse_text("\n".join(lines), "page.txt").documents
    assert [(d.title, str(d.date)) for d in docs] == [
        ("乙区人民政府关于印发乙区养老服务若干措施的通知", "2024-03-01"),
        ("丙区交通管制公告", "2024-03-05"),
    ]
