package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.ResolvedDependency;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps crate names as symbols spell them ({@code libz_sys}) to package names ({@code libz-sys}) and to the exact
 * version the build resolved, using the analysis's own resolved dependencies and manifest. Unknown names stay as
 * they are.
 */
public final class CrateNames {

    private final String ownKey;
    private final Map<String, String> packages = new HashMap<>();
    private final Map<String, String> versionIds = new HashMap<>();

    private CrateNames(CrateAnalysis analysis) {
        ownKey = key(analysis.name());
        packages.put(ownKey, analysis.name());
        versionIds.put(ownKey, analysis.id());
        if (analysis.manifest() != null) {
            for (Dependency d : analysis.manifest().dependencies()) {
                if (d.name() != null) {
                    packages.putIfAbsent(key(d.name()), d.name());
                    if (d.rename() != null) {
                        packages.putIfAbsent(key(d.rename()), d.name());
                    }
                }
            }
        }
        for (ResolvedDependency r : analysis.resolved()) {
            if (r.name() != null && r.version() != null) {
                packages.put(key(r.name()), r.name());
                // the first resolved version of a name wins: a build may pull two versions, symbols cannot say which
                versionIds.putIfAbsent(key(r.name()), r.name() + "@" + r.version());
            }
        }
    }

    public static CrateNames of(CrateAnalysis analysis) {
        return new CrateNames(analysis);
    }

    /** The comparison key of a crate name: hyphens and underscores are the same to cargo. */
    public static String key(String crate) {
        return crate == null ? null : crate.replace('-', '_');
    }

    public boolean isOwn(String crate) {
        return crate == null || ownKey.equals(key(crate));
    }

    public String packageName(String crate) {
        return packages.getOrDefault(key(crate), crate);
    }

    /** "name@version" of the resolved version of {@code crate}, or "crate@?" when the build did not say. */
    public String versionId(String crate) {
        String id = versionIds.get(key(crate));
        return id != null ? id : packageName(crate) + "@?";
    }
}
