package dev.easel.cli;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadReport;

import java.util.ArrayList;
import java.util.List;

/** Loads analyses on one thread as they arrive, in batches of whatever has queued up meanwhile. */
final class StreamingLoad implements AutoCloseable {
    private static final CrateAnalysis END = CrateAnalysis.builder("", "").build();
    private final java.util.concurrent.BlockingQueue<CrateAnalysis> queue =
            new java.util.concurrent.LinkedBlockingQueue<>(1000);
    private final List<LoadReport> reports = new ArrayList<>();
    private final Thread thread;
    private volatile RuntimeException failure;

    StreamingLoad(AnalysisLoader loader) {
        thread = new Thread(() -> {
            try {
                List<CrateAnalysis> batch = new ArrayList<>();
                while (true) {
                    CrateAnalysis first = queue.take();
                    if (first == END) {
                        return;
                    }
                    batch.add(first);
                    queue.drainTo(batch, 500);
                    boolean end = batch.remove(END);
                    reports.add(loader.load(batch));
                    batch.clear();
                    if (end) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "easel-loader");
        thread.setDaemon(true);
        thread.start();
    }

    void add(CrateAnalysis analysis) {
        if (failure != null) {
            throw failure;
        }
        try {
            queue.put(analysis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits for the queue to drain; the reports of every batch loaded. */
    List<LoadReport> finish() {
        close();
        if (failure != null) {
            throw failure;
        }
        return reports;
    }

    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
