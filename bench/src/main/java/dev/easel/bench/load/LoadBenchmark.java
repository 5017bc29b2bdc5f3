package dev.easel.bench.load;

import dev.easel.graph.testdata.SyntheticAnalyses;
import dev.easel.bench.BenchStores;
import dev.easel.bench.HeapPeak;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.callgraph.Call;
import dev.easel.graph.callgraph.CallGraph;
import dev.easel.graph.callgraph.CallGraphBuilder;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.LoadReport;
import org.neo4j.driver.Session;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Relationships per second loaded into the embedded server over Bolt by {@link AnalysisLoader}, against Painter's
 * way (one auto-commit {@code MATCH … MERGE (a)-[:CALLS]->(b)} per call edge) on the same synthetic data, in the
 * same run; and the peak heap of loading two input sizes (the second four times the first), which should be flat.
 */
public final class LoadBenchmark {

    /** At most this many edges go through Painter's way: one statement each is slow. */
    static final int PAINTER_SLICE = 2_000;
    static final int[] BATCH_SIZES = {1_000, 10_000, 25_000};
    static final int WINDOW_ROWS = 50_000;

    /**
     * @param relationships      relationships written by the batched load of the first size
     * @param perSecond          their rate (whole load: cleanup, nodes, relationships)
     * @param painterEdges       edges written Painter's way
     * @param painterPerSecond   their rate
     * @param peakHeapSmall      peak heap while loading the first size
     * @param peakHeapLarge      peak heap while loading four times as many crates
     * @param liveHeapSmall      highest heap in use after a full collection at the end of each window, first size:
     *                           what the load keeps (pool peaks also count garbage not yet collected, which grows
     *                           with the run's length, not with what the code holds)
     * @param liveHeapLarge      the same for four times as many crates
     * @param perSecondByBatch   rate per batch size tried on the first size
     */
    public record Result(long relationships, double perSecond, long painterEdges, double painterPerSecond,
                         long peakHeapSmall, long peakHeapLarge, long liveHeapSmall, long liveHeapLarge,
                         Map<Integer, Double> perSecondByBatch) {
        public double ratio() {
            return painterPerSecond <= 0 ? 0 : perSecond / painterPerSecond;
        }
    }

    private LoadBenchmark() {
    }

    /** Runs against a fresh embedded server in a temporary folder, removed afterwards. */
    public static Result run(int crates, int functionsPerCrate, PrintStream out) {
        return BenchStores.withTemporaryStore("easel-load-bench", store -> run(store, crates, functionsPerCrate, out));
    }

    /** Runs against {@code store}, which it empties first and leaves holding the larger load. */
    public static Result run(GraphStore store, int crates, int functionsPerCrate, PrintStream out) {
        // windows smaller than the first size, so both sizes run several: memory should then not grow with input
        LoadOptions options = LoadOptions.defaults().withDetail(Detail.FULL).withWindowRows(WINDOW_ROWS);
        out.printf("load benchmark: %d crates x %d functions, detail FULL, %d threads, windows of %,d rows%n", crates,
                functionsPerCrate, options.threads(), options.windowRows());

        // warm up: the server compiles each statement once
        BenchStores.clear(store);
        AnalysisLoader.load(store, new SyntheticAnalyses(3, Math.min(functionsPerCrate, 200), 1), options);

        Map<Integer, Double> byBatch = new java.util.TreeMap<>();
        LoadReport small = null;
        long peakSmall = 0;
        for (int batch : BATCH_SIZES) {
            BenchStores.clear(store);
            HeapPeak.reset();
            LoadReport r = AnalysisLoader.load(store, new SyntheticAnalyses(crates, functionsPerCrate, 42),
                    options.withBatchSize(batch));
            long peak = HeapPeak.bytes();
            byBatch.put(batch, r.relationshipsPerSecond());
            out.printf("  batch %,6d: %,d nodes, %,d relationships in %,d ms = %,.0f relationships/s, peak heap %,d MB%n",
                    batch, r.nodesTotal(), r.relationshipsTotal(), r.elapsed().toMillis(), r.relationshipsPerSecond(),
                    peak >> 20);
            if (batch == options.batchSize()) {
                small = r;
                peakSmall = peak;
            }
        }

        // Painter's way on the same data: the functions exist, the CALLS edges are written one statement each
        try (Session s = store.session()) {
            s.run("MATCH ()-[r:CALLS]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        List<Call> slice = new ArrayList<>(PAINTER_SLICE);
        for (CrateAnalysis a : new SyntheticAnalyses(crates, functionsPerCrate, 42)) {
            CallGraph g = CallGraphBuilder.build(a, Detail.FULL);
            for (Call c : g.calls()) {
                if (slice.size() < PAINTER_SLICE) {
                    slice.add(c);
                }
            }
            if (slice.size() >= PAINTER_SLICE) {
                break;
            }
        }
        long t = System.nanoTime();
        try (Session s = store.session()) {
            for (Call c : slice) {
                s.run("MATCH (a:Function {id:$a}), (b:Function {id:$b}) MERGE (a)-[:CALLS]->(b)",
                        Map.of("a", c.caller(), "b", c.callee())).consume();
            }
        }
        double painter = slice.size() / ((System.nanoTime() - t) / 1e9);
        out.printf("  Painter's way (one statement per edge, %,d edges): %,.0f relationships/s%n", slice.size(), painter);

        // memory: the first size again, then four times as many crates, with a full collection after each window
        BenchStores.clear(store);
        long liveSmall = liveHeap(store, new SyntheticAnalyses(crates, functionsPerCrate, 42), options);
        BenchStores.clear(store);
        HeapPeak.reset();
        long[] liveLargeHolder = new long[1];
        LoadReport large = new AnalysisLoader(store, options, (loaded, failed) -> liveLargeHolder[0] =
                Math.max(liveLargeHolder[0], HeapPeak.liveAfterGc()))
                .load(new SyntheticAnalyses(crates * 4, functionsPerCrate, 43));
        long peakLarge = HeapPeak.bytes();
        long liveLarge = liveLargeHolder[0];
        out.printf("  %d crates: %,d relationships (%,.0f relationships/s with a full GC per window), peak heap %,d MB;"
                        + " %d crates: peak heap %,d MB%n", crates * 4, large.relationshipsTotal(),
                large.relationshipsPerSecond(), peakLarge >> 20, crates, peakSmall >> 20);
        out.printf("  heap in use after a full GC at window ends: %,d MB for %d crates, %,d MB for %d crates%n",
                liveSmall >> 20, crates, liveLarge >> 20, crates * 4);
        Result result = new Result(small.relationshipsTotal(), small.relationshipsPerSecond(), slice.size(), painter,
                peakSmall, peakLarge, liveSmall, liveLarge, byBatch);
        out.printf("  batched / Painter's way: %.1fx%n", result.ratio());
        return result;
    }

    private static long liveHeap(GraphStore store, Iterable<CrateAnalysis> input,
                                 LoadOptions options) {
        long[] max = new long[1];
        new AnalysisLoader(store, options, (loaded, failed) -> max[0] = Math.max(max[0], HeapPeak.liveAfterGc())).load(input);
        return max[0];
    }
}
