package dev.easel.analyzer.index;

/**
 * A crate's all-time downloads from the db-dump's {@code crate_downloads.csv} (crates.io moved the count out of
 * {@code crates.csv} in 2024).
 *
 * @param crate     crate name
 * @param downloads all-time downloads
 */
public record IndexCrateDownloads(String crate, long downloads) {
}
