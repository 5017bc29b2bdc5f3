package dev.easel.bench;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** The embedded stores benchmarks run against: a fresh one in a temporary folder, or an existing one emptied. */
public final class BenchStores {

    private BenchStores() {
    }

    /** Runs {@code work} against a fresh embedded server in a temporary folder, removed afterwards. */
    public static <R> R withTemporaryStore(String prefix, Function<GraphStore, R> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, dir, 0))) {
            return work.apply(store);
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    /** Deletes every node and relationship. */
    public static void clear(GraphStore store) {
        try (Session s = store.session()) {
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

}
