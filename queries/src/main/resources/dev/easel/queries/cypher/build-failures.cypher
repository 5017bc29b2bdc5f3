// name: build-failures
// description: Versions whose build did not succeed, by status and classified cause, with a few examples.
// param: examples (int) = 5 — how many example versions to name per cause
// columns: status, cause, versions, examples
MATCH (v:Version)
WHERE v.analysed AND v.build_status IS NOT NULL AND v.build_status <> 'ok'
WITH v ORDER BY v.id
WITH v.build_status AS status, coalesce(v.failure, 'unknown') AS cause, collect(v.id) AS ids
RETURN status, cause, size(ids) AS versions, ids[0..$examples] AS examples
ORDER BY versions DESC, status, cause
LIMIT $limit
