package dev.easel.graph.db;

import org.neo4j.driver.Session;

import java.util.List;

/**
 * easel's constraints and indexes, created idempotently ({@code IF NOT EXISTS}) whenever a store is opened. Labels and
 * property names follow Painter's where Painter has them, so its queries keep working.
 */
public final class Schema {

    /** In creation order; each is safe to run again. */
    public static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT crate_name IF NOT EXISTS FOR (c:Crate) REQUIRE c.name IS UNIQUE",
            "CREATE CONSTRAINT version_id IF NOT EXISTS FOR (v:Version) REQUIRE v.id IS UNIQUE",
            "CREATE CONSTRAINT function_id IF NOT EXISTS FOR (f:Function) REQUIRE f.id IS UNIQUE",
            "CREATE CONSTRAINT foreign_function_name IF NOT EXISTS FOR (f:ForeignFunction) REQUIRE f.name IS UNIQUE",
            "CREATE CONSTRAINT native_library_name IF NOT EXISTS FOR (l:NativeLibrary) REQUIRE l.name IS UNIQUE",
            "CREATE CONSTRAINT advisory_id IF NOT EXISTS FOR (a:Advisory) REQUIRE a.id IS UNIQUE",
            "CREATE INDEX version_name_version IF NOT EXISTS FOR (v:Version) ON (v.name, v.version)",
            "CREATE INDEX version_latest IF NOT EXISTS FOR (v:Version) ON (v.latest)",
            "CREATE INDEX function_crate IF NOT EXISTS FOR (f:Function) ON (f.crate)",
            "CREATE INDEX function_name IF NOT EXISTS FOR (f:Function) ON (f.name)",
            // the loader finds a version's functions by owner (re-analysis, rollback) and half-loaded versions by state
            "CREATE INDEX function_owner IF NOT EXISTS FOR (f:Function) ON (f.owner)",
            "CREATE INDEX version_load_state IF NOT EXISTS FOR (v:Version) ON (v.load_state)");

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
