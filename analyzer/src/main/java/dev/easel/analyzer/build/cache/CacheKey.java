package dev.easel.analyzer.build.cache;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.intake.Checksums;
import dev.easel.analyzer.model.CrateAnalysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two analyses of a crate the same: its sources, the compiler, the flags and the features.
 *
 * @param sourceChecksum {@link Checksums#folderSha256} of the crate folder (intake computes it once)
 * @param rustcVersion   {@code rustc -V}
 * @param flags          RUSTFLAGS and cargo options ({@link BuildOptions#flagsText()})
 * @param features       the feature selection, as cargo options
 */
public record CacheKey(String sourceChecksum, String rustcVersion, String flags, String features) {

    public static CacheKey of(Path crateDir, String rustcVersion, BuildOptions options) throws IOException {
        return new CacheKey(Checksums.folderSha256(crateDir), rustcVersion, options.flagsText(),
                String.join(" ", options.featureArgs()));
    }

    /** A SHA-256 of all parts and the analysis format, the cache entry's file name. */
    public String digest() {
        // an analysis of an older format lacks facts a newer easel records: it is not reused
        String text = String.join("\u0000", sourceChecksum, rustcVersion, flags, features,
                "schema " + CrateAnalysis.SCHEMA);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
