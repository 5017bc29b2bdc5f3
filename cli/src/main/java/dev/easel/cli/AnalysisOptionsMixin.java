package dev.easel.cli;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildPool;
import dev.easel.analyzer.build.cache.AnalysisCache;
import dev.easel.analyzer.build.sandbox.SandboxMode;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.intake.IntakeResult;
import dev.easel.analyzer.model.CrateSource;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.pipeline.AnalysisOptions;
import dev.easel.analyzer.pipeline.Shard;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What to analyse and how to build it: shared by {@code analyze} and {@code ingest}. */
public final class AnalysisOptionsMixin {

    @Option(names = "--crates", split = ",", paramLabel = "NAME", description = "Only these crate names (comma-separated).")
    List<String> crates = List.of();

    @Option(names = "--latest-only", description = "Only the highest version of each crate name.")
    boolean latestOnly;

    @Option(names = "--limit", defaultValue = "0", description = "At most N crates, after ordering (0: all).")
    int limit;

    @Option(names = "--source-only",
            description = "No build: manifest, unsafe counters and native-code census only (minutes for a registry).")
    boolean sourceOnly;

    @Option(names = "--used-files-only",
            description = "Count unsafe only in files reachable from the crate roots (count-unsafe counts every .rs file).")
    boolean usedFilesOnly;

    @Option(names = "--unsafe-rules", defaultValue = "geiger", paramLabel = "RULES",
            converter = Converters.UnsafeRulesConverter.class,
            description = "Which code the unsafe counters count: ${COMPLETION-CANDIDATES} (geiger: cargo-geiger's "
                    + "default, tests left out; count-unsafe: what produced Painter's figures, every .rs file with "
                    + "its tests, read as geiger 0.4 on syn 1 did; default ${DEFAULT-VALUE}). Stored on each version "
                    + "as unsafe_rules.")
    UnsafeRules unsafeRules;

    @Option(names = "--scan-dependencies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After each build, scan the sources of every dependency version it resolved that is not "
                    + "one of the crates given (manifest, unsafe counters, native census), once per checksum, so "
                    + "every crate called has counters (default; --no-scan-dependencies to skip).")
    boolean scanDependencies;

    @Option(names = {"-j", "--jobs"}, defaultValue = "1",
            description = "Crates built in parallel, each worker reusing its own target folder (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--registry-dir", paramLabel = "DIR",
            description = "Build offline from this cargo directory source or vendor folder "
                    + "(e.g. /usr/share/cargo/registry); easel writes its own CARGO_HOME, never ~/.cargo. Default: "
                    + "the directory registry the given crates come from, if they come from one.")
    Path registryDir;

    @Option(names = "--unify-features", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Offline, build the run's registry crates from one shared cargo workspace: each dependency is "
                    + "compiled once per worker and each crate is analysed with the union of the features the run's "
                    + "crates ask for (cargo's feature unification; default). --no-unify-features builds each crate "
                    + "alone with its own features.")
    boolean unifyFeatures;

    @Option(names = "--sandbox", defaultValue = "auto", paramLabel = "MODE",
            description = "Isolate build scripts and proc macros: ${COMPLETION-CANDIDATES} (auto: bubblewrap, else "
                    + "unshare, said loudly; default ${DEFAULT-VALUE}).")
    SandboxMode sandbox;

    @Option(names = "--build-timeout", defaultValue = "10m", paramLabel = "DURATION",
            converter = Converters.DurationConverter.class,
            description = "Per-crate wall-clock limit, e.g. 90s, 10m, 1h (default ${DEFAULT-VALUE}).")
    Duration buildTimeout;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "0", converter = Converters.SizeConverter.class,
            description = "Address-space limit per build, e.g. 4g, 512m (default: none).")
    long memoryLimit;

    @Option(names = {"-F", "--features"}, split = ",", paramLabel = "FEATURE", description = "Cargo features to enable.")
    List<String> features = List.of();

    @Option(names = "--all-features", description = "Enable all features.")
    boolean allFeatures;

    @Option(names = "--no-default-features", description = "Disable default features.")
    boolean noDefaultFeatures;

    @Option(names = "--profile", defaultValue = "dev", description = "Cargo profile (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--target", paramLabel = "TRIPLE", description = "Target triple (default: the host).")
    String target;

    @Option(names = "--trace-build-scripts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Record what build scripts do with strace when it is installed (default; about 5%% more "
                    + "CPU time): programs run, files written, connections, refused ones included.")
    boolean traceBuildScripts;

    @Option(names = "--keep-artifacts",
            description = "Keep the .ll and .mir files and build logs; ingest also writes each call graph as DOT.")
    boolean keepArtifacts;

    @Option(names = "--force", description = "Analyse again even when the cache has a crate with the same key.")
    boolean force;

    @Option(names = "--no-cache", description = "Neither read nor write the analysis cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Analysis cache (default ~/.easel/cache).")
    Path cacheDir;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Build workers' target folders, work copies, extracted archives (default ~/.easel/build).")
    Path workDir;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "1/1", converter = Converters.ShardConverter.class,
            description = "Take only shard K of N (deterministic by crate name and version), for batch schedulers; "
                    + "auto: from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, EASEL_SHARD_COUNT) or a Slurm job "
                    + "array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT); see docs/scale-out.md.")
    Shard shard;

    Path workDir() {
        return workDir == null ? BuildPool.defaultWorkDir() : workDir;
    }

    IntakeOptions intakeOptions() {
        return IntakeOptions.all(workDir().resolve("archives"))
                .withCrates(new LinkedHashSet<>(crates))
                .withLatestOnly(latestOnly)
                .withLimit(limit);
    }

    /** Checks the options before any work starts. */
    void validate() {
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more");
        }
    }

    /** The directory source to build offline from: --registry-dir, else the one the crates came from, or none. */
    Path registryDir(IntakeResult intake) {
        if (registryDir != null) {
            return registryDir;
        }
        Set<String> origins = intake.crates().stream().map(CrateInput::source)
                .filter(s -> s != null && s.kind() == CrateSource.Kind.REGISTRY).map(CrateSource::origin)
                .collect(Collectors.toCollection(TreeSet::new));
        return origins.size() == 1 ? Path.of(origins.iterator().next()) : null;
    }

    AnalysisOptions analysisOptions(Path registry) {
        validate();
        BuildOptions build = BuildOptions.builder()
                .features(features)
                .allFeatures(allFeatures)
                .noDefaultFeatures(noDefaultFeatures)
                .profile(profile)
                .target(target)
                .timeout(buildTimeout)
                .memoryLimitBytes(memoryLimit)
                .sandbox(sandbox)
                .registryDir(registry)
                .keepArtifacts(keepArtifacts)
                .jobs(jobs)
                .traceBuildScripts(traceBuildScripts)
                .unifyFeatures(unifyFeatures)
                .build();
        if (usedFilesOnly && unsafeRules == UnsafeRules.COUNT_UNSAFE) {
            throw new UsageException("--used-files-only contradicts --unsafe-rules count-unsafe, which counts every .rs file");
        }
        Path cache = noCache ? null : cacheDir == null ? AnalysisCache.defaultDir() : cacheDir;
        return new AnalysisOptions(sourceOnly, usedFilesOnly, build, workDir(), cache, force, shard, unsafeRules,
                scanDependencies);
    }
}
