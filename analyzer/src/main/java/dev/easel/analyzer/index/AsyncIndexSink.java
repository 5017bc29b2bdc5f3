package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the records a reader streams to another sink on a thread of its own, in order, so reading (gunzip, untar,
 * CSV parsing) and what the sink does with each record use two cores instead of one. Records travel in batches
 * through a short bounded queue: memory holds a few batches, never the input. A failure of the sink stops the reader
 * at its next record and is thrown from there (or from {@link #finish()}).
 */
public final class AsyncIndexSink implements IndexSink {

    private static final int BATCH = 4096;
    private static final int QUEUED_BATCHES = 8;
    private static final List<Object> END = List.of();

    private final IndexSink target;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread consumer;
    private volatile RuntimeException failure;
    private List<Object> batch = new ArrayList<>(BATCH);
    private boolean finished;

    public AsyncIndexSink(IndexSink target) {
        this.target = target;
        this.consumer = new Thread(this::consume, "easel-index-sink");
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override
    public void crate(IndexCrate crate) {
        add(crate);
    }

    @Override
    public void version(IndexVersion version) {
        add(version);
    }

    @Override
    public void dependency(IndexDependency dependency) {
        add(dependency);
    }

    @Override
    public void owner(IndexOwner owner) {
        add(owner);
    }

    @Override
    public void crateDownloads(IndexCrateDownloads downloads) {
        add(downloads);
    }

    @Override
    public void problem(Problem problem) {
        add(problem);
    }

    /** Waits until the sink has taken every record; call once, after the reader returns. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        hand(batch);
        hand(END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the index records were written", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void add(Object record) {
        if (failure != null) {
            throw failure;
        }
        batch.add(record);
        if (batch.size() >= BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Object> records) {
        if (records.isEmpty() && records != END) {
            return;
        }
        try {
            while (!queue.offer(records, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the index", e);
        }
    }

    private void consume() {
        try {
            while (true) {
                List<Object> records = queue.take();
                if (records == END) {
                    return;
                }
                for (Object r : records) {
                    deliver(r);
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("interrupted while writing the index records", e);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void deliver(Object r) {
        if (r instanceof IndexDependency d) {
            target.dependency(d);
        } else if (r instanceof IndexVersion v) {
            target.version(v);
        } else if (r instanceof IndexCrate c) {
            target.crate(c);
        } else if (r instanceof IndexOwner o) {
            target.owner(o);
        } else if (r instanceof IndexCrateDownloads d) {
            target.crateDownloads(d);
        } else if (r instanceof Problem p) {
            target.problem(p);
        }
    }
}
