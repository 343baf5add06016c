"""Reading files: which files, which encoding, and what could not be read.

The only module of the loaders that touches the file system.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError
from policykg.loaders import formats

TEXT_SUFFIXES = (".txt", ".md")
# Every suffix a build reads; files of formats.UNREADABLE are listed too, to be reported by name.
SUFFIXES = TEXT_SUFFIXES + formats.PDF_SUFFIXES + formats.HTML_SUFFIXES + formats.DOCX_SUFFIXES
LISTED_SUFFIXES = SUFFIXES + tuple(formats.UNREADABLE)


@dataclass(frozen=True)
class SourceText:
    """A file's text; ``encoding`` names the decoding or the format it was extracted from
    (``pdf``, ``html``, ``docx``); ``pages`` the 1-based line where each page starts (PDF only)."""

    path: str
    text: str
    encoding: str
    pages: tuple[int, ...] = ()


def iter_input_files(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (recursively) into the files a build reads, sorted.

    Besides ``.txt``/``.md``, ``.pdf``, ``.html``/``.htm`` and ``.docx`` are read; files of a format
    that is not read (``.doc``, ``.wps``, ``.ofd`` …) are listed too, so that reading them reports
    each by name with what to do instead.

    Returns the files and a list of ``(path, reason)`` for paths that are not usable.
    """
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in LISTED_SUFFIXES
                and f.name.lower() != "readme.md"
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                missing.append((str(p), "folder holds no publication (.txt, .md, .pdf, .html, .docx)"))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            missing.append((str(p), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of a policy text, detecting UTF-8 (with or without BOM), UTF-16 and GB18030/GBK.

    >>> decode("河南省".encode("gbk"))
    ('河南省', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf" + "通知".encode())
    ('通知', 'utf-8-sig')
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (NUL bytes), not a text publication")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}: cannot decode as UTF-8 or GB18030/GBK (byte {exc.start})") from None
    if not _looks_like_text(text):
        raise InputError(f"{name}: not UTF-8, and as GB18030 it is not readable text (binary or another encoding?)")
    return text, "gb18030"


def read_source(path: str | os.PathLike) -> SourceText:
    """Read and decode one file; raises :class:`InputError` with a one-line reason."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in formats.UNREADABLE:
        raise InputError(f"{p}: not read: {formats.UNREADABLE[suffix]}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: unreadable ({exc.strerror or exc})") from None
    if suffix in formats.PDF_SUFFIXES or data.startswith(b"%PDF-"):
        got = formats.extract_pdf(data, name=str(p))
        return SourceText(str(p), got.text, "pdf", got.pages)
    if suffix in formats.DOCX_SUFFIXES:
        return SourceText(str(p), formats.extract_docx(data, name=str(p)).text, "docx")
    if suffix in formats.HTML_SUFFIXES:
        return SourceText(str(p), formats.extract_html(data, name=str(p)).text, "html")
    text, enc = decode(data, name=str(p))
    if _control_ratio(text) > 0.05:
        raise InputError(f"{p}: binary file (control characters), not a text publication")
    return SourceText(str(p), text, enc)


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}: cannot decode as {enc} (byte {exc.start})") from None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if _control_ratio(sample) > 0.05:
        return False
    common = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff" or c.isascii() or c in "，。；：、“”《》（）〔〕")
    return common / max(1, len(sample)) > 0.8
