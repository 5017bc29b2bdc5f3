// name: qrates-evans
// description: Qrates' (Astrauskas et al., OOPSLA 2020) and Evans' (Evans et al., ICSE 2020) figures on this graph, one row each, with the published value beside it. Population: latest analysed versions with code, as in unsafe-share. Foreign declarations are foreign_items (functions and statics in extern blocks, counted from source); unsafe functions are unsafe fns plus unsafe methods plus foreign declarations, as Qrates counts them; a -sys crate is named *-sys or *_sys. "Through dependencies" follows 1 to 8 INVOKES edges (the call graph) when the graph has any, else normal DEPENDS_ON edges, through each crate's latest version or a source-scanned dependency version, to one whose unsafe_total > 0; the basis column says which.
// param: min_exprs (int) = 1 — expressions (safe + unsafe) a crate needs to count as having code
// columns: figure, count, of, share_pct, published_pct, published_by, basis
CALL () {
  RETURN CASE WHEN EXISTS { MATCH (:Version)-[:INVOKES]->(:Crate) } THEN 'invokes' ELSE 'depends_on' END AS basis
}
OPTIONAL MATCH (v:Version)
WHERE v.latest AND v.analysed
  AND coalesce(v.safe_exprs, 0) + coalesce(v.unsafe_exprs, 0) >= $min_exprs
CALL (v, basis) {
  // a crate reached through 1 to 8 calls (or normal dependencies) that uses unsafe
  RETURN v IS NOT NULL AND coalesce(v.unsafe_total, 0) = 0 AND CASE basis
    WHEN 'invokes' THEN EXISTS {
      MATCH (v)((:Version)-[:INVOKES]->(:Crate)<-[:VERSION_OF]-(w:Version
                WHERE w.latest OR w.analysis = 'dependency-source')){1,8}(x:Version)
      WHERE x.unsafe_total > 0 }
    ELSE EXISTS {
      MATCH (v)((:Version)-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']->(:Crate)<-[:VERSION_OF]-(w:Version
                WHERE w.latest OR w.analysis = 'dependency-source')){1,8}(x:Version)
      WHERE x.unsafe_total > 0 }
  END AS onlyThroughDependencies
}
WITH basis, count(v) AS withCode,
     count(CASE WHEN v.foreign_items > 0 THEN 1 END) AS declaring,
     sum(coalesce(v.foreign_items, 0)) AS foreignDeclarations,
     sum(coalesce(v.unsafe_functions, 0) + coalesce(v.unsafe_methods, 0) + coalesce(v.foreign_items, 0)) AS unsafeFunctions,
     count(CASE WHEN v.name ENDS WITH '-sys' OR v.name ENDS WITH '_sys' THEN 1 END) AS sys,
     count(CASE WHEN v.unsafe_total > 0 THEN 1 END) AS direct,
     count(CASE WHEN onlyThroughDependencies THEN 1 END) AS indirect
UNWIND [
  ['crates declaring foreign items in extern blocks', declaring, withCode, 5.0, 'Qrates (OOPSLA 2020)'],
  ['unsafe functions that are foreign declarations', foreignDeclarations, unsafeFunctions, 44.6, 'Qrates (OOPSLA 2020)'],
  ['crates named -sys', sys, withCode, 2.0, 'Qrates (OOPSLA 2020)'],
  ['crates using unsafe directly', direct, withCode, 29.0, 'Evans et al. (ICSE 2020)'],
  ['crates using unsafe directly or through dependencies', direct + indirect, withCode, 50.0, 'Evans et al. (ICSE 2020)']
] AS row
RETURN row[0] AS figure, row[1] AS count, row[2] AS of,
       CASE row[2] WHEN 0 THEN 0.0 ELSE round(100.0 * row[1] / row[2], 2) END AS share_pct,
       row[3] AS published_pct, row[4] AS published_by, basis
