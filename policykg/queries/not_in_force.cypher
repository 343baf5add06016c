// not_in_force: which documents are no longer in force, what replaced them, and since when?
//
// Corpus-wide: every document whose status (as of the build's date) is superseded (已废止) or
// expired (已失效), with what replaced it (its superseded_by list), when it was repealed
// (repealed_on: the build's own when it has one, else the earliest date a replacing document
// took effect, its effective_date or else its date) and, for an expired one, its expiry date.
// Superseded documents first, then expired ones, each in id order.
//
// @param status string = ""  Only superseded or only expired documents; empty = both.
// @param level string = ""  Only documents of this level (national, provincial, municipal, district, unknown); empty = all.
// @example policykg query not_in_force --param level=provincial
MATCH (d:Document)
WHERE d.status IN ['superseded', 'expired']
  AND ($status = '' OR d.status = $status)
  AND ($level = '' OR d.level = $level)
RETURN d.id AS document,
       d.title AS title,
       d.doc_number AS doc_number,
       d.level AS level,
       d.date AS date,
       d.status AS status,
       COLLECT { UNWIND coalesce(d.superseded_by, []) AS n RETURN n ORDER BY n } AS replaced_by,
       coalesce(d.repealed_on, COLLECT {
         MATCH (n:Document) WHERE n.id IN coalesce(d.superseded_by, [])
         WITH coalesce(n.effective_date, n.date) AS took_effect
         WHERE took_effect IS NOT NULL
         RETURN took_effect ORDER BY took_effect LIMIT 1
       }[0]) AS repealed_on,
       d.expiry_date AS expiry_date
ORDER BY status DESC, document
