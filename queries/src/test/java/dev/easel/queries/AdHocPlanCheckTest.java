package dev.easel.queries;

import dev.easel.graph.db.CountingHttpServer;
import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ad-hoc Cypher touches only the graph, whatever its spelling; reasonable reads still run. */
class AdHocPlanCheckTest {

    private static String refusal(String cypher, Map<String, Object> params) {
        try (Session session = TestGraphStores.shared().session()) {
            return assertThrows(QueryException.class, () -> AdHocQuery.run(session, cypher, params, RowLimit.ALL))
                    .getMessage();
        }
    }

    @Test
    void loadCsvOfAHostFileIsRefusedInEverySpelling() {
        String expected = "ad-hoc queries read only the graph: LOAD CSV (it reads files and URLs) is refused";
        assertEquals(expected, refusal("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2", Map.of()));
        assertEquals(expected, refusal("load csv with headers from $url as row return row", Map.of("url", "file:///etc/passwd")));
        assertEquals(expected, refusal("MATCH (n) CALL (n) { /* hidden */ LOAD CSV FROM 'file:///etc/hosts' AS r RETURN r }"
                + " RETURN r", Map.of()));
    }

    @Test
    void loadCsvOverTheNetworkIsRefusedBeforeAnyRequest() {
        try (CountingHttpServer http = new CountingHttpServer()) {
            assertEquals("ad-hoc queries read only the graph: LOAD CSV (it reads files and URLs) is refused",
                    refusal("LOAD CSV FROM '" + http.url() + "' AS row RETURN row", Map.of()));
            assertEquals(0, http.requests(), "the test server saw a request");
        }
    }

    @Test
    void proceduresOffTheAllowListAndServerAdministrationAreRefused() {
        assertEquals("ad-hoc queries read only the graph: procedure dbms.listConfig is not on easel's allow-list ("
                + String.join(", ", AdHocPlanCheck.PROCEDURES) + ")", refusal("CALL dbms.listConfig()", Map.of()));
        String quoted = refusal("call `dbms`.`listConfig`() yield name return name", Map.of());
        assertTrue(quoted.startsWith("ad-hoc queries read only the graph: procedure dbms.listConfig is not on"), quoted);
        String nested = refusal("MATCH (v:Version) CALL (v) { CALL db.clearQueryCaches() YIELD value RETURN value }"
                + " RETURN value", Map.of());
        assertTrue(nested.contains("procedure db.clearQueryCaches is not on easel's allow-list"), nested);
        assertEquals("ad-hoc queries read only the graph: SHOW SETTINGS is refused", refusal("SHOW SETTINGS", Map.of()));
        assertEquals("ad-hoc queries read only the graph: SHOW TRANSACTIONS is refused", refusal("SHOW TRANSACTIONS", Map.of()));
        assertEquals("ad-hoc queries read only the graph: administration commands (users, roles, databases) is refused",
                refusal("SHOW USERS", Map.of()));
    }

    @Test
    void everyCannedQueryPassesTheCheck() {
        try (Session session = TestGraphStores.shared().session()) {
            for (QueryDefinition q : QueryCatalog.load().all()) {
                Map<String, String> raw = new HashMap<>();
                for (QueryParameter p : q.params()) {
                    if (p.required()) {
                        raw.put(p.name(), p.type() == ParamType.INT ? "1" : p.type() == ParamType.BOOL ? "true" : "x");
                    }
                }
                Map<String, Object> params = QueryRunner.bind(q, raw, RowLimit.ALL);
                assertDoesNotThrow(() -> session.executeRead(tx -> {
                    AdHocPlanCheck.check(tx, q.text(), params);
                    return q.name();
                }), q.name() + " needs something the ad-hoc check refuses");
            }
        }
    }

    @Test
    void theSecurityDocListsTheAllowListAndTheRefusedOperators() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "security.md"));
        for (String procedure : AdHocPlanCheck.PROCEDURES) {
            assertTrue(doc.contains("`" + procedure + "`"), procedure + " is not in docs/security.md");
        }
        for (String operator : AdHocPlanCheck.REFUSED_OPERATORS.keySet()) {
            assertTrue(doc.contains("`" + operator + "`"), operator + " is not in docs/security.md");
        }
    }

    @Test
    void allowedProceduresAndSchemaLookUpsRun() {
        try (Session session = TestGraphStores.shared().session()) {
            QueryResult labels = AdHocQuery.run(session, "CALL db.labels() YIELD label RETURN label ORDER BY label",
                    Map.of(), RowLimit.ALL);
            assertTrue(labels.rows().contains(List.of("Crate")), labels.rows().toString());
            QueryResult kernel = AdHocQuery.run(session, "CALL dbms.components() YIELD name RETURN name", Map.of(), RowLimit.ALL);
            assertEquals(List.of(List.of("Neo4j Kernel")), kernel.rows());
            QueryResult indexes = AdHocQuery.run(session, "SHOW INDEXES YIELD name WHERE name = 'version_latest' RETURN name",
                    Map.of(), RowLimit.ALL);
            assertEquals(List.of(List.of("version_latest")), indexes.rows());
        }
    }
}
