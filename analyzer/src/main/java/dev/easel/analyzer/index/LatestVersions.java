package dev.easel.analyzer.index;

import dev.easel.analyzer.model.SemVer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides each crate's latest version while versions stream by: the highest non-yanked release, or the highest
 * non-yanked pre-release when a crate has no release. Holds one entry per crate, never one per version.
 */
public final class LatestVersions implements IndexSink {

    private record Best(SemVer semver, String num) {
    }

    private final Map<String, Best> best = new HashMap<>();

    @Override
    public void version(IndexVersion v) {
        if (v.yanked() || v.semver() == null) {
            return;
        }
        best.merge(v.crate(), new Best(v.semver(), v.num()), (a, b) -> better(b.semver(), a.semver()) ? b : a);
    }

    /** True when {@code x} should replace {@code current}. */
    static boolean better(SemVer x, SemVer current) {
        if (x.isPrerelease() != current.isPrerelease()) {
            return !x.isPrerelease();
        }
        return x.compareTo(current) > 0;
    }

    /** The latest version's number of a crate, or null when it has no non-yanked semver version. */
    public String latest(String crate) {
        Best b = best.get(crate);
        return b == null ? null : b.num();
    }

    /** True when {@code num} is the latest version of {@code crate}. */
    public boolean isLatest(String crate, String num) {
        Best b = best.get(crate);
        return b != null && b.num().equals(num);
    }

    /** Crate name to latest version number, sorted by name. */
    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        best.forEach((k, b) -> out.put(k, b.num()));
        return out;
    }

    public int size() {
        return best.size();
    }
}
