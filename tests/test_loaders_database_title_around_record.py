"""A title wrapped around a law database's record (a compilation copied from a law database).

A compilation copied from a law database prints the database's record (时效性 / 发文机关 / 文号 / 发文日期 /
效力级别, one field a line) under each document's title.  Where the title was set over two lines, a copy may
put the record under its first line — the head (…关于加强普通高等学校) over the record, the tail (毕业生就业
工作的通知) under it.  The documents are found with their whole titles and the record's fields.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# (a title's head over the record, its tail under it, database layout)
TITLE_AROUND_RECORD = """惠企政策汇编（2023）

（一）政策规定
江西省人民政府办公厅关于进一步做好普通高等学校
时效性： 现行有效
发文机关： 江西省人民政府办公厅
文号： 赣府厅发〔2011〕 31 号
发文日期： 2011 年 05 月 12 日
效力级别： 地方规范性文件

毕业生就业创业工作的通知

各设区市人民政府，省政府各部门：
为做好高校毕业生就业创业工作，经省政府同意，现就有关事项通知如下。
一、拓宽就业渠道
鼓励中小企业吸纳高校毕业生就业。

（二）业务规制
关于印发《南平市关于进一步
时效性： 现行有效
发文机关： 南平市人民政府
文号： 南政综〔2020〕 45 号
发文日期： 2020 年 04 月 08 日
效力级别： 地方规范性文件

稳定和扩大就业的若干措施》的通知

各县（市、区）人民政府，市直各单位：
现将《南平市关于进一步稳定和扩大就业的若干措施》印发给你们，请认真贯彻执行。
"""


def test_title_wrapped_around_record_is_joined():
    docs = parse_text(TITLE_AROUND_RECORD, "database.txt").documents
    assert [(d.title, str(d.doc_number), d.date) for d in docs][:2] == [
        (
            "江西省人民政府办公厅关于进一步做好普通高等学校毕业生就业创业工作的通知",
            "赣府厅发〔2011〕31号",
            "2011-05-12",
        ),
        ("关于印发《南平市关于进一步稳定和扩大就业的若干措施》的通知", "南政综〔2020〕45号", "2020-04-08"),
    ]
    assert docs[0].issuers == ("江西省人民政府办公厅",)


# (a title printed whole over its record: the next printed line is its addressees, nothing joined)
WHOLE_TITLE = """惠企政策汇编（2023）

（一）政策规定
福州市人民政府关于加快发展数字经济的
时效性： 现行有效
发文机关： 福州市人民政府
效力级别： 地方规范性文件
各县（市）区人民政府，市直各委、办、局（公司）：
为加快发展数字经济，现提出如下意见。
"""


def test_addressees_under_record_are_no_title_tail():
    docs = parse_text(WHOLE_TITLE, "database.txt").documents
    assert all("各县" not in d.title for d in docs)


# (the issuer's name over the record, the 关于… title under it, database layout)
ISSUER_OVER_RECORD = """金融监管政策汇编（2023）

（一）地方政策
永年县人民政府
时效性： 现行有效
发文机关： 永年县人民政府
效力级别： 地方规范性文件

关于禁止秸秆露天焚烧的通告

为保护大气环境，保障人民群众身体健康，现就禁止秸秆露天焚烧有关事项通告如下。
一、全县范围内禁止露天焚烧秸秆。

（二）政策规定
邯郸市人民政府办公室
时效性： 现行有效
发文机关： 邯郸市人民政府办公室
文号： 邯政办字〔2021〕 7 号
发文日期： 2021 年 03 月 02 日
效力级别： 地方规范性文件

关于印发邯郸市城市供水管理办法的通知

各县（市、区）人民政府，市政府有关部门：
现将《邯郸市城市供水管理办法》印发给你们，请认真贯彻执行。
"""


def test_issuer_over_record_joins_about_title_under_it():
    docs = parse_text(ISSUER_OVER_RECORD, "database.txt").documents
    assert [(d.title, d.issuers) for d in docs][:2] == [
        ("永年县人民政府关于禁止秸秆露天焚烧的通告", ("永年县人民政府",)),
        ("邯郸市人民政府办公室关于印发邯郸市城市供水管理办法的通知", ("邯郸市人民政府办公室",)),
    ]


# (the title's tail under the record set over lines a blank line apart, its type's characters spaced, database layout)
TAIL_OVER_SPACED_LINES = """营商环境政策汇编（2023）

（一）业务规制
株洲市芦淞区人民政府办公室
时效性： 现行有效
发文机关： 株洲市芦淞区人民政府办公室
效力级别： 地方规范性文件

关于印发《芦淞区防汛抗旱应急预案》的

通    知

各街道办事处，区直各单位：
现将《芦淞区防汛抗旱应急预案》印发给你们，请认真贯彻执行。
"""


def test_tail_over_spaced_lines_is_joined():
    docs = parse_text(TAIL_OVER_SPACED_LINES, "database.txt").documents
    assert docs[0].title == "株洲市芦淞区人民政府办公室关于印发《芦淞区防汛抗旱应急预案》的通知"
