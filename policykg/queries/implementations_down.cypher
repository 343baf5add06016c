// implementations_down: everything below a policy, by level: what rests on it or carries it out?
//
// From a policy (its id, doc number or title) down against BASED_ON and IMPLEMENTS (from the
// policy to the documents that are based on it or implement it), transitively, at most 8
// links. TRANSMITS is followed both ways, as in lineage_up (a notice and the text it transmits
// are one publication). One row per simple path, grouped by level: national, provincial,
// municipal, district, unknown, then nearer documents first. `rels` gives each link's type in
// path order, "<" when followed against its direction ("<BASED_ON": X is based on the previous).
//
// @param doc string  Document id, doc number or exact title of the policy.
// @param level string = ""  Only documents of this level (national, provincial, municipal, district, unknown); empty = all.
// @example policykg query implementations_down --param doc=国发〔2024〕7号
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc OR d.title = $doc
MATCH p = (d) ((a:Document)-[r:BASED_ON|IMPLEMENTS|TRANSMITS]-(b:Document)
               WHERE type(r) = 'TRANSMITS' OR endNode(r) = a){1,8} (below:Document)
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND ($level = '' OR below.level = $level)
RETURN d.id AS start,
       below.level AS level,
       length(p) AS depth,
       below.id AS document,
       below.title AS title,
       below.doc_number AS doc_number,
       below.date AS date,
       [n IN nodes(p) | n.id] AS path,
       [i IN range(0, length(p) - 1) |
         CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
              THEN type(relationships(p)[i]) ELSE '<' + type(relationships(p)[i]) END] AS rels
ORDER BY start,
         CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2
                    WHEN 'district' THEN 3 WHEN 'unknown' THEN 4 ELSE 5 END,
         depth, document, path, rels
