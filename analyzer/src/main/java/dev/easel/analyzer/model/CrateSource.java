package dev.easel.analyzer.model;

/**
 * Where a crate's sources came from.
 *
 * @param kind     how it was found
 * @param path     the crate folder analysed (for archives: the extracted folder)
 * @param origin   the archive, registry or workspace it came from; equals {@code path} for plain folders
 * @param checksum SHA-256 of the crate's sources (the archive bytes, or a digest of the folder's files)
 */
public record CrateSource(Kind kind, String path, String origin, String checksum) {
    public enum Kind { FOLDER, ARCHIVE, REGISTRY, WORKSPACE_MEMBER }
}
