"""The title of a publicity notice (…关于…的公示) set as a heading: over a law database's record in a compilation
copied from a law database, or as a Markdown ``#`` title.  公示 is no document type of the vocabulary, yet a
title of that form, set as a title, starts a document."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import SPRING_NOTICE_RECORD

# (a publicity notice's title printed twice, the record under the second, database layout)
PUBLICITY_OVER_RECORD = (
    """营商环境政策汇编（2023）

（一）政策规定
三亚市食品安全委员会办公室关于三亚市创建国家食品安全示范城市自评结果的公示
三亚市食品安全委员会办公室关于三亚市创建国家食品安全示范城市自评结果的公示
时效性： 现行有效
发文机关： 三亚市食品安全委员会办公室
发文日期： 2022 年 11 月 08 日
效力级别： 地方规范性文件
按照有关评价办法，我办组织对全市创建工作进行了全面自查，现将自评报告予以公示。
公示时间：2022年11月8日至11月22日。

（二）政策规定
"""
    + SPRING_NOTICE_RECORD
)


def test_publicity_title_over_record_starts_a_document():
    docs = parse_text(PUBLICITY_OVER_RECORD, "database.txt").documents
    assert [(d.title, d.doc_number and str(d.doc_number), d.date) for d in docs] == [
        ("三亚市食品安全委员会办公室关于三亚市创建国家食品安全示范城市自评结果的公示", None, "2022-11-08"),
        ("关于做好2023年春耕生产工作的通知", "三府办〔2023〕7号", None),
    ]
