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

import dataclasses
import hashlib
import json
import os
import tempfile
import types
import typing
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

import policykg.loaders as loaders
import policykg.ontology as ontology
from policykg.loaders.models import ParsedFile

CACHE_DIR = ".cache/parsed"
FORMAT = "policykg-parse-cache"
CACHE_VERSION = 2  # 1 was pickle (never read again); bump when the parsed model changes shape
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # an entry larger than this is not read (a planted huge file)
MAX_PENDING_WRITES = 64  # entries encoded but not yet on disk: a bound on the memory they hold


class CacheEntryError(ValueError):
    """A cache entry that does not decode into the parsed model (a miss, never an error of the build)."""


def encode(obj) -> object:
    """JSON data of a dataclass value of the parsed model (tuples become lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


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
    """Parsed files of a build folder, keyed by path and content digest (and the parser's code)."""

    def __init__(self, out_dir: str | os.PathLike):
        self.dir = Path(out_dir) / CACHE_DIR
        self.hits = 0
        self.misses = 0
        self.unreadable = 0  # entries that existed but did not decode: reported once by the build
        self._code = code_version()
        # Creating thousands of small files is slow on some file systems and needs no GIL: one thread
        # writes the entries while parsing goes on (flush() waits for it).
        self._writer: ThreadPoolExecutor | None = None
        self._pending: list[Future] = []

    def _file(self, path: str, digest: str) -> Path:
        # surrogateescape: a file name that is not UTF-8 gets a key too (the same key as before for any other)
        key = hashlib.sha1(f"{CACHE_VERSION}|{self._code}|{Path(path)}|{digest}".encode("utf-8", "surrogateescape"))
        key = key.hexdigest()
        return self.dir / f"{key}.json"

    def digest(self, path: str | os.PathLike) -> str | None:
        """The content digest of ``path``, None when it cannot be read (then it is parsed, never cached)."""
        try:
            return file_digest(path)
        except OSError:
            return None

    def get(self, path: str, digest: str) -> ParsedFile | None:
        if self._pending:
            self.flush()  # an entry put before is read back from its file
        f = self._file(path, digest)
        try:
            if not f.is_file():
                self.misses += 1
                return None
            if f.stat().st_size > MAX_ENTRY_BYTES:
                raise CacheEntryError("entry too large")
            entry = json.loads(f.read_text(encoding="utf-8"))
            pf = self._check(entry, path, digest)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, TypeError):
            self.misses += 1
            self.unreadable += 1
            return None
        self.hits += 1
        return pf

    def _check(self, entry, path: str, digest: str) -> ParsedFile:
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("version") != CACHE_VERSION:
            raise CacheEntryError("not a policykg parse-cache entry of this version")
        if entry.get("code") != self._code or entry.get("path") != str(Path(path)) or entry.get("digest") != digest:
            raise CacheEntryError("entry of another file, content or parser")
        return decode(ParsedFile, entry.get("parsed"))

    def put(self, path: str, digest: str, pf: ParsedFile) -> None:
        """Store ``pf`` (on disk once :meth:`flush` returns); a cache that cannot be written is no
        error (the next build parses again)."""
        entry = {
            "format": FORMAT,
            "version": CACHE_VERSION,
            "code": self._code,
            "path": str(Path(path)),
            "digest": digest,
            "parsed": encode(pf),
        }
        text = json.dumps(entry, ensure_ascii=False)
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policykg-cache")
        while len(self._pending) >= MAX_PENDING_WRITES:
            self._pending.pop(0).result()
        self._pending.append(self._writer.submit(self._write, self._file(path, digest), text))

    def _write(self, f: Path, text: str) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            write_atomic(f, text)
        except OSError:
            pass

    def flush(self) -> None:
        """Wait until every entry put is on disk."""
        pending, self._pending = self._pending, []
        for done in pending:
            done.result()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None


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
