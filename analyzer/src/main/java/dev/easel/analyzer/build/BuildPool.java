package dev.easel.analyzer.build;

import dev.easel.analyzer.files.FileTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code jobs} workers, each owning one cargo target folder that it reuses for every crate it builds, so shared
 * dependencies (libc, memchr, cfg-if, ...) compile once per worker rather than once per crate. A crate's own outputs
 * are deleted once the caller has read them (unless keepArtifacts); a target folder that grows past its bound is
 * wiped and starts over.
 */
public final class BuildPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BuildPool.class);
    /** Default bound of one worker's target folder. */
    public static final long DEFAULT_MAX_TARGET_BYTES = 20L << 30;
    private static final int SIZE_CHECK_EVERY = 10;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final CrateBuilder builder;
    private final BuildOptions options;
    private final long maxTargetBytes;
    private final BlockingQueue<Worker> idle;
    private final ExecutorService executor;
    private final List<Worker> workers = new ArrayList<>();

    private static final class Worker {
        final Path targetDir;
        int builds;

        Worker(Path targetDir) {
            this.targetDir = targetDir;
        }
    }

    /** @param workDir an easel-owned folder: worker target folders, work copies, logs, the offline CARGO_HOME */
    public BuildPool(BuildOptions options, Path workDir) {
        this(options, workDir, DEFAULT_MAX_TARGET_BYTES);
    }

    public BuildPool(BuildOptions options, Path workDir, long maxTargetBytes) {
        this.options = options;
        this.maxTargetBytes = maxTargetBytes;
        this.builder = new CrateBuilder(options, workDir);
        this.idle = new ArrayBlockingQueue<>(options.jobs());
        for (int i = 0; i < options.jobs(); i++) {
            Worker w = new Worker(workDir.toAbsolutePath().normalize().resolve("targets").resolve("worker-" + i));
            workers.add(w);
            idle.add(w);
        }
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(options.jobs(), r -> {
            Thread t = new Thread(r, "easel-build-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    /** The default easel-owned work folder: ~/.easel/build. */
    public static Path defaultWorkDir() {
        return Path.of(System.getProperty("user.home"), ".easel", "build");
    }

    /** The target folders of the workers (for tests and disk reports). */
    public List<Path> targetDirs() {
        return workers.stream().map(w -> w.targetDir).toList();
    }

    /**
     * Builds a crate on the next free worker and hands the result to {@code reader} while the .ll and .mir
     * still exist; then deletes them (unless keepArtifacts) and completes with what the reader returned.
     */
    public <T> CompletableFuture<T> submit(Path crateDir, Function<BuildResult, T> reader) {
        return CompletableFuture.supplyAsync(() -> {
            Worker w;
            try {
                w = idle.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for a build worker", e);
            }
            try {
                BuildResult result = builder.build(crateDir, w.targetDir);
                try {
                    return reader.apply(result);
                } finally {
                    if (!options.keepArtifacts()) {
                        result.deleteArtifacts();
                    }
                    boundDisk(w);
                }
            } finally {
                idle.add(w);
            }
        }, executor);
    }

    /**
     * Offline, resolves the registry crates among {@code crates} together ({@link RunWorkspace}) so that every
     * worker builds them from one workspace: each dependency compiled once per worker, each crate with the union of
     * the features the run asks for. Nothing happens unless the options unify features and build offline.
     */
    public void prepareRun(List<Path> crates) {
        if (!options.offline() || !options.unifyFeatures()) {
            return;
        }
        List<RegistryPackage> packages = new ArrayList<>();
        for (Path c : crates) {
            try {
                RegistryPackage.find(c.toAbsolutePath().normalize(), options.registryDir()).ifPresent(packages::add);
            } catch (IOException e) {
                LOG.debug("{}: not a registry package ({}): built alone", c, e.getMessage());
            }
        }
        if (packages.size() < 2) {
            return;
        }
        try {
            Path state = builder.stateDir();
            Path dir = state.resolve("work").resolve("run-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet());
            Toolchain toolchain = Toolchain.detect();
            builder.useRunWorkspace(RunWorkspace.create(dir, packages, options,
                    CargoHome.offline(state.resolve("cargo-home"), options.registryDir()), options.target(),
                    toolchain.host()));
        } catch (IOException e) {
            LOG.warn("cannot resolve the run's registry crates together ({}): each is built alone", e.getMessage());
        }
    }

    /**
     * Builds every crate, dependencies among them first ({@link BuildOrder}), calling {@code consumer} (from worker
     * threads, one call per crate) as each finishes.
     */
    public void buildAll(List<Path> crates, Consumer<BuildResult> consumer) {
        prepareRun(crates);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Path c : BuildOrder.dependenciesFirst(crates)) {
            all.add(submit(c, r -> {
                consumer.accept(r);
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    private void boundDisk(Worker w) {
        if (++w.builds % SIZE_CHECK_EVERY != 0) {
            return;
        }
        long size = sizeOf(w.targetDir);
        if (size > maxTargetBytes) {
            LOG.info("target folder {} holds {} MiB, over its bound of {} MiB: wiping it", w.targetDir,
                    size >> 20, maxTargetBytes >> 20);
            FileTrees.deleteUnchecked(w.targetDir);
        }
    }

    /** Bytes under a folder (0 when missing). */
    public static long sizeOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
