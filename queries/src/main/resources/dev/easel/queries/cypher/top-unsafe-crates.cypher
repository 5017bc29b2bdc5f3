// name: top-unsafe-crates
// description: Crates (latest version) with the most unsafe, by Painter's unsafe_total (the sum of geiger's five unsafe counters), with each counter.
// columns: crate, version, unsafe_total, unsafe_functions, unsafe_exprs, unsafe_impls, unsafe_traits, unsafe_methods
MATCH (v:Version)
WHERE v.latest AND v.unsafe_total > 0
RETURN v.name AS crate, v.version AS version, v.unsafe_total AS unsafe_total, v.unsafe_functions AS unsafe_functions,
       v.unsafe_exprs AS unsafe_exprs, v.unsafe_impls AS unsafe_impls, v.unsafe_traits AS unsafe_traits,
       v.unsafe_methods AS unsafe_methods
ORDER BY unsafe_total DESC, crate
LIMIT $limit
