// coissuance_centrality: who is central in the co-issuance network: degree, weighted degree, betweenness, PageRank?
//
// The network: every agency, two agencies linked when they issued a notice unit together (a
// notice and the texts it transmits are one publication, issued by every agency either names),
// weighted by the number of such units. Per agency: `documents` (units it issued), `degree`
// (co-issuers), `weighted_degree` (joint units summed over them), `betweenness` (over all pairs
// of other agencies, the share of their shortest paths through it, summed; unweighted, as
// networkx's betweenness_centrality(normalized=False)) and `pagerank` (weighted, damping 0.85,
// 100 power iterations from 1/n, an agency without co-issuers spreading its rank evenly), both
// rounded to 6 decimals. Plain Cypher (no plugin): lists and reduce(), Brandes' algorithm for
// betweenness. Highest PageRank first.
//
// @param level string = ""  Only list agencies of this level (the network is always the whole one); empty = all.
// @param limit int = 20  Number of agencies to list.
// @example policykg query coissuance_centrality --param limit=10
MATCH (g:Agency)
WITH g ORDER BY g.id
WITH collect(g.id) AS ids
CALL () {
  MATCH (d:Document)-[:ISSUED_BY]->(:Agency)
  WITH DISTINCT d
  CALL (d) {
    MATCH (d)-[:TRANSMITS*0..]-(m:Document)
    RETURN coalesce(min(CASE WHEN NOT EXISTS { (:Document)-[:TRANSMITS]->(m) } THEN m.id END), min(m.id)) AS root
  }
  MATCH (d)-[:ISSUED_BY]->(g:Agency)
  WITH DISTINCT root, g.id AS agency
  WITH root, collect(agency) AS issuers
  UNWIND issuers AS a
  UNWIND issuers AS b
  WITH a, b, count(*) AS w
  ORDER BY a, b
  RETURN collect([a, b, w]) AS weights
}
WITH ids, size(ids) AS n, weights
WITH ids, n,
     [i IN range(0, n - 1) | coalesce([t IN weights WHERE t[0] = ids[i] AND t[1] = ids[i] | t[2]][0], 0)] AS documents,
     [i IN range(0, n - 1) |
       [t IN weights WHERE t[0] = ids[i] AND t[1] <> ids[i] | [[j IN range(0, n - 1) WHERE ids[j] = t[1]][0], t[2]]]] AS nbrs
WITH ids, n, documents, nbrs,
     [i IN range(0, n - 1) | reduce(s = 0, e IN nbrs[i] | s + e[1])] AS strength,
     [i IN range(0, n - 1) | [e IN nbrs[i] | e[0]]] AS adj
WITH ids, n, documents, nbrs, strength, adj, [i IN range(0, n - 1) WHERE strength[i] = 0] AS dangling
// PageRank: rank' = (1 - 0.85)/n + 0.85 * (Σ neighbours' rank × weight / their strength + dangling rank / n)
WITH ids, n, documents, strength, adj,
     reduce(pr = [i IN range(0, n - 1) | 1.0 / n], k IN range(1, 100) |
       [spread IN [reduce(t = 0.0, j IN dangling | t + pr[j])] |
         [i IN range(0, n - 1) |
           (1 - 0.85) / n + 0.85 * (reduce(t = 0.0, e IN nbrs[i] | t + pr[e[0]] * e[1] / strength[e[0]]) + spread / n)]][0]
     ) AS pagerank
// Betweenness (Brandes): from each source a breadth-first search counting shortest paths (sigma)
// layer by layer, then the dependencies accumulated from the deepest layer back.
WITH ids, n, documents, strength, adj, pagerank,
     [s IN range(0, n - 1) |
       [bfs IN [reduce(st = {dist: [i IN range(0, n - 1) | CASE WHEN i = s THEN 0 ELSE -1 END],
                             sigma: [i IN range(0, n - 1) | CASE WHEN i = s THEN 1 ELSE 0 END],
                             layers: [[s]]},
                       k IN range(1, n) |
                       CASE WHEN size(st.layers[-1]) = 0 THEN st ELSE
                         [next IN [[v IN range(0, n - 1) WHERE st.dist[v] = -1 AND any(u IN st.layers[-1] WHERE v IN adj[u])]] |
                           {dist: [i IN range(0, n - 1) | CASE WHEN i IN next THEN k ELSE st.dist[i] END],
                            sigma: [i IN range(0, n - 1) |
                                     CASE WHEN i IN next
                                          THEN reduce(t = 0, u IN st.layers[-1] | t + CASE WHEN i IN adj[u] THEN st.sigma[u] ELSE 0 END)
                                          ELSE st.sigma[i] END],
                            layers: st.layers + [next]}][0]
                       END)] |
         reduce(delta = [i IN range(0, n - 1) | 0.0], layer IN reverse(bfs.layers[1..]) |
           [v IN range(0, n - 1) |
             delta[v] + reduce(t = 0.0, w IN layer |
               t + CASE WHEN bfs.dist[v] = bfs.dist[w] - 1 AND v IN adj[w]
                        THEN toFloat(bfs.sigma[v]) / bfs.sigma[w] * (1 + delta[w]) ELSE 0.0 END)])][0]
     ] AS dependencies
WITH ids, n, documents, strength, adj, pagerank,
     [v IN range(0, n - 1) |
       reduce(t = 0.0, s IN range(0, n - 1) | t + CASE WHEN s = v THEN 0.0 ELSE dependencies[s][v] END) / 2] AS betweenness
UNWIND range(0, n - 1) AS i
MATCH (g:Agency {id: ids[i]})
WHERE $level = '' OR g.level = $level
RETURN g.id AS agency,
       g.name AS name,
       g.level AS level,
       documents[i] AS documents,
       size(adj[i]) AS degree,
       strength[i] AS weighted_degree,
       round(betweenness[i], 6) AS betweenness,
       round(pagerank[i], 6) AS pagerank
ORDER BY pagerank DESC, agency
LIMIT $limit
