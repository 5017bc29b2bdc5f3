package dev.easel.graph.load;

import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs {@link Statement}s over rows in batches of {@code batchSize}, each batch one managed transaction
 * ({@code executeWrite}, which the driver retries on transient errors such as deadlocks), and counts rows per label
 * and relationship type.
 */
final class BatchWriter implements AutoCloseable {

    private final GraphStore store;
    private final int batchSize;
    private final ExecutorService pool;
    private final Map<String, LongAdder> nodes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> relationships = new ConcurrentHashMap<>();

    BatchWriter(GraphStore store, int batchSize, int threads) {
        this.store = store;
        this.batchSize = batchSize;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "easel-load");
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes in the calling thread, batch after batch. */
    void write(Statement statement, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            writeBatch(statement, rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
    }

    /**
     * Writes every batch of every statement concurrently and waits for all. Only for statements whose endpoints
     * exist already (the relationship phase); lock conflicts between batches surface as transient deadlock errors,
     * which executeWrite retries.
     */
    void writeConcurrently(Map<Statement, List<Row>> work) {
        List<Future<?>> futures = new ArrayList<>();
        for (Map.Entry<Statement, List<Row>> e : work.entrySet()) {
            List<Row> rows = e.getValue();
            for (int from = 0; from < rows.size(); from += batchSize) {
                List<Row> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                futures.add(pool.submit(() -> writeBatch(e.getKey(), batch)));
            }
        }
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", ie);
            } catch (ExecutionException ee) {
                if (first == null) {
                    first = ee.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ee.getCause());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void writeBatch(Statement statement, List<Row> batch) {
        Map<String, Object> params = Map.of("rows", batch.stream().map(Row::parameter).toList());
        try (Session session = store.session()) {
            session.executeWrite(tx -> tx.run(statement.cypher, params).consume());
        }
        (statement.writesNodes() ? nodes : relationships).computeIfAbsent(statement.label(), k -> new LongAdder()).add(batch.size());
    }

    Map<String, Long> nodeCounts() {
        return snapshot(nodes);
    }

    Map<String, Long> relationshipCounts() {
        return snapshot(relationships);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
