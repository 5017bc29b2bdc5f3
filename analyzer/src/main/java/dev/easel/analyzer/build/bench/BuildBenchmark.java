package dev.easel.analyzer.build.bench;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildPool;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.CrateBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Worker reuse against Painter's way, in one run over the same crates: one worker whose target folder is reused
 * across crates, then every crate in a fresh target folder. Reports both wall times and their ratio, the share of
 * the reuse pass spent outside cargo and rustc processes (easel's own overhead: work copies, JSON, parsing,
 * deleting), and crates per hour.
 */
public final class BuildBenchmark {

    /** Crates of Debian's registry that share dependencies (libc, cfg-if, memchr, log, serde, crossbeam, rand...). */
    public static final List<String> DEBIAN_CRATES = List.of(
            "cfg-if", "libc", "memchr", "log", "scopeguard", "lock_api", "parking_lot_core", "parking_lot",
            "smallvec", "once_cell", "aho-corasick", "regex-syntax", "regex", "either", "crossbeam-utils",
            "crossbeam-epoch", "crossbeam-deque", "crossbeam-channel", "rayon-core", "rayon", "getrandom",
            "rand_core", "ppv-lite86", "rand_chacha", "rand", "num_cpus", "errno", "atty", "termcolor",
            "humantime", "env_logger", "adler", "miniz_oxide", "crc32fast", "flate2", "libz-sys", "socket2",
            "mio", "bzip2-sys", "bzip2");

    /**
     * The figures.
     *
     * @param crates          crates built per pass
     * @param okReuse         crates that built in the reuse pass
     * @param okFresh         crates that built in the fresh pass
     * @param reuseMillis     wall time of the reuse pass
     * @param freshMillis     wall time of the fresh pass
     * @param toolMillisReuse time inside cargo processes during the reuse pass
     * @param reuseTargetBytes size of the reused target folder at the end
     */
    public record Figures(int crates, int okReuse, int okFresh, long reuseMillis, long freshMillis,
                          long toolMillisReuse, long reuseTargetBytes) {
        public double speedup() {
            return reuseMillis == 0 ? 0 : (double) freshMillis / reuseMillis;
        }

        public double outsideShare() {
            return reuseMillis == 0 ? 0 : Math.max(0, (double) (reuseMillis - toolMillisReuse) / reuseMillis);
        }

        public double cratesPerHour() {
            return reuseMillis == 0 ? 0 : crates * 3_600_000.0 / reuseMillis;
        }
    }

    private BuildBenchmark() {
    }

    /** The {@link #DEBIAN_CRATES} present in {@code registry} (newest version of each). */
    public static List<Path> debianCrates(Path registry) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Path> all;
        try (Stream<Path> s = Files.list(registry)) {
            all = s.sorted().toList();
        }
        for (String name : DEBIAN_CRATES) {
            all.stream().filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "-") && f.length() > name.length() + 1
                        && Character.isDigit(f.charAt(name.length() + 1));
            }).reduce((a, b) -> b).ifPresent(out::add);
        }
        return out;
    }

    /** Builds every crate twice (reused target folder, then fresh ones) and prints the figures. */
    public static Figures run(List<Path> crates, Path registryDir, PrintStream out) throws IOException {
        Path work = Files.createTempDirectory("easel-build-bench");
        try {
            BuildOptions options = BuildOptions.builder().registryDir(registryDir).jobs(1).build();
            out.printf("build benchmark: %d crates, registry %s, sandbox %s%n", crates.size(), registryDir,
                    options.sandbox());

            long[] tool = new long[1];
            int[] okReuse = new int[1];
            long t0 = System.nanoTime();
            try (BuildPool pool = new BuildPool(options, work.resolve("reuse"))) {
                pool.buildAll(crates, r -> {
                    tool[0] += r.toolMillis();
                    if (r.ok()) {
                        okReuse[0]++;
                    }
                    out.printf("  reuse %-28s %-9s %6d ms%n", r.name(), status(r), r.outcome().durationMillis());
                });
                long reuseMillis = (System.nanoTime() - t0) / 1_000_000;
                long reuseBytes = pool.targetDirs().stream().mapToLong(BuildPool::sizeOf).sum();

                int okFresh = 0;
                CrateBuilder fresh = new CrateBuilder(options, work.resolve("fresh"));
                long t1 = System.nanoTime();
                int i = 0;
                for (Path c : crates) {
                    Path target = work.resolve("fresh-target-" + i++);
                    BuildResult r = fresh.build(c, target);
                    if (r.ok()) {
                        okFresh++;
                    }
                    out.printf("  fresh %-28s %-9s %6d ms%n", r.name(), status(r), r.outcome().durationMillis());
                    deleteTree(target);
                }
                long freshMillis = (System.nanoTime() - t1) / 1_000_000;
                Figures f = new Figures(crates.size(), okReuse[0], okFresh, reuseMillis, freshMillis, tool[0],
                        reuseBytes);
                out.printf(Locale.ROOT, "reuse: %d ms (%d ok), fresh: %d ms (%d ok), speedup %.2fx%n",
                        f.reuseMillis(), f.okReuse(), f.freshMillis(), f.okFresh(), f.speedup());
                out.printf(Locale.ROOT, "outside cargo/rustc in the reuse pass: %.2f%% (%d of %d ms)%n",
                        100 * f.outsideShare(), f.reuseMillis() - f.toolMillisReuse(), f.reuseMillis());
                out.printf(Locale.ROOT, "crates per hour (1 worker, reuse): %.0f; reused target folder: %d MiB%n",
                        f.cratesPerHour(), f.reuseTargetBytes() >> 20);
                return f;
            }
        } finally {
            deleteTree(work);
        }
    }

    private static String status(BuildResult r) {
        return r.ok() ? "ok" : String.valueOf(r.outcome().failure());
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** java ... BuildBenchmark [registryDir]: the Debian crate set. */
    public static void main(String[] args) throws IOException {
        Path registry = Path.of(args.length > 0 ? args[0] : "/usr/share/cargo/registry");
        run(debianCrates(registry), registry, System.out);
    }
}
