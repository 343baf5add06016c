"""Running heads a converter keeps in a PDF's text whose pages are cut by form feeds (pdfminer, pdftotext,
PDFium's plain text): blanked on the pages' edges, so a title cut by a page break is read whole."""

from policykg.loaders.parse import parse_text

HEAD = "苏州市人民政府公报"
FILLER = "为进一步做好相关工作，现将有关事项通知如下。\n" * 3


def _converted() -> str:
    pages = [
        f"{HEAD}\n2024年第1号\n\n— 1 —\n",
        f"{HEAD}\n\n{FILLER}苏州市人民政府办公室\n2024年3月1日\n\n— 2 —\n",
        f"{HEAD}\n\n{FILLER}\n闽清县人民政府关于做好新型冠状病毒\n\n— 3 —\n",
        f"{HEAD}\n\n肺炎防控工作的通告\n\n闽政〔2024〕4号\n\n各乡镇人民政府：\n{FILLER}\n— 4 —\n",
        f"{HEAD}\n\n{FILLER}闽清县人民政府\n2024年3月5日\n\n— 5 —\n",
    ]
    return "\f".join(pages)


def test_a_title_cut_by_a_page_break_and_a_running_head_is_read_whole():
    docs = parse_text(_converted(), "converted.txt").documents
    titles = [d.title for d in docs]
    assert "闽清县人民政府关于做好新型冠状病毒肺炎防控工作的通告" in titles, titles


def test_the_cover_keeps_the_gazette_name():
    from policykg.loaders.clean import _without_running_lines

    text = _without_running_lines(_converted())
    assert text.startswith(HEAD)
    assert text.count(HEAD) == 1
    assert text.count("\n") == _converted().count("\n")  # line numbers stay
