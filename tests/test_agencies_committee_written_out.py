"""A management committee the registry does not hold, signed by its short name (四川天府新区管委会, h83 天府): named in
full (管理委员会), as the set's full-name convention writes it — and so the same body as its full-name spelling."""

from policykg.loaders.parse import parse_text
from policykg.ontology.agencies import default_registry


def test_an_unknown_zones_committee_is_written_out():
    reg = default_registry()
    assert reg.guess("丙江新区管委会").name == "丙江新区管理委员会"
    assert reg.guess("丙江新区管委会办公室").name == "丙江新区管理委员会办公室"
    assert reg.guess("丙江新区管委会").name == reg.guess("丙江新区管理委员会").name


def test_a_signature_by_the_short_name():
    text = "各街道办事处，新区各部门：\n现将有关事项通知如下。\n一、做好准备工作。\n丙江新区管委会\n2023年5月6日\n"
    (doc,) = parse_text(text, "notice.txt").documents
    assert doc.issuers == ("丙江新区管理委员会",)
