"""One trigger before provisions of several texts, a comma between them (按照《A》第五十条，《B》第五十条第一款和
《C》第六十三条的规定): every text listed is the ground (invented names; modelled on a district's fire-ban notice)."""

import pytest

from policykg.loaders.parse import parse_text

HEAD = "甲市乙区人民政府关于发布禁火令的通告\n为有效预防和控制森林火灾，全区林区禁止一切野外用火。\n"
TAIL = "\n特此通告。\n甲市乙区人民政府\n2025年3月20日\n"


@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "违令者，按照《某某防火条例》第五十条、第五十一条，《某某处罚法》第五十条第一款和《某某安全法》第六十三条"
            "第二项的规定给予严惩。",
            {"某某防火条例": "BASED_ON", "某某处罚法": "BASED_ON", "某某安全法": "BASED_ON"},
        ),
        (  # no trigger before the provisions: the comma still ends nothing, and nothing is a ground
            "违令者，《某某防火条例》第五十条，《某某处罚法》第五十条已有规定。",
            {"某某防火条例": "CITES", "某某处罚法": "CITES"},
        ),
    ],
    ids=["provisions-of-three-texts", "no-trigger"],
)
def test_a_trigger_governs_provisions_of_several_texts(sentence, roles):
    r = parse_text(HEAD + sentence + TAIL, "page.txt")
    (doc,) = r.documents
    assert {x.title: x.role for x in doc.references} == roles
