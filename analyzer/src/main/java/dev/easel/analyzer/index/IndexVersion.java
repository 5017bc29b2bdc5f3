package dev.easel.analyzer.index;

import dev.easel.analyzer.model.SemVer;

/**
 * A published crate version (Painter's Version fields).
 *
 * @param crate           crate name
 * @param num             version number as published
 * @param semver          its parts; null when the number is not semver (then it never counts as latest)
 * @param yanked          withdrawn from new resolutions
 * @param links           the native library it declares with {@code links}, null when none
 * @param createdAt       publication time as the source writes it, null when unknown
 * @param crateSize       .crate size in bytes, null when unknown
 * @param license         SPDX expression, null when none
 * @param checksum        SHA-256 of the .crate, null when unknown
 * @param rustVersion     declared minimum rustc, null when none
 * @param downloads       all-time downloads, null when the source has none (the registry index)
 * @param recentDownloads downloads within the window read from the version-downloads archive, null when none was read
 */
public record IndexVersion(String crate, String num, SemVer semver, boolean yanked, String links, String createdAt,
                           Long crateSize, String license, String checksum, String rustVersion, Long downloads,
                           Long recentDownloads) {

    /** A version without download counts. */
    public IndexVersion(String crate, String num, SemVer semver, boolean yanked, String links, String createdAt,
                        Long crateSize, String license, String checksum, String rustVersion) {
        this(crate, num, semver, yanked, links, createdAt, crateSize, license, checksum, rustVersion, null, null);
    }
}
