// name: sys-crates
// description: -sys crates (latest version) with their manifest links key, the native libraries they link on the target they were analysed for, build status, and how many crates depend on them directly and transitively (normal dependencies, latest versions, up to 8 hops).
// columns: crate, version, links, libraries, target, build_status, direct_dependents, transitive_dependents
MATCH (v:Version)-[:VERSION_OF]->(c:Crate)
WHERE v.latest AND c.name ENDS WITH '-sys'
CALL (v) {
  OPTIONAL MATCH (v)-[:LINKS]->(l:NativeLibrary)
  WITH l ORDER BY l.name
  RETURN collect(l.name) AS libraries
}
CALL (c) {
  OPTIONAL MATCH (c)<-[d:DEPENDS_ON]-(w:Version)
  WHERE w.latest AND coalesce(d.kind, 'normal') = 'normal'
  RETURN count(DISTINCT w.name) AS direct
}
CALL (c) {
  OPTIONAL MATCH SHORTEST 1 (c)((:Crate)<-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']-(w:Version WHERE w.latest)-[:VERSION_OF]->(:Crate)){1,8}(dependent:Crate)
  RETURN count(DISTINCT dependent) AS transitive
}
RETURN c.name AS crate, v.version AS version, v.links AS links, libraries, v.target AS target, v.build_status AS build_status,
       direct AS direct_dependents, transitive AS transitive_dependents
ORDER BY direct_dependents DESC, transitive_dependents DESC, crate
LIMIT $limit
