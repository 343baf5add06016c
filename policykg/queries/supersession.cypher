// supersession: is a document still valid, what replaced it, and what did it replace?
//
// The supersession chain of a document (its id, doc number or title) through SUPERSEDES, in
// both directions and transitively (at most 20 links), with each document's validity: status
// (in_force | superseded | expired | unknown), effective and expiry dates, and the documents
// that amend it. `step` is 0 for the document itself, +k for a document k links newer (it
// supersedes, directly or through others, the asked document), -k for one k links older.
//
// @param doc string  Document id, doc number or exact title.
// @example policykg query supersession --param doc=河南省人民政府令第227号
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc OR d.title = $doc
CALL (d) {
  RETURN d AS n, 0 AS step
  UNION
  MATCH p = (newer:Document)-[:SUPERSEDES*1..20]->(d)
  WHERE newer <> d
  WITH newer, min(length(p)) AS k
  RETURN newer AS n, k AS step
  UNION
  MATCH p = (d)-[:SUPERSEDES*1..20]->(older:Document)
  WHERE older <> d
  WITH older, min(length(p)) AS k
  RETURN older AS n, -k AS step
}
RETURN d.id AS start,
       step,
       n.id AS document,
       n.title AS title,
       n.doc_number AS doc_number,
       n.date AS date,
       n.effective_date AS effective_date,
       n.expiry_date AS expiry_date,
       n.status AS status,
       n.status_as_of AS status_as_of,
       COLLECT { MATCH (m:Document)-[:AMENDS]->(n) RETURN m.id ORDER BY m.id } AS amended_by
ORDER BY start, step, document
