"""Document fields of the parts h240-h242 (r269): issuer lines over a title printed again, ranked items over a
signature, passing lines without brackets.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg import build_graph
from policykg.loaders.parse import parse_text


def test_an_issuer_line_over_the_titles_second_copy_heads_it_across_a_blank_line():
    # 首页/ … / 正文 / 关于X的通报 (the page's title) / 某区人民政府办公室 / (blank) / 关于X的通报 (h241 杨陵): the body's
    # name over the second copy is the text's issuer line — the title starts there, not at the bare copy under it
    text = (
        "首页/ 政务公开 / 正文\n\n关于2021年第三季度甲网站检查情况的通报\n\n乙区人民政府办公室\n\n"
        "关于2021年第三季度甲网站检查情况的通报\n\n各镇人民政府:\n\n"
        "近日,区政府办公室对网站进行了检查。现就有关情况通报如下:\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert (doc.title, doc.source_line) == ("乙区人民政府办公室关于2021年第三季度甲网站检查情况的通报", 5)
    assert doc.issuers == ("乙区人民政府办公室",)


def test_a_ranked_item_set_apart_over_the_signature_is_no_second_signer():
    # 2、职能单位末位排名 / 交通局 / (two blank lines) / 某县…领导小组办公室 / date (h241 舟曲): the body the ranked item
    # names is the list's, the signature is the office alone
    text = (
        "关于第一季度全县环境卫生整治情况督查通报\n各乡镇人民政府,县直各部门:\n"
        "现将督查情况通报如下:\n1、单位末位排名\n文化局 林业局\n2、职能单位末位排名\n水务局\n\n\n"
        "丙县环境卫生整治领导小组办公室\n2020年4月10日\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("丙县环境卫生整治领导小组办公室",)
    assert doc.date == "2020-04-10"


def test_a_passing_line_without_brackets_under_the_title_names_its_issuer():
    # 关于…的决定 / 2019年3月11日某市某区第六届人民代表大会常务委员会第十六次会议通过 (h242 琅琊区): no brackets round the
    # line, its date is read — and so is the body whose meeting passed the text, its term and meeting dropped
    text = (
        "关于将区三次会议议案交区人民政府办理的决定\n\n"
        "2019年3月11日丁市戊区第六届人民代表大会常务委员会第十六次会议通过\n\n"
        "区六届人大三次会议主席团审议通过,将代表联名提出的议案交区人民政府研究办理。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("丁市戊区人民代表大会常务委员会",)
    assert doc.date == "2019-03-11"


def test_two_cited_titles_that_differ_only_in_their_issuer_stay_two_texts(tmp_path):
    # 根据《全国人民代表大会常务委员会关于开展X的决议》和《某省人民代表大会常务委员会关于开展X的决议》 (h242 广州), a third
    # city's own 关于开展X的决议 in the corpus: neither citation is that city's text, and the two stay apart
    (tmp_path / "a.txt").write_text(
        "甲市人民代表大会常务委员会关于开展第八个五年普法宣传的决议\n\n"
        "(2021年9月28日甲市第五届人民代表大会常务委员会第三次会议通过)\n\n"
        "为推进法治甲市建设,对开展第八个五年普法宣传作出决议如下:\n\n一、加强宣传。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "乙市人民代表大会常务委员会关于开展第八个五年普法宣传的决议\n\n"
        "(2022年1月5日乙市第十六届人民代表大会常务委员会第五次会议通过)\n\n"
        "为推进法治乙市建设,根据《全国人民代表大会常务委员会关于开展第八个五年普法宣传的决议》和"
        "《丙省人民代表大会常务委员会关于开展第八个五年普法宣传的决议》,结合本市实际,作出决议如下:\n\n一、加强宣传。\n",
        encoding="utf-8",
    )
    G = build_graph([tmp_path], as_of="2024-01-01", jobs=1)
    citing = next(n for n, a in G.nodes(data=True) if a.get("title", "").startswith("乙市"))
    cited = sorted(G.nodes[v].get("title") for _, v, k in G.out_edges(citing, keys=True) if k == "BASED_ON")
    assert cited == [
        "丙省人民代表大会常务委员会关于开展第八个五年普法宣传的决议",
        "全国人民代表大会常务委员会关于开展第八个五年普法宣传的决议",
    ]


def test_the_body_answering_for_disclosure_in_a_pipe_table_is_an_unsigned_texts_issuer():
    # 文件名称 | X的通报 | / 公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 | / … 成文日期: | date | (h241 紫阳): an
    # unsigned circular on a portal whose table names no 发布机构 — the body answering for its disclosure issued it
    text = (
        "文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n"
        "索引号 | zyxzf/2022-4992 | 公开目录: | 政务督查 |\n"
        "公开责任部门 | 戊县政府办公室 | 公开形式: | 主动公开 |\n"
        "有效性 | 有效 | 成文日期: | 2022年09月14日 |\n"
        "内容概述 | 2022年第八次县政府常务会议确定事项落实情况的通报 |\n"
        "近期,县政府督查室对会议确定事项落实情况开展了专项督查,现通报如下。\n"
        "一、总体情况\n会议确定事项22件,已办结6件。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("戊县政府办公室",)
    assert doc.date == "2022-09-14"
