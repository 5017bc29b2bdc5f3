package dev.easel.analyzer.fetch;

import java.nio.file.Path;

/**
 * What became of one archive (or of a request that named no archive, such as an unknown crate).
 *
 * @param crate   the crate name (as the index spells it once the index was read)
 * @param version the version, or null when none was chosen
 * @param status  fetched now, already present and valid, or failed
 * @param reason  why it failed, null otherwise
 * @param detail  one line: the failure's cause, or null
 * @param file    the archive in the output folder, null when failed
 * @param bytes   bytes downloaded now (0 unless fetched)
 */
public record ArchiveOutcome(String crate, String version, Status status, FailureReason reason, String detail,
                             Path file, long bytes) {

    /** The three ends of an archive's run. */
    public enum Status { FETCHED, PRESENT, FAILED }

    /** {@code name@version}, or the name alone when no version was chosen. */
    public String id() {
        return version == null ? crate : crate + "@" + version;
    }

    static ArchiveOutcome fetched(IndexEntry e, Path file, long bytes) {
        return new ArchiveOutcome(e.name(), e.version(), Status.FETCHED, null, null, file, bytes);
    }

    static ArchiveOutcome present(IndexEntry e, Path file) {
        return new ArchiveOutcome(e.name(), e.version(), Status.PRESENT, null, null, file, 0);
    }

    static ArchiveOutcome failed(String crate, String version, FailureReason reason, String detail) {
        return new ArchiveOutcome(crate, version, Status.FAILED, reason, detail, null, 0);
    }
}
