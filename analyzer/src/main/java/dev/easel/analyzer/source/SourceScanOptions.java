package dev.easel.analyzer.source;

import java.util.List;

/**
 * How to scan a crate's sources.
 *
 * @param usedFilesOnly     follow the module tree from the crate roots (lib, bins, build script) instead of
 *                          counting every {@code .rs} file under the crate folder
 * @param includeTests      count {@code #[test]} functions and {@code #[cfg(test)]} modules (geiger's
 *                          {@code --include-tests}; off by default, as in cargo-geiger)
 * @param buildScript       the build script relative to the crate folder; null to take it from Cargo.toml
 *                          ({@code package.build}) or {@code build.rs}
 * @param buildDependencies names of the crate's build-dependencies (from its manifest), to report the native
 *                          build mechanisms it declares
 */
public record SourceScanOptions(boolean usedFilesOnly, boolean includeTests, String buildScript,
                                List<String> buildDependencies) {
    public SourceScanOptions {
        buildDependencies = buildDependencies == null ? List.of() : List.copyOf(buildDependencies);
    }

    /** Every .rs file, tests excluded, build script and build-dependencies found from the crate folder. */
    public static SourceScanOptions defaults() {
        return new SourceScanOptions(false, false, null, null);
    }

    public SourceScanOptions withUsedFilesOnly(boolean used) {
        return new SourceScanOptions(used, includeTests, buildScript, buildDependencies);
    }

    public SourceScanOptions withIncludeTests(boolean include) {
        return new SourceScanOptions(usedFilesOnly, include, buildScript, buildDependencies);
    }

    public SourceScanOptions withBuildDependencies(List<String> names) {
        return new SourceScanOptions(usedFilesOnly, includeTests, buildScript, names);
    }
}
