package dev.easel.analyzer.index;

/**
 * A crate of the ecosystem index (a db-dump {@code crates.csv} row, or a registry index file).
 *
 * @param name       crate name
 * @param createdAt  creation time as the source writes it, null when unknown (the registry index has none)
 * @param updatedAt  last update time, null when unknown
 * @param repository repository URL, null when none
 * @param downloads  all-time downloads when the row carries them (dumps before 2024 have a {@code downloads} column;
 *                   newer ones send them as {@link IndexCrateDownloads}), else null
 */
public record IndexCrate(String name, String createdAt, String updatedAt, String repository, Long downloads) {

    /** A crate without a download count. */
    public IndexCrate(String name, String createdAt, String updatedAt, String repository) {
        this(name, createdAt, updatedAt, repository, null);
    }
}
