package dev.easel.analyzer.buildscript;

import java.util.Set;

/**
 * The environment variables cargo itself sets for a build script (the Cargo Book, "Environment variables Cargo sets
 * for build scripts"): reading them is what every build script does, so {@code env-read} is about the others.
 */
final class CargoEnv {

    private static final Set<String> EXACT = Set.of("OUT_DIR", "TARGET", "HOST", "NUM_JOBS", "OPT_LEVEL", "DEBUG",
            "PROFILE");

    private CargoEnv() {
    }

    /** True for OUT_DIR, TARGET, HOST, NUM_JOBS, OPT_LEVEL, DEBUG, PROFILE, CARGO*, RUSTC*, RUSTDOC*, DEP_*. */
    static boolean isCargos(String name) {
        return EXACT.contains(name) || name.startsWith("CARGO") || name.startsWith("RUSTC")
                || name.startsWith("RUSTDOC") || name.startsWith("DEP_");
    }
}
