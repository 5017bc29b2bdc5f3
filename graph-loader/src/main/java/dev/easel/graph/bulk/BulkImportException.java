package dev.easel.graph.bulk;

/**
 * A bulk import refused before it began (the folder is served, its database holds a graph and no replacement was
 * asked for), or failed on the way; either way the database the folder held is intact. The message is one line that
 * says what to do.
 */
public final class BulkImportException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** Another easel process holds or serves the data folder. */
        FOLDER_IN_USE,
        /** Nothing was done: the input or the target is not as a bulk import needs it. */
        REFUSED,
        /** The importer or the swap failed; the old store stays. */
        FAILED
    }

    private final Reason reason;

    public BulkImportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BulkImportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
