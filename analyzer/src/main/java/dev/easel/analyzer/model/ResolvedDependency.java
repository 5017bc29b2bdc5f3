package dev.easel.analyzer.model;

/**
 * The exact version of a dependency a build used, from cargo metadata.
 *
 * @param sourceDir the folder cargo read its sources from (its {@code manifest_path}'s folder), so its sources can be
 *                  scanned; null when unknown (analyses written before easel recorded it)
 */
public record ResolvedDependency(String name, String version, DependencyKind kind, String sourceDir) {

    /** A resolved dependency whose sources are not known. */
    public ResolvedDependency(String name, String version, DependencyKind kind) {
        this(name, version, kind, null);
    }
}
