"""A publication copied out as a few long lines, one space where each printed line ended (flat layout, spaced-line
copy): a notice's signature — its name and date run together on one printed line — is no part of the
title of the text it issues, printed right after it
(wrapped over two printed lines)."""

from policykg.loaders.parse import parse_text

BODY = "各地要高度重视，加强组织领导，明确责任分工，确保各项任务落到实处。" * 6


def _notice(org: str, what: str, number: str, date: str) -> str:
    lines = [
        f"{org}关于印发{what[:8]}",
        f"{what[8:]}的通知（{date}）{number}",
        f"各区人民政府，市人民政府各部门：《{what}》已经市人民政府同意，现印发给",
        "你们，请认真组织实施。",
        org + date,
        what[:10],
        what[10:],
        f"为推进{what[:4]}工作，结合实际，制定本方案。",
        "一、总体要求",
        BODY,
        "二、主要任务",
        BODY,
    ]
    return " ".join(lines)


def test_signature_run_into_date_is_cut_from_the_issued_title():
    """(a signature 甲市人民政府办公厅 2024年4月2日 before the issued text's title, spaced-line copy)"""
    text = "\n".join(
        [
            _notice("甲市人民政府办公厅", "甲市推进物流枢纽建设实施方案", "甲政办〔2024〕12号", "2024年4月2日"),
            _notice("乙市人民政府办公厅", "乙市养老服务体系提升行动方案", "乙政办〔2024〕7号", "2024年5月9日"),
            _notice("丙市人民政府办公厅", "丙市智慧农业发展三年行动计划", "丙政办〔2024〕3号", "2024年6月1日"),
        ]
    )
    titles = [d.title for d in parse_text(text, "flat-spaced.txt").documents]
    for city, what in (
        ("甲", "推进物流枢纽建设实施方案"),
        ("乙", "养老服务体系提升行动方案"),
        ("丙", "智慧农业发展三年行动计划"),
    ):
        assert f"{city}市{what}" in titles
    assert not any("办公厅2024年" in t for t in titles)


def test_spaced_copy_prints_the_signature_apart_from_its_date():
    """(甲市人民政府办公厅2024年4月2日 a part of a spaced-line copy → name | date, as the page printed them)"""
    from policykg.loaders.flat import unflatten
    from policykg.loaders.models import Line

    notices = [
        _notice(f"{c}市人民政府办公厅", f"{c}市推进物流枢纽建设实施方案", f"{c}政办〔2024〕1号", "2024年4月2日")
        for c in "甲乙丙"
    ]
    texts = [l.text for l in unflatten([Line(i + 1, t) for i, t in enumerate(notices)])]
    assert "甲市人民政府办公厅2024年4月2日" not in texts
    assert texts.count("2024年4月2日") >= 3


def test_spaced_copy_cuts_a_printed_line_holding_title_date_and_number():
    """(…实施方案的通知（2024年4月2日）甲政办〔2024〕1号, a wrapped title's last line run into its date and number
    once the stray space is gone, spaced-line copy)"""
    notices = [
        _notice(f"{c}市人民政府办公厅", f"{c}市推进物流枢纽建设实施方案", f"{c}政办〔2024〕1号", "2024年4月2日")
        for c in "甲乙丙"
    ]
    docs = {d.title: d for d in parse_text("\n".join(notices), "flat-spaced.txt").documents}
    for c in "甲乙丙":
        d = docs[f"{c}市人民政府办公厅关于印发{c}市推进物流枢纽建设实施方案的通知"]
        assert d.doc_number is not None and d.doc_number.text == f"{c}政办〔2024〕1号"
        assert d.date == "2024-04-02"
