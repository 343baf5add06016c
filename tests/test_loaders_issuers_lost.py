"""Issuers the parser lost (2026-12-05): documents whose issuing body the text names but the issuer cascade
gave none.  Each text is modelled on a failing source of the unseen set, with other names."""

from __future__ import annotations

from policykg.loaders.parse import parse_text


def test_a_task_groups_office_named_by_what_it_copes_with_heads_its_notice_over_lines():
    """玉林 (h148): 某市应对…工作领导小组 / 办公室关于印发… / 的通知, signed with a (代) seal mark — 应对 is part of
    the body's name, no sentence's 应; the notice and the text it issues are the office's."""
    body = "柳州市应对气候变化及节能减排工作领导小组办公室"
    text = (
        "柳州市应对气候变化及节能减排工作领导小组\n办公室关于印发柳州市节能工作实施方案\n的通知\n"
        "各县（市、区）人民政府，市直各有关单位：\n现将《柳州市节能工作实施方案》印发给你们，请认真组织实施。\n"
        f"{body}（代）\n2024年3月22日\n柳州市节能工作实施方案\n为推进节能工作，制定本方案。\n"
    )
    docs = parse_text(text, "notice.txt").documents
    assert [d.issuers for d in docs] == [(body,), (body,)]


def test_an_epidemic_command_named_by_the_disease_signs_its_announcement():
    """武汉 (h144), 拉萨 (h88): 市新型冠状病毒感染的肺炎疫情防控指挥部通告 signed with the command's whole name —
    the 的 of 新型冠状病毒感染的肺炎 (the 2020 name of the disease) is part of the body's name."""
    body = "襄阳市新型冠状病毒感染的肺炎疫情防控指挥部"
    text = (
        "市新型冠状病毒感染的肺炎疫情防控指挥部通告\n市新型冠状病毒感染的肺炎疫情防控指挥部通告（第1号）\n"
        "为全力做好新型冠状病毒感染的肺炎疫情防控工作，有效切断病毒传播途径，坚决遏制疫情蔓延势头，确保人民群众"
        "生命安全和身体健康，现将有关事项通告如下：\n"
        "自2020年1月24日10时起，全市城市公交、长途客运暂停运营；无特殊原因，市民不要离开本市，恢复时间另行通告。\n"
        "恳请广大市民理解支持！\n"
        f"{body}\n2020年1月24日\n"
    )
    doc = parse_text(text, "notice.txt").documents[0]
    assert doc.issuers == (body,)
