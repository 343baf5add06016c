"""Words near a cited title that look like role cues and are not (h157 重庆, an HTML fragment of 2020 measures)."""

from policykg.loaders.references import find_references


def _roles(sentence: str) -> dict[str, str]:
    return {r.title: r.role for r in find_references(sentence, file="t.html", line_of=lambda _: 1)}


def test_a_bracketed_amendment_names_the_version_cited_not_an_amending():
    """《刑法》（修正案九）: the law as its ninth amendment left it — the text applies it, it amends nothing."""
    roles = _roles(
        "出现违规行为的，严格按照《中华人民共和国刑法》（修正案十）、《中华人民共和国教育法》确定的程序严肃处理。"
    )
    assert roles["中华人民共和国刑法"] == "BASED_ON"


def test_an_amending_decision_still_amends():
    roles = _roles("决定对《某省道路运输条例》作如下修正：")
    assert roles["某省道路运输条例"] == "AMENDS"


def test_organising_as_a_noun_is_no_carrying_out():
    """考试的组织实施按…《X》执行: 组织实施 is the subject (the organising of the exam), X is what it follows."""
    roles = _roles(
        "招生考试的组织实施按市考试院印发《某市统一考试考务工作细则》（某教考发〔2018〕8号）和有关规定执行。"
    )
    assert roles["某市统一考试考务工作细则"] != "IMPLEMENTS"


def test_organising_as_a_verb_still_carries_out():
    roles = _roles("各地要认真组织实施《某省全民健身实施计划》，确保各项任务落到实处。")
    assert roles["某省全民健身实施计划"] == "IMPLEMENTS"
