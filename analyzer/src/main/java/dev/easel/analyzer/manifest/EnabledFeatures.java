package dev.easel.analyzer.manifest;

import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Manifest;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features cargo enables on a package for a feature selection, as its {@code feature = "…"} cfgs see them,
 * worked out from the manifest alone (for analyses that do not build): {@code default} unless switched off, the
 * requested ones, and everything they enable in turn. An optional dependency is a feature of its own name (its
 * "implicit feature") unless some feature names it as {@code dep:name}; {@code name/feat} enables it, {@code name?/feat}
 * does not. {@code all} enables every feature and optional dependency.
 */
public final class EnabledFeatures {

    private EnabledFeatures() {
    }

    /**
     * @param requested      features asked for ({@code --features}); unknown names are kept, as cargo would refuse them
     * @param defaults       true unless {@code --no-default-features}
     * @param all            {@code --all-features}
     */
    public static Set<String> of(Manifest manifest, Collection<String> requested, boolean defaults, boolean all) {
        Map<String, List<String>> features = manifest == null ? Map.of() : manifest.features();
        Set<String> optional = new HashSet<>();
        if (manifest != null) {
            for (Dependency d : manifest.dependencies()) {
                if (d.optional() && d.kind() != DependencyKind.DEV) {
                    optional.add(d.rename() != null ? d.rename() : d.name());
                }
            }
        }
        Set<String> explicitDep = new HashSet<>();
        features.values().forEach(vs -> vs.stream().filter(v -> v.startsWith("dep:"))
                .forEach(v -> explicitDep.add(v.substring(4))));
        Set<String> implicit = new HashSet<>(optional);
        implicit.removeAll(explicitDep);
        implicit.removeAll(features.keySet());

        Deque<String> work = new ArrayDeque<>(requested);
        if (all) {
            work.addAll(features.keySet());
            work.addAll(implicit);
        }
        if (defaults && features.containsKey("default")) {
            work.add("default");
        }
        Set<String> enabled = new TreeSet<>();
        while (!work.isEmpty()) {
            String f = work.poll();
            if (f.isEmpty() || !enabled.add(f)) {
                continue;
            }
            for (String value : features.getOrDefault(f, List.of())) {
                if (value.startsWith("dep:")) {
                    continue; // enables the dependency, no feature
                }
                int slash = value.indexOf('/');
                if (slash < 0) {
                    work.add(value);
                } else if (slash > 0 && value.charAt(slash - 1) != '?') {
                    String dep = value.substring(0, slash);
                    if (implicit.contains(dep)) {
                        work.add(dep);
                    }
                }
            }
        }
        return enabled;
    }
}
