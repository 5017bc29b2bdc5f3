// name: advisory-exposure
// description: Per advisory (withdrawn ones left out): the analysed crates whose resolved dependencies include a version it affects (what a lock-file audit such as cargo-audit reports), beside those that can reach a function it names (REACHES), and the share the call graph confirms. Advisories that name no function, or none the graph holds, are counted apart: their reaching and reach_pct are empty.
// columns: advisory, crate, kind, named_functions, audited, reaching, reach_pct
MATCH (a:Advisory)-[:AFFECTS]->(t:Version)<-[:RESOLVED_TO]-(v:Version)
WHERE a.withdrawn IS NULL AND v.analysed AND v.name <> t.name
WITH a, count(DISTINCT v.name) AS audited
CALL (a) {
  OPTIONAL MATCH (a)-[n:NAMES]->(:Function)
  RETURN count(DISTINCT n.path) AS named
}
CALL (a) {
  OPTIONAL MATCH (v:Version)-[:REACHES]->(a)
  RETURN count(DISTINCT v.name) AS reaching
}
RETURN a.id AS advisory, a.package AS crate, a.kind AS kind, named AS named_functions, audited,
       CASE WHEN named > 0 THEN reaching END AS reaching,
       CASE WHEN named > 0 THEN round(100.0 * reaching / audited, 2) END AS reach_pct
ORDER BY named_functions > 0 DESC, audited DESC, advisory
LIMIT $limit
