package dev.easel.bench;

import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

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
            deleteTree(dir);
        }
    }

    /** Deletes every node and relationship. */
    public static void clear(GraphStore store) {
        try (Session s = store.session()) {
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
