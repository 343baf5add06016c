"""Parts h229–h231 of the unseen set (sci-tech bureaus, price and fee texts, replies), r259: what the first round
left.  Each text is modelled on a failing part of the set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_title_printed_with_its_issuer_over_its_copy_without_it_is_one_document_at_the_first_print():
    # 某市人民政府关于X的批复 / the same / 制定机关:… / date / 关于X的批复 / number (h231 虹口, a wiki page): one
    # document, its title the first complete print with its issuer, at that line
    text = (
        "甲市人民政府关于同意设立乙区丙街道的批复\n\n甲市人民政府关于同意设立乙区丙街道的批复\n"
        "制定机关:甲市人民政府\n2018年1月20日\n关于同意设立乙区丙街道的批复\n甲府〔2018〕8号\n\n乙区人民政府:\n\n"
        "  乙府〔2017〕30号文收悉。经研究,同意设立丙街道。\n\n  特此批复。\n\n甲市人民政府\n2018年1月20日\n"
    )
    docs = parse_text(text, "page.txt").documents
    assert [(d.title, d.source_line, str(d.doc_number)) for d in docs] == [
        ("甲市人民政府关于同意设立乙区丙街道的批复", 1, "甲府〔2018〕8号")
    ]
