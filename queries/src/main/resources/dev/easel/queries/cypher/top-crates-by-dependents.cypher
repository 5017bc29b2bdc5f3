// name: top-crates-by-dependents
// description: Painter's classics: crates ranked by direct dependents (crates whose latest version has a normal dependency on them) or by transitive dependents (up to 8 hops through latest versions).
// param: by (string) = direct — direct or transitive: the ranking
// columns: crate, direct_dependents, transitive_dependents
MATCH (c:Crate)<-[d:DEPENDS_ON]-(w:Version)
WHERE w.latest AND coalesce(d.kind, 'normal') = 'normal'
WITH c, count(DISTINCT w.name) AS direct
CALL (c) {
  MATCH SHORTEST 1 (c)((:Crate)<-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']-(w:Version WHERE w.latest)-[:VERSION_OF]->(:Crate)){1,8}(dependent:Crate)
  RETURN count(DISTINCT dependent) AS transitive
}
RETURN c.name AS crate, direct AS direct_dependents, transitive AS transitive_dependents
ORDER BY CASE $by WHEN 'transitive' THEN transitive ELSE direct END DESC,
         CASE $by WHEN 'transitive' THEN direct ELSE transitive END DESC,
         crate
LIMIT $limit
