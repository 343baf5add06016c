"""A text's first line opening on the act it rests on (依照《X法》等有关法 / 依据《X法》 《Y条例》), cut at a column's
width before any punctuation (a printed gazette read back from its PDF, texts printed one after another, each
signed and dated): the text's first sentence, no line of the title above it."""

from policykg.loaders.parse import parse_text

# (a notice run on under the last text's signer and date, its first line a basis clause cut at the column, pdf)
RUN_ON = """某某市人民政府
2021年3月10日
某某市森林防灭火指挥部办公室
关于春季防火期内
严禁野外用火的通告
依据《中华人民共和国森林法》 《森林防火
条例》及有关法律法规,市森林防灭火指挥部决定3
月10日至5月20日为我市森林防火紧要期。
某某市森林防灭火指挥部办公室
2021年3月12日
"""

# (a decision titled on one line of large type, its text opening on 依照《…》 cut before any comma, pdf)
DECISION = """某某省人民政府
2019年4月15日
某某省人民政府关于废止《某某省集贸市场管理规定》等2件省政府规章的决定
依照《中华人民共和国行政许可法》等有关法
律、法规以及行政审批制度改革要求,省政府对现行
有效的省政府规章进行了清理。经过清理,省政府决
定废止以下规章:
一、某某省集贸市场管理规定(省政府令第101号)。
省长 某某某
2019年4月15日
"""


def _titles(text: str) -> list[str]:
    return [d.title for d in parse_text(text, "gazette.pdf").documents]


def test_run_on_notice_whose_text_opens_on_a_basis_clause_is_found():
    assert "某某市森林防灭火指挥部办公室关于春季防火期内严禁野外用火的通告" in _titles(RUN_ON)


def test_title_does_not_take_the_basis_clause_under_it():
    assert "某某省人民政府关于废止《某某省集贸市场管理规定》等2件省政府规章的决定" in _titles(DECISION)
    assert not any("依照" in t for t in _titles(DECISION))
