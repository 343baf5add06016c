"""Texts a flattened notice issues (flat layout: a publication whose line breaks were lost, one document
a line): the issued text's title run on after the notice's signature date or an attachment label and into
its own first words.  Each publication is modelled on the failing ones, with other names and numbers."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

_FILLER = "各单位要加强组织领导，明确责任分工，确保各项任务落到实处。" * 8


def _notice(issuer: str, issued: str, number: str, between: str, opening: str) -> str:
    return (
        f"{issuer}关于印发{issued}的通知{number}各市（州）人民政府，省直各部门：现将《{issued}》印发给你们，"
        f"请认真贯彻执行。{between}{issued}{opening}{_FILLER}"
    )


@pytest.mark.parametrize(
    "between, opening",
    [  # 青海 (a signature run on after 附件：), 广州 (name and date, then the text's chapters)
        ("附件：甲省财政厅2021年4月2日", "第一条为规范专项资金管理，制定本办法。"),
        ("甲省财政厅2021年4月2日", "第一章总则第一条为规范专项资金管理，制定本办法。"),
        ("甲省财政厅2021年4月2日（此件公开发布）", "为规范专项资金管理，制定本办法。"),
        ("附件：甲省乙专项资金管理办法甲省财政厅2021年4月2日附件：", "一、为规范专项资金管理，制定本办法。"),
    ],
)
def test_an_issued_title_run_on_after_the_signature_is_a_document(between, opening):
    issued = "甲省乙专项资金管理办法"
    text = (
        _notice("甲省财政厅", issued, "甲财规〔2021〕3号", between, opening)
        + "\n"
        + _notice(
            "丙市人民政府",
            "丙市丁工作实施方案",
            "丙政发〔2022〕7号",
            "丙市人民政府2022年5月6日",
            "为推进丁工作，制定本方案。",
        )
        + "\n"
        + _notice(
            "戊县人民政府",
            "戊县己管理暂行规定",
            "戊政发〔2023〕1号",
            "戊县人民政府2023年1月9日",
            "第一条为加强己管理，制定本规定。",
        )
        + "\n"
    )
    docs = parse_text(text, "flat.txt").documents
    titles = [d.title for d in docs]
    for t in (issued, "丙市丁工作实施方案", "戊县己管理暂行规定"):
        assert t in titles
    notice = next(d for d in docs if d.title == f"甲省财政厅关于印发{issued}的通知")
    assert str(notice.doc_number) == "甲财规〔2021〕3号"
    assert notice.date == "2021-04-02"


def test_a_title_quoted_after_the_signature_is_no_document():
    """…2021年4月2日关于《X》的解读 names the issued text inside quotes: no document of that title is cut off."""
    issued = "甲省乙专项资金管理办法"
    text = (
        _notice("甲省财政厅", issued, "甲财规〔2021〕3号", "甲省财政厅2021年4月2日《", "》政策解读为便于理解。") + "\n"
    )
    titles = [d.title for d in parse_text(text * 3, "flat.txt").documents]
    assert issued not in titles


def _decree(rule: str, head: str, signer: str, date: str) -> str:
    return (
        f"{head}《{rule}》已经2019年5月6日甲省人民政府第12次常务会议审议通过，现予公布，自2019年7月1日起施行。"
        f"{signer}{date}{rule}第一章总则第一条为了规范有关管理活动，根据有关法律法规，结合本省实际，制定本办法。{_FILLER}"
    )


@pytest.mark.parametrize("signer", ["自治区主席张三", "市长：李四", "中华人民共和国主席王五"])
def test_a_rule_run_on_after_its_decree_signature_is_a_document(signer):
    """甲省人民政府令第9号《X办法》已经…通过，现予公布…。自治区主席张三2019年5月20日X办法第一章总则… (a decree flattened):
    the rule its sentence promulgates is cut off after the signature's date."""
    rules = ("甲省乙资源管理办法", "丙市丁设施保护办法", "戊县己市场管理规定")
    text = "".join(
        _decree(r, f"某某人民政府令第{k}号", signer, f"2019年5月{k + 10}日") + "\n" for k, r in enumerate(rules, 1)
    )
    titles = [d.title for d in parse_text(text, "flat.txt").documents]
    for r in rules:
        assert r in titles
