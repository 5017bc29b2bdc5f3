package dev.easel.graph.db;

import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded server per test JVM (it takes seconds to start), shared by every test class of every module that
 * depends on graph-loader's test jar. Tests call {@link #clean()} to start from an empty graph.
 */
public final class TestGraphStores {

    private static GraphStore shared;
    private static Path dataDir;

    private TestGraphStores() {
    }

    /** The shared store, started on first use with authentication off. */
    public static synchronized GraphStore shared() {
        if (shared == null) {
            try {
                dataDir = Files.createTempDirectory("easel-test-neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = GraphStore.open(new ConnectionSettings(null, null, null, null, dataDir, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The shared server's data folder: {@code GraphStore.open(ConnectionSettings.forDataDir(it))} joins it. */
    public static synchronized Path dataDir() {
        shared();
        return dataDir;
    }

    /** The shared store, emptied. */
    public static GraphStore clean() {
        GraphStore store = shared();
        try (Session session = store.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        return store;
    }

    public static long count(String cypher) {
        try (Session session = shared().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
