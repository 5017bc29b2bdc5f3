package dev.easel.analyzer.build;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.sandbox.Sandbox;
import dev.easel.analyzer.build.sandbox.Sandboxes;
import dev.easel.analyzer.build.sandbox.SyscallTrace;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.BuildOutcome.FailureClass;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * --emit=llvm-ir,mir,link}): the two {@link BuildMode}s. Both run the same steps: cargo metadata for the resolved
 * graph, the sandboxed build, the build scripts' outputs, then the .ll and .mir. Every failure becomes a classified
 * {@link BuildOutcome}; nothing here throws for a crate that does not build.
 */
public final class CrateBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(CrateBuilder.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final BuildOptions options;
    private final Path stateDir;
    private volatile RunWorkspace runWorkspace;

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

    /** From now on, the registry packages {@code workspace} resolved are built from it (null: each alone). */
    public void useRunWorkspace(RunWorkspace workspace) {
        this.runWorkspace = workspace;
    }

    /** The folder easel writes work copies, logs and its CARGO_HOME into. */
    Path stateDir() {
        return stateDir;
    }

    /** Builds {@code crateDir} into {@code targetDir} (created when missing). */
    public BuildResult build(Path crateDir, Path targetDir) {
        long start = System.currentTimeMillis();
        Path crate = crateDir.toAbsolutePath().normalize();
        Run run = new Run(crate, targetDir.toAbsolutePath().normalize(), start);
        try {
            return run.withTrace(run.go());
        } catch (Stop stop) {
            return run.withTrace(stop.result);
        } catch (IOException | RuntimeException e) {
            LOG.warn("build of {} failed before cargo could report: {}", crate, e.toString());
            return run.failed(BuildOutcome.failed(FailureClass.OTHER, "easel could not run the build: " + e.getMessage()));
        } finally {
            run.cleanUp();
        }
    }

    /** Ends a build early with its result: a step found that the crate cannot be built. */
    private static final class Stop extends Exception {
        final transient BuildResult result;

        Stop(BuildResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** The state of one build, and its steps in order. */
    private final class Run {
        final Path crate;
        final Path targetDir;
        final long start;
        final long deadline;
        final List<Problem> problems = new ArrayList<>();
        String name;
        String version;
        String rustcVersion;
        String host;
        long toolMillis;
        BuildMode mode;
        Path logDir;
        SyscallTrace trace;

        Run(Path crate, Path targetDir, long start) {
            this.crate = crate;
            this.targetDir = targetDir;
            this.start = start;
            this.deadline = start + options.timeout().toMillis();
            this.name = crate.getFileName() == null ? crate.toString() : crate.getFileName().toString();
        }

        BuildResult go() throws IOException, Stop {
            Toolchain toolchain = toolchain();
            Sandbox sandbox = sandbox();
            long seq = SEQUENCE.incrementAndGet();
            String slug = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + ProcessHandle.current().pid() + "-" + seq;
            logDir = Files.createDirectories(stateDir.resolve("logs").resolve(slug));
            Files.createDirectories(targetDir);
            mode = prepare(stateDir.resolve("work").resolve(slug), seq);
            Path cargoHome = options.offline()
                    ? CargoHome.offline(stateDir.resolve("cargo-home"), options.registryDir())
                    : CargoHome.user();
            Map<String, String> env = environment(options.offline() ? cargoHome : null);
            CargoMetadata metadata = metadata(toolchain, env);
            String libName = metadata.root().libName();
            CargoRun cargo = compile(sandbox, metadata, env, cargoHome);
            CargoMessages messages = messages(cargo, metadata);
            List<BuildScriptOutput> scripts = buildScripts(messages, metadata);
            List<LinkedLibrary> linked = new ArrayList<>();
            scripts.forEach(s -> linked.addAll(s.linkedLibraries()));
            if (!cargo.result().ok()) {
                BuildOutcome failure = FailedDependency.attribute(
                        classified(cargo.result(), rustErrorsAfterCargo(cargo.stderr())), messages, cargo.stderr(),
                        metadata);
                return result(failure, null, null, scripts, linked, metadata,
                        mode.artifacts(messages, deps(), libName, null));
            }
            return outputs(messages, metadata, scripts, linked, sandbox);
        }

        /** The result with what the build scripts were seen doing, when they were traced. */
        BuildResult withTrace(BuildResult result) {
            return trace == null ? result : result.withScriptActivity(trace.activity());
        }

        private Toolchain toolchain() throws Stop {
            try {
                Toolchain toolchain = Toolchain.detect();
                rustcVersion = toolchain.rustcVersion();
                host = toolchain.host();
                return toolchain;
            } catch (IOException e) {
                throw new Stop(failed(BuildOutcome.failed(FailureClass.TOOL_MISSING, "rustc not usable: " + e.getMessage())));
            }
        }

        private Sandbox sandbox() throws Stop {
            Sandboxes.Choice choice = Sandboxes.choose(options.sandbox());
            if (choice.problem() != null) {
                problems.add(choice.problem());
            }
            if (choice.sandbox() == null) {
                throw new Stop(failed(BuildOutcome.failed(FailureClass.TOOL_MISSING, choice.problem().message())));
            }
            return choice.sandbox();
        }

        /** The registry's own package when the crate is one (offline), else a work copy. */
        private BuildMode prepare(Path dest, long seq) throws IOException {
            RegistryPackage registryPkg = null;
            if (options.offline()) {
                try {
                    registryPkg = RegistryPackage.find(crate, options.registryDir()).orElse(null);
                } catch (IOException e) {
                    problems.add(new Problem(Problem.Stage.BUILD, crate.toString(), 0,
                            "cannot tell whether the crate is a package of " + options.registryDir()
                                    + " (" + e.getMessage() + "); built from a work copy"));
                }
            }
            RunWorkspace shared = runWorkspace;
            BuildMode m = registryPkg == null ? WorkCopyBuild.create(crate, dest, options)
                    : shared != null && shared.contains(registryPkg)
                    ? RunWorkspaceBuild.create(shared, registryPkg, crate, stateDir)
                    : RegistryPackageBuild.create(dest, stateDir, crate, registryPkg, options, seq);
            if (m.problem() != null) {
                problems.add(new Problem(Problem.Stage.BUILD, crate.resolve("Cargo.toml").toString(), 0, m.problem()));
            }
            return m;
        }

        /** cargo metadata: the resolved graph. It runs no crate code, so it runs outside the sandbox (and may
         * download when online). */
        private CargoMetadata metadata(Toolchain toolchain, Map<String, String> env) throws IOException, Stop {
            if (mode.knowsMetadata()) {
                return library(mode.readMetadata(null));
            }
            List<String> meta = new ArrayList<>(List.of("cargo", "metadata", "--format-version", "1",
                    "--filter-platform", options.target() != null ? options.target() : toolchain.host()));
            meta.addAll(mode.featureArgs());
            if (options.offline()) {
                meta.add("--offline");
            }
            ProcessRunner.Result m = ProcessRunner.run(meta, mode.dir(), env, remaining(), options.memoryLimitBytes(),
                    logDir.resolve("metadata.json"), logDir.resolve("metadata.log"));
            toolMillis += m.durationMillis();
            if (!m.ok()) {
                throw new Stop(result(classified(m, logDir.resolve("metadata.log")), null, null, List.of(), List.of(),
                        null, List.of()));
            }
            return library(mode.readMetadata(logDir.resolve("metadata.json")));
        }

        /** Takes the root's name and version; stops when it has no library to analyse. */
        private CargoMetadata library(CargoMetadata metadata) throws Stop {
            name = metadata.root().name();
            version = metadata.root().version();
            if (!metadata.root().hasLibrary()) {
                throw new Stop(failed(BuildOutcome.failed(FailureClass.NOT_A_LIBRARY,
                        name + " " + version + " has no library target (binaries only)")));
            }
            return metadata;
        }

        /** One cargo build in the sandbox, and its output files. */
        private record CargoRun(ProcessRunner.Result result, Path stdout, Path stderr) {
        }

        private CargoRun compile(Sandbox sandbox, CargoMetadata metadata, Map<String, String> env, Path cargoHome)
                throws IOException {
            String libName = metadata.root().libName();
            List<String> cargo = new ArrayList<>(List.of("cargo"));
            cargo.addAll(mode.subcommand(metadata.root()));
            env.putAll(mode.env(libName));
            cargo.addAll(List.of("--lib", "--message-format=json", "--profile", options.profile()));
            if (options.target() != null) {
                cargo.addAll(List.of("--target", options.target()));
            }
            cargo.addAll(mode.featureArgs());
            if (options.offline() || sandbox.blocksNetwork()) {
                cargo.add("--offline"); // metadata fetched what is needed; the sandbox has no network anyway
            }
            if (!mode.rustcArgs().isEmpty()) {
                cargo.add("--");
                cargo.addAll(mode.rustcArgs());
            }
            List<Path> writable = List.of(mode.dir(), targetDir, cargoHome);
            List<Path> readable = new ArrayList<>(mode.readable());
            readable.add(crate);
            if (options.registryDir() != null) {
                readable.add(options.registryDir().toAbsolutePath().normalize());
            }
            Files.createDirectories(cargoHome);
            trace = options.traceBuildScripts() ? SyscallTrace.create(logDir.resolve("syscalls.log")) : null;
            List<String> command = SyscallTrace.wrap(trace, sandbox.wrap(cargo, writable, readable));
            CargoRun run = runCargo(command, env, "build");
            if (mode.mayFindRootFresh() && run.result().ok() && rootWasFresh(run.stdout(), metadata, libName)) {
                // the crate was built before as a dependency: cargo found its rlib up to date and ran no rustc.
                // Forgetting the library's fingerprint makes cargo compile it once more, now with --emit.
                run = runCargo(command, env, "build-again");
            }
            return run;
        }

        private CargoRun runCargo(List<String> command, Map<String, String> env, String logName) throws IOException {
            Path stdout = logDir.resolve(logName + ".json");
            Path stderr = logDir.resolve(logName + ".log");
            ProcessRunner.Result r = ProcessRunner.run(command, mode.dir(), env, remaining(),
                    options.memoryLimitBytes(), stdout, stderr);
            toolMillis += r.durationMillis();
            return new CargoRun(r, stdout, stderr);
        }

        private CargoMessages messages(CargoRun cargo, CargoMetadata metadata) throws IOException {
            try (Writer w = Files.newBufferedWriter(logDir.resolve("diagnostics.log"), StandardCharsets.UTF_8)) {
                CargoMessages messages = CargoMessages.read(cargo.stdout(), metadata.root().id(), w);
                problems.addAll(messages.problems());
                return messages;
            }
        }

        /** rustc's own errors came as JSON on stdout: they go after cargo's stderr for the classifier. */
        private Path rustErrorsAfterCargo(Path stderr) throws IOException {
            Path combined = logDir.resolve("combined.log");
            try (Writer w = Files.newBufferedWriter(combined, StandardCharsets.UTF_8)) {
                for (Path part : List.of(stderr, logDir.resolve("diagnostics.log"))) {
                    try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
                        for (String l : (Iterable<String>) lines::iterator) {
                            w.write(l);
                            w.write('\n');
                        }
                    }
                }
            }
            return combined;
        }

        /** The .ll and .mir rustc wrote for the root's library. */
        private BuildResult outputs(CargoMessages messages, CargoMetadata metadata, List<BuildScriptOutput> scripts,
                                    List<LinkedLibrary> linked, Sandbox sandbox) throws IOException {
            String libName = metadata.root().libName();
            Path deps = deps();
            String hash = messages.rootHash(libName);
            Path ll = hash == null ? newest(deps, libName, ".ll") : deps.resolve(libName + "-" + hash + ".ll");
            Path mir = hash == null ? newest(deps, libName, ".mir") : deps.resolve(libName + "-" + hash + ".mir");
            if (hash == null) {
                problems.add(new Problem(Problem.Stage.BUILD, null, 0,
                        "cargo reported no hashed library artifact for " + name + "; took the newest " + libName
                                + "[-*].ll"));
            }
            List<Path> artifacts = mode.artifacts(messages, deps, libName, hash);
            if (ll == null || !Files.isRegularFile(ll) || mir == null || !Files.isRegularFile(mir)) {
                return result(BuildOutcome.failed(FailureClass.OTHER,
                                "cargo succeeded but rustc wrote no .ll/.mir for " + libName + " in " + deps),
                        null, null, scripts, linked, metadata, artifacts);
            }
            CompiledLibrary compiled = compiledLibrary(deps, libName, hash, messages, metadata);
            BuildOutcome ok = BuildOutcome.ok("built " + name + " " + version + " " + mode.description()
                    + " (sandbox " + sandbox.name() + ")");
            return result(ok, ll, mir, scripts, linked, metadata, artifacts).withCompiled(compiled);
        }

        /** The files, features and cfgs of the root library's compilation; null (and a problem) when unknown. */
        private CompiledLibrary compiledLibrary(Path deps, String libName, String hash, CargoMessages messages,
                                                CargoMetadata metadata) {
            if (hash == null) {
                return null;
            }
            Path depInfo = deps.resolve(libName + "-" + hash + ".d");
            try {
                return CompiledLibrary.read(depInfo, mode.sourceDir(), mode.dir(), crate,
                        options.target() != null ? options.target() : host, messages, metadata.root().id());
            } catch (IOException e) {
                problems.add(new Problem(Problem.Stage.BUILD, depInfo.toString(), 0,
                        "cannot read the files rustc compiled: " + e.getMessage()));
                return null;
            }
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

        private Path deps() {
            return outputDir().resolve("deps");
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
                    problems.add(new Problem(Problem.Stage.BUILD, output.toString(), 0, "build script output file missing"));
                    continue;
                }
                String pkgName = p != null ? p.name() : e.getKey();
                try {
                    BuildScriptOutput s = BuildScriptOutput.parse(output, pkgName, p != null ? p.version() : null,
                            p != null ? p.links() : null);
                    problems.addAll(s.problems());
                    out.add(s);
                } catch (IOException ex) {
                    problems.add(new Problem(Problem.Stage.BUILD, output.toString(), 0, "cannot read build script output: " + ex));
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
                problems.add(new Problem(Problem.Stage.BUILD, fingerprint.toString(), 0,
                        "cargo found " + name + " up to date but its fingerprint folder is not where expected"));
                return false;
            }
            LOG.debug("{} {} was built before as a dependency: compiling it again for its IR", name, version);
            FileTrees.deleteUnchecked(fingerprint);
            return true;
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

        private BuildOutcome classified(ProcessRunner.Result r, Path log) throws IOException {
            FailureClassifier.Classification c = FailureClassifier.classify(log, r.timedOut());
            BuildOutcome o = r.timedOut() ? BuildOutcome.timedOut(c.message()) : BuildOutcome.failed(c.failure(), c.message());
            return o.withEvidence(c.missingLibraries(), c.logTail());
        }

        /** A result from before cargo built anything. */
        BuildResult failed(BuildOutcome outcome) {
            return result(outcome, null, null, List.of(), List.of(), null, List.of());
        }

        private BuildResult result(BuildOutcome outcome, Path ll, Path mir, List<BuildScriptOutput> scripts,
                                   List<LinkedLibrary> linked, CargoMetadata metadata, List<Path> artifacts) {
            boolean devDropped = mode != null && mode.devDependenciesDropped();
            BuildOutcome ran = outcome.ranWith(rustcVersion, options.flagsText(), devDropped,
                    System.currentTimeMillis() - start);
            return new BuildResult(name, version, crate, ran, ll, mir, scripts, linked,
                    metadata == null ? List.of() : metadata.resolved(), problems, artifacts, toolMillis);
        }

        void cleanUp() {
            if (mode != null) {
                try {
                    mode.close();
                } catch (RuntimeException e) {
                    LOG.warn("cannot delete {}: {}", mode.dir(), e.getMessage());
                }
            }
            if (logDir != null && !options.keepArtifacts()) {
                try {
                    FileTrees.deleteUnchecked(logDir);
                } catch (RuntimeException e) {
                    LOG.warn("cannot delete build logs {}: {}", logDir, e.getMessage());
                }
            }
        }
    }
}
