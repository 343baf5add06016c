"""A crawl that stores each page as one line, its first pages with one space where each printed line ended and
a later page run together with no space at all (flat layout): the run-together page opens its own document at its
title even where no page above was run together — the spaced pages above are a crawl's pages as much.
"""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from tests.test_loaders_flat_after_spaced_page import _SENTENCES, SPACED_NOTICE, SPACED_PLAN  # the same two pages

# (a decision's page stored with spaces, its last article cut short by its web source: no sentence end)
SPACED_DECISION = (
    "2024年5月 丙省人民代表大会常务委员会 关于修改《丙省河道管理条例》的决定 "
    "（2024年5月30日丙省第十四届人民代表大会常务委员会第十次会议通过） "
    + _SENTENCES
    + "九、将第十条改为第九条，删去末句“并征求建设项目所在地的县（市、区）水行政主管部门的意见"
)
# (a page run together with no space: the page's heading and the text's own title, no number, then its text)
CLOSED_SEASON = (
    "丁市农业农村局关于2025年全市天然水域春季禁渔的通告丁市农业农村局关于2025年全市天然水域春季禁渔的通告根据《中华人民共和国渔业法》《戊"
    "省〈中华人民共和国渔业法〉实施办法》精神,按照全省统一部署要求,现将丁市春季禁渔有关事宜通告如下:关于2025年全市天然水域春季禁渔的通告一"
    "、禁渔区:丁市境内所有天然水域二、禁渔期:2025年2月1日至6月30日三、禁止类型:1.禁止一切捕捞行为,包括:电鱼、毒鱼、炸鱼、网捕、垂"
    "钓等。2.严禁扎巢取卵、河道挖沙取石、放养水禽和从事其他影响鱼类生态的活动。3.严禁收购、销售禁渔期和禁渔区捕捞的渔获物。4.因养殖生产或科"
    "研调查等特殊需要采捕水生生物的,须经省级以上渔业行政主管部门批准。四、己河水产种质资源保护区长年禁捕,长江流域重点水域的其余时段执行长江十年"
    "禁捕相关规定。五、市农业农村局将联合公安、市场监督、交通等部门加大执法力度,对违反规定的单位和个人,将按相关法律法规予以处罚,情节严重的,移"
    "送司法机关处理。六、举报电话:0000-1234567(市农业农村局);110(市公安局);12315(市场监管局)。"
)


def test_page_run_together_under_spaced_pages_only_opens_its_document():
    """(a page run together with no space, its title printed twice and no number, under three pages stored with
    spaces, the last cut short by its web source: the title opens a document of its own)"""
    text = "\n".join([SPACED_NOTICE, SPACED_PLAN, SPACED_DECISION, CLOSED_SEASON]) + "\n"
    docs = parse_text(text, "crawl.txt").documents
    titles = [d.title for d in docs]
    assert titles[-1] == "丁市农业农村局关于2025年全市天然水域春季禁渔的通告"
    assert "甲市人民政府办公室关于做好2024年春季森林防火工作的通知" in titles
    assert str(docs[-1].issuers[0]) == "丁市农业农村局"
