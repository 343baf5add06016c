"""Issue dates where the text prints them (r77): a law database's note under the title printed again, a decree's
sentence with its date run in or on the next line, a numbered unsigned text's note, a forwarded text's bracketed
date under its bodies, a passing line in numerals, a signature run into the line in numerals, a signature date in
two hands (二〇一一年5月16日), and brackets under a title that are no promulgation note.  Each text is modelled on a
failing part of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.clean import clean_lines
from policykg.loaders.header import promulgation_note
from policykg.loaders.metadata import parse_date
from policykg.loaders.parse import parse_text
from policykg.loaders.segment import Span


def dates(text: str) -> dict[str, str | None]:
    return {d.title: d.date for d in parse_text(text, "page.txt").documents}


# 法律资料网 (h54 江西, h43 辽宁): the page's title, the title again over its issuer, the title a third time over the
# history note — bracketed and never closed, or a bare passing line
LAW_DATABASE_NOTE_UNCLOSED = """您的位置: 首页 » 法律资料网 » 法律法规 »

某某省外商投资企业仓储管理办法

时间:2024-07-03 07:39:10 来源: 法律资料网 作者:法律资料网 阅读:8328
下载地址: 点击此处下载

某某省外商投资企业仓储管理办法

某某省人民政府


某某省外商投资企业仓储管理办法

(1993年6月12日省人民政府第五十次常务会议通过, 1993年9月2日省人民政府令第21号发布


  第一条 为加强本省外商投资企业的仓储管理，保护外商投资企业的合法权益，根据有关法律、法规，结合本省实际，制定本办法。

  第二条 本办法所称外商投资企业，是指中外合资经营企业、中外合作经营企业和外商独资企业。

  第三条 在本省行政区域内举办外商投资企业需使用仓储设施的，适用本办法。

  第四条 县级以上人民政府有关部门负责外商投资企业仓储设施的统一管理和检查监督。

  第五条 本办法自发布之日起施行。
"""

LAW_DATABASE_PASSING_LINE = """您的位置: 首页 » 法律资料网 » 法律法规 »

某某省人民代表大会常务委员会关于修改《某某省村民委员会选举办法》的决定

时间:2024-06-17 16:18:16 来源: 法律资料网 作者:法律资料网 阅读:8493
下载地址: 点击此处下载

某某省人民代表大会常务委员会关于修改《某某省村民委员会选举办法》的决定

某某省人大常委会


某某省人民代表大会常务委员会关于修改《某某省村民委员会选举办法》的决定

2008年5月30日某某省第十一届人民代表大会常务委员会第三次会议通过


某某省第十一届人民代表大会常务委员会第三次会议决定对《某某省村民委员会选举办法》作如下修改:

一、第六条修改为:“村民选举委员会由主任和委员组成。”
"""


def test_a_law_database_note_under_the_title_printed_again_dates_the_text():
    """(h54 江西) the note's latest day, its bracket never closed before 第一条; (h43 辽宁) its bare passing line."""
    assert dates(LAW_DATABASE_NOTE_UNCLOSED)["某某省外商投资企业仓储管理办法"] == "1993-09-02"
    title = "某某省人民代表大会常务委员会关于修改《某某省村民委员会选举办法》的决定"
    assert dates(LAW_DATABASE_PASSING_LINE)[title] == "2008-05-30"


# 交通部令 (h29): the order, its number, then one line holding the decree's sentence, the minister and the date
DECREE_SIGNED_ON_ITS_LINE = """中华人民共和国某某部令
2007 年第 3 号
《内河渡口渡船管理规定》已于2007年4月2日经第4次部务会议通过,现予公布,自2007年7月1日起施行。 部 长 王某某 二○○七年四月十日
附件:内河渡口渡船管理规定
"""

# 医保局令 (h64): a document site's preview — the decree's sentence, then its date alone, then the rule's title
DECREE_DATE_ON_NEXT_LINE = """某某文库

1、某某基金监督检查暂行办法
第6号
某某基金监督检查暂行办法
已经2023年2月10日第2次局务会议审议通过,现予公布,自2023年4月1日起施行。
2023年2月17日
某某基金监督检查暂行办法
第一条为规范某某基金监督检查工作,制定本办法。
第二条本办法适用于某某基金的监督检查。
"""


def test_the_date_after_a_decree_sentence_dates_the_rule():
    """(h29 交通部) run into the sentence's line after the minister's name; (h64 医保局) alone on the next line."""
    assert dates(DECREE_SIGNED_ON_ITS_LINE)["内河渡口渡船管理规定"] == "2007-04-10"
    assert dates(DECREE_DATE_ON_NEXT_LINE)["某某基金监督检查暂行办法"] == "2023-02-17"


def test_a_date_after_a_decree_sentence_that_puts_it_in_force_is_no_issue_date():
    text = DECREE_SIGNED_ON_ITS_LINE.replace("起施行。 部 长 王某某 二○○七年四月十日", "起施行。2007年7月1日起施行")
    assert dates(text)["内河渡口渡船管理规定"] is None


# 法释 (cee 最高人民法院 最高人民检察院): a joint interpretation's number, then its note; no signature
NUMBERED_UNSIGNED_JOINT_NOTE = """# 最高人民法院 最高人民检察院关于办理某某刑事案件适用法律若干问题的解释

法释〔2019〕5号

(2019年1月7日最高人民法院审判委员会第1760次会议、2019年2月20日最高人民检察院第十三届检察委员会第十四次会议通过，自2019年4月1日起施行）

为依法惩治某某犯罪，根据《中华人民共和国刑法》的有关规定，现就办理此类刑事案件适用法律的若干问题解释如下：

第一条 本解释自2019年4月1日起施行。
"""


def test_a_numbered_text_without_a_signature_is_dated_by_its_note_the_later_meeting():
    """(cee 最高人民法院) both courts' meetings passed it: the later day."""
    assert list(dates(NUMBERED_UNSIGNED_JOINT_NOTE).values()) == ["2019-02-20"]


# 山东 (h53): a notice forwarding an opinion; the opinion's bodies on two lines under its title, then its date
FORWARDED_OPINION_BODIES_THEN_DATE = """某省人民政府办公厅文件
某政办发〔2011〕30号
某省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2011年普通高校毕业生就业工作的意见的通知
各市人民政府，各县（市、区）人民政府，省政府各部门：
省人力资源社会保障厅、省教育厅、省财政厅等部门《关于做好2011年普通高校毕业生就业工作的意见》已经省政府同意，现转发给你们，请认真贯彻执行。
某省人民政府办公厅
二〇一一年五月九日
关于做好2011年普通高校毕业生就业工作的意见
省人力资源社会保障厅 省教育厅 省财政厅
省地税局 省工商局 人民银行某某分行
（二〇一一年五月三日）
为全面落实促进高校毕业生就业的各项政策措施，现提出如下意见。
一、总体安排
"""


def test_a_forwarded_text_dated_in_brackets_under_its_bodies_keeps_its_date():
    """(h53 山东) the forwarded opinion's own date, not the notice's."""
    got = dates(FORWARDED_OPINION_BODIES_THEN_DATE)
    assert got["关于做好2011年普通高校毕业生就业工作的意见"] == "2011-05-03"


# 国务院公报 (h59): a decision, then the line saying in numerals which meeting passed it
PASSING_LINE_IN_NUMERALS = """中华人民共和国国务院公报

国务院关于设立某某委员会的决定

一九五六年三月九日国务院常务会议通过

一、设立某某委员会，负责某某工作。

二、某某委员会的组成人员由国务院任命。
"""


def test_a_passing_line_in_numerals_under_the_title_dates_the_text():
    assert dates(PASSING_LINE_IN_NUMERALS)["国务院关于设立某某委员会的决定"] == "1956-03-09"


# 卫生部 (h72): a notice run into one line with its attachments, its signature and its date in numerals
SIGNATURE_IN_NUMERALS_RUN_IN = """关于下发《某某机构服务项目目录》的通知
为了贯彻执行《某某机构管理条例》，我部制定了《某某机构服务项目目录》，现发给你们，请遵照执行。 附件：1.某某机构服务项目目录 2.目录使用说明 卫生部 一九九五年三月八日
某某机构服务项目目录
代码 服务项目
01. 预防保健
02. 全科医疗
"""


def test_a_signature_in_numerals_run_into_the_notice_line_dates_it():
    assert dates(SIGNATURE_IN_NUMERALS_RUN_IN)["关于下发《某某机构服务项目目录》的通知"] == "1995-03-08"


def test_a_date_with_its_year_in_numerals_and_its_month_and_day_in_digits():
    """(h58 兖州) 二O一一年5月16日 under the signature."""
    assert parse_date("二〇一一年5月16日") == "2011-05-16"
    text = (
        "某某市人民政府办公室关于印发某某工作规定的通知\n某政办发〔2012〕9号\n各镇人民政府，各街道办事处：\n"
        "现将《某某工作规定》印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n二O一二年3月21日\n"
    )
    assert dates(text)["某某市人民政府办公室关于印发某某工作规定的通知"] == "2012-03-21"


# 遵义 (h112): a title over two lines whose second opens with a bracket closed at once, a sentence with a date under it
TITLE_SECOND_LINE_BRACKETED = """某某市人大常委会办公室关于公开征求《某某市物业管理条例
(修订草案)》意见的公告
2024年6月3日,市人大常委会会议对《某某市物业管理条例(修订草案)》进行了第一次审议。
请于2024年7月15日前将修改意见建议以信函形式反馈至市人大常委会法工委，信封请注明“征求意见”字样并公布。
某某市人大常委会办公室
2024年6月10日
某某市物业管理条例(修订草案)
(征求意见稿)
"""

# 上海 (h85): a page's posting date in a bracket under the title
POSTING_DATE_IN_BRACKET = """关于印发《某某市购电交易实施办法（试行）》的通知
(发布日期：2020年03月12日
文号：某发改规范〔2020〕3号)
某发改规范〔2020〕3号
某某电力公司、某某交易中心、某某发电公司、
某某市发展和改革委员会
2020年3月11日
"""


def note_under_title(text: str) -> str | None:
    nb = [l for l in clean_lines(text) if l.text]
    return promulgation_note(nb, Span(nb[0].text, 0, 0, 1, "promulgation", len(nb) - 1))


def test_brackets_under_a_title_that_are_no_promulgation_note():
    """(h112 遵义) a bracket closed before any date is the title's second line; (h85 上海) a posting date's label."""
    assert note_under_title(TITLE_SECOND_LINE_BRACKETED) is None
    assert note_under_title(POSTING_DATE_IN_BRACKET) is None
    assert (
        note_under_title("某某办法\n(2020年1月2日某某市人民政府令第3号公布 自2020年3月1日起施行)\n第一条 …\n")
        is not None
    )


# 广东 (cee): a regulation's history note whose last amendment lost its 日 (2021年5月27某某省…)
NOTE_DAY_LOST = """# 某某省机动车维修管理条例

（2003年5月26日某某省第十届人民代表大会常务委员会第三次会议通过 根据2018年11月29日某某省第十三届人民代表大会常务委员会第七次会议《关于修改〈某某省环境保护条例〉等十三项地方性法规的决定》第一次修正 根据2021年5月27某某省第十三届人民代表大会常务委员会第三十二次会议《关于修改〈某某省林地保护管理条例〉等十六项地方性法规的决定》第二次修正）

第一章 总 则

第一条 为了加强机动车维修管理，制定本条例。

第二条 本条例适用于本省行政区域内的机动车维修活动。
"""


def test_a_history_note_date_that_lost_its_day_sign_still_dates_the_latest_amendment():
    assert list(dates(NOTE_DAY_LOST).values()) == ["2021-05-27"]


# 吉林 (h76): a law database's table under the title, each label over its value
LABEL_OVER_VALUE_TABLE = """某某法规库
某某省地方税务局关于发布车船税征收管理办法的公告 |
发文机关 |
某某省地方税务局 |
文件字号 |
省地税公告2012年第5号 |
颁布日期 |
2012-06-18 |
施行日期 |
2012-07-01 |
某某省地方税务局关于发布车船税征收管理办法的公告 为进一步规范车船税征收管理，某某省地方税务局制定了《车船税征收管理办法》，现予发布。
"""


def test_a_promulgation_date_label_over_its_value_dates_the_text():
    """(h76 吉林) 颁布日期 / 2012-06-18 — not the 施行日期 under it."""
    assert dates(LABEL_OVER_VALUE_TABLE)["某某省地方税务局关于发布车船税征收管理办法的公告"] == "2012-06-18"
