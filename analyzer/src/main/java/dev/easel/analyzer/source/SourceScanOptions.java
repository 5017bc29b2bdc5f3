package dev.easel.analyzer.source;

import dev.easel.analyzer.model.UnsafeRules;

import java.util.List;

/**
 * How to scan a crate's sources.
 *
 * @param usedFilesOnly     follow the module tree from the crate roots (lib, bins, build script) instead of
 *                          counting every {@code .rs} file under the crate folder
 * @param rules             which code counts: {@link UnsafeRules#GEIGER} leaves out {@code #[test]} functions and
 *                          {@code #[cfg(test)]} modules (cargo-geiger's default), {@link UnsafeRules#COUNT_UNSAFE}
 *                          counts them (what count-unsafe, and so Painter, did)
 * @param buildScript       the build script relative to the crate folder; null to take it from Cargo.toml
 *                          ({@code package.build}) or {@code build.rs}
 * @param buildDependencies names of the crate's build-dependencies (from its manifest), to report the native
 *                          build mechanisms it declares
 */
public record SourceScanOptions(boolean usedFilesOnly, UnsafeRules rules, String buildScript,
                                List<String> buildDependencies) {
    public SourceScanOptions {
        rules = rules == null ? UnsafeRules.GEIGER : rules;
        buildDependencies = buildDependencies == null ? List.of() : List.copyOf(buildDependencies);
    }

    /** Every .rs file, geiger's rules (tests excluded), build script and build-dependencies found from the folder. */
    public static SourceScanOptions defaults() {
        return new SourceScanOptions(false, UnsafeRules.GEIGER, null, null);
    }

    /** Whether {@code #[test]} functions and {@code #[cfg(test)]} modules are counted (and followed). */
    public boolean includeTests() {
        return rules.countsTests();
    }

    public SourceScanOptions withUsedFilesOnly(boolean used) {
        return new SourceScanOptions(used, rules, buildScript, buildDependencies);
    }

    public SourceScanOptions withRules(UnsafeRules r) {
        return new SourceScanOptions(usedFilesOnly, r, buildScript, buildDependencies);
    }

    public SourceScanOptions withBuildDependencies(List<String> names) {
        return new SourceScanOptions(usedFilesOnly, rules, buildScript, names);
    }
}
