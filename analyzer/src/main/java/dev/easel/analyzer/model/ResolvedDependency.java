package dev.easel.analyzer.model;

/**
 * The exact version of a dependency a build used, from cargo metadata.
 *
 * @param name      package name ({@code xml-rs})
 * @param version   exact version
 * @param kind      normal, or build when only reached through build dependencies
 * @param libName   the crate name of its library target as symbols and paths spell it ({@code xml}); null when it has
 *                  no library or the analysis predates it
 * @param sourceDir the folder cargo read its sources from (its {@code manifest_path}'s folder), so its sources can be
 *                  scanned; null when unknown (analyses written before easel recorded it)
 */
public record ResolvedDependency(String name, String version, DependencyKind kind, String libName, String sourceDir) {

    /** A dependency whose library name and sources are not known (cargo's default then: the name with '_' for '-'). */
    public ResolvedDependency(String name, String version, DependencyKind kind) {
        this(name, version, kind, null, null);
    }
}
