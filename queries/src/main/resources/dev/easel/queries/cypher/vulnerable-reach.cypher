// name: vulnerable-reach
// description: Analysed versions that can reach a function named by a security advisory affecting a version they resolved to, with one shortest call path (function names, and the crates it crosses) and its length in calls. Computed once by easel advisories import (REACHES); withdrawn advisories reach nothing.
// param: advisory (string) = — an advisory id (RUSTSEC-YYYY-NNNN); empty means every advisory
// param: crate (string) = — the reaching crate; empty means every crate
// columns: crate, version, advisory, kind, affected_version, function, length, crates, path
MATCH (v:Version)-[r:REACHES]->(a:Advisory)
WHERE ($advisory = '' OR a.id = $advisory) AND ($crate = '' OR v.name = $crate)
RETURN v.name AS crate, v.version AS version, a.id AS advisory, a.kind AS kind, r.via AS affected_version,
       r.function AS function, r.length AS length, r.crates AS crates, r.path AS path
ORDER BY advisory, length, crate, version
LIMIT $limit
