// name: missing-native-libraries
// description: Native libraries whose absence broke builds, with the number of versions and the crates that failed for them.
// columns: library, versions, crates
MATCH (v:Version)
WHERE v.build_status IN ['failed', 'timed_out'] AND size(coalesce(v.missing_libraries, [])) > 0
UNWIND v.missing_libraries AS library
WITH library, v ORDER BY v.name
WITH library, count(DISTINCT v) AS versions, collect(DISTINCT v.name) AS crates
RETURN library, versions, crates
ORDER BY versions DESC, library
LIMIT $limit
