// name: ffi-entry-points
// description: A crate's functions that call C directly, with the C symbols they call, the library providing each where known, and call sites.
// param: crate (string) — the crate whose code makes the calls
// columns: function, file, line, c_symbol, library, call_sites
MATCH (f:Function {crate: $crate})-[c:CALLS_FOREIGN]->(ff:ForeignFunction)
OPTIONAL MATCH (ff)-[:PROVIDED_BY]->(l:NativeLibrary)
WITH f, c, ff, min(l.name) AS library
RETURN f.name AS function, f.file AS file, f.line AS line, ff.name AS c_symbol, library, c.count AS call_sites
ORDER BY function, c_symbol
LIMIT $limit
