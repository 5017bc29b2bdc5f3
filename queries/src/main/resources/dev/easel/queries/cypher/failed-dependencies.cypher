// name: failed-dependencies
// description: Dependencies whose failed build kept other crates from building, with the dependency's own failure class (as seen in its dependents' builds, and as its own analysis says when it was analysed) and the versions that failed because of it.
// param: examples (int) = 5 — how many dependent versions to name per dependency
// columns: dependency, failure, own_failure, dependents, examples
MATCH (v:Version)
WHERE v.analysed AND v.failure = 'dependency_failed' AND v.failed_dependency IS NOT NULL
WITH v ORDER BY v.id
WITH v.failed_dependency AS dependency, v.dependency_failure AS failure, collect(v.id) AS ids
OPTIONAL MATCH (d:Version {id: dependency})
RETURN dependency, failure, d.failure AS own_failure, size(ids) AS dependents, ids[0..$examples] AS examples
ORDER BY dependents DESC, dependency
LIMIT $limit
