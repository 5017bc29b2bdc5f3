// name: provenance-mismatches
// description: Versions whose published files are not their repository's at the commit they recorded (differs), or whose commit the repository does not have (commit-missing), with the first differing files (changed or only in the package).
// columns: crate, version, status, repository, commit, files, differing
MATCH (v:Version)-[b:BUILT_FROM]->(r:Repository)
WHERE b.status IN ['differs', 'commit-missing']
RETURN v.name AS crate, v.version AS version, b.status AS status, r.url AS repository, b.commit AS commit,
       size(coalesce(b.differing, [])) AS files, coalesce(b.differing, [])[0..10] AS differing
ORDER BY files DESC, crate, version
LIMIT $limit
