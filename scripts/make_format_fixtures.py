#!/usr/bin/env python3
"""Make the PDF / DOCX / HTML / TXT fixtures of tests/test_loaders_formats.py the way publishers do.

One real public notice of the sample corpus (焦政〔2024〕10号 and the 实施方案 it issues, from
data/corpus/jiaozuo-gazette-2024-03.txt) is laid out four ways:

- DOCX (python-docx): title and header block full width, the body in two columns, a running head
  (焦作市人民政府公报) and a page-number foot, fonts as gazettes use them (a song/ming face);
- PDF: that DOCX converted by LibreOffice (``soffice --headless --convert-to pdf``), as a gazette
  office exports it;
- HTML: a portal page in the gov.cn layout (navigation, a metadata table 索引号/发文机关/成文日期/
  标题/发文字号, the body in ``#UCAP-CONTENT``, a footer);
- TXT: the lines of the sample file as they are.

Needs LibreOffice (Debian: libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk or
fonts-arphic-uming); only to regenerate the fixtures, never in the test run.

    python scripts/make_format_fixtures.py tests/fixtures/formats
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "corpus" / "jiaozuo-gazette-2024-03.txt"
FIRST, LAST = 24, 150  # 1-based lines of the notice and its 实施方案 in SOURCE
STEM = "jiaozuo-2024-10"
FONT = "Noto Serif CJK SC"
RUNNING_HEAD = "焦作市人民政府公报"


def source_lines() -> list[str]:
    lines = SOURCE.read_text(encoding="utf-8").splitlines()[FIRST - 1 : LAST]
    return [line.lstrip("#").strip() for line in lines if line.strip()]


def _set_columns(section, n: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "425")


def _page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)


def make_docx(lines: list[str], out: Path) -> None:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONT)
    first = document.sections[0]
    first.header.paragraphs[0].text = RUNNING_HEAD
    first.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = first.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(foot)
    title, number, addressee, *body = lines
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(title.replace(" ", ""))
    run.bold, run.font.size = True, Pt(16)
    document.add_paragraph(number).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(addressee)
    body_section = document.add_section(WD_SECTION.CONTINUOUS)
    _set_columns(body_section, 2)
    for line in body:
        document.add_paragraph(line)
    document.save(out)


def make_pdf(docx_path: Path, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice is needed: apt-get install libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True,
            capture_output=True,
        )
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), out)


def make_html(lines: list[str], out: Path) -> None:
    title, number, *body = lines
    title = title.replace(" ", "")
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in [number, *body])
    out.write_text(
        f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{html.escape(title)}">
<title>{html.escape(title)}_市政府文件_焦作市人民政府</title>
<script>var site = "jiaozuo";</script></head>
<body>
<nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zcwj/">政策文件</a></nav>
<div class="xxgk_table"><table>
<tr><td>索 引 号：</td><td>11410800005747393X/2024-00123</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发文机关：</td><td>焦作市人民政府</td><td>成文日期：</td><td>2024年06月13日</td></tr>
<tr><td>标　　题：</td><td colspan="3">{html.escape(title)}</td></tr>
<tr><td>发文字号：</td><td>{html.escape(number)}</td><td>发布日期：</td><td>2024年06月17日</td></tr>
</table></div>
<div id="UCAP-CONTENT">
{paragraphs}
</div>
<footer><p>主办：焦作市人民政府办公室</p><p>网站标识码：4108000001</p></footer>
</body></html>
""",
        encoding="utf-8",
    )


def main() -> int:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "formats")
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = source_lines()
    make_docx(lines, out_dir / f"{STEM}.docx")
    make_pdf(out_dir / f"{STEM}.docx", out_dir / f"{STEM}.pdf")
    make_html(lines, out_dir / f"{STEM}.html")
    raw = SOURCE.read_text(encoding="utf-8").splitlines()[FIRST - 1 : LAST]
    (out_dir / f"{STEM}.txt").write_text("\n".join(raw) + "\n", encoding="utf-8")
    for path in sorted(out_dir.glob(f"{STEM}.*")):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
