// beneficiary_matrix: which groups are supported, by which issuers, at which level, and is the support still in force?
//
// Notice units (a notice and the texts it transmits, counted once) targeting each beneficiary
// group, counted by issuing agency, level and status (of the unit's notice). A unit targets a
// group when any of its documents does, and counts for every agency any of them was issued by
// (agency empty when none is known). Filters: a group (with its narrower groups, as in
// beneficiary_docs), an agency (id, name or alias), a level, a status; each empty = all.
//
// @param group string = ""  Group id, name or synonym (its narrower groups included); empty = all.
// @param agency string = ""  Agency id, canonical name or alias; empty = all.
// @param level string = ""  Only units of this level; empty = all.
// @param status string = ""  Only units of this status (in_force, superseded, expired, not_yet_in_force, unknown); empty = all.
// @example policykg query beneficiary_matrix --param group=高校毕业生 --param status=in_force
MATCH (d:Document)-[:TARGETS]->(g:BeneficiaryGroup)
WHERE $group = '' OR EXISTS {
  MATCH (top:BeneficiaryGroup)
  WHERE (top.id = $group OR top.name = $group OR $group IN coalesce(top.synonyms, []))
    AND (g = top OR top.name IN coalesce(g.broader, []))
}
CALL (d) {
  MATCH (d)-[:TRANSMITS*0..]-(m:Document)
  RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS root
}
WITH DISTINCT root, g
MATCH (u:Document {id: root})
WHERE ($level = '' OR u.level = $level) AND ($status = '' OR u.status = $status)
CALL (u) {
  OPTIONAL MATCH (u)-[:TRANSMITS*0..]-(:Document)-[:ISSUED_BY]->(a:Agency)
  RETURN collect(DISTINCT a) AS issuers
}
UNWIND CASE WHEN issuers = [] THEN [null] ELSE issuers END AS a
WITH g, a, u
WHERE $agency = '' OR (a IS NOT NULL AND (a.id = $agency OR a.name = $agency OR $agency IN coalesce(a.aliases, [])))
RETURN g.id AS group,
       a.id AS agency,
       u.level AS level,
       u.status AS status,
       count(*) AS documents
ORDER BY group, agency, level, status
