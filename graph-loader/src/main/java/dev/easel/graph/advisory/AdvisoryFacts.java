package dev.easel.graph.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AffectedFunction;
import dev.easel.analyzer.advisory.VersionRequirement;
import dev.easel.analyzer.model.SemVer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a set of advisories says about the graph, worked out without touching it: which versions each affects
 * (RustSec's rule on the versions of its crate the graph holds), which functions its paths name in those versions,
 * and which paths match nothing and why. Withdrawn advisories affect and name nothing. The rows are the parameters of
 * the importer's statements ({@link AdvisoryCypher}).
 *
 * @param concerns  {@code {a, c}}: advisory, crate in the graph
 * @param affects   {@code {a, v}}: advisory, affected version
 * @param names     {@code {a, f, path, requirement, rule}}: advisory, function, the path as written, the requirement
 *                  under which it is vulnerable in that version, the {@link MatchRule} label
 * @param unmatched every named path that matched nothing, with the reason
 */
record AdvisoryFacts(List<Map<String, Object>> concerns, List<Map<String, Object>> affects,
                     List<Map<String, Object>> names, List<Unmatched> unmatched) {

    /** The affected versions (in the graph) of each advisory that is not withdrawn, in advisory order. */
    static Map<Advisory, List<GraphVersion>> affected(List<Advisory> advisories,
                                                      Map<String, List<GraphVersion>> versionsByCrate) {
        Map<Advisory, List<GraphVersion>> out = new LinkedHashMap<>();
        for (Advisory a : advisories) {
            if (a.isWithdrawn()) {
                continue;
            }
            List<GraphVersion> hit = new ArrayList<>();
            for (GraphVersion v : versionsByCrate.getOrDefault(a.packageName(), List.of())) {
                SemVer sv = SemVer.tryParse(v.version());
                if (sv != null && a.affects(sv)) {
                    hit.add(v);
                }
            }
            out.put(a, hit);
        }
        return out;
    }

    /** The versions whose functions matching needs: affected ones of advisories that name functions. */
    static Set<GraphVersion> versionsToMatch(Map<Advisory, List<GraphVersion>> affected) {
        Set<GraphVersion> out = new LinkedHashSet<>();
        affected.forEach((a, versions) -> {
            if (!a.functions().isEmpty()) {
                out.addAll(versions);
            }
        });
        return out;
    }

    /**
     * @param functionsByVersion the functions of each version {@link #versionsToMatch} gave (absent: none)
     * @param foreignFunction    whether a C function of that name is in the graph
     */
    static AdvisoryFacts of(List<Advisory> advisories, Map<String, List<GraphVersion>> versionsByCrate,
                            Map<String, List<FunctionMatcher.Candidate>> functionsByVersion,
                            Predicate<String> foreignFunction) {
        Map<Advisory, List<GraphVersion>> affected = affected(advisories, versionsByCrate);
        List<Map<String, Object>> concerns = new ArrayList<>();
        List<Map<String, Object>> affects = new ArrayList<>();
        List<Map<String, Object>> names = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, FunctionMatcher> matchers = new HashMap<>();
        for (Advisory a : advisories) {
            boolean inGraph = versionsByCrate.containsKey(a.packageName());
            if (inGraph) {
                concerns.add(Map.of("a", a.id(), "c", a.packageName()));
            }
            if (a.isWithdrawn()) {
                continue;
            }
            List<GraphVersion> hit = affected.get(a);
            hit.forEach(v -> affects.add(Map.of("a", a.id(), "v", v.id())));
            for (AffectedFunction fn : a.functions()) {
                if (!inGraph) {
                    unmatched.add(new Unmatched(a.id(), fn.path(), null, UnmatchedReason.CRATE_NOT_IN_GRAPH, null));
                    continue;
                }
                boolean looked = false;
                for (GraphVersion v : hit) {
                    VersionRequirement requirement = fn.requirementFor(SemVer.parse(v.version()));
                    if (requirement == null) {
                        continue; // the advisory says this function is not vulnerable in this version
                    }
                    looked = true;
                    FunctionMatcher matcher = matchers.computeIfAbsent(v.id(),
                            id -> new FunctionMatcher(functionsByVersion.getOrDefault(id, List.of())));
                    if (matcher.isEmpty()) {
                        unmatched.add(new Unmatched(a.id(), fn.path(), v.id(), UnmatchedReason.VERSION_NOT_ANALYSED,
                                v.analysed() ? "analysed, but no functions of it were loaded" : "known only as a dependency"));
                        continue;
                    }
                    FunctionMatcher.Result r = matcher.match(fn.path(), foreignFunction);
                    if (r instanceof FunctionMatcher.Matched m) {
                        for (FunctionMatcher.Named n : m.functions()) {
                            names.add(Map.of("a", a.id(), "f", n.functionId(), "path", fn.path(),
                                    "requirement", requirement.text(), "rule", n.rule().label()));
                        }
                    } else if (r instanceof FunctionMatcher.Unmatched u) {
                        unmatched.add(new Unmatched(a.id(), fn.path(), v.id(), u.reason(), u.detail()));
                    }
                }
                if (!looked) {
                    List<String> present = versionsByCrate.get(a.packageName()).stream().map(GraphVersion::version)
                            .toList();
                    unmatched.add(new Unmatched(a.id(), fn.path(), null, UnmatchedReason.NO_AFFECTED_VERSION,
                            "versions in the graph: " + String.join(", ", present)));
                }
            }
        }
        return new AdvisoryFacts(concerns, affects, names, unmatched);
    }
}
