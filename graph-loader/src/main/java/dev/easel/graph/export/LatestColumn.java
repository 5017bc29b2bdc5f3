package dev.easel.graph.export;

import dev.easel.analyzer.model.SemVer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code latest} flag of exported versions, as the online loader sets it for crates no index import describes:
 * the highest analysed version of each crate. It is known only once the whole input was seen, so it is written in a
 * second, streaming pass over versions.csv, whose last column it is ({@link CsvColumnFill}); memory holds one entry
 * per crate.
 */
final class LatestColumn {

    private record Best(SemVer semver, String versionId) {
    }

    private final Map<String, Best> byCrate = new HashMap<>();
    private final Set<String> analysed = new HashSet<>();

    void offer(String crate, String version, String versionId) {
        analysed.add(versionId);
        SemVer semver = SemVer.tryParse(version);
        if (semver == null) {
            return;
        }
        byCrate.merge(crate, new Best(semver, versionId), (a, b) -> a.semver().compareTo(b.semver()) >= 0 ? a : b);
    }

    Ids ids() {
        Set<String> latest = new HashSet<>();
        byCrate.values().forEach(b -> latest.add(b.versionId()));
        return new Ids(analysed, latest);
    }

    /** Which rows get a value: analysed versions (true or false); stubs of unanalysed versions stay empty. */
    record Ids(Set<String> analysed, Set<String> latest) {
    }
}
