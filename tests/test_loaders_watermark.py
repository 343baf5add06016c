"""A reposting site's watermark glued to the end of every line is cut before reading (invented names; modelled
on a construction-industry site's repost of a city office's notice)."""

from policykg.loaders.clean import clean_lines
from policykg.loaders.parse import parse_text

MARK = "aB某某网-做某某的人都在这里!某某专业网站"
LINES = [
    "各县（市、区）人民政府，市人民政府各工作部门：",
    "《关于促进甲市建筑业高质量发展的实施方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
    "甲市人民政府办公室",
    "2022年5月16日",
    "（公开方式：公开）",
    "关于促进甲市建筑业高质量发展的实施方案",
    "为深入贯彻落实《乙省人民政府办公厅关于促进建筑业高质量发展若干措施的通知》精神，结合我市实际，制定本方案。",
    "一、指导思想",
    "坚持以推进供给侧结构性改革为主线，贯彻绿色发展理念，推进绿色建筑与建筑节能发展。",
    "二、主要任务",
    "加强政策引导，培育和壮大本地建筑企业，增强区域影响力和核心竞争力。",
]


def test_a_watermark_on_every_line_is_cut_and_the_issued_plan_is_read():
    r = parse_text("\n".join(s + MARK for s in LINES) + "\n", "page.txt")
    titles = [d.title for d in r.documents]
    assert "关于促进甲市建筑业高质量发展的实施方案" in titles
    plan = next(d for d in r.documents if d.title == "关于促进甲市建筑业高质量发展的实施方案")
    assert plan.source_line == 6
    assert [x.role for x in plan.references] == ["IMPLEMENTS"]


def test_lines_that_share_an_ending_now_and_then_keep_it():
    lines = [s + ("各开发区管委会" if i % 3 == 0 else "") for i, s in enumerate(LINES)]
    cleaned = [l.text for l in clean_lines("\n".join(lines))]
    assert cleaned[0].endswith("各开发区管委会")
    assert cleaned[3].endswith("各开发区管委会")


def test_items_sharing_a_long_closing_phrase_keep_it():
    items = [f"{i}.加强第{i}项工作，明确责任分工，确保各项措施落到实处并取得实效。" for i in range(1, 10)]
    cleaned = [l.text for l in clean_lines("\n".join(items))]
    assert cleaned == items
