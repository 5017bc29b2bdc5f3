// name: native-libraries-by-dependents
// description: Native libraries ranked by direct dependents (crates whose latest version links the library on the target it was analysed for) or by transitive dependents (other crates whose latest version reaches a linking crate through 1 to 8 normal dependencies); targets names the target triples of those links.
// param: by (string) = transitive — transitive or direct: the ranking
// columns: library, direct_dependents, transitive_dependents, linked_by, targets
MATCH (l:NativeLibrary)<-[k:LINKS]-(v:Version)-[:VERSION_OF]->(c:Crate)
WHERE v.latest
WITH l, c, k.target AS target
ORDER BY c.name
WITH l, collect(DISTINCT c) AS linkers, collect(DISTINCT target) AS targets
CALL (linkers) {
  UNWIND linkers AS linker
  MATCH SHORTEST 1 (linker)((:Crate)<-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']-(w:Version WHERE w.latest)-[:VERSION_OF]->(:Crate)){1,8}(dependent:Crate)
  WHERE NOT dependent IN linkers
  RETURN count(DISTINCT dependent) AS transitive
}
WITH l.name AS library, size(linkers) AS direct, transitive, [c IN linkers | c.name] AS linked_by, targets
RETURN library, direct AS direct_dependents, transitive AS transitive_dependents, linked_by, targets
ORDER BY CASE $by WHEN 'direct' THEN direct ELSE transitive END DESC,
         CASE $by WHEN 'direct' THEN transitive ELSE direct END DESC,
         library
LIMIT $limit
