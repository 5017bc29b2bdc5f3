package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.LatestVersion;
import dev.easel.analyzer.model.SemVer;

import java.util.Comparator;
import java.util.List;

/**
 * Which versions of a crate a request means: the asked version ({@code name@version}, compared as semantic versions);
 * else every version ({@code allVersions}); else the latest by {@link LatestVersion} (the highest release, or the
 * highest pre-release when the crate has only pre-releases). Yanked versions count only with {@code includeYanked}.
 */
record VersionSelection(boolean allVersions, boolean includeYanked) {

    /** The versions to fetch, or why there are none. */
    sealed interface Choice {
    }

    record Chosen(List<IndexEntry> entries) implements Choice {
    }

    record Refused(FailureReason reason, String message) implements Choice {
    }

    Choice choose(CrateRequest request, IndexFile file) {
        List<IndexEntry> all = file.entries();
        if (all.isEmpty()) {
            return new Refused(FailureReason.UNKNOWN_CRATE, "no usable line in " + file.source());
        }
        if (request.version() != null) {
            SemVer asked = SemVer.parse(request.version());
            for (IndexEntry e : all) {
                if (e.semver().compareTo(asked) == 0) {
                    return e.yanked() && !includeYanked
                            ? new Refused(FailureReason.YANKED, e.id() + " is yanked (--include-yanked fetches it)")
                            : new Chosen(List.of(e));
                }
            }
            return new Refused(FailureReason.UNKNOWN_VERSION, "no version " + request.version() + " in "
                    + file.source() + " (the latest is " + latest(all.stream().anyMatch(e -> !e.yanked())
                    ? all.stream().filter(e -> !e.yanked()).toList() : all).version() + ")");
        }
        List<IndexEntry> usable = all.stream().filter(e -> includeYanked || !e.yanked()).toList();
        if (usable.isEmpty()) {
            return new Refused(FailureReason.YANKED, "every version of " + all.get(0).name()
                    + " is yanked (--include-yanked fetches them)");
        }
        if (allVersions) {
            return new Chosen(usable.stream().sorted(Comparator.comparing(IndexEntry::semver)).toList());
        }
        return new Chosen(List.of(latest(usable)));
    }

    /** The latest by {@link LatestVersion}'s preference among {@code entries} (the caller leaves yanked ones out). */
    private static IndexEntry latest(List<IndexEntry> entries) {
        return entries.stream().max(Comparator.comparing(IndexEntry::semver, LatestVersion.PREFERENCE)).orElseThrow();
    }
}
