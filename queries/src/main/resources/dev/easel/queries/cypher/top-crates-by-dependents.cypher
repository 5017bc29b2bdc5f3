// name: top-crates-by-dependents
// description: Painter's classics: crates ranked by direct dependents (crates whose latest version has a normal dependency on them) or, with by=transitive, by transitive dependents (up to 8 hops through latest versions; counted for the $candidates crates with most direct dependents, and left empty when ranking by direct: on the whole ecosystem each count walks much of the graph).
// param: by (string) = direct — direct or transitive: the ranking
// param: candidates (int) = 1000 — how many crates, by direct dependents, get a transitive count
// columns: crate, direct_dependents, transitive_dependents
MATCH (c:Crate)<-[d:DEPENDS_ON]-(w:Version)
WHERE w.latest AND coalesce(d.kind, 'normal') = 'normal'
WITH c, count(DISTINCT w.name) AS direct
ORDER BY direct DESC, c.name
LIMIT CASE $by WHEN 'transitive' THEN $candidates ELSE $limit END
CALL (c) {
  WITH c WHERE $by = 'transitive'
  MATCH SHORTEST 1 (c)((:Crate)<-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']-(w:Version WHERE w.latest)-[:VERSION_OF]->(:Crate)){1,8}(dependent:Crate)
  RETURN count(DISTINCT dependent) AS transitive
}
RETURN c.name AS crate, direct AS direct_dependents, CASE $by WHEN 'transitive' THEN transitive END AS transitive_dependents
ORDER BY CASE $by WHEN 'transitive' THEN transitive ELSE direct END DESC,
         CASE $by WHEN 'transitive' THEN direct ELSE transitive END DESC,
         crate
LIMIT $limit
