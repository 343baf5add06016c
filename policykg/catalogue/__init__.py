"""Reference catalogues that cited documents are matched against (see :mod:`.catalogue`).

``laws.json.gz`` is the packaged catalogue of laws and regulations, made from the LawRefBook
collection with policykg itself (``scripts/build_catalogue.py``, module :mod:`.lawrefbook`);
``supplement.toml`` adds a few regulations that collection lacks, each with where it was read;
``policies.json.gz`` holds the State Council's documents of the Policy-Transparency-China-2024 dataset
(``scripts/build_policy_catalogue.py``, module :mod:`.policies`).
"""

from policykg.catalogue.catalogue import (
    CATALOGUE,
    REFERENCE,
    Catalogue,
    CatalogueError,
    Entry,
    catalogue_from_graph,
    default_catalogue,
    read_catalogue,
    read_supplement,
    write_catalogue,
)

__all__ = [
    "CATALOGUE",
    "REFERENCE",
    "Catalogue",
    "CatalogueError",
    "Entry",
    "catalogue_from_graph",
    "default_catalogue",
    "read_catalogue",
    "read_supplement",
    "write_catalogue",
]
