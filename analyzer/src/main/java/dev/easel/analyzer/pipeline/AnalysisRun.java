package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOrder;
import dev.easel.analyzer.build.BuildPool;
import dev.easel.analyzer.build.Toolchain;
import dev.easel.analyzer.build.cache.AnalysisCache;
import dev.easel.analyzer.build.cache.CacheKey;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.source.SourceScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Analyses a crate set: shard filter, cache lookup, then source scan and (unless source-only) a build on a worker
 * that reuses its target folder, IR/MIR extraction, and the finished {@link CrateAnalysis} handed to the listener as
 * soon as each crate is done. One crate's failure, whatever it is, becomes that crate's recorded outcome.
 */
public final class AnalysisRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRun.class);

    /** Told about each crate; called from worker threads, one call at a time per crate. */
    @FunctionalInterface
    public interface Listener {
        /** A crate's analysis began on a worker. */
        default void started(CrateInput input) {
        }

        void finished(CrateInput input, CrateAnalysis analysis, boolean fromCache);

        /**
         * A dependency of a crate of the run, not itself one, had its sources scanned ({@link DependencyScans}); the
         * analysis is marked {@link BuildOutcome#dependencyScan()}.
         */
        default void dependencyScanned(CrateInput dependency, CrateAnalysis analysis, boolean fromCache) {
        }
    }

    private final AnalysisOptions options;
    private final CrateAnalyzer analyzer;
    private final AnalysisCache cache;
    private final String rustcVersion;
    private final BuildPool pool;
    private final ExecutorService scanners;
    /** Dependency scans run beside the builds, on a thread or two of their own: they are short. */
    private final ExecutorService dependencyScanners;

    public AnalysisRun(AnalysisOptions options) {
        this.options = options;
        this.analyzer = new CrateAnalyzer(options.usedFilesOnly(), options.unsafeRules(), options.build());
        this.cache = options.cacheDir() == null ? null : new AnalysisCache(options.cacheDir(), options.force());
        if (options.sourceOnly()) {
            this.rustcVersion = "none";
            this.pool = null;
            this.scanners = Executors.newFixedThreadPool(options.build().jobs());
            this.dependencyScanners = null;
        } else {
            this.rustcVersion = detectRustc();
            this.pool = new BuildPool(options.build(), options.workDir());
            this.scanners = null;
            this.dependencyScanners = options.scanDependencies()
                    ? Executors.newFixedThreadPool(Math.min(2, options.build().jobs())) : null;
        }
    }

    private static String detectRustc() {
        try {
            return Toolchain.detect().rustcVersion();
        } catch (IOException | RuntimeException e) {
            // the builds will each record the missing toolchain; the cache just cannot be keyed by it
            LOG.warn("cannot run rustc -V: {}", e.getMessage());
            return "unknown";
        }
    }

    /** The crates of this run's shard, in the given order. */
    public List<CrateInput> select(List<CrateInput> inputs) {
        return inputs.stream().filter(c -> options.shard().contains(c.name(), c.version())).toList();
    }

    /**
     * Analyses every input of this shard, then (for builds) scans the sources of the dependencies they resolved that
     * are not inputs themselves; returns when all are done.
     */
    public void run(List<CrateInput> inputs, Listener listener) {
        List<CrateInput> selected = select(inputs);
        DependencyScans dependencies = dependencyScanners == null ? null : new DependencyScans(analyzer, cache,
                dependencyScanFlags(), dependencyScanners,
                selected.stream().map(i -> i.name() + "@" + i.version()).collect(Collectors.toSet()));
        List<CrateInput> toAnalyse = new ArrayList<>();
        for (CrateInput input : buildOrder(selected)) {
            Optional<CrateAnalysis> cached = lookup(input);
            if (cached.isPresent()) {
                listener.finished(input, cached.get(), true);
                if (dependencies != null) {
                    dependencies.offer(cached.get(), listener);
                }
            } else {
                toAnalyse.add(input);
            }
        }
        if (pool != null) {
            pool.prepareRun(toAnalyse.stream().map(CrateInput::folder).toList());
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (CrateInput input : toAnalyse) {
            all.add(submit(input, listener).thenAccept(a -> {
                store(input, a);
                listener.finished(input, a, false);
                if (dependencies != null) {
                    dependencies.offer(a, listener);
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        if (dependencies != null) {
            dependencies.await();
        }
    }

    /** What, besides its sources, makes two scans of a dependency the same. */
    private String dependencyScanFlags() {
        return "dependency-source-scan" + (options.usedFilesOnly() ? " used-files-only" : "")
                + " unsafe-rules=" + options.unsafeRules().id();
    }

    /**
     * Dependencies among the crates first, so each is built once and its dependents reuse it (a dependency built
     * after its dependent would be compiled twice). Source-only runs build nothing and keep the given order.
     */
    private List<CrateInput> buildOrder(List<CrateInput> inputs) {
        if (options.sourceOnly()) {
            return inputs;
        }
        Map<Path, CrateInput> byFolder = new LinkedHashMap<>();
        inputs.forEach(i -> byFolder.put(i.folder(), i));
        if (byFolder.size() != inputs.size()) {
            return inputs; // one folder given twice: nothing to reorder safely
        }
        return BuildOrder.dependenciesFirst(List.copyOf(byFolder.keySet())).stream().map(byFolder::get).toList();
    }

    private CompletableFuture<CrateAnalysis> submit(CrateInput input, Listener listener) {
        CompletableFuture<CrateAnalysis> future;
        if (options.sourceOnly()) {
            future = CompletableFuture.supplyAsync(() -> {
                listener.started(input);
                return analyzer.sourceOnly(input, analyzer.scan(input));
            }, scanners);
        } else {
            future = pool.submit(input.folder(), build -> {
                listener.started(input);
                SourceScan scan = analyzer.scan(input);
                return analyzer.fromBuild(input, scan, build);
            });
        }
        return future.exceptionally(e -> failed(input, e));
    }

    /** Whatever escaped a stage still yields a recorded analysis, so the run goes on. */
    private static CrateAnalysis failed(CrateInput input, Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        LOG.error("{}: analysis failed: {}", input.id(), cause.toString(), cause);
        return CrateAnalysis.builder(input.name(), input.version())
                .source(input.source())
                .manifest(input.manifest())
                .build(BuildOutcome.failed(BuildOutcome.FailureClass.OTHER, "analysis failed: " + cause))
                .problems(List.of(new Problem(Problem.Stage.ANALYSIS, input.folder().toString(), 0, cause.toString())))
                .build();
    }

    private CacheKey key(CrateInput input) {
        // a source-only analysis still evaluates the foreign interface for a target and a feature selection
        String flags = (options.sourceOnly()
                ? "source-only" + (options.build().target() == null ? "" : " --target " + options.build().target())
                + (options.usedFilesOnly() ? " used-files-only" : "")
                : options.build().flagsText() + (options.usedFilesOnly() ? " used-files-only" : ""))
                // geiger's rules add nothing, so analyses cached before the option existed still match
                + (options.unsafeRules() == UnsafeRules.GEIGER ? "" : " unsafe-rules=" + options.unsafeRules().id());
        String features = String.join(" ", options.build().featureArgs());
        return new CacheKey(input.source().checksum(), rustcVersion, flags, features);
    }

    private Optional<CrateAnalysis> lookup(CrateInput input) {
        if (cache == null || input.source() == null || input.source().checksum() == null) {
            return Optional.empty();
        }
        return cache.lookup(key(input)).flatMap(line -> {
            try {
                // the same sources may come from another folder this time: the analysis says where they are now
                return Optional.of(AnalysisJson.fromLine(line).toBuilder().source(input.source()).build());
            } catch (IOException e) {
                LOG.warn("{}: unreadable cache entry, analysing again: {}", input.id(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * Only what the crate's sources decide is cached: a success, or a failure of the crate itself (it does not
     * compile, is no library, has a broken manifest; the toolchain is part of the key). A failure whose cause lies
     * outside the sources (a native library or tool missing, a timeout, memory, the sandbox, dependency resolution, a
     * dependency's own failure) may go away without the crate changing, so it is analysed again next run.
     */
    private void store(CrateInput input, CrateAnalysis analysis) {
        if (cache == null || input.source() == null || input.source().checksum() == null
                || !decidedBySources(analysis.build())) {
            return;
        }
        try {
            cache.store(key(input), AnalysisJson.toLine(analysis));
        } catch (IOException e) {
            LOG.warn("{}: cannot cache the analysis: {}", input.id(), e.getMessage());
        }
    }

    static boolean decidedBySources(BuildOutcome outcome) {
        return switch (outcome.status()) {
            case OK, SKIPPED -> true;
            case TIMED_OUT -> false;
            case FAILED -> outcome.failure() != null && switch (outcome.failure()) {
                case COMPILE_ERROR, NOT_A_LIBRARY, MANIFEST_ERROR, TOOLCHAIN_TOO_OLD -> true;
                default -> false;
            };
        };
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (scanners != null) {
            scanners.shutdownNow();
        }
        if (dependencyScanners != null) {
            dependencyScanners.shutdownNow();
        }
    }
}
