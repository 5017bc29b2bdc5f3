package dev.easel.analyzer.index;

/**
 * A crate of the ecosystem index (a db-dump {@code crates.csv} row, or a registry index file).
 *
 * @param name       crate name
 * @param createdAt  creation time as the source writes it, null when unknown (the registry index has none)
 * @param updatedAt  last update time, null when unknown
 * @param repository repository URL, null when none
 */
public record IndexCrate(String name, String createdAt, String updatedAt, String repository) {
}
