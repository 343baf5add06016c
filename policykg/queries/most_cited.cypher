// most_cited: which documents are referred to by the most other documents?
//
// Counts the distinct documents that refer to each document through BASED_ON, IMPLEMENTS,
// CITES, AMENDS or SUPERSEDES (TRANSMITS is left out: a notice transmitting its own text is
// not a citation). In-corpus and cited-only documents alike; most cited first.
//
// @param limit int = 20  Number of documents to list.
// @example policykg query most_cited --param limit=10
MATCH (src:Document)-[r:BASED_ON|IMPLEMENTS|CITES|AMENDS|SUPERSEDES]->(d:Document)
WHERE src <> d
WITH d, count(DISTINCT src) AS cited_by
RETURN d.id AS document,
       d.title AS title,
       d.doc_number AS doc_number,
       d.level AS level,
       d.in_corpus AS in_corpus,
       cited_by
ORDER BY cited_by DESC, document
LIMIT $limit
