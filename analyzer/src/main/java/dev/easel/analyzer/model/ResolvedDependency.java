package dev.easel.analyzer.model;

/** The exact version of a dependency a build used, from cargo metadata. */
public record ResolvedDependency(String name, String version, DependencyKind kind) {
}
