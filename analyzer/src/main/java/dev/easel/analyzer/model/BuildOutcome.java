package dev.easel.analyzer.model;

import java.util.List;

/**
 * How building a crate went.
 *
 * @param status           ok, failed, timed out or skipped
 * @param failure          the classified cause when not ok, else null
 * @param missingLibraries native libraries whose absence broke the build (for MISSING_NATIVE_LIBRARY)
 * @param message          one line a user can act on
 * @param logTail          the last lines of cargo's output when the build did not succeed
 * @param rustcVersion     `rustc -V` of the toolchain used
 * @param flags            the RUSTFLAGS and cargo options used (part of the cache key)
 * @param devDependenciesDropped true when built from a work copy whose manifest lost its [dev-dependencies]
 * @param durationMillis   wall-clock time of the build
 * @param dependency       for {@link FailureClass#DEPENDENCY_FAILED}: the dependency whose compilation failed,
 *                         {@code name@version}; else null
 * @param dependencyFailure for {@link FailureClass#DEPENDENCY_FAILED}: how that dependency failed (its own class, e.g.
 *                         COMPILE_ERROR or MISSING_NATIVE_LIBRARY); else null
 */
public record BuildOutcome(
        Status status,
        FailureClass failure,
        List<String> missingLibraries,
        String message,
        String logTail,
        String rustcVersion,
        String flags,
        boolean devDependenciesDropped,
        long durationMillis,
        String dependency,
        FailureClass dependencyFailure) {

    public BuildOutcome {
        missingLibraries = missingLibraries == null ? List.of() : List.copyOf(missingLibraries);
    }

    public enum Status { OK, FAILED, TIMED_OUT, SKIPPED }

    /** An outcome with no dependency to blame. */
    public BuildOutcome(Status status, FailureClass failure, List<String> missingLibraries, String message,
                        String logTail, String rustcVersion, String flags, boolean devDependenciesDropped,
                        long durationMillis) {
        this(status, failure, missingLibraries, message, logTail, rustcVersion, flags, devDependenciesDropped,
                durationMillis, null, null);
    }

    /**
     * Why a build failed. {@code DEPENDENCY_FAILED}: the crate itself was never compiled because a dependency's
     * compilation (or build script) failed first; {@link #dependency()} names it and {@link #dependencyFailure()}
     * says how it failed, so a figure can tell broken crates from the crates that depend on them.
     */
    public enum FailureClass {
        MISSING_NATIVE_LIBRARY, COMPILE_ERROR, TOOLCHAIN_TOO_OLD, BUILD_SCRIPT_PANIC, TIMEOUT, OUT_OF_MEMORY,
        NOT_A_LIBRARY, DEPENDENCY_RESOLUTION, MANIFEST_ERROR, TOOL_MISSING, DEPENDENCY_FAILED, OTHER
    }

    public static BuildOutcome skipped(String why) {
        return new BuildOutcome(Status.SKIPPED, null, List.of(), why, null, null, null, false, 0);
    }

    /** A build that succeeded; {@link #ranWith} adds how it ran. */
    public static BuildOutcome ok(String message) {
        return new BuildOutcome(Status.OK, null, List.of(), message, null, null, null, false, 0);
    }

    /** A build that failed for {@code failure}; {@link #ranWith} adds how it ran. */
    public static BuildOutcome failed(FailureClass failure, String message) {
        return new BuildOutcome(Status.FAILED, failure, List.of(), message, null, null, null, false, 0);
    }

    /** A build stopped at its time limit. */
    public static BuildOutcome timedOut(String message) {
        return new BuildOutcome(Status.TIMED_OUT, FailureClass.TIMEOUT, List.of(), message, null, null, null, false, 0);
    }

    /** The same outcome, naming the native libraries whose absence broke the build and the log's last lines. */
    public BuildOutcome withEvidence(List<String> missing, String tail) {
        return new BuildOutcome(status, failure, missing, message, tail, rustcVersion, flags, devDependenciesDropped,
                durationMillis, dependency, dependencyFailure);
    }

    /**
     * This failure blamed on {@code dependency} ({@code name@version}): the class becomes {@code DEPENDENCY_FAILED},
     * the class found so far becomes {@link #dependencyFailure()}. Evidence (missing libraries, log) stays.
     */
    public BuildOutcome becauseOf(String failedDependency) {
        return new BuildOutcome(status, FailureClass.DEPENDENCY_FAILED, missingLibraries,
                "dependency " + failedDependency + " failed (" + (failure == null ? "unknown"
                        : failure.name().toLowerCase(java.util.Locale.ROOT)) + "): " + message,
                logTail, rustcVersion, flags, devDependenciesDropped, durationMillis, failedDependency, failure);
    }

    /** The same outcome with the toolchain, flags and duration of the run that gave it. */
    public BuildOutcome ranWith(String rustc, String flagsText, boolean devDropped, long millis) {
        return new BuildOutcome(status, failure, missingLibraries, message, logTail, rustc, flagsText, devDropped,
                millis, dependency, dependencyFailure);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
