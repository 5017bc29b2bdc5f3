package dev.easel.queries;

import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every canned query against the fixture graph (fixture-graph.cypher), compared row by row with the known facts. */
class CannedQueriesTest {

    private static final String LINUX = "x86_64-unknown-linux-gnu";

    private static GraphStore store;
    private static QueryCatalog catalog;

    @BeforeAll
    static void loadFixture() {
        store = FixtureGraph.load();
        catalog = QueryCatalog.load();
    }

    static QueryResult run(String name, String... keyValues) {
        return run(name, 50, keyValues);
    }

    static QueryResult run(String name, int limit, String... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        QueryDefinition q = catalog.get(name);
        try (Session session = store.session()) {
            QueryResult result = QueryRunner.run(session, q, params, limit);
            assertEquals(q.columns(), result.columns(), name + ": columns differ from its header");
            return result;
        }
    }

    /** A row with ints widened to the longs the driver returns. */
    public static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(widen(v));
        }
        return row;
    }

    private static Object widen(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(CannedQueriesTest::widen).toList();
        }
        return v;
    }

    @SafeVarargs
    public static List<List<Object>> rows(List<Object>... rows) {
        return Arrays.asList(rows);
    }

    @Test
    void summary() {
        assertEquals(rows(
                row("versions", 14),
                row("versions analysed", 13),
                row("versions built", 10),
                row("versions with unsafe", 10),
                row("versions with FFI", 9),
                row("versions linking native libraries", 3),
                row("versions bundling native code", 4),
                row("crates analysed", 13),
                row("crates with FFI calls", 5),
                row("foreign functions called", 8),
                row("top foreign functions (calling crates)",
                        "inflate (2), SSL_connect (1), EVP_DigestInit_ex (1), EVP_MD_CTX_new (1), OPENSSL_init_ssl (1)")),
                run("summary").rows());
        assertEquals("inflate (2), SSL_connect (1)", run("summary", "top", "2").get(10, "value"));
    }

    @Test
    void topForeignFunctions() {
        assertEquals(rows(
                row("inflate", "z", 2, 3),
                row("SSL_connect", "ssl", 1, 2),
                row("EVP_DigestInit_ex", "crypto", 1, 1),
                row("EVP_MD_CTX_new", "crypto", 1, 1),
                row("OPENSSL_init_ssl", "ssl", 1, 1),
                row("SSL_new", "ssl", 1, 1),
                row("deflate", "z", 1, 1),
                row("ring_core_0_17_8_sha256_block_data_order", "ring_core_0_17_8_", 1, 1)),
                run("top-foreign-functions").rows());
        assertEquals(3, run("top-foreign-functions", 3).size(), "--limit 3");
    }

    @Test
    void unsafeShareUsesInvokesWhenTheGraphHasCalls() {
        // 11 crates with code (placeholder has none); 10 use unsafe; flate2, openssl, native-tls, http-client invoke one
        assertEquals(rows(row(11, 10, 90.91, 4, 36.36, "invokes")), run("unsafe-share").rows());
    }

    @Test
    void unsafeShareOnDependencies() {
        // normal dependencies on a crate with unsafe: libz-sys, flate2, openssl-sys, openssl, native-tls, http-client,
        // curl-sys, tensor-sys (ring only build-depends on cc; libc and hashlib-capi depend on nothing)
        assertEquals(rows(row(11, 10, 90.91, 8, 72.73, "depends_on")), run("unsafe-share", "basis", "depends_on").rows());
        // with min_exprs 0, placeholder and curl (no code, no unsafe) count too
        assertEquals(rows(row(13, 10, 76.92, 4, 30.77, "invokes")), run("unsafe-share", "min_exprs", "0").rows());
    }

    @Test
    void topUnsafeCrates() {
        assertEquals(rows(
                row("openssl", "0.10.60", 400, 50, 300, 40, 0, 10),
                row("ring", "0.17.8", 250, 30, 200, 0, 0, 20),
                row("libc", "0.2.150", 150, 10, 120, 15, 0, 5),
                row("openssl-sys", "0.9.100", 20, 0, 20, 0, 0, 0),
                row("flate2", "1.0.30", 12, 2, 10, 0, 0, 0),
                row("hashlib-capi", "1.0.0", 4, 2, 2, 0, 0, 0),
                row("libz-sys", "1.1.20", 3, 0, 3, 0, 0, 0),
                row("curl-sys", "0.4.70", 2, 0, 2, 0, 0, 0),
                row("http-client", "0.3.0", 1, 0, 1, 0, 0, 0),
                row("tensor-sys", "0.1.0", 1, 0, 1, 0, 0, 0)),
                run("top-unsafe-crates").rows());
    }

    @Test
    void unsafeDistribution() {
        assertEquals(rows(
                row("0", 0, 0, 3),
                row("1-9", 1, 9, 5),
                row("10-99", 10, 99, 2),
                row("100-999", 100, 999, 3),
                row("1000-9999", 1000, 9999, 0),
                row("10000+", 10000, null, 0)),
                run("unsafe-distribution").rows());
    }

    @Test
    void nativeLibrariesByDependents() {
        assertEquals(rows(
                row("crypto", 1, 5, List.of("openssl-sys"), List.of(LINUX)),
                row("ssl", 1, 5, List.of("openssl-sys"), List.of(LINUX)),
                row("z", 1, 4, List.of("libz-sys"), List.of(LINUX)),
                row("ring_core_0_17_8_", 1, 0, List.of("ring"), List.of(LINUX))),
                run("native-libraries-by-dependents").rows());
        assertEquals(List.of("crypto", "ssl", "z", "ring_core_0_17_8_"),
                column(run("native-libraries-by-dependents", "by", "direct"), "library"));
    }

    @Test
    void whereIsMyC() {
        assertEquals(rows(
                row("z", "libz-sys", "static", 1, List.of("http-client", "libz-sys"), LINUX),
                row("crypto", "openssl-sys", "dylib", 3, List.of("http-client", "native-tls", "openssl", "openssl-sys"),
                        LINUX),
                row("ssl", "openssl-sys", "dylib", 3, List.of("http-client", "native-tls", "openssl", "openssl-sys"),
                        LINUX)),
                run("where-is-my-c", "crate", "http-client").rows());
        assertEquals(rows(row("z", "libz-sys", "static", 0, List.of("libz-sys"), LINUX)),
                run("where-is-my-c", "crate", "libz-sys").rows());
        // an older version: its own dependencies, resolved to the latest versions of those crates
        assertEquals(rows(
                row("ring_core_0_17_8_", "ring", "static", 1, List.of("flate2", "ring"), LINUX),
                row("z", "libz-sys", "static", 1, List.of("flate2", "libz-sys"), LINUX)),
                run("where-is-my-c", "crate", "flate2", "version", "1.0.28").rows());
        // dev-dependencies and build-dependencies do not bring native code into the artifact
        assertEquals(0, run("where-is-my-c", "crate", "native-tls-missing").size());
    }

    @Test
    void valuesAreParametersNeverSplicedText() {
        assertEquals(0, run("where-is-my-c", "crate", "x' OR 1=1 //").size());
        assertEquals(0, run("ffi-entry-points", "crate", "openssl\"}) RETURN 1 //").size());
    }

    @Test
    void ffiEntryPoints() {
        assertEquals(rows(
                row("openssl::hash::Hasher::new", "src/hash.rs", 150, "EVP_DigestInit_ex", "crypto", 1),
                row("openssl::hash::Hasher::new", "src/hash.rs", 150, "EVP_MD_CTX_new", "crypto", 1),
                row("openssl::ssl::Ssl::new", "src/ssl/mod.rs", 2000, "SSL_new", "ssl", 1),
                row("openssl::ssl::SslStream::connect", "src/ssl/mod.rs", 3000, "SSL_connect", "ssl", 2)),
                run("ffi-entry-points", "crate", "openssl").rows());
        assertEquals(0, run("ffi-entry-points", "crate", "native-tls").size());
    }

    @Test
    void bundledNativeCode() {
        assertEquals(rows(
                row("tensor-sys", "0.1.0", 400, 90000, 5000, 85000, 0, List.of("cmake", "bindgen")),
                row("ring", "0.17.8", 150, 52000, 22000, 0, 30000, List.of("cc")),
                row("libz-sys", "1.1.20", 25, 18000, 17500, 0, 500, List.of("cc", "pkg-config")),
                row("hashlib-capi", "1.0.0", 1, 40, 40, 0, 0, List.of())),
                run("bundled-native-code").rows());
    }

    @Test
    void sysCrates() {
        assertEquals(rows(
                row("libz-sys", "1.1.20", "z", List.of("z"), LINUX, "ok", 3, 4),
                row("openssl-sys", "0.9.100", "openssl", List.of("crypto", "ssl"), LINUX, "ok", 2, 5),
                row("curl-sys", "0.4.70", "curl", List.of(), LINUX, "failed", 1, 1),
                row("tensor-sys", "0.1.0", "tensor", List.of(), LINUX, "timed_out", 0, 0)),
                run("sys-crates").rows());
    }

    @Test
    void nativeWithoutSys() {
        assertEquals(rows(
                row("ring", "0.17.8", List.of("ring_core_0_17_8_"), LINUX, 150, 52000),
                row("hashlib-capi", "1.0.0", List.of(), LINUX, 1, 40)),
                run("native-without-sys").rows());
    }

    @Test
    void cAbiExports() {
        assertEquals(rows(row("hashlib-capi", "1.0.0", 2, List.of("hashlib_digest", "hashlib_free"))),
                run("c-abi-exports").rows());
    }

    @Test
    void buildOutcomesAndFailures() {
        // curl failed only because curl-sys did: the outcomes tell the two apart
        assertEquals(rows(row("ok", 10), row("dependency failed", 1), row("failed", 1), row("timed_out", 1)),
                run("build-outcomes").rows());
        assertEquals(rows(
                row("failed", "dependency_failed", "missing_native_library", 1, List.of("curl@0.4.44 (curl-sys@0.4.70)")),
                row("failed", "missing_native_library", null, 1, List.of("curl-sys@0.4.70")),
                row("timed_out", "timeout", null, 1, List.of("tensor-sys@0.1.0"))),
                run("build-failures").rows());
        assertEquals(rows(row("failed", "dependency_failed", "missing_native_library", 1, List.of()),
                        row("failed", "missing_native_library", null, 1, List.of()),
                        row("timed_out", "timeout", null, 1, List.of())),
                run("build-failures", "examples", "0").rows());
        assertEquals(rows(row("curl-sys@0.4.70", "missing_native_library", "missing_native_library", 1,
                        List.of("curl@0.4.44"))), run("failed-dependencies").rows());
        assertEquals(rows(row("curl", 2, List.of("curl", "curl-sys"))), run("missing-native-libraries").rows());
    }

    @Test
    void libraryDependents() {
        assertEquals(rows(
                row("openssl-sys", "0.9.100", 0, List.of("openssl-sys"), LINUX),
                row("curl-sys", "0.4.70", 1, List.of("curl-sys", "openssl-sys"), LINUX),
                row("openssl", "0.10.60", 1, List.of("openssl", "openssl-sys"), LINUX),
                row("curl", "0.4.44", 2, List.of("curl", "curl-sys", "openssl-sys"), LINUX),
                row("native-tls", "0.2.11", 2, List.of("native-tls", "openssl", "openssl-sys"), LINUX),
                row("http-client", "0.3.0", 3, List.of("http-client", "native-tls", "openssl", "openssl-sys"), LINUX)),
                run("library-dependents", "library", "ssl").rows());
        // flate2 1.0.28 depends on libz-sys but is not the latest version: not a dependent
        assertEquals(rows(
                row("libz-sys", "1.1.20", 0, List.of("libz-sys"), LINUX),
                row("curl-sys", "0.4.70", 1, List.of("curl-sys", "libz-sys"), LINUX),
                row("flate2", "1.0.30", 1, List.of("flate2", "libz-sys"), LINUX),
                row("http-client", "0.3.0", 1, List.of("http-client", "libz-sys"), LINUX),
                row("curl", "0.4.44", 2, List.of("curl", "curl-sys", "libz-sys"), LINUX)),
                run("library-dependents", "library", "z").rows());
    }

    @Test
    void callChainsToC() {
        assertEquals(rows(
                row("http_client::Client::get", "inflate", 1,
                        List.of("http_client::Client::get", "http_client::decode::raw_inflate", "inflate")),
                row("http_client::Client::get", "SSL_connect", 2,
                        List.of("http_client::Client::get", "native_tls::TlsConnector::connect",
                                "openssl::ssl::SslStream::connect", "SSL_connect")),
                row("http_client::Client::get", "SSL_new", 3,
                        List.of("http_client::Client::get", "native_tls::TlsConnector::connect",
                                "openssl::ssl::SslStream::connect", "openssl::ssl::Ssl::new", "SSL_new")),
                row("http_client::Client::get", "OPENSSL_init_ssl", 4,
                        List.of("http_client::Client::get", "native_tls::TlsConnector::connect",
                                "openssl::ssl::SslStream::connect", "openssl::ssl::Ssl::new", "openssl_sys::init",
                                "OPENSSL_init_ssl"))),
                run("call-chains-to-c", "crate", "http-client").rows());
        // Ssl::new is called by SslStream::connect inside openssl, so it is not an entry function
        assertEquals(rows(
                row("openssl::hash::Hasher::new", "EVP_DigestInit_ex", 0,
                        List.of("openssl::hash::Hasher::new", "EVP_DigestInit_ex")),
                row("openssl::hash::Hasher::new", "EVP_MD_CTX_new", 0,
                        List.of("openssl::hash::Hasher::new", "EVP_MD_CTX_new")),
                row("openssl::ssl::SslStream::connect", "SSL_connect", 0,
                        List.of("openssl::ssl::SslStream::connect", "SSL_connect")),
                row("openssl::ssl::SslStream::connect", "SSL_new", 1,
                        List.of("openssl::ssl::SslStream::connect", "openssl::ssl::Ssl::new", "SSL_new")),
                row("openssl::ssl::SslStream::connect", "OPENSSL_init_ssl", 2,
                        List.of("openssl::ssl::SslStream::connect", "openssl::ssl::Ssl::new", "openssl_sys::init",
                                "OPENSSL_init_ssl"))),
                run("call-chains-to-c", "crate", "openssl").rows());
    }

    @Test
    void topCratesByDependents() {
        assertEquals(rows(
                row("libc", 6, null),
                row("libz-sys", 3, null),
                row("openssl-sys", 2, null),
                row("curl-sys", 1, null),
                row("flate2", 1, null),
                row("native-tls", 1, null),
                row("openssl", 1, null)),
                run("top-crates-by-dependents").rows());
        // curl reaches curl-sys, and through it libc, libz-sys and openssl-sys
        assertEquals(rows(
                row("libc", 6, 9),
                row("openssl-sys", 2, 5),
                row("libz-sys", 3, 4),
                row("openssl", 1, 2),
                row("curl-sys", 1, 1),
                row("flate2", 1, 1),
                row("native-tls", 1, 1)),
                run("top-crates-by-dependents", "by", "transitive").rows());
        assertEquals(List.of("libc", "openssl-sys", "libz-sys", "openssl", "curl-sys", "flate2", "native-tls"),
                column(run("top-crates-by-dependents", "by", "transitive"), "crate"));
    }

    @Test
    void ffiExposure() {
        // direct: every latest crate but native-tls (reaches openssl), curl (reaches curl-sys) and placeholder (nothing)
        assertEquals(rows(row("direct", 10), row("transitive only", 2), row("none", 1)), run("ffi-exposure").rows());
    }

    static List<Object> column(QueryResult result, String column) {
        int i = result.columnIndex(column);
        return result.rows().stream().map(r -> r.get(i)).toList();
    }
}
