package dev.easel.analyzer.intake;

import java.nio.file.Path;
import java.util.Set;

/**
 * How intake selects and unpacks.
 *
 * @param crates     only crates with these names (empty: all), as {@code --crates a,b,c}
 * @param latestOnly keep only each name's highest version (pre-releases only when a name has nothing else)
 * @param limit      keep the first N after ordering (0: no limit)
 * @param workDir    where {@code .crate} archives are extracted (one sub-folder per archive); required for archives
 * @param limits     unpacking bounds per archive
 */
public record IntakeOptions(Set<String> crates, boolean latestOnly, int limit, Path workDir, ArchiveLimits limits) {

    public IntakeOptions {
        crates = crates == null ? Set.of() : Set.copyOf(crates);
        limits = limits == null ? ArchiveLimits.DEFAULT : limits;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
    }

    /** Everything, no selection, archives extracted under {@code workDir}. */
    public static IntakeOptions all(Path workDir) {
        return new IntakeOptions(Set.of(), false, 0, workDir, ArchiveLimits.DEFAULT);
    }

    public IntakeOptions withCrates(Set<String> names) {
        return new IntakeOptions(names, latestOnly, limit, workDir, limits);
    }

    public IntakeOptions withLatestOnly(boolean latest) {
        return new IntakeOptions(crates, latest, limit, workDir, limits);
    }

    public IntakeOptions withLimit(int n) {
        return new IntakeOptions(crates, latestOnly, n, workDir, limits);
    }

    public IntakeOptions withLimits(ArchiveLimits l) {
        return new IntakeOptions(crates, latestOnly, limit, workDir, l);
    }
}
