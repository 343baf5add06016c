"""The lines of a title standing over a law database's record (a compilation copied from a law database).

A compilation assembled from a law database prints, under each document's title, the database's record
(时效性 / 发文机关 / 发文日期 / 效力级别, one field a line).  The title above it may be set over two lines
as the text's red header prints it, its issuers on a line of their own over the 关于… line; the documents
are found with their whole titles.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# (a joint text's issuers on a line of their own over its 关于… title, a record under it, database layout)
ISSUERS_OVER_ABOUT = """营商环境政策汇编（2023）

（一）政策规定
中共江西省委 江西省人民政府
关于深入推进乡村建设工作的实施意见
时效性： 现行有效
发文机关： 中共江西省委 江西省人民政府
发文日期： 2022 年 06 月 16 日
效力级别： 地方规范性文件
为深入推进乡村建设工作，现提出如下实施意见。
一、总体要求
坚持规划先行，分类推进。

（二）政策规定
南昌市人民代表大会常务委员会
关于修改《南昌市河道管理条例》的决定
时效性： 现行有效
发文机关： 南昌市人民代表大会常务委员会
发文日期： 2024 年 05 月 30 日
效力级别： 地方性法规
南昌市第十六届人民代表大会常务委员会第二十次会议决定对《南昌市河道管理条例》作如下修改。
一、将第五条修改为：“河道管理实行河长制。”
"""


def test_issuers_line_over_about_title_joins_it():
    docs = parse_text(ISSUERS_OVER_ABOUT, "database.txt").documents
    assert [(d.title, d.issuers, d.date) for d in docs] == [
        (
            "中共江西省委江西省人民政府关于深入推进乡村建设工作的实施意见",
            ("中共江西省委", "江西省人民政府"),
            "2022-06-16",
        ),
        (
            "南昌市人民代表大会常务委员会关于修改《南昌市河道管理条例》的决定",
            ("南昌市人民代表大会常务委员会",),
            "2024-05-30",
        ),
    ]


# (a web page's path copied over the title, a record under it, database layout)
BREADCRUMB_OVER_TITLE = """惠企政策汇编（2023）

（一）地方政策
首页 -> 政务公开 -> 其他政府信息 -> 公 告
大连市人民代表大会常务委员会办公室公告（第9号）
时效性： 现行有效
发文机关： 大连市人民代表大会常务委员会办公室
发文日期： 2022 年 11 月 05 日
效力级别： 地方规范性文件
《大连市物业管理条例（草案）》已提请市人民代表大会常务委员会审议，现向社会公开征求意见。

（二）地方政策
首页 > 政务公开 > 重点领域 > 社会救助与福利 > 民政
大连市困难残疾人生活补贴实施办法
时效性： 现行有效
效力级别： 地方规范性文件
第一条 为保障困难残疾人基本生活，制定本办法。
第二条 本办法适用于本市户籍的困难残疾人。
"""


def test_breadcrumb_over_title_stays_out_of_it():
    docs = parse_text(BREADCRUMB_OVER_TITLE, "database.txt").documents
    assert [d.title for d in docs] == [
        "大连市人民代表大会常务委员会办公室公告",
        "大连市困难残疾人生活补贴实施办法",
    ]
