package dev.easel.queries;

import dev.easel.graph.advisory.AdvisoryImporter;
import dev.easel.graph.advisory.ImportReport;
import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.Arrays;
import java.util.List;

import static dev.easel.queries.CannedQueriesTest.row;
import static dev.easel.queries.CannedQueriesTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The advisory queries against the fixture graph's advisories (end of fixture-graph.cypher), row by row. */
class AdvisoryQueriesTest {

    private static GraphStore store;
    private static QueryCatalog catalog;

    static final List<Object> NATIVE_TLS_REACH = row("native-tls", "0.2.11", "RUSTSEC-2099-0101", "vulnerability",
            "openssl@0.10.60", "openssl::ssl::Ssl::new", 2, List.of("native-tls", "openssl"),
            List.of("native_tls::TlsConnector::connect", "openssl::ssl::SslStream::connect", "openssl::ssl::Ssl::new"));
    static final List<Object> HTTP_CLIENT_REACH = row("http-client", "0.3.0", "RUSTSEC-2099-0101", "vulnerability",
            "openssl@0.10.60", "openssl::ssl::Ssl::new", 3, List.of("http-client", "native-tls", "openssl"),
            List.of("http_client::Client::get", "native_tls::TlsConnector::connect", "openssl::ssl::SslStream::connect",
                    "openssl::ssl::Ssl::new"));

    @BeforeAll
    static void loadFixture() {
        store = FixtureGraph.load();
        catalog = QueryCatalog.load();
    }

    private static QueryResult run(String name, String... keyValues) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        QueryDefinition q = catalog.get(name);
        try (Session session = store.session()) {
            QueryResult result = QueryRunner.run(session, q, params, 50);
            assertEquals(q.columns(), result.columns(), name + ": columns differ from its header");
            return result;
        }
    }

    @Test
    void vulnerableReach() {
        assertEquals(rows(NATIVE_TLS_REACH, HTTP_CLIENT_REACH), run("vulnerable-reach").rows());
        assertEquals(rows(HTTP_CLIENT_REACH), run("vulnerable-reach", "crate", "http-client").rows());
        assertEquals(rows(NATIVE_TLS_REACH), run("vulnerable-reach", "advisory", "RUSTSEC-2099-0101",
                "crate", "native-tls").rows());
        assertEquals(0, run("vulnerable-reach", "advisory", "RUSTSEC-2099-0102").size(), "Hasher::new: nobody calls it");
        assertEquals(0, run("vulnerable-reach", "crate", "x' OR 1=1 //").size());
    }

    @Test
    void advisoryExposure() {
        // 0101 and 0102: native-tls and http-client resolve openssl 0.10.60; 0101's function is reached by both,
        // 0102's by neither; 0104 and 0103 name no function: counted apart. 0105 is withdrawn; nobody resolves ring.
        assertEquals(rows(
                        row("RUSTSEC-2099-0101", "openssl", "vulnerability", 1, 2, 2, 100.0),
                        row("RUSTSEC-2099-0102", "openssl", "vulnerability", 1, 2, 0, 0.0),
                        Arrays.asList("RUSTSEC-2099-0104", "libz-sys", "vulnerability", 0L, 3L, null, null),
                        Arrays.asList("RUSTSEC-2099-0103", "flate2", "unsound", 0L, 1L, null, null)),
                run("advisory-exposure").rows());
    }

    @Test
    void nativeAdvisories() {
        // libz-sys links z, whose inflate/deflate flate2 and http-client call; ring calls its own bundled code
        assertEquals(rows(
                        row("RUSTSEC-2099-0104", "libz-sys", "vulnerability", List.of("1.1.20"), List.of("z"), true, 2,
                                List.of("flate2", "http-client")),
                        row("RUSTSEC-2099-0106", "ring", "vulnerability", List.of("0.17.8"), List.of("ring_core_0_17_8_"),
                                true, 1, List.of("ring"))),
                run("native-advisories").rows());
    }

    @Test
    void theFixturesReachesAreWhatTheImportComputesFromItsCalls() {
        ImportReport.Reach reach = new AdvisoryImporter(store).computeReach();
        assertEquals(2, reach.reaches());
        // native-tls and http-client to 0101 and 0102 (0102's function has no caller)
        assertEquals(4, reach.exposed());
        assertEquals(rows(NATIVE_TLS_REACH, HTTP_CLIENT_REACH), run("vulnerable-reach").rows());
    }
}
