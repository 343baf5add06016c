"""A bare document type (通告) set as a title below the start of a publication: over a law database's record in a
compilation copied from a law database.  The word is the title when the text's first sentence follows it."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import SPRING_NOTICE_RECORD

# (a bare 通告 over a record with only 时效性 / 效力级别, the notice's sentence under it, database layout)
BARE_NOTICE_OVER_RECORD = (
    """营商环境政策汇编（2023）

（一）政策规定
"""
    + SPRING_NOTICE_RECORD
    + """
（二）政策规定
通告
时效性： 现行有效
效力级别： 地方规范性文件
为了减少环境污染，保障公共安全，根据有关规定，现将城区禁止燃放烟花爆竹有关事项通告如下：
一、城区全年禁止燃放烟花爆竹。
二、本通告自发布之日起施行。
"""
)


def test_bare_notice_over_record_starts_a_document():
    docs = parse_text(BARE_NOTICE_OVER_RECORD, "database.txt").documents
    assert [d.title for d in docs] == ["关于做好2023年春耕生产工作的通知", "通告"]
