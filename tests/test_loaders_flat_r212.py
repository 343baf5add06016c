"""Flattened crawls (flat layout): the next text's title after a signature's publicity note, run into its number."""

import pytest

from policykg.loaders.parse import parse_text

FILLER = "各地要结合实际，认真抓好落实，确保各项任务按期完成。" * 4
# the text before, flattened: its title run into its number and addressee
HEAD = "某某院关于加快推进甲业转型升级的指导意见某发〔2024〕42号各省、自治区人民政府，某某院各部委："

CASES = [
    (  # a task's responsibility note, the signature, its date and note, then the next text's title and number
        HEAD
        + FILLER
        + "（甲部、乙部等负责）某某院2024年12月21日（此件公开发布）某某院关于在甲市暂时调整实施《丙条例》有关规定的决定"
        "某发〔2024〕43号各省、自治区人民政府：为进一步支持甲市发展，某某院决定暂时调整实施有关规定。" + FILLER,
        "某某院关于在甲市暂时调整实施《丙条例》有关规定的决定",
        "某发〔2024〕43号",
    ),
    (  # the same with parentheses of the narrow form and an office's signature
        HEAD + FILLER + "（丁局负责）某某院办公厅2023年6月30日(此件公开发布)某某院办公厅关于推广第二批乙举措的通知"
        "某办发〔2023〕126号各省、自治区人民政府：按照有关部署，现将乙举措推广如下。" + FILLER,
        "某某院办公厅关于推广第二批乙举措的通知",
        "某办发〔2023〕126号",
    ),
]


@pytest.mark.parametrize(("text", "title", "number"), CASES)
def test_title_and_number_after_public_note(text: str, title: str, number: str) -> None:
    docs = parse_text(text + "\n", "page.txt").documents
    found = [d for d in docs if d.title == title]
    assert found, [d.title for d in docs]
    assert str(found[0].doc_number) == number
