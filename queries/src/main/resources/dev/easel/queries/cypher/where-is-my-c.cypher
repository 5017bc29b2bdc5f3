// name: where-is-my-c
// description: Every native library in a crate's dependency closure (normal dependencies, latest versions, up to 8 hops), with the shortest path of crates that brings it in, the crate that links it and the target triple the link holds for.
// param: crate (string) — the crate to look into
// param: version (string) = — its version; empty means the latest
// columns: library, linked_by, kind, depth, path, target
MATCH (root:Version {name: $crate})
WHERE ($version = '' AND root.latest) OR root.version = $version
MATCH p = SHORTEST 1 (root)((a:Version)-[d:DEPENDS_ON WHERE coalesce(d.kind, 'normal') = 'normal']->(c:Crate)<-[:VERSION_OF]-(b:Version WHERE b.latest)){0,8}(linker:Version)-[k:LINKS]->(l:NativeLibrary)
RETURN l.name AS library, linker.name AS linked_by, k.kind AS kind, size(c) AS depth, [root.name] + [x IN c | x.name] AS path,
       k.target AS target
ORDER BY depth, library
LIMIT $limit
