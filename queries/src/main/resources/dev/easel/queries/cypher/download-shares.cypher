// name: download-shares
// description: The report's main shares weighted by downloads: of the crates whose latest version was analysed, the share by count and by downloads that use unsafe (any of geiger's five counters), that declare or call C functions (foreign items, or calls into foreign functions), and that link each native library (the $limit libraries with most downloads). The first three rows state the coverage: every crate in the graph with its downloads, the analysed ones, and the analysed crates without a download count (counted as 0).
// param: by (string) = downloads — downloads (all time) or recent_downloads (the window of the last index import)
// columns: measure, crates, crates_pct, downloads, downloads_pct
CALL () {
  MATCH (c:Crate)
  RETURN count(c) AS allCrates,
         sum(coalesce(CASE $by WHEN 'recent_downloads' THEN c.recent_downloads ELSE c.downloads END, 0)) AS allDownloads
}
CALL () {
  MATCH (v:Version)-[:VERSION_OF]->(c:Crate)
  WHERE v.latest AND v.analysed
  WITH v, CASE $by WHEN 'recent_downloads' THEN c.recent_downloads ELSE c.downloads END AS d,
       coalesce(v.foreign_items, 0) > 0
         OR EXISTS { MATCH (v)-[:DEFINES]->(:Function)-[:CALLS_FOREIGN]->(:ForeignFunction) } AS callsC
  RETURN count(v) AS analysed, sum(coalesce(d, 0)) AS analysedDownloads,
         count(CASE WHEN d IS NULL THEN 1 END) AS withoutCount,
         count(CASE WHEN v.unsafe_total > 0 THEN 1 END) AS unsafeCrates,
         sum(CASE WHEN v.unsafe_total > 0 THEN coalesce(d, 0) ELSE 0 END) AS unsafeDownloads,
         count(CASE WHEN callsC THEN 1 END) AS cCrates,
         sum(CASE WHEN callsC THEN coalesce(d, 0) ELSE 0 END) AS cDownloads
}
CALL () {
  MATCH (l:NativeLibrary)<-[:LINKS]-(v:Version)-[:VERSION_OF]->(c:Crate)
  WHERE v.latest AND v.analysed
  WITH l.name AS library, c, CASE $by WHEN 'recent_downloads' THEN c.recent_downloads ELSE c.downloads END AS d
  WITH library, count(DISTINCT c) AS crates, sum(coalesce(d, 0)) AS downloads
  ORDER BY downloads DESC, crates DESC, library
  LIMIT $limit
  RETURN collect([library, crates, downloads]) AS libraries
}
UNWIND [
  ['crates in the graph', allCrates, allCrates, allDownloads, allDownloads],
  ['analysed (latest version)', analysed, allCrates, analysedDownloads, allDownloads],
  ['analysed, no download count', withoutCount, analysed, null, null],
  ['use unsafe', unsafeCrates, analysed, unsafeDownloads, analysedDownloads],
  ['declare or call C functions', cCrates, analysed, cDownloads, analysedDownloads]
] + [x IN libraries | ['link ' + x[0], x[1], analysed, x[2], analysedDownloads]] AS row
RETURN row[0] AS measure, row[1] AS crates,
       CASE WHEN row[2] > 0 THEN round(100.0 * row[1] / row[2], 2) ELSE 0.0 END AS crates_pct,
       row[3] AS downloads,
       CASE WHEN row[3] IS NULL THEN null WHEN row[4] > 0 THEN round(100.0 * row[3] / row[4], 2) ELSE 0.0 END
         AS downloads_pct
