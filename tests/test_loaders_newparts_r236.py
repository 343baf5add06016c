"""Bilingual and minority-script pages of autonomous places (r236: part h220): a text printed only in Korean, Tibetan,
Mongolian, Uyghur or Kazakh under a Chinese page's chrome is no Chinese document; a site's heading labelled with the
languages a text is posted in (朝汉双语, 五种语言) is no title when the text's own head is printed below it; a letter to
the public (致…的一封公开信, X致Y倡议书) is titled and its writer heads its title.  Each text is modelled on a failing
file of that part, with other names; the minority-script strings are short stock words, no document's text."""

from __future__ import annotations

import pytest

from policykg.loaders.parse import parse_text

KOREAN = "주민 여러분께 알려드립니다. 코로나 예방 사업에 적극 협조하여 주십시오. "
TIBETAN = "བཀྲ་ཤིས་བདེ་ལེགས། བརྡ་ཁྱབ། "
MONGOLIAN = "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠢᠴᠢᠭ "
UYGHUR = "ئۇقتۇرۇش ئاپتونوم رايونىمىز شەھەر بازارلاردىكى "
KAZAKH = "قاۋلى جاريالانعان كۇننەن باستاپ اتقارىلادى "

MINORITY_ONLY = {
    # a news mirror's Chinese headline over the Korean version of a prefecture's 공고 (2호) (h220 延边 2호)
    "korean under a chinese headline": "03.05 公告!!(甲地人请关注)\n\n갑주인민정부 공고\n\n(2호)\n\n"
    + "\n\n".join(f"{k}. " + KOREAN * 3 for k in range(1, 5)),
    # a portal mirror's traditional chrome (date over three lines, 來源, the office, views) over a Tibetan 通告 (h220 拉萨)
    "tibetan under traditional chrome": "2020\n08/14\n23:32\n來源:\n甲市應對疫情工作領導小組辦公室\n瀏覽量:次\n"
    + TIBETAN * 6
    + "\nབརྡ་ཁྱབ།\nཨང་11པ།\n"
    + TIBETAN * 10,
    # a Mongolian portal's title and date over one line of text with a Chinese number inline (h220 内蒙古)
    "mongolian with a chinese number": MONGOLIAN * 2
    + "\n2020/5/11\n     "
    + MONGOLIAN * 3
    + "      某医发 ﹇2010﹈ 27号      1. "
    + MONGOLIAN * 12,
    # a Uyghur headline over a portal's Chinese 日期 / 来源 / 字体 lines, then the Uyghur report (h220 昆玉)
    "uyghur under chinese metadata": UYGHUR * 2 + "\n\n日期:2021年07月13日\n来源:某某网\n【字体:\n\n" + UYGHUR * 10,
    # a Kazakh news site's decision: its approval note in brackets, the decision with a «…» title, its effect line
    "kazakh in arabic script": "(" + KAZAKH * 3 + ")\n" + KAZAKH * 4 + "«" + KAZAKH + "»" + KAZAKH * 3 + "\n" + KAZAKH,
}


@pytest.mark.parametrize("text", MINORITY_ONLY.values(), ids=MINORITY_ONLY.keys())
def test_a_text_in_a_minority_language_alone_is_no_chinese_document(text):
    parsed = parse_text(text, "page.txt")
    assert parsed.documents == ()
    assert [p.kind for p in parsed.problems] == ["other-language"]


BODY = (
    "为防范疫情输入性风险，根据《中华人民共和国传染病防治法》《中华人民共和国突发事件应对法》等法律法规，现就有关事项公告如下：\n\n"
    "一、凡进入本州辖区的人员，请自觉遵守有关规定，配合做好健康监测和登记工作，如实报告行程，自觉接受体温检测，"
    "不隐瞒、不谎报、不瞒报，共同维护本州公共卫生安全。\n\n"
    "二、从外地来州返州人员要主动报告，严格执行居家观察措施，所需生活用品由社区协助解决。\n"
)


def test_a_heading_labelled_with_its_languages_gives_way_to_the_head_below_it():
    # 欢迎访问某州残疾人联合会官方网站 / 【公告】某州人民政府公告(朝汉双语) / posting time, 来源 / 某州人民政府 / 公    告 /
    # 根据《X》《Y》… (h220 延边): the issuer line over the spaced kind is the title, the reposting federation no issuer,
    # the basis hangs from that document
    text = (
        "欢迎访问丙山州残疾人联合会官方网站\n无障碍浏览   网站地图\n\n【公告】丙山州人民政府公告(朝汉双语)\n\n"
        "2020-02-27 08:53:00    来源:丙山州残联\n\n丙山州人民政府\n\n公    告\n\n" + BODY
    )
    [doc] = parse_text(text, "page.txt").documents
    assert (doc.title, doc.source_line, doc.issuers) == ("丙山州人民政府公告", 8, ("丙山州人民政府",))
    assert [r.title for r in doc.references] == ["中华人民共和国传染病防治法", "中华人民共和国突发事件应对法"]


def test_an_open_letter_under_a_labelled_heading_is_titled_at_its_own_line():
    # 首页 > … > 【关注】致…的一封公开信(五种语言) / … / the heading again / posting time, 来源 / 致…的一封公开信 /
    # 亲爱的外籍朋友: (h220 延边 公开信): the letter's own title line
    title = "致在丙山州外籍人士的一封公开信"
    text = (
        f"首页 > 战疫 > 【关注】{title}(五种语言)\n\n手机版\n\n【关注】{title}(五种语言)\n\n"
        f"2020年02月02日 12:00   来源: 丙山州人民政府外事办公室\n\n{title}\n\n亲爱的外籍朋友:\n\n"
        "值此新春佳节之际,向您表示衷心的祝福!\n\n针对疫情,本州高度重视,积极行动,为保护您和家人的健康,特向您提出如下倡议:\n\n"
        "一、关注权威信息。请通过官方网站获取疫情情况,不信谣、不传谣。\n\n"
        "二、加强自我防护。请您尽量减少外出,避免到人员密集的场所,减少聚会聚餐等集体活动。\n"
    )
    [doc] = parse_text(text, "page.txt").documents
    assert (doc.title, doc.source_line) == (title, 9)


def test_the_writer_before_zhi_heads_a_letters_title():
    # - 发布日期:… / - 发布人: (in Korean) / 某市…外事办公室致在某外籍人士倡议书 / its Korean title / Chinese and Korean
    # paragraphs alternating (h220 丹东): the office before 致 is the issuer
    text = (
        "- 发布日期:2020-1-30 18:42:18\n- 发布人:갑시외사판공실\n甲市人民政府外事办公室致在甲外籍人士倡议书\n갑시외사판공실 제의서\n"
        "为应对疫情,保障广大人民群众生命安全和身体健康,甲市已启动一级响应。甲市人民政府外事办公室特向在甲外籍人士提出如下倡议:\n"
        f"{KOREAN}\n1.关注权威信息发布情况。请登录甲市人民政府门户网站,及时获取权威信息。\n{KOREAN}\n"
        "2.做好个人防护。减少外出,避免聚集,外出佩戴口罩,勤洗手、常通风。\n"
    )
    [doc] = parse_text(text, "page.txt").documents
    assert (doc.title, doc.issuers) == ("甲市人民政府外事办公室致在甲外籍人士倡议书", ("甲市人民政府外事办公室",))
