"""The agency registry: issuing bodies, their names, places and doc-number prefixes.

- :mod:`.records` — the records (:class:`Agency`, :class:`Place`) and the data file they come from
- :mod:`.divisions` — every province, prefecture and county of China (the packaged division table)
- :mod:`.patterns` — every pattern of agency names, built from the data (endings, places, national names)
- :mod:`.building` — the rows of the data as bodies, prefixes and places (a division's bodies on demand)
- :mod:`.registry` — the index: lookup and canonical names, prefixes, places
- :mod:`.issuers` — splitting a (joint) issuer line into names
- :mod:`.guess` — level, place and parent of a name the registry does not hold

>>> default_registry().resolve("人社部").name
'人力资源和社会保障部'
"""

from policykg.ontology.agencies.records import (
    NATIONAL_JURISDICTION,
    REGISTRY_PATH,
    Agency,
    Place,
    RegistryError,
)
from policykg.ontology.agencies.registry import AgencyRegistry, default_registry

__all__ = [
    "Agency",
    "AgencyRegistry",
    "NATIONAL_JURISDICTION",
    "Place",
    "REGISTRY_PATH",
    "RegistryError",
    "default_registry",
]
