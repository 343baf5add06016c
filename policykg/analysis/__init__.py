"""What the graph answers, defined once: the questions the named queries and the pages share.

Pure functions ``f(G, …, *, options)`` over the networkx policy graph, each following the
.cypher file that defines the same question for Neo4j (``policykg/queries/*.cypher``, the
contract): :mod:`~policykg.queries.memory` turns their answers into the Cypher's rows, and
:mod:`policykg.viz` draws them.

- :mod:`~policykg.analysis.lookup`: which document (agency, group) a reference names.
- :mod:`~policykg.analysis.lineage`: up and down along BASED_ON / IMPLEMENTS / TRANSMITS.
- :mod:`~policykg.analysis.supersession`: supersession chains and amendments.
- :mod:`~policykg.analysis.units`: a notice and the texts it transmits (notice units, what the
  corpus-wide questions count).
- :mod:`~policykg.analysis.coissuance`: issuers and agencies issuing together.
- :mod:`~policykg.analysis.citations`: who refers to a document; the most cited.
- :mod:`~policykg.analysis.groups`: a beneficiary group and its narrower groups.
- :mod:`~policykg.analysis.links`: typed links, the ground the others walk on.
- :mod:`~policykg.analysis.validity`: documents no longer in force, what replaced them, since when.
- :mod:`~policykg.analysis.diffusion`: who implemented a policy, where, when, with what lag.
- :mod:`~policykg.analysis.centrality`: degree, weighted degree, betweenness, PageRank of agencies.
- :mod:`~policykg.analysis.report`: the short report of a build (``policykg analyze``).
"""

from policykg.analysis.citations import CITING_TYPES, cited_documents, citers, most_cited
from policykg.analysis.coissuance import coissuing_pairs, issued_documents, issuers
from policykg.analysis.groups import narrower_groups
from policykg.analysis.lineage import (
    LINEAGE_MAX_DEPTH,
    LINEAGE_TYPES,
    LineagePath,
    lineage_depths,
    lineage_paths,
    lineage_reach,
    lineage_steps,
)
from policykg.analysis.links import is_document
from policykg.analysis.lookup import (
    agencies_named,
    closest_documents,
    describe,
    documents_named,
    find_document,
    groups_named,
    match_documents,
)
from policykg.analysis.supersession import (
    SUPERSESSION_MAX_DEPTH,
    ChainLink,
    amended_by,
    newer_versions,
    older_versions,
    supersession_chain,
)
from policykg.analysis.units import NoticeUnits, notice_unit, notices_of, texts_of

__all__ = [
    "CITING_TYPES",
    "LINEAGE_MAX_DEPTH",
    "LINEAGE_TYPES",
    "SUPERSESSION_MAX_DEPTH",
    "ChainLink",
    "LineagePath",
    "NoticeUnits",
    "agencies_named",
    "amended_by",
    "cited_documents",
    "citers",
    "closest_documents",
    "coissuing_pairs",
    "describe",
    "documents_named",
    "find_document",
    "groups_named",
    "is_document",
    "issued_documents",
    "issuers",
    "lineage_depths",
    "lineage_paths",
    "lineage_reach",
    "lineage_steps",
    "match_documents",
    "most_cited",
    "narrower_groups",
    "newer_versions",
    "notice_unit",
    "notices_of",
    "older_versions",
    "supersession_chain",
    "texts_of",
]
