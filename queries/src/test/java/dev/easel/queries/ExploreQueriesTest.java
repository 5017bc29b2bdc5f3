package dev.easel.queries;

import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.Map;

class ExploreQueriesTest {
    @Test
    void printAll() {
        GraphStore store = FixtureGraph.load();
        QueryCatalog catalog = QueryCatalog.load();
        Map<String, Map<String, String>> args = Map.of(
                "where-is-my-c", Map.of("crate", "http-client"),
                "ffi-entry-points", Map.of("crate", "openssl"),
                "library-dependents", Map.of("library", "ssl"),
                "call-chains-to-c", Map.of("crate", "http-client"));
        for (QueryDefinition q : catalog.all()) {
            try (Session s = store.session()) {
                System.out.println("=== " + q.name());
                try {
                    System.out.print(ResultFormatter.table(QueryRunner.run(s, q, args.getOrDefault(q.name(), Map.of()), 50)));
                } catch (QueryException e) {
                    System.out.println("ERROR " + e.getMessage());
                }
            }
        }
    }
}
