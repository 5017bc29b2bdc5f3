package dev.easel.bench.source;

import dev.easel.bench.HeapPeak;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.intake.CrateFiles;
import dev.easel.analyzer.source.SourceScan;
import dev.easel.analyzer.source.SourceScanOptions;
import dev.easel.analyzer.source.SourceScanner;
import dev.easel.analyzer.source.UnsafeTally;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Source-scan throughput over a registry folder (one crate per sub-folder, such as
 * {@code /usr/share/cargo/registry}), on 2 threads:
 * <ol>
 *   <li>baseline: read every .rs file's bytes (the I/O floor);</li>
 *   <li>lex + count: the same files through {@link SourceScanner#countBytes} (MB/s, files/s, ratio to baseline);</li>
 *   <li>whole scan: {@link SourceScanner#scan} per crate, unsafe counting and native census (ms per crate).</li>
 * </ol>
 * Each phase runs once to warm up and is then timed. Peak heap is the sum of the heap pools' peak usage.
 */
public final class SourceScanBenchmark {
    private static final int THREADS = 2;

    /** The figures, also printed. */
    public record Figures(int crates, int files, long bytes, double baselineSeconds, double countSeconds,
                          double scanSeconds, double mbPerSecond, double filesPerSecond, double ratioToBaseline,
                          double msPerCrate, long peakHeapBytes, int cratesWithCounters) {
    }

    private SourceScanBenchmark() {
    }

    public static Figures run(Path registry, PrintStream out) {
        List<Path> crates = crates(registry);
        List<Path> files = new ArrayList<>();
        for (Path c : crates) {
            try {
                files.addAll(CrateFiles.list(c).rustFiles());
            } catch (IOException e) {
                out.println("skipping " + c + ": " + e.getMessage());
            }
        }
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                // counted as empty
            }
        }
        out.printf("source scan benchmark: %d crates, %d .rs files, %.1f MB, %d threads%n", crates.size(),
                files.size(), bytes / 1e6, THREADS);

        readAll(files); // warm-up
        double baseline = timed(() -> readAll(files));
        countAll(files);
        double count = timed(() -> countAll(files));

        scanAll(crates);
        HeapPeak.reset();
        long[] withCounters = new long[1];
        double scan = timed(() -> withCounters[0] = scanAll(crates));
        long peak = HeapPeak.bytes();

        double mbps = bytes / 1e6 / count;
        double fps = files.size() / count;
        double ratio = count / baseline;
        double msPerCrate = crates.isEmpty() ? 0 : scan * 1000 / crates.size();
        out.printf("baseline (read bytes):   %8.3f s%n", baseline);
        out.printf("lex + count:             %8.3f s  %7.1f MB/s  %8.0f files/s  (%.1fx the baseline)%n",
                count, mbps, fps, ratio);
        out.printf("whole scan (+ census):   %8.3f s  %7.2f ms per crate  peak heap %d MB%n", scan, msPerCrate,
                peak >> 20);
        out.printf("crates with counters:    %d of %d%n", withCounters[0], crates.size());
        return new Figures(crates.size(), files.size(), bytes, baseline, count, scan, mbps, fps, ratio, msPerCrate,
                peak, (int) withCounters[0]);
    }

    static List<Path> crates(Path registry) {
        List<Path> crates = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(registry)) {
            for (Path p : ds) {
                if (Files.isDirectory(p)) {
                    crates.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        crates.sort(null);
        return crates;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work w) {
        long t0 = System.nanoTime();
        try {
            w.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static <T> void parallel(List<T> items, java.util.function.Consumer<T> job) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> fs = new ArrayList<>();
            int chunk = Math.max(1, items.size() / (THREADS * 16));
            for (int s = 0; s < items.size(); s += chunk) {
                List<T> part = items.subList(s, Math.min(items.size(), s + chunk));
                fs.add(pool.submit(() -> part.forEach(job)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static long readAll(List<Path> files) {
        AtomicLong sum = new AtomicLong();
        parallel(files, f -> {
            try {
                byte[] b = Files.readAllBytes(f);
                sum.addAndGet(b.length > 0 ? b[b.length / 2] : 0);
            } catch (IOException e) {
                // unreadable: nothing to read
            }
        });
        return sum.get();
    }

    private static void countAll(List<Path> files) {
        parallel(files, f -> {
            List<Problem> problems = new ArrayList<>();
            UnsafeTally tally = new UnsafeTally();
            try {
                SourceScanner.countBytes(Files.readAllBytes(f), f.getFileName().toString(), "", tally, problems,
                        UnsafeRules.GEIGER);
            } catch (IOException e) {
                // unreadable: nothing to count
            }
        });
    }

    private static long scanAll(List<Path> crates) {
        AtomicLong ok = new AtomicLong();
        SourceScanner scanner = new SourceScanner(SourceScanOptions.defaults());
        parallel(crates, c -> {
            SourceScan s = scanner.scan(c);
            if (s.unsafeCounters() != null && s.unsafeCounters().filesScanned() > 0) {
                ok.incrementAndGet();
            }
        });
        return ok.get();
    }



    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "/usr/share/cargo/registry"), System.out);
    }
}
