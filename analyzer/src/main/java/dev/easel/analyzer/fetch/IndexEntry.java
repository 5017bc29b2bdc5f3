package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.SemVer;

/**
 * The part of an index line (one published version) fetching needs; {@code deps}, {@code features}, {@code v} and the
 * rest are not read.
 *
 * @param name    the crate name as the index spells it (the archive file is named after it)
 * @param version {@code vers} as written
 * @param semver  {@code vers} parsed, for ordering
 * @param cksum   SHA-256 of the {@code .crate}, lower-case hex
 * @param yanked  whether the version is yanked
 */
record IndexEntry(String name, String version, SemVer semver, String cksum, boolean yanked) {

    /** {@code name@version}: how outcomes and progress name an archive. */
    String id() {
        return name + "@" + version;
    }

    /** The archive's file name, the form intake reads back. */
    String fileName() {
        return name + "-" + version + ".crate";
    }
}
