// name: provenance-shares
// description: Where the latest analysed versions say they come from (docs/provenance.md): how many name a repository, carry VCS info (.cargo_vcs_info.json with a commit), were packaged dirty, keep Cargo.toml.orig; and, of those checked with easel provenance verify, how many match their repository, differ, or could not be checked. Each share is of the row named in 'of'.
// columns: measure, versions, share_pct, of
MATCH (v:Version)
WHERE v.latest AND v.analysed
WITH collect(v) AS vs
WITH vs, size(vs) AS total,
     size([v IN vs WHERE v.vcs_commit IS NOT NULL]) AS withVcs,
     size([v IN vs WHERE v.provenance_status IS NOT NULL]) AS checked
UNWIND [
  ['versions', total, 'versions', total],
  ['with a repository', size([v IN vs WHERE v.repository IS NOT NULL]), 'versions', total],
  ['without a repository', size([v IN vs WHERE v.repository IS NULL]), 'versions', total],
  ['with VCS info', withVcs, 'versions', total],
  ['without VCS info', total - withVcs, 'versions', total],
  ['packaged dirty', size([v IN vs WHERE v.vcs_dirty]), 'with VCS info', withVcs],
  ['with Cargo.toml.orig', size([v IN vs WHERE v.has_cargo_toml_orig]), 'versions', total],
  ['checked against the repository', checked, 'versions', total],
  ['match', size([v IN vs WHERE v.provenance_status = 'match']), 'checked', checked],
  ['differs', size([v IN vs WHERE v.provenance_status = 'differs']), 'checked', checked],
  ['commit-missing', size([v IN vs WHERE v.provenance_status = 'commit-missing']), 'checked', checked],
  ['no-vcs-info', size([v IN vs WHERE v.provenance_status = 'no-vcs-info']), 'checked', checked],
  ['no-repository', size([v IN vs WHERE v.provenance_status = 'no-repository']), 'checked', checked],
  ['repository-unavailable', size([v IN vs WHERE v.provenance_status = 'repository-unavailable']), 'checked', checked]
] AS m
RETURN m[0] AS measure, m[1] AS versions,
       CASE m[3] WHEN 0 THEN 0.0 ELSE round(100.0 * m[1] / m[3], 2) END AS share_pct, m[2] AS of
LIMIT $limit
