// name: ffi-exposure
// description: Crates (latest analysed version) by FFI exposure: direct (declares foreign items, calls or exports C functions, links a native library or bundles native code), transitive only (reaches such a crate through 1 to 8 normal dependencies), or none.
// columns: exposure, crates
MATCH (v:Version)
WHERE v.latest AND v.analysed
WITH v,
     (coalesce(v.foreign_items, 0) > 0 OR coalesce(v.native_files, 0) > 0
      OR EXISTS { (v)-[:LINKS]->(:NativeLibrary) }
      OR EXISTS { (v)-[:EXPORTS]->(:ForeignFunction) }
      OR EXISTS { (v)-[:DEFINES]->(:Function)-[:CALLS_FOREIGN]->(:ForeignFunction) }) AS direct
WITH collect(CASE WHEN direct THEN v.name END) AS directNames, collect(CASE WHEN NOT direct THEN v END) AS others
CALL (directNames, others) {
  UNWIND others AS v
  WITH v WHERE EXISTS {
    MATCH (v)((:Version)-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']->(:Crate)<-[:VERSION_OF]-(w:Version WHERE w.latest)){1,8}(x:Version)
    WHERE x.name IN directNames }
  RETURN count(v) AS transitive
}
UNWIND [['direct', size(directNames)], ['transitive only', transitive], ['none', size(others) - transitive]] AS row
RETURN row[0] AS exposure, row[1] AS crates
