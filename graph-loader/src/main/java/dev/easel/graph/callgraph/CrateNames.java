package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.ResolvedDependency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps crate names as symbols spell them to packages and to the exact version the build resolved. Symbols spell the
 * crate name of a package's library target ({@code xml} for package {@code xml-rs}, {@code cairo_sys} for
 * {@code cairo-sys-rs}, {@code inflector} for {@code Inflector}), which cargo metadata gave for every resolved
 * dependency ({@link ResolvedDependency#libName()}) and the manifest gives for the crate itself; package names
 * ({@code libz_sys} for {@code libz-sys}) are understood too. Unknown names stay as they are.
 */
public final class CrateNames {

    private final Set<String> ownKeys = new HashSet<>();
    private final Map<String, String> packages = new HashMap<>();
    private final Map<String, String> versionIds = new HashMap<>();

    private CrateNames(CrateAnalysis analysis) {
        ownKeys.add(key(analysis.name()));
        if (analysis.manifest() != null && analysis.manifest().libCrateName() != null) {
            ownKeys.add(key(analysis.manifest().libCrateName()));
        }
        for (String own : ownKeys) {
            packages.put(own, analysis.name());
            versionIds.put(own, analysis.id());
        }
        // library names first: symbols spell them; a package name only where no library claims the spelling
        for (ResolvedDependency r : analysis.resolved()) {
            if (r.name() != null && r.version() != null && r.libName() != null && !ownKeys.contains(key(r.libName()))) {
                packages.putIfAbsent(key(r.libName()), r.name());
                // the first resolved version of a name wins: a build may pull two versions, symbols cannot say which
                versionIds.putIfAbsent(key(r.libName()), r.name() + "@" + r.version());
            }
        }
        for (ResolvedDependency r : analysis.resolved()) {
            if (r.name() != null && r.version() != null && !ownKeys.contains(key(r.name()))) {
                packages.putIfAbsent(key(r.name()), r.name());
                versionIds.putIfAbsent(key(r.name()), r.name() + "@" + r.version());
            }
        }
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
    }

    public static CrateNames of(CrateAnalysis analysis) {
        return new CrateNames(analysis);
    }

    /** The comparison key of a crate name: hyphens and underscores are the same to cargo. */
    public static String key(String crate) {
        return crate == null ? null : crate.replace('-', '_');
    }

    /** True for the analysed crate itself, by package or library name (and for an unknown crate). */
    public boolean isOwn(String crate) {
        return crate == null || ownKeys.contains(key(crate));
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
