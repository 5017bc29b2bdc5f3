package dev.easel.bench;

import dev.easel.bench.advisory.AdvisoryReachBenchmark;
import dev.easel.bench.build.BuildBenchmark;
import dev.easel.bench.demangle.DemangleBenchmark;
import dev.easel.bench.dump.SyntheticDump;
import dev.easel.bench.dump.DumpReadBenchmark;
import dev.easel.bench.ir.IrReadBenchmark;
import dev.easel.bench.manifest.ManifestBenchmark;
import dev.easel.bench.source.SourceScanBenchmark;
import dev.easel.bench.typosquat.TyposquatBenchmark;
import dev.easel.bench.load.LoadBenchmark;
import dev.easel.cli.ExitCode;
import dev.easel.cli.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code easel bench NAME}: the benchmarks behind docs/PERFORMANCE.md. Each measures against a baseline in the same
 * process and prints its figures on stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark; each compares against a baseline in the same run and prints its figures "
                + "(see docs/PERFORMANCE.md).",
        subcommands = {BenchCommand.Ir.class, BenchCommand.Demangle.class, BenchCommand.Source.class,
                BenchCommand.Manifests.class, BenchCommand.Dump.class, BenchCommand.Build.class,
                BenchCommand.Load.class, BenchCommand.Typosquat.class, BenchCommand.Advisories.class})
final class BenchCommand {

    private static PrintStream out() {
        return System.out;
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) {
            throw new UsageException("no such file or folder: " + p);
        }
        return p;
    }

    /** A benchmark over a registry folder (Debian's by default). */
    abstract static class OverRegistry implements Callable<Integer> {
        @Parameters(paramLabel = "REGISTRY", arity = "0..1", defaultValue = "/usr/share/cargo/registry") Path registry;

        abstract void run(Path registry) throws IOException;

        @Override
        public Integer call() throws IOException {
            run(existing(registry));
            return ExitCode.OK.code();
        }
    }

    @Command(name = "ir", mixinStandardHelpOptions = true,
            description = "LLVM IR reading throughput and peak heap vs plain line-by-line reading of the same .ll file.")
    static final class Ir implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.ll") Path ll;

        @Override
        public Integer call() throws IOException {
            IrReadBenchmark.run(existing(ll), out());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "demangle", mixinStandardHelpOptions = true,
            description = "Symbols demangled per second over a .ll file's symbols vs scanning their characters.")
    static final class Demangle implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.ll") Path ll;
        @Option(names = "--rounds", defaultValue = "20") int rounds;

        @Override
        public Integer call() throws IOException {
            DemangleBenchmark.run(existing(ll), rounds, out());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "source", mixinStandardHelpOptions = true,
            description = "Lexing + unsafe counting + native census over a registry vs reading its bytes.")
    static final class Source extends OverRegistry {
        @Override
        void run(Path registry) {
            SourceScanBenchmark.run(registry, out());
        }
    }

    @Command(name = "manifests", mixinStandardHelpOptions = true,
            description = "Cargo.toml files parsed per second over a registry vs reading their bytes.")
    static final class Manifests extends OverRegistry {
        @Override
        void run(Path registry) throws IOException {
            ManifestBenchmark.run(registry, out());
        }
    }

    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = {"crates.io db-dump rows read per second and peak heap vs gunzip+untar of the same file.",
                    "With --generate, first writes a synthetic dump of that size (default: crates.io's, 10M dependency rows)."})
    static final class Dump implements Callable<Integer> {
        @Parameters(paramLabel = "DUMP") Path dump;
        @Option(names = "--generate", description = "Write a synthetic dump to DUMP first.") boolean generate;
        @Option(names = "--crates", defaultValue = "150000") int crates;
        @Option(names = "--versions-per-crate", defaultValue = "10") int versions;
        @Option(names = "--deps-per-version", defaultValue = "7") int deps;

        @Override
        public Integer call() throws IOException {
            if (generate) {
                SyntheticDump.write(dump, crates, versions, deps, 42);
            }
            DumpReadBenchmark.run(existing(dump), out());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "40 Debian crates built with worker reuse vs a fresh target folder per crate (Painter's way).")
    static final class Build extends OverRegistry {
        @Override
        void run(Path registry) throws IOException {
            BuildBenchmark.run(BuildBenchmark.debianCrates(registry), registry, out());
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Relationships per second into the embedded Neo4j over Bolt, batched vs one statement per "
                    + "call edge (Painter's way), on the same synthetic analyses; peak heap.")
    static final class Load implements Callable<Integer> {
        @Option(names = "--crates", defaultValue = "200") int crates;
        @Option(names = "--functions-per-crate", defaultValue = "500") int functions;

        @Override
        public Integer call() {
            LoadBenchmark.run(crates, functions, out());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "advisories", mixinStandardHelpOptions = true,
            description = {"Every advisory's reach over a synthetic ecosystem in the embedded Neo4j, computed once in "
                    + "memory (easel advisories import) vs one Cypher shortest-path match per (version, advisory) "
                    + "question, timed on a sample and extrapolated; the sample's answers are compared."})
    static final class Advisories implements Callable<Integer> {
        @Option(names = "--crates", defaultValue = "1000") int crates;
        @Option(names = "--functions-per-crate", defaultValue = "200") int functions;
        @Option(names = "--advisories", defaultValue = "60") int advisories;
        @Option(names = "--sample", defaultValue = "40", description = "Questions the baseline answers.") int sample;

        @Override
        public Integer call() {
            AdvisoryReachBenchmark.run(crates, functions, advisories, sample, out());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "typosquat", mixinStandardHelpOptions = true,
            description = {"Every crate name of a db-dump against its most downloaded crates with all typosquatting "
                    + "checks (candidate table), vs pairwise Damerau-Levenshtein on a sample, extrapolated.",
                    "With --generate, first writes a synthetic dump of that many crates with owners (one version "
                            + "each, no dependencies: the names, downloads and owners are what counts)."})
    static final class Typosquat implements Callable<Integer> {
        @Parameters(paramLabel = "DUMP") Path dump;
        @Option(names = "--generate", description = "Write a synthetic dump to DUMP first.") boolean generate;
        @Option(names = "--crates", defaultValue = "150000") int crates;
        @Option(names = "--top", defaultValue = "3000") int top;
        @Option(names = "--sample", defaultValue = "1000", description = "Names the baseline times (default ${DEFAULT-VALUE}).")
        int sample;

        @Override
        public Integer call() throws IOException {
            if (generate) {
                SyntheticDump.write(dump, crates, 1, 0, 42);
            }
            TyposquatBenchmark.run(existing(dump), top, sample, out());
            return ExitCode.OK.code();
        }
    }
}
