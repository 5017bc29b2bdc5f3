package dev.easel.graph.load;

import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.callgraph.StandardLibrary;

import java.nio.file.Path;

/**
 * How to load.
 *
 * @param detail     how much of each call graph to keep
 * @param batchSize  rows per {@code UNWIND $rows} transaction (10,000 measured best, docs/performance/loading.md)
 * @param threads    concurrent transactions in the relationship phase
 * @param windowRows analyses are loaded in windows of about this many rows (nodes + relationships): this bounds
 *                   memory, whatever the size of the input
 * @param std        the crates whose functions count as standard-library internals
 * @param dotDir     when not null, each crate's pruned call graph is also written there as Graphviz DOT
 */
public record LoadOptions(Detail detail, int batchSize, int threads, int windowRows, StandardLibrary std,
                          Path dotDir) {

    public LoadOptions {
        if (batchSize < 1 || threads < 1 || windowRows < 1) {
            throw new IllegalArgumentException("batch size, threads and window rows must be positive");
        }
    }

    public static LoadOptions defaults() {
        return new LoadOptions(Detail.BOUNDARY, 10_000, 4, 200_000, StandardLibrary.DEFAULT, null);
    }

    public LoadOptions withDetail(Detail d) {
        return new LoadOptions(d, batchSize, threads, windowRows, std, dotDir);
    }

    public LoadOptions withBatchSize(int n) {
        return new LoadOptions(detail, n, threads, windowRows, std, dotDir);
    }

    public LoadOptions withThreads(int n) {
        return new LoadOptions(detail, batchSize, n, windowRows, std, dotDir);
    }

    public LoadOptions withWindowRows(int n) {
        return new LoadOptions(detail, batchSize, threads, n, std, dotDir);
    }

    public LoadOptions withDotDir(Path dir) {
        return new LoadOptions(detail, batchSize, threads, windowRows, std, dir);
    }
}
