package dev.easel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Predicate;

/** Heap use over a stretch of benchmark work: the heap pools' peak usage since a reset, or what a full GC leaves. */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects garbage, then resets every heap pool's peak so that {@link #bytes()} measures from now on. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (pools peak at different times: an upper bound). */
    public static long bytes() {
        return sum(p -> true);
    }

    /** Peak of the old-generation pools only: what survived collections, i.e. what the work retained. */
    public static long oldGenerationBytes() {
        return sum(p -> p.getName().contains("Old") || p.getName().contains("Tenured"));
    }

    /** Heap in use right after a full collection: the live data. */
    public static long liveAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sum(Predicate<MemoryPoolMXBean> which) {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null && which.test(p)) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
