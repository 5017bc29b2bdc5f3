package dev.easel.analyzer.index;

import dev.easel.analyzer.model.LatestVersion;

import java.util.Map;

/**
 * Decides each crate's latest version while index versions stream by, by {@link LatestVersion}'s rule (the highest
 * non-yanked release, or the highest non-yanked pre-release when a crate has no release). Holds one entry per crate,
 * never one per version.
 */
public final class LatestVersions implements IndexSink {

    private final LatestVersion.PerCrate best = new LatestVersion.PerCrate();

    @Override
    public void version(IndexVersion v) {
        best.offer(v.crate(), v.num(), v.semver(), v.yanked());
    }

    /** The latest version's number of a crate, or null when it has no non-yanked semver version. */
    public String latest(String crate) {
        return best.latest(crate);
    }

    /** True when {@code num} is the latest version of {@code crate}. */
    public boolean isLatest(String crate, String num) {
        return num != null && num.equals(best.latest(crate));
    }

    /** Crate name to latest version number, sorted by name. */
    public Map<String, String> all() {
        return best.all();
    }

    public int size() {
        return best.size();
    }
}
