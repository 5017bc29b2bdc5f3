package dev.easel.queries;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryRunnerTest {

    private static GraphStore store;
    private static final QueryCatalog CATALOG = QueryCatalog.load();

    @BeforeAll
    static void loadFixture() {
        store = FixtureGraph.load();
    }

    @Test
    void parametersAreTypedFromTheHeader() {
        QueryDefinition q = new QueryDefinition("t", "d", List.of(
                new QueryParameter("n", ParamType.INT, "3", "m"),
                new QueryParameter("flag", ParamType.BOOL, "false", "m"),
                new QueryParameter("names", ParamType.LIST, "a, b", "m"),
                new QueryParameter("s", ParamType.STRING, null, "m")), List.of("x"), "RETURN $n, $flag, $names, $s, $limit");
        Map<String, Object> bound = QueryRunner.bind(q, Map.of("s", "42", "flag", "yes"), 7);
        assertEquals(Map.of("n", 3L, "flag", true, "names", List.of("a", "b"), "s", "42", "limit", 7L), bound);
        assertEquals(QueryRunner.DEFAULT_LIMIT + 0L, QueryRunner.bind(q, Map.of("s", ""), 0).get("limit"));
        assertEquals(List.of(), QueryRunner.bind(q, Map.of("s", "", "names", ""), 1).get("names"));
    }

    @Test
    void badParametersAreRefusedClearly() {
        QueryDefinition q = CATALOG.get("where-is-my-c");
        QueryException e = assertThrows(QueryException.class, () -> QueryRunner.bind(q, Map.of(), 10));
        assertEquals("query 'where-is-my-c' needs parameter 'crate' (string): the crate to look into", e.getMessage());
        e = assertThrows(QueryException.class, () -> QueryRunner.bind(q, Map.of("crate", "x", "crat", "y"), 10));
        assertEquals("query 'where-is-my-c' has no parameter 'crat' (known: crate, version)", e.getMessage());
        e = assertThrows(QueryException.class,
                () -> QueryRunner.bind(CATALOG.get("summary"), Map.of("top", "lots"), 10));
        assertEquals("parameter 'top' of query 'summary': expected an int, got 'lots'", e.getMessage());
        e = assertThrows(QueryException.class,
                () -> QueryRunner.bind(CATALOG.get("build-outcomes"), Map.of("x", "1"), 10));
        assertEquals("query 'build-outcomes' has no parameter 'x' (it takes none)", e.getMessage());
    }

    @Test
    void runsThroughTheDriverToo() {
        QueryResult r = QueryRunner.run(store.driver(), CATALOG.get("c-abi-exports"), Map.of(), 10);
        assertEquals(List.of("hashlib-capi"), CannedQueriesTest.column(r, "crate"));
    }

    @Test
    void adHocQueriesRead() {
        try (Session session = store.session()) {
            QueryResult r = AdHocQuery.run(session,
                    "MATCH (v:Version) WHERE v.name STARTS WITH $prefix RETURN v.id AS id ORDER BY id",
                    Map.of("prefix", "open"), 0);
            assertEquals(List.of("id"), r.columns());
            assertEquals(List.of(List.of("openssl-sys@0.9.100"), List.of("openssl@0.10.60")), r.rows());
            assertEquals(1, AdHocQuery.run(session, "MATCH (v:Version) RETURN v", Map.of(), 1).size(), "maxRows");
            Object node = AdHocQuery.run(session, "MATCH (l:NativeLibrary {name: 'z'}) RETURN l", Map.of(), 0).get(0, "l");
            assertEquals(Map.of("labels", List.of("NativeLibrary"), "name", "z"), node);
        }
    }

    @Test
    void adHocWritesAreRefused() {
        long before = TestGraphStores.count("MATCH (n) RETURN count(n)");
        try (Session session = store.session()) {
            QueryException e = assertThrows(QueryException.class,
                    () -> AdHocQuery.run(session, "CREATE (:Crate {name: 'evil'})", Map.of(), 0));
            assertTrue(e.getMessage().startsWith("ad-hoc queries are read-only: "), e.getMessage());
            e = assertThrows(QueryException.class,
                    () -> AdHocQuery.run(session, "MATCH (n:Crate) DETACH DELETE n", Map.of(), 0));
            assertTrue(e.getMessage().startsWith("ad-hoc queries are read-only: "), e.getMessage());
            e = assertThrows(QueryException.class, () -> AdHocQuery.run(session, "MATCH (n RETURN n", Map.of(), 0));
            assertTrue(e.getMessage().startsWith("ad-hoc query failed: "), e.getMessage());
        }
        assertEquals(before, TestGraphStores.count("MATCH (n) RETURN count(n)"), "nothing was written");
        assertEquals(0, TestGraphStores.count("MATCH (c:Crate {name: 'evil'}) RETURN count(c)"));
    }
}
