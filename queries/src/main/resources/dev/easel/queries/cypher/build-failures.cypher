// name: build-failures
// description: Versions whose build did not succeed, by status and classified cause, with a few examples. A version that failed because a dependency failed has cause dependency_failed, the dependency's own cause in dependency_cause, and the dependency after its id in the examples.
// param: examples (int) = 5 — how many example versions to name per cause
// columns: status, cause, dependency_cause, versions, examples
MATCH (v:Version)
WHERE v.analysed AND v.build_status IS NOT NULL AND v.build_status <> 'ok'
WITH v ORDER BY v.id
WITH v.build_status AS status, coalesce(v.failure, 'unknown') AS cause, v.dependency_failure AS dependency_cause,
     collect(v.id + CASE WHEN v.failed_dependency IS NULL THEN '' ELSE ' (' + v.failed_dependency + ')' END) AS ids
RETURN status, cause, dependency_cause, size(ids) AS versions, ids[0..$examples] AS examples
ORDER BY versions DESC, status, cause, dependency_cause
LIMIT $limit
