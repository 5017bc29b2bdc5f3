// name: unsafe-share
// description: Share of crates (latest analysed version with code) using unsafe, and share making a direct call into another crate that uses unsafe, as in the Rust Foundation's 2024 figures (19.11% and 34.35%). Calls come from INVOKES (the call graph) when the graph has any, else from normal DEPENDS_ON; the basis column says which. A callee's counters are those of the version the caller resolved to (a built crate's dependencies are source-scanned) or else of its crate's latest version; callees with no counters are left out, and the coverage columns say how many (crate, callee) pairs had counters. unsafe_rules names the counting rules of the crates counted (more than one when the graph mixes them).
// param: min_exprs (int) = 1 — expressions (safe + unsafe) a crate needs to count as having code
// param: basis (string) = auto — auto, invokes or depends_on: where "calls into another crate" comes from
// columns: crates_with_code, crates_using_unsafe, unsafe_share_pct, crates_calling_unsafe, calling_unsafe_share_pct, basis, callees, callees_with_counters, callee_coverage_pct, unsafe_rules
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
CALL (v, basis) {
  OPTIONAL MATCH (v)-[e:INVOKES|DEPENDS_ON]->(c:Crate)
  WHERE c.name <> v.name
    AND CASE basis WHEN 'invokes' THEN type(e) = 'INVOKES'
                   ELSE type(e) = 'DEPENDS_ON' AND coalesce(e.kind, 'normal') = 'normal' END
  WITH DISTINCT c
  // the callee's counters: the version v resolved to when it has them, else the crate's latest
  WITH c, COLLECT { MATCH (v)-[:RESOLVED_TO]->(r:Version)-[:VERSION_OF]->(c)
                    WHERE r.unsafe_total IS NOT NULL RETURN r.unsafe_total }
        + COLLECT { MATCH (c)<-[:VERSION_OF]-(w:Version)
                    WHERE w.latest AND w.unsafe_total IS NOT NULL RETURN w.unsafe_total } AS totals
  RETURN count(c) AS callees, count(totals[0]) AS known,
         count(CASE WHEN totals[0] > 0 THEN 1 END) AS unsafeCallees
}
WITH basis, count(v) AS withCode,
     count(CASE WHEN v.unsafe_total > 0 THEN 1 END) AS usingUnsafe,
     count(CASE WHEN unsafeCallees > 0 THEN 1 END) AS callingUnsafe,
     sum(callees) AS callees, sum(known) AS known,
     collect(DISTINCT CASE WHEN v.unsafe_total IS NOT NULL THEN coalesce(v.unsafe_rules, 'geiger') END) AS rules
// counters made before easel recorded rules were all geiger's
WITH *, COLLECT { UNWIND rules AS r RETURN r ORDER BY r } AS sortedRules
RETURN withCode AS crates_with_code,
       usingUnsafe AS crates_using_unsafe,
       CASE withCode WHEN 0 THEN 0.0 ELSE round(100.0 * usingUnsafe / withCode, 2) END AS unsafe_share_pct,
       callingUnsafe AS crates_calling_unsafe,
       CASE withCode WHEN 0 THEN 0.0 ELSE round(100.0 * callingUnsafe / withCode, 2) END AS calling_unsafe_share_pct,
       basis,
       callees AS callees,
       known AS callees_with_counters,
       CASE callees WHEN 0 THEN 100.0 ELSE round(100.0 * known / callees, 2) END AS callee_coverage_pct,
       CASE size(sortedRules) WHEN 0 THEN null
         ELSE reduce(s = '', r IN sortedRules | s + CASE s WHEN '' THEN '' ELSE ', ' END + r) END AS unsafe_rules
