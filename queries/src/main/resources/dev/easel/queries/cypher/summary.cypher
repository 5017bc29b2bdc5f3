// name: summary
// description: Ecosystem summary, one metric per row: versions analysed, built, with unsafe, with FFI, linking and bundling native code; crates analysed, crates with FFI calls, foreign functions called, and the most called foreign functions.
// param: top (int) = 5 — how many foreign functions the "top foreign functions" row names
// columns: metric, value
MATCH (v:Version)
WITH count(v) AS versions,
     count(CASE WHEN v.analysed THEN 1 END) AS analysed,
     count(CASE WHEN v.build_status = 'ok' THEN 1 END) AS built,
     count(CASE WHEN v.analysed AND v.unsafe_total > 0 THEN 1 END) AS withUnsafe,
     count(CASE WHEN v.analysed AND v.native_files > 0 THEN 1 END) AS bundling,
     count(DISTINCT CASE WHEN v.analysed THEN v.name END) AS cratesAnalysed
CALL () {
  MATCH (v:Version)
  WHERE v.analysed AND (v.foreign_items > 0
     OR EXISTS { (v)-[:DEFINES]->(:Function)-[:CALLS_FOREIGN]->(:ForeignFunction) }
     OR EXISTS { (v)-[:EXPORTS]->(:ForeignFunction) })
  RETURN count(v) AS withFfi
}
CALL () {
  MATCH (v:Version)
  WHERE EXISTS { (v)-[:LINKS]->(:NativeLibrary) }
  RETURN count(v) AS linking
}
CALL () {
  MATCH (f:Function)-[:CALLS_FOREIGN]->(ff:ForeignFunction)
  RETURN count(DISTINCT f.crate) AS cratesWithFfiCalls, count(DISTINCT ff) AS foreignFunctions
}
CALL () {
  MATCH (f:Function)-[c:CALLS_FOREIGN]->(ff:ForeignFunction)
  WITH ff, count(DISTINCT f.crate) AS crates, sum(c.count) AS sites
  ORDER BY crates DESC, sites DESC, ff.name
  LIMIT $top
  RETURN collect(ff.name + ' (' + crates + ')') AS top
}
UNWIND [
  ['versions', versions],
  ['versions analysed', analysed],
  ['versions built', built],
  ['versions with unsafe', withUnsafe],
  ['versions with FFI', withFfi],
  ['versions linking native libraries', linking],
  ['versions bundling native code', bundling],
  ['crates analysed', cratesAnalysed],
  ['crates with FFI calls', cratesWithFfiCalls],
  ['foreign functions called', foreignFunctions],
  ['top foreign functions (calling crates)', reduce(s = '', t IN top | s + CASE WHEN s = '' THEN '' ELSE ', ' END + t)]
] AS row
RETURN row[0] AS metric, row[1] AS value
