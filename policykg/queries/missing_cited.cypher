// missing_cited: which cited documents are missing from the corpus, and how many cite them?
//
// Documents with in_corpus = false (known only because another document refers to them through
// BASED_ON, IMPLEMENTS, CITES, AMENDS or SUPERSEDES), with the number of distinct documents that
// refer to them and their ids; most cited first. A to-collect list for the corpus.
//
// @example policykg query missing_cited
MATCH (src:Document)-[r:BASED_ON|IMPLEMENTS|CITES|AMENDS|SUPERSEDES]->(d:Document)
WHERE d.in_corpus = false AND src <> d
WITH DISTINCT d, src
ORDER BY src.id
WITH d, collect(src.id) AS cited_in
RETURN d.id AS document,
       d.title AS title,
       d.doc_number AS doc_number,
       d.level AS level,
       size(cited_in) AS cited_by,
       cited_in
ORDER BY cited_by DESC, document
