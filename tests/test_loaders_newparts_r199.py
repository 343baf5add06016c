"""Cleanup catalogues of part h197 printed as tables and forms: a catalogue flattened onto one line with its cells
glued (序号文件名称文号1关于X的通告甲综〔2014〕43号2…) is read as a list, repealed or cited by its heading; a proposal
form printed one cell a line lists the texts it names, none of them a document; a signer the registry does not know
dates a signature run into the line; an untitled interpretation opening 现就《X》作政策解读如下 only explains the
repeal it reports.  Each text is modelled on a failing file of that part, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

HEAD = "标题: 甲区管委会关于{what}的通知\n发布机构: 甲区管委会办公室\n==================== 正文 ====================\n"


def _refs(text: str) -> dict[str, tuple[str, str | None]]:
    [doc] = parse_text(text, "page.txt").documents
    return {str(r.doc_number): (r.role, r.title) for r in doc.references if r.doc_number is not None}


def _flat_catalogues() -> str:
    repealed = "".join(
        f"{k}{title}甲综管办〔2015〕{100 + k}号"
        for k, title in enumerate(
            [
                "关于开展市容整治主题活动的通告",
                "印发《关于促进甲区企业发展的管理措施（试行）》的通知",
                "甲区管委会办公室印发甲区企业登记管理办法（试行）的通知",
                "关于印发《甲区渔业船舶管理暂行办法》的通知",
            ],
            1,
        )
    )
    revised = "".join(
        f"{k}{title}甲综管综〔2016〕{200 + k}号区某某局"
        for k, title in enumerate(
            [
                "关于进一步规范征地工作的通知",
                "甲区管委会关于印发《甲区民宿扶持暂行办法》的通知",
                "关于加快发展渔业的意见",
            ],
            1,
        )
    )
    return HEAD.format(what="公布规范性文件清理结果") + (
        "当前位置：首页政务公开 甲区管委会关于公布规范性文件清理结果的通知 甲综管综〔2017〕197号 来源：甲区管委会办公室 "
        "各单位：为了加强规范性文件管理，对区管委会发布的规范性文件进行了再次清理。现将清理结果公布如下：一、废止《关于开展市容整治主题活动的通告》（甲综管办〔2015〕101号）等4件规范性文件"
        "（详见附件1）；二、对3件规范性文件适时进行修改（详见附件2）。对于废止的规范性文件，自本通知印发之日起一律停止执行。"
        " 附件：1.宣布废止的规范性文件目录 2.需适时修改的规范性文件目录甲区管委会 2017年10月16日 "
        "附件1宣布废止的规范性文件目录序号文件名称文号"
        + repealed
        + "附件2需适时修改的规范性文件目录 序号文件名称文号责任单位"
        "" + revised + " 附件下载\n"
    )


def test_rows_of_a_flattened_repeal_catalogue_are_repealed_not_documents():
    # 附件1宣布废止的规范性文件目录序号文件名称文号1关于X的通告甲综〔2014〕43号2印发…: each row a text repealed by the
    # notice, its ordinal and number cut off its title; no row a document of its own
    docs = parse_text(_flat_catalogues(), "page.txt").documents
    assert len(docs) == 1
    refs = _refs(_flat_catalogues())
    assert [refs.get(f"甲综管办〔2015〕{100 + k}号") for k in (2, 3)] == [
        ("SUPERSEDES", "印发《关于促进甲区企业发展的管理措施（试行）》的通知"),
        ("SUPERSEDES", "甲区管委会办公室印发甲区企业登记管理办法（试行）的通知"),
    ]
    assert refs.get("甲综管办〔2015〕104号", ("", ""))[0] == "SUPERSEDES"


def test_rows_of_a_catalogue_of_texts_to_revise_are_cited():
    # 附件2需适时修改的规范性文件目录 序号文件名称文号责任单位1X甲综〔2016〕201号区某某局2Y…: cited, the body cell dropped
    refs = _refs(_flat_catalogues())
    assert [refs.get(f"甲综管综〔2016〕{200 + k}号") for k in (1, 2, 3)] == [
        ("CITES", "关于进一步规范征地工作的通知"),
        ("CITES", "甲区管委会关于印发《甲区民宿扶持暂行办法》的通知"),
        ("CITES", "关于加快发展渔业的意见"),
    ]


FORM = """行政规范性文件清理情况(清理建议)表
填表单位: 乙市某某局 联系人: 张某 电话: 0000-1234567
序号
文件类别
名称及文号
清理建议
废止/修订理由
1
市政府行政
规范性
《乙市人民政府办公室关于加强某某保护区管理工作意见》
(乙政秘〔2019〕61 号 )
保留
整改需要
2
市某某局行政
《关于进一步加强公益林管理的通知》
(林资〔2021〕145 号)
管理需要
3
《乙市野外用火举报奖励办法》
(林火〔2023〕28 号)
野外用火管理
填表说明:1.“文件类型”栏应填写“政府规范性文件”或“部门规范性文件” 。
"""


def test_rows_of_a_form_printed_one_cell_a_line_are_cited_by_the_form():
    # 序号 / 文件类别 / 名称及文号 / 清理建议 / 废止/修订理由, then 《X》 over (某政〔2019〕61 号): each row a text the form
    # cites with its number, none a document (nor one issued by the body a number prefix 林资 names)
    docs = parse_text(FORM, "page.txt").documents
    assert [d.source_line for d in docs] == [1]
    assert {(r.role, r.title, str(r.doc_number)) for r in docs[0].references} == {
        ("CITES", "乙市人民政府办公室关于加强某某保护区管理工作意见", "乙政秘〔2019〕61号"),
        ("CITES", "关于进一步加强公益林管理的通知", "林资〔2021〕145号"),
        ("CITES", "乙市野外用火举报奖励办法", "林火〔2023〕28号"),
    }


def test_a_signer_with_an_agency_ending_dates_a_signature_run_into_the_line():
    # …附件：某管委会废止的规范性文件目录丙区管委会2023年8月21日附件…: a name the registry does not list, but ending as an
    # agency's, right before the date after the attachment list's name
    text = HEAD.format(what="废止部分行政规范性文件") + (
        "各单位：经研究，决定废止《甲区管委会关于加快产业发展的实施意见》（甲综管综〔2017〕26号）等20件行政规范性文件。"
        "废止的行政规范性文件自本通知发布之日起停止执行。附件：丙区管委会废止的行政规范性文件目录丙区管委会2023年8月21日"
        "附件丙区管委会废止的行政规范性文件目录1.《甲区管委会关于加快产业发展的实施意见》（甲综管综〔2017〕26号）"
        "2.《甲区管委会关于公布区级前置审批事项的通知》（甲综管综〔2016〕298号）\n"
    )
    [doc] = parse_text(text, "page.txt").documents
    assert doc.date == "2023-08-21"


def test_an_untitled_interpretation_opening_on_the_text_it_explains_repeals_nothing():
    # 现就《关于废止〈X〉的通知》(某府〔2022〕8号)作政策解读如下: — the repeal it reports is the notice's: X cited
    text = (
        "政策文件:丁府规字〔2024〕4号丁镇人民政府关于废止《丁镇促进园区发展办法(试行)》的通知\n"
        "现就《关于废止〈丁镇促进园区发展办法(试行)〉的通知》(丁府〔2022〕8号)作政策解读如下:\n"
        "一、文件的废止背景说明\n"
        "《丁镇促进园区发展办法(试行)》(丁府〔2022〕8号)内容已不符合当前工作实际。\n"
        "二、文件的废止程序说明\n"
        "我镇于2024年8月26日—9月3日印发《关于征求废止〈丁镇促进园区发展办法(试行)〉意见的公告》公开征求相关部门意见,"
        "并在丁镇政府网站公开征求社会群众意见。征求意见期间没有收到反对意见。\n"
        "三、主要内容说明\n"
        "废止我镇行政规范性文件《丁镇促进园区发展办法(试行)》。\n"
    )
    [doc] = parse_text(text, "page.txt").documents
    assert doc.references and {r.role for r in doc.references} == {"CITES"}
