package dev.easel.bench.build;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildOrder;
import dev.easel.analyzer.build.BuildPool;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.CrateBuilder;
import dev.easel.analyzer.build.Toolchain;
import dev.easel.analyzer.build.sandbox.Sandboxes;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Worker reuse against Painter's way, in one run over the same crates: one worker whose target folder is reused
 * across crates, and every crate in a fresh target folder. Reports both wall times and their ratio, the share of
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
     * @param reuseMillis     summed wall time of the reuse builds (submit to completion, deleting included)
     * @param freshMillis     summed wall time of the fresh builds (deleting the target folder included)
     * @param toolMillisReuse time inside cargo processes during the reuse builds
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

    /**
     * Builds every crate twice and prints the figures. The two ways take turns crate by crate (the reuse worker,
     * then a fresh target folder), so that load from other processes on the machine falls on both alike; each way's
     * time is the sum of its own builds. The toolchain and sandbox are probed before timing starts (once per
     * process, not per crate).
     */
    public static Figures run(List<Path> crates, Path registryDir, PrintStream out) throws IOException {
        Path work = Files.createTempDirectory("easel-build-bench");
        try {
            BuildOptions options = BuildOptions.builder().registryDir(registryDir).jobs(1).build();
            Toolchain.detect();
            Sandboxes.Choice sandbox = Sandboxes.choose(options.sandbox());
            out.printf("build benchmark: %d crates, registry %s, sandbox %s (%s), reuse and fresh taking turns%n",
                    crates.size(), registryDir, options.sandbox(),
                    sandbox.sandbox() != null ? sandbox.sandbox().name() : "unavailable");
            out.printf(Locale.ROOT, "load average at start: %.2f%n", loadAverage());

            long reuseNanos = 0;
            long freshNanos = 0;
            long tool = 0;
            int okReuse = 0;
            int okFresh = 0;
            long reuseBytes;
            CrateBuilder fresh = new CrateBuilder(options, work.resolve("fresh"));
            try (BuildPool pool = new BuildPool(options, work.resolve("reuse"))) {
                long p0 = System.nanoTime();
                pool.prepareRun(crates); // the run's shared workspace, when the options unify features
                reuseNanos += System.nanoTime() - p0;
                int i = 0;
                for (Path c : BuildOrder.dependenciesFirst(crates)) {
                    long t0 = System.nanoTime();
                    BuildResult r = pool.submit(c, x -> x).join(); // the pool deletes the crate's own files
                    reuseNanos += System.nanoTime() - t0;
                    tool += r.toolMillis();
                    okReuse += r.ok() ? 1 : 0;

                    Path target = work.resolve("fresh-target-" + i++);
                    long t1 = System.nanoTime();
                    BuildResult f = fresh.build(c, target);
                    FileTrees.deleteUnchecked(target);
                    freshNanos += System.nanoTime() - t1;
                    okFresh += f.ok() ? 1 : 0;
                    out.printf("  %-28s reuse %-9s %6d ms   fresh %-9s %6d ms%n", r.name(), status(r),
                            r.outcome().durationMillis(), status(f), f.outcome().durationMillis());
                }
                reuseBytes = pool.targetDirs().stream().mapToLong(BuildPool::sizeOf).sum();
            }
            Figures f = new Figures(crates.size(), okReuse, okFresh, reuseNanos / 1_000_000, freshNanos / 1_000_000,
                    tool, reuseBytes);
            out.printf(Locale.ROOT, "reuse: %d ms (%d ok), fresh: %d ms (%d ok), speedup %.2fx%n",
                    f.reuseMillis(), f.okReuse(), f.freshMillis(), f.okFresh(), f.speedup());
            out.printf(Locale.ROOT, "outside cargo/rustc in the reuse pass: %.2f%% (%d of %d ms)%n",
                    100 * f.outsideShare(), f.reuseMillis() - f.toolMillisReuse(), f.reuseMillis());
            out.printf(Locale.ROOT, "crates per hour (1 worker, reuse): %.0f; reused target folder: %d MiB%n",
                    f.cratesPerHour(), f.reuseTargetBytes() >> 20);
            out.printf(Locale.ROOT, "load average at end: %.2f%n", loadAverage());
            return f;
        } finally {
            FileTrees.deleteUnchecked(work);
        }
    }

    /** The one-minute load average, -1 where the system does not tell. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String status(BuildResult r) {
        return r.ok() ? "ok" : String.valueOf(r.outcome().failure());
    }


    /** java ... BuildBenchmark [registryDir]: the Debian crate set. */
    public static void main(String[] args) throws IOException {
        Path registry = Path.of(args.length > 0 ? args[0] : "/usr/share/cargo/registry");
        run(debianCrates(registry), registry, System.out);
    }
}
