// A small ecosystem with known facts, written strictly per docs/ARCHITECTURE.md "Graph model".
// Statements are separated by ';' at the end of a line. Every expected row in the tests derives from this file.
//
// latest versions (all analysed):   unsafe_total  build       links            bundles        FFI
//   libc 0.2.150                    150          ok          -                -              900 foreign items
//   libz-sys 1.1.20                 3            ok          z                C 17500, asm   80 foreign items
//   flate2 1.0.30                   12           ok          -                -              calls inflate, deflate
//   openssl-sys 0.9.100             20           ok          ssl, crypto      -              calls OPENSSL_init_ssl
//   openssl 0.10.60                 400          ok          -                -              calls SSL_new, SSL_connect, EVP_*
//   native-tls 0.2.11               0            ok          -                -              -
//   http-client 0.3.0               1            ok          -                -              calls inflate
//   curl-sys 0.4.70                 2            failed (missing curl)        -              500 foreign items
//   curl 0.4.44                     0            dependency failed (curl-sys) -              -
//   hashlib-capi 1.0.0              4            ok          -                C 40           exports 2 C symbols
//   ring 0.17.8                     250          ok          ring_core_0_17_8_ C 22000, asm 30000
//   tensor-sys 0.1.0                1            timed_out   -                C++ 85000, C 5000
//   placeholder 0.0.1               0            ok          -                -              (no code at all)
// plus flate2 1.0.28 (not latest, not analysed) and crates known only as dependencies: cc, pkg-config, quickcheck, tokio-test.
// Every analysis was for x86_64-unknown-linux-gnu: the versions' target and their LINKS say so.
//
// security advisories (made-up ids), as easel advisories import writes them (see the end of the file):
//   RUSTSEC-2099-0101  openssl 0.10.60     names openssl::ssl::Ssl::new: native-tls reaches it in 2 calls, http-client in 3
//   RUSTSEC-2099-0102  openssl 0.10.60     names openssl::hash::Hasher::new, which nobody calls
//   RUSTSEC-2099-0103  flate2 1.0.30       unsound, names no function
//   RUSTSEC-2099-0104  libz-sys 1.1.20     links z: flate2 and http-client call z's functions
//   RUSTSEC-2099-0105  openssl-sys 0.9.100 withdrawn
//   RUSTSEC-2099-0106  ring 0.17.8         bundles C and assembly, links ring_core_0_17_8_: ring calls it itself

CREATE (:Crate {name: 'libc'}), (:Crate {name: 'libz-sys'}), (:Crate {name: 'flate2'}), (:Crate {name: 'openssl-sys'}),
       (:Crate {name: 'openssl'}), (:Crate {name: 'native-tls'}), (:Crate {name: 'http-client'}), (:Crate {name: 'curl-sys'}),
       (:Crate {name: 'hashlib-capi'}), (:Crate {name: 'ring'}), (:Crate {name: 'tensor-sys'}), (:Crate {name: 'placeholder'}),
       (:Crate {name: 'cc'}), (:Crate {name: 'pkg-config'}), (:Crate {name: 'quickcheck'}), (:Crate {name: 'tokio-test'}),
       (:Crate {name: 'curl'});

CREATE (:Version {id: 'libc@0.2.150', name: 'libc', version: '0.2.150', major: 0, minor: 2, patch: 150, pre: '', yanked: false,
  latest: true, edition: '2015', license: 'MIT OR Apache-2.0', build_script: true, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 150, unsafe_functions: 10, unsafe_exprs: 120, unsafe_impls: 15, unsafe_traits: 0, unsafe_methods: 5,
  safe_functions: 40, safe_exprs: 2000, safe_impls: 300, safe_traits: 2, safe_methods: 100, unsafe_blocks: 60,
  extern_blocks: 40, foreign_items: 900, static_muts: 0, macro_unsafe: 4,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'libz-sys@1.1.20', name: 'libz-sys', version: '1.1.20', major: 1, minor: 1, patch: 20, pre: '', yanked: false,
  latest: true, links: 'z', edition: '2018', license: 'MIT OR Apache-2.0', build_script: true, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 3, unsafe_functions: 0, unsafe_exprs: 3, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 5, safe_exprs: 50, safe_impls: 2, safe_traits: 0, safe_methods: 0, unsafe_blocks: 2,
  extern_blocks: 1, foreign_items: 80, static_muts: 0, macro_unsafe: 0,
  native_files: 25, native_lines: 18000, c_lines: 17500, cpp_lines: 0, asm_lines: 500, native_mechanisms: ['cc', 'pkg-config'],
  load_state: 'complete'});

CREATE (:Version {id: 'flate2@1.0.30', name: 'flate2', version: '1.0.30', major: 1, minor: 0, patch: 30, pre: '', yanked: false,
  latest: true, edition: '2018', license: 'MIT OR Apache-2.0', build_script: false, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 12, unsafe_functions: 2, unsafe_exprs: 10, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 60, safe_exprs: 3000, safe_impls: 80, safe_traits: 3, safe_methods: 250, unsafe_blocks: 8,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'flate2@1.0.28', name: 'flate2', version: '1.0.28', major: 1, minor: 0, patch: 28, pre: '', yanked: false,
  latest: false, analysed: false, load_state: 'index'});

CREATE (:Version {id: 'openssl-sys@0.9.100', name: 'openssl-sys', version: '0.9.100', major: 0, minor: 9, patch: 100, pre: '',
  yanked: false, latest: true, links: 'openssl', edition: '2018', license: 'MIT', build_script: true, proc_macro: false,
  analysed: true, build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 20, unsafe_functions: 0, unsafe_exprs: 20, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 30, safe_exprs: 400, safe_impls: 10, safe_traits: 0, safe_methods: 0, unsafe_blocks: 5,
  extern_blocks: 60, foreign_items: 3000, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: ['pkg-config', 'vcpkg'],
  load_state: 'complete'});

CREATE (:Version {id: 'openssl@0.10.60', name: 'openssl', version: '0.10.60', major: 0, minor: 10, patch: 60, pre: '', yanked: false,
  latest: true, edition: '2018', license: 'Apache-2.0', build_script: true, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 400, unsafe_functions: 50, unsafe_exprs: 300, unsafe_impls: 40, unsafe_traits: 0, unsafe_methods: 10,
  safe_functions: 200, safe_exprs: 9000, safe_impls: 500, safe_traits: 10, safe_methods: 1500, unsafe_blocks: 280,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 12,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'native-tls@0.2.11', name: 'native-tls', version: '0.2.11', major: 0, minor: 2, patch: 11, pre: '', yanked: false,
  latest: true, edition: '2015', license: 'MIT OR Apache-2.0', build_script: true, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 0, unsafe_functions: 0, unsafe_exprs: 0, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 20, safe_exprs: 800, safe_impls: 40, safe_traits: 1, safe_methods: 120, unsafe_blocks: 0,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'http-client@0.3.0', name: 'http-client', version: '0.3.0', major: 0, minor: 3, patch: 0, pre: '', yanked: false,
  latest: true, edition: '2021', license: 'MIT', build_script: false, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 1, unsafe_functions: 0, unsafe_exprs: 1, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 30, safe_exprs: 1500, safe_impls: 25, safe_traits: 2, safe_methods: 90, unsafe_blocks: 1,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'curl-sys@0.4.70', name: 'curl-sys', version: '0.4.70', major: 0, minor: 4, patch: 70, pre: '', yanked: false,
  latest: true, links: 'curl', edition: '2018', license: 'MIT', build_script: true, proc_macro: false, analysed: true,
  build_status: 'failed', failure: 'missing_native_library', missing_libraries: ['curl'], rustc: 'rustc 1.95.0',
  target: 'x86_64-unknown-linux-gnu', ffi_basis: 'source',
  unsafe_total: 2, unsafe_functions: 0, unsafe_exprs: 2, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 4, safe_exprs: 100, safe_impls: 0, safe_traits: 0, safe_methods: 0, unsafe_blocks: 2,
  extern_blocks: 3, foreign_items: 500, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: ['pkg-config'],
  load_state: 'complete'});

CREATE (:Version {id: 'curl@0.4.44', name: 'curl', version: '0.4.44', major: 0, minor: 4, patch: 44, pre: '', yanked: false,
  latest: true, edition: '2018', license: 'MIT', build_script: true, proc_macro: false, analysed: true,
  build_status: 'failed', failure: 'dependency_failed', failed_dependency: 'curl-sys@0.4.70',
  dependency_failure: 'missing_native_library', missing_libraries: ['curl'], rustc: 'rustc 1.95.0',
  target: 'x86_64-unknown-linux-gnu', ffi_basis: 'source',
  unsafe_total: 0, unsafe_functions: 0, unsafe_exprs: 0, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 0, safe_exprs: 0, safe_impls: 0, safe_traits: 0, safe_methods: 0, unsafe_blocks: 0,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'hashlib-capi@1.0.0', name: 'hashlib-capi', version: '1.0.0', major: 1, minor: 0, patch: 0, pre: '', yanked: false,
  latest: true, edition: '2021', license: 'MIT', build_script: false, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 4, unsafe_functions: 2, unsafe_exprs: 2, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 6, safe_exprs: 200, safe_impls: 1, safe_traits: 0, safe_methods: 4, unsafe_blocks: 2,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 1, native_lines: 40, c_lines: 40, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

CREATE (:Version {id: 'ring@0.17.8', name: 'ring', version: '0.17.8', major: 0, minor: 17, patch: 8, pre: '', yanked: false,
  latest: true, links: 'ring_core_0_17_8_', edition: '2021', license: 'ISC', build_script: true, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 250, unsafe_functions: 30, unsafe_exprs: 200, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 20,
  safe_functions: 400, safe_exprs: 12000, safe_impls: 300, safe_traits: 20, safe_methods: 800, unsafe_blocks: 150,
  extern_blocks: 10, foreign_items: 120, static_muts: 0, macro_unsafe: 30,
  native_files: 150, native_lines: 52000, c_lines: 22000, cpp_lines: 0, asm_lines: 30000, native_mechanisms: ['cc'],
  load_state: 'complete'});

CREATE (:Version {id: 'tensor-sys@0.1.0', name: 'tensor-sys', version: '0.1.0', major: 0, minor: 1, patch: 0, pre: '', yanked: false,
  latest: true, links: 'tensor', edition: '2021', license: 'Apache-2.0', build_script: true, proc_macro: false, analysed: true,
  build_status: 'timed_out', failure: 'timeout', missing_libraries: [], rustc: 'rustc 1.95.0',
  target: 'x86_64-unknown-linux-gnu', ffi_basis: 'source',
  unsafe_total: 1, unsafe_functions: 0, unsafe_exprs: 1, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 2, safe_exprs: 30, safe_impls: 0, safe_traits: 0, safe_methods: 0, unsafe_blocks: 1,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 400, native_lines: 90000, c_lines: 5000, cpp_lines: 85000, asm_lines: 0, native_mechanisms: ['cmake', 'bindgen'],
  load_state: 'complete'});

CREATE (:Version {id: 'placeholder@0.0.1', name: 'placeholder', version: '0.0.1', major: 0, minor: 0, patch: 1, pre: '', yanked: false,
  latest: true, edition: '2021', license: 'MIT', build_script: false, proc_macro: false, analysed: true,
  build_status: 'ok', rustc: 'rustc 1.95.0', target: 'x86_64-unknown-linux-gnu', ffi_basis: 'compiled',
  unsafe_total: 0, unsafe_functions: 0, unsafe_exprs: 0, unsafe_impls: 0, unsafe_traits: 0, unsafe_methods: 0,
  safe_functions: 0, safe_exprs: 0, safe_impls: 0, safe_traits: 0, safe_methods: 0, unsafe_blocks: 0,
  extern_blocks: 0, foreign_items: 0, static_muts: 0, macro_unsafe: 0,
  native_files: 0, native_lines: 0, c_lines: 0, cpp_lines: 0, asm_lines: 0, native_mechanisms: [], load_state: 'complete'});

MATCH (v:Version), (c:Crate) WHERE c.name = v.name CREATE (v)-[:VERSION_OF]->(c);

// DEPENDS_ON: [from version id, to crate, kind, optional]
UNWIND [
  ['libz-sys@1.1.20', 'libc', 'normal', false, '0.2.43'],
  ['libz-sys@1.1.20', 'cc', 'build', false, '1.0.98'],
  ['libz-sys@1.1.20', 'pkg-config', 'build', false, '0.3.9'],
  ['flate2@1.0.30', 'libz-sys', 'normal', true, '1.1.20'],
  ['flate2@1.0.30', 'libc', 'normal', false, '0.2.65'],
  ['flate2@1.0.30', 'quickcheck', 'dev', false, '1.0'],
  ['flate2@1.0.28', 'libz-sys', 'normal', true, '1.1.8'],
  ['flate2@1.0.28', 'ring', 'normal', false, '0.17'],
  ['openssl-sys@0.9.100', 'libc', 'normal', false, '0.2'],
  ['openssl-sys@0.9.100', 'cc', 'build', false, '1.0.61'],
  ['openssl-sys@0.9.100', 'pkg-config', 'build', false, '0.3.9'],
  ['openssl@0.10.60', 'openssl-sys', 'normal', false, '0.9.100'],
  ['openssl@0.10.60', 'libc', 'normal', false, '0.2'],
  ['native-tls@0.2.11', 'openssl', 'normal', false, '0.10.29'],
  ['http-client@0.3.0', 'flate2', 'normal', false, '1.0'],
  ['http-client@0.3.0', 'native-tls', 'normal', true, '0.2'],
  ['http-client@0.3.0', 'libz-sys', 'normal', false, '1.1'],
  ['http-client@0.3.0', 'tokio-test', 'dev', false, '0.4'],
  ['curl-sys@0.4.70', 'libc', 'normal', false, '0.2.2'],
  ['curl-sys@0.4.70', 'libz-sys', 'normal', false, '1.0.18'],
  ['curl-sys@0.4.70', 'openssl-sys', 'normal', false, '0.9.64'],
  ['curl-sys@0.4.70', 'cc', 'build', false, '1.0'],
  ['ring@0.17.8', 'cc', 'build', false, '1.0.83'],
  ['tensor-sys@0.1.0', 'libc', 'normal', false, '0.2'],
  ['hashlib-capi@1.0.0', 'quickcheck', 'dev', false, '1.0'],
  ['curl@0.4.44', 'curl-sys', 'normal', false, '0.4.70']
] AS d
MATCH (v:Version {id: d[0]}), (c:Crate {name: d[1]})
CREATE (v)-[:DEPENDS_ON {requirement: '^' + d[4], kind: d[2], optional: d[3], features: [], target: null,
                         default_features: true, rename: null}]->(c);

// INVOKES: aggregated function calls between crates (Rust to Rust)
UNWIND [
  ['flate2@1.0.30', 'libz-sys', 1],
  ['openssl@0.10.60', 'openssl-sys', 3],
  ['native-tls@0.2.11', 'openssl', 5],
  ['http-client@0.3.0', 'flate2', 4],
  ['http-client@0.3.0', 'native-tls', 2]
] AS i
MATCH (v:Version {id: i[0]}), (c:Crate {name: i[1]})
CREATE (v)-[:INVOKES {calls: i[2]}]->(c);

CREATE (:NativeLibrary {name: 'z'}), (:NativeLibrary {name: 'ssl'}), (:NativeLibrary {name: 'crypto'}),
       (:NativeLibrary {name: 'ring_core_0_17_8_'});

UNWIND [
  ['libz-sys@1.1.20', 'z', 'static', 'build-script'],
  ['openssl-sys@0.9.100', 'ssl', 'dylib', 'build-script'],
  ['openssl-sys@0.9.100', 'crypto', 'dylib', 'build-script'],
  ['ring@0.17.8', 'ring_core_0_17_8_', 'static', 'build-script']
] AS k
MATCH (v:Version {id: k[0]}), (l:NativeLibrary {name: k[1]})
CREATE (v)-[:LINKS {kind: k[2], via: k[3], target: 'x86_64-unknown-linux-gnu', inferred: false}]->(l);

// Functions: [id, name, crate, version, file, line, unsafe, exported]
UNWIND [
  ['mir:flate2::read::GzDecoder::read', 'flate2::read::GzDecoder::read', 'flate2', '1.0.30', 'src/gz/read.rs', 100, false, false],
  ['mir:flate2::ffi::c::Inflate::decompress', 'flate2::ffi::c::Inflate::decompress', 'flate2', '1.0.30', 'src/ffi/c.rs', 200, true, false],
  ['mir:flate2::write::GzEncoder::write', 'flate2::write::GzEncoder::write', 'flate2', '1.0.30', 'src/gz/write.rs', 80, false, false],
  ['mir:flate2::ffi::c::Deflate::compress', 'flate2::ffi::c::Deflate::compress', 'flate2', '1.0.30', 'src/ffi/c.rs', 300, true, false],
  ['mir:flate2::crc::Crc::update', 'flate2::crc::Crc::update', 'flate2', '1.0.30', 'src/crc.rs', 30, false, false],
  ['mir:openssl_sys::init', 'openssl_sys::init', 'openssl-sys', '0.9.100', 'src/lib.rs', 50, true, false],
  ['mir:openssl::ssl::Ssl::new', 'openssl::ssl::Ssl::new', 'openssl', '0.10.60', 'src/ssl/mod.rs', 2000, true, false],
  ['mir:openssl::hash::Hasher::new', 'openssl::hash::Hasher::new', 'openssl', '0.10.60', 'src/hash.rs', 150, true, false],
  ['mir:openssl::ssl::SslStream::connect', 'openssl::ssl::SslStream::connect', 'openssl', '0.10.60', 'src/ssl/mod.rs', 3000, true, false],
  ['mir:native_tls::TlsConnector::connect', 'native_tls::TlsConnector::connect', 'native-tls', '0.2.11', 'src/lib.rs', 400, false, false],
  ['mir:http_client::Client::get', 'http_client::Client::get', 'http-client', '0.3.0', 'src/client.rs', 40, false, false],
  ['mir:http_client::decode::raw_inflate', 'http_client::decode::raw_inflate', 'http-client', '0.3.0', 'src/decode.rs', 12, true, false],
  ['hashlib_digest', 'hashlib_digest', 'hashlib-capi', '1.0.0', 'src/lib.rs', 10, true, true],
  ['hashlib_free', 'hashlib_free', 'hashlib-capi', '1.0.0', 'src/lib.rs', 30, true, true],
  ['mir:ring::digest::digest', 'ring::digest::digest', 'ring', '0.17.8', 'src/digest.rs', 250, true, false]
] AS f
MATCH (v:Version {id: f[2] + '@' + f[3]})
CREATE (v)-[:DEFINES]->(:Function {id: f[0], name: f[1], crate: f[2], version: f[3], owner: v.id, file: f[4], line: f[5],
                                   unsafe: f[6], exported: f[7], provenance: 'mir'});

// CALLS: [caller id, callee id, kind, count]
UNWIND [
  ['mir:flate2::read::GzDecoder::read', 'mir:flate2::ffi::c::Inflate::decompress', 'direct', 1],
  ['mir:flate2::write::GzEncoder::write', 'mir:flate2::ffi::c::Deflate::compress', 'direct', 1],
  ['mir:openssl::ssl::Ssl::new', 'mir:openssl_sys::init', 'direct', 1],
  ['mir:openssl::ssl::SslStream::connect', 'mir:openssl::ssl::Ssl::new', 'invoke', 1],
  ['mir:native_tls::TlsConnector::connect', 'mir:openssl::ssl::SslStream::connect', 'invoke', 1],
  ['mir:http_client::Client::get', 'mir:native_tls::TlsConnector::connect', 'invoke', 1],
  ['mir:http_client::Client::get', 'mir:flate2::read::GzDecoder::read', 'invoke', 2],
  ['mir:http_client::Client::get', 'mir:http_client::decode::raw_inflate', 'direct', 1]
] AS c
MATCH (a:Function {id: c[0]}), (b:Function {id: c[1]})
CREATE (a)-[:CALLS {kind: c[2], count: c[3], provenance: 'mir'}]->(b);

CREATE (:ForeignFunction {name: 'inflate'}), (:ForeignFunction {name: 'deflate'}), (:ForeignFunction {name: 'OPENSSL_init_ssl'}),
       (:ForeignFunction {name: 'SSL_new'}), (:ForeignFunction {name: 'SSL_connect'}), (:ForeignFunction {name: 'EVP_DigestInit_ex'}),
       (:ForeignFunction {name: 'EVP_MD_CTX_new'}), (:ForeignFunction {name: 'ring_core_0_17_8_sha256_block_data_order'}),
       (:ForeignFunction {name: 'hashlib_digest'}), (:ForeignFunction {name: 'hashlib_free'});

// CALLS_FOREIGN: [caller id, C symbol, count]
UNWIND [
  ['mir:flate2::ffi::c::Inflate::decompress', 'inflate', 2],
  ['mir:flate2::ffi::c::Deflate::compress', 'deflate', 1],
  ['mir:http_client::decode::raw_inflate', 'inflate', 1],
  ['mir:openssl_sys::init', 'OPENSSL_init_ssl', 1],
  ['mir:openssl::ssl::Ssl::new', 'SSL_new', 1],
  ['mir:openssl::ssl::SslStream::connect', 'SSL_connect', 2],
  ['mir:openssl::hash::Hasher::new', 'EVP_DigestInit_ex', 1],
  ['mir:openssl::hash::Hasher::new', 'EVP_MD_CTX_new', 1],
  ['mir:ring::digest::digest', 'ring_core_0_17_8_sha256_block_data_order', 1]
] AS c
MATCH (f:Function {id: c[0]}), (ff:ForeignFunction {name: c[1]})
CREATE (f)-[:CALLS_FOREIGN {count: c[2]}]->(ff);

UNWIND [
  ['inflate', 'z'], ['deflate', 'z'], ['OPENSSL_init_ssl', 'ssl'], ['SSL_new', 'ssl'], ['SSL_connect', 'ssl'],
  ['EVP_DigestInit_ex', 'crypto'], ['EVP_MD_CTX_new', 'crypto'], ['ring_core_0_17_8_sha256_block_data_order', 'ring_core_0_17_8_']
] AS p
MATCH (ff:ForeignFunction {name: p[0]}), (l:NativeLibrary {name: p[1]})
CREATE (ff)-[:PROVIDED_BY]->(l);

MATCH (v:Version {id: 'hashlib-capi@1.0.0'}), (ff:ForeignFunction) WHERE ff.name IN ['hashlib_digest', 'hashlib_free']
CREATE (v)-[:EXPORTS]->(ff);

// From the crates.io db-dump: all-time downloads, recent downloads (an import window), creation dates. placeholder
// has no download count. Two crates known only from the dump squat popular ones (MAY_SQUAT, as easel typosquat writes).
//   crate         downloads  recent  created
//   libc          1000       100     2015-01-15 20:17:32
//   cc            900        -       2014-11-10 00:00:00
//   pkg-config    600        -       2014-11-24 23:29:21
//   flate2        400        50      2014-11-26 02:33:06
//   ring          350        60      2015-02-01 00:00:00
//   libz-sys      300        30      2014-11-25 19:59:51
//   openssl       250        40      2014-11-20 00:00:00
//   openssl-sys   200        -       2014-11-20 00:00:01
//   native-tls    100        -       2016-01-01 00:00:00
//   curl-sys      80         -       2015-03-01 00:00:00
//   quickcheck    70         -       2014-12-01 00:00:00
//   http-client   50         -       2020-05-05 00:00:00
//   tokio-test    40         -       2019-01-01 00:00:00
//   hashlib-capi  5          -       2022-02-02 00:00:00
//   openssl-rs    4          -       2025-03-01 09:00:00  (squats openssl: affix)
//   flate3        3          -       2025-02-01 09:00:00  (squats flate2: typo)
//   tensor-sys    2          -       2021-06-06 00:00:00
//   placeholder   -          -       2023-01-01 00:00:00
CREATE (:Crate {name: 'flate3'}), (:Crate {name: 'openssl-rs'});

UNWIND [
  ['libc', 1000, 100, '2015-01-15 20:17:32'], ['cc', 900, null, '2014-11-10 00:00:00'],
  ['pkg-config', 600, null, '2014-11-24 23:29:21'], ['flate2', 400, 50, '2014-11-26 02:33:06'],
  ['ring', 350, 60, '2015-02-01 00:00:00'], ['libz-sys', 300, 30, '2014-11-25 19:59:51'],
  ['openssl', 250, 40, '2014-11-20 00:00:00'], ['openssl-sys', 200, null, '2014-11-20 00:00:01'],
  ['native-tls', 100, null, '2016-01-01 00:00:00'], ['curl-sys', 80, null, '2015-03-01 00:00:00'],
  ['quickcheck', 70, null, '2014-12-01 00:00:00'], ['http-client', 50, null, '2020-05-05 00:00:00'],
  ['tokio-test', 40, null, '2019-01-01 00:00:00'], ['hashlib-capi', 5, null, '2022-02-02 00:00:00'],
  ['openssl-rs', 4, null, '2025-03-01 09:00:00'], ['flate3', 3, null, '2025-02-01 09:00:00'],
  ['tensor-sys', 2, null, '2021-06-06 00:00:00'], ['placeholder', null, null, '2023-01-01 00:00:00']
] AS d
MATCH (c:Crate {name: d[0]})
SET c.downloads = d[1], c.recent_downloads = d[2], c.created_at = d[3];

// Owners: [owner id, kind, login, crates]
UNWIND [
  ['user:alexcrichton', 'user', 'alexcrichton', ['libc', 'libz-sys', 'flate2', 'cc']],
  ['team:github:rust-lang:libs', 'team', 'github:rust-lang:libs', ['libc', 'flate2']],
  ['user:sfackler', 'user', 'sfackler', ['openssl', 'openssl-sys', 'native-tls']],
  ['user:mallory', 'user', 'mallory', ['flate3', 'openssl-rs']]
] AS o
CREATE (owner:Owner {id: o[0], kind: o[1], login: o[2]})
WITH owner, o
UNWIND o[3] AS crate
MATCH (c:Crate {name: crate})
CREATE (owner)-[:OWNS]->(c);

MATCH (s:Crate {name: 'flate3'}), (p:Crate {name: 'flate2'}) CREATE (s)-[:MAY_SQUAT {checks: ['typo'], score: 0.452}]->(p);
MATCH (s:Crate {name: 'openssl-rs'}), (p:Crate {name: 'openssl'}) CREATE (s)-[:MAY_SQUAT {checks: ['affix'], score: 0.241}]->(p);
// Provenance and build scripts (docs/provenance.md, docs/build-scripts.md), as the loader and easel provenance verify
// write them. Build scripts: libc, libz-sys, openssl-sys, openssl, native-tls (does nothing), curl-sys, ring, tensor-sys.
//                  repository  vcs      dirty  orig   checked                effects (observed)
//   libc           yes         yes      -      yes    match                  cfg, process-spawn, rerun-if (cfg, rerun-if)
//   libz-sys       yes         yes      -      yes    match                  env-read, native-compile, native-probe, rerun-if (native-probe, rerun-if)
//   flate2         yes         yes      -      yes    match                  -
//   openssl-sys    yes         yes      -      yes    differs (2 files)      8 effects (cfg, native-probe, process-spawn, rerun-if)
//   openssl        yes         yes      dirty  yes    commit-missing         cfg, env-read (cfg)
//   native-tls     yes         yes      -      yes    repository-unavailable (none)
//   http-client    -           -        -      -      no-repository          -
//   curl-sys       yes         -        -      -      no-vcs-info            download, native-compile, native-probe, network, process-spawn (native-probe)
//   hashlib-capi   yes         yes      -      -      differs (1 file)       -
//   ring           yes         yes      -      yes    match                  fs-write-out-dir, native-compile, rerun-if (all three)
//   tensor-sys     -           yes      dirty  yes    no-repository          bindgen, download, fs-write-elsewhere, native-compile, network (fs-write-elsewhere, network)
//   placeholder    -           -        -      -      no-repository          -
UNWIND [
  {id: 'libc@0.2.150', repo: 'https://github.com/rust-lang/libc', sha: '1111111111111111111111111111111111111111', path: '', dirty: false, orig: true, status: 'match', differing: [],
   effects: ['cfg', 'process-spawn', 'rerun-if'], observed: ['cfg', 'rerun-if']},
  {id: 'libz-sys@1.1.20', repo: 'https://github.com/rust-lang/libz-sys', sha: '2222222222222222222222222222222222222222', path: '', dirty: false, orig: true, status: 'match', differing: [],
   effects: ['env-read', 'native-compile', 'native-probe', 'rerun-if'], observed: ['native-probe', 'rerun-if']},
  {id: 'flate2@1.0.30', repo: 'https://github.com/rust-lang/flate2-rs', sha: '3333333333333333333333333333333333333333', path: '', dirty: false, orig: true, status: 'match', differing: []},
  {id: 'openssl-sys@0.9.100', repo: 'https://github.com/sfackler/rust-openssl', sha: '4444444444444444444444444444444444444444', path: 'openssl-sys', dirty: false, orig: true, status: 'differs',
   differing: ['build/main.rs', 'debian/patches/series'],
   effects: ['bindgen', 'cfg', 'env-read', 'fs-read-outside', 'native-compile', 'native-probe', 'process-spawn', 'rerun-if'],
   observed: ['cfg', 'native-probe', 'process-spawn', 'rerun-if']},
  {id: 'openssl@0.10.60', repo: 'https://github.com/sfackler/rust-openssl', sha: '5555555555555555555555555555555555555555', path: 'openssl', dirty: true, orig: true, status: 'commit-missing', differing: [],
   effects: ['cfg', 'env-read'], observed: ['cfg']},
  {id: 'native-tls@0.2.11', repo: 'https://github.com/sfackler/rust-native-tls', sha: '6666666666666666666666666666666666666666', path: '', dirty: false, orig: true, status: 'repository-unavailable', differing: []},
  {id: 'http-client@0.3.0', status: 'no-repository'},
  {id: 'curl-sys@0.4.70', repo: 'https://github.com/alexcrichton/curl-rust', orig: false, status: 'no-vcs-info', differing: [],
   effects: ['download', 'native-compile', 'native-probe', 'network', 'process-spawn'], observed: ['native-probe']},
  {id: 'hashlib-capi@1.0.0', repo: 'https://github.com/hashlib/hashlib-capi', sha: '8888888888888888888888888888888888888888', path: '', dirty: false, orig: false, status: 'differs', differing: ['src/lib.rs']},
  {id: 'ring@0.17.8', repo: 'https://github.com/briansmith/ring', sha: '9999999999999999999999999999999999999999', path: '', dirty: false, orig: true, status: 'match', differing: [],
   effects: ['fs-write-out-dir', 'native-compile', 'rerun-if'], observed: ['fs-write-out-dir', 'native-compile', 'rerun-if']},
  {id: 'tensor-sys@0.1.0', sha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', path: '', dirty: true, orig: true, status: 'no-repository',
   effects: ['bindgen', 'download', 'fs-write-elsewhere', 'native-compile', 'network'], observed: ['fs-write-elsewhere', 'network']},
  {id: 'placeholder@0.0.1', status: 'no-repository'}
] AS r
MATCH (v:Version {id: r.id})
SET v.repository = r.repo, v.vcs_commit = r.sha, v.vcs_path = r.path, v.vcs_dirty = r.dirty, v.has_cargo_toml_orig = r.orig,
    v.build_script_effects = r.effects, v.build_script_inferred = r.effects, v.build_script_observed = r.observed,
    v.provenance_status = r.status
FOREACH (_ IN CASE WHEN r.repo IS NULL THEN [] ELSE [1] END |
  MERGE (repo:Repository {url: r.repo})
  CREATE (v)-[:BUILT_FROM {status: r.status, differing: r.differing, commit: r.sha, path_in_vcs: r.path, dirty: r.dirty,
                           checked_at: datetime('2026-11-02T10:00:00Z')}]->(repo));

// RESOLVED_TO: the exact versions each analysed version's build used (normal dependencies, transitively)
UNWIND [
  ['libz-sys@1.1.20', 'libc@0.2.150'],
  ['flate2@1.0.30', 'libz-sys@1.1.20'], ['flate2@1.0.30', 'libc@0.2.150'],
  ['openssl-sys@0.9.100', 'libc@0.2.150'],
  ['openssl@0.10.60', 'openssl-sys@0.9.100'], ['openssl@0.10.60', 'libc@0.2.150'],
  ['native-tls@0.2.11', 'openssl@0.10.60'], ['native-tls@0.2.11', 'openssl-sys@0.9.100'], ['native-tls@0.2.11', 'libc@0.2.150'],
  ['http-client@0.3.0', 'flate2@1.0.30'], ['http-client@0.3.0', 'native-tls@0.2.11'], ['http-client@0.3.0', 'openssl@0.10.60'],
  ['http-client@0.3.0', 'openssl-sys@0.9.100'], ['http-client@0.3.0', 'libz-sys@1.1.20'], ['http-client@0.3.0', 'libc@0.2.150'],
  ['curl-sys@0.4.70', 'libc@0.2.150'], ['curl-sys@0.4.70', 'libz-sys@1.1.20'], ['curl-sys@0.4.70', 'openssl-sys@0.9.100'],
  ['tensor-sys@0.1.0', 'libc@0.2.150']
] AS r
MATCH (v:Version {id: r[0]}), (t:Version {id: r[1]})
CREATE (v)-[:RESOLVED_TO {kind: 'normal'}]->(t);

// Advisories: [id, package, title, date, kind, informational, withdrawn, functions]
UNWIND [
  ['RUSTSEC-2099-0101', 'openssl', 'Use after free in Ssl::new', '2099-01-01', 'vulnerability', null, null, ['openssl::ssl::Ssl::new']],
  ['RUSTSEC-2099-0102', 'openssl', 'Hasher::new leaks', '2099-01-02', 'vulnerability', null, null, ['openssl::hash::Hasher::new']],
  ['RUSTSEC-2099-0103', 'flate2', 'GzDecoder is unsound', '2099-01-03', 'unsound', 'unsound', null, null],
  ['RUSTSEC-2099-0104', 'libz-sys', 'Bundled zlib overflows in inflate', '2099-01-04', 'vulnerability', null, null, null],
  ['RUSTSEC-2099-0105', 'openssl-sys', 'Filed in error', '2099-01-05', 'vulnerability', null, '2099-01-06', null],
  ['RUSTSEC-2099-0106', 'ring', 'Assembly reads out of bounds', '2099-01-07', 'vulnerability', null, null, null]
] AS a
MATCH (c:Crate {name: a[1]})
CREATE (x:Advisory {id: a[0], package: a[1], title: a[2], date: a[3], kind: a[4], informational: a[5], withdrawn: a[6],
                    functions: a[7]})-[:CONCERNS]->(c);

// AFFECTS: the withdrawn advisory affects nothing
UNWIND [
  ['RUSTSEC-2099-0101', 'openssl@0.10.60'], ['RUSTSEC-2099-0102', 'openssl@0.10.60'], ['RUSTSEC-2099-0103', 'flate2@1.0.30'],
  ['RUSTSEC-2099-0104', 'libz-sys@1.1.20'], ['RUSTSEC-2099-0106', 'ring@0.17.8']
] AS r
MATCH (a:Advisory {id: r[0]}), (v:Version {id: r[1]})
CREATE (a)-[:AFFECTS]->(v);

UNWIND [
  ['RUSTSEC-2099-0101', 'openssl::ssl::Ssl::new', 'mir:openssl::ssl::Ssl::new'],
  ['RUSTSEC-2099-0102', 'openssl::hash::Hasher::new', 'mir:openssl::hash::Hasher::new']
] AS r
MATCH (a:Advisory {id: r[0]}), (f:Function {id: r[2]})
CREATE (a)-[:NAMES {path: r[1], requirement: '< 0.10.61', rule: 'exact'}]->(f);

// REACHES, as the import computes them from the CALLS above (a test computes them again and compares)
UNWIND [
  ['native-tls@0.2.11', 'RUSTSEC-2099-0101', 2,
   ['native_tls::TlsConnector::connect', 'openssl::ssl::SslStream::connect', 'openssl::ssl::Ssl::new'], ['native-tls', 'openssl']],
  ['http-client@0.3.0', 'RUSTSEC-2099-0101', 3,
   ['http_client::Client::get', 'native_tls::TlsConnector::connect', 'openssl::ssl::SslStream::connect', 'openssl::ssl::Ssl::new'],
   ['http-client', 'native-tls', 'openssl']]
] AS r
MATCH (v:Version {id: r[0]}), (a:Advisory {id: r[1]})
CREATE (v)-[:REACHES {length: r[2], path: r[3], crates: r[4], function: 'openssl::ssl::Ssl::new',
                      functions: ['openssl::ssl::Ssl::new'], via: 'openssl@0.10.60'}]->(a);
