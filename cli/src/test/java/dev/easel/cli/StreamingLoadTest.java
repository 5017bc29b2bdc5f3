package dev.easel.cli;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.SyntheticAnalyses;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest's loader thread against the shared embedded server: it loads, and when it dies nobody waits on it. */
class StreamingLoadTest {

    private static final int LOADED_FIRST = 3;

    /** A store of its own on the shared server, so that closing it kills only this loader's connection. */
    private static GraphStore ownConnection() {
        TestGraphStores.clean();
        return GraphStore.open(ConnectionSettings.forDataDir(TestGraphStores.dataDir()));
    }

    private static List<CrateAnalysis> analyses(int n) {
        List<CrateAnalysis> out = new java.util.ArrayList<>();
        new SyntheticAnalyses(n, 5, 11).forEach(out::add);
        return out;
    }

    @Test
    void loadsEverythingItIsGiven() {
        List<CrateAnalysis> all = analyses(40);
        try (GraphStore store = ownConnection()) {
            StreamingLoad.Result r;
            try (StreamingLoad streaming = new StreamingLoad(new AnalysisLoader(store, LoadOptions.defaults()),
                    e -> { })) {
                all.forEach(a -> assertTrue(streaming.add(a)));
                r = streaming.finish();
            }
            assertNull(r.failure());
            assertEquals(40, r.versionsLoaded());
            assertEquals(40, TestGraphStores.count("MATCH (v:Version {load_state: 'complete'}) RETURN count(v)"));
        }
    }

    @Test
    void aLoaderThatDiesNeverBlocksItsProducer() {
        List<CrateAnalysis> first = analyses(LOADED_FIRST);
        List<Throwable> told = new CopyOnWriteArrayList<>();
        GraphStore store = ownConnection();
        StreamingLoad streaming = new StreamingLoad(new AnalysisLoader(store, LoadOptions.defaults()), told::add);
        first.forEach(streaming::add);
        waitFor(() -> TestGraphStores.count("MATCH (v:Version {load_state: 'complete'}) RETURN count(v)")
                == LOADED_FIRST);

        store.close(); // the loader's connection is gone: its next batch fails
        // more than the queue holds, so a producer that waited on a dead loader would wait forever
        List<CrateAnalysis> more = new java.util.ArrayList<>();
        for (int i = 0; i < StreamingLoad.CAPACITY * 3; i++) {
            more.add(CrateAnalysis.builder("after-" + i, "1.0.0").build());
        }
        StreamingLoad.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int refused = 0;
            for (CrateAnalysis a : more) {
                refused += streaming.add(a) ? 0 : 1;
            }
            // accepted at most: what the dying loader had taken (its first and a batch drained after it), what filled
            // the queue meanwhile, and the one offer that was waiting when the dying loader emptied the queue
            assertTrue(refused >= more.size() - (1 + StreamingLoad.BATCH) - StreamingLoad.CAPACITY - 1,
                    "once the loader is gone the producer is refused at once: " + refused);
            return streaming.finish();
        });
        assertTrue(r.failure() instanceof IllegalStateException && r.failure().getMessage().contains("closed"),
                String.valueOf(r.failure()));
        assertEquals(List.of(r.failure()), told, "told once, when it happened");
        assertEquals(LOADED_FIRST, r.versionsLoaded());
        assertEquals(LOADED_FIRST, TestGraphStores.count("MATCH (v:Version {load_state: 'complete'}) RETURN count(v)"));
        assertEquals(0, TestGraphStores.count("MATCH (v:Version) WHERE v.name STARTS WITH 'after-' RETURN count(v)"),
                "nothing after the failure was written");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
