"""The newest parts of the unseen set (h178, h184–h186), r177: what they still missed.  Each text is modelled on a
failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# two records of a portal search API's answer saved as text (h186 广西): pretty-printed, one key a line
_SEARCH_ANSWER = """            {
                "SITENAME": "甲省某某厅",
                "fileNum": "",
                "FileName": "甲省某某厅关于征求《乙标准》（征求意见稿）意见的函",
                "PUBDATE": "2021-11-19T09:45:00.000Z",
                "DOCCONTENT": "　　编号：20219999　　各市某某局，各有关单位：　　由我厅批准立项的《乙标准》（征求意见稿）已完成编制工作，现面向各单位征求意见。请于2021年12月20日前将修改意见反馈至我厅。　　联系人：某某处张三　　联系电话：0000-1234567　　邮箱：abc@163.com　　地址：甲市某路B座1407　　甲省某某厅　　2021年11月19日",
                "DOCTITLE": "甲省某某厅关于征求《乙标准》（征求意见稿）意见的函",
                "publisher": "",
                "TYPE": "文件"
            },
            {
                "SITENAME": "甲省人民政府门户",
                "fileNum": "甲政办发〔2021〕17号",
                "FileName": "甲省人民政府办公厅关于<br/>对2020年度丙工作成绩突出的<br/>市级人民政府予以表扬的通报<br/>（甲政办发〔2021〕17号）",
                "PUBDATE": "2021-11-19T09:40:00.000Z",
                "DOCCONTENT": "　　各市人民政府，省人民政府各组成部门：　　2020年，各市采取有力措施，丙工作取得显著成效。为表扬先进，经省人民政府同意，对成绩突出的5个市人民政府予以通报表扬。　　各市要认真贯彻落实省委、省人民政府的决策部署，推动丙工作高质量发展。　　2021年11月16日　　（此件公开发布）",
                "DOCTITLE": "甲省人民政府办公厅关于<br/>对2020年度丙工作成绩突出的<br/>市级人民政府予以表扬的通报<br/>（甲政办发〔2021〕17号）",
                "publisher": "甲省人民政府办公厅",
                "TYPE": "文件"
            },
"""


def test_a_search_answers_record_whose_title_prints_breaks_and_its_number_is_a_document():
    # FileName 甲…关于<br/>对…<br/>…的通报<br/>（甲政办发〔2021〕17号） (h186 广西 :32): the breaks are inside the title,
    # the number in parentheses after it is the record's number, not part of the title
    docs = parse_text(_SEARCH_ANSWER, "page.txt").documents
    second = next(d for d in docs if d.source_line == 14)
    assert second.title == "甲省人民政府办公厅关于对2020年度丙工作成绩突出的市级人民政府予以表扬的通报"
    assert str(second.doc_number) == "甲政办发〔2021〕17号"
    assert second.date == "2021-11-16"


def test_a_records_one_line_content_is_read_paragraph_by_paragraph():
    # DOCCONTENT "　　编号：…　　各市某某局：　　…　　甲省某某厅　　2021年11月19日" (h186 广西 :4): the content holds no
    # line break, only the paragraphs' indents; the signature's date at its end is the letter's date
    docs = parse_text(_SEARCH_ANSWER, "page.txt").documents
    first = next(d for d in docs if d.source_line == 4)
    assert first.title == "甲省某某厅关于征求《乙标准》（征求意见稿）意见的函"
    assert first.date == "2021-11-19"


def test_a_table_under_a_notices_title_and_above_the_plan_it_issues_is_the_notices():
    # 关于印发X的通知 / 收藏 / 下载法规 / 发文字号:… / 颁布部门:… / 颁布日期:… / 各市：… / X (h185 青海, h103 山西): the table
    # printed between the notice's title and its addressees names the notice's number, not the issued plan's
    text = (
        "欢迎来到某某平台! 设为首页 收藏\n某某中国 法规首页 甲省人民政府关于印发甲省乙行动实施方案的通知\n\n"
        "甲省人民政府关于印发甲省乙行动实施方案的通知\n\n收藏\n\n下载法规\n\n我要纠错\n\n"
        "资料来自公开网络,仅提供网友学习讨论使用\n\n发文字号:甲政〔2024〕9号\n\n颁布部门:甲省人民政府\n\n"
        "法律效力:地方规范性文件\n\n颁布日期:2024-06-28生效日期:2024-06-28\n\n"
        "各市人民政府,省政府各委、办、厅、局:\n\n"
        "  《甲省乙行动实施方案》已经省政府同意,现印发给你们,请认真抓好贯彻落实。\n\n"
        "  甲省人民政府\n  2024年6月28日\n\n甲省乙行动实施方案\n\n"
        "  为持续改善空气质量,结合本省实际,制定本实施方案。\n\n  一、总体要求\n\n  (一)指导思想。坚持稳中求进。\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [str(d.doc_number) if d.doc_number else None for d in docs] == ["甲政〔2024〕9号", None]
    assert docs[1].title == "甲省乙行动实施方案"


def test_a_reposts_lead_naming_the_publishing_body_over_published_is_the_issuer():
    # 6月24日 / 某市人民政府办公室 / 发布 / 某市…若干措施 / 全文内容如下 (h184 咸宁): the repost's lead names the body
    # that published the measures, which print no signature
    text = (
        "5月12日\n某某市人民政府办公室\n发布\n某某市促进乙产业发展若干措施\n全文内容如下\n\n"
        "为贯彻落实党中央、国务院关于促进乙产业发展的决策部署和省委、省政府工作要求,充分发挥乙产业对"
        "经济增长的支撑作用,结合我市实际,制定以下措施。\n"
        "一、加大资金支持\n(一)设立专项资金。市财政每年安排资金支持乙产业发展,对新引进的重点企业给予"
        "一次性奖励,对年度产值增长较快的企业给予贷款贴息支持,鼓励金融机构加大信贷投放力度。\n"
        "(二)拓宽融资渠道。支持符合条件的企业在多层次资本市场挂牌上市,推进知识价值信用贷款、"
        "中小企业商业价值信用贷款改革,落实创业担保贷款政策。\n"
        "二、优化服务保障\n(三)简化审批流程。各有关部门要压缩审批时限,推行并联审批和容缺受理,"
        "为企业提供全流程代办服务,切实降低制度性交易成本。\n"
        "(四)强化人才支撑。实施技能人才培训行动,落实人才引进住房、子女入学等保障政策,"
        "吸引高校毕业生和外出务工人员返乡创业就业。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "某某市促进乙产业发展若干措施"
    assert doc.issuers == ("某某市人民政府办公室",)


# a record's text whose crawl stripped every mark (h178 广东): the title (from its own cell), then one long line with
# no punctuation — the number without its brackets, the text citing a decree, the signature's date run on
_STRIPPED = (
    "甲省人民政府关于禁止在乙水库工程占地及淹没区新增建设项目和迁入人口的通告\n"
    "甲府函202380号为做好乙水库工程建设征地补偿和移民安置工作维护有关各方合法权益保障工程建设顺利进行"
    "根据大中型水利水电工程建设征地补偿和移民安置条例国务院令第679号发布通告如下一乙水库工程是为确保丙市城乡供水"
    "安全的水利工程工程占地涉及丙市丁区戊镇二自本通告发布之日起在工程占地和淹没区内任何单位和个人不得新增建设项目"
    "不得新建扩建和改建房屋不得新栽种各种多年生经济作物和林木三凡违反本通告规定的在搬迁安置时一律不予补偿"
    "四本通告自发布之日起施行甲省人民政府2023年6月12日\n"
)


def test_a_stripped_crawls_number_opening_the_text_gets_its_brackets():
    # 粤府函202380号为做好… (h178 广东 :2-:5): the number opening the mark-free text is the notice's number, read with
    # its brackets restored; the text citing X条例国务院令第679号 is no decree of its own
    docs = parse_text(_STRIPPED, "page.txt").documents
    assert [(str(d.doc_number), d.date) for d in docs] == [("甲府函〔2023〕80号", "2023-06-12")]
    assert docs[0].title == "甲省人民政府关于禁止在乙水库工程占地及淹没区新增建设项目和迁入人口的通告"
