"""The document-type vocabulary (文种): what titles end with, their basic types, what 《…》 are no documents.

Data in ``doc_types.toml`` beside this module; the loaders build their patterns from it
(:mod:`policykg.loaders.regexes`).

>>> v = default_vocabulary()
>>> v.basic("实施意见"), v.basic("通知"), "通则" in v.cited, "通则" in v.own
('意见', '通知', True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from policykg.errors import PolicyKGError
from policykg.ontology._data import read_toml

__all__ = ["DOC_TYPES_PATH", "DocTypeError", "Vocabulary", "default_vocabulary"]

DOC_TYPES_PATH = Path(__file__).with_name("doc_types.toml")


class DocTypeError(PolicyKGError):
    """doc_types.toml is missing, malformed or incomplete."""


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Vocabulary:
    """The 文种 a title may end with: ``own`` (a publication's own titles), ``cited`` (also what a 《…》
    may end with), longest first; their basic types; the types whose short titles are citations; the
    endings of 《…》 that are no documents; the code prefixes of standards."""

    own: tuple[str, ...]
    cited: tuple[str, ...]  # own + the words only cited titles end with
    basics: MappingProxyType
    short_title_types: tuple[str, ...]
    not_document_endings: tuple[str, ...]
    document_endings: tuple[str, ...]
    standard_prefixes: tuple[str, ...]

    def basic(self, word: str) -> str:
        """The basic 文种 of a title's last word (实施意见 → 意见)."""
        return self.basics.get(word, word)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Vocabulary:
        try:
            own = list(data["titles"]["own"])
            cited = own + list(data["titles"].get("cited", []))
            return cls(
                own=_longest_first(own),
                cited=_longest_first(cited),
                basics=MappingProxyType(dict(data.get("basic", {}))),
                short_title_types=_longest_first(list(data["short_titles"]["types"])),
                not_document_endings=_longest_first(list(data["not_documents"]["endings"])),
                document_endings=_longest_first(list(data["not_documents"].get("documents", []))),
                standard_prefixes=_longest_first(list(data["standards"]["code_prefixes"])),
            )
        except (KeyError, TypeError) as exc:
            raise DocTypeError(f"doc_types.toml: missing or malformed table ({exc})") from None

    @classmethod
    def from_file(cls, path: Path = DOC_TYPES_PATH) -> Vocabulary:
        return cls.from_data(read_toml(path, DocTypeError, "document-type vocabulary"))


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The vocabulary shipped with policykg (read once)."""
    return Vocabulary.from_file()
