// name: build-script-census
// description: What build scripts do (docs/build-scripts.md): for each effect, the latest analysed versions whose build script has it (inferred from the sources or observed in a build), their share of the latest analysed versions with a build script, and how many of them a build observed.
// columns: effect, versions, share_pct, observed, with_build_script
MATCH (v:Version)
WHERE v.latest AND v.analysed AND v.build_script
WITH collect(v) AS scripts
WITH scripts, size(scripts) AS total
UNWIND scripts AS v
UNWIND coalesce(v.build_script_effects, []) AS effect
WITH total, effect, count(v) AS versions,
     count(CASE WHEN effect IN coalesce(v.build_script_observed, []) THEN 1 END) AS observed
RETURN effect, versions, CASE total WHEN 0 THEN 0.0 ELSE round(100.0 * versions / total, 2) END AS share_pct,
       observed, total AS with_build_script
ORDER BY versions DESC, effect
LIMIT $limit
