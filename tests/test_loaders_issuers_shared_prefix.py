"""A number's prefix whose abbreviation stands inside the place the title opens with (海府 over 琼海市…通告): the
prefix is that place's too, and the title's body is the issuer, not the body the registry gives the prefix to."""

from policykg.loaders.parse import parse_text

TEXT = (
    "琼海市人民政府某某禁养区划定通告\n"
    "海府〔2023〕5号\n"
    "为切实加强野外火源管理，有效预防森林火灾，保护我市森林资源和人民群众生命财产安全，根据《中华人民共和国森林法》"
    "《森林防火条例》的规定，现就有关事项通告如下：\n"
    "一、自发布之日起至2024年5月31日止为我市森林防火禁火期。\n"
    "二、在森林防火禁火期限内，全市所有林区禁止一切野外用火。\n"
)  # (the excerpt ends before the signature)


def test_the_titles_place_keeps_a_shared_prefix():
    (doc,) = parse_text(TEXT, "page.txt").documents
    assert doc.issuers == ("琼海市人民政府",)
