// lineage_up: which higher policies does a document rest on or carry out, and through which links?
//
// From a document (its id, doc number or title) up through BASED_ON and IMPLEMENTS (followed
// in their own direction: the document → the policy it rests on) to every policy it traces back
// to, e.g. the national policies behind a municipal notice. One row per simple path (no
// document twice), at most 8 links long.
// TRANSMITS is followed both ways: a notice (关于印发《X》的通知) and the text X it transmits
// are one publication, so the basis named in either belongs to both. `rels` gives each link's
// type in path order, prefixed with "<" when the link was followed against its direction
// ("<TRANSMITS": from the transmitted text to its notice).
//
// @param doc string  Document id, doc number (豫政办〔2024〕46号) or exact title.
// @param level string = ""  Only ancestors of this level (national, provincial, municipal, district, unknown); empty = all.
// @example policykg query lineage_up --param doc=焦政〔2024〕10号 --param level=national
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc OR d.title = $doc
MATCH p = (d) ((a:Document)-[r:BASED_ON|IMPLEMENTS|TRANSMITS]-(b:Document)
               WHERE type(r) = 'TRANSMITS' OR startNode(r) = a){1,8} (top:Document)
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND ($level = '' OR top.level = $level)
RETURN d.id AS start,
       length(p) AS depth,
       top.id AS ancestor,
       top.title AS title,
       top.doc_number AS doc_number,
       top.level AS level,
       top.in_corpus AS in_corpus,
       [n IN nodes(p) | n.id] AS path,
       [i IN range(0, length(p) - 1) |
         CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
              THEN type(relationships(p)[i]) ELSE '<' + type(relationships(p)[i]) END] AS rels
ORDER BY start, depth, ancestor, path, rels
