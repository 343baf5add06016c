"""r341: a signature and date closing a one-paragraph text with a stray full stop (h292 福州开发区), and a
converter's whole-word pinyin glosses (h290 寻甸). Snippets modelled on the texts, names invented."""

import pytest

from policykg.loaders.parse import parse_text

SIGNED_ONE_PARAGRAPH = (
    "根据《甲市人力资源和社会保障局关于做好稳岗返还工作的通知》(甲人社规[2022]6号)精神,继续实施稳岗返还,"
    "2021年末裁员率符合条件的参保单位可享受稳岗返还,其中:大型企业按企业及其职工2021年度实际缴纳失业保险费的50%返还,"
    "中小微企业按单位及其职工2021年度实际缴纳失业保险费的90%返还,"
    "乙区第二批次共有丙公司等12家单位符合享受条件,现予以公示,公示时间为2023年3月1日—3月9日,公示期间如有异议,"
    "请向乙区公共就业服务中心反映,附件:乙区2022年度稳岗返还第二批次单位名单乙区人力资源和社会保障局2023年3月1日。"
)

WORD_GLOSSED = (
    "未经批准,禁止进入!甲省一保护区发布通告\n"
    "未经批准,禁止进入!甲省一保护区发布通告\n"
    "未经批准,禁止进入!甲省一保护区发布通告\n"
    "甲省某某省级自然保护区(zìránbǎohùqū)管护局发布\n"
    "甲省某某省级自然保护区关于禁止外来人员(wàiláirényuán)未经批准擅自进入保护区的通告\n"
    "某某融媒微公号截图(jiétú)↑\n"
    "甲省某某省级自然保护区(bǎohùqū)关于禁止外来人员未经批准擅自(shànzì)进入保护区的通告\n"
    "为依法加强保护区(bǎohùqū)的保护和管理(guǎnlǐ),根据《中华人民共和国自然保护区条例》等法律法规要求,"
    "现将有关事宜通告如下(rúxià):\n"
    "一、严禁外来人员擅自(shànzì)进入保护区。\n"
    "二、除原住(yuánzhù)居民外,禁止任何人进入保护区的核心区。\n"
)


@pytest.mark.parametrize(
    ("text", "title", "issuers", "date"),
    [
        (SIGNED_ONE_PARAGRAPH, None, ("乙区人力资源和社会保障局",), "2023-03-01"),
        (
            WORD_GLOSSED,
            "甲省某某省级自然保护区关于禁止外来人员未经批准擅自进入保护区的通告",
            ("甲省某某省级自然保护区管护局",),
            None,
        ),
    ],
)
def test_signature_and_glosses(text, title, issuers, date):
    docs = parse_text(text, "page.txt").documents
    assert len(docs) == 1
    d = docs[0]
    if title is not None:
        assert d.title == title
    assert tuple(d.issuers) == issuers
    assert d.date == date
