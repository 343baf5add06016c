"""A crawl that stored each page run together on one line (flat layout), several texts on one line, the previous
text's signature and date (and its bracketed note) run on before the next text's title and number (…支持。
国务院办公厅二〇〇六年九月七日国务院办公厅对X的答复国办函〔2006〕70号… / 国务院2018年12月28日（此件公开发布）X的通知
国办发〔2018〕127号…): the signature, date and note are cut off before the title, which then reads without them and
the text before keeps its date."""

from __future__ import annotations

from policykg.loaders.flat import _signed_before_title
from policykg.loaders.parse import parse_text

FILL = "各单位要加强组织领导，明确工作责任，细化工作措施，确保各项任务按期完成，并及时报送工作进展情况。" * 3

FIRST_TITLE = "江南省人民政府办公厅对省人大代表第1021号建议的答复"
SECOND_TITLE = "江南省人民政府办公厅对省人大代表第1022号建议的答复"
THIRD_TITLE = "江南省人民政府办公厅关于做好乙工作的通知"
LINE = (
    f"{FIRST_TITLE}江办函〔2006〕70号王明代表：您提出的关于加强乙工作的建议收悉，现答复如下。{FILL}感谢您的支持。"
    f"江南省人民政府办公厅二〇〇六年九月七日{SECOND_TITLE}江办函〔2006〕71号李华代表：您提出的建议收悉，现答复如下。"
    f"{FILL}感谢您的支持。江南省人民政府办公厅2006年9月8日（此件公开发布）{THIRD_TITLE}江办发〔2006〕12号"
    f"各市人民政府，省政府各部门：为做好乙工作，现就有关事项通知如下。{FILL}江南省人民政府办公厅2006年9月9日"
)


def test_a_signature_run_on_before_the_next_title_is_cut_off():
    docs = parse_text(LINE + "\n", "flat.txt").documents
    titles = [d.title for d in docs]
    assert titles == [FIRST_TITLE, SECOND_TITLE, THIRD_TITLE]
    assert [d.date for d in docs] == ["2006-09-07", "2006-09-08", "2006-09-09"]
    assert str(docs[1].doc_number) == "江办函〔2006〕71号"


def test_only_a_title_run_into_its_number_follows_the_signature():
    assert _signed_before_title("国务院2018年12月28日（此件公开发布）乙的通知国办发〔2018〕127号各省：") == [
        "国务院",
        "2018年12月28日",
        "（此件公开发布）",
        "乙的通知国办发〔2018〕127号各省：",
    ]
    assert _signed_before_title("国务院2018年12月28日印发。") is None
