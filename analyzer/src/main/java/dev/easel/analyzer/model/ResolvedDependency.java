package dev.easel.analyzer.model;

/**
 * The exact version of a dependency a build used, from cargo metadata.
 *
 * @param name    package name ({@code xml-rs})
 * @param version exact version
 * @param kind    normal, or build when only reached through build dependencies
 * @param libName the crate name of its library target as symbols and paths spell it ({@code xml}); null when it has
 *                no library or the analysis predates it
 */
public record ResolvedDependency(String name, String version, DependencyKind kind, String libName) {

    /** A dependency whose library name is not known (cargo's default then: the name with '_' for '-'). */
    public ResolvedDependency(String name, String version, DependencyKind kind) {
        this(name, version, kind, null);
    }
}
