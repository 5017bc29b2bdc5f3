package dev.easel.analyzer.index;

import dev.easel.analyzer.model.DependencyKind;

import java.util.List;

/**
 * One dependency of a published version (Painter's DEPENDS_ON fields).
 *
 * @param fromCrate       the depending crate
 * @param fromVersion     the depending version's number
 * @param toCrate         the crate depended on (the real package, after renames)
 * @param requirement     version requirement ("^1.0")
 * @param kind            normal, build or dev
 * @param optional        only pulled in by a feature
 * @param defaultFeatures false when default features are off
 * @param features        features enabled on it
 * @param target          cfg(...) or target triple, null when unconditional
 * @param rename          the name it is declared under when renamed ({@code package =}), else null
 */
public record IndexDependency(String fromCrate, String fromVersion, String toCrate, String requirement,
                              DependencyKind kind, boolean optional, boolean defaultFeatures, List<String> features,
                              String target, String rename) {
    public IndexDependency {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
