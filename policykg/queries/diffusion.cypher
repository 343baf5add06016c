// diffusion: how did one policy spread: over levels, places and years, and how fast?
//
// The implementations of one document (its id, doc number or title), as implementation_lag
// finds them (notice units resting on it or carrying it out, directly or through others),
// grouped by the implementing unit's level, place (jurisdiction) or year ($by). Per group: how
// many units, in how many distinct places, how many name the source directly, the first date,
// the shortest lag in days and the median lags in days and in years (Cypher's percentileCont).
// Levels run national → district; places and years in order.
//
// @param doc string  Document id, doc number or exact title of the policy.
// @param by string = "level"  Group by level, place or year.
// @example policykg query diffusion --param doc=国发〔2024〕7号 --param by=level
MATCH (d:Document)
WHERE d.id = $doc OR d.doc_number = $doc OR d.title = $doc
CALL (d) {
  MATCH (d)-[:TRANSMITS*0..]-(m:Document)
  RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS root
}
WITH DISTINCT root
MATCH (s:Document {id: root})
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
     unit_year - source_year AS lag_years,
     CASE $by WHEN 'level' THEN i.level WHEN 'place' THEN i.jurisdiction ELSE toString(unit_year) END AS value
WITH s, value,
     count(*) AS implementations,
     count(DISTINCT i.jurisdiction) AS places,
     count(CASE WHEN direct THEN 1 END) AS direct,
     min(unit_date) AS first_date,
     min(lag_days) AS first_lag_days,
     percentileCont(lag_days, 0.5) AS median_lag_days,
     percentileCont(lag_years, 0.5) AS median_lag_years
RETURN s.id AS source,
       $by AS grouped_by,
       value,
       implementations,
       places,
       direct,
       first_date,
       first_lag_days,
       median_lag_days,
       median_lag_years
ORDER BY source,
         CASE WHEN $by <> 'level' THEN 0 WHEN value = 'national' THEN 0 WHEN value = 'provincial' THEN 1
              WHEN value = 'municipal' THEN 2 WHEN value = 'district' THEN 3 WHEN value = 'unknown' THEN 4 ELSE 5 END,
         value
