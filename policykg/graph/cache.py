"""The parse cache of a build folder: parsed files as JSON data, never as code.

A build folder may come from someone else (a corpus shared with its ``out/``), so nothing in it is
trusted: entries are JSON, versioned, and decoded field by field against the dataclasses of
:mod:`policykg.loaders.models`.  Anything unreadable, of another version or of the wrong shape is a
cache miss (the file is parsed again), counted in :attr:`ParseCache.unreadable` so a build reports it
once.  Nothing is ever unpickled.

>>> from policykg.loaders.models import DocNumber, ParsedFile
>>> pf = ParsedFile("a.txt", "utf-8", n_chars=3, pages=(1, 9))
>>> decode(ParsedFile, encode(pf)) == pf
True
>>> decode(DocNumber, {"prefix": "国发", "year": 2024, "serial": "7"})
Traceback (most recent call last):
...
policykg.graph.cache.CacheEntryError: DocNumber.serial: expected int, found str
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import tempfile
import types
import typing
from functools import cache
from pathlib import Path

import policykg.loaders as loaders
import policykg.ontology as ontology
from policykg.loaders.models import ParsedFile

PACK_FILE = ".cache/parsed.jsonl"
OLD_CACHE_DIR = "parsed"  # beside the pack: the one-file-per-entry cache of earlier versions
# A file of that cache: <sha1>.json, or a temporary file of its writer.
OLD_ENTRY_NAME = re.compile(r"\.?[0-9a-f]{40}\.json(?:\.[A-Za-z0-9_]+\.tmp)?")
KEY_LENGTH = 40  # hex digits of an entry's key, at the start of its line
MAX_HEADER_BYTES = 4096
FORMAT = "policykg-parse-cache"
CACHE_VERSION = 2  # 1 was pickle (never read again); bump when the parsed model changes shape
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # an entry larger than this is not read (a planted huge file)


class CacheEntryError(ValueError):
    """A cache entry that does not decode into the parsed model (a miss, never an error of the build)."""


def encode(obj) -> object:
    """JSON data of a dataclass value of the parsed model (tuples become lists)."""
    kind = type(obj)
    if kind in _SCALARS:
        return obj
    if kind is tuple or kind is list:
        return [encode(x) for x in obj]
    if kind is dict:
        return {str(k): encode(v) for k, v in obj.items()}
    names = _field_names(kind)
    if names is not None:
        return {name: encode(getattr(obj, name)) for name in names}
    if isinstance(obj, tuple | list):  # subclasses, as the exact types above
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order (None for any other type)."""
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in dataclasses.fields(kind))
    return None


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def decode(tp, data, *, where: str = ""):
    """The value of type ``tp`` (a model dataclass, or a type hint of one of its fields) from ``data``."""
    where = where or getattr(tp, "__name__", str(tp))
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, data, where)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise CacheEntryError(f"{where}: unsupported union {tp}")
        return decode(inner[0], data, where=where)
    if origin is tuple:
        if not isinstance(data, list):
            raise CacheEntryError(f"{where}: expected list, found {type(data).__name__}")
        item = args[0] if args else object
        return tuple(decode(item, x, where=f"{where}[]") for x in data)
    if origin is dict or tp is dict:
        if not isinstance(data, dict):
            raise CacheEntryError(f"{where}: expected object, found {type(data).__name__}")
        return dict(data)
    if tp is object:
        return data
    return _decode_scalar(tp, data, where)


def _decode_dataclass(cls: type, data, where: str):
    if not isinstance(data, dict):
        raise CacheEntryError(f"{where}: expected object, found {type(data).__name__}")
    hints = _hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = decode(hints[f.name], data[f.name], where=f"{cls.__name__}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CacheEntryError(f"{cls.__name__}.{f.name}: missing")
    unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise CacheEntryError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
    return cls(**values)


def _decode_scalar(tp, data, where: str):
    expected = {str: str, int: int, bool: bool, float: (int, float)}.get(tp)
    if expected is None:
        raise CacheEntryError(f"{where}: unsupported type {tp}")
    if isinstance(data, bool) and tp is not bool:  # JSON true is no int here
        raise CacheEntryError(f"{where}: expected {tp.__name__}, found bool")
    if not isinstance(data, expected):
        raise CacheEntryError(f"{where}: expected {tp.__name__}, found {type(data).__name__}")
    return data


def file_digest(path: str | os.PathLike) -> str:
    """SHA-1 of a file's bytes: the cache's notion of "the same content"."""
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class ParseCache:
    """Parsed files of a build folder, keyed by path and content digest (and the parser's code).

    One file, ``.cache/parsed.jsonl``: a header line (format, version, parser code), then one entry
    per line, ``<key> <JSON>``.  A build indexes it (key → where the line is), decodes only the
    entries it uses, writes the entries it puts into a new pack as it goes and, at :meth:`flush`,
    copies over the old entries of every other path and replaces the pack whole.  One file rather
    than one per input: creating thousands of small files cost a first build of the law corpus
    4 s of system time (issue 15).  A path keeps its newest entry only, so the pack does not grow
    with every edit of a file.
    """

    def __init__(self, out_dir: str | os.PathLike):
        self.file = Path(out_dir) / PACK_FILE
        self.hits = 0
        self.misses = 0
        self.unreadable = 0  # entries (or a whole pack) that existed but did not decode: reported once by the build
        self._code = code_version()
        self._old: dict[str, tuple[int, int]] | None = None  # key → (offset, length) in the old pack
        self._new: dict[str, tuple[int, int]] = {}  # key → (offset, length) in the pack being written
        self._new_paths: set[str] = set()
        self._out = None  # the new pack, a temporary file beside the old one

    def _key(self, path: str, digest: str) -> str:
        # surrogateescape: a file name that is not UTF-8 gets a key too (the same key as before for any other)
        key = hashlib.sha1(f"{CACHE_VERSION}|{self._code}|{Path(path)}|{digest}".encode("utf-8", "surrogateescape"))
        return key.hexdigest()

    def digest(self, path: str | os.PathLike) -> str | None:
        """The content digest of ``path``, None when it cannot be read (then it is parsed, never cached)."""
        try:
            return file_digest(path)
        except OSError:
            return None

    def get(self, path: str, digest: str) -> ParsedFile | None:
        key = self._key(path, digest)
        where = self._new.get(key)
        source = self._out
        if where is None:
            where, source = self._old_index().get(key), None
        if where is None:
            self.misses += 1
            return None
        try:
            entry = json.loads(self._line(where, source)[KEY_LENGTH + 1 :])
            pf = self._check(entry, path, digest)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, TypeError):
            self.misses += 1
            self.unreadable += 1
            return None
        self.hits += 1
        return pf

    def _line(self, where: tuple[int, int], source) -> bytes:
        offset, length = where
        if length > MAX_ENTRY_BYTES:
            raise CacheEntryError("entry too large")
        if source is not None:  # the pack being written: read back, then go on writing at its end
            source.flush()
            source.seek(offset)
            line = source.read(length)
            source.seek(0, os.SEEK_END)
            return line
        with open(self.file, "rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    def _old_index(self) -> dict[str, tuple[int, int]]:
        """Where each entry of the old pack is (read once, on the first lookup)."""
        if self._old is None:
            self._old = {}
            try:
                with open(self.file, "rb") as fh:
                    self._old = self._index(fh)
            except FileNotFoundError:
                pass
            except (OSError, UnicodeDecodeError, ValueError, RecursionError):
                self.unreadable += 1  # not a pack of ours: every file is parsed again and the pack replaced
        return self._old

    def _index(self, fh) -> dict[str, tuple[int, int]]:
        header = json.loads(fh.readline(MAX_HEADER_BYTES).decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("version") != CACHE_VERSION:
            raise CacheEntryError("not a policykg parse cache of this version")
        if header.get("code") != self._code:
            return {}  # written by another parser: nothing in it is of use
        index, offset = {}, fh.tell()
        for line in fh:
            if len(line) > KEY_LENGTH and line[KEY_LENGTH : KEY_LENGTH + 1] == b" ":
                index[line[:KEY_LENGTH].decode("ascii", "replace")] = (offset, len(line))
            offset += len(line)
        return index

    def _check(self, entry, path: str, digest: str) -> ParsedFile:
        if not isinstance(entry, dict):
            raise CacheEntryError("not a policykg parse-cache entry")
        if entry.get("path") != str(Path(path)) or entry.get("digest") != digest:
            raise CacheEntryError("entry of another file or content")
        return decode(ParsedFile, entry.get("parsed"))

    def put(self, path: str, digest: str, pf: ParsedFile) -> None:
        """Store ``pf`` (in the pack once :meth:`flush` returns); a cache that cannot be written is no
        error (the next build parses again)."""
        key = self._key(path, digest)
        entry = {"path": str(Path(path)), "digest": digest, "parsed": encode(pf)}
        try:
            line = f"{key} {json.dumps(entry, ensure_ascii=False)}\n".encode()
        except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8): escaped, it reads back the same
            line = f"{key} {json.dumps(entry)}\n".encode()
        try:
            out = self._out or self._open()
            self._new[key] = (out.tell(), len(line))
            out.write(line)
        except OSError:
            return
        self._new_paths.add(str(Path(path)))

    def _open(self):
        self.file.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.file.parent, prefix=f".{self.file.name}.", suffix=".tmp")
        self._out = os.fdopen(fd, "w+b")
        header = {"format": FORMAT, "version": CACHE_VERSION, "code": self._code}
        self._out.write(json.dumps(header).encode() + b"\n")
        return self._out

    def flush(self) -> None:
        """Put the pack in place: this build's entries, then the old ones of every other path."""
        out, self._out = self._out, None
        if out is None:
            return
        try:
            with out:
                self._copy_old(out)
            os.replace(self._tmp, self.file)
        except OSError:
            Path(self._tmp).unlink(missing_ok=True)
            return
        finally:
            self._new.clear()
        _remove_per_file_entries(self.file.parent / OLD_CACHE_DIR)

    def _copy_old(self, out) -> None:
        old = self._old_index()
        if not old:
            return
        with open(self.file, "rb") as fh:
            for key, (offset, length) in old.items():
                if key in self._new or length > MAX_ENTRY_BYTES:
                    continue
                fh.seek(offset)
                line = fh.read(length)
                try:
                    path = json.loads(line[KEY_LENGTH + 1 :]).get("path")
                except (ValueError, UnicodeDecodeError, RecursionError, AttributeError):
                    continue  # an entry that does not read is dropped
                if path not in self._new_paths:
                    out.write(line)


def _remove_per_file_entries(folder: Path) -> None:
    """Remove the one-file-per-entry cache of earlier versions (its own files only, then the folder)."""
    if not folder.is_dir():
        return
    for f in folder.iterdir():
        if OLD_ENTRY_NAME.fullmatch(f.name):
            f.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()  # left when anything else is in it


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file of its own (concurrent writers never mix)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cache
def code_version() -> str:
    """A digest of the loaders' and ontology's source and data: a parser change invalidates the cache."""
    h = hashlib.sha1()
    for pkg in (loaders, ontology):
        root = Path(pkg.__file__).parent
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".toml") and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]
