"""A page number printed between a title's issuer line and its 关于 line (the title starts at a page's foot) in a
gazette converted from PDF: ``某市人民政府办公厅`` / ``- 2 -`` / ``关于印发…的通知``.  The page break is no break in the
title: the issuer line stays its head."""

from __future__ import annotations

from policykg.loaders.parse import parse_text

from factories import pdf_columns

BODY = [
    "为进一步释放消费潜力，促进消费持续恢复，经市政府同意，现就有关事项通知如下，请结合实际认真贯彻执行。",
    "一、各区县要加强组织领导，细化工作措施，明确责任分工，确保各项政策措施落地见效，及时报送工作进展情况。",
    "二、市级有关部门要加强统筹协调和督促指导，及时研究解决工作推进中的困难和问题，形成工作合力。",
]
WIDTH = 20


def _notice(issuer: str, about: str, number: str, date: str, page: int) -> str:
    """One notice whose issuer line sits at a page's foot, the page number under it, 关于… on the next page."""
    head = f"{issuer}\n\n- {page} -\n\n{about}\n\n{number}\n\n各区县人民政府，市政府各部门：\n\n"
    return head + pdf_columns([*BODY, *BODY, issuer, date], WIDTH) + "\n\n"


DOCS = [
    (
        "松江市人民政府办公厅",
        "关于印发松江市促进消费持续恢复若干措施的通知",
        "松府办发〔2022〕 72 号",
        "2022 年 6 月 22 日",
    ),
    (
        "柳川市政务服务数据管理局",
        "关于印发柳川市便民热线管理办法实施细则的通知",
        "柳政数规字〔2023〕 1 号",
        "2023 年 1 月 5 日",
    ),
]


def test_a_page_number_between_the_issuer_line_and_the_about_line_breaks_no_title():
    """(a title broken over a page number, pdf layout)"""
    text = "【政府办公厅文件】\n\n" + "".join(_notice(*doc, page=k + 2) for k, doc in enumerate(DOCS))
    found = {d.title: d for d in parse_text(text, "gazette.txt").documents}
    for issuer, about, number, _date in DOCS:
        assert issuer + about in found, sorted(found)
        assert str(found[issuer + about].doc_number) == number.replace(" ", "")
        assert found[issuer + about].issuers == (issuer,)
