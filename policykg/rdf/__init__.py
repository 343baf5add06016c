"""rdf: the RDF backend — ELI/ORG/SKOS mapping, export, SHACL validation."""
