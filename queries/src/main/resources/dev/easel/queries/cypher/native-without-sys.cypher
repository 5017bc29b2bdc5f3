// name: native-without-sys
// description: Crates (latest version) without a -sys name that still link native libraries or bundle native sources.
// columns: crate, version, libraries, target, native_files, native_lines
MATCH (v:Version)
WHERE v.latest AND NOT v.name ENDS WITH '-sys'
  AND (v.native_files > 0 OR EXISTS { (v)-[:LINKS]->(:NativeLibrary) })
CALL (v) {
  OPTIONAL MATCH (v)-[:LINKS]->(l:NativeLibrary)
  WITH l ORDER BY l.name
  RETURN collect(l.name) AS libraries
}
RETURN v.name AS crate, v.version AS version, libraries, v.target AS target, coalesce(v.native_files, 0) AS native_files,
       coalesce(v.native_lines, 0) AS native_lines
ORDER BY native_lines DESC, crate
LIMIT $limit
