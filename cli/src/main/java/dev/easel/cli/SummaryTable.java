package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.queries.OutputFormat;
import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryRunner;
import dev.easel.queries.ResultFormatter;
import org.neo4j.driver.Session;

import java.io.PrintWriter;
import java.util.Map;

/** The "Where's my C?" summary that ingest prints when it is done (the canned query {@code summary}). */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(GraphStore store, PrintWriter out) {
        try (Session session = store.session()) {
            out.print(ResultFormatter.format(
                    QueryRunner.run(session, QueryCatalog.load().get("summary"), Map.of(), QueryRunner.DEFAULT_LIMIT),
                    OutputFormat.TABLE));
            out.flush();
        }
    }
}
