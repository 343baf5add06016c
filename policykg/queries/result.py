"""The rows a query gives, whichever backend answered it (Neo4j, memory, researchers' Cypher).

>>> r = QueryResult(("document", "cited_by"), (("doc:a", 3),))
>>> r.records()
[{'document': 'doc:a', 'cited_by': 3}]
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QueryResult"]


@dataclass(frozen=True)
class QueryResult:
    """Rows of a query: ``columns`` and one tuple per row; ``capped`` when rows were cut off."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    capped: bool = False

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]
