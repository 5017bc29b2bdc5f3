package dev.easel.cli;

import dev.easel.analyzer.model.CrateAnalysis;

import java.nio.file.Path;

/**
 * Checks that the analyses merged into one bulk load were built by one rustc: shard files from runs with different
 * toolchains would mix facts a reader takes for one corpus's. Source-only analyses (no build) name no rustc and pass.
 */
final class OneToolchain {

    /** Thrown at the first analysis whose rustc differs from the first one seen. */
    static final class MixedException extends RuntimeException {
        MixedException(String message) {
            super(message);
        }
    }

    private String rustc;
    private Path firstFile;

    /** Remembers the first rustc seen; throws when {@code analysis} from {@code file} was built by another. */
    synchronized void check(Path file, CrateAnalysis analysis) {
        String version = analysis.build() == null ? null : analysis.build().rustcVersion();
        if (version == null || version.isBlank()) {
            return;
        }
        if (rustc == null) {
            rustc = version;
            firstFile = file;
        } else if (!rustc.equals(version)) {
            throw new MixedException(file + ": " + analysis.name() + " " + analysis.version() + " was built by '"
                    + version + "', but " + firstFile + " by '" + rustc + "': files from runs with different rustc "
                    + "versions are not loaded into one new graph (analyse them again with one toolchain)");
        }
    }
}
