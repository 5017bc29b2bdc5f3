package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.cache.AnalysisCache;
import dev.easel.analyzer.build.cache.CacheKey;
import dev.easel.analyzer.intake.Checksums;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.manifest.ManifestReader;
import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.CrateSource;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.analyzer.model.SemVer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;

/**
 * Every callee counted: after a crate of the run is analysed, each dependency version its build resolved gets the
 * facts a source-only analysis gives (manifest, unsafe counters, native census, build-script census), read from the
 * folder cargo compiled it from, as a {@link CrateAnalysis} marked {@link dev.easel.analyzer.model.BuildOutcome#dependencyScan()}.
 * Each version is scanned at most once per run, never when it is itself a crate of the run (its own analysis says
 * more), and the scan is cached by the folder's checksum and the scan options, so a dependency shared by 500 crates
 * costs one scan, and on the next run none.
 */
final class DependencyScans {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyScans.class);

    private final CrateAnalyzer analyzer;
    private final AnalysisCache cache;
    private final String scanFlags;
    private final ExecutorService executor;
    private final Set<String> roots;
    private final Map<String, Boolean> claimed = new ConcurrentHashMap<>();
    private final Queue<CompletableFuture<Void>> pending = new ConcurrentLinkedQueue<>();

    /**
     * @param scanFlags what besides the sources makes two scans the same (rules, file selection), for the cache key
     * @param roots     "name@version" of the run's crates: never scanned as dependencies
     */
    DependencyScans(CrateAnalyzer analyzer, AnalysisCache cache, String scanFlags, ExecutorService executor,
                    Set<String> roots) {
        this.analyzer = analyzer;
        this.cache = cache;
        this.scanFlags = scanFlags;
        this.executor = executor;
        this.roots = Set.copyOf(roots);
    }

    /** Schedules the scans of {@code root}'s resolved dependencies not seen yet in this run. */
    void offer(CrateAnalysis root, AnalysisRun.Listener listener) {
        for (ResolvedDependency d : root.resolved()) {
            String id = d.name() + "@" + d.version();
            if (d.name() == null || d.version() == null || d.sourceDir() == null || roots.contains(id)
                    || claimed.putIfAbsent(id, Boolean.TRUE) != null) {
                continue;
            }
            pending.add(CompletableFuture.runAsync(() -> scan(d, listener), executor).exceptionally(e -> {
                LOG.warn("{}: dependency scan failed: {}", id, e.toString());
                return null;
            }));
        }
    }

    /** Waits for every scan scheduled so far. */
    void await() {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private void scan(ResolvedDependency d, AnalysisRun.Listener listener) {
        Path folder = Path.of(d.sourceDir());
        if (!Files.isRegularFile(folder.resolve("Cargo.toml"))) {
            LOG.debug("{} {}: no sources at {}, not scanned", d.name(), d.version(), folder);
            return;
        }
        String checksum;
        try {
            checksum = Checksums.folderSha256(folder);
        } catch (IOException e) {
            LOG.warn("{} {}: cannot read {}: {}", d.name(), d.version(), folder, e.getMessage());
            return;
        }
        CacheKey key = new CacheKey(checksum, "none", scanFlags, "");
        Optional<CrateAnalysis> cached = lookup(key, d);
        CrateInput input = input(d, folder, checksum);
        if (cached.isPresent()) {
            listener.dependencyScanned(input, cached.get(), true);
            return;
        }
        CrateAnalysis analysis = analyzer.dependencyScan(input, analyzer.scan(input));
        if (cache != null) {
            try {
                cache.store(key, AnalysisJson.toLine(analysis));
            } catch (IOException e) {
                LOG.warn("{}: cannot cache the dependency scan: {}", analysis.id(), e.getMessage());
            }
        }
        listener.dependencyScanned(input, analysis, false);
    }

    private Optional<CrateAnalysis> lookup(CacheKey key, ResolvedDependency d) {
        if (cache == null) {
            return Optional.empty();
        }
        return cache.lookup(key).flatMap(line -> {
            try {
                return Optional.of(AnalysisJson.fromLine(line));
            } catch (IOException e) {
                LOG.warn("{} {}: unreadable cache entry, scanning again: {}", d.name(), d.version(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The dependency as intake would have found it: cargo's name and version, its manifest read from the folder. */
    private static CrateInput input(ResolvedDependency d, Path folder, String checksum) {
        Manifest manifest = ManifestReader.read(folder.resolve("Cargo.toml"));
        boolean registry = Files.isRegularFile(folder.resolve(".cargo-checksum.json"));
        Path origin = registry && folder.getParent() != null ? folder.getParent() : folder;
        CrateSource source = new CrateSource(registry ? CrateSource.Kind.REGISTRY : CrateSource.Kind.FOLDER,
                folder.toString(), origin.toString(), checksum);
        List<Problem> problems = manifest.error() == null ? List.of() : List.of(manifest.error());
        return new CrateInput(d.name(), d.version(), SemVer.tryParse(d.version()), folder, source, manifest, problems);
    }
}
