"""A web page flattened onto one line (flat layout: a page's innerText with its line breaks lost): the page's
heading, its metadata (date, source, editor, the issuer) and the text's own title run on, the same title twice
around the metadata.  Modelled on the failing publications (a county news site's notice, an epidemic
headquarters' announcement), with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

_TEXT = (
    "为加强本地区生态保护，根据有关法律法规，结合实际，现将有关事项通告如下。一、禁止在恢复区内放牧。二、违者依法处理。"
    * 4
)


def _page(title: str, metadata: str) -> str:
    return f"{title}{metadata}{title}各乡镇人民政府，县直各单位：{_TEXT}特此通告。甲县自然资源局2021年7月15日"


@pytest.mark.parametrize(
    "metadata",
    [
        "来源:发布时间:2021-07-1608:58:41编辑:张三",
        "日期:2021-12-09甲县疫情防控指挥部",
        "发布时间：2021年07月16日浏览次数：35",
    ],
)
def test_a_title_printed_twice_around_a_pages_metadata_is_one_document(metadata):
    titles = ("关于在甲县乙河沿线恢复区禁牧的通告", "关于丙镇丁路段临时交通管制的通告", "关于调整戊街道风险区的通告")
    text = "".join(_page(t, metadata) + "\n" for t in titles)
    found = [d.title for d in parse_text(text, "flat.txt").documents]
    for t in titles:
        assert t in found


def test_a_sentence_naming_a_title_twice_is_no_page_heading():
    """（一）甲办法（1998年…令第5号公布根据2004年…令第9号修正）: a bracketed note naming a decree twice is no heading."""
    line = "（一）甲省乙管理办法（1998年4月16日甲省人民政府令第5号公布根据2004年3月2日甲省人民政府令第9号修正）" + _TEXT
    found = [d.title for d in parse_text(("首页\n" + line + "\n") * 3, "page.txt").documents]
    assert "日甲省人民政府令" not in found
