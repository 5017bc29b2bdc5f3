package dev.easel.queries.report;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryDefinition;
import dev.easel.queries.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A graph with nothing loaded yet: every query answers, and the report says there is no data instead of failing. */
class EmptyGraphReportTest {

    @Test
    void emptyGraph(@TempDir Path out) throws Exception {
        GraphStore store = TestGraphStores.clean();
        for (QueryDefinition q : QueryCatalog.load().all()) {
            try (Session session = store.session()) {
                // required parameters get a name that does not exist
                Map<String, String> params = new java.util.HashMap<>();
                q.params().stream().filter(p -> p.required()).forEach(p -> params.put(p.name(), "nothing"));
                assertEquals(q.columns(), QueryRunner.run(session, q, params, 10).columns(), q.name());
            }
        }
        try (Session session = store.session()) {
            assertEquals(List.of(java.util.Arrays.asList(0L, 0L, 0.0, 0L, 0.0, "depends_on", 0L, 0L, 100.0, null)), QueryRunner.run(session,
                    QueryCatalog.load().get("unsafe-share"), Map.of(), 10).rows());
        }
        Report report = ReportGenerator.generate(store::session, out);
        String markdown = Files.readString(report.markdown());
        assertTrue(markdown.contains("| share using unsafe | 19.11% | 0.00% (0) |"), markdown);
        assertTrue(markdown.contains("(no data for this chart)"));
        assertTrue(markdown.contains("The graph holds no download counts"), markdown);
        assertTrue(report.chartFiles().isEmpty());
        assertTrue(Files.readString(report.html()).contains("(no rows)"));
    }
}
