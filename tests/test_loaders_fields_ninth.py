"""Document fields, ninth round (2026-12-05): a signature run into the last line of a page that lost its line
breaks — its body (h124 国务院), its date before the publicity note or the page's source line (h29 江西).  Each
text is modelled on the failing one, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_signature_run_into_a_flat_line_names_its_body():
    """``…请认真贯彻执行.国务院2021年12月14日`` (h124 国务院): the summary line of a notice that lost its line
    breaks, its signature's body run on after the last sentence — the issuer of the text it issues."""
    text = (
        "“十四五”某某现代化规划\n"
        "《国务院关于印发“十四五”某某现代化规划的通知》国发〔2021〕99号各省、自治区、直辖市人民政府,国务院各部委、"
        "各直属机构:现将《“十四五”某某现代化规划》印发给你们,请认真贯彻执行.国务院2021年12月14日\n"
        "某某是国民经济的重要组成部分。\n"
        "一、发展基础\n"
        "某某工作取得积极成效。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ("国务院",)
    assert doc.date == "2021-12-14"


def test_a_signature_run_on_into_the_publicity_note_is_dated():
    """``…安顺市人民政府2023年9月5日（此件公开发布）…`` — a one-line page: the signature's date read before the
    publicity note as before the line's end (h104, guizhou 安顺)."""
    text = (
        "遵义市人民政府关于印发遵义市储备粮管理办法的通知\n"
        "各县人民政府，市政府各部门：现将《某某市储备粮管理办法》印发给你们，请认真抓好贯彻落实。"
        "遵义市人民政府2023年9月5日（此件公开发布）某某市储备粮管理办法第一条为了加强管理，制定本办法。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2023-09-05"


def test_a_date_after_the_attachment_list_before_the_source_line_is_the_signatures():
    """``附件:某某名单2022年2月11日来源:某省人民政府`` (h29 江西): the signature's body lost, its date run on
    after the attachment's name and before the page's source line."""
    text = (
        "某某省人民政府某某办公室关于公布某某建设入选名单的通知\n"
        "各市、县(区)人民政府办公室,省政府各部门:为深入推进某某工作,经研究,确定某某县等为入选单位。"
        "附件:某某建设入选名单2022年2月11日来源:某某省人民政府\n"
        "投稿邮箱:abc@126.com\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.date == "2022-02-11"
