"""A crawl that stores each page as one line (flat layout), the portal's last breadcrumb or a tab's label (正文, 首页,
内容全文, 政策搜索 …) run straight into the page's title (…您所在的位置:首页>工作文件>正文甲市乙局关于X的通知… /
…设为首页|首页关于X的通知关于X的通知…): the word is cut off where the title after it holds 关于 or is printed twice, so
the title is read without it."""

from __future__ import annotations

from policykg.loaders.flat import _title_after_breadcrumb_word, unflatten
from policykg.loaders.models import Line
from policykg.loaders.parse import parse_text

OTHER = (
    "江州市财政局关于做好2023年部门预算编制工作的通知江财预〔2023〕5号各区财政局，市级各部门：为做好2023年部门预算编制"
    "工作，根据《中华人民共和国预算法》，现就有关事项通知如下。一、严格预算编制。二、加强绩效管理。江州市财政局2023年1月10日"
)
CRUMB_TITLE = "江州市市场监督管理局关于印发政务公开相关制度的通知"
CRUMB = (
    f"设为首页加入收藏您所在的位置:首页>工作文件>正文{CRUMB_TITLE}江市监发〔2017〕24号各区市场监督管理局，局机关各科室：现将"
    "《政务公开相关制度》印发给你们，请认真贯彻执行。一、公开内容。二、公开方式。江州市市场监督管理局2017年5月2日"
)
TWICE_TITLE = "关于开展节能家电推广工作的通知"
TWICE = (
    f"热门站点|资料网|专利网|论坛收藏本站|设为首页|首页{TWICE_TITLE}{TWICE_TITLE}江州市财政局江州市发展和改革委员会"
    "江财建〔2013〕64号各区财政局、发展改革局：为推进节能减排，现将有关事项通知如下：一、推广范围。二、补贴标准。"
    "江州市财政局江州市发展和改革委员会2013年9月26日"
)


def test_a_breadcrumb_word_run_into_a_page_title_is_cut_off():
    docs = parse_text("\n".join([OTHER, TWICE]) + "\n", "flat.txt").documents
    assert [d.title for d in docs][1] == TWICE_TITLE
    assert docs[1].date == "2013-09-26"
    lines = [l.text for l in unflatten([Line(1, OTHER), Line(2, CRUMB)])]
    assert CRUMB_TITLE in lines and not any(t.endswith(CRUMB_TITLE) and t != CRUMB_TITLE for t in lines)


def test_a_word_opening_a_title_of_its_own_is_kept():
    # (no 关于 and no second copy: 标题 / 正文 may open a text's own words)
    assert _title_after_breadcrumb_word("标题管理办法第一条为规范…") is None
    assert _title_after_breadcrumb_word("正文内容如下，请各单位遵照执行") is None
    assert _title_after_breadcrumb_word("正文甲市乙局关于X的通知甲发〔2017〕2号") == [
        "正文",
        "甲市乙局关于X的通知甲发〔2017〕2号",
    ]
