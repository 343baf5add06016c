"""Publications run together on a few long lines (flat layout: a web page or a PDF saved without line
breaks), each rule's form in a small text written for the test."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

# Three documents of a gazette, one a line, one space where each printed line ended; the first under its
# section label 【文件】 on a line of its own.
_SPACED = [
    "【文件】 洛阳市人民政府办公室关于做好2024年夏季防汛工作的通知 洛政办〔2024〕21号 各县（市、区）人民政府，市人民政府各部门："
    " 为切实做好今年防汛工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下："
    " 一、压实防汛责任 各县（市、区）要严格落实防汛行政首长负责制，把责任落实到每一座水库、每一段堤防。"
    " 二、加强隐患排查 汛前要对重点部位逐一排查，发现问题立即整改，确保安全度汛。"
    " 洛阳市人民政府办公室 2024年5月6日",
    "洛阳市人民政府关于公布第三批市级非物质文化遗产代表性项目名录的通知 洛政〔2024〕9号"
    " 各县（市、区）人民政府，市人民政府各部门： 为进一步加强我市非物质文化遗产保护工作，市人民政府"
    "确定了第三批市级非物质文化遗产代表性项目名录，现予公布。 各地要认真贯彻保护为主、抢救第一的方针，"
    "切实做好项目的保护传承工作。 "
    "三、强化监督检查 各地要加强对工作落实情况的督促检查，对工作不力、措施不到位的单位和个人，依照有关规定严肃追究责任，确保各项任务落到实处、取得实效。"
    " 洛阳市人民政府 2024年4月18日",
    "洛阳市财政局关于下达2024年农村公路养护补助资金的通知 洛财建〔2024〕33号 各县（市、区）财政局："
    " 根据《洛阳市农村公路养护资金管理办法》，现将2024年农村公路养护补助资金下达给你们，请按规定及时拨付，"
    "专款专用，不得挤占挪用，年底前报送资金使用情况。 "
    "三、强化监督检查 各地要加强对工作落实情况的督促检查，对工作不力、措施不到位的单位和个人，依照有关规定严肃追究责任，确保各项任务落到实处、取得实效。"
    " 洛阳市财政局 2024年6月3日",
]


# a paragraph every document of the test prints before its signature (each line far longer than a printed one)
_MORE = (
    " 各地要加强对工作落实情况的督促检查，对工作不力、措施不到位的单位和个人，依照有关规定严肃追究责任，"
    "确保各项任务落到实处、取得实效，并于每季度末将工作进展情况报送市人民政府。 "
)
_SPACED = [_MORE.join(line.rsplit(" ", 2)[:1] + [" ".join(line.rsplit(" ", 2)[1:])]) for line in _SPACED]


def test_spaced_run_on_lines_are_cut_where_printed_lines_ended():
    """(documents one a line, a space where each printed line ended, flat layout)"""
    pf = parse_text("\n".join(_SPACED) + "\n", "flat.txt")
    got = [(d.title, str(d.doc_number), d.date, d.source_line) for d in pf.documents]
    assert got == [
        ("洛阳市人民政府办公室关于做好2024年夏季防汛工作的通知", "洛政办〔2024〕21号", "2024-05-06", 1),
        ("洛阳市人民政府关于公布第三批市级非物质文化遗产代表性项目名录的通知", "洛政〔2024〕9号", "2024-04-18", 2),
        ("洛阳市财政局关于下达2024年农村公路养护补助资金的通知", "洛财建〔2024〕33号", "2024-06-03", 3),
    ]
    assert [d.issuers for d in pf.documents] == [("洛阳市人民政府办公室",), ("洛阳市人民政府",), ("洛阳市财政局",)]
