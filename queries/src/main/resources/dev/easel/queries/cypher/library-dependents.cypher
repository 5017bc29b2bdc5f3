// name: library-dependents
// description: Reverse dependents of a native library, direct (depth 0: the crate links it) and transitive (latest versions, normal dependencies, up to 8 hops), each with the shortest path from the dependent down to the linking crate and the target triple the link holds for.
// param: library (string) — the native library name as given to the linker (z, ssl, crypto)
// columns: crate, version, depth, path, target
MATCH p = SHORTEST 1 (l:NativeLibrary {name: $library})<-[k:LINKS]-(linker:Version WHERE linker.latest)((a:Version)-[:VERSION_OF]->(c:Crate)<-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']-(b:Version WHERE b.latest)){0,8}(dependent:Version)
RETURN dependent.name AS crate, dependent.version AS version, size(c) AS depth,
       [dependent.name] + reverse([x IN c | x.name]) AS path, k.target AS target
ORDER BY depth, crate
LIMIT $limit
