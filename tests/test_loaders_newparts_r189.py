"""Parts h192–h194 (autonomous places, development zones, party-and-government joint texts): snippets
modelled on their failures, with invented names."""

from __future__ import annotations

from policykg import build_graph

# A district's measures citing a provincial joint text by the bare 省… short forms of its issuers
# (h194 甘州区: 省民政厅、省农业农村厅《…》): the province is the citing document's, not the home province.
BARE_PROVINCE_CITED = """六盘水市人民政府关于印发某某工作管理办法的通知
六盘水市人民政府
2023年5月6日
第一条 为规范某某工作,根据省民政厅、省财政厅《关于加强某某工作管理的若干措施》等规定,结合本市实际,制定本办法。
"""


def test_bare_province_forms_of_a_cited_texts_issuers_read_in_the_citing_place(tmp_path):
    (tmp_path / "page.txt").write_text(BARE_PROVINCE_CITED, encoding="utf-8")
    G = build_graph([tmp_path], as_of="2024-01-01", jobs=1)
    cited = [a for _, a in G.nodes(data=True) if a.get("title") == "关于加强某某工作管理的若干措施"]
    assert len(cited) == 1
    assert cited[0]["issuers"] == ["贵州省民政厅", "贵州省财政厅"]
    assert cited[0]["jurisdiction"] == "贵州省"
