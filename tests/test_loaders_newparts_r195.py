"""Repeal lists of part h197 (cleanup results and repeal decisions printed on one line): a repeal list's items keep
their role to the list's end however long it runs, and a repeal word qualifying a noun after a list of texts to be
amended repeals none of them.  Each text is modelled on a failing file of that part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

HEAD = "标题: 甲区管委会关于{what}的通知\n发布机构: 甲区管委会办公室\n==================== 正文 ====================\n"


def _items(n: int, first: int = 1, kind: str = "综") -> str:
    return "".join(
        f"{k}.《甲区管委会关于印发〈甲区第{k}号扶持事项暂行办法〉的通知》（甲综管{kind}〔2016〕{100 + k}号）"
        for k in range(first, first + n)
    )


def _roles(text: str) -> dict[str, str]:
    [doc] = parse_text(text, "page.txt").documents
    return {str(r.doc_number): r.role for r in doc.references if r.doc_number is not None}


@pytest.mark.parametrize(
    "heading",
    [
        "附件 甲区管委会废止规范性文件清单 ",  # a list's heading over its items (h197 平潭 2020)
        "附件甲区管委会废止的行政规范性文件目录",  # the heading run into the first item (h197 平潭 2023)
        "一、废止规范性文件共24份",  # a part of the results, its count after it (h197 平潭 2018)
    ],
)
def test_every_item_of_a_long_repeal_list_run_on_one_line_is_repealed(heading):
    # …现决定废止《A》等24份规范性文件（见附件）。 附件 … 1.《A》（…）2.《B》（…）…24.《X》（…）: the items far from the
    # heading are repealed too, not only the first sixteen
    text = HEAD.format(what="废止24份产业政策") + (
        "各单位：经研究，现决定废止甲区第1号扶持事项暂行办法等24份规范性文件（见附件）。" + heading + _items(24) + "\n"
    )
    roles = _roles(text)
    assert [roles.get(f"甲综管综〔2016〕{100 + k}号") for k in (1, 12, 20, 24)] == ["SUPERSEDES"] * 4


def test_a_repeal_list_ends_where_the_next_part_lists_texts_to_amend():
    # 一、废止规范性文件共20份1.《A》…20.《T》二、适时修改规范性文件共8份1.《U》（…）责任单位：区某局2.… — the items of
    # the second part are cited; the closing sentence 对于废止的规范性文件，…停止执行 repeals none of them
    amend = "".join(
        f"{k}.《甲区管委会印发甲区第{k}号管理暂行办法的通知》（甲综管办〔2017〕{200 + k}号）责任单位：区行政审批局"
        for k in range(1, 9)
    )
    text = HEAD.format(what="公布规范性文件清理结果") + (
        "各单位：现将清理结果公布如下：一、废止规范性文件共20份"
        + _items(20)
        + "二、适时修改规范性文件共8份"
        + amend
        + "对于废止的规范性文件，自本通知印发之日起一律停止执行，不得作为行政管理的依据。\n"
    )
    roles = _roles(text)
    assert [roles.get(f"甲综管综〔2016〕{100 + k}号") for k in (1, 18, 20)] == ["SUPERSEDES"] * 3
    assert {roles.get(f"甲综管办〔2017〕{200 + k}号") for k in range(1, 9)} == {"CITES"}
