package dev.easel.analyzer.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A crate's latest version: the one rule behind every {@code latest} flag easel writes (the online load, the CSV
 * export for bulk loading, the index import), and behind {@code --latest-only}. Of a crate's versions that are not
 * yanked and whose number is a semantic version, the latest is the highest release by SemVer 2.0 precedence; only a
 * crate with no such release gets its highest pre-release (as crates.io shows a crate, and as a {@code *} requirement
 * resolves). Build metadata does not count for precedence (SemVer 2.0 §10); it only breaks a tie between numbers
 * that are equal without it (none ranks lowest, identifiers compare as pre-release identifiers do), so the choice
 * never depends on the order in which versions arrive. docs/loading.md says the same.
 */
public final class LatestVersion {

    /** Versions of one crate from least to most preferred: the greatest is the latest. */
    public static final Comparator<SemVer> PREFERENCE = Comparator
            .comparing((SemVer v) -> !v.isPrerelease())
            .thenComparing(Comparator.naturalOrder())
            .thenComparing(SemVer::build, Comparator.nullsFirst(SemVer::compareIdentifiers));

    private LatestVersion() {
    }

    /** True when {@code candidate} should be the latest rather than {@code current}. */
    public static boolean prefers(SemVer candidate, SemVer current) {
        return PREFERENCE.compare(candidate, current) > 0;
    }

    /**
     * The latest of one crate's version numbers, yanked ones already left out by the caller; numbers that are not
     * semantic versions never count. Empty when none is.
     */
    public static Optional<String> of(Collection<String> versions) {
        String best = null;
        SemVer bestSemVer = null;
        for (String v : versions) {
            SemVer s = SemVer.tryParse(v);
            if (s != null && (bestSemVer == null || prefers(s, bestSemVer))) {
                best = v;
                bestSemVer = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Each crate's latest version while versions stream by; memory holds one entry per crate, never per version. */
    public static final class PerCrate {

        private record Best(SemVer semver, String version) {
        }

        private final Map<String, Best> best = new HashMap<>();

        /** Offers one version of {@code crate}; yanked versions and numbers that are not semver never count. */
        public void offer(String crate, String version, boolean yanked) {
            offer(crate, version, yanked ? null : SemVer.tryParse(version), yanked);
        }

        /** As {@link #offer(String, String, boolean)}, with the number already parsed ({@code semver} null: not one). */
        public void offer(String crate, String version, SemVer semver, boolean yanked) {
            if (yanked || semver == null) {
                return;
            }
            best.merge(crate, new Best(semver, version), (a, b) -> prefers(b.semver(), a.semver()) ? b : a);
        }

        /** The latest version's number of {@code crate}, or null when it has no version that can be latest. */
        public String latest(String crate) {
            Best b = best.get(crate);
            return b == null ? null : b.version();
        }

        /** Crate name to latest version number, sorted by name. */
        public Map<String, String> all() {
            Map<String, String> out = new TreeMap<>();
            best.forEach((k, b) -> out.put(k, b.version()));
            return out;
        }

        public int size() {
            return best.size();
        }
    }
}
