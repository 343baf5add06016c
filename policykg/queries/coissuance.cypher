// coissuance: the co-issuance network: which agencies issue documents together, and how often?
//
// One row per pair of agencies that jointly issued at least `min_count` documents (two
// ISSUED_BY links from the same document), the pair in id order, with the number of joint
// documents and their ids; most frequent pairs first. A notice and the texts it issues are one
// publication (their `unit`: the first notice no TRANSMITS link reaches from which the document is
// reached, else the document): counted once, listed by the notice.
//
// @param min_count int = 1  Smallest number of joint documents to report.
// @example policykg query coissuance --param min_count=2
MATCH (a:Agency)<-[:ISSUED_BY]-(d:Document)-[:ISSUED_BY]->(b:Agency)
WHERE a.id < b.id
OPTIONAL MATCH (h:Document)-[:TRANSMITS*1..]->(d)
WHERE NOT (:Document)-[:TRANSMITS]->(h)
WITH a, b, d, min(h.id) AS head
WITH a, b, coalesce(head, d.id) AS unit ORDER BY unit
WITH a, b, collect(DISTINCT unit) AS documents
WHERE size(documents) >= $min_count
RETURN a.id AS agency_a,
       b.id AS agency_b,
       size(documents) AS joint_documents,
       documents
ORDER BY joint_documents DESC, agency_a, agency_b
