package dev.easel.bench.ir;

import dev.easel.bench.HeapPeak;
import dev.easel.analyzer.ir.IrFunction;
import dev.easel.analyzer.ir.IrListener;
import dev.easel.analyzer.ir.IrModule;
import dev.easel.analyzer.ir.LlvmIrReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * IR reading throughput against reading the same file line by line (same charset, same buffer), and the reader's
 * peak heap on the file and on the file repeated four times (which must not grow with the size).
 */
public final class IrReadBenchmark {

    /** The figures of one run. */
    public record Result(long bytes, double baselineMBps, double readerMBps, double ratio, long peakHeap1x,
                         long peakHeap4x, int functions) {
    }

    private IrReadBenchmark() {
    }

    /** Runs on {@code ll} (and a 4× copy written next to it in a temp folder), printing the figures to {@code out}. */
    public static Result run(Path ll, PrintStream out) throws IOException {
        long bytes = Files.size(ll);
        // warm up both paths so the JIT has compiled them before timing
        for (int i = 0; i < 2; i++) {
            baseline(ll);
            IrModule.read(ll);
        }
        long baselineNs = best(() -> baseline(ll));
        int[] functions = new int[1];
        long readerNs = best(() -> functions[0] = IrModule.read(ll).functions().size());
        double baselineMBps = bytes / 1e6 / (baselineNs / 1e9);
        double readerMBps = bytes / 1e6 / (readerNs / 1e9);

        long heap1 = peakHeap(() -> IrModule.read(ll));
        Path dir = Files.createTempDirectory("ir-bench");
        Path ll4 = dir.resolve("repeated-4x.ll");
        try {
            for (int i = 0; i < 4; i++) {
                Files.write(ll4, Files.readAllBytes(ll), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            long heap4 = peakHeap(() -> LlvmIrReader.read(ll4, new CountingListener()));
            long heap1Reader = peakHeap(() -> LlvmIrReader.read(ll, new CountingListener()));
            long old1 = peakOld(() -> IrModule.read(ll));
            long old4 = peakOld(() -> IrModule.read(ll4));
            Result r = new Result(bytes, baselineMBps, readerMBps, readerMBps / baselineMBps, old1, old4,
                    functions[0]);
            out.printf("ir-read: %s (%.1f MB, %d functions)%n", ll.getFileName(), bytes / 1e6, functions[0]);
            out.printf("  baseline readLine     %8.1f MB/s%n", baselineMBps);
            out.printf("  IrModule.read         %8.1f MB/s  (ratio %.2f of baseline)%n", readerMBps, r.ratio());
            out.printf("  peak heap, IrModule.read 1x:   %6.1f MB%n", heap1 / 1e6);
            out.printf("  peak heap, reader 1x:          %6.1f MB%n", heap1Reader / 1e6);
            out.printf("  peak heap, reader 4x (%.0f MB): %6.1f MB%n", 4 * bytes / 1e6, heap4 / 1e6);
            out.printf("  peak old gen (retained), IrModule.read 1x: %6.1f MB, 4x: %6.1f MB%n", old1 / 1e6,
                    old4 / 1e6);
            out.println("  (total peaks include young-generation garbage, whose size follows the collector's"
                    + " sizing, not the input; run with a small -Xmx to see the bound)");
            return r;
        } finally {
            Files.deleteIfExists(ll4);
            Files.deleteIfExists(dir);
        }
    }

    /** Counts functions and keeps nothing: the reader's own footprint. */
    private static final class CountingListener implements IrListener {
        int functions;

        @Override
        public void function(IrFunction function) {
            functions++;
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static long best(Work work) throws IOException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static long baseline(Path ll) throws IOException {
        long chars = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(ll), StandardCharsets.ISO_8859_1), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                chars += line.length();
            }
        }
        return chars;
    }

    /** Peak heap (sum of heap pools' peaks) during {@code work}, after a GC and a reset of the peaks. */
    private static long peakHeap(Work work) throws IOException {
        return peak(work, false);
    }

    /** Peak of the old-generation pools only: what survives collections, i.e. what the reader retains. */
    private static long peakOld(Work work) throws IOException {
        return peak(work, true);
    }

    private static long peak(Work work, boolean oldOnly) throws IOException {
        HeapPeak.reset();
        work.run();
        return oldOnly ? HeapPeak.oldGenerationBytes() : HeapPeak.bytes();
    }


    /** {@code java … IrReadBenchmark file.ll} */
    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), System.out);
    }

}
