"""Issuers and dates a text names although no earlier rule read them (r83, fourth round on the unseen
set's documents with no issuer or no date).  Each text is modelled on a failing source, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_the_title_copy_printed_with_its_body_before_about_names_the_issuer():
    """``关于…的通知`` / number / ``中共某某党工委关于…的通知`` (h123 本溪): the page's title lacks the body, the red
    head's full title a line under the number names it."""
    text = (
        "关于调整街道党建工作经费的通知\n"
        "铁高工委发〔2015〕3号\n"
        "中共铁岭高新区党工委关于调整街道党建工作经费的通知\n"
        "各街道党工委、各相关部门:\n"
        "按照市委组织部要求，为提升街道党建工作水平，现就有关事项通知如下。\n"
        "一、经费标准\n每个街道每年不低于5万元。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.title == "关于调整街道党建工作经费的通知"
    assert doc.issuers == ("中共铁岭高新区党工委",)


def test_a_title_copy_with_other_words_before_about_names_no_issuer():
    """A line under the title that ends with it after words that are no body's name (a site's banner) gives none."""
    text = (
        "关于调整街道党建工作经费的通知\n"
        "热门文章推荐阅读关于调整街道党建工作经费的通知\n"
        "各街道党工委、各相关部门:\n"
        "按照市委组织部要求，为提升街道党建工作水平，现就有关事项通知如下。\n"
    )
    doc = parse_text(text, "page.txt").documents[0]
    assert doc.issuers == ()
