// most_implemented: which policies are implemented most, by how many provinces, cities and districts?
//
// Every source of level $level (national by default) with the notice units implementing it, as
// implementation_lag finds them (resting on it or carrying it out, directly or through others;
// a notice and the texts it transmits counted once): how many, how many name it directly, in
// how many distinct provinces, cities and districts (places of the provincial, municipal and
// district units), the first implementation's date, the shortest lag in days and the median
// lags in days and in years. Most implemented first; sources nobody implements are left out.
//
// @param level string = "national"  Level of the implemented documents; empty = all.
// @param limit int = 20  Number of documents to list.
// @example policykg query most_implemented --param level=national --param limit=10
MATCH (d:Document)
CALL (d) {
  MATCH (d)-[:TRANSMITS*0..]-(m:Document)
  RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS root
}
WITH DISTINCT root
MATCH (s:Document {id: root})
WHERE $level = '' OR s.level = $level
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
CALL (i) {
  MATCH (i)-[:TRANSMITS*0..]-(m:Document)
  WITH DISTINCT m
  RETURN collect(m) AS members, min(m.date) AS unit_date, min(coalesce(m.year, m.doc_number_year)) AS doc_year
}
WITH s, source_date, coalesce(toInteger(left(source_date, 4)), source_doc_year) AS source_year,
     i, unit_date, coalesce(toInteger(left(unit_date, 4)), doc_year) AS unit_year,
     any(m IN members WHERE EXISTS { (m)-[:BASED_ON|IMPLEMENTS]->(b:Document) WHERE b IN source_unit }) AS direct
WITH s, i, unit_date, direct,
     CASE WHEN source_date IS NOT NULL AND unit_date IS NOT NULL
          THEN duration.inDays(date(source_date), date(unit_date)).days END AS lag_days,
     unit_year - source_year AS lag_years
WITH s,
     count(*) AS implementations,
     count(CASE WHEN direct THEN 1 END) AS direct,
     count(DISTINCT CASE WHEN i.level = 'provincial' THEN i.jurisdiction END) AS provinces,
     count(DISTINCT CASE WHEN i.level = 'municipal' THEN i.jurisdiction END) AS cities,
     count(DISTINCT CASE WHEN i.level = 'district' THEN i.jurisdiction END) AS districts,
     min(unit_date) AS first_date,
     min(lag_days) AS first_lag_days,
     percentileCont(lag_days, 0.5) AS median_lag_days,
     percentileCont(lag_years, 0.5) AS median_lag_years
RETURN s.id AS document,
       s.title AS title,
       s.doc_number AS doc_number,
       s.level AS level,
       s.in_corpus AS in_corpus,
       implementations,
       direct,
       provinces,
       cities,
       districts,
       first_date,
       first_lag_days,
       median_lag_days,
       median_lag_years
ORDER BY implementations DESC, document
LIMIT $limit
