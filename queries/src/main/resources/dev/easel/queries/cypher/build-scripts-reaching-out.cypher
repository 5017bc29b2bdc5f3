// name: build-scripts-reaching-out
// description: Crates (latest version) whose build script reaches the network, downloads, or writes outside its folders (its OUT_DIR), with what a build observed of it (a sandboxed build records refused attempts) and all its effects.
// columns: crate, version, reaches, observed, effects
MATCH (v:Version)
WHERE v.latest AND any(e IN coalesce(v.build_script_effects, []) WHERE e IN ['network', 'download', 'fs-write-elsewhere'])
WITH v, [e IN v.build_script_effects WHERE e IN ['network', 'download', 'fs-write-elsewhere']] AS reaches
RETURN v.name AS crate, v.version AS version, reaches,
       [e IN coalesce(v.build_script_observed, []) WHERE e IN reaches] AS observed,
       v.build_script_effects AS effects
ORDER BY size(observed) DESC, size(reaches) DESC, crate
LIMIT $limit
