// name: build-outcomes
// description: Analysed versions by build status (ok, failed, timed_out, skipped).
// columns: status, versions
MATCH (v:Version)
WHERE v.analysed
RETURN coalesce(v.build_status, 'unknown') AS status, count(v) AS versions
ORDER BY versions DESC, status
LIMIT $limit
