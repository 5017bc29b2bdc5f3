// name: possible-typosquats
// description: Crates whose names may squat a popular crate's (MAY_SQUAT, written by easel typosquat): the suspect, the popular crate, the checks that fired, the score (0 to 1, see docs/typosquatting.md), both crates' owners (user:login, team:github:org:team), creation dates and all-time downloads; newest suspects first.
// param: check (string) = — only rows where this check fired (bitflip, omitted, repeated, swapped-characters, swapped-words, typo, version-suffix, affix); empty means every check
// columns: suspect, popular, checks, score, suspect_owners, popular_owners, suspect_created, popular_created, suspect_downloads, popular_downloads
MATCH (s:Crate)-[m:MAY_SQUAT]->(p:Crate)
WHERE $check = '' OR $check IN m.checks
RETURN s.name AS suspect, p.name AS popular, m.checks AS checks, m.score AS score,
       COLLECT { MATCH (o:Owner)-[:OWNS]->(s) RETURN o.id ORDER BY o.id } AS suspect_owners,
       COLLECT { MATCH (o:Owner)-[:OWNS]->(p) RETURN o.id ORDER BY o.id } AS popular_owners,
       s.created_at AS suspect_created, p.created_at AS popular_created,
       s.downloads AS suspect_downloads, p.downloads AS popular_downloads
ORDER BY suspect_created DESC, score DESC, suspect, popular
LIMIT $limit
