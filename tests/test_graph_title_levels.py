"""A document in the corpus that names no issuer takes the level and place its own title tells
(``level_from: title``); one whose title tells nothing stays ``unknown``."""

from __future__ import annotations

from policykg.graph.build import graph_from_parsed
from policykg.loaders.parse import parse_text

# Two texts a county and a prefecture printed without their names (a web page cut below the title, an
# attachment printed alone); the third says nothing of a place.
TEXTS = {
    "county.txt": "永和县森林火灾应急预案\n\n第一章 总则\n\n第一条 为有效应对森林火灾，根据有关规定，结合本县实际，"
    "制定本预案。\n\n第二条 本预案适用于本县行政区域内森林火灾的应对工作。\n",
    "prefecture.txt": "大理州州级储备粮管理办法（试行）\n\n第一条 为加强州级储备粮管理，根据有关规定，结合本州实际，"
    "制定本办法。\n\n第二条 本办法适用于州级储备粮的储存和动用。\n",
    "untold.txt": "关于开展冬季爱国卫生活动的通知\n\n各单位：\n\n现就开展冬季爱国卫生活动有关事项通知如下，"
    "请结合实际认真组织实施。\n\n一、集中清理卫生死角。\n",
}


def _docs():
    G = graph_from_parsed([parse_text(text, name) for name, text in TEXTS.items()])
    return {a["title"]: a for _, a in G.nodes(data=True) if a.get("in_corpus")}


def test_a_text_naming_no_issuer_takes_its_titles_place():
    docs = _docs()
    county, prefecture = docs["永和县森林火灾应急预案"], docs["大理州州级储备粮管理办法（试行）"]
    assert (county["level"], county["jurisdiction"], county["level_from"]) == ("district", "永和县", "title")
    assert (prefecture["level"], prefecture["jurisdiction"]) == ("municipal", "大理白族自治州")


def test_a_title_naming_no_place_stays_unknown():
    notice = _docs()["关于开展冬季爱国卫生活动的通知"]
    assert notice["level"] == "unknown" and "level_from" not in notice
