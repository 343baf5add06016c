// agency_docs: which documents did an agency issue, and with which co-issuers?
//
// The agency is given by id, canonical name or alias (省政府办公厅). One row per document it
// issued (alone or jointly), oldest first (undated last), with the other issuing agencies.
//
// @param agency string  Agency id, canonical name or alias.
// @example policykg query agency_docs --param agency=河南省人民政府办公厅
MATCH (a:Agency)
WHERE a.id = $agency OR a.name = $agency OR $agency IN coalesce(a.aliases, [])
MATCH (d:Document)-[:ISSUED_BY]->(a)
RETURN a.id AS agency,
       d.date AS date,
       d.id AS document,
       d.title AS title,
       d.doc_number AS doc_number,
       d.status AS status,
       COLLECT { MATCH (d)-[:ISSUED_BY]->(o:Agency) WHERE o <> a RETURN o.id ORDER BY o.id } AS co_issuers
ORDER BY agency, date, document
