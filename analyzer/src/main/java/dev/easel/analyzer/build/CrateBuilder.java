package dev.easel.analyzer.build;

import dev.easel.analyzer.build.sandbox.Sandbox;
import dev.easel.analyzer.build.sandbox.Sandboxes;
import dev.easel.analyzer.build.sandbox.SyscallTrace;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.BuildOutcome.FailureClass;
import dev.easel.analyzer.model.BuildOutcome.Status;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.ResolvedDependency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Builds one crate's library with cargo so that rustc writes its LLVM IR and MIR, inside the sandbox, into a target
 * folder the caller reuses across crates. A package of the offline registry is built as that registry package
 * through a {@link RootWrapper} ({@code cargo build -p <id> --lib}, --emit added by a RUSTC_WRAPPER), so it has the
 * hash and v0 symbols it has as anyone's dependency; any other crate from a work copy ({@code cargo rustc --lib --
 * --emit=llvm-ir,mir,link}). Both run cargo metadata first for the resolved graph. Every failure becomes a
 * classified {@link BuildOutcome}; nothing here throws for a crate that does not build.
 */
public final class CrateBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(CrateBuilder.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final BuildOptions options;
    private final Path stateDir;

    /**
     * @param stateDir an easel-owned folder for work copies, logs and the offline CARGO_HOME
     */
    public CrateBuilder(BuildOptions options, Path stateDir) {
        this.options = options;
        this.stateDir = stateDir.toAbsolutePath().normalize();
    }

    public BuildOptions options() {
        return options;
    }

    /** Builds {@code crateDir} into {@code targetDir} (created when missing). */
    public BuildResult build(Path crateDir, Path targetDir) {
        long start = System.currentTimeMillis();
        Path crate = crateDir.toAbsolutePath().normalize();
        Run run = new Run(crate, targetDir.toAbsolutePath().normalize(), start);
        try {
            BuildResult result = run.go();
            return run.trace == null ? result : result.withScriptActivity(run.trace.activity());
        } catch (IOException | RuntimeException e) {
            LOG.warn("build of {} failed before cargo could report: {}", crate, e.toString());
            return run.failed(FailureClass.OTHER, List.of(), "easel could not run the build: " + e.getMessage(), null);
        } finally {
            run.cleanUp();
        }
    }

    /** The state of one build. */
    private final class Run {
        final Path crate;
        final Path targetDir;
        final long start;
        final long deadline;
        final List<Problem> problems = new ArrayList<>();
        String name;
        String version;
        String rustcVersion;
        boolean devDropped;
        long toolMillis;
        WorkCopy work;
        RootWrapper wrapper;
        Path logDir;
        SyscallTrace trace;

        Run(Path crate, Path targetDir, long start) {
            this.crate = crate;
            this.targetDir = targetDir;
            this.start = start;
            this.deadline = start + options.timeout().toMillis();
            this.name = crate.getFileName() == null ? crate.toString() : crate.getFileName().toString();
        }

        BuildResult go() throws IOException {
            Toolchain toolchain;
            try {
                toolchain = Toolchain.detect();
            } catch (IOException e) {
                return failed(FailureClass.TOOL_MISSING, List.of(), "rustc not usable: " + e.getMessage(), null);
            }
            rustcVersion = toolchain.rustcVersion();
            Sandboxes.Choice choice = Sandboxes.choose(options.sandbox());
            if (choice.problem() != null) {
                problems.add(choice.problem());
            }
            if (choice.sandbox() == null) {
                return failed(FailureClass.TOOL_MISSING, List.of(), choice.problem().message(), null);
            }
            Sandbox sandbox = choice.sandbox();

            long seq = SEQUENCE.incrementAndGet();
            String slug = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + ProcessHandle.current().pid() + "-" + seq;
            logDir = Files.createDirectories(stateDir.resolve("logs").resolve(slug));
            Files.createDirectories(targetDir);
            RegistryPackage registryPkg = null;
            if (options.offline()) {
                try {
                    registryPkg = RegistryPackage.find(crate, options.registryDir()).orElse(null);
                } catch (IOException e) {
                    problems.add(new Problem("build", crate.toString(), 0,
                            "cannot tell whether the crate is a package of " + options.registryDir()
                                    + " (" + e.getMessage() + "); built from a work copy"));
                }
            }
            Path buildDir;
            if (registryPkg != null) {
                // built as the registry package: the hash and v0 disambiguator it has as anyone's dependency.
                // Dev-dependencies of a non-member package are never resolved, so no manifest rewrite is needed.
                wrapper = RootWrapper.create(stateDir.resolve("work").resolve(slug), RootWrapper.writeScript(stateDir),
                        crate, registryPkg, options, seq);
                buildDir = wrapper.dir();
            } else {
                // a folder name unique per build: the root package id, and so its hash, differs every time, so the
                // crate is never "fresh" in a reused target folder and rustc always writes the .ll and .mir anew
                work = WorkCopy.create(crate, stateDir.resolve("work").resolve(slug));
                buildDir = work.dir();
                devDropped = work.devDependenciesDropped();
                if (work.problem() != null) {
                    problems.add(new Problem("build", crate.resolve("Cargo.toml").toString(), 0, work.problem()));
                }
            }

            Path cargoHome = options.offline()
                    ? CargoHome.offline(stateDir.resolve("cargo-home"), options.registryDir())
                    : CargoHome.user();
            Map<String, String> env = environment(options.offline() ? cargoHome : null);

            // metadata runs no crate code, so it runs outside the sandbox (and may download when online)
            List<String> meta = new ArrayList<>(List.of("cargo", "metadata", "--format-version", "1",
                    "--filter-platform", options.target() != null ? options.target() : toolchain.host()));
            if (wrapper == null) {
                meta.addAll(options.featureArgs()); // the wrapper's dependency line carries them
            }
            if (options.offline()) {
                meta.add("--offline");
            }
            ProcessRunner.Result m = ProcessRunner.run(meta, buildDir, env, remaining(), options.memoryLimitBytes(),
                    logDir.resolve("metadata.json"), logDir.resolve("metadata.log"));
            toolMillis += m.durationMillis();
            if (!m.ok()) {
                return classifiedFailure(m, logDir.resolve("metadata.log"));
            }
            CargoMetadata metadata = registryPkg != null
                    ? CargoMetadata.read(logDir.resolve("metadata.json"), registryPkg.name(), registryPkg.version())
                    : CargoMetadata.read(logDir.resolve("metadata.json"));
            name = metadata.root().name();
            version = metadata.root().version();
            if (!metadata.root().hasLibrary()) {
                return failed(FailureClass.NOT_A_LIBRARY, List.of(),
                        name + " " + version + " has no library target (binaries only)", null);
            }
            String libName = metadata.root().libName();

            List<String> cargo = new ArrayList<>(List.of("cargo"));
            if (wrapper != null) {
                cargo.addAll(List.of("build", "-p", metadata.root().id()));
                env.putAll(wrapper.env(libName));
            } else {
                cargo.add("rustc");
            }
            cargo.addAll(List.of("--lib", "--message-format=json", "--profile", options.profile()));
            if (options.target() != null) {
                cargo.addAll(List.of("--target", options.target()));
            }
            if (wrapper == null) {
                cargo.addAll(options.featureArgs());
            }
            if (options.offline() || sandbox.blocksNetwork()) {
                cargo.add("--offline"); // metadata fetched what is needed; the sandbox has no network anyway
            }
            if (wrapper == null) {
                cargo.add("--");
                cargo.add(BuildOptions.EMIT);
                // debug info and panic locations name the crate's own folder, not the throwaway copy
                cargo.add("--remap-path-prefix=" + work.dir() + "=" + crate);
            }
            List<Path> writable = List.of(buildDir, targetDir, cargoHome);
            List<Path> readable = new ArrayList<>(work != null ? work.pathDependencies() : List.of());
            readable.add(crate);
            if (options.registryDir() != null) {
                readable.add(options.registryDir().toAbsolutePath().normalize());
            }
            if (wrapper != null) {
                readable.add(wrapper.emitScript().getParent()); // under a private /tmp it must be bound back
            }
            Files.createDirectories(cargoHome);
            Path stdout = logDir.resolve("build.json");
            Path stderr = logDir.resolve("build.log");
            trace = options.traceBuildScripts() ? SyscallTrace.create(logDir.resolve("syscalls.log")) : null;
            List<String> command = SyscallTrace.wrap(trace, sandbox.wrap(cargo, writable, readable));
            ProcessRunner.Result b = ProcessRunner.run(command, buildDir, env, remaining(),
                    options.memoryLimitBytes(), stdout, stderr);
            toolMillis += b.durationMillis();
            if (wrapper != null && b.ok() && rootWasFresh(stdout, metadata, libName)) {
                // the crate was built before as a dependency: cargo found its rlib up to date and ran no rustc.
                // Forgetting the library's fingerprint makes cargo compile it once more, now with --emit.
                stdout = logDir.resolve("build-again.json");
                stderr = logDir.resolve("build-again.log");
                b = ProcessRunner.run(command, buildDir, env, remaining(), options.memoryLimitBytes(), stdout, stderr);
                toolMillis += b.durationMillis();
            }

            Path diagnostics = logDir.resolve("diagnostics.log");
            CargoMessages messages;
            try (Writer w = Files.newBufferedWriter(diagnostics, StandardCharsets.UTF_8)) {
                messages = CargoMessages.read(stdout, metadata.root().id(), w);
            }
            problems.addAll(messages.problems());
            List<BuildScriptOutput> scripts = buildScripts(messages, metadata);
            List<LinkedLibrary> linked = new ArrayList<>();
            scripts.forEach(s -> linked.addAll(s.linkedLibraries()));

            if (!b.ok()) {
                // rustc's own errors came as JSON on stdout: put them after cargo's stderr for the classifier
                Path combined = logDir.resolve("combined.log");
                try (Writer w = Files.newBufferedWriter(combined, StandardCharsets.UTF_8)) {
                    try (Stream<String> lines = Files.lines(stderr, StandardCharsets.UTF_8)) {
                        for (String l : (Iterable<String>) lines::iterator) {
                            w.write(l);
                            w.write('\n');
                        }
                    }
                    try (Stream<String> lines = Files.lines(diagnostics, StandardCharsets.UTF_8)) {
                        for (String l : (Iterable<String>) lines::iterator) {
                            w.write(l);
                            w.write('\n');
                        }
                    }
                }
                BuildResult r = classifiedFailure(b, combined);
                return new BuildResult(name, version, crate, r.outcome(), null, null, scripts, linked,
                        metadata.resolved(), problems, artifacts(messages, metadata, null), toolMillis);
            }

            Path deps = outputDir().resolve("deps");
            String hash = messages.rootHash(libName);
            Path ll = hash == null ? newest(deps, libName, ".ll") : deps.resolve(libName + "-" + hash + ".ll");
            Path mir = hash == null ? newest(deps, libName, ".mir") : deps.resolve(libName + "-" + hash + ".mir");
            if (hash == null) {
                problems.add(new Problem("build", null, 0,
                        "cargo reported no hashed library artifact for " + name + "; took the newest " + libName
                                + "[-*].ll"));
            }
            if (ll == null || !Files.isRegularFile(ll) || mir == null || !Files.isRegularFile(mir)) {
                return new BuildResult(name, version, crate, outcome(Status.FAILED, FailureClass.OTHER, List.of(),
                        "cargo succeeded but rustc wrote no .ll/.mir for " + libName + " in " + deps, null),
                        null, null, scripts, linked, metadata.resolved(), problems, artifacts(messages, metadata, hash), toolMillis);
            }
            BuildOutcome ok = outcome(Status.OK, null, List.of(), "built " + name + " " + version
                    + (wrapper != null ? " as the registry package" : " from a work copy")
                    + " (sandbox " + sandbox.name() + ")", null);
            return new BuildResult(name, version, crate, ok, ll, mir, scripts, linked, metadata.resolved(), problems,
                    artifacts(messages, metadata, hash), toolMillis);
        }

        private Map<String, String> environment(Path easelCargoHome) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("RUSTFLAGS", String.join(" ", BuildOptions.RUSTFLAGS));
            // these would override RUSTFLAGS
            env.put("CARGO_ENCODED_RUSTFLAGS", null);
            env.put("CARGO_BUILD_RUSTFLAGS", null);
            // incremental state would pile up per work copy, and is never used for registry packages
            env.put("CARGO_INCREMENTAL", "0");
            env.put("CARGO_TERM_COLOR", "never");
            env.put("CARGO_TARGET_DIR", targetDir.toString());
            if (easelCargoHome != null) {
                env.put("CARGO_HOME", easelCargoHome.toString());
            }
            env.putAll(options.env());
            return env;
        }

        private Path outputDir() {
            Path base = options.target() != null ? targetDir.resolve(options.target()) : targetDir;
            return base.resolve(options.profileDir());
        }

        private Duration remaining() {
            return Duration.ofMillis(Math.max(1, deadline - System.currentTimeMillis()));
        }

        private List<BuildScriptOutput> buildScripts(CargoMessages messages, CargoMetadata metadata) {
            List<BuildScriptOutput> out = new ArrayList<>();
            for (Map.Entry<String, Path> e : messages.buildScripts().entrySet()) {
                CargoMetadata.PackageInfo p = metadata.packages().get(e.getKey());
                Path output = e.getValue().getParent().resolve("output");
                if (!Files.isRegularFile(output)) {
                    problems.add(new Problem("build", output.toString(), 0, "build script output file missing"));
                    continue;
                }
                String pkgName = p != null ? p.name() : e.getKey();
                try {
                    BuildScriptOutput s = BuildScriptOutput.parse(output, pkgName, p != null ? p.version() : null,
                            p != null ? p.links() : null);
                    problems.addAll(s.problems());
                    out.add(s);
                } catch (IOException ex) {
                    problems.add(new Problem("build", output.toString(), 0, "cannot read build script output: " + ex));
                }
            }
            return out;
        }

        /**
         * True when cargo reported the registry root's library fresh and its .ll/.mir are not there; then its
         * fingerprint folder is deleted so that the next cargo run compiles it again.
         */
        private boolean rootWasFresh(Path stdout, CargoMetadata metadata, String libName) throws IOException {
            CargoMessages first = CargoMessages.read(stdout, metadata.root().id(), Writer.nullWriter());
            String hash = first.rootHash(libName);
            if (!first.rootFresh() || hash == null) {
                return false;
            }
            Path deps = outputDir().resolve("deps");
            if (Files.isRegularFile(deps.resolve(libName + "-" + hash + ".ll"))
                    && Files.isRegularFile(deps.resolve(libName + "-" + hash + ".mir"))) {
                return false;
            }
            Path fingerprint = outputDir().resolve(".fingerprint").resolve(metadata.root().name() + "-" + hash);
            if (!Files.isDirectory(fingerprint)) {
                problems.add(new Problem("build", fingerprint.toString(), 0,
                        "cargo found " + name + " up to date but its fingerprint folder is not where expected"));
                return false;
            }
            LOG.debug("{} {} was built before as a dependency: compiling it again for its IR", name, version);
            WorkCopy.deleteTree(fingerprint);
            return true;
        }

        /**
         * Files and folders only this crate uses in the target folder. A registry root keeps its rlib, rmeta and
         * build-script folders (later crates that depend on it reuse them): only its .ll, .mir and the copies
         * cargo placed beside deps/ for the selected package go.
         */
        private List<Path> artifacts(CargoMessages messages, CargoMetadata metadata, String hash) throws IOException {
            String libName = metadata.root().libName();
            Path deps = outputDir().resolve("deps");
            if (wrapper != null) {
                List<Path> out = new ArrayList<>();
                messages.rootArtifacts().stream().filter(p -> !deps.equals(p.getParent())).forEach(out::add);
                if (hash != null && libName != null) {
                    out.add(deps.resolve(libName + "-" + hash + ".ll"));
                    out.add(deps.resolve(libName + "-" + hash + ".mir"));
                }
                return out;
            }
            List<Path> out = new ArrayList<>(messages.rootArtifacts());
            out.addAll(messages.rootBuildDirs());
            if (hash != null && libName != null && Files.isDirectory(deps)) {
                try (Stream<Path> s = Files.list(deps)) {
                    s.filter(p -> {
                        String f = p.getFileName().toString();
                        return f.startsWith(libName + "-" + hash + ".") || f.startsWith("lib" + libName + "-" + hash + ".");
                    }).forEach(out::add);
                }
            }
            return out.stream().distinct().toList();
        }

        private Path newest(Path deps, String libName, String ext) throws IOException {
            if (!Files.isDirectory(deps)) {
                return null;
            }
            try (Stream<Path> s = Files.list(deps)) {
                // cdylib/staticlib crate types make rustc drop the hash: deps/<lib>.ll
                return s.filter(p -> p.getFileName().toString().startsWith(libName + "-")
                                && p.getFileName().toString().endsWith(ext)
                                || p.getFileName().toString().equals(libName + ext))
                        .filter(p -> p.toFile().lastModified() >= start - 2000)
                        .max((a, c) -> Long.compare(a.toFile().lastModified(), c.toFile().lastModified()))
                        .orElse(null);
            }
        }

        private BuildResult classifiedFailure(ProcessRunner.Result r, Path log) throws IOException {
            FailureClassifier.Classification c = FailureClassifier.classify(log, r.timedOut());
            Status status = r.timedOut() ? Status.TIMED_OUT : Status.FAILED;
            return new BuildResult(name, version, crate, outcome(status, c.failure(), c.missingLibraries(),
                    c.message(), c.logTail()), null, null, List.of(), List.of(), List.of(), problems, List.of(), toolMillis);
        }

        BuildResult failed(FailureClass failure, List<String> missing, String message, String tail) {
            return new BuildResult(name, version, crate, outcome(Status.FAILED, failure, missing, message, tail),
                    null, null, List.of(), List.of(), List.<ResolvedDependency>of(), problems, List.of(), toolMillis);
        }

        private BuildOutcome outcome(Status status, FailureClass failure, List<String> missing, String message,
                                     String tail) {
            return new BuildOutcome(status, failure, missing, message, tail, rustcVersion, options.flagsText(),
                    devDropped, System.currentTimeMillis() - start);
        }

        void cleanUp() {
            if (work != null) {
                try {
                    work.close();
                } catch (RuntimeException e) {
                    LOG.warn("cannot delete work copy {}: {}", work.dir(), e.getMessage());
                }
            }
            if (wrapper != null) {
                try {
                    WorkCopy.deleteTree(wrapper.dir());
                } catch (RuntimeException e) {
                    LOG.warn("cannot delete wrapper package {}: {}", wrapper.dir(), e.getMessage());
                }
            }
            if (logDir != null && !options.keepArtifacts()) {
                try {
                    WorkCopy.deleteTree(logDir);
                } catch (RuntimeException e) {
                    LOG.warn("cannot delete build logs {}: {}", logDir, e.getMessage());
                }
            }
        }
    }
}
