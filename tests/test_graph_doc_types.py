"""Every Document's 文种 (doc_type) is read from its title as the graph holds it: a text a notice
transmits but does not print, a cited document first named by its number alone, a text in the corpus
(the 文种 of its title as finally read), notes in brackets at the end left aside."""

from __future__ import annotations

from policykg.graph.build import graph_from_parsed
from policykg.loaders.metadata import doc_type_of
from policykg.loaders.parse import parse_text

# A county bureau's notice citing its government's measures by number first (按照…号文件), by title after
NOTICE = """\
永和县水利局关于做好汛期河道巡查的通知

永水发〔2023〕9号

各乡镇水利站：

按照永政发〔2023〕3号文件要求，现就汛期河道巡查通知如下。请严格执行《永和县河道巡查办法》（永政发〔2023〕3号）。

永和县水利局

2023年5月1日
"""


# A notice whose title names a text it neither prints nor mentions again (the text came as a separate file)
TRANSMITTING = """\
永和县人民政府关于印发永和县河道巡查办法的通知

永政发〔2023〕3号

各乡镇人民政府，县直各单位：

现将该办法印发给你们，请认真贯彻执行。

永和县人民政府

2023年3月1日
"""


def test_a_transmitted_text_not_printed_has_its_titles_type():
    G = graph_from_parsed([parse_text(TRANSMITTING, "transmitting.txt")])
    texts = [a for _, a in G.nodes(data=True) if a.get("label") == "Document" and not a.get("in_corpus")]
    assert [(a["title"], a.get("doc_type")) for a in texts] == [("永和县河道巡查办法", "办法")]


def test_a_document_cited_by_number_then_by_title_has_its_titles_type():
    G = graph_from_parsed([parse_text(NOTICE, "notice.txt")])
    cited = G.nodes["doc:永政发〔2023〕3号"]
    assert (cited["title"], cited["doc_type"]) == ("永和县河道巡查办法", "办法")


def test_a_number_after_anzhao_has_no_zhao_in_its_prefix():
    """按照永政发〔2023〕3号文件: the number's prefix is 永政发, not 照永政发 (按照 is the basis word)."""
    G = graph_from_parsed([parse_text(NOTICE, "notice.txt")])
    assert not [n for n in G if n.startswith("doc:照")]


def test_notes_in_brackets_at_a_titles_end_are_left_aside():
    assert doc_type_of("永和县行政立法听证规则（草案）（征求意见稿）") == "规则"
    assert doc_type_of("永和县河道巡查办法（试行）") == "办法"
