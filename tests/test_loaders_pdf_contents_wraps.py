"""Contents entries of a gazette converted from PDF whose page reference wrapped onto a line of its own.

A converter cuts a long 目录 entry at the column's edge: ``title.........`` on one line, ``.（5）`` (the last
leader dot and the page number) on the next.  The entry still lists its title, so a text printed under a
section label with no number or addressee above its body is found by it.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# (a contents entry's page reference wrapped alone behind one leader dot, pdf layout)
WRAPPED_PAGE_GAZETTE = """湖州市人民政府公报

2021年第 7 号（总第 301 号）

目  录

【政府文件】

湖州市人民政府关于印发湖州市河道保洁管理办法的通知..........（2）

【部门文件】

关于规范城区临时占道经营秩序若干问题的处理意见.........

.（6）

【政府文件】

湖州市人民政府关于印发湖州市河道保洁管理办法的

通知

湖政发〔2021〕 9 号

各区县人民政府，市政府各部门：

现将《湖州市河道保洁管理办法》印发给你们，请

认真贯彻执行。

湖州市人民政府

2021 年 4 月 6 日

- 2 -

湖州市河道保洁管理办法

第一条 为加强河道保洁管理，改善河道水环境，

制定本办法。

第二条 本办法自 2021 年 5 月 1 日起施行。

【部门文件】

关于规范城区临时占道经营秩序若干问题的处理意

见

近年来，城区临时占道经营问题较为突出，群众反

映强烈。为统一执法尺度，现就有关问题提出如下

处理意见。

一、临时占道经营应当经城市管理部门许可。

二、未经许可占道经营的，依法责令改正。

"""


def test_entry_with_its_page_reference_wrapped_lists_the_text_below():
    docs = parse_text(WRAPPED_PAGE_GAZETTE, "gazette.txt").documents
    titles = [d.title for d in docs]
    assert "关于规范城区临时占道经营秩序若干问题的处理意见" in titles
    notice = next(d for d in docs if d.title.startswith("湖州市人民政府关于印发"))
    assert str(notice.doc_number) == "湖政发〔2021〕9号"
    assert notice.date == "2021-04-06"
