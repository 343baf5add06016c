// document_links: what does the graph say about one document, and on what evidence?
//
// Every relationship of a document (its id, doc number or title), both ways: what it is based
// on, implements, cites, amends, supersedes or transmits, who issued it, whom it supports, and
// which documents point at it, each with the file, line and sentence it was read from. A link
// to itself is listed once, as `out`. The place to check an answer against the source text.
//
// @param doc string  Document id, doc number or exact title.
// @example policykg query document_links --param doc=郑政办〔2022〕15号
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc OR d.title = $doc
MATCH (d)-[r]-(o)
RETURN d.id AS start,
       CASE WHEN startNode(r) = d THEN 'out' ELSE 'in' END AS direction,
       type(r) AS type,
       o.id AS other,
       coalesce(o.title, o.name) AS other_name,
       r.file AS file,
       r.line AS line,
       r.text AS evidence
ORDER BY start, direction DESC, type, other
