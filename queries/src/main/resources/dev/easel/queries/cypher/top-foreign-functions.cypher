// name: top-foreign-functions
// description: Foreign (C) functions called most across the ecosystem, by the number of crates whose code calls them, then by call sites.
// columns: function, library, crates, call_sites
MATCH (f:Function)-[c:CALLS_FOREIGN]->(ff:ForeignFunction)
WITH ff, count(DISTINCT f.crate) AS crates, sum(c.count) AS call_sites
OPTIONAL MATCH (ff)-[:PROVIDED_BY]->(l:NativeLibrary)
WITH ff, crates, call_sites, min(l.name) AS library
RETURN ff.name AS function, library, crates, call_sites
ORDER BY crates DESC, call_sites DESC, function
LIMIT $limit
