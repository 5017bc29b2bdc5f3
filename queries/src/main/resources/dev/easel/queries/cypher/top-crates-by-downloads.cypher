// name: top-crates-by-downloads
// description: The most downloaded crates (from the crates.io db-dump: all-time downloads, or recent_downloads over the window of the last index import) with their latest version's unsafe and FFI facts: unsafe_total, foreign items declared, distinct foreign functions called, native libraries linked, native lines bundled. The facts are empty for crates whose latest version was not analysed.
// param: by (string) = downloads — downloads or recent_downloads: the ranking
// columns: crate, downloads, recent_downloads, version, analysed, unsafe_total, foreign_items, foreign_functions_called, links, native_lines
MATCH (c:Crate)
WITH c, CASE $by WHEN 'recent_downloads' THEN c.recent_downloads ELSE c.downloads END AS ranked
WHERE ranked IS NOT NULL
WITH c, ranked
ORDER BY ranked DESC, c.name
LIMIT $limit
OPTIONAL MATCH (v:Version)-[:VERSION_OF]->(c)
WHERE v.latest
WITH c, ranked, v, coalesce(v.analysed, false) AS analysed
RETURN c.name AS crate, c.downloads AS downloads, c.recent_downloads AS recent_downloads, v.version AS version,
       analysed,
       CASE WHEN analysed THEN v.unsafe_total END AS unsafe_total,
       CASE WHEN analysed THEN v.foreign_items END AS foreign_items,
       CASE WHEN analysed THEN size(COLLECT {
         MATCH (v)-[:DEFINES]->(:Function)-[:CALLS_FOREIGN]->(ff:ForeignFunction) RETURN DISTINCT ff.name }) END
         AS foreign_functions_called,
       CASE WHEN analysed THEN COLLECT { MATCH (v)-[:LINKS]->(l:NativeLibrary) RETURN l.name ORDER BY l.name } END
         AS links,
       CASE WHEN analysed THEN v.native_lines END AS native_lines
ORDER BY ranked DESC, crate
