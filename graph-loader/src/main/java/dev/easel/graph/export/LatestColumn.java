package dev.easel.graph.export;

import dev.easel.analyzer.model.LatestVersion;

import java.util.HashSet;
import java.util.Set;

/**
 * The {@code latest} flag of exported versions, by {@link LatestVersion}'s rule over the analysed versions of each
 * crate, as the online loader sets it for crates no index import describes. It is known only once the whole input was
 * seen, so it is written in a second, streaming pass over versions.csv, whose last column it is ({@link CsvColumnFill});
 * memory holds one entry per crate.
 */
final class LatestColumn {

    private final LatestVersion.PerCrate latest = new LatestVersion.PerCrate();
    private final Set<String> analysed = new HashSet<>();

    void offer(String crate, String version, String versionId) {
        analysed.add(versionId);
        latest.offer(crate, version, false); // analyses know nothing of yanking: an index import does
    }

    Ids ids() {
        Set<String> ids = new HashSet<>();
        latest.all().forEach((crate, version) -> ids.add(crate + "@" + version)); // CrateAnalysis.id()
        return new Ids(analysed, ids);
    }

    /** Which rows get a value: analysed versions (true or false); stubs of unanalysed versions stay empty. */
    record Ids(Set<String> analysed, Set<String> latest) {
    }
}
