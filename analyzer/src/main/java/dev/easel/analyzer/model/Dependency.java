package dev.easel.analyzer.model;

import java.util.List;

/**
 * One dependency declaration of a manifest (or of a registry index / db-dump row).
 *
 * @param name            the crate depended on (the real package name, after {@code package =} renames)
 * @param rename          the key it was declared under when renamed, else null
 * @param requirement     version requirement as written ("1.0", "^0.3", "*" when none)
 * @param kind            normal, build or dev
 * @param optional        true when only pulled in by a feature
 * @param defaultFeatures false when default features are switched off
 * @param features        features enabled on it
 * @param target          the cfg(...) or triple of a [target.X] table, else null
 * @param source          registry, path or git
 * @param location        path or git URL for path/git sources, registry name for alternate registries, else null
 */
public record Dependency(
        String name,
        String rename,
        String requirement,
        DependencyKind kind,
        boolean optional,
        boolean defaultFeatures,
        List<String> features,
        String target,
        Source source,
        String location) {

    public Dependency {
        features = features == null ? List.of() : List.copyOf(features);
    }

    public enum Source { REGISTRY, PATH, GIT }
}
