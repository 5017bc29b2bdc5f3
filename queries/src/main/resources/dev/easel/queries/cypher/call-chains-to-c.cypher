// name: call-chains-to-c
// description: Call chains from a crate's entry functions to C: for each entry function and each C symbol it reaches (up to 8 calls deep, across crates), the shortest chain. The graph has no visibility, so entry functions are the crate's functions no other function of the same crate calls (its API surface as the call graph sees it).
// param: crate (string) — the crate whose entry functions start the chains
// columns: entry, c_symbol, depth, chain
MATCH (entry:Function {crate: $crate})
WHERE NOT EXISTS { MATCH (caller:Function)-[:CALLS]->(entry) WHERE caller.crate = $crate AND caller <> entry }
MATCH p = SHORTEST 1 (entry)-[:CALLS]->{0,8}(last:Function)-[:CALLS_FOREIGN]->(ff:ForeignFunction)
RETURN entry.name AS entry, ff.name AS c_symbol, length(p) - 1 AS depth, [n IN nodes(p) | n.name] AS chain
ORDER BY entry, depth, c_symbol
LIMIT $limit
