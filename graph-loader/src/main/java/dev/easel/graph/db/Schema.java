package dev.easel.graph.db;

import dev.easel.graph.schema.GraphSchema;
import org.neo4j.driver.Session;

import java.util.List;

/**
 * easel's constraints and indexes, created idempotently ({@code IF NOT EXISTS}) whenever a store is opened. Labels and
 * property names follow Painter's where Painter has them, so its queries keep working.
 */
public final class Schema {

    /** In creation order (constraints, then indexes, from {@link GraphSchema}); each is safe to run again. */
    public static final List<String> STATEMENTS = GraphSchema.statements();

    private Schema() {
    }

    public static void ensure(GraphStore store) {
        try (Session session = store.session()) {
            for (String statement : STATEMENTS) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
