// name: build-outcomes
// description: Analysed versions by build outcome: ok, failed (the crate's own build failed), dependency failed (never compiled because a dependency's build failed first; see failed-dependencies), timed_out, skipped.
// columns: status, versions
MATCH (v:Version)
WHERE v.analysed
RETURN CASE WHEN v.failure = 'dependency_failed' THEN 'dependency failed' ELSE coalesce(v.build_status, 'unknown') END AS status,
       count(v) AS versions
ORDER BY versions DESC, status
LIMIT $limit
