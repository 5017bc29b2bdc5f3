// name: bundled-native-code
// description: Crates (latest version) that bundle C, C++ or assembly sources, by native lines, with how their build script builds them.
// columns: crate, version, native_files, native_lines, c_lines, cpp_lines, asm_lines, mechanisms
MATCH (v:Version)
WHERE v.latest AND v.native_files > 0
RETURN v.name AS crate, v.version AS version, v.native_files AS native_files, v.native_lines AS native_lines,
       v.c_lines AS c_lines, v.cpp_lines AS cpp_lines, v.asm_lines AS asm_lines, v.native_mechanisms AS mechanisms
ORDER BY native_lines DESC, crate
LIMIT $limit
