// name: native-advisories
// description: Advisories (withdrawn ones left out) on -sys crates and on crates whose affected versions link a native library or bundle native code, with those libraries, and the crates whose functions call into them (CALLS_FOREIGN to a foreign function PROVIDED_BY a library an affected version LINKS), being an affected version or resolving one. Named functions of such advisories are often C functions, which NAMES cannot hold: this is their reach.
// columns: advisory, crate, kind, affected_versions, libraries, bundles_native_code, calling, calling_crates
MATCH (a:Advisory)-[:AFFECTS]->(t:Version)
WHERE a.withdrawn IS NULL
  AND (t.name ENDS WITH '-sys' OR coalesce(t.native_files, 0) > 0 OR EXISTS { (t)-[:LINKS]->(:NativeLibrary) })
WITH a, t ORDER BY t.major, t.minor, t.patch, t.version
WITH a, collect(t) AS affected
CALL (affected) {
  UNWIND affected AS t
  MATCH (t)-[:LINKS]->(l:NativeLibrary)
  WITH DISTINCT l ORDER BY l.name
  RETURN collect(l) AS libraries
}
CALL (affected, libraries) {
  UNWIND libraries AS l
  MATCH (l)<-[:PROVIDED_BY]-(:ForeignFunction)<-[:CALLS_FOREIGN]-(:Function)<-[:DEFINES]-(v:Version)
  WHERE v IN affected OR EXISTS { (v)-[:RESOLVED_TO]->(t:Version) WHERE t IN affected }
  WITH DISTINCT v.name AS name ORDER BY name
  RETURN collect(name) AS calling
}
RETURN a.id AS advisory, a.package AS crate, a.kind AS kind, [t IN affected | t.version] AS affected_versions,
       [l IN libraries | l.name] AS libraries, any(t IN affected WHERE coalesce(t.native_files, 0) > 0) AS bundles_native_code,
       size(calling) AS calling, calling AS calling_crates
ORDER BY calling DESC, advisory
LIMIT $limit
