// beneficiary_docs: which documents support a beneficiary group, including its narrower groups?
//
// The group is given by id, name or synonym (高校毕业生, 应届毕业生 …). Its narrower groups are
// those listing it among their `broader` groups (all ancestors), so asking for 重点群体 also
// finds documents targeting 高校毕业生 under it. One row per document and targeted group, with
// the sentence the TARGETS link was read from, and its `unit` (the notice that issued it, else
// itself): count distinct units to count a notice and its texts once.
//
// @param group string  Group id, name or synonym.
// @example policykg query beneficiary_docs --param group=高校毕业生
MATCH (g:BeneficiaryGroup)
WHERE g.id = $group OR g.name = $group OR $group IN coalesce(g.synonyms, [])
MATCH (sub:BeneficiaryGroup)
WHERE sub = g OR g.name IN coalesce(sub.broader, [])
MATCH (d:Document)-[t:TARGETS]->(sub)
OPTIONAL MATCH (h:Document)-[:TRANSMITS*1..]->(d)
WHERE NOT (:Document)-[:TRANSMITS]->(h)
WITH g, sub, d, t, min(h.id) AS head
RETURN g.id AS group,
       d.id AS document,
       d.title AS title,
       d.doc_number AS doc_number,
       d.level AS level,
       d.date AS date,
       d.status AS status,
       sub.id AS via_group,
       t.text AS evidence,
       coalesce(head, d.id) AS unit
ORDER BY group, document, via_group
