package dev.easel.analyzer.build;

import dev.easel.analyzer.build.sandbox.SandboxMode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to build crates.
 *
 * @param features          cargo features to enable (--features)
 * @param allFeatures       --all-features
 * @param noDefaultFeatures --no-default-features
 * @param profile           cargo profile name (dev, release, or a custom one)
 * @param target            target triple for --target, or null for the host
 * @param timeout           wall clock limit per crate, covering metadata and build
 * @param memoryLimitBytes  address-space limit (prlimit --as) for cargo and every child, 0 for none
 * @param sandbox           how build scripts and proc macros are isolated
 * @param registryDir       a directory source (Debian's registry, a cargo vendor folder) to build offline from, or null
 * @param keepArtifacts     keep .ll/.mir files after they were read
 * @param jobs              parallel workers in a {@link BuildPool}, each with its own target folder
 * @param env               extra environment for cargo and the build scripts it runs
 * @param traceBuildScripts trace what build scripts do with strace ({@link
 *                          dev.easel.analyzer.build.sandbox.SyscallTrace}) when it is installed; about 5% more CPU time
 * @param unifyFeatures     offline, build the run's registry crates from one shared workspace ({@link RunWorkspace}):
 *                          each is compiled once per worker, with the union of the features the run's crates ask for
 */
public record BuildOptions(
        List<String> features,
        boolean allFeatures,
        boolean noDefaultFeatures,
        String profile,
        String target,
        Duration timeout,
        long memoryLimitBytes,
        SandboxMode sandbox,
        Path registryDir,
        boolean keepArtifacts,
        int jobs,
        Map<String, String> env,
        boolean traceBuildScripts,
        boolean unifyFeatures) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** Flags every rustc of the build gets: v0 symbols name crates exactly; no optimisation keeps calls visible. */
    public static final List<String> RUSTFLAGS = List.of(
            "-C", "symbol-mangling-version=v0", "-C", "opt-level=0", "-C", "debuginfo=line-tables-only");

    /** Marks {@link #flagsText()} of offline builds, where a crate of the registry is built as its package. */
    public static final String REGISTRY_PACKAGES = " registry-crates-as-packages";
    /** Marks {@link #flagsText()} of offline builds whose registry crates share one workspace (features unified). */
    public static final String UNIFIED_FEATURES = " features-unified-over-the-run";

    /** What the crate's own rustc emits besides the rlib. */
    public static final String EMIT = "--emit=llvm-ir,mir,link";

    public BuildOptions {
        features = features == null ? List.of() : List.copyOf(features);
        profile = profile == null || profile.isBlank() ? "dev" : profile;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        sandbox = sandbox == null ? SandboxMode.AUTO : sandbox;
        jobs = Math.max(1, jobs);
        env = env == null ? Map.of() : Map.copyOf(env);
        if (memoryLimitBytes < 0) {
            throw new IllegalArgumentException("memory limit must be >= 0, got " + memoryLimitBytes);
        }
    }

    public static BuildOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.features = new ArrayList<>(features);
        b.allFeatures = allFeatures;
        b.noDefaultFeatures = noDefaultFeatures;
        b.profile = profile;
        b.target = target;
        b.timeout = timeout;
        b.memoryLimitBytes = memoryLimitBytes;
        b.sandbox = sandbox;
        b.registryDir = registryDir;
        b.keepArtifacts = keepArtifacts;
        b.jobs = jobs;
        b.env = new TreeMap<>(env);
        b.traceBuildScripts = traceBuildScripts;
        b.unifyFeatures = unifyFeatures;
        return b;
    }

    public boolean offline() {
        return registryDir != null;
    }

    /** The folder name cargo uses for the profile under target/[triple/]: dev is "debug", release "release". */
    public String profileDir() {
        return switch (profile) {
            case "dev", "test" -> "debug";
            case "bench" -> "release";
            default -> profile;
        };
    }

    /** The cargo options that select features, in the order cargo takes them. */
    public List<String> featureArgs() {
        List<String> args = new ArrayList<>();
        if (allFeatures) {
            args.add("--all-features");
        }
        if (noDefaultFeatures) {
            args.add("--no-default-features");
        }
        if (!features.isEmpty()) {
            args.add("--features");
            args.add(String.join(",", features));
        }
        return args;
    }

    /** A stable text of everything that changes what rustc produces; part of the cache key and of the outcome. */
    public String flagsText() {
        StringBuilder s = new StringBuilder("RUSTFLAGS=").append(String.join(" ", RUSTFLAGS))
                .append(" ").append(EMIT).append(" --profile ").append(profile);
        if (target != null) {
            s.append(" --target ").append(target);
        }
        for (String a : featureArgs()) {
            s.append(' ').append(a);
        }
        if (offline()) {
            // crates of the registry are built as its packages (their own hash and v0 symbols), unlike earlier
            // path-copy builds: analyses cached from those must not be taken for these
            s.append(REGISTRY_PACKAGES);
            if (unifyFeatures) {
                s.append(UNIFIED_FEATURES);
            }
        }
        return s.toString();
    }

    public static final class Builder {
        private List<String> features = new ArrayList<>();
        private boolean allFeatures;
        private boolean noDefaultFeatures;
        private String profile = "dev";
        private String target;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long memoryLimitBytes;
        private SandboxMode sandbox = SandboxMode.AUTO;
        private Path registryDir;
        private boolean keepArtifacts;
        private int jobs = 1;
        private Map<String, String> env = new TreeMap<>();
        private boolean traceBuildScripts = true;
        private boolean unifyFeatures = true;

        public Builder features(List<String> v) { features = new ArrayList<>(v); return this; }
        public Builder allFeatures(boolean v) { allFeatures = v; return this; }
        public Builder noDefaultFeatures(boolean v) { noDefaultFeatures = v; return this; }
        public Builder profile(String v) { profile = v; return this; }
        public Builder target(String v) { target = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder memoryLimitBytes(long v) { memoryLimitBytes = v; return this; }
        public Builder sandbox(SandboxMode v) { sandbox = v; return this; }
        public Builder registryDir(Path v) { registryDir = v; return this; }
        public Builder keepArtifacts(boolean v) { keepArtifacts = v; return this; }
        public Builder jobs(int v) { jobs = v; return this; }
        public Builder env(String key, String value) { env.put(key, value); return this; }
        public Builder traceBuildScripts(boolean v) { traceBuildScripts = v; return this; }
        public Builder unifyFeatures(boolean v) { unifyFeatures = v; return this; }

        public BuildOptions build() {
            return new BuildOptions(features, allFeatures, noDefaultFeatures, profile, target, timeout,
                    memoryLimitBytes, sandbox, registryDir, keepArtifacts, jobs, env, traceBuildScripts,
                    unifyFeatures);
        }
    }
}
