package dev.easel.bench.dump;

import dev.easel.bench.HeapPeak;
import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.IndexCrate;
import dev.easel.analyzer.index.IndexDependency;
import dev.easel.analyzer.index.IndexSink;
import dev.easel.analyzer.index.IndexVersion;
import dev.easel.analyzer.index.LatestVersions;
import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code db-dump.tar.gz} into a counting sink (plus {@link LatestVersions}, as loading needs it) and compares
 * with the baseline of only decompressing and untarring the same file. Run with {@code -Xmx1g}: the 10M-row dump must
 * fit. Make a dump with {@link dev.easel.analyzer.index.SyntheticDump}.
 */
public final class DumpReadBenchmark {

    /**
     * @param rows           crates + versions + dependency rows delivered
     * @param seconds        reading time
     * @param baselineSeconds time to gunzip and untar the same file, reading every byte
     * @param peakHeapBytes  heap pools' peak during the read
     */
    public record Result(long rows, long problems, double seconds, double baselineSeconds, long peakHeapBytes) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        public double ratio() {
            return seconds / baselineSeconds;
        }
    }

    private DumpReadBenchmark() {
    }

    public static Result run(Path dump, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        long bytes = untarOnly(dump);
        double baseline = (System.nanoTime() - t0) / 1e9;

        Counting sink = new Counting();
        LatestVersions latest = new LatestVersions();
        HeapPeak.reset();
        long t1 = System.nanoTime();
        DbDumpReader.Stats stats = DbDumpReader.read(dump, sink.and(latest));
        double seconds = (System.nanoTime() - t1) / 1e9;
        long peak = HeapPeak.bytes();

        Result r = new Result(sink.crates + sink.versions + sink.dependencies, sink.problems, seconds, baseline, peak);
        out.printf("dump-read %s (%,d bytes, %,d uncompressed)%n", dump.getFileName(), Files.size(dump), bytes);
        out.printf("  rows: %,d (crates %,d, versions %,d, dependencies %,d), problems %,d, latest %,d, spilled %s%n",
                r.rows(), sink.crates, sink.versions, sink.dependencies, sink.problems, latest.size(),
                stats.spilled());
        out.printf("  read: %.2f s, %,.0f rows/s; baseline gunzip+untar: %.2f s; ratio %.2fx%n",
                seconds, r.rowsPerSecond(), baseline, r.ratio());
        out.printf("  peak heap: %,.1f MiB (max heap %,.0f MiB)%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        return r;
    }

    private static long untarOnly(Path dump) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream file = Files.newInputStream(dump);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new GzipCompressorInputStream(new BufferedInputStream(file, 1 << 16)))) {
            while (tar.getNextEntry() != null) {
                for (int n; (n = tar.read(buf)) > 0; ) {
                    total += n;
                }
            }
        }
        return total;
    }

    private static final class Counting implements IndexSink {
        long crates;
        long versions;
        long dependencies;
        long problems;

        @Override
        public void crate(IndexCrate c) {
            crates++;
        }

        @Override
        public void version(IndexVersion v) {
            versions++;
        }

        @Override
        public void dependency(IndexDependency d) {
            dependencies++;
        }

        @Override
        public void problem(Problem p) {
            problems++;
        }
    }
}
