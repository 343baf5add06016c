"""A doc-number prefix several places abbreviate alike (哈政办发: 哈尔滨's or 哈密's) names the body of the place
the title writes out (h135 哈密), not the registry's first owner of the prefix."""

from policykg.loaders.parse import parse_text

SHARED_PREFIX = """哈密市推进政务服务标准化工作方案的通知
哈政办发〔2024〕9号
各区县人民政府，市政府各部门：
现将《哈密市推进政务服务标准化工作方案》印发给你们，请认真贯彻执行。
哈密市人民政府办公室
2024年5月6日
"""

OWN_PLACE = SHARED_PREFIX.replace("哈密市", "哈尔滨市").replace("人民政府办公室", "人民政府办公厅")

OTHER_PLACE_NOT_SHARING = """北京市经验做法复制推广工作方案的通知
豫政办〔2024〕9号
各省辖市人民政府：
现将《北京市经验做法复制推广工作方案》印发给你们，请认真贯彻执行。
"""


def _issuers(text: str) -> tuple[str, ...]:
    return parse_text(text, "shared.txt").documents[0].issuers


def test_prefix_shared_by_two_cities_is_the_titles_place():
    assert _issuers(SHARED_PREFIX.replace("哈密市人民政府办公室\n", "")) == ("哈密市人民政府办公室",)


def test_prefix_of_the_titles_own_place_stays():
    assert _issuers(OWN_PLACE.replace("哈尔滨市人民政府办公厅\n", "")) == ("哈尔滨市人民政府办公厅",)


def test_place_not_abbreviated_by_the_prefix_keeps_the_prefixs_body():
    """豫政办 over a title about 北京市: 豫 is no abbreviation of 北京, the title names a subject, not the issuer."""
    assert _issuers(OTHER_PLACE_NOT_SHARING) == ("河南省人民政府办公厅",)
