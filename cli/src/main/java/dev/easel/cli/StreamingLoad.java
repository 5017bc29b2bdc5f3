package dev.easel.cli;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadReport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Loads analyses on one thread as they arrive, in batches of whatever has queued up meanwhile. The queue is bounded
 * (a slow database slows the producer down instead of filling the heap), and the producer never waits on a loader
 * that is gone: once the loader fails (a lost database, any throwable), {@link #add} stops queueing and returns at
 * once, so the analysis goes on into the --out file and the cache, and {@link #finish} says what stopped the load.
 */
final class StreamingLoad implements AutoCloseable {

    /** The queue's bound; one loader batch takes at most {@value #BATCH} of it. */
    static final int CAPACITY = 1000;
    static final int BATCH = 500;
    /** How long a blocked producer waits before it looks again whether the loader is still there. */
    private static final long POLL_MILLIS = 200;
    private static final CrateAnalysis END = CrateAnalysis.builder("", "").build();

    /**
     * What the loader did.
     *
     * @param reports the report of every batch loaded
     * @param failure what stopped the loader, or null when it loaded everything it was given
     */
    record Result(List<LoadReport> reports, Throwable failure) {
        long versionsLoaded() {
            return reports.stream().mapToLong(LoadReport::versionsLoaded).sum();
        }
    }

    private final BlockingQueue<CrateAnalysis> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final List<LoadReport> reports = new ArrayList<>();
    private final Thread thread;
    private volatile Throwable failure;

    /** @param onFailure told once, on the loader's thread, when the loader fails */
    StreamingLoad(AnalysisLoader loader, Consumer<Throwable> onFailure) {
        thread = new Thread(() -> {
            try {
                loadUntilEnd(loader);
            } catch (InterruptedException e) {
                failure = e;
                Thread.currentThread().interrupt();
            } catch (Throwable e) { // an Error too: a silently dead loader would leave the producer waiting
                failure = e;
            } finally {
                queue.clear(); // a producer blocked on a full queue gets room at once, then sees the failure
            }
            if (failure != null) {
                onFailure.accept(failure);
            }
        }, "easel-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private void loadUntilEnd(AnalysisLoader loader) throws InterruptedException {
        List<CrateAnalysis> batch = new ArrayList<>();
        while (true) {
            CrateAnalysis first = queue.take();
            if (first == END) {
                return;
            }
            batch.add(first);
            queue.drainTo(batch, BATCH);
            boolean end = batch.remove(END);
            reports.add(loader.load(batch));
            batch.clear();
            if (end) {
                return;
            }
        }
    }

    /**
     * Queues an analysis for loading, waiting while the queue is full and the loader alive; returns false, at
     * once, when the loader has stopped (the analysis is then not loaded).
     */
    boolean add(CrateAnalysis analysis) {
        try {
            while (loaderAlive()) {
                if (queue.offer(analysis, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing " + analysis.id() + " for loading", e);
        }
    }

    private boolean loaderAlive() {
        return failure == null && thread.isAlive();
    }

    /** Waits for the queue to drain; what was loaded, and what stopped the loader if anything did. */
    Result finish() {
        close();
        return new Result(List.copyOf(reports), failure);
    }

    @Override
    public void close() {
        try {
            while (loaderAlive()) {
                if (queue.offer(END, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
