"""Reading files: which files, which encoding, and what could not be read.

The only module of the loaders that touches the file system.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path
from unicodedata import category

from policykg.errors import InputError
from policykg.loaders import formats
from policykg.loaders.models import Problem

TEXT_SUFFIXES = (
    ".txt",
    ".md",
    ".json",
    ".jsonl",
    ".csv",
    ".tsv",
)  # (.json / .jsonl: JSON records; .csv / .tsv: tables)
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
    problems: tuple[Problem, ...] = ()  # e.g. the lines of stray bytes replaced while decoding


def input_paths(paths) -> list:
    """``paths`` as a list of paths: one path (a ``str``, bytes or ``os.PathLike``) is a list of one.

    >>> input_paths("data/corpus"), input_paths(["a", "b"])
    (['data/corpus'], ['a', 'b'])
    """
    if isinstance(paths, bytes):
        return [os.fsdecode(paths)]
    if isinstance(paths, (str, os.PathLike)):
        return [paths]  # not its characters, one by one
    return list(paths)


def display_path(path: str | os.PathLike) -> str:
    r"""``path`` as text that can be printed and written to JSON: bytes of a file name that is not
    UTF-8 are shown as ``\xNN``.

    >>> display_path(os.fsdecode(b"\xd6\xd0\xce\xc4.txt"))  # 中文.txt in GBK
    '\\xd6\\xd0\\xce\\xc4.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def iter_input_files(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (recursively) into the files a build reads, sorted.

    Besides ``.txt``/``.md``, ``.pdf``, ``.html``/``.htm`` and ``.docx`` are read; files of a format
    that is not read (``.doc``, ``.wps``, ``.ofd`` …) are listed too, so that reading them reports
    each by name with what to do instead.  So are names that cannot be read at all (a broken
    symbolic link, a link loop, an entry that cannot be stat'ed, a subfolder that cannot be listed):
    :func:`read_source` then says why, and the rest of the build goes on.

    Returns the files and a list of ``(path, reason)`` for paths that are not usable.
    """
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for raw in input_paths(paths):
        p = Path(raw)
        if p.is_dir():
            found = sorted(_folder_inputs(p))
            if not found:
                missing.append(
                    (display_path(p), "folder holds no publication (.txt, .md, .pdf, .html, .docx, .json, .csv)")
                )
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            missing.append((display_path(p), _why_missing(p)))
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.realpath(f)  # unlike Path.resolve on Python 3.11, no error on a link loop
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def _folder_inputs(folder: Path) -> list[Path]:
    """The files under ``folder`` a build reads (hidden files and folders left out), unsorted."""
    found: list[Path] = []
    # a subfolder that cannot be listed is kept as an entry of its own, for read_source to report
    for top, dirs, names in os.walk(folder, onerror=lambda exc: found.append(Path(exc.filename))):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            f = Path(top, name)
            if (
                not name.startswith(".")
                and f.suffix.lower() in LISTED_SUFFIXES
                and name.lower() != "readme.md"
                and _is_input(f)
            ):
                found.append(f)
    return found


def _is_input(f: Path) -> bool:
    """A regular file, or a name that cannot be reached at all (reported when it is read)."""
    try:
        return f.is_file() or (f.is_symlink() and not f.exists())
    except OSError:
        return True  # cannot be stat'ed: read_source says why


def _why_missing(p: Path) -> str:
    """Why the input path ``p`` is neither a file nor a folder."""
    try:
        os.stat(p)
    except OSError as exc:
        return _why_unreachable(p, exc)
    return "not a file or folder"


def _why_unreachable(p: Path, exc: OSError) -> str:
    """The reason, in words, why ``p`` could not be opened."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and p.is_symlink():
        return f"broken symbolic link (its target {display_path(os.readlink(p))} does not exist)"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno == errno.EISDIR:  # a subfolder os.walk could not list
        try:
            os.listdir(p)
        except OSError as listing:
            return f"folder cannot be read ({listing.strerror or listing})"
        return "a folder, not a file"
    return f"unreadable ({exc.strerror or exc})"


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of a policy text, detecting UTF-8 (with or without BOM), UTF-16 (with or without
    BOM) and GB18030/GBK; a few stray bytes in an otherwise valid file become U+FFFD (see :func:`decode_text`).

    >>> decode("河南省".encode("gbk"))
    ('河南省', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf" + "通知".encode())
    ('通知', 'utf-8-sig')
    >>> decode("通知 2024".encode("utf-16-le"))
    ('通知 2024', 'utf-16-le')
    """
    decoded = decode_text(data, name=name)
    return decoded.text, decoded.encoding


@dataclass(frozen=True)
class Decoded:
    """A file's text, its encoding, and the 1-based lines where stray bytes were replaced by U+FFFD."""

    text: str
    encoding: str
    stray_lines: tuple[int, ...] = ()


def decode_text(data: bytes, *, name: str = "<bytes>") -> Decoded:
    """As :func:`decode`, saying on which lines stray bytes were replaced.

    One bad byte (a damaged download, a truncated copy) does not make a file unreadable: when the
    file is valid UTF-8 (or GB18030) but for a few bytes, those become U+FFFD and their lines are
    reported; anything worse raises :class:`InputError` naming the first bad byte of each encoding.

    >>> d = decode_text("第一行\\n第二".encode() + b"\\xff" + "行\\n".encode())
    >>> d.text.splitlines()[1], d.encoding, d.stray_lines
    ('第二\ufffd行', 'utf-8', (2,))
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_or_stray(data[3:], name, label="utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(_strict(data, "utf-16", name), "utf-16")
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(f"{name}: binary file (NUL bytes), not a text publication")
        return utf16
    return _utf8_or_stray(data, name, label="utf-8")


def _utf8_or_stray(data: bytes, name: str, *, label: str) -> Decoded:
    """UTF-8, else GB18030, strictly; else the one of them that is valid but for a few stray bytes."""
    try:
        return Decoded(data.decode("utf-8"), label)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # a stray byte in UTF-8 text may leave bytes that GB18030 reads as (wrong) characters: UTF-8 first
    utf8 = _replaced(data, "utf-8")
    if _few_stray(data, utf8):
        return _decoded(utf8, label)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb = _replaced(data, "gb18030")
        # UTF-8 text read as GB18030 also decodes mostly "well" (as other characters): GB18030 must
        # be far better than UTF-8, as GB18030 text is (nearly every character fails as UTF-8)
        if _few_stray(data, gb) and len(gb[1]) * 10 <= len(utf8[1]) and _looks_like_text(gb[0]):
            return _decoded(gb, "gb18030")
        raise InputError(
            f"{name}:{_line_of(data, utf8_error.start)}: cannot decode as UTF-8 (byte {utf8_error.start}) "
            f"or as GB18030/GBK (line {_line_of(data, exc.start)}, byte {exc.start})"
        ) from None
    if not _looks_like_text(text):
        raise InputError(f"{name}: not UTF-8, and as GB18030 it is not readable text (binary or another encoding?)")
    return Decoded(text, "gb18030")


def _replaced(data: bytes, enc: str) -> tuple[str, list[int]]:
    """``data`` decoded as ``enc``, bad bytes replaced by U+FFFD, and where those stand in the text."""
    text = data.decode(enc, "replace")
    return text, [i for i, c in enumerate(text) if c == "\ufffd"]


def _few_stray(data: bytes, replaced: tuple[str, list[int]]) -> bool:
    """Few replaced bytes (at most 4, or one per 4 KB) in otherwise valid text (two decoded
    non-ASCII characters for each)."""
    text, bad = replaced
    if len(bad) > max(4, len(data) // 4096):
        return False
    return sum(1 for c in text if not c.isascii()) - len(bad) >= 2 * len(bad)


def _decoded(replaced: tuple[str, list[int]], encoding: str) -> Decoded:
    text, bad = replaced
    return Decoded(text, encoding, tuple(sorted({text.count("\n", 0, i) + 1 for i in bad})))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a byte-order mark, told apart from binary by where its NUL bytes sit.

    ASCII characters (line ends, digits) of UTF-16 are a NUL and their byte: the NULs fall on odd
    offsets in little-endian text and on even ones in big-endian; CJK characters rarely hold a NUL.
    The likelier order is tried first; either must decode to readable text.
    """
    if len(data) % 2:
        return None
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    for enc in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return Decoded(text, enc)
    return None


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def read_source(path: str | os.PathLike) -> SourceText:
    """Read and decode one file; raises :class:`InputError` with a one-line reason."""
    p = Path(path)
    shown = display_path(p)
    suffix = p.suffix.lower()
    if suffix in formats.UNREADABLE:
        raise InputError(f"{shown}: not read: {formats.UNREADABLE[suffix]}")
    if shown != str(p):
        # its name could not be written to graph.json, nor read back by a later build
        raise InputError(f"{shown}: file name is not UTF-8 (GBK from an old zip archive?); rename it to read it")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: {_why_unreachable(p, exc)}") from None
    if suffix in formats.PDF_SUFFIXES or data.startswith(b"%PDF-"):
        got = formats.extract_pdf(data, name=str(p))
        return SourceText(str(p), got.text, "pdf", got.pages)
    if suffix in formats.DOCX_SUFFIXES:
        return SourceText(str(p), formats.extract_docx(data, name=str(p)).text, "docx")
    if suffix in formats.HTML_SUFFIXES:
        return SourceText(str(p), formats.extract_html(data, name=str(p)).text, "html")
    decoded = decode_text(data, name=str(p))
    if _control_ratio(decoded.text) > 0.05:
        raise InputError(f"{p}: binary file (control characters), not a text publication")
    stray = tuple(
        Problem(str(p), line, "bad-bytes", f"bytes that are not {decoded.encoding} replaced by \ufffd")
        for line in decoded.stray_lines
    )
    return SourceText(str(p), decoded.text, decoded.encoding, problems=stray)


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
    """Mostly Han characters, ASCII, and punctuation, spaces and digits of any script: a contents list's
    leaders (……………… (4)) are text too, and so are replacement characters (U+FFFD), while bytes of another encoding read as GB18030 come out as
    letters of other scripts, private-use and unassigned characters."""
    sample = text[:20000]
    if _control_ratio(sample) > 0.05:
        return False
    # (U+FFFD too: a scrape's replacement characters saved as they stood decode from GB18030's own four bytes for
    # it — bytes of another encoding come out as other letters, never as it)
    common = sum(
        1 for c in sample if "\u4e00" <= c <= "\u9fff" or c.isascii() or c == "\ufffd" or category(c)[0] in "PZN"
    )
    return common / max(1, len(sample)) > 0.8
