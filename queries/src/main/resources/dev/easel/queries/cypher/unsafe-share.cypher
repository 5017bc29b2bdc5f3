// name: unsafe-share
// description: Share of crates (latest analysed version with code) using unsafe, and share making a direct call into another crate that uses unsafe, as in the Rust Foundation's 2024 figures (19.11% and 34.35%). Calls come from INVOKES (the call graph) when the graph has any, else from normal DEPENDS_ON; the basis column says which.
// param: min_exprs (int) = 1 — expressions (safe + unsafe) a crate needs to count as having code
// param: basis (string) = auto — auto, invokes or depends_on: where "calls into another crate" comes from
// columns: crates_with_code, crates_using_unsafe, unsafe_share_pct, crates_calling_unsafe, calling_unsafe_share_pct, basis
CALL () {
  RETURN CASE
    WHEN $basis IN ['invokes', 'depends_on'] THEN $basis
    WHEN EXISTS { MATCH (:Version)-[:INVOKES]->(:Crate) } THEN 'invokes'
    ELSE 'depends_on' END AS basis
}
// OPTIONAL: an empty graph still gives its one row of zeros
OPTIONAL MATCH (v:Version)
WHERE v.latest AND v.analysed
  AND coalesce(v.safe_exprs, 0) + coalesce(v.unsafe_exprs, 0) >= $min_exprs
WITH basis, v,
     CASE basis
       WHEN 'invokes' THEN EXISTS {
         MATCH (v)-[:INVOKES]->(c:Crate)<-[:VERSION_OF]-(w:Version)
         WHERE c.name <> v.name AND w.latest AND w.unsafe_total > 0 }
       ELSE EXISTS {
         MATCH (v)-[d:DEPENDS_ON]->(c:Crate)<-[:VERSION_OF]-(w:Version)
         WHERE c.name <> v.name AND coalesce(d.kind, 'normal') = 'normal' AND w.latest AND w.unsafe_total > 0 }
     END AS callsUnsafe
WITH basis, count(v) AS withCode,
     count(CASE WHEN v.unsafe_total > 0 THEN 1 END) AS usingUnsafe,
     count(CASE WHEN callsUnsafe THEN 1 END) AS callingUnsafe
RETURN withCode AS crates_with_code,
       usingUnsafe AS crates_using_unsafe,
       CASE withCode WHEN 0 THEN 0.0 ELSE round(100.0 * usingUnsafe / withCode, 2) END AS unsafe_share_pct,
       callingUnsafe AS crates_calling_unsafe,
       CASE withCode WHEN 0 THEN 0.0 ELSE round(100.0 * callingUnsafe / withCode, 2) END AS calling_unsafe_share_pct,
       basis
