// name: c-abi-exports
// description: Crates (latest version) that export a C ABI (#[no_mangle] / export_name symbols callable from C), with the symbols.
// columns: crate, version, exports, symbols
MATCH (v:Version)-[:EXPORTS]->(ff:ForeignFunction)
WHERE v.latest
WITH v, ff ORDER BY ff.name
WITH v, collect(ff.name) AS symbols
RETURN v.name AS crate, v.version AS version, size(symbols) AS exports, symbols
ORDER BY exports DESC, crate
LIMIT $limit
