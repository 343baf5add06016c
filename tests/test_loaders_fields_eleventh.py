"""Issuers of the unseen set's layouts, eleventh round (2026-12-05): the bodies under a forwarded text's title run
on to a second line (h53 山东), a 批转 title naming the first of several bodies (h109 上海), the central bank's
regional branches.  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def _doc(text: str, title: str):
    return next(d for d in parse_text(text, "page.txt").documents if d.title == title)


def test_bodies_under_a_forwarded_title_run_on_to_a_second_line():
    """``省人力资源社会保障厅 省教育厅 省财政厅`` / ``省地税局 省工商局 人民银行南京分行`` under the forwarded opinion's
    title (h53 山东): all six bodies, the short forms of the second line written out in the notice's place."""
    text = (
        "江苏省人民政府办公厅\n转发省人力资源社会保障厅等部门关于做好某某工作的意见的通知\n苏政办发〔2010〕21号\n"
        "各市、县(市、区)人民政府，省各委办厅局，省各直属单位：\n"
        "省人力资源社会保障厅、省教育厅、省财政厅、省地税局、省工商局、人民银行南京分行《关于做好某某工作的意见》"
        "已经省人民政府同意，现转发给你们，请认真贯彻执行。\n江苏省人民政府办公厅\n二○一○年四月三十日\n"
        "关于做好某某工作的意见\n省人力资源社会保障厅 省教育厅 省财政厅\n省地税局 省工商局 人民银行南京分行\n"
        "(二○一○年四月二十六日)\n为做好某某工作，现提出如下意见：\n一、总体要求\n"
    )
    doc = _doc(text, "关于做好某某工作的意见")
    assert doc.issuers == (
        "江苏省人力资源和社会保障厅",
        "江苏省教育厅",
        "江苏省财政厅",
        "江苏省地方税务局",
        "江苏省工商行政管理局",
        "中国人民银行南京分行",
    )


def test_a_line_of_addressees_under_the_bodies_is_not_read_as_more_bodies():
    """The second line must be names only: ``各市人民政府：`` under them is an address, not a body."""
    text = (
        "江苏省人民政府办公厅\n转发省财政厅等部门关于做好某某工作的意见的通知\n苏政办发〔2010〕22号\n"
        "各市、县(市、区)人民政府：\n省财政厅、省教育厅《关于做好某某工作的意见》已经省人民政府同意，现转发给你们。\n"
        "江苏省人民政府办公厅\n二○一○年五月六日\n关于做好某某工作的意见\n省财政厅 省教育厅\n各市财政局：\n"
        "为做好某某工作，现提出如下意见：\n"
    )
    assert _doc(text, "关于做好某某工作的意见").issuers == ("江苏省财政厅", "江苏省教育厅")


def test_a_title_naming_the_first_of_several_bodies_yields_to_the_sentence_naming_all():
    """``北京市人民政府批转市发展改革委等四部门关于…的通知`` over an unsigned text (h109 上海): the forwarding
    sentence's four bodies, not the first the title names."""
    text = (
        "北京市人民政府批转市发展改革委等四部门关于某某工作实施意见的通知\n京政发〔2013〕7号\n"
        "各区、县人民政府，市政府各委、办、局：\n"
        "市政府同意市发展改革委、市财政局、市教委、市科委《关于某某工作的实施意见》，现转发给你们，请按照执行。\n"
        "北京市人民政府\n2013年7月31日\n关于某某工作的实施意见\n为做好某某工作，现提出实施意见如下：\n"
        "一、总体要求\n"
    )
    doc = _doc(text, "关于某某工作的实施意见")
    assert doc.issuers == ("北京市发展和改革委员会", "北京市财政局", "北京市教育委员会", "北京市科学技术委员会")


def test_the_central_banks_regional_branches_are_known():
    """人民银行济南分行 and its eight peers (1998-2023): named by their seat's city, each the bank's branch (h53)."""
    reg = default_registry()
    assert reg.resolve("人民银行济南分行").name == "中国人民银行济南分行"
    assert reg.resolve("中国人民银行上海分行").parent == "中国人民银行"
