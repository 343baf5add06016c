"""One exception root; the CLI turns each into a one-line message."""


class PolicyKGError(Exception):
    """Root of every error policykg raises on purpose."""


class InputError(PolicyKGError):
    """A file could not be read or decoded."""


class GraphFileError(PolicyKGError):
    """A graph.json is missing, unreadable or of another schema version."""


class Neo4jError(PolicyKGError):
    """Neo4j could not be installed, started, reached or queried."""


class QueryError(PolicyKGError):
    """A named query or Cypher text is unknown, invalid or refused."""


class NotFoundError(PolicyKGError):
    """A document, agency or group asked for is not in the graph (or is ambiguous)."""


class RDFError(PolicyKGError):
    """An RDF export or SHACL validation could not be done (bad base IRI, unreadable RDF, unmapped term)."""


class BrowserError(PolicyKGError):
    """Chromium could not be found, started or driven (viz page measurements and browser tests)."""
