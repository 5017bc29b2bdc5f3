package dev.easel.bench.manifest;

import dev.easel.analyzer.manifest.ManifestReader;
import dev.easel.analyzer.model.Manifest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every {@code <registry>/<crate>/Cargo.toml} (e.g. Debian's /usr/share/cargo/registry) with
 * {@link ManifestReader}, against the baseline of reading the same files' bytes. {@value #WARMUP} warm-up rounds
 * (tomlj's ANTLR parser is slow until its caches fill), then {@value #ROUNDS} measured rounds of each.
 */
public final class ManifestBenchmark {

    static final int WARMUP = 10;
    static final int ROUNDS = 10;

    /**
     * @param manifests      manifests per round
     * @param failed         manifests read with an error (in the last round)
     * @param perSecond      manifests parsed per second
     * @param baselinePerSecond files read per second
     * @param coldPerSecond  manifests parsed per second in the first round, before the JIT and tomlj's caches warm
     */
    public record Result(int manifests, int failed, double perSecond, double baselinePerSecond, double coldPerSecond) {
        /** How many times slower parsing is than reading the bytes. */
        public double ratio() {
            return baselinePerSecond / perSecond;
        }
    }

    private ManifestBenchmark() {
    }

    public static Result run(Path registry, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> dirs = Files.list(registry)) {
            files = dirs.sorted().map(d -> d.resolve("Cargo.toml")).filter(Files::isRegularFile).toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no <crate>/Cargo.toml under " + registry);
        }
        long sink = 0;
        int failed = 0;
        double cold = 0;
        for (int r = 0; r < WARMUP; r++) {
            long tw = System.nanoTime();
            for (Path f : files) {
                sink += ManifestReader.read(f).dependencies().size();
            }
            if (r == 0) {
                cold = files.size() / ((System.nanoTime() - tw) / 1e9); // what a one-shot run sees
            }
            for (Path f : files) {
                sink += Files.readAllBytes(f).length;
            }
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            for (Path f : files) {
                sink += Files.readAllBytes(f).length;
            }
        }
        double baseline = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            failed = 0;
            for (Path f : files) {
                Manifest m = ManifestReader.read(f);
                sink += m.dependencies().size();
                if (m.error() != null) {
                    failed++;
                }
            }
        }
        double parse = (System.nanoTime() - t1) / 1e9;
        int n = files.size();
        Result result = new Result(n, failed, n * ROUNDS / parse, n * ROUNDS / baseline, cold);
        out.printf("manifest-parse %s: %d manifests x %d rounds, %d failed (checksum %d)%n", registry, n, ROUNDS,
                failed, sink % 1000);
        out.printf("  parse: %,.0f manifests/s (%.3f ms each); baseline read bytes: %,.0f files/s; ratio %.1fx%n",
                result.perSecond(), 1000.0 / result.perSecond(), result.baselinePerSecond(), result.ratio());
        out.printf("  cold first round: %,.0f manifests/s%n", cold);
        return result;
    }
}
