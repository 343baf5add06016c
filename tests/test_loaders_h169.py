"""Part h169 of the unseen set (2026-12-06): interpretation pages of cleanup notices — the body the page names as
interpreter, and a body named by its level alone placed by the page's publisher.  Each text is modelled on a
failing text of the part, with other names."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # 发布机构: 长兴县政府办公室 / 文字解读《X》 / … / 解读单位:长兴县司法局,咨询电话:… (h169 长兴): the interpreter,
        # not the portal's publisher
        (
            "索引号: | 330599/2023-05094 | 成文日期: | 2023-12-16 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n"
            "文件编号: | 发布机构: | 德清县政府办公室 |\n文字解读《德清县人民政府关于公布行政规范性文件清理结果的通知》\n"
            "发布日期:2023-12-16 09:09:03\n一、制定背景\n根据上级要求，开展规范性文件清理。\n二、主要内容\n"
            "继续有效的行政规范性文件27件，废止8件。\n"
            "（一）清理结果。对2023年6月30日前以县政府（含县政府办）名义制发的行政规范性文件进行了全面的评估清理。\n"
            "（二）工作要求。各部门要按照清理结果，做好文件的执行和衔接工作，确保工作平稳有序推进。\n"
            "三、施行时间\n本通知自公布之日起施行。\n解读单位:德清县司法局,咨询电话:0000-1234567\n",
            ("德清县司法局",),
        ),
        # 发布机构: 乙区府办 / 《X》政策解读 / … 《通知》解读机关为区司法局。 (h169 黄岩): the body named by its level
        # alone is the publisher's district's
        (
            "索引号:11331099002677103P/2021-107623 | 发布机构: 路桥区府办 |\n生成日期:2021-10-18 | 公开方式: 主动公开 |\n"
            "《关于公布区政府及区政府办公室行政规范性文件清理结果的通知》政策解读 | ||||\n|\n||||\n|\n"
            "现就《关于公布区政府及区政府办公室行政规范性文件清理结果的通知》的有关政策解读如下: 出台背景 为贯彻落实上级部署，"
            "区政府对现行有效的行政规范性文件进行了全面清理。 主要内容 经清理，继续有效的文件56件，废止12件，宣布失效3件。"
            " 适用范围 区政府各部门、各街道办事处。 清理标准 对不符合法律、法规、规章规定的，予以废止；对调整对象已消失、"
            "适用期已过的，宣布失效；对内容基本适当但需要调整的，予以修改。 工作要求 各部门要做好清理后文件的衔接工作，"
            "对继续有效的文件加强宣传和执行，对废止和失效的文件停止执行，确保政策连续稳定。"
            " 解读机关、解读人 《通知》解读机关为区司法局。 解读人 张某\n",
            ("台州市路桥区司法局",),
        ),
    ],
)
def test_an_interpretation_is_the_body_its_page_names_as_interpreter(text, issuers):
    doc = parse_text(text, "page.txt").documents[0]
    assert "解读" in doc.title
    assert doc.issuers == issuers
