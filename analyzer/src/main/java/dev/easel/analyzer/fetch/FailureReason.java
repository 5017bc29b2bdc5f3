package dev.easel.analyzer.fetch;

/** Why an archive was not fetched; the closing summary counts failures by these. */
public enum FailureReason {
    /** The index has no file for the crate (sparse: 404, 410 or 451). */
    UNKNOWN_CRATE("unknown crate", false),
    /** The crate exists, the asked version does not. */
    UNKNOWN_VERSION("unknown version", false),
    /** The asked version (or every version) is yanked and yanked versions were not asked for. */
    YANKED("yanked", false),
    /** The crate's index file could not be read (network, server or git trouble). */
    INDEX_UNAVAILABLE("index unavailable", false),
    /** The download location answered 404, 410 or 451. */
    NOT_FOUND("not found", false),
    /** Any other 4xx answer, or a response too large to be an index file. */
    HTTP_ERROR("http error", false),
    /** 5xx, 408 or 429 until the retries ran out. */
    SERVER_ERROR("server error", true),
    /** No data within the timeout, until the retries ran out. */
    TIMEOUT("timeout", true),
    /** Connection refused, reset or closed early, until the retries ran out. */
    CONNECTION("connection error", true),
    /** Fewer bytes than the Content-Length promised, until the retries ran out. */
    TRUNCATED("truncated download", true),
    /** The downloaded (or, offline, the present) archive does not have the index's SHA-256. */
    CHECKSUM_MISMATCH("checksum mismatch", false),
    /** The archive could not be written (full disk, unwritable folder). */
    DISK("disk error", false),
    /** Not present, and {@code --offline} forbids the network. */
    OFFLINE("offline", false);

    private final String label;
    private final boolean retryable;

    FailureReason(String label, boolean retryable) {
        this.label = label;
        this.retryable = retryable;
    }

    /** A few words for messages and the summary. */
    public String label() {
        return label;
    }

    /** Whether another attempt may succeed (transient network or server trouble). */
    boolean retryable() {
        return retryable;
    }
}
