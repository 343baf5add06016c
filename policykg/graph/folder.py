"""A build folder (``--out``): what policykg may write there, and one writer at a time.

- **Ownership.** A build writes only into a folder that is empty, new, or a policykg build (it holds
  the manifest ``.policykg-build.json``, or — for builds older than the manifest — a policykg
  ``graph.json``); anything else is refused unless ``force``.  The manifest lists the files the
  builds wrote, so a later build removes only files of its own (stale pages of a site), never a
  user's file that happens to sit in the folder.
- **One writer.** An exclusive lock (``flock`` on ``.policykg.lock``) is held while a build writes;
  a second build into the same folder fails at once with a clear message instead of interleaving.
- **Never somewhere silly.** The file-system root and the user's home folder are refused.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> with BuildFolder(d / "out") as folder:
...     folder.record(["graph.json"])
>>> sorted(read_manifest(d / "out")["files"])
['graph.json']
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from policykg.errors import GraphFileError, PolicyKGError
from policykg.graph.cache import write_atomic
from policykg.graph.io import GRAPH_FILE

MANIFEST = ".policykg-build.json"
LOCK = ".policykg.lock"
# Files policykg itself keeps in a build folder besides those the manifest lists.
OWN_NAMES = frozenset({MANIFEST, LOCK, GRAPH_FILE, ".cache", ".neo4j-loaded.json", "site"})


class FolderRefused(PolicyKGError):
    """The ``--out`` folder is not one policykg may write into."""


class FolderBusy(PolicyKGError):
    """Another build holds the folder's lock."""


def read_manifest(out_dir: str | os.PathLike) -> dict:
    """The manifest of a build folder ({} when there is none or it is unreadable)."""
    try:
        data = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("files"), list) else {}


def is_policykg_build(out_dir: Path) -> bool:
    """Whether ``out_dir`` holds a manifest, or a graph.json that policykg wrote."""
    if read_manifest(out_dir):
        return True
    try:
        with (out_dir / GRAPH_FILE).open(encoding="utf-8") as fh:
            head = fh.read(200)
    except (OSError, UnicodeDecodeError):
        return False
    return '"schema_version"' in head


def check_out_dir(out_dir: str | os.PathLike, *, force: bool = False) -> Path:
    """``out_dir`` when policykg may build into it, else :class:`FolderRefused` saying why."""
    out = Path(out_dir).expanduser()
    refuse_root_or_home(out_dir, what="build into")
    if out.exists() and not out.is_dir():
        raise FolderRefused(f"--out {out_dir}: is a file, not a folder")
    if force or not out.exists():
        return out
    try:
        entries = [e.name for e in out.iterdir()]
    except OSError as exc:
        raise FolderRefused(f"--out {out_dir}: cannot read the folder ({exc.strerror or exc})") from None
    # a lock, a cache or a temporary file of ours alone: a build that has just begun writing here
    foreign = [e for e in entries if e not in (LOCK, MANIFEST, ".cache") and not _own_temporary(e)]
    if foreign and not is_policykg_build(out):
        shown = ", ".join(sorted(foreign)[:3]) + (" …" if len(foreign) > 3 else "")
        raise FolderRefused(
            f"--out {out_dir}: the folder holds files policykg did not write ({shown}); "
            "choose an empty or new folder, or pass --force to build there anyway"
        )
    return out


def refuse_root_or_home(out: str | os.PathLike, *, what: str = "write into") -> None:
    """:class:`FolderRefused` when the folder ``out`` is the file-system root or the user's home.

    >>> refuse_root_or_home("/", what="write a site into")
    Traceback (most recent call last):
    ...
    policykg.graph.folder.FolderRefused: --out /: will not write a site into /; give a folder of its own (e.g. out/)
    """
    resolved = Path(out).expanduser().resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
        raise FolderRefused(f"--out {out}: will not {what} {resolved}; give a folder of its own (e.g. out/)")


def check_out_file(path: str | os.PathLike) -> Path:
    """``path`` when a command (export, a viz page) may write it, else :class:`FolderRefused`.

    Refused: a file of a build folder that policykg keeps or that the folder's manifest lists
    (its graph.json, cache, site …), and a policykg graph.json anywhere — an export or a page
    written there would replace the build.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with BuildFolder(d) as folder:
    ...     folder.record(["graph.json"])
    >>> check_out_file(d / "graph.ttl").name
    'graph.ttl'
    >>> check_out_file(d / "graph.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    policykg.graph.folder.FolderRefused: --out ...graph.json: graph.json is part of the build in ...; write elsewhere
    """
    out = Path(path).expanduser()
    resolved = Path(os.path.realpath(out))
    for folder in resolved.parents:
        if not is_policykg_build(folder):
            continue
        relative = resolved.relative_to(folder).as_posix()
        listed = read_manifest(folder).get("files", [])
        if relative.split("/")[0] in OWN_NAMES or any(relative == f or relative.startswith(f"{f}/") for f in listed):
            raise FolderRefused(f"--out {path}: {relative} is part of the build in {folder}; write elsewhere")
    if resolved.name == GRAPH_FILE and is_policykg_build(resolved.parent):
        raise FolderRefused(f"--out {path}: is the graph.json of a policykg build; write elsewhere")
    return out


def _own_temporary(name: str) -> bool:
    """A temporary file policykg writes before renaming it (``.graph.json.x1y2.tmp``)."""
    return name.startswith(".") and name.endswith(".tmp")


class BuildFolder:
    """The lock and the manifest of a build folder, held while a build writes into it."""

    def __init__(self, out_dir: str | os.PathLike, *, force: bool = False):
        self.path = check_out_dir(out_dir, force=force)
        self._fd: int | None = None
        self._files: set[str] = set(read_manifest(self.path).get("files", []))

    def __enter__(self) -> BuildFolder:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise GraphFileError(f"cannot write into {self.path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise FolderBusy(
                f"{self.path}: another policykg build is writing into this folder; try again when it has finished"
            ) from None
        return self

    def __exit__(self, *exc_info) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def owns(self, relative: str) -> bool:
        """Whether the file at ``relative`` (to the folder) was written by a policykg build."""
        return relative in self._files

    def record(self, relatives) -> None:
        """Add files (relative to the folder) to the manifest, and write it."""
        self._files.update(str(r) for r in relatives)
        data = {"format": "policykg-build", "files": sorted(self._files)}
        try:
            write_atomic(self.path / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise GraphFileError(f"cannot write {self.path / MANIFEST}: {exc.strerror or exc}") from None
