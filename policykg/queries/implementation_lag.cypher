// implementation_lag: how long after a national (or provincial) policy did each document implementing it follow?
//
// From each source (the document $doc, or every document of level $source_level) down its
// lineage as implementations_down walks it (against BASED_ON and IMPLEMENTS, TRANSMITS both
// ways, at most 8 links) to every document resting on it or carrying it out, directly or
// through others. Counted by notice unit: a notice and the texts it transmits are one
// publication, named by its notice (`source`, `document`) and dated by the earliest date among
// them. One row per source and implementing unit: its level, place (jurisdiction) and date,
// `direct` when it names the source itself, and the lag: `lag_days` when both dates are known,
// `lag_years` between the two years (of the date, else of the doc number) when both are known,
// `precision` saying which one holds ('day', 'year'; null when neither). Shortest lag first.
//
// @param doc string = ""  A source: document id, doc number or exact title; empty = every source of source_level.
// @param source_level string = "national"  Level of the sources when no doc is given (national, provincial …); empty = all.
// @param level string = ""  Only implementing documents of this level; empty = all.
// @example policykg query implementation_lag --param source_level=national --param level=municipal
MATCH (d:Document)
WHERE $doc = '' OR d.id = $doc OR d.doc_number = $doc OR d.title = $doc
CALL (d) {
  MATCH (d)-[:TRANSMITS*0..]-(m:Document)
  RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS root
}
WITH DISTINCT root
MATCH (s:Document {id: root})
WHERE $doc <> '' OR $source_level = '' OR s.level = $source_level
CALL (s) {
  MATCH (s)-[:TRANSMITS*0..]-(m:Document)
  WITH DISTINCT m
  RETURN collect(m) AS source_unit, min(m.date) AS source_date,
         min(coalesce(m.year, m.doc_number_year)) AS source_doc_year
}
// Breadth first down the lineage, 8 levels: documents resting on one found (against BASED_ON and
// IMPLEMENTS) or joined to it by TRANSMITS (either way). Lists, as a SHORTEST path search to
// every reachable document is much slower.
CALL (s) {
  WITH reduce(st = {seen: [s], frontier: [s]}, k IN range(1, 8) |
         CASE WHEN st.frontier = [] THEN st ELSE
           [next IN [reduce(acc = [], f IN st.frontier |
               reduce(more = acc, n IN [(f)<-[:BASED_ON|IMPLEMENTS]-(n:Document) | n] + [(f)-[:TRANSMITS]-(n:Document) | n] |
                 CASE WHEN n IN st.seen OR n IN more THEN more ELSE more + n END))] |
             {seen: st.seen + next, frontier: next}][0]
         END).seen AS seen
  UNWIND seen[1..] AS x
  CALL (x) {
    MATCH (x)-[:TRANSMITS*0..]-(m:Document)
    RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS unit
  }
  WITH DISTINCT unit
  WHERE unit <> s.id
  RETURN unit
}
MATCH (i:Document {id: unit})
WHERE $level = '' OR i.level = $level
CALL (i) {
  MATCH (i)-[:TRANSMITS*0..]-(m:Document)
  WITH DISTINCT m
  RETURN collect(m) AS members, min(m.date) AS unit_date, min(coalesce(m.year, m.doc_number_year)) AS doc_year
}
WITH s, source_date, coalesce(toInteger(left(source_date, 4)), source_doc_year) AS source_year,
     i, unit_date, coalesce(toInteger(left(unit_date, 4)), doc_year) AS unit_year,
     any(m IN members WHERE EXISTS { (m)-[:BASED_ON|IMPLEMENTS]->(b:Document) WHERE b IN source_unit }) AS direct
WITH s, source_date, i, unit_date, direct,
     CASE WHEN source_date IS NOT NULL AND unit_date IS NOT NULL
          THEN duration.inDays(date(source_date), date(unit_date)).days END AS lag_days,
     unit_year - source_year AS lag_years
RETURN s.id AS source,
       s.title AS source_title,
       source_date,
       i.id AS document,
       i.title AS title,
       i.doc_number AS doc_number,
       i.level AS level,
       i.jurisdiction AS place,
       unit_date AS date,
       direct,
       lag_days,
       lag_years,
       CASE WHEN lag_days IS NOT NULL THEN 'day' WHEN lag_years IS NOT NULL THEN 'year' END AS precision
ORDER BY source, lag_days, lag_years, document
