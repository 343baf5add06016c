"""A portal's news story is no document: a headline and paragraphs closed by a credit or carrying a photo's
caption, with no title, number, date or 《》 read (invented places; modelled on saved portal pages)."""

import pytest

from policykg.loaders.parse import parse_text

PARAGRAPHS = (
    "当天下午，某省贸促会分别与某国华人协会、某市商会签署合作协议，并正式设立驻外代表处，双方将用好各类平台，"
    "为深化两地经贸投资合作牵线搭桥、提供服务，推动企业加快走出去。\n"
    "某省在新能源、特色农业、节能环保、装备制造、基础设施建设等方面具有发展优势，与某国在许多领域互为市场，"
    "合作潜力巨大，双方将大力宣传优势产业和特色产品。\n"
)
STORY_CREDIT = (
    "甲县固定资产投资稳中有进\n" + PARAGRAPHS + "1-10月，全县固定资产投资完成46.7亿元，同比增长15.3%。（甲县发改局）\n"
)
STORY_PHOTO = (
    "乙省品牌丝路行启动\n图为乙省品牌丝路行启动仪式。（丙丁摄）\n"
    + PARAGRAPHS
    + "推介会上，省商务厅等单位分别作了推介。（戊己）\n"
)
NOTICE_CLOSING = (
    "各乡镇人民政府，县政府各部门：\n经县政府同意，现将有关事项通知如下。\n" + PARAGRAPHS + "（此件公开发布）\n"
)
STORY_NAMING = (
    "甲市完成规范性文件清理\n"
    + PARAGRAPHS
    + "近日，《甲市人民政府关于废止部分文件的通知》同时印发，清理结果向社会公布。（甲市司法局）\n"
)


@pytest.mark.parametrize("text", [STORY_CREDIT, STORY_PHOTO], ids=["credit", "photo-caption"])
def test_a_news_story_is_no_document_and_is_reported(text):
    r = parse_text(text, "page.txt")
    assert len(r.documents) == 0
    assert [p.kind for p in r.problems] == ["news-report"]


@pytest.mark.parametrize("text", [NOTICE_CLOSING, STORY_NAMING], ids=["notice-closing-note", "story-naming-documents"])
def test_an_untitled_notice_or_a_story_naming_documents_is_kept(text):
    r = parse_text(text, "page.txt")
    assert len(r.documents) == 1
