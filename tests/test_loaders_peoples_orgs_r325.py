"""People's organisations (科协, 社科联, 文联, 作协, 侨联, 老龄办, 计生协) named short, in a red head over a damaged
number, or by their party group (h280)."""

import pytest

from policykg.loaders.parse import parse_text

CASES = [
    # a province's 文联 signing by its short name: 河北省文联 = 河北省文学艺术界联合会 (h280 辽宁)
    (
        "2024年度全省文联系统创作扶持项目公示\n来源:省文联\n发布时间:2024-05-10\n"
        "经评委会评选，现将拟扶持项目予以公示。\n河北省文联\n2024年5月10日\n",
        ("河北省文学艺术界联合会",),
    ),
    # 市社科联 as the body acting in an untitled notice, its city named in the same text (h280 宿迁)
    (
        "各部门、各单位:\n为更好地服务保定经济社会发展，市社科联决定开展2024年度保定市社科研究课题申报工作。"
        "具体事项通知如下:\n一、指导思想\n略。\n",
        ("保定市社会科学界联合会",),
    ),
    # a red head over a number whose 〕 and 号 were lost (h280 抚顺)
    (
        "甲市计划生育协会文件\n\n甲计生协发〔20243\n\n关于开展2024年度会员活动日的通知\n\n各县区计生协：\n"
        "为做好会员活动日工作，现将有关事项通知如下。\n一、活动内容\n略。\n",
        ("甲市计划生育协会",),
    ),
    # a people's organisation's party group signing, no 中共 before it (h280 重庆)
    (
        "各团体会员，各单位、各部门：\n请各团体会员深入学习讲话精神，并将有关情况及时报送河北省作家协会党组。\n"
        "河北省作家协会党组\n2021年12月24日\n",
        ("河北省作家协会党组",),
    ),
    (
        "各单位：\n请各单位组织深入学习讲话精神。\n河北省归国华侨联合会党组\n2022年3月1日\n",
        ("河北省归国华侨联合会党组",),
    ),
]


@pytest.mark.parametrize("text,issuers", CASES)
def test_peoples_organisation_issuers(text: str, issuers: tuple[str, ...]) -> None:
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    assert tuple(docs[0].issuers) == issuers
